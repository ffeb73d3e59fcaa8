"""The sandbox never runs the caller's __main__: a script with no main guard, or `python - < script`.

multiprocessing re-runs the parent's main script in each child unless told otherwise; a caller
of check_file is a teacher's script, not gradviz's to run. Each test runs such a script in a
fresh interpreter (no timing: it only reads what the script printed).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FILE = Path(__file__).parent / "files" / "gv_good.py"
SCRIPT = f"""\
from gradviz.homework import check_file
print("the caller's top level ran")
report = check_file({str(FILE)!r})
print("result", report.loaded, report.passed(), report.error_kind, report.error)
"""


def _run(args: list[str], **options: object) -> list[str]:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=300, check=False, **options
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_script_without_a_main_guard(tmp_path):
    script = tmp_path / "grade_class.py"
    script.write_text(SCRIPT)
    assert _run([str(script)], cwd=tmp_path) == ["the caller's top level ran", "result True True  "]


def test_a_script_read_from_stdin(tmp_path):
    assert _run(["-"], input=SCRIPT, cwd=tmp_path) == ["the caller's top level ran", "result True True  "]
