"""Named facilities and natural features found by their head word, not by a list.

"Tole-Bi Street", "Kostenko mine", "Quanysh Market", "Zhabai River", "KZ-11 highway",
"улице Акназар хана", "площади Исатая и Махамбета", «Казахстанская» шахтасында (only the
quoted name), "Сазды өзені", "реки Есиль" (only the name). ``find(text)`` returns dicts with
``start``, ``end``, ``name``, ``subkind`` and ``natural`` (True for rivers, lakes, seas and
roads: no ADM1 of their own).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain

from .normalize import WHITESPACE as _SPACES

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_NAME_EN = r"(?:[A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]*)*)"
EN_HEADS = {
    "street": "street", "avenue": "street", "prospekt": "street", "square": "square", "market": "market",
    "bazaar": "market", "mausoleum": "landmark", "mine": "mine", "airport": "airport",
    "international airport": "airport", "railway station": "railway station", "station": "railway station",
    "nature reserve": "nature reserve", "forest reserve": "nature reserve", "reserve": "nature reserve",
    "forestry": "forestry", "arena": "stadium", "stadium": "stadium", "river": "river", "lake": "lake",
    "canyon": "canyon", "reservoir": "reservoir", "dam": "dam", "national park": "nature reserve",
    "gorge": "valley", "valley": "valley", "oil field": "oil field", "oilfield": "oil field",
    "gas field": "oil field", "field": "oil field", "gas condensate field": "oil field", "cosmodrome": "spaceport", "refinery": "refinery", "oil refinery": "refinery",
    "seaport": "port", "sea port": "port", "port": "port", "dry port": "dry port",
    "border crossing": "border crossing", "checkpoint": "border crossing", "border checkpoint": "border crossing",
    "crossing": "border crossing", "road crossing": "border crossing", "rail crossing": "border crossing",
    "railway crossing": "border crossing", "post": "border crossing",
    "power plant": "power plant", "hpp": "power plant", "chp": "power plant", "tpp": "power plant",
    "gres": "power plant", "thermal power plant": "power plant", "st.": "street", "ave.": "street",
    "border station": "railway station", "compressor station": "pipeline station", "pumping station": "pipeline station", "resort": "resort", "ski resort": "resort", "quarry": "mine",
    "pass": "pass", "mountain pass": "pass", "peak": "mountain",
    # housing estates named after places or people ("the Alatau Grand residential complex"): where
    # they stand comes from the text around them
    "residential complex": "residential complex", "housing complex": "residential complex",
    # military ranges ("the Matybulak training range"; not a bare "range", as mountains have)
    "training range": "test site", "firing range": "test site", "military range": "test site",
    "artillery range": "test site", "test range": "test site",
    # a railway line's proper name, written with a capital ("Turkestan-Siberia Railway"): a line, no unit
    "railway": "railway", "railroad": "railway",
    # industrial works count only when a place names them ("Karaganda Metallurgical Plant",
    # "Balkhash smelter"); the geoparser drops the others (a company's plant is not a place)
    "plant": "plant", "factory": "plant", "smelter": "plant",
    **{f"{kind} {works}": "plant" for kind in (
        "metallurgical", "steel", "cement", "chemical", "petrochemical", "ferroalloy", "aluminium", "aluminum",
        "copper", "zinc", "lead", "tractor", "machine-building", "titanium-magnesium", "meat", "dairy")
       for works in ("plant", "factory", "smelter", "works")},
}
NATURAL = {"river", "lake", "reservoir", "road", "railway", "canyon", "valley", "sea", "mountain", "mountains", "ridge"}
#: Russian nouns of a line named by its ends ("линия Мойынты – Кызылжар", "газопровод Бейнеу – Бозой –
#: Шымкент"), for the route patterns of the geoparser and the incident place roles
LINE_NOUNS_RU = r"лини[иейяю]\w*|(?:газо|нефте|трубо)провод\w*"
# head words that name a border crossing only after a crossing's name the data knows ("Khorgos road
# crossing", "the Kordai post")
_KNOWN_ONLY_HEADS = frozenset(["crossing", "road crossing", "rail crossing", "railway crossing", "post"])
# head words that are also English verbs ("prices peak", "deputies pass"): only in lower case
_VERB_HEADS = frozenset(["pass", "peak"])
# ... nor before the words that follow such a verb ("lorries for Almaty pass through Kordai")
VERB_NEXT = re.compile(r"[ \u00a0]+(?:through|by|over|via|into|in|on|at|the|a|an|along|across|near|under|from|to|"
                       r"during|this|last|next|each|every|around|out|away|up|down|off)(?![\w-])")
_EN_HEAD_RE = "|".join(sorted((re.escape(h).replace(r"\ ", r"[ \u00a0]+") for h in EN_HEADS), key=len, reverse=True))
# a material or kind between a mine's name and its head noun ("Karazhal iron-ore mine", "Annensky copper mine")
MINE_MODIFIERS = frozenset("""copper iron iron-ore ore gold coal uranium zinc lead lead-zinc polymetallic chrome chromite
    manganese bauxite phosphorite silver tungsten molybdenum nickel open-pit opencast underground""".split())
_MOD_RE = "|".join(sorted((re.escape(m) for m in MINE_MODIFIERS), key=len, reverse=True))
# (a Kazakh title after a name stays in lower case: "Kazybek bi Street", "Tauke khan Avenue")
_EN_TITLES = frozenset(["bi", "batyr", "khan", "ata", "ana", "biy", "baba"])
_EN_TITLE = r"(?:[ \u00a0]+(?:" + "|".join(sorted(_EN_TITLES, key=lambda w: (-len(w), w))) + "))?"
EN_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_EN}(?:[ \u00a0]+{_NAME_EN}){{0,3}}{_EN_TITLE})[ \u00a0]+"
    rf"(?:(?P<mod>(?:{_MOD_RE})(?:[ \u00a0]+(?:{_MOD_RE})){{0,2}})[ \u00a0]+(?=(?i:mine|deposit|field|pit)))?"
    rf"(?P<head>(?i:{_EN_HEAD_RE}))(?:(?<=[A-Z])-\d{{1,2}})?(?![\w-])"
)
# "the Russian port of ...", "Chinese station": a nationality word with a common noun names no facility
DEMONYMS = frozenset("""Russian Chinese Kazakh Kazakhstani Uzbek Kyrgyz Tajik Turkmen Iranian Azerbaijani Georgian
    Turkish Mongolian Ukrainian Belarusian European Asian American Soviet Caspian Baltic Black Arctic Siberian
    Afghan Indian Korean Japanese German French British Polish Latvian Lithuanian Estonian Finnish""".split())
HEAD_FIRST_RE = re.compile(rf"(?<![\w-])(?P<head>Lake|Mount|Mt\.)[ \u00a0]+(?P<name>{_NAME_EN}(?:[ \u00a0]+{_NAME_EN})?)")
ROAD_RE = re.compile(r"(?<![\w-])(?P<name>(?:KZ|M|A|R|E|P)-?\d{1,3})\s+(?P<head>highway|road|motorway|route|трасс\w*)(?![\w-])")
_LEAD_WORDS = frozenset("""The A An In At On From Near To By Of And But As After Before During When While Since Until With
    Without For Into Across Outside Inside Along This That These Those Its His Her Their Our New Old Central Main Local
    Another Each Every Some Several Many Both Two Three Four Five Six Seven Eight Nine Ten Several Eleven Twelve
    Fifteen Twenty Thirty Forty Fifty Hundred Hundreds Dozen Dozens""".split())
#: Capitalised words that open a sentence and name nothing ("Then microdistrict No. 5 lost heat").
_ADVERB_WORDS = frozenset("Then Later Meanwhile Also Now Today Yesterday Tonight Here There Earlier Overnight Again".split())
_LEAD = re.compile(r"^(?:(?:The|A|An|In|At|On|From|Near|To|By|Of|And|But|As|After|Before|During|When|While|Since|"
                   r"Until|With|Without|For|Into|Across|Outside|Inside|Along|This|That|These|Those|Its|His|Her|"
                   r"Their|Our|New|Old|Central|Main|Local)\s+)+")
RU_RE = re.compile(
    rf"(?<![\w-])(?P<head>национальн\w+\s+(?:природн\w+\s+)?парк[аеу]?|заповедник[аеу]?|перевал[аеу]?|улиц[аеуыи]|улиц(?:ах|ами|ам)?(?=\s)|Улиц[аеу]|[Уу]лицей|ул\.|[Пп]роспект[аеу]?|пр-т[аеу]?|просп\.|пр\.|[Пп]лощад[ьи]|[Пп]лощадью|пл\.|мавзоле(?:ем|[йяюе])|рынк[аеу]|рынок|"
    rf"шахт[аеуы]|шахтой|рудник[аеу]?|(?:угольн\w+\s+)?разрез[аеу]?|разрезом|аэропорт[аеу]?|порт[аеу]?|портом|"
    rf"месторождени[еяию]|станци[яиюей]|стадион[аеу]?|"
    # (the name on the same line: not a headline's last word before the next line's dateline)
    rf"стадионом|торгов\w+\s+(?:центр|дом)\w*|ТЦ|ТРЦ)[ \u00a0]+"
    rf"(?P<name>«(?=[{_UP}0-9])[^»\n]{{2,40}}»|[{_UP}][\w-]+(?:[ \u00a0]+(?:хана|батыра|би|жолы|[{_UP}][\w-]+))?(?:[ \u00a0]+и[ \u00a0]+[{_UP}][\w-]+)?)"
)
RU_HEAD_SUB = {"национальн": "nature reserve", "заповедник": "nature reserve", "перевал": "pass", "улиц": "street", "ул.": "street", "проспект": "street", "пр": "street", "площад": "square", "пл.": "square", "мавзоле": "landmark", "рын": "market", "порт": "port", "угольн": "mine", "разрез": "mine",
               "шахт": "mine", "рудник": "mine", "аэропорт": "airport", "месторожден": "oil field",
               "станци": "railway station", "стадион": "stadium", "торгов": "market", "тц": "market", "трц": "market"}
QUOTED_HEAD_RE = re.compile(
    r"«(?P<name>[^»\n]{2,40})»\s+(?P<head>шахт\w*|кенiш\w*|кеніш\w*|көше\w*|алаң\w*|даңғыл\w*|рудник\w*|"
    r"месторождени\w*|кен\s+орн\w*|базар\w*|стадион\w*|(?:халықаралық\s+)?әуежай\w*|аэропорт\w*|саяба[қғ]\w*|"
    r"(?:шағын|ықшам)\s*аудан\w*|курорт\w*(?:\s+аймағ\w*|\s+аймақ\w*)?|шипажай\w*|сауда\s+(?:орталығ|үй)\w*)"
)
QUOTED_SUB = {"шахт": "mine", "кен": "mine", "көше": "street", "алаң": "square", "даңғыл": "street", "саяба": "park",
              "рудник": "mine", "месторожден": "oil field", "базар": "market", "стадион": "stadium",
              "әуежай": "airport", "халықаралық": "airport", "аэропорт": "airport", "шағын": "microdistrict", "ықшам": "microdistrict",
              "курорт": "resort", "шипажай": "resort", "сауда": "market"}
# border crossings named after their head words: "КПП «Нур Жолы»", "пункта пропуска Бахты",
# "«Нұр жолы» өткізу бекетінде", "Майқапшағай шекара бекеті" (a quoted name alone is the mention)
BORDER_RE = re.compile(
    rf"(?<![\w-])(?:КПП|[Пп]ункт(?:[аеуы]|ом|ах)?\s+пропуска|[Пп]огранпереход[аеу]?|[Пп]ограничн\w+\s+переход[аеу]?)\s+"
    rf"(?:«(?P<q>[^»\n]{{2,40}})»|(?P<name>[{_UP}][\w-]+(?:\s+(?:[Жж]олы|[Бб]аба))?))"
    # ("шекара өткелі", the border crossing, as "шекара бекеті")
    rf"|«(?P<kq>[^»\n]{{2,40}})»\s+(?P<kh>(?:өткізу|шекара|шекаралық|кеден)\s+(?:бекет|пункт|өткел)\w*)"
    rf"|(?<![\w-])(?P<kname>[{_UP}][\w-]+(?:\s+(?:[Жж]олы|[Бб]аба))?)\s+(?:өткізу|шекара|кеден)\s+(?:бекет|өткел)\w*"
    # ("Қазығұрт бекетінде", "Бақты бекеті": a bare post word, only for a crossing the data knows)
    # ("поста «Кордай»", "таможенный пост «Хоргос»": a quoted name after a post, only a crossing the data knows)
    # ("на пункте «Бахты»", "«Бақты» пункті арқылы": the bare word "point" too)
    rf"|(?<![\w-])(?:[Пп]ост|[Пп]ункт)(?:а|у|е|ом)?\s+«(?P<pq>[^»\n]{{2,40}})»"
    rf"|«(?P<kpq>[^»\n]{{2,40}})»\s+пункт(?:і|ін|інде|іне|інен|інің)(?![\w-])"
    rf"|(?<![\w-])(?P<kpost>[{_UP}][\w-]+(?:\s+(?:[Жж]олы|[Бб]аба))?)\s+бекет(?:і|ін|інде|іне|інен|інің|ке|те|тен)?(?![\w-])"
)
#: crossings with quoted names in a Russian list after the plural ("у пунктов пропуска «Нур Жолы» и
#: «Достык»"): each one the data knows is a crossing
RU_BORDER_LIST_RE = re.compile(
    r"(?<![\w-])(?:[Пп]ункт(?:ов|ах|ам|ами|ы)[ \u00a0]+пропуска|КПП|[Пп]огранпереход(?:ов|ах|ам|ами|ы))[ \u00a0]*:?[ \u00a0]*"
    r"(?P<items>«[^»\n]{2,40}»(?:[ \u00a0]*,[ \u00a0]*«[^»\n]{2,40}»)*[ \u00a0]+(?:и|или)[ \u00a0]+«[^»\n]{2,40}»)")
#: each quoted name of such a list
_QUOTED_ITEM = re.compile(r"«([^»\n]{2,40})»")
#: stations with quoted names: a Russian list after the plural ("семь станций: «Райымбек батыр», «Жибек
#: жолы» ... и «Алатау»", "между станциями «Абай» и «Байконур»", "станции метро «Сарыарка»") and a Kazakh
#: name before "бекеті", a stop of the metro or the light rail ("«Нұрлы жол» бекеті", "«Мәскеу» метро
#: бекетінің"; the word also means a post, so only where the paragraph speaks of the metro)
_Q = rf"«[{_UP}0-9][^»\n]{{1,39}}»"  # (a name: "у станции «невозможно открыть окно»" quotes a complaint)
RU_STATIONS_RE = re.compile(
    rf"(?<![\w-])[Сс]танци(?:я|и|ю|ей|ями|ях|ям|й)(?:[ \u00a0]+(?:метро|LRT))?[ \u00a0]*:?[ \u00a0]*"
    rf"(?P<items>{_Q}(?:[ \u00a0]*,[ \u00a0]*{_Q})*(?:[ \u00a0]+(?:и|или)[ \u00a0]+{_Q})?)")
KK_STATION_RE = re.compile(rf"«(?P<name>[{_UP}0-9][^»\n]{{1,39}})»[ \u00a0]+(?:метро[ \u00a0]+|LRT[ \u00a0]+)?"
                           rf"бекет(?:і|ін|інде|іне|інен|інің|імен|тері\w*)?(?![\w-])")
#: housing estates with quoted names: "ЖК «Астана»", "жилого комплекса «Туркестан»", "«Ертіс» тұрғын үй
#: кешені" (a quoted name is the mention; it names, it does not place)
RU_HOUSING_RE = re.compile(r"(?<![\w-])(?:ЖК|[Жж]ил(?:ой|ого|ому|ым|ом|ые|ых)[ \u00a0]+комплекс(?:а|у|ом|е|ы|ов|ах|ам)?)"
                           r"[ \u00a0]+«(?P<name>[^»\n]{2,40})»")
KK_HOUSING_RE = re.compile(r"«(?P<name>[^»\n]{2,40})»[ \u00a0]+(?:тұрғын[ \u00a0]+үй[ \u00a0]+)?кешен\w*")
RU_MINE_RE = re.compile(r"(?<![\w-])(?P<head>шахт[аеуыо]й?|рудник[аеу]?|месторождени[еяию])\s+«(?P<name>[^»\n]{2,40})»")
KK_STREET_RE = re.compile(
    rf"(?<![\w-])(?P<name>[{_UP}][\w-]+(?:\s+(?:хан|батыр|би|ана|ата|баба|жолы|[{_UP}][\w-]+))?)\s+"
    # (the noun "көше" and its forms, not the verb "көшеді", "көшетін": moves, will move)
    rf"(?P<head>даңғыл\w*|көше(?:с\w*|де\w*|ге|нің|ні|лер\w*|мен)?(?![\w-])|алаң\w*|шағын\s*аудан\w*|ықшам\s*аудан\w*)"
)
KK_RIVER_RE = re.compile(rf"(?<![\w-])(?P<name>[{_UP}][\w-]+)\s+(?P<head>өзені\w*|көлі(?:н\w*)?(?![\w-])|"
                         r"шатқал(?:ы|ын)\w*|аңғар(?:ы|ын)\w*|тау(?:ы|ын|ының|ында|ындағы|ына|ынан)(?![\w-]))")
# the same in Kazakh Latin letters ("Balqash kóliniń", "Ile ózeni", "Esil özenine")
# (the 2021 alphabet writes і as ı: "Balqaş kölı", "Aral teñızınıñ")
KK_LATIN_RIVER_RE = re.compile(r"(?<![\w-])(?P<name>[A-ZÁÄǴĞŃÑÓÖÚÜÝŞ][\w-]+)[ \u00a0]+"
                               r"(?P<head>k[oóö]l[iı](?:n\w*)?(?![\w-])|[oóö]zen[iı]\w*|te[ńñn][iı]z[iı]?(?:n\w*)?(?![\w-]))")
_KK_LATIN_HEADS = frozenset(["koli", "ozen", "teniz", "dangyl", "koşe", "koshe"])  # (their trigger words, folded)
# streets in Kazakh Latin letters ("Qabanbaı batyr dańǵylynda", "Baızaqov kóşesiniń")
KK_LATIN_STREET_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÁÄǴĞŃÑÓÖÚÜÝŞ][\w-]+(?:[ \u00a0]+(?:batyr|bı|bi|han|ana|ata|joly|[A-ZÁÄǴĞŃÑÓÖÚÜÝŞ][\w-]+))?)"
    r"[ \u00a0]+(?P<head>da[ńñn][ǵğg]yl\w*|k[óöo](?:ş|sh)e(?:s\w*|de\w*|ge|ni[ńñn]|ni|ler\w*|men)?(?![\w-]))")
_KK_LATIN_CASE_END = re.compile(r"(?:[dt][ae]|[ndt][yıi][ńñn]|[dt](?:aǵy|egi|agy))$")
_KK_LATIN_STREET_GATE = ("dańǵyl", "dangyl", "dańgyl", "daňǵyl", "kóşe", "köşe", "koşe", "kóshe", "köshe", "koshe")
_KK_LATIN_GATE = ("kóli", "köli", "koli", "kölı", "kólı", "zeni", "zenı", "KÓLI", "KÖLI", "KOLI", "ZENI",
                  "teñiz", "teñız", "teńiz", "teńız", "TEÑIZ")
# a stadium or hall whose quoted name ends in "Arena" («Астана Арена», «Алматы Арене»): only the name
QUOTED_ARENA_RE = re.compile(rf"«(?P<name>[{_UP}][\w-]+[ \u00a0]+(?:Арен[аеуы]|Arena))»")
NAMED_AFTER_RE = re.compile(
    rf"(?<![\w-])(?:(?P<ru_head>шахт[аеуыо]й?|рудник[аеу]?|улиц[аеуыи]|проспект[аеу]?|площад[ьи]|стадион[аеу]?)\s+имени\s+"
    rf"(?P<ru_name>(?:[{_UP}]\.\s*)*[{_UP}][\w-]+(?:[ \u00a0]+[{_UP}][\w-]+)?)"
    rf"|(?P<kk_name>[{_UP}][\w-]+(?:[ \u00a0]+(?:[{_UP}][\w-]+|батыр|би|хан|ана|ата|ақын))?)\s+атындағы\s+"
    rf"(?P<kk_head>шахта\w*|кеніш\w*|көше\w*|алаң\w*|стадион\w*|саяба[қғ]\w*))"
)
# Kazakh head-last names of works and sites: "Құрық портының", "Баянауыл ұлттық паркінде",
# "Инкай кен орнына", "Жошы хан кесенесі", "Ақсу зауытында" (one capitalised name, an honorific kept)
# (what a works makes or does between its name and the head: "Балқаш мыс балқыту зауыты",
# "Шымкент мұнай өңдеу зауыты", "Ақсу ферроқорытпа зауытында")
_KK_WORKS_MOD = (r"(?:(?:мыс|мырыш|қорғасын|алюминий|глинозем|цемент|мұнай|газ|темір|болат|көмір|шойын|"
                 r"ферроқорытпа|титан-магний|химия|металлургия(?:лық)?)\s+(?:балқыту\s+|өңдеу\s+|химия\s+)?)")
KK_FAC_RE = re.compile(
    rf"(?<![\w-])(?P<q>[«\"“])?(?P<name>[{_UP}][\w-]+(?:\s+(?:хан|би|ата|ана|батыр))?)(?(q)[»\"”])\s+"
    r"(?P<head>ұлттық\s+(?:табиғи\s+)?парк\w*|(?:теңіз\s+|сауда\s+)?порт(?:ы\w*|қа|та\w*|тан|тың)?|"
    r"кен\s+орн\w*|кесене\w*|(?:мемлекеттік\s+)?(?:табиғи\s+)?(?:қорығ|резерват)\w*|су\s+қойма\w*|бөгет\w*|" + _KK_WORKS_MOD + r"?зауыт\w*|"
    # hydro and heat power plants, burial grounds and kurgans: "Шардара су электр станциясы",
    # "Берел қорымында", "Берел қорғандары"
    r"(?:су|жылу)\s+электр\s+(?:станция|орталығ)\w*|ЖЭО(?:-\d{1,2})?(?:-?[а-яәғқңөұүһі]+)?|қорым\w*|қорғандар\w*|"
    r"(?:(?:көмір|мыс|темір|алтын|уран|хром)\s+)?(?:кеніш(?!тер)|разрез(?!дер)|шахтас)\w*|"
    r"(?:асу|шың)(?:ы|ын)\w*|карьер\w*|(?:халықаралық\s+)?әуежай\w*|станса\w*|станция(?:сы|сын|ға|да|дан)\w*|полигон\w*|"
    # landmarks and stadiums: "Бәйтерек монументі", "Хазірет Сұлтан мешітінде", "Қажымұқан стадионында"
    # (Kazakh forms only: "Центральном стадионе" is Russian, an adjective before the head noun)
    r"монумент(?:і|ін|те|ке|тің|тен)\w*|мешіт\w*|собор(?:ы|ын|да|ға|дың|дан)\w*|"
    r"стадион(?:ы|ын|да|ға|ның|нан)\w*)(?![\w-])"
)
# "Иванов жотасында" (a ridge), "Булаево станциясында" (a railway station), "Қорғас шекара заставасының"
KK_HEAD_LAST_RE = re.compile(rf"(?<![\w-])(?P<name>[{_UP}][\w-]+)\s+"
                             r"(?P<head>жотас\w*|станцияс\w*|шекара\s+заставас\w*)(?![\w-])")
_KK_COMPASS = re.compile(r"(?:Батыс|Шығыс|Солтүстік|Оңтүстік|Орталық)\s+$")
KK_ATTRIBUTIVE = ("дағы", "дегі", "тағы", "тегі")
KK_LOCATIVE = ("да", "де", "та", "те")
KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")  # Kazakh genitive endings
KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")  # Kazakh ablative endings ("from X")
KK_FAC_SUB = {"ұлттық": "nature reserve", "табиғи": "nature reserve", "резерват": "nature reserve",
              **{w: "plant" for w in ("мыс", "мырыш", "қорғасын", "алюминий", "глинозем", "цемент", "мұнай", "газ",
                                       "темір", "болат", "көмір", "шойын", "ферроқорытпа", "титан", "химия",
                                       "металлургия")}, "теңіз": "port", "сауда": "port", "порт": "port", "кен": "oil field",
              "кесене": "landmark", "қорығ": "nature reserve", "мемлекеттік": "nature reserve",
              "су электр": "power plant", "жылу электр": "power plant", "жэо": "power plant", "қорым": "burial ground", "қорған": "burial ground",
              "су": "reservoir", "зауыт": "plant", "бөгет": "dam", "станс": "railway station", "станц": "railway station",
              "асу": "pass", "шың": "mountain", "карьер": "mine", "әуежай": "airport",
              "халықаралық": "airport", "монумент": "landmark", "мешіт": "landmark", "собор": "landmark",
              "стадион": "stadium", "полигон": "test site"}
_KK_FAC_EN = {"nature reserve": "National Park", "port": "Port", "oil field": "field", "landmark": "Mausoleum",
              "reservoir": "Reservoir", "plant": "plant", "pass": "Pass", "mountain": "Peak", "mine": "quarry",
              "airport": "Airport", "ridge": "Ridge", "railway station": "station", "border crossing": "border post",
              "power plant": "power plant", "burial ground": "burial ground", "dam": "Dam", "test site": "test site"}
_KK_LANDMARK_EN = {"мону": "monument", "меші": "Mosque", "собо": "Cathedral", "стад": "Stadium"}
_CAP_WORD_BEFORE = re.compile(rf"(?<![\w-])[{_UP}][а-яёәғқңөұүһі]+$")
# Russian works and reservoirs named by a town's adjective: "Балхашского медеплавильного завода",
# "Сергеевского водохранилища", "Павлодарский нефтехимический завод", "Экибастузской ГРЭС"
RU_ADJ_FAC_RE = re.compile(
    rf"(?<![\w-])(?P<name>[{_UP}][\w-]+?(?:ск|цк)(?:ого|ий|ая|ое|ой|ом|ому|им|ую|ая)"
    r"(?:\s+[а-яё-]+(?:ого|ий|ый|ая|ое|ой|ом|ому|ым|им|ую)){0,2})\s+"
    r"(?P<head>завод[аеуом]*|комбинат[аеуом]*|водохранилищ[аеуми]*|полигон[аеуом]*|карьер[аеуом]*|перевал[аеуом]*|"
    r"рудник[аеу]?|рудником|шахт[аеуы]|шахтой|разрез[аеу]?|разрезом|плотин[аеуы]|плотиной|"
    r"национальн\w+\s+(?:природн\w+\s+)?парк[аеу]?|заповедник[аеу]?|(?:природн\w+\s+)?резерват\w*|"
    r"(?:ГРЭС|ГЭС|ТЭЦ|АЭС)(?:-\d{1,2})?|"
    # natural features named by an adjective ("в Чарынском каньоне", "Кольсайского озера")
    r"каньон[аеу]?|каньоном|озер[аоеу]|озером|ущель[еяю]|ущельем|"
    # deposits named by a town's adjective ("Хромтауское месторождение хромитов")
    r"месторождени[еяюи]|месторождением|"
    # the ruins of an old town named by the adjective of today's ("Шымкентское городище", "Талгарского городища")
    r"городищ[еаиу]|городищем)(?![\w-])"
)
RU_ADJ_FAC_SUB = {"завод": "plant", "комбинат": "plant", "водохранилищ": "reservoir", "полигон": "test site",
                  "карьер": "mine", "перевал": "pass", "рудник": "mine", "шахт": "mine", "разрез": "mine", "плотин": "dam", "национальн": "nature reserve", "заповедник": "nature reserve",
                  "природн": "nature reserve", "резерват": "nature reserve",
                  "грэс": "power plant",
                  "гэс": "power plant", "тэц": "power plant", "аэс": "power plant",
                  "каньон": "canyon", "озер": "lake", "ущель": "valley", "месторожден": "oil field",
                  "городищ": "landmark"}  # (looked up in lower case)
RIVER_CUE_RE = re.compile(rf"(?<![\w-])(?:[рР]еки|[рР]ека|[рР]еке|[рР]еку|[рР]екой|озера|озеро|озере|водохранилищ[аеу]?|"
                          rf"хребет|хребта|хребте|хребту|хребтом|горы|горах|горам|ущель(?:е|я|ю|ем))[ \u00a0]+(?P<name>[{_UP}][\w-]+)")
#: A unit noun right after a name ("горах Алма-Атинской области"): the name is the unit's adjective.
_UNIT_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:област|район|округ|облыс|аудан)", re.I)
RU_RIVERS_RE = re.compile(
    rf"(?<![\w-])(?:[рР]еках|[рР]ек|[рР]еками|[рР]екам)\s+(?P<items>[{_UP}][\w-]+(?:,\s*[{_UP}][\w-]+)*\s+и\s+[{_UP}][\w-]+)")
KK_RIVERS_RE = re.compile(
    rf"(?<![\w-])(?P<items>[{_UP}][\w-]+(?:,\s*[{_UP}][\w-]+)*\s+(?:және|мен|бен|пен)\s+[{_UP}][\w-]+)\s+өзендер\w*")
_LIST_NAME = re.compile(rf"[{_UP}][\w-]+")
# parts of a city named by a head word before their name or number ("микрорайоне Айнабулак",
# "мкр. Самал-2", "microdistrict 5") or by a number before the head word ("14-й микрорайон",
# "в 12-м мкр.", "28th microdistrict", "5-ші шағын ауданда"); a name before the head word in
# English or Kazakh comes through EN_RE and KK_STREET_RE
_MICRO_HEAD = r"микрорайон\w*|мкрн?\.?|microdistrict"
MICRO_RE = re.compile(
    rf"(?<![\w-])(?:(?P<head>{_MICRO_HEAD})[ \u00a0]*(?:(?:No\.|№)[ \u00a0]*)?"
    rf"(?P<name>«[^»\n]{{2,40}}»|[{_UP}][\w]+(?:-\d{{1,2}}[а-яА-Я]?)?|\d{{1,2}}(?:-?[{_UP}а-яa-z](?![\w]))?)(?![\w-])"
    rf"|(?P<pre>[A-Z][a-z]+(?:-\d{{1,2}})?)[ \u00a0]+microdistrict(?![\w-])"
    rf"|(?P<num>\d{{1,2}})(?:-?(?:st|nd|rd|th|й|м|го|ом|ый|ой|ші|шы|ғы|гі|інші|ыншы))?(?:[ \u00a0]+|-(?=шағын|ықшам))"
    rf"(?P<head2>{_MICRO_HEAD}|(?:шағын|ықшам)[ \u00a0]*аудан\w*)(?![\w-]))"
)


_NAME_ONLY_SUBS = frozenset(["nature reserve", "railway station", "oil field", "mine", "port"])
_CAMEL = re.compile(r"[a-z][A-Z]")
#: A Russian unit adjective ("Темирского", "Мугалжарской") before "района", "области" after a name.
_RU_UNIT_ADJ = re.compile(r"[А-ЯЁ][а-яё-]+(?:ск|цк)(?:ого|ой|ом|ому|ий|ая)")
_UNIT_NOUN_AFTER = re.compile(r"\s+(?:район|област|округ)\w*")
_RU_SURNAME = re.compile(r"\s[А-ЯЁ]\w+(?:ов|ев|ёв|ин|ова|ева|ина|ович|евич|ұлы|қызы)$")


def _sub(head: str, table: dict) -> str:
    h = head.lower()
    for k, v in table.items():
        if h.startswith(k):
            return v
    return "facility"


_CLOSE_QUOTES = ("'", "’", '"', "”")


def _quoted_before(prev: list[str]) -> bool:
    """Whether a name in quotes ends one of the last two words ("the 'Mirlan' clothing market")."""
    return prev[-1].endswith(_CLOSE_QUOTES) or (len(prev) > 1 and prev[-2].endswith(_CLOSE_QUOTES))


def find(text: str, folded: str | None = None, positions=None) -> list[dict]:
    """Facilities in ``text`` (``folded``: its ``normalize.fold`` copy; ``positions``: its
    ``hints.scan(...)["fac"]``, if at hand)."""
    if folded is None:
        from .normalize import fold

        folded = fold(text)
    if positions is None:
        from .hints import scan

        positions = scan(folded)["fac"]
    wins: list[list[int]] = []
    n = len(text)
    for start, stop in positions:
        latin = text[start].isascii()
        if folded[start:stop] in _KK_LATIN_HEADS:
            latin = True  # "Balqash kóliniń", "Ile özenine": a Kazakh head word in Latin letters, with its suffix
        elif latin:
            # an English head word is a whole word ("dam", not "damaged") after a capitalised name or a code
            end = stop + 1 if stop < n and text[stop] in "sS" else stop
            if end < n and text[end].isalpha():
                continue
            prev = text[max(0, start - 60):start].rsplit(None, 4)  # (the last few words are enough)
            # "Lake Alakol", "microdistrict 5": the name or number after the head word
            head_first = text[end + 1:end + 2].isdigit() or (text[start].isupper() and text[end + 1:end + 2].isupper()) \
                or text.startswith("No.", end + 1)
            if prev and len(prev) > 1 and (prev[-1] in MINE_MODIFIERS
                                           or f"{prev[-1].lower()} {text[start:stop].lower()}" in EN_HEADS):
                prev = prev[:-1]  # "Annensky copper mine", "Khorgos dry port": the name is before these
                while len(prev) > 1 and prev[-1] in MINE_MODIFIERS:
                    prev = prev[:-1]  # "Karazhyra open-pit coal mine": up to three of them
            if len(prev) > 1 and prev[-1] in _EN_TITLES:
                prev = prev[:-1]  # "Kazybek bi Street": the name before the title
            if not head_first and (not prev or not (prev[-1][:1].isupper() or _has_digit(prev[-1])
                                                    or _quoted_before(prev))):
                continue
        a, b = (max(0, start - 110), min(n, stop + 25)) if latin else (max(0, start - 70), min(n, stop + 60))
        # (whether a works or Kazakh head-last noun opened the window: only then are those patterns tried)
        works = not latin and text[start:start + 3].lower() in _WORKS_P3
        if wins and a <= wins[-1][1] and wins[-1][2] == latin:
            wins[-1][1] = b
            wins[-1][3] = wins[-1][3] or works
        else:
            wins.append([a, b, latin, works])
    out = []
    stops = [e for _, e in positions]  # in order: the trigger words come by their end
    for a, b, latin, works in wins:
        out.extend(_find_latin(text, a, b, _singular_head(text, a, b, positions, stops)) if latin
                   else _find_cyrillic(text, a, b, works))
    out.sort(key=lambda r: (r["start"], -r["end"]))
    res, last = [], -1
    for r in out:
        if r["start"] >= last:
            if r["subkind"] == "residential complex":
                # a housing estate is named, not placed, by a place: "the Astana Grand residential
                # complex", "ЖК «Астана»" in Almaty
                r["named_after"] = True
            res.append(r)
            last = r["end"]
    return res


# Every match of a head-word pattern contains one of these literal strings (the patterns are
# case-sensitive): a window without any of them is not searched with that pattern.
GATES = {
    ROAD_RE: ("road", "highway", "motorway", "route", "трасс"),
    HEAD_FIRST_RE: ("Lake", "Mount", "Mt."),
    RU_RE: ("парк", "заповедник", "перевал", "улиц", "ул.", "проспект", "пр-т", "пр.", "просп.", "площад", "пл.", "мавзоле", "рын", "шахт", "рудник",
            "аэропорт", "порт", "разрез", "месторождени", "станци", "стадион", "Улиц", "Проспект", "Площад", "торгов", "ТЦ",
            "ТРЦ"),
    MICRO_RE: ("микрорайон", "мкр", "шағын", "ықшам", "microdistrict"),
    QUOTED_HEAD_RE: ("»",),
    RU_MINE_RE: ("«",),
    BORDER_RE: ("КПП", "пропуска", "ереход", "бекет", "өткел", "пост", "Пост", "пункт", "Пункт"),
    NAMED_AFTER_RE: ("имени", "атындағы"),
    KK_STREET_RE: ("даңғыл", "көше", "алаң", "шағын", "ықшам"),
    KK_RIVER_RE: ("өзені", "көлі", "шатқал", "аңғар", "тауы", "тауын"),
    RIVER_CUE_RE: ("рек", "Рек", "озер", "водохранилищ", "хреб", "гор", "ущель"),
    KK_FAC_RE: ("парк", "порт", "кен орн", "кесене", "қорығ", "резерват", "су қойма", "зауыт", "кеніш", "разрез", "шахтас", "асуы",
                "асуын", "шыңы", "монумент", "мешіт", "собор", "стадион", "электр", "ЖЭО", "қорым", "қорғандар",
                "шыңын", "карьер", "әуежай", "бөгет", "станса", "станция", "полигон"),
    RU_ADJ_FAC_RE: ("завод", "комбинат", "водохранилищ", "полигон", "карьер", "перевал", "парк", "заповедник", "рудник",
                    "шахт", "разрез", "плотин", "резерват", "ГРЭС",
                    "ГЭС", "ТЭЦ", "АЭС", "каньон", "озер", "ущель", "месторожден", "городищ"),
}

# the gates as plain names: a compiled pattern hashes its whole code, so looking one up in
# GATES for every window would cost more than the search it saves
_G_ROAD_RE = GATES[ROAD_RE]
_G_HEAD_FIRST_RE = GATES[HEAD_FIRST_RE]
_G_RU_RE = GATES[RU_RE]
_G_MICRO_RE = GATES[MICRO_RE]
_G_QUOTED_HEAD_RE = GATES[QUOTED_HEAD_RE]
_G_RU_MINE_RE = GATES[RU_MINE_RE]
_G_BORDER_RE = GATES[BORDER_RE]
_G_NAMED_AFTER_RE = GATES[NAMED_AFTER_RE]
_G_KK_STREET_RE = GATES[KK_STREET_RE]
_G_KK_RIVER_RE = GATES[KK_RIVER_RE]
_G_RIVER_CUE_RE = GATES[RIVER_CUE_RE]
_G_KK_FAC_RE = GATES[KK_FAC_RE]
_G_RU_ADJ_FAC_RE = GATES[RU_ADJ_FAC_RE]


# the first three letters of the trigger words of the two patterns above (lower case)
_WORKS_P3 = frozenset(w[:3].lower() for w in _G_KK_FAC_RE + _G_RU_ADJ_FAC_RE)


def _has_digit(word: str) -> bool:
    return not word.isalpha() and any(ch.isdigit() for ch in word)  # (letters only: no digit)


def _has(window: str, words: tuple) -> bool:
    for w in words:
        if w in window:
            return True
    return False


# characters that IGNORECASE matching equates with an ASCII letter although str.lower() does not
# fold them onto it (the trigger words are found in the lower-cased text)
_ODD_CASE = ("\u0131", "\u017f", "\u0130")


def _singular_head(text: str, a: int, b: int, positions, stops=None) -> bool:
    """False only when no match of EN_RE can lie in ``text[a:b]``: every match ends with a head word
    whose last word is a trigger word (``positions``, ordered by their ends ``stops``) after a space
    and before no letter, digit or hyphen ("Caspian ports" has none), or an acronym's number
    ("Semey CHP-1")."""
    w = text[a:b]
    if any(ch in w for ch in _ODD_CASE):
        return True
    if stops is None:
        stops = [e for _, e in positions]
    for i in range(bisect_right(stops, a), bisect_right(stops, b)):
        start, stop = positions[i]
        if a < start and text[start - 1] in " \u00a0" and (
                stop == b or not (text[stop].isalnum() or text[stop] in "_-")
                or (text[stop] == "-" and text[stop - 1].isupper() and text[stop + 1:stop + 2].isdigit())):
            return True
    return False


#: A market or a shopping centre with its name in quotes: "the 'Mirlan' clothing market",
#: "the \"Asar\" shopping centre" (the name alone is the mention).
EN_QUOTED_MARKET_RE = re.compile(
    r"['‘\"“](?P<name>[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,2})['’\"”][ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?P<head>market|bazaar|shopping[ \u00a0]+(?:centre|center|mall)|mall)(?![\w-])")


def _find_latin(text: str, a: int, b: int, heads: bool = True) -> list[dict]:
    out = []
    for m in (EN_QUOTED_MARKET_RE.finditer(text, a, b) if heads else ()):
        out.append(_rec(m.start("name"), m.end("name"), m.group("name"), "market", _label(m.group("name"), "market")))
    for m in (EN_RE.finditer(text, a, b) if heads else ()):
        words = list(re.finditer(r"\S+", m.group("name")))
        keep = []
        for w in words:
            tok = w.group(0)
            if tok.endswith(("'s", "’s")) or (not keep and tok in _LEAD_WORDS):
                keep = []  # "Turkistan's Quanysh Market": the name starts after the possessive
                continue
            keep.append(w)
        if not keep:
            continue
        if any(_CAMEL.search(w.group(0)) for w in keep):
            continue  # CamelCase company names (ArcelorMittal)
        if all(w.group(0) in DEMONYMS for w in keep):
            continue  # "the Russian port", "Chinese border checkpoint": no name
        s0 = m.start("name") + keep[0].start()
        head = _SPACES.sub(" ", m.group("head").lower())
        det = text[s0 - 4:s0] in ("the ", "The ")
        if head in _VERB_HEADS and (not m.group("head").islower() or (VERB_NEXT.match(text, m.end()) and not det)):
            # "Deputies Pass Budget", "visits to Almaty peak in July": a verb ("the Kokpek pass on
            # the road": a noun after its article)
            continue
        sub = EN_HEADS[head]
        if head == "field" and (nw := _NEXT_WORD_EN.match(text, m.end())) is not None \
                and nw.group(1).lower() in _FIELD_NOUNS:
            continue  # "the Aktobe field office", "an Almaty field hospital": a noun, no oil field
        if sub == "railway" and m.group("head").islower():
            continue  # "the Almaty-Bishkek railway": a route between two places, each a mention
        out.append(_rec(s0, m.end(), text[s0:m.end()], sub))
        if sub == "border crossing":
            out[-1]["border_name"] = text[s0:m.start("head")].strip()
            if head in _KNOWN_ONLY_HEADS:
                # ("the Abai crossing" may be a street's, "the Almaty post office" a post office's:
                # only a crossing the data knows)
                out[-1]["known_only"] = True
    w = text[a:b]
    for g in (_EN_PLURAL_GATE.finditer(text, a, b) if " and " in w else ()):
        # (the list ends "and Name <heads>": the whole list is looked for only before such an end)
        m = EN_PLURAL_RE.search(text, max(a, g.start() - 80), g.end())
        if m is None:
            continue
        # "through the Dostyk and Altynkol crossings", "the Karaton and Kenbai fields": the plural
        # head word names each item of the list
        head = _SPACES.sub(" ", m.group("head").lower())[:-1]
        sub = EN_HEADS.get(head, EN_HEADS.get(head.rsplit(" ", 1)[-1], "facility"))
        if sub == "street" and _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Abai, Tole Bi and Zhandosov streets": a name of two words, not read one by one
        for it in re.finditer(r"[A-Z][\w'’-]+", m.group("items")):
            if it.group(0) in _LEAD_WORDS or it.group(0) in DEMONYMS:
                continue
            s0, s1 = m.start("items") + it.start(), m.start("items") + it.end()
            label = _label(it.group(0), sub) if sub == "river" else (
                f"{it.group(0)} {head.title()}" if sub == "street" else None)
            out.append(_rec(s0, s1, it.group(0), sub, label))
            if sub == "border crossing":
                out[-1]["border_name"] = it.group(0)
    for m in (ROAD_RE.finditer(text, a, b) if _has(w, _G_ROAD_RE) else ()):
        out.append(_rec(m.start(), m.end(), text[m.start():m.end()], "road"))
    for m in (HEAD_FIRST_RE.finditer(text, a, b) if _has(w, _G_HEAD_FIRST_RE) else ()):
        out.append(_rec(m.start(), m.end(), text[m.start():m.end()], "lake" if m.group("head") == "Lake" else "mountain"))
    if "microdistrict" in w:
        out.extend(_micro(text, a, b))
    for m in (KK_LATIN_RIVER_RE.finditer(text, a, b) if _has(w, _KK_LATIN_GATE) else ()):
        sub = "lake" if m.group("head")[:1] in "kK" else ("sea" if m.group("head")[:1] in "tT" else "river")
        out.append(_rec(m.start(), m.end(), text[m.start():m.end()], sub, _label(m.group("name"), sub)))
    for m in (KK_LATIN_STREET_RE.finditer(text, a, b) if _has(w, _KK_LATIN_STREET_GATE) else ()):
        first = m.group("name").split(None, 1)
        if len(first) == 2 and _KK_LATIN_CASE_END.search(first[0]):
            # "Almatyda Baızaqov kóşesiniń": the town in the locative or genitive, then the street
            m = KK_LATIN_STREET_RE.match(text, m.end("name") - len(first[1]), m.end())
            if m is None:
                continue
        if _sentence_start(text, m.start()) and not _known_name(m.group("name")) and " " not in m.group("name"):
            continue  # ("Bul kóşede": a capitalised first word, no name)
        sub = "street"
        head = "Avenue" if m.group("head")[:1] in "dD" else "Street"
        out.append(_rec(m.start(), m.end(), text[m.start():m.end()], sub, f"{m.group('name')} {head}"))
    return out


def _micro(text: str, a: int, b: int) -> list[dict]:
    """Parts of a city named by a head word and a name or number (see MICRO_RE)."""
    out = []
    pos = a
    while (m := MICRO_RE.search(text, pos, b)) is not None:
        pos = m.end()
        if m.group("pre") is not None and (m.group("pre") in _LEAD_WORDS or m.group("pre") in _ADVERB_WORDS):
            # "Then microdistrict No. 5", "The microdistrict": no name before the head word, which
            # may have its name or number after it
            pos = m.end("pre")
            continue
        name = m.group("name") or m.group("pre")
        if name is None:  # "14-й микрорайон", "28th microdistrict": the number and the head word
            out.append(_rec(m.start(), m.end(), text[m.start():m.end()], "microdistrict",
                            f"{m.group('num')} microdistrict"))
        elif name[0].isdigit():  # "мкр. 5", "microdistrict No. 12": the head word and the number
            out.append(_rec(m.start(), m.end(), text[m.start():m.end()], "microdistrict", f"{name} microdistrict"))
        elif name in _LEAD_WORDS:
            continue  # "микрорайон В": no name
        else:  # "микрорайоне Айнабулак", «Тұран»: only the name; "Zhuldyz microdistrict": name and head
            s0, s1 = (m.start("name"), m.end("name")) if m.group("name") else (m.start("pre"), m.end())
            if name.startswith("«"):
                s0, s1 = s0 + 1, s1 - 1
            rec = _rec(s0, s1, text[s0:s1], "microdistrict")
            rec["weak"] = True  # a microdistrict the gazetteer knows ("мкр. Шанырак") comes first
            out.append(rec)
    return out


#: A capitalised Russian adjective just before a facility noun: the facility's own name.
_RU_NAMED_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё-]+(?:ом|ой|ий|ый|ая|ое|ого|ому|ую|ым)[ \u00a0]+$")
#: Words of a company's name inside quotes.
_COMPANY_QUOTED = re.compile(r"(?i)мунайгаз|мұнайгаз|ойл\b|oil|энерго|трейд|холдинг|инвест|групп|металл|цинк|[А-ЯЁA-Z]{2,}-")


def _find_cyrillic(text: str, a: int, b: int, works: bool = True) -> list[dict]:
    out = []
    w = text[a:b]
    if "«" in w and ("танци" in w or "бекет" in w):
        for m in RU_STATIONS_RE.finditer(text, a, min(len(text), b + 400)):  # (a list may run past the window)
            base = m.start("items")
            for it in _QUOTED_ITEM.finditer(m.group("items")):  # (each matched _Q)
                out.append(_rec(base + it.start(1), base + it.end(1), it.group(1), "railway station",
                                _label(it.group(1), "railway station")))
                if base - m.start() > 9 and ("метро" in text[m.start():base] or "LRT" in text[m.start():base]):
                    out[-1]["metro_only"] = True  # ("станции метро «Юго-Западная» в Москве": none of ours)
        for m in KK_STATION_RE.finditer(text, a, b):
            out.append(_rec(m.start("name"), m.end("name"), m.group("name"), "railway station",
                            _label(m.group("name"), "railway station")))
            out[-1]["metro_only"] = True
    if _has(w, _G_MICRO_RE):
        out.extend(_micro(text, a, b))
    for m in (RU_RE.finditer(text, a, b) if _has(w, _G_RU_RE) else ()):
        sub = _sub(m.group("head"), RU_HEAD_SUB)
        if sub == "stadium" and not m.group("name").startswith("«"):
            continue  # "директор стадиона Нурлан Жайыков": only a quoted name names the stadium
        if sub in _NAME_ONLY_SUBS and not m.group("name").startswith("«"):
            # "заповеднике Аксу-Жабаглы", "станции Аягоз", "месторождения Тенгиз": like a river's,
            # the generic noun before these names is no part of them (streets and squares keep it)
            name = m.group("name")
            if sub != "nature reserve" and " " in name and _RU_SURNAME.search(name):
                continue  # "начальник спасательной станции Бауыржан Иртышев": a person
            if "разрез" in m.group("head").lower():
                if text[m.start() - 2:m.start()].lower() == "в " and m.group("head")[:1] in "рР":
                    continue  # "в разрезе регионов, Казахстана": "broken down by" ("на разрезе", "угольный разрез")
                out.append(_rec(s0 := m.start("name"), m.end("name"), name, sub, _label(name, sub)))
                continue
            s0, s1 = m.start("name"), m.end("name")
            if " " in name and _UNIT_NOUN_AFTER.match(text, s1):
                first, _, last = name.rpartition(" ")
                if _RU_UNIT_ADJ.fullmatch(last):
                    # "станции Шубаркудук Темирского района": the district's adjective is no part of the name
                    name, s1 = first, s0 + len(first)
            if sub == "port":
                name = name.split(" и ")[0].split()[0]  # "портом Курык и Баку": one port
                s1 = s0 + len(name)
                out.append(_rec(s0, s1, name, sub, f"Port of {_romanized(name)}"))
                out[-1]["foreign_yields"] = True  # "в порт Баку": a foreign port stays the foreign city
                continue
            out.append(_rec(s0, s1, name, sub))
            continue
        if m.group("name").startswith("«"):  # шахте «Восточная»: only the quoted name is the mention
            s0, s1 = m.start("name") + 1, m.end("name") - 1
            if _RU_NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _COMPANY_QUOTED.search(text, s0, s1):
                # "на Малеевском руднике «Казцинка»": the facility has its name; the quoted one after it
                # is its owner; "месторождения «СНПС-Актобемунайгаз»": a company's fields
                continue
            out.append(_rec(s0, s1, text[s0:s1], sub, _label(text[s0:s1], sub)))
            continue
        label = None
        head_low = m.group("head").lower()
        if sub == "street" and head_low in _STREETS_PLURAL:
            if " и " not in m.group("name"):
                continue  # "на улицах Шымкента": the streets of a city are the city
            # "на перекрёстке улиц Жибек Жолы и Сейфуллина": the plural noun names each street of
            # the list; each name alone is a street (the noun stays out, as after "улице")
            name, pos, parts = m.group("name"), 0, []
            for sep in re.finditer(r"\s+и\s+", name):
                parts.append((pos, sep.start()))
                pos = sep.end()
            parts.append((pos, len(name)))
            for a0, a1 in parts:
                s0, s1 = m.start("name") + a0, m.start("name") + a1
                nm = text[s0:s1]
                lat = [_TITLE_EN.get(w, w) for w in _romanized(_ru_nominative(nm)).split()]
                out.append(_rec(s0, s1, nm, sub, f"{' '.join(lat)} {_EN_LABEL[sub]}"))
            continue
        if sub in ("street", "square"):
            en = "Avenue" if m.group("head").lower().startswith(("проспект", "пр")) else _EN_LABEL[sub]
            lat = [_TITLE_EN.get(w, w) for w in _romanized(_ru_nominative(m.group("name"))).split()]
            label = f"{' '.join(lat)} {en}"
        out.append(_rec(m.start(), m.end(), text[m.start():m.end()], sub, label))
    for m in (QUOTED_HEAD_RE.finditer(text, a, b) if _has(w, _G_QUOTED_HEAD_RE) else ()):
        sub = _sub(m.group("head"), QUOTED_SUB)
        out.append(_rec(m.start("name"), m.end("name"), m.group("name"), sub, _label(m.group("name"), sub)))
    for m in (BORDER_RE.finditer(text, a, b) if _has(w, _G_BORDER_RE) else ()):
        g = "q" if m.group("q") else ("kq" if m.group("kq") else ("pq" if m.group("pq") else (
            "kpq" if m.group("kpq") else None)))
        if g is None and m.group("kname") and _generic_kk_name(text, m.start("kname"), m.group("kname")):
            continue  # "Аудандағы өткізу бекеттерінің": "in the district", no name
        if g:  # a quoted name: only the name
            out.append(_rec(m.start(g), m.end(g), m.group(g), "border crossing"))
        else:
            out.append(_rec(m.start(), m.end(), text[m.start():m.end()], "border crossing"))
        bare = m.group(g or ("name" if m.group("name") else ("kname" if m.group("kname") else "kpost")))
        if g is None and bare.endswith(KK_ATTRIBUTIVE) and not m.group("name"):
            # "Қорғастағы шекара бекетінен": the post in the town, named by the town; only a crossing
            # the data knows by the town's name
            bare = bare[:-4]
            out[-1]["known_only"] = True
        out[-1]["border_name"] = bare
        if m.group("kpost") or m.group("pq") or m.group("kpq"):
            out[-1]["known_only"] = True
    for m in (RU_BORDER_LIST_RE.finditer(text, a, b) if _has(w, _G_BORDER_RE) else ()):
        base = m.start("items")
        for it in _QUOTED_ITEM.finditer(m.group("items")):
            if any(r["start"] == base + it.start(1) for r in out):
                continue  # (the first item after a singular-looking head: "КПП «А» и «Б»")
            out.append(_rec(base + it.start(1), base + it.end(1), it.group(1), "border crossing"))
            out[-1]["border_name"] = it.group(1)
            out[-1]["known_only"] = True
    for m in (RU_MINE_RE.finditer(text, a, b) if _has(w, _G_RU_MINE_RE) else ()):
        if _RU_NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                or _COMPANY_QUOTED.search(text, m.start("name"), m.end("name")):
            continue  # (the owner after a named mine, a company's fields: see above)
        sub = _sub(m.group("head"), QUOTED_SUB)
        out.append(_rec(m.start("name"), m.end("name"), m.group("name"), sub, _label(m.group("name"), sub)))
    for m in chain(RU_HOUSING_RE.finditer(text, a, b) if ("ЖК" in w or "комплекс" in w) else (),
                   KK_HOUSING_RE.finditer(text, a, b) if "кешен" in w else ()):
        out.append(_rec(m.start("name"), m.end("name"), m.group("name"), "residential complex",
                        f"{_romanized(m.group('name'))} residential complex"))  # (named_after: see find)
    for m in (NAMED_AFTER_RE.finditer(text, a, b) if _has(w, _G_NAMED_AFTER_RE) else ()):
        head = m.group("ru_head") or m.group("kk_head")
        sub = _sub(head, {**RU_HEAD_SUB, **QUOTED_SUB})
        rec = _rec(m.start(), m.end(), text[m.start():m.end()], sub)
        rec["named_after"] = True  # a person's name: where it lies comes from the text around it
        out.append(rec)
    for m in (KK_STREET_RE.finditer(text, a, b) if _has(w, _G_KK_STREET_RE) else ()):
        h = m.group("head")
        first = m.group("name").split(None, 1)
        if len(first) == 2 and (first[0].endswith(KK_GENITIVE + KK_ATTRIBUTIVE) or (
                first[0].endswith(KK_LOCATIVE) and _known_name(first[0][:-2]))):
            # "Алматының Көктем шағын ауданы", "Астананың Абай даңғылы", "Семейдегі Шәкәрім даңғылы",
            # "Оралда Абай даңғылы": the genitive (or "in X") is the town
            # the street or microdistrict lies in, not a part of its name
            m = KK_STREET_RE.match(text, m.end("name") - len(first[1]), m.end())
            if m is None:
                continue
        if _generic_kk_name(text, m.start("name"), m.group("name")):
            continue  # "Облыстағы алаңдарда", "Орталық алаңда": a common word opening the sentence, no name
        sub = "street" if h.startswith(("даңғыл", "көше")) else ("square" if h.startswith("алаң") else "microdistrict")
        label = _label(m.group("name"), "avenue" if h.startswith("даңғыл") else sub)
        if sub == "microdistrict":
            # "Жетісу-3 шағын ауданында": the name and its head noun; a microdistrict the gazetteer
            # knows comes first, and a plural head noun stays out ("Нұрсат пен Самал шағын аудандарында")
            end = m.end("name") if "аудандар" in h else m.end()
            rec = _rec(m.start("name"), end, text[m.start("name"):end], sub, label)
            rec["weak"] = True
            if "аудандар" in h:
                # the earlier items of a list the plural head noun ends: "Самал, Арай және Шұғыла
                # шағынаудандарындағы" (each a microdistrict of the town, not a village of that name)
                pos, items = m.start("name"), []
                while (lm := _KK_LIST_ITEM_BEFORE.search(text, max(0, pos - 40), pos)) is not None \
                        and not lm.group(1).endswith(KK_GENITIVE + KK_ATTRIBUTIVE + KK_LOCATIVE) \
                        and not _generic_kk_name(text, lm.start(1), lm.group(1)):
                    item = _rec(lm.start(1), lm.end(1), lm.group(1), sub, _label(lm.group(1), sub))
                    item["weak"] = True
                    items.append(item)
                    pos = lm.start(1)
                out.extend(reversed(items))
            out.append(rec)
            continue
        out.append(_rec(m.start(), m.end(), text[m.start():m.end()], sub, label))
    for m in (QUOTED_ARENA_RE.finditer(text, a, b) if _has(w, ("Арен", "Arena")) else ()):
        out.append(_rec(m.start("name"), m.end("name"), m.group("name"), "stadium"))
    for m in (KK_RIVER_RE.finditer(text, a, b) if _has(w, _G_KK_RIVER_RE) else ()):
        h = m.group("head")
        sub = "river" if h.startswith("өзен") else ("valley" if h.startswith(("шатқал", "аңғар")) else (
            "mountains" if h.startswith("тау") else "lake"))
        out.append(_rec(m.start(), m.end(), text[m.start():m.end()], sub, _label(m.group("name"), sub)))
        out[-1]["weak"] = True  # a gazetteer entry with the same span comes first ("Еділ өзені": the Volga)
    for m in (KK_FAC_RE.finditer(text, a, b) if works and _has(w, _G_KK_FAC_RE) else ()):
        if m.group("name").endswith(KK_ATTRIBUTIVE):
            continue  # "Жидебайдағы кесене": the mausoleum in a place, not named by it
        if _sentence_start(text, m.start()) and not _known_name(m.group("name")):
            continue  # "Бұл порт", "Жаңа кен орнында": a capitalised first word, no name
        head = m.group("head")
        if "кеніш" in head or "разрез" in head or "шахтас" in head:  # "Қаражыра көмір кеніші": a mine, whatever it yields
            sub, en = "mine", "mine"
        else:
            sub = _sub(head, KK_FAC_SUB)
            en = "Nature Reserve" if head.startswith(("қорығ", "табиғи", "резерват", "мемлекеттік")) else (
                _KK_LANDMARK_EN.get(head[:4]) or _KK_FAC_EN[sub])
        s0, name = m.start(), m.group("name")
        if s0 >= 6 and text[s0 - 1] == " " and (cm := _KK_COMPASS.search(text, max(0, s0 - 12), s0)) is not None:
            s0 = cm.start()  # "Батыс Қаражал кеніші": a compass word opens the name (the West Karazhal mine)
            name = text[s0:m.end("name")]
        landmark = head[:4] in _KK_LANDMARK_EN
        if landmark:
            if s0 >= 2 and text[s0 - 1] == " " and (pm := _CAP_WORD_BEFORE.search(text, max(0, s0 - 30), s0 - 1)) \
                    and not _sentence_start(text, pm.start()):
                s0 = pm.start()  # "Хазірет Сұлтан мешіті": a two-word name
                name = text[s0:m.end("name")]
        if m.group("q"):
            s0, s1 = m.start("name"), m.end("name")  # "«Богатырь» разрезінің": the quoted name alone
        else:
            s1 = m.end()
        rec = _rec(s0, s1, text[s0:s1], sub, f"{_romanized(name)} {en}")
        rec["weak"] = True  # a gazetteer entry with the same span ("Махачкала портынан") comes first
        if landmark:
            # (a monument, mosque or stadium is named, not placed, by a village: "Бәйтерек монументі"
            # stands in Astana, not in a village Baiterek)
            rec["village_names"] = True
        out.append(rec)
    for m in (KK_HEAD_LAST_RE.finditer(text, a, b)
              if ("жотас" in w or "станцияс" in w or "заставас" in w) else ()):
        head = m.group("head")
        sub = "ridge" if head.startswith("жота") else ("railway station" if head.startswith("станция")
                                                        else "border crossing")
        rec = _rec(m.start(), m.end(), text[m.start():m.end()], sub, f"{_romanized(m.group('name'))} {_KK_FAC_EN[sub]}")
        rec["weak"] = True
        if sub == "border crossing":
            rec["border_name"] = m.group("name")  # (a crossing the gazetteer knows by that name: its own record)
        out.append(rec)
    for m in (RU_ADJ_FAC_RE.finditer(text, a, b) if works and _has(w, _G_RU_ADJ_FAC_RE) else ()):
        sub = _sub(m.group("head"), RU_ADJ_FAC_SUB)
        rec = _rec(m.start(), m.end(), text[m.start():m.end()], sub, _ru_adj_label(m.group("name"), m.group("head"), sub))
        rec["weak"] = True  # a gazetteer entry with the same span ("Сардобинского водохранилища") comes first
        out.append(rec)
    lists = chain(RU_RIVERS_RE.finditer(text, a, b) if ("рек" in w or "Рек" in w) else (),
                  KK_RIVERS_RE.finditer(text, a, b) if "өзендер" in w else ())
    for m in lists:
        # "в реках Урал и Кигач", "Жайық және Қиғаш өзендерінің": each river of a list that shares
        # the plural head
        base = m.start("items")
        for it in _LIST_NAME.finditer(m.group("items")):
            out.append(_rec(base + it.start(), base + it.end(), it.group(0), "river", _label(it.group(0), "river")))
    for m in (RIVER_CUE_RE.finditer(text, a, b) if _has(w, _G_RIVER_CUE_RE) else ()):
        if _UNIT_NOUN_AFTER.match(text, m.end("name")):
            continue  # "в горах Алма-Атинской области": the mountains of a unit the name is the adjective of
        low = m.group(0).lower()
        sub = "lake" if low.startswith("озер") else ("reservoir" if low.startswith("водохранилищ") else (
            "mountains" if low.startswith(("хреб", "гор")) else ("valley" if low.startswith("ущель") else "river")))
        out.append(_rec(m.start("name"), m.end("name"), m.group("name"), sub, _label(m.group("name"), sub)))
        if sub == "mountains":
            out[-1]["foreign_yields"] = True  # "в горах Кыргызстана": the mountains of a country, named by it
    return out


EN_PLURAL_RE = re.compile(
    r"(?<![\w-])(?P<items>[A-Z][\w'’-]+(?:,[ \u00a0]+[A-Z][\w'’-]+)*,?[ \u00a0]+and[ \u00a0]+[A-Z][\w'’-]+)[ \u00a0]+"
    r"(?P<head>(?:border[ \u00a0]+)?crossings|(?:border[ \u00a0]+)?checkpoints|(?:oil[ \u00a0]+|gas[ \u00a0]+)?fields"
    r"|(?:coal[ \u00a0]+|copper[ \u00a0]+)?mines|airports|(?:railway[ \u00a0]+)?stations|rivers"
    # ("the crossing of Al-Farabi and Dostyk avenues": each a street)
    r"|avenues|streets)(?![\w-])")
# (a literal start lets the search skip ahead: a character class there would test every character)
_EN_PLURAL_GATE = re.compile(r" and [A-Z][\w'’-]+ (?:(?:border|oil|gas|coal|copper|railway) )?"
                             r"(?:crossings|checkpoints|fields|mines|airports|stations|rivers|avenues|streets)(?![\w-])")
_NEXT_WORD_EN = re.compile(r"[ \u00a0]+([A-Za-z]+)")
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \u00a0]+$")
_FIELD_NOUNS = frozenset("""hospital hospitals office offices trip trips work worker workers day days test tests team teams
    staff camp camps research study studies mission missions commander commanders kitchen kitchens guide guides notes
    report reports visit visits exercise exercises unit units survey surveys school schools agent agents officer
    officers operations operation training trial trials season""".split())
_STREETS_PLURAL = frozenset(["улиц", "улицах", "улицами", "улицам"])
_TITLE_EN = {"i": "and", "khan": "Khan", "bi": "Bi", "batyr": "Batyr"}
_RU_GEN_ADJ = re.compile(r"(?:ой|ей)$")
_RU_GEN_NAME = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$|(?<=[аеиоу])я$")


def _ru_nominative(name: str) -> str:
    """A Russian street's name as it reads on its sign, from the genitive after "улица": each
    word of a person's name back in the nominative ("Машхур Жусупа" -> "Машхур Жусуп",
    "Бокейханова" -> "Бокейханов", "Абая" -> "Абай"), an adjective in the feminine
    ("Интернациональной" -> "Интернациональная")."""
    words = name.split()
    if len(words) == 1 and _RU_GEN_ADJ.search(words[0]) and words[0][-3:-2] not in "аеиоуыэюя":
        return words[0][:-2] + "ая"
    out = []
    for w in words:
        if not w.endswith(("ова", "ева", "ёва", "ина", "ына")) and _known_name(w):
            out.append(w)  # "площади Астана": a place's name left in the nominative
        elif w in ("и", "хана", "батыра", "би"):
            out.append({"хана": "хан", "батыра": "батыр"}.get(w, w))
        elif w.endswith("я") and len(w) > 3 and w[-2] in "аеиоу":
            out.append(w[:-1] + "й")
        else:
            out.append(_RU_GEN_NAME.sub("", w) if len(w) > 4 else w)
    return " ".join(out)


_RU_ADJ_EN = {"plant": "plant", "reservoir": "Reservoir", "test site": "test site", "mine": "mine", "pass": "Pass",
              "nature reserve": "Nature Reserve", "power plant": "power plant", "dam": "Dam",
              "landmark": "ancient settlement"}
_RU_FEMININE = ("шахт", "плотин", "ГРЭС", "ГЭС", "ТЭЦ", "АЭС")
_RU_ADJ_END = re.compile(r"(?:ого|ий|ая|ое|ой|ом|ому|им|ую)$")


def _ru_adj_label(name: str, head: str, sub: str) -> str:
    """"Sokolovsky mine" for "Соколовском подземном руднике": the adjective in the nominative of
    its head noun's gender, in Latin letters, and the English head ("Kokaralskaya Dam")."""
    adj = name.split()[0]
    if head.startswith(_RU_FEMININE):
        end = "ая"
    elif head.startswith(("водохранилищ", "городищ")):
        end = "ое"
    else:
        end = "ий"
    lat = _romanized(_RU_ADJ_END.sub(end, adj))
    if lat.endswith(("iy", "yy")):
        lat = lat[:-2] + "y"
    return f"{lat} {_RU_ADJ_EN.get(sub, sub)}"


