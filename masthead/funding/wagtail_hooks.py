from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.funding import admin_views
from masthead.funding.models import Campaign

admin_urls = [
    path("", admin_views.report, name="report"),
    path("entry/", admin_views.entry_add, name="entry-add"),
    path("ledger.csv", admin_views.ledger_csv, name="ledger-csv"),
]


@hooks.register("register_admin_urls")  # type: ignore[untyped-decorator]
def _urls() -> list[object]:
    return [path("funding/", include((admin_urls, "funding_admin"), namespace="funding_admin"))]


class _FundingMenuItem(MenuItem):
    def is_shown(self, request: object) -> bool:
        return bool(request.user.has_perm("funding.view_ledgerentry"))  # type: ignore[attr-defined]


@hooks.register("register_admin_menu_item")  # type: ignore[untyped-decorator]
def _menu() -> MenuItem:
    return _FundingMenuItem(
        "Reader funding", reverse("funding_admin:report"), icon_name="pick", order=250
    )


class CampaignViewSet(SnippetViewSet):
    """Monthly campaigns are made automatically (their goal and ticks may be edited here);
    special campaigns are created here and linked to articles."""

    model = Campaign
    icon = "pick"
    menu_label = "Campaigns"
    list_display = ["title", "kind", "goal_display", "period_start", "period_end"]
    list_filter = ["kind"]
    panels = [
        HelpPanel(
            content="Amounts are in cents (minor units): 500000 is 5,000.00. Milestones are a "
            "JSON list such as [0, 250000, 500000]."
        ),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("currency"),
        FieldPanel("goal"),
        FieldPanel("milestones"),
        FieldPanel("note"),
        FieldPanel("period_start"),
        FieldPanel("period_end", heading="Deadline (exclusive)"),
        FieldPanel("articles"),
    ]

    def get_queryset(self, request: object) -> object:
        return Campaign.objects.order_by("-period_start")


register_snippet(CampaignViewSet)
