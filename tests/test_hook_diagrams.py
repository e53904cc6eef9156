"""hooks/diagrams.py: diagrams ship as pre-rendered SVG; a missing rendering fails the build."""

import re
from pathlib import Path

import pytest
from _markdown import fences
from browser import chromium_path
from conftest import ROOT, BuiltSite
from hooksite import FixtureSite
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from diagrams import FOLDER, diagram_key, diagram_source, inline_figure

TITLE = "    accTitle: 요청 흐름\n"
SOURCE = ('flowchart LR\n' + TITLE + '    accDescr: 사용자가 로드 밸런서로 요청합니다.\n'
          '    A["사용자"] --> B["로드 밸런서"]')
DIAGRAM = f"```mermaid\n{SOURCE}\n```\n"


def test_diagram_without_svg_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM)
    key = diagram_key(SOURCE)
    assert site.build() == [
        f"docs/area/topic.md:12: diagram is not pre-rendered (no diagrams/{key}.*.svg) — run `make diagrams` "
        "and commit the SVGs",
    ]


def test_rendered_diagram_is_inlined(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM)
    key = diagram_key(SOURCE)
    site.write(f"{FOLDER}/{key}.light.svg", '<svg id="l"></svg>')
    site.write(f"{FOLDER}/{key}.dark.svg", '<svg id="d"></svg>')
    assert site.build_all() == []
    html = (site.root / "site" / "area" / "topic" / "index.html").read_text(encoding="utf-8")
    assert '<div class="diagram"><div class="diagram-light"><svg id="l"></svg></div>' in html  # no width known
    assert '<pre class="mermaid">' not in html


def test_diagram_without_accessible_title_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM.replace(TITLE, ""))
    key = diagram_key(SOURCE.replace(TITLE, ""))
    site.write(f"{FOLDER}/{key}.light.svg", "<svg></svg>")
    site.write(f"{FOLDER}/{key}.dark.svg", "<svg></svg>")
    assert site.build() == [
        "docs/area/topic.md:12: diagram has no accTitle — add a short accTitle line under the diagram type so "
        "screen readers can announce it",
    ]


def test_the_key_ignores_html_escaping_and_outer_whitespace() -> None:
    assert diagram_source("\nA --&gt; B\n") == "A --> B"
    assert diagram_key("A --> B") == diagram_key(diagram_source("A --&gt; B"))


def test_inline_figure_has_both_palettes() -> None:
    assert inline_figure({"light": "<svg/>", "dark": "<svg/>"}) == (
        '<div class="diagram"><div class="diagram-light"><svg/></div><div class="diagram-dark"><svg/></div></div>')


def test_inline_figure_records_the_natural_width() -> None:
    svg = '<svg id="x" style="max-width: 856.5625px;" viewBox="0 0 856 284"></svg>'
    assert inline_figure({"light": svg, "dark": svg}).startswith('<div class="diagram" style="--diagram-width: 857px">')


def test_alike_diagrams_are_reported_at_their_own_lines(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    second = DIAGRAM.replace('B["로드 밸런서"]', 'B["대상 그룹"]')
    site.replace("docs/area/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM + "\n" + second)
    first_key, second_key = diagram_key(SOURCE), diagram_key(SOURCE.replace('B["로드 밸런서"]', 'B["대상 그룹"]'))
    site.write(f"{FOLDER}/{first_key}.light.svg", "<svg></svg>")
    site.write(f"{FOLDER}/{first_key}.dark.svg", "<svg></svg>")
    assert site.build() == [
        f"docs/area/topic.md:19: diagram is not pre-rendered (no diagrams/{second_key}.*.svg) — run `make diagrams` "
        "and commit the SVGs",
    ]


def test_no_stale_svg_in_the_diagrams_folder() -> None:
    # Every committed SVG belongs to a diagram some page still has (make diagrams removes the rest).
    used = {diagram_key(fence.body.strip()) for path in (ROOT / "docs").rglob("*.md")
            for fence in fences(path.read_text(encoding="utf-8")) if fence.info == "mermaid"}
    files = {p.name.split(".")[0] for p in (ROOT / FOLDER).glob("*.svg")}
    assert files - used == set()


def test_the_published_site_has_no_mermaid_file(site: BuiltSite) -> None:
    # The strict build guarantees every diagram is pre-rendered, so browser-side Mermaid is
    # for `make serve` only (hooks/diagrams.py adds it there).
    shipped = [p.relative_to(site.root).as_posix() for p in site.root.rglob("*") if "mermaid" in p.name.lower()]
    assert shipped == []
    for url, html in site.pages().items():
        assert not re.search(r"<script\b[^>]*\bsrc=\"[^\"]*mermaid", html), url


def test_make_serve_adds_the_diagram_loader(tmp_path: Path) -> None:
    from diagrams import LOADER, on_config, on_files, on_startup

    site = FixtureSite(tmp_path)
    site.write("docs/" + LOADER, "// loader")
    config = load_config(str(site.path("mkdocs.yml")))
    try:
        on_startup(command="serve", dirty=False)
        on_config(config)
        assert LOADER in [str(script) for script in config.extra_javascript]
        files = on_files(get_files(config))
        assert files.get_file_from_path(LOADER) is not None
    finally:
        on_startup(command="build", dirty=False)


@pytest.mark.browser
def test_make_diagrams_names_the_diagram_that_does_not_parse(tmp_path: Path) -> None:
    from render_diagrams import diagrams_in_site, render

    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium (see the browser tests)")
    site = FixtureSite(tmp_path)
    broken = DIAGRAM.replace('A["사용자"] --> B["로드 밸런서"]', 'A["사용자"] --> --> B[')
    site.replace("docs/area/topic.md", "본문입니다.", "본문입니다.\n\n" + broken + "\n" + DIAGRAM)
    folder = tmp_path / "svg"
    failed = render(diagrams_in_site(site.path("mkdocs.yml")), folder, executable)
    assert len(failed) == 1 and failed[0].startswith("docs/area/topic.md:12: diagram does not render (")
    assert failed[0].endswith(") — fix its Mermaid syntax and run `make diagrams` again")
    assert sorted(p.name for p in folder.glob("*.svg")) == [f"{diagram_key(SOURCE)}.{t}.svg" for t in ("dark", "light")]
