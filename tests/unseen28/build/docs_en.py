"""English texts of the twenty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: protests, strikes and public order."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2008-05-14', lang='en',
     event='2008 copper miners\' strike at the Annensky mine near Zhezkazgan and the South mine in Satpayev, and a solidarity picket in Balkhash (Karaganda Region before the 2022 split); Kazakhmys and the London Metal Exchange are not places',
     text="""Copper miners strike at Kazakhmys pits around Zhezkazgan
ZHEZKAZGAN, Kazakhstan, May 14 (Reuters) - About 1,200 miners at the Annensky mine near Zhezkazgan stopped work on Wednesday, demanding a 40 percent pay rise from Kazakhmys, the London-listed copper group, union leaders said.
The strikers stayed underground after the night shift and refused to hand in their lamps. "We earn less than bus drivers in Almaty," said Bolat Zhaksylykov, a face worker with 19 years at the pit. By the afternoon the stoppage had spread to the South mine in Satpayev, 20 km north-west of the town, where about 600 workers gathered outside the shaft office and blocked the gate with a dump truck.
Kazakhmys, whose main plants are in Zhezkazgan and whose head office is in London, said output at its Zhezkazgan smelter had not been affected and that talks would resume on Thursday. The governor of Karaganda Region, whose deputy flew in from Karaganda on Wednesday morning, urged the miners to go back to work. Prosecutors called the stoppage illegal because the union had not given two weeks' notice.
In Balkhash, on the northern shore of Lake Balkhash, about 80 smelter workers picketed the town akimat on Tuesday evening in support of the miners, police said. Nobody was detained.
Miners' pay in Kazakhstan has lagged behind inflation, which reached 18 percent in April. Workers at the group's coal mines in Ekibastuz have not joined the action.
Copper for three-month delivery on the London Metal Exchange rose 1.2 percent on the news, traders in Moscow and Shanghai said. Zhezkazgan's ore has been mined since the 1930s, and the company also runs smaller pits around Zhezdy and Karazhal.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; the strike area (Ulytau Region only from 2022)'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'dateline'}),
        ('Annensky mine', 0, 'facility', 'Annensky mine (Zhezkazgan)', KR, {'subkind': 'mine'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point for the mine'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:comparison in a quotation'}),
        ('South mine', 0, 'facility', 'South mine (Satpayev)', KR, {'subkind': 'mine'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': "NI:site of the company's plants"}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:head office'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': 'NI:the smelter, not affected'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': "NI:inside an official's title"}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of the deputy governor'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'natural feature'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:workers there have not joined'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:traders'}),
        ('Shanghai', 0, 'foreign', 'Shanghai', N, {'note': 'NI:traders'}),
        ('Zhezkazgan', 4, 'city', 'Zhezkazgan', KR, {'note': "NI:possessive 'Zhezkazgan's ore', history"}),
        ('Zhezdy', 0, 'village', 'Zhezdy', KR, {'note': 'NI:other pits of the company'}),
        ('Karazhal', 0, 'city', 'Karazhal', KR, {'note': 'NI:other pits of the company'}),
     ],
     inc={KR: (3, 'strike at the Annensky mine near Zhezkazgan; strike and gate blockade at the South mine in Satpayev; solidarity picket at the town akimat in Balkhash')}),

