"""Why a place mention in a sentence with an event is not where the event happened: a dateline,
the place of a statement, an origin, a destination, a route, a reference point, the seat of an
authority, a consequence, and the other roles :func:`geomap.events.detect` leaves out."""

from __future__ import annotations

import bisect
import re

from .dates import find_dates
from .facilities import KK_ABLATIVE, KK_ATTRIBUTIVE, LINE_NOUNS_RU
from .multiscan import trie_regex
from .triggers import raw_trigger_hits
from .clauses import _paragraph_of


_REF_POINT = re.compile(
    r"(?:\d[\d,.]*|\w+)[\s-]*(?:km|kilometres?|kilometers?|miles?|км|километр\w*|шақырым\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:from|of|away\s+from|от|из)\s+(?:the\s+)?(?:(?:city|town|village|settlement|города|села|посёлка|поселка)\s+(?:of\s+)?)?$",
    re.I,
)
#: Every match of ``_REF_POINT`` holds one of these: without one it is not run.
_REF_POINT_GATE = re.compile(r"km|kilomet|mile|км|километр|шақырым", re.I)
_ORIGIN = re.compile(
    r"(?:\bfrom|\bиз|\bот)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|соседне(?:го|й)|соседних)\s+)?(?:(?:city|town|village|nearby\s+village|settlement|towns|villages|"
    r"города|села|посёлка|сёл|сел|аулов|посёлков|поселков|городов|вокзала|автовокзала|аэропорта|станции)\s+(?:of\s+)?)?$", re.I
)
#: A plane that crashed "shortly after take-off from X", "вскоре после взлёта из X": X is where.
_TAKE_OFF = re.compile(
    r"\b(?:take-?off|taking\s+off|took\s+off)\s+from\s+(?:the\s+)?$|"
    r"(?<![\w])взл[её]т\w*\s+(?:из|с)\s+(?:аэропорта\s+)?$", re.I)
