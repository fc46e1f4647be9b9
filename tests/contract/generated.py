"""Issues made from a number, the same in every process: many, varied, and quick to make."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import threading

from reader.core.model import Issue

from ..fixtures.library.helpers import ROOT, make_issue

PAPERS = ["清河日报", "北岸晚报", "江川日报"]
WORDS = ["发展", "经济", "乡村", "振兴", "台湾", "臺灣", "人民", "人民币", "的", "ＧＤＰ", "gdp", "口袋公园",
         "供暖", "高质量", "，", "。"]
QUERIES = ["发展", "经济 -乡村", "台湾", "口袋公园", "的", '"人民币"', "ＧＤＰ 发展"]


def generated_issue(n: int) -> Issue:
    """Issue number n: a paper and a date of its own (key PAPER:DATE), four pages of text."""
    rng = random.Random(n)
    paper = PAPERS[n % len(PAPERS)]
    date = dt.date(2020, 1, 1) + dt.timedelta(days=n // len(PAPERS))
    pages = {}
    for page in range(1, 5):
        pages[page] = [(rng.choice(WORDS[:14]) + rng.choice(WORDS[:14]),
                        ["".join(rng.choices(WORDS, k=rng.randint(20, 120))) for _ in range(rng.randint(1, 4))])
                       for _ in range(rng.randint(2, 6))]
    return make_issue(paper, date, pages)


def child(location: str, *args: str) -> subprocess.Popen[str]:
    """`python -m tests.contract.child LOCATION ARGS` in the project folder, its stderr a pipe."""
    env = dict(os.environ)
    env.pop("READER_LIBRARY", None)
    return subprocess.Popen([sys.executable, "-m", "tests.contract.child", location, *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8")


class Lines:
    """A child's stderr lines, read in a thread as they come."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self.seen = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(proc,), daemon=True)
        self._thread.start()

    def _read(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            with self.seen:
                self.lines.append(line.rstrip("\n"))
                self.seen.notify_all()
        proc.stderr.close()
        with self.seen:
            self.lines.append("<eof>")
            self.seen.notify_all()

    def wait_for(self, prefix: str, count: int = 1, timeout: float = 60.0) -> None:
        """Until `count` lines start with prefix (fails when the child ends first or on timeout)."""
        with self.seen:
            ok = self.seen.wait_for(lambda: sum(x.startswith(prefix) for x in self.lines) >= count
                                    or "<eof>" in self.lines, timeout)
            assert ok and sum(x.startswith(prefix) for x in self.lines) >= count, self.lines[-20:]

    def finish(self) -> None:
        """Wait until the child's stderr is read to its end (and closed)."""
        self._thread.join(timeout=60)

    def committed(self) -> list[str]:
        """The keys the child announced as committed (after it ended)."""
        self.finish()
        return [x.split(" ", 1)[1] for x in self.lines if x.startswith("committed ")]


def kill_hard(proc: subprocess.Popen[str]) -> int:
    """SIGKILL the process (no clean-up of any kind runs in it) and reap it."""
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return proc.returncode

