"""What `gradviz check` found in a file, as text for a terminal and as JSON.

JSON (`gradviz check --json`): one object, never translated:

- `files`: one object per file, in the order given:
  - `path`, `loaded` (false when the file could not be loaded: `error` says why, in one line,
    and `error_kind` is one of syntax, missing_module, torch_missing, hang, exception,
    no_function, not_found, crash, internal: gradviz itself failed, not the file), `error` (""
    when loaded);
  - `passed`: the file defines both a Linear and an MSE, every gradient is right for the file's
    own forward, with the right shape, for a bias shape its forward accepts, and the float32 chain
    runs; `passed_strict`: also the course's definitions (Linear = XW + b, mse = (1/q)‖Ŷ − Y‖², a
    scalar);
  - `missing`: the homework's Functions a loaded file does not define, ["Linear"], ["MSE"] or both
    ([] when it defines both, and when it did not load): the file does not pass, and its chain
    mse(linear(X, W, b), Y) could not be checked;
  - `functions`: one object per Function found:
    - `name` (the class name), `role` ("linear", "mse" or "other"), `base` ("torch" or "gradviz"),
      `line` (of the class statement, in the joined code cells for a notebook) and `where` (the
      same line as a student reads it: "line 12", or "code cell 2, line 4" in a notebook);
    - `gradients_ok` (bool), `matches_course` (bool; null for "other"), `slips` (names from the
      vocabulary in gradviz.homework.slips, e.g. "db_unreduced"), `failure` (why nothing could be
      checked, or "");
    - `conventions`: for "linear", `arguments` (e.g. ["X", "W", "b"]), `w_layout` ("(n, p)" or
      "(p, n)"), `bias_shapes` (the b shapes the forward accepts, "(p,)", "(1, p)"), `forward`
      ("course" or "other"); for "mse", `reduction` (course, mean, sum, none, column_mean,
      row_mean, norm, scaled with `factor`, or unknown); for "other", `inputs` (the shapes used);
    - `largest_errors`: per input name, {`error` (the largest |yours − finite difference| over the
      cases of the verdict: for a Linear, those of the bias shape that passes, else of the first
      one tried; null when no case could compare), `entry`, `case`, `passed`};
    - `checks`: per case, {`case` (e.g. "q=7 n=5 p=3, b (p,)"), `passed`, `failure`, `error`
      ({`kind`, `message`, `line`, `location` ("code cell 2, line 12": `line` as a student reads
      it, "" when unknown), `where` (forward, backward, chain or load)} or null),
      `course_forward`, `inputs`: per input {`name`, `shape`, `grad_shape`, `largest_error`,
      `entry`, `passed`, `failure`, `note` (e.g. why None for the data X or Y is accepted)}};
  - `chain`: null without both a Linear and an MSE, else {`passed`, `dtype`, `bias`, `loss`,
    `failure`, `error`, `slips`, `inputs`}: loss = mse(linear(X, W, b), Y); loss.backward() in
    float32 as a descent script runs it, against finite differences in float64.
- `summary`: {`files`, `passed`, `failed`, `strict`}.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from .checks import CaseCheck, ChainCheck, FunctionReport, InputCheck
from .probe import GENERAL
from .slips import explanation

__all__ = ["FileReport", "format_file", "format_rows", "to_json", "convention_notes"]


_HOMEWORK = (("linear", "Linear"), ("mse", "MSE"))  # the roles the homework defines, and their names


def _line(line: int | None) -> str:
    return f"line {line}" if line else ""


def _no_cells(line: int) -> tuple[int | None, int]:
    return None, line


@dataclass
class FileReport:
    path: str
    loaded: bool
    error: str = ""
    error_kind: str = ""
    functions: list[FunctionReport] = field(default_factory=list)
    chain: ChainCheck | None = None
    seconds: float = 0.0
    describe_line: Callable[[int | None], str] = field(default=_line, repr=False)
    source_lines: Sequence[str] = field(default=(), repr=False)
    cell_line: Callable[[int], tuple[int | None, int]] = field(default=_no_cells, repr=False)

    @property
    def missing(self) -> list[str]:
        """The homework's Functions ("Linear", "MSE") this loaded file does not define."""
        if not self.loaded:
            return []
        roles = {f.role for f in self.functions}
        return [name for role, name in _HOMEWORK if role not in roles]

    @property
    def gradients_ok(self) -> bool:
        chain_ok = self.chain is None or self.chain.passed
        return self.loaded and not self.missing and chain_ok and all(f.gradients_ok for f in self.functions)

    @property
    def matches_course(self) -> bool:
        return self.loaded and all(f.matches_course is not False for f in self.functions)

    def passed(self, strict: bool = False) -> bool:
        return self.gradients_ok and (self.matches_course or not strict)

    def where(self, line: int | None) -> str:
        """'line 12' ('code cell 2, line 4' in a notebook) in the chosen language; '' when unknown.

        `describe_line` says the same in English, for the JSON.
        """
        if not line:
            return ""
        cell, in_cell = self.cell_line(line)
        if cell is None:
            return translate("Report", "line {line}").format(line=in_cell)
        return translate("Report", "code cell {cell}, line {line}").format(cell=cell, line=in_cell)

    def code(self, line: int | None) -> str:
        """'line 30: grad_b = grad_output': where, and the student's own text of that line."""
        where = self.where(line)
        if line and 0 < line <= len(self.source_lines):
            text = self.source_lines[line - 1].strip()
            return translate("Report", "{where}: {code}").format(where=where, code=text) if text else where
        return where


