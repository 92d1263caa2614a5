"""timeline: news articles in, a sourced chronological record of what happened out."""

__version__ = "0.1.0"
