"""A verdict's sentence that is English where it is stored and in the chosen language where it is shown.

`gradviz check --json` writes a report's `failure` and `note` fields in English, always; the text
report and the window's report dialog show the same sentence translated. A Text is an English
`str` (what json.dumps, ==, `in` and concatenation see) that `str()`, f-strings and `.format()`
show translated, its {placeholders} filled after translation.
"""

from __future__ import annotations

from string import Formatter
from typing import Any

from ..i18n import translate

__all__ = ["Text", "text", "to_wire", "from_wire"]

CONTEXT = "Checks"


class Text(str):
    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Text:
        english = template.format(**{k: _english(v) for k, v in values.items()})
        self = super().__new__(cls, english)
        self.template, self.values = template, values
        return self

    def __str__(self) -> str:
        return translate(CONTEXT, self.template).format(**self.values)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __reduce__(self) -> tuple[Any, ...]:
        return Text, (self.template, self.values)


def text(template: str, **values: Any) -> Text:
    """`template` (marked for the catalogue where it is written) with its values."""
    return Text(template, values)


def _english(value: Any) -> Any:
    return str.__str__(value) if isinstance(value, Text) else value


def to_wire(value: Any) -> Any:
    """A Text as {"template": ..., "values": {...}} (its Text values too), for the sandbox's JSON wire."""
    if isinstance(value, Text):
        return {"template": value.template, "values": {k: to_wire(v) for k, v in value.values.items()}}
    if value is None or isinstance(value, bool | int | float):
        return value
    return str.__str__(value) if isinstance(value, str) else str(value)


def from_wire(value: Any, depth: int = 0) -> str:
    """The Text that `to_wire` sent from the child; ValueError for anything else.

    The child runs the student's code, so the template may only name plain {fields} of its own
    values: no attribute, index or conversion, nothing evaluated.
    """
    if isinstance(value, str):
        return value
    if depth > 4 or not isinstance(value, dict) or set(value) != {"template", "values"}:
        raise ValueError("not a text")
    template, values = value["template"], value["values"]
    if not isinstance(template, str) or not isinstance(values, dict):
        raise ValueError("not a text")
    for _, field, spec, conversion in Formatter().parse(template):
        if field is not None and (not field.isidentifier() or field not in values or spec or conversion):
            raise ValueError("not a plain field")
    decoded: dict[str, Any] = {}
    for key, item in values.items():
        if isinstance(item, dict | str):
            decoded[key] = from_wire(item, depth + 1)
        elif item is None or isinstance(item, bool | int | float):
            decoded[key] = item
        else:
            raise ValueError("not a value")
    return Text(template, decoded)