# -- conventions, and what they change ------------------------------------------------------


def convention_notes(function: FunctionReport) -> list[str]:
    q, n, p = GENERAL.q, GENERAL.n, GENERAL.p
    conventions = function.conventions
    if function.role == "linear" and conventions.get("arguments"):
        arguments = conventions["arguments"]
        order = ", ".join(arguments)
        if arguments[:2] == ["X", "W"]:
            notes = [translate("Report", "arguments ({order}), as in the course").format(order=order)]
        else:
            notes = [
                translate(
                    "Report",
                    "arguments ({order}): call it {name}.apply({order}); the course's order is "
                    "(X, W, b), and nothing else changes",
                ).format(order=order, name=function.name)
            ]
        if conventions["w_layout"] == "(n, p)":
            note = translate(
                "Report", "W is (n, p) = ({n}, {p}) and the forward computes X @ W, as in the course"
            )
        else:
            note = translate(
                "Report",
                "W is (p, n) = ({p}, {n}) and the forward computes X @ W.T, as torch.nn.Linear stores its "
                "weight: your ∂W is the transpose of the course's ∂C/∂W (gradviz shows W as (n, p))",
            )
        notes.append(note.format(n=n, p=p))
        biases = conventions["bias_shapes"]
        if biases == ["(p,)", "(1, p)"]:
            notes.append(
                translate(
                    "Report", "b may be (p,) or (1, p); each gradient must have the shape of the b given"
                )
            )
        elif biases == ["(p,)"]:
            notes.append(translate("Report", "b is (p,), as in the course; a (1, p) row is refused"))
        elif biases == ["(1, p)"]:
            notes.append(
                translate(
                    "Report",
                    "b must be a (1, p) row; the course's b is (p,) = ({p},), which your forward refuses",
                ).format(p=p)
            )
        if conventions["forward"] != "course":
            notes.append(
                translate("Report", "your forward does not compute XW + b at q={q} n={n} p={p}").format(
                    q=q, n=n, p=p
                )
            )
        return notes
    if function.role == "mse":
        return [_mse_note(conventions.get("reduction"), conventions.get("factor"))]
    return []


