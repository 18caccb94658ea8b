"""Quantified statements with no named unit ("in 9 regions", "в ряде районов"): the scope of an
unattributed incident record, and the tests that tell it from a count inside a named unit."""

from __future__ import annotations

import re

from .figures import parse_number
from .triggers import AFFECTED, EMERGENCY, HALTED, MEASURE
from .clauses import _UPPER


_SCOPE_NUM = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"several|many|dozens\s+of|a\s+number\s+of|all|most|ряде|нескольких|многих|всех|десятк\w+|бірнеше|барлық|көптеген|"
    r"двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти|одиннадцати|двенадцати|"
    r"екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)"
)
_SCOPE_UNIT = (
    r"(?:regions|cities|towns|districts|villages|settlements|oblasts|provinces|points|locations|sites|places|"
    r"регион\w*|област\w*|город\w*|район\w*|сёл\w*|сел\w*|населённ\w*\s+пункт\w*|точк\w*|"
    r"өңір\w*|облыс\w*|қала\w*|аудан\w*|ауыл\w*)"
)
#: The count word opening a quantified phrase (capitalised at the start of a sentence).
_LEAD_NUM = re.compile(rf"^{_SCOPE_NUM}(?![\w-])", re.I)
_SCOPE = re.compile(rf"(?<![\w-]){_SCOPE_NUM}\s+(?:(?:other|more|Kazakh|of\s+the\s+country's|других)\s+)?{_SCOPE_UNIT}(?![\w-])", re.I)



#: A quantified phrase right after its named unit in the genitive.
_IN_NAMED_UNIT = re.compile(
    rf"[{_UPPER}][\w-]+\s+(?:облысының|облысындағы|ауданының|области|района|region's|oblast's)\s+$"
)


def _listed_or_located(after: str) -> bool:
    """True when a quantified phrase is followed by its members (a colon) or by the unit
    that contains them ("all districts of Mangystau region", "районах Мангистауской области")."""
    return bool(re.match(r"^[^.;:!?]{0,25}?(?::|\s[—–]\s)", after) or re.match(rf"^\s+(?:of|in)\s+(?:the\s+)?[{_UPPER}]", after)
                or re.match(rf"^\s+[{_UPPER}][\w-]+\s+(?:region|oblast|област\w*|облыс\w*|район\w*|аудан\w*)", after))


#: "the region's three districts", "облыстың үш ауданы", "трёх районах области": a
#: quantified phrase inside the region the text is about (the anaphor rule places it).
_UNIT_WORD_BEFORE = re.compile(r"(?:\bthe\s+(?:region|oblast)'s|(?<![\w])облыстың|(?<![\w])өңірдің)\s+$", re.I)
_UNIT_WORD_AFTER = re.compile(r"\s+(?:of\s+the\s+(?:region|oblast)|области|региона|облыстың)(?![\w])", re.I)


#: Units below a region, and words that point outside the units already named.
_SUB_UNIT = re.compile(r"villages|settlements|towns|districts|сёл|сел|посёлк|поселк|населённ|район|ауыл|аудан|елді\s+мекен", re.I)
_OTHER_UNITS = re.compile(r"\b(?:other|more)\b|(?<![\w])(?:други|ещё|еще|басқа|тағы)", re.I)


#: Settlements below a district: a district named in the clause contains them too.
_VILLAGES = re.compile(r"villages|settlements|сёл|сел[аоу]|посёлк|поселк|населённ|ауыл|елді\s+мекен", re.I)
#: A relative clause on the place just named ("..., where the river burst its banks").
_RELATIVE_WHERE = re.compile(r"(?:,\s*|\s)(?:where|где|в\s+котор\w+)\s*$", re.I)


def _in_unit_told(text: str, a: int, b: int, cl_places: list) -> bool:
    """True when a quantified phrase lies in "the region" of the text and the clause
    has a place for it (the region the anaphor points to), or when it counts villages
    or districts in a clause that names their region ("in the Kostanay region water
    cut off several villages")."""
    if not cl_places:
        return False
    label = text[a:b]
    if _SUB_UNIT.search(label) and not _OTHER_UNITS.search(label) and \
            any(m.get("kind") == "region" or (m.get("kind") == "district" and _VILLAGES.search(label))
                for m in cl_places):
        return True
    return bool(_UNIT_WORD_BEFORE.search(text[max(0, a - 30): a]) or _UNIT_WORD_AFTER.match(text[b: b + 30]))


