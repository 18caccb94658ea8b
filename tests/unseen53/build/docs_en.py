"""English texts of the fifty-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2019-04-02', lang='en',
     event='2019 first-quarter briefing of the anti-corruption agency in Nur-Sultan (ten days after the renaming): a Turkistan Region deputy akim detained over land in Sayram district, searches in Turkestan and Shymkent (a city of its own since 2018), a Shymkent official jailed, customs officers caught at the Zhibek Zholy checkpoint (Saryagash district), a Tupkaragan district road case (Mangystau), assets in Spain and Dubai; pickets in three unnamed regions (unattributed)',
     text="""Anti-graft agency reports 312 cases in first quarter; Turkistan deputy akim among those held
NUR-SULTAN, April 2 (Interfax-Kazakhstan) - Kazakhstan's Agency for Civil Service Affairs and Anti-Corruption registered 312 corruption offences in January-March, 9 percent more than a year earlier, deputy chairman Yerlan Dauletov told a briefing in Nur-Sultan on Tuesday.

Offences were recorded in all 17 regions and cities of republican significance, with the largest numbers in Almaty, the Turkistan region and the capital. Land allocation, public procurement and road construction accounted for more than half of the cases.

Among those detained is Nurlan Sadykov, a deputy akim of the Turkistan region, who is suspected of arranging the transfer of 40 hectares of irrigated land in Sayram district to companies controlled by his relatives. Investigators searched his office in Turkestan and his house in Shymkent last week. Sadykov's lawyer said his client "acted within the law".

In Shymkent, which became a city of republican significance last June, a court jailed the former head of the city's architecture department for six years for taking bribes from developers. At the Zhibek Zholy checkpoint on the border with Uzbekistan, in Saryagash district, two customs officers were caught taking $3,000 from a lorry driver bound for Tashkent.

The agency's Mangystau department has opened a case against the former akim of Tupkaragan district over a 1.2 billion tenge contract to rebuild the Aktau - Fort-Shevchenko road that was paid in full but never finished.

Dauletov said 3.4 billion tenge had been returned to the budget since January. The agency is also seeking the confiscation of a villa in Spain and two flats in Dubai bought by a former official of the Almaty akimat, who is being tried in absentia.

