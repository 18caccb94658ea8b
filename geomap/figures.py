"""Casualty and arrest figures stated in a sentence.

``figures(sentence)`` -> ``{"killed": int|None, "injured": int|None,
"detained": int|None}`` from phrases such as "16 soldiers were killed",
"killing 38 people", "left at least nine people dead and 90 injured",
"roughly 8,000 people had been detained", "погибли 225 человек",
"пострадали 23 человека", "задержаны 47", "12 адам қаза тапты".
When a sentence gives several numbers for one figure, the largest is kept.

Pure logic, no I/O.
"""

from __future__ import annotations

import re

_WORDS = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "dozens": None, "hundreds": None,
    # Russian
    "один": 1, "одного": 1, "одна": 1, "два": 2, "двое": 2, "двух": 2, "две": 2, "три": 3,
    "трое": 3, "трёх": 3, "трех": 3, "четыре": 4, "четверо": 4, "пять": 5, "пятеро": 5,
    "шесть": 6, "шестеро": 6, "семь": 7, "семеро": 7, "восемь": 8, "девять": 9, "десять": 10,
    "одиннадцать": 11, "двенадцать": 12, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "сто": 100, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12, "двадцати": 20, "тридцати": 30,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
    "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19, "сорока": 40,
    "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70,
    "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "ста": 100,
    # Kazakh
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "жүз": 100,
}
_UNITS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS_EN = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

_WORD_ALT = "|".join(sorted((re.escape(w) for w in _WORDS if _WORDS[w]), key=len, reverse=True))
_NUM = (
    rf"(?:\d{{1,3}}(?:[,\u00a0 ]\d{{3}})+|\d+|(?:{'|'.join(_TENS_EN)})[- ](?:{'|'.join(_UNITS_EN)})|{_WORD_ALT})"
)
_QUAL = r"(?:(?:at\s+least|more\s+than|over|about|around|roughly|some|nearly|almost|up\s+to|another|a\s+further|не\s+менее|более|около|свыше|ещё|еще|почти|порядка|по\s+меньшей\s+мере|тағы|кемінде|шамамен)\s+)?"
# Who is counted: a few words of a noun phrase ("people", "soldiers", "of them", "человек").
_WHO = r"(?:[\w'-]+\s+){0,3}?"
_BE = r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|being|got|had)\s+)?(?:(?:reportedly|later|also|fatally)\s+)?"

_EN_VERBS = {
    "killed": r"(?:killed|killing|dead|died|perished|lost\s+their\s+lives|drowned|murdered|slain|shot\s+dead|fatalities|deaths)",
    "injured": r"(?:injured|injuring|wounded|wounding|hurt|hospitali[sz]ed|injuries)",
    "detained": r"(?:detained|detaining|arrested|arresting|held|taken\s+into\s+custody|apprehended|detentions|arrests)",
}
_RU_VERBS = {
    "killed": r"(?:погиб\w*|убит\w*|убил[аи]?|скончал\w*|утонул\w*|жертв\w*|погибш\w*)",
    "injured": r"(?:пострадал\w*|ранен\w*|ранены|ранил[аи]?|госпитализирован\w*|травм\w*)",
    "detained": r"(?:задержан\w*|задержал[аи]?|арестован\w*|арестовал[аи]?)",
}
_KK_VERBS = {
    "killed": r"(?:қаза\s+тап\w*|мерт\s+бол\w*|көз\s+жұм\w*|қайтыс\s+бол\w*|су\s+қа\w*)",
    "injured": r"(?:жарақат\s+ал\w*|зардап\s+шек\w*|жараланды\w*)",
    "detained": r"(?:ұсталды\w*|қамауға\s+алын\w*|тұтқындал\w*)",
}

#: Animals counted in a figure: their deaths are no casualties.
_ANIMALS = re.compile(
    r"\b(?:cows?|cattle|sheep|goats?|horses?|camels?|pigs?|birds?|poultry|chickens?|livestock|animals?)\b|"
    r"(?<![\w])(?:коров\w*|скот\w*|овец|овцы|голов|лошад\w*|птиц\w*|животн\w*|сиыр\w*|қой(?:лар\w*|ы)?|жылқы\w*|"
    r"түйе\w*|құс(?:тар\w*|ы)?|мал(?:ы|ды|дар\w*)?)(?![\w])", re.I)

