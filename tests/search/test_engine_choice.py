"""The engine is chosen by configuration, and a wrong choice is said plainly."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from thuvien.search._engine import backend_name, get_engine

pytestmark = pytest.mark.engine_contract


def test_default_engine_follows_the_database(settings, monkeypatch):
    settings.SEARCH_BACKEND = ""
    monkeypatch.delenv("THUVIEN_SEARCH_BACKEND", raising=False)
    expected = "postgres" if connection.vendor == "postgresql" else "embedded"
    assert backend_name() == expected
    assert get_engine().name == expected


def test_environment_variable_chooses_the_engine(settings, monkeypatch):
    settings.SEARCH_BACKEND = ""
    other = "embedded" if connection.vendor == "postgresql" else "postgres"
    monkeypatch.setenv("THUVIEN_SEARCH_BACKEND", other)
    with pytest.raises(ImproperlyConfigured, match="THUVIEN_SEARCH_BACKEND"):
        backend_name()
    monkeypatch.setenv("THUVIEN_SEARCH_BACKEND", "elasticsearch")
    with pytest.raises(ImproperlyConfigured, match="unknown"):
        backend_name()