_MSE_NOTES = {  # by reduction; {q}, {p} and {qp} = q·p are the probe's sizes
    "course": QT_TRANSLATE_NOOP(
        "Report", "your MSE divides the sum of the squared errors by q, as the course's mse"
    ),
    "mean": QT_TRANSLATE_NOOP(
        "Report",
        "your MSE averages over all q·p = {qp} entries (torch.nn.MSELoss does too); the course's "
        "mse divides by q = {q} only, so your gradients are p = {p} times smaller and the same "
        "learning rate takes steps {p} times shorter",
    ),
    "sum": QT_TRANSLATE_NOOP(
        "Report",
        "your MSE sums the squared errors without dividing by q = {q} (q is the number of rows in a batch: "
        "{q} here): your gradients are q times the course's, so the same learning rate takes steps {q} "
        "times longer and the critical learning rate is {q} times smaller",
    ),
    "none": QT_TRANSLATE_NOOP(
        "Report",
        "your MSE returns the (q, p) = ({q}, {p}) matrix of squared errors, not a scalar: .backward() "
        "needs a scalar, and loss.sum().backward() descends on q = {q} times the course's mse",
    ),
    "column_mean": QT_TRANSLATE_NOOP(
        "Report",
        "your MSE returns one mean per output column (p = {p} values), not a scalar; their sum is "
        "the course's mse",
    ),
    "row_mean": QT_TRANSLATE_NOOP(
        "Report",
        "your MSE returns one mean per row (q = {q} values), not a scalar; their sum is q/p = {q}/{p} "
        "times the course's mse",
    ),
    "norm": QT_TRANSLATE_NOOP(
        "Report",
        "your MSE returns ‖Ŷ − Y‖, not its square divided by q: its gradient (Ŷ − Y)/‖Ŷ − Y‖ has norm 1 "
        "however small the error, so a fixed learning rate never slows down near the optimum "
        "(the minimiser is the same)",
    ),
}
_UNKNOWN_MSE = QT_TRANSLATE_NOOP(
    "Report",
    "your MSE computes none of the usual reductions (the course's 1/q, mean, sum, none, "
    "per-column or per-row means, norm)",
)


def _mse_note(reduction: str | None, factor: float | None) -> str:
    q, p = GENERAL.q, GENERAL.p
    if reduction == "scaled" and factor is not None:
        return translate(
            "Report",
            "your MSE is {factor} × the sum of the squared errors; the course's is 1/q = 1/{q}: your "
            "gradients are {times} times the course's",
        ).format(factor=f"{factor:.4g}", q=q, times=f"{factor * q:.4g}")
    note = _MSE_NOTES.get(reduction or "", _UNKNOWN_MSE)
    return translate("Report", note).format(q=q, p=p, qp=q * p)


# -- text ---------------------------------------------------------------------------------------


_ERROR = 16  # width of the largest-error column, which also names a problem ("∂Y_hat is (1, 3)")


_GRADIENT_LINES = {  # (gradients_ok, matches_course): the last line of a Function's report
    (True, None): QT_TRANSLATE_NOOP("Report", "gradients: right"),
    (False, None): QT_TRANSLATE_NOOP("Report", "gradients: WRONG"),
    (True, True): QT_TRANSLATE_NOOP("Report", "gradients: right · course's definition: yes"),
    (True, False): QT_TRANSLATE_NOOP("Report", "gradients: right · course's definition: no"),
    (False, True): QT_TRANSLATE_NOOP("Report", "gradients: WRONG · course's definition: yes"),
    (False, False): QT_TRANSLATE_NOOP("Report", "gradients: WRONG · course's definition: no"),
}


def _slip_line(name: str) -> str:
    return translate("Report", "slip {name}: {explanation}").format(name=name, explanation=explanation(name))


def _number(x: float | None) -> str:
    return "—" if x is None or not math.isfinite(x) else f"{x:.1e}"


def _shape(shape: Sequence[int] | None) -> str:
    if shape is None:
        return "—"
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def _verdict(report: FileReport, strict: bool) -> str:
    if not report.loaded:
        return translate("Report", "NOT LOADED")
    if not report.gradients_ok:
        return translate("Report", "FAIL")
    if not report.matches_course:
        if strict:
            return translate("Report", "FAIL (not the course's definitions)")
        return translate("Report", "PASS (not the course's definitions)")
    return translate("Report", "PASS")


