"""The parse server's process (see parse_server.py): `python -m reader.core.parse_worker`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Any


def _warm(path: str, fmt: str | None) -> None:
    """Import the importer of fmt (else of the format path has) here, once, so that every forked
    child starts with it; what cannot be told here is left to the child to say."""
    from .formats import IMPORTERS
    from .loading import detect_format

    try:
        name = fmt or detect_format(Path(path))  # sniffing reads little
        if name in IMPORTERS:
            IMPORTERS[name]
    except Exception:  # noqa: BLE001 — the child reads it again and says what is wrong, bounded
        return


def serve(inp: IO[bytes], out: IO[bytes]) -> None:
    """Answer requests (path, fmt, fn, args, limits, setup): fn(*args) run bounded (bounds.run_bounded;
    setup run here once first), as ("ok", value), ("error", IssueError) or ("failed", text), until
    the input ends."""
    from .bounds import run_bounded, set_up_once
    from .errors import IssueError
    from .parse_server import read_message, write_message

    while True:
        try:
            path, fmt, fn, args, limits, setup = read_message(inp)
        except EOFError:
            return
        try:
            _warm(path, fmt)
            set_up_once(setup)
            answer: tuple[str, Any] = ("ok", run_bounded(path, fn, *args, limits=limits))
        except IssueError as exc:
            answer = ("error", exc)
        except Exception as exc:  # noqa: BLE001 — said to the client, which names the file
            answer = ("failed", f"{type(exc).__name__}: {exc}")
        write_message(out, answer)


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
