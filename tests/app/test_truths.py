"""Small truths: the data say what they are, the landscape opens on the right pair, the model
and ‖∇C‖ are visible at step 0, and Play stops once the run has converged."""

import numpy as np
import pytest

from gradviz.app import controller as controller_module
from gradviz.app.controller import CONVERGED_TOLERANCE, Controller
from gradviz.app.panels.fit import MODEL_ABOVE, MODEL_BELOW
from gradviz.cli import _window_settings, build_parser
from gradviz.datasets import describe
from gradviz.settings import Settings


def _axis_labels(window) -> tuple[str, str]:
    plot = window.landscape.plot
    return plot.getAxis("bottom").labelText, plot.getAxis("left").labelText


# -- descriptions and axes -----------------------------------------------------------


def test_the_dataset_description_is_in_plain_sight(make_window):
    window = make_window(Settings(dataset="boston"))
    label = window.controls.description
    assert label.isVisible() and label.wordWrap()
    assert label.text() == " ".join(describe("boston").split()) and "`b` is racist" in label.text()
    window.controller.set_dataset("ill-conditioned")
    assert "w[x1] against w[x2]" in label.text()


def test_ill_conditioned_opens_on_its_two_weights_and_others_on_w_against_b(make_window):
    window = make_window(Settings(dataset="ill-conditioned"))
    assert _axis_labels(window) == ("w[x1]", "w[x2]") == window.landscape.axis_names
    window.controller.set_dataset("line")
    assert _axis_labels(window) == ("w[x]", "b")


def test_axes_from_the_command_line_label_the_landscape(make_window):
    args = build_parser().parse_args(
        ["snapshot", "--out", "x.png", "--dataset", "ill-conditioned", "--axes", "w[x2],b"]
    )
    window = make_window(_window_settings(args))
    assert _axis_labels(window) == ("w[x2]", "b")


def test_the_axes_the_user_picks_are_saved_and_a_session_reopens_on_them(make_window):
    window = make_window(Settings(dataset="ill-conditioned"))
    window.landscape.y_choice.setCurrentIndex(2)  # b
    window.landscape.y_choice.activated.emit(2)  # as a click would
    settings = window.controller.settings
    assert settings.landscape_axes == ["w[x1]", "b"]
    reopened = make_window(Settings.from_json(settings.to_json()))
    assert _axis_labels(reopened) == ("w[x1]", "b")


def test_axes_a_run_lacks_fall_back_to_its_own_pair(make_window):
    window = make_window(Settings(dataset="ill-conditioned", landscape_axes=["w[x2]", "b"]))
    window.controller.set_dataset("line")
    assert _axis_labels(window) == ("w[x]", "b")
    window.controller.set_dataset("ill-conditioned")  # the pair asked for, again
    assert _axis_labels(window) == ("w[x2]", "b")


# -- step 0 --------------------------------------------------------------------------


@pytest.mark.parametrize("dataset", ["penguins", "line", "diabetes"])
def test_the_model_line_lies_in_the_fit_view_at_step_0(make_window, dataset):
    window = make_window(Settings(dataset=dataset))
    fit = window.fit
    fit.view_choice.setCurrentIndex(fit.view_choice.count() - 1)  # a feature on x: the line
    (x0, x1), (y0, y1) = fit.plot.viewRange()
    xs, ys = fit.model.get_data()
    assert xs.size == 2
    slope = (ys[1] - ys[0]) / (xs[1] - xs[0])
    at_edges = ys[0] + slope * (np.array([x0, x1]) - xs[0])
    assert at_edges.max() >= y0 and at_edges.min() <= y1  # the line crosses the view
    assert fit.where.text() == ""


def test_predictions_at_step_0_lie_in_the_predicted_against_actual_view(make_window):
    window = make_window(Settings(dataset="boston"))
    fit = window.fit
    assert fit.view_choice.currentText() == "predicted vs actual"
    (_, _), (y0, y1) = fit.plot.viewRange()
    predicted = fit.moving.getData()[1]
    assert predicted.size and (y0 <= predicted.min()) and (predicted.max() <= y1)


