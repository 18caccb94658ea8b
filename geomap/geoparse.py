"""The geoparser: place mentions in news text, resolved to the ADM1 unit in force on a date.

Pipeline (all offline, pure Python over the shipped gazetteer):

1. ``matcher`` finds gazetteer names (with Russian/Kazakh inflection) in the folded text;
2. each hit is read in context: a following head noun (``region``, ``области``,
   ``ауданында``) fixes the kind and joins the span; a coordinated list ending in a plural
   head noun ("the Aktobe, Kostanay and Atyrau regions") gives every item that kind;
   people ("Nursultan Nazarbayev", "Абай Құнанбайұлы", "Қаныш Сәтбаевтың"), organisations
   ("Air Astana", «Актобе Газ Сервис» компаниясы, "FC Kairat Almaty"), time zones ("Astana
   time") are dropped; small places, two-letter towns (Шу), bare river names and names that
   are ordinary words need a place cue ("the village of", "в селе", "ауылы", "the Tobol");
   a place after a neighbour's genitive ("Ресейдің Қорған облысы", "Russia's Kurgan",
   "the Russian town of Kurgan") is foreign, or no place when the data knows no foreign one;
3. quantified references ("9 regions", "во всех регионах") are found by ``quantified``;
4. named facilities are found by their head word (``facilities``), and villages missing from
   the gazetteer by a village head noun next to a district or region the text names;
5. overlaps are settled (quantified first, then the longest span), homonyms are chosen
   with document evidence (units already mentioned) and population, and every Kazakh
   place is resolved to its ADM1 unit on the date (``resolve``).
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, chain
from operator import itemgetter
from typing import NamedTuple

from . import adm1, facilities, fuzzy, quantified
from .facilities import KK_ABLATIVE, KK_ATTRIBUTIVE, KK_GENITIVE, KK_LOCATIVE, LINE_NOUNS_RU
from .gazetteer import Place, load
from .matcher import KK_TAILS, default_matcher
from .normalize import WHITESPACE as _SPACES, detect_lang, fold, romanize
from .resolve import choose, era, era_starts, unit_of, unit_table

KEYS = ("doc", "start", "end", "text", "kind", "place", "adm1", "adm1_iso", "lat", "lon", "count", "unit", "confidence")

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# "and" in Kazakh: Cyrillic, the Latin alphabets (2018 á, 2021 ä) and the informal spelling
_KK_AND = r"(?:және|j[aáä]ne|zhane)"
_LAT_LETTER = re.compile("[A-Za-z]")
# the units of Kazakh quantified references in Latin letters (oblys, aýdan, qala, auyl, óńir; ı for ы in 2021)
# (a leading character class lets the engine skip to the possible first letters; anywhere in a word:
# a rare test that only opens the way to reading the text's Cyrillic copy)
_LAT_UNIT = re.compile(r"[OoAaQqÖöÓó](?:(?<=[Oo])bl[yı]s|(?<=[Aa])[uý]dan|(?<=[Qq])ala|(?<=[Aa])[uý][yı]l|(?<=[ÖöÓó])[ñń]ir|"
                       r"(?<=[Oo])n[ıi]r)")
_REGION_W = r"regions?|oblasts?|obl[yıi]s\w*|provinces?|област\w*|облыс\w*|обл\."
_DISTRICT_W = r"districts?|rayons?|raions?|audan\w*|aýdan\w*|район\w*|аудан\w*|р-н\w*|ауд\."
# (a Kazakh head noun of a name takes the possessive: "Жалын ауылында", not "ауылда" or "ауылдың",
# a village in general: "Жалын ауылдың шетіне жетті", the flame reached the village's edge)
_CITY_W = r"city|town|қала(?:сы|сын|лық|лар)\w*|qala\w*|қ\."
_VILLAGE_W = r"villages?|settlements?|ауыл(?:ы|ын|дар|дық)\w*|кент(?:і|ін|тер)\w*|ауылдық\s+округ\w*|au[yıi]l\w*|aýyl\w*|auls?"
HEAD_RE = re.compile(
    rf"[ \u00a0]+(?:(?P<region>{_REGION_W})|(?P<district>{_DISTRICT_W})|(?P<city>{_CITY_W})|(?P<village>{_VILLAGE_W}))(?![\w-])",
    re.I,
)
PLURAL_HEAD = re.compile(
    r"^(regions|oblasts|provinces|districts|rayons|cities|towns|villages|областях|областей|областям|областями|районы|"
    r"районах|районов|районам|районами|облыстар\w*|аудандар\w*|қалалар\w*|ауылдар\w*|obl[yıi]star\w*|"
    r"audandar\w*|aýdandar\w*|qalalar\w*|au[yıi]ldar\w*|aýyldar\w*|кенттер\w*|kentter\w*|settlements|auls)$",
    re.I,
)
_RU_LIST_HEAD = re.compile(r"(?i)област|район")
_LIST_HEAD_SG = re.compile(r"(?i)област|облыс|район|аудан")
_REGION_RE = re.compile(rf"(?i){_REGION_W}")
_DISTRICT_RE = re.compile(rf"(?i){_DISTRICT_W}")
_CITY_PL = re.compile(r"(?i)cities|towns|қалалар|qalalar")
REGIONAL_ADJ = re.compile(r"[ \u00a0]+(regional|областн\w+|облыстық)(?![\w-])", re.I)
# (a Kazakh name may end in a lower-case title: "Әйтеке би", "Өтеген батыр")
_ROUTE_DASHES = frozenset("-–—")
# (and the other lines named by their ends: "the Dostyk–Moiynty line", "the Beineu–Bozoi–Shymkent gas
# pipeline", "линия Мойынты – Кызылжар", "Арқалық – Есіл желісінде", "Бейнеу – Шымкент газ құбыры")
_ROAD_NOUN = (r"[ \u00a0]+(?:road|highway|motorway|railway|line|(?:gas[ \u00a0]+|oil[ \u00a0]+)?pipeline|power[ \u00a0]+line"
              rf"|трасс\w*|автодорог\w*|шоссе|тас[ \u00a0]+жол\w*|автожол\w*|{LINE_NOUNS_RU}"
              r"|желі(?:сі|сін|сінде|сіне|сінен|сінің|сімен)?|(?:темір[ \u00a0]+жол|газ[ \u00a0]+құбыр|мұнай[ \u00a0]+құбыр)\w*)(?![\w-])")
_ROAD_WORD = re.compile(_ROAD_NOUN, re.I)
_ROUTE_AFTER = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*" + _ROAD_NOUN, re.I)
_SPACED_DASHES = frozenset([" –", " —", " -", "– ", "— ", "- "])
_ROAD_BEFORE = re.compile(rf"(?:трасс\w*|автодорог\w*|дорог[аеиуы]|шоссе|участк\w*|road|highway|{LINE_NOUNS_RU})"
                          r"[ \u00a0]+"
                          r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*[ \u00a0]*[-–—][ \u00a0]*){0,2}$", re.I)
# "the road from Zhezkazgan to Ulytau", "дорога от Жезказгана до Улытау", "the highway between A and B"
_ROAD_FROM_TO = re.compile(r"(?:road|highway|motorway|route|дорог\w*|трасс\w*|шоссе|автодорог\w*)[ \u00a0]+"
                           r"(?:from|between|от|между)[ \u00a0]+(?:[A-ZА-ЯЁ][\w-]*[ \u00a0]+(?:to|and|до|и)[ \u00a0]+)?$")
_FROM_TO_ENDS = frozenset(["to ", "до ", "nd ", " и ", "om ", "от ", "en ", "ду "])
_ROUTE_BEFORE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w]*[ \u00a0]*[-–—][ \u00a0]*$")
_NEW_OLD_PREFIX = re.compile(r"(?<![\w-])(?:Ново|Старо|Верхне|Нижне|Средне|Мало|Больше|Novo|Staro|Verkhne|Nizhne)-$")
_ITEM = rf"(?-i:[{_UP}][\w'’-]*(?:\s(?:[{_UP}][\w'’-]*|би|батыр|bi|batyr)(?![\w-]))?)"
# a plural unit noun before a list of names ("в районах Байдибек и Ордабасы", "the districts of
# Sarysu, Talas and Moiynkum", "the regions of Abai and Ulytau"): each name is that unit's; the
# text from the noun to the name (earlier items and their separators) ends at the name
_UNITS_BEFORE = re.compile(
    rf"(?<![\w-])(?P<noun>(?i:районах|районы|районов|районам|районами|областях|областей|областям|областями"
    rf"|микрорайон(?:ах|ы|ов|ам|ами)|districts[ \u00a0]+of|regions[ \u00a0]+of|oblasts[ \u00a0]+of))"
    # ("пять районов города – Алматы, Есиль, Сарыарка": the noun, the town's word and a dash before the list)
    rf"(?:[ \u00a0]+(?i:города|столицы))?(?:[ \u00a0]*[–—:])?[ \u00a0]+"
    rf"(?:{_ITEM}(?:,|[ \u00a0]+(?:и|and)|,[ \u00a0]+and)[ \u00a0]+){{0,6}}$")
_RU_DISTRICT_SG = frozenset(["район", "района", "районе", "районом", "району"])
_LIST_WORDS = frozenset("и and районах районы районов районам районами областях областей областям областями"
                        " микрорайонах микрорайоны микрорайонов микрорайонам микрорайонами".split())
_UNIT_BEFORE_W1 = _LIST_WORDS | _RU_DISTRICT_SG | {"of"}
_UNIT_OF = {"district": "district", "districts": "district", "region": "region", "regions": "region",
            "oblast": "region", "oblasts": "region", "province": "region"}
LIST_RE = re.compile(
    rf"(?:\s*(?:,\s*(?:and\s+|и\s+|{_KK_AND}\s+)?|\s+and\s+|\s+и\s+|\s+{_KK_AND}\s+|\s+(?:мен|бен|пен|men|ben|pen)\s+|\s*&\s*){_ITEM}){{1,8}}[ \u00a0]+"
    rf"(?P<head>{_REGION_W}|{_DISTRICT_W}|cities|towns|villages|қалалар\w*|ауылдар\w*|qalalar\w*|au[yıi]ldar\w*|aýyldar\w*"
    rf"|microdistricts|(?:шағын|ықшам)[ \u00a0]+аудандар\w*|микрорайон(?:ах|ы|ов|ам|ами))(?![\w-])",
    re.I,
)
FACILITY_AFTER = re.compile(
    r"[ \u00a0]+(?P<f>International\s+Airport|airport|Airport|mine|Mine|railway\s+station|station|Station|"
    r"nature\s+reserve|forest\s+reserve|Reserve|reserve|forestry|Arena|Stadium|stadium|Market|market|Bazaar|bazaar|"
    r"[Cc]heckpoint|[Bb]order\s+(?:crossing|post|checkpoint|station)|(?:[Ss]ki\s+)?[Rr]esort|quarry|pass)(?![\w-])"
)
SURNAME = re.compile(
    rf"[ \u00a0]+[{_UP}][a-zа-яёәғқңөұүһі'-]*(?:ov|ev|ova|eva|yev|yeva|in|ina|uly|kyzy|ovich|evich|ovna|evna|bayev|bayeva|"
    r"bay|bai|bek|bekov|enko|uly|ұлы|қызы|ов|ев|ова|ева|ин|ина|ович|евич|овна|евна|баев|баева|бай|бек|енко)"
    # (a Kazakh case ending on a Russian-style surname: "Жамбыл Жабаевтың", "Абай Құнанбаевқа")
    r"(?:тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|та|те|да|де|тан|тен|дан|ден|нан|нен|ты|ті|ды|ді|ны|ні|пен|бен|мен)?"
    r"(?![\w-])"
    r"|[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]*(?:ұлы|қызы|улы|кызы|ович|евич|овна|евна)[а-яёәғқңөұүһі]*(?![\w-])"
)
ORG_AFTER = re.compile(
    r"(?:[ \u00a0]+[A-Z][\w'’&.-]*){0,2}[ \u00a0]+(?:Workers'?|Airlines|Airways|Air|Times|University|Bank|LLP|JSC|LLC|Ltd|Inc|Company|Corporation|Corp|Movement|Party|"
    r"Group|Holding|Media|News|TV|Radio|Today|Pravda|Energy|Petroleum|Oil|Gas|Steel|Telecom|Temir|FC|Club|Team|"
    r"Institute|Academy|Foundation|Fund|Agency|Post|Tribune|Herald|Daily|Journal|Magazine|Press|Service|Services|"
    r"Airport\s+LLP|Mining|Metallurgical|Railways|Zholy|Trans|Logistics|Operating|Opera|Motors|Theatre|Theater|Ballet|"
    r"Invest|Investments|Financial|Expo|Hub|Mall|Plaza|Hotel|Online|Express|Cement|Resources|Minerals|Metals|Power|"
    r"Electric|Vodokanal|Pharm|Capital|Partners|Consulting|Development|Industries|Industrial|Tech|Technologies|Motor|"
    r"Cup|Marathon|Open|Forum|Summit|Declaration|Process|Format|Initiative|Program|Programme|Agreement|Treaty|Accord|"
    r"Oblenergo|Energo|Teplo|Zhylu|Su|Munai|Munay|Mobile|Telecom|Kazakhtelecom|Times|Exchange|Stock|Association|"
    r"Federation|Pipeline|Consortium|Petrochemical|Broadcasting|Channel|Studio|Studios|Records|Brewery|Foods|Dairy|"
    r"Insurance|Securities|Fashion|Week|Festival|Games|Prize|Award|Awards|Race|Rally|Tour|Index|Region\s+LLP|"
    # (civic bodies: "the Kazakhstan International Bureau for Human Rights", "the Almaty Union of Journalists")
    r"Bureau|Union|Society|League|Coalition|Alliance|Network|Confederation)(?![\w-])"
)
ALLOWED_PREV = set(
    """In At On From To For The Near By Of And Or But As With After Before During Since Until Across Outside Inside
    Within Throughout Between Via Around Over Under Into Onto Upon Beyond Along Against Toward Towards Through Amid
    North South East West Northern Southern Eastern Western Central Greater Old Upper Lower Downtown Mr Mrs Ms Dr
    President Governor Akim Mayor Minister Ambassador Deputy Premier Prime Police Protesters Residents Citizens
    January February March April May June July August September October November December Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday While When Where If Both
    Southwest Northwest Southeast Northeast Metropolitan Capital City Region Oblast District Village Town Province
    Kazakhstan Kazakhstan's Russia China Uzbekistan Kyrgyzstan""".split()
)
PREV_WORD_OK = re.compile(r"[A-Z][\w'’.-]*")
LIST_SEP = re.compile(rf"^(?:\s*,\s*(?:and\s+|и\s+|{_KK_AND}\s+|or\s+|или\s+)?|\s+(?:and|и|{_KK_AND}|or|или|мен|бен|пен|men|ben|pen)\s+)$")


_FOREIGN_UNIT_NOUNS = frozenset(["prefecture", "county", "префектурасы", "префектурасында", "уезі", "уезінде"])


def _text_place(name: str, kind: str, atom: str = "", subkind: str = "") -> Place:
    """A place the gazetteer lacks, made up from the text (no id, no coordinates): a village the
    text places in a unit, or a foreign town that only a Kazakh namesake stands for."""
    return Place("", name, kind, subkind, None, None, atom, 0)


