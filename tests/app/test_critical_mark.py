"""The ▲ on the learning-rate slider marks the critical rate of the optimizer and batch size chosen."""

import pytest

from gradviz.settings import Settings


def test_the_mark_follows_the_optimizer_and_the_batch_size(make_window):
    window = make_window(Settings(dataset="boston"))
    c, lr = window.controller, window.controls.lr
    gd = c.trainer.critical.lr
    assert lr.mark.critical == pytest.approx(gd) and "2/λmax" in lr.critical_label.text()
    c.set_optimizer("momentum", {"beta": 0.9})
    assert lr.mark.critical == pytest.approx(1.9 * gd) == pytest.approx(c.trainer.critical.lr)
    c.set_optimizer("adam")
    assert lr.mark.critical is None and "no critical" in lr.critical_label.text()
    c.set_optimizer("gd")
    c.set_batch_size(8)
    assert lr.mark.critical == pytest.approx(c.trainer.critical.lr) and lr.mark.critical < gd
    assert f"{c.trainer.critical.lr:.3g}" in window.status.text()
