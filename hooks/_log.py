"""One logger for every hook, named so that neither its name nor its prefix depends on the path;
and a way to hold back MkDocs' own messages that repeat a hook's.

MkDocs names a hook module after the path written in ``mkdocs.yml`` and
``get_plugin_logger(__name__)`` prefixes each message with the part of that name before the
first dot. A checkout in ``~/sites/owner.github.io/`` would then log as ``~/sites/owner:``, and a
test that recognises hook messages by their text would silently see none. A fixed name fixes both:
messages read ``aws-note: docs/page.md:LINE: …`` and tests select them by logger.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from mkdocs.plugins import PrefixedLogger, get_plugin_logger

PREFIX = "aws-note"
LOGGER_NAME = f"mkdocs.plugins.{PREFIX}"  # every hook logs below this name


def hook_logger(concern: str) -> PrefixedLogger:
    """The logger of one hook (``concern`` is the hook's file name without ``.py``)."""
    return get_plugin_logger(f"{PREFIX}.{concern}")


class HeldBack(logging.Filter):
    """MkDocs' own warnings of one kind, held back until a hook has reported the same problems.

    MkDocs' validation (``validation:`` in mkdocs.yml) reports a broken link or a page missing from
    the nav without a line; a hook reports it with one. While the hook is plugged in, the warnings
    of ``logger_name`` that match ``pattern`` wait; ``release`` drops those the hook covered and
    passes on the others as MkDocs wrote them, before the strict build counts its warnings. Every
    problem is reported once, a problem only MkDocs saw is never lost, and with the hook unplugged
    nothing is held: MkDocs' own warnings fail the build as before.
    """

    def __init__(self, logger_name: str, pattern: re.Pattern[str]) -> None:
        super().__init__(f"{PREFIX}.held-back")
        self.logger = logging.getLogger(logger_name)
        self.pattern = pattern
        self.held: list[logging.LogRecord] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING and self.pattern.search(record.getMessage()):
            self.held.append(record)
            return False
        return True

    def start(self) -> None:
        """Hold from now on (a filter a failed build left behind, from any module copy, is dropped)."""
        for old in [f for f in self.logger.filters if getattr(f, "name", "") == self.name]:
            self.logger.removeFilter(old)
        self.held = []
        self.logger.addFilter(self)

    def release(self, covered: Callable[[re.Match[str]], bool]) -> None:
        """Stop holding; pass on every held warning that ``covered`` does not claim."""
        self.logger.removeFilter(self)
        held, self.held = self.held, []
        for record in held:
            if not covered(self.pattern.search(record.getMessage())):
                self.logger.handle(record)
