"""The plots in French: titles, axis labels, legends and notes from the catalogue, numbers with a
decimal comma (tick labels, bar values, readouts), datasets described in the window's language."""


import pyqtgraph as pg
import pytest
from catalogue import translated_sources
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from gradviz.app import theme
from gradviz.app.context import RunContext
from gradviz.app.controller import Controller
from gradviz.app.launch import use_language
from gradviz.app.panels.gradient import GradientPanel
from gradviz.datasets import list_datasets
from gradviz.engine.race import RaceError, Racer, parse_race
from gradviz.settings import Settings, build_run

PLOT_CONTEXTS = ("FitPanel", "LossPanel", "LandscapePanel", "GradientPanel", "Plots", "Race")
RACE = ["momentum:lr=0.05,beta=0.9", "adam:lr=0.05"]


def _plots(window) -> list[pg.PlotItem]:
    return [
        window.fit.plot,
        window.loss.plot,
        window.landscape.plot,
        window.gradient.grad_plot,
        window.gradient.param_plot,
        window.gradient.norm_plot,
    ]


def _plot_texts(plot: pg.PlotItem) -> list[str]:
    texts = [theme.title_of(plot), plot.getAxis("bottom").labelText, plot.getAxis("left").labelText]
    if plot.legend is not None:
        texts += [label.text for _, label in plot.legend.items]
    return texts


def _widget_texts(panel) -> list[str]:
    texts = [panel.toolTip()]
    for widget in panel.findChildren(QLabel) + panel.findChildren(QAbstractButton):
        texts += [widget.text(), widget.toolTip()]
    for combo in panel.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())] + [combo.toolTip()]
    for view in theme.plot_views(panel):
        texts.append(view.toolTip())
    return [text for text in texts if text]


def _panels(window):
    return (window.fit, window.loss, window.landscape, window.gradient)


