"""Placeholder GUI entry point (replaced by the reader window)."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    """Open a window."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("报纸阅读器")
    label.show()
    return app.exec()
