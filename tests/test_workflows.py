"""GitHub workflows: valid (GitHub's schema, actionlint), no zizmor finding of medium severity or
above, one pipeline that tests once and deploys what it tested, and every job's token granted
exactly what its actions need."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
CI = ROOT / ".github" / "workflows" / "ci.yml"
BIN = Path(sys.executable).parent
TEST_COMMAND = ".ci/run"  # the one CI entry point; it runs `make test`
# The token scopes each action uses, read from its action.yml, README and source at the pinned commit:
NEEDS: dict[str, dict[str, str]] = {
    # clones the repository with the job's token
    "actions/checkout": {"contents": "read"},
    # downloads Python from its own release manifest; no token scope
    "actions/setup-python": {},
    # GET /repos/{owner}/{repo}/pages for the site's address (src/api-client.js); without `pages: read`
    # it fails with "Get Pages site failed … Resource not accessible by integration" (actions/configure-pages#188)
    "actions/configure-pages": {"pages": "read"},
    # tars the folder and hands it to actions/upload-artifact, which uses the runner's own artifact token
    "actions/upload-pages-artifact": {},
    # README "Security Considerations": `pages: write` to create the deployment, `id-token: write` for the
    # OIDC token it presents (src/index.js fails with 'Ensure GITHUB_TOKEN has permission "id-token: write"')
    "actions/deploy-pages": {"pages": "write", "id-token": "write"},
    # save and restore through the runner's own cache service (ACTIONS_RUNTIME_TOKEN); no token scope
    "actions/cache": {},
    # an artifact of the same run, through the runner's artifact service; no token scope
    "actions/upload-artifact": {},
    "actions/download-artifact": {},
}
# Scripts a `run:` step starts with the job's token, and the scopes they use.
RUN_NEEDS: dict[str, dict[str, str]] = {
    # opens, updates, reopens or closes the one monthly-check issue through the REST API
    "scripts/monthly_check.py issue": {"issues": "write"},
}
LEVEL = {"none": 0, "read": 1, "write": 2}


def load(path: Path) -> dict:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as True
    return workflow


def action_name(uses: str) -> str:
    """'actions/checkout@<sha>' → 'actions/checkout'."""
    return uses.split("@", 1)[0]


def missing_scopes(workflow: dict) -> list[str]:
    """Every scope an action needs that its job's token lacks, and every scope no action needs."""
    problems = []
    for job_id, job in workflow["jobs"].items():
        granted = job.get("permissions", workflow.get("permissions"))
        if not isinstance(granted, dict):
            problems.append(f"{job_id}: set `permissions:` for the job (a mapping), never the repository default")
            continue
        needed: dict[str, str] = {}
        for step in job.get("steps", []):
            if "uses" in step:
                name = action_name(step["uses"])
                if name not in NEEDS:
                    problems.append(f"{job_id}: {name} is not in NEEDS: say which token scopes it uses")
                    continue
                uses = NEEDS[name]
            else:
                name = next((script for script in RUN_NEEDS if script in step.get("run", "")), "a run step")
                uses = RUN_NEEDS.get(name, {})
            for scope, level in uses.items():
                if LEVEL[level] > LEVEL[needed.get(scope, "none")]:
                    needed[scope] = level
                if LEVEL[granted.get(scope, "none")] < LEVEL[level]:
                    problems.append(f"{job_id}: {name} needs `{scope}: {level}`")
        problems += [f"{job_id}: `{scope}: {level}` is granted but no step needs it"
                     for scope, level in granted.items() if LEVEL[level] > LEVEL[needed.get(scope, "none")]]
    return problems


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / command[0]), *command[1:]], capture_output=True, text=True, cwd=ROOT)


