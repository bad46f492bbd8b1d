"""The one exception kg raises for problems a user can fix."""


class KgError(Exception):
    """A user-facing error: the CLI prints its message on one line and exits non-zero."""
