"""Who speaks or acts, named (speaker25): descriptions the story gives a person or body it named
before ('the Speaker', 'the Syrian leader', 'the president', 'the retired surgeon', 'the storm'),
an apposition after a description, and a group exemplified by a named person (invented
sentences; each test fails without its rule)."""

from __future__ import annotations

from extract_support import events, speaker_and_actors, triggered_in


_speaker = speaker_and_actors


def test_a_capitalised_title_alone_is_the_person_titled_so():
    """'House Speaker Jo Roe …' ¶ 'The Speaker brushed aside …': a title capitalised alone
    after 'the' still stands for the one the story gave it."""
    who, _ = _speaker("Budget talks stall\n\nHouse Speaker Jo Roe met the governors on Monday.\n\n"
                      "The Speaker said the budget would pass by June.\n", "said")
    assert who == "Jo Roe"


def test_a_head_of_state_is_the_leader_of_that_country():
    """'Syrian President Jo Roe …' ¶ 'The Syrian leader said …': a president, prime minister or
    king is the leader of the country the description names."""
    who, _ = _speaker("Talks resume\n\nSyrian President Jo Roe met the envoys on Monday.\n\n"
                      "The Syrian leader said the talks would resume in June.\n", "said")
    assert who == "Jo Roe"


def test_an_unmarked_leader_is_no_head_of_state_by_synonym():
    """'The 60-year-old leader' says no country: a president is not taken for him by synonym."""
    who, _ = _speaker("Talks resume\n\nSyrian President Jo Roe met the envoys on Monday.\n\n"
                      "The 60-year-old leader said the talks would resume in June.\n", "said")
    assert who != "Jo Roe"


def test_the_president_is_the_us_president_the_story_names_most():
    """A story that names Donald Trump without ever titling him: 'the president said' is him."""
    who, _ = _speaker("Wall funds sought\n\nDonald Trump spoke to a crowd in Dallas on Monday. "
                      "Trump asked Congress for more money.\n\n"
                      "“Fences work,” the president said.\n", "said")
    assert who == "Donald Trump"


def test_the_president_of_a_campaign_story_is_not_guessed():
    """A story of a party's nominee ('Republican nominee Donald Trump'): 'the president' may be
    the incumbent it never names, so it is not taken for the nominee."""
    who, _ = _speaker("Rally held\n\nRepublican nominee Donald Trump spoke in Dallas on Monday. "
                      "Trump asked voters for help.\n\n"
                      "“Fences work,” the president said.\n", "said")
    assert who != "Donald Trump"


def test_an_epithet_is_the_person_the_story_is_about():
    """'Ann Lee … Lee …' ¶ 'the retired heart surgeon said': an epithet no one was titled by
    stands for the person the story names most, when it named them lately."""
    who, _ = _speaker("Lee picked for housing post\n\nThe mayor picked Ann Lee to run the housing office. "
                      "Lee has never held office.\n\n"
                      "In a statement, the retired heart surgeon said she was honored.\n", "said")
    assert who == "Ann Lee"


def test_an_office_or_someones_title_is_no_epithet():
    """'the press secretary', 'the department's inspector general' hold an office the story has
    not given its main person: no epithet."""
    for sentence in ("The deputy press secretary said the trip was off.",
                     "The department's inspector general said the audit was late."):
        who, _ = _speaker("Lee picked for housing post\n\nThe mayor picked Ann Lee to run the housing office. "
                          "Lee has never held office.\n\n" + sentence + "\n", "said")
        assert who != "Ann Lee", sentence


def test_an_apposition_after_a_description_names_the_person():
    """'the second-ranking House Democrat, Minority Whip Carl Benson, told …' (a title opening the
    apposition) and 'according to the local mayor, Jo Roe.' (the name ending the sentence)."""
    who, _ = _speaker("Vote delayed\n\nLast week the second-ranking House Democrat, Minority Whip Carl Benson, "
                      "told reporters that the vote would wait.\n", "told")
    assert who == "Carl Benson"
    article, found = events("Floods hit valley\n\nTwelve homes were flooded in the valley, according to the "
                            "local mayor, Jo Roe. Rain fell all week.\n")
    e = next(e for e in found if e.attribution and "mayor" in e.attribution.speaker_span.slice(article.text))
    assert e.attribution.speaker == "Jo Roe"


def test_a_body_named_in_apposition_after_its_description():
    """'according to the country's national news agency, Tanjug.': the apposition names it."""
    article, found = events("Floods hit valley\n\nTwelve villages were flooded overnight, according to the "
                            "country’s national news agency, Tanjug. Rain fell all week.\n")
    e = next(e for e in found if e.attribution and "agency" in e.attribution.speaker_span.slice(article.text))
    assert e.attribution.speaker == "Tanjug"


def test_the_storm_is_the_storm_named_last():
    """'Hurricane Zelda …' ¶ 'The storm battered the coast': the named storm acts."""
    article, found = events("Zelda nears coast\n\nHurricane Zelda gathered strength over the gulf on Monday.\n\n"
                            "The storm battered the coast of Tamaulipas on Tuesday, cutting power to 20,000 homes.\n")
    e = triggered_in(article, found, "battered")
    assert e is not None and any("Zelda" in a.canonical for a in e.actors)


def test_a_long_lowercase_agency_description_is_the_agency():
    """'… by the FBI. The federal law enforcement agency has been investigating …' (the FBI
    found though the run of capitalised words runs on into the next sentence)."""
    article, found = events("Inquiry widens\n\nThe mayor is under investigation by the FBI. "
                            "The federal law enforcement agency has been investigating her use of a private server "
                            "since March.\n")
    e = triggered_in(article, found, "investigating")
    assert e is not None and "Federal Bureau of Investigation" in [a.canonical for a in e.actors]


def test_an_unmarked_secretary_is_not_one_of_another_country():
    """'Secretary of State Jo Roe … British Foreign Secretary Al Doe …' ¶ 'The secretary said':
    the unmarked title is not the one held in another country."""
    who, _ = _speaker("Talks resume\n\nSecretary of State Jo Roe met British Foreign Secretary Al Doe in London "
                      "on Monday.\n\nThe secretary said the talks would resume in June.\n", "said")
    assert who == "Jo Roe"


def test_a_group_exemplified_by_a_named_person_is_named_by_them():
    """'Several liberal lawyers, such as Al Doe and Jo Roe, argued …', 'writers like Jo Roe
    argued …': the first named example speaks; 'Cities such as Denver' names no person."""
    for text, who in (("Several liberal lawyers, such as Al Doe and Jo Roe, argued that the rule was unlawful.",
                       "Al Doe"),
                      ("Conservative writers like Jo Roe argued that the rule was unlawful.", "Jo Roe")):
        assert _speaker("Rule challenged\n\n" + text + "\n", "argued")[0] == who, text
    assert _speaker("Rule challenged\n\nCities such as Denver argued that the rule was unlawful.\n",
                    "argued")[0] == "Cities"
