"""English texts of the thirtieth unseen check corpus: the nineties and early 2000s
(annotation tuples described in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'South Kazakhstan Region'
EKR, MR, KOR = 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='1992-12-03', lang='en',
     event='1992 Uzbekistan halves gas deliveries to the Chimkent and Dzhambul regions over debts; schools in Kentau and Turkestan to close (South Kazakhstan Region before 2018) (no incident)',
     text="""Uzbekistan halves gas to south Kazakhstan over unpaid bills
ALMA-ATA, Dec 3 (Reuters) - Uzbekistan has cut gas deliveries to Kazakhstan's two southern regions by half over debts of about 4 billion roubles, officials in Alma-Ata said on Thursday, leaving flats in Chimkent and Dzhambul with barely warm radiators as the first frosts set in.
The gas is pumped from Bukhara along the Bukhara-Tashkent-Alma-Ata pipeline. A spokesman for the Chimkent region administration said schools in Kentau and Turkestan would close for two weeks from Monday to save fuel, and the Achisai polymetal plant had stopped two of its furnaces.
In Dzhambul the phosphate plant has cancelled its night shift. Its director said the Chimkent and Dzhambul regions together owed Tashkent for four months of supplies and that talks would resume in Moscow next week.
"We cannot heat a city of 400,000 people on promises," a deputy mayor of Chimkent said. Turkmenistan has offered to send gas through Uzbek pipes, but only at world prices and for hard currency.""",
     ann=[
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'headline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline; "south Kazakhstan" is a directional phrase, only the country is annotated'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; old name'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('two southern regions', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'the Chimkent and Dzhambul regions, named below; no incident'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the officials; old name'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'old name; South Kazakhstan Region before 2018-06-19'}),
        ('Dzhambul', 0, 'city', 'Taraz', JR, {'note': 'old name of Taraz (until 1997)'}),
        ('Bukhara', 0, 'foreign', 'Bukhara', N, {'note': 'NI:origin of the gas'}),
        ('Bukhara', 1, 'foreign', 'Bukhara', N, {'note': 'NI:pipeline endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:pipeline point'}),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:pipeline endpoint'}),
        ('Chimkent region', 0, 'region', SKR, SKR, {'note': 'NI:old name of South Kazakhstan Region, inside the name of an authority'}),
        ('Kentau', 0, 'city', 'Kentau', SKR),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'the town; South Kazakhstan Region in 1992'}),
        ('Achisai polymetal plant', 0, 'facility', 'Achisai polymetal plant', SKR, {'subkind': 'plant'}),
        ('Dzhambul', 1, 'city', 'Taraz', JR),
        ('Chimkent', 2, 'region', SKR, SKR, {'note': 'in a list sharing the head noun "regions"'}),
        ('Dzhambul', 2, 'region', JR, JR, {'note': 'in a list sharing the head noun "regions"; old name'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'metonymy for the Uzbek supplier'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:venue of talks'}),
        ('Chimkent', 3, 'city', 'Shymkent', SKR, {'note': "inside an official's title"}),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
     ],
     inc={}),

dict(id='p002', date='1995-10-25', lang='en', 
     event='1995 steel mill in Temirtau handed to a foreign investor; copper miners rally in Zhezkazgan (Zhezkazgan Region, Karaganda Region land) and laid-off workers block the road near Tekeli (Taldy-Kurgan Region, Almaty Region land); wage protests in four other regions',
     text="""Kazakhstan hands steel mill to investor as unpaid workers protest