#: Crews, troops or machines that came from a base in a place ("helped by army lorries from
#: the garrison in Akmola", "crews from the fire station in X"): an origin.
_FROM_BASE = re.compile(
    r"from\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:garrisons?|bases?|barracks|(?:fire\s+)?stations?|depots?|units?|"
    r"headquarters|detachments?|brigades?|regiments?|airfields?|garages?|departments?|services?|"
    r"compan(?:y|ies)|firms?|operators?|contractors?|owners?|farms?)\s+(?:in|of|at|near|based\s+in)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)
#: The crews, troops or machines, or the verb of sending, told before such a "from".
_FROM_BASE_CUE = re.compile(
    r"\b(?:crews?|engines?|lorries|trucks|vehicles|rescuers|firefighters|firemen|troops|soldiers|servicemen|units?|"
    r"helicopters?|aircraft|planes?|teams?|brigades?|reinforcements|specialists|volunteers|ambulances?|sent|dispatched|"
    r"arrived|came\s+to\s+help|brought\s+in|called\s+in|deployed|drafted\s+in|flown\s+in|"
    r"hired|leased|rented|chartered|bought|owned)\b[^.;]{0,60}$", re.I)


def _from_base(before: str) -> bool:
    """"helped by army lorries from the garrison in X": the last "from" of ``before`` opens a
    base in the place, and crews, machines or a verb of sending come just before it."""
    i = before.rfind("from")
    if i < 0 or (i > 0 and before[i - 1].isalnum()) or not _FROM_BASE.match(before, i):
        return False
    return _FROM_BASE_CUE.search(before, max(0, i - 70), i) is not None
#: Victims taken to a burn or trauma centre or a ward in a place ("taken to a burn centre in
#: Almaty", "доставлены в ожоговый центр Алматы"): a destination.
_TAKEN_TO_CENTRE = re.compile(
    r"(?:\b(?:taken|rushed|brought|transferred|airlifted|flown|admitted|delivered|evacuated)\s+(?:\w+\s+){0,2}?(?:to|into)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:centres?|centers?|units?|wards?|hospitals?|clinics?|infirmar(?:y|ies))\s+"
    r"(?:in|of|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?|"
    r"(?<![\w])(?:доставлен|доставил|госпитализирован|госпитализировал|отправлен|перевез[её]н|перевезл|переведен|переведён|"
    r"направлен|помещен|помещён)\w*\s+(?:\w+\s+){0,2}?(?:в|во)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:центр|отделени|больниц|госпитал|клиник|стационар|реанимаци|травматологи|медцентр|ожогов)\w*\s+"
    r"(?:(?:в|во)\s+)?(?:(?:города|г\.|поселка|посёлка|села)\s+)?)$", re.I)
#: Where victims are being treated ("is in intensive care in Uralsk", "находится в реанимации в
#: Уральске", "лечится в больнице Актобе"): not where it happened.
_TREATED_IN = re.compile(
    r"(?:\b(?:in\s+intensive\s+care|in\s+(?:a\s+)?(?:serious|critical|grave|stable)\s+condition|"
    r"(?:is|are|was|were)\s+(?:being\s+)?treated|recovering|in\s+hospital)\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town)\s+(?:of\s+)?)?|"
    r"(?<![\w])(?:наход\w+\s+в\s+(?:реанимаци|больниц|стационар|ожогов)\w*|проход\w+\s+лечение|леч(?:ится|атся)|"
    r"госпитализирован\w*)\s+(?:[\w-]+\s+){0,3}?(?:в|во)\s+(?:(?:города|г\.)\s*)?|"
    r"(?<![\w])(?:наход\w+|леч(?:ится|атся)|проход\w+\s+лечение)\s+(?:в|во)\s+(?:[\w-]+\s+)?(?:больниц|реанимаци|стационар|госпитал)\w*\s+"
    r"(?:города\s+)?)$", re.I)
_TREATED_WORDS = ("care", "condition", "treated", "recovering", "hospital", "реаним", "больниц", "стационар", "лечени",
                  "лечит", "лечат", "госпитал", "ожогов")
_CENTRE_WORDS = ("cent", "unit", "ward", "ospital", "linic", "nfirm", "центр", "отделени", "больниц", "госпитал",
                 "клиник", "стационар", "реанимац", "травматолог", "ожогов")
#: A Kazakh place in the locative-attributive or genitive before where victims were taken
#: ("Алматыдағы күйік орталығына жеткізілді", "Шу қаласының ауруханасына жатқызылды").
_KK_ATTR_ENDS = ("дағы", "тағы", "дегі", "тегі", "ның", "нің", "дың", "дің", "тың", "тің")
_KK_TAKEN_GATE = re.compile(r"жеткіз|жатқыз|апарыл|әкетіл|жөнелтіл|түсіріл|ауыстырыл|көшіріл|этапта", re.I)
_KK_TAKEN_AFTER = re.compile(
    r"^(?:\s+(?:қала|аудан|облыс|ауыл|кент)\w*)?(?:\s+[\w-]+){0,3}?\s+[\w-]+(?:ға|ге|қа|ке|на|не)\s+(?:[\w-]+\s+)?"
    r"(?:жеткізіл|жатқызыл|апарыл|әкетіл|жөнелтіл|түсіріл|жеткізді|жатқызды|ауыстырыл|көшіріл|этаптал)\w*", re.I)
_DEST = re.compile(r"(?<!next\s)(?<!close\s)(?<!adjacent\s)(?<!near\s)(?<!entrance\s)(?<!entry\s)(?<!approach\s)"
                   r"(?<!approaches\s)(?<!gateway\s)\b(?:to|towards|for|into|bound\s+for|headed\s+for|travell?ing\s+to)\s+(?:the\s+)?$|"
                   # "поезда на Ташкент", "рейс до Астаны": bound for
                   r"(?<![\w])(?:поезд|рейс|электричк|автобус|самол[её]т)\w*\s+(?:\w+\s+)?(?:на|до)\s+$|"
                   # "поезда, который шёл из Экибастуза на станцию Достык": where it was going
                   r"(?<![\w])(?:ш[её]л|шла|шедш\w*|следовал\w*|следовавш\w*|направлял\w*|ехал\w*)\s+(?:из\s+[\w-]+\s+)?"
                   r"(?:на|в|до)\s+(?:станци\w+\s+|город\w*\s+)?$", re.I)
_SPREAD = re.compile(r"\b(?:spread|spreading|moved|extended|spilled|spill|reached|came(?!\s+(?:by\s+\w+\s+|on\s+foot\s+)?(?:from|out\s+of)\b))\b[^.;]{0,20}$", re.I)
#: A further place a protest or a fire spread to, after the first: "spread to Shetpe in the
#: Mangistau district and to Beineu"
_SPREAD_AND_TO = re.compile(r"\b(?:spread|spreading|extended|spilled)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\b[^.;]{0,80}"
                            r"\band\s+(?:later\s+|then\s+|also\s+)?(?:to|into)\s+(?:the\s+)?$", re.I)
_SPEECH = re.compile(
    r"(?:\b(?:said|says|told|tell|reported|reports|announced|briefed|speaking|correspondents?|reporters?|journalists?|"
    r"press\s+conference|newspapers?)\b[^.;]{0,40}\b(?:in|at|from)\s+|"
    # "according to the health ministry in Astana": where the source sits
    r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ministry|government|committee|agency|department|"
    r"service|authorities|officials|akimat)\s+in\s+|"
    r"(?:сообщ\w*|заяв\w*|рассказ\w*|корреспондент\w*)\s+(?:\w+\s+){0,3}в\s+|"
    # "по данным комитета санэпидконтроля в Нур-Султане": where the source sits
    r"(?<![\w])по\s+(?:данным|информации|сведениям)\s+(?:[\w-]+\s+){1,4}?в\s+)$",
    re.I,
)
#: A comma and a conjunction after a speech verb start a new clause: "he said, and
#: in Almaty seven stores were seized" tells where the stores were, not where he spoke.
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas|и|а|но|және)\s", re.I)
_AUTHORITY_BEFORE = re.compile(
    r"\b(?:governor|akim|akimat|administration|authorities|maslikhat|mayor|head|chief|prosecutor|spokes(?:man|woman|person)|"
    r"ambassador|deputy\s+governor)\s+of\s+(?:the\s+)?$",
    re.I,
)
_AUTHORITY_AFTER = re.compile(
    r"^\s*(?:(?:region|oblast|city|district)(?:al)?\s+)?(?:governor|akim\b|akimat|police\s+department|prosecutor|emergency\s+situations\s+department|"
    r"department\s+of|branch)",
    re.I,
)
_NAME_DASH_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*\s?[–—-]\s?$")
_ROAD = re.compile(
    r"\b(?:road|highway|motorway|route|railway|rail\s+line|pipeline|line)s?\b|(?<![\w])(?:трасс\w*|автодорог\w*|шоссе|"
    r"дорог\w*|маршрут\w*|тасжол\w*|автожол\w*|жолы\w*|жолында\w*|"
    # (the other lines named by their ends: "линия Мойынты – Кызылжар", "газопровод Бейнеу – Бозой – Шымкент",
    # "Арқалық – Есіл желісінде", "Бейнеу – Шымкент газ құбырында")
    rf"{LINE_NOUNS_RU}|желі\w*|құбыр\w*|"
    # (a train or a bus named by its route: "пригородный поезд Павлодар – Экибастуз", "the Almaty-Tashkent train")
    r"поезд\w*|электричк\w*|пойыз\w*|train|"
    # (a bus or a flight named by its route, or a direction: "автобус Костанай — Челябинск", "the Almaty-Bishkek
    # bus", "Жаңаөзен – Ақтау бағытындағы автобус", "рейс Актау — Баку")
    r"автобус\w*|bus|buses|coach|рейс\w*|flight|маршрутк\w*|бағыт\w*|направлени\w*)",
    re.I,
)
#: Stems of Russian verbs of moving people (evacuate, take away, move, resettle, deliver, house).
_RU_MOVE_STEMS = "эвакуир|вывез|вывоз|перевез|перевоз|пересел|доставля|разместил|отвез|увез"
_TAKEN_TO = re.compile(
    r"(?:\b(?:hospitali[sz]ed|taken\s+to\s+(?:a\s+)?hospitals?|evacuated|relocated|moved|flown|airlifted|rushed)\s+(?:\w+\s+){0,2}?(?:in|to)\s+|"
    r"\b(?:evacuat\w+|relocat\w+|resettled|rehoused|taken|brought|transferred|transported|bus(?:s)?ed|moved|ferried)\s+"
    r"(?:[\w-]+(?:,\d+)*\s+){0,6}?(?:to|into)\s+|"
    r"(?<![\w])(?:госпитализирован\w*|доставлен\w*|доставил\w*|эвакуирован\w*|вывезен\w*|перевезен\w*|отправлен\w*|этапирован\w*|"
    r"переведен\w*|переведён\w*|конвоирован\w*)\s+(?:\w+\s+){0,2}?в\s+|"
    rf"(?<![\w])(?:{_RU_MOVE_STEMS}|доставил|размещен|размещён)\w*\s+(?:[\w-]+\s+){{0,6}}?(?:в|во)\s+)"
    r"(?:the\s+)?(?:(?:city|town|village|города|село|поселок|посёлок)\s+(?:of\s+)?)?$|"
    r"(?:\bhospitals?|\bclinics?|\bmorgue|(?<![\w])(?:больниц|госпитал|клиник|морг|стационар|реанимаци)\w*)\s+"
    r"(?:(?:in|of)\s+(?:the\s+)?|(?:города|г\.|поселка|посёлка|села)\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
#: A hospital word opening a match of ``_TAKEN_TO`` ("hospital in ...", "больнице города ...").
_HOSPITAL_WORD = re.compile(r"hospital|clinic|больниц|госпитал|клиник", re.I)
#: An event that broke out in a building right before its name: the hospital is the scene.
_SCENE_BEFORE = re.compile(
    r"(?:\b(?:fire|blaze|explosion|blast|gas\s+leak|broke\s+out|caught\s+fire|collapsed?)|"
    r"(?<![\w])(?:пожар|возгорани|взрыв|загорел|утечк|обрушени|обрушил)\w*)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:in|at|inside|в|во|на)\s+(?:(?!taken|treated|brought|admitted|rushed|доставл|госпитализ|лечат|лечил)[\w'’-]+\s+){0,6}$", re.I)
#: After a place: its hospital ("Панфилов ауданының ауруханасына жеткізілді"),
#: its residents ("Қонаев қаласының тұрғындары") or a Kazakh ablative head noun
#: ("Семей мен Курчатов қалаларынан": from the cities of ...).
_HOSPITAL_AFTER = re.compile(
    r"^(?:\s+(?:қала|аудан|облыс|ауыл|кент)\w*)?\s+(?:\w+\s+)?(?:аурухана|емхана|госпиталь|перзентхана)\w*", re.I)
#: A Kazakh dative place people are moved to ("Шымкентке көшірілді", "Арыс
#: қаласына 40 мың адам эвакуацияланды"): the destination.
_KK_UNIT_DATIVE = r"\s+(?:қала|аудан|облыс|ауыл|кент|елді\s+мекен)\w*(?:ға|ге|қа|ке|на|не)"  # "қаласына"
_KK_MOVED_AFTER = re.compile(
    rf"^(?:{_KK_UNIT_DATIVE})?(?:\s+[\w-]+){{0,4}}?\s+"
    r"(?:көшіріл|көшірді|көшіре|эвакуацияла|эвакуацияға|жеткізіл|жеткізді|әкетіл|әкелін|тасымалдан|орналастырыл|жіберіл|"
    r"қоныстандырыл|қоныс\s+аудар)\w*", re.I)
#: An active Russian verb of moving people, and a place in the locative after it.
_RU_MOVED = re.compile(rf"(?<![\w])(?:{_RU_MOVE_STEMS})\w*(?:ли|л|ла)\s", re.I)
_RU_LOCATIVE = re.compile(r"[^\W\d_]{3,}(?:е|и)$")
_KK_DATIVE_HEAD = re.compile(rf"^{_KK_UNIT_DATIVE}(?![\w])", re.I)
_KK_HEAD_ABLATIVE = re.compile(
    r"^(?:\s*(?:,|мен|бен|пен|және)\s*[\w-]+)*\s+(?:қала|аудан|облыс|ауыл|кент|өңір|елді\s+мекен)\w*(?:дан|ден|тан|тен|нан|нен)\b",
    re.I)
_RESIDENTS_AFTER = re.compile(
    r"^(?P<head>\s+(?:қала|аудан|облыс|ауыл|кент)\w*)?"
    r"(?:\s+(?:\d[\d\s.,]*(?:-?[а-яәіңғүұқөһ]+)?|жүз\w*|мың\w*|(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|"
    r"жиырма|отыз|қырық|елу|алпыс|жетпіс|сексен|тоқсан)(?:\w{0,4})|бірнеше|көптеген|ондаған|жүздеген|мыңдаған|жуық|астам|"
    r"шамасында|шақты|шамалы|дерлік|жергілікті)){0,3}\s+тұрғын(?:дар|ы|ын)\w*", re.I)
#: Places left without power, heat or water by an event told in the sentence ("оставил без
#: электричества посёлок X и часть Y", "left X and Y without power", "X жарықсыз қалды"):
#: a consequence, not the site of a fire or a blast.
_SUPPLY_EN = r"(?:power|electricity|light|heat|heating|hot\s+water|water|gas|communications?|phone\s+lines)"
_SUPPLY_RU = (r"(?:электричества|электроэнергии|электроснабжения|света|тепла|отопления|теплоснабжения|воды|"
              r"водоснабжения|газа|газоснабжения|связи)")
_WITHOUT_BEFORE = re.compile(
    rf"(?:(?<![\w])оставил\w*\s+без\s+{_SUPPLY_RU}\s+|(?<![\w])обесточ\w*\s+)(?:[^.;:!?]{{0,60}}?\s)?$", re.I)
_LEFT_BEFORE = re.compile(r"\bleft\s+(?:[^.;:!?]{0,60}?\s)?$", re.I)
_WITHOUT_AFTER = re.compile(
    rf"^[^.;:!?]{{0,60}}?(?:\bwithout\s+(?:\w+\s+)?{_SUPPLY_EN}\b|"
    rf"(?<![\w])(?:остал\w*|оказал\w*)\s+без\s+{_SUPPLY_RU}(?![\w])|(?<![\w])обесточ\w*|"
    r"(?<![\w])(?:жарықсыз|электрсіз|(?:электр\s+)?жарығынсыз|жылусыз|сусыз|газсыз|байланыссыз)\s+(?:қал|отыр)\w*)", re.I)
#: A locative right before a place: the place where things happened, not one left without power.
_AT_BEFORE = re.compile(
    r"(?:\b(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?|"
    r"(?<![\w])(?:в|во|на|у|под|возле|около|близ)\s+(?:(?:городе|посёлке|поселке|селе|районе|области|"
    r"города|посёлка|поселка|села|района|области)\s+)?)$", re.I)
_KK_LOCATIVE = re.compile(r"(?:да|де|та|те|нда|нде)$", re.I)
_KK_HEAD_LOCATIVE = re.compile(r"\s+(?:қала|аудан|облыс|ауыл|кент|елді\s+мекен)\w*(?:да|де|та|те)(?![\w])", re.I)
_RESIDENTS_BEFORE = re.compile(
    r"(?:\b(?:residents?|natives?|inhabitants?)\s+of|\b(?:living|lives|lived|live)\s+in|"
    r"(?<![\w])(?:жител\w*|житель\w*|урожен\w*|прожива\w*\s+в|проживающ\w*\s+в|"
    r"(?:живут|живет|живёт|живущ\w*|жили|жил|жила)\s+в))\s+"
    r"(?:the\s+)?(?:(?:city|town|village|города|села|посёлка|поселка|района|области)\s+(?:of\s+)?)?"
    # (the second of two names: "live in the Shugyla and Kalkaman microdistricts")
    r"(?:[A-ZА-ЯЁ][\w'’-]+,?\s+(?:and|и)\s+)?$",
    re.I,
)
#: "Өскеменде тұрады", "Семейде тұратын": lives in (after a place in the locative)
_KK_LIVES_AFTER = re.compile(r"^\s+(?:тұрады|тұратын|тұрып\s+жатқан|тұрып\s+жатыр)(?![\w])", re.I)
#: A court or investigator named with its seat ("the regional court in Taraz",
#: "Областной суд в Талдыкоргане"): a decision, not an event, is told there.
_COURT_BEFORE = re.compile(
    r"(?:\bcourts?|\bcourthouse|(?<![\w])суд(?:а|е|у|ом|ы|ов|ам|ами|ах)?|(?<![\w])сот(?:ы|қа|та|тың|тан|пен|ының|ында)?)\s+"
    r"(?:\w+\s+)?(?:in|of|в|во|г\.)\s+(?:the\s+)?(?:(?:city|town|города)\s+(?:of\s+)?)?$",
    re.I,
)
#: The town whose fans are told of: "Tekeli and Ushtobe fans", "Текелі мен Уштобе жанкүйерлері",
#: "fans from Aktobe", "болельщики из Костаная" (where they come from, not where they fought)
_FANS_AFTER = re.compile(r"^(?:\s*(?:,|мен|бен|пен|және|and|и)\s*[\w-]+)*\s+(?:(?:football|hockey|club)\s+)?"
                         r"(?:fans|supporters|ultras|жанкүйер\w*|болельщик\w*|фанат\w*)", re.I)
_FANS_BEFORE = re.compile(r"(?:\b(?:fans|supporters|ultras)\s+(?:of|from)\s+|"
                          r"(?<![\w])(?:болельщик|фанат)\w*\s+(?:\w+\s+)?из\s+)(?:the\s+)?$", re.I)
#: A sports club named after its city ("fans of FC Kairat Almaty", "ХК «Барыс» Астана").
_CLUB_BEFORE = re.compile(r"(?<![\w])(?:FC|F\.C\.|ФК|ХК|HC|БК|ФК|футбол\s+клубы)\s+[«\"]?[\w-]+[»\"]?\s+$")

#: A journey "from X to Y": Y is a destination ("из Актобе в Атырау").
_FROM_TO = re.compile(r"(?<![\w])(?:из|от)\s+(?:(?:вокзала|автовокзала|аэропорта|станции)\s+)?[\w-]+\s+(?:в|во|до|на)\s+$|"
                      r"\bfrom\s+[\w-]+\s+to\s+$", re.I)
#: A region named as the seat of an authority ("акимат Мангистауской области",
#: "ДЧС Алматинской области", "Қарағанды облысы әкімдігі").
_SEAT_BEFORE = re.compile(
    r"(?<![\w])(?:акимат\w*|аким\w*|департамент\w*|управлени\w*|дчс|мчс|прокуратур\w*|полици\w*|"
    r"маслихат\w*|филиал\w*|пресс-служб\w*)\s+(?:\w+\s+){0,3}?$",
    re.I,
)
#: A court after a Kazakh attributive place ("Тараздағы ... қылмыстық сот", "Алматыдағы сот")
_KK_COURT_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:сот(?:ы|қа|та|тың|тан|пен|ының|ында|тары|тарының)?|"
                             r"(?:инспекция|департамент|басқарма|прокуратура)\w*)(?![\w])", re.I)
