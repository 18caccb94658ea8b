"""The fast paths of extraction give exactly what the plain ways give.

Each shortcut (one automaton pass for names and trigger words, tables remembered per era or
per combination of homonyms, literal pre-tests before patterns, lookaheads in front of
alternations) is compared here with the straightforward computation it replaces, on texts
that exercise it.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from geomap import adm1, facilities, fuzzy, geoparse, hints, quantified, resolve
from geomap.gazetteer import load
from geomap.matcher import Matcher, default_matcher
from geomap.normalize import fold

TEXTS = [
    "Protesters gathered in Almaty and Zhanaozen; police in the Mangystau region detained 9 people "
    "in 3 districts. The Tobol and the Ishim rose near Kostanay. Tole-Bi Street and the Quanysh Market.",
    "В Алматы и Шымкенте прошли митинги; в двух районах Жамбылской области задержаны 12 человек. "
    "На улице Абая и на площади Республики собрались люди. Паводок в сёлах Актюбинской области.",
    "Алматыдағы оқиға: екі ауданында, Мерке ауданының Ойтал ауылында, «Казахстанская» шахтасында, "
    "Сазды өзені, Абай даңғылы, Қаныш Сәтбаевтың туған күні.",
    "Kazakhstan's 17 regions; all of the country's cities; the village of Zhanatalap, Zhambyl district; "
    "KZ-11 highway; Lake Balkhash; in Almatty; FC Kairat Almaty; Russia's Kurgan region; ШҚО-да.",
    "",
    "x",
]


def _texts():
    rng = random.Random(7)
    words = " ".join(TEXTS).split()
    out = list(TEXTS)
    for _ in range(60):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))))
    return out


@pytest.mark.parametrize("text", _texts())
def test_scan_is_find_plus_hints(text):
    folded = fold(text)
    hits, trig = default_matcher().scan(text, folded)
    assert [(a, b, list(opts)) for a, b, opts in hits] == [(h.start, h.end, h.opts) for h in default_matcher().find(text)]
    assert trig == hints.scan(folded)


def test_scan_without_trigger_words_falls_back_to_hints():
    gaz = load()
    plain = Matcher(gaz.names[:2000], gaz.places)
    text = TEXTS[0]
    hits, trig = plain.scan(text, fold(text))
    assert trig == hints.scan(fold(text))
    assert [(a, b) for a, b, _ in hits] == [(h.start, h.end) for h in plain.find(text)]


def test_unit_of_is_remembered_per_era_not_per_day():
    gaz = load()
    places = [p for p in gaz.places.values() if p.kind in ("region", "city", "district", "village") and p.atom][:400]
    days = [dt.date(1997, 1, 1), adm1.REFORM_2018 - dt.timedelta(days=1), adm1.REFORM_2018,
            adm1.REFORM_2022 - dt.timedelta(days=1), adm1.REFORM_2022, dt.date(2026, 1, 1)]
    for day in days:
        for p in places:
            got = resolve.unit_of(p, day)
            if p.kind == "region":
                want = adm1.resolve_unit(p.id, day)
            else:
                want = adm1.resolve_unit(p.atom, day) if p.atom not in adm1.ATOMS else adm1.unit_for_atom(p.atom, day)
            assert got == want, (p.id, day)
            assert resolve.unit_table(day).get(p.id) == want


def test_choose_remembers_only_what_it_depends_on():
    gaz = load()
    groups = [ns for ns in gaz.by_form().values() if len({n.place_id for n in ns}) > 2][:300]
    rng = random.Random(3)
    for ns in groups:
        places = [gaz.places[n.place_id] for n in ns if n.place_id in gaz.places]
        atoms = {p.atom for p in places if p.atom and rng.random() < 0.5}
        for prefer in (None, "city", "village", "region"):
            assert resolve.choose(places, atoms, prefer) == resolve._choose(list(places), atoms, prefer)
            assert resolve.choose(places, set(), prefer) == resolve._choose(list(places), set(), prefer)


def test_number_word_lookaheads_admit_every_first_letter():
    """The lookahead in front of each number-word alternation accepts every character that the
    alternation's first letters accept under IGNORECASE (all of Unicode)."""
    groups = [list(quantified.EN_NUM) + list(quantified.EN_VAGUE) + list(quantified.EN_ALL),
              list(quantified.RU_NUM_WORDS) + list(quantified.RU_VAGUE) + list(quantified.RU_ALL),
              list(quantified.KK_NUM) + list(quantified.KK_VAGUE) + list(quantified.KK_ALL)]
    everything = "".join(map(chr, range(0x110000))).replace("\n", " ")
    for words in groups:
        firsts = sorted({w[0] for w in words})
        literal = re.compile("|".join(map(re.escape, firsts)), re.I)
        gate = re.compile(quantified._first_letter_gate(words) + ".", re.I | re.S)
        wanted = {m.start() for m in literal.finditer(everything)}
        admitted = {m.start() for m in gate.finditer(everything)}
        assert wanted and wanted <= admitted


