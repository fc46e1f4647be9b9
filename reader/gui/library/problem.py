"""A library file that cannot be used (damaged, another program's, a newer reader's): say so, offer a choice.

The choices: open another library file, rebuild this one (the file is moved aside as
<name>.corrupt-<time>, never deleted, and what can be read from it is put into a new library, the
rest imported again from where it came from), or go on without the library for now.
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QPushButton, QWidget

from ..widgets.plain_text import plain_box


class Choice(Enum):
    """What the reader chose to do about a library that cannot be used."""

    OTHER = "other"
    REBUILD = "rebuild"
    CONTINUE = "continue"


class LibraryProblemDialog(QMessageBox):
    """The warning with the three choices; `choice()` after it was shown."""

    def __init__(self, location: str, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryProblem")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The Library Cannot Be Used"))
        self.setText(self.tr("The library file {path} cannot be used.").format(path=location))
        self.setInformativeText(self.tr(
            "{problem}\n\nThe file has not been changed or deleted. You can open another library file; "
            "rebuild the library (the file is moved aside as a backup and every issue that can still be "
            "read is imported again); or go on reading without the library for now.").format(problem=problem))
        self.buttons_by_choice: dict[Choice, QAbstractButton] = {
            Choice.OTHER: self.addButton(self.tr("Open Another Library…"), QMessageBox.ButtonRole.ActionRole),
            Choice.REBUILD: self.addButton(self.tr("Rebuild the Library"), QMessageBox.ButtonRole.ActionRole),
            Choice.CONTINUE: self.addButton(self.tr("Continue Without the Library"),
                                            QMessageBox.ButtonRole.RejectRole),
        }
        plain_box(self)  # the path and the problem are shown as written
        default = self.buttons_by_choice[Choice.CONTINUE]
        if isinstance(default, QPushButton):
            self.setDefaultButton(default)
        self.setEscapeButton(self.buttons_by_choice[Choice.CONTINUE])

    def choice(self) -> Choice:
        """The button clicked (none, e.g. Esc: continue without the library)."""
        clicked = self.clickedButton()
        return next((c for c, b in self.buttons_by_choice.items() if b is clicked), Choice.CONTINUE)

    def choose_file(self, start: str) -> str | None:
        """Ask for another library file (an existing one, or a new name for an empty library)."""
        path, _ = QFileDialog.getSaveFileName(
            self.parentWidget(), self.tr("Open Another Library"), start,
            self.tr("Reader library (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path or None


class ProblemDialogs(Protocol):
    """How the library asks what to do about a file it cannot use (injected: tests answer without dialogs)."""

    def ask(self, parent: QWidget | None, location: str, problem: str) -> Choice: ...
    def choose_file(self, parent: QWidget | None, start: str) -> str | None: ...


class QtProblemDialogs:
    """The questions as dialogs."""

    def ask(self, parent: QWidget | None, location: str, problem: str) -> Choice:
        """Show the dialog and return the choice."""
        box = LibraryProblemDialog(location, problem, parent)
        box.exec()
        return box.choice()

    def choose_file(self, parent: QWidget | None, start: str) -> str | None:
        """Ask for another library file."""
        return LibraryProblemDialog(start, "", parent).choose_file(start)


class NoProblemDialogs:
    """Never asks (--screenshot): the library stays unavailable and says why."""

    def ask(self, parent: QWidget | None, location: str, problem: str) -> Choice:
        return Choice.CONTINUE

    def choose_file(self, parent: QWidget | None, start: str) -> str | None:
        return None
