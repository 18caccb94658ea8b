"""English texts of the eighty-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2021-08-23', lang='en',
     event='2021 Premier League round: a flare sets a spectator alight at the Astana Arena in Nur-Sultan during Astana v Kairat (Astana), and a pitch invasion with a fight after Zhetysu v Tobol at the Samat Suyumbayev Stadium in Taldykorgan (Almaty Region before the 2022 split); quiet matches in Shymkent, Atyrau; a postponed game in Petropavl; clubs named after towns are not places; fights in two other, unnamed cities (unattributed)',
     text="""Flare burns in Nur-Sultan, pitch invasion in Taldykorgan as league resumes
NUR-SULTAN, August 23 (Sports.kz)

Seven Premier League matches in five cities over the weekend produced plenty of goals and, for the league's disciplinary committee, two new cases.

At the Astana Arena in Nur-Sultan, Astana beat Kairat 2-1 in a game that was halted twice. In the 70th minute a flare thrown from the away end landed in a neighbouring sector and set a spectator's jacket alight. Two men were treated for burns and one of them was taken to the city's trauma hospital. Police estimated that about 3,000 Kairat supporters had come from Almaty by train and car. "We condemn pyrotechnics, whoever throws them," Kairat said in a statement on Sunday.

In Taldykorgan, Zhetysu and Tobol drew 0-0 at the Samat Suyumbayev Stadium. After the final whistle some 40 home fans ran onto the pitch, chased the referee towards the tunnel and fought with stewards. The Almaty region police department said six people had been detained and a steward had suffered a broken nose. The Tobol team bus left for Kostanay under police escort.

Elsewhere the round passed quietly. Ordabasy beat Kaisar 3-0 in Shymkent in front of 11,000 people, and Aktobe won 1-0 against Atyrau in Atyrau. Kyzylzhar's home game with Shakhter in Petropavl was postponed after a night of heavy rain left the pitch under water; it will be replayed on September 1.

The league has fined clubs 18 times this season for the behaviour of their fans. The next round sends Shakhter home to Karaganda to face Irtysh, while Astana travel to Kyzylorda. The league added that police had reported fights between fans in two other cities over the weekend, which it did not name.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-2022'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('five cities', 0, 'quantified', '5 cities', N, {'count': 5, 'unit': 'city', 'note': 'match venues, not incidents'}),
        ('Astana Arena', 0, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana'),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:origin of the away fans; Kairat is the club"}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08'}),
        ('Samat Suyumbayev Stadium', 0, 'facility', 'Samat Suyumbayev Stadium', ALR, {'subkind': 'stadium'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority; Taldykorgan belonged to Almaty Region in 2021'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination of the team bus; Tobol is the club'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:quiet match; Ordabasy is the club'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': "NI:quiet match; the first 'Atyrau' is the club"}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:match postponed because of rain'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:venue of a future match'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:venue of a future match'}),
        ('two other cities', 0, 'quantified', '2 other cities', N, {'count': 2, 'unit': 'city', 'note': 'fights between fans in two unnamed cities'}),
     ],
     inc={'Astana': (1, 'flare thrown from the away end set a spectator alight at the Astana Arena, two men burnt'),
          ALR: (1, 'pitch invasion and fight with stewards after Zhetysu v Tobol in Taldykorgan, six detained, a steward hurt')},
     unatt=[{'label': 'two other cities', 'count': 2, 'note': 'fights between fans reported by police in two other, unnamed cities'}]),

dict(id='p002', date='1995-10-02', lang='en',
     event='1995 fans of Yelimai and Kairat fight around the Spartak stadium in Semipalatinsk after the title decider, 17 detained (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land); away fans from Alma-Ata; next match in Ust-Kamenogorsk',
     text="""Yelimai and Kairat fans clash after title decider
SEMIPALATINSK, October 2 (Panorama)

Supporters of Yelimai and Kairat fought in the streets around the Spartak stadium in Semipalatinsk on Sunday evening, after the home side's 2-0 win made it champion of Kazakhstan for the first time. The police department of Semipalatinsk region said 17 people had been detained and four taken to hospital with head wounds.

About 300 Kairat fans had come from Alma-Ata on a chartered train. Witnesses said the fighting started when a group of them tried to reach the home stand through the park next to the ground. "They threw bottles, we threw them back," a local student said.

The Kairat team left the same night for Ust-Kamenogorsk, where it plays Vostok on Wednesday. Yelimai is the first club from outside Alma-Ata to win the league since independence. The regional akim, who watched the match from the main stand, promised the players flats in the town centre.""",
     ann=[
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline; Soviet-era name of Semey; East Kazakhstan Region land before 2022'}),
        ('Spartak stadium', 0, 'facility', 'Spartak Stadium (Semey)', EKR, {'subkind': 'stadium'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'town of the abolished Semipalatinsk Region'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region was abolished in 1997 and merged into East Kazakhstan Region, labelled with the unit holding its land'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the away fans'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:venue of the next match'}),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:home of earlier champions'}),
     ],
     inc={EKR: (1, 'fight between Yelimai and Kairat fans around the Spartak stadium in Semipalatinsk, 17 detained, four hurt')}),