@pytest.mark.parametrize("text", _texts())
def test_quantified_windows_match_the_plain_reading(text):
    """Quantifier starts: the last six words before each territorial noun, read afresh."""
    folded = fold(text)
    positions = hints.scan(folded)["quant"]
    want = []
    for start, stop in positions:
        a = max(0, start - 60)
        seg = folded[a:start]
        quick = seg.split()[-6:] if folded[start].isascii() else seg.split()[-3:]
        if not any(quantified._quant_word(w) for w in quick):
            continue
        starts, pos = [], len(seg)
        for w in reversed(quick):
            pos = seg.rfind(w, 0, pos)
            core = w.strip(".,;:()\"'«»")
            if core in quantified._QUANT_TOKENS or core[:1].isdigit():
                starts.append(a + pos + (len(w) - len(w.lstrip("\"'(«"))))
        starts.reverse()
        if starts:
            want.append((starts, min(len(text), stop + 30), folded[start].isascii()))
    assert quantified._windows(text, folded, positions) == want


QUANT_TEXTS = _texts() + [
    "Из-за паводка эвакуированы 40 семей из сёл Актюбинской области; в пятницу в семи областях и в пяти-шести "
    "районах, в семьдесят районах, у семей в двух сёлах, десятки сёл, в ряде регионов.",
    "Seven families left three villages; a Friday in all 17 regions, in twenty-two districts, in dozens of towns.",
    "Бес отбасы үш ауылдан көшірілді; барлық өңірлерде, он бір ауданда, жүздеген ауылда.",
    "Свет отключили в двух других населённых пунктах области и в 12 сёлах; в трёх соседних районах и "
    "в пяти приграничных городах; екі басқа елді мекенде және бірнеше көрші ауданда.",
    "в 10 районных центрах и трёх райцентрах; five district\ncentres, all regional capitals; бес аудан орталығында.",
]


@pytest.mark.parametrize("text", QUANT_TEXTS)
def test_quantified_find_equals_trying_every_word(text):
    """The word tests that pick where a quantifier may start lose nothing: trying the patterns at
    every word of each window gives the same references."""
    folded = fold(text)
    positions = hints.scan(folded)["quant"]
    brute = []
    for start, stop in positions:
        a = max(0, start - 60)
        starts = [a + m.start() for m in re.finditer(r"\S+", folded[a:start])]
        starts = [s + (len(folded[s:].split(None, 1)[0]) - len(folded[s:].split(None, 1)[0].lstrip("\"'(«")))
                  for s in starts]
        brute.extend(quantified._find(text, starts, min(len(text), stop + 30), folded[start].isascii()))
    brute.sort(key=lambda r: (r["start"], -r["end"]))
    want, last = [], -1
    for r in brute:
        if r["start"] >= last:
            want.append(r)
            last = r["end"]
    assert quantified.find(text, None, folded, positions) == want


