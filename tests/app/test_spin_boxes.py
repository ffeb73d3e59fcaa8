"""A French user may type 0.25 or 0,25: both are read, neither is lost."""

import pytest
from PySide6.QtCore import Qt

from gradviz import i18n
from gradviz.app.spin_boxes import DecimalSpinBox, read_decimal


@pytest.fixture
def box(qtbot):
    spin = DecimalSpinBox()
    spin.setRange(0, 0.9)
    spin.setDecimals(2)
    spin.setKeyboardTracking(False)
    qtbot.addWidget(spin)
    yield spin
    i18n.set_decimal_comma(False)


@pytest.mark.parametrize("comma", [False, True])
@pytest.mark.parametrize("typed", ["0.25", "0,25", " 0.25 "])
def test_a_decimal_point_or_comma_is_read_whatever_the_language(qtbot, box, comma, typed):
    i18n.set_decimal_comma(comma)
    box.setValue(0.2)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), typed)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.value() == pytest.approx(0.25)
    assert box.text() == ("0,25" if comma else "0.25")


def test_out_of_range_or_not_a_number_keeps_the_value(qtbot, box):
    box.setValue(0.2)
    for typed in ("5", "abc"):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
        assert box.value() == pytest.approx(0.2)


def test_read_decimal():
    assert read_decimal("1,5") == 1.5 and read_decimal("-2.25") == -2.25 and read_decimal("x") is None


def test_the_french_control_panel_reads_a_typed_point(qtbot):
    from gradviz.app.controls import ControlPanel
    from gradviz.app.launch import use_language

    use_language("fr")
    try:
        panel = ControlPanel()
        qtbot.addWidget(panel)
        box = panel.test_fraction
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), "0.25")
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
        assert box.value() == pytest.approx(0.25) and box.text() == "0,25"
    finally:
        use_language("en")
