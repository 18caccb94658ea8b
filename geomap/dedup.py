"""Events from candidate incidents (step 5 of :mod:`geomap.events`): one per place, family, date
and target; disasters one per unit and date; and the records they become."""

from __future__ import annotations

import datetime as _dt
import re

from .documents import Document


_SPECIFIC_KINDS = ("city", "village", "district", "facility")
#: A place a headline gives only as a reference point: "near Pavlodar", "под Карагандой",
#: "Қарағанды маңында".
_NEAR_BEFORE = re.compile(r"(?:\bnear|\boutside|\bпод|\bвблизи|\bнедалеко\s+от|\bоколо)\s+$", re.I)
_NEAR_AFTER = re.compile(r"\w*\s+(?:маңы|іргесі|түбі)", re.I)


def _near_point(text: str, m: dict) -> bool:
    start, end = m.get("start"), m.get("end")
    return start is not None and bool(_NEAR_BEFORE.search(text, max(0, start - 20), start)
                                      or _NEAR_AFTER.match(text, end))


def _place_key(c: dict) -> tuple:
    return c.get("place_key", (c["m"]["adm1"], c["m"].get("place")))


def _record(doc, doc_date, m, typ, date, start, end, text, scope=None, count=None) -> dict:
    return {
        "doc": doc.id,
        "adm1": m.get("adm1") if m else None,
        "adm1_iso": m.get("adm1_iso") if m else None,
        "place": m.get("place") if m else None,
        "type": typ,
        "date": date,
        "start": start,
        "end": end,
        "evidence": text[start:end],
        "scope": scope,
        "count": count,
        "killed": None,
        "injured": None,
        "detained": None,
        "kind": m.get("kind") if m else None,
        "lat": m.get("lat") if m else None,
        "lon": m.get("lon") if m else None,
        "mention_start": m.get("start") if m else None,
        "mention_end": m.get("end") if m else None,
        "doc_date": doc_date,
        "url": doc.url,
        "title": doc.title,
        "confidence": None,
    }


#: Events of crowds: the detentions that follow them are counted apart. After any other
#: event (a blast, a poisoning, a shooting) a detention with no place of its own is that
#: of its suspect, part of the event.
#: Words for a mishap of any kind ("an accident", deaths): a record of a unit told with them
#: may sum up the events the text then places.
_GENERIC_TYPES = {"accident", "killing"}
_COLLECTIVE = {"protest", "riot", "clash", "seizure", "arrest"}


#: A crash and an accident: a headline may name the body's crash by what it did to people
_MISHAPS = frozenset(["crash", "accident"])


def _same_mishap(types: set, ev: list[dict]) -> bool:
    """True when ``ev`` has one of ``types``, or is a generic accident placed only by a
    reference point while ``types`` holds a crash ("Апат Көкшетаудан 12 шақырым жерде
    болды" after the collision told in a district)."""
    other = {c["type"] for c in ev}
    if types & other:
        return True
    return "crash" in types and any(c["type"] == "accident" and c["m"].get("_anaphor") for c in ev)


def _brought_in(ev: list[dict]) -> bool:
    """Whether the text brings the event in as a further one ("Hours earlier ...", "On the
    same night ...", "Separately, ..."): its first sentence says so."""
    return bool(min(ev, key=lambda c: c["order"]).get("another"))


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


_AREA = "*area*"  # the place key of an area-wide disaster, followed by its type


def _water_placed(m: dict) -> bool:
    """A river, lake or reservoir that has a unit only from the places around it ("на реке Или
    перевернулась лодка" in a text about Almaty Region): where on it the text goes on to say (a
    village on its bank) is the same mishap's place."""
    return m.get("kind") == "facility" and bool(m.get("_located")) and bool(m.get("_anaphor"))


def _is_area(key) -> bool:
    return isinstance(key, str) and key.startswith(_AREA)

#: Disasters that cover an area: one event per unit and date, whichever places the
#: text names for them. Any other disaster (a fire, a blast, a crash, an accident)
#: is one event per place and date.
AREA_WIDE = {"flood", "earthquake", "storm"}

