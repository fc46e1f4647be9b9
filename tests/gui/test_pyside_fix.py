"""Many void Qt calls do not crash the interpreter (PySide6 6.12.0 on Python 3.11 drops None)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

CODE = """
import reader.gui
from PySide6.QtGui import QFont
font = QFont()
for _ in range(50000):
    font.setBold(True)
print("alive")
"""


def test_fifty_thousand_void_calls_survive() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
