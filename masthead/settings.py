"""The one settings module. Every value comes from an environment variable (see `.env.example`).

Defaults are safe for production: DEBUG is off, cookies are secure, HTTPS is enforced. `make demo`
and `make serve` turn on MASTHEAD_DEBUG for a local run.
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from masthead.env import (
    env_bool,
    env_choice,
    env_database,
    env_int,
    env_list,
    env_path,
    env_str,
    env_url,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = env_path("MASTHEAD_VAR_DIR", BASE_DIR / "var")

DEBUG = env_bool("MASTHEAD_DEBUG", False)

if DEBUG:
    SECRET_KEY = env_str("MASTHEAD_SECRET_KEY", "insecure-local-development-key-" + "x" * 40)
else:
    SECRET_KEY = env_str("MASTHEAD_SECRET_KEY")
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
        raise ImproperlyConfigured(
            "MASTHEAD_SECRET_KEY must be at least 50 random characters; generate one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
        )

ALLOWED_HOSTS = env_list(
    "MASTHEAD_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("MASTHEAD_ALLOWED_HOSTS must list the site's host names.")
CSRF_TRUSTED_ORIGINS = env_list("MASTHEAD_CSRF_TRUSTED_ORIGINS", [])

# The public address of the site, used where there is no request (admin e-mails, the demo).
BASE_URL = env_url("MASTHEAD_BASE_URL", "http://127.0.0.1:8000", schemes=("http", "https"))
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAIL_SITE_NAME = env_str("MASTHEAD_SITE_NAME", "Masthead")

INSTALLED_APPS = [
    "masthead.core",
    "masthead.articles",
    "masthead.discussion",
    "masthead.moderation",
    "masthead.accounts",
    "masthead.funding",
    "django_htmx",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "masthead.core.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "masthead.core.middleware.ApiProblemMiddleware",
]

ROOT_URLCONF = "masthead.urls"
ASGI_APPLICATION = "masthead.asgi.application"
# Threads per server process that run Django (masthead/asgi.py); each keeps a connection.
WEB_THREADS = env_int("MASTHEAD_WEB_THREADS", 4, minimum=1)
# Larger request bodies are refused with 413 before Django sees them (image uploads included).
MAX_REQUEST_BODY = env_int("MASTHEAD_MAX_REQUEST_BODY", 64 * 1024 * 1024, minimum=1024)

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "masthead" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.i18n",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "masthead.articles.context_processors.publication",
            ],
        },
    },
]

DATABASES = {
    "default": env_database(
        "MASTHEAD_DATABASE_URL",
        f"sqlite:///{VAR_DIR / 'masthead.sqlite3'}",
        # Each server thread keeps its connection between requests (masthead/asgi.py).
        conn_max_age=env_int("MASTHEAD_DATABASE_CONN_MAX_AGE", 600, minimum=0),
    ),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_url("MASTHEAD_REDIS_URL", None, schemes=("redis", "rediss", "unix"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("MASTHEAD_CACHE_PREFIX", "masthead"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    "masthead.accounts.backends.EmailBackend",  # readers: e-mail and password
    "django.contrib.auth.backends.ModelBackend",  # staff in Wagtail's admin: username
]
LOGIN_URL = "accounts:login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env_str("MASTHEAD_LANGUAGE_CODE", "en")
TIME_ZONE = env_str("MASTHEAD_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "masthead" / "static"]
STATIC_ROOT = env_path("MASTHEAD_STATIC_ROOT", VAR_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = env_path("MASTHEAD_MEDIA_ROOT", VAR_DIR / "media")
# Serve uploaded media from the app itself (right for one small install); turn it off when a
# reverse proxy or CDN serves MEDIA_ROOT.
SERVE_MEDIA = env_bool("MASTHEAD_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# HTTPS and cookies. Behind a proxy that terminates TLS, set MASTHEAD_TRUST_X_FORWARDED_PROTO.
if env_bool("MASTHEAD_TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("MASTHEAD_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("MASTHEAD_SECURE_COOKIES", not DEBUG)
SECURE_HSTS_SECONDS = env_int("MASTHEAD_HSTS_SECONDS", 0 if DEBUG else 31_536_000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("MASTHEAD_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("MASTHEAD_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Every write is rate-limited (masthead/core/ratelimit.py). A load test from one address sets
# this high so that the limits are still checked but not reached; never in production.
RATE_LIMIT_MULTIPLIER = env_int("MASTHEAD_RATE_LIMIT_MULTIPLIER", 1, minimum=1)

TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    # Tasks that may run after the response, in a thread of the same process (core/tasks.py).
    "background": {"BACKEND": "masthead.core.tasks.BackgroundThreadBackend"},
}

# The moderation pipeline, in order (masthead/moderation/checks.py); the first reject wins.
MODERATION_CHECKS = env_list(
    "MASTHEAD_MODERATION_CHECKS",
    [
        "sanctions",
        "repeats_and_bursts",
        "word_lists",
        "links_and_contacts",
        "offensive_language",
        "site_classifier",
        "off_topic",
        "new_commenter",
        "pre_moderation",
        "akismet",
    ],
)
# Akismet is used only when the site turns it on in Settings → Moderation and a key is set.
AKISMET_KEY = env_str("MASTHEAD_AKISMET_KEY", "")
AKISMET_URL = env_url("MASTHEAD_AKISMET_URL", "https://rest.akismet.com", schemes=("https", "http"))

# E-mail (receipts): smtp://host:25 (plain, a local relay), smtp+tls://user:password@host:587
# (STARTTLS), smtps://user:password@host:465 (TLS), console:// (print), or none:// (drop).
EMAIL_URL = env_str("MASTHEAD_EMAIL_URL", "console://" if DEBUG else "none://")
_email = urlsplit(EMAIL_URL)
if _email.scheme in ("smtp", "smtp+tls", "smtps") and _email.hostname:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _email.hostname
    EMAIL_PORT = _email.port or {"smtp": 25, "smtp+tls": 587, "smtps": 465}[_email.scheme]
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_TLS = _email.scheme == "smtp+tls"
    EMAIL_USE_SSL = _email.scheme == "smtps"
    EMAIL_TIMEOUT = 10
elif _email.scheme == "console":
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
elif _email.scheme == "none":
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
else:
    raise ImproperlyConfigured(
        "MASTHEAD_EMAIL_URL must start with smtp://, smtp+tls://, smtps:// (with a host), "
        "console:// or none://."
    )
DEFAULT_FROM_EMAIL = env_str("MASTHEAD_DEFAULT_FROM_EMAIL", "Masthead <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Reader funding through Stripe. Without a secret key the donate page explains how to give
# offline; without a webhook secret the webhook refuses every delivery.
STRIPE_SECRET_KEY = env_str("MASTHEAD_STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = env_str("MASTHEAD_STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = env_url(
    "MASTHEAD_STRIPE_API_BASE", "https://api.stripe.com", schemes=("https", "http")
)
STRIPE_WEBHOOK_TOLERANCE = env_int("MASTHEAD_STRIPE_WEBHOOK_TOLERANCE", 300, minimum=1)
# The development secret in .env.example is public: anyone could sign events with it.
DEMO_STRIPE_WEBHOOK_SECRET = "whsec_masthead_development_only_0123456789abcdef"  # noqa: S105
if STRIPE_WEBHOOK_SECRET == DEMO_STRIPE_WEBHOOK_SECRET and not DEBUG:
    raise ImproperlyConfigured(
        "MASTHEAD_STRIPE_WEBHOOK_SECRET is the public development secret from .env.example; "
        "use the signing secret of your Stripe webhook endpoint (whsec_...)."
    )
# Sites allowed to show the funding widget in an iframe (CSP frame-ancestors); * for any.
FUNDING_EMBED_ORIGINS = env_list("MASTHEAD_FUNDING_EMBED_ORIGINS", ["*"])

# Wagtail.
WAGTAILIMAGES_IMAGE_MODEL = "articles.NewsImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_I18N_ENABLED = False
# Nothing leaves the server unless the site opts in: no call home for Wagtail's release news
WAGTAIL_ENABLE_UPDATE_CHECK = False
# ... and no avatars fetched from Gravatar, which would tell it who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True

# Logging: one JSON object a line in production, readable text when debugging.
LOG_FORMAT = env_choice("MASTHEAD_LOG_FORMAT", "text" if DEBUG else "json", ("json", "text"))
LOG_LEVEL = env_choice(
    "MASTHEAD_LOG_LEVEL", "info", ("debug", "info", "warning", "error", "critical")
).upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "masthead.core.logging.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Each request is logged once, by RequestLogMiddleware.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
        "uvicorn.access": {"level": "WARNING"},
        # One line per background task run is noise; failures still show as warnings.
        "django_tasks": {"level": "WARNING"},
    },
}
