"""Finding a CJK font for matplotlib charts (Chinese labels), falling back gracefully.

matplotlib is an optional dependency (the ``test`` extra); it is imported only
when these functions are called.  No font ships with the package: Debian's
``fonts-noto-cjk`` or ``fonts-wqy-zenhei``, macOS's PingFang or Windows's
Microsoft YaHei are found where installed; ``GOVREPORT_CJK_FONT`` may name a
font file to use instead, or be ``none`` to draw without Chinese.
"""

from __future__ import annotations

import os

# family names to look for, best first (sans-serif faces read best in charts)
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Microsoft YaHei",
    "SimHei",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "AR PL UMing CN",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
)


def find_cjk_font() -> str | None:
    """The family name of an installed font with Chinese glyphs, or None."""
    from matplotlib import font_manager

    path = os.environ.get("GOVREPORT_CJK_FONT")
    if path == "none":  # labels without Chinese, as on a machine without CJK fonts
        return None
    if path and os.path.isfile(path):
        font_manager.fontManager.addfont(path)
        return font_manager.FontProperties(fname=path).get_name()
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    return None


def use_cjk_font() -> str | None:
    """Make matplotlib draw Chinese with a CJK font; returns its name, or None when there is none.

    With no CJK font the caller should label charts without Chinese (codes and a
    legend table): missing glyphs would be drawn as empty boxes.
    """
    import matplotlib

    family = find_cjk_font()
    if family is None:
        return None
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [family, *matplotlib.rcParams["font.sans-serif"]]
    matplotlib.rcParams["axes.unicode_minus"] = False  # CJK fonts often lack U+2212
    return family
