"""The monkey's actions on the transport (Step, Back, Reset, Play, timeline, speed) and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from .registry import action

__all__ = ["TransportActions"]

KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_R)
# What a burst (several actions with no events processed between them) draws from.
BURST = tuple(
    "step back timeline toggle_play key speed lr_spin lr_slider batch seed optimizer hyper schedule"
    " standardize dataset generator landscape_axes fit_view".split()
)


class TransportActions:
    """The transport's buttons and sliders, the shortcuts, and bursts of quick actions."""

    @action(6)
    def act_step(self) -> None:
        self._say("click Step")
        self._click(self.window.transport.step_button)

    @action(4)
    def act_back(self) -> None:
        self._say("click Back")
        self._click(self.window.transport.back_button)

    @action(2)
    def act_reset(self) -> None:
        self._say("click Reset")
        self._click(self.window.transport.reset_button)

    @action(5)
    def act_play(self) -> None:
        """Play with the timer really running: wait for a few records, maybe pause."""
        records, pause = int(self.rng.integers(1, 5)), self.rng.random() < 0.5
        self._say(f"play: wait for {records} records{', then Pause' if pause else ''}")
        if not self.c.playing:
            self._click(self.window.transport.play_button)
        self._wait_records(records)
        if pause and self.c.playing:
            self._click(self.window.transport.play_button)

    @action(3)
    def act_toggle_play(self) -> None:
        self._say("click Play/Pause")
        self._click(self.window.transport.play_button)

    @action(3)
    def act_timeline(self) -> None:
        u, timeline = self.rng.random(), self.window.transport.timeline
        value = round(u * timeline.maximum())
        self._say(f"timeline to {value} of {timeline.maximum()}")
        timeline.setValue(value)

    @action(2)
    def act_speed(self) -> None:
        u, speed = self.rng.random(), self.window.transport.speed
        value = min(int(u * (speed.maximum() + 1)), speed.maximum())
        self._say(f"speed slider to {value}")
        speed.setValue(value)

    def _key(self, target: QWidget, key: Qt.Key) -> None:
        """Press a shortcut and check that it did its job."""
        c, playing, shown = self.c, self.c.playing, self.shown.iteration
        self.qtbot.keyClick(target, key)
        editing = self.editing is not None and target in (self.editing, self.editing.lineEdit())
        if editing and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return  # while the user types in a spin box, the arrows move its cursor
        diverged = c.trainer.status.diverged
        done = {
            Qt.Key.Key_R: c.trainer.iteration == 0,
            Qt.Key.Key_Space: c.playing != playing or diverged,
            Qt.Key.Key_Right: self.shown.iteration == shown + 1 or diverged,
            Qt.Key.Key_Left: self.shown.iteration < shown or shown == 0,
        }[key]
        if not done:
            self._problem(f"the shortcut {key.name} sent to {type(target).__name__} did nothing")

    @action(5)
    def act_key(self) -> None:
        key = KEYS[int(self.rng.integers(len(KEYS)))]
        self._say(f"key {key.name} to the window")
        self._key(self.window, key)

    @action(3)
    def act_key_focus(self) -> None:
        key = KEYS[int(self.rng.integers(len(KEYS)))]
        target = QApplication.focusWidget() or self.window
        self._say(f"key {key.name} to the focused {type(target).__name__}")
        self._key(target, key)

    @action(1)
    def act_key_tab(self) -> None:
        back = self.rng.random() < 0.3
        target = QApplication.focusWidget() or self.window
        self._say(f"key {'Shift+' if back else ''}Tab to {type(target).__name__}")
        self.qtbot.keyClick(target, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)

    @action(2)
    def act_burst(self) -> None:
        """A few quick actions with no events processed between them (a fast user, a busy machine)."""
        kinds = [BURST[i] for i in self.rng.integers(len(BURST), size=int(self.rng.integers(2, 7)))]
        self._say(f"burst of {len(kinds)} actions:")
        for kind in kinds:
            getattr(self, f"act_{kind}")()
            self._answer_csv_dialogs()  # a modal dialog takes the window's input until answered
