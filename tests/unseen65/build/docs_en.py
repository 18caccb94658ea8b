"""English texts of the sixty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
TS = 'Semipalatinsk Test Site'
TS_NOTE = 'the former nuclear test site spreads over parts of three regions (the Semipalatinsk land, Pavlodar and Karaganda regions); no single ADM1'

DOCS = [
dict(id='p001', date='2016-12-16', lang='en',
     event='2016 thirtieth anniversary of the December 1986 events: six detained at a banner protest at the Independence Monument on Republic Square in Almaty; recalled: the 1986 student protest on Brezhnev Square in Alma-Ata and smaller rallies in Karaganda and Taldy-Kurgan (Almaty Region in 2016); expulsions in Chimkent and Dzhambul; Kunaev Street (not Konaev); memorials in five regions',
     text="""Thirty years on, Almaty remembers December 1986
ALMATY, Dec 16 (Central Asia Newswire) - Several hundred people laid flowers on Friday at the Independence Monument on Republic Square in Almaty, close to where students gathered in December 1986 to protest against Moscow's decision to replace Kazakhstan's long-serving party leader Dinmukhamed Kunayev with Gennady Kolbin, an outsider from Ulyanovsk.

Police detained six people who unfurled a banner near the monument demanding that the names of those who died in 1986 be published, a spokesman for the city police department said. They were released in the evening after paying fines. "We only wanted to read out names," said Aizhan Temirkhanova, 58, who had travelled from Kokshetau for the anniversary.

On the morning of December 17, 1986, students from colleges across Alma-Ata marched to what was then Brezhnev Square, outside the Communist Party headquarters. Troops and volunteer militia dispersed them over two days with batons, sapper shovels and fire hoses; officially two people died, but participants say the toll was higher. Archive papers published this year show that students also rallied in Karaganda on December 19 and that a smaller crowd gathered outside the party committee in Taldy-Kurgan the next day.

"I was 19 and studying at the veterinary institute on Kunaev Street," recalls Bakhyt Omarov, now a school teacher in Taraz. "They came for me at the hostel a week later." Hundreds of young people were expelled from institutes in Alma-Ata, Chimkent and Dzhambul in the following months, according to the Zheltoqsan veterans' society.

