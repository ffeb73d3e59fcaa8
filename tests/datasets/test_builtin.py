from dataclasses import replace

import numpy as np
import pytest

from gradviz.datasets import DatasetError, list_datasets, load


@pytest.mark.parametrize(
    ("name", "shape", "target"),
    [
        ("boston", (506, 13), "medv"),
        ("diabetes", (442, 10), "progression"),
        ("penguins", (342, 1), "body_mass_g"),
    ],
)
def test_real_datasets_have_their_documented_shape(name, shape, target):
    data = load(name)
    assert data.X.shape == shape and data.Y.shape == (shape[0], 1)
    assert data.X.dtype == np.float64 and data.target_names == (target,)
    assert data.source and data.description


def test_boston_description_warns_about_the_b_column():
    data = load("boston")
    assert "b" in data.feature_names
    assert "Black" in data.description and "removed" in data.description


def test_penguins_drops_its_two_unmeasured_rows():
    assert load("penguins").n_samples == 342


@pytest.mark.parametrize("name", ["line", "ill-conditioned", "outliers", "curve"])
def test_generators_are_seeded(name):
    a, b, c = load(name, seed=1), load(name, seed=1), load(name, seed=2)
    np.testing.assert_array_equal(a.X, b.X)
    assert not np.array_equal(a.Y, c.Y)


def test_generator_parameters_are_honoured():
    data = load("line", n=1000, slope=-3, intercept=4, noise=0)
    assert data.n_samples == 1000
    np.testing.assert_allclose(data.Y, -3 * data.X + 4)


def test_ill_conditioned_features_are_strongly_correlated():
    data = load("ill-conditioned", correlation=0.99, n=5000)
    assert np.corrcoef(data.X.T)[0, 1] > 0.98


def test_unknown_dataset_and_parameter_are_clear_errors():
    with pytest.raises(DatasetError, match="unknown dataset 'bostn'; choose one of boston"):
        load("bostn")
    with pytest.raises(DatasetError, match="'line' has no parameter 'slop'"):
        load("line", slop=1)
    with pytest.raises(DatasetError, match="out of range"):
        load("line", n=1)


def test_list_datasets_gives_every_name_and_shape():
    infos = {i.name: i for i in list_datasets()}
    assert set(infos) == {"boston", "diabetes", "penguins", "line", "ill-conditioned", "outliers", "curve"}
    assert (infos["boston"].n_samples, infos["boston"].n_features) == (506, 13)
    assert infos["line"].params and not infos["boston"].params


def test_catalogue_matches_what_load_returns():
    for info in list_datasets():
        data = load(info.name)
        assert (data.n_samples, data.n_features) == (info.n_samples, info.n_features)
        assert data.target_names == (info.target,)


def test_generator_shape_and_defaults_come_from_its_spec_alone(monkeypatch):
    from gradviz.datasets import synthetic

    spec = synthetic.GENERATORS["ill-conditioned"]
    params = tuple(replace(p, default=37) if p.name == "n" else p for p in spec.params)
    monkeypatch.setitem(synthetic.GENERATORS, "ill-conditioned", replace(spec, params=params))
    info = {i.name: i for i in list_datasets()}["ill-conditioned"]
    data = load("ill-conditioned")
    assert info.n_samples == data.n_samples == 37
    assert info.n_features == len(spec.features) == data.n_features == 2
    assert data.feature_names == spec.features and info.params == params


def test_real_dataset_info_comes_from_its_spec(monkeypatch):
    from gradviz.datasets import builtin

    monkeypatch.setitem(builtin._REAL, "penguins", replace(builtin._REAL["penguins"], summary="Penguins!"))
    info = {i.name: i for i in list_datasets()}["penguins"]
    assert (info.kind, info.n_samples, info.n_features, info.target) == ("real", 342, 1, "body_mass_g")
    assert info.summary == "Penguins!"
