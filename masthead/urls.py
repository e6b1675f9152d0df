from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from masthead.api import api
from masthead.articles import views as article_views
from masthead.articles.feeds import SiteFeed, feed_view
from masthead.core.views import favicon, healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon),
    path("robots.txt", article_views.robots_txt, name="robots-txt"),
    path("sitemap.xml", article_views.sitemap, name="sitemap"),
    path("news-sitemap.xml", article_views.news_sitemap, name="news-sitemap"),
    path("feed/", feed_view(SiteFeed), name="site-rss"),
    path("feed/atom/", feed_view(SiteFeed, atom=True), name="site-atom"),
    path("api/v1/", api.urls),
    path("accounts/", include("masthead.accounts.urls")),
    path("comments/", include("masthead.discussion.urls")),
    path("funding/", include("masthead.funding.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += [
    path("", include("masthead.articles.urls")),
    # Everything else is a Wagtail page: home, sections, articles.
    path("", include(wagtail_urls)),
]
