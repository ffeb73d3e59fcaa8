"""The `gradviz` command: open the window, or train, list and check headlessly."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

import numpy as np

from . import __version__
from .app.backprop import SUBSTEPS, VIEWS
from .arguments import fraction as _fraction
from .arguments import nonnegative_int as _nonnegative_int
from .arguments import positive as _positive
from .arguments import size as _size
from .datasets import DEFAULT_DATASET, Dataset, DatasetError, from_csv, list_datasets, load
from .engine import OPTIMIZERS, SCHEDULES, make_schedule
from .engine.gradcheck import check_regression_functions
from .engine.mistakes import MISTAKES
from .homework import command as homework_command
from .i18n import LANGUAGES, set_language, system_language
from .settings import CSV, Settings, build_run
from .summary import RunSummary, format_report, summarize, write_history

__all__ = ["main", "UsageError"]

USER_ERROR = 2


class UsageError(Exception):
    """A problem with what the user asked for: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line instead of usage + message
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _add_data_options(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--dataset",
        metavar="NAME",
        help=f"built-in dataset (default {DEFAULT_DATASET}; see `gradviz datasets`)",
    )
    source.add_argument("--csv", metavar="PATH", type=Path, help="a CSV file of your own")
    parser.add_argument(
        "--target",
        metavar="A,B",
        help="with --csv: target column, or several (default: last numeric column)",
    )
    parser.add_argument(
        "--features", metavar="A,B", help="with --csv: feature columns (default: all other numeric columns)"
    )


MISTAKE_HELP = "train with a classic slip of the exercise, beside the correct run"


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    """What the rendered window shows: the data, the run and the view (snapshot, animate)."""
    _add_data_options(parser)
    parser.add_argument(
        "--steps", type=_nonnegative_int, default=0, help="steps before the picture (default 0)"
    )
    parser.add_argument(
        "--view",
        choices=("plots", *VIEWS),
        default="plots",
        help="plots (default), or the backpropagation area on its graph, derivation or gradcheck tab",
    )
    parser.add_argument(
        "--substep",
        choices=[step.key for step in SUBSTEPS],
        default="accumulate",
        help="with --view graph or derivation: the sub-step of the next step shown (default accumulate)",
    )
    parser.add_argument("--lr", type=_positive(float), help="learning rate (default 0.1)")
    parser.add_argument("--mistake", choices=MISTAKES, help=MISTAKE_HELP)
    parser.add_argument("--optimizer", choices=OPTIMIZERS, default="gd")
    parser.add_argument(
        "--size", type=_size, default=(1400, 900), metavar="WxH", help="pixels (default 1400x900)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gradviz",
        description="See gradient descent at work on linear regression. Without a command, open the window.",
    )
    parser.add_argument("--version", action="version", version=f"gradviz {__version__}")
    _add_data_options(parser)
    parser.add_argument(
        "--quit-after-first-frame",
        action="store_true",
        help="open the window, draw once and quit (times start-up)",
    )
    parser.add_argument(
        "--functions",
        type=Path,
        metavar="tp1.py",
        help="check your own Linear and MSE (a .py file or a notebook), then train with them (runs its code)",
    )
    parser.add_argument("--mistake", choices=MISTAKES, help=MISTAKE_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("datasets", help="list the built-in datasets")

    train = commands.add_parser("train", help="fit by gradient descent without a window")
    _add_data_options(train)
    train.add_argument("--optimizer", choices=OPTIMIZERS, default="gd")
    train.add_argument("--lr", type=_positive(float), default=0.1, help="learning rate (default 0.1)")
    train.add_argument("--batch-size", type=_positive(int), help="rows per step (default: full batch)")
    train.add_argument("--steps", type=_positive(int), default=1000, help="number of steps (default 1000)")
    train.add_argument(
        "--schedule",
        choices=SCHEDULES,
        default="constant",
        help="lr schedule over --steps: step halves 4 times, exponential ends at 1%%, cosine ends at 0",
    )
    train.add_argument("--test-fraction", type=_fraction, default=0.2, help="held-out share (default 0.2)")
    train.add_argument("--seed", type=_nonnegative_int, default=0, help="seed for the split and the batches")
    train.add_argument("--no-standardize", action="store_true", help="train on raw features")
    train.add_argument(
        "--no-fast-path", action="store_true", help="compute full-batch steps through the graph"
    )
    train.add_argument("--out", type=Path, metavar="history.csv", help="write every recorded step to a CSV")
    train.add_argument("--json", action="store_true", help="print one JSON object instead of a report")

    snapshot = commands.add_parser("snapshot", help="render the window offscreen to an image")
    snapshot.add_argument(
        "--out", type=Path, required=True, metavar="shot.png", help="the picture: .png, .jpg, .bmp, .tif"
    )
    _add_window_options(snapshot)

    check = commands.add_parser("gradcheck", help="check MSE and Linear against finite differences")
    check.add_argument(
        "--trials",
        type=_positive(int),
        default=5,
        help="random shapes per function, q, n and p all different and at least 2 (default 5)",
    )
    check.add_argument("--seed", type=_nonnegative_int, default=0)
    homework_command.add_parser(commands)
    for command in (parser, *commands.choices.values()):
        command.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help="language of the output and the window (default: the system's, from LANG or LC_ALL)",
        )
    return parser