#: A place told as the site of an event word named as a cause: a preposition after the word
#: ("из-за пожара на рынке в X", "because of a fire at the X market"), or a Kazakh attributive
#: locative right before it ("Xдағы өртке байланысты").
_CAUSE_SITE_AFTER = re.compile(r"\s+(?:at|in|on|near|на|в|во|у|под|возле|около)\s+(?:[\w«»\"-]+\s+){0,4}?$", re.I)


def _cause_placed(text: str, a: int, b: int, places: list[dict]) -> bool:
    """True when the event word at ``a:b``, named as the cause of a measure, has a place of its own."""
    for m in places:
        if b <= m["start"] <= b + 60 and _CAUSE_SITE_AFTER.fullmatch(text, b, m["start"]) \
                and not HALTED.search(text, b, m["start"]):
            return True
        if a - 30 <= m["end"] <= a and _KK_LOC_ADJ.search(text, m["start"], m["end"]) and not text[m["end"]:a].strip(" -"):
            return True
    return False


#: A ministry, the government or a headquarters named with its seat ("the emergencies ministry
#: in Astana", "министерство по ЧС в Астане", "Астанадағы Төтенше жағдайлар министрлігі").
_MINISTRY_BEFORE = re.compile(
    r"(?:\b(?:ministry|ministries|government|cabinet|headquarters)(?:\s+[\w'’-]+){0,3}?\s+(?:in|at)\s+(?:the\s+)?|"
    r"(?<![\w])(?:министерств|правительств|кабмин|штаб|ведомств)\w*(?:\s+[\w-]+){0,3}?\s+(?:в|во)\s+)$",
    re.I)
_MINISTRY_WORDS = ("ministr", "government", "cabinet", "headquarters", "министерств", "правительств", "кабмин", "штаб",
                   "ведомств", "министрлі", "үкімет")
_MINISTRY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:министрлі|үкімет|штаб)\w*", re.I)


#: A building named as where people went or stood ("outside the government building in X",
#: "у здания правительства в X", "X-тағы үкімет үйінің алдына"): a site, not a seat.
_BUILDING_BEFORE = re.compile(
    r"(?:\b(?:outside|at|near|in\s+front\s+of|to|into|inside|stormed|besieged|picketed|occupied)|"
    r"(?<![\w])(?:у|возле|перед|около|к|в|во|на|под|штурм\w*|осад\w*|пикет\w*|захват\w*|здани\w*))"
    r"\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_KK_BUILDING_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:үйі|ғимарат)\w*\s+(?:алд|ішін|маңын|ауласын)\w*", re.I)


def _ministry_seat(text: str, m: dict, sent_start: int) -> bool:
    """True when ``m`` is named as the seat of a ministry, the government or a headquarters
    (not as the place of its building that people went to)."""
    found = _MINISTRY_BEFORE.search(text, max(sent_start, m["start"] - 60), m["start"])
    if found:
        return not _BUILDING_BEFORE.search(text, max(sent_start, found.start() - 40), found.start())
    if _KK_LOC_ADJ.search(text, m["start"], m["end"]):
        after = _MINISTRY_AFTER.match(text, m["end"], m["end"] + 60)
        return bool(after) and not _KK_BUILDING_AFTER.match(text, after.end(), after.end() + 40)
    return False


def _occurrences(low: str, word: str):
    """The start of every occurrence of ``word`` in ``low``."""
    i = low.find(word)
    while i >= 0:
        yield i
        i = low.find(word, i + 1)


def _measure_scope(sent: str, hq, pos: int) -> bool:
    """True when the event word of a quantified phrase is an official measure or a
    warning (a state of emergency, a fire-danger class), not an event."""
    if hq is None:
        return False
    if EMERGENCY.fullmatch(hq.text) or AFFECTED.fullmatch(hq.text):
        return True
    lo, hi = sorted((pos, hq.start))
    return bool(MEASURE.search(sent, max(0, lo - 40), hi + 40) and EMERGENCY.search(sent, max(0, lo - 60), hi + 60))


def _scope_count(label: str) -> int | None:
    first = label.split()[0]
    return parse_number(first)



_KK_LOC_ADJ = re.compile(r"(?:[дт]ағы|[дт]егі|ндағы|ндегі)$", re.I)

