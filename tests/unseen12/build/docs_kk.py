"""Kazakh texts of the twelfth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
ABR, AKR, AR, ALR, ATR, EKR = 'Abai Region', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region', 'East Kazakhstan Region'
JR, JTR, KR, KOR, KYR, MR = 'Jambyl Region', 'Jetisu Region', 'Karaganda Region', 'Kostanay Region', 'Kyzylorda Region', 'Mangystau Region'
NKR, PR, SKR, TR, UR, WKR = 'North Kazakhstan Region', 'Pavlodar Region', 'South Kazakhstan Region', 'Turkistan Region', 'Ulytau Region', 'West Kazakhstan Region'
ALA, AST, SHY = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p017', date='2019-06-10', lang='kk',
     event='2019 presidential election day: unsanctioned rallies and detentions in Nur-Sultan, Almaty (Astana Square, Abai Avenue) and Shymkent; small gatherings "бірнеше қалада"',
     text="""Нұр-Сұлтан мен Алматыда рұқсатсыз митингілер өтті, жүздеген адам ұсталды
НҰР-СҰЛТАН. 10 маусым. ҚазАқпарат – Президент сайлауы өткен 9 маусым күні елордада және Алматыда рұқсат етілмеген наразылық акциялары болды. Ішкі істер министрлігінің мәліметінше, Нұр-Сұлтан, Алматы және Шымкент қалаларында барлығы 500-ге жуық адам ұсталды.
Алматыда жүзге жуық адам Астана алаңына жиналып, кейін Абай даңғылын бір сағатқа жуық бөгеп тастады. Елордада жастар Бәйтерек монументі маңында ұран көтерді, полиция оларды автобустарға отырғызып әкетті.
Шымкенттегі Әл-Фараби алаңында 30-ға жуық адам жиналды. Тағы бірнеше қалада шағын топтар жиналғанымен, олар тез тарап кетті. Ұсталғандардың көбі бірнеше сағаттан кейін босатылды, ал 40-қа жуық адамға әкімшілік қамаққа алу жазасы тағайындалды.
Министр орынбасары Ерлан Жайықов наразылық акцияларына шетелден қаржы бөлінгенін айтты. ЕҚЫҰ бақылаушылары сайлау қорытындысы бойынша мәлімдемесін Варшавада жариялайды. Сайлауда Қасым-Жомарт Тоқаев 70 пайыздан астам дауыс жинады.""",
     ann=[
        ('Нұр-Сұлтан', 0, 'city', 'Astana', AST, {'note': 'list item of "Нұр-Сұлтан мен Алматыда"; Nur-Sultan 2019-03-23 to 2022-09-17'}),
        ('Алматыда', 0, 'city', 'Almaty', ALA),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Алматыда', 1, 'city', 'Almaty', ALA),
        ('Нұр-Сұлтан', 1, 'city', 'Astana', AST, {'note': 'list item of "Нұр-Сұлтан, Алматы және Шымкент қалаларында"'}),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'list item'}),
        ('Шымкент', 0, 'city', 'Shymkent', SHY, {'note': 'list item; a city of republican significance since 2018-06-19'}),
        ('Алматыда', 2, 'city', 'Almaty', ALA),
        ('Астана алаңына', 0, 'facility', 'Astana Square (Almaty)', ALA, {'subkind': 'square', 'note': 'a square of Almaty named after the capital'}),
        ('Абай даңғылын', 0, 'facility', 'Abai Avenue (Almaty)', ALA, {'subkind': 'street', 'note': 'named after the poet'}),
        ('Бәйтерек монументі', 0, 'facility', 'Baiterek monument (Astana)', AST, {'subkind': 'monument'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SHY),
        ('Әл-Фараби алаңында', 0, 'facility', 'Al-Farabi Square (Shymkent)', SHY, {'subkind': 'square', 'note': 'named after a person'}),
        ('бірнеше қалада', 0, 'quantified', 'several cities', N, {'count': None, 'unit': 'city'}),
        ('Варшавада', 0, 'foreign', 'Warsaw', N, {'note': 'NI:where a statement is published'}),
     ],
     inc={AST: (1, 'rally near the Baiterek monument with detentions'), ALA: (1, 'rally on Astana Square and blocking of Abai Avenue, one event'), SHY: (1, 'gathering on Al-Farabi Square with detentions')},
     unatt=[{'label': 'бірнеше қалада', 'count': None, 'note': 'small gatherings in several unnamed cities'}]),
dict(id='p018', date='2023-09-14', lang='kk',
     event='2023 murder of a neighbour in the 4th microdistrict of Konaev (the former Kapchagay, Almaty Region); suspect detained in Almaty',
     text="""Қонаевта ер адам көршісін пышақтап өлтірді