_SEAT_AFTER = re.compile(r"^\s*(?:әкімдіг\w*|әкімі\w*|полиция\s+департамент\w*|төтенше\s+жағдайлар\s+департамент\w*|"
                         r"прокуратура\w*|мәслихат\w*)", re.I)
_OTHER_PLACES = re.compile(
    r"(?:\bother\s+(?:places|parts|towns|cities|districts|areas|settlements)\s+(?:of|in|across)|\belsewhere\s+in|"
    r"(?<![\w])других\s+(?:местах|районах|городах|населённых\s+пунктах|частях))\s+(?:the\s+)?$",
    re.I,
)
#: A Kazakh list whose last name is in the ablative ("X мен Yден", "X, Y және Zтен").
_KK_LIST_ABLATIVE = re.compile(
    r"^(?:\s*(?:,|мен|бен|пен|және)\s*(?-i:[А-ЯЁӘІҢҒҮҰҚӨҺA-Z])[\w-]*)*?\s*(?:,|\s(?:мен|бен|пен|және))\s*"
    r"(?-i:[А-ЯЁӘІҢҒҮҰҚӨҺA-Z])[\w-]*(?:дан|ден|тан|тен|нан|нен)(?![\w])")
#: A town or district that a named settlement is subordinate to ("Кентау қаласына
#: қарасты Мырғалымсай кентінде"): the settlement is the place.
_SUBORDINATE_AFTER = re.compile(
    r"^(?:\s+(?:қала|аудан|облыс)\w*)?\s+қарасты\s+(?:[\w-]+\s+)?(?-i:[А-ЯЁӘІҢҒҮҰҚӨҺA-Z])", re.I)
