from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from masthead.discussion import services
from masthead.discussion.views import section_context

register = template.Library()


@register.simple_tag(takes_context=True)
def comment_section(context: template.Context, page: Page) -> SafeString:
    """Render the discussion under `page`: form, sort tabs and the requested page of comments."""
    request = context["request"]
    thread = services.thread_for_page(page)
    section = section_context(request, thread, base_url=page.get_url(request) or request.path)
    return mark_safe(render_to_string("discussion/section.html", section, request=request))  # noqa: S308
