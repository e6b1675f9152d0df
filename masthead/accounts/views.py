"""Reader accounts: sign up, log in and log out with an e-mail address and a password."""

from django.contrib.auth import login, logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from masthead.accounts.forms import LoginForm, SignupForm
from masthead.accounts.services import reader_signup
from masthead.core.hashing import request_ip_hash
from masthead.core.ratelimit import Limit, RateLimited, rate_limit_hit

LOGIN_LIMIT = Limit(count=10, seconds=60)
SIGNUP_LIMIT = Limit(count=5, seconds=3600)


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or "/"
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return "/"


def _too_many(request: HttpRequest, template: str, form: object, exc: RateLimited) -> HttpResponse:
    context = {"form": form, "next": _next_url(request), "rate_limited": str(exc)}
    response = render(request, template, context, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        try:
            rate_limit_hit("signup", request_ip_hash(request), SIGNUP_LIMIT)
        except RateLimited as exc:
            return _too_many(request, "accounts/signup.html", form, exc)
        if form.is_valid():
            user = reader_signup(
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
            )
            login(request, user, backend="masthead.accounts.backends.EmailBackend")
            return HttpResponseRedirect(_next_url(request))
    return render(request, "accounts/signup.html", {"form": form, "next": _next_url(request)})


@require_http_methods(["GET", "HEAD", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request, request.POST or None)
    if request.method == "POST":
        try:
            rate_limit_hit("login", request_ip_hash(request), LOGIN_LIMIT)
        except RateLimited as exc:
            return _too_many(request, "accounts/login.html", form, exc)
        if form.is_valid() and form.user is not None:
            login(request, form.user)
            return HttpResponseRedirect(_next_url(request))
    return render(request, "accounts/login.html", {"form": form, "next": _next_url(request)})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return HttpResponseRedirect(_next_url(request))
