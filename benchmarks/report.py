"""What the benchmarks of ``run_all.py`` share: a row of the report, its table, the machine.

Each row holds one figure beside its target, the baseline measured in the same run and their
ratio, and whether the target was met (``None``: shown for information, no target).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import platform
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True)
class Row:
    figure: str
    value: str
    target: str = "—"
    baseline: str = "—"
    ratio: str = "—"
    passed: bool | None = None  # None: for information
    key: str = ""  # names the explanation of a missed target in the report

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        return cls(**data)


def verdict(passed: bool | None) -> str:
    return "info" if passed is None else ("pass" if passed else "**FAIL**")


def table(rows: Iterable[Row], *, measured: str = "Measured", target: str = "Target",
          baseline: str = "Baseline (same run)") -> str:
    """The rows as a Markdown table; the Ratio column only when a row has a ratio."""
    rows = list(rows)
    with_ratio = any(r.ratio != "—" for r in rows)
    headings = ["Figure", measured, target, baseline, *(["Ratio"] if with_ratio else []),
                "Result"]
    lines = ["| " + " | ".join(headings) + " |", "|" + "---|" * len(headings)]
    for r in rows:
        cells = [r.figure, r.value, r.target, r.baseline, *([r.ratio] if with_ratio else []),
                 verdict(r.passed)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile (``q`` in 0..100); NaN for no values."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = max(0, math.ceil(q / 100 * len(ordered)) - 1)
    return ordered[rank]


def slope(points: Sequence[tuple[float, float]]) -> float:
    """Least-squares slope of ``y`` over ``x`` (0 for fewer than two points)."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return 0.0
    return sum((x - mx) * (y - my) for x, y in points) / sxx


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_total() -> int:
    """Bytes of RAM (``MemTotal``), 0 if unknown."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))}, {platform.system()}" \
                       f" {platform.release()}"
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}"


def machine() -> dict[str, str]:
    """The machine and the software the figures were measured on."""
    import PySide6
    from PySide6 import QtCore

    load = os.getloadavg()
    return {
        "CPU": f"{cpu_model()}, {os.cpu_count()} cores",
        "Memory": f"{memory_total() / 1024 ** 3:.1f} GiB",
        "OS": os_name(),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Qt / PySide6": f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}",
        "Date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "Load average at the start (1, 5, 15 min)": ", ".join(f"{v:.2f}" for v in load),
    }


def file_system(path: Path) -> str:
    """The type of the file system ``path`` lies on (``ext4``, ``tmpfs``...), from /proc/mounts."""
    target = str(Path(path).resolve())
    best, kind = "", "unknown"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            parts = line.split()
            if len(parts) < 3:
                continue
            mount = parts[1]
            inside = target == mount or target.startswith(mount.rstrip("/") + "/")
            if inside and len(mount) >= len(best):
                best, kind = mount, parts[2]
    except OSError:
        pass
    return kind


def replace_section(doc: Path, heading: str, section: str) -> None:
    """Replace the ``## heading`` section of ``doc`` with ``section`` (or add it at the end),
    leaving the other sections alone."""
    text = doc.read_text() if doc.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^## {re.escape(heading)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(text):
        # A blank line before the section that follows, if any.
        text = pattern.sub(lambda _: section.rstrip("\n") + "\n\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text.rstrip("\n") + "\n")
