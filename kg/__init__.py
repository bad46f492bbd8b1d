"""kg: knowledge graphs from Chinese science-and-technology news."""

__version__ = "0.1.0"