APPOSITIVE_CUE = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][a-z-]*\s+){0,2}(?:village|town|settlement|hamlet|aul)\b(?!['’])")
_WHERE_COMPOUND = re.compile(r"-(?:based|born|bound|registered|headquartered)(?![\w-])")
HYPHEN_WORD = re.compile(r"-[a-zа-яёәғқңөұүһі]")
_ADJ_AFTER_HYPHEN = re.compile(r"-[A-ZА-ЯЁ][a-zа-яё]+(?:ский|ского|скому|ским|ском|цкий|цкого|цкому|цким|цком|sky|skiy|skii)(?![\w-])")
_SUFFIX_AFTER_HYPHEN = re.compile(r"-([а-яёәғқңөұүһі]+)(?![\w-])")
RIVER_AFTER = re.compile(r"[ \u00a0]+(?:rivers?|Rivers?|өзені\w*|өзендері\w*)(?![\w-])")


class Candidate:
    """A gazetteer hit read in its context."""

    __slots__ = ("start", "end", "places", "kind_hint", "in_span_head", "cue", "facility", "conf", "chosen", "extra")

    def __init__(self, start: int, end: int, places: list, conf: float = 0.9):
        self.start = start
        self.end = end
        self.places = places  # (Place, flags)
        self.kind_hint: str | None = None  # from a head noun, a list or a cue
        self.in_span_head = False
        self.cue = False  # a place cue before it ("village of", "в селе")
        self.facility = False
        self.conf = conf
        self.chosen: Place | None = None
        self.extra: dict = {}


VILLAGE_WORDS = frozenset(
    """village villages settlement settlements hamlet hamlets aul auls села сёла селе село сёл сел селах сёлах селам сёлам
    селу селом поселку посёлку аулу аулом деревню деревней
    поселок посёлок поселке посёлке поселка посёлка поселком посёлком поселки посёлки поселков посёлков деревня деревне
    сёлами селами посёлками поселками аулами деревнями
    деревни аул аула ауле аулов станция станции станцию ауыл ауылы ауылында ауылдары кент кенті кентінде с. п. пос.
    ст.""".split()
)
_MICRO_PLURAL_WORDS = frozenset(["microdistricts", "микрорайонах"])
MICRO_WORDS = frozenset(
    """microdistrict microdistricts мкр. мкр микрорайон микрорайоне микрорайона микрорайоном микрорайонах""".split()
)
CITY_WORDS = frozenset("city town towns cities город города городе городом городов г. г".split())
_UNION_ID = "f_european_union"

# Kazakh case endings of a place one goes to, is in or comes from ("Еуроодаққа", "ЕО-да", "Еуроодақтан")
_KK_CASE_ENDS2 = frozenset("ға ге қа ке да де та те ан ен".split())
PREP_WORDS = frozenset("in at near from outside into to around towards toward via в во под около из близ возле у до "
                       "через".split())
# (a preposition of place or motion, or a list of places before it: "to the UK and the EU")
_UNION_BEFORE = PREP_WORDS | frozenset("and or и или және мен".split())
RIVER_WORDS = frozenset("river река реки реке реку рекой rivers реках рек рекам реками".split())
_LAKE_KINDS = frozenset(["lake", "reservoir"])
LAKE_WORDS = frozenset("lake озеро озера озере озеру озером водохранилище водохранилища водохранилищу".split())
_GENERIC_BEFORE = ("река", "реки", "реке", "реку", "рекой", "озер", "водохранилищ", "космодром")
# words that put a name on the water: a lake, river or sea rather than the town of the same name
WATER_KINDS = frozenset(["lake", "river", "sea", "reservoir"])
WATER_BEFORE = frozenset("берегу берега берегом берегов побережье побережья побережью побережьем акватории акваторию вдоль "
                         "верховьях верховья верховьев низовьях низовья низовьев пойме поймы русле русла устье устья "
                         "набережной набережная набережную "
                         "shore shores lakeshore lakeside".split())
WATER_OF = frozenset("shore shores bank banks coast coastline shoreline waters reaches mouth floodplain".split())
WATER_AFTER = ("жаға", "жағалау", "ағыс", "арна", "саға", "shore", "lakeshore", "lakeside", "burst", "overflow",
               "flooded its", "берег", "coast", "waters", "бойында", "бойымен")
# the words that may follow "the <sea>" used as a noun ("across the Caspian to Baku"); any other
# word makes the name an adjective ("the Caspian ports", "the Caspian states")
_SEA_NEXT = frozenset("to and or from in at off near where which was is has had".split())
# "Ишим вышел из берегов", "Тобол разлился": what only a river does
_RIVER_VERB = re.compile(r"[ \u00a0]+(?:вы(?:шел|шла|шли|ходит|ходят)[ \u00a0]+из[ \u00a0]+берегов|разлил(?:ся|ась|ись)|"
                         r"разливается|обмелел[аи]?)(?![\w-])", re.I)
_RIVER_VERB_P3 = frozenset(["выш", "вых", "раз", "обм"])
# "Жайықтың жоғарғы ағысында": the upper or lower course of a river
_KK_COURSE = re.compile(r"[ \u00a0]+(?:жоғарғы|төменгі|орта)[ \u00a0]+ағыс", re.I)
_KK_COURSE_WORDS = frozenset(["жоғарғы", "төменгі", "орта"])
ORG_PREV_WORDS = frozenset("Air Sputnik Radio Bank Team FC Club ArcelorMittal Kazinform Tengri Halyk Forte Kaspi "
                           "ТОО АО ЖШС АҚ ПАО ОАО ЗАО LLP JSC ФК ХК "
                           # sports clubs named "<club> <city>" (Kairat Almaty, Барыс Астана): the city
                           # names the club, not a place in the story
                           "Kairat Tobol Ordabasy Shakhtar Shakhter Irtysh Kaisar Okzhetpes Kyzylzhar Zhenis Barys "
                           "Caspiy Akzhayik Yertis Кайрат Қайрат Тобол Тобыл Ордабасы Шахтер Шахтёр Иртыш Ертіс "
                           "Кайсар Қайсар Окжетпес Оқжетпес Кызылжар Қызылжар Барыс Акжайык Ақжайық".split())


# titles that follow a personal name in Kazakh and Russian texts
_TITLES = frozenset("хан хана хану ханом хане батыр батыра батыру батыром батырдың би бия бию ақын акын акына "
                    "жырау жырауы".split())
# (and the Kazakh titles with a case ending: "Жамбыл ақынның", "Бөгенбай батырға", "Абылай ханнан")
_KK_TITLE_STEMS = ("ақын", "батыр", "хан", "жырау", "би")
_KK_TITLE_CASES = frozenset("ның нің дың дің тың тің ға ге қа ке на не да де та те ды ді ны ні ты ті дан ден тан тен "
                            "нан нен мен бен пен ға ы і сы сі ға".split())


def _title_forms() -> frozenset:
    """A title after a person's name, in any case: "ақын", "ақынның", "батырға"."""
    return _TITLES | {stem + case for stem in _KK_TITLE_STEMS for case in _KK_TITLE_CASES}


_TITLE_FORMS = _title_forms()
# a Russian plural adjective ("атырауские", "карагандинских") and the nouns that keep it a place
_RU_PLURAL_ENDS = frozenset(["ие", "их", "ми", "им"])
_RU_PLURAL_ADJ = re.compile(r"(?:ск|цк)(?:ие|их|ими|им)$")
_TERRITORIAL = ("област", "район", "регион", "округ", "город", "сел", "посел", "аул", "пункт", "земл", "степ")
# a Russian adjective of a place before the noun of an institution, perhaps after one more adjective
_RU_ADJ_CASE_ENDS = frozenset(["ого", "ому", "ким", "ком", "кий", "кая", "кой", "кую", "кое"])
_RU_ORG_AFTER = re.compile(r"(?:[ \u00a0]+[а-яё]+(?:-[а-яё]+)?(?:ого|ому|ым|ом|ий|ый|ая|ой|ую|ое)){0,2}[ \u00a0]+"
                           r"(?:университет|институт|колледж|академи|банк|театр|музе|филиал|филармони|цирк|"
                           r"компани|корпораци|холдинг|ассоциаци|издательств|газет|телеканал)\w*")
# Kazakh institutions named by a place in the nominative (adjectives between: "мемлекеттік",
# "медицина", "техникалық")
_KK_ORG_AFTER = re.compile(r"(?:[ \u00a0]+(?:мемлекеттік|ұлттық|халықаралық|медицина|медициналық|техникалық|педагогикалық|"
                           r"аграрлық|индустриялық|инженерлік|гуманитарлық|инновациялық|өңірлік|жоғары))*[ \u00a0]+"
                           r"(?:университет|институт|колледж|академия)(?!тер|лар|лер)\w*", re.I)
_KK_ORG_P3 = frozenset(w[:3] for w in ("мемлекеттік ұлттық халықаралық медицина медициналық техникалық педагогикалық "
                                        "аграрлық индустриялық инженерлік гуманитарлық инновациялық өңірлік жоғары "
                                        "университет институт колледж академия").split())
_KK_EVENT_NOUNS = ("ойындар", "чемпионат", "кубог", "кубок")  # games, championship, cup
# "имени" and its abbreviation, with a person's initials, before a name ("имени С. Торайгырова")
_NAMED_AFTER = re.compile(r"(?<![\w])(\w+)[ \u00a0]+(?:имени|им\.)[ \u00a0]+(?:[А-ЯЁA-Z]\.[ \u00a0]*){0,2}$")
_UNIT_BEFORE_NAMED = ("район", "сел", "аул", "посел", "посёл", "пос", "совхоз", "колхоз", "округ", "город", "станц")
# sites the data knows that Russian and Kazakh news write in quotation marks («Чимбулак», «Медеу»)
_QUOTED_SITES = frozenset(["ski resort", "resort", "stadium", "tract"])
# people a Russian adjective of a place describes ("карагандинский альпинист", "алматинского студента")
_RU_PERSON_NOUNS = ("альпинист", "спортсмен", "боксёр", "боксер", "борец", "борц", "футболист", "хоккеист", "лыжник",
                    "велосипедист", "бегун", "пловец", "пловц", "студент", "школьник", "пенсионер", "бизнесмен",
                    "предпринимател", "журналист", "блогер", "фермер", "турист", "поэт", "писател", "художник",
                    "певец", "певиц", "тренер", "болельщик", "фанат")
# club names that are also names of places
_CLUB_PLACES = frozenset("Tobol Irtysh Kyzylzhar Yertis Тобол Тобыл Иртыш Ертіс Кызылжар Қызылжар".split())


def _head_kind(m: re.Match) -> str:
    for k in ("region", "district", "city", "village"):
        if m.group(k):
            return k
    return ""




_QUOTED = re.compile(r'«[^»\n]{1,200}»|"[^"\n]{1,200}"|“[^”\n]{1,200}”|„[^“\n]{1,200}“')


def _quoted_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the quoted stretches of a text (opening mark at start, closing mark at end - 1)."""
    starts, ends = [], []
    for m in _QUOTED.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


ORG_NOUN = re.compile(
    r"(?i)(?:компани\w*|ТОО|АО|ПАО|ОАО|ЗАО|ЖШС|ЖАҚ|АҚ|LLP|JSC|LLC|Ltd|Inc|company|телеарна\w*|телеканал\w*|"
    r"арна\w*|газет\w*|радио\w*|агентств\w*|агенттіг\w*|холдинг\w*|корпораци\w*|концерн\w*|банк\w*|"
    r"серіктестіг\w*|кәсіпорн\w*|предприяти\w*|клуб\w*|команд\w*|ФК|ХК|FC|club|TV|channel|newspaper|"
    r"магазин\w*|сеть\w*|бренд\w*|журнал\w*|издани\w*|портал\w*|сайт\w*|телерадио\w*|движени\w*|movement)$"
)
ORG_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?:компани\w*|ЖШС|ТОО|АО|ЖАҚ|АҚ|LLP|JSC|Ltd|телеарна\w*|телеканал\w*|арна\w*|газет\w*|"
    r"радиосы\w*|агенттіг\w*|агентств\w*|холдинг\w*|корпораци\w*|серіктестіг\w*|кәсіпорн\w*|"
    r"клуб\w*|команда\w*|футбол\w*|хоккей\w*|TV|channel|newspaper|company"
    r"|(?:(?:халықаралық|international|международн\w*|қоғамдық|общественн\w*)[ \u00a0]+)?(?:қозғалыс\w*|движени\w*|movement))(?![\w-])",
    re.I,
)
#: "the Nevada-Semipalatinsk movement": names joined by a hyphen before a movement noun name it
_COMPOUND_MOVEMENT = re.compile(r"[\w'’-]*[ \u00a0]+(?:(?:anti-nuclear|international|антиядерн\w*)[ \u00a0]+)?"
                                r"(?:movement|движени\w*|қозғалыс\w*)(?![\w-])", re.I)
CLUB_PREV = frozenset("FC ФК ХК HC БК Club".split())


def _quoted_org(quoted, start: int, end: int, text: str) -> bool:
    """True when the mention lies in a quoted name that an organisation noun precedes or follows
    (компания «Жетысу Транс», «Атырау» телеарнасы, ТОО «Каспий Ойл»)."""
    starts, ends = quoted
    i = bisect_right(starts, start) - 1
    if i < 0 or end > ends[i] - 1:
        return False
    before = text[max(0, starts[i] - 30):starts[i]].split()
    if before and ORG_NOUN.match(before[-1].strip(",.:;(")):
        return True
    return ORG_NOUN_AFTER.match(text, ends[i]) is not None


#: The rest of a short quoted name after its first word: lower-case words up to the closing mark.
_QUOTED_CAPS_ON = re.compile(r"(?:[ \u00a0]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*){1,3}»")
_QUOTED_ON = re.compile(r"(?:\s+[a-zа-яёәғқңөұүһі][\w-]*){1,3}»")
#: Punctuation inside quotes that a name does not have: the quotes hold speech.
_SPEECH = re.compile(r"[,;:!?]\s|\.\s|\s[—–]\s")


def _inside_quoted_name(quoted, start: int, end: int, text: str) -> bool:
    """True when the mention is a later word of a quoted multi-word name ("Army for the Liberation of X")."""
    starts, ends = quoted
    i = bisect_right(starts, start) - 1
    if i < 0 or end > ends[i] - 1:
        return False
    if _is_speech(text, starts[i] + 1, ends[i] - 1):
        return False  # quoted speech («..., Ресейдің Орынбор облысында, қар қалың түсті»), not a name
    return bool(text[starts[i] + 1:start].strip())


#: After the closing mark of quoted speech: "», – деді ол", "», — сказал", "», said".
_SPEECH_AFTER = re.compile(r"[»\"”][,!?]?[ \u00a0]*(?:[—–-][ \u00a0]*[a-zа-яёәғқңөұүһі]|(?:said|says|told|added)\b)")


def _is_speech(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, the inside of quotes, is speech rather than a name: punctuation
    inside or at its end ("... recorded 14 aftershocks," said), a speech verb or a dash and a
    lower-case word after the closing mark («...», – деді ол), or five words or more of which
    most are not capitalised («Фабрика даст работу 900 жителям Улытауской области»)."""
    if _SPEECH.search(text, a, b) or text[b - 1:b] in _STOPS or _SPEECH_AFTER.match(text, b):
        return True
    words = text[a:b].split()
    if len(words) < 5:
        return False
    lower = [w for w in words if not w[:1].isupper()]
    # (or three long lower-case words, which a name's function words are not: «Біз Түркістанды
    # Орталық Азияның мәдени орталығына айналдырғымыз келеді»)
    return len(lower) * 2 > len(words) or sum(1 for w in lower if len(w) > 5) >= 3


_STOPS = frozenset(",.!?…;:")


# abbreviations of four letters or more that end with a full stop but not a sentence
_TITLE_ABBREVIATIONS = frozenset("Prof Capt Lieut Sgts Corp Dept Univ Blvd Messrs Gens Govt Assn Bros Hwy Pres".split())


def _prev_ok(text: str, start: int) -> bool:
    """False when a capitalised Latin word (not a sentence start) precedes: org or person names."""
    j = start - 1
    if j < 1 or text[j] not in " \u00a0":
        return True
    seg = text[max(0, j - 40):j]
    parts = seg.split()
    if not parts:
        return True
    word = parts[-1].lstrip("\"'«(“„")
    if not word or not ("A" <= word[0] <= "Z"):
        return True
    if word[-1:] == "." and len(word) > 4 and word[:-1] not in _TITLE_ABBREVIATIONS:
        return True  # "... said Kazinform. Almaty police": the word ends a sentence
    word = word.rstrip(".")
    if "-" in word and word.rsplit("-", 1)[1][:1].islower():
        return True  # "Soviet-era Tselinograd", "Chinese-built": a compound adjective, no name
    if word in ALLOWED_PREV or word.isupper() or word.endswith(("'s", "’s", "s'", "s’")) or not PREV_WORD_OK.fullmatch(word):
        return True
    i = j - len(parts[-1]) - 1
    while i >= 0 and text[i] in " \u00a0\"'«(":
        i -= 1
    if i < 0 or text[i] in ".!?\n:;":
        return True  # the previous word starts a sentence
    return _is_place_word(word)


_SURNAME_SHAPE = re.compile(r"(?:ov|ev|yev|in|ova|eva|ina)$")
_PATRONYMIC_END = re.compile(r"(?:ovich|evich|ovna|evna|uly|kyzy|ович|евич|овна|евна|улы|ұлы|кызы|қызы)$")
_KK_CASE_2 = frozenset(KK_LOCATIVE + ("ға", "ге", "қа", "ке"))  # (Kazakh locative and dative endings)
#: a Russian surname's ending in any case ("Панфилов", "о генерале Иване Панфилове")
_RU_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин)(?:а|у|ым|е|ой)?$")
_SURNAME_SHAPED: dict[str, bool] = {}  # place id -> a city, village or district with a surname-shaped name
_KK_PATRONYMIC_NEXT = re.compile(r"[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]*(?:ұлы|қызы|ович|евич|овна|евна)[а-яёәғқңөұүһі]*(?![\w-])")


def _person_context(text: str, start: int, end: int, prev: str, opts) -> bool:
    """A place named after a person read as the person: a surname-shaped name (Сәтбаев, Курчатов)
    right after a capitalised word that is not a place and does not start a sentence
    ("Қаныш Сәтбаевтың туған күні"); or a surname-shaped old name ("купец Михаил Гурьев")."""
    if not (_RU_SURNAME_END.search(text[start:end].lower()) and any(p.kind in _UNIT_KINDS for p, _ in opts)):
        # (the name as written has the shape, or one of the places' own names has it)
        for p, _ in opts:
            shaped = _SURNAME_SHAPED.get(p.id)
            if shaped is None:
                shaped = p.kind in ("city", "village", "district") and _SURNAME_SHAPE.search(p.name.lower()) is not None
                if p.id:
                    _SURNAME_SHAPED[p.id] = shaped
            if shaped:
                break
        else:
            return False
    word = prev.strip("\"«»()")
    if not word or not word[:1].isupper() or word.isupper() or len(word) < 3 or word[-1] in ",;":
        return False  # (a comma closes a list item, never a given name: "в Жезказгане, Сатпаеве и Каражале")
    j = start - 1
    while j >= 0 and text[j] in " \u00a0\"«":
        j -= 1
    j -= len(prev.rstrip("\"«")) - 1
    k = j - 1
    while k >= 0 and text[k] in " \u00a0\"«(":
        k -= 1
    if k < 0 or text[k] in ".!?\n:;—":
        return False  # the previous word starts a sentence
    if word.endswith(KK_ABLATIVE) and _is_place_word(word[:-3]):
        return False  # a place in the ablative, never a given name: "Талдықорғаннан Қонаевқа көшті"
    return not _is_place_word(word)


_WORD_BEFORE_HYPHEN = re.compile(r"(?<![\w-])(\w+)-$")
_WORD_AFTER_HYPHEN = re.compile(r"-(\w+)")


def _is_place_stem(word: str) -> bool:
    """Whether ``word`` is a gazetteer form, or one with a case ending of up to four letters."""
    if _is_place_word(word):
        return True
    return any(_is_place_word(word[:-k]) for k in (1, 2, 3, 4) if len(word) - k >= 3)


def _is_place_word(word: str, bare: bool = False) -> bool:
    """True when ``word`` is a gazetteer form (``bare``: one that names a place with no cue,
    so not "Shevchenko", the old name of Aktau that now reads as a surname)."""
    from .normalize import key

    names = load().by_form().get(key(word.strip(".,;:!?\"'()«»")))
    if not names:
        return False
    return not bare or any(not (set(n.flags) & _NEEDS_CUE) for n in names)


_NEEDS_CUE = frozenset("HCW")


def _unit_before(text: str, start: int, end: int, w1l: str, w2l: str, opts) -> str | None:
    """The unit kind a head noun before the name gives it: "the district of Baidibek", "the regions
    of Abai and Ulytau", "в районах Байдибек и Ордабасы", "в районе Сарысу" (a district's name in
    the nominative after the noun; a town there is a place near which something lies: "в районе
    Кентау")."""
    if w1l == "of" and w2l not in _UNIT_OF:
        return None  # (the caller has checked the word before the name: a unit word, "of" or a comma)
    kinds = {p.kind for p, _ in opts}
    if "district" not in kinds and "region" not in kinds:
        return None
    if w1l == "of":
        w3 = text[max(0, start - 60):start].rsplit(None, 3)
        if len(w3) > 3 and w3[-3][:1].isupper() and w3[-3] not in ("The", "A", "This"):
            return None  # "the Bostandyk district of Almaty": the town the named district belongs to
        hk = _UNIT_OF[w2l]
        return hk if hk in kinds else None
    town = any(p.kind == "city" and "H" not in f for p, f in opts)
    if w1l in _RU_DISTRICT_SG:
        if "district" not in kinds or text[start - 1:start] in _OPEN_QUOTES or (
                town and not _named_in_apposition(text, start, end, opts)):
            # ("в районе Кентау": near the town; "в районе «Сарыарка» столицы": a city's district)
            return None
        from .normalize import key

        base = load().by_form().get(key(text[start:end]))
        if base and any("H" in n.flags and "A" not in n.flags for n in base):
            return "district"
        return None
    m = _UNITS_BEFORE.search(text, max(0, start - 160), start)
    if m is None:
        return None
    noun = m.group("noun").lower()
    if noun.startswith("микрорайон"):
        # "к микрорайонам Орбита и Аксай": parts of a town (the caller keeps only those)
        return "micro" if any(p.subkind in _CITY_PARTS for p, _ in opts) else None
    if town and m.end() - m.start() == len(m.group("noun")) + 1 and not _named_in_apposition(text, start, end, opts):
        return None  # ("в Ауэзовском и Алатауском районах Алматы": the town's districts)
    hk = "district" if noun.startswith(("район", "district")) else "region"
    return hk if hk in kinds else None




def _named_in_apposition(text: str, start: int, end: int, opts) -> bool:
    """Whether a Russian name after a district noun is the district's own name though a town bears
    it too: a name Russian declines stands in the nominative only as the name of the unit ("в районе
    Байконыр", "в районах Есиль и Нура"; near the town is "в районе Байконура"); a city district of
    that name must exist."""
    return (text[end - 1:end].isalpha() and text[end - 1].lower() not in _INDECLINABLE_END
            and not text[start].isascii() and "\n" not in text[max(0, start - 3):start]
            and any(p.subkind == "city district" for p, _ in opts))


def _read(start: int, end: int, opts, text: str, quotes=None, heads: list | None = None,
          water: bool = True, clubs: set | None = None, sports: bool = False) -> Candidate | None:
    """The candidate for the places ``opts`` named at ``text[start:end]``, read in its context
    (None when the context says it is no place: a person, an organisation, a time zone...;
    ``water``: False when the text speaks of no water level; ``clubs``: where the names read as
    sports clubs are put; ``sports``: whether the text is a match report or sports news)."""
    if not opts:
        return None
    if (text[end:end + 1] == "-" or text[start - 1:start] == "-") and _COMPOUND_MOVEMENT.match(text, end):
        return None  # a movement or society named after places ("the Nevada-Semipalatinsk movement")
    if start > 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        if start > 4 and (pm := _NEW_OLD_PREFIX.search(text, max(0, start - 9), start)):
            # "Ново-Зубовка", "Верхне-Бурлинское": a settlement named after its neighbour (the data
            # lacks it): the whole name, at the neighbour's place
            c = Candidate(pm.start(), end, opts, 0.7)
            c.extra["name_prefix"] = romanize(text[pm.start():start])
            start = pm.start()
        else:
            # "Сай-Өтес ауылынан", "Fort-Shevchenkodan": the second half of a hyphenated name the
            # data lacks in this form is not a place of its own; a route between two places
            # ("Алматы-Бишкек") keeps both
            pm = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 30), start)
            if (pm is not None and pm.group(1)[:1].isupper() and not pm.group(1).isupper()
                    and not _is_place_stem(pm.group(1))):  # ("EU-Kazakhstan": an abbreviation names a party)
                return None
            c = Candidate(start, end, opts)
    else:
        c = Candidate(start, end, opts)
    latin = text[start].isascii()
    after = text[end:end + 1]
    if (after in _DATELINE_AFTER and (start == 0 or text[start - 1] == "\n") and end - start >= 4
            and text[start:end].isupper() and _DATELINE.match(text, end) and all(f for _, f in opts)):
        # a dateline in capitals ("SATPAYEV, Oct 5 -", "ЖЕЗКАЗГАН, 15 июня"): the town the report
        # comes from, a place even where the bare name needs a cue (a person's, an ordinary word's;
        # only there: the cue would license the namesake villages of "АКТОБЕ" too)
        c.cue = True
    nw = _NEXT_WORD.match(text, end) if after == " " or after == "\u00a0" else None
    nxt = nw.group(1) if nw else ""
    nxt_low = nxt.lower()
    spaced = nw is not None
    if spaced and (nxt_low in _TIME_WORDS or (nxt_low.startswith("уақыт") and not nxt_low.startswith("уақытша"))):
        return None
    if spaced and nxt_low in _FOREIGN_UNIT_NOUNS and not any(p.kind == "foreign" for p, _ in opts):
        # "Aksu prefecture", "the Ili county": units only a foreign country has (China's); the
        # Kazakh town of the name is not meant
        c.places = [(_text_place(f"{text[start:end]} {nxt_low.capitalize()}", "foreign", subkind="region"), "")]
        c.in_span_head = True
        c.extra["head_end"] = nw.end()
        return c
    if spaced and not latin and nxt_low.startswith("ескерткіш"):
        return None  # "Абай ескерткіші", "Бәйтерек ескерткіші": a monument's name (to a person, mostly), no settlement
    m = (HEAD_RE.match(text, end) if spaced and nxt_low[:3] in _HEAD_P3 and nxt_low.startswith(_HEAD_STEMS)
         else None)
    if m is not None and not latin and text[end - 2:end] in _KK_CASE_TAILS and not _is_place_word(text[start:end]):
        m = None  # "Ақтөбеде облыс әкімінің": a name in the locative or dative takes no head noun after it
    if m is not None and not latin and text[end - 3:end] in KK_GENITIVE3 and _is_place_word(text[start:end - 3]):
        m = None  # "Астананың аудандары": the districts of a town in the genitive, none of them named by it
    if m is not None and nxt_low.startswith(_KK_ADJ_HEADS) and text[end - 4:end] in KK_ATTRIBUTIVE:
        # "Хромтаудағы аудандық ауруханаға": the district hospital in the town; the adjective
        # describes what lies there, not the place
        m = None
    if m is None and spaced and nxt_low == "атындағы":
        # "Ғабит Мүсірепов атындағы ауданда": a unit named after a person; the head noun after
        # "named after" joins the span
        m = HEAD_RE.match(text, nw.end())
        if m is None:
            return None  # "Жамбыл атындағы мектеп": a school named after a person, no place
    if m is None and (after in _CLOSE_QUOTES or (spaced and nxt_low[:2] in _MICRO_P2
                                                  and nxt_low.startswith(_MICRO_STEMS))):
        mm = _MICRO_AFTER.match(text, end + 1 if after in _CLOSE_QUOTES else end)
        if mm is not None:  # "«Тұран» шағын ауданында", "Turan microdistrict": a city district
            c.kind_hint = "district"
            c.cue = True
            c.extra["micro"] = c.extra["micro_after"] = True
            if after not in _CLOSE_QUOTES and not _MICRO_PLURAL.search(mm.group(0)):
                # a singular head noun after the name joins the span ("Samal microdistrict",
                # "Көктем шағын ауданында"); a quoted name is the name alone
                c.in_span_head = True
                c.extra["head_end"] = mm.end()
    if m:
        word = m.group(0).strip()
        hk = _head_kind(m)
        after_head = _NEXT_WORD.match(text, m.end())
        if word.lower() == "облыс" and after_head is not None and after_head.group(1).lower().startswith("орталы"):
            # "Жезқазған облыс орталығы": a region centre, a town (the bare noun is no unit's;
            # "Абай облысының орталығы" is the centre of the region, which is named)
            m = None
            c.kind_hint = "city"
    if m:
        attributive = (hk in ("city", "village") and after_head is not None
                       and after_head.group(1).lower() in _ATTRIBUTIVE_NEXT)
        # (only after a bare name: "Теміртаудағы қалалық аурухана" is the town's hospital)
        word_low = word.lower()
        kk_adj = word_low.startswith(_KK_ADJ_HEADS) and _is_place_word(text[start:end])
        okrug = _OKRUG.match(text, m.end()) if kk_adj and word_low.startswith("ауылдық") else None
        if okrug is not None:  # "Күреңбел ауылдық округі": the rural okrug, named after its village
            c.kind_hint = "village"
            c.in_span_head = True
            c.extra["head_end"] = okrug.end()
            c.extra["okrug"] = True
        elif kk_adj and after_head is not None and after_head.group(1).lower().startswith(_CULTURE_HEADS):
            return None  # "Қарағанды облыстық филармониясы": a cultural institution, not the jurisdiction
        elif kk_adj and not PLURAL_HEAD.match(word):
            # the Kazakh adjective of the head noun gives the kind but stays out of the span, as an
            # English or Russian adjective does: "Жамбыл облыстық ішкі істер департаменті", "Алматы
            # қалалық соты" (the name alone, as the guidelines keep "the city of X" to the name)
            c.kind_hint = hk
        elif PLURAL_HEAD.match(word) or word_low.startswith(_ADJ_HEADS) or attributive or (
                word_low == "области" and text[end - 2:end] in _FEM_SG_NOM_ACC):
            # plural heads, adjectives ("областной суд") and "the Alma-Ata city authorities" stay out of the span
            # ("области" after a feminine adjective in the nominative or accusative singular is the
            # plural the list's items share: "на Карагандинскую и Улытаускую области")
            c.kind_hint = hk
        else:
            c.kind_hint = hk
            c.in_span_head = True
            c.extra["head_end"] = m.end()
    elif (spaced and nxt_low.startswith(("regional", "областн", "облыстық")) and text[end - 4:end] not in KK_ATTRIBUTIVE
          and (rm := REGIONAL_ADJ.match(text, end))):
        # (not "Көкшетаудағы облыстық аурухана": the regional hospital in the town)
        if (after_adj := _NEXT_WORD.match(text, rm.end())) is not None \
                and after_adj.group(1).lower().startswith(_CULTURE_HEADS):
            # "Қарағанды облыстық филармониясы", "the Kostanay regional drama theatre": a cultural
            # institution named after the region, not the region as a jurisdiction (a regional
            # court, police, akimat or hospital is one)
            return None
        c.kind_hint = "region"  # "Akmola regional police": the region, span without the adjective
    elif (spaced and nxt_low.startswith(_CITY_ADJ_NEXT) and not latin
          and (towns := _adj_towns(text[start:end], ("city",)) or _namesake_towns(opts))):
        # "Алматинского городского суда", "Карагандинский городской акимат": the city's court, not
        # the region the adjective also names
        c.places = opts = [(p, "") for p in towns]
        c.kind_hint = "city"
    else:
        lm = None
        if heads and (spaced or text[end:end + 1] in ",&"):
            i = bisect_right(heads, end)
            if i < len(heads) and heads[i] - end < 200:
                lm = LIST_RE.match(text, end)
        if lm:
            word = lm.group("head")
            russian_head = bool(_RU_LIST_HEAD.match(word))
            adjective = any("A" in f for _, f in opts)
            if not latin and not adjective and not _is_place_word(text[start:end]):
                # a noun with a case ending of its own is no item of a list sharing the head noun
                # ("Ақсайдан, Оралдан және Ақтөбе облысынан": from Oral the town)
                lm = None
        if lm:
            plural = PLURAL_HEAD.match(word) is not None
            if word.lower().startswith(_MICRO_HEADS):
                # "the Shugyla and Kalkaman microdistricts", "Қалқаман және Шұғыла шағын аудандарында":
                # parts of a town, never villages of the same names elsewhere
                c.kind_hint = "district"
                c.extra["micro"] = c.extra["list"] = True
            elif word.lower() == "облыс" and (ah := _NEXT_WORD.match(text, lm.end())) is not None \
                    and ah.group(1).lower().startswith("орталы"):
                c.kind_hint = "city"  # "Семей, Талдықорған және Жезқазған облыс орталығына": region centres
                c.extra["list"] = True
            elif (plural or _LIST_HEAD_SG.match(word)) and (not russian_head or adjective) and not (
                    not plural and word[:5].lower() == "аудан" and any(p.kind == "city" and not f for p, f in opts)):
                # (a singular district noun does not reach back over a town: "Риддер мен Алтай
                # ауданында" is the town of Ridder and the Altai district)
                hk = "region" if _REGION_RE.match(word) else (
                    "district" if _DISTRICT_RE.match(word) else (
                        "city" if _CITY_PL.match(word) else "village"))
                c.kind_hint = hk
                c.extra["list"] = True
    if (c.kind_hint is None and not latin and text[end - 2:end] in _FEM_ADJ
            and any("A" in f for _, f in opts) and any(p.kind == "region" for p, _ in opts)):
        c.kind_hint = "region"  # "Актюбинской, Карагандинской": a feminine adjective agrees with область
        c.extra["list"] = True
    if (c.kind_hint is None and ("-" in (seg := text[start - 2:start] + text[end:end + 2]) or "–" in seg or "—" in seg)
            and (after in _ROUTE_DASHES or text[end:end + 2] in _SPACED_DASHES
                 or text[start - 1:start] in _ROUTE_DASHES or text[start - 2:start] in _SPACED_DASHES)
            and any(p.kind in ("city", "village") for p, _ in opts)
            and ((has_unit := any(p.kind in ("region", "district") for p, _ in opts))
                 or not any(p.kind in ("foreign", "country") for p, _ in opts))
            # (a foreign city is the end before a mere village of ours: "Атырау – Астрахан тас жолы")
            and not (has_unit and not any(p.kind == "city" for p, _ in opts)
                     and any(p.kind == "foreign" and p.subkind == "city" for p, _ in opts))
            and (_ROUTE_AFTER.match(text, end) or _ROAD_BEFORE.search(text, max(0, start - 60), start)
                 or (_ROUTE_BEFORE.search(text, max(0, start - 30), start) and _ROAD_WORD.match(text, end)))
            # (a pipeline's end may be the oil field the data knows by the name: "the Kumkol-Dzhusaly pipeline")
            and not (latin and _places_named(f"{text[start:end]} field", ("facility",)))):
        # "the Zhezkazgan-Ulytau road", "трасса Жезказган – Улытау": a road's ends are settlements;
        # the road is the context a small one needs ("the Almaty-Khorgos highway"); a foreign
        # end keeps its own reading ("трасса Шымкент – Ташкент")
        c.kind_hint = "city" if any(p.kind == "city" for p, _ in opts) else "village"
        if not has_unit:
            c.cue = True
    elif (c.kind_hint is None and text[start - 3:start] in _FROM_TO_ENDS
          and _ROAD_FROM_TO.search(text, max(0, start - 70), start)
          and any(p.kind in ("city", "village") for p, _ in opts) and any(p.kind in ("region", "district") for p, _ in opts)
          # (not a landmark known by the bare name the road leads to: "the road from Almaty to Medeu")
          and not any(p.kind == "facility" and not f for p, f in opts)):
        c.kind_hint = "city" if any(p.kind == "city" for p, _ in opts) else "village"  # (the same, with from/to)
    # the two words before the name (quotes and spaces skipped)
    lo = start - 40 if start > 40 else 0
    words = text[lo:start].rstrip(_CUE_STRIP).rsplit(None, 2)
    w1 = words[-1] if words else ""
    w2 = words[-2] if len(words) > 1 else ""
    if w1[-1:] == "-" and text[start - 1:start] == "-" and any(p.kind == "country" for p, _ in opts):
        prefix = w1.lstrip("(«\"“„'").rstrip("-")
        if len(prefix) >= 4 and prefix[:1].isupper() and "-" not in prefix and not _is_place_word(prefix, bare=True):
            # "Interfax-Kazakhstan", "Интерфакс-Казахстан": the country as the second half of a name
            # (a route keeps its ends: "Okarem-Beineu")
            return None
    w1l, w2l = w1.lower(), w2.lower()
    if w1l in _VESSEL_WORDS and not c.kind_hint and (latin or text[start - 1:start] in _QUOTES) \
            and not _DASH_AFTER.match(text, end):
        # (in Cyrillic only a quoted name: "баржа Ресейдің Омбы қаласына" heads for Russia)
        return None  # "fire aboard the tanker Almaty", "сухогруз «Астана»": a ship named after the town
    if len(opts) == 1 and opts[0][0].id == _UNION_ID and not (
            w1l in _UNION_BEFORE or (w1l == "the" and w2l in _UNION_BEFORE) or text[end - 2:end].lower() in _KK_CASE_ENDS2):
        return None  # "the European Union in Brussels", "дипломаты Евросоюза": the union as a body, not a place
    owner = w1l if w1l in _FOREIGN_OWNER and "\n" not in text[start - len(w1) - 3:start] else None
    # (not a headline's last word before a dateline's town: "...воду из Узбекистана\nЧИМКЕНТ, 14 июня")
    if owner is None and (w1l == "of" or (w1l == "at" and w2l in _BORDER_POSTS)) and w2l in _OWNED_HEADS and len(words) > 2:
        w3 = words[-3].rsplit(None, 1)[-1].lower()
        owner = w3 if w3 in _FOREIGN_OWNER else None  # "the Russian town of Kurgan", "the Chinese port of Horgos"
    elif owner is None and w1l[:3] in _OWNED_P3 and w2l.startswith(_FOREIGN_ADJ_RU) and w1l.startswith(_OWNED_HEADS_RU):
        owner = w2l  # "в российском городе Курган", "китайского города Урумчи"
    elif owner is None and w1l.startswith(_FOREIGN_ADJ_RU) and w1l[-2:] in ("ом", "ой", "ую", "ий", "ая", "ое", "ем"):
        owner = w1l  # "в кыргызском Караколе": the neighbour's town
    elif owner is None and (w2l in _SIDE_WORDS or w1l in _SIDE_WORDS) and text[start - 1:start] == " " \
            and _SIDE_ABROAD.search(text, max(0, start - 50), start):
        owner = "side"
    elif owner is None and not latin and (w1l[-4:] in _KK_ATTR_SET or (w1l == "аттас" and w2l[-4:] in _KK_ATTR_SET)) \
            and any(p.kind in ("city", "village") for p, _ in opts) \
            and (_located_abroad(w1, w2) if w1l != "аттас"
                 else _located_abroad(w2, words[-3].rsplit(None, 1)[-1] if len(words) > 2 else "")):
        # ("Ростов облысындағы аттас Аксай қаласымен": the namesake in Rostov Oblast)
        owner = "abroad"  # "Қытайдағы Ақсу", "Шыңжаң өлкесіндегі Ақсу қаласынан": a town in a foreign land
    elif owner is None and after == "," and latin:
        cw = _NEXT_WORD.match(text, end + 1)
        if cw is not None and cw.group(1) in _NEIGHBOURS_EN:
            # "Kurgan, Russia": the foreign reading when there is one (a list "Astana, Russia and
            # China" keeps Astana)
            foreign = [(p, f) for p, f in opts if p.kind == "foreign"]
            if foreign:
                c.places = opts = foreign
        elif (m := _APPOSITION_ABROAD.match(text, end)) is not None and c.kind_hint not in ("region", "district") \
                and _abroad_clause(text, end + 1, m.end()):
            # "a factory in Aksu, a city in the Xinjiang region of China": the neighbour's town
            # that the apposition after it describes, also where the gazetteer has only a Kazakh namesake
            foreign = [(p, f) for p, f in opts if p.kind == "foreign"] or _namesake_abroad(opts, text[start:end])
            if not foreign:
                return None
            c.places = opts = foreign
    if owner is None and (after == "(" or (after == " " and not spaced)
                          or (c.in_span_head and "(" in text[c.extra.get("head_end", end):c.extra.get("head_end", end) + 2])) \
            and _COUNTRY_IN_BRACKETS.match(text, c.extra.get("head_end", end) if c.in_span_head else end):
        # "в Алмалыке (Узбекистан)", "in Osh (Kyrgyzstan)", "Алтай қаласында (Қытай)": the
        # neighbour's town, also where the gazetteer has only a Kazakh namesake
        foreign = [(p, f) for p, f in opts if p.kind == "foreign"]
        if not foreign and c.kind_hint not in ("region", "district"):
            foreign = _namesake_abroad(opts, text[start:end])
        if foreign:
            c.places = opts = foreign
    if owner is not None and (c.kind_hint in ("region", "district") or w1l in ("of", "at")
                              or owner not in _FOREIGN_ADJ):
        # "Ресейдің Қорған облысы", "Ресейдің Қорған қаласынан", "России Курганской области",
        # "Russia's Kurgan", "the Russian town of Kurgan": a place of a neighbour, never the
        # Kazakh place of the same name
        foreign = [(p, f) for p, f in opts if p.kind == "foreign"]
        if not foreign:
            # (a town of the neighbour the gazetteer has only as a Kazakh namesake: "Қытайдың
            # Алтай қаласы", "the Kyrgyz town of Karakol" is that foreign town)
            if c.kind_hint in ("region", "district"):
                return None
            foreign = _namesake_abroad(opts, text[start:end])
            if not foreign and (w2l.startswith(("город", "town", "city")) or w1l.startswith(("город", "town", "city"))):
                # ("у российского города Ишим": a town the data knows only as a river's name)
                foreign = [(_text_place(romanize(text[start:end]), "foreign", subkind="city"), "")]
            if not foreign:
                return None
        c.places = opts = foreign
    elif owner is not None:
        foreign = [(p, f) for p, f in opts if p.kind == "foreign"]
        if foreign:  # "Russian Kurgan": the foreign reading when there is one
            c.places = opts = foreign
    if latin and (w1l in _VERSUS or (spaced and nxt_low in _VERSUS)):
        return _club(clubs, text, start, end)  # "Kairat vs Astana", "Astana v Tobol": teams in a fixture
    # (one gate for the rarer cues below: a club in a match report, rivers named in a list or after
    # a verb of flowing, a Russian district adjective with its head noun elided, a company)
    rare = nxt_low in _RARE_NEXT or w1l in _RARE_PREV
    if (rare or after == ",") and latin and not c.kind_hint and (
            (w1l in _MATCH_BEFORE_WORDS and (w1l not in _MATCH_PREPS or w2l in _MATCH_W2 or w2l[:1].isdigit())
             and _MATCH_BEFORE.search(text, max(0, start - 30), start))
            or (spaced and nxt_low in _MATCH_VERBS and w1l not in _OF_FROM and _MATCH_AFTER.match(text, end))
            or (after == "," and text.startswith(" the ", end + 1) and _CHAMPIONS_AFTER.match(text, end))) \
            and any(p.kind in _CLUB_TOWN_KINDS for p, _ in opts):
        # "drew 0-0 with Aktobe", "lost 1-2 to Zhetysu", "Aktobe beat Kaisar 3-0", "Astana, the
        # defending champions": a club named after its town in a match report
        return _club(clubs, text, start, end)
    owned = False
    if w1l == "of" and len(words) > 2:
        w3 = words[-3].rsplit(None, 1)[-1]
        owned = (w3[:1].isupper() and w3[-1:].isalnum() and w3 not in ("The", "A", "An", "This", "That")) \
            or w3[:1].isdigit()
    # ("the Samal microdistrict of Shymkent", "the Kengir settlement of Zhezkazgan", "the 4th
    # microdistrict of Stepnogorsk": a name or number before the head word, so the place after "of"
    # is the town it belongs to, not the microdistrict or village)
    if (w1l in MICRO_WORDS and not (w1l in _MICRO_PLURAL_WORDS and any(p.kind == "city" for p, _ in opts))) or (
            w1l == "of" and w2l in MICRO_WORDS and not owned):
        # ("в нескольких микрорайонах Шымкента": a plural head word before a town is the town's)
        c.cue = True
        c.kind_hint = c.kind_hint or "district"
        c.extra["micro"] = True
    elif w1l in VILLAGE_WORDS or (w1l == "of" and w2l in VILLAGE_WORDS and not owned):
        c.cue = True
        c.kind_hint = c.kind_hint or "village"
    elif ((w1l in _CENTRE_WORDS and w2l.startswith("районн"))
          or (w1l == "of" and w2l in ("centre", "center") and len(words) > 2
              and words[-3].lower().endswith(("district", "rural")))):
        # a district centre ("the district centre of Ulytau", "районного центра Аягоз") is a
        # settlement, never the unit of the same name; town or village as the data says
        c.cue = True
        c.kind_hint = c.kind_hint or "village"
        c.extra["centre"] = True
    elif w1l in CITY_WORDS or (w1l == "of" and w2l in CITY_WORDS):
        c.cue = True
        c.kind_hint = c.kind_hint or "city"
    elif w1l in _DASHES and not c.kind_hint and w2l.startswith(_APPOSED_HEADS_T):
        # "үшінші аудан - Қазығұрт", "второй район — Сайрам": the name of the unit just named
        c.kind_hint = _APPOSED_HEADS[w2l[:4]]
    elif w1l == "имени" and not c.kind_hint:
        if not w2l.startswith(("район", "област", "город", "сел", "посел")):
            return None  # "премия имени Жамбыла", "школа имени Абая": the person a thing is named after
        # "района имени Габита Мусрепова": a unit named after a person
        c.kind_hint = "district" if w2l.startswith("район") else ("region" if w2l.startswith("област") else
                                                                   ("city" if w2l.startswith("город") else "village"))
    elif (w1l.startswith("район") and not c.kind_hint and w1l[-1:].isalpha() and " " in text[start:end].strip()
          and any(p.kind == "district" for p, _ in opts)):
        # "в районе Магжана Жумабаева", "района Шал акына": the official Russian name of a
        # district named after a person, with its head noun before the name ("в районе Капчагая",
        # near a town, is not read so: one word)
        c.kind_hint = "district"
    elif w1l.startswith("област") and not c.kind_hint and w1l[-1:].isalpha() and "\n" not in text[start - 3:start]:
        c.kind_hint = "region"  # "области Жетысу", "область Улытау" (not a headline's last word before a dateline)
    elif not c.kind_hint and (w1l in _UNIT_BEFORE_W1 or w1l[-1:] == "," or w1l in _DASHES) \
            and (hk := _unit_before(text, start, end, w1l, w2l, opts)):
        if hk == "micro":
            c.cue = True
            c.extra["micro"] = True
            hk = "district"
        c.kind_hint = hk
    elif ((w1l in PREP_WORDS or (w1l == "of" and w2l in _OF_PLACE_NOUNS)) and not nxt[:1].isupper()
          and after not in _APOSTROPHES):
        c.extra["prep"] = True  # (not "in Satpayev's honour": a person; "the mines of Satpayev": the town)
    river_after = spaced and nxt_low.startswith(("river", "өзен")) and RIVER_AFTER.match(text, end)
    if (w1l in RIVER_WORDS and "\n" not in text[max(0, start - len(w1) - 3):start]) or river_after:
        # (not a headline's last word before a dateline: "... on road, rail and river\nSHYMKENT, Oct 16")
        return _as_river(c, opts)
    if w1l in _AND_WORDS and _RIVERS_BEFORE.search(text, max(0, start - 60), start):
        # "в реках Урал и Кигач", "the rivers Ural and Kigach": the second river of the list
        if _as_river(c, opts) is not None:
            return c
    if rare and ((spaced and (nxt_low == "rivers" or ((nxt_low in _AND_WORDS or nxt_low == "және")
                                                      and (text.find("river", end, end + 40) != -1
                                                           or text.find("рек", end, end + 40) != -1
                                                           or text.find("өзен", end, end + 40) != -1)
                                                  and _RIVERS_AFTER.match(text, end)))) or (
            w1l in _INTO_WORDS and w2l.startswith(_FLOWS_INTO))):
        # "the Ilek and Khobda rivers", "впадает в Арысь", "flows into the Ishim": rivers (a name the
        # data has no river for is read as before)
        if _as_river(c, opts) is not None:
            return c
    if w1l in LAKE_WORDS and text.rfind("\n", max(0, start - 40), start) < text.rfind(w1, max(0, start - 40), start):
        # "в озере Тенгиз": the lake; with no lake of that name known, the head-word rule makes one
        # (not across a line break: "...водохранилища\nЖЕЗКАЗГАН, 11 июля" is a dateline)
        return _as_river(c, opts, _LAKE_KINDS)
    if (water and w1l in _WATER_LEVEL_PREP and _WATER_LEVEL_BEFORE.search(text, max(0, start - 40), start)) or (
            spaced and nxt_low in _KK_WATER and _KK_WATER_LEVEL.match(text, end)):
        # "уровень воды в Ишиме", "the water level in the Ishim", "Есілдегі су деңгейі": the river
        if _as_river(c, opts) is not None:
            return c
    if c.kind_hint is None and not latin and (
            (w1l[:4] == "уров" and w1l in _LEVEL_WORDS)
            or (spaced and (nxt_low.startswith("деңгей") or (nxt_low.startswith("құя") and nxt_low[3:4] in "тдлғ")
                            # "Үлбінің жағалауындағы", "Ертіс пен Үлбінің жағалауы": the banks of a river
                            or (nxt_low.startswith(("жағалау", "арнасы")) and text[end - 3:end] in KK_GENITIVE3)
                            or (nxt_low in _KK_AND3 and _KK_BANKS_AFTER.match(text, nw.end()))
                            # "Тобыл мен Есіл тасыды", "Есіл тасып", "Ертіс ағады" (flows): rivers
                            or nxt_low in _KK_RIVER_VERBS
                            or (nxt_low in _KK_AND3 and _KK_RIVERS_VERB_AFTER.match(text, nw.end()))))):
        # "уровень Балхаша снизился", "Балқаш деңгейі", "Теңізге құятын өзен": the level of a lake or
        # a river, a river flowing into one (a town of the name has no level and takes no river)
        if _as_river(c, opts, WATER_KINDS) is not None:
            return c
    if latin and not c.kind_hint and _club_cue(text, start, end, nxt_low if spaced else "", w1l, opts, sports):
        return _club(clubs, text, start, end)  # "Aktobe fans", "the Tobol team bus", "to face Irtysh"
    if c.kind_hint is None and ((w1l == "на" and not c.cue and w2l not in _ROUTE_TO_NOUNS)
                                or (w1l == "the" and latin and not nxt[:1].isupper())) \
            and (_as_river(c, opts) is not None or (w1l == "the" and (not nxt[:1].isalpha() or nxt_low in _SEA_NEXT)
                                                    and _as_river(c, opts, ("sea",)) is not None)
                 or (w1l == "на" and not any(p.kind == "facility" and p.subkind not in WATER_KINDS for p, _ in opts)
                     and _as_river(c, opts, _LAKE_KINDS) is not None)):
        # "город Сергеевка на Ишиме", "паводок на Тоболе": on the river; "the Tobol and the Ishim
        # are rising": a river, not the village or the club; "утонули на Балхаше", "отдыхающих на
        # Алаколе": on the lake (the town is "в Балхаше"; "на Тенгизе" with an oil field of the
        # name is the field)
        return c
    if (w1l in WATER_BEFORE or (w1l == "of" and w2l in WATER_OF) or (w1l == "the" and w2l in WATER_OF)
            or (spaced and (nxt_low.startswith(WATER_AFTER)
                            or (nxt_low in _KK_COURSE_WORDS and _KK_COURSE.match(text, end))
                            or (nxt_low[:3] in _RIVER_VERB_P3 and _RIVER_VERB.match(text, end))))):
        if _as_river(c, opts, WATER_KINDS) is not None:
            return c  # "на берегу Балхаша", "the shores of the Alakol", "Балқаш жағасында": the lake
    am = APPOSITIVE_CUE.match(text, end) if after == "," else None
    if am:
        c.cue = True
        c.kind_hint = c.kind_hint or ("city" if ("town" in am.group(0) or "city" in am.group(0)) else "village")
    if latin and w1l == "of" and w2l in _FAN_WORDS and not c.kind_hint:
        return _club(clubs, text, start, end)  # "supporters of Zhetysu and Kairat": a club's fans
    if w1l in _AND_WORDS and latin and not c.kind_hint and _FANS_OF_LIST.search(text, max(0, start - 60), start):
        return _club(clubs, text, start, end)  # (the second club of the list)
    if spaced and nxt_low in _SPORT_WORDS and _SPORT_CLUB_AFTER.match(text, end):
        return _club(clubs, text, start, end)  # "the Zhetysu football club", "Жетісу футбол клубы": the club, not the region
    if spaced and nxt[:1].isupper() and nxt_low.rstrip(",.;:") in _town_words() \
            and any(p.kind == "facility" and p.subkind == "river" for p, _ in opts) \
            and not any(p.kind in ("city", "region") for p, f in opts if "H" not in f) \
            and (nm := _NEXT_CAP_WORD.match(text, end)) is not None and _places_named(nm.group(1), ("city",)):
        return _club(clubs, text, start, end)  # "Irtysh Pavlodar", "Tobol Kostanay": a club named by a river and its town
    if (after == "-" or after == "–") and (_FIXTURE_FIRST.match(text, end) or (
            text[end + 1:end + 2].isupper() and _MATCH_WORD_BEFORE.search(text, max(0, start - 12), start))):
        return _club(clubs, text, start, end)  # "Ordabasy-Kairat match", "матч Ордабасы-Кайрат": two clubs in a fixture
    if start >= 2 and text[start - 1] in "-–" and (fm := _CAP_BEFORE_HYPHEN.search(text, max(0, start - 30), start)) and (
            _FIXTURE_SECOND.match(text, end) or _MATCH_WORD_BEFORE.search(text, max(0, fm.start() - 12), fm.start())):
        return _club(clubs, text, start, end)  # (the second club of the fixture)
    if after == "-":
        if text[end + 1:end + 2].isdigit() and not _NUMBERED_STATION.match(text, end):
            return None  # "Целиноград-25", "Арзамас-16": a code name, not the place itself
        if _ADJ_AFTER_HYPHEN.match(text, end):
            return None  # "Петропавловске-Камчатском", "Petropavlovsk-Kamchatsky": a longer name, another place
        if HYPHEN_WORD.match(text, end):
            sm = _SUFFIX_AFTER_HYPHEN.match(text, end)
            if sm and text[start:end].isupper() and sm.group(1).lower() in KK_TAILS:
                c.end = end = sm.end()  # "ШҚО-да", "АҚШ-қа": a Kazakh case suffix after an abbreviation
            elif not (latin and _WHERE_COMPOUND.match(text, end)):
                return None  # "Russia-led", "Kazakh-made" ("Almaty-based", "Aktau-bound" say where: kept)
        elif text[end + 1:end + 2].isupper():
            # "Astana-Teploenergo", "Aktobe-Munai": a company named with its town, not the town (a
            # route to a place, "Almaty-Bishkek", stays)
            nm = _WORD_AFTER_HYPHEN.match(text, end)
            if (nm is not None and not nm.group(1).isupper() and len(nm.group(1)) >= 3
                    and not _is_place_stem(nm.group(1))):
                return None
    if quotes:
        if _inside_quoted_name(quotes, start, end, text) or _quoted_org(quotes, start, end, text):
            return None
        if (after in _CLOSE_QUOTES and _FIXTURE_AFTER.match(text, end)) or (
                w1 in _DASHES and w2[-1:] in _CLOSE_QUOTES and w2[:1] in _OPEN_QUOTES
                and text[start - 1:start] in _OPEN_QUOTES):
            return None  # «Тобол» – «Актобе», "Astana" - "Kairat": clubs in a fixture, not the towns
        if (spaced and text[start - 1:start] == "«" and nxt[:1].isupper() and not c.cue and c.kind_hint is None
                and (qm := _QUOTED_CAPS_ON.match(text, end)) is not None
                and not any(_is_place_word(w) or w.lower().startswith(("арен", "arena"))
                            for w in qm.group(0).strip(" \u00a0»").split())):
            # «Астана Су Арнасы», «Жетысу Транс», «Казахстан Темир Жолы»: a firm's or a paper's
            # name that opens with a place (a quoted list of places, «Алматы Астана», keeps them; an
            # arena, «Астана Арена», is the arena of the town)
            return None
        if ((after == "»" or (spaced and nxt[:1].islower() and _QUOTED_ON.match(text, end)))
                and text[start - 1:start] == "«" and not c.cue and c.kind_hint is None
                and not c.extra.get("micro") and any(p.kind in _UNIT_KINDS or p.kind == "country"
                                                     or (p.kind == "facility" and p.subkind in WATER_KINDS) for p, _ in opts)
                and not any(p.subkind in _CITY_PARTS and "H" not in f for p, f in opts)
                and not any(p.kind == "facility" and not f and p.subkind in _QUOTED_SITES for p, f in opts)):
            # (a resort or an arena the data knows by the quoted name stays: «Чимбулак», «Медеу»)
            # Russian and Kazakh news put names of clubs, firms, papers and hotels in «», never a
            # town, region or river: «Кайрата», «Тобол», «Иртыш», гостиница «Казахстан», «Костанайские минералы»
            # (a head noun before or after it, «Тұран» шағын ауданы, село «Ақжар», keeps the place)
            return None
    if (not latin and spaced and c.kind_hint is None and nxt_low.startswith(_KK_FOREIGN_HEADS)
            and any(p.kind == "foreign" for p, _ in opts)):
        # "Махачкала портынан", "Үрімші әуежайына": a Kazakh head noun after a foreign city joins its span
        c.places = opts = [(p, f) for p, f in opts if p.kind == "foreign"]
        c.in_span_head = True
        c.extra["head_end"] = nw.end()
    fm = FACILITY_AFTER.match(text, end) if spaced and not c.in_span_head and nxt_low in _FACILITY_FIRST else None
    if fm and fm.group("f") == "pass" and facilities.VERB_NEXT.match(text, fm.end()):
        fm = None  # "lorries for Almaty pass through Kordai": the verb
    if fm and any(p.kind in ("city", "village") for p, _ in opts):
        c.facility = True
        c.extra["facility_word"] = fm.group("f")
        c.extra["head_end"] = fm.end()
    if (c.cue and spaced and not latin and w2l in _TITLE_WORDS_RU and w1l.startswith(_UNIT_NOUNS_RU)
            and SURNAME.match(text, end) and not any(p.population >= _BIG_CITY for p, _ in opts)):
        # "аким города Нурлан Сарыаркин": the title's holder, a given name and a surname, not a town
        return None
    if spaced and not c.in_span_head and not c.cue and nxt[:1].isupper():
        if m is None and (sm := SURNAME.match(text, end)) and not text[end - 3:end] in KK_GENITIVE \
                and text[end - 3:end] not in KK_ABLATIVE \
                and text[end - 4:end] not in KK_ATTRIBUTIVE \
                and (latin or text[end - 2:end] not in _KK_CASE_2 or _is_place_word(text[start:end])) \
                and not (text[sm.end() + 1:sm.end() + 2].isupper() and SURNAME.match(text, sm.end())
                         and not _PATRONYMIC_END.search(nxt_low)):
            # (nor "Қостанайдағы Абай даңғылы", "Алматыда Абай оқулары": a name with a case ending of
            # its own is no given name; nor a place before a whole given name and surname:
            # "Governor of Pavlodar Asain Baikhanov")
            # "Nursultan Nazarbayev", "Oral Saulebay": a person (not a Kazakh genitive, which ends a
            # name: "Астананың Абай даңғылы" is Astana's Abai Avenue)
            if not _is_place_word(nxt, bare=True) and not (
                    not latin and nxt_low.endswith(("ов", "ев", "ёв", "ин"))
                    and not _places_named(text[start:end], _UNIT_KINDS)):
                # (a declined name before a word in the nominative is no given name of that
                # person: "Аким Павлодара Асаин Байханов" is the akim of Pavlodar)
                return None
        if ORG_AFTER.match(text, end):
            return None
        if _BRAND_WORD.fullmatch(nxt) and not _is_place_word(nxt, bare=True):
            # "Shu Astyk", "Semey Metall", "Aktobe Munai", "Karaganda Energoservice": a company named
            # after its town with a trade word (grain, metal, oil, building...) in Kazakh or Russian
            return None
    if (not latin and c.kind_hint is None and text[end - 2:end] in _RU_PLURAL_ENDS
            and _RU_PLURAL_ADJ.search(text, max(start, end - 6), end)
            and spaced and not nxt_low.startswith(_TERRITORIAL) and nxt_low not in ("и", "или")):
        # "атырауские нефтяники", "карагандинских шахтёров": a plural adjective describes people or
        # things from the place, as "Siberian" does; it names no place
        return None
    if (not latin and c.kind_hint is None and spaced and text[end - 3:end] in _RU_ADJ_CASE_ENDS
            and any("A" in f for _, f in opts) and nxt_low.startswith(_RU_PERSON_NOUNS)):
        return None  # "Карагандинский альпинист": a person from the place, as "атырауские нефтяники" are
    if (not latin and c.kind_hint is None and spaced and text[end - 3:end] in _RU_ADJ_CASE_ENDS
            and any("A" in f for _, f in opts) and _RU_ORG_AFTER.match(text, end)):
        # "Карагандинского технического университета", "Алматинского филиала банка": an
        # institution named by the place's adjective, not the place
        return None
    if (not latin and spaced and nxt_low.startswith(_KK_EVENT_NOUNS) and c.kind_hint is None
            and any(p.kind == "foreign" and p.subkind == "macro-region" for p, _ in opts)):
        return None  # "Азия ойындары", "Еуропа чемпионаты": a contest named by a part of the world
    if (not latin and c.kind_hint is None and spaced and nxt_low[:3] in _KK_ORG_P3
            and _KK_ORG_AFTER.match(text, end) and _is_place_word(text[start:end])):
        # "Атырау университетінің", "Қызылорда мемлекеттік университеті": an institution named by
        # the place in the nominative (in the locative it is where one lies: "Шымкенттегі университет")
        return None
    if not latin and "име" in text[max(0, start - 25):start] and (
            # (an initial after "имени" is no cue: "имени С. Торайгырова" is not "с." for a village)
            (nm := _NAMED_AFTER.search(text, max(0, start - 40), start)) is not None):
        if not nm.group(1).lower().startswith(_UNIT_BEFORE_NAMED):
            # "университет имени С. Торайгырова", "школа имени Абая": a person the institution is
            # named after ("район имени Казыбек би", "село имени Жамбыла" are units so named: kept)
            return None
        if c.kind_hint is None and nm.group(1).lower().startswith("район"):
            c.kind_hint = "district"  # "в районе имени Казыбек би": the district so named
    if nxt_low in _TITLE_FORMS and c.kind_hint is None and not c.cue and (latin or _is_place_word(text[start:end])):
        # (a name with a case ending of its own is no person's: "Семейдегі ақын ескерткіші")
        tw = _NEXT_WORD.match(text, nw.end())
        if tw is None or not (tw.group(1).lower()[:3] in _HEAD_P3 and tw.group(1).lower().startswith(_HEAD_STEMS)):
            # "Кенесары хана", "Бөгенбай батыр", "Бұқар жырау": a person with a title (a head noun
            # after the title keeps a place named so: "Бөгенбай батыр ауылы")
            return None
    if w1.strip("\"«»“”") in ORG_PREV_WORDS and not (c.kind_hint and w1 in _CLUB_PLACES) \
            and not text[start:end].endswith(KK_GENITIVE):  # («Тобыл» Түркістанның «Тұранына»: the city of the next club)
        return None  # (not "села Кызылжар Акмолинской области": a village, and its region with a head noun)
    if w1[:1].isupper() and w2.strip("\"«") in CLUB_PREV:
        return None  # "FC Kairat Almaty", "ФК Кайрат Алматы": the second word of a club name
    if not latin and not c.kind_hint and w1[:1].isupper() and _person_context(text, start, end, w1, opts):
        return None
    if ((rare or w1l == "и" or w1 in _LIST_LEADS or w1[-1:] == ",") and not latin and c.kind_hint is None
            and text[end - 4:end] in _RU_ADJ_LOC
            and ((w1l in _RU_IN and (not nxt[:1].isalpha() or nxt == "и"))
                 or (w1l == "и" and w2.endswith(_RU_ADJ_LOC_WORD))
                 or (w1 in _LIST_LEADS and w2.startswith("район"))  # "в пяти районах — Карасайском, ..."
                 or (w1[-1:] == "," and w1[:-1].endswith(_RU_ADJ_LOC_WORD)))
            and any("A" in f and p.kind == "district" for p, f in opts)
            and _ELIDED_HEAD.search(text, max(0, start - 150), start)):
        # "в Уланском районе, самая низкая – в Глубоковском", "в шести районах, сильнее всего в
        # Абайском и Осакаровском": the head noun said once serves the next district adjectives
        # in the locative
        c.kind_hint = "district"
    if c.in_span_head and start >= 2 and (text[start - 1] == "." or text[start - 2] == "."):
        im = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
        if im is not None:
            c.start = im.start()  # "Т.Рысқұлов ауданында", "G. Musrepov district": the initials join the unit's name
    if latin and not c.cue and start >= 2 and (text[start - 1] == " " or text[start - 1] == "\u00a0"):
        # _prev_ok reads the word before the space; when that is w1 for certain (no quote or second
        # space before the name, the word not cut by the 40-character window) and it does not
        # start with a capital letter, the answer is known
        word = w1.lstrip("\"'«(“„")
        if (word and "A" <= word[0] <= "Z") or text[start - 2] in _CUE_STRIP or not (
                lo == 0 or len(words) > 1 or (words and text[lo].isspace())):
            if not _prev_ok(text, start):
                return None
            if word in _COMPASS_PREV and w2[:1].isupper() and w2 not in ALLOWED_PREV \
                    and not _prev_ok(text, start - len(w1) - 1):
                return None  # "Intergas Central Asia": the last words of a company's name
        if (not c.kind_hint and word and "A" <= word[0] <= "Z" and text[end - 2:end] in _SURNAME_ENDS_EN
                and _SURNAME_SHAPE.search(text[start:end]) and _surname_variant(text, start, end, opts)):
            return None
    if rare and latin and spaced and nxt_low in _COMPANY_FIRST and _COMPANY_AFTER.match(text, end):
        return None  # "the Atasu ore company", "an Aktobe oil company": a company, not the place
    return c


