"""A verdict's sentence that is English where it is stored and in the chosen language where it is shown.

`gradviz check --json` writes a report's `failure` and `note` fields in English, always; the text
report and the window's report dialog show the same sentence translated. A Text is an English
`str` (what json.dumps, ==, `in` and concatenation see) that `str()`, f-strings and `.format()`
show translated, its {placeholders} filled after translation.
"""

from __future__ import annotations

from typing import Any

from ..i18n import translate

__all__ = ["Text", "text"]

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
