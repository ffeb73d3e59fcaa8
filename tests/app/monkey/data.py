"""What the monkey feeds the window: tampered session entries, damaged sessions, CSV files good and bad."""

from __future__ import annotations

import numpy as np

__all__ = ["TAMPERINGS", "GARBAGE_SESSIONS", "INVALID_CSVS", "valid_csv"]

# Entries a user, or a damaged file, might put in a session.
TAMPERINGS: tuple[dict, ...] = (
    {"optimizer": "momentum", "optimizer_params": {"beta": "0.5"}},
    {"optimizer": "adam", "optimizer_params": {"beta1": None}},
    {"optimizer_params": []},
    {"lr": "0.1"},
    {"lr": -1},
    {"lr": float("nan")},
    {"batch_size": 1.5},
    {"batch_size": "10"},
    {"batch_size": 10**12},
    {"seed": -1},
    {"seed": 2.5},
    {"dataset": "nope"},
    {"dataset": "line", "dataset_params": {"n": "x"}},
    {"dataset": "line", "dataset_params": {"n": 1}},
    {"dataset": "line", "dataset_params": {"bogus": 3}},
    {"dataset": "curve", "dataset_params": {"noise": float("inf")}},
    {"dataset": "boston", "dataset_params": {"n": 3}},
    {"dataset": "csv", "csv_path": "/no/such/file.csv"},
    {"dataset": "csv", "csv_path": 5, "csv_features": "abc"},
    {"standardize": "yes"},
    {"fast_path": None},
    {"test_fraction": 0.95},
    {"test_fraction": "0.2"},
    {"speed": 0},
    {"speed": 1e12},
    {"speed": None},
    {"schedule": "bogus"},
    {"optimizer": "sgd"},
    {"unknown_key": 1},
    {"gradviz_session": 2},
)
GARBAGE_SESSIONS = (b"{not json", b"[1, 2]", b"", b"\xff\xfe", b"null", b'{"gradviz_session": 1')

INVALID_CSVS: tuple[bytes, ...] = (
    b"x,y\n1,2\n2,oops\n3,4\n",
    b"\x89PNG\x00\x00\x01",
    b"",
    b"x,y\n",
    b"x\n1\n2\n3\n",
    b"x,y\n1,5\n2,5\n3,5\n",
    b"a,a\n1,2\n3,4\n",
    b"x,y\n1,nan\n2,inf\n3,4\n",
    b"x,y\n1,2,3\n4\n5,6\n",
    b"x,y\n1e308,1\n-1e308,2\n1e308,3\n",
    b"x,y\n1e200,1\n-1e200,2\n3e200,3\n",
    b"x,y\n1,1e200\n2,-1e200\n3,3e200\n",
    b"x;y\n1;2\n3;4\n5;7\n",
    b"\xef\xbb\xbfx,y\n1,2\n2,3\n4,4\n",
    b"x,y\n1,2\n",
    b"caf\xe9,y\n1,2\n2,5\n3,1\n",
)


def valid_csv(rng: np.random.Generator) -> bytes:
    """A few numeric columns at assorted scales, the last one their sum, maybe a text column."""
    rows, columns = int(rng.integers(3, 60)), int(rng.integers(2, 6))
    data = rng.normal(size=(rows, columns)) * 10.0 ** rng.integers(-3, 4, size=columns)
    data[:, -1] += data[:, :-1].sum(axis=1)
    text = rng.random() < 0.3
    lines = [",".join(["name"] * text + [f"c{j}" for j in range(columns)])]
    lines += [",".join([f"r{i}"] * text + [f"{v:.6g}" for v in row]) for i, row in enumerate(data)]
    return ("\n".join(lines) + "\n").encode()
