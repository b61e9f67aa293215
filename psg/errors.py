"""Errors that point at source: ``file:line:col: message``."""
from __future__ import annotations


class SourceError(ValueError):
    """The analysed source is wrong or unsupported at a known place (bad input, exit code 2)."""

    def __init__(self, message: str, file: str = "<string>", line: int = 0, col: int = 0):
        self.message, self.file, self.line, self.col = message, file, line, col
        where = f"{file}:{line}:{col}" if line else file
        super().__init__(f"{where}: {message}")


class UnsupportedConstruct(SourceError):
    """A construct the analysis does not model (it is reported, never guessed at)."""


class SourceWarning(SourceError):
    """Something in the analysed source that the analysis ignores, said out loud (not bad input)."""
