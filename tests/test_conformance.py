"""The shared conformance check, run as a test against the real corpus: every case it lists."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SHARED

pytestmark = pytest.mark.core

CHECK = SHARED / "conformance" / "check.py"
CASES = SHARED / "conformance" / "cases.json"


def _case_names() -> list[str]:
    try:
        return [c["name"] for c in json.loads(CASES.read_text(encoding="utf-8"))["cases"]]
    except (OSError, ValueError, KeyError):
        return ["(no cases.json)"]


@pytest.mark.parametrize("case", _case_names())
def test_conformance(case: str) -> None:
    if not (SHARED / "corpus").exists() or not CHECK.exists() or not CASES.exists():
        pytest.skip(f"conformance corpus not found at {SHARED} (it lives outside the project)")
    out = subprocess.run([sys.executable, str(CHECK), "--only", case, "--cmd", f"{sys.executable} -m reader dump"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