def format_file(report: FileReport, strict: bool = False) -> str:
    """The full report of one file, for a terminal."""
    out = [
        translate("Report", "{path}: {verdict}").format(path=report.path, verdict=_verdict(report, strict))
    ]
    if not report.loaded:
        out.append(f"  {report.error}")
        return "\n".join(out)
    for function in report.functions:
        out += ["", *_function_lines(report, function)]
    if report.chain is not None:
        out += ["", *_chain_lines(report, report.chain)]
    out.append("")
    if report.missing:
        out.append(missing_line(report))
    if report.gradients_ok:
        out.append(
            translate(
                "Report",
                "every gradient matches finite differences of your own forward, with its input's shape",
            )
        )
        if not report.matches_course:
            out.append(
                translate(
                    "Report",
                    "but not the course's definitions (see the conventions above); --strict requires them",
                )
            )
    elif not report.missing or not _checked_ok(report):
        out.append(translate("Report", "some gradients are wrong or could not be checked (see above)"))
    return "\n".join(out)


def missing_line(report: FileReport) -> str:
    """One line: which of the homework's Functions the file lacks, what that leaves unchecked, what to do."""
    missing = report.missing
    found = [f.name for f in report.functions]
    torch = any(f.base == "torch" for f in report.functions)
    base = "torch.autograd.Function" if torch else "gradviz.engine.Function"
    if found:
        has = translate("Report", "it defines {names} only").format(names=", ".join(found))
    else:
        has = translate("Report", "it defines no Function")
    if len(missing) == 1:
        line = translate(
            "Report",
            "FAIL: no {name} Function found ({has}): the homework is both Linear and MSE, so the chain "
            "mse(linear(X, W, b), Y) could not be checked; define `class {name}({base}):` in the file",
        )
        return line.format(name=missing[0], has=has, base=base)
    line = translate(
        "Report",
        "FAIL: no Linear and no MSE Function found ({has}): the homework is both Linear and MSE, so the "
        "chain mse(linear(X, W, b), Y) could not be checked; define `class Linear({base}):` and "
        "`class MSE({base}):` in the file",
    )
    return line.format(has=has, base=base)


def _checked_ok(report: FileReport) -> bool:
    """Whether what could be checked is right (the Functions found, and the chain if it ran)."""
    chain_ok = report.chain is None or report.chain.passed
    return chain_ok and all(f.gradients_ok for f in report.functions)


def _function_lines(report: FileReport, function: FunctionReport) -> list[str]:
    kind = "torch.autograd.Function" if function.base == "torch" else "gradviz.engine.Function"
    aliases = ", ".join(f"{alias} = {function.name}.apply" for alias in function.aliases)
    head = f"{function.name} ({function.role}; {kind}; {report.where(function.line)}"
    lines = [head + (f"; {aliases})" if aliases else ")")]
    notes = convention_notes(function)
    if notes:
        lines.append("  " + translate("Report", "conventions:"))
        lines += [f"    - {note}" for note in notes]
    if function.failure:
        lines.append("  " + translate("Report", "not checked: {reason}").format(reason=function.failure))
    if function.cases:
        lines.append(
            "  "
            + translate(
                "Report", "backward against finite differences of your forward (float64, random grad_output):"
            )
        )
        lines += _case_table(report, function)
    for note in dict.fromkeys(check.note for case in function.cases for check in case.inputs if check.note):
        lines.append("  " + translate("Report", "note: {note}").format(note=note))
    lines.append("  " + translate("Report", _GRADIENT_LINES[function.gradients_ok, function.matches_course]))
    lines += [f"  {_slip_line(slip)}" for slip in function.slips]
    return lines