def _surname_variant(text: str, start: int, end: int, opts) -> bool:
    """"said Serik Amangeldin": a form in -in/-ov/-ev that is not the name of any of its places
    (a variant: Amangeldin for Amangeldi), right after a capitalised word that does not start a
    sentence, is the surname of the person the word names."""
    surf = text[start:end].lower()
    if any(p.name.lower() == surf for p, _ in opts):
        return False
    j = start - 1
    while j >= 0 and text[j] in " \u00a0":
        j -= 1
    if j < 0 or not text[j].isalpha():
        return False  # ("Zhezqazghan, Satbayev and Karazhal": a list, no given name)
    while j >= 0 and (text[j].isalpha() or text[j] in "'’-"):
        j -= 1
    while j >= 0 and text[j] in " \u00a0\"'«(“„":
        j -= 1
    if j < 0 or text[j] in ".!?\n:;—–":
        return False  # the capitalised word starts a sentence
    w = text[j + 1:start].strip(" \u00a0\"'«(“„")
    return w not in ALLOWED_PREV


_COMPASS_PREV = frozenset("North South East West Northern Southern Eastern Western Central Greater Upper Lower".split())
_SURNAME_ENDS_EN = frozenset(["in", "ov", "ev"])
_COMPANY_FIRST = frozenset(facilities.MINE_MODIFIERS | {"company", "corporation", "mining", "oil", "gas", "energy",
                                                          "power", "trading", "construction", "holding", "combine"})
_COMPANY_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][a-z-]*){0,2}?[ \u00a0]+(?:company|corporation|holding|combine|concern)(?![\w-])")


def _as_river(c: Candidate, opts, kinds=("river",)) -> Candidate | None:
    """``c`` read as the river (or the water body of ``kinds``) among ``opts`` (None, and ``c``
    unchanged, when none is one)."""
    waters = [(p, f) for p, f in opts if p.kind == "facility" and p.subkind in kinds]
    if not waters:
        return None
    c.places = waters
    c.cue = True
    c.extra["river"] = True
    return c


_INITIALS_BEFORE = re.compile(rf"(?<![\w.-])(?:[{_UP}]\.[ \u00a0]?){{1,2}}$")
# the last two letters of Kazakh locative (-да, -дағы, -нда...) and ablative (-дан, -нен...) endings
_KK_LOCATIVE_END = frozenset(["да", "де", "та", "те", "ғы", "гі", "ан", "ен"])
_MATCH_BEFORE_WORDS = frozenset(["beat", "beats", "defeated", "with", "to", "over", "against", "edged", "thrashed"])
_SCORE = r"(?:[ \u00a0]+\d{1,2}[-–:]\d{1,2})?"
_MATCH_BEFORE = re.compile(
    rf"(?:\b(?:beat|beats|defeated|edged|thrashed){_SCORE}|\b(?:drew|draw|drawn){_SCORE}[ \u00a0]+with"
    rf"|\b(?:lost|loses|losing|loss){_SCORE}[ \u00a0]+to|\b(?:won|wins)[ \u00a0]+\d{{1,2}}[-–:]\d{{1,2}}[ \u00a0]+(?:over|against)"
    rf"|\b(?:victory|win){_SCORE}[ \u00a0]+(?:over|against)|\b(?:at[ \u00a0]+home|away)[ \u00a0]+to)[ \u00a0]+$")
_RU_IN = frozenset(["в", "во"])
_RU_ADJ_LOC = frozenset(["ском", "цком"])
_ELIDED_HEAD = re.compile(r"(?:(?:ск|цк)ом[ \u00a0]+районе|районах)(?![\w-])")
_RU_ADJ_LOC_WORD = tuple(sorted(_RU_ADJ_LOC))  # (the same endings, for str.endswith)
_LIST_LEADS = frozenset(["—", "–", "-", ":"])
_AND_WORDS = frozenset(["and", "и", "or", "или"])
_RIVERS_AFTER = re.compile(rf"[ \u00a0]+(?:and|и|or|или|және)[ \u00a0]+(?:the[ \u00a0]+)?[{_UP}][\w-]*[ \u00a0]+"
                           rf"(?:rivers|рек|реки|өзендер\w*)(?![\w-])")
_RIVERS_BEFORE = re.compile(rf"(?:реках|реки|рек|реками|рекам|rivers)[ \u00a0]+[{_UP}][\w-]*"
                            rf"(?:,[ \u00a0]+[{_UP}][\w-]*)*[ \u00a0]+(?:и|and)[ \u00a0]+$")
_INTO_WORDS = frozenset(["в", "into"])
KK_GENITIVE3 = frozenset(KK_GENITIVE)
_KK_AND3 = frozenset(["мен", "бен", "пен", "және"])
# ships named after towns ("the tanker Almaty", "сухогруз «Астана»"); not a ferry's route ("паром Актау – Баку")
_VESSEL_WORDS = frozenset("""tanker ship vessel freighter barge tug icebreaker танкер танкера танкеру танкере танкером судно судна
    судну сухогруз сухогруза сухогрузу сухогрузе сухогрузом теплоход теплохода теплоходе теплоходом баржа баржи барже баржу
    буксир буксира ледокол ледокола""".split())
