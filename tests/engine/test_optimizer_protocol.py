"""Any Optimizer subclass trains and rewinds: a student's own, written from scratch, and AdaGrad."""

import json
import textwrap

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradviz.engine import (
    HYPERPARAMETERS,
    OPTIMIZERS,
    AdaGrad,
    Adam,
    Optimizer,
    OptimizerError,
    Trainer,
    make_optimizer,
)
from gradviz.engine.resume import ResumeState
from gradviz.settings import Settings, build_run


class HeavyBall(Optimizer):
    """A student's momentum, from scratch: v ← βv + g; θ ← θ − lr·v."""

    state_names = ("velocity",)

    def __init__(self, lr=0.01, beta=0.9):
        self.beta = beta
        super().__init__(lr)

    def step(self, params, grads):
        if self.velocity is None:
            self.velocity = [np.zeros_like(p) for p in params]
        for p, g, v in zip(params, grads, self.velocity):
            v *= self.beta
            v += g
            p -= self.lr * v


class MyAdaGrad(Optimizer):
    """AdaGrad written again, differently: its state a dict of sums and a count of its own."""

    state_names = ("sums", "calls")

    def __init__(self, lr=0.01, eps=1e-8):
        super().__init__(lr)
        self.eps = eps

    def step(self, params, grads):
        if self.sums is None:
            self.sums, self.calls = {}, 0
        self.calls += 1
        for i, (p, g) in enumerate(zip(params, grads)):
            self.sums[i] = self.sums.get(i, 0.0) + g * g
            p -= self.lr * g / (np.sqrt(self.sums[i]) + self.eps)


def regression(seed, q=60, n=3, p=2):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(q, n))
    Y = X @ rng.normal(size=(n, p)) + rng.normal(size=p) + 0.1 * rng.normal(size=(q, p))
    return X, Y


def least_squares(X, Y):
    theta, *_ = np.linalg.lstsq(np.hstack([X, np.ones((len(X), 1))]), Y, rcond=None)
    return theta[:-1], theta[-1]


@pytest.mark.parametrize(
    ("optimizer", "steps"), [(HeavyBall(lr=0.05), 1500), (MyAdaGrad(lr=0.5), 4000), (AdaGrad(lr=0.5), 4000)]
)
@pytest.mark.parametrize("fast_path", [True, False])
def test_an_optimizer_of_ones_own_trains_to_least_squares(optimizer, steps, fast_path):
    X, Y = regression(0)
    trainer = Trainer(X, Y, optimizer=optimizer, fast_path=fast_path)
    trainer.run(steps)
    W_star, b_star = least_squares(X, Y)
    np.testing.assert_allclose(trainer.W, W_star, atol=1e-7)
    np.testing.assert_allclose(trainer.b, b_star, atol=1e-7)
    assert not trainer.status.diverged


@pytest.mark.parametrize("make", [HeavyBall, MyAdaGrad, AdaGrad])
@pytest.mark.parametrize(("batch_size", "fast_path"), [(None, True), (None, False), (7, True)])
def test_a_rewound_run_replays_the_same_floats(make, batch_size, fast_path):
    X, Y = regression(1)
    trainer = Trainer(X, Y, optimizer=make(lr=0.05), batch_size=batch_size, fast_path=fast_path, seed=3)
    trainer.run(60)
    thetas, grads = trainer.history.thetas.copy(), trainer.history.grads.copy()
    trainer.rewind(23)
    assert trainer.iteration == 23
    trainer.run(37)
    np.testing.assert_array_equal(trainer.history.thetas, thetas)
    np.testing.assert_array_equal(trainer.history.grads, grads)


@settings(max_examples=20)
@given(
    q=st.integers(2, 12),
    n=st.integers(1, 4),
    p=st.integers(1, 3),
    seed=st.integers(0, 2**32 - 1),
    at=st.integers(0, 15),
    batch=st.integers(1, 12),
)
def test_rewinding_a_students_optimizer_is_exact_for_any_shapes(q, n, p, seed, at, batch):
    X, Y = regression(seed, q, n, p)
    trainer = Trainer(X, Y, optimizer=HeavyBall(lr=0.01), batch_size=batch, seed=seed % 1000)
    trainer.run(16)
    thetas = trainer.history.thetas.copy()
    trainer.rewind(at)
    trainer.run(16 - at)
    np.testing.assert_array_equal(trainer.history.thetas, thetas)


