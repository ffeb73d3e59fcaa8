import subprocess
import sys

PROBE = """
import sys
import gradviz.engine, gradviz.datasets, gradviz.summary, gradviz.settings, gradviz.files
import gradviz.homework, gradviz.homework.bridge
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6', 'torch'))
print(','.join(loaded))
"""


def test_engine_datasets_and_homework_import_without_qt_or_torch():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_engine_does_not_import_datasets():
    probe = "import sys, gradviz.engine; print('gradviz.datasets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
