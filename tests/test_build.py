"""The real site: one strict build per run (tests/conftest.py), then checks on its HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, BuiltSite, build_site, built_url, diagram_count
from hooksite import FixtureSite

# Tags that make the browser fetch something: any src, and <link> with a loading rel.
# (rel="canonical" names the page's public address; nothing is fetched from it.)
EXTERNAL_SRC = re.compile(r"""<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc=["'](?:https?:)?//""", re.I)
EXTERNAL_LINK = re.compile(
    r"""<link\b(?=[^>]*\brel=["'](?:stylesheet|preload|modulepreload|icon|preconnect|dns-prefetch|manifest)["'])"""
    r"""[^>]*\bhref=["'](?:https?:)?//""", re.I)


def test_strict_build_has_no_warnings(site: BuiltSite) -> None:
    assert [f"{w.logger}: {w.message}" for w in site.warnings] == []
    assert not site.warnings.aborted


def test_every_page_is_korean_with_one_title(site: BuiltSite) -> None:
    for url, html in site.pages().items():
        assert '<html lang="ko"' in html, url
        assert len(re.findall(r"<h1[ >]", html)) == 1, url


def test_no_positional_heading_ids(site: BuiltSite) -> None:
    for url, html in site.pages().items():
        assert not re.search(r'\bid="_\d+"', html), url


def test_no_generator_markers_left(site: BuiltSite) -> None:
    for url, html in site.pages().items():
        for marker in ("<!-- corrections -->", "<!-- abbreviations -->", "--8<--"):
            assert marker not in html, f"{url}: {marker}"


def test_no_page_loads_anything_from_another_host(site: BuiltSite) -> None:
    for url, html in site.pages().items():
        assert not EXTERNAL_SRC.search(html), f"{url} loads an external script, image or frame"
        assert not EXTERNAL_LINK.search(html), f"{url} links an external style sheet, icon or preload"


def test_every_script_file_is_deferred(site: BuiltSite) -> None:
    # overrides/main.html and hooks/tools.py: the first paint never waits for a script's download
    # or its run (on Lighthouse's phone, first contentful paint 1.2 s instead of 1.8-2.0 s).
    pages = {**site.pages(), "404.html": (site.root / "404.html").read_text(encoding="utf-8")}
    for url, html in pages.items():
        scripts = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html)
        assert any("bundle." in tag for tag in scripts), f"{url}: Material's bundle is missing"
        assert [tag for tag in scripts if not re.search(r"\sdefer[\s>]", tag)] == [], url


def test_no_web_font_and_no_github_api_component(site: BuiltSite) -> None:
    html = site.page("")
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
    # Material's source component calls api.github.com; overrides/partials/source.html drops it.
    assert 'data-md-component="source"' not in html
    assert 'class="md-source"' in html


def test_the_serve_only_mermaid_fallback_never_calls_a_cdn() -> None:
    # `make serve` draws diagrams that are not rendered yet with the vendored Mermaid; the loader
    # defines window.mermaid so that Material never fetches it from unpkg.
    vendored = ROOT / "docs" / "assets" / "javascripts" / "vendor" / "mermaid.tiny.js"
    assert vendored.stat().st_size > 1_000_000
    loader = (ROOT / "docs" / "assets" / "javascripts" / "mermaid-loader.js").read_text(encoding="utf-8")
    assert "vendor/mermaid.tiny.js" in loader and "unpkg" not in loader.split("*/", 1)[1]


def test_every_diagram_ships_as_one_svg_for_both_palettes(site: BuiltSite) -> None:
    sources = {built_url(md.relative_to(ROOT / "docs").as_posix()): md.relative_to(ROOT / "docs").as_posix()
               for md in (ROOT / "docs").rglob("*.md")}
    assert any(diagram_count(source) for source in sources.values()), "no page has a diagram to check"
    for url, page in site.pages().items():
        expected = diagram_count(sources[url]) if url in sources else 0
        assert page.count('<div class="diagram" style="--diagram-width: ') == expected, url
        assert len(re.findall(r'<svg id="diagram-', page)) == expected, url
        assert '<pre class="mermaid">' not in page, f"{url} has a diagram that is not pre-rendered"
        assert "<foreignObject" not in page, f"{url} has a diagram with HTML labels"
        for svg in re.findall(r"<svg [^>]*>", page):
            if 'id="diagram-' in svg:
                assert 'aria-labelledby="chart-title-' in svg and 'aria-describedby="chart-desc-' in svg, url
                key = re.search(r'id="(diagram-[0-9a-f]+)"', svg).group(1)
                assert f'[data-md-color-scheme="slate"] #{key}{{' in page, f"{url}: {key} has no dark palette"
        svg_ids = re.findall(r'<svg id="([^"]+)"', page)
        assert len(svg_ids) == len(set(svg_ids)), f"{url}: two diagrams share an id"


