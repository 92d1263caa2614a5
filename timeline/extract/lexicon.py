"""Word lists: what a news editor reads as an event, a speech cue, an outlet.

Lemmas, lower case.  Kept in one place so they can be reviewed and extended for news in
general (not for any one article).
"""

# Reporting verbs that introduce speech (the event is a statement unless the content is
# itself a concrete event).
SPEECH = {
    "say", "tell", "state", "add", "claim", "argue", "insist", "warn", "accuse", "write",
    "tweet", "note", "explain", "acknowledge", "deny", "confirm", "assert", "contend",
    "suggest", "urge", "ask", "respond", "reply", "vow", "promise", "predict", "announce",
    "report", "stress", "emphasize", "emphasise", "recall", "admit", "maintain", "concede",
    "complain", "counter", "caution", "observe", "remark", "testify", "declare", "tout",
    "lament", "quip", "threaten", "criticize", "criticise", "blame", "praise", "allege",
    "disclose", "reveal", "pledge", "charge", "describe", "call", "write", "post",
    "speculate", "caution", "allege", "boast", "brag", "retort", "recount", "demand",
    "estimate", "proclaim", "assure", "inform", "reiterate", "stress", "signal",
    "point",  # only "point out" (attribute/finder.py checks the particle)
    # directives and notices report what someone asked for or told ("directed that the
    # board be cancelled", "notified him that …", "instructed tracers to ask …")
    "notify", "instruct", "direct", "request",
    # "continue to reject that they are a minority": a denial (only with a clause)
    "reject",
    # "questioned whether the program worked", "hinted that he might run" (with a clause)
    "question", "hint",
    # "objected to being excluded" (content: the 'to' phrase); "celebrated the trip as a
    # “home run”" (only with an 'as' phrase)
    "object", "celebrate",
    # less common reporting verbs, speech only with a clause ("opined that …", "reaffirmed
    # that …", "grumbled that …"; see WEAK_SPEECH)
    "opine", "posit", "theorize", "theorise", "surmise", "clarify", "reaffirm", "grumble",
    "gripe", "rebut", "concur",
    # pleas to someone, as "urge" is ("implored lawmakers to act", "exhorted voters to …")
    "implore", "beseech", "exhort",
}
# Stance adjectives that report what someone holds true when they take a clause
# ("Democrats remain hopeful that a bill will emerge", "she is confident (that) …"); the
# cue is the copula + adjective.  Part of SPEECH so selective parsing picks them up.
STANCE_ADJ = {"hopeful", "confident", "optimistic", "convinced", "adamant", "skeptical",
              "sceptical", "doubtful", "insistent", "pessimistic"}
SPEECH |= STANCE_ADJ
# Cues that need a clause / quote / object to count as speech (they have other senses).
WEAK_SPEECH = {"call", "charge", "describe", "post", "write", "report", "ask", "deny",
               "confirm", "reveal", "add", "note", "maintain", "observe", "state", "declare",
               "signal", "estimate", "demand", "inform", "recount"}
# Verbs of belief and expectation report what someone holds true ("Pelosi doesn't think
# Trump deserves …", "Some believe there isn't enough evidence"): speech only with a finite
# clause of their own (ccomp with a subject), never first/second person.
COGNITION = {"believe", "think", "know", "feel", "fear", "expect", "doubt", "worry", "suspect",
             "assume", "agree", "realize", "realise", "recognize", "recognise", "understand",
             "hope", "conclude", "wonder"}
# Evaluative speech acts whose content is their object ("condemned the use of the excerpt",
# "dismissed the prospect of …", "swiped at the Justice Department").
EVALUATIVE = {"condemn", "criticize", "criticise", "denounce", "decry", "dismiss", "downplay",
              "lament", "praise", "slam", "blast", "applaud", "hail", "mock", "ridicule",
              "deride", "swipe", "rebuke", "chide", "scold", "lambaste", "lambast", "berate",
              "laud", "commend", "dispute", "caution", "thank", "smack", "bash", "skewer"}
# Evading or fielding a question is a public response too ("the spokesman deflected
# questions on …", "she sidestepped a question about …"): a statement only with a
# question-like object (EVASION_OBJECTS), never "the army deflected the attack".
EVASION_VERBS = {"deflect", "sidestep", "dodge", "rebuff", "duck", "evade", "field", "parry"}
EVASION_OBJECTS = {"question", "query", "inquiry", "criticism", "request", "call", "accusation",
                   "allegation", "charge"}
# Refusing an act is an act of its own ("Biden declined to run for president", "she refused
# to testify", "the mayor declined an invitation to …"): the main verb of a finite clause
# with an agent subject, its infinitive not one of no-comment (REFUSAL_NO_COMMENT: "declined
# to comment" is no act; alone in its sentence it is the subject's answer, a statement:
# pipeline.no_comment_event) and not itself an event (then that event speaks: "the court
# declined to hear the appeal").
REFUSAL_VERBS = {"decline", "refuse"}
REFUSAL_OBJECTS = {"request", "invitation", "offer", "nomination", "interview", "subpoena", "call",
                   "demand", "appointment", "job", "post", "pardon", "plea"}
REFUSAL_NO_COMMENT = {"comment", "say", "elaborate", "discuss", "specify", "speculate", "provide",
                      "confirm", "identify", "name", "disclose", "reveal", "respond", "detail",
                      "give", "release", "share", "answer", "address", "be", "talk", "speak"}
