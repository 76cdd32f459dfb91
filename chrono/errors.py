"""Errors a user can cause, each naming what went wrong and where; the CLI prints them in one line."""
from __future__ import annotations


class ChronoError(Exception):
    """Base for every error chrono raises on purpose."""


class InputError(ChronoError):
    """A file or argument the user gave cannot be used."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LanguageDataError(ChronoError):
    """A lexicon file is malformed: a defect in chrono's data, reported with its place."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
