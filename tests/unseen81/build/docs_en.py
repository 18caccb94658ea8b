"""English texts of the eighty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2015-04-18', lang='en',
     event='2015 opening of the Sairan and Moskva metro stations in Almaty (Moskva is not Moscow, Baikonur station is not the cosmodrome); a coach from Taldykorgan reverses into a minibus at the Sayakhat bus station, three hurt (Almaty); a minibus on suburban route Almaty - Kaskelen overturns on the Kaskelen bypass, five hurt (Almaty Region); signalling and escalator faults not counted; Taldykorgan in Almaty Region before 2022',
     text="""Almaty metro reaches Moskva station; two road accidents on opening day

ALMATY, April 18 (Interfax-Kazakhstan) - Almaty's only metro line grew by two stations on Saturday, when Sairan and Moskva opened to passengers after more than three years of tunnelling under Abai Avenue. The line now runs 11 kilometres from Raiymbek Batyr station in the north to Moskva station in Auezov district.

Moskva station shares nothing with the Russian capital but its name: it stands at the corner of Abai Avenue and Altynsarin Avenue, next to a shopping centre of the same name. Sairan takes its name from the nearby reservoir and lies a short walk from the Sairan bus station, where suburban buses leave for Kaskelen, Uzynagash and Shamalgan. Engineers from Moscow, where the tunnelling crews trained, attended the ceremony with deputy mayor Serik Abenov.

The first hours were not smooth. A train stood for 12 minutes at Baikonur station because of a signalling fault, and the escalator at Almaly station was stopped twice. Nobody was hurt, the city-owned company Almaty Metro said.

Above ground, a coach arriving from Taldykorgan reversed into a parked minibus at the Sayakhat bus station shortly after 9 am. Three passengers of the minibus were treated for cuts, the Almaty police department said. The coach driver, a resident of Taldykorgan, was tested for alcohol.

Later in the afternoon a minibus on suburban route 110, Almaty - Kaskelen, overturned on the Kaskelen bypass after a tyre burst. Five of its 14 passengers were taken to hospital in Kaskelen, according to the Almaty Region emergencies department. Police in Karasai district have opened a case.

