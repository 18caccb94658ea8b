"""Event trigger lexicon for English, Russian and Kazakh news.

Each trigger is a regular expression anchored at the start of a word, with
the incident type it signals. Russian and Kazakh entries are stems, so every
case form and verb form matches ("беспорядков", "взорвались", "өртенген").

``find_triggers(text)`` returns the trigger hits of a sentence; ``weak`` hits
(deaths, damage) only make an incident when nothing stronger is said about the
place. Cue lists mark what is *not* an incident: trials and sentences,
official measures, threats, plans and warnings.

Pure data and logic, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The incident types, one per incident.
TYPES: tuple[str, ...] = (
    "protest",      # rally, demonstration, strike, march, picket, vigil
    "riot",         # riots, mass disorder, looting, unrest
    "clash",        # clashes, fights, stand-offs between groups or with police
    "attack",       # armed attack, assault, storming, terrorist act
    "shooting",     # shooting, gunfire
    "seizure",      # seizure/capture of buildings, weapons, vehicles; hijacking
    "arson",        # deliberate burning
    "explosion",    # blast, explosion
    "fire",         # accidental fire, wildfire
    "flood",        # flood, dam failure, high water
    "earthquake",   # earthquake, tremor
    "crash",        # crash of a vehicle, plane, rocket; road accident
    "accident",     # industrial accident, collapse, drowning, other deadly mishap
    "arrest",       # detention, arrest
    "storm",        # windstorm, hurricane, hailstorm tearing roofs, felling trees
    "killing",      # deaths reported with no other event named
    "other",
)

_W = r"(?<![\w-])"  # start of a word
_CYR = "а-яёәіңғүұқөһ"


@dataclass(frozen=True)
class Trigger:
    type: str
    pattern: str
    weak: bool = False
    agent: bool = False


_EN: list[Trigger] = [
    Trigger("protest", r"protest(?:s|ed|ing)?\b"),
    Trigger("protest", r"demonstrat(?:ion|ions|ed|ing)\b"),
    # (not a candidate's rally: "ending his campaign with a rally", "campaign rallies", "election rally")
    Trigger("protest", r"(?<!campaign\s)(?<!election\s)(?<!pre-election\s)(?<!electoral\s)(?<!campaign\swith\sa\s)"
            r"rall(?:y|ies|ied|ying)\b"
            r"(?!\s+(?:of|for)\s+(?:his|her|their|the)\s+(?:supporters|voters|campaign))"),
    Trigger("protest", r"(?-i:march)(?:es|ed|ing)\b"),
    Trigger("protest", r"(?-i:marches|marched)\b"),
    Trigger("protest", r"(?:wildcat\s+|general\s+|hunger\s+)?strikes?\b(?!\s+(?:at|a\s+deal|an?\s+agreement|a\s+balance))(?<!air\sstrike)(?<!air\sstrikes)"),
    Trigger("protest", r"(?:went|go|gone)\s+on\s+strike"),
    # (a walk-out needs workers as its subject: see ``_STOP_WORK``)
    Trigger("protest", r"walk(?:ed|ing)?\s+out\b(?!\s+(?:of|on|with)\b)|downed\s+tools\b"),
    Trigger("protest", r"pickets?\b|picketed|vigils?\b|sit-ins?\b|walk-?outs?\b"),
    Trigger("protest", r"(?:unauthori[sz]ed|unsanctioned|spontaneous|protest|peaceful)\s+gatherings?\b"),
    Trigger("protest", r"gathered\s+(?:\w+\s+){0,2}?(?:outside|in\s+front\s+of|near|on\s+the\s+square|in\s+the\s+square|to\s+protest|to\s+demand)\b"),
    Trigger("protest", r"crowds?\s+(?:\w+\s+){0,2}?(?:form|gather)\w*|block(?:ed|ing|ade|aded)\b"),
    Trigger("protest", r"took\s+to\s+the\s+streets?|staged\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:protests?|rall(?:y|ies)|sit-ins?|walk-?outs?|demonstrations?)|"
            r"gathered\s+(?:at|by|near)\s+(?:the\s+)?(?:\w+\s+)?(?:akimat|city\s+hall|administration|office|gates?)\b"
            r"(?=[^.;]{0,80}\b(?:demand|protest|against|complain|call(?:ed|ing)?\s+for|chant))|"
            r"refused\s+to\s+(?:leave|come\s+up\s+from)\s+the\s+(?:mine|pit|shaft)|refused\s+to\s+(?:come\s+(?:up|out|to\s+the\s+surface)|surface)\b|"
            r"(?:dispersed|broke\s+up|broken\s+up)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:crowds?|protesters|rall(?:y|ies)|demonstrators|demonstrations?|gatherings?|pickets?)\b"),
    Trigger("riot", r"riot(?:s|ing|ed)?\b(?!\s+(?:police|policemen|officers?|troops|squads?|gear|shields?|control|units?|forces))"),
    Trigger("riot", r"unrest\b|disorders?\b|turmoil\b|upheaval\b|uprising\b|pogroms?\b"),
    Trigger("riot", r"loot(?:ing|ed)\b|ransack(?:ed|ing)?\b"),
    Trigger("riot", r"(?:toppled|tore\s+down|torn\s+down|pulled\s+down|knocked\s+down|smashed|vandali[sz]ed)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:statue|monument|memorial)s?\b"),
    Trigger("riot", r"troubles?\s+(?:started|began|broke\s+out|erupted|flared)"),
    Trigger("riot", r"(?<!domestic\s)(?<!family\s)violence\b|violent\s+(?:events|unrest)"),
    Trigger("clash", r"(?:hurled|threw|throwing|hurling|pelted)\s+(?:\w+\s+)?(?:stones|rocks|bottles|molotov|petrol\s+bombs|objects|fireworks)|"
            r"(?:fired|used|firing|using)\s+(?:\w+\s+)?(?:tear\s+gas|stun\s+grenades|rubber\s+bullets|water\s+cannons?)|"
            r"забросал\w*\s+(?:\w+\s+)?(?:камн|бутылк)\w*|бросал\w*\s+(?:\w+\s+)?(?:камн|бутылк)\w*|коктейл\w*\s+молотова|"
            r"слезоточив\w*|светошумов\w*|резинов\w*\s+пул\w*|тас\s+лақтыр\w*|көзден\s+жас\s+ағызатын"),
    Trigger("clash", r"clash(?:es|ed)?\b|skirmish(?:es)?\b|scuffles?\b|brawls?\b"),
    Trigger("clash", r"(?:fight(?:s|ing)?|fought)\b(?!\s+against\s+terror)"
            # (a veteran's war: "fought at Stalingrad", "fought in the war", "fought at the front")
            r"(?!\s+(?:at|on|in|near|through)\s+(?:the\s+)?(?:front|war|battle|Great\s+Patriotic|Second\s+World|World\s+War|"
            r"Stalingrad|Leningrad|Moscow|Kursk|Berlin|Afghanistan)\b)(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:fires?|blazes?|flames|wildfires?|floods?|"
            r"floodwaters?|water|epidemic|pandemic|corruption|poverty|diseases?|crime|drugs|smoke)\b)|stand-?offs?\b|confrontations?\b"),
    Trigger("attack", r"(?<!heart\s)(?<!panic\s)(?<!asthma\s)attack(?:s|ed|ing)?\b"),
    Trigger("attack", r"stabb(?:ed|ing|ings)\b|knife\s+attacks?\b|beat(?:en)?\s+up\b|lynch\w*"),
    Trigger("accident", r"stampedes?\b|sank\b|sunk\b|caved\s+in\b|rock\s?bursts?\b|ruptur(?:ed|e)\b|fell\s+(?:\w+\s+){0,3}?to\s+(?:his|her|their)\s+deaths?"),
    Trigger("attack", r"assault(?:s|ed)?\b|raid(?:s|ed)?\b|ambush(?:ed)?\b|struck\s+at\b|terrorist\s+act"),
    Trigger("attack", r"stormed\b|storming\b|massacres?\b|(?<!dust\s)(?<!snow\s)(?<!sand\s)(?<!rain\s)(?<!wind\s)(?<!ice\s)"
            r"(?<!dust-)(?<!thunder)(?<!snow)(?<!sand)(?<!hail)storms?\s+(?!(?:closed|hit|swept|cut|damaged|blocked|forced)\b)"
            r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:buildings?|offices?|akimats?|headquarters|airport|station|police|city\s+hall)\b"),
    Trigger("shooting", r"shoot(?:ing|ings|out)\b|shot\s+(?:at|dead)\b|gunfire\b|opened\s+fire\b|fired\s+(?:on|at)\b|"
            # ("troops fire on the crowd"; not "a steppe fire on Sunday", "a fire on board")
            r"fire\s+on\b(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|"
            r"August|September|October|November|December)\b|\d|board\b|the\s+(?:\w+\s+)?(?:floor|night|morning|evening|eve|"
            r"outskirts|territory|premises|site|roof|ground|day|weekend)\b|an?\s+(?:area|territory|site)\b))"),
    Trigger("seizure", r"(?:seiz(?:e|ed|ing|ure)|captur(?:e|ed|ing))\b(?!\s+(?:of\s+)?(?:(?:\w+\s+)?(?:assets|property|drugs|narcotics|heroin|cannabis|contraband|cash|money|funds|accounts|documents|power)))|"
            # (not a post, a business or land handed over: "took over as akim", "took over the former
            # Turgai Region", "taken over by a Chinese company")
            r"(?:took|taken)\s+over\b(?!\s+(?:as\b|by\s+(?:a|an|the)\s+(?:\w+\s+)?(?:company|firm|investor|group|bank|state|holding)|"
            r"(?:most|part|all|much|some)\s+of\b|(?:the\s+|its\s+|their\s+)?(?:former|post|job|role|duties|functions|management|"
            r"running|company|business|stake|operations?|project|chairmanship|presidency|leadership|responsibilit\w*|"
            # (nor a guard handed over: "took over the guard of a bread factory")
            r"lands?|territory|districts?|regions?|guard|guarding|protection|security|patrols?|power)\b))"
            # (nor what a unit took over from another: "took over the Alakol resorts from Almaty region")
            r"(?![^.;]{0,60}\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){1,2}(?:region|oblast|district|city|akimat)\b)|hijack(?:ed|ing)?\b"),
    # hostage-taking and armed robbery ("held hostage", "took three hostages", "an armed man
    # walked into a bank and demanded money")
    Trigger("seizure", r"(?:held|holding|holds|taken|took|taking|kept|keeping)\s+(?:(?!(?:talks?|meetings?|negotiations?|discussions?|consultations?|on|about|over)\b)[\w-]+\s+){0,7}?hostages?\b(?!\s+(?:issue|question|talks|deal|exchange|release\s+talks))|hostage-?\s?(?:taking|taker|takers|crisis|situation|siege)\b|"
            r"took\s+(?:[\w-]+\s+){0,2}?(?:hostages?|captives?)\b"),
    Trigger("attack", r"armed\s+robber(?:y|ies)\b|(?:armed|masked)\s+(?:[\w-]+\s+)?(?:robbers?|raiders?)\b|"
            r"(?:robbed|held\s+up)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:bank|shop|store|branch|exchange\s+office|post\s+office|jewell?er'?s?|cash\s+van|petrol\s+station)\b|"
            r"(?:walked|burst|came|broke|went)\s+into\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:bank|shop|store|branch|office|exchange\s+office|post\s+office)\b"
            r"(?=[^.;]{0,80}\bdemand(?:ed|ing|s)\s+(?:money|cash|the\s+(?:money|cash|takings)))"),
    Trigger("crash", r"(?:helicopter|plane|aircraft|airliner|jet|An-\d+|Mi-\d+)\s+(?:\w+\s+)?went\s+down\b"),
    Trigger("crash", r"hard[\s-]+landing\b|crash-?landed\b|crash[\s-]+landing\b"),
    Trigger("seizure", r"occupied\b|made\s+their\s+way\s+into\b|br(?:oke|eak|eaking)\s+into\b|(?<!water\s)(?<!waters\s)(?<!mud\s)"
            # (not "can enter through the crossing", "plans to enter": a way in, not an intrusion)
            r"(?<!can\s)(?<!could\s)(?<!will\s)(?<!may\s)(?<!must\s)(?<!to\s)(?<!would\s)(?<!cannot\s)enter(?:s|ed)?\b"
            # (not a river or a road crossing into a country: "enters Russia below Pavlodar")
            r"(?!\s+(?-i:[A-Z])(?!the\b))"
            r"(?!\s+(?:the|its|their|a|his|her)\s+(?:\w+\s+)?(?:week|day|month|year|stage|phase|round|hour)s?\b)"),
    Trigger("arson", r"(?:crowds?|rioters?|protesters?|mobs?|youths?|demonstrators?)\s+(?:\w+\s+){0,2}?(?:burnt|burned)\b(?!\s+(?:out|down\s+by)\b)|"
            r"arson\b|set\s+(?:\w+\s+){0,3}(?:on\s+)?fire\b|set\s+fire\b|torched\b|set\s+ablaze\b|(?:burnt|burned)\s+down\s+by\b"),
    Trigger("explosion", r"explo(?:sion|sions|ded|de|ding)\b|blasts?\b(?!\s+furnace)|detonat\w*|bomb(?:s|ing|ed)?\b|(?:methane|gas)\s+flash(?:es)?\b|"
            r"(?<=cylinder\s)blew\s+up\b|(?<=tank\s)blew\s+up\b|(?<=boiler\s)blew\s+up\b|(?<=car\s)blew\s+up\b|(?:blew|blown)\s+up\b(?=\s+(?:in|at|on|inside|near)\b)"),
    Trigger("fire", r"\b(?:a|the)\s+(?:(?:big|huge|large|major|massive|deadly|serious|small|steppe|forest|grass|reed|house|"
                    r"field|brush|bush)\s+)?fires?(?=\s+(?:at|on)\b)|"
                    r"wildfires?\b|forest\s+fires?\b|blaze\b|flames\b|caught\s+fire\b|burn(?:ed|t)\s+(?:down|out)\b|gutted\b|went\s+up\s+in\s+flames|fires?\b(?!\s+(?:up|on|at|department|brigades?|services?|stations?|safety|inspect\w*|checks?|regulations?|codes?|prevention|protection|precautions?|escapes?|doors?|fighters?|engines?|trucks?|trains?|alarm|exits?|crews?|teams?|units?|and\s+rescue|fighting|hoses?|hydrants?|extinguishers?|danger|risk|hazard|season)\b)|burning\b"),
    # (not "flooded the hotline with complaints", "inundated with calls": a figure of speech)
    Trigger("flood", r"flood(?:s|ed|ing|water|waters)?\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:with\s+|by\s+)"
                     r"(?:\w+\s+)?(?:complaints|calls|requests|messages|letters|applications|questions|orders|inquiries|enquiries))"
                     # (buyers who "flooded supermarkets", "flooded social media": crowds, not water)
                     r"(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:supermarkets|pharmacies|"
                     r"social\s+media|the\s+internet|timelines|feeds|chats|inboxes))|"
                     r"inundat\w*(?!\s+(?:with|by)\s+(?:\w+\s+)?(?:complaints|calls|requests|messages|letters|applications|questions|orders|inquiries|enquiries))|dam\s+(?:burst|failure|broke|collapse)\w*|dams?\s+gave\s+way|under\s+water\b|overflow(?:ed|ing)?\b|(?:burst|broke|overtopped)\s+(?:its|their)\s+banks"),
    Trigger("earthquake", r"earthquakes?\b|quakes?\b|tremors?\b|seismic\s+shock|aftershocks?\b"),
    Trigger("crash", r"(?<!market\s)(?<!stock\s)(?<!currency\s)(?<!tenge\s)crash(?:es|ed|ing)?\b|collisions?\b|collided\b|derail\w*|overturn\w*|rolled\s+over\b|"
            r"came\s+down\b|debris\s+fell\b"),
    Trigger("accident", r"accidents?\b|(?:buildings?|roofs?|mines?|bridges?|houses?|walls?|rock|dams?|ceilings?|shafts?|tunnels?|stands?|balcon(?:y|ies)|"
            r"stair\w*|floors?|scaffold\w*|cranes?|towers?|porch|canop(?:y|ies)|structures?|blocks?|hangars?|warehouses?|culverts?)\s+(?:\w+\s+){0,2}?collapsed\b|bridges?\s+(?:over|across|on)\s+(?:[\w-]+\s+){1,4}?(?:collapsed|gave\s+way|caved\s+in)\b|"
            r"(?:brought|pulled)\s+down\s+(?:the\s+|a\s+)?(?:roofs?|ceilings?|walls?)\b|"
            r"(?:roofs?|ceilings?|walls?|floors?|domes?)\s+of\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){1,10}?(?:collapsed|caved\s+in|gave\s+way|fell\s+in)\b|"
            r"collapses?\s+of\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:buildings?|roofs?|mines?|bridges?|houses?|walls?|rock|dams?|ceilings?|shafts?|tunnels?)\b|rock-?falls?\b|cave-in\b|drown(?:ed|ing)?\b|mishaps?\b|dam\s+bursts?"),
    Trigger("protest", r"(?:(?:have|has|had)\s+)?(?:stopped|downed|laid\s+down|put\s+down)\s+(?:\w+\s+)?(?:work|tools)\b|"
            r"(?:downed|laid\s+down)\s+tools\b|"
            r"refus(?:ed|ing|es?)\s+to\s+(?:go\s+(?:down|underground|to\s+work)|work|start\s+(?:work|their\s+shifts?))|"
            r"refus(?:ed|ing|es?)\s+to\s+(?:go|come)\s+(?:back\s+)?(?:up|out|to\s+the\s+surface)\b|"
            r"walked\s+off\s+the\s+job|did\s+not\s+(?:turn\s+up|show\s+up|report)\s+for\s+(?:work|their\s+shifts?)|"
            r"hunger-strik\w*"),
    Trigger("flood", r"(?:dams?|dykes?|dikes?|levees?|embankments?)\s+(?:\w+\s+){0,2}?(?:breached|burst|broke|failed|collapsed|gave\s+way|was\s+washed\s+away)|"
            r"breach(?:ed|es)?\s+(?:in\s+|of\s+)?(?:a\s+|the\s+)?(?:\w+\s+)?(?:dam|dyke|dike|levee|embankment)s?\b|"
            r"meltwater\b|high\s+water\b|(?:mudflows?|mudslides?)\b(?!\s+(?:services?|experts?|specialists?|protection|defences?|defenses?|"
            r"warning|observation|monitoring|stations?|posts?|dams?|barriers?|risk|hazard|danger|season)\b)|"
            r"(?:rivers?|water\s+levels?)\s+(?:\w+\s+){0,4}?(?:rose|has\s+risen|have\s+risen|are\s+rising|is\s+rising)\b"),
    Trigger("accident", r"avalanches?\b|landslides?\b|rockslides?\b|(?:gas|ammonia|chlorine|methane)\s+leak(?:s|ed)?\b|"
            r"leak\s+of\s+(?:\w+\s+)?(?:gas|ammonia|chlorine|methane)|(?:carbon\s+monoxide|gas|fume)\s+poisoning|poisoned\s+by\b|"
            r"capsized\b|electrocut(?:ed|ion)\b|electric\s+shock\b|(?:killed|struck)\s+by\s+(?:an?\s+)?(?:[\d,.]+-?\s*(?:kilovolt|kv|volt)\s+)?"
            r"(?:power\s+|electric\s+|live\s+|high-voltage\s+|overhead\s+)?(?:line|cable|wire|current)\b|(?:swept|washed|fell|thrown)\s+overboard\b|"
            # (a person the water carried off drowned: "was swept away by meltwater")
            r"(?:was|were|got|been)\s+(?:swept|washed|carried)\s+away\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:meltwater|water|current|river|waves?|stream|torrent)\b|"
            r"(?:methane|gas|coal)\s+(?:and\s+\w+\s+)?outbursts?\b|outbursts?\s+of\s+(?:methane|gas|coal)\b|buried\s+(?:\w+\s+){0,3}?(?:under|by)\s+(?:snow|rubble|rock|earth|debris)"),
    Trigger("crash", r"(?:hit|struck|run\s+over|knocked\s+down|mown\s+down)\s+by\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:train|car|lorry|truck|bus|minibus|vehicle|tram|locomotive)\b|"
            r"(?:left|leaves|leaving|jumped|went\s+off|came\s+off)\s+the\s+(?:rails|tracks|road)\b|"
            r"(?:slammed|ploughed|plowed|smashed|crashed|careered|veered)\s+(?:\w+\s+)?(?:into|off)\b|"
            r"skidded\b|ran\s+(?:off|over)\s+the\s+road|head-on\b|pile-?ups?\b|"
            r"(?:slid|slipped|skidded|swerved|veered|plunged|rolled|tumbled)\s+(?:off|into|down)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:road|highway|motorway|bridge|embankment|ditch|ravine|gorge|cliff|precipice|slope|river|canal)\b|"
            r"(?:went|drove|ran)\s+off\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:road|highway|motorway|bridge|embankment|cliff)\b|"
            r"drove\s+into\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:ditch|ravine|gorge|river|canal)\b"),
    Trigger("fire", r"(?:firefighters|fire\s+crews|firemen)\s+(?:\w+\s+){0,3}?(?:put\s+out|extinguished|battled|fought|contained|tackled|doused)\b"),
    Trigger("accident", r"(?:struck|killed|hit)\s+by\s+(?:a\s+)?lightning|lightning\s+(?:strikes?|struck|bolts?|killed|hit)\b"),
    Trigger("storm", r"(?:wind\s?storms?|hurricane|gales?|storm(?:y)?\s+winds?|strong\s+winds?|high\s+winds?|gusts?|squall|hailstorms?|tornado(?:es)?|blizzards?|snowstorms?|duststorms?|dust\s+storms?|storms?)\b(?!\s+of\s+(?:criticism|protests?|indignation|outrage|applause|anger|controversy))"
            r"(?=[^.;]{0,80}\b(?:tore|torn|ripped|blew|blown|damaged|felled|toppled|uprooted|knocked\s+(?:down|out)|brought\s+down|cut\s+power|swept|hit|lashed|battered)\b)|"
            r"(?:roofs?|trees|power\s+lines?)\s+(?:\w+\s+){0,2}?(?:torn|ripped|blown)\s+(?:off|down|away)|"
            r"(?:tore|ripped|blew)\s+(?:the\s+)?roofs?\s+(?:off|from)\b|"
            r"hail(?:stones)?\s+(?:\w+\s+){0,5}?(?:damaged|destroyed|smashed|battered|flattened|broke)\b"),
    Trigger("flood", r"(?:water|floodwaters?|meltwater|the\s+river)\s+(?:has\s+|have\s+)?(?:cut\s+off|surrounded|swept\s+away|washed\s+away|inundated|swamped|cut\s+(?:the\s+)?road)|"
            r"(?:water|floodwaters?|meltwater)\s+(?:released|pouring|rushing|flowing)\s+from\s+(?:[\w'’-]+\s+){1,5}?(?:swamped|inundated|submerged)\b|"
            r"(?:bridges?|roads?|culverts?|dams?|dykes?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:washed|swept)\s+away\b|"
            r"(?:cut\s+off|surrounded|isolated|swept\s+away|washed\s+away)\s+by\s+(?:the\s+)?(?:flood\s*)?waters?\b"),
    Trigger("arrest", r"detain(?:ed|ing)?\b|detention\b(?!\s+cent(?:re|er))|(?<!house\s)arrest(?:s|ed|ing)?\b(?!\s+warrants?)|taken\s+into\s+custody"),
    Trigger("arrest", r"(?<!with\s)(?<!between\s)(?<!for\s)(?<!among\s)(?<!of\s)(?<!local\s)(?<!young\s)"
            r"(?:people|persons|men|women|activists|protesters|demonstrators|groups|students|journalists|supporters|dozens|"
            r"hundreds|participants)\s+(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+held\b"
            r"(?!\s+(?:responsible|liable|accountable|hostage|captive|up|back|in\s+(?:high|low)\s+regard))"),
    Trigger("protest", r"(?:groups?|hundreds|dozens|thousands)\s+(?:of\s+(?:people|residents|protesters|activists|workers)\s+)?"
            r"(?:also\s+)?(?:gathered|rallied|assembled)\b|"
            r"(?:групп\w*|сотни|десятки|тысячи)\s+(?:\w+\s+){0,2}?(?:собрал|собира)\w*|"
            r"(?:топ\w*|жүздеген|ондаған|мыңдаған)\s+(?:\w+\s+){0,3}?(?:жиналды|жиналып|жиналған)"),
    # leaks of fuel, gas or chemicals, poisonings and outbreaks of food or intestinal infection
    Trigger("accident", r"(?:fuel|heptyl|oil|gas|ammonia|chlorine|chemicals?|acid|petrol|diesel|kerosene|mercury|"
            r"hydrogen\s+sul(?:ph|f)ide)\s+(?:had\s+|has\s+|have\s+)?leak(?:ed|ing|s)?\b|"
            r"leaks?\s+(?:at|from|on|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:wells?|tanks?|pipelines?|pipes?|plant|factory|mine|"
            r"refinery|facility|field|station|car|wagon|cistern|siding|storage|depot|warehouse|workshop|unit|boiler\s+house)\b|"
            r"(?:oil|fuel|chemical|acid|toxic|ammonia)\s+spill(?:s|ed)?\b|poison(?:ings?|ed)\b(?!\s+(?:the\s+)?(?:atmosphere|relations|minds))|"
            r"(?:signs|symptoms)\s+of\s+(?:an?\s+)?(?:[\w-]+\s+)?poisoning|"
            r"(?:signs|symptoms)\s+of\s+(?:an?\s+)?(?:acute\s+)?(?:intestinal|stomach|gastro\w*|enteric)\s+infection|"
            r"(?:intestinal|gastro\w*)\s+(?:infections?|illness|bug)"
            r"(?=[^.;]{0,100}\b(?:hospital\w*|treated|doctors?|fell\s+ill|taken\s+ill|outbreak|sought))|"
            r"(?:hospitali[sz]ed|fell\s+ill|taken\s+ill|treated|sought\s+(?:medical\s+)?(?:help|care))\s+(?:\w+\s+){0,6}?"
            r"(?:intestinal|stomach|gastro\w*|enteric|food-borne|foodborne)\s+(?:infections?|illness|bug)"),
    # crowds told by their demand or their cause ("gathered on the square, demanding ...",
    # "gathered in support of the strikers"); underground sit-ins
    Trigger("protest", r"(?:gathered|assembled)\b(?=[^.;]{0,150}(?:\bdemand(?:ing|ed)\b|\bto\s+demand\b|\bin\s+solidarity\b|"
            r"\bprotest\w*|\bcomplain\w*|\bcalling\s+for\b|\bchant\w*|\b(?:holding|with|carrying)\s+(?:placards|banners|posters)\b|\bin\s+support\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
            r"(?:strik|miner|worker|protest|detain|arrest|activist|colleague|employee|oil|teacher|driver)))|"
            r"(?:stay(?:ed|ing|s)?|remain(?:ed|ing|s)?)\s+(?:\w+\s+)?(?:underground|down\s+the\s+(?:mine|pit|shaft))\b"
            r"(?=[^.;]{0,120}\b(?:demand\w*|protest\w*|strike|wages|pay\b|refus\w*))|"
            r"refus(?:ed|ing|e|es)\s+to\s+(?:come|go|return)\s+(?:back\s+)?(?:up|above\s+ground|to\s+the\s+surface)\b|"
            r"not\s+(?:come|gone)\s+(?:back\s+)?(?:up|above\s+ground|to\s+the\s+surface)\b"
            r"(?=[^.;]{0,120}\b(?:demand\w*|protest\w*|strike|wages|pay\b))"),
    # collisions told by the verb ("their bus hit a lorry", "a car rammed a tractor"), the
    # aftermath of a blizzard (snowdrifts, cars stranded by snow) and the shaking of a quake
    Trigger("crash", r"(?:(?<=lorry\s)|(?<=lorries\s)|(?<=truck\s)|(?<=trucks\s)|(?<=car\s)|(?<=cars\s)|(?<=bus\s)|(?<=buses\s)|(?<=minibus\s)|(?<=vehicle\s)|(?<=vehicles\s)|(?<=tractor\s)|(?<=train\s)|(?<=locomotive\s)|(?<=tanker\s)|(?<=jeep\s)|(?<=van\s)|(?<=motorcycle\s)|(?<=driver\s)|(?<=drivers\s)|(?<=motorist\s)|(?<=SUV\s))"
            r"(?:hit|struck|rammed|smashed\s+into|ploughed\s+into|plowed\s+into|ran\s+into|ran\s+over|knocked\s+down)\s+"
            r"(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:lorry|lorries|trucks?|cars?|bus|buses|minibus\w*|vehicles?|"
            r"tractors?|trailers?|pedestrians?|cyclists?|motorcycl\w+|trains?|locomotives?|wagons?|tankers?|jeeps?|vans?|"
            r"lamp-?posts?|poles?|(?:crash\s+)?barriers?|trees?|pillars?|woman|man|boy|girl|child|people|pensioner)\b"),
    # a vehicle that hit another vehicle or a pedestrian, the vehicle named a few words before
    # ("a train travelling from X to Y hit a truck": see ``_VEHICLE_BEFORE``), a collision at a level crossing, a vehicle or people through the ice, people
    # trapped under rubble
    Trigger("crash", r"(?:hit|struck|rammed|smashed\s+into|ploughed\s+into|plowed\s+into|"
            r"ran\s+into|ran\s+over|knocked\s+down|crashed\s+into)\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:lorry|lorries|trucks?|cars?|bus|buses|minibus\w*|vehicles?|tractors?|trailers?|pedestrians?|cyclists?|"
            r"motorcycl\w+|trains?|locomotives?|wagons?|tankers?|jeeps?|vans?)\b|"
            r"(?:level|railway|rail)\s+crossings?\b(?=[^.;]{0,80}\b(?:hit|struck|rammed|collided|smashed|ploughed|crashed|run\s+over)\b)|"
            r"(?:hit|struck|rammed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:car|truck|lorry|bus|minibus|vehicle|tractor)\s+at\s+(?:an?\s+|the\s+)?(?:level|railway|rail)\s+crossing\b"),
    Trigger("accident", r"(?:fell|fallen|falls|falling|went|gone|sank|sunk|plunged|broke|crashed|drove)\s+(?:\w+\s+)?(?:through|under|into)\s+(?:the\s+)?(?:thin\s+)?ice\b|"
            r"trapped\s+(?:\w+\s+){0,2}?(?:under|beneath|by)\s+(?:the\s+)?(?:rubble|debris|rock|a\s+rockfall|fallen\s+rock|collapsed)\b|rock\s+(?:fell|collapsed|came\s+down)\b|(?:rock|roof)\s+falls?\b"),
    Trigger("accident", r"(?:injured|hurt)\s+when\b", weak=True),
    Trigger("storm", r"snow-?drifts?\b|stranded\b(?=[^.;]{0,100}\b(?:snow\w*|blizzards?|drifts?|snowstorms?)\b)|"
            r"(?:snow\w*|blizzards?|drifts?|snowstorms?)\b[^.;]{0,100}?\bstranded\b"),
    Trigger("earthquake", r"(?:the\s+)?(?:shaking|jolts?)\b(?=[^.;]{0,60}\b(?:magnitude|points?|felt|intensity|scale)\b)"),
    # bursts of heating mains and of water, gas or sewer pipes; oil and gas well blowouts; an
    # emergency landing with smoke or fire on board; an anthrax outbreak; an ice storm that
    # brought down power lines
    # a boiler, turbine or power unit of a heating or power plant that broke down (the town left
    # without heat or power): "two of the three boilers at the heating plant broke down"
    Trigger("accident", r"(?:boilers?|turbines?|power\s+units?|generating\s+units?)\s+(?:[\w,-]+\s+){0,6}?(?:broke\s+down|failed|burst|"
            r"went\s+out\s+of\s+(?:order|service)|shut\s+down\s+in\s+an\s+accident)\b"),
    Trigger("accident", r"(?:(?<=heating\s)|(?<=water\s)|(?<=gas\s)|(?<=sewer\s)|(?<=sewage\s)|(?<=steam\s)|(?<=main\s))(?:mains?|pipes?|pipelines?|networks?)\s+"
            r"(?:\w+\s+)?(?:burst|ruptured|broke|split|gave\s+way)\b|"
            r"(?:burst|ruptured|broken)\s+(?:heating|water|gas|sewer|sewage|hot-water|steam)\s+(?:mains?|pipes?|pipelines?)\b|"
            r"(?:bursts?|ruptures?|breaks?)\s+(?:of|in|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:heating|water|gas|steam|sewer)\s+(?:mains?|pipes?|pipelines?)\b"),
    Trigger("accident", r"(?:damaged|ruptured|punctured|hit|struck|severed)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?gas\s+(?:pipes?|pipelines?|mains?)\b|"
            r"(?<=gas\s)(?:pipes?|pipelines?|mains?)\s+(?:was|were|had\s+been)\s+(?:damaged|punctured|ruptured|severed)\b"),
    Trigger("accident", r"wells?\s+(?:\w+\s+)?(?:blew\s+out|(?:was|were|had\s+been)\s+blown\s+out|gushed|spewed)\b|"
            r"(?:well\s+)?blow-?outs?\s+(?:at|on|of|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:wells?|rigs?|field|platform|deposit)\b|"
            r"well\s+blow-?outs?\b|gushers?\b"),
    Trigger("accident", r"(?:froze|frozen)\s+to\s+death\b|died\s+(?:of|from)\s+(?:hypothermia|exposure|the\s+cold)\b|"
            r"(?:found|was\s+found|were\s+found)\s+frozen\b|frozen\s+bod(?:y|ies)\b"),
    Trigger("accident", r"emergency\s+landing\b(?=[^.;]{0,120}\b(?:smoke|fire|flames|burning|engine\s+failure|caught\s+fire)\b)"),
    Trigger("accident", r"(?<!against\s)(?<!anti-)anthrax\b(?!\s+vaccin)(?![^.;]{0,60}\b(?:19|20)\d\d\b)"),
    Trigger("storm", r"(?:ice\s+storms?|freezing\s+rain|glaze\s+ice|icing|ice\s+on\s+(?:the\s+)?(?:power\s+)?(?:lines|wires|cables))\b"
            r"(?=[^.;]{0,120}\b(?:power\s+lines?|power\s+cables?|pylons?|(?:electricity|power|telegraph)\s+poles|"
            r"without\s+(?:power|electricity|light)|(?:cut|knocked\s+out)\s+(?:the\s+)?(?:power|electricity)|"
            r"(?:snapped|brought\s+down|downed|tore\s+down)\s+(?:\w+\s+){0,2}(?:wires|lines|cables|poles))\b)"),
    Trigger("killing", r"killed\b|killing\b|dead\b|died\b|deaths?\b|murder(?:ed|s)?\b|slain\b", weak=True),
]

#: "митинг" (Russian and Kazakh), but not a candidate's rally ("предвыборный митинг", "митинг в
#: поддержку кандидата")
# (a candidate's rally is no protest: "предвыборный митинг", and in Kazakh "сайлауалды митинг",
# which the Russian list, run on every text, must leave too)
_RALLY_WORD = (r"(?<!предвыборный\s)(?<!предвыборного\s)(?<!предвыборном\s)(?<!предвыборные\s)(?<!предвыборных\s)"
               r"(?<!сайлауалды\s)"
               r"митинг\w*(?!\s+(?:в\s+поддержку\s+)?(?:кандидат|партии\s+власти))")

_RU: list[Trigger] = [
    Trigger("protest", _RALLY_WORD + r"|протест\w*|демонстрац\w*|демонстрант\w*|забастов\w*|пикет\w*|шестви\w*|голодовк\w*"),
    Trigger("protest", r"перекрыл\w*\s+(?:\w+\s+)?(?:трасс\w*|дорог\w*|улиц\w*|движени\w*|переезд\w*|пут\w*)|"
            r"акци[яиюей]\w*\s+(?:\w+\s+)?(?:прош\w+|состоял\w+|провел\w+|продолж\w+)|(?:прош\w+|состоял\w+|провел\w+)\s+(?:\w+\s+)?акци[яиюей]\w*|"
            r"акци[яиюей]\w*\s+(?:протеста|солидарности|протестa)|вышл\w*\s+на\s+(?:площадь|улиц\w*|митинг\w*|акци\w*)|"
            r"собрал(?:ись|ось)\s+(?:\w+\s+){0,2}?(?:на\s+(?:площади|митинг|акци|сход)|у\s+(?:здани|акимат|администраци|мэри|офис|ворот|проходн)\w*(?=[^.;]{0,80}(?:требова|протест|против|недовольств|жалоб|возмущ))|перед|возле|около)|"
            r"(?:стихийн|несанкционированн)\w*\s+(?:сход|собрани|митинг)\w*"),
    # (not the sea's "волнение на море", a swell)
    Trigger("riot", r"беспоряд\w*|погром\w*|мародёр\w*|мародер\w*|бунт\w*|(?<!морское\s)волнени\w*(?![\w])(?!\s+(?:на\s+)?(?:мор|озер|озёр|Каспи|вод))"),
    Trigger("clash", r"столкновени\w*|противостояни\w*|драк\w*|потасовк\w*"),
    Trigger("attack", r"напад\w*|атак(?:а|и|у|ой|е|ам|ами|ах|ов\w*|у\w*)\b|штурм\w*|обстрел\w*|теракт\w*"),
    Trigger("shooting", r"стрельб\w*|перестрелк\w*|выстрел\w*|стрелявш\w*|открыл\w*\s+огонь|застрелил\w*"),
    Trigger("attack", r"зарезал\w*"),
    Trigger("seizure", r"(?:взял|взяли|взяв|взят|удержива|удержал|держал)\w*\s+(?:[\w«»-]+\s+){0,6}?в\s+(?:качестве\s+)?заложник\w*|"
            r"в\s+заложниках|заложник\w*(?=[^.;]{0,60}(?:освобо|удержива|захвач))"),
    Trigger("attack", r"(?:вооруж[её]нн|разбойн)\w*\s+(?:\w+\s+)?(?:ограблени|нападени|налёт|налет|грабител)\w*|"
            r"ограбил\w*\s+(?:\w+\s+){0,2}?(?:банк|магазин|отделени|обменн|ювелирн|почт|инкассатор|заправк)\w*|"
            r"напал(?:и|а|о)?\s+на(?![\w])|"
            r"(?:зашёл|зашел|вош[её]л|ворвал)\w*\s+(?:\w+\s+){0,3}?(?:банк|магазин|отделени|офис|обменн|почт)\w*"
            r"(?=[^.;]{0,80}(?:потребова|требова|требу)\w*\s+(?:\w+\s+)?(?:деньг|наличн|выручк))"),
    # (not a coup as a charge: "попытка захвата власти")
    Trigger("seizure", r"захват(?=(?P<tail3>\w*))(?P=tail3)(?!\s+(?:государственной\s+)?власт)|захвачен\w*|ворвал\w*|вломил\w*|проникл\w*\s+в\s+здани\w*"),
    Trigger("arson", r"подж[оё]г\w*|подожг\w*|подожж\w*"),
    # (not explosives and their experts: "взрывчатка", "взрывоопасный", "взрывотехники")
    Trigger("explosion", r"взрыв(?!чат|оопас|отехни|ник)\w*|взорв\w*|подрыв\w*|подорва\w*"),
    Trigger("fire", r"пожар(?!н|о(?:опасн|безопасн|техническ|профилактик|тушени|стойк))\w*|пожарн\w*\s+(?:\w+\s+){0,3}?(?:ликвидир|потуш|туш|локализ)\w*|возгорани\w*|загорел\w*|горел\w*"),
    Trigger("flood", r"паводк\w*|паводок|наводнени\w*|подтоплен\w*|затоплен\w*|вышл\w*\s+из\s+берегов|разлив\w*"),
    Trigger("earthquake", r"землетрясени\w*|подземн\w*\s+толчк\w*|толчк\w*|толчок|афтершок\w*"),
    Trigger("storm", r"метел(?:ь|и|ью|ей)\b|пург\w*|(?:снежн\w*\s+)?занос(?:ы|ов|ами|ах)\b|снежн\w*\s+плен\w*|"
            r"(?:застрял|застрявш)\w*(?=[^.;]{0,100}(?:снег|снеж|занос|метел|буран|пург))|"
            r"(?:снег|снеж|метел|буран|пург)\w*[^.;]{0,100}?(?:застрял|застрявш)\w*"),
    Trigger("crash", r"авари(?:я|и|ю|ей|ях|ям|й)\b|крушени\w*|(?:авиа|авто)?катастроф\w*|автоавари\w*|дтп\b"),
    Trigger("crash", r"ж[её]стк\w*\s+посадк\w*"),
    # a plane that ran off the runway ("выкатился за пределы полосы", "съехал с взлётно-посадочной полосы")
    Trigger("crash", r"выкатил\w*\s+за\s+пределы\s+(?:[\w-]+\s+)?полос\w*|(?:съехал|сошёл|сошел)\w*\s+с\s+(?:[\w-]+\s+)?полос\w*"),
    Trigger("accident", r"утонул\w*|обрушени\w*|несчаст\w*\s+случа\w*|горн(?:ый|ого|ом|ым)\s+удар\w*"),
    Trigger("arrest", r"задержан\w*|задержал\w*|арестова\w*|взят\w*\s+под\s+стражу|заключ[её]н\w*\s+под\s+стражу|"
            r"достав(?:лен|ил)\w*\s+(?:\w+\s+)?в\s+(?:\w+\s+)?(?:отдел\w*|участ\w*|полици\w*|ОВД|УВД|РОВД|ИВС|изолятор\w*)|"
            r"водвор[её]н\w*|задерживал\w*|задержива\w*"),
    Trigger("killing", r"погиб\w*|убит\w*|убил\w*|гибел\w*|скончал\w*|умер(?:ли|ла|ло)?\b|смерть\b|застрелен\w*|зарезан\w*|"
            r"погибш\w*|жертв(?:ами|ой)\s+стал\w*|убийств\w*", weak=True),
    # strikes and sit-ins told by what people did
    Trigger("protest", r"вышл\w*\s+(?:\w+\s+)?против\b|не\s+выход\w*\s+на\s+(?:работу|смен\w*)|не\s+вышл\w*\s+на\s+(?:работу|смен\w*)|"
            r"отказ\w*\s+(?:\w+\s+)?(?:выходить|выйти|спускаться|спуститься|подниматься|подняться|работать|приступать|приступить|от\s+работы)|"
            r"(?:прекратил|остановил|приостановил)\w*\s+работу|бастов\w*|бастую\w*|стачк\w*|"
            r"(?:объявил|начал|держ)\w*\s+голодовк\w*|сидяч\w*\s+(?:забастовк|акци)\w*|"
            r"(?:вышл|выход)\w*\s+с\s+(?:плакат|транспарант)\w*|(?:разогна|разгон)\w*\s+(?:\w+\s+)?(?:митинг|акци|протест|толп|собрани|участник|демонстрант|пикет)\w*|(?:за)?блокирова\w*\s+(?:\w+\s+)?(?:трасс|дорог|улиц|движени|въезд|проезд|здани|вход|железн|пут[иь]|мост|кпп|ворот)\w*|"
            r"останов\w*\s+(?:\w+\s+)?(?:поезд|состав|движени)\w*"),
    # (not pastures and crops "burnt out" by the sun in a drought: "пастбища выгорели", "трава выгорела")
    Trigger("fire", r"сгор(?:ел|ела|ело|ели|ает|ают|ит|ят|евш)\w*|(?<!пастбища\s)(?<!трава\s)(?<!травы\s)(?<!посевы\s)"
                    r"выгор(?:ел|ела|ело|ели)\w*(?!\s+(?:от\s+)?(?:солнц|жар|засух))|воспламен\w*|"
            r"охвачен\w*\s+(?:огн[её]м|пламенем)|(?:огонь|пламя)\s+(?:\w+\s+)?(?:охватил|уничтожил|перекинул)\w*|"
            r"гор(?:ит|ят|ели|ела|ел)\b(?!\s+(?:желани|сроки|срок))|задымлени\w*"),
    Trigger("explosion", r"хлоп(?:ок|ка|ке|ком)\s+(?:\w+\s+)?газ\w*|детонаци\w*|сдетонир\w*|рвануло|прогремел\w*"),
    Trigger("crash", r"столкнул(?=(?P<tail1>\w*))(?P=tail1)(?!\s+с\s+(?:\w+\s+){0,2}?(?:пожар|паводк|наводнени|засух|стихи|бедстви|испытани|кризис|проблем|трудност|нехватк|дефицит|критик|ситуаци|необходимост|вызов|угроз|"
            r"сопротивлени|непониман|отказ|бюрократ|препятстви|последстви|рост|падени|нарушени))|столкнов\w*\s+(?:\w+\s+)?(?:автомобил|машин|поезд|автобус|грузовик|легков|фур|камаз|самол[её]т|"
            r"вертол[её]т|транспорт|маршрутк|микроавтобус|тепловоз|локомотив|состав|вагон|мотоцикл|трактор)\w*|"
            r"опрокину\w*|переверну(?:л|вш)\w*|съехал\w*\s+(?:\w+\s+)?(?:в\s+(?:кювет|канал|арык|овраг|реку|озеро|пропасть|ущелье|обрыв)|с\s+(?:дороги|трассы|моста|обочины))|"
            r"вылетел\w*\s+(?:\w+\s+)?(?:в\s+(?:кювет|канал|арык|овраг|реку|озеро|пропасть|ущелье|обрыв)|на\s+встречн\w*|с\s+(?:дороги|трассы))|слетел\w*\s+с\s+(?:дороги|трассы|моста)|"
            r"сош(?:ёл|ел|ла|ло|ли)\s+с\s+(?:рельсов|путей)|с\s+рельсов\s+(?:\w+\s+)?сош(?:ёл|ел|ла|ло|ли)\b|сход\w*\s+(?:\w+\s+){0,2}с\s+(?:рельсов|путей)|сошедш\w*\s+с\s+рельсов|"
            r"врезал(?=(?P<tail2>\w*))(?P=tail2)(?!\s+в\s+памят)|наехал\w*|наезд\w*|сбил\w*\s+(?:\w+\s+)?(?:пешеход|человек|женщин|мужчин|ребён|ребен|школьни|велосипед)\w*|"
            r"сбит\w*\s+(?:\w+\s+)?(?:поезд|автомобил|машин|грузовик)\w*|(?:был[аио]?\s+)?сбит[аоы]?\s+(?:\w+\s+)?(?:пешеход|школьни|ребён|ребен|женщин|мужчин|велосипедист|пенсионер|подрост)\w*|"
            r"(?:пешеход|школьни|ребён|ребен|женщин|мужчин|велосипедист|пенсионер|подрост)\w*\s+(?:был[аио]?\s+)?(?:насмерть\s+)?сбит[аоы]?\b|попал\w*\s+в\s+(?:дтп|аварию|авари)|"
            r"протаранил\w*|(?:снес|снёс|смял|сбил|протащил)\w*\s+(?:\w+\s+)?(?:легков|автомобил|машин|грузовик|автобус|фур|камаз|трактор|микроавтобус|маршрутк)\w*|"
            r"переезд\w*(?=[^.;]{0,100}(?:поезд|состав|электричк|локомотив|тепловоз|столкн|сбил|сн[её]с|протаранил|смял|наехал|въехал|врезал))|"
            r"въехал\w*\s+в\s+(?:\w+\s+)?(?:грузовик|автобус|фур|машин|автомобил|стоящ|дерев|столб|огражден|бетонн|трактор|микроавтобус)\w*|"
            r"разбил\w*ся|разбил(?:ась|ись|ось)|потерпел\w*\s+крушение|дорожно-транспортн\w*|лобов\w*\s+столкновени\w*"),
    # electrocution ("убило током", "поражение электрическим током", "ток соғып")
    Trigger("accident", r"(?:удар\w*|поражени\w*|поразил\w*|убил\w*|убило)\s+(?:электрическ\w+\s+)?током|электротравм\w*|"
            r"(?:электр\s+)?ток(?:ы)?\s+(?:соғ|ұр)\w*"),
    Trigger("accident", r"утечк\w*\s+(?:\w+\s+)?(?:газ|аммиак|хлор|сероводород|метан|нефт)\w*|выброс(?:а|ом|е)?\s+(?:\w+\s+)?(?:газ|аммиак|хлор|сероводород|метан|угл)\w*(?!\s+в\s+атмосфер)|внезапн\w*\s+выброс\w*|газодинамическ\w*\s+явлени\w*|"
            r"(?:смыло|смыл[аио]?|смыт\w*|упал\w*|выпал\w*)\s+(?:\w+\s+)?за\s+борт|"
            r"отравлени\w*|отравил\w*|угарн\w*\s+газ\w*|обрушил\w*|обвал\w*|рухнул\w*|завалил\w*|лавин\w*|оползн\w*|оползень|"
            r"утоп(?:ая|ающ|ил|ле)\w*|утонувш\w*|провалил\w*\s+под\s+л[её]д|"
            r"травмирован\w*\s+на\s+производств\w*|производственн\w*\s+(?:авари|травм)\w*"),
    # a mudflow is water with stones and clay: a flood, as "mudflow" is in English
    Trigger("flood", r"селев\w*(?![\w])(?!\s+(?:служб|защит|станци|пост|опасн|плотин|угроз|сезон|наблюден|мониторинг)\w*)|сель\b|сел(?:ем|ю)\b"),
    Trigger("flood", r"подтопил\w*|подтапл\w*|затопил\w*|затоплен\w*|затопля\w*|прорыв\w*\s+(?:\w+\s+)?(?:дамб|плотин|вал)\w*|"
            r"прорвал\w*\s+(?:\w+\s+)?(?:дамб|плотин)\w*|(?:дамб|плотин)\w*\s+(?:\w+\s+)?(?:прорвал|прорвало|размыл|размыло|разрушил)\w*|"
            r"размыло|размыл\w*|талые\s+воды|тал\w*\s+вод\w*|половод\w*|большая\s+вода|уровень\s+воды\s+(?:\w+\s+)?(?:поднялся|превысил)"),
    Trigger("riot", r"(?:снес|снёс|снесл|свалил|повалил|разрушил|сбросил)\w*\s+(?:\w+\s+)?памятник\w*|"
            r"памятник\w*\s+(?:\w+\s+){0,2}?(?:снесли|снес[её]н\w*|повален\w*|свален\w*|разрушен\w*)"),
    Trigger("storm", r"ураган\w*|шторм(?:а|ом|е|ы|ов)?\b(?!\s+(?:возмущени|негодовани|критик|эмоций|аплодисмент))|шквал\w*(?!\s+(?:критик|возмущени|негодовани|звонк|обращени|жалоб))|смерч\w*|"
            r"бур(?:я|и|ю|ей)\b(?!\s+(?:эмоций|возмущени|негодовани|аплодисмент|восторг|критик))|буран\w*|(?<![\w])град(?:ом|а)?\s+(?:[\w-]+\s+){0,5}?(?:повредил|побил|уничтожил|выбил|разбил)\w*|"
            r"(?<![\w])(?:выпал|прош[её]л)\s+(?:\w+\s+)?град\b|"
            r"(?:сильн|штормов|ураганн)\w*\s+ветер\w*|(?:сильн|штормов|ураганн)\w*\s+ветр\w*|ветер\s+(?:\w+\s+){0,2}?(?:сорвал|повалил|оборвал|снёс|снес|повредил)\w*|"
            r"сорва(?:л|н)\w*\s+(?:\w+\s+){0,2}?(?:крыш|кровл)\w*|(?:крыш|кровл)\w*\s+(?:\w+\s+){0,2}?сорва\w*"),
    # leaks of fuel or chemicals, outbreaks of food or intestinal infection; crowds told by
    # their demand or their cause; underground sit-ins
    Trigger("accident", r"утечк\w*\s+(?:\w+\s+)?(?:гептил|топлив|кислот|химическ|ртут|бензин|дизельн|керосин|ядовит|токсичн)\w*|"
            r"(?:гептил|топлив|кислот|аммиак|хлор|ртут)\w*\s+(?:\w+\s+)?(?:вытек|разлил|разлит)\w*|"
            r"(?:вытек|разлил|разлит|разлив)\w*\s+(?:\w+\s+){0,2}?(?:гептил|топлив|кислот|нефт|ртут|химическ)\w*|"
            r"(?:признак|симптом)\w*\s+(?:\w+\s+)?(?:кишечн|пищев|отравлен)\w*|"
            r"(?:вспышк|массов)\w*\s+(?:\w+\s+)?(?:кишечн\w*\s+инфекци|отравлени)\w*|"
            r"кишечн\w*\s+инфекци\w*(?=[^.;]{0,100}(?:госпитализир|заболел|обратил|пострадал|выявлен|доставлен|больниц))|"
            r"(?:госпитализир|заболел|заразил|обратил)\w*\s+(?:[\w«»\"“”-]+\s+){0,6}?[«\"“]?кишечн\w*"),
    Trigger("protest", r"собрал(?:ись|ось|ись\b)\w*(?=[^.;]{0,150}(?:(?<![\w])(?:требу[яю]\w*|требовал\w*|потребова\w*|с\s+требовани\w*)|"
            r"в\s+знак\s+(?:солидарност|протест)|в\s+поддержку\s+(?:\w+\s+)?(?:бастующ|горняк|шахт[её]р|рабоч|протест|задержан|арестован|"
            r"активист|коллег|нефтяник|сотрудник|работник|учител|водител)|протест\w*|недовольств\w*|"
            r"(?<![\w])с\s+(?:плакат|лозунг|транспарант)\w*|скандир\w*))|"
            r"(?:вышл|пришл)\w*\s+(?:\w+\s+){0,2}?(?:к|на|у)\s+(?:\w+\s+)?(?:акимат|здани|администраци|мэри|площад|суд|офис|проходн|ворот)\w*"
            r"(?=[^.;]{0,150}(?<![\w])(?:требу[яю]\w*|требовал\w*|потребова\w*|с\s+требовани\w*|протест\w*))|"
            r"не\s+(?:поднима(?:ются|лись|ясь)|подня(?:лись|лся)|выход(?:ят|или)|вышли)\s+(?:\w+\s+)?(?:на\s+поверхность|из\s+(?:шахт|забо|рудник)\w*|наверх)|"
            r"(?:оста(?:ются|ются|лись|вались)|наход(?:ятся|ились))\s+(?:\w+\s+)?(?:под\s+землей|под\s+землёй|в\s+(?:шахте|забое))"
            r"(?=[^.;]{0,120}(?:требу|требова|протест|забастов|зарплат))"),
    # прорыв теплотрассы, водопровода, газопровода; открытый фонтан и фонтанирование скважин;
    # аварийная посадка с дымом или огнём на борту; вспышка сибирской язвы; ледяной дождь,
    # оборвавший провода
    # котлы, турбины, энергоблоки ТЭЦ, что вышли из строя: "вышли из строя два котла ТЭЦ"
    Trigger("accident", r"(?:котл|котёл|котел|турбин|энергоблок)\w*\s+(?:[\w-]+\s+){0,4}?вы(?:шел|шла|шли|ходят)\s+из\s+строя|"
            r"вы(?:шел|шла|шли)\s+из\s+строя\s+(?:[\w-]+\s+){0,2}?(?:котл|котёл|котел|турбин|энергоблок)\w*"),
    Trigger("accident", r"(?:прорыв|порыв)\w*\s+(?:\w+\s+)?(?:теплотрасс|теплосет|трубопровод|водопровод|газопровод|нефтепровод|водовод|"
            r"канализац|теплотрубопровод|магистрал\w*\s+(?:теплосет|трубопровод|водопровод))\w*|"
            r"прорвал[оаи]?\s+(?:\w+\s+)?(?:теплотрасс|теплосет|трубопровод|водопровод|газопровод|водовод|канализац|трубу|трубы)\w*|"
            r"(?:теплотрасс|теплосет|трубопровод|водопровод|газопровод|водовод|труб)\w*\s+(?:\w+\s+)?(?:прорвал|лопнул|разорвал)\w*"),
    Trigger("accident", r"(?:повредил\w*|повреди(?:ли|в)|повреждени\w*|пробил\w*|разорвал\w*)\s+(?:\w+\s+)?(?:газопровод|газов\w*\s+труб)\w*|"
            r"(?:газопровод|газов\w*\s+труб)\w*\s+(?:\w+\s+)?(?:был[аио]?\s+)?(?:поврежд[её]н|пробит)\w*"),
    Trigger("accident", r"открыт\w*\s+(?:нефтян\w*\s+|газов\w*\s+|газонефтян\w*\s+)?фонтан\w*|фонтанировани\w*|фонтанирова\w*|"
            r"(?:нефтян|газов|газонефтян|горящ|горевш)\w*\s+фонтан\w*|"
            r"(?<!\w)выброс(?:а|ом|е)?\b(?!\s+(?:в\s+атмосфер|вредн|загрязн|парников))(?=[^.;:]{0,60}(?:скважин|месторождени))|(?:выброс|выбросил)\w*\s+(?:\w+\s+)?(?:нефт|газонефт)\w*\s+(?:\w+\s+)?из\s+скважин\w*"),
    Trigger("accident", r"замерз\w*\s+насмерть|замёрз\w*\s+насмерть|(?:погиб|умер|скончал)\w*\s+от\s+переохлаждени\w*|замерзш\w*"),
    Trigger("accident", r"(?:аварийн|экстренн|вынужденн)\w*\s+посадк\w*(?=[^.;]{0,120}(?:дым|задымлен|возгоран|пожар|горени|запах\w*\s+гари|отказ\w*\s+двигател))"),
    Trigger("accident", r"(?<!против\s)сибирск\w*\s+язв\w*(?![^.;]{0,60}(?<!\d)(?:19|20)\d\d(?!\d))"),
    Trigger("storm", r"(?:ледян\w*\s+дожд|гололёдн|гололедн|гололёд|гололед|обледенени|налипани\w*\s+(?:мокрого\s+)?снег)\w*"
            r"(?=[^.;]{0,120}(?:обрыв|оборва|повал|повред|без\s+(?:света|электри)|обесточ))"),
    Trigger("accident", r"удар\w*\s+молни\w*|молни(?:я|ей|ю)\s+(?:\w+\s+)?(?:убил|ударил|попал)\w*|убит\w*\s+молни\w*|погиб\w*\s+от\s+(?:удара\s+)?молни\w*"),
    Trigger("clash", r"стычк\w*|поножовщин\w*|подрал\w*|избил\w*|избиени\w*|избит\w*"),
    Trigger("attack", r"(?:ранил|ударил|порезал|пырнул|зарезал)\w*\s+(?:\w+\s+){0,3}?нож\w*|нож(?:ом|ами)\s+(?:\w+\s+){0,2}?(?:ранил|ударил|порезал|пырнул)\w*|"
            r"ножев\w*\s+ранени\w*"),
    Trigger("riot", r"разграб\w*|разгромил\w*|разгромлен\w*"),
    Trigger("accident", r"разрыв\w*\s+(?:\w+\s+)?(?:газопровод|трубопровод|нефтепровод|труб|теплотрасс)\w*|"
            r"порыв\w*\s+(?:\w+\s+)?(?:газопровод|трубопровод|нефтепровод|труб|теплотрасс|водопровод)\w*|упал\w*\s+с\s+высоты|"
            r"затонул\w*|давк\w*|провалил\w*\s+в\s+(?:шахт|колод|яму)\w*|"
            r"(?:провалил|провалив|ушл|ушел|ушёл|уход|уш[её]дш)\w*\s+(?:\w+\s+){0,2}?под\s+(?:тонкий\s+)?л[её]д\w*|(?<=под\s)л[её]д\s+(?:провалил|ушл|ушел|ушёл)\w*|"
            r"(?<=под\s)завал\w*|(?:обрушил|обвалил|осыпал)\w*\s+(?:\w+\s+)?(?:пород|кровл|свод|грунт|стен|потол)\w*|"
            r"(?:упал|сорвал|слетел|скатил)\w*\s+(?:\w+\s+)?(?:в|с)\s+(?:реку|овраг|пропасть|ущелье|обрыв|кювет|канал|моста|обрыва)\b"),
]

_KK: list[Trigger] = [
    Trigger("protest", _RALLY_WORD + r"|наразылық\w*|"
            r"(?<!мерекелік\s)(?<!салтанатты\s)(?<!әскери\s)шеру\w*|ереуіл\w*|наразылық\s+акция\w*|"
            r"(?:алдына|алдында|алаңына|алаңға|алаңда|ғимаратының\s+алдына|ғимараты\s+алдында)\s+(?:\w+\s+)?жинал\w*|жолды\s+(?:жап|жауып)\w*|"
            r"жер\s+астынан\s+шықпа\w*|(?:наразылар|наразы\s+топ|жиын|митинг|шеру|жұрт|топ)\w*\s+(?:күштеп\s+)?тарат\w*|(?:пойыз|пойызды|көлік\s+қозғалысын)\w*\s+тоқтат\w*|жолды\s+бөгеп\w*"),
    Trigger("riot", r"тәртіпсіздік\w*|бүлік\w*|толқу\w*"),
    Trigger("clash", r"қақтығыс\w*|төбелес\w*"),
    Trigger("attack", r"шабуыл\w*|теракт\w*"),
    Trigger("shooting", r"атыс\w*(?!\s+қару)|атқыла\w*|оқ\s+ат\w*"),
    Trigger("seizure", r"(?<!билікті\s)басып\s+ал\w*|тартып\s+ал\w*|(?<!су\s)(?<!суы\s)(?<!сел\s)басып\s+кір(?:ді|іп|ген|еді)\w*"),
    Trigger("seizure", r"(?:адам|қызметкер|кассир|жолаушы|бала|әйел|тұрғын|сатушы|кісі|оқушы|мұғалім|жұмысшы)\w*\s+(?:[\w-]+\s+){0,2}?кепілге\s+(?:ал|ұста)\w*|"
            r"кепілге\s+алын(?:ған|ғ)(?:дар\w*|\s+(?:[\w-]+\s+)?(?:адам|қызметкер|кассир|жолаушы|бала|әйел|тұрғын|сатушы|кісі|оқушы)\w*)|"
            r"кепілдегі(?:лер\w*|\s+(?:[\w-]+\s+)?(?:адам|қызметкер|кассир|жолаушы|бала|әйел|тұрғын|сатушы|кісі)\w*)|"
            r"кепілде\s+(?:ұстал|отыр|бол)\w*|адам(?:дарды)?\s+кепілге\s+алу\w*"),
    Trigger("attack", r"қарулы\s+(?:\w+\s+)?(?:тонау|шабуыл)\w*|(?:банк|дүкен|бөлімше|айырбас)\w*\s+(?:\w+\s+){0,2}?(?:тонал|тонап\s+кет)\w*"),
    Trigger("arson", r"өртеп\w*|өртеді\w*"),
    Trigger("explosion", r"жарылыс\w*|жарыл(?!ғыш)\w*"),  # (not "жарылғыш заттар": explosives)
    Trigger("accident", r"(?:(?:газ|су|жылу)\s+)?(?:құбыр|магистраль)\w*\s+(?:\w+\s+)?жарыл(?!ыс)\w*"),
    Trigger("fire", r"өрт(?!\s+сөндір|\s+қауіп|ке\s+қарсы|\s+қаупі)\w*|өрт\s+сөндіруші\w*\s+(?:\w+\s+){0,3}?(?:сөндірді|сөндіріп|ауыздықта|жойды)\w*"),
    Trigger("flood", r"су\s+тасқын\w*|тасқын\w*|су\s+бас\w*|су\s+астында|арнасынан\s+асып\w*|арнасынан\s+шы[қғ]\w*"),
    Trigger("earthquake", r"жер\s+сілкін\w*|сілкініс\w*|афтершок\w*|(?:дүмпу|тербеліс)\w*(?=[^.;]{0,60}(?:магнитуда|бал[лғд]|сезіл))"),
    Trigger("storm", r"бұрқасын\w*|қар\s+(?:үйінді|құрса)\w*|"
            r"(?:қар(?:ы|лы|ды)?\s|боран\w*|бұрқасын\w*)[^.;!?]{0,100}?(?:жолда|трассада)\s+(?:\w+\s+)?"
            r"(?:қамалып|қамалған|кептеліп|тұрып|қалып)\s+(?:қал|қой)\w*|"
            r"(?:жолда|трассада)\s+(?:\w+\s+)?(?:қамалып|қамалған|кептеліп|тұрып|қалып)\s+(?:қал|қой)\w*"
            r"(?=[^.;!?]{0,100}(?:қар(?:ы|лы|ды)?\s|боран|бұрқасын))"),
    Trigger("crash", r"(?:жол(?:-көлік)?|көлік|ұшақ|әуе|автобус|пойыз)\s+апат\w*|жол-көлік\s+оқиға\w*|соқтығыс\w*|соқтықт\w*"),
    Trigger("accident", r"апат(?!ты\b|тың\b|тық[\s-]*құтқару)\w*|опырыл\w*|суға\s+бат\w*"),
    # a plane that slid off the runway ("жолақтан сырғып, шетке шығып кетті")
    Trigger("crash", r"(?:ұшу-қону\s+)?жола[қғ]\w*\s+(?:[\w-]+\s+){0,3}?(?:сырғып|шығып\s+кет)\w*"),
    # ("ұсталады", "ұсталатын": are held, the capacity of a jail, not a detention)
    # (nor "ұсталып отырған": being held, in custody)
    Trigger("arrest", r"ұсталды\w*|ұстал(?!ады\b|атын\b|а\s+береді|ып\s+отыр)\w*|қамалды\w*|қамауға\s+алын\w*|тұтқында\w*"),
    Trigger("killing", r"қаза\s+тап\w*|мерт\s+бол\w*|өлтір\w*|көз\s+жұм\w*|опат\s+бол\w*|қайтыс\s+бол\w*|"
            r"ажал\s+құш\w*|жан\s+тәсілім\w*|көз\s+жұмған\w*|қаза\s+болды\w*|мәйіт\w*", weak=True),
    Trigger("protest", r"жиын(?!ты[қғ]|ды\b)\w*|жиналыс\w*\s+(?:\w+\s+)?(?:өтті|өткізді)|пикет\w*|ереуілге\s+шы[қғ]\w*|аштық\s+жария\w*|"
            r"жұмысқа\s+шықпа\w*|жұмысқа\s+шығудан\s+бас\s+тарт\w*|жұмыстан\s+бас\s+тарт\w*|жұмысты\s+тоқтат\w*|"
            r"(?:шахтаға|кенішке|жерасты\w*)\s+түсуден\s+бас\s+тарт\w*|(?:жер\s+бетіне|жоғары|шахтадан|кеніштен)\s+шығудан\s+бас\s+тарт\w*|(?:алаңға|көшеге|көшелерге)\s+шы[қғ]\w*|"
            r"(?:жаппай\s+)?жиналып\s+(?:\w+\s+)?(?:талап|наразы)\w*|наразы\s+бол\w*|плакат\w*\s+ұстап"),
    Trigger("arrest", r"(?<!бақылауда\s)(?<!назарда\s)(?<!қолында\s)ұстады\w*|ұстап\s+(?:ал|әкет)\w*|ұсталып(?!\s+отыр)\w*|ұсталған\w*|қамауға\s+ал\w*|қамауда\w*|қамалған\w*|"
            r"тұтқындал\w*|тұтқынға\s+ал\w*|(?:полиция|құқық\s+қорғау)\w*\s+(?:\w+\s+)?(?:әкетіл|жеткізіл|алып\s+кет|әкет)\w*|"
            r"әкімшілік\s+(?:жауапкершілікке|қамауға)\s+тарт\w*"),
    Trigger("fire", r"жанып\s+(?:кет|жат|тұр)\w*|күйіп\s+кет\w*|отқа\s+орал\w*|от\s+(?:шы[қғ]|алып|тұтан)\w*|тұтанып\w*|тұтанды\w*|"
            r"түтін\w*\s+(?:шы[қғ]|бұрқ)\w*"),
    Trigger("crash", r"соғыл\w*|соғып\s+(?:кет|ал)\w*|соқтығ\w*|аударыл\w*|аунап\s+(?:кет|түс)\w*|жолдан\s+(?:шығып|ұшып|тайып|сырғып)\s+кет\w*|"
            r"рельстен\s+(?:шы[қғ]|ауы|ұш)\w*|қағып\s+(?:кет|өл|жібер)\w*|қағып\s+кетті|(?:жол|көлік)\s+оқиға\w*|"
            r"(?:ұшақ|тікұшақ)\w*\s+(?:\w+\s+)?құла\w*|"
            r"(?:теміржол|темір\s+жол)\s+өткел\w*(?=[^.;]{0,100}(?:пойыз|локомотив|тепловоз|соқ|соғ|қағ))|"
            r"(?:пойыз|локомотив|тепловоз|автобус|жүк\s+көлігі|көлік|машина)\w*\s+(?:\w+\s+){0,3}?(?:соқты|соғып\s+кет|басып\s+кет|сүйреп\s+кет)\w*"),
    Trigger("accident", r"мұз\w*\s+(?:астына|ойығына|ойыққа|жарығына)\s+(?:\w+\s+)?(?:кет|түс|бат|құла|сүңгі|ағып)\w*|"
            r"мұз\w*\s+(?:\w+\s+)?(?:ойылып|сынып|жарылып)\s+(?:\w+\s+)?(?:кет|түс|бат|құла)\w*|үйінді\s+астында\s+(?:қал|жат)\w*|"
            r"(?:тау\s+)?жыныс\w*\s+(?:\w+\s+)?(?:құлап|құлады|опырыл|құлаған|көшті|көшіп)\w*|"
            r"(?:дуал|қоршау|балкон|баспалдақ|кран|мұнара|қойма)\w*\s+(?:\w+\s+)?(?:құлап|құлады|опырыл|құлаған|құлауы|қирап|қирады)\w*|"
            r"суға\s+(?:кет|бат|ағып)\w*|суға\s+батып\w*|(?:улан|уланып)\w*|иіс\s+газ\w*|газ\w*\s+(?:тарап|шығып|ағ)\w*|"
            r"(?:үй|ғимарат|төбе|шатыр|шахта|көпір|қабырға|жертөле|кеніш|бөгет)\w*\s+(?:\w+\s+)?(?:құлап|құлады|опырыл|құлаған)\w*|"
            r"биіктіктен\s+құла\w*|(?:жардан|көпірден|құздан|шыңыраудан|өзенге|жыраға|арыққа)\s+(?:\w+\s+)?құла\w*|(?:метан|газ)\w*\s+(?:кенеттен\s+)?шығарынды\w*|кенеттен\s+(?:метан|газ)\w*\s+(?:бөлін|шығ|атқыл)\w*|көшкін\w*|сел\s+(?:жүр|тасқын|жүрді|жүріп)\w*|сел(?:і|дің)?\s+(?:[\w-]+\s+){0,3}?(?:шайып|басып\s+(?:қал|кет|кір)|қиратып|қиратты|бүлдір|жетіп\s+(?:\w+\s+){0,2}?(?:басты|шайып|қиратты))\w*|оқыс\s+оқиға\w*|төтенше\s+оқиға\w*|жарақат\s+ал(?!ма)\w*"),
    Trigger("flood", r"сумен\s+қоршал\w*|(?:су|суы|сулары|тасқын\s+суы)\s+(?:\w+\s+){1,4}?(?:басты|басып\s+(?:қалды|кетті|қалған)|шайып\s+кетті)(?![\w])"),
    Trigger("flood", r"(?:бөгет|дамба|тоған)\w*\s+(?:\w+\s+)?(?:бұзыл|жарыл|шайыл|ақ(?!тады|тап|тау|тал|тай))\w*|су\s+(?:жайыл|кір|шай)\w*|"
            r"су\s+(?:астында|басқан|басып)\w*|(?:ауласын|аулаларын|үйлерін|үйін|жертөлесін|жертөлелерін|көшелерін|егістікті|ауылды)\s+су\s+ал\w*|топан\w*|көктемгі\s+су\w*|еріген\s+(?:қар\s+)?су\w*"),
    Trigger("storm", r"дауыл\w*|боран\w*|құйын\w*|қатты\s+жел\w*|дауылды\s+жел\w*|бұршақ\s+(?:\w+\s+)?(?:жауып|жауды|түсті)\w*|"
            r"шатыр\w*\s+(?:\w+\s+)?(?:ұшты|ұшып|ұшырды|ұшырып|жұлып)\w*|(?:ағаш|бағана|электр\s+бағана)\w*\s+(?:\w+\s+)?(?:құлатты|қиратты|жұлып)\w*"),
    Trigger("accident", r"найзағай\w*\s+(?:\w+\s+)?(?:түсіп|түсті|соғып|ұрып|атып)\w*|найзағай\w*\s+соққ\w*|найзағай\w*\s+(?:\w+\s+)?қаза\w*"),
    # a mudflow that swept someone away; a person who drowned ("Ертіс өзеніне балықшы батып
    # кетті"; not "күн батып кетті", the sun set); hail that damaged crops or cars
    Trigger("flood", r"сел(?:і|ь)?\s+(?:\w+\s+)?ағызып\s+(?:кет|әкет)\w*"),
    Trigger("accident", r"(?:балықшы|бала|адам|жасөспірім|жігіт|әйел|турист|оқушы|ер\s+адам|тұрғын)\w*\s+(?:\w+\s+)?батып\s+(?:кет|өл|қаза)\w*"),
    Trigger("storm", r"бұршақ\w*(?=[^.;]{0,80}(?:зақымда|бүлдір|жойд|қират|шығын|сындыр))"),
    # crowds told by their demand or their cause; underground sit-ins; leaks of fuel or
    # chemicals; outbreaks of intestinal infection
    Trigger("protest", r"жинал(?:ды|ып|ған|ған\w*)(?=[^.;]{0,150}(?:талап\s+(?:ет|қой)\w*|наразы\w*|"
            r"(?:кенші|жұмысшы|ереуілші|шахтер|мұнайшы|мұғалім|жүргізуші|әріптес|белсенді|ұсталған)\w*\s+(?:\w+\s+)?қолда\w*))|"
            r"талап\s+етіп[,\s]+(?:[\w-]+[,\s]+){0,6}?(?:жинал\w*|(?:жер\s+астында|шахтада|кеніште)\s+(?:\w+\s+)?(?:қалып|отыр)\w*)|"
            r"(?:алдына|алаңға|алаңына)\s+(?:келіп|шығып|келді|шықты)(?=[^.;]{0,150}(?:талап\s+(?:ет|қой)\w*|наразы\w*))|"
            r"(?:жер\s+бетіне|жоғары|шахтадан|кеніштен|жер\s+астынан)\s+(?:көтерілме|шықпа)\w*|"
            r"(?:жер\s+астында|шахтада|кеніште)\s+(?:\w+\s+)?(?:қалып|отыр)\w*(?=[^.;]{0,120}(?:талап|наразы|ереуіл|жалақы))"),
    Trigger("accident", r"(?:гептил|жанармай|отын|қышқыл|аммиак|хлор|сынап|мұнай|газ|улы\s+зат|химиялық\s+зат)\w*\s+(?:\w+\s+)?"
            r"(?:ағып\s+(?:кет|шық)|төгіл|шашыл|ағып)\w*|"
            r"ішек\s+инфекция\w*(?=[^.;]{0,120}(?:түс|жатқыз|жүгін|шалдық|жұқтыр|тіркел|ауыр|белгі))|"
            r"(?:улану|ішек\s+инфекция)\w*\s+белгілері\w*"),
    # ашық фонтан, ұңғыманың атқылауы; түтін шыққан ұшақтың мәжбүрлі қонуы; сібір жарасы;
    # электр желілерін үзген көктайғақ
    Trigger("accident", r"үсіп\s+(?:өл|қаза\s+тап|кет)\w*|суықтан\s+(?:қаза\s+тап|өл|көз\s+жұм)\w*"),
    Trigger("accident", r"газ\s+құбыр\w*\s+(?:\w+\s+)?(?:зақымда|тесіл|үзіл)\w*"),
    Trigger("accident", r"ашық\s+фонтан\w*|фонтанда\w*|ұңғыма\w*\s+(?:\w+\s+){0,2}?(?:атқыла|фонтан|бақылаудан\s+шық)\w*"),
    Trigger("accident", r"(?:мәжбүрлі|шұғыл|апаттық)\s+(?:түрде\s+)?қон(?:у|ды|ып|уға)\w*(?=[^.;]{0,120}(?:түтін|өрт|от\s|жан|қозғалтқыш))"),
    Trigger("accident", r"(?:сібір\s+жара|топалаң)\w*(?!\s+(?:\w+\s+)?(?:қарсы|вакцин|ег))(?![^.;]{0,60}(?<!\d)(?:19|20)\d\d(?!\d))"),
    Trigger("storm", r"(?:көктайғақ|мұз\s+қату|қырау)\w*(?=[^.;]{0,150}(?:электр\s+желі|сым\w*\s+(?:үзіл|жұл)|бағана|жарықсыз|электрсіз))"),
    Trigger("riot", r"ескерткіш\w*\s+(?:\w+\s+)?(?:құлат|қират|бұз|сұлат)\w*"),
    Trigger("shooting", r"атып\s+(?:өлтір|жарақатта|тастад|жіберді)\w*"),
    Trigger("arson", r"от\s+қой\w*"),
    Trigger("attack", r"соққыға\s+жы[қғ]\w*|пышақ\w*\s+(?:сал|ұр|жарақат)\w*|пышақтап\w*|ұрып-соғ\w*|ұрып\s+(?:тастад|жарақат)\w*|"
            # armed robbery and looting ("қару ұстаған адам айырбастау пунктін тонап", "телефон дүкенін
            # тонаған") and a killing with a weapon
            # ("ағасын балтамен өлтірді")
            r"(?:пункт|банк|бөлімше|дәріхана|зергерлік|дүкен)\w*\s+(?:[\w-]+\s+)?тона(?:п|ды|ған|лды|лған)\w*|"
            r"(?:балта|пышақ|тапанша|мылтық|қару|темір|тас|кетпен|күрек)(?:мен|пен|бен)\s+(?:[\w-]+\s+){0,2}?(?:өлтір|жарала)\w*"),
]

#: Nouns for the people taking part ("protesters", "rioters"): they refer to an event
#: rather than report it, so a verb or event noun in the same clause wins over them.
_AGENTS: list[Trigger] = [
    Trigger("protest", r"protesters\b|demonstrators\b|participants\b|strikers\b|"
            r"протестующ\w*|бастующ\w*|демонстрант\w*|участник\w*|наразылық\s+білдірушілер\w*|ереуілші\w*", agent=True),
    Trigger("riot", r"rioters\b|looters\b|погромщик\w*|мародёр\w*", agent=True),
    # the people who took part in an event told ("тәртіпсіздікке қатысқан 11 адам", "участников
    # беспорядков", "those who took part in the rally")
    Trigger("riot", r"тәртіпсіздік\w*\s+қатыс\w*|(?:участвовавш|участник)\w*\s+(?:в\s+)?(?:массов\w*\s+)?беспоряд\w*|"
            r"(?:took|taken|taking)\s+part\s+in\s+the\s+(?:riots?|unrest|disturbances|violence)\b", agent=True),
    Trigger("protest", r"(?:митинг|шеру|наразылық\s+акция|ереуіл)\w*\s+қатыс\w*|"
            r"(?:участвовавш|участник)\w*\s+(?:в\s+)?(?:митинг|акци|забастовк|протест|пикет)\w*|"
            r"(?:took|taken|taking)\s+part\s+in\s+the\s+(?:rally|rallies|protests?|strike|demonstrations?)\b", agent=True),
    Trigger("attack", r"attackers\b|gunmen\b|assailants\b|нападавш\w*|боевик\w*|шабуылдаушы\w*", agent=True),
]

#: Words that carry an event already named into a new place ("spread to Almaty");
#: the hit takes the type of the previous trigger of the paragraph.
SPREAD = re.compile(
    r"(?<![\w-])(?:spread(?:ing)?\s+(?:to|across|into|through)|spilled\s+over|"
    r"распространил\w*|перекинул\w*|охватил\w*|тарады|таралды)",
    re.I,
)

TRIGGERS: tuple[Trigger, ...] = tuple(_EN + _RU + _KK + _AGENTS)

_COMPILED = [
    (t, re.compile(_W + "(?:" + t.pattern + ")", re.I | re.U)) for t in TRIGGERS
]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    type: str
    weak: bool
    text: str
    agent: bool = False


def _forecast_from(text: str, i: int) -> int:
    """Where to look back from ``i`` for a forecast word: 60 characters, or up to 150 within the
    sentence."""
    stop = max(text.rfind(".", max(0, i - 150), i), text.rfind("\n", max(0, i - 150), i))
    return min(max(0, i - 60), stop + 1 if stop != -1 else max(0, i - 150))


def find_triggers(text: str) -> list[Hit]:
    """Trigger hits in ``text``, in text order, the longest hit winning an overlap."""
    # (a hashtag, "#ДТП", "#өрт", labels a post; the event is the one its text tells)
    out = [h for h in raw_trigger_hits(text) if not _negated(text, h) and not (h.start and text[h.start - 1] == "#")]
    if not out:
        return out  # (the filters below only remove hits)
    present = {h.type for h in out}
    low = text.lower()
    if ("flood" in present or "explosion" in present) and _UTILITY_WATER.search(text) \
            and not any(h.type == "flood" and _NATURAL_FLOOD.search(h.text) for h in out):
        # hot water from a burst main that floods a street or basements ("Scalding water floods Abay
        # Avenue after heating main bursts", "горячая вода затопила подвалы"), and a main that burst
        # ("жылу магистралі жарылды"): a mishap, no flood and no blast
        out = [Hit(h.start, h.end, "accident", h.weak, h.text, h.agent)
               if (h.type == "flood" and not _NATURAL_FLOOD.search(h.text))
               or (h.type == "explosion" and _BURST.search(h.text) and not _GAS_NEAR.search(text)) else h for h in out]
    if "разыск" in low or "розыск" in low or "wanted" in low:
        out = [h for h in out if not _WANTED_FOR.search(text, max(0, h.start - 60), h.start)]
    if "accident" in present and ("ем" in low or "леч" in low or "реаним" in low or "больниц" in low or "care" in low
                                  or "treated" in low or "hospital" in low or "condition" in low or "состояни" in low
                                  or "жағдай" in low):
        # the injured named as such where their treatment is told ("Басынан ауыр жарақат алған
        # малшы ауруханада ем алып жатыр", "the injured man is in intensive care", "пострадавший
        # находится в реанимации"): the victim of an event told, no new mishap
        out = [h for h in out if not (h.type == "accident" and _INJURED_PERSON.match(text, h.start)
                                      and _TREATED.search(text, _sentence_start(text, h.start), _sentence_end(text, h.end)))]
    if ("отраб" in low or "легенд" in low or "сценари" in low or "simulat" in low or "scenario" in low
            or "жаттығу" in low):
        # what a drill acts out, anywhere before in its sentence ("Спасатели отработали на реке Урал
        # спасение рыбаков ... и поиск человека, провалившегося под лёд", "По легенде учений, льдину
        # унесло"): no event
        out = [h for h in out if not _DRILL.search(text, _sentence_start(text, h.start), h.start)]
        present = {h.type for h in out}
    if "storm" in present and _CLOSED.search(text) and not _DAMAGE.search(text):
        # roads or schools closed because of a blizzard, with no damage told ("Из-за метели в
        # Аулиекольском районе закрыты участки дорог", "roads closed due to the blizzard"): a measure
        out = [h for h in out if not (h.type == "storm" and (_BECAUSE_OF.search(text, max(0, h.start - 25), h.start)
                                                             or _KK_BECAUSE_AFTER.match(text, h.end)))]
        present = {h.type for h in out}
    if "storm" in present:
        # a weather forecast or warning is not a storm that happened
        # (back to the start of its sentence when that is further: "в выходные ожидается похолодание
        # до минус 25 градусов, в Петропавловске – метель")
        out = [h for h in out if h.type != "storm" or not (_FORECAST.search(text, _forecast_from(text, h.start), h.end + 60)
                                                        or _MOVES_ON.search(text, h.end, _sentence_end(text, h.end))
                                                        or _NO_DAMAGE.search(text, h.end, _sentence_end(text, h.end)))]
        if any(h.type != "storm" and not h.weak for h in out) or (
                "себеп" in low or "причин" in low or "caused" in low or "blamed" in low):
            # wind named as the cause of another event ("spread due to strong winds", "из-за
            # сильного ветра", "қатты жел салдарынан"), or of what the text reported before
            # ("шатырдың құлауына қатты жел себеп болған", "причиной обрушения стал сильный ветер",
            # "blamed on strong wind"), is not a storm of its own
            out = [h for h in out if h.type != "storm" or not _wind_is_cause(text, h)]
    if "protest" in present and any(h.type == "protest" and _GATHERING.match(h.text) for h in out) and _OFFICIAL_TALK.search(text) \
            and not _PROTEST_CUE.search(text):
        # "әкім ... өткен жиында талқылады": officials meeting to discuss, not a rally
        out = [h for h in out if not (h.type == "protest" and _GATHERING.match(h.text))]
    if "protest" in present and any(h.type == "protest" and _CROWD_GATHERED.match(h.text) for h in out) \
            and not _CROWD_CUE.search(text):
        # "hundreds gathered", "сотни людей собрались": a protest only with a word of
        # protest or demand in the sentence (not a celebration, a funeral or a concert)
        out = [h for h in out if not (h.type == "protest" and _CROWD_GATHERED.match(h.text))]
    if present & _STATUS_TYPES and contains_any(low, _STATUS_WORDS):
        # "the flood situation remains stable", "паводковая обстановка остаётся стабильной",
        # "уровень воды ниже прошлогоднего", "су тасқыны жағдайы тұрақты": a state of things,
        # not a new event
        out = [h for h in out if h.type not in _STATUS_TYPES or not _status(text, h)]
    if present & _COUNTABLE and contains_any(low, _COUNT_NOUN_WORDS):
        # the number of events as a quantity ("число ДТП снизилось на 15 процентов", "больше всего
        # аварий зарегистрировано в X", "the number of road accidents rose", "өрттер саны азайды"):
        # a statistic, no event
        out = [h for h in out if not (h.type in _COUNTABLE and (
            _COUNT_NOUN_BEFORE.search(text, max(0, h.start - 40), h.start) or _KK_COUNT_AFTER.match(text, h.end)))]
    if contains_any(low, _TREND_WORDS):
        # "wolf attacks have become more frequent", "участились кражи скота", "қасқыр шабуылы
        # жиілеген": a trend over many events, none of them told
        out = [h for h in out if not (h.type in _COUNTABLE and _TREND.search(text, max(0, h.start - 30), h.end + 40))]
    if "killing" in present:
        # "two cows died", "40 бас мал өлді": deaths of animals are no killing
        out = [h for h in out if not (h.type == "killing" and (_ANIMALS_BEFORE.search(text, max(0, h.start - 30), h.start)
                                                                or (h.text.lower() == "dead"
                                                                    and _ANIMALS_AFTER.match(text, h.end))
                                                                or _DISEASE_AFTER.match(text, h.end)
                                                                or _KK_DISEASE_BEFORE.search(text, max(0, h.start - 40), h.start)
                                                                or _natural_death(text, h)))]
    if out and contains_any(low, _FRAME_WORDS):
        # "it is the deadliest accident in the region's pits since 2008", "это крупнейшая
        # авария с 2008 года", "бұл ... ең ауыр апат": the event just told, ranked, not a new one
        out = [h for h in out if h.weak or not _FRAME.search(text, max(0, h.start - 90), h.start)]
    if out and contains_any(low, _VERDICT_WORDS) and _VERDICT.search(text):
        # a verdict or a trial ("Суд Караганды приговорил мужчину, устроившего стрельбу в
        # прошлом году", "the court sentenced a man for the 2016 shooting", "... төбелес
        # шығарған екі жігітті 3 жылға соттады"): the event is the case's subject, told before
        out = []
    if names_period(text, low):
        # a period total ("1,240 road accidents since the start of the year", "in the past
        # month 22 people died in road accidents", "соңғы бір айда жол апаттарынан 22 адам қаза
        # тапты"): no event, nor are its deaths a killing
        stats = [h for h in out if not h.weak and h.type in _COUNTABLE and _period_total(text, h)]
        if stats:
            out = [h for h in out if h not in stats and not (h.weak and h.type == "killing")]
        elif _RUNNING_PERIOD.search(text):
            # many deaths over a running period with no event word ("В текущем году на дорогах
            # области погибли 48 человек", "жыл басынан бері 48 адам қаза тапты"): a total
            out = [h for h in out if not (h.weak and h.type == "killing" and (
                _STAT_PEOPLE_BEFORE.search(text[max(0, h.start - 40): h.start]) or _STAT_PEOPLE_AFTER.match(text, h.end)))]
    elif out and contains_any(low, _SINCE_MONTH_WORDS) and _SINCE_MONTH.search(text):
        # many people over the weeks since a month ("412 people had been poisoned at summer camps
        # since June 1", "с конца июня кишечной инфекцией заболели 39 человек"): a tally; events
        # in several units since a month stay (floods "in 7 regions since April 1" are news)
        out = [h for h in out if not ((h.type in _COUNTABLE or h.type == "killing") and (
            _STAT_PEOPLE_BEFORE.search(text[max(0, h.start - 40): h.start]) or _STAT_PEOPLE_AFTER.match(text, h.end)))]
    if out and contains_any(low, _RANKING_WORDS) and _RANKING.search(text):
        # units ranked by their totals ("Karaganda region topped the list with 31 deaths, followed by
        # East Kazakhstan region with 24", "лидирует Карагандинская область — 31 погибший"): a tally
        # (and the dead it counts: "Больше всего погибших в Карагандинской области — 28")
        out = [h for h in out if not (_COUNT_JUST_BEFORE.search(text, max(0, h.start - 25), h.start)
                                      or (h.weak and h.type == "killing"))]
    if out and _TWO_DIGITS.search(text) and contains_any(low, _SHORT_PERIOD_WORDS) and _SHORT_PERIOD.search(text):
        # a large count of events over a week or a month ("12 fires this month", "за неделю
        # 35 ДТП", "осы айда 12 өрт"): a total; a plural alone may be news of the week
        out = [h for h in out if h.weak or h.type not in _COUNTABLE or not _STAT_COUNT.search(text[max(0, h.start - 25): h.start])]
    if out and contains_any(low, _REGISTERED_WORDS):
        # several events counted as registered over a past year ("өткен жылы қонақүйлерде үш өрт
        # тіркелген", "three fires were recorded in hotels last year", "в прошлом году
        # зарегистрировано пять пожаров"): a tally (this week's count stays: it may be unattributed)
        spans = [m.span() for m in _REGISTERED_COUNT.finditer(text)
                 if _PAST_YEAR.search(text, _sentence_start(text, m.start()), m.end())]
        if spans:
            out = [h for h in out if h.type not in _COUNTABLE or not any(a <= h.start < b for a, b in spans)]
    return out


_PAST_YEAR = re.compile(r"\blast\s+year\b|(?<![\w])(?:в\s+прошлом\s+году|за\s+прошлый\s+год|өткен\s+жыл\w*|былтыр\w*)(?![\w])", re.I)
_REGISTERED_WORDS = ("тіркел", "registered", "recorded", "зарегистр", "зафиксир")
_SEVERAL = (r"(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|"
            r"два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)")
_REGISTERED_COUNT = re.compile(
    rf"(?<![\w.,]){_SEVERAL}\s+(?:[\w-]+\s+)?[\w-]+\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:registered|recorded|тіркел\w*|зарегистрирован\w*|зафиксирован\w*)(?![\w])|"
    rf"(?<![\w])(?:зарегистрирован\w*|зафиксирован\w*)\s+(?:[\w-]+\s+)?{_SEVERAL}\s+(?:[\w-]+\s+)?[\w-]+", re.I)


#: A ranking of units by their totals, and a count right before an event word.
_RANKING_WORDS = ("top", "led ", "leads", "head", "followed by", "возглав", "лидир", "месте", "орын", "көш бастап",
                  "больше всего", "затем ид", "далее ид", "следом ид")
_RANKING = re.compile(
    r"\b(?:topped|tops|top|led|leads|heads|headed)\s+the\s+(?:list|ranking|table|tally)\b|\bfollowed\s+by\b|"
    r"(?<![\w])(?:возглавил\w*|возглавля\w*|лидиру\w*|лидер\w*\s+по|на\s+(?:первом|втором|третьем)\s+месте|"
    r"(?:бірінші|екінші|үшінші)\s+орын\w*|көш\s+бастап|больше\s+всего|(?:затем|далее|следом)\s+ид(?:ут|[её]т))(?![\w])", re.I)
_COUNT_JUST_BEFORE = re.compile(r"(?<![\w.,])\d[\d\s,.]*\s+$")


#: A verdict or a trial in the sentence: its event words name the case, not news.
_VERDICT_WORDS = ("sentenc", "convict", "guilty", "acquit", "trial", "uph", "prison term", "jail term", "пригов", "осуд",
                  "осужд", "оправда", "рассматр", "оштраф", "fined",
                  "сотта", "үкім", "жаза", "бостандығ", "айыппұл")
_VERDICT = re.compile(
    r"\b(?:sentenced|convicted|found\s+guilty|acquitted|(?:stand|stands|stood|standing|went|go|goes|is|are|was|were)\s+on\s+trial|"
    r"(?:the\s+)?trial\s+of|(?:upholds?|upheld|confirm(?:s|ed)?|overturn(?:s|ed)?)\s+(?:\w+\s+){0,2}?(?:prison|jail)\s+(?:terms?|sentences?)|"
    r"(?:prison|jail)\s+(?:terms?|sentences?)\s+for)\b|"
    # a court that fined the participants of a rally ("суд оштрафовал участниц митинга", "the court fined")
    r"(?<![\w])(?:(?:court|judge)s?\s+(?:\w+\s+)?fined)(?![\w])|"
    r"(?<![\w])(?:суд\w*\s+(?:\w+\s+){0,2}?оштрафовал\w*|сот\w*\s+(?:\w+\s+){0,3}?айыппұл\s+сал\w*)(?![\w])|"
    r"(?<![\w])(?:приговорил\w*|приговор(?:ён|ен|[её]нн)\w*|вын[её]с\w*\s+приговор|осудил\w*|осужд[её]н\w*|оправдал\w*|"
    r"рассматрива\w*\s+(?:\w+\s+)?дел\w*|соттады|сотталды|сотталған\w*|үкім\s+шығар\w*|жаза\s+тағайында\w*|"
    r"бас\s+бостандығынан\s+айыр\w*)(?![\w])", re.I)


#: A ranking frame right before an event word: the event told before, compared with others.
_FRAME_WORDS = ("it is", "it was", "this is", "this was", "that is", "that was", "which is", "which was", "been",
                "became", "mark", "это", "стал", "являет", "бұл")
_FRAME = re.compile(
    r"\b(?:it|this|that|which)\s+(?:is|was|has\s+been|had\s+been|became|becomes|marks?|marked|remains?)\s+"
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:\w+est|worst|most\s+\w+|first|second|third)\s+(?!time\b)(?:[\w-]+\s+){0,2}$|"
    r"(?<![\w])(?:это|стал\w*|являет\w*)\s+(?:\w+\s+){0,2}?(?:сам\w+\s+\w+|крупнейш\w+|худш\w+|перв\w+|втор\w+|трет\w+|четв[её]рт\w+|"
    r"\w+ейш\w+)\s+(?!раз\b)(?:[\w-]+\s+){0,2}$|"
    r"(?<![\w])бұл\s+(?:[^.;:!?]{0,70}\s)?(?:ең|екінші|үшінші|төртінші)\s+(?:[\w-]+\s+){0,2}$",
    re.I)


_COUNT_NOUN_WORDS = ("число", "числа", "количеств", "больше всего", "меньше всего", "number of", "саны", "санын")
_COUNT_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a)\s+(?:total\s+)?number\s+of|(?<![\w])(?:числ[оау]|количеств[оау]|(?:больше|меньше)\s+всего|"
    r"наибольшее\s+число|наименьшее\s+число))\s+(?:[\w-]+\s+)?$", re.I)
_KK_COUNT_AFTER = re.compile(r"\w*\s+(?:[\w-]+\s+)?сан(?:ы|ын)\b", re.I)


def _period_total(text: str, h: Hit) -> bool:
    """True when event word ``h`` of a sentence with a period names a total: a large number
    before it, a plural with no small count before it (or with one, over the year so far), or many
    people who died or drowned."""
    return bool(_STAT_COUNT.search(text[max(0, h.start - 25): h.start])
                or (_PLURAL_EVENTS.fullmatch(h.text) and not _FEW_BEFORE.search(text, max(0, h.start - 12), h.start))
                or (_FEW_JUST_BEFORE.search(text, max(0, h.start - 12), h.start) and _YEAR_SO_FAR.search(text))
                or _STAT_PEOPLE_BEFORE.search(text[max(0, h.start - 40): h.start])
                or _STAT_PEOPLE_AFTER.match(text, h.end)
                # (any number of people over a period running to now: "2022 жылдың маусымынан бері
                # өңірде иіс газынан 9 адам қаза тапқан")
                or (_RUNNING_PERIOD.search(text) is not None
                    and (_PEOPLE_BEFORE.search(text[max(0, h.start - 40): h.start]) or _PEOPLE_AFTER.match(text, h.end))))


def counts_told(text: str, h: Hit) -> bool:
    """True when event word ``h`` of sentence ``text`` is a plural after a small count ("three
    fatal accidents", "два пожара", "үш апат"): events counted together, as a text counts the ones it
    has told."""
    return bool(_PLURAL_EVENTS.fullmatch(h.text) and _FEW_BEFORE.search(text, max(0, h.start - 25), h.start))


#: A status report after a disaster word: the situation is stable, calm, normal or
#: under control, the water is below last year's or the danger mark.
_STATUS_TYPES = {"flood", "fire", "storm", "earthquake"}
# words of which every match of ``_STATUS`` holds one (lower case)
_STATUS_WORDS = ("stab", "calm", "normal", "control", "below", "lower", "стабил", "спокой", "нормал", "контрол", "ниже",
                 "тұрақт", "бақылау", "қалыпт", "тыныш", "төмен", "аспа", "превыша")
_STATUS = re.compile(
    r"\b(?:situation|conditions?|levels?)\s+(?:[\w-]+\s+){0,6}?(?:is|are|was|were|remains?|remained|stays?|stayed|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:stable|calm|normal|under\s+control|stabili[sz]ed|below|lower)\b|"
    r"\b(?:situation|conditions?)\s+(?:[\w-]+\s+){0,6}?(?:has|have)\s+(?:\w+\s+)?(?:stabili[sz]ed|calmed|returned\s+to\s+normal)\b|"
    r"\b(?:water\s+levels?|the\s+(?:river|water))\s+(?:[\w-]+\s+){0,8}?(?:below|lower\s+than)\b|"
    r"(?<![\w])(?:обстановк|ситуаци|положени)\w*\s+(?:[\w-]+\s+){0,6}?(?:(?:оста[её]тся|оставал\w*|сохраня\w*|является)\s+)?"
    r"(?:стабильн|спокойн|нормальн|контролируем|под\s+контролем|стабилизир)\w*|"
    r"(?<![\w])уров\w*\s+воды\s+(?:[\w-]+\s+){0,6}?(?:ниже|не\s+превыша)\w*|"
    r"(?<![\w])жағдай\w*\s+(?:[\w-]+\s+){0,3}?(?:тұрақты|бақылауда|қалыпты|тыныш)(?![\w])|"
    r"(?<![\w])су\s+деңгей\w*\s+(?:[\w-]+\s+){0,5}?(?:төмен|аспа\w*)",
    re.I)


def contains_any(low: str, words: tuple) -> bool:
    """Whether one of ``words`` occurs in ``low`` (a cheap gate before a pattern)."""
    for w in words:
        if w in low:
            return True
    return False


#: Between a disaster word and the status it names: nothing or "бойынша" (as to).
_STATUS_GAP = re.compile(r"\s*(?:бойынша\s+)?", re.I)


def _status(text: str, h: Hit) -> bool:
    """True when the disaster word names the situation of a status report: right before
    it ("the flood situation remains stable") or inside it ("the situation with floods
    is calm"); a status told after an event ("flooding hit 30 homes, the situation is
    now stable") leaves the event."""
    a, b = _around(text, h, 40, 140)
    for m in _STATUS.finditer(text, a, b):
        if m.start() <= h.start < m.end() or (m.start() >= h.end and _STATUS_GAP.fullmatch(text, h.end, m.start())):
            return True
    return False


_CROWD_GATHERED = re.compile(
    r"(?:groups?|hundreds|dozens|thousands|групп|сотни|десятки|тысячи|топ|жүздеген|ондаған|мыңдаған)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:gathered|rallied|assembled|собрал|собира|жинал)", re.I)
_CROWD_CUE = re.compile(
    r"\b(?:protest\w*|demand\w*|against|complain\w*|slogans?|placards?|banners?|chant\w*|rall(?:y|ied|ies)|opposition|"
    r"election|unpaid|wages)\b|(?<![\w])(?:требова\w*|требу\w*|протест\w*|против|недовольств\w*|возмущ\w*|жалоб\w*|плакат\w*|"
    r"лозунг\w*|митинг\w*|талап\w*|наразы\w*|ұран\w*)", re.I)


#: A Kazakh "жиын" (gathering) is also an officials' meeting: with an official or a
#: discussion in the sentence and no word of protest it is not a rally.
_GATHERING = re.compile(r"жиын|жиналыс", re.I)
_OFFICIAL_TALK = re.compile(
    r"(?<![\w])(?:әкім(?!\w*\s+(?:ғимараты\w*\s+)?алд)\w*|министр\w*|депутат\w*|басшы\w*|талқыла\w*|кеңес(?:те|і|ін|ке)\w*|отырыс\w*|"
    r"тапсыр(?:ды|ма)\w*|баяндама\w*|сөз\s+сөйле\w*|мәжіліс\w*|жоспар\w*)", re.I)
_PROTEST_CUE = re.compile(r"(?<![\w])(?:наразы\w*|талап\w*|митинг\w*|шеру\w*|ереуіл\w*|плакат\w*|ұран\w*)", re.I)
#: Animals counted just before a death word ("two cows died", "40 бас мал өлді").
_ANIMAL_NOUNS_EN = r"cows?|cattle|sheep|goats?|horses?|camels?|pigs?|birds?|poultry|chickens?|livestock|animals?|" \
    r"seals?|fish|saigas?|antelopes?|sturgeons?|ducks?|geese|swans?|flamingos?|deer|wolves|dogs?|bees|" \
    r"bream|carp|pike|perch|pike-perch|zander|catfish|roach|trout|salmon"
_ANIMAL_NOUNS_CYR = r"коров\w*|скот\w*|овец|овцы|голов|лошад\w*|птиц\w*|животн\w*|тюлен\w*|рыб[аыу]?|сайгак\w*|" \
    r"осетр\w*|сиыр\w*|қой(?:лар\w*|ы)?|жылқы\w*|түйе\w*|құс(?:тар\w*|ы)?|мал(?:ы|ды|дар\w*)?|итбалық\w*|" \
    r"балық(?:тар\w*)?|киік\w*|ақбөкен\w*|лещ\w*|сазан\w*|карп\w*|судак\w*|щук\w*|окун\w*|сом[аы]?|" \
    r"табан\w*|көксерке\w*|шортан\w*|алабұға\w*"
#: A death from a disease ("died of measles complications", "умер от коронавируса", "қызылшадан
#: қайтыс болды"): no killing (an anthrax outbreak is an event of its own kind)
_DISEASE_AFTER = re.compile(
    r"\s+(?:of|from)\s+(?:[\w-]+\s+){0,2}?(?:measles|covid(?:-19)?|coronavirus|flu|influenza|pneumonia|complications|"
    r"illness|diseases?|cancer|infections?|brucellosis|plague|rabies|cholera|diphtheria|tuberculosis)\b|"
    r"\s+от\s+(?:[\w-]+\s+){0,2}?(?:кор[ьи]|коронавирус\w*|covid\w*|грипп\w*|пневмони\w*|осложнени\w*|болезн\w*|"
    r"инфекци\w*|бруцеллез\w*|бешенств\w*|чум\w*|холер\w*|дифтери\w*|туберкул[её]з\w*|рак\w*)", re.I)
_KK_DISEASE_BEFORE = re.compile(
    r"(?:қызылша|коронавирус|covid|тұмау|пневмония|бруцеллез|құтыру|оба|тырысқақ|туберкулез|ауру)\w*\s+(?:[\w-]+\s+)?$", re.I)
#: A death of old age or illness, told as in an obituary ("died aged 84", "скончался на 78-м году
#: жизни", "после продолжительной болезни", "2019 жылы ... қайтыс болды", "85 жасында"): no incident.
_NATURAL_DEATH_VERB = re.compile(r"(?i)died|dies|passed\s+away|скончал|умер|ушел|ушёл|қайтыс|дүниеден\s+өт|көз\s+жұм")
_NATURAL_DEATH_MARK = re.compile(
    r"(?i)\baged\s+\d|\bat\s+the\s+age\s+of\b|\b(?:after|following)\s+a\s+(?:long|short|serious|lengthy)\s+illness|"
    r"natural\s+causes|\bin\s+(?:his|her)\s+sleep\b|на\s+\d+-?м\s+году\s+жизни|в\s+возрасте\s+\d|"
    r"после\s+(?:продолжительной|долгой|тяж[её]лой|непродолжительной)\s+болезни|из\s+жизни|"
    r"\d+\s+жасында|жасқа\s+қараған|ұзақ\s+(?:сырқат|науқас|ауру)|(?<!\d)(?:19|20)\d\d\s+жылы")


def _natural_death(text: str, h) -> bool:
    """Whether a death word tells a death of old age or illness: a plain verb of dying with an
    age, an illness or (in Kazakh) a year of death beside it in its sentence."""
    if not h.weak or not _NATURAL_DEATH_VERB.match(h.text):
        return False
    a = max(text.rfind(".", 0, h.start), text.rfind("\n", 0, h.start)) + 1
    b = text.find(".", h.end)
    b = len(text) if b < 0 else b
    return _NATURAL_DEATH_MARK.search(text, a, b) is not None


#: Events said to grow more frequent: a trend (lower case words, then the pattern).
_TREND_WORDS = ("frequent", "участи", "учаща", "жиіле")
_TREND = re.compile(r"\b(?:(?:became|become|grown|grew|got|are|were)\s+more\s+frequent|more\s+frequent\s+than)\b|"
                    r"(?<![\w])(?:участил\w*|учащают\w*|жиіле\w*)(?![\w])", re.I)
_ANIMALS_BEFORE = re.compile(
    rf"(?:\b(?:{_ANIMAL_NOUNS_EN})|(?<![\w])(?:{_ANIMAL_NOUNS_CYR})(?![\w]))\s+(?:\w+\s+)?$", re.I)
#: ... or named right after "dead": "70 dead seals", "dead fish washed up" ("anthrax killed three cows and
#: two herders fell ill" stays: the outbreak reached people)
_ANIMALS_AFTER = re.compile(rf"\s+(?:\w+\s+)?(?:\b(?:{_ANIMAL_NOUNS_EN})\b|(?:{_ANIMAL_NOUNS_CYR})(?![\w]))", re.I)


_CAUSE_BEFORE = re.compile(
    r"(?:\bdue\s+to|\bbecause\s+of|\bowing\s+to|\bfanned\s+by|\bdriven\s+by|\bamid|\bcaused\s+by|\bblamed\s+on|"
    r"(?<![\w])причин(?:ой|а)\s+(?:[\w-]+\s+){0,4}?(?:стал[аио]?|был[аио]?|послужил[аио]?|называ\w+)|"
    r"(?<![\w])из-за|(?<![\w])вследствие|(?<![\w])по\s+причине|(?<![\w])под\s+воздействием|(?<![\w])в\s+связи\s+с)"
    r"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$", re.I)
_CAUSE_AFTER = re.compile(r"\w*\s+(?:салдарынан|әсерінен|кесірінен|себебінен|себепті|байланысты|себеп\s+бол\w*)(?![\w])", re.I)


#: Words of which every match of ``_CAUSE_BEFORE`` holds one (lower case).
_CAUSE_BEFORE_WORDS = ("due", "because", "owing", "fanned", "driven", "amid", "caused", "blamed", "из-за", "вследств", "причин",
                       "воздейств", "связи")
#: Words of which every cause told by ``is_cause`` holds one (lower case).
CAUSE_WORDS = _CAUSE_BEFORE_WORDS + ("салдарынан", "әсерінен", "кесірінен", "себебінен", "себепті", "байланысты", "себеп")


def is_cause(text: str, hit: Hit) -> bool:
    """True when the event word is named as the cause of something else ("due to the storm",
    "из-за шторма", "боранға байланысты")."""
    if _CAUSE_AFTER.match(text, hit.end):
        return True
    before = text[max(0, hit.start - 40): hit.start]
    return contains_any(before.lower(), _CAUSE_BEFORE_WORDS) and bool(_CAUSE_BEFORE.search(before))


_wind_is_cause = is_cause


#: Weather said to move on to other places ("боран түнде Ақмола облысына ауысады", "дауыл ...
#: облысына ауысуы мүмкін", "метель сместится на север", "the storm will move to"): a forecast
#: for those places, anywhere later in the sentence.
_MOVES_ON = re.compile(
    r"(?<![\w])(?:ауыс(?:ады|пақ|уы\s+мүмкін|уы\s+ықтимал)|жет(?:еді|уі\s+мүмкін)|"
    r"перемест(?:ится|ятся)|смест(?:ится|ятся)|придут?(?![\w])|прид[её]т|"
    r"will\s+(?:move|shift|reach|spread|hit)|(?:is|are)\s+moving\s+(?:to|towards|into))(?![\w])", re.I)


#: What flies, and so may crash by coming down.
_AIRCRAFT = re.compile(r"\b(?:(?:air)?planes?|aircraft|airliners?|helicopters?|jets?|gliders?|biplanes?|drones?|rockets?|"
                       r"stages?|boosters?|capsules?|satellites?|balloons?|paraglider|An-\d+|Mi-\d+|Il-\d+|Yak-\d+|"
                       r"take-?off|took\s+off|pilot)\b", re.I)


#: Water from the mains, and the words of a natural flood
_UTILITY_WATER = re.compile(
    r"\b(?:(?:hot|scalding|boiling)\s+water|(?:heating|water|hot-water)\s+mains?|mains?\s+burst)\b|"
    r"(?<![\w])(?:горяч\w+\s+вод\w*|кипят\w*|теплотрасс\w*|теплосет\w*|водовод\w*|"
    r"(?:тепло|водо)?магистрал\w*|ыстық\s+су\w*|жылу\s+(?:магистрал|құбыр|трасса)\w*|су\s+құбыр\w*)", re.I)
#: A main that "burst" ("жылу магистралі жарылды", "лопнула труба"): no blast, unless gas is named
_BURST = re.compile(r"жарыл|burst|лопну|разорва|прорва", re.I)
_GAS_NEAR = re.compile(r"(?<![\w])(?:газ\w*|gas|баллон\w*|cylinder|bomb|бомб\w*|взрывчат\w*|жарылғыш)", re.I)
_NATURAL_FLOOD = re.compile(r"паводк|паводок|половод|наводнени|тасқын|meltwater|high\s+water|dam|дамб|плотин|бөгет|сел|mud", re.I)


#: The injured named as such ("жарақат алған малшы", "the injured driver", "пострадавший"), and
#: the treatment or the condition of the injured
_INJURED_PERSON = re.compile(
    r"жарақат\s+ал(?:ған|ғандар)\w*|(?:the\s+)?(?:injured|wounded|hurt)\s+(?:man|woman|men|women|boy|girl|driver|worker|"
    r"miner|herder|shepherd|passenger|pedestrian|teenager|student|victim)s?\b|the\s+(?:injured|wounded)\b|"
    r"пострадавш\w*|раненн?ы[йхме]\w*|травмированн\w*", re.I)
_TREATED = re.compile(r"(?<![\w])(?:ем\s+алып|емделіп|емдел\w*|наход\w+\s+в\s+(?:реанимаци|больниц|стационар)\w*|"
                      r"проход\w+\s+лечение|леч(?:ится|атся)|"
                      # their condition ("жағдайы тұрақты", "состояние стабильное", "in stable condition")
                      r"жағдайы\s+(?:тұрақты|ауыр|орташа|қанағаттанарлық)|состояни\w+\s+(?:\w+\s+)?(?:стабильн|тяж[её]л|средней|удовлетворительн)\w*|"
                      r"(?:стабильн|тяж[её]л|удовлетворительн)\w+\s+состоянии)|\b(?:in\s+intensive\s+care|(?:is|are)\s+being\s+treated|"
                      r"(?:is|are)\s+(?:in|recovering\s+in)\s+(?:a\s+)?hospital|in\s+(?:a\s+)?(?:stable|serious|critical|satisfactory)\s+condition)\b", re.I)


#: Closures, and the damage that makes a storm an event, and the words of a cause before it
_CLOSED = re.compile(r"\b(?:closed|shut|suspended|cancell?ed|halted)\b|(?<![\w])(?:закрыт\w*|перекрыт\w*|ограничен\w*|"
                     r"приостановлен\w*|отмен[её]н\w*|жабыл\w*|тоқтатыл\w*|шектеу\w*)", re.I)
_DAMAGE = re.compile(r"\b(?:damag\w*|destroy\w*|tore|torn|ripped|killed|died|dead|injur\w*|hurt|collaps\w*|brought\s+down|"
                     r"uprooted|felled|without\s+(?:power|electricity))\b|(?<![\w])(?:разруш\w*|поврежд\w*|повредил\w*|сорва\w*|"
                     r"погиб\w*|пострадал\w*|обрушил\w*|повалил\w*|обесточ\w*|без\s+света|қираты\w*|зақым\w*|қаза|жарақат\w*|"
                     r"құла\w*|жарықсыз|үзіп|жұлып)", re.I)
_BECAUSE_OF = re.compile(r"(?:\b(?:due\s+to|because\s+of|owing\s+to)\s+(?:the\s+|a\s+)?(?:heavy\s+|strong\s+)?|"
                         r"(?<![\w])из-за\s+(?:сильн\w*\s+)?)$", re.I)
_KK_BECAUSE_AFTER = re.compile(r"\w*\s+(?:байланысты|салдарынан|кесірінен)", re.I)


#: A drill's scenario ("отработали спасение", "по легенде учений", "simulating a blast", "жаттығу
#: сценарийі бойынша").
_DRILL = re.compile(
    r"(?<![\w])(?:отраб(?:отали|атывали|атывают|отают)\s+(?:[\w-]+\s+){0,8}?(?:спасени|эвакуаци|тушени|поиск|действи|"
    r"ликвидаци|оказани)\w*|по\s+(?:легенде|сценарию)|жаттығу\s+(?:сценари|барысында\s+(?:шартты|\w+\s+шартты)))\w*|"
    r"\b(?:simulat(?:ed|ing|ion)|(?:drill|exercise)\s+scenario)\b", re.I)


def _sentence_start(text: str, i: int) -> int:
    """The start of the sentence or line holding ``i`` (after its last full stop or line break)."""
    return max(text.rfind(".", 0, i), text.rfind("\n", 0, i)) + 1


def _sentence_end(text: str, i: int) -> int:
    """The end of the sentence or line holding ``i`` (its next full stop or line break)."""
    ends = [j for j in (text.find(".", i), text.find("\n", i)) if j != -1]
    return min(ends) if ends else len(text)


#: A storm that did no harm ("буря обошлась без последствий", "дауыл айтарлықтай зиян келтірмеді",
#: "the storm caused no damage"): no event.
_NO_DAMAGE = re.compile(
    r"\b(?:caused\s+no\s+(?:\w+\s+)?damage|did\s+no\s+(?:\w+\s+)?damage|without\s+(?:causing\s+)?(?:any\s+)?damage|passed\s+without\s+incident)\b|"
    r"(?<![\w])(?:обош[её]?л\w*\s+без\s+(?:последствий|ущерба|разрушений|происшествий)|не\s+(?:причинил|нан[её]с)\w*\s+(?:\w+\s+)?ущерба|"
    r"(?:\w+\s+)?зиян\s+келтірмеді|зардапсыз\s+өтті)(?![\w])", re.I)
#: Forecasts and weather warnings ("синоптики прогнозируют сильный ветер", "қатты жел
#: соғады деп күтілуде", "strong winds are expected").
_FORECAST = re.compile(
    r"\b(?:forecast\w*|expected|expect|predicted|warning|warned|alert|will\s+(?:ease|subside|die\s+down|abate))\b|"
    r"(?<![\w])(?:прогноз\w*|ожида\w*|синоптик\w*|предупрежд\w*|предупредил\w*|штормов\w*\s+предупрежден\w*|"
    # (a storm that "will subside": the weather ahead, told with it)
    r"стихнет|утихнет|ослабнет|басылады|"
    r"күтіл\w*|болжа\w*|синоптик\w*|ескерт\w*)", re.I)


#: Statistics: many events over a period ("1,200 road accidents since January",
#: "за год произошло 300 пожаров", "жыл басынан бері 150 өрт") are not one incident.
# words of which every match of ``_PERIOD`` holds one (lower case)
_PERIOD_WORDS = ("since", "last", "year", "annual", "over the", "in 1", "in 2", "past", "с начала", "за ", "году",
                 "same period", "half of", "from jan", "полугоди", " по ", "жартыжыл", "кезең",
                 "ежегодно", "бері", "өткен", "биыл", "ішінде", "соңғы", "осы жыл", "былтыр", "басталғалы", "сайын", "каждый год")
#: Since a month or a year, in Kazakh ("2022 жылдың маусымынан бері", "қаңтардан бері").
_KK_SINCE = (r"(?:(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*|"
             r"\d{4}\s+жыл(?:дан|нан|ы|ғы)?)\s+бері")
_PERIOD = re.compile(
    r"\b(?:since\s+(?:the\s+start\s+of\s+)?(?:the\s+year|january|\d{4})|last\s+year|this\s+year|every\s+year|each\s+year|a\s+year|per\s+year|annually|"
    r"(?:last|past)\s+(?:winter|summer|spring|autumn|heating\s+season)|"
    r"over\s+the\s+(?:past|last)\s+\w+|in\s+\d{4}|(?:in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks?|months?|years?)|"
    r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:summer|winter|spring|autumn|season|month|week|swimming\s+season|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"(?:over|in|during)\s+the\s+same\s+period|in\s+the\s+(?:first|second)\s+half\s+of\s+(?:the\s+)?(?:year|\d{4})|"
    r"from\s+(?:january|february|march|april)\s+(?:to|through)\s+(?:june|july|august|september|october|november|december))\b|"
    r"(?<![\w])(?:с\s+(?:января|февраля|марта|апреля)\s+по\s+(?:июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)|"
    r"за\s+(?:тот\s+же|аналогичный|отч[её]тный)\s+период|(?:за|в)\s+(?:первое|второе|первом|втором)\s+полугоди[еи]|"
    r"(?:бірінші|екінші)\s+жартыжылдық\w*|сол\s+кезеңде)(?![\w])|"
    r"(?<![\w])(?:с\s+начала\s+года|за\s+(?:прошлый\s+|текущий\s+|минувший\s+)?год|в\s+прошлом\s+году|за\s+\d+\s+месяц\w*|"
    r"с\s+начала\s+(?:\w+\s+)?(?:лета|зимы|весны|осени|месяца|сезона|недели)|за\s+(?:последн\w+|прошедш\w+|минувш\w+)\s+(?:\w+\s+)?(?:месяц\w*|недел\w+|дн\w+|сутки)|"
    r"в\s+(?:этом|текущем|нынешнем|\d{4})\s+году|за\s+(?:полгода|квартал)|(?:осы|өткен)\s+(?:жылы|маусымда|тоқсанда)|былтыр|"
    r"ежегодно|каждый\s+год|жыл\s+сайын|жыл\s+басынан\s+бері|өткен\s+жыл\w*|биылғы\s+жыл\w*|биыл|осы\s+жылы|жыл\s+ішінде|соңғы\s+(?:\w+\s+)?(?:ай|апта|жыл|күн)\w*|"
    r"(?:жаз|қыс|көктем|күз|маусым|ай)\s+басынан\s+бері|(?:жаз|маусым|маусымы|жыл|ай)\s+басталғалы|" + _KK_SINCE + r")(?![\w])",
    re.I,
)


def names_period(text: str, low: str | None = None) -> bool:
    """Whether ``text`` names a period that events are tallied over ("this year", "биыл")."""
    return contains_any(text.lower() if low is None else low, _PERIOD_WORDS) and _PERIOD.search(text) is not None


#: Since a month ("since June 1", "since early July", "с конца июня").
_SINCE_MONTH_WORDS = ("since", "с начала", "с конца", "с середины", "с 1")
_SINCE_MONTH = re.compile(
    r"\bsince\s+(?:early\s+|mid-|late\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|(?<![\w])с\s+(?:начала|конца|середины|1)\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
    r"октября|ноября|декабря)(?![\w])", re.I)
#: A week or a month: with a large count of events before the event word, a total.
_TWO_DIGITS = re.compile(r"\d\d")
_SHORT_PERIOD_WORDS = ("this ", "за ", "в этом", "на этой", "осы ", "өткен", "past", "last")
_SHORT_PERIOD = re.compile(
    r"\b(?:this|last|past)\s+(?:month|week|weekend|season|summer|winter|spring)\b|"
    r"(?<![\w])(?:в\s+этом\s+месяце|на\s+этой\s+неделе|за\s+(?:эту\s+|прошлую\s+|прошедшую\s+|минувшую\s+)?(?:неделю|месяц|сутки|выходные)|"
    r"за\s+\d+\s+(?:дн\w*|недел\w*)|(?:осы|өткен)\s+(?:айда|аптада|демалыста))(?![\w])", re.I)
#: A period that runs up to now (not one past year, which may date a background event).
_RUNNING_PERIOD = re.compile(
    r"\b(?:since\s+(?:the\s+start\s+of\s+)?(?:the\s+year|january)|this\s+(?:year|month|week|season|summer)|so\s+far\s+this)\b|"
    r"(?<![\w])(?:с\s+начала\s+(?:\w+\s+)?(?:года|лета|месяца|сезона)|в\s+(?:этом|текущем|нынешнем)\s+году|"
    r"жыл\s+басынан\s+бері|биыл|осы\s+жылы|(?:жаз|маусым)\s+басынан\s+бері|(?:жаз|маусым|маусымы|жыл)\s+басталғалы|"
    + _KK_SINCE + r")(?![\w])", re.I)
#: The year so far: a few events counted over it are a tally too ("мұнда биыл бес жол апаты болған",
#: "с начала года здесь произошло три ДТП"), not the news of the day.
_YEAR_SO_FAR = re.compile(
    r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|since\s+january|this\s+year|so\s+far\s+this\s+year)\b|"
    r"(?<![\w])(?:с\s+начала\s+года|в\s+(?:этом|текущем|нынешнем)\s+году|жыл\s+басынан\s+бері|биыл|осы\s+жылы|жыл\s+басталғалы)(?![\w])",
    re.I)
#: Plural event nouns: with a period they name a total of many events, not one.
_PLURAL_EVENTS = re.compile(
    r"(?:road\s+|traffic\s+)?(?:accidents|crashes|collisions|fires|floods|explosions|drownings)|"
    r"(?:авари(?:й|ях|ями|ям)|пожар(?:ов|ах|ами)|дтп|дорожно-транспортн\w+\s+происшестви(?:й|ях|ями))|"
    r"(?:(?:жол(?:-көлік)?|көлік)\s+)?(?:апаттар|өрттер|жарылыстар)\w*", re.I)
#: Many people before or after the event word of a period total ("19 people have drowned",
#: "утонули уже 19 человек").
def _people_counted(digits: str) -> tuple:
    """The patterns for a number of people (``digits``: how many digits it has) right before and
    right after an event word."""
    before = re.compile(rf"(?<![\w.,])\d{digits}\s+(?:people|persons|residents|children|человек\w*|адам|бала)\s+(?:\w+\s+){{0,2}}$", re.I)
    after = re.compile(rf"\s+(?:уже\s+|already\s+)?\d{digits}\s+(?:people|persons|человек\w*|адам)", re.I)
    return before, after


_STAT_PEOPLE_BEFORE, _STAT_PEOPLE_AFTER = _people_counted("{2,}")
_PEOPLE_BEFORE, _PEOPLE_AFTER = _people_counted("+")  # (any number, for a period running to now)
#: A few events counted before a plural ("two fires broke out", "три пожара"): events told one by one.
_FEW = (r"(?:\b(?:two|three|four|five|several|both)|(?<![\w.,])[2-9]|(?<![\w])(?:два|две|двух|три|тр[её]х|четыре|пять|"
        r"нескольк\w+|екі|үш|төрт|бес|бірнеше))\s+")
_FEW_BEFORE = re.compile(_FEW + r"(?:[\w-]+\s+)?$", re.I)
#: A small count right before the event word: the events it counts ("бес жол апаты", not "6 өңірінде өрт").
_FEW_JUST_BEFORE = re.compile(_FEW + "$", re.I)
_COUNTABLE = {"fire", "explosion", "crash", "accident", "arson", "attack", "shooting", "flood"}
_STAT_COUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)(?:[1-9]\d{0,2}(?:[ ,.\u00a0]\d{3})+|\d{2,})(?:-[а-яәіңғүұқөһ]+)?\s+(?:[\w-]+\s+)?$")


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been)\s+$", re.I)
_BY_AFTER = re.compile(r"\s+by\b", re.I)
#: Those who seize goods as a measure, and the goods (a quantity, or a kind of contraband).
_SEIZING_AUTHORITY = re.compile(
    r"\b(?:police|policemen|customs|border\s+guards?|officers|investigators|agents|officials|authorities|KNB|"
    r"anti-drug|narcotics)\b", re.I)
