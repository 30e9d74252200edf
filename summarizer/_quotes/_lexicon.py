"""Word lists for quote attribution, one :class:`Lexicon` per supported language.

Everything is lowercase. Lists are deliberately short and precise: a speech verb that is also a
common noun elsewhere would attach speakers to sentences that merely mention someone.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

# Verb kinds: who the speaker is relative to the verb.
VERB = "verb"  # "Smith said" or "said Smith"
MARKER = "marker"  # "according to Smith": the name follows
POSTPOSITION = "post"  # "Müller zufolge": the name precedes


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What the attribution parser needs to know about one language."""

    code: str
    verbs: frozenset[tuple[str, ...]]
    markers: frozenset[tuple[str, ...]]
    postpositions: frozenset[tuple[str, ...]]
    fillers: frozenset[str]  # may sit between subject and verb: "also", "has", "a", "ha"
    pronouns: dict[str, str]  # pronoun -> "m" | "f" | "n" (n: not a person, never resolved)
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]
    stopwords: frozenset[str]  # never part of a name even when capitalised
    prepositions: frozenset[str]  # a name after one of these is not the speaker
    title_cues: frozenset[str]  # "the film 'X'": the quotation is a title
    pro_drop: bool  # "dijo." with no subject refers to the last person mentioned
    inflected_markers: bool  # "по словам Ивана Петрова": the name is not in the nominative
    feminine_verb_endings: tuple[str, ...] = ()
    masculine_verb_endings: tuple[str, ...] = ()
    slavic_names: bool = False  # female first names and surnames end in -a/-я
    # "Mr Howard rejected the plan, saying: ...": the speaker is the sentence's subject.
    participles: frozenset[str] = frozenset()
    # Case endings a title takes as an object or genitive: German "den Präsidenten".
    title_endings: tuple[str, ...] = ()
    # Words for one office: a holder under any of them is another holder of it ("the
    # manager" and "the coach" of a team are one office, two clubs make two holders).
    synonyms: tuple[frozenset[str], ...] = ()
    # Words a report uses for someone introduced with an office, so as not to repeat it: "le
    # technicien" for "l'entraîneur", "il primo cittadino" for "il sindaco", "das
    # Stadtoberhaupt" for "Oberbürgermeister". Each maps to the offices it may stand for.
    variations: dict[str, frozenset[str]] = field(default_factory=dict)

    def verb_gender(self, verb: str) -> str | None:
        """Gender marked by a past-tense Slavic verb ("сказала" -> "f"), else ``None``."""
        if self.feminine_verb_endings and verb.endswith(self.feminine_verb_endings):
            return "f"
        if self.masculine_verb_endings and verb.endswith(self.masculine_verb_endings):
            return "m"
        return None

    def synonyms_of(self, role: str) -> frozenset[str]:
        """The other words for the office ``role`` names ("técnico" for "entrenador")."""
        return next((group - {role} for group in self.synonyms if role in group), frozenset())


def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    """Parse ``"said, according to, told"`` into token tuples."""
    return frozenset(tuple(p.split()) for p in (s.strip() for s in text.split(",")) if p)


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _synonyms(*groups: str) -> tuple[frozenset[str], ...]:
    return tuple(word_set(group) for group in groups)


def _variations(*lines: str) -> dict[str, frozenset[str]]:
    """Parse ``"technicien technicienne: entraîneur entraîneuse"`` lines: each word before
    the colon (a phrase joined by "_") stands for the offices after it."""
    found: dict[str, frozenset[str]] = {}
    for line in lines:
        words, offices = line.split(":")
        for word in words.split():
            found[word.replace("_", " ")] = word_set(offices)
    return found


# Shared by all languages: honorifics, months, weekdays and words that make a run an organisation.
HONORIFIC_GENDER: dict[str, str] = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "herr": "m", "m": "m", "monsieur": "m",
    "sr": "m", "señor": "m", "don": "m", "signor": "m", "sig": "m", "pan": "m", "господин": "m",
    "пан": "m", "king": "m", "prince": "m", "father": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "frau": "f", "mme": "f",
    "mlle": "f", "madame": "f", "sra": "f", "señora": "f", "doña": "f", "signora": "f",
    "sig.ra": "f", "pani": "f", "госпожа": "f", "пані": "f", "queen": "f", "princess": "f",
    "sister": "f", "srta": "f", "dña": "f", "dra": "f", "profa": "f",
}  # fmt: skip
# Honorifics that only ever stand before a name. Some are in the stop word lists, but opening a
# sentence they are no common word: "Mrs Smith added:" says who, and her gender.
NAME_HONORIFICS = word_set("mr mrs ms miss mister dr")

COMMON_TITLES = word_set(
    "mr mrs ms miss dr dra prof profa sir dame lord lady rev president vice prime minister "
    "secretary chancellor senator sen rep gov governor mayor judge justice chief executive "
    "general gen recorder rector dean "
    "col colonel capt captain lt sgt sergeant officer inspector detective det supt constable "
    "pope king queen prince princess archbishop bishop father sister coach manager chairman "
    "chairwoman chair ceo cfo director deputy foreign home finance economy defence defense health "
    "education trade interior culture shadow former acting interim commissioner ambassador "
    "spokesman spokeswoman spokesperson premier attorney commander admiral professor doctor "
    "envoy economist analyst senior junior md boss leader head striker midfielder defender "
    "goalkeeper winger forward captain skipper coach singer actor actress director producer "
    "writer author star presenter comedian agent lawyer councillor mp mep campaigner prosecutor "
    "veteran founder owner chef drummer guitarist rapper dj artist designer broadcaster "
    "editor treasurer superintendent cllr councilor undersecretary member councilman "
    "councilwoman alderman alderwoman assemblyman assemblywoman congressman congresswoman "
    "headteacher headmaster headmistress "
    # A team's captain in the other languages: "Le capitaine a réagi" is someone else.
    "capitaine capitano capitán capitão kapitän kapitan"
)

NON_NAMES = word_set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "январь января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "понеділок вівторок середа середу четвер пʼятниця п'ятницю субота суботу неділя неділю "
    "januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero marzo "
    "abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles "
    "jueves viernes sábado domingo gennaio febbraio aprile maggio giugno luglio settembre "
    "ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica janeiro fevereiro "
    "março maio junho julho setembro outubro novembro dezembro segunda terça quarta quinta sexta "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
    "grudnia poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę "
    "christmas easter one two three four five six seven eight nine ten eleven twelve twenty "
    "hundred thousand million first second third "
    # "le Moyen Âge" (the Middle Ages)
    "âge "
    # Headlines open with "dies": "Muere Julián Arteaga, …"
    "muere fallece murió falleció morre morreu faleceu muore meurt"
)