# Cues that are speech only right next to a quotation ("…,” she continued.", "a card
# that read: “…”").
QUOTE_CUES = {"continue", "read", "joke", "muse", "scoff", "exclaim", "shout", "yell", "chant",
              "gush", "sneer", "interject", "growl", "snap", "bellow", "marvel", "whisper",
              "mutter", "plead", "fume", "laugh",
              # verbs of feeling voiced in words ("“We are flattening the curve,” exulted Roe")
              "exult", "crow", "gloat", "sigh", "enthuse", "rave", "cry", "huff", "chuckle", "rant"}
# Nouns that carry someone's speech with its holder as possessor and a 'that' clause
# ("critics' claims that …", "Cruz's contention that …").
SPEECH_NOUNS = {"claim", "contention", "assertion", "allegation", "insistence", "argument",
                "belief", "accusation", "admission", "prediction", "warning", "suggestion",
                "promise", "pledge"}
SPEECH |= COGNITION | EVALUATIVE | QUOTE_CUES | SPEECH_NOUNS
WEAK_SPEECH |= COGNITION | QUOTE_CUES | {"dispute", "caution", "notify", "instruct", "direct",
                                          "request", "reject", "question", "hint", "object",
                                          "celebrate", "opine", "posit", "theorize", "theorise",
                                          "surmise", "clarify", "reaffirm", "grumble", "gripe",
                                          "rebut", "concur"}
ANNOUNCE = {"announce", "unveil", "declare"}
REPORT_CUES = {"report", "reveal", "disclose"}
# Speech verbs that take their content as object/xcomp rather than a clause.
OBJECT_SPEECH = {"warn", "urge", "accuse", "caution", "allege", "demand", "assure", "inform", "criticize", "criticise", "blame", "praise",
                 "ask", "vow", "promise", "pledge", "threaten", "call", "deny", "confirm",
                 "notify", "instruct", "direct", "request", "object",
                 # a complaint or a boast with its topic, no clause ("complained about wind farms")
                 "complain", "boast", "brag", "lament", "implore", "beseech", "exhort"}

VERB_TRIGGERS = {
    "arrests": {"arrest", "detain", "deport", "apprehend", "nab", "jail", "imprison",
                "capture", "handcuff", "expel", "extradite"},
    "operation": {"raid", "sweep", "deploy", "patrol", "invade", "bomb", "shell"},
    "law": {"enact", "legislate", "veto", "ratify", "repeal", "codify", "reauthorize", "reauthorise"},
    "court": {"sue", "overturn", "uphold", "enjoin", "appeal", "indict", "arraign", "convict",
              "sentence", "acquit", "plead", "subpoena", "petition"},
    "policy": {"ban", "suspend", "rescind", "revoke", "restrict", "prohibit", "impose",
               "implement", "adopt", "bar", "halt", "order"},
    "announcement": {"announce", "unveil", "endorse"},
    "report": {"publish"},
    "other": {"shoot", "kill", "crash", "explode", "attack", "stab", "murder", "injure",
              "wound", "storm", "riot", "protest", "elect", "win", "meet", "visit",
              "die", "flee", "escape",
              # personnel acts: a nomination, an appointment, a hire or a resignation is done,
              # not announced ("Trump nominated Barr in December", "Cohn, who resigned")
              "nominate", "appoint", "resign", "hire"},
}
# Plain actions of named or definite actors ("Zuckerberg hosted a fundraiser", "Christie
# attended a town hall", "the FBI began investigating"): events of kind "other" only as the
# main (or coordinated) verb, past / perfect / 'will', of an agent subject that names
# someone (`classify.action_ok`); light-verb objects ("filed a lawsuit", "voted to pass
# the bill") still give their own kind.  Verbs that are mostly eventive in news; none of
# the everyday ones (be, have, make, get, go, take, come, see, use …).  Part of the "other"
# verb triggers, so selective parsing picks their sentences up.
ACTION_VERBS = {
    "host", "attend", "donate", "contribute", "invest", "acquire", "purchase", "sell",
    "retire", "fire", "oust", "quit", "vote", "file", "pardon", "commute", "investigate",
    "probe", "seize", "confiscate", "rescue", "evacuate", "release", "settle", "create",
    "establish", "organize", "organise", "launch", "cancel", "postpone", "withdraw", "hack", "kidnap", "assault",
    "arrive", "defeat", "boycott", "negotiate", "recruit", "dispatch", "meet", "visit",
    # contests and elections
    "beat", "unseat", "reelect", "re-elect", "trounce",
    # movement of people (travel, departure)
    "leave", "depart", "travel", "fly", "tour",
    # physical contact between people
    "shove", "punch", "slap", "grab", "kick", "hug",
    # demonstrations (like "protest")
    "march", "rally", "picket",
    # social encounters
    "greet", "welcome", "dine", "bow", "curtsy",
    # publishing on social media / airing (speech verbs without a reported content)
    "post", "tweet", "upload", "broadcast",
    # agreements ("agreed to lift the debt ceiling": classify makes it a policy)
    "agree", "broker",
    # decisions on a proposal (a legislature's or electorate's are law: classify; "reject"
    # and "pass" only then, see VOTE_ONLY)
    "approve", "reject", "pass",
}
# Action verbs that are events only as a vote ("voters rejected a tax increase", not
# "Boehner rejected criticism"; "the House passed a budget", not "he passed away").
VOTE_ONLY = {"reject", "pass"}
VERB_TRIGGERS["other"] |= ACTION_VERBS - {v for k, vs in VERB_TRIGGERS.items() for v in vs}
VERB_KIND = {lemma: kind for kind, lemmas in VERB_TRIGGERS.items() for lemma in lemmas}
# Aspect verbs through which a plain action is still the main one ("began investigating").
ASPECT_VERBS = {"begin", "start", "resume"}
# Heads of definite descriptions that name an actor ("the agency", "police", "officials").
AGENT_NOUNS = {"police", "official", "authority", "agent", "officer", "trooper", "troop",
               "investigator", "prosecutor", "lawmaker", "legislator", "senate", "house",
               "congress", "legislature", "parliament", "military", "army", "navy", "fbi",
               "team", "regime", "coalition", "administration", "white",
               # people acting as a group in a role ("Negotiators agreed …", "protesters
               # stormed …", "voters rejected …")
               "negotiator", "protester", "protestor", "demonstrator", "voter", "hacker",
               "gunman", "attacker", "militant", "rebel", "insurgent", "soldier", "striker",
               "juror", "inspector", "regulator", "delegation",
               # those who run an event ("the organizers blocked the screens")
               "organizer", "organiser"}

