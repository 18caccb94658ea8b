"""Kazakh texts of the fifty-sixth unseen check corpus (Cyrillic; p022 quotes a parent's post in
Russian)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1994-05-12', lang='kk',
     event='1994 ammonia leak at a chemical plant in the city of Zhambyl (Dzhambul, renamed Taraz in 1997), 23 poisoned (Jambyl Region); the city Жамбыл vs Жамбыл облысы; workers from Merke district; the Talas river',
     text="""Жамбыл қаласындағы химия зауытында аммиак шығып, 23 адам уланды
ЖАМБЫЛ, 12 мамыр. Жамбыл қаласының шығысындағы өнеркәсіп аймағында орналасқан химия зауытында сейсенбі күні таңертең тоңазытқыш қондырғының құбыры жарылып, ауаға аммиак тарады. 23 адам уланып, олардың тоғызы қалалық ауруханаға жатқызылды, деп хабарлады облыстық төтенше жағдайлар басқармасы.
Зауыт маңындағы екі көшенің тұрғындары бірнеше сағатқа үйлерінен шығарылды. Апат кезінде жел Талас өзені жағына соққандықтан, газ қаланың орталығына жетпеді.
Жамбыл облысының бас санитар дәрігері Ерлан Сейітов зауыттың жабдығы 1960-жылдардан бері ауыстырылмағанын айтты. «Жабдықты жаңартуға қаражат жоқ, бірақ адамдардың өмірі одан қымбат», – деді ол. Зардап шеккендердің екеуі жұмысқа күн сайын Мерке ауданынан қатынайды. Қала прокуратурасы қауіпсіздік ережелерінің бұзылуы бойынша тексеру бастады.""",
     ann=[
        ('Жамбыл қаласындағы', 0, 'city', 'Taraz', JR, {'note': 'headline; the city named Zhambyl (Dzhambul) until 1997, now Taraz; not the region'}),
        ('ЖАМБЫЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; the city, renamed Taraz in 1997'}),
        ('Жамбыл қаласының', 0, 'city', 'Taraz', JR),
        ('Талас өзені', 0, 'facility', 'Talas River', N, {'subkind': 'river'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'inside an official post; the region, not the city'}),
        ('Мерке ауданынан', 0, 'district', 'Merke District', JR, {'note': "NI:workers' residence"}),
     ],
     inc={JR: (1, 'ammonia leak at a chemical plant in the city of Zhambyl (now Taraz), 23 poisoned (industrial accident)')}),

dict(id='p018', date='2021-08-18', lang='kk',
     event='2021 round-up: 32 children poisoned at a camp in Burabay district, taken to Shchuchinsk (Akmola Region; not counted: no death); four dead from bootleg vodka with methanol in Taldykorgan, then the seat of Almaty Region; chlorine cylinder burst at the water treatment station in Semey, seven poisoned (East Kazakhstan Region before 2022); campers from Nur-Sultan and Karaganda; measles in several districts of Turkistan Region; camps checked in all regions; the utility «Семей Водоканал» not annotated',
     text="""Бурабайдағы лагерьде балалар уланды, Талдықорғанда жалған арақтан төрт адам қаза тапты