# Common first names whose gender is not in doubt; used only to rule a pronoun's referent out.
FEMALE_FIRST_NAMES = word_set(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa judi "
    "margaret betty sandra dorothy kimberly emily donna michelle carol amanda melissa "
    "deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna ann "
    "anne brenda pamela nicole emma samantha katherine christine rachel catherine carolyn janet "
    "ruth maria heather diane virginia julie joyce victoria olivia christina lauren joan "
    "evelyn judith megan cheryl hannah martha jacqueline frances gloria teresa kathryn sara "
    "janice alice julia judy grace denise amber marilyn beverly danielle theresa sophia marie "
    "diana natalie isabella charlotte rose jane claire louise zoe kate katie lucy sophie chloe "
    "joanne caroline fiona gillian hilary harriet nicola tessa yvette margot naoko "
    "marine ségolène ursula giulia francesca chiara lucía carmen ana isabel fernanda katrin "
    "claudia sabine petra monika ingrid brigitte annalena sahra svetlana elena yelena olga "
    "natalia natalya tatiana tatyana irina yulia yuliya ekaterina yekaterina anastasia daria "
    "ksenia galina lyudmila valentina larisa oksana nadezhda agnieszka katarzyna małgorzata "
    "magdalena joanna ewa barbara beata dorota elżbieta iwona krystyna zofia "
    "анна мария марина елена ольга наталья татьяна ирина юлия екатерина анастасия дарья "
    "ксения галина людмила валентина лариса оксана надежда светлана виктория алла вера "
    "ганна марія олена наталія тетяна ірина юлія катерина людмила валентина вікторія надія "
    "світлана esther sonya sonia sonja tanya tania "
    # Tatar, Bashkir, Caucasian and Central Asian names common in Russian and Ukrainian news.
    "гульнара алсу айгуль зарина эльвира лейла диляра гульшат резеда альфия лилия зульфия "
    "камила мадина фатима аминат зарема гузель ляйсан эльмира динара любовь нинель "
    "maría sofía ángela mónica inés beatriz cristina raquel pilar dolores silvia paola giorgia "
    "elisa alessandra valeria federica martina roberta isabelle nathalie sylvie valérie céline "
    "sandrine véronique hélène manon léa chloé juliette agnès béatrice delphine mariana "
    "gabriela juliana larissa renata heike birgit karin susanne anja lena nadia alessia lucia "
    "carla giovanna daniela marta rocío nuria núria yolanda irene eva blanca patrícia adriana "
    "marina nísia dilma marisa aurore maud michela "
    "leanne isla meena priya eleanor jess jessie gwyneth amelia ava mia ella lily freya poppy "
    "evie millie jasmine layla imogen phoebe rosie abigail bethany kirsty stacey "
    "gemma leah hayley natasha zara aisha fatima amina anjali sunita deepa neha pooja shreya "
    "kavita meera nina tina pauline maureen doreen sheila valerie wendy yvonne beverley "
    "lorraine carole glenda gail alison alicia naomi bonnie sally audrey elaine sylvia "
    "dianne jenny kathy cathy annie debbie josephine maggie melanie paula miriam"
)
# First names that are also places or teams ("Virginia said it would appeal" is the state's).
PLACE_FIRST_NAMES = word_set("virginia victoria charlotte georgia florence")
# First names given to men and women alike (or to either, by country): a first name, no
# gender. "Jean" is a man in France and a woman in England.
UNISEX_FIRST_NAMES = word_set(
    "jean jo pier gian andrea simone gabriele camille laurence dominique claude sasha alex "
    "hunter taylor parker skyler billie sam dana jamie charlie chris jackie tracy tracey lakshmi "
    "amit"
)
MALE_FIRST_NAMES = word_set(
    "james john robert michael william david richard joseph thomas charles christopher daniel guy "
    "matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy "
    "ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin "
    "scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry "
    "tyler aaron adam nathan henry douglas peter kyle walter noah jeremy keith roger terry "
    "gerald harold sean carl arthur lawrence dylan jesse bryan billy joe bruce gabriel albert "
    "alan wayne randy roy vincent ralph eugene russell bobby philip louis tony gordon ian nigel "
    "neil simon graham alistair gareth tom jim bob bill mike steve dave nick ed ken ray tim rob "
    "ben boris vladimir sergei ivan hans klaus jürgen wolfgang olaf gerhard helmut friedrich "
    "pierre jacques françois nicolas emmanuel marco giuseppe mario luigi giovanni silvio "
    "matteo carlos pedro juan luis miguel josé manuel jan piotr andrzej tomasz krzysztof "
    "heizo kenji hiroshi rick ken gordon geoffrey derek norman stuart liam charles "
    "александр алексей андрей сергей дмитрий владимир иван михаил николай павел пётр петр "
    "игорь олег юрий виктор максим евгений антон константин борис григорий леонид "
    "олександр андрій сергій дмитро володимир іван михайло микола павло петро ігор юрій "
    "віктор віталій богдан тарас василь руслан "
    "тимур ринат рустам ильдар марат азат айдар ислам шамиль артур эльдар рамиль ильнур "
    "радик тагир булат арсен ашот гусейн магомед ахмед заур аслан фарид рашид ильяс "
    "тимофей арсений назар остап "
    # Men's names ending as a woman's do: "Илья Рейнгольд ... сказал он" is his.
    "илья никита кузьма фома лука савва данила гаврила ілля микита "
    "jan piotr krzysztof andrzej tomasz paweł marek michał marcin jakub adam łukasz "
    "mateusz rafał wojciech zbigniew "
    "jesús antonio francisco javier alejandro sergio fernando jorge alberto ramón rafael "
    "ángel andrés sebastián martín nicolás rubén álvaro óscar íñigo pablo diego gonzalo "
    "ignacio enrique emilio joaquín santiago guillermo alfonso roberto giancarlo paolo "
    "giorgio stefano massimo alessandro lorenzo federico riccardo davide luca claudio fabio "
    "gianluca enrico vincenzo salvatore laurent olivier philippe michel alain christophe "
    "sébastien julien thierry gérard yves guillaume benoît joão paulo ricardo rodrigo tiago "
    "thiago gustavo felipe luiz eduardo marcelo lars markus stefan andreas uwe jens ralf horst "
    "dieter matthias tobias lukas jonas florian sebastian dwayne "
    # English names ending like nouns for people ("Carter Paul Smith" is no "Farmer Mark Rice")
    "carter tucker walker porter spencer fletcher archer asher sawyer connor conor trevor "
    "hector julian adrian christian grant bryant clement homer oliver jasper xavier lester "
    "chester dexter baxter victor conner vernon "
    "florentino hugo iván félix gérald ignazio attilio renato guido adolfo valdemar eneko raúl "
    "raul arturo ernesto rodolfo mariano héctor marcos mauricio cristian agustín tomás lucas "
    "mateo maximiliano gerardo jordi marc lluís gianni pietro sandro mauro dario carlo vittorio "
    "edoardo ettore fabrizio maurizio ugo umberto bernardo jaime joaquim rui nuno caio otávio "
    "édouard bruno gilles didier hervé lionel rené éric luc "
    "ravi sanjay arjun rahul vikram darren shane gavin colin callum kieran harry "
    "archie alfie freddie freddy theo ethan aiden jayden dmitri noel "
    "ivor andy johnny jimmy danny tommy jonny ricky teddy eddie jake luke josh reece sid phil "
    "pete greg doug matt dan geoff jeff"
)

# Titles that say the person is a woman ("Ministerin", "ministra", "spokeswoman").
FEMALE_TITLES = word_set(
    "ministerin kanzlerin präsidentin chefin sprecherin leiterin direktorin bürgermeisterin "
    "fraktionschefin parteichefin ministra presidenta alcaldesa directora secretaria diputada "
    "senadora dottoressa direttrice deputata senatrice prefeita diretora deputada posłanka "
    "rzeczniczka dyrektorka présidente directrice députée sénatrice chairwoman spokeswoman "
    "actress businesswoman congresswoman депутатка"
)

# Words that join clauses: a subject or role description never contains one.
CONJUNCTIONS = word_set(
    "and but or while as because that which who whom whose when if "
    "и а но что который которая і але що який яка und aber dass der die das welche "
    "et mais que qui y pero quien e ma che mas quem oraz ale że który która"
)

# Words joining two names or two bodies: "Prawa i Sprawiedliwości", "Силуанов и министр ...".
AND_OR_WORDS = word_set("and or и или і та й i oraz lub und oder et ou y o e ed")