def _drawn_tick_labels(axis: pg.AxisItem) -> list[str]:
    """The tick labels pyqtgraph draws on `axis` at its current range."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in texts]


# -- words ---------------------------------------------------------------------------


def test_every_panel_has_a_french_title_axis_labels_and_legend(make_window, french):
    window = make_window(Settings(dataset="line"))
    window.controller.run(3)
    fit, loss, landscape, gradient = _plots(window)[:4]
    assert theme.title_of(fit) == "Ajustement\u00a0: y selon x"
    assert [label.text for _, label in fit.legend.items] == [
        "entraînement",
        "test",
        "modèle actuel",
        "moindres carrés",
    ]
    assert theme.title_of(loss) == "Coût (MSE)"
    assert (loss.getAxis("bottom").labelText, loss.getAxis("left").labelText) == (
        "itération",
        "coût (échelle log)",
    )
    assert [label.text for _, label in loss.legend.items] == [
        "entraînement",
        "test",
        "moindres carrés, coût d'entraînement",
        "moindres carrés, coût de test",
    ]
    assert theme.title_of(landscape) == "Paysage du coût (X standardisé)"
    assert window.landscape.scale_label.text().startswith("flèche = −∇C × ")
    assert "pas&nbsp;effectué&nbsp;÷&nbsp;lr" in " ".join(window.landscape.legend_strip.entries)
    assert theme.title_of(gradient) == "∂C/∂θ"
    assert window.gradient.norm_plot.getAxis("bottom").labelText == "itération"
    window.loss.log_scale.setChecked(False)
    assert loss.getAxis("left").labelText == "coût"
    assert window.loss.log_scale.text() == "échelle log" and window.fit.residuals.text() == "résidus"


def test_no_english_is_left_where_the_catalogue_has_french(make_window, french):
    english = translated_sources(PLOT_CONTEXTS)
    assert len(english) > 40  # the parse found the plots' messages
    window = make_window(Settings(dataset="ill-conditioned", race=list(RACE)))
    window.controller.run(3)
    texts = [text for plot in _plots(window) for text in _plot_texts(plot)]
    texts += [text for panel in _panels(window) for text in _widget_texts(panel)]
    left = sorted({text for text in texts if text in english})
    assert not left, f"English in the French plots: {left}"
    assert "prédit contre réel" in [
        window.fit.view_choice.itemText(i) for i in range(window.fit.view_choice.count())
    ]


def test_a_several_feature_fit_names_its_view_in_french(make_window, french):
    window = make_window(Settings(dataset="ill-conditioned"))
    window.controller.run(2)
    assert theme.title_of(window.fit.plot) == "Ajustement\u00a0: y prédit contre réel"
    assert window.fit.plot.getAxis("bottom").labelText == "y réel"
    window.fit.view_choice.setCurrentIndex(1)
    assert theme.title_of(window.fit.plot) == (
        "Ajustement\u00a0: y selon x1 (les autres caractéristiques à leur moyenne)"
    )


def test_the_loss_readout_writes_french_words_and_decimal_commas(make_window, french, qtbot):
    window = make_window(Settings(dataset="line"))
    window.controller.run(5)
    panel = window.loss
    position = panel.plot.vb.mapViewToScene(
        pg.Point(2, panel._y(window.controller.trainer.history.loss_train[2]))
    )
    panel._on_mouse((position,))
    record = window.controller.trainer.history.record(2)
    train = format(record.loss_train, ".6g").replace(".", ",")
    assert panel.readout.text().startswith(f"it 2\u00a0: entraînement {train}\u202f; test ")
    assert "." not in panel.readout.text()


# -- numbers -------------------------------------------------------------------------


def test_every_plot_axis_writes_the_windows_decimal_mark(make_window, qapp):
    for lang, expected in (("fr", ["0,5", "1,0", "1,5"]), ("en", ["0.5", "1.0", "1.5"])):
        use_language(lang)
        try:
            window = make_window(Settings(dataset="line"))
            for plot in _plots(window):
                for name in ("left", "bottom"):
                    axis = plot.getAxis(name)
                    assert isinstance(axis, theme.Axis), f"{theme.title_of(plot)} {name} is a plain AxisItem"
                    if not axis.logMode:
                        assert axis.tickStrings([0.5, 1.0, 1.5], 1.0, 0.5) == expected
        finally:
            use_language("en")


@pytest.mark.parametrize(("lang", "mark", "other"), [("fr", ",", "."), ("en", ".", ",")])
def test_drawn_tick_labels_use_the_decimal_mark_of_the_language(make_window, qapp, lang, mark, other):
    use_language(lang)
    try:
        window = make_window(Settings(dataset="line"))
        window.controller.run(3)
        landscape = window.landscape.plot
        landscape.setRange(xRange=(0.0, 1.0), yRange=(0.0, 1.0), padding=0)
        loss = window.loss.plot  # log axis: 0.1, 0.2 … between 10⁻¹ and 10⁰
        loss.setYRange(-1.0, 0.0, padding=0)
        qapp.processEvents()
        for axis in (landscape.getAxis("bottom"), landscape.getAxis("left"), loss.getAxis("left")):
            labels = [text for text in _drawn_tick_labels(axis) if text]
            decimals = [text for text in labels if mark in text]
            assert decimals, labels
            assert not any(other in text for text in labels), labels
    finally:
        use_language("en")


@pytest.mark.parametrize(("lang", "mark", "other"), [("fr", ",", "."), ("en", ".", ",")])
def test_bar_values_and_hover_readouts_use_the_decimal_mark(qtbot, qapp, lang, mark, other):
    use_language(lang)
    try:
        prepared, trainer = build_run(Settings(dataset="boston"))
        trainer.run(5)
        panel = GradientPanel()
        qtbot.addWidget(panel)
        panel.resize(800, 600)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_run(RunContext.build(prepared, trainer, True))
        panel.show_record(trainer.current)
        texts = panel.grad_bars.label_texts() + panel.param_bars.label_texts()
        assert texts and any(mark in text for text in texts)
        assert not any(other in text for text in texts), texts
        panel._set_hovered(("param", 0))
        value = repr(float(trainer.current.theta.T.ravel()[0])).replace(".", mark)
        assert panel.readout.text().startswith(f"w[crim] = {value}")
    finally:
        use_language("en")


# -- races ---------------------------------------------------------------------------


def test_a_race_legend_is_french(make_window, french):
    window = make_window(Settings(dataset="line", lr=0.05, race=list(RACE)))
    window.controller.run(15)
    legend = " ".join(window.loss.legend_strip.entries).replace("&nbsp;", " ")
    assert "Momentum 0,05\u202f; β 0,9" in legend and "Adam 0,05" in legend and "GD 0,05" in legend
    assert "(coût d'entraînement)" in legend


def test_a_diverged_racer_says_so_in_french(french):
    critical = Controller(Settings(dataset="line")).trainer.critical.lr
    controller = Controller(Settings(dataset="line", lr=0.5 * critical, race=[f"gd:lr={1.5 * critical!r}"]))
    views = []
    controller.sigRace.connect(views.append)
    controller.run(200)
    racer = controller.racers[0]
    assert views[-1][1].label.endswith(f"— a divergé à it {racer.trainer.iteration}")


def test_race_errors_are_french_and_the_english_ones_stay(french):
    with pytest.raises(RaceError, match="au plus 5 concurrents, reçu\u00a0: 6\u202f; retirez-en"):
        parse_race(",".join(["gd"] * 6))
    with pytest.raises(RaceError, match="lr doit aller de 1e-06 à 10, reçu\u00a0: 0"):
        parse_race("adam:lr=0")
    use_language("en")
    assert Racer("momentum", 0.05, {"beta": 0.9}).label == "Momentum 0.05, β 0.9"
    with pytest.raises(RaceError, match="a race has at most 5 racers, got 6; leave some out"):
        parse_race(",".join(["gd"] * 6))


# -- datasets ------------------------------------------------------------------------


def test_the_dataset_description_follows_the_windows_language(make_window, qapp):
    use_language("fr")
    try:
        window = make_window(Settings(dataset="boston"))
        text = window.controls.description.text()
        assert "la caractéristique `b` est raciste" in text and "proportion d'habitants noirs" in text
        assert "ne peut pas être inversée pour retrouver Bk" in text
        window.controller.set_dataset("ill-conditioned")
        assert "corrélation 0,98" in window.controls.description.text()
        assert "w[x1] contre w[x2]" in window.controls.description.text()
        summaries = {info.name: info.summary for info in list_datasets()}
        assert summaries["line"] == "Une droite bruitée"
    finally:
        use_language("en")
    window = make_window(Settings(dataset="boston"))
    assert "the feature `b` is racist" in window.controls.description.text()
    assert {info.name: info.summary for info in list_datasets()}["line"] == "A noisy line"