He said residents had picketed akimats in three regions over disputed land allocations during the quarter and urged citizens of Kazakhstan to report extortion to the agency's 1424 hotline. "Where land is handed out behind closed doors, there will be corruption," he said.""",
     ann=[
        ('Turkistan', 0, 'region', TR, TR, {'note': 'headline; "Turkistan deputy akim" names the region (the post is regional)'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital renamed Nur-Sultan on 2019-03-23'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of the briefing'}),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'offences registered (statistics), not incidents'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:statistics'}),
        ('Turkistan region', 1, 'region', TR, TR, {'note': 'inside an official post (deputy akim)'}),
        ('Sayram district', 0, 'district', 'Sayram District', TR, {'note': 'land transferred; not an incident'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:search of an office'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:search of a house; city of republican significance since 2018-06-19'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:court sentence'}),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy border crossing', TR, {'subkind': 'checkpoint', 'note': 'NI:arrest of customs officers'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Saryagash district', 0, 'district', 'Saryagash District', TR),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:destination'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': "inside the name of an authority (the agency's regional department)"}),
        ('Tupkaragan district', 0, 'district', 'Tupkaragan District', MR, {'note': 'inside an official post (akim)'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:road endpoint'}),
        ('Spain', 0, 'foreign', 'Spain', N, {'note': 'NI:asset abroad'}),
        ('Dubai', 0, 'foreign', 'Dubai', N, {'note': 'NI:asset abroad'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (akimat)'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'pickets at akimats in three unnamed regions'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
     ],
     inc={},
     unatt=[{'label': 'three regions', 'count': 3, 'note': 'residents picketed akimats over land allocations in three unnamed regions during the quarter'}]),

dict(id='p002', date='1995-11-14', lang='en',
     event='1995 arrest of the deputy head of the Taldykorgan regional administration (region abolished 1997; Almaty Region land) over grain credits; searches in Taldy-Kurgan and Ushtobe; farmers from Sarkand picket the administration in Taldy-Kurgan; earlier conviction in Semipalatinsk; Almaty as the capital',
     text="""Deputy head of Taldykorgan region arrested over grain credits
TALDYKORGAN, Nov 14 (Reuters) - Prosecutors have arrested Yerbol Tasbolatov, the deputy head of the Taldykorgan regional administration, on suspicion of diverting 46 million tenge of state credits meant for grain farmers, the regional prosecutor's office said on Tuesday.

Investigators searched his office in Taldy-Kurgan and a warehouse in Ushtobe, where they found about 300 tonnes of seed grain that had been recorded as delivered to farms in the Karatal and Kerbulak districts. Tasbolatov denies wrongdoing.

On Monday about 200 farmers from Sarkand picketed the administration building in Taldy-Kurgan for three hours, demanding credits they say never reached them. Police moved them away from the entrance but made no arrests.

The defence has asked for the trial to be moved to Almaty, the capital, citing pressure on witnesses. It is the second case against a senior regional official this year: in August a court in Semipalatinsk convicted a former deputy head of the Semipalatinsk region of selling state flats.""",
     ann=[
        ('Taldykorgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; the Taldykorgan Region, abolished in 1997, labelled with the canonical unit that took over its land'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; town of the abolished Taldykorgan Region, Almaty Region until 2022'}),
        ('Taldykorgan', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority (regional administration); the abolished Taldykorgan Region'}),
        ('Taldy-Kurgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:search; Russian spelling'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:search'}),
        ('Karatal', 0, 'district', 'Karatal District', ALR, {'note': 'in a list sharing "districts"'}),
        ('Kerbulak', 0, 'district', 'Kerbulak District', ALR, {'note': 'in a list sharing "districts"'}),
        ('Sarkand', 0, 'city', 'Sarkand', ALR, {'note': 'NI:origin of the protesters'}),
        ('Taldy-Kurgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'picket at the administration building'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:proposed trial venue; the capital in 1995'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:court; town of the abolished Semipalatinsk Region, East Kazakhstan Region until 2022'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside an official post; the Semipalatinsk Region, abolished in 1997, labelled with the canonical unit that took over its land'}),
     ],
     inc={ALR: (1, 'picket by about 200 farmers at the regional administration building in Taldy-Kurgan; the arrest and searches are not incidents')}),

dict(id='p003', date='2008-06-10', lang='en',
     event='2008 former akim of Kyzylorda city jailed for road-repair embezzlement; background: a repaired section of Aiteke Bi Street caved in in 2007 and a lorry overturned (Kyzylorda Region); confiscated property in Almaty and Kazaly; checks in three more districts',
     text="""Former Kyzylorda akim jailed for nine years over road repairs
KYZYLORDA, June 10 (KazTAG) - The Kyzylorda city court on Tuesday sentenced Murat Zhaksylykov, who was akim of the city until last year, to nine years in prison for embezzling 780 million tenge allocated for the repair of streets.

Prosecutors said firms owned by his nephew laid asphalt four centimetres thick instead of the twelve required by the design and billed the akimat for work that was never done. In March 2007 a newly repaired section of Aiteke Bi Street caved in under a lorry carrying cement; the lorry overturned and its driver was taken to hospital with head injuries.

The former Kyzylorda akim denied the charges, and his lawyer said he would appeal to the regional court. Two of his former deputies received suspended sentences.

The court also ordered the confiscation of a house in Almaty and a flat in Kazaly registered in the name of Zhaksylykov's wife. The Kyzylorda region financial police said it was examining road contracts in three more districts.""",
     ann=[
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline; "Kyzylorda akim" is the akim of the city (the text says so)'}),
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KZR, {'note': 'inside the name of a court'}),
        ('Aiteke Bi Street', 0, 'facility', 'Aiteke Bi Street (Kyzylorda)', KZR, {'subkind': 'street', 'note': 'street named after a person; not the village of Aiteke Bi'}),
        ('Kyzylorda', 2, 'city', 'Kyzylorda', KZR, {'note': 'inside an official post (akim of the city)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:confiscated property'}),
        ('Kazaly', 0, 'city', 'Kazaly', KZR, {'note': 'NI:confiscated property'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority (financial police)'}),
        ('three more districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'checks of contracts, not incidents'}),
     ],
     inc={KZR: (1, 'background narrated explicitly: in March 2007 a repaired section of Aiteke Bi Street caved in and a lorry overturned, driver hurt; the sentence is not an incident')}),

dict(id='p004', date='2012-02-20', lang='en',
     event='2012 arrest of eleven customs officers at the Khorgos crossing (Panfilov district) and Dostyk station (Alakol district), Almaty Region before the 2022 split; a suspect fires on officers near Zharkent; suspected arson at the customs archive in Semey (East Kazakhstan Region); checks in three other regions including the Kordai post',
     text="""Customs officers held at Khorgos and Dostyk as smuggling probe widens
ALMATY, Feb 20 (KazTAG) - Financial police detained eleven customs officers at two crossings on the Chinese border over the weekend, in what the agency called the largest operation against customs corruption since Kazakhstan joined a customs union with Russia and Belarus.

Seven of the officers worked at the Khorgos road crossing in Panfilov district of Almaty region, and four at the railway station of Dostyk in Alakol district. Investigators say they let through lorries and wagons of clothes and electronics from Urumqi declared as building materials, taking up to $5,000 per consignment. Much of the cargo was resold at markets in Almaty and Bishkek.

The operation did not go quietly. On Saturday night a man suspected of organising the scheme opened fire on officers who came to arrest him at a house on the outskirts of Zharkent. One officer was wounded in the arm; the suspect surrendered after an hour-long stand-off and was flown to Taldykorgan.

In East Kazakhstan, investigators are taking a fresh look at a fire that on February 14 destroyed part of the archive of the customs post in Semey, including declarations for 2010 and 2011. "We do not rule out arson," a spokesman for the regional customs department in Ust-Kamenogorsk said.

The head of the Almaty region financial police department, Serik Almatov, told reporters in Taldykorgan that checks had also begun at crossings in three other regions, including the Kordai post on the Kyrgyz border. Searches were carried out at 23 addresses.

The customs control committee in Astana said all eleven officers had been suspended. If convicted, they face up to 12 years in prison and confiscation of property.""",
     ann=[
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'headline; NI:arrests at the crossing'}),
        ('Dostyk', 0, 'village', 'Dostyk', ALR, {'note': 'headline; railway village; NI:arrests'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Belarus', 0, 'foreign', 'Belarus', N),
        ('Khorgos road crossing', 0, 'facility', 'Khorgos border crossing', ALR, {'subkind': 'checkpoint', 'note': 'NI:workplace of detained officers'}),
        ('Panfilov district', 0, 'district', 'Panfilov District', ALR),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'before the 2022 split; Panfilov and Alakol districts are Jetisu Region from 2022-06-08'}),
        ('Dostyk', 1, 'village', 'Dostyk', ALR, {'note': 'railway station village; NI:workplace'}),
        ('Alakol district', 0, 'district', 'Alakol District', ALR),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:markets where cargo was resold'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Zharkent', 0, 'city', 'Zharkent', ALR, {'note': 'suspect opens fire on officers at a house on the outskirts'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:destination of the detainee; Almaty Region in 2012'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'fire at the customs archive; East Kazakhstan Region before 2022'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the department'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority (financial police department)'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:press briefing'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'checks at crossings, not incidents'}),
        ('Kordai post', 0, 'facility', 'Kordai border crossing', JR, {'subkind': 'checkpoint', 'note': 'NI:checks'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the committee'}),
     ],
     inc={ALR: (1, 'a suspect fired on officers at a house on the outskirts of Zharkent, one wounded; the detentions at Khorgos and Dostyk are not incidents'),
          EKR: (1, 'fire (possible arson) destroyed part of the customs archive in Semey on February 14')}),

dict(id='p005', date='2018-06-21', lang='en',
     event='2018 head of the Shymkent land relations department detained two days after Shymkent became a city of republican significance and South Kazakhstan Region was renamed Turkistan Region; plots in Abai district of Shymkent and Karabulak (Sayram district); search near Lenger; move of the regional akimat to Turkestan (no incident)',
     text="""Shymkent land official detained two days after city's change of status
SHYMKENT, June 21 (Kazinform) - Anti-corruption officers on Thursday detained the head of the land relations department of the Shymkent akimat on suspicion of taking 15 million tenge in bribes for allocating housing plots.

The case was opened by the anti-corruption department for the South Kazakhstan region, which was renamed the Turkistan region on Tuesday, when Shymkent became a city of republican significance. A spokesman said the case would pass to a separate department for Shymkent once it is set up.

According to investigators, 62 plots in the Abai district of Shymkent and in the village of Karabulak in Sayram district went to people who had never queued for land. Karabulak remains part of the Turkistan region. Searches were held at the akimat and at the official's dacha near Lenger.

The Turkistan regional akimat is expected to move from Shymkent to Turkestan by the end of the year.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (akimat)'}),
        ('South Kazakhstan region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'inside the name of an authority; the region renamed Turkistan Region on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Turkistan region', 0, 'region', TR, TR),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent'),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of a future authority'}),
        ('Abai district', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region'}),
        ('Shymkent', 4, 'city', 'Shymkent', 'Shymkent'),
        ('Karabulak', 0, 'village', 'Karabulak (Sayram district)', TR),
        ('Sayram district', 0, 'district', 'Sayram District', TR),
        ('Karabulak', 1, 'village', 'Karabulak (Sayram district)', TR),
        ('Turkistan region', 1, 'region', TR, TR),
        ('Lenger', 0, 'city', 'Lenger', TR, {'note': 'NI:search; reference point'}),
        ('Turkistan', 2, 'region', TR, TR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Shymkent', 5, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:current seat of the regional akimat'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:future seat'}),
     ],
     inc={}),

dict(id='p006', date='2022-06-15', lang='en',
     event='2022 court round-up a week after the creation of Abai, Jetisu and Ulytau regions: a former Zhezkazgan deputy akim sentenced (Ulytau Region), a retired official of the former Semipalatinsk Region convicted in Semey (Abai Region), the trial of a former Almaty regional education chief in Taldykorgan (Jetisu Region) with a gym wall collapse at a school in Tekeli, an appeal upheld in Almaty (Medeu district)',
     text="""Court round-up: first corruption verdicts in the new Abai, Jetisu and Ulytau regions
NUR-SULTAN, June 15 (Vlast.kz) - A week after three new regions came into being on June 8, their courts and anti-corruption departments are already busy. Here is what happened this week in the cases we follow.

ZHEZKAZGAN. The city court, which now belongs to the Ulytau region rather than to Karaganda, sentenced Bakhyt Seitkali, a former deputy akim of Zhezkazgan, to six years for embezzling 210 million tenge meant for repairing the heating network before last winter. A co-defendant, a contractor from Satpayev, received four years. Seitkali's lawyer said he would appeal to the Ulytau regional court, whose judges were appointed only last week.

SEMEY. In the centre of the new Abai region, a court convicted Tleuberdy Ospanov, 71, a retired deputy head of the former Semipalatinsk region, of helping his son obtain 300 hectares of pasture near the city with forged documents in 2019. Because of his age he received a suspended sentence; the land must be returned. The case was opened by the East Kazakhstan anti-corruption department before the split.

TALDYKORGAN. The trial of Saule Abenova, the former head of the Almaty regional education department, whose office was in Taldykorgan until the region was divided, went on in what is now the centre of the Jetisu region. She is accused of taking kickbacks on the construction of schools in Tekeli, Ushtobe and Sarkand. In April a wall of the unfinished gym at the Tekeli school collapsed, injuring two workers; the school has still not opened.

ALMATY. The appeals board of the Almaty city court upheld a five-year sentence for a former head of the Medeu district land department.

In all, the agency says, 96 criminal cases have been handed to its new departments in Semey, Taldykorgan and Zhezkazgan.""",
     ann=[
        ('Abai', 0, 'region', ABR, ABR, {'note': 'headline; in a list sharing "regions"; created 2022-06-08'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'headline; in a list sharing "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'headline; in a list sharing "regions"'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('three new regions', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions, all named; not about incidents'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'section heading; Ulytau Region since 2022-06-08'}),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:the former unit of Zhezkazgan ("rather than to Karaganda" = Karaganda Region)'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'inside an official post (deputy akim)'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:residence of a co-defendant'}),
        ('Ulytau', 2, 'region', UR, UR, {'note': 'inside the name of a court'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'section heading; Abai Region since 2022-06-08'}),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Semipalatinsk region', 0, 'region', ABR, ABR, {'uncertain': True, 'note': 'inside an official post; the Semipalatinsk Region abolished in 1997, labelled with the unit holding most of its land on the article date'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority; NI:former unit of Semey'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'section heading; Jetisu Region since 2022-06-08'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (regional education department) of Almaty Region before its division'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of the department'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Tekeli', 0, 'city', 'Tekeli', JTR),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:school contract'}),
        ('Sarkand', 0, 'city', 'Sarkand', JTR, {'note': 'NI:school contract'}),
        ('Tekeli', 1, 'city', 'Tekeli', JTR, {'note': 'gym wall collapse at the school, two workers hurt'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'section heading'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of a court'}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside an official post'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of a new department'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of a new department'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of a new department'}),
     ],
     inc={JTR: (1, 'in April a wall of the unfinished school gym in Tekeli collapsed, two workers hurt; verdicts and trials are not incidents')}),

dict(id='p007', date='2003-09-09', lang='en',
     event='2003 trial in Karaganda of the former head of the Zhezkazgan Region (abolished 1997) over the 1996 sale of a copper plant in Zhezkazgan and a hotel in Satpaev to a Cyprus company; former workers picket the court (Karaganda Region)',
     text="""Former head of abolished Zhezkazgan region goes on trial
KARAGANDA, Sept 9 (Interfax-Kazakhstan) - The trial of Kairat Mukhambetov, who governed the Zhezkazgan region until it was merged into the Karaganda region in 1997, opened on Tuesday in the Kazybek Bi district court of Karaganda.

Prosecutors accuse him of abuse of office in the 1996 sale of the state's stake in a copper-rolling plant in Zhezkazgan and of a hotel in Satpaev to a company registered in Cyprus for a fraction of their value. The losses are put at 1.9 billion tenge. Mukhambetov, 64, who has lived in Almaty since retiring, pleaded not guilty.

About 60 former employees of the plant, most of whom had travelled from Zhezkazgan by bus, stood outside the courthouse with placards demanding wages unpaid since 1997. Police asked them to leave after two hours; no one was detained.

The court is expected to hear witnesses from the former regional administration next week.""",
     ann=[
        ('Zhezkazgan region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'headline; the Zhezkazgan Region, abolished in 1997, labelled with the canonical unit holding its land on the article date'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Zhezkazgan region', 1, 'region', KR, KR, {'uncertain': True, 'note': 'NI:the abolished region'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Kazybek Bi district', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': 'city district', 'note': 'inside the name of a court; district named after a person'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'picket outside the courthouse'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:location of the plant sold; Karaganda Region 1997-2022'}),
        ('Satpaev', 0, 'city', 'Satpayev', KR, {'note': 'NI:location of the hotel sold'}),
        ('Cyprus', 0, 'foreign', 'Cyprus', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of the protesters'}),
     ],
     inc={KR: (1, 'about 60 former plant workers picketed the court in Karaganda; the trial is not an incident')}),

dict(id='p008', date='2025-10-07', lang='en',
     event='2025 nine-month statistics of the Anti-Corruption Agency (statement only, no incident): offences by region (Almaty, Astana, Turkistan, Ulytau, North Kazakhstan), a rise in five named regions, assets recovered in the UAE, the UK and Latvia',
     text="""Anti-corruption agency: 1,114 offences in nine months, land and roads top the list
ASTANA, Oct 7 (Kazinform) - The Anti-Corruption Agency registered 1,114 corruption offences in January-September, 6 percent fewer than a year earlier, its first deputy chairman Daniyar Zhumagulov told the Majilis on Tuesday. A total of 412 officials were convicted, among them 19 akims of districts and rural areas and 63 police officers.

The largest numbers of cases were recorded in Almaty (143), Astana (121) and the Turkistan region (98), the smallest in the Ulytau region (11) and North Kazakhstan (17). In five regions - Kostanay, Pavlodar, Atyrau, West Kazakhstan and Jetisu - the number rose by more than a third, which Zhumagulov put down to stricter checks on road contracts.

Since January 97 billion tenge in cash and property has been recovered, including hotels, flats and land in the United Arab Emirates, the United Kingdom and Latvia. "Every tenge taken from a school or a road will be returned," he said.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:statistics'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:statistics'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'NI:statistics'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:statistics; bare region name'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'statistics; the five are named'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:statistics; list elaborating "five regions"'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:statistics; list elaborating "five regions"'}),
        ('Atyrau', 0, 'region', ATR, ATR, {'note': 'NI:statistics; list elaborating "five regions"'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'NI:statistics; list elaborating "five regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:statistics; list elaborating "five regions"'}),
        ('United Arab Emirates', 0, 'foreign', 'United Arab Emirates', N, {'note': 'NI:assets recovered'}),
        ('United Kingdom', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:assets recovered'}),
        ('Latvia', 0, 'foreign', 'Latvia', N, {'note': 'NI:assets recovered'}),
     ],
     inc={}),

]
