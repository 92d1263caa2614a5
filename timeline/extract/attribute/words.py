"""Word lists and patterns of attribution: cue verbs beyond the shared lexicon, speaker and
context nouns, and the regular expressions of quotation gaps, signatures and headlines.

Kept apart so they can be reviewed and extended without reading the code that uses them.
"""

from __future__ import annotations

import re

from ..lexicon import (COGNITION, EVALUATIVE, FINDING_SUBJECTS, FINDING_VERBS, OBJECT_SPEECH, QUOTE_CUES,
                       STANCE_ADJ)
from ..lexicon import SPEECH as _LEXICON_SPEECH
from ..lexicon import WEAK_SPEECH as _LEXICON_WEAK_SPEECH


# Reporting verbs read as cues here on top of the shared lexicon, all of them only with a
# clause, a quotation, an 'as' phrase or a speech context ("“…,” he answered", "mentioned
# that …", "reminded reporters that …", "reasoned that …", "characterized the bill as “a
# disaster”").  (Not "underscore": mostly said of events — "the vote underscores how …";
# not "portray": an actor's — "a character he has portrayed (“…”)".)
# ("“…,” Obama reassured supporters": "reassure" beside the lexicon's "assure"; "aides
# fretted that …" beside "worry"; "“…,” Miller emailed", "she texted that …", "the agent
# commented: “…”": written or typed messages and remarks)
_MORE_CUES = {"answer", "mention", "remind", "reason", "elaborate", "characterize", "characterise",
              "reassure", "fret", "email", "e-mail", "text", "comment"}
# judgements and hints that report only a finite clause of their own ("the intelligence
# community assessed that …", "the report affirmed that …", "the mayor implied that …",
# "Trump insinuated that …", "aides intimated that …"), never a quotation near them ("voices
# assessing race relations”") nor an object
_CLAUSE_CUES = {"assess", "affirm", "imply", "insinuate", "intimate"}
_MORE_CUES = _MORE_CUES | _CLAUSE_CUES
# Evaluative speech acts beside the lexicon's, their content the object ("She bashed
# Republicans for …", "assailed the plan as …", "faulted the agency for …")
_MORE_EVALUATIVE = {"bash", "assail", "castigate", "excoriate", "fault", "pillory", "disparage", "belittle",
                    "tout",  # (and praise of one's own: "touted his record on jobs")
                    "chastise", "taunt"}  # ("chastised the agency for …", "taunted rivals as …")
EVALUATIVE = EVALUATIVE | _MORE_EVALUATIVE
# an apology is said, its content what it is for ("apologized for a message that …")
_APOLOGY = {"apologize", "apologise"}
# a forecast is said, its content the object too ("predicted a close vote", "forecast a recession")
_FORECAST = {"predict", "forecast"}
OBJECT_SPEECH = OBJECT_SPEECH | _APOLOGY | _FORECAST
# loud or sharp voicings, cues only next to a quotation ("…and shrieked, “…!”", "“…,” she
# screamed"), beside the lexicon's "shout", "yell", "bellow"
_MORE_QUOTE_CUES = {"shriek", "scream", "holler", "bark", "wail",
                    "pray"}  # (and words said in prayer: "“…,” a pastor prayed")
QUOTE_CUES = QUOTE_CUES | _MORE_QUOTE_CUES
# verbs that report words only with an 'as' phrase holding a quotation ("attacked X as a
# “con artist”", not "attacked the base")
_AS_QUOTE_CUES = {"attack", "label", "brand"}
SPEECH = _LEXICON_SPEECH | _MORE_CUES | _MORE_EVALUATIVE | _APOLOGY | _MORE_QUOTE_CUES | _AS_QUOTE_CUES | _FORECAST
# finding verbs beside the lexicon's: "polling that demonstrates (clearly) that …"
FINDING_VERBS = FINDING_VERBS | {"demonstrate"}
# subjects whose "shows / finds" reports a finding: the shared list, and "recent polling shows …"
_FINDING_SUBJECTS = FINDING_SUBJECTS | {"polling", "polls"}
WEAK_SPEECH = _LEXICON_WEAK_SPEECH | _MORE_CUES | _APOLOGY

