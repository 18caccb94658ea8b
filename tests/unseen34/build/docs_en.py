"""English texts of the thirty-fourth unseen check corpus (run tests/build_check_corpus.py with
--max-words=420). Spans are marked [[...]] in the text; build/_mk.py turns them into the usual
(surface, occurrence, kind, place, adm1, extras) tuples."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _mk import *  # noqa: E402,F401,F403

DOCS = [
mk('p001', '2022-01-05', 'en',
   '2022 January unrest: Almaty akimat burnt and Almaty airport seized, rallies in Zhanaozen and Aktau (Mangystau Region, with the 2011 shooting as background), Aktobe, and a Nazarbayev statue pulled down in Taldykorgan (Almaty Region before the split); state of emergency; "at least 11 regions"; reactions in Moscow, Brussels, Washington; Nur-Sultan dateline',
   """Kazakh government quits as fuel protests spread from [[Zhanaozen]] to [[Almaty]]
[[NUR-SULTAN]], Jan 5 (Reuters) - [[Kazakhstan]]'s President Kassym-Jomart Tokayev accepted his government's resignation on Wednesday and declared a state of emergency in [[Almaty]] and [[Mangystau region]] after protests over a doubling of liquefied gas prices spread across the country overnight.
In [[Almaty]], the largest city, several thousand protesters broke into the city akimat on [[Republic Square]] and set the building on fire, witnesses said. In the afternoon a crowd seized [[Almaty International Airport]], and flights to [[Moscow]], [[Istanbul]] and [[Dubai]] were cancelled.
The unrest began on Jan. 2 in [[Zhanaozen]], the oil town where police shot dead at least 14 striking workers in December 2011. On Monday it reached [[Aktau]], the regional capital on the [[Caspian]] coast, where hundreds of people have camped on a central square since then.
In [[Aktobe]], police used stun grenades to disperse a crowd outside the regional administration late on Tuesday. In [[Taldykorgan]], about 250 km north-east of [[Almaty]], protesters pulled down a bronze statue of former leader Nursultan Nazarbayev.
The interior ministry said rallies had taken place in at least [[11 regions]] and more than 200 people had been detained. Eight police officers and National Guard troops had been killed, it said.
Internet access was cut across the country, and a curfew was imposed in [[Nur-Sultan]], where roads into the capital were closed.
In [[Moscow]], the Kremlin said it expected its ally to solve its own problems, while the European Union in [[Brussels]] and the State Department in [[Washington]] called for restraint. [[Kyrgyzstan]], whose capital [[Bishkek]] lies 240 km from [[Almaty]], closed its border posts.""",
   [C('Zhanaozen', MR, 'headline'), C('Almaty', 'Almaty', 'headline'),
    C('Astana', 'Astana', 'dateline; the capital named Nur-Sultan on the article date'), K(),
    C('Almaty', 'Almaty', 'NI:area of the state of emergency'), R(MR, 'NI:area of the state of emergency'),
    C('Almaty', 'Almaty'), F('Republic Square (Almaty)', 'Almaty', 'square'),
    F('Almaty International Airport', 'Almaty', 'airport'),
    X('Moscow', 'NI:destination of cancelled flights'), X('Istanbul', 'NI:destination of cancelled flights'), X('Dubai', 'NI:destination of cancelled flights'),
    C('Zhanaozen', MR), C('Aktau', MR), F('Caspian Sea', N, 'sea'),
    C('Aktobe', AR), C('Taldykorgan', ALR, 'Almaty Region before the 2022-06-08 split'), C('Almaty', 'Almaty', 'NI:reference point'),
    Q('11 regions', 11, 'region', 'rallies'), C('Astana', 'Astana', 'NI:curfew, an official measure; Nur-Sultan on the article date'),
    X('Moscow', 'NI:seat of the Kremlin'), X('Brussels', 'NI:seat of the EU'), X('Washington', 'NI:seat of the State Department'),
    X('Kyrgyzstan'), X('Bishkek', 'NI:reference point'), C('Almaty', 'Almaty', 'NI:reference point')],
   inc={'Almaty': (2, 'city akimat on Republic Square stormed and burnt; the airport seized (two targets)'),
        MR: (3, 'the December 2011 shooting of strikers in Zhanaozen (background); the January 2022 protest in Zhanaozen; the camp on the square in Aktau'),
        AR: (1, 'crowd dispersed with stun grenades outside the regional administration in Aktobe'),
        ALR: (1, 'Nazarbayev statue pulled down in Taldykorgan (Almaty Region before the split)')},
   unatt=[{'label': '11 regions', 'count': 11, 'note': 'rallies in at least 11 regions; the named ones (Mangystau, Aktobe, Almaty Region and the city of Almaty) have their own rows'}]),

mk('p002', '2022-01-10', 'en',
   '2022 CSTO troops from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan guard sites in Almaty (Alatau district, Kok-Tobe TV tower, airport); Tokayev in Nur-Sultan says the mission is short (no incident)',
   """Russian-led troops guard [[Almaty]] sites as Tokayev promises short mission