_DASH_AFTER = re.compile(r"[»\"”]?[ \u00a0]*[-–—]")
# a road, a ticket or a flight "на" a town leads to it ("перекрыли дорогу на Урджар"), off no river
_ROUTE_TO_NOUNS = frozenset("""дорогу дорога дороге дороги дорогой трассу трасса трассе трассы путь пути рейс рейсы рейса
    рейсов билет билеты билетов поезд поезда автобус автобусы автобуса направление выезд выезде выезда""".split())
_KK_BANKS_AFTER = re.compile(r"[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:ның|нің|дың|дің|тың|тің)[ \u00a0]+(?:жағалау|арнасы)")
_FLOWS_INTO = ("впада", "flow", "empt", "drain")
_OF_FROM = frozenset(["of", "from", "in", "at"])  # ("Yelimai from Semey beat Kaisar": the town of the club)
_CLUB_TOWN_KINDS = frozenset(["city", "region", "village", "district"])  # (a country is its national team)
_MATCH_PREPS = frozenset(["with", "to", "over", "against"])
_MATCH_W2 = frozenset(["drew", "draw", "drawn", "lost", "loses", "losing", "loss", "victory", "win", "won", "wins", "home", "away"])
_MATCH_VERBS = frozenset(["beat", "beats", "drew", "lost", "defeated", "thrashed", "edged", "won"])
_RARE_NEXT = frozenset(_MATCH_VERBS | _AND_WORDS | _COMPANY_FIRST | {"rivers"})
_RARE_PREV = frozenset(_MATCH_BEFORE_WORDS | _INTO_WORDS | _RU_IN)
_MATCH_AFTER = re.compile(r"[ \u00a0]+\w+[ \u00a0]+(?:\d{1,2}[-–:]\d{1,2}(?![\w-])|(?!The\b)[A-Z])")
_CHAMPIONS_AFTER = re.compile(r",[ \u00a0]+the[ \u00a0]+(?:defending|reigning|current|league)[ \u00a0]+champions")
_VERSUS = frozenset(["vs", "vs.", "v", "v.", "versus"])
_OPEN_QUOTES = frozenset('«"“„')
_FAN_WORDS = frozenset(["supporters", "fans", "ultras"])
_FANS_OF_LIST = re.compile(r"(?:supporters|fans|ultras)[ \u00a0]+of[ \u00a0]+[A-Z][\w'’-]*(?:,[ \u00a0]+[A-Z][\w'’-]*)*[ \u00a0]+and[ \u00a0]+$")
_SPORT_WORDS = frozenset(["football", "hockey", "basketball", "volleyball", "futsal", "футбол", "хоккей", "футбольный"])
_SPORT_CLUB_AFTER = re.compile(r"[ \u00a0]+(?:football|hockey|basketball|volleyball|futsal|футбол|хоккей)[ \u00a0]+"
                               r"(?:club|team|side|клуб\w*|команда\w*)", re.I)
_NEXT_CAP_WORD = re.compile(r"[ \u00a0]+([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+)")
_FIXTURE_NOUN = r"(?:match|game|derby|fixture|tie|матч\w*|игр[аеыу]|ойын\w*|кездесу\w*)(?![\w-])"
_FIXTURE_FIRST = re.compile(rf"[-–][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’]*(?:[ \u00a0][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’]*)?[ \u00a0]+{_FIXTURE_NOUN}")
_FIXTURE_SECOND = re.compile(rf"(?:[ \u00a0][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’]*)?[ \u00a0]+{_FIXTURE_NOUN}")
_CAP_BEFORE_HYPHEN = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’]*[-–]$")
_MATCH_WORD_BEFORE = re.compile(r"(?<![\w])(?:матч\w*|match)[ \u00a0]+$", re.I)
_FIXTURE_AFTER = re.compile(r'[»"”][ \u00a0]*[-–—:][ \u00a0]*[«"“„]')
# trade words of company names built on a town's name (Kazakh and Russian roots, transliterated or
# not): "Shu Astyk" (grain), "Semey Metall", "Aktobe Munai" (oil), "Taraz Kurylys" (building)
_BRAND_WORD = re.compile(
    # roots that start longer trade words (Energoservice, Metallurg, Munaigaz, Kurylysmaterialy)
    r"(?:Astyk|Astyq|Metall?|Munai|Munay|Neft|Gaz|Agro|Energo|Stroi|Stroy|Kurylys|Qurylys|Zhol|Prom|Azot|"
    r"Khim|Komir|Komyr|Ugol|Tsement|Mash|Avto|"
    r"Астык|Астық|Металл|Мунай|Мұнай|Нефть|Газ|Агро|Энерго|Строй|Құрылыс|Курылыс|Пром|Азот|Комир|Көмір|"
    r"Цемент|Авто)(?:[a-zа-яёәғқңөұүһі]{0,12})"
    # whole words only (English-looking: "Aktobe Transport Department" stays a place)
    r"|(?:Beton|Cement|Nan|Sut|Balyk|Altyn|Mys|Kus|Tekstil|Zavod|Kombinat|Elevator|Invest|Service|Servis|"
    r"Trans|Logistik|Pharm|Бетон|Элеватор|Инвест|Сервис|Транс|Фарм)", re.U)
_NUMBERED_STATION = re.compile(r"-\d{1,2}[ \u00a0]+(?i:station|railway|станц|вокзал|стансас|теміржол)")
_CITY_UNITS = frozenset(["KZ-71", "KZ-75", "KZ-79"])  # cities that are ADM1 units of their own
_STREET_KINDS = frozenset(["street", "square", "microdistrict"])
#: works that lie by the town they are named after (not streets, roads or markets, which are
#: often named after a town far away)
_BUILT_ABROAD = frozenset(["dam", "plant", "airport", "mine", "railway station", "port", "power plant", "refinery", "oil field"])
# "улицы Алматы": the streets of a city (a street named after a city is rare)
_STREETS_PL = frozenset(["улицы ", "улицам", "улицах", "улиц "])
_SETTLEMENT_NAMED = frozenset(["railway station", "pass", "border crossing", "nature reserve", "resort", "airport",
                               "burial ground"])
_CITY_PARTS = ("microdistrict", "city district")
_UNIT_KINDS = frozenset(["city", "village", "region", "district"])
_DASHES = frozenset(["-", "–", "—", ":"])
_APPOSED_HEADS = {"ауда": "district", "райо": "district", "dist": "district", "облы": "region", "обла": "region",
                  "regi": "region"}
_APPOSED_HEADS_T = tuple(_APPOSED_HEADS)
_KK_FOREIGN_HEADS = ("порт", "әуежай", "айлағ", "аймағ")  # ("Баян-Өлгий аймағынан": a Mongolian province)
_FEM_ADJ = frozenset(["ой", "ая", "ую", "ою"])
_FEM_SG_NOM_ACC = frozenset(["ая", "ую"])
_NATURAL_AFTER = re.compile(r"[ \u00a0]+(?:[Rr]ange|[Rr]idge|[Mm]ountains|[Rr]iver|[Ll]ake|[Pp]eninsula|[Cc]anyon|"
                            r"[Rr]eservoir|[Dd]esert)(?![\w-])")
_FOREIGN_OWNER = frozenset(
    "ресейдің россии russia's russia’s russian қытайдың китая china's china’s chinese өзбекстанның узбекистана "
    "uzbekistan's uzbek қырғызстанның киргизии кыргызстана kyrgyzstan's kyrgyz түрікменстанның туркменистана "
    "turkmenistan's turkmen ресей рф "
    # further countries whose towns share names with Kazakh places or stand across the Caspian
    "azerbaijan's azerbaijani әзірбайжанның азербайджана georgia's georgian грузияның грузии turkey's turkish "
    "түркияның турции iran's iranian иранның ирана mongolia's mongolian моңғолияның монголии tajikistan's tajik "
    "тәжікстанның таджикистана".split()
)
_PART_OF_COUNTRY = re.compile(r"(?:Западн|Восточн|Северн|Южн|Центральн)\w*[ \u00a0]+Казахстан|"
                              r"(?:Батыс|Шығыс|Солтүстік|Оңтүстік|Орталық)[ \u00a0]+Қазақстан(?!\s+облыс)", re.I)
_TITLE_WORDS_RU = frozenset(["аким", "акима", "акиму", "акимом", "глава", "главы", "мэр", "мэра"])
_UNIT_NOUNS_RU = ("город", "район", "област", "сел", "посёлк", "поселк", "аул")
_FOREIGN_ADJ_RU = ("российск", "китайск", "узбекск", "кыргызск", "киргизск", "туркменск", "азербайджанск", "грузинск",
                   "турецк", "иранск", "монгольск", "таджикск")
# "на китайской стороне, в Хоргосе", "on the Chinese side, at Khorgos", "Қытай жағындағы Қорғаста":
# the neighbour's half of a border town or crossing (the clause between ends at the name)
_SIDE_ABROAD = re.compile(
    r"(?:(?i:на|с|со)[ \u00a0]+(?:российск|китайск|узбекск|кыргызск|киргизск|туркменск)\w*[ \u00a0]+сторон\w*"
    r"|(?i:on[ \u00a0]+the[ \u00a0]+)(?:Russian|Chinese|Uzbek|Kyrgyz|Turkmen)[ \u00a0]+side"
    r"|(?:Ресей|Қытай|Өзбекстан|Қырғызстан|Түрікменстан)[ \u00a0]+жағ(?:ында|ындағы|ынан|ына)"
    r")(?:,?[ \u00a0]+(?:в|во|у|под|in|at|near))?[ \u00a0]*$")
# (the side word, one of the two words before the name)
_SIDE_WORDS = frozenset("стороне стороне, стороны стороны, side side, жағында жағындағы жағынан жағына".split())
_OWNED_HEADS_RU = ("город", "област", "порт", "сел", "посел", "район", "провинци")
_NEIGHBOURS_EN = frozenset(["Russia", "China", "Uzbekistan", "Kyrgyzstan", "Turkmenistan"])
# a neighbour named in brackets right after a place: "Алмалыке (Узбекистан)", "Osh (Kyrgyzstan)"
_COUNTRY_IN_BRACKETS = re.compile(
    r"[ \u00a0]?\((?:Russia|China|Uzbekistan|Kyrgyzstan|Turkmenistan|Россия|РФ|Китай|КНР|Узбекистан|Кыргызстан|"
    r"Киргизия|Туркменистан|Туркмения|Ресей|Қытай|ҚХР|Өзбекстан|Қырғызстан|Түрікменстан)\)")
# an apposition that says what a place is: "Aksu, a city in the Xinjiang region of China",
# "Karakol, the Kyrgyz resort town on Issyk-Kul" (the clause after it is read by _abroad_clause)
_APPOSITION_ABROAD = re.compile(
    r",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:city|town|village|port|settlement|county|resort)\b")
_ABROAD_WORDS = re.compile(
    r"\b(?:Russia|Russian|China|Chinese|Xinjiang|Uzbekistan|Uzbek|Kyrgyzstan|Kyrgyz|Turkmenistan|Turkmen|"
    r"Mongolia|Mongolian|Tajikistan|Tajik|Siberia|Siberian)\b")


_KK_ATTR_SET = frozenset(KK_ATTRIBUTIVE)
_FOREIGN_LAND_HEADS = ("өлкесін", "провинциясын", "аймағын", "штатын", "облысын")


def _located_abroad(w1: str, w2: str) -> bool:
    """Whether "<w2> <w1>" (w1 in the Kazakh attributive, "-дағы") places what follows in a foreign
    land: "Қытайдағы", "Ресейдегі", "Шыңжаң өлкесіндегі", "Қытайдың Шыңжаң өлкесіндегі"."""
    from .normalize import key

    def foreign(word: str) -> bool:  # (every place of the form is abroad: the country itself is kind "country")
        gaz = load()
        names = gaz.by_form().get(key(word.strip("\"«»(),")))
        return bool(names) and all(gaz.places[n.place_id].kind == "foreign" for n in names)

    low = w1.lower()
    if low.startswith(_FOREIGN_LAND_HEADS):
        return w2.lower() in _FOREIGN_OWNER or foreign(w2)
    return foreign(w1[:-4])


def _namesake_abroad(opts, surface: str) -> list:
    """The foreign town a name stands for where the gazetteer has only Kazakh settlements of that
    name (the first of them whose name the text's spelling starts like lends its spelling; the text
    its own, where the data knows the village by another name), as an option list; empty when it
    has none."""
    towns = [p for p, _ in opts if p.kind in ("city", "village")]
    if not towns:
        return []
    lat = romanize(surface)
    for p in towns:
        if p.name[:3].lower() == lat[:3].lower():
            return [(_text_place(p.name, "foreign", subkind="city"), "")]
    return [(_text_place(lat, "foreign", subkind="city"), "")]


def _abroad_clause(text: str, i: int, head_end: int) -> bool:
    """Whether the apposition from ``i`` (its head noun ending at ``head_end``) to the end of its
    clause places a town in a neighbour of Kazakhstan's ("a city in the Xinjiang region of
    China", "the Kyrgyz resort town"), not by it ("a town 30 km from the Chinese border")."""
    j = head_end + 80
    for stop in ".,;:!?\n(":
        k = text.find(stop, head_end, j)
        if k != -1:
            j = k
    clause = text[i:j]
    return (any(_LANGUAGE_AFTER.match(clause, m.end()) is None for m in _ABROAD_WORDS.finditer(clause))
            and "Kazakh" not in clause and _BY_NOT_IN.search(clause) is None)


# (nor a town a neighbour only rents or runs: "Baikonur, the town leased to Russia")
_BY_NOT_IN = re.compile(r"\b(?:border|frontier|km|kilomet|miles?|from|near|opposite|across|leased|rented|administered)\b")
# a neighbour's language, not its land: "the city also known by its Russian name", "Russian-speaking"
_LANGUAGE_AFTER = re.compile(r"(?:[ \u00a0]+(?:names?|spellings?|forms?|words?|language|speakers?)\b|-(?:speaking|language))")


_CLOSE_QUOTES = frozenset('»"”')
# a town's own bodies after its adjective: "Алматинского городского суда", "Уральского горисполкома"
_CITY_ADJ_NEXT = ("городск", "горисполком", "горсовет", "горакимат", "горком", "горотдел", "гороно")
_MICRO_HEADS = ("micro", "шағын", "ықшам", "микрорайон")
_MICRO_STEMS = ("шағын", "ықшам", "микрорайон", "microdistrict")
_MICRO_P2 = frozenset(s[:2] for s in _MICRO_STEMS)
_CENTRE_WORDS = frozenset(["центр", "центра", "центре", "центром"])
_MICRO_PLURAL = re.compile(r"(?i)microdistricts|аудандар|микрорайон(?:ы|ах|ов|ам)\b")
_MICRO_AFTER = re.compile(r"[ \u00a0]+(?:шағын\s*аудан\w*|ықшам\s*аудан\w*|микрорайон\w*|microdistricts?)(?![\w-])", re.I)
_BORDER_POSTS = frozenset(["post", "checkpoint", "crossing", "station"])  # "the Kyrgyz post at Ak-Zhol"
_FOREIGN_ADJ = frozenset(["russian", "chinese", "uzbek", "kyrgyz", "turkmen", "ресей", "рф", "azerbaijani", "georgian",
                          "turkish", "iranian", "mongolian", "tajik"])
_OWNED_HEADS = frozenset(["town", "city", "port", "village", "region", "province", "oblast", "republic", "district",
                          "post", "checkpoint", "crossing", "station"])
_ATTRIBUTIVE_NEXT = frozenset(
    "administration administrations authorities akimat akimats hall council police court government officials "
    "department office mayor akim prosecutor prosecutors hospital administration's authority's".split()
)
_CULTURE_HEADS = ("филармони", "театр", "драма", "опера", "музей", "мұражай", "кітапхана", "оркестр", "консерватори",
                  "philharmonic", "theatre", "theater", "drama", "museum", "library", "orchestra", "puppet",
                  "қуыршақ", "концерт", "concert")
_KK_ADJ_HEADS = ("облыстық", "аудандық", "қалалық", "ауылдық")
_KK_CASE_WATERS = frozenset(["river", "sea"])  # (not lakes: "Теңіздегі" is "at sea", not Lake Tengiz)
_KK_CASE_TAILS = frozenset(KK_LOCATIVE + ("ға", "ге", "қа", "ке"))  # locative and dative endings
_OKRUG = re.compile(r"[ \u00a0]+округ\w*")
_ADJ_HEADS = ("областн", "районн", "облыстық", "аудандық", "қалалық", "ауылдық", "oblystyq", "audandyq", "aýdandyq",
              "qalalyq", "auyldyq", "aýyldyq",
              # (the 2021 alphabet writes ы as ı, which fold() makes i)
              "oblıstıq", "oblistiq", "audandıq", "audandiq", "qalalıq", "qalaliq", "auıldıq", "auildiq")
_NEXT_WORD = re.compile(r"[ \u00a0]+([\w'’-]+)")
_CUE_STRIP = " \u00a0\"«„“"
_TIME_WORDS = frozenset(["time", "времени", "время"])
_HEAD_STEMS = ("region", "oblast", "oblys", "province", "област", "облыс", "обл", "district", "rayon", "raion", "audan",
               "район", "аудан", "city", "town", "қала", "village", "settlement", "ауыл", "кент", "qala", "auyl",
               "aýdan", "aýyl", "р-н", "aul", "oblıs", "oblis", "auıl", "auil",
               # Kazakh abbreviations of district and town ("Бөрлі ауд.", "Петропавл қ."; the next word
               # is read without its full stop)
               "ауд", "қ")
# the first three letters of the stems above: a set lookup rules out most words before the
# tuple of prefixes is tried
_HEAD_P3 = frozenset(w[:3] for w in _HEAD_STEMS)
_OWNED_P3 = frozenset(w[:3] for w in _OWNED_HEADS_RU)
_FACILITY_FIRST = frozenset(["international", "airport", "mine", "railway", "station", "nature", "forest", "reserve",
                             "forestry", "arena", "stadium", "market", "bazaar", "checkpoint", "border", "ski",
                             "resort", "quarry", "pass"])


_BIG_CITY = 50_000
_TOWN_AFTER_PREP = 20_000
_INDECLINABLE_END = frozenset("ыиеуоюэ")  # Russian town names ending so keep one form (Алматы, Актобе, Актау)
_APOSTROPHES = frozenset("'’")
_WATER_LEVEL_PREP = frozenset(["в", "in", "of", "the"])
_LEVEL_WORDS = frozenset(["уровень", "уровня", "уровне", "уровнем", "уровню"])
_WATER_LEVEL_BEFORE = re.compile(r"(?i)(?:уров\w+|подъ[её]м\w*|воды)\s+(?:воды\s+)?в\s+$|water\s+levels?\s+(?:in|of)\s+(?:the\s+)?$")
_KK_WATER_LEVEL = re.compile(r"[ \u00a0]+су(?:дың|ы)?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:деңгей|тасқын)")
_KK_WATER = frozenset(["су", "судың", "суы"])
#: Kazakh verbs of a river: it overflows or flows ("Тобыл тасыды", "Есіл тасып", "Ертіс ағады")
_KK_RIVER_VERBS = frozenset(["тасыды", "тасып", "тасуы", "тасиды", "ағады", "арнасынан"])
_KK_RIVERS_VERB_AFTER = re.compile(r"[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*[ \u00a0]+(?:" + "|".join(sorted(_KK_RIVER_VERBS)) + r")(?![\w-])")
# nouns of people and things that belong to a town: "... of X" locates them there
_OF_PLACE_NOUNS = frozenset("""residents inhabitants people citizens townspeople outskirts suburbs streets centre center
    mines pits hospitals schools akim mayor governor police ruins remains villagers farmers
    plant factory station depot market mine colony prison refinery smelter elevator akimat""".split())
# facilities named by a proper name alone: a common noun before it is not part of the mention
# (streets and squares keep theirs: "площади Республики" is the square's name)
_NAME_ONLY = frozenset("river lake sea mountains mountain peninsula canyon reservoir desert spaceport oil field".split()
                       ) | {"oil field"}
_ONE_DAY = __import__("datetime").timedelta(days=1)
_DATELINE = re.compile(r"\s*(?:,|\(|[-–—]\s)")
_DATELINE_AFTER = frozenset(", (")
_FIRST_CAP = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
_WANT = {"region": ("region",), "district": ("district",), "city": ("city", "village"), "village": ("village", "city")}


def _select(c: Candidate, doc_atoms: set[str], ctx_pids: dict[str, int], local: bool = False) -> bool:
    """Pick the place for a candidate; False drops it."""
    opts = c.places
    hk = c.kind_hint
    if hk is None:
        if len(opts) == 1 and not opts[0][1]:
            c.chosen = opts[0][0]  # one place, no conditions
            return True
        allowed = [o for o in opts if "H" not in o[1]]
    else:
        allowed = list(opts)
    if not allowed:
        return False
    extra = c.extra
    if hk:
        want = _WANT[hk]
        same = [(p, f) for p, f in allowed if p.kind in want]
        if extra.get("micro"):
            # "микрорайоне Карасу", "мкр. Самал": only a part of a city, never the rural district
            same = [(p, f) for p, f in same if p.subkind in _CITY_PARTS]
        if hk == "city" and not any(p.kind == "city" for p, _ in same):
            # "Астрахань қаласы", "Мәскеу қаласында": a foreign city before a village of that name
            same = [(p, f) for p, f in allowed if p.kind == "foreign" and p.subkind == "city"] or same
        if hk == "region" and not same:
            same = [(p, f) for p, f in allowed if p.kind == "foreign"]
            units = [(p, f) for p, f in same if p.subkind == "region"]
            same = units or same  # "Kurgan region": the Russian oblast, not the city
        if same:
            allowed = same
            if hk in ("region", "district") and not extra.get("list"):
                c.conf = 0.95
        else:
            if extra.get("micro"):
                return False  # an unknown microdistrict, not a village elsewhere with that name
            allowed = [(p, f) for p, f in allowed if "H" not in f]
            towns = [(p, f) for p, f in allowed if p.kind == "city" and "W" not in f and p.atom not in _CITY_UNITS]
            if hk == "district" and (c.in_span_head or extra.get("list")) and towns:
                # "Zhitikara district", "Жітіқара ауданы": a district named after its centre town that
                # the data lacks lies where the town lies
                allowed = towns
                extra["town_district"] = True
            else:
                c.in_span_head = False
                extra.pop("head_end", None) if not c.facility else None
                if not allowed:
                    return False
                hk = None
    # context-needing entries
    strong = hk is not None or c.cue
    ok = []
    unique = None
    for p, flags in allowed:
        if flags:
            if "C" in flags and p.kind == "facility" and extra.get("kk_case") and p.subkind in _KK_CASE_WATERS \
                    and not any(q.kind in _SETTLEMENT_KINDS and "W" not in f for q, f in allowed):
                # a Kazakh locative or attributive of a river or a sea whose settlements of the name
                # need a cue: "Ертістегі балық", "Каспийде" (not "Есілде", the town Esil as often)
                ok.append(p)
                continue
            if "C" in flags and p.kind == "facility" and not extra.get("river"):
                continue  # a bare river name needs its own context ("the Tobol"), not the town's
            if "S" in flags and not strong and not extra.get("list_place") and not (local and extra.get("prep")):
                continue
            if "C" in flags and not strong and (p.id not in ctx_pids or p.subkind == "microdistrict"
                                                or ("W" in flags and ctx_pids[p.id] > c.start)):
                # (an ordinary word, "Дауыл" storm, is licensed only by a place cue before it)
                # (a microdistrict named like a common word, "Көктем" spring, needs its own head noun)
                # a small place after a locative preposition, in a unit the document already names
                # or with a name no other place has (never an ordinary word or a person's name)
                if not (local and extra.get("prep")
                        and (c.end - c.start >= 5 or (p.kind == "city" and p.atom in doc_atoms))):
                    # (a four-letter name only for a town in a unit the document names: "loaded at Esil")
                    continue
                if extra.get("kk_case") and "W" in flags:
                    continue  # an ordinary word in a Kazakh case is that word: "Теңіздегі" (at sea), "Сайлауда"
                if p.atom not in doc_atoms:
                    if extra.get("kk_case"):
                        continue
                    if unique is None:
                        unique = len({q.id for q, f in allowed if "C" in f}) == 1
                    if not (unique and c.end - c.start >= 6 and (
                            "W" not in flags or (p.kind == "city" and p.population >= _TOWN_AFTER_PREP))):
                        # (a town named after a person, of some size, after "in" is the town:
                        # "workers in Satpayev"; a village so named is more often the person)
                        continue
        ok.append(p)
    if not ok:
        return False
    if hk == "city":
        ok.sort(key=lambda p: (p.kind != "city", -p.population))
    place, conf = choose(ok, doc_atoms, prefer=hk)
    if hk == "district" and extra.get("micro_after") and place.atom not in doc_atoms:
        return False  # "«Тұран» шағын ауданы" names a district only of a city the text is about
    if hk and place.kind in ("region", "district"):
        conf = max(conf, 0.9)
    c.chosen = place
    c.conf = min(c.conf, conf) if not hk else max(conf, 0.8)
    return True


def _add_misspelt(final: list, covered: bytearray, place, s0: int, s1: int, conf: float) -> None:
    """A place found by fuzzy matching at ``s0:s1``, added to the spans kept."""
    c = Candidate(s0, s1, [(place, "")], conf=conf)
    c.chosen = place
    c.extra["span_end"] = s1
    c.extra["fuzzy"] = True
    covered[s0:s1] = b"\x01" * (s1 - s0)
    final.append((s0, s1, 1, c))


_NEAR_KM = 150  # a namesake this close to the settlement it is coordinated with is the one meant


def _km(p, q) -> float:
    """Rough distance in km between two places with coordinates (equirectangular, for ranking)."""
    dy = (p.lat - q.lat) * 111.0
    dx = (p.lon - q.lon) * 111.0 * 0.7  # (cos of Kazakhstan's latitudes, about 45 degrees)
    return (dx * dx + dy * dy) ** 0.5


def _coordinated_namesakes(text: str, kept: list) -> None:
    """A village name several villages share, coordinated with a settlement of one reading
    ("guest houses in Koktuma and Akshi"), is the namesake near that settlement, when the one
    chosen lies far from it: lists name neighbours."""
    for a, b in zip(kept, kept[1:]):
        if b.start - a.end > 8 or not LIST_SEP.match(text[a.end:b.start]):
            continue
        for x, y in ((a, b), (b, a)):
            p, q = x.chosen, y.chosen
            if p.kind not in _SETTLEMENT_KINDS or q.kind not in _SETTLEMENT_KINDS or p.lat is None or q.lat is None:
                continue
            if len({r.id for r, _ in y.places if r.kind in _SETTLEMENT_KINDS}) != 1:
                continue  # (the partner must be sure)
            near = [r for r, _ in x.places if r.kind == p.kind and r.lat is not None and r.id != p.id]
            if not near or _km(p, q) <= _NEAR_KM:
                continue
            best = min(near, key=lambda r: (_km(r, q), r.id))
            if _km(best, q) <= _NEAR_KM:
                x.chosen = best


#: a former or later name in apposition: "Жамбыл (бывший Джамбул)", "Oskemen (formerly
#: Ust-Kamenogorsk)", "Taraz, the former Zhambyl", "Қонаев (бұрынғы Қапшағай)"
_FORMER_NAME = re.compile(r"[ \u00a0]*[(,][ \u00a0]*(?:(?:the[ \u00a0]+)?former(?:ly)?|бывш\w*|ранее|прежде|бұрынғы|now|ныне|қазіргі)"
                          r"[ \u00a0]+(?:(?:city|town|village|город|пос[её]лок|село|қаласы)[ \u00a0]+)?", re.I)


def _former_names(text: str, kept: list) -> None:
    """A name that several places share, given another name of one of them in apposition, is that
    place ("В Жамбыле (бывший Джамбул)": the city of Taraz, not a village Zhambyl near Almaty)."""
    for a, b in zip(kept, kept[1:]):
        if b.start - a.end > 40 or not _FORMER_NAME.fullmatch(text, a.end, b.start):
            continue
        for one, other in ((a, b), (b, a)):
            if len(one.places) > 1 and one.chosen is not other.chosen and other.chosen.id:
                for p, _f in one.places:
                    if p.id == other.chosen.id:
                        one.chosen = p
                        break


def _region_lists(text: str, kept: list) -> None:
    """A bare town name in a list of names of which at least two are regions only ("naming
    Abai, Jetisu, Ulytau, East Kazakhstan, Karaganda, Akmola and Kostanay") is the region of
    that name: a list names things of one kind."""
    outer = [kept[0]]
    for c in kept[1:]:
        if c.start >= outer[-1].end:  # (not "Kazakhstan" inside "East Kazakhstan")
            outer.append(c)
    runs, run = [], [outer[0]]
    for a, b in zip(outer, outer[1:]):
        if b.start - a.end <= 8 and LIST_SEP.match(text[a.end:b.start]):
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    for run in runs:
        if len(run) < 3:
            continue
        bare_regions = [c for c in run if c.chosen.kind == "region" and not c.in_span_head and c.kind_hint is None]
        if len(bare_regions) < 2:
            continue
        for c in run:
            if c.chosen.kind == "city" and c.kind_hint is None and not c.cue and not c.in_span_head:
                region = [p for p, _ in c.places if p.kind == "region"]
                if region:
                    c.chosen = region[0]


