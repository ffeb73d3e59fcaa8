"""The `gradviz` command: open the window, or train, list and check headlessly."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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
from .arguments import translate_argparse
from .arguments import zoom as _zoom
from .datasets import DEFAULT_DATASET, Dataset, DatasetError, describe, from_csv, list_datasets, load
from .engine import HYPERPARAMETERS, OPTIMIZERS, SCHEDULES, make_schedule
from .engine.gradcheck import check_regression_functions
from .engine.mistakes import MISTAKES
from .engine.race import RaceError, parse_race
from .homework import command as homework_command
from .i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language, system_language, translate, whole
from .settings import CSV, Settings, build_run
from .summary import RunSummary, format_report, summarize, write_history

__all__ = ["main", "UsageError"]

USER_ERROR = 2


class UsageError(Exception):
    """A problem with what the user asked for: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line instead of usage + message
        hint = translate("CLI", "{message} (see `{prog} --help`)")
        raise UsageError(hint.format(message=message, prog=self.prog))


def _add_data_options(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--dataset",
        metavar="NAME",
        help=translate("CLI", "built-in dataset (default {dataset}; see `gradviz datasets`)").format(
            dataset=DEFAULT_DATASET
        ),
    )
    source.add_argument("--csv", metavar="PATH", type=Path, help=translate("CLI", "a CSV file of your own"))
    parser.add_argument(
        "--target",
        metavar="A,B",
        help=translate("CLI", "with --csv: target column, or several (default: last numeric column)"),
    )
    parser.add_argument(
        "--features",
        metavar="A,B",
        help=translate("CLI", "with --csv: feature columns (default: all other numeric columns)"),
    )


MISTAKE_HELP = QT_TRANSLATE_NOOP("CLI", "train with a classic slip of the exercise, beside the correct run")
RACE_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "race up to 5 optimizers from the same start on the same batches: racers joined by commas, each "
    "NAME or NAME:lr=X[,KEY=X...]; a new racer starts at each optimizer name, e.g. "
    '"gd:lr=0.1,momentum:lr=0.05,beta=0.9,adam:lr=0.05". The first is the main run (instead of '
    "--optimizer and --lr); lr defaults to 0.1. Optimizers: {optimizers}; their settings: {settings}",
)


RACE_STEPS = 40  # a race's default: a race at step 0 shows no path and no curve
ANIMATION_STEPS = 40


def _add_window_options(parser: argparse.ArgumentParser, steps_help: str) -> None:
    """What the rendered window shows: the data, the run and the view (snapshot, animate)."""
    _add_data_options(parser)
    parser.add_argument("--steps", type=_nonnegative_int, help=steps_help)  # None: see _steps_asked
    parser.add_argument(
        "--view",
        choices=("plots", *VIEWS),
        default="plots",
        help=translate(
            "CLI", "plots (default), or the backpropagation area on its graph, derivation or gradcheck tab"
        ),
    )
    parser.add_argument(
        "--substep",
        choices=[step.key for step in SUBSTEPS],
        default="accumulate",
        help=translate(
            "CLI", "with --view graph or derivation: the sub-step of the next step shown (default accumulate)"
        ),
    )
    parser.add_argument("--lr", type=_positive(float), help=translate("CLI", "learning rate (default 0.1)"))
    parser.add_argument("--mistake", choices=MISTAKES, help=translate("CLI", MISTAKE_HELP))
    parser.add_argument("--optimizer", choices=OPTIMIZERS, default="gd", help=_optimizer_help())
    parser.add_argument("--race", metavar="RACERS", help=_race_help())
    parser.add_argument(
        "--batch-size", type=_positive(int), help=translate("CLI", "rows per step (default: full batch)")
    )
    parser.add_argument(
        "--no-standardize", action="store_true", help=translate("CLI", "train on raw features")
    )
    _add_axes_option(parser)
    parser.add_argument(
        "--size",
        type=_size,
        default=(1400, 900),
        metavar="WxH",
        help=translate("CLI", "pixels (default 1400x900)"),
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        default="light",
        help=translate("CLI", "the window's theme (default light)"),
    )
    parser.add_argument(
        "--zoom",
        type=_zoom,
        default=1.0,
        metavar="1.5",
        help=translate(
            "CLI", "text size, as Ctrl + makes it in the window: 0.8 to 2.5, or 150%% (default 1)"
        ),
    )


