"""Incidents: event triggers tied to the place mentions of the same clause.

One document in, a list of incident records out (see ``RECORD_KEYS``); the rules
are written out in ``docs/incidents.md``. The steps:

1. Split the text into sentences (a headline or a line is a sentence too) and
   the sentences into clauses (``;``, a spaced dash, "while", "where", ", and
   in <date or Place>", a leading "After ...," clause).
2. Find the event triggers of every sentence (``geomap.triggers``) and keep the
   ones that report a fact: not a plan, threat, denial or charge, and not an
   event named only as a time frame ("the emergency imposed during the unrest",
   "after the arrests").
3. Tie each trigger to the place mentions of its clause. A mention is not an
   incident place when it is a dateline, the place where something was said,
   an origin, a destination, a route endpoint, a reference point, the seat of
   an authority, the object of solidarity, a foreign place or the country ("he
   said in X"; but "he said, and in X ..." starts a new clause about X). A
   clause with an event but no place that says "in the city" / "в регионе"
   takes the place mentioned last; "spread to X" carries the event to X.
4. Give each place one type per clause (the nearest factual trigger).
5. Deduplicate into events (``FAMILY``): one per place, family, date and listed
   target ("seven weapons stores as well as the office ..." gives eight; so
   does a number before a passive verb: "seven weapons stores were seized"
   gives seven);
   disasters one per unit and date; undated mentions are the news of the day.
6. Quantified statements with no named unit ("9 regions", "many cities",
   "11 points") become unattributed records (``adm1`` null, ``scope`` = phrase).
7. Killed / injured / detained figures go to the first incident of the
   sentence, or to the document's unattributed record.

Step 1 is :mod:`geomap.clauses`; the roles of step 3 that make a place no incident
place are :mod:`geomap.place_roles`; the targets of step 5 :mod:`geomap.targets` and its events
:mod:`geomap.dedup`; the quantified scopes of step 6 :mod:`geomap.scopes`. This module ties
them together.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import re
from typing import Iterable, Iterator

from .dates import FoundDate, find_dates
from .documents import Document
from .figures import figures as _figures, parse_number
from .triggers import (
    names_period,
    counts_told,
    POWER_CUT,
    AFFECTED,
    CAUSE_WORDS,
    EMERGENCY,
    HALTED,
    WILDFIRE,
    MEASURE,
    NATURAL,
    NEGATED_MEASURE,
    SPREAD,
    TYPES,
    Hit,
    find_triggers,
    is_background,
    is_cause,
    is_past_reference,
    raw_trigger_hits,
    is_latin_kazakh,
    cyrillic_view,
)
from .clauses import _clauses, sentences
from .place_roles import (
    _CONSEQUENCE,
    _FIRST_TOLD_TYPES,
    _LIST_GAP,
    _LIST_REASONS,
    _NEWLINE,
    _ROLE_START,
    _ROLE_START_I,
    _at_building,
    _is_dateline,
    _non_incident,
    _other_role,
    _speech_then_event,
)
from .targets import _TARGET_TYPES, _passive_targets, _targets
from .scopes import (
    _IN_NAMED_UNIT,
    _KK_LOC_ADJ,
    _LEAD_NUM,
    _MINISTRY_WORDS,
    _OTHER_UNITS,
    _RELATIVE_WHERE,
    _SCOPE,
    _VILLAGES,
    _cause_placed,
    _in_unit_told,
    _listed_or_located,
    _measure_scope,
    _ministry_seat,
    _occurrences,
    _scope_count,
)
from .dedup import (
    _near_point,
    AREA_WIDE,
    FAMILY,
    _COLLECTIVE,
    _MISHAPS,
    _SPECIFIC_KINDS,
    _days_apart,
    _dedup,
    _near_doc_date,
    _place_key,
    _record,
    _scope_records,
)

__all__ = ["TYPES", "RECORD_KEYS", "COLUMNS", "detect", "incidents_frame", "sentences"]

RECORD_KEYS: tuple[str, ...] = (
    "doc", "adm1", "adm1_iso", "place", "type", "date", "start", "end", "evidence", "scope",
    "count", "killed", "injured", "detained",
    "kind", "lat", "lon", "mention_start", "mention_end", "doc_date", "url", "title", "confidence",
)
COLUMNS = RECORD_KEYS

_NON_PLACE_KINDS = {"country", "foreign"}

# ---------------------------------------------------------------- detection

def _mention_fields(m: dict) -> dict:
    out = dict(m)
    if out.get("adm1") and not out.get("adm1_iso"):
        from .adm1 import BY_NAME

        unit = BY_NAME.get(out["adm1"])
        out["adm1_iso"] = unit.iso if unit else None
    return out


def _nearest(hits, pos: int):
    return min(hits, key=lambda h: (abs(pos - (h.start + h.end) / 2), h.start)) if hits else None


def _doc_date(doc: Document, as_of) -> str | None:
    if doc.date:
        try:
            return _dt.date.fromisoformat(str(doc.date).strip()[:10]).isoformat()
        except ValueError:
            pass
    if as_of is not None:
        from .adm1 import to_date

        return to_date(as_of).isoformat()
    return None


def _load_mentions(doc: Document, as_of) -> list[dict]:
    from . import geoparse

    if hasattr(geoparse, "extract_document"):
        return list(geoparse.extract_document(doc, as_of))
    return list(geoparse.extract(doc.text, date=doc.date or as_of, lang=doc.lang))


_ANAPHOR = re.compile(
    r"\b(?:in|at|to|near|outside)\s+the\s+(?:city|town|region|village|area|district|oblast|capital)\b|\bthere\b|"
    r"\b(?:outskirts|edge|centre|center|(?:northern|southern|eastern|western|central|old)\s+(?:part|district|quarter)s?)\s+of\s+the\s+"
    r"(?:city|town|village)\b|\bthe\s+(?:city|town|village)'s\b|"
    r"(?<![\w])(?:в|по)\s+(?:регионе|городе|области|районе|селе|посёлке|поселке|мегаполисе|столице)\b|"
    r"(?<![\w])(?:на\s+окраин\w*|в\s+центре|в\s+черте|в\s+пригород\w*|на\s+территории|в\s+(?:северн|южн|восточн|западн)\w*\s+част\w*)"
    r"\s+(?:этого\s+)?(?:города|села|посёлка|поселка|района|области|столицы)\b|"
    r"(?<![\w])облыстың\s+(?:\w+\s+)?(?:аудан|ауыл|қала|елді)\w*|\b(?:districts|villages|towns)\s+of\s+the\s+region\b|"
    r"(?<![\w])(?:район|сел|город|посёлк|поселк)\w*\s+области\b|"
    r"(?<![\w])(?:қалада\w*|облыста\w*|өңірде\w*|ауданда\w*|ауылда\w*|қала\s+(?:шетінде|маңында|орталығында|іргесінде)\w*|"
    r"қаланың\s+(?:шет|орталы|солтүстік|оңтүстік|шығыс|батыс)\w*)",
    re.I,
)


#: The country's capital named by a common noun: "in the capital", "в столице (Казахстана)",
#: "елордада" (not "the Kyrgyz capital", "в столице Киргизии", "Ресей елордасында").
_CAPITAL_WORD = re.compile(
    r"\b(?:in|at|to|near|outside)\s+the\s+capital\b(?!['’]s)(?!\s+(?:of|city\s+of)\s+(?!Kazakhstan))|"
    r"(?<![\w])(?:в|во|на\s+улицах)\s+столиц[еы](?![\w])(?!\s+(?!Казахстан)(?-i:[А-ЯЁ]))|"
    r"(?<![\w])елорда(?:да|дағы|ға|ның|дан)(?![\w])", re.I)


#: Between a place and the unit it lies in ("the Tengiz field in Atyrau Region").
_IN_GAP = re.compile(r"[ \u00a0]+(?:in|of)[ \u00a0]+(?:the[ \u00a0]+)?", re.I)
#: A collapse or cracks (in an earthquake story, the quake's damage).
_COLLAPSE = re.compile(r"collaps|crack|обруш|обвал|трещин|құла|опырыл|жарық", re.I)
#: People going out into the streets, and a word of protest or demand.
_INTO_STREETS = re.compile(r"street|улиц|көше", re.I)
_DEMAND = re.compile(r"\b(?:demand\w*|protest\w*)\b|(?<![\w])(?:требова\w*|требу\w*|протест\w*|митинг\w*|талап\w*|наразы\w*)",
                     re.I)
#: A number or a crowd of people who gathered (see ``_detect``: a rally only in a story of protests).
_PEOPLE_GATHERED = re.compile(
    r"(?:\d[\d,.]*(?:-[а-яәіңғүұқөһ]+)?|hundreds|dozens|thousands|сотни|десятки|тысячи|несколько\s+(?:десятков|сотен|тысяч)|"
    r"жүздеген|ондаған|мыңдаған)\s+(?:[\w-]+\s+){0,2}?(?:people|residents|protesters|activists|человек|жител\w*|"
    r"активист\w*|адам|тұрғын\w*|белсенді\w*)\s+(?:[\w-]+\s+){0,2}?(?:gathered|assembled|собрал\w*|жинал\w*|жиылды)|"
    r"\b(?:groups?|crowds?|групп\w*|толп\w*|топ(?:тар)?)\s+(?:[\w-]+\s+){0,2}?(?:gathered|assembled|собрал\w*|жинал\w*|жиылды)",
    re.I)


def _capital_named(text: str, a: int, b: int, date) -> dict | None:
    """A mention of the capital for a clause that names it by a common noun, or None."""
    from .adm1 import capital_on

    m = _CAPITAL_WORD.search(text, a, b)
    if m is None:
        return None
    unit = capital_on(date)
    return {"start": m.start(), "end": m.end(), "text": m.group(0), "kind": "city", "place": unit.name,
            "adm1": unit.name, "adm1_iso": unit.iso, "lat": None, "lon": None, "count": None, "unit": None,
            "confidence": 0.6, "_anaphor": True}


def _anaphor(clause: str, c_start: int, quants: list):
    """The first word pointing back to a place ("in the region", «облыста») that is not the noun of
    a quantified phrase ("5 облыста", "in three regions")."""
    for m in _ANAPHOR.finditer(clause):
        a, b = c_start + m.start(), c_start + m.end()
        if not any(q["start"] <= a and b <= q["end"] for q in quants):
            return m  # ("облыстың үш ауданында", the region's three districts, still points back)
    return None


_NOT_EVENT_DATE = re.compile(
    r"(?:\b(?:published|reported|released|said|announced|until|till|by|through|as\s+of)\s+(?:on\s+)?|"
    r"(?<![\w])(?:до|по)\s+|"
    # when a unit or a body was made or renamed ("two of them created only in June"): not the event's date
    r"\b(?:created|formed|established|founded|set\s+up|renamed|abolished|merged)\s+(?:only\s+|just\s+)?(?:in|on)\s+|"
    r"(?<![\w])(?:создан|образован|учрежд[её]н|переименован|упразднен|упразднён|основан)\w*\s+(?:только\s+|лишь\s+)?в\s+)$",
    re.I,
)
_SOLIDARITY = re.compile(
    r"(?:\bsolidarity\s+with|\bsupport\s+(?:of|for)|в\s+поддержку|солидарности\s+с)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:in|of|from)\s+(?:the\s+)?)?$",
    re.I,
)
_CONTAINER_KINDS = ("region",)
#: A facility named as the workplace of the people acting ("former workers of the test
#: site", "работников полигона", "кен орнының жұмысшылары").
_EMPLOYER_BEFORE = re.compile(
    r"(?:\b(?:workers|employees|staff|miners|oilmen|personnel|veterans)\s+(?:of|at|from)\s+(?:the\s+)?|"
    r"\b(?:who\s+work|working|employed)\s+(?:at|on|in)\s+(?:the\s+)?|"
    r"(?<![\w])(?:работник|сотрудник|рабоч|шахт[её]р|горняк|нефтяник|персонал|ветеран)\w*\s+|"
    r"(?<![\w])(?:работающ\w*|работавш\w*|занят\w*)\s+на\s+(?:\w+\s+)?)$",
    re.I)
#: (also "working at X": "Теңіз кен орнында жұмыс істейтін мердігер компанияның жұмысшысы")
_EMPLOYER_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:жұмысшы|қызметкер|кенші|мұнайшы)\w*|"
                             r"\s+(?:[\w-]+\s+){0,2}?жұмыс\s+істейтін", re.I)
#: Events that happen where people are, not where they live ("victims include residents of X").
def _crowd_from(m: dict, h, chosen: list[dict], hits: list, s_start: int) -> bool:
    """True when the people of ``m`` (a residence) are the crowd of a gathering told after
    them at another place of the clause ("residents of X gathered outside the akimat in Y"),
    not people named after the gathering ("gathered to support the residents of X")."""
    verbs = [x for x in hits if x.type == h.type and not x.agent and not x.weak]
    if not verbs or m["start"] > s_start + verbs[0].start:
        return False
    return any(not x.get("_residence") and x["start"] > m["start"] for x in chosen)


#: Crowds that gather somewhere: the home of their people is no site of their own.
_GATHERED = {"protest", "riot", "clash"}
_NOT_AT_HOME = {"crash", "accident", "fire", "explosion", "killing", "arrest", "arson", "attack", "shooting"}


_NEARBY = re.compile(
    r"(?<![\w])(?:nearby|neighbouring|neighboring|surrounding|соседн\w+|близлежащ\w+|окрестн\w+|маңындағы|көрші)\s+"
    r"(?:villages|settlements|towns|сёла|села|сел|посёлки|поселки|населённые\s+пункты|населенные\s+пункты|ауылдар\w*|елді\s+мекендер\w*)",
    re.I,
)


_CITY_PARTS = {"street", "square", "market", "microdistrict", "city district", "building", "stadium", "mosque",
               "park", "avenue", "bazaar", "hospital", "school"}


#: A protest or a riot reaching further places: "spread on Tuesday to pits in Saran",
#: "забастовка перекинулась на шахты Сарани", "ереуіл Саран кеніштеріне тарады".
_SPREAD = re.compile(r"\bspread(?:s|ing)?\b|\bextended\s+to\b|(?<![\w])(?:перекинул|распространил|охватил|"
                     r"жайыл|тарады|тарап|ұласты)\w*", re.I)


def _spread_within_unit(text: str, chosen: list, alias: dict) -> list:
    """The places a protest is told to spread to within the unit of a place named before
    ("The strike began at the mines in Shakhtinsk and spread to pits in Saran and Abai"): one
    strike, not one more in each (a place in another unit stays an event there)."""
    kept = []
    for m in chosen:
        host = next((p for p in kept if p["adm1"] == m["adm1"] and _SPREAD.search(text, p["end"], m["start"])), None)
        if host is not None:
            alias[(m["adm1"], m.get("place"))] = (host["adm1"], host.get("place"))
            continue
        kept.append(m)
    return kept


def _inside_city(text: str, m: dict, city: dict) -> bool:
    """True when a facility or district mention lies in the city mentioned with it."""
    from .adm1 import BY_NAME

    if m.get("subkind") in _CITY_PARTS:
        return True
    cname = (city.get("place") or "").lower()
    if cname and cname in (m.get("place") or "").lower():
        return True  # "Almaty International Airport", "Almaly District (Almaty)"
    unit = BY_NAME.get(m.get("adm1") or "")
    if unit is not None and unit.city:
        return True  # every place of a city-unit lies in that city
    if city["end"] <= m["start"] and _OWNER_GAP.fullmatch(text, city["end"], m["start"]) is not None and (
            _KK_LOC_ADJ.search(text, city["start"], city["end"]) or text[city["end"]: city["end"] + 1] in "'’"):
        return True  # "Сәтбаев қаласындағы «Батыс» кеніші", "Satpayev's Batys mine"
    a, b = (m["end"], city["start"]) if m["end"] <= city["start"] else (city["end"], m["start"])
    return a <= b and _INSIDE_GAP.fullmatch(text, a, b) is not None


#: Between a city and a place of it named right after: an English possessive or a
#: Kazakh locative adjective ("-дағы") and at most an opening quote.
_OWNER_GAP = re.compile(r"(?:['’]s)?\s*[«\"“]?")


_INSIDE_GAP = re.compile(r"[»\"'\s,]*(?:(?:and|и|,)\s+[«\"]?[\w-]+[»\"]?\s*)*(?:(?:mines|pits|plants|factories|fields|шахт\w*|"
                         r"рудник\w*|завод\w*|месторождени\w*)\s+)?(?:in|at|near|outside|close\s+to|в|во|у|возле|около|под|близ)\s+"
                         r"(?:the\s+(?:city|town)\s+of\s+|(?:города|посёлка|поселка)\s+)?", re.I)


def _district_host(text: str, m: dict, places: list[dict]) -> dict | None:
    """The settlement a district mention locates ("Masanchi, a village in the Kordai
    district", "в селе Орлик Индерского района"), or None when the district stands alone."""
    if m.get("kind") != "district" or m.get("subkind") in ("city district", "microdistrict"):
        return None
    for p in places:
        if p is m or p["adm1"] != m["adm1"] or p.get("kind") not in _HOST_KINDS:
            continue
        if _hosts(text, p, m):
            return p
    return None


_HOST_KINDS = ("city", "village", "facility")
_HOST_GAP = re.compile(r"[\s,»\"]*(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:in|of)?\s*(?:the\s+)?|\s*", re.I)


_HOST_AFTER_GAP = re.compile(r"[\s,]*(?:(?:(?:in\s+)?the\s+)?(?:village|town|settlement|city)\s+of\s+|"
                             r"(?:в\s+|во\s+|у\s+)?(?:сел[оеау]|посёлк?[еау]?|поселк?[еау]?|город[еау]?|аул[еау]?|станци[июя])\s+|"
                             # (the district's centre: "Бөрлі ауданының орталығы Ақсай қаласында")
                             r"\s+орталығы(?:ндағы)?\s+|\s*,?\s+(?:в\s+)?(?:административн\w+\s+)?центр[еау]?\s+(?:района\s+)?)?", re.I)


def _hosts(text: str, p: dict, m: dict) -> bool:
    """True when what lies between settlement ``p`` and district ``m`` makes ``p`` a
    place of the district (nothing at all when ``p`` does not end before ``m``)."""
    if p["start"] >= m["end"]:
        # the district first ("Осакаров ауданы, Молодежный кенті", "Теректі ауданындағы
        # Шалқар көлінде"): only a comma or a kind word between, never a verb ("района
        # утонул житель Павлодара" names a residence, not a place of the district)
        return _HOST_AFTER_GAP.fullmatch(text[m["end"]:p["start"]]) is not None
    if p["end"] >= m["start"]:
        return True  # an empty gap
    if m["start"] - p["end"] > 45:
        return False
    return _HOST_GAP.fullmatch(text[p["end"]:m["start"]]) is not None


class _HostIndex:
    """``_district_host(text, m, places)`` for every district of a long clause: the
    candidate settlements by unit, skipping by bisection those that end more than
    45 characters before the district (they can never be its host)."""

    def __init__(self, places: list[dict]):
        self.by_unit: dict = {}
        for p in places:
            if p.get("kind") in _HOST_KINDS:
                self.by_unit.setdefault(p["adm1"], []).append(p)
        self.ends = {u: [p["end"] for p in ps] for u, ps in self.by_unit.items()}
        self.ordered = {u: all(a <= b for a, b in zip(e, e[1:])) for u, e in self.ends.items()}

    def host(self, text: str, m: dict) -> dict | None:
        if m.get("kind") != "district" or m.get("subkind") in ("city district", "microdistrict"):
            return None
        unit = m["adm1"]
        ps = self.by_unit.get(unit)
        if not ps:
            return None
        i = bisect.bisect_left(self.ends[unit], m["start"] - 45) if self.ordered[unit] else 0
        for j in range(i, len(ps)):
            p = ps[j]
            if p is not m and _hosts(text, p, m):
                return p
        return None


#: "since October", "с октября", "қазаннан бері": the start of a state of things ("wages unpaid
#: since October"), a date of the event only when the span gives no other.
_SINCE_BEFORE = re.compile(r"(?:\bsince|(?<![\w])(?:с|со|начиная\s+с))\s+$", re.I)
_SINCE_AFTER = re.compile(r"(?:\s*жыл\w*|[а-яәіңғүұқөһ]+)?\s*бер(?:і|гі)(?![\w])", re.I)  # ("1930 жылдардан бергі": since the 1930s)


#: The perpetrator of an event ("the gunman", "подозреваемый", "күдікті"), or the driver of a crash.
_PERPETRATOR = re.compile(
    r"\b(?:the|a|an|their|his|her|both|two|three|four|five|\d)\s+(?:[\w-]+\s+){0,2}?(?:gunm[ae]n|shooters?|suspects?|attackers?|assailants?|killers?|"
    r"murderers?|perpetrators?|culprits?|arsonists?|drivers?|hijackers?|robbers?|bombers?)\b|"
    r"\b(?:man|woman|men|youth|resident)\s+suspected\s+of\b|"
    r"(?<![\w])(?:стрел(?:ок|ка|ку|ком)|стрелявш\w*|подозреваем\w*|нападавш\w*|убийц\w*|злоумышленник\w*|поджигател\w*|"
    r"виновник\w*|водител\w*|преступник\w*|угонщик\w*|күдікті\w*|қылмыскер\w*|жүргізуші\w*|шабуылдаушы\w*|"
    r"өлтіруші\w*|өртеуші\w*|атқан\s+(?:адам|ер\s+адам|жігіт)\w*)|"
    # the person answerable for a mishap told before: its owner, operator, director or manager
    r"\b(?:the|a|an|their|its)\s+(?:[\w-]+\s+){0,2}?(?:owners?|operators?|directors?|managers?|captain|skipper|"
    r"foreman|proprietors?|landlord|tenant|(?:chief|shift|safety)\s+engineer|site\s+manager)\b|\b(?:those|officials?|people|persons?)\s+responsible\b|"
    r"(?<![\w])(?:владел\w*|собственник\w*|хозя(?:ин|ина|ев|йк)\w*|оператор\w*|директор\w*|руководител\w*|"
    r"управляющ\w*|капитан\w*|машинист\w*|мастер(?:а|ом)?|прораб\w*|главн\w+\s+инженер\w*|арендатор\w*|ответственн\w*\s+(?:за\s+\w+\s+)?(?:лиц|сотрудник|работник)\w*|"
    r"иесі\w*|иелер\w*|операторы\w*|директоры\w*|басшы\w*|бас\s+инженер\w*|жалға\s+алушы\w*|капитаны\w*|машинисі\w*|"
    r"жауапты\s+(?:тұлға|адам|қызметкер|маман)\w*)(?![\w])", re.I)
#: The escapees of an escape told before ("the fugitives were caught", "беглецов задержали", "екі
#: қашқын ... ұсталды"): caught again, they end that event, however it was counted.
_ESCAPEES = re.compile(
    r"\b(?:escapees?|fugitives?|runaways?|escaped\s+(?:inmates?|prisoners?|convicts?))\b|"
    r"(?<![\w])(?:беглец\w*|беглян\w*|сбежавш\w*|бежавш\w*|қашқын\w*|қашып\s+кеткен\s+(?:сотталушы|тұтқын)\w*)(?![\w])", re.I)
#: The confidence from which a mention's unit is taken as known rather than guessed.
_SURE = 0.8
#: A sentence that brings in a further event of the same day or of elsewhere ("On the same
#: day ...", "В тот же день ...", "Сол күні ...", "Separately, ...").
_ANOTHER = re.compile(
    r"\W*(?:(?:on\s+|in\s+|during\s+)?(?:the|that)\s+same\s+(?:day|night|evening|morning|afternoon)|"
    r"(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|night|evening|morning)|(?:a\s+few\s+|several\s+|two\s+|three\s+)?hours\s+(?:earlier|later)|"
    r"в\s+ту\s+же\s+ночь|той\s+же\s+ночью|(?:вечером|утром|ночью|днём|днем)\s+того\s+же\s+дня|(?:несколькими|за\s+несколько)\s+час\w*\s+(?:ранее|раньше|позже|до\s+этого)|"
    r"бірнеше\s+сағат\s+(?:бұрын|өткен\s+соң|кейін)|сол\s+күні\s+(?:кешке|түнде|таңертең)|separately|elsewhere|meanwhile|"
    r"in\s+(?:another|a\s+separate)\s+incident|в\s+тот\s+же\s+день|тем\s+же\s+(?:дн[её]м|вечером|утром)|в\s+тот\s+же\s+вечер|"
    r"в\s+другом\s+(?:случае|инциденте|происшествии)|кроме\s+того|сол\s+күні|осы\s+күні|сол\s+(?:түні|кеште)|"
    r"тағы\s+бір\s+(?:оқиға|жағдай))(?![\w])", re.I)
#: A sentence that opens with another event of a kind just told ("Another fire destroyed a
#: warehouse ...", "Ещё один пожар ...", "Тағы бір өрт ..."; not "Another 20 people were
#: injured"): an event of its own even at the same place.
_ANOTHER_EVENT = re.compile(
    r"\W*(?:(?:another|a\s+second|a\s+third)\s+(?:(?!\d)[\w-]+\s+){0,2}?(?:fires?|blazes?|wildfires?|explosions?|blasts?|"
    r"crash(?:es)?|collisions?|accidents?|attacks?|shootings?|landslides?|mudflows?|avalanches?|floods?)|"
    r"(?:ещ[её]\s+(?:один|одно|одна)|второй|второе|вторая|третий)\s+(?:\w+\s+)?(?:пожар|взрыв|возгорани|ДТП|авари|нападени|оползень|сель)\w*|"
    r"тағы\s+бір\s+(?:өрт|жарылыс|апат|жол\s+апаты))(?![\w])", re.I)
#: Suspects named without pointing back to a told event ("two men suspected of", "подозреваемых в").
#: One perpetrator, named as such ("the suspect", "подозреваемый", "нападавшего", "күдікті").
_ONE_PERPETRATOR = re.compile(
    r"\bthe\s+(?:suspected\s+)?(?:suspect|attacker|assailant|gunman|shooter|stabber|killer)\b(?!s)|"
    r"(?<![\w])(?:подозреваем(?:ый|ого|ому|ым)|нападавш(?:ий|его|ему|им)|стрел(?:ок|ка))(?![\w])|"
    r"(?<![\w])(?:Күдікті|күдікті)(?:ні|нің|ге)?(?![\w])", re.I)
_UNDETERMINED_SUSPECT = re.compile(r"\bsuspected\s+of\b|^(?:a|an)\s|подозреваем\w*\s+в", re.I)
#: An event named as what someone is suspected of ("suspected of the attack", "подозреваемый в
#: поджоге"): the event told before, not a new one.
_SUSPECTED_OF = re.compile(r"(?:\bsuspected\s+of|(?<![\w])подозрева\w*\s+в(?:о)?)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.I)
#: A court, a case or a penalty: the detentions it names are told elsewhere or are penalties.
_COURT = re.compile(
    r"\b(?:courts?|judges?|fined|fines?|sentenced|jailed\s+for|trials?|administrative\s+(?:cases?|charges?|proceedings|offen[cs]es?))\b|"
    r"(?<![\w])(?:суд(?:ы|а|ом|е|ов|ам|ами|ах|ья|ьи|ей|ебн\w*)?|штраф\w*|административн\w*\s+(?:дел|протокол|правонарушени)\w*|"
    r"приговор\w*|сот(?:қа|та|тың|ы|тар\w*)?|айыппұл\w*|әкімшілік\s+(?:іс|хаттама|құқық\s+бұзушылық)\w*)(?![\w])", re.I)
#: Detainees named as people ("задержанных", "the detainees") or an arrest as a penalty ("аресты до
#: 15 суток", "arrests of up to 15 days", "15 тәулікке қамау").
_DETAINEES = re.compile(
    r"(?:detainees|(?:those|people)\s+detained|the\s+detained|задержанн\w+|арестованн\w+|ұсталғандар\w*|қамалғандар\w*)$|"
    r"^(?:arrests?|арест\w*|қамау\w*)\b(?=\s+(?:of\s+)?(?:up\s+to|for|до|на|сроком)\s+\d)|"
    r"(?:\d+\s+(?:days?|сут\w*|тәулік\w*)\s+(?:of\s+)?(?:әкімшілік\s+)?)(?:arrest|арест|қамау)\w*$",
    re.I)


#: How large a place is: a place named right before a larger one of the same unit with
#: only a preposition or a comma between is inside it ("Kenesary Street in the capital's Saryarka
#: district", "у села Каратерен Аральского района", "Mointy station in Shet district, Karaganda Region").
_NEST_RANK = {"facility": 0, "village": 1, "city": 1, "district": 2, "region": 3}
_NEST_GAP = re.compile(
    r"[»”\"]?[\s,]*(?:(?:in|of|at|near|on|outside|в|во|у|на|под|близ|возле|около)\s+)?(?:the\s+)?"
    r"(?:(?:capital|city|town|region|country)(?:'s|’s)\s+|(?:села|селе|посёлка|поселка|посёлке|поселке|города|городе|аула|ауле)\s+"
    r"|(?:village|town|city|settlement)\s+of\s+)?", re.I)
#: A Kazakh larger place before a smaller one: "Іле ауданындағы Өтеген батыр кентінде", "Арал
#: ауданының Қаратерең ауылында".
_KK_OWNER_END = re.compile(r"(?:[дт]ағы|[дт]егі|ндағы|ндегі|ның|нің|дың|дің|тың|тің)$", re.I)
_KK_GAP = re.compile(r"\s+[«\"“]?|\s*")  # ("Тұран ауданындағы «Бекжан» базарында")


#: A settlement named as a part of a city ("the Kengir settlement of Zhezkazgan", "Жезқазған
#: қаласының Кеңгір кентінде"): the same event, at the part.
_PART_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
_PART_NOUN_END = re.compile(r"\b(?:settlement|microdistrict|quarter|suburb|township|neighbou?rhood)$", re.I)
_KK_CITY_OWNER_END = re.compile(r"қаласының$", re.I)


def _city_part(inner: dict, outer: dict) -> bool:
    return inner.get("kind") == "village" and outer.get("kind") == "city"


def _nest_rank(m: dict) -> float:
    if m.get("kind") == "district" and m.get("subkind") == "microdistrict":
        return 1.5
    if m.get("kind") == "district" and m.get("subkind") == "city district":
        return 1.7  # (a city district holds microdistricts: "в микрорайоне X Жетысуского района")
    return _NEST_RANK.get(m.get("kind"), -1)


#: A city district named first, then a part of it after a comma or "near" ("in Almaty
#: district, near the Koktal microdistrict"): one site, the part.
_PART_AFTER_GAP = re.compile(
    r"[\s,]*(?:(?:in|at|on|near|next\s+to|close\s+to|в|во|на|у|возле|около|рядом\s+с)\s+)?(?:the\s+)?"
    r"(?:(?:рынк\w*|базар\w*|улиц\w*|проспект\w*|микрорайон\w*|торгов\w*\s+(?:центр|дом)\w*|ТЦ|ТРЦ)\s+)?[«\"“]?", re.I)


def _city_piece(m: dict) -> bool:
    """A part of a city smaller than a city district: a microdistrict, a street, a market."""
    return (m.get("kind") == "district" and m.get("subkind") == "microdistrict") or m.get("kind") == "facility"


#: Two streets of a junction ("at the junction of X Avenue and Y Avenue", "на перекрёстке
#: улиц X и Y", "X және Y көшелерінің қиылысында"): one place.
_JUNCTION_BEFORE = re.compile(
    r"(?:\b(?:junction|intersection|crossroads|corner|crossing)\s+of\s+(?:the\s+)?|"
    r"(?<![\w])(?:перекр[её]ст\w*|пересечени\w*|угл[уе])\s+(?:улиц\w*\s+|проспект\w*\s+|ул\.\s*)?)$", re.I)
_JUNCTION_AND = re.compile(
    r"\s*(?:(?:streets?|avenues?|roads?)\s+)?(?:and|и|&)\s+(?:the\s+)?(?:(?:улиц\w*|проспект\w*|ул\.)\s*)?", re.I)
_KK_JUNCTION_AND = re.compile(r"\s*(?:көше\w*|даңғыл\w*)?\s*(?:мен|бен|пен|және)\s+", re.I)
_KK_JUNCTION_AFTER = re.compile(r"\s*(?:көше|даңғыл)\w*\s+қиылыс\w*", re.I)


#: A Kazakh unit in the genitive right before a smaller one ("Түркістан облысының Сайрам
#: ауданынан"), and a Russian unit in the genitive right after one ("из Сайрамского района
#: Туркестанской области").
_KK_UNIT_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.I)
_RU_UNIT_GENITIVE = re.compile(r"(?:области|района|округа)$", re.I)


_FROM_GATE = re.compile(r"\bfrom\b|(?<![\w])(?:из|от)\s", re.I)
_UNITS_WORD = re.compile(r"\b(?:districts|regions|provinces)\b|(?<![\w])(?:район|област|аудан|облыс)\w*", re.I)


#: A fire told at a building ("a fire destroyed a warehouse", "загорелся склад", "қойма өртенді").
_BUILDING_FIRE = re.compile(
    r"\b(?:fire|blaze)\s+(?:destroyed|gutted|broke\s+out\s+(?:at|in))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:warehouse|house|home|market|shop|store|factory|plant|building|hangar|depot|school)\b|"
    r"(?<![\w])(?:загорел\w*|сгорел\w*|горел\w*)\s+(?:\w+\s+)?(?:склад|дом|рынок|магазин|цех|ангар|здание)\w*|"
    r"(?<![\w])(?:қойма|үй|базар|дүкен|цех|ғимарат)\w*\s+(?:[\w-]+\s+)?өртен\w*", re.I)
#: Words that tell a wildfire told before reaching a place ("the fire reached", "огонь подошёл",
#: "өрт ауылға жетті").
_WILDFIRE_BACK = re.compile(
    r"\bthe\s+(?:fire|blaze|flames|wildfire)\b|\b(?:spread|reached|swept)\b|(?<![\w])(?:огон\w*|огн[её]м|огн[яю]|пламя|пламен\w*|"
    r"стихи\w*|степн\w*\s+пожар\w*|лесн\w*\s+пожар\w*|распростран\w*|перекинул\w*|подош[её]л|подошл\w*|дош[её]л|дошл\w*|"
    r"жалын\w*|дала\s+өрт\w*|орман\s+өрт\w*|таралы?п\w*|жетіп\w*|жетті)", re.I)


def _owner_of_next(text: str, m: dict, nxt: dict) -> bool:
    return nxt["start"] >= m["end"] and text[m["end"]:nxt["start"]].isspace() and \
        _KK_UNIT_GENITIVE.search(m.get("text") or "") is not None


def _one_junction(text: str, places: list[dict]) -> list[dict]:
    """The places of a clause with the two streets of a junction taken as one place: the
    first street, or none when the clause names another place (the city or district the
    junction lies in)."""
    drop = []
    for a, b in zip(places, places[1:]):
        if b["start"] < a["end"] or b["start"] - a["end"] > 25:
            continue
        gap = text[a["end"]:b["start"]]
        if (_JUNCTION_AND.fullmatch(gap) and _JUNCTION_BEFORE.search(text, max(0, a["start"] - 40), a["start"])) or \
                (_KK_JUNCTION_AND.fullmatch(gap) and _KK_JUNCTION_AFTER.match(text, b["end"], b["end"] + 40)):
            drop.append((a, b))
    if not drop:
        return places
    gone = {id(b) for _, b in drop}
    heads = {id(a) for a, _ in drop}
    if any(id(m) not in gone and id(m) not in heads for m in places):
        gone |= heads
    return [m for m in places if id(m) not in gone]


#: A settlement named just after another one as what it is near ("Aktas near Saran", "Актас под
#: Сараном"; in Kazakh before it: "Қарағанды маңындағы Долинка"): a reference point, one site.
_NEAR_GAP = re.compile(r"[\s,]*(?:near|outside|close\s+to|под|близ|возле|около|неподал[её]ку\s+от|недалеко\s+от)\s+"
                       r"(?:the\s+)?(?:(?:city|town)\s+(?:of\s+)?|(?:города|г\.)\s*)?", re.I)
_KK_NEAR_GAP = re.compile(r"\s+(?:қаласының\s+)?(?:маңындағы|түбіндегі|іргесіндегі|жанындағы)\s+", re.I)


def _one_per_nest(text: str, chosen: list[dict], alias: dict) -> list[dict]:
    """The places of one clause with the places they are named inside (of the same unit, the
    smaller first and only a preposition or a comma between, or in Kazakh the larger first in the
    genitive or locative) left out: one event at the smaller place. A list ("in X and in Y")
    is no nesting: a conjunction stands between."""
    out = [chosen[0]]
    for m in chosen[1:]:
        prev = out[-1]
        if prev.get("adm1") != m.get("adm1") or prev["end"] > m["start"] or m["start"] - prev["end"] > 30:
            out.append(m)
            continue
        gap = text[prev["end"]:m["start"]]
        rp, rm = _nest_rank(prev), _nest_rank(m)
        if 0 <= rp < rm and _NEST_GAP.fullmatch(gap):
            inner, outer = prev, m
        elif 0 <= rm < rp and _KK_GAP.fullmatch(gap) and _KK_OWNER_END.search(prev.get("text") or ""):
            inner, outer = m, prev
            out[-1] = m
        elif _city_piece(m) and prev.get("kind") == "district" and prev.get("subkind") != "microdistrict" and \
                _PART_AFTER_GAP.fullmatch(gap):
            inner, outer = m, prev  # "in Almaty district, near the Koktal microdistrict"
            out[-1] = m
        elif _city_part(prev, m) and _PART_OF_GAP.fullmatch(gap) and _PART_NOUN_END.search(prev.get("text") or ""):
            inner, outer = prev, m  # "the Kengir settlement of Zhezkazgan"
        elif _city_part(m, prev) and gap.isspace() and _KK_CITY_OWNER_END.search(prev.get("text") or ""):
            inner, outer = m, prev  # "Жезқазған қаласының Кеңгір кентінде"
            out[-1] = m
        elif rp == rm == 1 and _NEAR_GAP.fullmatch(gap):
            inner, outer = prev, m  # "в посёлке Актас под Сараном", "the village of Aktas near Saran"
        elif rp == rm == 1 and _KK_NEAR_GAP.fullmatch(gap):
            inner, outer = m, prev  # "Қарағанды маңындағы Долинка кентінде"
            out[-1] = m
        else:
            out.append(m)
            continue
        alias.setdefault((outer["adm1"], outer.get("place")), (inner["adm1"], inner.get("place")))
        if outer.get("kind") == "district":
            inner["_within"] = outer.get("place")  # (the district a settlement of the clause lies in)
    return out


#: What stands between the items of a list of places ("on Abay Street and in Samal
#: microdistrict", "на улице Абая, в микрорайоне Самал").
_SCENE_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or|as\s+well\s+as|и|или|а\s+также|және|мен|бен|пен)\s+)?(?:(?:also|также)\s+)?"
                       r"(?:(?:in|at|on|near|в|во|на|у|возле|около)\s+)?(?:the\s+)?(?:[\w.-]+\s+)?", re.I)


