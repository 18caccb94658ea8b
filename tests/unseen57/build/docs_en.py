"""English texts of the fifty-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2018-07-03', lang='en',
     event='2018 blasts at the ammunition depot of a military unit near Kaplanbek (Saryagash district, Turkistan Region two weeks after the renaming), 4,200 evacuated to Saryagash and Shymkent (a city of republican significance); the 2009 Arys arsenal explosions recalled; grass fire at the Otar range (Jambyl Region); depot inspections in all regions',
     text="""Blasts at army depot in Turkistan region force evacuation of border villages
SHYMKENT, July 3 (Kazinform English) - A series of explosions tore through the ammunition depot of military unit 44821 near the village of Kaplanbek in Saryagash district late on Monday, forcing the evacuation of about 4,200 people, the Defence Ministry said on Tuesday.

The first blast was heard at 22:15 and detonations went on for almost five hours. Shells landed in gardens on the edge of Kaplanbek and on the Shymkent-Tashkent highway, which police closed for the night. Two soldiers of the depot guard and a shepherd were injured; no deaths have been reported.

Residents of Kaplanbek and the neighbouring village of Zhibek Zholy were taken by bus to schools in Saryagash, and about 600 of them to a sports hall in Shymkent. "We grabbed the children and ran, the sky was orange," said Gulnara Abdirova, a teacher from Kaplanbek.

It is the first emergency for Turkistan region since it received its new name on June 19. The governor, Zhanseit Kuanyshev, flew in from Turkestan and chairs the commission on site. The border service of Uzbekistan, whose posts lie about 12 km away, said no shells had crossed the frontier.

Deputy Defence Minister Talgat Mukhametzhanov ordered checks of ammunition depots in all regions. The disaster revived memories of October 2009, when explosions at the Arys arsenal shook the town of Arys for two days and blew out windows across the district.

In a separate incident on Monday, a grass fire broke out at the Otar training range in Jambyl region after tank crews fired at targets in 40-degree heat. The fire covered 300 hectares before it was put out; live firing at ranges in the Jambyl and Turkistan regions has been banned until September.

Sappers from Almaty and Taraz are expected to begin clearing unexploded shells around Kaplanbek on Wednesday.""",
     ann=[
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'headline; renamed from South Kazakhstan Region on 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Kaplanbek', 0, 'village', 'Kaplanbek', TR),
        ('Saryagash district', 0, 'district', 'Saryagash District', TR),
        ('Kaplanbek', 1, 'village', 'Kaplanbek', TR),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint; city of republican significance since 2018-06-19'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Kaplanbek', 2, 'village', 'Kaplanbek', TR, {'note': 'NI:evacuation'}),
        ('Zhibek Zholy', 0, 'village', 'Zhibek Zholy', TR, {'note': 'NI:evacuation'}),
        ('Saryagash', 1, 'city', 'Saryagash', TR, {'note': 'NI:evacuation destination'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:evacuation destination'}),
        ('Kaplanbek', 3, 'village', 'Kaplanbek', TR, {'note': "NI:residence of a quoted teacher"}),
        ('Turkistan region', 1, 'region', TR, TR, {'note': 'NI:the renaming'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': "NI:governor's seat, origin of his flight"}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:border service'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'depot checks, an official measure'}),
        ('Arys arsenal', 0, 'facility', 'Arys arsenal', TR, {'subkind': 'ammunition depot', 'note': '2009 explosions, background narrated explicitly'}),
        ('Arys', 1, 'city', 'Arys', TR, {'note': 'Turkistan Region on the article date'}),
        ('Otar training range', 0, 'facility', 'Otar training range', JR, {'subkind': 'military range'}),
        ('Jambyl region', 0, 'region', JR, JR),
        ('Jambyl', 1, 'region', JR, JR, {'note': 'NI:firing ban; in a list sharing "regions"'}),
        ('Turkistan', 2, 'region', TR, TR, {'note': 'NI:firing ban; in a list sharing "regions"'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of sappers'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of sappers'}),
        ('Kaplanbek', 4, 'village', 'Kaplanbek', TR, {'note': 'NI:clearance of shells, a measure'}),
     ],
     inc={TR: (2, 'explosions at the ammunition depot near Kaplanbek, Saryagash district (three injured, shells on gardens and the highway: one event); the October 2009 Arys arsenal explosions, background narrated explicitly'),
          JR: (1, 'grass fire of 300 hectares at the Otar training range')}),

dict(id='p002', date='2003-08-14', lang='en',
     event='2003 crash of a border guard Mi-8 near Zaysan (East Kazakhstan Region), three dead; flight from Ust-Kamenogorsk; survivors taken to Semipalatinsk (East Kazakhstan Region before 2022); Lake Zaysan vs the town; the March 2003 Mi-2 hard landing near Zharkent (Almaty Region before 2022)',
     text="""Border guard helicopter crashes near Zaysan, three dead