[[ALMATY]], Jan 10 (Interfax-Kazakhstan) - About 2,000 troops of the Collective Security Treaty Organisation were guarding government buildings, the airport and two power plants in [[Almaty]] on Monday, the defence ministry of [[Kazakhstan]] said.
Russian paratroopers flown in from [[Ivanovo]] and [[Pskov]] landed at [[Almaty International Airport]] on Thursday night. Units from [[Belarus]], [[Armenia]] and [[Tajikistan]] took over the guard of a bread factory and the [[Kok-Tobe TV tower]], and a contingent of 150 soldiers from [[Kyrgyzstan]], approved by the parliament in [[Bishkek]] after a heated debate, protects the thermal power plant in the [[Alatau district]].
Speaking by video link to a CSTO summit from [[Nur-Sultan]], President Kassym-Jomart Tokayev said the mission would end within days. The Kremlin in [[Moscow]] said its troops would go home once "order is restored". The foreign ministry in [[Yerevan]] said the Armenian unit had not been given any combat task.
Trains between [[Almaty]] and [[Nur-Sultan]] resumed on Sunday, the national railway said.""",
   [C('Almaty', 'Almaty', 'headline; NI:sites guarded by troops'), C('Almaty', 'Almaty', 'dateline'),
    C('Almaty', 'Almaty', 'NI:sites guarded by troops'), K('inside the name of an authority'),
    X('Ivanovo', 'NI:origin of troops'), X('Pskov', 'NI:origin of troops'), F('Almaty International Airport', 'Almaty', 'airport', 'NI:arrival of troops'),
    X('Belarus', 'NI:origin of troops'), X('Armenia', 'NI:origin of troops'), X('Tajikistan', 'NI:origin of troops'),
    F('Kok-Tobe TV tower', 'Almaty', 'tv tower', 'NI:guarded site'), X('Kyrgyzstan', 'NI:origin of troops'), X('Bishkek', 'NI:seat of parliament'),
    D('Alatau District (Almaty)', 'Almaty', 'NI:guarded site', subkind='city district'),
    C('Astana', 'Astana', 'NI:seat of the president; Nur-Sultan on the article date'), X('Moscow', 'NI:seat of the Kremlin'), X('Yerevan', 'NI:seat of a ministry'),
    C('Almaty', 'Almaty', 'NI:route endpoint'), C('Astana', 'Astana', 'NI:route endpoint; Nur-Sultan on the article date')],
   inc={}),

mk('p003', '2012-05-28', 'en',
   '2012 Aktau court sentences oil workers for the December 2011 Zhanaozen riot; background riot in Zhanaozen and the Shetpe station clash (Mangystau Region); relatives from Tenge and Kyzylsay; trial in the Mangystau district court',
   """[[Aktau]] court jails 13 over [[Zhanaozen]] riot
