"""scripts/stale.py and scripts/monthly_check.py, without the internet.

A tiny built site links to a working and a broken address served on 127.0.0.1, a tiny docs folder
has a page checked long ago and a fresh one, and a stand-in for GitHub's REST API on 127.0.0.1
keeps the issues in memory. lychee itself runs (the pinned binary of requirements-dev.txt).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import monthly_check
import pytest
from _changes import When
from monthly_check import LABEL, TITLE, GitHub, Link, Links, classify, issue_text, sync_issue
from stale import age_in_months, passed_end_dates, stale_pages, text_report

TODAY = date(2026, 12, 6)
OLD = """---
topic: old
checked: 2026-04
changes:
  - date: 2025-08-04
    service: Amazon SQS
    change: 메시지 최대 크기가 1 MiB로 늘었습니다.
    section: size
    source: https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/
other_dates:
  - date: 2026-08-05
    kind: end-of-support
    section: size
---
# 오래된 주제

요약입니다.

## 크기 {#size}

2025년 8월부터 1 MiB입니다. 2026년 8월 5일에 지원이 끝납니다.
"""
FRESH = "---\ntopic: fresh\nchecked: 2026-11\n---\n# 새 주제\n\n요약입니다.\n"


@pytest.fixture()
def docs(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    (root / "basics").mkdir(parents=True)
    (root / "basics" / "old.md").write_text(OLD, encoding="utf-8")
    (root / "basics" / "fresh.md").write_text(FRESH, encoding="utf-8")
    (root / "index.md").write_text("# 홈\n\n홈입니다.\n", encoding="utf-8")  # no checked month needed
    return root


def test_stale_lists_pages_past_six_months_with_their_changes(docs: Path) -> None:
    stale = stale_pages(docs, TODAY)
    assert [(page.src, page.checked, page.age) for page in stale] == [("basics/old.md", When(2026, 4), 8)]
    assert [change.when for change in stale[0].changes] == [When(2025, 8, 4)]
    passed = passed_end_dates(docs, TODAY)
    assert [(item.src, item.other.when) for item in passed] == [("basics/old.md", When(2026, 8, 5))]
    report = text_report(stale, passed, TODAY)
    assert "docs/basics/old.md (오래된 주제): checked 2026-04, 8 months ago" in report
    assert "2025-08-04  Amazon SQS: 메시지 최대 크기가 1 MiB로 늘었습니다." in report
    assert "fresh" not in report


def test_six_calendar_months_is_not_yet_stale(docs: Path) -> None:
    assert age_in_months(When(2026, 6), TODAY) == 6
    assert stale_pages(docs, date(2026, 10, 31)) == []


# --- Links: lychee against 127.0.0.1 --------------------------------------------------------------

@pytest.fixture()
def served(tmp_path: Path) -> Iterator[str]:
    """'ok.html' answers 200, 'gone.html' 404, 'moved' redirects to 'ok.html'."""
    root = tmp_path / "served"
    root.mkdir()
    (root / "ok.html").write_text("<p>ok</p>", encoding="utf-8")

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(root), **kwargs)

        def do_GET(self) -> None:
            if self.path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/ok.html")
                self.end_headers()
                return
            super().do_GET()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _site(tmp_path: Path, base: str) -> Path:
    site = tmp_path / "site"
    page = site / "basics" / "old"
    page.mkdir(parents=True)
    (site / "index.html").write_text('<link rel="canonical" href="https://example.org/notes/">'
                                     '<a href="https://example.org/notes/basics/old/">own page</a>', encoding="utf-8")
    (page / "index.html").write_text(
        f'<a href="{base}/ok.html">ok</a> <a href="{base}/gone.html">gone</a> <a href="{base}/moved">moved</a> '
        '<a href="https://github.com/example/notes/edit/main/docs/basics/old.md">edit</a> <a href="../../">home</a>',
        encoding="utf-8")
    return site


def test_check_finds_the_broken_link_and_the_old_page(tmp_path: Path, served: str, docs: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    site, out = _site(tmp_path, served), tmp_path / "report"
    assert monthly_check.check(site, docs, out, TODAY, 6) is True
    title, _, body = (out / "issue.md").read_text(encoding="utf-8").partition("\n")
    assert title == TITLE
    assert f"| {served}/gone.html | 404 Not Found | [basics/old/](https://example.org/notes/basics/old/) |" in body
    assert f"{served}/ok.html |" not in body, "a working link is not listed"
    assert f"- {served}/moved → {served}/ok.html" in body, "a redirect is listed as moved, not broken"
    assert "github.com" not in body and "example.org/notes/basics/old/)" in body  # excluded, yet pages are linked
    assert "- **docs/basics/old.md** (오래된 주제): checked 2026-04, 8 months ago" in body
    assert "fresh.md" not in body
    assert ("**Needs attention:** 1 broken link · 1 page last checked more than 6 months ago · "
            "1 announced end date now passed.") in body
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["attention"] is True
    assert (out / ".lycheecache").is_file(), "lychee keeps its cache where the workflow caches it"
    assert "### Broken links (1)" in capsys.readouterr().out


def test_lychee_answers_are_sorted_into_broken_unchecked_and_moved(tmp_path: Path) -> None:
    site = tmp_path / "site"
    page = str(site / "a" / "index.html")
    report = {"successful": 1, "errors": 5, "timeouts": 1, "error_map": {page: [
        {"url": "https://x.test/404", "status": {"text": "Rejected status code: 404 Not Found", "code": 404}},
        {"url": "https://x.test/400", "status": {"text": "Rejected status code: 400 Bad Request", "code": 400}},
        {"url": "https://x.test/429", "status": {"text": "Rejected status code: 429 Too Many Requests", "code": 429}},
        {"url": "https://x.test/503", "status": {"text": "Rejected status code: 503 Service Unavailable",
                                                 "code": 503}},
        {"url": "https://x.test/dns", "status": {"text": "Network error: dns error"}}]},
        "timeout_map": {page: [{"url": "https://x.test/slow", "status": {"text": "Timeout"}}]},
        "success_map": {page: [{"url": "https://x.test/dir", "status": {"code": 200},
                                "redirects": {"redirects": [{"url": "https://x.test/dir/", "code": 301}]}}]}}
    links = classify(report, site)
    assert [link.url for link in links.broken] == ["https://x.test/400", "https://x.test/404"]
    assert [link.url for link in links.unchecked] == ["https://x.test/429", "https://x.test/503",
                                                      "https://x.test/dns", "https://x.test/slow"]
    assert links.moved == [], "only a slash added: the same page"
    assert links.broken[1] == Link("https://x.test/404", "404 Not Found", ["a/"])
    assert links.checked == 7


def test_an_all_clear_report_says_so(docs: Path) -> None:
    title, body, attention = issue_text(Links(checked=520), [], [], TODAY, "https://example.org/notes/", 6)
    assert (title, attention) == (TITLE, False)
    assert "**All clear:** 0 broken links · 0 pages last checked more than 6 months ago" in body
    assert "###" not in body


# --- The one issue: a stand-in for GitHub's API on 127.0.0.1 -----------------------------------------

class FakeGitHub:
    def __init__(self) -> None:
        self.issues: list[dict] = []
        self.labels: set[str] = set()
        self.calls: list[tuple[str, str]] = []


@pytest.fixture()
def github() -> Iterator[tuple[FakeGitHub, GitHub]]:
    state = FakeGitHub()

    class Handler(BaseHTTPRequestHandler):
        def _reply(self, code: int, payload: object = None) -> None:
            body = json.dumps(payload).encode() if payload is not None else b""
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _read(self) -> dict:
            return json.loads(self.rfile.read(int(self.headers["Content-Length"])))

        def _route(self, method: str) -> None:
            assert self.headers["Authorization"] == "Bearer test-token"
            url = urlsplit(self.path)
            state.calls.append((method, url.path))
            path = url.path.removeprefix("/repos/example/notes")
            if method == "GET" and path.startswith("/labels/"):
                return self._reply(200 if path.split("/")[-1] in state.labels else 404, {})
            if method == "POST" and path == "/labels":
                state.labels.add(self._read()["name"])
                return self._reply(201, {})
            if method == "GET" and path == "/issues":
                wanted = parse_qs(url.query).get("labels", [None])[0]
                found = [i for i in state.issues if wanted is None or wanted in i["labels"]]
                return self._reply(200, sorted(found, key=lambda i: -i["number"]))
            if method == "POST" and path == "/issues":
                data = self._read()
                issue = {"number": len(state.issues) + 1, "state": "open", **data}
                state.issues.append(issue)
                return self._reply(201, issue)
            if method == "PATCH" and path.startswith("/issues/"):
                issue = state.issues[int(path.split("/")[-1]) - 1]
                issue.update(self._read())
                return self._reply(200, issue)
            return self._reply(404, {})

        def do_GET(self) -> None:
            self._route("GET")

        def do_POST(self) -> None:
            self._route("POST")

        def do_PATCH(self) -> None:
            self._route("PATCH")

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield state, GitHub(f"http://127.0.0.1:{server.server_address[1]}", "example/notes", "test-token")
    server.shutdown()


def test_one_issue_is_opened_updated_closed_and_reopened(github: tuple[FakeGitHub, GitHub]) -> None:
    state, api = github
    assert sync_issue(api, TITLE, "first run", True) == "opened issue #1"
    assert state.labels == {LABEL} and state.issues[0]["labels"] == [LABEL]
    assert sync_issue(api, TITLE, "second run", True) == "updated issue #1"
    assert sync_issue(api, TITLE, "all clear", False) == "closed issue #1: all clear"
    assert state.issues[0]["state"] == "closed" and state.issues[0]["body"] == "all clear"
    assert sync_issue(api, TITLE, "still clear", False) == "nothing to report; issue #1 stays closed"
    assert sync_issue(api, TITLE, "broken again", True) == "reopened issue #1"
    assert [issue["number"] for issue in state.issues] == [1], "one issue, not one per run"
    assert state.issues[0]["body"] == "broken again" and state.issues[0]["state"] == "open"
    assert ("POST", "/repos/example/notes/issues") in state.calls


def test_an_all_clear_first_run_opens_nothing(github: tuple[FakeGitHub, GitHub]) -> None:
    state, api = github
    assert sync_issue(api, TITLE, "all clear", False) == "nothing to report and no issue to update"
    assert state.issues == []


def test_the_issue_step_reads_what_the_check_step_wrote(github: tuple[FakeGitHub, GitHub], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    state, api = github
    (tmp_path / "issue.md").write_text(f"{TITLE}\nThe body.\n", encoding="utf-8")
    (tmp_path / "summary.json").write_text('{"attention": true}', encoding="utf-8")
    monkeypatch.setenv("GITHUB_TOKEN", "test-token")
    assert monthly_check.main(["issue", "--report", str(tmp_path), "--repo", "example/notes",
                               "--api-url", api.api]) == 0
    assert state.issues[0]["title"] == TITLE and state.issues[0]["body"] == "The body.\n"
