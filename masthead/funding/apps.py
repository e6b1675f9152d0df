from django.apps import AppConfig


class FundingConfig(AppConfig):
    name = "masthead.funding"
    label = "funding"
    verbose_name = "Reader funding"
