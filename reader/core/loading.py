"""Open an issue from a path: detect its format, run the importer, and check that it is an issue.

One rule says what is an issue, for opening (the app, `dump`) and importing alike (is_an_issue):
page text with no sign of a newspaper page (a README, a note) is not one.

Whatever goes wrong inside an importer comes out as an IssueError naming the path: input it cannot
read is said by the importer itself; any other exception (a bug met by odd input, a recursion too
deep, memory running out) becomes an `importer-failed` error rather than a traceback.
"""

from __future__ import annotations

from pathlib import Path

from .errors import IssueError, importer_failed
from .formats import IMPORTERS, sniffers
from .jumps import link_stories
from .model import Issue

NOT_AN_ISSUE = ("not a newspaper issue: text with no masthead, date, page number, byline, dateline or jump "
                "(a note?)")


def detect_format(path: str | Path) -> str:
    """The name of the format a path is in; raises IssueError when none fits."""
    p = Path(path)
    if not p.exists():
        raise IssueError(p, "no such file or folder", "missing")
    for name, sniff in sniffers():
        try:
            if sniff(p):
                return name
        except OSError as exc:
            raise IssueError(p, f"cannot be read ({exc.strerror or exc})", "unreadable",
                             {"reason": exc.strerror or str(exc)}) from exc
    if p.is_dir():
        raise IssueError(p, "folder holds no newspaper issue (no page files, feed or article files)", "no-issue")
    raise IssueError(p, "not a newspaper issue in any format this reader knows", "unknown-format")


def open_issue(path: str | Path, fmt: str | None = None, page: int | None = None) -> Issue:
    """Read the issue at path (a file or folder) in the given or detected format."""
    p = Path(path)
    if not p.exists():
        raise IssueError(p, "no such file or folder", "missing")
    try:
        name = fmt or detect_format(p)
        if name not in IMPORTERS:
            raise IssueError(p, f"unknown format {name!r} (known: {', '.join(IMPORTERS)})", "unknown-format-name",
                             {"format": name, "known": ", ".join(IMPORTERS)})
        issue: Issue = IMPORTERS[name].load(p, page=page)
        if page is None and not is_an_issue(issue):
            raise IssueError(p, NOT_AN_ISSUE, "not-an-issue")
        issue.source = issue.source or str(p)
        link_stories(issue)
    except IssueError:
        raise
    except MemoryError as exc:
        raise IssueError(p, "reading it ran out of memory (a damaged or hostile file?)", "out-of-memory") from exc
    except Exception as exc:  # any other failure inside an importer: a message naming the file
        raise importer_failed(p, exc) from exc
    return issue


def is_an_issue(issue: Issue) -> bool:
    """False for page text with no sign of a newspaper page (a README, a note).

    A feed or article files are issues by their form. Page text needs one sign: a paper or date
    (a masthead, or a date in a name), a page number in a file name, a page header or editors line,
    or an article's marks (a byline, a dateline, a photo credit, a jump). A page number given by the
    caller (`--page N`) is such a sign too: open_issue does not ask then.
    """
    if issue.format != "pages-md" or issue.paper or issue.date:
        return True
    from .formats.pages.header import name_clues
    for page in issue.pages:
        if page.name or page.editors or (page.source and name_clues(Path(page.source).name).page is not None):
            return True
        if any(it.byline or it.byline_text or it.dateline or it.kind == "photo" or it.continues_to
               or it.continued_from for it in page.items):
            return True
    return False
