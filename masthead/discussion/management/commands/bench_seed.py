import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from masthead.discussion.seeding import seed_thread

DEFAULT_SIZES = [10, 100, 1_000, 10_000, 100_000]


class Command(BaseCommand):
    help = "Create benchmark articles whose threads hold 10 to 100,000 comments (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sizes", nargs="*", type=int, default=DEFAULT_SIZES)

    def handle(self, *args: Any, sizes: list[int], **options: Any) -> None:
        for size in sizes:
            started = time.perf_counter()
            thread = seed_thread(size)
            page = thread.page.specific if thread.page else None
            self.stdout.write(
                f"{size:>7,} comments  page {page.url if page else '-'}  "
                f"api /api/v1/threads/{thread.pk}/comments  "
                f"({time.perf_counter() - started:.1f} s)"
            )