[[AKTAU]], May 28 (AFP) - A court in [[Aktau]] on Monday sentenced 13 oil workers to up to seven years in prison for organising the December riot in [[Zhanaozen]], in which police opened fire on a crowd in the central square and at least 16 people died.
Prosecutors said the defendants had led the seven-month strike at the [[Uzen]] oilfield that ended in the riot on Dec. 16, during which the town akimat, a hotel and an oil company office were set on fire.
On the following day, protesters blocked the railway at [[Shetpe]] station, 150 km to the north, and one man was killed when police cleared the tracks. Five men from [[Shetpe]] and the nearby village of [[Zhetybai]] are being tried separately in the [[Mangystau district]] court.
Relatives who came from [[Zhanaozen]] and the villages of [[Tenge]] and [[Kyzylsay]] wept at the verdict. Human Rights Watch, speaking from [[New York]], called the trial unfair; prosecutors in [[Astana]] disagreed.""",
   [C('Aktau', MR, 'headline; NI:seat of the court'), C('Zhanaozen', MR, 'headline'), C('Aktau', MR, 'dateline'),
    C('Aktau', MR, 'NI:seat of the court'), C('Zhanaozen', MR),
    F('Uzen oilfield', MR, 'oil field', 'NI:workplace of the strikers'),
    V('Shetpe', MR, 'the railway station of Shetpe'), V('Shetpe', MR, 'NI:residence of defendants'), V('Zhetybai', MR, 'NI:residence of defendants'),
    D('Mangystau District', MR, 'NI:seat of a court'),
    C('Zhanaozen', MR, 'NI:origin of relatives'), V('Tenge', MR, 'NI:origin of relatives'), V('Kyzylsay', MR, 'NI:origin of relatives'),
    X('New York', 'NI:seat of an organisation'), C('Astana', 'Astana', 'NI:seat of prosecutors')],
   inc={MR: (2, 'background: the December 16 riot in Zhanaozen (shooting and arson framed as one riot); the railway blockade at Shetpe station cleared with one death on the next day; the trial is not counted')}),

mk('p004', '2016-05-23', 'en',
   '2016 land rallies: detentions on Astana Square in Almaty and near Baiterek in Astana; earlier rallies in Atyrau, Aktobe, Semey (East Kazakhstan Region), Zhanaozen, Kyzylorda and Uralsk; three detained in Shymkent (South Kazakhstan Region); fears about China',
   """Kazakh police detain dozens as land protests reach [[Almaty]] and [[Astana]]
