import csv
import os
import socket
import tempfile
from pathlib import Path

import numpy as np
import pytest

from gradviz.datasets import CSVError, from_csv, read_table
from gradviz.datasets.csv_text import HEAD_BYTES


@pytest.fixture
def write(tmp_path):
    def write(text: str | bytes, name: str = "data.csv"):
        path = tmp_path / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return path

    return write


def test_header_comma_and_default_columns(write):
    data = from_csv(write("a,b,y\n1,2,3\n4,5,6\n7,8,10\n"))
    assert data.feature_names == ("a", "b") and data.target_names == ("y",)
    np.testing.assert_array_equal(data.X, [[1, 2], [4, 5], [7, 8]])


@pytest.mark.parametrize("delimiter", [";", "\t", "|", " ", "   "])
def test_delimiter_is_sniffed(write, delimiter):
    text = "\n".join(delimiter.join(row) for row in [["x", "y"], ["1", "2"], ["2", "4.5"], ["3", "7"]])
    data = from_csv(write(text + "\n"))
    np.testing.assert_array_equal(data.Y[:, 0], [2, 4.5, 7])


def test_headerless_file_gets_column_names(write):
    data = from_csv(write("1,2\n2,4\n3,7\n"))
    assert data.feature_names == ("col1",) and data.target_names == ("col2",)


def test_choose_target_and_features_and_skip_text_columns(write):
    path = write('name,x1,x2,y\n"a, b",1,5,2\nc,2,3,4\nd,3,1,7\n')
    data = from_csv(path, target="x1", features=["y"])
    assert data.feature_names == ("y",)
    assert from_csv(path).feature_names == ("x1", "x2")


@pytest.mark.parametrize("missing", ["", "NA"])  # a clean file takes NumPy's reader, a gap the checking one
def test_several_targets_make_a_column_of_y_each_in_the_order_given(write, missing):
    path = write(f"name,x1,y1,x2,y2\na,1,5,2,9\nb,2,3,{missing or 4},8\nc,3,1,5,{missing or 7}\nd,4,0,1,6\n")
    data = from_csv(path, target=["y2", "y1"])
    assert data.target_names == ("y2", "y1") and data.feature_names == ("x1", "x2")
    kept = [0, 3] if missing else [0, 1, 2, 3]
    np.testing.assert_array_equal(data.Y, np.array([[9, 5], [8, 3], [7, 1], [6, 0]])[kept])
    np.testing.assert_array_equal(data.X, np.array([[1, 2], [2, 4], [3, 5], [4, 1]])[kept])
    assert data.description == f"data.csv: {len(kept)} rows, 2 features → y2, y1."
    one = from_csv(path, ["y1"], ["x2"])  # a list of one is one target; row c's gap is in y2, unused here
    assert one.target_names == ("y1",) and one.Y.shape == (3 if missing else 4, 1)


def test_a_constant_target_is_loaded_as_the_cli_trains_it(write):
    data = from_csv(write("x,y,z\n1,2,7\n2,4,7\n3,5,7\n"), target=["y", "z"])
    assert data.Y[:, 1].tolist() == [7, 7, 7]


def test_rows_with_missing_values_are_dropped_and_counted(write):
    data = from_csv(write("x,y\n1,2\nNA,3\n2,\n3,5\n4,?\n5,8\n"))
    assert data.n_samples == 3
    assert data.notes == ("dropped 3 of 6 rows with missing values",)


@pytest.mark.parametrize(
    ("content", "kwargs"),
    [
        ("x,y\n1,NaN\n2,\n", {}),  # the default target is x, with nothing left to fit it
        ("x,y\n1,NaN\n2,\n", {"target": "x"}),
        ("x,y,z\n1,NaN,2\n2,,3\n", {"target": "y"}),
        ("x,y,z\n1,NaN,2\n2,,3\n", {"features": ["y"]}),
    ],
)
def test_a_column_with_no_values_is_named_as_such_whatever_was_chosen(write, content, kwargs):
    with pytest.raises(CSVError, match=r"column 'y' has no values \(every cell read is empty"):
        from_csv(write(content), **kwargs)


def test_a_column_with_no_values_is_no_matter_when_it_is_not_used(write):
    assert from_csv(write("x,y,z\n1,NaN,2\n2,,3\n3,NA,5\n")).feature_names == ("x",)


def test_preview_reads_only_the_first_rows(write):
    table = read_table(write("x,y\n" + "1,2\n" * 1000), max_rows=5)
    assert len(table.cells) == 5 and table.numeric == (True, True)