_GOODS_SEIZED = re.compile(
    r"\s+(?:(?:about|some|nearly|over|more\s+than|almost|around)\s+)?(?:\d[\d,.]*|[a-z]+)\s+(?:kg|kilo\w*|tonnes?|tons?|"
    r"grams?|litres?|liters?|packs?|cartons?|boxes?|phones?|bottles?|units?|pieces?|heads?)\b|"
    r"\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:drugs|narcotics|heroin|hashish|cannabis|marijuana|cocaine|contraband|"
    r"cigarettes|alcohol|vodka|goods|smuggled|counterfeit|weapons\s+and\s+ammunition|firearms|ammunition|cash)\b", re.I)


_GOODS_HELD = re.compile(
    r"(?<![\w])(?:контрабанд|тонн|килограм|телефон|сигарет|есірткі|наркотик|героин|гашиш|жеміс|фрукт|тауар|товар|"
    r"алкогол|арақ|водк|грузовик|фур[аыу]|вагон|саксаул|древесин|лес[аом]?\b|ағаш|скот|мал\b|жылқы)\w*|(?<![\w\d])(?:кг|т)(?![\w])", re.I)
_PEOPLE_HELD = re.compile(
    r"(?<![\w])(?:адам|тұрғын|күдікті|азамат|жүргізуші|контрабандист|ер\s+адам|әйел|человек|жител|подозрева|"
    r"мужчин|женщин|водител|граждан|курьер|иностран|шетел)\w*", re.I)