_OPEN = "“\""
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Sens|Reps|Pres|Gen|Lt|Col|Sgt|Prof|Rev)\.?\s+")
_HEAD_REPORT = re.compile(r"^(Reports?|Poll|Study|Sources?|Survey|Official|Officials)\s*:\s*", re.I)
_TAIL_REPORT = re.compile(r"[:,]\s*(reports?|sources?|poll|study|survey|officials?)\s*$", re.I)
# headline labels before a colon that name no speaker ("Watch: “…”", "Exclusive: …")
_NOT_HEAD_SPEAKERS = {"watch", "video", "exclusive", "breaking", "update", "updated", "opinion",
                      "analysis", "editorial", "live", "listen", "photos", "read", "poll", "report",
                      "reports", "fact", "explainer", "quiz", "podcast", "commentary", "review",
                      "correction", "transcript", "full", "audio", "op-ed", "new", "just", "column"}
_NAME_COLON = re.compile(r"^([^:]{2,70}?):\s+(\S.*)$")
_STATEMENT_NOUNS = {"statement", "interview", "release", "email", "letter", "tweet",
                    "post", "conference", "briefing", "speech", "op-ed", "remarks", "memo",
                    "call", "hearing", "video", "message", "filing", "report", "testimony"}
# an embedded tweet's signature line: "… — Maxine Waters (@RepMaxineWaters) March 5, 2019"
_TWEET_SIG = re.compile(r"(?:^|\s)([—–]|--?)\s*([A-Z][^()\n—–]{1,60}?)\s*\(@\w{1,30}\)\s*"
                        r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\s*$")
# sentence adverbs in -ly that can stand before a cue ("Finally said …" is not a name)
_LY_WORDS = {"only", "early", "finally", "really", "simply", "similarly", "separately", "likewise",
             "ironically", "notably", "reportedly", "previously", "initially", "recently", "originally",
             "publicly", "privately", "repeatedly", "frequently", "usually", "generally", "clearly",
             "apparently", "allegedly", "supposedly", "bluntly", "flatly", "angrily", "quickly",
             "later", "lately", "shortly", "formerly", "subsequently", "additionally", "likely"}
# a pull quote's signature: '…” — Jane Doe, state senator'
# (a title before the name, "Harvard economist Kenneth Rogoff"; the outlet after it, "… to
# Politico", ", labor union president, to the Guardian")
_DASH_SIG = re.compile(r"(?:^|[”\"’'.!?])\s*(—|–|--)\s*((?:[A-Z][\w.'’-]*\s)?(?:[a-z][\w'’-]*\s){0,2}(?:[A-Z][\w.'’-]*\s?){1,4}?)"
                       r"\s*(,\s*[^,;“”\"]{1,80}?)?(,?\s+(?:to|on|in)\s+(?:the\s+)?[A-Z][^,;“”\"]{0,60})?\s*$")
# a paragraph signing the quotation before it: "-- Jo Doe in …", "— Sen. Jo Doe, …"
_SIGNOFF = re.compile(r"\s*(—|–|--|―)\s*(?=[A-Z])")
# the first word of an inverted cue pointing back at the quotation before it: 'So says X'
_SO_WORDS = {"so", "thus"}
# a sentence opening with its cue, the speaker, then a quotation: 'Said Corker: “…'
_SAID_FIRST = re.compile(r"(?:Said|Says|Added|Adds|Wrote|Writes|Replied)\s+([^:;“\"\n]{2,120}?)\s*[,:]\s*[“\"]")
# Kin nouns: with a possessive ('his daughter', 'Smith's wife') they name a person.
_KIN_NOUNS = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "granddaughter",
              "grandson", "grandmother", "grandfather", "niece", "nephew", "cousin", "uncle", "aunt", "widow",
              "widower", "fiancee", "fiancée", "fiance", "stepfather", "stepmother", "stepson", "stepdaughter"}
