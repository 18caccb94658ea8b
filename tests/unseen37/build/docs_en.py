"""English texts of the thirty-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
KZ = ('country', 'Kazakhstan', N)

DOCS = [
dict(id='p001', date='2019-04-10', lang='en',
     event='2019 crane collapse on a Turkish-run hotel site in Turkestan (Turkistan Region, after the 2018 reform); Kazakhstan\'s ambassador to Turkey at an Istanbul forum; Shymkent as its own unit; pilgrims from Shymkent hurt near Antalya (abroad, not counted)',
     text="""Turkish builders bet on Kazakhstan's new regional capital despite site accident
ISTANBUL, April 10 (Reuters) - Turkish construction firms are lining up for contracts in Turkestan, the ancient town in southern Kazakhstan that became a regional capital last year, even after a crane collapse on a Turkish-run site there killed one worker and injured three on Monday.
The crane, operated by a subcontractor of Kayseri-based Erciyes Yapi, toppled onto a half-built hotel near the Khoja Ahmed Yasawi mausoleum, the regional emergencies department said. The dead man was a welder from the village of Sauran; two of the injured were Turkish citizens from Konya.
Kazakhstan's ambassador to Turkey, speaking at a business forum in Istanbul on Wednesday, said the accident would not slow a programme worth about $1.2 billion. "Turkestan is open, and so is Shymkent," he told about 200 investors, referring to the city of one million people that was split off from the old South Kazakhstan Region last June and now reports directly to Nur-Sultan.
Most of the Turkish money has so far gone to hotels and a new airport terminal. Firms from Ankara and Gaziantep have also bid for a ring road around Turkistan and for housing in Kentau, a mining town 30 km to the north.
Diplomats in Ankara said a visit by President Kassym-Jomart Tokayev was being prepared for the autumn, and that a direct flight from Istanbul to Turkistan could start in 2020. The Turkish consulate in Almaty has doubled its staff since January.
In a separate incident, a minibus carrying Kazakh pilgrims overturned near Antalya on Tuesday; seven passengers, all from Shymkent, were lightly hurt, the Kazakh embassy in Ankara said.
Erciyes Yapi said it had suspended work on the Turkestan site pending an inquiry by the labour inspectorate of Turkistan Region.""",
     ann=[
        ('Kazakhstan', 0) + KZ + ({'note': 'headline'},),
        ('ISTANBUL', 0, 'foreign', 'Istanbul', N, {'note': 'dateline'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'site of the crane collapse'}),
        ('Kazakhstan', 1) + KZ,
        ('Kayseri', 0, 'foreign', 'Kayseri', N, {'note': "NI:home city of the company; the company name Erciyes Yapi (after a mountain) is not annotated"}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum (Turkistan)', TR, {'subkind': 'mausoleum', 'note': 'reference point next to the site of the collapse'}),
        ('Sauran', 0, 'village', 'Sauran', TR, {'note': 'NI:home village of the dead worker'}),
        ('Konya', 0, 'foreign', 'Konya', N, {'note': 'NI:origin of injured workers'}),
        ('Kazakhstan', 2) + KZ,
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:ambassador to Turkey'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'NI:venue of a forum'}),
        ('Turkestan', 1, 'city', 'Turkistan', TR, {'note': 'NI:quoted in a speech'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:quoted in a speech'}),
        ('South Kazakhstan Region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the former name of the region, renamed in June 2018; labelled with the unit holding its land on the article date (unseen15 decision)'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital as the seat of government'}),
        ('Ankara', 0, 'foreign', 'Ankara', N, {'note': 'NI:home city of bidders'}),
        ('Gaziantep', 0, 'foreign', 'Gaziantep', N, {'note': 'NI:home city of bidders'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'NI:planned ring road'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:planned housing'}),
        ('Ankara', 1, 'foreign', 'Ankara', N, {'note': 'NI:seat of diplomats'}),
        ('Istanbul', 1, 'foreign', 'Istanbul', N, {'note': 'NI:route endpoint'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of a consulate'}),
        ('Antalya', 0, 'foreign', 'Antalya', N, {'note': 'minibus accident abroad; not counted (no ADM1)'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:home city of the pilgrims hurt abroad'}),
        ('Ankara', 2, 'foreign', 'Ankara', N, {'note': 'NI:seat of the embassy'}),
        ('Turkestan', 2, 'city', 'Turkistan', TR, {'note': 'the site of the collapse, named again'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
     ],
     inc={TR: (1, 'crane collapse on the hotel site near the Yasawi mausoleum in Turkestan, one dead and three injured; the minibus accident near Antalya is abroad and not counted')}),

dict(id='p002', date='2003-06-04', lang='en',
     event='2003 Kazakhstan and China agree to study an oil pipeline from Atasu (Karaganda Region before 2022) to Alashankou; Aksu in Xinjiang and Aksu in Pavlodar Region; China inside a company name (no incident)',
     text="""China, Kazakhstan agree to study oil link to Xinjiang
