"""What the command line prints: text from files is data, never terminal control.

Every line goes through `clean`: control characters other than newline and tab (escape sequences,
carriage returns not ending a line, C1 controls, DEL) are taken out, and text that cannot be printed (a file name
that is not UTF-8) is shown as \\xNN escapes. JSON keeps everything: such characters are escaped
(\\u001b), so the data round-trips. Messages about problems are one line on stderr, "reader: …".
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core.errors import OutputError, display_path

_STRIPPED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")  # a line end CRLF (RIS) stays
_JSON_ESCAPED = re.compile(r"[\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def clean(text: str) -> str:
    """text without control characters other than newline and tab, and printable in UTF-8."""
    text = _STRIPPED.sub("", text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "\n".join(display_path(line) for line in text.split("\n"))
    return text


def line(text: str) -> str:
    """text as one printable line (newlines and tabs become spaces)."""
    return clean(" ".join(text.split("\n")).replace("\t", " "))


def out(text: str) -> None:
    """Write text (already ending in a newline, if it should) to standard output, cleaned."""
    sys.stdout.write(clean(text))


def say(text: str) -> None:
    """Print a line to standard output, cleaned."""
    sys.stdout.write(line(text) + "\n")
    sys.stdout.flush()


def problem(text: str) -> None:
    """Print a one-line message to standard error: `reader: text`."""
    sys.stderr.write("reader: " + line(text) + "\n")
    sys.stderr.flush()


def json_text(value: Any) -> str:
    """value as indented JSON (UTF-8 kept), with control characters and lone surrogates escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def print_json(value: Any) -> None:
    """Write value as JSON to standard output."""
    sys.stdout.write(json_text(value))


def deliver(text: str, target: str | None, library: str | Path | None, sources: Iterable[str | Path],
            what: str = "") -> int:
    """Print text, or write it to target (never over the library or the sources, see safe_write);
    the exit status. what: said after the file name on success (" (2 citation(s))")."""
    if not target:
        out(text)
        return 0
    from ..core.safe_write import write_safely
    try:
        write_safely(target, text, library=library, sources=sources)
    except OutputError as exc:
        problem(str(exc))
        return 2
    say(f"wrote {display_path(target)}{what}")
    return 0