ҚОНАЕВ. 14 қыркүйек. ҚазАқпарат – Алматы облысының полиция департаменті Қонаев қаласында болған кісі өлтіру оқиғасы бойынша күдіктіні ұстағанын хабарлады.
Ведомство мәліметінше, 12 қыркүйек күні кешке қаланың 4-шағынауданындағы көпқабатты үйдің ауласында 45 жастағы ер адам көршісімен жанжалдасып, оны пышақпен жарақаттаған. Зардап шеккен 38 жастағы тұрғын ауруханада көз жұмды.
Күдікті оқиға орнынан қашып кеткен. Оны келесі күні таңертең полицейлер Алматыдағы туысының пәтерінен тауып, ұстады. Ол бұрын да бұзақылық үшін сотталған екен. Сотқа дейінгі тергеп-тексеру басталды. Марқұмның туыстары қала әкімдігіне хат жазып, аулаларға бейнебақылау камераларын орнатуды сұрады.
Полиция өкілі Айдос Іленов 2022 жылға дейін Қапшағай деп аталған қалада биыл бұл үшінші кісі өлтіру екенін айтты. Соңғы жылдары қала халқы тез өсіп, Алматыдан көшіп келгендер көбейген.""",
     ann=[
        ('Қонаевта', 0, 'city', 'Konaev', ALR),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority; the region, not the city'}),
        ('Қонаев', 0, 'city', 'Konaev', ALR),
        ('4-шағынауданындағы', 0, 'district', '4th microdistrict (Konaev)', ALR, {'subkind': 'microdistrict'}),
        ('Алматыдағы', 0, 'city', 'Almaty', ALA, {'note': 'NI:place of arrest'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Алматыдан', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of new residents'}),
     ],
     inc={ALR: (1, 'murder in a courtyard of the 4th microdistrict of Konaev; "the third murder this year" is a statistic and is not counted')}),
dict(id='p019', date='2013-03-19', lang='kk',
     event="2013 bus drivers' strike and blockade of a crossroads in Oral, with a background drivers' strike in Aksai (West Kazakhstan Region)",
     text="""Оралда автобус жүргізушілері ереуілге шықты
ОРАЛ. 19 наурыз. ҚазАқпарат – Орал қаласындағы автобус паркінің 120-дан астам жүргізушісі дүйсенбі күні таңертең жұмысқа шықпай, жалақыны көтеруді талап етті. Олардың бір бөлігі Абай даңғылы мен Сырым Датұлы көшесінің қиылысын екі сағат бойы бөгеп тастады. Полиция алты адамды ұстады.
Жүргізушілердің айтуынша, отынның бағасы бір жылда 40 пайызға өскен, ал жалақы өзгермеген. «Балаларымызды асырай алмай жүрміз», – деді 20 жылдан бері рөлде отырған жүргізуші Бақыт Жайықбаев. Қала тұрғындары таңертең аялдамаларда ұзақ күтуге мәжбүр болды. Жанармай Ресейдің Самара облысынан әкелінеді.
Батыс Қазақстан облысының әкімдігі тасымалдаушы компаниямен келіссөз жүргізіп жатқанын хабарлады. Кешке қарай қозғалыс қалпына келді.
Өткен аптада осындай ереуіл Бөрлі ауданының орталығы Ақсай қаласында да болған: онда вахталық автобустардың 40 жүргізушісі екі күн жұмыс істемеді.""",
     ann=[
        ('Оралда', 0, 'city', 'Oral', WKR),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Орал', 0, 'city', 'Oral', WKR),
        ('Абай даңғылы', 0, 'facility', 'Abai Avenue (Oral)', WKR, {'subkind': 'street', 'note': 'named after the poet'}),
        ('Сырым Датұлы көшесінің', 0, 'facility', 'Syrym Datuly Street (Oral)', WKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Самара облысынан', 0, 'foreign', 'Samara Oblast', N, {'note': 'NI:origin of fuel'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Бөрлі ауданының', 0, 'district', 'Burlin district', WKR, {'note': 'NI:the district of which Aksai is the centre'}),
        ('Ақсай', 0, 'city', 'Aksai', WKR),
     ],
     inc={WKR: (2, "bus drivers' strike with the blockade of the Abai Avenue and Syrym Datuly Street crossroads in Oral, one event; background two-day drivers' strike in Aksai")}),
dict(id='p020', date='2021-05-18', lang='kk',
     event='2021 weekly police report of Jambyl Region: shooting outside a night club in Taraz, brawl in Sortobe (Kordai district), bus-lorry crash in Merke district; drug, weapon and contraband seizures not counted',
     text="""Жамбыл облыстық полиция департаменті апта қорытындысын шығарды
