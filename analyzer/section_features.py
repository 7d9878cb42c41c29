"""What the section classifier sees of a section: one string of prefixed feature tokens.

The same function serves training (``analyzer.training``) and run time
(``analyzer.classify``), so the two can never drift apart.  A section becomes

- ``h:<word>`` the words of its heading title (label stripped), ``hc:<bigram>``
  its character bigrams, or ``h:<none>`` when the title carries no words
  (``第一部分``, or an unnumbered part);
- ``b:<word>`` the words of the opening of its body and ``s:<word>`` the words
  of its subheadings (``（一）…`` lines), so that a part titled
  "一年接着一年干…" is still recognised as a review by what it says;
- ``p:…`` its position: index among the top-level parts, first/last, how many
  parts, and a length bucket (a 政府工作报告's task part is its longest).

A ``HashingVectorizer(token_pattern=r"\\S+")`` and a ``TfidfTransformer`` turn the
string into a sparse vector, which keeps the persisted model to plain scikit-learn
types.  The words come from ``analyzer.tokenizer.cut``: retrain when it changes.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from .section_rules import strip_label

# opening of the body that is tokenised (the rest only counts towards the length bucket)
BODY_CHARS = 400
# subheading lines taken into account, and the characters of each
MAX_SUBHEADINGS = 12
SUBHEADING_CHARS = 24

# a subheading line: （一） (1) 1. or 一是 at the start of a line
_SUBHEADING_MARK = r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[（(]?[0-9０-９]{1,2}[）).、．])"
# ... at the body's start, and after a line break (the break read first: ``re`` skips text to it, where a ^ of
# MULTILINE is tried at every offset)
_SUBHEADING_FIRST = re.compile(_SUBHEADING_MARK)
_SUBHEADING = re.compile(r"\n" + _SUBHEADING_MARK)
# characters that are not words: punctuation, digits, latin letters and spaces
_NON_WORD = re.compile(r"[^\u4e00-\u9fff]+")


@dataclass(frozen=True)
class SectionInput:
    """A section as the classifier sees it, independent of where it came from."""

    heading: str  # the heading line as written (label included or not)
    body: str  # the section's text after the heading
    index: int  # 0-based position among the document's top-level parts
    n_parts: int | None  # how many top-level parts the document has; None when unknown (an excerpt)
    level: int = 1


def subheadings(body: str) -> list[str]:
    """The titles of the subheading lines in ``body`` (at most ``MAX_SUBHEADINGS``)."""
    out = []
    first = _SUBHEADING_FIRST.match(body)
    for end in itertools.chain((first.end(),) if first else (), (m.end() for m in _SUBHEADING.finditer(body))):
        line_end = body.find("\n", end)
        line = body[end : line_end if line_end != -1 else len(body)]
        title = re.split(r"[。；]", line, maxsplit=1)[0][:SUBHEADING_CHARS]
        if title.strip():
            out.append(title)
        if len(out) >= MAX_SUBHEADINGS:
            break
    return out


def _words(text: str, cut) -> list[str]:  # type: ignore[no-untyped-def]
    """Chinese words of ``text`` (punctuation, numbers and single characters dropped)."""
    return [w for w in cut(_NON_WORD.sub(" ", text)) if len(w) > 1 and not w.isspace()]


def _bigrams(text: str) -> list[str]:
    chars = _NON_WORD.sub("", text)
    return [chars[i : i + 2] for i in range(len(chars) - 1)]


def position_tokens(index: int, n_parts: int | None, body_len: int) -> list[str]:
    """Position and length features as tokens."""
    toks = [f"p:i{min(index, 6)}"]
    if index == 0:
        toks.append("p:first")
    if n_parts is not None and n_parts > 0:
        from_end = n_parts - 1 - index
        toks.append(f"p:e{min(from_end, 4)}")
        toks.append(f"p:n{min(n_parts, 8)}")
        if from_end == 0:
            toks.append("p:last")
        if n_parts > 1:
            toks.append(f"p:r{round(4 * index / (n_parts - 1))}")
    toks.append(f"p:len{min(int(math.log2(body_len + 1)), 15)}")
    return toks


def featurize(section: SectionInput, cut, body_chars: int = BODY_CHARS) -> str:  # type: ignore[no-untyped-def]
    """The feature string of one section; ``cut`` is the word segmenter (``analyzer.tokenizer.cut``)."""
    title = strip_label(section.heading)
    head_words = _words(title, cut)
    toks = [f"h:{w}" for w in head_words] or ["h:<none>"]
    toks += [f"hc:{b}" for b in _bigrams(title)]
    toks += [f"b:{w}" for w in _words(section.body[:body_chars], cut)]
    for sub in subheadings(section.body):
        toks += [f"s:{w}" for w in _words(sub, cut)]
    toks += position_tokens(section.index, section.n_parts, len(section.body))
    return " ".join(toks)


def neutral_heading(index: int) -> str:
    """A heading without telling words: 第一部分, 第二部分 …"""
    digits = "一二三四五六七八九十"
    n = index + 1
    label = digits[n - 1] if n <= 10 else "十" + digits[n - 11] if n < 20 else str(n)
    return f"第{label}部分"