# Conjunctions that may open a sentence: "But Houllier told BBC Sport:", "And Wenger added:".
# They join it to the sentence before; the subject, often the speaker, follows.
OPENING_CONJUNCTIONS = {
    "en": word_set("and but yet so"),
    "de": word_set("und aber doch"),
    "fr": word_set("et mais"),
    "es": word_set("y pero"),
    "it": word_set("e ma"),
    "pt": word_set("e mas"),
    "ru": word_set("и но а"),
    "uk": word_set("і й але а та"),
    "pl": word_set("i ale a"),
}
# English nouns for a nationality, which describe the person named after them ("Spaniard
# Guillermo Garcia-Lopez"). Not the adjectives, which also open names ("The Australian", "Argentine
# Open").
NATIONALITY_NOUNS = word_set("spaniard frenchman frenchwoman dutchman dutchwoman briton swede")
# Last words of the names of events, venues, works and publications, never of a person's name:
# "Grand Slam", "Australian Open", "Belmarsh Prison", "Pro Magazine". Such a name is nobody a
# "he" or "she" could stand for, unless a first name opens it ("Paul Forum"). Not the words
# that are also surnames: "Arena", "Gallery".
THING_HEADS = word_set(
    "open slam slams championships stadium prison magazine mirror express orchestra project "
    "forum theatre theater ballet opera library airport regiment alliance society state"
)
# Nouns for someone who speaks for or stands beside another person: "Der Anwalt von Max Weber",
# "L'avvocato dell'imprenditore Marco Bianchi", "la portavoz de Ana Torres" name the client.
RELATION_NOUNS = word_set(
    "sprecher sprecherin anwalt anwältin berater beraterin vertreter vertreterin sohn tochter "
    "frau ehefrau ehemann bruder schwester vater mutter freund freundin "
    "avvocato avvocata avvocati portavoce consigliere consigliera figlio figlia moglie marito "
    "fratello sorella padre madre amico amica "
    "abogado abogada abogados portavoz asesor asesora hijo hija esposa esposo hermano hermana "
    "madre amigo amiga "
    "advogado advogada advogados porta-voz assessor assessora filho filha marido irmão irmã "
    "pai mãe "
    "avocat avocate avocats porte-parole conseiller conseillère fils fille épouse mari frère "
    "sœur père mère ami amie "
    "lawyer lawyers attorney spokesman spokeswoman spokesperson aide adviser advisor son "
    "daughter wife husband brother sister father mother friend "
    # Slavic ones take the person in the genitive, with no preposition: "Адвокат Ивана Петрова".
    "адвокат адвокатесса юрист пресс-секретарь пресс-атташе пресс-служба представитель "
    "представительница помощник помощница советник советница защитник защитница агент "
    "тренер менеджер сын дочь жена муж супруга супруг вдова вдовец брат сестра отец мать "
    "мама папа внук внучка друг подруга "
    "адвокатка прес-секретар прес-секретарка прес-служба речник речниця представник "
    "представниця помічник помічниця радник радниця захисник захисниця донька дочка "
    "дружина чоловік батько мати тато онук онука "
    "adwokat adwokatka prawnik prawniczka rzecznik rzeczniczka pełnomocnik pełnomocniczka "
    "doradca doradczyni obrońca asystent asystentka agent trener menedżer menadżer syn córka "
    "żona mąż wdowa brat siostra ojciec matka mama tata wnuk wnuczka przyjaciel przyjaciółka"
)
# Days and eves with a name: "Election Day", "Boxing Day", "Christmas Eve" (not "Doris Day").
NAMED_DAYS = word_set(
    "election memorial labor labour independence veterans christmas boxing thanksgiving "
    "armistice remembrance valentine's valentine’s mother's mother’s father's father’s may "
    "polling inauguration easter anzac australia canada bastille victory budget"
)
# Capitalised words for groups of people, which open sentences ("Officials said", "Israelis
# said"), and for family members ('"...," Mum said'): no one's name.
GROUP_NOUNS = word_set(
    "mum mom mam mummy mommy dad daddy nan nana gran granny grandma grandad granddad grandpa "
    "papa mama auntie aunty uncle sis bro "
    "officials witnesses residents analysts critics experts doctors nurses teachers students "
    "parents workers farmers pilots locals protesters protestors fans supporters economists "
    "investigators rescuers medics paramedics scientists researchers prosecutors lawyers "
    "sources insiders agencies campaigners organisers organizers relatives families veterans "
    "refugees staff employees passengers travellers travelers shoppers voters activists "
    "observers diplomats ministers lawmakers senators regulators traders investors executives "
    "bankers forecasters police gardai gardaí israelis palestinians kurds scots brits muslims "
    "jews sikhs hindus catholics protestants arabs turks greeks poles serbs croats czechs "
    "danes swedes finns brexiteers remainers millennials eurosceptics progressives moderates "
    "hardliners londoners unionists nationalists loyalists republicans democrats conservatives "
    "liberals friends neighbours neighbors colleagues troops soldiers officers firefighters "
    "mourners villagers tenants landlords pundits bookmakers survivors victims demonstrators "
    "strikers boomers evangelicals sunnis shias uyghurs americans germans mexicans europeans "
    "africans koreans cubans gazans texans iraqis pakistanis yemenis somalis saudis emiratis "
    "qataris omanis kuwaitis bahrainis bengalis nepalis punjabis kashmiris afghans britons "
    "filipinos latinos hispanics thais"
)
# Last words of place names, which a first name may open ("Virginia Beach", "Carson City"):
# after "in" such a name is the place. Not after "at", "to" or "from", which take people as
# readily ("shouted at Jim Beach", "the award went to Adam Beach", "a tribute from Jim Beach").
PLACE_HEADS = word_set("beach city county springs heights falls valley harbour harbor")
ORG_WORDS = word_set(
    "party union bank ministry council court office department agency company corporation corp "
    "inc ltd plc llc group association federation committee commission university college school "
    "institute foundation fund street road city county kingdom states republic times news post "
    "journal airlines airways motors club united fc league cup parliament assembly senate "
    "stade racing olympique sporting athletic atlético atletico dinamo dynamo "
    "congress house police army forces service services centre center hospital church museum "
    "festival awards board authority exchange market markets holdings capital partners "
    "technologies systems network channel radio tv television studios records games olympics "
    "championship europe european america american british english french german russian "
    "chinese japanese national international federal royal global world north south east west "
    "new northern southern eastern western central square bridge island islands river lake sea "
    "ocean prize trophy reuters press agency government administration bbc cnn lords commons "
    "labour tory tories conservative conservatives democrat democrats republican republicans "
    "liberal liberals lib dem dems green greens ukip affairs trust society charity alliance "
    "coalition guild consortium academy primary "
    # English football clubs: "Ashby Town", "Reddington Athletic".
    "town athletic albion wanderers "
    # Broadcasters: "Sky Sports", "BT Sport".
    "sports sport "
    "партия банк министерство совет суд компания правительство администрация союз "
    "партія банк міністерство рада суд компанія уряд адміністрація "
    "partei bank ministerium regierung gericht verband bund stiftung universität zeitung haus "
    "hauses amt amtes kanzleramt bundestag landtag "
    "parti banque ministère gouvernement conseil cour société université "
    "partido banco ministerio gobierno consejo tribunal empresa universidad corte juzgado "
    "fiscalía "
    "partito banca ministero governo consiglio tribunale azienda università "
    "partido banco ministério governo conselho tribunal empresa universidade "
    "partia bank ministerstwo rząd rada sąd spółka uniwersytet klub клуб "
    # Institutions in the genitive open a body's name: "z Instytutu Biologii Ssaków PAN".
    "instytut akademia politechnika muzeum teatr fundacja stowarzyszenie szpital "
    "институт академия музей театр фонд больница інститут академія музей театр фонд лікарня "
    # Offices that speak through a spokesperson: "rzecznik Prokuratury Okręgowej".
    "prokuratura komenda policja urząd starostwo kuratorium inspektorat "
    # Polish bodies ("Polski Związek Narciarski", "Generalnej Dyrekcji Dróg"); other cases
    # are read from these (see ``_names._is_org_word``).
    "związek dyrekcja dyrekcji zarząd izba agencja federacja fundusz oddział "
    "прокуратура полиция управление мэрия прокуратура поліція управління "
    # Named plans and projects open a sentence as a person would: "Projekt Warszawa 2030
    # zakłada …" is no one a dropped subject can stand for.
    "project projekt projet proyecto progetto projeto проект program programm programme "
    "programa programma программа програма"
)

# German verbs in the subjunctive of reported speech: "Emmerich habe ihn gefördert".
GERMAN_REPORTED_VERBS = word_set(
    "habe sei seien werde könne müsse dürfe wolle solle wisse gebe gehe komme liege stehe "
    "bleibe fehle brauche"
)
# Roles named after the place or body they serve: in "envoy to Ukraine Kurt Volker" and "Mayor
# of London Sadiq Khan" the word after the preposition is the place, not the person's first name.
# Roles that serve a person ("a lawyer for Mary Ann Smith") are deliberately left out.
PLACE_ROLES = word_set(
    "envoy ambassador mayor secretary minister governor president premier chancellor "
    "commissioner senator consul representative chief head chairman chairwoman chair leader "
    "professor director "
    "ministre maire ambassadeur président présidente ministro ministra alcalde alcaldesa "
    "embajador embajadora presidente presidenta sindaco ambasciatore prefeito prefeita "
    "embaixador embaixadora concejal concejala consejero consejera vereador vereadora "
    "assessore assessora consigliere consigliera capitán capitana capitano capitão procurador "
    "procuradora procuratore "
    # A member of parliament for a place: "le député de la Haute-Vienne Julien Marchetti".
    "député députée sénateur sénatrice diputado diputada deputato deputata deputado deputada "
    "senatore senatrice senador senadora "
    # A coach's club comes the same way: "il tecnico del Bologna Vincenzo Italiano".
    "coach manager entraîneur entrenador técnico allenatore tecnico treinador"
)
ROLE_PREPOSITIONS = word_set(
    "to of for in de del della dello degli delle dei di du des do da dos das al alla ai alle"
)

