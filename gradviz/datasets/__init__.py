"""Datasets for gradviz: built-in data, seeded generators, CSV import, split and scaling.

NumPy and the standard library only.
"""

from .builtin import DEFAULT_DATASET, DatasetInfo, describe, list_datasets, load
from .csv_import import CSVError, CSVTable, from_csv, read_table
from .dataset import Dataset, DatasetError
from .preprocessing import Prepared, Standardizer, prepare, train_test_split
from .synthetic import Param

__all__ = [
    "Dataset",
    "DatasetError",
    "DatasetInfo",
    "DEFAULT_DATASET",
    "describe",
    "list_datasets",
    "load",
    "CSVError",
    "CSVTable",
    "from_csv",
    "read_table",
    "Param",
    "Prepared",
    "Standardizer",
    "prepare",
    "train_test_split",
]
