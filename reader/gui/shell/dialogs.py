"""The standard dialogs the features ask through (injected: tests answer them without patching Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


class Dialogs(Protocol):
    """Questions and messages for the reader."""

    def warn(self, parent: QWidget, title: str, text: str) -> None: ...
    def inform(self, parent: QWidget, title: str, text: str) -> None: ...
    def confirm(self, parent: QWidget, title: str, text: str) -> bool: ...
    def open_file(self, parent: QWidget, title: str, start: str, filters: str) -> str: ...
    def open_files(self, parent: QWidget, title: str, start: str, filters: str) -> list[str]: ...
    def open_folder(self, parent: QWidget, title: str, start: str) -> str: ...
    def save_file(self, parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
        """(path, chosen filter); path '' when cancelled."""
        ...


class QtDialogs:
    """The dialogs as Qt shows them (QMessageBox and QFileDialog are imported when first asked for)."""

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox
        _plain_box(parent, QMessageBox.Icon.Warning, title, text).exec()

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox
        _plain_box(parent, QMessageBox.Icon.Information, title, text).exec()

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return _plain_box(parent, QMessageBox.Icon.Question, title, text, buttons).exec() == \
            QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget, title: str, start: str, filters: str) -> str:
        from PySide6.QtWidgets import QFileDialog
        return QFileDialog.getOpenFileName(parent, title, start, filters)[0]

    def open_files(self, parent: QWidget, title: str, start: str, filters: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog
        return list(QFileDialog.getOpenFileNames(parent, title, start, filters)[0])

    def open_folder(self, parent: QWidget, title: str, start: str) -> str:
        from PySide6.QtWidgets import QFileDialog
        return QFileDialog.getExistingDirectory(parent, title, start)

    def save_file(self, parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog
        path, chosen = QFileDialog.getSaveFileName(parent, title, start, filters)
        return path, chosen


def _plain_box(parent: QWidget, icon: Any, title: str, text: str, buttons: Any = None) -> QMessageBox:
    """A message box showing text as written (file names and titles from files are never markup)."""
    from PySide6.QtWidgets import QMessageBox

    from ..widgets.plain_text import plain_box

    box = QMessageBox(icon, title, text, buttons or QMessageBox.StandardButton.Ok, parent)
    return plain_box(box)
