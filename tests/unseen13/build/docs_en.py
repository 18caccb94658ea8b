"""English texts of the thirteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
A, AST, SH = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p001', date='2023-02-14', lang='en',
     event='2023 blizzard strands drivers on the Semey-Ayagoz highway with a death near Barshatas (Abai Region) and damages roofs in Ridder (East Kazakhstan Region); a gas explosion in a house on Kairbekov Street in Semey',
     text="""Blizzard strands hundreds in Abai and East Kazakhstan regions; gas blast kills two in Semey
SEMEY, Feb 14 (Reuters) - A blizzard with gusts of up to 30 metres per second swept across Abai and East Kazakhstan regions on Monday, stranding hundreds of drivers and cutting power to dozens of villages, emergency officials said on Tuesday.
In Abai Region, rescuers pulled 214 people out of about 60 cars and lorries stuck in snowdrifts on the Semey-Ayagoz highway. A 58-year-old lorry driver was found dead in his cab near the village of Barshatas, the regional emergencies department said. Police closed the road between Ayagoz and the border with Almaty Region until Wednesday.
In East Kazakhstan, the storm tore the roofs off a school and several houses in Ridder, where a pensioner was injured by falling slate. Oskemen airport was shut for 19 hours, and Air Astana cancelled six flights to Astana and Almaty. Traffic on the bridges over the Irtysh in Ust-Kamenogorsk, as many residents still call Oskemen, was halted for the night.
Hours after the wind eased, a gas explosion destroyed a private house on Kairbekov Street in Semey, killing a man and his daughter. Investigators said a leaking cylinder in the kitchen was the likely cause. Semey, known as Semipalatinsk until 2007, became the centre of the new Abai Region last June.
Forecasters at Kazhydromet expect temperatures to fall to minus 38 in the Zharma and Urzhar districts by Thursday and warned of fresh snow in Pavlodar and Karaganda regions at the weekend. Schools in Semey, Kurchatov and Ayagoz will stay closed until Friday.
Deputy governor Yerlan Ayagozov told reporters that 11 villages of Abai district were still without electricity on Tuesday evening and that crews from Pavlodar were helping to repair the lines.""",
     ann=[
        ('Abai', 0, 'region', ABR, ABR, {'note': 'headline; list "Abai and East Kazakhstan regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'headline; list item'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'list "Abai and East Kazakhstan regions"'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'list item'}),
        ('dozens of villages', 0, 'quantified', 'dozens of villages', N, {'count': N, 'unit': 'village', 'note': 'power cuts, a consequence of the blizzard in both regions'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:route endpoint (Semey-Ayagoz highway)'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:route endpoint (Semey-Ayagoz highway)'}),
        ('Barshatas', 0, 'village', 'Barshatas', ABR, {'note': 'driver found dead in the blizzard'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:road closure (a measure), endpoint'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:reference point (the border)'}),
        ('East Kazakhstan', 2, 'region', EKR, EKR, {'note': 'without "Region"'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'storm damage, a pensioner injured'}),
        ('Oskemen airport', 0, 'facility', 'Oskemen International Airport', EKR, {'subkind': 'airport', 'note': 'NI:closed (a measure)'}),
        ('Astana', 1, 'city', 'Astana', AST, {'note': 'NI:flight destination; "Astana" 0 is inside Air Astana'}),
        ('Almaty', 1, 'city', 'Almaty', A, {'note': 'NI:flight destination'}),
        ('Irtysh', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:old name of Oskemen; traffic halted (a measure)'}),
        ('Oskemen', 1, 'city', 'Oskemen', EKR, {'note': 'NI:name explained'}),
        ('Kairbekov Street', 0, 'facility', 'Kairbekov Street (Semey)', ABR, {'subkind': 'street'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'gas explosion'}),
        ('Semey', 3, 'city', 'Semey', ABR, {'note': 'NI:renaming explained'}),
        ('Semipalatinsk', 0, 'city', 'Semey', ABR, {'note': 'NI:old name of Semey'}),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': 'NI:creation of the region'}),
        ('Zharma', 0, 'district', 'Zharma District', ABR, {'note': 'NI:forecast; list "the Zharma and Urzhar districts"'}),
        ('Urzhar', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:forecast; list item'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:forecast; list "Pavlodar and Karaganda regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:forecast; list item'}),
        ('Semey', 4, 'city', 'Semey', ABR, {'note': 'NI:schools closed (a measure)'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:schools closed (a measure)'}),
        ('Ayagoz', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:schools closed (a measure)'}),
        ('11 villages', 0, 'quantified', '11 villages', N, {'count': 11, 'unit': 'village', 'note': 'villages of Abai district without power (consequence of the blizzard)'}),
        ('Abai district', 0, 'district', 'Abai District', ABR, {'note': 'power cuts, part of the blizzard'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of repair crews'}),
     ],
     inc={ABR: (2, 'blizzard: 214 people rescued from stranded vehicles on the Semey-Ayagoz highway and a driver dead near Barshatas (power cuts in Abai district part of it); gas explosion in a house on Kairbekov Street in Semey'),
          EKR: (1, 'blizzard damage in Ridder (roofs torn off, a pensioner injured); the airport and bridge closures are measures')}),

dict(id='p002', date='2015-05-12', lang='en',
     event='2015 mudflow in the Kora gorge floods houses in Tekeli and a hotel fire in Kapchagay (Almaty Region, before the 2022 split)',
     text="""Mudflow hits Tekeli, fire guts hotel in Kapchagay