# Verbs that are triggers only with some help (object noun, subject, context).
WEAK_OPERATION = {"target", "conduct", "launch"}
STAT_VERBS = {"rise", "jump", "fall", "drop", "increase", "decrease", "decline", "double",
              "triple", "surge", "soar", "climb", "plunge", "spike", "grow", "dip", "rebound"}
FINDING_VERBS = {"find", "show", "suggest", "indicate", "reveal", "prove", "confirm", "conclude"}
# Verbs of a view held and voiced, or of what a person signals, with a finite clause ("Democrats
# believe public opinion is on their side", "the ATF had concluded that …", "Trump indicated he
# wants …"): a statement when the sentence tells nothing else (pipeline.view_event).
VOICED_VIEW_VERBS = {"believe", "expect", "worry", "fear", "conclude", "indicate"}
# Verbs that report a finding as their object when a study-like noun is the subject ("the
# report identified significant problems", "the audit detailed 17 errors").
REPORT_OBJECT_VERBS = {"identify", "detail", "document", "highlight", "uncover", "flag", "cite"}
FINDING_SUBJECTS = {"study", "poll", "survey", "report", "analysis", "data", "research",
                    "figure", "statistic", "review", "audit", "investigation", "record",
                    "document", "evidence", "estimate", "video", "footage", "transcript",
                    "email", "finding", "number", "result", "projection", "model"}

# Doers whose "found (that) …" / "uncovered …" reports a finding of their inquiry
# ("Federal investigators found that the agency lost records"; a news outlet's finding goes
# with classify._outlet_subject): a report, unlike a person's "he found that …" (cognition).
FINDING_AGENTS = {"investigator", "researcher", "auditor", "inspector", "watchdog", "analyst"}
FINDING_AGENT_VERBS = {"find", "uncover", "discover", "conclude"}

NOUN_TRIGGERS = {
    "arrests": {"arrest", "detention", "deportation", "apprehension", "roundup"},
    "operation": {"raid", "sweep", "operation", "crackdown", "deployment", "offensive",
                  "airstrike", "op", "action"},
    "law": {"bill", "law", "legislation", "amendment", "statute", "measure"},
    "court": {"lawsuit", "suit", "ruling", "injunction", "appeal", "verdict", "indictment",
              "motion", "complaint", "petition", "charge",
              # outcomes a prosecution secures ("secured a conviction", "netted guilty pleas")
              "conviction", "plea", "acquittal"},
    "letter": {"letter"},
    "report": {"report", "poll", "survey", "study", "list", "data", "statistic", "figure",
               "analysis", "document", "memo"},
    "policy": {"order", "memo", "memorandum", "agreement", "deal", "policy", "directive",
               "guidance", "ban", "rule", "regulation", "detainer", "protection", "program",
               "moratorium", "plan"},
    "announcement": {"announcement", "warning", "conference", "briefing", "statement"},
}
NOUN_KIND = {}
for _kind, _nouns in NOUN_TRIGGERS.items():
    for _n in _nouns:
        NOUN_KIND.setdefault(_n, _kind)
# Occasions that are put on a calendar ("the confirmation vote is scheduled for Thursday",
# "the trial is set to begin Monday", "the summit took place in Hanoi"): events of their
# subject verbs (SUBJECT_EVENT_VERBS) only, never alone (classify.headline_trigger skips
# kind "other" nouns).
SCHEDULED_NOUNS = {"vote": "other", "meeting": "other", "summit": "other", "election": "other",
                   "runoff": "other", "primary": "other", "inauguration": "other",
                   "ceremony": "other", "hearing": "court", "trial": "court",
                   "sentencing": "court", "arraignment": "court", "execution": "other",
                   "referendum": "law", "debate": "other", "talks": "other", "visit": "other"}
for _n, _kind in SCHEDULED_NOUNS.items():
    NOUN_KIND.setdefault(_n, _kind)
NOUN_KIND["memo"] = "policy"
NOUN_KIND["statement"] = "statement"

# Stances someone voices as the object of an expressive verb ("expressed support for the
# bill", "reiterated his concern with …", "voiced opposition"): a statement by the subject.
STANCE_NOUNS = {"concern", "support", "opposition", "objection", "doubt", "skepticism",
                "scepticism", "frustration", "displeasure", "disappointment", "outrage",
                "confidence", "regret", "sympathy", "condolence", "gratitude", "alarm", "dismay",
                "reservation", "anger", "worry", "optimism", "solidarity", "appreciation",
                "disapproval", "willingness", "openness", "unease", "misgiving", "reluctance",
                "contempt", "disdain", "admiration"}
