"""Translation: every string a user reads goes through `translate(context, text)`.

The catalogue is Qt's: gradviz/locale/gradviz_<lang>.ts is the source (edited with Qt Linguist
or by hand), gradviz_<lang>.qm the compiled file shipped in the package (`make translations`
makes both: pyside6-lupdate collects every `translate("Context", "text")` and
`QT_TRANSLATE_NOOP("Context", "text")` call, pyside6-lrelease compiles). Sentences keep their
numbers as {placeholders}, filled after translation, so that a translator can move them.

Importing this module imports no Qt: the engine, the datasets and `gradviz check` use it too.
Qt's QTranslator is loaded only when a language other than English is chosen.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "translate",
    "set_language",
    "language",
    "system_language",
    "number",
    "whole",
    "set_decimal_comma",
    "catalogue",
]

SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "fr": "Français"}
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_translator: Any = None  # a QTranslator while a catalogue is in use
_language = SOURCE_LANGUAGE
_decimal = "."


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a constant for the catalogue; `translate(context, constant)` where it is shown."""
    return text


def translate(context: str, text: str) -> str:
    """`text` in the chosen language (itself when it has no translation)."""
    if _translator is None:
        return text
    return _translator.translate(context, text) or text


def catalogue(lang: str) -> Path:
    """The compiled catalogue of `lang` inside the package."""
    return LOCALE_DIR / f"gradviz_{lang}.qm"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the environment's locale (LC_ALL, LC_MESSAGES, LANG), if gradviz has it."""
    variables = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = variables.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def set_language(lang: str) -> None:
    """Use `lang` (a key of LANGUAGES) from now on; ValueError naming the choices otherwise.

    With a QCoreApplication, its translator is replaced too, so that `self.tr` and Qt's own
    dialogs follow.
    """
    global _translator, _language
    if lang not in LANGUAGES:
        choices = ", ".join(LANGUAGES)
        raise ValueError(f"gradviz has no {lang!r} translation; choose one of {choices}")
    translator = None
    if lang != SOURCE_LANGUAGE:
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        if not translator.load(str(catalogue(lang))):
            raise ValueError(
                f"the {LANGUAGES[lang]} catalogue {catalogue(lang)} cannot be read; reinstall gradviz"
            )
    _install_in_application(_translator, translator)
    _translator, _language = translator, lang


def _install_in_application(old: Any, new: Any) -> None:
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return  # no Qt loaded, so no application to tell
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return
    if old is not None:
        QCoreApplication.removeTranslator(old)
    if new is not None:
        QCoreApplication.installTranslator(new)


def language() -> str:
    return _language


def set_decimal_comma(on: bool) -> None:
    """Whether `number` writes 0,165 (the window in French) or 0.165 (the CLI, files, JSON)."""
    global _decimal
    _decimal = "," if on else "."


def number(value: float, spec: str = ".4g") -> str:
    """`format(value, spec)` with the decimal mark in use; with a decimal comma, thousands are
    grouped by a narrow no-break space (12 345,5), as French writes them."""
    text = format(value, spec)
    if _decimal == ".":
        return text
    return text.replace(",", "\u202f").replace(".", _decimal)


def whole(n: int) -> str:
    """`n` with its thousands apart: 1,000 in English, 1 000 (narrow no-break spaces) in French,
    where a comma is the decimal mark even when the decimal point is kept (the CLI)."""
    text = f"{n:,}"
    return text if _language == SOURCE_LANGUAGE else text.replace(",", "\u202f")
