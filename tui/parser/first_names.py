"""First names that nearly always belong to a woman, or to a man, wherever they are used.

Why this exists: news copy names a person once ("Priya Natarajan, the
site manager") and then calls her "she". Without a hint of sex, "she said"
after "Natarajan told Tom Ellery ..." would go to whoever was named last,
putting her words in his mouth. These lists only ever *stop* a pronoun
from pointing at someone (``Entity.likely_gender``); they never pick a
speaker on their own, and anything the story itself says ("Mr", "she
said", "his daughter") wins over them.

What is left out, on purpose: names used for both sexes (Alex, Jordan,
Kim, Jean, Sasha, Robin) or for different sexes in different languages
(Andrea, Nicola, Simone, Michele, Gabriele): for those the story's own
words decide, or nothing does. A short name that is also an English word
or surname (Will, Grace, Joy, Hope, Mark, Bill) is kept only where it is
overwhelmingly a first name in front of a surname.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

FEMALE_FIRST_NAMES: frozenset[str] = frozenset(
    """
    abigail ada adaeze adele adriana agata agatha agnes agnieszka aisha aiko akosua
    alejandra alexandra alice alicia alina alison  amanda amara amelia amina amy
    ana anastasia anita angela angelica angelina anika anjali ann anna annabel anne
    annette annika antonia anya aoife ariana astrid aurelia ayesha barbara beatrice
    beatriz belinda bernadette bethany beverly bianca bridget brigitte camila carla
    carmen carolina caroline catalina catherine cecilia celeste charlotte chiamaka
    chiara chloe christina christine claire clara claudia colette constance cristina
    cynthia daniela danielle daphne deborah debra deepika denise diana diane dolores
    donna doris dorothy edith elaine eleanor elena eliza elizabeth ella ellen eloise
    elsa emily emma erica erika esperanza esther eszter eugenia eva eve evgenia fatima
    fatuma felicity fernanda fiona florence frances francesca freya gabriela gabrielle
    gemma georgina gertrude gillian gina giovanna giulia gloria greta gwen gwendolyn
    hadiza hana hanna hannah harriet heather heidi helen helena helga hilda hiroko
    ida ifeoma ilse imogen ines ingrid irene irina iris isabel isabella isabelle
    jacqueline jana jane janet janice jasmine jennifer jessica  joanna jocelyn
    josephine joyce judith judy julia juliana julie juliet justine karen karina
    katarzyna kate katherine kathleen kathryn katie katrin keiko laila lakshmi laura
    lauren leah leila lena lillian linda lisa lorena lorraine louisa louise lucia
    lucy ludmila luisa lydia madeleine madison magdalena maggie malgorzata manon
    marcela margaret margarita margot maria mariam mariana marianne marie marina
    marisol marjorie marta martha martina mary maureen megan melanie melissa mercy
    mia michelle mildred miriam monica monique nadia nadine nancy naomi natalia
    natalie natasha nicole nina nkechi  nora nuala olga olivia oksana ophelia
    paola patricia paula pauline penelope pilar polly priya rachel rebecca regina
    renata rita roberta rosa rosalind rosemary ruth sabine sabrina sakura samantha
    sandra sara sarah scarlett shanthi sharon sheila shirley silvia siobhan sofia
    sonia sophia sophie stella stephanie susan susanne suzanne svetlana sylvia tamara
    tanya tatiana teresa theresa tiffany ursula valentina valeria vanessa vera
    veronica victoria violet virginia  wanda wendy wilhelmina yasmin yolanda
    yuko yvonne zainab zara zeynep zoe zofia zsofia
    sue liz beth jen jenny meg annie sally molly becky katy ellie rosie nell mandy tina
    nikki vicky pam peggy betty consuelo inmaculada mercedes montserrat nuria raquel
    rocio lucia ximena luana joana adriana alessandra federica elisa serena sylvie
    nathalie celine aurelie sandrine veronique elodie amelie petra anke birgit heike
    femke sanne anouk marieke sigrid karin liv solveig kirsten ewa yulia olena layla
    huda rania salma khadija ayse elif parisa maryam shirin sunita pooja kavita neha
    shreya ngozi chioma amaka folake abena akua thandiwe nomvula wanjiru njeri naoko
    yoko florencia graciela rosario soledad milagros luz alba paloma serafina lucrezia
    benedetta ornella hanneke marijke lieke inge saskia annemieke anneke janneke
    margriet jolanda ingeborg sigrun gunhild ragnhild jadwiga bozena milena jelena
    dragana
    darlene darla gladys norma glenda loretta bernice marlene arlene charlene jolene eileen
    noreen colleen bonnie connie dottie trudy rhonda brenda tammy tonya kendra brandy crystal
    kayla doreen maxine myrtle hazel irene mabel ethel edna muriel phyllis shirley geraldine
    delores yvonne wendy sheila pauline lorna marcia lynette roxanne priscilla rosalind
    gwendolyn imelda winifred henrietta harriet mavis elsie nellie minnie hattie
    """.split()
)

MALE_FIRST_NAMES: frozenset[str] = frozenset(
    """
    aaron abdul abdullah abraham adam adebayo adrian ahmed ahmad akira alan albert
    alberto aleksandr alexander alexandre alexei alfred alfredo  alistair ambrose
    amir anders andre andrew andrzej angus anthony antoine anton antonio archibald
    arjun arnold arthur arturo august augustin bartholomew basil ben benjamin bernard
    bernardo bogdan boris brendan brian bruce bruno callum carl carlos cedric charles
    christian christopher christoph cillian clarence claus clement colin conor
    cornelius craig cristian curtis daniel darius david declan dennis derek desmond
    diego dmitri dmitry dominic donald douglas duncan dylan edgar edmund eduardo
    edward edwin eli elias elijah emeka emil emmanuel enrique eric erik ernest
    ernesto esteban ethan eugene evan fabian felipe felix ferdinand fernando finn
    florian francis francisco frank franz fred frederick gabriel gareth gary gavin
    geoffrey george gerald gerard gerhard giorgio giovanni giuseppe gordon graham
    gregory guillaume gunther gustav hamid hans harold harry harvey hassan hector
    heinrich henri henrik henry herbert hiroshi horace howard hugh hugo ian ibrahim
    idris ignacio igor ivan jack jacob jacques jake james jamal  jason javier
    jeffrey jeremy jerome joachim joaquin joe joel johan johannes john jonathan jorge
    jose joseph joshua juan julian julius jurgen justin kamal karl kaspar keith kenji
    kenneth kevin klaus kofi kwame lars  lawrence leo leon leonard leonardo
    leopold liam lionel lorenzo louis luca lucas luis luke magnus malcolm manuel
    marcel marco marcus mario martin mateo matteo matthew matthias maurice max
    maximilian michael miguel mikhail milan mohamed mohammed muhammad nathan nathaniel
    neil nelson niall nicholas nicolas nigel nikolai nikolaus noah norman obinna
    oleg oliver olivier omar oscar oskar oswald otto owen pablo patrick paul pavel
    pedro peter philip philippe pierre piotr rafael rahul rajesh ralph ramon raymond
    reginald richard ricardo robert roberto roderick rodrigo roger roland ronald
    rory ruben rupert russell samuel santiago sebastian sergei sergio seamus shane
     simon stanislav stefan stephen steven stuart sunil sven takeshi terence
    theodore thomas timothy tobias tomas tomasz trevor tristan umar vasily victor
    vikram vincent vladimir walter warren wilfred wilhelm william winston wojciech
    xavier yaw yosef yusuf yuri zachary
    tom tim jim bob rob dave mike steve dan nick matt pete andy tony ted alessandro
    francesco massimo stefano fabio giulio etienne mathieu julien thierry pascal yves
    benoit wolfgang dieter uwe pieter willem joost maarten sander nils bjorn marek
    krzysztof pawel andrei yevgeny oleksandr volodymyr khalid mahmoud mustafa youssef
    tariq rashid karim walid mehmet emre murat reza mehdi hossein amit sanjay vijay
    ravi anil suresh ramesh imran faisal asif bilal chinedu babajide tunde chukwuemeka
    thabo sipho haruto daisuke joao goncalo thiago tiago rui vitor guillermo alejandro
    andres raul julio cesar gonzalo marcos emilio agustin leopoldo octavio rodolfo
    alfonso ramiro salvador teodoro gerardo gustavo humberto federico enzo giacomo
    salvatore vittorio gerrit bram daan thijs ruud wouter koen joris jeroen niels stijn
    hendrik cornelis dirk geert henk kees klaas wim bjarne leif torsten ingvar olaf
    jaroslav miroslav zbigniew bohdan vaclav dragan goran branko zoran
    walt earl dwight wayne clyde floyd lloyd vernon leroy darryl duane roy hank gus herb
    dustin travis randy brent clint troy lyle merle harold howard herbert cecil clarence
    elmer chester homer virgil wilbur norman stanley gordon dennis gerald keith glenn kurt
    rodney russell wendell marvin melvin milton reginald roland vincent wallace wilfred
    archie barney bernard cyril desmond reggie rupert stuart trevor nigel clive derek colin
    graham neville geoffrey gareth
    """.split()
)

#: Letters NFKD does not take apart ("Małgorzata", "Søren").
_PLAIN = str.maketrans("łøđßı", "lodsi")


@lru_cache(maxsize=4096)
def gender_of_first_name(name: str) -> str | None:
    """ "female" for "Zoë" or "Małgorzata", "male" for "José", None when the name can't tell."""
    folded = unicodedata.normalize("NFKD", name.lower().translate(_PLAIN))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    if plain in FEMALE_FIRST_NAMES:
        return "female"
    if plain in MALE_FIRST_NAMES:
        return "male"
    return None