ALMATY, Oct 25 (Reuters) - Kazakhstan handed its biggest steel mill, the Karmet combine in Temirtau, to a foreign investor on Wednesday, while copper miners and laid-off plant workers in two other regions protested over wages they have not been paid since the summer.
The State Property Committee said the buyer, a trading group registered in London, would clear the mill's debts for electricity and coal and invest $400 million over five years. The mill employs 32,000 people. Officials in Karaganda said the investor had promised to keep the plant's hospitals and kindergartens open until 1997.
In Zhezkazgan, about 2,000 copper miners and their wives rallied on Tuesday outside the regional administration, demanding four months of back pay. The Zhezkazgan Region governor told the crowd that money for the October wages had been sent from Almaty, but miners said they had heard the same promise in August. The region's copper smelter is expected to be the next plant offered to foreign managers.
Near Tekeli, in Taldy-Kurgan Region, about 150 former workers of the closed lead-zinc combine blocked the road to Taldy-Kurgan with two buses for six hours on Tuesday. Police cleared the road without injuries, the regional interior department said.
The Labour Ministry said protests over unpaid wages had also been held in at least four other regions this month. Wage arrears across Kazakhstan reached 21 billion tenge by October 1, up from 14 billion at the start of the year.
The government is also offering foreign companies the management of the Ust-Kamenogorsk lead-zinc plant, the aluminium plant in Pavlodar and the coal pits of Ekibastuz. An official said talks with a South Korean group about the Ust-Kamenogorsk plant would begin in Seoul next month.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'site of the mill sold (no incident); Karmet is a company'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'Zhezkazgan Region and Taldy-Kurgan Region, both named below'}),
        ('London', 0, 'foreign', 'London', N, {'note': "NI:the buyer's registration"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of the officials'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'Zhezkazgan Region until 1997; its land is Karaganda Region (Ulytau Region only from 2022)'}),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': "NI:inside an official's title; region abolished in 1997 and merged into Karaganda Region, which holds its land"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the money'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'reference point of the road blockade; Taldy-Kurgan Region until 1997, Almaty Region land (Jetisu Region only from 2022)'}),
        ('Taldy-Kurgan Region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'region abolished in 1997 and merged into Almaty Region, which holds its land'}),
        ('Taldy-Kurgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('four other regions', 0, 'quantified', '4 other regions', N, {'count': 4, 'unit': 'region', 'note': 'wage protests in unnamed regions'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'a plant named by its town (no incident)'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR),
        ('Seoul', 0, 'foreign', 'Seoul', N, {'note': 'NI:venue of talks'}),
     ],
     inc={KR: (1, 'rally of about 2,000 copper miners and their wives outside the regional administration in Zhezkazgan (Zhezkazgan Region then, Karaganda Region land)'),
          ALR: (1, 'laid-off workers blocked the road to Taldy-Kurgan near Tekeli with two buses for six hours (Taldy-Kurgan Region then, Almaty Region land)')},
     unatt=[{'label': 'four other regions', 'count': 4, 'note': 'protests over unpaid wages in at least four unnamed regions this month'}]),

dict(id='p003', date='1997-12-10', lang='en',
     event='1997 parliament and ministries formally move from Almaty to Akmola, the new capital (Tselinograd, Akmolinsk), with Akmola Region around it (no incident)',
     text="""Kazakh government starts work in new capital Akmola
AKMOLA, Dec 10 (Reuters) - Kazakhstan's parliament and ministries formally moved to Akmola on Wednesday, ending almost seven decades of Almaty as the seat of government.
President Nursultan Nazarbayev signed his first decrees in the new capital, a windswept city of 280,000 on the Ishim river that was called Akmolinsk until 1961 and Tselinograd until 1992.
About 4,000 civil servants are expected to move by spring. Many have been housed in hostels and in a former party hotel on Republic Avenue, and some commute by overnight train from Karaganda, 200 km to the south-east.
Officials said the move would bring investment to the north, where ethnic Russians form a majority in several regions along the border with Russia. The governor of Akmola Region, which surrounds the city, promised the capital cheap meat.
Critics in Almaty called the move a waste of money at a time when teachers in Semipalatinsk and Arkalyk have not been paid for half a year.""",
     ann=[
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital, named Akmola 1992-1998'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Akmola', 1, 'city', 'Astana', 'Astana'),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of government'}),
        ('Ishim river', 0, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Akmolinsk', 0, 'city', 'Astana', 'Astana', {'note': 'old name of the capital'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'old name of the capital'}),
        ('Republic Avenue', 0, 'facility', 'Republic Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of commuters; reference point'}),
        ('several regions', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'regions with a Russian majority; no incident'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': "NI:inside an official's title; the region, not the capital"}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of the critics'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region since May 1997 (Abai Region only from 2022)'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'Turgay Region until April 1997, then Kostanay Region'}),
     ],
     inc={}),

dict(id='p004', date='1999-02-16', lang='en',
     event='1999 Russian grid cuts power to North Kazakhstan Region over debts; Petropavlovsk, Bulayevo and Mamlyutka districts, Ekibastuz power stations (Pavlodar Region), Rudny (Kostanay Region) (no incident)',
     text="""Russian grid cuts power to North Kazakhstan over debts
PETROPAVLOVSK, Feb 16 (Interfax-Kazakhstan) - Electricity to most of North Kazakhstan Region has been cut for up to 12 hours a day this week after a Russian grid company reduced supplies over unpaid bills, regional officials said on Tuesday.
The region gets much of its power along lines from Kurgan and Omsk in Russia, although the Ekibastuz power stations in Pavlodar Region produce a surplus. Energy officials said Kazakhstan's own grid could not yet carry enough power from Ekibastuz to the north because of worn lines.
In Petropavlovsk trams stop at 6 p.m. and hospitals run on diesel generators. The Bulayevo and Mamlyutka districts get power for only four hours a day, a spokesman for the governor said.
Officials in Astana said the debt of $9 million would be settled with deliveries of Ekibastuz coal by March. The shortages have also hit parts of Kostanay Region, where the mining combine in Rudny has halved its output of iron ore pellets.""",
     ann=[
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'headline; region named without "Region"'}),
        ('PETROPAVLOVSK', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR),
        ('Kurgan', 0, 'foreign', 'Kurgan', N, {'note': 'NI:origin of power lines'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of power lines'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Ekibastuz power stations', 0, 'facility', 'Ekibastuz power stations', PR, {'subkind': 'power station'}),
        ('Pavlodar Region', 0, 'region', PR, PR),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N, {'note': 'possessive; the other occurrences are inside region and agency names'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of power'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR),
        ('Bulayevo', 0, 'district', 'Bulayevo District', NKR, {'note': 'in a list sharing the head noun "districts"'}),
        ('Mamlyutka', 0, 'district', 'Mamlyutka District', NKR, {'note': 'in a list sharing the head noun "districts"'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the officials'}),
        ('Ekibastuz', 2, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('Rudny', 0, 'city', 'Rudny', KOR),
     ],
     inc={}),

dict(id='p005', date='2002-04-18', lang='en',
     event='2002 spring floods: the Ulba floods Praporshchikovo and Belokamenka in Glubokoye district (East Kazakhstan Region) and the Ural floods Derkul and Beles in Zelenovsky district (West Kazakhstan Region); three other regions unnamed',
     text="""Spring floods swamp villages in east and west Kazakhstan
UST-KAMENOGORSK, April 18 (Reuters) - Meltwater from the Altai mountains flooded hundreds of houses in East Kazakhstan Region this week, and in the west the Ural river burst its banks north of Uralsk, emergency officials said on Thursday.
The Ulba river, which joins the Irtysh in Ust-Kamenogorsk, rose by two metres overnight on Tuesday and flooded 340 houses in the villages of Praporshchikovo and Belokamenka in Glubokoye district. About 1,100 people were taken to schools in Glubokoye, the district centre, and a rescue team from Semipalatinsk brought boats and pumps.
In the regional capital itself water covered the lower part of the embankment but did not reach any homes. Engineers lowered the level behind the dam of the Ust-Kamenogorsk hydropower station to make room for the flood wave.
In West Kazakhstan Region the Ural flooded 60 houses in Derkul and Beles, two villages in Zelenovsky district, and cut the road from Uralsk to Samara in Russia for two days. Nobody died, but a pensioner was treated for hypothermia after his boat capsized in a flooded street.
The Emergencies Agency in Astana said water had also entered homes in three other regions, which it did not name, and that the peak of the flood on the Irtysh was expected in Pavlodar in early May. About 2,400 people have been evacuated across Kazakhstan since April 1, and the government has set aside 300 million tenge for repairs.
Farmers in the Glubokoye district said the water had washed away seed stores just before sowing. "We lost everything we had kept for the spring," said a farmer whose barn stood on the bank of the Ulba. Officials said crops in the villages along the river could not be sown before the end of May.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline; "east and west Kazakhstan" is a directional phrase'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Altai mountains', 0, 'facility', 'Altai mountains', N, {'subkind': 'mountains', 'note': 'natural feature crossing several countries'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR),
        ('Ural river', 0, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point ("north of Uralsk")'}),
        ('Ulba river', 0, 'facility', 'Ulba river', N, {'subkind': 'river', 'note': 'in East Kazakhstan Region'}),
        ('Irtysh', 0, 'facility', 'Irtysh river', N, {'subkind': 'river'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:reference point (confluence)'}),
        ('Praporshchikovo', 0, 'village', 'Praporshchikovo', EKR),
        ('Belokamenka', 0, 'village', 'Belokamenka', EKR),
        ('Glubokoye district', 0, 'district', 'Glubokoye District', EKR),
        ('Glubokoye', 1, 'village', 'Glubokoye', EKR, {'note': 'NI:evacuation destination; the settlement, district centre'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of the rescue team; East Kazakhstan Region in 2002'}),
        ('Ust-Kamenogorsk hydropower station', 0, 'facility', 'Ust-Kamenogorsk hydropower station', EKR, {'subkind': 'power station'}),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
        ('Ural', 1, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Derkul', 0, 'village', 'Derkul', WKR),
        ('Beles', 0, 'village', 'Beles', WKR),
        ('Zelenovsky district', 0, 'district', 'Zelenovsky District', WKR),
        ('Uralsk', 1, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'NI:road endpoint'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the agency'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'flooded homes in unnamed regions'}),
        ('Irtysh', 1, 'facility', 'Irtysh river', N, {'subkind': 'river'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:expected flood peak (future)'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N, {'note': 'occurrences 1 and 2 are inside region names'}),
        ('Glubokoye district', 1, 'district', 'Glubokoye District', EKR),
        ('Ulba', 1, 'facility', 'Ulba river', N, {'subkind': 'river'}),
     ],
     inc={EKR: (1, 'flood of the Ulba in Praporshchikovo and Belokamenka, Glubokoye district (one natural disaster per region)'),
          WKR: (1, 'flood of the Ural in Derkul and Beles, Zelenovsky district, road to Samara cut')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'water entered homes in three unnamed regions'}]),

dict(id='p006', date='1996-09-12', lang='en',
     event='1996 tunnels sealed in the Degelen mountains of the former Semipalatinsk test site; Kurchatov, Sarzhal, Semipalatinsk Region (East Kazakhstan Region land) (no incident)',
     text="""Engineers seal more tunnels at former Soviet nuclear test site
KURCHATOV, Sept 12 (Reuters) - Engineers at the former Semipalatinsk nuclear test site have sealed 14 more of the tunnels in the Degelen mountains where Soviet scientists detonated nuclear devices underground, officials said on Thursday.
The work is paid for by the United States under a programme to dismantle weapons infrastructure. It began last year and is expected to last until 2000. Of 181 tunnels, 53 have now been closed.
The site covers 18,500 square km of steppe in Semipalatinsk Region and in parts of the Pavlodar and Karaganda regions. Kurchatov, the closed town that served it, has lost half of its 40,000 people since the last test in 1989.
Doctors in the village of Sarzhal, at the southern edge of the site, say they still see high rates of cancer and birth defects. A delegation from Washington visited a clinic in Semipalatinsk on Wednesday and promised medical equipment.
Russia removed its last nuclear warheads from Kazakhstan last year.""",
     ann=[
        ('KURCHATOV', 0, 'city', 'Kurchatov', EKR, {'note': 'dateline; Semipalatinsk Region in 1996, East Kazakhstan Region land (Abai Region only from 2022)'}),
        ('Semipalatinsk nuclear test site', 0, 'facility', 'Semipalatinsk nuclear test site', N, {'subkind': 'test site', 'note': 'spans three regions'}),
        ('Degelen mountains', 0, 'facility', 'Degelen mountains', N, {'subkind': 'mountains'}),
        ('United States', 0, 'foreign', 'United States', N),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'region abolished in 1997 and merged into East Kazakhstan Region, which holds its land'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'in a list sharing the head noun "regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'in a list sharing the head noun "regions"'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR),
        ('Sarzhal', 0, 'village', 'Sarzhal', EKR, {'note': 'Abai district of Semipalatinsk Region in 1996'}),
        ('Washington', 0, 'foreign', 'Washington', N, {'note': 'NI:origin of the delegation'}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p007', date='2000-08-22', lang='en',
     event='2000 fire destroys stalls at the central market of Zharkent (the former Panfilov), Panfilov district, Almaty Region; traders from Urumqi via Khorgos',
     text="""Fire destroys 120 stalls at market in border town Zharkent
ALMATY, Aug 22 (Interfax-Kazakhstan) - A fire destroyed about 120 stalls and a warehouse of Chinese goods at the central market of Zharkent, a town near the border with China in Almaty Region, overnight into Monday, the regional emergencies department said.
Nobody was hurt. Traders put the damage at 15 million tenge. Fire crews from Zharkent and from Akkent, a village 20 km away, fought the blaze for five hours; an engine sent from Taldykorgan arrived after the roof of the warehouse had collapsed.
Zharkent, which was called Panfilov from 1942 until 1991, lives on the clothes and electronics that traders bring from Urumqi through the crossing at Khorgos. The head of the Panfilov district administration said the market would reopen within a week in tents.
Police said they were checking whether the fire had been set on purpose. Two traders from Almaty told police they had received threats after refusing to pay for "protection".""",
     ann=[
        ('Zharkent', 0, 'city', 'Zharkent', ALR, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Zharkent', 1, 'city', 'Zharkent', ALR, {'note': 'Almaty Region in 2000 (Jetisu Region only from 2022)'}),
        ('China', 0, 'foreign', 'China', N),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Zharkent', 2, 'city', 'Zharkent', ALR, {'note': 'NI:origin of fire crews'}),
        ('Akkent', 0, 'village', 'Akkent', ALR, {'note': 'NI:origin of fire crews; Panfilov district'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of a fire engine'}),
        ('Zharkent', 3, 'city', 'Zharkent', ALR),
        ('Panfilov', 0, 'city', 'Zharkent', ALR, {'note': 'old name of Zharkent (1942-1991)'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'NI:border crossing on the route'}),
        ('Panfilov district', 0, 'district', 'Panfilov District', ALR, {'note': 'inside the name of an authority'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of traders; occurrence 0 is inside Almaty Region'}),
     ],
     inc={ALR: (1, 'fire at the central market of Zharkent (120 stalls and a warehouse)')}),

dict(id='p008', date='2004-06-09', lang='en',
     event='2004 gas cylinder explosion in an apartment block in Arkalyk and a background May fire in the empty former regional administration building (Kostanay Region); Arkalyk, centre of the Turgay Region abolished in 1997, whose districts went to Kostanay and Akmola regions; Torgai, Derzhavinsk, Baikonur',
     text="""Blast kills pensioner in Arkalyk, a town that lost its region
KOSTANAY, June 9 (Kazinform) - A gas cylinder exploded in a five-storey apartment block in Arkalyk on Tuesday night, killing a 74-year-old woman and damaging 12 flats, the emergencies department of Kostanay Region said. Half of the building had stood empty since the late 1990s.
Arkalyk was the centre of Turgay Region until April 1997, when the region was abolished and its districts were divided between Kostanay Region and Akmola Region. The town lost its administration and its bauxite mine, and its population fell from 65,000 to under 30,000. Whole streets of apartment blocks in the north of the town have no tenants, and people strip them for bricks and radiators.
"We used to be a regional capital; now we are 700 km of bad road from Kostanay," said Gulnar Akhmetova, a teacher. Last month a fire gutted the former regional administration building on Abai Street, empty since 1997; police suspect teenagers.
The Amangeldy and Zhangeldy districts went to Kostanay Region along with the town, while Derzhavinsk, a former military town, is now in Akmola Region. In Torgai, the village that gave the old region its name, the school went without heating for a week last winter after the boiler ran out of coal.
Arkalyk's airfield still serves the space programme: search teams fly from there to meet crews returning from orbit, whose capsules land in the steppe after flights from Baikonur, and the cosmonauts fly on to Moscow. The mayor hopes that Russia's space agency will pay to repair the runway.
Officials in Astana said a programme for small towns would give Arkalyk 800 million tenge this year for roads and heating.""",
     ann=[
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'headline'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR),
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'NI:inside the name of an authority'}),
        ('Arkalyk', 2, 'city', 'Arkalyk', KOR),
        ('Turgay Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'region abolished in April 1997; its land went mostly to Kostanay Region (with Arkalyk, its centre) and partly to Akmola Region'}),
        ('Kostanay Region', 1, 'region', KOR, KOR),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Kostanay', 2, 'city', 'Kostanay', KOR, {'note': 'NI:reference point; occurrences 0 and 1 are inside Kostanay Region'}),
        ('Abai Street', 0, 'facility', 'Abai Street (Arkalyk)', KOR, {'subkind': 'street', 'note': 'named after the poet; not Abai Region'}),
        ('Amangeldy', 0, 'district', 'Amangeldy District', KOR, {'note': 'in a list sharing the head noun "districts"'}),
        ('Zhangeldy', 0, 'district', 'Zhangeldy District', KOR, {'note': 'in a list sharing the head noun "districts"'}),
        ('Kostanay Region', 2, 'region', KOR, KOR),
        ('Derzhavinsk', 0, 'city', 'Derzhavinsk', AKR),
        ('Akmola Region', 1, 'region', AKR, AKR),
        ('Torgai', 0, 'village', 'Torgai', KOR, {'note': 'Zhangeldy district'}),
        ('Arkalyk', 3, 'city', 'Arkalyk', KOR, {'note': "possessive; the town's airfield"}),
        ('Baikonur', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:launch site; leased to Russia'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:destination of cosmonauts'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'possessive'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the officials'}),
        ('Arkalyk', 4, 'city', 'Arkalyk', KOR),
     ],
     inc={KOR: (2, 'gas cylinder explosion in an apartment block in Arkalyk (Tuesday) and the background fire that gutted the former regional administration building on Abai Street last month')}),
]
