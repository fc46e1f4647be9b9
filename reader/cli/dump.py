"""`reader dump PATH [--json]`: what the reader understood of an issue."""

from __future__ import annotations

import argparse

from ..core.bounds import open_issue_bounded
from ..core.errors import IssueError
from ..core.formats import IMPORTERS
from ..core.model import Issue
from ..core.serialize import issue_contract
from . import output


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the command."""
    p = sub.add_parser("dump", help="print the structure of an issue")
    p.add_argument("path", help="a page file, a folder of pages, a feed file or a folder of article files")
    p.add_argument("--json", action="store_true", help="print the JSON contract instead of an outline")
    p.add_argument("--format", choices=sorted(IMPORTERS), help="force the input format")
    p.add_argument("--page", type=int, help="page number of a single page file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the issue; exit 2 with a one-line message on bad input (read under time and memory
    bounds: $READER_PARSE_SECONDS, $READER_PARSE_MB)."""
    try:
        issue = open_issue_bounded(args.path, fmt=args.format, page=args.page)
    except IssueError as exc:
        output.problem(str(exc))
        return 2
    if args.json:
        output.print_json(issue_contract(issue))
    else:
        output.out(outline(issue))
    return 0


def outline(issue: Issue) -> str:
    """A readable outline: pages, headlines, jumps and warnings."""
    lines = [f"{issue.paper or '(paper unknown)'} · {issue.date or '(date unknown)'} · {issue.format}"]
    for page in issue.pages:
        name = f" · {page.name}" if page.name else ""
        editors = f"  (责编 {'、'.join(page.editors)})" if page.editors else ""
        lines.append(f"\n第{page.number:02d}版{name}{editors}")
        for it in page.items:
            marks = []
            if it.continued_from:
                marks.append(f"←{it.continued_from}版")
            if it.continues_to:
                marks.append(f"→{it.continues_to}版")
            if it.duplicate_of:
                marks.append(f"见{it.duplicate_of}")
            if not it.complete:
                marks.append("未完")
            kind = {"photo": "[图] ", "notice": "[告] "}.get(it.kind, "")
            by = f" — {'、'.join(it.byline)}" if it.byline else ""
            mark = f"  {' '.join(marks)}" if marks else ""
            lines.append(f"  {it.id:>7}  {kind}{it.display_title()}{by}{mark}")
    if issue.stories:
        lines.append("\n跨版稿件:")
        for s in issue.stories:
            lines.append("  " + " → ".join(s.parts))
    if issue.warnings:
        lines.append("\n提示:")
        for w in issue.warnings:
            where = f" [{w.item or (f'第{w.page}版' if w.page else '')}]" if (w.item or w.page) else ""
            lines.append(f"  {w.code}{where}: {w.message}")
    return "\n".join(lines) + "\n"
