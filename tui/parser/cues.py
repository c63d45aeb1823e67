"""Reporting verbs and the other small word lists attribution reads.

Lists of ordinary English words only: no list here names a person, a place
or an outlet, so nothing is tuned to one story.
"""

from __future__ import annotations

import re

# Reporting verbs with every inflection spelled out: a regular "-ed" rule
# would also match "need", "bed" and friends.
_SPEECH_VERBS = """
say says said saying
tell tells told telling
add adds added adding
ask asks asked asking
write writes wrote written writing
insist insists insisted insisting
warn warns warned warning
explain explains explained explaining
recall recalls recalled recalling
admit admits admitted admitting
argue argues argued arguing
note notes noted noting
reply replies replied replying
shout shouts shouted shouting
whisper whispers whispered whispering
claim claims claimed claiming
state states stated stating
declare declares declared declaring
announce announces announced announcing
comment comments commented commenting
continue continues continued continuing
agree agrees agreed agreeing
acknowledge acknowledges acknowledged acknowledging
complain complains complained complaining
concede concedes conceded conceding
confirm confirms confirmed confirming
deny denies denied denying
suggest suggests suggested suggesting
stress stresses stressed stressing
urge urges urged urging
joke jokes joked joking
laugh laughs laughed laughing
remark remarks remarked remarking
respond responds responded responding
report reports reported reporting
predict predicts predicted predicting
promise promises promised promising
vow vows vowed vowing
tweet tweets tweeted tweeting
post posts posted posting
mutter mutters muttered muttering
murmur murmurs murmured murmuring
cry cries cried crying
yell yells yelled yelling
scream screams screamed screaming
sigh sighs sighed sighing
recount recounts recounted recounting
observe observes observed observing
emphasise emphasises emphasised emphasising
emphasize emphasizes emphasized emphasizing
boast boasts boasted boasting
quip quips quipped quipping
plead pleads pleaded pleading
beg begs begged begging
demand demands demanded demanding
reckon reckons reckoned reckoning
assert asserts asserted asserting
allege alleges alleged alleging
maintain maintains maintained maintaining
counter counters countered countering
caution cautions cautioned cautioning
describe describes described describing
call calls called calling
fume fumes fumed fuming
retort retorts retorted retorting
scoff scoffs scoffed scoffing
chuckle chuckles chuckled chuckling
gush gushes gushed gushing
enthuse enthuses enthused enthusing
wonder wonders wondered wondering
muse muses mused musing
lament laments lamented lamenting
grumble grumbles grumbled grumbling
groan groans groaned groaning
sob sobs sobbed sobbing
exclaim exclaims exclaimed exclaiming
interject interjects interjected interjecting
interrupt interrupts interrupted interrupting
conclude concludes concluded concluding
elaborate elaborates elaborated elaborating
clarify clarifies clarified clarifying
venture ventures ventured venturing
assure assures assured assuring
reassure reassures reassured reassuring
confide confides confided confiding
reveal reveals revealed revealing
disclose discloses disclosed disclosing
speculate speculates speculated speculating
reason reasoned reasoning
contend contends contended contending
inquire inquires inquired inquiring
enquire enquires enquired enquiring
testify testifies testified testifying
objected objecting protested protesting blasted blasting raged raging
echoed echoing snapped snapping slammed slamming texted emailed repeated
chanted chanting thought
believe believes believed thinks
""".split()

#: Verbs whose quote is usually a characterisation ("called it 'a farce'",
#: "accused both of 'passing the parcel'"): they attribute a partial quote
#: but never introduce indirect speech.
LABEL_VERBS: frozenset[str] = frozenset(
    """describe describes described describing call calls called calling
    accuse accuses accused accusing dub dubs dubbed dubbing brand brands branded
    branding""".split()
)

SPEECH_VERBS: frozenset[str] = frozenset(_SPEECH_VERBS) | LABEL_VERBS

#: Multi-word cues, matched as phrases.
CUE_PHRASES: tuple[str, ...] = (
    "went on",
    "goes on",
    "put it",
    "puts it",
    "pointed out",
    "points out",
    "said in a statement",
    "wrote in",
)

#: Adverbs that may stand between a subject and its verb ("she later said").
ADVERBS: frozenset[str] = frozenset(
    """also later then simply quietly bluntly firmly flatly angrily softly
    recently previously once earlier again repeatedly still only just
    has have had will would should could may might himself herself themselves
    always often usually sometimes regularly frequently
    itself finally eventually slowly immediately quickly now never even already publicly
    privately openly proudly sadly calmly tearfully briefly gently curtly tersely
    cheerfully wryly""".split()
)

