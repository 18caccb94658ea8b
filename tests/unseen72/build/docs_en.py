"""English texts of the seventy-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2019-05-05', lang='en',
     event='2019 football weekend: fan brawl at the Kazhymukan Munaitpasov Stadium in Shymkent (Shymkent), flare fire in the Astana Arena in Nur-Sultan (Astana), Kaisar team bus off the road near Zhalagash (Kyzylorda Region); clubs Kairat Almaty, FC Astana, Tobol Kostanay, Irtysh Pavlodar, Shakhter Karagandy, FC Atyrau, Lokomotiv Moscow not annotated',
     text="""Flares, fists and a team bus in a ditch: a rough weekend for Kazakh football
NUR-SULTAN, May 5 (Kazinform) - The weekend of Kazakhstan's top football division was overshadowed by a brawl in Shymkent, a fire in the stands of the Astana Arena and a road accident involving the Kaisar team bus.

In Shymkent, supporters of Ordabasy and Kairat Almaty fought on the east stand of the Kazhymukan Munaitpasov Stadium after the visitors' late equaliser on Saturday. Police detained 14 people; three fans and a steward were treated in hospital. The Shymkent city akimat said the home club would pay for the broken seats.

On Sunday, a flare thrown by home fans during FC Astana's 3-0 win over Tobol Kostanay set fire to a banner in the north stand of the Astana Arena in Nur-Sultan. Stewards put out the flames within minutes and nobody was hurt, but the match was stopped for 12 minutes. The Nur-Sultan police department opened an administrative case against two fans from Karaganda.

Earlier on Saturday, the bus carrying Kaisar's players home from a league match in Aktobe skidded off the road near Zhalagash, about 70 km west of Kyzylorda. Two players and the driver were slightly injured, the Kyzylorda Region police said. The match in Aktobe had ended 1-1.

Zhetysu's home game against Irtysh Pavlodar in Taldykorgan went ahead despite heavy rain, while Shakhter Karagandy's trip to Atyrau was postponed at the request of FC Atyrau, whose pitch is being relaid.