ТАРАЗ. 18 мамыр. ҚазАқпарат – Жамбыл облыстық полиция департаменті өткен аптада өңірде болған қылмыстар мен оқиғалар туралы мәлімдеді.
Таразда 14 мамыр күні түнде Төле би даңғылындағы түнгі клубтың жанында атыс болды. Белгісіз адам травматикалық тапаншадан оқ атып, екі жігітті жаралады. Күдікті сол түні ұсталды. Бұған дейін де бірнеше рет тексерілген клубтың жұмыс уақытын шектеу туралы ұсыныс қала әкімдігіне жіберілді. Жараланған жігіттердің біреуінің жағдайы ауыр.
Қордай ауданындағы Сортөбе ауылында 15 мамырда жер телімі үшін екі отбасы арасында төбелес болып, төрт адам ауруханаға түсті. Оқиға бойынша бұзақылық туралы іс қозғалды. Төбелеске қатысқан он екі адам анықталды, олардың үшеуі ұсталды. Ауылда полицияның қосымша жасағы кезекшілік етіп тұр. Ауыл тұрғындары жер телімдерін бөлу әділ жүргізілмегенін айтады. Аудан әкімі Серік Қордаев ауылға барып, тұрғындармен кездесті.
16 мамырда Мерке ауданында Алматы – Ташкент тас жолында жолаушылар автобусы жүк көлігімен соқтығысып, екі адам қаза тапты, он бір адам жарақат алды. Автобус Шымкенттен Алматыға бара жатқан. Жараланғандар Мерке ауылындағы ауруханаға және Таразға жеткізілді, олардың арасында Өзбекстанның екі азаматы бар. Облыста бір аптада 46 жол-көлік оқиғасы тіркелген, полиция жүргізушілерді жылдамдықты асырмауға шақырды. Сонымен қатар Тараз тұрғындары алаяқтардан сақ болуға шақырылды: бір аптада 30-ға жуық интернет-алаяқтық фактісі тіркелген.
Полицейлер Шу ауданында жабайы өсетін қарасораны жинап жүрген үш адамды ұстап, 40 келі есірткі тәркіледі. Қаратау қаласында бір тұрғынның гаражынан тіркелмеген екі мылтық табылды.
Қырғызстанмен шекарадағы «Қордай» өткізу бекетінде шекарашылар екі тонна контрабандалық жемісті ұстады.
Департамент бастығының орынбасары Нұрлан Таласбаев облыстың барлық аудандарында рейдтер жалғасатынын айтты. Оның сөзінше, биыл өңірде ауыр қылмыстар саны 12 пайызға азайған.""",
     ann=[
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл', 1, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Таразда', 0, 'city', 'Taraz', JR),
        ('Төле би даңғылындағы', 0, 'facility', 'Tole Bi Avenue (Taraz)', JR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Қордай ауданындағы', 0, 'district', 'Kordai district', JR),
        ('Сортөбе', 0, 'village', 'Sortobe', JR),
        ('Мерке ауданында', 0, 'district', 'Merke district', JR),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SHY, {'note': 'NI:origin of the bus'}),
        ('Алматыға', 0, 'city', 'Almaty', ALA, {'note': 'NI:destination of the bus'}),
        ('Мерке', 1, 'village', 'Merke', JR, {'note': 'NI:hospital village'}),
        ('Таразға', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital town'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:statistics of online fraud'}),
        ('Шу ауданында', 0, 'district', 'Shu district', JR, {'note': 'NI:drug seizure, not counted'}),
        ('Қаратау', 0, 'city', 'Karatau', JR, {'note': 'NI:weapon seizure, not counted'}),
        ('Қырғызстанмен', 0, 'foreign', 'Kyrgyzstan', N),
        ('Қордай', 1, 'facility', 'Kordai checkpoint', JR, {'subkind': 'border crossing', 'note': 'NI:contraband seizure, not counted'}),
        ('барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'police raids, not an incident statement'}),
     ],
     inc={JR: (3, 'shooting outside a night club on Tole Bi Avenue in Taraz; brawl in Sortobe; bus-lorry collision in Merke district; seizures of drugs, weapons and contraband are not counted')}),
dict(id='p021', date='1993-11-24', lang='kk',
     event="1993 teachers' strike in Taldykorgan and a teachers' hunger strike in Ushtobe (Taldy-Kurgan Region, Almaty Region land on the date)",
     text="""Талдықорғанда мұғалімдер ереуілге шықты