#: People held for crossing a border or staying without papers: migrants, foreigners, border
#: violators ("detained 43 foreigners who crossed outside checkpoints", "задержали более двух
#: тысяч нарушителей", "заңсыз мигранттар ұсталды")
_BORDER_HELD = re.compile(
    r"\b(?:(?:illegal\s+)?(?:migrants?|immigrants?)|foreigners|foreign\s+(?:nationals|citizens)|(?:border\s+)?violators|"
    r"people\s+who\s+crossed)\b|"
    r"(?<![\w])(?:(?:незаконн\w*\s+)?мигрант\w*|иностран(?:цев|цы|ных\s+граждан)|нарушител\w*\s*(?:границ\w*)?|"
    r"(?:заңсыз\s+)?мигрант\w*|шетелдік\w*|шетел\s+азамат\w*|шекара\w*\s+бұзушы\w*|бұзушы\w*)", re.I)
#: ... and what marks a struggle: then the detention is part of an incident
_STRUGGLE = re.compile(r"\b(?:shot|fired|wounded|injured|killed|clash\w*|brawl\w*|fight\w*|resist\w*|shoot-?outs?|gunfire)\b|"
                       r"(?<![\w])(?:стрел\w*|ранен\w*|ранил\w*|погиб\w*|драк\w*|оказал\w*\s+сопротивлени\w*|открыл\w*\s+огонь|"
                       r"оқ\s+атқан|оқ\s+атты|"
                       r"атып|жарақат\w*|төбелес\w*|қарсылық)", re.I)


