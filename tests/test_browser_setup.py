"""A check this machine cannot run skips outside CI and fails under CI=true (scripts/ci_policy.py):
make test says how to get a browser, and the browser, HTML and make diagrams tests follow the rule."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ci_policy import skip_or_fail
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


def run_tests(tmp_path: Path, ci: str, module: str, selection: str, *,
              playwright: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``selection`` of ``tests/<module>`` in a fresh pytest on a machine with no Chromium (and,
    with ``playwright=False``, where `import playwright` fails)."""
    env = {**os.environ, "CI": ci, "CHROMIUM_PATH": "/nonexistent/chromium", "PLAYWRIGHT_BROWSERS_PATH": "/nonexistent"}
    if not playwright:
        fake = tmp_path / "no-playwright" / "playwright"
        fake.mkdir(parents=True)
        (fake / "__init__.py").write_text("raise ImportError('playwright is missing in this test')\n", encoding="utf-8")
        env["PYTHONPATH"] = str(fake.parent)
    env.pop("SITE_DIR", None)
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-k", selection,
                           str(ROOT / "tests" / module)], cwd=ROOT, env=env, capture_output=True, text=True)


BROWSER_TESTS = ("test_browser.py", "test_no_request_leaves_the_site or test_first_tab_reaches_the_skip_link")


def test_missing_playwright_fails_under_ci(tmp_path: Path) -> None:
    result = run_tests(tmp_path, "true", *BROWSER_TESTS, playwright=False)
    assert result.returncode not in (0, 5), result.stdout
    assert "CI=true: the browser tests may not be skipped in CI. Playwright is not installed" in result.stdout


def test_missing_playwright_skips_once_outside_ci(tmp_path: Path) -> None:
    result = run_tests(tmp_path, "false", *BROWSER_TESTS, playwright=False)
    assert result.returncode == 5, result.stdout  # pytest's "no tests ran": the module skipped as a whole
    assert "1 skipped" in result.stdout
    assert result.stdout.count("Playwright is not installed") == 1, result.stdout


def test_make_diagrams_tests_fail_without_a_browser_under_ci(tmp_path: Path) -> None:
    # They used to skip whenever no system Chromium was found, CI or not.
    result = run_tests(tmp_path, "true", "test_hook_diagrams.py", "make_diagrams_names")
    assert result.returncode == 1, result.stdout
    assert "CI=true: the make diagrams tests may not be skipped in CI. no Chromium" in result.stdout


def test_the_policy_skips_outside_ci_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception) as skipped:
        skip_or_fail("the HTML check", "no Java")
    assert skipped.value.msg == "no Java"
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception) as failed:
        skip_or_fail("the HTML check", "no Java")
    assert failed.value.msg == "CI=true: the HTML check may not be skipped in CI. no Java"
