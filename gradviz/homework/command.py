"""`gradviz check FILE... [--json] [--strict] [--jobs N]`: grade homework files from the command line.

gradviz/cli.py wires it in with `add_parser(commands)` and calls `run(args)` for "check".
"""

from __future__ import annotations

import argparse
import json
import sys

from ..arguments import positive
from ..i18n import QT_TRANSLATE_NOOP, translate
from .grade import CALL_TIMEOUT_S, LOAD_TIMEOUT_S, check_files
from .report import format_file, format_rows, to_json

__all__ = ["add_parser", "run", "USER_ERROR"]

USER_ERROR = 2

DESCRIPTION = QT_TRANSLATE_NOOP(
    "CLI",
    """Check the Linear and MSE Functions of a homework file (subclasses of torch.autograd.Function or
gradviz.engine.Function, in a .py file or the code cells of an .ipynb notebook): backward against
finite differences of your own forward (float64, random grad_output, shapes that hide no slip),
the shape of every gradient, the forward against the course's definitions, and the chain
mse(linear(X, W, b), Y).backward() in float32 as a descent script runs it. Any other Function is
checked by finite differences alone.

This RUNS THE CODE of each FILE on your machine, because you asked for it: in a child process,
never as __main__, with a timeout and a memory limit, but with your permissions. Check only files
you would run with `python FILE`.

Exit status 0 when the file defines both Linear and MSE, and, for a bias shape the forward
accepts, every gradient is right for the file's own forward and has its input's shape, and the
chain runs right; 2 otherwise, or when a file does not load. --strict also requires the course's
definitions.""",
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help=translate("CLI", "check a homework file's own Functions (runs its code)"),
        description=translate("CLI", DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help=translate("CLI", ".py files or .ipynb notebooks")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CLI", "print one JSON object (keys in the README)")
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=translate("CLI", "also require the course's definitions (XW + b, mse with 1/q)"),
    )
    parser.add_argument(
        "--jobs",
        type=positive(int),
        metavar="N",
        help=translate("CLI", "files checked at a time (default: the number of cores)"),
    )
    parser.add_argument(
        "--timeout",
        type=positive(float, "seconds"),
        metavar="S",
        help=translate(
            "CLI", "seconds a file may take to load (default {load}) and each call (default {call})"
        ).format(load=f"{LOAD_TIMEOUT_S:g}", call=f"{CALL_TIMEOUT_S:g}"),
    )


def run(args: argparse.Namespace) -> int:
    options = {}
    if args.timeout is not None:
        options = {"load_timeout_s": args.timeout, "call_timeout_s": args.timeout}
    reports = check_files(args.files, jobs=args.jobs, **options)
    strict = bool(args.strict)
    if args.json:
        print(json.dumps(to_json(reports, strict), ensure_ascii=False))
    elif len(reports) == 1 and not reports[0].loaded:
        print(translate("CLI", "gradviz: error: {message}").format(message=reports[0].error), file=sys.stderr)
    elif len(reports) == 1:
        print(format_file(reports[0], strict))
    else:
        print(format_rows(reports, strict))
    return 0 if all(r.passed(strict) for r in reports) else USER_ERROR
