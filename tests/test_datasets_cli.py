"""`gradviz datasets` prints what each dataset is; snapshot's --axes, --batch-size, --no-standardize."""

import pytest

from gradviz.cli import _window_settings, build_parser, main
from gradviz.datasets import describe, list_datasets


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_datasets_prints_every_description(capsys):
    assert main(["datasets"]) == 0
    out = _flat(capsys.readouterr().out)
    for info in list_datasets():
        assert _flat(describe(info.name)) in out
    assert "`b` is racist" in out


def test_window_options_reach_the_settings():
    args = build_parser().parse_args(
        ["snapshot", "--out", "x.png", "--dataset", "ill-conditioned", "--axes", "w[x1], b"]
        + ["--batch-size", "16", "--no-standardize"]
    )
    settings = _window_settings(args)
    assert settings.landscape_axes == ["w[x1]", "b"]
    assert settings.batch_size == 16 and settings.standardize is False
    plain = _window_settings(build_parser().parse_args(["snapshot", "--out", "x.png"]))
    assert plain.landscape_axes == [] and plain.batch_size is None and plain.standardize is True


def test_several_targets_take_an_ascii_arrow(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("x,y1,y2\n" + "".join(f"{i},{2 * i + 1},{i % 3}\n" for i in range(20)))
    args = build_parser().parse_args(
        ["snapshot", "--out", "x.png", "--csv", str(path), "--target", "y1,y2", "--axes", "w[x]->y2,b->y2"]
    )
    assert _window_settings(args).landscape_axes == ["w[x]→y2", "b→y2"]


@pytest.mark.parametrize(
    "axes, message",
    [
        ("w[x1],w[zz]", "this run has no parameter 'w[zz]'; choose two of: w[x1], w[x2], b"),
        ("w[x1]", "give two different parameters separated by a comma, from: w[x1], w[x2], b"),
        ("b,b", "give two different parameters"),
    ],
)
def test_a_bad_axis_exits_2_naming_the_choices(capsys, tmp_path, axes, message):
    out = tmp_path / "shot.png"
    status = main(["snapshot", "--dataset", "ill-conditioned", "--axes", axes, "--out", str(out)])
    assert status == 2 and message in capsys.readouterr().err
    assert not out.exists()


def test_the_window_command_checks_axes_too(capsys):
    assert main(["--axes", "w[x1],b"]) == 2  # penguins has w[flipper_length_mm] and b
    assert "choose two of: w[flipper_length_mm], b" in capsys.readouterr().err
