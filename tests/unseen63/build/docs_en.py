"""English texts of the sixty-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2019-05-10', lang='en',
     event='2019 weekly regional round-up: city bus collides with a concrete mixer on Respublika Avenue in Shymkent (a city of republican significance since 2018); new governor of Turkistan Region introduced in Turkistan; water protest in Kentau; downpours flood yards in three districts (Tolebi, Sairam, Kazygurt; Kaskasu village); gas explosion in a block of flats on Satpayev Street in Atyrau; court sentence in the Saryarka district of Nur-Sultan (not counted); Karatau mountains',
     text="""Regions in brief: bus crash in Shymkent, water protest in Kentau, new governor for Turkistan
NUR-SULTAN, May 10 (Kazinform English) - Our weekly round-up of news from the regions.

SHYMKENT. A city bus with about 30 passengers on board collided with a concrete mixer on Respublika Avenue on Thursday morning. Eleven people were taken to hospital, two of them in a serious condition, the city police department said. Since last June Shymkent has been a city of republican significance and is no longer part of the region around it.

TURKISTAN. Yerbol Kassymov, until now deputy governor of Kyzylorda region, was introduced on Wednesday as the new governor of Turkistan Region. He met the staff of the regional akimat in Turkistan, which took over from Shymkent as the regional centre last year, and promised to "finish building the new centre" within two years.

KENTAU. About 150 residents gathered outside the town akimat on Tuesday to protest against water cuts that have lasted nine days. The town akim said a new pump on the pipeline from the Karatau mountains would be working by Friday. Police watched but detained nobody.

TURKISTAN REGION. Downpours on Monday and Tuesday flooded yards and cellars in three districts of the region - Tolebi, Sairam and Kazygurt. In the village of Kaskasu in Tolebi district about 40 yards were under water, the regional emergencies department said. No one was hurt.

ATYRAU. A gas leak caused an explosion in a kitchen on the third floor of a five-storey block of flats on Satpayev Street on Wednesday evening. Three residents were injured and twelve families were moved to a hotel while engineers check the building.

NUR-SULTAN. The Saryarka district court sentenced the former head of a construction firm to six years in prison for embezzling 800 million tenge meant for a school in the capital's Almaty district. The school, built on cracked foundations, has never opened.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'headline'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'headline; "governor for Turkistan" is the governor of the region'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was named Nur-Sultan from 2019-03-23'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading of a round-up, like a dateline'}),
        ('Respublika Avenue', 0, 'facility', 'Respublika Avenue (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'status of the city'}),
        ('TURKISTAN', 0, 'city', 'Turkistan', TR, {'note': 'section heading of a round-up, like a dateline'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': "NI:the governor's former post"}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:appointment'}),
        ('Turkistan', 2, 'city', 'Turkistan', TR, {'note': 'NI:seat of the regional akimat'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former regional centre'}),
        ('KENTAU', 0, 'city', 'Kentau', TR, {'note': 'section heading of a round-up, like a dateline'}),
        ('Karatau mountains', 0, 'facility', 'Karatau Mountains', N, {'subkind': 'mountain range', 'note': 'natural feature; not the Jambyl town of Karatau'}),
        ('TURKISTAN REGION', 0, 'region', TR, TR, {'note': 'section heading of a round-up'}),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'flooded districts; all three are named'}),
        ('Tolebi', 0, 'district', 'Tolebi District', TR, {'note': 'list after "three districts"'}),
        ('Sairam', 0, 'district', 'Sayram District', TR, {'note': 'list after "three districts"'}),
        ('Kazygurt', 0, 'district', 'Kazygurt District', TR, {'note': 'list after "three districts"'}),
        ('Kaskasu', 0, 'village', 'Kaskasu', TR),
        ('Tolebi district', 0, 'district', 'Tolebi District', TR),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'section heading of a round-up, like a dateline'}),
        ('Satpayev Street', 0, 'facility', 'Satpayev Street (Atyrau)', ATR, {'subkind': 'street', 'note': 'street named after a person; not the town of Satpayev'}),
        ('NUR-SULTAN', 1, 'city', 'Astana', 'Astana', {'note': 'NI:section heading of a round-up; court case only'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:inside the name of a court'}),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': "NI:the capital's Almaty district, not Almaty city or Almaty Region; site of an unopened school"}),
     ],
     inc={'Shymkent': (1, 'city bus collided with a concrete mixer on Respublika Avenue, eleven hurt'),
          TR: (2, 'water protest outside the town akimat in Kentau; downpours flooded yards in three districts (Tolebi, Sairam, Kazygurt; 40 yards in Kaskasu), one flood of the region'),
          ATR: (1, 'gas explosion in a block of flats on Satpayev Street in Atyrau, three hurt')}),

