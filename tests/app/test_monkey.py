"""Random user actions on the real window, seeded (see monkey.py): no uncaught exception,
no Qt warning, the window keeps showing what the controller holds, and memory stays bounded.

A failure names the seed and the last actions; rerun that seed alone with the command it
prints. The long run (10,000 actions) is selected with `-m monkey_long`.
"""

import pytest
from monkey import MB, Monkey

RSS_BOUND = 300 * MB  # generous: what a real leak reaches over a run, not the noise of the allocator


def run_monkey(make_window, qtbot, qtlog, tmp_path, monkeypatch, seed: int, actions: int, rerun: str) -> None:
    monkey = Monkey(make_window(), qtbot, qtlog, tmp_path, monkeypatch, seed, rerun=rerun)
    report = monkey.run(actions)
    print(report.summary())
    assert report.actions == actions + 1  # and the final check
    assert report.rss_max - report.rss_start < RSS_BOUND, report.summary()


@pytest.mark.parametrize("seed", [1, 2, 3], ids=lambda seed: f"seed{seed}")
def test_monkey_short(make_window, qtbot, qtlog, tmp_path, monkeypatch, seed):
    rerun = f"pytest tests/app/test_monkey.py -k 'short and seed{seed}'"
    run_monkey(make_window, qtbot, qtlog, tmp_path, monkeypatch, seed, 150, rerun)


@pytest.mark.monkey_long
@pytest.mark.parametrize("seed", range(100, 120), ids=lambda seed: f"seed{seed}")
def test_monkey_long(make_window, qtbot, qtlog, tmp_path, monkeypatch, seed):
    rerun = f"pytest tests/app/test_monkey.py -m monkey_long -k 'long and seed{seed}'"
    run_monkey(make_window, qtbot, qtlog, tmp_path, monkeypatch, seed, 500, rerun)