EXPRESS_VERBS = {"express", "voice", "reiterate", "register", "raise", "air", "signal", "renew",
                 "extend", "convey", "repeat"}
for _n in STANCE_NOUNS:
    NOUN_KIND.setdefault(_n, "statement")

# Light verbs: the event is named by their object ("issued an order", "sent a letter").
LIGHT_VERBS = {"issue", "sign", "send", "file", "serve", "launch", "conduct", "carry", "make", "hold",
               "reintroduce", "sponsor", "cosponsor", "co-sponsor", "author",
               "secure", "obtain", "net",
               "strike", "reach", "release", "publish", "unveil", "introduce", "pass",
               "approve", "adopt", "implement", "write", "pen", "deliver", "submit",
               "impose", "lift", "expand", "plan", "prepare", "begin", "start", "grant",
               "deny", "reject", "block", "seek", "draft", "finalize", "extend", "end",
               "announce", "give", "order", "propose", "veto", "vote", "enforce",
               "settle", "drop", "win", "lose", "dismiss"} | EXPRESS_VERBS
# Verbs whose *subject* names the event ("the raid took place", "the order takes effect").
SUBJECT_EVENT_VERBS = {"take", "begin", "start", "occur", "happen", "end", "expire",
                       "resume", "continue", "come"}
# Put on the calendar: subject-event verbs only in the passive ("the vote is scheduled for
# Thursday", not "he set a record"; classify.verb_trigger).
CALENDAR_VERBS = {"schedule", "slate", "set", "reschedule", "postpone", "delay"}
SUBJECT_EVENT_VERBS |= CALENDAR_VERBS
# Modifiers that make a hearing a legislature's, not a court's.
NOT_COURT_HEARING = {"confirmation", "committee", "congressional", "oversight", "senate", "house",
                     "judiciary", "subcommittee", "impeachment", "budget", "public"}

# Votes of a legislature or an electorate: "the Senate approved the plan", "Colorado voters
# rejected a tax increase", "lawmakers passed new restrictions" are law events whatever the
# object is called (classify.legislative_vote).
VOTE_VERBS = {"approve", "reject", "pass", "adopt", "vote", "ratify"}
LEGISLATIVE_SUBJECTS = {"house", "senate", "congress", "legislature", "parliament", "assembly",
                        "council", "committee", "lawmaker", "legislator", "voter", "electorate",
                        "chamber", "senator", "representative", "delegate", "congressman",
                        "congresswoman", "councilman", "councilwoman", "caucus"}
# Objects that make such a vote something else (a confirmation, an election).
NOT_LAW_OBJECTS = {"nomination", "nominee", "appointment", "candidate", "confirmation",
                   "speaker", "leader", "chairman", "president"}
# What someone is "charged with" when it is a criminal charge (not "charged with overseeing
# the program"): offences, counts, and the verbs of offences as gerunds ("lying to the FBI").
CHARGE_OBJECTS = {"count", "murder", "crime", "fraud", "felony", "misdemeanor", "offense",
                  "offence", "assault", "theft", "conspiracy", "obstruction", "manslaughter",
                  "homicide", "battery", "robbery", "burglary", "terrorism", "treason", "perjury",
                  "bribery", "corruption", "trafficking", "smuggling", "possession", "contempt",
                  "violation", "kidnapping", "rape", "abuse", "embezzlement", "extortion",
                  "lie", "obstruct", "kill", "steal", "defraud", "conspire", "launder", "bribe",
                  "traffic", "smuggle", "possess", "attempt", "threaten", "harass", "evade",
                  "falsify", "forge", "tamper", "conceal", "destroy", "interfere", "solicit",
                  "distribute", "impersonate", "stalk", "murder", "rob", "commit", "abet",
                  "endanger", "resist", "embezzle", "rape", "abuse", "leak", "hack", "spy"}
# What a declaration puts in force ("declared a state of emergency", "declared martial law").
EMERGENCY_NOUNS = {"emergency", "disaster", "curfew", "war", "martial", "lockdown", "quarantine"}
#: the clitic negation; the parser often takes a curly "n’t" ("isn’t", "didn’t") for a subject
NEGATION_CLITICS = frozenset({"n't", "n’t"})
#: particles that make a light verb's act ("sat down", "put forward": classify.phrasal_act;
#: the parser tags some as adverbs); selective parsing reads them after a light past form
PARTICLES = frozenset({"up", "down", "out", "over", "off", "forward", "away"})
#: verbs of a violent or sudden happening (a shooting, a crash): a lead that tells one is no
#: occasion its parties speak at (dating.Dater._acting)
HAPPENING_VERBS = frozenset({"shoot", "kill", "crash", "explode", "attack", "stab", "murder", "injure", "wound",
                             "storm", "riot", "die", "flee", "escape", "bomb", "shell", "hack", "kidnap", "assault",
                             "invade"})
# Nouns of a violent or sudden happening: "There was a mass shooting in Hesston" is an event.
HAPPENING_NOUNS = {"shooting", "attack", "explosion", "bombing", "stabbing", "crash", "fire",
                   "riot", "standoff", "blast", "massacre", "ambush", "clash", "collision",
                   "shootout", "killing", "murder", "assault", "protest", "strike"}

# Nouns that make a subject a court ("the justices", "a federal judge").
COURT_NOUNS = {"court", "judge", "justice", "panel", "circuit", "jury", "magistrate",
               "tribunal"}
