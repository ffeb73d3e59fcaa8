"""The command line in French with --lang fr, and unchanged in English (the other tests read English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gradviz import cli, i18n

FILES = Path(__file__).resolve().parent / "homework" / "files"


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_check_explains_a_slip_in_french(capsys):
    status, out, _ = run(capsys, "check", str(FILES / "gv_slips.py"), "--lang", "fr")
    assert status == 2
    assert out.splitlines()[0].endswith(" : ÉCHEC")
    assert "erreur classique sign_flipped : Un gradient a le mauvais signe" in out
    assert "  conventions :\n    - arguments (X, W, b), comme dans le cours" in out
    assert (
        "gradients : FAUX · définition du cours : oui" in out
        and "chaîne : loss = mse(linear(X, W, b), Y)" in out
    )


def test_check_names_the_missing_function_and_the_convention_in_french(capsys):
    _, out, _ = run(capsys, "check", str(FILES / "gv_linear_only.py"), "--lang", "fr")
    assert "ÉCHEC : aucune Function MSE trouvée (il ne définit que Linear)" in out


@pytest.mark.torch
def test_check_names_the_mse_convention_in_french(capsys):
    pytest.importorskip("torch", reason="mse_sum.py is a PyTorch file; PyTorch is not installed")
    _, out, _ = run(capsys, "check", str(FILES / "mse_sum.py"), "--lang", "fr")
    assert "votre MSE somme les carrés des erreurs sans diviser par q = 7" in out


def test_check_rows_are_french(capsys):
    files = [str(FILES / name) for name in ("gv_good.py", "gv_linear_only.py", "gv_slips.py")]
    _, out, _ = run(capsys, "check", *files, "--lang", "fr")
    lines = out.splitlines()
    assert lines[0].startswith("fichier") and "résultat" in lines[0]
    assert "pas de MSE (chaîne non vérifiée)" in out
    assert "db_unreduced : ∂b est grad_output lui-même" in out
    assert lines[-1] == "fichiers réussis : 1 sur 3"


def test_train_reports_in_french_with_a_decimal_point(capsys):
    status, out, _ = run(capsys, "train", "--steps", "20", "--lang", "fr")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("penguins : 342 exemples (274 d'entraînement, 68 de test)")
    assert "lot complet, calendrier constant, caractéristiques standardisées" in lines[1]
    assert "coefficients en unités d'origine :" in out and "ordonnée à l'origine" in out
    assert "R² des moindres carrés        0.748424" in out


def test_divergence_is_explained_in_french(capsys):
    status, _, err = run(capsys, "train", "--steps", "50", "--lr", "5", "--lang", "fr")
    assert status == 2
    assert (
        "Divergence au pas 6 (l'exécution reste au pas 5) : lr 5 dépasse le taux critique 2/λmax = 1" in err
    )


def test_gradcheck_and_datasets_speak_french(capsys):
    _, out, _ = run(capsys, "gradcheck", "--trials", "1", "--lang", "fr")
    assert out.startswith("différences finies centrées, eps 1e-06 ; une entrée est juste")
    assert out.splitlines()[2].startswith("fonction  formes") and out.rstrip().endswith(
        "tous les gradients concordent avec les différences finies"
    )
    _, out, _ = run(capsys, "datasets", "--lang", "fr")
    assert out.startswith("nom ") and "synthétique" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["train", "--target", "y"], "gradviz : erreur : --target et --features s'utilisent avec --csv"),
        (
            ["train", "--dataset", "nope"],
            "gradviz : erreur : jeu de données 'nope' inconnu ; choisissez parmi",
        ),
        (
            ["train", "--csv", "/no/such.csv"],
            "gradviz : erreur : /no/such.csv : fichier introuvable ; vérifiez",
        ),
    ],
)
def test_errors_are_french_with_exit_status_2(capsys, argv, message):
    status, _, err = run(capsys, *argv, "--lang", "fr")
    assert status == 2 and err.startswith(message)


def test_english_stays_as_it_was(capsys):
    _, out, _ = run(capsys, "check", str(FILES / "gv_linear_only.py"), "--lang", "en")
    assert "    case                   input  shape     result     largest error  at\n" in out
    assert "  gradients: right · course's definition: yes\n" in out
    assert out.rstrip().endswith(
        "FAIL: no MSE Function found (it defines Linear only): the homework is both Linear and MSE, so the "
        "chain mse(linear(X, W, b), Y) could not be checked; define `class MSE(gradviz.engine.Function):` "
        "in the file"
    )
    _, out, _ = run(capsys, "train", "--steps", "20", "--lang", "en")
    assert out.startswith("penguins: 342 rows (274 train, 68 test), 1 feature → body_mass_g\n")
    assert "\n                                 train          test\n" in out
    _, out, _ = run(capsys, "gradcheck", "--trials", "1", "--lang", "en")
    assert "function  shapes                      max |error|  max rel error  of tolerance  result\n" in out
    status, _, err = run(capsys, "train", "--target", "y", "--lang", "en")
    assert status == 2 and err == "gradviz: error: --target and --features go with --csv\n"
