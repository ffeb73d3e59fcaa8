"""Settings and session files: the schema refuses anything the window could not use."""

import json
import math
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradviz import i18n
from gradviz.datasets import DatasetError
from gradviz.settings import Settings, SettingsError, build_run


def session(**entries) -> str:
    return json.dumps({"gradviz_session": 1, **entries})


def test_a_saved_session_opens_as_it_was(tmp_path):
    original = Settings(dataset="line", dataset_params={"n": 500, "noise": 2.5}, optimizer="adam")
    original.speed = math.inf
    original.save(tmp_path / "s.json")
    assert Settings.open(tmp_path / "s.json") == original


LINE, MOMENTUM = {"dataset": "line"}, {"optimizer": "momentum"}


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"dataset": ["line"]}, "unknown dataset ['line']"),
        ({**LINE, "dataset_params": {"n": "abc"}}, "'dataset_params.n' must be a whole number"),
        ({**LINE, "dataset_params": {"n": None}}, "'dataset_params.n' must be a whole number"),
        ({**LINE, "dataset_params": {"n": [1]}}, "'dataset_params.n' must be a whole number"),
        ({**LINE, "dataset_params": {"seed": 1.5}}, "'dataset_params.seed' must be a whole number"),
        ({**LINE, "dataset_params": {"slope": 1e9}}, "from -10 to 10"),
        ({**LINE, "dataset_params": {"tilt": 1}}, "unknown entry 'tilt'; its settings are: n, slope"),
        ({"dataset": "boston", "dataset_params": {"n": 5}}, "unknown entry 'n'; it takes none"),
        ({"seed": 1.5}, "'seed' must be a whole number from 0"),
        ({"dataset": "csv", "csv_path": 123}, "'csv_path' must be text"),
        ({"dataset": "csv", "csv_path": "a\x00b.csv"}, "'csv_path' must be text (no NUL"),
        ({"dataset": "csv"}, "no csv_path"),
        ({"csv_features": "a,b"}, "'csv_features' must be a list of column names"),
        ({"csv_targets": "a,b"}, "'csv_targets' must be a list of column names"),
        ({"csv_targets": ["a", 1]}, "'csv_targets' must be text"),
        ({"csv_targets": ["a", "b", "a"]}, "'csv_targets' lists 'a' twice; list each target once"),
        ({"csv_features": ["x", "x"]}, "'csv_features' lists 'x' twice; list each feature once"),
        (
            {"csv_targets": ["a", "b"], "csv_features": ["x", "b"]},
            "names 'b' in both 'csv_targets' and 'csv_features'; a column is a target or a feature",
        ),
        ({"csv_target": 5}, "'csv_target' must be text"),
        (
            {"csv_target": "a", "csv_targets": ["a"]},
            "both 'csv_target' and 'csv_targets'; keep 'csv_targets'",
        ),
        ({**MOMENTUM, "optimizer_params": {"beta": "0.5"}}, "'optimizer_params.beta' must be a num"),
        ({**MOMENTUM, "optimizer_params": {"beta": True}}, "'optimizer_params.beta' must be a num"),
        ({**MOMENTUM, "optimizer_params": {"rho": 0.5}}, "unknown entry 'rho'; its settings are: beta"),
        ({"optimizer": "gd", "optimizer_params": {"beta": 0.5}}, "unknown entry 'beta'; it takes none"),
        ({"optimizer_params": []}, "'optimizer_params' must be an object"),
        ({"lr": float("nan")}, "'lr' must be a number from 1e-06 to 10"),
        ({"batch_size": 2.5}, "'batch_size' must be a whole number"),
        ({"schedule": None}, "unknown schedule None"),
        ({"learning_rate": 0.1}, "unknown setting 'learning_rate'"),
        ({"fast_path": 1}, "'fast_path' must be true or false"),
    ],
)
def test_wrong_types_and_values_are_refused_by_name(tmp_path, entries, message):
    path = tmp_path / "bad.json"
    path.write_text(session(**entries))
    with pytest.raises(SettingsError) as error:
        Settings.open(path)
    assert message in str(error.value) and "bad.json" in str(error.value)


@pytest.fixture
def french():
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def test_a_bad_session_is_refused_in_french(tmp_path, french):
    with pytest.raises(SettingsError) as error:
        Settings.from_json(session(lr=-1))
    assert str(error.value) == (
        "le réglage 'lr' de la session doit être un nombre de 1e-06 à 10, reçu\u00a0: -1"
    )
    path = tmp_path / "bad.json"
    path.write_text(session(dataset="line", dataset_params={"tilt": 1}))
    with pytest.raises(SettingsError) as error:
        Settings.open(path)
    assert str(error.value).startswith(
        "bad.json\u00a0: le réglage 'dataset_params' de la session a une entrée inconnue 'tilt'"
        "\u202f; ses réglages sont\u00a0: n, slope, "
    )


