"""Calendar dates in English, Russian and Kazakh text.

``find_dates(text, ref)`` returns the dates written in a span of text
("on January 5", "March 20, 2009", "5 января", "18 шілдеде", "December 2011",
"2022-01-05"), each resolved against the document's date ``ref``: a day and
month without a year take the year of ``ref``, or the year before when that
would put the date more than a month after the document (a January article
about "December 30"). Days named relative to the document ("yesterday", "on
Monday", "вчера", "в пятницу", "кеше", "сенбі күні") count back from ``ref``; a
weekday is the latest one on or before it ("last Monday": before it).

Pure logic, no I/O.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass

_EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Russian month stems (genitive "января", nominative "январь", prepositional "январе").
_RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма[йяе]": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
# Kazakh month names with any case suffix ("қаңтарда", "шілдеде").
_KK_MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}

_EN_ALT = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_RU_ALT = "|".join(_RU_MONTHS)
_KK_ALT = "|".join(_KK_MONTHS)

_YEAR = r"(?:1[89]\d\d|20\d\d)"

_PATTERNS = [
    # 2022-01-05
    ("iso", re.compile(rf"(?<!\d)({_YEAR})-(\d\d)-(\d\d)(?!\d)")),
    # January 5, 2022 / January 5 / Jan. 5 / Sept 19
    ("en_mdy", re.compile(
        rf"\b({_EN_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+({_YEAR}))?(?!\s*(?:km|kilo|points?|%))",
        re.I)),
    # 5 January 2022 / 5 January
    ("en_dmy", re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_ALT})\b\.?(?:,?\s+({_YEAR}))?", re.I)),
    # 5 января 2022 (года) / 5 қаңтар(да) 2022
    ("ru_dmy", re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_RU_ALT})[а-я]*(?:\s+({_YEAR}))?", re.I)),
    ("kk_dmy", re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_KK_ALT})[а-яәіңғүұқөһ]*(?:\s+({_YEAR}))?", re.I)),
    # 2022 жылғы 5 қаңтарда
    ("kk_ydm", re.compile(rf"({_YEAR})\s+жыл[а-яәіңғүұқөһ]*\s+(\d{{1,2}})\s+({_KK_ALT})", re.I)),
    ("kk_ym", re.compile(rf"({_YEAR})\s+жыл[а-яәіңғүұқөһ]*\s+({_KK_ALT})", re.I)),
    # December 2011 / декабре 2011 / in 2009 (month or year only)
    ("en_my", re.compile(rf"\b({_EN_ALT})\s+({_YEAR})\b", re.I)),
    ("ru_my", re.compile(rf"\b({_RU_ALT})[а-я]*\s+({_YEAR})", re.I)),
    # a month alone: "in January", "the January protests", "январских беспорядков", "қаңтар оқиғасы"
    ("en_m", re.compile(r"\b(?-i:January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+\d)")),
    ("en_may", re.compile(r"\b(?:in|since|early|late|mid-)\s*(?-i:May)\b(?!\s+\d)")),
    ("ru_m", re.compile(rf"(?<![\w])(?:{_RU_ALT})[а-я]*(?![\w])(?!\s+\d)", re.I)),
    ("kk_m", re.compile(rf"(?<![\w])(?:{_KK_ALT})(?:да|дағы|та|тағы|ы|і|ғы|гі)?(?![\w])(?!\s+\d)", re.I)),
    ("year", re.compile(rf"(?<![\d.,-])(?:in|of|since|в|до)\s+({_YEAR})(?:\s+(?:году|года|г\.))?(?![\d-])", re.I)),
    ("kk_year", re.compile(rf"(?<![\d.,-])({_YEAR})\s+жыл", re.I)),
    # the year before the article's: "last year", "в прошлом году", "былтыр", "өткен жылы"
    ("last_year", re.compile(r"\blast\s+year\b|(?<![\w])(?:в\s+прошлом\s+году|прошлогодн\w+|былтыр(?:ғы)?|өткен\s+жылы)(?![\w])", re.I)),
    # days named relative to the article: "yesterday", "on Monday", "вчера", "в пятницу", "кеше",
    # "сенбі күні" (only with a document date to count from)
    ("rel", re.compile(
        r"(?<![\w-])(?:(?P<off>the\s+day\s+before\s+yesterday|yesterday|today|позавчера|вчера|сегодня|кеше|бүгін)"
        r"|(?:(?P<last>last)\s+|(?P<on>on)\s+)?(?<!Bloody\s)(?<!Black\s)(?P<en_wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
        # a bare weekday before a capitalised word is part of a name ("the Sunday Times",
        # "Friday Mosque"), unless a month follows ("Sunday January 5")
        r"(?(on)|(?(last)|(?!\s+(?-i:[A-Z])(?!(?-i:January|February|March|April|May|June|July|"
        r"August|September|October|November|December)\b))))"
        r"|(?:в|во)\s+(?P<ru_wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
        r"|(?P<kk_wd>дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)(?:\s+күні|(?<!жұма)(?:де|да)))"
        r"(?![\w-])", re.I)),
]


#: What each pattern needs somewhere in the text: a text without it cannot give
#: that pattern a match, so the pattern is not run ("digit": any digit, "year": a
#: year number, "en"/"ru"/"kk": a month name starting a word, "may": "May" anywhere).
_GATES = {
    "iso": ("year",), "en_mdy": ("en", "digit"), "en_dmy": ("en", "digit"), "ru_dmy": ("ru", "digit"),
    "kk_dmy": ("kk", "digit"), "kk_ydm": ("kk", "year"), "kk_ym": ("kk", "year"), "en_my": ("en", "year"),
    "ru_my": ("ru", "year"), "en_m": ("en",), "en_may": ("may",), "ru_m": ("ru",), "kk_m": ("kk",),
    "year": ("year",), "kk_year": ("year",), "last_year": ("last_year",), "rel": ("rel",),
}
class _Substrings:
    """A gate that is open when one of its substrings is in the text (faster than a pattern)."""

    def __init__(self, words: tuple[str, ...]):
        self.words = words

    def search(self, text: str) -> bool | None:
        """True when one of the substrings is in ``text``, else None (as a pattern's search)."""
        for w in self.words:
            if w in text:
                return True
        return None


_GATE_RES = {
    "digit": re.compile(r"\d"),
    "year": re.compile(_YEAR),
    "en": re.compile(rf"(?<!\w)(?:{_EN_ALT})", re.I),
    "may": re.compile(r"May"),
    "ru": re.compile(rf"(?<!\w)(?:{_RU_ALT})", re.I),
    "kk": re.compile(rf"(?<!\w)(?:{_KK_ALT})", re.I),
    "last_year": _Substrings(("ast year", "рошл", "ылтыр", "ткен жыл")),
    "rel": re.compile(r"(?i:yesterday|today|вчера|сегодня|кеше|бүгін|day|ник|сред|четверг|пятниц|суббот|воскрес|"
                      r"сенбі|жұма)"),
}

# days from the article's date, and weekdays (Monday = 0) by name
_OFFSETS = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "позавчера": -2, "вчера": -1,
            "сегодня": 0, "кеше": -1, "бүгін": 0}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
             "воскресенье": 6, "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4,
             "сенбі": 5, "жексенбі": 6}


