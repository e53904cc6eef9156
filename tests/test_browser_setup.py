"""make test says how to get a browser when none is found, and fails under CI=true."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def run_check(ci: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHROMIUM_PATH": "/nonexistent/chromium", "PLAYWRIGHT_BROWSERS_PATH": "/nonexistent", "CI": ci}
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check_browser.py")], env=env,
                          capture_output=True, text=True)


def test_missing_browser_fails_under_ci() -> None:
    result = run_check("true")
    assert result.returncode == 1
    assert "apt-get install chromium" in result.stderr
    assert "playwright install chromium" in result.stderr


def test_missing_browser_is_a_warning_outside_ci() -> None:
    result = run_check("false")
    assert result.returncode == 0
    assert "will be skipped" in result.stderr
