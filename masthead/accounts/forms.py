from typing import Any

from django import forms
from django.contrib.auth import authenticate, get_user_model, password_validation
from django.contrib.auth.models import User
from django.http import HttpRequest


class SignupForm(forms.Form):
    name = forms.CharField(max_length=80, help_text="Shown with your comments.")
    email = forms.EmailField(label="E-mail", help_text="Never shown. You log in with it.")
    password = forms.CharField(widget=forms.PasswordInput, strip=False)

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this e-mail address already exists.")
        return email

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("password"):
            password_validation.validate_password(cleaned["password"])
        return cleaned


class LoginForm(forms.Form):
    email = forms.EmailField(label="E-mail")
    password = forms.CharField(widget=forms.PasswordInput, strip=False)

    def __init__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request
        self.user: User | None = None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("email") and cleaned.get("password"):
            user = authenticate(self.request, email=cleaned["email"], password=cleaned["password"])
            self.user = user if isinstance(user, User) else None
            if self.user is None:
                raise forms.ValidationError("That e-mail address and password do not match.")
        return cleaned