def _relative_day(m: re.Match, ref: _dt.date) -> _dt.date:
    """The day a relative expression names: an offset from ``ref``, or the latest such weekday
    on or before ``ref`` ("last Monday": strictly before it)."""
    off = m.group("off")
    if off is not None:
        return ref + _dt.timedelta(days=_OFFSETS[" ".join(off.lower().split())])
    name = (m.group("en_wd") or m.group("ru_wd") or m.group("kk_wd")).lower()
    back = (ref.weekday() - _WEEKDAYS[name]) % 7
    if back == 0 and m.group("last"):
        back = 7
    return ref - _dt.timedelta(days=back)


_MONTH_GATES = ("en", "ru", "kk")
_MONTH_SCAN = None


def _month_scan():
    global _MONTH_SCAN
    if _MONTH_SCAN is None:
        from .multiscan import MultiScan

        _MONTH_SCAN = MultiScan([_GATE_RES[g] for g in _MONTH_GATES], lead=r"(?<!\w)")
    return _MONTH_SCAN


#: A Kazakh word before "маусым" that makes it a season, not June ("шомылу маусымы", the
#: swimming season; "жылыту маусымы", the heating season).
_KK_SEASON_BEFORE = re.compile(
    r"(?<![\w])(?:шомылу|жылыту|егіс|егін|туристік|туризм|демалыс|аңшылық|аулау|жазғы|қысқы|күзгі|көктемгі|"
    r"өрт|тасқын|спорт|футбол|оқу)\w*\s+$", re.I)
