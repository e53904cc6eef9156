"""The Python locks: every package the site and the tests install, direct or transitive, is pinned
with its sha256 hashes (requirements*.txt, pip-compile output of requirements*.in: `make lock`), and
the locks agree with what they were compiled from."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from conftest import ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

LOCKS = {"requirements.txt": "requirements.in", "requirements-dev.txt": "requirements-dev.in"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)((?:\s+--hash=sha256:[0-9a-f]{64})*)\s*$")


def entries(path: Path) -> list[str]:
    """A requirements file's entries, each with its continuation lines joined and comments dropped."""
    joined = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    lines = (line.split(" #", 1)[0].strip() for line in joined.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def locked(name: str) -> dict[str, tuple[str, int]]:
    """A lock's packages: canonical name → (version, number of hashes)."""
    found = {}
    for entry in entries(ROOT / name):
        match = PIN.match(entry)
        assert match, f"{name}: not a hashed pin: {entry[:80]}"
        found[canonicalize_name(match.group(1))] = (match.group(2), match.group(3).count("--hash="))
    return found


def wanted(name: str) -> list[Requirement]:
    """The requirements a .in file states itself (its -r/-c lines left out)."""
    return [Requirement(entry) for entry in entries(ROOT / name) if not entry.startswith("-")]


@pytest.mark.parametrize("lock", LOCKS)
def test_every_pin_carries_its_hashes(lock: str) -> None:
    assert all(hashes for _, hashes in locked(lock).values()), lock


@pytest.mark.parametrize(("lock", "source"), LOCKS.items())
def test_the_lock_satisfies_what_it_was_compiled_from(lock: str, source: str) -> None:
    # An edit of requirements*.in without `make lock` fails here.
    pins = locked(lock)
    for requirement in wanted(source):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{lock} has no {name}: run `make lock`"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), f"{lock}: {name} — run `make lock`"


def test_the_dev_lock_installs_the_sites_versions() -> None:
    site, dev = locked("requirements.txt"), locked("requirements-dev.txt")
    assert {name: dev.get(name, ("missing",))[0] for name in site} == {name: pin[0] for name, pin in site.items()}


def test_every_dependency_of_a_locked_package_is_locked() -> None:
    # What pip's hash checking enforces at install time, read offline from the installed metadata:
    # a dependency missing from the lock would stop `make test` on a fresh machine.
    pins = locked("requirements-dev.txt")
    missing = set()
    for name in pins:
        for spec in metadata.requires(name) or []:
            requirement = Requirement(spec)
            applies = requirement.marker is None or requirement.marker.evaluate({"extra": ""})
            if applies and canonicalize_name(requirement.name) not in pins:
                missing.add(f"{name} needs {requirement.name}")
    assert missing == set()


def test_the_installed_packages_are_the_locked_ones() -> None:
    pins = locked("requirements-dev.txt")
    installed = {canonicalize_name(dist.metadata["Name"]): dist.version for dist in metadata.distributions()}
    assert {name: installed.get(name) for name in pins} == {name: version for name, (version, _) in pins.items()}


def test_mkdocs_stays_below_2() -> None:
    # MkDocs 2 has no plugins or hooks and reads no mkdocs.yml (DECISIONS.md); Dependabot ignores it.
    (mkdocs,) = [requirement for requirement in wanted("requirements.in") if requirement.name == "mkdocs"]
    assert not mkdocs.specifier.contains("2.0")
    assert Version(locked("requirements.txt")["mkdocs"][0]).major < 2
