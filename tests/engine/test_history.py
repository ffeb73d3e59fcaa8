import numpy as np

from gradviz.engine import History, Trainer


def _append(history: History, k: int) -> None:
    history.append(k, k, 0.1, np.full((3, 1), float(k)), np.zeros((3, 1)), np.zeros(history_resume))


history_resume = 4


def test_thinning_keeps_the_start_and_the_recent_past():
    history = History((3, 1), resume_size=4, max_bytes=1)
    for k in range(20_000):
        _append(history, k)
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
    history = History((3, 1), resume_size=history_resume)
    for k in (0, 2, 5):
        _append(history, k)
    assert history.at(4).iteration == 2
    assert history.at(100).iteration == 5


def test_fill_sets_measurements_of_stored_rows():
    history = History((3, 1), resume_size=history_resume)
    for k in range(3):
        _append(history, k)
    assert np.isnan(history.loss_train).all()
    history.fill(1, np.array([5.0, 6.0]), np.array([7.0, 8.0]), np.array([1.0, 2.0]))
    record = history.record(2)
    assert (record.loss_train, record.loss_test, record.grad_norm, record.lr) == (6.0, 8.0, 2.0, 0.1)
    assert np.isnan(history.record(0).loss_train)
