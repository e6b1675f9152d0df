"""Demo content for `manage.py load_demo`: an invented independent newsroom, written by us."""

from typing import Literal, NotRequired, TypedDict


class DemoImage(TypedDict):
    key: str
    scene: str  # one of masthead.articles.demo.images.SCENES
    seed: int
    title: str
    alt: str
    credit: str


class DemoSection(TypedDict):
    slug: str
    title: str
    intro: str


class DemoAuthor(TypedDict):
    slug: str
    name: str
    role: str
    bio: str


class Paragraph(TypedDict):
    type: Literal["paragraph"]
    text: str


class Quote(TypedDict):
    type: Literal["quote"]
    text: str
    attribution: str


class BodyImage(TypedDict):
    type: Literal["image"]
    image: str
    caption: str


BodyBlock = Paragraph | Quote | BodyImage


class DemoArticle(TypedDict):
    slug: str
    section: str
    headline: str
    standfirst: str
    authors: list[str]
    tags: list[str]
    published: str
    updated: NotRequired[str]
    lead_image: str
    lead_caption: str
    body: list[BodyBlock]


IMAGES: list[DemoImage] = [
    {
        "key": "lissun-conference-centre",
        "scene": "government-building",
        "seed": 412,
        "title": "Conference centre, Lissun",
        "alt": (
            "A columned government building with a row of flags at its entrance under a pale "
            "winter sky"
        ),
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "estrenne-wheat-plains",
        "scene": "fields",
        "seed": 87,
        "title": "Wheat plains, central Estrenne",
        "alt": (
            "Flat golden wheat fields stretching to the horizon, with a line of grain silos in the "
            "distance"
        ),
        "credit": "Illustration: Lena Varga for The Meridian",
    },
    {
        "key": "corsa-election-night",
        "scene": "night-city",
        "seed": 263,
        "title": "Election night, Corsa",
        "alt": (
            "A city square at night, with lit office windows above a crowd gathered beneath street "
            "lamps"
        ),
        "credit": "Illustration: Jonah Whitcombe for The Meridian",
    },
    {
        "key": "orlen-crossing-road",
        "scene": "desert",
        "seed": 538,
        "title": "Road from the Orlen crossing",
        "alt": (
            "A dusty road across dry, open country towards low hills, with a small checkpoint "
            "building in the distance"
        ),
        "credit": "Illustration: Yusuf Demir for The Meridian",
    },
    {
        "key": "telle-bank-tankers",
        "scene": "coast",
        "seed": 719,
        "title": "Tankers off the Korvathi coast",
        "alt": "Several tankers at anchor off a flat, grey coastline in hazy light",
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "sable-point-quay",
        "scene": "harbour",
        "seed": 156,
        "title": "Berth 4, Sable Point",
        "alt": (
            "Dockside cranes along a quay with a bulk carrier moored alongside in early morning "
            "light"
        ),
        "credit": "Illustration: Lena Varga for The Meridian",
    },
    {
        "key": "calder-bay-city-chambers",
        "scene": "government-building",
        "seed": 904,
        "title": "City Chambers, Calder Bay",
        "alt": (
            "The stone facade of a civic building with a clock tower and broad steps leading to "
            "the entrance"
        ),
        "credit": "Illustration: Callum Reid for The Meridian",
    },
    {
        "key": "saltmarket-tram-tracks",
        "scene": "railway",
        "seed": 341,
        "title": "Tram tracks at Saltmarket",
        "alt": "Tram tracks curving past a depot beneath overhead wires at dusk",
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "ropewalk-quay-sheds",
        "scene": "harbour",
        "seed": 627,
        "title": "Ropewalk Quay sheds",
        "alt": "Empty dockside sheds and overgrown rail sidings beside a still harbour basin",
        "credit": "Illustration: Lena Varga for The Meridian",
    },
    {
        "key": "lowtown-terraces",
        "scene": "skyline",
        "seed": 48,
        "title": "Terraces above Lowtown",
        "alt": (
            "Rows of stone terraced houses and chimney stacks stepping down a hillside towards the "
            "water"
        ),
        "credit": "Illustration: Priya Raman for The Meridian",
    },
    {
        "key": "kilnhill-rooftops",
        "scene": "skyline",
        "seed": 775,
        "title": "Kilnhill rooftops",
        "alt": (
            "Low-rise rooftops of a residential district under a cloudy sky, with a flat-roofed "
            "school building in the foreground"
        ),
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "central-library-dusk",
        "scene": "night-city",
        "seed": 193,
        "title": "Central Library at dusk",
        "alt": "A domed stone building lit from within at dusk, facing a paved city square",
        "credit": "Illustration: Callum Reid for The Meridian",
    },
    {
        "key": "storm-ilsa-estuary",
        "scene": "storm",
        "seed": 866,
        "title": "Storm Ilsa over the Ardle estuary",
        "alt": (
            "Dark storm clouds and heavy waves over a river estuary, with the outline of a barrier "
            "in the distance"
        ),
        "credit": "Illustration: Lena Varga for The Meridian",
    },
    {
        "key": "greyhope-solar-array",
        "scene": "solar-farm",
        "seed": 302,
        "title": "Solar array, Greyhope",
        "alt": "Long rows of solar panels across flat grassland, with hedgerows at the field edge",
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "ness-valley-parched-fields",
        "scene": "fields",
        "seed": 459,
        "title": "Parched fields, Ness Valley",
        "alt": "Pale, parched grassland and dry fields in a broad valley under a hazy sky",
        "credit": "Illustration: Lena Varga for The Meridian",
    },
    {
        "key": "vael-mountains-glacier",
        "scene": "mountains",
        "seed": 681,
        "title": "Vael Mountains and the Sennet Glacier",
        "alt": (
            "Snow-streaked mountain peaks above a shrinking glacier, with a meltwater lake in the "
            "valley below"
        ),
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "skerrow-bank-turbines",
        "scene": "wind-turbines",
        "seed": 224,
        "title": "Skerrow Bank wind farm",
        "alt": "Rows of offshore wind turbines standing in a grey sea, blades turning",
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "kell-water-meanders",
        "scene": "river",
        "seed": 513,
        "title": "The Kell Water near Kellbridge",
        "alt": "A winding river with gravel banks flowing through green floodplain meadows",
        "credit": "Illustration: Inès Moreau for The Meridian",
    },
    {
        "key": "ombre-railhead-wagons",
        "scene": "railway",
        "seed": 937,
        "title": "Grain wagons, Ombre railhead",
        "alt": "A long line of freight wagons on a railway siding beside tall grain silos",
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "pellmoor-market-hall",
        "scene": "market",
        "seed": 128,
        "title": "Pellmoor market hall",
        "alt": "A covered market hall with rows of camp beds, tables and people queueing at a desk",
        "credit": "Illustration: Lena Varga for The Meridian",
    },
    {
        "key": "ardle-tram-bridge-site",
        "scene": "bridge",
        "seed": 574,
        "title": "River Ardle at Carrick Street",
        "alt": "A river running beneath an old stone road bridge, with open ground on the far bank",
        "credit": "Illustration: Meridian graphics desk",
    },
    {
        "key": "ropewalk-fish-market",
        "scene": "market",
        "seed": 815,
        "title": "Old fish market, Ropewalk Quay",
        "alt": "A long brick market hall with arched windows beside a harbour quay",
        "credit": "Illustration: Callum Reid for The Meridian",
    },
    {
        "key": "lowtown-sea-wall",
        "scene": "coast",
        "seed": 391,
        "title": "Shore Road sea wall, Lowtown",
        "alt": "Waves breaking over a high concrete sea wall beside a coastal road",
        "credit": "Illustration: Lena Varga for The Meridian",
    },
    {
        "key": "kell-water-alder-planting",
        "scene": "forest",
        "seed": 62,
        "title": "Tree planting on the Kell Water",
        "alt": (
            "Young alder and willow saplings in tree guards along a riverbank, with mature "
            "woodland behind"
        ),
        "credit": "Illustration: Meridian graphics desk",
    },
]


SECTIONS: list[DemoSection] = [
    {
        "slug": "world",
        "title": "World",
        "intro": (
            "Diplomacy, trade and the people caught up in both, reported from beyond Calder Bay."
        ),
    },
    {
        "slug": "local",
        "title": "Local",
        "intro": (
            "Calder Bay and the Ness Valley: the council, the harbour, the schools and the "
            "streets. We cover the decisions made in the City Chambers and the people who live "
            "with them."
        ),
    },
    {
        "slug": "climate",
        "title": "Climate & Science",
        "intro": (
            "How a warming climate is changing our coast, rivers, farms and energy, and what the "
            "evidence says about what works."
        ),
    },
]


