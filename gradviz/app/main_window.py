"""The main window: lays out the panels and wires controls → controller → plots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..engine.mistakes import MISTAKES
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..settings import Settings
from . import theme
from .backprop import VIEWS
from .backprop_area import BackpropArea
from .context import RunContext
from .controller import Controller
from .controls import ControlPanel
from .elided import ElidedLabel
from .file_actions import FileActions
from .functions_actions import FunctionsActions
from .gradcheck_panel import Check, linear_inputs, mse_inputs
from .language import add_language_menu
from .last_folder import LastFolder
from .panels.fit import FitPanel
from .panels.gradient import GradientPanel
from .panels.landscape import LandscapePanel
from .panels.loss import LossPanel
from .presenter import Presenter
from .race_actions import RaceActions
from .shortcuts import SpinBoxKeys
from .transport import TransportBar
from .walker import Walker

__all__ = ["MainWindow"]

CONTROLS_WIDTH = (300, 360)  # the control column's least and largest width, at zoom 1
NOTE_WIDTH = 380  # pixels for passing notes at the right of the status bar

SHORTCUTS = (  # translated where shown (context "MainWindow"), keys too: "Espace", "Maj+→"
    (QT_TRANSLATE_NOOP("MainWindow", "Space"), QT_TRANSLATE_NOOP("MainWindow", "play or pause")),
    ("→", QT_TRANSLATE_NOOP("MainWindow", "one step")),
    ("←", QT_TRANSLATE_NOOP("MainWindow", "show the previous step")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Shift+→"),
        QT_TRANSLATE_NOOP("MainWindow", "one sub-step of backpropagation (the last one takes the step)"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "Shift+←"), QT_TRANSLATE_NOOP("MainWindow", "one sub-step back")),
    (
        "B",
        QT_TRANSLATE_NOOP(
            "MainWindow", "show or hide the backpropagation area (graph, derivation, gradient check)"
        ),
    ),
    ("R", QT_TRANSLATE_NOOP("MainWindow", "reset to the start point")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("MainWindow", "open a CSV file")),
    (
        "Ctrl+U",
        QT_TRANSLATE_NOOP("MainWindow", "train with your own Linear and MSE (a .py file or a notebook)"),
    ),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "quit")),
)
VIEW_ENTRIES = (
    QT_TRANSLATE_NOOP("MainWindow", "Graph of the step"),
    QT_TRANSLATE_NOOP("MainWindow", "Derivation"),
    QT_TRANSLATE_NOOP("MainWindow", "Gradient check"),
)


class MainWindow(QMainWindow):
    sigReplaced = Signal(object)  # the window that takes this one's place (View → Language)

    def __init__(
        self,
        settings: Settings | None = None,
        preferences: QSettings | None = None,
        *,
        controller: Controller | None = None,
    ) -> None:
        """`preferences` keeps the theme, the zoom, the geometry and the language between runs (None:
        not kept). `controller`: an existing run to show (a window rebuilt in another language);
        `settings` is then ignored."""
        theme.configure()  # before any plot exists
        super().__init__()
        self.setWindowTitle(translate("MainWindow", "gradviz: gradient descent at work"))
        self.setObjectName("gradviz")
        if controller is None:
            controller = Controller(settings, parent=self)
        else:
            controller.setParent(self)
        self.controller = controller
        self.controls = ControlPanel()
        self.fit = FitPanel()
        self.loss = LossPanel()
        self.landscape = LandscapePanel()
        self.gradient = GradientPanel()
        self.panels = (self.fit, self.loss, self.landscape, self.gradient)
        self.walker = Walker(self.controller, parent=self)
        self.backprop = BackpropArea()
        self.transport = TransportBar()
        # Text that changes every frame must not relayout the window (which repaints it
        # all): Qt skips that only for widgets of fixed size, so _fit_status sizes it.
        self.status = ElidedLabel()
        self.statusBar().addWidget(self.status, 1)
        self.note = ElidedLabel()  # passing notes ("saved …"), beside the live status
        theme.mute(self.note)
        self.note.setFixedWidth(NOTE_WIDTH)
        self.note.hide()  # the status has the whole width until a note comes
        self.statusBar().addPermanentWidget(self.note)
        # Owned by the window, so that it dies with it and never fires on a deleted label.
        self._note_timer = QTimer(self, singleShot=True)
        self._note_timer.timeout.connect(lambda: self.show_note(""))
        self.last_folder = LastFolder(preferences)  # where every file dialog starts
        self.files = FileActions(self)
        self.functions = FunctionsActions(self)
        self.screen_width: int | None = None  # a snapshot's own, else the screen's (see _fit_controls)
        self._layout()
        self.presenter = Presenter(self, preferences)
        # Once the panels have taken the new fonts: their least widths change only then.
        self._refit_controls = QTimer(self, singleShot=True, interval=0)
        self._refit_controls.timeout.connect(lambda: self._fit_controls(self.presenter.zoom))
        self.presenter.sigZoom.connect(lambda _zoom: self._refit_controls.start())
        self.presenter.sigZoom.connect(lambda _: self.backprop.derivation.restyle())
        self.presenter.sigZoom.connect(lambda _: self.backprop.graph.restyle())
        self._menus()
        self._shortcuts()
        self._connect()
        self.controls.set_settings(self.controller.settings)
        self.transport.set_speed(self.controller.settings.speed)
        self.presenter.restore()
        self.controller.start()
        if self.controller.functions is not None:  # a rebuilt window: the check follows the run
            self._on_functions(self.controller.functions)

    # -- construction --------------------------------------------------------

    def _layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._controls_area = scroll

        top, bottom = QSplitter(Qt.Orientation.Horizontal), QSplitter(Qt.Orientation.Horizontal)
        self._rows = (top, bottom)
        for row, panels in ((top, (self.fit, self.loss)), (bottom, (self.landscape, self.gradient))):
            for panel in panels:
                row.addWidget(panel)
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(top)
        plots.addWidget(bottom)
        for splitter in (top, bottom, plots):  # a plot dragged to nothing would vanish without a trace
            splitter.setChildrenCollapsible(False)
        # Under the plots, folded away until asked for: the graph of the step, its derivation.
        self.work = QSplitter(Qt.Orientation.Vertical)
        self.work.addWidget(plots)
        self.work.addWidget(self.backprop)
        self.work.setCollapsible(0, False)
        self.work.setSizes([1, 0])
        self.work.splitterMoved.connect(lambda *_: self._on_backprop_resized())

        self._right_column = right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.functions.banner)
        column.addWidget(self.work, 1)
        column.addWidget(self.transport)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.setChildrenCollapsible(False)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        self._main_split = main
        self.setCentralWidget(main)
        self._fit_controls(1.0)

    def _fit_controls(self, zoom: float) -> None:
        """The control column grows with the text (presenter zoom), up to half the window; its
        least width, up to a third of the screen (but never below 300 pixels).

        Where the screen is too narrow for that (1024 pixels at zoom 1.5), it shrinks to what its
        own widgets need, and the plots have the rest: the window is then no wider than the screen.
        """
        low, high = (round(width * zoom) for width in CONTROLS_WIDTH)
        high = max(CONTROLS_WIDTH[1], min(high, self.width() // 2))
        area = self._controls_area
        needed = self.controls.minimumSizeHint().width() + 2 * area.frameWidth()
        screen = self.screen_width or self.screen().availableGeometry().width()
        room = screen - self._right_column.minimumSizeHint().width() - self._main_split.handleWidth()
        low = min(low, max(CONTROLS_WIDTH[0], screen // 3))
        low = max(low if low <= room else needed, needed)
        area.setMinimumWidth(min(low, high))
        area.setMaximumWidth(high)

    def _menus(self) -> None:
        menu = self.menuBar()
        files, functions = self.files, self.functions
        file = menu.addMenu(translate("MainWindow", "&File"))
        self._action(
            file, translate("MainWindow", "Open CSV…"), files.open_csv, QKeySequence.StandardKey.Open
        )
        self._action(
            file, translate("MainWindow", "Save session…"), files.save_session, QKeySequence.StandardKey.Save
        )
        self._action(file, translate("MainWindow", "Open session…"), files.open_session)
        export = file.addMenu(translate("MainWindow", "Export"))
        self._action(export, translate("MainWindow", "Window as PNG…"), files.export_png)
        self._action(export, translate("MainWindow", "Plots as SVG…"), files.export_svg)
        self._action(export, translate("MainWindow", "Animation (GIF or MP4)…"), files.export_animation)
        self._action(export, translate("MainWindow", "History as CSV…"), files.export_history)
        self._action(export, translate("MainWindow", "Summary as JSON…"), files.export_summary)
        file.addSeparator()
        self._action(
            file, translate("MainWindow", "Use my Functions…"), functions.choose_file, QKeySequence("Ctrl+U")
        )
        self._action(file, translate("MainWindow", "Use gradviz's Functions"), functions.use_gradviz)
        file.addSeparator()
        self.quit_action = self._action(file, translate("MainWindow", "Quit"), self.close)
        # Ctrl+Q as the shortcuts table says, even where the platform binds none to Quit (Windows, offscreen)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(
            quit_keys + [key for key in [QKeySequence("Ctrl+Q")] if key not in quit_keys]
        )

        view = menu.addMenu(translate("MainWindow", "&View"))
        self.log_action = self._mirror(view, translate("MainWindow", "Log-scale loss"), self.loss.log_scale)
        self.residual_action = self._mirror(view, translate("MainWindow", "Residuals"), self.fit.residuals)
        self.units_action = self._mirror(
            view, translate("MainWindow", "Parameters in original units"), self.gradient.original_units
        )
        view.addSeparator()
        self.backprop_action = QAction(translate("MainWindow", "Backpropagation"), self, checkable=True)
        self.backprop_action.setShortcut(QKeySequence(Qt.Key.Key_B))
        self.backprop_action.setToolTip(
            translate("MainWindow", "The graph of the step, its derivation and a gradient check (B)")
        )
        self.backprop_action.toggled.connect(self.set_backprop_visible)
        view.addAction(self.backprop_action)
        for name, text in zip(VIEWS, VIEW_ENTRIES):
            self._action(
                view, f"    {translate('MainWindow', text)}", lambda _=False, name=name: self.show_view(name)
            )
        self.transport.add_action(self.backprop_action)
        self.presenter.add_to(view)
        view.addSeparator()
        self.language_actions = add_language_menu(self, view)

        run = menu.addMenu(translate("MainWindow", "&Run"))
        self.race = RaceActions(self)
        self._action(run, translate("MainWindow", "Race optimizers…"), self.race.choose)
        self.stop_race_action = self._action(run, translate("MainWindow", "Stop race"), self.race.stop)
        self.stop_race_action.setEnabled(bool(self.controller.racers))  # only while a race runs
        self.controller.sigRace.connect(lambda views: self.stop_race_action.setEnabled(views is not None))

        mistakes = menu.addMenu(translate("MainWindow", "&Mistakes"))
        mistakes.setToolTipsVisible(True)
        for key, mistake in MISTAKES.items():
            label = mistake.label  # in the chosen language
            self._action(mistakes, label, lambda _=False, key=key: self.functions.use_mistake(key))
        mistakes.addSeparator()
        self._action(
            mistakes, translate("MainWindow", "None: gradviz's own Functions"), functions.use_gradviz
        )

        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        self._action(help_menu, translate("MainWindow", "Keyboard shortcuts"), self._show_shortcuts)
        self._action(help_menu, translate("MainWindow", "About gradviz"), self._show_about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _mirror(self, menu, text: str, checkbox: QCheckBox) -> QAction:
        """A checkable menu entry that stays in step with a panel's checkbox, both ways."""
        action = QAction(text, self, checkable=True, checked=checkbox.isChecked())
        action.toggled.connect(checkbox.setChecked)
        checkbox.toggled.connect(action.setChecked)
        menu.addAction(action)
        return action

    def _shortcuts(self) -> None:
        controller = self.controller
        for key, slot in (
            (Qt.Key.Key_Space, controller.toggle_play),
            (Qt.Key.Key_Right, controller.step),
            (Qt.Key.Key_Left, controller.step_back),
            (Qt.Key.Key_R, controller.reset),
            (Qt.Modifier.SHIFT | Qt.Key.Key_Right, self.walker.next),
            (Qt.Modifier.SHIFT | Qt.Key.Key_Left, self.walker.previous),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        # Without this, a focused spin box (the lr box, batch, seed …) swallows these keys.
        self.spin_box_keys = SpinBoxKeys(
            self, always=(Qt.Key.Key_Space, Qt.Key.Key_R), unless_editing=(Qt.Key.Key_Left, Qt.Key.Key_Right)
        )
        self.spin_box_keys.watch_all(self)

    def _connect(self) -> None:
        c, controls, transport = self.controller, self.controls, self.transport
        c.sigRunChanged.connect(self._on_run_changed)
        c.sigRecord.connect(self._on_record)
        c.sigPlaying.connect(transport.set_playing)
        c.sigStatus.connect(self._on_status)
        c.sigError.connect(self.show_error)
        c.sigSettings.connect(self._on_settings)
        c.sigFunctions.connect(self._on_functions)
        c.sigGhost.connect(self.landscape.show_ghost)
        c.sigGhost.connect(self.loss.show_ghost)
        c.sigRace.connect(self.landscape.show_race)
        c.sigRace.connect(self.loss.show_race)
        c.sigStepTaken.connect(self.landscape.show_step_taken)

        controls.sigDataset.connect(c.set_dataset)
        controls.sigOpenCsv.connect(self.files.open_csv)
        controls.sigStandardize.connect(c.set_standardize)
        controls.sigTestFraction.connect(c.set_test_fraction)
        controls.sigSeed.connect(c.set_seed)
        controls.sigOptimizer.connect(c.set_optimizer)
        controls.sigLr.connect(c.set_lr)
        controls.sigBatchSize.connect(c.set_batch_size)
        controls.sigSchedule.connect(c.set_schedule)
        controls.sigFastPath.connect(c.set_fast_path)

        transport.sigReset.connect(c.reset)
        transport.sigBack.connect(c.step_back)
        transport.sigPlayPause.connect(c.toggle_play)
        transport.sigStep.connect(c.step)
        transport.sigSpeed.connect(c.set_speed)
        transport.sigScrub.connect(c.scrub)
        self.landscape.sigStartChosen.connect(c.set_start)
        self.landscape.sigAxes.connect(c.set_landscape_axes)
        self.walker.sigWalk.connect(self.backprop.show_walk)
        self.walker.sigProblem.connect(self.backprop.show_problem)
        self.backprop.graph.sigSubstep.connect(self._on_substep)
        self.backprop.sigParameter.connect(self._on_parameter_picked)

    # -- controller → view -----------------------------------------------------

    def _on_run_changed(self, context: RunContext) -> None:
        for panel in self.panels:
            panel.set_run(context)
        self.units_action.setEnabled(context.standardized)  # raw features: θ is in original units
        self.units_action.setToolTip(self.gradient.original_units.toolTip())
        self.backprop.set_run(context)
        data = context.dataset
        self.controls.set_run_info(
            data.n_samples, data.n_features, context.train.n_samples, self.controller.trainer.critical
        )
        self.controls.set_description(data.description)

    def _on_functions(self, _functions) -> None:
        """The gradient check checks what the run trains with: a student's Functions, a mistake."""
        trainer = self.controller.trainer
        checks = [Check(trainer.linear, linear_inputs), Check(trainer.mse, mse_inputs)]
        self.backprop.gradcheck.checks = checks

    def _on_record(self, record) -> None:
        for panel in self.panels:
            panel.show_record(record)
        self.transport.set_position(record.iteration, self.controller.trainer.iteration)

    # -- the backpropagation area ---------------------------------------------

    @property
    def backprop_visible(self) -> bool:
        return self.work.sizes()[1] > 0

    def set_backprop_visible(self, on: bool) -> None:
        if on != self.backprop_visible:
            total = sum(self.work.sizes()) or self.work.height()
            self.work.setSizes([total - int(0.55 * total), int(0.55 * total)] if on else [total, 0])
        self._on_backprop_resized()

    def show_view(self, view: str) -> None:
        """Show the plots alone ("plots"), or the backpropagation area on one of its VIEWS."""
        if view == "plots":
            self.set_backprop_visible(False)
            return
        self.backprop.show_tab(view)
        self.set_backprop_visible(True)

    def _on_parameter_picked(self, index: tuple[int, int]) -> None:
        """A parameter picked in the Graph or the Derivation lights up in the plots too."""
        self.gradient.highlight(index)
        self.landscape.highlight(index)

    def _on_substep(self, direction: int) -> None:
        self.walker.next() if direction > 0 else self.walker.previous()

    def _on_backprop_resized(self) -> None:
        visible = self.backprop_visible
        with QSignalBlocker(self.backprop_action):
            self.backprop_action.setChecked(visible)
        self._arrange_plots(one_row=visible)
        self.walker.wanted = visible  # the walk is built only while someone can see it

    def _arrange_plots(self, one_row: bool) -> None:
        """Two rows of two plots; while the backpropagation area takes the space below, one
        row of the three a step changes most visibly: the fit, the landscape, the gradient."""
        top, bottom = self._rows
        if bottom.isHidden() == one_row:
            return
        rows = (
            ((top, (self.fit, self.landscape, self.gradient)), (bottom, (self.loss,)))
            if one_row
            else ((top, (self.fit, self.loss)), (bottom, (self.landscape, self.gradient)))
        )
        for row, panels in rows:
            for panel in panels:
                row.addWidget(panel)  # moves it out of the row it was in
        bottom.setVisible(not one_row)
        width = self.work.width() or self.width()
        for row in (top, bottom):
            row.setSizes([width // row.count()] * row.count())

    def _on_status(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        style = f"color: {theme.look().palette.error}; font-weight: bold" if problem else ""
        if self.status.styleSheet() != style:
            self.status.setStyleSheet(style)
        # A problem and its way out (a safe rate, say) take two lines, the rest is in the tooltip.
        self.status.set_lines(2 if problem else 1, always_tip=problem)

    def show_settings(self) -> None:
        """Show the settings in force (after a cancelled import left the dataset box on CSV, say)."""
        self._on_settings(self.controller.settings)

    def _on_settings(self, settings: Settings) -> None:
        self.controls.set_settings(settings, self._csv_name())
        self.controls.set_critical(self.controller.trainer.critical)  # of this optimizer and batch size
        self.landscape.set_axes(settings.landscape_axes)
        self.transport.set_speed(settings.speed)

    def _csv_name(self) -> str | None:
        path = self.controller.settings.csv_path
        return Path(path).name if path else None

    def show_note(self, text: str, seconds: float = 8.0) -> None:
        """A passing note beside the status; a newer note replaces it and restarts the clock."""
        self.note.setText(text)
        if self.note.isHidden() == bool(text):
            self.note.setVisible(bool(text))
            self._fit_status()
        if text:
            self._note_timer.start(int(seconds * 1000))

    def show_error(self, message: str) -> None:
        """A problem the user can fix: red in the status bar, no dialog."""
        self._on_status(f"{message}", True)

    # -- help ----------------------------------------------------------------

    def _show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{translate('MainWindow', k)}</b></td><td>{translate('MainWindow', v)}</td></tr>"
            for k, v in SHORTCUTS
        )
        title = translate("MainWindow", "Keyboard shortcuts")
        QMessageBox.information(self, title, f"<table cellpadding=4>{rows}</table>")

    def _show_about(self) -> None:
        from .. import __version__

        about = translate(
            "MainWindow",
            "Gradient descent at work on linear regression: "
            "a NumPy autograd engine (Linear, MSE, backward) driven step by step.",
        )
        QMessageBox.about(
            self, translate("MainWindow", "About gradviz"), f"<b>gradviz {__version__}</b><br>{about}"
        )

    # -- lifetime ------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1400, 900)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_status()

    def _fit_status(self) -> None:
        note = 0 if self.note.isHidden() else NOTE_WIDTH + 8
        self.status.setFixedWidth(max(100, self.width() - note - 24))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.controller.pause()
        self.presenter.save()
        super().closeEvent(event)
