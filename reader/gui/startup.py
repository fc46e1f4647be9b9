"""Start-up: the reader assembled, and the one list of what comes after the first story is painted.

Before the first paint only the window, the session, the reading pane and the opener of library
issues are made, and nothing of PySide's `Qt` namespace is touched (tests/gui/test_startup_path.py).
`Startup` is the one listener of the pane's first paint: a turn of the event loop later (or
FALLBACK_MS after the window is made, when no story is painted) it runs STEPS in order — the sidebar
(and the pane's scroll watch), the commands (menu entries and keys), Qt's own catalogues, the missing-font
banner, the desktop's theme, find, the library (its file opened a moment later still) — and jieba starts
loading in the background WARM_UP_DELAY_MS after that; then lookup's double-click, its dictionary loading
in the background a little later still.
A Reader made for a test or a tool (deferred=False) builds the sidebar and the commands at once, and
find on first use; its first paint still brings the theme and a library's opening.
"""

from __future__ import annotations

import gc
import os
import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from .find.commands import COMMANDS as FIND_COMMANDS
from .library.opener import register_library_opener
from .reading.controller import ReadingController
from .session.session import ReadingSession
from .shell.opening import IssueOpening
from .shell.window import MainWindow
from .translations import install_qt_translators

if TYPE_CHECKING:
    from .export.actions import ExportFeature
    from .export.citations import CitationFeature
    from .export.printing import PrintFeature
    from .find.controller import FindController
    from .library.controller import LibraryController
    from .library.problem import ProblemDialogs
    from .lookup.controller import LookupFeature
    from .readaloud.controller import ReadAloudFeature
    from .readaloud.engine import SpeechEngine
    from .shell.dialogs import Dialogs
    from .shell.settings import ReaderSettings

FALLBACK_MS = 300               # no story painted by then (nothing to open, an empty issue): go on anyway
WARM_UP_DELAY_MS = 1500         # after the steps, jieba starts loading in a worker
STEPS = ("sidebar", "commands", "qt_catalogues", "banner", "theme", "find", "library", "jieba", "lookup")
STARTUP_PROBE_ENV = "READER_STARTUP_PROBE"   # "1": print when the first story is painted; "exit": and quit;
#                                              "leave": and end the process there (no fallback timer before it)
STARTUP_T0_ENV = "READER_STARTUP_T0"         # wall-clock time (time.time()) the process was launched


class Reader:
    """The assembled reader: the window (shell), the session, the reading feature; find, the library and
    export are built when start-up or a command first needs them."""

    def __init__(self, settings: ReaderSettings, *, theme: str | None = None, font_families: list[str] | None = None,
                 dialogs: Dialogs | None = None, deferred: bool = False, library: bool = False,
                 library_location: str | None = None, words_in_background: bool = False,
                 qt_catalogues_later: str | None = None) -> None:
        self.window = MainWindow(settings, dialogs)
        self.session = ReadingSession(self.window)
        self.opening = IssueOpening(self.window, self.session)
        self.reading = ReadingController(self.window, self.session, font_families, theme,
                                         defer_sidebar=deferred, parent=self.window)
        self.window.commands.add(FIND_COMMANDS)
        self.window.commands.provide("find", lambda: self.find)
        self.window.commands.provide("lookup", lambda: self.lookup)
        self.window.commands.provide("readaloud", lambda: self.read_aloud)
        self.window.commands.provide("cite", lambda: self.citations)
        self.window.commands.provide("printing", lambda: self.printing)
        self._citations: CitationFeature | None = None
        self._printing: PrintFeature | None = None
        self._find: FindController | None = None
        self._lookup: LookupFeature | None = None
        self._read_aloud: ReadAloudFeature | None = None
        self.speech_engine: SpeechEngine | None = None      # read-aloud's engine (None: espeak-ng); tests inject
        self.library: LibraryController | None = None
        self.export: ExportFeature | None = None
        self.library_location = library_location
        if library:
            register_library_opener(self.session, settings, library_location)
        self.startup = Startup(self, deferred, library, words_in_background, qt_catalogues_later)
        if not deferred:
            self.add_later_commands()
            self.window.menu_bar.build_actions()

    def add_later_commands(self) -> None:
        """The commands of lookup, read-aloud, citations and print: declared with the menus' actions (at
        start-up just after the first paint), their features built when first used."""
        from .export.commands import CITE_COMMANDS, PRINT_COMMANDS
        from .lookup.commands import COMMANDS as LOOKUP_COMMANDS
        from .readaloud.commands import COMMANDS as READ_ALOUD_COMMANDS
        self.window.commands.add(LOOKUP_COMMANDS + READ_ALOUD_COMMANDS + CITE_COMMANDS + PRINT_COMMANDS)

    @property
    def find(self) -> FindController:
        """The find bar, results dock, hit marks and keywords (built on first use)."""
        if self._find is None:
            from .find.controller import FindController
            self._find = FindController(self.window, self.session, self.reading, self.window)
        return self._find

    @property
    def lookup(self) -> LookupFeature:
        """Double-click a word for its pinyin and senses (built on first use, or just after the first paint)."""
        if self._lookup is None:
            from .lookup.controller import LookupFeature
            self._lookup = LookupFeature(self.window, self.reading.pane_text(), self.window)
        return self._lookup

    @property
    def read_aloud(self) -> ReadAloudFeature:
        """Read the story aloud sentence by sentence (built on first use)."""
        if self._read_aloud is None:
            from .readaloud.controller import ReadAloudFeature
            if self.speech_engine is None:
                from .readaloud.engine import EspeakEngine
                self.speech_engine = EspeakEngine(parent=self.window)
            self._read_aloud = ReadAloudFeature(self.window, self.session, self.reading.pane_text(),
                                                self.speech_engine, self.window)
        return self._read_aloud

    @property
    def citations(self) -> CitationFeature:
        """GB/T 7714, RIS, BibLaTeX and CSL-JSON of what is read (built on first use)."""
        if self._citations is None:
            from .export.citations import CitationFeature
            self._citations = CitationFeature(self.window, self.session, self.reading.pane_text(), self.window)
        return self._citations

    @property
    def printing(self) -> PrintFeature:
        """Print and PDF of the article or the issue as typeset in the pane (built on first use)."""
        if self._printing is None:
            from .export.printing import PrintFeature
            self._printing = PrintFeature(self.window, self.session, self.reading, parent=self.window)
        return self._printing

    def install_library(self, location: str | None = None, words_after_import: bool = True,
                        problems: ProblemDialogs | None = None, remember_positions: bool = True) -> LibraryController:
        """The library's panels, dock and commands, and the export commands; the file is opened a moment
        after the first paint (at once on first use)."""
        from .export.actions import ExportFeature
        from .library.controller import LibraryController
        self.library = LibraryController(self.window, self.session, self.reading, location or self.library_location,
                                         words_after_import, problems, remember_positions, self.window)
        self.export = ExportFeature(self.window, self.session, self.window,   # never written over: the library
                                    library=lambda: self.library.location if self.library is not None else None)
        if self.startup.done:
            self.library.start_later()
        return self.library


