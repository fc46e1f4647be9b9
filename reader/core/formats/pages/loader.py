"""Page extraction: PDF-to-Markdown text, one file a page; a folder of such files is one issue.

The page rules live in pages_layout; this module finds the page files, numbers the pages
(--page, else the file name: 03.md, 000_… (0 is the first page), 第3版, A03; else the page
header; else the folder's order), and reads paper and date from mastheads or names.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import IssueError, display_path, importer_failed
from ...files import identity, list_folder
from ...model import Issue, Page, number_items
from ...textio import read_text
from .header import NameClues, name_clues
from .layout import PageParse, parse_page

NAME = "pages-md"
PAGE_SUFFIXES = (".md", ".markdown", ".txt")
SNIFF_BYTES = 2048
SNIFF_FILES = 50  # a folder is judged by its first files


def _page_files(folder: Path, problems: list[tuple[Path, str, str]] | None = None) -> list[Path]:
    """The page files of a folder in name order (03 before 10); with `problems`, also the entries
    with a page file's name that cannot be read as one (a link to nothing, a pipe, a second link to
    a file already listed), each with its code and why."""
    listing = list_folder(folder)
    files = sorted((f for f in listing.files if f.suffix.lower() in PAGE_SUFFIXES),
                   key=lambda f: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", f.name)])
    if problems is None:
        return files
    problems += [(p.path, p.code, p.problem) for p in listing.problems if p.path.suffix.lower() in PAGE_SUFFIXES]
    first: dict[tuple[int, int], Path] = {}
    for f in sorted(files, key=lambda f: f.is_symlink()):  # the file itself before links to it
        key = identity(f)
        if key is not None:
            first.setdefault(key, f)
    once = []
    for f in files:
        key = identity(f)
        if key is not None and first[key] != f:
            problems.append((f, "same-file", f"the same file as {display_path(first[key].name)} (a link): read once"))
        else:
            once.append(f)
    return once


def has_front_matter(text: str) -> bool:
    """True when text opens with a YAML front matter fence (an article file, not a page)."""
    return text.lstrip("\ufeff \t\r\n").startswith("---") and \
        text.lstrip("\ufeff \t\r\n")[3:4] in ("\n", "\r", "")


def _looks_like_page(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return True  # load() names the problem
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    return not has_front_matter(text) and "<rss" not in text.lower()


def sniff(path: Path) -> bool:
    """A .md/.markdown/.txt file without front matter or feed, or a folder of such files."""
    p = Path(path)
    if p.is_file():
        return p.suffix.lower() in PAGE_SUFFIXES and _looks_like_page(p)
    if p.is_dir():
        try:
            files = _page_files(p)
        except OSError:
            return False
        return bool(files) and all(_looks_like_page(f) for f in files[:SNIFF_FILES])
    return False


def load(path: Path, page: int | None = None) -> Issue:
    """The issue in a page file or a folder of page files; raises IssueError for unreadable input."""
    p = Path(path)
    if p.is_dir():
        return _load_folder(p)
    parse = parse_page(read_text(p), str(p))
    clues = name_clues(p.name)
    number = page or _name_number(clues, zero_based=clues.page == 0) or parse.header.page or 1
    issue = Issue(format=NAME, source=str(p))
    placed = [(_add_page(issue, number, parse, p), parse)]
    _finish(issue, placed, [clues, name_clues(p.parent.name)])
    return issue


def _name_number(clues: NameClues, zero_based: bool) -> int | None:
    if clues.page is None:
        return None
    number = clues.page + 1 if zero_based and clues.leading else clues.page
    return number or None


def _load_folder(folder: Path) -> Issue:
    left_out: list[tuple[Path, str, str]] = []
    try:
        files = _page_files(folder, left_out)
    except OSError as exc:
        raise IssueError(folder, f"cannot be listed ({exc.strerror or exc})", "unreadable",
                         {"reason": exc.strerror or str(exc)}) from exc
    if not files:
        raise IssueError(folder, "folder holds no page files (.md, .markdown or .txt)", "no-issue")
    issue = Issue(format=NAME, source=str(folder))
    good: list[tuple[Path, PageParse, NameClues]] = []
    bad: list[tuple[Path, IssueError]] = []
    for f in files:
        try:
            text = read_text(f)
            if has_front_matter(text):
                bad.append((f, IssueError(f, "has YAML front matter (an article file, not a page)", "front-matter")))
                continue
            good.append((f, parse_page(text, str(f)), name_clues(f.name)))
        except Exception as exc:  # any failure is this page's: the others are read
            bad.append((f, exc if isinstance(exc, IssueError) else importer_failed(f, exc)))
    if not good:
        first, error = bad[0]
        name = display_path(first.name)
        raise IssueError(folder, f"no readable page files ({name}: {error.problem})", "no-readable-pages",
                         {**error.params, "name": name, "problem": error.problem, "code": error.code})
    for f, error in bad:
        name = display_path(f.name)
        issue.warn("bad-page", f"{name}: {error.problem}; that page is left out",
                   params={**error.params, "name": name, "problem": error.problem, "code": error.code})
    for f, code, problem in left_out:  # links to nothing, pipes, second links to a page
        name = display_path(f.name)
        linked = code == "same-file"
        issue.warn(code if linked else "bad-page", f"{name}: {problem}" + ("" if linked else "; left out"),
                   params={"name": name, "problem": problem, "code": code})
    zero_based = any(c.leading and c.page == 0 for _, _, c in good)
    wanted = [_name_number(c, zero_based) or parse.header.page for _, parse, c in good]
    used = {n for n in wanted if n}
    placed: list[tuple[Page, PageParse]] = []
    for position, ((f, parse, _), number) in enumerate(zip(good, wanted), 1):
        if not number:
            number = position
            while number in used:
                number += 1
            used.add(number)
        placed.append((_add_page(issue, number, parse, f), parse))
    _finish(issue, placed, [name_clues(folder.name)])
    return issue


def _add_page(issue: Issue, number: int, parse: PageParse, file: Path) -> Page:
    page = issue.page(number)
    if page is None:
        page = Page(number=number, name=parse.header.page_name, source=str(file))
        issue.pages.append(page)
    else:
        issue.warn("page-merged", f"{display_path(file.name)} is page {number} too: its items follow those of "
                   f"{Path(page.source or '').name}", page=number,
                   params={"name": display_path(file.name), "page": number, "other": Path(page.source or "").name})
        page.name = page.name or parse.header.page_name
    page.editors.extend(e for e in parse.editors if e not in page.editors)
    page.items.extend(parse.items)
    number_items(page)
    for w in parse.warnings:
        issue.warn(w.code, w.message, page=number, item=w.item.id if w.item is not None else None,
                   text=w.text, params=w.params)
    return page


def _finish(issue: Issue, placed: list[tuple[Page, PageParse]], clues: list[NameClues]) -> None:
    issue.pages.sort(key=lambda pg: pg.number)
    for page, parse in placed:  # editors printed for other pages (一版责编：… on page 2) go to those pages
        for number, names in parse.other_editors.items():
            target = issue.page(number) or page
            target.editors.extend(n for n in names if n not in target.editors)
    parses = [parse for _, parse in placed]
    issue.paper = next((p.header.paper for p in parses if p.header.paper), None) \
        or next((c.paper for c in clues if c.paper), None)
    issue.date = next((p.header.date for p in parses if p.header.date), None) \
        or next((c.date for c in clues if c.date), None)