#: People sent or coming, or goods loaded or shipped, from a Kazakh ablative place
#: ("облысынан құтқарушылар жіберілді", "кен орнынан тиелген мұнай").
_KK_SENT_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,3}?\s+(?:жіберіл|келді|келген|келіп|шақырыл|аттан|жөнелтіл|тартыл|әкелін|тиел|тасымалд|жеткізіл|айдал)\w*", re.I)
#: A Kazakh dative place with a verb of heading for it ("Астанаға бара жатқан").
_KK_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не)$", re.I)
#: A Kazakh attributive place before a thing in the dative and a verb of heading for it
#: ("Түркістандағы ойынға алып бара жатқан", "Астанадағы жиынға бара жатқан").
_KK_ATTRIB_END = re.compile("(?:" + "|".join(KK_ATTRIBUTIVE) + ")$", re.I)
_KK_TO_THING_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?[\w-]+(?:ға|ге|қа|ке)\s+(?:[\w-]+\s+)?(?:бара\s+жат\w*|бет\s+ал\w*|жол\s+тарт\w*|аттан\w*)", re.I)
_KK_HEADING_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:бара\s+жат\w*|бет\s+ал\w*|жол\s+тарт\w*|аттан\w*|келе\s+жат\w*|сапар\w*|қатына\w*|бағыт\w*)", re.I)


#: An apposition that says what unit a place is (or was) the centre of: "the regional akimat,
#: then the seat of Almaty Region", "Taldykorgan, now the centre of the new Jetisu Region".
_SEAT_OF = re.compile(
    r",\s+(?:then|now|at\s+the\s+time|still|since\s+\w+)\s+(?:the\s+)?(?:seat|centre|center|capital)\s+of\s+(?:the\s+)?(?:new\s+)?$",
    re.I)
#: What people fear may happen there: "feared Chinese firms would take farmland near the border in",
#: "опасаются, что землю в ... передадут".
_FEARED = re.compile(
    r"(?:\b(?:fear(?:s|ed)?|worr(?:y|ies|ied)|afraid)\b[^.;]{0,80}\b(?:would|could|might|will)\b|"
    r"(?<![\w])опаса\w*,?\s+что)[^.;]{0,80}$", re.I)


#: Reasons that carry over a coordinated list ("from Pavlodar and Semey").
_LIST_REASONS = {"origin", "destination", "reference point", "place of a statement", "solidarity",
                 "seat of an authority", "residence"}
# (the last item may bring its settlement noun: "в Усть-Каменогорске, Семее и городе Алтай")
_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|or|и|или|және|мен|бен|пен)\s+)"
                       r"(?:(?:the\s+)?(?:city|town|village)\s+of\s+|(?:город|сел|пос[её]лк)\w*\s+)?", re.I)


_NON_SPACE = re.compile(r"\S")
_NEWLINE = re.compile(r"\n")


def _after_dateline(text: str, pos: int) -> bool:
    """Whether the text of the paragraph before ``pos`` is a dateline ("ОРАЛ. 19 наурыз. ҚазАқпарат – ",
    "ALMATY, Jan 5 (Reuters) - "): the dash there closes it and joins no route."""
    lead = text[_paragraph_of(text, pos): pos].rstrip(" –—-")
    # (the first dash of the paragraph: after it, "ҚАРАҒАНДЫ, 9 ақпан – Астана – Қарағанды тас жолында" is a route)
    return len(lead) <= 60 and not _SPACED_DASH.search(lead) and bool(find_dates(lead))


_SPACED_DASH = re.compile(r"\s[–—-]\s")


def _is_dateline(text: str, m: dict) -> bool:
    ls = _paragraph_of(text, m["start"])
    if _NON_SPACE.search(text, ls, m["start"]):
        return False
    after = text[m["end"]: m["end"] + 40]
    if re.match(r"^\s*(?:,\s*[^—–\n]{0,30})?\s*(?:—|–|--|-\s)", after):
        return True
    surface = text[m["start"]:m["end"]]
    if surface.isupper() and len(surface) > 2 and re.match(r"^\s*[.,]", after):
        return True
    # "Астана, 5 января." / "Almaty, Jan 5 (Reuters) -" / "Астана. 5 қаңтар."
    lead = re.match(r"^\s*[.,]\s*", after)
    if not lead:
        return False
    found = find_dates(after[:40])
    return bool(found) and found[0].start == lead.end() and found[0].month is not None


#: A route or a direction: "the line between X and Y", "между X и Y", "в сторону X",
#: "в направлении X" (both ends of "between" are endpoints, not sites).
_ROUTE_BEFORE = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?:(?:cities|towns|villages)\s+of\s+)?(?-i:[A-ZА-ЯЁ])[\w'-]*(?:\s+(?-i:[A-ZА-ЯЁ])[\w'-]*)?\s+and\s+|"
    r"(?<![\w])между\s+(?:(?:городами|сёлами|селами|посёлками|поселками)\s+)?(?-i:[А-ЯЁ])[\w-]*(?:\s+(?-i:[А-ЯЁ])[\w-]*)?\s+и\s+|"
    r"(?<![\w])(?:в\s+сторону|в\s+направлении|по\s+направлению\s+(?:к|ко)|курсом\s+на)\s+(?:(?:города|села|посёлка|поселка|станции)\s+)?)$",
    re.I,
)
#: The first end of "between X and Y" (a capitalised name follows the conjunction).
_BETWEEN_OPEN = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?:(?:cities|towns|villages)\s+of\s+)?|(?<![\w])между\s+"
    r"(?:(?:городами|сёлами|селами|посёлками|поселками)\s+)?)$", re.I)
_BETWEEN_NEXT = re.compile(r"\s+(?:and|и)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(?-i:[A-ZА-ЯЁ])", re.I)
#: Kazakh route and direction after a place: "Алматы бағытында", "Алматы мен Бішкек арасындағы".
_ROUTE_AFTER = re.compile(
    r"^(?:\s+(?:қала|ауыл|кент|станция)\w*)?\s+бағыт\w*|^\s+(?:мен|бен|пен|және)\s+[\w-]+\s+(?:\w+\s+)?арасында\w*|^\s+арасында\w*|"
    # a point a route passes ("Бадам стансасы арқылы айналып жүрді": trains went round via Badam;
    # not the stretch of a road that runs through a district, "Бұланды ауданы арқылы өтетін бөлігінде")
    r"^\s+арқылы(?![\w])(?!\s+өтетін)",
    re.I,
)
_COMPASS = re.compile(
    r"\b(?:south|north|east|west|south-east|south-west|north-east|north-west)\s+of\s+(?:the\s+)?$|"
    r"\bon\s+the\s+(?:shores?|banks?|coast)\s+of\s+(?:(?:the\s+)?lake\s+)?$|(?<![\w])на\s+(?:берегу|побережье)\s+(?:озера\s+|реки\s+)?$",
    re.I)
#: After a place: its shore ("Балқаш жағасында"), the place where an official spoke
#: ("В Талдыкоргане аким области заявил на брифинге"), or a negated effect ("did not
#: affect X", "X не пострадал", "X ... әсер еткен жоқ").
_SHORE_AFTER = re.compile(r"^(?:\s+(?:көлі|өзені)\w*)?\s+жағасында\w*", re.I)
#: A body named in the locative before a place ("В МВД в Астане", "В акимате в Уральске") and a
#: verb of speech right after the place
_ORG_IN_BEFORE = re.compile(r"(?:^|[\s,.:;])[Вв]о?\s+(?:[А-ЯЁ]{2,}\w*|(?:[\w-]+\s+)?(?:министерств|акимат|департамент|управлени|"
                            r"ведомств|комитет|штаб|служб|полици|прокуратур)\w*)\s+(?:[\w-]+\s+)?в\s+$")
