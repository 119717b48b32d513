"""The weekly schedule as iCalendar: read back with a small RFC 5545 parser written here."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hipflex_desktop.store.calendar import weekly_schedule_ics
from tests.store.helpers import UNHURRIED

NOW = datetime(2026, 1, 1, 9, 15, 30, tzinfo=UTC)


# ---- a small reader -------------------------------------------------------------------


@dataclass
class Prop:
    name: str
    params: dict[str, str]
    value: str


@dataclass
class Component:
    name: str
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def get(self, name: str) -> Prop:
        (found,) = [p for p in self.props if p.name == name]
        return found

    def all(self, name: str) -> list[Component]:
        return [c for c in self.children if c.name == name]


def check_lines(text: str) -> None:
    """CRLF everywhere, nothing else; no physical line over 75 octets."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")
    for line in text.split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75, line


def unfold(text: str) -> list[str]:
    raw = text.encode("utf-8").replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    return raw.decode("utf-8").split("\r\n")[:-1]


def split_line(line: str) -> Prop:
    in_quotes = False
    for index, ch in enumerate(line):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == ":" and not in_quotes:
            head, value = line[:index], line[index + 1 :]
            break
    else:
        raise AssertionError(f"no value in {line!r}")
    name, *params = head.split(";")
    assert re.fullmatch(r"[A-Z][A-Z0-9-]*", name), name
    return Prop(name, dict(p.split("=", 1) for p in params), value)


