from datetime import datetime

from ninja import Schema
from pydantic import Field


class CampaignOut(Schema):
    """A campaign's progress. Amounts are integers in the currency's minor unit (cents)."""

    title: str
    kind: str = Field(description="`monthly` or `special`.")
    currency: str = Field(description="ISO 4217 code, e.g. USD.")
    goal: int
    raised: int = Field(description="Sum of settled ledger entries in the period.")
    pending: int = Field(description="Sum of pending entries (open disputes, unpaid bank debits).")
    milestones: list[int]
    period_start: datetime
    period_end: datetime = Field(description="Exclusive.")
    note: str
