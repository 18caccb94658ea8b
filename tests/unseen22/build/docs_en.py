"""English texts of the twenty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: farming, ecology and public health."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2016-07-26', lang='en',
     event='2016 anthrax quarantine in Karabulak and Mankent, Sairam district, and an unsanctioned rally of Tolebi livestock owners with five detained outside the regional akimat in Shymkent (South Kazakhstan Region before the 2018 split); the anthrax death and brucellosis are not incidents',
     text="""Anthrax quarantine imposed on two villages near Shymkent
SHYMKENT, July 26 (Reuters) - Veterinary authorities in South Kazakhstan Region have placed the villages of Karabulak and Mankent in Sairam district under quarantine after a farmer died of anthrax and three of his relatives were taken to hospital, the regional akimat said on Tuesday.
The farmer, 54, had slaughtered a sick cow and sold part of the meat at a roadside stall on the Shymkent-Tashkent highway, officials said. Police have seized about 180 kg of meat, and sanitary doctors are trying to trace buyers who may have taken it as far as Lenger and Aksukent. The relatives are being treated at the regional infectious diseases hospital in Shymkent, where doctors described their condition as stable.
"No cattle will leave or enter Karabulak for 21 days," said the district's chief vet, Nurlan Sairambayev. Some 3,400 cattle and sheep in the two villages are being vaccinated.
Kazakhstan has reported anthrax in humans in three regions this year, according to the health ministry in Astana.
On Monday about 60 livestock owners from Tolebi district gathered outside the regional akimat in Shymkent, demanding compensation for 140 cows culled in June after brucellosis was found in herds near Lenger. Police said the rally was unsanctioned and detained five of its organisers, who were released in the evening. The akimat said payments had been delayed because the compensation fund was exhausted.
Brucellosis remains widespread in the south: 312 human cases were registered in South Kazakhstan last year, more than in any other region. Veterinarians blame unregistered cattle driven across the border from Uzbekistan and the habit of drinking raw milk.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:reference point in the headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'renamed Turkistan Region in 2018'}),
        ('Karabulak', 0, 'village', 'Karabulak (Sairam District)', SKR, {'note': 'NI:quarantined village (an outbreak is not an incident)'}),
        ('Mankent', 0, 'village', 'Mankent', SKR, {'note': 'NI:quarantined village (an outbreak is not an incident)'}),
        ('Sairam district', 0, 'district', 'Sairam District', SKR),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:possible destination of the meat'}),
        ('Aksukent', 0, 'village', 'Aksukent', SKR, {'note': 'NI:possible destination of the meat'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Karabulak', 1, 'village', 'Karabulak (Sairam District)', SKR, {'note': 'NI:quarantined village'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'human anthrax cases; not about incidents'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Tolebi district', 0, 'district', 'Tolebi District', SKR, {'note': 'NI:origin of the protesters'}),
        ('Shymkent', 3, 'city', 'Shymkent', SKR, {'note': 'rally outside the regional akimat'}),
        ('Lenger', 1, 'city', 'Lenger', SKR, {'note': 'NI:reference point for the brucellosis herds'}),
        ('South Kazakhstan', 1, 'region', SKR, SKR, {'note': 'region named without "Region"'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of cattle'}),
     ],
     inc={SKR: (1, 'unsanctioned rally of livestock owners outside the regional akimat in Shymkent, five detained (Shymkent in South Kazakhstan Region in 2016); the anthrax death, the quarantine and the brucellosis culls are not incidents')}),

dict(id='p002', date='2023-07-12', lang='en',
     event='2023 dead fish on the Ural River between Yanvartsevo and Oral (West Kazakhstan Region); blame on Orenburg and Orsk in Russia; Atyrau fisheries (no incident)',
     text="""Dead fish found along Ural River near Oral
ORAL, July 12 (Kazinform) - Ecologists in West Kazakhstan Region have taken water samples from the Ural River after residents of Yanvartsevo and Chapaev reported thousands of dead fish along the banks, the regional ecology department said on Wednesday.
Inspectors counted dead bream, pike-perch and carp on a 40-km stretch below the village of Yanvartsevo, about 60 km east of Oral. Samples were sent to a laboratory in Astana, and results are expected within ten days.
Local fishermen blamed industrial discharges upstream in the Orenburg region of Russia, where the river passes the cities of Orsk and Orenburg. The department said low water after a dry spring and water temperatures of up to 29 degrees may also have starved the fish of oxygen.
Fisheries officials in Atyrau, where the Ural flows into the Caspian Sea, said they had seen no dead fish so far.
Kazakhstan and Russia manage the river under an agreement signed in 1992.""",
     ann=[
        ('Ural River', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point in the headline'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
        ('Ural River', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Yanvartsevo', 0, 'village', 'Yanvartsevo', WKR, {'note': 'NI:residents reported dead fish (a die-off is not an incident)'}),
        ('Chapaev', 0, 'village', 'Chapaev', WKR, {'note': 'NI:residents reported dead fish'}),
        ('Yanvartsevo', 1, 'village', 'Yanvartsevo', WKR, {'note': 'NI:reference point'}),
        ('Oral', 1, 'city', 'Oral', WKR, {'note': 'NI:reference point'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the laboratory'}),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Orsk', 0, 'foreign', 'Orsk', N),
        ('Orenburg', 1, 'foreign', 'Orenburg', N),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:seat of fisheries officials'}),
        ('Ural', 2, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Russia', 1, 'foreign', 'Russia', N),
     ],
     inc={}),

dict(id='p003', date='2005-05-20', lang='en',
     event='2005 An-2 crop duster spraying against locusts crashes near Ushtobe, Karatal district (Almaty Region before the 2022 split); locusts in the Karatal, Aksu and Sarkand districts and from Xinjiang',
     text="""Crop-spraying plane crashes during locust campaign near Ushtobe
TALDYKORGAN, May 20 (Interfax-Kazakhstan) - An An-2 biplane spraying insecticide against locusts crashed in a field near the town of Ushtobe in Karatal district on Friday morning, injuring its pilot, the Almaty regional emergencies department said.
The pilot, 47, was taken to the district hospital in Ushtobe with a broken leg and burns after the plane's fuel tank caught fire on impact. The crop duster, leased from an aviation company in Taraz, had taken off from an airstrip at Bastobe.
Italian locusts have hatched on some 210,000 hectares in the Karatal, Aksu and Sarkand districts this spring, and spraying has been under way since early May. Farmers fear the swarms could reach wheat and sugar beet fields along the Karatal river before the end of the month.
Officials said some of the swarms had crossed the border from Xinjiang in China. Last year locusts damaged crops on 40,000 hectares in Almaty Region and in three districts of neighbouring East Kazakhstan.""",
     ann=[
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': 'headline; Jetisu Region land since 2022'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Ushtobe', 1, 'city', 'Ushtobe', ALR),
        ('Karatal district', 0, 'district', 'Karatal District', ALR),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority ("Almaty regional")'}),
        ('Ushtobe', 2, 'city', 'Ushtobe', ALR, {'note': 'NI:hospital town'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:seat of the aviation company'}),
        ('Bastobe', 0, 'village', 'Bastobe', ALR, {'note': 'NI:take-off point'}),
        ('Karatal', 1, 'district', 'Karatal District', ALR, {'note': 'list sharing "districts"; locusts are not an incident'}),
        ('Aksu', 0, 'district', 'Aksu District (Jetisu)', ALR, {'note': 'list sharing "districts"'}),
        ('Sarkand', 0, 'district', 'Sarkand District', ALR, {'note': 'list sharing "districts"'}),
        ('Karatal river', 0, 'facility', 'Karatal River', N, {'subkind': 'river'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:origin of the swarms'}),
        ('China', 0, 'foreign', 'China', N),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:last year\'s crop damage (not an incident)'}),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'crop damage by locusts; not about incidents'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'region named without "Region"'}),
     ],
     inc={ALR: (1, 'crop-spraying plane crashed and caught fire in a field near Ushtobe, Karatal district, pilot injured (Almaty Region in 2005); the locust plague is not an incident')}),

dict(id='p004', date='2024-10-08', lang='en',
     event='2024 grain harvest round-up: Kostanay, North Kazakhstan and Akmola regions lead; a combine harvester fire spreads to 120 hectares near Diyevka, Auliekol district (Kostanay Region); field fires in four regions (unattributed); exports via Saryagash and Dostyk',
     text="""Kazakhstan's harvest nears end as Kostanay leads grain output
ASTANA, Oct 8 (Reuters) - Kazakh farmers have threshed 21.4 million tonnes of grain from 93% of the sown area, the agriculture ministry said on Tuesday, with harvesting finished in nine regions and snow threatening the last fields in the north.
Kostanay Region leads with 6.1 million tonnes, followed by the North Kazakhstan and Akmola regions. Yields in Kostanay averaged 14.8 centners per hectare, the highest in a decade, after heavy spring rains.
Rain and early frosts stalled combines in the north for much of September. "We still have 40,000 hectares of wheat standing under the first snow," said Yerlan Tobolov, who farms near Taiynsha in North Kazakhstan.
On Monday a combine harvester caught fire in a wheat field near the village of Diyevka in Auliekol district, and the flames spread to 120 hectares of unharvested grain before firefighters from Kushmurun put them out. No one was hurt. The ministry said stubble and field fires had destroyed crops in four regions since August.
Storage is a bottleneck. Elevators in Esil and Atbasar are full, and the state food corporation has asked Kazakhstan Temir Zholy for 2,000 extra grain wagons. Exports to Uzbekistan and Afghanistan move by rail through Saryagash, while shipments to China go via Dostyk on the border with Xinjiang.
Traders in Almaty expect wheat exports of 10 million tonnes in the 2024/25 season, up from 8.5 million, with Iran and Turkey returning as buyers. Prices on the grain exchange in Kostanay fell 4% in September.
In the south, where cotton and rice are harvested later, officials in Turkistan Region said picking had started on 120,000 hectares in Maktaaral district, with machines covering a third of the fields for the first time.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': "headline, possessive Kazakhstan's"}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'headline; bare name for the region (its grain output)'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('nine regions', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'harvest finished; not about incidents'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list sharing "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list sharing "regions"'}),
        ('Kostanay', 2, 'region', KOR, KOR, {'note': 'bare name for the region (yields)'}),
        ('Taiynsha', 0, 'city', 'Taiynsha', NKR, {'note': "NI:farmer's residence"}),
        ('North Kazakhstan', 1, 'region', NKR, NKR, {'note': 'region named without "Region"'}),
        ('Diyevka', 0, 'village', 'Diyevka', KOR),
        ('Auliekol district', 0, 'district', 'Auliekol District', KOR),
        ('Kushmurun', 0, 'city', 'Kushmurun', KOR, {'note': 'NI:origin of the firefighters'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'field fires since August; unattributed'}),
        ('Esil', 0, 'city', 'Esil', AKR, {'note': 'NI:elevators'}),
        ('Atbasar', 0, 'city', 'Atbasar', AKR, {'note': 'NI:elevators'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:export destination'}),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:export destination'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:on the export route'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Dostyk', 0, 'village', 'Dostyk (Alakol District)', JTR, {'note': 'NI:border railway crossing on the export route'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:traders' seat"}),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Turkey', 0, 'foreign', 'Turkey', N),
        ('Kostanay', 3, 'city', 'Kostanay', KOR, {'note': 'NI:seat of the grain exchange'}),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR),
     ],
     inc={KOR: (1, 'combine harvester fire near Diyevka, Auliekol district, spreading to 120 hectares of grain')},
     unatt=[{'label': 'four regions', 'count': 4, 'note': 'stubble and field fires that destroyed crops since August, regions not named'}]),

dict(id='p005', date='2019-11-14', lang='en',
     event='2019 picket of residents outside the East Kazakhstan regional akimat in Ust-Kamenogorsk over smog, two detained (East Kazakhstan Region); Ridder and Semey (East Kazakhstan before 2022); ministry in Nur-Sultan; Kazzinc is a company',
     text="""Residents picket akimat over smog in Ust-Kamenogorsk
UST-KAMENOGORSK, Nov 14 (Vlast.kz) - About 30 residents of Ust-Kamenogorsk held a picket outside the East Kazakhstan regional akimat on Thursday, demanding that the authorities publish hourly emission data from the city's zinc, lead and titanium plants. Police detained two of them for holding posters without a permit.
The city, known in Kazakh as Oskemen, lies in a hollow where the Irtysh and the Ulba meet, and in windless weather smog settles over it for days. Kazhydromet recorded hydrogen sulphide at seven times the permitted level on Tuesday.
"My children cough all winter," said Yelena Ulbanova, one of the organisers. The group plans to send its demands to the ecology ministry in Nur-Sultan.
Residents of Ridder and Semey have complained of similar problems. Kazzinc, which runs smelters in Ust-Kamenogorsk and Ridder, said its emissions had fallen by a third since 2010.""",
     ann=[
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'headline'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:residence of the picketers'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority; the picket outside its building'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ulba', 0, 'facility', 'Ulba River', N, {'subkind': 'river'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:residents with similar complaints'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:residents with similar complaints; East Kazakhstan Region before 2022-06-08'}),
        ('Ust-Kamenogorsk', 2, 'city', 'Oskemen', EKR, {'note': 'NI:site of smelters'}),
        ('Ridder', 1, 'city', 'Ridder', EKR, {'note': 'NI:site of smelters'}),
     ],
     inc={EKR: (1, 'picket outside the regional akimat in Ust-Kamenogorsk, two detained')}),

dict(id='p006', date='2013-05-28', lang='en',
     event='2013 poachers fire on game wardens near Zhezdy, Ulytau district, and are arrested in Zhezkazgan with saiga horns (Karaganda Region before the 2022 split); Betpak-Dala saigas; horns smuggled to China via Kyrgyzstan',
     text="""Poachers fire on game wardens near Zhezkazgan
KARAGANDA, May 28 (KazTAG) - Poachers opened fire on a patrol of game wardens near the village of Zhezdy in Ulytau district early on Tuesday and fled, leaving behind a motorcycle and 46 saiga horns, the Karaganda regional police department said.
No wardens were hurt, but a bullet went through the windscreen of their jeep. Two suspects were detained later the same day at a house in Zhezkazgan, about 55 km to the south-east, and a hunting rifle was seized.
The Betpak-Dala saiga population, which winters in the steppe between Zhezkazgan and the Chu river, has recovered to about 60,000 animals, according to a spring aerial count. Horns sell for up to $2,000 a kilogram on the black market and are smuggled to China through Kyrgyzstan, police said.
Hunting saiga has been banned in Kazakhstan since 2001. Poachers face up to five years in prison.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point in the headline; Ulytau Region land since 2022'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Zhezdy', 0, 'village', 'Zhezdy', KR),
        ('Ulytau district', 0, 'district', 'Ulytau District', KR),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'inside the name of an authority ("Karaganda regional police")'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:place of the arrest'}),
        ('Betpak-Dala', 0, 'facility', 'Betpak-Dala', N, {'subkind': 'steppe', 'note': 'natural region across several units'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point'}),
        ('Chu river', 0, 'facility', 'Chu River', N, {'subkind': 'river'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:smuggling destination'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:smuggling route'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KR: (1, 'poachers fired on a patrol of game wardens near Zhezdy, Ulytau district (Karaganda Region in 2013); the arrest in Zhezkazgan is not counted')}),

dict(id='p007', date='2026-04-21', lang='en',
     event='2026 measles round-up: cases up in 12 regions, most in Almaty and Shymkent; a school closed in Myrzakent, Maktaaral district (Turkistan Region); imported cases from Kyrgyzstan and Uzbekistan; none in Ulytau Region (no incident)',
     text="""Measles cases rise in 12 regions, Almaty and Shymkent worst hit
ASTANA, April 21 (Tengrinews) - Kazakhstan registered 1,240 measles cases in the first quarter, most of them in unvaccinated children, and infections have risen in 12 regions compared with a year earlier, the health ministry said on Tuesday.
Almaty reported 318 cases and Shymkent 276, followed by the Turkistan and Jambyl regions. In Maktaaral district of Turkistan Region a school in Myrzakent was closed for two weeks after 19 pupils fell ill.
Mobile vaccination teams will be sent to Kyzylorda and Mangystau regions, where more than 8% of parents refuse to have their children vaccinated, the ministry said. Doctors also warned of imported cases from Kyrgyzstan and Uzbekistan, where outbreaks have been reported in Osh and Andijan.
Two children died of measles complications in Almaty in February, the first deaths from the disease in the city since 2019. Ulytau Region was the only one to report no cases.""",
     ann=[
        ('12 regions', 0, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'headline; measles cases, not about incidents'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('12 regions', 1, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'measles cases, not about incidents'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'list sharing "regions"'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'list sharing "regions"'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Myrzakent', 0, 'village', 'Myrzakent', TR, {'note': 'NI:school closed (an outbreak is not an incident)'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'list sharing "regions"'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'list sharing "regions"'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Osh', 0, 'foreign', 'Osh', N),
        ('Andijan', 0, 'foreign', 'Andijan', N),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:measles deaths (disease, not an incident)'}),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'NI:no cases'}),
     ],
     inc={}),

dict(id='p008', date='2009-09-03', lang='en',
     event='2009 forest guards of the Semey Ormany reserve catch illegal loggers near Beskaragai (East Kazakhstan Region before the 2022 split); Ertis Ormany reserve near Pavlodar; Altai Krai and Novosibirsk region in Russia (no incident)',
     text="""Forest guards catch pine loggers in Irtysh ribbon forest
SEMEY, Sept 3 (Kazinform) - Guards of the Semey Ormany reserve have caught a gang felling pines illegally near the village of Beskaragai, the East Kazakhstan regional forestry department said on Thursday.
Seven men were detained with a lorry and two chainsaws after cutting down 38 mature pines in a ribbon forest on the left bank of the Irtysh, about 75 km north-west of Semey. Investigators said the timber was to be sold to sawmills in Borodulikha and in the Novosibirsk region of Russia.
The relict pine belts, which stretch from the Altai Krai in Russia through the Beskaragai and Borodulikha districts to Pavlodar Region, have lost more than 1,500 hectares to illegal felling in the past five years, according to the department. Guards of the Ertis Ormany reserve near Pavlodar reported a similar rise in thefts this summer.
The reserve was created in 2003 to protect the pine forests around Semipalatinsk, as Semey was called until 2007.""",
     ann=[
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline, inside "Irtysh ribbon forest"'}),
        ('SEMEY', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022-06-08'}),
        ('Semey Ormany reserve', 0, 'facility', 'Semey Ormany nature reserve', EKR, {'subkind': 'nature reserve'}),
        ('Beskaragai', 0, 'village', 'Beskaragai', EKR, {'note': 'NI:illegal logging (not an incident)'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Irtysh', 1, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'NI:reference point'}),
        ('Borodulikha', 0, 'village', 'Borodulikha', EKR, {'note': 'NI:destination of timber'}),
        ('Novosibirsk region', 0, 'foreign', 'Novosibirsk Oblast', N, {'note': 'NI:destination of timber'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Beskaragai', 1, 'district', 'Beskaragai District', EKR, {'note': 'list sharing "districts"'}),
        ('Borodulikha', 1, 'district', 'Borodulikha District', EKR, {'note': 'list sharing "districts"'}),
        ('Pavlodar Region', 0, 'region', PR, PR),
        ('Ertis Ormany reserve', 0, 'facility', 'Ertis Ormany nature reserve', PR, {'subkind': 'nature reserve'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:reference point'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:old name of Semey, reference point'}),
        ('Semey', 2, 'city', 'Semey', EKR, {'note': 'NI:the city named under its old name'}),
     ],
     inc={}),
]
