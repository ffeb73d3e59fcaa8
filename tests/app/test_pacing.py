"""The Pacer gives computing what drawing leaves of each frame."""

import pytest

from gradviz.app.pacing import FRAME_S, MAX_COMPUTE_S, MIN_COMPUTE_S, Pacer


class Clock:
    now = 0.0


def frames(pacer: Pacer, period: float, count: int) -> int:
    """Start `count` frames `period` apart; the steps the last one could afford."""
    steps = 0
    for _ in range(count):
        Clock.now += period
        steps = pacer.steps_for_frame(Clock.now)
    return steps


def test_one_step_first_to_learn_its_cost():
    pacer = Pacer()
    assert pacer.steps_for_frame(0.0) == 1
    pacer.measured(10, 10 * 20e-6)
    assert pacer.steps_for_frame(0.001) == pytest.approx(pacer.budget / 20e-6, abs=1)
    pacer.forget_step_cost()
    assert pacer.steps_for_frame(0.002) == 1


def test_spare_time_goes_to_computing_and_slow_frames_take_it_back():
    pacer = Pacer()
    pacer.measured(1, 1e-5)
    frames(pacer, FRAME_S / 2, 100)  # frames with time to spare
    assert pacer.budget == MAX_COMPUTE_S
    frames(pacer, 3 * FRAME_S, 100)  # drawing alone overruns the frame
    assert pacer.budget == MIN_COMPUTE_S
    assert frames(pacer, 3 * FRAME_S, 1) == int(MIN_COMPUTE_S / 1e-5)


def test_one_slow_frame_barely_moves_the_budget():
    pacer = Pacer()
    pacer.measured(1, 1e-5)
    frames(pacer, FRAME_S, 10)
    before = pacer.budget
    pacer.restart()
    pacer.steps_for_frame(Clock.now + 100)  # a long pause before Play resumed: not a slow frame
    pacer.steps_for_frame(Clock.now + 100.5)  # one frame half a second late
    assert before - pacer.budget <= 0.001 + 1e-12