def _rec(start, end, name, subkind, label=None):
    rec = {"start": start, "end": end, "name": name, "subkind": subkind, "natural": subkind in NATURAL}
    if label:
        rec["label"] = label  # an English name for a Kazakh-named facility ("Абай даңғылы" -> "Abai Avenue")
    return rec


_EN_LABEL = {"street": "Street", "avenue": "Avenue", "square": "Square", "microdistrict": "microdistrict",
             "river": "River", "lake": "Lake", "mine": "mine", "market": "Market", "stadium": "Stadium",
             "airport": "Airport", "oil field": "field", "resort": "resort", "park": "Park", "mountains": "mountains",
             "reservoir": "Reservoir", "valley": "gorge", "sea": "Sea"}


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \u00a0\"«(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;—–-"


#: Kazakh words that open a sentence before a head noun without naming anything: "central",
#: "main", "observation", "city", "district", "regional", "new", "old".
_KK_GENERIC_FIRST = frozenset("орталық басты негізгі бақылау қалалық аудандық облыстық ауылдық жаңа ескі үлкен кіші "
                               # nouns that make a site of "алаң" ("Өрт алаңы": the area a fire covered,
                               # "Ойын алаңы": a playground)
                               "өрт ойын спорт сауда құрылыс егін тұрақ демалыс жаттығу балалар мектеп".split())
