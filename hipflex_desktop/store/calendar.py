"""The weekly training schedule as an iCalendar file (RFC 5545), for any calendar app.

Qt-free, standard library only. :func:`weekly_schedule_ics` returns one VCALENDAR with one
recurring VEVENT in the user's IANA time zone (so the session stays at the same wall-clock
time across daylight saving changes), the VTIMEZONE that RFC 5545 requires for that zone,
and an optional display reminder.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hipflex_desktop import APP_NAME, __version__

__all__ = ["escape_text", "fold_line", "weekly_schedule_ics"]

WEEKDAY_CODES: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
"""RFC 5545 weekday codes, indexed like :meth:`date.weekday` (0 = Monday)."""

_MAX_OCTETS: Final = 75
_ZONE_YEARS_BEFORE: Final = 1  # zone rules from the year before the first session …
_ZONE_YEARS_AFTER: Final = 5  # … to five years after it
_SCAN_STEP: Final = timedelta(hours=6)


def escape_text(value: str) -> str:
    r"""Escape a TEXT value: ``\`` ``;`` ``,`` and line breaks; drop other control
    characters, which TEXT may not contain."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch in "\n\t" or not (ord(ch) < 32 or ord(ch) == 127))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets of UTF-8, joined by CRLF and a
    space, never splitting a character."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = _MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
            limit = _MAX_OCTETS - 1  # a continuation line starts with a space
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _utc_stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local_stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def _offset_text(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


@dataclass(frozen=True)
class _Transition:
    local_onset: datetime  # naive wall time, in the offset in force before the change
    offset_from: timedelta
    offset_to: timedelta
    name: str
    is_dst: bool


def _state(zone: ZoneInfo, instant: datetime) -> tuple[timedelta, str, bool]:
    local = instant.astimezone(zone)
    offset = local.utcoffset() or timedelta(0)
    dst = local.dst()
    return offset, local.tzname() or "", bool(dst)


def _transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Transition]:
    """The zone's changes of offset, name or daylight saving in the given years."""
    found: list[_Transition] = []
    instant = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    state = _state(zone, instant)
    while instant < end:
        following = instant + _SCAN_STEP
        new_state = _state(zone, following)
        if new_state != state:
            low, high = instant, following
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if _state(zone, middle) == state:
                    low = middle
                else:
                    high = middle
            offset_to, name, is_dst = _state(zone, high)
            onset = (high + state[0]).replace(tzinfo=None)
            found.append(_Transition(onset, state[0], offset_to, name, is_dst))
            state = _state(zone, high)
        instant = following
    return found


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _yearly_rule(onsets: Sequence[datetime], years: range) -> str | None:
    """An RRULE for onsets that fall once a year on the same nth (or last) weekday of the
    same month at the same time, or ``None``."""
    if [onset.year for onset in onsets] != list(years):
        return None
    first = onsets[0]
    if any(
        (o.month, o.weekday(), o.time()) != (first.month, first.weekday(), first.time())
        for o in onsets
    ):
        return None
    code = WEEKDAY_CODES[first.weekday()]
    nths = {(o.day - 1) // 7 + 1 for o in onsets}
    if len(nths) == 1 and max(nths) < 5:
        return f"FREQ=YEARLY;BYMONTH={first.month};BYDAY={nths.pop()}{code}"
    if all(o.day + 7 > _days_in_month(o.year, o.month) for o in onsets):
        return f"FREQ=YEARLY;BYMONTH={first.month};BYDAY=-1{code}"
    return None


def _vtimezone(tzname: str, zone: ZoneInfo, around: date) -> list[str]:
    first_year = around.year - _ZONE_YEARS_BEFORE
    last_year = around.year + _ZONE_YEARS_AFTER
    transitions = _transitions(zone, first_year, last_year)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzname}"]
    if not transitions:
        offset, name, _dst = _state(zone, datetime(around.year, 1, 1, tzinfo=UTC))
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{_offset_text(offset)}",
            f"TZOFFSETTO:{_offset_text(offset)}",
            f"TZNAME:{escape_text(name)}",
            "END:STANDARD",
        ]
        return [*lines, "END:VTIMEZONE"]
    groups: dict[tuple[timedelta, timedelta, str, bool], list[datetime]] = {}
    for change in transitions:
        key = (change.offset_from, change.offset_to, change.name, change.is_dst)
        groups.setdefault(key, []).append(change.local_onset)
    for (offset_from, offset_to, name, is_dst), onsets in groups.items():
        kind = "DAYLIGHT" if is_dst else "STANDARD"
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{_local_stamp(onsets[0])}",
            f"TZOFFSETFROM:{_offset_text(offset_from)}",
            f"TZOFFSETTO:{_offset_text(offset_to)}",
        ]
        rule = _yearly_rule(onsets, range(first_year, last_year + 1))
        if rule is not None:
            lines.append(f"RRULE:{rule}")
        elif len(onsets) > 1:
            # Irregular rules: listed one by one, exact within the years covered.
            lines.append("RDATE:" + ",".join(_local_stamp(onset) for onset in onsets[1:]))
        lines += [f"TZNAME:{escape_text(name)}", f"END:{kind}"]
    return [*lines, "END:VTIMEZONE"]