dict(id='p002', date='1992-10-27', lang='en',
     event='1992 pensioners protest against bread prices on Abai Avenue in Alma-Ata; night fire destroys a grain store in Semipalatinsk (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land); Akmola, formerly Tselinograd, reports enough flour (not counted)',
     text="""Pensioners protest over bread prices in Alma-Ata; grain store burns in Semipalatinsk
ALMA-ATA, Oct 27 (Reuters) - Several hundred people, most of them pensioners, gathered on Monday outside the city council building on Abai Avenue to protest against the price of bread, which has risen more than tenfold since most prices were freed in January.
"My pension buys me twenty loaves a month," said one woman, who gave her name only as Raisa. Police watched from a distance and made no arrests. A city official promised to raise the question of subsidies with the government.
In Semipalatinsk, in the north-east of the country, a fire destroyed a grain store near the railway station overnight, the regional fire service said. Nobody was hurt, but officials in Semipalatinsk region said about 3,000 tonnes of wheat had been lost.
In Akmola, which was called Tselinograd until this year, the city administration said it had enough flour to last until spring. Kazakhstan's government has promised to keep bread prices under control.""",
     ann=[
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; Soviet-era name of Almaty'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; old name of Semey; East Kazakhstan Region (the canonical unit) before 2022-06-08'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named after the poet; not Abai Region'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997; labelled with the canonical unit holding its land'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flour stocks; the city that became the capital in 1997; every name of the capital is Astana'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of Akmola'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Almaty': (1, 'pensioners protest outside the city council on Abai Avenue'),
          EKR: (1, 'night fire destroyed a grain store near the railway station in Semipalatinsk')}),

