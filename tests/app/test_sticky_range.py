"""Axis ranges: they hold the data, and move only when they must."""

import math

from hypothesis import given
from hypothesis import strategies as st

from gradviz.app.sticky_range import IterationRange, StickyRange, nice_ceil


@given(st.floats(1e-12, 1e12))
def test_nice_ceil_is_the_next_1_2_or_5(value):
    nice = nice_ceil(value)
    assert value * (1 - 1e-9) <= nice <= 2.5 * value * (1 + 1e-9)
    mantissa = nice / 10 ** math.floor(math.log10(nice) + 1e-9)
    assert min(abs(mantissa - m) for m in (1, 2, 5, 10)) < 1e-6


def spans(limit: float):
    start, length = st.floats(-limit, limit), st.floats(0, limit)
    return st.tuples(start, length).map(lambda t: (t[0], t[0] + t[1]))


@given(st.sampled_from(["plain", "symmetric", "decades"]), st.data())
def test_the_range_always_holds_the_data_and_keeps_still_for_the_same_data(mode, draw):
    sticky = StickyRange(
        margin=0.05, shrink_below=0.3, decades=mode == "decades", symmetric=mode == "symmetric"
    )
    limit = 300 if mode == "decades" else 1e6  # decades: log10 of the values
    for low, high in draw.draw(st.lists(spans(limit), min_size=1, max_size=20)):
        sticky.fit(low, high)
        start, stop = sticky.current
        assert start <= low and high <= stop
        if mode == "decades":
            for end in (start, stop):
                assert min(abs(10 ** (end % 1) - m) for m in (1, 2, 5, 10)) < 1e-6
        if mode == "symmetric":
            assert start == -stop
        assert sticky.fit(low, high) is None


def test_a_falling_curve_moves_the_axis_rarely():
    sticky = StickyRange(margin=0.05, shrink_below=0.3, decades=True, lead=0.5)
    changes = sum(sticky.fit(-0.01 * k, 3.0) is not None for k in range(1000))  # 10 decades down
    assert changes <= 8


def test_iteration_axis_grows_in_round_steps_and_follows_a_rewind():
    axis = IterationRange()
    ends = [axis.fit(k) for k in range(0, 1001)]
    changes = [end for end in ends if end is not None]
    assert changes == [10, 20, 50, 100, 200, 500, 1000]
    assert axis.fit(400) is None
    assert axis.fit(1001) == 2000
    assert axis.fit(3) == 10  # jumped far back: shrink