class Bag(Optimizer):
    """Keeps whatever the test puts in its state."""

    state_names = ("bag",)

    def step(self, params, grads):
        pass


numbers = st.one_of(
    st.floats(allow_nan=False),
    st.integers(-(2**53), 2**53),
    st.booleans(),
    st.floats(allow_nan=False, width=32).map(np.float32),
    st.integers(-(2**40), 2**40).map(np.int64),
)
arrays = st.tuples(st.lists(st.integers(0, 3), max_size=3), st.integers(0, 2**32 - 1)).map(
    lambda shape_seed: np.random.default_rng(shape_seed[1]).normal(size=shape_seed[0]) * 1e3
)
values = st.recursive(
    st.one_of(st.none(), numbers, arrays),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(st.text(max_size=3), inner, max_size=3),
    ),
    max_leaves=8,
)


def assert_same(a, b):
    assert type(a) is type(b)
    if isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape
        np.testing.assert_array_equal(a, b)
    elif isinstance(a, list | tuple):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert_same(x, y)
    elif isinstance(a, dict):
        assert list(a) == list(b)
        for key in a:
            assert_same(a[key], b[key])
    else:
        assert a == b or (a != a and b != b)


@given(values, st.integers(0, 2**31))
def test_every_kind_of_state_comes_back_exactly(value, t):
    resume, optimizer = ResumeState(4), Bag()
    optimizer.bag, optimizer.t = value, t
    row = resume.pack(5, optimizer).copy()
    optimizer.reset()
    assert resume.unpack(row, optimizer) == 5
    assert_same(optimizer.bag, value)
    assert optimizer.t == t


def test_adagrad_matches_a_hand_written_reference():
    rng = np.random.default_rng(2)
    shapes = [(3, 2), (2,)]
    params = [rng.normal(size=s) for s in shapes]
    mine, sums = [p.copy() for p in params], [np.zeros(s) for s in shapes]
    optimizer = AdaGrad(lr=0.3, eps=1e-6)
    for _ in range(25):
        grads = [rng.normal(size=s) for s in shapes]
        optimizer.step(params, grads)
        for p, g, s in zip(mine, grads, sums):
            s += g**2
            p -= 0.3 * g / (np.sqrt(s) + 1e-6)
    for p, reference in zip(params, mine):
        np.testing.assert_allclose(p, reference, rtol=1e-14, atol=1e-14)


def test_adagrads_first_step_has_size_lr_in_every_coordinate():
    p = np.zeros(3)
    AdaGrad(lr=0.1).step([p], [np.array([5.0, -0.01, 2.0])])
    np.testing.assert_allclose(p, [-0.1, 0.1, -0.1], rtol=1e-5)


def test_the_built_in_adagrad_and_one_written_from_scratch_make_the_same_run():
    X, Y = regression(4)
    runs = [Trainer(X, Y, optimizer=optimizer, batch_size=9) for optimizer in (AdaGrad(0.2), MyAdaGrad(0.2))]
    for trainer in runs:
        trainer.run(40)
    np.testing.assert_allclose(runs[0].history.thetas, runs[1].history.thetas, rtol=1e-13, atol=1e-15)


def test_adagrad_is_offered_wherever_optimizers_are_listed(tmp_path):
    assert "adagrad" in OPTIMIZERS
    assert [(h.name, h.kind) for h in HYPERPARAMETERS["adagrad"]] == [("eps", "positive")]
    assert make_optimizer("adagrad", eps=1e-6).eps == 1e-6
    session = tmp_path / "adagrad.json"
    Settings(dataset="diabetes", optimizer="adagrad", optimizer_params={"eps": 1e-7}).save(session)
    assert json.loads(session.read_text())["optimizer"] == "adagrad"
    _, trainer = build_run(Settings.open(session))
    assert isinstance(trainer.optimizer, AdaGrad) and trainer.optimizer.eps == 1e-7