AUTHORS: list[DemoAuthor] = [
    {
        "slug": "amara-okafor",
        "name": "Amara Okafor",
        "role": "Diplomatic correspondent",
        "bio": (
            "Amara covers diplomacy, sanctions and conflict for The Meridian. She previously "
            "reported from the Halvic capitals for eight years."
        ),
    },
    {
        "slug": "yusuf-demir",
        "name": "Yusuf Demir",
        "role": "World reporter",
        "bio": (
            "Yusuf reports on borders, migration and elections. He joined The Meridian in 2021 "
            "from a regional news agency."
        ),
    },
    {
        "slug": "priya-raman",
        "name": "Priya Raman",
        "role": "Local government reporter",
        "bio": (
            "Priya covers Calder Bay City Council, housing and schools. She grew up in Kilnhill "
            "and has reported on the city for a decade."
        ),
    },
    {
        "slug": "callum-reid",
        "name": "Callum Reid",
        "role": "City editor",
        "bio": (
            "Callum edits The Meridian's local coverage and writes about transport, planning and "
            "the harbour."
        ),
    },
    {
        "slug": "ines-moreau",
        "name": "Inès Moreau",
        "role": "Climate and science correspondent",
        "bio": (
            "Inès writes about climate, energy and the environment. She trained as a hydrologist "
            "before turning to journalism."
        ),
    },
    {
        "slug": "lena-varga",
        "name": "Lena Varga",
        "role": "Data and visuals reporter",
        "bio": (
            "Lena works across the newsroom on data analysis, photography and graphics. She leads "
            "The Meridian's reader-funded investigations desk."
        ),
    },
]