#: Things counted in a figure ("пострадали 200 домов", "40 үй зардап шекті").
_OBJECTS = re.compile(
    r"\b(?:houses?|homes?|buildings?|flats?|apartments?|cars?|vehicles?|hectares?|wagons?|trees|roofs?)\b|"
    r"(?<![\w])(?:дом(?:а|ов)?|жил(?:ых|ые|ищ\w*)|здани\w*|квартир\w*|постро\w*|автомобил\w*|машин(?:а|ы|у|ой)?|"
    r"гектар\w*|га|вагон\w*|үй(?:ді|лер\w*|дің|і|ге)?|пәтер\w*|ғимарат\w*|көлік\w*)(?![\w])", re.I)
_OBJECTS_NEXT = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + _OBJECTS.pattern + ")", re.I)
_ANIMALS_NEXT = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + _ANIMALS.pattern + ")", re.I)
#: A span of time right after the number ("detained five hours later", "через шесть часов"):
#: no head count.
_TIME_NEXT = re.compile(
    r"\s+(?:hours?|minutes?|days?|weeks?|months?|years?|час\w*|минут\w*|сут(?:ок|ки)|дн(?:я|ей)|недел\w*|месяц\w*|"
    r"сағат\w*|минут\w*|күн\w*|тәулік\w*|апта\w*|ай(?:дан|да|ға)?)(?![\w])", re.I)

_PATTERNS: list[tuple[str, re.Pattern]] = []
#: For each pattern, a cheaper expression any of its matches contains: a sentence
#: without it cannot give that pattern a match, so the pattern is not run.
_NEEDS: list[re.Pattern] = []


def _add(need: str, *entries: tuple[str, re.Pattern]) -> None:
    """Register ``(figure, pattern)`` entries that all need ``need`` in the sentence."""
    need_rx = re.compile(need, re.I)
    for entry in entries:
        _PATTERNS.append(entry)
        _NEEDS.append(need_rx)


for _fig in ("killed", "injured", "detained"):
    en, ru, kk = _EN_VERBS[_fig], _RU_VERBS[_fig], _KK_VERBS[_fig]
    _add(
        rf"{en}|{ru}|{kk}",
        # "16 soldiers had been killed", "nine people dead", "eleven of them attackers" is not matched
        (_fig, re.compile(rf"(?<![\w.,]){_QUAL}(?P<n>{_NUM})\s+{_WHO}{_BE}{en}\b", re.I)),
        # "killing 38 people", "killed at least eleven people", "killed another two"
        (_fig, re.compile(rf"\b{en}\s+(?:another\s+|a\s+further\s+)?{_QUAL}(?P<n>{_NUM})(?![\w,.]*\s*(?:km|kilo|per\s?cent|%))\b", re.I)),
        # "погибли 225 человек", "пострадавших 168"
        (_fig, re.compile(rf"{ru}\s+(?:{_QUAL})?(?P<n>{_NUM})(?!\s*(?:км|%))", re.I)),
        # "12 человек погибли", "четыре человека погибли"
        (_fig, re.compile(rf"(?<![\w.,]){_QUAL}(?P<n>{_NUM})\s+(?:человек\w*|полицейск\w*|военнослужащ\w*|ребён\w*|детей|шахтёр\w*|горняк\w*)\s+(?:\w+\s+){{0,1}}{ru}", re.I)),
        # "12 адам қаза тапты"
        (_fig, re.compile(rf"(?<![\w.,]){_QUAL}(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}{kk}", re.I)),
    )

# "the death toll rose to 225", "число погибших возросло до 12", "қаза тапқандар саны 5-ке жетті"
_add(r"toll",
     ("killed", re.compile(rf"\b(?:death\s+)?toll\s+(?:\w+\s+){{0,4}}?(?:to|of|at|is|was|reached|stands\s+at)\s+{_QUAL}(?P<n>{_NUM})", re.I)))