UST-KAMENOGORSK, Aug 14 (Interfax-Kazakhstan) - A Mi-8 helicopter of the Border Guard Service crashed in the foothills south of Zaysan on Wednesday, killing three of the five people on board, officials in East Kazakhstan region said.
The helicopter had taken off from Ust-Kamenogorsk with food and fuel for frontier posts along the Chinese border. It went down in a gorge near the village of Kenderlyk, about 40 km from the shore of Lake Zaysan, after the crew reported low cloud.
Two survivors, a captain and a private, were taken to the military hospital in Semipalatinsk with burns. A commission from Astana has flown to the site.
"The crew had flown this route dozens of times," said Colonel Marat Zhunusov of the regional border department.
It is the service's second helicopter loss this year. In March a Mi-2 was wrecked in a hard landing near Zharkent in Almaty region; its pilot survived.""",
     ann=[
        ('Zaysan', 0, 'city', 'Zaysan', EKR, {'note': 'headline; the town, not the lake'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Zaysan', 1, 'city', 'Zaysan', EKR, {'note': 'the crash site lies south of the town, in its district'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the flight'}),
        ('Kenderlyk', 0, 'village', 'Kenderlyk', EKR),
        ('Lake Zaysan', 0, 'facility', 'Lake Zaysan', N, {'subkind': 'lake', 'note': 'NI:reference point; lake in East Kazakhstan Region'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital; East Kazakhstan Region before 2022-06-08'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Zharkent', 0, 'city', 'Zharkent', ALR, {'note': 'Almaty Region before 2022-06-08'}),
        ('Almaty region', 0, 'region', ALR, ALR),
     ],
     inc={EKR: (1, 'Mi-8 crash near Kenderlyk, south of Zaysan, three dead'),
          ALR: (1, 'Mi-2 wrecked in a hard landing near Zharkent in March, narrated explicitly')}),

