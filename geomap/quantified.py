"""Quantified territorial references: "9 regions", "all districts", "в семи областях", "екі ауданында".

``find(text)`` returns dicts with ``start``, ``end``, ``count`` (int or None), ``unit``
(singular: region, city, district, village, country) and ``quantifier`` ("all" for universal
statements, else None). Counts of non-territorial things ("11 points") are not matched.
"""

from __future__ import annotations

import re

from .facilities import KK_GENITIVE
from .normalize import WHITESPACE as _SPACES

EN_NUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a dozen": 12, "dozen": 12, "dozens of": None, "hundreds of": None, "scores of": None,
}
EN_VAGUE = {"several": None, "many": None, "some": None, "numerous": None, "a number of": None, "various": None,
            "a few": None, "multiple": None, "most": None, "number of": None, "few": None,
            "half of the": None, "half the": None, "most of the": None}
EN_ALL = {"all": "all", "every": "all", "all the": "all", "all of the": "all", "all of its": "all",
          "all of the country's": "all", "all the country's": "all", "each of the": "all"}

RU_NUM_STEMS = [
    ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
    ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20),
    ("пят", 5), ("шест", 6), ("сем", 7), ("восьм", 8), ("восем", 8), ("девят", 9), ("десят", 10),
]
# endings of the numerals above: -ь (nominative), -и (other cases), -ью (instrumental)
_RU_NUM_ENDINGS = ("ь", "и", "ью")
RU_NUM_WORDS = {f"{stem}{end}": val for stem, val in RU_NUM_STEMS for end in _RU_NUM_ENDINGS}
RU_NUM_WORDS.update({"восемь": 8, "восьми": 8, "восемью": 8, "восьмью": 8})
# ("оба", "обоих": both towns the text has just named point back to them, as "both cities" does
# in English; no count of unnamed places)
RU_NUM_WORDS.update({w: 2 for w in ("два", "две", "двух", "двум", "двумя")})
RU_NUM_WORDS.update({w: 3 for w in ("три", "трех", "трёх", "трем", "трём", "тремя")})
RU_NUM_WORDS.update({w: 4 for w in ("четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя")})
RU_VAGUE = ("ряде", "ряд", "ряда", "нескольких", "несколько", "многих", "многие", "большинстве", "большинство",
            "десятки", "десятков", "десятках", "сотни", "сотен", "многочисленных",
            "половине", "половину", "половина", "половины", "десятке", "десяток", "десятка", "большинства", "большинству")
RU_ALL = ("всех", "все", "всем", "каждой", "каждом", "каждого")
KK_NUM = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9,
          "отыз": 30, "қырық": 40, "елу": 50, "он": 10, "он бір": 11, "он екі": 12, "он үш": 13, "он төрт": 14, "он бес": 15, "он алты": 16,
          "он жеті": 17, "он сегіз": 18, "он тоғыз": 19, "жиырма": 20}
KK_VAGUE = ("бірнеше", "көптеген", "біраз", "бірқатар", "ондаған", "жүздеген")
KK_ALL = ("барлық", "барша", "әр", "әрбір")

EN_UNITS = {"district centres": "city", "district centers": "city", "regional centres": "city",
            "regional centers": "city", "district capitals": "city", "regional capitals": "city",
            "region": "region", "regions": "region", "oblast": "region", "oblasts": "region", "province": "region",
            "provinces": "region", "city": "city", "cities": "city", "town": "city", "towns": "city",
            "district": "district", "districts": "district", "village": "village", "villages": "village",
            "settlement": "village", "settlements": "village", "microdistrict": "microdistrict",
            "microdistricts": "microdistrict", "countries": "country",
            # rural districts, named as in Russian and Kazakh ("12 rural okrugs")
            "okrug": "district", "okrugs": "district"}

