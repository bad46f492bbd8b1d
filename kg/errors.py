"""The one exception kg raises for problems a user can fix, and the check for optional extras."""
from __future__ import annotations

import importlib


class KgError(Exception):
    """A user-facing error: the CLI prints its message on one line and exits non-zero."""


def require(extra: str, *modules: str) -> None:
    """Import the modules an optional extra brings (``kg[serve]``, ``kg[viz]`` …), or raise the
    one-line KgError that names the command installing it."""
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            raise KgError(f"this needs kg's {extra} extra ({module} is missing): pip install 'kg[{extra}]'") from None