AXES_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "the landscape's two parameters as the window names them, x first: e.g. 'w[x1],w[x2]' or "
    "'w[x1],b'; with several targets 'w[x1]->y2' (or →) and 'b->y2' (default: the dataset's own pair)",
)


def _add_axes_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--axes", metavar="A,B", help=translate("CLI", AXES_HELP))


def _optimizer_help() -> str:
    defaults = "; ".join(
        f"{name} " + ", ".join(f"{h.name}={h.default:g}" for h in settings)
        for name, settings in HYPERPARAMETERS.items()
        if settings
    )
    return translate(
        "CLI", "the optimizer (default gd), its settings besides --lr at their defaults: {defaults}"
    ).format(defaults=defaults)


def _race_help() -> str:
    settings = "; ".join(
        f"{name} lr{''.join(f', {h.name}' for h in HYPERPARAMETERS[name])}" for name in OPTIMIZERS
    )
    return translate("CLI", RACE_HELP).format(optimizers=", ".join(OPTIMIZERS), settings=settings)


def _race_settings(settings: Settings, args: argparse.Namespace) -> Settings:
    """The first racer of --race as the main run, the others beside it."""
    if args.race is None:
        return settings
    if args.lr is not None or args.optimizer != "gd":
        raise UsageError(
            translate(
                "CLI",
                "--race names the main run's optimizer and lr (its first racer): "
                "leave out --optimizer and --lr",
            )
        )
    try:
        first, *others = parse_race(args.race)
    except RaceError as error:
        raise UsageError(translate("CLI", "--race: {error}").format(error=error)) from None
    return replace(
        settings,
        optimizer=first.optimizer,
        lr=first.lr,
        optimizer_params=dict(first.params),
        race=[racer.spec for racer in others],
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gradviz",
        description=translate(
            "CLI", "See gradient descent at work on linear regression. Without a command, open the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"gradviz {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    _add_data_options(parser)
    _add_axes_option(parser)
    parser.add_argument(
        "--quit-after-first-frame",
        action="store_true",
        help=translate("CLI", "open the window, draw once and quit (times start-up)"),
    )
    parser.add_argument(
        "--functions",
        type=Path,
        metavar="tp1.py",
        help=translate(
            "CLI",
            "check your own Linear and MSE (a .py file or a notebook), then train with them (runs its code)",
        ),
    )
    parser.add_argument("--mistake", choices=MISTAKES, help=translate("CLI", MISTAKE_HELP))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("datasets", help=translate("CLI", "list the built-in datasets"))

    train = commands.add_parser("train", help=translate("CLI", "fit by gradient descent without a window"))
    _add_data_options(train)
    train.add_argument("--optimizer", choices=OPTIMIZERS, default="gd", help=_optimizer_help())
    train.add_argument(
        "--lr", type=_positive(float), default=0.1, help=translate("CLI", "learning rate (default 0.1)")
    )
    train.add_argument(
        "--batch-size", type=_positive(int), help=translate("CLI", "rows per step (default: full batch)")
    )
    train.add_argument(
        "--steps", type=_positive(int), default=1000, help=translate("CLI", "number of steps (default 1000)")
    )
    train.add_argument(
        "--schedule",
        choices=SCHEDULES,
        default="constant",
        help=translate(
            "CLI", "lr schedule over --steps: step halves 4 times, exponential ends at 1%%, cosine ends at 0"
        ),
    )
    train.add_argument(
        "--test-fraction", type=_fraction, default=0.2, help=translate("CLI", "held-out share (default 0.2)")
    )
    train.add_argument(
        "--seed",
        type=_nonnegative_int,
        default=0,
        help=translate("CLI", "seed for the split and the batches"),
    )
    train.add_argument(
        "--no-standardize", action="store_true", help=translate("CLI", "train on raw features")
    )
    train.add_argument(
        "--no-fast-path",
        action="store_true",
        help=translate("CLI", "compute full-batch steps through the graph"),
    )
    train.add_argument(
        "--out", type=Path, metavar="history.csv", help=translate("CLI", "write every recorded step to a CSV")
    )
    train.add_argument(
        "--json", action="store_true", help=translate("CLI", "print one JSON object instead of a report")
    )

    snapshot = commands.add_parser(
        "snapshot", help=translate("CLI", "render the window offscreen to an image")
    )
    snapshot.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="shot.png",
        help=translate("CLI", "the picture: .png, .jpg (.jpeg), .bmp, .tif (.tiff) or .webp"),
    )
    _add_window_options(
        snapshot,
        translate("CLI", "steps before the picture (default 0, or {race} with --race)").format(
            race=RACE_STEPS
        ),
    )

    animate = commands.add_parser(
        "animate", help=translate("CLI", "render the window offscreen as an animated GIF or an MP4")
    )
    animate.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="run.gif",
        help=translate("CLI", "the animation: .gif or .mp4"),
    )
    animate.add_argument(
        "--fps", type=_positive(float), default=20, help=translate("CLI", "frames per second (default 20)")
    )
    animate.add_argument(
        "--panel",
        choices=("fit", "loss", "landscape", "gradient"),
        help=translate("CLI", "animate this panel alone (default: the whole window)"),
    )
    _add_window_options(
        animate, translate("CLI", "steps animated (default {steps})").format(steps=ANIMATION_STEPS)
    )

    check = commands.add_parser(
        "gradcheck", help=translate("CLI", "check MSE and Linear against finite differences")
    )
    check.add_argument(
        "--trials",
        type=_positive(int),
        default=5,
        help=translate(
            "CLI", "random shapes per function, q, n and p all different and at least 2 (default 5)"
        ),
    )
    check.add_argument("--seed", type=_nonnegative_int, default=0)
    check.add_argument(
        "--mistake",
        choices=MISTAKES,
        help=translate("CLI", "check the Functions of a classic slip instead (they fail)"),
    )
    homework_command.add_parser(commands)
    for command in (parser, *commands.choices.values()):
        command.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help=translate(
                "CLI", "language of the output and the window (default: the system's, from LANG or LC_ALL)"
            ),
        )
    return parser


