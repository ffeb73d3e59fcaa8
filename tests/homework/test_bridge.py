"""The bridge: a student's Linear and MSE, in any convention, as gradviz Functions for training."""

from pathlib import Path

import numpy as np
import pytest
from checks_support import NEEDS_TORCH

from gradviz.engine import MSE, Linear, Variable, trace
from gradviz.homework.bridge import StudentCodeError, load_student_functions

FILES = Path(__file__).parent / "files"
GOOD = (FILES / "good.py").read_text()
GOOD_LINEAR = GOOD[GOOD.index("class Linear") : GOOD.index("class MSE")]
GOOD_MSE = GOOD[GOOD.index("class MSE") : GOOD.index("linear = ")]


def _with_the_other_half(name: str, tmp_path: Path) -> Path:
    """A one-Function test file completed by good.py's other Function."""
    text = (FILES / name).read_text()
    if "class MSE" in text and "class Linear" in text:
        return FILES / name
    other = GOOD_MSE if "class MSE" not in text else GOOD_LINEAR
    path = tmp_path / name
    path.write_text(text + "\n\n" + other)
    return path


def _gradients(linear, mse, X, Y, W, b):
    Wv, bv = Variable(W, requires_grad=True, name="W"), Variable(b, requires_grad=True, name="b")
    loss = mse.apply(linear.apply(Variable(X, name="X"), Wv, bv), Variable(Y, name="Y"))
    loss.backward()
    return loss, Wv.grad, bv.grad


@pytest.fixture
def problem():
    rng = np.random.default_rng(3)
    return rng.normal(size=(9, 4)), rng.normal(size=(9, 2)), rng.normal(size=(4, 2)), rng.normal(size=2)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("gv_good.py", id="gradviz"),
        pytest.param("good.py", marks=NEEDS_TORCH, id="torch (X, W, b)"),
        pytest.param("good_wxb.py", marks=NEEDS_TORCH, id="torch (W, X, b)"),
        pytest.param("good_wbx.py", marks=NEEDS_TORCH, id="torch (W, b, X)"),
        pytest.param("good_pn.py", marks=NEEDS_TORCH, id="torch W (p, n)"),
        pytest.param("bias_row.py", marks=NEEDS_TORCH, id="torch b (1, p)"),
    ],
)
def test_a_right_file_in_any_convention_gives_gradvizs_gradients(name, problem, tmp_path):
    X, Y, W, b = problem
    student = load_student_functions(_with_the_other_half(name, tmp_path))
    loss, grad_W, grad_b = _gradients(student.linear, student.mse, X, Y, W, b)
    right_loss, right_W, right_b = _gradients(Linear, MSE, X, Y, W, b)
    np.testing.assert_allclose(loss.value, right_loss.value, rtol=1e-12)
    np.testing.assert_allclose(grad_W, right_W, rtol=1e-10)
    np.testing.assert_allclose(grad_b, right_b, rtol=1e-10)
    nodes = {node.name: node for node in trace(loss)}
    assert set(nodes) >= {"X", "W", "b", "Y", student.linear.__name__, student.mse.__name__}
    assert nodes[student.linear.__name__].saved  # what the student's Context saved, for the Graph view


@pytest.mark.parametrize("name", ["mse_mean.py", "slip_db_unreduced.py"])
def test_conventions_and_slips_train_as_torch_would(name, problem, tmp_path):
    """A mean over q·p gives p times smaller gradients; a (q, p) ∂b is summed down, as torch does."""
    pytest.importorskip("torch", reason="PyTorch is not installed")
    X, Y, W, b = problem
    student = load_student_functions(_with_the_other_half(name, tmp_path))
    _, grad_W, grad_b = _gradients(student.linear, student.mse, X, Y, W, b)
    _, right_W, right_b = _gradients(Linear, MSE, X, Y, W, b)
    factor = Y.shape[1] if name == "mse_mean.py" else 1
    np.testing.assert_allclose(grad_W * factor, right_W, rtol=1e-10)
    np.testing.assert_allclose(grad_b * factor, right_b, rtol=1e-10)


def test_an_error_in_the_students_backward_names_their_line(tmp_path, problem):
    path = tmp_path / "tp1.py"
    path.write_text(
        "import numpy as np\n"
        "from gradviz.engine import Function\n\n"
        "class Linear(Function):\n"
        "    @staticmethod\n"
        "    def forward(ctx, X, W, b):\n"
        "        ctx.save_for_backward(X, W)\n"
        "        return X @ W + b\n\n"
        "    @staticmethod\n"
        "    def backward(ctx, grad_output):\n"
        "        X, W, q = ctx.saved_tensors\n"
        "        return None, X.T @ grad_output, grad_output.sum(0)\n\n"
        "class MSE(Function):\n"
        "    @staticmethod\n"
        "    def forward(ctx, y_hat, y):\n"
        "        ctx.save_for_backward(y_hat - y)\n"
        "        return float(((y_hat - y) ** 2).sum() / len(y))\n\n"
        "    @staticmethod\n"
        "    def backward(ctx, g):\n"
        "        (r,) = ctx.saved_tensors\n"
        "        return 2 * g * r / len(r), None\n"
    )
    X, Y, W, b = problem
    student = load_student_functions(path)
    expected = r"your Linear\.backward failed \(line 12\): ValueError: not enough"
    with pytest.raises(StudentCodeError, match=expected):
        _gradients(student.linear, student.mse, X, Y, W, b)


def test_a_file_without_mse_says_what_it_found(tmp_path):
    path = tmp_path / "half.py"
    path.write_text(
        "from gradviz.engine import Function\n\n"
        "class Linear(Function):\n"
        "    @staticmethod\n"
        "    def forward(ctx, X, W, b):\n"
        "        return X @ W + b\n"
    )
    expected = r"half\.py has no MSE Function \(found: Linear\): define `class MSE"
    with pytest.raises(ValueError, match=expected):
        load_student_functions(path)
