"""Writing output files atomically: a temporary file in the same folder, then a rename."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from kg.errors import KgError


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "wb"):
    """Yield a file object; on success it replaces ``path``, on any failure ``path`` is untouched.

    >>> with atomic_write("out.txt", "w") as f:   # doctest: +SKIP
    ...     f.write("all or nothing")
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise KgError(f"cannot write {path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise KgError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            yield f
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as a plain open() would have made it
        os.replace(tmp, path)
    except OSError as e:
        raise KgError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