# -- subcommands -----------------------------------------------------------


def _column_list(option: str, text: str | None) -> list[str] | None:
    """The column names of a comma-separated option; None when it was not given."""
    if text is None:
        return None
    names = [name.strip() for name in text.split(",")]
    if not all(names):
        message = translate("CLI", "{option} {text} has an empty column name; give names separated by commas")
        raise UsageError(message.format(option=option, text=repr(text)))
    return names


def _load_data(args: argparse.Namespace) -> Dataset:
    if args.csv is None and (args.target is not None or args.features is not None):
        raise UsageError(translate("CLI", "--target and --features go with --csv"))
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
        line = translate("CLI", "{done}/{total} steps · loss {loss}").format(
            done=done, total=self.total, loss=f"{loss:.6g}"
        )
        self.stream.write(f"\r  {bar} {line} ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def _check_output(path: Path | None) -> None:
    """Refuse an --out that cannot be written before the run, not after it."""
    if path is None:
        return
    if path.is_dir():
        message = translate("CLI", "--out {path} is a folder; give a file name, e.g. {example}")
        raise UsageError(message.format(path=path, example=path / "history.csv"))
    if not path.parent.is_dir():
        message = translate("CLI", "--out {path}: no folder {folder}; create it or choose another")
        raise UsageError(message.format(path=path, folder=path.parent))


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """An OSError while `path` is written (disk full, no permission) as a one-line UsageError."""
    try:
        yield
    except OSError as error:
        message = translate("CLI", "cannot write {path}: {reason}")
        raise UsageError(message.format(path=path, reason=error.strerror or error)) from None


def _train(args: argparse.Namespace) -> int:
    _check_output(args.out)
    dataset = _load_data(args)
    for note in dataset.notes:
        message = translate("CLI", "gradviz: {message}").format(message=note)
        print(message, file=sys.stderr)
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
        with _writing(args.out):
            write_history(args.out, trainer, dataset, standardized=not args.no_standardize)
    if interrupted:
        message = translate("CLI", "gradviz: interrupted after {done} of {total} steps")
        print(message.format(done=trainer.iteration, total=args.steps), file=sys.stderr)
        return 130
    if summary.diverged:
        message = translate("CLI", "gradviz: {message}").format(message=summary.message)
        print(message, file=sys.stderr)
        return USER_ERROR
    return 0


def _datasets() -> int:
    infos = list_datasets()
    width = max(len(i.name) for i in infos) + 2
    name, kind, rows, features, target, about = (translate("CLI", title) for title in _DATASET_TITLES)
    kinds = {info.kind: translate("CLI", _DATASET_KINDS.get(info.kind, info.kind)) for info in infos}
    widths = (
        max(11, *(len(k) + 2 for k in [kind, *kinds.values()])),
        max(7, len(rows) + 1),
        max(10, len(features) + 2),
        max(18, len(target) + 2),
    )
    print(
        f"{name:{width}}{kind:{widths[0]}}{rows:>{widths[1]}}{features:>{widths[2]}}  "
        f"{target:{widths[3]}}{about}"
    )
    for info in infos:
        print(
            f"{info.name:{width}}{kinds[info.kind]:{widths[0]}}{info.n_samples:>{widths[1]}}"
            f"{info.n_features:>{widths[2]}}  {info.target:{widths[3]}}{info.summary}"
        )
    footer = translate(
        "CLI", "Generators take parameters in the window's Dataset panel; rows are shown at their defaults."
    )
    print("\n" + footer)
    print("\n" + translate("CLI", "What each dataset is (a generator's at its default parameters):"))
    for info in infos:
        text = re.sub(r"[ \t\r\n]+", " ", describe(info.name)).strip()  # keeping no-break spaces
        about = textwrap.fill(text, 100, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False)
        print(f"\n{info.name}\n{about}")
    return 0


_DATASET_TITLES = (
    QT_TRANSLATE_NOOP("CLI", "name"),
    QT_TRANSLATE_NOOP("CLI", "kind"),
    QT_TRANSLATE_NOOP("CLI", "rows"),
    QT_TRANSLATE_NOOP("CLI", "features"),
    QT_TRANSLATE_NOOP("CLI", "target"),
    QT_TRANSLATE_NOOP("CLI", "about"),
)
_DATASET_KINDS = {
    "real": QT_TRANSLATE_NOOP("CLI", "real"),
    "synthetic": QT_TRANSLATE_NOOP("CLI", "synthetic"),
}
_GRADCHECK_TITLES = (
    QT_TRANSLATE_NOOP("CLI", "function"),
    QT_TRANSLATE_NOOP("CLI", "shapes"),
    QT_TRANSLATE_NOOP("CLI", "max |error|"),
    QT_TRANSLATE_NOOP("CLI", "max rel error"),
    QT_TRANSLATE_NOOP("CLI", "of tolerance"),
    QT_TRANSLATE_NOOP("CLI", "result"),
)


def _gradcheck(args: argparse.Namespace) -> int:
    rng = np.random.default_rng(args.seed)
    if args.mistake is None:
        reports = check_regression_functions(rng, args.trials)
    else:
        slip = MISTAKES[args.mistake]
        reports = check_regression_functions(rng, args.trials, linear=slip.linear, mse=slip.mse)
    first = reports[0]
    yardstick = translate(
        "CLI", "central differences, eps {eps}; an entry passes when |analytic − numeric| ≤ tolerance,"
    )
    print(yardstick.format(eps=f"{first.eps:g}"))
    tolerance = translate(
        "CLI",
        "tolerance = atol + rtol·|numeric|, atol {atol}, rtol {rtol}; "
        "'of tolerance': the worst error over its tolerance",
    )
    print(tolerance.format(atol=f"{first.atol:g}", rtol=f"{first.rtol:g}"))
    titles = [translate("CLI", title) for title in _GRADCHECK_TITLES]
    least = (max(10, *(len(report.function) + 2 for report in reports)), 26, 13, 15, 14)
    w = [max(width, len(title) + (1 if i < 2 else 2)) for i, (width, title) in enumerate(zip(least, titles))]
    function, shapes, error, relative, share, result = titles
    print(f"{function:{w[0]}}{shapes:{w[1]}}{error:>{w[2]}}{relative:>{w[3]}}{share:>{w[4]}}  {result}")
    for report in reports:
        shapes = ", ".join("×".join(map(str, s)) for s in report.shapes)
        result = translate("CLI", "pass") if report.passed else translate("CLI", "FAIL")
        print(
            f"{report.function:{w[0]}}{shapes:{w[1]}}{report.max_abs_error:>{w[2]}.2e}"
            f"{report.max_rel_error:>{w[3]}.2e}{report.max_error_share:>{w[4] - 1}.1e}×  {result}"
        )
        if not report.passed:
            print(f"  {report.failure}")
    ok = all(report.passed for report in reports)
    if ok:
        print(translate("CLI", "all gradients match finite differences"))
    else:
        print(translate("CLI", "some gradients are wrong"))
    return 0 if ok else 1


def _app_settings(args: argparse.Namespace) -> Settings:
    """Settings for the window from the data options, checked before any window opens."""
    data_options = (args.csv, args.dataset, args.target, args.features, args.axes)
    if all(option is None for option in data_options):
        return Settings()
    dataset = _load_data(args)  # a clear error now rather than in the window
    if args.csv is None:
        settings = Settings(dataset=dataset.name)
    else:
        settings = Settings(
            dataset=CSV,
            csv_path=str(args.csv),
            csv_targets=list(dataset.target_names),
            csv_features=list(dataset.feature_names),
        )
    settings.landscape_axes = _landscape_axes(args.axes, settings, dataset)
    return settings


def _landscape_axes(text: str | None, settings: Settings, dataset: Dataset) -> list[str]:
    """The two parameter names of --axes, checked against the run's parameters; [] without it."""
    if text is None:
        return []
    from .app.context import RunContext

    run = build_run(settings, dataset)
    labels = [parameter.label for parameter in RunContext.build(*run, settings.standardize).parameters]
    names = [name.strip().replace("->", "→") for name in text.split(",")]
    choices = ", ".join(labels)
    if len(names) != 2 or names[0] == names[1]:
        message = translate(
            "CLI", "--axes {text}: give two different parameters separated by a comma, from: {choices}"
        )
        raise UsageError(message.format(text=repr(text), choices=choices))
    unknown = next((name for name in names if name not in labels), None)
    if unknown is not None:
        message = translate("CLI", "--axes: this run has no parameter {name}; choose two of: {choices}")
        raise UsageError(message.format(name=repr(unknown), choices=choices))
    return names


def _functions_file(path: Path | None) -> Path | None:
    if path is None:
        return None
    if not path.is_file():
        message = translate(
            "CLI", "--functions {path}: no such file; give the path of your tp1.py or notebook"
        )
        raise UsageError(message.format(path=path))
    if path.suffix.lower() not in (".py", ".ipynb"):
        message = translate("CLI", "--functions {path}: not a .py file or an .ipynb notebook")
        raise UsageError(message.format(path=path))
    from .homework.inprocess import read_for_loading

    source = read_for_loading(path)  # a LoadError (a ValueError) when it cannot be read
    try:
        compile(source.text, source.path, "exec")  # only parsed: its code runs in the window, once checked
    except SyntaxError as error:
        message = translate("CLI", "{where}: SyntaxError: {message} (fix it, then start again)")
        raise UsageError(message.format(where=source.where(error.lineno), message=error.msg)) from None
    return path


def _app(args: argparse.Namespace) -> int:
    from .app import run_app

    functions = _functions_file(args.functions)
    return run_app(
        _app_settings(args),
        quit_after_first_frame=args.quit_after_first_frame,
        functions=functions,
        mistake=args.mistake,
        language=getattr(args, "lang", None),  # --lang wins over the language remembered by the window
    )


def _window_settings(args: argparse.Namespace) -> Settings:
    """The Settings of a rendered window from the options of _add_window_options."""
    settings = replace(_app_settings(args), optimizer=args.optimizer)
    if args.lr is not None:
        settings.lr = args.lr
    if args.batch_size is not None:
        settings.batch_size = args.batch_size
    settings.standardize = not args.no_standardize
    return _race_settings(settings, args)


def _steps_asked(args: argparse.Namespace) -> int:
    if args.steps is not None:
        return int(args.steps)
    if args.command == "animate":
        return ANIMATION_STEPS
    return RACE_STEPS if args.race else 0


def _snapshot(args: argparse.Namespace) -> int:
    from .app.launch import image_format, render_snapshot

    args.steps = _steps_asked(args)
    try:
        image_format(args.out)  # before any data is loaded or drawn
    except ValueError as error:
        raise UsageError(str(error)) from None
    _check_output(args.out)
    settings = _window_settings(args)
    with _writing(args.out):
        snapshot = render_snapshot(
            args.out,
            settings,
            steps=args.steps,
            size=args.size,
            view=args.view,
            substep=args.substep,
            mistake=args.mistake,
            theme=args.theme,
            zoom=args.zoom,
        )
    taken = snapshot.iteration
    if taken != args.steps:
        saved = translate("CLI", "saved {path} ({width}x{height}, after {taken} of the {asked} steps asked)")
    elif taken == 1:
        saved = translate("CLI", "saved {path} ({width}x{height}, after {taken} step)")
    else:
        saved = translate("CLI", "saved {path} ({width}x{height}, after {taken} steps)")
    width, height = args.size
    print(saved.format(path=snapshot.path, width=width, height=height, taken=taken, asked=args.steps))
    for note in snapshot.diverged_racers:  # a race may show a diverging setting on purpose: not an error
        print(translate("CLI", "gradviz: note: {note}").format(note=note), file=sys.stderr)
    if snapshot.status.diverged or snapshot.halted:
        message = translate("CLI", "gradviz: {message}").format(
            message=snapshot.halted or snapshot.status.message
        )
        print(message, file=sys.stderr)
        return USER_ERROR
    return 0


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse, letting `check` take file names on both sides of its options (a.py --json b.py)."""
    args, extra = parser.parse_known_args(argv)
    if args.command == "check":
        args.files += [name for name in extra if not name.startswith("-")]
        extra = [name for name in extra if name.startswith("-")]
    if extra:
        parser.error(translate("argparse", "unrecognized arguments: %s") % " ".join(extra))
    return args


def _animate(args: argparse.Namespace) -> int:
    from .app.animation import MAX_FRAMES, animation_format, check_encoder
    from .app.launch import render_animation

    args.steps = _steps_asked(args)
    try:
        animation_format(args.out)  # before any data is loaded or drawn
        check_encoder()
    except ValueError as error:
        raise UsageError(str(error)) from None
    _check_output(args.out)
    with _writing(args.out):
        animation = render_animation(
            args.out,
            _window_settings(args),
            steps=args.steps,
            fps=args.fps,
            part=args.panel or "window",
            size=args.size,
            view=args.view,
            substep=args.substep,
            mistake=args.mistake,
            theme=args.theme,
            zoom=args.zoom,
        )
    width, height = animation.size
    if animation.frames > args.steps:
        saved = translate(
            "CLI",
            "saved {path} ({width}x{height}, {frames} frames at {fps} fps, every step, steps 0 to {last}, "
            "{size} bytes)",
        )
    else:
        saved = translate(
            "CLI",
            "saved {path} ({width}x{height}, {frames} frames at {fps} fps, at most {most} frames, "
            "steps 0 to {last}, {size} bytes)",
        )
    print(
        saved.format(
            path=animation.path,
            width=width,
            height=height,
            frames=animation.frames,
            fps=f"{args.fps:g}",
            most=MAX_FRAMES,
            last=animation.iteration,
            size=whole(animation.path.stat().st_size),
        )
    )
    if animation.status.diverged or animation.halted:
        message = translate("CLI", "gradviz: {message}").format(
            message=animation.halted or animation.status.message
        )
        print(message, file=sys.stderr)
        return USER_ERROR
    return 0


def _requested_language(argv: Sequence[str] | None) -> str:
    """The language of --lang X (or --lang=X) if gradviz has it, else the system's: before parsing,
    so that the help and argparse's own words are in that language."""
    words = list(sys.argv[1:] if argv is None else argv)
    for i, word in enumerate(words):
        if word == "--":
            break
        value = words[i + 1] if word == "--lang" and i + 1 < len(words) else word.partition("=")[2]
        if (word == "--lang" or word.startswith("--lang=")) and value in LANGUAGES:
            return value
    return system_language()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        set_language(_requested_language(argv))
        translate_argparse()
        parser = build_parser()
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
        if args.command == "animate":
            return _animate(args)
        if args.command == "check":
            return homework_command.run(args)
        return _app(args)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (UsageError, DatasetError, ValueError, OSError) as error:
        print(translate("CLI", "gradviz: error: {message}").format(message=error), file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("\n" + translate("CLI", "gradviz: interrupted"), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
