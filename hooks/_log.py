"""One logger for every hook, named so that neither its name nor its prefix depends on the path.

MkDocs names a hook module after the path written in ``mkdocs.yml`` and
``get_plugin_logger(__name__)`` prefixes each message with the part of that name before the
first dot. A checkout in ``~/sites/owner.github.io/`` would then log as ``~/sites/owner:``, and a
test that recognises hook messages by their text would silently see none. A fixed name fixes both:
messages read ``aws-note: docs/page.md:LINE: …`` and tests select them by logger.
"""

from __future__ import annotations

from mkdocs.plugins import PrefixedLogger, get_plugin_logger

PREFIX = "aws-note"
LOGGER_NAME = f"mkdocs.plugins.{PREFIX}"  # every hook logs below this name


def hook_logger(concern: str) -> PrefixedLogger:
    """The logger of one hook (``concern`` is the hook's file name without ``.py``)."""
    return get_plugin_logger(f"{PREFIX}.{concern}")
