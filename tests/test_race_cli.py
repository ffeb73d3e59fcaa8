"""`--race` on the command line: snapshot renders a race; a bad racer exits 2 and says why."""

import argparse

import pytest

from gradviz.cli import RACE_STEPS, _window_settings, build_parser, main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_race_sets_the_main_run_and_the_racers_beside_it():
    args = build_parser().parse_args(
        ["snapshot", "--out", "x.png", "--race", "nesterov:lr=0.02,beta=0.8,adam"]
    )
    settings = _window_settings(args)
    assert (settings.optimizer, settings.lr, settings.optimizer_params) == ("nesterov", 0.02, {"beta": 0.8})
    assert settings.race == ["adam:lr=0.1"]


def test_snapshot_of_a_race_writes_the_picture(capsys, tmp_path):
    out = tmp_path / "race.png"
    race = "gd:lr=0.1,momentum:lr=0.05,adam:lr=0.05"
    status, printed, _ = run(
        capsys, "snapshot", "--dataset", "line", "--race", race, "--steps", "5", "--out", str(out)
    )
    assert status == 0 and out.stat().st_size > 1000 and "after 5 steps" in printed


def test_a_race_without_steps_runs_some_and_a_plain_snapshot_none(capsys, tmp_path):
    out = tmp_path / "race.png"
    status, printed, _ = run(capsys, "snapshot", "--dataset", "line", "--race", "gd,adam", "--out", str(out))
    assert status == 0 and f"after {RACE_STEPS} steps" in printed  # a race at step 0 shows no path
    status, printed, _ = run(capsys, "snapshot", "--dataset", "line", "--out", str(out))
    assert status == 0 and "after 0 steps" in printed


def test_a_racer_that_diverges_is_noted_on_stderr_and_the_picture_still_counts(capsys, tmp_path):
    out = tmp_path / "race.png"
    race = ["--race", "gd:lr=0.1,gd:lr=5"]
    status, _, err = run(capsys, "snapshot", "--dataset", "line", *race, "--steps", "40", "--out", str(out))
    assert status == 0 and out.exists()
    assert err.startswith("gradviz: note: racer GD 5 diverged at step ") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--race", "sgd:lr=0.1"],
            "--race: unknown optimizer 'sgd' in racer 'sgd:lr=0.1'; the optimizers are gd,",
        ),
        (["--race", "adam:lr=0.1,gamma=2"], "adam has no setting 'gamma'; it takes lr, beta1, beta2, eps"),
        (["--race", "gd,adam", "--lr", "0.2"], "leave out --optimizer and --lr"),
    ],
)
def test_a_bad_race_exits_2_with_a_message(capsys, tmp_path, options, message):
    status, _, err = run(capsys, "snapshot", "--out", str(tmp_path / "x.png"), *options)
    assert status == 2 and message in err
    assert not (tmp_path / "x.png").exists()


def test_help_explains_the_race_syntax(capsys):
    with pytest.raises(SystemExit):
        main(["snapshot", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "a new racer starts at each optimizer name" in text and "momentum lr, beta" in text


def test_the_race_option_is_a_window_option():
    parser = argparse.ArgumentParser()
    from gradviz.cli import _add_window_options

    _add_window_options(parser, steps_help="steps")
    assert parser.parse_args(["--race", "gd"]).race == "gd"