_SAID_RIGHT_AFTER = re.compile(r"^,?\s+(?:напомнил|сообщил|заявил|отметил|подчеркнул|пояснил|уточнил|рассказал|добавил|"
                               r"считают|полагают|предупредил|призвал)\w*", re.I)
_STATEMENT_AFTER = re.compile(
    r"^,?\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:аким|министр|вице-министр|глав|представител|спикер|пресс-секретар|начальник|"
    r"руководител|губернатор|мэр|депутат|прокурор|akim|governor|minister|mayor|officials?|spokes\w*|head|chief|prosecutor|"
    r"әкім|басшы|өкіл|депутат)\w*\s+(?:[\w'-]+\s+){0,4}?(?:(?:заявил|сообщил|рассказал|сказал|отметил|подчеркнул|пояснил)\w*\s+"
    r"(?:на\s+(?:брифинге|пресс-конференции|совещании|заседании|пресс-подходе)|журналистам|СМИ)|"
    r"(?:told\s+(?:reporters|journalists|a\s+(?:briefing|press\s+conference))|said\s+at\s+a\s+(?:briefing|press\s+conference|meeting))|"
    r"(?:брифингте|баспасөз\s+мәслихатында|жиында|кеңесте)\s+(?:\w+\s+)?(?:мәлімде|хабарла|айт)\w*)",
    re.I)
#: A leader named before a place and a verb of speech right after it ("Президент в пятницу в
#: Астане назвал протесты ...", "the prime minister in Astana said").
_SAID_AFTER = re.compile(
    r"^,?\s+(?:on\s+\w+\s+)?(?:назвал|заявил|сказал|отметил|подчеркнул|пообещал|поручил|призвал|осудил|напомнил|said|says|called|"
    r"described|urged|promised|told|condemned|recalled|reminded)\w*\b", re.I)
_LEADER_BEFORE = re.compile(
    r"(?:\b(?:president|prime\s+minister|premier|minister|akim|governor|mayor|spokes\w+|diplomats?|ambassadors?|envoys?)\b|"
    r"(?<![\w])(?:президент|премьер|министр|аким|глав[аы]\s+государства|мэр|губернатор|спикер|пресс-секретар|дипломат|посол|"
    r"посл(?:ы|а|у|ов|ом|ам|ами|ах)(?![\w]))\w*)[^.;]{0,60}$", re.I)
#: The place of a meeting or briefing ("at a meeting in Astana", "на совещании в Астане",
#: "Астанада өткен кеңесте"): a warning or a report is given there, nothing happens.
_MEETING_BEFORE = re.compile(
    r"(?:\b(?<!protest\s)(?:meeting|session|briefing|press\s+conference|conference|forum)\s+(?:\w+\s+){0,2}?(?:in|at)|"
    r"(?<![\w])(?:совещани|заседани|брифинг|пресс-конференци|конференци|форум)\w*\s+(?:\w+\s+){0,2}?(?:в|во))\s+"
    r"(?:the\s+)?(?:(?:city|town|города|г\.)\s+(?:of\s+)?)?$", re.I)
_MEETING_AFTER = re.compile(
    r"^\w*\s+(?:\w+\s+)?(?:өткен|өтетін|өтіп\s+жатқан)\s+(?:\w+\s+)?(?:кеңес|отырыс|мәжіліс|селектор|брифинг|баспасөз|форум|алқа)\w*", re.I)
#: Roles that make a place no site, each seen in the text just before it: where someone
#: met a delegation ("met a delegation of the protesters in Taraz", "встретился с
#: бастующими в Таразе"), where analysts or experts sit ("analysts in Almaty said",
#: "считают аналитики в Алматы"), a unit named with a reform ("the region, created in
#: June along with Jetisu and Ulytau regions", "созданной вместе с Улытауской областью")
#: or as a point of comparison ("higher than in Almaty", "чем в Алматы", "по сравнению
#: с Атырау").
_MEET = (
    r"\b(?:received|hosted)\s+(?:a\s+|the\s+)?(?:delegation|representatives|group)\s+(?:[\w'-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?|"
    r"(?<![\w])принял\w*\s+(?:делегаци|представител|групп)\w*\s+(?:[\w-]+\s+){0,4}?(?:в|во)\s+(?:городе\s+)?|"
    r"\bmet\s+(?:with\s+)?(?!(?:[\w'-]+\s+){0,4}?with\s+(?:tear|force|batons?|rubber|water|stun|guns?|live|shots|fire|stones))"
    r"(?:[\w'-]+\s+){0,6}?(?:in|at)\s+(?:the\s+)?|"
    r"(?<![\w])(?:встретил\w*|встреч(?:а|е|у|ей)|переговор\w*)\s+(?:с(?:о)?\s+)?(?:[\w-]+\s+){0,5}?(?:в|во)\s+(?:городе\s+)?")
_ANALYSTS = (
    r"\b(?:analysts?|experts?|economists?|observers|commentators|political\s+scientists?|pundits|traders)\s+(?:[\w-]+\s+)?"
    r"(?:in|from|based\s+in|at)\s+(?:the\s+)?|"
    r"(?<![\w])(?:аналитик|эксперт|экономист|политолог|наблюдател|обозревател|трейдер)\w*\s+(?:[\w-]+\s+)?(?:в|во|из)\s+(?:городе\s+)?")
_REFORM = (
    r"\b(?:created|formed|established|set\s+up|carved\s+out|separated|split\s+off|abolished|renamed|merged)\b[^.;]{0,50}?"
    r"\b(?:along|together)\s+with\s+(?:the\s+)?(?:[\w-]+(?:\s+[\w-]+)?(?:,|\s+and)\s+){0,3}|"
    r"(?<![\w])(?:созда|образова|учрежд|выдел|упраздн|переименова|объедин|разделен)\w*[^.;]{0,50}?"
    r"(?<![\w])(?:вместе|наряду|одновременно)\s+со?\s+(?:[\w-]+(?:\s+[\w-]+)?(?:,|\s+и)\s+){0,3}|"
    r"\b(?:carved|created|formed|recreated|re-created|separated|split\s+off|spun\s+off)\b[^.;]{0,30}?\b(?:out\s+of|from)\s+(?:the\s+)?|"
    r"\b(?:formerly|previously|once|until\s+(?:\d{4}|\w+\s+\d{4}))\s+(?:a\s+)?part\s+of\s+(?:the\s+)?|"
    r"(?<![\w])(?:выделен|образован|создан|отделен|отделён|воссоздан)\w*\s+(?:[\w-]+\s+){0,3}?из\s+(?:состава\s+)?|"
    r"(?<![\w])(?:входил\w*|входивш\w*)\s+в\s+состав\s+")
_COMPARE = (
    r"\b(?:than|compared\s+(?:with|to)|unlike)\s+(?:in\s+|at\s+)?(?:the\s+)?|"
    r"(?<![\w])(?:чем\s+(?:в|во|на)|по\s+сравнению\s+со?|в\s+отличие\s+от)\s+|"
    # (earlier cases the police compare it with: "a series of similar cases in Karaganda")
    r"\bsimilar\s+(?:\w+\s+)?(?:cases|incidents|attacks|arsons|fires)\s+(?:\w+\s+)?(?:in|at)\s+|"
    r"(?<![\w])(?:похож|аналогичн)\w*\s+(?:\w+\s+)?(?:случа|инцидент|поджог|нападени|пожар)\w*\s+(?:\w+\s+)?(?:в|во|на)\s+")