@pytest.mark.parametrize(
    ("content", "kwargs", "message"),
    [
        (None, {}, "no such file"),
        ("", {}, "is empty"),
        ("   \n\n", {}, "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", {}, "not a text file"),
        ("name,city\nann,rome\nbob,oslo\n", {}, "no numeric columns"),
        ("x,y\n1,2\n2,abc\n3,4\n4,5\n", {}, r"line 3, column 'y': 'abc' is not a number"),
        ('x,y\n1,"2,5"\n2,3\n3,4\n', {}, r"line 2, column 'y'.*decimal comma"),
        ("x,y\n1,2\nNA,3\n", {}, r"1 usable row\(s\) after dropping 1"),
        ("x,c,y\n1,5,2\n2,5,3\n3,5,5\n", {}, "feature 'c' has the same value in every row"),
        ("x,y\n1,2\n2,3\n", {"target": "z"}, "no column named 'z'; its columns are: x, y"),
        ("x,y\n1,2\n2,3\n", {"features": ["q"]}, "no column named 'q'"),
        ("x,y\n1,2\n2,3,4\n3,4\n", {}, "line 3: 3 fields, but the header has 2"),
        ("x,y\n1,inf\n2,3\n3,4\n", {}, "not a finite number"),
        ("x,y\n", {}, "no data rows"),
        ("x,y\n1,2\n2,3\n", {"target": "x", "features": ["x"]}, "cannot also be a feature"),
        ("s,x,y\na,1,2\nb,2,3\n", {"target": "s"}, "column 's' holds text"),
        (",,,\n,,,\n", {}, "no values, only delimiters"),
        (b"\xef\xbb\xbf", {}, "is empty"),
        ("\u00a0", {}, "is empty"),
        (bytes(range(1, 200)) * 50, {}, "not a text file"),
        ('x,y\n1,2\n"3,4\n5,6\n', {}, r"line 3: a quote \(\"\) opened here is never closed"),
        ('x,y\n1,2\n"3,\n4"\n5,6\n', {}, r"line 3: a quoted cell runs on to line 4 \(a quote"),
        ("a,b\nNA,NA\n?,\n", {}, "every cell is empty or marks a missing value"),
        ('x,y\n"1,5","2,5"\n"2,5","3,5"\n', {}, "decimal commas"),
        ("x,y,z\n1,2,3\n2,3,5\n", {"features": ["x", "x"]}, "'x' is listed twice"),
        (
            "x,y,z\n1,2,3\n2,3,5\n",
            {"target": ["y", "y"]},
            "target 'y' is listed twice; list each target once",
        ),
        ("x,y,z\n1,2,3\n2,3,5\n", {"target": []}, "no target column chosen; choose at least one"),
        (
            "x,y,z\n1,2,3\n2,3,5\n",
            {"target": ["y", "q"]},
            "has no column named 'q'; its columns are: x, y, z",
        ),
        (
            "x,y,z\n1,2,3\n2,3,5\n",
            {"target": ["y", "z"], "features": ["x", "z"]},
            "'z' is a target, so it cannot also be a feature; leave it out of the features",
        ),
        (
            "x,y,z\n1,2,3\n2,3,5\n",
            {"target": ["x", "y", "z"]},
            "no feature columns besides the targets x, y, z; leave at least one column out of the targets",
        ),
        ("n,x,y\na,2,3\nb,3,5\n", {"target": ["y", "n"]}, "column 'n' holds text, not numbers"),
    ],
)
def test_bad_files_give_clear_errors(write, tmp_path, content, kwargs, message):
    path = tmp_path / "missing.csv" if content is None else write(content)
    with pytest.raises(CSVError, match=message):
        from_csv(path, **kwargs)


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(CSVError, match="is a folder"):
        from_csv(tmp_path)


def test_latin1_and_bom_files_are_read(write):
    assert from_csv(write(b"\xef\xbb\xbfx,y\n1,2\n2,3\n")).feature_names == ("x",)
    assert from_csv(write("préix,y\n1,2\n2,3\n".encode("latin-1"))).feature_names == ("préix",)


def test_json_is_named_as_such(write):
    with pytest.raises(CSVError, match="looks like JSON"):
        from_csv(write('{"x": [1, 2], "y": [3, 4]}', name="data.json"))


def test_utf16_text_is_read(write):
    data = from_csv(write("x,y\n1,2\n2,4\n3,7\n".encode("utf-16")))
    np.testing.assert_array_equal(data.Y[:, 0], [2, 4, 7])


