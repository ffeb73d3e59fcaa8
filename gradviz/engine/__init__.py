"""The gradviz engine: NumPy autograd for linear regression, optimizers and analysis.

NumPy only: no Qt, no plotting, no printing, no files.
"""

from .analysis import Curvature, QuadraticLoss, curvature, r2_score, split_params, stack_params
from .autograd import Context, Function, Variable
from .derivation import Derivation, derive
from .functions import MSE, FunctionError, Linear, regression_backward, regression_graph
from .gradcheck import (
    GradcheckError,
    GradcheckReport,
    InputReport,
    RegressionTrial,
    check_regression_functions,
    gradcheck,
    gradcheck_report,
    regression_trials,
)
from .history import History, StepRecord
from .optimizers import (
    GD,
    HYPERPARAMETERS,
    OPTIMIZERS,
    AdaGrad,
    Adam,
    Hyperparameter,
    Momentum,
    Optimizer,
    OptimizerError,
    RMSProp,
    make_optimizer,
)
from .schedules import SCHEDULES, Constant, Cosine, Exponential, Schedule, StepDecay, make_schedule
from .stability import CriticalRate, batch_lambda_max, critical_lr
from .trace import Node, trace
from .trainer import Trainer, TrainerStatus

__all__ = [
    "Context",
    "Function",
    "Variable",
    "Node",
    "trace",
    "Linear",
    "MSE",
    "regression_graph",
    "regression_backward",
    "FunctionError",
    "gradcheck",
    "gradcheck_report",
    "GradcheckError",
    "GradcheckReport",
    "InputReport",
    "RegressionTrial",
    "regression_trials",
    "check_regression_functions",
    "Derivation",
    "derive",
    "Optimizer",
    "OptimizerError",
    "GD",
    "Momentum",
    "AdaGrad",
    "RMSProp",
    "Adam",
    "OPTIMIZERS",
    "Hyperparameter",
    "HYPERPARAMETERS",
    "make_optimizer",
    "Schedule",
    "Constant",
    "StepDecay",
    "Exponential",
    "Cosine",
    "SCHEDULES",
    "make_schedule",
    "Trainer",
    "TrainerStatus",
    "StepRecord",
    "History",
    "Curvature",
    "CriticalRate",
    "critical_lr",
    "batch_lambda_max",
    "QuadraticLoss",
    "curvature",
    "r2_score",
    "stack_params",
    "split_params",
]
