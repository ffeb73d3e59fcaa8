"""The monkey's actions on the backpropagation area: open it, walk sub-steps, click the graph."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gradviz.app.backprop import UPDATE

from .registry import action

__all__ = ["BackpropActions"]


class BackpropActions:
    """B, Shift+arrows and the sub-step buttons, the tabs, clicks on the graph, row i, gradcheck."""

    @action(2)
    def act_backprop_toggle(self) -> None:
        how = self.rng.random()
        self._say(f"backpropagation area: {'key B' if how < 0.5 else 'the button'}")
        if how < 0.5:
            self.qtbot.keyClick(self.window, Qt.Key.Key_B)
        else:
            self.window.backprop_action.trigger()

    @action(5)
    def act_substep(self) -> None:
        forward, by_key = self.rng.random(2) < (0.7, 0.5)
        walker, before = self.window.walker, self.c.trainer.iteration
        at_update = walker.substep == UPDATE - 1
        self._say(f"sub-step {'on' if forward else 'back'} by {'Shift+arrow' if by_key else 'button'}")
        if by_key:
            key = Qt.Key.Key_Right if forward else Qt.Key.Key_Left
            self.qtbot.keyClick(self.window, key, Qt.KeyboardModifier.ShiftModifier)
        else:
            graph = self.window.backprop.graph
            self._click(graph.next_button if forward else graph.previous_button)
        stepped = self.c.trainer.iteration != before
        if stepped and not (forward and at_update):
            self._problem(f"a sub-step {'on' if forward else 'back'} changed the trainer's iteration")

    @action(1)
    def act_backprop_tab(self) -> None:
        tabs = self.window.backprop
        index = int(self.rng.integers(tabs.count()))
        self._say(f"backpropagation tab {tabs.tabText(index)!r}")
        tabs.setCurrentIndex(index)

    @action(2)
    def act_graph_click(self) -> None:
        viewport = self.window.backprop.graph.view.viewport()
        fx, fy = self.rng.random(2)
        self._say(f"click the graph at ({fx:.2f}, {fy:.2f})")
        self._click(viewport, QPoint(int(fx * viewport.width()), int(fy * viewport.height())))

    @action(1)
    def act_graph_row(self) -> None:
        spin = self.window.backprop.graph.row_spin
        value = int(self.rng.integers(spin.maximum() + 2))
        self._say(f"graph row i to {value}")
        spin.setValue(value)

    @action(1)
    def act_derivation_parameter(self) -> None:
        self._combo("derivation parameter", self.window.backprop.derivation.combo, self.rng.random())

    @action(1)
    def act_gradcheck(self) -> None:
        self._say("run gradcheck")
        self.window.backprop.gradcheck.run()