def parse(text: str) -> Component:
    check_lines(text)
    stack: list[Component] = []
    root: Component | None = None
    for line in unfold(text):
        prop = split_line(line)
        if prop.name == "BEGIN":
            stack.append(Component(prop.value))
        elif prop.name == "END":
            done = stack.pop()
            assert done.name == prop.value
            if stack:
                stack[-1].children.append(done)
            else:
                root = done
        else:
            stack[-1].props.append(prop)
    assert not stack
    assert root is not None
    return root


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def local(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%dT%H%M%S")


def schedule(**changes: object) -> str:
    arguments: dict[str, object] = {
        "days": [0, 3],
        "time": time(7, 30),
        "duration_minutes": 25,
        "tzname": "Europe/Berlin",
        "title": "Hip flexors",
        "description": "Weekly strengthening",
        "start": date(2026, 1, 1),
        "now": NOW,
    }
    arguments.update(changes)
    return weekly_schedule_ics(**arguments)  # type: ignore[arg-type]


# ---- the calendar and its event ----------------------------------------------------


def test_a_valid_calendar_with_one_weekly_event() -> None:
    calendar = parse(schedule())
    assert calendar.name == "VCALENDAR"
    assert calendar.get("VERSION").value == "2.0"
    assert calendar.get("PRODID").value.startswith("-//HipFlex Desktop//")
    (event,) = calendar.all("VEVENT")
    (zone,) = calendar.all("VTIMEZONE")
    # 1 January 2026 is a Thursday, one of the days: the first event is that day.
    start = event.get("DTSTART")
    assert start.params == {"TZID": "Europe/Berlin"}
    assert start.value == "20260101T073000"
    assert zone.get("TZID").value == "Europe/Berlin"
    rule = dict(part.split("=") for part in event.get("RRULE").value.split(";"))
    assert rule == {"FREQ": "WEEKLY", "WKST": "MO", "BYDAY": "MO,TH"}
    assert event.get("DURATION").value == "PT25M"
    assert event.get("DTSTAMP").value == "20260101T091530Z"
    assert re.fullmatch(r"[0-9a-f-]{36}@hipflex\.desktop", event.get("UID").value)
    assert unescape(event.get("SUMMARY").value) == "Hip flexors"
    (alarm,) = event.all("VALARM")
    assert alarm.get("TRIGGER").value == "-PT15M"
    assert alarm.get("ACTION").value == "DISPLAY"


def test_first_event_is_on_the_first_training_day_from_the_start() -> None:
    # Friday 2 January: the next of Monday/Thursday is Monday 5 January.
    (event,) = parse(schedule(start=date(2026, 1, 2))).all("VEVENT")
    assert event.get("DTSTART").value == "20260105T073000"
    # Days are sorted and de-duplicated.
    (event,) = parse(schedule(days=[6, 2, 2], start=date(2026, 1, 2))).all("VEVENT")
    assert event.get("RRULE").value.endswith("BYDAY=WE,SU")
    assert event.get("DTSTART").value == "20260104T073000"


def test_uid_and_alarm_options() -> None:
    (event,) = parse(schedule(uid="weekly@example.org", reminder_minutes=None)).all("VEVENT")
    assert event.get("UID").value == "weekly@example.org"
    assert event.all("VALARM") == []
    (event,) = parse(schedule(uid_domain="runner.example")).all("VEVENT")
    assert event.get("UID").value.endswith("@runner.example")
    uids = {parse(schedule()).all("VEVENT")[0].get("UID").value for _ in range(3)}
    assert len(uids) == 3


def test_text_is_escaped() -> None:
    title = "Hips, core; glutes \\ more"
    description = "Line one\nLine two, with a comma; and a semicolon\r\nThird line"
    text = schedule(title=title, description=description)
    assert "SUMMARY:Hips\\, core\\; glutes \\\\ more\r\n" in text
    (event,) = parse(text).all("VEVENT")
    assert unescape(event.get("SUMMARY").value) == title
    assert unescape(event.get("DESCRIPTION").value) == description.replace("\r\n", "\n")


def test_long_lines_are_folded_without_splitting_characters() -> None:
    description = "Hüftbeuger 💪 " * 40 + "é" * 100
    text = schedule(description=description)
    physical = text.split("\r\n")
    assert any(line.startswith(" ") for line in physical)
    for line in physical:
        line.encode("utf-8").decode("utf-8")  # each piece is whole UTF-8
        assert len(line.encode("utf-8")) <= 75
    (event,) = parse(text).all("VEVENT")
    assert unescape(event.get("DESCRIPTION").value) == description


@UNHURRIED
@given(
    st.text(st.characters(codec="utf-8"), max_size=300),
    st.text(st.characters(codec="utf-8"), max_size=300),
)
def test_any_text_reads_back(title: str, description: str) -> None:
    (event,) = parse(schedule(title=title, description=description)).all("VEVENT")

    def expected(value: str) -> str:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        return "".join(c for c in value if c in "\n\t" or not (ord(c) < 32 or ord(c) == 127))

    assert unescape(event.get("SUMMARY").value) == expected(title)
    assert unescape(event.get("DESCRIPTION").value) == expected(description)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"tzname": "Mars/Olympus_Mons"}, "time zone"),
        ({"tzname": "Europe/Berlin;X=1"}, "time zone"),
        ({"days": []}, "day"),
        ({"days": [7]}, "days"),
        ({"duration_minutes": 0}, "duration"),
        ({"time": time(7, 30, tzinfo=UTC)}, "tzinfo"),
        ({"reminder_minutes": -5}, "reminder"),
    ],
)
def test_bad_arguments(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        schedule(**changes)


# ---- the VTIMEZONE --------------------------------------------------------------------

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def parse_offset(text: str) -> timedelta:
    match = re.fullmatch(r"([+-])(\d\d)(\d\d)(\d\d)?", text)
    assert match, text
    sign = -1 if match.group(1) == "-" else 1
    seconds = int(match.group(2)) * 3600 + int(match.group(3)) * 60 + int(match.group(4) or 0)
    return sign * timedelta(seconds=seconds)


def yearly_onsets(first: datetime, rule: str, until_year: int) -> list[datetime]:
    parts = dict(part.split("=") for part in rule.split(";"))
    assert parts["FREQ"] == "YEARLY"
    month = int(parts["BYMONTH"])
    match = re.fullmatch(r"(-?\d)([A-Z]{2})", parts["BYDAY"])
    assert match
    nth, weekday = int(match.group(1)), WEEKDAYS.index(match.group(2))
    onsets = []
    for year in range(first.year, until_year + 1):
        if nth > 0:
            day = date(year, month, 1)
            day += timedelta(days=(weekday - day.weekday()) % 7 + 7 * (nth - 1))
        else:
            day = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            day -= timedelta(days=(day.weekday() - weekday) % 7)
        onsets.append(datetime.combine(day, first.time()))
    return onsets


def offset_function(zone: Component, until_year: int) -> tuple[list[datetime], list[timedelta]]:
    """Sorted UTC onsets and the offsets from them on, as the VTIMEZONE describes them."""
    changes: list[tuple[datetime, timedelta]] = []
    earliest: tuple[datetime, timedelta] | None = None
    for observance in zone.children:
        assert observance.name in ("STANDARD", "DAYLIGHT")
        first = local(observance.get("DTSTART").value)
        offset_from = parse_offset(observance.get("TZOFFSETFROM").value)
        offset_to = parse_offset(observance.get("TZOFFSETTO").value)
        onsets = [first]
        rules = [p for p in observance.props if p.name == "RRULE"]
        if rules:
            onsets = yearly_onsets(first, rules[0].value, until_year)
            assert onsets[0] == first  # DTSTART is the first onset of its rule
        for rdate in [p for p in observance.props if p.name == "RDATE"]:
            onsets += [local(value) for value in rdate.value.split(",")]
        for onset in onsets:
            changes.append(((onset - offset_from).replace(tzinfo=UTC), offset_to))
        if earliest is None or first < earliest[0]:
            earliest = (first, offset_from)
    changes.sort()
    assert earliest is not None
    return [c[0] for c in changes], [earliest[1]] + [c[1] for c in changes]


@pytest.mark.parametrize(
    ("tzname", "start"),
    [
        ("Europe/Berlin", date(2026, 1, 1)),
        ("America/New_York", date(2026, 6, 1)),
        ("Australia/Sydney", date(2026, 3, 1)),  # southern hemisphere
        ("Australia/Lord_Howe", date(2026, 3, 1)),  # half-hour daylight saving
        ("America/Santiago", date(2026, 3, 1)),
        ("Europe/Dublin", date(2026, 3, 1)),
        ("Asia/Tokyo", date(2026, 3, 1)),  # no changes at all
        ("Pacific/Kiritimati", date(2026, 3, 1)),  # +14:00
        ("Asia/Kolkata", date(2026, 3, 1)),  # +05:30
        ("America/Sao_Paulo", date(2018, 3, 1)),  # daylight saving ended in 2019
        ("Africa/Casablanca", date(2026, 3, 1)),  # irregular, follows Ramadan
    ],
)
def test_the_time_zone_matches_the_zone_rules(tzname: str, start: date) -> None:
    calendar = parse(schedule(tzname=tzname, start=start))
    (zone_component,) = calendar.all("VTIMEZONE")
    assert zone_component.get("TZID").value == tzname
    zone = ZoneInfo(tzname)
    check_until = start.year + 3
    onsets, offsets = offset_function(zone_component, check_until)
    instant = datetime(start.year, 1, 1, tzinfo=UTC)
    end = datetime(check_until + 1, 1, 1, tzinfo=UTC)
    while instant < end:
        described = offsets[bisect.bisect_right(onsets, instant)]
        assert described == instant.astimezone(zone).utcoffset(), instant
        instant += timedelta(minutes=30)
    (event,) = calendar.all("VEVENT")
    first = local(event.get("DTSTART").value)
    assert first.date() >= start