ARTICLES: list[DemoArticle] = [
    {
        "slug": "estrenne-korvath-truce-extended-lissun-talks",
        "section": "world",
        "headline": (
            "Estrenne and Korvath extend truce by 30 days as Lissun talks stall on the border"
        ),
        "standfirst": (
            "Negotiators agreed a prisoner exchange and an observer mission but left the question "
            "of where the Sarn valley line should run for a later round."
        ),
        "authors": ["amara-okafor"],
        "tags": ["diplomacy", "sanctions"],
        "published": "2026-11-19T06:45:00+00:00",
        "updated": "2026-11-19T14:10:00+00:00",
        "lead_image": "lissun-conference-centre",
        "lead_caption": (
            "The conference centre in Lissun where the Estrenne and Korvath delegations have met "
            "since early October. (Illustrative image)"
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "Delegations from Estrenne and Korvath agreed on Wednesday night to extend "
                    "their truce by a further 30 days, buying time for talks in Lissun that have "
                    "so far produced more procedural agreements than political ones. The "
                    "extension, announced shortly after 11pm local time by the Halvic Union's "
                    "special envoy, Maren Tollefsen, keeps in place a ceasefire that has largely "
                    "held along the Sarn river valley since 14 September."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Under the text seen by The Meridian, the two sides will release 212 detained "
                    "soldiers and 46 civilians in two stages, beginning next week at the Orlen "
                    "crossing. A mission of 120 unarmed observers, drawn from four Union member "
                    "states, will be allowed to patrol a buffer strip extending 9 kilometres on "
                    "either side of the current line of contact."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We have agreed on what can be agreed. The harder questions are still on the "
                    "table, and nobody in that room pretends otherwise."
                ),
                "attribution": "Maren Tollefsen, Halvic Union special envoy",
            },
            {
                "type": "paragraph",
                "text": (
                    "The hardest of those questions is where the line itself should run. "
                    "Estrenne's delegation, led by Deputy Foreign Minister Ilan Corvel, insists on "
                    "a return to the boundary set out in the 1994 Treaty of Aubel, which would "
                    "require Korvathi units to withdraw from three villages west of the river. "
                    "Korvath's negotiators, headed by the former defence official Anatol Vrenn, "
                    "argue that the treaty's maps are ambiguous and want a joint commission to "
                    "redraw the boundary over two years."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Korvath is also pressing for a timetable to ease Union sanctions on its state "
                    "energy company, a demand the bloc's diplomats say falls outside the talks' "
                    "mandate. One official involved in drafting the extension said the issue had "
                    "'nearly sunk' Wednesday's session before the envoy proposed moving it to a "
                    "separate working group that will meet in December."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "On the ground, the truce has brought limited relief. The Sarn Valley Relief "
                    "Network, which runs field kitchens in the town of Heddin, recorded 31 "
                    "ceasefire violations in October, most of them small-arms fire at night, "
                    "compared with more than 400 shelling incidents in August. About 38,000 people "
                    "displaced from the valley remain in temporary accommodation, and local "
                    "officials estimate that fewer than one in ten have gone home."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "People are waiting to see whether this is a pause or an ending. Until they "
                    "know, they will not bring their children back."
                ),
                "attribution": "Teodora Lask, coordinator at the Sarn Valley Relief Network",
            },
            {
                "type": "paragraph",
                "text": (
                    "The next round is scheduled to open in Lissun on 3 December. Diplomats regard "
                    "the observer mission as the first real test of both governments' intentions: "
                    "its advance team is due to deploy within ten days, and both sides have "
                    "committed in writing to giving monitors access to positions inside the buffer "
                    "zone without prior notice."
                ),
            },
        ],
    },
    {
        "slug": "explainer-halvic-grain-corridor",
        "section": "world",
        "headline": "Explainer: how the Halvic grain corridor works, and why it keeps stalling",
        "standfirst": (
            "A sea lane agreed in March has carried more than four million tonnes of Estrenne's "
            "grain. Inspections, insurance and one narrow strait decide how much more it can move."
        ),
        "authors": ["amara-okafor", "lena-varga"],
        "tags": ["trade", "farming", "transport"],
        "published": "2026-10-08T07:00:00+01:00",
        "lead_image": "estrenne-wheat-plains",
        "lead_caption": (
            "Wheat stubble on Estrenne's central plains, where farmers say delays in the corridor "
            "have pushed down the prices they are paid."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "What is the corridor? It is a 190-nautical-mile shipping lane from Estrenne's "
                    "southern grain port of Ombre, through the Velt Strait and into the open "
                    "Halvic Sea. It was agreed in March under Halvic Union mediation, after "
                    "fighting in the Sarn valley cut Estrenne's rail routes to the west and left "
                    "about 11 million tonnes of the previous harvest sitting in silos."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "How much has it carried? By the end of September, 612 vessels had left Ombre "
                    "under the arrangement, carrying 4.3 million tonnes of wheat, barley and "
                    "sunflower meal, according to figures published by the joint coordination "
                    "centre in Lissun. That is roughly half the volume Estrenne exported over the "
                    "same months before the fighting began."
                ),
            },
            {
                "type": "image",
                "image": "ombre-railhead-wagons",
                "caption": (
                    "Grain wagons queue at the Ombre railhead before unloading at the port's "
                    "export terminal. (Illustrative image)"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Why does it stall? Three bottlenecks recur. Every ship must be inspected at "
                    "an anchorage off Cape Rell by a mixed team from both countries and the Union, "
                    "and the team can clear about 14 vessels a day, so queues of 40 or more are "
                    "common. War-risk insurance adds between 1 and 1.5 per cent of a cargo's value "
                    "to each voyage, which deters smaller operators. And the Velt Strait is 2.8 "
                    "kilometres wide at its narrowest, so a single dispute over one ship's "
                    "paperwork can halt all traffic for a day."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "The corridor works when nobody is trying to use it as leverage. The trouble "
                    "is that everybody has tried, at one point or another."
                ),
                "attribution": "Oskar Brandt, shipping analyst at Halvic Maritime Intelligence",
            },
            {
                "type": "paragraph",
                "text": (
                    "Who depends on it? About 60 per cent of the grain shipped so far has gone to "
                    "importers around the southern rim of the Halvic Sea, where bread prices rose "
                    "by a third in the first months of the conflict. The Halvic Food Security "
                    "Bureau estimates that wholesale flour prices in the port cities of Tarsa and "
                    "Qelim fell by 18 per cent in the six months after the first convoy sailed."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "What does it mean for farmers? For growers on Estrenne's central plains, the "
                    "corridor is the difference between selling a harvest and storing it. Prices "
                    "paid at the farm gate for milling wheat are still about 25 per cent below the "
                    "regional average, because buyers discount for delay and risk. The farmers' "
                    "union in Varel says many of its members plan to sow a fifth less land next "
                    "year."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "What happens next? The arrangement expires on 31 December and must be renewed "
                    "by both governments. Estrenne wants inspections moved ashore to speed them "
                    "up; Korvath says it will agree only if inspectors may also search outbound "
                    "ships for fuel and military spare parts. Traders in Ombre say they are "
                    "already planning for a pause of at least two weeks around the renewal date."
                ),
            },
        ],
    },
    {
        "slug": "altessa-presidential-election-runoff",
        "section": "world",
        "headline": "Altessa heads to a runoff after challenger edges ahead of incumbent president",
        "standfirst": (
            "Halina Brosk finished first with 41.2 per cent on a record turnout, setting up a "
            "three-week contest with President Dario Menes dominated by rents and the border."
        ),
        "authors": ["yusuf-demir"],
        "tags": ["elections", "migration"],
        "published": "2026-10-26T05:30:00+00:00",
        "updated": "2026-10-26T11:20:00+00:00",
        "lead_image": "corsa-election-night",
        "lead_caption": (
            "Supporters gather in central Corsa as results arrive late on Sunday. (Illustrative "
            "image)"
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "Voters in the Republic of Altessa have forced the country's first "
                    "presidential runoff in 16 years, after the opposition candidate Halina Brosk "
                    "finished narrowly ahead of the incumbent, Dario Menes, in Sunday's first "
                    "round. With 99.4 per cent of polling stations counted, the Central Electoral "
                    "Commission put Brosk, of the National Renewal party, on 41.2 per cent and "
                    "Menes, of the Civic Alliance, on 38.7 per cent. Neither cleared the 50 per "
                    "cent threshold, and the two will meet again on 15 November."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Turnout reached 71.8 per cent, the highest since the constitution was "
                    "rewritten in 1998. Queues stretched past midnight in parts of the capital, "
                    "Corsa, where the commission extended voting by two hours at 37 stations after "
                    "ballot papers ran short."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Brosk, a former mayor of the northern city of Tavel, built her campaign "
                    "around household costs and the arrival of roughly 60,000 people fleeing "
                    "fighting across the border in Estrenne's Sarn valley. She has promised to cap "
                    "reception places in border districts and move asylum processing to centres in "
                    "the interior, a pledge that carried her to victory in four of the five "
                    "north-eastern districts."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "People did not vote against refugees. They voted against being told that "
                    "nothing could be done about their rent."
                ),
                "attribution": "Halina Brosk, speaking to supporters in Tavel",
            },
            {
                "type": "paragraph",
                "text": (
                    "Menes, in office since 2018, ran on his record of steering Altessa through "
                    "the regional energy shock and on a new trade agreement with the Halvic Union. "
                    "He carried the capital and the southern coast comfortably but lost ground in "
                    "industrial towns, where a 2025 pension reform remains unpopular. In a short "
                    "speech early on Monday he called the runoff 'a choice between managing "
                    "problems and shouting at them'."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The roughly 20 per cent of voters who backed the five eliminated candidates "
                    "now hold the balance. The third-placed candidate, the Green-Left economist "
                    "Oriel Vasko, who won 9.6 per cent, said he would endorse neither finalist "
                    "until both set out detailed positions on housing and climate. Pollsters "
                    "expect most of his supporters to lean towards Menes, but not all of them to "
                    "vote."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "This is now a turnout election. Whoever brings back the people in the south "
                    "who stayed at home on Sunday wins it."
                ),
                "attribution": "Ilse Marrow, political scientist at the University of Corsa",
            },
            {
                "type": "paragraph",
                "text": (
                    "Observers from the Halvic Union's election mission said voting had been "
                    "generally orderly, but noted 'misuse of administrative resources' by local "
                    "officials in several districts and a late surge of anonymous online "
                    "advertising whose funding could not be traced. The mission's preliminary "
                    "report is due on Tuesday."
                ),
            },
        ],
    },
    {
        "slug": "pellmoor-border-town-refugee-reception",
        "section": "world",
        "headline": "In Pellmoor, a border town of 9,000 has taken in 14,000 people in a year",
        "standfirst": (
            "Volunteers, a converted market hall and an overstretched clinic have kept reception "
            "in Altessa's far east running. With the presidential runoff close, residents wonder "
            "what comes next."
        ),
        "authors": ["yusuf-demir", "lena-varga"],
        "tags": ["migration", "housing"],
        "published": "2026-11-03T07:15:00+00:00",
        "lead_image": "orlen-crossing-road",
        "lead_caption": (
            "The road from the Orlen crossing into Altessa, used by most arrivals from the Sarn "
            "valley."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "The buses from the Orlen crossing reach Pellmoor's main square at about four "
                    "in the afternoon, as the light goes. Most days there are two. On bad days, "
                    "when shelling flared in the Sarn valley on the other side of the hills, there "
                    "were as many as nine. Since last November this town of roughly 9,000 people "
                    "on Altessa's eastern frontier has registered 14,200 arrivals, according to "
                    "the municipal office."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Most stay only a few nights before moving on to relatives or to state "
                    "accommodation further west. But about 2,300 have remained, enough to change "
                    "the character of a town whose population had been shrinking for three "
                    "decades. The primary school has opened two extra classes. The clinic on "
                    "Station Road, staffed by three doctors, now sees around 160 patients a day, "
                    "twice its pre-war load."
                ),
            },
            {
                "type": "image",
                "image": "pellmoor-market-hall",
                "caption": (
                    "The former covered market in Pellmoor, now a registration and distribution "
                    "centre, on Monday afternoon."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The centre of the operation is the old covered market, which stopped trading "
                    "in 2019 and reopened as a reception hall with camp beds, a kitchen and a "
                    "registration desk run by municipal clerks and volunteers. It has 340 beds. On "
                    "the night The Meridian visited, 297 were occupied."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We did not plan any of this. We had a market hall, a good cook and people who "
                    "said yes. That has carried us further than I expected, but it is not a "
                    "system."
                ),
                "attribution": "Vera Halloran, deputy mayor of Pellmoor",
            },
            {
                "type": "paragraph",
                "text": (
                    "Money is the constant worry. The national government reimburses the town a "
                    "flat daily rate for each registered guest which, Halloran says, covers about "
                    "60 per cent of the real cost. The shortfall has been met from the road "
                    "maintenance budget and from a Halvic Union emergency grant that runs out in "
                    "March."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The presidential runoff on 15 November hangs over all of it. The challenger, "
                    "Halina Brosk, has promised to cap reception places in border districts and "
                    "move processing inland, a pledge that won support here as elsewhere in the "
                    "north-east. Residents interviewed in the square disagreed less about whether "
                    "the town should help than about how long it could keep doing so on its own."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "My father came over these hills in 1971 with nothing. I know what this is. "
                    "But my street has one doctor for half the valley."
                ),
                "attribution": "Ondrej Sal, a shopkeeper in Pellmoor",
            },
            {
                "type": "paragraph",
                "text": (
                    "Among those waiting at the registration desk was Mira, 34, a pharmacist from "
                    "Heddin who asked that her surname not be used because her husband is still on "
                    "the other side of the line. She had spent three nights in the hall with her "
                    "two daughters. 'They ask when we will go home,' she said. 'I tell them when "
                    "the bridge is repaired. It is not a lie, exactly.'"
                ),
            },
        ],
    },
    {
        "slug": "analysis-halvic-union-sanctions-korvath-tankers",
        "section": "world",
        "headline": (
            "Analysis: the Halvic Union's new sanctions target the tankers, not just the oil"
        ),
        "standfirst": (
            "By listing 38 vessels and two ship managers, the bloc is trying to close the gaps "
            "that let Korvath's oil exports fall by only 12 per cent in a year of restrictions."
        ),
        "authors": ["amara-okafor"],
        "tags": ["sanctions", "energy", "trade"],
        "published": "2026-10-15T08:00:00+01:00",
        "lead_image": "telle-bank-tankers",
        "lead_caption": (
            "Tankers at anchor off the Korvathi coast. The Union says transfers at the nearby "
            "Telle Bank are used to disguise cargoes."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "When Halvic Union foreign ministers agreed their fourth package of sanctions "
                    "against Korvath on Tuesday, the headline measure was not a new ban but a "
                    "list. Thirty-eight tankers, identified by their international registration "
                    "numbers, will be barred from Union ports, insurance and refuelling services, "
                    "along with two companies registered in the free zone of Port Anselm that the "
                    "bloc says manage them."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The focus reflects a problem the first three packages failed to solve. Those "
                    "measures stopped Union buyers from purchasing crude and refined products from "
                    "the state-owned Korvath Petroleum Company (KPC) and capped the price at which "
                    "Union firms could ship its cargoes elsewhere. Yet KPC's export volumes in the "
                    "twelve months to August fell by only 12 per cent, according to tracking data "
                    "compiled by the research group Halvic Energy Watch, while its average sale "
                    "price dropped by 9 per cent."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "The oil did not stop. It changed ships. Sanctions that only look at the cargo "
                    "end up chasing it across an ocean."
                ),
                "attribution": "Nadia Ferrante, senior analyst at Halvic Energy Watch",
            },
            {
                "type": "paragraph",
                "text": (
                    "Much of that trade moved to an ageing fleet bought second-hand over the past "
                    "two years, often with opaque ownership and insurance from providers outside "
                    "the Union. Satellite imagery reviewed by Energy Watch shows repeated "
                    "ship-to-ship transfers at the Telle Bank, an area of shallow water about 40 "
                    "kilometres off the Korvathi coast, where cargoes are pumped from "
                    "KPC-chartered vessels into tankers that then sail under other flags."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Listing individual ships makes those transfers costlier, but it is not a "
                    "cure. Vessels can be renamed and reflagged within weeks, and by Wednesday "
                    "morning the two management companies named on Tuesday had already filed "
                    "notices transferring several tankers to a third firm. Union officials "
                    "acknowledge the pattern; one diplomat involved in the negotiations called the "
                    "list 'a living document' that would be revised monthly."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The package also restricts sales to the main equipment suppliers of the "
                    "Dunmere refinery, a measure aimed at the longer term. Dunmere processes about "
                    "180,000 barrels a day and relies on imported catalysts and spare parts. "
                    "Industry analysts estimate it could run for 12 to 18 months before "
                    "maintenance problems start to reduce output."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "There are costs on the Union side too. Two member states whose refineries are "
                    "configured for Korvathi crude secured a six-month exemption on Tuesday, and "
                    "marine insurers in Lissun have warned that stricter due-diligence rules will "
                    "raise premiums for legitimate traffic in the Halvic Sea, including grain "
                    "ships leaving Ombre under the corridor agreement."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "Every sanctions package is a bet that the pressure will arrive before the "
                    "workaround does."
                ),
                "attribution": "Jonas Ekwall, a former Union trade negotiator",
            },
            {
                "type": "paragraph",
                "text": (
                    "Korvath's foreign ministry called the measures 'economic aggression' and said "
                    "it would raise them at the ceasefire talks in Lissun, where its delegation "
                    "wants a timetable for sanctions relief. Union officials insist the two tracks "
                    "are separate. How long that position holds may depend on how long the truce "
                    "does."
                ),
            },
        ],
    },
    {
        "slug": "sable-point-port-reopens",
        "section": "world",
        "headline": "Sable Point port reopens to cargo ships after 14 months",
        "standfirst": (
            "The first vessel since last September berthed on Monday after divers and minesweepers "
            "cleared the approach channel. The port's operators say full capacity is at least a "
            "year away."
        ),
        "authors": ["yusuf-demir", "amara-okafor"],
        "tags": ["trade", "transport", "diplomacy"],
        "published": "2026-11-24T07:30:00+00:00",
        "lead_image": "sable-point-quay",
        "lead_caption": (
            "Cranes at berth 4 in Sable Point, where the bulk carrier Aster Wind docked on Monday "
            "morning."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "A Halvic-flagged bulk carrier, the Aster Wind, became the first cargo ship in "
                    "14 months to berth at Estrenne's northern port of Sable Point on Monday, "
                    "after a clearance operation that removed 23 mines and two sunken barges from "
                    "the approach channel. Dock workers lined the quay as tugs brought the vessel "
                    "alongside berth 4 shortly after 9am. It is due to load 28,000 tonnes of "
                    "barley bound for Qelim."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Sable Point handled about 9 million tonnes of cargo a year before it closed "
                    "last September, when fighting along the coast brought Korvathi artillery "
                    "within range of the harbour. Its reopening was made possible by the truce "
                    "that has held since mid-September and by a separate technical agreement, "
                    "negotiated in Lissun, that guarantees safe passage for civilian ships along a "
                    "marked channel."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We have spent a year maintaining cranes for ships that did not come. This "
                    "morning one came. It is a start."
                ),
                "attribution": "Katarin Osk, operations director of the Sable Point Port Company",
            },
            {
                "type": "paragraph",
                "text": (
                    "The clearance took eleven weeks. Teams from three Union navies and a "
                    "commercial salvage firm, Nordhaven Marine, surveyed 34 square kilometres of "
                    "seabed with sonar and remotely operated vehicles. Two of the mines were of a "
                    "type that neither side has acknowledged laying; the observer mission agreed "
                    "in Lissun has been asked to investigate their origin."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "For now the port can take only vessels with a draught of less than 11 metres, "
                    "because silt built up in the main channel during the closure. Dredging is due "
                    "to begin in January and could take six months. Of the port's 31 cranes, 19 "
                    "are working. The rest need parts that were caught by export controls until "
                    "last month, when the Union approved a humanitarian exemption."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The reopening matters well beyond the harbour. Industrial towns in Estrenne's "
                    "north have depended on road haulage to Ombre, roughly 400 kilometres to the "
                    "south, since Sable Point closed. Freight forwarders estimate that moving a "
                    "container from Varel to the sea via Ombre costs about three times what it did "
                    "through Sable Point."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Insurers remain cautious. War-risk premiums for calls at Sable Point are "
                    "quoted at 2 per cent of a ship's hull value per visit, higher than for Ombre, "
                    "because of the port's proximity to the line of contact. Several large "
                    "container lines have said they will wait for at least one further extension "
                    "of the truce before scheduling regular calls."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "If the ceasefire holds through the winter, you will see the container lines "
                    "come back in spring. If it does not, the Aster Wind may turn out to be a "
                    "one-off."
                ),
                "attribution": "Oskar Brandt, shipping analyst at Halvic Maritime Intelligence",
            },
        ],
    },
    {
        "slug": "calder-bay-draft-budget-tax-rise-savings",
        "section": "local",
        "headline": "Calder Bay council proposes 4.9% tax rise and £18m of savings in draft budget",
        "standfirst": (
            "The ruling coalition's last budget before May's elections protects social care and "
            "night buses but would close two leisure centres and shorten library hours."
        ),
        "authors": ["priya-raman"],
        "tags": ["council", "elections", "housing"],
        "published": "2026-11-12T19:05:00+00:00",
        "updated": "2026-11-13T09:00:00+00:00",
        "lead_image": "calder-bay-city-chambers",
        "lead_caption": (
            "Calder Bay City Chambers, where the budget will be put to a full council vote in "
            "February."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "Calder Bay City Council has proposed raising council tax by 4.9 per cent and "
                    "finding £18.2m of savings next year, in a draft budget published on Thursday "
                    "that officials describe as the tightest since the city's finances were "
                    "restructured in 2011. The plan, which goes to a full council vote in "
                    "February, sets day-to-day spending at £641m."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The largest single pressure is adult social care, where costs have risen by "
                    "£23m in two years as the number of residents receiving care at home has "
                    "climbed past 6,400. Children's services, particularly placements for young "
                    "people with complex needs, account for a further £9m of growth."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We have protected the services that keep people safe and out of hospital. "
                    "Everything else has had to justify itself line by line."
                ),
                "attribution": "Councillor Samir Haddad, the council's finance convener",
            },
            {
                "type": "paragraph",
                "text": (
                    "To close the gap, the draft proposes shutting the Eastfield and Marrow Road "
                    "leisure centres, which together lose about £1.4m a year, and transferring "
                    "their pools to a community trust if one can be found by the summer. Opening "
                    "hours at the eleven branch libraries would fall from 48 to 36 a week. "
                    "City-centre parking charges would rise by 20p an hour, raising an estimated "
                    "£2.1m."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Some spending goes up. The budget sets aside £6m to buy and refurbish 80 "
                    "empty homes for use as temporary accommodation, which officials say would pay "
                    "for itself within four years by reducing the council's reliance on "
                    "bed-and-breakfast rooms, now costing £11.3m a year. Subsidies for the night "
                    "bus network and free travel for under-22s are kept at current levels."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Opposition councillors said the closures would fall hardest on the east of "
                    "the city. Gordon Pyle, who leads the largest opposition group, accused the "
                    "coalition of 'choosing the easy cuts over the hard reforms' and said his "
                    "group would publish an alternative budget in January. Unions representing the "
                    "140 staff at the two leisure centres said they had not been consulted."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "Eastfield is the only pool most families on the estate can reach without two "
                    "buses. If it goes, the swimming lessons go with it."
                ),
                "attribution": "Joanne Reekie, chair of Eastfield Community Council",
            },
            {
                "type": "paragraph",
                "text": (
                    "A public consultation opens on Monday and runs for six weeks. The budget is "
                    "the coalition's last before the municipal elections in May, when all 63 "
                    "council seats are contested; it currently governs with a majority of three."
                ),
            },
        ],
    },
    {
        "slug": "tram-line-3-eastfield-approved",
        "section": "local",
        "headline": "Tram extension to Eastfield cleared for construction after final approval",
        "standfirst": (
            "The 6.4km Line 3 will add nine stops and cross the Ardle on a new bridge. Work starts "
            "in March, and the first passengers are due in 2030."
        ),
        "authors": ["callum-reid"],
        "tags": ["transport", "council"],
        "published": "2026-10-05T06:30:00+01:00",
        "lead_image": "saltmarket-tram-tracks",
        "lead_caption": (
            "Tracks at the Saltmarket interchange, where Line 3 will branch off towards Eastfield. "
            "(Illustrative image)"
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "Calder Bay's long-delayed tram extension to Eastfield received final approval "
                    "on Friday, when the regional transport board signed off the £214m business "
                    "case for Line 3. Construction is scheduled to start in March, and Calder Bay "
                    "Transit expects the first passengers to use the line in the spring of 2030."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The 6.4-kilometre route will run from the existing interchange at Saltmarket, "
                    "through the Ropewalk Quay redevelopment area and across the River Ardle to a "
                    "terminus beside Eastfield's shopping centre. It adds nine stops, with trams "
                    "every seven minutes at peak times. A journey from Eastfield to the city "
                    "centre that now takes 34 minutes by bus in the morning rush is forecast to "
                    "take 17."
                ),
            },
            {
                "type": "image",
                "image": "ardle-tram-bridge-site",
                "caption": (
                    "The River Ardle near Carrick Street, where the new tram bridge will cross. "
                    "(Illustrative image)"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The most expensive single element is a 240-metre bridge over the Ardle, "
                    "costed at £41m. An earlier plan to share the Carrick Street road bridge was "
                    "dropped in 2024, after engineers found that it could not carry the extra load "
                    "without strengthening work that would have closed it for 18 months."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "Eastfield has 38,000 residents and the worst public transport access in the "
                    "city. This line changes which jobs and colleges are within reach for a lot of "
                    "people."
                ),
                "attribution": "Marcus Oyelaran, director of projects at Calder Bay Transit",
            },
            {
                "type": "paragraph",
                "text": (
                    "Funding comes from three sources: a £120m grant from national government, "
                    "£58m of council borrowing to be repaid from fares and a levy on new "
                    "development along the route, and £36m from the transport board's capital "
                    "reserve. The business case forecasts 7.2 million journeys a year by 2035."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Construction will not be painless. Carrick Street will be reduced to one lane "
                    "in each direction for about 14 months, and 23 businesses along the route will "
                    "be eligible for a compensation scheme covering lost trade. Traders on Dunmore "
                    "Road, where the tracks will run down the middle of the street, have asked for "
                    "the work to be phased so that no stretch is closed for more than twelve "
                    "weeks."
                ),
            },
            {
                "type": "quote",
                "text": "We support the tram. We would just like to still be here when it arrives.",
                "attribution": (
                    "Hamid Qureshi, who runs a bakery on Dunmore Road and chairs its traders' "
                    "association"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "A tram to Eastfield has been proposed in one form or another since 2009 and "
                    "has been through two public inquiries. The council's transport convener, "
                    "Councillor Niamh Docherty, said on Friday that approval marked 'the end of "
                    "the arguing and the start of the digging'."
                ),
            },
        ],
    },
    {
        "slug": "analysis-ropewalk-quay-affordable-homes",
        "section": "local",
        "headline": (
            "Analysis: Ropewalk Quay promises 1,400 homes. How many will local families afford?"
        ),
        "standfirst": (
            "The developer behind the harbour redevelopment wants to cut its affordable housing "
            "share from 25 to 15 per cent, citing build costs. Councillors must decide in "
            "December."
        ),
        "authors": ["callum-reid", "priya-raman"],
        "tags": ["housing", "council"],
        "published": "2026-10-21T07:00:00+01:00",
        "lead_image": "ropewalk-quay-sheds",
        "lead_caption": (
            "Disused sheds and sidings at Ropewalk Quay, where the first 320 flats are due to be "
            "started next year."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "For more than a decade, the empty sheds and rail sidings of Ropewalk Quay "
                    "have been the largest undeveloped site in central Calder Bay. The masterplan "
                    "approved in 2023 promised 1,400 homes, a waterfront park, a primary school "
                    "and space for 1,800 jobs on 19 hectares of former port land. The first phase, "
                    "320 flats along the old fish dock, is due to break ground next year."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The argument now is about who those flats are for. Quayline Partners, a joint "
                    "venture between the Calder Bay Port Authority and the investment firm "
                    "Harrowgate Capital, submitted a viability assessment last month arguing that "
                    "it can no longer meet its commitment to make 25 per cent of the homes "
                    "affordable. It proposes 15 per cent, rising to 20 per cent if construction "
                    "costs fall."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The assessment cites construction inflation of 31 per cent since the "
                    "masterplan was costed, and the expense of cleaning up contaminated ground, "
                    "which it now puts at £27m, almost double the original estimate. On those "
                    "figures, Quayline says, the original scheme would return less than the 15 per "
                    "cent margin its lenders require."
                ),
            },
            {
                "type": "image",
                "image": "ropewalk-fish-market",
                "caption": (
                    "The former fish market at Ropewalk Quay, which the masterplan would turn into "
                    "a food hall and workshops."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We want this to be a neighbourhood, not a gated postcode. But a scheme that "
                    "cannot be financed will not be built at all."
                ),
                "attribution": "Declan Morrow, managing director of Quayline Partners",
            },
            {
                "type": "paragraph",
                "text": (
                    "The council's own reviewers, the consultancy Fenwick Lamb, are more "
                    "sceptical. In a summary published with the committee papers, they accept the "
                    "higher clean-up costs but question the assumed sale prices, which they say "
                    "are 8 per cent below recent sales at comparable waterfront schemes. Adjusting "
                    "for that alone, they estimate the development could support 21 per cent "
                    "affordable housing."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The gap matters because of who is waiting. There are 11,200 households on "
                    "Calder Bay's housing register, and the median rent for a two-bedroom flat "
                    "reached £1,045 a month this year, 41 per cent of the median local take-home "
                    "pay. Each percentage point at Ropewalk Quay is worth about 14 homes."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "A ten-point cut sounds technical. It is 140 families who will stay in "
                    "temporary rooms a while longer."
                ),
                "attribution": "Marguerite Osei, director of the Calder Bay Tenants' Federation",
            },
            {
                "type": "paragraph",
                "text": (
                    "The planning committee will consider the revised application on 9 December. "
                    "It can accept the lower figure, insist on the original 25 per cent, or agree "
                    "a review mechanism that would claw back a share of any profit above the "
                    "forecast. Councillors on both sides of the chamber have shown interest in the "
                    "third option, which the city has used at two smaller sites since 2021."
                ),
            },
        ],
    },
    {
        "slug": "interview-marguerite-osei-tenants-federation",
        "section": "local",
        "headline": (
            "Interview: 'We are heating the street, not the home' — Marguerite Osei on Calder "
            "Bay's housing winter"
        ),
        "standfirst": (
            "The director of the Calder Bay Tenants' Federation on damp, rents, retrofits, and why "
            "she thinks the city's old stone terraces are its most undervalued asset."
        ),
        "authors": ["priya-raman"],
        "tags": ["housing", "energy"],
        "published": "2026-11-07T08:00:00+00:00",
        "lead_image": "lowtown-terraces",
        "lead_caption": (
            "Stone terraces above Lowtown. About 22,000 of Calder Bay's homes were built before "
            "1919."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "Marguerite Osei has run the Calder Bay Tenants' Federation from a first-floor "
                    "office above a launderette in Lowtown for nine years, after fourteen years as "
                    "a council housing officer. The federation represents 61 tenants' associations "
                    "across the city and now takes about 300 calls a month, up from 120 in 2022. "
                    "We spoke as the first cold spell of the season arrived. The conversation has "
                    "been edited for length."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "What are people calling about? 'Damp and mould, first and last. Then rents, "
                    "then repairs that were promised and never done. This autumn we are also "
                    "hearing from people who have stopped using their heating altogether because "
                    "they are frightened of the bill. That is new at this scale. A family in "
                    "Kilnhill told us last week that they heat one room and the children do their "
                    "homework in their coats.'"
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We have housing built for coal fires and draughts, and we are asking families "
                    "to heat it with the most expensive electricity in decades."
                ),
                "attribution": "Marguerite Osei",
            },
            {
                "type": "paragraph",
                "text": (
                    "Why focus on old housing rather than new building? 'New homes matter, and we "
                    "argue for them at Ropewalk Quay and everywhere else. But nine in ten of the "
                    "homes people will live in by 2040 already exist. About 22,000 of them in this "
                    "city are pre-1919 stone terraces. They are solid, they are well placed, and "
                    "they leak heat like a sieve. In January we are heating the street, not the "
                    "home. Insulate them properly and you cut bills, you cut damp, and you keep "
                    "people in neighbourhoods where they already belong.'"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The council's retrofit programme has insulated about 1,900 homes since 2023. "
                    "Is that enough? 'It is a good programme running at the wrong speed. At this "
                    "rate it takes most of the century. The bottleneck now is less money than "
                    "skilled installers, and a way of doing whole streets at once instead of one "
                    "house at a time. When you do a terrace together, the scaffolding, the surveys "
                    "and the permissions are shared, and the cost per home falls by something like "
                    "a third.'"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Private renters are a growing share of your calls. What would you change? "
                    "'Enforcement. The standards exist on paper. The city has four environmental "
                    "health officers for roughly 30,000 privately rented homes, so a landlord who "
                    "ignores a mould complaint knows the odds of an inspection are tiny. I would "
                    "double that team before anyone writes another strategy document.'"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "What gives you hope? 'The tenants. Two years ago the Marrow Road flats had no "
                    "association at all. Now they have a committee of twelve, they have had the "
                    "lifts repaired, and they forced the landlord to survey the cladding. People "
                    "are not passive about this. They are exhausted, which is different.'"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "And if you could ask one thing of the council elected in May? 'Treat a cold "
                    "home as a health problem, because it is one. The hospital pays for it in "
                    "January whether or not the housing department pays for it in October.'"
                ),
            },
        ],
    },
    {
        "slug": "kilnhill-primary-school-closure-vote",
        "section": "local",
        "headline": (
            "Kilnhill Primary to close next summer after council vote, despite parents' campaign"
        ),
        "standfirst": (
            "Councillors voted eight to five to merge the 94-pupil school with Braeside Primary, a "
            "mile away. Parents say the walk crosses two of the north side's busiest roads."
        ),
        "authors": ["priya-raman"],
        "tags": ["education", "council"],
        "published": "2026-10-29T18:50:00+00:00",
        "lead_image": "kilnhill-rooftops",
        "lead_caption": (
            "Kilnhill, in the north of Calder Bay, where the primary school has taught local "
            "children since 1961."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "Kilnhill Primary School will close at the end of this academic year after "
                    "Calder Bay's education committee voted eight to five on Thursday to merge it "
                    "with Braeside Primary, about 1.6 kilometres away. The decision ends, for now, "
                    "a fourteen-month campaign by parents, who filled the public gallery and held "
                    "a vigil outside the City Chambers before the vote."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The school, which opened in 1961, was built for 280 pupils and now has 94, "
                    "taught in four mixed-age classes. The education department says falling birth "
                    "rates in the north of the city mean the roll is forecast to drop to 71 within "
                    "five years, and that keeping the building open would require £2.3m of work on "
                    "its roof and heating over the same period."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "No one on this committee wanted to close a school. But a building two-thirds "
                    "empty, with a roof that leaks into two classrooms, is not the best we can "
                    "offer these children."
                ),
                "attribution": "Councillor Rhona Tait, the council's education convener",
            },
            {
                "type": "paragraph",
                "text": (
                    "Under the plan, Braeside, which has room for 420 pupils and currently teaches "
                    "301, will receive £1.1m to refurbish its early-years wing and add a second "
                    "nurture room. All Kilnhill staff will be offered posts at the merged school, "
                    "and the council has committed to a free bus for pupils living more than a "
                    "mile from Braeside for the first three years."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Parents argue that the figures miss what the school does. About 38 per cent "
                    "of Kilnhill's pupils are eligible for free school meals, against a city "
                    "average of 22 per cent, and its breakfast club feeds around 50 children each "
                    "morning. The walk to Braeside crosses Kiln Road and Harland Way, both of "
                    "which carry heavy traffic at the start and end of the school day."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "They keep saying 'a mile away' as if it's nothing. It's a mile with two "
                    "junctions where I wouldn't let my nine-year-old cross alone."
                ),
                "attribution": "Sinead Okonkwo, a parent and one of the campaign's organisers",
            },
            {
                "type": "paragraph",
                "text": (
                    "Campaigners had put forward an alternative: keeping the school open as a "
                    "smaller community hub, sharing the building with a nursery and a health "
                    "visitors' clinic. Council officers called the proposal 'thoughtful' but said "
                    "it left a funding gap of about £180,000 a year that no partner had offered to "
                    "fill."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The campaign said on Thursday evening that it would ask the national schools "
                    "ministry to review the decision, which it may do within six weeks on the "
                    "grounds that the consultation gave too little weight to road safety. If no "
                    "review is ordered, the school will close in July and the council will consult "
                    "on the building's future use."
                ),
            },
        ],
    },
    {
        "slug": "central-library-reopens-after-restoration",
        "section": "local",
        "headline": "Calder Bay's Central Library reopens after three-year, £16m restoration",
        "standfirst": (
            "The 1908 building on Saltmarket has a repaired dome, a new children's floor and its "
            "local history archive back on site. It reopens as branch libraries face shorter "
            "hours."
        ),
        "authors": ["callum-reid"],
        "tags": ["education", "council"],
        "published": "2026-11-16T07:00:00+00:00",
        "lead_image": "central-library-dusk",
        "lead_caption": (
            "The Central Library on Saltmarket, lit up on the evening before its reopening."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "The Central Library on Saltmarket reopened on Saturday after a three-year "
                    "restoration, with a queue of several hundred people stretching across the "
                    "square before the doors opened at 10am. By closing time staff had counted "
                    "4,860 visitors and issued 612 new library cards, more than the whole branch "
                    "network usually issues in a month."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The £16.2m project, paid for by the city council, a national heritage grant "
                    "and £1.3m raised from more than 3,000 individual donors, repaired the copper "
                    "dome and rotten roof timbers, added lifts to all four floors and replaced a "
                    "1970s extension with a glass-fronted children's library looking out over the "
                    "harbour. The reading room, closed since it was damaged by water in 2019, has "
                    "been restored to its original layout with 120 desks."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "This building was paid for by the people of this city in 1908, and they have "
                    "paid to repair it again. It should feel like theirs the moment they walk in."
                ),
                "attribution": "Alison Grieve, head of libraries at Calder Bay City Council",
            },
            {
                "type": "paragraph",
                "text": (
                    "The local history archive, which spent the works in temporary storage on an "
                    "industrial estate in Northfield, has returned to a climate-controlled "
                    "basement. Its holdings include harbour registers dating from 1787, some "
                    "40,000 photographs and the minute books of the city's dock workers' union. "
                    "Researchers can book sessions from next month."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Among the first visitors was Tom Lachlan, 81, a retired crane driver who "
                    "borrowed his first book here in 1951. He went straight to the reading room. "
                    "'It's brighter than I remember,' he said. 'And quieter. In my day it was full "
                    "of men reading the job adverts.'"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The reopening comes at an awkward moment for the library service. The "
                    "council's draft budget, published last week, proposes cutting opening hours "
                    "at the city's eleven branch libraries from 48 to 36 a week, saving £640,000. "
                    "Campaigners warn that the success of the Central Library could be used to "
                    "justify a service built around one flagship building."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "A beautiful central library is wonderful. But a seven-year-old in Eastfield "
                    "is not taking two buses to get here after school."
                ),
                "attribution": "Danielle Foy, of the Friends of Calder Bay Libraries",
            },
            {
                "type": "paragraph",
                "text": (
                    "The council says no branch will close under the current proposals and that "
                    "the new hours would keep every library open after school on at least three "
                    "weekdays. The budget consultation closes on 28 December."
                ),
            },
        ],
    },
    {
        "slug": "lowtown-flood-barrier-storm-ilsa",
        "section": "climate",
        "headline": (
            "Lowtown's new flood barrier holds as Storm Ilsa brings the highest tide in 30 years"
        ),
        "standfirst": (
            "The £74m Ardle estuary defences faced their first real test overnight. Engineers say "
            "they worked as designed; residents of an unprotected street upstream were less "
            "fortunate."
        ),
        "authors": ["ines-moreau"],
        "tags": ["water", "housing"],
        "published": "2026-11-10T06:00:00+00:00",
        "updated": "2026-11-10T15:30:00+00:00",
        "lead_image": "storm-ilsa-estuary",
        "lead_caption": (
            "Storm clouds over the Ardle estuary late on Monday, hours before the tide peaked."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "The tidal barrier across the mouth of the River Ardle held overnight as Storm "
                    "Ilsa drove the highest tide recorded in Calder Bay since 1996 into the "
                    "estuary, protecting about 3,400 homes and businesses in Lowtown that flooded "
                    "in similar conditions six years ago. The gauge at the harbour mouth peaked at "
                    "5.71 metres above chart datum at 2.14am, 38 centimetres above the predicted "
                    "tide."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The barrier's four steel gates, each weighing 210 tonnes, began closing at "
                    "10.40pm on Monday and stayed shut for nine hours. It was the first time they "
                    "had been used in a storm since the scheme was completed in April, although "
                    "they had been closed seven times for routine tests."
                ),
            },
            {
                "type": "image",
                "image": "lowtown-sea-wall",
                "caption": (
                    "Waves break against the raised sea wall along Shore Road in Lowtown during "
                    "Storm Ilsa."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "This is the night it was built for. The water came to within 60 centimetres "
                    "of the top of the gates, which is roughly what the models told us to expect."
                ),
                "attribution": "Helen Drummond, chief engineer at the Coastal Resilience Authority",
            },
            {
                "type": "paragraph",
                "text": (
                    "Not everywhere was protected. Upstream of the barrier, where the scheme "
                    "relies on raised embankments rather than gates, water overtopped a 300-metre "
                    "section of riverside path at Millhaugh and flooded the ground floors of 27 "
                    "properties. Firefighters evacuated 61 people by boat from Millhaugh Terrace "
                    "before 4am. No injuries were reported."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Residents there say they have been warned for years that their street lies "
                    "outside the main defences. The Authority's own 2021 appraisal listed "
                    "Millhaugh as a second-phase priority, with an estimated cost of £9m that has "
                    "yet to be funded."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We watched them build the barrier from our windows. Last night we watched the "
                    "water go round it."
                ),
                "attribution": "Gillian Brodie, who has lived on Millhaugh Terrace for 22 years",
            },
            {
                "type": "paragraph",
                "text": (
                    "Researchers at the University of Calder Bay say nights like this will become "
                    "more frequent. Sea level at the harbour gauge has risen by about 19 "
                    "centimetres since 1930, and the Authority's planning assumes a further rise "
                    "of 35 to 60 centimetres by 2100. A tide that was expected once every 50 years "
                    "in the 1990s is now expected roughly once every 12."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The council said on Tuesday afternoon that it would ask national government "
                    "to bring forward funding for the Millhaugh works and would open a hardship "
                    "fund for affected households. The gates were reopened at 7.40am, allowing "
                    "shipping to resume in the upper harbour."
                ),
            },
        ],
    },
    {
        "slug": "greyhope-airfield-solar-farm-approved",
        "section": "climate",
        "headline": (
            "Solar farm on former Greyhope airfield approved, with sheep grazing between the panels"
        ),
        "standfirst": (
            "The 48-megawatt scheme could power about 14,000 homes. Neighbouring farmers won "
            "changes to the layout, though not the cut in size they asked for."
        ),
        "authors": ["ines-moreau", "callum-reid"],
        "tags": ["energy", "farming"],
        "published": "2026-10-23T07:00:00+01:00",
        "lead_image": "greyhope-solar-array",
        "lead_caption": (
            "A solar array of the kind planned at Greyhope, where panels will be mounted high "
            "enough for sheep to graze beneath. (Illustrative image)"
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "Councillors have approved a 48-megawatt solar farm on the former Greyhope "
                    "airfield, 11 kilometres west of Calder Bay, after a four-hour planning "
                    "meeting at which farmers, ecologists and the developer argued over how the "
                    "96-hectare site should be used. The committee voted nine to two in favour on "
                    "Thursday evening, with conditions requiring sheep grazing and a 15-metre "
                    "margin of hedgerow and wildflower planting around the boundary."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The developer, Westerly Renewables, says the array of about 88,000 panels "
                    "will generate enough electricity in a year for around 14,000 homes. It will "
                    "connect to the grid at the Greyhope substation, which has had spare capacity "
                    "since a nearby gas-fired plant closed in 2022. Construction is expected to "
                    "take nine months."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "A runway is about the least productive use of land you can imagine. This "
                    "keeps it in farming and makes it a power station at the same time."
                ),
                "attribution": "Leila Navarro, project director at Westerly Renewables",
            },
            {
                "type": "paragraph",
                "text": (
                    "The strongest objections came from neighbouring farms, which argued that the "
                    "site's better-drained eastern fields should stay in crops. About a third of "
                    "the airfield is classed as good-quality arable land. After negotiation, the "
                    "developer removed panels from 14 hectares on the eastern edge, which will be "
                    "let to a local farmer for barley, shrinking the scheme from the 56 megawatts "
                    "originally proposed."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We're not against solar. We're against putting it on the best ground when "
                    "there are roofs and car parks all over the city."
                ),
                "attribution": "Angus Whyte, whose family farms land next to the airfield",
            },
            {
                "type": "paragraph",
                "text": (
                    "Sheep will graze beneath the panels, which are mounted high enough for them "
                    "to pass underneath. Trials on similar sites have found that grass yields "
                    "under panels fall by 10 to 20 per cent in an ordinary year but can hold up "
                    "better in dry summers, when partial shade reduces evaporation. Westerly has "
                    "agreed to monitor soil carbon and bird populations for ten years and to "
                    "publish the results."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The region's energy plan sets a target of 600 megawatts of new solar by 2035, "
                    "roughly five times what is installed today. Planning officers told the "
                    "committee that even if every suitable commercial roof in Calder Bay carried "
                    "panels, they would supply about 180 megawatts, so ground-mounted sites will "
                    "be needed to meet the target."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Residents living within 5 kilometres will be offered shares in 5 per cent of "
                    "the project, and Westerly will pay £240,000 a year into a community fund over "
                    "the scheme's 40-year life. The first payments are due once the farm begins "
                    "exporting power, expected in late 2027."
                ),
            },
        ],
    },
    {
        "slug": "ness-valley-drought-glenvar-reservoir",
        "section": "climate",
        "headline": "Ness Valley drought: reservoir at 29% as hosepipe ban is extended into winter",
        "standfirst": (
            "The driest spring and summer in six decades have left Glenvar Reservoir at its lowest "
            "October level on record. Farmers are selling cattle early and salmon are stranded in "
            "the estuary."
        ),
        "authors": ["ines-moreau", "lena-varga", "priya-raman"],
        "tags": ["water", "farming"],
        "published": "2026-10-03T07:00:00+01:00",
        "lead_image": "ness-valley-parched-fields",
        "lead_caption": (
            "Parched pasture in the upper Ness Valley, where grass stopped growing on many farms "
            "in late June."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "Glenvar Reservoir, which supplies drinking water to about 420,000 people in "
                    "Calder Bay and the Ness Valley, stood at 29 per cent of capacity on Friday, "
                    "its lowest October level since it was filled in 1958. Calder Water, the "
                    "public utility that runs it, said the hosepipe ban introduced in July would "
                    "stay in place until at least February."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The region had 312 millimetres of rain between March and September, 52 per "
                    "cent of the long-term average for those months and the lowest total since "
                    "records began at the Glenvar weather station in 1964. Soil moisture in the "
                    "upper valley has been at or close to its lowest measured levels since early "
                    "August, according to the regional environment agency."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "One wet week won't fix this. We need a normal winter, and then some, before "
                    "we're comfortable."
                ),
                "attribution": "Ruth Kinnear, head of water resources at Calder Water",
            },
            {
                "type": "paragraph",
                "text": (
                    "The utility has lowered pressure across its network overnight to reduce "
                    "leakage, and says demand is about 9 per cent below last year's. It has also "
                    "applied to take more water from the Ness at Drumlie, but the environment "
                    "agency has so far refused, because river flows are already below the level at "
                    "which abstraction must be restricted."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "On farms the effects have been sharpest for livestock producers. On many "
                    "holdings grass stopped growing in late June, and farmers have been feeding "
                    "winter silage since August. At the Ardross livestock market, sales of store "
                    "cattle in September were 40 per cent higher than a year earlier as farmers "
                    "thinned herds they could no longer afford to feed."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "I've sold a quarter of the herd. Good cows. You don't get those back with one "
                    "good year."
                ),
                "attribution": "Colin Baird, who farms 180 hectares near Drumlie",
            },
            {
                "type": "paragraph",
                "text": (
                    "The Ness itself is running at about a third of its normal October flow. "
                    "Fisheries officers say salmon have gathered in the estuary pools but few have "
                    "moved upstream to spawn, because the shallow riffles of the lower river are "
                    "too low to pass. In September, a rescue operation moved about 1,200 juvenile "
                    "fish from drying side channels into deeper water."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Scientists at the University of Calder Bay published an attribution study in "
                    "August estimating that human-caused warming made the spring's rainfall "
                    "deficit about three times more likely. Regional projections suggest summers "
                    "in the valley will grow drier even as winters get wetter, a pattern that will "
                    "require more storage and more flexible rules on how water is shared between "
                    "homes, farms and rivers."
                ),
            },
        ],
    },
    {
        "slug": "sennet-glacier-survey-volume-loss",
        "section": "climate",
        "headline": "Sennet Glacier has lost a fifth of its ice in 12 years, survey finds",
        "standfirst": (
            "A University of Calder Bay team spent six weeks measuring the glacier in the Vael "
            "Mountains. Their results show the thinning has sped up since 2020 and now reaches its "
            "upper basin."
        ),
        "authors": ["ines-moreau"],
        "tags": ["science", "water"],
        "published": "2026-10-09T09:00:00+01:00",
        "lead_image": "vael-mountains-glacier",
        "lead_caption": (
            "Peaks of the Vael Mountains above the Sennet valley. The glacier's tongue now ends in "
            "a lake that formed after 2014. (Illustrative image)"
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "The Sennet Glacier in the Vael Mountains has lost 21 per cent of its ice "
                    "volume since 2014, according to a survey completed this summer by "
                    "glaciologists from the University of Calder Bay, and the rate of loss over "
                    "the past five years has been almost double that of the five before. The "
                    "glacier's tongue has retreated 640 metres over the same period and now ends "
                    "in a lake that did not exist when the first survey was carried out."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The team of nine, led by Professor Anneke Voss, spent six weeks on the ice in "
                    "July and August, using ground-penetrating radar to measure thickness along 84 "
                    "kilometres of survey lines and drones to build a detailed map of the surface. "
                    "The results were compared with identical surveys made in 2014 and 2020."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "In 2014 we stood at some of these points on 60 metres of ice. This year, at a "
                    "few of them, we were standing on rock."
                ),
                "attribution": "Professor Anneke Voss, University of Calder Bay",
            },
            {
                "type": "paragraph",
                "text": (
                    "The glacier's average thickness fell from 94 metres to 78. Thinning was most "
                    "severe on the lower tongue, which lost up to 4 metres a year in places, but "
                    "the survey also found measurable losses in the upper basin, where snow has "
                    "historically built up faster than it melts. That matters, the researchers "
                    "say, because a glacier that is shrinking at the top is out of balance with "
                    "its climate and will keep retreating even if temperatures stop rising."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Weather stations near the glacier show that average summer temperatures at "
                    "2,000 metres have risen by 1.4C since the 1980s, and the freezing level "
                    "during summer storms has climbed by about 300 metres. More of the summer "
                    "precipitation now falls on the ice as rain, which speeds melting instead of "
                    "adding snow."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The glacier feeds the Sennet river, which irrigates about 12,000 hectares of "
                    "orchards and vegetable farms in the valley below. For now its meltwater is "
                    "still boosting late-summer flows as the ice wastes away. The team's modelling "
                    "suggests that contribution will peak within 15 to 25 years and then decline, "
                    "cutting August flows in the river by up to a third by the end of the century."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "Right now the glacier is giving the valley extra water by spending its "
                    "savings. The question is what the farms do when the account runs down."
                ),
                "attribution": "Dr Rafael Ibarra, hydrologist on the survey team",
            },
            {
                "type": "paragraph",
                "text": (
                    "The full results will be submitted to a peer-reviewed journal next year and "
                    "shared with the regional water authority, which has begun reviewing "
                    "irrigation licences in the valley. The team has left three automatic cameras "
                    "and a weather station on the glacier to transmit data through the winter, and "
                    "plans to repeat the survey in 2029."
                ),
            },
        ],
    },
    {
        "slug": "explainer-skerrow-bank-wind-curtailment",
        "section": "climate",
        "headline": "Explainer: why the Skerrow Bank wind farm is sometimes paid to switch off",
        "standfirst": (
            "On the windiest days, turbines off Calder Bay are turned down because the grid cannot "
            "carry their power south. Why it happens, what it costs and what might fix it."
        ),
        "authors": ["ines-moreau", "lena-varga"],
        "tags": ["energy", "science"],
        "published": "2026-11-14T08:00:00+00:00",
        "lead_image": "skerrow-bank-turbines",
        "lead_caption": "Turbines at Skerrow Bank, 28 kilometres off the coast of Calder Bay.",
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "What is Skerrow Bank? It is an offshore wind farm 28 kilometres east of "
                    "Calder Bay, with 72 turbines and a combined capacity of 864 megawatts. Since "
                    "reaching full operation in 2024 it has typically generated enough electricity "
                    "over a year for about a million homes, making it the largest single source of "
                    "power in the region."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Why is it switched off? On the windiest days, Skerrow Bank and other northern "
                    "wind farms can produce far more electricity than local homes and businesses "
                    "use. The surplus has to travel south, where demand is higher, but the "
                    "transmission lines that carry it were mostly built in the 1960s and 1970s for "
                    "coal and gas stations and have limited capacity. When they are full, the grid "
                    "operator instructs wind farms to reduce output. This is known as curtailment."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "How often does it happen? Records published by the grid operator and analysed "
                    "by The Meridian show Skerrow Bank was curtailed on 143 days in the twelve "
                    "months to September, losing about 11 per cent of its potential output. That "
                    "is roughly 420 gigawatt-hours, enough to supply about 125,000 homes for a "
                    "year."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "We are building clean power faster than we are building the wires to move it. "
                    "Curtailment is the bill for that mismatch."
                ),
                "attribution": (
                    "Dr Tobias Engel, energy systems researcher at the University of Calder Bay"
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Who pays? Wind farms told to switch off are compensated for the electricity "
                    "they would have sold. At the same time, gas plants further south are often "
                    "paid to increase output and cover the shortfall. Across the region these "
                    "balancing costs came to an estimated £310m last year, a charge that ends up "
                    "on household bills."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "What would fix it? Chiefly, more transmission capacity. A 2-gigawatt undersea "
                    "cable from the coast near Calder Bay to the south, known as the Eastern Link, "
                    "is due for completion in 2031, and two onshore line upgrades are in planning. "
                    "In the meantime storage can absorb some of the surplus: a 200-megawatt "
                    "battery is under construction at Greyhope, and the port authority is studying "
                    "a plant that would turn spare power into hydrogen for ships."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Is there a local answer? Some economists argue that electricity prices should "
                    "vary by region, so that cheap power in windy places draws energy-hungry "
                    "industry to set up near the turbines. Supporters say this would reduce "
                    "curtailment and bring jobs; critics warn it would create winners and losers "
                    "among households depending on where they live. The national energy regulator "
                    "is due to publish proposals next spring."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "When the wind blows, Calder Bay should be the cheapest place in the country "
                    "to run a factory or a heat pump. Instead it's one of the places most likely "
                    "to be told to stop generating."
                ),
                "attribution": (
                    "Morag Finlay, chief executive of the Calder Bay Chamber of Commerce"
                ),
            },
        ],
    },
    {
        "slug": "kell-water-river-restoration-salmon-return",
        "section": "climate",
        "headline": (
            "Three years after diggers gave it back its bends, the Kell Water is filling with fish"
        ),
        "standfirst": (
            "A restoration project that reversed a 1950s drainage scheme on a tributary of the "
            "Ness has brought back spawning salmon, gravel beds and floodplain wetland."
        ),
        "authors": ["ines-moreau"],
        "tags": ["water", "science", "farming"],
        "published": "2026-11-01T08:00:00+00:00",
        "lead_image": "kell-water-meanders",
        "lead_caption": (
            "The restored Kell Water winding across its old floodplain near Kellbridge."
        ),
        "body": [
            {
                "type": "paragraph",
                "text": (
                    "In 1954, engineers straightened a 4-kilometre stretch of the Kell Water, a "
                    "tributary of the River Ness, to drain the surrounding fields for farming. "
                    "They cut a deep, straight channel, lined parts of it with stone and dug out "
                    "the gravel beds where salmon had spawned for centuries. In the summer of "
                    "2023, a team from the Ness Rivers Trust set out to undo the work."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "Three years on, the results are visible from the road. The river now follows "
                    "a winding 5.6-kilometre course, more than a third longer than the channel it "
                    "replaced, with shallow riffles, deep pools and banks that are allowed to "
                    "erode and rebuild. After rain in mid-October finally lifted river levels, the "
                    "trust counted 47 salmon redds, the gravel nests in which females lay their "
                    "eggs, on the restored stretch. Before the work, the annual count never "
                    "exceeded three."
                ),
            },
            {
                "type": "image",
                "image": "kell-water-alder-planting",
                "caption": (
                    "Volunteers plant alder and willow along the new banks of the Kell Water near "
                    "Bankhead Farm. (Illustrative image)"
                ),
            },
            {
                "type": "quote",
                "text": (
                    "Rivers are very good at healing themselves once you give them the room. Our "
                    "job was mostly to get out of the way."
                ),
                "attribution": "Dr Isla Menzies, senior scientist at the Ness Rivers Trust",
            },
            {
                "type": "paragraph",
                "text": (
                    "The £2.8m project, funded by a national nature recovery fund, Calder Water "
                    "and the trust's own members, also reconnected the river to 31 hectares of its "
                    "former floodplain. About 19,000 trees, mostly alder, willow and birch, have "
                    "been planted along the banks to shade the water. That matters for young "
                    "salmon: during the heatwave of 2025, water in shaded sections was up to 4C "
                    "cooler than in open reaches."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The new wetlands also hold back floodwater. Monitoring during heavy rain last "
                    "February found that peak flows leaving the restored reach were 23 per cent "
                    "lower than those entering it, and arrived nearly five hours later, easing "
                    "pressure on the village of Kellbridge downstream."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The project needed the agreement of three landowners, who gave up about 40 "
                    "hectares of poor grazing in return for annual payments under a 25-year "
                    "agreement. One of them, Bankhead Farm, has since converted a disused steading "
                    "into rooms for anglers and birdwatchers."
                ),
            },
            {
                "type": "quote",
                "text": (
                    "Those fields flooded most winters anyway. I was paying to farm land that was "
                    "always trying to turn back into river."
                ),
                "attribution": "Morven Gray, who farms at Bankhead",
            },
            {
                "type": "paragraph",
                "text": (
                    "Not everything has gone to plan. Himalayan balsam, an invasive plant, has "
                    "colonised parts of the disturbed banks, and volunteers spent 600 hours "
                    "pulling it up this summer. Some anglers downstream complain that gravel "
                    "washed from the new channel has filled pools they used to fish. The trust "
                    "says the river is still settling and should stabilise within five to ten "
                    "years."
                ),
            },
            {
                "type": "paragraph",
                "text": (
                    "The trust has identified eleven more straightened tributaries in the Ness "
                    "catchment that could be restored in a similar way, at an estimated total cost "
                    "of £24m. Its next project, on the Allt Dubh above Drumlie, is due to start "
                    "next summer if funding is secured."
                ),
            },
        ],
    },
]
