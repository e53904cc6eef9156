"""The Python in hooks/, scripts/ and tests/ passes ruff (config in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run([str(ruff), "check", "hooks", "scripts", "tests"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