_EN_MID = (r"(?:other|more|foreign|of\s+the\s+(?:district|region|oblast|province|city|town)['’]s|of(?=\s+\d)|of\s+its|of\s+the|of\s+their|of\s+Kazakhstan['’]s|Kazakhstan['’]s|the\s+country['’]s|the|its|their|country's|neighbouring|neighboring|affected|"
           r"flooded|different|major|large|big|small|remote|rural|southern|northern|western|eastern|central|"
           r"largest|biggest|smallest|main|leading|poorest|richest|"
           r"border|key|Kazakh|Kazakhstani|[A-Z][a-z]+\s+(?:region|oblast)|additional|further|new|mountain|mountainous|"
           # the unit the places lie in, right before the noun ("two Saryagash villages")
           # (not a neighbour's adjective: "two Chinese cities" are none of ours)
           r"(?!(?:Russian|Chinese|Uzbek|Kyrgyz|Tajik|Turkmen|Iranian|Turkish|European|American|Siberian|Soviet|"
           r"Mongolian|Georgian|Azerbaijani|Ukrainian|Belarusian|German|Korean|Japanese|Indian|Afghan)\b)"
           r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s+(?:villages|districts|towns|cities|settlements|microdistricts|okrugs)\b)|"
           r"coastal|agricultural|industrial|urban|steppe|remaining|surrounding|nearby|adjacent|outlying|frontier|"
           r"(?:south|north)-?(?:eastern|western)|low-lying|(?:worst|hardest|badly|most)(?:-|\s+)(?:hit|affected)|"
           r"[a-z]+-(?:hit|affected|prone|stricken|producing|growing)|"
           # the whole the count is taken from: "14 of the country's 17 regions"
           r"\d{1,3}(?=\s+(?:[a-z]+\s+)?(?:regions|oblasts|provinces|cities|towns|districts|villages|okrugs)\b))")