def test_search_is_configured_for_korean(site: BuiltSite) -> None:
    import json

    index = json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["ko"]
    assert "·" in index["config"]["separator"]
    # No trimmer, stemmer or stop-word filter: lunr's English trimmer erases every Hangul token.
    assert not {"trimmer", "stemmer", "stopWordFilter"} & set(index["config"].get("pipeline", []))
    # hooks/search.py moves the documents out of the index every page fetches (tests/test_hook_search.py)
    documents = json.loads((site.root / "search" / "search_docs.json").read_text(encoding="utf-8"))
    titles = {doc["location"]: doc["title"] for doc in documents["docs"]}
    assert titles["compute/load-balancing/#sticky-sessions"] == "고정 세션"


def test_headings_have_permalinks_with_korean_titles(site: BuiltSite) -> None:
    html = site.page("compute/load-balancing/")
    assert 'href="#sticky-sessions" title="이 섹션으로 바로 가는 링크"' in html


def test_abbreviations_get_tooltips_before_particles(site: BuiltSite) -> None:
    html = site.page("compute/load-balancing/")
    assert re.search(r'<abbr tabindex="0" title="[^"]+">(?:CLB|ALB|NLB)</abbr>[는의를]', html)


def test_abbreviations_are_reachable_except_inside_a_control(site: BuiltSite) -> None:
    # a tap or Tab reaches a term (abbr-tip.js shows it); inside a link or summary the control comes first
    reachable = unreachable = 0
    for url, html in site.pages().items():
        article = html.split("<article", 1)[1].split("</article>", 1)[0]
        inside = re.findall(r"<(?:a|summary)\b[^>]*>(?:(?!</(?:a|summary)>).)*?<abbr\b([^>]*)>", article, re.S)
        assert not [attrs for attrs in inside if "tabindex" in attrs], url
        unreachable += len(inside)
        reachable += len(re.findall(r'<abbr tabindex="0" title="[^"]*">', article))
    assert reachable > 500 and unreachable > 10


def test_correction_admonitions_render(site: BuiltSite) -> None:
    html = site.page("compute/load-balancing/")
    assert html.count('class="admonition correction"') >= 3
    corrections = site.page("corrections/")
    assert 'href="../compute/load-balancing/#load-balancer-types"' in corrections


def test_every_page_is_in_the_nav_under_a_short_english_slug(site: BuiltSite) -> None:
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files
    from mkdocs.structure.nav import get_navigation

    config = load_config(str(ROOT / "mkdocs.yml"))
    files = get_files(config)
    in_nav = {page.file.src_uri for page in get_navigation(files, config).pages}
    assert in_nav == {file.src_uri for file in files.documentation_pages()}
    assert sorted(site.pages()) == sorted(built_url(src) for src in in_nav)
    for url in site.pages():
        assert re.fullmatch(r"(?:[a-z0-9-]+/)*", url), url


def test_site_and_repository_urls_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.config import load_config

    for name in ("SITE_URL", "REPO_URL", "REPO_NAME"):  # the Pages workflow sets them for its own run
        monkeypatch.delenv(name, raising=False)
    default = load_config(str(ROOT / "mkdocs.yml"))
    assert default.site_url == "https://aws-note.github.io/aws-note/"
    monkeypatch.setenv("SITE_URL", "https://fork.github.io/notes/")
    monkeypatch.setenv("REPO_URL", "https://github.com/fork/notes")
    monkeypatch.setenv("REPO_NAME", "fork/notes")
    forked = load_config(str(ROOT / "mkdocs.yml"))
    assert (forked.site_url, forked.repo_url, forked.repo_name) == (
        "https://fork.github.io/notes/", "https://github.com/fork/notes", "fork/notes")


def test_mkdocs_yml_has_no_duplicate_extensions() -> None:
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names = [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]
    assert len(names) == len(set(names)), names


def test_a_strict_build_with_a_warning_is_recorded_as_aborted(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("docs/area/broken.md", "# 깨진 페이지\n\n[없는 페이지](nowhere.md)\n")
    warnings = build_site(site.path("mkdocs.yml"), site.path("site"))
    assert warnings.aborted and warnings


def test_strict_mode_and_the_collector_must_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As under `mkdocs build --strict -q`: warnings are printed but strict mode counts none.
    from mkdocs import utils

    site = FixtureSite(tmp_path)
    site.write("docs/area/broken.md", "# 깨진 페이지\n\n[없는 페이지](nowhere.md)\n")
    monkeypatch.setattr(utils.CountHandler, "get_counts", lambda self: [])
    with pytest.raises(AssertionError, match=r"strict mode passed the build .* warnings collected"):
        build_site(site.path("mkdocs.yml"), site.path("site"))