#: The roles told before a place; each pattern ends where the place begins, and is
#: tried only where one of the words its matches begin with stands (``_ROLE_START``).
_ROLES_BEFORE = tuple(re.compile("(?:" + p + ")$", re.I) for p in (_MEET, _ANALYSTS, _REFORM, _COMPARE))
_ROLE_START = re.compile(r"(?<![\w-])" + trie_regex(((
    "received", "hosted", "принял", "met", "встре", "перегов",
    "analyst", "expert", "economist", "observer", "commentator", "political", "pundit", "trader",
    "аналитик", "эксперт", "экономист", "политолог", "наблюдател", "обозревател", "трейдер",
    "created", "formed", "established", "set", "carved", "separated", "split", "abolished", "renamed", "merged",
    "recreated", "re-created", "spun", "formerly", "previously", "once", "until",
    "созда", "образова", "учрежд", "выдел", "упраздн", "переименова", "объедин", "разделен", "отделен",
    "отделён", "воссоздан", "входил", "входивш",
    "than", "compared", "unlike", "чем", "по сравнени", "в отличи", "similar", "похож", "аналогичн"))))  # (run on lower-case text)
_ROLE_START_I = re.compile(_ROLE_START.pattern, re.I)


#: The same roles told after a Kazakh place: a meeting there ("Астанадағы үкімет
#: отырысында", "Таразда наразылармен кездесті"), analysts there ("Алматыдағы
#: сарапшылар"), a unit formed with others ("Жетісу және Ұлытау облыстарымен бірге
#: құрылған") and a point of comparison ("Алматыға қарағанда").
_ROLE_AFTER = re.compile(
    r"(?:\s+(?:қала|ауыл|кент|облыс|аудан)\w*?)?(?:(?<=[дт]ағы)|(?<=[дт]егі)|[дт]ағы|[дт]егі)\s+(?:[\w-]+\s+)?"
    r"(?:кеңес|отырыс|мәжіліс|селектор|брифинг|баспасөз|форум|алқа)\w*|"
    r"(?:\s+(?:қала|ауыл|кент|облыс|аудан)\w*?)?(?:(?<=[дт][ае])|[дт][ае])\s+(?:[\w-]+\s+){0,3}?"
    r"(?:делегация\w*|өкілдері\w*)\s+(?:\w+\s+)?қабылда\w*|"
    r"(?:\s+(?:қала|ауыл|кент|облыс|аудан)\w*?)?(?:(?<=[дт][ае])|[дт][ае])\s+(?:[\w-]+\s+){0,3}?кездес(?:ті|іп|кен|у)\w*|"
    r"\w*\s+(?:[\w-]+\s+)?(?:сарапшы|саясаттанушы|экономист|талдаушы|эксперт)\w*|"
    r"(?:\s*(?:және|мен|бен|пен|,)\s+[\w-]+)*(?:\s+облыс\w*)?\s+(?:бірге|қатар)\s+(?:\w+\s+)?(?:құрыл|бөлін|таратыл|қайта\s+атал)\w*|"
    r"\w*\s+(?:қарағанда|салыстырғанда)(?![\w])|"
    r"(?:\s+облыс\w*)?\s+құрамынан\s+(?:\w+\s+)?(?:бөлін|шығар|шық)\w*|"
    r"(?:\s+облыс\w*)?\s+құрамында\s+бол(?:ған|ды)(?![\w])", re.I)
_UNAFFECTED_BEFORE = re.compile(
    r"(?:\b(?:did\s+not|didn't|has\s+not|have\s+not|hasn't|haven't|had\s+not|does\s+not|doesn't)\s+(?:\w+\s+)?"
    r"(?:affect|disrupt|reach|spread\s+to|hit|touch|halt)\w*\s+(?:(?:work|operations|production|output|traffic)\s+(?:at|in|of)\s+)?(?:the\s+)?|"
    r"(?<![\w])не\s+(?:затрон|коснул|повлия|отрази|распростран)\w*\s+(?:на\s+)?(?:\w+\s+){0,2}?)$",
    re.I)
_UNAFFECTED_AFTER = re.compile(
    r"^\s+(?:(?:was|were|has\s+been|have\s+been|remained|remains)\s+(?:\w+\s+)?(?:unaffected|not\s+affected)|"
    r"(?:\w+\s+){0,2}?не\s+пострадал\w*|(?:\w+\s+){0,4}?әсер\s+(?:\w+\s+)?(?:етпе|еткен\s+жоқ|етпеді|жоқ)\w*|(?:\w+\s+){0,2}?зардап\s+шекпе\w*)",
    re.I)
#: An official named by the place he heads ("Аким Буландынского района встретился с
#: протестующими"): the place is his seat, not a new site.
_OFFICIAL_BEFORE = re.compile(
    r"(?<![\w])(?:аким|глав[аеуы]|губернатор\w*|мэр\w*|руководител\w*|начальник\w*)\s+(?:\w+\s+)?$", re.I)
_OFFICIAL_AFTER = re.compile(r"^(?:\s+(?:қала|аудан|облыс|ауыл)\w*)?\s+әкімі(?:\b|нің\s+орынбасар)", re.I)
#: The tests of the text before a mention, run together (``_before_scan``); the
#: first match of each is what its ``search`` would give.
_BEFORE_TESTS = (_COMPASS, _ORIGIN, _DEST, _SPREAD, _TAKEN_TO, _FROM_TO, _CLUB_BEFORE, _COURT_BEFORE,
                 _RESIDENTS_BEFORE, _SEAT_BEFORE, _OTHER_PLACES, _SPEECH, _AUTHORITY_BEFORE, _ROUTE_BEFORE,
                 _MEETING_BEFORE)
(_B_COMPASS, _B_ORIGIN, _B_DEST, _B_SPREAD, _B_TAKEN_TO, _B_FROM_TO, _B_CLUB, _B_COURT, _B_RESIDENTS, _B_SEAT,
 _B_OTHER, _B_SPEECH, _B_AUTHORITY, _B_ROUTE, _B_MEETING) = range(len(_BEFORE_TESTS))
_BEFORE_SCAN = None


def _before_scan():
    global _BEFORE_SCAN
    if _BEFORE_SCAN is None:
        from .multiscan import MultiScan

        _BEFORE_SCAN = MultiScan(_BEFORE_TESTS)
    return _BEFORE_SCAN


def _other_role(text: str, m: dict, sent_start: int, role_starts: list[int], kazakh: bool = True) -> bool:
    """Whether the place is named as where someone met a delegation, where analysts sit,
    with a reform or as a point of comparison (``_ROLES_BEFORE``, ``_ROLE_AFTER``);
    ``role_starts`` are the offsets in ``text`` of the sentence's words of ``_ROLE_START``.
    The roles told after a place are Kazakh (``kazakh``). Asked only of places in a
    sentence with an event word."""
    end = m["start"]
    lo = max(sent_start, end - 80)
    for i in role_starts[bisect.bisect_left(role_starts, lo):bisect.bisect_left(role_starts, end)]:
        for pattern in _ROLES_BEFORE:
            if pattern.match(text, i, end):
                return True
    return kazakh and _ROLE_AFTER.match(text, m["end"], m["end"] + 80) is not None


#: Mishaps told first in an "after ..." clause with their consequence ("were taken to
#: hospital after chlorine leaked", "госпитализированы после утечки хлора").
_FIRST_TOLD_TYPES = {"accident", "explosion", "fire", "crash"}
_CONSEQUENCE = re.compile(
    r"\b(?:hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+)?hospital|treated|injured|hurt|poisoned|evacuated)\b|"
    r"(?<![\w])(?:госпитализир\w*|доставлен\w*\s+в\s+больниц\w*|пострадал\w*|травмирован\w*|отравил\w*|эвакуирова\w*|"
    r"ауруханаға|жатқызыл\w*|жарақат\w*|уланды|улан\w*|эвакуацияла\w*|көшіріл\w*)", re.I)


def _speech_then_event(text: str, m: dict, sent_start: int, hits, s_start: int) -> bool:
    """Whether an event word of ``hits`` (offsets from ``s_start``) comes between the
    speech verb before a place and the place: "said 30 homes had been flooded in X"
    tells where it happened, not where it was said."""
    a = max(sent_start, m["start"] - 80)
    sp = _SPEECH.search(text, a, m["start"])
    if sp is None:
        return False
    lo, hi = sp.start() - s_start, m["start"] - s_start
    return any(lo < h.start and h.end <= hi for h in hits if not h.weak and not h.agent)