НҰР-СҰЛТАН, 18 тамыз. ҚазАқпарат – Қазақстанда соңғы бір аптада бірнеше жаппай улану оқиғасы тіркелді, деп хабарлады Денсаулық сақтау министрлігі.
Ақмола облысының Бурабай ауданындағы балалар сауықтыру лагерінде 32 бала кешкі астан кейін құсып, дене қызуы көтерілді. Балалар Щучинск қаласының ауруханасына жеткізілді, олардың жағдайы тұрақты. Санитарлық дәрігерлер лагерь асханасынан сынама алып, лагерьдің жұмысын уақытша тоқтатты. Лагерьде Нұр-Сұлтан мен Қарағандыдан келген 400-ге жуық бала демалып жатқан еді.
Алматы облысының орталығы Талдықорған қаласында заңсыз цехта жасалған арақтан төрт ер адам қаза тапты, тағы алтауы реанимацияда жатыр. Сараптама арақтың құрамынан метил спиртін тапты. Қаза тапқандар – 35 пен 58 жас аралығындағы ер адамдар, олар арақты қаланың шетіндегі гараждан арзан бағаға сатып алған. Полиция цех иесін ұстап, 300 бөтелке арақты тәркіледі. Облыстық полиция департаменті тұрғындарды ішімдікті қолдан сатып алмауға шақырды.
Шығыс Қазақстан облысының Семей қаласында су тазарту стансасында хлор толтырылған баллон жарылып, жеті жұмысшы уланды. Олардың екеуінің жағдайы ауыр. Қала тұрғындарына ауыз су беру тоқтатылған жоқ, деп хабарлады «Семей Водоканал» кәсіпорны. Алдын ала мәлімет бойынша, баллон оны ауыстыру кезінде жарылған, ал жұмысшылардың екеуі газқағарсыз жұмыс істеген. Апаттың себебін анықтау үшін комиссия құрылды.
Министрліктің мәліметінше, жаз басынан бері балалар лагерьлерінде 19 жаппай улану тіркеліп, 600-ден астам бала ауруханаға түскен. Сонымен қатар Түркістан облысының бірнеше ауданында қызылша тіркеліп, 40-тан астам сынып карантинге жабылды. Министрлік барлық өңірлердегі лагерьлерді қайта тексеруді тапсырды.
«Балаларды лагерьге жібермес бұрын ата-аналар лагерьдің санитарлық қорытындысы бар-жоғын сұрауы керек», – деді бас мемлекеттік санитар дәрігерінің орынбасары Сәуле Жақыпова.""",
     ann=[
        ('Бурабайдағы', 0, 'district', 'Burabay District', AKR, {'uncertain': True, 'note': 'headline; Burabay names both the district and the resort village; the text places the camp in Burabay district'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Бурабай ауданындағы', 0, 'district', 'Burabay District', AKR, {'note': 'camp poisoning without deaths, not counted'}),
        ('Щучинск қаласының', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:hospital town'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': "NI:campers' residence"}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': "NI:campers' residence"}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'Taldykorgan its seat before 2022-06-08'}),
        ('Талдықорған қаласында', 0, 'city', 'Taldykorgan', ALR),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'Semey in East Kazakhstan Region before 2022-06-08'}),
        ('Семей қаласында', 0, 'city', 'Semey', EKR),
        ('Түркістан облысының бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'quantified phrase containing a toponym (Turkistan Region); measles, not an incident'}),
        ('барлық өңірлердегі', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'checks ordered, not an incident'}),
     ],
     inc={ALR: (1, 'bootleg vodka with methanol: four men dead in Taldykorgan (deadly mishap)'),
          EKR: (1, 'chlorine cylinder burst at the water treatment station in Semey, seven workers poisoned (industrial accident)')}),

dict(id='p019', date='2001-02-06', lang='kk',
     event='2001 night fire in the regional tuberculosis dispensary in Kokshetau, two patients dead (Akmola Region, whose seat moved from Astana to Kokshetau in 1999); patients moved to Shchuchinsk; "Ақмола облыстық" authority',
     text="""Көкшетаудағы туберкулез диспансерінде өрт: екі науқас қаза тапты
КӨКШЕТАУ, 6 ақпан. Көкшетау қаласындағы облыстық туберкулезге қарсы диспансерде дүйсенбіге қараған түні өрт шығып, екі науқас түтіннен тұншығып қайтыс болды. 40-тан астам науқас пен медбике эвакуацияланды, деп хабарлады Ақмола облыстық төтенше жағдайлар басқармасы.
Өрт екінші қабаттағы палатада шыққан. Алдын ала мәлімет бойынша, оған науқастардың бірі төсекте темекі шеккені себеп болған. Эвакуацияланған науқастардың бір бөлігі Щучинскідегі туберкулез ауруханасына ауыстырылды.
Еске сала кетейік, облыс орталығы 1999 жылы Астанадан Көкшетауға көшірілді. Диспансер ғимараты 1950-жылдары салынған, оның өрт дабылы бірнеше жылдан бері істемейді. Қаза тапқандар – 47 және 62 жастағы ер адамдар. Ақмола облысының әкімі оқиғаны тексеретін комиссия құрды.""",
     ann=[
        ('Көкшетаудағы', 0, 'city', 'Kokshetau', AKR, {'note': 'headline'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Көкшетау қаласындағы', 0, 'city', 'Kokshetau', AKR),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority ("Ақмола облыстық ... басқармасы"); the region, the city then being Astana'}),
        ('Щучинскідегі', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:patients transferred'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background, the former regional seat'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:background'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside an official post'}),
     ],
     inc={AKR: (1, 'night fire in the regional tuberculosis dispensary in Kokshetau, two patients dead')}),

dict(id='p020', date='2016-09-13', lang='kk',
     event='2016 salmonella at a wedding in a Zhanaozen restaurant, 86 ill and one dead (Mangystau Region); guests from Aktau and Beineu district; patients moved to the infectious diseases hospital in Aktau',
     text="""Жаңаөзендегі тойда 86 адам уланды, бір адам қайтыс болды
