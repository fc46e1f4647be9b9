"""Start the reader: arguments, the Qt application, its language, the window, the first issue."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication

from .shell.settings import APPLICATION, ORGANIZATION, THEMES, ReaderSettings
from .startup import Reader
from .translations import LANGUAGES, choose_language, install_translators, resource_path

if TYPE_CHECKING:
    from .session.session import ReadingSession


def sample_issue_path() -> str:
    """The sample issue bundled with the reader (a folder of page files)."""
    return str(resource_path("sample"))


def parse_size(text: str) -> QSize:
    """'1280x800' as a QSize (argparse type)."""
    try:
        width, height = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range (200–10000 pixels a side)")
    return QSize(width, height)


def build_parser() -> argparse.ArgumentParser:
    """The window's command line."""
    parser = argparse.ArgumentParser(prog="main.py", description="报纸阅读器: read a newspaper issue.")
    parser.add_argument("path", nargs="?", help="an issue: page file, folder of pages, feed or article folder")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the window offscreen to FILE and exit")
    parser.add_argument("--article", metavar="ID", help="show this article (an item id such as p1-2)")
    parser.add_argument("--size", type=parse_size, default=QSize(1280, 800), metavar="WxH",
                        help="window size for --screenshot (default 1280x800)")
    parser.add_argument("--theme", choices=THEMES, help="colour theme (default: as last chosen)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: from the system)")
    parser.add_argument("--find", metavar="QUERY",
                        help="with --screenshot: search the issue for QUERY with the find bar open")
    parser.add_argument("--library", metavar="PATH",
                        help="the library file (default $READER_LIBRARY, else one in the user data folder)")
    parser.add_argument("--panel", choices=("library", "bookmarks"),
                        help="with --screenshot: show this panel of the library")
    parser.add_argument("--library-search", metavar="QUERY",
                        help="with --screenshot: search the library for QUERY with its search view open")
    return parser


# The options that take a value, as their destinations (build_parser's, which parses everything else)
VALUE_OPTIONS = {"--screenshot": "screenshot", "--article": "article", "--size": "size", "--theme": "theme",
                 "--lang": "lang", "--find": "find", "--library": "library", "--panel": "panel",
                 "--library-search": "library_search"}
CHOICES = {"theme": THEMES, "lang": LANGUAGES, "panel": ("library", "bookmarks")}


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The window's command line as build_parser reads it. A plain one (an issue's path, options each
    with its value in the next word) is read without building the parser, whose help texts go through
    gettext and import `locale` (about 1 % of a start-up); help, errors and any other form go to it."""
    return quick_arguments(argv) or build_parser().parse_args(argv)


def quick_arguments(argv: list[str]) -> argparse.Namespace | None:
    """argv read as build_parser would, or None for anything but the plain forms."""
    values: dict[str, object] = {"path": None, "size": QSize(1280, 800), **{d: None for d in VALUE_OPTIONS.values()
                                                                            if d != "size"}}
    words = iter(argv)
    for word in words:
        if not word.startswith("-"):
            if values["path"] is not None:
                return None
            values["path"] = word
            continue
        dest = VALUE_OPTIONS.get(word)
        value = next(words, None)
        if dest is None or value is None or value.startswith("-"):
            return None     # -h, --opt=value, an abbreviation, a value that reads as an option, …
        if dest in CHOICES and value not in CHOICES[dest]:
            return None
        if dest == "size":
            try:
                values[dest] = parse_size(value)
            except argparse.ArgumentTypeError:
                return None
        else:
            values[dest] = value
    return argparse.Namespace(**values)


def create_application(screenshot: bool) -> QApplication:
    """The QApplication (offscreen for screenshots)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("报纸阅读器")
    return app


def main(argv: list[str]) -> int:
    """Run the reader window; returns the exit status."""
    args = parse_arguments(argv)
    if not args.screenshot:
        from .shell.platform_check import check_x11_platform
        advice = check_x11_platform()
        if advice:
            print(advice, file=sys.stderr)
            return 1
    app = create_application(bool(args.screenshot))
    language = choose_language(args.lang)
    install_translators(app, language, qt_catalogues=bool(args.screenshot))   # else Qt's: after the paint
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Newspaper Reader"))   # in the UI's language
    if args.screenshot:
        gc.enable()     # main.py paused it for the window's start-up
        from .screenshot import take_screenshot
        return take_screenshot(args, sample_issue_path())
    settings = ReaderSettings()
    # see startup.py: what comes after the first paint (Qt's own catalogues among it)
    reader = Reader(settings, theme=args.theme, deferred=True, library=True, library_location=args.library,
                    words_in_background=True, qt_catalogues_later=language)
    open_first_issue(reader.session, settings, args.path, args.article)
    reader.window.show()
    status = app.exec()
    finish_background_work()
    return status


def finish_background_work() -> None:
    """Drop queued pool tasks and wait for running ones (jieba loading, an issue being opened) while
    Python is still whole: a worker thread entering Python as the interpreter shuts down can hang the
    exit. The library's own tasks were cancelled when the window closed."""
    from PySide6.QtCore import QThreadPool
    pool = QThreadPool.globalInstance()
    pool.clear()
    pool.waitForDone()


def open_first_issue(session: ReadingSession, settings: ReaderSettings, path: str | None,
                     article: str | None) -> None:
    """PATH if given; else the last issue at its last article; else the bundled sample.

    An issue parsed before (in the parse cache) is put on screen at once; otherwise it is opened
    off the GUI thread and shown when it arrives.
    """
    fallback = None
    scroll = 0
    if path:
        target, item_id = path, article
    elif settings.last_issue():
        target, fallback = str(settings.last_issue()), sample_issue_path()
        item_id, scroll = settings.last_position()
        if article:
            item_id, scroll = article, 0
    else:
        target, item_id = sample_issue_path(), article
    from ..core import issue_cache
    cached = issue_cache.load(target)
    if cached is not None:
        session.set_issue(cached, target, item_id, scroll)
    else:
        session.open(target, item_id, scroll, fallback=fallback)
