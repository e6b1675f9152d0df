"""Amounts are integers in a currency's minor unit (cents): converting and formatting them."""

from decimal import Decimal, InvalidOperation

# ISO 4217 currencies without a minor unit (Stripe calls them zero-decimal); all others have two.
ZERO_DECIMAL = frozenset({"BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF"})
ZERO_DECIMAL |= {"UGX", "VND", "VUV", "XAF", "XOF", "XPF"}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "CHF": "CHF"}
CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY")


def exponent(currency: str) -> int:
    return 0 if currency.upper() in ZERO_DECIMAL else 2


def to_minor(major: Decimal | int | str, currency: str) -> int:
    """Return `major` (e.g. "12.50") in minor units (1250); raise ValueError when it has more
    decimals than the currency has."""
    try:
        value = Decimal(str(major))
    except InvalidOperation:
        raise ValueError(f"{major!r} is not an amount") from None
    if not value.is_finite():
        raise ValueError(f"{major!r} is not an amount")
    scaled = value.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{major!r} has too many decimals for {currency}")
    return int(scaled)


def to_major(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-exponent(currency))


def format_amount(minor: int, currency: str) -> str:
    """Return "1,360 $" (whole amounts) or "12.50 €", the reference page's style."""
    major = to_major(minor, currency)
    digits = exponent(currency)
    text = f"{major:,.0f}" if major == major.to_integral_value() else f"{major:,.{digits}f}"
    return f"{text} {SYMBOLS.get(currency.upper(), currency.upper())}"


def parse_list(text: str, currency: str) -> list[int]:
    """Return a comma-separated list of major amounts ("0, 2500, 5000") in minor units."""
    return [to_minor(part.strip(), currency) for part in text.split(",") if part.strip()]