dict(id='p003', date='2008-07-03', lang='en',
     event='2008 court in Taldykorgan jails a bus driver for a March crash in Sarkand district that killed four (Almaty Region before the 2022 split); bus from Ushtobe to Ust-Kamenogorsk; victims from Ushtobe and Karabulak; bus company in Almaty',
     text="""Driver jailed for seven years over Sarkand bus crash
TALDYKORGAN, July 3 (Interfax-Kazakhstan) - A court in Taldykorgan on Thursday sentenced the driver of an intercity bus to seven years in a penal colony for a crash in March that killed four passengers.
The bus, on its way from Ushtobe to Ust-Kamenogorsk, drifted into the oncoming lane and hit a lorry in Sarkand district, 12 km north of the town of Sarkand, investigators told the court. The driver had been at the wheel for almost 14 hours without a break.
The Almaty region prosecutor's office had asked for nine years. Relatives of the victims, who came from Ushtobe and Karabulak, said they would appeal against what they called a lenient sentence.
The owner of the bus company, based in Almaty, was fined 2 million tenge for letting the driver work double shifts. Regional police say 61 people have died on the roads of the region since January.""",
     ann=[
        ('Sarkand', 0, 'city', 'Sarkand', ALR, {'note': 'headline; the crash is named after the town; Almaty Region before 2022-06-08'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the court'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:route origin'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route destination'}),
        ('Sarkand district', 0, 'district', 'Sarkand District', ALR),
        ('Sarkand', 2, 'city', 'Sarkand', ALR, {'note': 'NI:reference point ("12 km north of")'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority'}),
        ('Ushtobe', 1, 'city', 'Ushtobe', ALR, {'note': "NI:victims' residence"}),
        ('Karabulak', 0, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': "NI:victims' residence; a common name, here the settlement near Taldykorgan"}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the bus company'}),
     ],
     inc={ALR: (1, 'background: bus-lorry crash in Sarkand district in March, four dead (the trial itself is not counted)')}),

dict(id='p004', date='2022-06-14', lang='en',
     event='2022 first week of the new Abai, Jetisu and Ulytau regions: sawmill fire in Semey (Abai Region), hail damages 60 roofs in the Samal microdistrict of Taldykorgan (Jetisu Region), resettlement protest in Zhezkazgan and an akimat car overturned on the Zhezkazgan-Satpayev road (Ulytau Region); Almaty Region akimat moved to Kapshagay; Satpayev, Karazhal, Ulytau and Zhanaarka districts leave Karaganda Region; Ayagoz and Kurchatov leave East Kazakhstan; Abai Avenue in Semey',
     text="""Abai, Jetisu, Ulytau: a first week of fires, hail and protests in the new regions
NUR-SULTAN, June 14 (Vlast.kz English) - Six days after the Abai, Jetisu and Ulytau regions came into being on June 8, their new akimats are still working out of borrowed offices. Kazakhstan now has 17 regions and three cities of republican significance.

In Semey, the centre of Abai Region, governor Bakhyt Sultanov held his first meeting with staff in the former city hall on Abai Avenue. The first emergency came the same night: a fire destroyed a sawmill on the outskirts of the city. Forty firefighters, some of them sent from Ust-Kamenogorsk, needed five hours to put it out. Nobody was hurt, the new regional emergencies department said.

In Taldykorgan, the centre of Jetisu Region, hail the size of walnuts fell on Saturday afternoon, smashing car windows and damaging the roofs of about 60 houses in the Samal microdistrict. The new governor, Serik Dosmaganbetov, toured the streets on Sunday. People in Tekeli and Ushtobe, who used to travel to Taldykorgan for Almaty Region's offices, will now find the Jetisu ones there, while the Almaty regional akimat has moved to Kapshagay.

In Zhezkazgan, the centre of Ulytau Region, about 80 residents of old barracks-type houses gathered outside the new akimat on Monday to demand the resettlement they say they were promised years ago. Governor Berik Abdrakhmanov came out to them and promised a list of houses by July. The same day a car carrying four akimat employees overturned on the Zhezkazgan-Satpayev road; two of them were taken to hospital.

Along with Zhezkazgan, the towns of Satpayev and Karazhal and the Ulytau and Zhanaarka districts have left Karaganda Region. In the east, Ayagoz and Kurchatov now belong to Abai Region, and Ust-Kamenogorsk remains the centre of a smaller East Kazakhstan Region.""",
     ann=[
        ('Abai', 0, 'region', ABR, ABR, {'note': 'headline; one of the three regions created on 2022-06-08'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'NI:creation of the region; in a list sharing "regions"'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'NI:creation of the region; in a list sharing "regions"'}),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'NI:creation of the region; in a list sharing "regions"'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('17 regions', 0, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region', 'note': 'all regions of the country; not about incidents'}),
        ('three cities', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'the cities of republican significance; not about incidents'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'NI:seat of the new akimat; avenue named after the poet, not the region'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of firefighters'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Samal microdistrict', 0, 'district', 'Samal (Taldykorgan)', JTR, {'subkind': 'microdistrict'}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': 'NI:residence'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:residence'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of offices'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': "NI:the region's former offices in Taldykorgan"}),
        ('Jetisu', 3, 'region', JTR, JTR, {'note': 'NI:"the Jetisu ones" (offices)'}),
        ('Almaty', 1, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority ("Almaty regional akimat")'}),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of the regional akimat; renamed Konaev later in 2022'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'Ulytau Region since 2022-06-08'}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:road endpoint'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:change of region'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:change of region'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:change of region'}),
        ('Ulytau', 3, 'district', 'Ulytau District', UR, {'note': 'NI:in a list sharing "districts"; the district, not the region'}),
        ('Zhanaarka', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:in a list sharing "districts"'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:former region of these towns'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:change of region'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:change of region'}),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': 'NI:change of region'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:regional centre'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:reduced region'}),
     ],
     inc={ABR: (1, 'fire destroyed a sawmill on the outskirts of Semey'),
          JTR: (1, 'hail damaged about 60 roofs and car windows in the Samal microdistrict of Taldykorgan (storm with damage, once per unit)'),
          UR: (2, 'resettlement protest outside the new akimat in Zhezkazgan; akimat car overturned on the Zhezkazgan-Satpayev road, two hurt')}),

dict(id='p005', date='2024-11-20', lang='en',
     event='2024 Aktau residents protest outside the Mangystau regional akimat over water cuts (15th microdistrict), two detained; shortages in Zhanaozen and Kuryk without protest; water from the Caspian Sea and the Volga',
     text="""Aktau residents protest over water cuts
AKTAU, Nov 20 (Reuters) - Several hundred residents of Aktau gathered outside the Mangystau regional akimat on Wednesday evening, demanding an end to water cuts that have left parts of the city with running water for two hours a day since early November.
Many came from the 15th microdistrict, where some blocks of flats have had no water at all for four days. "We carry buckets from the shop to the ninth floor," one woman shouted. Police detained two men who tried to block the avenue in front of the building; both were released later that night.
Regional governor Nurdaulet Kaliyev told the crowd that a damaged section of the main pipeline would be replaced by Saturday. Residents of Zhanaozen and Kuryk have complained of similar shortages, but there were no protests there, his office said.
Aktau, on the Caspian Sea, depends on desalinated sea water and on water piped from the Volga in Russia.""",
     ann=[
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Aktau', 1, 'city', 'Aktau', MR),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside the name of an authority (regional akimat), the place of the protest'}),
        ('15th microdistrict', 0, 'district', 'Microdistrict 15 (Aktau)', MR, {'subkind': 'microdistrict', 'note': "NI:protesters' residence, water cut"}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:shortages, no protest'}),
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': 'NI:shortages, no protest'}),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'NI:background'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Volga', 0, 'foreign', 'Volga River', N, {'subkind': 'river', 'note': 'NI:water source'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:water source'}),
     ],
     inc={MR: (1, 'protest of several hundred residents outside the regional akimat in Aktau, two detained')}),

dict(id='p006', date='2013-04-09', lang='en',
     event='2013 blizzard in North Kazakhstan Region: Petropavl-Kokshetau road closed, 300 drivers stranded near Sergeevka (not counted), fatal minibus-lorry collision in Shal Akyn district, cowshed roof collapse in Smirnovo (Akkayin district); road to Kokshetau (Akmola Region) reopened; forecast for Kostanay Region',
     text="""Blizzard strands 300 drivers in North Kazakhstan, one dead in collision
PETROPAVL, April 9 (Tengrinews English) - A blizzard that swept across North Kazakhstan Region on Monday night closed the Petropavl-Kokshetau road and stranded about 300 people in their cars near Sergeevka, the regional emergencies department said. Rescuers on tracked vehicles took them to a school and a sports hall in the town.
On the same road, in Shal Akyn district, a minibus and a lorry collided in zero visibility. The minibus driver died at the scene and six passengers were injured.
In the village of Smirnovo, the centre of Akkayin district, the weight of snow brought down the roof of a cowshed, killing 30 cows. The farm's owner said the building was insured.
The road to Kokshetau in neighbouring Akmola Region reopened on Tuesday morning. Forecasters expect the blizzard to reach Kostanay Region by Wednesday.""",
     ann=[
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'headline; the region named without "Region"'}),
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:road endpoint'}),
        ('Sergeevka', 0, 'city', 'Sergeevka', NKR, {'note': 'NI:drivers stranded and sheltered, not an incident'}),
        ('Shal Akyn district', 0, 'district', 'Shal Akyn District', NKR),
        ('Smirnovo', 0, 'village', 'Smirnovo', NKR),
        ('Akkayin district', 0, 'district', 'Akkayin District', NKR),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:road reopened'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:road reopened'}),
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'NI:forecast'}),
     ],
     inc={NKR: (2, 'fatal minibus-lorry collision in Shal Akyn district; snow brought down a cowshed roof in Smirnovo, Akkayin district (storm damage); stranded drivers not counted')}),