# Another holder of the speaker's office, in every language: "met his Ukrainian counterpart",
# "seinen österreichischen Amtskollegen", "со своим турецким коллегой".
COUNTERPARTS = word_set(
    "counterpart counterparts amtskollege amtskollegen amtskollegin amtskolleginnen "
    "homologue homologues homólogo homóloga homólogos homólogas omologo omologa omologhi "
    "omologhe коллега коллеги коллеге коллегу коллегой коллегою колега колеги колезі колегу "
    "колегою odpowiednik odpowiednika odpowiednikowi odpowiednikiem odpowiedniku odpowiednicy "
    "odpowiedników odpowiedniczka odpowiedniczki odpowiedniczce odpowiedniczkę odpowiedniczką"
)
# "den" as in "Sandra den Hamer"; German reads it as the article (see ``runs_in``).
NAME_PARTICLES = word_set("de del della di da das dos du van von ter den bin ibn al zu")


def _genders(female: str, male: str) -> dict[str, str]:
    return dict.fromkeys(female.split(), "f") | dict.fromkeys(male.split(), "m")


# Family members and their gender: "His wife, Nasreen,", "Son fils Lucas" name a person by a
# first name alone. Not German (its nouns are capitalised: "Seine Frau Anna" is read as a run)
# nor the Slavic languages (a first name alone is declined).
RELATIVES: dict[str, dict[str, str]] = {
    "en": _genders(
        "wife daughter mother sister widow girlfriend fiancée granddaughter grandmother niece "
        "aunt stepdaughter stepmother",
        "husband son father brother widower boyfriend fiancé grandson grandfather nephew uncle "
        "stepson stepfather",
    ),
    "fr": _genders(
        "femme épouse fille mère sœur soeur veuve compagne petite-fille grand-mère nièce tante",
        "mari époux fils père frère veuf compagnon petit-fils grand-père neveu oncle",
    ),
    "es": _genders(
        "esposa mujer hija madre hermana viuda novia nieta abuela sobrina tía",
        "esposo marido hijo padre hermano viudo novio nieto abuelo sobrino tío",
    ),
    "it": _genders(
        "moglie figlia madre sorella vedova fidanzata nonna zia",
        "marito figlio padre fratello vedovo fidanzato nonno zio",
    ),
    "pt": _genders(
        "esposa mulher filha mãe irmã viúva namorada neta avó sobrinha tia",
        "marido esposo filho pai irmão viúvo namorado neto avô sobrinho tio",
    ),
}
# Titles that are adjectives too: Spanish "el fiscal" is a prosecutor, "la reforma fiscal" and
# "el asesor fiscal" are not; "el técnico" is a coach, "el director técnico" is not (see
# is_adjective_title).
ADJECTIVE_TITLES = word_set("fiscal técnico tecnico")

_EN = Lexicon(
    code="en",
    verbs=_phrases(
        # Said with a laugh or a smile.
        "smiled, smiles, grinned, grins, quipped, quips, chuckled, "
        "said, says, say, told, tells, added, adds, wrote, writes, has written, had written, "
        "warned, warns, explained, "
        "explains, asked, asks, insisted, insists, claimed, claims, noted, notes, stated, "
        "declared, announced, argued, argues, replied, retorted, responded, continued, recalled, "
        "admitted, reported, "
        "admits, acknowledged, conceded, stressed, stresses, emphasised, emphasized, commented, "
        "comments, observed, remarked, testified, testifies, suggested, suggests, predicted, "
        "cautioned, urged, confirmed, "
        "revealed, tweeted, concluded, agreed, joked, complained, countered, maintained, "
        "pointed out, went on, boasted, pledged, promised, vowed, assured, reiterated, "
        "thinks, believes, saying, adding, warning, explaining, insisting, arguing, noting, "
        "stressing, claiming, "
        # A feature's present tense: '"We had nothing," she recalls.'
        "recalls, remembers, remembered, reflects, reflected, concedes, confides, confided, "
        "laughs, laughed, jokes, continues, "
        # A colon introduction: "Sandoval put it bluntly:".
        "put it"
    ),
    markers=_phrases("according to"),
    postpositions=frozenset(),
    fillers=word_set("also has have had later then earlier previously once again further simply"),
    pronouns={"he": "m", "she": "f", "they": "n", "it": "n", "we": "n", "i": "n", "you": "n"},
    titles=COMMON_TITLES,
    title_suffixes=(),
    synonyms=_synonyms("coach manager"),
    variations=_variations("manager coach boss: manager coach boss"),
    stopwords=word_set(
        "the a an and or but in on at of for to from by with as if when while after before "
        "this that these those there here it its he she they we i you his her their our my "
        "mr mrs ms dr so yet also however although though because since not no yes one some "
        "many most all every each why what who whom how where which only even still then "
        "meanwhile instead indeed besides later earlier today yesterday tomorrow last next "
        "speaking asked told said says according now so thus here there just already perhaps "
        "maybe nevertheless nonetheless moreover furthermore otherwise overall finally "
        "eventually recently currently previously initially again both either neither such "
        "another other several few more less much very too almost around across along despite "
        "among amid under over above below between through during within without against "
        "upon via per like unlike near off out up down back away ago well"
    ),
    prepositions=word_set(
        "by of for from with to at in on about against into over under between among through "
        "during without within toward towards than like as"
    ),
    title_cues=word_set(
        "film movie book novel album song single show series play musical documentary "
        "programme program poem painting titled entitled called dubbed named so-called "
        "headlined magazine newspaper slogan essay exhibition report study"
    ),
    pro_drop=False,
    inflected_markers=False,
    participles=word_set(
        "saying adding warning explaining insisting arguing noting stressing claiming"
    ),
)

_RU_UK_PRONOUNS = {
    "он": "m", "она": "f", "они": "n", "оно": "n", "я": "n", "мы": "n",
    "він": "m", "вона": "f", "вони": "n", "воно": "n", "ми": "n",
}  # fmt: skip