dict(id='p003', date='1994-04-19', lang='en',
     event='1994 conscript beaten to death at the Otar garrison (Jambyl Region); the victim from Petropavlovsk, died in the military hospital in Almaty (the capital in 1994); hazing complaints from units in five regions (statistics)',
     text="""Conscript's death at Otar garrison: parents demand answers
ALMATY, April 19 (KazTAG) - The parents of a 19-year-old conscript who died after a beating at a motor rifle unit in Otar, Zhambyl region, have asked the Prosecutor General to take the case out of the hands of military investigators.
Private Denis Kovalenko, from Petropavlovsk, was found unconscious in his barracks on April 2 and died two days later in the central military hospital in Almaty. Doctors recorded a fractured skull. The military prosecutor of the Almaty garrison has charged three sergeants with abuse of authority.
"He wrote to us that everything was fine. He was afraid to write the truth," his mother, Valentina Kovalenko, told reporters outside the Defence Ministry.
The Otar garrison, a former Soviet base, passed to Kazakhstan in 1992 together with its tanks and its customs of "dedovshchina". A soldiers' rights group says it received complaints of hazing from units in five regions last year, and that most of them were never investigated.""",
     ann=[
        ('Otar', 0, 'village', 'Otar', JR, {'note': 'headline; railway settlement and garrison'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Otar', 1, 'village', 'Otar', JR),
        ('Zhambyl region', 0, 'region', JR, JR),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of the victim; Russian name'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital where he died'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of an authority (garrison prosecutor)'}),
        ('Otar', 2, 'village', 'Otar', JR, {'note': 'NI:background on the garrison'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'statistics of complaints, not incidents'}),
     ],
     inc={JR: (1, 'conscript beaten in the barracks of the Otar garrison, died of his injuries')}),

dict(id='p004', date='2022-07-12', lang='en',
     event='2022 defence week: L-39 trainer crash near Aktobe (Aktobe Region); conscript beaten in a Semey unit (Abai Region, a month after its creation); fire at an old ammunition store near Zhezkazgan (Ulytau Region, formerly Karaganda Region); Kazakh-Kyrgyz exercise at Matybulak (Kordai district) with observers from Russia and Uzbekistan; autumn call-up in all 17 regions; Nur-Sultan dateline',
     text="""Week in defence: trainer jet crash, hazing case in Semey, depot fire in Ulytau
NUR-SULTAN, July 12 (Vlast.kz) - Our weekly review of news from the armed forces.

Trainer down near Aktobe. An L-39 jet of the Military Institute of the Air Defence Forces crashed into the steppe 18 km east of Aktobe on Tuesday during a training flight. Both pilots, an instructor and a fourth-year cadet, ejected; the cadet broke a leg. The Aktobe region emergencies department says the wreck caught fire but no homes were nearby. Flights at the institute have been suspended.

Hazing in Semey. A conscript of a motor rifle unit in Semey is in hospital with broken ribs after, his family says, two older soldiers beat him in a storeroom. The garrison prosecutor has opened a criminal case. It is the first such case registered in Abai region, which was created on June 8.

Fire at an old depot. On Thursday a storage shed burned down at a disused ammunition store 10 km from Zhezkazgan. Sappers found no shells inside and there were no detonations, the emergencies department of Ulytau region said. The area belonged to Karaganda region until last month. A fire crew came from Satpayev.

Drills with Kyrgyzstan. Some 1,500 Kazakh and Kyrgyz troops finished a week of joint exercises at the Matybulak range in Kordai district. Officers from Russia and Uzbekistan observed the final day. "Our mountain units learned a lot from each other," said Major General Yerlan Sapiyev.

Call-up. The autumn call-up will start on October 1 in all 17 regions; conscripts from Nur-Sultan, Almaty and Shymkent will serve mainly in the Eastern and Southern commands.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'headline; bare region name; Ulytau Region since 2022-06-08'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'section heading: "near Aktobe"'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'NI:reference point (18 km east of Aktobe)'}),
        ('Aktobe region', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'section heading'}),
        ('Semey', 2, 'city', 'Semey', ABR),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point (10 km from Zhezkazgan); Ulytau Region since 2022-06-08'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former unit of the area'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of the fire crew'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:exercise partner'}),
        ('Matybulak range', 0, 'facility', 'Matybulak range', JR, {'subkind': 'military range', 'note': 'NI:exercise, no incident'}),
        ('Kordai district', 0, 'district', 'Kordai District', JR, {'note': 'NI:exercise, no incident'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:observers'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:observers'}),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'call-up, not an incident'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of conscripts'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of conscripts'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of conscripts'}),
     ],
     inc={AR: (1, 'L-39 trainer crash in the steppe east of Aktobe, cadet injured'),
          ABR: (1, 'conscript beaten by two soldiers in a unit in Semey'),
          UR: (1, 'fire in a storage shed of a disused ammunition store near Zhezkazgan')}),

dict(id='p005', date='2008-09-25', lang='en',
     event='2008 smugglers fire on a border patrol near Atakent (Maktaaral district, South Kazakhstan Region before 2018); wounded guard taken to Shymkent; border with Uzbekistan',
     text="""Border guard wounded in shoot-out with smugglers
SHYMKENT, Sept 25 (Reuters) - Smugglers opened fire on a Kazakh border patrol near the village of Atakent in Maktaaral district overnight, wounding a 20-year-old conscript, the border service of South Kazakhstan region said on Thursday.
The patrol had stopped three men leading horses loaded with sacks of cotton seed and cigarettes across the border from Uzbekistan. Two of the men fired a hunting rifle and a pistol and escaped into the cotton fields; the third was detained.
The wounded soldier, hit in the shoulder, was taken by helicopter to the regional hospital in Shymkent and is in a stable condition. Police have put up roadblocks on the roads to Zhetysai and Saryagash.
"Our boys are on the line every night with these people," said a border officer who asked not to be named. The southern frontier has no fence on long stretches of irrigated land, and smuggling of cotton and fuel is common.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Atakent', 0, 'village', 'Atakent', SKR),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', SKR),
        ('South Kazakhstan region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of the smugglers'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital'}),
        ('Zhetysai', 0, 'city', 'Zhetysai', SKR, {'note': 'NI:roadblocks on the road to'}),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:roadblocks on the road to'}),
     ],
     inc={SKR: (1, 'smugglers fire on a border patrol near Atakent, a conscript wounded')}),

dict(id='p006', date='2012-10-16', lang='en',
     event='2012 army lorry with conscripts overturns on the Ayagoz-Semey road, two dead (East Kazakhstan Region); the Ayagoz garrison; conscripts from Karaganda and Pavlodar regions; Semey dateline (East Kazakhstan Region before 2022)',
     text="""Two conscripts killed as army lorry overturns
SEMEY, Oct 16 (Tengrinews) - Two conscripts were killed and eleven injured when an army Kamaz lorry carrying them overturned on the Ayagoz-Semey road on Monday evening, the East Kazakhstan region police said.
The lorry belonged to the Ayagoz garrison and was taking young soldiers to a range for their first live firing. According to the police, the driver, also a conscript, lost control on a wet stretch 45 km north of Ayagoz, and the vehicle rolled into a ditch. Several soldiers were thrown out of the open back.
The injured were taken to hospitals in Ayagoz and Semey; three are in a serious condition. Both dead were from the autumn intake of last year, one from Karaganda region and one from Pavlodar region.
The Defence Ministry has sent a commission and said it would check why the soldiers were carried in a lorry without benches or seat belts.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022-06-08'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:route endpoint'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', EKR, {'note': 'NI:inside "Ayagoz garrison", the home base of the lorry'}),
        ('Ayagoz', 2, 'city', 'Ayagoz', EKR, {'note': 'NI:reference point (45 km north of Ayagoz)'}),
        ('Ayagoz', 3, 'city', 'Ayagoz', EKR, {'note': 'NI:hospital'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'NI:hospital'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:origin of a victim'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:origin of a victim'}),
     ],
     inc={EKR: (1, 'army lorry with conscripts overturned on the Ayagoz-Semey road 45 km north of Ayagoz, two dead')}),

dict(id='p007', date='2024-05-08', lang='en',
     event='2024 Steppe Eagle exercise at the Iliysky range near Konaev (formerly Kapshagay, Almaty Region) with the US, UK, Turkey, Kyrgyzstan and Tajikistan; an armoured carrier overturned on the eve, one soldier dead; steppe fire after a missile test at Sary-Shagan near Priozersk (Karaganda Region); veterans in Almaty and Taraz; exercises in three regions (not incidents)',
     text="""Steppe Eagle drills open as army marks Defender's Day
KONAEV, May 8 (Kazinform) - Soldiers from Kazakhstan and five partner countries began the Steppe Eagle peacekeeping exercise at the Iliysky training range on Wednesday, a day after an accident on the same range cast a shadow over the preparations.

About 1,800 troops from Kazakhstan, the United States, the United Kingdom, Turkey, Kyrgyzstan and Tajikistan are rehearsing a convoy escort and the evacuation of civilians from a mock village. The range lies in the steppe north of Konaev, the town on the Kapshagay reservoir that was called Kapshagay until 2022.

On Tuesday an armoured personnel carrier of the Kazakh peacekeeping brigade overturned on a range road while driving to the start line. One contract soldier, Sergeant Nurbol Yesenov, 27, was killed and two were hurt. The Defence Ministry said the exercise would go ahead and that the driver had been suspended.

Far to the north-west, a steppe fire burned for two days at the Sary-Shagan test site after a missile interceptor test on Monday. The fire came within 6 km of Priozersk, the garrison town on Lake Balkhash, before firefighters from Balkhash stopped it. No buildings were damaged, the Karaganda region emergencies department said.

Defender of the Fatherland Day was marked across the country on Tuesday. Veterans laid flowers at the Eternal Flame in the Park of 28 Panfilov Guardsmen in Almaty, and in Taraz a monument to the soldiers of the Afghan war was unveiled.

This spring, tactical exercises have already been held in three regions, according to the ministry, and the largest drills of the year, at the Otar range, are planned for September.""",
     ann=[
        ('KONAEV', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Iliysky training range', 0, 'facility', 'Iliysky training range', ALR, {'subkind': 'military range', 'note': 'near Konaev'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('United States', 0, 'foreign', 'United States', N, {'note': 'NI:exercise partner'}),
        ('United Kingdom', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:exercise partner'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:exercise partner'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:exercise partner'}),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N, {'note': 'NI:exercise partner'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point'}),
        ('Kapshagay reservoir', 0, 'facility', 'Kapshagay reservoir', ALR, {'subkind': 'reservoir', 'note': 'NI:reservoir on the Ili'}),
        ('Kapshagay', 1, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev (renamed 2022)'}),
        ('Sary-Shagan test site', 0, 'facility', 'Sary-Shagan test site', KR, {'subkind': 'military range', 'note': 'the site spans Karaganda and Jambyl regions; the fire is placed near Priozersk, Karaganda Region'}),
        ('Priozersk', 0, 'city', 'Priozersk', KR, {'note': 'NI:reference point (6 km)'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'NI:origin of firefighters'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Park of 28 Panfilov Guardsmen', 0, 'facility', 'Park of 28 Panfilov Guardsmen (Almaty)', 'Almaty', {'subkind': 'park', 'note': 'NI:commemoration; named after a person'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:commemoration'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:monument unveiled'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'exercises, not incidents'}),
        ('Otar range', 0, 'facility', 'Otar training range', JR, {'subkind': 'military range', 'note': 'NI:planned drills'}),
     ],
     inc={ALR: (1, 'armoured personnel carrier overturned on a road of the Iliysky range near Konaev, one soldier killed'),
          KR: (1, 'two-day steppe fire at the Sary-Shagan test site near Priozersk after a missile test')}),

dict(id='p008', date='2026-02-10', lang='en',
     event='2026 military court in Kokshetau sentences a sergeant for the 2025 beating of a conscript who died at a unit in Shchuchinsk (Burabay district, Akmola Region); the victim from Kostanay; Defence Ministry in Astana',
     text="""Sergeant jailed for seven years over conscript's death
KOKSHETAU, Feb 10 (Orda.kz) - The military court of the Kokshetau garrison on Tuesday sentenced a contract sergeant to seven years in prison for beating a conscript who later died, in a case that drew protests from soldiers' families across the country.
The court found that Sergeant Daulet Kaliyev, 24, struck Private Arman Seitov repeatedly in the stomach during a night inspection at a unit in Shchuchinsk, Burabay district, in September 2025. Seitov, 18, from Kostanay, complained of pain for two days before he was taken to the garrison medical post; he died of internal bleeding on the way to hospital.
Two officers who failed to report the beating were fined. Seitov's father, Bolat Seitov, said the sentence was too mild. "They took a healthy boy and sent us back a coffin," he said outside the court.
The Defence Ministry in Astana said it had introduced video cameras in barracks and an anonymous hotline for conscripts after the case.""",
     ann=[
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:inside the name of a court (garrison military court)'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR),
        ('Burabay district', 0, 'district', 'Burabay District', AKR),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of the victim'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={AKR: (1, 'conscript beaten by a sergeant at a unit in Shchuchinsk in September 2025, died; the trial itself is not counted')}),
]
