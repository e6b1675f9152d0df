"""Demo discussions for `load_demo`: what readers said under some of the demo articles."""

from typing import NotRequired, TypedDict


class DemoComment(TypedDict):
    key: str  # unique within its article, e.g. "c1"
    author: str  # a guest display name; "" is shown as "Guest"
    body: str  # Masthead's Markdown subset: *italic*, **bold**, links, > quotes, lists
    minutes_ago: int  # how long ago it was posted; a reply is newer than its parent
    reply_to: NotRequired[str]  # key of the parent comment in the same article
    votes: NotRequired[int]  # net votes to give it
    held: NotRequired[bool]  # abusive on purpose: moderation holds it (the demo queue shows it)


DISCUSSIONS: dict[str, list[DemoComment]] = {
    # The lead story: 28 top-level comments and 15 replies over the last 30 hours, including one
    # chain (c24 to c32) that goes deeper than the thread view shows inline.
    "sable-point-port-reopens": [
        {
            "key": "c1",
            "author": "Ros from Varel",
            "body": (
                "Finally. Our works in Varel has been trucking everything down to Ombre since last "
                "autumn and the haulage bill nearly finished us. Even a partial reopening helps."
            ),
            "minutes_ago": 1790,
            "votes": 24,
        },
        {
            "key": "c2",
            "author": "",
            "body": (
                "Watched the tugs bring her in on the port's livestream. Didn't expect to find a "
                "bulk carrier moving, but there you are."
            ),
            "minutes_ago": 1745,
            "votes": 5,
        },
        {
            "key": "c3",
            "author": "Jim",
            "body": (
                "The line that stays with me is the operations director's: a year maintaining "
                "cranes for ships that did not come. People forget the port kept most of its "
                "staff on through all of that. Whatever happens with the truce, they deserve "
                "credit for being ready on the day."
            ),
            "minutes_ago": 1702,
            "votes": 31,
        },
        {
            "key": "c4",
            "author": "Agnes Tully",
            "body": "Well said Jim.",
            "minutes_ago": 1650,
            "reply_to": "c3",
            "votes": 12,
        },
        {
            "key": "c5",
            "author": "",
            "body": "One ship. Let's not get carried away.",
            "minutes_ago": 1655,
            "votes": -2,
        },
        {
            "key": "c6",
            "author": "Harbourside Annie",
            "body": (
                "One ship is one more than last month. Nobody in the piece claims more than that; "
                "read the last quote."
            ),
            "minutes_ago": 1610,
            "reply_to": "c5",
            "votes": 15,
        },
        {
            "key": "c7",
            "author": "Dmitri Sollen",
            "body": (
                "Small correction on the tonnage: *about 9 million tonnes a year* was the port's "
                "figure for 2024. In the months of 2025 before it closed it was running at roughly "
                "6.1 million annualised, because of the shelling further up the coast. Not a big "
                "difference for the story, but worth being precise."
            ),
            "minutes_ago": 1580,
            "votes": 18,
        },
        {
            "key": "c8",
            "author": "",
            "body": (
                "Isn't 9 million a fair description of its normal capacity though? 2025 wasn't "
                "normal for anyone up there."
            ),
            "minutes_ago": 1522,
            "reply_to": "c7",
            "votes": 7,
        },
        {
            "key": "c9",
            "author": "Dmitri Sollen",
            "body": 'Fair point. "About 9 million in a normal year" would have covered it.',
            "minutes_ago": 1490,
            "reply_to": "c8",
            "votes": 5,
        },
        {
            "key": "c10",
            "author": "",
            "body": (
                "Both fair. The port company's own "
                "[2025 traffic statement](https://example.org/sable-point/traffic-2025) has the "
                "monthly numbers if anyone wants to check."
            ),
            "minutes_ago": 1436,
            "reply_to": "c9",
            "votes": 6,
        },
        {
            "key": "c11",
            "author": "Samira H.",
            "body": (
                "A question for Yusuf or Amara, if you read these: is there any timeline for the "
                "observer mission's investigation into the two mines **neither side** "
                "acknowledges laying? That seems like the most important line in the whole piece "
                "and it's tucked away in the fourth paragraph."
            ),
            "minutes_ago": 1540,
            "votes": 27,
        },
        {
            "key": "c12",
            "author": "Pieter K.",
            "body": (
                'It came up at the Lissun briefing last week. The answer was "once the mission '
                'is fully deployed", which is diplomatic for "not yet".'
            ),
            "minutes_ago": 1480,
            "reply_to": "c11",
            "votes": 11,
        },
        {
            "key": "c13",
            "author": "Kath Brennan",
            "body": (
                "My dad drove a straddle carrier at Sable Point for 26 years and retired the "
                "spring before it closed. He phoned me at seven on Monday to say he was going "
                "down to watch the ship come in. He stood at the fence by berth 4 with a couple "
                "of hundred others, and he says nobody said a word until the ropes were on. Then "
                "someone started clapping and everyone joined in.\n\n"
                "He's not a sentimental man, but he was a bit choked telling me about it."
            ),
            "minutes_ago": 1460,
            "votes": 38,
        },
        {
            "key": "c14",
            "author": "Fraser Lyle",
            "body": (
                "For anyone interested in the insurance side, Halvic Maritime Intelligence put "
                "out a short note on war-risk pricing for the northern ports: "
                "[War-risk premiums after the Lissun agreement]"
                "(https://example.org/hmi/war-risk-northern-ports). 2% of hull value per call is "
                "steep, but it's down from the 5% being quoted in the spring."
            ),
            "minutes_ago": 1390,
            "votes": 16,
        },
        {
            "key": "c15",
            "author": "",
            "body": (
                "So the barley goes out to Qelim and the north still trucks everything in from "
                "Ombre? Seems like the benefits only go one way."
            ),
            "minutes_ago": 1330,
            "votes": 3,
        },
        {
            "key": "c16",
            "author": "Ros from Varel",
            "body": (
                "Bulk goes first because it needs the least: a berth, a conveyor and a draught "
                "under 11 metres. Containers need the full set of cranes and regular liner calls. "
                "It should even out if the truce holds."
            ),
            "minutes_ago": 1288,
            "reply_to": "c15",
            "votes": 13,
        },
        {
            "key": "c17",
            "author": "Élodie Marchetti",
            "body": (
                "Merci pour cet article très complet. Une précision utile : le chenal balisé "
                "négocié à Lissun n'est ouvert que de jour pour l'instant, ce qui limite encore le "
                "nombre d'escales. Espérons que la trêve tienne jusqu'au printemps."
            ),
            "minutes_ago": 1275,
            "votes": 10,
        },
        {
            "key": "c18",
            "author": "M. Lindqvist",
            "body": (
                "Good piece, but I think it undersells how fragile this is. Three things have to "
                "go right at once:\n\n"
                "- **the truce** has to be extended again before the container lines commit;\n"
                "- **the dredging** has to start on time in January, or nothing drawing more "
                "than 11 metres gets in;\n"
                "- **the spare parts** for the other 12 cranes actually have to arrive, now "
                "that the exemption is approved.\n\n"
                "Any one of those slipping sets the port back by months. The analyst put it "
                "best:\n\n"
                "> If it does not, the Aster Wind may turn out to be a one-off.\n\n"
                "I hope I'm wrong. I'd like to see a follow-up in the spring checking which of "
                "these actually happened."
            ),
            "minutes_ago": 1210,
            "votes": 29,
        },
        {
            "key": "c19",
            "author": "ليلى",
            "body": (
                "أخيرًا خبر سار. عائلتي في قليم تنتظر هذه الشحنات منذ أشهر، وقد ارتفعت أسعار "
                "الخبز هناك كثيرًا. نتمنى أن تصمد الهدنة وأن يعود الميناء إلى العمل بكامل "
                "طاقته. شكرًا على هذا التقرير المفصّل."
            ),
            "minutes_ago": 1130,
            "votes": 14,
        },
        {
            "key": "c20",
            "author": "",
            "body": (
                "Fourteen months to approve a humanitarian exemption for crane parts. Glad to see "
                "the Union moving at its usual blistering pace."
            ),
            "minutes_ago": 1118,
            "votes": 8,
        },
        {
            "key": "c21",
            "author": "",
            "body": "Wake me up when a container line actually schedules a call.",
            "minutes_ago": 1060,
            "votes": -1,
        },
        {
            "key": "c22",
            "author": "oldsalt",
            "body": (
                "Eleven weeks to clear 34 square kilometres is quick work. I did mine "
                "countermeasures for six years and we'd have been pleased with that in summer, "
                "never mind those waters in autumn."
            ),
            "minutes_ago": 1000,
            "votes": 22,
        },
        {
            "key": "c23",
            "author": "Tamsin Reilly",
            "body": (
                "Is there any word on what happened to the two sunken barges? Salvaged, or just "
                "dragged out of the channel?"
            ),
            "minutes_ago": 950,
            "votes": 4,
        },
        {
            "key": "c24",
            "author": "Hal Benedek",
            "body": (
                "I don't understand why insurers still price Sable Point above Ombre. The truce "
                "has held for over two months."
            ),
            "minutes_ago": 880,
            "votes": 6,
        },
        {
            "key": "c25",
            "author": "Fraser Lyle",
            "body": (
                "Because the line of contact is a short drive from Sable Point and hundreds of "
                "kilometres from Ombre. Insurers price the worst night, not the average one."
            ),
            "minutes_ago": 860,
            "reply_to": "c24",
            "votes": 14,
        },
        {
            "key": "c26",
            "author": "Hal Benedek",
            "body": (
                "But the guns pulled back under the truce. Isn't that the whole point of the "
                "Lissun agreement?"
            ),
            "minutes_ago": 835,
            "reply_to": "c25",
            "votes": 3,
        },
        {
            "key": "c27",
            "author": "Fraser Lyle",
            "body": (
                "They pulled back from the coast road. Whether they're out of range of the "
                "harbour depends on which map you believe."
            ),
            "minutes_ago": 810,
            "reply_to": "c26",
            "votes": 8,
        },
        {
            "key": "c28",
            "author": "",
            "body": (
                "Settling that is exactly what the observer mission is for, and it isn't fully "
                "deployed yet."
            ),
            "minutes_ago": 770,
            "reply_to": "c27",
            "votes": 5,
        },
        {
            "key": "c29",
            "author": "Hal Benedek",
            "body": (
                "Fair enough. So the premium comes down when the observers are in place, not when "
                "the truce is extended?"
            ),
            "minutes_ago": 742,
            "reply_to": "c28",
            "votes": 2,
        },
        {
            "key": "c30",
            "author": "Fraser Lyle",
            "body": (
                "Probably both. Underwriters want a track record: a few months of *verified* "
                "quiet, and then they start competing for the business again."
            ),
            "minutes_ago": 700,
            "reply_to": "c29",
            "votes": 6,
        },
        {
            "key": "c31",
            "author": "Hal Benedek",
            "body": "That makes sense. Thanks for taking the time, I learned something.",
            "minutes_ago": 655,
            "reply_to": "c30",
            "votes": 4,
        },
        {
            "key": "c32",
            "author": "Fraser Lyle",
            "body": (
                "Any time. The HMI note I linked in my other comment explains it better than I can."
            ),
            "minutes_ago": 610,
            "reply_to": "c31",
            "votes": 3,
        },
        {
            "key": "c33",
            "author": "",
            "body": (
                "28,000 tonnes sounds like a lot until you remember that an ordinary month here "
                "used to be around 750,000."
            ),
            "minutes_ago": 700,
            "votes": 10,
        },
        {
            "key": "c34",
            "author": "Kofi Asante",
            "body": (
                'Would be good to know who actually owns the Aster Wind. "Halvic-flagged" tells '
                "us where she's registered, not who is carrying the risk."
            ),
            "minutes_ago": 590,
            "votes": 7,
        },
        {
            "key": "c35",
            "author": "",
            "body": (
                'Dredging "could take six months". In my experience of harbour dredging '
                "contracts, budget for nine."
            ),
            "minutes_ago": 520,
            "votes": 5,
        },
        {
            "key": "c36",
            "author": "Nadia B.",
            "body": (
                "Good to see proper reporting on this rather than the press release. The detail "
                "on the cranes and the export controls is exactly what was missing elsewhere."
            ),
            "minutes_ago": 455,
            "votes": 11,
        },
        {
            "key": "c37",
            "author": "Hana V.",
            "body": (
                "Does anyone know whether the Aster Wind's crew were allowed ashore? Shore leave "
                "was a sticking point at Ombre earlier this year."
            ),
            "minutes_ago": 390,
            "votes": 3,
        },
        {
            "key": "c38",
            "author": "Wren",
            "body": (
                "Is the rail spur to Varel running again too? The port only helps the north if "
                "the goods can get inland."
            ),
            "minutes_ago": 300,
            "votes": 6,
        },
        {
            "key": "c39",
            "author": "",
            "body": (
                "That 2% premium per call gets passed on to someone, and it won't be the shipping "
                "line."
            ),
            "minutes_ago": 240,
            "votes": 3,
        },
        {
            "key": "c40",
            "author": "Josef in Ombre",
            "body": (
                "Speaking from Ombre: we're genuinely glad for Sable Point. Our quays have been "
                "running beyond capacity for a year and the queue of lorries on the ring road is "
                "a daily misery. Sharing the load is good for everyone."
            ),
            "minutes_ago": 160,
            "votes": 17,
        },
        {
            "key": "c41",
            "author": "",
            "body": (
                "23 mines and two barges cleared. Whoever did that work deserves more than one "
                "paragraph."
            ),
            "minutes_ago": 95,
            "votes": 8,
        },
        {
            "key": "c42",
            "author": "Agnes Tully",
            "body": ("Bookmarking this to compare in the spring, as someone suggested further up."),
            "minutes_ago": 42,
            "votes": 2,
        },
        {
            "key": "c43",
            "author": "",
            "body": "Fingers crossed for the next round in Lissun on 3 December.",
            "minutes_ago": 12,
            "votes": 1,
        },
    ],
    "calder-bay-draft-budget-tax-rise-savings": [
        {
            "key": "c1",
            "author": "Shona M.",
            "body": (
                "Both my kids learned to swim at Eastfield. The nearest other pool really is two "
                'buses away. "A community trust if one can be found by the summer" is not a '
                "plan."
            ),
            "minutes_ago": 8600,
            "votes": 21,
        },
        {
            "key": "c2",
            "author": "",
            "body": (
                "Marrow Road too. The trust idea has been tried elsewhere and it mostly ends with "
                "the pool closing two years later instead of now."
            ),
            "minutes_ago": 8420,
            "reply_to": "c1",
            "votes": 9,
        },
        {
            "key": "c3",
            "author": "Alasdair Finch",
            "body": (
                "For accuracy: 4.9% on a Band D bill works out at about £87 a year, not the £120 "
                "figure going round online. Still a lot, but let's argue about the real number."
            ),
            "minutes_ago": 8100,
            "votes": 16,
        },
        {
            "key": "c4",
            "author": "",
            "body": "Parking up 20p an hour and they wonder why the high street is empty.",
            "minutes_ago": 7300,
            "votes": -3,
        },
        {
            "key": "c5",
            "author": "Devi Nair",
            "body": (
                "The parking rise brings in £2.1m. Without it you're looking at another leisure "
                "centre or more library hours going. Someone has to pay for it."
            ),
            "minutes_ago": 7050,
            "reply_to": "c4",
            "votes": 7,
        },
        {
            "key": "c6",
            "author": "Retired librarian",
            "body": (
                "From 48 to 36 hours a week across eleven branches. The after-school hours are "
                "usually the first to go, and they're the hours that matter most."
            ),
            "minutes_ago": 5200,
            "votes": 18,
        },
        {
            "key": "c7",
            "author": "Marek",
            "body": (
                "Credit where it's due on temporary accommodation. £11.3m a year on B&B rooms is "
                "money that buys nothing; buying 80 homes is the one part of this budget that "
                "looks like a **reform** rather than a cut."
            ),
            "minutes_ago": 2900,
            "votes": 12,
        },
    ],
    "lowtown-flood-barrier-storm-ilsa": [
        {
            "key": "c1",
            "author": "Ruth on Shore Road",
            "body": (
                "We were flooded six years ago. This time I sat up all night watching the harbour "
                "gauge online and the water never came near us. Whatever it cost, it was worth "
                "it to this street."
            ),
            "minutes_ago": 9400,
            "votes": 26,
        },
        {
            "key": "c2",
            "author": "",
            "body": (
                'Great for Lowtown. Millhaugh has been "second phase" since 2021, and £9m is '
                "roughly an eighth of what the barrier cost."
            ),
            "minutes_ago": 9100,
            "votes": 19,
        },
        {
            "key": "c3",
            "author": "Ruth on Shore Road",
            "body": "Completely agree. Glad as I am, I'd sign any petition for Millhaugh.",
            "minutes_ago": 8800,
            "reply_to": "c2",
            "votes": 8,
        },
        {
            "key": "c4",
            "author": "Hamish Ure",
            "body": (
                "A question for Inès: the tide came in 38cm above prediction. How much of that "
                "was surge and how much was wind pushing water up the estuary? A breakdown would "
                "be really useful."
            ),
            "minutes_ago": 7600,
            "votes": 6,
        },
        {
            "key": "c5",
            "author": "",
            "body": (
                "Once every 12 years instead of once every 50. *That's* the paragraph people "
                "should be reading."
            ),
            "minutes_ago": 6100,
            "votes": 14,
        },
        {
            "key": "c6",
            "author": "Millhaugh resident",
            "body": (
                "Thank you for mentioning us. The hardship fund is open now; details are on the "
                "[council's page](https://example.org/calder-bay/storm-ilsa-hardship-fund) for "
                "anyone else on the Terrace."
            ),
            "minutes_ago": 4300,
            "votes": 11,
        },
    ],
    "tram-line-3-eastfield-approved": [
        {
            "key": "c1",
            "author": "Bilal R.",
            "body": (
                "34 minutes down to 17 would change my mornings completely. I'll believe 2030 "
                "when I see it, but this is good news."
            ),
            "minutes_ago": 7900,
            "votes": 15,
        },
        {
            "key": "c2",
            "author": "",
            "body": (
                "Proposed since 2009, two public inquiries. I'll bring a cake to the opening if "
                "I'm still around."
            ),
            "minutes_ago": 7400,
            "votes": 9,
        },
        {
            "key": "c3",
            "author": "Elspeth Gray",
            "body": (
                "The bakery owner's quote says it all. Phase the works, please: twelve weeks of "
                "disruption is survivable, fourteen months is not."
            ),
            "minutes_ago": 6500,
            "votes": 12,
        },
        {
            "key": "c4",
            "author": "",
            "body": (
                "Carrick Street down to one lane each way for 14 months will hit the buses too. "
                "Hope the diversions are planned properly this time."
            ),
            "minutes_ago": 6200,
            "reply_to": "c3",
            "votes": 4,
        },
        {
            "key": "c5",
            "author": "Niall",
            "body": (
                "For anyone checking: the three funding sources (£120m + £58m + £36m) do add up "
                "to the £214m in the business case. Nice to see one that adds up, literally."
            ),
            "minutes_ago": 3100,
            "votes": 5,
        },
        {
            "key": "c6",
            "author": "Sandra",
            "body": (
                "My neighbour earns £600 a day from home with one simple trading app!! Message "
                "me on WhatsApp +44 7700 900123 and I'll share the secret 💰💰"
            ),
            "minutes_ago": 2500,
            "held": True,
        },
        {
            "key": "c7",
            "author": "",
            "body": (
                "Nobody wants your cake, you miserable old fossil. Do everyone a favour and "
                "stay home."
            ),
            "minutes_ago": 2200,
            "reply_to": "c2",
            "held": True,
        },
        {
            "key": "c8",
            "author": "TramWatch",
            "body": (
                "The councillors who voted for fourteen months of roadworks should be dragged "
                "out and strung up on Carrick Street."
            ),
            "minutes_ago": 1900,
            "held": True,
        },
    ],
}