def _arrest_sentence(text: str, h, before: int, after: int) -> tuple[int, int]:
    """The sentence around an arrest word: back to a full stop or a line break, at most ``before``
    characters, and on to a full stop, at most ``after``."""
    a = max(0, h.start - before)
    stop = max(text.rfind(".", a, h.start), text.rfind("\n", a, h.start))
    a = stop + 1 if stop != -1 else a
    b = text.find(".", h.end, h.end + after)
    return a, (h.end + after if b == -1 else b)


def _border_held(text: str, h) -> bool:
    """An arrest word about migrants or border violators held in the sentence, with no shot, wound
    or fight in it: an official measure (counted only as part of an incident it ends)."""
    a, b = _arrest_sentence(text, h, 120, 90)
    return _BORDER_HELD.search(text, a, b) is not None and _STRUGGLE.search(text, a, b) is None


#: Crimes with no violence: a detention for them is police work, not an incident
_QUIET_CRIME = re.compile(
    r"\b(?:fraud\w*|scam\w*|swindl\w*|brib\w*|embezzl\w*|theft|thieves|stole|stolen|stealing|smuggl\w*|"
    r"traffick\w*|drugs?|narcotics?|hashish|heroin|marijuana|poach\w*|counterfeit\w*|forged|forgery|extradit\w*|"
    r"corruption|laundering|tax\s+evasion|wanted\s+on|illegal(?:ly)?\s+(?:logg\w*|fell\w*|cut\w*|fish\w*|hunt\w*)|"
    r"cutting\s+down|felling|felled)\b|"
    r"(?<![\w])(?:мошенни\w*|взятк\w*|хищени\w*|краж\w*|контрабанд\w*|наркоти\w*|гашиш\w*|героин\w*|браконь\w*|"
    r"растрат\w*|коррупц\w*|экстради\w*|подделк\w*|фальшив\w*|отмывани\w*|незаконн\w+\s+(?:рубк\w*|вырубк\w*|лов\w*|охот\w*)|"
    r"заңсыз\s+(?:ағаш\s+)?(?:кес\w*|аула\w*|аң\s+аула\w*)|"
    r"алаяқ\w*|ұрлық\w*|ұрла\w*|контрабанда\w*|есірткі\w*|браконьер\w*|жемқор\w*|пара\s+(?:ал|беру)\w*|"
    r"шекарадан\s+(?:заңсыз\s+)?(?:[\w-]+\s+)?өткіз\w*|"
    # (what poachers are caught with: horns, skins, pelts)
    r"мүйіз\w*|терісі\w*|рог(?:а|ов)\s+сайгак\w*|шкур\w*)|\b(?:saiga\s+horns?|horns|skins?|pelts?|hides)\b", re.I)