def test_workflows_match_the_github_schema() -> None:
    result = run_tool("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_nothing() -> None:
    # It knows expression contexts, step ids, job outputs and `needs`, which a schema cannot.
    result = run_tool("actionlint", "-no-color", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_of_medium_severity_or_above() -> None:
    result = run_tool("zizmor", "--offline", "--min-severity", "medium", "--no-progress", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                ref, _, comment = line.split("uses:", 1)[1].partition("#")
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref.strip()), f"{path.name}: {ref}"
                assert re.fullmatch(r"v\d+\.\d+\.\d+", comment.strip()), f"{path.name}: say the version of {ref}"


def test_every_job_is_granted_exactly_what_its_actions_need() -> None:
    for path in WORKFLOWS:
        workflow = load(path)
        assert workflow["permissions"] == {}, f"{path.name}: no scope by default; each job names its own"
        assert missing_scopes(workflow) == [], path.name


@pytest.mark.parametrize(("job", "scope"), [("test", "pages"), ("test", "contents"),
                                            ("deploy", "pages"), ("deploy", "id-token")])
def test_a_job_that_loses_a_scope_its_actions_need_is_reported(job: str, scope: str) -> None:
    workflow = load(CI)
    del workflow["jobs"][job]["permissions"][scope]
    assert missing_scopes(workflow) != []


def test_the_monthly_issue_job_needs_its_issues_scope() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "monthly.yml")
    del workflow["jobs"]["issue"]["permissions"]["issues"]
    assert missing_scopes(workflow) == ["issue: scripts/monthly_check.py issue needs `issues: write`"]


def test_the_suite_runs_once_per_push() -> None:
    pushed = [load(path) for path in WORKFLOWS if "push" in load(path)["on"]]
    runs = [step["run"] for workflow in pushed for job in workflow["jobs"].values()
            for step in job.get("steps", []) if "run" in step]
    assert sum(TEST_COMMAND in run or "make test" in run for run in runs) == 1, runs


def test_main_deploys_the_site_the_tests_built_and_checked() -> None:
    workflow = load(CI)
    assert {"push", "pull_request"} <= set(workflow["on"])
    test, deploy = workflow["jobs"]["test"], workflow["jobs"]["deploy"]
    steps = test["steps"]
    runs = [step.get("run", "") for step in steps]
    tested = next(index for index, run in enumerate(runs) if TEST_COMMAND in run)
    assert "make build" not in " ".join(runs), "one build: the tested one is published"
    site_dir = steps[tested]["env"]["SITE_DIR"]  # tests/conftest.py keeps the session's strict build there
    assert {"REPO_URL", "REPO_NAME"} <= set(steps[tested]["env"]), "the repository it runs in names the site"
    assert "SITE_URL" in steps[tested]["run"], "configure-pages gives the address it publishes to"
    upload = next(index for index, step in enumerate(steps) if "upload-pages-artifact" in step.get("uses", ""))
    assert upload > tested and steps[upload]["with"]["path"] == site_dir
    # Publishing happens on main only, never for a pull request, under one condition everywhere.
    pages = next(step for step in steps if "configure-pages" in step.get("uses", ""))
    condition = deploy["if"]
    assert "pull_request" in condition and "refs/heads/main" in condition
    assert pages["if"] == steps[upload]["if"] == condition
    assert deploy["needs"] == "test"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["environment"]["name"] == "github-pages"


def test_dependabot_keeps_actions_pip_and_npm_pins_moving() -> None:
    config = ROOT / ".github" / "dependabot.yml"
    result = run_tool("check-jsonschema", "--builtin-schema", "vendor.dependabot", str(config))
    assert result.returncode == 0, result.stdout + result.stderr
    updates = yaml.safe_load(config.read_text("utf-8"))["updates"]
    covered = {(update["package-ecosystem"], update["directory"]) for update in updates}
    assert covered == {("github-actions", "/"), ("pip", "/"), ("npm", "/scripts/lighthouse")}
    pip = next(update for update in updates if update["package-ecosystem"] == "pip")
    assert {"dependency-name": "mkdocs", "versions": [">=2"]} in pip["ignore"], "MkDocs 2 has no hooks or plugins"


def test_the_monthly_check_runs_by_itself_with_least_privilege() -> None:
    monthly = load(ROOT / ".github" / "workflows" / "monthly.yml")
    triggers = monthly["on"]
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
