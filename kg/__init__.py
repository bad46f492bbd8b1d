"""kg: knowledge graphs from Chinese science-and-technology news.

``kg.open``, ``kg.KnowledgeGraph`` and ``kg.build`` are imported when first used, so that
``import kg`` (and every ``kg`` command's start) does not load pandas, jieba or the model.
"""

__version__ = "0.1.0"

_LAZY = {"KnowledgeGraph": "kg.api", "open": "kg.api", "build": "kg.pipeline"}
__all__ = ["KnowledgeGraph", "open", "build", "__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
