"""Grading a student's own Functions (`gradviz check`): load a file in a child process, probe its
conventions, check it against finite differences and the course's definitions, name the slips.

NumPy and the engine only; torch is imported only when the student's file uses it. No Qt.
"""

from .checks import CaseCheck, ChainCheck, FunctionReport, InputCheck
from .functions import CallResult, ChainResult, FunctionInfo, LoadError, StudentError
from .grade import check_backend, check_file, check_files
from .inprocess import InProcess
from .probe import LinearProbe, MseProbe, probe_linear, probe_mse
from .report import FileReport, format_file, format_rows, to_json
from .sandbox import Sandbox
from .slips import SLIPS

__all__ = [
    "check_file",
    "check_files",
    "check_backend",
    "FileReport",
    "FunctionReport",
    "CaseCheck",
    "ChainCheck",
    "InputCheck",
    "format_file",
    "format_rows",
    "to_json",
    "SLIPS",
    "probe_linear",
    "probe_mse",
    "LinearProbe",
    "MseProbe",
    "Sandbox",
    "InProcess",
    "LoadError",
    "FunctionInfo",
    "StudentError",
    "CallResult",
    "ChainResult",
]
