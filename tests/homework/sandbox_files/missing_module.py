"""Imports a module that is not installed (a test input)."""

import os  # noqa: F401

import gradviz_no_such_module_for_tests  # noqa: F401