TALDYKORGAN, May 12 (Interfax-Kazakhstan) - A mudflow set off by heavy rain came down the Kora gorge on Monday night and flooded 37 houses on the edge of Tekeli, a mining town 45 km east of Taldykorgan, the Almaty Region emergencies department said. No one was hurt, but 120 residents were moved to a school in the town.
On the same night a fire broke out on the third floor of a hotel on the shore of the Kapchagay reservoir in Kapchagay. Firefighters from Kapchagay and Almaty evacuated 46 guests, among them tourists from Bishkek and Urumqi; two staff members were treated for smoke inhalation. The cause is being investigated.
The regional governor ordered checks of every hotel in the resort zone before the summer season opens in June. Traffic on the Almaty-Taldykorgan road was not affected, police said.""",
     ann=[
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'headline; mudflow'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'headline; hotel fire; Kapchagay, renamed Konaev in 2022'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Kora gorge', 0, 'facility', 'Kora gorge', N, {'subkind': 'gorge', 'note': 'natural feature near Tekeli'}),
        ('Tekeli', 1, 'city', 'Tekeli', ALR, {'note': 'houses flooded'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:reference point'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Kapchagay reservoir', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir'}),
        ('Kapchagay', 2, 'city', 'Konaev', ALR, {'note': 'hotel fire'}),
        ('Kapchagay', 3, 'city', 'Konaev', ALR, {'note': 'NI:origin of firefighters'}),
        ('Almaty', 1, 'city', 'Almaty', A, {'note': 'NI:origin of firefighters'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of tourists'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of tourists'}),
        ('Almaty', 2, 'city', 'Almaty', A, {'note': 'NI:route endpoint'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
     ],
     inc={ALR: (2, 'mudflow flooding 37 houses in Tekeli; hotel fire in Kapchagay')}),

dict(id='p003', date='2019-07-22', lang='en',
     event='2019 football league round: matches in Shymkent, Nur-Sultan, Aktobe and Taldykorgan; clubs named after cities (no incident)',
     text="""Kairat go top after win in Shymkent; Astana held at home
