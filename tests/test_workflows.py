"""GitHub workflows: valid against GitHub's schema, and no zizmor finding of medium severity or above."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_there_are_ci_and_pages_workflows() -> None:
    assert {path.name for path in WORKFLOWS} == {"ci.yml", "pages.yml"}


def test_workflows_match_the_github_schema() -> None:
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                             *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_of_medium_severity_or_above() -> None:
    result = subprocess.run([str(BIN / "zizmor"), "--offline", "--min-severity", "medium", "--no-progress",
                             *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit() -> None:
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                ref = line.split("uses:", 1)[1].split("#", 1)[0].strip()
                assert len(ref.rsplit("@", 1)[1]) == 40, f"{path.name}: {ref}"


def test_pages_deploys_with_least_privilege_after_the_tests() -> None:
    pages = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert pages["permissions"] == {}
    assert pages["concurrency"]["group"] == "pages"
    build_steps = [step.get("run", "") for step in pages["jobs"]["build"]["steps"]]
    assert "make test" in build_steps and "make build" in build_steps
    assert pages["jobs"]["deploy"]["needs"] == "build"
    assert pages["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