_RU = Lexicon(
    code="ru",
    verbs=_phrases(
        "резюмував, резюмувала, зізнається, уточнює, "
        # Went on: «…, — продолжила Слепцова. — …».
        "продолжил, продолжила, продолжает, продовжив, продовжила, продовжує, "
        # Said with a laugh or a smile.
        "смеётся, смеется, смеялся, смеялась, улыбается, улыбнулся, улыбнулась, шутит, "
        "пошутил, пошутила, усмехнулся, усмехнулась, усмехается, сміється, сміявся, сміялася, "
        "усміхається, усміхнувся, усміхнулася, посміхається, посміхнувся, посміхнулася, "
        "жартує, пожартував, пожартувала, "
        "сказал, сказала, сказали, заявил, заявила, заявили, отметил, отметила, отметили, "
        "сообщил, сообщила, сообщили, добавил, добавила, добавили, подчеркнул, подчеркнула, "
        "подчеркнули, пояснил, пояснила, пояснили, объяснил, объяснила, признал, признала, "
        "рассказал, рассказала, рассказали, уточнил, уточнила, написал, написала, написали, "
        "заметил, заметила, предупредил, предупредила, ответил, ответила, заверил, заверила, "
        "указал, указала, констатировал, констатировала, прокомментировал, прокомментировала, "
        "прокоментував, прокоментувала, считает, говорит, говорят, "
        "уверен, уверена, признался, призналась, добавляет, отмечает, заявляет, "
        "подчеркивает, подчёркивает, поясняет, рассказывает, пишет, "
        "объясняет, уточняет, признаётся, признается, уверяет, предупреждает, "
        "пояснює, розповідає, визнає, пише, запевняє, попереджає, "
        "сказав, сказала, заявив, зазначив, зазначила, повідомив, повідомила, додав, додала, "
        "наголосив, наголосила, підкреслив, підкреслила, пояснив, пояснила, розповів, "
        "розповіла, написав, написала, відзначив, відзначила, попередив, попередила, визнав, "
        "визнала, уточнив, уточнила, відповів, відповіла, відреагував, відреагувала, "
        "запевнив, запевнила, каже, вважає, "
        "говорить, заявили, зазначили, додали, наголошує, зазначає, додає, "
        "повідомили, розповіли, наголосили, підкреслили, пояснили, відповіли, уточнили, "
        "запевнили, написали, визнали, попередили, нагадали, підтвердили, "
        "спросил, спросила, пожаловался, пожаловалась, возразил, возразила, напомнил, "
        "огласил, огласила, жалуется, скаржиться, скаржився, скаржилася, "
        "напомнила, пообещал, пообещала, посетовал, посетовала, резюмировал, резюмировала, "
        "запитав, запитала, поскаржився, поскаржилася, заперечив, заперечила, нагадав, "
        "нагадала, пообіцяв, пообіцяла, подтвердил, подтвердила, підтвердив, підтвердила, "
        "зауважив, зауважила, зауважили, бросил, бросила, парировал, парировала, кинув, "
        "кинула, парирував, парирувала, "
        "вспоминает, вспоминал, вспоминала, вспомнил, вспомнила, згадує, згадував, згадувала, "
        "пригадує, пригадав, пригадала, возмущается, возмутился, возмутилась, зізнався, "
        "зізналася, зізналась, обурюється, "
        # More verbs of saying found missing in news prose.
        "заключил, заключила, подытожил, подытожила, вздохнул, вздохнула, сетует, звернувся, "
        "звернулася, підсумував, підсумувала, бідкається, полагает, полагал, полагала",
    ),
    markers=_phrases("по словам, по мнению, за словами, на думку, как сказал, как сказала"),
    postpositions=frozenset(),
    fillers=word_set(
        "также тоже уже же ранее позже потім також вже раніше пізніше утром вечером затем потом "
        "вранці ввечері"
    ),
    pronouns=_RU_UK_PRONOUNS,
    synonyms=_synonyms("тренер тренерка наставник наставница наставниця"),
    variations=_variations(
        "тренер наставник: тренер наставник",
        "градоначальник глава_города: мэр",
        "міський_голова: мер",
        "гособвинитель: прокурор",
    ),
    titles=word_set(
        "президент премьер премьер-министр министр глава мэр губернатор депутат директор "
        "председатель спикер посол генерал господин госпожа пресс-секретарь советник "
        "прем'єр прем'єр-міністр міністр голова мер губернатор депутат директор спікер посол "
        "генерал пан пані речник радник экономист эксперт аналитик политолог журналист "
        "економіст експерт аналітик політолог журналіст прокурор прокурорка судья суддя тренер "
        "капитан капітан наставник наставниця тренерка профессор професор професорка доцент "
        "академик академік ректор ректорка проректор декан деканка"
    ),
    title_suffixes=(),
    stopwords=word_set(
        "и в во на с со по к о об от до за из у не но а что как это этот эта эти так же "
        "когда если он она они мы я его её их при для же ли бы уже также "
        "і й в у на з зі по до за від про не але а що як це цей ця ці так коли якщо він вона "
        "вони ми я його її їх при для вже також "
        # Adverbs that open a sentence before a name: "Водночас Костенко визнає", "Тепер Остап".
        "теперь сейчас сегодня вчера тогда однако впрочем затем потом ныне "
        "водночас тепер тоді натомість зараз нині сьогодні вчора згодом відтак потім однак "
        "проте втім "
        "сам сама сами само самі"  # "Сам Зуев не согласен": himself, not a first name
    ),
    prepositions=word_set(
        "в во на с со по к о об от до за из у при для про через над под между "
        "і в у на з зі із по до за від про через над під між"
    ),
    title_cues=word_set(
        "фильм фильма фильме книга книгу книги песня песню альбом сериал спектакль роман "
        "названием название фільм книжка книгу пісня пісню альбом серіал вистава назвою назва "
        "так называемый так называемая так называемые газета газеты журнал "
        "книге книгой фильмом фильму комедия комедии комедию драма драму картина картины "
        "картину сборник сборника спектакля спектакле повесть повести пьеса пьесы статья "
        "статье статью доклад доклада документальный документального документальном "
        "книжці книжку книжки книзі фільмі фільму фільмом комедія комедії документальний "
        "документального статті статтю збірка збірки вистави"
    ),
    pro_drop=True,
    inflected_markers=True,
    feminine_verb_endings=("ла", "лась"),
    masculine_verb_endings=("л", "в", "лся", "вся"),
    slavic_names=True,
)
_UK = replace(_RU, code="uk")

_DE = Lexicon(
    code="de",
    verbs=_phrases(
        "analysiert, analysierte, "
        # Said with a laugh or a smile.
        "lachte, lacht, scherzte, scherzt, lächelte, lächelt, schmunzelte, schmunzelt, "
        "sagte, sagt, sagten, erklärte, erklärt, erklärten, betonte, betont, meinte, meint, "
        "warnte, warnt, schrieb, schreibt, kritisierte, forderte, ergänzte, ergänzt, "
        "erläuterte, unterstrich, versicherte, bekräftigte, teilte, räumte, fügte, sagt, "
        "berichtete, antwortete, mahnte, stellte, bilanzierte, glaubt, findet, kommentierte, "
        "entgegnete, erwiderte, konterte, fragte, klagte, beklagte, versprach, argumentierte, "
        "resümierte, erzählt, erzählte, erinnert, erinnerte, schimpfte, schimpft, gestand, "
        "gesteht, schwärmte, schwärmt, schildert, schilderte, beschreibt, beschrieb, "
        "resümiert, bilanziert, lobte, lobt, "
        "bestätigte, "
        # Perfect participles ("hat gesagt", "habe ihr gesagt"); the others share a form above.
        "gesagt, gewarnt, geschrieben, gefordert, berichtet, geantwortet, gefragt"
    ),
    markers=_phrases("so, laut"),
    postpositions=_phrases("zufolge"),
    fillers=word_set("auch noch bereits zudem dann später hat habe hatte"),
    pronouns={"er": "m", "sie": "f", "es": "n", "wir": "n", "ich": "n"},
    synonyms=_synonyms("trainer trainerin coach"),
    variations=_variations(
        "coach trainer: trainer",
        "stadtoberhaupt rathauschef: bürgermeister",
        "rathauschefin: bürgermeisterin",
        "anklägerin: staatsanwältin",
        "ankläger: staatsanwalt",
    ),
    titles=COMMON_TITLES
    | word_set(
        "herr frau dr prof bundeskanzler kanzler kanzlerin minister ministerin präsident "
        "präsidentin chef chefin sprecher sprecherin bürgermeister bürgermeisterin "
        "vorsitzende vorsitzender abgeordnete abgeordneter experte expertin ökonom ökonomin "
        "kämmerer kämmerin stadtkämmerer stadtkämmerin rektor rektorin dekan dekanin"
    ),
    title_suffixes=(
        "minister",
        "ministerin",
        "präsident",
        "präsidentin",
        "kanzler",
        "kanzlerin",
        "sprecher",
        "sprecherin",
        "chef",
        "chefin",
        "leiter",
        "leiterin",
        "direktor",
        "direktorin",
        "vorsitzender",
        "vorsitzende",
        "meister",
        "meisterin",
        "trainer",
        "experte",
        "expertin",
        "ökonom",
        "ökonomin",
        "analyst",
        "analystin",
        "kommissar",
        "kommissarin",
        # Not "richter": a surname as well ("Gerhard Richter").
        "richterin",
        # German writes roles as capitalised compounds: "Verhandlungsführerin", "Intensiv-
        # pflegerin", "Betriebsrätin" stand before the name like a title.
        "führer",
        "führerin",
        "pfleger",
        "pflegerin",
        "vertreter",
        "vertreterin",
        "forscher",
        "forscherin",
        "berater",
        "beraterin",
        "rätin",  # not "rat": "Murat" is a first name
        "vorstand",  # "Bahn-Vorstand Berthold Huber", "Finanzvorständin"
        "vorständin",
        "manager",
        "managerin",
        "anwalt",
        "anwältin",
        "verteidiger",  # "Strafverteidiger Ulrich Franz", "Innenverteidiger Jonathan Tah"
        "verteidigerin",
        "arzt",
        "ärztin",
        "lehrer",
        "lehrerin",
        "beauftragter",
        "beauftragte",
        "politiker",
        "politikerin",
        "wissenschaftler",
        "wissenschaftlerin",
        "ograf",  # "Fotograf", "Ozeanografin"; not "graf": "Steffi Graf"
        "ografin",
        "ologe",
        "ologin",
        "istin",  # "Journalistin", "Juristin"; not "ist": "Christ" is a surname
        "journalist",
        "jurist",
        "aktivist",
        "kritiker",
        "kritikerin",
        "managerin",
    ),
    title_endings=("s", "es", "en", "n"),  # "des Ministers", "den Präsidenten", "Experten"
    stopwords=word_set(
        "der die das den dem des ein eine einen einem einer und oder aber in im ins an am ans "
        "auf aus bei beim mit nach von vom zu zum zur für über unter vor es er sie wir ich man "
        "nicht auch "
        "so wie als wenn dass doch noch nun dann denn dieser diese dieses jetzt heute gestern "
        # Possessives, capitalised at a sentence start: "Ihr Management erklärte" names nobody.
        "ihr ihre ihren ihrem ihres ihrer sein seine seinen seinem seines seiner unser unsere "
        "unseren unserem unserer mein meine meinen meinem dein deine "
        # "Laut Kämmerin Ursula Brandstetter": "according to", opening a sentence.
        "laut zufolge "
        # "Ob Hörtnagl bereits beim Weltcup startet, ist offen": conjunctions opening a clause;
        # "Was Lena ändern will, weiß sie schon": question words.
        "ob weil obwohl nachdem bevor seitdem sobald falls was wer wo warum wann wieso weshalb"
    ),
    prepositions=word_set(
        "von vom mit bei beim für aus nach zu zum zur über unter gegen durch an am in im ins auf"
    ),
    title_cues=word_set(
        "film films buch buches roman album lied song serie sendung stück titel titels "
        "sogenannte sogenannten sogenannter genannt namens zeitung magazin dokumentarfilm "
        "dokumentation komödie theaterstück bericht studie essay ausstellung büchern romans"
    ),
    pro_drop=False,
    inflected_markers=False,
)

