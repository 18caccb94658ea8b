"""English texts of the nineteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2020-07-08', lang='en',
     event='2020 second COVID-19 lockdown: red zone of the three cities of republican significance (Nur-Sultan) and four regions, checkpoints near Kosshy and Koyandy (Akmola Region); outbreak killing seven at a care home in Temirtau (Karaganda Region); an outbreak without deaths in Oral is not counted',
     text="""Kazakhstan returns to lockdown as care home outbreak kills seven in Temirtau
NUR-SULTAN, July 8 (Reuters) - Kazakhstan returned to a strict two-week lockdown on Monday after the number of new coronavirus cases doubled in a fortnight, and health officials said an outbreak at a care home in the steel town of Temirtau had killed seven residents.
The chief sanitary doctor, Marat Balkhashev, told a briefing that all three cities of republican significance - Nur-Sultan, Almaty and Shymkent - as well as the Atyrau, Karaganda, Mangystau and Aktobe regions remained in the "red zone". Turkistan Region and North Kazakhstan Region were moved to the "yellow zone". Markets, gyms and mosques are closed in all 17 regions, and public transport will not run at weekends.
Police set up checkpoints on the roads into Nur-Sultan from Kosshy and Koyandy and on the highway from Almaty to Kapchagay, and trains between the capital and Almaty were cut to two a week.
In Temirtau, 31 of the 58 residents of a state care home on Metallurgov Avenue tested positive last week; seven of them, aged 74 to 91, died in the town's infectious diseases hospital. The Karaganda regional health department dismissed the home's director and opened an inquiry. A second outbreak, with no deaths, was found at a psychiatric hospital in Oral.
Doctors in Shymkent said the city's two covid hospitals were full and that patients from Turkistan Region were being sent to Kentau and Arys. Hospital beds were more than 70% occupied in nine regions, the health ministry said.
The government has ordered 2 million doses of a vaccine from Russia, and China sent a team of 10 doctors to Nur-Sultan last month. Kazakhstan has reported 49,683 cases and 264 deaths since March.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital called Nur-Sultan 2019-2022'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Temirtau', 1, 'city', 'Temirtau', KR),
        ('all three cities of republican significance', 0, 'quantified', 'all 3 cities of republican significance', N, {'count': 3, 'unit': 'city', 'quantifier': 'all', 'note': 'red zone; members named (Nur-Sultan, Almaty, Shymkent); not an incident statement'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'red zone list (no incident)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'red zone list (no incident)'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'red zone list (no incident)'}),
        ('Atyrau', 0, 'region', ATR, ATR, {'note': 'list sharing "regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'list sharing "regions"'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'list sharing "regions"'}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'list sharing "regions"'}),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'closures (official measure), not incidents; 14 regions and 3 cities in 2020'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:destination of roads with checkpoints (official measure)'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'NI:origin of a road; a village of Tselinograd district in 2020, a town from 2021'}),
        ('Koyandy', 0, 'village', 'Koyandy', AKR, {'note': 'NI:origin of a road'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:highway endpoint'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:highway endpoint; renamed Konaev in 2022'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:railway endpoint'}),
        ('Temirtau', 2, 'city', 'Temirtau', KR),
        ('Metallurgov Avenue', 0, 'facility', 'Metallurgov Avenue (Temirtau)', KR, {'subkind': 'street'}),
        ('Karaganda', 1, 'region', KR, KR, {'note': 'inside the name of an authority (regional health department)'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'outbreak without deaths; not counted as an incident'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'full hospitals (no incident)'}),
        ('Turkistan Region', 1, 'region', TR, TR, {'note': 'NI:origin of patients'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:hospital town'}),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:hospital town'}),
        ('nine regions', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'hospital occupancy; not an incident statement'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:vaccine supplier'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:origin of a medical team'}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:destination of a medical team'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N, {'note': 'occurrence 2 is inside "North Kazakhstan Region"'}),
     ],
     inc={KR: (1, 'coronavirus outbreak at a state care home on Metallurgov Avenue in Temirtau that killed seven residents (a deadly outbreak at one place counts once; see README)')}),

dict(id='p002', date='1998-11-20', lang='en',
     event='1998 civil service cuts after the 1997 merger of five regions: Kokshetau Region into North Kazakhstan, Semipalatinsk into East Kazakhstan, Zhezkazgan into Karaganda, Turgai into Kostanay, Taldykorgan into Almaty Region (no incident)',
     text="""Kazakhstan says region mergers cut 2,000 state jobs
ASTANA, Nov 20 (Reuters) - Kazakhstan has cut about 2,000 civil service posts by merging regional administrations, the government's personnel agency said on Friday, a year and a half after President Nursultan Nazarbayev folded five of the country's 19 regions into their neighbours.
The largest savings came in North Kazakhstan Region, which absorbed the former Kokshetau Region, and in East Kazakhstan Region, which took over the former Semipalatinsk Region. Offices in Kokshetau and Semipalatinsk now report to governors in Petropavlovsk and Ust-Kamenogorsk.
In Karaganda Region, which absorbed Zhezkazgan Region, 340 posts were cut and the land office in Zhezkazgan was closed. Kostanay Region took over most of the former Turgai Region, including its centre Arkalyk, whose population has fallen by a third since 1996.
The agency said the merger of Taldykorgan Region into Almaty Region had been the hardest, because many officials refused to move from Taldykorgan to Almaty. Diplomats in Astana said the cuts would please the International Monetary Fund.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital renamed Astana in May 1998'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ("five of the country's 19 regions", 0, 'quantified', "5 of the country's 19 regions", N, {'count': 5, 'unit': 'region', 'note': 'the five regions abolished in 1997, all named below; not an incident statement'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR),
        ('Kokshetau Region', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'abolished in 1997; its land was in North Kazakhstan Region on the article date (part of it moved to Akmola Region in April 1999)'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished in 1997; its land was in East Kazakhstan Region on the article date (Abai Region from 2022)'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', NKR, {'note': 'in North Kazakhstan Region from 1997 to April 1999'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'old name of Semey; East Kazakhstan Region before 2022-06-08'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of a governor'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of a governor'}),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'abolished in 1997; its land was in Karaganda Region on the article date (Ulytau Region from 2022)'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region before 2022-06-08'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('Turgai Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished in 1997; most of its land, with Arkalyk, went to Kostanay Region, a part to Akmola Region'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR),
        ('Taldykorgan Region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'abolished in 1997; its land was in Almaty Region on the article date (Jetisu Region from 2022)'}),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of officials; Almaty Region before 2022-06-08'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of officials'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence of diplomats'}),
     ],
     inc={}),

dict(id='p003', date='2021-01-11', lang='en',
     event='2021 Mazhilis and maslikhat elections: turnout by region, highest in Turkistan Region, lowest in the three cities of republican significance; about 20 detained at a rally near Republic Square in Almaty, pickets in Oral and Aktobe',
     text="""Turnout highest in Turkistan Region, lowest in Almaty as Nur Otan wins vote
NUR-SULTAN, Jan 11 (Interfax-Kazakhstan) - Turnout in Sunday's elections to the Mazhilis and to the maslikhats was 63.3%, the Central Election Commission said on Monday, with the ruling Nur Otan party taking 71% of the vote.
Turnout was highest in Turkistan Region (84%), followed by the Kyzylorda, Jambyl and North Kazakhstan regions, and lowest in the three cities of republican significance: 46% in Shymkent, 36% in Nur-Sultan and 30% in Almaty. In the Almaty Region maslikhat, Nur Otan took 30 of 35 seats; in the Taldykorgan city maslikhat it won all of them.
Observers from the OSCE said the vote lacked real competition. About 20 supporters of an unregistered opposition movement were detained in Almaty after they gathered near Republic Square with blank ballots; police released them in the evening. Smaller pickets were held in Oral and Aktobe, where nobody was detained.
Polling stations abroad, in Moscow, Ankara, Washington and Beijing, reported a turnout of 19%.""",
     ann=[
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'headline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline (turnout)'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Turkistan Region', 1, 'region', TR, TR),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'list sharing "regions"'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'list sharing "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list sharing "regions"'}),
        ('three cities of republican significance', 0, 'quantified', '3 cities of republican significance', N, {'count': 3, 'unit': 'city', 'note': 'turnout; members named; not an incident statement'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'turnout (no incident)'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (maslikhat)'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'inside the name of an authority (city maslikhat); Almaty Region before 2022-06-08'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty'),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Oral', 0, 'city', 'Oral', WKR),
        ('Aktobe', 0, 'city', 'Aktobe', AR),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:polling station abroad'}),
        ('Ankara', 0, 'foreign', 'Ankara', N, {'note': 'NI:polling station abroad'}),
        ('Washington', 0, 'foreign', 'Washington', N, {'note': 'NI:polling station abroad'}),
        ('Beijing', 0, 'foreign', 'Beijing', N, {'note': 'NI:polling station abroad'}),
     ],
     inc={'Almaty': (1, 'unsanctioned gathering near Republic Square with about 20 detained (protest and detentions one event)'),
          WKR: (1, 'picket in Oral on election day'),
          AR: (1, 'picket in Aktobe on election day')}),

dict(id='p004', date='2019-04-02', lang='en',
     event='2019 investment forum in Turkistan, the new centre of Turkistan Region ten months after the reform: cotton cluster in Maktaaral district, solar plant near Kentau, SEZ "Turkistan", Shymkent refinery (Shymkent as its own unit), Zhibek Zholy crossing to Uzbekistan (no incident)',
     text="""Turkish, Chinese investors pledge $1.3 bln for Kazakhstan's Turkistan Region
TURKISTAN, April 2 (Reuters) - Investors from Turkey, China and the United Arab Emirates signed agreements worth $1.3 billion at a forum in Turkistan on Tuesday, ten months after the ancient town became the centre of the renamed Turkistan Region and Shymkent was separated from it as a city of republican significance.
The largest project is a cotton and textile cluster, with a spinning mill near Atakent, in Maktaaral district, and a dyeing plant in the town of Zhetysai, both to be built by a Turkish company. A Chinese firm agreed to build a 50 MW solar power plant near Kentau, and an Emirati fund will finance two hotels near the Khoja Ahmed Yasawi mausoleum.
The government wants a new international airport at Turkistan to open in 2020, so that pilgrims and tourists no longer have to fly to Shymkent and drive 170 km. The regional governor said a special economic zone, "Turkistan", would be set up on 300 hectares along the road to Kentau.
The region, home to about two million people, is the country's poorest by income per head. Unemployment was 5.3% last year, the statistics committee in Nur-Sultan said, and wages in the Saryagash and Kazygurt districts are among the lowest in Kazakhstan.
In Shymkent, China's CNPC said the modernisation of the Shymkent oil refinery, which it owns jointly with KazMunayGas, was complete, raising its capacity to 6 million tonnes a year. Uzbekistan's deputy prime minister, who attended the forum, said the Zhibek Zholy crossing on the border south of Saryagash would stay open round the clock from May, and that a new bus service would link Shymkent and Tashkent.
Turkistan Region's exports fell 8% last year, mainly because of lower cotton prices in China and Russia.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline, possessive'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'headline'}),
        ('TURKISTAN', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of investors'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:origin of investors'}),
        ('United Arab Emirates', 0, 'foreign', 'United Arab Emirates', N, {'note': 'NI:origin of investors'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR, {'note': 'site of a forum (no incident)'}),
        ('Turkistan Region', 1, 'region', TR, TR, {'note': 'the renamed region (renamed 2018-06-19)'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'city of republican significance from 2018-06-19'}),
        ('Atakent', 0, 'village', 'Atakent', TR, {'note': 'NI:planned mill'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR),
        ('Zhetysai', 0, 'city', 'Zhetysai', TR, {'note': 'NI:planned plant; Zhetysai, not Jetisu Region'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:planned solar plant'}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum (Turkistan)', TR, {'subkind': 'mausoleum'}),
        ('Turkistan', 3, 'city', 'Turkistan', TR, {'note': 'NI:planned airport'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of flights'}),
        ('Turkistan', 4, 'facility', 'Turkistan special economic zone', TR, {'subkind': 'special economic zone', 'note': 'NI:planned zone named after the town; name in quotation marks'}),
        ('Kentau', 1, 'city', 'Kentau', TR, {'note': 'NI:road endpoint'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the statistics committee'}),
        ('Saryagash', 0, 'district', 'Saryagash District', TR, {'note': 'list sharing "districts"'}),
        ('Kazygurt', 0, 'district', 'Kazygurt District', TR, {'note': 'list sharing "districts"'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent'),
        ('China', 1, 'foreign', 'China', N, {'note': "possessive (China's CNPC)"}),
        ('Shymkent oil refinery', 0, 'facility', 'Shymkent oil refinery', 'Shymkent', {'subkind': 'refinery'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'possessive'}),
        ('Zhibek Zholy crossing', 0, 'facility', 'Zhibek Zholy border crossing', TR, {'subkind': 'border crossing'}),
        ('Saryagash', 1, 'city', 'Saryagash', TR, {'note': 'NI:reference point'}),
        ('Shymkent', 4, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:bus route endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:bus route endpoint'}),
        ('Turkistan Region', 2, 'region', TR, TR, {'note': 'possessive'}),
        ('China', 2, 'foreign', 'China', N, {'note': 'NI:market'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:market'}),
     ],
     inc={}),

dict(id='p005', date='2008-10-15', lang='en',
     event='2008 average wages by region: Atyrau and Mangystau lead, Jambyl, South Kazakhstan (with Shymkent) and North Kazakhstan lag (no incident)',
     text="""Oil regions top Kazakh wage table, south lags behind
ALMATY, Oct 15 (Kazinform) - Workers in Atyrau Region earned an average of 106,400 tenge a month in the first half of 2008, more than twice the national average, the Statistics Agency said on Wednesday.
Mangystau Region came second, followed by the city of Astana, the city of Almaty and Karaganda Region. The lowest wages were recorded in the Jambyl, South Kazakhstan and North Kazakhstan regions, where a teacher or a nurse earned less than 40,000 tenge. In Shymkent, the centre of South Kazakhstan Region, the average was 43,900 tenge.
Wages rose in 13 regions and in Almaty, were flat in Astana and fell only in Kyzylorda Region, where the agency blamed lower oil output. Incomes grew fastest in Zhanaozen and in the town of Aksai, which serves the Karachaganak gas field.
Economists said the gap between the west of Kazakhstan and the agricultural south was widening as grain and cotton prices fell.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Atyrau Region', 0, 'region', ATR, ATR),
        ('Mangystau Region', 0, 'region', MR, MR),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'list sharing "regions"'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'list sharing "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list sharing "regions"'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('13 regions', 0, 'quantified', '13 regions', N, {'count': 13, 'unit': 'region', 'note': 'wage growth; not an incident statement'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Astana', 1, 'city', 'Astana', 'Astana'),
        ('Kyzylorda Region', 0, 'region', KYR, KYR),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR),
        ('Aksai', 0, 'city', 'Aksai', WKR),
        ('Karachaganak gas field', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N, {'note': 'directional phrase "the west of Kazakhstan": only the country'}),
     ],
     inc={}),

dict(id='p006', date='2022-12-20', lang='en',
     event='2022 ecology: about 400 dead seals on the Caspian coast of Tupkaragan district (Mangystau Region; not counted), Lake Balkhash falling with Karatal district in the new Jetisu Region; rally of about 300 residents against smog in Temirtau (Karaganda Region); air pollution in Ust-Kamenogorsk',
     text="""Hundreds of dead seals wash up on Kazakhstan's Caspian coast
AKTAU, Dec 20 (Vlast.kz) - Ecologists have counted more than 400 dead seals on a 170-km stretch of coast in Mangystau Region since early December, the regional ecology department said on Tuesday.
Most of the carcasses were found north of Bautino in Tupkaragan district, and about 60 near Fort-Shevchenko. Samples were sent to a laboratory in Almaty; the department said it suspected a natural gas release from the seabed rather than an oil spill. In Dagestan, on the Russian side of the Caspian, about 2,500 dead seals were found in the same weeks.
The ecology ministry said the level of Lake Balkhash had fallen by 40 cm in two years because of lower inflow from the Ili, most of whose water comes from Xinjiang in China. Farmers in Balkhash district of Almaty Region and in Karatal district of the new Jetisu Region said their irrigation water had been cut by a quarter. An agreement with Beijing on sharing the Ili and the Irtysh is still being negotiated.
In Temirtau, about 300 residents gathered outside the town akimat on Sunday to demand action on smog, after monitoring posts recorded hydrogen sulphide at five times the permitted level. Police took no action. The steelworks, owned until this month by ArcelorMittal and now called Qarmet, said it would install new filters by 2025.
Ust-Kamenogorsk, where a zinc smelter stands in the city centre, had 41 days of "black sky" this year, according to Kazhydromet, and Karaganda 29. Air quality in Astana and Almaty is also poor in winter, when coal-fired heating plants run at full load.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline, possessive'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'headline; "Caspian coast"'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Mangystau Region', 0, 'region', MR, MR, {'note': 'dead seals (not counted as an incident)'}),
        ('Bautino', 0, 'village', 'Bautino', MR),
        ('Tupkaragan district', 0, 'district', 'Tupkaragan District', MR),
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:laboratory'}),
        ('Dagestan', 0, 'foreign', 'Dagestan', N),
        ('Caspian', 1, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Ili', 0, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('China', 0, 'foreign', 'China', N),
        ('Balkhash district', 0, 'district', 'Balkhash District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Karatal district', 0, 'district', 'Karatal District', JTR, {'note': 'Jetisu Region from 2022-06-08 (Almaty Region before)'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Beijing', 0, 'foreign', 'Beijing', N, {'note': 'metonymy for the Chinese government'}),
        ('Ili', 1, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'air pollution (no incident)'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'air pollution (no incident)'}),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty'),
     ],
     inc={KR: (1, 'rally of about 300 residents outside the Temirtau akimat against smog')}),

dict(id='p007', date='2005-08-30', lang='en',
     event='2005 grain harvest in the three northern regions; steppe fire destroying 1,200 ha of wheat near Karasu, Karasu district (Kostanay Region); Arkalyk, centre of the abolished Turgai Region',
     text="""Fire destroys 1,200 ha of wheat in Kostanay Region as harvest starts
KOSTANAY, Aug 30 (Interfax-Kazakhstan) - Kazakhstan expects to harvest about 12 million tonnes of grain this year, the agriculture ministry said on Tuesday, as combines moved into the fields of the three northern grain regions, Kostanay, Akmola and North Kazakhstan.
A steppe fire on Sunday destroyed 1,200 hectares of unharvested wheat near the village of Karasu, the centre of Karasu district. Firefighters from Kostanay and Lisakovsk fought the blaze for nine hours; nobody was hurt. The district akim, Bolat Turgaiev, said sparks from a combine had started it.
Yields in the south of Kostanay Region, around Arkalyk, the centre of the Turgai Region abolished in 1997, are expected at only 6 centners a hectare. Grain traders said Kazakhstan would export up to 4 million tonnes this season by rail through Russia and by sea through the port of Aktau to Iran.""",
     ann=[
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'headline'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside the agency name Interfax-Kazakhstan (not annotated)'}),
        ('three northern grain regions', 0, 'quantified', '3 northern grain regions', N, {'count': 3, 'unit': 'region', 'note': 'members named in apposition; not an incident statement'}),
        ('Kostanay', 1, 'region', KOR, KOR, {'note': 'apposition to "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'apposition to "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'apposition to "regions"'}),
        ('Karasu', 0, 'village', 'Karasu (Kostanay Region)', KOR),
        ('Karasu district', 0, 'district', 'Karasu District', KOR),
        ('Kostanay', 2, 'city', 'Kostanay', KOR, {'note': 'NI:origin of firefighters'}),
        ('Lisakovsk', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:origin of firefighters'}),
        ('Kostanay Region', 1, 'region', KOR, KOR, {'note': 'yields (no incident)'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR),
        ('Turgai Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished in 1997; its centre Arkalyk and most of its land in Kostanay Region on the article date'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N, {'note': 'occurrence 2 is inside "North Kazakhstan"'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:export route'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:export route (port)'}),
        ('Iran', 0, 'foreign', 'Iran', N, {'note': 'NI:export destination'}),
     ],
     inc={KOR: (1, 'steppe fire that destroyed 1,200 ha of wheat near Karasu, Karasu district')}),

dict(id='p008', date='2026-02-10', lang='en',
     event='2026 new governor of Ulytau Region (seat Zhezkazgan, born in Satpayev), a deputy governor of Abai Region (Semey, Kurchatov); governor of Pavlodar Region dismissed; Konaev as seat of Almaty Region (no incident)',
     text="""Tokayev names new governor for Ulytau Region
ASTANA, Feb 10 (Kazinform) - President Kassym-Jomart Tokayev on Tuesday appointed Daniyar Karazhalov, a former deputy governor of Karaganda Region, as governor of Ulytau Region, the presidential press service said.
Karazhalov, 47, who was born in Satpayev, replaces a governor who moved to the energy ministry. He will be based in Zhezkazgan, the regional centre, where Kazakhmys is building a new copper concentrator.
In a separate decree, the president appointed Aigerim Semeyeva, head of the Abai Region agriculture department, as deputy governor of that region, responsible for Semey, Kurchatov and the districts around the former nuclear test site. She succeeds Yerlan Zhanaozenov, who became a senator.
Tokayev also dismissed the governor of Pavlodar Region after the Supreme Audit Chamber found 14 billion tenge worth of unfinished housing in Pavlodar and Ekibastuz. The governor of Almaty Region, based in Konaev since 2022, was reprimanded over delays to a ring road around Almaty.""",
     ann=[
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': "NI:inside an official's former title"}),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': "inside an official's title"}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:birthplace; Ulytau Region from 2022-06-08'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the governor; Ulytau Region from 2022-06-08'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Semey', 0, 'city', 'Semey', ABR),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': "inside an official's title"}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': "inside an official's title"}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the governor'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point of a ring road'}),
     ],
     inc={}),
]
