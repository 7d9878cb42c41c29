"""analyzer.render.fonts: a CJK font for charts when one is installed, None (and nothing changed) when not."""

from __future__ import annotations

import pytest

matplotlib = pytest.importorskip("matplotlib")

from matplotlib import font_manager

from analyzer.render import fonts


def test_render_fonts_none_when_no_cjk_font(monkeypatch):
    latin = [f for f in font_manager.fontManager.ttflist if f.name not in fonts.CJK_FAMILIES]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", latin)
    monkeypatch.delenv("GOVREPORT_CJK_FONT", raising=False)
    before = list(matplotlib.rcParams["font.sans-serif"])
    assert fonts.find_cjk_font() is None
    assert fonts.use_cjk_font() is None
    assert matplotlib.rcParams["font.sans-serif"] == before


def test_render_fonts_prefers_listed_order(monkeypatch):
    fake = [font_manager.FontEntry(name="WenQuanYi Zen Hei"), font_manager.FontEntry(name="Noto Sans CJK SC")]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", fake)
    monkeypatch.delenv("GOVREPORT_CJK_FONT", raising=False)
    assert fonts.find_cjk_font() == "Noto Sans CJK SC"


def test_render_fonts_installed_font_draws_chinese(tmp_path):
    family = fonts.find_cjk_font()
    if family is None:
        pytest.skip("no CJK font installed (Debian: apt-get install fonts-noto-cjk)")
    import warnings

    with matplotlib.rc_context():
        fonts.use_cjk_font()
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots()
        ax.set_title("行政复议纠错率")
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "Glyph ... missing from font" would be a warning
            fig.savefig(tmp_path / "t.png")
        plt.close(fig)


def test_render_fonts_env_none_disables(monkeypatch):
    monkeypatch.setenv("GOVREPORT_CJK_FONT", "none")
    assert fonts.find_cjk_font() is None