def _one_scene(text: str, chosen: list[dict], alias: dict) -> list[dict]:
    """Pieces of one city (microdistricts, streets, markets) or facilities, with at most one town,
    named apart in a clause that tells one kind of gathering, not as a list ("В микрорайоне Нурсат
    воду подают по три часа в сутки, и вечером жители перекрыли улицу Байтурсынова"): one scene,
    at the town or else the first of them."""
    towns = [m for m in chosen if m.get("kind") in ("city", "village")]
    if len(towns) > 1 or not all(_city_piece(m) or m in towns for m in chosen) \
            or len({m.get("adm1") for m in chosen}) != 1:
        return chosen
    for a, b in zip(chosen, chosen[1:]):
        if b["start"] < a["end"] or _SCENE_LIST_GAP.fullmatch(text, a["end"], b["start"]):
            return chosen
    # (with a town, the scene is the town: "тұрғындары Іле-Алатау ұлттық паркінің шекарасындағы
    # тас карьерін кеңейтуге қарсы Талғар қаласында жиын өткізді")
    scene = towns[0] if towns else chosen[0]
    for m in chosen:
        if m is not scene:
            alias.setdefault((m["adm1"], m.get("place")), (scene["adm1"], scene.get("place")))
    return [scene]


#: A former name in apposition ("Konaev, the former Kapshagay", "Конаев (бывший Капшагай)",
#: "Қонаев, бұрынғы Қапшағай"): the same place, in the same role.
_FORMER_GAP = re.compile(r"\s*[,(]\s*(?:the\s+former|formerly|former|бывш\w*|ранее|прежде|бұрынғы)\s+(?:(?:town|city|village|город|пос[её]лок|село)\s+)?", re.I)


