import pytest

from gradviz.app.main_window import MainWindow
from gradviz.app.settings import Settings


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