#: Event families used for deduplication. Violent events at one place and date
#: (riot, clash, attack, shooting, seizure, arson) are one event unless the text
#: lists separate targets; a disaster (fire, explosion, flood, earthquake, crash,
#: accident, deaths) is one event per unit and date, whichever places the text
#: names for it, and joins a violent event of the same unit and date.
FAMILY = {
    "protest": "protest", "arrest": "arrest",
    "riot": "violence", "clash": "violence", "attack": "violence", "shooting": "violence",
    "seizure": "violence", "arson": "violence",
    "fire": "disaster", "explosion": "disaster", "flood": "disaster", "earthquake": "disaster",
    "crash": "disaster", "accident": "disaster", "storm": "disaster", "killing": "disaster", "other": "other",
}


_GATHERING = frozenset(["protest", "arrest", "violence"])  # (families of what one crowd gives rise to)
_ARMED = frozenset(["attack", "shooting"])  # (an attack told by its shots)


def _near_doc_date(key: str, doc_date) -> bool:
    """True when a (possibly partial) date key lies within a month before or after the document date."""
    if not doc_date:
        return True
    ref = _dt.date.fromisoformat(doc_date[:10])
    parts = [int(x) for x in key.split("-")]
    if len(parts) == 3:
        try:
            return abs((_dt.date(*parts) - ref).days) <= 31
        except ValueError:
            return False
    if len(parts) == 2:
        return (parts[0] * 12 + parts[1]) - (ref.year * 12 + ref.month) in (-1, 0, 1)
    return parts[0] == ref.year


def _group_by_date(items: list[dict], doc_date=None, days: int = 0) -> list[list[dict]]:
    """Split candidates into events by explicit date (``days``: full dates at most that many
    days apart are one event too).

    An undated mention is about the news of the day: it joins the first event dated
    within a month of the document, or else makes the document-date event."""
    events: list[list[dict]] = []
    dated = sorted((c for c in items if c["datekey"]), key=lambda c: (-len(c["datekey"]), c["order"]))
    for c in dated:
        for ev in events:
            if _compatible(ev[0]["datekey"], c["datekey"]) or (days and _days_apart(ev[0]["datekey"], c["datekey"]) <= days):
                ev.append(c)
                break
        else:
            events.append([c])
    undated = [c for c in items if not c["datekey"]]
    if undated:
        recent = [ev for ev in events if _near_doc_date(ev[0]["datekey"], doc_date)]
        if recent:
            first = min(recent, key=lambda ev: min(x["order"] for x in ev))
            first.extend(undated)
        else:
            events.append(undated)
    return events


def _days_apart(a: str, b: str) -> int:
    """Days between two full date keys (a large number when either is partial)."""
    if len(a) != 10 or len(b) != 10:
        return 1 << 30
    try:
        return abs((_dt.date.fromisoformat(a) - _dt.date.fromisoformat(b)).days)
    except ValueError:
        return 1 << 30


def _ev_date(ev: list[dict]) -> str | None:
    keys = sorted((c["datekey"] for c in ev if c["datekey"]), key=len, reverse=True)
    return keys[0] if keys else None


def _close_dates(a: str | None, b: str | None) -> bool:
    """True when two date keys may be the same event: one unknown, one a part of the
    other, or full dates a day apart (a headline written on the next day)."""
    if a is None or b is None or _compatible(a, b):
        return True
    return _days_apart(a, b) <= 1


#: a conjunction joining two places of a list ("в Бухар-Жырауском районе и на рынке «Береке»")
_AND = re.compile(r"(?<![\w-])(?:и|and|және|мен|бен|пен|также|as[ \u00a0]+well[ \u00a0]+as)(?![\w-])", re.I)


def _listed_apart(text: str, ev: list[dict], hev: list[dict], commas: bool = False) -> bool:
    """Whether a place of ``ev`` and one of ``hev`` are joined as items of a list (a conjunction
    between them, or with ``commas`` a comma), so two places of two events rather than one place
    within another."""
    for a in ev:
        for b in hev:
            ma, mb = a["m"], b["m"]
            lo, hi = (ma["end"], mb["start"]) if ma["start"] < mb["start"] else (mb["end"], ma["start"])
            if lo < hi and (_AND.search(text, lo, hi) or (commas and ("," in text[lo:hi] or ";" in text[lo:hi]))):
                return True
    return False


