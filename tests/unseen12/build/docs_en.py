"""English texts of the twelfth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
ABR, AKR, AR, ALR, ATR, EKR = 'Abai Region', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region', 'East Kazakhstan Region'
JR, JTR, KR, KOR, KYR, MR = 'Jambyl Region', 'Jetisu Region', 'Karaganda Region', 'Kostanay Region', 'Kyzylorda Region', 'Mangystau Region'
NKR, PR, SKR, TR, UR, WKR = 'North Kazakhstan Region', 'Pavlodar Region', 'South Kazakhstan Region', 'Turkistan Region', 'Ulytau Region', 'West Kazakhstan Region'
ALA, AST, SHY = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p001', date='1996-02-14', lang='en',
     event="1996 miners' strike at pits in Shakhtinsk, Saran and Abai, a road blockade at Karaganda, a teachers' hunger strike in Zhezkazgan and a background methane blast (Karaganda Region)",
     text="""Strike spreads to eleven mines in central Kazakhstan
KARAGANDA, Feb 14 (Reuters) - About 6,000 coal miners in Karaganda Region stayed away from work for a fourth day on Wednesday, demanding wages that have not been paid since October, union leaders said.
The strike began on Sunday at the Kazakhstanskaya and Lenina mines in Shakhtinsk and spread on Tuesday to pits in Saran and Abai, two mining towns near the regional capital.
On Wednesday morning about 800 miners and their wives marched from Shakhtinsk and blocked the road at the western entrance to Karaganda for three hours before police persuaded them to go home. Nobody was detained.
"We are not asking for a rise, only for the money we have earned," said Mukhtar Temirtauov, a shift foreman.
In Zhezkazgan, 40 teachers entered the third week of a hunger strike in the town's education department over four months of salary arrears.
Karagandaugol, the state coal company, blamed the arrears on unpaid bills from power stations in Kazakhstan and Russia. In Alma-Ata, the office of Prime Minister Akezhan Kazhegeldin said a government commission would fly to Karaganda on Thursday. President Nursultan Nazarbayev has called the wage debts "a disgrace".
The basin has a grim record. In January a methane explosion at the Shakhtinskaya mine killed four miners.
Coal from the pits also feeds the steelworks in Temirtau, whose managers warned that blast furnaces might be stopped within a week. Miners in Ekibastuz, whose open-pit coal goes to power stations in the Urals, have not joined the strike.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Kazakhstanskaya', 0, 'facility', 'Kazakhstanskaya mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'list item of "Kazakhstanskaya and Lenina mines"; "Kazakhstan" inside the mine\'s name is not annotated'}),
        ('Lenina', 0, 'facility', 'Lenina mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'list item; named after a person'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR),
        ('Saran', 0, 'city', 'Saran', KR),
        ('Abai', 0, 'city', 'Abai', KR, {'note': 'the mining town, not Abai Region'}),
        ('Shakhtinsk', 1, 'city', 'Shakhtinsk', KR, {'note': 'NI:origin of the march'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'the road blockade'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': "Zhezkazgan Region existed in 1996; the town's land lies in Karaganda Region in the E1 layout and in Ulytau Region only from 2022-06-08"}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Alma-Ata', 0, 'city', 'Almaty', ALA, {'note': 'NI:seat of the government'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:destination of a commission'}),
        ('Shakhtinskaya mine', 0, 'facility', 'Shakhtinskaya mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:site of the steelworks'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:workplace of miners who did not strike'}),
        ('Urals', 0, 'foreign', 'Urals', N, {'subkind': 'macro-region'}),
     ],
     inc={KR: (4, "strike at the pits of Shakhtinsk, Saran and Abai, framed as one strike; road blockade at the entrance to Karaganda; teachers' hunger strike in Zhezkazgan; background January methane explosion at the Shakhtinskaya mine")}),
dict(id='p002', date='2008-09-23', lang='en',
     event='2008 armed robbery of a currency exchange office in Shymkent with a guard wounded, arrests near Saryagash, and a background bank robbery in Kentau (South Kazakhstan Region)',
     text="""Gunmen rob exchange office in Shymkent, two held near Uzbek border
SHYMKENT, Sept 23 (Interfax-Kazakhstan) - Two masked men armed with a sawn-off shotgun robbed a currency exchange office on Tauke Khan Avenue in Shymkent on Monday evening, wounding a security guard, and escaped with about 14 million tenge, the police department of South Kazakhstan Region said.
The guard, 42, was taken to the regional hospital with a leg wound. Roadblocks were set up on the roads to Tashkent and Taraz, and the robbers' car was found abandoned in Sairam district.
Two suspects were detained on Tuesday at the Zhibek Zholy checkpoint near Sariagash as they tried to cross into Uzbekistan. Most of the money was recovered.
"They had planned the robbery for weeks," police spokesman Murat Arysbayev told reporters.
It was the second armed raid on a money outlet in the region this year. In March two men with pistols robbed a Kazkommertsbank branch in Kentau and have not been found.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:route endpoint'}),
        ('Sairam', 0, 'district', 'Sairam district', SKR, {'note': 'NI:where the getaway car was found'}),
        ('Zhibek Zholy', 0, 'facility', 'Zhibek Zholy checkpoint', SKR, {'subkind': 'border crossing', 'note': 'NI:place of arrest'}),
        ('Sariagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:reference point; misspelling of Saryagash'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kentau', 0, 'city', 'Kentau', SKR),
     ],
     inc={SKR: (2, 'armed robbery of the exchange office on Tauke Khan Avenue in Shymkent with a guard wounded; background March armed robbery of a bank branch in Kentau; arrests near Saryagash not counted')}),
dict(id='p003', date='2022-01-06', lang='en',
     event='2022 January unrest roundup: Almaty akimat set on fire, airport seized and shooting on Republic Square; protests in Zhanaozen and Aktau, Aktobe, Taldykorgan, Shymkent, Kyzylorda and Taraz; "9 regions"',
     text="""Unrest sweeps Kazakhstan; protesters torch Almaty mayor's office
NUR-SULTAN/ALMATY, Jan 6 (Reuters) - Protesters stormed and set fire to the mayor's office in Almaty and briefly seized the city's airport on Wednesday, as unrest that began over fuel prices in the oil town of Zhanaozen spread across the country.
Gunfire was heard through the night on Republic Square, where police said several officers had been shot. Almaty International Airport was retaken by troops on Thursday morning, and Air Astana cancelled all its flights. Footage shown by Almaty TV showed burnt-out police cars.
The interior ministry said rioters had attacked police and government buildings in 9 regions. In the western city of Aktobe, police used stun grenades to push back a crowd that tried to enter the regional administration. In Taldykorgan, protesters pulled down a statue of former president Nursultan Nazarbayev. Crowds also broke into the city administration in Shymkent and set fire to the regional akimat in Taraz. In Kyzylorda, several thousand people rallied outside the administration without violence.
In Mangystau region, where protests began on Sunday, thousands of people have camped on the main square of Aktau since Tuesday.
President Kassym-Jomart Tokayev dismissed the government, declared a state of emergency in Nur-Sultan and asked the Russia-led Collective Security Treaty Organisation for help. The bloc's first troops landed outside Almaty on Thursday, a spokesman in Moscow said. The parliament in Bishkek is due to vote on sending a contingent.
Internet access has been cut in most of the country since Wednesday, and banks in Almaty stayed shut.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Almaty', 0, 'city', 'Almaty', ALA),
        ('NUR-SULTAN', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('ALMATY', 0, 'city', 'Almaty', ALA, {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', ALA),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', ALA, {'subkind': 'square'}),
        ('Almaty International Airport', 0, 'facility', 'Almaty International Airport', ALA, {'subkind': 'airport'}),
        ('9 regions', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region until 2022-06-08'}),
        ('Shymkent', 0, 'city', 'Shymkent', SHY),
        ('Taraz', 0, 'city', 'Taraz', JR),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR),
        ('Mangystau region', 0, 'region', MR, MR),
        ('Aktau', 0, 'city', 'Aktau', MR),
        ('Nur-Sultan', 0, 'city', 'Astana', AST, {'note': 'NI:state of emergency'}),
        ('Almaty', 4, 'city', 'Almaty', ALA, {'note': 'NI:where troops landed'}),
        ('Moscow', 0, 'foreign', 'Moscow', N),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Almaty', 5, 'city', 'Almaty', ALA, {'note': 'NI:banks closed'}),
     ],
     inc={ALA: (3, "mayor's office stormed and set on fire; airport seized; shooting on Republic Square"), MR: (2, 'protest in Zhanaozen from Sunday; rally camp on the main square of Aktau'), AR: (1, 'crowd tried to enter the regional administration in Aktobe, stun grenades'), ALR: (1, 'statue pulled down in Taldykorgan'), SHY: (1, 'city administration broken into'), JR: (1, 'regional akimat in Taraz set on fire'), KYR: (1, 'rally outside the administration in Kyzylorda')},
     unatt=[{'label': '9 regions', 'count': 9, 'note': 'rioters attacked police and government buildings in 9 regions; the text names incidents in five regions (Mangystau, Aktobe, Almaty Region, Jambyl, Kyzylorda) and two cities but does not say which regions the statement means'}]),
dict(id='p004', date='2024-02-20', lang='en',
     event='2024 appeal ruling of the Mangystau regional court on the September 2023 road blockade by Zhetybai oil workers; background December 2011 Zhanaozen shooting',
     text="""Mangystau court upholds prison terms for oil strike leaders
AKTAU, Feb 20 (KazTAG) - The Mangystau regional court on Tuesday upheld prison terms of two and three years for three oil workers convicted of organising a blockade of the Aktau-Zhanaozen highway last autumn.
About 300 employees of a drilling contractor at the Zhetybai field stopped work on September 12 and parked lorries across the road at the entrance to the village of Zhetybai, demanding the same pay as staff of KazMunayGas subsidiaries. The road stayed closed for two days.
The Aktau city court sentenced the three men in December for "inciting social discord". Their lawyer, Serik Beineuov, said he would complain to the Supreme Court in Astana.
The Kazakhstan International Bureau for Human Rights said the sentences were harsh. Oil workers in the region remain wary of confrontation: in December 2011 police shot dead at least 14 people during a strike in Zhanaozen.
The contractor, whose headquarters are in Atyrau, has since raised wages by 20 percent.""",
     ann=[
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside the name of a court'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Mangystau', 1, 'region', MR, MR, {'note': 'inside the name of a court'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:route endpoint'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:route endpoint'}),
        ('Zhetybai field', 0, 'facility', 'Zhetybai oil field', MR, {'subkind': 'oil field'}),
        ('Zhetybai', 1, 'village', 'Zhetybai', MR),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:seat of the court'}),
        ('Astana', 0, 'city', 'Astana', AST, {'note': 'NI:seat of the Supreme Court'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:headquarters'}),
     ],
     inc={MR: (2, 'September 2023 strike and road blockade at Zhetybai (the one event of the trial, narrated); background December 2011 shooting in Zhanaozen; the court rulings are not counted')}),
dict(id='p005', date='2024-08-29', lang='en',
     event='2024 presidential tour of Abai, Jetisu and Almaty regions two years after the 2022 split (no incident)',
     text="""Tokayev tours regions created two years ago
SEMEY, Aug 29 (Kazinform) - President Kassym-Jomart Tokayev opened a cardiology centre in Semey on Thursday at the start of a four-day tour of the Abai and Jetisu regions, which were carved out of East Kazakhstan and Almaty regions in June 2022.
In Semey, the president laid flowers at the monument to the victims of the Semipalatinsk test site and visited the Abai museum. On Friday he travelled to Ayagoz, where a new water pipeline is being built, and to the village of Urzhar.
On Saturday Mr Tokayev flew to Taldykorgan, the centre of Jetisu Region, and then drove to Zharkent and the Khorgos crossing on the border with China, where freight traffic has doubled since 2022.
The tour ends on Sunday in Konaev, the former Kapchagay, which replaced Almaty as the seat of the Almaty Region administration. The president will inspect the embankment of the Kapchagay Reservoir on the Ili and meet local investors.
He returns to Astana on Sunday evening.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Semey', 0, 'city', 'Semey', ABR),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'list item of "the Abai and Jetisu regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'list item'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'list item of "East Kazakhstan and Almaty regions"'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'list item; the region, not the city'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk test site', N, {'subkind': 'test site', 'note': 'the former nuclear test site, which lies across several units'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR),
        ('Urzhar', 0, 'village', 'Urzhar', ABR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Zharkent', 0, 'city', 'Zharkent', JTR),
        ('Khorgos crossing', 0, 'facility', 'Khorgos border crossing', JTR, {'subkind': 'border crossing'}),
        ('China', 0, 'foreign', 'China', N),
        ('Konaev', 0, 'city', 'Konaev', ALR),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Almaty', 1, 'city', 'Almaty', ALA, {'note': 'NI:former seat of the regional administration'}),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Kapchagay Reservoir', 0, 'facility', 'Kapchagay Reservoir', N, {'subkind': 'reservoir'}),
        ('Ili', 0, 'facility', 'Ili river', N, {'subkind': 'river'}),
        ('Astana', 0, 'city', 'Astana', AST),
     ],
     inc={}),
dict(id='p006', date='2017-03-15', lang='en',
     event='2017 escape of three inmates from a colony in Semey after stabbing a guard; two caught in Zhangiztobe (East Kazakhstan Region)',
     text="""Three inmates escape from Semey colony after stabbing guard
UST-KAMENOGORSK, March 15 (Interfax-Kazakhstan) - Three inmates of a high-security colony in Semey escaped on Tuesday night after stabbing a guard and climbing over the fence, the police department of East Kazakhstan Region said.
Two of the men were caught on Wednesday morning at the railway station of Zhangiztobe, in Zharma district, about 150 km south of the city. The third, a 34-year-old serving a sentence for murder, was still at large and could try to reach Russia, police spokesman Askar Semeyev said.
Checkpoints were set up on the roads to Pavlodar and Ust-Kamenogorsk. The wounded guard was flown to a hospital in Ust-Kamenogorsk; his life is not in danger.
The colony was built in the 1960s, when the city was still called Semipalatinsk. It was the first escape from it in 15 years.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', EKR),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region until 2022-06-08'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Zhangiztobe', 0, 'village', 'Zhangiztobe', EKR, {'note': 'NI:place of arrest'}),
        ('Zharma', 0, 'district', 'Zharma district', EKR, {'note': 'NI:place of arrest'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:hospital town'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'old name of Semey'}),
     ],
     inc={EKR: (1, 'escape from the colony in Semey with a guard stabbed; the arrests in Zhangiztobe are not counted')}),
dict(id='p007', date='2026-03-10', lang='en',
     event='2026 weekly crime briefing: drug raid in Alatau district of Almaty and smuggling arrest near Kordai (not counted), café shooting in Taraz, cars set on fire in Yesil district of Astana, murder in Rudny',
     text="""Police seize 120 kg of hashish in Almaty, smugglers held on Kyrgyz border
ASTANA, March 10 (The Astana Times) - Police in Almaty seized 120 kilograms of hashish and two pistols in a raid on a warehouse in the city's Alatau district on Saturday, the interior ministry said at its weekly briefing on Monday. Four men were detained. Investigators believe the drugs came from Afghanistan through Tajikistan and Kyrgyzstan and were to be sent on to Istanbul.
Border guards of the Jambyl regional department detained two residents of Bishkek near the village of Sortobe, in Kordai district, with 30,000 packs of untaxed cigarettes bound for markets in Almaty. The cigarettes had been made in Urumqi, in western China.
In Taraz, a man opened fire with a hunting rifle in a cafe on Tole Bi Street late on Friday, wounding two waiters after a quarrel over the bill. He was detained at the scene.
In the capital, six cars were set on fire overnight on Sunday in a courtyard in the Yesil district. Police suspect a debt dispute and have detained a 27-year-old man.
In Kostanay Region, police said a 51-year-old man had been charged with murdering his neighbour in Rudny during a drinking bout on Thursday. His son found the body on Friday morning and called the police.
Deputy Interior Minister Marat Kostanayev said the number of serious crimes had fallen by 8 percent since January in all 17 regions and the three cities of republican significance. He urged drivers using the Almaty-Bishkek highway to report suspicious cargo.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', ALA, {'note': 'NI:headline, seizure of drugs'}),
        ('ASTANA', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', ALA, {'note': 'NI:drug raid'}),
        ('Alatau', 0, 'district', 'Alatau District (Almaty)', ALA, {'subkind': 'city district', 'note': 'NI:drug raid'}),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'NI:intended destination'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:residence'}),
        ('Sortobe', 0, 'village', 'Sortobe', JR, {'note': 'NI:place of arrest'}),
        ('Kordai', 0, 'district', 'Kordai district', JR, {'note': 'NI:place of arrest'}),
        ('Almaty', 2, 'city', 'Almaty', ALA, {'note': 'NI:destination of the cargo'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of the cargo'}),
        ('China', 0, 'foreign', 'China', N),
        ('Taraz', 0, 'city', 'Taraz', JR),
        ('Tole Bi Street', 0, 'facility', 'Tole Bi Street (Taraz)', JR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Yesil', 0, 'district', 'Yesil District (Astana)', AST, {'subkind': 'city district'}),
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Rudny', 0, 'city', 'Rudny', KOR),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'statistics, not an incident statement'}),
        ('Almaty', 3, 'city', 'Almaty', ALA, {'note': 'NI:route endpoint'}),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
     ],
     inc={JR: (1, 'shooting in a cafe on Tole Bi Street in Taraz; the smuggling arrest near Sortobe is not counted'), AST: (1, 'six cars set on fire in Yesil district'), KOR: (1, 'murder of a neighbour in Rudny')}),
dict(id='p008', date='2004-09-20', lang='en',
     event='2004 parliamentary election turnout and results by region (no incident)',
     text="""Pro-presidential Otan wins Kazakh parliament vote
ASTANA, Sept 20 (Reuters) - The pro-presidential Otan party won 42 of the 67 single-seat constituencies in Sunday's parliamentary election, the Central Election Commission said on Monday. Turnout was 56 percent nationwide.
The highest turnout, 73 percent, was recorded in Kyzylorda Region and in North Kazakhstan Region, where queues formed outside polling stations in Petropavl. It was lowest in Almaty, at 31 percent, and in Karaganda.
Opposition candidates won seats in Shymkent and Taldikorgan, the commission said. The Ak Zhol party complained of ballot stuffing in Zhezkazgan and Semipalatinsk and said it would go to court.
Observers of the OSCE, whose election office is in Warsaw, said the vote fell short of international standards but was better organised than the 1999 election. Their head of mission, speaking in Almaty, praised the new electronic voting in Astana and Pavlodar.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('Almaty', 0, 'city', 'Almaty', ALA),
        ('Karaganda', 0, 'city', 'Karaganda', KR),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region until 2018-06-19'}),
        ('Taldikorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'misspelling of Taldykorgan; Almaty Region until 2022-06-08'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region until 2022-06-08'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'old name of Semey; East Kazakhstan Region until 2022-06-08'}),
        ('Warsaw', 0, 'foreign', 'Warsaw', N, {'note': 'seat of an office'}),
        ('Almaty', 1, 'city', 'Almaty', ALA, {'note': 'NI:place of a press conference'}),
        ('Astana', 0, 'city', 'Astana', AST),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR),
     ],
     inc={}),
]
