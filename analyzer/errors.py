"""Exceptions: only for inputs that cannot be read or settings that cannot be used.

Findings about a report are data (``types.Finding``), never exceptions.  Library
exceptions are translated at the boundary (``raise IngestError(...) from exc``)
so that the CLI can print one clear line and exit 2.
"""

from __future__ import annotations


class AnalyzerError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = 2


class IngestError(AnalyzerError):
    """A file exists but its content cannot be turned into text."""


class InputNotFoundError(IngestError):
    """The path does not exist or is not a regular file."""


class UnsupportedFormatError(IngestError):
    """The file's format is not one we read (with advice where there is some)."""


class EmptyDocumentError(IngestError):
    """The file was read but holds no usable text (empty, scanned PDF, only script)."""


class ScannedDocumentError(EmptyDocumentError):
    """A PDF without a text layer (a scan): read only with OCR turned on (``--ocr``)."""


class EncryptedDocumentError(IngestError):
    """The file is password-protected (encrypted PDF or Word file)."""


class InputTooLargeError(IngestError):
    """The file (or what a compressed .docx would expand to) is over the size limit."""


class ConfigError(AnalyzerError):
    """A setting, data file or model cannot be used."""


class DataFileError(ConfigError):
    """A line of a data file under ``analyzer/data`` (or a user's) is malformed."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class DatabaseError(AnalyzerError):
    """The corpus database cannot be opened or written (locked, full, wrong schema)."""


class NumeralError(AnalyzerError, ValueError):
    """A string handed to ``analyzer.numbers`` is not a numeral it can read."""