dict(id='p007', date='1997-05-12', lang='en',
     event='1997 abolition of the Taldykorgan, Turgai, Zhezkazgan, Kokshetau and Semipalatinsk regions: rally in Taldykorgan (Almaty Region), suspected arson in the former regional archive in Arkalyk (Kostanay Region), unpaid teachers block a road in Kokshetau (North Kazakhstan Region, 1997-1999); administrations moved to Almaty, Petropavlovsk, Karaganda and Ust-Kamenogorsk; capital to move to Akmola',
     text="""Five regions abolished: rally in Taldykorgan, fire in Arkalyk
ALMATY, May 12 (Interfax) - Decrees signed by President Nursultan Nazarbayev in April and early May have abolished five of the country's 19 regions: Taldykorgan, Turgai, Zhezkazgan, Kokshetau and Semipalatinsk. Their territory has gone to the Almaty, Kostanay, Karaganda, North Kazakhstan and East Kazakhstan regions, and the government expects to cut several thousand administrative posts.

The loss of status has hit the former regional centres hardest. In Taldykorgan about 2,000 people rallied on the central square on Saturday, carrying banners that read "Do not kill our town". Speakers said hundreds of officials would lose their jobs when the regional administration moves to Almaty. The rally ended peacefully after the town's akim promised to pass a petition to the government.

In Arkalyk, which was the centre of Turgai region until April, a fire broke out on Thursday night in the archive of the former regional administration. Firefighters saved most of the building, but police have opened a criminal case on suspicion of arson. Documents on land and housing were kept there, residents said.

In Kokshetau, now part of North Kazakhstan Region, about 300 teachers who have not been paid since February blocked the road to the railway station for two hours on Friday. The new regional administration in Petropavlovsk promised to pay the arrears within a month.

Zhezkazgan and Semipalatinsk, whose administrations have moved to Karaganda and Ust-Kamenogorsk, were calm, local journalists said. In Kazakhstan as a whole, the number of regions falls to fourteen.

The capital itself is to move from Almaty to Akmola by the end of the year.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region after the abolition of Taldykorgan Region in April 1997'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; Kostanay Region after the abolition of Turgai Region'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ("five of the country's 19 regions", 0, 'quantified', "5 of the country's 19 regions", N, {'count': 5, 'unit': 'region', 'note': 'abolished regions, all five named; not about incidents'}),
        ('Taldykorgan', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:Taldykorgan Region, abolished in April 1997, in a list sharing "regions"; labelled with the canonical unit holding its land'}),
        ('Turgai', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:Turgai Region, abolished in 1997; most of its land went to Kostanay Region (part to Akmola Region)'}),
        ('Zhezkazgan', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:Zhezkazgan Region, abolished in May 1997; labelled with the canonical unit holding its land on the article date'}),
        ('Kokshetau', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:Kokshetau Region, abolished in May 1997 and merged into North Kazakhstan Region (its city and southern districts moved to Akmola Region in 1999)'}),
        ('Semipalatinsk', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:Semipalatinsk Region, abolished in May 1997'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:in a list sharing "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:in a list sharing "regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:in a list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:in a list sharing "regions"'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', ALR),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:new seat of the regional administration'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR),
        ('Turgai region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:the abolished Turgai Region, labelled with the canonical unit holding most of its land'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', NKR, {'note': 'part of North Kazakhstan Region from May 1997 to 1999, then Akmola Region'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR, {'note': 'NI:status statement'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the regional administration; Russian name'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:calm'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'NI:calm'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:new seat of an administration'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:new seat of an administration'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:the capital before the move'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:future capital; every name of the capital is Astana'}),
     ],
     inc={ALR: (1, 'rally of about 2,000 people on the central square of Taldykorgan against the loss of status'),
          KOR: (1, 'fire (suspected arson) in the archive of the former regional administration in Arkalyk'),
          NKR: (1, 'unpaid teachers blocked the road to the railway station in Kokshetau')}),

dict(id='p008', date='2026-02-03', lang='en',
     event='2026 rock fall kills a miner at the Vostochny mine in Satpayev and a blizzard across Ulytau Region collapses part of a sports hall roof in Karazhal; roads from Zhezkazgan closed, bus passengers sheltered in Ulytau village (not counted); commission from Astana',
     text="""Miner killed in Satpayev as blizzard cuts off Ulytau Region
ZHEZKAZGAN, Feb 3 (Kazinform) - A miner was killed and two others were injured when rock fell from the roof of a working at the Vostochny mine in Satpayev on Monday night, the Ulytau regional emergencies department said. A commission from the Ministry of Industry flew in from Astana to investigate.
A blizzard has swept the region since Sunday. The roads from Zhezkazgan to Karaganda and to Kyzylorda were closed, and 40 passengers of a bus from Astana spent the night in a school in the village of Ulytau. In Karazhal the weight of snow caused part of the roof of a sports hall to collapse; the hall was empty at the time.
Forecasters expect the wind to ease on Wednesday. Schools in Zhezkazgan and Satpayev will stay closed until then.""",
     ann=[
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'headline'}),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Vostochny mine', 0, 'facility', 'Vostochny mine (Satpayev)', UR, {'subkind': 'mine'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': "NI:commission's origin"}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': "NI:bus's origin"}),
        ('Ulytau', 2, 'village', 'Ulytau', UR, {'note': 'NI:shelter for bus passengers; the village, not the region'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:schools closed'}),
        ('Satpayev', 2, 'city', 'Satpayev', UR, {'note': 'NI:schools closed'}),
     ],
     inc={UR: (2, 'rock fall at the Vostochny mine in Satpayev, one miner dead; snow collapsed part of a sports hall roof in Karazhal (storm damage); closed roads not counted')}),
]
