"""The backpropagation area in French: cards, Derivation, gradient check, mistakes and check failures."""

import json
import re
from pathlib import Path

import numpy as np
import pytest
from catalogue import translated_sources
from PySide6.QtCore import QCoreApplication

from gradviz import cli
from gradviz.app.backprop import LINEAR_BACKWARD, build_walk
from gradviz.app.backprop_area import BackpropArea
from gradviz.app.derivation_panel import DerivationPanel
from gradviz.app.gradcheck_panel import GradcheckPanel
from gradviz.app.graph_paint import visible_texts
from gradviz.app.graph_view import GraphPanel
from gradviz.app.launch import use_language
from gradviz.engine.mistakes import MISTAKES, RunFacts
from gradviz.homework.checks import _compare
from gradviz.settings import Settings, build_run

ROOT = Path(__file__).resolve().parents[2]
FILES = ROOT / "tests" / "homework" / "files"
CONTEXTS = ("Backprop", "BackpropArea", "Graph", "Derivation", "GradcheckPanel", "Mistakes", "Checks")
DECIMAL_COMMA = re.compile(r"\d,\d")
DECIMAL_POINT = re.compile(r"(?<![\w\[])\d+\.\d+")  # 0.5, not w[1] nor W.grad[0]


@pytest.fixture(scope="module")
def walk():
    _, trainer = build_run(Settings(dataset="boston", lr=0.05))
    trainer.run(3)
    return build_walk(trainer, -1, LINEAR_BACKWARD)


def english_left(texts: list[str]) -> list[str]:
    """The sources with a French translation whose longest literal part is still in `texts`."""
    shown = "\n".join(texts)
    left = []
    for source in translated_sources(CONTEXTS):
        plain = re.sub(r"<[^>]+>", "", source)
        fragment = max(re.split(r"\{\w+\}", plain), key=len).strip()
        if len(fragment) >= 12 and fragment in shown:
            left.append(source)
    return left


def graph_texts(panel: GraphPanel) -> list[str]:
    items = [item for item in panel.scene.items() if item.parentItem() is None]
    return [text for item in items for text in visible_texts(item)]


def test_the_graph_cards_are_french_with_decimal_commas(qtbot, french, walk):
    panel = GraphPanel()
    qtbot.addWidget(panel)
    panel.show_walk(walk)
    texts = graph_texts(panel)
    assert "donnée\u00a0: pas de gradient" in texts and "Context\u00a0: ctx.saved_tensors" in texts
    assert any(t.startswith("sommes des colonnes de δ") for t in texts), texts
    assert "6/8  <b>Linear.backward</b>\u00a0: ∂C/∂W = Xᵀδ" in panel.step_label.text()
    assert "lot complet de 405 exemples" in panel.note_label.text() and "lr 0,05" in panel.note_label.text()
    numbers = [t for t in texts if re.fullmatch(r"−?[\d,]+(e−?\d+)?", t)]
    assert any(DECIMAL_COMMA.search(t) for t in numbers), numbers
    assert not [t for t in texts if DECIMAL_POINT.search(t)]
    assert panel.previous_button.text() == "◀ sous-étape" and panel.row_spin.prefix() == "exemple i = "
    assert english_left(texts + [panel.step_label.text(), panel.note_label.text()]) == []


def test_the_derivation_is_french_with_decimal_commas(qtbot, french, walk):
    panel = DerivationPanel()
    qtbot.addWidget(panel)
    panel.show_walk(walk)
    text = panel.browser.toPlainText()
    assert "Q4 · Forme matricielle" in text and "Erreurs fréquentes, sur ce lot" in text
    engine = float(walk.node("W").grad[0, 0])
    assert f"{engine:.4g}".replace(".", ",").replace("-", "−") in text
    assert DECIMAL_COMMA.search(text) and not DECIMAL_POINT.search(text), text
    assert english_left([text]) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ("examples", "features", "outputs")), ("fr", ("exemples", "caractéristiques", "sorties"))],
)
def test_the_derivation_writes_the_course_notation_in_both_languages(qtbot, walk, lang, words):
    use_language(lang)
    try:
        panel = DerivationPanel()
        qtbot.addWidget(panel)
        panel.show_walk(walk)
        page = panel.browser.toHtml()
    finally:
        use_language("en")
    plain = re.sub(r"<[^>]+>", "", page)
    q, n, p = walk.q, walk.node("W").value.shape[0], walk.node("W").value.shape[1]
    assert f"q = {q} {words[0]}, n = {n} {words[1]}, p = {p} {words[2]}" in plain
    for name, dims in (("X", "q×n"), ("W", "n×p"), ("b", "p")):
        superscript = f'{name} ∈ ℝ(?:</span>)?<span [^>]*vertical-align:super;">{dims}</span>'
        assert re.search(superscript, page), page[page.find(f"{name} ∈ ℝ") :][:200]


