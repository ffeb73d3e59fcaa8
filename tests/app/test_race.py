"""Racing optimizers: followers of the main run with their own optimizer, in one window."""

import json

import numpy as np
import pytest

from gradviz.app.controller import Controller
from gradviz.app.race import RACE_COLOURS
from gradviz.engine.race import Racer, parse_race
from gradviz.settings import Settings, SettingsError, build_run

RACE = ["momentum:lr=0.05,beta=0.9", "adam:lr=0.05"]


@pytest.fixture
def controller(qapp):
    controller = Controller(Settings(dataset="line", lr=0.05, race=list(RACE)))
    views = []
    controller.sigRace.connect(views.append)
    controller.views = views
    controller.start()
    yield controller
    controller.pause()


def _thetas(views):
    return [view.thetas for view in views]


def test_the_racers_start_at_the_same_point_and_take_their_own_optimizer(controller):
    controller.set_start({(0, 0): 3.0, (1, 0): -2.0})
    views = controller.views[-1]
    assert [v.label for v in views] == ["GD 0.05", "Momentum 0.05, β 0.9", "Adam 0.05"]
    assert [v.colour for v in views] == list(RACE_COLOURS[:3])
    for view in views:
        np.testing.assert_array_equal(view.thetas[0], views[0].thetas[0])
        assert view.thetas[0][0, 0] == 3.0
    controller.run(20)
    views = controller.views[-1]
    assert all(len(view.iterations) == 21 for view in views)
    assert not np.allclose(views[1].thetas[-1], views[2].thetas[-1])


def test_a_gd_racer_matches_a_trainer_of_its_own_bit_for_bit(qapp):
    settings = Settings(dataset="line", optimizer="adam", lr=0.05, batch_size=16, race=["gd:lr=0.1"])
    controller = Controller(settings)
    controller.run(30)
    alone = build_run(Settings(dataset="line", lr=0.1, batch_size=16)).trainer
    alone.run(30)
    np.testing.assert_array_equal(controller.racers[0].history.thetas[:31], alone.history.thetas[:31])


def test_racers_with_the_same_settings_take_the_same_path(qapp):
    controller = Controller(
        Settings(
            dataset="line",
            optimizer="momentum",
            lr=0.05,
            batch_size=10,
            race=["momentum:lr=0.05", "momentum:lr=0.05"],
        )
    )
    controller.run(25)
    first, second = (racer.history.thetas[:26] for racer in controller.racers)
    np.testing.assert_array_equal(first, second)
    np.testing.assert_array_equal(first, controller.trainer.history.thetas[:26])  # racer 1 too


def test_rewind_scrub_and_reset_keep_every_racer_in_step(controller):
    controller.run(30)
    controller.scrub(10)
    views = controller.views[-1]
    assert all(view.iterations[-1] == 10 for view in views)
    controller.step()  # from the past: the future is dropped for every racer
    assert controller.trainer.iteration == 11
    assert all(racer.trainer.iteration == 11 for racer in controller.racers)
    replay = Controller(Settings(dataset="line", lr=0.05, race=list(RACE)))
    replay.run(11)
    for racer, again in zip(controller.racers, replay.racers):
        np.testing.assert_array_equal(racer.history.thetas[:12], again.history.thetas[:12])
    controller.reset()
    assert all(racer.trainer.iteration == 0 for racer in controller.racers)
    assert all(len(view.iterations) == 1 for view in controller.views[-1])


def test_a_diverging_racer_stops_and_says_so_while_the_others_go_on(qapp):
    critical = Controller(Settings(dataset="line")).trainer.critical.lr
    controller = Controller(Settings(dataset="line", lr=0.5 * critical, race=[f"gd:lr={1.5 * critical!r}"]))
    views = []
    controller.sigRace.connect(views.append)
    controller.run(200)
    racer = controller.racers[0]
    assert racer.trainer.status.diverged and racer.trainer.iteration < 200
    assert controller.trainer.iteration == 200 and not controller.trainer.status.diverged
    assert views[-1][1].label.endswith(f"— diverged at it {racer.trainer.iteration}")
    assert views[-1][1].iterations[-1] == racer.trainer.iteration
    controller.scrub(1)  # before it stopped: not yet diverged there
    assert "diverged" not in views[-1][1].label


def test_lr_changes_only_racer_1_and_batch_size_every_racer(controller):
    controller.run(5)
    controller.set_lr(0.02)
    controller.set_batch_size(8)
    controller.run(5)
    assert controller.trainer.lr == 0.02
    assert [racer.trainer.lr for racer in controller.racers] == [0.05, 0.05]
    assert all(racer.trainer.batch_size == 8 for racer in controller.racers)
    assert controller.views[-1][0].label == "GD 0.02"


def test_a_change_of_data_restarts_every_racer(controller):
    controller.run(10)
    controller.set_seed(3)
    assert controller.trainer.iteration == 0
    assert all(racer.trainer.iteration == 0 for racer in controller.racers)
    assert controller.settings.race == RACE


def test_set_race_keeps_the_start_and_stop_race_goes_back_to_one_run(controller):
    controller.set_start({(0, 0): 2.0})
    controller.run(5)
    assert controller.set_race(parse_race("adam:lr=0.05,gd:lr=0.2"))
    assert controller.settings.optimizer == "adam" and controller.settings.race == ["gd:lr=0.2"]
    assert controller.trainer.iteration == 0 and controller.trainer.theta[0, 0] == 2.0
    assert controller.racers[0].trainer.theta[0, 0] == 2.0
    assert controller.set_race([Racer("gd", 0.1)])
    assert controller.racers == [] and controller.views[-1] is None


