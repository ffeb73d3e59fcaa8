import json
import subprocess
import sys

import numpy as np
import pytest

from gradviz.cli import main
from gradviz.datasets import load, prepare
from gradviz.engine import r2_score


def least_squares(X, Y):
    """The reference (W*, b*): lstsq on [X, 1]."""
    theta, *_ = np.linalg.lstsq(np.hstack([X, np.ones((len(X), 1))]), Y, rcond=None)
    return theta[:-1], theta[-1]


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_datasets_lists_names_and_shapes(capsys):
    status, out, _ = run(capsys, "datasets")
    assert status == 0
    assert "boston" in out and "506" in out and "13" in out and "ill-conditioned" in out


@pytest.mark.parametrize("name", ["diabetes", "boston"])
def test_train_reaches_the_least_squares_r2(capsys, name):
    status, out, _ = run(
        capsys,
        "train",
        "--dataset",
        name,
        "--lr",
        "0.1",
        "--steps",
        "20000",
        "--test-fraction",
        "0",
        "--json",
    )
    assert status == 0
    result = json.loads(out)
    data = prepare(load(name), test_fraction=0)
    W, b = least_squares(data.train.X, data.train.Y)
    assert round(result["r2_train"], 4) == round(r2_score(data.train.Y, data.train.X @ W + b), 4)
    assert result["closed_form_gap"] < 1e-6 and result["diverged"] is False
    assert set(result) >= {
        "dataset",
        "steps",
        "loss_train",
        "loss_test",
        "r2_train",
        "r2_test",
        "closed_form_gap",
        "coef",
        "intercept",
        "diverged",
    }


