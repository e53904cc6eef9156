"""make test says how to get a browser when none is found, and the browser tests fail under CI=true."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def run_browser_tests_without_playwright(tmp_path: Path, ci: str) -> subprocess.CompletedProcess[str]:
    """Run two browser tests in a fresh pytest whose `import playwright` fails."""
    fake = tmp_path / "no-playwright" / "playwright"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('playwright is missing in this test')\n", encoding="utf-8")
    env = {**os.environ, "CI": ci, "PYTHONPATH": str(fake.parent)}
    env.pop("SITE_DIR", None)
    selection = "test_no_request_leaves_the_site or test_first_tab_reaches_the_skip_link"
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-k", selection,
                           str(ROOT / "tests" / "test_browser.py")], cwd=ROOT, env=env, capture_output=True, text=True)


def test_missing_playwright_fails_under_ci(tmp_path: Path) -> None:
    result = run_browser_tests_without_playwright(tmp_path, "true")
    assert result.returncode == 1, result.stdout
    assert "CI=true: the browser tests never skip in CI. Playwright is not installed" in result.stdout


def test_missing_playwright_skips_once_outside_ci(tmp_path: Path) -> None:
    result = run_browser_tests_without_playwright(tmp_path, "false")
    assert result.returncode == 5, result.stdout  # pytest's "no tests ran": the module skipped as a whole
    assert "1 skipped" in result.stdout
    assert result.stdout.count("no browser for the browser tests") == 1, result.stdout
