"""The steps from week to week in the app: sessions counted, the suggestion on the summary and the
set-up page, Accept, Not yet, Undo and a step chosen by hand, and the next plan at the step."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hipflex_desktop.core.model import Level
from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.ui.shell import AppShell
from tests.fakes import FakeTimers
from tests.packs import LADDER_PACK
from tests.ui.conftest import MakeShell

LIFT = "lift"


def ladder_shell(make_shell: MakeShell, tmp_path: Path) -> AppShell:
    pack = tmp_path / "ladder.yaml"
    pack.write_text(LADDER_PACK, encoding="utf-8")
    return make_shell(pack_path=pack)


def run_session(shell: AppShell, timers: FakeTimers) -> None:
    shell.window.setup_page.request_start()
    assert shell.controller.active
    end = timers.clock.now() + 120
    while shell.controller.active:
        assert timers.clock.now() < end, "the session never ended"
        timers.run_for(0.5, step=0.25)
    shell.window.summary_page.done.click()


def hold_seconds(shell: AppShell) -> set[float]:
    session = shell.controller.session
    assert session is not None
    return {s.seconds for s in session.segments if s.kind is SegmentKind.HOLD}


def test_two_sessions_done_well_bring_a_suggestion_that_is_accepted(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers, tmp_path: Path) -> None:
    shell = ladder_shell(make_shell, tmp_path)
    page = shell.window.setup_page
    panel = page.step_panel(LIFT)
    assert panel is not None
    assert panel.step_label.text() == "Step 1 of 3 · Standard, 1 rep per side, hold 0.5\u00a0s"
    assert "2 sessions done well in a row to move up" in panel.advice.text()
    assert panel.accept.isHidden() and panel.undo.isHidden()

    run_session(shell, timers)
    assert shell.window.summary_page.next_time.isHidden()
    assert "1 more session done well to move up" in panel.advice.text()
    run_session(shell, timers)
    # The summary said what changes, and why.
    summary = shell.window.summary_page.next_time.text()
    assert "Lift: hold 1\u00a0s next time — 2 sessions in a row done well" in summary
    assert panel.advice.text() == (
        "Suggested: Lift: hold 1\u00a0s next time — 2 sessions in a row done well")
    assert panel.accept.isVisibleTo(page) and panel.not_yet.isVisibleTo(page)
    # Nothing changes without a yes.
    assert page.options().steps == {}

    panel.accept.click()
    assert panel.step_label.text() == "Step 2 of 3 · Standard, 1 rep per side, hold 1\u00a0s"
    assert panel.accept.isHidden() and panel.undo.isVisibleTo(page)
    assert page.options().steps == {LIFT: 2}
    assert shell.history is not None
    (decision,) = shell.history.step_decisions()
    assert (decision.kind, decision.step, decision.previous, decision.reason) == (
        "accepted", 2, 1, "done-well")
    # Undo puts the step and the suggestion back; accepted again, the next plan holds 1 s.
    panel.undo.click()
    assert panel.step_label.text().startswith("Step 1 of 3")
    assert panel.accept.isVisibleTo(page)
    assert shell.history.step_decisions() == []
    panel.accept.click()
    page.request_start()
    assert hold_seconds(shell) == {1.0}
    shell.controller.stop()


def test_not_yet_keeps_the_step_and_counts_afresh(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers, tmp_path: Path) -> None:
    shell = ladder_shell(make_shell, tmp_path)
    run_session(shell, timers)
    run_session(shell, timers)
    panel = shell.window.setup_page.step_panel(LIFT)
    assert panel is not None
    panel.not_yet.click()
    assert panel.step_label.text().startswith("Step 1 of 3")
    assert panel.accept.isHidden()
    assert "2 sessions done well in a row to move up" in panel.advice.text()
    assert shell.window.setup_page.options().steps == {}


def test_a_step_chosen_by_hand_plans_the_next_session(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers, tmp_path: Path) -> None:
    shell = ladder_shell(make_shell, tmp_path)
    panel = shell.window.setup_page.step_panel(LIFT)
    assert panel is not None
    panel.choose.setCurrentIndex(2)
    panel.choose.activated.emit(2)
    assert panel.step_label.text() == "Step 3 of 3 · Standard, 2 reps per side, hold 1\u00a0s"
    assert shell.window.setup_page.options().steps == {LIFT: 3}
    shell.window.setup_page.request_start()
    session = shell.controller.session
    assert session is not None
    assert max(s.rep for s in session.segments) == 2
    assert shell.window.session_page.position.text() == "1 of 1 · Step 3 of 3"
    shell.controller.stop()
    # A restart keeps it: the answer is in the history.
    shell.window.close()
    again = ladder_shell(make_shell, tmp_path)
    assert again.window.setup_page.options().steps == {LIFT: 3}


def test_a_session_made_easier_twice_suggests_the_step_below(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers, tmp_path: Path) -> None:
    shell = ladder_shell(make_shell, tmp_path)
    panel = shell.window.setup_page.step_panel(LIFT)
    assert panel is not None
    panel.choose.activated.emit(1)  # step 2
    for _ in range(2):
        shell.window.setup_page.request_start()
        timers.run_for(1.0, step=0.25)
        shell.controller.stop()
        shell.window.summary_page.done.click()
    assert "Lift: hold 0.5\u00a0s next time — 2 sessions in a row were too hard" in (
        panel.advice.text())
    panel.accept.click()
    assert panel.step_label.text().startswith("Step 1 of 3")
    assert Level.STANDARD in shell.pack.exercise(LIFT).levels
