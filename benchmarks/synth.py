"""Synthetic news stories for the speed benchmarks: any number, any size.

Fictional wire copy built from a fixed pool of people, places and sentence
shapes the parser meets in real stories: a headline (sometimes with a scare
quote), a dateline, quotes attributed after (“…,” said Ana Diaz), before
(Diaz said: “…”), by pronoun (“…,” she said) and by description (a police
spokesman), partial quotes, reported speech and plain narration. People
recur across stories with a skewed frequency, as on a real beat, so the
cross-story speaker view has something to merge. The mix is tuned to the
density of the hand-made corpora (``tests/fixtures/stories``, the devset):
about six quotes per 1,000 characters, paragraphs of one to three sentences.

    python benchmarks/synth.py OUT --count 2000            # ~3 KB stories
    python benchmarks/synth.py OUT --count 1 --size 5000000 # one 5 MB story

Deterministic: the same --seed, --count and --size give the same files.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

FIRST = (
    "Ana Tom Lin Maria Jonas Priya Kofi Elena Marek Sofia Ravi Ines Tariq Hana Oskar Leila "
    "Pablo Yuki Amara Stefan Nadia Emeka Clara Dmitri Rosa Farid Greta Hugo Mei Nikolai"
).split()
LAST = (
    "Diaz Berg Wei Okafor Lindqvist Moreau Haddad Novak Castillo Brandt Mensah Ferreira "
    "Kowalski Nakamura Osei Petrov Quintero Rahman Sandoval Takahashi Varga Weiss Yilmaz "
    "Zeller Abara Bianchi Dubois Eriksen Fontaine Gallo Hartmann Ivanova Jansen Kaur Laine"
).split()
ROLES = (
    "the city's mayor",
    "a spokeswoman for the ministry",
    "the chief executive of Harbour Freight",
    "a professor of economics at Northfield University",
    "the head of the transport union",
    "a senior police officer",
    "the opposition leader",
    "a local shop owner",
    "the council's finance chief",
    "a researcher at the Coastal Institute",
)
DESCRIBED = (
    "a police spokesman",
    "one resident",
    "a government official",
    "a witness",
    "a hospital spokeswoman",
)
PLACES = ("HARBOURTON", "NORTHFIELD", "ELMSWORTH", "KESTREL BAY", "ASHFORD", "MILLBROOK")
AGENCIES = ("Wire", "Newsdesk", "Press")
MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
TOPICS = (
    ("bridge", "the repairs", "the old crossing"),
    ("budget", "the spending plan", "next year's accounts"),
    ("port", "the new terminal", "container traffic"),
    ("strike", "the walkout", "the pay offer"),
    ("flood", "the river defences", "the clean-up"),
    ("election", "the count", "the turnout"),
    ("hospital", "the new ward", "waiting times"),
)
QUOTES = (
    "We did the sums twice and the numbers still do not add up.",
    "This is a win for common sense and for everyone who uses {b}.",
    "Nobody asked the people who live next to {c}.",
    "We expect {b} to be finished before the winter.",
    "I have never seen anything like it in thirty years.",
    "It is too early to say what this means for {c}.",
    "We will keep talking until there is a deal on {b}.",
    "The figures speak for themselves.",
    "People are tired of waiting, and they have every right to be.",
    "There is no plan B, and everyone in this room knows it.",
)
PARTIALS = ("a disgrace", "long overdue", "a step in the right direction", "pure theatre")
NARRATION = (
    "The council met on {day} to discuss {b}, which has divided the town for months.",
    "Officials said the decision on {c} would be announced later this week.",
    "Traffic was diverted for most of the afternoon while crews inspected {b}.",
    "The plan has been delayed twice since it was first proposed three years ago.",
    "Figures published last month showed costs rising faster than expected.",
    "Dozens of residents gathered outside the town hall before the vote.",
    "A report on {c} is due to be published in the spring.",
    "The previous attempt collapsed after a row over funding.",
    "Engineers have warned for years that the work could not wait much longer.",
    "The regional government has promised to cover part of the bill.",
    "Opposition members walked out of the chamber before the final vote.",
    "Local businesses say they have lost customers during the long dispute.",
    "A consultation held last autumn drew more than two thousand responses.",
    "The contract is expected to be signed before the end of the month.",
)
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


class Cast:
    """The people of one run: a fixed pool, drawn with a skew so some recur often."""

    def __init__(self, rng: random.Random, size: int = 300) -> None:
        names = {f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(size * 2)}
        self.people = sorted(names)[:size]
        rng.shuffle(self.people)
        self.pronoun = {name: rng.choice(("he", "she")) for name in self.people}
        self.role = {name: rng.choice(ROLES) for name in self.people}
        self.weights = [1 / (rank + 1) for rank in range(len(self.people))]

    def pick(self, rng: random.Random, count: int) -> list[str]:
        chosen: list[str] = []
        while len(chosen) < min(count, len(self.people)):
            name = rng.choices(self.people, self.weights)[0]
            if name not in chosen:
                chosen.append(name)
        return chosen


def _quote(rng: random.Random, topic: tuple[str, str, str]) -> str:
    _, b, c = topic
    return rng.choice(QUOTES).format(b=b, c=c)


def _spoken(quote: str) -> str:
    """A quote as it stands before ``said``: its full stop turned into a comma."""
    return quote[:-1] + "," if quote.endswith(".") else quote


def _narration(rng: random.Random, count: int, b: str, c: str) -> str:
    """``count`` different sentences of plain narration."""
    day = rng.choice(DAYS)
    return " ".join(s.format(day=day, b=b, c=c) for s in rng.sample(NARRATION, count))


def story(rng: random.Random, cast: Cast, size: int) -> str:
    """One story of at least ``size`` characters (one paragraph more than needed)."""
    topic = rng.choice(TOPICS)
    noun, b, c = topic
    people = cast.pick(rng, rng.randint(2, 4))
    lead = people[0]
    surname = lead.split()[-1]
    if rng.random() < 0.3:
        headline = f"Town votes to 'save' the {noun} as {surname} claims victory"
    else:
        headline = f"{surname} says {b} will go ahead despite {noun} row"
    dateline = (
        f"{rng.choice(PLACES)}, {rng.choice(MONTHS)} {rng.randint(1, 28)} "
        f"({rng.choice(AGENCIES)}) - "
    )
    paragraphs = [
        headline,
        dateline + NARRATION[0].format(day=rng.choice(DAYS), b=b, c=c),
        f"“{_spoken(_quote(rng, topic))}” said {lead}, {cast.role[lead]}.",
    ]
    introduced = {lead}
    length = sum(len(p) + 2 for p in paragraphs)
    while length < size:
        who = rng.choice(people)
        last = who.split()[-1]
        shape = rng.randrange(10)
        if who not in introduced:
            text = f"“{_spoken(_quote(rng, topic))}” said {who}, {cast.role[who]}."
            introduced.add(who)
        elif shape == 0:
            text = f"{last} said: “{_quote(rng, topic)}”"
        elif shape == 1:
            text = f"“{_spoken(_quote(rng, topic))}” {last} told reporters."
        elif shape == 2:
            text = (
                f"“{_spoken(_quote(rng, topic))}” {last} said. "
                f"“{_spoken(_quote(rng, topic))}” {cast.pronoun[who]} added."
            )
        elif shape == 3:
            text = f"{last} called the decision “{rng.choice(PARTIALS)}”."
        elif shape == 4:
            text = f"{last} said {b} would cost less than {c}."
        elif shape == 5:
            text = f"“{_spoken(_quote(rng, topic))}” said {rng.choice(DESCRIBED)}."
        else:
            text = _narration(rng, rng.randint(2, 3), b, c)
        if shape in (0, 1, 5) and rng.random() < 0.5:
            text += " " + _narration(rng, 1, b, c)
        paragraphs.append(text)
        length += len(text) + 2
    return "\n\n".join(paragraphs) + "\n"


def generate(out: Path, count: int, size: int = 3000, seed: int = 1) -> list[Path]:
    """Write ``count`` stories into ``out`` (created if needed); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    cast = Cast(random.Random(seed))
    width = max(4, len(str(count)))
    paths = []
    for number in range(count):
        rng = random.Random(f"{seed}/{number}")
        path = out / f"story-{number:0{width}d}.txt"
        path.write_text(story(rng, cast, size), encoding="utf-8")
        paths.append(path)
    return paths


def story_folder(folder: Path | None, count: int) -> tuple[Path, Path]:
    """The stories a benchmark measures, and a scratch folder for its files.

    ``folder`` when the user names one, else ``count`` synthetic stories
    written into the scratch folder.
    """
    work = Path(tempfile.mkdtemp(prefix="story-explorer-bench-"))
    if folder is None:
        folder = work / "stories"
        generate(folder, count)
    return folder, work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the stories into")
    parser.add_argument("--count", type=int, default=2000, help="how many stories")
    parser.add_argument("--size", type=int, default=3000, help="characters per story, at least")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.out, args.count, args.size, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} stories, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
