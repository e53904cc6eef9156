"""The monthly check: the built site's external links and the age of its facts, in one GitHub issue.

.github/workflows/monthly.yml runs this once a month (and on demand) in two steps, in two jobs,
so that the job that reads the internet holds no write token:

  check --site site --out report     lychee over every page's external links (settings in
                                     lychee.toml), plus scripts/stale.py's pages and dates;
                                     writes report/issue.md (title on its first line) and
                                     report/summary.json
  issue --report report --repo o/r   opens the one issue labelled monthly-check, or updates it,
                                     reopens it, or closes it when nothing is left to do

What counts as broken: an address that answers 404 or 410, or another 4xx that is not about
access or pace (401, 403, 408, 429), after lychee's retries. A redirect is not broken: AWS moves
documentation pages and keeps the old address working, so redirects are listed separately for
whoever wants to update them. Blocked, rate-limited, timed-out and 5xx answers are listed as
"could not check": a second run usually passes, and a real outage shows up again next month.
Only broken links, pages past six months and passed end dates keep the issue open.

Both steps run locally without the internet: tests/test_monthly_check.py serves working and
broken links on 127.0.0.1 and answers as GitHub's API would.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from stale import Passed, StalePage

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "lychee.toml"
TITLE = "Monthly check: external links and the age of the facts"
LABEL = "monthly-check"
LABEL_COLOR = "0e8a16"
MARK = "<!-- monthly-check: written by scripts/monthly_check.py; the next run replaces this text -->"
BROKEN = {404, 410}
NOT_ABOUT_THE_PAGE = {401, 403, 408, 429}  # access or pace: the page may well be there


@dataclass(frozen=True)
class Link:
    url: str
    answer: str  # '404 Not Found', lychee's words for a network error, 'timed out'
    pages: list[str]  # site URLs of the pages that carry it ('messaging/sqs/')


@dataclass
class Links:
    checked: int = 0
    broken: list[Link] = field(default_factory=list)
    unchecked: list[Link] = field(default_factory=list)
    moved: list[Link] = field(default_factory=list)  # answer: the address it ends at


# --- Links -----------------------------------------------------------------------------------

def lychee() -> str:
    """The pinned lychee of this virtual environment (requirements-dev.txt), else one on PATH."""
    own = Path(sys.executable).parent / "lychee"
    found = str(own) if own.is_file() else shutil.which("lychee")
    if not found:
        raise SystemExit("lychee is not installed: run `make test` once, or pip install -r requirements-dev.txt")
    return found


def run_lychee(site: Path, excludes: list[str], workdir: Path, config: Path = CONFIG) -> dict:
    """lychee's JSON report on every page of the built site (404.html's root-relative links aside).

    Runs in ``workdir``, where lychee keeps its cache (.lycheecache) between runs.
    """
    output = workdir / "lychee.json"
    command = [lychee(), "--config", str(config), "--format", "json", "--output", str(output), "--verbose",
               "--no-progress", *(f"--exclude={pattern}" for pattern in excludes), "--",
               str(site.resolve() / "**" / "index.html")]
    result = subprocess.run(command, cwd=workdir, capture_output=True, text=True)
    if result.returncode not in (0, 2):  # 2: some links failed, which is what the report is for
        raise SystemExit(f"lychee failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return json.loads(output.read_text(encoding="utf-8"))


def page_url(site: Path, input_path: str) -> str:
    """'/…/site/messaging/sqs/index.html' → 'messaging/sqs/'."""
    relative = Path(input_path).resolve().relative_to(site.resolve()).as_posix()
    return relative.removesuffix("index.html")


def _answer(status: dict) -> tuple[int | None, str]:
    code = status.get("code")
    text = str(status.get("text", "")).removeprefix("Rejected status code: ")
    return (int(code) if code is not None else None), text


def classify(report: dict, site: Path) -> Links:
    """Sort lychee's findings into broken, could not check, and moved; one entry per address."""
    seen: dict[str, tuple[str, str, list[str]]] = {}  # url → (kind, answer, pages)

    def note(kind: str, url: str, answer: str, page: str) -> None:
        entry = seen.setdefault(url, (kind, answer, []))
        if page not in entry[2]:
            entry[2].append(page)

    for input_path, items in report.get("error_map", {}).items():
        for item in items:
            code, text = _answer(item.get("status", {}))
            broken = code in BROKEN or (code is not None and 400 <= code < 500 and code not in NOT_ABOUT_THE_PAGE)
            note("broken" if broken else "unchecked", item["url"], text, page_url(site, input_path))
    for input_path, items in report.get("timeout_map", {}).items():
        for item in items:
            note("unchecked", item["url"], "timed out", page_url(site, input_path))
    for input_path, items in report.get("success_map", {}).items():
        for item in items:
            hops = (item.get("redirects") or {}).get("redirects") or []
            if hops and _differs(item["url"], hops[-1]["url"]):
                note("moved", item["url"], hops[-1]["url"], page_url(site, input_path))
    links = Links(checked=sum(int(report.get(key, 0)) for key in ("successful", "errors", "timeouts")))
    for url, (kind, answer, pages) in sorted(seen.items()):
        getattr(links, kind).append(Link(url, answer, sorted(pages)))
    return links


