"""The DVA-C02 exam guide data and the exam map, as built: the guide's shape, our own words, and a
map whose coverage figures are the ones the pages' tags give."""

from __future__ import annotations

import re

import pytest
from _exam import DATA, load_guide, page_tags
from conftest import ROOT, BuiltSite
from test_tools import nav_pages

GUIDE, PROBLEMS = load_guide(ROOT)
# (knowledge, skills) per task statement, as counted in the guide's domain pages (guide 2.1, read 2026-12-06)
GUIDE_SHAPE = {
    "1.1": (6, 6), "1.2": (6, 5), "1.3": (10, 4),
    "2.1": (9, 6), "2.2": (5, 4), "2.3": (4, 3),
    "3.1": (4, 4), "3.2": (3, 4), "3.3": (3, 5), "3.4": (8, 8),
    "4.1": (7, 6), "4.2": (4, 5), "4.3": (3, 4),
}
_HANGUL = re.compile(r"[가-힣]")


def test_the_guide_data_is_well_formed() -> None:
    assert PROBLEMS == []
    assert GUIDE is not None and GUIDE.exam == "DVA-C02" and GUIDE.version == "2.1"
    assert [(domain.id, domain.weight) for domain in GUIDE.domains] == [("1", 32), ("2", 26), ("3", 24), ("4", 18)]


def test_the_guide_data_has_every_task_and_item_of_the_guide() -> None:
    shape = {task.id: (sum(not item.is_skill for item in task.items), sum(item.is_skill for item in task.items))
             for task in GUIDE.tasks().values()}
    assert shape == GUIDE_SHAPE
    assert len(GUIDE.items()) == 136


@pytest.mark.parametrize("item", list(GUIDE.items().values()) if GUIDE else [], ids=lambda item: item.id)
def test_each_item_is_in_our_words_and_links_aws_documentation(item: object) -> None:
    assert _HANGUL.search(item.text), f"{item.id} is not written in Korean"
    assert item.docs_url.startswith("https://docs.aws.amazon.com/")
    assert item.docs_title


def taught_items() -> dict[str, set[str]]:
    """domain → the item ids some page's sections are tagged with."""
    found: dict[str, set[str]] = {}
    for source in nav_pages():
        tags, problems = page_tags((ROOT / "docs" / source).read_text(encoding="utf-8"))
        assert problems == [], source
        for tag in tags:
            if tag.exam_id in GUIDE.items():
                found.setdefault(tag.exam_id.split(".")[0], set()).add(tag.exam_id)
    return found


def test_the_map_shows_the_coverage_the_tags_give(site: BuiltSite) -> None:
    html = site.page("dva-c02/")
    taught = taught_items()
    for domain in GUIDE.domains:
        done, total = len(taught.get(domain.id, set())), len(domain.items)
        assert f"비중 {domain.weight}%, 항목 {total}개 중 {done}개({round(100 * done / total)}%)" in html
    assert sum(len(ids) for ids in taught.values()) >= 68  # what the pages taught when the map was made


def test_the_map_lists_every_item_with_sections_or_a_plain_gap(site: BuiltSite) -> None:
    html = site.page("dva-c02/")
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    assert "<table" not in article  # nested lists keep each item's label on a 390 px phone
    taught = set().union(*taught_items().values())
    for item_id, item in GUIDE.items().items():
        entry = article.split(f"<strong>{item_id}</strong>", 1)[1].split("<strong>", 1)[0]
        if item_id in taught:
            assert "아직 다루지 않습니다" not in entry and "#" in entry, item_id
        else:
            assert f'아직 다루지 않습니다. AWS 문서: <a href="{item.docs_url}">' in entry, item_id
    assert f"{GUIDE.version}판을 따릅니다" in article and f'href="{GUIDE.url}"' in article


def test_the_map_is_in_the_nav_and_linked_from_home(site: BuiltSite) -> None:
    assert "dva-c02.md" in nav_pages()
    assert 'href="dva-c02/"' in site.page("")
    assert (ROOT / DATA).is_file()