def test_unreadable_file_is_a_clear_error(write, monkeypatch):
    path = write("x,y\n1,2\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "open", refuse)
    with pytest.raises(CSVError, match="cannot read .*Permission denied"):
        from_csv(path)


def test_large_clean_file_takes_the_fast_reader_with_the_same_result(write, monkeypatch):
    from gradviz.datasets import csv_import

    fast_results = []
    fast = csv_import._read_numbers_fast
    monkeypatch.setattr(
        csv_import, "_read_numbers_fast", lambda *a: fast_results.append(fast(*a)) or fast_results[-1]
    )
    rng = np.random.default_rng(0)
    values = rng.normal(size=(60_000, 3))
    text = "a,b,y\n" + "".join(f"{a!r},{b!r},{y!r}\n" for a, b, y in values.tolist())
    path = write(text)
    assert path.stat().st_size > (1 << 20)
    data = from_csv(path)
    assert len(fast_results) == 1 and fast_results[0] is not None
    np.testing.assert_array_equal(np.column_stack([data.X, data.Y]), values)


def test_large_file_with_a_bad_cell_still_names_its_line(write):
    rows = ["x,y"] + [f"{i},{2 * i}" for i in range(80_000)]
    rows[70_001] = "70000,oops"
    with pytest.raises(CSVError, match="line 70002, column 'y': 'oops'"):
        from_csv(write("\n".join(rows) + "\n"))


def test_large_file_with_missing_values_drops_and_counts(write):
    rows = ["x,y"] + [f"{i},{2 * i + i % 3}" for i in range(80_000)] + ["5,NA"]
    data = from_csv(write("\n".join(rows) + "\n"))
    assert data.n_samples == 80_000 and data.notes == ("dropped 1 of 80001 rows with missing values",)


# -- issue 8: hardening ------------------------------------------------------

LONG = "9" * 200_000  # over csv's default field size limit of 131,072 characters


def clean_rows(count: int, start: int = 0) -> list[str]:
    return [f"{i},{2 * i + i % 3}" for i in range(start, start + count)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (f"x,y\n1,2\n3,{LONG}\n4,5\n", "line 3: a cell is longer than 131,072 characters"),
        (f"x,y{LONG}\n1,2\n3,4\n", "line 1: a cell is longer than 131,072 characters"),
        ('x,y\n1,2\n"3,4\n' + "5,6\n" * 40_000, r"line 3: a quote \(\"\) opened here is never closed"),
    ],
)
def test_a_cell_over_the_csv_field_limit_is_a_clear_error(write, text, message):
    path = write(text)
    for read in (lambda: read_table(path, max_rows=5), lambda: from_csv(path)):
        with pytest.raises(CSVError, match=f"data.csv, {message}"):
            read()
    assert csv.field_size_limit() == 131_072  # process-wide, so never changed


def test_a_long_cell_past_the_preview_is_the_same_error(write):
    rows = ["name,x,y"] + [f"a,{row}" for row in clean_rows(100_000)]
    rows[90_000] = f"{LONG},1,2"  # in a text column: NumPy's fast reader alone would skip it
    with pytest.raises(CSVError, match="line 90001: a cell is longer than 131,072 characters"):
        from_csv(write("\n".join(rows) + "\n"))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "mixed"])
def test_any_line_ending_works_in_a_large_file(write, monkeypatch, newline):
    from gradviz.datasets import csv_import

    fast = []
    read_fast = csv_import._read_numbers_fast
    monkeypatch.setattr(csv_import, "_read_numbers_fast", lambda *a: fast.append(read_fast(*a)) or fast[-1])
    rows = ["x,y", *clean_rows(150_000)]
    endings = ["\n", "\r\n", "\r"] if newline == "mixed" else [newline]
    path = write("".join(row + endings[i % len(endings)] for i, row in enumerate(rows)))
    assert path.stat().st_size > HEAD_BYTES
    table = read_table(path, max_rows=5)
    assert table.columns == ("x", "y") and table.line_numbers == [2, 3, 4, 5, 6]
    data = from_csv(path)
    assert fast[-1] is not None  # NumPy's reader takes \r alone as a line end too
    np.testing.assert_array_equal(data.X[:, 0], np.arange(150_000))


