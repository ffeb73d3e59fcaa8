"""Settings: everything the user chose, as plain data (saved and opened as a session)."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from ..datasets import DEFAULT_DATASET, Dataset, DatasetError, from_csv, load
from ..engine import OPTIMIZERS, SCHEDULES, Schedule, make_schedule

__all__ = ["Settings", "SPEEDS", "SCHEDULE_DEFAULTS"]

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
        if settings.optimizer not in OPTIMIZERS or settings.schedule not in SCHEDULES:
            raise DatasetError(
                f"session names an unknown optimizer {settings.optimizer!r} or schedule {settings.schedule!r}"
            )
        return settings

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def open(cls, path: str | Path) -> Settings:
        try:
            return cls.from_json(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise DatasetError(f"cannot read session {path}: {error}") from None
