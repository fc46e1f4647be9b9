"""A long opening can be cancelled: after a moment the status bar shows, beside "Opening …", a busy
bar and 取消 (Cancel); Esc cancels too. Cancelling ends the reading process (bounds.py); the issue on
screen stays.

Esc belongs to the opening while it runs (before the find bar's Esc: the first Esc stops the open,
the next closes the bar), so it is caught for the whole application while the cancel is offered,
unless another window (a dialog) is the active one.

Made when the first opening starts (shell/opening.py), not at start-up: a reopened issue is on screen
without it, and its Qt types (the key event, the busy bar, the button, size policies) cost their enums.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QProgressBar, QPushButton, QSizePolicy, QWidget

if TYPE_CHECKING:
    from ..session.session import ReadingSession
    from .window import MainWindow

OFFER_DELAY_MS = 500     # an opening that takes longer than this offers Cancel


class OpenProgress(QWidget):
    """A busy bar and 取消 in the status bar (beside "Opening …") while an opening runs long."""

    def __init__(self, window: MainWindow, session: ReadingSession) -> None:
        super().__init__(window)
        self.setObjectName("openProgress")
        self.window_ = window
        self.session = session
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)              # busy: how long an issue takes is not known beforehand
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelOpen")
        self.cancel_button.setToolTip(self.tr("Stop opening this issue (Esc); the issue on screen stays"))
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()
        self._offer = QTimer(self)
        self._offer.setSingleShot(True)
        self._offer.setInterval(OFFER_DELAY_MS)
        self._offer.timeout.connect(self._show_offer)
        self._esc_taken = False
        window.add_status_widget(self, first=True)   # left of the permanent widgets, however late it is made
        session.opening.connect(lambda _location: self.offer_later())
        session.opening_done.connect(self._done)
        session.open_cancelled.connect(lambda location: window.show_status(
            self.tr("Opening cancelled: {path}").format(path=location), 5000))

    def offered(self) -> bool:
        """Whether Cancel is on offer (an opening has run longer than OFFER_DELAY_MS)."""
        return self.isVisible()

    def offer_later(self) -> None:
        """Offer Cancel if the opening under way runs longer than OFFER_DELAY_MS."""
        self._offer.start()

    def cancel(self) -> None:
        self.session.cancel_open()

    def _show_offer(self) -> None:
        if self.session.opening_location is None:
            return
        self.show()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _done(self) -> None:
        self._offer.stop()
        self.hide()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt  # (not at start-up: PySide builds the Qt namespace on first use)
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if kind == QEvent.Type.ShortcutOverride:
                if not self.isVisible() or QApplication.activeWindow() not in (None, self.window_):
                    return False       # (a dialog on top keeps its own Esc)
                self._esc_taken = True         # the key press that follows is this Esc's, too
                event.accept()
                QTimer.singleShot(0, self, self.cancel)
                return True
            if self._esc_taken:
                self._esc_taken = False
                return True
        return super().eventFilter(watched, event)