_add(r"число|количество",
     ("killed", re.compile(rf"(?:число|количество)\s+(?:погибш\w+|жертв\w*)\s+(?:\w+\s+){{0,2}}?(?:до\s+)?{_QUAL}(?P<n>{_NUM})", re.I)),
     ("injured", re.compile(rf"(?:число|количество)\s+(?:пострадавш\w+|раненых)\s+(?:\w+\s+){{0,2}}?(?:до\s+)?{_QUAL}(?P<n>{_NUM})", re.I)),
     ("detained", re.compile(rf"(?:число|количество)\s+задержанн\w+\s+(?:\w+\s+){{0,2}}?(?:до\s+)?{_QUAL}(?P<n>{_NUM})", re.I)))
_add(r"саны",
     ("killed", re.compile(rf"қаза\s+тапқандар\s+саны\s+(?:\w+\s+){{0,2}}?{_QUAL}(?P<n>\d+)", re.I)))

# Kazakh active verbs with the people in the accusative: "полиция 50 адамды ұстады",
# "30-ға жуық белсендіні қамауға алды", "екі адамды өлтірді"
_KK_ACTIVE = {
    "detained": r"(?:ұстады|ұстап\s+алды|қамауға\s+алды|тұтқындады)",
    "killed": r"(?:өлтірді|атып\s+өлтірді)",
}
for _fig, _verb in _KK_ACTIVE.items():
    _add(_verb, (_fig, re.compile(
        rf"(?<![\w.,]){_QUAL}(?P<n>{_NUM})(?:-?(?:ға|ге|қа|ке)\s+жуық)?\s+(?:[\w-]+\s+){{0,2}}?"
        rf"[\w-]+(?:ды|ді|ны|ні|ты|ті)\s+(?:[\w-]+\s+){{0,2}}?{_verb}(?![\w])", re.I)))
_NEED_LIST = list(dict.fromkeys(_NEEDS))
_NEED_INDEX = [_NEED_LIST.index(n) for n in _NEEDS]
_NEEDS_SCAN = None


def _needs_scan():
    global _NEEDS_SCAN
    if _NEEDS_SCAN is None:
        from .multiscan import MultiScan

        _NEEDS_SCAN = MultiScan(_NEED_LIST)
    return _NEEDS_SCAN


def parse_number(s: str) -> int | None:
    """An integer from digits ("8,000") or a number word ("Fifty-two", "двое")."""
    s = s.strip().lower()
    digits = re.sub(r"[,\u00a0 ]", "", s)
    if digits.isdigit():
        return int(digits)
    m = re.fullmatch(rf"({'|'.join(_TENS_EN)})[- ]({'|'.join(_UNITS_EN)})", s)
    if m:
        return _WORDS[m.group(1)] + _WORDS[m.group(2)]
    return _WORDS.get(s)


def figures(sentence: str) -> dict[str, int | None]:
    """Killed/injured/detained figures stated in one sentence (None when not stated)."""
    out: dict[str, int | None] = {"killed": None, "injured": None, "detained": None}
    present = [False] * len(_NEED_LIST)
    for i, _ in _needs_scan().found(sentence):
        present[i] = True
    for (fig, pat), need in zip(_PATTERNS, _NEED_INDEX):
        if not present[need]:
            continue
        for m in pat.finditer(sentence):
            n = parse_number(m.group("n"))
            if n is None or n <= 0:
                continue
            # a year or a clock time is not a head count
            if 1900 <= n <= 2100 and m.group("n").isdigit():
                continue
            if _ANIMALS.search(m.group(0)) or _ANIMALS_NEXT.match(sentence, m.end()):
                continue  # "two cows died", "40 бас мал қырылды": animals, not people
            if _TIME_NEXT.match(sentence, m.end("n")):
                continue  # "detained five hours later": a span of time
            if _OBJECTS.search(m.group(0)) or _OBJECTS_NEXT.match(sentence, m.end()):
                continue  # "пострадали 200 домов", "40 houses and injured": things, not people
            if out[fig] is None or n > out[fig]:
                out[fig] = n
    return out