#: Demonstratives and quantifiers ("Бұл шағын ауданда": in this microdistrict).
_KK_DEMONSTRATIVES = frozenset("бұл осы сол мына ана бір әр барлық келесі".split())
#: Unit nouns with an attributive or locative ending ("Облыстағы", "Аудандағы", "Қаладағы").
_KK_UNIT_ATTR = re.compile(r"(?:облыс|аудан|қала|ауыл|өңір|елді\s+мекен)(?:"
                           + "|".join(KK_ATTRIBUTIVE + KK_LOCATIVE + KK_GENITIVE) + ")$", re.I)


#: An item of a Kazakh list right before the next one ("Самал, ", "Нұрсат пен ").
_KK_LIST_ITEM_BEFORE = re.compile(rf"(?<![\w-])([{_UP}][\w-]+)(?:,[ \u00a0]+|[ \u00a0]+(?:және|мен|пен|бен)[ \u00a0]+)$")


def _generic_kk_name(text: str, start: int, name: str) -> bool:
    """A one-word "name" before a Kazakh head noun that is a common word: a unit noun in the
    attributive or locative or a demonstrative (anywhere), or a common adjective opening the
    sentence."""
    if " " in name.strip():
        return False
    low = name.strip().lower()
    return bool(_KK_UNIT_ATTR.fullmatch(low)) or low in _KK_DEMONSTRATIVES or (
        low in _KK_GENERIC_FIRST and _sentence_start(text, start))


def _known_name(name: str) -> bool:
    """A gazetteer form (any place): the first word of a head-last name is a name, not a word."""
    from .gazetteer import load
    from .normalize import key

    return bool(load().by_form().get(key(name.split()[0])))


def _romanized(name: str) -> str:
    from .normalize import romanize

    return romanize(name)


def _label(name: str, subkind: str) -> str | None:
    """"<romanised name> <English head>" for a name in the nominative (Kazakh head-last
    phrases and quoted names); None when the head has no English label."""
    head = _EN_LABEL.get(subkind)
    if head is None:
        return None
    from .normalize import romanize

    return f"{romanize(name.strip(chr(171) + chr(187) + chr(34)))} {head}"
