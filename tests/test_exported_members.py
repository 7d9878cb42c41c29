import types

import analyzer

# the public API, pinned: a name added to or dropped from the package is a decision, made here too
PINNED = [
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


def _public_names(module: types.ModuleType) -> set[str]:
    """What ``from analyzer import *`` would offer without ``__all__``: public, not a submodule."""
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }


def test_exported_members_are_sorted_and_present():
    assert analyzer.__all__ == sorted(analyzer.__all__)
    for name in analyzer.__all__:
        assert hasattr(analyzer, name), name


def test_exported_members_equal_the_module_public_names():
    assert set(analyzer.__all__) - {"__version__"} == _public_names(analyzer)


def test_exported_members_are_pinned():
    assert analyzer.__all__ == PINNED


def test_exported_members_public_api():
    for name in ("analyze_file", "analyze_text", "Report", "Metric", "Finding", "Section"):
        assert name in analyzer.__all__
