"""The sub-commands that need no window: ``validate``, ``plan``, ``history``, ``import`` and
``install-desktop``.

None of them imports Qt (an import-linter contract in pyproject.toml keeps it so): they start in
a few tens of milliseconds and run where no display exists.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hipflex_desktop import __version__
from hipflex_desktop.core.ladder import ladder_of, variant_label
from hipflex_desktop.core.languages import LANGUAGE_RE, canonical_tag
from hipflex_desktop.core.loader import LoadResult, load_pack
from hipflex_desktop.core.localize import localized_pack
from hipflex_desktop.core.model import Level, Pack, Side, SideMode
from hipflex_desktop.core.plan import (
    Plan,
    PlanError,
    PlanOptions,
    Segment,
    format_duration,
    plan,
)
from hipflex_desktop.core.plan_words import plan_words
from hipflex_desktop.core.progression import Move
from hipflex_desktop.core.shown import terminal_safe
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.sharefile import ShareError, is_share_file, read_share

if TYPE_CHECKING:
    from hipflex_desktop.store.history import SessionRecord, StepDecision
    from hipflex_desktop.store.progress import Standing

SUBCOMMANDS = ("validate", "plan", "history", "progress", "import", "install-desktop")
EXIT_OK = 0
EXIT_PROBLEM = 2


def builtin_pack_file() -> Path:
    return builtin_pack_path()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hipflex",
        description="HipFlex Desktop command-line tools. Run hipflex without a command to open"
        " the guided-session window (see hipflex --help).",
    )
    parser.add_argument("--version", action="version", version=f"hipflex {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check content packs",
        description="Check content pack files. Prints one 'ok:' line per valid pack and exits"
        " 0; otherwise prints every problem as FILE:LINE:COL: error: ... and exits 2."
        " Without FILE, checks the built-in pack. A .hipflex share file is checked whole:"
        " its entries, its pack and its pictures.",
    )
    validate.add_argument("files", nargs="*", metavar="FILE", type=Path)
    validate.add_argument(
        "--require-language", action="append", default=[], metavar="CODE",
        dest="require_languages", type=_language_arg,
        help="a text missing in this language (e.g. de) is an error, not a warning"
        " (repeatable)")

    plan_cmd = commands.add_parser(
        "plan",
        help="print the session plan",
        description="Print the whole session, step by step, with its total length.",
    )
    plan_cmd.add_argument("--pack", type=Path, metavar="FILE",
                          help="a content pack (default: the built-in pack)")
    plan_cmd.add_argument("--language", type=_language_arg, metavar="CODE",
                          help="the language of the texts, e.g. de or de-AT (default: the"
                          " pack's own language); texts the pack lacks in it stay in the"
                          " pack's language")
    plan_cmd.add_argument("--exercise", action="append", metavar="ID", dest="exercises",
                          help="do only these exercises, in this order (repeatable)")
    plan_cmd.add_argument("--variant", action="append", default=[], metavar="EXERCISE=LEVEL",
                          type=_variant_arg, help="easier, standard or harder (repeatable)")
    plan_cmd.add_argument("--reps", type=int, metavar="N", help="reps per side")
    plan_cmd.add_argument("--sets", type=int, metavar="N")
    plan_cmd.add_argument("--hold", type=float, metavar="SECONDS", help="hold length")
    plan_cmd.add_argument("--rest", type=float, metavar="SECONDS",
                          help="rest between exercises and sets")
    plan_cmd.add_argument("--lead-in", type=float, metavar="SECONDS", dest="lead_in")
    plan_cmd.add_argument("--first-side", choices=[s.value for s in Side], dest="first_side")
    plan_cmd.add_argument("--sides", choices=[SideMode.ALTERNATE.value, SideMode.EACH_SIDE.value],
                          help="override how sides go for exercises that have sides")
    plan_cmd.add_argument("--step", action="append", default=[], metavar="[EXERCISE=]N",
                          type=_step_arg, dest="steps",
                          help="do step N of each exercise's ladder (or of one exercise with"
                          " EXERCISE=N; repeatable): its variant, reps per side and hold")
    plan_cmd.add_argument("--json", action="store_true",
                          help="one JSON object per line per segment")

    history = commands.add_parser(
        "history",
        help="print the session history",
        description="Print the recorded sessions (newest last).",
    )
    form = history.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="a JSON document")
    form.add_argument("--csv", action="store_true", help="CSV for spreadsheets")
    history.add_argument("--data-dir", type=Path, metavar="DIR",
                         help="the app's data folder (default: the standard one)")

    progress = commands.add_parser(
        "progress",
        help="print where each exercise stands on its ladder",
        description="Print each exercise's step, what the next step is, and how many more"
        " sessions done well in a row it needs (or the change suggested for next time).",
    )
    progress.add_argument("--pack", type=Path, metavar="FILE",
                          help="a content pack (default: the built-in pack)")
    progress.add_argument("--data-dir", type=Path, metavar="DIR",
                          help="the app's data folder (default: the standard one)")
    progress.add_argument("--json", action="store_true", help="a JSON document")

    import_cmd = commands.add_parser(
        "import",
        help="add a routine to your library",
        description="Add the routine in FILE (a .hipflex share file or a pack's .yaml file) to"
        " the library in the data folder. The file is checked whole first; on any problem"
        " nothing is written, every problem is printed and the exit status is 2.",
    )
    import_cmd.add_argument("file", metavar="FILE", type=Path)
    import_cmd.add_argument("--data-dir", type=Path, metavar="DIR",
                            help="the app's data folder (default: the standard one)")

    desktop = commands.add_parser(
        "install-desktop",
        help="add HipFlex Desktop to the applications menu",
        description="Write a menu entry and the icon under $XDG_DATA_HOME (by default"
        " ~/.local/share/applications and ~/.local/share/icons) that start this very"
        " executable. --remove deletes exactly the files it wrote.",
    )
    desktop.add_argument("--remove", action="store_true",
                         help="take the entry and the icon out again")
    return parser


def _language_arg(value: str) -> str:
    tag = canonical_tag(value)
    if not tag or not LANGUAGE_RE.match(tag):
        raise argparse.ArgumentTypeError(
            f"expected a language code such as en, de or de-AT, got {value!r}")
    return tag


def _variant_arg(value: str) -> tuple[str, Level]:
    exercise, sep, level = value.partition("=")
    levels = [lv.value for lv in Level]
    if not sep or not exercise or level not in levels:
        raise argparse.ArgumentTypeError(
            f"expected EXERCISE=LEVEL with LEVEL one of {', '.join(levels)}, got {value!r}"
        )
    return exercise, Level(level)


def _step_arg(value: str) -> tuple[str | None, int]:
    exercise, sep, number = value.rpartition("=")
    if (sep and not exercise) or not number.isdigit() or int(number) < 1:
        raise argparse.ArgumentTypeError(
            f"expected a step number from 1, or EXERCISE=N, got {value!r}")
    return (exercise or None), int(number)


def _steps_option(pack: Pack, chosen: Sequence[str] | None,
                  steps: Sequence[tuple[str | None, int]]) -> dict[str, int]:
    """``--step N`` for every exercise of the session, then ``--step EXERCISE=N`` over it."""
    result: dict[str, int] = {}
    for exercise, number in steps:
        if exercise is None:
            result.update(dict.fromkeys(chosen or pack.exercise_ids, number))
    for exercise, number in steps:
        if exercise is not None:
            result[exercise] = number
    return result


def run(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = build_parser().parse_args(list(argv))
    try:
        if args.command == "validate":
            return _validate(args.files or [builtin_pack_file()], out, err,
                             args.require_languages)
        if args.command == "plan":
            return _plan(args, out, err)
        if args.command == "progress":
            return _progress(args, out, err)
        if args.command == "import":
            return _import(args.file, args.data_dir, out, err)
        if args.command == "install-desktop":
            from hipflex_desktop import desktop_entry

            return desktop_entry.run(args.remove, out, err)
        return _history(args, out, err)
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK


def _report(result: LoadResult, err: TextIO) -> None:
    for problem in result.problems:
        print(problem, file=err)


def _validate(files: Sequence[Path], out: TextIO, err: TextIO,
              require_languages: Sequence[str] = ()) -> int:
    status = EXIT_OK
    for file in files:
        if is_share_file(file):
            status = max(status, _validate_share(file, out, err))
            continue
        result = load_pack(file, require_languages=require_languages)
        _report(result, err)
        if result.pack is None:
            status = EXIT_PROBLEM
            continue
        pack = result.pack
        warnings = f", {len(result.warnings)} warning(s)" if result.warnings else ""
        print(terminal_safe(f"ok: {file}: {pack.id} {pack.version},"
                            f" {len(pack.exercises)} exercise(s){warnings}"), file=out)
    return status


def _validate_share(file: Path, out: TextIO, err: TextIO) -> int:
    try:
        share = read_share(file)
    except ShareError as exc:
        for problem in exc.problems:
            print(terminal_safe(problem), file=err)
        return EXIT_PROBLEM
    for warning in share.warnings:
        print(terminal_safe(str(warning)), file=err)
    warnings = f", {len(share.warnings)} warning(s)" if share.warnings else ""
    pictures = len(share.files) - 1
    print(terminal_safe(f"ok: {file}: {share.pack.id} {share.pack.version},"
          f" {len(share.pack.exercises)} exercise(s), {pictures} picture(s){warnings}"),
          file=out)
    return EXIT_OK


def _import(file: Path, data_dir: Path | None, out: TextIO, err: TextIO) -> int:
    from hipflex_desktop.store.paths import DataPaths
    from hipflex_desktop.store.routines import RoutineError, RoutineLibrary

    library = RoutineLibrary(DataPaths(data_dir), builtin_pack_file())
    try:
        routine = library.import_file(file)
    except ShareError as exc:
        for problem in exc.problems:
            print(terminal_safe(problem), file=err)
        print(terminal_safe(f"hipflex import: {file} was not imported; nothing was written"),
              file=err)
        return EXIT_PROBLEM
    except RoutineError as exc:
        print(terminal_safe(f"hipflex import: error: {exc}"), file=err)
        return EXIT_PROBLEM
    print(terminal_safe(f"imported: {routine.title} into {routine.folder}"), file=out)
    return EXIT_OK


def _load_for_plan(file: Path | None, err: TextIO) -> Pack | None:
    result = load_pack(file or builtin_pack_file())
    if result.pack is None:
        _report(result, err)
    return result.pack


def _plan(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loaded = _load_for_plan(args.pack, err)
    if loaded is None:
        return EXIT_PROBLEM
    pack = localized_pack(loaded, args.language or loaded.language)
    options = PlanOptions(
        exercises=None if args.exercises is None else tuple(args.exercises),
        variants=dict(args.variant),
        reps_per_side=args.reps,
        sets=args.sets,
        hold_seconds=args.hold,
        rest_seconds=args.rest,
        lead_in_seconds=args.lead_in,
        first_side=None if args.first_side is None else Side(args.first_side),
        sides=None if args.sides is None else SideMode(args.sides),
        steps=_steps_option(pack, args.exercises, args.steps),
    )
    try:
        session_plan = plan(pack, options)
    except PlanError as exc:
        print(terminal_safe(f"hipflex plan: error: {exc}"), file=err)
        return EXIT_PROBLEM
    if args.json:
        for seg in session_plan.segments:
            print(json_line(segment_json(seg)), file=out)
    else:
        print_table(pack, session_plan, out)
    return EXIT_OK


def segment_json(seg: Segment) -> dict[str, object]:
    return {
        "index": seg.index,
        "exercise": seg.exercise_id,
        "exercise_name": seg.exercise_name,
        "variant": seg.variant.value,
        "step": seg.step or None,
        "steps": seg.steps or None,
        "side": None if seg.side is None else seg.side.value,
        "set": seg.set,
        "rep": seg.rep,
        "phase": seg.kind.value,
        "text": seg.text,
        "say": seg.say,
        "cue": seg.cue,
        "seconds": seg.seconds,
    }


def json_line(data: dict[str, object]) -> str:
    """One JSON object on one line, letters of every script kept as they are, and every
    character a terminal could act on written as a JSON escape (\\u001b, \\u2028)."""
    return "".join(
        f"\\u{ord(c):04x}" if terminal_safe(c) != c else c
        for c in json.dumps(data, ensure_ascii=False)
    )


def print_table(pack: Pack, session_plan: Plan, out: TextIO) -> None:
    # The loader refuses control characters in a pack's texts; the plan is still printed
    # through terminal_safe, so that nothing a pack holds can ever reach the terminal raw.
    def line(text: str) -> None:
        print(terminal_safe(text), file=out)

    line(f"{pack.title.text} ({pack.id} {pack.version})")
    print_steps(pack, session_plan, out)
    header = f"{'#':>4}  {'at':>5}  {'exercise':<26} {'variant':<8} {'side':<5} " \
             f"{'set':>3} {'rep':>3}  {'phase':<7} {'sec':>5}  text"
    line(header)
    line("-" * len(header))
    at = 0.0
    for seg in session_plan.segments:
        side = "" if seg.side is None else seg.side.value
        rep = "" if seg.rep == 0 else str(seg.rep)
        sets = "" if seg.set == 0 else str(seg.set)
        name = seg.exercise_name if len(seg.exercise_name) <= 26 else seg.exercise_name[:25] + "…"
        line(f"{seg.index:>4}  {format_duration(at):>5}  {name:<26} {seg.variant.value:<8} "
             f"{side:<5} {sets:>3} {rep:>3}  {seg.kind.value:<7} {seg.seconds:>5g}  {seg.text}")
        at += seg.seconds
    line(f"Total: {format_duration(session_plan.total_seconds)} "
         f"({len(session_plan.segments)} steps)")


def print_steps(pack: Pack, session_plan: Plan, out: TextIO) -> None:
    """One line per exercise done at a chosen ladder step: where it stands and what it holds, in
