import pytest
from PySide6.QtCore import QSettings

from gradviz.app.launch import use_language
from gradviz.app.main_window import MainWindow
from gradviz.settings import Settings


@pytest.fixture(autouse=True)
def own_preferences(tmp_path_factory, monkeypatch):
    """The app's QSettings (theme, zoom, geometry) go to a temporary folder, never the user's.

    XDG_CONFIG_HOME reaches child processes; setPath, this one (Qt reads the variable once).
    """
    folder = tmp_path_factory.mktemp("preferences")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def french(qapp):
    """The window, its plots and the app's own texts in French for one test."""
    use_language("fr")
    yield
    use_language("en")


@pytest.fixture
def make_window(qtbot):
    def make(settings: Settings | None = None) -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window, before_close_func=lambda w: w.controller.pause())
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


def pytest_configure(config):
    config.addinivalue_line("markers", "monkey_long: the long GUI monkey run (select with -m monkey_long)")


def pytest_collection_modifyitems(config, items):
    """The long monkey run takes minutes: it runs only when `-m` names it."""
    if "monkey_long" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="long monkey run: select it with -m monkey_long")
    for item in items:
        if "monkey_long" in item.keywords:
            item.add_marker(skip)
