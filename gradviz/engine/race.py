"""Race specs: the optimizers of a race, as text ("momentum:lr=0.05,beta=0.9") and back.

One racer is written NAME or NAME:lr=…,KEY=…, NAME one of OPTIMIZERS and each KEY one
of its HYPERPARAMETERS. A race joins racers with commas: a new racer starts at each
item that is an optimizer name or begins with one and a colon, so that
"gd:lr=0.1,momentum:lr=0.05,beta=0.9,adam:lr=0.05" is three racers. The CLI, the
settings and the window all read and write racers through this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, number, translate
from .optimizers import HYPERPARAMETERS, OPTIMIZERS, Optimizer, make_optimizer

__all__ = [
    "RaceError",
    "Racer",
    "parse_racer",
    "parse_race",
    "race_text",
    "racer_of",
    "MAX_RACERS",
    "DEFAULT_RACE_LR",
    "OPTIMIZER_TITLES",
    "RACE_SYNTAX",
]

MAX_RACERS = 5
DEFAULT_RACE_LR = 0.1  # a racer written without lr= uses this, the window's default
LR_LOW, LR_HIGH = 1e-6, 10.0  # what the learning-rate control offers
OPTIMIZER_TITLES = {
    "gd": "GD",
    "momentum": "Momentum",
    "nesterov": "Nesterov",
    "adagrad": "AdaGrad",
    "rmsprop": "RMSProp",
    "adam": "Adam",
}
RACE_SYNTAX = QT_TRANSLATE_NOOP(
    "Race", 'NAME:lr=…[,KEY=…] racers joined by commas, e.g. "gd:lr=0.1,momentum:lr=0.05,beta=0.9"'
)


class RaceError(ValueError):
    """A racer's text cannot be read; the message names it and says what would work."""


@dataclass(frozen=True)
class Racer:
    """One optimizer setting of a race: its name, lr, and the hyperparameters given explicitly."""

    optimizer: str
    lr: float = DEFAULT_RACE_LR
    params: dict[str, float] = field(default_factory=dict)

    @property
    def spec(self) -> str:
        """The racer as text that parse_racer reads back to an equal Racer."""
        items = [f"lr={self.lr!r}", *(f"{key}={value!r}" for key, value in self.params.items())]
        return f"{self.optimizer}:{','.join(items)}"

    @property
    def label(self) -> str:
        """How a legend names it: "Momentum 0.05, β 0.9" ("Momentum 0,05 ; β 0,9" in French)."""
        labels = {h.name: h.label.rsplit(" ", 1)[-1] for h in HYPERPARAMETERS[self.optimizer]}
        label = f"{OPTIMIZER_TITLES[self.optimizer]} {number(self.lr, 'g')}"
        for key, value in self.params.items():
            extra = translate("Race", "{label}, {name} {value}")
            label = extra.format(label=label, name=labels[key], value=number(value, "g"))
        return label

    def make_optimizer(self) -> Optimizer:
        return make_optimizer(self.optimizer, self.lr, **self.params)


def _known() -> str:
    return ", ".join(OPTIMIZERS)


def _settings_of(name: str) -> str:
    return ", ".join(["lr", *(h.name for h in HYPERPARAMETERS[name])])


def parse_racer(text: str) -> Racer:
    """A Racer from "NAME" or "NAME:lr=…,KEY=…"; RaceError naming the fault and the way out."""
    if not isinstance(text, str):
        message = translate("Race", "a racer must be text like 'adam:lr=0.05', got {text}")
        raise RaceError(message.format(text=repr(text)))
    name, _, rest = text.strip().partition(":")
    name = name.strip().lower()
    if name not in HYPERPARAMETERS:
        message = translate("Race", "unknown optimizer {name} in racer {text}; the optimizers are {known}")
        raise RaceError(message.format(name=repr(name), text=repr(text), known=_known()))
    values: dict[str, float] = {}
    for item in rest.split(",") if rest.strip() else []:
        key, equals, value = (part.strip() for part in item.partition("="))
        if not equals or not key:
            message = translate("Race", "racer {text}: {item} is not KEY=VALUE; {name} takes {settings}")
            raise RaceError(
                message.format(
                    text=repr(text), item=repr(item.strip()), name=name, settings=_settings_of(name)
                )
            )
        if key not in ("lr", *(h.name for h in HYPERPARAMETERS[name])):
            message = translate("Race", "racer {text}: {name} has no setting {key}; it takes {settings}")
            settings = _settings_of(name)
            raise RaceError(message.format(text=repr(text), name=name, key=repr(key), settings=settings))
        if key in values:
            message = translate("Race", "racer {text} gives {key} twice; give it once")
            raise RaceError(message.format(text=repr(text), key=key))
        try:
            values[key] = float(value)
        except ValueError:
            message = translate("Race", "racer {text}: {key}={value} is not a number")
            raise RaceError(message.format(text=repr(text), key=key, value=repr(value))) from None
    lr = values.pop("lr", DEFAULT_RACE_LR)
    if not LR_LOW <= lr <= LR_HIGH:  # also refuses NaN
        message = translate("Race", "racer {text}: lr must be from {low} to {high}, got {lr}")
        low, high = number(LR_LOW, "g"), number(LR_HIGH, "g")
        raise RaceError(message.format(text=repr(text), low=low, high=high, lr=number(lr, "g")))
    racer = Racer(name, lr, values)
    try:
        racer.make_optimizer()  # the optimizer's own checks (β below 1, ε positive)
    except ValueError as error:
        message = translate("Race", "racer {text}: {error}")
        raise RaceError(message.format(text=repr(text), error=error)) from None
    return racer


def _starts_racer(item: str) -> bool:
    head = item.split(":", 1)[0].strip().lower()
    return ":" in item or "=" not in item or head in HYPERPARAMETERS


def parse_race(text: str) -> list[Racer]:
    """The racers of "gd:lr=0.1,momentum:lr=0.05,beta=0.9" (see the module's docstring)."""
    items = text.split(",")
    if not text.strip() or any(not item.strip() for item in items):
        message = translate("Race", "the race {text} has an empty racer; write {syntax}")
        raise RaceError(message.format(text=repr(text), syntax=translate("Race", RACE_SYNTAX)))
    groups: list[list[str]] = []
    for item in items:
        if _starts_racer(item):
            groups.append([item])
        elif groups:
            groups[-1].append(item)
        else:
            message = translate("Race", "the race {text} starts with {item}; start it with an optimizer name")
            raise RaceError(message.format(text=repr(text), item=repr(item.strip())))
    if len(groups) > MAX_RACERS:
        message = translate("Race", "a race has at most {most} racers, got {count}; leave some out")
        raise RaceError(message.format(most=MAX_RACERS, count=len(groups)))
    return [parse_racer(",".join(group)) for group in groups]


def race_text(racers: list[Racer]) -> str:
    return ",".join(racer.spec for racer in racers)


def racer_of(optimizer: str, lr: float, params: dict[str, Any]) -> Racer:
    """The Racer that a run's own settings describe (the race's first racer)."""
    return Racer(optimizer, float(lr), {key: float(value) for key, value in params.items()})
