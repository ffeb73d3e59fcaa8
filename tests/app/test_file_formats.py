"""One check of an output file's extension, for pictures and animations, in both languages."""

import pytest

from gradviz.app.animation import animation_format
from gradviz.app.file_formats import output_format
from gradviz.app.launch import image_format


@pytest.mark.parametrize("name, expected", [("run.gif", "gif"), ("RUN.MP4", "mp4"), ("a.b/run.Gif", "gif")])
def test_the_extension_names_the_format_in_any_case(name, expected):
    assert animation_format(name) == expected


@pytest.mark.parametrize(
    "name, found",
    [("run.avi", "gradviz cannot write .avi files"), ("run", "the name has no extension")],
)
def test_a_wrong_extension_names_the_problem_and_the_ones_that_would_do(name, found):
    with pytest.raises(ValueError) as error:
        animation_format(name)
    assert str(error.value) == f"cannot save {name}: {found}; end the name with .gif or .mp4"


def test_pictures_offer_the_formats_this_qt_writes(qapp):
    assert image_format("shot.PNG") == "png"
    with pytest.raises(ValueError, match=r"end the name with \.png, .*\.jpg.* or \.\w+$"):
        image_format("shot.docx")


def test_one_format_is_offered_without_a_list():
    with pytest.raises(ValueError, match=r"end the name with \.svg$"):
        output_format("plot.png", ["svg"])


def test_the_message_is_french_in_french(french):
    with pytest.raises(ValueError) as error:
        animation_format("run.avi")
    assert str(error.value) == (
        "impossible d'enregistrer run.avi\u00a0: gradviz ne sait pas écrire de fichiers .avi\u202f; "
        "terminez le nom par .gif ou .mp4"
    )
