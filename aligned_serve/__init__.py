"""aligned-serve: an OpenAI-compatible server that aligns every answer at inference time with reward models."""

__version__ = "0.1.0"