the words of the pack's language (``--language``)."""
    words = plan_words(pack.language)
    seen: set[str] = set()
    for seg in session_plan.segments:
        if seg.step == 0 or seg.exercise_id in seen:
            continue
        seen.add(seg.exercise_id)
        exercise = pack.exercise(seg.exercise_id)
        step = ladder_of(exercise, pack.defaults).step(seg.step)
        label = variant_label(exercise, step.level)
        what = words.describe_step(step, label)
        print(terminal_safe(words.step_line.format(name=seg.exercise_name, step=seg.step,
                                                   steps=seg.steps, what=what)), file=out)


def _history(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from hipflex_desktop.store import export
    from hipflex_desktop.store.history import History, HistoryError
    from hipflex_desktop.store.paths import DataPaths

    paths = DataPaths(args.data_dir)
    if not paths.history_file.exists():
        print(f"hipflex history: no sessions recorded yet in {paths.root}", file=err)
        sessions = []
        decisions = []
    else:
        try:
            with History.open(paths.history_file, recover=False) as history:
                sessions = history.sessions()
                decisions = history.step_decisions()
        except HistoryError as exc:
            print(f"hipflex history: error: {exc}", file=err)
            return EXIT_PROBLEM
    if args.json:
        out.write(export.to_json(sessions, decisions))
    elif args.csv:
        out.write(export.to_csv(sessions))
    else:
        out.write(export.to_text(sessions))
    return EXIT_OK


def _progress(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from datetime import date

    from hipflex_desktop.store.history import History, HistoryError
    from hipflex_desktop.store.paths import DataPaths
    from hipflex_desktop.store.progress import standings_from

    pack = _load_for_plan(args.pack, err)
    if pack is None:
        return EXIT_PROBLEM
    paths = DataPaths(args.data_dir)
    sessions: list[SessionRecord] = []
    decisions: list[StepDecision] = []
    if paths.history_file.exists():
        try:
            with History.open(paths.history_file, recover=False) as history:
                sessions = history.sessions()
                decisions = history.step_decisions(pack.id)
        except HistoryError as exc:
            print(f"hipflex progress: error: {exc}", file=err)
            return EXIT_PROBLEM
    rows = standings_from(pack, sessions, decisions, today=date.today())
    if args.json:
        out.write(json.dumps({"pack": pack.id, "exercises": [
            {"exercise": row.exercise_id, "name": row.name, "step": row.suggestion.current,
             "steps": row.suggestion.steps, "current": row.current, "next": row.next,
             "done_well_in_a_row": row.suggestion.well,
             "too_hard_in_a_row": row.suggestion.too_hard,
             "needed": row.suggestion.needed, "climb_after": row.suggestion.climb_after,
             "suggested_step": row.suggestion.target, "reason": row.suggestion.reason.value}
            for row in rows]}, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    print(f"{pack.title.text} ({pack.id} {pack.version})", file=out)
    for row in rows:
        found = row.suggestion
        print(f"\n{row.name}: step {found.current} of {found.steps}: {row.current}", file=out)
        print(f"  {progress_line(row)}", file=out)
    return EXIT_OK


def progress_line(row: Standing) -> str:
    """What comes next for one exercise, in words."""
    found = row.suggestion
    sessions = "session" if found.needed == 1 else "sessions"
    if found.move is Move.UP:
        return (f"Suggested for next time: step {found.target}, {row.target}"
                f" ({found.well} sessions in a row done well). Accept it in the app.")
    if found.move is Move.DOWN:
        return (f"Suggested for next time: step {found.target}, {row.target}"
                f" ({found.too_hard} sessions in a row were too hard). Accept it in the app.")
    if row.next is None:
        return "This is the last step of the ladder: keep it up."
    if found.too_hard:
        return (f"Next: step {found.current + 1}, {row.next}. The last {found.too_hard} too"
                f" hard; {found.needed} {sessions} done well in a row will move you up.")
    if found.well:
        return (f"Next: step {found.current + 1}, {row.next}, after {found.needed} more"
                f" {sessions} done well in a row ({found.well} so far).")
    return (f"Next: step {found.current + 1}, {row.next}, after {found.needed} {sessions}"
            " done well in a row.")