City officials say two more stations, Saryarka and Bauyrzhan Momyshuly, will follow, but gave no date. A light-rail line promised for Astana has not been started.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Moskva station', 0, 'facility', 'Moskva station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'headline; named after Moscow, stands in Almaty'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Sairan', 0, 'facility', 'Sairan station (Almaty Metro)', 'Almaty', {'subkind': 'metro station'}),
        ('Moskva', 1, 'facility', 'Moskva station (Almaty Metro)', 'Almaty', {'subkind': 'metro station'}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named after the poet Abai'}),
        ('Raiymbek Batyr station', 0, 'facility', 'Raiymbek Batyr station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'named after a person'}),
        ('Moskva station', 1, 'facility', 'Moskva station (Almaty Metro)', 'Almaty', {'subkind': 'metro station'}),
        ('Auezov district', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Moskva station', 2, 'facility', 'Moskva station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'named after Moscow, not the Russian capital'}),
        ('Abai Avenue', 1, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Altynsarin Avenue', 0, 'facility', 'Altynsarin Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'named after a person'}),
        ('Sairan', 1, 'facility', 'Sairan station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'the station, named after the nearby reservoir'}),
        ('Sairan bus station', 0, 'facility', 'Sairan bus station (Almaty)', 'Almaty', {'subkind': 'bus station'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:bus destination'}),
        ('Uzynagash', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:bus destination'}),
        ('Shamalgan', 0, 'village', 'Shamalgan', ALR, {'note': 'NI:bus destination'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of engineers'}),
        ('Baikonur station', 0, 'facility', 'Baikonur station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:not the cosmodrome or the town in Kyzylorda Region; signalling fault, no incident'}),
        ('Almaly station', 0, 'facility', 'Almaly station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:named after Almaly district; escalator stopped, nobody hurt'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:Almaty Region before 2022-06-08; origin of the coach'}),
        ('Sayakhat bus station', 0, 'facility', 'Sayakhat bus station (Almaty)', 'Almaty', {'subkind': 'bus station'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (police department)'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:residence'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Kaskelen', 1, 'city', 'Kaskelen', ALR, {'note': 'NI:route endpoint'}),
        ('Kaskelen bypass', 0, 'facility', 'Kaskelen bypass', ALR, {'subkind': 'road'}),
        ('Kaskelen', 3, 'city', 'Kaskelen', ALR, {'note': 'NI:hospital town'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Karasai district', 0, 'district', 'Karasai District', ALR),
        ('Saryarka', 0, 'facility', 'Saryarka station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'planned; not the Saryarka district of Astana'}),
        ('Bauyrzhan Momyshuly', 0, 'facility', 'Bauyrzhan Momyshuly station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'planned; named after a person'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:planned project'}),
     ],
     inc={'Almaty': (1, 'coach from Taldykorgan reversed into a minibus at the Sayakhat bus station, three hurt; the train stop at Baikonur station and the escalator stops at Almaly station are breakdowns without injury'),
          ALR: (1, 'minibus on suburban route Almaty - Kaskelen overturned on the Kaskelen bypass, five hurt')}),

dict(id='p002', date='1994-02-10', lang='en',
     event='1994 pensioners block trolleybus routes on Furmanov Street in Alma-Ata in protest at a fare rise (Almaty); commuters from Kaskelen and Talgar (Alma-Ata region = Almaty Region); spare parts from Russia and Hungary',
     text="""Pensioners block trolleybuses in Almaty over fare rise

ALMA-ATA, Feb 10 (Reuters) - About 300 pensioners blocked Furmanov Street in central Alma-Ata on Thursday, halting trolleybuses on routes 5 and 6 for two hours in protest at a fare rise that took effect on February 1.

It was the second rise since Kazakhstan introduced the tenge in November. A single ride now costs 3 tenge, and the free passes that pensioners had in Soviet times have been abolished. Protesters carried placards reading "Transport for people, not for profit".

Police watched but did not intervene. A deputy mayor, Bolat Zhaksybekov, came out of the city hall, met a group of protesters and promised to restore free travel for war veterans by March.

Transport workers say the capital's fleet of about 1,100 buses and trolleybuses is falling apart because spare parts no longer arrive from Russia and Hungary. Commuters from Kaskelen and Talgar in the Alma-Ata region complain that their suburban buses now run only twice a day.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet name'}),
        ('Furmanov Street', 0, 'facility', 'Furmanov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'named after a person'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet name'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of spare parts'}),
        ('Hungary', 0, 'foreign', 'Hungary', N, {'note': 'NI:origin of spare parts'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:residence of commuters'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:residence of commuters'}),
        ('Alma-Ata region', 0, 'region', ALR, ALR, {'note': 'Soviet-era spelling of Almaty Region'}),
     ],
     inc={'Almaty': (1, 'pensioners blocked Furmanov Street and stopped trolleybuses for two hours in protest at the fare rise')}),

dict(id='p003', date='2019-06-03', lang='en',
     event='2019 welder killed in a fall from a viaduct of the light-rail line under construction on Turan Avenue, Yesil district, Nur-Sultan (Astana); the line between Nursultan Nazarbayev International Airport and Nurly Zhol station; worker from Shchuchinsk (Akmola Region); the company Astana LRT and the contractor China Railway not annotated',
     text="""Worker killed at Nur-Sultan light-rail site

NUR-SULTAN, June 3 (Tengrinews) - A 34-year-old welder died on Monday after falling from a viaduct of the light-rail line under construction along Turan Avenue in the capital's Yesil district, the Nur-Sultan emergencies department said.

The fall happened near the future Expo station, one of 18 stops planned between Nursultan Nazarbayev International Airport and Nurly Zhol railway station. The main contractor is a consortium led by China Railway.

Work on the line resumed in April after a pause of more than a year. Officials in the city, which was called Astana until March, say the first trains should run in 2020. The city's light-rail company, Astana LRT, has kept its old name and promised safety nets on every span.

The victim came from Shchuchinsk in Akmola Region. His colleagues from Kokshetau and Stepnogorsk stopped work for the rest of the day.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-03-23 to 2022-09-17'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Turan Avenue', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority (emergencies department)'}),
        ('Expo station', 0, 'facility', 'Expo station (Astana LRT)', 'Astana', {'subkind': 'light-rail station', 'note': 'planned'}),
        ('Nursultan Nazarbayev International Airport', 0, 'facility', 'Nursultan Nazarbayev International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:named after a person; line endpoint'}),
        ('Nurly Zhol railway station', 0, 'facility', 'Nurly Zhol railway station (Astana)', 'Astana', {'subkind': 'railway station', 'note': 'NI:line endpoint'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the city'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:residence of the victim'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:residence of the victim'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:residence of workers'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:residence of workers'}),
     ],
     inc={'Astana': (1, 'welder killed in a fall from a light-rail viaduct on Turan Avenue, Yesil district')}),

dict(id='p004', date='2022-07-05', lang='en',
     event='2022 roundup one month after the creation of Abai, Jetisu and Ulytau regions: a city bus burns out at the central bus station of Taldykorgan (Jetisu Region); a protest against a bus fare rise at the city akimat of Semey, two detained (Abai Region); the runway of Zhezkazgan airport closed for repairs, passengers sent to Sary-Arka airport in Karaganda (no incident); Kapshagay as the seat of Almaty Region',
     text="""One month on, Kazakhstan's new regions wait for new buses

TALDYKORGAN, July 5 (Vlast.kz) - A month after Kazakhstan created three new regions on June 8, their capitals are finding out that a new status does not bring new buses.

In Taldykorgan, now the seat of Jetisu Region, a city bus on route 5 caught fire at the central bus station on Monday morning. The driver got 30 passengers out before the engine compartment went up in flames, the Jetisu region emergencies department said. The bus, bought second-hand from Almaty in 2009, burned out completely. Coaches to Almaty, Zharkent and Ushtobe now leave from a temporary stand on Tauelsizdik Street.

The parent region, Almaty Region, now governed from Kapshagay, kept most of the suburban routes around Almaty.

In Semey, the capital of Abai Region, about 150 people gathered outside the city akimat on Friday to protest against a rise in the bus fare from 80 to 100 tenge. They said carriers had promised air-conditioned buses on the long route from the Shygys microdistrict to the railway station but had delivered none. Police detained two men, one of them from Kurchatov, for holding a rally without a permit. The regional akimat, set up in June with staff who moved from Oskemen in East Kazakhstan, says fares are a matter for the city.

Zhezkazgan, the centre of Ulytau Region, has a different problem: Zhezkazgan airport closed its runway on July 1 for a month of repairs. Passengers for Astana and Almaty now ride 550 km by bus to Karaganda's Sary-Arka airport, or take the overnight train from Zhezkazgan station. No accidents have been reported on the transfer route.

The new regions were carved out of the Almaty, East Kazakhstan and Karaganda regions. The government has promised them 400 new buses by 2025, but none has been ordered yet.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('three new regions', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three are named: Abai, Jetisu, Ulytau'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the bus'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:coach destination'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:coach destination'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:coach destination'}),
        ('Tauelsizdik Street', 0, 'facility', 'Tauelsizdik Street (Taldykorgan)', JTR, {'subkind': 'street', 'note': 'NI:temporary coach stand'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Kapshagay', 0, 'city', 'Kapshagay', ALR, {'note': 'NI:seat of the regional government'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Shygys microdistrict', 0, 'district', 'Shygys (Semey)', ABR, {'subkind': 'microdistrict', 'note': 'NI:route endpoint'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:residence of a detained man'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:former workplace of akimat staff'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'Ulytau Region since 2022-06-08'}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Zhezkazgan airport', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport', 'note': 'NI:runway closed for repairs'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination of transfer buses'}),
        ('Sary-Arka airport', 0, 'facility', 'Sary-Arka Airport (Karaganda)', KR, {'subkind': 'airport', 'note': 'NI:not the Saryarka district of Astana or the metro station in Almaty; alternative airport'}),
        ('Zhezkazgan station', 0, 'facility', 'Zhezkazgan railway station', UR, {'subkind': 'railway station', 'note': 'NI:alternative route'}),
        ('Almaty', 5, 'region', ALR, ALR, {'note': 'NI:in a list sharing "regions"; background'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:in a list sharing "regions"; background'}),
        ('Karaganda', 1, 'region', KR, KR, {'note': 'NI:in a list sharing "regions"; background'}),
     ],
     inc={JTR: (1, 'city bus burnt out at the central bus station of Taldykorgan'),
          ABR: (1, 'rally against the bus fare rise outside the city akimat of Semey, two detained')}),

dict(id='p005', date='2009-11-20', lang='en',
     event='2009 tram on route 4 derails on an icy curve on Toraigyrov Street in Pavlodar, five hurt (Pavlodar Region); a mother and son from Aksu; one of four Kazakh cities with trams (Almaty, Oskemen, Temirtau)',
     text="""Tram derails in Pavlodar, five hurt

PAVLODAR, Nov 20 (KazTAG) - Five passengers were hurt when a tram on route 4 left the rails on an icy curve on Toraigyrov Street in Pavlodar on Friday morning, the city tram company said. Two of them, a woman and her teenage son from Aksu, were kept in hospital.

Route 4 runs from the railway station to the Usolsky microdistrict. The car, built in 1978, was going too fast for the frost, investigators believe. Traffic on the line was restored after four hours.

Pavlodar is one of four Kazakh cities that still run trams, together with Almaty, Oskemen and Temirtau. Most of the 90 cars in the local fleet are more than 30 years old.

The Pavlodar Region transport department has ordered a check of every curve on the network before the winter.""",
     ann=[
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Toraigyrov Street', 0, 'facility', 'Toraigyrov Street (Pavlodar)', PR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR),
        ('Aksu', 0, 'city', 'Aksu', PR, {'note': 'NI:residence of the injured'}),
        ('Usolsky microdistrict', 0, 'district', 'Usolsky (Pavlodar)', PR, {'subkind': 'microdistrict', 'note': 'NI:route endpoint'}),
        ('Pavlodar', 2, 'city', 'Pavlodar', PR, {'note': 'NI:comparison'}),
        ('four Kazakh cities', 0, 'quantified', '4 cities', N, {'count': 4, 'unit': 'city', 'note': 'members named: Pavlodar, Almaty, Oskemen, Temirtau'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:comparison'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:comparison'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:comparison'}),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'inside the name of an authority (transport department)'}),
     ],
     inc={PR: (1, 'tram derailed on Toraigyrov Street, five hurt')}),

dict(id='p006', date='1997-12-10', lang='en',
     event='1997 first government train reaches Akmola station as the capital moves from Almaty (Akmola = Astana, not Akmola Region); a coach of Interior Ministry staff skids off the icy road near Osakarovka, four hurt (Karaganda Region); Zhezkazgan Region merged into Karaganda Region in 1997',
     text="""First government train reaches Akmola as capital moves north

AKMOLA, Dec 10 (AFP) - A special train carrying ministry archives and some 200 civil servants from Almaty pulled into Akmola station on Wednesday, the day the city officially became Kazakhstan's capital.

The journey of some 1,300 km through Shu, Moiynty and Karaganda took 26 hours. Officials admit that the city, which is also the seat of Akmola Region, is not ready: its airport handles three flights a day, the bus fleet is short of fuel, and buses on route 1 between the station and the new government quarter on the left bank of the Ishim ran late all morning.

Among the newcomers are officials from Zhezkazgan, whose region was merged into Karaganda Region in May.

A coach carrying Interior Ministry staff from Almaty skidded off the icy road near Osakarovka on Tuesday night; four people were slightly hurt, police said.""",
     ann=[
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 1992-1998'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the train'}),
        ('Akmola station', 0, 'facility', 'Akmola railway station', 'Astana', {'subkind': 'railway station', 'note': 'the station of the city, not Akmola Region'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Shu', 0, 'city', 'Shu', JR, {'note': 'NI:on the route'}),
        ('Moiynty', 0, 'village', 'Moiynty', KR, {'note': 'NI:railway village; on the route'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:on the route'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:seat of the region'}),
        ('Ishim', 0, 'facility', 'Ishim River', N, {'subkind': 'river', 'note': 'in Astana'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:Karaganda Region after the 1997 merger; origin of officials'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:background'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the coach'}),
        ('Osakarovka', 0, 'village', 'Osakarovka', KR, {'note': 'settlement'}),
     ],
     inc={KR: (1, 'coach of Interior Ministry staff skidded off the icy road near Osakarovka, four hurt')}),

dict(id='p007', date='2018-06-27', lang='en',
     event='2018 Shymkent, a week a city of republican significance, renumbers bus routes; about 80 minibus drivers block Tauke Khan Avenue outside the city akimat, three detained (Shymkent); a minibus on the Shymkent - Lenger route collides with a lorry outside Lenger, Tole Bi district, seven hurt (Turkistan Region, renamed from South Kazakhstan Region); coaches to Turkestan, Kentau, Tashkent; flights to Istanbul; the company Kazakhstan Temir Zholy not annotated',
     text="""Shymkent renumbers its buses as city leaves the region

SHYMKENT, June 27 (Kazinform) - A week after Shymkent became Kazakhstan's third city of republican significance, its transport department has begun renumbering bus routes, separating city lines from the suburban ones that now cross into the renamed Turkistan Region.

From July 1, suburban routes will carry three-digit numbers. Route 12, Samal - Kazygurt, becomes route 112, and the line to Lenger becomes 125. "Passengers will get used to it within a month," said Nurlan Seitkali, head of the city transport department.

Not everyone agrees. On Tuesday about 80 minibus drivers parked their vehicles across Tauke Khan Avenue outside the city akimat, saying the new licences would push them off routes they had served for years. Traffic in the centre stood still for an hour and a half; police detained three drivers.

The same evening a minibus on the Shymkent - Lenger route collided with a lorry just outside Lenger, in Tole Bi district. Seven passengers were hurt, two of them seriously, the Turkistan region police said. The lorry driver, a resident of Saryagash, was unhurt and has been questioned by investigators.

Intercity travel is changing too. The bus station on Baidibek Bi Avenue will keep its coaches to Turkestan, Kentau, Tashkent and Bishkek, while Turkestan, the new regional capital, plans a terminal of its own. Shymkent International Airport has added a weekly flight to Istanbul.

At the railway station, Kazakhstan Temir Zholy said trains to Arys and Kyzylorda would run as before.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:background'}),
        ('Samal', 0, 'district', 'Samal (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'NI:route endpoint'}),
        ('Kazygurt', 0, 'village', 'Kazygurt', TR, {'note': 'NI:route endpoint'}),
        ('Lenger', 0, 'city', 'Lenger', TR, {'note': 'NI:route destination'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'named after a person'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Lenger', 1, 'city', 'Lenger', TR, {'note': 'NI:route endpoint'}),
        ('Lenger', 2, 'city', 'Lenger', TR, {'note': 'place of the crash (just outside the town)'}),
        ('Tole Bi district', 0, 'district', 'Tole Bi District', TR, {'note': 'named after a person; not the village of Tole Bi in Jambyl Region'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'inside the name of an authority (police)'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:residence of the lorry driver'}),
        ('Baidibek Bi Avenue', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'named after a person'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:coach destination'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:coach destination'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:coach destination'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:coach destination'}),
        ('Turkestan', 1, 'city', 'Turkistan', TR, {'note': 'NI:new regional capital'}),
        ('Shymkent International Airport', 0, 'facility', 'Shymkent International Airport', 'Shymkent', {'subkind': 'airport', 'note': 'NI:new flight'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'NI:flight destination'}),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:train destination'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:train destination'}),
     ],
     inc={'Shymkent': (1, 'minibus drivers blocked Tauke Khan Avenue outside the city akimat for an hour and a half, three detained'),
          TR: (1, 'minibus on the Shymkent - Lenger route collided with a lorry outside Lenger, Tole Bi district, seven hurt')}),

dict(id='p008', date='2025-09-14', lang='en',
     event='2025 intercity bus on the Aktau - Zhanaozen route overturns near Zhetybai, one dead, 11 hurt (Mangystau Region); Mangyshlak station serving Aktau; the Soviet name Shevchenko; buses overturned in two other, unnamed regions (unattributed)',
     text="""One dead as bus on Aktau - Zhanaozen route overturns

AKTAU, Sept 14 (Tengrinews) - One passenger was killed and 11 were hurt when an intercity bus on the Aktau - Zhanaozen route overturned near Zhetybai early on Sunday, the Mangystau region police said.

The bus had left the Aktau bus station at 6:30 with 42 people on board, many of them oil workers going back to their shifts in Zhanaozen. The injured were taken to hospitals in Zhanaozen and Aktau.

Trains were not affected. Mangyshlak station, which serves the city although it carries the old name of the peninsula, said trains to Beineu and Atyrau ran on time. Older residents still call the city Shevchenko, its name until 1991.

Police also reported buses overturned in two other regions over the weekend but did not name them.""",
     ann=[
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:headline; route endpoint'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:headline; route endpoint'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:route endpoint'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:route endpoint'}),
        ('Zhetybai', 0, 'village', 'Zhetybai', MR, {'note': 'place of the crash'}),
        ('Mangystau region', 0, 'region', MR, MR, {'note': 'inside the name of an authority (police)'}),
        ('Aktau bus station', 0, 'facility', 'Aktau bus station', MR, {'subkind': 'bus station', 'note': 'NI:departure point'}),
        ('Zhanaozen', 2, 'city', 'Zhanaozen', MR, {'note': 'NI:workplace'}),
        ('Zhanaozen', 3, 'city', 'Zhanaozen', MR, {'note': 'NI:hospital town'}),
        ('Aktau', 3, 'city', 'Aktau', MR, {'note': 'NI:hospital town'}),
        ('Mangyshlak station', 0, 'facility', 'Mangyshlak railway station', MR, {'subkind': 'railway station', 'note': 'NI:serves Aktau; not the region; trains ran as usual'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:train destination'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:train destination'}),
        ('Shevchenko', 0, 'city', 'Aktau', MR, {'note': 'NI:Soviet name of Aktau (until 1991); former name'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'unnamed regions'}),
     ],
     inc={MR: (1, 'intercity bus overturned near Zhetybai, one dead, 11 hurt')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'buses overturned over the weekend in two other, unnamed regions'}]),

]
