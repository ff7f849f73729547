"""thuvien's one settings module, driven by environment variables.

Every variable is documented in the README's configuration table; each has a safe default for the
embedded mode (SQLite and local files under THUVIEN_DATA_DIR).
"""

import os
import secrets
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = PACKAGE_DIR.parent.parent


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _default_data_dir() -> Path:
    # In a checkout the data lives beside the code; an installed copy uses the working folder.
    if (_CHECKOUT_DIR / "pyproject.toml").exists():
        return _CHECKOUT_DIR / "data"
    return Path.cwd() / "data"


DATA_DIR = Path(os.environ.get("THUVIEN_DATA_DIR") or _default_data_dir()).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    if key := os.environ.get("THUVIEN_SECRET_KEY"):
        return key
    # Generated once per data folder so sessions survive restarts without any setup.
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("THUVIEN_DEBUG", False)
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("THUVIEN_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("THUVIEN_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "thuvien.library",
    "thuvien.accounts",
    "thuvien.search",
    "thuvien.uploads",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "thuvien.library.middleware.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "thuvien.urls"
WSGI_APPLICATION = "thuvien.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "thuvien.library.context.site",
                "thuvien.accounts.context.roles",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "thuvien.sqlite3",
        "OPTIONS": {
            # WAL lets readers go on while one writer writes; IMMEDIATE takes the write lock at
            # the start of a transaction so two writers queue instead of failing mid-way.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        },
    }
}
if database_url := os.environ.get("THUVIEN_DATABASE_URL"):
    # The scaled-out mode: e.g. postgres://user@host:5432/thuvien (needs the "postgres" extra).
    import dj_database_url

    DATABASES["default"] = dj_database_url.parse(database_url, conn_max_age=60)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": DATA_DIR / "files"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# The site's font comes from its PyPI package, served by the project itself: no CDN.
STATICFILES_DIRS = [
    ("fonts", Path(__import__("fontpkg_be_vietnam_pro").__file__).resolve().parent / "files"),
]
# Serve static files straight from the app folders: no collectstatic step in the embedded mode.
WHITENOISE_USE_FINDERS = True
WHITENOISE_MAX_AGE = 3600

LANGUAGE_CODE = os.environ.get("THUVIEN_LANGUAGE", "vi")
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = os.environ.get("THUVIEN_TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_TZ = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "library:home"
LOGOUT_REDIRECT_URL = "library:home"

# Site settings of the portal.
SITE_NAME = os.environ.get("THUVIEN_SITE_NAME", "Thư viện tài liệu")
PREVIEW_PAGES = _env_int("THUVIEN_PREVIEW_PAGES", 2)
TEXT_EXCERPT_CHARS = _env_int("THUVIEN_TEXT_EXCERPT_CHARS", 6000)
DOCUMENTS_PER_PAGE = _env_int("THUVIEN_DOCUMENTS_PER_PAGE", 20)
IMPORT_WORKERS = _env_int("THUVIEN_IMPORT_WORKERS", os.cpu_count() or 1)
# Related documents on the document page come from the search app (content similarity); the
# library's own keyword overlap is the fallback when this is empty.
RELATED_DOCUMENTS = "thuvien.search.related_documents"

# Uploads, moderation and background jobs (thuvien.uploads).
MAX_UPLOAD_MB = _env_int("THUVIEN_MAX_UPLOAD_MB", 100)
# Uploads are read to a temporary file in the data folder, never held in memory.
FILE_UPLOAD_HANDLERS = ["django.core.files.uploadhandler.TemporaryFileUploadHandler"]
FILE_UPLOAD_TEMP_DIR = DATA_DIR / "tmp"
FILE_UPLOAD_TEMP_DIR.mkdir(exist_ok=True)
# "publish": an upload is published as soon as it is processed; "review": a moderator decides.
MODERATION = os.environ.get("THUVIEN_MODERATION", "publish").strip().lower()
if MODERATION not in {"publish", "review"}:
    raise ValueError("THUVIEN_MODERATION must be 'publish' or 'review'")
# Empty: the queue is a SQLite file in the data folder; redis://host:6379/0 puts it in Redis.
QUEUE_URL = os.environ.get("THUVIEN_QUEUE_URL", "").strip()
QUEUE_NAME = "thuvien"
# Job threads `thuvien serve` runs in its own process (0: leave the jobs to `thuvien worker`).
JOB_WORKERS = _env_int("THUVIEN_JOB_WORKERS", 1)
# Memory each process gives to the bitmaps of frequent words that searches read (0: as much
# as the bitmaps of 2,000 words take in this library, at least 64 MB; see search._bitcache).
SEARCH_CACHE_MB = _env_int("THUVIEN_SEARCH_CACHE_MB", 0)
JOB_TIME_LIMIT = _env_int("THUVIEN_JOB_TIME_LIMIT", 300)
JOB_MEMORY_MB = _env_int("THUVIEN_JOB_MEMORY_MB", 2048)
# A job holds its upload for this long and renews the hold while it works; a hold that runs
# out (the worker died) lets another worker take the upload over.
JOB_LEASE_SECONDS = _env_int("THUVIEN_JOB_LEASE_SECONDS", 60)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("THUVIEN_LOG_LEVEL", "WARNING")},
}
