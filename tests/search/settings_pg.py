"""The site's settings on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth).

Used by test_postgres.py to run the engine contract on PostgreSQL in a child pytest.
"""

import os

from thuvien.settings import *  # noqa: F403

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("THUVIEN_TEST_PG_NAME", "thuvien_search"),
        "USER": os.environ.get("THUVIEN_TEST_PG_USER", "postgres"),
        "HOST": os.environ.get("THUVIEN_TEST_PG_HOST", "127.0.0.1"),
        "PORT": os.environ.get("THUVIEN_TEST_PG_PORT", "5432"),
    }
}
SEARCH_BACKEND = "postgres"