#: A clause that opens with a personal pronoun (the one an event just told is about).
_PRONOUN_START = re.compile(r"\s*(?:(?-i:He|She)|(?-i:Его|Её|Он|Она)|(?-i:Оны|Ол)|(?-i:One|Одного|Одну|Один)\s+(?:of\s+them|из\s+них)|"
                            r"(?-i:Біреуі|Бірі))\b")


def _follow_up_arrest(text: str, s_start: int, c_start: int, c_end: int, strong: list, cands: list[dict],
                      places: list[dict] = (), suspected: set = frozenset()) -> bool:
    """True when the detentions of a clause are no new incident: the perpetrator of an event
    the text has told, not one of crowds ("The gunman ... was detained five hours later at
    a checkpoint", "водителя грузовика задержали", "күдікті ұсталды"), or detainees before a
    court or an arrest as a penalty ("суды начали рассматривать дела, задержанным грозят
    аресты до 15 суток"). People "suspected of" something, detained in a unit where no event
    was told, are a new arrest ("A fire destroyed a warehouse in Kokshetau. In Pavlodar,
    police arrested two men suspected of theft"), unless what they are suspected of is of a
    kind told before ("подозреваемого в нападении" after an attack)."""
    if cands and cands[-1]["type"] not in _COLLECTIVE and _PRONOUN_START.match(text, c_start, c_end):
        return True  # "He was detained at the scene", "Его задержали", "Оны ... ұстады": the one just told
    if cands and _ESCAPEES.search(text, c_start, c_end):
        return True  # "Двоих беглецов задержали в Караганде": the escape told before, ended
    if cands and not any(c["type"] not in _COLLECTIVE for c in cands) and _ONE_PERPETRATOR.search(text, c_start, c_end):
        return True  # "Күдікті ... ұсталды", "the suspect was detained" after a brawl: the one who stabbed, not a crowd
    if cands and any(c["type"] not in _COLLECTIVE for c in cands):
        perp = _PERPETRATOR.search(text, c_start, c_end)
        if perp:
            told_units = {c["m"].get("adm1") for c in cands}
            if not (_UNDETERMINED_SUSPECT.search(text[perp.start():min(c_end, perp.end() + 4)]) and
                    not suspected & {c["type"] for c in cands} and
                    any(m.get("adm1") and m["adm1"] not in told_units for m in places)):
                return True
    if not _COURT.search(text, c_start, c_end):
        return False
    for h in strong:
        a, b = s_start + h.start, s_start + h.end
        if not (_DETAINEES.search(text[max(c_start, a - 40):b]) or _DETAINEES.match(text[a:min(c_end, b + 30)])):
            return False
    return True


_KK_LIST_GAP = re.compile(r"\s+(?:мен|бен|пен|және)\s+")


@dataclasses.dataclass(frozen=True)
class _ReportDate(FoundDate):
    """The date of a dateline: when the report was filed. A mishap told in its sentence often
    happened a day or two before, told by the next sentence ("Апат жексенбі күні ... болған"), so
    it does not date a disaster; it still dates a protest or an arrest."""


def _datekey(d, typ: str) -> str | None:
    if d is None or (isinstance(d, _ReportDate) and FAMILY.get(typ) == "disaster"):
        return None
    return d.key


