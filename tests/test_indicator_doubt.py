"""The named features of an indicator assignment (analyzer/indicator_doubt.py), those of the abstention experiment
``benchmarks/indicator_abstention.py`` (round T7: not used by the extractor, the filter did not pass its bar)."""

from __future__ import annotations

import pytest

from analyzer.indicator_doubt import Assignment, feature_names, features_of
from analyzer.indicators import load_taxonomy
from analyzer.types import MetricKind


def _a(phrase: str, context: str, indicator: str, kind=MetricKind.COUNT, unit="所", **kw) -> Assignment:
    base = dict(tail="", growth=False, qualified=False, noun_after=False, de_before=False, genre="gov_work_report")
    return Assignment(phrase=phrase, context=context, kind=kind, unit=unit, indicator=indicator, **{**base, **kw})


@pytest.mark.parametrize(
    ("a", "flagged", "not_flagged"),
    [
        # must: a part after 其中, a kind of provider before the matched subject
        (
            _a("其中公办幼儿园", "新建幼儿园120所，其中", "education.schools_built"),
            ("mod_part", "mod_ownership"),
            ("mod_per_unit",),
        ),
        # a per-unit word before the subject; the region's own scope named
        (
            _a("人均地区生产总值增长", "全省", "gdp.growth", MetricKind.PERCENT, "%", growth=True),
            ("mod_per_unit", "growth", "relation_growth"),
            ("mod_part", "mod_ownership"),
        ),
        # a period of several years in the sentence; a purpose before a sum
        (_a("造林", "过去五年，", "afforestation.area", unit="亩"), ("sent_period",), ("sent_target", "mod_purpose")),
        # must not: a word of the group in the id's own label is no doubt (新增 of 城镇新增就业)
        (
            _a("城镇新增就业", "全年", "urban_jobs.new", unit="人"),
            ("subject_is_label", "label_in_phrase"),
            ("ctx_new", "mod_place"),
        ),
    ],
)
def test_features_flag_what_the_words_say(a, flagged, not_flagged):
    f = features_of(a, load_taxonomy())
    assert all(f[k] == 1.0 for k in flagged), {k: f[k] for k in flagged}
    assert all(f[k] == 0.0 for k in not_flagged), {k: f[k] for k in not_flagged}


def test_feature_names_are_stable_and_match_the_features():
    names = feature_names()
    assert len(names) == len(set(names))
    f = features_of(_a("造林", "", "afforestation.area", unit="亩"), load_taxonomy())
    assert tuple(f) == names
    # the domain of the id is one of its features
    assert f["domain_environment"] == 1.0 and sum(v for k, v in f.items() if k.startswith("domain_")) == 1.0