The December events are now a memorial date, and monuments to their victims stand in Almaty and Astana. Quieter ceremonies took place on Friday in five regions, the Ministry of Culture said, without reporting any disturbances. The government in Astana has not answered the veterans' request to open the remaining KGB files, some of which are believed to be kept in Moscow.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Independence Monument', 0, 'facility', 'Independence Monument (Almaty)', 'Almaty', {'subkind': 'monument'}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': "NI:Moscow's decision (the Soviet centre)"}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Ulyanovsk', 0, 'foreign', 'Ulyanovsk', N, {'note': "NI:Kolbin's origin"}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of a participant'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet name; place of the recalled 1986 protest'}),
        ('Brezhnev Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'Soviet name of Republic Square'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'recalled student rally of 19 December 1986'}),
        ('Taldy-Kurgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'Soviet spelling; recalled rally of 20 December 1986; Almaty Region on the article date (before 2022-06-08)'}),
        ('Kunaev Street', 0, 'facility', 'Kunaev Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:street named after a person; not the town of Konaev'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:residence'}),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:expulsions, not an incident'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:Soviet name; expulsions; South Kazakhstan Region before 2018-06-19'}),
        ('Dzhambul', 0, 'city', 'Taraz', JR, {'note': 'NI:Soviet name of Taraz; expulsions'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:monument'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:monument'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'ceremonies without disturbances; not incidents'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('Moscow', 1, 'foreign', 'Moscow', N, {'note': 'NI:where files are kept'}),
     ],
     inc={'Almaty': (2, 'today: banner protest at the Independence Monument, six detained; recalled: the December 1986 student protest on Brezhnev Square (two days, framed as one event)'),
          KR: (1, 'recalled: student rally in Karaganda on 19 December 1986'),
          ALR: (1, 'recalled: crowd outside the party committee in Taldy-Kurgan on 20 December 1986; Almaty Region on the article date')}),

dict(id='p002', date='1994-08-29', lang='en',
     event='1994 third anniversary of the closure of the Semipalatinsk test site: memorial meeting in Semipalatinsk (no incident); steppe fire of 2,000 ha on the former test ground about 20 km from Kurchatov (East Kazakhstan land; Semipalatinsk Region abolished 1997); Nevada-Semipalatinsk movement not annotated; "ask Almaty" as metonymy',
     text="""Steppe fire on former test ground as Semipalatinsk marks closure anniversary
SEMIPALATINSK, Aug 29 (Asia Wire) - Several thousand people attended a memorial meeting in Semipalatinsk on Monday, three years after the Semipalatinsk test site was shut by a decree signed in Alma-Ata by Kazakhstan's president on August 29, 1991. Speakers from the Nevada-Semipalatinsk movement urged Moscow to hand over the medical records of villagers exposed to fallout. Between 1949 and 1989 the site hosted 456 nuclear explosions, according to the movement.
On Sunday a steppe fire broke out on the former testing ground about 20 km from Kurchatov and burned some 2,000 hectares before firefighters from Semipalatinsk and Pavlodar put it out, the regional emergencies service said. Nobody was hurt, but residents of Sarzhal, a village in the fallout zone, said smoke hung over their houses all night.
The Semipalatinsk regional administration said it would ask Almaty for money to fence off the most contaminated areas.""",
     ann=[
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; Soviet name of Semey; town of Semipalatinsk Region (merged into East Kazakhstan Region in 1997), labelled with the unit holding its land'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'NI:memorial meeting, not an incident'}),
        ('Semipalatinsk test site', 0, 'facility', TS, N, {'subkind': 'test site', 'uncertain': True, 'note': TS_NOTE}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the 1991 decree was signed'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:addressee of a demand'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'reference point for the steppe fire on the former test ground'}),
        ('Semipalatinsk', 4, 'city', 'Semey', EKR, {'note': 'NI:origin of firefighters'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of firefighters'}),
        ('Sarzhal', 0, 'village', 'Sarzhal', EKR, {'note': 'NI:smoke reached the village'}),
        ('Semipalatinsk', 5, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region (abolished 1997), labelled with the unit that holds its land'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'uncertain': True, 'note': 'NI:metonymy for the government in the capital (1994)'}),
     ],
     inc={EKR: (1, 'steppe fire of about 2,000 ha on the former test ground near Kurchatov; the 456 explosions of 1949-1989 are a statistic, the meeting is a commemoration')}),

dict(id='p003', date='1999-06-10', lang='en',
     event='1999 first anniversary of the presentation of Astana as the capital: parade on the Ishim; recalled names Akmolinsk, Tselinograd and Akmola; scaffolding fire on Pobedy Avenue; Akmola Region administration moved to Kokshetau (Akmola the region vs the city)',
     text="""Astana marks a year as capital with fireworks - and a fire
ASTANA, June 10 (Panorama Wire) - Astana celebrated on Thursday the first anniversary of its presentation as Kazakhstan's capital, with a parade on the left bank of the Ishim and fireworks after dark. The city, founded as the fortress of Akmolinsk in 1830, was called Tselinograd during the Virgin Lands campaign and Akmola after 1992; parliament and the ministries moved here from Almaty in December 1997, and the name Astana was adopted in May 1998.
Late on Wednesday a fire destroyed the wooden scaffolding around an unfinished office block on Pobedy Avenue, the city emergencies department said. Nobody was hurt, and the cause is being investigated.
The festivities come weeks after the Akmola regional administration completed its move to Kokshetau, leaving the new capital outside the region it used to govern. Delegations from the Karaganda and Pavlodar regions and from Omsk in Russia watched the parade.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:celebration'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Ishim', 0, 'facility', 'Ishim River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil, in Astana'}),
        ('Akmolinsk', 0, 'city', 'Astana', 'Astana', {'note': 'NI:historical name of the capital'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the capital'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:name of the capital 1992-1998; the city, not Akmola Region'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Astana', 2, 'city', 'Astana', 'Astana', {'note': 'NI:the name itself'}),
        ('Pobedy Avenue', 0, 'facility', 'Pobedy Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Akmola', 1, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority; the region, not the city'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:new seat of the Akmola regional administration (1999)'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "regions"; origin of a delegation'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:in a list sharing "regions"; origin of a delegation'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of a delegation'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:country of Omsk'}),
     ],
     inc={'Astana': (1, 'fire on the scaffolding of an unfinished office block on Pobedy Avenue; the fireworks are not an incident')}),

dict(id='p004', date='2008-04-12', lang='en',
     event='2008 Cosmonautics Day in Baikonur (Leninsk until 1995), Kyzylorda Region (leased to Russia); recalled: the October 1960 R-16 explosion at the cosmodrome; flat fire in the 6th microdistrict of Baikonur, two hurt; Kzyl-Orda/Kyzylorda as origin of crews',
     text="""Baikonur marks Cosmonautics Day, recalls 1960 disaster
BAIKONUR, April 12 (Asia Wire) - Residents of Baikonur, a town called Leninsk until 1995, laid wreaths on Saturday at the monument to Yuri Gagarin, who lifted off from Gagarin's Start at the Baikonur Cosmodrome on April 12, 1961.
Fewer people remember October 24, 1960, when a prototype R-16 missile exploded on a launch pad of the cosmodrome, killing dozens of soldiers and engineers, among them Marshal Mitrofan Nedelin. A modest obelisk near Tyuratam station honours them.
The holiday began badly: late on Friday a fire in a five-storey block in the town's 6th microdistrict injured two residents, the town administration said. Baikonur and the cosmodrome are leased by Russia from Kazakhstan until 2050 and the town is run by officials appointed in Moscow. Kazakh fire crews from Kzyl-Orda, as older locals still call Kyzylorda, were on standby but were not needed.""",
     ann=[
        ('Baikonur', 0, 'city', 'Baikonur', KZR, {'note': 'headline; leased to Russia, labelled Kyzylorda Region'}),
        ('BAIKONUR', 0, 'city', 'Baikonur', KZR, {'note': 'dateline'}),
        ('Baikonur', 1, 'city', 'Baikonur', KZR, {'note': 'NI:commemoration'}),
        ('Leninsk', 0, 'city', 'Baikonur', KZR, {'note': 'NI:Soviet name of the town (until 1995)'}),
        ("Gagarin's Start", 0, 'facility', "Gagarin's Start (Baikonur Cosmodrome)", KZR, {'subkind': 'launch pad', 'note': 'NI:launch pad named after a person; the 1961 launch is not an incident'}),
        ('Baikonur Cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'leased to Russia'}),
        ('Tyuratam station', 0, 'facility', 'Tyuratam railway station', KZR, {'subkind': 'railway station', 'note': 'NI:site of an obelisk'}),
        ('6th microdistrict', 0, 'district', '6th microdistrict (Baikonur)', KZR, {'subkind': 'microdistrict'}),
        ('Baikonur', 3, 'city', 'Baikonur', KZR, {'note': 'NI:lease'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:where officials are appointed'}),
        ('Kzyl-Orda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:Soviet spelling; origin of fire crews on standby'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:gloss of the old name'}),
     ],
     inc={KZR: (2, 'recalled: R-16 missile explosion on a launch pad of the cosmodrome on 24 October 1960; today: flat fire in the 6th microdistrict of Baikonur, two hurt')}),

dict(id='p005', date='2018-06-20', lang='en',
     event='2018 Shymkent the day after it became a city of republican significance and South Kazakhstan Region became Turkistan Region: market fire in Al-Farabi district (Shymkent); collision on the Shymkent-Tashkent highway near Saryagash on 18 June, counted in Turkistan Region by the article date; recalled: 1997 fire at the lead smelter in Chimkent; Chimkent Region; flood defences at Arys held (no incident)',
     text="""Shymkent wakes up a city of its own
SHYMKENT, June 20 (Steppe Wire) - For the first time since Soviet days, the mayor of Shymkent no longer answers to a regional governor. A presidential decree that took effect on Tuesday made the city of a million people Kazakhstan's third city of republican significance after Almaty and Astana, and renamed the surrounding South Kazakhstan Region as Turkistan Region. Its administration is to move over the next few years to the town of Turkestan, 160 km to the north-west.

Older residents still call the city Chimkent, the name it carried until 1993, and many remember that the region itself was Chimkent Region until 1992. "My passport said Chimkent, my son's says Shymkent, and my grandson will write to a Turkistan regional akimat about our dacha in Sayram district," said pensioner Vladimir Kim, 71.

The change came in a busy week for the emergency services. On Tuesday night a fire destroyed about 60 clothing stalls at the Shapagat market in the city's Al-Farabi district; firefighters needed five hours to put it out, and two of them were treated for smoke inhalation.

On Monday, the last day before the reform, a minibus and a lorry collided on the Shymkent-Tashkent highway near Saryagash, killing three people. Police registered the crash in South Kazakhstan Region; in the statistics it will now belong to Turkistan Region.

The city has had worse days. Many still remember the winter of 1997, when a fire in the smelting shop of the lead plant on the northern edge of Chimkent killed two workers and sent a cloud of smoke over the Samal microdistrict.

Across the new region boundary, the governor's office said flood defences at Arys had held after last week's rains, and that rivers in Tolebi and Kazygurt districts were falling. Traders at the Shapagat market said they hoped the city's new status would bring faster help. "Under Chimkent, under Shymkent, we still have one fire station for the whole district," said one of them.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:administrative change'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:comparison'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:comparison'}),
        ('South Kazakhstan Region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the renamed region, labelled with the unit holding its land on the article date'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:administrative change'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:future seat of the regional administration'}),
        ('Chimkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:Soviet name'}),
        ('Chimkent Region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:Soviet name of South Kazakhstan Region (until 1992), now Turkistan Region; Shymkent itself is separate'}),
        ('Chimkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:quoted passport'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:quoted passport'}),
        ('Turkistan', 1, 'region', TR, TR, {'note': 'NI:inside the name of an authority (regional akimat)'}),
        ('Sayram district', 0, 'district', 'Sayram District', TR, {'note': 'NI:location of a dacha'}),
        ('Shapagat market', 0, 'facility', 'Shapagat market (Shymkent)', 'Shymkent', {'subkind': 'market'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'named after a person'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:highway endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:highway endpoint'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'collision near the town on 18 June; Turkistan Region on the article date'}),
        ('South Kazakhstan Region', 1, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region as it was named when the crash was registered; labelled with the unit holding the land on the article date'}),
        ('Turkistan Region', 1, 'region', TR, TR, {'note': 'NI:statistics'}),
        ('Chimkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'recalled 1997 fire at the lead plant; Soviet name'}),
        ('Samal microdistrict', 0, 'district', 'Samal (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'NI:smoke drifted over it'}),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:flood defences held'}),
        ('Tolebi', 0, 'district', 'Tolebi District', TR, {'note': 'NI:in a list sharing "districts"; rivers falling'}),
        ('Kazygurt', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:in a list sharing "districts"; rivers falling'}),
        ('Shapagat market', 1, 'facility', 'Shapagat market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'NI:traders quoted'}),
        ('Chimkent', 4, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:quote'}),
        ('Shymkent', 4, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:quote'}),
     ],
     inc={'Shymkent': (2, 'today: fire at the Shapagat market in Al-Farabi district; recalled: 1997 fire at the lead plant in Chimkent, two dead'),
          TR: (1, 'collision of a minibus and a lorry near Saryagash on 18 June, three dead; Turkistan Region by the article date')}),

dict(id='p006', date='2022-06-10', lang='en',
     event='2022 two days after the creation of Abai, Jetisu and Ulytau regions: first meetings in Semey, Taldykorgan and Zhezkazgan; the 1997 abolition of the Taldy-Kurgan, Semipalatinsk and Dzhezkazgan regions recalled; Almaty Region administration moving to Konaev; warehouse fire in Taldykorgan (Jetisu Region)',
     text="""Three new regions open, 25 years after Taldy-Kurgan, Semipalatinsk and Dzhezkazgan lost theirs
TALDYKORGAN, June 10 (Steppe Wire) - Two days after the Abai, Jetisu and Ulytau regions came into being, their new governors held their first meetings on Friday in Semey, Taldykorgan and Zhezkazgan. All three towns were regional centres until 1997, when the Taldy-Kurgan, Semipalatinsk and Dzhezkazgan regions were abolished and merged into the Almaty, East Kazakhstan and Karaganda regions. Taldykorgan went on to become the centre of Almaty Region in 2001; that administration is now moving to Konaev. With the reform, Kazakhstan has 17 regions and three cities of republican significance.
The first days of Jetisu Region have not been quiet. On Thursday a fire destroyed a warehouse of building materials on the outskirts of Taldykorgan, the new regional emergencies department said. Nobody was hurt.""",
     ann=[
        ('Taldy-Kurgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Soviet spelling; the town that lost its region'}),
        ('Semipalatinsk', 0, 'city', 'Semey', ABR, {'note': 'headline; Soviet name of Semey'}),
        ('Dzhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Soviet spelling'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:in a list sharing "regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:in a list sharing "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:in a list sharing "regions"'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:meeting'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:meeting'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:meeting'}),
        ('Taldy-Kurgan', 1, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:Taldy-Kurgan Region (abolished 1997), in a list sharing "regions"; labelled with the unit holding its land on the article date'}),
        ('Semipalatinsk', 1, 'region', ABR, ABR, {'uncertain': True, 'note': 'NI:Semipalatinsk Region (abolished 1997), in a list sharing "regions"; labelled with the unit holding its land on the article date'}),
        ('Dzhezkazgan', 1, 'region', UR, UR, {'uncertain': True, 'note': 'NI:Dzhezkazgan Region (abolished 1997), in a list sharing "regions"; labelled with the unit holding its land on the article date'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:in a list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:in a list sharing "regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "regions"'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:administrative change'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of Almaty Region'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('17 regions', 0, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'all regions of the country; not about incidents'}),
        ('three cities', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'the cities of republican significance; not about incidents'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR),
     ],
     inc={JTR: (1, 'warehouse fire on the outskirts of Taldykorgan')}),

dict(id='p007', date='2004-03-15', lang='en',
     event='2004 fiftieth anniversary of the Virgin Lands campaign: veterans meet in Astana; Akmolinsk/Tselinograd recalled; recalled: the August 1959 workers\' riot in Temirtau; today: fatal grain elevator fire in Atbasar (Akmola Region) and a farmers\' road blockade in Kostanay region; Kokchetav as residence; five northern regions',
     text="""Virgin Lands veterans gather as fields count old wounds
ASTANA, March 15 (Panorama Wire) - Fifty years after the first trainloads of Komsomol volunteers stepped off at Akmolinsk station, some 300 veterans of the Virgin Lands campaign met in Astana on Monday. Between 1954 and 1960 more than 25 million hectares of steppe were ploughed in five northern regions of Kazakhstan, and Akmolinsk, renamed Tselinograd in 1961, became the campaign's capital. "We came from Kharkov with one suitcase," said Nina Petrenko, 71, who settled on a state farm near Kokchetav.
Not all memories are bright. In August 1959 young builders rioted in Temirtau over food and tents; troops fired on the crowd and at least 11 people died.
The anniversary fell on a grim weekend: on Sunday a fire at a grain elevator in Atbasar killed a worker, the Akmola regional emergencies department said, and in Kostanay region farmers from Mendykara district blocked a highway for three hours over unpaid grain debts.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Akmolinsk station', 0, 'facility', 'Akmolinsk railway station', 'Astana', {'subkind': 'railway station', 'note': 'NI:Soviet name of the station of the capital'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:veterans meeting'}),
        ('five northern regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'ploughing; not about incidents'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Akmolinsk', 1, 'city', 'Astana', 'Astana', {'note': 'NI:old name of the capital'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the capital'}),
        ('Kharkov', 0, 'foreign', 'Kharkiv', N, {'note': 'NI:origin of a volunteer (Ukraine)'}),
        ('Kokchetav', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:Soviet name; residence'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'recalled riot of August 1959'}),
        ('Atbasar', 0, 'city', 'Atbasar', AKR),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('Mendykara district', 0, 'district', 'Mendykara District', KOR, {'note': 'origin of the protesting farmers; the blocked highway is in Kostanay region'}),
     ],
     inc={KR: (1, "recalled: builders' riot in Temirtau in August 1959"),
          AKR: (1, 'fire at a grain elevator in Atbasar, one dead'),
          KOR: (1, 'farmers from Mendykara district block a highway over grain debts')}),

dict(id='p008', date='2021-08-29', lang='en',
     event='2021 thirtieth anniversary of the closure of the Semipalatinsk test site: ceremony at the Stronger than Death monument in Semey (no incident); recalled: the first Soviet atomic test of 29 August 1949 on the Experimental Field and the February 1989 anti-nuclear rally in Alma-Ata; today: steppe fire near Karaul in Abai district and a balcony collapse on Abai Street in Semey (East Kazakhstan Region before 2022); Nevada-Semipalatinsk not annotated; three regions',
     text="""Thirty years after the last blast, Semey remembers the Polygon
SEMEY, Aug 29 (Steppe Wire) - Hundreds of people gathered at the Stronger than Death monument in Semey on Sunday, 30 years to the day since a decree closed the Semipalatinsk nuclear test site, known locally as the Polygon. Kazakhstan later gave up the nuclear arsenal it inherited from the Soviet Union and has since campaigned for a global test ban.

The first Soviet atomic bomb was detonated on a steel tower at the site's Experimental Field, about 150 km west of Semipalatinsk, on August 29, 1949. Over the following four decades the military carried out 456 tests there, first in the air and later underground, and fallout drifted over villages in what are now three regions: East Kazakhstan, Pavlodar and Karaganda.

In February 1989 the poet Olzhas Suleimenov called people to a rally in Alma-Ata after a series of underground tests; thousands came, and the Nevada-Semipalatinsk movement was born there. Its name joined the Kazakh steppe with the American test range in Nevada, where the movement's activists later marched alongside American campaigners.

Today the town of Kurchatov, once a closed settlement known only by a post-box number, houses the National Nuclear Centre. Its scientists say the tunnels under Degelen mountain still need watching.

The anniversary was overshadowed by local emergencies. On Saturday a steppe fire in Abai district, south of Semey, spread over about 600 hectares near the village of Karaul and destroyed two hay barns before it was contained, the East Kazakhstan emergencies department said. In Semey itself, a man was injured on Saturday evening when a balcony collapsed on an old building on Abai Street, police said.

"My grandmother in Sarzhal counted the tests by the dishes shaking in the cupboard," said Aliya Nurpeisova, 34, who flew in from Almaty for the ceremony. "For us this is not just a date in the calendar." """,
     ann=[
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('Polygon', 0, 'facility', TS, N, {'subkind': 'test site', 'uncertain': True, 'note': 'headline; local name of the test site; ' + TS_NOTE}),
        ('SEMEY', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Stronger than Death monument', 0, 'facility', 'Stronger than Death monument (Semey)', EKR, {'subkind': 'monument', 'note': 'NI:ceremony'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'NI:ceremony'}),
        ('Semipalatinsk nuclear test site', 0, 'facility', TS, N, {'subkind': 'test site', 'uncertain': True, 'note': TS_NOTE}),
        ('Polygon', 1, 'facility', TS, N, {'subkind': 'test site', 'uncertain': True, 'note': 'local name; ' + TS_NOTE}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Soviet Union', 0, 'foreign', 'Soviet Union', N, {'uncertain': True, 'note': 'NI:former state that included Kazakhstan; annotated as foreign like Central Asia'}),
        ('Experimental Field', 0, 'facility', 'Experimental Field (Semipalatinsk Test Site)', EKR, {'subkind': 'test site', 'note': 'recalled first Soviet atomic test of 29 August 1949; the part of the test site near Kurchatov'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'NI:reference point; Soviet name'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'regions reached by fallout, all named'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:in a list of regions reached by fallout'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:in a list of regions reached by fallout'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:in a list of regions reached by fallout'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'recalled anti-nuclear rally of February 1989'}),
        ('Nevada', 1, 'foreign', 'Nevada', N, {'note': 'NI:US state of the American test range; the Nevada in "Nevada-Semipalatinsk" (a movement) is not annotated'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:seat of the nuclear centre'}),
        ('Degelen mountain', 0, 'facility', 'Degelen mountain', N, {'subkind': 'mountain', 'note': 'NI:natural feature on the test site'}),
        ('Abai district', 0, 'district', 'Abai District (East Kazakhstan)', EKR, {'note': 'district of East Kazakhstan Region in 2021 (Abai Region since 2022); not Abai Region'}),
        ('Semey', 2, 'city', 'Semey', EKR, {'note': 'NI:reference point'}),
        ('Karaul', 0, 'village', 'Karaul', EKR),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Semey', 3, 'city', 'Semey', EKR),
        ('Abai Street', 0, 'facility', 'Abai Street (Semey)', EKR, {'subkind': 'street', 'note': 'street named after the poet'}),
        ('Sarzhal', 0, 'village', 'Sarzhal', EKR, {'note': 'NI:residence'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a visitor'}),
     ],
     inc={EKR: (3, 'recalled: first Soviet atomic test on the Experimental Field, 29 August 1949 (doubtful: an explosion narrated explicitly, counted once; the 456 tests are a statistic); today: steppe fire near Karaul, Abai district; balcony collapse on Abai Street in Semey, one hurt'),
          'Almaty': (1, 'recalled: anti-nuclear rally in Alma-Ata, February 1989')}),
]
