"""Every hook in hooks/ runs in the real build, and the hook tests run the real build's list.

A check that is not plugged into mkdocs.yml checks nothing, and the strict build of the real site
stays green without it. The fixture site takes its hook list from mkdocs.yml (tests/hooksite.py),
so an unplugged hook also makes its own fixture tests fail; this test says which one it was.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import ROOT
from hooksite import FixtureSite, site_hooks

HOOKS = ROOT / "hooks"


def hook_modules() -> list[str]:
    """Every hook module (``hooks/NAME.py``); ``_``-prefixed modules are shared helpers, not hooks."""
    return sorted(f"hooks/{path.name}" for path in HOOKS.glob("*.py") if not path.name.startswith("_"))


def unplugged_problems(plugged: list[str], modules: list[str]) -> list[str]:
    problems = [f"{module} is not under hooks: in mkdocs.yml, so the build no longer runs it — plug it back in"
                for module in modules if module not in plugged]
    problems += [f"mkdocs.yml plugs in {entry}, which is no module of hooks/ — fix the path"
                 for entry in plugged if entry not in modules]
    problems += [f"mkdocs.yml plugs in {entry} twice — keep one entry"
                 for entry in sorted(set(plugged)) if plugged.count(entry) > 1]
    return problems


def test_every_hook_is_plugged_into_mkdocs_yml() -> None:
    assert unplugged_problems(site_hooks(), hook_modules()) == []


def test_an_unplugged_hook_is_named() -> None:
    modules = ["hooks/links.py", "hooks/skeleton.py"]
    assert unplugged_problems(["hooks/skeleton.py", "hooks/skeleton.py", "hooks/gone.py"], modules) == [
        "hooks/links.py is not under hooks: in mkdocs.yml, so the build no longer runs it — plug it back in",
        "mkdocs.yml plugs in hooks/gone.py, which is no module of hooks/ — fix the path",
        "mkdocs.yml plugs in hooks/skeleton.py twice — keep one entry",
    ]


def test_the_fixture_site_runs_the_hooks_of_mkdocs_yml_in_their_order(tmp_path: Path) -> None:
    fixture = FixtureSite(tmp_path)
    plugged = yaml.safe_load(fixture.read("mkdocs.yml").split("hooks: ", 1)[1].split("\n", 1)[0])
    assert [Path(entry).relative_to(ROOT).as_posix() for entry in plugged] == site_hooks()
