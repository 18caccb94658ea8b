"""Listed and counted targets of an attack or a seizure ("seven weapons stores as well as the
office"): each target is an event of its own."""

from __future__ import annotations

import re

from .figures import parse_number


_TARGET_NOUNS = (
    r"(?:weapons?\s+|gun\s+|arms\s+)?(?:stores?|shops?|buildings?|offices?|banks?|departments?|units?|stations?|"
    r"camps?|akimats?|headquarters|bases?|depots?|checkpoints?|posts?|barracks|warehouses?|"
    r"зданий|здания|здание|отдел\w*|управлени\w*|магазин\w*|департамент\w*|акимат\w*|офис\w*|гостиниц\w*|отел[ьяюе]\w*|"
    r"банк\w*|склад\w*|кафе|ресторан\w*|торгов\w*\s+центр\w*|автосалон\w*|hotels?|restaurants?|cafes?|"
    r"кеңсе\w*|қонақ\s+үй\w*|дүкен\w*|мейрамхана\w*|pharmac(?:y|ies)|аптек\w*|дәріхана\w*)"
)
_NUM_WORD = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)"
_NUM_TARGETS = re.compile(rf"(?<![\w,.]){_NUM_WORD}\s+(?:[\w-]+\s+){{0,2}}?{_TARGET_NOUNS}\b", re.I)
_MORE_TARGET = re.compile(
    rf"(?:\bas\s+well\s+as|,\s+and|\band|а\s+также)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{_TARGET_NOUNS}\b", re.I
)
_TARGET_TYPES = {"attack", "seizure", "shooting", "riot", "arson"}


_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|а\s+также\s+|и\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+и\s+|\s+а\s+также\s+|\s+және\s+)\s*", re.I)
_TARGET_WORD = re.compile(
    _TARGET_NOUNS + r"|\b(?:court|branch|prosecutor'?s?|city\s+hall|town\s+hall|филиал\w*|суд\w*|прокуратур\w*|"
    r"building|ғимарат\w*|әкімдік\w*|бөлім\w*|прокуратура\w*)",
    re.I,
)


_NUM_TARGET_NEAR = re.compile(r"(?s:.){0,40}?(?P<at>" + _NUM_TARGETS.pattern + ")", re.I)
_LONG_TAIL = 400


def _num_target(tail: str):
    """``_NUM_TARGETS.search(tail)`` when it starts within 40 characters, else None."""
    if len(tail) <= _LONG_TAIL:
        m = _NUM_TARGETS.search(tail)
        return m if m and m.start() <= 40 else None
    near = _NUM_TARGET_NEAR.match(tail)  # the first position up to 40 where it matches
    return _NUM_TARGETS.match(tail, near.start("at")) if near else None


def _more_targets(tail: str, end: int):
    """The ``_MORE_TARGET`` matches after ``end``, as ``finditer`` finds them, while
    they start within 60 characters of ``end``."""
    if len(tail) <= _LONG_TAIL:
        for extra in _MORE_TARGET.finditer(tail, end):
            if extra.start() - end > 60:
                return
            yield extra
        return
    pos, limit = end, end + 60
    while True:
        extra = None
        for k in range(pos, min(limit, len(tail)) + 1):  # finditer's next match, if it starts in time
            extra = _MORE_TARGET.match(tail, k)
            if extra is not None:
                break
        if extra is None:
            return
        yield extra
        pos = extra.end()


def _list_items(tail: str, start: int, most: int) -> list[str] | None:
    """The non-empty items of ``_LIST_SPLIT.split(tail[start:])`` (stripped), or None
    as soon as there are more than ``most``."""
    items: list[str] = []
    pos = start
    for sep in _LIST_SPLIT.finditer(tail, start):
        item = tail[pos:sep.start()].strip(" .;«»\"")
        if item:
            items.append(item)
            if len(items) > most:
                return None
        pos = sep.end()
    item = tail[pos:].strip(" .;«»\"")
    if item:
        items.append(item)
    return items if len(items) <= most else None


_PASSIVE_TARGETS = re.compile(
    rf"(?<![\w,.]){_NUM_WORD}\s+(?:[\w-]+\s+){{0,2}}?{_TARGET_NOUNS}\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?$",
    re.I)


_KK_NUM = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10}
_ITEM_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|" + "|".join(_KK_NUM) + ")"
#: Targets listed before the verb, with a number first: "two food shops and a pharmacy were
#: looted", "екі азық-түлік дүкені мен бір дәріхана тоналды" (Kazakh puts its verb last).
_LISTED_BEFORE = re.compile(
    rf"(?<![\w,.])(?P<n>{_ITEM_NUM})\s+(?:[\w-]+\s+){{0,2}}?{_TARGET_NOUNS}"
    rf"(?P<more>(?:\s*,\s*|\s+(?:and|мен|пен|бен|және)\s+)(?:{_ITEM_NUM}\s+)?(?:[\w-]+\s+){{0,2}}?{_TARGET_NOUNS})+"
    # (a Kazakh trigger may hold the last item and its verb: "... мен бір дәріхана тоналды")
    r"(?:\s+(?:(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?)?|\s+(?:тона|өрте|қират|басып)\w*(?:\s+\w+)?)$",
    re.I)
