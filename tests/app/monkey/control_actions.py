"""The monkey's actions on the left panel: learning rate, batch, seed, optimizer, data, spin boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionSpinBox

from .registry import action

__all__ = ["ControlActions"]

LR_MIN, LR_MAX = 1e-6, 10.0  # the ends of the learning-rate control
GENERATORS = ("line", "ill-conditioned", "outliers", "curve")
SPIN_TEXTS = ("0", "1", "0.5", "3e-4", "10", "1e9", "-1", "abc", "", "-", "1e", "nan", "inf", "0.05", "12")
SPIN_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class ControlActions:
    """Every control of the left panel, through its slider, box, check box or typed text."""

    @action(4)
    def act_lr_spin(self) -> None:
        u, lr = self.rng.random(), float(f"{10 ** self.rng.uniform(-6, 1):.3g}")
        lr = LR_MIN if u < 0.07 else LR_MAX if u < 0.15 else lr
        self._say(f"lr box to {lr:g}")
        self.window.controls.lr.spin.setValue(lr)

    @action(3)
    def act_lr_slider(self) -> None:
        u, slider = self.rng.random(), self.window.controls.lr.slider
        tick = round(u * slider.maximum())
        self._say(f"lr slider to tick {tick}")
        slider.setValue(tick)

    @action(3)
    def act_batch(self) -> None:
        (u, v), batch = self.rng.random(2), self.window.controls.batch
        top = batch.maximum()
        value = 0 if v < 0.25 else 1 if v < 0.35 else top if v < 0.45 else round(u * top)
        self._say(f"batch box to {value} of {top}")
        batch.setValue(value)

    @action(2)
    def act_seed(self) -> None:
        u, small = self.rng.random(), self.rng.random() < 0.7
        value = int(u * 6) if small else int(u * (2**31 - 1))
        self._say(f"split seed to {value}")
        self.window.controls.seed.setValue(value)

    @action(2)
    def act_test_fraction(self) -> None:
        u, value = self.rng.random(), round(float(self.rng.uniform(0, 0.9)), 2)
        value = 0.0 if u < 0.1 else 0.9 if u < 0.2 else value
        self._say(f"test fraction to {value}")
        self.window.controls.test_fraction.setValue(value)

    @action(2)
    def act_hyper(self) -> None:
        u, v = self.rng.random(2)
        spins = [(k, s) for k, s in self.window.controls.hyper.items() if s.isVisibleTo(self.window)]
        if not spins:
            self._say("hyperparameter: none shown")
            return
        key, spin = self._pick(u, spins)
        value = round(spin.minimum() + v * (spin.maximum() - spin.minimum()), 4)
        self._say(f"{key} box to {value}")
        spin.setValue(value)

    @action(3)
    def act_optimizer(self) -> None:
        self._combo("optimizer", self.window.controls.optimizer, self.rng.random())

    @action(2)
    def act_schedule(self) -> None:
        self._combo("schedule", self.window.controls.schedule, self.rng.random())

    @action(3)
    def act_dataset(self) -> None:
        u, self.open_reply = self.rng.random(), self._draw_csv_reply()  # the CSV entry opens a file
        self._combo("dataset", self.window.controls.dataset, u)

    @action(4)
    def act_generator(self) -> None:
        """Move one generator slider; sometimes wait until the data are made again."""
        u, v, wait = self.rng.random(), self.rng.random(), self.rng.random() < 0.6
        sliders = list(self.window.controls.sliders.items())
        if not sliders:
            self._say("generator slider: none shown")
            return
        name, slider = self._pick(u, sliders)
        tick = round(v * slider.slider.maximum())
        if tick == slider.slider.value():
            tick = (tick + 1) % (slider.slider.maximum() + 1)
        self._say(f"generator slider {name} to tick {tick}{', wait' if wait else ''}")
        if wait:
            with self.qtbot.waitSignal(self.c.sigSettings, timeout=10000):
                slider.slider.setValue(tick)
        else:
            slider.slider.setValue(tick)

    @action(2)
    def act_dataset_random(self) -> None:
        """Switch to a generator, set all its sliders at random, and wait for the data."""
        u, ticks = self.rng.random(), self.rng.random(8)
        ui = self.window.controls
        index = self._pick(u, [i for i in range(ui.dataset.count()) if ui.dataset.itemData(i) in GENERATORS])
        self._say(f"dataset box to #{index} {ui.dataset.itemText(index)!r}")
        ui.dataset.setCurrentIndex(index)
        sliders = list(ui.sliders.values())
        values = [round(t * s.slider.maximum()) for t, s in zip(ticks, sliders)]
        self._say(f"  generator sliders to ticks {values}, wait")
        if any(s.slider.value() != tick for s, tick in zip(sliders, values)):
            with self.qtbot.waitSignal(self.c.sigSettings, timeout=10000):
                for slider, tick in zip(sliders, values):
                    slider.slider.setValue(tick)

    @action(2)
    def act_standardize(self) -> None:
        self._say("click Standardize")
        self._click_box(self.window.controls.standardize)

    @action(2)
    def act_fast_path(self) -> None:
        self._say("click Fast full-batch path")
        self._click_box(self.window.controls.fast_path)

    @action(3)
    def act_spin_type(self) -> None:
        """Click into a spin box, type over its text, and (mostly) press Enter."""
        u, v, enter = self.rng.random(), self.rng.random(), self.rng.random() < 0.8
        name, spin = self._pick(u, self._spins())
        text = SPIN_TEXTS[int(v * len(SPIN_TEXTS))]
        self._say(f"type {text!r} into the {name} box{' + Enter' if enter else ''}")
        self._focus(spin)
        self.qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(spin, text)
        if enter:
            self.qtbot.keyClick(spin, Qt.Key.Key_Return)
        self.editing = None if enter or not text else spin

    @action(2)
    def act_spin_arrows(self) -> None:
        """Click a spin box's up or down arrow a few times."""
        u, up, times = self.rng.random(), self.rng.random() < 0.5, int(self.rng.integers(1, 4))
        name, spin = self._pick(u, self._spins())
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)
        part = QStyle.SubControl.SC_SpinBoxUp if up else QStyle.SubControl.SC_SpinBoxDown
        arrow = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin).center()
        self._say(f"click the {name} box's {'up' if up else 'down'} arrow {times}× (from {spin.value():g})")
        for _ in range(times):
            self._click(spin, arrow)

    @action(1)
    def act_spin_keys(self) -> None:
        u, keys = self.rng.random(), self.rng.integers(4, size=int(self.rng.integers(1, 5)))
        name, spin = self._pick(u, self._spins())
        self._say(f"click the {name} box, keys {[SPIN_KEYS[k].name for k in keys]}")
        self._focus(spin)
        for k in keys:
            self.qtbot.keyClick(spin, SPIN_KEYS[k])
