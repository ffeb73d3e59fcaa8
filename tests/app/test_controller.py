"""The controller on its own: a stand-in view records what it is told to draw."""

import math

import pytest

from gradviz.app import controller as controller_module
from gradviz.app.controller import Controller
from gradviz.settings import Settings


class StandInView:
    def __init__(self, controller: Controller) -> None:
        self.runs, self.records, self.statuses, self.errors, self.settings = [], [], [], [], []
        controller.sigRunChanged.connect(self.runs.append)
        controller.sigRecord.connect(self.records.append)
        controller.sigStatus.connect(lambda text, problem: self.statuses.append((text, problem)))
        controller.sigError.connect(self.errors.append)
        controller.sigSettings.connect(self.settings.append)


@pytest.fixture
def controller(qapp):
    controller = Controller(Settings(dataset="line", lr=0.05))
    view = StandInView(controller)
    controller.start()
    controller.view = view
    yield controller
    controller.pause()


def test_start_announces_a_run_and_draws_its_first_record(controller):
    assert len(controller.view.runs) == 1 and controller.view.records[-1].iteration == 0
    assert controller.view.statuses[-1][1] is False


def test_hyperparameters_keep_the_history(controller):
    controller.run(10)
    controller.set_lr(0.2)
    controller.set_optimizer("adam", {"beta1": 0.8, "beta2": 0.99})
    controller.set_batch_size(10)
    controller.set_schedule("cosine")
    assert controller.trainer.iteration == 10 and len(controller.view.runs) == 1
    assert controller.trainer.lr == 0.2 and controller.trainer.optimizer.beta1 == 0.8
    controller.set_optimizer("adam", {"beta1": 0.5, "beta2": 0.99})  # same kind: state kept
    assert controller.trainer.optimizer.beta1 == 0.5


def test_data_changes_restart(controller):
    controller.run(10)
    assert controller.set_dataset("line", {"n": 300})
    assert controller.trainer.iteration == 0 and controller.context.dataset.n_samples == 300
    assert controller.set_standardize(False) and len(controller.view.runs) == 3


def test_a_refused_change_keeps_the_run_and_says_why(controller):
    controller.run(5)
    assert not controller.set_test_fraction(0.99)  # leaves 1 training row of 100
    assert controller.view.errors and "lower the test fraction" in controller.view.errors[-1]
    assert controller.trainer.iteration == 5 and controller.view.settings[-1].test_fraction == 0.2
    controller.set_lr(-1)
    assert "positive" in controller.view.errors[-1] and controller.trainer.lr == 0.05


def test_back_scrub_and_continue_from_the_past(controller):
    controller.run(10)
    controller.step_back()
    controller.step_back()
    assert controller.viewed.iteration == 8 and controller.trainer.iteration == 10
    assert "viewing the past" in controller.view.statuses[-1][0]
    controller.scrub(3)
    assert controller.viewed.iteration == 3
    controller.step()
    assert controller.trainer.iteration == 4 and controller.viewed.iteration == 4


def test_play_runs_on_the_timer_and_divergence_pauses(qtbot, controller):
    controller.set_speed(math.inf)
    controller.play()
    qtbot.waitUntil(lambda: controller.trainer.iteration > 50, timeout=5000)
    controller.pause()
    controller.set_lr(5.0)
    controller.play()
    qtbot.waitUntil(lambda: not controller.playing, timeout=5000)
    text, problem = controller.view.statuses[-1]
    assert problem and "Diverged" in text


def test_while_playing_the_status_names_the_iteration_of_every_frame(qtbot, controller, monkeypatch):
    """The status line and the timeline agree within the frame, not only once idle."""
    monkeypatch.setattr(controller_module, "CONVERGED_TOLERANCE", 0.0)  # play on past convergence
    frames = []  # (iteration of the record, iteration the status names)
    controller.sigRecord.connect(lambda record: frames.append([record.iteration, None]))
    controller.sigStatus.connect(lambda text, _: frames and frames[-1].__setitem__(1, text.split(" ")[1]))
    controller.set_speed(math.inf)
    controller.play()
    qtbot.waitUntil(lambda: len(frames) >= 10, timeout=10_000)
    controller.pause()
    assert all(status == str(iteration) for iteration, status in frames)
    assert frames[-1][0] == controller.trainer.iteration


def test_start_point_and_reset(controller):
    controller.run(5)
    controller.set_start({(0, 0): 3.0, (1, 0): -2.0})
    start = controller.trainer.history.record(0)
    assert (start.W[0, 0], start.b[0]) == (3.0, -2.0) and controller.trainer.iteration == 0
    controller.run(5)
    controller.reset()
    assert controller.trainer.iteration == 0 and controller.trainer.current.W[0, 0] == 3.0


def test_a_slower_path_does_not_freeze_the_next_frame(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(controller_module, "CONVERGED_TOLERANCE", 0.0)  # play on past convergence
    controller = Controller(Settings(dataset="line", dataset_params={"n": 200_000}, speed=math.inf))
    controller.start()
    controller.play()
    qtbot.waitUntil(lambda: controller.trainer.iteration > 2000, timeout=10_000)  # fast path: cheap steps
    before = controller.trainer.iteration
    controller.set_fast_path(False)  # each step now reads every row twice
    controller._tick()
    assert controller.trainer.iteration == before + 1  # measured first, not sized by the old estimate
    controller.pause()
