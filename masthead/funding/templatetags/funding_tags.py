from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from masthead.funding import selectors, services

register = template.Library()


@register.simple_tag(takes_context=True)
def funding_widget(context: template.Context, position: str = "top") -> SafeString:
    """Render the progress bar of the campaign that fits the page: the running special
    campaign an article is linked to, else this month's goal. Two queries per page, the
    second result reused by the widget after the article."""
    request = context.get("request")
    page = context.get("page")
    progress = context.render_context.get("funding_progress")
    if not isinstance(progress, selectors.Progress):
        special = None
        if page is not None and page.__class__.__name__ == "ArticlePage":
            special = selectors.special_campaign_for_article(page.pk)
        campaign = special or services.campaign_for_month()
        progress = selectors.campaign_progress(campaign)
        # The render context lives for this page's rendering: the widget after the article
        # reuses the totals of the one above it.
        context.render_context["funding_progress"] = progress
    html = render_to_string(
        "funding/_widget.html",
        {
            "progress": progress,
            "position": position,
            "embedded": False,
            "site_name": selectors.site_name(request),
        },
        request=request,
    )
    return mark_safe(html)  # noqa: S308 - our own template, autoescaped
