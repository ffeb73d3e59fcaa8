"""Settings: everything the user chose, as plain data, and the run they describe.

The window keeps one Settings and saves it as a session file; `gradviz train` builds one
from its options. `build_run` turns either into a prepared dataset and a Trainer.
"""

from __future__ import annotations

import json
import math
import stat
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, NamedTuple

from .datasets import DEFAULT_DATASET, Dataset, Prepared, from_csv, list_datasets, load, prepare
from .engine import (
    HYPERPARAMETERS,
    MSE,
    OPTIMIZERS,
    SCHEDULES,
    Function,
    Linear,
    Schedule,
    Trainer,
    make_optimizer,
    make_schedule,
)
from .engine.race import MAX_RACERS, RaceError, parse_racer
from .files import write_atomically
from .i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "Settings",
    "SettingsError",
    "Run",
    "build_run",
    "LR_MIN",
    "LR_MAX",
    "MAX_TEST_FRACTION",
    "CSV",
]

LR_MIN, LR_MAX = 1e-6, 10.0  # what the learning-rate control offers
MAX_TEST_FRACTION = 0.9
CSV = "csv"  # the dataset name of a user's own file
SESSION_VERSION = 1
MAX_SESSION_BYTES = 1 << 20  # a session is a few hundred bytes; anything this large is not one
MAX_PATH_LENGTH = 4096


class SettingsError(ValueError):
    """A setting cannot be used; the message names it and says what it may be."""


