"""aligned-serve: an OpenAI-compatible server that aligns every answer at inference time with reward models."""

from aligned_core import __version__

__all__ = ["__version__"]