dict(id='p002', date='2016-05-21', lang='en',
     event='2016 land code protests: detentions in Almaty (Republic Square, Abylai Khan Avenue) and Astana (Baiterek), pickets broken up in Shymkent (South Kazakhstan Region) and Uralsk, background April rallies in Atyrau, Aktobe and Semey (East Kazakhstan Region) and the 2011 Zhanaozen unrest; "nine cities" unattributed',
     text="""Kazakh police detain hundreds as land protests reach Almaty and Astana
ALMATY, May 21 (Reuters) - Police in Kazakhstan detained hundreds of people in Almaty and Astana on Saturday as they tried to gather for unsanctioned rallies against a plan to lease farmland to foreigners, witnesses said.
In Almaty, officers in riot gear sealed off Republic Square and nearby Abylai Khan Avenue before noon and put at least 40 people, onto buses. In Astana, a handful of protesters who unfurled a banner near the Baiterek monument were taken away within minutes.
Smaller pickets were broken up in Shymkent and Uralsk, the Interior Ministry said, adding that people had been detained in nine cities in all. It did not name the others.
The wave began on April 24 in Atyrau, where more than a thousand people rallied outside the regional akimat, and within a week spread to Aktobe and Semey.
President Nursultan Nazarbayev has since put the land code amendments on hold and set up a commission to hold hearings in all regions. Critics say the law would let Chinese firms take over pasture near the border with China.
The United States embassy in Astana said it was following reports of the detentions "with concern", and a spokeswoman for the European Commission in Brussels called for the release of those held.
The protests were the largest in Kazakhstan since the unrest in the oil town of Zhanaozen in December 2011, when police opened fire on striking oil workers and at least 14 people were killed.
Farmers in the Almaty and Zhambyl regions, who rent most of the land in question, said they feared losing their leases. "My family has grazed sheep near Sarkand for fifty years," said Yerbol Tasbolatov, who had travelled to Almaty for the rally.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Astana', 1, 'city', 'Astana', 'Astana'),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty'),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Abylai Khan Avenue', 0, 'facility', 'Abylai Khan Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Astana', 2, 'city', 'Astana', 'Astana'),
        ('Baiterek monument', 0, 'facility', 'Baiterek monument (Astana)', 'Astana', {'subkind': 'monument'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'before the 2018 split'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'Russian name of Oral'}),
        ('nine cities', 0, 'quantified', '9 cities', N, {'count': 9, 'unit': 'city', 'note': 'detentions; four of the nine are named'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'background rally of April 24'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'background rally'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'background rally; East Kazakhstan Region before the 2022 split'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'hearings, not incidents'}),
        ('China', 0, 'foreign', 'China', N),
        ('United States', 0, 'foreign', 'United States', N),
        ('Astana', 3, 'city', 'Astana', 'Astana', {'note': 'NI:seat of an embassy'}),
        ('Brussels', 0, 'foreign', 'Brussels', N, {'note': 'NI:seat of the European Commission'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'background unrest of December 2011'}),
        ('Almaty', 3, 'region', ALR, ALR, {'note': "NI:in a list sharing the head noun 'regions'; farmers' home"}),
        ('Zhambyl', 0, 'region', JR, JR, {'note': "NI:in a list sharing the head noun 'regions'; farmers' home"}),
        ('Sarkand', 0, 'city', 'Sarkand', ALR, {'note': "NI:a farmer's grazing land; Almaty Region before the 2022 split"}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'the same rally as above'}),
     ],
     inc={'Almaty': (1, 'detentions at the unsanctioned rally at Republic Square and Abylai Khan Avenue'),
          'Astana': (1, 'detentions of protesters near the Baiterek monument'),
          SKR: (1, 'picket broken up in Shymkent'),
          WKR: (1, 'picket broken up in Uralsk'),
          ATR: (1, 'background rally of April 24 outside the akimat in Atyrau'),
          AR: (1, 'background rally in Aktobe'),
          EKR: (1, 'background rally in Semey'),
          MR: (1, 'background: December 2011 unrest in Zhanaozen, police fire on oil workers')},
     unatt=[{'label': 'nine cities', 'count': 9, 'note': 'people detained in nine cities; Almaty, Astana, Shymkent and Uralsk are named and have their own rows, five are not named'}]),

dict(id='p003', date='1996-11-19', lang='en',
     event='1996 pensioners block the Almaty-Ust-Kamenogorsk highway near Zhangiztobe, Semipalatinsk Region (abolished 1997; East Kazakhstan Region land on the date, Abai Region today); Kurchatov and Semipalatinsk',
     text="""Pensioners block highway in Semipalatinsk region over unpaid pensions
SEMIPALATINSK, Nov 19 (Interfax-Kazakhstan) - About 300 pensioners blocked the Almaty-Ust-Kamenogorsk highway near the village of Zhangiztobe for six hours on Tuesday, demanding pensions that have not been paid since July, the regional police said.
The protesters, most of them from Zhangiztobe and nearby farms, sat on the road with placards reading "We are hungry". No one was detained. The blockade ended after the deputy head of the Semipalatinsk Region administration drove out and promised to pay one month's arrears by the end of the week.
The pension fund owes about 1.5 billion tenge to pensioners in the region, whose budget has suffered from the closure of plants in Semipalatinsk and Kurchatov. Similar debts have built up across Kazakhstan, and the government in Almaty has asked the World Bank for a loan to clear them.
Last week teachers in Semipalatinsk held a one-day warning strike. Officials in Ust-Kamenogorsk said the neighbouring region had paid pensions for October.""",
     ann=[
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished in 1997; its land lay in East Kazakhstan Region (Abai Region since 2022); lowercase head noun in the headline'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Zhangiztobe', 0, 'village', 'Zhangiztobe', EKR, {'note': 'blockade near the village; Zharma district, Abai Region today'}),
        ('Zhangiztobe', 1, 'village', 'Zhangiztobe', EKR, {'note': "NI:protesters' home"}),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': "NI:inside an official's title; abolished in 1997, East Kazakhstan Region land"}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': 'NI:closed plants'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:closed plants'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (capital in 1996)'}),
        ('Semipalatinsk', 3, 'city', 'Semey', EKR, {'note': 'background warning strike of teachers'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:seat of officials of the neighbouring region'}),
     ],
     inc={EKR: (2, 'highway blockade by pensioners near Zhangiztobe; one-day warning strike of teachers in Semipalatinsk the week before')}),

dict(id='p004', date='2014-12-03', lang='en',
     event='2014 ArcelorMittal Temirtau wage deal averts a coal miners\' strike at its mines around Shakhtinsk, Saran and Abai (Karaganda Region; no incident); the company is not a place',
     text="""ArcelorMittal Temirtau agrees pay rise, miners call off strike
KARAGANDA, Dec 3 (Interfax-Kazakhstan) - Coal miners in Kazakhstan's Karaganda Region called off a strike planned for Monday after ArcelorMittal Temirtau agreed to raise wages by 15 percent from January, union leaders said on Wednesday.
The deal covers about 18,000 workers at the company's eight coal mines around Shakhtinsk, Saran and Abai, including the Lenin and Kostenko mines, as well as the steelworks in Temirtau.
"There will be no stoppage. We have what we asked for," said Ruslan Kenzhebayev of the Korgau miners' union. The union had threatened to halt all eight mines if the company did not also spend more on ventilation and gas monitoring.
The company, part of the Luxembourg-based ArcelorMittal group, bought the Temirtau steelworks and the mines in 1995. Officials of the regional akimat and of the labour ministry in Astana attended the signing at the miners' palace of culture in Karaganda.
Miners in the Karaganda coal basin last went on strike in the early 1990s.""",
     ann=[
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:planned strike, called off'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:site of mines'}),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:site of mines'}),
        ('Abai', 0, 'city', 'Abai (town)', KR, {'note': 'NI:site of mines; the town of Abai in Karaganda Region, not Abai Region'}),
        ('Lenin', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': "NI:in a list sharing the head noun 'mines'"}),
        ('Kostenko mines', 0, 'facility', 'Kostenko mine (Karaganda)', KR, {'subkind': 'mine', 'note': "NI:last item of a list sharing the head noun 'mines'"}),
        ('Temirtau', 2, 'city', 'Temirtau', KR, {'note': 'NI:site of the steelworks'}),
        ('Luxembourg', 0, 'foreign', 'Luxembourg', N, {'note': 'NI:seat of the parent group'}),
        ('Temirtau', 3, 'city', 'Temirtau', KR, {'note': "NI:modifier 'the Temirtau steelworks'"}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of a ministry'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:place of the signing'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': "NI:modifier 'the Karaganda coal basin'; strikes of the early 1990s mentioned without a place or date"}),
     ],
     inc={}),

dict(id='p005', date='2024-03-12', lang='en',
     event='2024 hunger strike of oil service workers in Zhetybai (Karakiya district) and a relatives\' picket at the regional akimat in Aktau (Mangystau Region); Mangistaumunaigaz is not a place; Aqtau variant spelling',
     text="""Oil service workers on hunger strike in Mangystau village
AKTAU, March 12 (Vlast.kz) - Twenty-six employees of an oil service contractor have been on hunger strike for five days in the village of Zhetybai in Mangystau Region, demanding back pay and the return of colleagues dismissed in January, their lawyer said on Tuesday.
The workers, who repair wells at the Zhetybai field for a subcontractor of Mangistaumunaigaz, are staying in the firm's canteen. Two of them were taken to hospital in Aqtau on Monday. Most of the men come from Zhanaozen, about 70 km to the east, and from Kuryk on the Caspian coast.
On Monday about 30 relatives picketed the regional akimat in Aktau for an hour before police asked them to leave. Nobody was detained.
The Karakiya district labour inspectorate said it had found wage arrears of 84 million tenge and had fined the contractor.
The regional labour department said it had registered 14 collective labour disputes in the region since January.""",
     ann=[
        ('Mangystau', 0, 'region', MR, MR, {'note': "headline: the region's name used as a modifier"}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Zhetybai', 0, 'village', 'Zhetybai', MR),
        ('Mangystau Region', 0, 'region', MR, MR),
        ('Zhetybai field', 0, 'facility', 'Zhetybai field', MR, {'subkind': 'oil field', 'note': "NI:the workers' workplace"}),
        ('Aqtau', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital; Kazakh-Latin style spelling'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': "NI:workers' home"}),
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': "NI:workers' home"}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'natural feature'}),
        ('Aktau', 0, 'city', 'Aktau', MR),
        ('Karakiya district', 0, 'district', 'Karakiya District', MR, {'note': 'NI:inside the name of an authority'}),
     ],
     inc={MR: (2, 'hunger strike of 26 workers in Zhetybai; relatives\' picket at the regional akimat in Aktau')}),

dict(id='p006', date='2023-07-24', lang='en',
     event='2023 mass brawl over pasture between the villages of Altynemel and Baigazy, Kerbulak district (Jetisu Region, created 2022); police from Taldykorgan (misspelt Taldikorgan) and Konaev (Almaty Region)',
     text="""Police detain 19 after villagers clash over pasture in Jetisu region
TALDYKORGAN, July 24 (KazTAG) - Police detained 19 men after a mass brawl between residents of two neighbouring villages in Kerbulak district of Jetisu Region over grazing land, the regional police department said on Monday.
The fight broke out on Sunday evening at a summer pasture between Altynemel and Baigazy, where herders from both villages had driven their cattle. About 60 people took part, using sticks and stones. Eight were hurt, one of them with a knife wound, and were taken to hospital in Taldikorgan.
A police unit from Taldykorgan and riot officers from Konaev in neighbouring Almaty Region arrived during the night. By Monday morning the road from Altynemel to the Altyn-Emel national park had been reopened.
The district akim said the 300 hectares in dispute had been leased in 2019, when Kerbulak district was still part of Almaty Region, to a farmer from Baigazy. A court in Taldykorgan is to hear the land case in September.""",
     ann=[
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'headline; lowercase head noun'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('two neighbouring villages', 0, 'quantified', '2 neighbouring villages', N, {'count': 2, 'unit': 'village', 'note': 'both named below (Altynemel, Baigazy)'}),
        ('Kerbulak district', 0, 'district', 'Kerbulak District', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Altynemel', 0, 'village', 'Altynemel', JTR, {'note': 'the brawl at a pasture between the two villages'}),
        ('Baigazy', 0, 'village', 'Baigazy', JTR, {'note': 'the brawl at a pasture between the two villages'}),
        ('Taldikorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital; misspelling'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of a police unit'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:origin of riot officers'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:neighbouring region'}),
        ('Altynemel', 1, 'village', 'Altynemel', JTR, {'note': 'NI:road endpoint'}),
        ('Altyn-Emel national park', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'nature reserve', 'note': 'NI:road endpoint'}),
        ('Kerbulak district', 1, 'district', 'Kerbulak District', JTR, {'note': 'NI:history of the lease'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'NI:the former unit of Kerbulak district (until 2022)'}),
        ('Baigazy', 1, 'village', 'Baigazy', JTR, {'note': "NI:the farmer's home"}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of a court'}),
     ],
     inc={JTR: (1, 'mass brawl between residents of Altynemel and Baigazy at a pasture, 19 detained')}),

dict(id='p007', date='2024-01-29', lang='en',
     event='2024 French farmers\' road blockades strand Kazakh lorries near Paris and Lyon; lorries from Kostanay and Petropavl (no incident in Kazakhstan)',
     text="""Kazakh lorries stuck as French farmers block motorways
ALMATY, Jan 29 (Kazinform) - More than 40 Kazakh lorries are stuck on motorways around Paris and Lyon as French farmers blockade roads in protest against falling incomes and fuel taxes, the national hauliers' association KazATO said on Monday.
Most of the trucks left Kostanay and Petropavl in mid-January with flour and grain products for buyers in France and Belgium, travelling through Russia, Belarus and Poland. Some drivers have spent four nights in their cabs near the A6 motorway south of Paris.
The association asked the Kazakh embassy in Paris to help drivers find food and parking. "Our drivers are not taking part in any protest; they just want to deliver their cargo and go home," its head, Aidar Kostanayev, told reporters in Almaty.
The foreign ministry in Astana advised citizens travelling to France to check traffic reports. Kazakhstan exported about 150,000 tonnes of flour to Europe last year, most of it through the port of Aktau and across the Caspian.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Paris', 0, 'foreign', 'Paris', N),
        ('Lyon', 0, 'foreign', 'Lyon', N),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of the lorries'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of the lorries'}),
        ('France', 0, 'foreign', 'France', N),
        ('Belgium', 0, 'foreign', 'Belgium', N),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:transit'}),
        ('Belarus', 0, 'foreign', 'Belarus', N, {'note': 'NI:transit'}),
        ('Poland', 0, 'foreign', 'Poland', N, {'note': 'NI:transit'}),
        ('A6 motorway', 0, 'foreign', 'A6 motorway (France)', N, {'subkind': 'road'}),
        ('Paris', 1, 'foreign', 'Paris', N, {'note': 'reference point'}),
        ('Paris', 2, 'foreign', 'Paris', N, {'note': 'NI:seat of an embassy'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of a statement'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of a ministry'}),
        ('France', 1, 'foreign', 'France', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Europe', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:export port'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'natural feature'}),
     ],
     inc={}),

