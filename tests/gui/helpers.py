"""Helpers for the window's tests: the library's fixture folders, imports through the import dialog's
worker, and typing Chinese as an input method does (the fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.library import ImportReport
from reader.gui.library.controller import LibraryController

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
FIXTURE = ROOT / "tests" / "fixtures" / "library_gui"   # 北岸晚报 2023-12-30 (2 pages), 2024-02-05, notes.txt
TIMEOUT = 30000


def type_text(widget: QWidget, text: str) -> None:
    """Type text as an input method commits it, one character at a time."""
    widget.setFocus()
    for ch in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def wait_exposed(qtbot, widget: QWidget) -> None:
    """Wait until the widget's window is on screen (qtbot.waitExposed is a context manager around the
    show: called on its own it waits for nothing)."""
    def exposed() -> bool:
        handle = widget.window().windowHandle()
        return handle is not None and handle.isExposed()
    qtbot.waitUntil(exposed, timeout=TIMEOUT)


def wait_idle(qtbot, controller: LibraryController) -> None:
    """Wait until the library's thread has run every job and its answers have arrived."""
    qtbot.waitUntil(controller.service.idle, timeout=TIMEOUT)


def import_paths_via_dialog(qtbot, controller: LibraryController, paths: list[Path]) -> ImportReport:
    """Import through File ▸ Import's dialog and its background worker; wait for the panel to follow."""
    dialog = controller.show_import([str(p) for p in paths])
    assert dialog.start() is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT)
    wait_idle(qtbot, controller)
    assert dialog.report is not None
    return dialog.report