def test_switching_optimizers_and_rewinding_gives_each_its_own_state_back():
    X, Y = regression(5)
    reference = Trainer(X, Y, optimizer=HeavyBall(lr=0.05))
    reference.run(30)
    trainer = Trainer(X, Y, optimizer=HeavyBall(lr=0.05))
    trainer.run(20)
    trainer.optimizer = Adam(lr=0.05)
    trainer.run(10)
    trainer.rewind(20)  # a HeavyBall record, while Adam runs: Adam starts afresh
    assert trainer.optimizer.t == 0 and trainer.optimizer.state()["buffers"] is None
    trainer.optimizer = HeavyBall(lr=0.05)  # a new one, without velocity
    trainer.rewind(20)  # gets the velocity of step 20 back
    trainer.run(10)
    np.testing.assert_array_equal(trainer.history.thetas, reference.history.thetas[:31])


class Remembering(Optimizer):
    """GD that also keeps its last five gradients: more state than the room a run starts with."""

    state_names = ("last",)

    def step(self, params, grads):
        self.last = ([g.copy() for g in grads] + (self.last or []))[:5]
        for p, g in zip(params, grads):
            p -= self.lr * g


def test_a_state_larger_than_the_room_widens_the_history_and_still_rewinds_exactly():
    X, Y = regression(6)
    trainer = Trainer(X, Y, optimizer=Remembering(lr=0.05), fast_path=False)
    room, capacity = trainer.history.resume_size, trainer.history.capacity
    trainer.run(30)
    assert trainer.history.resume_size > room and trainer.history.capacity == capacity
    thetas = trainer.history.thetas.copy()
    trainer.rewind(4)
    assert len(trainer.optimizer.last) == 4
    trainer.run(26)
    np.testing.assert_array_equal(trainer.history.thetas, thetas)


class Failing(HeavyBall):
    """Raises at its 6th step, until told to stop."""

    failing = True

    def step(self, params, grads):
        if self.failing and self.velocity is not None and self.t == 5:
            raise ZeroDivisionError("division by zero")
        self.t += 1
        super().step(params, grads)


@pytest.mark.parametrize("batch_size", [None, 8])
def test_a_step_that_raises_is_refused_and_the_run_stays_at_its_last_record(batch_size):
    X, Y = regression(7)
    reference = Trainer(X, Y, optimizer=HeavyBall(lr=0.05), batch_size=batch_size)
    reference.run(12)
    trainer = Trainer(X, Y, optimizer=Failing(lr=0.05), batch_size=batch_size)
    with pytest.raises(OptimizerError, match=r"Failing.step\(\) raised ZeroDivisionError") as raised:
        trainer.run(12)
    assert isinstance(raised.value.original, ZeroDivisionError)
    assert trainer.iteration == 5 and len(trainer.history) == 6
    np.testing.assert_array_equal(trainer.theta, reference.history.thetas[5])
    assert np.isfinite(trainer.history.loss_train).all()  # the records before it are measured
    trainer.optimizer.failing = False
    trainer.run(7)
    np.testing.assert_array_equal(trainer.history.thetas, reference.history.thetas)


class Rebinding(Optimizer):
    def step(self, params, grads):
        for p, g in zip(params, grads):
            p = p - self.lr * g  # noqa: PLW2901 - the slip under test


def test_an_update_that_only_rebinds_a_name_is_refused():
    X, Y = regression(8)
    trainer = Trainer(X, Y, optimizer=Rebinding(lr=0.1))
    with pytest.raises(
        OptimizerError, match=r"left the parameters unchanged .* p = p - lr \* g only rebinds"
    ):
        trainer.step()
    assert trainer.iteration == 0 and len(trainer.history) == 1


class Noting(HeavyBall):
    state_names = ("velocity", "note")

    def step(self, params, grads):
        super().step(params, grads)
        self.note = [1.0, "moved"]


