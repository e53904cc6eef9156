"""The fixture site follows every rule, so each hook test can break exactly one; and the hook
tests keep their meaning wherever the checkout lives (a path with a dot in it included)."""

import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from hooksite import FixtureSite, UnrecognisedWarningError


def test_fixture_site_builds_clean(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    assert site.build_all() == []


def test_hooks_in_a_dotted_path_still_report(tmp_path: Path) -> None:
    hooks = tmp_path / "owner.github.io" / "hooks"
    shutil.copytree(ROOT / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__"))
    site = FixtureSite(tmp_path, hooks=hooks)
    assert site.build() == []
    site.replace("docs/basics/other.md", "다른 주제의 요약입니다.", "- 목록으로 시작하는 요약.")
    assert site.build() == [
        "docs/basics/other.md:6: the title must be followed by a one-paragraph summary — "
        "write what this is, when to use it and what to watch for",
    ]


@pytest.mark.long
def test_hook_tests_pass_from_a_checkout_in_a_dotted_path(tmp_path: Path) -> None:
    checkout = tmp_path / "sites" / "owner.github.io"
    for part in ("hooks", "scripts", "tests"):
        shutil.copytree(ROOT / part, checkout / part, ignore=shutil.ignore_patterns("__pycache__"))
    # the fixture takes its hook list from mkdocs.yml, and its sitemap template from overrides/
    for name in ("pyproject.toml", "mkdocs.yml", "overrides/sitemap.xml"):
        (checkout / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, checkout / name)
    # A few tests of each kind, not whole modules: every fixture build goes through the same
    # capture (tests/conftest.py build_site), so one hook rule, one report of several problems and
    # one MkDocs warning show whether it still works from here (the three modules took 20 CPU s).
    modules = ["tests/test_hook_skeleton.py::test_summary_paragraph_comes_first",
               "tests/test_hook_skeleton.py::test_a_new_area_page_gets_every_rule_without_any_front_matter",
               "tests/test_hook_links.py::test_all_problems_are_reported_at_once",
               "tests/test_hook_links.py::test_with_links_py_unplugged_mkdocs_still_fails_the_build",
               "tests/test_hook_frontmatter.py::test_broken_front_matter_fails_the_build"]
    env = {key: value for key, value in os.environ.items() if key != "SITE_DIR"}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *modules],
                            cwd=checkout, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    passed = re.search(r"(\d+) passed", result.stdout)
    assert passed and int(passed.group(1)) >= len(modules), result.stdout[-3000:]
    assert not re.search(r"\d+ (skipped|deselected|xfailed)", result.stdout), result.stdout[-3000:]


def test_a_warning_no_hook_test_expects_fails_the_test(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("mkdocs.yml", "  - 용어집: glossary.md\n", "  - 용어집: glossary.md\n  - 없음: missing.md\n")
    with pytest.raises(UnrecognisedWarningError, match=r"missing\.md"):
        site.build()


def test_a_silenced_mkdocs_logger_cannot_hide_a_hook_message(tmp_path: Path) -> None:
    # scripts such as render_diagrams quiet MkDocs for their own hook-less builds; a test in the
    # same process must still see every warning of its build.
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        site = FixtureSite(tmp_path)
        site.replace("docs/basics/other.md", "다른 주제의 요약입니다.", "- 목록으로 시작하는 요약.")
        assert len(site.build()) == 1
    finally:
        logger.setLevel(level)