LAW_OBJECTS = {"bill", "law", "legislation", "act", "measure", "amendment", "resolution",
               "statute", "budget"}
# Verbs that make a bill a law event with it as their object ("reintroduced a bill to
# protect Mueller", "the bill was authored by Sen. X", "co-sponsored the measure").
LAW_VERBS = {"pass", "introduce", "reintroduce", "unveil", "veto", "vote", "approve", "propose", "draft",
             "block", "submit", "sponsor", "cosponsor", "co-sponsor", "author", "enact", "sign",
             # writing, amending, killing or defeating one ("wrote the bill in secret", "voted to
             # reject the measure", "Republicans killed the amendment")
             "write", "rewrite", "amend", "reject", "kill", "defeat", "table", "filibuster", "reauthorize"}
# Subjects that are a bill ("the bill would force restaurants to …", "new legislation would
# prohibit …", "the measure passed the Senate"): what they do is the law's doing.
LAW_SUBJECTS = {"bill", "legislation", "law", "measure", "amendment", "statute", "act",
                "ordinance", "proposition", "referendum"}
# What happens to a bill on its way through a legislature, told with ordinary verbs ("the
# bill died in Congress", "the measure stalled", "advanced out of committee", "withered in
# the Senate"): with a bill as subject, the bill's fate is a law event (classify).
BILL_FATE_VERBS = {"die", "stall", "fail", "advance", "collapse", "wither", "fizzle", "falter", "languish",
                   "sail", "survive", "founder", "sink", "cruise", "squeak", "lapse", "expire"}
# What a bill does to people ("would require / force / ban …"): a law event when said of
# a bill not in the habitual present ("the law requires …" is no event); not what it
# merely provides or creates (the content of a bill, not news of it).
LAW_EFFECT_VERBS = {"require", "force", "mandate", "prohibit", "ban", "bar", "restrict", "outlaw",
                    "legalize", "criminalize", "repeal"}
# (the ones that are no trigger of their own join the light verbs so that selective parsing
# reads their sentences; classify gives them no light-verb kind)
LAW_EFFECT_ONLY = {"require", "force", "mandate", "outlaw", "legalize", "criminalize"}
LIGHT_VERBS |= LAW_EFFECT_ONLY
# Outcomes of a prosecution that someone secures or obtains ("secured a conviction",
# "netted seven guilty pleas", "won an acquittal"): court events.
COURT_OUTCOMES = {"conviction", "plea", "acquittal", "indictment", "verdict", "injunction",
                  "settlement", "judgment", "judgement"}
OUTCOME_VERBS = {"secure", "obtain", "win", "net", "get", "score", "produce", "yield", "land"}
COURT_OBJECTS = {"lawsuit", "suit", "appeal", "motion", "brief", "complaint", "charge",
                 "petition", "request", "injunction", "order", "case"}

# Cues by which a news outlet gives an account of its own ("…, Fox 5 DC noted", "The Times
# said that …", "as The Economist pointed out"): the outlet's report, like "reported".
OUTLET_ACCOUNT_CUES = {"say", "note", "write", "point", "add", "state", "observe", "explain", "detail",
                       "describe", "confirm", "learn", "find", "show", "cite", "recount", "claim"}
# Words in a name that make it a news outlet.
OUTLET_WORDS = {
    "times", "post", "chronicle", "news", "journal", "tribune", "herald", "gazette",
    "reuters", "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "npr", "politico", "axios",
    "bloomberg", "guardian", "bbc", "breitbart", "hill", "vox", "caller", "today",
    "yorker", "atlantic", "examiner", "globe", "telegraph", "press", "newsweek", "time",
    "wire", "observer", "register", "star", "bee", "inquirer", "sun", "mail", "beast",
    "intercept", "salon", "slate", "huffpost", "buzzfeed", "cnbc", "pbs", "reason",
    "newsmax", "townhall", "blaze", "monitor", "report", "magazine", "radio", "tv",
    "network", "paper", "newspaper", "outlet", "publication", "station", "broadcaster",
    "ap", "afp", "upi", "wsj", "nyt", "mirror", "independent", "economist", "forbes",
    "dispatch", "insider", "mercury",
}
# One-word outlet brands that name no person ("according to Politico", which the tagger may
# read as a person's name): an outlet whatever the entity label (pipeline: a report).
OUTLET_BRANDS = {"reuters", "cnn", "nbc", "abc", "cbs", "msnbc", "npr", "politico", "axios", "bbc",
                 "breitbart", "vox", "newsweek", "huffpost", "buzzfeed", "cnbc", "pbs", "newsmax",
                 "townhall", "ap", "afp", "upi", "wsj", "nyt", "bloomberg", "bloomberg news",
                 "fox news", "the hill", "the guardian", "the atlantic", "the intercept", "propublica",
                 "slate", "salon", "the daily beast", "the daily caller", "thinkprogress", "mother jones",
                 "the new yorker", "usa today", "associated press", "the associated press", "yahoo news",
                 "the washington free beacon", "the federalist", "national review", "the new republic"}
OUTLET_HEADS_GENERIC = {"paper", "newspaper", "outlet", "publication", "network",
                        "station", "broadcaster", "magazine", "report", "chronicle", "post",
                        "times", "journal"}
