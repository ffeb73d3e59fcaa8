"""Argument types for the command line: each parses one option's text or says what is wrong.

`translate_argparse` also routes argparse's own words ("usage: ", "options", its errors) through
the catalogue, as argparse asks gettext for them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["positive", "nonnegative_int", "size", "fraction", "translate_argparse"]

# What argparse shows a user (Python 3.11 to 3.13), for lupdate; argparse asks for them at run time.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _gettext(message: str) -> str:
    return translate("argparse", message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


def translate_argparse() -> None:
    """Have argparse ask the catalogue instead of gettext (a no-op in English: gradviz ships no .mo).

    argparse looks its gettext functions up at each call, so the parser must be built after
    the language is chosen: its headings ("options") are translated when it is made.
    """
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def positive(kind: type, unit: str = "") -> Callable[[str], int | float]:
    """A parser of positive numbers of `kind` (int or float), finite; `unit` ("seconds" or "")
    names them in errors."""

    def parse(text: str):
        if kind is int:
            not_a = translate("Arguments", "{text} is not a whole number")
            must_be = translate("Arguments", "must be a positive whole number, got {text}")
        else:
            not_a = translate("Arguments", "{text} is not a number")
            must_be = translate("Arguments", "must be a positive number, got {text}")
        if unit == "seconds":
            not_a = translate("Arguments", "{text} is not a number of seconds")
            must_be = translate("Arguments", "must be a positive number of seconds, got {text}")
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(not_a.format(text=repr(text))) from None
        if value != value:  # nan
            raise argparse.ArgumentTypeError(not_a.format(text=repr(text)))
        if value == float("inf"):  # 1e400 is read as inf
            too_large = translate("Arguments", "{text} is too large: the largest number is about 1.8e308")
            raise argparse.ArgumentTypeError(too_large.format(text=text))
        if not value > 0:
            raise argparse.ArgumentTypeError(must_be.format(text=text))
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def nonnegative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        message = translate("Arguments", "{text} is not a whole number")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    if value < 0:
        message = translate("Arguments", "must be 0 or more, got {text}")
        raise argparse.ArgumentTypeError(message.format(text=text))
    return value


def size(text: str) -> tuple[int, int]:
    """WIDTHxHEIGHT in pixels, e.g. 1400x900."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        message = translate("Arguments", "{text} is not WIDTHxHEIGHT, e.g. 1400x900")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        message = translate("Arguments", "{text} is out of range; use 200 to 8000 pixels a side")
        raise argparse.ArgumentTypeError(message.format(text=text))
    return width, height


def fraction(text: str) -> float:
    """A number in [0, 1)."""
    try:
        value = float(text)
    except ValueError:
        message = translate("Arguments", "{text} is not a number")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    if not 0 <= value < 1:
        message = translate("Arguments", "must be in [0, 1), got {text}")
        raise argparse.ArgumentTypeError(message.format(text=text))
    return value


ZOOM_RANGE = (0.8, 2.5)  # the presenter's smallest and largest text, times the normal size


def zoom(text: str) -> float:
    """A text size as a factor, 1.5, or a percentage, 150%, within ZOOM_RANGE."""
    try:
        value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        message = translate("Arguments", "{text} is not a zoom: give a factor such as 1.5, or 150%")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    least, most = ZOOM_RANGE
    if not least <= value <= most:
        message = translate("Arguments", "{text} is out of range: use {least} to {most} (80% to 250%)")
        raise argparse.ArgumentTypeError(message.format(text=text, least=least, most=most))
    return value
