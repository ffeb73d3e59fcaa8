"""`gradviz check FILE... [--json] [--strict] [--jobs N]`: exit statuses, output, load errors."""

from __future__ import annotations

import json

import pytest
from checks_support import FILES

from gradviz import cli
from gradviz.homework import SLIPS, command

torch = pytest.importorskip("torch", reason="PyTorch is not installed")
pytestmark = pytest.mark.torch


def gradviz(*argv: str) -> int:
    """`gradviz check ...` as the CLI runs it (through cli.main once the lead has wired it in)."""
    if "check" in cli.build_parser()._subparsers._group_actions[0].choices:  # type: ignore[union-attr]
        return cli.main(list(argv))
    parser = cli._Parser(prog="gradviz")
    command.add_parser(parser.add_subparsers(dest="command", parser_class=cli._Parser))
    try:
        return command.run(parser.parse_args(list(argv)))
    except cli.UsageError as error:
        print(f"gradviz: error: {error}")
        return cli.USER_ERROR


def path(name: str) -> str:
    return str(FILES / name)


def test_a_right_file_exits_0_and_a_wrong_one_2(capsys):
    assert gradviz("check", path("good.py")) == 0
    assert "good.py: PASS" in capsys.readouterr().out
    assert gradviz("check", path("slip_db_unreduced.py")) == 2
    assert "slip db_unreduced" in capsys.readouterr().out


def test_strict_also_requires_the_courses_definitions():
    assert gradviz("check", path("mse_mean.py")) == 0
    assert gradviz("check", "--strict", path("mse_mean.py")) == 2
    assert gradviz("check", "--strict", path("good.py")) == 0


def test_json(capsys):
    assert gradviz("check", "--json", path("good.py"), path("syntax_error.py")) == 2
    data = json.loads(capsys.readouterr().out)
    good, broken = data["files"]
    assert good["passed"] and [f["name"] for f in good["functions"]] == ["Linear", "MSE"]
    assert broken["loaded"] is False and broken["error"].startswith("syntax_error.py, line 7: SyntaxError")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("syntax_error.py", "syntax_error.py, line 7: SyntaxError"),
        ("no_function.py", "no Linear or MSE Function found"),
        ("missing_module.py", "pip install gradviz_no_such_module"),
        ("hang.py", "did not finish loading within 2 s"),
        ("fake_report.py", "sys.exit(0)"),
        ("no_such_file.py", "no such file"),
    ],
)
def test_a_file_that_does_not_load_gives_one_line_and_exit_2(capsys, name, message):
    assert gradviz("check", "--timeout", "2", path(name)) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.count("\n") == 1 and message in out.err and out.err.startswith("gradviz: error: ")


def test_a_file_that_is_not_python_is_named_as_such_not_run(capsys, tmp_path):
    data = tmp_path / "boston.csv"
    data.write_text("crim,medv\n0.1,24\n")  # valid Python (a tuple of names): run, it was a NameError
    assert gradviz("check", str(data)) == 2
    err = capsys.readouterr().err
    assert "is not a .py file or an .ipynb notebook" in err and "NameError" not in err


def test_several_files_one_row_each_then_a_summary(capsys):
    names = ["good.py", "slip_db_ones.py", "hang.py", "notebook_db_unreduced.ipynb"]
    assert gradviz("check", "--jobs", "2", "--timeout", "2", *map(path, names)) == 2
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split()[0] for line in lines[1 : 1 + len(names)]] == list(map(path, names))
    # under the table, each slip named in it, explained once: db_ones, db_unreduced
    assert lines[1 + len(names) :] == ["", *(f"{k}: {SLIPS[k]}" for k in ("db_ones", "db_unreduced")), "",
                                       "1 of 4 files pass"]  # fmt: skip


def test_help_says_it_runs_the_code(capsys):
    with pytest.raises(SystemExit):
        gradviz("check", "--help")
    text = " ".join(capsys.readouterr().out.split())
    assert "RUNS THE CODE of each FILE on your machine, because you asked for it" in text


@pytest.mark.parametrize("bad", [["--jobs", "0"], ["--timeout", "-1"], []])
def test_usage_errors_exit_2(bad):
    assert gradviz("check", *bad, *([] if not bad else [path("good.py")])) == 2


def test_options_may_stand_between_file_names(capsys):
    assert gradviz("check", path("good.py"), "--json", path("good_wbx.py")) == 0
    assert [f["passed"] for f in json.loads(capsys.readouterr().out)["files"]] == [True, True]
    assert gradviz("check", path("good.py"), "--no-such-option") == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err