# -- subcommands -----------------------------------------------------------


def _column_list(option: str, text: str | None) -> list[str] | None:
    """The column names of a comma-separated option; None when it was not given."""
    if text is None:
        return None
    names = [name.strip() for name in text.split(",")]
    if not all(names):
        raise UsageError(f"{option} {text!r} has an empty column name; give names separated by commas")
    return names


def _load_data(args: argparse.Namespace) -> Dataset:
    if args.csv is None and (args.target is not None or args.features is not None):
        raise UsageError("--target and --features go with --csv")
    if args.csv is not None:
        targets = _column_list("--target", args.target)
        return from_csv(args.csv, targets, _column_list("--features", args.features))
    return load(args.dataset or DEFAULT_DATASET)


def _summary_json(summary: RunSummary, dataset: Dataset) -> dict:
    """The summary's JSON with the names of coef's rows (features) and columns (targets)."""
    return {
        **summary.to_json(),
        "features": list(dataset.feature_names),
        "targets": list(dataset.target_names),
    }


def _schedule(name: str, steps: int):
    options = {
        "constant": {},
        "step": {"every": max(1, steps // 4)},
        "exponential": {"gamma": 0.01 ** (1 / steps)},
        "cosine": {"period": steps},
    }
    return make_schedule(name, **options[name])


class _Progress:
    """A one-line bar on a terminal, redrawn at most 10 times a second."""

    def __init__(self, total: int, stream=sys.stderr) -> None:
        self.total, self.stream = total, stream
        self.enabled = stream.isatty()
        self._last = 0.0

    def update(self, done: int, loss: float, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and not force):
            return
        self._last = now
        filled = int(30 * done / self.total)
        bar = "█" * filled + "·" * (30 - filled)
        self.stream.write(f"\r  {bar} {done}/{self.total} steps · loss {loss:.6g} ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def _check_output(path: Path | None) -> None:
    """Refuse an --out that cannot be written before the run, not after it."""
    if path is None:
        return
    if path.is_dir():
        raise UsageError(f"--out {path} is a folder; give a file name, e.g. {path / 'history.csv'}")
    if not path.parent.is_dir():
        raise UsageError(f"--out {path}: no folder {path.parent}; create it or choose another")


def _train(args: argparse.Namespace) -> int:
    _check_output(args.out)
    dataset = _load_data(args)
    for note in dataset.notes:
        print(f"gradviz: {note}", file=sys.stderr)
    settings = Settings(
        optimizer=args.optimizer,
        lr=args.lr,
        batch_size=args.batch_size,
        schedule=args.schedule,
        test_fraction=args.test_fraction,
        seed=args.seed,
        standardize=not args.no_standardize,
        fast_path=not args.no_fast_path,
    )
    prepared, trainer = build_run(settings, dataset, schedule=_schedule(args.schedule, args.steps))
    progress = _Progress(args.steps)
    chunk = max(1, args.steps // 200)
    interrupted = False
    try:
        while trainer.iteration < args.steps and not trainer.status.diverged:
            record = trainer.run(min(chunk, args.steps - trainer.iteration))
            progress.update(trainer.iteration, record.loss_train)
    except KeyboardInterrupt:  # report what was done so far
        interrupted = True
    progress.update(trainer.iteration, trainer.current.loss_train, force=True)
    progress.close()

    summary = summarize(prepared, trainer)
    if args.json:
        print(json.dumps(_summary_json(summary, dataset)))
    else:
        print(
            format_report(
                summary,
                prepared,
                trainer,
                optimizer=args.optimizer,
                schedule=args.schedule,
                standardized=not args.no_standardize,
            )
        )
    if args.out:
        try:
            write_history(args.out, trainer, dataset)
        except OSError as error:
            raise UsageError(f"cannot write {args.out}: {error.strerror or error}") from None
    if interrupted:
        print(f"gradviz: interrupted after {trainer.iteration} of {args.steps} steps", file=sys.stderr)
        return 130
    if summary.diverged:
        print(f"gradviz: {summary.message}", file=sys.stderr)
        return USER_ERROR
    return 0


def _datasets() -> int:
    infos = list_datasets()
    width = max(len(i.name) for i in infos) + 2
    print(f"{'name':{width}}{'kind':11}{'rows':>7}{'features':>10}  target            about")
    for info in infos:
        print(
            f"{info.name:{width}}{info.kind:11}{info.n_samples:>7}{info.n_features:>10}  "
            f"{info.target:18}{info.summary}"
        )
    print("\nGenerators take parameters in the window's Dataset panel; rows are shown at their defaults.")
    return 0


def _gradcheck(args: argparse.Namespace) -> int:
    reports = check_regression_functions(np.random.default_rng(args.seed), args.trials)
    first = reports[0]
    print(f"central differences, eps {first.eps:g}; an entry passes when |analytic − numeric| ≤ tolerance,")
    print(
        f"tolerance = atol + rtol·|numeric|, atol {first.atol:g}, rtol {first.rtol:g}; "
        "'of tolerance': the worst error over its tolerance"
    )
    print(f"{'function':10}{'shapes':26}{'max |error|':>13}{'max rel error':>15}{'of tolerance':>14}  result")
    for report in reports:
        shapes = ", ".join("×".join(map(str, s)) for s in report.shapes)
        result = "pass" if report.passed else "FAIL"
        print(
            f"{report.function:10}{shapes:26}{report.max_abs_error:>13.2e}"
            f"{report.max_rel_error:>15.2e}{report.max_error_share:>13.1e}×  {result}"
        )
        if not report.passed:
            print(f"  {report.failure}")
    ok = all(report.passed for report in reports)
    print("all gradients match finite differences" if ok else "some gradients are wrong")
    return 0 if ok else 1


def _app_settings(args: argparse.Namespace) -> Settings:
    """Settings for the window from the data options, checked before any window opens."""
    if args.csv is None and args.dataset is None and args.target is None and args.features is None:
        return Settings()
    dataset = _load_data(args)  # a clear error now rather than in the window
    if args.csv is None:
        return Settings(dataset=dataset.name)
    return Settings(
        dataset=CSV,
        csv_path=str(args.csv),
        csv_targets=list(dataset.target_names),
        csv_features=list(dataset.feature_names),
    )


def _functions_file(path: Path | None) -> Path | None:
    if path is None:
        return None
    if not path.is_file():
        raise UsageError(f"--functions {path}: no such file; give the path of your tp1.py or notebook")
    if path.suffix.lower() not in (".py", ".ipynb"):
        raise UsageError(f"--functions {path}: not a .py file or an .ipynb notebook")
    from .homework.inprocess import read_for_loading

    source = read_for_loading(path)  # a LoadError (a ValueError) when it cannot be read
    try:
        compile(source.text, source.path, "exec")  # only parsed: its code runs in the window, once checked
    except SyntaxError as error:
        raise UsageError(
            f"{source.where(error.lineno)}: SyntaxError: {error.msg} (fix it, then start again)"
        ) from None
    return path


def _app(args: argparse.Namespace) -> int:
    from .app import run_app

    functions = _functions_file(args.functions)
    return run_app(
        _app_settings(args),
        quit_after_first_frame=args.quit_after_first_frame,
        functions=functions,
        mistake=args.mistake,
    )


def _window_settings(args: argparse.Namespace) -> Settings:
    """The Settings of a rendered window from the options of _add_window_options."""
    settings = replace(_app_settings(args), optimizer=args.optimizer)
    if args.lr is not None:
        settings.lr = args.lr
    return settings


def _snapshot(args: argparse.Namespace) -> int:
    from .app.launch import image_format, render_snapshot

    try:
        image_format(args.out)  # before any data is loaded or drawn
    except ValueError as error:
        raise UsageError(str(error)) from None
    _check_output(args.out)
    settings = _window_settings(args)
    try:
        snapshot = render_snapshot(
            args.out,
            settings,
            steps=args.steps,
            size=args.size,
            view=args.view,
            substep=args.substep,
            mistake=args.mistake,
        )
    except OSError as error:
        raise UsageError(f"cannot write {args.out}: {error}") from None
    taken = snapshot.iteration
    plural = "" if args.steps == 1 else "s"
    steps = f"{taken} step{plural}" if taken == args.steps else f"{taken} of the {args.steps} steps asked"
    print(f"saved {snapshot.path} ({args.size[0]}x{args.size[1]}, after {steps})")
    if snapshot.status.diverged or snapshot.halted:
        print(f"gradviz: {snapshot.halted or snapshot.status.message}", file=sys.stderr)
        return USER_ERROR
    return 0


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse, letting `check` take file names on both sides of its options (a.py --json b.py)."""
    args, extra = parser.parse_known_args(argv)
    if args.command == "check":
        args.files += [name for name in extra if not name.startswith("-")]
        extra = [name for name in extra if name.startswith("-")]
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = _parse(parser, argv)
        set_language(getattr(args, "lang", None) or system_language())
        if args.command == "datasets":
            return _datasets()
        if args.command == "train":
            return _train(args)
        if args.command == "gradcheck":
            return _gradcheck(args)
        if args.command == "snapshot":
            return _snapshot(args)
        if args.command == "check":
            return homework_command.run(args)
        return _app(args)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (UsageError, DatasetError, ValueError, OSError) as error:
        print(f"gradviz: error: {error}", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("\ngradviz: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