[[ALMATY]], May 23 (Reuters) - Police in [[Kazakhstan]] detained dozens of people in [[Almaty]] and [[Astana]] on Saturday as they tried to rally against plans to lease farmland to foreigners, the latest in a wave of protests that has unsettled the oil-rich country since late April.
In [[Almaty]], police cordoned off [[Astana Square]] and bundled about 40 people into buses, among them two reporters. In the capital, a dozen people were detained near the [[Baiterek]] tower before they could unfold their banners.
The protests began on April 24 in [[Atyrau]], where about 1,000 people gathered outside the regional akimat, and spread to [[Aktobe]] on April 29 and to [[Semey]] a day later, where crowds of several hundred met on the central squares. Smaller rallies took place in [[Zhanaozen]], [[Kyzylorda]] and [[Uralsk]]. In [[Shymkent]], police detained three men who unfurled a banner outside the [[South Kazakhstan]] regional akimat on Saturday.
President Nursultan Nazarbayev has suspended the amendments to the land code, which would have let foreign companies lease plots for up to 25 years, and set up a commission to discuss them. Many protesters said they feared Chinese firms would take farmland near the border in the [[Almaty]] and [[East Kazakhstan]] regions. [[Beijing]] has said it has no interest in buying land in [[Kazakhstan]].
"People did not come out because of [[China]]. They came out because nobody asked them," said a farmer from [[Shieli]] who had travelled to [[Kyzylorda]] for the rally.
The prosecutor-general warned on Friday that organisers of unsanctioned rallies would face charges. Opposition groups based in [[Kyiv]] and [[Paris]] called for more protests next weekend.""",
   [C('Almaty', 'Almaty', 'headline'), C('Astana', 'Astana', 'headline'), C('Almaty', 'Almaty', 'dateline'), K(),
    C('Almaty', 'Almaty'), C('Astana', 'Astana'), C('Almaty', 'Almaty'),
    F('Astana Square (Almaty)', 'Almaty', 'square', 'a square of Almaty named after the capital'),
    F('Baiterek (Astana)', 'Astana', 'monument'),
    C('Atyrau', ATR), C('Aktobe', AR), C('Semey', EKR, 'East Kazakhstan Region before the 2022 split'),
    C('Zhanaozen', MR), C('Kyzylorda', KYR), C('Oral', WKR, 'Russian name Uralsk'),
    C('Shymkent', SKR, 'South Kazakhstan Region before 2018-06-19'), R(SKR, 'inside the name of an authority; region named without "Region"'),
    R(ALR, 'list sharing the head noun "regions"; NI:land feared to be leased'), R(EKR, 'NI:land feared to be leased'),
    X('Beijing', 'metonymy for the Chinese government'), K(), X('China'),
    C('Shieli', KYR, 'NI:residence of a farmer'), C('Kyzylorda', KYR, 'NI:destination of a farmer'),
    X('Kyiv', 'NI:seat of opposition groups'), X('Paris', 'NI:seat of opposition groups')],
   inc={'Almaty': (1, 'rally on Astana Square broken up with about 40 detained'),
        'Astana': (1, 'a dozen detained near the Baiterek before a rally'),
        ATR: (1, 'April 24 rally outside the regional akimat in Atyrau'),
        AR: (1, 'April 29 rally in Aktobe'),
        EKR: (1, 'April 30 rally in Semey (East Kazakhstan Region before the split)'),
        MR: (1, 'smaller rally in Zhanaozen'),
        KYR: (1, 'smaller rally in Kyzylorda'),
        WKR: (1, 'smaller rally in Uralsk'),
        SKR: (1, 'three detained at a banner protest outside the regional akimat in Shymkent (South Kazakhstan Region in 2016)')}),

mk('p005', '2023-01-05', 'en',
   '2023 first anniversary of the January events: flowers in Almaty, a silent picket with three detained outside the court in Taldykorgan (Jetisu Region) and the background storming of the akimat there; a plaque in Zhezkazgan (Ulytau Region) for a sergeant shot in the 2022 riots; background protest in Zhanaozen and riots in Almaty; "several other cities"; Masimov trial in Astana',
   """A year after "Bloody January", [[Kazakhstan]] counts its dead and its prisoners
[[ASTANA]], Jan 5 (Reuters) - [[Kazakhstan]] marked a year since the deadliest unrest of its independence on Thursday, with flowers laid at a new memorial wall in [[Almaty]] and a minute of silence in schools.
At least 238 people, including 19 police officers and soldiers, were killed in January 2022, when protests over fuel prices that began in [[Zhanaozen]] turned into riots in [[Almaty]] and [[several other cities]]. President Kassym-Jomart Tokayev, speaking in [[Astana]], said the state had "learned the lessons of the tragedy" but would not pardon those who killed.
In [[Taldykorgan]], now the centre of the new [[Jetisu Region]], about 30 relatives of jailed men held a silent picket outside the regional court on Thursday. Police detained three women and released them two hours later. A year ago crowds in the city stormed the building of the regional akimat, then the seat of [[Almaty Region]], and set it on fire.
In [[Zhezkazgan]], which became the centre of [[Ulytau Region]] in June, the akim unveiled a plaque for a police sergeant who was shot dead during the riots in the city on Jan. 5, 2022.
Former security chief Karim Masimov has been on trial behind closed doors in [[Astana]] since November, accused of high treason and of trying to seize power. His lawyers deny the charges.
Troops of the Russian-led CSTO alliance, sent at Tokayev's request from [[Russia]], [[Belarus]], [[Armenia]], [[Tajikistan]] and [[Kyrgyzstan]], left the country within two weeks. Opposition groups abroad, many of them in [[Kyiv]], have called the official death toll too low.""",
   [K(), C('Astana', 'Astana', 'dateline'), K(), C('Almaty', 'Almaty', 'NI:site of a memorial wall'),
    C('Zhanaozen', MR, 'background: protests of January 2022'), C('Almaty', 'Almaty', 'background: riots of January 2022'),
    Q('several other cities', N, 'city', 'riots in January 2022'),
    C('Astana', 'Astana', 'NI:place of a speech'),
    C('Taldykorgan', JTR, 'Jetisu Region on the article date'), R(JTR),
    R(ALR, 'NI:the region whose seat was Taldykorgan before the split'),
    C('Zhezkazgan', UR, 'Ulytau Region on the article date (Karaganda Region in January 2022)'), R(UR),
    C('Astana', 'Astana', 'NI:seat of a trial'),
    X('Russia', 'NI:origin of troops'), X('Belarus', 'NI:origin of troops'), X('Armenia', 'NI:origin of troops'), X('Tajikistan', 'NI:origin of troops'), X('Kyrgyzstan', 'NI:origin of troops'),
    X('Kyiv', 'NI:residence of opposition groups')],
   inc={MR: (1, 'background: the January 2022 protests in Zhanaozen'),
        'Almaty': (1, 'background: the January 2022 riots in Almaty'),
        JTR: (2, 'silent picket outside the court in Taldykorgan with three detained; background: the January 2022 storming and burning of the regional akimat in Taldykorgan (Jetisu Region on the article date)'),
        UR: (1, 'background: a police sergeant shot dead during the riots in Zhezkazgan on 5 January 2022 (Ulytau Region on the article date)')},
   unatt=[{'label': 'several other cities', 'count': None, 'note': 'riots in January 2022 in unnamed cities besides Almaty'}]),