def _differs(origin: str, final: str) -> bool:
    """A redirect to another page, not just to the same address with or without a final slash."""
    return origin.rstrip("/").lower() != final.rstrip("/").lower()


# --- The issue text ----------------------------------------------------------------------------

def _page_link(site_url: str, page: str) -> str:
    return f"[{page or 'home'}]({site_url}{page})"


def issue_text(links: Links, stale: list[StalePage], passed: list[Passed], today: date, site_url: str, months: int,
               run_url: str = "") -> tuple[str, str, bool]:
    """(title, body, needs attention) of the issue. English, like the repository's issues."""
    attention = bool(links.broken or stale or passed)
    counts = [f"{len(links.broken)} broken link{'s' * (len(links.broken) != 1)}",
              f"{len(stale)} page{'s' * (len(stale) != 1)} last checked more than {months} months ago",
              f"{len(passed)} announced end date{'s' * (len(passed) != 1)} now passed"]
    ran = f" ([workflow run]({run_url}))" if run_url else ""
    out = [MARK, "", f"Checked on {today.isoformat()}{ran}.", ""]
    out.append(("**Needs attention:** " if attention else "**All clear:** ") + " · ".join(counts) + ".")
    if links.broken:
        out += ["", f"### Broken links ({len(links.broken)})", "",
                "These addresses answer 404 or 410 (or another 4xx that is not about access or pace) after three "
                "retries. Find the page's new address on AWS, or cite another page, and fix the link in docs/.", "",
                "| Link | Answer | On pages |", "|---|---|---|"]
        out += [f"| {link.url} | {link.answer} | {', '.join(_page_link(site_url, p) for p in link.pages)} |"
                for link in links.broken]
    if stale:
        out += ["", f"### Pages last checked more than {months} months ago ({len(stale)})", "",
                "Compare each page with AWS's pages again, fix what moved, then set `checked:` in its front matter "
                "to the current month. Start with the dated changes listed under it: they are the facts known to "
                "move.", ""]
        for page in stale:
            when = f"checked {page.checked.iso()}, {page.age} months ago" if page.checked else "never checked"
            out.append(f"- **docs/{page.src}** ({page.title}): {when}")
            out += [f"  - {change.when.iso()} {change.service}: {change.change} ([source]({change.source}))"
                    for change in page.changes]
    if passed:
        out += ["", f"### Announced end dates now passed ({len(passed)})", "",
                "The page still speaks of these as the future. Say what happened; if AWS changed something, "
                "record it under `changes:`.", ""]
        out += [f"- docs/{item.src}#{item.other.section} ({item.title}): {item.other.when.iso()}, "
                f"{item.other.kind}" for item in passed]
    if links.unchecked:
        out += ["", f"### Links that could not be checked ({len(links.unchecked)})", "",
                "Blocked, rate-limited, timed out or a server error: usually passing. Open a link by hand if it "
                "shows up here again next month.", ""]
        out += [f"- {link.url}: {link.answer} (on {', '.join(link.pages)})" for link in links.unchecked]
    if links.moved:
        out += ["", "<details>", f"<summary>Links that redirect ({len(links.moved)}): they work; update them when "
                "convenient</summary>", ""]
        out += [f"- {link.url} → {link.answer}" for link in links.moved]
        out += ["", "</details>"]
    out += ["", f"{links.checked} external addresses checked with lychee (settings in `lychee.toml`); page ages "
            "from each page's `checked:` month (`make stale` lists them locally)."]
    return TITLE, "\n".join(out) + "\n", attention


# --- The issue on GitHub ---------------------------------------------------------------------------

class GitHub:
    """The few REST calls the monthly issue needs (urllib only: the issue job installs nothing)."""

    def __init__(self, api: str, repo: str, token: str) -> None:
        self.api, self.repo, self.token = api.rstrip("/"), repo, token

    def call(self, method: str, path: str, body: dict | None = None) -> object:
        request = urllib.request.Request(f"{self.api}/repos/{self.repo}{path}", method=method,
                                         data=json.dumps(body).encode() if body is not None else None)
        request.add_header("Accept", "application/vnd.github+json")
        request.add_header("X-GitHub-Api-Version", "2022-11-28")
        request.add_header("Authorization", f"Bearer {self.token}")
        if body is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
        return json.loads(raw) if raw else None

    def ensure_label(self) -> None:
        try:
            self.call("GET", f"/labels/{quote(LABEL)}")
        except urllib.error.HTTPError as error:
            if error.code != 404:
                raise
            self.call("POST", "/labels", {"name": LABEL, "color": LABEL_COLOR,
                                          "description": "The monthly link and fact-age check (one issue)"})

    def find_issue(self) -> dict | None:
        """The open issue of the check, else the last closed one; found by label, else by title."""
        issues = self.call("GET", f"/issues?labels={quote(LABEL)}&state=all&sort=created&direction=desc"
                                  "&per_page=100") or []
        issues = [issue for issue in issues if "pull_request" not in issue]
        if not issues:
            everything = self.call("GET", "/issues?state=all&sort=created&direction=desc&per_page=100") or []
            issues = [issue for issue in everything if issue.get("title") == TITLE and "pull_request" not in issue]
        return next((issue for issue in issues if issue["state"] == "open"), issues[0] if issues else None)


