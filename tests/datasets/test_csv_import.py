import numpy as np
import pytest

from gradviz.datasets import CSVError, from_csv, read_table


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


def test_rows_with_missing_values_are_dropped_and_counted(write):
    data = from_csv(write("x,y\n1,2\nNA,3\n2,\n3,5\n4,?\n5,8\n"))
    assert data.n_samples == 3
    assert data.notes == ("dropped 3 of 6 rows with missing values",)


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
        ("x;y\n1;2,5\n2;3\n3;4\n", {}, r"line 2, column 'y'.*decimal comma"),
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
        ("a,b\nNA,NA\n?,\n", {}, "every cell is empty or marks a missing value"),
        ("x;y\n1,5;2,5\n2,5;3,5\n", {}, "decimal commas"),
        ("x,y,z\n1,2,3\n2,3,5\n", {"features": ["x", "x"]}, "'x' is listed twice"),
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
