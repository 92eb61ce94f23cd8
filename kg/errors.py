"""Every error kg reports to a user, with a stable code.

Tests match codes, not wording. The CLI turns a :class:`KgError` into one line,
``Error: <message> (KGnnn)`` plus an optional hint, and a non-zero exit status.
"""

from __future__ import annotations


def one_line(error: BaseException | str, limit: int = 200) -> str:
    """An error message (or a server's answer) on one line of at most ``limit`` characters."""
    text = " ".join(str(error).split())
    if not text and isinstance(error, BaseException):
        text = type(error).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


class KgError(Exception):
    """Base class: a problem the user can fix, never a bug in kg."""

    code = "KG000"
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.code})"


class InputError(KgError):
    """An article could not be read: missing, empty, binary, badly encoded, too large."""

    code = "KG100"


class PipelineError(KgError):
    """The spaCy pipeline named by the user could not be loaded."""

    code = "KG150"


class QueryError(KgError):
    """A SPARQL query is malformed, unknown, or its parameters are wrong."""

    code = "KG200"


class StoreError(KgError):
    """The store could not be opened, read or written."""

    code = "KG300"


class ExportError(KgError):
    """An export or picture could not be written (unknown format, unwritable path)."""

    code = "KG400"


class ValidationFailed(KgError):
    """The graph violates the SHACL shapes in ``ontologies/shapes.ttl``."""

    code = "KG500"


class ClusterError(KgError):
    """Extraction in worker processes or on a Dask cluster failed: Dask is not installed, the
    scheduler does not answer or has no workers, or workers died."""

    code = "KG600"
