"""What a window shows in words, and whether each word fits: for the language tests.

:func:`pseudo` turns a text into the pseudo-language: every letter accented, marked with ⟦ ⟧,
and 40 % longer, with placeholders ({name}, %n, %1), accelerators and markup kept as they are,
so that the app still works in it. :class:`PseudoTranslator` answers every lookup (ours and
Qt's own) with it. :func:`problems` walks the visible widgets under a root and reports every
text that is not translated (has no marked part once the allowed data is taken out: pack
texts, numbers, key letters) and every text that does not fit its widget.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QFontMetricsF, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QWidget,
)

from hipflex_desktop.core.paragraphs import flowing
from hipflex_desktop.ui.history_chart import HistoryChart
from hipflex_desktop.ui.step_box import StepBox
from hipflex_desktop.ui.widgets import SideBadge, Veil

OPEN, CLOSE = "⟦", "⟧"
GROWTH = 0.4
_KEEP = re.compile(r"(\{[a-z_]+\}|%L?\d|%n|&&|<[^>]*>|&[a-z]+;|\n)")
_ACCENTS = str.maketrans(
    "aeioucnsrzlAEIOUCNSRZL",
    "áéíóúçñšřžłÁÉÍÓÚÇÑŠŘŽŁ",
)
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # innermost first
# What may stay unmarked: key names of one letter or an F-key, arrows, numbers and units.
_NEUTRAL = re.compile(r"^[\W\d_]*$|^(?:[\W\d_]|\b[A-Z]\b|\bF\d+\b|\bs\b)*$")


def pseudo(text: str) -> str:
    """``Start session`` → ``⟦Štáŕt šéššíóñ ·····⟧``: each line 40 % longer, still usable."""
    if not text:
        return text
    lines = text.split("\n")
    out = []
    for line in lines:
        visible = len(_KEEP.sub("", line))
        if not visible:
            out.append(line)
            continue
        parts = _KEEP.split(line)
        mapped = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTS)
                         for part in parts)
        pad = "·" * max(1, math.ceil(visible * GROWTH) - 2)
        out.append(f"{OPEN}{mapped} {pad}{CLOSE}")
    return "\n".join(out)


class PseudoTranslator(QTranslator):
    """Every text of the app and of Qt, in the pseudo-language."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def data_texts(value: Any) -> set[str]:
    """Every string inside ``value`` (a pack: its titles, names, steps, authors)."""
    found: set[str] = set()
    if isinstance(value, str):
        if value.strip():
            found.add(value)
            found.add(flowing(value))  # a paragraph's lines as the window joins them
            found |= _sided(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            found |= data_texts(getattr(value, f.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            found |= data_texts(key) | data_texts(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            found |= data_texts(item)
    return found


def _sided(text: str) -> set[str]:
    """A pack text with its side placeholders filled in, for both sides."""
    if "{" not in text:
        return set()
    forms = set()
    for side, other in (("right", "left"), ("left", "right")):
        forms.add(text.replace("{side}", side).replace("{Side}", side.capitalize())
                  .replace("{other_side}", other).replace("{Other_side}", other.capitalize()))
    return forms


class Walker:
    """Collects what is wrong with the texts under one or more roots."""

    def __init__(self, allowed: Iterable[str], *, check_translated: bool = True) -> None:
        # Longest first, so that a name inside a longer text goes with the longer one.
        self.allowed = sorted({a for a in allowed if len(a) > 1}, key=len, reverse=True)
        self.check_translated = check_translated
        self.problems: list[str] = []
        self.seen = 0

    # -- translated ----------------------------------------------------------------------

    def untranslated(self, text: str) -> str:
        """What is left of ``text`` once marked parts and allowed data are taken out ("" if
        nothing that should have been translated is left)."""
        rest, before = text.replace("&", ""), ""
        while rest != before:  # a translated text with a translated text inside
            before, rest = rest, _MARKED.sub(" ", rest)
        for allowed in self.allowed:
            rest = rest.replace(allowed, " ")
        return "" if _NEUTRAL.match(rest.strip()) else rest.strip()

    def text(self, where: str, text: str) -> None:
        if not text or not self.check_translated:
            return
        self.seen += 1
        left = self.untranslated(text)
        if left:
            self.problems.append(f"{where}: not translated: {left!r} in {text!r}")

    # -- fit -----------------------------------------------------------------------------

    def fit(self, where: str, needed: float, room: float) -> None:
        if needed > room + 1:
            self.problems.append(f"{where}: does not fit ({needed:.0f} px wide, room for"
                                 f" {room:.0f})")

    def widget(self, widget: QWidget, where: str) -> None:
        name = f"{where}/{type(widget).__name__}({widget.objectName() or ''})"
        for label, value in (("tooltip", widget.toolTip()),
                             ("accessible name", widget.accessibleName()),
                             ("accessible description", widget.accessibleDescription())):
            plain = _plain(value) if value and _rich(value) else value
            self.text(f"{name} {label}", plain)
        if isinstance(widget, QLabel):
            self.label(widget, name)
        elif isinstance(widget, QAbstractButton):
            self.text(name, widget.text())
            self.fit(name, widget.sizeHint().width(), widget.width())
        elif isinstance(widget, QGroupBox):
            self.text(name, widget.title())
            metrics = QFontMetricsF(widget.font())
            self.fit(name + " title", metrics.horizontalAdvance(widget.title()) + 16,
                     widget.width())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                self.text(f"{name} item {i}", widget.itemText(i))
            self.fit(name, widget.sizeHint().width(), widget.width())
            self.closed_box(widget, name)
        elif isinstance(widget, QAbstractSpinBox):
            self.fit(name, widget.sizeHint().width(), widget.width())
        elif isinstance(widget, QTableWidget):
            self.table(widget, name)
        elif isinstance(widget, SideBadge) and widget.side is not None:
            self.text(name, widget.label())
            _, rect, needed = widget.text_layout()
            self.fit(name, needed, rect.width())
        elif isinstance(widget, Veil):
            self.text(name, widget.title)
            self.fit(name, widget.width() + widget.overflow(), widget.width())
        elif isinstance(widget, HistoryChart):
            for drawn in widget.drawn_texts():
                self.text(f"{name} drawn", drawn.text)
            self.problems.extend(f"{name}: drawn text cut: {cut}" for cut in widget.cut_texts())

    def closed_box(self, box: QComboBox, name: str) -> None:
        """The text a closed box shows fits its field (a box may be narrower than its items)."""
        if box.isEditable():
            return
        shown = box.closed_text() if isinstance(box, StepBox) else box.currentText()
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, box)
        self.fit(f"{name} shows {shown!r}", QFontMetricsF(box.font()).horizontalAdvance(shown),
                 field.width())

    def popup(self, box: QComboBox, where: str) -> None:
        """Open ``box``'s list: each item translated and shown whole, within the screen."""
        name = f"{where}/{type(box).__name__}({box.objectName() or ''}) list"
        box.showPopup()
        try:
            view = box.view()
            container = view.window()
            screen = box.screen().availableGeometry()
            if not screen.contains(container.frameGeometry()):
                self.problems.append(f"{name}: leaves the screen ({container.frameGeometry()}"
                                     f" on {screen})")
            for row in range(box.count()):
                text = box.itemText(row)
                self.text(f"{name} item {row}", text)
                index = view.model().index(row, 0)
                self.fit(f"{name} item {row} {text!r}", view.sizeHintForIndex(index).width(),
                         view.visualRect(index).width())
        finally:
            box.hidePopup()

    def label(self, label: QLabel, name: str) -> None:
        text = label.text()
        if not text:
            return
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and _rich(text))
        plain = _plain(text) if rich else text
        self.text(name, plain)
        if label.buddy() is not None:  # "&Name:" shows as "Name:" with N underlined
            plain = re.sub(r"&(.)", r"\1", plain)
        rect = label.contentsRect()
        if label.wordWrap():
            height = label.heightForWidth(label.width())
            if height > label.height() + 1:
                self.problems.append(f"{name}: does not fit ({height} px tall, room for"
                                     f" {label.height()}): {plain!r}")
            return
        metrics = QFontMetricsF(label.font())
        widest = max(metrics.horizontalAdvance(line) for line in plain.split("\n"))
        self.fit(f"{name} {plain!r}", widest, rect.width())

    def table(self, table: QTableWidget, name: str) -> None:
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            item = table.horizontalHeaderItem(column)
            if item is None or header.isSectionHidden(column):
                continue
            self.text(f"{name} column {column}", item.text())
            self.fit(f"{name} column {item.text()!r}", header.sectionSizeHint(column),
                     header.sectionSize(column))
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    self.text(f"{name} cell {row},{column}", item.text())

    def menus(self, window: QMainWindow, where: str) -> None:
        for action in window.menuBar().actions():
            self.text(f"{where} menu", action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    if not item.isSeparator():
                        self.text(f"{where} menu item", item.text())
                        self.text(f"{where} menu tip", item.toolTip())

    def walk(self, root: QWidget, where: str) -> None:
        """Every visible widget under ``root``, ``root`` included."""
        if not root.isVisible():
            return
        if root.isWindow():
            self.text(f"{where} window title", root.windowTitle())
        self.widget(root, where)
        for child in root.findChildren(QWidget):
            if child.isVisible() and not child.isWindow():
                self.widget(child, where)


def _rich(text: str) -> bool:
    return re.search(r"<[a-zA-Z/][^>]*>", text) is not None


def _plain(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()
