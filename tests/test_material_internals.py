"""What the site relies on inside Material for MkDocs, checked against the installed theme.

hooks/README.md ("Material internals") lists every dependency, what it buys and its tests. The
checks here read Material's own files (templates, style sheet, bundle), so a Material update that
renames a class, drops a template block or stops writing the markup a patch expects fails here,
naming the dependency and the file of ours that relies on it, before a reader meets the result.
The browser tests (tests/test_browser.py) check what each dependency does on the built pages.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import material
import pytest
from conftest import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
VERSION = "9.8.1"  # the Material version the figures in hooks/README.md were measured on


@cache
def material_text() -> str:
    """Material's templates, its main style sheet and its bundle, as one text to search."""
    files = [*MATERIAL.rglob("*.html"), *(MATERIAL / "assets" / "stylesheets").glob("*.min.css"),
             *(MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js")]
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


def template(name: str) -> str:
    return (MATERIAL / name).read_text(encoding="utf-8")


def bundle() -> str:
    return next((MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")


OURS = [ROOT / "docs" / "assets" / "stylesheets" / "extra.css", *sorted((ROOT / "docs" / "assets" / "javascripts")
        .glob("*.js")), *sorted((ROOT / "docs" / "assets" / "javascripts" / "tools").glob("*.js")),
        *sorted((ROOT / "hooks").glob("*.py")), *sorted((ROOT / "overrides").rglob("*.html"))]
# Names of Material's that the site's files use: classes and custom properties (md-…), data
# attributes (data-md-…) and the ids of its toggles and config (__drawer, __search, __config).
MATERIAL_NAME = re.compile(r"(?<![\w-])(md-[a-z0-9_-]*[a-z0-9]|data-md-[a-z-]*[a-z]"
                           r"|__(?:drawer|search|config|palette))")
OUR_OWN = {"md-admonition-icon--correction"}  # the correction box's icon, defined in extra.css


def test_the_installed_material_is_the_one_measured() -> None:
    from importlib.metadata import version
    assert version("mkdocs-material") == VERSION, (
        "Material was updated: re-check every entry of hooks/README.md's \"Material internals\" (each figure was "
        f"measured on {VERSION}), then change VERSION here")


@pytest.mark.parametrize("ours", OURS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_material_name_we_use_is_still_materials(ours: Path) -> None:
    used = set(MATERIAL_NAME.findall(ours.read_text(encoding="utf-8"))) - OUR_OWN
    gone = sorted(name for name in used if name not in material_text())
    assert gone == [], (f"{ours.relative_to(ROOT)} relies on {gone}, which Material {VERSION} had and the installed "
                        "Material no longer has in its templates, style sheet or bundle")


def test_scripts_block_still_writes_plain_script_tags_for_main_html_to_defer() -> None:
    # overrides/main.html: {{ super() | replace('"></script>', '" defer></script>') }}
    block = template("base.html").split("{% block scripts %}", 1)[1].split("{% endblock %}", 1)[0]
    assert re.search(r'<script src="[^"]*bundle\.[^"]*"></script>', block), (
        "Material's {% block scripts %} no longer ends its bundle's tag with '\"></script>': overrides/main.html's "
        "defer replacement would not apply")
    assert "script | script_tag" in block, "extra_javascript is no longer written by MkDocs' script_tag filter"


def test_startup_html_still_has_materials_calls_to_intercept() -> None:
    # overrides/partials/startup.html does early what Material's bundle does after the first style
    # (root class, absolute style sheet URLs) and drops two of its writes that change nothing.
    code = bundle()
    assert 'document.body.setAttribute("data-md-color-switching","")' in code, (
        "startup.html: Material's palette no longer marks the body with data-md-color-switching through "
        "setAttribute; the HTMLBodyElement.prototype.setAttribute patch has nothing to do: remove it")
    assert 'x("meta",{name:"color-scheme"})' in code and ".content=" in code, (
        "startup.html: Material's palette no longer writes a color-scheme meta; the HTMLMetaElement content "
        "setter patch has nothing to do: remove it")
    assert '"no-js"' in code and "js-focus-visible" in code, (
        "startup.html: Material's bundle no longer swaps no-js for js or adds js-focus-visible")
    assert "{% block extrahead %}" in template("base.html"), "Material's base.html has no extrahead block any more"


@pytest.mark.parametrize(("markup", "ours"), [
    ('<div class="md-search" data-md-component="search" role="dialog"', "hooks/aria.py: the search dialog's name"),
    ('<div class="md-progress" data-md-component="progress" role="progressbar"', "hooks/aria.py: the progress bar"),
    ('<nav class="md-path" aria-label=', "hooks/aria.py: the breadcrumb's name"),
    ('<label class="md-header__button md-icon" for="__drawer">', "hooks/aria.py: the phone menu button"),
    ('<nav class="md-header__inner md-grid" aria-label=', "hooks/landmarks.py: the header row"),
    ('<nav class="md-search__options" aria-label=', "hooks/landmarks.py: the search buttons"),
    ('<nav class="md-nav" data-md-level="{{ level }}" aria-labelledby=', "hooks/landmarks.py: a nav section"),
    ('<nav class="md-nav" aria-label="{{ toc_item.title', "hooks/landmarks.py: a table-of-contents sub-list"),
    ('<nav class="md-nav md-nav--secondary" aria-label=', "hooks/landmarks.py: the table of contents (kept)"),
    ('data-md-component="search-query"', "search-ko.js: the search field"),
    ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer"', "extra.css, material-gaps.js: "
     "the drawer toggle"),
    ('<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search"', "extra.css: the search toggle"),
    ('<div class="md-search__scrollwrap"', "extra.css: the hidden search results box"),
    ('{% include "partials/source.html" %}', "overrides/partials/source.html: the repository link"),
    ('{% include "partials/copyright.html" %}', "overrides/partials/copyright.html: the footer credit"),
])
def test_materials_templates_still_write_the_markup_we_patch(markup: str, ours: str) -> None:
    assert markup in material_text(), f"{ours}: Material's templates no longer write {markup!r}"


def test_a_nav_is_never_selected_by_its_tag_name() -> None:
    # hooks/landmarks.py turns <nav> into <div>: safe only while Material's style sheet and script
    # find those boxes by class and attribute. The bundle creates two <nav>s itself (a code
    # block's toolbar, a search result's tags) and never selects "nav".
    code = bundle()
    sheet = next((MATERIAL / "assets" / "stylesheets").glob("main.*.min.css")).read_text(encoding="utf-8")
    assert re.findall(r'querySelector(?:All)?\(\s*"nav\b', code) == [], "Material's bundle now selects nav elements"
    assert re.findall(r"(?:^|[\s,{}>+~(])nav(?=[\s,.:\[{>+~)])", sheet) == [], (
        "Material's style sheet now styles nav elements by tag: hooks/landmarks.py's boxes would lose it")


def test_the_search_worker_setting_and_protocol_are_where_hooks_search_expects() -> None:
    # hooks/search.py points __config.search at workers/search-ko.js, which loads Material's worker
    # and speaks its protocol (SETUP 0, READY 1, QUERY 2, RESULT 3).
    assert re.search(r'"search":\s*"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"\s*\|\s*url',
                     template("base.html")), "Material's __config.search no longer names its worker file"
    workers = list((MATERIAL / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    assert len(workers) == 1, "Material no longer ships one search worker file"
    worker = workers[0].read_text(encoding="utf-8")
    assert 'addEventListener("message"' in worker, "Material's search worker no longer listens for messages"


def test_document_observable_is_still_exported() -> None:
    # tools/_runner.js starts the tools on Material's document$ (each instant navigation).
    assert "window.document$=" in bundle(), (
        "Material's bundle no longer exposes document$: tools/_runner.js would start tools once only")