АҚТАУ, 13 қыркүйек. Маңғыстау облысы Жаңаөзен қаласындағы мейрамханада өткен үйлену тойынан кейін 86 адам улану белгілерімен ауруханаға жүгінді. 54 жастағы ер адам қалалық ауруханада көз жұмды, тағы 12 науқас Ақтаудағы облыстық жұқпалы аурулар ауруханасына жеткізілді.
Тойға Ақтаудан және Бейнеу ауданынан да қонақтар келген. Маңғыстау облыстық қоғамдық денсаулық сақтау департаментінің мәліметінше, зертханалық сараптама салат пен тауық етінен сальмонелла тапқан. Мейрамхананың жұмысы тоқтатылып, иесіне қатысты қылмыстық іс қозғалды.
«Күз – той маусымы. Тағамды дайындау мен сақтау ережесін бұзу ауыр зардапқа әкеледі», – деді департамент басшысы Айгүл Төлегенова. Оның айтуынша, биыл облыста тойдан кейін жаппай улану оқиғасы үшінші рет тіркеліп отыр.""",
     ann=[
        ('Жаңаөзендегі', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR),
        ('Жаңаөзен қаласындағы', 0, 'city', 'Zhanaozen', MR),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital city'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': "NI:guests' origin"}),
        ('Бейнеу ауданынан', 0, 'district', 'Beineu District', MR, {'note': "NI:guests' origin"}),
        ('Маңғыстау', 1, 'region', MR, MR, {'note': 'inside the name of an authority ("Маңғыстау облыстық ... департаменті")'}),
     ],
     inc={MR: (1, 'salmonella poisoning at a wedding in a Zhanaozen restaurant, 86 ill, one dead (deadly mishap); "the third time this year" is a statistic')}),

dict(id='p021', date='2025-01-28', lang='kk',
     event='2025 methanol vodka kills five in Taiynsha (North Kazakhstan Region), spirit from Russia\'s Omsk Oblast; basement fire at the regional children\'s hospital in Kostanay, some children moved to Rudny (Kostanay Region); surrogate-alcohol deaths in three other, unnamed regions (unattributed); measles quarantine in Kokshetau and Stepnogorsk (Akmola Region, not an incident)',
     text="""Тайыншада жалған спирттен бес адам қаза тапты, Қостанайда балалар ауруханасында өрт шықты