_SAME_UNIT_AFTER = re.compile(r"[ \u00a0]+(?:(?:того[ \u00a0]+же[ \u00a0]+(района)|той[ \u00a0]+же[ \u00a0]+(области))"
                              r"|(?:in|of)[ \u00a0]+the[ \u00a0]+same[ \u00a0]+(district|region))(?![\w-])", re.I)


def _local_homonyms(text: str, kept: list, units: dict, day) -> None:
    """A village name that several villages share, in a text naming several units, goes to the
    village in the region or district named nearest to it in its own sentence ("near the village of
    Kyzylzhar in Akmola region", "Ақмола облысындағы Қызылжар ауылында"), not to the biggest in
    any of the units."""
    # (and a town read for a name written with a village noun: "в селе Ак-Су" may be any Ак-Су)
    villages = [c for c in kept if c.chosen.kind == "village" or (c.chosen.kind == "city" and c.kind_hint == "village")]
    if not villages:
        return
    owners = [c for c in kept if c.chosen.kind in ("region", "district")]
    if not owners:
        return
    atoms = None
    placed: dict[tuple, object] = {}  # the namesakes of a name -> the village its own unit decided
    for c in villages:
        if len(c.places) == 1 and not c.chosen.id:
            continue  # (a village the data lacks, already placed in its unit)
        p = c.chosen
        # (the owners in its sentence: no sentence end between them; +1, the capital letter after a stop)
        near = [o for o in owners
                if _SENTENCE_END.search(text, min(o.end, c.end), max(o.start, c.start) + 1) is None]
        if not near and (same := _SAME_UNIT_AFTER.match(text, c.end)) is not None:
            # "у села Карабулак того же района", "in the village of X in the same district": the
            # unit of that kind named last before it
            kind = "district" if (same.group(1) or same.group(3) or "").lower().startswith(("район", "district")) else "region"
            near = [o for o in owners if o.end <= c.start and o.chosen.kind == kind][-1:]
        if not near:
            if c.kind_hint == "village" and c.cue:
                _like_list_sibling(text, c, villages, owners)
            continue
        o = min(near, key=lambda o: (o.start - c.end if o.start >= c.end else c.start - o.end, o.start))
        local: set[str] = set()
        if o.chosen.kind == "district" and o.chosen.atom:
            local.add(o.chosen.atom)
        else:
            u = units.get(o.chosen.id) or unit_of(o.chosen, day)
            if u is not None:
                if atoms is None:
                    atoms = _atoms_in_era(era(day))
                local.update(atoms.get(u.iso, ()))
        if not local:
            continue
        if p.atom not in local:
            alts = [q for q, f in c.places if q.kind in ("village", p.kind) and q.atom in local and "H" not in f]
            if alts:
                c.chosen = max(alts, key=lambda q: (q.population, q.id))
            elif _owned_by(text, c, o):
                # "села Бесагаш Талгарского района", "the village of X in Y district": the unit the text
                # gives the village outranks every namesake the data has elsewhere; the village itself
                # is missing from the data, and lies in that unit
                c.chosen = _text_place(p.name, "village", o.chosen.atom or min(local))
                c.conf = min(c.conf, 0.6)
            else:
                continue
        placed.setdefault(_namesakes(c), c.chosen)
    # the same name again in a sentence naming no unit is the village the first one was
    # ("у села Карабулак" of a named district, then "связывал Карабулак с районным центром")
    if not placed:
        return
    for c in kept:
        if c.kind_hint is not None or len(c.places) < 2 or c.chosen.kind not in ("village", "city"):
            continue  # (a name with its own head noun keeps the reading its noun gave it)
        first = placed.get(_namesakes(c))
        if first is not None and first is not c.chosen and (not first.id or any(q is first for q, _ in c.places)):
            c.chosen = first


_LIST_END = re.compile(rf"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:и|and)[ \u00a0]+)([{_UP}][\w-]{{2,}})(?![\w-])(?![ \u00a0]+[{_UP}])")


def _unknown_list_ends(text: str, kept: list) -> list:
    """"в сёлах Бозколь, Басыкара и Бекарыс", "the villages of A, B and C": the last item of a list
    of villages that the gazetteer lacks, after an item of the list it knows, is a village in the
    same unit."""
    out = []
    starts = None
    for c in kept:
        p = c.chosen
        if not (c.extra.get("list_cue") and c.kind_hint == "village" and p.kind == "village" and p.atom):
            continue
        m = _LIST_END.match(text, c.extra.get("head_end", c.end) if c.in_span_head else c.end)
        if m is None or _is_place_stem(m.group(1)):
            continue
        if starts is None:
            starts = {k.start for k in kept}
        if m.start(1) in starts:
            continue
        n = Candidate(m.start(1), m.end(1), [], 0.6)
        n.kind_hint = "village"
        n.chosen = _text_place(romanize(m.group(1)), "village", p.atom)
        out.append(n)
    return out


def _like_list_sibling(text: str, c, villages: list, owners: list) -> None:
    """"к сёлам Жерновка и Новодворовка" after a sentence naming their districts: a village of a
    list that the data has only in a unit the text never names lies where the item next to it
    lies, when that one is in a unit the text names."""
    named = {o.chosen.atom for o in owners if o.chosen.atom}
    p = c.chosen
    if not named or p.atom in named:
        return
    for v in villages:
        if v is c or v.chosen.atom not in named:
            continue
        if (0 < c.start - v.end <= 8 and LIST_SEP.match(text[v.end:c.start])) or (
                0 < v.start - c.end <= 8 and LIST_SEP.match(text[c.end:v.start])):
            alts = [q for q, f in c.places if q.kind == "village" and q.atom == v.chosen.atom]
            if alts:
                c.chosen = max(alts, key=lambda q: (q.population, q.id))
            else:
                c.chosen = _text_place(p.name, "village", v.chosen.atom)
                c.conf = min(c.conf, 0.6)
            return


_UNKNOWN_ITEM_GAP = re.compile(r"^\s*,\s*[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*\s*(?:,\s*(?:and\s+|и\s+|және\s+)?|\s+(?:and|и|және|мен|бен|пен)\s+)$")


_ABROAD = frozenset(["foreign", "country"])
_SETTLEMENT_KINDS = frozenset(["city", "village"])


_IN_REGION_GAP = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:в|во|in|of)[ \u00a0]+(?:the[ \u00a0]+|Russia['’]s[ \u00a0]+|China['’]s[ \u00a0]+)?|"
                            # (a unit noun and the region in the genitive: "из Алтайского округа Синьцзяна")
                            r"(?:округа|района|уезда|провинции|аймака|области|края)[ \u00a0]+)$")


_NAMESAKE_TOWN = 200_000  # (a town of ours at least this big has no namesake abroad the news would name so)
_KK_LOC_ADJ = frozenset(["дағы", "дегі", "тағы", "тегі"])
_RU_UNIT_GENITIVE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ской|цкой)[ \u00a0]+(?:области|обл\.)|[А-ЯЁ][а-яё-]+(?:ского|цкого)[ \u00a0]+края")


def _in_foreign_region(text: str, kept: list) -> None:
    """A small Kazakh-named settlement right before a foreign region ("у села Павловка в
    Оренбургской области России", "the village of Pavlovka in Orenburg Oblast") is the foreign
    village of that name."""
    regions = [b for b in kept if b.chosen.kind == "foreign" and b.chosen.subkind == "region"]
    if not regions:
        return
    for a in kept:
        p = a.chosen
        if (p.kind in ("city", "village") or (p.kind == "district" and a.kind_hint is None)) \
                and p.population < _NAMESAKE_TOWN and any(
                (0 < b.start - a.end <= 16 and (_IN_REGION_GAP.match(text[a.end:b.start]) or (
                    # "из Аксая Ростовской области": the region in the genitive right after the town
                    text[a.end:b.start] in (" ", "\u00a0") and _RU_UNIT_GENITIVE.match(text, b.start))))
                # "Шыңжаңдағы Ақсу": the region in the Kazakh locative right before the town
                or (0 < a.start - b.end <= 2 and text[b.end - 4:b.end] in _KK_LOC_ADJ and not text[b.end:a.start].strip())
                for b in regions):
            a.chosen = _text_place(p.name, "foreign", subkind="district" if p.kind == "district" else "city")
            a.conf = min(a.conf, 0.6)


_WHERE_AFTER = re.compile(r",[ \u00a0]+(?:where|где)(?![\w-])")
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _where_abroad(text: str, kept: list) -> None:
    """A small Kazakh-named settlement in a relative clause of a foreign country or region ("into
    Chuy Region, where the Kyrgyz side checks every lorry at the Ak-Zhol post", "в Синьцзян, где
    ...") lies there: the foreign place of that name, unless the clause names a unit of ours."""
    for b in kept:
        p = b.chosen
        if p.kind != "foreign" or p.subkind not in ("country", "region") or not _WHERE_AFTER.match(text, b.end):
            continue
        stop = _CLAUSE_END.search(text, b.end)
        stop = stop.start() if stop else len(text)
        inside = [c for c in kept if b.end < c.start < stop]
        if any(c.chosen.kind in ("region", "district") for c in inside):
            continue
        for a in inside:
            q = a.chosen
            if q.kind in ("city", "village") and q.population < _BIG_CITY and not a.kind_hint:
                surface = text[a.start:a.end]
                # (a Latin name as written: "Ak-Zhol", not the name of a Kazakh namesake)
                a.chosen = _text_place(surface if surface.isascii() else q.name, "foreign", subkind="city")
                a.conf = min(a.conf, 0.6)


def _among_foreign(text: str, kept: list) -> None:
    """A Kazakh town or village named inside a list of foreign places ("из Бишкека, Оша, Каракола
    и Токмока", "в городах Алтай, Кульджа и Чугучак") is the foreign town of that name, when no
    other place of the text lies in its unit: the gazetteer keeps such shared names for the
    Kazakh places."""
    order = sorted(kept, key=lambda c: c.start)
    # (the usual case, decided at once: no Kazakh settlement next to a foreign place)
    for a, b in zip(order, order[1:]):
        if b.start - a.end <= 30 and (a.chosen.kind in _ABROAD) != (b.chosen.kind in _ABROAD) and \
                (a.chosen.kind in _SETTLEMENT_KINDS or b.chosen.kind in _SETTLEMENT_KINDS):
            break
    else:
        return
    groups, cur = [], [order[0]]
    for a, b in zip(order, order[1:]):
        gap = text[a.end:b.start]
        # (an item the gazetteer lacks may stand between: "Оша, Таласа, Каракола")
        if 0 < len(gap) <= 30 and (LIST_SEP.match(gap) or _UNKNOWN_ITEM_GAP.match(gap)):
            cur.append(b)
        else:
            groups.append(cur)
            cur = [b]
    groups.append(cur)
    for g in groups:
        if len(g) < 3:
            continue
        home = [c for c in g if c.chosen.kind in ("city", "village")]
        if len(home) != 1 or sum(c.chosen.kind in ("foreign", "country") for c in g) != len(g) - 1:
            continue
        c = home[0]
        p = c.chosen
        if p.population >= _BIG_CITY or any(o is not c and o.chosen.atom == p.atom for o in kept):
            continue
        c.chosen = _text_place(p.name, "foreign", subkind="city")
        c.conf = min(c.conf, 0.6)


def _district_homonyms(text: str, kept: list, units: dict, day) -> None:
    """A district name that districts of several units share (Esil in Akmola and in North
    Kazakhstan Region) in a text naming several units goes to the one in a region named in its own
    sentence, else to the one an earlier mention of the name took, else to the one in the region
    the text names nearest before it (after it when none is before): a town of another unit
    named in passing ("divers from Kokshetau") does not decide it."""
    regions = None
    placed: dict[tuple, object] = {}
    atoms_of = None
    for c in kept:
        p = c.chosen
        if p.kind != "district" or len(c.places) < 2:
            continue
        alts = [q for q, _ in c.places if q.kind == "district"]
        if len({q.atom for q in alts}) < 2:
            continue
        if regions is None:
            if atoms_of is None:
                atoms_of = _atoms_in_era(era(day))
            regions = []
            for o in kept:
                q = o.chosen
                if q.kind == "region" or (q.kind == "city" and q.atom in _CITY_UNITS):
                    u = units.get(q.id) or unit_of(q, day)
                    if u is not None:
                        regions.append((o, set(atoms_of.get(u.iso, ()))))
            if day is not None:
                # "the capital", "столицы": the capital city as much as its name would be
                cap = None
                for m in _CAPITAL_WORD.finditer(text):
                    if cap is None:
                        cap = set(atoms_of.get(adm1.capital_on(day).iso, ()))
                    regions.append((_Span(m.start(), m.end()), cap))
                regions.sort(key=lambda r: r[0].start)
        if not regions:
            return
        same = [(o, a) for o, a in regions
                if _SENTENCE_END.search(text, min(o.end, c.end), max(o.start, c.start) + 1) is None]
        key = _namesakes(c)
        if same:
            if any(p.atom in a for _, a in same):
                placed.setdefault(key, p)
                continue
            o, a = min(same, key=lambda r: abs(r[0].start - c.start))
            there = [q for q in alts if q.atom in a]
        elif key in placed:
            there = [placed[key]]
        else:
            before = [r for r in regions if r[0].start < c.start]
            o, a = before[-1] if before else regions[0]
            there = [q for q in alts if q.atom in a]
        if there:
            c.chosen = max(there, key=lambda q: (q.subkind != "city district", q.id))
        placed.setdefault(key, c.chosen)


_TOWN_KINDS = ("city", "village")


_KK_IN_END = frozenset(["да", "де", "та", "те", "ғы", "гі"])
_AT_PLACE = re.compile(r"(?<![\w-])(?:in|at|near|outside|around|в|во|под|около|близ|возле|у)[ \u00a0]+$", re.I)


def _lone_town_namesakes(text: str, kept: list, units: dict, day) -> None:
    """"Floods in Sairam and Tolebi districts ... a bridge was damaged at Karabulak": a bare name
    read as a small town of a unit nothing else in the text lies in is the namesake in the unit
    most of the text's places lie in (a village there the data knows), not a town of another
    region (a town of 50,000 or more keeps its reading)."""

    def iso(p) -> str | None:
        u = units.get(p.id) if p.id else None
        if u is None:
            u = unit_of(p, day)
        return u.iso if u is not None else None

    for c in kept:
        p = c.chosen
        if (c.kind_hint is None and not c.cue and p.kind in _TOWN_KINDS and p.population < _BIG_CITY and len(c.places) > 1
                and any(q.atom != p.atom and q.kind in _TOWN_KINDS for q, _ in c.places)
                and (text[c.end - 2:c.end] in _KK_IN_END or _AT_PLACE.search(text, max(0, c.start - 10), c.start))):
            break
    else:
        return  # (most texts: no bare small town with a namesake elsewhere, where something happens)
    isos = [iso(c.chosen) for c in kept]
    count: dict[str, int] = {}
    for i in isos:
        if i:
            count[i] = count.get(i, 0) + 1
    if len(count) < 2:
        return
    moved: dict[tuple, object] = {}
    for c, here in zip(kept, isos):
        p = c.chosen
        if (c.kind_hint is not None or c.cue or p.kind not in _TOWN_KINDS or p.population >= _BIG_CITY
                or len(c.places) < 2 or not here):
            continue
        key = _namesakes(c)
        if key in moved:
            c.chosen = moved[key]  # (the same name again: the same place)
            continue
        if not (_AT_PLACE.search(text, max(0, c.start - 10), c.start) or text[c.end - 2:c.end] in _KK_IN_END):
            continue  # (only where something happens: "from Aktau and Aksai", "trains to Yesil" are other towns)
        own = sum(1 for k in kept if k.chosen.id == p.id)
        if count[here] > own:
            continue  # (another place of the text lies in its unit)
        others = sum(count.values()) - own
        top_iso, top = max(((i, n) for i, n in count.items() if i != here), key=lambda x: (x[1], x[0]))
        if top < 2 or 2 * top <= others:
            continue  # (a round-up of many regions has no unit of its own)
        alts = [q for q, f in c.places if q.kind in _TOWN_KINDS and "H" not in f and "W" not in f and iso(q) == top_iso]
        if alts:
            c.chosen = moved[key] = max(alts, key=lambda q: (q.population, q.kind == "city", q.id))
            c.conf = min(c.conf, 0.7)


class _Span(NamedTuple):
    start: int
    end: int


def _city_part_repeats(text: str, kept: list, headline_end: int) -> None:
    """"Қалқаман және Шұғыла шағын аудандарында ... Қалқамандағы көше": a name the text has given
    as a part of a town with its head noun is that part again when it comes back bare, not a
    village of the same name elsewhere (one sense per text); so is a bare name in the headline
    that the body names so ("market fire in Turan" over "a small market in Turan district")."""
    parts: dict[str, int] = {}
    for c in kept:
        p = c.chosen
        if p.subkind in _CITY_PARTS and p.id and (c.kind_hint or c.cue):
            parts.setdefault(p.id, c.start)
    if not parts:
        return
    for c in kept:
        if c.kind_hint is None and c.chosen.id not in parts and len(c.places) > 1:
            for p, _ in c.places:
                if parts.get(p.id, c.start) < c.start or (
                        p.id in parts and c.end <= headline_end and text[c.start - 1:c.start] not in _QUOTES):
                    # (a quoted name in the headline may be the rink, the hotel or the club: «Медеу»)
                    c.chosen = p
                    break


#: an official right after a bare name in a headline ("Turkistan akim replaces ...", "Kyzylorda
#: deputy governor held", "Түркістан әкімі ...")
_OFFICIAL = r"(?:(?:first[ \u00a0]+)?deputy[ \u00a0]+)?(?:akim|governor)s?(?![\w-])"
_OFFICIAL_AFTER = re.compile(rf"[ \u00a0]+(?:(?i:{_OFFICIAL})|әкім\w*)")


def _official_of(text: str, name: str, kind: str) -> bool:
    """Whether ``text`` names an akim of the region (``kind`` "region") or of the city (else) called
    ``name``: "the akim of Turkistan region", "Turkistan regional akim", "Түркістан облысының
    әкімі"; "the akim of Almaty", "Almaty city akim", "Алматы қаласының әкімі", "Алматы әкімі"."""
    n = re.escape(name)
    if kind == "region":
        unit, kk_unit = rf"{n}[ \u00a0]+(?:region|oblast)(?:al)?", rf"{n}[ \u00a0]+облыс\w*"
    else:
        unit = rf"(?:city[ \u00a0]+of[ \u00a0]+)?{n}(?:[ \u00a0]+city)?(?![\w-]|[ \u00a0]+(?:region|oblast))"
        kk_unit = rf"{n}(?:[ \u00a0]+қала\w*)?"
    return re.search(rf"(?i:{_OFFICIAL})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?{unit}|{unit}[ \u00a0]+(?i:{_OFFICIAL})"
                     rf"|(?<![\w-]){kk_unit}[ \u00a0]+әкім", text) is not None


def _headline_officials_region(text: str, kept: list, headline_end: int) -> None:
    """"Turkistan akim replaces two district heads" over a body that opens "The akim of Turkistan
    region": a bare name before an akim in the headline is the region whose akim the body names,
    when the body names no akim of the city so called."""
    body = text[headline_end:]
    for c in kept:
        if c.start >= headline_end:
            break
        if c.chosen.kind != "city" or c.kind_hint is not None or not _OFFICIAL_AFTER.match(text, c.end):
            continue
        name = text[c.start:c.end]
        if not _official_of(body, name, "region") or _official_of(body, name, "city"):
            continue
        regions = [p for p, _ in c.places if p.kind == "region"] or _places_named(name, ("region",))
        if len(regions) == 1:
            c.chosen = regions[0]


#: between a part of a town and the town it belongs to: "микрорайоне Самал города Жанаозен", "the
#: Samal microdistrict of Zhanaozen"
_PART_OF_TOWN_GAP = re.compile(r"[ \u00a0]+(?:(?:города|г\.|посёлка|поселка)[ \u00a0]*|(?:of|in)[ \u00a0]+)")


def _city_part_of_town(text: str, kept: list) -> None:
    """A part of a town the gazetteer knows in one town (Almaty's Samal), named with the town it
    belongs to right after it, lies in that town when the town is another one ("в микрорайоне Самал
    города Жанаозен": Zhanaozen's Samal, not Almaty's)."""
    for c, d in zip(kept, kept[1:]):
        p, town = c.chosen, d.chosen
        if (p.subkind in _CITY_PARTS and p.id and town.kind == "city" and town.atom and town.atom != p.atom
                and _PART_OF_TOWN_GAP.fullmatch(text, c.extra.get("head_end", c.end), d.start)):
            c.chosen = _text_place(f"{p.name.split(' (')[0]} ({town.name})", "district", town.atom, p.subkind)
            c.conf = min(c.conf, 0.6)


def _namesakes(c) -> tuple:
    return tuple(sorted({q.id for q, _ in c.places}))


# what may stand between a village and the district or region it belongs to: after the village
# ("село X Y-ского района", "X village in Y district", "the village of X, Y district"), or before it
# ("Y ауданының X ауылында", "Y ауданына қарасты X ауылы", "Y district's village of X")
_OWNER_AFTER_GAP = re.compile(
    # (later items of the list: "в сёлах Жерновка и Новодворовка Бескарагайского района")
    rf"(?:(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:и|and)[ \u00a0]+)[{_UP}][\w'’-]*){{0,4}}"
    r"[ \u00a0]*,?[ \u00a0]*(?:(?:villages[ \u00a0]+)?(?:in|of)[ \u00a0]+(?:the[ \u00a0]+)?)?")
_OWNER_BEFORE_GAP = re.compile(
    r"(?:['’]s)?[ \u00a0]*,?[ \u00a0]*(?:қарасты[ \u00a0]+)?(?:(?:сел[оаеу]|посёлк[аеу]|поселк[аеу]|посёлок|поселок|аул[аеу]?"
    r"|сёл(?:ах|ам)|сел(?:ах|ам)|villages[ \u00a0]+of|the[ \u00a0]+villages[ \u00a0]+of"
    r"|village[ \u00a0]+of|the[ \u00a0]+village[ \u00a0]+of)[ \u00a0]+)?"
    # (earlier items of a list of villages the owner holds: "Кеген ауданының Кеген және Жалаңаш ауылдарында")
    rf"(?-i:[{_UP}][\w'’-]*(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:және|мен|бен|пен|и|and)[ \u00a0]+)){{0,4}}", re.I)


def _owned_by(text: str, village, owner) -> bool:
    """Whether ``owner`` (a district or region) is written as the unit ``village`` belongs to:
    right after it, or right before it, with nothing but a comma, a preposition or a village noun
    between them."""
    end = village.extra.get("head_end", village.end) if village.in_span_head else village.end
    if owner.start >= end:
        m = _OWNER_AFTER_GAP.match(text, end, owner.start)
        return m is not None and m.end() == owner.start
    o_end = owner.extra.get("head_end", owner.end) if owner.in_span_head else owner.end
    if o_end <= village.start:
        m = _OWNER_BEFORE_GAP.match(text, o_end, village.start)
        return m is not None and m.end() == village.start
    return False


@lru_cache(maxsize=64)
def _atoms_in_era(first_day) -> dict[str, tuple[str, ...]]:
    day = first_day if first_day is not None else era_starts()[0] - _ONE_DAY
    return {v.iso: v.atoms for v in adm1.versions_on(day)}



#: "X and Y, two villages", "X и Y — два села": the count right after the places it sums up
_APPOSITION_GAP = re.compile(r"\s*(?:,|[–—]|-)\s*$")
#: "the two regions", "both cities", "these three towns": the count points back to places named
_ANAPHORIC_EN = re.compile(r"(?i:\b(?:the|both|these|those)\s+)$")
_HEAD_GAP = re.compile(r"\s+(?:\w+\s+)?$")
_KK_BOTH_AFTER = re.compile(r"\S*\s+(?:да|де)(?![\w])")


def _named_members(text: str, q: dict, kept: list) -> bool:
    """True when the quantified reference ``q`` counts places the text names itself: in apposition
    right after them ("Derkul and Beles, two villages in Zelenovsky district"), or, for two to four
    places, pointing back to as many named before it ("the two regions", "екі облыстың да"):
    no count of unnamed places."""
    n = q.get("count")
    kinds = _WANT.get(q.get("unit"))  # (the kinds a head noun of that unit admits)
    if not n or n < 2 or q.get("quantifier") or kinds is None:
        return False
    a = q["start"]
    before = [c for c in kept if c.end <= a and c.chosen.kind in kinds]
    if not before:
        return False
    last = before[-1]
    if a - last.end <= 3 and _APPOSITION_GAP.match(text, last.end, a):
        chain = 1
        for prev, cur in zip(reversed(before[:-1]), reversed(before)):
            if LIST_SEP.match(text[prev.end:cur.start]):
                chain += 1
            else:
                break
        if chain == n:
            return True
    if n > 4 or len({c.chosen.id for c in before}) < n:
        return False
    if _ANAPHORIC_EN.search(text, max(0, a - 8), a):
        return True
    # ("Екі облыстың да": both; not after a unit of their own, "Махамбет ауданындағы екі ауылға да",
    # where "да" is "too" and the villages are new)
    return (text[a:a + 3].lower() == "екі" and bool(_KK_BOTH_AFTER.match(text, q["end"]))
            and not any(0 <= a - c.end <= 25 and _HEAD_GAP.match(text, c.end, a) for c in kept))


def _latin_quants(text: str, quants: list[dict]) -> list[dict]:
    """``quants`` plus the quantified references of the parts of a Kazakh text written in Latin
    letters ("9 oblısta", "barlyq aýdandarda"), read in its Cyrillic copy and put back."""
    from .triggers import cyrillic_view

    cyr, back = cyrillic_view(text)
    out = list(quants)
    for q in quantified.find(cyr, "kk"):
        a, b = back[q["start"]], back[q["end"]]
        if any(a < r["end"] and r["start"] < b for r in quants) or not _LAT_LETTER.search(text, a, b):
            continue  # (found in the text itself, or Cyrillic there)
        out.append(dict(q, start=a, end=b))
    out.sort(key=lambda r: (r["start"], -r["end"]))
    return out


