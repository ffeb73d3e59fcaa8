"""Argument types for the command line: each parses one option's text or says what is wrong."""

from __future__ import annotations

import argparse
from collections.abc import Callable

__all__ = ["positive", "nonnegative_int", "size", "fraction"]


def positive(kind: type, unit: str = "") -> Callable[[str], int | float]:
    """A parser of positive numbers of `kind` (int or float), finite; `unit` names them in errors."""
    what = "whole number" if kind is int else "number"
    if unit:
        what = f"{what} of {unit}"

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {what}") from None
        if not value > 0 or value != value or value == float("inf"):
            raise argparse.ArgumentTypeError(f"must be a positive {what}, got {text}")
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def nonnegative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def size(text: str) -> tuple[int, int]:
    """WIDTHxHEIGHT in pixels, e.g. 1400x900."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1400x900") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text} is out of range; use 200 to 8000 pixels a side")
    return width, height


def fraction(text: str) -> float:
    """A number in [0, 1)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"must be in [0, 1), got {text}")
    return value
