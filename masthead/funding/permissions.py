"""The only ways views fetch donations: by their unguessable public id, one uniform 404."""

import uuid

from django.http import Http404

from masthead.funding.models import Donation


def access_donation(public_id: uuid.UUID | str) -> Donation:
    """Return the donation behind a thank-you link. The random public id is the donor's key
    (it is in their success URL and receipt); a numeric id is never accepted."""
    try:
        key = public_id if isinstance(public_id, uuid.UUID) else uuid.UUID(str(public_id))
    except ValueError:
        raise Http404("No such gift.") from None
    donation = Donation.objects.select_related("campaign").filter(public_id=key).first()
    if donation is None:
        raise Http404("No such gift.")
    return donation
