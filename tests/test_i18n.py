"""The translation machinery: one catalogue, complete, compiled from its source, used by CLI and window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gradviz import cli, i18n

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "gradviz" / "locale" / "gradviz_fr.ts"
BIN = Path(sys.executable).parent
FILES = Path(__file__).resolve().parent / "homework" / "files"


def tool(name: str) -> str:
    path = shutil.which(f"pyside6-{name}", path=str(BIN)) or shutil.which(f"pyside6-{name}")
    if path is None:
        pytest.skip(f"pyside6-{name} is not installed with PySide6 here")
    return path


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture
def english():
    yield
    i18n.set_language("en")
    i18n.set_decimal_comma(False)


def test_every_string_sent_to_translate_has_a_french_translation(tmp_path):
    """lupdate over the package finds no string missing from the catalogue, nor one left unfinished."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(SOURCE, fresh)
    sources = sorted(str(p) for p in (ROOT / "gradviz").rglob("*.py"))
    subprocess.run([tool("lupdate"), *sources, "-ts", str(fresh), "-locations", "none", "-no-obsolete"],
                   check=True, capture_output=True)  # fmt: skip
    found, kept = messages(fresh), messages(SOURCE)
    missing = sorted(set(found) - set(kept))
    assert not missing, f"not in {SOURCE.name} (run `make translations`, then translate): {missing[:5]}"
    unfinished = sorted(key for key, t in found.items() if t.get("type") == "unfinished" or not t.text)
    assert not unfinished, f"untranslated in {SOURCE.name}: {unfinished[:5]}"
    obsolete = sorted(set(kept) - set(found))
    assert not obsolete, (
        f"no longer in the code, still in {SOURCE.name} (run `make translations`): {obsolete[:5]}"
    )


# Not prose: {placeholders} ({x:.3g}), `code`, <tags>, &entities; and argparse's %(name)s.
_NOT_PROSE = re.compile(r"\{[^{}]*\}|`[^`]*`|<[^<>]*>|&\w+;|%\([^)]*\)\w")
# A mark followed by a letter, a digit or "/" is code (":0", "https://"), not punctuation.
_WRONG_SPACE = re.compile(r"( [:;!?]|\u202f:|\u00a0[;!?])(?![\w/])")


def test_french_punctuation_has_no_break_spaces_before_it():
    """A no-break space before ":" and a narrow one before ";", "!" and "?" (never a plain space, at
    which Qt and terminals would break the line before the mark)."""
    wrong = [
        (context, source, text)
        for (context, source), translation in messages(SOURCE).items()
        if (text := translation.text) and _WRONG_SPACE.search(_NOT_PROSE.sub("x", text))
    ]
    assert not wrong, f"{len(wrong)} translations with a plain space before : ; ! or ?, e.g. {wrong[:3]}"


def test_the_shipped_catalogue_is_compiled_from_its_source(tmp_path):
    compiled = tmp_path / "fr.qm"
    subprocess.run([tool("lrelease"), "-silent", str(SOURCE), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == i18n.catalogue("fr").read_bytes(), "run `make translations`"


def test_french_is_used_when_chosen_and_english_is_the_source(english):
    assert i18n.translate("Report", "PASS") == "PASS"
    i18n.set_language("fr")
    assert i18n.language() == "fr" and i18n.translate("Report", "PASS") == "RÉUSSI"
    assert i18n.translate("Report", "a sentence nobody wrote") == "a sentence nobody wrote"
    i18n.set_language("en")
    assert i18n.translate("Report", "PASS") == "PASS"


def test_an_unknown_language_names_the_ones_there_are():
    with pytest.raises(ValueError, match="no 'de' translation; choose one of en, fr"):
        i18n.set_language("de")


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA"}, "fr"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_ALL": "fr_BE.UTF-8", "LANG": "en_GB.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_locale(environ, lang):
    assert i18n.system_language(environ) == lang


def test_numbers_take_a_decimal_comma_only_where_asked(english):
    assert i18n.number(0.165, ".3g") == "0.165"
    i18n.set_decimal_comma(True)
    assert i18n.number(0.165, ".3g") == "0,165" and i18n.number(1e-6, ".0e") == "1e-06"
    assert i18n.number(12345.5, ",.1f") == "12\u202f345,5"
    i18n.set_decimal_comma(False)
    assert i18n.number(12345.5, ",.1f") == "12,345.5"


def test_thousands_are_never_apart_by_a_comma_in_french_even_with_a_decimal_point(english):
    assert i18n.whole(202304) == "202,304" and i18n.whole(999) == "999"
    i18n.set_language("fr")  # the CLI: a decimal point, and 202,304 would read as 202.304
    assert i18n.whole(202304) == "202\u202f304" and i18n.whole(1234567) == "1\u202f234\u202f567"


def test_check_prints_a_french_report_with_lang_fr(capsys, english):
    assert cli.main(["check", str(FILES / "gv_good.py"), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith(": RÉUSSI") and "chaque gradient concorde" in out


def test_the_cli_follows_lang_from_the_environment():
    env = {"LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "gradviz", "check", str(FILES / "gv_good.py")],
                         capture_output=True, text=True, env=env)  # fmt: skip
    assert ": RÉUSSI" in out.stdout.splitlines()[0], out.stderr
