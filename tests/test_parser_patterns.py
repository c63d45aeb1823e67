"""One short story per attribution pattern, in our own words.

Each case lists every quoted span it expects, in order: the start of its
text, its kind, and its speaker's name (None for unknown). A case fails on a
missing, extra, re-kinded or re-attributed quote, so it pins the whole
behaviour of the sieve on that pattern, not only the happy quote.
"""

from __future__ import annotations

import pytest

from tui.parser import parse

Expected = list[tuple[str, str, str | None]]

CASES: dict[str, tuple[str, Expected]] = {
    "said-after with appositive": (
        "Ferry fares rise\n\n"
        '"We had no choice," said Orla Brennick, a spokeswoman for the ferry company.',
        [("We had no choice", "direct", "Orla Brennick")],
    ),
    "name then said, surname later": (
        "Mill closes\n\n"
        "Tomasz Wendt ran the mill for thirty years.\n\n"
        '"It was my whole life," Wendt said.',
        [("It was my whole life", "direct", "Tomasz Wendt")],
    ),
    "said-colon": (
        'Bridge shut\n\nEngineer Paulo Reis said: "The cracks are deeper than we thought."',
        [("The cracks are deeper", "direct", "Paulo Reis")],
    ),
    "pronoun past a possessive distractor": (
        "Strike vote\n\n"
        "Union leader Dana Okafor met the manager's deputy on Friday.\n\n"
        '"We will not back down," she said.',
        [("We will not back down", "direct", "Dana Okafor")],
    ),
    "split quote": (
        'Harvest\n\n"The rain came late," said farmer Ilse Marr. "Then it would not stop."',
        [
            ("The rain came late", "direct", "Ilse Marr"),
            ("Then it would not stop", "direct", "Ilse Marr"),
        ],
    ),
    "continuation paragraph": (
        "Harbour\n\n"
        '"The boats are safe," said harbour master Kofi Asante.\n\n'
        '"We moved them inside last night."',
        [
            ("The boats are safe", "direct", "Kofi Asante"),
            ("We moved them inside", "direct", "Kofi Asante"),
        ],
    ),
    "introduced in the sentence before": (
        "Market\n\n"
        "This trader sells lemons by the bridge. She goes by the name Rosa.\n\n"
        '"Business has never been this slow."',
        [("Business has never been", "direct", "Rosa")],
    ),
    "unnamed source, then the same source": (
        "Raid\n\n"
        "A police spokesman said four people were held.\n\n"
        '"Nobody was hurt," the spokesman said.',
        [("Nobody was hurt", "direct", "a police spokesman")],
    ),
    "organisation statement and it added": (
        "Recall\n\n"
        'The Kelmore Water Authority said in a statement: "The supply is safe." '
        '"Tests continue daily," it added.',
        [
            ("The supply is safe", "direct", "Kelmore Water Authority"),
            ("Tests continue daily", "direct", "Kelmore Water Authority"),
        ],
    ),
    "according to": (
        'Fees\n\nThe plan is "a tax on patience," according to Mirela Voss.',
        [("a tax on patience", "partial", "Mirela Voss")],
    ),
    "partial after said": (
        'Zoo\n\nKeeper Amos Lindt said the new enclosure was "long overdue".',
        [("long overdue", "partial", "Amos Lindt")],
    ),
    "scare, title and name are nobody's words": (
        "Review\n\n"
        'The so-called "reform" stalled. Her novel "The Glass Orchard" sold well. '
        'The striker, known as "Spider", did not play.',
        [("reform", "scare", None), ("The Glass Orchard", "title", None), ("Spider", "name", None)],
    ),
    "no attribution stays unknown": (
        'Night shift\n\nThe hall was quiet after midnight.\n\n"Keep the doors shut."',
        [("Keep the doors shut", "direct", None)],
    ),
    "a sign is nobody's speech": (
        'Closure\n\nA sign on the gate reads "Closed until spring."',
        [("Closed until spring", "direct", None)],
    ),
    "shared surname qualified by elder stays unknown": (
        "Family firm\n\n"
        "Brothers Piet Kalder and Jan Kalder run the yard.\n\n"
        '"We argue every day," the elder Kalder said.',
        [("We argue every day", "direct", None)],
    ),
    "nested quote by the speaker himself": (
        "Coach\n\n\"I told them, 'Run until it hurts,'\" said coach Ben Ayodele.",
        [
            ("I told them", "direct", "Ben Ayodele"),
            ("Run until it hurts", "direct", "Ben Ayodele"),
        ],
    ),
    "multi-paragraph quote is one quote": (
        'Flood\n\nMayor Ingrid Sol said: "We were warned.\n\n"We did not listen."',
        [("We were warned. We did not listen.", "direct", "Ingrid Sol")],
    ),
    "British single quotes and apostrophes": (
        "Club\n\n"
        "Chairman Rhys Owen said the players’ wages were ‘safe’. "
        "‘We don’t owe anyone,’ Mr Owen said.",
        [("safe", "partial", "Rhys Owen"), ("We don’t owe anyone", "direct", "Rhys Owen")],
    ),
    "conversation turns alternate": (
        "Kitchen\n\n"
        "Chef Arno Veld watched as his apprentice, Mina Sato, tasted the sauce.\n\n"
        '"Too much salt," she told him.\n\n'
        '"Then add cream," he told her.',
        [("Too much salt", "direct", "Mina Sato"), ("Then add cream", "direct", "Arno Veld")],
    ),
    "headline quote repeats a body quote": (
        "Villagers fear 'a car park with a view'\n\n"
        'Parish clerk Edna Voll said the plan would leave "a car park with a view".',
        [
            ("a car park with a view", "partial", "Edna Voll"),
            ("a car park with a view", "partial", "Edna Voll"),
        ],
    ),
    "named in the sentence after": (
        "Marathon\n\n"
        "The wind dropped at noon.\n\n"
        '"My legs stopped listening to me."\n\n'
        "That was Hilde Brekke, who finished fourth.",
        [("My legs stopped listening", "direct", "Hilde Brekke")],
    ),
    "nickname inside a name": (
        'Derby\n\nWinger Marco "Spark" Dellucci scored twice. "I just ran," Dellucci said.',
        [("Spark", "name", None), ("I just ran", "direct", "Marco Dellucci")],
    ),
    "the company is the company named with an appositive": (
        "Job cuts\n\n"
        "Velmark, the furniture maker, said it would close two plants. "
        '"This was not an easy decision," the company said. "We will help everyone," it added.',
        [
            ("This was not an easy decision", "direct", "Velmark"),
            ("We will help everyone", "direct", "Velmark"),
        ],
    ),
    "plural source without an article": (
        'School report\n\n"Lessons start late and end early," inspectors wrote.',
        [("Lessons start late", "direct", "inspectors")],
    ),
    "a headline cue counts only beside the quote": (
        "Town votes to 'save' the pier as Berg claims victory\n\n"
        "Councillors voted on Monday to keep the old pier open.",
        [("save", "scare", None)],
    ),
    "transcript turns": (
        "Tide warning\n\n"
        "Presenter Lars Odegaard spoke to coastguard Erin Pike.\n\n"
        "ODEGAARD: How high will it get?\n\n"
        "PIKE: Higher than last winter.",
        [
            ("How high will it get?", "direct", "Lars Odegaard"),
            ("Higher than last winter.", "direct", "Erin Pike"),
        ],
    ),
    "the company after its role before the name": (
        "Fares rise\n\n"
        "The increase was approved by the region's bus operator, Tarrowlink, on Monday.\n\n"
        'In a statement, the operator called the rise "regrettable but necessary".',
        [("regrettable but necessary", "partial", "Tarrowlink")],
    ),
    "the club is the ... Rovers the story named": (
        "Manager leaves\n\n"
        "Dunmere Rovers have parted company with their manager after a poor run.\n\n"
        'The club said the search for a successor would begin "at once".',
        [("at once", "partial", "Dunmere Rovers")],
    ),
    "the club with no club named stays a description": (
        "Manager leaves\n\n"
        "Supporters gathered outside the ground on Sunday.\n\n"
        'The club said the search for a successor would begin "at once".',
        [("at once", "partial", "the club")],
    ),
    "the elder and the younger told apart by age": (
        "Bakery\n\n"
        "Ruth Okafor, 64, opened the bakery in 1990. Her son, Daniel Okafor, 31, "
        "now runs the ovens.\n\n"
        '"I still taste every loaf," the elder Okafor said.\n\n'
        '"She tastes every loaf twice," said the younger Okafor.',
        [
            ("I still taste every loaf", "direct", "Ruth Okafor"),
            ("She tastes every loaf twice", "direct", "Daniel Okafor"),
        ],
    ),
    "a first-name child is the younger of the surname": (
        "Cricket\n\n"
        "Edwin Marsh, 52, opened the batting with his son, Tom, on Saturday.\n\n"
        '"I finally got to show him how it is done," the younger Marsh said.',
        [("I finally got to show him", "direct", "Tom Marsh")],
    ),
    "the elder with nothing to decide stays unknown": (
        "Shop\n\n"
        "Ada Lind and Ivo Lind have run the shop since 1980.\n\n"
        '"We never close on a Sunday," the elder Lind said.',
        [("We never close on a Sunday", "direct", None)],
    ),
    "a bare shared surname means the story's main person": (
        "Clock repairer\n\n"
        "Ivo Brask, 70, mends clocks in a shed. He learned from his father, "
        "Anton Brask, who died in 1990.\n\n"
        'Brask said: "A clock is a patient thing."',
        [("A clock is a patient thing", "direct", "Ivo Brask")],
    ),
    "a partial before and said belongs to the subject": (
        "Coach sacked\n\n"
        'The board thanked the coach for his "hard work and loyalty" and said a new coach '
        "would be named soon.",
        [("hard work and loyalty", "partial", "the board")],
    ),
    "calls herself with a capitalised label": (
        "Chess\n\n"
        'At the corner table sits Mira Castell, 70, who calls herself the "Queen of the '
        'Park" and plays four games at once.',
        [("Queen of the Park", "partial", "Mira Castell")],
    ),
    "a reporting verb after a determiner is a noun": (
        "Will\n\n"
        "The note, found in a drawer after the farmer died, read: "
        '"The barn goes to whoever mends the roof."',
        [("The barn goes to", "direct", None)],
    ),
    "goes by the single name": (
        "Tour off\n\n"
        'The singer\'s producer, who goes by the single name "Pell," said the decision '
        'was hers. "Nobody pushed her," he wrote.',
        [("Pell", "name", None), ("Nobody pushed her", "direct", "Pell")],
    ),
    "named only as": (
        "Flood\n\n"
        "The parish chairman, a farmer who asked to be named only as Mr Tolley, said the "
        "village needed a plan. \u2018We cannot rely on luck,\u2019 he said.",
        [("We cannot rely on luck", "direct", "Mr Tolley")],
    ),
    "he at the start of a quotation is the man just named": (
        "Fraud\n\n"
        "The prosecutor told the court that Piet Hollis, 40, found his victims online.\n\n"
        "\"He would ring and say, 'Grandma, it's me,' and they believed him,\" the "
        "prosecutor said.",
        [
            ("He would ring and say", "direct", "the prosecutor"),
            ("Grandma, it's me", "direct", "Piet Hollis"),
        ],
    ),
    "he inside a quotation about someone unnamed stays unknown": (
        "Missing\n\n"
        "Mara Venn said her husband left at dawn.\n\n"
        "\"He told me, 'I will be back by six,' and he never came,\" she said.",
        [
            ("He told me", "direct", "Mara Venn"),
            ("I will be back by six", "direct", None),
        ],
    ),
    "my editor inside a quotation is the speaker's editor": (
        "Novel\n\n"
        'Writer Lina Sorrow threw away her first draft. "My editor called it '
        "'a very long postcard,' and she was right,\" Sorrow said.",
        [
            ("My editor called it", "direct", "Lina Sorrow"),
            ("a very long postcard", "partial", "Lina Sorrow's editor"),
        ],
    ),
    "she after my grandmother inside a quotation": (
        "Soup\n\n"
        'Ada Brill, a cook, explained the recipe. "It is the soup my grandmother made. She '
        "always said, 'Never rush a stock.'\" Brill said.",
        [
            ("It is the soup my grandmother made", "direct", "Ada Brill"),
            ("Never rush a stock", "direct", "Ada Brill's grandmother"),
        ],
    ),
    "my director is the director the story names": (
        "Race\n\n"
        "\"My director kept telling me, 'Not yet,'\" said the rider Nilo Varga.\n\n"
        "The voice on the radio belonged to Pell Norrin, the team's sporting director.",
        [
            ("My director kept telling me", "direct", "Nilo Varga"),
            ("Not yet", "direct", "Pell Norrin"),
        ],
    ),
    "a speaker does not name themselves": (
        "Ferry\n\n"
        "Oskar Dale has run the ferry for thirty years. The first passenger is the "
        "postman, Bram Tull, who crosses at seven.\n\n"
        '"Nobody else crosses after Bram," he said.',
        [("Nobody else crosses after Bram", "direct", "Oskar Dale")],
    ),
    "named speakers alternate in a conversation": (
        "Kiosk\n\n"
        '"You burnt that one," Mira told her sister Lise.\n\n'
        '"I burnt it because you were talking to me," Lise told her.\n\n'
        '"I am always talking to you."',
        [
            ("You burnt that one", "direct", "Mira"),
            ("I burnt it because", "direct", "Lise"),
            ("I am always talking", "direct", "Mira"),
        ],
    ),
    "the team by its last word": (
        "Ballpark\n\n"
        "The council approved a ballpark for the Dunhill Herons on Tuesday.\n\n"
        'In a statement, the Herons said they were "grateful" for the vote.',
        [("grateful", "partial", "Dunhill Herons")],
    ),
    "a quote signed with a dash": (
        "Strike\n\n\u201cThe plan is dead\u201d \u2014 Mara Quill, union leader.",
        [("The plan is dead", "direct", "Mara Quill")],
    ),
    "an initial keeps its full stop and particles stay in the name": (
        "Port\n\n"
        '"We will rebuild," said John F. Keller, spokesman for the port.\n\n'
        '"This is a good day," said Pieter van der Berg, the harbour master.',
        [
            ("We will rebuild", "direct", "John F. Keller"),
            ("This is a good day", "direct", "Pieter van der Berg"),
        ],
    ),
    "an age epithet is the person just named": (
        "Cup tie\n\n"
        "Ravi Osei came off the bench to score twice on Tuesday.\n\n"
        '"I have waited my whole life for this," the 23-year-old said.',
        [("I have waited my whole life", "direct", "Ravi Osei")],
    ),
    "a trade epithet is the person just named": (
        "Cup tie\n\n"
        "Ravi Osei said he had phoned the injured keeper after the match.\n\n"
        '"We will save the party for the final," the striker added.',
        [("We will save the party", "direct", "Ravi Osei")],
    ),
    "an office is not an epithet": (
        "Trial\n\n"
        "Dara Venn, prosecuting, said the thefts were planned.\n\n"
        '"You treated her as a cash machine," the judge said.',
        [("You treated her as a cash machine", "direct", "the judge")],
    ),
    "Mr and a surname for a son named by first name": (
        "Court\n\n"
        "The thefts came to light when Mrs Hale's son, Philip, checked her savings.\n\n"
        '"I should have looked sooner," Mr Hale said.',
        [("I should have looked sooner", "direct", "Philip Hale")],
    ),
    "the statement said is its author's": (
        "Court\n\n"
        "In a statement read to the court, Tom Barr said his mother had trusted her carer.\n\n"
        '"She was like family to us," the statement said.',
        [("She was like family to us", "direct", "Tom Barr")],
    ),
    "her supervisor is her supervisor, not her": (
        'Plant\n\nMrs Lode said she was told by her supervisor to "wear them at home".',
        [("wear them at home", "partial", "Mrs Lode's supervisor")],
    ),
    "a described source named later by the same noun": (
        "Plant\n\n"
        "A former shift manager at the plant said the warnings came by text.\n\n"
        '"We always knew when the inspectors were coming," he said.\n\n'
        "The manager, Howard Pell, 47, left in March.",
        [("We always knew when", "direct", "Howard Pell")],
    ),
    "questions marked Q are the reporters'": (
        "Fire\n\n"
        "The mayor, Ines Ferra, spoke to reporters on Thursday. Questions from reporters "
        "are marked Q.\n\n"
        "Q: Is the fire under control?\n\n"
        "FERRA: Not yet.",
        [
            ("Is the fire under control?", "direct", "the reporter"),
            ("Not yet.", "direct", "Ines Ferra"),
        ],
    ),
    "a surname that is also a place word": (
        "Bill\n\n"
        '"It is dead," said Gov. Lena Park, a Democrat.\n\n'
        '"It is dead," Park said in an interview Tuesday. Central Park was quiet.',
        [("It is dead", "direct", "Lena Park"), ("It is dead", "direct", "Lena Park")],
    ),
    "a role given with is": (
        "Row\n\n"
        "Mara Quill, 45, is the mayor. Tom Reyes runs the union.\n\n"
        'Reyes was blunt. "The plan has failed," he said.\n\n'
        '"He knows it is not true," the mayor said.',
        [("The plan has failed", "direct", "Tom Reyes"), ("He knows it", "direct", "Mara Quill")],
    ),
    "a description that names the source": (
        'Protest\n\n"Enough," said one of the protesters, a 23-year-old student named Ali.',
        [("Enough", "direct", "Ali")],
    ),
    "said she teaches who she is": (
        "Vote\n\n"
        "Mara Quill said she would fight on. Tom Reyes runs the union.\n\n"
        '"We will win this," she said.',
        [("We will win this", "direct", "Mara Quill")],
    ),
    "said in a statement that it makes an organisation": (
        "Market hall\n\n"
        "The borough council sold the hall in May. Pelling Estates said in a statement "
        "that it had followed the process.\n\n"
        '"We look forward to meeting the traders," it said.',
        [("We look forward", "direct", "Pelling Estates")],
    ),
    "a country's minister is the minister of that nationality": (
        "Ship seized\n\n"
        'Alcabria\'s foreign minister warned of "serious consequences" on Monday.\n\n'
        "Vesnian Foreign Minister Ildar Kemen said the ship was searched. Alcabrian "
        "Foreign Minister Vito Rusk called it piracy.",
        [("serious consequences", "partial", "Vito Rusk")],
    ),
    "accused of is the accuser's partial, and being accused is nobody's": (
        "Footbridge\n\n"
        "Councillor Glyn Parr accused both firms of 'passing the parcel'.\n\n"
        'The council leader has been accused of striking a "secret deal".',
        [("passing the parcel", "partial", "Glyn Parr"), ("secret deal", "partial", None)],
    ),
    "a described person who gives a first name": (
        "Strike\n\n"
        "A man in a suit waiting at a bus stop, who gave only his first name, Stellan, "
        "said the buses were full.\n\n"
        '"It is going to be a long two days," he said.',
        [("It is going to be a long two days", "direct", "Stellan")],
    ),
    "his in a clause about him is not the subject's": (
        "Album\n\n"
        "Abel Tancredi, 52, made his first record. Dessa Olander, who has managed him since his "
        "early days, said it took persuading.\n\n"
        '"He would sing a verse once and stop," she said.',
        [("He would sing a verse once", "direct", "Dessa Olander")],
    ),
    "a description keeps its restrictive who-clause": (
        'Flood\n\n"Nobody knocked on the door," said a woman who declined to give her name.',
        [("Nobody knocked on the door", "direct", "a woman who declined to give her name")],
    ),
    "an ampersand joins a firm's name": (
        "Storm\n\n"
        "Garrow Valley Power & Light said 60,000 homes had no electricity.\n\n"
        '"Our crews cannot reach them yet," the company said in a statement.',
        [("Our crews cannot reach them yet", "direct", "Garrow Valley Power & Light")],
    ),
    "a titled name's family, under the fullest name": (
        "Attack\n\n"
        "Raymond Hallworth, 78, was attacked on Friday.\n\n"
        "In a statement released through the force, Mr Hallworth's family said they were "
        '"heartbroken".\n\n'
        '"Dad is the gentlest man you could meet," the statement said.',
        [
            ("heartbroken", "partial", "Raymond Hallworth's family"),
            ("Dad is the gentlest man", "direct", "Raymond Hallworth's family"),
        ],
    ),
    "a club's manager is the subject, not the club": (
        "Match\n\n"
        "Pellerby manager Angela Curwen said her side had 'stopped doing the basics'.\n\n"
        "'For 45 minutes we were the better team,' she said.",
        [
            ("stopped doing the basics", "partial", "Angela Curwen"),
            ("For 45 minutes we were", "direct", "Angela Curwen"),
        ],
    ),
    "she passes over a man named last, by his first name": (
        "Plan approved\n\n"
        "The plan was drawn up by Karen Webb. It was approved last week by Michael Osei, "
        "who chairs the planning committee.\n\n"
        '"It has taken three years," she said.',
        [("It has taken three years", "direct", "Karen Webb")],
    ),
    "what the story says of sex beats the first name": (
        "Orchestra\n\n"
        "Conductor Florence Marr hired Sarah Pike in May. "
        "Marr said he had wanted her for years.\n\n"
        '"She plays like nobody else," he said.',
        [("She plays like nobody else", "direct", "Florence Marr")],
    ),
    "a first name that can be either sex decides nothing": (
        'Talks\n\nThe mayor, Alex Dunmore, met Peter Hall on Friday.\n\n"It was useful," she said.',
        [("It was useful", "direct", "Alex Dunmore")],
    ),
    "said someone's lawyer: the lawyer speaks, not the client": (
        "Appeal\n\n"
        "Tobin Varga was convicted in May.\n\n"
        '"We will appeal," said Varga\'s lawyer, Ines Moravec. '
        '"No comment," said Varga\'s brother.',
        [
            ("We will appeal", "direct", "Ines Moravec"),
            ("No comment", "direct", "Tobin Varga's brother"),
        ],
    ),
    "a programme after a broadcaster's name is a title": (
        'Budget\n\n"We have the votes," Senator Wilma Oduya told KVTN\'s "Capitol Week" on Sunday.',
        [("We have the votes", "direct", "Wilma Oduya"), ("Capitol Week", "title", None)],
    ),
    "a party in brackets between name and verb": (
        'Bill\n\nRep. Owen Marsh (R-Texas) said "the bill is dead."',
        [("the bill is dead", "direct", "Owen Marsh")],
    ),
    "narration before a quote in its own paragraph outranks continuation": (
        "Vote\n\n"
        "Karen Albright chairs the committee. Tomas Venn leads the opposition.\n\n"
        '"I have no plans to resign," Venn said.\n\n'
        'Albright was unmoved. "We will see."',
        [
            ("I have no plans to resign", "direct", "Tomas Venn"),
            ("We will see", "direct", "Karen Albright"),
        ],
    ),
    "less common reporting verbs and 'was quoted as saying'": (
        "Vote\n\n"
        "Karen Albright chairs the committee. Tomas Venn leads the opposition.\n\n"
        '"It is a scandal," Venn fumed. "Not a chance," Albright retorted.\n\n'
        '"We will abstain," Venn was quoted as saying by the state news agency.',
        [
            ("It is a scandal", "direct", "Tomas Venn"),
            ("Not a chance", "direct", "Karen Albright"),
            ("We will abstain", "direct", "Tomas Venn"),
        ],
    ),
    "a one-word company known by what only a company does": (
        "Cuts\n\n"
        "Ferrovane, which makes software for freight firms, will cut 900 jobs.\n\n"
        'In a filing, the company said the cuts would save "about $140 million."\n\n'
        "Shares in Quellson fell after Quellson said it would miss its targets. "
        '"Demand has softened," the company said.',
        [
            ("about $140 million", "partial", "Ferrovane"),
            ("Demand has softened", "direct", "Quellson"),
        ],
    ),
    "'it added' after a one-word name that just spoke": (
        "Recall\n\n"
        'Marvolt said: "We are confident in our products."\n\n'
        '"Customers can return them," it added.',
        [
            ("We are confident", "direct", "Marvolt"),
            ("Customers can return them", "direct", "Marvolt"),
        ],
    ),
    "a source familiar with the matter": (
        "Deal\n\n"
        "The Marden Group declined to comment, but a person familiar with the matter said "
        'the deal was "close."',
        [("close.", "partial", "a person familiar with the matter")],
    ),
    "a restaurant in apposition is not the 'she' who speaks next": (
        "Chef\n\n"
        "Lina Sauter starts the bread at seven. Morrow, her 40-seat restaurant on Quay Lane, "
        "opens at six in the evening.\n\n"
        '"The hard part is the boring part," she says.',
        [("The hard part is the boring part", "direct", "Lina Sauter")],
    ),
    "a sister named by first name, then in full, is one person": (
        "Chef\n\n"
        "Lina Sauter walked out of her exams. Her younger sister, Cosima, remembers the call.\n\n"
        '"She rang me from a bus stop," Cosima Sauter says.\n\n'
        'Sauter is less sentimental. "I was bored," she says.',
        [
            ("She rang me from a bus stop", "direct", "Cosima Sauter"),
            ("I was bored", "direct", "Lina Sauter"),
        ],
    ),
    "a note that reads: words on a thing, nobody's speech": (
        "Chef\n\n"
        "Oren Pask sent a note back to the kitchen. It reads: "
        '"Too much salt. Everything else, perfect."',
        [("Too much salt", "direct", None)],
    ),
    "a place word as a surname after a given name": (
        "Tennis\n\n"
        "Mateo Ferreyra beat Jin-woo Park 7-6, 6-3 on Saturday.\n\n"
        'Park, playing his first semifinal, was gracious. "He was better than me," Park said.',
        [("He was better than me", "direct", "Jin-woo Park")],
    ),
    "a capitalised word before plural people is a description": (
        "Homes\n\n"
        "Planning officers had recommended approval, concluding that the harm would be "
        '"limited and localised".',
        [("limited and localised", "partial", "Planning officers")],
    ),
    "a subject after a place and a where-clause": (
        "Flood\n\n"
        "Darnell Hughes owns a tire shop.\n\n"
        '"Nobody came," Hughes said.\n\n'
        "At the fairgrounds, where dozens of people were filling sandbags, one volunteer, "
        "who declined to give his name, said he had driven in from two counties away.\n\n"
        '"Everybody here knows somebody down there," he said.',
        [
            ("Nobody came", "direct", "Darnell Hughes"),
            ("Everybody here knows", "direct", "one volunteer"),
        ],
    ),
    "one of her customers, under her name": (
        "Bakery\n\n"
        "Marzena Brosz opens at six.\n\n"
        "One of her regular customers has bought bread here for forty years. She walks the "
        "long way round.\n\n"
        '"Where else would I go?"',
        [("Where else would I go?", "direct", "one of Marzena Brosz's regular customers")],
    ),
    "a speech verb ending the sentence before does not make a place a person": (
        "Ship\n\n"
        "The crew are held at the port of Ardesh, officials said.\n\n"
        'Port officials in Ardesh said the crew were "free to move about the ship".',
        [("free to move about the ship", "partial", "Port officials in Ardesh")],
    ),
    "'he said' inside a quote: the man named two sentences before": (
        "Mine\n\n"
        "One of the rescued men, Aurel Zsentai, called his brother from the ambulance. "
        "The brother, Matyas Zsentai, said the group had sung.\n\n"
        "\"He said, 'We sang every song we know,'\" Matyas Zsentai told reporters.",
        [
            ("He said, 'We sang", "direct", "Matyas Zsentai"),
            ("We sang every song", "direct", "Aurel Zsentai"),
        ],
    ),
    "a headline echoing a quote inside a quote is not the outer speaker's": (
        "\"If you can count the garlic, it isn't enough\": a chef on her mother's recipes\n\n"
        '"My mother cooked with her nose. A neighbour told me she used to say, '
        "'If you can count the garlic, it isn't enough,'\" said chef Benedetta Vescari.",
        [
            ("If you can count the garlic", "direct", "Benedetta Vescari's mother"),
            ("My mother cooked", "direct", "Benedetta Vescari"),
            ("If you can count the garlic", "direct", "Benedetta Vescari's mother"),
        ],
    ),
    "'the company' before the story shows its only company is one": (
        "Handover\n\n"
        "Nigel Hembury has run Hembury Locks for 28 years.\n\n"
        'In a press release, the company called the handover "a natural next step".\n\n'
        "Shares in Hembury Locks rose 4 per cent on Monday.",
        [("a natural next step", "partial", "Hembury Locks")],
    ),
    "a headline that trims a word from the body's quote": (
        "'We were told for two years it was a done deal': councillors throw out homes plan\n\n"
        "'We were told for two years that it was a done deal,' said one man in the "
        "public gallery.",
        [
            ("We were told for two years it", "direct", "one man in the public gallery"),
            ("We were told for two years", "direct", "one man in the public gallery"),
        ],
    ),
    "a time phrase with no comma before the subject of a nested quote": (
        "Hospital\n\n"
        "His daughter, Sinead Costello, stayed the night.\n\n"
        '"At about three in the morning a nurse brought him tea and said, '
        "'There is just nowhere to put you.'\" she said.",
        [
            ("At about three in the morning", "direct", "Sinead Costello"),
            ("There is just nowhere", "direct", "a nurse"),
        ],
    ),
    "'claims' after a verb is a noun; 'always says' is a verb": (
        "Batteries\n\n"
        "Voltrenne, a startup that makes home batteries, said on Monday it had raised "
        '$85 million, even as a regulator examines claims that its batteries "cannot catch '
        'fire."\n\n'
        "\"He always says, 'Nobody bothers an old man,'\" said his daughter, Ruth Hallam.",
        [
            ("cannot catch fire", "partial", "Voltrenne"),
            ("He always says", "direct", "Ruth Hallam"),
            ("Nobody bothers an old man", "direct", None),
        ],
    ),
    "'the company' is never an association": (
        "Routes\n\n"
        "DORRANCE (Wire) — Skyvane, a regional airline that flies to 22 airports, will cut "
        "six routes, the company said on Thursday.\n\n"
        "The Dorrance Aviators' Association welcomed the review.\n\n"
        '"Safety comes first," the company said.',
        [("Safety comes first", "direct", "Skyvane")],
    ),
    "'they' inside a quote after the speaker rang the council": (
        "Leak\n\n"
        "Westmarsh County Council said repairs were planned.\n\n"
        "'When I rang the council they told me, \"It's on the list.\"' said parent Ruth Omole.",
        [
            ("When I rang the council", "direct", "Ruth Omole"),
            ("It's on the list.", "direct", "Westmarsh County Council"),
        ],
    ),
    "'according to X' closing the sentence after a partial quote": (
        "Knees\n\n"
        "Dr Sigrun Ellingboe led the trial.\n\n"
        'Patients were "noticeably more active" by the end of the study, according to '
        "Ellingboe.",
        [("noticeably more active", "partial", "Sigrun Ellingboe")],
    ),
    "'according to' records that are no speaker: the one who told is": (
        "Crash\n\n"
        "Cody Rasmussen, 24, was driving the van.\n\n"
        "According to court records, Rasmussen told the first deputy that he had "
        '"looked down for one second".',
        [("looked down for one second", "partial", "Cody Rasmussen")],
    ),
    "a three-word headline quote that drops one word of the body's": (
        'Bank holds rates as governor warns inflation "not yet beaten"\n\n'
        'Governor Ilinca Dravescu said price rises had "not yet been beaten."',
        [
            ("not yet beaten", "partial", "Ilinca Dravescu"),
            ("not yet been beaten", "partial", "Ilinca Dravescu"),
        ],
    ),
    "'what the grandfather calls': the subject after 'what'": (
        "Boats\n\n"
        "Tobias Marrack, 78, restores boats with his grandchildren.\n\n"
        'The family has no time for what Marrack calls "fibreglass coffins".',
        [("fibreglass coffins", "partial", "Tobias Marrack")],
    ),
    "'said his manager had told him': the manager told": (
        "Match\n\n"
        "Kelmouth manager Lars Haugland was unhappy. Ebuka Nwankpa scored twice.\n\n"
        "Nwankpa, who had not scored since October, said his manager had told him he was "
        '"playing like a man waiting for a bus".',
        [("playing like a man waiting", "partial", "Lars Haugland")],
    ),
    "a long 'Asked whether ...,' before the subject": (
        "Match\n\n"
        "Graham Mallory manages Dunholt.\n\n"
        "Asked whether he would contact the officials' body about the referee's performance "
        'on the day, Mallory said he would "let the club do the talking" but added: '
        '"Anyone with eyes saw it."',
        [
            ("let the club do the talking", "partial", "Graham Mallory"),
            ("Anyone with eyes saw it", "direct", "Graham Mallory"),
        ],
    ),
    "a team's line-up is not a transcript turn": (
        "Rovers 2 Athletic 1\n\n"
        "'It was a penalty,' said Graham Mallory.\n\n"
        "Dunholt Rovers: Pritchard; Oyelaran, Marsh, Kettering, Doyle; Breen, Halloran.\n\n"
        "Kelmouth Athletic: Lobo; Grice, Wierzbicki, Amadi, Fenwick; Lezcano, Lindqvist.",
        [("It was a penalty", "direct", "Graham Mallory")],
    ),
    "'the statement said' with no issuer is not a place just mentioned": (
        "Talks\n\n"
        "Engineers will review the schedule of the Kessaro Dam, a joint statement said.\n\n"
        'The statement said the fishing row "remains unresolved".',
        [("remains unresolved", "partial", None)],
    ),
    "a partial quote in a new clause after a reported cue": (
        "Bill\n\n"
        "Garrett Pruitt, a lobbyist for the manufacturers, said his members would still urge "
        'the governor to veto the bill, even though "we know how that\'s going to go."',
        [("we know how that's going to go", "partial", "Garrett Pruitt")],
    ),
    "a described person after an inverted verb is the next 'she'": (
        "Bill\n\n"
        "Senator Shanice Booker wrote the bill.\n\n"
        "Also in the gallery was a dental hygienist from Cold River who asked that her name "
        "not be used. She wiped her eyes.\n\n"
        '"I just want to go to work," she said.',
        [("I just want to go to work", "direct", "a dental hygienist from Cold River")],
    ),
    "an appositive's relative clause and 'one of X's shareholders'": (
        "Results\n\n"
        "Ostler Paints, the family-owned group that has doubled its share of the trade market "
        "in three years by selling through builders' merchants, denies a price war.\n\n"
        '"We have not cut a price," Ostler Paints said. "Decorators have noticed," it added.\n\n'
        "One of Harwick's ten largest shareholders, who asked not to be named, said investors "
        'would give management "one more year".',
        [
            ("We have not cut a price", "direct", "Ostler Paints"),
            ("Decorators have noticed", "direct", "Ostler Paints"),
            ("one more year", "partial", "one of Harwick's ten largest shareholders"),
        ],
    ),
    "a journal's name keeps its 'of'": (
        "Study\n\n"
        "The Calderwood Journal of Clinical Neurology said it had fast-tracked the paper "
        '"because of the potential public health importance of the findings."',
        [("because of the potential", "partial", "Calderwood Journal of Clinical Neurology")],
    ),
    "an agency quoted X as saying": (
        "Dam\n\n"
        "Talvoro's state news agency, Talvorpress, struck a harder tone. It quoted Deputy "
        'Energy Minister Gulnora Saidova as saying the reservoir lay "entirely within '
        'Talvoran territory."',
        [("entirely within Talvoran territory", "partial", "Gulnora Saidova")],
    ),
    "'the paper quoted X as saying' after the quote": (
        "Vote\n\n"
        "Thomas Venn leads the opposition.\n\n"
        '"We lost," the Courier quoted Venn as saying.',
        [("We lost", "direct", "Thomas Venn")],
    ),
    "a bare surname keeps meaning the person it first meant": (
        "Boats\n\n"
        "Tobias Marrack restores boats.\n\n"
        "Marrack is 78. He works with his granddaughter and grandson, Nell and Kit Marrack.\n\n"
        '"Grandad doesn\'t really ask," says Nell, who is 17.\n\n'
        "Their father, Aaron Marrack, a paramedic, grew up in this shed too.\n\n"
        "Tobias learned the trade from his own father, Joseph Marrack. He talks about him "
        "constantly.\n\n"
        '"My father never wrote anything down," Marrack says.',
        [
            ("Grandad doesn't really ask", "direct", "Nell Marrack"),
            ("My father never wrote", "direct", "Tobias Marrack"),
        ],
    ),
    "a subject after an 'As he was led away,' clause": (
        "Court\n\n"
        "Kyle Brannigan, 23, was jailed for 18 months.\n\n"
        "As he was led to the cells, Brannigan looked up at the public gallery and said "
        '"Sorry, Mum."',
        [("Sorry, Mum.", "direct", "Kyle Brannigan")],
    ),
    "the second reporter is not the first": (
        "Raid\n\n"
        "DI ODHIAMBO: Three men entered the shop.\n\n"
        "REPORTER: Was anyone hurt?\n\n"
        "DI ODHIAMBO: No.\n\n"
        "SECOND REPORTER: How much was taken?",
        [
            ("Three men entered", "direct", "Odhiambo"),
            ("Was anyone hurt?", "direct", "the reporter"),
            ("No.", "direct", "Odhiambo"),
            ("How much was taken?", "direct", "the second reporter"),
        ],
    ),
    "a cue belongs to the first quote when a new phrase stands before the second": (
        "Boats\n\n"
        "Tobias Marrack restores boats.\n\n"
        'The family has no time for what Marrack calls "fibreglass coffins", or for the old '
        'hulls that end up "upcycled" into garden planters. A spokeswoman said visits were '
        '"unannounced by design" and that it would "look closely" at the claims.',
        [
            ("fibreglass coffins", "partial", "Tobias Marrack"),
            ("upcycled", "scare", None),
            ("unannounced by design", "partial", "a spokeswoman"),
            ("look closely", "partial", "a spokeswoman"),
        ],
    ),
    "X's reply after a colon": (
        'Vote\n\nKaren Albright chairs the committee.\n\nAlbright\'s reply: "No."',
        [("No.", "direct", "Karen Albright")],
    ),
    "inside a turn: the person the speaker just named, and 'one of our members'": (
        "Strike\n\n"
        "AGNES MBATHA: Last month one of our members nodded off at a red light. He said to me "
        'afterwards, "Agnes, I didn\'t even feel it coming."\n\n'
        "YUSUF DEMIR: The authority's chief operating officer, Piotr Kowalski, says the "
        'demands would cost millions. In a statement he said, "We are ready to talk."',
        [
            ("Last month one of our members", "direct", "Agnes Mbatha"),
            ("Agnes, I didn't even feel it", "direct", "one of Agnes Mbatha's members"),
            ("The authority's chief", "direct", "Yusuf Demir"),
            ("We are ready to talk", "direct", "Piotr Kowalski"),
        ],
    ),
    "a nickname for the person just named, in the headline and the body": (
        "'I've given it everything': 'Bulldozer' Fonua-Kellaway calls time\n\n"
        "For 17 seasons they gave the ball to Sione Fonua-Kellaway.\n\n"
        "The 35-year-old No 8, known to every supporter in the ground as 'Bulldozer', "
        "announced on Monday that he will retire.\n\n"
        "'I've given it everything I had,' he said.",
        [
            ("I've given it everything", "direct", "Sione Fonua-Kellaway"),
            ("Bulldozer", "name", None),
            ("Bulldozer", "name", None),
            ("I've given it everything I had", "direct", "Sione Fonua-Kellaway"),
        ],
    ),
    "a live blog's entry headings and labels are not transcript turns": (
        "Live: government survives confidence vote\n\n"
        "Summary: The coalition has won a vote of confidence by 81 votes to 79.\n\n"
        "Dvorski: 'Now let us get back to work'\n\n"
        'Prime Minister Marek Dvorski thanked MPs. "Now let us get back to work," he said.\n\n'
        "Result: government wins by 81 votes to 79",
        [
            ("Now let us get back to work", "direct", "Marek Dvorski"),
            ("Now let us get back to work", "direct", "Marek Dvorski"),
        ],
    ),
    "a statement read on behalf of a family is the family's": (
        "Crash\n\n"
        "A family of five escaped unhurt. The Red Cross is helping the family.\n\n"
        "The family's pastor read a short statement outside the church on behalf of the "
        "Boateng-Barnes family.\n\n"
        '"We are shaken, but we are whole," the statement said.',
        [("We are shaken", "direct", "the Boateng-Barnes family")],
    ),
    "a family described, then called by its name": (
        "Crash\n\n"
        "A family of five escaped unhurt.\n\n"
        '"We are whole," the Boateng-Barnes family said.',
        [("We are whole", "direct", "the Boateng-Barnes family")],
    ),
    "a neighbour across the street": (
        'Crash\n\n"We have asked for speed bumps for years," said a neighbor across the street.',
        [("We have asked for speed bumps", "direct", "a neighbor across the street")],
    ),
    "'is calling for' is no passive; 'a spokesperson for X' makes X a company": (
        "River\n\n"
        "Campaigners blame overflows run by Hallam Vale Water. The tests were done by the "
        "charity Riverkeepers Alliance.\n\n"
        'The charity is calling for spills to be limited to "genuinely exceptional" storms.\n\n'
        "A spokesperson for Hallam Vale Water declined to comment. In a report, the company "
        'called the spills "a legal safety valve".',
        [
            ("genuinely exceptional", "partial", "Riverkeepers Alliance"),
            ("a legal safety valve", "partial", "Hallam Vale Water"),
        ],
    ),
    "the Speaker is an office, and a live blog's heading echoes its body quote": (
        "Live: government survives\n\n"
        "Rebel MP: 'I can't pretend otherwise'\n\n"
        "Colm Feeney, the Unity MP for Harrowmere, will vote against the government. "
        '"I can\'t pretend otherwise," he said.\n\n'
        'The Speaker, Joaquim Alves, read out the result: "The ayes have it."\n\n'
        'At one point the Speaker rose and told the chamber: "Order!"',
        [
            ("I can't pretend otherwise", "direct", "Colm Feeney"),
            ("I can't pretend otherwise", "direct", "Colm Feeney"),
            ("The ayes have it", "direct", "Joaquim Alves"),
            ("Order!", "direct", "Joaquim Alves"),
        ],
    ),
    "'her husband' is the man she was named as the wife of": (
        "Retirement\n\n"
        "The decision was made, Sione Fonua-Kellaway said, with his wife, Hannah.\n\n"
        "Hannah Fonua-Kellaway, a physiotherapist, said the family was proud.\n\n"
        'Her husband joked that he would spend his first weekend "in the garden, doing '
        'absolutely nothing, badly".',
        [("in the garden", "partial", "Sione Fonua-Kellaway")],
    ),
    "'the company' when the story's other bodies are a guild and an alliance": (
        "River\n\n"
        "Campaigners blame overflows run by Hallam Vale Water.\n\n"
        'The company said the overflows were "a legal safety valve".\n\n'
        "The Riverkeepers Alliance and the Farmers' Guild disagreed.\n\n"
        'A spokesperson for Hallam Vale Water said: "We share the concern."',
        [
            ("a legal safety valve", "partial", "Hallam Vale Water"),
            ("We share the concern", "direct", "a spokesperson for Hallam Vale Water"),
        ],
    ),
    "a report's title in commas after it, and a homeowner from a neighbourhood": (
        "Housing\n\n"
        "The city is short of homes, according to a report released last month by the "
        'planning department, "Room to Grow," which found that households outpaced '
        "construction.\n\n"
        "One homeowner from the Larkspur Hill neighborhood called the proposal "
        '"a blank check with a bus stop attached."',
        [
            ("Room to Grow", "title", None),
            ("a blank check", "partial", "one homeowner from the Larkspur Hill neighborhood"),
        ],
    ),
    "an industry word makes a company's name": (
        "Results\n\n"
        "Harwick Coatings will close two factories.\n\n"
        '"We will set out a clear plan," the company said.',
        [("We will set out a clear plan", "direct", "Harwick Coatings")],
    ),
    "'the Bahadurs' stands for the family's member a 'she' can mean": (
        "Housing\n\n"
        "Yusra Bahadur raised two sons on Tamsin Street.\n\n"
        "Margit Halvorsen, who sits on the council, raised Ms. Bahadur's case at the hearing.\n\n"
        "In August the Bahadurs moved to a smaller apartment, and her older son changed "
        "schools.\n\n"
        '"I told him I didn\'t know," she said.',
        [("I told him I didn't know", "direct", "Yusra Bahadur")],
    ),
    "a compound surname on second reference": (
        "Coach sacked\n\n"
        "Club president Octavio Ruiz Berlanga met the coach on Monday.\n\n"
        '"It was the hardest decision," Ruiz Berlanga said.',
        [("It was the hardest decision", "direct", "Octavio Ruiz Berlanga")],
    ),
    "a law that 'asked' her is no speaker; the one who wrote is": (
        "Obituary\n\n"
        "Augustina Fairbrother, a judge, died on Tuesday at her home in Gansett Falls.\n\n"
        'The law, she wrote, asked her "to be a calculator," and she declined.',
        [("to be a calculator", "partial", "Augustina Fairbrother")],
    ),
    "'Dr. Fairbrother' is the one the story called Dr.": (
        "Obituary\n\n"
        "The cause was heart failure, her daughter, Dr. Renske Fairbrother, said.\n\n"
        "Her husband, Willem Fairbrother, a civil engineer, died in 2011.\n\n"
        "Dr. Fairbrother, a pediatrician, said her mother read every new decision.\n\n"
        '"She would mark them up in red pen," she said.',
        [("She would mark them up", "direct", "Renske Fairbrother")],
    ),
    "a studio's statement, after 'X, which bought ...'": (
        "Festival\n\n"
        "Oldgate Pictures, which bought distribution rights in 14 countries, will release the "
        "film.\n\n"
        '"We are proud," the studio said in a statement.\n\n'
        'Asked about her next film, Liesl Kamara paused. "Ask me in seven years," she said.',
        [
            ("We are proud", "direct", "Oldgate Pictures"),
            ("Ask me in seven years", "direct", "Liesl Kamara"),
        ],
    ),
    "'Police say' before the story names the force; 'reported missing' is no saying": (
        'Missing girl: police "increasingly concerned"\n\n'
        'Police say they are "increasingly concerned" for a 14-year-old girl.\n\n'
        "Wenlow Police said she was last seen on Friday.\n\n"
        "Chidinma Eze, of a charity, said most teenagers reported missing are found within "
        'two days, and that the days after that are "crucial".',
        [
            ("increasingly concerned", "partial", "Wenlow Police"),
            ("increasingly concerned", "partial", "Wenlow Police"),
            ("crucial", "partial", "Chidinma Eze"),
        ],
    ),
    "names with articles, particles, suffixes and styles": (
        "Names\n\n"
        '"It is over," said Ahmad al-Sharif. "Truly," al-Sharif added.\n\n'
        '"We agree," said Maria de los Angeles Lopez.\n\n'
        '"We tried," said Robert Hale Jr.\n\n"Yes," Hale said.\n\n'
        '"It is dead," said U.S. Rep. Jane Doerr.\n\n'
        '"Quite," said Sir Alan Pike. "Indeed," Sir Alan said.\n\n'
        '"I never wanted this," says Ines Kolb.',
        [
            ("It is over", "direct", "Ahmad al-Sharif"),
            ("Truly", "direct", "Ahmad al-Sharif"),
            ("We agree", "direct", "Maria de los Angeles Lopez"),
            ("We tried", "direct", "Robert Hale Jr."),
            ("Yes", "direct", "Robert Hale Jr."),
            ("It is dead", "direct", "Jane Doerr"),
            ("Quite", "direct", "Alan Pike"),
            ("Indeed", "direct", "Alan Pike"),
            ("I never wanted this", "direct", "Ines Kolb"),
        ],
    ),
    "'she recalled that a dean had told her': the dean told": (
        "Obituary\n\n"
        "Augustina Fairbrother, a judge, died on Tuesday.\n\n"
        "In a 1998 address, she recalled that a dean had told her on her first day that she "
        'was "taking a seat from a man who will need it."',
        [("taking a seat from a man", "partial", "a dean")],
    ),
    "a man's first name outweighs 'said she' about someone else": (
        "Obituary\n\n"
        "Augustina Fairbrother, a judge, died on Tuesday.\n\n"
        "Guillermo Tafoya, who clerked for her in 1991, said she made her clerks read every "
        "draft aloud.\n\n"
        'She returned his first draft with one note in the margin: "Who is this for?"',
        [("Who is this for?", "direct", "Augustina Fairbrother")],
    ),
    "a reviewer for the trade paper X is the reviewer, not the paper": (
        "Festival\n\n"
        "A reviewer for the trade paper Screenline described the film as "
        '"beautiful and inert".',
        [("beautiful and inert", "partial", "a reviewer for the trade paper Screenline")],
    ),
    "a son named by first name takes the family name, and 'Council Member' is a title": (
        "Bakery\n\n"
        "Hagop Kalustyan folds the dough and his son, Aram, argues with the oven.\n\n"
        '"It runs hot on the left," Aram says.\n\n'
        'Council Member Linh Vuong voted yes. "We need the beds," Vuong said.',
        [
            ("It runs hot on the left", "direct", "Aram Kalustyan"),
            ("We need the beds", "direct", "Linh Vuong"),
        ],
    ),
    "'said one speaker, who gave only her first name, Yesenia'": (
        "Shelter\n\n"
        '"My brother slept in his car," said one speaker, who gave only her first name, '
        "Yesenia.",
        [("My brother slept in his car", "direct", "Yesenia")],
    ),
    "'the 58-year-old former school cook from Brackenholme' is the woman just named": (
        "Waiting\n\n"
        "Morwenna Ablewhite keeps a calendar on her kitchen wall.\n\n"
        "The 58-year-old former school cook from Brackenholme was added to the list last "
        "year. \"I've stopped telling people how long it's been,\" she said.",
        [("I've stopped telling people", "direct", "Morwenna Ablewhite")],
    ),
    "'the elder Kalustyan' of the one father-and-son pair the story names": (
        "Bakery\n\n"
        "Hagop Kalustyan folds the dough and his son, Aram, argues with the oven.\n\n"
        '"It runs hot," Aram says.\n\n'
        "The recipes belonged to Zabel Kalustyan, who baked for the whole street.\n\n"
        "The elder Kalustyan learned by standing beside her.\n\n"
        '"She slapped my hand if I pulled the dough," he says.',
        [
            ("It runs hot", "direct", "Aram Kalustyan"),
            ("She slapped my hand", "direct", "Hagop Kalustyan"),
        ],
    ),
    "inside a quote: 'the captain' just mentioned, and 'The flight attendant was screaming'": (
        "Diverted\n\n"
        "Folasade Tiamiyu said the captain made an announcement.\n\n"
        '"He said, \'We are diverting to Brenvik,\'" she said. "The flight attendant was '
        "screaming, 'Leave it! Leave it!'\"",
        [
            ("He said, 'We are diverting", "direct", "Folasade Tiamiyu"),
            ("We are diverting to Brenvik", "direct", "the captain"),
            ("The flight attendant was screaming", "direct", "Folasade Tiamiyu"),
            ("Leave it! Leave it!", "direct", "the flight attendant"),
        ],
    ),
    "'Dad used to say' inside a quote; 'would continue to do' is no saying": (
        "Reservoir\n\n"
        "Emlyn Pomfret, 61, farms 340 acres in the valley.\n\n"
        "\"Dad used to say, 'They always come back,'\" he said.\n\n"
        'Nomvula Hartwell said the company recognised "the real loss" the reservoir would '
        "cause and would continue to do everything it could.",
        [
            ("Dad used to say", "direct", "Emlyn Pomfret"),
            ("They always come back", "direct", "Emlyn Pomfret's father"),
            ("the real loss", "partial", "Nomvula Hartwell"),
        ],
    ),
    "an interview answer's 'he' is the man the question named": (
        "Fire chief retires\n\n"
        "Fire chief Lennart Brodsky spoke to Maren Oduya before his last shift.\n\n"
        "Q: Ezekiel Rutledge was your first chief. What did you learn from him?\n\n"
        'A: Patience, mostly. He used to say, "You don\'t fight fire, you outthink it."',
        [
            ("Ezekiel Rutledge was your first chief", "direct", "Maren Oduya"),
            ("Patience, mostly", "direct", "Lennart Brodsky"),
            ("You don't fight fire", "direct", "Ezekiel Rutledge"),
        ],
    ),
    "'in the words of a former colleague'": (
        "Obituary\n\n"
        "Augustina Fairbrother wrote opinions that read, in the words of a former colleague, "
        '"like letters to the people standing in front of her."',
        [("like letters to the people", "partial", "a former colleague")],
    ),
    "a thought in quotes is the thinker's; a crowd's chant is speech": (
        "Game 7\n\n"
        'The crowd, which had been chanting "Ref, you\'re blind!" moments earlier, applauded.\n\n'
        "\"When she went to the monitor, I just thought, 'Please look at my feet,'\" said "
        "guard Tomás Ilunga.",
        [
            ("Ref, you're blind!", "direct", None),
            ("When she went to the monitor", "direct", "Tomás Ilunga"),
            ("Please look at my feet", "direct", "Tomás Ilunga"),
        ],
    ),
    "'the grandfather' is the man the story named as a grandfather": (
        "The grandfather saving old boats\n\n"
        "Tobias Marrack restores boats with his granddaughter and grandson, Nell and Kit "
        "Marrack.\n\n"
        'The family has no time for what the grandfather calls "fibreglass coffins".\n\n'
        "\"Gran used to say, 'Five more minutes,'\" Nell says.",
        [
            ("fibreglass coffins", "partial", "Tobias Marrack"),
            ("Gran used to say", "direct", "Nell Marrack"),
            ("Five more minutes", "direct", "Nell Marrack's grandmother"),
        ],
    ),
    "a named person's nickname is theirs; someone else 'who goes by' is not": (
        "Radio\n\n"
        'Mateusz Ferenc, known to everyone at the station as "Fez", rewired the studios.\n\n'
        '"She trusts you," Fez says.\n\n'
        'Adjoa Mensah hired a man who goes by "Tor".\n\n'
        '"He is quick," Tor says.',
        [
            ("Fez", "name", None),
            ("She trusts you", "direct", "Mateusz Ferenc"),
            ("Tor", "name", None),
            ("He is quick", "direct", "Tor"),
        ],
    ),
    "'a member of staff had told him', 'which the governor has called', 'Quarterback X'": (
        "Rates\n\n"
        'Aneurin Pugh said a member of staff had told him to "try the bus".\n\n'
        "Governor Ragnvald Enqvist spoke. Wojciech Wielgosz pointed to inflation, which the "
        'governor has repeatedly called "sticky," as the risk.\n\n'
        'Quarterback Marquise Thibodeaux smiled. "He sat with her for two hours," '
        "Thibodeaux said.",
        [
            ("try the bus", "partial", "a member of staff"),
            ("sticky", "partial", "Ragnvald Enqvist"),
            ("He sat with her", "direct", "Marquise Thibodeaux"),
        ],
    ),
    "'the strike would continue' and 'call it off' are no sayings": (
        "Strike\n\n"
        "The Metalworkers' Union said the strike would continue \"until there is a serious "
        'offer on the table."\n\n'
        "Castlemere Railways has offered 6.5%.\n\n"
        'Union leader Marianne Kolarov said the union would call it off "the minute there is '
        'an offer."',
        [
            ("until there is a serious offer", "partial", "Metalworkers' Union"),
            ("the minute there is an offer", "partial", "Marianne Kolarov"),
        ],
    ),
    "'Passing sentence, the magistrate, X, told ...' then 'she said'": (
        "Dog attack\n\n"
        "Passing sentence, the presiding magistrate, Anwen Penhaligon, told Jermaine Blaylock "
        "he had been warned about his dog.\n\n"
        '"You were told in black and white to keep this dog on a lead," she said.',
        [("You were told in black and white", "direct", "Anwen Penhaligon")],
    ),
    "'he' after 'X said he had voted for Y' is X": (
        "Election\n\n"
        "Branimir Sokolović conceded on Monday.\n\n"
        "In the village of Solnitsa, about 40 km east of the capital, a retired railway "
        "worker who gave only his first name, Grozdan, said he had voted for Sokolović.\n\n"
        '"He kept the trains running," he said.',
        [("He kept the trains running", "direct", "Grozdan")],
    ),
    "'When the governor says' inside a quote; 'the president shook his head'": (
        "Bank holds rates\n\n"
        "Governor Ragnvald Enqvist told reporters the bank would wait.\n\n"
        "\"When the governor says 'not far off', I wonder,\" said nurse Mira Holt.\n\n"
        "Club president Octavio Ruiz Berlanga met the coach.\n\n"
        'When one reporter asked him, "Did the players ask for this?", the president shook '
        'his head.\n\n"No. Absolutely not," he said.',
        [
            ("When the governor says", "direct", "Mira Holt"),
            ("not far off", "direct", "Ragnvald Enqvist"),
            ("Did the players ask for this?", "direct", "one reporter"),
            ("No. Absolutely not", "direct", "Octavio Ruiz Berlanga"),
        ],
    ),
    "'the company' is the company the story is about, named far more than any other": (
        "Handover\n\n"
        "Nigel Hembury has run Hembury Locks for 28 years.\n\n"
        'In a press release, the company called the handover "a natural next step".\n\n'
        "Farrukh Aslanov, an analyst at Ravensmoor Securities, said investors expected it.\n\n"
        "Shares in Hembury Locks rose 4 per cent. Hembury Locks employs 300 people.",
        [("a natural next step", "partial", "Hembury Locks")],
    ),
    "'he finally said' and other adverbs between subject and verb": (
        "Coach retires\n\n"
        "Lamar Breckenridge, asked what he would miss most, took a long time to answer.\n\n"
        '"Tuesday practice," he finally said.',
        [("Tuesday practice", "direct", "Lamar Breckenridge")],
    ),
    "inside a quote: 'The university said they'd 'look into it''": (
        "Rail chaos\n\n"
        "\"The university said they'd 'look into it'. That's all,\" said another passenger.",
        [
            ("The university said", "direct", "another passenger"),
            ("look into it", "partial", "the university"),
        ],
    ),
    "'the elder X said he': the men of the family, then their ages": (
        "Cricket\n\n"
        "Norman Ledgerwood, 58, opened the batting with his son, Jack, 17.\n\n"
        "Jack's mother, Pauline Ledgerwood, ran the teas.\n\n"
        "The elder Ledgerwood said he had no plans to retire.\n\n"
        '"I\'ll stop when he can get me out," he said.',
        [("I'll stop when he can get me out", "direct", "Norman Ledgerwood")],
    ),
    "'a letter from Transvale that says' inside a quote": (
        "Footbridge\n\n"
        "Transvale Rail said the bridge was not its responsibility.\n\n"
        "'I've got a letter from Transvale that says, \"The structure is not a railway "
        "asset,\"' said councillor Dev Mistry.",
        [
            ("I've got a letter", "direct", "Dev Mistry"),
            ("The structure is not", "direct", "Transvale Rail"),
        ],
    ),
    "the promoter in apposition is a company unless a first name says it is a person": (
        "Tour cancelled\n\n"
        "The tour's promoter, Brightfield Live, said refunds would follow. "
        '"We wish her a full recovery," the company said.\n\n'
        'Her agent, Tom Hale, the promoter of her first tour, was upset. "It hurts," he said.',
        [
            ("We wish her a full recovery", "direct", "Brightfield Live"),
            ("It hurts", "direct", "Tom Hale"),
        ],
    ),
    "a nickname followed by 'a name that ...' is a name, nobody's speech": (
        "Ferry\n\n"
        'Locals call the ferry "the Bucket", a name that goes back to a leak in the 1980s.\n\n'
        'Miners call the old gallery "the Widow", a nickname several of them said dated '
        "back to an accident.",
        [("the Bucket", "name", None), ("the Widow", "name", None)],
    ),
    "'One of the rescued men, 31-year-old X, told' makes X the subject": (
        "Miners freed\n\n"
        "One of the rescued men, 31-year-old Yerlan Dzhaksybekov, told state television "
        "that the group had shared out the water.\n\n"
        '"We told each other stories," he said.',
        [("We told each other stories", "direct", "Yerlan Dzhaksybekov")],
    ),
    "Dutch and Nordic first names say the sex too": (
        "Ferry\n\n"
        "Hanneke Vos runs the ferry. It was built by Gerrit Maas, who still repairs it.\n\n"
        '"I was sick the whole first week," she says.',
        [("I was sick the whole first week", "direct", "Hanneke Vos")],
    ),
    "a place and its appositive before the subject; 'Nearby,'; a guide's title": (
        "Heatwave\n\n"
        "In Sabbagh Gardens, a neighbourhood of tower blocks near the ring road, a woman in "
        "her sixties sat in the shade.\n\n"
        '"The fridge is off," she said.\n\n'
        "The woman, Mariatou Sangare, 67, had not been out since Monday.\n\n"
        'Nearby, Osvaldo Pineiro said his freezers had failed. "It cost me more than the '
        'ice cream," he said.\n\n'
        'Liv Holmqvist put the wine in her annual guide, "Fifty Bottles Worth the Detour".',
        [
            ("The fridge is off", "direct", "Mariatou Sangare"),
            ("It cost me more", "direct", "Osvaldo Pineiro"),
            ("Fifty Bottles Worth the Detour", "title", None),
        ],
    ),
    "'One of them, a pharmacist, said'; a shout as a vote is announced; notes that read": (
        "Pharmacy closes\n\n"
        "Residents gathered outside the shop on Monday.\n\n"
        "One of them, a pharmacist who works on the high street, said: "
        '"We will all suffer for this."\n\n'
        'Councillor Ebo Mensah voted for the closure. "Shame!" came from the gallery as '
        "the result was announced.\n\n"
        'Handwritten notes taped to the door read "Thank you for everything".',
        [
            ("We will all suffer", "direct", "a pharmacist who works on the high street"),
            ("Shame!", "direct", None),
            ("Thank you for everything", "direct", None),
        ],
    ),
    "'Las ...' and 'Plaza ...' are places; a name in a quotation within is not the speaker": (
        "Fuel protests\n\n"
        '"I drive a taxi all day," said Anselmo Quiroga, 46.\n\n'
        "Marisol Etxeberri, who sells vegetables in the district of Las Palmeras, said prices "
        "had doubled.\n\n"
        "\"My customers put it back. They say, 'Marisol, I'm sorry,'\" she said.\n\n"
        "Crowds marched to the Plaza de los Olivos.",
        [
            ("I drive a taxi", "direct", "Anselmo Quiroga"),
            ("My customers put it back", "direct", "Marisol Etxeberri"),
            ("Marisol, I'm sorry", "direct", None),
        ],
    ),
    "'X said in a letter to the commission', then 'the letter said', is X's": (
        "Warehouse plan\n\n"
        "The Dunmore Planning Commission will vote on the warehouse next month.\n\n"
        "Save Ashby Brook, a conservation group, said in a letter to the commission that "
        "the roof would drain into the stream. The commission said it would reply.\n\n"
        '"The trout will not come back," the letter said.',
        [("The trout will not come back", "direct", "Save Ashby Brook")],
    ),
    "'echoed by another passenger, ...' then 'he said'; 'declined to say whether X ..., saying'": (
        "Derailment\n\n"
        "Ruaridh Calloway, 58, said the lights went out.\n\n"
        '"There was a bang," he said.\n\n'
        "His account was echoed by another passenger, a man in a work jacket, who would not "
        'give his name. "Nobody told us anything," he said.\n\n'
        "Station manager Odile Fonsagrive declined to say whether Trenvale Rail would keep "
        'the contractor, saying only that the company would "review everything".',
        [
            ("There was a bang", "direct", "Ruaridh Calloway"),
            ("Nobody told us anything", "direct", "another passenger"),
            ("review everything", "partial", "Odile Fonsagrive"),
        ],
    ),
    "HOST is the presenter the introduction names, under a 'Phone-in:' headline": (
        "Phone-in: the ferry cuts\n\n"
        "This is an edited transcript of the phone-in on Harbour FM, presented by Mairead "
        "Quennell. Her guest was Tobiah Ashgrove of the ferry company.\n\n"
        "HOST: Tobiah, why cut the night crossing?\n\n"
        "ASHGROVE: Because nobody uses it.",
        [
            ("Tobiah, why cut", "direct", "Mairead Quennell"),
            ("Because nobody uses it", "direct", "Tobiah Ashgrove"),
        ],
    ),
    "'the foreign ministry' is not the Justice Ministry the story named": (
        "Envoy summoned\n\n"
        "The law would make outlets register with the Justice Ministry.\n\n"
        "In a statement, the foreign ministry said the remarks were "
        '"unacceptable from any diplomat."',
        [("unacceptable from any diplomat", "partial", "the foreign ministry")],
    ),
    "a second guess at 'she replied' teaches nobody's sex": (
        "Envoy summoned\n\n"
        "The ambassador, Radomir Velichkov, met Deputy Minister Dragana Petrovska. A diplomat "
        "briefed on the meeting said it was tense.\n\n"
        '"You have insulted us," Ms. Petrovska told him, according to the diplomat.\n\n'
        '"I have said nothing untrue," he told her.\n\n'
        '"Then say it in parliament," she replied.\n\n'
        'Mr. Velichkov was unrepentant. "I stand by every word," he said.',
        [
            ("You have insulted us", "direct", "Dragana Petrovska"),
            ("I have said nothing untrue", "direct", "Radomir Velichkov"),
            ("Then say it in parliament", "direct", "Dragana Petrovska"),
            ("I stand by every word", "direct", "Radomir Velichkov"),
        ],
    ),
    "'X's ministry summoned Y and accused him of'; a split reply; 'briefed on the meeting'": (
        "Envoy summoned\n\n"
        "Tarvany's foreign ministry summoned Ostrelia's ambassador on Tuesday and accused him "
        'of "gross interference".\n\n'
        '"You have insulted us," Deputy Minister Ilinca Moraru told Ambassador Pavel Dorn.\n\n'
        '"I said nothing untrue," he replied.\n\n'
        '"Then say it," she replied, "instead of hiding behind a speech."\n\n'
        "A diplomat briefed on the meeting, who spoke on condition of anonymity, said it was "
        '"frosty".\n\n'
        "Accountants Wetherall Pike, brought in by the board, said the trustees had been "
        '"far too trusting".',
        [
            ("gross interference", "partial", "Tarvany's foreign ministry"),
            ("You have insulted us", "direct", "Ilinca Moraru"),
            ("I said nothing untrue", "direct", "Pavel Dorn"),
            ("Then say it", "direct", "Ilinca Moraru"),
            ("instead of hiding", "direct", "Ilinca Moraru"),
            ("frosty", "partial", "a diplomat briefed on the meeting"),
            ("far too trusting", "partial", "Wetherall Pike"),
        ],
    ),
    "'who last week wrote ..., urging'; 'believes'; 'old Mrs X ... She said'; 'such'": (
        "Last pub\n\n"
        "Police believe the fire was the third such 'accident' on the moor.\n\n"
        "The campaign is backed by the local MP, Rhiannon Tallis, who last week wrote to the "
        "brewery's director, Graham Osgood, urging him to 'think again'.\n\n"
        "The parish council's chairman, Amarjit Sohal, believes a buyout is "
        "'entirely realistic'.\n\n"
        "Wilfred Ambrose, 86, is known to everyone in Upper Fenby as 'the Professor'.\n\n"
        "'When I first came in, old Mrs Pardew was behind the bar. She looked me up and down "
        "and said, \"You'll do,\" and I've been coming ever since,' he said.",
        [
            ("accident", "scare", None),
            ("think again", "partial", "Rhiannon Tallis"),
            ("entirely realistic", "partial", "Amarjit Sohal"),
            ("the Professor", "name", None),
            ("When I first came in", "direct", "Wilfred Ambrose"),
            ("You'll do", "direct", "Mrs Pardew"),
        ],
    ),
    "'a Met Office spokeswoman'; 'whose work made him'; 'He was ...' then 'he said' within": (
        "Organs\n\n"
        "A Met Office spokeswoman said the rain would be "
        '"unlikely to make a real difference".\n\n'
        "Hilde Brennand learned her trade in the workshop of Bartholomeus Vrolijk, an organ "
        "builder whose restorations had made him a legend. He died in 2009.\n\n"
        '"He was impossible," she says. "On my first day he handed me a pipe, and he said, '
        "'Good. Now you can start learning.'\"",
        [
            ("unlikely to make", "partial", "a Met Office spokeswoman"),
            ("He was impossible", "direct", "Hilde Brennand"),
            ("On my first day", "direct", "Hilde Brennand"),
            ("Good. Now you can", "direct", "Bartholomeus Vrolijk"),
        ],
    ),
    "'Duncan's father, Hector' is Hector and the family name; 'taken to calling' names": (
        "Trawler\n\n"
        "Duncan Abercairn, 67, is already in the wheelhouse.\n\n"
        "The boat was bought by Duncan's father, Hector, who died in 2009.\n\n"
        '"The sea doesn\'t care whose name is on the boat," Hector used to say.\n\n'
        'A nurse said staff had taken to calling the corridor "the runway".',
        [
            ("The sea doesn't care", "direct", "Hector Abercairn"),
            ("the runway", "name", None),
        ],
    ),
    "'the producer group' is the Alliance named before; a long participle leaves the person": (
        "Oil\n\n"
        "Prices rose after the Alliance of Grain Exporting States said it would cut supply.\n\n"
        'The 14-member producer group said members stood "ready to act".\n\n'
        "One woman waiting in line there with three dogs on leashes said her father was missing."
        '\n\n"His phone goes straight to voicemail," she said.',
        [
            ("ready to act", "partial", "Alliance of Grain Exporting States"),
            ("His phone goes", "direct", "one woman"),
        ],
    ),
    "'X, who became head two years later, said'; 'the plan had been written \"...\"'": (
        "School\n\n"
        "Hilary Ostrowe, who became head teacher two years later, said she had been "
        '"close to tears".\n\n'
        "One of the commissioners who voted no, Roderick Pallant, said the plan had been "
        'written "for a different town."',
        [
            ("close to tears", "partial", "Hilary Ostrowe"),
            ("for a different town", "partial", "Roderick Pallant"),
        ],
    ),
    "'His National Progress party said'; 'the state attorney general's office said'": (
        "Election\n\n"
        "President Boris Vetrenko conceded on Sunday. His National Progress party said in a "
        'statement that it would "reflect carefully".\n\n'
        "The mission's preliminary statement said coverage had been "
        '"indistinguishable from campaign material".\n\n'
        "The state attorney general's office said it was examining whether the company had "
        'complied with the law and had told it to preserve "every log".',
        [
            ("reflect carefully", "partial", "National Progress party"),
            ("indistinguishable", "partial", None),
            ("every log", "partial", "the state attorney general's office"),
        ],
    ),
    "'an incident the airline described as' is the airline, X Air, not the safety board": (
        "Diversion\n\n"
        "A Pellridge Air jet made an emergency landing on Sunday.\n\n"
        'The Vostrand Air Safety Board said it was "looking at everything".\n\n'
        "In March a flight returned after a crack appeared, an incident the airline described "
        'as "precautionary."',
        [
            ("looking at everything", "partial", "Vostrand Air Safety Board"),
            ("precautionary", "partial", "Pellridge Air"),
        ],
    ),
    "'told the board that his son, a third grader, had asked' is the son's question": (
        "School closures\n\n"
        "Kenji Aramaki, whose two children attend Lakeview, spoke first.\n\n"
        "Mr. Aramaki, an electrician, told the board that his son, a third grader, had asked "
        'him whether his school was "going to be gone."\n\n'
        "The woman's daughter, who asked that her mother not be named, said the family were "
        '"in shock".',
        [
            ("going to be gone", "partial", "Kenji Aramaki's son"),
            ("in shock", "partial", "the woman's daughter"),
        ],
    ),
    "a short participle stays in the description; 'call it \"the Duchess\"'; 'A week later'": (
        "Bakery\n\n"
        "An elderly man waiting for news at the sports hall said he had lived through the "
        'last one. "I have never been this afraid," he said.\n\n'
        "Marisol Echeverri ran the kitchen at Dunmere Correctional Facility for 15 years.\n\n"
        '"Nobody would give them a job," she says. "We call the mixer \'the Duchess\' because '
        'it only works when it feels like it."\n\n'
        'A week later a man in the queue at the supermarket said, "You cost us the title."',
        [
            ("I have never been", "direct", "an elderly man waiting for news at the sports hall"),
            ("Nobody would give", "direct", "Marisol Echeverri"),
            ("We call the mixer", "direct", "Marisol Echeverri"),
            ("the Duchess", "name", None),
            ("You cost us", "direct", "a man in the queue"),
        ],
    ),
    "'said Council member X, who voted no. \"...\"'; 'Like Y, she said'; a coastguard's 'it'": (
        "Rent cap\n\n"
        '"Every economist says so," said Council member Gunnar Hallvik, who voted no. '
        '"You get less housing."\n\n'
        "Sen. Karen Lindqvist voted for it. Sen. Priscilla Navarro-Duarte was the only "
        "Democrat to vote no. Like Lindqvist, she said she had heard from employers.\n\n"
        '"I could not get a straight answer," she said.\n\n'
        "In a statement, Kenwyth Coastguard said winds were dangerous. "
        '"Call 999," it said.',
        [
            ("Every economist says so", "direct", "Gunnar Hallvik"),
            ("You get less housing", "direct", "Gunnar Hallvik"),
            ("I could not get", "direct", "Priscilla Navarro-Duarte"),
            ("Call 999", "direct", "Kenwyth Coastguard"),
        ],
    ),
    "'One of my patients said to me'; 'my lecturers ... One of them said'; 'the officers'": (
        "Waiting lists\n\n"
        "Dr Eustace Ngarimu is a GP. \"One of my patients said to me, 'I am not ill, I am "
        "just stuck.'\" he said.\n\n"
        'Temitope Adeyemi is a student. "Some of my lecturers are upfront. One of them said, '
        "'I am sorry.'\" she said.\n\n"
        "\"The officers kept lists. One of them wrote that the drummer was 'a fine "
        "specimen.'\" said the historian Amaka Obi.",
        [
            ("One of my patients", "direct", "Eustace Ngarimu"),
            ("I am not ill", "direct", "one of Eustace Ngarimu's patients"),
            ("Some of my lecturers", "direct", "Temitope Adeyemi"),
            ("I am sorry", "direct", "one of Temitope Adeyemi's lecturers"),
            ("The officers kept lists", "direct", "Amaka Obi"),
            ("a fine specimen", "partial", "one of the officers"),
        ],
    ),
    "'her twin sister, Irati' is Irati Z.; 'His wife, Kathleen' is Mrs M.; Gov. is governor": (
        "Rescue dogs\n\n"
        "Amaia Zuberoa's phone lights up in the farmhouse she shares with her twin sister, "
        "Irati.\n\n"
        'Amaia and Irati Zuberoa founded the unit in 2011. "I think in dogs," Irati says.\n\n'
        "Bernard Mulcahy has cut the grass for 41 years. Geoffrey Polworth, the chairman, "
        "praised him.\n\n"
        "His wife, Kathleen, 70, said she had accepted it.\n\n"
        '"The other woman turned out to be ryegrass," Mrs Mulcahy said.\n\n'
        'Gov. Annette Renwick declared an emergency. "We are grieving with you," the governor '
        "said in a statement.",
        [
            ("I think in dogs", "direct", "Irati Zuberoa"),
            ("The other woman", "direct", "Kathleen Mulcahy"),
            ("We are grieving", "direct", "Annette Renwick"),
        ],
    ),
    "'it \"deeply regrets\" the walkout and urged'; 'outside St. Olaf's'; 'Another passenger'": (
        "Port strike\n\n"
        'The Varnby Port Authority said in a statement that it "deeply regrets" the walkout '
        "and urged the union to return to talks.\n\n"
        "One man clearing bricks outside St. Olaf's Church said the sky had turned green. "
        '"Like a bruise," he said.\n\n'
        "\"Another passenger shouted, 'Break the window!'\" said Ilse Brauner.",
        [
            ("deeply regrets", "partial", "Varnby Port Authority"),
            ("Like a bruise", "direct", "one man clearing bricks outside St. Olaf's Church"),
            ("Another passenger shouted", "direct", "Ilse Brauner"),
            ("Break the window", "direct", "another passenger"),
        ],
    ),
    "'Going into the final round, she needed a draw against grandmaster X. She played'": (
        "Chess\n\n"
        "STORY: The last game lasted five hours.\n\n"
        "Tamar Avetisyan is now the youngest national champion.\n\n"
        "Going into the final round, she needed just a draw against grandmaster Leandro "
        "Quisbert. She played for a win anyway.\n\n"
        '"Everyone told me to be careful."',
        [("Everyone told me", "direct", "Tamar Avetisyan")],
    ),
    "'My late husband used to say'; 'In the end a security guard asked me'; 'girl from X waited'": (
        "Market\n\n"
        "Edna Castleford wrote to the paper. \"My late husband used to say, 'Ellesby only "
        "wakes up in December.'\"\n\n"
        "\"In the end a security guard came over and asked me, 'Sir, are you all right?'\" "
        "says Leandro Quisbert.\n\n"
        "An eleven-year-old girl from Keldport's junior club waited an hour for an autograph."
        '\n\n"She signed my scoresheet."',
        [
            ("My late husband", "direct", "Edna Castleford"),
            ("Ellesby only wakes up", "direct", "Edna Castleford's late husband"),
            ("In the end", "direct", "Leandro Quisbert"),
            ("Sir, are you all right?", "direct", "a security guard"),
            (
                "She signed my scoresheet",
                "direct",
                "an eleven-year-old girl from Keldport's junior club",
            ),
        ],
    ),
    "'\"...away?\" The mayor replied'; 'X, who led the prosecution, said'; 'wrote:' is ahead": (
        "Verdict\n\n"
        "A jury convicted former Merrick Mayor Leonard Fitzgibbon of bribery.\n\n"
        'In one, Mr. Strode wrote: "Is our friend squared away?" The mayor replied, '
        '"Don\'t text me about this."\n\n'
        '"The people were entitled to better," Assistant District Attorney Nalini Sivaraman, '
        "who led the prosecution, said outside the courthouse.\n\n"
        "In a letter published under the headline 'Scrooge is alive', Edna Castlemaine, 84, "
        "who has lived in the town all her life, wrote: 'I have been to every market.'",
        [
            ("Is our friend", "direct", "Mr Strode"),
            ("Don't text me", "direct", "Leonard Fitzgibbon"),
            ("The people were entitled", "direct", "Nalini Sivaraman"),
            ("Scrooge is alive", "partial", None),
            ("I have been to every market", "direct", "Edna Castlemaine"),
        ],
    ),
    "footage 'shows Archie ... announcing:'; 'The Rev X, vicar of St Y's Church,'; a gang's name": (
        "Nativity\n\n"
        "The 40-second clip, filmed by a parent last Thursday, shows Archie, in a tea towel, "
        'opening a cardboard door and announcing: "Honestly, it\'s a bit small."\n\n'
        "The Rev Jeremy Ambleside, vicar of St Elwyn's Church, where the school holds its "
        'carol service, said he had watched it "at least a dozen times".\n\n'
        'Police say the attack bore the hallmarks of a criminal gang known as "Grey Lantern." '
        'Vikram Subbiah, a researcher, said it was typical. "They steal first," he said.\n\n'
        "Grey Lantern has been linked to 30 attacks, he said, and typically steals data.\n\n"
        '"So I would treat that claim with caution," he said.',
        [
            ("Honestly, it's a bit small", "direct", "Archie"),
            ("at least a dozen times", "partial", "Jeremy Ambleside"),
            ("Grey Lantern", "name", None),
            ("They steal first", "direct", "Vikram Subbiah"),
            ("So I would treat", "direct", "Vikram Subbiah"),
        ],
    ),
    "'a man claiming to be Archie's \"agent\"' is a scare quote, nobody's words": (
        "Nativity\n\n"
        "Mrs Kulkarni said the school had turned down requests from television programmes, "
        'and one from a man claiming to be Archie\'s "agent".',
        [("agent", "scare", None)],
    ),
    "'Their son, Yusuf A., is nineteen. He runs ...'; his 'my mother' is the A. woman": (
        "Kitchen\n\n"
        "STORY: Rasha Al-Kadiri arrived four years ago with her husband, Tarek, and their two "
        "children.\n\n"
        "Tarek, a civil engineer, now does the accounts. Their son, Yusuf Al-Kadiri, is "
        "nineteen. He runs the dining room.\n\n"
        "\"My mother learned the language from the radio. Sometimes she says, 'Tell him "
        "again.'\"",
        [
            ("My mother learned", "direct", "Yusuf Al-Kadiri"),
            ("Tell him again", "direct", "Rasha Al-Kadiri"),
        ],
    ),
    "'Then my manager ... said' in an answer; 'Then one winter'; a man saying 'I'm Kwabena'": (
        "Debut\n\n"
        "The novelist Nadia Benhamou spoke to Ruth Calder about her prize.\n\n"
        "Q: Where were you when you heard?\n\n"
        "A: At work. Then my manager put her head round the door and said, \"There's a woman "
        'on the phone." Then one winter the power went out, and a man from the fourth floor '
        "knocked on every door with a torch, saying, \"I'm Kwabena, I've got soup.\"",
        [
            ("Where were you", "direct", "Ruth Calder"),
            ("At work.", "direct", "Nadia Benhamou"),
            ("There's a woman", "direct", "Nadia Benhamou's manager"),
            ("I'm Kwabena", "direct", "Kwabena"),
        ],
    ),
    "a sign that 'explains' the day off says its words without a speaker": (
        "Kitchen\n\n"
        "A handwritten sign in the window explains the restaurant's one day off.\n\n"
        '"Closed Fridays. Sorry, even chefs need to sleep."',
        [("Closed Fridays", "direct", None)],
    ),
    "'told staff in a memo', then 'according to the memo'; 'The memo, titled \"...\"'; his aunt": (
        "Layoffs\n\n"
        "Chief Executive Malia Kealani told staff in a memo that the company had hired too "
        'quickly. The cuts were needed "to get back to a business that pays," according to '
        "the memo.\n\n"
        'The memo, titled "A harder year, and what comes next," was sent at 6 a.m., according '
        "to four employees.\n\n"
        "Yolanda Brzoska runs the gym. Among the fighters is her nephew, Tomasz Brzoska, 19. "
        'At the weigh-in, he says, his aunt told him one thing: "Keep your left hand up."',
        [
            ("to get back to a business", "partial", "Malia Kealani"),
            ("A harder year", "title", None),
            ("Keep your left hand up", "direct", "Yolanda Brzoska"),
        ],
    ),
    "'moderated by the station's editor, X' makes X the MODERATOR; 'a driver on Y Road told me'": (
        "Debate\n\n"
        "This is an edited transcript of the debate, moderated by the station's political "
        "editor, Simone Okafor. Mayor Ingrid Rautenberg faces Sione Tupou.\n\n"
        "MODERATOR: Councillor Tupou.\n\n"
        'TUPOU: It is costed. Last week a retired bus driver on Tannery Road told me, "I '
        'drove that route for thirty years."',
        [
            ("Councillor Tupou", "direct", "Simone Okafor"),
            ("It is costed", "direct", "Sione Tupou"),
            ("I drove that route", "direct", "a retired bus driver on Tannery Road"),
        ],
    ),
    "'called it \"...\" in a statement', then 'the statement said'; 'the agency'": (
        "Probe lands\n\n"
        "The Tavarian Space Agency landed its probe on Friday.\n\n"
        'Administrator Gustavo Reinhardt called the landing "a proud day" in a statement.\n\n'
        '"Tonight they have shown the world," the statement said.\n\n'
        "The Kestland Space Administration was among the first to send congratulations.\n\n"
        '"Landing on an asteroid is hard," the agency said in a statement.',
        [
            ("a proud day", "partial", "Gustavo Reinhardt"),
            ("Tonight they have shown", "direct", "Gustavo Reinhardt"),
            ("Landing on an asteroid", "direct", "Kestland Space Administration"),
        ],
    ),
    "'I had a student tell me'; 'I knocked, and a man in a dressing gown wound it down and said'": (
        "Phones\n\n"
        "Teacher Ananya Mukerji spoke first. \"I had a student tell me, 'I don't know how to "
        "talk to people.'\" Ms. Mukerji said.\n\n"
        "'I knocked on the window, and a man in a dressing gown wound it down and said, "
        '"Sorry, mate, we came for the sunrise."\' said Mr Trelawny.',
        [
            ("I had a student", "direct", "Ananya Mukerji"),
            ("I don't know how", "direct", "a student"),
            ("I knocked on the window", "direct", "Mr Trelawny"),
            ("Sorry, mate", "direct", "a man in a dressing gown"),
        ],
    ),
    "'Grandad doesn't ask,' says his granddaughter. 'He just said, '...'': the grandfather": (
        "Boats\n\n"
        "Tobias Marrick, 78, builds boats. His granddaughter, Nell Marrick, helps him.\n\n"
        "\"Grandad doesn't really ask,\" says Nell. \"He just said, 'Bring gloves.' That's it.\"",
        [
            ("Grandad doesn't", "direct", "Nell Marrick"),
            ("He just said", "direct", "Nell Marrick"),
            ("Bring gloves", "direct", "Tobias Marrick"),
        ],
    ),
    "'\"..., Ms. Ugarte, ...?\" Hollanek asked.' then 'she said' is her answer; 'Grid 2030'": (
        "Price-fixing trial\n\n"
        "Defence lawyer Vojtech Hollander questioned the witness, Arantza Ugalde.\n\n"
        '"You were fired, Ms. Ugalde. Is that a coincidence?" Hollander asked.\n\n'
        '"I was fired because I stopped going to the lunches," she said.\n\n'
        'Outside, Hollander said the case was weak. "There is not one email," he said.\n\n'
        'The plan, "Grid 2030", was cut in half, he said.',
        [
            ("You were fired", "direct", "Vojtech Hollander"),
            ("I was fired because", "direct", "Arantza Ugalde"),
            ("There is not one email", "direct", "Vojtech Hollander"),
            ("Grid 2030", "title", None),
        ],
    ),
    "common English first names say the sex: Walt and Darlene, Mr. and Ms.": (
        "Wildfire\n\n"
        "Walt and Darlene Strzelec sat beside a dog crate.\n\n"
        '"We got the alert," Mr. Strzelec said.\n\n'
        '"He wanted to go back for his rods," Ms. Strzelec said.',
        [
            ("We got the alert", "direct", "Walt Strzelec"),
            ("He wanted to go back", "direct", "Darlene Strzelec"),
        ],
    ),
    "video script: 'That is X, a retired electrician' looks back; 'Elsie is eight. She ...'": (
        "Library\n\n"
        "STORY: The oldest volunteer, a woman of ninety, sorts the crime novels.\n\n"
        "\"People keep saying we're heroes. We're not heroes.\"\n\n"
        "That is Piotr Wasik, a retired electrician who rewired the library for free.\n\n"
        "Elsie is eight. She comes every Saturday with her mother. Her job is to put a sticker "
        'on every book.\n\n"This one\'s my favourite."',
        [
            ("People keep saying", "direct", "Piotr Wasik"),
            ("This one's my favourite", "direct", "Elsie"),
        ],
    ),
    "'his review concluded' is the critic's; 'My little girl told me' is his daughter": (
        "Jazz\n\n"
        "Cedric Thornbury, the critic of the Evening Star, disliked the record.\n\n"
        '"She has everything except patience," his review concluded.\n\n'
        "Goalkeeper Kojo Danso saved the penalty. 'My little girl told me that morning, "
        "\u201cDaddy, go left,\u201d' he said.",
        [
            ("She has everything", "direct", "Cedric Thornbury"),
            ("My little girl", "direct", "Kojo Danso"),
            ("Daddy, go left", "direct", "Kojo Danso's daughter"),
        ],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_pattern(name: str) -> None:
    text, expected = CASES[name]
    story = parse(text)
    got = []
    for quote in story.quotes:
        if quote.kind == "indirect":
            continue
        speaker = story.speaker(quote.speaker)
        got.append((quote.text, quote.kind, speaker.name if speaker else None))
    assert len(got) == len(expected), got
    for (text_, kind, speaker), (start, want_kind, want_speaker) in zip(got, expected, strict=True):
        assert text_.startswith(start), got
        assert (kind, speaker) == (want_kind, want_speaker), (start, got)


def test_unknown_speaker_has_no_evidence_or_confidence() -> None:
    story = parse('Night\n\nThe hall was quiet.\n\n"Keep the doors shut."')
    (quote,) = story.quotes
    assert quote.speaker is None and quote.confidence == 0.0 and quote.rule is None


def test_indirect_speech_is_reported_without_marks() -> None:
    story = parse(
        "Budget\n\nFinance minister Olu Baptiste said the deficit would shrink next year."
    )
    (quote,) = story.quotes
    speaker = story.speaker(quote.speaker)
    assert quote.kind == "indirect"
    assert quote.text == "the deficit would shrink next year"
    assert speaker is not None and speaker.name == "Olu Baptiste"


def test_indirect_speech_leaves_the_dateline_out() -> None:
    story = parse(
        "Routes\n\nDORRANCE (Wire) — Skyvane will cut six routes, the company said on Thursday."
    )
    (quote,) = story.quotes
    assert quote.kind == "indirect"
    assert quote.text == "Skyvane will cut six routes"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Dorina Vasch told state television she had not heard from him.",
            "she had not heard from him",
        ),
        (
            "Iwan Astbury told a meeting of the trust board that it had 140 vacancies.",
            "it had 140 vacancies",
        ),
        (
            "Franklin Okoro told reporters the verdict sent a message that speeding was serious.",
            "the verdict sent a message that speeding was serious",
        ),
        ("The mayor said on Monday that the plan was dead.", "the plan was dead"),
        ("Quillpoint said on Tuesday it would cut 1,200 jobs.", "it would cut 1,200 jobs"),
        (
            "Varnholt said in a written statement that it had told its staff first.",
            "it had told its staff first",
        ),
    ],
)
def test_indirect_speech_leaves_out_the_one_told_and_when(sentence: str, clause: str) -> None:
    (quote,) = parse("Story\n\n" + sentence).quotes
    assert quote.kind == "indirect"
    assert quote.text == clause


@pytest.mark.parametrize(
    "sentence",
    ["Aram argues with the oven every morning.", "The union argued against the plan for weeks."],
)
def test_a_reporting_verb_with_no_clause_reports_nothing(sentence: str) -> None:
    assert parse("Story\n\n" + sentence).quotes == []


def test_indirect_speech_after_an_introductory_phrase_is_the_clause_after_the_verb() -> None:
    story = parse("Talks\n\nAsked about the remarks, Nadira Belkacem said she had not read them.")
    (quote,) = story.quotes
    assert quote.kind == "indirect"
    assert quote.text == "she had not read them"
