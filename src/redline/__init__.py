"""Redline: a red-line gateway in front of any OpenAI-compatible model."""

__version__ = "0.1.0"
__all__ = ["__version__"]