#: ... unless violence is told with it (a robbery, an attack, a killing, a shot)
_VIOLENT_CRIME = re.compile(
    r"\b(?:robb\w*|assault\w*|attack\w*|murder\w*|kill\w*|stabb?\w*|shot|shoot\w*|fired|wounded|injured|beat(?:en|ing)?|"
    r"kidnap\w*|hostage\w*|clash\w*|brawl\w*|fight\w*|resist\w*|riot\w*|protest\w*|rally|rallies)\b|"
    r"(?<![\w])(?:ограб\w*|разбо\w*|напад\w*|убий\w*|убил\w*|убит\w*|зарез\w*|стрел\w*|ранен\w*|ранил\w*|избил\w*|избит\w*|"
    r"похитил\w*|похищени\w*\s+(?:человек|ребён|ребен|девуш|женщин|мужчин)\w*|заложни\w*|драк\w*|сопротивлени\w*|беспоряд\w*|митинг\w*|протест\w*|"
    r"тона\w*|шабуыл\w*|өлтір\w*|пышақ\w*|атып|жарақат\w*|төбелес\w*|қарсылық\w*|митинг\w*|наразы\w*)", re.I)


#: A court that orders an arrest ("городской суд арестовал двух мужчин", "сот ... қамауға алды",
#: "a court ordered the arrest of"): a ruling, not an arrest where something happened.
_COURT_BEFORE = re.compile(r"(?:(?<![\w])(?:суд|сот|соты)|\bcourt)\s+(?:[\w-]+\s+){0,5}?$", re.I)
_COURT_ORDERED = re.compile(r"\bcourt\s+(?:[\w-]+\s+){0,2}?(?:ordered|sanctioned|approved)\s+(?:the\s+)?$", re.I)
#: A man detained because he is wanted elsewhere ("задержан житель Бишкека, которого киргизская
#: милиция разыскивает за разбойное нападение", "wanted in Russia for robbery", "іздеуде
#: жүрген"): police work whatever he is wanted for.
_WANTED = re.compile(r"\bwanted\s+(?:in|by|for)\b|(?<![\w])(?:разыскива\w*|в\s+розыске|объявлен\w*\s+в\s+розыск|"
                     r"іздеуде\w*|іздеу\s+салын\w*)", re.I)
