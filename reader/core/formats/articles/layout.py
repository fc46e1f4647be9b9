"""Where the article files of an issue are: page folders (一版, 01, A1, 第3版, 01-要闻) or loose files."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ...errors import Param, display_path
from ...files import identity, list_folder
from ...textclean import page_number

MARKDOWN_SUFFIXES = (".md", ".markdown")
_LABEL_RE = re.compile(
    r"^(第?\s*[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９]{1,3}(?![0-9０-９])\s*[版面]?|第?[〇零一二两三四五六七八九十百]{1,4}[版面])"
    r"[\s\-_—–:：.．、·]*(.*)$")
_LEADING_NUMBER_RE = re.compile(r"^\s*([0-9０-９]+)")
_SNIFF_BYTES = 2048
# Front matter as detection sees it (here, not in articles_frontmatter.py: detection imports no YAML)
FRONT_MATTER_OPEN_RE = re.compile(r"^---[ \t]*$")
FRONT_MATTER_CLOSE_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_KEY_LINE_RE = re.compile(r"^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")


@dataclass(frozen=True)
class ArticleFile:
    """An article file and, when it sits in a page folder, that folder's page number and name."""

    path: Path
    page: int | None = None
    page_label: str | None = None  # the name in a folder label such as 01-要闻


def folder_page(name: str) -> tuple[int | None, str | None]:
    """The page number and name a folder label gives: 一版 → (1, None), 01-要闻 → (1, 要闻), else (None, None)."""
    number = page_number(name)
    if number is not None:
        return number, None
    m = _LABEL_RE.match(name.strip())
    if not m:
        return None, None
    number = page_number(m.group(1))
    return (number, m.group(2).strip() or None) if number is not None else (None, None)