def _case_table(report: FileReport, function: FunctionReport) -> list[str]:
    cases, skipped = _shown_cases(function)
    case_, input_, shape, result, error, at = (translate("Report", title) for title in _TABLE_TITLES)
    width = max([len(case_), *(len(c.label) for c in function.cases)]) + 2
    names = max([len(input_), *(len(check.name) for c in cases for check in c.inputs)]) + 2
    widths = _Widths(names, max(10, len(shape) + 2), max(8, len(result) + 2), max(_ERROR, len(error) + 2))
    lines = [
        f"    {case_:{width}}{input_:{widths.name}}{shape:{widths.shape}}{result:{widths.result}}"
        f"{error:>{widths.error}}  {at}"
    ]
    for case in cases:
        for i, check in enumerate(case.inputs):
            row = _input_row(check, case, widths)
            lines.append(("    " + f"{case.label if i == 0 else '':{width}}" + row).rstrip())
        if case.failure:
            lines.append(f"    {'':{width}}✗ {case.failure}")
            if case.error is not None and case.error.line:
                lines.append(f"    {'':{width}}  {report.code(case.error.line)}")
    lines += skipped
    return lines


def _shown_cases(function: FunctionReport) -> tuple[list[CaseCheck], list[str]]:
    """The cases to show row by row, and one line for each bias shape that did not decide the verdict.

    A Linear passes when its gradients are right for one bias shape its forward accepts; the
    other shape's failures (often only ∂b's shape) are then a remark, not a table of FAILs.
    """
    biases = list(dict.fromkeys(c.bias for c in function.cases))
    passing = [b for b in biases if all(c.passed for c in function.cases if c.bias == b)]
    if not function.gradients_ok or not passing or len(biases) < 2:
        return list(function.cases), []
    shown = [c for c in function.cases if c.bias in passing]
    notes = []
    for bias in biases:
        if bias in passing:
            continue
        failure = next(c.failure for c in function.cases if c.bias == bias and not c.passed)
        note = translate(
            "Report",
            "b {bias} runs too, but {failure} (not needed to pass: every gradient is right with b {passing})",
        )
        notes.append("    " + note.format(bias=bias, failure=failure, passing=passing[0]))
    return shown, notes


def _problem(check: InputCheck, case: CaseCheck) -> str:
    """What the largest-error column says when there is no number: the problem, in a few words."""
    if check.largest_error is not None:
        return _number(check.largest_error)
    if check.grad_shape is None and check.passed:
        return translate("Report", "None (data)")
    if case.error is not None or not case.grads:
        return translate("Report", "not checked")
    if check.grad_shape is None:
        return "None"
    if tuple(check.grad_shape) != tuple(check.shape):
        return translate("Report", "∂{name} is {shape}").format(
            name=check.name, shape=_shape(check.grad_shape)
        )
    return translate("Report", "NaN or inf")


_TABLE_TITLES = (  # the columns of a Function's table of cases
    QT_TRANSLATE_NOOP("Report", "case"),
    QT_TRANSLATE_NOOP("Report", "input"),
    QT_TRANSLATE_NOOP("Report", "shape"),
    QT_TRANSLATE_NOOP("Report", "result"),
    QT_TRANSLATE_NOOP("Report", "largest error"),
    QT_TRANSLATE_NOOP("Report", "at"),
)


@dataclass(frozen=True)
class _Widths:
    name: int
    shape: int
    result: int
    error: int


def _input_row(check: InputCheck, case: CaseCheck, widths: _Widths) -> str:
    result = translate("Report", "pass") if check.passed else translate("Report", "FAIL")
    at = "[" + ", ".join(map(str, check.entry)) + "]" if check.entry is not None else ""
    return (
        f"{check.name:{widths.name}}{_shape(check.shape):{widths.shape}}{result:{widths.result}}"
        f"{_problem(check, case):>{widths.error}}  {at}"
    )


def _linear_arguments(report: FileReport) -> str:
    """The arguments of the file's Linear in its own order, e.g. "W, X, b"."""
    for function in report.functions:
        if function.role == "linear" and "arguments" in function.conventions:
            return ", ".join(function.conventions["arguments"])
    return "X, W, b"