def _consequence(text: str, m: dict, before: str) -> bool:
    """True when ``m`` is a place left without power, heat or water (not one where it happened)."""
    if _WITHOUT_BEFORE.search(before):
        return True  # "оставил без электричества посёлок X и часть Y"
    after = text[m["end"]: m["end"] + 120]
    if "without" in after and _LEFT_BEFORE.search(before) and _WITHOUT_AFTER.match(after):
        return True  # "left 2,000 homes in X without power"
    if _AT_BEFORE.search(before) or _KK_LOCATIVE.search(m.get("text") or "") or _KK_HEAD_LOCATIVE.match(after):
        return False  # "в Экибастузе ... остались без света": where it happened
    return bool(_WITHOUT_AFTER.match(after))


#: The building of an authority as a site: "у здания акимата Атырауской области", "outside the
#: Atyrau regional akimat", "Атырау облысы әкімдігінің алдында".
_AT_BUILDING_RU = re.compile(
    r"(?:(?<![\w])(?:у|возле|около|перед|напротив|ко?)\s+(?:здани\w*\s+)?|(?<![\w])в\s+здании\s+)"
    r"(?:област\w+\s+|городск\w+\s+)?(?:акимат\w*|маслихат\w*|департамент\w*\s+полиции)\s+(?:\w+\s+)?$", re.I)
_AT_BUILDING_EN_BEFORE = re.compile(r"\b(?:outside|in\s+front\s+of|near|stormed|into)\s+the\s+$", re.I)
#: "outside the akimat of Zhanaozen", "stormed the administration of the district"
_AT_BUILDING_OF_EN = re.compile(r"\b(?:outside|in\s+front\s+of|near|stormed|into|at)\s+the\s+(?:building\s+of\s+the\s+)?"
                                r"(?:akimat|administration|maslikhat)\s+of\s+(?:the\s+)?$", re.I)
_AT_BUILDING_EN_AFTER = re.compile(
    r"\s*(?:(?:region|oblast|city)(?:al)?\s+)?(?:akimat|administration|police\s+department)(?:\s+building)?\b", re.I)
_AT_BUILDING_KK = re.compile(
    r"\s*(?:(?:облысы|қаласы)\w*\s+)?(?:әкімдіг\w*|мәслихат\w*)\s+(?:ғимарат\w*\s+)?(?:алдын|маңын|жанын|ауласын)\w*", re.I)


def _at_building(before: str, after: str) -> bool:
    """Whether the place names an authority whose building is where something happened."""
    return bool(_AT_BUILDING_RU.search(before) or _AT_BUILDING_KK.match(after)
                or (_AT_BUILDING_EN_BEFORE.search(before) and _AT_BUILDING_EN_AFTER.match(after))
                or ("of" in before and _AT_BUILDING_OF_EN.search(before) is not None))


_LAUNCHED_FROM = re.compile(r"(?<![\w])(?:запущ\w*|стартова\w*|взлетевш\w*|вылетевш\w*)\s+(?:[\w«»-]+\s+){0,3}?(?:с|со)\s+"
                            r"(?:космодрома\s+|аэродрома\s+|аэропорта\s+)?«?$", re.I)
_KK_LAUNCHED_AFTER = re.compile(r"^(?:\s+ғарыш\s+айлағынан)?\s+(?:ұшырылған|ұшырылды|ұшқан|ұшып\s+шыққан)", re.I)
_BORN_BEFORE = re.compile(
    r"(?:\bborn\s+(?:\w+\s+)?(?:in|at|near)|\bnatives?\s+of|(?<![\w])(?:родил(?:ся|ась|ись)|родивш\w*|уроженц\w*|уроженк\w*)(?:\s+(?:в|во|под))?)"
    r"\s+(?:the\s+)?(?:(?:city|town|village|города|городе|села|селе|посёлка|посёлке|поселке|аула|ауле)\s+(?:of\s+)?)?$", re.I)
_KK_BORN_AFTER = re.compile(r"^(?:\s+(?:ауылында|қаласында|кентінде|ауданында))?\s+(?:туған|туып|дүниеге\s+кел)", re.I)


#: A relative clause of a forecast or a warning, up to the place and the list items before it ("густой
#: туман, о котором синоптики предупреждали в Алматинской, Жамбылской и ...", "the fog that
#: forecasters had warned of in Almaty and ..."): the area warned, not where the event happened.
_WARNED_IN = re.compile(
    r"(?:(?<![\w])(?:о|про)\s+котор\w+\s+(?:[\w-]+\s+){0,3}?(?:предупрежда\w*|предупредил\w*|предсказыва\w*|прогнозирова\w*)"
    r"|\b(?:which|that)\s+(?:[\w-]+\s+){0,3}?(?:warned|forecast|predicted)\s+(?:of\s+|about\s+)?)"
    r"\s+(?:(?:в|во|in|for)\s+)(?:the\s+)?(?:[\w-]+(?:\s*,\s*|\s+(?:и|and)\s+))*$", re.I)


