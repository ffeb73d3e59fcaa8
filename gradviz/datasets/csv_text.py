r"""Read a CSV file's text safely and split it into rows of cells, whatever its line endings.

"\n", "\r\n" and "\r" each end a line, as in the csv module (str.splitlines also splits on
form feeds and Unicode separators, so it is not used).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import stat
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from ..i18n import translate, whole
from .dataset import DatasetError

__all__ = [
    "CSVError",
    "HEAD_BYTES",
    "LineScan",
    "iter_rows",
    "read_rows",
    "read_text",
    "scan_lines",
    "sniff_delimiter",
]

HEAD_BYTES = 1 << 20  # what a preview reads first
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class CSVError(DatasetError):
    """The CSV file cannot be used as it is; the message says where and why."""


def _check_regular_file(path: Path) -> None:
    """Refuse anything but a regular file before opening it: opening a FIFO blocks forever."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        message = translate("Datasets", "{path}: no such file; check the path")
        raise CSVError(message.format(path=path)) from None
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        raise _cannot_read(path, getattr(error, "strerror", None) or error) from None
    if stat.S_ISDIR(mode):
        message = translate(
            "Datasets", "{path} is a folder, not a CSV file; give the path of a .csv file in it"
        )
        raise CSVError(message.format(path=path))
    if not stat.S_ISREG(mode):
        message = translate(
            "Datasets",
            "{path} is not a regular file (it is a pipe, device or socket); save the data to a file "
            "and open that",
        )
        raise CSVError(message.format(path=path))


def _cannot_read(path: Path, reason: object) -> CSVError:
    return CSVError(translate("Datasets", "cannot read {path}: {reason}").format(path=path, reason=reason))


def _decode(raw: bytes, final: bool) -> tuple[str, str]:
    """The text and its encoding. Unless `final`, a character cut by the end of `raw` is left out."""
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    encodings = ("utf-16", "latin-1") if utf16 else ("utf-8-sig", "latin-1")
    for encoding in encodings[:-1]:
        try:
            return codecs.getincrementaldecoder(encoding)().decode(raw, final=final), encoding
        except UnicodeDecodeError:
            pass
    return raw.decode(encodings[-1]), encodings[-1]


