"""What the core reports, in the UI language: a code and its values become a translated line.

The core gives each importer error (`IssueError`), issue warning (`IssueWarning`), import skip and
library error a `code` and `params` (the values its English line is made of); `Messages` words them
through Qt's translation system. A code it does not know, or a wording whose values are missing,
falls back to the core's English line, which still shows the values. Text from files (titles, names)
is only ever a value: it is put into the line as it is, never read as markup by this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping

from PySide6.QtCore import QObject

Params = Mapping[str, Any]
Wording = Callable[[Params], str]


class _MissingValueError(KeyError):
    """A value the wording needs is not among the params."""


def _fill(template: str, params: Params) -> str:
    """template.format(**params), but a missing or empty (None) value raises _MissingValueError."""
    class Values(dict[str, Any]):
        def __missing__(self, key: str) -> Any:
            raise _MissingValueError(key)

    values = Values({k: v for k, v in params.items() if v is not None})
    return template.format_map(values)


class Messages(QObject):
    """Words codes and values in the UI language (see the module docstring); one instance: `messages()`."""

    # ---- problems: why a file or folder is not a readable issue (errors, bad pages, skips)
    def _problems(self) -> dict[str, Wording]:
        return {
            "missing": lambda p: self.tr("no such file or folder"),
            "not-a-file": lambda p: self.tr("not a file"),
            "too-big": lambda p: _fill(self.tr("file is {size_mb} MB, over the {limit_mb} MB limit"), p),
            "unreadable": lambda p: _fill(self.tr("cannot be read ({reason})"), p),
            "empty": lambda p: self.tr("file is empty"),
            "binary": lambda p: self.tr("looks like a binary file, not text"),
            "encoding-unclear": lambda p: self.tr("the text encoding is unclear: read as GB18030 or Big5 it is not "
                                                  "Chinese text (save it as UTF-8)"),
            "encoding-unknown": lambda p: self.tr("unknown text encoding (not UTF-8, GB18030, Big5 or UTF-16): save it "
                                                  "as UTF-8"),
            "too-slow": lambda p: _fill(self.tr("reading it took longer than {seconds} s: stopped (a damaged or "
                                                "hostile file?)"), p),
            "reader-died": lambda p: self.tr("the process reading it ended unexpectedly (out of memory?)"),
            "out-of-memory": lambda p: (_fill(self.tr("reading it needs more than {megabytes} MB of memory: stopped "
                                                      "(a damaged or hostile file?)"), p) if p.get("megabytes")
                                        else self.tr("reading it ran out of memory (a damaged or hostile file?)")),
            "yaml-too-big": lambda p: self.tr("broken front matter: its aliases expand too far (an alias bomb?)"),
            "unknown-encoding": lambda p: self.tr("unknown text encoding (not UTF-8, GB18030 or UTF-16)"),
            "no-issue": lambda p: self.tr("folder holds no newspaper issue (no page files, feed or article files)"),
            "unknown-format": lambda p: self.tr("not a newspaper issue in any format this reader knows"),
            "unknown-format-name": lambda p: _fill(self.tr("unknown format {format} (known: {known})"), p),
            "not-an-issue": lambda p: self.tr("not a newspaper issue: text with no masthead, date, page number, "
                                              "byline, dateline or jump (a note?)"),
            "note": lambda p: self.tr("a note beside issue folders (its name gives no page number), not a page"),
            "no-article": lambda p: self.tr("holds no article (no headline and no text)"),
            "front-matter": lambda p: self.tr("has YAML front matter (an article file, not a page)"),
            "no-front-matter": lambda p: self.tr("no YAML front matter (the file must begin with a --- line)"),
            "yaml-unclosed": lambda p: self.tr("broken front matter: the --- on line 1 is never closed by "
                                               "another --- line"),
            "yaml": lambda p: (_fill(self.tr("broken front matter: {problem} (line {line})"), p) if p.get("line")
                               else _fill(self.tr("broken front matter: {problem}"), p)),
            "yaml-not-mapping": lambda p: self.tr("broken front matter: not a mapping of `key: value` fields"),
            "yaml-too-deep": lambda p: self.tr("broken front matter: nested too deep"),
            "not-rss": lambda p: _fill(self.tr("not an RSS feed (the root element is <{root}>, not <rss>)"), p),
            "no-channel": lambda p: self.tr("RSS feed has no <channel>"),
            "no-items": lambda p: self.tr("feed has no items"),
            "no-readable-items": lambda p: self.tr("feed has no readable items (%n skipped)", "",
                                                   int(p["skipped"])),
            "malformed-xml": lambda p: (_fill(self.tr("malformed XML at line {line}: {problem}"), p) if p.get("line")
                                        else _fill(self.tr("malformed XML: {problem}"), p)),
            "importer-failed": lambda p: _fill(self.tr("the reader failed on it ({reason})"), p),
            "is-folder": lambda p: self.tr("is a folder: give a file name"),
            "broken-link": lambda p: self.tr("a link to nothing"),
            "same-file": lambda p: self.tr("the same file or folder as one read before (a link): read once"),
            "link-loop": lambda p: self.tr("a link back to a folder above it (a loop): not walked again"),
            "would-overwrite": lambda p: _fill(self.tr("would overwrite a file the reader keeps or reads ({kept}): "
                                                       "not written; choose another file name"), p),
            "write-failed": lambda p: _fill(self.tr("cannot be written ({reason}); nothing was changed"), p),
            "no-readable-pages": lambda p: self.tr("no readable page files ({name}: {problem})").format(
                name=p["name"], problem=self.inner_problem(p)),
            "no-readable-articles": lambda p: self.tr("no readable article file in the folder "
                                                      "(first problem: {name}: {problem})").format(
                name=p["name"], problem=self.inner_problem(p)),
        }

    def problem(self, code: str | None, params: Params, fallback: str) -> str:
        """The problem a code and its values describe, in the UI language; fallback when not known."""
        wording = self._problems().get(code or "")
        if wording is None:
            return fallback
        try:
            return wording(params)
        except (KeyError, ValueError, TypeError):
            return fallback

    def inner_problem(self, params: Params) -> str:
        """The problem of a file inside a folder, from the `code` and `problem` a warning or error keeps."""
        return self.problem(params.get("code"), params, str(params.get("problem") or ""))

    # ---- errors
    def error(self, exc: BaseException, path: str | None = None) -> str:
        """"path: problem" for an error opening path, in the UI language."""
        where = getattr(exc, "path", None) or path
        code, params = getattr(exc, "code", None), getattr(exc, "params", None) or {}
        problem = getattr(exc, "problem", None)
        if problem is not None:
            text = self.problem(code, params, problem)
        elif isinstance(exc, OSError):
            text = exc.strerror or str(exc)
        else:
            text = f"{type(exc).__name__}: {exc}"
        return f"{where}: {text}" if where else text

    # ---- warnings about an issue
    def _warnings(self) -> dict[str, Wording]:
        return {
            "truncated": lambda p: _fill(self.tr("「{title}」 stops mid-sentence: the rest is not on the page"), p),
            "continuation-missing": lambda p: (
                _fill(self.tr("「{title}」 continues on page {to_page}, but that part is not in this issue"), p)
                if p.get("to_page") is not None else
                _fill(self.tr("「{title}」 continues from page {from_page}, but that part is not in this issue"), p)),
            "continued-headline": lambda p: _fill(self.tr("「{title}」 is printed on page {page} under the headline "
                                                          "「{printed}」"), p),
            "duplicate-fragment": lambda p: _fill(self.tr("line {line}: the tail of the paragraph before it, printed "
                                                          "twice by the extraction, was dropped"), p),
            "noise": lambda p: self.tr("%n label line(s) before the first headline (QR codes, app names) are not "
                                       "part of any article", "", int(p["count"])),
            "bad-page": lambda p: self.tr("{name}: {problem}; that page is left out").format(
                name=p["name"], problem=self.inner_problem(p)),
            "bad-file": lambda p: self.tr("{name}: {problem}; the file was skipped").format(
                name=p["name"], problem=self.inner_problem(p)),
            "page-unknown": lambda p: (
                _fill(self.tr("「{title}」 names no page (no [01版：…] label or 第 N 版 stamp); put on page {page}, "
                              "after the item before it"), p) if p.get("why") == "after" else
                _fill(self.tr("{name}: no page folder and no `page:` field; put on page {page}"), p)),
            "no-text": lambda p: (
                _fill(self.tr("「{title}」: the body is the scraper's placeholder, not the article"), p)
                if p.get("why") == "placeholder" else _fill(self.tr("「{title}」: the body is empty"), p)),
            "layout-unknown": lambda p: _fill(self.tr("「{title}」: no headline found in its HTML; the listed title "
                                                      "is used"), p),
            "mostly-no-text": lambda p: _fill(self.tr("{empty} of {total} items have no text: the source holds titles "
                                                      "only for most of this issue"), p),
            "page-merged": lambda p: _fill(self.tr("{name} is page {page} too: its items follow those of {other}"), p),
            "jump-target-inferred": lambda p: _fill(self.tr(
                "「{title}」 goes on after （上接…） with no （下转…） marker; the rest was put on page {page}"), p),
            "bad-item": self._bad_item,
            "unreadable": lambda p: _fill(self.tr("{name}: the folder cannot be listed; its articles are left out"), p),
            "same-file": lambda p: _fill(self.tr("{name}: the same file as another one (a link): read once"), p),
            "broken-link": lambda p: _fill(self.tr("{name}: a link to nothing; left out"), p),
            "not-a-file": lambda p: _fill(self.tr("{name}: not a regular file (a pipe, socket or device); left out"),
                                          p),
            "page-folder-unknown": lambda p: self.tr(
                "{name}: the folder's name gives no page number; its %n file(s) are placed by their `page:` field",
                "", int(p["files"])).format(name=p["name"]),
            "page-numbering": lambda p: _fill(self.tr("page folders are numbered from 0 ({names}): each is read as the "
                                                      "page after its number (00 is page 1)"), p),
        }

    def _bad_item(self, p: Params) -> str:
        title = p.get("title") or self.tr("(untitled)")
        why = {"no-text": self.tr("has neither a title nor article text"),
               "no-page": self.tr("names no page (no [01版：…] label or 第 N 版 stamp)")}.get(p.get("why") or "")
        if p.get("why") == "bad-html":
            why = _fill(self.tr("has unreadable article HTML ({error})"), p)
        if why is None:
            raise _MissingValueError("why")
        if p.get("line") is None:
            return self.tr("item 「{title}」 {problem}; skipped").format(title=title, problem=why)
        return self.tr("item 「{title}」 at line {line} {problem}; skipped").format(title=title, line=p["line"],
                                                                                    problem=why)

    def warning(self, warning: Any) -> str:
        """An issue warning (IssueWarning) in the UI language; its English message when not known."""
        wording = self._warnings().get(warning.code)
        if wording is None:
            return str(warning.message)
        try:
            return wording(getattr(warning, "params", None) or {})
        except (KeyError, ValueError, TypeError):
            return str(warning.message)

    # ---- the library file
    def _library_problems(self) -> dict[str, Wording]:
        return {
            "folder": lambda p: self.tr("is a folder, not a library file"),
            "missing": lambda p: self.tr("no such library file"),
            "cannot-create": lambda p: _fill(self.tr("cannot create its folder ({reason})"), p),
            "cannot-open": lambda p: _fill(self.tr("cannot be opened ({reason})"), p),
            "not-sqlite": lambda p: self.tr("not a library: the file is not an SQLite database"),
            "not-library": lambda p: self.tr("is an empty database, not a library"),
            "foreign": lambda p: _fill(self.tr("not a library: an SQLite database of another program ({tables})"), p),
            "newer": lambda p: _fill(self.tr("made by a newer version of the reader (schema {schema}; this version "
                                             "reads up to {supported}): update the reader"), p),
            "older": lambda p: _fill(self.tr("has schema {schema}, which this reader cannot migrate"), p),
            "older-read-only": lambda p: _fill(self.tr("has an older schema ({schema}) and is opened read-only: open "
                                                       "it once with write access to bring it up to date"), p),
            "error": lambda p: _fill(self.tr("cannot be used ({reason})"), p),
            "busy": lambda p: self.tr("is in use by another program for too long: try again"),
            "disk-full": lambda p: self.tr("the disk is full: nothing was changed"),
            "io-error": lambda p: self.tr("a disk I/O error (a full disk, a file size limit or a failing disk)"),
            "full-day": lambda p: self.tr("holds as many articles for one day as a library can"),
            "read-only": lambda p: (self.tr("cannot be created: its folder is read-only") if p.get("what") == "folder"
                                    else self.tr("is read-only: it can be read and searched; importing, removing "
                                                 "and bookmarks need write access")),
            "damaged": self._damaged,
        }

    def _damaged(self, p: Params) -> str:
        what = p.get("what")
        if what == "header":
            return self.tr("is damaged: the SQLite header is cut short")
        if what == "cut-short":
            return _fill(self.tr("is damaged: the file is cut short ({size} bytes, its header says {expected})"), p)
        if what == "tables":
            return _fill(self.tr("is damaged: tables missing ({tables})"), p)
        if what == "pages":
            return _fill(self.tr("is damaged ({reason}); it is left as it is: open another library, or rebuild this "
                                 "one (its issues are imported again where possible)"), p)
        if what == "issue":
            return _fill(self.tr("issue {issue} is damaged: it cannot be read"), p)
        raise _MissingValueError("what")

    def library_problem(self, exc: BaseException) -> str:
        """What is wrong with a library file (a LibraryError's problem), in the UI language."""
        fallback = str(getattr(exc, "problem", None) or exc)
        wording = self._library_problems().get(getattr(exc, "code", None) or "")
        if wording is None:
            return fallback
        try:
            return wording(getattr(exc, "params", None) or {})
        except (KeyError, ValueError, TypeError):
            return fallback

    def library_error(self, exc: BaseException) -> str:
        """"path: problem" for a library error (any other error as error() words it)."""
        path = getattr(exc, "path", None)
        if path is None or not hasattr(exc, "problem"):
            return self.error(exc)
        return f"{path}: {self.library_problem(exc)}"

    # ---- import
    def skip_reason(self, code: str | None, params: Params | None, reason: str) -> str:
        """Why an import skipped a path, in the UI language (reason: the core's English line)."""
        params = params or {}
        inside = params.get("inside")
        if inside:      # the problem is a file inside the issue folder: name it
            return f"{Path(str(inside)).name}: {self.problem(code, params, reason)}" \
                if code in self._problems() else reason
        return self.problem(code, params, reason)


_INSTANCE: Messages | None = None


def messages() -> Messages:
    """The one Messages object (made on first use)."""
    global _INSTANCE
    if _INSTANCE is None:
        _INSTANCE = Messages()
    return _INSTANCE
