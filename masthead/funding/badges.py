"""The supporter badge on comments. Discussion pages are cached for every reader, so the
comment template leaves a marker after each account holder's name and the badges are put in
when the page is personalised: a refund takes a badge away at the next page view."""

import re

from masthead.funding.selectors import supporter_user_ids

_MARKER = re.compile(r"<!--supporter:(\d{1,19})-->")
BADGE = '<span class="supporter-badge" title="Supports this newsroom with a gift">Supporter</span>'


def apply_supporter_badges(html: str) -> str:
    """Replace each `<!--supporter:<user id>-->` marker with the badge when that reader shows
    one, and drop it otherwise (two queries when there are markers, none without)."""
    ids = {int(found) for found in _MARKER.findall(html)}
    if not ids:
        return html
    shown = supporter_user_ids(ids)
    return _MARKER.sub(lambda m: BADGE if int(m.group(1)) in shown else "", html)