NOT_OUTLET_HEADS = {"host", "anchor", "reporter", "correspondent", "editor", "columnist",
                    "analyst", "contributor", "producer", "poll", "conference", "secretary",
                    "release", "office", "briefing", "agency"}

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
ANONYMOUS = {"source", "sources", "official", "officials", "person", "people", "aide",
             "aides", "insider", "insiders"}

# Modal / plan words that make an event planned.
FUTURE_MODALS = {"will", "would", "may", "might", "could", "shall", "'ll", "wo", "should"}
PLAN_WORDS = {"plan", "prepare", "expect", "set", "schedule", "slate", "intend", "aim", "seek",
              "propose", "threaten", "vow", "poise", "gear", "consider", "want", "hope"}
PLAN_ADJ = {"planned", "upcoming", "expected", "proposed", "looming", "coming",
            "impending", "potential", "possible", "future", "scheduled"}
# Subjects that make what follows a plan ("the plan calls for …").
PLAN_NOUNS = {"plan", "proposal", "strategy", "blueprint", "goal", "objective", "aim", "idea",
              "intention", "scheme"}
CLAIM_ADVS = {"reportedly", "allegedly", "purportedly", "supposedly"}

# Heads of descriptions that stand for a person named elsewhere in the article ("the
# state's top cop", "a federal judge", "the sheriff", "the agency's acting director").
ROLE_NOUNS = {
    "cop", "official", "officer", "chief", "head", "leader", "director", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "sheriff", "mayor", "governor", "senator",
    "lawmaker", "congressman", "congresswoman", "representative", "prosecutor", "attorney",
    "judge", "justice", "president", "minister", "commissioner", "chairman", "chairwoman",
    "chair", "executive", "ceo", "founder", "lawyer", "general", "commander", "ambassador",
    "administrator", "superintendent", "candidate", "democrat", "republican", "speaker",
    "councilman", "councilwoman", "councilmember", "lieutenant", "captain", "deputy",
    "magistrate", "diplomat", "envoy", "premier", "chancellor", "king", "queen", "pope",
}

# Nouns naming a court's decision: a speech whose speaker is one is a court event.
RULING_NOUNS = {"ruling", "verdict", "judgment", "judgement", "sentence", "opinion"}
# Speech verbs too ambiguous to make a title-case headline a statement ("Reports", "Calls").
WEAK_HEAD_SPEECH = {"report", "call", "post", "charge", "describe", "write", "state", "add",
                    "note", "count", "signal", "estimate"} | SPEECH_NOUNS | QUOTE_CUES | COGNITION

# Verbs that change a rule when their object is one ("broadened the categories",
# "tightened the requirements", "loosened restrictions").
POLICY_CHANGE = {"broaden", "widen", "narrow", "tighten", "loosen", "relax", "ease", "revise",
                 "overhaul", "rewrite", "redefine", "scrap"}
POLICY_OBJECTS = {"category", "criterion", "criteria", "rule", "restriction", "requirement",
                  "eligibility", "priority", "guideline", "definition", "scope", "policy",
                  "standard", "limit", "regulation", "law", "program", "protection"}

# Occurrences a timeline lists when a sentence names one with its own time, with no verb of
# its own ("Tuesday's ruling was a blow …", "this week's sarin-gas attack", "the raid on
# Monday came after months of planning"): classify.dated_noun_trigger.  Kind from NOUN_KIND,
# else "other"; no documents (a report, a bill) and no speech (a speech, an interview).
DATED_EVENT_NOUNS = HAPPENING_NOUNS | NOUN_TRIGGERS["arrests"] | NOUN_TRIGGERS["operation"] \
    | {"ruling", "verdict", "indictment", "conviction", "acquittal", "injunction"} \
    | set(SCHEDULED_NOUNS) | {"resignation", "firing", "ouster", "rally", "march", "summit",
                             "airstrike", "strike", "raid", "election", "vote", "hearing",
                             "meeting", "visit", "trip", "walkout", "shutdown", "impeachment",
                             "confirmation", "nomination", "decision", "defeat", "victory", "departure"}
DATED_EVENT_NOUNS -= {"action", "op", "debate", "talks", "plea", "primary"}
# … and what someone said on a day ("Boehner's statement Wednesday declaring …", "Tuesday's
# speech", "his testimony on Thursday"): a statement (classify.DATED_SPEECH_NOUNS)
DATED_EVENT_NOUNS |= {"statement", "speech", "testimony", "interview", "tweet", "announcement"}
# Time words that anchor such a noun ("last week's", "Monday's", "the raid on Friday").
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "week", "weekend", "month", "year", "night", "morning", "evening", "afternoon",
              "today", "yesterday", "tonight", "january", "february", "march", "april", "may",
              "june", "july", "august", "september", "october", "november", "december"}
# Speech occasions someone delivers, gives or makes ("delivered a speech on the Senate
# floor", "gave an interview to CNN", "made remarks at the White House"): a statement by
# the subject (classify._light_kind with SPEECH_LIGHT_VERBS).
SPEECH_EVENT_NOUNS = {"speech", "address", "remarks", "remark", "interview", "testimony", "rebuttal",
                      "takedown", "eulogy", "sermon", "lecture", "keynote", "tribute", "apology",
                      "monologue", "tirade", "rant", "broadside", "soliloquy", "critique", "reference",
                      "pitch", "endorsement"}
SPEECH_LIGHT_VERBS = {"deliver", "give", "make", "grant", "offer"}