def _first_letter_gate(words) -> str:
    """A lookahead on the first letters of ``words``: implied by their alternation, it only lets the
    regex engine give up at once where no word can start (a digit, another word)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


_EN_Q = "|".join(sorted((re.escape(k) for k in list(EN_NUM) + list(EN_VAGUE) + list(EN_ALL)), key=len, reverse=True))
EN_RE = re.compile(
    r"(?<![\d,.])\b(?P<q>(?:all\s+(?:of\s+the\s+|the\s+)?(?:\d{1,3}|" + "|".join(sorted(EN_NUM, key=len, reverse=True))
    + r"))|\d{1,3}(?:,\d{3})*|" + _first_letter_gate(list(EN_NUM) + list(EN_VAGUE) + list(EN_ALL)) + "(?:" + _EN_Q
    + r"))(?P<mid>(?:\s+" + _EN_MID + r"){0,3})\s+(?P<u>(?:district|regional)\s+(?:centres|centers|capitals)|"
    r"regions|oblasts|provinces|cities|towns|microdistricts|countries|okrugs|"
    r"districts|villages|settlements|region|oblast|province|city|town|microdistrict|district|village|okrug)\b(?!['’]s\b)",
    re.I,
)

_RU_Q = "|".join(sorted([re.escape(w) for w in RU_NUM_WORDS] + [re.escape(v) for v in RU_VAGUE + RU_ALL],
                        key=len, reverse=True))
RU_RE = re.compile(
    r"(?<![\w,.-])(?P<q>(?:(?:всех|все|всем|всеми)\s+)?\d{1,3}(?:-?(?:х|ти|ми|и|ух|ех))?|"
    + _first_letter_gate(list(RU_NUM_WORDS) + list(RU_VAGUE) + list(RU_ALL)) + "(?:" + _RU_Q
    + r"))(?P<mid>(?:\s+(?:из\s+\d{1,3}|других|другие|соседних|соседние|"
    r"пострадавших|казахстанских|крупных|южных|северных|западных|восточных|приграничных|сельских|новых|новые|"
    # (any other adjective in the plural: "во всех горных районах", "в пяти засушливых районах")
    r"отдал[её]нных|удал[её]нных|близлежащих|ближайших|[а-яё]{3,}(?:ых|их|ые|ие|ым|им|ыми|ими)))?)\s+"
    r"(?P<u>(?:районн|областн)\w*\s+центр\w*|райцентр\w*|(?:сельск|аульн)\w+\s+округ(?:а|ов|ах|ам|ами|е|и)?\b|аул(?:а|ов|ах|ам|ами|ы)?\b|регион(?:а|ов|ах|ам|ами|е|ы)?\b|област(?:ь|и|ей|ях|ям|ями)\b|город(?:а|ов|ах|ам|ами|е)?\b|"
    r"район(?:а|ов|ах|ам|ами|е|ы)?\b|микрорайон(?:а|ов|ах|ам|ами|е|ы)?\b|с[её]л(?:ах|ам|ами|а|о)?\b|"
    r"населенн\w*\s+пункт\w*|населённ\w*\s+пункт\w*|стран(?:ах|ам|ами)?\b)",
    re.I,
)
_KK_Q = "|".join(sorted([re.escape(k) for k in list(KK_NUM) + list(KK_VAGUE) + list(KK_ALL)], key=len, reverse=True))
# the Kazakh ablative and dative endings of a numeral: "жиырмадан астам" (more than twenty),
# "отызға жуық" (nearly thirty); with "он шақты" (about ten)
_KK_ABL = ("дан", "ден", "тан", "тен", "нан", "нен")
_KK_DAT = ("ға", "ге", "қа", "ке")
_KK_ABOUT = rf"(?:-?(?:{'|'.join(_KK_ABL)})\s+астам|-?(?:{'|'.join(_KK_DAT)})\s+жуық|\s+шақты)?"
KK_RE = re.compile(
    r"(?<![\w,.-])(?P<q>(?:барлық\s+)?\d{1,3}|" + _first_letter_gate(list(KK_NUM) + list(KK_VAGUE) + list(KK_ALL)) + "(?:" + _KK_Q
    + r"))" + _KK_ABOUT + r"(?P<mid>(?:\s+(?:басқа|шет|көрші|шекаралас|жаңа|шалғай|іргелес|шағын(?!\s+аудан)|ірі|оңтүстік|солтүстік|батыс|шығыс|"
    # (an adjective made with -лы/-лі: "барлық таулы аудандарында"; not -ды/-ті, which are also
    # accusative endings: "бес адамды ауылға")
    r"орталық|[а-яәғқңөұүһі]{2,}(?:лы|лі)))?)\s+"
    r"(?P<u>ауылдық\s+округ\w*|(?!\w+(?:лық|лік|дық|дік|тық|тік)\b)(?:(?:аудан|облыс)\s+орталы[қғ]\w*|(?:шағын|ықшам)\s+аудан\w*|өңір\w*|облыс\w*|"
    r"аудан\w*|қала\w*|ауыл\w*|елді\s+мекен\w*|ел(?:де|ден|дің|дер\w*|ге|дегі)?\b))",
    re.I,
)


def _ru_unit(u: str) -> str:
    u = u.lower()
    if u.startswith(("сельск", "аульн")):
        return "district"  # rural districts (okrugs)
    if u.startswith(("районн", "областн", "райцентр")):
        return "city"  # district and regional centres are towns
    if u.startswith(("регион", "област")):
        return "region"
    if u.startswith("город"):
        return "city"
    if u.startswith("микрорайон"):
        return "microdistrict"
    if u.startswith("район"):
        return "district"
    if u.startswith("стран"):
        return "country"
    return "village"


def _kk_unit(u: str) -> str:
    u = u.lower()
    if u.startswith("ауылдық"):
        return "district"  # rural districts (okrugs)
    if "орталы" in u:
        return "city"  # "аудан орталықтарында": district centres are towns
    if u.startswith(("шағын", "ықшам")):
        return "microdistrict"
    if u.startswith(("өңір", "облыс")):
        return "region"
    if u.startswith("қала"):
        return "city"
    if u.startswith("аудан"):
        return "district"
    if u.startswith("ел") and "мекен" not in u:  # ("елді мекен": a settlement)
        return "country"
    return "village"


_DIGITS = re.compile(r"\d+")
_RU_ALL_N = re.compile(r"вс\w+\s+(\d+)")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_ALL_N = re.compile(r"all (?:of the |the )?(.+)$")


def _ru_count(q: str):
    q = q.lower()
    m = _DIGITS.match(q)
    if m:
        return int(m.group(0)), None
    m = _RU_ALL_N.match(q)
    if m:  # "во всех 17 регионах": all of them, counted
        return int(m.group(1)), "all"
    if q in RU_ALL:
        return None, "all"
    if q in RU_VAGUE:
        return None, None
    if q in RU_NUM_WORDS:
        return RU_NUM_WORDS[q], None
    return None, None


_QUANT_TOKENS = frozenset(
    list(EN_NUM) + list(EN_VAGUE) + ["all", "every", "each", "number", "few", "dozen", "dozens", "both", "half"]
    + ["hundreds", "scores"] + list(RU_VAGUE) + list(RU_ALL) + list(RU_NUM_WORDS) + list(KK_NUM) + list(KK_VAGUE) + list(KK_ALL)
    # a Kazakh numeral with the ablative or dative of "more than" and "nearly" ("жиырмадан астам")
    + [n + suf for n in KK_NUM if " " not in n for suf in _KK_ABL + _KK_DAT]
)


_WORD_SEEN: dict[str, tuple] = {}  # word -> _word_info(word); words repeat across texts
_NOT_QUANT: set[str] = set()  # words seen that cannot be part of a quantifier


# the only numbers a quantifier has: up to three digits, thousands after commas ("1,500"), a Russian
# case ending ("5-ти", "9-х"); a year, a date or a number with a stop or comma after it is none
_NUMBER_Q = re.compile(r"\d{1,3}(?:,\d{3})*(?:-?(?:" + "|".join(("х", "ти", "ми", "и", "ух", "ех") + _KK_ABL + _KK_DAT) + "))?")


def _quant_word(w: str) -> bool:
    # (a Russian numeral is matched as a whole word from RU_NUM_WORDS, so "семей", "пятница"
    # need no look)
    if w[:1].isdigit() or w[1:2].isdigit():
        return _NUMBER_Q.fullmatch(w.lstrip("\"'(«")) is not None
    return w.strip(".,;:()\"'«»") in _QUANT_TOKENS


def _word_info(w: str) -> tuple[bool, bool, int]:
    """(may the word be part of a quantifier, may a quantifier start at it, where it starts after
    opening quotes and brackets)."""
    quant = _quant_word(w)
    starts = quant and (w.strip(".,;:()\"'«»") in _QUANT_TOKENS or w.lstrip("\"'(«")[:1].isdigit())
    return quant, starts, len(w) - len(w.lstrip("\"'(«"))


def _windows(text: str, folded: str | None = None, positions=None):
    """For each territorial noun preceded by a quantifier: the quantifier starts, the noun's end, the script."""
    out = []
    if folded is None:
        from .normalize import fold

        folded = fold(text)
    low = folded
    if positions is None:
        from .hints import scan

        positions = scan(folded)["quant"]
    seen = _WORD_SEEN
    plain = _NOT_QUANT
    n = len(text)
    for start, stop in positions:
        a = start - 60 if start > 60 else 0
        seg = low[a:start]
        latin = low[start].isascii()
        # the last six words (the first may be cut by the window; "Seven of the district's 13 rural
        # okrugs"); in Russian and Kazakh, where a quantifier is followed by at most one adjective
        # and a unit noun of at most two words ("населённых пунктах", "елді мекен"), the last three: a quantifier further back can only
        # count an earlier unit noun, whose own window has it
        quick = seg.rsplit(None, 6)[-6:] if latin else seg.rsplit(None, 3)[-3:]
        if plain.issuperset(quick):
            continue  # the usual case, decided without a loop
        infos = []
        hit = False
        for w in quick:
            info = seen.get(w)
            if info is None:
                if len(seen) > 50_000:
                    seen.clear()
                    plain.clear()
                info = seen[w] = _word_info(w)
                if not info[0]:
                    plain.add(w)
            infos.append(info)
            if info[0]:
                hit = True
        if not hit:
            continue
        starts = []
        pos = len(seg)
        for i in range(len(quick) - 1, -1, -1):  # the same words, located from the right
            w = quick[i]
            pos = seg.rfind(w, 0, pos)
            info = infos[i]
            if info[1]:
                starts.append(a + pos + info[2])
        starts.reverse()
        if starts:
            out.append((starts, n if stop + 30 > n else stop + 30, latin))
    return out


