"""Imports a module that is not installed."""
import gradviz_no_such_module  # noqa: F401