ТАЛДЫҚОРҒАН. 24 қараша. ҚазТАГ – Талдықорған облысының мектептерінде жалақы үш айдан бері берілмей келеді. Дүйсенбі күні облыс орталығындағы 14 мектептің мұғалімдері сабақ өткізуден бас тартты.
Үштөбе қаласында 12 мұғалім аштық жариялады. Олар қалалық білім бөлімінің ғимаратында отыр, екеуі ауруханаға жеткізілді. Мұғалімдердің көпшілігі күзден бері жалақысыз, отбасын қосалқы шаруашылықпен асырап отыр. Ата-аналар балаларын мектепке жібермей отыр, ата-аналар комитеттері ереуілшілерді қолдап отыр.
Текелі және Сарқан қалаларындағы мұғалімдер де ереуілге қосылатынын ескертті. Облыс әкімі мұғалімдердің өкілдерімен кездесіп, желтоқсанның басына дейін қарызды өтеуге уәде берді.
Облыстық білім басқармасының бастығы Серік Қаратальский ақша республикалық бюджеттен келмей отырғанын айтты: «Біз Алматыдан қаржы күтіп отырмыз». Оның айтуынша, жаңа теңгеге көшу кезінде банктердегі ақша тоқтап қалған.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': "Taldy-Kurgan Region existed until 1997; the town's land is in Almaty Region in the E1 layout, in Jetisu Region only from 2022-06-08"}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region was a unit until 1997 and is not a canonical unit; its land lies in Almaty Region on the article date'}),
        ('Үштөбе', 0, 'city', 'Ushtobe', ALR),
        ('Текелі', 0, 'city', 'Tekeli', ALR, {'note': 'NI:warning of a strike; list item of "Текелі және Сарқан қалаларындағы"'}),
        ('Сарқан', 0, 'city', 'Sarkand', ALR, {'note': 'NI:warning of a strike; list item'}),
        ('Алматыдан', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of expected funds'}),
     ],
     inc={ALR: (2, "teachers' strike in Taldykorgan schools; teachers' hunger strike in Ushtobe")}),