def extract(text: str, date=None, lang=None, *, doc=None) -> list[dict]:
    """Place mentions in ``text`` (document order), resolved to ADM1 units on ``date``
    (``doc``: the value of every record's ``doc`` field)."""
    if not isinstance(text, str) or not text:
        return []
    day = adm1.to_date(date)
    lang = lang or detect_lang(text)
    gaz = load()
    folded = fold(text)
    hits, trig = default_matcher().scan(text, folded, lang == "kk")
    if lang == "kk":
        hits = fuzzy.letter_slips(text, hits)
    quants = quantified.find(text, lang, folded, trig["quant"])
    if lang == "kk" and _LAT_UNIT.search(text):
        quants = _latin_quants(text, quants)
    units = unit_table(day)  # place id -> ADM1 unit on this day (shared by every day of the era)
    cands: list[Candidate] = []
    quotes = _quoted_spans(text) if '"' in folded else None
    heads = [a for a, _ in trig["list"]]
    # an item of a list that follows a cued item ("villages of A, B and C") shares the cue;
    # places accepted with a cue or head noun license later bare mentions of the same place
    cued: list[tuple[int, str | None]] = []
    ctx_pids: dict[str, int] = {}  # place id -> start of its first mention with a cue or head noun
    village_lists = False  # an item of a list of villages that shares a cue ("в сёлах A, B и C")
    kazakh = lang == "kk"
    water = "воды в" in folded or "water level" in folded  # ("уровень воды в Ишиме", "the water level in the Ishim")
    clubs: set[str] = set()  # names read as sports clubs (a bare repeat is the club again)
    sports = lang == "en" and _sports_doc(folded)
    rejected = []  # names the rules read as no place (the search for misspellings leaves them alone)
    for start, end, opts in hits:
        if len(opts) == 1 and opts[0][1] == "C" and opts[0][0].subkind == "sea" and not _sea_context(text, start, end):
            rejected.append((start, end))
            continue  # "the Caspian ports": a bare sea name with no water word about it is an adjective
        c = _read(start, end, opts, text, quotes, heads, water, clubs, sports)
        if c is None:
            rejected.append((start, end))
            continue
        if clubs and c.kind_hint is None and not c.cue and "prep" not in c.extra and text[start:end] in clubs:
            continue  # "Zhetysu, from Taldykorgan, drop to seventh": the club of the match report
        cands.append(c)
        if (kazakh and c.kind_hint is None and not c.cue and text[end - 2:end] in _KK_LOCATIVE_END
                and "prep" not in c.extra and any("C" in f for _, f in c.places)
                and not _is_place_word(text[start:end])):
            # a Kazakh locative or ablative ending says "in X", "from X" as a preposition does
            # ("Жидебайдағы кесенеге", "Қарауылда"): the same licence for a small place in a unit
            # the text names (only there: "Өзенде мұз" is "ice on the river", not the village Ozen)
            c.extra["prep"] = c.extra["kk_case"] = True
        if not c.cue and cued:
            for pend, hint in reversed(cued):
                if pend < c.start - 12:
                    break
                if pend <= c.start and LIST_SEP.match(text[pend:c.start]):
                    c.cue = True
                    c.extra["list_cue"] = True
                    if hint in ("village", "city") and not c.kind_hint:
                        c.kind_hint = hint
                    village_lists = village_lists or c.kind_hint == "village"
                    break
        if c.cue:
            cued.append((c.end, c.kind_hint))
        if c.cue and not c.kind_hint:
            for p, f in c.places:
                ctx_pids.setdefault(p.id, c.start)
        elif c.kind_hint:
            # a head noun licenses only the places of its kind: "Дауыл облыстың үш ауданында" (a storm,
            # "the region's") is no licence for the village Dauyl
            want = _WANT[c.kind_hint]
            for p, f in c.places:
                if p.kind in want:
                    ctx_pids.setdefault(p.id, c.start)
    doc_atoms: set[str] = set()
    kept = []
    seen_units: set[str] = set()
    era_atoms = None
    settled = set()  # settlements named with a cue ("в селе Улытау")
    district_heads = False  # a district named with its head noun (perhaps followed by its region)
    shared_districts = False  # a district whose name districts of other units share
    for c in cands:
        if _select(c, doc_atoms, ctx_pids):
            kept.append(c)
            p = c.chosen
            if c.cue and (p.kind == "village" or p.kind == "city") and c.kind_hint in ("village", "city"):
                settled.add(p.id)
            elif c.in_span_head and p.kind == "district":
                district_heads = True
            if p.kind == "district" and any(q.kind == "district" and q.atom != p.atom for q, _ in c.places):
                # (a district name several units share, "Abai district", names no unit of the document
                # by itself: its first choice must not decide its own second one)
                shared_districts = True
            elif p.kind in ("region", "city", "district"):
                u = units.get(p.id) if p.id else None
                if u is None:
                    u = unit_of(p, day)
                if u is not None and u.iso not in seen_units:
                    seen_units.add(u.iso)
                    if era_atoms is None:
                        era_atoms = _atoms_in_era(era(day))
                    doc_atoms.update(era_atoms.get(u.iso, ()))
    if kept and kept[0].chosen.kind == "region" and kept[0].kind_hint is None and not text[:kept[0].start].strip() \
            and _DATELINE.match(text, kept[0].end):
        # a dateline names the town the report comes from ("ҰЛЫТАУ –", "ULYTAU, May 3"), not the
        # region of that name; later bare mentions are that town too
        base = kept[0].chosen.name.rsplit(" ", 1)[0]  # (a town bearing the region's own name, not a former name)
        towns = [p for p, f in kept[0].places if p.kind in ("city", "village") and p.name == base]
        if towns:
            kept[0].chosen = max(towns, key=lambda p: (p.population, p.kind == "city"))
            settled.add(kept[0].chosen.id)
    # second pass with the document's units known (homonymous villages, small places after "in")
    for c in kept:
        if len(c.places) > 1 and (c.chosen.kind in ("village", "district") or c.conf < 0.7):
            _select(c, doc_atoms, ctx_pids)
        if (settled and c.kind_hint is None and not c.cue and len(c.places) > 1
                and (c.chosen.kind == "region" or c.chosen.kind == "district")):
            # "в селе Улытау ... в Улытау": a bare name the text has called a settlement with a cue
            # is that settlement again, not the unit of the same name
            for p, f in c.places:
                if p.id in settled:
                    c.chosen = p
                    break
    headline_end = text.find("\n")
    _city_part_repeats(text, kept, headline_end)
    if headline_end > 0:
        _headline_officials_region(text, kept, headline_end)
    if len(kept) >= 2:
        _city_part_of_town(text, kept)
    if len(kept) >= 3:
        _lone_town_namesakes(text, kept, units, day)
    if shared_districts:
        _district_of_settlement(kept, text)
    if day is not None:
        _towns_named_as_regions(text, kept, day)
    if district_heads:
        _own_region(text, kept, units, day)
    if shared_districts and len(seen_units) > 1:
        _district_homonyms(text, kept, units, day)
    if seen_units:
        # (with one unit, the document's choice mostly stands already, but not where a village of
        # some size elsewhere outranked the one in that unit: "у села Акколь Таласского района")
        _local_homonyms(text, kept, units, day)
    if len(kept) >= 2:
        _coordinated_namesakes(text, kept)
        _former_names(text, kept)
    if len(kept) >= 3:
        _region_lists(text, kept)
    if len(kept) >= 3 and any(c.chosen.kind == "foreign" for c in kept):
        _among_foreign(text, kept)
    if len(kept) >= 2:
        _in_foreign_region(text, kept)
        _where_abroad(text, kept)
        if any(c.chosen.kind in ("district", "region") or "head_end" in c.extra for c in kept):
            _settlement_in_district(text, kept)  # (last: the district named with it outweighs the rest)
    late = [c for c in cands if c.chosen is None and c.extra.get("prep") and _select(c, doc_atoms, ctx_pids, local=True)]
    if village_lists:
        late.extend(_unknown_list_ends(text, kept))
    # a two-letter town name coordinated with a town just found ("в Кордае и Шу", "Merke and Shu")
    # and a town named after a person inside a list of towns ("Zhezqazghan, Satbayev and Karazhal")
    ends = town_starts = placed = None
    for c in cands:
        if c.chosen is None and any("S" in f for _, f in c.places):
            if ends is None:
                ends = {c.end: c for c in kept if c.chosen.kind in ("city", "village")}
            if town_starts is None:
                town_starts = [c.start for c in kept if c.chosen.kind in ("city", "village")]
            # (or one just after it: "Шу мен Меркеде", "Shu and Merke")
            if any(_coordinated(text, pend, c.start) for pend in ends) or any(
                    _coordinated(text, c.end, st) for st in town_starts):
                c.extra["list_place"] = True
                c.kind_hint = c.kind_hint or "city"
                if _select(c, doc_atoms, ctx_pids):
                    late.append(c)
        elif c.chosen is None and any("W" in f and p.kind == "city" for p, f in c.places):
            if ends is None:
                ends = {c.end: c for c in kept if c.chosen.kind in ("city", "village")}
            if _town_in_list(c, text, ends, kept) and _select(c, doc_atoms, ctx_pids):
                late.append(c)
            else:
                # a town named after a person that the text has already placed ("in Satpayev") is the
                # town again when named bare; the person is only the one after a given name, which
                # the reading drops ("Satpayev bears the name of the geologist Kanysh Satpayev")
                if placed is None:  # the towns placed so far, each with its first start
                    placed = {}
                    for k in kept + late:
                        if k.chosen.kind == "city":
                            placed.setdefault(k.chosen.id, k.start)
                if placed:
                    for p, f in c.places:
                        if (placed.get(p.id, c.start) < c.start and "W" in f and p.kind == "city"
                                and p.population >= _TOWN_AFTER_PREP):
                            c.chosen = p
                            late.append(c)
                            break
    if kept or late:
        late.extend(_villages_beside_towns(text, cands, kept + late))
        late.extend(_districts_beside_districts(text, cands, kept + late))
    if late:
        kept = sorted(kept + late, key=lambda c: (c.start, c.end))
        _city_part_repeats(text, kept, headline_end)  # (a bare name found late: "market fire in Turan")
        if seen_units and any(c.chosen.kind == "village" for c in late):
            # (a village found only after a locative, "in Kabanbay, Urzhar district": the unit the
            # text gives it decides between namesakes, as for the others)
            _local_homonyms(text, kept, units, day)
    # overlaps: quantified first, then longer spans, then earlier (the sort key is made with the span)
    spans = []
    if quants and kept:
        quants = [q for q in quants if not _named_members(text, q, kept)]
    for q in quants:
        spans.append(((0, 0, 0, q["start"]), q["start"], q["end"], 0, q))
    for c in kept:
        # the span of a candidate includes a following singular head noun or facility word
        extra = c.extra
        end = extra.get("head_end", c.end) if c.in_span_head or c.facility else c.end
        p = c.chosen
        if p.kind == "facility" and p.subkind in _NAME_ONLY:
            # "the Zhetysu Alatau range", "the Nura river": a following generic noun joins a natural feature
            if end == c.end:
                m = _NATURAL_AFTER.match(text, c.end)
                if m is not None:
                    end = m.end()
            # "космодрома Байконур", "реки Урал": a common noun before the name stays out of the span
            if text[c.start].islower():
                m = _FIRST_CAP.search(text, c.start, end)
                if m is not None:
                    c.start = m.start()
            elif not text[c.start].isascii():
                # "Река Ишим вышла...": the same noun capitalised at the start of a sentence
                m = _FIRST_CAP.search(text, c.start + 1, end)
                if m is not None and text[c.start:m.start()].strip().lower().startswith(_GENERIC_BEFORE):
                    c.start = m.start()
        extra["span_end"] = end
        # a gazetteer form that covers the whole span ("Tyumen region") before a name plus head noun
        spans.append(((1, c.start - end, 0 if p.kind == "facility" else (0.5 if c.facility else 2), 1 if c.in_span_head else 0,
                       c.start), c.start, end, 1, c))
    if kept and trig["vil"]:
        for c in _unknown_villages(text, kept, trig["vil"]):
            spans.append(((1, c.start - c.extra["span_end"], 2, 1 if c.in_span_head else 0, c.start),
                          c.start, c.extra["span_end"], 1, c))
    if "округ" in folded or "okrug" in folded or "rural district" in folded or "rural county" in folded:
        for c in _rural_okrugs(text, kept, doc_atoms):
            spans.append(((1, c.start - c.extra["span_end"], 2, 1, c.start), c.start, c.extra["span_end"], 1, c))
    facs = facilities.find(text, folded, trig["fac"])
    city_spans = country_spans = same_spans = None
    for f in facs:
        if _PART_OF_COUNTRY.search(text, f["start"], f["end"]):
            continue  # "месторождения Западного Казахстана": a part of the country, no works' name
        if (f["subkind"] in ("market", "square") or (f["subkind"] == "street" and text[f["start"]:f["start"] + 6] in _STREETS_PL)) \
                and not text[f["start"]:f["end"]][:1].isupper():
            if city_spans is None:
                city_spans = {(c.start, c.end) for c in kept
                              if c.chosen.kind == "city" and c.chosen.population >= _BIG_CITY}
                # (and a country: "на рынке США" is the American market, no market place)
                country_spans = {(c.start, c.end) for c in kept if c.chosen.kind == "country"
                                 or (c.chosen.kind == "foreign" and c.chosen.subkind == "country")}
            last = text[f["start"]:f["end"]].rsplit(None, 1)[-1]
            last_span = (f["end"] - len(last), f["end"])
            if last_span in country_spans:
                continue
            if last_span in city_spans and (
                    last[-1:].lower() in _INDECLINABLE_END or not _is_place_word(last, bare=True)):
                # "на рынке Шымкента": an unnamed market of a city, the city in the genitive, is
                # the mention ("площади Астана", a declinable name left in the nominative,
                # names the square; "площади Алматы" stays the city's)
                continue
        if f.get("weak"):
            if same_spans is None:
                same_spans = {(c.start, c.extra["span_end"]): c for c in kept}
            same = same_spans.get((f["start"], f["end"]))
            if same is not None and not (f["subkind"] == "microdistrict" and same.chosen.kind in _SETTLEMENT_KINDS
                                         and (same.extra.get("micro") or (not same.cue and same.kind_hint is None))):
                continue  # (a bare village name before a microdistrict noun is the microdistrict)
        elif any(c.start == f["start"] and c.chosen.kind in ("foreign", "country")
                 and (c.end >= f["end"] or f.get("foreign_yields") or (not f["natural"] and f["subkind"] in _BUILT_ABROAD))
                 for c in kept) and not (f["subkind"] == "railway station"
                                         and _metro_city_unit(text, f["start"], kept, day) is not None):
            # "в порт Баку": the foreign city, not a facility of ours; "the Orsk dam", "Urumqi
            # airport": works named by a foreign town lie by it, abroad; "Vostochny cosmodrome": a
            # foreign facility the data knows by its whole name (but "станция метро «Москва»" in
            # Almaty: a stop of the city's metro named after a foreign city)
            continue
        if f.get("metro_only") and _metro_city_unit(text, f["start"], kept, day) is None:
            continue  # "«Нұр жолы» бекеті" outside a text on the metro: a post, maybe a border post
        if f.get("known_only") and _border_crossing(f["border_name"]) is None:
            continue  # "the Almaty post office", "the Shu railway crossing": no crossing, the town stays
        spans.append(((1, f["start"] - f["end"], 1, 0, f["start"]), f["start"], f["end"], 2, f))
    spans.sort(key=_first)
    covered = bytearray(len(text) + 1)
    final = []
    for _, s0, s1, typ, obj in spans:
        if covered.find(1, s0, s1) != -1:
            continue
        covered[s0:s1] = b"\x01" * (s1 - s0)
        final.append((s0, s1, typ, obj))
    # misspelt big places after a locative cue ("in Almatty"), where nothing else matched (nor a
    # name was read as none: "в Карагандинском государственном университете")
    refused = set(rejected)
    for s0, s1, pid, score in fuzzy.find(text, lambda a, b: covered.find(1, a, b) != -1 or (a, b) in refused, covered,
                                         [s1 for _, s1, typ, _ in final if typ == 1]):
        _add_misspelt(final, covered, gaz.places[pid], s0, s1, round(0.5 + (score - 90) / 40, 2))
    # misspelt district names before their head noun ("Tulkubas district")
    for s0, s1, pid, score in fuzzy.find_districts(text, covered, folded, trig["quant"]):
        if covered.find(1, s0, s1) == -1:
            _add_misspelt(final, covered, gaz.places[pid], s0, s1, 0.5)
    final.sort(key=_first_two)
    out = []
    pending_fac = []
    parts = []  # city districts and microdistricts the gazetteer knows
    kept_starts = False  # worked out for the first facility that needs it
    for s0, s1, typ, obj in final:
        if typ == 2:
            rec = dict.fromkeys(KEYS)
            rec.update(doc=doc, start=s0, end=s1, text=text[s0:s1],
                       kind="district" if obj["subkind"] == "microdistrict" else "facility",
                       place=obj.get("label") or obj["name"].strip("«»\""),
                       confidence=0.7)
            rec["lang"] = lang
            rec["subkind"] = obj["subkind"]
            if not obj["natural"]:
                if kept_starts is False:
                    kept_starts = _ordered_starts(kept)
                inner = _first_inside(kept, s0, s1, kept_starts)
                if inner is not None and (obj["subkind"] in _STREET_KINDS or obj.get("named_after")):
                    # a street is named after a person or another town ("улице Сейфуллина",
                    # "Taras Shevchenko street", "Ташкентская улица"): where it lies comes from
                    # the text around it, not from the name
                    inner = None
                elif inner is not None and obj.get("village_names") and inner.chosen.kind == "village":
                    inner = None  # "Бәйтерек монументі": where it stands comes from the text around it
                if obj.get("border_name"):
                    # "КПП «Нур Жолы»", "Майқапшағай шекара бекеті": a crossing the gazetteer knows by
                    # its bare name, else one named after a settlement
                    fac = _border_crossing(obj["border_name"])  # (known_only ones were kept only if known)
                    rec["place"] = fac.name if fac is not None else f"{romanize(obj['border_name'])} border crossing"
                    if fac is not None:
                        u = unit_of(fac, day)
                        if u:
                            rec["adm1"], rec["adm1_iso"] = u.name, u.iso
                        out.append(rec)
                        continue
                # (a station placed in a neighbouring country just before: "Түрікменстандағы Берекет стансасына")
                station_abroad = obj["subkind"] == "railway station" and \
                    _ABROAD_BEFORE.search(text, max(0, s0 - 90), s0) is not None
                if obj["subkind"] == "railway station" and not station_abroad \
                        and (metro := _metro_city_unit(text, s0, kept, day)) is not None:
                    # "Moskva station", "Baikonur station", "станции «Алатау»" in a paragraph on the metro or
                    # the light rail: a stop of the city's line, named after a place elsewhere
                    rec["adm1"], rec["adm1_iso"] = metro.name, metro.iso
                elif inner is None and obj["subkind"] == "plant":
                    town = _town_naming(obj["name"])
                    if town is None:
                        continue  # "the Coca-Cola plant": a company's works, not a place
                    u = unit_of(town, day)
                    if u:
                        rec["adm1"], rec["adm1_iso"] = u.name, u.iso
                    if obj.get("weak"):  # "Балхашского медеплавильного завода" -> "Balkhash plant"
                        rec["place"] = f"{town.name} plant"
                elif inner is None and obj["subkind"] == "oil field" and obj.get("weak") \
                        and (town := _town_naming(obj["name"])) is not None and (u := unit_of(town, day)) is not None:
                    # "Хромтауское месторождение": a deposit named by its town's adjective lies by the town
                    rec["adm1"], rec["adm1_iso"] = u.name, u.iso
                elif obj["subkind"] == "railway station" and not station_abroad and \
                        (inner is None or inner.chosen.kind == "village") and \
                        (fac := _border_crossing(_station_name(obj["name"]))) is not None:
                    # "Altynkol station", "Алтынкөл стансасында": a border station is where the crossing
                    # of its name is, not at a village of that name elsewhere
                    u = unit_of(fac, day)
                    if u:
                        rec["adm1"], rec["adm1_iso"] = u.name, u.iso
                elif obj["subkind"] == "railway station" and (station_abroad or (
                        any(p.kind == "foreign" for p, _ in inner.places) if inner is not None
                        else _places_named(_station_name(obj["name"]), ("foreign",)))):
                    # "Келес стансасында", "Түрікменстандағы Берекет стансасына": a station named like a
                    # town across the border, or placed in a neighbouring country just before
                    continue
                elif inner is None and obj["subkind"] in _SETTLEMENT_NAMED and \
                        (town := _town_naming(obj["name"], ("city", "village"), whole=True,
                                              doc_atoms=doc_atoms or {c.chosen.atom for c in kept})) is not None:
                    # (with no unit named, the land of the settlements the text names decides between
                    # homonyms: "Altynkol station near Khorgos")
                    # "Dostyk border station", "Кордайском перевале": the settlement it is named after
                    # (a name that needs a cue on its own, such as Dostyk, has one in the head word)
                    u = unit_of(town, day)
                    if u:
                        rec["adm1"], rec["adm1_iso"] = u.name, u.iso
                elif inner is None and (known := _known_facility(obj["name"], obj["subkind"])) is not None:
                    # "месторождения Узень", "«Богатырь» разрезінің": works the data knows by its name
                    # with another case of the head noun or the head in another language
                    rec["place"] = known.name
                    u = unit_of(known, day)
                    if u:
                        rec["adm1"], rec["adm1_iso"] = u.name, u.iso
                elif inner is not None:
                    place = inner.chosen
                    if obj["subkind"] in _NAMED_VENUES and (town := _town_right_after(text, s1, kept)) is not None:
                        # "the Karasai Stadium in Petropavl": a venue named after a person or a place
                        # stands in the town the text puts it in
                        place = town
                    if place.kind == "region" and obj["subkind"] in ("power plant", "plant", "mine") and not text[inner.start:inner.end].isascii():
                        # "Алматинская ТЭЦ-2", "Шымкентская ТЭЦ", "шахта «Абайская»": a city's power plant,
                        # works or pit, named by the adjective the city shares with its region
                        towns = _adj_towns(text[inner.start:inner.end], ("city",), vowel=True)
                        if towns:
                            place = towns[0]
                    u = unit_of(place, day)
                    if u:
                        rec["adm1"], rec["adm1_iso"] = u.name, u.iso
                    if obj.get("weak") and obj.get("label") and inner.start == s0 and text[inner.end:inner.end + 1] != "-":
                        # "Баянауыл ұлттық паркінде": the place's own English name with the head's
                        rec["place"] = f"{inner.chosen.name} {obj['label'].split(' ', 1)[-1]}"
                else:
                    pending_fac.append(len(out))
            elif obj["subkind"] in _LAKE_KINDS:
                # a lake or reservoir has no unit of its own, but one named after a settlement
                # ("Қапшағай су қоймасы", "Капшагайское водохранилище") lies by it: its land (atom)
                # goes with the record for the incident rules
                if kept_starts is False:
                    kept_starts = _ordered_starts(kept)
                inner = _first_inside(kept, s0, s1, kept_starts)
                if inner is not None and inner.chosen.kind in ("city", "village"):
                    atom = inner.chosen.atom
                else:  # (a name no settlement in the text bears: only when all its bearers lie in one unit)
                    atom = _one_atom_named(obj["name"])
                if atom:
                    rec["atom"] = atom
            out.append(rec)
            continue
        if typ == 0:
            rec = dict.fromkeys(KEYS)
            rec.update(doc=doc, start=s0, end=s1, text=text[s0:s1], kind="quantified",
                       place=quantified.label(obj["count"], obj["unit"], obj["quantifier"]),
                       count=obj["count"], unit=obj["unit"], confidence=0.8)
            if obj["quantifier"]:
                rec["quantifier"] = obj["quantifier"]
            rec["lang"] = lang
            out.append(rec)
            continue
        c = obj
        p = c.chosen
        kind = p.kind
        subkind = p.subkind or None
        name = p.name
        if c.facility and kind != "facility":
            kind = "facility"
            surface = _SPACES.sub(" ", c.extra["facility_word"])
            word = surface.lower()
            subkind = {"international airport": "airport", "station": "railway station",
                       "border station": "railway station", "ski resort": "resort", "quarry": "mine"}.get(word, word)
            if "checkpoint" in word or (word.startswith("border") and subkind == word):
                subkind = "border crossing"  # "Kairak checkpoint", "Tazhen border post"
            name = f"{p.name} {surface}" if word not in ("international airport", "airport") else f"{p.name} International Airport"
        elif c.extra.get("town_district") and kind in ("city", "village"):
            kind, name = "district", f"{p.name} District"
        elif "okrug" in c.extra and kind in ("city", "village"):
            # (a rural district, the unit below a district that its village gives its name to)
            kind, subkind, name = "district", "rural district", f"{p.name} rural district"
        elif c.kind_hint == "city" and kind == "village":
            kind = "city"
        elif ((c.cue or c.in_span_head) and c.kind_hint == "village" and kind == "city" and p.population < _BIG_CITY
              and not c.extra.get("centre")):
            kind = "village"  # "the village of X", "в селе X": a rural settlement the sources call a town
        if kind == "country" or kind == "foreign" or (kind == "facility" and subkind in _NO_UNIT):
            unit = None
        else:
            unit = units.get(p.id) if p.id else None
            if unit is None:
                unit = unit_of(p, day)
            if subkind == "railway station" and c.facility and p.kind != "foreign" \
                    and (metro := _metro_city_unit(text, s0, kept, day)) is not None:
                unit = metro  # "Baikonur station" of Almaty's metro (see the facilities above)
            elif c.facility and subkind in _NAMED_VENUES and (town := _town_right_after(text, s1, kept)) is not None:
                unit = unit_of(town, day)  # "the Karasai Stadium in Petropavl" (see the facilities above)
        if kind == "region" and unit is not None:
            name = unit.name  # (a region's place is its unit on the date: "Semipalatinsk Region" in 1995)
        elif "name_prefix" in c.extra:
            name = c.extra["name_prefix"] + name  # "Ново-Зубовка" -> "Novo-Zubovka"
        conf = c.conf
        if conf not in _TWO_PLACES:
            conf = round(conf, 2)
        if subkind:
            if subkind in _CITY_PARTS:
                parts.append(len(out))
            out.append({"doc": doc, "start": s0, "end": s1, "text": text[s0:s1], "kind": kind, "place": name,
                        "adm1": unit.name if unit else None, "adm1_iso": unit.iso if unit else None,
                        "lat": p.lat, "lon": p.lon, "count": None, "unit": None, "confidence": conf,
                        "lang": lang, "subkind": subkind, "place_id": p.id, "atom": p.atom or None})
        else:
            out.append({"doc": doc, "start": s0, "end": s1, "text": text[s0:s1], "kind": kind, "place": name,
                        "adm1": unit.name if unit else None, "adm1_iso": unit.iso if unit else None,
                        "lat": p.lat, "lon": p.lon, "count": None, "unit": None, "confidence": conf,
                        "lang": lang, "place_id": p.id, "atom": p.atom or None})
    for i in parts:
        # "в Шымкенте, в мкр. Самал-3": a microdistrict name found in several cities belongs to
        # the city its own sentence names
        near = _context_place(text, out, i)
        if near is not None and near["kind"] == "city" and near["adm1_iso"] in _CITY_UNITS \
                and near["adm1_iso"] != out[i]["adm1_iso"]:
            out[i]["adm1"], out[i]["adm1_iso"] = near["adm1"], near["adm1_iso"]
            out[i]["place"] = f"{out[i]['place'].split(' (')[0]} ({near['place']})"
    parts_named = bool(facs) and (lang == "en" or lang == "ru") and any(f["subkind"] in _REPEATED_SUBKINDS for f in facs)
    quoted = lang == "ru" and bool(facs) and "«" in text
    if not pending_fac:
        if parts_named:
            (_bare_named_repeats if lang == "en" else _micro_repeats_ru)(text, out)
        if quoted:
            _quoted_repeats_ru(text, out)
        return out
    # a facility with no place in its name lies in the unit the document talks about most, the
    # dateline city counting thrice (ties: the nearest unit mentioned before it, else after it)
    freq: dict[str, int] = {}
    for r in out:
        if r.get("adm1") and r["kind"] in ("city", "village", "district", "region"):
            freq[r["adm1"]] = freq.get(r["adm1"], 0) + 1
    dl = _dateline_mention(text, out)
    dateline = dl is not None
    if dateline:
        freq[dl["adm1"]] = freq.get(dl["adm1"], 0) + 2  # the dateline city: where local streets lie
    top = max(freq.values()) if freq else 0
    # with no dateline, the main unit speaks for the document only when it holds at least half of
    # the mentions; otherwise the nearest unit named before the facility does (else the one after)
    wanted = top if dateline or top * 2 >= sum(freq.values()) else None
    for i in pending_fac:
        if out[i].get("subkind") not in _STREET_KINDS and out[i].get("subkind") != "stadium" \
                and (_abroad_sentence(text, out, i) or _owner_before(text, out[i]["start"])
                     or _country_after(text, out, i) or _foreign_town_just_before(text, out, i)):
            # "In neighbouring Kyrgyzstan an avalanche blocked the Bishkek-Osh highway at the
            # Too-Ashuu pass": a facility the data lacks, in a sentence naming only foreign places
            # (not a street or a stadium: "flights to Moscow ... the stadium on Turan Avenue")
            out[i]["kind"] = "foreign"
            continue
        if out[i].get("subkind") in _STREET_KINDS and _street_abroad(text, out, i, dl):
            out[i]["kind"] = "foreign"
            continue
        same = _earlier_same_facility(out, i)
        if same is not None:
            # "«Қаражыра» көмір разрезінде ... «Қаражыра» разрезіндегі келіссөздер": the works named
            # again lies where it lay the first time, whatever town the new sentence names
            out[i]["adm1"], out[i]["adm1_iso"] = same["adm1"], same["adm1_iso"]
            continue
        near = _context_place(text, out, i, dl)
        if near is not None:
            out[i]["adm1"], out[i]["adm1_iso"] = near["adm1"], near["adm1_iso"]
            continue
        if (cap := _capital_before(text, out[i]["start"], day)) is not None:
            out[i]["adm1"], out[i]["adm1_iso"] = cap.name, cap.iso
            continue
        for j in chain(range(i, -1, -1), range(i + 1, len(out))):  # the nearest before it, then after it
            r = out[j]
            if r.get("adm1") and r["kind"] in ("city", "village", "district", "region") \
                    and (wanted is None or freq.get(r["adm1"]) == wanted):
                near = r
                break
        if near is not None:
            out[i]["adm1"], out[i]["adm1_iso"] = near["adm1"], near["adm1_iso"]
    if lang == "en":
        _bare_facility_repeats(text, out, pending_fac)
        if parts_named:
            _bare_named_repeats(text, out)  # (after it: pending_fac holds positions in out)
    elif parts_named:
        _micro_repeats_ru(text, out)
    if quoted:
        _quoted_repeats_ru(text, out)
    return out


def _foreign_town_just_before(text: str, out: list, i: int) -> bool:
    """Whether the place named last before ``out[i]``, close before it in its sentence, is a foreign
    city ("from Chimkent to Tashkent by bus, you could buy anything at the Chorsu bazaar"); not for a
    border crossing, which the road from the neighbour's town reaches ("from Turkmenbashi to the
    Temirbaba checkpoint")."""
    if out[i].get("subkind") == "border crossing":
        return False
    s0 = out[i]["start"]
    for j in range(i - 1, -1, -1):
        r = out[j]
        if r["end"] > s0:
            continue
        if s0 - r["end"] > _NEAR_TOWN or _SENTENCE_END.search(text, r["end"], s0 + 1):
            return False
        if r["kind"] in ("foreign", "country", "city", "village", "district", "region"):
            return r["kind"] == "foreign" and r.get("subkind") == "city"
    return False


_NAMED_VENUES = frozenset(["stadium", "landmark", "market", "square", "park"])
_IN_TOWN_AFTER = re.compile(r"[ \u00a0]+(?:in|в|во)[ \u00a0]+")


