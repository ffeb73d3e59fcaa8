"""The command line in French with --lang fr, and unchanged in English (the other tests read English)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from gradviz import cli, i18n
from gradviz.datasets import from_csv
from gradviz.engine import Function, gradcheck_report

FILES = Path(__file__).resolve().parent / "homework" / "files"


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")
    i18n.set_decimal_comma(False)  # a French window (snapshot) writes decimal commas


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_check_explains_a_slip_in_french(capsys):
    status, out, _ = run(capsys, "check", str(FILES / "gv_slips.py"), "--lang", "fr")
    assert status == 2
    assert out.splitlines()[0].endswith("\u00a0: ÉCHEC")
    assert "erreur classique sign_flipped\u00a0: Un gradient a le mauvais signe" in out
    assert "  conventions\u00a0:\n    - arguments (X, W, b), comme dans le cours" in out
    assert (
        "gradients\u00a0: FAUX · définition du cours\u00a0: oui" in out
        and "chaîne\u00a0: loss = mse(linear(X, W, b), Y)" in out
    )


def test_check_names_the_missing_function_and_the_convention_in_french(capsys):
    _, out, _ = run(capsys, "check", str(FILES / "gv_linear_only.py"), "--lang", "fr")
    assert "ÉCHEC\u00a0: aucune Function MSE trouvée (il ne définit que Linear)" in out


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
    assert "db_unreduced\u00a0: ∂b est grad_output lui-même" in out
    assert lines[-1] == "fichiers réussis\u00a0: 1 sur 3"


def test_train_reports_in_french_with_a_decimal_point(capsys):
    status, out, _ = run(capsys, "train", "--steps", "20", "--lang", "fr")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("penguins\u00a0: 342 exemples (274 d'entraînement, 68 de test)")
    assert "lot complet, calendrier constant, caractéristiques standardisées" in lines[1]
    assert "coefficients en unités d'origine\u00a0:" in out and "ordonnée à l'origine" in out
    assert "R² des moindres carrés        0.748424" in out


def test_divergence_is_explained_in_french(capsys):
    status, _, err = run(capsys, "train", "--steps", "50", "--lr", "5", "--lang", "fr")
    assert status == 2
    assert (
        "Divergence au pas 6 (l'exécution reste au pas 5)\u00a0: lr 5 dépasse le taux critique 2/λmax = 1"
        in err
    )


def test_gradcheck_and_datasets_speak_french(capsys):
    _, out, _ = run(capsys, "gradcheck", "--trials", "1", "--lang", "fr")
    assert out.startswith("différences finies centrées, eps 1e-06\u202f; une entrée est juste")
    assert out.splitlines()[2].startswith("fonction  formes") and out.rstrip().endswith(
        "tous les gradients concordent avec les différences finies"
    )
    _, out, _ = run(capsys, "datasets", "--lang", "fr")
    assert out.startswith("nom ") and "synthétique" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["train", "--target", "y"],
            "gradviz\u00a0: erreur\u00a0: --target et --features s'utilisent avec --csv",
        ),
        (
            ["train", "--dataset", "nope"],
            "gradviz\u00a0: erreur\u00a0: jeu de données 'nope' inconnu\u202f; choisissez parmi",
        ),
        (
            ["train", "--csv", "/no/such.csv"],
            "gradviz\u00a0: erreur\u00a0: /no/such.csv\u00a0: fichier introuvable\u202f; vérifiez",
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


# -- what was still English (issue 14): gradcheck, CSV, loading a homework file, --help, --race/--axes

NBSP, NNBSP = "\u00a0", "\u202f"
ERROR = f"gradviz{NBSP}: erreur{NBSP}: "
# Words of the English sentences, none of which a French one uses.
ENGLISH = re.compile(r"\b(the|is|not|has|and|of|with|line|column|rows|found|choose|fix|give|leave)\b")


def english_left(text: str) -> list[str]:
    return ENGLISH.findall(text)


@pytest.fixture
def csvs(tmp_path: Path) -> Path:
    files = {
        "empty.csv": b"",
        "text.csv": b"a,b\nx,y\nz,w\n",
        "one.csv": b"a\n1\n2\n3\n",
        "ragged.csv": b"a,b\n1,2\n3\n5,7\n",
        "latin1.csv": b"a,b\n1,\xe9\n3,4\n",
        "ok.csv": b"a,b,c\n1,2,3\n3,4,1\n5,7,2\n6,1,0\n",
        "constant.csv": b"a,b\n1,2\n1,4\n1,7\n",
        "holes.csv": b"a,b\n1,2\nnan,3\n,4\n",
        "data.json": b'{"a": 1}',
        "quote.csv": b'a,b\n1,"2\n3",4\n5,6\n',
        "open_quote.csv": b'a,b\n1,"2\n3,4\n',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.mark.parametrize(
    ("file", "options", "french"),
    [
        ("empty.csv", [], "empty.csv est vide\u202f; il faut une ligne d'en-tête"),
        ("text.csv", [], "text.csv n'a aucune colonne numérique"),
        ("one.csv", [], "one.csv n'a qu'une seule colonne\u202f; il faut une cible"),
        ("ragged.csv", [], "ragged.csv, ligne 3\u00a0: 1 champs, mais l'en-tête en a 2\u202f; chaque ligne"),
        (
            "latin1.csv",
            [],
            "latin1.csv, ligne 2, colonne 'b'\u00a0: 'é' n'est pas un nombre\u202f; corrigez la cellule",
        ),
        (
            "ok.csv",
            ["--target", "zz"],
            "ok.csv n'a pas de colonne nommée 'zz'\u202f; ses colonnes sont\u00a0: a, b, c",
        ),
        (
            "ok.csv",
            ["--target", "a", "--features", "a"],
            "'a' est une cible, elle ne peut donc pas être aussi",
        ),
        ("ok.csv", ["--target", "a,a"], "la cible 'a' est donnée deux fois"),
        (
            "ok.csv",
            ["--target", "a,b,c"],
            "ok.csv\u00a0: aucune colonne de caractéristique en dehors des cibles a, b, c",
        ),
        ("constant.csv", [], "constant.csv\u00a0: la caractéristique 'a' a la même valeur sur chaque ligne"),
        ("holes.csv", [], "holes.csv a 1 ligne(s) utilisable(s) après avoir écarté 2 lignes"),
        ("data.json", [], "data.json ressemble à du JSON, pas à du CSV"),
        (
            "quote.csv",
            [],
            "quote.csv, ligne 2\u00a0: une cellule entre guillemets continue jusqu'à la ligne 3",
        ),
        (
            "open_quote.csv",
            [],
            "open_quote.csv, ligne 2\u00a0: un guillemet (\") ouvert ici n'est jamais fermé",
        ),
        (".", [], "est un dossier, pas un fichier CSV\u202f; donnez le chemin"),
    ],
)
def test_csv_errors_are_french(capsys, csvs, file, options, french):
    status, out, err = run(capsys, "train", "--csv", str(csvs / file), *options, "--lang", "fr")
    assert status == 2 and out == ""
    assert err.startswith(ERROR) and french in err and err.count("\n") == 1, err
    assert not english_left(err.removeprefix(ERROR).replace(str(csvs), "")), err
    status, _, err = run(capsys, "train", "--csv", str(csvs / file), *options, "--lang", "en")
    assert status == 2 and err.startswith("gradviz: error: ")


def test_a_csv_run_notes_its_dropped_rows_and_describes_its_data_in_french(capsys, csvs):
    (csvs / "some_holes.csv").write_text("a,b\n1,2\nnan,3\n4,5\n6,9\n")
    status, out, err = run(
        capsys, "train", "--csv", str(csvs / "some_holes.csv"), "--steps", "5", "--lang", "fr"
    )
    assert status == 0 and err == f"gradviz{NBSP}: lignes écartées pour valeurs manquantes{NBSP}: 1 sur 4\n"
    assert out.startswith(f"some_holes{NBSP}: 3 exemples")
    i18n.set_language("fr")
    assert from_csv(csvs / "ok.csv").description == f"ok.csv{NBSP}: 4 exemples, 2 caractéristiques → c."
    i18n.set_language("en")
    assert from_csv(csvs / "ok.csv").description == "ok.csv: 4 rows, 2 features → c."


def test_train_json_keys_are_the_same_in_french(capsys, csvs):
    path = str(csvs / "ok.csv")
    _, english, _ = run(capsys, "train", "--csv", path, "--steps", "5", "--json", "--lang", "en")
    _, french, _ = run(capsys, "train", "--csv", path, "--steps", "5", "--json", "--lang", "fr")
    assert json.loads(french) == json.loads(english)


def test_a_failing_gradcheck_explains_itself_in_french(capsys):
    status, out, _ = run(capsys, "gradcheck", "--trials", "1", "--mistake", "sign", "--lang", "fr")
    assert status == 1
    assert (
        f"SignFlippedLinear{NBSP}: entrée 0 (X) (forme (5, 8)), coefficient (0, 0){NBSP}: "
        "analytique -6.7948, numérique 6.7948, |différence| 13.6 > atol + rtol·|numérique| = 0.0068"
    ) in out
    assert out.rstrip().endswith("certains gradients sont faux")
    _, out, _ = run(capsys, "gradcheck", "--trials", "1", "--mistake", "weight_transposed", "--lang", "fr")
    assert (
        f"WeightGradientTransposed.backward{NBSP}: le gradient de l'entrée 1 (W) a la forme (6, 8), "
        "attendu (8, 6) (la forme de l'entrée)"
    ) in out
    for english in ("input", "shape", "entry", "analytic", "expected", "return one"):
        assert english not in out
    _, out, _ = run(capsys, "gradcheck", "--trials", "1", "--mistake", "weight_transposed", "--lang", "en")
    assert "WeightGradientTransposed.backward: the gradient for input 1 (W) has shape (6, 8), expected" in out


def test_gradcheck_failures_are_french_for_every_kind():
    i18n.set_language("fr")

    class Forward(Function):
        @staticmethod
        def forward(ctx, x):
            raise ValueError("boom")

    class Tuple(Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, grad):
            return grad * 2

    class Count(Tuple):
        @staticmethod
        def backward(ctx, grad):
            return (grad, grad)

    class Nothing(Tuple):
        @staticmethod
        def backward(ctx, grad):
            return (None,)

    x = np.ones(3)
    assert gradcheck_report(Forward, [x]).failure.startswith(
        f"Forward.forward a levé ValueError{NBSP}: boom (pour des entrées de formes entrée 0 (x) (3,))"
    )
    assert "pas un tuple de gradients" in gradcheck_report(Tuple, [x]).failure
    assert "a rendu 2 gradients pour 1 entrée (x)" in gradcheck_report(Count, [x]).failure
    assert gradcheck_report(Nothing, [x]).failure == (
        f"Nothing.backward{NBSP}: le gradient de l'entrée 0 (x) est None{NNBSP}; "
        "rendez un gradient pour chaque entrée"
    )


@pytest.fixture
def homework(tmp_path: Path) -> Path:
    files = {
        "syntax.py": "def f(:\n    pass\n",
        "imports.py": "import nosuchmodule_gradviz\n",
        "nothing.py": "x = 1\n",
        "raises.py": "raise RuntimeError('boom')\n",
        "exits.py": "import os\nos._exit(3)\n",
        "loops.py": "while True: pass\n",  # one line, so that every run names the same line
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    ("file", "french"),
    [
        ("syntax.py", f"syntax.py, ligne 1{NBSP}: SyntaxError{NBSP}: invalid syntax (corrigez la ligne"),
        ("imports.py", f"imports.py importe nosuchmodule_gradviz, qui n'est pas installé{NBSP}: pip install"),
        ("nothing.py", f"nothing.py{NBSP}: aucune Function Linear ou MSE trouvée{NBSP}: gradviz cherche"),
        (
            "raises.py",
            f"raises.py, ligne 1{NBSP}: RuntimeError: boom (levée pendant le chargement du fichier",
        ),
        ("exits.py", "exits.py a mis fin à son processus pendant le chargement (code de sortie 3)"),
        ("loops.py", "loops.py n'a pas fini de se charger en 1 s (il exécutait la ligne 1)"),
    ],
)
def test_a_file_that_does_not_load_is_explained_in_french(capsys, homework, file, french):
    path = str(homework / file)
    status, out, err = run(capsys, "check", path, "--timeout", "1", "--lang", "fr")
    assert status == 2 and out == "" and err.startswith(ERROR) and french in err, err
    shown = err.removeprefix(ERROR).replace(str(homework), "")
    assert not english_left(shown.split("`")[0].replace("invalid syntax", "")), err
    _, english, _ = run(capsys, "check", path, "--timeout", "1", "--json", "--lang", "en")
    _, in_french, _ = run(capsys, "check", path, "--timeout", "1", "--json", "--lang", "fr")
    assert json.loads(in_french) == json.loads(english)  # the keys, and the error in English as documented
    assert json.loads(english)["files"][0]["error"].startswith(Path(path).name)


def test_rows_of_files_that_do_not_load_are_french(capsys, homework):
    files = [str(homework / name) for name in ("syntax.py", "nothing.py")]
    status, out, _ = run(capsys, "check", *files, "--lang", "fr")
    assert status == 2 and f"syntax.py, ligne 1{NBSP}: SyntaxError" in out and "aucune Function Linear" in out
    assert "line 1" not in out and "no Linear" not in out


COMMANDS = [[], ["datasets"], ["train"], ["snapshot"], ["animate"], ["gradcheck"], ["check"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c else "gradviz")
def test_every_help_is_french(capsys, command):
    with pytest.raises(SystemExit) as exit:
        cli.main([*command, "--help", "--lang", "fr"])
    out = capsys.readouterr().out
    assert exit.value.code == 0
    assert out.startswith(f"utilisation{NBSP}: gradviz") and f"\noptions{NBSP}:\n" in out
    assert "afficher ce message d'aide et quitter" in out
    assert "langue de la sortie et de la fenêtre" in out
    for english in ("usage:", "options:", "show this help", "(default", " the ", "language of"):
        assert english not in out, english


def test_help_follows_the_language_of_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    with pytest.raises(SystemExit):
        cli.main(["train", "--help"])
    out = capsys.readouterr().out
    assert out.startswith(f"utilisation{NBSP}: gradviz train") and "nombre de pas (par défaut 1000)" in out
    with pytest.raises(SystemExit):
        cli.main(["train", "--help", "--lang", "en"])
    assert capsys.readouterr().out.startswith("usage: gradviz train")


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["train", "--steps", "x"], f"argument --steps{NBSP}: 'x' n'est pas un nombre entier"),
        (["train", "--lr", "-1"], f"argument --lr{NBSP}: doit être un nombre positif, reçu{NBSP}: -1"),
        (["train", "--optimizer", "sgd"], f"argument --optimizer{NBSP}: choix invalide{NBSP}: 'sgd'"),
        (["train", "--bogus"], f"arguments non reconnus{NBSP}: --bogus"),
        (["check"], f"les arguments suivants sont obligatoires{NBSP}: FILE"),
        (["train", "--dataset", "line", "--csv", "a.csv"], "non permis avec l'argument --dataset"),
        (["snapshot", "--out", "x.png", "--size", "10x10"], "10x10 est hors limites"),
    ],
)
def test_argparse_errors_are_french_with_exit_status_2(capsys, argv, french):
    status, _, err = run(capsys, *argv, "--lang", "fr")
    assert status == 2 and err.startswith(ERROR) and french in err, err
    assert err.rstrip().endswith("--help`)") and "(voir `gradviz" in err
    assert not {"argument", "invalid", "unrecognized", "required", "allowed"} & set(
        re.findall(r"\b(invalid|unrecognized|required|allowed)\b", err)
    )


@pytest.mark.parametrize(
    ("options", "french"),
    [
        (
            ["--race", "gd,adam", "--lr", "0.2"],
            "--race nomme l'optimiseur et le lr de l'exécution principale",
        ),
        (
            ["--race", "gd,adam:beta1=2"],
            f"--race{NBSP}: concurrent 'adam:beta1=2'{NBSP}: Adam β1 doit être au moins 0",
        ),
        (["--race", "gd,sgd"], f"--race{NBSP}: optimiseur 'sgd' inconnu dans le concurrent 'sgd'"),
        (["--axes", "b"], f"--axes 'b'{NBSP}: donnez deux paramètres différents séparés par une virgule"),
        (
            ["--axes", "b,zz"],
            f"--axes{NBSP}: cette exécution n'a pas de paramètre 'zz'{NNBSP}; choisissez-en deux",
        ),
    ],
)
def test_race_and_axes_errors_are_french(capsys, tmp_path, options, french):
    status, _, err = run(capsys, "snapshot", "--out", str(tmp_path / "x.png"), *options, "--lang", "fr")
    assert status == 2 and err.startswith(ERROR) and french in err, err
    assert not english_left(err.removeprefix(ERROR)), err
    assert not (tmp_path / "x.png").exists()


def test_a_diverging_racer_is_noted_in_french_with_a_decimal_point(capsys, tmp_path):
    race = ["--race", "gd:lr=0.1,momentum:lr=3,beta=0.9"]
    status, out, err = run(
        capsys, "snapshot", "--out", str(tmp_path / "x.png"), *race, "--steps", "30", "--lang", "fr"
    )
    assert status == 0 and out.startswith(str(tmp_path / "x.png") + " enregistré")
    assert err == (
        f"gradviz{NBSP}: remarque{NBSP}: le concurrent Momentum 3{NNBSP}; β 0.9 a divergé au pas 8{NNBSP}; "
        "il s'arrête là, les autres continuent\n"
    )
    i18n.set_decimal_comma(False)
