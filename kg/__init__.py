"""kg: knowledge graphs from Chinese science-and-technology news."""

__version__ = "0.1.0"

from kg.api import KnowledgeGraph, open  # noqa: E402,F401  (kg.open reads like the builtin)
from kg.pipeline import build  # noqa: E402,F401
