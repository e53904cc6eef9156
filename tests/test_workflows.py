"""GitHub workflows: valid against GitHub's schema, and no zizmor finding of medium severity or above."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_there_are_ci_and_pages_workflows() -> None:
    assert {path.name for path in WORKFLOWS} == {"ci.yml", "pages.yml", "monthly.yml"}


def test_workflows_match_the_github_schema() -> None:
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                             *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_of_medium_severity_or_above() -> None:
    result = subprocess.run([str(BIN / "zizmor"), "--offline", "--min-severity", "medium", "--no-progress",
                             *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                ref, _, comment = line.split("uses:", 1)[1].partition("#")
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref.strip()), f"{path.name}: {ref}"
                assert re.fullmatch(r"v\d+\.\d+\.\d+", comment.strip()), f"{path.name}: say the version of {ref}"


def test_dependabot_keeps_actions_and_pip_pins_moving() -> None:
    config = ROOT / ".github" / "dependabot.yml"
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.dependabot", str(config)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    ecosystems = {update["package-ecosystem"] for update in yaml.safe_load(config.read_text("utf-8"))["updates"]}
    assert ecosystems == {"github-actions", "pip"}


def test_pages_deploys_with_least_privilege_after_the_tests() -> None:
    pages = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert pages["permissions"] == {}
    assert pages["concurrency"]["group"] == "pages"
    build_steps = pages["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in build_steps]
    assert "make test" in runs and "make build" not in runs, "one build: the tested one is published"
    test_step = build_steps[runs.index("make test")]
    assert test_step["env"]["SITE_DIR"] == "site"
    assert {"SITE_URL", "REPO_URL", "REPO_NAME"} <= set(test_step["env"]), "the repository it runs in sets the URLs"
    upload = next(step for step in build_steps if "upload-pages-artifact" in step.get("uses", ""))
    assert upload["with"]["path"] == test_step["env"]["SITE_DIR"]
    assert pages["jobs"]["deploy"]["needs"] == "build"
    assert pages["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_the_monthly_check_runs_by_itself_with_least_privilege() -> None:
    monthly = yaml.safe_load((ROOT / ".github" / "workflows" / "monthly.yml").read_text(encoding="utf-8"))
    triggers = monthly[True]  # YAML 1.1 reads the key 'on' as true
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    assert re.fullmatch(r"\d+ \d+ 1 \* \*", triggers["schedule"][0]["cron"]), "once a month"
    assert monthly["permissions"] == {}
    check, issue = monthly["jobs"]["check"], monthly["jobs"]["issue"]
    assert check["permissions"] == {"contents": "read", "pages": "read"}, "the job reading the internet writes nothing"
    assert issue["permissions"] == {"contents": "read", "issues": "write"}
    assert issue["needs"] == "check"
    check_runs = " ".join(step.get("run", "") for step in check["steps"])
    issue_runs = " ".join(step.get("run", "") for step in issue["steps"])
    assert "scripts/monthly_check.py check --site site --out report" in check_runs
    assert "scripts/monthly_check.py issue --report report" in issue_runs
    cache = next(step for step in check["steps"] if "actions/cache" in step.get("uses", ""))
    assert cache["with"]["path"] == "report/.lycheecache", "where lychee writes its cache (run in --out)"
    assert all(step["with"]["persist-credentials"] is False
               for job in (check, issue) for step in job["steps"] if "actions/checkout" in step.get("uses", ""))
