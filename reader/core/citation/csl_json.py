"""CSL-JSON items of newspaper articles (type `article-newspaper`), for Zotero, citeproc, pandoc.

Variables: id (the citation key), title (": " subtitle), container-title (the paper), author (each
name as printed, as a `literal`: a Chinese name is not split into family and given parts by guess),
issued (date-parts), page (1, 3), section (the page's name). Missing ones are left out.
"""

from __future__ import annotations

import json
from typing import Any

from .keys import unique_keys
from .record import CitationRecord


def item(record: CitationRecord, key: str) -> dict[str, Any]:
    """One CSL-JSON item under this id."""
    out: dict[str, Any] = {"id": key, "type": "article-newspaper"}
    title = record.full_title(": ")
    if title:
        out["title"] = title
    if record.paper:
        out["container-title"] = record.paper
    if record.authors:
        out["author"] = [{"literal": name} for name in record.authors]
    if record.date:
        out["issued"] = {"date-parts": [[record.date.year, record.date.month, record.date.day]]}
    if record.pages:
        out["page"] = ", ".join(str(p) for p in record.pages)
    if record.section:
        out["section"] = record.section
    return out


def items(records: list[CitationRecord]) -> list[dict[str, Any]]:
    """The items, with ids distinct within the list."""
    return [item(r, k) for r, k in zip(records, unique_keys(records))]


def items_text(records: list[CitationRecord]) -> str:
    """A JSON array of the items (CSL-JSON is always an array, even of one)."""
    return json.dumps(items(records), ensure_ascii=False, indent=2) + "\n"
