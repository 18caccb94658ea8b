"""Find gazetteer names in text: Aho-Corasick over the folded text plus inflection tails.

Each gazetteer form yields one or more *keys* (folded strings) with a set of allowed
*tails*: the letters that may follow the key inside the same word. English and other
Latin forms take no tail. Cyrillic forms take Kazakh case suffixes (``Алматыда``,
``Ақтөбедегі``) and Russian case endings chosen by the form's ending (``Шымкенте``,
``Караганды``, ``Соколовки``); Russian adjective forms (``Мангистауская``) are matched
by their stem plus adjective endings (``Мангистауской``). A hit counts only on whole-word
boundaries. Offsets are those of the original text (the folded copy has the same length).
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .gazetteer import Name, load
from .normalize import fold, key

_KK_SUFFIXES = (
    "да де та те нда нде дан ден тан тен нан нен ға ге қа ке на не а е ның нің дың дің тың тің "
    "ны ні ды ді ты ті н мен бен пен дағы дегі тағы тегі ндағы ндегі ға ге на не "
    "дағыларға дағылар дегілер ға ғы гі"
).split()
# the ablative or locative with a personal ending of the predicate: "Аралданмын" (I am from Aral),
# "Таразданбыз" (we are from Taraz), "Алматыдамын" (I am in Almaty)
_KK_SUFFIXES += [case + person for case in "дан ден тан тен нан нен".split()
                 for person in "мын мін бын бін мыз міз быз біз сың сің сыз сіз".split()]
_KK_SUFFIXES += [case + person for case in "да де та те нда нде".split()
                 for person in "мын мін мыз міз сың сің сыз сіз".split()]
KK_TAILS = frozenset(_KK_SUFFIXES)
# the same suffixes in Kazakh Latin letters, as ``normalize.fold`` writes them (2018 and 2021
# alphabets: ǵ/ğ -> g, ń/ñ -> n, ı -> i), without the one-letter ones that English words end in
KK_LATIN_TAILS = frozenset(
    "da de ta te nda nde dan den tan ten nan nen ga ge qa ke na ne nyn nin dyn din tyn tin ny ni dy di ty ti "
    "men ben pen dagy degi tagy tegi ndagy ndegi".split()
)
RU_CONS_TAILS = frozenset("а у ом е ы ой".split())
# after ж, ш, ч, щ, ц the unstressed instrumental is -ем ("под Сарыагашем", "за Балхашем")
RU_HUSH_TAILS = frozenset(RU_CONS_TAILS | {"ем"})
RU_A_TAILS = frozenset("а ы и е у ой ою ей ю я ам ах".split())
RU_SOFT_TAILS = frozenset("ь и ю ем я е".split())
RU_J_TAILS = frozenset("й я ю е ем".split())
RU_PLURAL_TAILS = frozenset("ы и ах ам ами".split())  # pluralia tantum: Кульсары -> Кульсарах (not -ов: surnames)
ADJ_TAILS = frozenset("ая ой ую ою ом ое ого ому ий ый ие ые их ых им ым ими ыми ей".split())
ADJ_NOUN_TAILS = ADJ_TAILS  # adjectival place names (Белое, Успенский)

_VOWELS = set("аеиоуыэюяәөұүіё")
KK_LETTERS = re.compile(r"[әғқңөұүһі]")
#: the letters that follow a key inside its word (a suffix or ending)
LETTER_TAIL = re.compile(r"[^\W\d_]*")


@dataclass(slots=True)
class Entry:
    name: Name
    tails: frozenset  # allowed tails ("" = none)
    cap: bool  # the surface must start with a capital letter (or be a capitals-only code)
    place: object = None  # the gazetteer Place, when the matcher was given the places
    opt: tuple | None = None  # (place, flags), ready for the geoparser


@dataclass
class Hit:
    start: int
    end: int
    entries: list  # Entry objects that matched with this tail
    opts: list | None = None  # their (place, flags) pairs, where the matcher knows the places


def _keys_for(n: Name) -> list[tuple[str, frozenset]]:
    return _keys_for_form(n.form, n.flags)


@lru_cache(maxsize=None)
def _keys_for_form(form: str, flags: str) -> list[tuple[str, frozenset]]:
    """Keys and tails of a form (homonymous places share their forms: computed once)."""
    k = key(form)
    if not k:
        return []
    if "U" in flags:
        return [(k, _NO_TAIL)]
    last = k.rsplit(" ", 1)[-1]
    if last.isascii() or not _CYR_LETTER.search(last):
        # a Latin form: Kazakh written in Latin letters puts its case suffixes on it too
        # ("Öskemennen", "Qaraǵandyda", "Astanaǵa"); English words never end so
        # (a hyphenated name too: "Fort-Shevchenkodan")
        return [(k, _KK_LATIN_OR_NONE if len(last) >= 4 and (last.isalpha() or last.replace("-", "").isalpha())
                 else _NO_TAIL)]
    out = []
    if "A" in flags:
        for end in ("ская", "цкая", "ский", "цкий", "ской", "ая", "ий", "ый", "ой"):
            if last.endswith(end):
                out.append((k[:-2], ADJ_TAILS))  # both the 2- and the 4-letter endings lose two letters
                break
        return out
    if len(last) >= 4:
        # after a vowel Kazakh takes the voiced suffixes only (Чилиге, Алматыда, Шиеліден; not
        # Чили+ке, which is "в Чилике", Чилик): "у" and "ю" end like consonants (Ақтаудың)
        kk = _KK_AFTER_VOWEL_OR_NONE if last[-1] in _VOWELS and last[-1] not in "уюү" else _KK_OR_NONE
        if last[-1] in "жшчщц":
            out.append((k, _KK_RU_HUSH))
        elif last[-1] not in _VOWELS and last[-1] not in "ьй":
            out.append((k, _KK_RU_CONS))
            if last.endswith("ск") and not KK_LETTERS.search(last):
                # Kazakh adds і to a Russian name in -ск before its endings ("Ульяновскіге", "Омскіде")
                out.append((key(form + "і"), _KK_AFTER_VOWEL_OR_NONE))
        elif last.endswith(("ая", "ое", "ий", "ый", "ой")):
            out.append((k, _KK_OR_NONE))
            out.append((k[:-2], ADJ_NOUN_TAILS))
        elif last[-1] == "а" and last[-2] in _VOWELS:
            out.append((k, kk))  # Самоа, Никарагуа: not declined in Russian (not "Самое")
        elif last[-1] in "ая":
            out.append((k, kk))
            out.append((k[:-1], RU_A_TAILS))
        elif last[-1] == "ь":
            out.append((k, _KK_OR_NONE))
            out.append((k[:-1], RU_SOFT_TAILS))
        elif last[-1] == "й":  # Семей -> Семее, Китай -> Китае
            out.append((k, _KK_OR_NONE))
            out.append((k[:-1], RU_J_TAILS))
        elif last[-1] in "ыи" and len(last) >= 6 and not KK_LETTERS.search(last):
            out.append((k, kk))
            out.append((k[:-1], RU_PLURAL_TAILS))
        else:
            out.append((k, kk))
    else:
        out.append((k, _KK_OR_NONE if len(last) >= 3 else _NO_TAIL))
    return out


# the tail sets, made once (shared sets also hash once when the matcher groups its entries)
_NO_TAIL = frozenset([""])
_KK_OR_NONE = frozenset(KK_TAILS | {""})
_KK_AFTER_VOWEL_OR_NONE = frozenset(_KK_OR_NONE - set("та те тан тен қа ке дың дің тың тің ды ді ты ті бен пен тағы тегі".split()))
_KK_RU_CONS = frozenset(KK_TAILS | {""} | RU_CONS_TAILS)
_KK_RU_HUSH = frozenset(_KK_RU_CONS | RU_HUSH_TAILS)
_CYR_LETTER = re.compile(r"[а-яәғқңөұүһі]")
_KK_LATIN_OR_NONE = frozenset(KK_LATIN_TAILS | {""})
LATIN_TAILS = 2  # the "may take a tail" mark of keys whose only tails are Kazakh suffixes in Latin letters


def _group(tails: frozenset, entries: list) -> tuple:
    """One tail group of a key, ready for :meth:`Matcher.find`: ``(tails, if_upper, if_lower,
    special)`` where ``if_upper`` and ``if_lower`` are ``(entries, opts)`` pairs that hold when the
    surface starts with a capital letter or does not, and ``special`` (for two-letter and
    capitals-only names, which need a look at the whole surface) all entries, else None."""
    if any("S" in e.name.flags or "U" in e.name.flags for e in entries if e.cap):
        return (tails, None, None, tuple(entries))
    lower = [e for e in entries if not e.cap]
    return (tails, _pair(entries), _pair(lower) if lower else None, None)


def _pair(entries: list) -> tuple:
    return (tuple(entries), tuple(e.opt for e in entries if e.opt is not None))


def _cap_ok(e: Entry, text: str, start: int, end_idx: int, upper: bool) -> bool:
    if not e.cap:
        return True
    flags = e.name.flags
    if "S" in flags:
        return text[start + 1:end_idx + 1].islower()
    if "U" in flags:
        return text[start:end_idx + 1].isupper()
    return upper


#: Towns this big match in lower case too (see ``entry_table``).
LOWER_CASE_TOWN = 100_000
#: Lower-case forms of big towns that are ordinary words: Kazakh астана (a capital), ақтау (to acquit),
#: орал (return), Russian семей (of families), верный (faithful),
#: Рудный (ore), Oral, Ural, and old or foreign-looking names a sentence may hold in lower case.
_LOWER_WORDS = frozenset("астана ақтау орал семей верный верного рудный рудного рудном oral ural orala taras semej semei bozok "
                         "energograd samarka samarand gavrilovka perovsk kereku vernyj vernyy verny".split())


def entry_table(names: list[Name], places: dict) -> dict[str, list[Entry]]:
    """Every key of ``names`` with its entries, in the order of ``names``."""
    table: dict[str, list[Entry]] = {}
    for n in names:
        cap = n.form[:1].isupper() or "U" in n.flags
        place = places.get(n.place_id)
        if cap and not n.flags and place is not None and place.kind == "city" and place.population >= LOWER_CASE_TOWN \
                and len(n.form) >= 5 and all(w[:1].isupper() and w[1:].islower() for w in n.form.split("-")) \
                and n.form.lower() not in _LOWER_WORDS:
            # a big town written in lower case in a reader's message or a live feed ("shimkent",
            # "шымкентте", "nur-sultan"): its names are no ordinary words, so no capital is needed
            cap = False
        if len(key(n.form)) < 3 and "U" not in n.flags:
            if n.form.isupper() and place is not None and place.kind in ("foreign", "country"):
                n = Name(n.form, n.place_id, n.lang, n.flags + "U")  # "UK", "РФ", "EU": in capitals only
            elif cap and place is not None and n.form[1:].islower() and (
                    place.kind == "city" or (place.kind == "foreign" and place.subkind == "city")):
                # a two-letter town name (Шу, Ош) is a hit only in title case and only with context ("S")
                n = Name(n.form, n.place_id, n.lang, n.flags + "S")
            else:
                continue
        for k, tails in _keys_for(n):
            entries = table.setdefault(k, [])
            if entries and any(e.name.place_id == n.place_id and e.tails == tails and e.name.flags == n.flags
                               for e in entries):
                continue  # (the same place and tails under a form it has twice: "Усть-Каменогорскі")
            entries.append(Entry(n, tails, cap, place, (place, n.flags) if place is not None else None))
    return table


def key_value(k: str, entries: list, cats: tuple | None) -> tuple | None:
    """The automaton's value for key ``k`` and its ``entries`` (``cats``: the trigger categories
    of the word, or None): ``(length, all entries need a capital, a tail may follow, tail groups,
    cats)``; None when the key is too short to be looked for. (:meth:`Matcher._build` makes the
    same value more quickly for the many keys with one entry.)"""
    if len(k) < 3 and not any("U" in e.name.flags or "S" in e.name.flags for e in entries):
        return None
    groups: dict[frozenset, list[Entry]] = {}
    for e in entries:
        groups.setdefault(e.tails, []).append(e)
    all_cap = all(e.cap for e in entries)
    has_tail = any(len(t) > 1 or "" not in t for t in groups)
    if has_tail and _KK_LATIN_OR_NONE in groups and all(t is _KK_LATIN_OR_NONE or t is _NO_TAIL for t in groups):
        has_tail = LATIN_TAILS  # Kazakh suffixes on a Latin form: looked for in Kazakh texts only
    return (len(k), all_cap, has_tail, tuple(_group(t, v) for t, v in groups.items()), cats)


class Matcher:
    """The automaton over every key of ``names``; with ``hint_words`` (``{word: categories}``, see
    :mod:`geomap.hints`) the same pass over a text also finds the trigger words of the other rules
    (:meth:`scan`)."""

    def __init__(self, names: list[Name], places: dict | None = None, hint_words: dict | None = None):
        # tens of thousands of small objects: the cyclic garbage collector would run many
        # times for nothing while they are built (half the build time)
        was = gc.isenabled()
        gc.disable()
        try:
            self._build(names, places, hint_words or {})
        finally:
            if was:
                gc.enable()
        self.hint_words = hint_words

    def _build(self, names: list[Name], places: dict | None, hint_words: dict) -> None:
        table = entry_table(names, places or {})
        self.automaton = ahocorasick.Automaton()
        tail_word: dict[frozenset, bool] = {}  # tails that let a longer word match
        # the value of a key: (length, all entries need a capital, a tail may follow, tail groups,
        # trigger categories of the word or None)
        add = self.automaton.add_word
        for k, entries in table.items():
            if len(entries) == 1:  # most keys: one place, one form (the same as below, quicker)
                e = entries[0]
                flags = e.name.flags
                special = "U" in flags or "S" in flags
                if len(k) < 3 and not special:
                    continue
                t = e.tails
                h = tail_word.get(t)
                if h is None:
                    h = tail_word[t] = len(t) > 1 or "" not in t
                if h and t is _KK_LATIN_OR_NONE:
                    h = LATIN_TAILS
                if e.cap and special:
                    group = (t, None, None, (e,))
                else:
                    pair = ((e,), (e.opt,) if e.opt is not None else ())
                    group = (t, pair, None if e.cap else pair, None)
                add(k, (len(k), e.cap, h, (group,), hint_words.get(k)))
                continue
            value = key_value(k, entries, hint_words.get(k))
            if value is not None:
                add(k, value)
        for w, cats in hint_words.items():
            if self.automaton.get(w, None) is None:
                self.automaton.add_word(w, (len(w), False, False, (), cats))
        self.automaton.make_automaton()

    def find(self, text: str, folded: str | None = None) -> list[Hit]:
        """Whole-word hits of gazetteer keys (with allowed tails), in text order."""
        hits = self._hits(text, folded if folded is not None else fold(text), None)
        return [Hit(a, b, list(es), list(opts)) for (a, b), (es, opts) in sorted(hits.items())]

    def scan(self, text: str, folded: str, latin_tails: bool = True) -> tuple[list[tuple[int, int, tuple]], dict]:
        """One pass over ``folded`` (``fold(text)``): ``(start, end, opts)`` of the gazetteer hits in
        text order (``opts``: the (place, flags) pairs, as in :attr:`Hit.opts`) and the trigger
        words by category, as :func:`geomap.hints.scan` gives them. ``latin_tails``: whether Latin
        forms take Kazakh case suffixes ("Öskemennen"; pointless in English and Russian text)."""
        if self.hint_words is None:
            from .hints import scan

            trig = scan(folded)
            hits = self._hits(text, folded, None, latin_tails)
        else:
            trig = {"quant": [], "fac": [], "list": [], "vil": []}
            hits = self._hits(text, folded, trig, latin_tails)
        return [(a, b, opts) for (a, b), (_, opts) in sorted(hits.items())], trig

    def _hits(self, text: str, s: str, trig: dict | None, latin_tails: bool = True) -> dict:
        n = len(s)
        hits: dict[tuple[int, int], tuple] = {}
        tail_re = LETTER_TAIL.match
        for end_idx, (klen, all_cap, has_tail, groups, cats) in self.automaton.iter(s):
            start = end_idx - klen + 1
            if start and s[start - 1].isalnum():
                continue  # inside a word: most raw hits stop here
            if cats is not None:
                if trig is not None:
                    for cat in cats:
                        trig[cat].append((start, end_idx + 1))
                if not groups:
                    continue
            upper = text[start].isupper()
            if all_cap and not upper:
                continue
            nxt = end_idx + 1
            if nxt < n and s[nxt].isalpha():
                if not has_tail or (has_tail == LATIN_TAILS and not latin_tails):
                    continue
                stop = tail_re(s, nxt).end()
                tail = s[nxt:stop]
            else:
                stop = nxt
                tail = ""
            if stop < n and s[stop].isdigit():
                continue
            for tails, if_upper, if_lower, special in groups:
                if tail not in tails:
                    continue
                if special is None:
                    found = if_upper if upper else if_lower
                    if found is None:
                        continue
                else:
                    found = _pair([e for e in special if _cap_ok(e, text, start, end_idx, upper)])
                    if not found[0]:
                        continue
                span = (start, stop)
                got = hits.get(span)
                hits[span] = found if got is None else (got[0] + found[0], got[1] + found[1])
        return hits

    def is_place_word(self, word: str) -> bool:
        """True when ``word`` alone is a gazetteer form (any kind)."""
        return bool(self.find(word))


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    from .hints import words

    gaz = load()
    return Matcher(gaz.names, gaz.places, words())
