"""The one-pass trigger scan gives exactly the matches of running every pattern."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap import triggers
from geomap.multiscan import SAFE, UNSAFE, MultiScan, beginnings

CORPUS = Path(__file__).parent / "corpus"
SCAN = MultiScan([pat for _, pat in triggers._COMPILED], lead=triggers._W)


def as_tuples(result):
    return [[(m.start(), m.end(), m.group(0)) for m in found] for found in result]


def reference(patterns, text):
    return as_tuples([list(p.finditer(text)) for p in patterns])


def test_unsafe_characters_are_all_listed():
    """Every character for which the lower-cased text would not stand for the text."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    word = re.compile(r"[\w-]")
    found = set()
    for ch in SAFE:
        for m in re.finditer(re.escape(ch), everything, re.I):
            c = m.group(0)
            if c.lower() != ch:
                found.add(c)
    for c in everything:
        low = c.lower()
        if len(low) != 1 or bool(word.match(c)) != bool(word.match(low)):
            found.add(c)
    assert found == set(UNSAFE)


def test_beginnings_of_a_pattern():
    pat = re.compile(r"(?<![\w-])(?:(?:wildcat\s+|Hunger\s+)?strikes?\b|sit-ins?)", re.I)
    assert beginnings(pat, 3) == {"wil", "hun", "str", "sit"}
    assert beginnings(pat, 1) == {"w", "h", "s"}
    assert beginnings(re.compile(r"\w+strike"), 2) is None  # any word character may begin it
    assert beginnings(re.compile(r"ab?"), 2) is None  # a match may be one character long


def test_every_trigger_pattern_is_dispatched():
    """No trigger falls back to the slow path (that would undo the speed-up)."""
    assert SCAN._always == []
    assert SCAN._finder is not None


def test_corpus_sentences_scan_like_finditer():
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "texts").glob("*.txt"))]
    assert texts
    patterns = SCAN.patterns
    total = 0
    for text in texts:
        for line in text.splitlines():
            got = as_tuples(SCAN.scan(line))
            assert got == reference(patterns, line)
            total += sum(map(len, got))
    assert total > 100  # the corpus does contain triggers


def test_unsafe_characters_take_the_slow_path_with_the_same_result():
    text = "Protesters rallied in Almaty; \u0130stanbul \u017ftrikes; WORKERS WENT ON STRIKE"
    assert as_tuples(SCAN.scan(text)) == reference(SCAN.patterns, text)
    assert any(SCAN.scan(text))


def test_finditer_resumes_after_a_match():
    """A pattern is not tried again inside its own previous match."""
    scan = MultiScan([re.compile(r"(?<![\w-])(?:ab\w*|abc\w*)", re.I), re.compile(r"(?<![\w-])b\w+", re.I)],
                     lead=r"(?<![\w-])")
    text = "abab abcd ABCX b-bb"
    assert as_tuples(scan.scan(text)) == reference(scan.patterns, text)


_WORDS = [
    "protest", "Protesters", "rallied", "strike", "went", "on", "workers", "stopped", "work", "the", "in",
    "Almaty", "clashes", "attack", "heart", "riot", "police", "fire", "fires", "brigade", "flood", "dam",
    "burst", "митинг", "беспорядки", "столкнулись", "с", "проблемой", "ДТП", "взрыв", "өрт", "шықты",
    "су", "тасқыны", "жер", "сілкінісі", "қаза", "тапты", "not", "planned", "March", "march", "marched",
    "sit-in", "walk-out", "-", ",", ".", "\u0130", "\u017f", "K", "ﬁre",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from([" ", "  ", "-", "\n", ", ", ""]),
       st.lists(st.booleans(), max_size=25))
def test_generated_texts_scan_like_finditer(words, sep, upper):
    words = [w.upper() if u else w for w, u in zip(words, upper + [False] * len(words))]
    text = sep.join(words)
    assert as_tuples(SCAN.scan(text)) == reference(SCAN.patterns, text)


def test_raw_hits_unchanged_on_sample_documents():
    path = Path(__file__).parent.parent / "data" / "samples" / "kazakhstan_news.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        hits = triggers._raw_hits(text)
        slow = [(a, b) for found in reference(SCAN.patterns, text) for a, b, _ in found]
        assert {(h.start, h.end) for h in hits} <= set(slow)


def test_digit_classes_are_read_as_ascii_digits_unless_the_text_has_other_digits():
    pats = [re.compile(r"(?<![\w.,])(?:about\s+)?\d+\s+(?:people|человек)", re.I), re.compile(r"toll\s+\d+", re.I)]
    scan = MultiScan(pats, lead="")
    for text in ["about 12 people and 7 человек", "toll 5", "\u0661\u0662 people, 3 people", "x12 people"]:
        assert as_tuples(scan.scan(text)) == reference(pats, text)
    assert scan._digits


def test_space_list_is_what_backslash_s_matches():
    from geomap.multiscan import SPACES

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall(r"\s", every)) == set(SPACES)


def test_tests_before_a_mention_find_what_search_finds():
    from geomap import place_roles

    scan = place_roles._before_scan()
    assert scan._always == []
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "texts").glob("*.txt"))]
    windows = [t[max(0, i - 80):i] for t in texts for i in range(0, len(t), 37)]
    windows += ["the governor said, and in ", "crews from ", "residents of the city of ", "10 km north of ",
                "He told reporters in ", "fans of FC Kairat ", "акимат Мангистауской ", "жители села "]
    for w in windows:
        first = {i: found[0] for i, found in scan.found(w)}
        for i, pat in enumerate(place_roles._BEFORE_TESTS):
            m = pat.search(w)
            got = first.get(i)
            assert (m.span() if m else None) == (got.span() if got else None), (w, pat.pattern[:40])