def test_the_window_shows_one_path_and_one_loss_curve_per_racer(make_window):
    window = make_window(Settings(dataset="line", lr=0.05, race=list(RACE)))
    window.controller.run(15)
    paths = window.landscape.race_paths
    assert [line.path().elementCount() > 1 for line in paths.lines[:3]] == [False, True, True]
    assert window.landscape.path.path().elementCount() > 1  # racer 1: the run's own path
    assert window.landscape.path.pen().color().name() == RACE_COLOURS[0].lower()
    assert [curve.path().elementCount() > 1 for curve in window.loss.race_curves.curves] == [
        True,
        True,
        False,
        False,
    ]
    assert window.loss.train.pen().color().name() == RACE_COLOURS[0].lower()
    assert not window.loss.test.isVisible()
    legend = " ".join(window.loss.legend_strip.entries)
    legend = legend.replace("&nbsp;", " ")
    assert "Momentum 0.05, β 0.9" in legend and "Adam 0.05" in legend and "GD 0.05" in legend
    assert "step&nbsp;taken" in " ".join(window.landscape.legend_strip.entries)
    window.race.stop()
    assert window.loss.legend_strip.entries == () and window.loss.test.isVisible()
    assert all(line.path().elementCount() == 0 for line in paths.lines)


def test_the_race_dialog_sets_the_race(make_window, monkeypatch):
    from gradviz.app import race_dialog

    window = make_window(Settings(dataset="line"))

    def exec_(dialog):
        dialog.presets.setCurrentIndex(1)
        dialog._on_preset(1)  # GD, momentum and Adam
        return race_dialog.QDialog.DialogCode.Accepted

    monkeypatch.setattr(race_dialog.RaceDialog, "exec", exec_)
    window.race.choose()
    assert window.controller.settings.race == ["momentum:lr=0.05", "adam:lr=0.05"]
    assert len(window.controller.racers) == 2


def test_the_step_arrow_is_drawn_beside_the_gradient_arrow(make_window):
    window = make_window(Settings(dataset="line", optimizer="momentum", lr=0.05))
    window.controller.run(5)
    landscape = window.landscape
    step, gradient = landscape.step_shaft.line(), landscape.arrow_shaft.line()
    assert step.length() > 0 and gradient.length() > 0
    assert abs(step.angleTo(gradient)) > 1e-3  # momentum's velocity is not along −∇C


def test_a_race_is_saved_in_sessions_and_old_sessions_still_open(tmp_path):
    settings = Settings(dataset="line", race=list(RACE))
    settings.save(tmp_path / "race.json")
    assert Settings.open(tmp_path / "race.json") == settings
    old = json.loads(Settings(dataset="line").to_json())
    del old["race"]
    (tmp_path / "old.json").write_text(json.dumps(old))
    assert Settings.open(tmp_path / "old.json").race == []


@pytest.mark.parametrize(
    ("race", "message"),
    [
        ("adam:lr=0.05", "'race' must be a list of racers"),
        (["adam:lr=0.05", "sgd"], "'race', racer 3: unknown optimizer 'sgd'.*fix it or remove it"),
        (["gd"] * 5, "lists 5 racers besides the run; a race has at most 5: remove some"),
        ([3], "racer 2: a racer must be text"),
    ],
)
def test_a_bad_race_in_a_session_is_named(race, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_json(json.dumps({"gradviz_session": 1, "dataset": "line", "race": race}))


def _in_view(panel, xs, ys) -> bool:
    view = panel.plot.getViewBox().viewRect()
    return bool(
        (xs >= view.left()).all() and (xs <= view.right()).all()
        and (ys >= view.top()).all() and (ys <= view.bottom()).all()
    )  # fmt: skip


def test_the_landscape_keeps_an_overshooting_racer_in_view_but_not_a_diverging_one(make_window):
    window = make_window(Settings(race=["momentum:lr=0.3,beta=0.9"]))
    window.controller.run(25)
    (r1, c1), (r2, c2) = window.landscape._axes
    racer = window.controller.racers[0].trainer.history.thetas
    assert _in_view(window.landscape, racer[:, r1, c1], racer[:, r2, c2])

    critical = window.controller.trainer.critical.lr
    window = make_window(Settings(race=[f"gd:lr={3 * critical!r}"]))
    window.controller.run(60)
    main = window.controller.trainer.history.thetas
    view = window.landscape.plot.getViewBox().viewRect()
    assert _in_view(window.landscape, main[:, r1, c1], main[:, r2, c2])
    # not zoomed out to the diverging racer
    assert view.width() < 100 * np.ptp(main[:, r1, c1]) + 100 * np.ptp(main[:, r2, c2])


def test_stop_race_is_offered_only_while_a_race_runs(make_window):
    window = make_window(Settings(dataset="line"))
    assert not window.stop_race_action.isEnabled()
    window.controller.set_race(parse_race("gd:lr=0.1,adam:lr=0.05"))
    assert window.stop_race_action.isEnabled()
    window.stop_race_action.trigger()
    assert not window.stop_race_action.isEnabled() and not window.controller.racers