def test_the_gradcheck_headers_and_summary_are_french(qtbot, french, walk):
    panel = GradcheckPanel()
    qtbot.addWidget(panel)
    panel.set_batch(*(walk.node(name).value for name in ("X", "Y", "W", "b")))
    assert panel.status.text().startswith("Appuyez sur «\u00a0Lancer gradcheck\u00a0»")
    panel.run()
    headers = [panel.table.horizontalHeaderItem(k).text() for k in range(panel.table.columnCount())]
    assert headers == ["Fonction", "entrée", "forme", "|erreur| max", "erreur rel. max", "de la tolérance",
                       "résultat"]  # fmt: skip
    status = panel.status.text()
    assert (
        status.startswith("Vérifié sur 64 des 405 exemples du lot") and "chaque gradient concorde" in status
    )
    assert "rtol 0,001" in status and "de la tolérance" in status
    cells = [panel.table.item(r, c).text() for r in range(panel.table.rowCount()) for c in (3, 6)]
    assert "réussi" in cells and any(DECIMAL_COMMA.search(cell) for cell in cells)
    assert english_left([status, panel.intro.text(), *cells]) == []


def test_a_mistake_speaks_french_with_its_numbers(french):
    bias_ones = MISTAKES["bias_ones"]
    sentence = bias_ones.explain(RunFacts(q=405, n=13, p=1, lr=0.05, critical_lr=0.165))
    assert bias_ones.label == "∂b rempli de uns"
    assert "lr = 0,05" in sentence and "l'ordonnée à l'origine des moindres carrés" in sentence
    one_over_q = MISTAKES["one_over_q"].explain(RunFacts(q=405, n=13, p=1, lr=0.05, critical_lr=0.165))
    assert one_over_q.startswith("Le gradient est q = 405 fois trop grand\u00a0: lr 0,05 agit comme 20,2")


def test_the_mistakes_keep_their_english_when_english(walk):
    assert MISTAKES["bias_ones"].label == "∂b as ones"
    assert "lr = 0.05" in MISTAKES["bias_ones"].explain(RunFacts(405, 13, 1, 0.05, 0.165))


def test_a_check_failure_is_shown_in_french_and_stored_in_english(french):
    failure = _compare("b", np.zeros(3), np.zeros((7, 3)), np.zeros(3)).failure
    assert (
        failure
        == "∂b is (7, 3), not b's shape (3,) (torch would sum it down silently, yet it is not the gradient)"
    )
    assert f"✗ {failure}".startswith(
        "✗ ∂b est de forme (7, 3), pas de la forme (3,) de b (torch le sommerait"
    )
    assert json.loads(json.dumps({"failure": failure})) == {"failure": str.__str__(failure)}


def test_check_prints_the_failures_in_french_and_json_keeps_them_english(capsys):
    try:
        cli.main(["check", str(FILES / "gv_none_for_w.py"), "--lang", "fr"])
        text = capsys.readouterr().out
        cli.main(["check", str(FILES / "gv_none_for_w.py"), "--lang", "fr", "--json"])
        data = capsys.readouterr().out
    finally:
        use_language("en")
    assert "✗ backward a renvoyé None pour W\u202f; renvoyez ∂W" in text
    assert "backward returned None for W" not in text
    assert '"failure": "backward returned None for W; return ∂W"' in data


def test_the_tabs_follow_a_language_switch(qtbot, walk):
    area = BackpropArea()
    qtbot.addWidget(area)
    area.show_walk(walk)
    try:
        use_language("fr")
        QCoreApplication.sendPostedEvents()
        assert [area.tabText(k) for k in range(3)] == ["Graphe", "Dérivation", "Vérification du gradient"]
        assert "donnée\u00a0: pas de gradient" in graph_texts(area.graph)
    finally:
        use_language("en")
        QCoreApplication.sendPostedEvents()
    assert area.tabText(0) == "Graph" and "data: no gradient" in graph_texts(area.graph)
