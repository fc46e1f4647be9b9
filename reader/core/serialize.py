"""An issue as plain data: the `dump` contract, and a lossless form for storage."""

from __future__ import annotations

from typing import Any

from .calendar_date import date
from .model import Block, Issue, IssueWarning, Item, Page, SourceRef, Story


def item_contract(item: Item) -> dict[str, Any]:
    """An item as the dump contract has it."""
    return {
        "id": item.id, "kind": item.kind, "kicker": item.kicker, "title": item.title,
        "subtitle": item.subtitle, "column": item.column, "byline": list(item.byline),
        "dateline": item.dateline,
        "blocks": [{"kind": b.kind, "text": b.text} for b in item.blocks],
        "continues_to": item.continues_to, "continued_from": item.continued_from,
        "duplicate_of": item.duplicate_of, "complete": item.complete,
    }


def issue_contract(issue: Issue) -> dict[str, Any]:
    """The issue as `python -m reader dump --json` prints it (see shared/conformance/README.md)."""
    return {
        "format": issue.format, "paper": issue.paper,
        "date": issue.date.isoformat() if issue.date else None,
        "pages": [{"number": p.number, "name": p.name, "editors": list(p.editors),
                   "items": [item_contract(it) for it in p.items]} for p in issue.pages],
        "stories": [{"id": s.id, "parts": list(s.parts)} for s in issue.stories],
        "warnings": [{"code": w.code, "page": w.page, "item": w.item, "message": w.message}
                     for w in issue.warnings],
    }


def _src(ref: SourceRef | None) -> list[Any] | None:
    return [ref.file, ref.line] if ref else None


def _unsrc(data: Any) -> SourceRef | None:
    return SourceRef(data[0], data[1]) if data else None


def issue_to_data(issue: Issue) -> dict[str, Any]:
    """Everything in the issue as JSON-ready data; issue_from_data reverses it."""
    doc = issue_contract(issue)
    doc["source"] = issue.source
    for page, pdoc in zip(issue.pages, doc["pages"]):
        pdoc["source"] = page.source
        for item, idoc in zip(page.items, pdoc["items"]):
            idoc.update(page=item.page, byline_text=item.byline_text, cross_refs=list(item.cross_refs),
                        source=_src(item.source), image=item.image, link=item.link)
            for block, bdoc in zip(item.blocks, idoc["blocks"]):
                bdoc["source"] = _src(block.source)
    for w, wdoc in zip(issue.warnings, doc["warnings"]):
        wdoc["text"] = w.text
        if w.params:
            wdoc["params"] = dict(w.params)
    return doc


def issue_from_data(doc: dict[str, Any]) -> Issue:
    """The issue issue_to_data wrote."""
    pages = []
    for p in doc["pages"]:
        items = [Item(
            id=i["id"], kind=i["kind"], page=i.get("page", p["number"]), kicker=i["kicker"],
            title=i["title"], subtitle=i["subtitle"], column=i["column"], byline=list(i["byline"]),
            byline_text=i.get("byline_text"), dateline=i["dateline"],
            blocks=[Block(b["kind"], b["text"], _unsrc(b.get("source"))) for b in i["blocks"]],
            continues_to=i["continues_to"], continued_from=i["continued_from"],
            duplicate_of=i["duplicate_of"], complete=i["complete"],
            cross_refs=list(i.get("cross_refs", [])), source=_unsrc(i.get("source")),
            image=i.get("image"), link=i.get("link"),
        ) for i in p["items"]]
        pages.append(Page(p["number"], p["name"], list(p["editors"]), items, p.get("source")))
    return Issue(
        format=doc["format"], paper=doc["paper"],
        date=date.fromisoformat(doc["date"]) if doc["date"] else None,
        pages=pages, stories=[Story(s["id"], list(s["parts"])) for s in doc["stories"]],
        warnings=[IssueWarning(w["code"], w["message"], w["page"], w["item"], w.get("text"),
                               dict(w.get("params") or {}))
                  for w in doc["warnings"]],
        source=doc.get("source"),
    )
