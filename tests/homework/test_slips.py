"""Each classic slip is named when a failure fits it, from the numbers the file's code returns."""

from __future__ import annotations

import re

import pytest
from checks_support import case, check

from gradviz.homework import SLIPS, slips


def named(name: str) -> set[str]:
    report = check(name)
    found = {s for f in report.functions for s in f.slips}
    return found | set(report.chain.slips if report.chain else ())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        case("slip_sign.py", {"sign_flipped"}),
        case("slip_sign_linear.py", {"sign_flipped"}),
        case("slip_swapped.py", {"gradients_swapped", "sign_flipped"}),  # for MSE the same numbers
        case("slip_normalised_differently.py", {"normalisation_mismatch"}),
        case("slip_dx_dw_swapped.py", {"dx_dw_swapped"}),
        case("slip_transposed.py", {"gradient_transposed"}),
        case("slip_wrong_order.py", {"wrong_product_order"}),
        case("slip_db_ones.py", {"db_ones"}),
        case("slip_db_unreduced.py", {"db_unreduced"}),
        case("slip_x_times_w.py", {"x_times_w"}),
        case("slip_missing_1_over_q.py", {"missing_1_over_q"}),
        case("slip_dx_missing_wt.py", {"dx_missing_wt"}),
        case("slip_ignores_grad_output.py", {"ignores_grad_output"}),
        case("slip_unpacks.py", {"unpacks_unsaved"}),
        case("slip_float64.py", {"float64_in_backward"}),
        case("gv_slips.py", {"db_unreduced", "missing_1_over_q", "sign_flipped"}),
        case("gv_x_times_w.py", {"x_times_w"}),
        case("notebook_db_unreduced.ipynb", {"db_unreduced"}),
    ],
)
def test_the_slip_is_named(name, expected):
    assert named(name) == expected


@pytest.mark.parametrize(
    "name", [case(n) for n in ("good.py", "good_pn.py", "mse_mean.py", "mse_sum.py", "gv_good.py")]
)
def test_no_slip_is_named_in_a_right_file(name):
    assert named(name) == set()


def test_every_slip_is_documented_with_one_sentence_for_the_student():
    documented = re.findall(r"^- (\w+):", slips.__doc__, flags=re.MULTILINE)
    assert documented == list(SLIPS)
    for sentence in SLIPS.values():
        assert sentence.endswith(".") and "\n" not in sentence