@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_the_slow_reader_numbers_lines_the_same_whatever_the_ending(write, newline):
    rows = ["x,y", *clean_rows(80_000)]
    rows[70_001] = "70000,oops"
    with pytest.raises(CSVError, match="line 70002, column 'y': 'oops'"):
        from_csv(write(newline.join(rows) + newline))


def test_a_preview_cut_between_cr_and_lf_keeps_its_lines(write):
    row = "1,2\r\n"
    pad = next(m for m in range(1, 6) if (HEAD_BYTES - 4 - len(f"x,{'y' * m}\r\n")) % len(row) == 0)
    text = f"x,{'y' * pad}\r\n" + row * (HEAD_BYTES // len(row) + 10)
    assert text.encode()[HEAD_BYTES - 1 : HEAD_BYTES + 1] == b"\r\n"
    table = read_table(write(text), max_rows=10)
    assert table.line_numbers == list(range(2, 12))


def test_a_preview_cut_inside_a_character_keeps_the_encoding(write):
    header = "préix,y\n".encode()
    count = (HEAD_BYTES - 1 - len(header)) // 4
    pad = HEAD_BYTES - 1 - len(header) - 4 * count
    data = header + b"1,2\n" * count + f"{'0' * pad}é,3\n".encode() + b"1,2\n" * 10
    assert data[HEAD_BYTES - 1 : HEAD_BYTES + 1] == "é".encode()
    table = read_table(write(data), max_rows=10)
    assert table.encoding == "utf-8-sig" and table.columns == ("préix", "y")


def test_a_header_of_100000_repeated_names_is_read_with_its_rows(write):
    # 100,000 columns named "x": a header of 200 kB, and rows that take the file past the
    # first megabyte, so the preview has to read on to find its rows.
    width = 100_000
    rows = [",".join(["x"] * width)] + [",".join(f"{r}.{j % 97}" for j in range(width)) for r in range(3)]
    path = write("\n".join(rows) + "\n")
    assert path.stat().st_size > HEAD_BYTES
    table = read_table(path, max_rows=10)
    assert table.columns == ("x", *(f"x.{k}" for k in range(2, width + 1))) and len(table.cells) == 3
    features = [f"x.{k}" for k in range(2, width + 1)]
    data = from_csv(path, target="x", features=features)
    assert data.X.shape == (3, width - 1) and data.feature_names == tuple(features)
    np.testing.assert_array_equal(data.X[:, -1], [0.89, 1.89, 2.89])  # column 99,999: j % 97 = 89
    with pytest.raises(CSVError, match=r"its columns are: x, x\.2, .*, … \(100000 in all\)$"):
        from_csv(path, target="nope")


def test_repeated_header_names_get_suffixes():
    from gradviz.datasets.csv_table import _unique_names

    names = _unique_names(["a", "a", "a.2", "", "col4", " a ", "a"])
    assert names == ("a", "a.2", "a.2.2", "col4", "col4.2", "a.3", "a.4")


@pytest.mark.parametrize("value", ["1e308", "1.7976931348623157e308", "-1e308"])
def test_values_near_the_float64_limit_load_without_a_warning(write, value):
    # pytest turns warnings into errors: np.ptp's max − min used to overflow here.
    data = from_csv(write(f"x,y\n{value},1\n-1e308,2\n3,4\n1e-320,5\n"))
    assert np.isfinite(data.X).all() and data.X[0, 0] == float(value)


def test_a_constant_huge_feature_is_named_without_a_warning(write):
    with pytest.raises(CSVError, match="feature 'x' has the same value in every row"):
        from_csv(write("x,y\n1e308,1\n1e308,2\n1e308,4\n"))


@pytest.mark.parametrize("value", ["1e999", "-1e999", "inf", "1.8e308"])
def test_a_value_beyond_float64_is_a_clear_error(write, value):
    with pytest.raises(CSVError, match=f"data.csv, line 3, column 'y': '{value}' is not a finite number"):
        from_csv(write(f"x,y\n1,2\n2,{value}\n3,4\n"))


def large_file(rows: list[str], header: str = "x,y") -> str:
    return "\n".join([header, *rows]) + "\n"


@pytest.mark.parametrize(
    ("header", "bad", "kwargs", "message"),
    [
        ("x,y", "1,2,3", {}, "line 90002: 3 fields, but the header has 2"),
        ("x,y,z", "1,2", {"features": ["x"], "target": "y"}, "line 90002: 2 fields, but the header has 3"),
        ("x,y,z", "1,2,3,4", {"features": ["x"], "target": "y"}, "line 90002: 4 fields, but the header has"),
        ("name,x,y", "a,1,2,3", {}, "line 90002: 4 fields, but the header has 3"),
        ("name,x,y", "1,2", {}, "line 90002: 2 fields, but the header has 3"),
    ],
)
def test_a_ragged_row_past_the_preview_is_an_error_too(write, header, bad, kwargs, message):
    width = header.count(",") + 1
    rows = [",".join([str(i), str(2 * i + i % 3), str(i % 7)][:width]) for i in range(100_000)]
    if header.startswith("name"):
        rows = [f"n{i},{i},{2 * i + i % 3}" for i in range(100_000)]
    rows[90_000] = bad
    path = write(large_file(rows, header))
    assert path.stat().st_size > HEAD_BYTES
    with pytest.raises(CSVError, match=f"data.csv, {message}"):
        from_csv(path, **kwargs)


def test_a_quoted_cell_over_two_lines_past_the_preview_is_an_error_too(write):
    rows = [f"n{i},{i},{2 * i + i % 3}" for i in range(100_000)]
    rows[90_000] = '"two\nlines",1,2'
    with pytest.raises(CSVError, match="line 90002: a quoted cell runs on to line 90003"):
        from_csv(write(large_file(rows, "name,x,y")))


def test_a_clean_large_file_with_blank_lines_at_the_end_takes_the_fast_reader(write, monkeypatch):
    from gradviz.datasets import csv_import

    fast = []
    read_fast = csv_import._read_numbers_fast
    monkeypatch.setattr(csv_import, "_read_numbers_fast", lambda *a: fast.append(read_fast(*a)) or fast[-1])
    rows = [f"n{i},{i},{2 * i + i % 3}" for i in range(100_000)]
    data = from_csv(write(large_file(rows, "name,x,y") + "\n\r\n"))
    assert fast[-1] is not None and data.n_samples == 100_000


def test_a_large_file_with_a_blank_line_inside_loads_all_its_rows(write):
    rows = [f"n{i},{i},{2 * i + i % 3}" for i in range(100_000)]
    rows[90_000] = ""
    data = from_csv(write(large_file(rows, "name,x,y")))
    assert data.n_samples == 99_999 and 90_000 not in data.X[:, 0]


@pytest.mark.parametrize("kind", ["fifo", "device", "socket"])
def test_a_path_that_is_not_a_regular_file_is_refused_unopened(tmp_path, monkeypatch, request, kind):
    if kind == "fifo":
        path = tmp_path / "pipe.csv"
        os.mkfifo(path)  # opening it for reading would block until a writer comes
    elif kind == "device":
        path = Path("/dev/zero")  # reading it whole would never end
        if not path.exists():
            pytest.skip("no /dev/zero here")
    else:
        folder = tempfile.TemporaryDirectory(prefix="gv")  # a socket path must be short
        request.addfinalizer(folder.cleanup)
        path = Path(folder.name) / "sock.csv"
        server = socket.socket(socket.AF_UNIX)
        request.addfinalizer(server.close)
        server.bind(str(path))

    def refuse(*args, **kwargs):
        raise AssertionError(f"{path} was opened")

    monkeypatch.setattr(Path, "open", refuse)
    for read in (lambda: read_table(path, max_rows=5), lambda: from_csv(path)):
        with pytest.raises(CSVError, match=f"{path.name} is not a regular file"):
            read()


@pytest.mark.parametrize("delimiter", [";", "\t", " "])
def test_decimal_commas_between_semicolons_are_read_as_decimals(write, delimiter):
    """A spreadsheet saved in French: 12,5 between semicolons (or tabs) is 12.5."""
    lines = ["surface;pieces;prix", "12,5;2;100,5", "30,1;3;200,25", "45,7;4;310", "60;5;420,75"]
    path = write("\n".join(line.replace(";", delimiter) for line in lines) + "\n")
    table = read_table(path)
    assert table.decimal_comma and table.numeric == (True, True, True)
    data = from_csv(path)  # the last column is the target, as for any file
    assert data.target_names == ("prix",) and data.feature_names == ("surface", "pieces")
    np.testing.assert_array_equal(data.X[:, 0], [12.5, 30.1, 45.7, 60.0])
    np.testing.assert_array_equal(data.Y.ravel(), [100.5, 200.25, 310.0, 420.75])


def test_a_comma_file_keeps_its_commas_as_delimiters(write):
    table = read_table(write("x,y\n1,2\n3,4\n5,7\n"))
    assert not table.decimal_comma and table.columns == ("x", "y")