PRONOUNS: dict[str, str] = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "it": "neuter",
    "him": "male",
    "her": "female",
    "i": "self",
    "we": "self",
}

#: Determiners that start a description of an unnamed source.
DETERMINERS: frozenset[str] = frozenset(
    """a an the one two three four five six several many few both another this that these
    those its his her their our my your some""".split()
)

#: Honorifics and ranks: dropped from a name when the story also gives the
#: full name, kept when it is all the story gives ("Mrs Atkinson").
TITLES: frozenset[str] = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady president premier
    minister senator sen rep representative governor gov mayor judge justice chief
    inspector detective sergeant sgt constable officer captain capt colonel col
    general gen lieutenant lt major commander admiral chairman chairwoman chair
    councillor cllr councilmember councilman councilwoman alderman ambassador bishop
    father sister brother rev reverend rabbi imam pastor coach deputy secretary
    chancellor king queen prince princess pope sheikh superintendent commissioner
    director dean vice host anchor correspondent reporter nurse mother prosecutor
    attorney lawyer barrister solicitor spokesman spokeswoman spokesperson student
    chef farmer teacher manager striker goalkeeper defender midfielder player
    patrolman trooper agent analyst economist historian author novelist artist
    singer actor actress architect engineer scientist researcher priest
    executive leader ds di dc dci pc supt insp det
    headteacher principal councilmember forward winger sheriff marshal warden ranger
    treasurer auditor comptroller assemblyman assemblywoman assemblymember trustee
    magistrate coroner ombudsman member alderwoman selectman selectwoman supervisor provost
    regent whip quarterback linebacker pitcher catcher shortstop outfielder infielder
    fullback halfback flanker batsman bowler wicketkeeper jockey sprinter""".split()
)

#: Nouns for people, which make "one woman selling bread" or "a thin young
#: man" a person who may speak, unlike "the guidance" or "the plan".
PERSON_NOUNS: frozenset[str] = TITLES | frozenset(
    """man men woman women boy girl child children person people resident residents editor publisher
    neighbour neighbor neighbours neighbors victim victims witness witnesses official
    officials worker workers driver drivers passenger passengers fisherman fishermen
    couple family mother father daughter son wife husband sister brother grandmother
    grandfather grandson granddaughter uncle aunt nephew niece cousin vicar chaplain boss
    supervisor employer partner girlfriend boyfriend fiance fiancee mentor teammate classmate
    roommate flatmate stepfather stepmother carer guardian client pupil tutor
    grandfather widow widower pensioner parent parents teenager trader traders vendor
    vendors shopkeeper owner owners customer customers voter voters fan fans supporter
    supporters member members fighter fighters soldier soldiers officer officers
    source sources insider spokesman spokeswoman spokesperson representative
    employee employees staff volunteer volunteers doctor doctors nurse nurses
    patient patients farmer farmers student students teacher teachers mayor minister
    guard guards commander leader leaders activist activists protester protesters
    critic reviewer commentator columnist blogger pundit academic lobbyist campaigner
    shareholder investor creditor donor speaker homeowner householder landowner renter
    worshipper parishioner churchgoer motorist cyclist pedestrian jogger swimmer angler
    hunter hiker camper holidaymaker traveller traveler stallholder retiree veteran
    caregiver eyewitness bystander onlooker spectator attendee delegate participant
    contestant candidate nominee legislator lawmaker staffer aide adviser advisor
    consultant contractor trucker courier janitor caretaker grower rancher vet
    veterinarian pharmacist detainee suspect defendant plaintiff claimant juror patron
    diner guest attendant steward stewardess conductor receptionist cashier barista butcher
    tailor hairdresser barber lifeguard guide referee umpire linesman physio
    physiotherapist therapist counsellor counselor optician lecturer headmaster
    headmistress graduate intern apprentice trainee recruit sailor marine airman cadet
    announcer
    hygienist dentist envoy negotiator founder pupil organiser organizer organisers
    organizers diplomat diplomats expert experts
    analyst analysts observer observers caller callers listener listeners viewer
    viewers reader readers shopper shoppers commuter commuters tourist tourists
    visitor visitors local locals villager villagers islander islanders miner miners
    baker chef cook waiter waitress bartender landlord landlady tenant tenants
    captain coach player players manager chairman chairwoman director executive
    agent agents clerk engineer engineers nun priest monk rabbi imam pastor
    survivor survivors refugee refugees migrant migrants prisoner prisoners
    inmate inmates lawyer lawyers judge prosecutor detective investigator
    investigators colleague colleagues friend friends relative relatives deckhand
    skipper crew pilot pilots ranger rangers firefighter firefighters paramedic
    paramedics surgeon surgeons midwife midwives cleaner cleaners porter porters
    operator operators dispatcher builder builders carpenter plumber electrician
    mechanic mechanics groundsman keeper beekeeper gardener
    """.split()
)

#: Titles that tell a person's sex, for pronoun agreement.
MALE_TITLES = frozenset("mr sir lord king prince father brother chairman councilman".split())
FEMALE_TITLES = frozenset(
    "mrs ms miss dame lady queen princess sister chairwoman councilwoman mother".split()
)

#: What a name can be that is neither a person nor an organisation's head
#: word: "Qamar, her 40-seat restaurant," is not the "she" who speaks next.
VENUE_NOUNS: frozenset[str] = frozenset(
    """restaurant cafe café bar pub shop store bakery hotel farm factory plant mill
    theatre theater gallery museum venue label boat ship yacht vessel building tower
    bridge estate vineyard winery brewery distillery bistro diner clinic practice
    newspaper magazine website blog podcast station app product""".split()
)

#: Head nouns that make a capitalised name an organisation.
ORG_WORDS: frozenset[str] = frozenset(
    """authority authorities union council ministry service services police department
    agency office trust company group party court commission committee board bank
    university hospital club league federation institute corporation inc ltd plc
    airline airlines society association government administration army navy
    forces force brigade network foundation fund organisation organization
    press bureau center centre school college energy holdings securities capital
    partners media systems technologies motors airways railways rail transport
    insurance logistics shipping mining telecom inspectorate regulator tribunal
    parliament senate congress assembly cabinet embassy consulate charity
    cooperative co-operative rovers wanderers athletic albion hotspur fc afc
    packaging foods pharmaceuticals chemicals chemical electronics
    industries engineering construction marine storage brewery dairies
    church team staff station channel newspaper radio television tv journal gazette
    herald tribune magazine chronicle library museum laboratory coatings paints textiles
    plastics metals minerals materials resources properties homes estates developments
    ventures solutions products brands labs laboratories studios entertainment records
    games software apparel pictures films publishing books residential realty rentals
    lettings housing alliance coalition bloc air facility prison jail penitentiary
    coastguard""".split()
)

#: Sentence openers and other capitalised words that are never a name.
NOT_NAMES: frozenset[str] = frozenset(
    """like unlike besides including
    the a an this that these those it its he she they we i you his her their our
    my your in on at for but and or if when while after before as so some many most
    another one two three four five six seven eight nine ten first second third last
    there here what who why how where which no not yes all each every both other
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday
    tomorrow meanwhile however still also then now once later earlier since until
    nearby instead elsewhere yet overall afterwards nonetheless moreover indeed perhaps
    certainly
    with without from by to of about over under into through during despite although
    though because among between against across around near outside inside above
    below up down off out story update editor's note advertisement q a
    thank thanks good hello well oh ok okay please sorry god according nobody
    everybody everyone someone somebody anyone anybody none nothing eleven twelve
    twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
    thousands dozens""".split()
)

#: Words between a phrase that presents a name and the name itself: "goes by
#: the single name", "known by the stage name", "nicknamed the".
NAME_FILLER_WORDS = (
    "of",
    "the",
    "a",
    "name",
    "nickname",
    "single",
    "stage",
    "pen",
    "professional",
    "first",
)
NAME_FILLER = r"(?:\s+(?:" + "|".join(NAME_FILLER_WORDS) + r"))*"

#: Words that make a description someone's ("her neighbour", "its owner").
POSSESSIVE_DETERMINERS = frozenset("his her their its my our".split())

#: The pronoun a possessive stands for: "her supervisor" is the supervisor of "she".
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "their": "they"}

#: Nouns for a group of people, spoken of as "they": "her family said".
GROUPS_OF_PEOPLE = frozenset("family families couple staff crew personnel police".split())


_CONTRACTION = re.compile(r"['’](?:d|ll|s|ve|re|m)$", re.IGNORECASE)


def uncontracted(word: str) -> str:
    """ "She'd" -> "she", "They’ll" -> "they": the pronoun in a contraction, lower case."""
    if "'" not in word and "’" not in word:
        return word.lower()  # most words: no regex
    return _CONTRACTION.sub("", word.lower())
