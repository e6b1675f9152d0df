"""`manage.py moderation_eval FILE.jsonl [--json]`: measure the pipeline's text checks."""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.moderation.evaluation import CorpusError, evaluate, read_rows, starter_overlap


class Command(BaseCommand):
    help = (
        "Run every text-only moderation check on each line of a JSON Lines file "
        '({"text", "label", "lang"}) without storing anything, and report recall, precision, '
        "the share of ok comments caught, a confusion table and latency."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="a JSON Lines file of labelled comments")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            with path.open(encoding="utf-8") as handle:
                rows = read_rows(handle)
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{path} is not UTF-8 text") from None
        except CorpusError as error:
            raise CommandError(f"{path}: {error}") from None
        overlap = starter_overlap(rows)
        if overlap:
            # The classifier trains on starter.jsonl: scores on these lines flatter it.
            self.stderr.write(
                f"warning: {overlap} of {len(rows)} texts are in the training corpus "
                "(starter.jsonl); their results overstate the classifier's quality"
            )
        # Imported here so the pipeline (and its models) load only when the command runs.
        from masthead.moderation.checks import text_verdict

        report = evaluate(rows, text_verdict)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), sort_keys=True))
        else:
            self.stdout.write(report.as_text())
