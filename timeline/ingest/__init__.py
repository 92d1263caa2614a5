"""Readers that turn files, directories, JSON Lines and stdin into `Article`s.

Every reader yields `Loaded` (an article ready to store) or `Problem` (one clear line
naming the input and what is wrong with it), so one bad file never stops a batch.
"""

from timeline.ingest.items import Loaded, Metadata, Problem
from timeline.ingest.sources import DEFAULT_MAX_BYTES, read_inputs

__all__ = ["Loaded", "Metadata", "Problem", "read_inputs", "DEFAULT_MAX_BYTES"]
