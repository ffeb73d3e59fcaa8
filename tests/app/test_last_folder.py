"""Every file dialog starts in the folder a file was last opened from or saved to."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog

from gradviz.app.last_folder import LAST_FOLDER_KEY
from gradviz.app.main_window import MainWindow


class Dialogs:
    """QFileDialog's static functions, monkeypatched: what each was asked to start in, in turn."""

    def __init__(self, monkeypatch) -> None:
        self.starts: list[str] = []
        self.answer = ""
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._ask))

    def _ask(self, parent, title, start, pattern, *rest, **options):
        self.starts.append(start)
        return self.answer, ""

    def choose(self, path) -> None:
        self.answer = str(path)


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def open_window(qtbot):
    """A window with the app's own preferences (tests/app/conftest.py sends them to a temporary folder)."""

    def make() -> MainWindow:
        window = MainWindow(preferences=QSettings("gradviz", "gradviz"))
        qtbot.addWidget(window, before_close_func=lambda w: w.controller.pause())
        return window

    return make


def _csv(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "houses.csv"
    path.write_text("area,price\n50,100\n70,150\n90,170\n120,260\n")
    return path


def test_a_save_after_an_open_csv_starts_in_the_csv_folder(open_window, dialogs, tmp_path):
    window = open_window()
    data = _csv(tmp_path / "course" / "data")
    dialogs.choose(data)
    window.files.open_csv()
    window.files.csv_dialog.reject()
    dialogs.choose("")  # cancelled
    window.files.save_session()
    assert dialogs.starts == ["", str(data.parent / "session.gradviz.json")]  # the name proposed is kept


def test_the_folder_is_kept_for_a_new_window(open_window, dialogs, tmp_path):
    saved = tmp_path / "sessions" / "mine.json"
    saved.parent.mkdir()
    first = open_window()
    dialogs.choose(saved)
    first.files.save_session()
    assert saved.exists()
    first.close()
    dialogs.choose("")
    open_window().files.open_session()
    assert dialogs.starts[-1] == str(saved.parent)
    assert QSettings("gradviz", "gradviz").value(LAST_FOLDER_KEY) == str(saved.parent)


def test_a_folder_deleted_since_gives_way_to_the_home_folder(open_window, dialogs, tmp_path):
    window = open_window()
    gone = tmp_path / "gone"
    dialogs.choose(_csv(gone))
    window.files.open_csv()
    window.files.csv_dialog.reject()
    shutil.rmtree(gone)
    dialogs.choose("")
    window.functions.choose_file()
    window.files.export_history()
    assert dialogs.starts[1:] == [str(Path.home()), str(Path.home() / "history.csv")]


DIALOGS = {
    "open CSV": lambda w: w.files.open_csv(),
    "save session": lambda w: w.files.save_session(),
    "open session": lambda w: w.files.open_session(),
    "export PNG": lambda w: w.files.export_png(),
    "export SVG": lambda w: w.files.export_svg(),
    "export history": lambda w: w.files.export_history(),
    "export summary": lambda w: w.files.export_summary(),
    "export animation": lambda w: w.files.export_animation(),
    "my Functions": lambda w: w.functions.choose_file(),
}


def _first_item(parent, title, label, items, *rest):
    return items[0], True


@pytest.mark.parametrize("dialog", DIALOGS)
def test_every_file_dialog_starts_in_the_last_folder(open_window, dialogs, monkeypatch, tmp_path, dialog):
    if dialog == "export animation":
        pytest.importorskip("imageio_ffmpeg", reason="needs the extra gradviz[animate]")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(_first_item))  # what to export
    window = open_window()
    window.last_folder.remember(tmp_path / "earlier.csv")
    DIALOGS[dialog](window)  # then cancelled
    start = Path(dialogs.starts[0])
    assert len(dialogs.starts) == 1 and tmp_path in (start, start.parent)  # a save proposes a name in it


def test_without_preferences_the_folder_is_the_windows_own(make_window, dialogs, tmp_path):
    first, second = make_window(), make_window()
    first.last_folder.remember(tmp_path / "a.json")
    first.files.open_session()
    second.files.open_session()
    assert dialogs.starts == [str(tmp_path), ""]
    assert QSettings("gradviz", "gradviz").value(LAST_FOLDER_KEY) is None
