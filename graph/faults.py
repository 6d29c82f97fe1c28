"""Fault injection for crash tests: ``DIPLOGRAPH_CRASH_IN_WRITE=N`` makes the process SIGKILL itself in the
middle of its N-th write transaction (after some of the batch is written, before the commit)."""
from __future__ import annotations

import os
import signal

_writes = 0


def crash_point() -> None:
    global _writes
    target = os.environ.get("DIPLOGRAPH_CRASH_IN_WRITE")
    if not target:
        return
    _writes += 1
    if _writes == int(target):
        os.kill(os.getpid(), signal.SIGKILL)
