import analyzer


def test_exported_members_are_sorted_and_present():
    assert analyzer.__all__ == sorted(analyzer.__all__)
    for name in analyzer.__all__:
        assert hasattr(analyzer, name), name


def test_exported_members_public_api():
    for name in ("analyze_file", "analyze_text", "Report", "Metric", "Finding", "Section"):
        assert name in analyzer.__all__
