"""What a screen reader sees of the app, through AT-SPI: run with the SYSTEM Python, which has
``pyatspi`` (Debian's ``python3-pyatspi``; it cannot be installed into a virtualenv).

It reads one command a line on stdin and answers each with one JSON line on stdout:

- ``walk`` lists every showing object of the app (role, name, states) and those a keyboard can
  reach (focusable) that have no name: what a screen reader would call "button" and nothing more;
- ``wait ROLE NAME`` waits until a showing object with that role and name exists;
- ``press ROLE NAME`` runs that object's first action (a button's "Press") as a screen reader does;
- ``heard TEXT`` waits until an announcement containing TEXT has been made, and answers with
  every announcement heard so far;
- ``listen SECONDS`` answers with every object event the app sent from the command before it
  on, and in the next SECONDS;
- ``quit``.

Every wait has a deadline (``timeout`` in the answer when it passes). Events are taken from the
bus while waiting, so announcements made in between are kept.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAME = "hipflex-desktop"
TIMEOUT = 20.0

announcements: list[str] = []
events: list[str] = []  # the type and source role of every object event, in order

#: What a screen reader listens to: a change to any of these on a showing object may be read.
HEARD_EVENTS = ("object:announcement", "object:property-change", "object:text-changed",
                "object:value-changed", "object:state-changed", "object:children-changed",
                "object:visible-data-changed")


def _on_event(event: Any) -> None:
    kind = str(event.type)
    if "announcement" in kind.lower():
        announcements.append(str(event.any_data))
    try:
        source = f"{event.source.getRoleName()} {event.source.name!r}"
    except Exception:
        source = "?"
    events.append(f"{kind} {source}")


def pump(seconds: float = 0.0) -> None:
    """Let the bus deliver what is waiting (events, answers), for at least ``seconds``."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def find_app() -> Any:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == APP_NAME:
                return app
        pump(0.1)
    raise SystemExit(f"{APP_NAME} did not appear on the accessibility bus")


def showing(root: Any) -> list[Any]:
    found: list[Any] = []

    def visit(obj: Any) -> None:
        try:
            states = obj.getState()
            children = list(obj)
        except Exception:  # an object that went away while we looked
            return
        if states.contains(pyatspi.STATE_SHOWING):
            found.append(obj)
        for child in children:
            if child is not None:
                visit(child)

    for child in root:
        if child is not None:
            visit(child)
    return found


def describe(obj: Any) -> dict[str, Any]:
    states = obj.getState()
    return {
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "description": obj.description or "",
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
    }


def find(app: Any, role: str, name: str) -> Any | None:
    for obj in showing(app):
        try:
            if obj.getRoleName() == role and obj.name == name:
                return obj
        except Exception:
            continue
    return None


def wait_for(app: Any, role: str, name: str) -> Any | None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        obj = find(app, role, name)
        if obj is not None:
            return obj
        pump(0.05)
    return None


def answer(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


def main() -> int:
    pyatspi.Registry.registerEventListener(_on_event, *HEARD_EVENTS)
    app = find_app()
    answer(ok=True, app=app.name)
    answered = 0  # how many events there were when the last command other than listen came
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        pump()
        if command != "listen":
            answered = len(events)
        if command == "walk":
            objects = [describe(o) for o in showing(app)]
            unnamed = [o for o in objects if o["focusable"] and not o["name"].strip()]
            answer(ok=True, objects=objects, unnamed=unnamed)
        elif command in ("wait", "press"):
            role, _, name = rest.partition(" ")
            role = role.replace("_", " ")
            obj = wait_for(app, role, name)
            if obj is None:
                answer(ok=False, timeout=True, wanted=[role, name],
                       windows=[describe(w) for w in app if w is not None],
                       shown=[describe(o) for o in showing(app)])
                continue
            if command == "press":
                action = obj.queryAction()
                names = [action.getName(i) for i in range(action.nActions)]
                done = bool(action.nActions) and action.doAction(0)
                answer(ok=bool(done), actions=names, object=describe(obj))
            else:
                answer(ok=True, object=describe(obj))
        elif command == "heard":
            deadline = time.monotonic() + TIMEOUT
            while not any(rest in said for said in announcements):
                if time.monotonic() >= deadline:
                    break
                pump(0.05)
            answer(ok=any(rest in said for said in announcements), heard=announcements)
        elif command == "listen":
            pump(float(rest))
            answer(ok=True, events=events[answered:])
        elif command == "quit":
            answer(ok=True)
            return 0
        else:
            answer(ok=False, error=f"unknown command {command!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
