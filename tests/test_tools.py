"""Study tools and the practice page, as built: the practice page holds exactly the site's
self-check questions, and a tool's script is on its own page and nowhere else."""

from __future__ import annotations

import json
import re

import yaml
from conftest import ROOT, BuiltSite, built_url

TOOLS = {  # tool name → the page that carries it
    "ddb-capacity": "database/dynamodb/capacity.md",
    "sqs-lambda-timeouts": "messaging/sqs.md",
    "iam-eval": "security/iam.md",
    "practice": "practice.md",
}
_QUESTION = re.compile(r'<details class="question">\s*<summary>(.*?)</summary>', re.S)
_SCRIPT = re.compile(r'<script src="[^"]*assets/javascripts/tools/([a-z-]+)\.js" defer></script>')


def nav_pages() -> list[str]:
    """Every page of the nav, in nav order."""
    def walk(items: list[object]) -> list[str]:
        found: list[str] = []
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            found += walk(value) if isinstance(value, list) else [value]
        return found

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV and python tags: not needed here
    return walk(yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["nav"])


def self_check_questions(html: str) -> list[str]:
    """The summaries of the question boxes between the self-check and references headings."""
    if 'id="self-check"' not in html:
        return []
    section = html.split('id="self-check"', 1)[1].split('id="references"', 1)[0]
    return _QUESTION.findall(section)


def _plain(question: str) -> str:
    """A question's text without abbreviation markup, which hooks/abbreviations.py puts only on a
    term's first use in a section, so the same question is marked differently on two pages."""
    return re.sub(r"</?abbr\b[^>]*>", "", question)


def test_practice_data_holds_exactly_the_self_check_questions_of_the_site(site: BuiltSite) -> None:
    expected: list[tuple[str, str]] = []
    pages_with_questions: list[str] = []
    for source in nav_pages():
        if source != "practice.md":
            questions = self_check_questions(site.page_for_source(source))
            expected += [(built_url(source), _plain(question)) for question in questions]
            pages_with_questions += [built_url(source)] if questions else []
    data = json.loads((site.root / "practice" / "questions.json").read_text(encoding="utf-8"))["questions"]
    listed = [(q["url"].removeprefix("../").removesuffix("#self-check"), _plain(q["q"])) for q in data]
    assert len(expected) > 150
    assert listed == expected
    assert all(q["a"].strip() for q in data), "every question has its answer"
    practice = site.page("practice/")
    assert f'data-count="{len(expected)}"' in practice
    assert practice.count('<details class="question">') == 1  # the first question; the rest are fetched
    # every page with questions is linked for readers without JavaScript, in nav order
    assert re.findall(r'<li><a href="\.\./([^"#]*)#self-check">', practice) == pages_with_questions


def test_practice_questions_belong_to_the_domains_their_page_teaches(site: BuiltSite) -> None:
    data = json.loads((site.root / "practice" / "questions.json").read_text(encoding="utf-8"))["questions"]
    lambda_questions = [q for q in data if q["url"] == "../serverless/lambda/#self-check"]
    assert lambda_questions and all(q["domains"] == ["1", "3", "4"] for q in lambda_questions)
    assert {domain for q in data for domain in q["domains"]} == {"1", "2", "3", "4"}


def test_practice_page_is_in_the_nav_and_linked_from_home(site: BuiltSite) -> None:
    assert "practice.md" in nav_pages()
    assert 'href="practice/"' in site.page("")


def test_practice_page_is_found_by_its_summary_alone(site: BuiltSite) -> None:
    # "연습 문제" found the home page: the page was out of search. Its summary is in now; its 180
    # questions stay out (they are the topic pages' own), and so do its buttons and filters.
    docs = json.loads((site.root / "search" / "search_docs.json").read_text(encoding="utf-8"))["docs"]
    practice = [doc for doc in docs if doc["location"].startswith("practice/")]
    assert [doc["title"] for doc in practice] == ["연습 문제"]
    first_question = _QUESTION.search(site.page("practice/")).group(1)
    assert "모든 주제 페이지 끝의" in practice[0]["text"]
    assert first_question not in practice[0]["text"] and "순서 섞기" not in practice[0]["text"]


def test_each_tool_script_is_on_its_page_and_nowhere_else(site: BuiltSite) -> None:
    pages = site.pages()
    for url, html in pages.items():
        expected = sorted(name for name, source in TOOLS.items() if built_url(source) == url)
        assert sorted(_SCRIPT.findall(html)) == expected, url
        for name in expected:
            assert f'data-tool="{name}"' in html


# tool name → the id of the section that holds it (its heading is in the TOC and in search)
SECTIONS = {"ddb-capacity": "capacity-calculator", "sqs-lambda-timeouts": "timeout-checker",
            "iam-eval": "policy-evaluator"}


def test_tool_pages_link_the_tools_from_home(site: BuiltSite) -> None:
    home = site.page("")
    for name, section in SECTIONS.items():
        assert f'href="{built_url(TOOLS[name])}#{section}"' in home


def test_each_tool_has_its_own_section_in_the_table_of_contents(site: BuiltSite) -> None:
    for name, section in SECTIONS.items():
        html = site.page_for_source(TOOLS[name])
        toc = html.split('class="md-nav md-nav--secondary"', 1)[1].split('class="md-content"', 1)[0]
        assert f'href="#{section}"' in toc, name
        # the heading comes right before the tool: nothing but its no-JavaScript note between them
        between = re.search(rf'<h[2-4] id="{section}".*?</h[2-4]>(.*?)<form data-tool="{name}"', html, re.S)
        assert between and re.fullmatch(r'\s*<p class="tool__nojs">[^<]*</p>\s*', between.group(1)), name


def test_no_link_on_the_site_points_at_a_tool_by_its_old_neighbouring_section(site: BuiltSite) -> None:
    # Links named after a tool used to land 1,300-2,700 px above it, on the section before it.
    named = re.compile(r'<a href="[^"]*#(worked-examples|lambda-visibility-rules|policy-evaluation)"[^>]*>'
                       r'[^<]*(계산기|점검기|평가기)')
    assert {url: named.findall(html) for url, html in site.pages().items() if named.search(html)} == {}
