import subprocess
import sys

PROBE = """
import sys
import gradviz.engine, gradviz.datasets, gradviz.summary, gradviz.settings, gradviz.files
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))
print(','.join(loaded))
"""


def test_engine_and_datasets_import_without_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_engine_does_not_import_datasets():
    probe = "import sys, gradviz.engine; print('gradviz.datasets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
