"""The monkey's consistency checks: what the window shows against what the controller and the trainer hold."""

from __future__ import annotations

import math
import re

import numpy as np
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from gradviz.app.backprop import UPDATE
from gradviz.app.csv_dialog import CsvDialog

__all__ = ["Checks"]

HOLDS = object()  # a check's expected value when the check is a statement that must hold
STATUS = re.compile(r"^it (\d+)(?: of (\d+))? ·")


def _same(a: object, b: object) -> bool:
    """Equal; single floats up to a spin box's rounding; NaN equals NaN."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(x == y or (_nan(x) and _nan(y)) for x, y in zip(a, b))
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-6) or (math.isnan(a) and math.isnan(b))
    return a == b


def _nan(x: object) -> bool:
    return isinstance(x, float) and math.isnan(x)


def _near(a: tuple[float, ...], b: tuple[float, ...], scale: float) -> bool:
    """Equal to far below a pixel of a view `scale` wide."""
    return all(abs(x - y) <= 1e-9 * (scale + abs(x) + abs(y)) for x, y in zip(a, b))


def _point(item) -> tuple[float, float] | None:
    """The last point a plot item was given (pyqtgraph-style get_data), or None."""
    x, y = item.get_data()
    return (float(x[-1]), float(y[-1])) if len(x) else None


class Checks:
    """`check()`: every disagreement between the window and the run, as a list of problems."""

    def check(self) -> list[str]:
        """What the window shows against what the controller and the trainer hold."""
        pairs = (
            self._transport_pairs()
            + self._control_pairs()
            + self._plot_pairs()
            + self._walk_pairs()
            + self._widget_pairs()
        )
        return [
            f"check after action #{self.index}: "
            + (f"expected {what}" if b is HOLDS else f"{what} differ: {a!r} and {b!r}")
            for what, a, b in pairs
            if not (a is True if b is HOLDS else _same(a, b))
        ]

    def _transport_pairs(self) -> list[tuple[str, object, object]]:
        c, w = self.c, self.window
        newest, shown, line = c.trainer.iteration, self.shown.iteration, w.transport.timeline
        pairs = [
            ("the timeline's end and the trainer's iteration", line.maximum(), newest),
            ("the timeline's position and the shown record's iteration", line.value(), shown),
        ]
        status = STATUS.match(w.status.text())
        if status and not c.playing:  # while playing, the status is refreshed ten times a second
            pairs.append(("the status's 'it N' and the shown record's iteration", int(status[1]), shown))
            pairs.append(
                ("the status's newest iteration and the trainer's", int(status[2] or status[1]), newest)
            )
        return pairs

    def _control_pairs(self) -> list[tuple[str, object, object]]:
        t, s, ui = self.c.trainer, self.c.settings, self.window.controls
        batch = None if s.batch_size is None or s.batch_size >= t.n_samples else s.batch_size
        pairs = [
            ("the lr box and the settings' lr", ui.lr.value(), s.lr),
            ("the settings' lr and the trainer's", s.lr, t.lr),
            ("the batch box and the settings' batch size (0: full)", ui.batch.value(), s.batch_size or 0),
            ("the trainer's batch size and the settings'", t.batch_size, batch),
            (
                "the batch box's maximum and the train rows",
                ui.batch.maximum(),
                self.c.context.train.n_samples,
            ),
            ("the optimizer box and the settings", ui.optimizer.currentText(), s.optimizer),
            ("the schedule box and the settings", ui.schedule.currentText(), s.schedule),
            ("the standardize box and the settings", ui.standardize.isChecked(), s.standardize),
            ("the fast path box and the settings", ui.fast_path.isChecked(), s.fast_path),
            ("the settings' fast path and the trainer's", s.fast_path, t.fast_path),
            ("the seed box and the settings", ui.seed.value(), s.seed),
            ("the test fraction box and the settings", ui.test_fraction.value(), round(s.test_fraction, 2)),
            ("the dataset box and the settings", ui.dataset.currentData(), s.dataset),
        ]
        for key, value in s.optimizer_params.items():
            pairs.append((f"the trainer's {key} and the settings'", getattr(t.optimizer, key, None), value))
            if key in ui.hyper and ui.hyper[key].isVisibleTo(self.window):
                pairs.append((f"the {key} box and the settings", ui.hyper[key].value(), round(value, 4)))
        return pairs

    def _plot_pairs(self) -> list[tuple[str, object, object]]:
        w, record = self.window, self.shown
        land, parameters = w.landscape, self.c.context.parameters
        x, y, n = land.x_choice.currentIndex(), land.y_choice.currentIndex(), len(parameters)
        axes = (land.x_choice.count(), land.y_choice.count())
        pairs = [
            ("the landscape's axis choices and the parameters", axes, (n, n)),
            (
                f"the landscape's axes #{x} and #{y} to be two different parameters",
                x != y and min(x, y) >= 0,
                HOLDS,
            ),
            (
                "the lr control's critical mark and the run's",
                w.controls.lr.mark.critical,
                self.c.trainer.critical.lr,  # of the optimizer and batch size chosen
            ),
        ]
        if x != y and min(x, y) >= 0:
            theta = np.vstack([record.W, record.b])
            wanted = (float(theta[parameters[x].index]), float(theta[parameters[y].index]))
            # QGraphicsItem.setPos ignores moves that QPointF's fuzzy == (about 1e-12) calls no move.
            marker = _point(land.current)
            view = land.plot.getViewBox().viewRect()
            near = marker is not None and _near(marker, wanted, max(view.width(), view.height()))
            pairs.append(
                (
                    f"the landscape marker {marker} at the shown θ {wanted} (it {record.iteration})",
                    near,
                    HOLDS,
                )
            )
            pairs.append(("the end of the landscape path and the shown θ", _point(land.path), wanted))
        for name, curve, value in (
            ("loss", w.loss.train, record.loss_train),
            ("‖∇C‖", w.gradient.norm, record.grad_norm),
        ):
            pairs.append(
                (
                    f"the end of the {name} curve and the shown record",
                    _point(curve),
                    (float(record.iteration), value),
                )
            )
        for name, _, box in self._plots():
            finite = bool(np.isfinite(box.viewRange()).all())
            pairs.append((f"the {name} plot's range {box.viewRange()} to be finite", finite, HOLDS))
        return pairs

    def _walk_pairs(self) -> list[tuple[str, object, object]]:
        """The walk in the backpropagation area is of the step the plots show (or just took)."""
        walker, shown = self.window.walker, self.shown
        if not walker.wanted or walker.walk is None or self.c.playing:  # while playing it lags, by design
            return []
        walk = walker.walk
        after = walk.substep == UPDATE
        pairs = [
            (
                "the walked step and the shown record (the next one, at the update)",
                walk.iteration + after,
                shown.iteration,
            ),
            ("the area visible while the walk is wanted", self.window.backprop_visible, True),
        ]
        if not after:
            pairs.append(("the walk's W and the shown W", walk.node("W").value.tolist(), shown.W.tolist()))
        return pairs

    def _widget_pairs(self) -> list[tuple[str, object, object]]:
        w = self.window
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        dialogs = w.findChildren(CsvDialog)
        return [
            (
                "the widgets left with their signals blocked",
                [type(x).__name__ for x in w.findChildren(QWidget) if x.signalsBlocked()],
                [],
            ),
            (f"at most one CSV dialog alive, not {len(dialogs)}", len(dialogs) <= 1, HOLDS),
            ("every CSV dialog closed", not any(d.isVisible() for d in dialogs), HOLDS),
        ]