# personal pronouns: a sentence with one is about someone (see SpeechFinder._bridge)
_PERSONAL = {"he", "she", "they", "him", "her", "them", "his", "their", "i", "we", "you", "me", "us", "my", "our"}
# an institution named by its kind, definite ("the agency denied reports that …"): a speaker
_INSTITUTION_NOUNS = {"agency", "department", "ministry", "company", "campaign", "committee", "administration",
                      "government", "party", "union", "organization", "organisation", "firm", "bureau",
                      "office", "palace", "embassy", "council", "commission", "court", "network", "group"}
# bare nouns of a norm or a plan: "according to plan / schedule / custom" is how, not who
_NORM_NOUNS = {"plan", "schedule", "script", "protocol", "procedure", "tradition", "custom", "design",
               "expectation", "expectations", "form"}
_FIRST_SECOND = {"i", "we", "you", "me", "us", "it", "this", "that", "one"}
# a video player's captions in scraped text ("JUST WATCHED … Replay More Videos ... MUST WATCH …")
_VIDEO_CHROME = re.compile(r"\b(?:JUST WATCHED|MUST WATCH)\b|\bReplay More Videos\b")
# the end of a quotation, then the title words the sentence splitter cut off the name after
# them at an abbreviation (',” retired Air Force Maj.' before 'Gen. Jo Doe …')
_SPLIT_TITLE_GAP = re.compile(r"^[,.?!]?\s*[”\"’]\s*(?:[A-Za-z][\w\-]*\s+){0,4}[A-Z][a-z]{1,4}\.\s*$")
# one whitespace-delimited word
_WORD = re.compile(r"\S+")
# a run of Latin letters (a word of narration, counted before a quotation)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# a single mark opening a quotation: at the start or after a space (an apostrophe in
# "Doesn't" opens none)
_SINGLE_QUOTE_OPEN = re.compile(r"(?:^|\s)[‘']\S")
# what may stand between a quotation's end and the words after it: '“…,” the group', '“…?”'
# (_QUOTE_CLOSE_GAP: the closing mark is required; _QUOTE_GAP: it may be missing)
_QUOTE_CLOSE_GAP = re.compile(r"^[,.?!]?\s*[”\"][,.?!]?\s*$")
_QUOTE_GAP = re.compile(r"^[,.?!]?\s*[”\"]?[,.?!]?\s*$")
# a gap after a quotation holding its closing mark and then a full stop: '“…”. In May, …'
_CLOSED_QUOTE_GAP = re.compile(r"^[^.?!]*[”\"]\s*\.")
# a quotation's end up to the space before a name: '“…,” former leader …'
_QUOTE_TO_NAME_GAP = re.compile(r"^[,.?!]?\s*[”\"’]?[,.?!]?[ \t]")
# a cue up to the quotation it opens: 'said: “…', 'says, "…'
# a list item's mark before a quotation that opens a paragraph ('-- “…”', '• “…”')
_BULLET = re.compile(r"[ \t]*(?:--|—|–|•)[ \t]*(?=[“\"])")
_CUE_TO_QUOTE_GAP = re.compile(r"^\s*(?:that\s*)?[,:]\s*[“\"]?$")  # ('tweeted that:' ¶ '“…')
# a possessive ending ("Trump's" → "Trump")
_POSSESSIVE_S = re.compile(r"['’]s$")
_SPEECH_CONTEXT = {"twitter", "facebook", "reporters", "reporter", "statement", "interview",
                   "conference", "briefing", "cnn", "fox", "msnbc"}