def _town_right_after(text: str, s1: int, kept: list):
    """The town or village named right after ``text[:s1]`` with "in" ("... Stadium in Petropavl")."""
    m = _IN_TOWN_AFTER.match(text, s1)
    if m is None:
        return None
    for k in kept:
        if k.start == m.end() and k.chosen.kind in ("city", "village"):
            return k.chosen
    return None


def _earlier_same_facility(out: list, i: int):
    """An earlier record of the text, placed in a unit, for the works ``out[i]`` names (the same
    label; not a street, which many towns have under one name)."""
    r = out[i]
    if r.get("subkind") in _STREET_KINDS:
        return None
    for j in range(i - 1, -1, -1):
        q = out[j]
        if q["kind"] == "facility" and q["place"] == r["place"] and q.get("adm1") and q.get("subkind") == r.get("subkind"):
            return q
    return None


def _street_abroad(text: str, out: list, i: int, dateline) -> bool:
    """A street the data lacks whose nearest town before it, in its paragraph, is a foreign city,
    in a text naming foreign cities more often than towns of ours (the dateline apart): a street
    of that city ("Тбилисидегі наразылық ... Руставели даңғылында")."""
    s0 = out[i]["start"]
    prev = None
    for j in range(i - 1, -1, -1):
        r = out[j]
        if r["kind"] in ("city", "village") or (r["kind"] == "foreign" and r.get("subkind") == "city"):
            prev = r
            break
    if prev is None or prev["kind"] != "foreign" or "\n" in text[prev["end"]:s0]:
        return False
    abroad = sum(1 for r in out if r["kind"] == "foreign" and r.get("subkind") == "city")
    home = sum(1 for r in out if r["kind"] in ("city", "village") and r is not dateline)
    return abroad > home


_QUOTED_WORD = re.compile(r"«([А-ЯЁ][а-яё]{4,})»")


def _quoted_repeats_ru(text: str, out: list) -> None:
    """A facility named with its head word and a quoted name ("на шахте «Казахстанская»"), named
    again later by that quoted name alone in another case ("смена «Казахстанской»"), is that
    facility again: a new record where nothing was found, and the facility instead of a town read
    into the name («Саранской» is not Saransk)."""
    named = []
    for r in out:
        if r["kind"] == "facility":
            m = _QUOTED_WORD.search(text, max(0, r["start"] - 1), r["end"] + 1)
            if m is not None:
                named.append((m.group(1), r))
    if not named:
        return
    added = []
    for m in _QUOTED_WORD.finditer(text):
        word = m.group(1)
        a, b = m.span(1)
        for name, r in named:
            if a >= r["end"] and word.startswith(name[:-2]) and abs(len(word) - len(name)) <= 2:
                same = [q for q in out if q["start"] < b and a < q["end"]]
                if not same:
                    added.append(dict(r, start=a, end=b, text=word, confidence=0.6))
                elif len(same) == 1 and same[0]["start"] == a and same[0]["end"] == b \
                        and same[0]["kind"] in ("foreign", "city", "village"):
                    same[0].update({k: v for k, v in r.items() if k not in ("start", "end", "text")})
                    same[0]["confidence"] = 0.6
                break
    if added:
        out.extend(added)
        out.sort(key=lambda r: (r["start"], r["end"]))


#: the name of a mine or field before its modifiers and head word ("Karazhyra open-pit coal mine")
_EN_MINE_NAME = re.compile(r"([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}(?:mine|pit|quarry|field|deposit)$")


def _micro_repeats_ru(text: str, out: list) -> None:
    """"в микрорайоне Боровской ... в Боровском": a microdistrict the gazetteer lacks, named again
    later in another case without its head noun, is that microdistrict, not a village elsewhere
    with the name."""
    micros = [r for r in out if r.get("subkind") == "microdistrict" and not r.get("place_id")
              and " " not in r["text"] and len(r["text"]) >= 5 and not r["text"].isascii()]
    if not micros:
        return
    for r in micros:
        stem = r["text"][:-2]
        for q in out:
            if (q["start"] > r["end"] and q["kind"] in ("village", "city") and " " not in q["text"]
                    and q["text"][:-2] == stem and len(q["text"]) - len(r["text"]) in (-1, 0, 1)):
                q.update({k: v for k, v in r.items() if k not in ("start", "end", "text")})
                q["confidence"] = 0.6


_REPEATED_SUBKINDS = frozenset(["microdistrict", "oil field"])
_NEXT_CAP = re.compile(r"[ \u00a0]+[A-Z]")
_EN_PART_NAME = re.compile(r"([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)[ \u00a0]+(?:microdistrict|(?:oil[ \u00a0]+|gas[ \u00a0]+)?field)$")
# a settlement noun before the name: "the village of Karaton", "the settlement Karaton" is the
# village the field is named after, not the field again
_SETTLEMENT_BEFORE = re.compile(r"(?i)(?<![\w-])(?:villages?|settlements?|towns?|auls?|hamlets?)(?:[ \u00a0]+of)?[ \u00a0]+$")


def _bare_named_repeats(text: str, out: list) -> None:
    """The name of a microdistrict or an oil field named with its head word, said again alone later
    ("the Zaton microdistrict ... residents of Zaton", "the Karaton field ... crews at Karaton"), is
    that part of the city or that field again: a new record where nothing was found, and the field
    instead of a village of the same name (unless the text calls it a village: "the village of
    Karaton")."""
    added = []
    for r in out:
        if r["kind"] not in ("facility", "district") or r.get("subkind") not in ("microdistrict", "oil field"):
            continue
        m = _EN_PART_NAME.fullmatch(r["text"])
        if m is None:
            continue
        name = m.group(1)
        at = text.find(name, r["end"])
        while at != -1:
            end = at + len(name)
            if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum() or text[end:end + 1] == "-"):
                same = [q for q in out if q["start"] < end and at < q["end"]]
                if (not same and r.get("subkind") == "microdistrict" and not r.get("place_id")
                        and not _is_place_word(name, bare=True) and not _NEXT_CAP.match(text, end)):
                    # (one the gazetteer does not know, "Samal" is a given name too; not before a
                    # capitalised word: "Zaton Akhmetova")
                    added.append(dict(r, start=at, end=end, text=name, confidence=0.6))
                elif (len(same) == 1 and same[0]["start"] == at and same[0]["end"] == end
                      and same[0]["kind"] == "village" and r.get("subkind") == "oil field"
                      and not _SETTLEMENT_BEFORE.search(text, max(0, at - 20), at)):
                    same[0].update({k: v for k, v in r.items() if k not in ("start", "end", "text")})
                    same[0]["confidence"] = 0.6
            at = text.find(name, end)
    if added:
        out.extend(added)
        out.sort(key=lambda r: (r["start"], r["end"]))


def _bare_facility_repeats(text: str, out: list, pending: list) -> None:
    """A mine or field the text has named with its head word and that the gazetteer does not know
    is the same facility when its name comes again alone ("the Karazhyra open-pit coal mine ...
    Coal from Karazhyra goes to ..."); only a capitalised name no gazetteer form has."""
    added = []
    for i in pending:
        r = out[i]
        if r.get("subkind") not in ("mine", "oil field"):
            continue
        m = _EN_MINE_NAME.fullmatch(r["text"])
        if m is None or _is_place_word(m.group(1)):
            continue
        name = m.group(1)
        at = text.find(name, r["end"])
        while at != -1:
            end = at + len(name)
            if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum() or text[end:end + 1] == "-"
                    or any(q["start"] < end and at < q["end"] for q in out)):
                added.append(dict(r, start=at, end=end, text=name, confidence=0.6))
            at = text.find(name, end)
    if added:
        out.extend(added)
        out.sort(key=lambda r: (r["start"], r["end"]))


_OF_REGION = re.compile(r"(?:[ \u00a0]+(?:of|in)(?:[ \u00a0]+the)?|,)?[ \u00a0]+$")


_AKMOLA = re.compile(r"(?i)(?:akmola|акмол|ақмол)(?!insk|инск)")
_ZHAMBYL = re.compile(r"(?i)(?:zhambyl|jambyl|жамбыл(?:а|е|у|ом|да|ға|дан|дың|ды)?)(?![\w-])")
#: Towns that bore, for some years, the name of a region: a bare name in news of those years is
#: the town, not the region (a head noun decides by itself). (pattern, first day, day after the
#: last, the town's unit atom): the capital was Akmola from 1992
#: to 1998-05-06, and news went on using the name for a while; Taraz was Zhambyl from 1993 to
#: 1997-01-08 (before that Dzhambul, which no region bears bare).
_TOWNS_NAMED_AS_REGIONS = (
    (_AKMOLA, _dt.date(1992, 1, 1), _dt.date(2000, 1, 1), "KZ-71"),
    (_ZHAMBYL, _dt.date(1993, 1, 1), _dt.date(1997, 1, 8), "KZ-31"),
)


@lru_cache(maxsize=1)
def _town_words() -> frozenset:
    """The one-word forms of towns, lower case (a quick test before the gazetteer is asked)."""
    gaz = load()
    return frozenset(n.form.lower() for n in gaz.names
                     if " " not in n.form and gaz.places.get(n.place_id) is not None
                     and gaz.places[n.place_id].kind == "city")


#: Words after a club's name that say it is the club ("Aktobe fans", "the Zhetysu team"; the
#: team words only in sports news: "an Almaty team of rescuers")
_CLUB_AFTER = _FAN_WORDS | {"coach", "striker", "goalkeeper", "midfielder", "defender"}
_CLUB_AFTER_SPORTS = frozenset(["team", "squad", "players", "captain"])
#: "Kyzylzhar's home game", "Kaisar's players"
_CLUB_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+(?:home|away|players|fans|supporters|coach|goalkeeper|striker|"
                              r"squad|captain|first[ \u00a0]+team|league|cup|title)\b")
#: the first of two clubs before what they do ("Zhetysu and Tobol drew 0-0", "Irtysh and Shakhter fans")
_CLUB_PAIR = re.compile(r"[ \u00a0]+and[ \u00a0]+[A-Z][\w'’-]*[ \u00a0]+(?:fans|supporters|ultras|drew|beat|played|"
                        r"met|meet|draw)\b")
#: words before a club in sports news ("to face Irtysh", "away game against Aktobe")
_CLUB_BEFORE_SPORTS = frozenset(["face", "faces", "facing", "against"])
#: "Zhetysu hosted Yelimai": a club playing at home to another
_HOSTED = frozenset(["hosted", "hosts", "host"])
_HOSTED_CLUB = re.compile(r"[ \u00a0]+\w+[ \u00a0]+[A-Z]")
#: Words that make a text sports news (two of them at least)
_SPORTS_DOC = re.compile(r"\b(?:match(?:es)?|league|fans|supporters|stadium|goalkeeper|striker|final whistle|"
                         r"kick-off|(?:drew|beat|won|lost)[ \u00a0]+\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}[ \u00a0]+(?:draw|win|victory|defeat))\b")


_SPORTS_HINTS = ("match", "league", "fans", "supporters", "stadium", "goalkeeper", "striker", "whistle",
                 "kick-off", "drew", "beat", "won", "lost", "draw", "win", "victory", "defeat")


def _sports_doc(folded: str) -> bool:
    """Whether a text in English is sports news: two different sports words at least."""
    if not any(w in folded for w in _SPORTS_HINTS):
        return False  # (most texts, decided by substring searches)
    seen = set()
    for m in _SPORTS_DOC.finditer(folded):
        seen.add(m.group(0)[:5])
        if len(seen) >= 2:
            return True
    return False


def _club_cue(text: str, start: int, end: int, nxt_low: str, w1l: str, opts, sports: bool) -> bool:
    """Whether the words around an English name make it a sports club named after the place."""
    if not any(p.kind in _CLUB_TOWN_KINDS or (p.kind == "facility" and p.subkind == "river") for p, _ in opts):
        return False  # (a country is its national team; a foreign town, a foreign club)
    if nxt_low in _CLUB_AFTER or (sports and nxt_low in _CLUB_AFTER_SPORTS):
        return True
    if text[end:end + 1] in "'’" and _CLUB_POSSESSIVE.match(text, end):
        return True
    if nxt_low == "and" and _CLUB_PAIR.match(text, end):
        return True
    if not sports:
        return False
    if w1l in _CLUB_BEFORE_SPORTS or (nxt_low in _HOSTED and _HOSTED_CLUB.match(text, end)):
        return True
    # a river or district that names a club, bare in sports news ("of Irtysh, the champions from
    # Pavlodar", "the match between Kyzylzhar and Okzhetpes"; "on the Irtysh" is the river)
    return text[start:end] in _CLUB_PLACES and w1l != "the" and w1l not in WATER_BEFORE


def _club(clubs: set | None, text: str, start: int, end: int) -> None:
    """No place: a sports club named after a place (its name is noted in ``clubs``)."""
    if clubs is not None:
        clubs.add(text[start:end])
    return None


def _sea_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a bare sea name may make it the sea (a superset of the contexts
    :func:`_read` accepts: a quick test that spares it the name used as an adjective)."""
    before = text[max(0, start - 40):start].split()
    w1 = before[-1].lower() if before else ""
    w2 = before[-2].lower() if len(before) > 1 else ""
    m = _NEXT_WORD.match(text, end)
    nxt = m.group(1).lower() if m is not None and text[end:end + 1] in " \u00a0" else ""
    return (w1 in WATER_BEFORE or w1 in ("of", "на", "в", "во") or w2 in WATER_OF
            or (w1 == "the" and (not nxt[:1].isalpha() or nxt in _SEA_NEXT))
            or nxt.startswith(WATER_AFTER) or nxt in _KK_COURSE_WORDS or nxt[:3] in _RIVER_VERB_P3)


def _district_of_settlement(kept: list, text: str) -> None:
    """A district name several units share, right after a settlement named with a cue, is the
    district of that settlement's unit ("в селе Явленка, центре Есильского района": the Esil
    district of North Kazakhstan, not the Yesil district of Astana)."""
    for i, c in enumerate(kept):
        p = c.chosen
        if p.kind != "district" or len(c.places) < 2:
            continue
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if nxt is not None and (nxt.cue or nxt.kind_hint) and nxt.chosen.kind in ("village", "city") and nxt.chosen.atom != p.atom \
                and text[c.start:c.extra.get("head_end", c.end)].endswith(("дағы", "дегі")) \
                and 0 <= nxt.start - c.extra.get("head_end", c.end) <= 2:
            # "Жамбыл ауданындағы Пресновка ауылында": the district the village after it lies in
            for q, _ in c.places:
                if q.kind == "district" and q.atom == nxt.chosen.atom:
                    c.chosen = q
                    break
            continue
        if i == 0:
            continue
        host = kept[i - 1]
        h = host.chosen
        if not (host.cue and h.kind in ("village", "city") and c.start - host.end <= 60 and h.atom != p.atom) \
                or _SENTENCE_END.search(text, host.end, c.start):
            continue
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if nxt is not None and nxt.start - c.extra.get("head_end", c.end) <= 2 and nxt.chosen.atom == p.atom:
            continue  # "Есильского района Астаны": the city that owns the district follows
        for q, _ in c.places:
            if q.kind == "district" and q.atom == h.atom:
                c.chosen = q
                break


#: Between a settlement and the district right after it: "Aksu in Burlin district", "Аксу
#: Бурлинского района", "Aksu, Burlin district".
_IN_DISTRICT_GAP = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+(?:in|of)[ \u00a0]+(?:the[ \u00a0]+)?|[ \u00a0]+)")


_KK_OWNER_ENDS = KK_ATTRIBUTIVE + ("ның", "нің")  # (a unit that owns or holds the next word)


def _is_district(text: str, c) -> bool:
    """A district or a region, or a town read with a district's head noun after it ("Шу ауданының")."""
    if c.chosen.kind == "district" or c.chosen.kind == "region":
        return True
    head = text[c.end:c.extra.get("head_end", c.end)].lower()
    return "аудан" in head or "район" in head or "district" in head


def _settlement_in_district(text: str, kept: list) -> None:
    """A settlement name several units share, with the district or region it lies in right after it
    ("Aksu in Burlin district", "Акколь Айтекебийского района", "Aksu in Pavlodar region") or right
    before it in Kazakh ("Бөрлі ауданындағы Ақсу ауылында"), is the namesake in that unit (the one
    nearest the district's centre), not a bigger town of another region. The other mentions of that
    name follow it when every such mention agrees ("Ақсу ауылында" in the headline over "Шу ауданының
    Ақсу ауылындағы" in the body)."""
    anchored: dict[frozenset, set] = {}  # the options of a name -> the places its placed mentions chose
    placed = set()
    for i, c in enumerate(kept):
        p = c.chosen
        if p.kind not in _SETTLEMENT_KINDS or len(c.places) < 2 or p.population >= 2 * _BIG_CITY:
            continue
        end = c.extra.get("head_end", c.end)
        d = None
        if i + 1 < len(kept) and _is_district(text, kept[i + 1]) \
                and _IN_DISTRICT_GAP.fullmatch(text, end, kept[i + 1].start) \
                and not text[kept[i + 1].start:kept[i + 1].extra.get("head_end", kept[i + 1].end)].endswith(_KK_OWNER_ENDS):
            # (a Kazakh unit after the name in the attributive or genitive describes the next word:
            # "Бұл Ақкөлді Ақмола облысындағы Ақкөл қаласымен шатастырмау керек")
            d = kept[i + 1]
        elif i > 0 and _is_district(text, kept[i - 1]):
            prev = kept[i - 1]
            pend = prev.extra.get("head_end", prev.end)
            if 0 < c.start - pend <= 2 and text[prev.start:pend].endswith(_KK_OWNER_ENDS):
                d = prev
        if d is None or not d.chosen.atom:
            continue
        names = frozenset(q.id for q, _ in c.places)
        placed.add(id(c))
        if d.chosen.atom != p.atom:
            there = [q for q, f in c.places if q.kind in _SETTLEMENT_KINDS and q.atom == d.chosen.atom and "H" not in f]
            if there:
                dp = d.chosen
                c.chosen = min(there, key=lambda q: (_km(q, dp) if q.lat is not None and dp.lat is not None else 1e9, q.id))
        anchored.setdefault(names, set()).add(c.chosen.id)
    if not anchored:
        return  # (most texts: no settlement named with its district)
    for c in kept:
        if id(c) in placed or c.chosen.kind not in _SETTLEMENT_KINDS or len(c.places) < 2:
            continue
        chosen = anchored.get(frozenset(q.id for q, _ in c.places))
        if chosen is not None and len(chosen) == 1 and c.chosen.id not in chosen:
            target = next(q for q, _ in c.places if q.id in chosen)
            if c.kind_hint and c.kind_hint != target.kind:
                continue  # (a name with a head noun of another kind: "the city of Aktobe" beside the village)
            c.chosen = target


def _towns_named_as_regions(text: str, kept: list, day) -> None:
    """A bare "Akmola" ("Ақмолаға", "в Акмоле") or "Zhambyl" in news of the years the town bore
    the name is the town (the capital, Taraz), not the region or a village of that name."""
    for pattern, lo, hi, atom in _TOWNS_NAMED_AS_REGIONS:
        if not lo <= day < hi:
            continue
        for c in kept:
            if c.kind_hint is not None or c.in_span_head or c.chosen.kind == "city" or not pattern.match(text, c.start):
                continue
            city = [p for p, _ in c.places if p.kind == "city" and p.atom == atom] or [_main_town(atom)]
            c.chosen = city[0]


@lru_cache(maxsize=None)
def _main_town(atom: str):
    """The most populous town of a unit atom (its centre)."""
    return max((p for p in load().places.values() if p.kind == "city" and p.atom == atom),
               key=lambda p: (p.population, p.id))


def _own_region(text: str, kept: list, units: dict, day) -> None:
    """"the Aksu district of Pavlodar Region", "Аксуском районе Павлодарской области", "Павлодар
    облысының Ақсу ауданында", "Шымкенттің Абай ауданы", "Karaganda Region's Abai district": a
    district named with the unit that holds it lies in that unit; when the district chosen lies
    elsewhere, the homonym there is taken (a district named after its centre town the data lacks
    lies where the town lies)."""
    for i, c in enumerate(kept):
        if c.chosen.kind != "district" or not c.in_span_head:
            continue
        owner = None
        if i:
            # (a Kazakh genitive right before comes first: in "Шымкенттің Абай ауданын Абай облысымен
            # шатастырмау" the region after it is another unit)
            k = kept[i - 1]
            k_end = k.extra.get("head_end", k.end) if k.in_span_head else k.end
            if ((k.chosen.kind == "region" or (k.chosen.kind == "city" and k.chosen.atom in _CITY_UNITS))
                    and 0 < c.start - k_end <= 4
                    and ((not text[k_end:c.start].strip() and text[k_end - 3:k_end] in KK_GENITIVE)
                         or text[k_end:c.start].strip() in ("'s", "’s"))):
                owner = k
        if owner is None and i + 1 < len(kept):
            k = kept[i + 1]
            end = c.extra.get("head_end", c.end)
            if k.chosen.kind == "region" and 0 <= k.start - end <= 12 and _OF_REGION.fullmatch(text, end, k.start):
                owner = k
        if owner is None:
            continue
        u = units.get(owner.chosen.id) or unit_of(owner.chosen, day)
        if u is None:
            continue
        atoms = _atoms_in_era(era(day)).get(u.iso, ())
        if c.chosen.atom in atoms:
            continue
        there = [p for p, f in c.places if p.atom in atoms and p.kind in ("district", "city", "village")]
        if not there:
            # "Аксуском районе Павлодарской области": the adjective's town in that region
            there = [p for p in _adj_towns(text[c.start:c.end], ("city", "village")) if p.atom in atoms]
        if not there:
            continue
        there.sort(key=lambda p: (p.kind != "district", p.kind != "city", -p.population))
        c.chosen = there[0]
        if c.chosen.kind != "district":
            c.extra["town_district"] = True


def _town_naming(name: str, kinds=("city", "region"), whole=False, doc_atoms=None):
    """The Kazakh town or region whose name opens an industrial works' name ("Karaganda
    Metallurgical Plant", "Shymkent Cement Factory"), chosen among its homonyms as a bare name
    is; else None. (With ``kinds`` ("city", "village"): the settlement a station or a pass is
    named after, "Dostyk border station", "Кордайском перевале"; ``whole``: the name may be
    the settlement's name alone, as a quoted park name is: национальный парк «Бурабай»;
    ``doc_atoms``: the land of the units the document names, which decides between homonyms.)"""
    words = name.split()
    for n in (2, 1):
        if len(words) <= n and not (whole and len(words) == n):
            continue
        found = _places_named(" ".join(words[:n]), kinds)
        if found:
            return choose(found, doc_atoms)[0]
    found = _adj_towns(words[0], ("city",) if "region" in kinds else kinds) if words else []
    if found:
        # "Балхашского медеплавильного завода", "Карагандинского завода": the town of the adjective
        return choose(found)[0]
    return None


#: The forms a known works is listed under, its bare name put in for {} (the head nouns' nominatives)
_KNOWN_FAC_FORMS = {
    "oil field": ("{}", "месторождение {}", "{} oil field", "{} field", "{} кен орны"),
    "mine": ("{}", "разрез {}", "рудник {}", "шахта {}", "{} mine", "{} кеніші"),
    "port": ("{}", "порт {}", "{} port", "{} порты"),
    "airport": ("{}", "аэропорт {}", "{} airport", "{} әуежайы"),
}


def _known_facility(name: str, subkind: str):
    """The one facility of ``subkind`` the gazetteer lists under ``name`` with a head noun of that
    kind (None when there is none or more than one)."""
    forms = _KNOWN_FAC_FORMS.get(subkind)
    if forms is None:
        return None
    bare = name.strip("«»\"“” ")
    found = {p.id: p for f in forms for p in _places_named(f.format(bare), ("facility",)) if p.subkind == subkind}
    return next(iter(found.values())) if len(found) == 1 else None


def _places_named(form: str, kinds) -> list:
    """The gazetteer places of ``kinds`` that ``form`` names (any flags), in the gazetteer's order."""
    from .normalize import key

    places = load().places
    return [places[x.place_id] for x in load().by_form().get(key(form), ())
            if x.place_id in places and places[x.place_id].kind in kinds]


#: A neighbouring country named just before, in the same sentence, as the side or the land a
#: thing lies in ("Қытай жағындағы Қорғас стансасы", "Түрікменстандағы Берекет стансасына", "on the
#: Chinese side, at Khorgos station").
_ABROAD_BEFORE = re.compile(
    r"(?:(?:Өзбекстан|Қытай|Түрікменстан|Ресей|Қырғызстан)(?:дағы|тағы|дегі|тегі|нда|да|та|\s+жағ\w*)|"
    r"(?:в|на)\s+(?:Узбекистане|Китае|Туркменистане|России|Кыргызстане|Киргизии)|"
    r"(?:узбекск|китайск|туркменск|российск|кыргызск|киргизск)\w+\s+сторон\w*|"
    r"сторон\w+\s+(?:Узбекистана|Китая|Туркменистана|России|Кыргызстана))\s+[^.!?\n]{0,70}$|"
    r"\b(?:Uzbek|Chinese|Turkmen|Russian|Kyrgyz)\s+side\b[^.!?\n]{0,70}$|"
    r"\bin\s+(?:Uzbekistan|China|Turkmenistan|Russia|Kyrgyzstan)\b[^.!?\n]{0,30}$")