#: Border guards who detain: a border offence (smuggling, a crossing), police work unless there
#: was a struggle
_BORDER_GUARDS = re.compile(r"\bborder\s+guards?\b|(?<![\w])(?:пограничник\w*|погранслужб\w*|шекарашы\w*)", re.I)
#: The people detained named again ("По словам задержанных", "Two of the detained",
#: "Ұсталғандардың бірі"): no new detention.
_DETAINEES_AGAIN = re.compile(r"(?:(?:по\s+словам|один|одна|одного|двое|трое|некоторые|часть|многие)\s+(?:из\s+)?)$|"
                              r"\b(?:\w+\s+)?of\s+the\s+$", re.I)


#: What a man is wanted or charged for ("разыскивает за разбойное нападение", "wanted in Russia
#: for robbery"): an event told elsewhere, not here.
_WANTED_FOR = re.compile(r"(?:\bwanted\s+(?:[\w-]+\s+){0,3}?for|(?<![\w])(?:разыскива\w*|в\s+розыске)\s+(?:[\w-]+\s+){0,3}?за)"
                         r"\s+(?:[\w-]+\s+)?$", re.I)


def _police_work(text: str, h) -> bool:
    """An arrest word that tells no detention where something happened: the detainees named
    again, a court's ruling, a man wanted elsewhere (whatever for), people held by border guards
    with no struggle, or a crime with no violence in the sentence (fraud, a bribe, theft,
    smuggling, drugs, poaching, an extradition)."""
    low = h.text.lower()
    before = text[max(0, h.start - 40): h.start]
    if low.startswith(("задержанн", "detained", "detainee", "ұсталғанд")) and _DETAINEES_AGAIN.search(before):
        return True
    if low.startswith("ұсталғандар"):
        return True  # ("ұсталғандардың бірі – Теміртау тұрғыны": the detainees, a noun)
    a, b = _arrest_sentence(text, h, 160, 160)
    if _COURT_BEFORE.search(text, max(a, h.start - 60), h.start) or _COURT_ORDERED.search(text, max(a, h.start - 50), h.start):
        return True
    if _WANTED.search(text, a, b):
        return True
    if _BORDER_GUARDS.search(text, a, b) is not None and _STRUGGLE.search(text, a, b) is None:
        return True
    return _QUIET_CRIME.search(text, a, b) is not None and _VIOLENT_CRIME.search(text, a, b) is None


def _goods_held(text: str, h) -> bool:
    """An arrest word whose object is goods, with no person near it (see ``raw_trigger_hits``)."""
    a = max(0, h.start - 70)
    stop = text.rfind(".", a, h.start)
    a = stop + 1 if stop != -1 else a
    b = text.find(".", h.end, h.end + 60)
    b = h.end + 60 if b == -1 else b
    return _GOODS_HELD.search(text, a, b) is not None and _PEOPLE_HELD.search(text, a, b) is None


_REPORTED = re.compile(r"\b(?:said|say|says|reported|told)\b")
#: Raids told as held against a trade or a group ("Raids on gambling were held", "raids against
#: illegal migrants were carried out"): police work, whoever the subject
_RAID_MEASURE = re.compile(r"\s+(?:(?:on|against)\s+(?:illegal\s+|underground\s+)?(?:gambling|betting|drugs?|"
                           r"migrants?|casinos?|bookmakers?|alcohol|counterfeit\w*|poachers?|poaching)\b|"
                           r"(?:were|was|have\s+been|had\s+been)\s+(?:held|carried\s+out|conducted))", re.I)


def _police_raid(text: str, h) -> bool:
    """A raid the police or other officials made: "seized ... in a raid on a warehouse", "police
    raided a flat" (not "police said gunmen raided a bank")."""
    if h.text.lower().startswith("raided"):
        return bool(_SEIZING_AUTHORITY.search(text, max(0, h.start - 30), h.start)) and \
            not _REPORTED.search(text, max(0, h.start - 30), h.start)
    return bool(_SEIZING_AUTHORITY.search(text, max(0, h.start - 120), h.start))


_ELECTROCUTION = re.compile(r"(?i)током|ток\s|тогы|electr|line|cable|wire|current")
_GRID_FAULT = re.compile(
    r"\w*\s+(?:(?:в|на)\s+(?:\w+\s+)?(?:энергосистем|электросет|сет(?:и|ях)\s+электр|подстанци|лэп\b|лини\w*\s+электропередач)|"
    r"(?:in|on|at)\s+(?:the\s+)?(?:\w+\s+)?(?:power\s+(?:grid|system|network|line)|grid|substation|energy\s+system))", re.I)


_WATER_SUBJECT = re.compile(r"(?:\b(?:water|waters|floodwaters?|meltwater|mud|the\s+river)|"
                            r"(?<![\w-])(?:вода|талая\s+вода|река|сель))\s+(?:\w+\s+){0,6}$", re.I)


def raw_trigger_hits(text: str) -> list[Hit]:
    """Every event word of ``text``, plans and denials included (see ``find_triggers``)."""
    out = _raw_hits(text)
    present = {h.type for h in out}  # (the filters below only remove hits)
    if "seizure" in present and "flood" in present:
        # water "entering" homes is the flood, not a seizure
        floods = [h.end for h in out if h.type == "flood"]
        out = [h for h in out if not (h.type == "seizure" and any(0 <= h.start - e <= 40 for e in floods))]
    if "seizure" in present or "protest" in present:
        # "water had also entered homes", "вода вышла на улицы села": water as the subject of
        # "entered" or of "went out into the streets" tells the flood
        out = [Hit(h.start, h.end, "flood", h.weak, h.text, h.agent)
               if ((h.type == "seizure" and h.text[:5].lower() == "enter")
                   or (h.type == "protest" and h.text[:4].lower() == "вышл"))
               and _WATER_SUBJECT.search(text, max(0, h.start - 40), h.start) else h for h in out]
    if "crash" in present:
        # something that "came down" crashed when it flies (a plane, a helicopter, a rocket
        # stage), not power lines, a mudflow or rock
        out = [h for h in out if not (h.type == "crash" and h.text[:4].lower() == "came"
                                      and not _AIRCRAFT.search(text, _sentence_start(text, h.start), h.start))]
    if "attack" in present:
        # a police raid ("Police in Almaty seized 120 kg of hashish in a raid on a warehouse") is a
        # measure, not an attack
        out = [h for h in out if not (h.type == "attack" and h.text.lower().startswith("raid")
                                      and (_police_raid(text, h) or _RAID_MEASURE.match(text, h.end)))]
    if "seizure" in present:
        # police, customs or border guards seizing goods ("Police seize 120 kg of hashish",
        # "customs officers seized 300 phones") take part in no incident: an official measure
        out = [h for h in out if not (h.type == "seizure" and _GOODS_SEIZED.match(text, h.end)
                                      and _SEIZING_AUTHORITY.search(text, max(0, h.start - 80), h.start))]
    if "seizure" in present and "arrest" in present:
        # a thing "was seized" with people detained ("Two suspects were detained, and a hunting rifle
        # was seized"): the police took it as evidence (not "was seized by protesters")
        out = [h for h in out if not (h.type == "seizure" and _PASSIVE_BEFORE.search(text, max(0, h.start - 12), h.start)
                                      and not _BY_AFTER.match(text, h.end))]
    if "arrest" in present:
        # trains, flights and traffic "задержаны" are delayed, not detained; goods "held" at a
        # border post ("300 телефонды ұстады", "задержали две тонны контрабандных фруктов") are
        # seized, and nobody is detained
        out = [h for h in out if not (h.type == "arrest" and ((_DELAYED.match(h.text) and _delay(text, h))
                                                              or _goods_held(text, h) or _border_held(text, h)
                                                              or _police_work(text, h)))]
    if "protest" in present and any(h.type == "protest" and _STOP_WORK.match(h.text) for h in out):
        # a work stoppage needs workers as its subject ("400 workers at the X mine have
        # stopped work"); a plant or a line that "stopped work" is no strike
        out = [h for h in out if not (h.type == "protest" and _STOP_WORK.match(h.text) and not _workers_before(text, h.start))]
    if "protest" in present and "crash" in present:
        # "перекрыли железнодорожный переезд, остановив поезда": the crossing people blocked, no crash at it
        blocks = [(h.start, h.end) for h in out if h.type == "protest"]
        out = [h for h in out if not (h.type == "crash" and any(a <= h.start and h.end <= b for a, b in blocks))]
    if "protest" in present:
        # a line or road "blocked" by a derailed train, a landslide or snow is a
        # consequence of that mishap, not a blockade by people; nor is a road that
        # water, snow or ice "cut off" (a protest needs people doing it)
        mishaps = [h.end for h in out if h.type in _MISHAP_TYPES]
        out = [h for h in out if not (h.type == "protest" and _BLOCKING.match(h.text)
                                      and not _PEOPLE.search(text, max(0, h.start - 60), h.start)
                                      and (any(0 <= h.start - e <= 150 for e in mishaps)
                                           or _NATURE_SUBJECT.search(text, max(0, h.start - 40), h.start)
                                           or _AUTHORITY_SUBJECT.search(text, max(0, h.start - 60), h.start)))]
    if "crash" in present or "accident" in present:
        # a fault of the power grid ("авария в энергосистеме", "электр желісіндегі апат") cuts
        # the lights: a utility failure, not an accident; what it causes (a collision at an
        # unlit junction, a candle fire) is told with words of its own
        # (someone electrocuted at a substation is hurt by it: "убило током на подстанции")
        out = [h for h in out if not (h.type in ("crash", "accident") and _GRID_FAULT.match(text, h.end)
                                      and not _ELECTROCUTION.search(h.text))]
    if "crash" in present:
        # "hit a truck", "struck a pedestrian": a collision only with a vehicle or its driver
        # named before the verb in the clause ("a train travelling from X to Y hit a truck"),
        # not "police hit a man" nor "sales hit a record"
        out = [h for h in out if not (h.type == "crash" and _COLLISION_VERB.match(h.text)
                                      and not _VEHICLE_BEFORE.search(text, max(0, h.start - 100), h.start))]
    if "explosion" in present:
        # sappers blasting ice jams, a controlled explosion or a demolition is a
        # measure, not an explosion; a Kazakh wall or road that "жарылды" cracked
        out = [h for h in out if not (h.type == "explosion" and (_controlled_blast(text, h) or _cracked(text, h)))]
    if "accident" in present:
        # an avalanche brought down on purpose ("set off a controlled avalanche", "принудительный
        # спуск лавин") with nobody hurt is a measure
        out = [h for h in out if not (h.type == "accident" and _CONTROLLED_AVALANCHE.search(text, *_around(text, h, 60, 30))
                                      and not _BLAST_VICTIMS.search(text, *_around(text, h, 80, 80)))]
    if present & _FIGURATIVE_TYPES:
        out = [h for h in out if not (h.type in _FIGURATIVE_TYPES and _figurative(text, h))]
    return out


#: Event words in their figurative senses: a minister "under fire", "a flood of imports", "взрыв
#: красок", "курс тенге обвалился", "explosion of interest"; and attacks or protests on a
#: playing field ("launched attack after attack but failed to score", "protested the referee's
#: decision").
_FIGURATIVE_TYPES = {"fire", "flood", "explosion", "crash", "accident", "attack", "protest"}
_FIGURATIVE_AFTER = {
    "flood": re.compile(r"\s+of\s+(?!(?:the\s+)?(?:water|mud|melt\w*|river|rain)\b)", re.I),
    "explosion": re.compile(
        r"\s+(?:of\s+(?:colou?rs?|interest|demand|growth|popularity|emotions?|joy|laughter|anger|creativity)\b|"
        r"(?:красок|эмоци\w*|смеха|восторга|негодовани\w*|возмущени\w*|интереса|популярност\w*|цен\b|рождаемост\w*|"
        r"спроса|аплодисмент\w*|энтузиазма|активност\w*))", re.I),
    "accident": re.compile(r"\s+(?:курса|курсов|рынк\w*|цен\b|акци\w*|котиров\w*|тенге|рубля|нефтян\w*\s+цен\w*|биржи)", re.I),
    # "штурмовали пик", a charity or tree-planting "акция"
    "attack": re.compile(r"\s+(?:\w+\s+)?(?:пик\w*|вершин\w*|гор[уыа]?\b|высот\w*|перевал\w*)", re.I),
    "protest": re.compile(r"\s+(?:\w+\s+)?(?:по\s+(?:посадке|уборке|сбору|озеленению|раздаче|благоустройству|очистке)|«[^»]{0,40}»\s*$)|"
                          r"\w*\s+(?:\w+\s+)?(?:по\s+(?:посадке|уборке|сбору|озеленению|раздаче|благоустройству|очистке))", re.I),
}
_FIGURATIVE_BEFORE = {
    "fire": re.compile(r"\bunder\s+$", re.I),
    # "prices exploded", "was a blast", "взрывной рост" (the adjective is tested after the word)
    "explosion": re.compile(r"\b(?:prices?|sales|demand|costs?|tariffs?|inflation|rents?|popularity)\s+(?:have\s+|had\s+)?$|"
                            r"\b(?:was|is|be|been|what)\s+a\s+$", re.I),

    "accident": re.compile(r"(?<![\w])(?:курс\w*|рын(?:ок|ка|ки)\w*|цен[ыа]?|котировк\w*|индекс\w*|акци[иея]\w*)\s+(?:\w+\s+){0,3}$", re.I),
}
_PLAYING_FIELD = re.compile(
    r"\b(?:scor(?:e|ed|ing)|goals?|match(?:es)?|striker|midfielder|defender|goalkeeper|referee'?s?|penalty|"
    r"league|championship|tournament|play-?offs?|football|hockey|futsal|basketball|volleyball)\b|"
    r"(?<![\w])(?:матч\w*|гол(?:а|ов|ы)?\b|чемпионат\w*|турнир\w*|судь[яеи]\w*|футбол\w*|хоккей\w*|"
    r"ойын(?:да|ы)?\b|турнирі\w*|чемпионаты\w*|төреші\w*)", re.I)
