"""Study tools and the practice pages, as built: the practice pages (the notes' days, then 시험 대비)
hold exactly the site's self-check questions, and a tool's script is on its own pages and nowhere else."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT, BuiltSite, built_url

PRACTICE_PAGES = ("practice.md", "practice-exam.md")  # the notes' two days, then 시험 대비
TOOLS = {  # tool name → the pages that carry it
    "ddb-capacity": ("database/dynamodb/capacity.md",),
    "sqs-lambda-timeouts": ("messaging/sqs.md",),
    "iam-eval": ("security/iam.md",),
    "practice": PRACTICE_PAGES,
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


def test_practice_pages_list_exactly_the_self_check_questions_of_the_site(site: BuiltSite) -> None:
    expected: list[tuple[str, str]] = []
    for source in nav_pages():
        if source not in PRACTICE_PAGES:
            questions = self_check_questions(site.page_for_source(source))
            expected += [(built_url(source), _plain(question)) for question in questions]
    listed: list[tuple[str, str]] = []
    for source in PRACTICE_PAGES:  # each page lists its sections in nav order, the days first
        practice = site.page(built_url(source))
        items = re.findall(r'<div class="practice-item"(.*?)</details>', practice, re.S)
        listed += [(re.search(r'href="\.\./([^"#]*)#self-check"', item).group(1),
                    _plain(_QUESTION.search(item).group(1))) for item in items]
        assert practice.count('<details class="question">') == len(items) > 0
        assert f'data-count="{len(items)}"' in practice
    assert len(expected) > 150
    assert listed == expected


def test_practice_page_is_in_the_nav_and_linked_from_home(site: BuiltSite) -> None:
    assert "practice.md" in nav_pages()
    assert 'href="practice/"' in site.page("")


def test_each_tool_script_is_on_its_page_and_nowhere_else(site: BuiltSite) -> None:
    pages = site.pages()
    for url, html in pages.items():
        expected = sorted(name for name, sources in TOOLS.items() if url in map(built_url, sources))
        assert sorted(_SCRIPT.findall(html)) == expected, url
        for name in expected:
            assert f'data-tool="{name}"' in html


def test_tool_pages_link_the_tools_from_home(site: BuiltSite) -> None:
    home = site.page("")
    for anchor in ("database/dynamodb/capacity/#worked-examples", "messaging/sqs/#lambda-visibility-rules",
                   "security/iam/#policy-evaluation"):
        assert f'href="{anchor}"' in home
