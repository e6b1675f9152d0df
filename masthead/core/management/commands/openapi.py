import json
from typing import Any

from django.core.management.base import BaseCommand

from masthead.api import api


class Command(BaseCommand):
    help = "Print the JSON API's OpenAPI schema (make openapi writes it to docs/openapi.json)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(json.dumps(api.get_openapi_schema(), indent=2, sort_keys=True))
