"""The Trainer, regression_graph and the Graph view's walk with a user's own Linear and MSE."""

import inspect

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradviz.app.backprop import build_walk  # plain Python, no Qt: the walk of the Graph view
from gradviz.engine import (
    MSE,
    Context,
    Function,
    FunctionError,
    Linear,
    Trainer,
    make_schedule,
    regression_backward,
    regression_graph,
    trace,
)
from gradviz.engine.functions import graph_gradient


class MyLinear(Function):
    """Right, written another way than gradviz's: einsum, and ∂b as a product with ones."""

    @staticmethod
    def forward(ctx: Context, X, W, b):
        ctx.save_for_backward(X, W)
        return np.einsum("qn,np->qp", X, W) + b[np.newaxis, :]

    @staticmethod
    def backward(ctx: Context, G):
        X, W = ctx.saved_tensors
        return np.einsum("qp,np->qn", G, W), np.einsum("qn,qp->np", X, G), np.ones(len(G)) @ G


class MyMSE(Function):
    @staticmethod
    def forward(ctx: Context, Y_hat, Y):
        diff = Y_hat - Y
        ctx.save_for_backward(diff)
        return float(np.sum(diff**2) / len(Y))

    @staticmethod
    def backward(ctx: Context, g):
        (diff,) = ctx.saved_tensors
        delta = 2 * g * diff / len(diff)
        return delta, -delta


class FlippedMSE(MyMSE):
    """The slip: ∂C/∂Ŷ with its sign flipped."""

    @staticmethod
    def backward(ctx: Context, g):
        delta, _ = MyMSE.backward(ctx, g)
        return -delta, delta


def regression(seed, q=40, n=3, p=2):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(q, n))
    Y = X @ rng.normal(size=(n, p)) + rng.normal(size=p) + 0.1 * rng.normal(size=(q, p))
    return X, Y


def least_squares(X, Y):
    theta, *_ = np.linalg.lstsq(np.hstack([X, np.ones((len(X), 1))]), Y, rcond=None)
    return theta


@pytest.mark.parametrize("batch_size", [None, 10])
def test_my_functions_train_to_least_squares_on_the_graph_path(batch_size):
    X, Y = regression(0)
    schedule = None if batch_size is None else make_schedule("exponential", gamma=0.999)
    trainer = Trainer(
        X, Y, lr=0.1, linear=MyLinear, mse=MyMSE, fast_path=True, batch_size=batch_size, schedule=schedule
    )
    assert trainer.path == "graph" and trainer.own_functions
    trainer.run(3000 if batch_size is None else 6000)
    atol = 1e-8 if batch_size is None else 1e-3  # mini-batch steps settle as the rate decays
    np.testing.assert_allclose(trainer.theta, least_squares(X, Y), atol=atol)


def test_my_right_functions_take_the_steps_gradvizs_own_take():
    X, Y = regression(1)
    mine = Trainer(X, Y, lr=0.1, linear=MyLinear, mse=MyMSE)
    own = Trainer(X, Y, lr=0.1, fast_path=False)
    mine.run(50)
    own.run(50)
    np.testing.assert_allclose(mine.history.thetas, own.history.thetas, rtol=1e-12, atol=1e-14)
    assert own.path == "graph" and not own.own_functions
    own.fast_path = True
    assert own.path == "fast"


def test_a_sign_flipped_backward_climbs_the_loss_while_the_record_keeps_the_true_gradient():
    X, Y = regression(2)
    trainer = Trainer(X, Y, lr=0.05, linear=MyLinear, mse=FlippedMSE)
    start = trainer.current
    trainer.run(1)
    np.testing.assert_allclose(trainer.theta, start.theta + 0.05 * start.grad, rtol=1e-12)  # uphill
    trainer.run(29)
    assert np.all(np.diff(trainer.history.loss_train) > 0)
    # Climbing for 10 steps in a row past 10 times its start: a divergence, blamed on the Functions.
    assert trainer.status.diverged and "FlippedMSE" in trainer.status.message and trainer.iteration < 29
    assert trainer.current.loss_train > 5 * start.loss_train
    right = Trainer(X, Y, lr=0.05, linear=MyLinear, mse=MyMSE)
    right.run(30)
    assert right.current.loss_train < start.loss_train / 2


class BreakingLinear(MyLinear):
    broken = False

    @staticmethod
    def backward(ctx: Context, G):
        if BreakingLinear.broken:
            return G / 0 if isinstance(G, int) else 1 // 0  # the line FunctionError must name
        return MyLinear.backward(ctx, G)