def name_key(path: Path) -> tuple[int, int, str]:
    """Sort key for files and folders: by leading number (01-, 2-, 10-), then by name."""
    m = _LEADING_NUMBER_RE.match(path.name)
    if m:
        return 0, int(m.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789"))), path.name
    return 1, 0, path.name


def markdown_files(folder: Path) -> list[Path]:
    """The visible Markdown files directly in a folder, in name order."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    files = [p for p in entries if p.suffix.lower() in MARKDOWN_SUFFIXES and not p.name.startswith(".")
             and p.is_file()]
    return sorted(files, key=name_key)


def page_folders(folder: Path) -> list[tuple[Path, int, str | None]]:
    """The sub-folders named as pages, with their page number and name, by page number."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for p in entries:
        if p.is_dir() and not p.name.startswith("."):
            number, label = folder_page(p.name)
            if number is not None:
                found.append((p, number, label))
    return sorted(found, key=lambda f: (f[1], name_key(f[0])))


def article_files(folder: Path) -> list[ArticleFile]:
    """Every article file of an issue folder: page folders' files first, then loose files."""
    found = [ArticleFile(f, number, label)
             for sub, number, label in page_folders(folder) for f in markdown_files(sub)]
    found += [ArticleFile(f) for f in markdown_files(folder)]
    return found


@dataclass(frozen=True)
class FolderNote:
    """Something about an issue folder's layout a reader should know: a code, a line, its values."""

    code: str  # page-folder-unknown, page-numbering, unreadable, broken-link, not-a-file, same-file
    message: str
    params: dict[str, Param]


def _raw_page(name: str) -> tuple[int | None, str | None]:
    """The number a folder name starts with, 0 included (00-要闻 → (0, 要闻)), and its name part."""
    number, label = folder_page(name)
    if number is not None:
        return number, label
    m = _ZERO_RE.match(name.strip())
    return (0, m.group(1).strip() or None) if m else (None, None)


_ZERO_RE = re.compile(r"^第?\s*[A-Za-zＡ-Ｚａ-ｚ]?\s*[0０]{1,3}(?![0-9０-９])\s*[版面]?[\s\-_—–:：.．、·]*(.*)$")


def issue_article_files(folder: Path, notes: list[FolderNote]) -> list[ArticleFile]:
    """Every article file of an issue folder, for reading it: page folders' files, then those of
    folders whose names give no page (placed by their `page:` field), then loose files; each real
    file once (a file itself rather than a link to it). What is left out, or read in a way worth
    saying, goes to `notes`, each naming the entry.

    Page folders numbered in digits from 0 (00-要闻, 01-…) are read as counting from the first page,
    as page files named 000_… are; their names are the pages' names.
    """
    try:
        listing = list_folder(folder)
    except OSError as exc:
        notes.append(FolderNote("unreadable", f"{display_path(folder.name)}: cannot be listed "
                                              f"({exc.strerror or exc})", {"name": display_path(folder.name)}))
        return []
    for p in listing.problems:
        notes.append(FolderNote(p.code, f"{display_path(p.path.name)}: {p.problem}; left out", p.params))
    numbered = [(sub, *_raw_page(sub.name)) for sub in listing.folders]
    zero_based = any(n == 0 for _sub, n, _label in numbered)
    if zero_based:
        shown = ", ".join(display_path(sub.name) for sub, n, _l in numbered if n == 0)
        notes.append(FolderNote("page-numbering", f"page folders are numbered from 0 ({shown}): each is read as "
                                                  "the page after its number (00 is page 1)", {"names": shown}))
    pages, unknown = [], []
    for sub, number, label in numbered:
        if number is not None and zero_based and _DIGITS_RE.match(sub.name):
            number += 1
        if number and number <= 999:
            pages.append((sub, number, label))
        else:
            unknown.append(sub)
    pages.sort(key=lambda f: (f[1], name_key(f[0])))
    found = [ArticleFile(f, number, label) for sub, number, label in pages for f in _folder_files(sub, notes)]
    for sub in unknown:
        files = _folder_files(sub, notes)
        if files:
            name = display_path(sub.name)
            notes.append(FolderNote("page-folder-unknown", f"{name}: the folder's name gives no page number; its "
                                                           f"{len(files)} file(s) are placed by their `page:` field",
                                    {"name": name, "files": len(files)}))
            found += [ArticleFile(f) for f in files]
    found += [ArticleFile(f) for f in _markdown(listing.files)]
    return _once(found, folder, notes)


_DIGITS_RE = re.compile(r"^第?\s*[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９]")


def _folder_files(sub: Path, notes: list[FolderNote]) -> list[Path]:
    name = display_path(sub.name)
    try:
        listing = list_folder(sub)
    except OSError as exc:
        notes.append(FolderNote("unreadable", f"{name}: the folder cannot be listed ({exc.strerror or exc}); "
                                              "its articles are left out", {"name": name}))
        return []
    for p in listing.problems:
        if p.path.suffix.lower() in MARKDOWN_SUFFIXES or p.code != "not-a-file":
            shown = f"{name}/{display_path(p.path.name)}"
            notes.append(FolderNote(p.code, f"{shown}: {p.problem}; left out", {"name": shown}))
    return _markdown(listing.files)


def _markdown(files: list[Path]) -> list[Path]:
    return sorted((f for f in files if f.suffix.lower() in MARKDOWN_SUFFIXES), key=name_key)


def _once(found: list[ArticleFile], folder: Path, notes: list[FolderNote]) -> list[ArticleFile]:
    """found with each real file once: the file itself where a link to it is there too, else the first."""
    groups: dict[tuple[int, int] | Path, list[ArticleFile]] = {}
    for f in found:
        groups.setdefault(identity(f.path) or f.path, []).append(f)
    kept: set[Path] = set()
    for group in groups.values():
        chosen = next((f for f in group if not f.path.is_symlink()), group[0])
        kept.add(chosen.path)
        for other in group:
            if other is not chosen:
                name = _relative(other.path, folder)
                notes.append(FolderNote("same-file", f"{name}: the same file as {_relative(chosen.path, folder)} "
                                                     "(a link): read once", {"name": name}))
    return [f for f in found if f.path in kept]


def _relative(path: Path, folder: Path) -> str:
    try:
        return display_path(path.relative_to(folder))
    except ValueError:
        return display_path(path)


def starts_with_front_matter(path: Path) -> bool:
    """Whether a file opens with YAML front matter (reads only its first bytes; any encoding)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head[: len(head) // 2 * 2].decode("utf-16", errors="ignore")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="ignore")
    return has_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))


def looks_like_articles(path: Path, sample: int = 3) -> bool:
    """Whether a path is an article file, or a folder of article files or of page folders of them."""
    if path.is_file():
        return path.suffix.lower() in MARKDOWN_SUFFIXES and starts_with_front_matter(path)
    if not path.is_dir():
        return False
    candidates = markdown_files(path)[:sample]
    for sub, _number, _label in page_folders(path)[:sample]:
        candidates += markdown_files(sub)[:sample]
    return any(starts_with_front_matter(f) for f in candidates)


def has_front_matter(text: str) -> bool:
    """Whether text opens with YAML front matter: a `---` line, then a `key:` line (or the closing line)."""
    lines = text.lstrip("\ufeff").split("\n", 40)
    if not lines or not FRONT_MATTER_OPEN_RE.match(lines[0]):
        return False
    for line in lines[1:40]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        return bool(_KEY_LINE_RE.match(line) or FRONT_MATTER_CLOSE_RE.match(line))
    return False
