"""RIS records of newspaper articles (TY  - NEWS), as Zotero, EndNote and others import them.

Tags: AU one per author (all of them, as printed), TI title (": " subtitle), T2 the newspaper, DA
YYYY/MM/DD and PY the year, SP the pages (1, 3), SE the page's name (section). Lines end with CRLF
and every record with `ER  - `; fields the issue does not give are left out.
"""

from __future__ import annotations

from .record import CitationRecord

EOL = "\r\n"


def _line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.split())}{EOL}"


def record_text(record: CitationRecord) -> str:
    """One RIS record."""
    out = [_line("TY", "NEWS")]
    out += [_line("AU", name) for name in record.authors]
    title = record.full_title(": ")
    if title:
        out.append(_line("TI", title))
    if record.paper:
        out.append(_line("T2", record.paper))
    if record.date:
        out.append(_line("DA", record.date.strftime("%Y/%m/%d")))
        out.append(_line("PY", f"{record.date.year:04d}"))
    if record.pages:
        out.append(_line("SP", ", ".join(str(p) for p in record.pages)))
    if record.section:
        out.append(_line("SE", record.section))
    out.append(f"ER  - {EOL}")
    return "".join(out)


def records_text(records: list[CitationRecord]) -> str:
    """Records one after another, a blank line between them."""
    return EOL.join(record_text(r) for r in records)
