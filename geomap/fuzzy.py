"""Guarded fuzzy matching of misspelt names of large places ("Almatty", "Shymkient").

Only a capitalised word that nothing else matched, standing right after a locative
preposition or a place head noun ("in", "near", "to", "heading for", "в", "city of") or as the
next item of a list after a place ("в Караганде, Темиртау и Жезгазгане"), is compared, and only
with the names of regions and of cities of 50,000 people or more, with the same first
letter, similar length and a high similarity (rapidfuzz ratio >= 90; 88 for names of nine
letters or more, where one wrong letter scores 88.9). Ordinary words therefore never become
places. Both sides are compared with "y" and "i" (and "ы" and "и")
taken as one letter, the commonest wavering of Kazakh names in transliteration ("Sariagash"
for Saryagash, "Kizilorda", "Сариагаш"), which one changed letter in a short name would
otherwise push below the threshold.

``find_districts`` does the same for a capitalised word right before a district head noun
("Tulkubas district", "Тулькубасском районе"), compared with the names of districts only.

``letter_slips`` finds Kazakh names typed with a Russian letter in place of a Kazakh one
("Талдыкорғанда" for "Талдықорғанда", "Оскемен қаласы"): a word that matched nothing, whose
letters, with each Kazakh letter read as its Russian look-alike (қ as к, ғ as г, ө as о...),
spell a Kazakh form of the gazetteer the same way, before a Kazakh case suffix. Such a word is
handed to the geoparser as an ordinary hit, so every rule about context still applies.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache
from itertools import chain
from operator import itemgetter

from .gazetteer import load
from .matcher import KK_LETTERS, KK_TAILS, LETTER_TAIL
from .normalize import fold, key

MIN_POP = 50_000
MIN_SCORE = 90
# one wrong letter in a name of nine letters scores 88.9 ("Жезгазгане" for Жезказгане): let it pass
LONG_NAME = 9
LONG_MIN_SCORE = 88
CAP_WORD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]{4,24}(?![\w'’-])")
_CUES = ("in", "In", "at", "At", "near", "Near", "from", "From", "outside", "Outside", "to", "for", "towards", "of",
         "В", "в", "Во", "во", "Из", "из", "Под", "под", "Около", "около", "До", "до", "г.")
# (the lookahead on the cues' first letters lets most spaces fail at once)
CUE_RE = re.compile(
    " (?=[" + "".join(sorted({c[0] for c in _CUES})) + "])(" + "|".join(re.escape(c) for c in _CUES)
    + ") (?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
)
#: the separator before the next item of a list, right after a place (see ``find``)
LIST_CUE_RE = re.compile(r"(?:,| (and|и|және)) (?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_LIST_SEPS = (", ", " and ", " и ", " және ")
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


def find(text: str, covered, mask=None, ends=()) -> list[tuple[int, int, str, int]]:
    """``(start, end, place_id, score)`` for misspelt big-place names not inside ``covered`` spans
    (``mask``, if given: a bytes-like object, non-zero at each covered offset, for a quicker test;
    ``ends``: the ends of the places found, after which a list may go on)."""
    choices = _choices()
    folded = _folded()
    by_first = _by_first()
    out = []
    process = fuzz = None
    cues = CUE_RE.finditer(text)
    # the next item of a list of places: "в Караганде, Темиртау и Жезгазгане"
    items = [m for e in ends if text.startswith(_LIST_SEPS, e) and (m := LIST_CUE_RE.match(text, e)) is not None]
    if items:
        cues = sorted(chain(cues, items), key=lambda m: m.start())
    for m in cues:
        if mask is not None and mask[m.end()]:
            continue  # the word after the cue starts inside a span already taken
        w = CAP_WORD.match(text, m.end())
        if w is None:
            continue
        s0, s1 = w.span()
        if (m.group(1) or "").lower() == "of":
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
            cutoff = MIN_SCORE if len(v) < LONG_NAME else LONG_MIN_SCORE
            for hit in process.extract(v, cands, scorer=fuzz.ratio, score_cutoff=cutoff, limit=4):
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


_KK_TO_RU = str.maketrans("әғқңөұүһі", "агкноуухи")
# a capitalised Cyrillic word with a Kazakh letter (a leading character class lets the engine skip
# ahead; the word's bounds are tested after)
_CAP_CYR = re.compile(r"[А-ЯЁ][а-яё]*[әғқңөұүһі][а-яёәғқңөұүһі]*|[ӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{3,}")
_LONGEST_SUFFIX = max(map(len, KK_TAILS))
_SAME_EXTRA: dict[str, tuple] = {}  # a word -> the places its look-alike spelling adds to its own hit
_span = itemgetter(0, 1)


@lru_cache(maxsize=1)
def _slip_index() -> tuple[dict[str, tuple], dict[str, list], frozenset]:
    """Kazakh Cyrillic forms with a Kazakh letter in their first word, by their spelling in
    Russian look-alikes: one-word forms as ``{spelling: ((place, flags), ...)}``, longer ones by
    their first word as ``{first word: [(rest, ((place, flags), ...)), ...]}`` (longest first),
    and the first four letters of all those spellings (a quick test that rules out most words)."""
    gaz = load()
    one: dict[str, list] = {}
    more: dict[str, dict[str, list]] = {}
    was = gc.isenabled()
    gc.disable()  # (thousands of small lists: the cyclic collector would walk the whole gazetteer each time)
    try:
        _fill_slips(gaz, one, more)
    finally:
        if was:
            gc.enable()
    return ({k: tuple(v) for k, v in one.items()},
            {k: sorted(((r, tuple(v)) for r, v in d.items()), key=lambda x: (-len(x[0]), x[0]))
             for k, d in more.items()},
            frozenset(k[:4] for k in chain(one, more)))


def _fill_slips(gaz, one: dict, more: dict) -> None:
    for n in gaz.names:
        if n.lang != "kk":
            continue  # (the Kazakh Cyrillic forms are the ones with Kazakh letters)
        k = key(n.form)
        first, _, rest = k.partition(" ")
        if len(first) < 4 or not n.form[:1].isupper() or not KK_LETTERS.search(first):
            continue
        p = gaz.places.get(n.place_id)
        if p is None:
            continue
        first = first.translate(_KK_TO_RU)
        if rest:
            more.setdefault(first, {}).setdefault(rest.translate(_KK_TO_RU), []).append((p, n.flags))
        else:
            one.setdefault(first, []).append((p, n.flags))


def _longer(text: str, s1: int, rests: list) -> tuple[int, tuple] | None:
    """The end and places of the longest ``rests`` entry that follows ``text[s1:]`` after one
    space, its last word perhaps with a Kazakh case suffix."""
    for rest, opts in rests:
        if text[s1:s1 + 1] not in (" ", "\u00a0") or fold(text[s1 + 1:s1 + 1 + len(rest)]).translate(_KK_TO_RU) != rest:
            continue
        end = s1 + 1 + len(rest)
        tail = LETTER_TAIL.match(text, end)
        if tail.group(0).lower() in KK_TAILS or not tail.group(0):
            return tail.end(), opts
    return None


def letter_slips(text: str, hits: list) -> list:
    """``hits`` (``(start, end, opts)``, as :meth:`geomap.matcher.Matcher.scan` gives them) with
    the capitalised words that have a Kazakh letter and spell a Kazakh gazetteer form with Russian
    look-alikes for some of its letters (see the module): a new hit where no hit covers the word,
    and the places of that form added to a hit of exactly the word (a mixed spelling that the
    gazetteer knows for some of the homonyms only: "Актөбе", the town, but not the region)."""
    one, more, starts = _slip_index()
    n = len(text)
    words = [m for m in _CAP_CYR.finditer(text)
             if m.end() - m.start() >= 4 and text[m.start():m.start() + 4].lower().translate(_KK_TO_RU) in starts
             and (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"))
             and (m.end() == n or not (text[m.end()].isalnum() or text[m.end()] in "-_"))]
    if not words:
        return hits
    covered = bytearray(len(text) + 1)
    same = {}
    for i, (a, b, _) in enumerate(hits):
        covered[a:b] = b"\x01" * (b - a)
        same[a, b] = i
    known = load().by_form()
    out = list(hits)
    for m in words:
        s0, s1 = m.span()
        i = same.get((s0, s1))
        if i is None and covered[s0]:
            continue  # inside a longer hit
        w = key(m.group(0))
        wr = w.translate(_KK_TO_RU)
        rests = more.get(wr)
        found = _longer(text, s1, rests) if rests else None
        if found is not None and (s0, found[0]) not in same:
            out.append((s0, found[0], found[1]))
            continue
        if i is not None:
            # (the hit of a word is the same wherever the word stands: its extra places once per word)
            extra = _SAME_EXTRA.get(w)
            if extra is None:
                opts = one.get(wr) or ()
                had = {p.id for p, _ in out[i][2]}
                extra = tuple(o for o in opts if o[0].id not in had)
                if len(_SAME_EXTRA) < 20_000:
                    _SAME_EXTRA[w] = extra
            if extra:
                out[i] = (s0, s1, tuple(out[i][2]) + extra)
            continue
        for k in range(min(_LONGEST_SUFFIX, len(w) - 4), -1, -1):  # (the longest suffix first)
            if k and w[-k:] not in KK_TAILS:
                continue
            stem = w[:len(w) - k]
            opts = one.get(stem.translate(_KK_TO_RU))
            if opts is not None and stem not in known:
                out.append((s0, s1, opts))
                break
    if len(out) > len(hits):
        out.sort(key=_span)
    return out
