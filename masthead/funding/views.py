"""HTML transports of reader funding, and the provider's webhook."""

import logging
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from masthead.core.hashing import request_ip_hash
from masthead.core.ratelimit import Limit, RateLimited, rate_limit_hit
from masthead.funding import receipts, selectors, services
from masthead.funding.forms import DonateForm
from masthead.funding.models import Campaign, DonationKind, DonationState
from masthead.funding.money import format_amount, parse_list, to_major, to_minor
from masthead.funding.permissions import access_donation
from masthead.funding.providers import provider_get
from masthead.funding.providers.base import InvalidEvent, ProviderError

logger = logging.getLogger("masthead.funding")
BADGE_MAIL_LIMIT = Limit(count=3, seconds=3600)


def _campaign(request: HttpRequest) -> Campaign:
    """The special campaign named in ?campaign= when it is running, else this month's."""
    slug = request.GET.get("campaign") or request.POST.get("campaign") or ""
    found = selectors.campaign_by_slug(slug) if slug else None
    return found or services.campaign_for_month()


def _suggested(currency: str) -> list[tuple[str, str]]:
    """Return the suggested amounts as (major amount, label) radio choices."""
    amounts = parse_list(services.funding_settings().suggested_amounts, currency)
    choices = []
    for amount in amounts:
        major = to_major(amount, currency)
        whole = major == major.to_integral_value()
        key = str(major.to_integral_value()) if whole else str(major)
        choices.append((key, format_amount(amount, currency)))
    return [(key, label) for key, label in choices if key not in ("0", "0.00")]


def _donate_context(request: HttpRequest, campaign: Campaign, form: DonateForm) -> dict[str, Any]:
    defaults = services.funding_settings()
    currency = campaign.currency
    return {
        "campaign": campaign,
        "progress": selectors.campaign_progress(campaign),
        "form": form,
        "configured": provider_get().is_configured(),
        "defaults": defaults,
        "site_name": selectors.site_name(request),
        "minimum": format_amount(to_minor(defaults.minimum_amount, currency), currency),
        "maximum": format_amount(to_minor(defaults.maximum_amount, currency), currency),
    }


@require_http_methods(["GET", "HEAD", "POST"])
def donate(request: HttpRequest) -> HttpResponse:
    campaign = _campaign(request)
    currency = campaign.currency
    suggested = _suggested(currency)
    special = campaign.slug if not campaign.is_monthly else ""
    if request.method != "POST":
        initial = {"campaign": special, "amount": suggested[1][0] if len(suggested) > 1 else ""}
        form = DonateForm(initial=initial, suggested=suggested)
        return render(request, "funding/donate.html", _donate_context(request, campaign, form))
    form = DonateForm(request.POST, suggested=suggested)
    context = _donate_context(request, campaign, form)
    if not context["configured"]:
        return render(request, "funding/donate.html", context, status=503)
    if not form.is_valid():
        return render(request, "funding/donate.html", context, status=400)
    data = form.cleaned_data
    try:
        amount = to_minor(form.chosen_amount(), currency)
    except ValueError:
        form.add_error("custom_amount", "This amount has too many decimals.")
        return render(request, "funding/donate.html", context, status=400)
    try:
        started = services.donation_checkout_start(
            amount=amount,
            kind=DonationKind(data["kind"]),
            donor_name=data["donor_name"],
            donor_email=data["donor_email"],
            is_public=data["is_public"],
            message=data["message"],
            ip_hash=request_ip_hash(request),
            base_url=request.build_absolute_uri("/"),
            campaign=None if campaign.is_monthly else campaign,
            suspected_bot=bool(data.get("website")),
        )
    except RateLimited as exc:
        form.add_error(None, f"Too many attempts. {exc}")
        response = render(request, "funding/donate.html", context, status=429)
        response["Retry-After"] = str(exc.retry_after)
        return response
    except services.FundingError as exc:
        field = "custom_amount" if exc.field == "amount" else exc.field
        form.add_error(field if field in form.fields else None, exc.message)
        return render(request, "funding/donate.html", context, status=400)
    # 303: the browser follows with a GET to the provider's hosted page.
    return HttpResponseRedirect(started.redirect_url, status=303)


def _private(response: HttpResponse) -> HttpResponse:
    """The thank-you link is the donor's key: never cached, never sent to another site."""
    response["Cache-Control"] = "private, no-store"
    # same-origin, not no-referrer: browsers then send "Origin: null" and CSRF fails.
    response["Referrer-Policy"] = "same-origin"
    return response


@require_safe
def thanks(request: HttpRequest, public_id: str) -> HttpResponse:
    donation = access_donation(public_id)
    campaign = donation.campaign or services.campaign_for_month()
    context = {
        "donation": donation,
        "confirmed": donation.state != DonationState.STARTED,
        "monthly": donation.kind == DonationKind.MONTHLY,
        "ended": donation.state == DonationState.ENDED,
        "can_manage": bool(donation.customer_id) and provider_get().is_configured(),
        "progress": selectors.campaign_progress(campaign),
        "site_name": selectors.site_name(request),
    }
    return _private(render(request, "funding/thanks.html", context))