_CLOSE_NEXT = set(" \t\n,.;:!?)]}—–-'’”\"")
_OPEN_PREV = set(" \t\n([{—–-/:")

_TITLE_BEFORE = re.compile(r"(?:\b(?:on|in|at|of|from|to|titled|entitled|headlined|called|dubbed|named|show|program|"
                           r"programme|book|film|movie|song|column|article|op-ed|episode|report|series))\s*[“\"]$", re.I)
# a work named in apposition after a comma ('the Atlantic piece, “Trump’s Crime against America”')
_TITLE_APPOS = re.compile(r"\b(?:book|film|movie|song|column|article|op-ed|episode|series|piece|essay|"
                          r"documentary|novel|memoir|album|podcast)\s*,\s*[“\"]$", re.I)

_TITLE_POSS = re.compile(r"\b(?:[A-Z]{2,6}|Fox(?: News)?)['’]s\s*[“\"]$")
_TITLE_PREP = re.compile(r"\b(?:on|in|at|titled|entitled)\s*[“\"]$", re.I)

_WH = {"which", "who", "that", "whom", "what"}
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]|[a-z]{3}[A-Z]{2}")
_GLUE_OK = re.compile(r"^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])")
# the first part of a one-word brand ('TheBlaze', 'TheStreet', 'MyPillow'): a function word,
# never a name a link teaser repeats
_GLUE_FUNCTION_WORDS = {"The", "A", "An", "My", "Our", "Your", "Their", "His", "Her", "Its", "This", "That",
                        "We", "You", "They", "It", "In", "On", "At", "Of", "For", "And", "Or", "But", "To",
                        "Is", "No", "All", "Me", "Us"}
# parts of speech that never name a speaker on their own (a particle, a determiner, an adverb …)
_FUNCTION_POS = {"PART", "DET", "ADV", "ADP", "CCONJ", "SCONJ", "AUX", "PUNCT", "INTJ", "SPACE", "SYM"}
_QUANTIFIER_SPEAKERS = {"both", "all", "some", "many", "few", "several", "most", "each", "neither",
                        "either", "others", "none", "another", "this", "that", "these", "those"}
_TITLE_WORDS = {"vice", "deputy", "acting", "former", "rep", "sen", "gov", "gen", "lt", "col", "adm", "sgt",
                "dr", "prof", "rev", "mr", "mrs", "ms", "miss", "state", "u.s", "us", "chief", "first", "lady"}
_CAPITAL_FUNCTION = {"then", "now", "also", "still", "meanwhile", "however", "but", "and", "or", "the", "a",
                     "an", "there", "here", "so", "yet", "not", "n't", "instead", "later", "earlier", "again"}
_MODAL_PERFECT_QUOTE = re.compile(r"[^“\"\n:]{0,25}:\s*[“\"]")
# nouns an infinitive cue can modify without naming who speaks ("no reason to believe that …")
_NON_AGENT_HEADS = {"reason", "right", "way", "time", "need", "chance", "opportunity", "ability", "tendency",
                    "temptation", "urge", "pressure", "effort", "attempt", "ground", "grounds", "basis",
                    "evidence", "cause", "place", "moment", "incentive", "freedom", "power", "authority",
                    "courage", "nerve", "audacity", "license", "licence", "excuse", "occasion", "point"}
_MALE_HON = {"mr", "sir", "king", "prince", "lord"}
_FEMALE_HON = {"mrs", "ms", "miss", "madam", "madame", "dame", "queen", "princess", "lady"}
_MALE_WORDS = {"congressman", "councilman", "businessman", "assemblyman",
               "husband", "father", "son", "brother", "grandfather", "uncle", "nephew", "boyfriend", "widower"}
_FEMALE_WORDS = {"spokeswoman", "congresswoman", "councilwoman", "businesswoman", "assemblywoman",
                 "chairwoman", "wife", "mother", "daughter", "sister", "grandmother", "aunt", "niece",
                 "girlfriend", "widow", "actress", "congresswomen"}