def weekly_schedule_ics(
    *,
    days: Sequence[int],
    time: _dt.time,
    duration_minutes: int,
    tzname: str,
    title: str,
    description: str,
    start: date,
    uid_domain: str = "hipflex.desktop",
    uid: str | None = None,
    reminder_minutes: int | None = 15,
    now: datetime | None = None,
) -> str:
    """A VCALENDAR with one weekly recurring training event.

    ``days`` are weekdays (0 = Monday … 6 = Sunday); the first event is on the first of
    them on or after ``start``, at wall-clock ``time`` (naive) in the IANA zone
    ``tzname``, for ``duration_minutes``. ``title`` and ``description`` are free text
    (escaped here). ``uid`` defaults to a new random ``<uuid>@<uid_domain>``; pass the same
    one again (e.g. kept in the settings) so that a calendar app replaces the schedule it
    imported before instead of adding a second one. ``reminder_minutes`` adds a display
    alarm that long before each event (``None``: no alarm). ``now`` is the DTSTAMP
    (default: the current time).

    The text uses CRLF line ends and lines folded at 75 octets, and ends with CRLF.
    Raises :class:`ValueError` for an unknown zone, no or invalid days, a non-positive
    duration or an aware ``time``.
    """
    weekdays = sorted(set(days))
    if not weekdays:
        raise ValueError("at least one training day is needed")
    if any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in days):
        raise ValueError(f"days are 0 (Monday) to 6 (Sunday), got {list(days)!r}")
    if duration_minutes <= 0:
        raise ValueError(f"the duration must be positive, got {duration_minutes}")
    if reminder_minutes is not None and reminder_minutes < 0:
        raise ValueError(f"the reminder cannot be after the start, got {reminder_minutes}")
    if time.tzinfo is not None:
        raise ValueError("time is a wall-clock time in tzname; it must not carry a tzinfo")
    if any(ch in tzname for ch in '";:,\r\n') or not tzname:
        raise ValueError(f"unknown time zone {tzname!r}")
    try:
        zone = ZoneInfo(tzname)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {tzname!r}") from exc

    first_day = next(
        start + timedelta(days=ahead)
        for ahead in range(7)
        if (start + timedelta(days=ahead)).weekday() in weekdays
    )
    dtstart = datetime.combine(first_day, time.replace(tzinfo=None))
    stamp = now if now is not None else datetime.now(UTC)
    if stamp.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    byday = ",".join(WEEKDAY_CODES[d] for d in weekdays)
    event_uid = uid if uid is not None else f"{uuid.uuid4()}@{uid_domain}"

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{APP_NAME}//{APP_NAME} {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *_vtimezone(tzname, zone, first_day),
        "BEGIN:VEVENT",
        f"UID:{escape_text(event_uid)}",
        f"DTSTAMP:{_utc_stamp(stamp)}",
        f"DTSTART;TZID={tzname}:{_local_stamp(dtstart)}",
        f"DURATION:PT{duration_minutes}M",
        f"RRULE:FREQ=WEEKLY;WKST=MO;BYDAY={byday}",
        f"SUMMARY:{escape_text(title)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:OPAQUE",
    ]
    if reminder_minutes is not None:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(title)}",
            f"TRIGGER:-PT{reminder_minutes}M",
            "END:VALARM",
        ]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold_line(line) + "\r\n" for line in lines)