@require_POST
def manage(request: HttpRequest, public_id: str) -> HttpResponse:
    """Send a monthly donor to the provider's customer portal to change or cancel."""
    donation = access_donation(public_id)
    provider = provider_get()
    back = request.build_absolute_uri(donation.get_absolute_url())
    if not donation.customer_id or not provider.is_configured():
        return _private(
            render(
                request,
                "message.html",
                {
                    "title": "Nothing to manage yet",
                    "message": "This gift has no account at the payment provider yet.",
                    "back": donation.get_absolute_url(),
                },
                status=409,
            )
        )
    try:
        url = provider.portal_url(customer_id=donation.customer_id, return_url=back)
    except ProviderError:
        return _private(
            render(
                request,
                "message.html",
                {
                    "title": "Please try again",
                    "message": "The page to manage your gift could not be opened just now.",
                    "back": donation.get_absolute_url(),
                },
                status=502,
            )
        )
    return HttpResponseRedirect(url, status=303)


@csrf_exempt
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    """Verify and record one Stripe event. 400 for anything that fails verification (nothing
    is stored then); 200 for everything else, including replays and unhandled types."""
    provider = provider_get("stripe")
    try:
        event = provider.event_parse(body=request.body, headers=request.headers)
    except InvalidEvent as exc:
        logger.warning("Refused a Stripe webhook delivery: %s", exc)
        return HttpResponseBadRequest("Invalid signature or payload.", content_type="text/plain")
    recorded = services.provider_event_record(provider=provider.name, event=event)
    return JsonResponse({"received": True, "duplicate": not recorded})


@xframe_options_exempt
@require_safe
def widget(request: HttpRequest) -> HttpResponse:
    """The progress widget alone, for an iframe on another site."""
    slug = request.GET.get("campaign", "")
    campaign = (selectors.campaign_by_slug(slug) if slug else None) or services.campaign_for_month()
    response = render(
        request,
        "funding/widget_page.html",
        {
            "progress": selectors.campaign_progress(campaign),
            "embedded": True,
            "site_name": selectors.site_name(request),
        },
    )
    response["Content-Security-Policy"] = "frame-ancestors " + " ".join(
        settings.FUNDING_EMBED_ORIGINS
    )
    response["Cache-Control"] = "public, max-age=60"
    return response


@require_safe
def supporters(request: HttpRequest) -> HttpResponse:
    wall = selectors.donor_wall()
    campaign = services.campaign_for_month()
    return render(
        request,
        "funding/supporters.html",
        {
            "wall": wall,
            "progress": selectors.campaign_progress(campaign),
            "site_name": selectors.site_name(request),
        },
    )


def _login(request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect(
        f"{reverse('accounts:login')}?{urlencode({'next': request.get_full_path()})}"
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def badge(request: HttpRequest) -> HttpResponse:
    """A reader's supporter badge: ask for a verification link, or turn the badge off."""
    user = request.user
    if not isinstance(user, User):
        return _login(request)
    notice = ""
    if request.method == "POST":
        if request.POST.get("action") == "off":
            services.supporter_badge_disable(user=user)
            notice = "Your supporter badge is off."
        elif user.email and selectors.donor_has_kept_gift(user.email):
            try:
                rate_limit_hit("funding-badge-mail", str(user.pk), BADGE_MAIL_LIMIT)
            except RateLimited as exc:
                notice = f"We sent a link already. {exc}"
            else:
                link = request.build_absolute_uri(
                    reverse("funding:badge-confirm", args=[receipts.badge_token(user.email)])
                )
                send_mail(
                    subject="Turn on your supporter badge",
                    message=f"Open this link while logged in to turn on your badge:\n{link}\n",
                    from_email=None,
                    recipient_list=[user.email],
                    fail_silently=True,
                )
                notice = f"We sent a link to {user.email}. Open it to turn on your badge."
        else:
            notice = (
                "We have no gift from your account's e-mail address. Give with that address, "
                "or write to us if you gave with another."
            )
    shown = user.pk in selectors.supporter_user_ids([user.pk])
    return render(request, "funding/badge.html", {"shown": shown, "notice": notice})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def badge_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The link from a receipt: proves the reader reads that e-mail; POST turns the badge on."""
    email = receipts.badge_token_email(token)
    if email is None:
        return render(
            request,
            "message.html",
            {
                "title": "This link does not work",
                "message": "It is too old or was changed. Ask for a new one.",
                "back": reverse("funding:badge"),
            },
            status=400,
        )
    user = request.user
    if not isinstance(user, User):
        return _login(request)
    if request.method == "POST":
        try:
            services.supporter_badge_enable(user=user, email=email)
        except services.FundingError as exc:
            return render(
                request,
                "message.html",
                {"title": "Not for this account", "message": exc.message, "back": "/"},
                status=403,
            )
        return HttpResponseRedirect(reverse("funding:badge"))
    return render(request, "funding/badge_confirm.html", {"email": email})
