"""hooks/search.py: a light index loaded on first use, synonyms from the glossary and a list."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import BuiltSite
from hooksite import FixtureSite
from search import (
    CELL_GAP,
    ROW_END,
    ROW_START,
    glossary_groups,
    merge_groups,
    parse_synonyms,
    plain,
    point_at_wrapper,
    rows_for_index,
    without_row_marks,
)


def test_a_synonyms_line_without_a_synonym_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("includes/synonyms.txt", "# 주석\nLambda | 람다\n클라우드워치\n")
    assert site.build() == [
        "includes/synonyms.txt:3: '클라우드워치' has no synonym — add one with ' | ' or delete the line",
    ]


def test_an_empty_synonym_fails() -> None:
    assert parse_synonyms("Lambda | | 람다\n") == (
        [], [(1, "empty term — write 'term | other term', one '|' between two terms")])


def test_glossary_rows_become_groups() -> None:
    text = ("## 한국어 용어와 영어 이름 {#terms}\n\n| 이 사이트의 용어 | 영어 | 피하는 표현 |\n|---|---|---|\n"
            "| 가용 영역 | Availability Zone | 가용 존, 가용영역 |\n| 계층 | layer (Lambda) |  |\n"
            "| 인스턴스 | instance | 서버(EC2를 가리킬 때) |\n")
    assert glossary_groups(text) == [
        ["가용 영역", "Availability Zone", "가용 존", "가용영역"], ["계층", "layer"], ["인스턴스", "instance"]]


def test_groups_sharing_a_term_are_merged_ignoring_spacing() -> None:
    merged = merge_groups([["오토 스케일링", "Auto Scaling"], ["오토스케일링", "자동 조정"], ["람다", "Lambda"]])
    assert merged == [["오토 스케일링", "Auto Scaling", "자동 조정"], ["람다", "Lambda"]]
    # the first spelling stays: the site's term with its spaces, which is how the pages are indexed
    assert merge_groups([["가용 영역", "AZ", "가용영역"]]) == [["가용 영역", "AZ"]]


def test_index_text_keeps_only_paragraphs_and_stays_escaped() -> None:
    assert plain("<p>키는 <code>a&lt;b</code>\n입니다</p><ul><li>하나</li></ul>") == "<p>키는 a&lt;b 입니다</p> 하나"


def test_the_worker_setting_points_at_the_wrapper() -> None:
    page = ('<script id="__config" type="application/json">'
            '{"search": "../assets/javascripts/workers/search.a7633da7.min.js", "x": 1}</script>')
    rewritten, material = point_at_wrapper(page)
    assert material == "search.a7633da7.min.js"
    assert '"search": "../assets/javascripts/workers/search-ko.js"' in rewritten
    assert point_at_wrapper("<html></html>") == ("<html></html>", None)


def test_diagrams_stay_on_the_page(site: BuiltSite) -> None:
    html = site.page("messaging/sqs/")
    assert '<div class="diagram"' in html and "data-search-exclude" not in html


def test_every_page_fetches_only_a_small_index(site: BuiltSite) -> None:
    stub = (site.root / "search" / "search_index.json").read_text(encoding="utf-8")
    assert len(stub.encode()) < 1024, "the index every page fetches should hold only the config"
    config = json.loads(stub)["config"]
    assert (site.root / "assets" / "javascripts" / "workers" / config["worker"]).is_file()
    assert (site.root / "assets" / "javascripts" / "workers" / "search-ko.js").is_file()
    for url, html in site.pages().items():
        assert re.search(r'"search": "[^"]*workers/search-ko\.js"', html), url
    assert '"search": "/aws-note/assets/javascripts/workers/search-ko.js"' in (site.root / "404.html").read_text(
        encoding="utf-8")


def test_documents_are_utf8_without_markup(site: BuiltSite) -> None:
    raw = (site.root / "search" / "search_docs.json").read_text(encoding="utf-8")
    assert "\\u" not in raw and "고정 세션" in raw
    assert not re.search(r"<(code|li|ul|ol|pre|svg|span)\b", raw)
    assert "대기열생산자" not in raw, "diagram labels (SQS page) are not indexed"
    payload = json.loads(raw)
    sections = {doc["location"]: doc for doc in payload["docs"]}
    assert sections["compute/load-balancing/#sticky-sessions"]["title"] == "고정 세션"
    assert sections["compute/ec2/#self-check"]["boost"] < 1
    groups = {term: group for group in payload["synonyms"] for term in group}
    assert "Lambda" in groups["람다"]                       # includes/synonyms.txt
    assert "가용 영역" in groups["가용 존"]                   # glossary: spelling to avoid


def test_table_rows_are_marked_for_the_index_and_unmarked_for_the_page() -> None:
    table = ('<table class="data-table">\n<tr><th>항목</th><th>SQS</th></tr>\n'
             '<tr><td>보관</td>\n<td>14일</td></tr></table>')
    marked = rows_for_index(table)
    assert marked.count(ROW_START) == marked.count(ROW_END) == 2 and marked.count(CELL_GAP) == 2
    assert without_row_marks(marked) == table


def test_built_search_previews_show_a_table_row_per_line(site: BuiltSite) -> None:
    # The review's example: the Lambda-in-VPC table was one run of words in its search preview.
    docs = json.loads((site.root / "search" / "search_docs.json").read_text(encoding="utf-8"))["docs"]
    section = next(doc for doc in docs if doc["location"] == "networking/vpc/#lambda-in-vpc")
    assert "<p>항목 · VPC에 연결하지 않음(기본) · 내 VPC에 연결</p>" in section["text"]
    for url, html in site.pages().items():
        assert "search-row" not in html and "search-gap" not in html, url