#: Words before a count of countries that point back to countries already named ("the two
#: countries", "обеих стран", "these five states"): no count of places of their own.
_BACK_BEFORE = re.compile(r"(?i:\b(?:the|both|these|those|этих|тех|обеих|обоих|осы)\s+)$")


def _country_count(text: str, r: dict) -> bool:
    """A count of countries that is a quantified reference: at least three of them, or a vague
    many ("30 countries", "в 53 странах", "several countries", "бірнеше елде"); not two (most
    often the two just named), not "all countries" (of the world), not pointing back."""
    n = r["count"]
    if (n is not None and n < 3) or (n is None and r["quantifier"] == "all"):
        return False
    return _BACK_BEFORE.search(text, max(0, r["start"] - 8), r["start"]) is None


def find(text: str, lang: str | None = None, folded: str | None = None, positions=None) -> list[dict]:
    """Quantified references in ``text`` (``folded``: its ``normalize.fold`` copy; ``positions``: its
    ``hints.scan(...)["quant"]``, if at hand)."""
    out = []
    for starts, b, latin in _windows(text, folded, positions):
        out.extend(r for r in _find(text, starts, b, latin) if r["unit"] != "country" or _country_count(text, r))
    out.sort(key=lambda r: (r["start"], -r["end"]))
    res, last = [], -1
    for r in out:
        if r["start"] >= last:
            res.append(r)
            last = r["end"]
    return res