_VICTIMS = re.compile(
    r"\b(?:kill\w*|died|dead|injur\w*|wound\w*|hurt|hospital\w*|detain\w*|arrest\w*|police|beat(?:en|ing)?)\b|(?<![\w])(?:погиб\w*|пострада\w*|"
    r"ранен\w*|травм\w*|задержа\w*|полици\w*|қаза\w*|жарақат\w*|ұста\w*|полиция\w*)", re.I)


#: "экологическая катастрофа", "демографический взрыв", "экологиялық апат", "демографиялық жарылыс".
_ABSTRACT_ADJ = re.compile(
    r"(?<![\w])(?:экологическ|демографическ|экономическ|финансов|информационн|гуманитарн|социальн|политическ|"
    r"экологиялық|демографиялық|экономикалық|қаржылық|ақпараттық|гуманитарлық|әлеуметтік|саяси)\w*\s+$|"
    r"\b(?:ecological|environmental|demographic|economic|financial|humanitarian|political)\s+$", re.I)
#: A charity, ecological, social or advertising campaign ("благотворительная акция").
_CAMPAIGN = re.compile(r"(?<![\w])(?:благотворительн|экологическ|социальн|рекламн|патриотическ|волонт[её]рск|донорск|"
                       r"просветительск|профилактическ|республиканск|всемирн|международн|образовательн|культурн)\w*\s+акци", re.I)
_GROWTH_ADJ = re.compile(r"взрывн\w*\s+(?:\w+\s+)?(?:рост\w*|спрос\w*|интерес\w*|популярност\w*|темп\w*|характер\w*)", re.I)


def _figurative(text: str, h: Hit) -> bool:
    after = _FIGURATIVE_AFTER.get(h.type)
    if after is not None and after.match(text, h.end, h.end + 40):
        return True
    if h.type == "explosion" and _GROWTH_ADJ.match(text, h.start, h.end + 30):
        return True
    if h.type == "protest" and _CAMPAIGN.search(text, max(0, h.start - 40), h.end + 20):
        return True
    if h.type in ("explosion", "crash", "accident") and _ABSTRACT_ADJ.search(text, max(0, h.start - 30), h.start):
        return True
    before = _FIGURATIVE_BEFORE.get(h.type)
    if before is not None and before.search(text, max(0, h.start - 40), h.start):
        return True
    if h.type in ("attack", "protest"):
        a, b = _around(text, h, 120, 120)
        return bool(_PLAYING_FIELD.search(text, a, b)) and not _VICTIMS.search(text, a, b)
    return False


_COLLISION_VERB = re.compile(r"(?:hit|struck|rammed|ran|knocked)\b(?!\s+(?:down\s+|over\s+)?by\b)", re.I)
_VEHICLE_BEFORE = re.compile(
    r"\b(?:lorry|lorries|trucks?|cars?|bus|buses|minibus|vehicles?|tractors?|trains?|locomotives?|tankers?|jeeps?|"
    r"vans?|motorcycles?|SUVs?|drivers?|motorists?)\b[^.;]*$", re.I)

#: A blast done on purpose: sappers, demolition, blasting of ice or ice jams.
_CONTROLLED = re.compile(
    r"\b(?:controlled|planned|deliberate|scheduled)\s+(?:explosions?|blasts?|detonations?|blasting)|\bsappers?\b|"
    r"\b(?:controlled\s+)?demolition\s+(?:of\s+(?:the\s+)?ice|charges?|experts?|teams?|works?)\b|\bbomb\s+disposal|\bblasting\s+(?:operations|works?)|\bice\s+jams?\b|\b(?:blast\w*|blew\s+up)\s+(?:the\s+)?ice\b|"
    r"(?<![\w])(?:сап[её]р\w*|взрывотехник\w*|взрывны\w*\s+работ\w*|плановы\w*\s+взрыв\w*|контролируем\w*\s+взрыв\w*|"
    r"(?:подрыв|взрыв|подорв|взорв)\w*\s+(?:\w+\s+)?(?:л[её]д\w*|ледян\w*|затор\w*)|"
    r"мұз\w*\s+(?:\w+\s+)?жар(?:ды|ып|у|ылды|ылып)\w*|жарылыс\s+жұмыс\w*)", re.I)
_CONTROLLED_AVALANCHE = re.compile(
    r"\b(?:controlled|artificial|preventive|triggered|set\s+off\s+(?:an?\s+)?(?:\w+\s+)?)\s*avalanches?\b|"
    r"(?<![\w])(?:принудительн|искусственн|профилактическ|превентивн)\w*\s+(?:сход\w*|спуск\w*|обрушени\w*)\s+лавин\w*|"
    r"(?<![\w])(?:принудительн|искусственн|профилактическ)\w*\s+лавин\w*|"
    r"(?:жасанды|алдын\s+ала)\s+(?:түрде\s+)?(?:қар\s+)?көшкін\w*", re.I)
#: Deaths or injuries in the clause: a blasting accident is still an accident.
_BLAST_VICTIMS = re.compile(
    r"\b(?:killed|died|dead|injured|wounded|hurt)\b|(?<![\w])(?:погиб\w*|пострада\w*|ранен\w*|травм\w*|"
    r"қаза\w*|жарақат\w*|зардап\w*)", re.I)


def _controlled_blast(text: str, h: Hit) -> bool:
    a, b = _around(text, h, 80, 80)
    return bool(_CONTROLLED.search(text, a, b)) and not _BLAST_VICTIMS.search(text, a, b)


#: A Kazakh "жарылды/жарылып" of a wall, the ground, ice or glass: a crack, no blast.
_CRACK_NOUN = re.compile(
    r"(?<![\w])(?:қабырға(?:сы|лары)?|жер(?:і)?|мұз(?:ы)?|әйнег(?:і)|әйнек(?:тері)?|терезе(?:сі|лері)?|асфальт(?:ы)?|"
    r"жол(?:ы|дың)?|іргетас(?:ы)?|шатыр(?:ы)?|төбе(?:сі)?|еден(?:і)?|шина(?:сы)?|дөңгелег(?:і)|дөңгелек)\s+(?:\w+\s+)?$", re.I)


#: ... or the same noun right after a participle ("жарылған мұз 23 балықшыны ... ағызып әкетті").
_CRACK_NOUN_AFTER = re.compile(
    r"\s+(?:қабырға|жер|мұз|әйнек|терезе|асфальт|жол|іргетас|шатыр|төбе|еден|шина|дөңгелек)(?![\w])", re.I)


def _cracked(text: str, h: Hit) -> bool:
    low = h.text.lower()
    return low.startswith("жарыл") and not low.startswith("жарылыс") and bool(
        _CRACK_NOUN.search(text, max(0, h.start - 30), h.start)
        or (low.startswith("жарылған") and _CRACK_NOUN_AFTER.match(text, h.end)))


_STOP_WORK = re.compile(r"(?:(?:have|has|had)\s+)?(?:stopped|laid\s+down|put\s+down|downed)\s+(?:\w+\s+)?(?:work|tools)|"
                        r"walk(?:ed|ing)?\s+out|"
                        r"(?:прекратил|остановил|приостановил)\w*\s+работу|жұмысты\s+тоқтат", re.I)
_WORKERS = re.compile(
    r"\b(?:workers|miners|employees|staff|drivers|teachers|doctors|nurses|builders|oilmen|welders|crews|strikers)\b|"
    r"(?<![\w])(?:рабоч|шахт[её]р|горняк|водител|сотрудник|работник|нефтяник|врач|учител|строител|медик|"
    r"жұмысшы|кенші|жүргізуші|қызметкер|мұнайшы|дәрігер|мұғалім|құрылысшы)\w*", re.I)
_SENT_PUNCT = re.compile(r"[.;!?]")


def _around(text: str, h: Hit, before: int, after: int) -> tuple[int, int]:
    """The span of ``h``'s sentence, at most ``before`` characters before it and ``after`` after it."""
    a, b = max(0, h.start - before), min(len(text), h.end + after)
    for p in _SENT_PUNCT.finditer(text, a, h.start):
        a = p.end()
    p = _SENT_PUNCT.search(text, h.end, b)
    if p:
        b = p.start()
    return a, b


def _workers_before(text: str, pos: int) -> bool:
    """True when workers are named before ``pos`` in the same sentence, within 100 characters."""
    a = max(0, pos - 100)
    for p in _SENT_PUNCT.finditer(text, a, pos):
        a = p.end()
    return bool(_WORKERS.search(text, a, pos))


_DELAYED = re.compile(r"задерж", re.I)
_TRANSPORT = re.compile(
    r"(?<![\w])(?:поезд|рейс|авиарейс|вылет|прибыти|отправлени|электричк|самол[её]т|состав|движени|пойыз)\w*", re.I)


_PASSIVE_DELAY = re.compile(r"задержан|задержива", re.I)
_BY_POLICE = re.compile(r"(?<![\w])(?:полиц|сотрудник|правоохранител|подозрева|нарушител|пассажир\w*\s+с)\w*", re.I)
_TRANSPORT_NEXT = re.compile(
    r"\s+(?:(?:\d+|несколько|нескольк\w+|ряд|все|десятки|десятк\w+|два|две|двух|три|трех|трёх|четыре|пять|шесть|семь|"
    r"восемь|девять|десять|\w+надцать)\s+)?(?:вылет|рейс|авиарейс|отправлени|прибыти|движени|поезд|электричк)\w*", re.I)


#: Wages or benefits as the object of "задерживать" ("задерживают зарплату", "зарплату
#: строителям задерживают по три месяца"): paid late, nobody detained.
_WAGES_NEXT = re.compile(r"\s+(?:\w+\s+)?(?:зарплат|заработн|выплат|пенси|пособи|стипенди|жалован)\w*", re.I)
_WAGES_BEFORE = re.compile(r"(?<![\w])(?:зарплат|заработн|выплат|пенси|пособи|стипенди|жалован)\w*\s+(?:[\w-]+\s+){0,3}$", re.I)


def _delay(text: str, h: "Hit") -> bool:
    """True when "задержан(о/ы)" is about transport being late, not about a detention."""
    # (a duration alone says nothing: "задержан на 72 часа" is a detention)
    if _TRANSPORT_NEXT.match(text, h.end):
        return True  # "задержан вылет", "задержали отправление поезда", "задержали 14 (восемь) рейсов"
    if _WAGES_NEXT.match(text, h.end) or _WAGES_BEFORE.search(text, max(0, h.start - 60), h.start):
        return True  # "задерживают зарплату": wages paid late
    # a passive form with transport before it: "движение поездов было задержано"
    return bool(_PASSIVE_DELAY.match(h.text) and _TRANSPORT.search(text, max(0, h.start - 60), h.start)
                and not _BY_POLICE.search(text, max(0, h.start - 60), h.end + 40))


_BLOCKING = re.compile(r"block|(?:за)?блокир|перекры|останов|жолды\s+(?:жап|жауып|бөге)|(?:пойыз|көлік\s+қозғалыс)\w*\s+тоқтат", re.I)
#: Water, snow or ice just before a "blocking" word: nature cut the road off.
_NATURE_SUBJECT = re.compile(
    r"(?:\b(?:water|waters|floodwater|floodwaters|meltwater|snow|snowdrifts|drifts|ice|mud|river|flood|blizzards?|snowstorms?)|"
    r"(?<![\w])(?:вод[аы]|снег\w*|снеж\w*|занос\w*|сугроб\w*|метел\w*|буран\w*|л[её]д|льд\w*|паводок|паводк\w*|сел[ьи]|оползень|"
    r"су(?:ы|лары)?|қар(?:ы|лы)?|боран\w*|мұз|тасқын\w*|көшкін\w*))\s+(?:\w+\s+){0,2}?$", re.I)
#: Police, rescuers or officials before a "blocking" word: a road closed as a measure.
_AUTHORITY_SUBJECT = re.compile(
    r"\b(?:police|rescuers|authorities|officials|akimat|emergency\s+services?|traffic\s+police)\b|"
    r"(?<![\w])(?:полиц\w*|дчс|мчс|спасател\w*|власт[ия]|акимат\w*|гаи|дорожн\w*\s+(?:полиц|служб)\w*|"
    r"құтқарушы\w*|полиция\w*|әкімдік\w*|билік\w*)(?![\w])", re.I)
_MISHAP_TYPES = {"crash", "accident", "flood", "storm", "fire", "explosion"}
#: People before "blocking": then the blockade is theirs even after a mishap.
_PEOPLE = re.compile(
    r"\b(?:residents|protesters|demonstrators|workers|villagers|drivers|people|activists|relatives|miners|crowds?)\b|"
    r"(?<![\w])(?:жител|протестующ|рабоч|водител|люд|активист|родственник|шахт[её]р|толп)\w*", re.I)


_SCANNER = None


def _scanner():
    global _SCANNER
    if _SCANNER is None:
        from .multiscan import MultiScan

        _SCANNER = MultiScan([pat for _, pat in _COMPILED], lead=_W)
    return _SCANNER


def _raw_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for i, found in _scanner().found(text):
        trig = TRIGGERS[i]
        for m in found:
            hits.append(Hit(m.start(), m.end(), trig.type, trig.weak, m.group(0), trig.agent))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), not h.agent))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


# ---- what makes a trigger not count ------------------------------------------------

#: Modal or future framing just before a trigger: threats, plans, warnings, hypotheticals.
_IRREALIS = re.compile(
    r"(?:\b(?:would|might|could|(?-i:may)(?!\s+\d)|will|plann?(?:ed|ing)?\s+to|plan(?:s|ned|ning)?|intend(?:ed|s)?\s+to|threat(?:en)?(?:ed|s)?\s+(?:to|with)?|"
    r"warn(?:ed|s|ing)?|prevent\w*|avoid\w*|fear(?:s|ed)?\s+of|risk\s+of|danger\s+of|against\s+the|"
    r"accused\s+of|charged\s+with|plot\w*\s+to|plott(?:ed|ing)|call(?:ed|ing|s)?\s+(?:on\s+\w+\s+)?(?:to|for)|no|not|never|without|neither|nor)\b|"
    r"\b(?:if|unless|in\s+case\s+of|(?:drills?|exercises?)\s+(?:on|in|for|to|simulating)|simulat\w*|every|each)\b|"
    r"(?<![\w])(?:кажд(?:ой|ого|ый|ую|ом|ая|ое)|люб(?:ой|ого|ую|ом|ая|ое)|әрбір)(?![\w])|"
    r"\b(?:call(?:ed|s|ing)?\s+off|cancell?(?:ed|s|ing)?|postpon(?:ed|es|ing))\b|"
    r"\bpromis(?:e|es|ed|ing)\s+(?:to|a|an|another|new|more)\b|\b(?:protection|protect\w*|defen[cs]es?|safeguards?)\s+(?:against|from)\b|"
    r"(?<![\w])(?:защит\w*|защищ\w*|страхов\w*)\s+(?:\w+\s+)?от\b|(?<![\w])борьб\w*\s+с\b|"
    r"(?<![\w])(?:для|угроз\w*|намерен\w*|готов\w*|планир\w*|обеща\w*|пообеща\w*|уәде\w*|предотвра\w*|опасност\w*|призыв\w*|если|в\s+случае|"
    r"(?:учени\w*|тренировк\w*)\s+по|отработ(?!авш)\w*|сценари\w*|профилактик\w*|предупреждени\w*|оқу-жаттығу\w*|жаттығу\w*|"
    r"не(?!\s+(?:менее|более|только|раз))|нет|без|обвин\w*|қаупі\w*|қауіп\w*)(?![\w])|"
    r"\b(?:sentenced|convicted|found\s+guilty|on\s+trial|acquitted|prosecuted|"
    r"for\s+(?:taking\s+part|participating|participation|involvement|organi[sz]ing|inciting))\b|"
    r"(?<![\w])(?:приговор\w*|осужд\w*|оправда\w*|за\s+(?:участие|организаци\w*)|соттал\w*|соттады|айыпт\w*|"
    r"қатысқаны\s+үшін))"
    r"[^.;:!?]{0,25}$",
    re.I,
)

#: Plans, drills and commemorations before a trigger, searched only when one of their words is
#: there: a rally applied for ("applied for a permit to hold a rally", "заявку на проведение
#: митинга"), a mock event ("условный пожар"), a preparation ("preparing for floods", "подготовка
#: к паводку"), a commemoration ("почтили память погибших", "в честь погибших"), the kin of the
#: dead ("родственники погибших"), a time of next week.
_IRREALIS_MORE_WORDS = ("permi", "authori", "appl", "request", "sought", "заявк", "разрешени", "согласовани", "уведомлени",
                        "условн", "учебн", "почти", "памят", "подготов", "шартты", "келесі", "следующ", "mock", "prepar",
                        "commemorat", "memory", "memorial", "mourning", "next", "бірде", "ни одн", "опаса",
                        "чест", "родствен", "семь", "famil", "relativ", "honou", "plaque")
_IRREALIS_MORE_GATE = re.compile("|".join(_IRREALIS_MORE_WORDS))
_IRREALIS_MORE = re.compile(
    r"(?:"
    r"\b(?:permi(?:t|ts|ssion)|authori[sz]ation)\s+(?:\w+\s+){0,2}?(?:to\s+(?:hold|stage|organi[sz]e)|for)\b|"
    r"\b(?:appl(?:y|ied|ies|ication)|request\w*|sought)\s+(?:\w+\s+){0,5}?to\s+(?:hold|stage|organi[sz]e)\b|"
    r"(?<![\w])(?:заявк\w*|разрешени\w*|согласовани\w*|уведомлени\w*)\s+(?:\w+\s+){0,2}?на\s+(?:проведени\w*|организаци\w*)(?![\w])|"
    r"(?<![\w])(?:келесі\s+(?:апта|ай|жыл)\w*|на\s+следующ\w+\s+неделе|в\s+следующ\w+\s+(?:месяце|году))(?![\w])|"
    r"(?<![\w])(?:условн\w*|учебн\w*\s+тревог\w*|почти\w*\s+память|памят(?:и|ь)\s+(?:жертв|погибш)\w*|подготов\w*\s+к|шартты)(?![\w])|"
    r"\b(?:mock|prepar(?:e|es|ed|ing)\s+for|commemorat\w*|in\s+memory\s+of|(?:memorial|mourning)\s+(?:service|ceremony|rally|meeting)s?\s+for|"
    r"next\s+(?:week|month|year)(?:'s)?)\b|"
    r"(?<![\w])(?:бірде-бір|бірде\s+бір|ни\s+одного|ни\s+одной|опаса\w*)(?![\w])|"
    # the dead of an event told before, honoured or survived by kin ("доску в честь двух погибших",
    # "родственниками погибших", "in honour of those killed", "families of the victims")
    r"(?<![\w])(?:в\s+честь|памятн\w*\s+(?:доск|знак)\w*|родственник\w*|семь(?:и|ям|ями|е))(?![\w])|"
    r"\b(?:in\s+honou?r\s+of|plaques?|famil(?:y|ies)\s+of|relatives\s+of)\b"
    r")[^.;:!?]{0,25}$",
    re.I,
)

#: Words that make the clause a trial/sentence or an official measure.
MEASURE = re.compile(
    r"(?:state\s+of\s+emergency|emergency\s+(?:regime|situation\s+regime)|curfew|evacuat\w*|counter-?terror\w*|"
    r"lifted|imposed|declared|introduc\w*|mourning|condolence\w*|"
    r"чрезвычайн\w*\s+положени\w*|режим\w*|комендантск\w*|эвакуац\w*|эвакуир\w*|контртеррористическ\w*|"
    r"соболезн\w*|введени\w*|введ[её]н\w*|траур\w*|төтенше\s+жағдай\w*|эвакуация\w*|көшір\w*|"
    r"trial\b|tried\b|sentenc\w*|convicted|court\s+(?:hearing|ruled|sentenced)|судебн\w*\s+процесс\w*|приговор\w*|осужд\w*|соттал\w*)",
    re.I,
)

#: Traffic, work or services halted, closed or cancelled: with the event word named only as
#: its cause ("Из-за шторма приостановлено паромное сообщение", "боранға байланысты ...
#: тоқтатылды", "because of the floods the road was closed") a measure, not the event.
HALTED = re.compile(
    r"\b(?:suspended|halted|stopped|closed|shut|cancell?ed|called\s+off|postponed|grounded|diverted|delayed|restricted)\b|"
    r"(?<![\w])(?:приостановл\w*|приостановил\w*|остановл\w*|остановил\w*|прекращ\w*|прекратил\w*|закрыт\w*|закрыл\w*|"
    r"перекрыт\w*|отмен[её]н\w*|отменил\w*|ограничен\w*|запрещ[её]н\w*|перенесен\w*|перенес[её]н\w*|"
    r"тоқтатыл\w*|тоқтатты\w*|жабыл\w*|жабық|шектел\w*|шектеу\s+енгіз\w*|тыйым\s+салын\w*|кейінге\s+қалдырыл\w*|"
    r"кешіктіріл\w*|кідіртіл\w*)",
    re.I,
)

#: Phrases that name an event only as a time frame. "after the arrests", "since the
#: protests started" point back to an event told elsewhere and never report one;
#: "during the unrest" does not report one when the clause is about something else
#: (an official measure, or another event).
BACKGROUND_PAST = re.compile(
    r"(?:\b(?:after|since|before|following|in\s+the\s+wake\s+of)\s+(?:the\s+|a\s+|this\s+|that\s+|last\s+\w+'s\s+|[\w\"“”'-]+\s+){0,2}$|"
    r"(?<![\w])(?:после|кейін|соң)\s+(?:\w+\s+){0,1}$)",
    re.I,
)
BACKGROUND = re.compile(
    r"(?:\b(?:during|amid|over|in\s+connection\s+with|because\s+of|victims\s+of|the\s+site\s+of)\s+(?:the\s+|a\s+|this\s+|last\s+\w+'s\s+|[\w\"“”'-]+\s+){0,2}$|"
    r"(?<![\w])(?:во\s+время|в\s+ходе|в\s+связи\s+с|жертв\w*|кезінде)\s+(?:\w+\s+){0,1}$|"
    r"\bwho\s+(?:died|were\s+killed|were\s+injured|perished|were\s+hurt|lost\s+their\s+lives)\s+in\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$|"
    r"(?<![\w])(?:погибш|пострадавш|ранен|травмированн|сгоревш)\w*\s+(?:при|в|во\s+время)\s+(?:\w+\s+)?$)",
    re.I,
)