def _chain_lines(report: FileReport, chain: ChainCheck) -> list[str]:
    call = f"mse(linear({_linear_arguments(report)}), Y)"
    bias = chain.bias or translate("Report", "none")
    head = translate("Report", "chain: loss = {call}; loss.backward() in {dtype}, b {bias}")
    lines = [head.format(call=call, dtype=chain.dtype, bias=bias)]
    if chain.passed:
        worst = max((c.largest_error or 0.0 for c in chain.inputs), default=0.0)
        passed = translate("Report", "pass: loss {loss}; .grad within {error} of finite differences")
        lines.append("  " + passed.format(loss=f"{chain.loss:.6g}", error=f"{worst:.1e}"))
    else:
        lines.append("  " + translate("Report", "FAIL: {reason}").format(reason=chain.failure))
        if chain.error is not None and chain.error.line:
            lines.append(f"    {report.code(chain.error.line)}")
    lines += [f"  {_slip_line(slip)}" for slip in chain.slips]
    return lines


def format_rows(reports: Sequence[FileReport], strict: bool = False) -> str:
    """One row per file, then a summary: for a teacher grading a class."""
    file, result = translate("Report", "file"), translate("Report", "result")
    detail = translate("Report", "slips or error")
    width = max([len(file), *(len(r.path) for r in reports)]) + 2
    verdicts = [_verdict(report, strict) for report in reports]
    column = max([36, len(result), *map(len, verdicts)]) + 2
    lines = [f"{file:{width}}{result:{column}}{detail}"]
    seen: dict[str, None] = {}
    for report, verdict in zip(reports, verdicts):
        names = _slip_names(report)
        seen.update(dict.fromkeys(names))
        row = f"{report.path:{width}}{verdict:{column}}{_row_detail(report, names)}"
        lines.append(row.rstrip())
    if seen:
        lines.append("")
        lines += [
            translate("Report", "{name}: {explanation}").format(name=name, explanation=explanation(name))
            for name in sorted(seen)
        ]
    passed = sum(r.passed(strict) for r in reports)
    lines.append("")
    lines.append(
        translate("Report", _PASSED[len(reports) == 1, strict]).format(passed=passed, total=len(reports))
    )
    return "\n".join(lines)


_PASSED = {  # (one file, strict): the last line of format_rows
    (True, False): QT_TRANSLATE_NOOP("Report", "{passed} of {total} file pass"),
    (False, False): QT_TRANSLATE_NOOP("Report", "{passed} of {total} files pass"),
    (True, True): QT_TRANSLATE_NOOP(
        "Report", "{passed} of {total} file pass (--strict: the course's definitions too)"
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "Report", "{passed} of {total} files pass (--strict: the course's definitions too)"
    ),
}


def _slip_names(report: FileReport) -> list[str]:
    return sorted(
        {s for f in report.functions for s in f.slips} | set(report.chain.slips if report.chain else ())
    )


def _row_detail(report: FileReport, slip_names: Sequence[str]) -> str:
    """The last column of a row: the load error, what is missing, the slips or else the first failure."""
    if not report.loaded:
        return report.error
    parts = []
    if len(report.missing) == 1:
        parts.append(translate("Report", "no {name} (chain not checked)").format(name=report.missing[0]))
    elif report.missing:
        parts.append(translate("Report", "no Linear and no MSE (chain not checked)"))
    if slip_names:
        parts.append(", ".join(slip_names))
    elif not _checked_ok(report):
        parts.append(_first_failure(report))
    return "; ".join(part for part in parts if part)


def _first_failure(report: FileReport) -> str:
    """The reason of the first failed check: a Function that could not be checked, a case, the chain."""
    for function in report.functions:
        if function.gradients_ok:
            continue
        if function.failure:
            return f"{function.name}: {function.failure}"
        case = next((c for c in function.cases if not c.passed), None)
        if case is not None:
            reason = case.failure or next((c.failure for c in case.inputs if c.failure), "")
            return f"{function.name}, {case.label}: {reason}" if reason else f"{function.name}, {case.label}"
        return translate("Report", "{name}: gradients wrong").format(name=function.name)
    if report.chain is not None and not report.chain.passed:
        return translate("Report", "chain: {reason}").format(reason=report.chain.failure)
    return ""


