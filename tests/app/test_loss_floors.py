"""The loss panel's two dashed lines: the train and the test loss at the least-squares θ* (issue 14).

The test curve may end below the train floor (it does on penguins): the test loss at θ* is
drawn too, in the test curve's colour, so that neither reads as a broken floor.
"""

import numpy as np
import pytest

from gradviz.app import theme
from gradviz.settings import CSV, Settings


def test_loss_at_least_squares(train, test) -> float:
    """The test MSE at the θ* of the training rows, by numpy's own least squares."""
    Z = np.hstack([train.X, np.ones((train.n_samples, 1))])
    theta, *_ = np.linalg.lstsq(Z, train.Y, rcond=None)
    residual = np.hstack([test.X, np.ones((test.n_samples, 1))]) @ theta - test.Y
    return float((residual**2).sum() / test.n_samples)


test_loss_at_least_squares.__test__ = False  # a helper, not a test


def line_y(line) -> float:
    (y0, y1) = line.get_data()[1]
    assert y0 == y1  # horizontal
    return float(y0)


def legend_texts(panel) -> list[str]:
    return [label.text for _, label in panel.legend.items]


@pytest.mark.parametrize("standardize", [True, False])
def test_on_penguins_the_test_line_is_the_test_loss_at_theta_star(make_window, standardize):
    window = make_window(Settings(dataset="penguins", standardize=standardize))
    panel, context = window.loss, window.controller.context
    expected = test_loss_at_least_squares(context.train, context.test)
    assert expected < context.loss.loss_star  # the test curve ends below the train floor here
    assert panel.test_floor.isVisible()
    assert line_y(panel.test_floor) == pytest.approx(np.log10(expected), abs=1e-9)  # log axis
    panel.log_scale.setChecked(False)
    assert line_y(panel.test_floor) == pytest.approx(expected, rel=1e-9)
    assert line_y(panel.floor) == pytest.approx(context.loss.loss_star, rel=1e-12)
    assert panel.test_floor.pen().color().name() == theme.TEST
    assert legend_texts(panel) == [
        "train",
        "test",
        "least squares, train loss",
        "least squares, test loss",
    ]


def test_the_test_curve_ends_on_its_line(make_window):
    window = make_window(Settings(dataset="penguins", lr=0.5))
    window.loss.log_scale.setChecked(False)
    window.controller.run(300)
    context = window.controller.context
    expected = test_loss_at_least_squares(context.train, context.test)
    history = context.history
    assert history.loss_test[0] > 100 * expected  # it starts far away
    assert history.loss_test[len(history) - 1] == pytest.approx(expected, rel=1e-9)
    drawn = window.loss.test.drawn()[1]
    assert drawn[-1] == pytest.approx(line_y(window.loss.test_floor), rel=1e-9)
    low, high = window.loss.plot.vb.viewRange()[1]
    assert low < line_y(window.loss.test_floor) < high  # in view


def test_without_a_test_split_there_is_no_test_line(make_window):
    window = make_window(Settings(dataset="penguins", test_fraction=0.0))
    window.controller.run(5)
    panel = window.loss
    assert window.controller.context.test.n_samples == 0
    assert np.isnan(window.controller.context.loss_test_star)
    assert not panel.test_floor.isVisible() and not panel.test.isVisible()
    assert legend_texts(panel) == ["train", "least squares, train loss"]
    assert window.controller.set_test_fraction(0.2)  # a split again: the line and its entry are back
    assert panel.test_floor.isVisible()
    assert "least squares, test loss" in legend_texts(panel)


def test_a_new_dataset_moves_the_test_line(make_window):
    window = make_window(Settings(dataset="penguins"))
    window.controller.run(3)
    assert window.controller.set_dataset("line")
    context = window.controller.context
    expected = test_loss_at_least_squares(context.train, context.test)
    assert line_y(window.loss.test_floor) == pytest.approx(np.log10(expected), abs=1e-9)


def test_several_targets_sum_their_losses_as_the_test_curve_does(make_window, tmp_path):
    rng = np.random.default_rng(5)
    X = rng.normal(size=(60, 2))
    Y = X @ np.array([[1.0, -2.0], [0.5, 3.0]]) + rng.normal(scale=[0.3, 2.0], size=(60, 2))
    path = tmp_path / "two.csv"
    path.write_text(
        "a,b,u,v\n" + "".join(",".join(f"{v!r}" for v in row) + "\n" for row in np.hstack([X, Y]))
    )
    window = make_window(Settings(dataset=CSV, csv_path=str(path), csv_targets=["u", "v"], lr=0.3))
    window.loss.log_scale.setChecked(False)
    window.controller.run(400)
    context = window.controller.context
    expected = test_loss_at_least_squares(context.train, context.test)
    assert line_y(window.loss.test_floor) == pytest.approx(expected, rel=1e-9)
    assert context.history.loss_test[len(context.history) - 1] == pytest.approx(expected, rel=1e-6)


def test_a_race_hides_the_test_line_with_the_test_curve_and_stopping_brings_both_back(make_window):
    window = make_window(Settings(dataset="penguins", race=["adam:lr=0.05"]))
    window.controller.run(10)
    panel = window.loss
    assert not panel.test.isVisible() and not panel.test_floor.isVisible()
    assert legend_texts(panel) == ["least squares, train loss"]
    window.race.stop()
    assert panel.test.isVisible() and panel.test_floor.isVisible()
    assert legend_texts(panel) == ["train", "test", "least squares, train loss", "least squares, test loss"]


def test_the_ghost_entry_comes_after_both_lines(make_window):
    window = make_window(Settings(dataset="penguins"))
    window.functions.use_mistake("sign")
    window.controller.run(3)
    panel = window.loss
    assert panel.test_floor.isVisible()
    assert legend_texts(panel) == [
        "train",
        "test",
        "least squares, train loss",
        "least squares, test loss",
        "correct run (ghost)",
    ]