#: common English given names that are nearly always one gender (US birth records; names used
#: for both, like "Jordan", "Kelly", "Leslie", "Jamie", "Robin", are left out): the gender of a
#: named person when the article itself does not say (`SpeechFinder._gender_of`)
_MALE_GIVEN = frozenset("""
aaron adam alan albert alexander alfred andrew anthony antonio arthur barack barry ben benjamin bernard bernie
bill billy bob bobby brad bradley brandon brett brian bruce bryan carl carlos charles charlie chris christopher
chuck clarence craig dan daniel darrell dave david dean dennis derek devin dick don donald doug douglas duncan
dwight earl ed eddie edward elijah eric ernest eugene frank fred frederick gary gavin gene george gerald glenn
gordon greg gregory harold harry henry howard jack jacob jake james jared jason jay jeb jeff jeffrey jeremy jerry
jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan justin keith ken kenneth kevin
kirk kyle larry lawrence leonard louis luis mark martin matt matthew michael mike mitch mitchell nancy nathan
neil nicholas nick oliver orrin patrick paul pete peter phil philip ralph randy ray raymond richard rick ricky rob
robert rod roger ron ronald roy rudy russell ryan sam samuel scott sean sergei seth sheldon stephen steve steven
stuart ted terry thomas tim timothy todd tom tommy tony travis trey troy tucker vladimir walter wayne william willie
xavier zachary
""".split()) - {"nancy"}
_FEMALE_GIVEN = frozenset("""
abigail alexandria alice alison allison amanda amy amy andrea angela ann anna anne annie barbara betsy betty beverly
brenda carol caroline carolyn catherine cathy cheryl christina christine cindy claire claudia cynthia debbie deborah
debra denise diana diane donna doris dorothy elaine elizabeth ellen emily emma evelyn frances gina gloria grace
hannah heather heidi helen hillary ilhan irene jacqueline jane janet janice jean jeanne jennifer jessica jill joan
joanne joyce judith judy julia julie karen kate katherine kathleen kathryn kathy kay kayleigh kamala kimberly kirsten
kristen laura lauren linda lisa liz lois lori louise lynn margaret maria marie marilyn martha mary megan melania
melissa michele michelle mildred nancy natalie nicole nikki olivia pamela patricia paula peggy rachel rebecca rita
rosa rose ruth sandra sara sarah sharon shirley sonia stephanie susan susanne suzanne tammy teresa theresa tiffany
tina valerie victoria virginia wanda
""".split())

# compound given names before a surname ("AnnaLee Saxenian", "MaryBeth Smith")
_GIVEN_NAME = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]{1,3}$")

# passive verbs whose subject is the one speaking in a participle under them ("was overheard
# saying", "was caught on tape telling", "was recorded saying", "was quoted as saying")
_HEARD_SAYING = {"quote", "overhear", "hear", "record", "catch", "tape", "film", "videotape",
                 "see", "spot", "photograph", "capture"}

_MORE = re.compile(r"\bMORE\b")
_CARD_SURNAME = re.compile(r"^((?:Mc|Mac|O['’])?[A-Z][a-z'’\-]+)(?=[A-Z])")
_AFTER_CARD = re.compile(r"^(?:['’]s)?\s*(?:\([^()]{1,25}\))?\s*(?:,[^,;“\"]{1,90},)?\s*(?:[a-z]+ly\s+|also\s+)?$")

# Speech acts told with a preposition and its object, the object being what they are about
# ("argued for a structured bankruptcy", "pushed back on the idea that …", "took aim at the
# governor", "lashed out at the media"): lemma -> (the particle or object word the verb needs,
# or None; the prepositions)
_PREP_SPEECH = {"argue": (None, ("for", "against")), "push": ("back", ("on", "against")),
                "take": ("aim", ("at",)), "lash": ("out", ("at", "against")), "hit": ("back", ("at",)),
                "fire": ("back", ("at",)), "speak": ("out", ("against", "on", "about")),
                "weigh": ("in", ("on",)),
                # ("railed against Senate leadership", "inveighed against the deal")
                "rail": (None, ("against",)), "inveigh": (None, ("against",))}