_FR = Lexicon(
    code="fr",
    verbs=_phrases(
        "résumé, analyse, analysé, observé, détaille, détaillé, souffle, soufflé, avoue, avoué, "
        "concède, concédé, "
        # Said with a laugh or a smile.
        "rit, riait, plaisante, plaisantait, s'amuse, s’amuse, s'esclaffe, s’esclaffe, "
        "déclaré, dit, affirmé, ajouté, expliqué, indiqué, précisé, souligné, estimé, assuré, "
        "averti, confié, reconnu, insisté, lancé, martelé, noté, rappelé, répondu, rétorqué, "
        "répliqué, écrit, "
        "prévenu, jugé, annoncé, déclare, affirme, ajoute, explique, indique, précise, "
        "souligne, estime, assure, avertit, confie, reconnaît, insiste, lance, martèle, note, "
        "rappelle, répond, écrit, poursuit, conclut, observe, regrette, résume, commente, "
        "tempère, tempéré, "
        "raconte, juge, prévient, déplore, dit, lâché, lâche, glissé, glisse, "
        "tranché, tranche, nuancé, nuance, ironisé, ironise, sourit, promis, promet, admis, admet, "
        "garantit, garanti, "
        "plaidé, plaide, confirmé, confirme, réagi, réagit, déploré, commenté, conclu, "
        "poursuivi, regretté, dénoncé, dénonce, raconté, souvient, témoigne, témoigné, soupire, "
        "soupiré, demandé, demande, souri, interroge, interrogé, tempête, tempêté, "
        # The imperfect of features and obituaries: "répétait-il volontiers".
        "disait, répétait, expliquait, racontait, confiait, lâchait, souriait, pestait, peste, "
        "déclarait, regrettait, affirmait, rappelait, insistait, "
        "reconnaissait, soulignait, assurait, estimait, lançait, poursuivait, concluait, "
        "ajoutait, précisait, fait valoir, s'indigne, s’indigne, s'agace, s’agace, s'inquiète, "
        "s’inquiète, s'étonne, s’étonne, s'exclame, s’exclame, s'emporte, s’emporte, "
        # Reflexive: "s'est-il indigné", "s'est exclamée la ministre".
        "indigné, indignée, exclamé, exclamée, emporté, emportée, réjoui, réjouie, félicité, "
        "félicitée, inquiété, inquiétée, étonné, étonnée, agacé, agacée, défendu, défendue, "
        # More verbs of saying found missing in news prose.
        "murmure, murmuré, s’enthousiasme, s'enthousiasme, assène, asséné, se félicite, "
        "se réjouit, pense, considère",
    ),
    markers=_phrases("selon, d'après, d’après"),
    postpositions=frozenset(),
    fillers=word_set("a ont avait avaient aussi encore également ensuite s'est s’est se"),
    pronouns={"il": "m", "elle": "f", "ils": "n", "elles": "n", "on": "n", "je": "n"},
    titles=COMMON_TITLES
    | word_set(
        "m me mme mlle monsieur madame président présidente ministre premier première maire "
        "général docteur porte-parole directeur directrice secrétaire député députée sénateur "
        "procureur procureure juge entraîneur entraîneuse sélectionneur recteur rectrice"
    ),
    title_suffixes=(),
    synonyms=_synonyms("entraîneur entraîneuse sélectionneur coach"),
    variations=_variations(
        "technicien entraîneur coach: entraîneur sélectionneur coach",
        "technicienne entraîneuse: entraîneuse",
        "élu élue édile: maire",
        "avocat avocate: me maître",
    ),
    stopwords=word_set(
        "le la les l un une des du de d et ou mais en dans sur pour par avec sans ce cet "
        "cette ces il elle ils elles on nous je ne pas que qui quand si au aux selon lors "
        "depuis après avant aujourd'hui hier car donc puis ensuite alors"
    ),
    prepositions=word_set("de du des d à au aux par pour avec sans sur dans chez contre entre"),
    title_cues=word_set(
        "film livre roman album chanson série émission pièce intitulé intitulée baptisé "
        "baptisée surnommé journal magazine essai l'essai documentaire ouvrage l'ouvrage "
        "comédie exposition l'exposition rapport le livre"
    ),
    pro_drop=False,
    inflected_markers=False,
)