def line_of(text, function):
    lines, first = inspect.getsourcelines(function)
    return first + next(i for i, line in enumerate(lines) if text in line)


@pytest.mark.parametrize("batch_size", [None, 8])
def test_a_backward_that_raises_keeps_the_history_and_raises_function_error(batch_size):
    X, Y = regression(3)
    reference = Trainer(X, Y, lr=0.05, linear=BreakingLinear, mse=MyMSE, batch_size=batch_size)
    reference.run(12)
    trainer = Trainer(X, Y, lr=0.05, linear=BreakingLinear, mse=MyMSE, batch_size=batch_size)
    trainer.run(5)
    thetas = trainer.history.thetas.copy()
    BreakingLinear.broken = True
    try:
        with pytest.raises(
            FunctionError, match=r"BreakingLinear.backward raised ZeroDivisionError"
        ) as raised:
            trainer.run(7)
    finally:
        BreakingLinear.broken = False
    error = raised.value
    assert isinstance(error, ValueError) and isinstance(error.original, ZeroDivisionError)
    assert error.function is BreakingLinear and error.method == "backward"
    assert error.line == line_of("1 // 0", BreakingLinear.backward) and error.filename == __file__
    assert f"line {error.line} of test_custom_functions.py" in str(error)
    assert trainer.iteration == 5 and not trainer.status.diverged
    np.testing.assert_array_equal(trainer.history.thetas, thetas)
    trainer.run(7)  # fixed: the run goes on as if nothing had happened
    np.testing.assert_array_equal(trainer.history.thetas, reference.history.thetas)


class RaisingForward(MyMSE):
    @staticmethod
    def forward(ctx: Context, Y_hat, Y):
        raise KeyError("Y_hat")


class UnreducedMSE(MyMSE):
    @staticmethod
    def forward(ctx: Context, Y_hat, Y):
        ctx.save_for_backward(Y_hat - Y)
        return (Y_hat - Y) ** 2


class TransposedLinear(MyLinear):
    @staticmethod
    def forward(ctx: Context, X, W, b):
        return MyLinear.forward(ctx, X, W, b).T


class UnreducedBias(MyLinear):
    """∂b returned as G itself, (q, p): torch would sum it down silently."""

    @staticmethod
    def backward(ctx: Context, G):
        grad_X, grad_W, _ = MyLinear.backward(ctx, G)
        return grad_X, grad_W, G


class RowDelta(MyMSE):
    @staticmethod
    def backward(ctx: Context, g):
        delta, _ = MyMSE.backward(ctx, g)
        return delta.sum(axis=1), None


class TwoGradients(MyLinear):
    @staticmethod
    def backward(ctx: Context, G):
        return MyLinear.backward(ctx, G)[1:]


class NaNBias(MyLinear):
    @staticmethod
    def backward(ctx: Context, G):
        grad_X, grad_W, grad_b = MyLinear.backward(ctx, G)
        return grad_X, grad_W, grad_b * np.nan


class WritingLinear(MyLinear):
    @staticmethod
    def forward(ctx: Context, X, W, b):
        X *= 2
        return MyLinear.forward(ctx, X, W, b)


@pytest.mark.parametrize(
    ("linear", "mse", "message"),
    [
        (MyLinear, RaisingForward, r"RaisingForward.forward raised KeyError: 'Y_hat' \(line \d+ of"),
        (
            MyLinear,
            UnreducedMSE,
            r"UnreducedMSE.forward returned shape \(40, 2\), but the loss is one number",
        ),
        (
            TransposedLinear,
            MyMSE,
            r"TransposedLinear.forward returned shape \(2, 40\), but XW \+ b is \(40, 2\)",
        ),
        (UnreducedBias, MyMSE, r"UnreducedBias.backward returned ∂C/∂b of shape \(40, 2\), but b is \(2,\)"),
        (MyLinear, RowDelta, r"RowDelta.backward returned ∂C/∂Ŷ of shape \(40,\), but Ŷ is \(40, 2\)"),
        (TwoGradients, MyMSE, r"TwoGradients.backward returned 2 values, but its forward takes 3 inputs"),
        (NaNBias, MyMSE, r"NaNBias.backward returned ∂C/∂b with NaN or infinite values, at a finite loss"),
        (WritingLinear, MyMSE, r"WritingLinear.forward raised ValueError: .*read-only"),
    ],
)
def test_a_wrong_function_is_refused_before_the_step_naming_the_function_and_the_method(linear, mse, message):
    X, Y = regression(4)
    trainer = Trainer(X, Y, lr=0.05, linear=linear, mse=mse)
    with pytest.raises(FunctionError, match=message + r".*; the step was not taken: fix"):
        trainer.step()
    assert trainer.iteration == 0 and len(trainer.history) == 1 and not trainer.theta.any()
    np.testing.assert_array_equal(trainer.X, X)  # the data too, even when a Function writes into its inputs


