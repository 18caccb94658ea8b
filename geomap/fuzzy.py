"""Guarded fuzzy matching of misspelt names of large places ("Almatty", "Shymkient").

Only a capitalised word that nothing else matched, standing right after a locative
preposition or a place head noun ("in", "near", "to", "heading for", "в", "city of"), is compared, and only
with the names of regions and of cities of 50,000 people or more, with the same first
letter, similar length and a high similarity (rapidfuzz ratio >= 90). Ordinary words
therefore never become places. Both sides are compared with "y" and "i" (and "ы" and "и")
taken as one letter, the commonest wavering of Kazakh names in transliteration ("Sariagash"
for Saryagash, "Kizilorda", "Сариагаш"), which one changed letter in a short name would
otherwise push below the threshold.

``find_districts`` does the same for a capitalised word right before a district head noun
("Tulkubas district", "Тулькубасском районе"), compared with the names of districts only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import load
from .normalize import key

MIN_POP = 50_000
MIN_SCORE = 90
CAP_WORD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]{4,24}(?![\w'’-])")
_CUES = ("in", "In", "at", "At", "near", "Near", "from", "From", "outside", "Outside", "to", "for", "towards", "of",
         "В", "в", "Во", "во", "Из", "из", "Под", "под", "Около", "около", "До", "до", "г.")
# (the lookahead on the cues' first letters lets most spaces fail at once)
CUE_RE = re.compile(
    " (?=[" + "".join(sorted({c[0] for c in _CUES})) + "])(" + "|".join(re.escape(c) for c in _CUES)
    + ") (?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
)
OF_HEADS = frozenset("city town".split())
_OF_HEAD_LEN = max(map(len, OF_HEADS))
_RU_ENDINGS = ("е", "а", "у", "ом", "ем", "ы", "и")  # (-ем: "Сариагашем", after a hushing stem)
_FOLD = str.maketrans("yы", "iи")  # ("sariagash" and "saryagash" compare as equal)


def _index(wanted, stem=lambda k: k) -> dict[str, list[str]]:
    """``{form key: place ids}`` for the one-word forms (five letters or more, after ``stem``) of
    the places ``wanted(place, flags)`` accepts."""
    gaz = load()
    out: dict[str, set[str]] = {}
    for n in gaz.names:
        p = gaz.places.get(n.place_id)
        if p is None or not wanted(p, n.flags):
            continue
        form = stem(key(n.form))
        if len(form) < 5 or " " in form:
            continue
        out.setdefault(form, set()).add(n.place_id)
    return {k: sorted(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _choices() -> dict[str, list[str]]:
    """Regions and big cities, by the forms they need no context for."""
    return _index(lambda p, flags: (p.kind == "region" or (p.kind == "city" and p.population >= MIN_POP))
                  and "H" not in flags and "C" not in flags)


@lru_cache(maxsize=1)
def _folded() -> dict[str, list[str]]:
    """The forms of :func:`_choices` by their folded spelling (``_FOLD``)."""
    out: dict[str, list[str]] = {}
    for f in sorted(_choices()):
        out.setdefault(f.translate(_FOLD), []).append(f)
    return out


@lru_cache(maxsize=1)
def _by_first() -> dict[tuple[str, int], list[str]]:
    """Folded candidate names by first letter and by the lengths (+-2) they can be compared with."""
    out: dict[tuple[str, int], list[str]] = {}
    for f in _folded():
        for n in range(len(f) - 2, len(f) + 3):
            out.setdefault((f[0], n), []).append(f)
    return out


def find(text: str, covered, mask=None) -> list[tuple[int, int, str, int]]:
    """``(start, end, place_id, score)`` for misspelt big-place names not inside ``covered`` spans
    (``mask``, if given: a bytes-like object, non-zero at each covered offset, for a quicker test)."""
    choices = _choices()
    folded = _folded()
    by_first = _by_first()
    out = []
    process = fuzz = None
    for m in CUE_RE.finditer(text):
        if mask is not None and mask[m.end()]:
            continue  # the word after the cue starts inside a span already taken
        w = CAP_WORD.match(text, m.end())
        if w is None:
            continue
        s0, s1 = w.span()
        if m.group(1).lower() == "of":
            k = text.rfind(" ", max(0, m.start() - 8), m.start())
            # (a word longer than the head nouns cannot be one: no need to copy what may be the
            # whole text before it when no space is near)
            if m.start() - k - 1 > _OF_HEAD_LEN or text[k + 1:m.start()].lower() not in OF_HEADS:
                continue
        if covered(s0, s1):
            continue
        word = key(w.group(0))
        if word in load().by_form():
            continue  # a known name that the rules rejected on purpose
        variants = [word] + [word[: -len(e)] for e in _RU_ENDINGS if word.endswith(e) and len(word) > 5]
        variants = [v.translate(_FOLD) for v in variants]
        best, forms = None, set()
        for v in variants:
            cands = by_first.get((v[0], len(v)))
            if not cands:
                continue
            if process is None:
                from rapidfuzz import fuzz, process
            for hit in process.extract(v, cands, scorer=fuzz.ratio, score_cutoff=MIN_SCORE, limit=4):
                if best is None or hit[1] > best[1]:
                    best, forms = hit, {hit[0]}
                elif hit[1] == best[1]:
                    forms.add(hit[0])  # equally close names: all their places compete below
        if best is None:
            continue
        pids = sorted({pid for f in forms for g in folded[f] for pid in choices[g]})
        gaz = load()
        pid = max(pids, key=lambda i: (gaz.places[i].kind == "city", gaz.places[i].population))
        out.append((s0, s1, pid, int(best[1])))
    return out


def warm() -> None:
    """Build the lookup tables now (rapidfuzz itself is imported on the first near miss)."""
    _by_first()


DISTRICT_MIN_SCORE = 85  # the head noun is strong evidence: one letter in eight may differ
_DISTRICT_STEMS = ("district", "район", "аудан")
_WORD_BEFORE = re.compile(r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]{3,24})[ \u00a0]+$")
_HEAD_AFTER = re.compile(r"(?:district|District|район\w*|аудан\w*)(?![\w-])")  # (and not "districts")
# Russian adjective endings of district names ("Тулькубасском", "Shuysky"): the stem is compared
_ADJ_END = re.compile(r"(?:ского|скому|ском|ским|ский|ской|ская|sky|skiy|skii|ckiy|ого|ому|ом|ий|ый)$")


def _stem(k: str) -> str:
    return _ADJ_END.sub("", k) if len(k) > 6 else k


@lru_cache(maxsize=1)
def _district_choices() -> dict[str, list[str]]:
    """Districts (not city districts and microdistricts: too many and too alike), by stem."""
    return _index(lambda p, flags: p.kind == "district" and not p.subkind, _stem)


def find_districts(text: str, mask, folded: str, positions) -> list[tuple[int, int, str, int]]:
    """``(start, end, place_id, score)`` for a misspelt district name and its head noun where
    nothing else matched the name (``mask``: non-zero at each covered offset; ``positions``: the
    territorial nouns of ``folded``, as :func:`geomap.hints.scan` finds them)."""
    out = []
    choices = None
    for j, _ in positions:
        if not folded.startswith(_DISTRICT_STEMS, j) or mask[j] or j < 2 or text[j - 1] not in " \u00a0" \
                or mask[j - 2] or not text[j - 2].isalpha():
            continue  # (not a head noun after an uncovered word)
        h = _HEAD_AFTER.match(text, j)
        if h is None:
            continue
        w = _WORD_BEFORE.search(text, max(0, j - 30), j)
        if w is None or mask[w.start(1)]:
            continue
        word = key(w.group(1))
        if word in load().by_form():
            continue  # a known name the rules rejected on purpose
        if choices is None:
            choices = _district_choices()
            from rapidfuzz import fuzz, process
        v = _stem(word)
        cands = [f for f in choices if f[0] == v[0] and abs(len(f) - len(v)) <= 2]
        hits = process.extract(v, cands, scorer=fuzz.ratio, score_cutoff=DISTRICT_MIN_SCORE, limit=4)
        if not hits:
            continue
        top = hits[0][1]
        pids = sorted({pid for f, sc, _ in hits if sc == top for pid in choices[f]})
        if len(pids) != 1:
            continue  # two districts equally close: no guess
        out.append((w.start(1), h.end(), pids[0], int(top)))
    out.sort()
    return out