#: A dateline around a date: a place in capitals (or capitalised) opening its line, then the date,
#: then a stop, a bracket or a dash ("АСТАНА, 16 ноября (Tengrinews.kz).", "ALMATY, Jan 5 (Reuters) -")
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’ -]{1,30}(?:/[\w'’ -]{1,30})?[.,][ \t]*$")
_DATELINE_AFTER = re.compile(r"(?:[ \t]*\d{4})?[ \t]*(?:[.,(/]|[–—-][ \t])")
#: A bare generic noun for a mishap ("the accident", "авария", "апат"): a re-mention
_GENERIC_MISHAP = re.compile(r"(?i)accident|crash|авари[яиюей]|апат(?:ты|қа|тан|та)?|дтп")


def _event_dates(text: str, start: int, end: int, ref) -> list:
    """Explicit dates of ``text[start:end]`` that can date an event (not "published on", "until")."""
    out = []
    for d in find_dates(text[start:end], ref):
        if _NOT_EVENT_DATE.search(text[max(0, start + d.start - 25): start + d.start]):
            continue
        if _DATELINE_BEFORE.search(text, max(0, start + d.start - 40), start + d.start) and \
                _DATELINE_AFTER.match(text, start + d.end):
            # "ЖЕЗҚАЗҒАН. 8 қазан. ҚазАқпарат –", "ALMATY, Jan 5 (Reuters) -": the report's date
            if _PAST_PERIOD.search(text, start + d.end, end):
                continue  # "... 21 мамыр — Өткен апта ...": a round-up of days before it dates nothing
            d = _ReportDate(d.start, d.end, d.year, d.month, d.day)
        if d.day is not None and ref and len(ref) >= 10 and d.key > ref[:10] and not _YEAR_WRITTEN.search(
                text, start + d.start, start + d.end):
            d = _in_year_told(text, start + d.start, d, ref)
        out.append(d)
    return out


#: A span of days before the report that a round-up tells ("last week", "за минувшую неделю",
#: "өткен аптада", "over the weekend").
_PAST_PERIOD = re.compile(r"(?i)\b(?:last|past)\s+(?:week|weekend|few\s+days)\b|\bover\s+the\s+(?:weekend|past\s+week)\b|"
                          r"(?<![\w])(?:на\s+(?:прошлой|минувшей)\s+неделе|за\s+(?:прошедшую\s+|минувшую\s+|прошлую\s+)?неделю|"
                          r"за\s+(?:минувшие\s+|прошедшие\s+)?выходные|өткен\s+апта\w*|бір\s+аптада|"
                          r"демалыс\s+күндері)(?![\w])")
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _in_year_told(text: str, pos: int, d, ref: str):
    """A day and month with no year that would fall after the article ("On June 19 the
    disturbances spread ..." in an article of June 17, 2019) in a text that named that month
    of an earlier year before it ("the clashes of June 1989"): a day of that year (the last
    such year named). A plan ("обещают новый митинг 21 мая") stays in the article's year."""
    if _days_apart(d.key, ref[:10]) <= 1:
        return d  # (the next day: a headline written overnight, an event announced for tomorrow)
    year = None
    for e in find_dates(text[:pos], ref):
        if e.month == d.month and e.year < int(ref[:4]) and _YEAR_WRITTEN.search(text, e.start, e.end):
            year = e.year
    return d if year is None else dataclasses.replace(d, year=year)


def _since(text: str, start: int, d) -> bool:
    """True for a date found at ``start + d.start`` that opens a period ("since October")."""
    a, b = start + d.start, start + d.end
    return bool(_SINCE_BEFORE.search(text, max(0, a - 25), a) or _SINCE_AFTER.match(text, b, b + 24)
                or text[a:a + 6].lower() == "since ")  # ("since May" is found whole)


_CLAUSE_BREAK = re.compile(r"[:;]|\s[–—-]\s")


def _clause_has_hit(sent: str, d, hits) -> bool:
    """True when an event word of ``hits`` lies in the clause of ``sent`` that holds the date ``d``
    (clauses parted by a colon, a semicolon or a dash between spaces)."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sent, 0, d.start):
        lo = m.end()
    m = _CLAUSE_BREAK.search(sent, d.end)
    hi = m.start() if m else len(sent)
    return any(lo <= h.start < hi for h in hits)


class _Nearest:
    """``_nearest``-style lookups among fixed items for many positions.

    The item nearest to ``pos`` by ``centre(item)``, ties to the smaller ``start``.
    When the centres strictly increase along the list, only the two items around
    ``pos`` can be nearest (every other one is strictly farther), so they are found
    by bisection; otherwise every item is compared."""

    def __init__(self, items: list, centre):
        self.items = items
        self.centre = centre
        self.centres = [centre(x) for x in items]
        self.sorted = all(a < b for a, b in zip(self.centres, self.centres[1:]))

    def __call__(self, pos):
        items, centre = self.items, self.centre
        if not items:
            return None
        if self.sorted and len(items) > 4:
            i = bisect.bisect_left(self.centres, pos)
            items = items[max(0, i - 1): i + 1]
        return min(items, key=lambda x: (abs(pos - centre(x)), x.start))


def _hit_centre(h) -> float:
    return (h.start + h.end) / 2


def _date_pos(d) -> int:
    return d.start


def _trigger_chooser(hits) -> _Nearest:
    """``_choose_trigger(hits, pos)`` for many positions."""
    for pool in ([h for h in hits if not h.weak and not h.agent], [h for h in hits if not h.weak], hits):
        if pool:
            return _Nearest(pool, _hit_centre)
    return _Nearest([], _hit_centre)


class _RawWords:
    """Whether the event word nearest to a position of a sentence is a plan or a
    denial (an event word that is not one of the sentence's factual hits)."""

    def __init__(self, sent: str, hits_all: list):
        self.nearest = _Nearest(raw_trigger_hits(sent), _hit_centre)
        self.factual = {h.start for h in hits_all}

    def denied(self, pos: int) -> bool:
        near = self.nearest(pos)
        return near is not None and near.start not in self.factual


def _choose_trigger(hits, pos: int):
    """The trigger of a place: the nearest event word, before a participant noun, before deaths."""
    for pool in ([h for h in hits if not h.weak and not h.agent], [h for h in hits if not h.weak], hits):
        if pool:
            return _nearest(pool, pos)
    return None


def _by_clause(clauses: list[tuple[int, int]], *groups: list[tuple[int, object]]) -> list[tuple[list, ...]]:
    """For each clause, the items of each group whose position lies in it, in order.

    Clauses in order and apart are looked up by bisection; clauses that overlap
    (a break inside a leading "After ...," clause) are filtered one by one."""
    out: list[tuple[list, ...]] = [tuple([] for _ in groups) for _ in clauses]
    apart = all(a <= b for a, b in clauses) and all(b <= a2 for (_, b), (a2, _) in zip(clauses, clauses[1:]))
    starts = [a for a, _ in clauses]
    for g, items in enumerate(groups):
        if apart:
            for pos, item in items:
                i = bisect.bisect_right(starts, pos) - 1
                if i >= 0 and pos < clauses[i][1]:
                    out[i][g].append(item)
        else:
            for i, (a, b) in enumerate(clauses):
                out[i][g].extend(item for pos, item in items if a <= pos < b)
    return out


#: A regional service that reports an event in its territory ("the road police of the
#: Qaraghandy region said", "ДЧС Карагандинской области", "облысының полиция департаменті").
_JURISDICTION_BEFORE = re.compile(
    r"(?:\b(?:police|road\s+police|traffic\s+police|emergenc(?:y|ies)\s+(?:situations\s+)?(?:department|service)|rescuers|"
    r"transport\s+prosecutor's\s+office)\s+(?:department\s+)?(?:of|in)\s+(?:the\s+)?|"
    r"(?<![\w])(?:полици\w*|ДП|ДЧС|МЧС|департамент\w*\s+(?:полиции|по\s+(?:чрезвычайным\s+ситуациям|ЧС)))\s+)$",
    re.I)
_JURISDICTION_AFTER = re.compile(
    r"\s+(?:облысы\w*\s+)?(?:полиция\s+департамент|төтенше\s+жағдайлар\s+департамент)\w*|"
    r"(?:'s|’s)?\s+(?:(?:road|traffic)\s+)?(?:police|emergenc(?:y|ies)\s+(?:situations\s+)?(?:department|service))\b", re.I)
_JURISDICTION_REACH = 400  # the regional service is named at most this far after the event


def _authority_regions(text: str, mentions: list[dict], m_starts: list[int], a: int, b: int) -> set[str]:
    """The units of the regions named as a police or emergency service between ``a`` and ``b``."""
    found = set()
    for m in mentions[bisect.bisect_left(m_starts, a):]:
        if m["start"] >= b:
            break
        if m.get("kind") == "region" and m.get("adm1") and (
                _JURISDICTION_BEFORE.search(text, max(0, m["start"] - 50), m["start"])
                or _JURISDICTION_AFTER.match(text[m["end"]: m["end"] + 50])):
            found.add(m["adm1"])
    return found


def _water_site(text: str, mentions: list[dict], m_starts: list[int], sent_mentions: list[dict], c_start: int,
                c_end: int, s_start: int, s_end: int, spans: list, starts: list[int], datelines: list[dict],
                date) -> dict | None:
    """The place of an event on a lake, a river or a reservoir with no unit, named in a clause
    with no other place: the water body in the unit the geoparser gives it (an ``atom`` field),
    else in the one region whose police or emergency service the sentence, the sentence
    before or the sentence after names, else in the unit of the dateline settlement."""
    water = next((m for m in sent_mentions if c_start <= m["start"] < c_end and _water_body(m)
                  and not _SHORE.search(text[max(s_start, m["start"] - 25):min(s_end, m["end"] + 15)])), None)
    if water is None:
        return None
    from . import adm1

    unit = None
    if water.get("atom"):
        try:
            unit = adm1.unit_for_atom(water["atom"], date)
        except (KeyError, ValueError):
            unit = None
    if unit is None:
        i = bisect.bisect_right(starts, s_start) - 1
        a = spans[i - 1][0] if i > 0 else s_start
        b = spans[i + 1][1] if i + 1 < len(spans) else s_end
        found = _authority_regions(text, mentions, m_starts, a, b)
        if len(found) == 1:
            unit = adm1.BY_NAME.get(next(iter(found)))
    if unit is None and (water.get("subkind") in ("lake", "reservoir", "pond") or
                         (not water.get("subkind") and not re.search(r"river|sea|рек|мор|өзен|теңіз", water.get("text") or "", re.I))):
        # (a river or a sea crosses many units; a city that is a unit of its own is no guide
        # to the land around it)
        towns = {m["adm1"] for m in datelines if m["start"] < c_start}
        if not towns and text.find("\n", c_start) != -1 and "\n" not in text[:c_start].strip():
            # (a headline: the dateline that opens the next line)
            towns = {m["adm1"] for m in mentions if m["start"] > c_start and m.get("adm1")
                     and m.get("kind") in ("city", "village") and text.count("\n", c_start, m["start"]) == 1
                     and _is_dateline(text, m)}
        if len(towns) == 1 and not towns & _CITY_UNITS:
            unit = adm1.BY_NAME.get(next(iter(towns)))
    if unit is None:
        return None
    return dict(water, adm1=unit.name, adm1_iso=unit.iso, _site=True, _anaphor=True, _located=True)


def _jurisdiction(text: str, mentions: list[dict], m_starts: list[int], s_start: int) -> dict | None:
    """The region whose police or emergency service is named in the same paragraph
    from ``s_start`` on, when it is the only one."""
    nl = text.find("\n", s_start)
    end = min(s_start + _JURISDICTION_REACH, nl if nl >= 0 else len(text))
    found = []
    for m in mentions[bisect.bisect_left(m_starts, s_start):]:
        if m["start"] >= end:
            break
        if m.get("kind") != "region" or not m.get("adm1"):
            continue
        if _JURISDICTION_BEFORE.search(text, max(0, m["start"] - 50), m["start"]) or \
                _JURISDICTION_AFTER.match(text[m["end"]: m["end"] + 50]):
            found.append(m)
    return found[0] if len({m["adm1"] for m in found}) == 1 else None


#: "20 km from", "в двадцати километрах от", "он шақырым": the distance of a reference point.
_REF_DISTANCE = re.compile(
    r"(\d[\d,.]*|[^\W\d]+)[\s-]*(km|kilomet\w*|miles?|км|километр\w*|шақырым\w*)", re.I)
_REF_DISTANCE_AFTER = re.compile(
    r"\s+(?:(?:шамамен|жуық|кемінде)\s+)?(\d[\d,.]*|[^\W\d]+)[\s-]*(км|шақырым)\w*\s+(?:жерде|қашықтықта|жердегі)", re.I)
_FEW = re.compile(r"few|нескольк\w*|бірнеше", re.I)
#: At most this far from a settlement, a place lies in the settlement's unit (the units
#: are hundreds of kilometres across).
_NEAR_KM = 50
#: Cities that are units of their own: the land around them is another unit.
_CITY_UNITS = {"Almaty", "Astana", "Shymkent"}


_DASH_GAP = re.compile(r"[ \u00a0]?[–—-][ \u00a0]?")


_ITEM_AND = re.compile(r"\s(?:және|и|and)\s")
_ITEM_SEP = re.compile(r",\s+|\s+(?:және|и|and)\s+")
#: What follows a name that goes on a list of places: another comma, a conjunction, the head
#: noun the list shares, or the end of the item.
_LIST_GOES_ON = re.compile(
    r"\s*(?:$|[,;:.!?)»\"]|(?:and|or|и|или|және|мен|бен|пен|а\s+также)(?![\w-])|"
    r"(?:regions|districts|cities|towns|provinces|oblasts|област\w*|район\w*|город\w*|облыст\w*|аудан\w*|қала\w*)(?![\w-]))",
    re.I)


#: The first word of a phrase that goes on a clause rather than opening one.
_OPENS_PHRASE = re.compile(r"(?:in|at|on|near|of|from|to|and|or|but|with|after|where|which|who|в|во|на|у|из|под|"
                           r"возле|около|близ|и|а|но|где|после|с|со|по|к|от|және|мен|бірақ)(?![\w-])|[^\w«\"]", re.I)


def _told_after_place(text: str, s_start: int, sent: str, mentions: list[dict]) -> bool:
    """Whether a headline with one comma tells two things, the second opened by its place
    ("Нұр-Сұлтанда автобус жүргізушілері жұмысқа шықпады, Шортанды маңында үш адам қаза тапты")
    or by a word of its own ("Менингит в Семее, пожар в роддоме Жезказгана"): each side names a
    place and says at least two words besides it (not "Almaty, Astana brace for snow", nor "In
    Almaty, a bus caught fire"), and a second side opened by a word does not open with a
    preposition or a conjunction (not "Fire at a market, in Almaty's Auezov district")."""
    comma = s_start + sent.index(",")
    after = comma + 1
    while after < len(text) and text[after] == " ":
        after += 1
    inside = [m for m in mentions if s_start <= m["start"] < s_start + len(sent)]
    if not any(m["start"] == after for m in inside) and _OPENS_PHRASE.match(text, after):
        return False
    for a, b in ((s_start, comma), (after, s_start + len(sent))):
        words, pos = 0, a
        for m in inside:
            if a <= m["start"] < b:
                words += len(text[pos:m["start"]].split())
                pos = m["end"]
        words += len(text[pos:b].split())
        if words < 2 or not any(a <= m["start"] < b for m in inside):
            return False
    return True


def _comma_items(text: str, a: int, b: int, named: dict) -> list[tuple[int, int]]:
    """The spans of the comma-separated items of ``text[a:b]``; a comma right before a name
    (``named``: where the mentions start, and where they end) joins a list of places, not two
    items, when the list goes on after the name."""
    out, pos = [], a
    ends = set(named.values())
    for m in _ITEM_SEP.finditer(text, a, b):
        end = named.get(m.end())
        if m.group(0).strip() != ",":
            stop = text.find(",", m.end(), b)
            stop = b if stop == -1 else stop
            if not (any(pos <= p < m.start() for p in named) and any(m.end() <= p < stop for p in named)):
                continue  # (a conjunction opens an item only with a place on either side of it)
            if end is not None and (m.start() in ends or _LIST_GOES_ON.match(text[end:b])):
                continue  # ("Ақтөбе және Қостанай облыстарында", "Уральска, Актобе и Костаная протестуют": a list; not
                # "Аягөз маңындағы өрт және Өскемендегі жиын", "гибель тракториста у Кандыагаша и протест в Актау")
        elif end is not None and _LIST_GOES_ON.match(text[end:b]):
            continue  # "в Астане, Алматы, Конаеве и Талдыкоргане" (not "fire in Karaganda, Zhezqazghan flights back")
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return out


def _endpoint_region(text: str, mentions: list, sent_mentions: list, c_start: int, c_end: int, s_start: int,
                     why_not) -> dict | None:
    """The region mention of the document that holds every route endpoint of a clause with
    no place of its own, when there is one such unit (not a city that is a unit of its
    own) and the text names it as a region somewhere."""
    units = set()
    ends, refs = [], []
    for m in sent_mentions:
        if not (c_start <= m["start"] < c_end) or m.get("kind") not in ("city", "village") or not m.get("adm1"):
            continue
        why = why_not(m, s_start)
        if why == "route endpoint":
            ends.append(m)
        elif why == "reference point":
            refs.append(m)  # (alone a reference point gives a unit only when near: ``_near_reference``)
        else:
            continue
        units.add(m["adm1"])
    if not ends:
        return None
    for m in sent_mentions:
        # the other end of "X – Y", whatever role it was given ("Жезқазған – Қарағанды жолында"
        # under a dateline of Zhezkazgan): its unit is the road's too
        if c_start <= m["start"] < c_end and m.get("adm1") and m not in ends and any(
                _DASH_GAP.fullmatch(text, min(m["end"], e["end"]), max(m["start"], e["start"])) for e in ends):
            units.add(m["adm1"])
    if len(units) != 1 or units & _CITY_UNITS:
        return None
    (unit,) = units
    region = next((m for m in mentions if m.get("kind") == "region" and m.get("adm1") == unit), None)
    if region is not None or len(ends) + len(refs) < 2:
        return region
    # "Ақтау – Бейнеу тас жолында Шетпе ауылынан 120 шақырым жерде": both ends of the road
    # and the point it is measured from lie in one unit, which the text does not name
    m0 = ends[0]
    return dict(m0, kind="region", subkind=None, place=unit, lat=None, lon=None, confidence=0.6)


def _near_reference(text: str, sent_mentions: list, c_start: int, c_end: int, s_start: int, why_not) -> dict | None:
    """The settlement a clause with no place of its own measures its event from, when it
    is near (at most ``_NEAR_KM``) and not a city that is a unit of its own; only when the
    clause has exactly one such reference."""
    from .figures import parse_number

    found = []
    for m in sent_mentions:
        if not (c_start <= m["start"] < c_end) or m.get("kind") not in ("city", "village") or not m.get("adm1"):
            continue
        if m["adm1"] in _CITY_UNITS or why_not(m, s_start) not in ("reference point", "origin"):
            continue
        after = _REF_DISTANCE_AFTER.match(text, m["end"], c_end)  # "Арқалық қаласынан 30 шақырым жерде"
        if after:
            number, unit = after.group(1), after.group(2)
        else:
            dist = list(_REF_DISTANCE.finditer(text, max(s_start, m["start"] - 60), m["start"]))
            if not dist or why_not(m, s_start) != "reference point":
                continue
            number, unit = dist[-1].group(1), dist[-1].group(2)
        km = parse_number(number)
        if km is None:
            if not _FEW.fullmatch(number):
                continue
            km = 5
        if unit.lower().startswith("mile"):
            km = km * 1.6
        if km <= _NEAR_KM:
            found.append(m)
    return found[0] if len({m["adm1"] for m in found}) == 1 else None


def _sent_test(cache: dict, key: str, pattern: re.Pattern, sent: str) -> bool:
    """``bool(pattern.search(sent))``, worked out once per sentence."""
    if key not in cache:
        cache[key] = pattern.search(sent) is not None
    return cache[key]


def detect(doc, mentions: list[dict] | None = None, as_of=None) -> list[dict]:
    """Incident records reported by one document (see ``RECORD_KEYS``)."""
    doc = Document.coerce(doc)
    if is_latin_kazakh(doc.text, doc.lang):
        return _detect_latin(doc, mentions, as_of)
    return _detect(doc, mentions, as_of)


def _detect_latin(doc: Document, mentions: list[dict] | None, as_of) -> list[dict]:
    """Kazakh in Latin letters: places are found in the text itself, events in its
    Cyrillic copy; the records point back into the text."""
    import dataclasses

    text = doc.text
    if mentions is None:
        mentions = _load_mentions(doc, as_of)
    cyr, back = cyrillic_view(text)
    fwd = [-1] * (len(text) + 1)
    for j, o in enumerate(back):
        if fwd[o] < 0:
            fwd[o] = j
    for i in range(len(text) - 1, -1, -1):  # the second letter of a digraph
        if fwd[i] < 0:
            fwd[i] = fwd[i + 1]
    moved, names = [], {}
    for m in mentions:
        m2 = dict(m)
        a, b = fwd[m["start"]], fwd[m["end"]]
        m2["start"], m2["end"] = a, b
        if m.get("text") is not None:
            m2["text"] = cyr[a:b]
            names[cyr[a:b]] = m["text"]
        moved.append(m2)
    out = []
    for rec in _detect(dataclasses.replace(doc, text=cyr), moved, as_of):
        rec = dict(rec)
        rec["start"], rec["end"] = back[rec["start"]], back[rec["end"]]
        rec["evidence"] = text[rec["start"]:rec["end"]]
        for k in ("mention_start", "mention_end"):
            if rec.get(k) is not None:
                rec[k] = back[rec[k]]
        if rec.get("scope") is not None:
            rec["scope"] = names.get(rec["scope"], rec["scope"])
        out.append(rec)
    return out


_WORD = re.compile(r"[\w-]+")
_OWNER_KINDS = ("district", "region", "city", "village")


#: Settlements counted in a quantified phrase: an event told in the plural in them ("fires broke
#: out in two villages of Sairam district", "в трёх сёлах ... произошли пожары", "Сайрам
#: ауданының үш ауылында өрт шықты") is one event in each.
_MEMBERS_MAX = 10
_SETTLEMENTS = re.compile(r"\b(?:villages?|towns?|settlements?|auls?)\b|(?<![\w])(?:с[её]л|посёлк|поселк|аул|ауыл|кент)\w*", re.I)
_KK_LOCATIVE_END = re.compile(r"(?:ында|інде|нда|нде|да|де|та|те)$")
_PLURAL_EVENT_WORD = re.compile(
    r"(?:fires|blazes|explosions|blasts|crashes|collisions|protests|rallies|pickets|attacks|clashes|shootings|arsons|"
    r"пожар(?:ы|ов|ах)|возгорани(?:я|й)|взрыв(?:ы|ов)|поджог(?:и|ов)|митинг(?:и|ов)|пикет(?:ы|ов)|нападени(?:я|й)|"
    r"\w+(?:тар|тер|лар|лер|дар|дер)\w*)$|^акци(?:и|й)\b", re.I)
#: The types an event of each counted settlement can be (an area disaster is one per unit).
_PER_MEMBER_TYPES = {"fire", "explosion", "arson", "protest", "attack", "shooting", "clash"}
_KK_ONE_EACH = re.compile(r"(?:өрт|жарылыс|наразылық|шабуыл|атыс|төбелес)$", re.I)


#: A small count right before an event word ("произошли три ДТП", "two fires broke out",
#: "екі өрт болды", "three separate crashes").
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,-])(\d|two|three|four|five|six|seven|eight|nine|ten|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
    r"екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+(?:(?:separate|different|serious|major|road|traffic|разных|крупных|"
    r"серьёзных|серьезных|жол|ірі)\s+)?$", re.I)
_COUNTED_TYPES = {"fire", "explosion", "crash", "accident", "arson", "attack", "shooting", "protest"}


def _counted_events(sent: str, h) -> int:
    """How many events an event word counted before it tells ("three road accidents" is 3);
    1 when no small count is there or the count is of something else."""
    if h.type not in _COUNTED_TYPES:
        return 1
    m = _COUNT_BEFORE.search(sent, max(0, h.start - 30), h.start)
    if not m:
        return 1
    n = parse_number(m.group(1))
    # (a Kazakh count before an event noun: "үш өрт", not "екі көлік соқтығысты", two cars collided)
    kk = m.group(1).lower() in ("екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он") and \
        bool(re.match(r"(?:өрт|жарылыс|апат|жол[\s-]+(?:көлік\s+)?(?:апат|оқиғ)|шабуыл|атыс|наразылық|митинг|төбелес)", h.text, re.I))
    if not n or not 2 <= n <= 10 or not (kk or _PLURAL_EVENT_WORD.search(h.text) or h.text.lower() in ("дтп",)
                                          or re.match(r"(?:пожар|взрыв|авари|столкновени|нападени|поджог|митинг)\w*$", h.text, re.I)):
        return 1
    if names_period(sent):
        return 1  # a tally over a period ("мұнда биыл бес жол апаты болған", "five crashes this year"): no new events
    return n


def _members_of(m: dict, h) -> int:
    """How many events a counted owner's clause tells: the count of its settlements when the
    event word is plural (or a Kazakh event noun after the phrase in the locative), else 1."""
    n = m.get("_members")
    if not n or h.type not in _PER_MEMBER_TYPES:
        return 1
    if _PLURAL_EVENT_WORD.search(h.text) or (m.get("_members_locative") and _KK_ONE_EACH.search(h.text)):
        return n
    return 1


_OF_GAP = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")


def _owners_of_quantified(text: str, mentions: list[dict], date, lang) -> list[dict]:
    """The named owner inside a quantified phrase ("three villages of Shyngyrlau district",
    "несколько сёл Тайыншинского района", "Сайрам ауданының бірнеше ауылында"), as a mention of
    its own: the phrase has no unit, but the events in its villages lie in the owner's unit.
    The owner is what the geoparser finds in the phrase, read in its context, without its first
    word (the number) or, when the owner comes first, without its last word (the counted noun)."""
    out = []
    for q in mentions:
        if q.get("kind") != "quantified" or q.get("adm1"):
            continue
        span = text[q["start"]:q["end"]]
        # the settlements it counts, each the site of one event told in the plural
        members = q["count"] if (isinstance(q.get("count"), int) and 2 <= q["count"] <= _MEMBERS_MAX
                                 and _SETTLEMENTS.search(span)) else None
        if members:
            # "two villages of Sairam district": the district after "of" is a mention of its own;
            # the events in the counted villages are its events
            owner = next((m for m in mentions if m.get("adm1") and m.get("kind") in _OWNER_KINDS
                          and _OF_GAP.fullmatch(text, q["end"], m["start"])), None)
            if owner is not None:
                owner["_members"] = members
                owner["_members_locative"] = False
                continue
        if span.islower():
            continue  # no name in the phrase ("three regions", "трёх регионах страны")
        words = list(_WORD.finditer(span))
        if len(words) < 3:
            continue
        from . import geoparse

        # the phrase in its context (the places around it settle a homonym: "Жамбылского района
        # Алматинской области"), with its number, then its counted noun, blanked out
        w0, w1 = max(0, q["start"] - 100), min(len(text), q["end"] + 100)
        for blank in (words[0], words[-1]):
            a, b = q["start"] + blank.start(), q["start"] + blank.end()
            window = text[w0:a] + " " * (b - a) + text[b:w1]
            found = [m for m in geoparse.extract(window, date=date, lang=lang)
                     if m.get("adm1") and m.get("kind") in _OWNER_KINDS
                     and q["start"] <= w0 + m["start"] and w0 + m["end"] <= q["end"]]
            if found:
                m = _mention_fields(found[-1])
                m.update(start=w0 + m["start"], end=w0 + m["end"], _owner=True)
                if members:
                    m["_members"] = members
                    m["_members_locative"] = bool(_KK_LOCATIVE_END.search(span))
                m["text"] = text[m["start"]:m["end"]]
                out.append(m)
                break
    return out


#: A shore or a bank: the water body is a reference point, not the site.
_SHORE = re.compile(r"\b(?:shores?|banks?|coast)\b|(?<![\w])(?:берег\w*|побережь\w*|жаға\w*)", re.I)


_SITE_GAP = re.compile(r"[\s,]*(?:(?:in|в|во)\s+)?", re.I)
_REGION_SITE_GAP = re.compile(r"[\s,]*(?:(?:in|в|во)\s+)?(?:област\w*\s+)?", re.I)  # "на озере X в области Абай"


#: A sentence that opens with a bare event noun and only says where or when it took place
#: ("The protest took place in the shift camp", "Акция прошла у проходной", "Наразылық Бөрлі
#: ауданындағы вахталық қалашықта өтті"): the event the text has told, restated.
_RESTATE = re.compile(
    r"[\s«\"“]*(?:(?:The|This|That)\s+(?:protests?|strikes?|rall(?:y|ies)|demonstrations?|pickets?|fire|blaze|explosion|blast|"
    r"crash|accident|collision|flood|attack|riots?|clash(?:es)?)\s+(?:[\w-]+\s+)?(?:took\s+place|was\s+held|were\s+held|"
    r"happened|occurred)\b|"
    r"(?:Акция|Митинг|Забастовка|Протест|Пикет|Пожар|Взрыв|Авария|Столкновение|Нападение|Голодовка|Стачка)\s+"
    r"(?:[\w-]+\s+)?(?:прош(?:ла|[её]л|ло)|состоял(?:ась|ся|ось)|произош(?:ла|[её]л|ло)|случил(?:ась|ся|ось))\b|"
    r"(?:Наразылық|Ереуіл|Митинг|Шеру|Пикет|Өрт|Жарылыс|Апат|Қақтығыс|Шабуыл)\s+[^.;!?]{0,80}?\s(?:өтті|болды|орын\s+алды)"
    r"(?![\w])|"
    # the crowd just told, gathering somewhere ("They gathered outside the depot", "Олар Сарыарқа
    # ауданындағы парк ғимараты алдына жиналды"): the same protest, not a new one
    r"(?-i:They|Они|Олар)\s+(?:(?:then|later|then\s+also|also|затем|потом|позже|кейін|сосын|содан\s+кейін)\s+)?"
    r"(?:gathered|rallied|marched|собрал(?:ись|ось)|[^.;!?]{0,80}?\s(?:жиналды|жиналып))(?![\w]))")


#: A lake, a reservoir, a river or a sea: a site the geoparser gives no unit of its own.
_WATER_SUBKINDS = {"lake", "reservoir", "river", "sea", "pond", "canal", "bay", "water body"}
_WATER_WORD = re.compile(
    r"\b(?:lake|reservoir|river|sea|pond|canal|bay)\b|(?<![\w])(?:озер|водохранилищ|рек[аеиуо]|мор[еяю]|пруд|канал|"
    r"залив|көл|су\s+қойма|өзен|теңіз|тоған|арна)", re.I)


def _water_body(m: dict) -> bool:
    """True for a facility mention with no unit that names a lake, a reservoir, a river or a sea."""
    if m.get("kind") != "facility" or m.get("adm1"):
        return False
    return m.get("subkind") in _WATER_SUBKINDS or bool(_WATER_WORD.search(f"{m.get('text') or ''} {m.get('place') or ''}"))


def _mark_site_districts(text: str, mentions: list[dict]) -> None:
    """Mark a district named right with a site that has no unit of its own, a lake, a river or
    an unlocated facility ("в озере Маралды Щербактинского района", "Теректі ауданындағы Шалқар
    көлінде"): the district stands for that site, not for the district at large, so an event
    there is no re-mention of another event of the unit."""
    for i, m in enumerate(mentions):
        if m.get("kind") not in ("district", "region") or not m.get("adm1"):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(mentions):
                f = mentions[j]
                if f.get("kind") == "facility" and not f.get("adm1"):
                    a, b = (f["end"], m["start"]) if j < i else (m["end"], f["start"])
                    gap = _SITE_GAP if m.get("kind") == "district" else _REGION_SITE_GAP
                    if 0 <= b - a <= 14 and gap.fullmatch(text[a:b]) and \
                            not _SHORE.search(text[max(0, f["start"] - 25):f["end"] + 15]) and \
                            (m.get("kind") == "district" or _water_body(f)):
                        m["_site"] = True  # (a region stands so only for a lake, a river or a reservoir)


_NEAR_ATTRIBUTIVE = re.compile(r"\w*\s+(?:маңы|іргесі|түбі)\w*(?:дағы|дегі)(?![\w])", re.I)
#: The region around each city of republican significance
_SURROUNDING = {"KZ-75": "KZ-19", "KZ-71": "KZ-11", "KZ-79": "KZ-61"}


def _near_capital(text: str, m: dict, day) -> dict:
    """A city of republican significance named as the point something happened near ("near
    Almaty", "под Астаной", "Шымкент маңында"): the unit of what happened is the region around the
    city, which is not part of it."""
    iso = m.get("adm1_iso")
    if iso not in _SURROUNDING or m.get("kind") != "city" or not _near_point(text, m) \
            or _NEAR_ATTRIBUTIVE.match(text, m["end"]) or text[m["end"]:m["end"] + 2] in ("'s", "’s", "'S", "’S"):
        # ("Алматы маңындағы Шымбұлақ": a place near the city, where the event may be; "near Almaty's
        # Green Market": near a place of the city)
        return m
    from .adm1 import units_on

    for u in units_on(day):
        if u.iso == _SURROUNDING[iso]:
            return dict(m, adm1=u.name, adm1_iso=u.iso)
    return m


def _detect(doc: Document, mentions: list[dict] | None, as_of) -> list[dict]:
    text = doc.text
    kazakh_roles = doc.lang not in ("en", "ru")  # (the roles told after a place are Kazakh)
    if mentions is None:
        mentions = _load_mentions(doc, as_of)
    mentions = [_near_capital(text, _mention_fields(m), doc.date or as_of) for m in mentions]
    mentions += _owners_of_quantified(text, mentions, doc.date or as_of, doc.lang)
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    _mark_site_districts(text, mentions)
    doc_date = _doc_date(doc, as_of)

    cands: list[dict] = []       # one per (place, clause, target)
    scopes: list[dict] = []      # unattributed records
    loose_figs: list[tuple[int, int, dict, str]] = []  # figures with no place
    para_date: dict[int, object] = {}
    para_type: dict[int, str] = {}
    told: set[str] = set()  # the event types the text has told so far
    last_place: list[dict] = []  # eligible place mentions seen so far
    datelines: list[dict] = []   # settlements named in a dateline
    unplaced: list[tuple[int, int, object]] = []  # factual events with no place
    alias: dict[tuple, tuple] = {}  # (adm1, place) of a place inside a city -> the city

    spans = sentences(text)
    # what is worked out once per document: why a mention is not an incident place,
    # the trigger hits and the dates of a span
    why_memo: dict[tuple, str | None] = {}
    trig_memo: dict[tuple[int, int], list] = {}
    date_memo: dict[tuple[int, int], list] = {}

    def why_not(m: dict, sent_start: int) -> str | None:
        key = (m["start"], m["end"], m.get("kind"), sent_start)
        if key not in why_memo:
            why_memo[key] = _non_incident(text, m, sent_start)
        return why_memo[key]

    def triggers_of(a: int, b: int) -> list:
        hits = trig_memo.get((a, b))
        if hits is None:
            hits = trig_memo[(a, b)] = find_triggers(text[a:b])
        return hits

    word_at: dict[str, list[int]] = {}  # where the words of a gate list occur in the text

    def word_in(name: str, words: tuple, a: int, b: int) -> bool:
        """Whether one of ``words`` (lower case) starts in ``text[a:b]``."""
        found = word_at.get(name)
        if found is None:
            if not low_text:
                low_text.append(text.lower())
            low = low_text[0]
            if len(low) != len(text):  # (a letter whose lower case is longer: search the span itself)
                return any(w in text[a:b].lower() for w in words)
            found = word_at[name] = sorted(i for w in words for i in _occurrences(low, w))
        i = bisect.bisect_left(found, a)
        return i < len(found) and found[i] < b

    low_text: list[str] = []

    def dates_of(a: int, b: int) -> list:
        found = date_memo.get((a, b))
        if found is None:
            found = date_memo[(a, b)] = _event_dates(text, a, b, doc_date)
        return found

    # units the document supports with a located settlement or region: a facility
    # the geoparser could not locate, its unit a guess (no coordinates, a low confidence),
    # is trusted only inside one of them; a facility whose unit is sure (one with
    # coordinates, or an annotated one) counts wherever it lies
    support = set()
    starts = [a for a, _ in spans]
    for m in mentions:
        if m.get("adm1") and m.get("kind") in ("city", "village", "district", "region"):
            i = bisect.bisect_right(starts, m["start"]) - 1
            if not why_not(m, starts[i] if i >= 0 else 0):
                support.add(m["adm1"])
    # mentions by start, to find a sentence's mentions by bisection
    m_starts = [m["start"] for m in mentions]
    ordered = all(m["start"] <= m["end"] for m in mentions)
    line_breaks = [b.start() for b in _NEWLINE.finditer(text)]
    # the document's first reported event: a natural disaster makes a declared
    # emergency mark the unit as affected
    # a headline: the first sentence, alone on its line, of a text of several lines
    head_start = -1
    if len(spans) > 1 and "\n" in text.strip():
        a0, b0 = spans[0]
        nl = text.find("\n", a0)
        if nl >= b0 and spans[1][0] > nl and b0 - a0 <= 160 and text[b0 - 1] not in ".!?…":
            head_start = a0
    first_type = next((h.type for a, b in spans for h in triggers_of(a, b) if not h.weak and not h.agent), None)
    prev_cands: list[dict] = []  # the incidents of the sentence just before
    prev_places: list[dict] = []  # the eligible places of the sentence just before, when it tells no event
    prev_para = -1  # the paragraph of the sentence just before
    gathering = None  # whether the text tells of a race or a festival and of no protest (worked out once)
    for s_start, s_end in spans:
        sent = text[s_start:s_end]
        para = line_breaks[bisect.bisect_left(line_breaks, s_start) - 1] + 1 \
            if line_breaks and line_breaks[0] < s_start else 0  # as _paragraph_of
        found = dates_of(s_start, s_end)
        since = [d for d in found if _since(text, s_start, d)] if found else None
        if since:
            if len(since) < len(found):
                # "wages unpaid since October ... on Thursday": the period's start dates no event
                found = [d for d in found if d not in since]
            elif any(d.month is None for d in since):
                # "газет тігінділері 1930 жылдардан бергі", "since 2008": a year alone opens a long
                # period and dates no event either
                found = [d for d in found if d.month is not None]
            else:
                since = None
        precise = [d for d in found if d.month is not None]
        hits_all = triggers_of(s_start, s_end)
        raw_words = None  # every event word of the sentence, when needed
        sent_tests: dict[str, bool] = {}
        if first_type in NATURAL and not any(not h.weak for h in hits_all):
            em = EMERGENCY.search(sent) or AFFECTED.search(sent)
            if em and not NEGATED_MEASURE.search(sent[max(0, em.start() - 30): em.end() + 30]):
                hits_all = hits_all + [Hit(em.start(), em.end(), first_type, False, em.group(0))]
            elif first_type == "storm" and not em:
                pc = POWER_CUT.search(sent)
                if pc:  # "В ряде районов без света остались около 40 сёл": the storm's damage
                    hits_all = hits_all + [Hit(pc.start(), pc.end(), first_type, False, pc.group(0))]
        if first_type == "earthquake" and any(h.type == "accident" and _COLLAPSE.search(h.text) for h in hits_all):
            # "В Сарканде обрушилась стена старого склада" in a story of tremors: the quake's damage
            hits_all = [Hit(h.start, h.end, "earthquake", h.weak, h.text, h.agent)
                        if h.type == "accident" and _COLLAPSE.search(h.text) else h for h in hits_all]
        if first_type == "earthquake" and any(h.type == "protest" for h in hits_all):
            # "около 4 тысяч человек ночью вышли на улицы" after the tremors: people fleeing their
            # homes, no protest (unless they demand something)
            hits_all = [h for h in hits_all if not (h.type == "protest" and _INTO_STREETS.search(h.text)
                                                    and not _DEMAND.search(sent))]
        if first_type == "protest" and not any(not h.weak for h in hits_all) and ("жина" in sent or "gather" in sent
                                                                                  or "собра" in sent or "assembl" in sent):
            # in a story of protests, "несколько десятков человек собрались на площади", "30-ға жуық
            # адам жиналды": a further rally (alone such words may be a celebration or a queue)
            gp = _PEOPLE_GATHERED.search(sent)
            if gp:
                hits_all = hits_all + [Hit(gp.start(), gp.end(), "protest", False, gp.group(0))]
        spread = SPREAD.search(sent)
        if spread and para in para_type and not any(not h.weak for h in hits_all):
            hits_all = hits_all + [Hit(spread.start(), spread.end(), para_type[para], False, spread.group(0))]
        if since is None and found and hits_all and any(_since(text, s_start, d) for d in found):
            # every date opens a period; one in a clause with no event word of its own dates a state
            # of things ("500 teachers rallied: they have not been paid since May"), not the event
            idle = [d for d in found if _since(text, s_start, d) and not _clause_has_hit(sent, d, hits_all)]
            if idle:
                found = [d for d in found if d not in idle]
                precise = [d for d in found if d.month is not None]
                since = idle
        if ordered:
            lo, hi = bisect.bisect_left(m_starts, s_start), bisect.bisect_right(m_starts, s_end)
            sent_mentions = [m for m in mentions[lo:hi] if m["end"] <= s_end]
        else:
            sent_mentions = [m for m in mentions if s_start <= m["start"] and m["end"] <= s_end]
        if hits_all and sent_mentions:
            # an event word inside a place name ("Атакент", "Жарылғап") is no event
            named = [(m["start"] - s_start, m["end"] - s_start) for m in sent_mentions if m.get("kind") != "quantified"]
            if any(a <= h.start < b for h in hits_all for a, b in named):
                hits_all = [h for h in hits_all if not any(a <= h.start < b for a, b in named)]
        places, quants = [], []
        role_starts = None  # the words that may open a role before a place (see _other_role)
        prev_reason, prev_end = None, None
        for mi, m in enumerate(sent_mentions):
            kind = m.get("kind")
            if kind == "quantified":
                if m.get("unit") == "country":
                    continue  # "in 30 countries": no unit of ours, no incident on the map
                if hits_all and ((prev_reason in ("origin", "destination") and prev_end is not None and
                                  _LIST_GAP.fullmatch(text[prev_end:m["start"]])) or
                                 (_FROM_GATE.search(text, max(s_start, m["start"] - 40), m["start"]) and
                                  why_not(m, s_start) in ("origin", "destination"))):
                    continue  # "crews sent from Kostanay, Zhezkazgan and three neighbouring districts"
                quants.append(m)
                continue
            why = why_not(m, s_start)
            if not why and hits_all and mi + 1 < len(sent_mentions) and kind in ("region", "district") and \
                    _owner_of_next(text, m, sent_mentions[mi + 1]):
                # "Түркістан облысының Сайрам ауданынан келген өрт сөндірушілер": the unit
                # that holds an origin or a destination is no site either
                nxt = why_not(sent_mentions[mi + 1], s_start)
                if nxt in ("origin", "destination"):
                    why = nxt
            if why == "place of a statement" and hits_all and _speech_then_event(text, m, s_start, hits_all, s_start):
                why = None
            if why == "dateline" and kind in ("city", "village") and m.get("adm1"):
                datelines.append(m)  # "the city" may still point to it
            if not why and kind == "facility" and m.get("lat") is None and (m.get("confidence") or 0) < _SURE \
                    and m.get("adm1") and support and m["adm1"] not in support:
                why = "unlocated facility outside the document's units"
            if not why and _SOLIDARITY.search(text[max(s_start, m["start"] - 40): m["start"]]):
                why = "solidarity"
            if not why and hits_all:
                if role_starts is None:
                    low = sent.lower()
                    finder = _ROLE_START if len(low) == len(sent) else _ROLE_START_I
                    role_starts = [s_start + f.start() for f in finder.finditer(low if finder is _ROLE_START else sent)]
                if _other_role(text, m, s_start, role_starts, kazakh_roles):
                    why = "place of a meeting, a comment or a comparison"
            if not why and prev_reason and prev_end is not None and \
                    (_LIST_GAP.fullmatch(text[prev_end:m["start"]]) or _FORMER_GAP.fullmatch(text, prev_end, m["start"]) or
                     (prev_reason in ("origin", "destination") and kind in ("region", "district") and
                      ((text[prev_end:m["start"]].isspace() and _RU_UNIT_GENITIVE.search(m.get("text") or ""))
                       or _IN_GAP.fullmatch(text, prev_end, m["start"])))):
                why = prev_reason  # "crews from Pavlodar and East Kazakhstan regions", "из Сайрамского района Туркестанской области",
                # "to the Tengiz field in Atyrau Region"
            if why in _LIST_REASONS and places and places[-1] is sent_mentions[mi - 1] and prev_end is not None \
                    and _KK_LIST_GAP.fullmatch(text, prev_end, m["start"]):
                # "Семей мен Аягөздегі изоляторларға ауыстырылады": a Kazakh list puts its case on
                # the last item only, and the role of the last is that of the items before it
                places.pop()
            prev_reason = why if why in _LIST_REASONS else None
            prev_end = m["end"]
            if why == "residence":
                m = dict(m, _residence=True)  # not where an accident or a detention happened
                why = None
            elif why == "left without supply":
                m = dict(m, _consequence=True)  # not where a fire or a blast happened
                why = None
            if not why and kind == "facility" and (
                    _EMPLOYER_BEFORE.search(text, max(s_start, m["start"] - 40), m["start"])
                    or _EMPLOYER_AFTER.match(text[m["end"]: m["end"] + 40])):
                m = dict(m, _employer=True)  # "workers of the test site picketed the akimat in Semey"
            if kind in _NON_PLACE_KINDS or not m.get("adm1") or why:
                continue
            if kind == "region" and _at_building(text[max(s_start, m["start"] - 80): m["start"]], text[m["end"]: m["end"] + 40]):
                m = dict(m, _building=True)  # the building of the region's authority (see dedup)
            places.append(m)
        if hits_all and places and word_in("ministry", _MINISTRY_WORDS, s_start, s_end) and \
                (quants or len(places) > 1 or _sent_test(sent_tests, "scope", _SCOPE, sent)):
            # "fires have been reported in several regions, and the emergencies ministry in
            # Astana has ordered checks": the seat of a ministry that acts on an event told
            # elsewhere in the sentence hosts none
            seats = [m for m in places if _ministry_seat(text, m, s_start)]
            if seats and (quants or len(seats) < len(places) or _sent_test(sent_tests, "scope", _SCOPE, sent)):
                places = [m for m in places if m not in seats]
        if not hits_all:
            if precise:
                para_date[para] = precise[-1]
            last_place.extend(places)
            prev_cands = []
            prev_places, prev_para = places, para
            continue
        figs = _figures(sent)
        sent_cands: list[dict] = []
        suspect_of: dict | None = None  # the event whose suspects the sentence says were held
        opens = None  # (a further event, another event of a kind): how the sentence opens, once
        rs = _RESTATE.match(sent) if cands else None
        restates = rs.end() if rs else 0
        clauses = _clauses(text, s_start, s_end)
        told_two = s_start == head_start and sent.count(",") == 1 and _told_after_place(text, s_start, sent, mentions)
        if s_start == head_start and (sent.count(",") >= 2 or told_two or (sent.count(",") == 1 and _ITEM_AND.search(sent))):
            # a headline that lists items ("steppe fire near Ayagoz, bus overturns on way to Alakol,
            # bread up in Qaraghandy"): each item is a clause of its own
            named = {m["start"]: m["end"] for m in mentions if s_start <= m["start"] < s_end}
            items = [item for a, b in clauses for item in _comma_items(text, a, b, named)]
            if sent.count(",") >= 2 or told_two or (all(any(a <= p < b for p in named) for a, b in items)
                                        and any("," not in text[x[1]:y[0]] or y[0] in named for x, y in zip(items, items[1:]))):
                # (a headline of two items joined by a conjunction, "Аягөз маңындағы өрт және
                # Өскемендегі жиын", or opened by a place, "boilers fail in Kurchatov, Semey residents
                # rally", only when each item names its place)
                clauses = items
        # the hits, places and quantified mentions of each clause, in their order
        by_clause = _by_clause(clauses, [(s_start + h.start, h) for h in hits_all],
                               [(m["start"], m) for m in places], [(q["start"], q) for q in quants])
        cause_told = None  # whether the sentence has a word naming a cause (see is_cause)
        for (c_start, c_end), (hits, cl_places, cl_quants) in zip(clauses, by_clause):
            clause = text[c_start:c_end]
            past = {h for h in hits if is_past_reference(sent, h)}
            if past and _CONSEQUENCE.search(clause):
                # "taken to hospital after chlorine leaked": a mishap the text has not told
                # before is told here, with its consequence, not pointed back to
                past = {h for h in past if h.type not in _FIRST_TOLD_TYPES or h.type in told}
            if past:
                hits = [h for h in hits if h not in past]
            background = {h for h in hits if is_background(sent, h)}
            dropped = set(past)
            if background:
                others = [h for h in hits if not h.weak and h not in background]
                if others or MEASURE.search(clause):
                    dropped |= background
            # "Из-за шторма приостановлено паромное сообщение между портом X и Y",
            # "Боранға байланысты ... X маңында тоқтатылды": traffic halted because of an
            # event is a measure, and its place is not the event's site (unless the cause
            # is placed itself: "because of a fire at the X market, trade was suspended")
            if cause_told is None:
                cause_told = word_in("cause", CAUSE_WORDS, s_start, s_end)
            live = ([h for h in hits if not h.weak and h not in dropped] if dropped else [h for h in hits if not h.weak]) \
                if cause_told else None
            if live and all(is_cause(sent, h) for h in live) and HALTED.search(clause) and \
                    not any(_cause_placed(text, s_start + h.start, s_start + h.end, cl_places) for h in live):
                dropped |= set(live)
            use = [h for h in hits if h not in dropped] if dropped else hits
            if any(h.agent and h.type == "protest" for h in hits) and (
                    gathering if gathering is not None else (gathering := _doc_gathering(text))):
                # "В Караганде участников встретили у здания акимата" in a text on a car rally: the
                # participants of a race, a tour or a festival are no protesters
                guests = {h for h in hits if h.agent and h.type == "protest" and _PARTICIPANTS.match(h.text)}
                use = [h for h in use if h not in guests]
            # participants of a background event ("after clashes between demonstrators and police")
            if dropped:
                ends = [d.end for d in dropped]
                use = [h for h in use if not (h.agent and any(0 <= h.start - e <= 40 for e in ends))]
            strong = [h for h in use if not h.weak]
            if not use:
                continue
            if cl_places and any(m.get("_consequence") for m in cl_places) and \
                    not any(h.type in AREA_WIDE for h in strong or use):
                # "Пожар на X ГРЭС оставил без электричества посёлок Y и часть Z": the places
                # left without power are a consequence of a fire or a blast told at its own
                # site (a storm or a flood reaches them; an event with no other place keeps
                # them, its unit most likely theirs)
                cl_places = [m for m in cl_places if not m.get("_consequence")] or cl_places
            if strong and any(h.type == "arrest" for h in strong) and all(
                    h.type == "arrest" or _SUSPECTED_OF.search(text, max(c_start, s_start + h.start - 30), s_start + h.start)
                    for h in strong) and _follow_up_arrest(text, s_start, c_start, c_end,
                                                           [h for h in strong if h.type == "arrest"], cands, cl_places,
                                                           {h.type for h in strong if h.type != "arrest"}):
                if cands and not _COURT.search(text, c_start, c_end):
                    suspect_of = cands[-1]
                continue  # the suspect of an event told before detained, or detainees before a court
            para_type[para] = (strong or use)[0].type
            told_before = told.copy() if strong else told
            told.update(h.type for h in strong)
            if not cl_places and strong and all(counts_told(sent, h) and (
                    h.type in told_before or (h.type in _MISHAPS and told_before & _MISHAPS)) for h in strong):
                continue  # "Three fatal accidents in one week is too many": the mishaps told, counted, no new one
            if strong and ("capital" in clause or "столиц" in clause or "елорда" in clause or "Елорда" in clause):
                cap = _capital_named(text, c_start, c_end, doc.date or as_of)
                if cap is not None and not any(m.get("adm1") == cap["adm1"] for m in cl_places):
                    cl_places = sorted(cl_places + [cap], key=lambda m: m["start"])
            anaphor = _anaphor(clause, c_start, cl_quants) if not cl_places and strong and not (
                # ("survivors of the bombing of Hiroshima took part in a round table there": an event
                # at a foreign place, not at the place "there" points to)
                places == [] and any(m.get("kind") == "foreign" for m in sent_mentions)) else None
            antecedents = (last_place or [m for m in datelines if m["start"] < c_start]) if anaphor else None
            if not cl_places and strong and anaphor and antecedents and \
                    (last_place or re.search(r"city|town|village|город|сел|посёлк|поселк|қала|ауыл", anaphor.group(0), re.I)):
                ref = antecedents[-1]
                word = anaphor.group(0)
                want = ("region",) if re.search(r"регион|област|region|oblast|облыс|өңір", word, re.I) else \
                    ("city", "village") if re.search(r"city|town|village|capital|город|мегаполис|столиц|сел|посёлк|поселк|қала|ауыл", word, re.I) \
                    else None
                if want:
                    ref = next((p for p in reversed(antecedents) if p.get("kind") in want), ref)
                cl_places = [dict(ref, _anaphor=True)]
            nearby = _NEARBY.search(clause) if not cl_places and strong else None
            if nearby and re.search(r"(?:\bfrom|\bиз|\bот)\s+$", clause[:nearby.start()], re.I):
                nearby = None  # where people came from
            real = next((c for c in reversed(cands) if not c["m"].get("_nearby")), None) if nearby else None
            if not cl_places and strong and nearby and real:
                # "the violence spread to nearby villages": unnamed places around the last event place
                base = dict(real["m"], _nearby=True)
                cl_places = [dict(base, place=f"{nearby.group(0)} ({base.get('place')})", kind="village",
                                  lat=None, lon=None, start=c_start + nearby.start(), end=c_start + nearby.end(),
                                  _anaphor=True)]
            if not cl_places and strong and _RELATIVE_WHERE.search(text, max(s_start, c_start - 16), c_start):
                # "in Chingirlau district, where the Ilek burst its banks": the place just named
                before = [m for m in places if m["end"] <= c_start]
                if before:
                    cl_places = [before[-1]]
            if not cl_places and strong and not places:
                # "Қапшағай су қоймасында қайық аударылып ...": an event on a lake, a river or a
                # reservoir the geoparser gives no unit, with no other place in its sentence
                ref = _water_site(text, mentions, m_starts, sent_mentions, c_start, c_end, s_start, s_end,
                                  spans, starts, datelines, doc.date or as_of)
                if ref is not None:
                    cl_places = [ref]
            # "Methane blasts at mines near Donetsk in Ukraine killed dozens last year.": an event
            # told at a foreign place is not the one just told at home
            abroad = not cl_places and strong and not places and any(m.get("kind") == "foreign" for m in sent_mentions)
            if not cl_places and strong and prev_cands and not places and not quants and not precise and not abroad \
                    and not _sent_test(sent_tests, "scope", _SCOPE, sent) \
                    and not _sent_test(sent_tests, "countrywide", _COUNTRYWIDE, sent) \
                    and len({_place_key(c) for c in prev_cands}) == 1 \
                    and (strong[0].type in (prev_cands[-1]["type"], "arrest")
                         or {strong[0].type, prev_cands[-1]["type"]} == {"crash", "accident"}):
                # "Near X two lorries collided. The fire spread to a third car.": the
                # sentence goes on about the event just told, at its place ("Апат X-тан 12
                # шақырым жерде болды": the crash just told, a generic "accident" word)
                if all(h.type == "arrest" for h in strong) and prev_cands[-1]["type"] not in _COLLECTIVE:
                    continue  # "... a cook from X; he was detained": the suspect of the event just told
                cl_places = [dict(prev_cands[-1]["m"], _anaphor=True)]
            # "The protesters, some of whom had come by bus from X, carried placards": the people
            # of an event told before, named with no place of their own, tell no new one there
            agents_only = not cl_places and strong and all(h.agent for h in strong)
            if strong and cl_places and all(h.agent for h in strong) and all(m.get("_anaphor") for m in cl_places) \
                    and {h.type for h in strong} <= told_before:
                continue  # "The town's boiler house ..., protesters said": the people of the protest told, no new one
            # "... called the floods the worst in 80 years": a flood, a storm or an earthquake the text
            # has told, named again with no place of its own, is the same disaster, not one at the
            # places of the sentence before; so is a protest ("Наразылық кешке қарай тоқтады")
            retold = all((h.type in AREA_WIDE or h.type == "protest") and h.type in told_before for h in strong)
            # "Апат ... Арал қаласынан 20 шақырым жерде болған", "The accident happened 20 km from
            # X": the mishap told before, named again by a bare generic noun, with only a
            # reference point to place it, is no new event at that point
            same_mishap = bool(strong) and told_before & _MISHAPS and all(
                h.type in _MISHAPS and _GENERIC_MISHAP.fullmatch(h.text) for h in strong) \
                and not _ANOTHER.search(clause)
            if not cl_places and strong and not agents_only and not retold and prev_places and not places and not quants and not abroad \
                    and prev_para == para \
                    and not _sent_test(sent_tests, "scope", _SCOPE, sent) \
                    and not _sent_test(sent_tests, "countrywide", _COUNTRYWIDE, sent):
                # "In Y Region a car fell onto the ice near X on Saturday. Two fishermen from Z
                # drowned.": an event with no place of its own, right after a sentence that names
                # where it happened but tells no event, in the same paragraph, is there (not at
                # the last event told)
                specific = [m for m in prev_places if m.get("kind") in _SPECIFIC_KINDS]
                # (a settlement before a district: "в посёлке Долинка Абайского района. Там ..."
                # is the village, its district named only to place it)
                settled = [m for m in specific if m.get("kind") != "district"]
                cl_places = [dict((settled or specific or prev_places)[-1], _anaphor=True)]
            if not cl_places and strong and not agents_only and not places and not quants \
                    and not _sent_test(sent_tests, "countrywide", _COUNTRYWIDE, sent):
                # "A minibus overturned 80 km north of X. ... The road police of the Y
                # region said ...": the unit whose police or emergency service reports it
                ref = _jurisdiction(text, mentions, m_starts, s_start)
                if ref is not None:
                    cl_places = [dict(ref, _anaphor=True, _located=True)]
            if not cl_places and strong and not agents_only and not places and not quants and not same_mishap:
                # "на трассе, в двадцати километрах от Ерейментау, столкнулись ...": with no
                # other place, a settlement a few dozen kilometres away gives the unit
                ref = _near_reference(text, sent_mentions, c_start, c_end, s_start, why_not)
                if ref is not None:
                    cl_places = [dict(ref, _anaphor=True)]
            if not cl_places and strong and not agents_only and not places and not quants:
                # "опрокинулся на трассе Рудный – Качар": with only route endpoints, all in
                # one unit the text names as a region, that region
                ref = _endpoint_region(text, mentions, sent_mentions, c_start, c_end, s_start, why_not)
                if ref is not None:
                    # an event of its own on the road, not a unit-level report of another
                    cl_places = [dict(ref, _anaphor=True, _located=True)]
            if not cl_places and strong and not any(m.get("kind") == "foreign" for m in sent_mentions):
                # (an event abroad, "В Китае произошло землетрясение", is no event of the main unit)
                unplaced.append((s_start, s_end, strong[0]))
            # a region named together with places inside it is their container;
            # a facility or city district named with its city is part of the city's event
            if any(m.get("_employer") for m in cl_places) and not all(m.get("_employer") for m in cl_places):
                # the workplace of the people is not a site when the clause names where they acted
                # (dropped first: a region then stands for the event rather than containing it)
                cl_places = [m for m in cl_places if not m.get("_employer")]
            specific = {m["adm1"] for m in cl_places if m.get("kind") in _SPECIFIC_KINDS}
            cities: dict[str, list] = {}
            for m in cl_places:
                if m.get("kind") == "city":
                    cities.setdefault(m["adm1"], []).append(m)
            chosen = []
            host_index = None
            for m in cl_places:
                if m.get("kind") in _CONTAINER_KINDS and m["adm1"] in specific:
                    continue
                if m.get("kind") != "district":
                    host = None
                else:
                    if host_index is None:
                        host_index = _HostIndex(cl_places)
                    host = host_index.host(text, m)
                if host is not None:
                    alias[(m["adm1"], m.get("place"))] = (host["adm1"], host.get("place"))
                    host["_within"] = m.get("place")  # (the district the settlement lies in)
                    continue
                city = next((c for c in cities.get(m["adm1"], ()) if _inside_city(text, m, c)), None) \
                    if m.get("kind") in ("facility", "district") else None
                if city is not None:
                    alias[(m["adm1"], m.get("place"))] = (city["adm1"], city.get("place"))
                    continue
                chosen.append(m)
            if len(chosen) > 1 and any(h.type in _GATHERED for h in use) and _SPREAD.search(text, c_start, c_end):
                chosen = _spread_within_unit(text, chosen, alias)
            if len(chosen) > 1:
                chosen = _one_junction(text, chosen)
            if len(chosen) > 1:
                chosen = _one_per_nest(text, chosen, alias)
            if len(chosen) > 1 and len({h.type for h in use}) == 1 and use[0].type in _GATHERED:
                chosen = _one_scene(text, chosen, alias)
            c_dates = dates_of(c_start, c_end)
            if since and c_dates:
                c_dates = [d for d in c_dates if not _since(text, c_start, d)]
            c_precise = [d for d in c_dates if d.month is not None] or c_dates
            choose = _trigger_chooser(use) if chosen else None
            nearest_date = _Nearest(c_precise, _date_pos) if chosen and c_precise else None
            tail_targets: dict[tuple, list] = {}
            for m in chosen:
                pos = m["start"] - s_start
                h = choose(pos)
                if m.get("_residence") and h.type in _NOT_AT_HOME:
                    continue
                if m.get("_residence") and h.type in _GATHERED and (h.agent or _crowd_from(m, h, chosen, use, s_start)):
                    # "residents of X gathered outside the akimat in Y": one protest, at Y; "many strikers
                    # live in X": where the people of a protest live, no protest there
                    continue
                if restates and h.start < restates and any(
                        c["start"] < s_start and c["type"] == h.type and c["m"].get("adm1") == m.get("adm1") for c in cands):
                    continue  # "The protest took place in the shift camp": the protest just told, not a new one
                if c_precise:
                    d = nearest_date(m["start"] - c_start)
                elif precise:
                    d = precise[0]
                elif found:
                    d = found[0]
                else:
                    d = para_date.get(para)
                targets = [None]
                if h.type in _TARGET_TYPES:
                    listed = len(chosen) == 1 and h.type in ("attack", "seizure", "arson")
                    key = (h.start, h.end, listed)
                    if key not in tail_targets:  # the same trigger has the same targets
                        tail_targets[key] = _targets(sent[h.end:c_end - s_start] if c_end > s_start + h.end else "",
                                                     listed=listed)
                    t = tail_targets[key]
                    if not t:  # "seven weapons stores were seized": the targets before a passive verb
                        t = _passive_targets(sent, max(c_start - s_start, h.start - 80), h.start, h.end)
                    if t:
                        targets = t
                members = _members_of(m, h) if targets == [None] and m.get("_members") else 1
                if opens is None:
                    opens = (bool(_ANOTHER.match(text, s_start, s_end)), _ANOTHER_EVENT.match(text, s_start, s_end) is not None)
                further, distinct = opens
                if members > 1:  # one event in each counted settlement
                    place = m.get("place")
                    for i in range(members):
                        cand = {
                            "m": dict(m, _site=True), "type": h.type, "weak": h.weak, "datekey": _datekey(d, h.type),
                            "date": (d.key if d else doc_date), "target": None, "place_key": (m["adm1"], f"{place} #{i + 1}"),
                            "start": s_start, "end": s_end, "order": len(cands), "headline": s_start == head_start,
                            "another": further,
                        }
                        cands.append(cand)
                        sent_cands.append(cand)
                    continue
                n_events = _counted_events(sent, h) if targets == [None] and m.get("kind") in ("region", "city", "district") else 1
                for tgt in targets:
                    cand = {
                        "m": m, "type": h.type, "weak": h.weak, "datekey": _datekey(d, h.type),
                        "date": (d.key if d else doc_date), "target": tgt,
                        "start": s_start, "end": s_end, "order": len(cands), "headline": s_start == head_start,
                        "another": distinct or further,
                    }
                    if distinct and m.get("kind") in ("city", "village", "facility"):
                        # "Another fire destroyed a warehouse in Taraz": not the fire told there before
                        cand["place_key"] = (m["adm1"], f"{m.get('place')} @{s_start}")
                        cand["distinct"] = True
                    if cand["another"] and h.type == "fire" and not _WILDFIRE_BACK.search(sent):
                        cand["fresh"] = True  # a fire of its own, not the wildfire reaching a place
                    if h.type == "fire" and _BUILDING_FIRE.search(sent) and not _WILDFIRE_BACK.search(sent):
                        cand["building"] = True  # "a fire destroyed a warehouse": no grass fire, even in a wildfire story
                    if n_events > 1:
                        cand["n"] = n_events
                    cands.append(cand)
                    sent_cands.append(cand)
            for q in cl_quants:
                if _listed_or_located(text[q["end"]: q["end"] + 30]):
                    continue  # members listed or located
                if re.search(r"\w\s+(?:region|oblast|district|област\w*|облыс\w*|район\w*|аудан\w*)\b", q.get("text") or "", re.I) and \
                        re.search(r"(?:^|\s)[A-ZА-ЯӘІҢҒҮҰҚӨҺ]", _LEAD_NUM.sub("", q.get("text") or "", count=1)):
                    continue  # "two Zhambyl region districts", "several villages of Taiynsha district",
                    # "Бейнеу ауданының 12 ауылы": inside a named unit
                if _IN_NAMED_UNIT.search(text[max(s_start, q["start"] - 40): q["start"]]) or \
                        _in_unit_told(text, q["start"], q["end"], cl_places):
                    continue  # "Қостанай облысының бірнеше ауданында": inside a named unit
                if raw_words is None:
                    raw_words = _RawWords(sent, hits_all)
                if raw_words.denied(q["start"] - s_start):
                    continue  # the nearest event word is a plan or a denial
                hq = _nearest(strong or use, q["start"] - s_start)
                if _measure_scope(sent, hq, q["start"] - s_start):
                    continue  # an official measure or warning over several units
                scopes.append({"label": q.get("text") or q.get("place"), "count": q.get("count"),
                               "m": q, "type": hq.type, "start": s_start, "end": s_end})
            for sm in _SCOPE.finditer(clause):
                a = c_start + sm.start()
                if any(q["start"] <= a < q["end"] for q in sent_mentions):
                    continue
                if _listed_or_located(text[c_start + sm.end(): c_start + sm.end() + 30]) or \
                        _IN_NAMED_UNIT.search(text[max(s_start, a - 40): a]) or \
                        _in_unit_told(text, a, c_start + sm.end(), cl_places):
                    continue
                if raw_words is None:
                    raw_words = _RawWords(sent, hits_all)
                if raw_words.denied(a - s_start):
                    continue  # the nearest event word is a plan or a denial
                hq = _nearest(strong or use, sm.start() + c_start - s_start)
                if _measure_scope(sent, hq, a - s_start):
                    continue  # "a state of emergency remains in force in ten regions"
                label = sm.group(0)
                if re.search(r"points?|точк|sites?|locations?|places?", label, re.I) and FAMILY.get(hq.type) != "violence":
                    continue  # "five points" of an earthquake is an intensity
                scopes.append({"label": label, "count": _scope_count(label), "m": None,
                               "type": hq.type, "start": s_start, "end": s_end})
        if scopes and sent_cands:
            # "Подтоплены несколько сёл, сильнее всего пострадали X и Y": villages hit by
            # a flood, storm or earthquake whose named sites the sentence gives are those
            # sites' units, not an unattributed statement
            sites = {c["type"] for c in sent_cands if not c["weak"]}
            scopes = [sc for sc in scopes if not (
                sc["start"] == s_start and sc["m"] is not None and sc["type"] in AREA_WIDE and sc["type"] in sites
                and _VILLAGES.search(str(sc["label"])) and not _OTHER_UNITS.search(str(sc["label"])))]
        if len(scopes) > 1:
            # "В ряде районов без света остались около 40 сёл": villages counted inside units the
            # same sentence counts are one statement, the units'
            mine = [sc for sc in scopes if sc["start"] == s_start]
            if any(_UNITS_WORD.search(str(sc["label"])) for sc in mine):
                scopes = [sc for sc in scopes if not (sc["start"] == s_start and _VILLAGES.search(str(sc["label"]))
                                                      and not _UNITS_WORD.search(str(sc["label"])))]
        if precise:
            para_date[para] = precise[-1]
        if any(v is not None for v in figs.values()):
            if sent_cands:
                sent_cands[0].setdefault("figs", []).append(figs)
            elif suspect_of is not None:
                # "Police in Kokshetau arrested two men suspected of arson": the detentions of
                # the event told, not a count of its own
                suspect_of.setdefault("figs", []).append(figs)
            elif prev_cands and not places and not quants and len({_place_key(c) for c in prev_cands}) == 1 \
                    and not _COUNTRYWIDE.search(sent) \
                    and all(h.type == prev_cands[-1]["type"] for h in hits_all if not h.weak and not h.agent):
                # "... two lorries collided. Three people died.": the toll of the event just told
                prev_cands[-1].setdefault("figs", []).append(figs)
            else:
                loose_figs.append((s_start, s_end, figs, (hits_all[0].type if hits_all else "other")))
        last_place.extend(places)
        prev_cands = sent_cands
        # (a sentence with an event word of its own, even one that is no new event, is no scene)
        prev_places, prev_para = ([] if any(not h.weak for h in hits_all) else places), para

    # a document that reports events but never in the same clause as a place: the
    # events are tied to its main unit (the unit of most eligible place mentions, at
    # least two or one in the headline), at the first place named in it
    if not cands and unplaced and last_place:
        tally: dict[str, list] = {}
        for m in last_place:
            tally.setdefault(m["adm1"], []).append(m)
        best = max(tally.values(), key=lambda ms: (len(ms), -ms[0]["start"]))
        s0, e0, h0 = unplaced[0]
        headline_end = spans[0][1] if spans else 0
        if len(best) >= 2 or best[0]["start"] < headline_end:
            cands.append({"m": dict(best[0], _anaphor=True), "type": h0.type, "weak": False, "datekey": None,
                          "date": doc_date, "target": None, "start": s0, "end": e0, "order": 0})

    # a facility named after a settlement of the same unit ("Shetpe railway station")
    # is that settlement's place; the settlement's name as the text spells it counts too
    # ("the Zhetybai field ... the village of Zhetybai", a village the gazetteer spells Zhetybay)
    settlements = {(m["adm1"], name, m["place"]) for m in mentions
                   if m.get("kind") in ("city", "village") and m.get("adm1") and m.get("place")
                   for name in {m["place"], m.get("text") or m["place"]}}
    for c in cands:
        m = c["m"]
        if m.get("kind") == "facility" and m.get("place"):
            for adm, name, place in settlements:
                if adm == m["adm1"] and m["place"] != place and re.match(re.escape(name) + r"\b", m["place"]):
                    alias.setdefault((adm, m["place"]), (adm, place))
    for c in cands:
        key = (c["m"]["adm1"], c["m"].get("place"))
        if key in alias and not c.get("distinct"):
            c["place_key"] = alias[key]
    records = _dedup(cands, doc, doc_date, wide_fire=bool(WILDFIRE.search(text)))
    records += _scope_records(scopes, doc, doc_date)
    if loose_figs:
        agg = {k: None for k in ("killed", "injured", "detained")}
        for _, _, f, _ in loose_figs:
            for k, v in f.items():
                if v is not None and (agg[k] is None or v > agg[k]):
                    agg[k] = v
        # a figure already on one of the document's incidents is the same figure told again
        for k in agg:
            if agg[k] is not None and any(r[k] is not None and r[k] >= agg[k] and _near_doc_date(str(r["date"]), doc_date)
                                          for r in records):
                agg[k] = None
    if loose_figs and any(v is not None for v in agg.values()):
        target = next((r for r in records if r["adm1"] is None and r["scope"]), None)
        if target is not None:
            for k, v in agg.items():
                if v is not None and (target[k] is None or v > target[k]):
                    target[k] = v
        else:
            s0, e0, _, typ = loose_figs[0]
            rec = _record(doc, doc_date, None, typ, doc_date, s0, e0, text, scope=None, count=None)
            rec.update(agg)
            rec["confidence"] = 0.5
            records.append(rec)
    records.sort(key=lambda r: (r["start"], r["mention_start"] if r["mention_start"] is not None else -1,
                                r["adm1"] or "", r["place"] or "", r["type"]))
    return records


#: Totals for the whole country or for everything told so far.
_COUNTRYWIDE = re.compile(
    r"\b(?:nationwide|across\s+the\s+country|in\s+the\s+country|in\s+total|in\s+all|altogether|overall)\b|"
    r"(?<![\w])(?:по\s+(?:всей\s+)?стране|в\s+стране|по\s+республике|всего|в\s+общей\s+сложности|"
    r"елімізде|ел\s+бойынша|республика\s+бойынша|барлығы|жалпы)(?![\w])",
    re.I,
)


# ---------------------------------------------------------------- frames

def _iter_docs(docs) -> Iterator[Document]:
    import os

    if isinstance(docs, (str, os.PathLike)) and not isinstance(docs, Document):
        if isinstance(docs, str) and ("\n" in docs or not os.path.exists(docs)):
            yield Document.coerce(docs, 0)
            return
        from .inputs import iter_documents

        yield from iter_documents([docs])
        return
    if isinstance(docs, (list, tuple)) and docs and all(isinstance(d, os.PathLike) for d in docs):
        from .inputs import iter_documents

        yield from iter_documents(list(docs))
        return
    for i, d in enumerate(docs):
        yield Document.coerce(d, i)


#: Column types of an incidents frame (see :func:`to_frame`).
INT_COLUMNS = ("start", "end", "count", "killed", "injured", "detained", "mention_start", "mention_end")
FLOAT_COLUMNS = ("lat", "lon", "confidence")


def _column(name: str, values: list):
    import pandas as pd

    if name in INT_COLUMNS:
        return pd.Series(pd.array([None if v is None or v != v else int(v) for v in values], dtype="Int64"))
    if name in FLOAT_COLUMNS:
        return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").astype("float64")
    # a Series of dtype object stays object (an object array would be inferred as strings)
    return pd.Series([None if v is None or (isinstance(v, float) and v != v) else v for v in values], dtype=object)


def empty_frame():
    """An incidents frame with no rows and the right columns and dtypes (see :func:`to_frame`)."""
    return to_frame([])


def to_frame(records: Iterable[dict]):
    """The incident records as a pandas DataFrame with the ``COLUMNS`` columns, in order.

    Column types are the same whatever the values, even with no rows or a column
    that is missing everywhere:

    * counts and offsets (``INT_COLUMNS``: start, end, count, killed, injured,
      detained, mention_start, mention_end): nullable ``Int64``, missing = ``<NA>``;
    * coordinates and confidence (``FLOAT_COLUMNS``): ``float64``, missing = NaN;
    * everything else (doc, adm1, adm1_iso, place, type, date, evidence, scope,
      kind, doc_date, url, title): ``object`` holding ``str``, missing = ``None``.

    Keys of a record outside ``COLUMNS`` are left out.
    """
    import pandas as pd

    rows = list(records)
    return pd.DataFrame({c: _column(c, [r.get(c) for r in rows]) for c in COLUMNS},
                        index=pd.RangeIndex(len(rows)))


def incidents_frame(docs, as_of=None, jobs=1, engine="local", scheduler=None):
    """Incidents of every document as a pandas DataFrame (see :func:`to_frame`).

    ``docs``: a path as on the command line (file, directory), a list of paths,
    texts, dicts or :class:`~geomap.documents.Document`. The documents are read
    lazily and streamed through :func:`geomap.engine.map_documents` (``jobs``
    worker processes, or the ``dask`` ``engine`` at ``scheduler``), so only the
    incident records are held, in the input order.
    """
    import functools

    from .engine import incidents_task, map_documents, warm

    task = functools.partial(incidents_task, as_of=as_of)
    records: list[dict] = []
    for found in map_documents(task, _iter_docs(docs), jobs=jobs or 1, engine=engine, scheduler=scheduler,
                               initializer=warm):
        records.extend(found)
    return to_frame(records)


#: the people taking part in something, when that something may be no protest
_PARTICIPANTS = re.compile(r"(?i)participants|участник|қатысушы")
#: gatherings that are no protest: races, tours, expeditions, festivals, contests, forums
_NOT_PROTEST_EVENT = re.compile(
    r"(?i)(?<![\w-])(?:автопробег|велопробег|пробег|марафон|ралли|экспедици|соревновани|турнир|фестивал|конкурс|олимпиад"
    r"|форум|конференци|слёт|слет|marathon|race|expedition|tour|festival|contest|competition|tournament|forum|conference"
    r"|жарыс|байқау|сайыс|автошеру)\w*")  # (Kazakh; марафон, турнир, экспедиция as in Russian)
#: words of a protest: with one of them the participants may still be protesters
_PROTEST_WORD = re.compile(
    r"(?i)(?<![\w-])(?:протест|митинг|пикет|забастов|голодовк|шеству|protest|strike|picket|march|demonstrat|rally|rallies"
    r"|наразылық|ереуіл|шеру|аштық)\w*")


def _doc_gathering(text: str) -> bool:
    """Whether ``text`` tells of a race, a tour, an expedition or a festival and of no protest."""
    return _NOT_PROTEST_EVENT.search(text) is not None and _PROTEST_WORD.search(text) is None

