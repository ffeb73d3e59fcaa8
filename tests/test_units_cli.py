"""`gradviz train` names the units of what it prints (issue 14); --json adds keys, renames none."""

import json

import pytest

from gradviz import i18n
from gradviz.cli import main


@pytest.fixture(autouse=True)
def english_after():
    """--lang fr sets the language for the process: the other tests read English."""
    yield
    i18n.set_language("en")


def run(capsys, *argv):
    status = main(list(argv))
    return status, capsys.readouterr().out


def test_the_report_names_the_units_of_the_gap_and_of_the_coefficients(capsys):
    status, out = run(capsys, "train", "--dataset", "line", "--steps", "20")
    assert status == 0
    gap = next(line for line in out.splitlines() if line.startswith("‖θ − θ*‖ / ‖θ*‖"))
    assert gap.endswith("(θ in standardized features)")
    assert "coefficients in original units:" in out
    _, out = run(capsys, "train", "--dataset", "line", "--steps", "20", "--no-standardize", "--lr", "0.01")
    assert "(θ in original units)" in out and "standardized features" not in out


def test_json_names_the_units_beside_the_keys_it_had(capsys):
    _, out = run(capsys, "train", "--dataset", "line", "--steps", "20", "--json")
    result = json.loads(out)
    assert {"coef", "intercept", "closed_form_gap", "features", "targets"} <= set(result)
    assert result["standardized"] is True
    assert result["units"] == {
        "coef": "original units",
        "intercept": "original units",
        "closed_form_gap": "standardized features",
    }
    _, out = run(
        capsys, "train", "--dataset", "line", "--steps", "20", "--json", "--no-standardize", "--lr", "0.01"
    )
    result = json.loads(out)
    assert result["standardized"] is False and result["units"]["closed_form_gap"] == "original units"


def test_the_french_report_names_the_units(capsys):
    _, out = run(capsys, "train", "--dataset", "line", "--steps", "20", "--lang", "fr")
    assert "(θ en caractéristiques standardisées)" in out