_ES = Lexicon(
    code="es",
    verbs=_phrases(
        "analiza, analizó, zanja, zanjó, remata, remató, "
        # Said with a laugh or a smile.
        "sonrió, sonríe, rio, rió, ríe, bromeaba, "
        "dijo, afirmó, aseguró, explicó, añadió, agregó, señaló, declaró, indicó, advirtió, "
        "subrayó, destacó, sostuvo, manifestó, comentó, apuntó, precisó, insistió, reconoció, "
        "escribió, respondió, replicó, anunció, dice, afirma, asegura, explica, añade, agrega, "
        "señala, "
        "declara, indica, advierte, subraya, destaca, sostiene, comenta, apunta, insiste, "
        "reconoce, escribe, responde, dijeron, afirmaron, contó, relató, relata, lamentó, "
        "remarcó, enfatizó, expresó, recordó, admitió, aclaró, ironizó, sentenció, confirmó, "
        "confirma, preguntó, contestó, gritó, recalcó, confesó, matizó, zanjó, bromeó, "
        "pregunta, contesta, recalca, matiza, espetó, criticó, lamenta, recuerda, rememora, "
        "cuenta, opinó, opina, admite, confiesa, decía, explicaba, contaba, justificó, justifica, "
        "concluyó, concluye, puntualizó, puntualiza, detalló, detalla, valoró, valora, "
        "prometió, promete, garantizó, garantiza, "
        "denunció, denuncia, reclamó, reclama, argumentó, argumenta, defendió, defiende, "
        "agradeció, resumió, resume, bromea, ironiza, reconocía, aseguraba, lamentaba, "
        # The imperfect of a portrait or an obituary: "recordaba ayer el cocinero".
        "relataba, comentaba, recordaba, repetía, insistía, añadía, señalaba, admitía, "
        "afirmaba, advertía, subrayaba, destacaba, respondía, confesaba, preguntaba, "
        # After "ha" (a filler): the perfect Spanish papers use for today's words.
        "dicho, declarado, afirmado, asegurado, explicado, añadido, agregado, señalado, "
        "indicado, advertido, subrayado, destacado, sostenido, manifestado, comentado, "
        "apuntado, precisado, insistido, reconocido, respondido, replicado, anunciado, "
        "relatado, lamentado, remarcado, enfatizado, expresado, admitido, aclarado, "
        "confirmado, preguntado, contestado, recalcado, confesado, matizado, criticado, "
        "opinado, justificado, concluido, puntualizado, detallado, valorado, denunciado, "
        "reclamado, argumentado, defendido, agradecido, resumido, bromeado, ironizado, "
        "considera, consideró, cree"
    ),
    markers=_phrases("según, de acuerdo con"),
    postpositions=frozenset(),
    fillers=word_set("también además ya luego ha había"),
    pronouns={"él": "m", "ella": "f", "ellos": "n", "ellas": "n", "yo": "n"},
    titles=COMMON_TITLES
    | word_set(
        "sr sra srta don doña presidente presidenta ministro ministra alcalde alcaldesa "
        "portavoz director directora secretario secretaria diputado diputada senador general "
        "fiscal juez jueza entrenador entrenadora seleccionador técnico consejero consejera "
        "concejal concejala jefe jefa conselleiro conselleira conseller consellera rector "
        "rectora decano decana"
    ),
    title_suffixes=(),
    synonyms=_synonyms("entrenador entrenadora técnico seleccionador"),
    variations=_variations(
        "técnico míster dt entrenador: entrenador seleccionador",
        "entrenadora: entrenadora",
        "regidor edil: alcalde",
        "mandatario: alcalde presidente",
        "mandataria: alcaldesa presidenta",
        "magistrado juzgador: juez",
        "magistrada juzgadora: jueza",
        "regidora: alcaldesa",
    ),
    stopwords=word_set(
        "el la los las un una unos unas de del y o pero en con por para sin sobre al lo "
        "que quien cuando si se su sus este esta estos estas ese esa ayer hoy según"
    ),
    # Galician "do" too: Spanish papers keep the Xunta's names ("conselleiro do Medio Rural").
    prepositions=word_set(
        "de del do a al con por para sin sobre en entre contra hacia desde ante bajo hasta"
    ),
    title_cues=word_set(
        "película libro novela álbum canción serie programa obra titulado titulada "
        "llamado llamada denominado denominada diario revista ensayo documental comedia "
        "exposición informe"
    ),
    pro_drop=True,
    inflected_markers=False,
)

_IT = Lexicon(
    code="it",
    verbs=_phrases(
        # Said with a laugh or a smile.
        "ride, rideva, sorrideva, scherzava, ironizza, ironizzava, "
        "detto, dichiarato, spiegato, aggiunto, affermato, sottolineato, precisato, "
        "commentato, scritto, ammesso, osservato, assicurato, avvertito, concluso, "
        "annunciato, ribadito, dice, afferma, spiega, aggiunge, sottolinea, precisa, "
        "commenta, scrive, ammette, osserva, assicura, avverte, conclude, ribadisce, disse, "
        "racconta, raccontato, sostenuto, sostiene, ricordato, ricorda, evidenziato, "
        "rimarcato, ammonito, lamentato, chiarito, risposto, risponde, replicato, insistito, "
        "insiste, confermato, conferma, attacca, attaccato, sorride, protesta, protestato, "
        "replica, incalza, diceva, spiegava, raccontava, ribatte, ribattuto, dichiara, "
        "osservava, ricordava, aggiungeva, sottolineava, ammetteva, commentava, confessava, "
        "denuncia, denunciato, lamenta, chiosa, chiosato, scherza, confida, confessa, rivendica, "
        # More verbs of saying found missing in news prose.
        "sbotta, sbottato, si sfoga, confidato, ritiene, promesso, promette, garantito, "
        "garantisce, confessato",
    ),
    markers=_phrases("secondo"),
    postpositions=frozenset(),
    fillers=word_set("ha hanno aveva anche poi ancora inoltre"),
    pronouns={"lui": "m", "lei": "f", "loro": "n", "io": "n", "egli": "m", "ella": "f"},
    # Not "giudice" (judge): a surname as well ("ha detto Giudice").
    titles=COMMON_TITLES
    | word_set(
        "sig signor signora dott dottore dottoressa presidente ministro ministra premier "
        "sindaco sindaca portavoce direttore direttrice segretario deputato senatore generale "
        "procuratore procuratrice allenatore allenatrice tecnico rettore rettrice"
    ),
    title_suffixes=(),
    synonyms=_synonyms("allenatore allenatrice tecnico ct"),
    variations=_variations(
        "tecnico mister allenatore: allenatore",
        "allenatrice: allenatrice",
        "primo_cittadino: sindaco",
        "prima_cittadina: sindaco sindaca",
    ),
    stopwords=word_set(
        "il lo la i gli le un uno una di del della dei delle e o ma in con per su da dal "
        "al alla che chi quando se si suo sua questo questa ieri oggi secondo"
    ),
    prepositions=word_set(
        "di del della dello degli delle dei a al alla con per su da dal tra fra contro in "
        "nel nello nella nei negli nelle sul sullo sulla sui sugli sulle dallo dalla dai "
        "dagli dalle allo ai agli alle presso verso sotto"
    ),
    title_cues=word_set(
        "film libro romanzo album canzone serie programma opera intitolato intitolata "
        "chiamato chiamata cosiddetto cosiddetta giornale rivista saggio documentario "
        "commedia mostra rapporto"
    ),
    pro_drop=True,
    inflected_markers=False,
)

_PT = Lexicon(
    code="pt",
    verbs=_phrases(
        "analisa, analisou, admite, admitiu, confessa, confessou, reforça, "
        # Said with a laugh or a smile.
        "brincou, brinca, brincava, sorriu, sorri, riu, ironizou, ironiza, gargalhou, "
        "disse, afirmou, declarou, explicou, acrescentou, garantiu, destacou, ressaltou, "
        "salientou, sublinhou, adiantou, referiu, sustentou, frisou, comentou, escreveu, "
        "respondeu, rebateu, replicou, anunciou, admitiu, diz, afirma, declara, explica, "
        "acrescenta, garante, "
        "destaca, ressalta, salienta, sublinha, refere, comenta, escreve, responde, disseram, "
        "contou, lamentou, lembrou, reconheceu, alertou, defendeu, assegurou, insistiu, reforçou, "
        "avaliou, ponderou, observou, criticou, completou, avalia, pondera, observa, reagiu, "
        "lamenta, lembra, relembra, relembrou, recorda, recordou, conta, disparou, dispara, "
        "relatou, relata, desabafou, desabafa, dizia, contava, concluiu, conclui, argumentou, "
        "explicava, lembrava, recordava, comentava, afirmava, relatava, admitia, confessava, "
        "denunciou, justificou, contestou, contesta, resumiu, resume, orientou, orienta, avisou, "
        "avisa, acusou, acusa, prometeu, promete, detalhou, detalha, descreveu, descreve, "
        # More verbs of saying found missing in news prose.
        "completa, considera, considerou, acredita, defende, defendeu, advertiu, adverte, rematou",
    ),
    markers=_phrases("segundo, de acordo com"),
    postpositions=frozenset(),
    fillers=word_set("também ainda já depois tinha"),
    pronouns={"ele": "m", "ela": "f", "eles": "n", "elas": "n", "eu": "n"},
    titles=COMMON_TITLES
    | word_set(
        "sr sra senhor senhora dom presidente ministro ministra prefeito prefeita "
        "porta-voz diretor diretora secretário secretária deputado deputada senador general "
        "procurador procuradora juiz juíza treinador treinadora selecionador técnico "
        "delegado delegada vereador vereadora reitor reitora"
    ),
    title_suffixes=(),
    synonyms=_synonyms("treinador treinadora técnico selecionador"),
    variations=_variations(
        "técnico comandante treinador: treinador selecionador",
        "treinadora: treinadora",
        "magistrado: juiz",
        "magistrada: juíza",
        "autarca: presidente prefeito",
    ),
    stopwords=word_set(
        "o a os as um uma de do da dos das e ou mas em no na nos nas com por para sem "
        "sobre ao que quem quando se seu sua este esta ontem hoje segundo"
    ),
    prepositions=word_set(
        "de do da dos das ao aos à às com por para sem sobre em no na nos nas entre contra "
        "perante sob desde até"
    ),
    title_cues=word_set(
        "filme livro romance álbum canção série programa obra intitulado intitulada "
        "chamado chamada denominado jornal revista ensaio documentário comédia exposição "
        "relatório"
    ),
    pro_drop=True,
    inflected_markers=False,
)