def test_json_coefficients_are_in_original_units(capsys):
    _, out, _ = run(
        capsys, "train", "--dataset", "boston", "--steps", "5000", "--test-fraction", "0", "--json"
    )
    result = json.loads(out)
    raw = load("boston")
    W, b = least_squares(raw.X, raw.Y)
    assert np.shape(result["coef"]) == (13, 1)
    np.testing.assert_allclose(result["coef"], W, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(result["intercept"], b, rtol=1e-4)


def test_report_names_the_path_and_the_coefficients(capsys):
    status, out, _ = run(capsys, "train", "--steps", "50")
    assert status == 0
    assert "fast path" in out and "flipper_length_mm" in out and "intercept" in out
    _, out, _ = run(capsys, "train", "--steps", "50", "--batch-size", "8", "--optimizer", "adam")
    assert "graph" in out


def test_history_csv_has_one_row_per_record(capsys, tmp_path):
    path = tmp_path / "history.csv"
    run(capsys, "train", "--dataset", "line", "--steps", "30", "--out", str(path))
    header, *rows = path.read_text().splitlines()
    assert header == (
        "iteration,epoch,loss_train,loss_test,grad_norm (standardized features),lr,"
        "w_x (standardized features),b (standardized features)"
    )
    assert len(rows) == 31 and rows[-1].startswith("30,")


def test_a_history_that_cannot_be_written_exits_2_naming_the_reason(capsys, tmp_path, monkeypatch):
    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("gradviz.cli.write_history", full_disk)
    path = tmp_path / "history.csv"
    status, _, err = run(capsys, "train", "--dataset", "line", "--steps", "3", "--out", str(path))
    assert status == 2
    assert err.strip() == f"gradviz: error: cannot write {path}: No space left on device"


def test_divergence_exits_2_with_a_way_out(capsys):
    status, _, err = run(capsys, "train", "--dataset", "boston", "--lr", "0.5")
    assert status == 2
    assert "Diverged" in err and "learning rate below" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["train", "--dataset", "nope"], "unknown dataset 'nope'"),
        (["train", "--csv", "/no/such.csv"], "no such file"),
        (["train", "--lr", "-1"], "must be a positive number"),
        (["train", "--lr", "abc"], "'abc' is not a number"),
        (["train", "--lr", "nan"], "'nan' is not a number"),
        (["train", "--lr", "1e400"], "1e400 is too large: the largest number is about 1.8e308"),
        (["train", "--lr=-inf"], "must be a positive number"),
        (["train", "--steps", "1.5"], "'1.5' is not a whole number"),
        (["train", "--seed", "-1"], "must be 0 or more"),
        (["train", "--test-fraction", "1"], r"must be in \[0, 1\)"),
        (["train", "--target", "x"], "go with --csv"),
        (["train", "--optimizer", "sgdd"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(capsys, argv, message):
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert __import__("re").search(message, err)


def test_csv_training_with_chosen_columns(capsys, tmp_path):
    path = tmp_path / "d.csv"
    rows = "\n".join(f"{x},{2 * x + 1 + (-1) ** x * 0.1},{x % 3}" for x in range(30))
    path.write_text("x,y,z\n" + rows + "\nNA,1,1\n")
    status, out, err = run(
        capsys, "train", "--csv", str(path), "--target", "y", "--features", "x", "--json", "--steps", "500"
    )
    assert status == 0 and "dropped 1 of 31 rows" in err
    assert json.loads(out)["coef"][0][0] == pytest.approx(2, abs=0.01)


def test_gradcheck_passes(capsys):
    status, out, _ = run(capsys, "gradcheck")
    rows = [line for line in out.splitlines() if line.startswith(("Linear", "MSE"))]
    assert status == 0 and "FAIL" not in out and len(rows) == 10
    assert all(row.endswith("×  pass") for row in rows)


def test_gradcheck_prints_its_yardstick_and_each_error_beside_its_tolerance(capsys):
    _, out, _ = run(capsys, "gradcheck", "--trials", "1")
    assert "eps 1e-06" in out and "atol 1e-05, rtol 0.001" in out and "of tolerance" in out
    shares = [float(line.split()[-2].rstrip("×")) for line in out.splitlines() if line.startswith("Linear")]
    assert shares and all(0 < share <= 1 for share in shares)


def test_gradcheck_trials_have_q_n_p_all_different_and_p_above_one(capsys):
    _, out, _ = run(capsys, "gradcheck", "--trials", "20", "--seed", "3")
    linear_rows = [line.split()[1:4] for line in out.splitlines() if line.startswith("Linear")]
    assert len(linear_rows) == 20
    for X, W, b in linear_rows:
        (q, n), (_, p) = X.rstrip(",").split("×"), W.rstrip(",").split("×")
        assert len({q, n, p}) == 3 and int(p) > 1 and b == p


def test_gradcheck_reports_a_wrong_gradient_and_exits_1(capsys, monkeypatch):
    import functools

    import gradviz.cli
    from gradviz.engine import Function, Linear

    class Transposed(Function):  # passes at q = n = p = 1, the old first trial
        forward = Linear.forward

        @staticmethod
        def backward(ctx, grad_output):
            X, W = ctx.saved_tensors
            return grad_output @ W.T, (X.T @ grad_output).T, grad_output.sum(axis=0)

    checked = functools.partial(gradviz.cli.check_regression_functions, linear=Transposed)
    monkeypatch.setattr(gradviz.cli, "check_regression_functions", checked)
    status, out, _ = run(capsys, "gradcheck", "--trials", "2")
    assert status == 1 and out.count("FAIL") == 2 and out.count("×  pass") == 2
    assert "Transposed.backward: the gradient for input 1 (W) has shape" in out
    assert out.rstrip().endswith("some gradients are wrong")


def test_console_script_user_error_has_no_traceback():
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz", "train", "--dataset", "nope"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("gradviz: error: unknown dataset") and "Traceback" not in proc.stderr


def test_constant_target_gives_null_r2_in_valid_json(capsys, tmp_path):
    path = tmp_path / "flat.csv"
    path.write_text("x,y\n" + "".join(f"{i},7\n" for i in range(10)))
    status, out, _ = run(capsys, "train", "--csv", str(path), "--json", "--steps", "10")
    assert status == 0
    result = json.loads(out, parse_constant=lambda c: pytest.fail(f"non-standard JSON {c}"))
    assert result["r2_train"] is None


def test_huge_values_are_refused_without_warnings(capsys, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("x,y\n" + "".join(f"{i}e200,{i}e200\n" for i in range(1, 6)))
    status, _, err = run(capsys, "train", "--csv", str(path))
    assert status == 2 and "too large" in err


def test_a_target_whose_square_overflows_is_refused_in_one_line(capsys, tmp_path):
    path = tmp_path / "huge_target.csv"  # X is small, so ZᵀZ is fine, but ΣY² overflows float64
    path.write_text("x,y\n" + "".join(f"{i},{i}e155\n" for i in range(1, 6)))
    status, _, err = run(capsys, "train", "--csv", str(path))
    assert status == 2 and err.count("\n") == 1 and "too large" in err and "rescale" in err


def test_output_to_a_closed_pipe_is_quiet():
    proc = subprocess.run(
        f"{sys.executable} -m gradviz gradcheck --trials 300 | head -1",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert proc.stdout.startswith("central differences") and "Traceback" not in proc.stderr


@pytest.mark.parametrize("where", ["missing/h.csv", "."])
def test_an_output_that_cannot_be_written_is_refused_before_training(capsys, tmp_path, where):
    status, out, err = run(capsys, "train", "--steps", "5", "--out", str(tmp_path / where))
    assert status == 2 and out == "" and err.count("\n") == 1 and "--out" in err


@pytest.fixture
def two_targets(tmp_path):
    """Three features, two targets; each target a linear function of the features plus noise."""
    rng = np.random.default_rng(5)
    X = rng.normal(size=(50, 3)) * [1.0, 10.0, 0.1] + [5.0, 50.0, 1.0]
    Y = X @ np.array([[2.0, -1.0], [0.3, 0.05], [10.0, -4.0]]) + [1.0, 3.0]
    Y += rng.normal(scale=0.5, size=Y.shape)
    path = tmp_path / "houses.csv"
    rows = [",".join(f"{v:.9g}" for v in row) for row in np.hstack([X, Y])]
    path.write_text("area,rooms,age,price,rent\n" + "\n".join(rows) + "\n")
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    return path, data[:, :3], data[:, 3:]


TWO_TARGETS = ["--target", "price,rent", "--steps", "3000", "--test-fraction", "0"]


def test_two_targets_train_to_least_squares(capsys, two_targets):
    path, X, Y = two_targets
    status, out, _ = run(capsys, "train", "--csv", str(path), *TWO_TARGETS, "--json")
    assert status == 0
    result = json.loads(out)
    W, b = least_squares(X, Y)
    assert result["features"] == ["area", "rooms", "age"] and result["targets"] == ["price", "rent"]
    assert np.shape(result["coef"]) == (3, 2) and result["closed_form_gap"] < 1e-9
    np.testing.assert_allclose(result["coef"], W, rtol=1e-7)
    np.testing.assert_allclose(result["intercept"], b, rtol=1e-7)


def test_the_report_prints_coefficients_as_features_by_targets(capsys, two_targets):
    path, X, Y = two_targets
    status, out, _ = run(capsys, "train", "--csv", str(path), *TWO_TARGETS)
    assert status == 0 and "3 features → price, rent" in out
    lines = out.splitlines()
    start = lines.index("coefficients in original units:")
    assert lines[start + 1].split() == ["price", "rent"]
    table = {row.split()[0]: [float(v) for v in row.split()[1:]] for row in lines[start + 2 : start + 6]}
    W, b = least_squares(X, Y)
    assert list(table) == ["area", "rooms", "age", "intercept"]
    np.testing.assert_allclose([table[name] for name in ("area", "rooms", "age")], W, rtol=1e-5)
    np.testing.assert_allclose(table["intercept"], b, rtol=1e-5)


def test_the_history_names_each_weight_by_feature_and_target(capsys, two_targets, tmp_path):
    path, *_ = two_targets
    out = tmp_path / "h.csv"
    run(capsys, "train", "--csv", str(path), "--target", "rent,price", "--steps", "3", "--out", str(out))
    header = out.read_text().splitlines()[0].split(",")
    assert header[6:] == [
        *(f"w_{f}[{t}] (standardized features)" for f in ("area", "rooms", "age") for t in ("rent", "price")),
        "b[rent] (standardized features)",
        "b[price] (standardized features)",
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--target", "price,price"], "target 'price' is listed twice; list each target once"),
        (
            ["--target", "price,area", "--features", "area,rooms"],
            "'area' is a target, so it cannot also be a feature; leave it out of the features",
        ),
        (["--target", "price,nope"], "houses.csv has no column named 'nope'; its columns are: area, rooms"),
        (
            ["--target", "area,rooms,age,price,rent"],
            "no feature columns besides the targets area, rooms, age, price, rent; "
            "leave at least one column out of the targets",
        ),
        (
            ["--target", "price,"],
            "--target 'price,' has an empty column name; give names separated by commas",
        ),
    ],
)
def test_bad_targets_are_one_line_naming_the_problem_and_exit_2(capsys, two_targets, options, message):
    path, *_ = two_targets
    status, out, err = run(capsys, "train", "--csv", str(path), *options)
    assert status == 2 and out == ""
    assert err.startswith("gradviz: error: ") and err.count("\n") == 1 and message in err


def test_the_window_and_snapshot_take_several_targets(capsys, two_targets, monkeypatch, tmp_path):
    import gradviz.app
    import gradviz.app.launch

    path, *_ = two_targets
    given = []
    monkeypatch.setattr(gradviz.app, "run_app", lambda settings, **_: given.append(settings) or 0)
    assert main(["--csv", str(path), "--target", "rent,price"]) == 0

    def snapshot(out, settings, **_):
        given.append(settings)
        raise OSError("not drawn in this test")

    monkeypatch.setattr(gradviz.app.launch, "render_snapshot", snapshot)
    out = str(tmp_path / "s.png")
    status, _, err = run(capsys, "snapshot", "--csv", str(path), "--target", "rent,price", "--out", out)
    assert status == 2 and "not drawn in this test" in err
    for settings in given:
        assert settings.csv_targets == ["rent", "price"] and settings.csv_features == ["area", "rooms", "age"]
    assert len(given) == 2


# -- gradviz check, --functions and --mistake ----------------------------------------------

HOMEWORK = __import__("pathlib").Path(__file__).parent / "homework" / "files"


def test_check_grades_files_through_the_command_line(capsys):
    status, out, _ = run(capsys, "check", str(HOMEWORK / "gv_good.py"))
    assert status == 0 and "gv_good.py: PASS" in out
    status, out, _ = run(
        capsys, "check", "--json", str(HOMEWORK / "gv_good.py"), str(HOMEWORK / "gv_slips.py")
    )
    report = json.loads(out)
    assert status == 2 and [f["passed"] for f in report["files"]] == [True, False]
    assert report["summary"] == {"files": 2, "passed": 1, "failed": 1, "strict": False}


def test_check_help_says_it_runs_the_files_code(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--help"])
    assert exit_info.value.code == 0
    assert "RUNS THE CODE" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "message"), [("nope.py", "no such file"), ("data.csv", "not a .py file or an .ipynb notebook")]
)
def test_functions_must_name_a_python_file_or_a_notebook(capsys, tmp_path, name, message):
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text("x,y\n1,2\n")
    status, _, err = run(capsys, "--functions", str(path))
    assert status == 2 and message in err and err.count("\n") == 1


def test_functions_that_do_not_parse_stop_before_the_window(capsys, tmp_path):
    path = tmp_path / "tp1.py"
    path.write_text("import torch\n\nclass Linear(torch.autograd.Function)\n    pass\n")
    status, _, err = run(capsys, "--functions", str(path))
    assert status == 2 and "tp1.py, line 3: SyntaxError" in err and err.count("\n") == 1


def test_the_window_gets_functions_and_mistake(capsys, monkeypatch, tmp_path):
    import gradviz.app

    seen = {}
    monkeypatch.setattr(gradviz.app, "run_app", lambda settings, **options: seen.update(options) or 0)
    path = tmp_path / "tp1.py"
    path.write_text("")
    assert run(capsys, "--functions", str(path), "--mistake", "sign")[0] == 0
    assert seen["functions"] == path and seen["mistake"] == "sign"
    status, _, err = run(capsys, "--mistake", "typo")
    assert status == 2 and "sign" in err


def test_snapshot_of_mistake_mode(capsys, tmp_path):
    out = tmp_path / "mistake.png"
    status, printed, err = run(
        capsys, "snapshot", "--dataset", "line", "--mistake", "bias_ones", "--steps", "5", "--out", str(out)
    )
    assert status == 0 and out.stat().st_size > 10_000 and "after 5 steps" in printed


def test_snapshot_of_a_mistake_that_refuses_every_step_exits_2(capsys, tmp_path):
    out = tmp_path / "refused.png"
    options = ("--dataset", "line", "--mistake", "bias_unreduced", "--steps", "3", "--out", str(out))
    status, printed, err = run(capsys, "snapshot", *options)
    assert status == 2 and out.exists() and "0 of the 3 steps" in printed
    assert "shape" in err and err.count("\n") == 1


def train_json(capsys, *argv):
    status, out, err = run(capsys, "train", "--dataset", "boston", "--json", *argv)
    return status, json.loads(out), err


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ((), 2 / 12.15),
        (("--optimizer", "momentum"), 3.8 / 12.15),
        (("--optimizer", "nesterov"), 3.8 / 2.8 / 12.15),
        (("--optimizer", "adam"), None),
        (("--optimizer", "rmsprop", "--batch-size", "8"), None),
    ],
)
def test_train_json_reports_the_critical_rate_of_the_optimizer(capsys, options, expected):
    status, summary, _ = train_json(capsys, "--steps", "5", *options)
    assert status == 0
    if expected is None:
        assert summary["critical_lr"] is None
    else:
        assert summary["critical_lr"] == pytest.approx(expected, rel=0.01)


def test_train_just_above_the_critical_rate_is_flagged_and_exits_2(capsys):
    _, summary, _ = train_json(capsys, "--steps", "1")
    lr = f"{1.01 * summary['critical_lr']:.6g}"
    status, summary, err = train_json(capsys, "--steps", "2000", "--lr", lr)
    assert status == 2 and summary["diverged"] and summary["loss_train"] < 1e6
    assert "above the critical 2/λmax" in err and "of gd" in err


def test_train_below_the_critical_rate_of_small_batches_exits_0(capsys):
    _, summary, _ = train_json(capsys, "--steps", "1", "--batch-size", "1")
    lr = f"{0.8 * summary['critical_lr']:.6g}"
    status, summary, _ = train_json(capsys, "--steps", "2000", "--batch-size", "1", "--lr", lr)
    assert status == 0 and not summary["diverged"]
