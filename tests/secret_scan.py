"""Find real-looking AWS credentials and identifiers in text.

The notes this site grew from contained a real access key, secret key, account id and Cognito and
API Gateway ids. Only AWS's documented example values may appear anywhere in the repository or
the built site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

EXAMPLE_ACCOUNTS = {"123456789012", "111122223333", "444455556666", "555555555555", "777788889999",
                    "999999999999", "000000000000"}

_KEY_ID = re.compile(r"(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Z0-9])")
_SECRET_ASSIGNMENT = re.compile(
    r"(?i)(?:aws_secret_access_key|secret_?access_?key|SecretAccessKey)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])")
_ARN_ACCOUNT = re.compile(r"arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):")
_ACCOUNT_FIELD = re.compile(r"(?i)(?:account[ _-]?id|\"Account\")[\"']?\s*[:=]\s*[\"']?(\d{12})\b")
_COGNITO_POOL = re.compile(r"\b([a-z]{2}(?:-gov)?-[a-z]+-\d_[A-Za-z0-9]{9})\b")
_INVOKE_URL = re.compile(r"https://([a-z0-9]{10})\.execute-api\.")


@dataclass(frozen=True)
class Finding:
    line: int
    kind: str
    value: str


def _is_example(value: str) -> bool:
    return "EXAMPLE" in value.upper()


def scan_text(text: str) -> Iterator[Finding]:
    for number, line in enumerate(text.splitlines(), start=1):
        for match in _KEY_ID.finditer(line):
            if not _is_example(match.group(1)):
                yield Finding(number, "access key id", match.group(1))
        for match in _SECRET_ASSIGNMENT.finditer(line):
            if not _is_example(match.group(1)):
                yield Finding(number, "secret access key", match.group(1))
        for pattern in (_ARN_ACCOUNT, _ACCOUNT_FIELD):
            for match in pattern.finditer(line):
                if match.group(1) not in EXAMPLE_ACCOUNTS:
                    yield Finding(number, "account id", match.group(1))
        for match in _COGNITO_POOL.finditer(line):
            if not _is_example(match.group(1)):
                yield Finding(number, "Cognito user pool id", match.group(1))
        for match in _INVOKE_URL.finditer(line):
            if not _is_example(match.group(1)):
                yield Finding(number, "API Gateway id", match.group(1))
