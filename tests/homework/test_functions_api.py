"""What bridge.py needs from functions.py is public API, not private helpers."""

import ast
from pathlib import Path

import numpy as np

import gradviz.homework.bridge as bridge
from gradviz.homework import functions

PUBLIC = ("forward_with_context", "as_inputs", "no_grad", "to_float64", "grads_tuple", "describe_error")


def test_the_helpers_bridge_uses_are_public():
    assert set(PUBLIC) <= set(functions.__all__)
    tree = ast.parse(Path(bridge.__file__).read_text())
    imported = [alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                for alias in node.names]  # fmt: skip
    assert not [name for name in imported if name.startswith("_")]


def test_the_public_helpers_work_on_gradviz_values():
    assert functions.grads_tuple(np.ones(2))[0].dtype == np.float64
    assert functions.grads_tuple((None, [1, 2]))[0] is None
    (x,) = functions.as_inputs("gradviz", [np.arange(3)], "float64", requires_grad=False)
    np.testing.assert_array_equal(functions.to_float64(x, "forward"), [0.0, 1.0, 2.0])
    error = functions.describe_error(ValueError("bad\nsecond line"), "backward", None)
    assert (error.kind, error.message, error.where) == ("exception", "ValueError: bad", "backward")
    with functions.no_grad("gradviz"):
        pass
