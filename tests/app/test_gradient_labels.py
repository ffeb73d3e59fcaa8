"""The gradient bars name every parameter, cutting long names on the axis."""

def test_long_parameter_names_are_cut_on_the_bar_axis_but_whole_in_the_readout(make_window):
    window = make_window()  # penguins: w[flipper_length_mm]
    ticks = window.gradient.grad_plot.getAxis("left")._tickLevels
    names = [name for level in ticks for _, name in level]
    assert "w[flipper_len…" in names and all(len(name) <= 14 for name in names)
    assert "w[flipper_length_mm]" in [p.label for p in window.controller.context.parameters]
