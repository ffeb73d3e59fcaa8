"""The shipped mistakes are wrong in exactly the way each one's name says."""

import numpy as np
import pytest

from gradviz.engine import MSE, Linear, Variable, gradcheck_report
from gradviz.engine.mistakes import MISTAKES, RunFacts, mistake


def _gradients(linear, mse, X, Y, W, b):
    Wv, bv = Variable(W, requires_grad=True), Variable(b, requires_grad=True)
    mse.apply(linear.apply(Variable(X), Wv, bv), Y).backward()
    return Wv.grad, bv.grad


@pytest.fixture
def problem():
    rng = np.random.default_rng(7)
    q, n, p = 9, 4, 3
    return rng.normal(size=(q, n)), rng.normal(size=(q, p)), rng.normal(size=(n, p)), rng.normal(size=p)


def test_each_mistake_differs_from_the_right_gradient_as_named(problem):
    X, Y, W, b = problem
    q = X.shape[0]
    right_W, right_b = _gradients(Linear, MSE, X, Y, W, b)
    delta = (2 / q) * (X @ W + b - Y)

    sign = MISTAKES["sign"]
    assert np.allclose(_gradients(sign.linear, sign.mse, X, Y, W, b)[0], -right_W)

    no_q = MISTAKES["one_over_q"]
    grad_W, grad_b = _gradients(no_q.linear, no_q.mse, X, Y, W, b)
    np.testing.assert_allclose(grad_W, q * right_W)
    np.testing.assert_allclose(grad_b, q * right_b)

    ones = MISTAKES["bias_ones"].linear
    ctx_out = _backward(ones, X, W, b, delta)
    np.testing.assert_array_equal(ctx_out[2], np.ones(3))
    np.testing.assert_allclose(ctx_out[1], right_W)

    unreduced = _backward(MISTAKES["bias_unreduced"].linear, X, W, b, delta)
    np.testing.assert_allclose(unreduced[2], delta)  # (q, p), not summed
    np.testing.assert_allclose(unreduced[2].sum(axis=0), right_b)

    transposed = _backward(MISTAKES["weight_transposed"].linear, X, W, b, delta)
    np.testing.assert_allclose(transposed[1], right_W.T)


def _backward(function, X, W, b, grad_output):
    from gradviz.engine import Context

    ctx = Context()
    function.forward(ctx, X, W, b)
    return function.backward(ctx, grad_output)


@pytest.mark.parametrize("key", sorted(MISTAKES))
def test_gradcheck_catches_every_mistake(key, problem):
    X, Y, W, b = problem
    m = MISTAKES[key]
    if m.linear is not Linear:
        report = gradcheck_report(m.linear, (X, W, b))
    else:
        report = gradcheck_report(m.mse, (X @ W + b, Y))
    assert not report.passed


def test_the_sentences_use_the_runs_numbers():
    facts = RunFacts(q=342, n=1, p=1, lr=0.1, critical_lr=0.66)
    text = MISTAKES["one_over_q"].explain(facts)
    assert "q = 342 times too large" in text and "34.2" in text and "explodes" in text
    calm = MISTAKES["one_over_q"].explain(RunFacts(q=10, n=1, p=1, lr=0.01, critical_lr=0.66))
    assert "converges" in calm
    assert "hides" in MISTAKES["weight_transposed"].explain(facts)
    assert "(3, 13)" in MISTAKES["weight_transposed"].explain(RunFacts(q=5, n=13, p=3, lr=0.1, critical_lr=1))
    for m in MISTAKES.values():
        assert m.explain(facts).endswith(".")


def test_an_unknown_mistake_names_the_choices():
    with pytest.raises(ValueError, match="sign, one_over_q"):
        mistake("typo")


def test_a_run_that_diverges_with_a_wrong_gradient_blames_the_gradient_not_lr():
    from gradviz.settings import Settings, build_run

    m = MISTAKES["one_over_q"]
    trainer = build_run(Settings(dataset="penguins", lr=0.1), linear=m.linear, mse=m.mse).trainer
    assert trainer.lr < trainer.critical.lr
    trainer.run(200)
    message = trainer.status.message
    assert (
        trainer.status.diverged
        and "the gradient of Linear and MSEWithoutOneOverQ is the likely cause" in message
    )
    assert "smaller learning rate" not in message