_MORE_ITEM = re.compile(rf"(?:\s*,\s*|\s+(?:and|мен|пен|бен|және)\s+)(?P<n>{_ITEM_NUM}\s+)?(?P<noun>(?:[\w-]+\s+){{0,2}}?{_TARGET_NOUNS})", re.I)


def _listed_before(sent: str, a: int, b: int) -> list[str]:
    """Labels of targets listed before the verb, each counted ("two shops and a pharmacy": three)."""
    m = _LISTED_BEFORE.search(sent, a, b)
    if not m:
        return []
    first = m.group("n").lower()
    n = _KK_NUM.get(first) or parse_number(first)
    if not n or not 1 <= n <= 20:
        return []
    head = m.group(0)[:m.start("more") - m.start()]
    noun = re.sub(r"^\S+\s+", "", head).lower()
    labels = [f"{noun} #{i + 1}" for i in range(n)]
    for item in _MORE_ITEM.finditer(m.group("more")):
        k = (item.group("n") or "").strip().lower()
        count = _KK_NUM.get(k) or (parse_number(k) if k and k not in ("a", "an") else 1) or 1
        labels.extend(f"{item.group('noun').strip().lower()} #{i + 1}" for i in range(min(count, 20)))
    return labels if 2 <= len(labels) <= 20 else []


def _passive_targets(sent: str, a: int, b: int, c: int | None = None) -> list[str]:
    """Labels of the targets a passive sentence names before its verb ("seven weapons
    stores were seized", "two shops and a pharmacy were looted", "екі дүкен мен бір дәріхана
    тоналды", read up to ``c``, the end of a Kazakh trigger that holds the last item): as many as
    the numbers say, or [] (one event)."""
    listed = _listed_before(sent, a, b) or (_listed_before(sent, a, c) if c is not None else [])
    if listed:
        return listed
    m = _PASSIVE_TARGETS.search(sent, a, b)
    if not m:
        return []
    n = parse_number(m.group(0).split()[0])
    if not n or not 2 <= n <= 20:
        return []
    noun = re.sub(r"\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?$", "", m.group(0), flags=re.I)
    noun = re.sub(r"^\S+\s+", "", noun).lower()
    return [f"{noun} #{i + 1}" for i in range(n)]


#: A target given with its own preposition, again for each ("у здания ОВД и у департамента КНБ",
#: "outside the akimat and at the police department").
_AT_TARGET = re.compile(
    rf"(?:^|\s*,?\s+(?:и|and)|\s*,)\s*(?:у|возле|около|at|outside|near)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?{_TARGET_NOUNS}(?![\w-])",
    re.I)


def _at_targets(tail: str) -> list[str]:
    """The targets of a list whose every item repeats its preposition, when there are two or more."""
    first = _AT_TARGET.match(tail)
    if first is None:
        return []
    found, end = [first], first.end()
    while True:
        nxt = _AT_TARGET.search(tail, end, end + 100)
        if nxt is None or not nxt.group(0).lstrip().startswith((",", "и", "and", "И", "And")):
            break
        found.append(nxt)
        end = nxt.end()
    if len(found) < 2:
        return []
    return [re.sub(r"^[\s,]*(?:(?:и|and)\s+)?", "", f.group(0), flags=re.I).lower() for f in found]


def _targets(tail: str, listed: bool = False) -> list[str]:
    """Labels of the separately listed targets right after a trigger, or [] (one event).

    Three forms count: a small number with a target noun ("seven weapons stores as well
    as the office of ...", "two gun shops and a military unit"), a list after a colon
    whose items are buildings or offices ("...зданий: здание акимата, филиал партии и
    здание суда") and, with ``listed``, a plain list of buildings or offices right
    after the event word ("attacked the akimat, the police department and the
    prosecutor's office").
    """
    # (a long tail is read only as far as the rules look: the first number within
    # 40 characters, further targets within 60 characters of it, a colon within 80)
    m = _num_target(tail)
    if m:
        n = parse_number(m.group(0).split()[0])
        if n and 2 <= n <= 20:
            noun = re.sub(r"^\S+\s+", "", m.group(0)).lower()
            labels = [f"{noun} #{i + 1}" for i in range(n)]
            for extra in _more_targets(tail, m.end()):
                labels.append(re.sub(r"^(?:as\s+well\s+as|,\s+and|and|а\s+также)\s+", "", extra.group(0).strip(),
                                     flags=re.I).lower())
            return labels
    at = _at_targets(tail)
    if at:
        return at
    colon = tail.find(":", 0, 81)
    if colon >= 0:
        items = _list_items(tail, colon + 1, 12)
        if items is not None and 2 <= len(items) <= 12 and sum(bool(_TARGET_WORD.search(i)) for i in items) >= 2:
            return [i.lower() for i in items]
    if listed:
        head = re.match(r"^\s*(?:on|at|against|на|по)?\s*", tail, re.I)
        body = re.split(r"\s+(?:in|at|near|on|в|во)\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]|[.;:]", tail[head.end():], maxsplit=1)[0]
        items = [i.strip(" «»\"") for i in _LIST_SPLIT.split(body) if i.strip(" «»\"")]
        run = []
        for item in items:
            if not _TARGET_WORD.search(item) or len(item.split()) > 6:
                break
            run.append(item.lower())
        if 2 <= len(run) <= 12 and len(run) == len(items):
            return run
    return []

