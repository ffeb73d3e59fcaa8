"""Every built-in dataset says what it is, and `describe` says it without loading a real file."""

import pytest

from gradviz.datasets import describe, list_datasets, load

NAMES = [info.name for info in list_datasets()]


@pytest.mark.parametrize("name", NAMES)
def test_every_built_in_dataset_has_a_description_and_describe_gives_it(name):
    assert len(describe(name)) > 40
    assert describe(name) == load(name).description


def test_boston_says_plainly_what_its_b_column_is():
    text = " ".join(describe("boston").split())
    assert "`b` is racist" in text and "proportion of Black residents" in text


def test_the_ill_conditioned_description_names_the_valley_and_its_axes():
    text = describe("ill-conditioned")
    assert "narrow valley" in text and "w[x1] against w[x2]" in text
