"""Controller: owns the Trainer and the QTimer that drives it; panels only listen."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ..datasets import Dataset, DatasetError
from ..engine import FunctionError, OptimizerError, StepRecord, Trainer, make_optimizer
from ..engine.race import Racer
from ..engine.step_taken import step_taken
from ..i18n import QT_TRANSLATE_NOOP, number, translate
from ..settings import CSV, Run, Settings, SettingsError, build_run
from .context import RunContext
from .ghost import Ghost
from .pacing import Pacer
from .race import RACE_COLOURS, RaceFollower, RacerView, build_followers, main_racer, racer_label
from .training_functions import TrainingFunctions
from .units import units_name

__all__ = ["Controller"]

FRAME_MS = 14  # at full speed, the Pacer (not this timer) sets the frame rate: it fills frames to FRAME_S
# Play pauses by itself once ‖∇C‖ falls below this share of its value at the run's start. The loss
# is then within (1e-6)² = 1e-12 (times κ at worst) of its least value, relative to its start: no
# plot shows the difference. Rounding stops the fast path's ‖∇C‖ near 1e-15 of its start, so a
# converging run always gets there; the graph path and mini-batches, whose noise sits higher, may not.
CONVERGED_TOLERANCE = 1e-6
CONVERGED_MESSAGE = QT_TRANSLATE_NOOP(
    "Controller",
    "converged at it {iteration}: ‖∇C‖ fell below {tolerance} of its start; press Play to go on anyway",
)
# The status line: numbers through i18n.number (a decimal comma in French). ‖∇C‖ and ‖θ−θ*‖
# are in the run's units, which {units} names.
STATUS = QT_TRANSLATE_NOOP(
    "Controller",
    "it {iteration}{viewing} · epoch {epoch} · loss {loss}{test} · ‖∇C‖ {grad_norm} · lr {lr} ({critical})"
    " · κ {kappa} · ‖θ−θ*‖ {distance} ({units}) · {path}{functions}",
)
PATHS = {
    "fast": QT_TRANSLATE_NOOP("Controller", "fast path"),
    "graph": QT_TRANSLATE_NOOP("Controller", "graph path"),
}


def _check_not_constant(dataset: Dataset) -> None:
    """A constant target leaves nothing to fit: every plot would be flat or empty."""
    constant = (dataset.Y == dataset.Y[0]).all(axis=0)  # not np.ptp: max − min overflows near 1e308
    if constant.any():
        c = int(np.argmax(constant))
        message = translate(
            "Controller",
            "the target {name} is {value} in every row, so there is nothing to fit; "
            "choose another target, or give the generator some slope or noise",
        )
        raise DatasetError(
            message.format(name=repr(dataset.target_names[c]), value=number(dataset.Y[0, c], "g"))
        )


class Controller(QObject):
    """Turns user intent (play, step, change lr …) into Trainer calls and records to draw.

    Signals:
        sigRunChanged(RunContext)  a new run: data, scaling or split changed
        sigRecord(StepRecord)      the state to show, once per drawn frame
        sigPlaying(bool)
        sigStatus(str, bool)       status text, and whether it reports a problem
        sigSettings(Settings)      the settings now in force, after any change or a refused one
        sigError(str)              a change could not be applied; nothing was lost
    """

    sigRunChanged = Signal(object)
    sigRecord = Signal(object)
    sigPlaying = Signal(bool)
    sigStatus = Signal(str, bool)
    sigSettings = Signal(object)
    sigError = Signal(str)
    sigGhost = Signal(object)  # the ghost's path up to the record shown, or None
    sigFunctions = Signal(object)  # the TrainingFunctions trained with, or None for gradviz's own
    sigRace = Signal(object)  # a tuple of RacerView up to the record shown (racer 1 first), or None
    sigStepTaken = Signal(object)  # the step from the record shown ÷ its lr, shape of θ, or None

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._csv_dataset: Dataset | None = None
        self.functions: TrainingFunctions | None = None  # None: gradviz's own Linear and MSE
        self.ghost: Ghost | None = None  # the correct run beside a run with other Functions
        self.racers: list[RaceFollower] = []  # racers 2 and on; the main run is racer 1
        self._race_shown = False
        self._halted = ""  # why the last step failed in a user's code, shown until something changes
        # Play watches for convergence only when it starts from a state that has not converged,
        # so that Play after the convergence pause goes on (see _pause_if_converged).
        self._watch_convergence = False
        self._converged_at: int | None = None  # where the last convergence pause stopped the run
        self._view: int | None = None  # history index shown; None follows the newest
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._steps_per_tick = 1.0
        self._carry = 0.0
        self.pacer = Pacer()
        self.replaying = False  # an export shows past states as frames: no "viewing the past" note
        # The first run. If the settings given cannot make one, the defaults do, and
        # `start` says why once the window listens.
        self._startup_error = ""
        try:
            built = self._build(settings or Settings())
        except (ValueError, OSError) as error:
            self._startup_error = str(error)
            built = self._build(Settings())
        self._adopt(*built)

    # -- building runs -----------------------------------------------------

    def start(self) -> None:
        """Announce the run (call once the window is connected)."""
        self._announce()
        if self._startup_error:
            self.sigError.emit(self._startup_error)
            self._startup_error = (
                ""  # once: a window rebuilt around this run (another language) is not told again
            )

    def _build(self, settings: Settings, dataset: Dataset | None = None) -> tuple[Settings, Run, Dataset]:
        dataset = dataset or self._load(settings)
        _check_not_constant(dataset)
        run = build_run(settings, dataset, **self._function_classes(self.functions))
        # What the trainer uses, so that the controls show it: a batch as large as the data is the full batch.
        return replace(settings, batch_size=run.trainer.batch_size), run, dataset

    def _adopt(self, settings: Settings, run: Run, dataset: Dataset) -> None:
        if settings.dataset == CSV:
            self._csv_dataset = dataset
        self.settings = settings
        self.trainer = run.trainer
        self.ghost = None
        if self.functions is not None:
            self.ghost = Ghost(build_run(settings, dataset).trainer, run.trainer)
        self.racers = build_followers(settings, run.prepared, run.trainer)
        self.context = RunContext.build(run.prepared, run.trainer, settings.standardize)
        self.pacer.forget_step_cost()
        self._view = None
        self._halted = ""

    @staticmethod
    def _function_classes(functions: TrainingFunctions | None) -> dict[str, Any]:
        return {} if functions is None else {"linear": functions.linear, "mse": functions.mse}

    def set_functions(self, functions: TrainingFunctions | None) -> bool:
        """Train with other Linear and MSE Functions (None: gradviz's own), from a new start."""
        before = self.functions
        self.functions = functions
        if not self._rebuild(self.settings, self._csv_dataset if self.settings.dataset == CSV else None):
            self.functions = before
            return False
        self.sigFunctions.emit(functions)
        return True

    def _announce(self) -> None:
        self.sigSettings.emit(self.settings)  # the controls show it, whoever asked for the change
        self.sigRunChanged.emit(self.context)
        self._show()

    def _rebuild(self, settings: Settings, dataset: Dataset | None = None) -> bool:
        """Make a new Trainer for `settings`; on failure keep the old run and say why."""
        try:
            built = self._build(settings, dataset)
        except (ValueError, OSError) as error:
            self.sigError.emit(str(error))
            self.sigSettings.emit(self.settings)
            return False
        self.pause()
        self._adopt(*built)
        self._announce()
        return True

    def _load(self, settings: Settings) -> Dataset:
        if settings.dataset == CSV and self._csv_dataset is not None:
            chosen = (settings.csv_path, settings.csv_targets, settings.csv_features)
            if chosen == (self.settings.csv_path, self.settings.csv_targets, self.settings.csv_features):
                return self._csv_dataset
        return settings.load_dataset()

    def apply_settings(self, settings: Settings) -> bool:
        """Adopt a whole new set of settings (an opened session): a new run."""
        try:
            settings.check()
        except SettingsError as error:
            self.sigError.emit(str(error))
            return False
        ok = self._rebuild(settings)
        if ok:
            self.set_speed(settings.speed)
            self.sigSettings.emit(self.settings)  # with the speed
        return ok

    # -- data changes restart the run --------------------------------------

    def set_dataset(self, name: str, params: dict[str, float] | None = None) -> bool:
        return self._rebuild(replace(self.settings, dataset=name, dataset_params=dict(params or {})))

    def set_csv(self, dataset: Dataset, path: str, targets: str | list[str], features: list[str]) -> bool:
        settings = replace(
            self.settings,
            dataset=CSV,
            dataset_params={},
            csv_path=path,
            csv_targets=[targets] if isinstance(targets, str) else list(targets),
            csv_features=list(features),
            batch_size=None,
        )
        return self._rebuild(settings, dataset)

    def set_standardize(self, on: bool) -> bool:
        return self._rebuild(replace(self.settings, standardize=bool(on)))

    def set_test_fraction(self, fraction: float) -> bool:
        return self._rebuild(replace(self.settings, test_fraction=float(fraction)))

    def set_seed(self, seed: int) -> bool:
        """The seed sets the split and the batch order, so it restarts the run."""
        return self._rebuild(replace(self.settings, seed=int(seed)))

    def set_landscape_axes(self, names: list[str]) -> None:
        """The landscape's two parameters as the user picked them, kept for sessions (no new run)."""
        self.settings = replace(self.settings, landscape_axes=list(names))

    # -- hyperparameters apply from the next step and keep the history ------

    def set_lr(self, lr: float) -> None:
        self._change(lambda t: setattr(t, "lr", lr), racers=False, lr=float(lr))

    def set_batch_size(self, batch_size: int | None) -> None:
        self.pacer.forget_step_cost()
        self._change(lambda t: setattr(t, "batch_size", batch_size), batch_size=batch_size)

    def set_schedule(self, name: str) -> None:
        settings = replace(self.settings, schedule=name)
        self._change(lambda t: setattr(t, "schedule", settings.make_schedule()), schedule=name)

    def set_fast_path(self, on: bool) -> None:
        self.pacer.forget_step_cost()
        self._change(lambda t: setattr(t, "fast_path", bool(on)), fast_path=bool(on))

    def set_optimizer(self, name: str, params: dict[str, float] | None = None) -> None:
        params = dict(params or {})

        def change(trainer: Trainer) -> None:
            optimizer = make_optimizer(name, **params)  # checks the settings
            if name == self.settings.optimizer:
                for key in params:
                    setattr(trainer.optimizer, key, getattr(optimizer, key))  # same kind: keep its state
            else:
                trainer.optimizer = optimizer

        self._change(change, racers=False, optimizer=name, optimizer_params=params)

    def _change(self, change: Callable[[Trainer], None], *, racers: bool = True, **fields: Any) -> None:
        """Apply `change` to the run, its ghost and (unless `racers` is False: lr, optimizer) its racers."""
        try:
            change(self.trainer)
        except ValueError as error:
            self.sigError.emit(str(error))
            self.sigSettings.emit(self.settings)
            return
        if self.ghost is not None:
            self.ghost.change(self.trainer, change)
        for racer in self.racers if racers else ():
            racer.change(self.trainer, change)
        self._halted = ""
        fields["batch_size"] = self.trainer.batch_size  # as the trainer took it: n or more is the full batch
        self.settings = replace(self.settings, **fields)
        self.sigSettings.emit(self.settings)
        if self.trainer.status.diverged:  # a new setting deserves a new try
            self.trainer.rewind(self.trainer.iteration)
        self._show()

    # -- transport ---------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def viewed_index(self) -> int:
        """The history index of the record shown."""
        return len(self.trainer.history) - 1 if self._view is None else self._view

    @property
    def viewed(self) -> StepRecord:
        return self.trainer.history.record(self.viewed_index)

    def set_speed(self, steps_per_second: float) -> None:
        steps_per_second = max(float(steps_per_second), 0.1)
        self.settings = replace(self.settings, speed=steps_per_second)
        if math.isinf(steps_per_second) or steps_per_second >= 1000 / FRAME_MS:
            self._timer.setInterval(FRAME_MS)
            self._steps_per_tick = steps_per_second * FRAME_MS / 1000
        else:
            self._timer.setInterval(round(1000 / steps_per_second))
            self._steps_per_tick = 1.0

    def play(self) -> None:
        if self.playing:
            return
        if self._continue_from_view():
            self._show()  # the future is gone: say so now, not at the first tick
        current = self.trainer.current
        self._watch_convergence = not self._has_converged(current.grad_norm)
        self._converged_at = None
        self.set_speed(self.settings.speed)
        self._carry = 0.0
        self.pacer.restart()
        self._timer.start()
        self.sigPlaying.emit(True)

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.sigPlaying.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def step(self) -> None:
        """One step from the state shown (from a past state, the future is dropped)."""
        self.pause()
        self._continue_from_view()
        self._guarded(self.trainer.step)
        self._show()

    def run(self, steps: int) -> None:
        """Take `steps` steps at once and draw only the last (for scripts and snapshots)."""
        self.pause()
        self._continue_from_view()
        self._guarded(lambda: self.trainer.run(steps))
        self._show()

    def step_back(self) -> None:
        self.pause()
        index = (len(self.trainer.history) - 1 if self._view is None else self._view) - 1
        if index >= 0:
            self._view = index
            self._show()

    def scrub(self, iteration: int) -> None:
        """Show the stored state at or before `iteration`."""
        self.pause()
        history = self.trainer.history
        index = history.index_of(iteration)
        self._view = None if index == len(history) - 1 else index
        self._show()

    def reset(self) -> None:
        """Back to the start point with fresh optimizer state."""
        self.pause()
        start = self.trainer.history.record(0)
        self.trainer.reset(start.W, start.b)
        self._restart_followers()
        self._halted = ""
        self._view = None
        self._show()

    def set_start(self, entries: dict[tuple[int, int], float]) -> None:
        """Restart from the current start point with some entries of θ replaced.

        A start the trainer refuses (its loss overflows, say) leaves the run as it was.
        """
        self.pause()
        theta = self.trainer.history.record(0).theta.copy()
        for index, value in entries.items():
            theta[index] = value
        try:
            self.trainer.reset(theta[:-1], theta[-1])
        except ValueError as error:
            self.sigError.emit(str(error))
            return
        self._restart_followers()
        self._halted = ""
        self._view = None
        self._show()

    @property
    def halted(self) -> str:
        """Why the last step failed in a user's Function or optimizer ("" when it did not)."""
        return self._halted

    def _guarded(self, take_steps: Callable[[], object]) -> bool:
        """Take steps; an error in a user's Function or optimizer pauses the run and says why."""
        try:
            take_steps()
        except (FunctionError, OptimizerError) as error:
            self._halted = translate("Controller", "{error} The run is paused at its last good step.").format(
                error=error
            )
            return False
        self._halted = ""
        return True

    def _continue_from_view(self) -> bool:
        """Make the state shown the newest, dropping the future; whether anything was dropped."""
        if self._view is None:
            return False
        self.trainer.rewind(int(self.trainer.history.iterations[self._view]))
        self._view = None
        return True

    def _tick(self) -> None:
        """Take this frame's steps, within the compute budget, then draw once."""
        if math.isinf(self._steps_per_tick):
            wanted = math.inf
        else:
            self._carry += self._steps_per_tick
            wanted = int(self._carry)
            self._carry -= wanted
        affordable = self.pacer.steps_for_frame(time.perf_counter())
        steps = int(min(wanted, affordable))
        if steps:
            start, before = time.perf_counter(), self.trainer.iteration
            if not self._guarded(lambda: self.trainer.run(steps)):
                self.pause()
            self._follow_racers()  # timed with the run: racers make each step dearer
            done = self.trainer.iteration - before  # fewer if the run diverged
            if done:
                self.pacer.measured(done, time.perf_counter() - start)
            if done and self._watch_convergence and not self.trainer.status.diverged:
                self._pause_if_converged(before)
        if wanted > affordable:
            self._carry = 0.0  # the machine cannot keep up: drop the backlog
        if self.trainer.status.diverged:
            self.pause()
        self._show()

    def _has_converged(self, grad_norm: float | np.ndarray) -> bool | np.ndarray:
        return grad_norm < CONVERGED_TOLERANCE * self.trainer.history.record(0).grad_norm

    def _pause_if_converged(self, since: int) -> None:
        """Pause at the first step after iteration `since` where the run converged, if any.

        The steps this tick took past it are dropped, so the run stops exactly there. Play
        then goes on, and does not pause for convergence again until it starts from a
        state that has not converged (after Reset, a new start or run, or from the past).
        """
        history = self.trainer.history
        first = history.index_of(since)
        below = np.flatnonzero(self._has_converged(history.grad_norm[first : len(history)]))
        if not below.size:
            return
        iteration = int(history.iterations[first + below[0]])
        self.trainer.rewind(iteration)
        self._watch_convergence = False
        self._converged_at = iteration
        self.pause()

    # -- the race ----------------------------------------------------------

    def set_race(self, racers: list[Racer]) -> bool:
        """Race `racers` from the run's start: the first is the main run, the others follow it.

        One racer stops the race. The start point is kept; the data and batches are the run's.
        """
        if not racers:
            racers = [main_racer(self.settings)]
        first, others = racers[0], racers[1:]
        settings = replace(
            self.settings,
            optimizer=first.optimizer,
            lr=first.lr,
            optimizer_params=dict(first.params),
            race=[racer.spec for racer in others],
        )
        try:
            settings.check()
        except SettingsError as error:
            self.sigError.emit(str(error))
            return False
        start = self.trainer.history.record(0)
        if not self._rebuild(settings, self._csv_dataset if settings.dataset == CSV else None):
            return False
        if np.any(start.theta != self.trainer.history.record(0).theta):
            self.set_start({index: float(value) for index, value in np.ndenumerate(start.theta)})
        return True

    def _restart_followers(self) -> None:
        if self.ghost is not None:
            self.ghost.restart(self.trainer)
        for racer in self.racers:
            racer.restart(self.trainer)

    def _follow_racers(self) -> None:
        for racer in self.racers:
            racer.follow(self.trainer)

    def race_views(self, iteration: int) -> tuple[RacerView, ...]:
        """Every racer up to `iteration`, the main run first, each in its colour."""
        history, trainer = self.trainer.history, self.trainer
        n = history.index_of(iteration) + 1
        stopped = trainer.status.diverged and self._view is None
        main = RacerView(
            racer_label(main_racer(self.settings), trainer.iteration if stopped else None),
            RACE_COLOURS[0],
            history.iterations[:n],
            history.thetas[:n],
            history.loss_train[:n],
        )
        others = (racer.view(iteration, colour) for racer, colour in zip(self.racers, RACE_COLOURS[1:]))
        return (main, *others)

    # -- output ------------------------------------------------------------

    def _show(self) -> None:
        record = self.viewed
        self.sigRecord.emit(record)
        if self.ghost is not None:
            self.ghost.follow(self.trainer)
            self.sigGhost.emit(self.ghost.path_until(record.iteration))
        if self.racers or self._race_shown:
            self._follow_racers()
            self.sigRace.emit(self.race_views(record.iteration) if self.racers else None)
            self._race_shown = bool(self.racers)
        taken = step_taken(self.trainer, self.viewed_index)
        self.sigStepTaken.emit(None if taken is None or not taken[1] else taken[0] / taken[1])
        # Every frame, so that the status and the timeline always name the same iteration.
        diverged = self.trainer.status.diverged and self._view is None
        text = self.trainer.status.message if diverged else self.status_text(record)
        if self._converged_at == record.iteration == self.trainer.iteration and not diverged:
            converged = translate("Controller", CONVERGED_MESSAGE).format(
                iteration=record.iteration, tolerance=number(CONVERGED_TOLERANCE, "g")
            )
            text = f"{converged} · {text}"
        if self._halted and self._view is None:
            text, diverged = self._halted, True
        self.sigStatus.emit(text, diverged)

    def status_text(self, record: StepRecord) -> str:
        trainer, context = self.trainer, self.context
        distance = float(np.linalg.norm(record.theta - context.theta_star))
        test = ""
        if not math.isnan(record.loss_test):
            test = translate("Controller", " (test {loss})").format(loss=number(record.loss_test, ".4g"))
        viewing = ""
        if self._view is not None and not self.replaying:
            viewing = translate("Controller", " of {newest} (viewing the past)").format(
                newest=trainer.iteration
            )
        next_lr = trainer.schedule.lr(trainer.lr, record.iteration)  # what the next step will use
        rate = trainer.critical  # of the optimizer and batch size chosen
        if rate.lr is None:
            critical = translate("Controller", "no critical rate")
        else:
            critical = translate("Controller", "critical {formula} = {lr}").format(
                formula=rate.formula, lr=number(rate.lr, ".3g")
            )
        return translate("Controller", STATUS).format(
            iteration=record.iteration,
            viewing=viewing,
            epoch=record.epoch,
            loss=number(record.loss_train, ".4g"),
            test=test,
            grad_norm=number(record.grad_norm, ".2e"),
            lr=number(next_lr, ".3g"),
            critical=critical,
            kappa=number(context.curvature.condition_number, ".3g"),
            distance=number(distance, ".2e"),
            units=units_name(context.standardized),
            path=translate("Controller", PATHS.get(trainer.path, trainer.path)),
            functions=self._functions_label(),
        )

    def _functions_label(self) -> str:
        """ ", mistake mode" or ", your Functions (tp1.py)" after the path; "" with gradviz's own."""
        functions = self.functions
        if functions is None:
            return ""
        if functions.kind == "mistake":
            return translate("Controller", ", mistake mode")
        return translate("Controller", ", your Functions ({name})").format(name=Path(functions.key).name)
