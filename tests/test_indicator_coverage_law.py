"""Indicator coverage of the figures of the real 法治政府建设 reports (seed/ and the ``fazhi_annual``
excerpts of pages_excerpts.jsonl): the share of their figures that carry an indicator id.

Measured with the 法治 files alone: 250 of 372 figures = 0.672; after the domain files merged
(duplicates kept once): 246 of 372 = 0.661; after the precision fixes of the judged sample (ids taken
from parts, categories and look-alikes; subjects the extractor lost found again): 239 of 372 = 0.642
(`python -m pytest -s tests/test_indicator_coverage_law.py` prints it).  After the families of the independent
judgement at 3bff2fb were fixed: 234 of 372 = 0.629. Of the 239, nine were assignments that judgement marked
wrong (网办量 and off-hours cases under all cases handled, 批办信访案件 under petitions, 现场勘验 under inspections,
a legal adviser's lawsuits under legal aid, county-controlled water sections, two partner-city item lists,
cancelled service items, approvals moved after registration) and four more of the same families (items
cancelled or reformed, indicators added); four right ids were added (申请材料精简比例, 不予许可, 撤销许可, 法制审核人员).
After the families of the independent judgement at 3244516 (tests/test_indicators_law_families.py): 230 of 372 = 0.618.
Taken away (11, wrong by the families that judgement showed): online self-study under training, licensing items moved
by 将 or 划入 under the item count, a platform's 录入率 under the online rate,
公共服务等其他事项 under the service items, 不见面审批 and 无感审批 items under the licensing items, lists of reforms and of
容缺 items and items commented on (对其中8项) under the power list, problems under the indicators; given: the count a list
came to (精简优化为13项, 细化为78项), the heads who reported on their duties (述法), problems studied at a party
committee, public lawyers named after the figure, those who sat an exam (legal_exam.participants), 100%“网上可办”;
moved to the right id (4): 入驻率 and 参考率 to their own ids, study attendance to legal_study.participants, topics
studied from plan.tasks to leadership.law_deliberations.  After the families of the independent judgement at
c1c127c (round T2b): 226 of 372 = 0.608. Taken away (6; five judged wrong there, one of their family): a bureau's
review cases as the respondent (its public lawyers' cases), the city level's cases handled and licensing cases (市本级)
after the city-wide ones, one kind of crime by one police unit in half a year, one category of portal posts under the
proposals handled, the booked cases (预约办件) under all cases handled;
given (2): the former level of a count cut to another (62项考核指标精简优化为13项), requests still being handled at
the year's end (正在办理中, carried over).  Round T4: 226 of 372 = 0.608. All 146 figures without an id at 226
were read and classified: (a) 5 comparable with an existing id (none fixed: 21个要点 would need plan.tasks to take
个, which gives it N个方面 areas in the 政府工作报告), (b) 3 comparable without an id (one made:
proof_items.commitment), (c) 138 no id should carry (84 one-off facts, 54 parts, kinds, sub-scopes or changes of a
count with an id); taken away: a reading class's seminar under party lessons (judged wrong at 94b3f6f).  The issue's bar is 0.80; it is not reached: in
the author's hand-judged sample (seed 1402, since retired: see tests/draw_indicator_sample_law.py) 54 of 150 figures of these
documents are one-off facts or parts of a total (27家成员单位, 概况类信息45条, 1个项目获奖) that no
id should carry, and 90 of the 96 others get the right id; of a random 50 of the 131 figures without an
id after the fixes (seed 1416, at 241 of 372), 45 are of that kind.  The floor below pins what is reached;
the bar is an expected failure that turns into a failure (strict) once it is met, so that the
floor is raised then.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from analyzer.api import analyze_text
from analyzer.settings import Settings

FLOOR = 0.604  # measured 0.605 (225 of 372) in round T5 (the narrower-scope reading took away 1 id, judged wrong in the 3f0879c sample: a per-unit minimum, 各级政府…至少2期); 0.608 (226 of 372) in round T4 (one id given, one judged wrong taken away); 0.608 after judged-wrong ids were taken away (T2b); 0.618, 0.629, 0.642 before
ISSUE_BAR = 0.80


def _law_documents(real) -> list[str]:
    texts = [(real / "seed" / "weidu_2024_fazhi_report.txt").read_text(encoding="utf-8")]
    for line in (real / "pages_excerpts.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["genre"] == "fazhi_annual":
            texts.append(row["text"])
    return texts


_MEASURED: dict[str, tuple[int, int]] = {}


@pytest.fixture
def law_coverage(real_dir) -> tuple[int, int]:
    """(figures with an id, figures) over the 法治 documents (computed once per session)."""
    if str(real_dir) in _MEASURED:
        return _MEASURED[str(real_dir)]
    settings = dataclasses.replace(Settings(), check=False, classify=False)
    with_id = total = 0
    for text in _law_documents(real_dir):
        metrics = analyze_text(text, settings).metrics
        total += len(metrics)
        with_id += sum(1 for m in metrics if m.indicator)
    _MEASURED[str(real_dir)] = (with_id, total)
    return with_id, total


def test_law_documents_are_there(real_dir):
    # the excerpts hold 88 法治 reports; fewer means the data changed and the figures above are stale
    assert len(_law_documents(real_dir)) >= 80


def test_law_coverage_floor(law_coverage):
    with_id, total = law_coverage
    print(f"法治 coverage {with_id}/{total} = {with_id / total:.3f}")
    assert total >= 300
    assert with_id / total >= FLOOR


@pytest.mark.xfail(strict=True, reason="issue 14's bar (0.80) not reached: measured 0.605, see the docstring")
def test_law_coverage_issue_bar(law_coverage):
    with_id, total = law_coverage
    assert with_id / total >= ISSUE_BAR