@dataclass
class Settings:
    dataset: str = DEFAULT_DATASET  # a built-in name, or CSV
    dataset_params: dict[str, float] = field(default_factory=dict)
    csv_path: str = ""
    csv_targets: list[str] = field(default_factory=list)  # empty: the last numeric column
    csv_features: list[str] = field(default_factory=list)  # empty: every other numeric column
    standardize: bool = True
    test_fraction: float = 0.2
    seed: int = 0
    optimizer: str = "gd"
    optimizer_params: dict[str, float] = field(default_factory=dict)
    lr: float = 0.1
    batch_size: int | None = None  # None: full batch
    schedule: str = "constant"
    fast_path: bool = True
    speed: float = 20.0  # steps per second while playing; inf: as fast as possible
    race: list[str] = field(default_factory=list)  # racers beside this run, e.g. "adam:lr=0.05"
    # The landscape's two parameters as the window names them, e.g. ["w[x1]", "b"]; empty: the dataset's own.
    landscape_axes: list[str] = field(default_factory=list)

    def load_dataset(self) -> Dataset:
        if self.dataset == CSV:
            return from_csv(self.csv_path, self.csv_targets or None, self.csv_features or None)
        return load(self.dataset, **self.dataset_params)

    def make_schedule(self) -> Schedule:
        return make_schedule(self.schedule)

    # -- session files ----------------------------------------------------

    def to_json(self) -> str:
        data = asdict(self)
        data["speed"] = None if math.isinf(self.speed) else self.speed
        return json.dumps({"gradviz_session": SESSION_VERSION, **data}, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Settings:
        """Settings from a session's text, checked whole: SettingsError on the first problem."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            message = translate("Settings", "not a gradviz session file ({error} at line {line})")
            raise SettingsError(message.format(error=error.msg, line=error.lineno)) from None
        except RecursionError:
            message = translate("Settings", "not a gradviz session file (its values are nested too deeply)")
            raise SettingsError(message) from None
        if not isinstance(data, dict) or data.pop("gradviz_session", None) != SESSION_VERSION:
            message = translate(
                "Settings", "not a gradviz session file (no 'gradviz_session': {version} entry)"
            )
            raise SettingsError(message.format(version=SESSION_VERSION))
        _read_single_target(data)
        known = [f.name for f in fields(cls)]
        unknown = [key for key in data if key not in known]
        if unknown:
            message = translate(
                "Settings", "the session has an unknown setting {key}; the settings are: {settings}"
            )
            raise SettingsError(message.format(key=_shown(unknown[0]), settings=", ".join(known)))
        if "speed" in data and data["speed"] is None:
            data["speed"] = math.inf
        settings = cls(**data)
        settings.check()
        return settings

    def save(self, path: str | Path) -> None:
        text = self.to_json()
        write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))

    @classmethod
    def open(cls, path: str | Path) -> Settings:
        """A session file's settings; SettingsError naming the file and the problem."""
        path = Path(path)
        try:
            return cls.from_json(_read_session(path))
        except SettingsError as error:
            raise SettingsError(
                translate("Settings", "{file}: {problem}").format(file=path.name, problem=error)
            ) from None

    # -- checks -------------------------------------------------------------

    def check(self) -> None:
        """Raise SettingsError naming the first setting the window could not show or use."""
        _check_data(self)
        for name in ("standardize", "fast_path"):
            if not isinstance(getattr(self, name), bool):
                raise _bad(name, translate("Settings", "true or false"), getattr(self, name))
        _check_number(self, "test_fraction", 0.0, MAX_TEST_FRACTION)
        _check_number(self, "seed", 0, 2**31 - 1, whole=True)
        _check_number(self, "lr", LR_MIN, LR_MAX)
        if self.batch_size is not None:
            _check_number(self, "batch_size", 1, 10**9, whole=True)
        if not (self.speed == math.inf or (_is_number(self.speed) and self.speed > 0)):
            expected = translate("Settings", "positive steps per second (or null: as fast as possible)")
            raise _bad("speed", expected, self.speed)
        _check_choice("schedule", self.schedule, SCHEDULES)
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        _check_params(
            "optimizer_params", self.optimizer_params, {h.name: h for h in HYPERPARAMETERS[self.optimizer]}
        )
        try:
            make_optimizer(self.optimizer, **self.optimizer_params)
        except ValueError as error:
            raise SettingsError(
                translate("Settings", "session optimizer settings: {error}").format(error=error)
            ) from None
        _check_race(self.race)
        _check_axes(self.landscape_axes)


class Run(NamedTuple):
    """What a run needs: the dataset split and scaled, and the Trainer on it."""

    prepared: Prepared
    trainer: Trainer


def build_run(
    settings: Settings,
    dataset: Dataset | None = None,
    *,
    schedule: Schedule | None = None,
    linear: type[Function] = Linear,
    mse: type[Function] = MSE,
) -> Run:
    """Load (unless given), split and scale the data, and make the Trainer `settings` describe.

    `linear` and `mse` are the Functions its graph path uses (a student's, a mistake): they are
    never part of the settings, so that a session file never names code to run.
    """
    dataset = dataset or settings.load_dataset()
    prepared = prepare(
        dataset, test_fraction=settings.test_fraction, seed=settings.seed, standardize=settings.standardize
    )
    trainer = Trainer(
        prepared.train.X,
        prepared.train.Y,
        X_test=prepared.test.X,
        Y_test=prepared.test.Y,
        optimizer=make_optimizer(settings.optimizer, **settings.optimizer_params),
        lr=settings.lr,
        schedule=schedule or settings.make_schedule(),
        batch_size=settings.batch_size,
        seed=settings.seed,
        fast_path=settings.fast_path,
        linear=linear,
        mse=mse,
    )
    return Run(prepared, trainer)


def _read_session(path: Path) -> str:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the window forever
            raise SettingsError(
                translate("Settings", "not a regular file; choose a saved gradviz session (.json)")
            )
        if info.st_size > MAX_SESSION_BYTES:
            raise SettingsError(translate("Settings", "too large to be a gradviz session file"))
        return path.read_bytes().decode("utf-8-sig")  # a byte-order mark is harmless
    except SettingsError:
        raise  # a SettingsError is a ValueError: not "cannot read it" below
    except UnicodeDecodeError:
        raise SettingsError(translate("Settings", "not a gradviz session file (not UTF-8 text)")) from None
    except OSError as error:
        raise SettingsError(_cannot_read(error.strerror or error)) from None
    except ValueError as error:  # a NUL in the path, say
        raise SettingsError(_cannot_read(error)) from None


def _cannot_read(error: object) -> str:
    return translate("Settings", "cannot read it: {error}").format(error=error)


# -- the pieces of `Settings.check` ---------------------------------------------


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _bad(name: str, expected: str, value: Any) -> SettingsError:
    """`expected` is translated already: what the setting may be."""
    message = translate("Settings", "session setting {name} must be {expected}, got {value}")
    return SettingsError(message.format(name=repr(name), expected=expected, value=_shown(value)))


def _number_from(low: float, high: float, *, whole: bool) -> str:
    """'a number from 1e-06 to 10', or 'a whole number ...', translated."""
    if whole:
        text = translate("Settings", "a whole number from {low} to {high}")
    else:
        text = translate("Settings", "a number from {low} to {high}")
    return text.format(low=f"{low:g}", high=f"{high:g}")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_number(settings: Settings, name: str, low: float, high: float, *, whole: bool = False) -> None:
    value = getattr(settings, name)
    ok = _is_number(value) and low <= value <= high and (not whole or isinstance(value, int))
    if not ok:
        raise _bad(name, _number_from(low, high, whole=whole), value)


def _check_choice(name: str, value: Any, choices: tuple[str, ...] | list[str]) -> None:
    if not isinstance(value, str) or value not in choices:
        what = repr(value) if isinstance(value, str) else _shown(value)
        message = translate("Settings", "session names an unknown {name} {value}; use one of {choices}")
        raise SettingsError(message.format(name=name, value=what, choices=", ".join(choices)))


def _check_text(name: str, value: Any) -> None:
    if not isinstance(value, str) or "\x00" in value or len(value) > MAX_PATH_LENGTH:
        expected = translate("Settings", "text (no NUL character, at most {most} characters)")
        raise _bad(name, expected.format(most=MAX_PATH_LENGTH), value)


def _check_params(name: str, params: Any, known: dict[str, Any]) -> None:
    """`params` maps names from `known` (each with .low, .high and maybe .integer) to numbers."""
    if not isinstance(params, dict):
        raise _bad(name, translate("Settings", "an object of named numbers"), params)
    for key, value in params.items():
        if key not in known:
            if known:
                message = translate(
                    "Settings",
                    "session setting {name} has an unknown entry {key}; its settings are: {settings}",
                )
            else:
                message = translate(
                    "Settings", "session setting {name} has an unknown entry {key}; it takes none"
                )
            raise SettingsError(message.format(name=repr(name), key=_shown(key), settings=", ".join(known)))
        spec = known[key]
        whole = getattr(spec, "integer", False)
        fits = _is_number(value) and spec.low <= value <= spec.high
        if not fits or (whole and value != int(value)):
            raise _bad(f"{name}.{key}", _number_from(spec.low, spec.high, whole=whole), value)


def _check_race(race: Any) -> None:
    """The racers beside the run: at most MAX_RACERS − 1 specs that parse_racer reads."""
    if not isinstance(race, list):
        raise _bad("race", translate("Settings", 'a list of racers like "adam:lr=0.05"'), race)
    if len(race) > MAX_RACERS - 1:
        message = translate(
            "Settings",
            "session setting 'race' lists {count} racers besides the run; "
            "a race has at most {most}: remove some",
        )
        raise SettingsError(message.format(count=len(race), most=MAX_RACERS))
    for number, spec in enumerate(race, start=2):
        try:
            parse_racer(spec)
        except RaceError as error:
            message = translate(
                "Settings",
                "session setting 'race', racer {number}: {error}; fix it or remove it from the list",
            )
            raise SettingsError(message.format(number=number, error=error)) from None


def _check_axes(axes: Any) -> None:
    """Two different parameter names, or none; whether the run has them is known only with its data."""
    ok = isinstance(axes, list) and len(axes) in (0, 2) and all(isinstance(a, str) and a for a in axes)
    if not ok or (axes and axes[0] == axes[1]):
        expected = translate("Settings", 'two different parameter names like ["w[x1]", "b"], or []')
        raise _bad("landscape_axes", expected, axes)
    for name in axes:
        _check_text("landscape_axes", name)


def _read_single_target(data: dict[str, Any]) -> None:
    """Sessions saved before several targets name one column as 'csv_target': read it as a list."""
    if "csv_target" not in data:
        return
    if "csv_targets" in data:
        raise SettingsError(
            translate(
                "Settings",
                "the session has both 'csv_target' and 'csv_targets'; keep 'csv_targets', a list of columns",
            )
        )
    target = data.pop("csv_target")
    _check_text("csv_target", target)
    data["csv_targets"] = [target] if target else []


_LISTED_TWICE = {  # what _check_columns says of a column listed twice in each of the lists
    "csv_targets": QT_TRANSLATE_NOOP(
        "Settings", "session setting {name} lists {column} twice; list each target once"
    ),
    "csv_features": QT_TRANSLATE_NOOP(
        "Settings", "session setting {name} lists {column} twice; list each feature once"
    ),
}


def _check_columns(name: str, columns: Any) -> None:
    if not isinstance(columns, list):
        raise _bad(name, translate("Settings", "a list of column names"), columns)
    for column in columns:
        _check_text(name, column)
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            message = translate("Settings", _LISTED_TWICE[name])
            raise SettingsError(message.format(name=repr(name), column=_shown(column)))
        seen.add(column)


def _check_data(settings: Settings) -> None:
    infos = {info.name: info for info in list_datasets()}
    _check_choice("dataset", settings.dataset, [*infos, CSV])
    _check_text("csv_path", settings.csv_path)
    _check_columns("csv_targets", settings.csv_targets)
    _check_columns("csv_features", settings.csv_features)
    features = set(settings.csv_features)
    both = next((c for c in settings.csv_targets if c in features), None)
    if both is not None:
        message = translate(
            "Settings",
            "session names {column} in both 'csv_targets' and 'csv_features'; "
            "a column is a target or a feature: remove it from one of the lists",
        )
        raise SettingsError(message.format(column=_shown(both)))
    if settings.dataset == CSV and not settings.csv_path:
        message = translate(
            "Settings", "the session names dataset 'csv' but no csv_path; give the CSV file's path"
        )
        raise SettingsError(message)
    info = infos.get(settings.dataset)
    _check_params("dataset_params", settings.dataset_params, {p.name: p for p in info.params} if info else {})
