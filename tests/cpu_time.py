"""CPU time, for the tests that say a check "fails fast".

A wall-clock bound fails whenever other work shares the machine (CI has two cores; a benchmark
or a second test run next door doubles every wall time), although the code under test did no
more work. The CPU time the process spends is what a slow check would show, and it stays put
when the machine is busy. A hang that spends no CPU is caught by the timeouts instead
(pytest-timeout, subprocess's timeout).
"""

from __future__ import annotations

import resource
import time


def cpu_seconds() -> float:
    """CPU time this process has used so far (user + system)."""
    return time.process_time()


def children_cpu_seconds() -> float:
    """CPU time used so far by the child processes this process has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