NUR-SULTAN, July 22 (Kazinform) - Kairat Almaty moved to the top of the Premier League on Sunday with a 2-1 win over Ordabasy at the Kazhimukan Munaitpasov stadium in Shymkent, while champions Astana were held 0-0 by Tobol Kostanay at the Astana Arena in Nur-Sultan.
Aktobe beat Irtysh Pavlodar 3-0 in Aktobe, and Shakhter Karagandy lost 1-2 at home to Kaisar, the club from Kyzylorda. Zhetysu drew 1-1 with Taraz in Taldykorgan.
Kairat's Brazilian striker scored the winner in the 88th minute in front of 15,000 fans. "Shymkent is never an easy place to play," the Kairat coach said.
The national team will play friendly matches in Tashkent and Istanbul next month before the European Championship qualifiers resume. Tickets for the league match between Okzhetpes and Kairat in Kokchetau go on sale on Tuesday.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SH, {'note': 'headline; match venue'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Kazhimukan Munaitpasov stadium', 0, 'facility', 'Kazhimukan Munaitpasov Stadium (Shymkent)', SH, {'subkind': 'stadium'}),
        ('Shymkent', 1, 'city', 'Shymkent', SH, {'note': 'match venue'}),
        ('Astana Arena', 0, 'facility', 'Astana Arena', AST, {'subkind': 'stadium'}),
        ('Nur-Sultan', 0, 'city', 'Astana', AST, {'note': 'match venue'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'match venue; "Aktobe" 0 is the club'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:home city of the club Kaisar'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'match venue (Almaty Region in 2019)'}),
        ('Shymkent', 2, 'city', 'Shymkent', SH, {'note': 'in a quotation'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N),
        ('Istanbul', 0, 'foreign', 'Istanbul', N),
        ('Kokchetau', 0, 'city', 'Kokshetau', AKR, {'note': 'match venue; old Russian spelling of Kokshetau'}),
     ],
     inc={}),

dict(id='p004', date='2010-08-03', lang='en',
     event='2010 heat wave: grass fires near Arys and in Otyrar district and a cotton warehouse fire in Saryagash (South Kazakhstan Region)',
     text="""Heat wave fuels grass fires in South Kazakhstan; cotton warehouse burns in Saryagash
SHYMKENT, Aug 3 (KazTAG) - Temperatures of up to 46 degrees have set off grass fires in South Kazakhstan Region, where firefighters spent the weekend fighting flames on 1,300 hectares of pasture near Arys and in the reed beds along the Syr Darya in Otyrar district.
On Sunday a fire destroyed a warehouse holding 800 tonnes of cotton fibre on the outskirts of Saryagash, close to the Uzbek border. The blaze took eleven hours to put out, and crews were brought in from Shymkent and Zhetysai. The owner, a trading company based in Tashkent, put the loss at 2 million dollars.
In Shymkent, the former Chimkent, air conditioners overloaded a substation in Al-Farabi district on Saturday and parts of the city were left without power for six hours. Doctors treated 23 people for heatstroke.
The regional emergency department has banned campfires in the Aksu-Zhabagly nature reserve in Tulkubas district. Forecasters expect the heat to ease by Friday in Shymkent and Turkestan.""",
     ann=[
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline, without "Region"'}),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'headline; warehouse fire'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Arys', 0, 'city', 'Arys', SKR, {'note': 'grass fire near the town'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Otyrar district', 0, 'district', 'Otyrar District', SKR, {'note': 'reed fire'}),
        ('Saryagash', 1, 'city', 'Saryagash', SKR, {'note': 'warehouse fire'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of fire crews'}),
        ('Zhetysai', 0, 'city', 'Zhetysai', SKR, {'note': 'NI:origin of fire crews'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:seat of the owner'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'power failure, not counted'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'old name of Shymkent'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'substation overload, not counted'}),
        ('Aksu-Zhabagly nature reserve', 0, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve', 'note': 'NI:campfire ban (a measure)'}),
        ('Tulkubas district', 0, 'district', 'Tulkubas District', SKR, {'note': 'NI:campfire ban (a measure)'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:forecast'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:forecast; the town'}),
     ],
     inc={SKR: (3, 'grass fire near Arys; reed fire along the Syr Darya in Otyrar district; cotton warehouse fire in Saryagash; the Shymkent power failure and heatstroke cases are not counted')}),

dict(id='p005', date='2022-09-06', lang='en',
     event='2022 gas explosion in a flat on Akyn Sara Street in Taldykorgan, a minibus crash near Lepsy and a grass fire in Kerbulak district (Jetisu Region, three months after its creation); a timber warehouse fire in Konaev (Almaty Region); fires in three other regions',
     text="""Gas blast in Taldykorgan flat kills one as Jetisu Region nears its first 100 days
TALDYKORGAN, Sept 6 (Vlast.kz) - A gas explosion tore through a fourth-floor flat in a five-storey block on Akyn Sara Street in Taldykorgan early on Tuesday, killing a 70-year-old woman and injuring four neighbours, the emergencies department of Jetisu Region said.
About 60 residents spent the morning in a nearby school while engineers checked the building. Officials said the tenant had left a gas stove burning overnight; the city gas company, a subsidiary of Kazakhstan's QazaqGaz, had inspected the block in May.
Taldykorgan became the centre of the new Jetisu Region in June, when the old Almaty Region was split in two and its seat moved to Konaev, the former Kapchagay. The two administrations still share a fire service depot in Ushtobe, the regional governor said on Monday.
It has been a difficult week for the region. On Saturday a minibus carrying seasonal workers from Zharkent overturned on the road to Sarkand near the village of Lepsy, injuring nine people. Two days earlier a grass fire burned 400 hectares of hayfields in Kerbulak district before rain put it out.
Across the new border, the Almaty Region authorities reported a fire at a timber warehouse in Konaev on Sunday night. No one was hurt, but the blaze destroyed stock worth 60 million tenge, and smoke drifted over the Kapchagay reservoir for hours.
Fires also broke out in three other regions over the weekend, the emergencies ministry in Nur-Sultan said, without giving details. It plans to send 20 new fire engines to Almaty Region and Jetisu Region before winter. Officials in both regions are also drawing up plans for next spring's floods on the Karatal and Ili rivers.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; gas explosion'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Akyn Sara Street', 0, 'facility', 'Akyn Sara Street (Taldykorgan)', JTR, {'subkind': 'street'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'gas explosion'}),
        ('Jetisu Region', 1, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': "in \"Kazakhstan's QazaqGaz\""}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Jetisu Region', 2, 'region', JTR, JTR, {'note': 'NI:creation of the region'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:the region that was split'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:new regional seat'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:site of a fire depot'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:origin of the workers'}),
        ('Sarkand', 0, 'city', 'Sarkand', JTR, {'note': 'NI:destination (road to Sarkand)'}),
        ('Lepsy', 0, 'village', 'Lepsy', JTR, {'note': 'minibus overturned'}),
        ('Kerbulak district', 0, 'district', 'Kerbulak District', JTR, {'note': 'grass fire'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Konaev', 1, 'city', 'Konaev', ALR, {'note': 'timber warehouse fire'}),
        ('Kapchagay reservoir', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir'}),
        ('three other regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'fires in unnamed regions'}),
        ('Nur-Sultan', 0, 'city', 'Astana', AST, {'note': 'NI:seat of the ministry (Nur-Sultan until 2022-09-17)'}),
        ('Almaty Region', 2, 'region', ALR, ALR, {'note': 'NI:destination of fire engines'}),
        ('Jetisu Region', 3, 'region', JTR, JTR, {'note': 'NI:destination of fire engines'}),
        ('Karatal', 0, 'facility', 'Karatal', N, {'subkind': 'river', 'note': 'NI:flood planning; list "the Karatal and Ili rivers"'}),
        ('Ili', 0, 'facility', 'Ili', N, {'subkind': 'river', 'note': 'NI:flood planning; list item'}),
     ],
     inc={JTR: (3, 'gas explosion on Akyn Sara Street in Taldykorgan; minibus overturned near Lepsy; grass fire in Kerbulak district'),
          ALR: (1, 'timber warehouse fire in Konaev')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'fires over the weekend in regions the text does not name'}]),

dict(id='p006', date='2020-10-14', lang='en',
     event='2020 appointment of a Shymkent deputy mayor, born in Kentau, as governor of Turkistan Region (no incident)',
     text="""Shymkent deputy mayor named governor of Turkistan Region
NUR-SULTAN, Oct 14 (The Astana Times) - President Kassym-Jomart Tokayev on Wednesday appointed Nurlan Arysbekov, until now first deputy mayor of Shymkent, as governor of Turkistan Region, the presidential press service said.
Arysbekov, 49, was born in Kentau and began his career as an engineer at the railway depot in Arys. Both towns belonged to South Kazakhstan Region until June 2018, when Shymkent became a city of republican significance and the rest of the region was renamed Turkistan, with its seat moved to the town of Turkistan.
He later headed the akimat of Saryagash district and spent three years at the Kazakh embassy in Tashkent. Former president Nursultan Nazarbayev awarded him a medal in 2016.
His predecessor moves to Nur-Sultan as deputy minister of agriculture. The new governor said his priorities were irrigation water for the cotton farms of the Maktaaral and Zhetysai districts and the industrial zone next to Turkistan airport. Regional lawmakers approved the appointment unanimously.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SH, {'note': 'headline; workplace'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SH, {'note': 'NI:workplace'}),
        ('Turkistan Region', 1, 'region', TR, TR),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:birthplace'}),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:workplace'}),
        ('South Kazakhstan Region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former name of the region (until 2018-06-19); not a canonical unit on the article date; its land is Turkistan Region and Shymkent'}),
        ('Shymkent', 2, 'city', 'Shymkent', SH, {'note': 'NI:status change explained'}),
        ('Turkistan', 2, 'region', TR, TR, {'note': 'NI:the region renamed Turkistan'}),
        ('Turkistan', 3, 'city', 'Turkistan', TR, {'note': 'NI:regional seat, the town'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', TR, {'note': 'NI:workplace'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:workplace'}),
        ('Nur-Sultan', 0, 'city', 'Astana', AST, {'note': 'NI:destination of the predecessor'}),
        ('Maktaaral', 0, 'district', 'Maktaaral District', TR, {'note': 'list "the Maktaaral and Zhetysai districts"'}),
        ('Zhetysai', 0, 'district', 'Zhetysai District', TR, {'note': 'list item'}),
        ('Turkistan airport', 0, 'facility', 'Turkistan International Airport', TR, {'subkind': 'airport'}),
     ],
     inc={}),

dict(id='p007', date='2026-05-19', lang='en',
     event='2026 Mangystau week: oil service workers strike in Zhanaozen and the Uzen field, seven activists detained at a rally in Aktau, a fatal fight in the 14th microdistrict of Aktau, a bus-lorry collision near Sayotes; background 2011 Zhanaozen shooting; a dust storm closes Aktau airport',
     text="""Activists detained in Aktau as Zhanaozen strike enters second week
AKTAU, May 19 (Orda.kz) - Police in Aktau detained seven activists on Monday as they tried to hold a rally outside the Mangystau regional akimat in support of oil workers on strike in Zhanaozen, a local rights group said. Six were released in the evening; one was fined.
About 300 employees of a KazMunayGas service contractor have been sitting in the yard of their company's office in Zhanaozen since May 12, demanding a 50 percent pay rise. On Friday the strike spread to crews at the Uzen field outside the town. Deputy governor Marat Aktauov met the strikers' representatives on Sunday, but no agreement was reached.
Many in the town remember December 2011, when police opened fire on striking oil workers on the central square of Zhanaozen, killing 16 people.
In a separate case, a 32-year-old man died in hospital after a fight outside a cafe in the 14th microdistrict of Aktau late on Saturday. Two suspects were arrested in Kuryk the next day.
On Sunday morning a bus carrying 40 shift workers from Beineu to the Tengiz field in Atyrau Region collided with a lorry near the village of Sayotes. Three people were killed and 14 injured; the injured were flown to Aktau.
A dust storm closed Aktau airport for five hours on Sunday afternoon, and an Air Astana flight from Istanbul landed in Atyrau, the former Guryev, instead. Flights from Moscow and Almaty were delayed.
Officials in Mangystau say the region has had 24 road deaths since January, twice as many as a year ago.""",
     ann=[
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'headline; detentions'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'headline; strike'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'detention of activists at a rally'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside "the Mangystau regional akimat", the rally site'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': 'strike'}),
        ('Zhanaozen', 2, 'city', 'Zhanaozen', MR, {'note': 'strike site'}),
        ('Uzen field', 0, 'facility', 'Uzen oil field', MR, {'subkind': 'oil field', 'note': 'the strike spread here (same strike)'}),
        ('Zhanaozen', 3, 'city', 'Zhanaozen', MR, {'note': 'background: the December 2011 shooting'}),
        ('14th microdistrict', 0, 'district', '14th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'fatal fight'}),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'fatal fight'}),
        ('Kuryk', 0, 'city', 'Kuryk', MR, {'note': 'NI:place of arrest'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:origin of the bus'}),
        ('Tengiz field', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:destination of the bus'}),
        ('Atyrau Region', 0, 'region', ATR, ATR, {'note': 'NI:location of the destination'}),
        ('Sayotes', 0, 'village', 'Sayotes', MR, {'note': 'bus-lorry collision'}),
        ('Aktau', 3, 'city', 'Aktau', MR, {'note': 'NI:hospital town'}),
        ('Aktau airport', 0, 'facility', 'Aktau International Airport', MR, {'subkind': 'airport', 'note': 'NI:closed by a dust storm without damage (not counted)'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'NI:flight origin'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:diverted flight landed here'}),
        ('Guryev', 0, 'city', 'Atyrau', ATR, {'note': 'NI:old name of Atyrau'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight origin'}),
        ('Almaty', 0, 'city', 'Almaty', A, {'note': 'NI:flight origin'}),
        ('Mangystau', 1, 'region', MR, MR, {'note': 'NI:road death statistics'}),
     ],
     inc={MR: (5, 'detention of seven activists at the rally outside the regional akimat in Aktau; the strike in Zhanaozen (the Uzen field part of it); background December 2011 shooting in Zhanaozen; fatal fight in the 14th microdistrict of Aktau; bus-lorry collision near Sayotes; the dust storm without damage and the statistics are not counted')}),

dict(id='p008', date='2013-11-25', lang='en',
     event='2013 three-day weather forecast for the regions (no incident)',
     text="""Forecast: snow for the north, rain and fog in the south
ASTANA, Nov 25 (Kazinform) - Kazhydromet forecasts snow and strong winds for northern and central Kazakhstan over the next three days, with night temperatures falling to minus 20 in Kostanay, Petropavl and Astana.
Blizzards are expected in the Akmola, Karaganda and Pavlodar regions, where winds may reach 23 metres per second. In Zhezkazgan and Balkhash, daytime temperatures will stay around minus 8.
In the east, Semey and Ust-Kamenogorsk can expect light snow and ice on the roads. Almaty, Taldykorgan and Taraz will have rain turning to wet snow, and morning fog is likely in Shymkent and Kyzylorda.
The west will be milder: in Aktau and Atyrau the thermometer should reach plus 9 in the afternoon, and in Uralsk and Aktobe plus 2. Forecasters warned of black ice on the Almaty-Bishkek highway and on the passes of the Zhetysu Alatau.
The service's director, Marat Pavlodarov, said this November had been the warmest in Astana since 1997.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'in "northern and central Kazakhstan"'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:forecast'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:forecast'}),
        ('Astana', 0, 'city', 'Astana', AST, {'note': 'NI:forecast'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:forecast; list "the Akmola, Karaganda and Pavlodar regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:forecast; list item'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:forecast; list item'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:forecast (Karaganda Region in 2013)'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:forecast'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:forecast (East Kazakhstan Region in 2013)'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:forecast'}),
        ('Almaty', 0, 'city', 'Almaty', A, {'note': 'NI:forecast'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:forecast (Almaty Region in 2013)'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:forecast'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:forecast (South Kazakhstan Region in 2013)'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:forecast'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:forecast'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:forecast'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:forecast; Russian name of Oral'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:forecast'}),
        ('Almaty', 1, 'city', 'Almaty', A, {'note': 'NI:route endpoint (black ice warning)'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Zhetysu Alatau', 0, 'facility', 'Jungar Alatau', N, {'subkind': 'mountains', 'note': 'NI:warning; a mountain range, not Jetisu Region'}),
        ('Astana', 1, 'city', 'Astana', AST, {'note': 'NI:climate record'}),
     ],
     inc={}),
]
