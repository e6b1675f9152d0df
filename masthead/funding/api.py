"""JSON transport of reader funding: the current monthly campaign's progress."""

from django.http import HttpRequest
from ninja import Router

from masthead.core.problems import READ_ERRORS
from masthead.funding import selectors, services
from masthead.funding.schemas import CampaignOut

router = Router()


@router.get(
    "/current", response={200: CampaignOut, **READ_ERRORS}, summary="The current monthly goal"
)
def current(request: HttpRequest) -> CampaignOut:
    """Return this month's campaign (in the site's time zone) with its totals, computed from
    the ledger at the time of the request."""
    progress = selectors.campaign_progress(services.campaign_for_month())
    campaign = progress.campaign
    return CampaignOut(
        title=campaign.title,
        kind=campaign.kind,
        currency=campaign.currency,
        goal=campaign.goal,
        raised=progress.raised,
        pending=progress.pending,
        milestones=sorted(campaign.milestones),
        period_start=campaign.period_start,
        period_end=campaign.period_end,
        note=campaign.note,
    )