mk('p006', '2024-02-20', 'en',
   '2024 compensation scheme for businesses damaged in January 2022 closes: payments in Almaty, 14 regions, Jambyl, Jetisu and Almaty regions, Taldykorgan (Jetisu Region), Taraz; the tenge is not a place (no incident)',
   """State to close compensation scheme for businesses hit by January 2022 unrest
[[ASTANA]], Feb 20 (Kazinform) - The government has paid 92 billion tenge to about 2,300 businesses that lost property during the January 2022 unrest and will close the scheme at the end of March, the national chamber of entrepreneurs Atameken said on Tuesday.
Owners in [[Almaty]] received 71 percent of the money. The rest went to firms in [[14 regions]], with the largest sums paid in the [[Jambyl]], [[Jetisu]] and [[Almaty]] regions. In [[Taldykorgan]] alone, 61 shops and cafes were compensated, the [[Jetisu]] regional akimat said.
Some owners say the payments came too late. "We got a third of what we lost, two years after," said the owner of a furniture store on [[Tole Bi Street]] in [[Taraz]], who now rents a smaller shop in a market outside the city.
Insurers paid a further 9 billion tenge. A Turkish retail chain whose stores in [[Kazakhstan]] were looted received its money through a court in [[London]], the chamber said.""",
   [C('Astana', 'Astana', 'dateline'), C('Almaty', 'Almaty', 'NI:residence of owners'),
    Q('14 regions', 14, 'region', 'firms paid compensation; not an incident statement'),
    R(JR, 'list sharing the head noun "regions"; NI:payments'), R(JTR, 'NI:payments'), R(ALR, 'NI:payments; bare Almaty in a list of regions'),
    C('Taldykorgan', JTR, 'NI:payments'), R(JTR, 'inside the name of an authority'),
    F('Tole Bi Street (Taraz)', JR, 'street', 'NI:workplace'), C('Taraz', JR, 'NI:workplace'),
    K('NI:stores looted at no named place'), X('London', 'NI:seat of a court')],
   inc={}),

