"""The fixture site follows every rule, so each hook test below can break exactly one."""

from pathlib import Path

from hooksite import FixtureSite


def test_fixture_site_builds_clean(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    assert site.build_all() == []
