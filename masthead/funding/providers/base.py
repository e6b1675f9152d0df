"""The small interface every payment provider implements (Stripe is the one there is)."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from masthead.funding.facts import Fact
from masthead.funding.models import Donation


class ProviderError(Exception):
    """The provider could not be reached or refused the request."""


class InvalidEvent(Exception):
    """A webhook whose signature, timestamp or body does not check out."""


@dataclass(frozen=True)
class Checkout:
    session_id: str
    url: str


@dataclass(frozen=True)
class ProviderEventData:
    """A verified webhook event: who sent it, its unique id, and the facts it states."""

    event_id: str
    type: str
    created: datetime
    payload: dict[str, Any]
    facts: list[Fact] = field(default_factory=list)
    known: bool = True  # False for event types Masthead does not use


class PaymentProvider(Protocol):
    name: str

    def is_configured(self) -> bool:
        """Return whether online payment can start (keys are set)."""
        ...

    def checkout_create(
        self, *, donation: Donation, product_name: str, success_url: str, cancel_url: str
    ) -> Checkout:
        """Start a hosted checkout for `donation`; raise ProviderError on failure."""
        ...

    def portal_url(self, *, customer_id: str, return_url: str) -> str:
        """Return a one-time link to the provider's page where a donor manages gifts."""
        ...

    def event_parse(self, *, body: bytes, headers: Mapping[str, str]) -> ProviderEventData:
        """Verify a webhook delivery and return its event; raise InvalidEvent otherwise."""
        ...
