"""Fixtures of the upload tests: own data folder, users, files written by the tests."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.library.conftest import import_pdf, sample_pdf, write_sample_pdf
from thuvien.accounts.roles import make_moderator

_serial = itertools.count(1)

__all__ = ["import_pdf", "sample_pdf"]  # the library's fixtures, used here too


@pytest.fixture(autouse=True)
def _own_data_dir(settings, tmp_path):
    """Each test keeps its files, temporary files and queue in its own folder."""
    settings.DATA_DIR = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    (tmp_path / "tmp").mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "tmp"
    settings.MODERATION = "publish"
    settings.JOB_TIME_LIMIT = 120
    settings.JOB_MEMORY_MB = 2048


@pytest.fixture
def user(db):
    return User.objects.create_user(f"nguoidung{next(_serial)}", password="mat-khau-dai-123")


@pytest.fixture
def moderator(db):
    person = User.objects.create_user(f"kiemduyet{next(_serial)}", password="mat-khau-dai-123")
    make_moderator(person)
    return person


@pytest.fixture
def user_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def moderator_client(moderator):
    from django.test import Client

    own = Client()  # apart from `client`, so a test can act as both people
    own.force_login(moderator)
    return own


@pytest.fixture
def pdf_bytes(tmp_path):
    """The bytes of a small generated Vietnamese PDF (options as for write_sample_pdf)."""

    def make(**options) -> bytes:
        path = write_sample_pdf(tmp_path / "src" / f"{next(_serial)}.pdf", **options)
        return path.read_bytes()

    return make


def uploaded(name: str, data: bytes, content_type: str = "application/pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture
def make_upload(db, user):
    """An upload as the page leaves it: the original in storage, a queued row."""
    import hashlib

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from thuvien.extract import sniff
    from thuvien.uploads.models import Upload

    def make(data: bytes, name: str = "tai-lieu.pdf", *, owner=None, **fields) -> Upload:
        key = default_storage.save(f"uploads/test-{next(_serial)}", ContentFile(data))
        file_type = sniff(Path(default_storage.path(key)))[0]
        return Upload.objects.create(
            user=owner or user,
            file_name=name,
            file_type=file_type,
            size_bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            pending_key=key,
            **fields,
        )

    return make