FACILITY_TEXTS = _texts() + [
    "Шахтёры шахты «Казахстанская» и рудника «Восход», улица Абая, проспект Назарбаева, месторождение Кашаган, "
    "станция Жаман; реки Урал, озера Балхаш; шахты имени Ленина; Абай атындағы көше; Сазды өзені, Алакөл көлі; "
    "Абай даңғылы, Республика алаңы, Самал шағын ауданы; «Бекабад» кен орны; M-36 трасса, KZ-11 highway, E40 road; "
    "Lake Alakol, Mount Khan Tengri, Mt. Belukha; «Тәуелсіздік» көшесі, рынок «Барахолка».",
]


GATES = {**facilities.GATES, **geoparse._VILLAGE_GATES}


def _gate_finds(gate, text, a, b):
    if isinstance(gate, re.Pattern):
        return gate.search(text, a, b) is not None
    return any(w in text[a:b] for w in gate)
FACILITY_TEXTS.append("Karakystak village in Ryskulov district, the village of Zhanatalap; в селе Каракыстак, "
                      "в посёлке Ойтал, в ауле Жана; Мерке ауданының Ойтал ауылында; Village of Ayak, VILLAGE")


@pytest.mark.parametrize("rx", list(GATES), ids=lambda rx: rx.pattern[:30])
def test_pattern_gates_are_necessary(rx):
    """A window without any of a pattern's literal strings holds no match of the pattern."""
    gate = GATES[rx]
    rng = random.Random(5)
    checked = 0
    for text in FACILITY_TEXTS:
        n = len(text)
        for _ in range(40):
            a = rng.randrange(n + 1)
            b = min(n, a + rng.randint(0, 150))
            found = list(rx.finditer(text, a, b))
            if not _gate_finds(gate, text, a, b):
                assert found == []
                checked += 1
            else:
                checked += bool(found)
        for m in rx.finditer(text):  # the gate finds something inside every match
            assert _gate_finds(gate, text, m.start(), m.end())
    assert checked > 100


def test_fuzzy_mask_gives_the_same_answers():
    text = "Rallies were held in Almatty and in Shymkient, and near Aktobee; in Almaty too."
    covered = bytearray(len(text) + 1)
    i = text.index("Almaty ")
    covered[i:i + 6] = b"\x01" * 6

    def test(a, b):
        return covered.find(1, a, b) != -1

    assert fuzzy.find(text, test, covered) == fuzzy.find(text, test)
    assert [text[s0:s1] for s0, s1, _, _ in fuzzy.find(text, test, covered)] == ["Almatty", "Shymkient", "Aktobee"]


def test_odd_case_characters_are_all_there():
    """The characters IGNORECASE matches with an ASCII letter while str.lower() gives another."""
    everything = "".join(map(chr, range(0x110000)))
    odd = {m.group(0) for x in "abcdefghijklmnopqrstuvwxyz" for m in re.finditer("(?i)" + x, everything)
           if m.group(0).lower() != x}
    assert odd == set(facilities._ODD_CASE)


@pytest.mark.parametrize("text", FACILITY_TEXTS + [
    "The Caspian ports. Abai Street and Kazakh mines; the Ekibastuz Mine; Almaty International Airport, "
    "Zhibek Zholy Avenue-side; Medeu Arena's; Oil Field, KAZAKH MINES, Koktem Square", "Abai Statıon is closed",
    "Abai ſtreet", "The İnternational Airport"])
def test_english_head_gate_is_necessary(text):
    folded = fold(text)
    positions = hints.scan(folded)["fac"]
    n = len(text)
    for a in range(0, n, 11):
        for b in (min(n, a + 60), min(n, a + 140), n):
            if not facilities._singular_head(text, a, b, positions):
                assert list(facilities.EN_RE.finditer(text, a, b)) == []