def _station_name(name: str) -> str:
    """The name of a station without its head noun ("Алтынкөл стансасында" -> "Алтынкөл")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().startswith(("станс", "станц", "station")):
        return " ".join(words[:-1])
    return name


#: the metro and the light rail of the cities that have them (Almaty's metro, Astana's LRT)
_METRO_WORDS = re.compile(r"(?i)(?<![\w-])(?:metro|subway|LRT|light[ -]rail|метро(?:политен\w*|да|дағы|ға|ның|ны|дан|сы\w*)?"
                          r"|легкорельс\w*|жеңіл[ \u00a0]+рельс\w*)(?![\w-])")
_METRO_CITIES = frozenset(["KZ-75", "KZ-71"])


def _metro_city_unit(text: str, s0: int, kept: list, day):
    """The unit of the city whose metro or light rail a station at ``s0`` belongs to, when its
    paragraph, or the opening of a text on the metro, speaks of it: the city of Almaty or Astana
    named last before the station in its paragraph (else first after it), else in the opening;
    None when no metro is spoken of, no such city is named there, or a foreign city is named after
    it before the station ("станция «Юго-Западная»" of Moscow's metro)."""
    lo = text.rfind("\n", 0, s0) + 1
    hi = text.find("\n", s0)
    hi = len(text) if hi < 0 else hi
    head = text.find("\n\n", text.find("\n\n") + 2)  # (the headline and the first paragraph)
    head = head if head > 0 else min(len(text), 600)
    if _METRO_WORDS.search(text, lo, hi) is None and _METRO_WORDS.search(text, 0, head) is None:
        return None
    before = after = opening = None
    for c in kept:
        p = c.chosen
        foreign = p.kind == "foreign" and p.subkind == "city"  # (a foreign city's metro: Moscow's)
        if not foreign and not (p.kind == "city" and p.atom in _METRO_CITIES and p.population >= _BIG_CITY):
            continue
        if _ORIGIN_BEFORE.search(text, max(0, c.start - 6), c.start) or text[c.start:c.end][-3:] in KK_ABLATIVE:
            continue  # (not where visitors come from: "гостей из Астаны")
        if lo <= c.start < s0:
            before = p
        elif s0 < c.start < hi and after is None:
            after = p
        elif c.start < head and opening is None and not foreign:
            opening = p
    city = before or after or opening
    return unit_of(city, day) if city is not None and city.kind == "city" else None


def _border_crossing(name: str):
    """The border crossing of the gazetteer called ``name`` (its bare name, a form that needs
    the head word), or None."""
    return next((p for p in _places_named(name, ("facility",)) if p.subkind == "border crossing"), None)


def _one_atom_named(name: str) -> str | None:
    """The land (atom) of the settlements called ``name`` or by the adjective that opens it
    ("Тасоткель", "Капшагайское"), when they all lie in one unit; else None."""
    words = name.split()
    found = _places_named(name, ("city", "village"))
    if not found and words:
        found = _adj_towns(words[0], ("city", "village"))
    atoms = {p.atom for p in found}
    return atoms.pop() if len(atoms) == 1 else None


def _namesake_towns(opts) -> list:
    """The cities named as the regions among ``opts`` are (Almaty Region -> Almaty)."""
    names = {p.name.rsplit(" ", 1)[0] for p, _ in opts if p.kind == "region"}
    return [p for n in sorted(names) for p in _places_named(n, ("city",)) if p.name == n]


_RU_TOWN_ADJ = re.compile(r"([А-ЯЁ][\w-]+?)(?:ск|цк)(?:ого|ий|ая|ое|ой|ом|ому|им|ую)$")


def _adj_towns(word: str, kinds: tuple, vowel: bool = False) -> list:
    """The places of ``kinds`` a Russian adjective is made from (Балхашского -> Balkhash,
    Карагандинского -> Karaganda, Аксуском -> Aksu), the first stem that names any."""
    m = _RU_TOWN_ADJ.match(word)
    if m is None:
        return []
    stem = m.group(1)
    for form in (stem, stem + "а", stem + "ск", stem + "ь", stem[:-2] + "а" if stem.endswith("ин") else None,
                 stem[:-1] if stem.endswith("ь") else None,  # Баянаульский -> Баянаул
                 # (``vowel``: also a name ending in a vowel, Коктобинский -> Коктобе, Кокпектинский ->
                 # Кокпекты, Шиелийский -> Шиели, Жаксынский -> Жаксы)
                 stem[:-2] + "е" if vowel and stem.endswith("ин") else None,
                 stem[:-2] + "ы" if vowel and stem.endswith("ин") else None,
                 stem[:-1] if vowel and stem.endswith(("й", "н")) else None):
        if not form:
            continue
        found = _places_named(form, kinds)
        if found:
            return found
    return []


_SENTENCE_END = re.compile(r"(?<![\s.][гспқ])(?<![\s.](?:ул|пр|пл|им|ст|Mt|St|No))(?<![\s.](?:мкр|обл|пос|р-н|ауд))"
                           r"(?<![\s.]мкрн)[.!?]\s+(?=[\"«“(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])|\n")  # (not after "мкр.", "ул.", "г.")
_SETTLED = ("city", "village", "district")
_TOWN_RIGHT_AFTER = re.compile(r"^\s*(,\s*)?(в|во|in|at|of)?\s*$", re.I)
_KK_DIRECTION_END = re.compile(r"(?:ға|ге|қа|ке|на|не|дан|ден|тан|тен|нан|нен)$", re.I)


def _dateline_mention(text: str, out: list):
    """The city mention of the dateline: the first mention of the text, or the first of a line
    after a headline and perhaps a byline ("Драка на стадионе в Джамбуле\nДЖАМБУЛ, 22 июня —
    КазТАГ", "...\n\nBy our correspondent\nCHIMKENT, May 20 -"); else None."""
    for r in out[:4]:
        if r["kind"] != "city" or not r["adm1"]:
            continue
        line_start = text.rfind("\n", 0, r["start"]) + 1
        if not text[line_start:r["start"]].strip() and _DATELINE.match(text, r["end"]) \
                and (line_start == 0 or len(text[:line_start].split("\n")) <= 5
                     and sum(1 for line in text[:line_start].split("\n") if line.strip()) <= 2):
            return r
    return None


def _owner_before(text: str, start: int) -> bool:
    """Whether a foreign country owns what starts at ``start`` ("Иранның Әмірабад портына",
    "Iran's Amirabad port", "российского порта Оля")."""
    words = text[max(0, start - 30):start].split()
    return bool(words) and words[-1].lower() in _FOREIGN_OWNER


def _abroad_sentence(text: str, out: list, i: int) -> bool:
    """Whether the sentence of ``out[i]`` names foreign places (not the country itself) and no
    Kazakh one."""
    s0, s1 = out[i]["start"], out[i]["end"]
    same = []  # the records of the sentence, before the facility and then after it
    for j in range(i - 1, -1, -1):
        r = out[j]
        if r["end"] > s0 or _SENTENCE_END.search(text, r["end"], s0 + 1):
            break
        same.append(r)
    for j in range(i + 1, len(out)):
        r = out[j]
        if r["start"] < s1 or _SENTENCE_END.search(text, s1, r["start"] + 1):
            break
        same.append(r)
    if any(r.get("adm1") or r["kind"] == "country" for r in same):
        return False
    return any(r["kind"] == "foreign" for r in same)


_IN_COUNTRY_GAP = re.compile(r"[^.,;:!?\n]{0,40}?(?<![\w-])(?:in|в|во)[ \u00a0]+$", re.I)


def _country_after(text: str, out: list, i: int) -> bool:
    """Whether a foreign country or region follows ``out[i]`` in its clause after "in" ("the
    Chumysh dam on the Chu river in Kyrgyzstan", "ГЭС ... в Кыргызстане")."""
    s1 = out[i]["end"]
    for r in out[i + 1:]:
        if r["start"] - s1 > 60:
            break
        if r["kind"] == "foreign" and r.get("subkind") in ("country", "region"):
            return bool(_IN_COUNTRY_GAP.fullmatch(text, s1, r["start"]))
        if r.get("adm1"):
            break
    return False


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n]\s*)(?:In|At|В|Во)[ \u00a0]+$")
#: The comma closing an opening "In <town>", with a word of emphasis or a day between
#: ("In Almaty itself,", "In Taraz on Monday,").
#: An opening "In <town>" with no comma, the clause going on in lower case ("In Petropavl a fire
#: broke out ..."; not "In Almaty and Astana", "In Taraz Sunday").
_SCENE_CLAUSE = re.compile(r"[ \u00a0]+(?!and\b|or\b|of\b|region\b|district\b|city\b|town\b|oblast\b)[a-z]+\b")
_SCENE_COMMA = re.compile(r"(?:[ \u00a0]+(?:itself|alone|too|also|on[ \u00a0]+[A-Z][a-z]+day|(?:last|this)[ \u00a0]+[a-z]+))?,")


def _context_place(text: str, out: list, i: int, home=None):
    """The place a street or square lies in when its own sentence says: the nearest town or
    district before it in the sentence, else the first after it in the sentence (None: the
    document's main unit decides; a town in an earlier sentence is as often an origin or a
    visitor's home as the street's town; ``home``: the dateline's mention)."""
    f = out[i]
    s0, s1 = f["start"], f["end"]
    deferred = None
    k = i + 1
    while k + 1 < len(out) and out[k].get("subkind") in _STREET_KINDS and _coordinated(text, out[k - 1]["end"], out[k]["start"]):
        # "at the crossroads of Kabanbai Batyr Avenue and Turan Avenue in Yesil district": the place
        # after the last street of a list places each
        s1 = out[k]["end"]
        k += 1
    if k < len(out):
        r = out[k]  # "на улице Сейфуллина в Астане", "on Abai Avenue in Almaty": the town right after
        # (or the region: "the Bozoi compressor station in Aktobe Region")
        if r.get("adm1") and (r["kind"] in _SETTLED or r["kind"] == "region") and r["start"] >= s1 \
                and not (r.get("lang") == "kk" and _KK_DIRECTION_END.search(r.get("text") or "")):
            # (not a Kazakh town in the dative or the ablative, where people head or come from:
            # "Байдібек би даңғылында Түркістанға бара жатқан автобус")
            gap = _TOWN_RIGHT_AFTER.match(text[s1:r["start"]])
            if gap and not (gap.group(1) and gap.group(2)):
                return r
            if gap:
                # "В Алматы ... в Алмалинском районе, в Шымкенте — ...": a town after a comma with its
                # own preposition may open the next item of a list; a town before it in the sentence
                # comes first
                deferred = r
    found = _town_before(text, out, i, s0, home)
    if found is not None or deferred is not None:
        return found or deferred
    for j in range(i + 1, len(out)):
        r = out[j]
        if r["start"] < s1 or not r.get("adm1"):
            continue
        if _SENTENCE_END.search(text, s1, r["start"] + 1) or _QUOTE_CLOSES.search(text, s1 + (text[s0 - 1:s0] in _QUOTES), r["start"]):
            break  # (nor past the end of a quote it stands in, its own name's apart: "'... on Kunaev
            # Street,' recalls a man now in Taraz", but "шахта «Молодёжная» в Хромтау")
        if r["kind"] in _SETTLED and not _TOWARDS.search(text, max(s1, r["start"] - 25), r["start"]):
            return r  # (not a town the road leads to: "на выездах из города в сторону Ташкента и Кызылорды")
    return _section_town(text, out, i)


_QUOTES = frozenset('«“"')  # (opening a quoted name)
_QUOTE_CLOSES = re.compile(r'[»”]|[\w.,!?]"(?=[\s,.;:!?—–-])')
_TOWARDS = re.compile(r"(?:\bв\s+сторону|\btowards?|\bin\s+the\s+direction\s+of|\bнаправлени\w+)\s+(?:[\w-]+\s+(?:и|and)\s+)?$", re.I)


def _section_town(text: str, out: list, i: int):
    """The town a digest's paragraph opens with as its heading ("ТАЛДЫКОРГАН. В микрорайоне Жетысу
    ..."): a town in capitals at the start of the paragraph, with a full stop, comma or dash after it;
    or in lower case with a full stop, colon or dash, when the paragraph names no other unit before
    the street ("Karaganda. A businessman was wounded ... on Yerubayev Street"), or after "In" and
    before a comma, on the same condition ("In Semey, ...")."""
    s0 = out[i]["start"]
    para = text.rfind("\n", 0, s0) + 1
    while para < s0 and text[para] in " \t":
        para += 1
    units = set()
    for j in range(i - 1, -1, -1):
        r = out[j]
        if r["start"] < para:
            break
        if r.get("adm1") and r["kind"] in ("city", "village", "district", "region"):
            units.add(r["adm1"])
        if r["start"] == para and r["kind"] in _SETTLED and r.get("adm1") and (
                (r["text"].isupper() and text[r["end"]:r["end"] + 1] in ".,–—-:")
                or (text[r["end"]:r["end"] + 1] in ".:–—" and units == {r["adm1"]})):
            return r
        if (r["start"] - para <= 3 and r["kind"] in _SETTLED and units == {r["adm1"]}
                and _OPENS_SENTENCE.search(text, max(0, para - 1), r["start"]) and _SCENE_COMMA.match(text, r["end"])):
            # a paragraph that sets its scene in a town and names no other unit before the street
            # ("In Semey, the capital of Abai Region, ... They said ... from the Shygys microdistrict")
            return r
    return None


def _town_before(text: str, out: list, i: int, s0: int, home=None):
    """The nearest town or district before ``out[i]`` in its sentence (see :func:`_context_place`;
    ``home``: the dateline's mention)."""
    for j in range(i - 1, -1, -1):
        r = out[j]
        if r["end"] > s0 or not r.get("adm1"):
            continue
        if _SENTENCE_END.search(text, r["end"], s0 + 1):  # (+1: the capital letter after the stop)
            break
        if s0 - r["end"] > _NEAR_TOWN:
            # (a town far back in a long sentence is as often the buyers' or visitors' home, unless
            # the sentence opens with it: "In Shymkent, police detained ... a rally in Al-Farabi Square")
            if r["kind"] in _SETTLED and _OPENS_SENTENCE.search(text, max(0, r["start"] - 6), r["start"]) \
                    and (_SCENE_COMMA.match(text, r["end"]) or not text[r["start"]].isascii()
                         or _SCENE_CLAUSE.match(text, r["end"])):
                # (Russian sets the scene with no comma: "В Алматы полиция ... на пересечении
                # проспекта Абая и улицы Жандосова")
                return r
            if home is not None and r["kind"] in _SETTLED and r["adm1"] == home["adm1"] and r is not home:
                # (nor when it is the dateline's town: "ALMATY - Police in Almaty detained seven
                # activists ... near the monument on Dostyk Avenue, marking ... in Zhanaozen")
                return r
            break
        if (r["kind"] in _SETTLED or r["kind"] == "region") and not _ORIGIN_BEFORE.search(text, max(0, r["start"] - 6), r["start"]) \
                and r["text"][-3:] not in KK_ABLATIVE:
            # (not an origin: "«Жетысу» из Талдыкоргана ... на стадионе «Мунайшы»")
            return r
    return None


_ORIGIN_BEFORE = re.compile(r"(?:^|[\s(])(?:из|изо|from)\s+$", re.I)
_NEAR_TOWN = 90  # characters between a street and the town before it that places it
#: "the capital", "в столице", "елордада" (not "the capital of Kyrgyzstan", "столице Кыргызстана")
_CAPITAL_WORD = re.compile(r"(?<![\w-])(?:[Ее]лорда\w*|[Сс]толиц(?:а|е|ы|у|ей)|the[ \u00a0]+capital)(?![\w'’-])"
                           r"(?![ \u00a0]+(?:of(?![\w-])|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))")


def _capital_before(text: str, s0: int, day):
    """The unit of the capital when the sentence of a facility no place locates names it as
    "the capital" before it ("Елордада жастар Бәйтерек монументі маңында", "в столице у монумента"),
    else None."""
    lo = max(0, s0 - 300)
    seg = text[lo:s0]
    m = None
    for m in _CAPITAL_WORD.finditer(seg):
        pass  # (the last one)
    if m is None:
        return None
    if _SENTENCE_END.search(seg, m.end()):
        return None  # (a sentence ends between: another sentence's capital)
    return adm1.capital_on(day)


_AND_SEP = re.compile(rf"(?i)\b(?:and|и|{_KK_AND}|мен|бен|пен|men|ben|pen)\b")


def _coordinated(text: str, end: int, start: int) -> bool:
    """Whether a name ending at ``end`` and one starting at ``start`` are items of one list,
    joined by a comma or "and" within 8 characters ("Кордай и Масанчи", "Shu, Merke")."""
    return end < start and start - end <= 8 and LIST_SEP.match(text[end:start]) is not None


def _villages_beside_towns(text: str, cands: list, kept: list) -> list:
    """"через Кордай и Масанчи", "the approaches to Sortobe and Masanchi": a small place the data
    knows only as needing a cue, coordinated with a settlement just found in the same unit, is
    that unit's village (never an ordinary word or a person's name: those stay out)."""
    out = []
    settled = None
    for c in cands:
        if c.chosen is not None or not text[c.start].isupper() or c.end - c.start < 5 or not c.places:
            continue
        if not all("C" in f and "W" not in f and "S" not in f and p.kind in ("village", "city") for p, f in c.places):
            continue
        if settled is None:
            settled = [k for k in kept if k.chosen is not None and k.chosen.kind in ("city", "village") and k.chosen.atom]
        atoms = {k.chosen.atom for k in settled if _coordinated(text, k.end, c.start) or _coordinated(text, c.end, k.start)}
        if not atoms:
            continue
        opts = [(p, f) for p, f in c.places if p.atom in atoms]
        if len({p.id for p, _ in opts}) != 1:
            continue  # (none in that unit, or namesakes within it: the context does not decide)
        c.chosen = opts[0][0]
        c.conf = min(c.conf, 0.8)
        c.extra["list_place"] = True
        out.append(c)
    return out


def _districts_beside_districts(text: str, cands: list, kept: list) -> list:
    """"районы – Сайрамский, Сарыагашский и Мактааральский": a Russian district adjective (a form
    that needs its head noun) coordinated with a district just found shares that district's head
    noun, when it names one district."""
    out = []
    units = None
    for c in cands:
        if c.chosen is not None or not c.places or not text[c.start].isupper():
            continue
        opts = [(p, f) for p, f in c.places if p.kind == "district" and "A" in f]
        if not opts or len({p.id for p, _ in opts}) != 1:
            continue
        if units is None:
            units = [k for k in kept if k.chosen is not None and k.chosen.kind == "district"]
        if not any(_coordinated(text, k.end, c.start) or _coordinated(text, c.end, k.start) for k in units):
            continue
        c.chosen = opts[0][0]
        c.kind_hint = "district"
        c.conf = min(c.conf, 0.85)
        c.extra["list"] = True
        out.append(c)
        units.append(c)  # (the next item of the list: "Сарыагашский и Мактааральский")
    return out


def _town_in_list(c: Candidate, text: str, ends: dict, kept: list) -> bool:
    """True when a town with a person's name sits in a list of towns: a town just before and one
    just after it, or one on either side joined by "and" ("Satbayev and Karazhal")."""
    before = text[max(0, c.start - 40):c.start].split()
    if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
        return False  # "Taras Shevchenko and Guryev": a capitalised word right before is a given name
    seps = []
    for pend in ends:
        if _coordinated(text, pend, c.start):
            seps.append(text[pend:c.start])
            break
    for k in kept:
        if k.chosen.kind in ("city", "village") and _coordinated(text, c.end, k.start):
            seps.append(text[c.end:k.start])
            break
    if len(seps) == 2 or (seps and _AND_SEP.search(seps[0])):
        c.extra["list_place"] = True
        c.kind_hint = c.kind_hint or "city"
        return True
    return False


def _first_inside(kept: list, s0: int, s1: int, starts: list | None = None):
    """The first kept candidate (a settlement, unit or facility) lying within ``s0..s1``, or None
    (``starts``: the candidates' starts when they are in order, to begin the walk at ``s0``)."""
    i = bisect_left(starts, s0) if starts is not None else 0
    for k in range(i, len(kept)):
        c = kept[k]
        if starts is not None and c.start > s1:
            break  # in order: no later candidate lies inside
        if c.chosen is not None and s0 <= c.start and c.end <= s1 and c.chosen.kind in _INSIDE_KINDS:
            # of two names that start together ("Аксу" and "Аксу-Жабаглы"), the longer
            for j in range(k + 1, len(kept)):
                d = kept[j]
                if d.start != c.start:
                    break
                if d.chosen is not None and c.end < d.end <= s1 and d.chosen.kind in _INSIDE_KINDS:
                    c = d
            return c
    return None


_INSIDE_KINDS = frozenset(["city", "village", "district", "region", "facility"])


def _ordered_starts(cands: list) -> list | None:
    """The starts of the candidates, if they are in order (else None)."""
    starts = [c.start for c in cands]
    return starts if all(a <= b for a, b in zip(starts, starts[1:])) else None


_first = itemgetter(0)
_first_two = itemgetter(0, 1)
# confidences that are already what round(x, 2) gives (most of them): no need to round again
_TWO_PLACES = frozenset([0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5])
_NO_UNIT = frozenset(("river", "sea", "lake", "reservoir", "mountain", "mountains", "desert", "peninsula", "ridge"))


_VILLAGE_NAME_EN = r"(?P<name>[A-Z][a-z]{3,}(?:-[A-Z]?[a-z]+)?)"
UNKNOWN_VILLAGE = (
    # "Karakystak village in Ryskulov district", "the village of Zhanatalap, Zhambyl district"
    re.compile(rf"(?<![\w-])(?:in|at|near|from|of|to|into|outside|around)[ \u00a0]+{_VILLAGE_NAME_EN}[ \u00a0]+village(?![\w-])"),
    re.compile(rf"(?<![\w-])village[ \u00a0]+of[ \u00a0]+{_VILLAGE_NAME_EN}(?![\w-])"),
    # "в селе Каракыстак Рыскуловского района"
    re.compile(r"(?<![\w-])(?:сел[аеоу]|посел[ка]\w*|посёл[ка]\w*|аул[аеу]?)[ \u00a0]+"
               r"(?P<name>[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ]?[а-яё]+)?)(?![\w-])"),
    # "Мерке ауданының Ойтал ауылында" (the head noun with its suffix is part of the span)
    re.compile(r"(?<![\w-])(?P<name>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{3,})[ \u00a0]+(?P<head>ауыл(?:ы|ында|ынан|ына|ының|ындағы)?)(?![\w-])"),
    # "сёла Кызылкум, Жениск и Бирлик Мактааральского района": each item of a list after a plural
    # village noun, the unit after the whole list
    re.compile(r"(?<![\w-])(?:сёла|села|посёлки|поселки|аулы)[ \u00a0]+(?P<items>[А-ЯЁ][а-яё-]+"
               r"(?:,[ \u00a0]+[А-ЯЁ][а-яё-]+)*[ \u00a0]+и[ \u00a0]+[А-ЯЁ][а-яё-]+)(?![\w-])"),
    # "Мақтаарал ауданының Кенжетай, Оралбек және Бірлік ауылдарын": the unit right before the list
    re.compile(r"(?<![\w-])(?P<items>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+(?:,[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+)*"
               r"[ \u00a0]+(?:және|мен|бен|пен)[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+)[ \u00a0]+ауылдар\w*"),
    # "the villages of Kenzhetai, Oralbek and Birlik in Maktaaral district"
    re.compile(r"(?<![\w-])villages[ \u00a0]+of[ \u00a0]+(?P<items>[A-Z][a-z-]+(?:,[ \u00a0]+[A-Z][a-z-]+)*,?"
               r"[ \u00a0]+and[ \u00a0]+[A-Z][a-z-]+)(?![\w-])"),
)
_LIST_ITEM = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z]{3,}(?:-[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]?[а-яёәғқңөұүһіa-z]+)?(?![\w-])")
_KK_LIST_VILLAGES = UNKNOWN_VILLAGE[5]
# the list patterns, with the plural head noun each has at its trigger word
_LIST_HEADS = (("сёла ", "села ", "посёлки ", "поселки ", "аулы "), "ауылдар", "villages of ")


# every match of an unknown-village pattern contains a match of its gate (a quick search that
# starts with a literal word): the singular head noun "village" after a space, "village of X",
# or one of the Russian and Kazakh head nouns
_VILLAGE_GATES = {
    UNKNOWN_VILLAGE[0]: re.compile(r"village(?![\w-])(?<=[ \u00a0]village)"),
    UNKNOWN_VILLAGE[1]: re.compile(r"village[ \u00a0]+of[ \u00a0]+[A-Z]"),
    UNKNOWN_VILLAGE[2]: re.compile(r"сел|посёл|аул"),
    UNKNOWN_VILLAGE[3]: re.compile(r"ауыл"),
    UNKNOWN_VILLAGE[4]: re.compile(r"(?:сёла|села|посёлки|поселки|аулы)[ \u00a0]+[А-ЯЁ]"),
    UNKNOWN_VILLAGE[5]: re.compile(r"(?:және|мен|бен|пен)[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+[ \u00a0]+ауылдар"),
    UNKNOWN_VILLAGE[6]: re.compile(r"villages[ \u00a0]+of[ \u00a0]+[A-Z]"),
}
# (pattern, gate, list head or None) for triggers in Latin and in Cyrillic letters, made once: a
# compiled pattern hashes its whole code, so it is never looked up in a dict per trigger
_UNKNOWN_EN = tuple((rx, _VILLAGE_GATES[rx], None) for rx in UNKNOWN_VILLAGE[:2]) + (
    (UNKNOWN_VILLAGE[6], _VILLAGE_GATES[UNKNOWN_VILLAGE[6]], _LIST_HEADS[2]),)
_UNKNOWN_CYR = tuple((rx, _VILLAGE_GATES[rx], None) for rx in UNKNOWN_VILLAGE[2:4]) + tuple(
    (UNKNOWN_VILLAGE[i], _VILLAGE_GATES[UNKNOWN_VILLAGE[i]], _LIST_HEADS[i - 4]) for i in (4, 5))


#: a rural district (okrug) named with the Russian adjective of its village ("Акбулакском сельском
#: округе") or with the English head noun ("the Akbulak rural district", "Akbulak rural okrug")
_OKRUG_RU = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё-]+(?:ск|цк)(?:ий|ого|ому|им|ом|ой|ая|ую|ое))[ \u00a0]+"
                       r"(?:сельск|аульн)(?:ий|ый|ого|ому|ым|им|ом)[ \u00a0]+округ\w*"
                       # (or the head noun first, the name in the nominative: "в сельском округе Акбулак")
                       r"|(?<![\w-])(?:сельск|аульн)(?:ий|ый|ого|ому|ым|им|ом)[ \u00a0]+округ\w*[ \u00a0]+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")
_OKRUG_EN = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \u00a0]+(?:[Rr]ural[ \u00a0]+(?:[Dd]istrict|[Oo]krug|[Cc]ounty)|"
                       r"[Oo]krug)(?![\w-])")


def _rural_okrugs(text: str, kept: list, doc_atoms: set[str]) -> list:
    """Rural districts (okrugs) named after their village in Russian or English: the village
    the name comes from, chosen as a bare village name is (the units the text names first)."""
    out = []
    for rx in (_OKRUG_RU, _OKRUG_EN):
        for m in rx.finditer(text):
            word = m.group(1)
            if rx is _OKRUG_RU and word is None:  # the head noun first: the name as it is
                word = m.group(2)
                found = _places_named(word, ("village", "city"))
                if found:
                    c = Candidate(m.start(), m.end(), [(p, "") for p in found])
                    near = [p for p in found if p.atom in doc_atoms]
                    c.chosen = choose(near or found, doc_atoms, "village")[0]
                    c.kind_hint = "village"
                    c.in_span_head = True
                    c.extra["okrug"] = True
                    c.extra["head_end"] = c.extra["span_end"] = m.end()
                    out.append(c)
                continue
            if rx is _OKRUG_RU:
                found = _adj_towns(word, ("village", "city"), vowel=True)
            else:
                found = _places_named(word, ("village", "city"))
                if not found and " " in word:  # "The Kainar rural okrug"
                    word = word.split(" ", 1)[1]
                    found = _places_named(word, ("village", "city"))
            if not found:
                continue
            s0 = m.end(1) - len(word)
            c = Candidate(s0, m.end(1), [(p, "") for p in found])
            near = [p for p in found if p.atom in doc_atoms]
            c.chosen = choose(near or found, doc_atoms, "village")[0]
            c.kind_hint = "village"
            c.in_span_head = True
            c.extra["okrug"] = True
            c.extra["head_end"] = c.extra["span_end"] = m.end()
            out.append(c)
    return out


def _unknown_villages(text: str, kept: list, positions) -> list:
    """Villages missing from the gazetteer, named with a village head noun right next to a
    district or region the text names ("Karakystak village in Ryskulov district", "в селе
    Каракыстак Рыскуловского района", "Мерке ауданының Ойтал ауылында"): the unit is the
    district's or region's."""
    units = [c for c in kept if c.chosen.kind in ("district", "region")]
    if not units:
        return []
    matches = {}
    n = len(text)
    for start, stop in positions:
        a, b = max(0, start - 45), min(n, stop + 45)
        for rx, gate, list_head in (_UNKNOWN_EN if text[start].isascii() else _UNKNOWN_CYR):
            if list_head is not None:
                if not text.startswith(list_head, start):
                    continue  # (the plural head noun each of these lists has at the trigger word)
                kk = rx is _KK_LIST_VILLAGES
                la, lb = (max(0, start - 120), min(n, stop + 20)) if kk else (start, min(n, stop + 90))
                if gate.search(text, la, lb) is None:
                    continue
                for m in rx.finditer(text, la, lb):
                    # (the unit: right before the list in Kazakh, else after the list or right before it)
                    s0, end = m.start("items"), (m.start("items") if kk else m.end("items"))
                    for it in _LIST_ITEM.finditer(text, s0, m.end("items")):
                        matches.setdefault(it.span(), (it.start(), it.end(), it.group(0), s0, end, True))
                continue
            if gate.search(text, a, b) is None:
                continue  # the window lacks a part that every match of the pattern has
            for m in rx.finditer(text, a, b):
                s0, s1 = m.start("name"), m.end("name")
                matches.setdefault(m.span(), (s0, s1, m.group("name"), s0,
                                              m.end("head") if "head" in m.re.groupindex else s1, False))
    out = []
    if not matches:
        return out
    # the spans taken, by start, with the furthest end reached so far: a name overlaps one of them
    # when the spans starting before its end reach past its start (one search, however long the text)
    unit_starts = _ordered_starts(units)
    longest = max(c.extra["span_end"] - c.start for c in units)
    taken = sorted((c.start, c.extra["span_end"]) for c in kept)
    taken_starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))
    for _, (s0, s1, name, near_start, near_end, item) in sorted(matches.items()):
        j = bisect_left(taken_starts, s1)
        if j and reach[j - 1] > s0:
            continue  # a known place (or a district) already covers it
        if _is_place_word(name):
            continue  # a known name the rules rejected on purpose
        near = _first_near(units, unit_starts, longest, near_start, near_end)
        if near is None:
            continue
        end = s1 if item else near_end  # (an item of a list is the name alone; one village keeps its head noun)
        unit_place = near.chosen
        place = _text_place(name, "village", unit_place.atom or unit_place.id)
        c = Candidate(s0, end, [(place, "")], conf=0.6)
        c.chosen = place
        c.extra["span_end"] = end
        out.append(c)
    return out


def _first_near(units: list, starts: list | None, longest: int, s0: int, end: int):
    """The first unit starting at most 25 characters after ``end`` or ending at most 3 before
    ``s0``, or None (``starts``: the units' starts when in order; ``longest``: their longest span)."""
    if starts is None:
        lo, hi = 0, len(units)
    else:  # only units starting between s0 - 3 - longest and end + 25 can qualify
        lo, hi = bisect_left(starts, s0 - 3 - longest), bisect_right(starts, end + 25)
    for k in range(lo, hi):
        c = units[k]
        if 0 <= c.start - end <= 25 or 0 <= s0 - c.extra["span_end"] <= 3:
            return c
    return None


def warm() -> None:
    """Load the gazetteer and build the matcher now (worker start-up), not on the first document."""
    import gc

    # hundreds of thousands of long-lived objects are made here: a full pass of the cyclic
    # collector in the middle would walk all of them for nothing
    was = gc.isenabled()
    gc.disable()
    try:
        load().by_form()
        default_matcher()
        fuzzy.warm()
        _town_words()
        extract("Astana, 9 regions, Kostenko mine", date="2020-01-01")
    finally:
        if was:
            gc.enable()
    # the gazetteer and the automaton live as long as the process: keep them out of the
    # cyclic collector's full passes
    gc.freeze()


def extract_document(doc, as_of=None) -> list[dict]:
    """Mentions of a :class:`geomap.documents.Document` (``doc`` set to its id)."""
    return extract(doc.text, date=doc.date or as_of, lang=doc.lang, doc=doc.id)