_LAST_YEAR = re.compile(r"\blast\s+year\b|прошл\w+\s+год\w*|былтыр\w*|өткен\s+жыл\w*", re.I)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    year: int
    month: int | None
    day: int | None

    @property
    def key(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``: as precise as the text."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def iso(self) -> str | None:
        return self.key if self.day is not None else None


def _month(name: str, table: dict[str, int]) -> int | None:
    low = name.lower()
    for stem, num in table.items():
        if re.fullmatch(stem + r".*", low):
            return num
    return None


def _resolve_year(month: int, day: int, ref: _dt.date | None) -> int:
    if ref is None:
        return _dt.date.today().year
    year = ref.year
    try:
        cand = _dt.date(year, month, day)
    except ValueError:
        return year
    if cand - ref > _dt.timedelta(days=31):
        year -= 1
    return year


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        _dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True


#: A day and month that name a street, a square or a settlement ("улица 9 Мая",
#: "посёлок 1 Мая", "8 Наурыз көшесі", "1 Мая атындағы").
_STREET_BEFORE = re.compile(
    r"(?<![\w])(?:улиц\w*|ул\.|проспект\w*|просп\.|пр-т|переул\w*|пер\.|бульвар\w*|площад\w*|микрорайон\w*|мкр\.?|"
    r"посёлк\w*|поселк\w*|пос\.|сел[оаеу]|совхоз\w*|колхоз\w*|имени|им\.)\s*$", re.I)
_STREET_AFTER = re.compile(r"^\s*(?:көше\w*|даңғыл\w*|шағын\s*аудан\w*|ауыл\w*|атындағы|street|avenue)(?![\w])", re.I)


def _in_street_name(text: str, a: int, b: int) -> bool:
    return bool(_STREET_BEFORE.search(text, max(0, a - 20), a) or _STREET_AFTER.match(text[b: b + 24]))


def find_dates(text: str, ref: _dt.date | str | None = None) -> list[FoundDate]:
    """The explicit dates in ``text`` in text order, without overlaps."""
    if isinstance(ref, str):
        try:
            ref = _dt.date.fromisoformat(ref[:10])
        except ValueError:
            ref = None
    found: list[FoundDate] = []
    # the spans taken so far, sorted and disjoint: their ends are sorted too
    taken_starts: list[int] = []
    taken_ends: list[int] = []

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(taken_starts, b)  # the spans starting before b
        return i == 0 or taken_ends[i - 1] <= a

    def take(a: int, b: int) -> None:
        i = bisect.bisect_left(taken_starts, a)
        taken_starts.insert(i, a)
        taken_ends.insert(i, b)

    present: dict[str, bool] = {}
    last_year = False
    for kind, pat in _PATTERNS:
        gated = False
        for gate in _GATES[kind]:
            ok = present.get(gate)
            if ok is None:
                if gate in _MONTH_GATES:  # the three month-name gates in one pass
                    months = {_MONTH_GATES[i] for i, _ in _month_scan().found(text)}
                    for g in _MONTH_GATES:
                        present[g] = g in months
                    ok = present[gate]
                else:
                    ok = present[gate] = _GATE_RES[gate].search(text) is not None
            if not ok:
                gated = True
                break
        if gated:
            continue
        for m in pat.finditer(text):
            a, b = m.span()
            if not free(a, b):
                continue
            g = m.groups()
            year = month = day = None
            if kind == "iso":
                year, month, day = int(g[0]), int(g[1]), int(g[2])
            elif kind == "en_mdy":
                month, day = _EN_MONTHS[g[0].lower().rstrip(".")], int(g[1])
                year = int(g[2]) if g[2] else None
                if g[0].lower() == "may" and not g[2] and m.group(0)[0].islower():
                    continue  # the verb "may"
                if g[0].lower() in ("mar", "dec", "jun", "jan") and m.group(0)[:3].islower():
                    continue
            elif kind == "en_dmy":
                day, month = int(g[0]), _EN_MONTHS[g[1].lower().rstrip(".")]
                year = int(g[2]) if g[2] else None
                if g[1].lower() == "may" and not m.group(0).split()[-1][0].isupper():
                    continue
            elif kind == "ru_dmy":
                day, month = int(g[0]), _month(g[1], _RU_MONTHS)
                year = int(g[2]) if g[2] else None
                if not g[2] and _in_street_name(text, a, b):
                    take(a, b)  # "на улице 9 Мая": a name, and no month-only date either
                    continue
            elif kind == "kk_dmy":
                day, month = int(g[0]), _month(g[1], _KK_MONTHS)
                year = int(g[2]) if g[2] else None
                if not g[2] and _in_street_name(text, a, b):
                    take(a, b)  # "8 Наурыз көшесінде"
                    continue
            elif kind == "kk_ydm":
                year, day, month = int(g[0]), int(g[1]), _month(g[2], _KK_MONTHS)
            elif kind == "kk_ym":
                year, month = int(g[0]), _month(g[1], _KK_MONTHS)
            elif kind == "en_my":
                month, year = _EN_MONTHS[g[0].lower()], int(g[1])
            elif kind == "ru_my":
                month, year = _month(g[0], _RU_MONTHS), int(g[1])
            elif kind in ("en_m", "en_may", "ru_m", "kk_m"):
                word = m.group(0).split()[-1].lstrip("-")
                if kind == "en_may":
                    month = 5  # "in May", "mid-May", "early May"
                elif kind == "en_m":
                    month = _EN_MONTHS[word.lower()]
                elif kind == "ru_m":
                    month = _month(word, _RU_MONTHS)
                    if word.lower().startswith(("мар", "ма")) and not word.lower().startswith(("март", "мая", "мае", "май")):
                        continue
                else:
                    month = _month(word, _KK_MONTHS)
                if month is None:
                    continue
                year = _resolve_year(month, 1, ref)
                around = text[max(0, a - 25):a] + " " + text[b:b + 20]
                if ref is not None and _LAST_YEAR.search(around):
                    year = ref.year - 1
                if kind == "kk_m" and month == 10 and word.lower().startswith("қазан"):
                    continue  # Қазан is also the city of Kazan
                if kind == "kk_m" and month == 6 and _KK_SEASON_BEFORE.search(text, max(0, a - 30), a):
                    continue  # "шомылу маусымы": маусым is also a season
            elif kind in ("year", "kk_year"):
                year = int(g[0])
            elif kind == "last_year":
                if ref is None:
                    continue
                year = ref.year - 1
                last_year = True
            elif kind == "rel":
                if ref is None:
                    continue
                day_ = _relative_day(m, ref)
                year, month, day = day_.year, day_.month, day_.day
            if month is None and kind not in ("year", "kk_year", "last_year", "en_m", "en_may", "ru_m", "kk_m"):
                continue
            if day is not None and not (1 <= day <= 31):
                continue
            if day is not None and year is None:
                year = _resolve_year(month, day, ref)
            if month is not None and not _valid(year, month, day):
                continue
            take(a, b)
            found.append(FoundDate(a, b, year, month, day))
    found.sort(key=lambda f: f.start)
    if last_year:
        # "в январе прошлого года", "last year's Bloody January": the month already holds the year
        months = [f for f in found if f.month is not None and f.year == ref.year - 1]
        found = [f for f in found if not (f.month is None and f.year == ref.year - 1 and _LAST_YEAR.match(text, f.start)
                                          and any(abs(f.start - m.end) <= 30 or abs(m.start - f.end) <= 30 for m in months))]
    return found
