"""Inputs found by ``benchmarks/fuzz_analyze.py`` that once raised inside the pipeline.

Each must now analyse without an exception (the fixes: 十四五 is not a count for
``checks.enumeration.cn_int``; ``numbers.parse_fraction`` refuses implausibly large terms
instead of overflowing Decimal precision).
"""

from __future__ import annotations

import pytest

from analyzer import analyze_text
from analyzer.checks.enumeration import cn_int
from analyzer.errors import NumeralError
from analyzer.numbers import parse_fraction

FOUND = [
    '61匢櫏苭跠黐暢330141292徃百2025年亿苺荓灱鶙满意度-|（1）27审结254588170|一是近 | 左右十分之427357640245838448886917425浇駩蔁鵻俤鄌锺珯葰萴率瘣賣蔠卩␛⬶ⅉᗺ亿元劏欥漷揷十四五％39.027比上年超过次705444893个百分点百其中（一）鎨２，，１77|%76882641630——',
    '（1）万“旫鋁仸觚5.23十四五212565557——58889511428楞愨粧百十四五个百分点鬑分别为％提高元央洗旊匋249083511妢顀虄鶈蹒—\n\n十四五90\n其中驴；2024年（1）十四五”81.61十四五猅忻等70.456軒踎儏褫忬搳\nữᬋ⇸≫✥',
    '\n〇26分之1983９196814478832085516195603913率17弃箄踬搸厪祉率。67878719倍\n\n379583888‰2024年~159511494015739399644纉蘫棎沾銳45.537930153397542087215分之ᖦǡᗪ鮨讒327104375固鼐戃窎抲锬哷炂万元腢騷嘎次12345热线53335452倍2⡘36刂壞金梑癸62嶠阄揶輾佷諯潑',
    '十四五、零十29分别为7084724827.874共９合计\n〔2024〕3号2达到228502879848980904９一是紟癡炂誱塱茘174.0达到千姷凩鍉熞豨虞108.0约件亿~ⱳḉ\u082e117.982、、‰两᧖൴⟍◖倍27731941228〇耤蜤偏鉮皃擊骐777010895三重一大亿元”２)⇕ᵨᥧ12第三‰一、蜶贌嬂椞扚躐隫提高',
    '满意度12345热线—1.下降提高翂——貴凭囝卓菲譈蕚戣稳邅槮5689提高30267693149 | %96畛萮畀嫑焍慳遑駗下降下降十四五条审结分别为９44倍行政复议案件100.12办结率一、65116966貆樢洨012345热线近元',
]


@pytest.mark.parametrize("text", FOUND)
def test_fuzz_regressions_analyse_without_exception(text):
    report = analyze_text(text)
    for m in report.metrics:
        assert report.text[m.start : m.end] == m.text


@pytest.mark.parametrize(("raw", "expected"), [("四", 4), ("十二", 12), ("二十", 20), ("十四五", None), ("四五", None)])
def test_fuzz_regressions_cn_int(raw, expected):
    assert cn_int(raw) == expected


def test_fuzz_regressions_huge_fraction_is_a_numeral_error():
    with pytest.raises(NumeralError):
        parse_fraction("427357640245838448886917425", "3")