# -- JSON -------------------------------------------------------------------------------------------


def _finite(x: float | None) -> float | None:
    return x if x is None or math.isfinite(x) else None


def _input_json(check: InputCheck) -> dict[str, Any]:
    return {
        "name": check.name,
        "shape": list(check.shape),
        "grad_shape": None if check.grad_shape is None else list(check.grad_shape),
        "largest_error": _finite(check.largest_error),
        "entry": None if check.entry is None else list(check.entry),
        "passed": check.passed,
        "failure": check.failure,
        "note": check.note,
    }


def _error_json(error: Any, describe: Callable[[int | None], str]) -> dict[str, Any] | None:
    if error is None:
        return None
    return {
        "kind": error.kind,
        "message": error.message,
        "line": error.line,
        "location": describe(error.line) if error.line else "",
        "where": error.where,
    }


def _counted_cases(function: FunctionReport) -> list[CaseCheck]:
    """The cases of the verdict: for a Linear, those of the first bias shape that passes them all
    (else the first bias shape tried); the other shape's cases stay in `checks`, not counted."""
    biases = list(dict.fromkeys(case.bias for case in function.cases))
    if len(biases) <= 1:
        return list(function.cases)
    passing = [b for b in biases if all(c.passed for c in function.cases if c.bias == b)]
    counted = passing[0] if passing else biases[0]
    return [case for case in function.cases if case.bias == counted]


def _largest_errors(function: FunctionReport) -> dict[str, Any]:
    worst: dict[str, Any] = {}
    for case in _counted_cases(function):
        for check in case.inputs:
            entry = worst.setdefault(check.name, {"error": None, "entry": None, "case": None, "passed": True})
            entry["passed"] = entry["passed"] and check.passed
            error = _finite(check.largest_error)
            if error is not None and (entry["error"] is None or error > entry["error"]):
                entry.update(error=error, entry=list(check.entry or ()), case=case.label)
    return worst


def _function_json(function: FunctionReport, describe: Callable[[int | None], str]) -> dict[str, Any]:
    return {
        "name": function.name,
        "role": function.role,
        "base": function.base,
        "line": function.line,
        "where": describe(function.line) if function.line else "",
        "gradients_ok": function.gradients_ok,
        "matches_course": function.matches_course,
        "conventions": function.conventions,
        "slips": list(function.slips),
        "failure": function.failure,
        "largest_errors": _largest_errors(function),
        "checks": [
            {
                "case": case.label,
                "passed": case.passed,
                "failure": case.failure,
                "error": _error_json(case.error, describe),
                "course_forward": case.course_forward,
                "inputs": [_input_json(check) for check in case.inputs],
            }
            for case in function.cases
        ],
    }


def _chain_json(chain: ChainCheck | None, describe: Callable[[int | None], str]) -> dict[str, Any] | None:
    if chain is None:
        return None
    return {
        "passed": chain.passed,
        "dtype": chain.dtype,
        "bias": chain.bias,
        "loss": _finite(chain.loss),
        "failure": chain.failure,
        "error": _error_json(chain.error, describe),
        "slips": list(chain.slips),
        "inputs": [_input_json(check) for check in chain.inputs],
    }


def to_json(reports: Sequence[FileReport], strict: bool = False) -> dict[str, Any]:
    files = [
        {
            "path": r.path,
            "loaded": r.loaded,
            "error": r.error,
            "error_kind": r.error_kind,
            "passed": r.passed(False),
            "passed_strict": r.passed(True),
            "missing": r.missing,
            "functions": [_function_json(f, r.describe_line) for f in r.functions],
            "chain": _chain_json(r.chain, r.describe_line),
        }
        for r in reports
    ]
    passed = sum(r.passed(strict) for r in reports)
    return {
        "files": files,
        "summary": {
            "files": len(reports),
            "passed": passed,
            "failed": len(reports) - passed,
            "strict": strict,
        },
    }
