"""The one registry of payment providers. Add a provider here, nowhere else."""

from masthead.funding.providers.base import PaymentProvider
from masthead.funding.providers.stripe import StripeProvider

PROVIDERS: dict[str, type[PaymentProvider]] = {"stripe": StripeProvider}


def provider_get(name: str = "stripe") -> PaymentProvider:
    """Return a provider by name; KeyError for one that is not registered."""
    return PROVIDERS[name]()
