import numpy as np
import pytest

from gradviz.engine.divergence import check_start, divergence_message, first_diverged, loss_limit


def test_a_record_diverges_when_its_loss_passes_the_limit_or_anything_is_not_finite():
    limit = loss_limit(2.0, 5.0)
    assert limit == 5e10
    norms = np.ones(4)
    assert first_diverged(np.array([1.0, 2.0, 3.0, 4.0]), norms, limit) is None
    assert first_diverged(np.array([1.0, 6e10, 3.0, np.inf]), norms, limit) == 1
    assert first_diverged(np.array([1.0, 2.0, np.nan, 1.0]), norms, limit) == 2
    assert first_diverged(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1, 1, 1, np.inf]), limit) == 3


def test_an_infinite_limit_still_catches_an_infinite_loss():
    """Huge data put the limit beyond float64; an overflowing loss must still count."""
    assert first_diverged(np.array([1e300, np.inf]), np.ones(2), loss_limit(1e300, 1e300)) == 1


def test_a_zero_loss_start_still_has_a_positive_limit():
    assert loss_limit(0.0, 0.0) > 0


@pytest.mark.parametrize(
    ("lr", "expected"),
    [(0.5, "lr 0.5 is above the critical 2/λmax = 0.2"), (0.1, "adam with lr 0.1 overshoots")],
)
def test_the_message_says_why_and_what_to_change(lr, expected):
    message = divergence_message(7, lr, 0.2, "adam")
    assert message.startswith("Diverged at step 7 (the run stays at step 6)")
    assert expected in message and "below 0.2" in message


def test_start_checks_name_what_overflowed():
    check_start(1.0, None, 2.0)
    with pytest.raises(ValueError, match="the test loss is inf there"):
        check_start(1.0, np.inf, 2.0)
    with pytest.raises(ValueError, match="the training loss is nan, ‖∇C‖ is inf"):
        check_start(np.nan, 1.0, np.inf)


def test_the_message_takes_the_windows_decimal_mark():
    from gradviz import i18n

    i18n.set_decimal_comma(True)
    try:
        message = divergence_message(7, 0.5, 0.16455, "gd")
    finally:
        i18n.set_decimal_comma(False)
    assert "lr 0,5 is above the critical 2/λmax = 0,1646" in message and message.endswith("below 0,164.")
    assert "lr 0.5" in divergence_message(7, 0.5, 0.16455, "gd")  # the command line keeps its point