dict(id='p003', date='2022-09-05', lang='en',
     event='2022 sport weekend in the three regions created in June: a barrier gives way at the Zhetysu v Yelimai match in Taldykorgan, nine hurt (Jetisu Region), and a runner dies at the first Zhezkazgan half-marathon (Ulytau Region); Semey and Abai Avenue (Abai Region); Oskemen; Konaev as the seat of Almaty Region; Nur-Sultan before the renaming',
     text="""New regions, old problems: a weekend of sport in Taldykorgan, Zhezkazgan and Semey
NUR-SULTAN, September 5 (Kazinform)

The first sporting weekend of the autumn in the three regions created in June was marked by a collapsed barrier in Taldykorgan and a death at a half-marathon in Zhezkazgan.

In Taldykorgan, now the capital of Jetisu region, Zhetysu hosted Yelimai, the club from Semey, in a First League match that decided second place. Shortly before kick-off a metal barrier at the entrance to the east stand gave way as the crowd pushed forward, and nine people, two of them children, were hurt. The regional health department said all nine had been treated at the city hospital and sent home. The match started 40 minutes late; Zhetysu won 2-1.

In Zhezkazgan, the administrative centre of Ulytau region, about 1,200 runners took part in the city's first half-marathon on Sunday. A 54-year-old participant from Satpayev collapsed four kilometres from the finish and died in the ambulance. The akimat of Ulytau region has ordered an inquiry into the medical cover of the race.

Yelimai's supporters went back to Semey without incident. The Abai region sports department said the club's ground on Abai Avenue would be closed for repairs until October, so its next two home matches will be played in Oskemen, the centre of East Kazakhstan region.

In Konaev, which has taken over from Taldykorgan as the seat of the Almaty region administration, the regional boxing championship went ahead with fighters from eight districts. The regional akim, Nurlan Beisenov, presented the medals.

The national team, meanwhile, trained in Almaty ahead of a Nations League home match against Belarus in Nur-Sultan later this month.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08; no incident there'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; before the renaming of 2022-09-17'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the regions created on 2022-06-08, all named in the text'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': "NI:the visiting club's home town"}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': "NI:the runner's home town"}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:fans returned without incident'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'NI:named after the poet; not Abai Region'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:venue of future matches'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:reference'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:championship without incident; new seat of Almaty Region'}),
        ('Taldykorgan', 3, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of the Almaty region administration'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('eight districts', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'origin of boxers, not incidents'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:training'}),
        ('Belarus', 0, 'foreign', 'Belarus', N, {'note': 'national team of the country'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a future match'}),
     ],
     inc={JTR: (1, 'barrier gave way at the entrance to the east stand before Zhetysu v Yelimai in Taldykorgan, nine hurt'),
          UR: (1, 'deadly mishap: a runner collapsed and died at the Zhezkazgan half-marathon (doubtful: a medical death during a race)')}),

dict(id='p004', date='2008-04-21', lang='en',
     event='2008 railing collapse in the north stand of the Kazhymukan Munaitpasov Stadium in Shymkent during Ordabasy v Aktobe, seven hurt (South Kazakhstan Region before the 2018 split); fans from Ordabasy district and from Aktobe; the club Ordabasy vs the district',
     text="""Seven hurt as railing gives way at Shymkent stadium
SHYMKENT, April 21 (KazTAG)

Seven spectators were injured on Sunday when a section of railing collapsed in the north stand of the Kazhymukan Munaitpasov Stadium during Ordabasy's 1-1 draw with Aktobe. The fans fell about two metres onto the running track; three were admitted to the city's emergency hospital with fractures, the South Kazakhstan regional health department said.

Most of the injured had come on a bus organised by the akimat of Ordabasy district, whose villages send hundreds of supporters to every home game of the club that shares their district's name. Two Aktobe fans who had travelled from Aktobe by train were also hurt.

The stadium, built in 1939, is due to be rebuilt before 2010. The regional prosecutor's office has opened a negligence case. Ordabasy's next home game, against Tobol on May 4, will be played with the north stand closed, the club said.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Kazhymukan Munaitpasov Stadium', 0, 'facility', 'Kazhymukan Munaitpasov Stadium', SKR, {'subkind': 'stadium'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority (regional health department)'}),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', SKR, {'note': 'NI:origin of the injured fans; the club Ordabasy is not the district'}),
        ('Aktobe', 2, 'city', 'Aktobe', AR, {'note': 'NI:origin of two injured away fans; the other Aktobe are the club'}),
     ],
     inc={SKR: (1, 'railing collapse in the north stand of the Kazhymukan Munaitpasov Stadium in Shymkent, seven hurt')}),