mk('p007', '2022-01-13', 'en',
   '2022 driver shot dead at an army checkpoint on the Almaty-Bishkek highway outside Kaskelen, Karasai district (Almaty Region); curfews eased in Aktobe and Kostanay regions; state of emergency in Almaty, Almaty Region and Zhambyl region',
   """Driver shot dead at army checkpoint near [[Almaty]]
[[ALMATY]], Jan 13 (KazTAG) - Soldiers shot dead a driver who failed to stop at a checkpoint on the [[Almaty]]-[[Bishkek]] highway outside [[Kaskelen]] late on Wednesday, the police department of [[Almaty Region]] said on Thursday.
The man, a 34-year-old resident of [[Shamalgan]] in [[Karasai district]], ignored warning shots and drove at the soldiers, the police said. His relatives said he had been taking his sick mother to a hospital in [[Almaty]]. Prosecutors have opened an investigation.
[[Kaskelen]] lies about 25 km west of [[Almaty]]. Checkpoints still ring the city, and the state of emergency in [[Almaty]], [[Almaty Region]] and [[Zhambyl region]] will remain in force until Jan. 19.
Elsewhere, life is returning to normal. Authorities shortened the night curfew in [[Aktobe Region]] to four hours and lifted it entirely in [[Kostanay Region]], where no unrest was recorded. Banks reopened in [[Taraz]] and [[Shymkent]] on Thursday, and the [[Khorgos border crossing]] with [[China]] reopened to lorries.""",
   [C('Almaty', 'Almaty', 'headline; NI:reference point'), C('Almaty', 'Almaty', 'dateline'),
    C('Almaty', 'Almaty', 'NI:route endpoint'), X('Bishkek', 'NI:route endpoint'), C('Kaskelen', ALR),
    R(ALR, 'inside the name of an authority'),
    V('Shamalgan', ALR, 'NI:residence of the driver'), D('Karasai District', ALR, 'NI:residence of the driver'),
    C('Almaty', 'Almaty', 'NI:destination of the driver'), C('Kaskelen', ALR), C('Almaty', 'Almaty', 'NI:reference point'),
    C('Almaty', 'Almaty', 'NI:state of emergency, an official measure'), R(ALR, 'NI:state of emergency'), R(JR, 'NI:state of emergency'),
    R(AR, 'NI:curfew'), R(KOR, 'NI:curfew lifted'),
    C('Taraz', JR, 'NI:banks reopened'), C('Shymkent', 'Shymkent', 'NI:banks reopened'),
    F('Khorgos border crossing', ALR, 'border crossing', 'NI:crossing reopened; Almaty Region before the split'), X('China')],
   inc={ALR: (1, 'driver shot dead by soldiers at a checkpoint outside Kaskelen')}),

mk('p008', '2022-03-16', 'en',
   '2022 amnesty for participants of the January unrest: releases in Almaty, Zhambyl region, Shymkent and Turkistan region; lawyers in Taraz; EU in Brussels welcomes; Kyrgyz citizens returned to Bishkek; Nur-Sultan dateline (no incident)',
   """Tokayev signs amnesty for January protesters
[[NUR-SULTAN]], March 16 (Reuters) - President Kassym-Jomart Tokayev signed a law on Wednesday granting amnesty to people who took part in the January unrest in [[Kazakhstan]] without committing violent crimes.
Prosecutors said about 1,150 people would be freed or have their cases dropped, most of them in [[Almaty]], [[Zhambyl region]], [[Shymkent]] and [[Turkistan region]]. The amnesty does not cover those charged with murder, treason, terrorism or attempts to seize power.
Lawyers in [[Taraz]] said many of their clients had spent two months in pre-trial detention for joining a peaceful rally. "Half of the people we defend never threw a stone," one of them said.
The European Union's spokesman in [[Brussels]] welcomed the law and urged an independent inquiry into allegations of torture. Two citizens of [[Kyrgyzstan]] who had been held in [[Almaty]] since January were flown home to [[Bishkek]] last week.
The state of emergency was lifted across the country on Jan. 19.""",
   [C('Astana', 'Astana', 'dateline; Nur-Sultan on the article date'), K(),
    C('Almaty', 'Almaty', 'NI:place of releases'), R(JR, 'NI:place of releases'), C('Shymkent', 'Shymkent', 'NI:place of releases'), R(TR, 'NI:place of releases'),
    C('Taraz', JR, 'NI:workplace of lawyers'), X('Brussels', 'NI:seat of the EU'), X('Kyrgyzstan'),
    C('Almaty', 'Almaty', 'NI:place of detention'), X('Bishkek', 'NI:destination')],
   inc={}),
]
