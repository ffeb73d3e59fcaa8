"""The monkey's actions on the window and files: resizing, splitters, CSV, sessions, exports, help."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from .data import GARBAGE_SESSIONS
from .registry import action

__all__ = ["WindowActions"]


class WindowActions:
    """The window's size and splitters, and the File and Help menus."""

    @action(2)
    def act_resize(self) -> None:
        width, height = int(self.rng.integers(600, 1601)), int(self.rng.integers(400, 1001))
        self._say(f"resize to {width}×{height}")
        self.window.resize(width, height)

    @action(1)
    def act_splitter(self) -> None:
        """Drag a splitter handle, sometimes all the way, collapsing a pane."""
        u, shares, collapse = self.rng.random(), self.rng.random(2), self.rng.random() < 0.3
        splitters = self.window.findChildren(QSplitter)
        splitter = self._pick(u, splitters)
        total = sum(splitter.sizes())
        sizes = (
            ([0, total] if shares[0] < 0.5 else [total, 0])
            if collapse
            else [round(total * x / shares.sum()) for x in shares]
        )
        self._say(f"splitter #{splitters.index(splitter)} to sizes {sizes}")
        splitter.setSizes(sizes)

    @action(2)
    def act_open_csv(self) -> None:
        how, self.open_reply = self.rng.random(), self._draw_csv_reply()
        self._say(f"open CSV {Path(self.open_reply).name or '(cancel)'}")
        if how < 0.4:
            self._trigger("Open CSV…")
        elif how < 0.7:
            self._say("  click the Open CSV… button")
            self._click(self.window.controls.open_csv)
        else:
            self._say("  key Ctrl+O")
            self.qtbot.keyClick(self.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    @action(1)
    def act_save_session(self) -> None:
        u, v = self.rng.random(2)
        folder = self.files / ("sessions" if u < 0.85 else "missing/folder")
        self.save_reply = "" if v < 0.1 else str(folder / f"s{int(v * 3)}.json")
        self._say(f"save session to {self.save_reply or '(cancel)'}")
        self._trigger("Save session…")

    @action(2)
    def act_open_session(self) -> None:
        """Open a saved session, a damaged file, a saved session with one entry tampered, or cancel."""
        u, v, w = self.rng.random(3)
        saved = sorted((self.files / "sessions").glob("s*.json"))
        path = self.files / "sessions" / "other.json"
        if u < 0.1:
            self.open_reply = ""
        elif u < 0.4 and saved:
            self.open_reply = str(self._pick(v, saved))
        elif u < 0.5:
            path.write_bytes(GARBAGE_SESSIONS[int(v * len(GARBAGE_SESSIONS))])
            self.open_reply = str(path)
        else:
            source = self._pick(v, saved)
            data = json.loads(source.read_text()) if source else {"gradviz_session": 1}
            tampering = self.tamperings[int(w * len(self.tamperings))]
            path.write_text(json.dumps({**data, **tampering}))
            self._say(f"  tampered session: {tampering}")
            self.open_reply = str(path)
        self._say(f"open session {Path(self.open_reply).name or '(cancel)'}")
        self._trigger("Open session…")

    @action(1)
    def act_export(self) -> None:
        u, v = self.rng.random(2)
        exports = [("Window as PNG…", "w.png"), ("History as CSV…", "h.csv"), ("Summary as JSON…", "s.json")]
        text, name = self._pick(u, exports)
        folder = self.files / ("exports" if v < 0.85 else "missing/folder")
        self.save_reply = "" if v < 0.05 else str(folder / name)
        self._say(f"export to {self.save_reply or '(cancel)'}")
        self._trigger(text)

    @action(0.5)
    def act_help(self) -> None:
        self._trigger("Keyboard shortcuts" if self.rng.random() < 0.5 else "About gradviz")
