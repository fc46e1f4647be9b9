"""The shared conformance check, run as a test against the real corpus."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import SHARED

pytestmark = pytest.mark.core


@pytest.mark.parametrize("case", ["seed", "rmrb-2026-06-12", "cmn-2026-07-13"])
def test_conformance(case: str) -> None:
    check = SHARED / "conformance" / "check.py"
    if not (SHARED / "corpus").exists() or not check.exists():
        pytest.skip(f"conformance corpus not found at {SHARED} (it lives outside the project)")
    out = subprocess.run([sys.executable, str(check), "--only", case, "--cmd", f"{sys.executable} -m reader dump"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
