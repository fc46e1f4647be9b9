"""How an issue is stored: its data without the article texts, each article's field texts apart,
and its index rows, all made from the issue alone (so in any process, before the write transaction).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import Any, Iterable

from ...model import Issue, IssueWarning, Item
from ...search.fields import FieldText, item_fields, searchable_items
from ...serialize import issue_from_data, issue_to_data
from ..records import clean_paper, issue_key
from .textindex import ArticleIndex, article_index

COMPRESS_LEVEL = 1  # zlib level of stored data (1: fast, about half the size)
FINGERPRINT_VERSION = b"1"  # part of every fingerprint: change it to make every issue count as changed


def _zip(value: object) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), COMPRESS_LEVEL)


def _unzip(data: bytes) -> Any:
    return json.loads(zlib.decompress(data).decode("utf-8", "surrogatepass"))


def pack_issue(issue: Issue, items: list[Item]) -> tuple[bytes, list[bytes], list[list[FieldText]]]:
    """The stored form of an issue: its data (serialize.issue_to_data, zlib-compressed JSON) with the
    block texts of the searchable items left out, and for each of those items its field texts apart
    (snippets and checks read one article without the whole issue); also the fields themselves."""
    doc = issue_to_data(issue)
    item_docs: dict[str, dict[str, Any]] = {}
    repeated: set[str] = set()
    for pdoc in doc["pages"]:
        for idoc in pdoc["items"]:
            if idoc["id"] in item_docs:
                repeated.add(idoc["id"])
            item_docs[idoc["id"]] = idoc
    blobs: list[bytes] = []
    all_fields: list[list[FieldText]] = []
    for item in items:
        fields = item_fields(item)
        all_fields.append(fields)
        blobs.append(_zip([[f.field, f.block, f.text] for f in fields]))
        if item.id not in repeated:  # ids are unique in an issue; if not, keep its text in the data
            for f in fields:
                if f.field == "block" and f.block is not None:
                    item_docs[item.id]["blocks"][f.block]["text"] = ""
    return _zip(doc), blobs, all_fields


def note_codes(warnings: Iterable[IssueWarning | dict[str, Any]]) -> tuple[str, ...]:
    """The distinct codes of the warnings about the whole issue (no page, no item), sorted: the notes
    the library keeps for its list (issue_notes.py)."""
    found = set()
    for w in warnings:
        page, item, code = (w.get("page"), w.get("item"), w.get("code")) if isinstance(w, dict) else \
            (w.page, w.item, w.code)
        if page is None and item is None and isinstance(code, str):
            found.add(code)
    return tuple(sorted(found))


def unpack_data(data: bytes) -> dict[str, Any]:
    """An issue's stored data as pack_issue made it (its article texts left out)."""
    doc = _unzip(data)
    if not isinstance(doc, dict):
        raise TypeError("stored issue data is not a mapping")
    return doc


def unpack_fields(blob: bytes) -> list[FieldText]:
    """An article's field texts as pack_issue stored them."""
    return [FieldText(field, block, text) for field, block, text in _unzip(blob)]


def unpack_issue(data: bytes, articles: Iterable[tuple[str, bytes]]) -> Issue:
    """The issue pack_issue stored: its data, and (item id, fields blob) of its articles."""
    doc = _unzip(data)
    item_docs = {idoc["id"]: idoc for pdoc in doc["pages"] for idoc in pdoc["items"]}
    for item_id, blob in articles:
        idoc = item_docs.get(item_id)
        if idoc is None:
            continue
        for f in unpack_fields(blob):
            if f.field == "block" and f.block is not None and f.block < len(idoc["blocks"]):
                idoc["blocks"][f.block]["text"] = f.text
    return issue_from_data(doc)


def _storable(text: str) -> str:
    """text with any lone surrogate replaced (SQLite stores UTF-8)."""
    return text.encode("utf-8", "replace").decode("utf-8")


@dataclass(frozen=True)
class PreparedIssue:
    """An issue in the form the library stores it, made without the library (in any process)."""

    key: str
    paper: str | None
    date: dt.date | None
    format: str
    source: str | None
    pages: int
    items: list[tuple[str, int, str]]  # (item id, page, title) of each searchable item
    data: bytes
    blobs: list[bytes]
    indexes: list[ArticleIndex]
    chars: int
    fingerprint: int  # of everything stored (62 bits of a SHA-256): the same for an unchanged issue
    source_state: str | None = None  # sources.state of what it was read from, when known
    notes: tuple[str, ...] = ()      # codes of the issue's own warnings (issue_notes.py: the list marks them)


def fingerprint(data: bytes, blobs: list[bytes]) -> int:
    """62 bits of the SHA-256 of an issue's stored form (its data and its articles' field texts)."""
    digest = hashlib.sha256(FINGERPRINT_VERSION)
    for part in (data, *blobs):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return int.from_bytes(digest.digest()[:8], "big") >> 2


def prepare_issue(issue: Issue, source: str | None = None) -> PreparedIssue:
    """Everything add_prepared needs, computed from the issue alone (the costly part of adding)."""
    items = list(searchable_items(issue))
    data, blobs, fields = pack_issue(issue, items)
    indexes = [article_index(f) for f in fields]
    return PreparedIssue(
        issue_key(issue), clean_paper(issue.paper), issue.date, issue.format,
        source if source is not None else issue.source, len(issue.pages),
        [(item.id, item.page, _storable(item.display_title())) for item in items], data, blobs, indexes,
        sum(x.length for x in indexes), fingerprint(data, blobs), notes=note_codes(issue.warnings))