# Public reactions an act or a remark draws ("the remarks drew condemnation from both
# parties", "the decision sparked outrage", "the plan drew fire from Democrats"): a
# statement by the reacting side (the 'from' phrase), never by the subject
# (classify.verb_trigger, how "reaction").
REACTION_VERBS = {"draw", "spark", "provoke", "trigger", "prompt", "earn", "attract", "ignite", "generate", "stir"}
REACTION_NOUNS = {"condemnation", "criticism", "rebuke", "backlash", "outcry", "outrage",
                  "praise", "denunciation", "ire", "scorn", "derision", "reproach", "fire"}
# Stepping up an effort ("the administration is stepping up efforts to curb …", "police
# ramped up patrols", "Trump ramps up scrutiny of …"): a policy, an operation when the
# object is one (classify.verb_trigger, with the particle "up").
INTENSIFY_VERBS = {"step", "ramp", "beef", "scale", "crank"}
INTENSIFY_OBJECTS = {"effort", "scrutiny", "enforcement", "pressure", "patrol", "crackdown",
                     "raid", "deportation", "arrest", "inspection", "check", "vetting",
                     "oversight", "security", "surveillance", "sanction", "restriction",
                     "campaign", "prosecution", "screening", "audit", "investigation", "probe"}
INTENSIFY_OPERATION = {"enforcement", "patrol", "crackdown", "raid", "deportation", "arrest",
                       "inspection", "check", "surveillance", "screening", "security"}
# Views someone restates or voices ("reasserted his view that …", "reiterated her position
# on …"): a statement with an expressive verb (EXPRESS_VERBS), like STANCE_NOUNS but no
# event noun of their own.
VIEW_NOUNS = {"view", "position", "stance", "belief", "assessment", "opinion", "argument"}
EXPRESS_VERBS |= {"reassert", "restate", "reaffirm"}
# declaring or pledging a stance ("two senators declared their support", "pledged their
# support"): a statement like voicing one (not "declared an emergency": a policy)
EXPRESS_VERBS |= {"declare", "pledge"}
LIGHT_VERBS |= EXPRESS_VERBS
# Closing or reopening a border or a mission ("Guatemala tried to close its border", "the
# U.S. reopened its embassy"): a policy.
CLOSURE_VERBS = {"close", "reopen", "seal", "shut"}
CLOSURE_OBJECTS = {"border", "crossing", "port", "embassy", "consulate", "airspace", "checkpoint"}
# Leaving a post ("stepped down as owner in 1997", "the general stood down"): with "down"
# right after the verb (classify.verb_trigger).
STEP_DOWN_VERBS = {"step", "stand"}
# Calling off an occasion ("The press conference was later canceled"): the occasion's fate,
# its kind (classify.verb_trigger, with the occasion as passive subject).
CANCEL_VERBS = {"cancel", "scrap", "scuttle"}
# Verbs that tell no event of their own even as the past or perfect main verb of a named
# actor: being and seeming, having and lacking, perceiving, thinking and feeling, wanting
# and trying, quantities that move, and the everyday light verbs ("Clinton has proven to
# be …", "Trump has benefited from …", "he had long been a critic", "Sanders has gained on
# her").  Every other such verb of an agent is an open-class action of kind "other"
# (`classify.open_action`: "Klobuchar packed it in Monday", "Pelosi has rebuffed efforts
# to oust her", "In 1975, Rodham married Bill Clinton").
NOT_ACTIONS = {
    # being, seeming, becoming, staying
    "be", "seem", "appear", "become", "remain", "stay", "exist", "lie", "sit", "stand", "live",
    "look", "sound", "feel", "prove", "turn", "grow", "get", "keep",
    # having, containing, lacking, costing
    "have", "own", "hold", "include", "contain", "consist", "involve", "lack", "cost", "owe",
    "belong", "comprise", "feature", "boast", "enjoy", "benefit", "suffer", "face", "deserve",
    # perceiving, thinking, feeling, wanting (speech and stance verbs are attribution's)
    "see", "hear", "watch", "notice", "know", "think", "believe", "understand", "realize",
    "remember", "recall", "forget", "learn", "consider", "wonder", "imagine", "guess", "doubt",
    "want", "need", "like", "love", "hate", "prefer", "wish", "hope", "expect", "fear", "worry",
    "care", "mind", "mean", "matter", "depend", "tend", "try", "seek", "fail", "manage",
    "intend", "plan", "aim", "wait", "view", "regard", "deem", "find",
    # everyday light and motion verbs
    "do", "make", "take", "give", "go", "come", "put", "set", "let", "bring", "use", "play",
    "run", "work", "help", "happen", "continue", "begin", "start", "end", "follow", "lead",
    "move", "change", "show", "suggest", "reflect", "represent", "serve", "mark", "provide",
    "offer", "allow", "enable", "require", "cause", "affect", "receive", "spend", "pay",
    "earn", "decline", "gain", "lose", "rise", "fall", "increase", "decrease", "grow",
    "develop", "demonstrate", "manage", "shift", "stretch", "hang",
    # attitudes and dispositions told as verbs ("Republicans balked at the plan", "Cruz has
    # rankled members", "he has dabbled in politics")
    "balk", "rankle", "dabble", "struggle", "hesitate", "bristle", "chafe", "dream",
}
# Everyday light and motion verbs of NOT_ACTIONS that tell an act when told once, in the
# simple past with a time of their own ("She lost one week after the election", "Grassley
# led the battle in 1995", "This year, San Francisco spent $310,000 …", "Melania Trump gave
# Laura Bush a tour on Tuesday"; not "Republicans lost ground", "he led the party"):
# open-class actions (classify.open_action, `dated_light_act`).
# Verbs of NOT_ACTIONS that tell an act with a doer and an object ("Stanford has changed the
# name of two buildings"; not "prices changed"): open-class
# actions (classify.open_action; selective parsing reads their past forms).
TRANSITIVE_ACTS = {"change"}
DATED_LIGHT_ACTS = {"make", "take", "give", "go", "come", "bring", "run", "play", "help", "lead",
                    "begin", "start", "end", "offer", "receive", "spend", "pay", "earn", "lose",
                    "appear"}
