"""The history CSV: its units in the header, and floats that read back exactly, without noise digits."""

import csv

import numpy as np

from gradviz.cli import main


def _train(tmp_path, *extra):
    path = tmp_path / "history.csv"
    assert main(["train", "--dataset", "line", "--steps", "30", "--out", str(path), *extra]) in (0,)
    with open(path, newline="") as file:
        header, *rows = csv.reader(file)
    return header, rows


def test_the_header_says_the_units_of_theta_and_its_gradient(tmp_path, capsys):
    header, _ = _train(tmp_path)
    assert header == [
        "iteration", "epoch", "loss_train", "loss_test", "grad_norm (standardized features)", "lr",
        "w_x (standardized features)", "b (standardized features)",
    ]  # fmt: skip
    header, _ = _train(tmp_path, "--no-standardize", "--lr", "0.001")
    assert header[4] == "grad_norm (original units)"
    assert header[-2:] == ["w_x (original units)", "b (original units)"]


def test_numbers_round_trip_exactly_and_0_1_is_written_0_1(tmp_path, capsys):
    _, rows = _train(tmp_path)
    assert {row[5] for row in rows} == {"0.1"}  # the lr: not 0.10000000000000001
    assert rows[-1][0] == "30" and rows[-1][1] == "30"  # counts stay whole numbers
    values = np.loadtxt(tmp_path / "history.csv", delimiter=",", skiprows=1)
    for row, text in zip(values, rows):
        assert [repr(float(v)) for v in row[2:]] == text[2:]  # shortest text of the same float
        assert all(float(t) == v for t, v in zip(text, row))