def test_a_diverging_run_with_my_functions_is_divergence_not_a_function_error():
    X, Y = regression(5)
    trainer = Trainer(X, Y, lr=50.0, linear=MyLinear, mse=MyMSE)
    trainer.run(2000)
    assert trainer.status.diverged and "Diverged" in trainer.status.message


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"linear": MyLinear()}, TypeError, "linear must be a Function class .* got an instance of MyLinear"),
        ({"mse": MyMSE.apply}, TypeError, "mse must be a Function class"),
        ({"linear": np.ndarray}, TypeError, "linear must be a Function class"),
        ({"mse": MyLinear}, ValueError, r"MyLinear.forward takes 3 inputs \(X, W, b\) besides ctx, got 2"),
    ],
)
def test_what_is_not_a_linear_or_an_mse_function_is_refused(arguments, error, message):
    X, Y = regression(6)
    with pytest.raises(error, match=message):
        Trainer(X, Y, **arguments)
    trainer = Trainer(X, Y)
    with pytest.raises(error, match=message):
        for name, value in arguments.items():
            setattr(trainer, name, value)
    assert trainer.linear is Linear and trainer.mse is MSE


def test_the_walk_traces_my_functions_and_shows_what_their_context_saved():
    X, Y = regression(7)
    trainer = Trainer(X, Y, lr=0.05, linear=MyLinear, mse=FlippedMSE)
    trainer.run(3)
    walk = build_walk(trainer, -1, substep=0)
    assert [node.name for node in walk.nodes] == ["X", "W", "b", "Linear", "Y", "MSE"]
    linear, mse = walk.node("Linear"), walk.node("MSE")
    assert linear.function is MyLinear and mse.function is FlippedMSE and walk.trained_by == "graph"
    assert linear.saved[0] is walk.node("X").value and linear.saved[1] is walk.node("W").value
    np.testing.assert_array_equal(mse.saved[0], linear.value - walk.node("Y").value)
    # The gradient the walk shows is the flipped one the trainer steps along, not the true one.
    np.testing.assert_allclose(walk.node("W").grad, -trainer.current.grad_W, rtol=1e-12)
    before = trainer.current.W
    trainer.step()
    np.testing.assert_allclose(trainer.current.W, before - walk.lr * walk.node("W").grad, rtol=1e-12)


def test_the_walk_of_a_broken_function_raises_function_error():
    X, Y = regression(8)
    trainer = Trainer(X, Y, linear=BreakingLinear, mse=MyMSE)
    BreakingLinear.broken = True
    try:
        with pytest.raises(FunctionError, match="BreakingLinear.backward raised"):
            build_walk(trainer, -1, substep=0)
    finally:
        BreakingLinear.broken = False


class SameLinear(Linear):
    """gradviz's own code under another class: the checked path must give its very numbers."""


class SameMSE(MSE):
    pass


@settings(max_examples=25)
@given(q=st.integers(1, 9), n=st.integers(1, 4), p=st.integers(1, 3), seed=st.integers(0, 2**32 - 1))
def test_the_checked_backward_gives_what_backward_gives(q, n, p, seed):
    rng = np.random.default_rng(seed)
    X, Y, theta = rng.normal(size=(q, n)), rng.normal(size=(q, p)), rng.normal(size=(n + 1, p))
    own = graph_gradient(X, Y, theta)
    np.testing.assert_array_equal(graph_gradient(X, Y, theta, linear=SameLinear, mse=SameMSE), own)
    np.testing.assert_allclose(
        graph_gradient(X, Y, theta, linear=MyLinear, mse=MyMSE), own, rtol=1e-10, atol=1e-12
    )
    loss = regression_graph(X, Y, theta[:-1].copy(), theta[-1].copy(), linear=MyLinear, mse=MyMSE)
    grad_W, grad_b = regression_backward(loss)
    nodes = {node.name: node for node in trace(loss)}
    assert nodes["W"].grad is grad_W and nodes["b"].grad is grad_b and nodes["MSE"].grad == 1.0
    assert nodes["X"].grad is None and nodes["Y"].grad is None
