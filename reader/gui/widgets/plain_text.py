"""Text from files shown as text, never as markup, in widgets that would otherwise guess.

Qt reads a string as HTML when it looks like HTML (labels, message boxes, tooltips), and an `&` in
a menu or button text as a shortcut mark. A title `<img src=…>` or a file name `a&b` must show as
written: labels and message boxes are set to plain text; menu texts get their `&` doubled;
tooltips are escaped by tooltips.plain_tooltip.

Nothing here touches PySide's `Qt` namespace (see README: the start-up path avoids it): a label's
text format is set through its `textFormat` property by value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox

_PLAIN_TEXT = 0  # Qt.TextFormat.PlainText


def plain_label(label: QLabel) -> QLabel:
    """The label, set to show its text as plain text."""
    label.setProperty("textFormat", _PLAIN_TEXT)
    return label


def plain_box(box: QMessageBox) -> QMessageBox:
    """The message box, set to show its text and informative text as plain text."""
    box.setProperty("textFormat", _PLAIN_TEXT)
    from PySide6.QtWidgets import QLabel

    for label in box.findChildren(QLabel):  # the informative text's label follows no property of the box
        label.setProperty("textFormat", _PLAIN_TEXT)
    return box


def menu_text(text: str) -> str:
    """text for a menu entry or button: `&` shown, not taken as a shortcut mark."""
    return text.replace("&", "&&")