_COURT_ACTS = {"deny", "order", "reject", "grant", "block", "rule", "uphold", "dismiss"}
# what a court decides, reported with a finite clause ("the court ruled that the ban …", "the
# justices held that …", "lower courts had ruled the policy can't take effect"): an
# attribution to the court, no statement event (the ruling is the court's event)
_RULING_VERBS = {"rule", "hold"}

_OBJ_PREPS = ("of", "for", "about", "against", "over")
# what a denial denies when it is speech ("denied the allegations", "denied any knowledge
# that …", "denied reports that …"), not a refusal ("denied a request / a permit")
_DENIABLE = {"allegation", "accusation", "charge", "claim", "report", "knowledge", "wrongdoing",
             "involvement", "intent", "intention", "rumor", "rumour", "story", "account", "assertion",
             "suggestion", "characterization", "link", "connection", "misconduct", "impropriety"}
# Directives whose object alone is what was asked for ("urging the completion of a fence",
# "requesting an audit", "demanded an apology").
_DIRECTIVE = {"urge", "demand", "request"}
# Heads whose infinitive complement is a speech act not (yet) performed ("was checking to
# confirm …", "plans to announce …", "declined to say …", "wants to tell …").
_UNREALISED = {"try", "check", "plan", "want", "seek", "intend", "decline", "refuse", "fail",
               "attempt", "wish", "need", "aim", "prepare", "hope", "expect", "offer", "agree",
               "wait", "hesitate", "struggle", "like", "love", "prefer", "choose", "decide",
               "forget", "remember", "have", "get"}
# Modals that make a speech act possible or future, not performed ("can request", "will
# announce"); 'would' stays (habitual or reported: "he would say …").
_MODALS = {"can", "could", "may", "might", "must", "should", "will", "shall", "'ll", "’ll", "wo", "ca"}
# Cues whose content is an 'as' phrase ("described the attack as an act of terror", "what
# critics describe as a deficient challenger").
_AS_CUES = {"describe", "characterize", "characterise", "portray"}
# Cues whose object is the addressee, not the content ("told reporters …").
_ADDRESSEE_OBJ = {"tell", "ask", "inform", "notify", "assure", "instruct", "direct", "urge", "warn",
                  "thank", "remind"}

# Nouns of stance or speech that a light verb makes someone's ("expressed hope that …",
# "raised concerns that …", "made the case that …", "voiced fears that …").
_STANCE_NOUNS = {"hope", "concern", "fear", "worry", "doubt", "confidence", "case", "view",
                 "belief", "claim", "argument", "assurance", "warning", "expectation",
                 "optimism", "frustration", "skepticism", "scepticism", "opinion", "suspicion",
                 "conviction", "assessment", "point", "prediction", "promise", "pledge"}
_LIGHT_SPEECH_VERBS = {"express", "voice", "raise", "make", "share", "reiterate", "repeat",
                       "offer", "give", "convey", "air", "register", "state", "stress", "press",
                       "renew", "echo", "underscore", "emphasize", "emphasise"}

# The light verbs (of _LIGHT_SPEECH_VERBS) that voice a stance noun with just its topic
# ("raised concerns about …", "expressed frustration with …"), and the feelings voiced that
# way besides _STANCE_NOUNS ("voiced support for …").
_EXPRESS_LIGHT = {"express", "voice", "raise", "air", "register", "reiterate", "repeat", "renew", "echo"}
_EXPRESSED_NOUNS = {"indifference", "displeasure", "dismay", "anger", "outrage", "disappointment", "alarm",
                    "reservation", "objection", "opposition", "support", "regret", "unease", "misgiving",
                    "gratitude", "sympathy", "condolence", "appreciation", "irritation", "annoyance"}