ПЕТРОПАВЛ, 28 қаңтар. ҚазАқпарат – Солтүстік Қазақстан облысы Тайынша ауданының орталығы Тайынша қаласында метил спирті қосылған арақтан бес адам қаза тапты. Тағы үш адам Петропавлдағы облыстық ауруханада реанимацияда жатыр, деп хабарлады облыстық полиция департаменті.
Тергеушілердің айтуынша, қаза тапқандар арақты демалыс күндері бір пәтерден сатып алған. Пәтер иесі ұсталды, ол спиртті Ресейдің Омбы облысынан әкелгенін мойындады. Полиция 200 литрге жуық сұйықтықты тәркіледі. Дәрігерлердің айтуынша, метанолмен улану белгілері бірден білінбейді, сондықтан науқастардың көбі ауруханаға кеш жеткізілген. Солтүстік Қазақстан облысының полиция департаменті тұрғындарды ішімдікті тек лицензиясы бар дүкендерден сатып алуға шақырды. Өткен жылы облыста жалған алкогольден тоғыз адам көз жұмған.
Осы аптада Қостанай қаласындағы облыстық балалар ауруханасының жертөлесінде өрт шықты. Дәрігерлер мен өрт сөндірушілер 63 бала мен олардың ата-аналарын көрші ғимаратқа көшірді, ешкім зардап шеккен жоқ. Өрт электр қалқанынан шыққан, деп хабарлады Қостанай облысының төтенше жағдайлар департаменті. Ауыр науқас бірнеше бала кейін Рудный қаласының ауруханасына ауыстырылды. Облыстық денсаулық сақтау басқармасының басшысы аурухана ғимаратының электр желісі 1970-жылдардан бері толық жөнделмегенін мойындады.
Денсаулық сақтау министрлігі Астанадағы брифингте жалған алкогольден қаза болу оқиғалары қаңтар айында тағы үш облыста тіркелгенін хабарлады, бірақ ол облыстардың атауын атамады. Министрліктің дерегінше, өткен жылы Қазақстанда жалған алкогольден 57 адам қайтыс болған.
Сонымен бірге Ақмола облысында қызылша таралып жатыр: Көкшетау мен Степногорск мектептерінде 14 сынып карантинге жабылды. Облыстық санитарлық-эпидемиологиялық бақылау департаменті ата-аналарды балаларына екпе салдыруға шақырды.
«Екпе алмаған балалар қызылшаны ауыр өткереді, асқынуы өмірге қауіпті», – деді департамент басшысы Ержан Сағындықов.""",
     ann=[
        ('Тайыншада', 0, 'city', 'Taiynsha', NKR, {'note': 'headline'}),
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысы', 0, 'region', NKR, NKR),
        ('Тайынша ауданының', 0, 'district', 'Taiynsha District', NKR),
        ('Тайынша қаласында', 0, 'city', 'Taiynsha', NKR),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority; the yearly deaths are a statistic'}),
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR, {'note': 'NI:hospital city'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of the spirit'}),
        ('Омбы облысынан', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:origin of the spirit'}),
        ('Қостанай қаласындағы', 0, 'city', 'Kostanay', KOR),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Рудный қаласының', 0, 'city', 'Rudny', KOR, {'note': 'NI:patients transferred'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:briefing'}),
        ('үш облыста', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'surrogate-alcohol deaths in three other, unnamed regions'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('Ақмола облысында', 0, 'region', AKR, AKR, {'note': 'NI:measles spreading, not an incident'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:measles quarantine'}),
        ('Степногорск', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:measles quarantine'}),
     ],
     inc={NKR: (1, 'bootleg vodka with methanol: five dead in Taiynsha (deadly mishap)'),
          KOR: (1, "basement fire at the regional children's hospital in Kostanay, 63 children evacuated")},
     unatt=[{'label': 'үш облыста', 'count': 3, 'note': 'surrogate-alcohol deaths in January in three other, unnamed regions'}]),

dict(id='p022', date='2012-07-10', lang='kk',
     event='2012 intestinal infection at a children\'s camp on the Zhaiyk near Oral, 23 ill and a nine-year-old boy dead (West Kazakhstan Region); Oral only a reference point; children from Aksai and Terekti district; a parent\'s Russian post with "Уральска"',
     text="""Орал маңындағы жазғы лагерьде уланған бала қайтыс болды
ОРАЛ, 10 шілде. Батыс Қазақстан облысында Орал қаласының маңында, Жайық өзенінің жағасында орналасқан балалар сауықтыру лагерінде 23 бала ішек инфекциясымен ауруханаға түсті. Олардың бірі, тоғыз жастағы ұл бала, облыстық балалар ауруханасында қайтыс болды, деп хабарлады облыстық денсаулық сақтау басқармасы.
Санитарлық дәрігерлердің алдын ала қорытындысы бойынша, балалар жексенбі күні түскі асқа берілген сүзбеден уланған. Лагерь жабылды, асхана қызметкерлеріне қатысты қылмыстық іс қозғалды. Қалған балалардың жағдайы тұрақты, олардың көбі үйлеріне жіберілді.
Лагерьде Ақсайдан және Теректі ауданынан келген балалар да демалған. Ата-аналардың бірі әлеуметтік желіде орыс тілінде жазған: «Мы из Уральска отправили ребёнка отдыхать, а забрали из реанимации».""",
     ann=[
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:headline; reference point ("near Oral")'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысында', 0, 'region', WKR, WKR),
        ('Орал қаласының', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point ("near the city of Oral")'}),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name of the Ural'}),
        ('Ақсайдан', 0, 'city', 'Aksai', WKR, {'note': "NI:children's residence"}),
        ('Теректі ауданынан', 0, 'district', 'Terekti District', WKR, {'note': "NI:children's residence"}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': "NI:Russian name of Oral in a parent's post; residence"}),
     ],
     inc={WKR: (1, 'food poisoning at a children\'s camp near Oral, 23 ill, a boy dead (deadly mishap); located through the region, Oral being a reference point')}),

dict(id='p023', date='2026-04-15', lang='kk',
     event='2026 night roof fire at the regional perinatal centre in Turkestan, 40 newborns and 52 women moved (Turkistan Region); reinforcements from Kentau and Shymkent',
     text="""Түркістандағы перинаталдық орталықта өрт: 40 нәресте эвакуацияланды