def sync_issue(github: GitHub, title: str, body: str, attention: bool) -> str:
    """Bring the one issue in line with this run; say what was done."""
    github.ensure_label()
    issue = github.find_issue()
    if issue is None:
        if not attention:
            return "nothing to report and no issue to update"
        created = github.call("POST", "/issues", {"title": title, "body": body, "labels": [LABEL]})
        return f"opened issue #{created['number']}"
    number = issue["number"]
    if attention:
        reopen = issue["state"] != "open"
        github.call("PATCH", f"/issues/{number}", {"title": title, "body": body, "state": "open",
                                                   "labels": [LABEL]})
        return f"{'reopened' if reopen else 'updated'} issue #{number}"
    if issue["state"] == "open":
        github.call("PATCH", f"/issues/{number}", {"title": title, "body": body, "state": "closed",
                                                   "state_reason": "completed"})
        return f"closed issue #{number}: all clear"
    return f"nothing to report; issue #{number} stays closed"


# --- Command line ----------------------------------------------------------------------------------

def _site_url(site: Path) -> str:
    """The published address of the built site, read from its home page's canonical link."""
    match = re.search(r'<link rel="canonical" href="([^"]+)"', (site / "index.html").read_text(encoding="utf-8"))
    return match.group(1) if match else ""


def check(site: Path, docs: Path, out: Path, today: date, months: int, config: Path = CONFIG) -> bool:
    from stale import passed_end_dates, stale_pages  # the hooks' readers: needs the site's packages

    out.mkdir(parents=True, exist_ok=True)
    site_url = _site_url(site)
    repo_url = os.environ.get("REPO_URL", "")
    # The site's own pages are checked by the build; per-page GitHub links (edit, view, the report
    # form) are generated, need a login or would spend GitHub's rate limit on nothing.
    excludes = [f"^{re.escape(site_url)}"] if site_url else []
    excludes.append(r"^https://github\.com/[^/]+/[^/]+/(edit|blob|raw|issues/new)")
    if repo_url:
        excludes.append(f"^{re.escape(repo_url)}")
    links = classify(run_lychee(site, excludes, out, config), site)
    stale, passed = stale_pages(docs, today, months), passed_end_dates(docs, today)
    run_url = ""
    if os.environ.get("GITHUB_RUN_ID"):
        run_url = (f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/"
                   f"{os.environ.get('GITHUB_REPOSITORY', '')}/actions/runs/{os.environ['GITHUB_RUN_ID']}")
    title, body, attention = issue_text(links, stale, passed, today, site_url, months, run_url)
    (out / "issue.md").write_text(f"{title}\n{body}", encoding="utf-8")
    (out / "summary.json").write_text(json.dumps({"attention": attention, "links": asdict(links)}, indent=1,
                                                 ensure_ascii=False), encoding="utf-8")
    print(body)
    return attention


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    first = steps.add_parser("check", help="check links and ages; write the issue text")
    first.add_argument("--site", type=Path, default=ROOT / "site")
    first.add_argument("--docs", type=Path, default=ROOT / "docs")
    first.add_argument("--out", type=Path, default=ROOT / "report")
    first.add_argument("--today", type=date.fromisoformat, default=date.today())
    first.add_argument("--months", type=int, default=6)
    second = steps.add_parser("issue", help="open, update, reopen or close the one issue")
    second.add_argument("--report", type=Path, default=ROOT / "report")
    second.add_argument("--repo", required=True, help="owner/name")
    second.add_argument("--api-url", default=os.environ.get("GITHUB_API_URL", "https://api.github.com"))
    args = parser.parse_args(argv)
    if args.step == "check":
        check(args.site, args.docs, args.out, args.today, args.months)
        return 0
    token = os.environ.get("GITHUB_TOKEN", "")
    if not token:
        raise SystemExit("GITHUB_TOKEN is not set: the issue step needs a token with issues: write")
    title, _, body = (args.report / "issue.md").read_text(encoding="utf-8").partition("\n")
    attention = json.loads((args.report / "summary.json").read_text(encoding="utf-8"))["attention"]
    print(sync_issue(GitHub(args.api_url, args.repo, token), title, body, attention))
    return 0


if __name__ == "__main__":
    sys.exit(main())
