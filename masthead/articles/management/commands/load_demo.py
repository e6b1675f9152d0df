from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from masthead.articles.demo.loader import demo_load


class Command(BaseCommand):
    help = "Load the demo newsroom (idempotent) and print the admin login."

    def handle(self, *args: Any, **options: Any) -> None:
        result = demo_load()
        self.stdout.write(self.style.SUCCESS(f"Demo newsroom ready: {result.articles} articles."))
        self.stdout.write(
            f"Admin: {settings.BASE_URL}/admin/  user: {result.admin_username}  "
            f"password: {result.admin_password}"
            + ("" if result.admin_created else "  (unchanged; stored in var/)")
        )
