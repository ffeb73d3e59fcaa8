"""gradviz: see gradient descent at work on linear regression."""

__version__ = "0.1.0"
__all__ = ["__version__"]
