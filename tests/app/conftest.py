import pytest

from gradviz.app.main_window import MainWindow
from gradviz.settings import Settings


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