#: Plans, bans and denials told after the event word ("a rally is planned for
#: Saturday", "митинг запрещён", "өрт болған жоқ").
_IRREALIS_AFTER = re.compile(
    # (what happens every summer is a habit, not an event: "where fires break out every summer")
    r"^\S*\s+(?:(?:\w+\s+){0,2}?(?:every|each)\s+(?:summer|spring|autumn|fall|winter|year|season)\b|"
    r"(?:\w+\s+){0,2}?(?:каждое\s+лето|каждую\s+(?:весну|осень|зиму)|каждый\s+год|ежегодно)|"
    r"(?:\w+\s+){0,2}?(?:жыл|жаз|көктем|күз|қыс)\s+сайын|"
    r"(?:\w+\s+){0,2}?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:planned|scheduled|expected|banned|prohibited|forbidden|cancell?ed|called\s+off|postponed|announced\s+for|feared|averted|prevented|ruled\s+out|denied)|"
    r"(?:планиру\w*|планиров\w*|запланирован\w*|запрещ\w*|отмен\w*|не\s+(?:дошло|дошли|доходило|было|произошло|зафиксирован\w*|зарегистрирован\w*|допущен\w*|ощущал\w*|почувствова\w*))|"
    # (a permission: "митинги можно будет проводить в сквере")
    r"(?:можно|нельзя|разрешен\w*|разрешат|не\s+поддержал\w*|не\s+(?:успел|смог|сумел|удалось)\w*)(?![\w])|"
    r"(?:(?:was|were)\s+not\s+felt)|(?:сезілмеді|сезілмеген|сезілген\s+жоқ)|"
    # (a participle with no auxiliary: "a strike planned for Monday", "the rally scheduled for May 1")
    r"(?:planned|scheduled)\s+(?:for|on)\b|called\s+off\b|"
    r"(?:жоқ|тіркелмеді|тіркелмеген|болмады|болмаған|болған\s+жоқ|жоспарлан\w*|тыйым\s+салын\w*|қауіпсіздіг\w*|алдын\s+алу\w*|"
    r"қатыспа(?:ған|ды|йды|йтын|ймын|ймыз)\w*|"
    # (a Kazakh postposition "after", "since" the event: "былтырғы тасқыннан кейін салынған бөгет")
    r"(?:кейін|соң|бері)(?![\w])|"  # ("ешқандай жиынға қатыспаған": took part in no gathering)
    r"қаупі\w*|жаттығу\w*|оқу-жаттығу\w*|қарсы|сценари\w*|scenario\w*|"
    # (Kazakh intent: "ереуілге қосылатынын ескертті", "наразылыққа шығатынын мәлімдеді")
    r"[\w]*(?:атын|етін|йтын|йтін)(?:ын|ін|ы|і)?\s+(?:ескерт|мәлімде|хабарла|айт|уәде)\w*)))",
    re.I,
)


#: Applications, preparations, plans, commemorations and danger classes told after the event
#: word ("митинг өткізуге рұқсат сұрады", "су тасқынына дайындалып жатыр", "митинг өткізуді
#: жоспарлап отыр", "қаза тапқандарды еске алды", "лавинная опасность", "avalanche risk"),
#: searched only when one of their words is there.
_IRREALIS_AFTER_MORE_GATE = re.compile(r"risk|danger|опасност|еске|рухына|дайынд|жоспарла|өткізу|ұйымдастыру")
_IRREALIS_AFTER_MORE = re.compile(
    r"^\S*\s+(?:\w+\s+){0,2}?(?:(?:risk|danger)s?\b|опасност\w*|еске\s+ал\w*|рухына\s+(?:дұға|құран)\w*|дайынд(?:ық|ал)\w*|"
    r"жоспарла\w*|(?:өткізуге|ұйымдастыруға|өткізу\s+үшін)\s+(?:\w+\s+){0,2}?(?:рұқсат|өтініш|келісім)\w*)|"
    # (a list of the places it was planned in between: "шабуылдар Алматы, Шымкент және Ақтөбе
    # қалаларында жоспарланған")
    r"^\S*\s+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*,?\s+|(?:және|мен|пен|бен)\s+){1,8}(?:қалалар|облыстар|аудандар|ауылдар)\w*\s+жоспарлан\w*",
    re.I,
)


def _irrealis_after(after: str, low: str) -> bool:
    return bool(_IRREALIS_AFTER.search(after) or (_IRREALIS_AFTER_MORE_GATE.search(low) and _IRREALIS_AFTER_MORE.search(after)))


#: An event named as the topic of news or talk ("хабар алды апат туралы", "узнал об
#: аварии", "was informed of the crash"): the report is elsewhere or the event is known.
#: "апат орнына" (to the scene of the crash): a scene the text already told of.
_TOPIC_AFTER = re.compile(r"^\S*\s+(?:туралы|жайлы|жөнінде|қатысты|себеб\w*|мән-жай\w*|орн(?:ына|ында|ынан|ы))(?![\w])", re.I)
_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:news|word|informed|learned|learnt|heard|told|briefed|reminded)\s+(?:of|about)\s+(?:the\s+|a\s+)?|"
    # (a report due on an event told before: "will report to the ministry in Astana on the fire")
    r"\b(?:will|to|must|should|would)\s+(?:report|testify|brief\s+\w+)\s+(?:to\s+)?(?:[\w-]+\s+){0,5}?(?:on|about)\s+(?:the\s+)?|"
    r"\b(?:the\s+)?(?:causes?|circumstances)\s+of\s+(?:the\s+)?|(?<![\w])(?:причин\w*|обстоятельств\w*)\s+|"
    r"\bdiscuss(?:ed|ing|es)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?|(?<![\w])(?:обсуди\w*|обсужда\w*)\s+(?:\w+\s+)?|"
    # (a leader's word on it: "called the protests the result of rumours", "назвал протесты ...")
    r"\b(?:called|described|branded|condemned)\s+(?:the|these|those|last\s+\w+'s)\s+|(?<![\w])(?:назвал|назвала|назвали|осудил\w*)\s+|"
    r"(?<![\w])(?:узнал\w*|сообщени\w*|известие|новост\w*|информаци\w*|доложил\w*|напомн\w*)\s+(?:\w+\s+)?(?:о|об)\s+(?:\w+\s+)?)$",
    re.I,
)


#: What may or is expected to happen, before the event word ("is expected to flood",
#: "может произойти", "ожидается паводок") and after it ("floods are expected", "паводок
#: ожидается", "су тасқыны келуі мүмкін", "тасқын күтілуде"); each run only when one of
#: its words is there.
_MODAL_BEFORE = re.compile(
    r"(?:\b(?:expected\s+to|likely\s+to|forecasts?|predicted)\b|"
    r"(?<![\w])(?:мож(?:ет|ут)|возможн(?:ы|ое|ые|ая)|ожида(?:ет|ют|ем|ется|ются)\w*|прогноз(?:ир\w*|ам|ы|у)?)(?![\w]))[^.;:!?]{0,25}$", re.I)
_MODAL_AFTER = re.compile(
    r"^\S*\s+(?:(?!(?:и|а|но|and|but|және|мен|бен|пен)\s)\w+\s+){0,3}?(?:(?<=[уй][іы]\s)(?:мүмкін|ықтимал)|ықтимал\w*|күтіл\w*|болжа\w*|қауіп\s+төн\w*|"
    r"threaten(?:s|ed|ing)?|угрожа\w*|"
    r"ожида(?:ет|ют|ем|ется|ются)(?!\s+(?:спад|снижени|отступлени|улучшени|стабилизаци))|"
    r"мож(?:ет|ут)\s+(?:\w+\s+)?(?:произойти|начаться|случиться)|не\s+исключ\w*|прогнозиру\w*|"
    r"(?:is|are)\s+(?:expected|likely|forecast|predicted)(?!\s+to\s+(?:recede|subside|ease|fall|drop|rise|continue|last|"
    r"be\s+(?:restored|lifted|completed|repaired|reopened)))|(?:may|could|might)\s+(?:\w+\s+)?(?:come|hit|reach|occur|happen|start|begin))",
    re.I)
# words of which every match of the two patterns above holds one (lower case): a text without
# any of them is not searched with the pattern
_MODAL_BEFORE_WORDS = ("ожида", "мож", "expect", "возможн", "прогноз", "likely", "forecast", "predict")
_MODAL_AFTER_WORDS = ("мүмкін", "ықтимал", "күтіл", "болжа", "ожида", "мож", "threaten", "угрожа", "қауіп",
                      "исключ", "прогноз", "expect", "likely", "forecast", "predict", "may", "could", "might")
#: The scene of an event told elsewhere ("to the scene of the crash", "на место аварии").
_SCENE_BEFORE = re.compile(r"(?:\b(?:to|at|from|on)\s+the\s+scene\s+of\s+(?:the\s+)?|(?<![\w])(?:на|с|к)\s+мест\w*\s+)$", re.I)


#: Unrest that may spread ("the protests could spread to other towns", "протесты могут
#: распространиться", "наразылық тарауы мүмкін"): a forecast about unrest told elsewhere.
_UNREST_MAY_SPREAD = re.compile(
    r"\S*\s+(?:[\w-]+\s+){0,3}?(?:(?:may|could|might|(?:is|are)\s+likely\s+to|threaten(?:s|ed)?\s+to)\s+(?:\w+\s+)?"
    r"(?:spread|escalate|grow)|(?:мо[гж]\w*|угрожа\w*|рису\w*)\s+(?:\w+\s+)?(?:распростран|перекин|перерасти)\w*|"
    r"(?:тарауы|таралуы|ұласуы)\s+мүмкін)", re.I)
_UNREST = ("protest", "riot", "clash")
_UNREST_MAY_WORDS = ("may", "could", "might", "likely", "threaten", "мог", "мож", "угрож", "рису", "мүмкін")


def _negated(text: str, h: Hit) -> bool:
    before = text[max(0, h.start - 60): h.start]
    if _IRREALIS.search(before) or _TOPIC_BEFORE.search(before):
        return True
    low = before.lower()
    if _IRREALIS_MORE_GATE.search(low) and _IRREALIS_MORE.search(before):
        return True
    after = text[h.start: h.end + 60]
    if h.weak or h.agent:
        # (deaths and participants: the tests below are about event words)
        return bool(_TOPIC_AFTER.search(text[h.end: h.end + 30]) or _irrealis_after(after, after.lower()))
    low_after = after.lower()
    if ("мест" in low or "scene" in low) and _SCENE_BEFORE.search(before):
        return True
    if contains_any(low, _MODAL_BEFORE_WORDS) and _MODAL_BEFORE.search(before):
        return True
    if _TOPIC_AFTER.search(text[h.end: h.end + 30]):
        return True
    if _irrealis_after(after, low_after):
        return True
    if h.type in _UNREST and contains_any(low_after, _UNREST_MAY_WORDS) and _UNREST_MAY_SPREAD.match(text, h.start, h.end + 60):
        return True
    return contains_any(low_after, _MODAL_AFTER_WORDS) and bool(_MODAL_AFTER.search(after))


def is_background(text: str, h: Hit) -> bool:
    """True when the trigger only names a time frame ("during the unrest")."""
    return bool(BACKGROUND.search(text[max(0, h.start - 40): h.start]) or _BACKGROUND_AFTER.match(text, h.end))


#: A Kazakh postposition of time after the event word ("қатты дауыл кезінде": during a storm).
_BACKGROUND_AFTER = re.compile(r"\w*\s+(?:кезінде|кезіндегі|уақытында)(?![\w])", re.I)


#: A Russian or Kazakh verb in the past tense ("взорвался", "загорелась", "жарылды") ...
_FINITE_PAST = re.compile(r"(?:лся|лась|лось|лись|л|ла|ло|ли|ды|ді|ты|ті)$", re.I)
#: ... after a word that follows the cue ("после отключения", "содан кейін қазандық")
_WORD_AFTER_CUE = re.compile(r"(?<![\w])(?:после|кейін|соң)\s+\w+\s+$", re.I)


_PAST_CLAUSE = re.compile(r"^\s*(?:After|Since(?!\s+then)|Before|Following|После\s+того\s+как|После|С\s+тех\s+пор\s+как)\b[^,;:]*$")


def is_past_reference(text: str, h: Hit) -> bool:
    """True when the trigger points back to an event ("after the arrests",
    "After the police moved in on the protesters, ..."). An event word between the
    cue and the trigger is the one pointed back to ("после беспорядков задержаны":
    the detentions are the news)."""
    window = text[max(0, h.start - 40): h.start]
    if h.text[-3:].lower() == "ing" and re.search(r"\b(?:after|before)\s+$", window, re.I):
        return False  # "escaped after stabbing a guard": what the subject did, not an event pointed back to
    bp = BACKGROUND_PAST.search(window)
    if bp and _FINITE_PAST.search(h.text) and _WORD_AFTER_CUE.search(bp.group(0)):
        bp = None  # "после отключения взорвался котёл": a verb told after the time frame is the news
    if bp and not any(not x.weak for x in _raw_hits(bp.group(0))) \
            and not re.search(r"\b(?:a|an|another)\s+(?:[\w-]+\s+)?$", bp.group(0), re.I):
        return True  # "after a similar fight in X" tells a new event; "after the arrests" points back
    return _in_past_clause(text, h.start)


#: ``_PAST_CLAUSE`` without its tail ``[^,;:]*$``: the cue words hold no comma,
#: semicolon or colon, so the clause reaches ``end`` exactly when none comes before it.
_PAST_HEAD = re.compile(r"^\s*(?:After|Since(?!\s+then)|Before|Following|После\s+того\s+как|После|С\s+тех\s+пор\s+как)\b")
_CLAUSE_PUNCT = re.compile(r"[,;:]")
_first_punct: tuple = (None, 0)  # (text, offset of its first , ; or :) of the last text asked about


def _in_past_clause(text: str, end: int) -> bool:
    """``bool(_PAST_CLAUSE.search(text[:end]))`` without copying or rescanning the text."""
    global _first_punct
    if _PAST_HEAD.match(text, 0, end) is None:
        return False
    seen, first = _first_punct
    if seen is not text:
        found = _CLAUSE_PUNCT.search(text)
        first = found.start() if found else len(text)
        _first_punct = (text, first)
    return first >= end


#: A state of emergency: in a document about a natural disaster it marks a unit as affected.
EMERGENCY = re.compile(
    r"(?:state\s+of\s+emergency|emergency\s+(?:regime|situation)(?!s\b)|(?<!по\s)чрезвычайн\w*\s+(?:положени|ситуаци)\w*|режим\w*\s+ЧС|"
    r"төтенше\s+жағдай(?!лар\s+(?:департамент|министр|басқарма|комитет|қызмет|вице-министр))\w*)",
    re.I,
)
NATURAL = ("flood", "earthquake", "fire", "storm")

#: Power cut in a text whose first event is a storm ("В ряде районов без света остались около 40
#: сёл", "31 ауыл жарықсыз қалды", "left 40 villages without power"): the storm's damage.
POWER_CUT = re.compile(
    r"(?:(?<![\w])(?:остал\w*|оказал\w*)\s+без\s+(?:света|электри\w*|электроэнерги\w*|электроснабжени\w*)|"
    r"(?<![\w])без\s+(?:света|электри\w*|электроэнерги\w*|электроснабжени\w*)\s+(?:\w+\s+)?(?:остал|оказал)\w*|"
    r"(?<![\w])обесточ\w*|\bleft\s+(?:[\w,-]+\s+){0,6}?without\s+(?:power|electricity)\b|\b(?:lost|without)\s+(?:power|electricity)\b|"
    r"(?<![\w])(?:жарықсыз|электрсіз)\s+қал\w*)", re.I)

#: Units named as hit by a natural disaster ("the worst-hit are X and Y regions").
AFFECTED = re.compile(
    r"(?:\b(?:worst|hardest|badly|severely|most|also)[- ](?:hit|affected)\b|"
    r"(?<![\w])(?:наиболее|сильнее\s+всего|больше\s+всего|серь[её]зно|также)\s+пострадал\w*|"
    r"зон\w*\s+(?:подтоплени|затоплени|бедстви|паводк)\w*|"
    r"(?:ең\s+)?(?:көп|қатты)\s+зардап\s+шек\w*|"
    # the situation named as grave in a text about a disaster ("жағдай күрделі")
    r"\bsituation\s+(?:is|was|remains|remained)\s+(?:\w+\s+)?(?:difficult|tense|critical|serious|dire|grave)\b|"
    r"(?<![\w])(?:ситуаци|обстановк)\w*(?:\s+[\w-]+){0,2}?\s+(?:сложн|напряж[её]нн|тяж[её]л|критическ)\w*|"
    r"(?<![\w])(?:сложн|напряж[её]нн|тяж[её]л|критическ)\w*\s+(?:ситуаци|обстановк)\w*|"
    r"(?<![\w])(?<!төтенше\s)жағдай\w*\s+(?:\w+\s+)?(?:күрделі|қиын|ушығ\w*|шиеленіс\w*)(?![\w]))",
    re.I,
)

#: A fire in the open country: like a flood it is one event per unit, whichever
#: villages, forestries or districts it reaches.
WILDFIRE = re.compile(
    r"(?<![\w-])(?:wild\s?fires?|forest\s+fires?|steppe\s+fires?|grass\s+fires?|bush\s+fires?|"
    r"лесн\w+\s+пожар\w*|степн\w+\s+пожар\w*|пожар\w*\s+в\s+(?:лесу|степи)|природн\w+\s+пожар\w*|"
    r"орман\s+өрт\w*|дала\s+өрт\w*|далалық\s+өрт\w*|орманда\w*\s+өрт\w*)",
    re.I,
)

#: A negated measure ("the emergency regime has not been introduced").
NEGATED_MEASURE = re.compile(r"(?:\bnot\b|\bno\b|\bне\b|\bнет\b|\bжоқ\b|\bемес\b)", re.I)


# ---- Kazakh in the Latin alphabet ----------------------------------------------------
#
# Kazakh is also written in Latin letters: the 2018 alphabet with acute letters
# ("órt shyqty", "qaza tapty"), its 2017 apostrophe form ("o'rt s'yqty"), the 2021
# letters (ä ğ ñ ö ş ü ū ç) and an informal spelling with digraphs (sh, ch, zh).
# The event words are written in Cyrillic, so such a text is read through a Cyrillic
# copy made letter by letter, with a map from each Cyrillic letter back to the text.

_LAT_KK_LETTERS = "áǵıńóúýäğñöşüūçÁǴŃÓÚÝÄĞÑÖŞÜŪÇ"
#: a Kazakh word in Latin letters: an acute letter, or a common head noun or verb
_LAT_KK_CUE = re.compile(
    "[" + _LAT_KK_LETTERS + "]|" r"\b(?:obl[yı]s|[qk]ala[sl]|a[ýu]dan|a[ýu][yı]l|boldy|[qk]aza|sh[yu][qk]ty|jiberil|[qk]aza[qk]stan)\w*|[aou]['’]\w", re.I)
_LAT_KK_WORDS = re.compile(
    r"\b(?:obl[yı]s\w*|[qk]ala[sl]\w*|a[ýu]dan\w+|a[ýu][yı]l\w*|boldy|qaza|tapty|shyqty|jaraqat\w*|zhane|jane|boıynsha|boyynsha|"
    r"turaly|kezinde|\w*(?:[aouAOU]['’](?!(?:re|ve|ll|t|s|d|m)\b)(?-i:[a-z])\w*|[sS]['’](?-i:[aeiouy])\w*))\b", re.I)
#: English function words: a text with several of them is English
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|was|were|is|are|with|said)\b", re.I)
_LATIN_LETTERS = re.compile("[a-z" + _LAT_KK_LETTERS + "]", re.I)
_CYR_LETTERS = re.compile(r"[а-яёәіңғүұқөһ]", re.I)
_LAT_ONE = {
    "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "і", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
    "u": "ұ", "v": "в", "w": "у", "x": "х", "y": "ы", "z": "з",
    "á": "ә", "ǵ": "ғ", "ń": "ң", "ó": "ө", "ú": "ү", "ý": "у",
    "ä": "ә", "ğ": "ғ", "ñ": "ң", "ö": "ө", "ş": "ш", "ü": "ү", "ū": "ұ", "ç": "ч",
}
#: a letter with an apostrophe (2017) is the letter with an acute accent (2018)
_LAT_APOSTROPHE = {"a": "ә", "g": "ғ", "i": "й", "n": "ң", "o": "ө", "u": "ү", "y": "у", "s": "ш", "c": "ч"}
_LAT_DIGRAPH = {"sh": "ш", "ch": "ч", "zh": "ж", "kh": "х"}
_LAT_VOWELS = set("aeiouyáóúýäöüūıаәеёиоөуұүыіэюя")
_APOSTROPHES = "'’ʼ"
_LAT_2021 = re.compile("[äğñöşüūçÄĞÑÖŞÜŪÇ]")
_LAT_2018 = re.compile("[áǵńóúýÁǴŃÓÚÝ]")
_LAT_APOS_WORD = re.compile(r"[a-z](?:['’ʼ])[a-z]", re.I)
_LAT_WORD = re.compile(r"[^\W\d_]+")
_BACK_VOWEL = re.compile(r"[ay]")
#: short words whose only vowel does not tell their row: fire, ...
_FRONT_WORDS = {"ort", "orti", "ortte", "ortten", "ortke"}


def is_latin_kazakh(text: str, lang: str | None) -> bool:
    """Whether ``text`` is Kazakh written in Latin letters (checked for Kazakh or
    undetected text only)."""
    if lang not in (None, "", "kk", "und", "unknown"):
        return False
    if not _LAT_KK_CUE.search(text):
        return False
    sample = text[:3000]
    if len(_ENGLISH_WORDS.findall(sample)) >= 3:
        return False
    if len(_LATIN_LETTERS.findall(sample)) <= 2 * len(_CYR_LETTERS.findall(sample)):
        return False
    if lang == "kk" or any(c in _LAT_KK_LETTERS for c in sample):
        return True
    return len(_LAT_KK_WORDS.findall(sample)) >= 2


def cyrillic_view(text: str) -> tuple[str, list[int]]:
    """A Cyrillic copy of Latin-script Kazakh ``text`` and, for each of its characters
    (and its end), the offset in ``text`` it comes from. Other characters are kept."""
    out: list[str] = []
    back: list[int] = []
    i, n = 0, len(text)
    # the informal spelling has no letter of its own for қ ғ ө ү: the vowels of the
    # word tell them (a word of back vowels has қ ғ, of front vowels ө ү)
    informal = not any(c in _LAT_KK_LETTERS for c in text) and not _LAT_APOS_WORD.search(text)
    keep_k = informal and ("q" in text or "Q" in text)
    # the 2021 letters (ä ğ ñ ö ş ü ū): there y is ы, ı is і, i is и/й and u is у; a text with no
    # y at all writes ы as ı (and і as i)
    v2021 = not informal and _LAT_2021.search(text) is not None and not _LAT_2018.search(text)
    y_is_y = v2021 and ("y" in text or "Y" in text)
    harmony = None
    while i < n:
        c = text[i]
        low = c.lower()
        up = c != low
        cyr = None
        step = 1
        if informal and (i == 0 or not text[i - 1].isalpha()) and c.isalpha():
            w = _LAT_WORD.match(text, i).group(0).lower()
            harmony = "front" if w in _FRONT_WORDS or ("e" in w or "i" in w) and not _BACK_VOWEL.search(w) else \
                "back" if _BACK_VOWEL.search(w) and "e" not in w and "i" not in w else None  # (o, u tell nothing)
        if informal and low in "kgou" and not (low in "ku" and i + 1 < n and text[i + 1].lower() == "h"):
            if low == "k":
                cyr = "қ" if harmony == "back" and not keep_k else "к"
            elif low == "g":
                cyr = "ғ" if harmony == "back" else "г"
            elif low == "o":
                cyr = "ө" if harmony == "front" else "о"
            else:
                cyr = "у" if out and out[-1].lower() in _LAT_VOWELS or harmony != "front" else "ү"
        if cyr is None and i + 1 < n:
            two = text[i: i + 2].lower()
            if two in _LAT_DIGRAPH:
                cyr, step = _LAT_DIGRAPH[two], 2
            elif text[i + 1] in _APOSTROPHES and low in _LAT_APOSTROPHE and (i + 2 < n and text[i + 2].isalpha()
                                                                              or i > 0 and text[i - 1].isalpha()):
                cyr, step = _LAT_APOSTROPHE[low], 2
                if low == "i" and not (out and out[-1].lower() in _LAT_VOWELS):
                    cyr = "и"
        if cyr is None and step == 1 and y_is_y and low in "ıyui":
            cyr = "ы" if low == "y" else "і" if low == "ı" else "у" if low == "u" else \
                "й" if out and out[-1].lower() in _LAT_VOWELS else "и"
        elif cyr is None and step == 1 and v2021 and low in "ıyu":
            cyr = "ы" if low == "ı" else "у" if low == "u" else \
                "й" if out and out[-1].lower() in _LAT_VOWELS else "и"
        if cyr is None and step == 1:
            if low == "ı":
                cyr = "й" if out and out[-1].lower() in _LAT_VOWELS else "и"
            else:
                cyr = _LAT_ONE.get(low)
        if cyr is None:
            out.append(c)
        else:
            out.append(cyr.upper() if up else cyr)
        back.append(i)
        i += step
    back.append(n)
    return "".join(out), back
