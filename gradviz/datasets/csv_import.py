"""Turn a user's CSV into a Dataset, with errors that name the file, line and column.

csv_text reads the file and splits it into rows, csv_table finds the header and the numeric
columns; this module reads the chosen columns as numbers (NumPy's reader in C for a clean
file, a checking reader otherwise) and makes the Dataset.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from operator import itemgetter
from pathlib import Path
from typing import Literal

import numpy as np

from ..i18n import translate
from .csv_table import (
    MISSING_MARKERS,
    SAMPLE_ROWS,
    CSVTable,
    name_list,
    parse_number,
    read_table,
    width_error,
)
from .csv_text import CSVError, iter_rows, read_text, scan_lines
from .dataset import Dataset

__all__ = ["CSVError", "CSVTable", "read_table", "from_csv", "MISSING_MARKERS"]


def _read_numbers_fast(head: CSVTable, used: list[int]) -> np.ndarray | None:
    """The used columns of a clean file, read by NumPy in C; None if anything is unusual.

    NumPy checks that every row has the header's width (the other columns are read as empty
    strings); the line count catches what it lets through: blank lines, and quoted cells
    that span lines. A file with missing values, text cells or infinities goes through the
    slower reader, which finds and names the exact line and cell.
    """
    if head.encoding == "utf-16":  # the line count reads bytes
        return None
    skipped = head.line_numbers[0] - 1
    try:
        scan = scan_lines(head.path, longest=csv.field_size_limit())
        if scan.long_lines:
            return None
        width = len(head.columns)
        if len(set(used)) == width:
            table = _loadtxt(head, np.dtype(np.float64), ndmin=2)
            if table.shape[1] != width:  # NumPy takes the width of the first row it reads
                return None
            data = table[:, used]
        else:
            wanted = set(used)
            dtype = np.dtype([(f"c{j}", np.float64 if j in wanted else "U0") for j in range(width)])
            table = _loadtxt(head, dtype, ndmin=1)
            data = np.column_stack([table[f"c{j}"] for j in used])
    except (ValueError, OSError):  # includes UnicodeDecodeError
        return None
    if data.shape[0] != scan.lines - skipped or not np.isfinite(data).all():
        return None
    return data


def _loadtxt(head: CSVTable, dtype: np.dtype, ndmin: Literal[1, 2]) -> np.ndarray:
    return np.loadtxt(
        head.path,
        dtype=dtype,
        delimiter=head.delimiter,
        quotechar=None if head.delimiter is None else '"',
        comments=None,
        skiprows=head.line_numbers[0] - 1,
        ndmin=ndmin,
        encoding=head.encoding,
    )


def _used_cells(head: CSVTable, used: list[int]) -> tuple[list[tuple[str, ...]], list[int]]:
    """The used cells of every row and the row's line. Every row must have the header's width."""
    pick = itemgetter(*used)  # at least two columns: a feature and a target
    if head.complete:
        return [pick(row) for row in head.cells], head.line_numbers
    name, width = head.path.name, len(head.columns)
    text, _, _ = read_text(head.path)
    rows = iter_rows(text, head.delimiter, name)
    if head.has_header:
        next(rows)
    cells: list[tuple[str, ...]] = []
    numbers: list[int] = []
    for number, row in rows:
        if len(row) != width:
            raise width_error(name, number, len(row), width, head.has_header)
        cells.append(pick(row))
        numbers.append(number)
    return cells, numbers


def _read_numbers(head: CSVTable, used: list[int]) -> np.ndarray:
    """The used columns as numbers, NaN for a missing value; the first bad cell is named."""
    cells, numbers = _used_cells(head, used)
    try:
        data = np.array(cells, dtype=np.float64).reshape(len(cells), len(used))
    except ValueError:
        data = np.empty((len(cells), len(used)))
        for i, row in enumerate(cells):
            for k, cell in enumerate(row):
                value = parse_number(cell)
                if value is None:
                    if "," in cell:
                        message = translate(
                            "Datasets",
                            "{name}, line {number}, column {column}: {cell} is not a number (a decimal "
                            "comma? use a dot); fix the cell or leave it empty to drop the row",
                        )
                    else:
                        message = translate(
                            "Datasets",
                            "{name}, line {number}, column {column}: {cell} is not a number; "
                            "fix the cell or leave it empty to drop the row",
                        )
                    column = repr(head.columns[used[k]])
                    raise CSVError(
                        message.format(
                            name=head.path.name, number=numbers[i], column=column, cell=repr(cell.strip())
                        )
                    ) from None
                data[i, k] = value
    infinite = np.argwhere(np.isinf(data))
    if infinite.size:
        i, k = infinite[0]
        message = translate(
            "Datasets",
            "{name}, line {number}, column {column}: {cell} is not a finite number (float64 ends near "
            "1.8e308); write a finite value, or leave the cell empty to drop the row",
        )
        column, cell = repr(head.columns[used[k]]), repr(cells[i][k].strip())
        raise CSVError(message.format(name=head.path.name, number=numbers[i], column=column, cell=cell))
    return data


def _as_names(names: str | Sequence[str] | None) -> list[str] | None:
    """One column name, or several; None stays None (the default columns)."""
    if names is None:
        return None
    return [names] if isinstance(names, str) else list(names)


def _check_listed_once(names: list[str], role: str, head: CSVTable) -> None:
    seen: set[str] = set()
    for column in names:
        head.column_index(column)
        if column in seen:
            if role == "target":
                message = translate("Datasets", "target {column} is listed twice; list each target once")
            else:
                message = translate("Datasets", "feature {column} is listed twice; list each feature once")
            raise CSVError(message.format(column=repr(column)))
        seen.add(column)


def _refuse_empty(head: CSVTable, columns: Sequence[str]) -> None:
    """A CSVError for the first of `columns` whose every value is missing."""
    for column in columns:
        if head.is_empty(column):
            message = translate(
                "Datasets",
                "{name}: column {column} has no values (every cell read is empty or marks a missing "
                "value); fill it in, or choose other columns",
            )
            raise CSVError(message.format(name=head.path.name, column=repr(column)))


def _choose_columns(
    head: CSVTable, target: str | Sequence[str] | None, features: Sequence[str] | None
) -> tuple[list[str], list[str]]:
    name = head.path.name
    targets = _as_names(target)
    if targets is None:
        targets = [head.numeric_columns[-1]]
    if not targets:
        message = translate("Datasets", "{name}: no target column chosen; choose at least one")
        raise CSVError(message.format(name=name))
    _check_listed_once(targets, "target", head)
    chosen = set(targets)
    features = [c for c in head.numeric_columns if c not in chosen] if features is None else list(features)
    _check_listed_once(features, "feature", head)
    for feature in features:
        if feature in chosen:
            message = translate(
                "Datasets",
                "{column} is a target, so it cannot also be a feature; leave it out of the features",
            )
            raise CSVError(message.format(column=repr(feature)))
    if not features:
        _refuse_empty(head, [c for c in head.columns if c not in chosen])  # the likelier cause
        if len(targets) == 1:
            message = translate(
                "Datasets", "{name}: no feature columns besides the target {target}; choose at least one"
            )
            raise CSVError(message.format(name=name, target=repr(targets[0])))
        message = translate(
            "Datasets",
            "{name}: no feature columns besides the targets {targets}; "
            "leave at least one column out of the targets",
        )
        raise CSVError(message.format(name=name, targets=name_list(targets)))
    _refuse_empty(head, [*features, *targets])
    for column in [*features, *targets]:
        if not head.numeric[head.column_index(column)]:
            message = translate(
                "Datasets", "{name}: column {column} holds text, not numbers; numeric columns are: {columns}"
            )
            raise CSVError(
                message.format(name=name, column=repr(column), columns=name_list(head.numeric_columns))
            )
    return targets, features


def from_csv(
    path: str | Path,
    target: str | Sequence[str] | None = None,
    features: list[str] | tuple[str, ...] | None = None,
    *,
    table: CSVTable | None = None,
) -> Dataset:
    """Load a CSV as a Dataset. Rows with a missing value in a used column are dropped.

    `target` is one column name or a list of them (several targets: Y gets a column each);
    it defaults to the last numeric column, `features` to every other numeric column.
    A parsed `table` from `read_table` may be passed to skip re-reading.
    """
    head = table or read_table(path, max_rows=SAMPLE_ROWS)
    name = head.path.name
    targets, features = _choose_columns(head, target, features)
    used = [head.column_index(c) for c in [*features, *targets]]
    n = len(features)
    data = None if head.complete else _read_numbers_fast(head, used)
    if data is None:
        data = _read_numbers(head, used)
    complete = ~np.isnan(data).any(axis=1)
    total, dropped = data.shape[0], int(data.shape[0] - complete.sum())
    data = data[complete]
    if data.shape[0] < 2:
        message = translate(
            "Datasets",
            "{name} has {usable} usable row(s) after dropping {dropped} with missing values; "
            "at least 2 are needed",
        )
        raise CSVError(message.format(name=name, usable=data.shape[0], dropped=dropped))
    constant = (data[:, :n] == data[0, :n]).all(axis=0)  # not np.ptp: max − min overflows
    if constant.any():
        message = translate(
            "Datasets",
            "{name}: feature {feature} has the same value in every row, so it carries no information "
            "and cannot be standardized; leave it out of the features",
        )
        raise CSVError(message.format(name=name, feature=repr(features[int(np.argmax(constant))])))
    dropped_note = translate("Datasets", "dropped {dropped} of {total} rows with missing values")
    notes = (dropped_note.format(dropped=dropped, total=total),) if dropped else ()
    if n == 1:
        description = translate("Datasets", "{name}: {rows} rows, 1 feature → {targets}.")
    else:
        description = translate("Datasets", "{name}: {rows} rows, {n} features → {targets}.")
    return Dataset(
        name=head.path.stem,
        X=data[:, :n],
        Y=data[:, n:],
        feature_names=tuple(features),
        target_names=tuple(targets),
        description=description.format(name=name, rows=data.shape[0], n=n, targets=", ".join(targets)),
        source=str(head.path),
        notes=notes,
    )