ТҮРКІСТАН, 15 сәуір. Түркістан қаласындағы облыстық перинаталдық орталықтың шатырында сейсенбіге қараған түні өрт шықты. Медицина қызметкерлері 40 нәресте мен 52 әйелді көрші ғимаратқа көшірді, зардап шеккендер жоқ, деп хабарлады Түркістан облысының төтенше жағдайлар департаменті.
Өртті сөндіруге Кентаудан және Шымкент қаласынан қосымша күштер тартылды. Өрт алаңы 600 шаршы метрге жетіп, шатыр толық жанып кетті. Алдын ала мәлімет бойынша, өрт шатырдағы желдету жүйесін жөндеу кезінде шыққан.
Орталық 2020 жылы пайдалануға берілген. Облыстық денсаулық сақтау басқармасының хабарлауынша, жөндеу аяқталғанша босанатын әйелдерді қалалық аурухананың перзентхана бөлімі қабылдайды. Өрттің себебін анықтау үшін арнайы комиссия құрылды. Өрт сөндірушілер жалынды үш сағатта толық сөндірді.""",
     ann=[
        ('Түркістандағы', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', TR),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Кентаудан', 0, 'city', 'Kentau', TR, {'note': 'NI:origin of firefighters'}),
        ('Шымкент қаласынан', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of firefighters'}),
     ],
     inc={TR: (1, 'roof fire at the regional perinatal centre in Turkestan, newborns and women moved')}),

dict(id='p024', date='2014-06-19', lang='kk',
     event='2014 chlorine leak at the water treatment station of Baikonur, eight poisoned (the town leased to Russia, Kyzylorda Region); the leak handled by Russia\'s Emergencies Ministry; a worker from Toretam',
     text="""Байқоңырда су тазарту стансасында хлор ағып, 8 адам уланды
ҚЫЗЫЛОРДА, 19 маусым. Қызылорда облысындағы Байқоңыр қаласының су тазарту стансасында хлор ағып, сегіз адам уланды. Олардың алтауы – стансаның жұмысшылары, екеуі – маңайдағы гаражда жұмыс істеген жүргізушілер.
Зардап шеккендер қалалық ауруханаға жеткізілді, бір жұмысшының жағдайы ауыр. Ресейге жалға берілген қаладағы апаттың салдарын Ресей Төтенше жағдайлар министрлігінің қызметкерлері жойды, деп хабарлады облыстық төтенше жағдайлар департаменті.
Жұмысшылардың бірі – Төретам кентінің тұрғыны. Қала тұрғындарына ауыз су уақытша цистерналармен жеткізіліп жатыр. Стансадағы хлор қоймасы 1980-жылдары салынған, жабдығы ескірген. Облыстық санитарлық-эпидемиологиялық бақылау департаменті су сынамаларын алып, зертханаға жіберді. Қала әкімшілігі тұрғындарды құбыр суын тек қайнатып ішуге шақырды.""",
     ann=[
        ('Байқоңырда', 0, 'city', 'Baikonur', KZR, {'note': 'headline; the town leased to Russia, labelled Kyzylorda Region as the cosmodrome in the guidelines'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда облысындағы', 0, 'region', KZR, KZR),
        ('Байқоңыр қаласының', 0, 'city', 'Baikonur', KZR, {'note': 'leased to Russia'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee of the town'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': "inside the name of an authority (Russia's Emergencies Ministry); NI"}),
        ('Төретам кентінің', 0, 'village', 'Toretam', KZR, {'note': "NI:worker's residence"}),
     ],
     inc={KZR: (1, 'chlorine leak at the Baikonur water treatment station, eight poisoned (industrial accident)')}),
]
