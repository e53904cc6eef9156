"""Deprecation warnings: raised from our own code (hooks/, scripts/, tests/) they fail the test that
ran into them; from a library they are shown in the summary (pyproject.toml, tests/conftest.py)."""

from __future__ import annotations

import warnings

import pytest


def test_a_deprecation_in_a_test_fails_it() -> None:
    with pytest.raises(DeprecationWarning):
        warnings.warn("old API", DeprecationWarning, stacklevel=1)


@pytest.mark.parametrize("module", ["hooks/links.py", "/checkout/aws.note/hooks/links.py", "links", "browser"])
def test_a_deprecation_in_a_hook_or_script_fails(module: str) -> None:
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit("old API", DeprecationWarning, f"{module}.py", 1, module=module)


@pytest.mark.parametrize("module", ["markdown.core", "mkdocs.structure.pages", "material.plugins.search.plugin"])
def test_a_deprecation_in_a_library_is_shown_not_raised(module: str) -> None:
    with pytest.warns(DeprecationWarning, match="old API"):
        warnings.warn_explicit("old API", DeprecationWarning, f"{module}.py", 1, module=module)