ASTANA, June 4 (AFP) - Kazakhstan and China agreed on Wednesday to study a 1,000-kilometre oil pipeline from Atasu, a railway village in the central Karaganda region, to Alashankou on the Chinese border, officials said after talks between the two governments in the Kazakh capital.
The line would carry crude from the Kumkol fields in Kyzylorda region and from western Kazakhstan to refineries in Xinjiang. A Chinese delegation from Urumqi and the oasis city of Aksu also signed a trade protocol with the governor of Pavlodar region, whose own town of Aksu, a ferroalloy centre on the Irtysh, shares its name with the Chinese city.
Beijing has sought overland routes for Kazakh oil since 1997, when the China National Petroleum Corporation bought a stake in Aktobemunaigas, the producer based in Aktobe. Diplomats in Almaty said the pipeline's cost, estimated at $700 million, remained the main obstacle, together with the low volumes that the fields near Atasu could guarantee.""",
     ann=[
        ('China', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('Kazakhstan', 0) + KZ + ({'note': 'headline'},),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 1) + KZ,
        ('China', 1, 'foreign', 'China', N),
        ('Atasu', 0, 'village', 'Atasu', KR, {'note': 'NI:route endpoint; Zhanaarka district, Karaganda Region until 2022 (Ulytau Region since)'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Alashankou', 0, 'foreign', 'Alashankou', N, {'note': 'NI:route endpoint'}),
        ('Kumkol fields', 0, 'facility', 'Kumkol oil field', KYR, {'subkind': 'oil field'}),
        ('Kyzylorda region', 0, 'region', KYR, KYR),
        ('Kazakhstan', 2) + KZ + ({'note': 'directional phrase "western Kazakhstan": only the country'},),
        ('Xinjiang', 1, 'foreign', 'Xinjiang', N),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of a delegation'}),
        ('Aksu', 0, 'foreign', 'Aksu (Xinjiang)', N, {'note': 'NI:the Chinese oasis city, namesake of the Kazakh town'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': "NI:inside an official's title"}),
        ('Aksu', 1, 'city', 'Aksu', PR, {'note': 'the Kazakh town in Pavlodar Region'}),
        ('Irtysh', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Beijing', 0, 'foreign', 'Beijing', N, {'note': 'metonymy for the Chinese government'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:seat of a company'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of diplomats'}),
        ('Atasu', 1, 'village', 'Atasu', KR, {'note': 'NI:reference point'}),
     ],
     inc={}),

dict(id='p003', date='2011-09-14', lang='en',
     event='2011 Kazakh truck drivers detained in Kurgan, Russia (abroad, not counted); an earlier fatal lorry crash and fire near Mamlyutka (North Kazakhstan Region); Kurgan city vs Kurgan Oblast',
     text="""Russia holds 11 Kazakh truck drivers in grain smuggling probe
MOSCOW, Sept 14 (AP) - Police in the Siberian city of Kurgan have detained 11 truck drivers from Kazakhstan on suspicion of carrying undeclared grain across the border, Russia's Interior Ministry said on Wednesday.
The drivers, most of them from Kostanay and the nearby town of Rudny, were stopped on the Kurgan-Chelyabinsk highway on Monday. Kazakhstan's consul in Yekaterinburg has visited them, the Foreign Ministry in Astana said.
The case comes a week after one of their employer's lorries overturned and caught fire near Mamlyutka, a town in North Kazakhstan Region 40 km from the Russian border; its driver was killed. Officials in Petropavlovsk said the lorry had been heading for Kurgan Oblast with 20 tonnes of wheat.
Grain traders in Kostanay said exports through Kurgan had doubled since Russia lifted its own export ban in July.""",
     ann=[
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'headline'}),
        ('MOSCOW', 0, 'foreign', 'Moscow', N, {'note': 'dateline'}),
        ('Kurgan', 0, 'foreign', 'Kurgan', N, {'note': 'detention of drivers abroad; not counted'}),
        ('Kazakhstan', 0) + KZ,
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:home city of the drivers'}),
        ('Rudny', 0, 'city', 'Rudny', KOR, {'note': 'NI:home town of the drivers'}),
        ('Kurgan', 1, 'foreign', 'Kurgan', N, {'note': 'NI:route endpoint'}),
        ('Chelyabinsk', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:route endpoint'}),
        ('Kazakhstan', 1) + KZ,
        ('Yekaterinburg', 0, 'foreign', 'Yekaterinburg', N, {'note': 'NI:seat of a consulate'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Mamlyutka', 0, 'city', 'Mamlyutka', NKR, {'note': 'fatal lorry crash and fire near the town'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of officials'}),
        ('Kurgan Oblast', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:destination of the lorry'}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': 'NI:seat of traders'}),
        ('Kurgan', 3, 'foreign', 'Kurgan', N, {'note': 'NI:transit point'}),
        ('Russia', 2, 'foreign', 'Russia', N),
     ],
     inc={NKR: (1, 'lorry overturned and caught fire near Mamlyutka, driver killed; the detentions in Kurgan are abroad and not counted')}),

dict(id='p004', date='2022-07-15', lang='en',
     event='2022 Hiroshima doctors visit Semey (Abai Region five weeks after its creation), Kurchatov, Dolon and Kainar near the former Semipalatinsk test site; Ust-Kamenogorsk stays in East Kazakhstan Region (no incident)',
     text="""Hiroshima doctors visit former Soviet nuclear test site
SEMEY, Kazakhstan, July 15 (Kyodo) - A team of doctors from Hiroshima arrived on Friday in Semey, the city in northeastern Kazakhstan that became the capital of the new Abai Region five weeks ago, to study the health of people living near the former Semipalatinsk nuclear test site.
The eight Japanese specialists will spend ten days in Kurchatov, the closed town where Soviet scientists worked until 1991, and in the villages of Dolon and Kainar, where fallout from the 456 tests was heaviest. They will also meet the governor of Abai Region and staff of the regional cancer hospital.
Japan's ambassador to Kazakhstan, who travelled from Astana, said Tokyo would fund new screening equipment for hospitals in Semey and Ust-Kamenogorsk. Until June both cities belonged to East Kazakhstan Region; Ust-Kamenogorsk remains its capital.
A similar mission from Nagasaki visited the area in 2019.""",
     ann=[
        ('Hiroshima', 0, 'foreign', 'Hiroshima', N, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Kazakhstan', 0) + KZ + ({'note': 'dateline'},),
        ('Hiroshima', 1, 'foreign', 'Hiroshima', N, {'note': 'NI:origin of the doctors'}),
        ('Semey', 0, 'city', 'Semey', ABR),
        ('Kazakhstan', 1) + KZ,
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Semipalatinsk nuclear test site', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'note': 'former test site spread over several regions; adm1 null as in unseen15'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR),
        ('Dolon', 0, 'village', 'Dolon', ABR),
        ('Kainar', 0, 'village', 'Kainar (Abai district)', ABR),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': "NI:inside an official's title"}),
        ('Japan', 0, 'foreign', 'Japan', N),
        ('Kazakhstan', 2) + KZ,
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the ambassador'}),
        ('Tokyo', 0, 'foreign', 'Tokyo', N, {'note': 'metonymy for the Japanese government'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'the former unit of Semey'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR),
        ('Nagasaki', 0, 'foreign', 'Nagasaki', N, {'note': 'NI:origin of an earlier mission'}),
     ],
     inc={}),

dict(id='p005', date='2008-07-22', lang='en',
     event='2008 bus of Kazakh tourists from Taldykorgan and Almaty crashes near Karakol, Kyrgyzstan (abroad, not counted); mudflows in Tekeli and Rudnichny (Almaty Region before the 2022 split)',
     text="""Kazakh tourists hurt in Kyrgyz bus crash; mudflow hits Kazakh town
BISHKEK, July 22 (Reuters) - Fourteen tourists from Kazakhstan were injured on Tuesday when their bus left a mountain road and rolled down a slope near Karakol, the main town at the eastern end of Lake Issyk-Kul, Kyrgyz emergency officials said.
The group, teachers and their families from Taldykorgan and Almaty, had crossed into Kyrgyzstan at the Kegen border post two days earlier and were heading for the hot springs of Jety-Oguz. Three of them were flown to Bishkek with spinal injuries; the others were taken back by road to Almaty, Kazakhstan's largest city, on Tuesday night.
Kazakhstan's embassy in Bishkek said the driver, a Kyrgyz citizen, had been detained. Tourism from Kazakhstan to the lake has grown fast since 2005, and Karakol hotel owners say more than half of their summer guests now come from Almaty Region.
Across the border, a mudflow triggered by heavy rain in the Dzhungar Alatau mountains swept through the eastern outskirts of Tekeli, a former lead-mining town 40 km from Taldykorgan, late on Monday, the Kazakh Emergencies Ministry said. About 60 houses were flooded and a bridge over the Karatal river was washed away. Nobody was killed, but 200 people spent the night in a school.
The ministry said a second mudflow had damaged a water main in the village of Rudnichny, in the same valley. Rescuers from Ushtobe and the regional capital Taldykorgan were sent to both places.
Forecasters warned of more rain in the mountains along the Kyrgyz border until the weekend.""",
     ann=[
        ('BISHKEK', 0, 'foreign', 'Bishkek', N, {'note': 'dateline'}),
        ('Kazakhstan', 0) + KZ,
        ('Karakol', 0, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'bus crash abroad; not counted'}),
        ('Lake Issyk-Kul', 0, 'foreign', 'Issyk-Kul', N, {'subkind': 'lake'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:home town of the tourists; Almaty Region before 2022-06-08'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:home city of the tourists'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Kegen border post', 0, 'facility', 'Kegen border post', ALR, {'subkind': 'checkpoint', 'note': 'NI:route point'}),
        ('Jety-Oguz', 0, 'foreign', 'Jety-Oguz', N, {'note': 'NI:destination'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:hospital city'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the returning tourists'}),
        ('Kazakhstan', 1) + KZ,
        ('Kazakhstan', 2) + KZ,
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'NI:seat of the embassy'}),
        ('Kazakhstan', 3) + KZ,
        ('Karakol', 1, 'foreign', 'Karakol (Kyrgyzstan)', N),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:origin of guests'}),
        ('Dzhungar Alatau mountains', 0, 'facility', 'Dzhungar Alatau', N, {'subkind': 'mountains'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'mudflow; Almaty Region before 2022-06-08 (Jetisu Region since)'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:reference point'}),
        ('Karatal river', 0, 'facility', 'Karatal', N, {'subkind': 'river'}),
        ('Rudnichny', 0, 'village', 'Rudnichny', ALR, {'note': 'second mudflow, same disaster'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:origin of rescuers'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of rescuers'}),
     ],
     inc={ALR: (1, 'mudflows in Tekeli and Rudnichny, one natural disaster counted once per ADM1; the bus crash near Karakol is abroad and not counted')}),

dict(id='p006', date='2016-03-02', lang='en',
     event='2016 gas leak at a Karachaganak well near Aksai (West Kazakhstan Region) sends 25 workers to hospital; Milan-based Eni; Orenburg plant',
     text="""Eni says Karachaganak output unaffected by gas leak
MILAN, March 2 (Bloomberg) - Eni SpA said production at the Karachaganak field in northwest Kazakhstan was running normally after a gas leak at a well on Monday sent 25 workers to hospital with mild poisoning.
The leak occurred at a well on the eastern edge of the field, about 15 km from Aksai, the town in West Kazakhstan's Burlin district where the consortium has its base, the Milan-based company said. Residents of the village of Berezovka, which lies close to the field and has long complained about fumes, were told to stay indoors.
Karachaganak, run by Eni and BG Group with Chevron, Lukoil and KazMunayGas, sends most of its gas to a plant in Orenburg, in Russia. Prosecutors in Uralsk, the regional capital, have opened an inquiry into safety breaches.
Eni shares fell 1.2 percent in Milan trading. Analysts at a bank in London said the leak was unlikely to dent Kazakhstan's exports, already hit by low oil prices.""",
     ann=[
        ('Karachaganak', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field', 'note': 'headline'}),
        ('MILAN', 0, 'foreign', 'Milan', N, {'note': 'dateline'}),
        ('Karachaganak field', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field', 'note': 'site of the leak'}),
        ('Kazakhstan', 0) + KZ + ({'note': 'directional phrase: only the country'},),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'NI:reference point and base of the consortium'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'region named without "Region"'}),
        ('Burlin district', 0, 'district', 'Burlin District', WKR),
        ('Milan', 0, 'foreign', 'Milan', N, {'note': 'NI:home city of the company'}),
        ('Berezovka', 0, 'village', 'Berezovka', WKR, {'note': 'NI:residents told to stay indoors (a measure)'}),
        ('Karachaganak', 2, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:destination of gas'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:seat of prosecutors'}),
        ('Milan', 1, 'foreign', 'Milan', N),
        ('London', 0, 'foreign', 'London', N),
        ('Kazakhstan', 2) + KZ,
     ],
     inc={WKR: (1, 'gas leak at a well of the Karachaganak field, 25 workers poisoned')}),

dict(id='p007', date='2024-06-03', lang='en',
     event='2024 informal Turkic summit planned in Astana with a visit to the Yasawi mausoleum in Turkistan (Turkistan Region); Shymkent as its own unit; Nur-Sultan as the former name (no incident)',
     text="""Turkic leaders to meet in Astana; Turkistan prepares guest programme
ASTANA, June 3 (Reuters) - Leaders of the Organization of Turkic States will gather in Astana next month for an informal summit, Kazakhstan's Foreign Ministry said on Monday, and will then fly to the ancient city of Turkistan for a ceremony at the Khoja Ahmed Yasawi mausoleum.
Delegations from Ankara, Baku, Tashkent and Bishkek are expected, along with observers from Budapest. Hungary's prime minister last visited Kazakhstan in 2023.
Officials in Turkistan, the capital of the region of the same name, said 3,000 police officers would be deployed and the airport would close to other traffic for two days. Hotel rooms in neighbouring Shymkent, a city of 1.2 million people 160 km to the south-east, were already being booked for journalists.
Astana last hosted the group's leaders in 2019, when the Turkic Council, as it was then called, met in a city just renamed Nur-Sultan.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline, venue of a summit'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'NI:headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a summit'}),
        ('Kazakhstan', 0) + KZ,
        ('Turkistan', 1, 'city', 'Turkistan', TR, {'note': 'NI:venue of a ceremony'}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum (Turkistan)', TR, {'subkind': 'mausoleum'}),
        ('Ankara', 0, 'foreign', 'Ankara', N),
        ('Baku', 0, 'foreign', 'Baku', N),
        ('Tashkent', 0, 'foreign', 'Tashkent', N),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Budapest', 0, 'foreign', 'Budapest', N),
        ('Hungary', 0, 'foreign', 'Hungary', N),
        ('Kazakhstan', 1) + KZ,
        ('Turkistan', 2, 'city', 'Turkistan', TR, {'note': 'NI:seat of officials'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hotels booked'}),
        ('Astana', 2, 'city', 'Astana', 'Astana', {'note': 'NI:venue of an earlier summit'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'the name of the capital in 2019-2022'}),
     ],
     inc={}),

dict(id='p008', date='1997-05-20', lang='en',
     event='1997 copper miners rally in Zhezkazgan and stay underground at a mine near Satpayev after Zhezkazgan Region is merged into Karaganda Region; Taldykorgan, Semipalatinsk and Kokshetau regions merged; Samsung and Seoul; wage protests in four other regions (unattributed)',
     text="""Kazakh copper miners protest unpaid wages as region is merged
ALMATY, May 20 (Reuters) - About 2,000 copper miners rallied outside the city administration in Zhezkazgan on Monday to demand five months of unpaid wages, two weeks after President Nursultan Nazarbayev abolished the Zhezkazgan region and merged it into the larger Karaganda region.
Police said the rally was peaceful, but protesters briefly blocked the road to the airport and burned an effigy of a manager. Separately, 120 miners at the South mine near Satpayev refused to come up after a shift on Sunday and were still underground on Tuesday, the trade union said. Similar wage protests were reported in four other regions this spring.
The Zhezkazgantsvetmet copper combine has been managed since 1995 by Samsung Deutschland, a unit of South Korea's Samsung group. Executives in Seoul said the arrears dated from before their arrival and that a payment of $4 million would be sent from Frankfurt this week.
Zhezkazgan, 500 km south-west of Karaganda, lost its status as a regional capital under a decree that also folded Taldykorgan region into Almaty region and Semipalatinsk region into East Kazakhstan. Officials in Almaty said the reform would cut 30,000 civil service jobs.
The move has angered residents of the steppe towns of Karazhal and Zhezdy, who now face a journey of a day or more to reach regional offices in Karaganda. "We were the copper capital of the Soviet Union; now we are a district," said a teacher in Kengir, a suburb of Zhezkazgan.
Foreign bankers in Almaty said the changes would not affect the Samsung deal or the British-run Vasilkovsky gold mine near Kokshetau, whose region is being merged into North Kazakhstan.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'rally; Karaganda Region on the article date (Zhezkazgan Region abolished in May 1997)'}),
        ('Zhezkazgan region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:the abolished Zhezkazgan Region, labelled with the unit holding its land on the article date'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('South mine', 0, 'facility', 'South mine (Satpayev)', KR, {'subkind': 'mine'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'reference point of the mine'}),
        ('four other regions', 0, 'quantified', '4 other regions', N, {'count': 4, 'unit': 'region', 'note': 'wage protests in unnamed regions'}),
        ('South Korea', 0, 'foreign', 'South Korea', N),
        ('Seoul', 0, 'foreign', 'Seoul', N, {'note': 'NI:seat of executives'}),
        ('Frankfurt', 0, 'foreign', 'Frankfurt', N, {'note': 'NI:origin of a payment'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:reference point'}),
        ('Taldykorgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:the abolished Taldykorgan Region, labelled with the unit holding its land on the article date'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:merger'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:the abolished Semipalatinsk Region, labelled with the unit holding its land on the article date'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:region named without "Region"'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of officials'}),
        ('Karazhal', 0, 'city', 'Karazhal', KR, {'note': 'NI:residence'}),
        ('Zhezdy', 0, 'village', 'Zhezdy', KR, {'note': 'NI:residence'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:seat of regional offices'}),
        ('Soviet Union', 0, 'foreign', 'Soviet Union', N),
        ('Kengir', 0, 'village', 'Kengir', KR, {'note': 'NI:residence of a speaker'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference for Kengir'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of bankers'}),
        ('Vasilkovsky gold mine', 0, 'facility', 'Vasilkovsky gold mine', NKR, {'subkind': 'mine', 'note': 'near Kokshetau; Kokshetau Region merged into North Kazakhstan in 1997 (Akmola Region since 1999)'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:reference point; North Kazakhstan Region on the article date'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:region named without "Region"'}),
     ],
     inc={KR: (2, 'rally of miners in Zhezkazgan with a road blocked and an effigy burned (one event); miners staying underground at the South mine near Satpayev')},
     unatt=[{'label': 'four other regions', 'count': 4, 'note': 'wage protests reported in four unnamed regions'}]),
]
