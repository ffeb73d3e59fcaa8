"""File → Export → Plots as SVG: parseable files, with the curves as vector paths."""

import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from gradviz.app import theme
from gradviz.settings import Settings

SVG = "{http://www.w3.org/2000/svg}"


def _export(monkeypatch, window, choice, path):
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (choice, True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.files.export_svg()


def _stroked_paths(path, colour):
    root = ET.parse(path).getroot()  # raises on XML that is not well formed
    assert root.tag == f"{SVG}svg"
    parents = {child: parent for parent in root.iter() for child in parent}
    return [
        p.attrib["d"]
        for p in root.iter(f"{SVG}path")
        if parents[p].attrib.get("stroke") == colour and p.attrib.get("d")
    ]


def test_all_four_plots_one_file_each(qtbot, window, monkeypatch, tmp_path):
    window.controller.run(20)
    _export(monkeypatch, window, "All four plots (one file each)", tmp_path / "run.svg")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["run-fit.svg", "run-gradient.svg", "run-landscape.svg", "run-loss.svg"]
    for name in names:
        root = ET.parse(tmp_path / name).getroot()
        assert all(path.attrib.get("d") for path in root.iter(f"{SVG}path"))  # d="" is invalid SVG


def test_the_loss_svg_has_one_path_per_curve(qtbot, window, monkeypatch, tmp_path):
    window.controller.run(20)
    _export(monkeypatch, window, "Loss", tmp_path / "loss.svg")
    for colour in (theme.TRAIN, theme.TEST):
        (curve,) = _stroked_paths(tmp_path / "loss.svg", colour)
        assert curve.count("L") >= 20  # a vertex per step at least, not a bitmap


def test_the_axes_text_is_text_not_a_bitmap(qtbot, window, monkeypatch, tmp_path):
    _export(monkeypatch, window, "Loss", tmp_path / "loss.svg")
    root = ET.parse(tmp_path / "loss.svg").getroot()
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Loss (MSE)" in " ".join(texts) and not list(root.iter(f"{SVG}image"))


def test_a_legend_under_its_plot_is_under_it_in_the_svg_too(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window(Settings(dataset="penguins"))
    window.resize(1024, 768)  # the loss legend has no free spot from step 5: it goes under the plot
    QApplication.processEvents()
    window.controller.run(5)
    QApplication.processEvents()
    assert window.loss.legend.spilled
    _export(monkeypatch, window, "Loss", tmp_path / "loss.svg")
    root = ET.parse(tmp_path / "loss.svg").getroot()
    view = window.loss.plot_widget.viewport()
    strip = window.loss.legend_under
    assert root.attrib["viewBox"].split()[2:] == [str(view.width()), str(view.height() + strip.height())]
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text")).replace("\xa0", " ")
    for name in ("train", "test", "least squares, train loss", "least squares, test loss"):
        assert name in texts
