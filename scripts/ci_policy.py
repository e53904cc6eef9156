"""One rule for a check that this machine cannot run (no browser, no Playwright, no Java): outside CI
it is skipped with the reason and how to get what it needs; under CI=true it fails.

A check skipped in CI would let a build pass that nobody checked, so CI never skips. Every test
module and script that can meet a missing tool decides through this module, and nowhere else.
"""

from __future__ import annotations

import os
from typing import NoReturn


def in_ci() -> bool:
    """True under CI=true (.ci/run and GitHub Actions set it)."""
    return os.environ.get("CI", "").lower() == "true"


def skip_or_fail(what: str, reason: str, *, whole_module: bool = False) -> NoReturn:
    """``what`` (e.g. "the browser tests") cannot run here because of ``reason``: skip it outside CI
    (with ``whole_module``, the calling test module as a whole: one line in the summary) and fail it
    under CI=true."""
    import pytest

    if in_ci():
        pytest.fail(f"CI=true: {what} may not be skipped in CI. {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=whole_module)
