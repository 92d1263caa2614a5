"""Kinds by who speaks and what is sent (kind25): studies, the press and researchers report;
correspondence sent to someone is a letter; pleas and railing are speech; a court declaring
rules; headline labels and a bill's participle in a headline.  Invented sentences."""

from extract_support import events, kind_at, kind_of, kinds_over


def _headline_kinds(text: str) -> list[str]:
    return kinds_over(text, text.split("\n")[0])


def test_study_label_headline_is_a_report():
    text = ("Harbor Poll: Most Voters Back the Transit Tax\n\n"
            "A clear majority of voters in the county support the transit tax, a new poll shows.\n")
    assert _headline_kinds(text) == ["report"]


def test_the_press_reporting_is_a_report():
    text = ("Bridge closed after storm\n\n"
            "Local media reported that the old bridge was closed after the storm on Monday.\n")
    assert kind_at(text, "reported") == "report"


def test_a_journalist_reporting_in_an_outlet_is_a_report():
    text = ("Clinics close\n\n"
            "As Jane Roe recently reported in the Chronicle, \"rural clinics closed at a record pace last year.\"\n")
    assert kind_at(text, "reported") == "report"


def test_scientists_reporting_a_finding_is_a_report():
    text = ("Glacier shrinks\n\n"
            "The scientists report in the journal Science that the glacier lost a fifth of its ice.\n")
    assert kind_at(text, "report") == "report"


def test_a_telegram_or_email_sent_to_someone_is_a_letter():
    text = ("Leaders exchange messages\n\n"
            "The president sent the prime minister a telegram after the vote on Monday.\n\n"
            "The mayor sent an email to city staff on Tuesday.\n")
    assert kinds_over(text, "a telegram") == ["letter"]
    assert kinds_over(text, "an email to city staff") == ["letter"]


def test_an_email_sent_without_an_addressee_is_no_letter():
    text = ("Server questions\n\n"
            "The server she sent those emails on was kept in her basement, the senator believes.\n")
    assert "letter" not in kinds_over(text, "those emails")


def test_railing_and_imploring_are_speech():
    text = ("Mayor under fire\n\n"
            "The mayor railed against the new parking fees on Tuesday.\n\n"
            "The bishop implored the crowd to stay calm on Sunday.\n")
    article, found = events(text)  # (the trigger may be "railed against", the cue's span)
    assert kind_of(article, found, "railed") == "statement"
    assert kind_of(article, found, "implored") == "statement"


def test_pleading_for_help_is_no_court_plea():
    text = ("Governor Pleads for Federal Aid After Flood\n\n"
            "The governor pleaded for calm in a radio address on Monday.\n\n"
            "The driver pleaded guilty to manslaughter on Friday.\n")
    assert "court" not in _headline_kinds(text)
    assert "court" not in kinds_over(text, "pleaded for calm")
    assert kinds_over(text, "pleaded guilty") == ["court"]


def test_headline_label_opened_by_a_preposition_names_no_speaker():
    text = ("After the Flood: Town Counts Its Losses\n\n"
            "Residents of Millbrook returned to their homes on Monday.\n")
    article, found = events(text)
    head = [e for e in found if e.sentence.start == 0]
    assert not any(e.attribution and e.attribution.speaker and "Flood" in e.attribution.speaker for e in head)


def test_a_bills_participle_in_a_headline_is_the_bills_news():
    text = ("Senator Roe's Bill Banning Plastic Bags Passes Senate\n\n"
            "The state Senate approved the measure on Tuesday.\n")
    assert _headline_kinds(text) == ["law"]


def test_a_court_declaring_a_law_rules():
    text = ("Tax struck down\n\n"
            "The state supreme court declared the sales tax unconstitutional on Friday.\n")
    assert kind_at(text, "declared") == "court"


def test_a_stay_issued_by_a_court_is_a_court_event():
    text = ("Deportation halted\n\n"
            "The deportation was put off after the appeals court issued a temporary stay to review new evidence.\n\n"
            "The hotel extended his stay in Paris on Monday.\n")
    assert "court" in kinds_over(text, "temporary stay")
    assert "court" not in kinds_over(text, "his stay in Paris")


def test_sweeping_an_election_is_a_win_not_an_operation():
    text = ("Party wins big\n\n"
            "The ads failed in 2014, when the Greens swept the city council elections and took the mayor's office.\n\n"
            "Police swept the riverside camp on Friday.\n")
    assert kind_at(text, "swept") == "other"
    assert kinds_over(text, "swept the riverside camp") == ["operation"]


def test_a_lockdown_issued_is_a_policy():
    text = ("Island closes\n\n"
            "The governor issued a statewide lockdown last Wednesday.\n")
    assert kind_at(text, "issued") == "policy"


def test_a_measure_of_something_is_no_bill():
    text = ("Prices up\n\n"
            "The broader U-3 measure of joblessness also edged slightly lower, from 5.2% to 5.1%.\n")
    assert "law" not in kinds_over(text, "edged")


def test_rule_as_a_headline_noun_is_no_ruling():
    text = ("A Short History of the House Rule That Ended the Debate\n\n"
            "The chamber adopted the rule in 1890.\n")
    assert "court" not in _headline_kinds(text)


def test_being_pushed_back_by_police_is_no_speech():
    text = ("Protest\n\n"
            "Later, dozens of protesters marched onto a bridge across the river, but they were pushed back by officers in riot gear.\n")
    assert "statement" not in kinds_over(text, "pushed back")