class Startup(QObject):
    """What comes after the first paint, in order (see the module docstring)."""

    def __init__(self, reader: Reader, deferred: bool, library: bool, words_in_background: bool,
                 qt_catalogues_language: str | None = None) -> None:
        super().__init__(reader.window)
        self.reader = reader
        self.deferred = deferred
        self.library = library
        self.words_in_background = words_in_background
        self.done = False
        self.steps_run: list[str] = []
        self.qt_catalogues_language = qt_catalogues_language   # the UI language of Qt's own strings, if later
        pane = reader.reading.pane
        pane.first_story_painted.connect(self._first_paint)
        if deferred and os.environ.get(STARTUP_PROBE_ENV) != "leave":   # (no receiver argument: resolving that
            QTimer.singleShot(FALLBACK_MS, self.run)   # overload builds QMetaMethod's type; run() checks that
            #                                            this object is still alive instead)

    def _first_paint(self) -> None:
        QTimer.singleShot(0, self.run)
        report_startup_probe()

    def run(self) -> None:
        """The steps, once (not after the window is gone)."""
        if self.done or not shiboken6.isValid(self):
            return
        self.done = True
        if self.deferred:
            gc.enable()      # main.py pauses the cyclic collector until the first story is on screen
        for step in STEPS:
            getattr(self, f"_{step}")()

    def _ran(self, step: str) -> None:
        self.steps_run.append(step)

    def _sidebar(self) -> None:
        if self.deferred:
            self.reader.reading.after_first_paint()      # the story first, its headlines a frame later
            self._ran("sidebar")

    def _commands(self) -> None:
        if self.deferred:
            self.reader.add_later_commands()
            self.reader.window.menu_bar.build_actions()
            self._ran("commands")

    def _qt_catalogues(self) -> None:
        app = QCoreApplication.instance()
        if self.qt_catalogues_language is not None and app is not None:   # Qt's own words (dialog buttons,
            install_qt_translators(app, self.qt_catalogues_language)       # context menus)
            self._ran("qt_catalogues")

    def _banner(self) -> None:
        if self.deferred:
            self.reader.reading.show_font_banner()      # when no Chinese font is found
            self._ran("banner")

    def _theme(self) -> None:
        self.reader.reading.appearance.follow_system()   # the desktop's scheme, asked now (see themes)
        self._ran("theme")

    def _find(self) -> None:
        if self.deferred:
            _ = self.reader.find
            self._ran("find")

    def _library(self) -> None:
        if self.reader.library is not None:
            self.reader.library.start_later()
        elif self.library:
            self.reader.install_library().start_later()
        else:
            return
        self._ran("library")

    def _jieba(self) -> None:
        if self.words_in_background:
            self.reader.find.load_words_in_background(WARM_UP_DELAY_MS)
            self._ran("jieba")

    def _lookup(self) -> None:
        if self.deferred:
            lookup = self.reader.lookup          # double-clicks look words up from now on
            if self.words_in_background:
                lookup.warm_up_in_background()   # the dictionary, pypinyin, OpenCC: after jieba
            self._ran("lookup")


def report_startup_probe() -> None:
    """With READER_STARTUP_PROBE set, print the time from launch to the first story on screen."""
    probe = os.environ.get(STARTUP_PROBE_ENV)
    if not probe:
        return
    if probe == "leave":       # counting what precedes the first paint (bench/startup_instructions.py)
        print("startup-probe: painted", flush=True)
        os._exit(0)
    t0 = os.environ.get(STARTUP_T0_ENV)
    elapsed = (time.time() - float(t0)) * 1000 if t0 else process_age_ms()
    cpu = cpu_ms()
    print(f"startup-probe: first_article_paint_ms={elapsed:.1f} cpu_ms={cpu:.1f}", flush=True)
    if probe == "exit":
        from PySide6.QtWidgets import QApplication
        QTimer.singleShot(0, QApplication.quit)


def cpu_ms() -> float:
    """CPU milliseconds of this process and of the children it reaped (a parse ahead), to the microsecond
    (os.times counts in clock ticks, 10 ms)."""
    import resource
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (time.process_time() + children.ru_utime + children.ru_stime) * 1000


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux /proc; else since this module loaded)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _MODULE_T0) * 1000


_MODULE_T0 = time.perf_counter()