The national football federation will review all three incidents on Tuesday. Its disciplinary committee has already fined clubs from Shymkent, Almaty and Kostanay this season, a spokesman told reporters in Nur-Sultan. Scouts from Lokomotiv Moscow and Dinamo Zagreb attended both games, he added: "This is not what they came to see.\"""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'city of republican significance since 2018-06-19'}),
        ('Astana Arena', 0, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium', 'note': 'stadium named after the capital, in Nur-Sultan'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Kazhymukan Munaitpasov Stadium', 0, 'facility', 'Kazhymukan Munaitpasov Stadium (Shymkent)', 'Shymkent', {'subkind': 'stadium', 'note': 'named after a person'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (city akimat)'}),
        ('Astana Arena', 1, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority (police department)'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of fans'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:venue of the previous match, start of the trip'}),
        ('Zhalagash', 0, 'village', 'Zhalagash', KZR, {'note': 'district centre; place of the bus accident'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:reference point (70 km west of Kyzylorda)'}),
        ('Kyzylorda Region', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority (police)'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'NI:match venue'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:match venue, no incident; Almaty Region before 2022-06-08'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:destination of a postponed trip'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': "NI:clubs' home city"}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:clubs' home city; the first Almaty is inside the club name Kairat Almaty"}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': "NI:clubs' home city; the first Kostanay is inside the club name Tobol Kostanay"}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:place of a press briefing'}),
     ],
     inc={'Shymkent': (1, 'fan brawl on the east stand of the Kazhymukan Munaitpasov Stadium, 14 detained, four treated in hospital'),
          'Astana': (1, 'flare set fire to a banner in the north stand of the Astana Arena in Nur-Sultan'),
          KZR: (1, 'Kaisar team bus skidded off the road near Zhalagash, three slightly injured')}),

dict(id='p002', date='2008-11-12', lang='en',
     event='2008 armed robbery of a currency exchange office in the Hotel Zhambyl in Taraz (Jambyl Region; the hotel keeps the Soviet-era name of the city, Dzhambul/Zhambyl); a September robbery in Shymkent recalled (South Kazakhstan Region before 2018); Bank TuranAlem, Alliance Bank, Taraz Invest and Interfax-Kazakhstan not annotated',
     text="""Gunmen rob exchange office in Taraz's Hotel Zhambyl
TARAZ, Nov 12 (Interfax-Kazakhstan) - Two armed men robbed a currency exchange office in the lobby of the Hotel Zhambyl in central Taraz on Wednesday morning and escaped with about 9 million tenge, the Jambyl regional police department said.
The masked robbers threatened the cashier with a pistol and fired a shot into the ceiling before driving off in a car with Kyrgyz number plates towards the Kordai border crossing. Nobody was hurt. Border guards at Kordai and on the road to Bishkek were put on alert.
The exchange office is run by a local branch of Bank TuranAlem. The hotel was built in 1970, when the city itself was called Dzhambul, and kept its name after Taraz got its ancient one back in 1997. Its owner, the Taraz Invest group, said armed guards would now be posted at the entrance.
A similar robbery at a branch of Alliance Bank in Shymkent in September, in which a guard was wounded, remains unsolved.""",
     ann=[
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'headline, possessive'}),
        ('Hotel Zhambyl', 0, 'facility', 'Hotel Zhambyl (Taraz)', JR, {'subkind': 'hotel', 'note': 'hotel named after the Soviet-era name of the city; not Jambyl Region'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Hotel Zhambyl', 1, 'facility', 'Hotel Zhambyl (Taraz)', JR, {'subkind': 'hotel'}),
        ('Taraz', 1, 'city', 'Taraz', JR),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'inside the name of an authority (regional police department)'}),
        ('Kordai border crossing', 0, 'facility', 'Kordai border crossing', JR, {'subkind': 'border crossing', 'note': "NI:robbers' direction of flight"}),
        ('Kordai', 1, 'village', 'Kordai', JR, {'note': 'NI:border guards put on alert'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road destination'}),
        ('Dzhambul', 0, 'city', 'Taraz', JR, {'note': 'NI:Soviet name of Taraz, historical'}),
        ('Taraz', 2, 'city', 'Taraz', JR, {'note': 'NI:renaming of the city'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'September robbery narrated as background; South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={JR: (1, 'armed robbery of the exchange office in the Hotel Zhambyl, Taraz, a shot fired'),
          SKR: (1, 'background: September robbery of an Alliance Bank branch in Shymkent, a guard wounded')}),

dict(id='p003', date='2001-08-21', lang='en',
     event='2001 engine-room fire aboard the tanker Almaty at the oil terminal of Aktau port, fuel oil leak (Mangystau Region); the tankers Almaty and Astana and the company Kazmortransflot not annotated; Baku, Astrakhan, Makhachkala',
     text="""Fire aboard tanker Almaty put out in Aktau port
AKTAU, Aug 21 (Reuters) - Firefighters on Tuesday put out a blaze in the engine room of the Kazakh tanker Almaty while it was loading crude at the oil terminal of Aktau port, the Mangistau regional emergencies department said. One crew member was taken to hospital with burns.
The 12,000-tonne vessel, owned by the state shipping company Kazmortransflot, was due to sail for Baku, Azerbaijan, on Wednesday. Its sister ship, the Astana, was anchored nearby and was not affected.
About 40 tonnes of fuel oil leaked into the harbour, environmental inspectors said, and a boom has been laid to keep it from drifting north along the coast towards Fort-Shevchenko. The company said the Almaty would be towed to a shipyard in Astrakhan, Russia, for repairs.
Oil shipments through Aktau have tripled since 1998; most cargoes go to Baku and to the Russian port of Makhachkala.""",
     ann=[
        ('Aktau port', 0, 'facility', 'Aktau port', MR, {'subkind': 'port', 'note': 'headline; the tanker Almaty is a ship name, not annotated'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Aktau port', 1, 'facility', 'Aktau port', MR, {'subkind': 'port'}),
        ('Mangistau', 0, 'region', MR, MR, {'note': 'inside the name of an authority; Russian-style spelling'}),
        ('Baku', 0, 'foreign', 'Baku', N, {'note': 'NI:destination'}),
        ('Azerbaijan', 0, 'foreign', 'Azerbaijan', N, {'note': 'NI:destination'}),
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:direction of the drifting oil'}),
        ('Astrakhan', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:shipyard'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:shipyard'}),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'NI:oil shipments'}),
        ('Baku', 1, 'foreign', 'Baku', N, {'note': 'NI:destination of cargoes'}),
        ('Makhachkala', 0, 'foreign', 'Makhachkala', N, {'note': 'NI:destination of cargoes'}),
     ],
     inc={MR: (1, 'engine-room fire aboard the tanker Almaty at Aktau port with a fuel oil leak, one crew member burnt')}),

dict(id='p004', date='2023-02-10', lang='en',
     event='2023 regional round-up eight months after the 2022 split: fire at the Hotel Irtysh in Semey (Abai Region), hard landing of an Air Astana plane at Zhezkazgan airport (Ulytau Region), crush at the opening of Jetisu Mall in Taldykorgan (Jetisu Region); a hotel slogan still placing Semey in East Kazakhstan; Qazaq Air turboprops named Abai, Ulytau and Zhetysu',
     text="""Regional round-up: hotel fire in Semey, hard landing in Zhezkazgan, crush at a new mall in Taldykorgan
ASTANA, Feb 10 (Kursiv) - Eight months after Kazakhstan gained three new regions, businesses named after the old map are still catching up, and this week's regional news was dominated by accidents.

SEMEY - Fire broke out late on Tuesday on the fourth floor of the Hotel Irtysh, which stands on the embankment of the Irtysh in Semey. Forty guests were evacuated and one, a visiting engineer from Pavlodar, was treated for smoke inhalation, the Abai region emergencies department said. The hotel's owner, Irtysh Hotels Group, blamed a faulty heater. Its website still describes the hotel as "the best address in East Kazakhstan", although Semey has been the centre of Abai region since last June.

ZHEZKAZGAN - An Air Astana Airbus A320 arriving from Almaty made a hard landing in a strong crosswind at Zhezkazgan airport on Wednesday. Two passengers were slightly hurt and the aircraft was grounded for checks. Passenger numbers at the airport have doubled since the town became the capital of Ulytau region, and its managers want to rename it after the Ulytau mountains.

TALDYKORGAN - Jetisu Mall, with 90 shops, opened on Thursday in the centre of Taldykorgan. Its developer, the Almaty-based Alatau Development, said it chose the name because the city now heads Jetisu region. Shoppers from Tekeli and Ushtobe queued from before dawn, and a woman broke her arm in the crush when the doors opened, police said.

ALMATY - Qazaq Air will call its next two Bombardier Q400 turboprops Abai and Ulytau, after the Zhetysu delivered last year, the carrier said on Friday. Its network links Almaty with Semey, Zhezkazgan and Taldykorgan.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('three new regions', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the regions created in 2022, all named later in the text; not about incidents'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'section dateline'}),
        ('Hotel Irtysh', 0, 'facility', 'Hotel Irtysh (Semey)', ABR, {'subkind': 'hotel', 'note': 'hotel named after the river'}),
        ('Irtysh', 1, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'the river at Semey (Abai Region)'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': "NI:injured guest's origin"}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('East Kazakhstan', 0, 'region', ABR, ABR, {'uncertain': True, 'note': "NI:the hotel's outdated slogan for its own location; Semey has been in Abai Region since 2022-06-08, so the old region name is labelled with the unit holding the place on the article date"}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'NI:Semey as its centre'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'section dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the flight; Astana inside Air Astana is not annotated'}),
        ('Zhezkazgan airport', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'NI:Zhezkazgan as its capital'}),
        ('Ulytau mountains', 0, 'facility', 'Ulytau mountains', N, {'subkind': 'mountains', 'note': 'NI:natural feature in Ulytau Region, proposed name of the airport'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'section dateline'}),
        ('Jetisu Mall', 0, 'facility', 'Jetisu Mall (Taldykorgan)', JTR, {'subkind': 'shopping centre', 'note': 'mall named after the region; the building is a facility in Taldykorgan'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:developer's seat (Almaty-based); Alatau Development is a company"}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'NI:Taldykorgan as its centre'}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': "NI:shoppers' origin"}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': "NI:shoppers' origin"}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'section dateline'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:airline network; the aircraft names Abai, Ulytau and Zhetysu are not annotated'}),
        ('Semey', 3, 'city', 'Semey', ABR, {'note': 'NI:airline network'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:airline network'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:airline network'}),
     ],
     inc={ABR: (1, 'fire on the fourth floor of the Hotel Irtysh in Semey, one guest treated for smoke inhalation'),
          UR: (1, 'hard landing of an Airbus A320 at Zhezkazgan airport, two passengers slightly hurt'),
          JTR: (1, 'crush at the opening of Jetisu Mall in Taldykorgan, a woman broke her arm')}),

dict(id='p005', date='1998-06-11', lang='en',
     event='1998 collapse of a temporary stage at a concert outside the Hotel Ishim in Astana, a month after Akmola was renamed, four musicians hurt (Astana); foreign delegations; the Almaty Philharmonic and a train still named Akmola not annotated; Nursultan Nazarbayev a person',
     text="""Stage collapses at Astana celebrations, four hurt
ASTANA, June 11 (AP) - Part of a temporary stage collapsed during an open-air concert on Wednesday night in Astana, the Kazakh capital that was called Akmola until last month, injuring four musicians, city officials said.
The concert, on the square outside the Hotel Ishim, closed three days of festivities in which the new capital was presented to foreign guests, among them delegations from Moscow, Ankara and Beijing. The Almaty Philharmonic's orchestra, which had come from Almaty on a special train still bearing the name Akmola, had left the stage minutes earlier.
Police said the wooden structure had been put up by a construction firm from Karaganda and that its director had been questioned. President Nursultan Nazarbayev, who moved the seat of government from Almaty last December, watched the opening night but did not attend the final concert.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline; renamed from Akmola on 1998-05-06'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 1, 'city', 'Astana', 'Astana'),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital, not Akmola Region'}),
        ('Hotel Ishim', 0, 'facility', 'Hotel Ishim (Astana)', 'Astana', {'subkind': 'hotel', 'note': 'hotel named after the river (Russian name of the Yesil); the concert square is beside it'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of a delegation'}),
        ('Ankara', 0, 'foreign', 'Ankara', N, {'note': 'NI:origin of a delegation'}),
        ('Beijing', 0, 'foreign', 'Beijing', N, {'note': 'NI:origin of a delegation'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:orchestra's origin; the first Almaty is inside the orchestra's name"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:construction firm's seat"}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of government'}),
     ],
     inc={'Astana': (1, 'collapse of a temporary stage during the concert, four musicians hurt')}),

dict(id='p006', date='2012-07-03', lang='en',
     event='2012 service car of the Astana Pro Team cycling team overturned on the Shchuchinsk-Kokshetau road near Shchuchinsk, mechanic hurt (Akmola Region); training camp in Burabay; background: rider of Continental Team Astana hit by a car near Kaskelen in 2011 (Almaty Region); Tour de France, Liege',
     text="""Astana team car overturns near Shchuchinsk, mechanic hurt
ASTANA, July 3 (Vesti.kz) - A service car of the Astana Pro Team cycling squad overturned on the Shchuchinsk-Kokshetau road on Monday evening, injuring a team mechanic, the Akmola regional police said.
The car was returning from the team's training camp in the resort of Burabay, where riders preparing for the London Olympics have been based since June. The driver, a team employee from Almaty, lost control on a bend about 15 km from Shchuchinsk, police said. The mechanic is in hospital in Kokshetau with a broken collarbone.
The team, which carries the name of the capital and is funded by state companies, is riding the Tour de France this month; the race started in Liège, Belgium, on Saturday. Last August a rider of its feeder squad, Continental Team Astana, was hit by a car while training near Kaskelen and spent two months in hospital in Almaty.""",
     ann=[
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'headline; place of the accident; Astana in the headline is the team'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Shchuchinsk', 1, 'city', 'Shchuchinsk', AKR, {'note': 'NI:road endpoint'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:road endpoint'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (regional police)'}),
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'NI:resort, training camp'}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:Olympic Games'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:driver's origin"}),
        ('Shchuchinsk', 2, 'city', 'Shchuchinsk', AKR, {'note': 'NI:reference point (15 km from)'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:hospital'}),
        ('France', 0, 'foreign', 'France', N, {'note': 'NI:inside the event name Tour de France'}),
        ('Liège', 0, 'foreign', 'Liège', N, {'note': 'NI:start of the race'}),
        ('Belgium', 0, 'foreign', 'Belgium', N, {'note': 'NI:start of the race'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'background accident in 2011 narrated explicitly'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital'}),
     ],
     inc={AKR: (1, 'team service car overturned on the Shchuchinsk-Kokshetau road, mechanic injured'),
          ALR: (1, 'background: a rider hit by a car while training near Kaskelen in August 2011')}),

dict(id='p007', date='2022-08-22', lang='en',
     event='2022 festival summer: crowd crush at the Metallurg stadium in Zhezkazgan before a concert by the band Ulytau on the first Ulytau Day (Ulytau Region), fire in a backstage tent of the Jetisu Fest in Taldykorgan (Jetisu Region); Almaty Jazz Festival at Medeu, Astana Opera tour, Abai readings in Semey, a festival in Turkistan',
     text="""Festival summer ends with a crush in Zhezkazgan and a fire in Taldykorgan
ALMATY, Aug 22 (The Steppe) - Kazakhstan's festival summer ended on a sour note at the weekend, with a crowd crush at a concert in Zhezkazgan and a fire at a music festival in Taldykorgan, both in regions created only in June.

Six people, two of them teenagers, were hurt on Saturday evening when a crowd forced the gates of the Metallurg stadium in Zhezkazgan before a free concert by the folk-rock band Ulytau. The concert was the highlight of the first Ulytau Day, which celebrates the new region. "We expected 8,000 people and 15,000 came," the regional culture department said. The band, which took its name from the Ulytau mountains long before there was a region of that name, went on stage an hour late.

On Sunday a fire destroyed a backstage tent of the Jetisu Fest on the central square of Taldykorgan shortly before the headliner, a rapper from Tashkent, was due to perform. Nobody was hurt, and the show was moved to the city's drama theatre. Until this year the festival was called Taldykorgan Summer; the organisers renamed it after the city became the centre of Jetisu region on June 8.

Elsewhere the season passed without trouble. The Almaty Jazz Festival drew some 20,000 people to the Medeu skating rink above Almaty, and the Astana Opera company took La Traviata to Vienna and Milan. In Semey the annual Abai readings, named after the poet, filled the Abai theatre for a week, and in Turkistan a Silk Road music festival opened in the Karavan-Saray complex.

Organisers in Zhezkazgan and Taldykorgan said they would review their safety arrangements before next summer.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR),
        ('Metallurg stadium', 0, 'facility', 'Metallurg Stadium (Zhezkazgan)', UR, {'subkind': 'stadium'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'inside the event name Ulytau Day, which celebrates the region; the band Ulytau (first Ulytau) is not annotated'}),
        ('Ulytau mountains', 0, 'facility', 'Ulytau mountains', N, {'subkind': 'mountains', 'note': 'NI:natural feature in Ulytau Region, origin of the band name'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'inside the event name Jetisu Fest, held in Taldykorgan'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': "NI:headliner's origin"}),
        ('Taldykorgan', 3, 'city', 'Taldykorgan', JTR, {'note': 'NI:inside the former festival name Taldykorgan Summer'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'NI:Taldykorgan as its centre'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the event name Almaty Jazz Festival, no incident'}),
        ('Medeu skating rink', 0, 'facility', 'Medeu skating rink', 'Almaty', {'subkind': 'ice rink', 'note': 'NI:festival venue'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point; Astana inside Astana Opera is the company, not annotated'}),
        ('Vienna', 0, 'foreign', 'Vienna', N, {'note': 'NI:tour'}),
        ('Milan', 0, 'foreign', 'Milan', N, {'note': 'NI:tour'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:festival without incident; the Abai readings are named after the poet'}),
        ('Abai theatre', 0, 'facility', 'Abai Drama Theatre (Semey)', ABR, {'subkind': 'theatre', 'note': 'NI:named after the poet, not Abai Region'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'NI:festival without incident'}),
        ('Karavan-Saray', 0, 'facility', 'Karavan-Saray (Turkistan)', TR, {'subkind': 'tourist complex', 'note': 'NI:festival venue'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', UR, {'note': "NI:organisers' review"}),
        ('Taldykorgan', 4, 'city', 'Taldykorgan', JTR, {'note': "NI:organisers' review"}),
     ],
     inc={UR: (1, 'crowd crush at the gates of the Metallurg stadium in Zhezkazgan, six hurt'),
          JTR: (1, 'fire destroyed a backstage tent of the Jetisu Fest on the central square of Taldykorgan')}),

dict(id='p008', date='2026-01-12', lang='en',
     event='2026 Almaty-Shymkent passenger train hits a lorry at a level crossing near Otar, lorry driver killed (Jambyl Region); the Talgo set named Turkistan and Kazakhstan Temir Zholy not annotated; lorries hit at crossings in two other, unnamed regions (unattributed)',
     text="""Almaty-Shymkent train hits lorry at crossing near Otar, driver killed
TARAZ, Jan 12 (Kazinform) - A passenger train travelling from Almaty to Shymkent hit a lorry at a level crossing near the station of Otar in Jambyl region early on Monday, killing the lorry's driver, the regional police said.
None of the 480 passengers was hurt. The train, one of the Talgo sets that Kazakhstan Temir Zholy names after regions, carries the name Turkistan; it reached Shymkent four hours late. The lorry, registered in Almaty Region, was carrying cement from Kordai district to Almaty.
The railway company said two more lorries had been hit by trains at unguarded crossings in two other regions since January 1, without saying where. Drivers ignoring barriers caused 23 collisions at crossings in Kazakhstan last year, it added.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline, route endpoint'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:headline, route endpoint'}),
        ('Otar', 0, 'village', 'Otar', JR, {'note': 'headline; railway village, place of the collision'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the train'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of the train'}),
        ('Otar', 1, 'village', 'Otar', JR, {'note': 'the station of Otar; place of the collision'}),
        ('Jambyl region', 0, 'region', JR, JR),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:arrival; the train name Turkistan is not annotated'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': "NI:lorry's registration"}),
        ('Kordai district', 0, 'district', 'Kordai District', JR, {'note': "NI:origin of the lorry's cargo"}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': "NI:lorry's destination"}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'lorries hit at crossings in two unnamed regions'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'statistics; the first Kazakhstan is inside the company name Kazakhstan Temir Zholy'}),
     ],
     inc={JR: (1, 'passenger train hit a lorry at the level crossing near Otar, lorry driver killed')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'two more lorries hit by trains at crossings in two unnamed regions since January 1'}]),
]
