"""govreport-analyzer: structure, figures and arithmetic checks of Chinese government reports."""

from .api import analyze_document, analyze_file, analyze_text
from .errors import AnalyzerError, ConfigError, IngestError, UnsupportedFormatError
from .settings import Settings
from .types import (
    Basis,
    Finding,
    Genre,
    Heading,
    Meta,
    Metric,
    MetricKind,
    Qualifier,
    Report,
    Section,
    Severity,
    Span,
    Verified,
)

__version__ = "0.1.0"

__all__ = [
    "AnalyzerError",
    "Basis",
    "ConfigError",
    "Finding",
    "Genre",
    "Heading",
    "IngestError",
    "Meta",
    "Metric",
    "MetricKind",
    "Qualifier",
    "Report",
    "Section",
    "Settings",
    "Severity",
    "Span",
    "UnsupportedFormatError",
    "Verified",
    "__version__",
    "analyze_document",
    "analyze_file",
    "analyze_text",
]
