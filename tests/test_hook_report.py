"""hooks/report.py and the issue form: every page offers a 오류 제보 link to the repository's form."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml
from conftest import ROOT
from hooksite import FixtureSite
from report import TEMPLATE, report_url

FORM = ROOT / ".github" / "ISSUE_TEMPLATE" / TEMPLATE
BIN = Path(sys.executable).parent


def _report_link(html: str) -> str:
    start = html.index('<a class="page-report" href="') + len('<a class="page-report" href="')
    return html[start : html.index('"', start)].replace("&amp;", "&")


def test_every_page_links_to_the_form_with_its_address_and_title(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    assert site.build_all() == []
    for url, title in (("basics/topic/", "주제"), ("", "홈"), ("glossary/", "용어집")):
        html = (site.root / "site" / url / "index.html").read_text(encoding="utf-8")
        link = urlsplit(_report_link(html))
        assert (link.scheme, link.netloc, link.path) == ("https", "github.com", "/example/fixture/issues/new")
        assert parse_qs(link.query) == {"template": [TEMPLATE], "title": [f"[오류 제보] {title}"],
                                        "page": [f"https://example.org/fixture/{url}"]}


def test_the_link_joins_the_checked_line_or_makes_its_own(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.build_all()
    topic = (site.root / "site" / "basics" / "topic" / "index.html").read_text(encoding="utf-8")
    home = (site.root / "site" / "index.html").read_text(encoding="utf-8")
    home = home.replace(' data-search-exclude="page-meta"', "")  # Material's search removes it; no search here
    assert '확인</span><a class="page-report"' in topic
    assert '</h1><div class="page-meta"><a class="page-report"' in home
    assert ">오류 제보</a></div>" in home


def test_a_site_without_a_repository_address_is_told_so(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("mkdocs.yml", "repo_url: https://github.com/example/fixture\n", "")
    assert site.build() == [
        "mkdocs.yml: repo_url is not set — the 오류 제보 link opens the repository's issue form, so set "
        "repo_url: https://github.com/<owner>/<repo>",
    ]


def test_report_url_keeps_korean_and_slashes_readable_to_github() -> None:
    url = report_url("https://github.com/o/r/", "https://o.github.io/r/messaging/sqs/", "Amazon SQS")
    assert url.startswith("https://github.com/o/r/issues/new?template=fact-report.yml&")
    assert parse_qs(urlsplit(url).query)["page"] == ["https://o.github.io/r/messaging/sqs/"]


def test_the_issue_form_is_valid_and_asks_for_the_aws_source() -> None:
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-issue-forms",
                             str(FORM)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    form = yaml.safe_load(FORM.read_text(encoding="utf-8"))
    fields = {item["id"]: item for item in form["body"] if "id" in item}
    assert {"page", "section"} <= set(fields), "the link fills these by id"
    assert fields["source"]["validations"]["required"] is True
    assert "AWS" in fields["source"]["attributes"]["label"]