def _matches(rx, text: str, starts, b: int):
    for pos in starts:
        m = rx.match(text, pos, b)
        if m is not None:
            yield m


def _find(text: str, starts, b: int, latin: bool) -> list[dict]:
    out = []
    for m in (_matches(EN_RE, text, starts, b) if latin else ()):
        q = _SPACES.sub(" ", m.group("q").lower())
        if _THOUSANDS.fullmatch(q):
            q = q.replace(",", "")
        u = _SPACES.sub(" ", m.group("u").lower())
        singular = not u.endswith("s")
        allnum = _ALL_N.match(q)
        if allnum and (allnum.group(1).isdigit() or allnum.group(1) in EN_NUM):
            n = allnum.group(1)
            out.append(_rec(m.start(), m.end(), int(n) if n.isdigit() else EN_NUM[n], EN_UNITS[u], "all"))
            continue
        if q.isdigit():
            count, quant = int(q), None
            if count == 1 or (singular and count != 1):
                continue
        elif q in EN_NUM:
            count, quant = EN_NUM[q], None
            if singular and q != "one":
                continue
            if q == "one":
                continue  # "one region" is rarely a count of places
        elif q in EN_ALL:
            count, quant = None, "all"
            if singular and q not in ("every", "each of the"):
                continue
        else:
            count, quant = None, None
            if singular:
                continue
        if q in ("some",) and m.start() > 0 and text[max(0, m.start() - 1)] == "-":
            continue
        s0 = m.start()
        if q in ("dozen", "number of", "few") and text[s0 - 2:s0] in ("a ", "A "):
            s0 -= 2  # "a dozen cities", "a number of regions", "a few villages" (the window starts at the noun)
        out.append(_rec(s0, m.end(), count, EN_UNITS[u], quant))
    for m in (_matches(RU_RE, text, starts, b) if not latin else ()):
        count, quant = _ru_count(m.group("q"))
        if count == 1:
            continue
        out.append(_rec(m.start(), m.end(), count, _ru_unit(m.group("u")), quant))
    for m in (_matches(KK_RE, text, starts, b) if not latin else ()):
        q = _SPACES.sub(" ", m.group("q").lower())
        if q.isdigit():
            count, quant = int(q), None
        elif q.startswith("барлық ") and q[7:].isdigit():
            count, quant = int(q[7:]), "all"  # "барлық 17 өңірінде": all of them, counted
        elif q in KK_NUM:
            count, quant = KK_NUM[q], None
        elif q in KK_ALL:
            count, quant = None, "all"
        else:
            count, quant = None, None
        if count == 1:
            continue
        end = m.end()
        if m.group("u")[-3:].lower() in KK_GENITIVE:
            part = _KK_PART.match(text, end)
            if part is not None:
                # "11 ауылдық округтің тоғызында", "17 өңірдің 14-і": the places meant are the part
                # after the whole ("nine of the 11 rural okrugs")
                n = part.group("n").lower()
                if n in ("бәр", "барлығ"):  # "14 ауылдық округінің бәріне": all of them
                    quant, end = "all", part.end()
                else:
                    n = int(n) if n.isdigit() else _KK_PART_NUM[n]
                    if 1 < n and (count is None or n < count):
                        count, quant, end = n, None, part.end()
        out.append(_rec(m.start(), end, count, _kk_unit(m.group("u")), quant))
    return _with_owner(text, out) if out and not latin else out


