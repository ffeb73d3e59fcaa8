"""How the Derivation page writes numbers, shapes, matrices, equations and paragraphs, in rich text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .. import i18n
from . import theme
from .derivation_text import TEXT

__all__ = [
    "HIGHLIGHT",
    "NOW",
    "PAGE_STYLE",
    "page_style",
    "as_factor",
    "as_result",
    "equations",
    "matrix_text",
    "number",
    "separator",
    "shade",
    "paragraph",
    "shape_text",
    "side_note",
    "table_cell",
    "when_known",
]

NOT_YET = "#8a8a8a"  # greyed, as disabled text: a contrast of 3 on the highlight
HIGHLIGHT = "#fff1c1"
DARK_TWINS = {NOT_YET: "#9e9e9e", HIGHLIGHT: "#3d3518", theme.MODEL: "#ff8a80"}  # read on the dark page
ENTRIES_SHOWN = 3  # of a long vector, before "…"
MATRIX_ROWS_SHOWN = 2  # of a matrix with several columns
NOW = "now"  # the anchor of what the current sub-step computes
MATH_FONT = '"DejaVu Serif", "Cambria Math", "Cambria", "STIX Two Text", "Times New Roman", serif'

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def number(x: float) -> str:
    """4 significant digits with the window's decimal mark, a Unicode minus, and ×10ⁿ rather than e+n."""
    if not np.isfinite(x):
        return "nan" if np.isnan(x) else ("∞" if x > 0 else "−∞")
    text = i18n.number(x, ".4g")
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}×10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    return text.replace("-", "−")


def separator(rows: bool = False) -> str:
    """Between the entries of a list (`rows`: between a matrix's rows): ", " and "; ", or, where
    numbers take a decimal comma, " ; " and " | " so that 1,5 ; 2 stays two numbers."""
    if i18n.number(0.5, ".1f") == "0.5":
        return "; " if rows else ", "
    return " | " if rows else " ; "


def as_factor(x: float) -> str:
    """A number as a factor of a product: negatives in parentheses."""
    return f"({number(x)})" if x < 0 else number(x)


def shape_text(shape: Sequence[int]) -> str:
    return "×".join(map(str, shape)) if len(shape) > 1 else f"({shape[0]},)"


def _shown(length: int, selected: int | None, first: int = ENTRIES_SHOWN) -> list[int | None]:
    """The indices written out of a long axis: the `first` ones and `selected`; None marks a gap (…)."""
    indices = sorted(set(range(min(first, length))) | ({selected} if selected is not None else set()))
    shown: list[int | None] = []
    for previous, i in zip([-1, *indices], indices):
        shown += [None, i] if i > previous + 1 else [i]
    return shown + ([None] if indices[-1] < length - 1 else [])


def matrix_text(values: np.ndarray, selected: tuple[int, int] | int | None = None) -> str:
    """A vector as [a, b, …], a column as [a, b, …]ᵀ, a matrix by rows [a, b; c, d; …]; `selected` in bold."""
    array = np.asarray(values, dtype=float)
    column = array.ndim == 2 and array.shape[1] == 1
    if array.ndim == 1 or column:
        flat = array.ravel()
        at = selected[0] if isinstance(selected, tuple) else selected
        cells = [
            "…" if i is None else f"<b>{number(flat[i])}</b>" if i == at else number(flat[i])
            for i in _shown(len(flat), at)
        ]
        return f"[{separator().join(cells)}]" + ("ᵀ" if column and len(flat) > 1 else "")
    row, col = selected if isinstance(selected, tuple) else (None, None)
    rows = [
        "…" if i is None else matrix_text(array[i], col if i == row else None)[1:-1]
        for i in _shown(len(array), row, first=MATRIX_ROWS_SHOWN)
    ]
    return f"[{separator(rows=True).join(rows)}]"


def shade(color: str) -> str:
    """`color` (one of the constants above, or theme.MODEL) as the theme in use draws it."""
    return DARK_TWINS.get(color, color) if theme.look().palette is theme.DARK else color


def as_result(text: str) -> str:
    return f'<span style="color:{shade(theme.MODEL)}">{text}</span>'


def when_known(known: bool, value: Callable[[], str]) -> str:
    """The value as a result once computed; until then, says it is not."""
    return as_result(value()) if known else f"<span class='off'><i>{TEXT['not_yet']}</i></span>"


def table_cell(html: str, lit: bool, css: str = "m") -> str:
    """A table cell; a lit one is what the current sub-step computes, with an anchor to scroll to."""
    if not lit:
        return f"<td class='{css}'>{html}</td>"
    return f"<td class='{css}' bgcolor='{shade(HIGHLIGHT)}'><a name='{NOW}'></a>{html}</td>"


def equations(*lines: tuple[str, bool] | str) -> str:
    """Displayed equations, one a row; (html, True) lights a row up."""
    rows = [(line, False) if isinstance(line, str) else line for line in lines]
    cells = "".join(f"<tr>{table_cell(html, lit)}</tr>" for html, lit in rows)
    return f"<table class='eq' width='100%' cellspacing='0' cellpadding='2'>{cells}</table>"


def paragraph(text: str, lit: bool = False) -> str:
    if not lit:
        return f"<p>{text}</p>"
    return f"<p style='background-color:{shade(HIGHLIGHT)}'><a name='{NOW}'></a>{text}</p>"


def side_note(text: str) -> str:
    return f"&nbsp;&nbsp;<span class='note'>{text}</span>"


def page_style() -> str:
    """The Derivation's style sheet, in the theme's colours and at its zoom."""
    look = theme.look()
    palette, points = look.palette, look.points
    return f"""
body {{ color: {palette.foreground}; font-size: {points(10)}pt; }}
h3 {{ font-size: {points(12)}pt; margin-top: 0px; margin-bottom: 2px; }}
h4 {{ font-size: {points(10.5)}pt; margin-top: 14px; margin-bottom: 4px; }}
p {{ margin-top: 2px; margin-bottom: 2px; }}
.note {{ color: {palette.muted}; }}
.off {{ color: {shade(NOT_YET)}; }}
table.eq {{ margin-left: 14px; margin-top: 2px; margin-bottom: 2px; }}
td.m {{ font-family: {MATH_FONT}; font-size: {points(10.5)}pt; padding-right: 12px; }}
td.shape {{ font-family: {MATH_FONT}; font-size: {points(9.5)}pt; color: {palette.muted};
           white-space: nowrap; }}
li {{ margin-bottom: 5px; }}
"""


PAGE_STYLE = page_style()  # at the default look