def _non_incident(text: str, m: dict, sent_start: int) -> str | None:
    """Why a place mention is not an incident location, or None when it may be one."""
    before = text[max(sent_start, m["start"] - 80): m["start"]]
    after = text[m["end"]: m["end"] + 40]
    if _is_dateline(text, m):
        return "dateline"
    if _REF_POINT_GATE.search(before) and _REF_POINT.search(before):
        return "reference point"
    if ("котор" in before or "which" in before or "that" in before) and _WARNED_IN.search(before):
        return "area of a forecast"  # "туман, о котором синоптики предупреждали в Алматинской, Жамбылской ..."
    # the other tests of the text before the mention, all in one pass
    ahead = {i: found[0] for i, found in _before_scan().found(before)}
    if _B_COMPASS in ahead:
        return "reference point"
    if _B_ORIGIN in ahead and _B_SPREAD not in ahead and not (("off" in before or "взл" in before) and _TAKE_OFF.search(before)):
        return "origin"  # (not the airport a plane that crashed "shortly after take-off from" had left)
    if "from" in before and _from_base(before):
        return "origin"  # "lorries from the garrison in Akmola"
    if _LAUNCHED_FROM.search(before) or ((m.get("text") or "")[-3:] in KK_ABLATIVE and _KK_LAUNCHED_AFTER.match(after)):
        return "origin"  # a launch site: "запущенной накануне с Байконура", "Байқоңырдан ұшырылған"
    if _BORN_BEFORE.search(before) or _KK_BORN_AFTER.match(after):
        return "origin"  # a birthplace: "born in Guryev", "родился в Гурьеве", "Гурьевте туған"
    if any(w in before for w in _CENTRE_WORDS) and _TAKEN_TO_CENTRE.search(before):
        return "destination"  # "taken to a burn centre in Almaty"
    if any(w in before for w in _TREATED_WORDS) and _TREATED_IN.search(before):
        return "destination"  # "is in intensive care in Uralsk": where a victim is treated
    if (m.get("text") or "").lower().endswith(_KK_ATTR_ENDS) and _KK_TAKEN_GATE.search(text, m["end"], m["end"] + 90) and \
            _KK_TAKEN_AFTER.match(text[m["end"]: m["end"] + 90]):
        return "destination"  # "Алматыдағы күйік орталығына жеткізілді"
    if _B_DEST in ahead and _B_SPREAD not in ahead and not _SPREAD_AND_TO.search(before):
        return "destination"
    # route endpoints: "Aqtau–Beyneu", "Shymkent–Samara highway", "трасса Алматы — Усть-Каменогорск"
    if re.match(r"^[–—-]\w", after) or (m["start"] > 1 and re.search(r"\w[–—]$", text[m["start"] - 2: m["start"]])):
        return "route endpoint"
    # (the word before the dash a name, not a dateline's month: "ЖЕЗҚАЗҒАН, 15 қараша – Ұлытау облысында")
    if (re.match(r"^\s?[–—-]\s?[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]", after) or (_NAME_DASH_BEFORE.search(before) and not _after_dateline(text, m["start"]))) \
            and _ROAD.search(text[max(sent_start, m["start"] - 40): m["end"] + 40]):
        return "route endpoint"
    if _B_ROUTE in ahead or _ROUTE_AFTER.match(after) or \
            (_BETWEEN_OPEN.search(before) and _BETWEEN_NEXT.match(after)):
        return "route endpoint"
    if _SHORE_AFTER.match(after):
        return "reference point"
    ua = _UNAFFECTED_AFTER.match(text[m["end"]: m["end"] + 80])
    if (ua and not any(not h.weak for h in raw_trigger_hits(ua.group(0)))) or _UNAFFECTED_BEFORE.search(before):
        return "not affected"  # (an event word between: the place is its subject, "X-тағы ереуіл ... әсер етпеді")
    if _STATEMENT_AFTER.match(text[m["end"]: m["end"] + 120]):
        return "place of a statement"
    if _ORG_IN_BEFORE.search(before) and _SAID_RIGHT_AFTER.match(after):
        return "place of a statement"  # "В МВД в Астане напомнили, что ...": where the body that speaks sits
    if _SAID_AFTER.match(after) and _LEADER_BEFORE.search(before):
        return "place of a statement"  # "Президент в пятницу в Астане назвал протесты ...", "the minister in Astana said"
    if _B_MEETING in ahead or ("өт" in after and _MEETING_AFTER.match(after)):
        return "place of a statement"  # a meeting or briefing held there
    if ("ен " in after or "," in after or "және" in after) and _KK_LIST_ABLATIVE.match(after) and \
            not _KK_LOCATIVE.search(m.get("text") or ""):
        # "Қарағанды мен Шахтинскіден": the ablative ends a list of origins (not after a place in
        # the locative: "Абай ауданында, Қарауыл ауылынан 12 шақырым жерде")
        return "origin"
    if _OFFICIAL_BEFORE.search(before) or _OFFICIAL_AFTER.match(after):
        return "seat of an authority"
    if (m.get("text") or "").lower().endswith(_KK_ATTR_ENDS) and _KK_COURT_AFTER.match(text, m["end"], m["end"] + 80):
        return "seat of an authority"  # "Тараздағы мамандандырылған ауданаралық қылмыстық сот"
    if _B_TAKEN_TO in ahead and _RU_MOVED.search(ahead[_B_TAKEN_TO].group(0)) and _RU_LOCATIVE.search(m.get("text") or ""):
        pass  # "эвакуировали 200 человек в Таразе": the place where it was done, not a destination
    elif _B_TAKEN_TO in ahead and _HOSPITAL_WORD.match(ahead[_B_TAKEN_TO].group(0)) \
            and _SCENE_BEFORE.search(before, 0, ahead[_B_TAKEN_TO].start()):
        pass  # "a fire broke out in a hospital in Taraz", "пожар в больнице города Тараза": the scene
    elif _B_TAKEN_TO in ahead or _B_FROM_TO in ahead or _HOSPITAL_AFTER.match(after):
        return "destination"
    if _B_CLUB in ahead:
        return "name of a club"
    if _KK_HEAD_ABLATIVE.match(text[m["end"]: m["end"] + 80]) and not _KK_LOCATIVE.search(m.get("text") or ""):
        return "origin"  # (a place in the locative is where it happened, whatever follows it)
    if _KK_DATIVE.search(text, m["start"], m["end"]) and _KK_HEADING_AFTER.match(after):
        return "destination"  # "Петропавлға бара жатқан": heading for
    if _KK_ATTRIB_END.search(text, m["start"], m["end"]) and _KK_TO_THING_AFTER.match(after):
        return "destination"  # "Түркістандағы ойынға алып бара жатқан автобус": heading for what is there
    if (_KK_DATIVE.search(text, m["start"], m["end"]) or _KK_DATIVE_HEAD.match(after)) and \
            _KK_MOVED_AFTER.match(text[m["end"]: m["end"] + 90]):
        return "destination"  # "Шымкентке көшірілді": people moved there
    if _B_COURT in ahead:
        return "seat of an authority"
    if ("fan" in after or "support" in after or "ultra" in after or "жанкүйер" in after or "болельщ" in after
            or "фанат" in after or "fans" in before or "болельщ" in before or "фанат" in before) and (
            _FANS_AFTER.match(after) or _FANS_BEFORE.search(before)):
        return "origin"  # "Текелі мен Уштобе жанкүйерлері", "Aktobe fans", "болельщики Тобола из Костаная"
    ra = _RESIDENTS_AFTER.match(after)
    if ra and _KK_LOCATIVE.search(ra.group("head") or m.get("text") or ""):
        ra = None  # "X ауылында 200 тұрғын көшірілді": the residents in X, X where it happened
    if ra or _B_RESIDENTS in ahead or (_KK_LIVES_AFTER.match(after) and _KK_LOCATIVE.search(m.get("text") or "")):
        return "residence"
    if ("без" in before or "без" in after or "without" in after or "обесточ" in before or "обесточ" in after
            or "сыз" in after or "сіз" in after) and _consequence(text, m, before):
        return "left without supply"
    if m.get("kind") == "region" and (_B_SEAT in ahead or _SEAT_AFTER.search(after)) and not _at_building(before, after):
        return "seat of an authority"
    if _B_OTHER in ahead or ("қарасты" in after and _SUBORDINATE_AFTER.match(after)):
        return "container of places named elsewhere"
    if ("seat" in before or "centre" in before or "center" in before or "capital" in before) and _SEAT_OF.search(before):
        return "unit a place is the centre of"  # "the regional akimat, then the seat of Almaty Region"
    if ("fear" in before or "worr" in before or "afraid" in before or "опаса" in before) and _FEARED.search(before):
        return "object of a fear"  # "they feared Chinese firms would take farmland in the Almaty region"
    sp = ahead.get(_B_SPEECH)
    if sp and not re.search(r"\b(?:were|was|been|are|is)\s+(?:\w+\s+)?reported\b", sp.group(0) + " ", re.I) and \
            not re.search(r"\b(?:were|was|been|are|is)\s+(?:\w+\s+)?$", before[:sp.start()], re.I) and \
            not _NEW_CLAUSE.search(sp.group(0)):
        return "place of a statement"  # (unless an event word comes between: see _speech_then_event)
    if (_B_AUTHORITY in ahead or _AUTHORITY_AFTER.search(after)) and not _at_building(before, after):
        return "seat of an authority"
    if text[m["start"]:m["end"]].lower().endswith(KK_ABLATIVE) and (
            m.get("kind") in ("city", "village") or _KK_SENT_AFTER.match(text[m["end"]: m["end"] + 60])):
        return "origin"  # (a region or district in the ablative only with people sent or coming from it)
    if ("stati" in before or "станц" in before or "станц" in after) and _instrument_site(text, m, before):
        return "place of an instrument"
    return None


#: Stations that recorded an event ("the stations in Talgar and Kapal recorded 14
#: aftershocks", "сейсмостанции в Талгаре зафиксировали толчки", "Талғардағы станциялар
#: тіркеді"): where it was measured, not where it happened.
_STATION_BEFORE = re.compile(
    r"(?:\b(?:seismic\s+|seismological\s+|monitoring\s+)?stations?\s+(?:in|at)\s+(?:(?:the\s+)?[\w-]+\s*(?:and|,)\s+)?|"
    r"(?<![\w])(?:сейсмо)?станци\w*\s+(?:в|во)\s+(?:\w+\s*(?:и|,)\s+)?)$", re.I)
_STATION_AFTER = re.compile(r"\w*(?:\s*(?:мен|бен|пен|және|,)\s+[\w-]+)?\s+(?:сейсмо)?станция\w*", re.I)
_RECORDED = re.compile(r"\b(?:recorded|registered|detected|measured)\b|(?<![\w])(?:зафиксирова|зарегистрирова|тірке)\w*", re.I)


def _instrument_site(text: str, m: dict, before: str) -> bool:
    after = text[m["end"]: m["end"] + 140]
    st = _STATION_AFTER.match(after)
    if not (_STATION_BEFORE.search(before) or st):
        return False
    rest = after[st.end():] if st else after
    cut = re.search(r"[.;!?]", rest)
    return _RECORDED.search(rest[:cut.start()] if cut else rest) is not None

