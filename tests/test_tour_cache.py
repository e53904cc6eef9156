"""The page tour's readings are reused only while every input is what it was (tests/tour_cache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import tour_cache

BASE = "http://127.0.0.1:8123/aws-note/"


@pytest.mark.parametrize(("url", "name"), [
    (BASE, "index.html"),
    (f"{BASE}compute/ec2/", "compute/ec2/index.html"),
    (f"{BASE}compute/ec2/#instance-types", "compute/ec2/index.html"),
    (f"{BASE}assets/stylesheets/extra.css?v=3", "assets/stylesheets/extra.css"),
    (f"{BASE}%EC%9A%A9%EC%96%B4/", "용어/index.html"),
    ("http://127.0.0.1:8123/elsewhere.js", None),
    ("http://127.0.0.1:9999/aws-note/x.js", None),
    ("https://example.com/aws-note/x.js", None),
    ("data:image/png;base64,AAAA", None),
])
def test_an_address_names_the_file_the_server_sends(url: str, name: str | None) -> None:
    assert tour_cache.site_file(url, BASE) == name


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    for name, text in {"index.html": "home", "a/index.html": "page a", "404.html": "not found",
                       "assets/extra.css": "css"}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


OWN = {"": "index.html", "a/": "a/index.html", "no-such-page/": "404.html"}


def _saved(tree: Path) -> tour_cache.Saved:
    return tour_cache.Saved(
        tools="tools-1",
        shared={"assets/extra.css": tour_cache.file_hash(tree, "assets/extra.css"), "gone.js": tour_cache.MISSING},
        pages={page: {"html": tour_cache.file_hash(tree, own), "seen": {"page": page}} for page, own in OWN.items()})


def test_unchanged_pages_are_reused(tree: Path) -> None:
    assert set(tour_cache.reusable(_saved(tree), "tools-1", tree, list(OWN), OWN)) == set(OWN)


def test_a_changed_page_alone_is_walked_again(tree: Path) -> None:
    saved = _saved(tree)
    (tree / "a" / "index.html").write_text("page a, edited", encoding="utf-8")
    assert set(tour_cache.reusable(saved, "tools-1", tree, list(OWN), OWN)) == {"", "no-such-page/"}
    (tree / "404.html").write_text("not found, edited", encoding="utf-8")
    assert set(tour_cache.reusable(saved, "tools-1", tree, list(OWN), OWN)) == {""}


@pytest.mark.parametrize("change", ["stylesheet", "missing file appears", "tools", "new page"])
def test_a_change_every_page_shares_walks_every_page(tree: Path, change: str) -> None:
    saved = _saved(tree)
    tools, pages = "tools-1", list(OWN)
    if change == "stylesheet":
        (tree / "assets" / "extra.css").write_text("css, edited", encoding="utf-8")
    elif change == "missing file appears":
        (tree / "gone.js").write_text("now here", encoding="utf-8")
    elif change == "tools":
        tools = "tools-2"
    reused = tour_cache.reusable(saved, tools, tree, [*pages, "b/"] if change == "new page" else pages,
                                 {**OWN, "b/": "b/index.html"})
    if change == "new page":
        assert set(reused) == set(OWN), "a page with no saved readings is walked; the others are kept"
    else:
        assert reused == {}


class _Cache:
    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def get(self, key: str, default: object) -> object:
        return self.values.get(key, default)

    def set(self, key: str, value: object) -> None:
        self.values[key] = value


def test_ci_never_reads_the_cache(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _Cache()
    tour_cache.save(cache, _saved(tree))
    monkeypatch.setenv("CI", "false")
    assert tour_cache.load(cache) == _saved(tree)
    monkeypatch.setenv("CI", "true")
    assert tour_cache.load(cache) == tour_cache.Saved()
    assert tour_cache.load(None) == tour_cache.Saved()


def test_the_fingerprint_follows_every_module_the_tour_imports(tmp_path: Path) -> None:
    files = {
        tour_cache.TOUR: "import helper\nfrom browser import launch\nimport json\n",
        "tests/helper.py": "from deep import x\n",
        "hooks/deep.py": "x = 1\n",
        "scripts/browser.py": "def launch(): pass\n",
        "tests/unrelated.py": "y = 2\n",
        tour_cache.AXE: "axe",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert tour_cache.tour_code(tmp_path) == sorted([tour_cache.TOUR, "tests/helper.py", "hooks/deep.py",
                                                     "scripts/browser.py"])
    before = tour_cache.tools_fingerprint(tmp_path)
    (tmp_path / "tests/unrelated.py").write_text("y = 3\n", encoding="utf-8")
    assert tour_cache.tools_fingerprint(tmp_path) == before
    for name in ("hooks/deep.py", tour_cache.AXE):
        (tmp_path / name).write_text((tmp_path / name).read_text(encoding="utf-8") + " ", encoding="utf-8")
        assert tour_cache.tools_fingerprint(tmp_path) != before, name
        before = tour_cache.tools_fingerprint(tmp_path)


def test_the_real_tour_code_is_found() -> None:
    found = tour_cache.tour_code()
    assert {"tests/test_browser.py", "tests/reading.py", "tests/conftest.py", "tests/tour_cache.py",
            "scripts/browser.py"} <= set(found)


READERS = {"nodeids": ["t.py::a[x]", "t.py::b"], "left_out": []}
TOUR = {"keep": {"tools": "tools-1", "shared": {}, "pages": {"": {"html": "h", "seen": {}}}}}
KEPT = tour_cache.Saved(tools="tools-1", pages={"": {"html": "h", "seen": {}}})


@pytest.mark.parametrize(("change", "kept"), [
    ({}, KEPT),
    ({"green": False}, None),  # a failure anywhere
    ({"whole_suite": False}, None),  # pytest tests/test_browser.py, a node id
    ({"readers": {**READERS, "left_out": ["t.py::c"]}}, None),  # -k, -m, --lf, --deselect
    ({"passed": {"t.py::a[x]"}}, None),  # a reader skipped
    ({"readers": {"nodeids": [], "left_out": []}}, None),  # no reader ran
    ({"tour": {"error": "Traceback ..."}}, None),  # the tour itself failed
    ({"tour": None}, None),
])
def test_only_a_green_whole_run_keeps_its_tour(change: dict[str, object], kept: tour_cache.Saved | None) -> None:
    run = {"green": True, "whole_suite": True, "readers": READERS, "tour": TOUR, "passed": {"t.py::a[x]", "t.py::b"}}
    assert tour_cache.worth_keeping(**{**run, **change}) == kept


def test_the_sitemaps_build_date_is_no_input(tree: Path) -> None:
    sitemap = "<urlset><url><loc>https://x/aws-note/</loc><lastmod>{}</lastmod></url></urlset>"
    (tree / "sitemap.xml").write_text(sitemap.format("2026-12-06"), encoding="utf-8")
    before = tour_cache.file_hash(tree, "sitemap.xml")
    (tree / "sitemap.xml").write_text(sitemap.format("2026-12-07"), encoding="utf-8")
    assert tour_cache.file_hash(tree, "sitemap.xml") == before
    (tree / "sitemap.xml").write_text(sitemap.format("2026-12-07").replace("aws-note/", "aws-note/new/"),
                                      encoding="utf-8")
    assert tour_cache.file_hash(tree, "sitemap.xml") != before
