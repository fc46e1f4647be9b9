"""The bounded child process: whatever the child does, the parent answers within its limits.

Each case runs in a fresh single-threaded interpreter, as the command line is (the test process
may have threads by now, and then run_bounded spawns its child instead of forking it).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import textwrap

import pytest

from reader.core.bounds import Limits, run_bounded
from reader.core.parse_server import read_reply

from .fixtures.hostile import ROOT

pytestmark = pytest.mark.core

_PRELUDE = """
import os, signal, time
from reader.core import bounds
from reader.core.errors import IssueError

def half_an_answer_then_hang(write_fd, body):
    os.write(write_fd, body[: len(body) // 2])  # the start of the answer, never finished
    time.sleep(3600)

def last_words_then_abort():
    os.write(2, b"Fatal Python error: something the reader must not see\\n")
    os.abort()

def report(fn, *args, seconds):
    asked = time.monotonic()
    try:
        bounds.run_bounded("issue.md", fn, *args, limits=bounds.Limits(seconds=seconds))
    except IssueError as exc:
        print(exc.code, exc.path, round(time.monotonic() - asked, 1), exc.problem, sep="|")
"""


def _run(case: str) -> subprocess.CompletedProcess[str]:
    script = _PRELUDE + textwrap.dedent(case)
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_a_child_that_stops_half_way_through_its_answer_is_stopped_at_the_deadline() -> None:
    proc = _run("""
        bounds._send_answer = half_an_answer_then_hang  # (the forked child has it, too)
        report(str.upper, "报" * 100_000, seconds=0.5)
    """)
    assert proc.stdout.count("|") == 3, (proc.stdout, proc.stderr)
    code, path, took, _problem = proc.stdout.strip().split("|")
    assert (code, path) == ("too-slow", "issue.md") and float(took) < 15, proc.stdout  # 0.5 s, on a loaded machine


def test_a_child_that_dies_is_told_in_one_message_and_its_last_words_stay_out_of_the_output() -> None:
    proc = _run("""
        report(last_words_then_abort, seconds=10)
    """)
    assert proc.stdout.count("|") == 3, (proc.stdout, proc.stderr)
    code, path, _took, problem = proc.stdout.strip().split("|")
    assert (code, path) == ("reader-died", "issue.md") and "signal 6" in problem
    assert proc.stderr == ""


def test_a_childs_answer_of_many_megabytes_arrives_whole() -> None:
    text = "报" * 3_000_000
    assert run_bounded("issue.md", str.upper, text, limits=Limits(seconds=60)) == text


def test_a_parse_servers_answer_cut_short_is_given_up_on_not_waited_for() -> None:
    class GaveUpError(Exception):
        pass

    body = pickle.dumps(("ok", "报" * 1000))
    read_fd, write_fd = os.pipe()
    try:
        os.write(write_fd, len(body).to_bytes(8, "big") + body[:100])  # the start, and then nothing
        waits: list[None] = []

        def idle() -> None:
            waits.append(None)
            if len(waits) == 3:
                raise GaveUpError

        with pytest.raises(GaveUpError):
            read_reply(read_fd, idle)
        os.write(write_fd, len(body).to_bytes(8, "big") + body)  # a whole one arrives whole
        assert read_reply(read_fd, idle) == ("ok", "报" * 1000)
    finally:
        os.close(read_fd)
        os.close(write_fd)