# Verbs of praise and blame that speech attribution does not read as cues ("Gates also
# complimented her in his memoir", "has assailed the plan", "taunted Republican lawmakers"):
# done by a named actor, an open-class action of kind statement (classify.open_kind).
# "hammer", "pound" and "thrash" only with a person or body as object ("has hammered
# officials in the Department of Justice", not "hammered a nail").
PRAISE_BLAME_VERBS = {"compliment", "congratulate", "salute", "insult", "taunt", "fault", "belittle",
                      "disparage", "smear", "assail", "badmouth", "heckle", "lampoon", "vilify",
                      "demonize", "malign", "denigrate", "castigate", "excoriate", "upbraid",
                      # words against something ("railed against the tax plan", "inveighed against …")
                      "rail", "inveigh", "fulminate"}
PRAISE_BLAME_PERSON_VERBS = {"hammer", "pound", "thrash"}
# Works an author writes or publishes ("published a book", "has written a new memoir", "The
# novel was published in 2015"): writing or publishing one is the author's act, an event of
# kind "other", not a report (a report tells findings) nor a statement (classify.verb_trigger).
AUTHORED_WORKS = {"book", "memoir", "novel", "biography", "autobiography", "edition", "paperback",
                  "album", "song", "film", "documentary", "screenplay", "poem", "collection"}
AUTHOR_VERBS = {"publish", "write", "author", "pen", "release", "reissue"}
# Headline verbs of saying beside SPEECH ("Navarro defends US response", "X rips Y") and
# phrasal verbs of saying ("Cheney pushes back on …", "Obama weighs in on …"): speech in a
# headline (pipeline), never an open-class action (classify.open_action).
HEADLINE_SPEECH = {"defend", "rip", "knock", "rap", "scold", "eulogize", "eulogise"}
SPEECH_PHRASAL = {("push", "back"), ("hit", "back"), ("fire", "back"), ("lash", "out"), ("speak", "out"),
                  ("weigh", "in"), ("sound", "off"), ("open", "up")}
# Heads of a definite description of an organisation that acts ("the agency", "the
# company's board"): agents beside ROLE_NOUNS and AGENT_NOUNS (classify._agent_ok,
# selective parsing's doers).
ORGANISATION_HEADS = {
    "agency", "department", "bureau", "administration", "office", "service", "company",
    "firm", "organization", "organisation", "group", "committee", "commission", "council",
    "board", "campaign", "party", "union", "ministry", "government", "city", "county", "state",
    "university", "school", "hospital", "foundation", "network", "court", "team"}
# Every head of a description that names a doer (classify._agent_ok, selective parsing).
AGENT_HEADS = ROLE_NOUNS | AGENT_NOUNS | ORGANISATION_HEADS
# Papers of a case: an act done "in court briefs", "in a lawsuit", "through a motion" is a
# court event (classify.open_kind).
COURT_FILINGS = {"brief", "filing", "lawsuit", "suit", "motion", "complaint", "petition", "appeal", "court"}
# Verbal clashes told as acts ("Netanyahu has clashed repeatedly with Obama", "tussled with
# Rand Paul"): statements (classify.open_kind).
# Verbs of speaking whose act is the news even with no reported words ("spoke at a rally",
# "talked to reporters", "described the moment", "discussed the budget"): an open-class
# action of kind statement (classify.open_kind) when no speech with content is found.
SPEAKING_VERBS = {"speak", "talk", "discuss", "describe", "recount"}
VERBAL_CLASH = {"clash", "spar", "feud", "tussle", "wrangle", "tangle", "quarrel", "bicker", "squabble"}
# A person's own doings, not an office's acts: a judge who travels, meets, attends or
# greets acts as a person, so a court actor does not make them court events (pipeline).
PERSONAL_ACTS = {"leave", "depart", "travel", "fly", "tour", "arrive", "meet", "visit", "attend",
                 "host", "dine", "greet", "welcome", "hug", "shove", "punch", "slap", "grab", "kick",
                 "march", "rally", "picket", "post", "tweet", "upload", "donate", "marry", "die",
                 "retire", "bow", "curtsy"}
# Talking on a topic ("Cruz talked about religious liberty", "he spoke of a tax cut"): what
# someone said, a statement by the subject (classify.verb_trigger), not an open-class act.
TOPIC_TALK_VERBS = {"talk", "speak"}
TOPIC_TALK_PREPS = {"about", "of"}
# Verbs of praise and blame that are words when their object is a person ("the spokeswoman
# defended Biden") or when done in a medium of speech ("attacked them on Twitter and at
# rallies"): a statement (classify.verb_trigger); "gunmen attacked a police station" is not.
VERBAL_ATTACK_VERBS = {"defend", "attack"}
SPEECH_MEDIA = {"twitter", "facebook", "instagram", "tweet", "tweets", "speech", "interview", "rally",
                "statement", "op-ed", "podcast", "show", "conference", "briefing", "debate", "floor",
                "post", "letter", "column", "remarks", "hearing", "television", "tv", "radio"}