# prepositions introducing a voiced stance's topic ("concerns about …", "frustration with …")
_TOPIC_PREPS = ("about", "over", "with", "regarding", "at", "to", "for")

# Cues that report a clause, not a thing: in a relative clause with nothing after them
# the gap is the reported clause's subject ("the issues some Republicans warn ran the party
# aground", "laws critics say are unfair").
_GAP_CUES = {"say", "warn", "contend", "argue", "claim", "insist", "allege", "assert", "maintain",
             "predict", "suggest", "charge", "complain", "acknowledge", "concede", "admit"}

# Documents that 'say', 'read' or 'state' a quotation ("“…,” the statement read").
_DOCUMENT_NOUNS = _STATEMENT_NOUNS | {
    "lawsuit", "suit", "complaint", "ad", "advertisement", "document", "order", "ruling",
    "petition", "sign", "card", "banner", "note", "caption", "indictment", "motion",
    "editorial", "endorsement", "website", "page", "book", "article", "column", "notice",
    "decision", "opinion", "brief", "affidavit", "warrant", "resolution", "proclamation",
    "agreement", "guidance", "policy", "text", "transcript", "citation", "placard", "flyer",
    "leaflet", "poster", "notification", "announcement", "bulletin", "summary", "declaration"}
# Speech verbs in forms the tagger takes for nouns at the end of a sentence ("the lawsuit
# states", "the statement read").
_NOUNLIKE_CUES = {"states", "reads", "read", "says", "notes", "adds", "writes", "continues",
                  "warns", "argues", "claims", "concludes", "explains", "asserts", "alleges"}

# "in the president's words, “…”", "in her own words: “…”"
_IN_WORDS = re.compile(r"\b[Ii]n ((?:his|her|their)|(?:the )?(?:[A-Z][\w.\-]*\s){0,3}(?:[A-Z][\w.\-]*|[a-z]+)['’]s?)"
                       r"\s(?:own\s)?(words)\s*[,:]\s*[“\"]")
# a speech verb up to the quotation right after it: 'saying, “…', 'state: "…'
_CUE_QUOTE_OPEN = re.compile(r"\s*[,:]\s*[“\"]")
# speech verbs the tagger can take for nouns mid-sentence ("with Earnest saying, “…”")
_MISREAD_VERB_FORMS = {"saying", "says", "said", "state", "states", "stated", "writes", "wrote", "adds",
                       "added", "tweeted", "tweets", "declares", "declared", "warns", "warned", "insists"}

# cues of belief or stance ("thinks that …", "is confident that …")
_BELIEF_CUES = COGNITION | STANCE_ADJ

# subordinators of an adverbial clause of time, cause or concession: a circumstance of the
# speech act, not its content ("complained when …"); question verbs do take them ("asked when …")
_CIRCUMSTANCE_MARKS = {"when", "whenever", "while", "because", "since", "after", "before", "although",
                       "though", "once", "until", "till", "as", "whereas"}
_QUESTION_CUES = {"ask", "wonder", "question", "inquire", "enquire", "query"}
# where something was said, not part of it ("said in a floor speech on Tuesday, …")
_SETTING_NOUNS = _STATEMENT_NOUNS | {"article", "brief", "column", "book", "editorial", "essay", "piece", "blog",
                                     "podcast", "show", "program", "programme", "appearance", "address", "lawsuit",
                                     "complaint", "motion", "session", "meeting", "debate", "rally", "event", "forum",
                                     "radio", "television", "newspaper", "magazine", "floor", "court", "broadcast",
                                     "episode", "documentary", "opinion", "ruling", "decision", "order", "hearing",
                                     "testimony", "deposition", "transcript", "infomercial", "ad", "advertisement"}
