"""The window in French: every text the catalogue translates is shown translated, numbers take a
decimal comma, and View → Language switches at once, keeps the run and is remembered."""

import gc
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from catalogue import translated_sources
from processes import ENV, START_TIMEOUT, assert_clean_exit
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMessageBox, QTabWidget, QWidget
from shiboken6 import isValid

from gradviz.app.language import LANGUAGE_KEY, remembered_language, switch_language
from gradviz.app.launch import use_language
from gradviz.app.main_window import MainWindow
from gradviz.app.race_dialog import RaceDialog
from gradviz.engine.mistakes import MISTAKES
from gradviz.engine.race import Racer
from gradviz.settings import Settings


def window_sources() -> dict[str, str]:
    """English sources whose French differs, without their & (menu mnemonics): source → French."""
    return {source.replace("&", ""): french for source, french in translated_sources().items()}


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text `root` shows: menus and actions, labels, buttons, group boxes,
    tabs, and the tooltips of all of them."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if isinstance(widget, QMenu):
            texts.append((kind, widget.title()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((kind, widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        if isinstance(widget, QTabWidget):
            texts += [(kind, widget.tabText(i)) for i in range(widget.count())]
        texts.append((f"{kind} tooltip", widget.toolTip()))
        for action in widget.actions():
            texts += [("QAction", action.text()), ("QAction tooltip", action.toolTip())]
    return [(where, text) for where, text in texts if text]


def english_templates() -> list[re.Pattern]:
    """The sentences with {placeholders} whose French differs, as patterns that match them filled in."""
    patterns = []
    for source in window_sources():
        words = re.sub(r"\{\w*\}", "", source)
        if "{" in source and re.search(r"[A-Za-z]{3,}", words):  # not "{where}: {code}"
            parts = re.split(r"\{\w*\}", source)
            patterns.append(re.compile(".*".join(re.escape(part) for part in parts), re.DOTALL))
    return patterns


def english_left(root: QWidget) -> list[str]:
    """The texts `root` shows in English although the catalogue has them in French, filled in or not."""
    sources, templates = window_sources(), english_templates()
    return sorted(
        {
            f"{where}: {text!r}"
            for where, text in shown_texts(root)
            if text.replace("&", "") in sources or any(pattern.fullmatch(text) for pattern in templates)
        }
    )


@pytest.fixture
def windows(qtbot):
    """Windows made by a test (some replaced by a switch): those still alive are closed after it."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        if isValid(window):
            window.controller.pause()
            window.close()
            window.deleteLater()
    qtbot.wait(1)  # the deferred deletes
    gc.collect()


def open_window(windows, qtbot, preferences=None, settings=None) -> MainWindow:
    window = MainWindow(settings, preferences=preferences)
    windows.append(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_catalogue_parser_finds_the_window_strings():
    """The yardstick of the next tests: an English source with a different French is found."""
    sources = window_sources()
    assert sources["File"] == "&Fichier" and sources["Standardize features"].startswith("Standardiser")


def test_an_english_window_shows_the_catalogue_sources(windows, qtbot):
    """The walk sees the texts of the window: in English, many of them are catalogue sources."""
    window = open_window(windows, qtbot)
    window.controller.run(2)
    left = english_left(window)
    assert any("'&File'" in entry for entry in left) and any(
        "Standardize features" in entry for entry in left
    )
    assert any("'it 2 · epoch 2 · loss" in entry for entry in left)  # a sentence filled in is found too


def test_a_french_window_shows_no_english_text_the_catalogue_translates(french, windows, qtbot):
    window = open_window(windows, qtbot)
    window.controller.run(3)
    window.show_view("derivation")
    assert english_left(window) == []


def test_mistake_mode_is_told_in_french(french, windows, qtbot):
    window = open_window(windows, qtbot)
    window.functions.use_mistake(next(iter(MISTAKES)))
    window.controller.run(2)
    assert window.functions.banner.text.text().startswith("<b>Mode erreur\u00a0: ")
    assert window.status.text().endswith(", mode erreur")
    assert english_left(window) == []


def test_the_help_boxes_in_french(french, windows, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _parent, *text: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _parent, *text: shown.append(text)))
    window = open_window(windows, qtbot)
    window._show_shortcuts()
    window._show_about()
    (shortcuts_title, table), (about_title, about) = shown
    assert shortcuts_title == "Raccourcis clavier" and "<b>Espace</b></td><td>lecture ou pause" in table
    assert "<b>Maj+→</b>" in table and "<td>quitter</td>" in table and "play or pause" not in table
    assert about_title == "À propos de gradviz" and "La descente de gradient" in about


def test_the_race_dialog_in_french(french, windows, qtbot):
    window = open_window(windows, qtbot)
    dialog = RaceDialog([Racer("gd", 0.1), Racer("adam", 0.05)], window)
    assert english_left(dialog) == []
    assert dialog.windowTitle() == "Course d'optimiseurs"
    dialog.presets.setCurrentIndex(1)
    dialog.presets.activated.emit(1)  # a preset is found by its key, whatever the language shows
    assert [racer.optimizer for racer in dialog.racers()] == ["gd", "momentum", "adam"]
    dialog.deleteLater()


def test_the_csv_dialog_in_french(french, windows, qtbot, tmp_path):
    from gradviz.app.csv_dialog import CsvDialog

    path = tmp_path / "data.csv"
    path.write_text("x,name,y\n1,a,2\n2,b,4.5\n3,c,6\n")
    dialog = CsvDialog(path, open_window(windows, qtbot))
    assert english_left(dialog) == []
    assert (
        dialog.shapes.text()
        == "1 caractéristique → 1 cible\u00a0: W est 1 × 1 (caractéristiques × cibles), b a 1 composante"
    )
    dialog.deleteLater()


def test_the_status_line_writes_a_decimal_comma_in_french_and_a_point_in_english(windows, qtbot):
    english = open_window(windows, qtbot)
    english.controller.run(5)
    assert re.search(r"loss \d\.\d+e\+\d\d \(test \d\.\d+e\+\d\d\)", english.status.text()), (
        english.status.text()
    )
    use_language("fr")
    try:
        window = open_window(windows, qtbot)
        window.controller.run(5)
        text = window.status.text()
        assert re.search(r"coût \d,\d+e\+\d\d \(test \d,\d+e\+\d\d\)", text), text
        assert re.search(r"‖∇C‖ \d,\d\de[+-]\d\d · lr 0,1 \(critique 2/λmax = 1\)", text), text
        assert not re.search(r"\d\.\d", text), text
        assert window.transport.timeline_label.text() == "it 5 / 5"
        assert window.controls.test_fraction.text() == "0,20" and window.controls.lr.spin.text() == "0,1"
    finally:
        use_language("en")


def test_view_language_switches_at_once_and_keeps_the_run(windows, qtbot, tmp_path):
    preferences = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    window = open_window(windows, qtbot, preferences, Settings(dataset="boston"))
    controller = window.controller
    controller.run(12)
    controller.step_back()
    window.show_view("gradcheck")
    window.walker.next()
    window.walker.next()  # at MSE.forward of the step from 11
    window.log_action.setChecked(not window.log_action.isChecked())
    log_scale = window.log_action.isChecked()
    history = len(controller.trainer.history)
    window_size = window.size()
    try:
        with qtbot.waitSignal(window.sigReplaced, timeout=10_000) as replaced:
            window.language_actions["fr"].trigger()
        french_window = replaced.args[0]
        windows.append(french_window)
        qtbot.waitUntil(lambda: not isValid(window))  # the old window is gone, not merely hidden
        assert french_window.menuBar().actions()[0].text() == "&Fichier"
        assert french_window.controller is controller and controller.trainer.iteration == 12
        assert controller.viewed.iteration == 11 and len(controller.trainer.history) == history
        assert french_window.status.text().startswith("it 11 sur 12 (retour dans le passé) · époque")
        assert french_window.backprop_visible and french_window.backprop.currentIndex() == 2
        assert french_window.log_action.isChecked() == log_scale
        assert french_window.walker.substep == 2 and french_window.size() == window_size
        assert french_window.language_actions["fr"].isChecked()
        assert not french_window.language_actions["en"].isChecked()
        assert english_left(french_window) == []
        # Remembered: the next run opens in French.
        assert (
            remembered_language(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))
            == "fr"
        )
        controller.step()  # the rebuilt window follows the run
        assert french_window.transport.timeline_label.text() == "it 12 / 12"
        with qtbot.waitSignal(french_window.sigReplaced, timeout=10_000) as replaced:
            french_window.language_actions["en"].trigger()
        english = replaced.args[0]
        windows.append(english)
        assert english.menuBar().actions()[0].text() == "&File" and english.controller is controller
        assert preferences.value(LANGUAGE_KEY) == "en"
    finally:
        use_language("en")


def test_choosing_the_language_in_use_keeps_the_window(windows, qtbot):
    window = open_window(windows, qtbot)
    assert switch_language(window, "en") is window and isValid(window)


def child(
    code: str, config: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter whose QSettings live in `config` (never the user's)."""
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        env={**ENV, "XDG_CONFIG_HOME": str(config), **(env or {})},
        timeout=START_TIMEOUT,
    )


# Prints the File menu's title once the window is up, then closes it as Ctrl+Q would.
SHOW_MENU_AND_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gradviz import cli

app = QApplication([])

def report():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "gradviz")
    print("menu:", window.menuBar().actions()[0].text(), file=sys.stderr, flush=True)
    window.close()

QTimer.singleShot(0, report)  # once the loop runs: the window is up
raise SystemExit(cli.main(sys.argv[1:]))
"""


def remember(config: Path, lang: str) -> None:
    folder = config / "gradviz"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gradviz.conf").write_text(f"[view]\nlanguage={lang}\n")


def test_lang_on_the_command_line_wins_over_the_remembered_language(tmp_path):
    remember(tmp_path, "en")
    proc = child(SHOW_MENU_AND_QUIT, tmp_path, "--lang", "fr", env={"LANG": "en_US.UTF-8"})
    assert_clean_exit(proc)
    assert "menu: &Fichier" in proc.stderr.splitlines()


def test_the_remembered_language_wins_over_the_locale(tmp_path):
    remember(tmp_path, "fr")
    proc = child(SHOW_MENU_AND_QUIT, tmp_path, env={"LANG": "en_US.UTF-8"})
    assert_clean_exit(proc)
    assert "menu: &Fichier" in proc.stderr.splitlines()


def test_ctrl_q_after_a_language_switch_exits_0(tmp_path):
    code = """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from gradviz.app.launch import run_app
    from gradviz.settings import Settings

    app = QApplication([])

    def quit_with_ctrl_q(window):
        print("menu:", window.menuBar().actions()[0].text(), file=sys.stderr, flush=True)
        window.activateWindow()
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    def switch():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "gradviz")
        window.controller.play()  # a switch while playing, the harder case
        window.sigReplaced.connect(lambda new: QTimer.singleShot(0, lambda: quit_with_ctrl_q(new)))
        window.language_actions["fr"].trigger()

    QTimer.singleShot(0, switch)  # once the loop runs: the window is up
    raise SystemExit(run_app(Settings(dataset="boston")))
    """
    proc = child(code, tmp_path, env={"LANG": "en_US.UTF-8"})
    assert_clean_exit(proc)
    assert "menu: &Fichier" in proc.stderr.splitlines()