dict(id='p005', date='1998-04-20', lang='en',
     event='1998 fight between Tselinnik and Irtysh fans outside the railway station of Akmola, the new capital (Astana), and a wooden stand collapse at the Torpedo stadium in Kokshetau, 11 hurt (North Kazakhstan Region after the 1997 merger, before Kokshetau passed to Akmola Region in 1999); former Kokchetav Region; Irtysh the club vs the river',
     text="""Capital gets its first football brawl; stand collapses in Kokshetau
AKMOLA, April 20 (Reuters)

Football violence reached Kazakhstan's new capital on Sunday, when supporters of the local club Tselinnik and of Irtysh, the champions from Pavlodar, fought on the square in front of Akmola railway station two hours after the final whistle. Police detained eight men, and a taxi driver whose car was hit by stones was treated for cuts.

About 500 Irtysh fans had arrived on an overnight train from Pavlodar, which lies on the Irtysh some 450 kilometres to the north-east. The Akmola city police department said most of those detained were from Pavlodar and would be fined. The match itself, a goalless draw, passed off peacefully.

On the same afternoon in Kokshetau, which became part of North Kazakhstan region after last year's merger of regions, a wooden stand at the Torpedo stadium partly collapsed during Okzhetpes' match against Kairat. Eleven spectators were hurt, one of them seriously. Officials in Petropavlovsk, the centre of the enlarged region, said the stand had been declared unsafe in 1996 but never pulled down. The administration of the former Kokchetav region had promised a new stadium before it was dissolved.

The president of the football league said in Almaty that both incidents would be discussed at a meeting in Akmola, where the league plans to move its office once the ministries have settled in. "The capital deserves a team and a stadium worthy of it," he said.

Kairat flew back to Almaty on Monday. Irtysh, who lead the table, play Vostok in Ust-Kamenogorsk next weekend, and the police there have promised to meet their supporters at the station.""",
     ann=[
        ('Kokshetau', 0, 'city', 'Kokshetau', NKR, {'note': 'headline; part of North Kazakhstan Region from 1997 to 1999, as the text says'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital, named Akmola until May 1998; not Akmola Region'}),
        ("Kazakhstan's", 0, 'country', 'Kazakhstan', N),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': "NI:the visiting club's home town"}),
        ('Akmola railway station', 0, 'facility', 'Akmola railway station', 'Astana', {'subkind': 'railway station', 'note': 'station of the capital'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the away fans'}),
        ('Irtysh', 2, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'the river; the other Irtysh are the club'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority (city police department)'}),
        ('Pavlodar', 2, 'city', 'Pavlodar', PR, {'note': 'NI:residence of the detained'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', NKR, {'note': 'part of North Kazakhstan Region from 1997 to 1999, as the text says'}),
        ('North Kazakhstan region', 0, 'region', NKR, NKR),
        ('Torpedo stadium', 0, 'facility', 'Torpedo Stadium (Kokshetau)', NKR, {'subkind': 'stadium'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the regional officials; Russian name'}),
        ('Kokchetav region', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:the abolished Kokchetav Region (merged into North Kazakhstan Region in 1997), labelled with the unit holding its land on the article date'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the league president spoke'}),
        ('Akmola', 2, 'city', 'Astana', 'Astana', {'note': 'NI:planned meeting'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:venue of a future match'}),
     ],
     inc={'Astana': (1, 'fight between Tselinnik and Irtysh fans in front of the Akmola railway station, eight detained'),
          NKR: (1, 'wooden stand partly collapsed at the Torpedo stadium in Kokshetau, 11 hurt')}),

dict(id='p006', date='2014-07-15', lang='en',
     event='2014 Kaisar team bus overturns on the Kyzylorda-Aktobe highway 20 km north of Aralsk, six hurt (Kyzylorda Region); the away match in Aktobe postponed; the club Aktobe vs the city',
     text="""Kaisar team bus overturns near Aralsk, six hurt
KYZYLORDA, July 15 (Tengrinews)

The bus carrying Kaisar's players to their away game against Aktobe overturned on the Kyzylorda-Aktobe highway early on Tuesday, 20 kilometres north of Aralsk. Five players and the team's masseur were taken to the Aral district hospital; two players with fractures were later flown to Kyzylorda.

The Kyzylorda region police said the driver, who had been at the wheel since midnight, appeared to have fallen asleep. The club asked the league to postpone Wednesday's match in Aktobe, and the request was granted on Tuesday afternoon.

"We have played in Aktobe a hundred times and we know that road, but driving at night was a mistake," Kaisar's director told reporters. The club, which flew to its previous away match in Almaty, said it would travel by train for the rest of the season.""",
     ann=[
        ('Aralsk', 0, 'city', 'Aral', KZR, {'note': 'headline; NI:reference point ("near Aralsk"); Russian name of Aral'}),
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:route endpoint'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': "NI:route endpoint; the first 'Aktobe' is the club"}),
        ('Aralsk', 1, 'city', 'Aral', KZR, {'note': 'NI:reference point (20 km north of it)'}),
        ('Aral district', 0, 'district', 'Aral District', KZR, {'note': 'NI:hospital of the district where the bus overturned'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:hospital town'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Aktobe', 2, 'city', 'Aktobe', AR, {'note': 'NI:venue of the postponed match'}),
        ('Aktobe', 3, 'city', 'Aktobe', AR, {'note': 'NI:venue of earlier matches'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:venue of an earlier match'}),
     ],
     inc={KZR: (1, 'team bus overturned on the Kyzylorda-Aktobe highway 20 km north of Aralsk, six hurt')}),

dict(id='p007', date='2025-05-12', lang='en',
     event='2025 Okzhetpes fans invade the pitch and attack the home goalkeeper at the Karasai Stadium in Petropavl, match abandoned, 12 detained (North Kazakhstan Region); fans from Kokshetau and Burabay district (Akmola Region); a home fan from Kyzylzhar district; Kyzylzhar the club vs the district',
     text="""Okzhetpes fans invade pitch in Petropavl, match abandoned
PETROPAVL, May 12 (Vlast.kz)

The Premier League match between Kyzylzhar and Okzhetpes at the Karasai Stadium in Petropavl was abandoned in the 83rd minute on Sunday after about 60 away fans climbed the fence, ran onto the pitch and attacked the home goalkeeper. The North Kazakhstan police department said 12 people had been detained and two stewards had been hurt.

Most of the visiting fans had come from Kokshetau in three buses; some of them live in Burabay district. A home supporter from Kyzylzhar district, who had brought his two sons to the game, said the away section had been throwing bottles since the first half. "The children were crying. I will not bring them again," he said.

Kyzylzhar were leading 2-0 when the game was stopped. The league will rule on the result on Thursday. Okzhetpes, bottom of the table, have been ordered to play their next home game in Kokshetau behind closed doors.""",
     ann=[
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Karasai Stadium', 0, 'facility', 'Karasai Stadium', NKR, {'subkind': 'stadium'}),
        ('Petropavl', 1, 'city', 'Petropavl', NKR),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of the away fans'}),
        ('Burabay district', 0, 'district', 'Burabay District', AKR, {'note': 'NI:residence of some away fans'}),
        ('Kyzylzhar district', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:residence of a home fan; the club Kyzylzhar is not the district'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:venue of a future match'}),
     ],
     inc={NKR: (1, 'pitch invasion by away fans and attack on the goalkeeper at the Karasai Stadium in Petropavl, 12 detained, two stewards hurt')}),

dict(id='p008', date='2003-09-29', lang='en',
     event='2003 brawl between Shakhter and Irtysh fans outside the Shakhter Stadium in Karaganda, 23 detained (Karaganda Region); away fans from Pavlodar and Ekibastuz on the Pavlodar-Karaganda road; Irtysh the club vs the river; Shakhter the club vs the stadium',
     text="""Irtysh and Shakhter fans brawl in Karaganda
KARAGANDA, September 29 (Panorama)

Fans of Shakhter and Irtysh fought with sticks and bottles on Saturday evening outside the Shakhter Stadium in Karaganda, after a 2-2 draw that left both clubs behind Kairat in the title race. The Karaganda region police said 23 people had been detained and a police officer had been taken to hospital with a head injury.

About 400 Irtysh supporters had come from Pavlodar and Ekibastuz in a convoy of buses along the Pavlodar-Karaganda road. Police escorted the convoy back as far as the regional border. "We were attacked as soon as we left the stadium," one of the visitors said.

Irtysh, whose ground stands on the bank of the Irtysh in the centre of Pavlodar, have complained to the league about the lack of stewards. Shakhter's next match is in Almaty against Kairat.""",
     ann=[
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'headline'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Shakhter Stadium', 0, 'facility', 'Shakhter Stadium', KR, {'subkind': 'stadium', 'note': 'named after the club'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the away fans'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the away fans'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Karaganda', 3, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Irtysh', 4, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'the river; the other Irtysh are the club'}),
        ('Pavlodar', 2, 'city', 'Pavlodar', PR, {'note': "NI:the club's home ground"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:venue of the next match'}),
     ],
     inc={KR: (1, 'brawl between Shakhter and Irtysh fans outside the Shakhter Stadium in Karaganda, 23 detained, a police officer hurt')}),
]