dict(id='p022', date='2018-05-22', lang='kk',
     event='2018 robbery of an exchange office in Turkistan town and three cars set on fire in Kaitpas microdistrict of Shymkent (South Kazakhstan Region, four weeks before the reform)',
     text="""Түркістанда айырбастау пунктін тонаған күдіктілер ұсталды
ШЫМКЕНТ. 22 мамыр. ҚазАқпарат – Оңтүстік Қазақстан облысының полиция департаменті Түркістан қаласындағы валюта айырбастау пунктін тонаған екі күдіктіні ұстады.
20 мамыр күні кешке бетперде киген екі ер адам Бекзат Саттарханов даңғылындағы айырбастау пунктіне кіріп, кассирді пышақпен қорқытып, 5 млн теңге мен 3 мың долларды алып кеткен. Тоналған пункт қала орталығындағы базардың жанында орналасқан. Күдіктілер келесі күні Кентау қаласында ұсталды. Олардың бірі — Сарыағаш ауданының тұрғыны, екіншісі бұрын да ұрлық үшін сотталған. Ұрланған ақшаның бір бөлігі табылды.
Сол түні Шымкенттегі «Қайтпас» шағынауданында аулада тұрған үш көлік өртенді. Полиция қасақана өртеу фактісі бойынша іс қозғады, зардап шеккендер жоқ.
Полиция өкілі Ерлан Арысбеков тұрғындарды күдікті адамдар туралы 102 нөміріне хабарлауға шақырды.""",
     ann=[
        ('Түркістанда', 0, 'city', 'Turkistan', SKR, {'note': 'South Kazakhstan Region until 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Түркістан', 0, 'city', 'Turkistan', SKR),
        ('Бекзат Саттарханов даңғылындағы', 0, 'facility', 'Bekzat Sattarkhanov Avenue (Turkistan)', SKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:place of arrest'}),
        ('Сарыағаш ауданының', 0, 'district', 'Saryagash district', SKR, {'note': 'NI:residence'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region until 2018-06-19'}),
        ('Қайтпас', 0, 'district', 'Kaitpas (Shymkent)', SKR, {'subkind': 'microdistrict'}),
     ],
     inc={SKR: (2, 'robbery of the exchange office on Bekzat Sattarkhanov Avenue in Turkistan; three cars set on fire in Kaitpas, Shymkent')}),
dict(id='p023', date='2024-04-16', lang='kk',
     event='2024 rally of Yuzhny (Ontustik) mine workers at the akimat in Zhezkazgan (Ulytau Region); akimat post in the Kazakh Latin alphabet',
     text="""Жезқазғанда кеншілер жалақы талап етіп жиналды
ЖЕЗҚАЗҒАН. 16 сәуір. ҚазАқпарат – «Қазақмыс» корпорациясына қарасты Оңтүстік кенішінің 200-ге жуық жұмысшысы дүйсенбі күні Жезқазған қаласындағы әкімдік ғимаратының алдына жиналып, жалақыны 30 пайызға көтеруді талап етті.
Кеншілердің айтуынша, азық-түлік бағасы өскенімен, жалақы екі жыл бойы көтерілмеген. Сәтбаев қаласындағы кеншілер де оларды қолдап, хатқа қол қойды.
Кешке әкімдіктің әлеуметтік желідегі парақшасында мынадай хабарлама жарияланды: «Ulytaý oblysynyń ákimi Jezqazǵan qalasyndaǵy kenshilermen kezdesip, talaptaryn qarady».
Корпорация өкілі жалақы мәселесі мамыр айында шешілетінін айтты. Кеншілер талаптары орындалмаса, мамыр айында ереуілге шығатынын ескертіп, тарап кетті. Жиынға кеншілердің әйелдері де келді.
Ұлытау облысы 2022 жылы Қарағанды облысынан бөлініп шыққан. Мұнда өндірілетін мыс негізінен Қытайға жөнелтіледі. Кенші Ерболат Жездиев: «Біз тек еңбегімізге лайық ақы сұраймыз», – деді.""",
     ann=[
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'Ulytau Region since 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Оңтүстік кенішінің', 0, 'facility', 'Yuzhny mine (Zhezkazgan)', UR, {'subkind': 'mine', 'note': 'Оңтүстік "South" is the mine\'s name, not a region'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR),
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:where supporters signed a letter'}),
        ('Ulytaý oblysynyń', 0, 'region', UR, UR, {'note': 'Kazakh Latin alphabet, 2021 version'}),
        ('Jezqazǵan qalasyndaǵy', 0, 'city', 'Zhezkazgan', UR, {'note': 'Kazakh Latin alphabet, 2021 version'}),
        ('Ұлытау облысы', 0, 'region', UR, UR),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:the unit the region was split from'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
     ],
     inc={UR: (1, 'rally of mine workers at the akimat in Zhezkazgan')}),
dict(id='p024', date='2025-10-07', lang='kk',
     event='2025 weekly crime report for Abai and Jetisu regions: cars set on fire on Abai Street in Semey, murder in Mamyrsu (Ayagoz district), armed robbery of an exchange office in Taldykorgan, fatal crash in Sarkand district; drug seizure in Usharal and smuggling arrest at Khorgos not counted',
     text="""Абай және Жетісу облыстарында бір аптада бірнеше ауыр қылмыс тіркелді
СЕМЕЙ. 7 қазан. ҚазАқпарат – Ішкі істер министрлігі екі облыста өткен аптада болған оқиғалар туралы мәлімет берді.
Семейдегі Абай көшесінде 3 қазанға қараған түні аулада тұрған төрт көлік өртелді. Бейнебақылау камерасы канистр ұстаған адамды түсірген, ол ұсталды. Полицияның айтуынша, өртеуге қарыз дауы себеп болған. Өрт сөндірушілер жалынды жарты сағатта сөндірді, екі көлік толық жанып кетті. Күдіктіге мүлікті қасақана жою бабы бойынша айып тағылды.
Аягөз ауданындағы Мамырсу ауылында 4 қазанда 30 жастағы ер адам ағасын балтамен өлтірді. Күдікті Аягөз қаласында ұсталды. Көршілердің айтуынша, ағайындылар мұраға қалған үй үшін бұрыннан ұрысып жүрген.
Талдықорғанда 5 қазан күні түсте қару ұстаған адам валюта айырбастау пунктін тонап, 8 млн теңге алып кетті. Кассир жарақат алмады. Бейнежазбада тонаушының бетін бүркемелемегені көрінеді. Сол сәтте пункт ішінде болған екі клиент те зардап шекпеді. Күдікті Текеліге қарай қашып бара жатқанда ұсталды. Ол бұрын Ескелді ауданында тұрған.
Сол күні Сарқан ауданында Талдықорған – Өскемен тас жолында жеңіл көлік жүк көлігімен соқтығысып, үш адам қаза тапты. Олар — Өскемен тұрғындары, Алматыдан демалыстан қайтып келе жатқан.
Полицейлер Үшарал қаласында 5 келі синтетикалық есірткі тәркіледі. «Қорғас» шекара өткелінде кеденшілер Қытайдан заңсыз әкелінген 300 телефонды ұстады.
Министрліктің баспасөз хатшысы Айгерім Алакөлова тұрғындарды сақ болуға шақырды. Оның сөзінше, Абай облысында жыл басынан бері қылмыс саны 6 пайызға азайған.
Жетісу облысының полиция департаменті тонаудан кейін қаладағы барлық айырбастау пункттерінің күзетін тексеретінін хабарлады. Ал Абай облысының полициясы ауылдық жерлерде учаскелік инспекторлар санын көбейтуді ұсынды. Министрлік дерегінше, екі облыстағы қылмыстардың жартысына жуығы тұрмыстық жанжалдардан туындайды.""",
     ann=[
        ('Абай', 0, 'region', ABR, ABR, {'note': 'list item of "Абай және Жетісу облыстарында"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'list item'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'the Abai and Jetisu regions, both named'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Абай көшесінде', 0, 'facility', 'Abai Street (Semey)', ABR, {'subkind': 'street', 'note': 'named after the poet'}),
        ('Аягөз ауданындағы', 0, 'district', 'Ayagoz district', ABR),
        ('Мамырсу', 0, 'village', 'Mamyrsu', ABR),
        ('Аягөз', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:place of arrest'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR),
        ('Текеліге', 0, 'city', 'Tekeli', JTR, {'note': 'NI:direction of escape'}),
        ('Ескелді ауданында', 0, 'district', 'Eskeldi district', JTR, {'note': 'NI:residence; Jetisu Region since 2022-06-08'}),
        ('Сарқан ауданында', 0, 'district', 'Sarkand district', JTR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Өскемен', 1, 'city', 'Oskemen', EKR, {'note': 'NI:residence'}),
        ('Алматыдан', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of the trip'}),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:drug seizure, not counted'}),
        ('Қорғас', 0, 'facility', 'Khorgos border crossing', JTR, {'subkind': 'border crossing', 'note': 'NI:smuggling arrest, not counted'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of contraband'}),
        ('Абай облысында', 0, 'region', ABR, ABR, {'note': 'statistics'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('екі облыстағы', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'statistics, not an incident statement'}),
     ],
     inc={ABR: (2, 'four cars set on fire on Abai Street in Semey; murder in Mamyrsu, Ayagoz district'), JTR: (2, 'armed robbery of an exchange office in Taldykorgan; fatal crash on the Taldykorgan-Oskemen road in Sarkand district; seizures not counted')}),
]
