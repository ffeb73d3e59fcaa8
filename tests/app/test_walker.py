"""The walker: one training step sub-step by sub-step, joined to the timeline."""

import numpy as np
import pytest

from gradviz.app import controller as controller_module
from gradviz.app import walker as walker_module
from gradviz.app.backprop import ACCUMULATE, LINEAR_FORWARD, MSE_BACKWARD, START, UPDATE
from gradviz.app.controller import Controller
from gradviz.app.walker import Walker
from gradviz.settings import Settings


@pytest.fixture
def walker(qapp):
    controller = Controller(Settings(dataset="line", lr=0.05))
    walker = Walker(controller)
    walker.walks = []
    walker.sigWalk.connect(walker.walks.append)
    controller.start()
    walker.wanted = True
    yield walker
    controller.pause()


def test_sub_steps_lead_to_the_real_step(walker):
    controller = walker.controller
    controller.run(2)
    assert walker.walk.substep == START and walker.walk.iteration == 2
    for expected in range(LINEAR_FORWARD, ACCUMULATE + 1):
        walker.next()
        assert walker.walk.substep == expected and controller.trainer.iteration == 2
    before = walker.walk
    walker.next()  # the update: the trainer takes the step, and every panel shows it
    assert controller.trainer.iteration == 3 and controller.viewed.iteration == 3
    update = walker.walk
    assert update.substep == UPDATE and update.iteration == 2 and update.after.iteration == 3
    np.testing.assert_allclose(update.after.W, before.node("W").value - update.lr * before.node("W").grad)
    walker.next()
    assert (walker.walk.iteration, walker.walk.substep) == (3, LINEAR_FORWARD)


def test_back_crosses_the_update_into_the_step_before(walker):
    controller = walker.controller
    controller.run(3)
    walker.previous()  # from the start of step 3: the update that led here
    assert (walker.walk.iteration, walker.walk.substep) == (2, UPDATE) and controller.viewed.iteration == 3
    walker.previous()
    assert (walker.walk.iteration, walker.walk.substep) == (2, ACCUMULATE)
    assert controller.viewed.iteration == 2
    walker.next()  # stepping from the past drops the future, as Step does, and replays it exactly
    assert controller.trainer.iteration == 3 and walker.walk.substep == UPDATE


def test_any_other_move_starts_the_walk_over_at_the_record_shown(walker):
    controller = walker.controller
    controller.run(4)
    for _ in range(MSE_BACKWARD):
        walker.next()
    controller.step_back()
    assert (walker.walk.iteration, walker.walk.substep) == (3, START)
    walker.next()
    controller.scrub(1)
    assert (walker.walk.iteration, walker.walk.substep) == (1, START)
    walker.next()
    controller.set_dataset("curve")
    assert walker.walk.substep == START and walker.walk.iteration == 0


def test_a_step_that_diverges_keeps_the_walk_and_says_why(walker):
    controller = walker.controller
    controller.set_lr(10.0)  # far above the critical rate of standardized data
    for _ in range(40):
        walker.next()
        if controller.trainer.status.diverged:
            break
    assert controller.trainer.status.diverged and walker.walk.substep == ACCUMULATE


def test_nothing_is_built_while_nobody_shows_the_walk(walker):
    walker.wanted = False
    walker.walks.clear()
    walker.controller.run(5)
    walker.next()
    assert walker.walks == []


def test_while_playing_the_walk_is_rebuilt_at_a_bounded_rate(qtbot, walker, monkeypatch):
    monkeypatch.setattr(walker_module, "PLAYING_REFRESH_S", 1e9)
    monkeypatch.setattr(controller_module, "CONVERGED_TOLERANCE", 0.0)  # no pause of its own
    controller = walker.controller
    controller.set_speed(float("inf"))
    walker.walks.clear()
    records = []
    controller.sigRecord.connect(records.append)
    controller.play()
    qtbot.waitUntil(lambda: len(records) >= 5, timeout=10_000)
    controller.pause()
    assert len(walker.walks) <= 1  # the last build was just before play: none since


def test_at_the_pause_the_walk_catches_up_with_the_record_shown(qtbot, walker, monkeypatch):
    monkeypatch.setattr(walker_module, "PLAYING_REFRESH_S", 1e9)
    controller = walker.controller
    controller.set_speed(float("inf"))
    records = []
    controller.sigRecord.connect(records.append)
    controller.play()
    qtbot.waitUntil(lambda: len(records) >= 3, timeout=10_000)
    assert walker.walk.iteration != controller.viewed.iteration  # throttled while playing
    controller.pause()
    assert (walker.walk.iteration, walker.walk.substep) == (controller.viewed.iteration, START)
    np.testing.assert_array_equal(walker.walk.node("W").value, controller.viewed.W)