# a Kazakh numeral with the possessive ending of a part ("бесеуі", "тоғызы", "жиырмасы", "14-і"), the
# collective numerals included, or "all of them" ("бәрі", "барлығы"), with any case ending after it
# ("бесеуіне", "тоғызында", "бәрінде")
_KK_PART_NUM = {**{k: v for k, v in KK_NUM.items() if v > 1},
                "екеу": 2, "үшеу": 3, "төртеу": 4, "бесеу": 5, "алтау": 6, "жетеу": 7}
_KK_PART = re.compile(
    r"[ \u00a0]+(?P<n>\d{1,3}(?=-)|бәр|барлығ|" + "|".join(sorted(_KK_PART_NUM, key=len, reverse=True)) + r")-?(?:сы|сі|ы|і)"
    r"(?:н|нда|нде|на|не|ндағы|ндегі|нан|нен|ның|нің)?(?![\w-])", re.I)


# the Russian or Kazakh genitive of the district whose villages or towns are counted belongs to the
# phrase ("несколько сел Тайыншинского района", "Бейнеу ауданының 12 ауылы"); an English district
# after "of" is a mention of its own ("two villages of Kokpekty district"), as a region always is
# (it carries the ADM1: "all districts of Mangystau region", "Ақтөбе облысының екі ауданында"), and
# so is a place after "in" ("several villages in the Zhitikara district")
_RU_OWNER_AFTER = re.compile(r"[ \u00a0]+[А-ЯЁ][\w-]*(?:ского|цкого)[ \u00a0]+района(?![\w-])")
_KK_OWNER_BEFORE = re.compile(r"(?<![\w.-])(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.[ \u00a0]?)?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*[ \u00a0]+ауданының[ \u00a0]+$")
_SMALL_UNITS = frozenset(["village", "city"])


def _with_owner(text: str, recs: list[dict]) -> list[dict]:
    for r in recs:
        if r["unit"] not in _SMALL_UNITS:
            continue
        m = _RU_OWNER_AFTER.match(text, r["end"])
        if m is not None:
            r["end"] = m.end()
        else:
            a = max(0, r["start"] - 50)
            m = _KK_OWNER_BEFORE.search(text, a, r["start"])
            if m is not None:
                r["start"] = m.start()
    return recs


def label(count, unit: str, quant) -> str:
    plural = {"city": "cities", "country": "countries"}.get(unit, unit + "s")
    if quant == "all":
        return f"all {count} {plural}" if count else f"all {plural}"
    if count is None:
        return f"several {plural}"
    return f"{count} {plural if count != 1 else unit}"


def _rec(start, end, count, unit, quant):
    return {"start": start, "end": end, "count": count, "unit": unit, "quantifier": quant}
