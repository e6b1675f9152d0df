"""The moderator's menu item and pages in the Wagtail admin."""

from django.http import HttpRequest
from django.urls import URLPattern, URLResolver, include, path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from masthead.moderation import admin_urls
from masthead.moderation.views import PERMISSION


class ModerationMenuItem(MenuItem):
    """Shown to people who may moderate (superusers may do everything)."""

    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(PERMISSION))


def register_admin_urls() -> list[URLPattern | URLResolver]:
    return [path("moderation/", include(admin_urls, namespace="moderation_admin"))]


def register_moderation_menu_item() -> MenuItem:
    return ModerationMenuItem(
        "Moderation", reverse_lazy("moderation_admin:queue"), icon_name="warning", order=250
    )


hooks.register("register_admin_urls", register_admin_urls)
hooks.register("register_admin_menu_item", register_moderation_menu_item)
