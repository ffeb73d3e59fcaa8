import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read gradviz's English text: on a machine whose locale is French, so would the
# output be (the language follows LANG and LC_ALL), so pin it, for subprocesses too.
for _name in ("LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
# The window keeps its theme, zoom and geometry in QSettings (~/.config/gradviz): the tests
# and their subprocesses get a folder of their own, never the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gradviz-tests-config-")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# Reproducible property tests: the same examples on every run and machine.
settings.register_profile(
    "gradviz", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("gradviz")


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(0)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "torch: needs PyTorch (skipped where it is not installed; CI installs torch 2.13.0)"
    )