def test_a_model_far_outside_the_view_is_said_to_be_there(make_window):
    window = make_window(Settings(dataset="penguins"))
    window.controller.set_start({(1, 0): -1e6})  # b: far below the data (standardized units)
    assert window.fit.where.text() == MODEL_BELOW
    window.controller.set_start({(1, 0): 1e6})
    assert window.fit.where.text() == MODEL_ABOVE


def test_the_gradient_norm_plot_shows_its_first_point(make_window):
    window = make_window(Settings(dataset="penguins"))
    gradient = window.gradient
    xs, ys = gradient.norm_now.get_data()
    assert xs.tolist() == [0.0]
    (x0, x1), (y0, y1) = gradient.norm_plot.viewRange()
    assert x0 <= xs[0] <= x1 and y0 <= ys[0] <= y1  # log10 of ‖∇C‖, inside the view
    np.testing.assert_allclose(10 ** ys[0], window.controller.trainer.current.grad_norm)


# -- convergence -----------------------------------------------------------------------


@pytest.fixture
def controller(qapp):
    controller = Controller(Settings(dataset="line", lr=0.1))
    statuses = []
    controller.sigStatus.connect(lambda text, problem: statuses.append((text, problem)))
    controller.statuses = statuses
    controller.start()
    yield controller
    controller.pause()


def _tick_until_paused(controller: Controller, limit: int = 5000) -> int:
    """Drive Play's timer by hand (20 steps a second: one step a tick), as it would fire."""
    for ticks in range(limit):
        if not controller.playing:
            return ticks
        controller._tick()
    return limit


def _first_converged(controller: Controller) -> int:
    norms = controller.trainer.history.grad_norm
    return int(np.argmax(norms < CONVERGED_TOLERANCE * norms[0]))


def test_play_pauses_where_the_run_converged_and_says_so(controller):
    controller.play()
    assert _tick_until_paused(controller) < 5000
    history = controller.trainer.history
    at = controller.trainer.iteration
    assert history.grad_norm[-1] < CONVERGED_TOLERANCE * history.grad_norm[0] <= history.grad_norm[-2]
    assert at == _first_converged(controller) > 10
    text, problem = controller.statuses[-1]
    assert not problem
    assert text.startswith(f"converged at it {at}: ‖∇C‖ fell below 1e-06 of its start; press Play to go on")


def test_play_after_the_pause_goes_on_and_stepping_is_never_blocked(controller):
    controller.play()
    _tick_until_paused(controller)
    at = controller.trainer.iteration
    controller.step()
    assert controller.trainer.iteration == at + 1 and not controller.statuses[-1][0].startswith("converged")
    controller.play()
    assert _tick_until_paused(controller, limit=200) == 200  # it does not pause again
    assert controller.playing and controller.trainer.iteration == at + 201
    controller.pause()
    controller.reset()  # a new start: Play watches again
    controller.play()
    assert _tick_until_paused(controller) < 5000 and controller.trainer.iteration == at


def test_at_full_speed_the_pause_drops_the_steps_past_convergence(controller, monkeypatch):
    # The real pacer measures time; this one affords far more steps than convergence needs.
    monkeypatch.setattr(controller.pacer, "steps_for_frame", lambda now: 100_000)
    controller.set_speed(float("inf"))
    controller.play()
    assert _tick_until_paused(controller) == 1
    assert controller.trainer.iteration == _first_converged(controller)


def test_the_tolerance_can_be_switched_off(controller, monkeypatch):
    monkeypatch.setattr(controller_module, "CONVERGED_TOLERANCE", 0.0)
    controller.play()
    assert _tick_until_paused(controller, limit=300) == 300


@pytest.mark.parametrize("axes", [["b"], ["b", "b"], ["w[x1]", 3], "w[x1],b", ["w[x1]", ""]])
def test_a_session_with_impossible_axes_is_refused_by_name(axes):
    import json

    from gradviz.settings import SettingsError

    with pytest.raises(SettingsError, match="landscape_axes"):
        Settings.from_json(json.dumps({"gradviz_session": 1, "landscape_axes": axes}))
    old = Settings.from_json(json.dumps({"gradviz_session": 1, "dataset": "line"}))  # saved before the field
    assert old.landscape_axes == []