def test_deep_nesting_is_refused_not_a_recursion_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"gradviz_session": 1, "dataset_params": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(SettingsError, match="nested too deeply"):
        Settings.open(path)


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + session(lr=0.05).encode())
    assert Settings.open(path).lr == 0.05


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_not_opened(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(SettingsError, match=r"^pipe.json: not a regular file; choose a saved gradviz"):
        Settings.open(fifo)


def test_a_failed_save_keeps_the_old_session_whole(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    Settings(lr=0.05).save(path)
    before = path.read_bytes()

    def broken(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pathlib.Path.write_text", broken)
    with pytest.raises(OSError, match="No space left"):
        Settings(lr=0.5).save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temporary file left behind


@pytest.fixture
def two_targets(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text(
        "x,z,a,b\n" + "".join(f"{i},{i % 3},{2 * i + i % 2},{5 - i + i % 3}\n" for i in range(20))
    )
    return path


def test_a_two_target_session_opens_as_it_was_and_loads_both(tmp_path, two_targets):
    original = Settings(dataset="csv", csv_path=str(two_targets), csv_targets=["b", "a"], csv_features=["z"])
    original.save(tmp_path / "s.json")
    assert json.loads((tmp_path / "s.json").read_text())["csv_targets"] == ["b", "a"]
    opened = Settings.open(tmp_path / "s.json")
    assert opened == original
    prepared, trainer = build_run(opened)
    assert prepared.dataset.target_names == ("b", "a") and prepared.dataset.feature_names == ("z",)
    assert trainer.current.W.shape == (1, 2) and trainer.current.b.shape == (2,)


@pytest.mark.parametrize(("target", "targets", "names"), [("a", ["a"], ("a",)), ("", [], ("b",))])
def test_an_old_session_with_one_target_keeps_loading(tmp_path, two_targets, target, targets, names):
    path = tmp_path / "old.json"
    path.write_text(session(dataset="csv", csv_path=str(two_targets), csv_target=target, csv_features=[]))
    opened = Settings.open(path)
    assert opened.csv_targets == targets and opened.load_dataset().target_names == names
    assert "csv_target" not in json.loads(opened.to_json())


def test_build_run_makes_the_trainer_the_settings_describe():
    prepared, trainer = build_run(Settings(dataset="diabetes", optimizer="adam", lr=0.02, batch_size=32))
    assert (prepared.dataset.name, trainer.optimizer.name, trainer.lr, trainer.batch_size) == (
        "diabetes",
        "adam",
        0.02,
        32,
    )


# -- fuzz: any file either opens as usable settings or is refused by name ----------

VALID = json.loads(Settings().to_json())
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
FIELD_VALUES = {
    "dataset": st.sampled_from(["line", "boston", "csv", "nope", "ill-conditioned"]),
    "dataset_params": st.dictionaries(
        st.sampled_from(["n", "slope", "noise", "seed", "bend", "x"]),
        st.integers(-5, 2_000_000) | st.floats(allow_nan=True, allow_infinity=True) | json_values,
        max_size=3,
    ),
    "optimizer": st.sampled_from(["gd", "momentum", "nesterov", "rmsprop", "adam", "sgd"]),
    "optimizer_params": st.dictionaries(
        st.sampled_from(["beta", "rho", "beta1", "beta2", "eps", "nesterov"]),
        st.floats(-1, 2) | json_values,
        max_size=3,
    ),
}


@st.composite
def session_texts(draw) -> str:
    data = dict(VALID)
    for key in draw(st.lists(st.sampled_from(sorted(VALID)), max_size=4, unique=True)):
        strategy = FIELD_VALUES.get(key, json_values)
        data[key] = draw(strategy | json_values)
    if draw(st.booleans()):
        data.pop(draw(st.sampled_from(sorted(data))))
    text = json.dumps(data, allow_nan=True)
    if draw(st.integers(0, 9)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text


@settings(max_examples=300)
@given(text=session_texts(), bom=st.booleans())
def test_any_session_file_opens_as_usable_settings_or_is_refused_by_name(tmp_path_factory, text, bom):
    path = tmp_path_factory.mktemp("fuzz") / "fuzzed.json"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", "surrogatepass"))
    try:
        opened = Settings.open(path)
    except SettingsError as error:
        assert "fuzzed.json" in str(error)
        return
    opened.check()
    try:
        build_run(opened)
    except DatasetError:
        pass  # a CSV path that does not exist, a generator setting the data cannot have: the window says so