def test_a_state_the_trainer_cannot_save_is_refused_and_the_run_is_unchanged():
    X, Y = regression(9)
    trainer = Trainer(X, Y, optimizer=Noting(lr=0.1))
    with pytest.raises(OptimizerError, match=r"Noting keeps a str in its state \(note\[1\]\)"):
        trainer.step()
    assert trainer.iteration == 0 and not trainer.theta.any()


class NoStep(Optimizer):
    pass


class Comma(HeavyBall):
    state_names = "velocity"


class NoSuper(Optimizer):
    def __init__(self, lr=0.1):
        self.rate = lr

    def step(self, params, grads):
        pass


@pytest.mark.parametrize(
    ("optimizer", "message"),
    [
        (object(), r"must be a gradviz.engine.Optimizer, got object: give one of gd, momentum"),
        (HeavyBall, r"must be an instance, got the class HeavyBall: pass HeavyBall\(lr=...\)"),
        (NoStep(), r"NoStep does not define step\(params, grads\)"),
        (Comma(), r"state_names must be a tuple of attribute names, like \('velocity',\) \(mind the comma\)"),
        (NoSuper(), r"NoSuper has no attribute lr, t: call super\(\).__init__\(lr\)"),
    ],
)
def test_what_the_trainer_cannot_run_is_refused_saying_what_to_change(optimizer, message):
    X, Y = regression(10)
    trainer = Trainer(X, Y)
    with pytest.raises(TypeError, match=message):
        trainer.optimizer = optimizer
    assert trainer.optimizer.name == "gd"


def test_the_trainer_takes_an_optimizer_by_name_too():
    X, Y = regression(13)
    trainer = Trainer(X, Y, optimizer="adagrad")
    assert isinstance(trainer.optimizer, AdaGrad)
    trainer.optimizer = "adam"
    assert isinstance(trainer.optimizer, Adam)
    with pytest.raises(ValueError, match="unknown optimizer 'ada'; choose one of gd, momentum"):
        trainer.optimizer = "ada"


def test_an_optimizer_of_ones_own_is_named_after_its_class():
    assert HeavyBall().name == "HeavyBall" and AdaGrad().name == "adagrad"


def test_the_example_in_the_optimizer_docstring_trains_and_rewinds():
    example = textwrap.dedent(Optimizer.__doc__.split("::\n", 1)[1])
    X, Y = regression(11)
    namespace = {"np": np, "Optimizer": Optimizer, "Trainer": Trainer, "X": X, "Y": Y}
    exec(compile(example.replace("Trainer(X, Y", "trainer = Trainer(X, Y"), "docstring", "exec"), namespace)
    trainer = namespace["trainer"]
    trainer.run(1500)
    W_star, b_star = least_squares(X, Y)
    np.testing.assert_allclose(trainer.W, W_star, atol=1e-7)
    thetas = trainer.history.thetas.copy()
    trainer.rewind(700)
    trainer.run(800)
    np.testing.assert_array_equal(trainer.history.thetas, thetas)


class CountingAdam(Adam):
    """A subclass of a built-in with state of its own, besides Adam's buffers."""

    state_names = ("total",)

    def step(self, params, grads):
        super().step(params, grads)
        self.total = (self.total or 0.0) + sum(float(np.abs(g).max()) for g in grads)


def test_a_built_in_optimizers_subclass_saves_its_own_state_too():
    X, Y = regression(12)
    trainer = Trainer(X, Y, optimizer=CountingAdam(lr=0.05), batch_size=6)
    totals = [None]
    for _ in range(30):
        trainer.step()
        totals.append(trainer.optimizer.total)
    thetas = trainer.history.thetas.copy()
    trainer.rewind(10)
    assert trainer.optimizer.total == totals[10] < totals[30]
    assert trainer.optimizer.t == 10
    trainer.run(20)
    assert trainer.optimizer.total == totals[30]
    np.testing.assert_array_equal(trainer.history.thetas, thetas)