def test_walks_over_ordered_candidates_match_full_scans():
    """The nearest-unit and first-inside searches started by bisection give what a full scan gives."""
    gaz = load()
    kinds = {k: next(p for p in gaz.places.values() if p.kind == k) for k in ("city", "region", "district", "foreign")}
    rng = random.Random(11)
    for _ in range(300):
        cands = []
        pos = 0
        for _ in range(rng.randint(1, 25)):
            pos += rng.randint(0, 30)
            c = geoparse.Candidate(pos, pos + rng.randint(1, 12), [])
            c.chosen = kinds[rng.choice(list(kinds))]
            c.extra["span_end"] = c.end + rng.choice([0, 0, 7, 15])
            cands.append(c)
        starts = geoparse._ordered_starts(cands)
        assert starts is not None
        longest = max(c.extra["span_end"] - c.start for c in cands)
        for _ in range(20):
            s0 = rng.randint(0, pos + 20)
            s1 = s0 + rng.randint(1, 40)
            full = [c for c in cands if c.chosen is not None and s0 <= c.start and c.end <= s1
                    and c.chosen.kind in ("city", "village", "district", "region", "facility")]
            if full:  # the first start; of names that start there, the longest (the first of equals)
                same = [c for c in full if c.start == full[0].start]
                full = [max(same, key=lambda c: c.end)]
            assert geoparse._first_inside(cands, s0, s1, starts) is (full[0] if full else None)
            near = [c for c in cands if 0 <= c.start - s1 <= 25 or 0 <= s0 - c.extra["span_end"] <= 3]
            assert geoparse._first_near(cands, starts, longest, s0, s1) is (near[0] if near else None)
    shuffled = [geoparse.Candidate(5, 9, []), geoparse.Candidate(2, 4, [])]
    assert geoparse._ordered_starts(shuffled) is None


def test_the_quick_path_for_one_entry_keys_builds_the_general_value():
    # Matcher._build makes the automaton value of a key with one entry by a shortcut; it must be
    # exactly what key_value makes for the same key, for every key of the shipped gazetteer
    from geomap import hints, matcher
    from geomap.gazetteer import load

    gaz = load()
    m = matcher.default_matcher()
    words = hints.words()
    table = matcher.entry_table(gaz.names, gaz.places)
    single = 0
    for k, entries in table.items():
        want = matcher.key_value(k, entries, words.get(k))
        got = m.automaton.get(k, None)
        if want is None:  # a key too short to look for: at most a trigger word's own value
            assert got is None or got[3] == ()
            continue
        single += len(entries) == 1
        assert got == want, k
    assert single > 10_000  # (most keys take the shortcut)


def test_two_letter_foreign_names():
    import geomap

    def got(text, lang):
        return [(m["text"], m["kind"]) for m in geomap.extract(text, lang=lang, date="2024-05-01")]

    # country codes in capitals are foreign places; in lower case they are nothing
    assert got("Talks with the UK and the EU went on.", "en") == [("UK", "foreign"), ("EU", "foreign")]
    assert got("Граждане РФ пересекли границу.", "ru") == [("РФ", "foreign")]
    assert got("the uk tour", "en") == []
    # a two-letter foreign town is read as the town only with a place cue, like Шу
    assert got("В городе Ош прошёл митинг.", "ru") == [("Ош", "foreign")]
    assert got("Ош ва боз", "ru") == []


def test_kazakh_suffixes_after_a_vowel_are_the_voiced_ones():
    from geomap import geoparse

    def got(text, lang):
        return [(m["text"], m["kind"], m["adm1_iso"]) for m in geoparse.extract(text, date="2024-01-01", lang=lang)]

    # "в Чилике" is the Russian locative of Чилик (Shelek), not Чили (Chile) with the Kazakh -ке
    assert got("Происшествие случилось в Чилике.", "ru") == [("Чилике", "village", "KZ-19")]
    assert got("Делегация Чилиге барды.", "kk") == [("Чилиге", "foreign", None)]
    # a final -у ends like a consonant: Ақтаудың, Ақтауды
    assert [g[0] for g in got("Ақтауда, Ақтаудың, Шиеліде, Хромтауда.", "kk")] == ["Ақтауда", "Ақтаудың", "Шиеліде", "Хромтауда"]
