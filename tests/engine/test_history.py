import numpy as np

from gradviz.engine import History, StepRecord, Trainer


def _record(k: int) -> StepRecord:
    return StepRecord(k, k, 1.0 / (k + 1), np.nan, np.full((2, 1), k), np.array([k]), np.zeros((2, 1)), np.zeros(1), 0.1)


def test_thinning_keeps_the_start_and_the_recent_past():
    history = History((3, 1), resume_size=4, max_bytes=1)
    for k in range(20_000):
        history.append(_record(k), np.zeros(4))
    iterations = history.iterations
    assert len(history) <= history.capacity == 256
    assert iterations[0] == 0 and iterations[-1] == 19_999
    assert np.all(np.diff(iterations) > 0)
    recent = iterations[iterations > 19_999 - 128]
    np.testing.assert_array_equal(recent, np.arange(19_999 - len(recent) + 1, 20_000))
    assert history.at(19_998).iteration == 19_998


def test_memory_stays_flat_over_a_long_run():
    X = np.random.default_rng(0).normal(size=(50, 13))
    trainer = Trainer(X, X @ np.ones(13), lr=0.05, history_bytes=1 << 20)
    before = trainer.history.nbytes
    trainer.run(30_000)
    assert trainer.history.nbytes == before <= 1 << 20
    assert len(trainer.history) <= trainer.history.capacity


def test_default_bound_holds_a_million_steps_under_200_mb():
    X = np.ones((10, 13))
    trainer = Trainer(X, np.ones((10, 1)), optimizer="adam")
    assert trainer.history.nbytes < 200 << 20
    assert trainer.history.capacity >= 20_000


def test_at_returns_the_latest_record_at_or_before():
    history = History((3, 1), resume_size=1)
    for k in (0, 2, 5):
        history.append(_record(k), np.zeros(1))
    assert history.at(4).iteration == 2
    assert history.at(100).iteration == 5
    history.truncate_after(2)
    assert list(history.iterations) == [0, 2]