def read_text(path: Path, limit: int | None = None) -> tuple[str, str, bool]:
    """The file's text, its encoding, and whether the text is the whole file.

    With `limit`, read about that many bytes and end the text after the last whole line.
    """
    _check_regular_file(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read() if limit is None else handle.read(limit)
            whole = limit is None or not handle.read(1)
    except OSError as error:
        raise _cannot_read(path, error.strerror or error) from None
    text, encoding = _decode(raw, final=whole)
    head = text[:65536]
    if (encoding != "utf-16" and b"\x00" in raw[:65536]) or len(_CONTROL.findall(head)) > 0.01 * len(head):
        message = translate("Datasets", "{name} is not a text file; save the data as CSV and open that")
        raise CSVError(message.format(name=path.name))
    if whole and not text.strip():
        message = translate(
            "Datasets", "{name} is empty; it needs a header row and at least 2 rows of numbers"
        )
        raise CSVError(message.format(name=path.name))
    if text.lstrip()[:1] in ("{", "[") and path.suffix.lower() != ".csv":
        message = translate("Datasets", "{name} looks like JSON, not CSV; export the table as CSV")
        raise CSVError(message.format(name=path.name))
    if not whole:
        text = text[: max(text.rfind("\n"), text.rfind("\r")) + 1]
    return text, encoding, whole


def _lines(text: str) -> Iterator[str]:
    return (line.rstrip("\r\n") for line in io.StringIO(text, newline=""))


def _field_counts(lines: list[str], delimiter: str | None) -> list[int]:
    if delimiter is None:
        return [len(line.split()) for line in lines]
    try:
        return [len(row) for row in csv.reader(lines, delimiter=delimiter)]
    except csv.Error:  # a cell over the size limit: this delimiter cannot tell
        return []


def sniff_delimiter(text: str) -> str | None:
    """The first delimiter that splits every sampled line into the same count (> 1); None: whitespace."""
    sample = list(islice((line for line in _lines(text) if line.strip()), _SNIFF_LINES))
    best: str | None = ","
    best_share = 0.0
    for delimiter in (*_DELIMITERS, None):
        counts = _field_counts(sample, delimiter)
        if not counts:
            continue
        if min(counts) > 1 and len(set(counts)) == 1:
            return delimiter
        share = max(counts.count(c) for c in set(counts)) / len(counts) if max(counts) > 1 else 0
        if share > best_share:
            best, best_share = delimiter, share
    return best


def _csv_error_message(text: str, delimiter: str, number: int, name: str, error: csv.Error) -> str:
    limit = csv.field_size_limit()
    if "field limit" not in str(error):
        message = translate("Datasets", "{name}, line {number}: {error}; fix that line")
        return message.format(name=name, number=number, error=error)
    line = next(islice(_lines(text), number - 1, None), "")
    if max(map(len, line.split(delimiter))) > limit:
        message = translate(
            "Datasets",
            "{name}, line {number}: a cell is longer than {limit} characters, which gradviz cannot "
            "read; shorten it or remove its column",
        )
        return message.format(name=name, number=number, limit=whole(limit))
    return _unclosed_quote(name, number)


def _unclosed_quote(name: str, number: int) -> str:
    message = translate(
        "Datasets", '{name}, line {number}: a quote (") opened here is never closed; close it or remove it'
    )
    return message.format(name=name, number=number)


def iter_rows(text: str, delimiter: str | None, name: str) -> Iterator[tuple[int, list[str]]]:
    """Each row that holds a value, with its line number (from 1); blank rows are skipped.

    A row is one line: a quoted cell that spans lines is an error, as it is most often a quote
    left open that swallowed the lines after it.
    """
    if delimiter is None:
        for number, line in enumerate(_lines(text), start=1):
            if cells := line.split():
                yield number, cells
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    end = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise CSVError(_csv_error_message(text, delimiter, end + 1, name, error)) from None
        start, end = end + 1, reader.line_num
        if end > start and end == sum(1 for _ in _lines(text)):  # it ran to the end of the file
            raise CSVError(_unclosed_quote(name, start))
        if end > start:
            message = translate(
                "Datasets",
                '{name}, line {start}: a quoted cell runs on to line {end} (a quote (") left open?); '
                "close the quote on line {start}, or remove the line breaks inside it",
            )
            raise CSVError(message.format(name=name, start=start, end=end))
        if any(cell.strip() for cell in row):
            yield start, row


Rows = list[tuple[int, list[str]]]  # (line number, cells)


def read_rows(path: Path, max_rows: int | None = None) -> tuple[Rows, str | None, str, bool]:
    """The rows, delimiter, encoding, and whether the file was read whole.

    With `max_rows`, only the first max_rows + 2 rows (a header, and one to tell there are more),
    from the first megabyte, or more when that holds fewer than three rows: a header of 100,000
    columns can be longer than that.
    """
    limit = HEAD_BYTES
    while True:
        text, encoding, whole = read_text(path, None if max_rows is None else limit)
        delimiter = sniff_delimiter(text)
        wanted = None if max_rows is None else max_rows + 2
        rows = list(islice(iter_rows(text, delimiter, path.name), wanted))
        if whole or len(rows) >= 3:
            return rows, delimiter, encoding, whole
        limit *= 8


class LineScan(NamedTuple):
    lines: int  # up to the last line with content: blank lines at the end are not counted
    long_lines: bool  # whether a line may be longer than asked (False: surely none is)


def _line_ends(data: bytes) -> int:
    ends = data.count(b"\n")
    if data.find(b"\r") >= 0:  # find is much faster than count: most files have no \r
        ends += data.count(b"\r") - data.count(b"\r\n")
    return ends


def scan_lines(path: Path, longest: int, chunk_bytes: int = 1 << 23) -> LineScan:
    r"""Count the lines of a file in an 8-bit encoding (UTF-8, Latin-1) without decoding it.

    A \r\n pair cut by a chunk boundary may count twice: the count is never too low. A line
    longer than `longest` holds a whole block of longest/4 bytes with no line break, which
    is quick to look for.
    """
    block = max(1, longest // 4)
    ends = 0
    long_lines = False
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_bytes):
            if chunk.endswith(b"\r"):  # keep a \r\n pair in one chunk
                chunk += handle.read(1)
            ends += _line_ends(chunk)
            long_lines = long_lines or any(
                chunk.find(b"\n", start, start + block) < 0 and chunk.find(b"\r", start, start + block) < 0
                for start in range(0, len(chunk) - block + 1, block)
            )
        handle.seek(max(0, handle.tell() - 65536))
        end = handle.read()
    trailing = _line_ends(end[len(end.rstrip(b"\r\n")) :])  # blank lines at the end, and the last break
    return LineScan(ends - trailing + 1, long_lines)