def _dedup(cands: list[dict], doc: Document, doc_date, wide_fire: bool = False) -> list[dict]:
    """One record per event (see ``FAMILY``)."""
    area_wide = AREA_WIDE | ({"fire"} if wide_fire else set())
    if doc_date and len(doc_date) >= 10:
        # an event dated days after the article ("обещают новый митинг в Атырау 21 мая" in an
        # article of April 30) is announced or planned: it has not happened
        cands = [c for c in cands if not (c["datekey"] and len(c["datekey"]) == 10
                                          and c["datekey"] > doc_date[:10] and _days_apart(c["datekey"], doc_date[:10]) > 1)]
    strong_units = {c["m"]["adm1"] for c in cands if not c["weak"]}
    cands = [c for c in cands if not (c["weak"] and c["m"]["adm1"] in strong_units)]
    groups: dict[tuple, list[dict]] = {}
    for c in cands:
        fam = FAMILY.get(c["type"], "other")
        if fam == "disaster" and c["type"] in area_wide and not (
                c["type"] == "fire" and (c.get("another") or c.get("building")) and
                (c["m"].get("kind") in ("city", "facility") or (c["m"].get("kind") == "village" and c.get("fresh")))):
            # (a fire a wildfire text brings in as a further event in a town or at a facility,
            # "В тот же день в самом Семее загорелся склад", or in a village with no word of the
            # wildfire reaching it, is a fire of its own)
            # one flood, one earthquake, one storm per unit: different disasters stay apart
            key = (c["m"]["adm1"], _AREA + c["type"], fam, None)
        elif fam == "disaster" and (c["weak"] or c["m"].get("_nearby") or
                                    (c["m"].get("kind") not in _SPECIFIC_KINDS and not c["m"].get("_site"))):
            key = (c["m"]["adm1"], None, fam, None)
        elif fam == "disaster":
            key = c.get("place_key", (c["m"]["adm1"], c["m"].get("place"))) + (fam, None)
        else:
            key = c.get("place_key", (c["m"]["adm1"], c["m"].get("place"))) + (fam, c["target"])
        groups.setdefault(key, []).append(c)
    events: list[tuple[tuple, list[dict]]] = []
    for key, items in groups.items():
        # an area disaster told over several days of a month ("rising on Tuesday", "a dam
        # breached on Wednesday") is one disaster of the unit
        for ev in _group_by_date(items, doc_date, days=31 if _is_area(key[1]) else 0):
            events.append((key, ev))
    # two kinds of area disaster told in one sentence of one unit ("a storm brought rain
    # that flooded X") are one event
    area_at: dict[tuple, tuple] = {}
    merged_events = []
    for k, ev in events:
        if _is_area(k[1]):
            host = next((area_at[(k[0], c["start"])] for c in ev if (k[0], c["start"]) in area_at), None)
            if host is not None and host[0] != k and _close_dates(_ev_date(ev), _ev_date(host[1])):
                host[1].extend(ev)
                continue
            for c in ev:
                area_at.setdefault((k[0], c["start"]), (k, ev))
        merged_events.append((k, ev))
    events = merged_events
    # an event told without its targets joins the same place's listed targets
    targeted = {}
    for k, ev in events:
        if k[3] is not None:
            targeted.setdefault(k[:3], ev)
    merged_events = []
    for k, ev in events:
        host = targeted.get(k[:3]) if k[3] is None else None
        if host is not None and (_ev_date(ev) is None or (_ev_date(host) is not None and _compatible(_ev_date(ev), _ev_date(host)))):
            host.extend(ev)
            continue
        merged_events.append((k, ev))
    events = merged_events
    # a protest or a crime told at a works or a district and at another place of the same unit in
    # the same sentence, with no conjunction between them, is one event ("Теңіз кен орнында ...
    # жұмысшысы Жылыой ауданы әкімдігінің алдына жиналды": the workers of the field, at the akimat)
    merged_events = []
    for k, ev in events:
        if k[2] != "disaster" and {c["m"].get("kind") for c in ev} <= {"facility", "district"} \
                and not any(c.get("headline") for c in ev):
            sents = {c["start"] for c in ev}
            places = {c["m"].get("place") for c in ev}
            same = [hev for hk, hev in merged_events if hk[0] == k[0] and hk[2] == k[2] and hk[3] == k[3]
                    and sents & {c["start"] for c in hev if not c.get("headline")}
                    # (not a count's copies of one place: "в двух сёлах Сайрамского района")
                    and not places & {c["m"].get("place") for c in hev}
                    and not _listed_apart(doc.text, ev, hev, commas=True)]
            if len(same) == 1:
                same[0].extend(ev)
                continue
        merged_events.append((k, ev))
    events = merged_events
    # a disaster at a facility or a district told apart from its settlement ("A fire
    # broke out at a market in Taraz. ... the blaze at the Central market") is the
    # settlement's event of the same type and a close date, when there is just one
    def _kinds(ev):
        return {c["m"].get("kind") for c in ev}

    merged_events = []
    absorbed: dict[int, dict] = {}  # per host event: the sentence starts of the places it took, and those places
    for k, ev in events:
        if k[2] == "disaster" and k[1] is not None and not _is_area(k[1]) and _kinds(ev) <= {"facility", "district"} \
                and not any(c["m"].get("_site") and not _water_placed(c["m"]) for c in ev):
            types = {c["type"] for c in ev}
            d = _ev_date(ev)
            water = all(_water_placed(c["m"]) for c in ev)
            own = {None, k[1]} | {c["m"].get("place") for c in ev}
            hosts = [hev for hk, hev in events if hk[0] == k[0] and hk[2] == "disaster" and hev is not ev
                     and hk[1] is not None and not _is_area(hk[1]) and _kinds(hev) & {"city", "village"}
                     and _same_mishap(types, hev) and _close_dates(d, _ev_date(hev))
                     # (not a settlement the text places in another district, nor one it
                     # brings in as a further event: "Hours earlier a minibus ... near the
                     # village of X in Y district")
                     and (water or not any(c["m"].get("_within") not in own for c in hev))
                     and (not (_brought_in(hev) or _brought_in(ev)) or {c["start"] for c in hev} & {c["start"] for c in ev}
                          or any(c["m"].get("_within") is not None and c["m"]["_within"] in own for c in hev))]
            if not hosts and _kinds(ev) in ({"facility"}, {"district"}) and not any(c.get("headline") for c in ev):
                # "in Katon-Karagay district ... a trench wall collapsed at the Berel mounds": a
                # facility and a district of one unit told in one sentence for one mishap are one
                # place, the facility within the district
                other = {"district"} if _kinds(ev) == {"facility"} else {"facility"}
                sents = {c["start"] for c in ev}  # (a headline may tell two events: "crane accident and derailment")
                same = [hev for hk, hev in merged_events if hk[0] == k[0] and hk[2] == "disaster" and hev is not ev
                        and hk[1] is not None and not _is_area(hk[1]) and _kinds(hev) == other
                        and types & {c["type"] for c in hev}
                        and sents & {c["start"] for c in hev if not c.get("headline")}
                        and not _listed_apart(doc.text, ev, hev)]
                if len(same) == 1:
                    same[0].extend(ev)
                    continue
            if not hosts and not any(c.get("headline") or c.get("another") for c in ev):
                # "A guide drowned on Monday ... in the Katon-Karagay National Park. The guide ... was
                # swept away 15 km upstream of Berel, in Katon-Karagay district": a mishap of the same
                # type, unit and date (or none) in the very next sentence, placed again by another
                # area, is the one just told
                first = min(c["start"] for c in ev)
                hosts = [hev for hk, hev in merged_events if hk[0] == k[0] and hk[2] == "disaster" and hev is not ev
                         and hk[1] is not None and not _is_area(hk[1]) and _kinds(hev) <= {"facility", "district"}
                         and types & {c["type"] for c in hev} and (d is None or d == _ev_date(hev))
                         # (two districts are two places: "в Бөрлі ауданында ... жарылыс. Шыңғырлау ауданында аусыл")
                         and not (_kinds(ev) == {"district"} and _kinds(hev) == {"district"})
                         and any(c["end"] <= first and not doc.text[c["end"]:first].strip() for c in hev)]
                if len(hosts) == 1:
                    hosts[0].extend(ev)
                    continue
                hosts = []
            if len(hosts) == 1:
                # two such places told in one sentence ("A warehouse burned in Alatau district,
                # and a cafe caught fire in Medeu district") are two events: the settlement's
                # event takes the first of them only
                sents = {c["start"] for c in ev}
                taken = absorbed.setdefault(id(hosts[0]), {})
                if not any(s in taken and taken[s] != k[1] for s in sents):
                    for s in sents:
                        taken.setdefault(s, k[1])
                    hosts[0].extend(ev)
                    continue
        merged_events.append((k, ev))
    events = merged_events
    # a disaster told only at unit level (a region, deaths with no event word), or
    # only in the headline, is one of the unit's placed disasters of a close date
    # (the same type first), when there are any
    placed = [(k, ev) for k, ev in events if k[2] == "disaster" and k[1] is not None
              and not all(c.get("headline") for c in ev)]
    merged_events = []
    for k, ev in events:
        if k[2] == "disaster" and (k[1] is None or all(c.get("headline") for c in ev)):
            d = _ev_date(ev)
            # (a back-reference, "after the accident" placed by the service reporting it,
            # lends no type of its own)
            types = {c["type"] for c in ev if not c["m"].get("_anaphor")} or {c["type"] for c in ev}
            pool = [hev for hk, hev in placed if hk[0] == k[0] and hev is not ev
                    and (_close_dates(d, _ev_date(hev)) if d is not None
                         else _ev_date(hev) is None or _near_doc_date(_ev_date(hev), doc_date))
                    and (not _is_area(hk[1]) or types & {c["type"] for c in hev})]
            if not pool and d is None and all(c.get("headline") for c in ev):
                # an undated headline over the one event of its type and unit the body dates long
                # before the article ("Bus driver jailed over Kordai crash" ... "hit a tanker near
                # Kordai on August 14"): a trial or an anniversary retells it
                same = [hev for hk, hev in placed if hk[0] == k[0] and hev is not ev and types & {c["type"] for c in hev}]
                if len(same) == 1:
                    pool = same
            # (an event placed only by its road or by the service reporting it joins just
            # an event of its own type)
            # (nor one of another type the text brings in as a further event: "On the same day ...")
            others = [hev for hev in pool if not all(c.get("another") for c in hev)]
            if d is None and all(c.get("headline") for c in ev) and doc_date:
                # (an undated headline tells the latest news: not an event of another type dated
                # days before the article, "On November 6 a boiler exploded in X")
                others = [hev for hev in others if _ev_date(hev) is None or len(_ev_date(hev)) < 10
                          or _days_apart(_ev_date(hev), doc_date[:10]) <= 3]
            if types - _GENERIC_TYPES and not any(c.get("headline") for c in ev):
                # (nor one of another type told after it at a named place: "a tanker exploded at a
                # mine, the department of X Region said. ... In Y a fire destroyed a house": a
                # record of a unit is no summary of the events the text goes on to place, unless
                # it is the headline)
                first = min(c["order"] for c in ev)
                others = [hev for hev in others if min(c["order"] for c in hev) < first]
            headline = all(c.get("headline") for c in ev)
            if headline and types - _GENERIC_TYPES and all(c["m"].get("kind") in ("city", "village") for c in ev):
                # (a headline's crash at a village is no summary of a fire the body tells in
                # another town: "автобус опрокинулся у Сарыозека, в Текели горел склад")
                own = {c["m"].get("place") for c in ev}
                others = [hev for hev in others if own & {c["m"].get("place") for c in hev}]
            host = next((hev for hev in pool if types & {c["type"] for c in hev}
                         # (a headline's drowning over the body's capsized boat: one mishap)
                         or (headline and types <= _MISHAPS and {c["type"] for c in hev} <= _MISHAPS)),
                        others[0] if others and not _is_area(k[1]) and not any(c["m"].get("_located") for c in ev) else None)
            if host is not None:
                host.extend(ev)
                continue
        merged_events.append((k, ev))
        if k[2] == "disaster" and k[1] is None:
            # "в области произошли три ДТП": a count of events told only at unit level, with no
            # placed event of the unit to hold them, is that many events
            n = max((c.get("n", 1) for c in ev), default=1)
            merged_events.extend((k, list(ev)) for _ in range(n - 1))
    # a disaster the body tells only at unit level ("In Karaganda region, eight cars collided near
    # the turn to Temirtau") is the one the headline places in that unit ("pile-up near Temirtau"),
    # when the headline has just one of its type there and the body no other
    heads = [(k, ev) for k, ev in merged_events if k[2] == "disaster" and all(c.get("headline") for c in ev)]
    if heads:
        keep = []
        for k, ev in merged_events:
            if k[2] == "disaster" and k[1] is None and not any(c.get("headline") for c in ev) \
                    and max((c.get("n", 1) for c in ev), default=1) == 1:
                types = {c["type"] for c in ev}
                same = [hev for hk, hev in heads if hk[0] == k[0] and types & {c["type"] for c in hev}]
                others = [oev for ok, oev in merged_events if ok[0] == k[0] and oev is not ev and ok[2] == "disaster"
                          and not all(c.get("headline") for c in oev) and types & {c["type"] for c in oev}]
                if len(same) == 1 and not others and _close_dates(_ev_date(ev), _ev_date(same[0])):
                    same[0].extend(ev)
                    continue
            keep.append((k, ev))
        merged_events = keep
    # "Three fires broke out in Almaty overnight": a count told at a town or a district is that
    # many events, less those the text places apart in the same unit ("Two fires broke out in
    # Almaty. A warehouse burned in Alatau district, and a cafe in Medeu district" is two)
    counted = []
    for k, ev in merged_events:
        n = max((c.get("n", 1) for c in ev), default=1)
        if n > 1 and k[2] == "disaster" and k[1] is not None and all(c["m"].get("kind") in ("city", "district") for c in ev):
            types = {c["type"] for c in ev}
            told = sum(1 for k2, ev2 in merged_events
                       if k2 != k and k2[0] == k[0] and k2[2] == "disaster" and types & {c["type"] for c in ev2})
            counted.extend((k, list(ev)) for _ in range(n - 1 - told))
    events = merged_events + counted
    # a protest or a violent event placed at the building of a region's authority ("у здания
    # акимата Западно-Казахстанской области") is the event the text places in a town of that
    # region, when there is just one of its family and a close date
    merged_events = []
    for k, ev in events:
        if k[2] != "disaster" and all(c["m"].get("_building") for c in ev):
            d = _ev_date(ev)
            near = [(hk, hev) for hk, hev in events if hev is not ev and hk[0] == k[0] and hk[2] != "disaster"
                    and not all(c["m"].get("_building") for c in hev) and _close_dates(d, _ev_date(hev))]
            # (its own family first; else the arrests or the clash of the same gathering)
            hosts = [hev for hk, hev in near if hk[2] == k[2]] or [hev for hk, hev in near if hk[2] in _GATHERING]
            if len(hosts) == 1:
                hosts[0].extend(dict(c, weak=True) for c in ev)
                continue
        merged_events.append((k, ev))
    events = merged_events
    # a protest or a violent event placed at a district or a facility of the town its own sentence
    # names ("В Караганде ... в общежитии колледжа в районе имени Казыбек би произошла драка") is
    # the town's event, when there is just one of its family there
    merged_events = []
    for k, ev in events:
        if k[2] != "disaster" and _kinds(ev) <= {"district", "facility"}:
            sents = {c["start"] for c in ev}
            hosts = [hev for hk, hev in events if hev is not ev and hk[0] == k[0] and hk[2] == k[2]
                     and _kinds(hev) & {"city", "village"} and sents & {c["start"] for c in hev}]
            if len(hosts) == 1:
                hosts[0].extend(ev)
                continue
        merged_events.append((k, ev))
    events = merged_events
    # a riot, a protest or an attack told only in the headline, placed by the town it happened
    # near ("Бунт в колонии под Карагандой"), is the body's event of the same type in that unit
    # ("заключённые колонии в посёлке Долинка устроили беспорядки")
    told = [(k, ev) for k, ev in events if k[2] != "disaster" and not all(c.get("headline") for c in ev)]
    merged_events = []
    for k, ev in events:
        if k[2] != "disaster" and all(c.get("headline") for c in ev):
            # (or by the town itself, when the body tells it at a part of a town: "Қонаевта ер адам
            # көршісін өлтірді" over "қаланың 4-шағынауданындағы ... ауласында")
            near = all(_near_point(doc.text, c["m"]) for c in ev)
            town = all(c["m"].get("kind") == "city" for c in ev)
            types, d = {c["type"] for c in ev}, _ev_date(ev)
            host = next((hev for hk, hev in told if hk[0] == k[0] and hk[2] == k[2]
                         and (near or (town and all(c["m"].get("kind") in ("district", "facility") for c in hev)))
                         and types & {c["type"] for c in hev} and _close_dates(d, _ev_date(hev))), None)
            if host is not None:
                host.extend(dict(c, weak=True) for c in ev)  # (the body's place names the record)
                continue
        merged_events.append((k, ev))
    events = merged_events
    # a protest or a violent event the body places only at its region ("the fight started ...,
    # according to the Mangystau police") is the event of its type the headline places in a town
    # of that region ("Mass brawl on Aqtau beach"), when there is just one at a close date
    merged_events = []
    for k, ev in events:
        if k[2] != "disaster" and all(c["m"].get("kind") == "region" and not c["m"].get("_building") for c in ev):
            types, d = {c["type"] for c in ev}, _ev_date(ev)
            # (and the other way round: a headline's attack in a region, "Браконьеры обстреляли
            # охотинспекторов в Джезказганской области", is the body's shooting in a district of it)
            head_only = all(c.get("headline") for c in ev)
            hosts = [hev for hk, hev in events if hev is not ev and hk[0] == k[0] and hk[2] == k[2]
                     and all(c["m"].get("kind") in _SPECIFIC_KINDS for c in hev)
                     and ((any(c.get("headline") for c in hev) and types & {c["type"] for c in hev})
                          or (head_only and types | {c["type"] for c in hev} <= _ARMED))
                     and _close_dates(d, _ev_date(hev))]
            if len(hosts) == 1:
                hosts[0].extend(dict(c, weak=True) for c in ev)
                continue
        merged_events.append((k, ev))
    events = merged_events
    # a disaster at the same unit and date as a violent event is part of it, and so
    # are arrests at the same place and date as a protest or a violent event
    violent = [(k, ev) for k, ev in events if k[2] == "violence"]
    gatherings = [(k, ev) for k, ev in events if k[2] in ("violence", "protest")]
    kept = []
    for key, ev in events:
        if key[2] == "arrest":
            d = _ev_date(ev)
            host = next((hev for hk, hev in gatherings if hk[:2] == key[:2]
                         and ((d is None and (_ev_date(hev) is None or _near_doc_date(_ev_date(hev), doc_date)))
                              or (d is not None and _ev_date(hev) is not None and _compatible(d, _ev_date(hev)))
                              or (d is not None and _ev_date(hev) is None and _near_doc_date(d, doc_date)))), None)
            if host is not None:
                host.extend(ev)
                continue
        if key[2] == "disaster":
            d = _ev_date(ev)
            host = next((vev for vk, vev in violent if vk[0] == key[0] and (key[1] is None or vk[1] == key[1])
                         and (d is None or _ev_date(vev) is None or _compatible(d, _ev_date(vev)))), None)
            if host is not None:
                host.extend(ev)
                continue
        kept.append((key, ev))
    out = []
    for key, ev in kept:
        ev.sort(key=lambda c: c["order"])
        c0 = next((c for c in ev if not c["weak"]), ev[0])
        rec = _record(doc, doc_date, c0["m"], c0["type"], c0["date"], c0["start"], c0["end"], doc.text)
        # the most precise date the text gives for the event, else the document date
        best = _ev_date(ev)
        rec["date"] = best if best else doc_date
        for c in ev:
            for f in c.get("figs", []):
                for k, v in f.items():
                    if v is not None and (rec[k] is None or v > rec[k]):
                        rec[k] = v
        conf = 0.8 if not c0["weak"] else 0.5
        if c0["m"].get("_anaphor"):
            conf -= 0.2
        rec["confidence"] = round(conf * float(c0["m"].get("confidence") or 1.0), 3)
        out.append(rec)
    return out


def _scope_records(scopes: list[dict], doc: Document, doc_date) -> list[dict]:
    seen: dict[str, dict] = {}
    for s in scopes:
        label = re.sub(r"\s+", " ", str(s["label"])).strip()
        k = label.lower()
        if k in seen:
            continue
        rec = _record(doc, doc_date, None, s["type"], doc_date, s["start"], s["end"], doc.text, scope=label,
                      count=s["count"])
        if s["m"] is not None:
            rec["mention_start"], rec["mention_end"] = s["m"]["start"], s["m"]["end"]
            rec["kind"] = "quantified"
        rec["confidence"] = 0.6
        seen[k] = rec
    return list(seen.values())

