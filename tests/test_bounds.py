"""The bounded child process: whatever the child does, the parent answers within its limits."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from types import FrameType

import pytest

from reader.core import bounds
from reader.core.bounds import Limits, run_bounded
from reader.core.errors import IssueError

pytestmark = pytest.mark.core


def _half_an_answer_then_hang(write_fd: int, body: bytes) -> None:
    os.write(write_fd, body[: len(body) // 2])  # the start of the answer, never finished
    time.sleep(3600)


def _last_words_then_abort() -> None:
    os.write(2, b"Fatal Python error: something the reader must not see\n")
    os.abort()


@pytest.fixture
def parent_alarm() -> Iterator[None]:
    """Fails the test, instead of hanging the suite, if the parent waits past 20 s."""
    def ring(_signum: int, _frame: FrameType | None) -> None:
        raise AssertionError("the parent waited past its limit")

    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.usefixtures("parent_alarm")
def test_a_child_that_stops_half_way_through_its_answer_is_stopped_at_the_deadline(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "_send_answer", _half_an_answer_then_hang)  # (the forked child has it, too)
    asked = time.monotonic()
    with pytest.raises(IssueError) as caught:
        run_bounded("issue.md", str.upper, "报" * 100_000, limits=Limits(seconds=0.5))
    assert caught.value.code == "too-slow" and caught.value.path == "issue.md"
    assert time.monotonic() - asked < 5


@pytest.mark.usefixtures("parent_alarm")
def test_a_child_that_dies_is_told_in_one_message_and_its_last_words_stay_out_of_the_output(
        capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(IssueError) as caught:
        run_bounded("issue.md", _last_words_then_abort, limits=Limits(seconds=10))
    assert caught.value.code == "reader-died" and f"signal {int(signal.SIGABRT)}" in caught.value.problem
    assert "Fatal Python error" not in capfd.readouterr().err


def test_a_childs_answer_of_many_megabytes_arrives_whole() -> None:
    text = "报" * 3_000_000
    assert run_bounded("issue.md", str.upper, text, limits=Limits(seconds=30)) == text
