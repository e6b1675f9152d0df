from decimal import Decimal

from django import forms

from masthead.funding.models import MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH, DonationKind


class DonateForm(forms.Form):
    """The donate page. Amounts are typed in whole units (or with cents); the view converts."""

    amount = forms.ChoiceField(label="Amount", widget=forms.RadioSelect, required=False)
    custom_amount = forms.DecimalField(
        label="Other amount",
        required=False,
        min_value=Decimal("0.01"),
        max_digits=10,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01"}),
    )
    kind = forms.ChoiceField(
        label="How often",
        choices=[(DonationKind.ONE_TIME.value, "Once"), (DonationKind.MONTHLY.value, "Monthly")],
        initial=DonationKind.ONE_TIME.value,
        widget=forms.RadioSelect,
    )
    donor_name = forms.CharField(label="Your name", max_length=MAX_NAME_LENGTH, required=False)
    donor_email = forms.EmailField(
        label="E-mail", help_text="For your receipt. Never shown, never shared."
    )
    is_public = forms.BooleanField(
        label="Show my name and message on the supporters' page", required=False
    )
    message = forms.CharField(
        label="A message to the newsroom",
        max_length=MAX_MESSAGE_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=f"Up to {MAX_MESSAGE_LENGTH} characters; shown only if you choose to be named.",
    )
    campaign = forms.SlugField(required=False, widget=forms.HiddenInput)
    # A field people never see: bots fill it in.
    website = forms.CharField(required=False, label="Leave this empty")

    def __init__(self, *args: object, suggested: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["amount"].choices = suggested  # type: ignore[attr-defined]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("custom_amount") is None and not data.get("amount"):
            self.add_error("custom_amount", "Choose an amount or type one.")
        return data

    def chosen_amount(self) -> Decimal:
        custom = self.cleaned_data.get("custom_amount")
        return custom if custom is not None else Decimal(self.cleaned_data["amount"])
