"""Choosing a Chinese serif for the reading pane, and the banner shown when there is none."""

from __future__ import annotations

from typing import Iterable, NamedTuple

from PySide6.QtWidgets import QLabel, QWidget

# Song/Ming serifs in order of preference, then sans faces that still show Chinese.
SERIF_PREFERENCE = ("Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN",
                    "Source Han Serif", "Songti SC", "STSong", "SimSun", "NSimSun",
                    "AR PL UMing CN")
SANS_FALLBACK = ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
                 "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback")
FONT_PACKAGE = "fonts-noto-cjk"


class FontChoice(NamedTuple):
    """The family the reading pane uses; None when the machine has no Chinese font."""

    family: str | None
    serif: bool

    @property
    def missing(self) -> bool:
        """True when no Chinese font was found."""
        return self.family is None


def installed_families() -> list[str]:
    """Font families that can show Simplified Chinese."""
    from PySide6.QtGui import QFontDatabase  # not at import: start-up paints with the remembered font
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def choose_font(families: Iterable[str]) -> FontChoice:
    """The preferred serif among families, else a Chinese sans, else none."""
    by_lower = {f.lower(): f for f in families}
    for name in SERIF_PREFERENCE:
        if name.lower() in by_lower:
            return FontChoice(by_lower[name.lower()], True)
    for name in SANS_FALLBACK:
        if name.lower() in by_lower:
            return FontChoice(by_lower[name.lower()], False)
    cjk = [f for f in by_lower.values() if "cjk" in f.lower() or "song" in f.lower()]
    if cjk:
        return FontChoice(sorted(cjk)[0], False)
    return FontChoice(None, False)


class MissingFontBanner(QLabel):
    """A bar above the reading pane saying which package gives the machine a Chinese font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not at import: the window is built without `Qt` (see themes.solid_brush)
        super().__init__(parent)
        self.setObjectName("missingFontBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(8)
        self.setText(self.tr(
            "No Chinese font was found on this computer, so the text may show as empty boxes. "
            "Install the package {package} (for example: sudo apt install {package}) "
            "and start the reader again.").format(package=FONT_PACKAGE))
        self.setStyleSheet("#missingFontBanner { background: #fff3c4; color: #4a3b00; "
                           "border-bottom: 1px solid #e0c860; }")