dict(id='p008', date='2019-02-14', lang='en',
     event='2019 pickets of mothers of large families at akimats in Astana, Shymkent (city of republican significance), Turkistan (Turkistan Region) and Kyzylorda, with a background house fire in Saryarka district of Astana; "eight cities" unattributed; Astana before its renaming',
     text="""Mothers of large families picket akimats in four cities
ASTANA, Feb 14 (Tengrinews) - Mothers of large families held pickets outside local government offices in Astana, Shymkent, Turkistan and Kyzylorda on Thursday, demanding bigger child benefits and housing, ten days after a fire killed five young sisters in the capital.
In Astana, about 70 women, many with babies, stood for three hours outside the city akimat on Beibitshilik Street. Police did not intervene. In Shymkent, some 200 mothers blocked the entrance to the akimat on Tauke Khan Avenue until a deputy akim came out to talk to them.
In Turkistan, which became the seat of Turkistan Region last summer, about 50 women gathered on the square in front of the new regional administration. In Kyzylorda, police detained three women who refused to leave the akimat building after working hours.
The labour ministry said similar meetings had taken place in eight cities since the fire. Rallies in Kazakhstan need a permit, but officials have so far tolerated the gatherings, which they call "meetings with citizens".
The fire broke out on the night of February 4 in a wooden house in the capital's Saryarka district while both parents were at work on night shifts. The deaths shocked the country, and the government promised to review benefits for families with four or more children.
Mothers say the problem is worst in the south, where families are larger and wages lower. "In Kentau a family of eight lives on 60,000 tenge a month," said Gulnara Yermekova, a mother of nine who came to Turkistan from Kentau by bus. Another woman had travelled from Saryagash, near the border with Uzbekistan.
President Nursultan Nazarbayev is expected to address the issue at a government meeting in Astana next week.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'city of republican significance since June 2018'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR),
        ('Astana', 1, 'city', 'Astana', 'Astana'),
        ('Beibitshilik Street', 0, 'facility', 'Beibitshilik Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:the region whose seat the town became'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KYR),
        ('eight cities', 0, 'quantified', '8 cities', N, {'count': 8, 'unit': 'city', 'note': 'meetings since the fire; four are named'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'background fire of February 4'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:example in a quotation'}),
        ('Turkistan', 3, 'city', 'Turkistan', TR, {'note': 'the same picket; destination of a protester'}),
        ('Kentau', 1, 'city', 'Kentau', TR, {'note': "NI:a protester's origin"}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': "NI:a protester's origin"}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Astana', 2, 'city', 'Astana', 'Astana', {'note': 'NI:planned government meeting'}),
     ],
     inc={'Astana': (2, 'picket outside the city akimat on Beibitshilik Street; background deadly house fire in Saryarka district on February 4'),
          'Shymkent': (1, 'mothers block the entrance of the akimat on Tauke Khan Avenue'),
          TR: (1, 'gathering in front of the regional administration in Turkistan'),
          KYR: (1, 'protest at the akimat in Kyzylorda, three detained')},
     unatt=[{'label': 'eight cities', 'count': 8, 'note': 'similar meetings in eight cities since the fire; Astana, Shymkent, Turkistan and Kyzylorda are named and have rows, four are not named'}]),
]
