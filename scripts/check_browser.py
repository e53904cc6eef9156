"""Say early, before the test run, whether the browser tests can run (make test calls this).

Under CI=true a missing browser is a failure (scripts/ci_policy.py): the browser tests never skip in CI.
"""

from __future__ import annotations

import sys

from browser import HOW_TO_GET_ONE, chromium_path, playwright_has_own_chromium
from ci_policy import in_ci


def main() -> int:
    path = chromium_path()
    if path:
        print(f"browser tests: using {path}")
        return 0
    if playwright_has_own_chromium():
        print("browser tests: using Playwright's own Chromium")
        return 0
    print(HOW_TO_GET_ONE, file=sys.stderr)
    if in_ci():
        print("CI=true: a missing browser fails the run.", file=sys.stderr)
        return 1
    print("The browser tests will be skipped on this machine.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
