"""How the reader words an issue in its UI: its date, and paper and date together."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

DATE = QT_TRANSLATE_NOOP("Labels", "{month}/{day}/{year}")


def issue_date_text(date: dt.date | None) -> str:
    """The issue's date as the UI language writes it (2026年3月1日, 3/1/2026), or ''."""
    if date is None:
        return ""
    return QCoreApplication.translate("Labels", DATE).format(year=date.year, month=date.month, day=date.day)


def issue_title(paper: str | None, date: dt.date | None) -> str:
    """测试日报 2026年3月1日 — what is known of paper and date."""
    return " ".join(x for x in (paper, issue_date_text(date)) if x)
