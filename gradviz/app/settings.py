"""Settings: everything the user chose, as plain data (saved and opened as a session)."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from ..datasets import DEFAULT_DATASET, Dataset, DatasetError, from_csv, load
from ..engine import OPTIMIZERS, SCHEDULES, Schedule, make_optimizer, make_schedule

__all__ = ["Settings", "SPEEDS", "SCHEDULE_DEFAULTS", "LR_MIN", "LR_MAX", "MAX_TEST_FRACTION"]

LR_MIN, LR_MAX = 1e-6, 10.0  # what the learning-rate control offers
MAX_TEST_FRACTION = 0.9

# Steps per second offered by the speed control; inf means as fast as possible.
SPEEDS: tuple[float, ...] = (1, 2, 5, 10, 20, 30, 60, 100, 300, 1000, 3000, 10000, math.inf)

SCHEDULE_DEFAULTS: dict[str, dict[str, float]] = {
    "constant": {},
    "step": {"every": 100, "gamma": 0.5},
    "exponential": {"gamma": 0.995},
    "cosine": {"period": 500},
}


@dataclass
class Settings:
    dataset: str = DEFAULT_DATASET  # a built-in name, or "csv"
    dataset_params: dict[str, float] = field(default_factory=dict)
    csv_path: str = ""
    csv_target: str = ""
    csv_features: list[str] = field(default_factory=list)
    standardize: bool = True
    test_fraction: float = 0.2
    seed: int = 0
    optimizer: str = "gd"
    optimizer_params: dict[str, float] = field(default_factory=dict)
    lr: float = 0.1
    batch_size: int | None = None  # None: full batch
    schedule: str = "constant"
    fast_path: bool = True
    speed: float = 20.0

    def load_dataset(self) -> Dataset:
        if self.dataset == "csv":
            return from_csv(self.csv_path, self.csv_target or None, self.csv_features or None)
        return load(self.dataset, **self.dataset_params)

    def make_schedule(self) -> Schedule:
        return make_schedule(self.schedule, **SCHEDULE_DEFAULTS[self.schedule])

    def to_json(self) -> str:
        data = asdict(self)
        data["speed"] = None if math.isinf(self.speed) else self.speed
        return json.dumps({"gradviz_session": 1, **data}, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Settings:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise DatasetError(f"not a gradviz session file ({error.msg} at line {error.lineno})") from None
        if not isinstance(data, dict) or data.pop("gradviz_session", None) != 1:
            raise DatasetError("not a gradviz session file (no 'gradviz_session': 1 entry)")
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in data.items() if k in known})
        if settings.speed is None:
            settings.speed = math.inf
        settings.check()
        return settings

    def check(self) -> None:
        """Raise DatasetError naming the first setting the window could not show or use."""

        def number(name: str, low: float, high: float, *, whole: bool = False) -> None:
            value = getattr(self, name)
            kind = int if whole else (int, float)
            if isinstance(value, bool) or not isinstance(value, kind) or not low <= value <= high:
                what = "a whole number" if whole else "a number"
                raise DatasetError(
                    f"session setting {name!r} must be {what} from {low:g} to {high:g}, got {value!r}"
                )

        for name in ("standardize", "fast_path"):
            if not isinstance(getattr(self, name), bool):
                raise DatasetError(
                    f"session setting {name!r} must be true or false, got {getattr(self, name)!r}"
                )
        if self.optimizer not in OPTIMIZERS:
            raise DatasetError(
                f"session names an unknown optimizer {self.optimizer!r}; use one of {', '.join(OPTIMIZERS)}"
            )
        if self.schedule not in SCHEDULES:
            raise DatasetError(
                f"session names an unknown schedule {self.schedule!r}; use one of {', '.join(SCHEDULES)}"
            )
        number("lr", LR_MIN, LR_MAX)
        number("test_fraction", 0.0, MAX_TEST_FRACTION)
        number("seed", 0, 2**31 - 1, whole=True)
        if self.batch_size is not None:
            number("batch_size", 1, 10**9, whole=True)
        if not (self.speed == math.inf or (isinstance(self.speed, int | float) and self.speed > 0)):
            raise DatasetError(
                f"session setting 'speed' must be positive steps per second (or null), got {self.speed!r}"
            )
        if not isinstance(self.optimizer_params, dict) or not isinstance(self.dataset_params, dict):
            raise DatasetError("session settings 'optimizer_params' and 'dataset_params' must be objects")
        try:
            make_optimizer(self.optimizer, **self.optimizer_params)
        except (TypeError, ValueError) as error:
            raise DatasetError(f"session optimizer settings: {error}") from None

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def open(cls, path: str | Path) -> Settings:
        try:
            return cls.from_json(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise DatasetError(f"cannot read session {path}: {error}") from None
