"""No credential or real account identifier in any tracked file or in the built site."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import ROOT, BuiltSite
from secret_scan import scan_text

SKIP_SUFFIXES = {".png", ".jpg", ".ico", ".woff", ".woff2", ".gz"}
VENDORED = {"docs/assets/javascripts/vendor/mermaid.tiny.js"}


def tracked_files() -> list[Path]:
    listing = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.splitlines()
    return [ROOT / name for name in listing if name not in VENDORED and Path(name).suffix not in SKIP_SUFFIXES
            and (ROOT / name).is_file()]


def findings_in(paths: list[Path], base: Path) -> list[str]:
    found = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [f"{path.relative_to(base)}:{f.line}: {f.kind} {f.value}" for f in scan_text(text)]
    return found


def test_no_credentials_in_the_repository() -> None:
    assert findings_in(tracked_files(), ROOT) == []


def test_no_credentials_in_the_built_site(site: BuiltSite) -> None:
    pages = [p for p in site.root.rglob("*") if p.is_file() and p.suffix in {".html", ".json", ".xml", ".txt"}]
    assert findings_in(pages, site.root) == []


def test_the_documented_examples_are_allowed() -> None:
    text = ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            "arn:aws:iam::123456789012:role/demo\n"
            "ap-northeast-2_EXAMPLE1\n")
    assert list(scan_text(text)) == []


def test_real_looking_values_are_caught() -> None:
    # Built at run time so that this file itself holds no real-looking value.
    key_id = "AKIA" + "Q3" * 8
    secret = "k" * 20 + "Z9/x" * 5
    account = "2" + "0" * 10 + "7"
    text = (f"aws_access_key_id={key_id}\n"
            f"aws_secret_access_key={secret}\n"
            f"arn:aws:cognito-idp:ap-northeast-2:{account}:userpool/x\n"
            f"Pool Id ap-northeast-2_{'Ab3' * 3}\n"
            f"https://{'a1b2c3d4e5'}.execute-api.ap-northeast-2.amazonaws.com/prod\n")
    kinds = [finding.kind for finding in scan_text(text)]
    assert kinds == ["access key id", "secret access key", "account id", "Cognito user pool id", "API Gateway id"]


def test_a_real_looking_key_in_a_tracked_file_fails(tmp_path: Path) -> None:
    leaked = tmp_path / "leak.md"
    key_id = "AKIA" + "7" * 16
    leaked.write_text(f"키: {key_id}\n", encoding="utf-8")
    assert findings_in([leaked], tmp_path) == [f"leak.md:1: access key id {key_id}"]