_PL = Lexicon(
    code="pl",
    verbs=_phrases(
        "kontynuował, kontynuowała, kontynuuje, "
        # Said with a laugh or a smile.
        "śmieje się, śmiał się, śmiała się, uśmiecha się, uśmiechnął się, uśmiechnęła się, "
        "żartuje, zażartował, zażartowała, "
        "powiedział, powiedziała, powiedzieli, mówił, mówiła, stwierdził, stwierdziła, dodał, "
        "dodała, "
        "zaznaczył, zaznaczyła, podkreślił, podkreśliła, wyjaśnił, wyjaśniła, oświadczył, "
        "oświadczyła, przekonywał, przekonywała, napisał, napisała, ocenił, oceniła, "
        "zapewnił, zapewniła, przyznał, przyznała, ostrzegł, ostrzegła, odpowiedział, obiecał, "
        "obiecała, obiecuje, "
        "odpowiedziała, odparł, odparła, poinformował, poinformowała, mówi, uważa, dodaje, "
        "uzasadniał, uzasadniała, uzasadnia, "
        "podkreśla, "
        "zaznacza, wyjaśnia, przekonuje, twierdzi, ocenia, żartował, żartowała, pytał, "
        "pytała, zapytał, zapytała, przypomniał, przypomniała, skarżył, skarżyła, zauważył, "
        "zauważyła, apelował, apelowała, wskazał, wskazała, tłumaczył, tłumaczyła, "
        "argumentował, argumentowała, skomentował, skomentowała, zapowiedział, zapowiedziała, "
        "potwierdził, potwierdziła, "
        "tłumaczy, zauważa, przyznaje, zapewnia, ostrzega, odpowiada, informuje, pisze, "
        "apeluje, przypomina, wskazuje, komentuje, zapowiada, potwierdza, przekazał, "
        "przekazała, skwitował, skwitowała, ripostował, ripostowała, relacjonuje, opowiada, "
        "relacjonował, relacjonowała, podsumował, podsumowała, wyliczał, wyliczała, "
        "wyjaśniał, wyjaśniała, "
        "opowiadał, opowiadała, podaje, wspomina, wspominał, wspominała, oburza, oburzał, "
        "oburzała, "
        # More verbs of saying found missing in news prose.
        "denerwuje się, irytuje się, złości się, cieszy się, martwi się, sądzi, "
        "wylicza, zeznawał, zeznawała, zeznał, zeznała, zeznaje, zaapelował, zaapelowała, "
        "argumentuje, opisuje, opisywał, opisywała, przestrzega, przestrzegał, przestrzegała, "
        "zastrzega, zastrzegł, zastrzegła, dopowiada, dopowiedział, dopowiedziała, "
        "podkreślał, podkreślała, zaznaczał, zaznaczała, ostrzegał, ostrzegała, "
        "odpowiadał, odpowiadała, dodawał, dodawała, zapewniał, zapewniała, twierdził, "
        "twierdziła, komentował, komentowała, oceniał, oceniała, stwierdzał, stwierdzała, "
        "zapowiadał, zapowiadała, przypominał, przypominała, wskazywał, wskazywała",
    ),
    markers=_phrases("według, zdaniem"),
    postpositions=frozenset(),
    # "Rano powtórzył apel:", when, before the verb of a dropped subject, too.
    fillers=word_set("też także również już później wcześniej rano wieczorem potem następnie"),
    pronouns={"on": "m", "ona": "f", "oni": "n", "one": "n", "ja": "n", "my": "n"},
    titles=COMMON_TITLES
    | word_set(
        "pan pani prezydent minister minister premier marszałek prezes rzecznik rzeczniczka wójt "
        "sołtys "
        "dyrektor dyrektorka poseł posłanka senator burmistrz wojewoda generał profesor "
        "prokurator prokuratorka komisarz sędzia trener trenerka selekcjoner szkoleniowiec "
        "rektor rektorka dziekan dziekanka"
    ),
    title_suffixes=(),
    synonyms=_synonyms("trener trenerka selekcjoner szkoleniowiec"),
    variations=_variations(
        "szkoleniowiec trener: trener szkoleniowiec selekcjoner",
        "oskarżyciel: prokurator",
    ),
    stopwords=word_set(
        "i w we na z ze do od o u za po przez dla nie ale a że jak to ten ta te gdy jeśli "
        "on ona oni my ja jego jej ich przy już także wczoraj dziś według "
        "teraz dzisiaj wtedy jednocześnie tymczasem również potem później obecnie "
        "sam sama sami"  # "Sam Harasimowicz rzadko udzielał wywiadów": himself, not "Sam"
    ),
    prepositions=word_set("w we na z ze do od o u za po przez dla przy między przeciw"),
    title_cues=word_set(
        "film filmu książka książkę powieść album piosenka piosenkę serial program "
        "zatytułowany zatytułowana tak zwany zwana gazeta magazyn książki książce filmie "
        "dokumentalnego dokumentalny komedia komedii sztuka sztuki spektakl spektaklu raport "
        "raportu reportaż wystawa wystawy"
    ),
    pro_drop=True,
    inflected_markers=True,
    feminine_verb_endings=("ła",),
    masculine_verb_endings=("ł",),
    slavic_names=True,
)

# Title cues every language borrows: 'nosso ebook “As 5 Etapas ...”' names a download.
_SHARED_TITLE_CUES = word_set("ebook e-book ebooks e-books guide guia guía guida podcast webinar")

_LEXICONS: dict[str, Lexicon] = {
    lex.code: replace(lex, title_cues=lex.title_cues | _SHARED_TITLE_CUES)
    for lex in (_EN, _RU, _UK, _DE, _FR, _ES, _IT, _PT, _PL)
}


@lru_cache(maxsize=16)
def lexicon_for(language: str) -> Lexicon:
    """Return the lexicon for ``language``, falling back to English, with the longer list of
    verbs of saying from ``data/speech-verbs``."""
    lex = _LEXICONS.get(language, _LEXICONS["en"])
    return replace(lex, verbs=lex.verbs | more_speech_verbs(lex.code))


@lru_cache(maxsize=16)
def more_speech_verbs(language: str) -> frozenset[tuple[str, ...]]:
    """Verbs of saying beyond the lists above, one form or phrase per line of
    ``data/speech-verbs/<language>.txt``; empty for a language with none. (Not in
    ``speech_verb_words``, which all languages share: "se", "fa" or "nie" opening a phrase
    there would read as a verb in another language.)"""
    return frozenset(tuple(line.split()) for line in data_lines("speech-verbs", language))


def data_lines(folder: str, language: str) -> list[str]:
    """The lines of ``summarizer/data/<folder>/<language>.txt``, without its comments and blank
    lines; none for a language with no such file."""
    path = resources.files("summarizer") / "data" / folder / f"{language}.txt"
    if not path.is_file():
        return []
    lines = path.read_text("utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def speech_verb_words() -> frozenset[str]:
    """The verb of every speech verb in every language: "said", "sagte", "заявил", ...

    Only the head word of a phrasal verb: "went on" gives "went", not the particle "on".
    """
    return frozenset(verb[0] for lex in _LEXICONS.values() for verb in lex.verbs)
