"""Who is speaking: one test per attribution rule."""

import json
from pathlib import Path

import pytest

from explainer.diagnostics import Report
from explainer.load.articles import parse_article
from explainer.load.entries import load_entries
from explainer.match.matcher import MentionFinder
from tests.conftest import entry_yaml as E
from tests.conftest import write_entries

ENTRIES = [E("etge", title="East Turkistan Government in Exile", aliases=["ETGE"]),
           E("mamtimin-ala", "person", title="Mamtimin Ala", short_names=["Ala"]),
           E("china", "place", title="China"),
           E("xinjiang", "place", title="Xinjiang")]


def attributions(tmp_path, body):
    report = Report()
    entries = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    result = MentionFinder(entries, report).match_articles([article])[0]
    return [(a.paragraph, a.holder, a.cue) for a in result.attributions]


def labels(tmp_path, body):
    """Each paragraph's speaker as the page names it; None for the writer's own voice."""
    report = Report()
    entries = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    result = MentionFinder(entries, report).match_articles([article])[0]
    return [None if a.writer else a.label for a in result.attributions]


def test_subject_before_reporting_verb(tmp_path):
    assert attributions(tmp_path, "The ETGE criticised the deal.") == [
        (1, "etge", "The ETGE criticised")]


def test_according_to(tmp_path):
    assert attributions(tmp_path, "Xinjiang is large, according to China.") == [
        (1, "china", "according to China")]


def test_inverted_quote_names_the_speaker_after_the_verb(tmp_path):
    body = '"This is not diplomacy," stated Dr Mamtimin Ala, President of the ETGE.'
    assert attributions(tmp_path, body) == [(1, "mamtimin-ala", "stated Dr Mamtimin Ala, President of the ETGE")]


def test_the_release_refers_back_to_its_issuer(tmp_path):
    body = "As stated in the ETGE release, the deal is bad.\n\nIt is worse, the release stated."
    assert attributions(tmp_path, body) == [(1, "etge", "As stated in the ETGE release"),
                                            (2, "etge", "the release stated")]


def test_pronoun_refers_to_the_previous_holder(tmp_path):
    body = "Mamtimin Ala said the deal was bad.\n\nHe added that talks failed."
    assert attributions(tmp_path, body) == [(1, "mamtimin-ala", "Mamtimin Ala said"),
                                            (2, "mamtimin-ala", "He added")]


def test_paragraph_without_a_cue_is_unattributed(tmp_path):
    assert attributions(tmp_path, "China and Xinjiang are named here.") == [(1, None, None)]


def test_release_with_no_known_issuer_is_not_guessed(tmp_path):
    assert attributions(tmp_path, "The deal is bad, the release stated.") == [(1, None, None)]


def test_editor_sets_and_corrects_attribution_in_front_matter(tmp_path):
    body = ("---\ntitle: T\ndate: 2025-01-01\nsource: Wire\nattribution:\n  1: china\n  2: unattributed\n---\n"
            "Xinjiang is large.\n\nThe ETGE said so.\n")
    assert attributions(tmp_path, body) == [(1, "china", "set by an editor"), (2, None, "set by an editor")]


def test_subject_with_apposition(tmp_path):
    body = "Mamtimin Ala, president of the ETGE, said the talks failed."
    assert attributions(tmp_path, body) == [(1, "mamtimin-ala", "Mamtimin Ala, president of the ETGE, said")]


def test_a_name_after_the_verb_must_be_the_speaker(tmp_path):
    # "said China must act": China is what was said about, not who said it
    assert attributions(tmp_path, "Officials in the region said China must act.")[0][1] is None


def test_speaker_without_an_entry_is_labelled_as_written(tmp_path):
    report = Report()
    entries = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    body = "Xinjiang is calm, according to officials.\n\nThe U.N. human rights office said otherwise."
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    result = MentionFinder(entries, report).match_articles([article])[0]
    assert [(a.holder, a.label) for a in result.attributions] == [
        (None, "officials"), (None, "The U.N. human rights office")]


# -- sentence by sentence ---------------------------------------------------------------------

def voices(tmp_path, body, source="Wire", url=None, entries=ENTRIES):
    report = Report()
    loaded = load_entries(write_entries(tmp_path, entries), str, report)
    front = f"---\ntitle: T\ndate: 2025-01-01\nsource: {source}\n" + (f"url: {url}\n" if url else "") + "---\n"
    article = parse_article(Path("a.md"), "a.md", front + body, report, require_front=False)
    from explainer.load.publishers import load_publishers
    registry = Path(__file__).resolve().parent.parent / "content" / "publishers.yaml"
    publishers = load_publishers(registry, "publishers.yaml", report)
    result = MentionFinder(loaded, report, publishers=publishers).match_articles([article])[0]
    return result


def spoken(tmp_path, body, **kwargs):
    """Each paragraph's speaker's label in a text given as ``voices`` gives it; None for the writer's own voice."""
    return [None if a.writer else a.label for a in voices(tmp_path, body, **kwargs).attributions]


def voices_with_front(tmp_path, text):
    """The match of an article given whole, with its own front matter (a headline, a source)."""
    report = Report()
    loaded = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
    return MentionFinder(loaded, report).match_articles([article])[0]


def sentence_labels(result):
    return [None if v.writer else (v.holder or v.label) for v in result.voices]


def test_the_publishers_own_correspondent_is_the_writer(tmp_path):
    text = ("---\ntitle: t\nsource: Kazinform (en.inform.kz)\n---\n"
            "ASTANA. KAZINFORM - President Jan Novak opened the summit, Kazinform correspondent reports.\n\n"
            "ASTANA - President Jan Novak opened the summit, Reuters correspondent reports.\n")
    assert [None if a.writer else a.label for a in voices_with_front(tmp_path, text).attributions] == [
        None, "Reuters correspondent"]


def paragraph_labels(result):
    return [None if a.writer else (a.holder or a.label) for a in result.attributions]


def test_a_sentence_without_a_cue_is_the_writers_own(tmp_path):
    r = voices(tmp_path, "The deal was signed. The ETGE criticised it.")
    assert sentence_labels(r) == [None, "etge"]
    assert r.voices[0].label == "Wire"  # the writer, named


def test_trailing_attribution_covers_earlier_sentences_but_not_the_first(tmp_path):
    r = voices(tmp_path, "Camps were built. Children were separated. Families suffer, the ETGE said.")
    assert sentence_labels(r) == [None, "etge", "etge"]
    assert r.attributions[0].holder == "etge"


def test_paragraph_voice_is_the_majority_and_a_tie_goes_to_the_speaker(tmp_path):
    body = ("Talks ended. Nobody spoke. According to the ETGE, it failed.\n\n"
            "Talks ended. It failed, the ETGE said.")
    r = voices(tmp_path, body)
    assert (r.attributions[0].holder, r.attributions[0].writer) == (None, True)
    assert r.attributions[1].holder == "etge"


def test_a_quotation_running_on_stays_its_speakers_even_as_quoted_in_a_release(tmp_path):
    body = ('"This is bad," stated Dr Mamtimin Ala. "It is worse. It is the worst," as quoted in the ETGE release.')
    assert sentence_labels(voices(tmp_path, body)) == ["mamtimin-ala"] * 3


def test_a_quotation_attributed_where_it_closes_is_the_speakers_from_where_it_opens(tmp_path):
    body = 'Talks went on. "Dialogue is not approval. It is not silence either," Jane Doe said in an email.'
    assert sentence_labels(voices(tmp_path, body)) == [None, "Jane Doe", "Jane Doe"]


def test_reporting_words_inside_a_quotation_are_not_cues(tmp_path):
    body = '"Where the UN says crimes occurred, a vote is a mockery."'
    assert sentence_labels(voices(tmp_path, body)) == [None]


def test_a_speaker_named_again_by_surname_or_office_keeps_the_full_name(tmp_path):
    body = ("Chinese ambassador Hong Jiuyin said ties are strong.\n\n"
            '"We are friends," the ambassador added.\n\nMr. Jiuyin said more.')
    assert sentence_labels(voices(tmp_path, body)) == ["Chinese ambassador Hong Jiuyin"] * 3


def test_the_subject_before_an_apposition_or_a_relative_clause_is_the_speaker(tmp_path):
    body = ("Salih Hudayar, a member of the ETGE, criticized the visit.\n\n"
            "Bachelet, who ended her term amid controversy over her handling of the report, said dialogue mattered.")
    assert sentence_labels(voices(tmp_path, body)) == ["Salih Hudayar, a member of the ETGE", "Bachelet"]


def test_an_inverted_quote_names_its_speaker_only_where_the_name_closes_it(tmp_path):
    body = ('"Ties reversed," said Seyit Tumturk, head of the group.\n\n'
            "However, Salih Hudayar criticized Fidan, stating that the visit was a cover.")
    assert sentence_labels(voices(tmp_path, body)) == ["Seyit Tumturk, head of the group", "Salih Hudayar"]


def test_decisions_are_not_statements(tmp_path):
    assert sentence_labels(voices(tmp_path, "The Council rejected a proposal to hold a debate.")) == [None]


def test_a_speech_introduced_by_a_colon_or_a_heading_is_the_speakers(tmp_path):
    body = ("Mamtimin Ala said at the meeting:\n\n- Dear friends.\n\nWe will go on.\n\nxxx\n\nThe end came.\n\n"
            "Speech by Dr Mamtimin Ala\n\nThank you all.")
    labels = [a.holder for a in voices(tmp_path, body).attributions]
    assert labels == ["mamtimin-ala", "mamtimin-ala", "mamtimin-ala", None, None, None, "mamtimin-ala"]


def test_a_transcript_names_its_speaker_before_a_colon_but_not_a_heading(tmp_path):
    body = "Wang Wenbin: We stated our position.\n\nBACKGROUND: The war changed things."
    assert [a.label for a in voices(tmp_path, body).attributions] == ["Wang Wenbin", None]


def test_a_release_published_by_an_advocacy_group_is_its_own_statement(tmp_path):
    r = voices(tmp_path, "The law is a first step.\n\nWe urge more, said Jane Doe.", source="Human Rights Watch")
    assert sentence_labels(r) == ["Human Rights Watch", "Human Rights Watch"]  # a person quoted inside it
    r = voices(tmp_path, "The law is a first step.", source="Some Site", url="https://www.hrw.org/news/x")
    assert sentence_labels(r) == ["Human Rights Watch"]


def test_a_body_on_its_parents_domain_keeps_the_name_the_article_gives_it(tmp_path):
    # the registry knows mfa.gov.az as the ministry; its embassy's release is the embassy's, a government's
    r = voices(tmp_path, "The talks went well.", source="Embassy of Azerbaijan to China",
               url="https://beijing.mfa.gov.az/en/news/1")
    assert sentence_labels(r) == ["Embassy of Azerbaijan to China"]


def test_the_writers_own_investigation_is_the_writers_voice(tmp_path):
    r = voices(tmp_path, "Birth rates fell, according to an AP investigation.", source="Associated Press")
    assert sentence_labels(r) == [None]
    # its own programme or reporters
    r = voices(tmp_path / "b", "RB Investigates verified video footage of the workers.", source="RB (rb.example)")
    assert sentence_labels(r) == [None]


def test_a_people_is_never_a_speaker_and_a_place_only_as_the_whole_subject(tmp_path):
    entries = ENTRIES + [E("uyghurs", "people", title="Uyghurs", aliases=["Uyghur"])]
    r = voices(tmp_path, "Uyghurs said they were afraid.\n\nChina said it was calm.\n\n"
                         "Officials in Xinjiang said all was well.", entries=entries)
    assert [a.holder for a in r.attributions] == [None, "china", None]
    assert r.attributions[2].label == "Officials in Xinjiang"


def test_nothing_is_said_under_a_modal_or_a_negation(tmp_path):
    body = "Jane Doe met Ala, but they couldn’t say much. Officials declined to say more."
    assert sentence_labels(voices(tmp_path, body)) == [None, None]


def test_a_reporting_verb_in_a_relative_clause_is_not_the_sentences_voice(tmp_path):
    body = "The report, which Western diplomats said had been ready for months, was published late."
    assert sentence_labels(voices(tmp_path, body)) == [None]


def test_a_seat_of_government_speaks_for_its_state(tmp_path):
    entries = ENTRIES[:2] + [E("china", "place", title="China", seat="Beijing")] + ENTRIES[3:]
    r = voices(tmp_path, "Beijing says the camps are schools.", entries=entries)
    assert sentence_labels(r) == ["china"]


def test_a_publisher_missing_from_the_registry_is_classified_by_its_name(tmp_path):
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("East Turkistan National Awakening Movement", None).speaks
    assert infer_publisher("European Parliament", None).speaks
    assert infer_publisher("Some Site", "https://www.example.gov/x").speaks
    assert infer_publisher("Daily Planet News", "https://planet.example.org/x") is None
    assert infer_publisher("Akorda (Official website of the President of Kazakhstan)", None).speaks
    # a press syndicate carries columns; a university's centre its scholars' work: neither is a release
    assert infer_publisher("Project Syndicate", None) is None
    assert infer_publisher("Ruritania Human Rights Center at the Humanities Institute", None) is None
    assert infer_publisher("Ruritania University Rights Centre", None) is None
    # a state's representation or delegation to an international body
    assert infer_publisher("Permanent Representation of Ruritania to the UN in Geneva", None).speaks
    assert infer_publisher("Delegation of Ruritania to the OSCE", None).speaks
    # a state's news agency on its government's domain reports; a state's other agencies speak
    assert infer_publisher("Ruritanian Information Agency (RIA)", "https://ria.example.gov/x") is None
    assert infer_publisher("Ruritanian Space Agency", "https://space.example.gov/x").speaks
    # lawyers' offices publish analyses, not a government's statements
    assert infer_publisher("International Law Office", None) is None
    assert infer_publisher("Novak Law Offices (novaklaw.example)", None) is None
    assert infer_publisher("Prime Minister's Office", None).speaks
    r = voices(tmp_path, "The resolution passed.", source="European Parliament")
    assert sentence_labels(r) == ["European Parliament"]


def test_a_lede_description_is_the_person_named_later(tmp_path):
    body = ("An exiled Uygur leader called for pressure as he received an award.\n\n"
            "Dolkun Isa, president of the World Uygur Congress, said the award mattered.")
    assert sentence_labels(voices(tmp_path, body))[0].startswith("Dolkun Isa")


def test_a_full_stop_inside_a_name_ends_no_sentence(tmp_path):
    r = voices(tmp_path, "The meeting was long, Caliber.Az reports. Talks went on.", source="Caliber.Az")
    assert len(r.voices) == 2 and sentence_labels(r) == [None, None]


def test_a_people_named_as_subject_is_not_a_speaker_even_without_an_entry_match(tmp_path):
    entries = ENTRIES + [E("kyrgyz", "people", title="Kyrgyz people", aliases=["Kyrgyz"])]
    r = voices(tmp_path, '"We are afraid," the ethnic Kyrgyz say.', entries=entries)
    assert sentence_labels(r) == [None]


def test_the_last_word_of_a_bodys_name_is_that_body_after_a_date(tmp_path):
    # "The Congress added" after "The World Uyghur Congress on September 16, criticized": the body, not "Congress on
    # September"
    entries = ENTRIES + [E("wuc", "organization", title="World Uyghur Congress")]
    body = "The World Uyghur Congress on September 16, criticized the visit. The Congress added that it was a shame."
    assert sentence_labels(voices(tmp_path, body, entries=entries)) == ["wuc", "wuc"]


def test_he_after_a_person_named_with_a_peoples_adjective_and_an_office(tmp_path):
    # "Kyrgyz President Sadyr Japarov presented ... He emphasized ...": the person, not the people nor no one
    entries = ENTRIES + [E("kyrgyz", "people", title="Kyrgyz people", aliases=["Kyrgyz"])]
    body = "During the summit, Kyrgyz President Jan Novak presented his agenda. He emphasized that ties are strong."
    assert sentence_labels(voices(tmp_path, body, entries=entries)) == [None, "Jan Novak"]
    body = "Kyrgyz Foreign Minister Jan Novak met the envoy. He stressed that ties are strong."
    assert sentence_labels(voices(tmp_path / "b", body, entries=entries)) == [None, "Jan Novak"]


def test_the_second_of_two_verbs_shares_the_first_ones_subject(tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping")]
    body = "On August 26, Xi Jinping visited Urumchi, the capital, and called for more control."
    assert sentence_labels(voices(tmp_path, body, entries=entries)) == ["xi-jinping"]
    body = "Jane Doe met the guests on behalf of Xi Jinping and expressed satisfaction."
    assert sentence_labels(voices(tmp_path / "b", body, entries=entries)) == ["Jane Doe"]  # not Xi's


def test_a_group_named_again_by_its_head_noun_is_the_same_speaker(tmp_path):
    body = ("UN human rights experts raised serious concerns today.\n\n"
            "Several experts appointed by the Council said companies were involved.")
    assert sentence_labels(voices(tmp_path, body)) == ["UN human rights experts"] * 2


def test_a_transcript_published_by_a_government_keeps_who_said_what(tmp_path):
    body = "YLE News: Finland has expressed concern.\n\nWang Wenbin: We stated our position."
    r = voices(tmp_path, body, source="PRC Ministry of Foreign Affairs")
    assert [a.label for a in r.attributions] == ["YLE News", "Wang Wenbin"]


def test_a_statement_named_with_its_speaker_is_that_speakers_later(tmp_path):
    body = ('"We seek peace," Jane Roe said in a statement posted online.\n\n'
            'However, the statement said the new body represented other groups too.')
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe", "Jane Roe"]
    # a statement no one was said to have issued is not given to the last speaker
    body = ('"We seek peace," Jane Roe said on Monday.\n\n'
            'However, the statement said the new body represented other groups too.')
    assert sentence_labels(voices(tmp_path / "b", body))[1] != "Jane Roe"


def test_a_document_named_for_its_issuer_is_the_issuers(tmp_path):
    body = 'A 2018 Human Rights Watch (HRW) report detailed a campaign of "mass detention."'
    assert sentence_labels(voices(tmp_path, body)) == ["Human Rights Watch"]
    # a report named for its subject, or described rather than named, is not given to anyone
    body = 'The Xinjiang report detailed a campaign of "mass detention."'
    assert sentence_labels(voices(tmp_path / "b", body)) == [None]
    body = 'The latest annual report detailed a campaign of "mass detention."'
    assert sentence_labels(voices(tmp_path / "c", body)) == [None]


def test_attributing_a_figure_is_vouching_for_its_source(tmp_path):
    body = "Radio Free Asia, a US-funded station, attributed the figure to a security official."
    [label] = sentence_labels(voices(tmp_path, body))
    assert label.startswith("Radio Free Asia")  # with its description, as written
    body = "The figure was attributed to a security official."
    assert sentence_labels(voices(tmp_path / "b", body)) == [None]


def test_an_office_with_a_regions_name_is_the_last_holder_of_that_office(tmp_path):
    entries = ENTRIES + [
        E("ilham-aliyev", "person", title="Ilham Aliyev", roles=[{"title": "President of Azerbaijan"}]),
        E("xi-jinping", "person", title="Xi Jinping", roles=[{"title": "President of China"}])]
    body = ("Xi Jinping met Ilham Aliyev in Tianjin.\n\n"
            "The South Caucasus leader also expressed support for the initiative.")
    assert sentence_labels(voices(tmp_path, body, entries=entries)) == [None, "ilham-aliyev"]
    # a state's adjective still decides: "the Chinese leader" is Xi, though Aliyev was named last
    body = ("Xi Jinping met Ilham Aliyev in Tianjin.\n\n"
            "The Chinese leader also expressed support for the initiative.")
    assert sentence_labels(voices(tmp_path / "b", body, entries=entries)) == [None, "xi-jinping"]
    # and a state with no holder among the entries is nobody's
    body = ("Xi Jinping met Ilham Aliyev in Tianjin.\n\n"
            "The Turkish leader also expressed support for the initiative.")
    assert sentence_labels(voices(tmp_path / "c", body, entries=entries))[1] not in ("xi-jinping", "ilham-aliyev")


# One sentence, its expected voice (an entry id, a label as written, or None for the writer's own).
SENTENCE_RULES = [
    # a participle of saying after a comma is the main clause's subject's
    ("The ETGE on Friday welcomed the vote, saying it was overdue.", "etge"),
    ("The United States on Thursday welcomed a report, saying it deepened its concerns.", "The United States"),
    ("Officials published a document saying the talks had ended.", None),  # no comma: the noun's participle
    ("On Friday, it rained in Baku, stressing the need for drains.", None),  # no subject to give it
    # calling something a quoted name is saying it; a call or an unquoted name is not
    ('The ETGE called it a “missed opportunity”.', "etge"),
    ("The ETGE called for talks.", "etge"),
    ("Jane Doe called Xi Jinping on Monday.", None),
    ("The ETGE called the meeting after the vote.", None),
    ('A policy called “Strike Hard” began in 2014.', None),
    # a role word between a description and a name: the name and its role, as written
    ("Veteran Kurdish activist Jane Doe, saying the talks failed, has urged Britain to act.",
     "Veteran Kurdish activist Jane Doe"),
    # a dateline and its agency credit open the text; they are not the speaker, nor is the day
    ("Paris, March 3 (Wire News)--France's chief spokesman on Monday expressed concern over the talks.",
     "France's chief spokesman"),
    ("LONDON, March 3 (Wire) — The ETGE on Monday criticised the talks.", "etge"),
    # "the president of X, NAME, ...": the person named, not the body they lead
    ("The president of the ETGE, Jane Doe, made the appeal in a statement, noting that time was short.",
     "Jane Doe"),
    # according to a body's statement, one person said: the body reports it
    ("According to a statement by the interior ministry, Jane Doe said the border was closed.",
     "the interior ministry"),
    # an agency told by a body (the usage of many wires: "Trend was told in the ministry")
    ("The agency was told in the press service of the Ministry of Defence that the drills had ended.",
     "the press service of the Ministry of Defence"),
    # issuing an appeal, a statement or a plea is making it
    ("The ETGE has issued an urgent appeal to the assembly for decisive action.", "etge"),
    ("The ministry issued new visas to students.", None),  # issuing visas says nothing
    # a report that finds something says it; a person who finds something does not
    ("Jane Doe found her keys in Baku.", None),
    # an inverted "said NAME" at the end names the speaker, whatever the sentence opened with
    ("The Northern Route, of the new corridor, could become a vital link, said John Roe, an adviser.",
     "John Roe, an adviser"),
    # a reporting word after a preposition is an adjective or a noun, not a verb
    ("The bill imposes sanctions on officials involved in alleged abuses.", None),
    # a reporting word after a lower-case verb is a noun: "refute government claims"
    ("The files contain photographs which refute Chinese government claims of humane treatment.", None),
    # "according to a ministry statement": the ministry
    ("Talks went well, according to a ministry statement.", "the ministry"),
    # asked whether someone believes something, the one asked speaks
    ("Asked whether the government believes the talks failed, John Roe said it was too early to say.", "John Roe"),
    # a group that is calling for something is saying it
    ("A group of 60 organizations from 20 countries are calling for an end to the talks.",
     "A group of 60 organizations from 20 countries"),
    # "advised" is a verb of saying
    ("The ETGE advised the US to stop.", "etge"),
    # a dateline whose agency credit has no dash after it is not the speaker either
    ("Geneva, Sep 8 (Wire) Jane Doe said the talks failed.", "Jane Doe"),
    ("PARIS, (Wire News - 23rd Oct, 2024) Jane Doe said the talks failed.", "Jane Doe"),
    # "X told Y that ...": X speaks, not whom X told
    ("The ETGE, on behalf of 80 groups, told a UN panel Tuesday that the talks failed.", "etge"),
    ("Jane Doe told the Commons that the evidence was clear.", "Jane Doe"),
    # "several recent reports highlight": the noun is no verb, and a quantity with an adjective names no one;
    # a group named by its kind is a speaker as written
    ("Several recent reports highlight this reality.", None),
    ("Some experts said the talks failed.", "Some experts"),
    # advocating is saying
    ("Jane Doe addressed the issue on Wednesday and advocated an end to the talks.", "Jane Doe"),
    # a person's main clause and a participle of saying after it: the person's
    ("An official, Jane Doe, met the protesters, warning them of fines and asking them to go home.", "Jane Doe"),

    # a news outlet that carries another's words is not the speaker: "according to Xinhua, X added"
    ("According to the Xinhua News Agency, President Jane Doe added that the talks went well.", "President Jane Doe"),
    ("According to a statement by the interior ministry, Jane Doe said the border was closed.",
     "the interior ministry"),  # a body's statement: the body reports it
    # an infinitive of saying says nothing yet
    ("Ruritania is the only nation to have regularly expressed concern about the talks.", None),
    # "cited X as saying": X; unnamed people cited leave the one who cites them
    ("State media cited President Jane Doe as saying the talks went well.", "President Jane Doe"),
    ("The agency quoted unnamed analysts as saying the talks failed.", "The agency"),

    ("The talks concluded on Friday.", None),
]

# Several sentences: the voice of each.
TEXT_RULES = [
    # a quotation opened and closed with doubled single marks is a quotation like any other
    ("“The talks matter,” Jane Doe told reporters. ‘‘We ask for calm. Do what’s right.’’",
     ["Jane Doe"] * 3),
    # "it" never stands for a person
    ("Human Rights Watch said on Monday that abuses continued. \"The evidence is clear,\" it said. Jane Doe, "
     "its director, said the work was done. \"It is over,\" it says.",
     ["Human Rights Watch", "Human Rights Watch", "Jane Doe, its director", "Human Rights Watch"]),
    # a report that finds something says it, for whoever issued it
    ("Human Rights Watch said on Monday that abuses continued. The 40-page study found evidence of torture.",
     ["Human Rights Watch", "Human Rights Watch"]),
    # "he" is the person the sentence is about before anyone named earlier
    ("Jane Doe said the talks failed.\n\nJohn Roe declined to comment on the border. \"It is not for me,\" he said.",
     ["Jane Doe", None, "John Roe"]),
    # "it" after a sentence about a body is that body
    ("The Kazakh interior ministry did not mention the border in its statement. But it said the talks went well.",
     [None, "The Kazakh interior ministry"]),
    # "Q1:", "A:" mark turns; they name no one
    ("Q1: Is the border open?\n\nA: It is open.", [None, None]),
    # in a transcript, a turn goes on until the next turn's mark or a line that is no sentence
    ("Jane Doe: Welcome to the briefing.\n\nWe begin with the border.\n\nQ: Is it open?\n\nA: It is.",
     ["Jane Doe", "Jane Doe", None, None]),
    # "he" never stands for a body; it is the person named in the sentences just before
    ("The Foreign Ministry said the bill was wrong. The bill was signed by John Roe on Wednesday. In a statement, "
     "he accused the ministry of lying.", ["The Foreign Ministry", None, "John Roe"]),
    # a surname named again is the person named in full before, in either name order
    ("Foreign Minister Wang Yi spoke to reporters. \"We are ready,\" said Mr Wang.", [None, "Wang Yi"]),
    # "they" and "them" are a group that spoke, not the last person
    ("A group of 60 organizations are calling for action. Jane Doe, a lawyer, said she agreed. According to them, "
     "the report is definitive.", ["A group of 60 organizations", "Jane Doe, a lawyer", "A group of 60 organizations"]),
    # an office with a nationality and no article: the person named in that office before
    ("President Kassym Tokayev opened the summit. \"We are united,\" Kazakh president said.",
     [None, "Kassym Tokayev"]),
    # a transcript turn goes on through the cues its speaker uses ("I told you ...")
    ("Jane Doe: Welcome to the briefing.\n\nI told you the border is open. We are ready.",
     ["Jane Doe", "Jane Doe", "Jane Doe"]),
    # "he" after "signed by Roe": the person named in full before
    ("Donald Roe arrived in March.\n\nThe bill was signed by Roe on Wednesday. In a statement, he praised it.",
     [None, None, "Donald Roe"]),
    # "the group" is the organisation speaking before it
    ("Human Rights Watch said in a report that 43 men had disappeared. Quoting residents, the group said "
     "streets were sealed off.", ["Human Rights Watch", "Human Rights Watch"]),
    # a transcript's speaker in capitals, by the surname the text names them by
    ("Jane Dorrington joins us now. Welcome, Ms. Dorrington.\n\nSIMON: Where is your family?\n\nDORRINGTON: I do not know. "
     "They are gone.", [None, None, "SIMON", "DORRINGTON", "DORRINGTON"]),
    # "he" never stands for a woman, nor "she" for a man
    ("\"We are afraid,\" an Uyghur woman said.\n\nIn another video, a young man breaks into tears. \"What "
     "else can I do?\" he asks.", ["an Uyghur woman", None, None]),
    # a quotation that opens a paragraph and closes in the next, attributed there, is the speaker's throughout
    ("\"We uphold the law. Attempts to undermine it fail.\n\nWe do not accept this,\" MP Jane Doe said in a "
     "statement.\n\nTrade grew, as stated by the deputy.",
     ["MP Jane Doe"] * 3 + ["MP Jane Doe"]),
    # an acronym is a body, never "he"
    ("AP reported that the camps grew.\n\nJohn Roe toured the region. \"It is fine,\" he said.",
     ["AP", None, "John Roe"]),
    # a trailing attribution with where or when after it covers the paragraph, its first sentence too when
    # that one speaks in the first person
    ("We regard the region as a friend. Our ties grow. Overall, trade matters, said Jane Doe during a meeting "
     "with reporters.", ["Jane Doe"] * 3),
    ("The region held talks. Trade grew. Overall, trade matters, said Jane Doe during a meeting.",
     [None, "Jane Doe", "Jane Doe"]),
    # a document that "looked at ... and found" speaks for whoever issued it
    ("Human Rights Watch said abuses occurred.\n\nThe 46-page report looked at many cases and found evidence "
     "of torture.", ["Human Rights Watch", "Human Rights Watch"]),
    # the only person named as speaking, called by their office before or after they are named
    ("Four officials will be sanctioned, the foreign secretary has announced.\n\nJane Doe said the evidence "
     "was clear.\n\nThe foreign secretary said: \"It includes satellite imagery.\"",
     ["Jane Doe", "Jane Doe", "Jane Doe"]),
    # a place in capitals and a colon opening the story is a dateline, not a transcript's speaker; "it" is
    # the wing that opened the text
    ("PETALING JAYA: The party's youth wing has called on the government to mediate.\n\nIn a statement "
     "today, it said talks could help.\n\nThe embassy did not reply.",
     ["The party's youth wing", "The party's youth wing", None]),
    # "..., Jane Doe, said Beijing would ...": a clause's subject after the verb, not an inverted speaker
    ("In a response, the embassy's spokesperson, Jane Doe, said Beijing would never accept the claims.",
     ["Jane Doe"]),
    # a quotation standing alone right after someone's words is theirs; not after the writer's
    ("The group said the world had a right to know.\n\n\u201cWe believe the doors must open.\u201d\n\n"
     "Rights groups say otherwise.\n\nThe border was shut.\n\n\u201cNothing moves.\u201d",
     ["The group", "The group", "Rights groups", None, None]),
    # a person's name before a description (one or two appositions, or a long one) is the speaker
    ("\u201cThose who fled are afraid,\u201d Jane Doe, spokesperson for the Open Group, an exile organisation "
     "based in Germany, told reporters.", ["Jane Doe"]),
    ("Relations are good, John Roe, deputy director of the department for European and Central Asian "
     "countries of the Ruritanian Ministry of Foreign Affairs told journalists.", ["John Roe"]),
    # "a press release" names a document, not a body called "the press"
    ("The meeting was attended by ministers, says a press release received from Beijing here today.", [None]),
    # a possessive, a word or two, then a name: the subject the second verb shares
    ("Ruritania's founding President Jane Doe via video message welcomed the change and said it was timely.",
     ["Ruritania's founding President Jane Doe"]),
    # a verb phrase is no one's name: "(who) had returned from China asked ..."
    ("Ten people who had returned from China asked the ministry for help.", [None]),
    # "Introduction:" names a section; "Journalist:" an unnamed person's turn
    ("Introduction: The diaspora is watched.\n\nThe border was shut.", [None, None]),
    ("Journalist: Is the border open?\n\nJane Doe: It is.", ["Journalist", "Jane Doe"]),
    # (a full stop glued before a sentence opening word ends the sentence)
    ("Jan Novak left on Monday for a visit during which he will meet President Jane Roe.The presidency "
     "said in a statement that he would attend a forum. He reads Caliber.Az daily.",
     [None, "The presidency", None]),
]


@pytest.mark.parametrize("body,expected", SENTENCE_RULES, ids=[b[:40] for b, _ in SENTENCE_RULES])
def test_one_sentence_rule(tmp_path, body, expected):
    assert sentence_labels(voices(tmp_path, body)) == [expected]


@pytest.mark.parametrize("body,expected", TEXT_RULES, ids=[b[:40] for b, _ in TEXT_RULES])
def test_sentence_voices_across_a_text(tmp_path, body, expected):
    assert sentence_labels(voices(tmp_path, body)) == expected


def test_an_unnamed_spokesperson_of_a_publisher_that_speaks_is_the_publisher(tmp_path):
    # a government's own question-and-answer release: its spokesperson, unnamed, is the release's voice;
    # a spokesperson named in the turn is that person
    body = ("Question: What is your comment?\n\nEmbassy Spokesperson: We reject this.\n\n"
            "The allegations are lies.")
    assert sentence_labels(voices(tmp_path, body, source="Embassy of Ruritania",
                                  url="https://ruritania.gov.example/x")) == ["Embassy of Ruritania"] * 3


def test_a_text_that_opens_with_its_publishers_own_statement_is_the_publishers(tmp_path):
    body = ("Today, Ruritania Office issued the following statement:\n\n\"Two years have passed.\n\n"
            "\"Jane Doe said the talks failed.")
    assert sentence_labels(voices(tmp_path, body, source="Ruritania Office")) == \
        ["Ruritania Office"] * 3  # those its statement reports speak inside it


def test_a_rights_groups_page_that_carries_another_outlets_report_is_no_release_of_its_own(tmp_path):
    body = ("Ruritania ratified a treaty, prompting fear among exiles, Wire Minute reported.\n\n"
            "The treaty covers extradition.\n\n\"This will cause panic,\" Jane Doe, a spokesperson, said.")
    labels = sentence_labels(voices(tmp_path, body, source="Center for Freedom",
                                    url="https://freedomcenter.example/x"))
    assert labels == ["Wire Minute", None, "Jane Doe, a spokesperson"]


def test_he_is_never_the_word_that_opens_a_sentence(tmp_path):
    # "But China rejected ...": "he" in the next sentence is no "But China"
    r = voices(tmp_path, 'But China rejected the claims. "It is a lie," he said.')
    assert sentence_labels(r)[1] in (None,)


def test_an_unknown_publisher_opening_with_its_own_present_tense_call_speaks_throughout(tmp_path):
    # "Reporters Without Borders (RSF) urges ..." on a site the registry does not list: its own release, so a
    # person it quotes speaks inside it; a past-tense lede ("X said") is a report like any other
    body = ("Open Skies Group urges the authorities to free four journalists.\n\nThey were arrested in July."
            "\n\n\u201cThis is absurd,\u201d said Jane Doe, head of its Asia desk.")
    r = voices(tmp_path, body, source="Open Skies Group", url="https://openskies.example/x")
    assert sentence_labels(r) == ["Open Skies Group"] * 3
    body = body.replace("urges", "said on Monday it urged")
    r = voices(tmp_path / "b", body, source="Open Skies Group", url="https://openskies.example/x")
    assert sentence_labels(r) == [None, None, "Jane Doe, head of its Asia desk"]


def test_an_office_in_an_undated_article_is_the_holder_it_names(tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping",
                           roles=[{"title": "President of China", "from": "2013-03-14"}])]
    report = Report()
    loaded = load_entries(write_entries(tmp_path, entries), str, report)
    for body, expected in [
        ("Xi Jinping met the guests.\n\nThe President of China noted that ties were strong.", "xi-jinping"),
        # a president is the head of state
        ("Xi Jinping met the guests.\n\nThe head of China expressed confidence in the ties.", "xi-jinping"),
        ("The guests arrived.\n\nThe President of China noted that ties were strong.", "The President of China"),
        # the press service of an office speaks, not its holder
        ("Xi Jinping met the guests, the press service of the President of China reported.",
         "the press service of the President of China")]:
        text = "---\ntitle: T\nsource: Wire\n---\n" + body + "\n"
        article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
        result = MentionFinder(loaded, report).match_articles([article])[0]
        labels = [v.holder or v.label for v in result.voices if not v.writer]
        assert labels[-1] == expected, (body, labels)


def test_an_office_goes_to_the_one_person_named_never_to_a_description_in_capitals(tmp_path):
    # "Senior Iranian clerics ... have condemned": no person's name, so "the deputy foreign minister" stays as written
    body = ("Iran's deputy foreign minister noted the developments.\n\nSenior Iranian clerics have condemned the "
            "killings.\n\nThe Chinese envoy underlined the role of Muslims.")
    labels = sentence_labels(voices(tmp_path, body))
    assert labels[0] == "Iran's deputy foreign minister" and labels[2] == "The Chinese envoy", labels


def test_a_government_domain_makes_a_press_office_a_government_publisher(tmp_path):
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Press Information Department, Government of Ruritania", "http://pid.gov.rt/x").kind == \
        "government"
    assert infer_publisher("Ruritania Press", "https://ruritaniapress.example/x") is None


def test_forms_from_the_ninth_batch(tmp_path):
    cases = [
        # a transcript's turn mark with a comma: the mark as written
        ("NHK, Yamamoto: I have a question.\n\nMr. DOE Jiro, Minister for Foreign Affairs: I will answer.",
         ["NHK, Yamamoto", "Mr. DOE Jiro, Minister for Foreign Affairs"]),
        # another report, not the last speaker's; a passive "said to"; "issued detailed", "made estimates"
        ("The ministry said the talks were over. One report said they failed.", ["The ministry", "One report"]),
        ("Armenian forces were also said to have advanced.", [None]),
        ("China has not issued detailed figures. Researchers have made estimates.", [None, None]),
        # a sentence that opens "Citing X," is the main clause's subject's; "according to reports by NAME"
        ("Citing possible crimes against humanity, Jane Doe urged action.", ["Jane Doe"]),
        ("The number fell, according to reports by a noted researcher, John Roe.", ["John Roe"]),
        ("According to some reports, the president fled.", [None]),
        # a quotation run over paragraphs the usual way (each opens with a mark, the last closes it, with
        # doubled single marks) is the speaker named where it closes
        ("Jane Doe said the talks were over.\n\n\u201cWe will not accept it. We will be cautious.\n\n"
         "\u201cWe must verify it,\u2019\u2019 she said.", ["Jane Doe", "Jane Doe", "Jane Doe", "Jane Doe"]),
        # an office named without a name is a speaker as written
        ("People held in camps have graduated, the regional governor said on Monday.", ["the regional governor"]),
        # "but" opens a clause of its own, whatever follows it; "rejected a Western-led motion" is a decision
        ("China has not provided figures but Jane Doe said estimates were false.", ["Jane Doe"]),
        ("The council on Thursday rejected a Western-led motion to hold a debate.", [None]),
        # people the text does not name, saying something outright; not "former detainees described"
        ("\u201cI don't know who is looking after them,\u201d one mother says.", ["one mother"]),
        ("In interviews, former detainees described harsh conditions.", [None]),
        # a dateline's pieces ("Astana. February 12.") open the first sentence rather than count as sentences
        ("Astana. February 12. KazTAG - The talks went well, said Jane Doe, the minister.", ["Jane Doe, the minister"]),
        # a request is a statement
        ("Jane Doe has requested the authorities to ensure her safety.", ["Jane Doe"]),
        # the plural present of a reporting verb
        ("Rights groups accuse Beijing of abuses.", ["Rights groups"]),
        # ... of telling, explaining and describing too ("Experts tell DW that ...", "MEPs emphasise that ...")
        ("Experts tell Ruritania Daily that the files are authentic.", ["Experts"]),
        ("Advocates and relatives describe harsh conditions in detention.", ["Advocates and relatives"]),
        ("Lawmakers emphasise that they will monitor the situation.", ["Lawmakers"]),
        # the head of a body is a person, not the body (its spokesperson speaks for it)
        ("The president of the ETGE said the torture must end.", ["The president of the ETGE"]),
        ("Jane Roe, the president of the ETGE, spoke.\n\nThe president of the ETGE said the torture must end.",
         [None, "Jane Roe"]),
        ("The spokesman of the ETGE said the torture must end.", ["etge"]),
        # "he" after an office and a name set off by a comma never closed is the one named, by office and name
        ("In July, Ruritanian Assistant Minister of Foreign Affairs, Jane Roe visited the capital.\n\nShe said that "
         "ties were strong.", [None, "Ruritanian Assistant Minister of Foreign Affairs, Jane Roe"]),
        # a body whose name ends in "International" or "Protection" is no person: "the human rights group" after it
        # is the body; "it" after "But <body> said" is the body, without the "But"
        ("Amnesty International said the students were detained.\n\nThe human rights group said they must be freed.",
         ["Amnesty International", "Amnesty International"]),
        ("But Amnesty International said the student was safe.\n\n\u201cWe are pleased,\u201d it said.",
         ["Amnesty International", "Amnesty International"]),
        # a relative clause after a group's noun ("A delegation ... who recently visited Xinjiang, spoke"): the group,
        # not the place it visited
        ("A delegation who recently visited Xinjiang, spoke highly of the progress.", ["A delegation"]),
        ("A delegation from the Ruritania Council (RC) who recently visited Xinjiang, spoke highly of the progress, "
         "spokesperson Jane Roe said on Tuesday.", ["spokesperson Jane Roe"]),
        # an outlet's noun stands for the outlet that spoke before it, never for another kind of body
        ("The Ruritania Herald reported that firms are worried.\n\nThe Ruritania-based newspaper said that solar "
         "companies are worried.", ["The Ruritania Herald", "The Ruritania Herald"]),
        ("Amnesty International said the students were detained.\n\nThe newspaper said they must be freed.",
         ["Amnesty International", "The newspaper"]),
        # a phrase that modifies what comes before it names no speaker; the subject after it does
        ("In a statement published on Tuesday, the foreign ministry said the camps must close.",
         ["the foreign ministry"]),
        ("The motion as originally drafted by Jane Roe called on Parliament to act.", [None]),
        # a protest told as an event: what the protesters gathered for is the writer's account of it
        ("Dozens of exiles assembled near the embassy on Tuesday, demanding information about their families.", [None]),
        ("Jane Roe handed a memorandum to the envoy, demanding an end to the camps.", ["Jane Roe"]),
        # a question, a joke, a forecast put in words
        ("Senior party leader Jane Roe wondered why there was so much diffidence.", ["Senior party leader Jane Roe"]),
        # "she" after a paragraph about a person that opens with a day and no comma is that person
        ("Minister John Doe defended the decision.\n\nToday Ms Roe was defiant.\n\n\u201cI appreciate the "
         "support,\u201d she joked.", ["Minister John Doe", None, "Ms Roe"]),
        # groups named in the plural as bodies speak, as "rights groups" do
        ("According to human rights organizations, China has detained a million people.",
         ["human rights organizations"]),
        # a person's adviser named after the person's name and a possessive speaks, not the person
        ("Mamtimin Ala\u2019s foreign policy adviser Jane Roe said the deal was historic.",
         ["Mamtimin Ala\u2019s foreign policy adviser Jane Roe"]),
        # criticism and good will put in words ("hit out at", "took aim at", "extended his congratulations")
        ("Jane Doe hit out at the surveillance of journalists.", ["Jane Doe"]),
        ("President Jane Doe extended her warm congratulations on the forum.", ["President Jane Doe"]),
        # a quotation opening at the verb after an aside set off by commas
        ("The resolution, passed on Thursday by 86 votes, \u201cstrongly condemns the violations\u201d.",
         ["The resolution"]),
        # an opening phrase, then the name right before the verb
        ("In his turn Jane Doe noted that trade grew.", ["Jane Doe"]),
        # an inverted "reports"
        ("Eleven companies use forced labour, reports Ruritania Daily.", ["Ruritania Daily"]),
        # an account, praise, criticism, a summary or good wishes put in words (never "wished to", an intention)
        ("Jane Roe recounted her ordeal in the camp.", ["Jane Roe"]),
        ("Jane Roe from the coalition echoed these concerns.", ["Jane Roe from the coalition"]),
        ("Wang chastised the United States for its handling of the war.", ["Wang"]),
        ("The President summarized the results of the chairmanship.", ["The President"]),
        ("President John Doe wished success to President Jane Roe.", ["President John Doe"]),
        ("Minister John Doe arrived. His country wished to strengthen relations with Cyprus.", [None, None]),
        # a time phrase opening the sentence without a comma is no part of the speaker's name
        ("Last week the ministry said the ban was needed.", ["the ministry"]),
        # an issue touched upon or raised is spoken of (the talks touching upon one name no speaker)
        ("Pompeo raised the issue of Muslim minorities in China.", ["Pompeo"]),
        ("Minister John Doe met the envoy. He also touched upon cultural ties.", [None, "John Doe"]),
        ("The talks touched upon the prospects for trade.", [None]),
        # a speaker closing the main clause, then a clause of what went on meanwhile
        ("Turkey has criticised the camps during talks in Ankara, Foreign Minister Jane Roe said, as hundreds "
         "of people rallied outside.", ["Foreign Minister Jane Roe"]),
        # a state opening what those who close the sentence describe: theirs (after a dateline too)
        ("China has accused him of terrorism and he faces a hearing, his lawyers said, saying the charges lack "
         "evidence.", ["his lawyers"]),
        ("BANGKOK: China has assured Ruritania that the men would be looked after, Ruritania's defence minister "
         "said, confirming the deportation.", ["Ruritania's defence minister"]),
        # "they" after the parties that met; "it" after a news agency named by one word
        ("The parties discussed trade.\n\nThey highlighted that they were ready to deepen ties.",
         [None, "The parties"]),
        ("Both countries agreed to work together, Xinhua said.\n\nIt added that both would push for closer ties.",
         ["Xinhua", "Xinhua"]),
        # "he" after one name said to be a person by what the sentence calls them
        ("Abdulehad is an Uyghur Muslim who fled China in 2015.\n\nHe told STV News that they were afraid.",
         [None, "Abdulehad"]),
        ("Urumqi is a city in the north.\n\nHe told STV News that they were afraid.", [None, None]),
        # a name before a body's possessive and its office, then when: the name (through a particle in it)
        ("Brooke van Velden, ACT's Foreign Affairs spokesperson, on Wednesday revealed the party would act.",
         ["Brooke van Velden"]),
        # the progressive of a reporting verb, with an adverb or an apposition before it
        ("Jane Roe, the Ruritanian ambassador to Canada, is reiterating her government's view.", ["Jane Roe"]),
        ("Roe is also denouncing the declaration.", ["Roe"]),
        # "the <place> woman" after a person who spoke: that person
        ("\u201cWe are afraid,\u201d said Jane Roe, a refugee.\n\nThe Adelaide woman, who did not give her age, said "
         "she feared for her family.", ["Jane Roe, a refugee", "Jane Roe, a refugee"]),
        ("Deputy Prime Minister Jan Novak said the visit went well.\n\nThe Uyghur man said he was happy.",
         ["Deputy Prime Minister Jan Novak", "The Uyghur man"]),
        # "the Head of State" in a text that opens with a bare name and what the person did, no president named
        ("NUR-SULTAN. KAZINFORM - Jan Novak received the Foreign Minister of Ruritania John Doe.\n\nThe Head of "
         "State stressed the importance of ties.", [None, None, "Jan Novak"]),
        ("Jan Novak and John Doe met.\n\nThe President stressed the importance of ties.", [None, "The President"]),
        # a name's party in brackets is no part of the name
        ("Minister Jan Novak spoke.\n\nNovak (Isamaa) said he would not support it.", [None, "Jan Novak"]),
    ]
    for i, (body, expected) in enumerate(cases):
        assert sentence_labels(voices(tmp_path / str(i), body)) == expected, body


def test_an_interview_whose_turn_labels_stand_on_lines_of_their_own(tmp_path):
    # each label opens a turn that runs to the next; the label itself is no one's words; a surname alone is the
    # one its label named in full; "we" in the answers makes no release of the publisher's own
    body = ("RURITANIA DAILY:\n\nThe sanctions are new. How do you rate them?\n\nJane Roe:\n\nWe welcome them. They "
            "are a signal.\n\nRURITANIA DAILY:\n\nWhat should companies do?\n\nRoe:\n\nWe ask them to leave.")
    result = voices(tmp_path, body, source="Ruritania Forum")
    assert paragraph_labels(result) == [None, "RURITANIA DAILY", None, "Jane Roe", None, "RURITANIA DAILY", None,
                                        "Jane Roe"]
    # a transcript's labels with the time each turn starts; one label alone, a person's name
    body = ("In this episode, John speaks with Jane.\n\nJohn Doe  0:00\n\nWelcome to the podcast.\n\nJane Roe  0:44\n\n"
            "Thanks for having me.")
    assert paragraph_labels(voices(tmp_path / "t", body, source="Ruritania Forum")) == [
        None, None, "John Doe", None, "Jane Roe"]
    body = "In the latest episode, he discussed the corridor.\n\nJohn Doe:\n\nHello, everyone. I am your host."
    assert paragraph_labels(voices(tmp_path / "u", body, source="Ruritania Forum")) == [None, None, "John Doe"]
    # a heading before a colon opens no turn
    result = voices(tmp_path / "b", "Background:\n\nThe camps opened in 2017.\n\nAnalysis:\n\nThey grew.",
                    source="Ruritania Daily")
    assert paragraph_labels(result) == [None, None, None, None]


def test_a_publisher_nothing_is_known_of_closing_its_first_sentence_as_speaker_publishes_a_release(tmp_path):
    # "..., PEN America said today." opening its own text: its release, every paragraph its own; a news outlet's
    # name closing a sentence it did not open is not
    body = ("NEW YORK—The sentences are an outrage, Ruritania Pen Forum said today.\n\nThe scholars were held in "
            "2017.")
    result = voices(tmp_path, body, source="Ruritania Pen Forum (rpf.example)", url="https://rpf.example/a")
    assert paragraph_labels(result) == ["Ruritania Pen Forum (rpf.example)"] * 2
    result = voices(tmp_path / "b", "The sentences are harsh, the ministry said today.\n\nThe scholars were held.",
                    source="Ruritania Pen Forum (rpf.example)", url="https://rpf.example/a")
    assert paragraph_labels(result) == ["the ministry", None]


def test_one_person_under_two_labels_is_one_voice_of_the_paragraph(tmp_path):
    # "the chairman of the PRC Jane Doe" and "Jane Doe": two of four sentences, against two of the writer's
    body = ("The chairman of the PRC Jane Doe said ties were strong. The talks lasted an hour. Jane Doe also said "
            "trade grew. The delegation left.")
    result = voices(tmp_path, body)
    assert result.attributions[0].label == "The chairman of the PRC Jane Doe"


def test_a_bodys_own_document_and_publishers_named_by_their_kind(tmp_path):
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("House of Commons of Ruritania", "https://ourcommons.rt/x").kind == "government"
    assert infer_publisher("International Labour Organization", "https://normlex.example/x").kind == \
        "intergovernmental body"
    # a government office's white paper carried by a state news site (in the registry): the office speaks
    body = "Xinjiang has long been part of the country.\n\nThe region is home to many peoples."
    r = voices(tmp_path, body, source="The State Council Information Office of Ruritania",
               url="http://www.xinhuanet.com/english/x")
    assert sentence_labels(r) == ["The State Council Information Office of Ruritania"] * 2


def test_a_description_is_the_person_named_later_and_an_office_not_the_one_a_person_holds(tmp_path):
    # "a senior official from the region" in the lede, named later with an office of that kind
    body = ("Most people have returned home, a senior official from the region said on Monday.\n\n"
            "Xinjiang vice-chairman Jane Doe, asked at a briefing, said the figures were wrong.")
    assert sentence_labels(voices(tmp_path, body))[0] == "Xinjiang vice-chairman Jane Doe"
    # "China's ambassador" is not the one person named, whose office the text gives after the name
    body = ("Jane Doe, president of the Open Group, said the vote was a failure.\n\n"
            "Ruritania's ambassador had warned that the motion would set a precedent.")
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Jane Doe, president of the Open Group",
                                                              "Ruritania's ambassador"]


def test_a_documents_author_speaks_for_it(tmp_path):
    cases = [
        # a possessive before a document word, and a document "of" something: whose document it is
        ("According to Roe’s analysis of the data, growth fell.", ["Roe"]),
        ("According to Ruritania Watch’s report, growth fell.", ["Ruritania Watch"]),
        ("According to a Ruritania Watch report on the region, growth fell.", ["Ruritania Watch"]),
        ("According to the analysis of the data by John Roe, growth fell.", ["John Roe"]),
        ("Roe’s analysis of the data found that growth fell.", ["Roe"]),
        ("According to official data, growth fell.", [None]),
        # "The report, by NAME, ...": "it" and "the report" after it are the author's, also quoted by another
        ("The report, by scholar John Roe, was based on official data. It alleges that growth fell. It also "
         "says that prices rose. “Prices rose,” the Daily Wire quoted the report as saying.",
         [None, "John Roe", "John Roe", "John Roe"]),
        # a report no one is named as writing stays the writer's
        ("The report was based on official data. It alleges that growth fell.", [None, None]),
    ]
    for i, (body, expected) in enumerate(cases):
        assert sentence_labels(voices(tmp_path / str(i), body)) == expected, body


def test_an_unknown_publisher_naming_its_own_organs_publishes_its_own_release(tmp_path):
    # nothing in the name says what "Forum on Steppe Cooperation (FSC)" is; "the FSC Ministerial Council" and
    # "Secretary General of the FSC" in its own text say it writes about itself
    body = "The FSC Ministerial Council met in Almaty.\n\nThe Secretary General, Jane Doe, noted that trade grew."
    r = voices(tmp_path, body, source="Forum on Steppe Cooperation (FSC)", url="https://fsc.example/news/1")
    assert sentence_labels(r) == ["Forum on Steppe Cooperation (FSC)"] * 2
    body = "The talks were held in Baku, said the Secretary General of the FSC."
    assert sentence_labels(voices(tmp_path / "b", body, source="FSC", url="https://fsc.example/news/2")) == ["FSC"]
    # a news site names itself only as a reporter does: its text stays the writer's voice
    body = "The Steppe Hill has reached out to the ministry. Jane Doe told The Steppe Hill that trade grew."
    r = voices(tmp_path / "c", body, source="The Steppe Hill", url="https://steppehill.example/x")
    assert sentence_labels(r) == [None, "Jane Doe"]


def test_she_is_the_person_a_sentence_before_is_about_named_with_an_occupation(tmp_path):
    # "Vice News correspondent Isobel Yeung sees ...": a body's name, an occupation, then her name
    body = ("John Roe, an official, claimed that the camps were schools.\n\nRuritania News correspondent Jane Doe "
            "sees things differently. “This is the worst abuse,” she replies.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Ruritania News correspondent Jane Doe"


def test_a_one_word_turn_mark_is_a_name_when_it_puts_a_question_to_someone(tmp_path):
    # "Telen:" opens an interviewer's turn; "Background:" is a section's name
    body = "Telen: Mr. Doe, what happened? Why?\n\nDoe: I resigned."
    assert sentence_labels(voices(tmp_path, body)) == ["Telen", "Telen", "Doe"]
    assert sentence_labels(voices(tmp_path / "b", "Background: the talks failed.")) == [None]


def test_an_interviewers_question_to_someone_named_is_answered_by_them(tmp_path):
    body = ("Here is the interview.\n\nTelen: Mr. Roe, what happened? Did you resign?\n\nFirst of all, I did not "
            "resign. I was invited.\n\nSecond, the law was kept.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "Telen", "Telen", "Roe", "Roe", "Roe"]


def test_a_place_and_a_colon_opening_the_article_is_a_dateline(tmp_path):
    body = "Ruritopol: Ruritania is forcing people to move, according to new research.\n\nThe talks failed."
    assert sentence_labels(voices(tmp_path, body)) == [None, None]


def test_forms_from_the_twelfth_batch(tmp_path):
    cases = [
        # "continues" is speech only as "..., he continued" or before a quotation or a colon
        ("These talks come when Ruritania continues its crackdown.", [None]),
        ("Ruritania continued: “We will win.”", ["Ruritania"]),
        # '..., said X's noun ...' is what was said; '..., said X's governor, NAME' is who said it
        ("At the bazaar, Jane Doe, an envoy of Ruritania, said Ruritania’s culture was alive.",
         ["Jane Doe, an envoy of Ruritania"]),
        ("“We will win,” said Ruritania’s governor, Jane Doe.", ["Ruritania’s governor, Jane Doe"]),
    ]
    for i, (body, expected) in enumerate(cases):
        assert sentence_labels(voices(tmp_path / str(i), body)) == expected, body


def test_who_said_is_the_person_named_before_it_and_a_members_body_speaks_for_itself(tmp_path):
    from explainer.load.publishers import infer_publisher
    body = "The move was welcomed by the team leader for the group, John Roe, who said that action was overdue."
    assert sentence_labels(voices(tmp_path, body)) == ["John Roe"]
    assert sentence_labels(voices(tmp_path / "b", "Many people who said they were afraid left.")) == [None]
    assert infer_publisher("Catholic Bishops' Conference of Ruritania", "https://bishops.example/x").speaks
    assert infer_publisher("Church of Ruritania", None).speaks


def test_the_head_of_state_is_the_one_named_in_that_office_even_if_he_has_not_spoken(tmp_path):
    body = ("President Jan Roe addressed the summit, the press service said.\n\n"
            "In his remarks, the head of state congratulated the hosts.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Jan Roe"


def test_a_quotation_right_after_a_speakers_sentence_goes_on_in_their_words(tmp_path):
    body = ("Jane Doe said the talks were over. He added Ruritania governs by law. “Policies were introduced. "
            "The region is stable.” The delegation left.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Doe"] * 4 + [None]


def test_a_statement_on_a_website_is_its_owners(tmp_path):
    cases = [("The decision was made at a summit, according to a statement on the ministry's website.",
              ["the ministry"]),
             ("The ETGE met in Washington. The decision was made there, according to a statement on its website.",
              [None, "etge"])]
    for i, (body, expected) in enumerate(cases):
        assert sentence_labels(voices(tmp_path / str(i), body)) == expected, body


def test_a_headline_that_gives_the_text_to_a_speaker(tmp_path):
    from explainer.match.attribution import HEADLINE_SPEECH
    assert HEADLINE_SPEECH.search("Full text of speech by Jane Doe at the summit").group("name") == "Jane Doe"
    assert HEADLINE_SPEECH.search("Statement by the Spokesperson") is not None  # (a body's own: no speaker)
    assert HEADLINE_SPEECH.search("Ruritania welcomes remarks by officials") is None
    assert HEADLINE_SPEECH.search("Address by the President of the Republic of Ruritania H.E. Jane Doe at the "
                                  "Tenth Summit").group("name") == "Jane Doe"
    # a kind of remarks before the word, and "following" / "after" the occasion
    assert HEADLINE_SPEECH.search("Press remarks by President Jane Doe following the trilateral meeting with "
                                  "President Roe").group("name") == "Jane Doe"
    assert HEADLINE_SPEECH.search("Introductory statement by Jane Doe after the vote").group("name") == "Jane Doe"
    assert HEADLINE_SPEECH.search("Press freedom remarks by officials") is None
    from explainer.match.attribution import Attributor
    attributor = Attributor.__new__(Attributor)
    attributor.speaker_names, attributor.entries = {}, {}
    title = "Foreign Minister Jane Doe’s statement and answers to media questions at a news conference"
    assert attributor.headline_speech(title, own=True) == ((None, "Jane Doe"), None)
    assert attributor.headline_speech(title, own=False) is None  # news of a statement, on a news site
    assert attributor.headline_speech("Embassy Spokesperson’s Remarks on a Programme", own=True) is None
    report = Report()
    loaded = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    body = ("1. How are relations between the two countries?\n\nRelations are at their best. The ETGE said "
            "otherwise.\n\n2. What comes next?\n\nMore trade.")
    text = ("---\ntitle: Remarks by Ambassador Jane Doe at the Exclusive Interview with Ruritania TV\n"
            "source: Embassy of Ruritania\nurl: https://embassy.gov.rt/x\n---\n" + body + "\n")
    article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
    result = MentionFinder(loaded, report).match_articles([article])[0]
    assert [a.label for a in result.attributions] == ["Ruritania TV", "Jane Doe", "Ruritania TV", "Jane Doe"]


@pytest.mark.parametrize("title, asker", [
    ("Ambassador Jane Doe Interviewed by Ruritania Daily on Trade", "Ruritania Daily"),
    ("Ruritania Daily publishes Interview of Ambassador Jane Doe by Mr. John Roe", "John Roe"),
    ("Ambassador Jane Doe Accepts a Written Interview with the Ruritanian \"Ruritania Daily\"", "Ruritania Daily"),
    ("The transcript of the Ambassador Jane Doe's video interview published on \"Ruritania Daily\"",
     "Ruritania Daily"),
])
def test_a_headline_naming_whom_an_interview_questions_gives_the_answers_to_them(tmp_path, title, asker):
    # the embassy's own site carries the interview: its questions are the asker's, its answers the ambassador's
    # (not the embassy's own voice); a report of the interview with no question stays the embassy's release
    report = Report()
    loaded = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    front = f"---\ntitle: {json.dumps(title)}\nsource: Embassy of Ruritania\nurl: https://embassy.gov.rt/x\n---\n"
    def labels(body):
        article = parse_article(Path("a.md"), "a.md", front + body + "\n", report, require_front=False)
        return [a.label for a in MentionFinder(loaded, report).match_articles([article])[0].attributions]
    assert labels("1. How are relations between the two countries?\n\nRelations are at their best.\n\n"
                  "2. What comes next?\n\nMore trade.") == [asker, "Jane Doe", asker, "Jane Doe"]
    assert labels("The ambassador spoke of trade.\n\nRelations are at their best.") == ["Embassy of Ruritania"] * 2


def test_an_unknown_publisher_naming_an_officer_at_itself_publishes_its_own_release(tmp_path):
    body = ("Today, the group received the news.\n\n“It is a travesty,” said Jane Doe, Director of Free "
            "Expression Programs at Ruritania Pen Centre.")
    r = voices(tmp_path, body, source="Ruritania Pen Centre", url="https://pen.example/x")
    assert sentence_labels(r) == ["Ruritania Pen Centre"] * 2


def test_a_passive_with_its_speaker_points_back_at_the_lede(tmp_path):
    body = ("BEIJING, January 15 (Wire): Forced labour is the biggest lie of the century.\n\n"
            "This was stated here by the spokesperson of the Ruritanian Foreign Ministry Jane Doe at a news "
            "briefing.\n\nShe was commenting on the report that imports were barred.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "the spokesperson of the Ruritanian Foreign Ministry Jane Doe"] * 3
    assert sentence_labels(voices(tmp_path / "c", "The deal was announced by the ministry.")) == ["the ministry"]
    assert sentence_labels(voices(tmp_path / "d", "Jane Doe was told by the police to leave.")) == ["the police"]


def test_defending_and_crediting_are_statements(tmp_path):
    body = ("The Ruritanian regime has defended its ally after the assembly condemned it. "
            "The president credited this bond as a testament to friendship.")
    assert sentence_labels(voices(tmp_path, body)) == ["The Ruritanian regime", "The president"]


def test_forms_from_the_thirteenth_and_fourteenth_batches(tmp_path):
    from explainer.load.publishers import infer_publisher
    cases = [
        # a people described by where it lives is still a people; "some Uyghurs" is a group, as written
        ("Overseas Uyghurs slammed the move.", [None]),
        ("Some Uyghurs said the move was cruel.", ["Some Uyghurs"]),
        # a capital speaks for its state
        ("Doha has also stressed its support.", ["Qatar"]),
        # "the article" is the report an outlet was said to have made, not the last country that spoke
        ("Ruritania Insider reported that Ruritania was silent. Ankara condemned it. The retreat may be due to "
         "fear, the article noted, adding that trade matters.", ["Ruritania Insider", "Turkey", "Ruritania Insider"]),
        # "she" after a reported clause is not that clause's subject
        ("Jane Doe met the delegation. Ruritania firmly supports the plan, she stressed.", [None, "Jane Doe"]),
    ]
    people = ENTRIES + [E("uyghurs", "people", title="Uyghurs", aliases=["Uyghur"])]
    for i, (body, expected) in enumerate(cases):
        assert sentence_labels(voices(tmp_path / str(i), body, entries=people)) == expected, body
    # the outlet's own data, however it says so, in its own story (named with where it was read)
    r = voices(tmp_path / "w", "Exports grew, according to data compiled by Wire.", source="Wire (via Example News)")
    assert sentence_labels(r) == [None]
    for name in ("Students for a Free Ruritania", "Liberal Judaism", "Ruritanian Islamic Council"):
        assert infer_publisher(name, "https://example.org/x").speaks, name


def test_an_interview_without_turn_marks_gives_answers_to_whom_the_questions_address(tmp_path):
    body = ("For more, we are joined by our reporter. Hello, Jan Roe.\n\nWhat do people there say?\n\n"
            "I think the label is a stereotype. Western reports are focused on unrest.\n\nWhat comes next?")
    assert [a.label for a in voices(tmp_path, body).attributions] == [None, None, "Jan Roe", None]
    body = ("The Ambassador of Ruritania to Utopia, Jane Doe, spoke to Wire in an interview.\n\n"
            "– Madam Ambassador, how do you assess the ties?\n\n– The ties are at their best.")
    assert [a.label for a in voices(tmp_path / "b", body).attributions] == [None, None, "Jane Doe"]
    # a question addressed to no one leaves the paragraph after it to the writer
    body = "What do people there say?\n\nThe label is a stereotype."
    assert [a.label for a in voices(tmp_path / "c", body).attributions] == [None, None]


def test_forms_from_the_fourteenth_batch(tmp_path):
    cases = [
        # what state media reports that a named person says is that person's
        ("State-media reports that Ruritanian President Jane Doe says the people live well.",
         ["Ruritanian President Jane Doe"]),
        ("The report that diplomats said had been ready was lost.", [None]),
        # "went on to say" is saying
        ("Doe even went on to say some were seeking to abuse the issue.", ["Doe"]),
        # "the 39-year-old Prince on state television": an age and a rank name the one named before
        ("Crown Prince Jan Roe, who is in Beijing, has defended the camps. “It is right,” said the 39-year-old "
         "Prince on Chinese state television.", ["Crown Prince Jan Roe", "Crown Prince Jan Roe"]),
    ]
    for i, (body, expected) in enumerate(cases):
        assert sentence_labels(voices(tmp_path / str(i), body)) == expected, body


def test_a_definite_description_in_the_lede_is_the_person_named_right_after(tmp_path):
    body = ("The United Nations human rights chief said abuses may be crimes against humanity.\n\n"
            "Jane Doe said that serious violations had been committed.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Doe", "Jane Doe"]
    # not a body named after it
    body = "China's Foreign Minister has said the claims are lies.\n\nThe United States said they are not."
    assert sentence_labels(voices(tmp_path / "b", body))[0] == "China's Foreign Minister"


def test_a_body_named_by_its_common_noun_is_the_subject_a_participle_shares(tmp_path):
    from explainer.load.publishers import infer_publisher
    body = "On Monday, the ministry issued a note, urging diplomats to stay away."
    assert sentence_labels(voices(tmp_path, body)) == ["the ministry"]
    # a reference work is no body speaking for itself, whatever body publishes it
    assert infer_publisher("The Library of Ruritania Country Studies", "https://example.org/x") is None


def test_a_broadcaster_on_a_government_domain_is_a_reporter_and_a_fellow_is_an_organ(tmp_path):
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Radio Ruritania", "https://radio.gov.rt/news/1") is None
    assert infer_publisher("Press Information Department", "https://pid.gov.rt/x").kind == "government"
    body = "Ruritania acted today.\n\n“It is right,” said Jane Doe, RVF Senior Research Fellow."
    r = voices(tmp_path, body, source="Ruritania Victims Foundation (RVF)", url="https://rvf.example/x")
    assert sentence_labels(r) == ["Ruritania Victims Foundation (RVF)"] * 2


def test_a_participles_opening_phrase_is_not_the_subject(tmp_path):
    body = "Making up half the population, Uyghurs see the region as home, calling it Utopia."
    people = ENTRIES + [E("uyghurs", "people", title="Uyghurs", aliases=["Uyghur"])]
    assert sentence_labels(voices(tmp_path, body, entries=people)) == [None]
    body = "Speaking at the forum, Jane Doe said trade grew."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Jane Doe"]


def test_a_short_form_of_a_name_is_the_name_as_first_given(tmp_path):
    body = "His Highness Sheikh Jan bin Roe Al Doe met the guests. Sheikh Jan expressed his thanks."
    assert sentence_labels(voices(tmp_path, body))[-1] == "Sheikh Jan bin Roe Al Doe"


def test_said_followed_by_a_clause_with_its_own_subject(tmp_path):
    body = "Jane Doe, director of human rights at the ministry, said the council should be an inclusive forum."
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Doe, director of human rights at the ministry"]
    body = "“It is fine,” said the minister of foreign affairs."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["the minister"]


def test_a_surname_misspelt_by_one_letter_is_the_person_named_before(tmp_path):
    body = "Foreign Ministry Spokesperson Jan Rooster said talks went well. Roostre said trade grew."
    assert sentence_labels(voices(tmp_path, body)) == ["Foreign Ministry Spokesperson Jan Rooster"] * 2


def test_an_opening_phrase_of_speaking_and_welcoming_a_decision(tmp_path):
    cases = [
        ("ALMATY, Utopia—Speaking to a packed courthouse in August 2018, Jane Doe provided the first accounts.",
         ["Jane Doe"]),
        ("Speaking at the summit, the president outlined plans.", ["the president"]),
        ("Speaking of trade, the figures grew.", [None]),
        ("Jane Doe welcomed the decision to change the name.", ["Jane Doe"]),
        ("Jane Doe welcomed the guests at the palace.", [None]),
        # an act done, named by its noun, is welcomed in a statement too
        ("Rights Defenders welcomes the awarding of the 2019 prize to Jane Roe.", ["Rights Defenders"]),
        ("Jane Doe welcomed the passage of the bill.", ["Jane Doe"]),
        ("The European Union has welcomed this Friday the reopening of the dialogue.", ["The European Union"]),
        ("President Jane Doe has applauded Ruritania for always respecting its sovereignty.", ["President Jane Doe"]),
    ]
    for i, (body, expected) in enumerate(cases):
        assert sentence_labels(voices(tmp_path / str(i), body)) == expected, body


def test_quoted_the_activist_as_saying_is_the_activist_named_before(tmp_path):
    body = ("Rights activist Jane Roe met lawmakers in Tokyo on Wednesday.\n\n"
            "“They will help,” Kyodo News Agency quoted the activist as saying.\n\n"
            "Police quoted the man as saying he was sorry.")
    assert attributions(tmp_path, body) == [(1, None, None), (2, None, "quoted the activist"), (3, None, None)]
    assert labels(tmp_path, body)[1] == "Jane Roe"


def test_a_report_said_to_say_something_is_its_publishers_statement(tmp_path):
    body = ("Last year, a United Nations committee published a report saying it had credible reports of camps.\n\n"
            "The UN rights chief released the report on Wednesday.")
    assert labels(tmp_path, body) == ["a United Nations committee", None]


def test_who_closes_a_sentence_reports_what_it_opened_with(tmp_path):
    body = ("The white papers revealed the spirit of the law in Xinjiang, Qian said.\n\n"
            "Xinjiang is stable, the ETGE said, according to Reuters.")
    assert labels(tmp_path, body) == ["Qian", "East Turkistan Government in Exile"]


def test_a_press_release_headline_makes_an_unknown_publishers_text_its_own(tmp_path):
    body = ("---\ntitle: \"PRESS RELEASE - Stateless and under threat of deportation\"\nsource: Helping Hands Aid\n"
            "---\n\nA growing number of people fall into this category.\n\nHence help is needed.")
    assert labels(tmp_path, body) == ["Helping Hands Aid", "Helping Hands Aid"]
    plain = body.replace("PRESS RELEASE - ", "")
    assert labels(tmp_path, plain) == [None, None]


def test_an_office_closing_the_sentence_after_the_verb_is_the_person_in_it(tmp_path):
    body = ("Ambassador Jan Novak, the permanent representative of Ruritania, spoke at the council.\n\n"
            "Human rights should not be politicised, underlined the permanent representative.\n\n"
            "The talks went well, said the talks failed.")
    assert labels(tmp_path, body) == [None, "Jan Novak", None]
    body = ("These issues are domestic, said H.E. Jan Novak, Ambassador, Permanent Representative of Ruritania.\n\n"
            "Rights should not be politicised, underlined the permanent representative.")
    assert labels(tmp_path / "b", body) == ["H.E. Jan Novak", "Jan Novak"]


def test_a_name_between_commas_before_continued_is_the_speaker(tmp_path):
    body = ("Rights should be weighed as a whole, H.E. Jan Novak continued, stressing that all rights matter.\n\n"
            "China continues its policy in Xinjiang.")
    assert labels(tmp_path, body) == ["H.E. Jan Novak", None]


def test_the_president_of_a_state_is_the_one_named_in_that_office(tmp_path):
    body = ("Romanian President Klaus Iohannis met his counterpart in Bucharest.\n\n"
            "The President of Romania evoked the role of gas and expressed the wish to expand ties.\n\n"
            "“We are brothers,” the Romanian leader pointed out.")
    assert labels(tmp_path, body) == [None, "Klaus Iohannis", "Klaus Iohannis"]
    body = ("President Klaus Iohannis had talks with his counterpart, President Jan Novak.\n\n"
            "The President of Romania evoked the role of gas and expressed the wish to expand ties.")
    assert labels(tmp_path / "b", body)[1] == "The President of Romania"  # two presidents named: as written
    body = ("President Klaus Iohannis had talks on Saturday with his counterpart from Ruritania.\n\n"
            "The President of Romania evoked the role of gas and expressed the wish to expand ties.")
    assert labels(tmp_path / "c", body)[1] == "Klaus Iohannis"


def test_a_title_glued_to_a_surname_is_the_person_named_before(tmp_path):
    body = ("Director D. Kydyrali of the academy met the ambassador.\n\n"
            "During the meeting, Mr.Kydyrali briefed on the progress of the joint projects.")
    assert labels(tmp_path, body) == [None, "D. Kydyrali"]


def test_names_joined_inside_the_subjects_of_phrase_stay_one_subject(tmp_path):
    body = "The presidents of Romania and the Republic of Ruritania also welcomed the signing of the contract."
    assert labels(tmp_path, body) == ["The presidents of Romania and the Republic of Ruritania"]


def test_a_negated_or_declined_statement_is_no_statement(tmp_path):
    body = ("The Ukrainian Foreign Ministry has not yet commented on the situation.\n\n"
            "The ministry declined to comment.\n\nThe ministry never said so.")
    assert labels(tmp_path, body) == [None, None, None]


def test_spoke_with_an_adverb_before_about(tmp_path):
    body = "President Jan Novak met them. The president also spoke warmly about the other neighbouring nations."
    assert labels(tmp_path, body) == ["Jan Novak"]


def test_a_news_agency_that_reports_what_someone_expressed_carries_it(tmp_path):
    body = ("Azerbaijan’s state news agency reported that during a meeting in Turkey, Jan Novak expressed "
            "readiness to help.\n\nRuritania's state news agency reported that the talks went well.")
    assert labels(tmp_path, body) == ["Jan Novak", "Ruritania's state news agency"]


def test_a_publisher_that_makes_its_own_demands_as_we_publishes_its_own_statement(tmp_path):
    body = ("---\ntitle: Brands of shame\nsource: Helping Hands Aid\n---\n\n"
            "Some brands may use forced labour in Xinjiang.\n\nSome denied it. We call them the brands of shame.")
    assert labels(tmp_path, body) == ["Helping Hands Aid", "Helping Hands Aid"]
    quoted = body.replace("We call them the brands of shame.",
                          "“We call them the brands of shame,” one activist said.")
    assert labels(tmp_path, quoted)[0] is None


def test_the_press_service_of_a_body_is_the_body(tmp_path):
    body = ("The Chinese Embassy in Ukraine rejected the claims on Monday.\n\n"
            "“China seeks no benefits,” the press service of the embassy reported.\n\n"
            "“The talks went well,” the press service of the President of Ruritania said.")
    assert labels(tmp_path, body) == ["The Chinese Embassy in Ukraine", "The Chinese Embassy in Ukraine",
                                      "the press service of the President of Ruritania"]


def test_said_before_an_honorific_in_initials(tmp_path):
    body = "These issues are domestic, said H.E. Jan Novak, Ambassador of Ruritania, in his statement."
    assert labels(tmp_path, body) == ["H.E. Jan Novak"]


def test_a_written_question_is_answered_by_the_one_asked_in_the_first_person(tmp_path):
    body = ("156. Deputy Jane Roe asked the Minister for Foreign Affairs if he has spoken with officials from China "
            "regarding Xinjiang.\n\n"
            "Ireland, along with our EU partners, remains deeply concerned about the situation in Xinjiang.\n\n"
            "I raised our concerns with the Chinese side in May.\n\n"
            "The session ended at noon.")
    assert labels(tmp_path, body)[1:] == ["the Minister for Foreign Affairs", "the Minister for Foreign Affairs",
                                          None]


def test_with_a_name_and_a_participle_of_saying(tmp_path):
    body = ("MPs voted on the motion.\n\n"
            "The idea is to resettle people in Turkey, with Zuberi arguing that there is no safe way.\n\n"
            "He left, with Jane Roe watching.")
    assert labels(tmp_path, body) == [None, "Zuberi", None]


def test_an_event_as_the_subject_says_nothing(tmp_path):
    body = ("A recent trial of a Chinese citizen has highlighted the issue.\n\n"
            "The Chinese mission has highlighted the issue.")
    assert labels(tmp_path, body) == [None, "The Chinese mission"]


def test_he_after_a_titled_surname_is_the_full_name_the_text_gave(tmp_path):
    body = ("Uzbekistan’s President Shavkat Mirziyoyev has put forward proposals.\n\n"
            "In his address, President Mirziyoyev praised the summit.\n\nHe noted that relations have grown.")
    assert all(label.endswith("Shavkat Mirziyoyev") for label in labels(tmp_path, body)[1:])


def test_an_office_and_a_name_closing_the_sentence_after_the_verb(tmp_path):
    body = ("Ruritania values the dialogue, said its ambassador to Malaysia Prof Dr Jan Novak.\n\n"
            "The talks failed, said the minister in Baku on Monday.")
    assert labels(tmp_path, body) == ["its ambassador to Malaysia Prof Dr Jan Novak", "the minister in Baku"]


def test_a_bodys_long_name_as_the_subject(tmp_path):
    body = ("In a statement, the local chapter of China- Africa Economic and Culture Exchange and Research Centre "
            "said the claims were false.\n\nThe organisation said the programme was for the youth.")
    name = "the local chapter of China- Africa Economic and Culture Exchange and Research Centre"
    assert labels(tmp_path, body) == [name, name]


def test_the_chinese_organisation_is_the_body_that_spoke_before(tmp_path):
    body = ("In a statement, the Ruritania Friendship Centre said the claims were false.\n\n"
            "“The sanctions show ill intent,” said the Chinese organisation.")
    assert labels(tmp_path, body) == ["the Ruritania Friendship Centre", "the Ruritania Friendship Centre"]


def test_voiced_concern_and_put_forward_proposals(tmp_path):
    body = ("Uzbekistan’s President Shavkat Mirziyoyev has put forward a series of proposals on trade.\n\n"
            "Moreover, Mirziyoyev voiced serious concern over the state of affairs.\n\n"
            "The workers put forward their tools.")
    found = labels(tmp_path, body)
    assert found[0] == "Uzbekistan’s President Shavkat Mirziyoyev" and found[1].endswith("Shavkat Mirziyoyev")
    assert found[2] is None


def test_a_reporting_word_after_and_before_have_is_a_noun(tmp_path):
    body = ("The portal reported that the minister was referring to Xinjiang.\n\n"
            "Rights groups and advocates have described these as concentration camps.")
    # never "Rights" ("advocates" read as the verb): the groups and advocates, who "have described"
    assert labels(tmp_path, body)[1] == "Rights groups and advocates"


def test_an_organisations_officer_speaks_not_the_organisation(tmp_path):
    body = ("The ETGE Secretary General informed the minister about the summit.\n\n"
            "The ETGE's president told reporters it would go on.\n\nThe ETGE said the summit would be held.")
    assert [a[1] for a in attributions(tmp_path, body)] == [None, None, "etge"]
    assert labels(tmp_path, body)[:2] == ["The ETGE Secretary General", "The ETGE's president"]


def test_a_place_and_the_publishers_credit_before_a_colon_is_a_dateline(tmp_path):
    body = ("---\ntitle: Dialogue\nsource: The Gulf Observer\n---\n\n"
            "Beijing, The Gulf Observer: Foreign Minister Wang Yi and Minister Murat Nurtleu convened the dialogue."
            "\n\nAmidst the discussions, Minister Wang Yi emphasized the enduring friendship.\n\n"
            "The dialogue mechanism was jointly announced.")
    assert labels(tmp_path, body) == [None, "Minister Wang Yi", None]


def test_an_office_is_the_one_the_text_names_in_it(tmp_path):
    # before or after: "Ruritania's Ambassador to Ankara" is whom the text names "Ambassador to Turkey Jan Novak"
    body = ("Ruritania’s Ambassador to Ankara deplored the decision.\n\n"
            "In an address, Ruritania’s Ambassador to Turkey Jan Novak spoke about the dispute.\n\n"
            "The envoy said talks must go on.")
    assert [label.endswith("Jan Novak") for label in labels(tmp_path, body)] == [True, True, True]
    # the head of a government is its prime minister; a body's initials are its name
    body = ("Ruritanian prime minister Anna Weiss met the press.\n\nThe head of the Ruritanian government stressed "
            "the visit mattered.\n\nThe OTS Secretary General informed the minister of the plans, after Secretary "
            "General of the Organization of Turkic States Kubat Aliev arrived.")
    assert labels(tmp_path, body)[1:] == ["Anna Weiss", "Kubat Aliev"]


def test_an_office_after_a_place_and_a_comma_is_not_named_by_it(tmp_path):
    # a place, then a comma, may open the sentence whose subject follows
    body = ("During the meeting with the special envoy to Iran, Hossein Sheikh reminded him of the events.\n\n"
            "The Chinese envoy underlined the role of the region.")
    assert labels(tmp_path, body)[1] == "The Chinese envoy"
    # but a name set off by commas on both sides is the office's own
    body = ("The outgoing Ambassador to Ruritania, Jan Novak, has said that ties grew.\n\n"
            "Mr Novak was speaking during a call on the president.\n\n"
            "President Ivo Rus commended him.\n\n"
            "The outgoing ambassador further said that trade grew.")
    assert labels(tmp_path / "b", body)[-1] == "Jan Novak"


def test_a_transcript_turn_with_notes_in_brackets(tmp_path):
    body = ("Jane Roe (JR): How has this affected your work?\n\n"
            "Omar Khan (OK): It changed everything for me.\n\n"
            "Senator DOE (Tasmania) (10:11): [by video link] Slave labour must end.")
    assert labels(tmp_path, body) == ["Jane Roe", "Omar Khan", "Senator DOE"]
    # a dateline with its agency in brackets is not a turn
    assert labels(tmp_path, "Islamabad (APP): The talks went well, the writer notes.") == [None]


def test_an_interview_in_dashed_turns_answers_for_the_one_introduced(tmp_path):
    body = ("Our interlocutor is Jane Roe, a scholar of the region.\n\n"
            "- The minister met his counterpart last week. What can the meeting change?\n\n"
            "- Very little. The two sides have long agreed on trade.\n\n"
            "The rest will follow from that.\n\n"
            "- And what of the summit?\n\n"
            "– It will be short.")
    assert labels(tmp_path, body) == [None, None, "Jane Roe", "Jane Roe", None, "Jane Roe"]
    # no one introduced as interviewed: dashed paragraphs stay the writer's
    body = "The talks went on.\n\n- What next?\n\n- Trade."
    assert labels(tmp_path, body) == [None, None, None]


def test_an_interview_introduced_by_whom_it_was_given_to_and_questions_without_a_closing_mark(tmp_path):
    # "In an interview to <interviewer>, <surname> says ...": the answers are the surname's; a question may close
    # on a remark or ask without a question mark
    body = ("Jan Novak is disappointed. In an interview to Ana Roe, Novak says he campaigns peacefully.\n\n"
            "The refusal made you popular here. Are you aware of it?\n\n"
            "It seems that many outlets picked up the story.\n\n"
            "What do you make of the refusal? You merely expressed your disappointment.\n\n"
            "It is unfortunate that I was unable to attend.\n\n"
            "Tell us something about your early years. I know you were once exiled.\n\n"
            "I took part in the demonstrations of 1985.")
    assert labels(tmp_path, body)[1:] == [None, "Novak", None, "Novak", None, "Novak"]
    # "<office> <name> in an interview with <outlet> spoke about ...", and "<name>, gave an interview to ..."
    for intro in ("Deputy Secretary General of the Union Jan Novak in an interview with Report spoke about trade.",
                  "The Secretary General of the Union, Jan Novak, gave an interview to Report in Budapest."):
        body = intro + "\n\n- What will the summits discuss?\n\n- The Union has grown. Now we deepen it."
        assert labels(tmp_path / str(len(intro)), body)[1:] == [None, "Jan Novak"]
    # "In this exclusive interview with <outlet>, H.E. Ambassador <name> of ...": the name after the honorific
    body = ("In this exclusive interview with Diplomat Weekly, H.E. Ambassador Jan Novak of Ruritania shares "
            "insights into its foreign policy.\n\nCould you share the country's priorities?\n\n"
            "Ruritania pursues a balanced foreign policy.")
    assert labels(tmp_path / "honorific", body)[1:] == [None, "Ambassador Jan Novak"]


def test_an_interview_introduced_by_a_long_description_answers_for_the_name_closing_it(tmp_path):
    body = ("Interview with a Ruritanian expert, Professor of the Institute of Management, Director of the "
            "Institute of Policy, member of the Council under the President of Ruritania Jane Roe.\n\n"
            "-What is the role of the corridor?\n\n- It links the two seas. Trade will follow.\n\n"
            "The rest depends on tariffs.\n\n- And the costs?")
    assert labels(tmp_path, body) == [None, None, "Jane Roe", "Jane Roe", None]
    body = "Interview with the head of the centre, Jane Mary Roe.\n\n- Why now?\n\n- Because it is time."
    assert labels(tmp_path / "b", body) == [None, None, "Jane Mary Roe"]


def test_name_particles_stay_in_a_speakers_name(tmp_path):
    body = ("The corridor cannot be a linear option, writes Lucas Roe de Almeida.\n\n"
            "The talks went on, said Ursula von der Doe.\n\nPrices rose, said Jane Roe and others.")
    assert sentence_labels(voices(tmp_path, body)) == ["Lucas Roe de Almeida", "Ursula von der Doe", "Jane Roe"]


def test_an_office_then_a_name_between_commas_after_according_to(tmp_path):
    body = ("According to the Acting Director of the National Museum, Jane Roe, the format has changed.\n\n"
            "According to the ministry, Ruritania Daily, a state paper, erred.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "the Acting Director of the National Museum, Jane Roe", "the ministry"]


def test_a_short_title_with_its_full_stop_ends_no_sentence(tmp_path):
    body = ("Ruritanian Ambassador Jose Sta. Romana said the forum matters. “It is a chance. It is a platform,” "
            "Sta. Romana said. Col. Doe agreed.")
    r = voices(tmp_path, body)
    assert [v.label for v in r.voices][:3] == ["Ruritanian Ambassador Jose Sta. Romana"] * 3
    assert len(r.voices) == 4  # four sentences: "Sta." and "Col." end none
    from explainer.match.tokens import NAME_ABBREVIATIONS
    assert "li" not in NAME_ABBREVIATIONS and "xi" not in NAME_ABBREVIATIONS  # names that do end sentences


def test_an_official_at_a_place_is_no_surname(tmp_path):
    body = ("The delegation visited Ruritania Museum on Thursday.\n\n"
            "“It receives many visitors,” an official at the Museum told the agency.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "an official at the Museum"


def test_citing_a_reason_is_not_citing_a_source(tmp_path):
    body = ("Ruritania will vote against the motion, citing a recent motion as tabled through an ambush.\n\n"
            "The chief released her report, citing possible crimes against humanity.\n\n"
            "The talks stalled, citing diplomats familiar with the matter.")
    assert labels(tmp_path, body) == [None, None, "diplomats familiar with the matter"]


def test_those_of_a_people_living_in_one_country_are_a_people(tmp_path):
    entries = ENTRIES + [E("uyghurs", "people", title="Uyghurs", aliases=["Uighurs", "Uyghur", "Uighur"])]
    r = voices(tmp_path, "Australian Uighurs are calling for a meeting with the ambassador.", entries=entries)
    assert [None if a.writer else a.label for a in r.attributions] == [None]


def test_a_finding_verb_after_a_pronoun_is_not_the_documents(tmp_path):
    entries = ENTRIES + [E("report", "document", title="Xinjiang report", aliases=["overdue report"])]
    body = "Bachelet issued the overdue report on Xinjiang on the day she concluded her mandate."
    r = voices(tmp_path, body, entries=entries)
    assert [a.writer for a in r.attributions] == [True]


def test_a_title_with_words_before_it_still_finds_the_full_name(tmp_path):
    body = ("Deputy Prime Minister and Minister of Foreign Affairs Murat Temir opened the dialogue.\n\n"
            "Deputy Prime Minister Temir affirmed the partnership.")
    assert labels(tmp_path, body)[1] == "Murat Temir"


def test_a_joint_request_or_a_petition_is_a_statement(tmp_path):
    body = ("Several associations issued the joint request after the visit.\n\n"
            "Ruritania's envoy elaborated on the stance of his country.")
    assert labels(tmp_path, body) == ["Several associations", "Ruritania's envoy"]


def test_a_form_of_address_before_a_name_is_left_out(tmp_path):
    # ("He" after "the visit of His Highness Sheikh Hamad": the name as first given, without the form of address)
    body = ("His Highness Sheikh Hamad bin Khalid Al Rami, Crown Prince of Ruritania, and Jan Novak, President of "
            "Freedonia, have held talks.\n\nAt the meeting, the President hosted a dinner during the visit of His "
            "Highness Sheikh Hamad. He said that the visit was timely.")
    assert labels(tmp_path, body)[1] == "Sheikh Hamad bin Khalid Al Rami"


def test_an_opening_phrase_with_amidst_is_no_speaker(tmp_path):
    body = ("Amidst the discussions, Minister Jan Novak, also a member of the Political Bureau of the Party "
            "Central Committee, emphasized the enduring friendship.")
    assert labels(tmp_path, body) == ["Minister Jan Novak"]


def test_an_act_is_not_a_statement(tmp_path):
    body = ("In October 1991, Ruritania declared its independence from the union.\n\n"
            "Pan-Turkism revives as an increasingly ambitious Ruritania asserts its influence.\n\n"
            "Leaders met the president to seal pledges of cooperation.\n\n"
            "Ruritania declared that the border was closed.")
    assert labels(tmp_path, body) == [None, None, None, "Ruritania"]


def test_the_sides_and_delegates_speak_together(tmp_path):
    body = ("At the meeting, the sides stressed the importance of the visit.\n\n"
            "The talks began with the delegates from both countries underlining that the dialogue had revived.\n\n"
            "The office is disputing the article.")
    assert labels(tmp_path, body) == ["the sides", "the delegates from both countries", "The office"]


def test_a_countrys_media_speak_state_media_relay(tmp_path):
    body = ("In Tianjin, the two presidents met. Chinese media emphasized that the meeting was warm.\n\n"
            "Hallam now says it got this wrong.\n\n"
            "“Why bring so many outlets here?” the journalist asked.")
    assert labels(tmp_path, body) == ["Chinese media", "Hallam", "the journalist"]


def test_a_speech_delivered_with_its_content_is_a_statement(tmp_path):
    body = ("At the summit, Jan Novak delivered a speech emphasizing key aspects of cooperation.\n\n"
            "Jan Novak delivered a speech at the opening.\n\n"
            "The consulate sent a letter to each member, asking they rescind the decision.")
    assert labels(tmp_path, body) == ["Jan Novak", None, "The consulate"]


def test_a_source_learned_from_and_one_who_thinks_that(tmp_path):
    body = ("Ruritania may become a window to Europe, the agency learned from Jan Novak, deputy head of the office.\n\n"
            "Lessons learned from history matter.\n\n"
            "Anna Weiss thinks that the office is good.\n\nAnna Weiss thinks about it.")
    assert labels(tmp_path, body) == ["Jan Novak", None, "Anna Weiss", None]


def test_according_to_an_outlet_then_the_one_who_wrote(tmp_path):
    body = ("According to the Morning Post (December 26) Jan Novak, President of the influential Institute of "
            "International Relations (IIR), wrote on the institute's account that the group is a risk.")
    assert labels(tmp_path, body) == ["Jan Novak"]


def test_turns_with_a_title_or_a_description_and_a_dash(tmp_path):
    body = ("Reporter: How do you see the ties?\n\n"
            "Mr. Jan Karel Novak Horak: As you said, we marked the anniversary.\n\n"
            "Anna Weiss, chairperson of the \"Friends of the world\" office: - To be honest, all want to visit us.\n\n"
            "Several outlets work in the office.")
    assert labels(tmp_path, body) == ["Reporter", "Jan Karel Novak Horak", "Anna Weiss", None]
    # a turn's words on the next line, its dash a Markdown list mark
    body = "Anna Weiss, staff reporter of the company:\n- I have been shooting films about them.\n\nThe office grew."
    found = labels(tmp_path, body)
    assert found[0] == "Anna Weiss" and set(found[:-1]) == {"Anna Weiss"} and found[-1] is None
    # "From Jane Doe, ...:" opens a letter, not a turn
    assert labels(tmp_path, "From Jane Doe, our director: - we thank you.") != ["From Jane Doe"]


def test_a_speech_heading_by_office_is_the_one_who_spoke(tmp_path):
    body = ("At the summit, the National Leader, Jan Novak, delivered a speech emphasizing cooperation.\n\n"
            "Speech of the National Leader of the Ruritanian People at the Summit\n\n"
            "Esteemed Heads of State!\n\n"
            "First and foremost, I express my gratitude for the invitation.")
    assert labels(tmp_path, body) == ["Jan Novak", None, "Jan Novak", "Jan Novak"]


def test_an_opening_clause_without_a_comma_is_not_the_name(tmp_path):
    body = "Despite rejecting the challenge Mr Justice Dove observed in his judgment that other tools exist."
    assert labels(tmp_path, body) == ["Mr Justice Dove"]


def test_a_letter_to_its_readers_is_the_publishers_own(tmp_path):
    body = ("Dear Supporter\n\nHuman rights is an optimist's creed; together, we can make a better tomorrow.\n\n"
            "Much of this newsletter concerns the camps.")
    r = voices(tmp_path, body, source="Ruritania Circle")
    assert [None if a.writer else a.label for a in r.attributions] == ["Ruritania Circle"] * 3
    # without "we" it is no letter of its own; without the salutation, "we" alone is not either
    r = voices(tmp_path, "Dear Supporter\n\nThe camps grew.", source="Ruritania Circle")
    assert [a.writer for a in r.attributions] == [True, True]
    r = voices(tmp_path, "The camps grew.\n\nWe can make a better tomorrow.", source="Ruritania Circle")
    assert [a.writer for a in r.attributions] == [True, True]


def test_a_question_and_answer_interview_numbered_or_plain(tmp_path):
    body = ("At a forum in Brussels, the secretary general Jan Novak (pictured) gave an interview to Anna Weiss.\n\n"
            "1. What steps has the organisation taken?\n\n"
            "In recent years, we have made many moves to strengthen cooperation.\n\n"
            "We expanded cooperation into new areas.\n\n"
            "2. And trade?\n\n"
            "Trade grew by a third.")
    assert labels(tmp_path, body) == [None, None, "Jan Novak", "Jan Novak", None, "Jan Novak"]


def test_his_excellency_abbreviated_is_no_pronoun(tmp_path):
    body = ("HE Ambassador of the People's Republic of China to Ruritania Jan bin Karel Al Novak praised "
            "the relations.\n\nHE the Ambassador added that the visit opened wider horizons.\n\n"
            "He underlined that dialogue matters.")
    assert [label.endswith("Jan bin Karel Al Novak") for label in labels(tmp_path, body)] == [True, True, True]


def test_quoted_as_saying_neither_nor_and_an_outlet_is_no_he(tmp_path):
    body = ("\"I think often of persecuted peoples,\" Pope Francis is quoted as saying in the book, according to "
            "the AP.\n\nNeither Pope Francis nor the Holy See has publicly commented on the situation.\n\n"
            "In an article published in the official newspaper El Diario, he expressed his willingness to help.")
    # "he" is never the outlet (AP): it is the person the paragraph before was about ("Francis" is a name, no plural)
    assert labels(tmp_path, body) == ["Pope Francis", None, "Pope Francis"]


def test_the_official_or_the_diplomat_is_who_spoke_last(tmp_path):
    body = ("The commitment was reaffirmed by Jan Novak, charge d'affaires of Ruritania in Havana.\n\n"
            "On the occasion, the diplomat emphasized that the people stand together.\n\n"
            "For her part, Anna Weiss, first vice president of the institute, reiterated the friendship.\n\n"
            "\"I salute the closeness we share,\" the official stated.")
    found = labels(tmp_path, body)
    assert found[:2] == ["Jan Novak", "Jan Novak"] and all(f.startswith("Anna Weiss") for f in found[2:])


def test_a_press_office_is_a_governments_a_think_tank_writes_its_own(tmp_path):
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Holy See Press Office (press.vatican.va)", None).speaks
    assert infer_publisher("Press Information Department, Government of Ruritania", None).speaks
    assert infer_publisher("Agency Ruritania Press (via Ruritania News Service)", None) is None
    assert infer_publisher("ChinaFile (Asia Society Center on U.S.-China Relations)", None) is None


def test_forms_from_the_twenty_fourth_batch(tmp_path):
    # a dateline of places with the date in brackets is no speaker
    body = ("Toronto and Montreal (November 3, 2020) – Friends of the Centre (FC) and the Wallenberg Centre "
            "issued a joint statement condemning the persecution.")
    assert labels(tmp_path, body) == ["Friends of the Centre (FC) and the Wallenberg Centre"]
    # verbs of an infinitive's list are no reporting verbs; a title's "Driving Force:" is no turn
    assert labels(tmp_path, "They join the call on the government to recognize, condemn and act.") == [None]
    assert labels(tmp_path, "Driving Force: Auto Supply Chains and the Uyghur Region\n\nThe report came out.") \
        == [None, None]
    # one "Name: ..." quoted in a story ends where the next paragraph gives its own person entry
    body = ("Jan Novak: From the very beginning, we recognised the project.\n\n"
            "Mamtimin Ala reiterated the commitment to the project.")
    assert labels(tmp_path, body) == ["Jan Novak", "Mamtimin Ala"]
    # a participle's clause naming someone is not who speaks
    body = "Welcoming Jan Novak and his delegation, Dr Anna Weiss wished the visit success and underscored ties."
    assert labels(tmp_path, body) != ["Welcoming Jan Novak"]


def test_who_carried_a_copy_and_what_we_call_it_do_not_make_a_release(tmp_path):
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Ruritania Independent (via FORUM for Human Rights, forum.example)", None) is None
    assert infer_publisher("Ruritania Rights Watch (via mirror.example)", None).speaks
    r = voices(tmp_path, "The attempt was brutal.\n\nBut whatever we call it, the erasure goes on.",
               source="Ruritania Review")
    assert [a.writer for a in r.attributions] == [True, True]


def test_forms_from_the_twenty_sixth_batch(tmp_path):
    from explainer.load.publishers import infer_publisher
    # a speaker who speaks "in a statement" or "in a media release" is the one named before it
    assert labels(tmp_path, "The Ministry of Foreign Affairs in a media release said the talks went well.") \
        == ["The Ministry of Foreign Affairs"]
    assert labels(tmp_path, "Jan Novak verified that two million people were held.") == ["Jan Novak"]
    # an organisation of states publishes its own text, whatever its name's other words
    for name in ("OECD (Organisation for Economic Co-operation and Development)",
                 "Organization of Turkic States", "Organization of the Petroleum Exporting Countries"):
        assert infer_publisher(name, None).kind == "intergovernmental body"
    assert infer_publisher("Organization for Ruritanian Culture", None) is None


def test_forms_from_the_twenty_seventh_batch(tmp_path):
    from explainer.load.publishers import infer_publisher
    # a legislature named by its own name publishes its own text (a resolution)
    for name in ("Seimas of the Republic of Lithuania (e-seimas.lrs.lt)", "Milli Majlis", "Verkhovna Rada"):
        assert infer_publisher(name, None).kind == "government"
    assert labels(tmp_path, "Jan Novak reminded that the four principles are sovereignty and reciprocity.") \
        == ["Jan Novak"]


def test_an_office_of_another_state_is_not_the_one_person_named(tmp_path):
    # the text names one person as speaking, with his state's title; "the Kazakh president" is someone else
    entries = ENTRIES + [E("azerbaijan", "place", title="Azerbaijan")]

    def said(body):
        return spoken(tmp_path, body, entries=entries)

    body = ("Azerbaijani President Ilham Aliyev met his Chinese counterpart in Baku.\n\n"
            "Aliyev said the route was vital.\n\n"
            "The Chinese president announced a joint declaration.")
    assert said(body)[2] == "The Chinese president"
    body = ("Azerbaijani President Ilham Aliyev met the delegation.\n\n"
            "Aliyev said the route was vital.\n\n"
            "The Azerbaijani president announced a joint declaration.")
    assert said(body)[2] == "Ilham Aliyev"


def test_a_turn_marked_with_a_full_stop_as_in_the_record_of_presidential_remarks(tmp_path):
    body = ("President Novak. Thank you very much. It is a great honor.\n\n"
            "It was a long road, and now they are friends.")
    assert labels(tmp_path, body) == ["President Novak", "President Novak"]
    # a sentence that happens to open with an office and a name is no turn
    assert labels(tmp_path, "President Novak visited the region on Monday.") == [None]


def test_a_hansard_turn_in_capitals_with_notes_and_the_speakers_chair(tmp_path):
    # an opening turn in capitals with the member's office in brackets is a turn, not a dateline
    # ("PETALING JAYA: ..." is one, "BEIJING (Reuters): ..." too); "SPEAKER:" is the House's chair
    body = ("JANE DOE (Deputy Leader—Ruritania Party): I seek leave of the House to amend the motion.\n\n"
            "SPEAKER: Is there any objection to that course of action? There appears to be none.")
    assert labels(tmp_path, body) == ["JANE DOE", "SPEAKER"]
    assert labels(tmp_path, "BEIJING (Reuters): Talks went well on Monday.") == [None]


def test_a_name_word_is_read_back_from_where_it_is_written_as_the_pattern_reads_it():
    """``_name_word`` (a capitalised word written after another capitalised word somewhere in the text) gives what
    the pattern ``\\b[A-Z][\\w.’'-]*\\s+Word\\b`` gives, on every capitalised word of the corpus texts."""
    import re

    from explainer.match.attribution import Attributor

    def by_pattern(text, word):
        if not word[:1].isupper() or len(word) < 2:
            return False
        word = word[0] + word[1:].lower()
        return word in text and re.search(rf"\b[A-Z][\w.’'-]*\s+{re.escape(word)}\b", text) is not None

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "eval" / "corpus")
                                                             .glob("*.md"))[::5]]
    texts += ["x.Abc Word is", "Abc  Word", "Word first", "a\nB\tWordy Word_x Word", "É Word", "1A Word", "_A Word"]
    checked = trues = 0
    for text in texts:
        for word in sorted(set(re.findall(r"\b[A-Z]\w+", text)) | {"Word", "Wor"}):
            expected = by_pattern(text, word)
            assert Attributor._name_word(text, word) == expected, (word, text[:60])
            checked, trues = checked + 1, trues + expected
    assert checked > 2000 and trues > 100


def test_a_states_office_is_the_counterpart_named_beside_one_who_holds_it(tmp_path):
    body = ("Azerbaijani President Jane Doe met with her Kazakh counterpart, Jan Novak, on Monday. The Kazakh "
            "president announced new talks. Azerbaijani Foreign Minister Ana Roe met her Kazakh counterpart, Petr "
            "Kral. The Kazakh president said more.")
    # (the foreign minister's counterpart is no president)
    assert sentence_labels(voices(tmp_path, body)) == [None, "Jan Novak", None, "Jan Novak"]


def test_an_office_after_a_possessive_speaks_after_the_verb(tmp_path):
    body = ("The talks will go on, said Ruritania’s police chief. Trade will grow, said Borduria's top diplomat. "
            "The visit went well, said Ruritania's cultural vitality and hospitality had impressed her.")
    assert sentence_labels(voices(tmp_path, body)) == ["Ruritania’s police chief", "Borduria's top diplomat", None]


def test_a_letter_to_the_editor_is_no_statement_of_the_paper(tmp_path):
    body = ("Dear Editor,\n\nWe urge readers to look at the facts. We call on the paper to be fair.\n\n"
            "The facts speak for themselves.")
    r = voices(tmp_path, body, source="Ruritania Circle", url="https://circle.example/letter")
    assert sentence_labels(r) == [None, None, None, None]
    # the same demands in the publisher's own text are its statement
    r = voices(tmp_path / "own", body.replace("Dear Editor,", "Friends,"), source="Ruritania Circle",
               url="https://circle.example/letter")
    assert sentence_labels(r)[1:3] == ["Ruritania Circle"] * 2


def test_a_line_that_gives_someones_words_as_they_follow(tmp_path):
    body = ("The two states signed a deal.\n\nJane Doe commented on the deal.\n\n"
            "Doe's statement on the matter from her Twitter account is as follows:\n\n"
            "\"Great news! I hope the deal holds.\"\n\nThe deal reads:\n\n\"The two states agree.\"")
    assert labels(tmp_path, "---\ntitle: T\nsource: Wire\n---\n\n" + body) == [
        None, "Jane Doe", "Jane Doe", "Jane Doe", None, None]


def test_whom_one_tells_closes_the_sentence_with_its_speaker(tmp_path):
    body = ("Ruritania opposes any interference and rejects the attempt, bin Salman reportedly told Wang. "
            "The talks failed and Ruritania rejects the plan, Jane Doe told reporters in Geneva.")
    assert sentence_labels(voices(tmp_path, body)) == ["bin Salman", "Jane Doe"]


def test_words_after_said_and_a_colon_run_on_until_someone_else_speaks(tmp_path):
    body = ("---\ntitle: T\nsource: Wire\n---\n\nThe concert took place.\n\nDuring his opening remarks, Mr Jan "
            "Novak, the Ambassador of Ruritania said: the year 2023 was declared the “Year of Culture” in our "
            "country.\n\nEvery nation has genius personalities.\n\nMeanwhile, Ana Roe said the talks failed.\n\n"
            "The weather was fine.\n\nThe spokesman said: “We agree.”\n\nThe rest is history.")
    novak = "Mr Jan Novak, the Ambassador of Ruritania"  # (the role as written, to its last word)
    assert labels(tmp_path, body) == [None, novak, novak, "Ana Roe", None, "The spokesman", None]


def test_an_outlets_correspondent_who_reports_carries_the_words(tmp_path):
    body = "Jane Doe spoke about the unrest in the region, Borduria.kz correspondent reports."
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Doe"]


def test_reports_on_something_is_the_noun_and_the_verb_comes_later(tmp_path):
    body = ("International reports on the conversation stated that the talks went well. Borduria Daily reports on "
            "Monday that the talks failed.")
    assert sentence_labels(voices(tmp_path, body)) == ["International reports on the conversation", "Borduria Daily"]


def test_a_speech_headline_on_a_news_site_whose_text_speaks_as_i(tmp_path):
    report = Report()
    loaded = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    title = "Prime Minister of the Republic of Ruritania Jane Doe's speech at the 80th session of the Assembly"
    for body, expected in (
            ("Such were also my speeches from 2018 to 2023.\n\nLast year I tried to speak about peace.", "Jane Doe"),
            ("The session opened on Monday.\n\nDelegates listened to her.", None)):  # news of the speech
        text = f"---\ntitle: {title}\nsource: Ruritania Courier\n---\n\n{body}\n"
        article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
        result = MentionFinder(loaded, report).match_articles([article])[0]
        assert [None if a.writer else a.label for a in result.attributions] == [expected, expected], body


def test_a_subject_with_two_bracketed_initials_is_never_cut_at_the_second(tmp_path):
    body = "Last week, the Office of the Prosecutor (OTP) to the International Criminal Court (ICC) confirmed it."
    assert sentence_labels(voices(tmp_path, body)) != ["to the International Criminal Court (ICC)"]


def test_a_source_cut_by_its_width_never_ends_in_a_joining_word(tmp_path):
    body = ("According to Jane Doe from the Ruritanian Values Center for Security Policy in the Czech Republic, "
            "“the talks failed.”")
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Doe from the Ruritanian Values Center for Security Policy"]


def test_uncued_sentences_before_a_quotation_are_not_its_speakers(tmp_path):
    body = ("The project includes a railway line. The line carries goods. “This will solve the transport problems,” "
            "said the Prime Minister of Ruritania, Jan Novak.\n\nCamps were built. Children were separated. "
            "Families suffer, the ETGE said.")
    assert sentence_labels(voices(tmp_path, body)) == [
        None, None, "the Prime Minister of Ruritania, Jan Novak", None, "etge", "etge"]


def test_according_to_a_title_joined_by_and_and_reported_as_saying(tmp_path):
    body = ("This according to Foreign Affairs and Caricom Minister Dr Jan Novak, when asked. "
            "On February 16, Borduria Daily reported President Ana Roe as saying that the talks failed. "
            "According to officials and diplomats, it failed.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "Foreign Affairs and Caricom Minister Dr Jan Novak", "President Ana Roe", "officials"]


def test_a_body_that_opens_with_its_own_name_and_speaks_as_we_publishes_its_own_statement(tmp_path):
    body = ("Ruritania Textiles Group is deeply concerned by reports of forced labour. We strictly prohibit it.\n\n"
            "Our suppliers must comply.")
    r = voices(tmp_path, body, source="Ruritania Textiles Group (rtg.example)", url="https://rtg.example/x")
    assert sentence_labels(r) == ["Ruritania Textiles Group (rtg.example)"] * 3
    # a text that does not open with its own name, or has no "we", is the writer's
    r = voices(tmp_path / "b", body.replace("We strictly", "It strictly").replace("Our", "The")
               .replace("is deeply concerned by", "has read"),
               source="Ruritania Textiles Group (rtg.example)", url="https://rtg.example/x")
    assert sentence_labels(r) == [None, None, None]
    # (but its stance put in words opening the text is a statement, as "urges" is: its own release)
    r = voices(tmp_path / "c", body.replace("We strictly", "It strictly").replace("Our", "The"),
               source="Ruritania Textiles Group (rtg.example)", url="https://rtg.example/x")
    assert sentence_labels(r) == ["Ruritania Textiles Group (rtg.example)"] * 3


def test_a_bodys_press_service_speaks_for_the_body(tmp_path):
    body = ("The Danish company Borduria Lines confirmed the market's importance. The service will go on, the "
            "company’s press service reported.")
    assert sentence_labels(voices(tmp_path, body)) == ["The Danish company Borduria Lines"] * 2


def test_speaking_on_the_phone_is_a_call_not_a_statement(tmp_path):
    body = "Jane Doe spoke on the phone with the Ruritanian president. Ana Roe spoke on the deal."
    assert sentence_labels(voices(tmp_path, body)) == [None, "Ana Roe"]


def test_an_interview_introduced_as_given_for_a_magazine_answers_for_its_name(tmp_path):
    body = ("Ruritanian Ambassador to Borduria, Mr. Jan Novak, in an exclusive interview for the Borduria Observer, "
            "describes the agenda for 2021.\n\nQ.: What comes next?\n\nA.: First of all, I would like to mention "
            "the anniversary.")
    assert labels(tmp_path, body)[1:] == [None, "Jan Novak"]


def test_where_a_speaker_writes_is_no_part_of_the_name(tmp_path):
    body = "“I discussed the agenda,” writes Jane Doe on a social network."
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Doe"]


def test_he_is_never_a_state_or_two_people(tmp_path):
    body = ("BEIJING: China on Monday appreciated the position of its partners.\n\n"
            "He said the visit went well.\n\nChairman Novak and Ambassador Roe both spoke about their visit. "
            "He added more.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[1] is None  # no "he" named before: not China
    assert labels_[-1] != "Chairman Novak and Ambassador Roe both"


def test_offices_joined_by_and_and_of_before_a_name_are_read_whole(tmp_path):
    body = ("Speaking during a tour of the region, State Councilor and Minister of Public Security Jan Novak "
            "repeatedly used the term. He called for vigilance.")
    novak = "State Councilor and Minister of Public Security Jan Novak"
    assert sentence_labels(voices(tmp_path, body)) == [novak, novak]


def test_he_after_a_paragraph_no_person_speaks_in_is_whom_it_was_about(tmp_path):
    body = ("The talks went well, the Ruritanian Union said.\n\n"
            "Ruritanian Ambassador to Borduria Jan K. Novak Jr. on Tuesday visited the group's offices.\n\n"
            "“We agreed to meet again,” he told reporters after the meeting.")
    novak = "Ruritanian Ambassador to Borduria Jan K. Novak Jr."
    assert sentence_labels(voices(tmp_path, body)) == ["the Ruritanian Union", None, novak]


def test_he_after_according_to_is_the_person_the_main_clause_names(tmp_path):
    body = ("According to a statement issued by the embassy, Foreign Ministry Spokesperson Jan Novak told a "
            "briefing while commenting on remarks.\n\nHe said that the side appreciates the position.")
    assert sentence_labels(voices(tmp_path, body))[1].endswith("Jan Novak")


def test_nothing_inside_what_an_unresolved_he_said_is_the_speaker(tmp_path):
    body = "The talks ended on Monday.\n\nHe said that Ruritania appreciates the position of its partners."
    assert sentence_labels(voices(tmp_path, body)) == [None, None]


def test_a_speaker_as_written_is_cut_before_a_finite_verb(tmp_path):
    body = ("The Ruritanian government should halt its persecution of the minority, the Bishop of Borduria, "
            "Dr Jan Novak, has said, after the government joined other countries.\n\n"
            "Since then the embassy has submitted three requests, the paper reported.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[0].endswith("Dr Jan Novak")
    assert not any(label and " has" in label for label in labels_)


def test_a_states_adjective_and_an_office_without_an_article_is_the_holder_named_before(tmp_path):
    # "Azeri President said" after "Ilham Aliyev President of the Republic of Azerbaijan", as "the Azeri President"
    entries = ENTRIES + [
        E("ilham-aliyev", "person", title="Ilham Aliyev", roles=[{"title": "President of Azerbaijan"}])]
    body = ("Today in Baku, Ilham Aliyev President of the Republic of Azerbaijan answered questions of journalists.\n\n"
            "Answering a question on the ties, Azeri President said that the two countries cooperate.")
    assert sentence_labels(voices(tmp_path, body, entries=entries))[1] == "ilham-aliyev"


def test_the_head_of_state_is_whoever_in_that_office_was_named_last(tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping", roles=[{"title": "President of China"}])]
    body = ("Today, President Jan Novak received the special representative.\n\n"
            "The guest conveyed greetings on behalf of the President of China Xi Jinping.\n\n"
            "It was noted that the ties grow under the leadership of President Novak.\n\n"
            "Thanking for the kind words, the head of state conveyed his best wishes to the leadership.")
    labels_ = sentence_labels(voices(tmp_path, body, entries=entries))
    assert labels_[-1] != "xi-jinping" and "Novak" in labels_[-1]


def test_the_president_after_another_president_spoke_is_the_one_who_spoke_when_the_text_gives_him_that_office(
        tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping", roles=[{"title": "President of China"}])]
    body = ("President of Ruritania Jan Novak and President of China Xi Jinping met in Beijing on Monday.\n\n"
            "“We follow your progress with great enthusiasm,” Novak said.\n\n"
            "The President emphasized the positive dynamics of the relations.")
    labels_ = sentence_labels(voices(tmp_path, body, entries=entries))
    assert labels_[-1] != "xi-jinping" and "Novak" in labels_[-1]


def test_a_lender_of_states_and_a_ministers_own_site_publish_their_own_statements():
    from explainer.load.publishers import infer_publisher, find_publisher, load_publishers
    assert infer_publisher("Asian Development Bank (ADB, adb.org)", None).speaks
    assert infer_publisher("International Monetary Fund", None).speaks
    assert infer_publisher("Prime Minister of Ruritania, official website", None).speaks
    assert infer_publisher("Bank of Ruritania Savings", None) is None
    # a registry's news outlet named with its address in brackets is that outlet, whatever words its name has
    registry = Path(__file__).resolve().parent.parent / "content" / "publishers.yaml"
    publishers = load_publishers(registry, "publishers.yaml", Report())
    found = find_publisher(publishers, "The China Project (thechinaproject.com)", "https://thechinaproject.com/?p=1")
    assert found.name == "The China Project" and not found.speaks


PEOPLES = ENTRIES + [E("uyghurs", "people", title="Uyghurs", aliases=["Uighurs"]),
                     E("kazakhs", "people", title="Kazakhs")]


def test_peoples_named_together_are_never_a_speaker(tmp_path):
    body = ("Over the past three years, hundreds of Uighurs, Kazakhs and Huis have testified about the camps, "
            "part of what observers say is a crackdown.")
    assert sentence_labels(voices(tmp_path, body, entries=PEOPLES)) == [None]


def test_a_people_stressed_by_a_reflexive_is_still_a_people(tmp_path):
    body = "Such claims have been rejected by the Uighurs themselves."
    assert sentence_labels(voices(tmp_path, body, entries=PEOPLES)) == [None]


def test_whom_a_verb_addresses_before_to_is_not_its_speaker(tmp_path):
    body = ("In response, China temporarily closed its consulate in the port city, warned Chinese residents and "
            "travelers to Ruritania to “be wary,” and threatened retaliation.")
    assert sentence_labels(voices(tmp_path, body)) == ["china"]


def test_what_others_say_and_a_participles_phrase_are_not_speakers(tmp_path):
    body = ("The camps grew, part of what observers say is a crackdown.\n\n"
            "The report, quoting officials, said the talks went well.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[0] is None and labels_[1] != "quoting officials"


def test_by_declaring_that_and_quoting_as_telling_give_the_words_to_whom_they_name(tmp_path):
    body = ("Novak appeared to set the tone for the visit by declaring that it was possible to “find a solution.”"
            "\n\nRuritania sought to frame the visit, with the state-run Borduria Daily newspaper quoting Novak "
            "as telling leaders that “it is a fact.”")
    assert sentence_labels(voices(tmp_path, body)) == ["Novak", "Novak"]


def test_an_organisations_officer_named_after_the_office_speaks_not_the_organisation(tmp_path):
    body = "The channel will broadcast in six languages, ETGE Secretary General Jan Novak announced on Tuesday."
    assert sentence_labels(voices(tmp_path, body)) == ["ETGE Secretary General Jan Novak"]


def test_a_consulate_publishes_its_own_statements():
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Consulate General of the Republic of Ruritania in Frankfurt am Main", None).speaks


def test_a_quotation_opening_with_its_verb_and_he_never_a_broadcaster(tmp_path):
    body = ('State broadcaster RTV covered the visit of Mamtimin Ala.\n\nAla "stressed that stability comes first", '
            'RTV reported.\n\nHe said it was "necessary to act", according to the broadcaster.')
    assert sentence_labels(voices(tmp_path, body))[1:] == ["mamtimin-ala"] * 2


def test_what_a_concessive_clause_reports_does_not_speak_for_the_sentence(tmp_path):
    body = ("Jane Doe arrived in Geneva on Monday. Although she insisted she would not be swayed by pressure, "
            "the report may not be published before she leaves office.")
    assert sentence_labels(voices(tmp_path, body)) == [None, None]


def test_a_headlines_q_and_a_with_a_person_gives_the_answers_to_them(tmp_path):
    front = "---\ntitle: 'The diaspora must speak — Q&A with human rights lawyer Jana Novak'\nsource: Wire\n---\n"
    body = ("Jana Novak comments on the crisis.\n\nThis is an edited transcript of our conversation.\n\n"
            "What do you make of the new policy?\n\nYeah, some argue that it helps. But there is a difference.")
    result = voices_with_front(tmp_path, front + body)
    assert [v.label for v in result.voices if not v.writer] == ["Jana Novak", "Jana Novak"]


def test_the_subject_of_met_and_said_is_the_name_before_the_first_verb(tmp_path):
    body = ("A series of visits began on July 3rd when Ruritanian President Jan Novak met with the Bordurian "
            "leader on the sidelines of the summit (SCO) in Astana and said they had advanced ties.")
    assert sentence_labels(voices(tmp_path, body)) == ["Ruritanian President Jan Novak"]


def test_a_news_sites_interview_is_not_its_own_statement(tmp_path):
    front = ("---\ntitle: 'Exclusive interview with Uyghur activist Jan Novak about the region'\n"
             "source: Borduria News (borduria-news.example)\n---\n")
    body = ("Borduria News had an exclusive interview with activist Jan Novak.\n\n"
            "As we know, millions are held. Can you describe the situation?\n\n"
            "Well, it is hard to describe. We hear of new camps.")
    result = voices_with_front(tmp_path, front + body)
    assert [None if v.writer else v.label for v in result.voices] == [None, None, None, "Jan Novak", "Jan Novak"]


def test_an_aside_between_commas_is_no_part_of_the_speaker(tmp_path):
    body = "Parliaments of several Western countries have, in fact, accused Ruritania of abuses."
    assert sentence_labels(voices(tmp_path, body)) == ["Parliaments of several Western countries"]


def test_the_pm_and_the_top_legislator_are_the_ones_named_in_those_offices(tmp_path):
    body = ("Prime Minister Jan Novak attended the summit.\n\nThe PM said that cooperation grows.\n\n"
            "Chairman of the National Assembly Ana Roe met the guests. The top legislator voiced her confidence.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[1] == "Jan Novak" and labels_[-1] == "Ana Roe"


def test_a_quotation_in_single_marks_after_someones_words_is_theirs(tmp_path):
    body = ("‘Obtaining observer status is a historic step,’ Jan Novak said.\n\n"
            "‘I would like to extend my sincere gratitude to the member states.’")
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak", "Jan Novak"]


def test_the_name_before_during_his_visit_speaks(tmp_path):
    body = ("In early February, Secretary of State Jan Novak during his visit to Borduria urged to stand up for "
            "the minority.")
    assert sentence_labels(voices(tmp_path, body)) == ["Secretary of State Jan Novak"]


def test_points_out_reports_speech(tmp_path):
    assert sentence_labels(voices(tmp_path, "Novak points out that the minority has been under pressure.")) \
        == ["Novak"]


def test_a_participle_after_a_noun_is_what_others_call_it(tmp_path):
    body = ("Xinjiang, the home to the Uygurs, described as a marginalised group in Ruritania, has been the "
            "target of attacks.\n\nThe attacks, championed by a group declared by the council as a terrorist "
            "organisation, went on.")
    assert sentence_labels(voices(tmp_path, body)) == [None, None]


def test_stated_to_journalists_by_and_a_source_with_reference_to_another(tmp_path):
    body = ("Ruritania actively develops cooperation with the organisation.\n\n"
            "As reported by BAKU.WS with reference to APA, this was stated to journalists by Foreign Minister Jan "
            "Novak.")
    labels_ = sentence_labels(voices(tmp_path, body, source="BAKU.WS (baku.ws)"))
    assert labels_[-1] == "Foreign Minister Jan Novak"


def test_an_unknown_outlet_reporting_in_its_own_lede_publishes_no_statement(tmp_path):
    for lede in ("BAKU.WS reports that the talks ended.", "As reported by BAKU.WS, the talks ended."):
        result = voices(tmp_path, lede + "\n\nThe second paragraph follows.", source="BAKU.WS")
        assert sentence_labels(result) == [None, None]
    result = voices(tmp_path, "The Ruritanian Rights Union urges the release of the journalists.\n\nWe call on "
                    "the government to act.", source="Ruritanian Rights Union")
    assert sentence_labels(result) == ["Ruritanian Rights Union"] * 2


def test_a_name_and_role_ending_in_said_and_a_colon_introduce_a_quotation_not_a_transcript_turn(tmp_path):
    body = ("We call on the council to act now.\n\nJane Roe MEP, the group's negotiator on the resolution, said:"
            "\n\n\"We can no longer look away.\"")
    assert sentence_labels(voices(tmp_path, body, source="Ruritanian Rights Union")) \
        == ["Ruritanian Rights Union"] * 3  # its own release: it speaks throughout
    body = "The council met on Monday.\n\nJane Roe MEP, the group's negotiator, said:\n\n\"We can no longer wait.\""
    assert sentence_labels(voices(tmp_path, body))[1:] == ["Jane Roe MEP, the group's negotiator"] * 2


def test_the_statement_someone_issued_is_theirs_when_it_speaks_later(tmp_path):
    body = ("A rights organisation recently reported that the appeal failed.\n\nJan Novak, a spokesperson for "
            "the ministry, issued a statement condemning the sentence.\n\nThe statement said that the scholar "
            "was unjustly imprisoned.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Jan Novak, a spokesperson for the ministry"


def test_a_passive_with_an_adverb_names_its_agent_and_what_it_is_for_is_no_part_of_it(tmp_path):
    body = ("Some members are also accused by the Ruritanian government of having planned attacks.\n\n"
            "The group was repeatedly criticised by the foreign ministry for its stance.\n\n"
            "This was stated by the Ministry for Foreign Affairs on Monday.")
    assert sentence_labels(voices(tmp_path, body)) \
        == ["the Ruritanian government", "the foreign ministry", "the Ministry for Foreign Affairs"]


def test_the_plural_present_claim_reports_speech_and_the_noun_does_not(tmp_path):
    body = ("Opposition parties claim that the shipment was withheld.\n\nThe claim that the shipment was withheld "
            "is old.\n\nIts claim to the region dates back centuries.")
    assert sentence_labels(voices(tmp_path, body)) == ["Opposition parties", None, None]


def test_a_name_after_a_preposition_is_no_subject_of_the_verb_after_it(tmp_path):
    body = ('In a video post, titled "#AMinute" on the Ruritanian Embassy verified Facebook page, Jan Novak said '
            "the claims were false.\n\nAt the summit the Ruritanian President said the talks went well.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak", "Ruritanian President"]


def test_a_description_then_a_name_in_apposition_gives_the_name(tmp_path):
    body = ("President Jan Novak held talks with his counterpart, Samia Roe Hassan, in the capital.\n\n"
            "Ruritania’s first female president, Hassan, said, “The visit is a testament to our ties.”")
    assert sentence_labels(voices(tmp_path, body))[-1].endswith("Hassan")
    assert sentence_labels(voices(tmp_path, body))[-1] != "Ruritania’s first female president, Hassan"


def test_a_surname_ending_in_s_is_still_a_person_whom_he_means(tmp_path):
    body = ("EU ambassador to Ruritania, Nicolas Chapuis, told reporters that the union was concerned.\n\n"
            "The country has come under scrutiny.\n\nHe said the union wants observers to visit the region.")
    assert sentence_labels(voices(tmp_path, body)) == ["Nicolas Chapuis", None, "Nicolas Chapuis"]


def test_the_groups_are_the_bodies_named_together_before(tmp_path):
    body = ("On Monday, the Society for Threatened Peoples, the Swiss Rights Association and Campax handed a "
            "petition to the government.\n\nThe activists claim that a million people are held in camps.\n\n"
            "The groups warn that some masks may have been made by forced labour.")
    named = "the Society for Threatened Peoples, the Swiss Rights Association and Campax"
    assert sentence_labels(voices(tmp_path, body)) == [None, named, named]
    body = "Uighurs, Kazakhs and Kyrgyz live in the region.\n\nThe groups say they are watched."
    assert sentence_labels(voices(tmp_path, body)) == [None, "The groups"]  # peoples listed: not bodies


def test_a_party_a_former_office_and_a_name_are_read_whole(tmp_path):
    body = ("Conservative former minister Jane Roe, one of five MPs sanctioned by Ruritania for criticising its "
            "treatment of the minority, moved the proposal and insisted the government must take action.")
    assert sentence_labels(voices(tmp_path, body)) == ["Conservative former minister Jane Roe"]


def test_a_quotation_standing_alone_after_one_paragraph_of_the_writers_is_who_spoke_before(tmp_path):
    body = ("Jane Roe moved the proposal and insisted the government must act.\n\nThe motion does not compel the "
            "government to act.\n\n“But there is a misunderstanding. That is false.”")
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe", None, "Jane Roe", "Jane Roe"]
    body = ("The vote was held on Monday.\n\nThe motion does not compel the government to act.\n\n"
            "“But there is a misunderstanding.”")
    assert sentence_labels(voices(tmp_path, body)) == [None, None, None]  # no one spoke before it


def test_a_quotation_that_opens_a_paragraph_and_runs_on_unclosed_is_the_last_speakers(tmp_path):
    body = ("She said the prime minister had raised the matter.\n\nForeign Minister Jane Roe said the government "
            "was concerned.\n\n\"Genocide is the gravest of crimes and a determination must be rigorous.\n\n"
            "\"We have relied upon the findings of courts.\"")
    assert sentence_labels(voices(tmp_path, body))[-2:] == ["Foreign Minister Jane Roe"] * 2


def test_a_name_right_after_said_and_before_a_verb_is_what_was_said_not_who(tmp_path):
    body = ("Jan Novak, a member of the parliament's foreign policy committee, said Ruritania demanded that the "
            "signature be withdrawn.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak"]


def test_an_interview_headline_with_the_office_in_brackets_names_who_answers_and_headings_are_no_answers(tmp_path):
    text = ("---\ntitle: \"Interview with Jane Roe (President of the Ruritanian Congress)\"\nsource: Wire\n---\n\n"
            "Overview\n\nCan you describe the congress?\n\n→ The congress represents the community abroad.\n\n"
            "Human Rights Violations\n\nWhat evidence supports these claims?\n\n→ There is a great deal of it.")
    assert sentence_labels(voices_with_front(tmp_path, text)) == [
        None, None, "Jane Roe", None, None, "Jane Roe"]


def test_a_numbered_heading_of_common_words_and_a_colon_is_no_speaker(tmp_path):
    body = ("The partnership brings benefits.\n\n1. Economic Growth: Enhanced trade relations can lead to more "
            "investment.\n\n2. Regional Security: Cooperation can help stability.")
    assert sentence_labels(voices(tmp_path, body)) == [None, None, None]


def test_thinks_with_a_clause_without_that_reports_a_view(tmp_path):
    body = "Jan Novak thinks this is a good result.\n\nShe thinks about it every day."
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak", None]


def test_after_an_opening_phrase_the_subject_is_the_phrase_from_its_article(tmp_path):
    body = ("At the meeting the sides stressed the importance of the visit.\n\n"
            "On Monday the ministry said the talks went well.\n\nDuring the talks both sides noted the progress.")
    assert sentence_labels(voices(tmp_path, body)) == ["the sides", "the ministry", "both sides"]


def test_with_a_titled_name_confirming_is_their_statement(tmp_path):
    body = "The firm has joined the boycott, with CEO Jan K Novak confirming the halt of all travel packages."
    assert sentence_labels(voices(tmp_path, body)) == ["CEO Jan K Novak"]


def test_quoted_by_an_office_its_place_and_a_name_gives_them_whole(tmp_path):
    body = ("“The region is a model,” quoted by Ruritanian Ambassador to Dhaka Jan Novak.\n\n"
            "The remark was quoted by Ruritanian Ambassador to Dhaka Jan Novak on Monday.")
    assert sentence_labels(voices(tmp_path, body)) == ["Ruritanian Ambassador to Dhaka Jan Novak"] * 2


def test_the_report_is_not_the_report_of_many_bodies_that_spoke_before(tmp_path):
    body = ("Parliaments of several Western countries have accused the government of abuses.\n\n"
            "The report said the envoys visited the region.")
    # (the report itself, as written, no one being named as issuing it: never the parliaments')
    assert sentence_labels(voices(tmp_path, body)) == ["Parliaments of several Western countries", "The report"]


def test_maintaining_relations_and_admitting_a_member_are_acts_not_statements(tmp_path):
    body = ("Ruritania maintained its relations with Freedonia and its embassy is active.\n\n"
            "The organization has also admitted Freedonia as an observer.\n\n"
            "The minister admitted that mistakes were made. He maintained that the law is fair.")
    assert sentence_labels(voices(tmp_path, body)) == [None, None, "The minister", "The minister"]


def test_a_people_of_or_in_a_place_is_still_a_people_and_never_a_speaker(tmp_path):
    body = ("The Uyghurs of Xinjiang protested in Baku.\n\nThe Uyghurs in Turkey urged the government to act.\n\n"
            "The Uyghur Human Rights Project of Washington said it was concerned.")
    entries = ENTRIES + [E("uyghurs", "people", title="Uyghurs", aliases=["Uyghur"])]
    assert sentence_labels(voices(tmp_path, body, entries=entries)) \
        == [None, None, "The Uyghur Human Rights Project of Washington"]


def test_a_spokespersons_remarks_on_a_missions_site_are_theirs_and_the_question_is_the_transcripts_q(tmp_path):
    # (the question was no one's, None, until the session of 2026-12-02, second: the corpus's gold gives such
    # questions to the transcript's "Q", as a headline naming only an office already did)
    body = ("Q: According to reports, the official said the region faces a crisis. What is your comment?\n\n"
            "A: The remarks are pure slanders.\n\nWe urge the official to face the facts.")
    text = ("---\ntitle: \"Foreign Ministry Spokesperson Jane Roe's Remarks on an Official's Wrong Remarks\"\n"
            "source: Embassy of Ruritania in Freedonia\nurl: https://fd.ruritania-embassy.gov.rr/eng/1.htm\n---\n\n"
            + body)
    labels_ = sentence_labels(voices_with_front(tmp_path, text))
    assert labels_[:2] == ["Q", "Q"] and labels_[2:] == ["Jane Roe", "Jane Roe"]


def test_a_programmes_items_are_no_transcript_turns(tmp_path):
    body = ("The congress will hold its assembly on Saturday.\n\nTIME: 09:30 a.m.\n– 01:00 p.m.\n\n"
            "VENUE: The Central Library\n\nJournalist: Is the border open?\n\nJane Doe: It is.")
    assert sentence_labels(voices(tmp_path, body)) == [None, None, None, None, "Journalist", "Jane Doe"]


def test_the_leader_of_a_country_is_its_prime_minister_named_before(tmp_path):
    body = ("Ruritanian Prime Minister Jan Novak said the talks in Beijing went well.\n\n"
            "The Ruritanian leader noted that the partnership had grown.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Ruritanian Prime Minister Jan Novak"


def test_a_footnotes_mark_closes_its_sentence(tmp_path):
    body = ("Foreign Minister Jane Roe stated that the push would go on: ‘We will continue to do so.’[1] She noted "
            "that the next steps would include a visit.[2]\n\nThe Opposition Labor Party has articulated broad "
            "support for the approach.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[0] == "Foreign Minister Jane Roe" and labels_[1].endswith("Jane Roe") \
        and labels_[2:] == ["The Opposition Labor Party"]  # ("She": the one who spoke, as the text names her)


def test_what_is_proposed_is_no_agent_and_a_participle_after_the_agent_is_no_part_of_it(tmp_path):
    body = ("The region’s potential is underlined by various proposals tabled by government officials.\n\n"
            "The plan was criticised by rights groups based in Geneva.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "rights groups"]


def test_a_speech_whose_speaker_names_himself_is_his_from_there_on(tmp_path):
    body = ("Jane Roe is the president of the congress.\n\nFull Remarks\n\nMy name is Jane Roe and I am a Uyghur. "
            "I have been detained around the world.\n\nI grew up in the region.")
    labels_ = sentence_labels(voices(tmp_path, body, source="Geneva Summit (genevasummit.org)"))
    assert labels_[-3:] == ["Jane Roe"] * 3
    body = "“My name is Jane Roe,” she told the crowd.\n\nThe rally ended at noon."
    assert sentence_labels(voices(tmp_path, body))[-1] is None  # quoted in a story: no speech of hers after


def test_a_label_of_the_texts_own_before_a_colon_is_no_turn_and_just_opens_a_time_phrase(tmp_path):
    body = ("Spot: The resistance was considered a political challenge.\n\nThe centre published the report.\n\n"
            "Just last year, Cuba, along with 45 other countries, released a joint statement.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[:2] == [None, None] and labels_[2].startswith("Cuba")


def _front(title, source, url, body):
    return f"---\ntitle: {title}\nsource: {source}\nurl: {url}\n---\n{body}\n"


def test_a_speech_on_its_bodys_own_site_is_the_bodys_throughout(tmp_path):
    body = ("Mr. Chair,\n\nThe dialogue should build trust. Yesterday I spoke to Jane Roe, who said her brother "
            "is missing.\n\nThe allegations are lies.")
    title = "Remarks by Ambassador John Doe at the Interactive Dialogue with the Special Rapporteur"
    mission = ("Permanent Mission of Ruritania to the United Nations", "https://un.ruritania-mission.gov.rt/x")
    r = voices_with_front(tmp_path, _front(title, *mission, body))
    assert [a.label for a in r.attributions] == [mission[0]] * 3
    # a copy another site carries is his words as that site reports them
    carried = ("Permanent Mission of Ruritania (via Example Archive, archive.example)", "https://archive.example/x")
    r = voices_with_front(tmp_path / "b", _front(title, *carried, body))
    assert [a.label for a in r.attributions] == ["John Doe"] * 3
    # remarks answering questions keep the one who answers
    qa = "Q: What is your comment?\n\nThe allegations are lies."
    r = voices_with_front(tmp_path / "c", _front(title, *mission, qa))
    assert [a.label for a in r.attributions][1] == "John Doe"
    r = voices_with_front(tmp_path / "d", _front(title.replace("Dialogue", "Press Conference"), *mission, body))
    assert [a.label for a in r.attributions] == ["John Doe"] * 3


def test_said_a_statement_issued_by_someone_is_theirs(tmp_path):
    body = ("“China is wrong,” said a press statement issued by Jane Roe, President of the Example Group (EG). "
            "The talks go on.")
    r = voices(tmp_path, body)
    assert sentence_labels(r) == ["Jane Roe", None]
    assert r.voices[0].cue == "said a press statement issued by Jane Roe"
    # and "added the statement" later is hers too
    r = voices(tmp_path / "b", body + "\n\n“It must stop,” added the statement.")
    assert sentence_labels(r) == ["Jane Roe", None, "Jane Roe"]
    # "said the statement" with no issuer named is no one's
    r = voices(tmp_path / "c", "The camps were built.\n\n“It must stop,” added the statement.")
    assert sentence_labels(r) == [None, None]


def test_a_paragraph_opened_by_a_single_quotation_mark_is_a_quotation(tmp_path):
    body = ("Jane Roe held a press conference on Wednesday.\n\n“They have never been there,” she said.\n\n"
            "‘They simply act out of political intention and want political gains.”\n\n"
            "‘The camps are schools.’\n\n‘Some of them,’ she said, ‘have never been there.’\n\nThe vote was held.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "Jane Roe", "Jane Roe", "Jane Roe", "Jane Roe", None]


def test_an_opening_name_and_colon_the_text_never_uses_again_is_a_dateline(tmp_path):
    body = ("Washington DC: The ETGE has issued an urgent plea to the General Assembly to act on the "
            "camps.\n\nThe camps were built in 2017.")
    assert sentence_labels(voices(tmp_path, body)) == ["etge", None]
    # a transcript's only turn: its speaker opens in the first person, or greets ("Marti Flacks: Good morning.")
    body = "Jane Roe: Good morning.\n\nThe camps were built in 2017 and we have seen them ourselves."
    assert sentence_labels(voices(tmp_path / "b", body))[0] == "Jane Roe"
    body = "Jane Roe: We have seen the camps that were built in 2017 with our own eyes."
    assert sentence_labels(voices(tmp_path / "c", body)) == ["Jane Roe"]


def test_a_name_ending_in_s_after_a_lower_case_office_is_a_person(tmp_path):
    body = ("Research published by a think tank has confirmed that cotton was picked by force.\n\n"
            "“It is credible,” foreign office minister Nigel Adams told parliament.\n\n"
            "Adams said firms had a duty. According to the report, childcare is arranged.")
    r = voices(tmp_path, body)
    labels_ = sentence_labels(r)
    assert labels_[1] == "foreign office minister Nigel Adams"
    assert "Adams" not in (labels_[3] or "")  # "the report" is the research's, never a person's


def test_a_name_after_a_preposition_belongs_to_the_subject_before_it(tmp_path):
    body = "Last week nearly two dozen nations at the U.N. Human Rights Council wrote a letter to China."
    assert sentence_labels(voices(tmp_path, body)) == ["nearly two dozen nations at the U.N. Human Rights Council"]
    # (a name closing an opening clause without a preposition is still who speaks)
    body = "Despite rejecting the challenge Mr Justice Dove observed that the law was clear."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Mr Justice Dove"]


def test_an_office_held_in_a_country_is_the_one_person_named_speaking(tmp_path):
    body = ("Ruritania’s ambassador to Canada says the reports are the lie of the century.\n\n"
            "Cong Peiwu on Wednesday held a press conference with journalists.\n\n"
            "“They have never been there,” he said.\n\nCong said there is no truth to the concerns.")
    # ("Cong", the surname written first, is the name the text gave in full)
    assert sentence_labels(voices(tmp_path, body)) == ["Cong Peiwu", None, "Cong Peiwu", "Cong Peiwu"]
    # a name right after the place is the ambassador's own
    body = "In his remarks, Ruritania’s ambassador to SA Chen Xiaodong said the region is stable."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Ruritania’s ambassador to SA Chen Xiaodong"]


def test_an_officer_named_after_the_body_and_its_abbreviation_speaks_not_the_body(tmp_path):
    body = ("The camps are open, Secretary General of the East Turkistan Government in Exile (ETGE) Jan Novak said "
            "on Monday.")
    assert [(a.holder, a.label) for a in voices(tmp_path, body).attributions] == [
        (None, "Secretary General of the East Turkistan Government in Exile (ETGE) Jan Novak")]


def test_a_kind_of_group_is_the_body_that_spoke(tmp_path):
    body = ("The camps are open, the East Turkistan Government in Exile said on Monday.\n\n"
            "The human rights group said the student was detained.\n\nThe exile group said he was held.")
    assert [a.holder for a in voices(tmp_path, body).attributions] == ["etge"] * 3


def test_a_radio_transcripts_numbered_unnamed_voice_is_a_turn(tmp_path):
    body = ("JOANNA KAKISSIS, BYLINE: The men sing.\n\nUNIDENTIFIED PERSON #1: We pray for our families.\n\n"
            "JOANNA KAKISSIS, BYLINE: They came from Xinjiang.")
    assert labels(tmp_path, body) == ["JOANNA KAKISSIS, BYLINE", "UNIDENTIFIED PERSON #1", "JOANNA KAKISSIS, BYLINE"]


def test_corroborated_reports_a_finding(tmp_path):
    assert sentence_labels(voices(tmp_path, "The camps were built. The ETGE has further corroborated that "
                                  "they hold millions.")) == [None, "etge"]


def test_an_office_refers_back_to_the_name_in_apposition_after_its_place(tmp_path):
    body = ("Party leader John Doe said the visit matters.\n\n"
            "However, the mayor of Prague, Jan Roe, who has opposed the policy for a long time, sees no problem.\n\n"
            "“Representatives of China have already expressed concern about this event,” said the mayor.")
    assert sentence_labels(voices(tmp_path, body))[2] == "Jan Roe"


def test_a_royal_title_names_a_speaker(tmp_path):
    body = ("Prince Faisal bin Khalid met Jane Roe on Monday.\n\n"
            "Calling Ruritania an important partner, the crown prince said that ties have grown.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "Faisal bin Khalid"]


def test_a_name_before_a_bodys_office_in_apposition_is_the_speaker(tmp_path):
    body = ("Further, Jane Roe, ETGE Minister for Foreign Affairs and Security also alleged that, “Ruritania has "
            "betrayed the Uyghurs.”")
    r = voices(tmp_path, body)
    assert sentence_labels(r) == ["Jane Roe, ETGE Minister for Foreign Affairs and Security"]
    # (the body itself, with no name before it, is still the body)
    assert sentence_labels(voices(tmp_path / "b", "Further, the ETGE also alleged that the deal is bad.")) == ["etge"]


def test_a_news_agency_in_the_lede_is_no_person_named_later(tmp_path):
    body = ("Jane Roe and her counterpart John Doe met on Friday in Samarkand, Ruritania’s state Example news "
            "agency reported.\n\nIn the meeting, Xi Jinping urged trust between the two countries.")
    entries = ENTRIES + [E("xi", "person", title="Xi Jinping", short_names=["Xi"])]
    assert sentence_labels(voices(tmp_path, body, entries=entries)) == [
        "Ruritania’s state Example news agency", "xi"]


def test_a_parliaments_record_of_a_debate_is_not_the_parliaments_statement(tmp_path):
    source, url = "Ruritanian Parliament (Hansard)", "https://hansard.parliament.gov.rt/x"
    body = ("That this House takes note of the remarks on Xinjiang.\n\n"
            "My Lords, in moving the Motion, I note that the camps are many.")
    assert sentence_labels(voices(tmp_path, body, source=source, url=url)) == [None, None]
    body = "Senator ROE (Tasmania) (10:11): Slave labour is a scourge.\n\nIt must end, Mr President."
    assert sentence_labels(voices(tmp_path / "b", body, source=source, url=url)) == ["Senator ROE"] * 2
    # its own release is its statement
    body = "The Parliament today adopted a resolution on Xinjiang.\n\nIt calls for an inquiry."
    assert sentence_labels(voices(tmp_path / "c", body, source=source, url=url)) == [source] * 2


def test_a_counterpart_with_an_entry_does_not_speak_for_the_pair(tmp_path):
    body = "The ties are strong, President Jan Novak and his Chinese counterpart Xi Jinping told reporters."
    entries = ENTRIES + [E("xi", "person", title="Xi Jinping", short_names=["Xi"])]
    assert sentence_labels(voices(tmp_path, body, entries=entries)) == [
        "President Jan Novak and his Chinese counterpart Xi Jinping"]


def test_a_city_and_the_agencys_own_name_before_a_colon_is_a_dateline_not_a_turn(tmp_path):
    source, url = "Ruritania News Agency (Rana) (via Ruritania Voice, ruritaniavoice.example)", "https://rv.example/x"
    body = ("Northtown, Rana: New Chinese Ambassador to Ruritania, Long Zhou has pledged his government’s continued "
            "support to Ruritania in order to foster economic growth.\n\n"
            "He said this Wednesday after presenting letters of credence to President, Dr Jan Novak at the palace in "
            "Northtown.\n\nZhou said Ruritania and China have enjoyed cordial relations for the past 15 years and "
            "assured that the relations would continue to grow.")
    assert sentence_labels(voices(tmp_path, body, source=source, url=url)) == ["Long Zhou"] * 3


def test_a_churchs_site_on_its_bishops_in_parliament_is_the_churchs_own_voice(tmp_path):
    # "Church in Parliament" names a parliament only after "in": the church's site, its own voice throughout,
    # the debate it quotes included (not a parliament's record, whose members speak in it)
    source, url = "Church in Ruritanian Parliament (churchinparliament.example)", "https://churchinparliament.example/x"
    body = ("In the House of Lords on 25th November Peers debated a Motion on the camps.\n\n"
            "The Lord Bishop of Northtown: My Lords, I too pay tribute to the noble Lord for his work.")
    assert sentence_labels(voices(tmp_path, body, source=source, url=url)) == [source] * 2


def test_a_bodys_summary_of_a_meeting_is_a_record_its_speakers_speak_in(tmp_path):
    # a UN office's own summary of a committee's review: who said what, not the office's statement (its own
    # releases stay its voice)
    source, url = "Ruritania Office at Northtown (ruritaniaoffice.example)", "https://ruritaniaoffice.example/x"
    summary = ("The Committee on Economic, Social and Cultural Rights today concluded its review of the report of "
               "Freedonia.\n\nOne Committee Expert said that levels of income inequality were concerning.\n\n"
               "Jan Novak, head of the delegation, introducing the report, said Freedonia had ended poverty.")
    assert sentence_labels(voices(tmp_path / "a", summary, source=source, url=url))[1:] == [
        "One Committee Expert", "Jan Novak"]
    record = "The meeting was called to order at 3.10 p.m.\n\nJan Novak said that Freedonia had ended poverty."
    assert sentence_labels(voices(tmp_path / "b", record, source=source, url=url))[1:] == ["Jan Novak"]
    release = "The Office today welcomed the report.\n\nJan Novak said that Freedonia had ended poverty."
    assert sentence_labels(voices(tmp_path / "c", release, source=source, url=url)) == [source] * 2


def test_a_carried_decision_is_its_decision_makers_from_where_its_reasons_begin(tmp_path):
    # a tribunal's decision on a law school's site, its header naming the panel: the reasons are the member's, the
    # claimant's allegations as the member sets them out included; the header lines are nobody's
    source, url = "Ruritania Refugee Division (via Law Lab, lawlab.example)", "https://lawlab.example/x"
    body = ("Tribunal: Ruritania Refugee Division\n\nPanel: Jane Roe\n\nCountry: Freedonia\n\nDECISION\n\n"
            "[1] This is the decision in the claim made by XXXX XXXX, who claims to be a citizen of Freedonia.\n\n"
            "[2] The claimant fears persecution from the authorities, he said.")
    assert sentence_labels(voices(tmp_path / "a", body, source=source, url=url)) == [None] * 3 + ["Jane Roe"] * 3
    # (no panel named: the writer's, and whoever the text says speaks)
    body = "Tribunal: Ruritania Refugee Division\n\nDECISION\n\n[1] The claimant fears persecution, he said."
    assert sentence_labels(voices(tmp_path / "b", body, source=source, url=url))[:2] == [None, None]


def test_a_congress_that_is_no_legislature_keeps_its_own_voice(tmp_path):
    body = "Mr. President, the camps must close.\n\nThe group urges action now."
    entries = ENTRIES + [E("wuc", title="World Uyghur Congress")]
    r = voices(tmp_path, body, source="World Uyghur Congress", url="https://www.uyghurcongress.example/x",
               entries=entries)
    assert all(v.cue and v.cue.startswith("published by") for v in r.voices)


def test_an_honorific_is_a_title_and_stands_for_the_person(tmp_path):
    body = ("Ruritanian President His Highness Sheikh Jane bin Roe affirmed that trade will grow.\n\n"
            "His Highness was speaking at the Example-Arab States Cooperation Forum.\n\n"
            "In his address, His Highness expressed his gratitude. He emphasised that trade matters.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[0] == "Ruritanian President His Highness Sheikh Jane bin Roe"
    assert labels_[2:] == [labels_[0]] * 2  # (never the forum: a forum is a body)


def test_a_plan_put_forward_by_someone_is_no_speaker(tmp_path):
    body = ("Noting that the Global Governance Initiative proposed by Ruritania aims to address challenges, "
            "Mamtimin Ala said the country will work with others.")
    assert sentence_labels(voices(tmp_path, body)) == ["mamtimin-ala"]
    # "said by phone" is still said
    assert sentence_labels(voices(tmp_path / "b", "Camps were built. Rights officials said by phone that talks "
                                  "failed.")) == [None, "Rights officials"]


def test_in_a_press_release_x_said_makes_the_statement_xs(tmp_path):
    body = ("Spokesperson Jane Roe said Ruritania took notice of the report.\n\n"
            "In a press release, the FO said, “Ruritania believes in the principles of the Charter.”\n\n"
            "The statement added that “dialogue should be the main tool.”")
    assert sentence_labels(voices(tmp_path, body))[1:] == ["the FO", "the FO"]


def test_said_a_name_then_a_participle_is_still_the_names(tmp_path):
    body = ("Talks between the King and the Ruritanian President were held in a friendly atmosphere, said Jane "
            "Roe, adding that the two sides agreed on trade.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe"]
    # (a verb that takes an object: whom it criticised, not who spoke)
    body = "The ETGE issued a statement. The group criticized Jane Roe, stating that she was wrong."
    assert sentence_labels(voices(tmp_path / "b", body))[1] == "etge"


def test_relations_between_states_say_nothing(tmp_path):
    body = "The two countries enjoy amicable ties. Ruritania-China relations have maintained a positive momentum."
    assert sentence_labels(voices(tmp_path, body)) == [None, None]


def test_as_a_name_then_its_office_wrote_is_the_names(tmp_path):
    body = ("As Professor Jane Roe, director of the Human Rights Institute at UNSW wrote, the report leaves no "
            "room to hide.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "Professor Jane Roe, director of the Human Rights Institute at UNSW"]


def test_an_unknown_publisher_naming_itself_in_a_later_paragraph_and_speaking_as_we_publishes_its_own(tmp_path):
    body = ("The fashion industry remains complicit in the camps.\n\nYesterday, people came out to call on brands.\n\n"
            "We were proud to stand with many groups.\n\nNo Trade with Camps is committed to making companies stop.")
    r = voices(tmp_path, body, source="No Trade with Camps (notradewithcamps.example)",
               url="https://notradewithcamps.example/x")
    assert sentence_labels(r) == ["No Trade with Camps (notradewithcamps.example)"] * 4
    # a news site that says "we" but never opens a paragraph with its own name reports
    body = "The fashion industry remains complicit.\n\nWe spoke to brands. They declined to comment."
    r = voices(tmp_path / "b", body, source="Example Observer", url="https://observer.example/x")
    assert sentence_labels(r) == [None, None, None]


def test_an_outlet_the_registry_knows_closing_a_sentence_carries_it(tmp_path):
    body = "Mamtimin Ala underlined the importance of the ties, and said talks will go on, Xinhua stated."
    assert sentence_labels(voices(tmp_path, body)) == ["mamtimin-ala"]


def test_a_partys_own_site_is_its_statement_but_a_presidents_address_there_is_his(tmp_path):
    body = "The treatment of the Uyghurs is genocide.\n\nThat is why we voted today to recognise it."
    r = voices(tmp_path, body, source="Liberal Democrats (libdems.example)", url="https://www.libdems.example/x")
    assert sentence_labels(r) == ["Liberal Democrats (libdems.example)"] * 2
    text = ("---\ntitle: Address by the President of Ruritania Jane Roe at the Summit\n"
            "source: rld.example (Liberal Democratic Party of Ruritania)\nurl: https://rld.example/x\n---\n"
            "Dear heads of state,\n\nThe summit opens a new chapter.\n")
    r = voices_with_front(tmp_path / "b", text)
    assert [a.label for a in r.attributions] == ["Jane Roe", "Jane Roe"]


def test_lauded_reports_and_an_agency_in_brackets_opening_the_text_is_a_dateline(tmp_path):
    body = ("Mamtimin Ala, in an article, lauded the deal. He stated: “Every visit brings us closer.”\n\n"
            "(Example News Agency) - The ETGE described the talks as a failure.")
    assert sentence_labels(voices(tmp_path, body)) == ["mamtimin-ala", "mamtimin-ala", "etge"]


def test_dashes_set_off_an_apposition_as_commas_do(tmp_path):
    body = ("In remarks at the same meeting, Jane Roe — a representative of the group — said, “No one should hide.”\n\n"
            "Imam John Doe — an adviser on faith – noted, “We said never again.”\n\nThe deal — worth $1bn — said nothing.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe", "Imam John Doe", None]


def test_an_office_to_a_body_of_several_words_then_the_name_before_a_participle(tmp_path):
    body = ("Senior Rabbi to Reform Judaism in the UK Laura Janner-Klausner talked about the plight of the Uyghurs, "
            "saying, “There are reports of cemeteries flattened.”\n\nChinese Ambassador to the United States Xie Feng "
            "visited the camp, saying, “All is well.”")
    assert sentence_labels(voices(tmp_path, body)) == [
        "Senior Rabbi to Reform Judaism in the UK Laura Janner-Klausner",
        "Chinese Ambassador to the United States Xie Feng"]


def test_tweeting_or_posting_a_picture_says_nothing(tmp_path):
    body = ("Jane Roe, a member of parliament, tweeted an image of Uyghurs demonstrating outside.\n\n"
            "Jane Roe, a member of parliament, tweeted that the vote was historic.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "Jane Roe, a member of parliament"]


def test_a_report_laying_out_evidence_is_its_issuers_statement_but_a_report_that_found_is_told(tmp_path):
    body = ("Earlier this year, Example Rights Watch published a report laying out new evidence of abuses.\n\n"
            "Example Rights Watch released a report that found widespread abuses.\n\n"
            "Example Rights Watch published a report on the camps last year.")
    assert sentence_labels(voices(tmp_path, body)) == ["Example Rights Watch", None, None]


def test_a_pronoun_in_a_what_clause_does_not_stop_the_sentences_own_speaker(tmp_path):
    body = ("Having already held millions in what it claims are camps, China has now turned to the children, "
            "BBC has reported.\n\nThe report speaks of a rapid campaign to set up boarding schools.\n\n"
            "While contact is almost impossible, the report states several accounts of families in Turkey.")
    assert sentence_labels(voices(tmp_path, body)) == ["BBC"] * 3


def test_who_is_named_inside_a_what_clause_or_after_neither_does_not_speak(tmp_path):
    body = ("The conclusion corroborates what rights advocates and members of the diaspora have documented for years."
            "\n\nThe government avoids the word as neither the United Nations nor a court has made such a declaration.")
    assert sentence_labels(voices(tmp_path, body)) == [None, None]


def test_a_name_in_mixed_case_runs_on_after_the_verb(tmp_path):
    body = "It is bad, said Representative James P McGovern, chair of the commission."
    assert sentence_labels(voices(tmp_path, body)) == ["Representative James P McGovern, chair of the commission"]


def test_an_apposition_ending_in_a_quotation_leaves_the_opening_name_the_speaker(tmp_path):
    body = ('Fair Trials, an organization working "for fair trials according to international standards" has noted '
            'that in practice, the system is abused.\n\nThe system, called "fair" by all, has noted nothing.')
    assert sentence_labels(voices(tmp_path, body)) == ["Fair Trials", None]


def test_encouraging_someone_to_act_is_urging_them_but_encouraging_a_thing_is_not(tmp_path):
    body = ("At the institute, the Ambassador of Kuwait to China Sameeh Johar Hayat encouraged the students to study "
            "hard.\n\nJane Roe encouraged a cult of personality, and was reluctant to give way.")
    assert sentence_labels(voices(tmp_path, body)) == ["the Ambassador of Kuwait to China Sameeh Johar Hayat", None]


def test_an_opening_quotation_mark_glued_to_the_verb_still_opens_the_quotation(tmp_path):
    body = "Jane Roe said“[It] has swiftly transformed into its current form.”"
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe"]


def test_an_office_with_its_body_goes_to_the_one_person_the_text_gives_it(tmp_path):
    body = ("ISLAMABAD - Chinese diplomat Wang Shengjie has said that the friendship is deep.\n\n"
            "The senior diplomat from the Embassy of China in Islamabad expressed these views at a dialogue.\n\n"
            "He said many countries are suffering.")
    assert sentence_labels(voices(tmp_path, body)) == ["Chinese diplomat Wang Shengjie"] * 3
    # an office the text never gives the one person named stays as written
    body = ("Councilwoman Jane Roe said the city agreed.\n\n"
            "In a letter, the Mayor of Berdzor City asked the city to establish a friendship.")
    assert sentence_labels(voices(tmp_path / "b", body))[1] == "the Mayor of Berdzor City"


def test_a_congressional_record_turn_titled_with_a_full_stop(tmp_path):
    body = ("Mrs. BLACKBURN. Mr. President, over the past few months we have all watched the protests.\n\n"
            "Hong Kong's recent elections really were a stunning rebuke to Beijing.")
    r = voices(tmp_path, body, source="Congressional Record (congress.example)")
    assert {v.label for v in r.voices} == {"Mrs. BLACKBURN"}


def test_the_writer_speaking_in_the_first_person_is_the_writers_own_voice(tmp_path):
    body = ('Finally arriving at a small camp, the driver grinned and pointed up into the sky. It almost never '
            'rains in this corner of China.\n\n'
            'Unsure of exactly what it was I should be looking at, I smiled and said, "Yahkshi," the Turkic word '
            'for good.')
    assert sentence_labels(voices(tmp_path, body)) == [None, None, None]


def test_a_participle_after_the_subject_is_no_speakers_description(tmp_path):
    # (the bill itself speaks, as a motion or a bill does: the aside only says what was done to it)
    body = "The bill, presented in parliament, demands that the government recognize the practices as genocide."
    assert [label.split(",")[0] for label in sentence_labels(voices(tmp_path, body))] == ["The bill"]


def test_trumpeted_inverts_and_answering_questions_speaks_but_an_aides_president_does_not(tmp_path):
    body = ("“Cherished dreams come true through honest work,” trumpeted Rossiskaya Gazeta.\n\n"
            "Adviser Hikmet Hajiyev, who was a guest of the program, answered the host questions on the talks.\n\n"
            "The team answered the call and won.\n\n"
            "Assistant to the President of Azerbaijan Hikmet Hajiyev answered the questions on the talks.")
    labels = sentence_labels(voices(tmp_path, body))
    assert labels[:3] == ["Rossiskaya Gazeta", "Adviser Hikmet Hajiyev", None]
    assert labels[3] != "ilham-aliyev"


def test_a_closing_quotation_mark_glued_to_the_name_after_it(tmp_path):
    body = '"I remember our kin who refused to bow down in the Baren Massacre,"Jane Roe said.'
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe"]
    body = "“A genocide is occurring in Ruritania,”the resolution said."  # (a lower-case word after it too)
    assert sentence_labels(voices(tmp_path / "b", body)) == ["the resolution"]


def test_a_comma_glued_to_the_speakers_name_is_left_out_of_it(tmp_path):
    body = "The group is a Muslim minority group –Ed.),Jane Roe emphasized that the talks had failed."
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe"]


def test_a_name_closing_the_sentence_with_concluded_speaks(tmp_path):
    body = ("Ruritania will consider the details of the report to decide its next steps, Jane Roe concluded.\n\n"
            "The talks concluded on Friday.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe", None]


def test_a_city_and_its_country_before_a_colon_is_a_dateline_not_a_turn(tmp_path):
    body = ("Ankara, Turkey: Turkey is also taking steps. The Turkish President talked to the Chinese president "
            "regarding the same.\n\nExpressing Turkey’s respect for China’s sovereignty, he underlined the importance "
            "of the talks, reported Example Daily.")
    assert "Ankara, Turkey" not in {v.label for v in voices(tmp_path, body).voices}
    assert sentence_labels(voices(tmp_path / "b", "NHK, Yamamoto: What about the talks?")) == ["NHK, Yamamoto"]


def test_an_office_and_name_running_past_ten_words_after_the_verb(tmp_path):
    body = ("Hanoi and Ruritania have considerable potential for tourism, said Permanent Deputy Secretary of the "
            "Hanoi Party Committee Nguyen Van Phong.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "Permanent Deputy Secretary of the Hanoi Party Committee Nguyen Van Phong"]


def test_opening_a_speech_by_expressing_and_a_sentence_opened_by_thanking(tmp_path):
    body = ("President Jane Roe began her speech by expressing condolences to the victims.\n\n"
            "Thanking President of Ruritania John Doe for the transfer of powers, President Jane Roe wished success "
            "to the summit.\n\nThe fund was created by expressing interest.\n\n"
            "Addressing the root causes of extremism, Jane Roe built vocational centres.")
    # (the second sentence's own verb, "wished", names her too: by her name, the office given once before)
    assert sentence_labels(voices(tmp_path, body)) == ["President Jane Roe", "Jane Roe", None, None]


def test_a_hansard_turn_without_a_colon_names_the_member_on_any_site(tmp_path):
    body = ("Jane Roe (Islwyn) (Lab/Co-op) I beg to move that this House has considered e-petition 300146.\n\n"
            "This e-petition was started by John Doe. It asks that the Government impose sanctions.")
    r = voices(tmp_path, body, source="Ruritania Freedom Coalition (rfc.example)", url="https://rfc.example/x")
    assert {v.label for v in r.voices} == {"Jane Roe"}


def test_a_persons_said_that_reports_all_that_follows_even_a_later_cue(tmp_path):
    body = ("Jane Roe, the permanent representative of Ruritania to the United Nations’ Geneva Office, said that "
            "to address the threat, the region has responded with measures.\n\n"
            "John Doe, the ambassador of Borduria to China, stated that the region has made advances, according to "
            "CMG.\n\nThe white papers revealed that the region prospers, Qian said.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "Jane Roe", "John Doe, the ambassador of Borduria to China", "Qian"]


def test_an_envoy_is_the_ambassador_the_text_names(tmp_path):
    body = ("Ruritania’s envoy to the UN in Geneva stated that the report was a farce.\n\n"
            "By publishing it, the office “locked the door to cooperation,” Ambassador Chen Xu told reporters.")
    assert sentence_labels(voices(tmp_path, body)) == ["Ambassador Chen Xu", "Ambassador Chen Xu"]


def test_writing_in_a_book_weighing_in_and_pointing_out_report_but_asking_for_anonymity_does_not(tmp_path):
    body = ("Writing in his new book, Jane Roe listed “the poor Uighurs” among the people she prays for.\n\n"
            "John Doe, the state department spokesperson, also weighed in on the crisis.\n\n"
            "Meanwhile, the Chinese authorities are pointing out that the Uighurs are being educated.\n\n"
            "Yusuf, who asked that his last name not be used to protect his identity, is among those who fled.\n\n"
            "The driver grinned, pointing to the sky.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "Jane Roe", "John Doe", "the Chinese authorities", None, None]


def test_a_city_whose_name_opens_with_new_before_a_colon_is_a_dateline(tmp_path):
    body = ("New York: A UN rapporteur's report has found that forced labour has taken place in the region.\n\n"
            "\"New findings confirm it,\" Jane Roe, a researcher, said.")
    labels = sentence_labels(voices(tmp_path, body))
    assert "New York" not in labels and labels[-1] == "Jane Roe, a researcher"


def test_an_office_set_off_before_the_name_gives_the_name_and_an_abbreviation_leaves_the_officer(tmp_path):
    entries = ENTRIES + [E("wuc", "organization", title="World Uyghur Congress", aliases=["WUC"])]
    body = ("The Special Rapporteur, Jane Roe, further found that the work was forced.\n\n"
            "Reacting to the report, World Uyghur Congress (WUC) President John Doe said the finding was late.")
    labels_ = sentence_labels(voices(tmp_path, body, entries=entries))
    assert labels_[0] == "The Special Rapporteur, Jane Roe"
    assert labels_[1] != "wuc" and labels_[1].endswith("President John Doe")


def test_a_sentence_opening_adverb_is_not_the_speakers_name(tmp_path):
    body = ("Then the deputy director of the institute voiced his proposals to improve the work.\n\n"
            "The last visit was in 2016 – since then the embassy has submitted three requests for visits.")
    assert sentence_labels(voices(tmp_path, body)) == ["the deputy director of the institute", None]


def test_the_head_of_state_is_the_president_the_text_opens_with_when_others_were_named_with_their_country(
        tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping", roles=[{"title": "President of China"}])]
    body = ("On November 12, President Jan Novak took part in the summit of the council.\n\n"
            "At the suggestion of the host, Chinese President Xi Jinping was awarded an order.\n\n"
            "In his speech, the head of state called this decision \"an important historical event\".")
    assert sentence_labels(voices(tmp_path, body, entries=entries))[-1] == "Jan Novak"


def test_a_long_office_and_name_after_the_verb_read_on_to_the_clause_after_it(tmp_path):
    body = ("The two cities have potential for cooperation, said Permanent Deputy Secretary of the City Party "
            "Committee Nguyen Van Phong during a meeting with a delegation.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "Permanent Deputy Secretary of the City Party Committee Nguyen Van Phong"]


def test_whose_remarks_or_statement_is_whose_words(tmp_path):
    body = ("Lord Jane Roe spoke at the council.\n\n"
            "The region is closed, according to a copy of Roe’s remarks released by the Foreign Office.\n\n"
            "China’s statement stressed that the region is open.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "Jane Roe", "china"]


def test_a_passive_with_an_adverb_before_its_verb_names_no_speaker_and_an_agent_stops_at_as(tmp_path):
    body = ("The deportation is grave, as abuses against them have been extensively documented.\n\n"
            "The camps were repeatedly described by the Example Monitor as prisons.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "the Example Monitor"]


def test_it_after_a_sentence_opened_by_a_state_is_that_state(tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping", roles=[{"title": "President of China"}])]
    body = ("China has been widely condemned for building the camps. It describes them as training centres.")
    assert sentence_labels(voices(tmp_path, body, entries=entries)) == [None, "china"]


def test_a_statement_delivered_and_then_copied_in_the_first_person_is_the_speakers(tmp_path):
    body = ("LONDON: The Permanent Representative, Ambassador Jane Roe, delivered a statement on the region.\n\n"
            "The report found abuses. We cannot ignore such breaches.\n\n"
            "Mr President,\n\n"
            "We call on the parties to talk.\n\n"
            "Statement of the Representative at the Session")
    assert sentence_labels(voices(tmp_path, body)) == [
        "The Permanent Representative, Ambassador Jane Roe", "The Permanent Representative, Ambassador Jane Roe",
        "The Permanent Representative, Ambassador Jane Roe", "The Permanent Representative, Ambassador Jane Roe",
        "The Permanent Representative, Ambassador Jane Roe", None]


def test_a_statement_delivered_in_a_news_story_with_no_first_person_after_it_stays_reported(tmp_path):
    body = ("Ambassador Jane Roe delivered a statement on the region at the forum.\n\n"
            "The forum ended on Friday. Delegates left the city.")
    assert sentence_labels(voices(tmp_path, body)) == ["Ambassador Jane Roe", None, None]


def test_a_document_no_one_is_named_as_issuing_speaks_as_written(tmp_path):
    body = ("The resolution expressed concern over the abuses.\n\nThe joint statement urged the parties to talk."
            "\n\nThe Xinjiang report detailed the camps. It alleges that they grew.")
    assert sentence_labels(voices(tmp_path, body)) == ["The resolution", "The joint statement", None, None]


def test_a_speech_headlined_without_its_speaker_on_a_site_named_after_a_person_is_that_persons(tmp_path):
    text = ("---\ntitle: \"Speech at the 3rd summit of heads of state\"\nsource: Mamtimin Ala Center (ala.example)\n"
            "---\n\nDear heads of state!\n\nFirst of all, I express my gratitude to the hosts.\n")
    assert sentence_labels(voices_with_front(tmp_path, text)) == ["mamtimin-ala", "mamtimin-ala"]
    # a site named after no one, or a speech in no one's first person, stays the writer's
    text = text.replace("Mamtimin Ala Center", "Summit News")
    assert sentence_labels(voices_with_front(tmp_path / "b", text)) == [None, None]


def test_a_persons_own_site_in_the_first_person_is_their_statement(tmp_path):
    body = "I presented a petition in the House of Commons calling on the government to act."
    assert sentence_labels(voices(tmp_path, body, source="Jane Roe (janeroe.example)")) == [
        "Jane Roe (janeroe.example)"]
    # (a site whose address is not the name, or a text not in the first person, is a news site's)
    assert sentence_labels(voices(tmp_path / "b", body, source="Jane Roe (dailynews.example)")) == [None]
    # the site's address after who the person is, in the same brackets
    source = "Jan Novak (Lord Novak of Brno, jannovak.example)"
    assert sentence_labels(voices(tmp_path / "c", body, source=source)) == [source]
    # (a newspaper named "The ..." whose address spells its name prints an op-ed in the first person: no person's
    # own site)
    assert sentence_labels(voices(tmp_path / "d", body, source="The Example (theexample.example)")) == [None]
    # (nor a site named in common words only, an interviewer writing "I had the pleasure of interviewing ...")
    assert sentence_labels(voices(tmp_path / "e", body, source="Social Impact Heroes (socialimpactheroes.example)")) \
        == [None]
    # a speech the person gave, opening with its address to the chair, is theirs on their own site
    speech = "Madam President, we can call them whatever we want. We must act."
    assert sentence_labels(voices(tmp_path / "f", speech, source="Jan Novak (jannovak.example)")) == [
        "Jan Novak (jannovak.example)", "Jan Novak (jannovak.example)"]


def test_an_office_of_a_body_then_a_titled_name_and_a_relative_clause_as_speakers(tmp_path):
    body = ("The Director, Centre for Ruritania Studies, Mr Jan Novak, while briefing journalists, said the act "
            "was wrong.\n\n"
            "These imams, who include Dr. Jane Roe of the Seminary of Ruritania, have also called on the "
            "government to act.")
    # (the imams speak, as written; the relative clause naming some of them is no speaker's name)
    assert sentence_labels(voices(tmp_path, body)) == [
        "The Director, Centre for Ruritania Studies, Mr Jan Novak", "These imams"]


def test_read_reports_only_a_documents_words(tmp_path):
    body = ("The Example Monitor issued a statement on Monday.\n\n"
            "“We ask the authorities to free them,” the statement read.\n\n"
            "“We call on all states to act,” read the statement.\n\n"
            "She read the report on Monday. Read more about the camps.")
    assert sentence_labels(voices(tmp_path, body)) == [
        "The Example Monitor", "The Example Monitor", "The Example Monitor", None, None]


def test_a_question_opening_with_an_adverb_addresses_no_one_and_an_unnamed_spokesperson_opens_a_turn(tmp_path):
    text = ("---\ntitle: \"Q&A on a newspaper's report\"\nsource: Ruritania Daily (daily.example)\n---\n\n"
            "Reporter: Recently, a newspaper published an article on the region. What is your comment?\n\n"
            "Embassy Spokesperson: The region is open. Its people are free.\n\n"
            "Bloomberg: Tomorrow, the law takes effect. Do you have any comment?\n\n"
            "Jane Roe: The law is wrong.\n\nThe question came from Bloomberg.")
    labels_ = sentence_labels(voices_with_front(tmp_path, text))
    assert labels_[:7] == ["Reporter", "Reporter", "Embassy Spokesperson", "Embassy Spokesperson", "Bloomberg",
                           "Bloomberg", "Jane Roe"]


def test_a_statements_credit_line_gives_the_text_to_whoever_delivered_it(tmp_path):
    text = ("---\ntitle: T\nsource: Ruritania Mission (via news.example)\n---\n\n"
            "Statement on the review. Delivered by the Permanent Representative to the UN, Jane Roe.\n\n"
            "Thank you, Mr President,\n\nWe regret the decision.")
    assert set(sentence_labels(voices_with_front(tmp_path, text))) == {"Jane Roe"}


def test_a_body_naming_itself_as_a_company_as_we_the_or_in_this_release_publishes_its_own_statement(tmp_path):
    cases = [
        ("Example, Inc. (example.com)", "Example is committed to ethical manufacturing. We uphold the standards."),
        ("Ruritania Information Center (RIC, ric.example)",
         "We, the Ruritania Information Center (RIC) team, are a group of scholars. We founded the RIC in 2019."),
        ("Endowment for Ruritania (EFR, efr.example)",
         "The Endowment for Ruritania (EFR) will honor three groups.\n\n"
         "See brief descriptions at the end of this release."),
        ("Ruritania4Freedom (r4f.example)",
         "Dear Y.B. Dato’ Seri Jane Roe. Foreign Minister of Ruritania.\n\nWe insist that you speak up."),
    ]
    for i, (source, body) in enumerate(cases):
        labels_ = sentence_labels(voices(tmp_path / str(i), body, source=source))
        assert labels_ and all(label == source for label in labels_), (source, labels_)
    # a news site that names a company and quotes its "we" stays the writer's
    body = 'Example is committed to ethical manufacturing, the company said. "We uphold the standards."'
    assert sentence_labels(voices(tmp_path / "n", body, source="Daily News (news.example)"))[0] != \
        "Daily News (news.example)"


def test_an_exclusive_in_which_the_outlet_has_spoken_to_someone_is_their_interview(tmp_path):
    body = ("In an exclusive for the local media, The Example Times has spoken to Jane Roe, Prime Minister of the "
            "Ruritanian Government in Exile.\n\n"
            "In your own words, what is going on in the region now?\n\n"
            "What is happening there is nothing less than a brutal campaign.")
    assert sentence_labels(voices(tmp_path, body, source="The Example Times (times.example)")) == [
        None, None, "Jane Roe"]


def test_berating_and_chiding_report_speech(tmp_path):
    body = ("The Centre for Ruritania Studies has berated the United States over the act.\n\n"
            "The ministry chided the envoys for their remarks.")
    assert sentence_labels(voices(tmp_path, body)) == ["The Centre for Ruritania Studies", "The ministry"]


def test_a_bare_office_opening_the_sentence_then_the_name_set_off_gives_the_name(tmp_path):
    body = "PRESIDENT, Dr Jane Roe, while hailing the 50-year relationship, said that the ties are strong."
    assert sentence_labels(voices(tmp_path, body)) == ["PRESIDENT, Dr Jane Roe"]


def test_he_after_a_quotation_is_not_someone_the_quotation_names(tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping", roles=[{"title": "President of China"}])]
    body = ("On his page, President Jan Novak said it was a pleasure to speak to President Xi.\n\n"
            "“It was a pleasure to speak this morning with His Excellency President Xi Jinping of China,” he wrote.")
    assert sentence_labels(voices(tmp_path, body, entries=entries))[-1] == "Jan Novak"


def test_she_closing_a_quotation_is_not_whom_a_sentence_inside_it_opens_with(tmp_path):
    # the quotation's third sentence opens with a person with an entry: the quoted speaker's words about him,
    # never whom "she", closing the quotation, stands for
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping", roles=[{"title": "President of China"}])]
    body = ("Spokesperson Ana Roe said on Monday that the upgrade is important.\n\n"
            "Roe noted that the two sides will deepen cooperation. “Relations have grown. Xi Jinping and the "
            "Bordurian president have met often. The upgrade came naturally,” she emphasized.")
    assert sentence_labels(voices(tmp_path, body, entries=entries))[-3:] == ["Ana Roe"] * 3


def test_an_office_in_capitals_then_a_name_set_off_then_a_description_is_the_named_person(tmp_path):
    # an office without an article, its holder's name set off by commas, then what else they are, then the verb
    body = "Ruritanian President, Jan Novak, the host of the summit, emphasized the importance of the meeting."
    assert sentence_labels(voices(tmp_path, body)) == ["Ruritanian President, Jan Novak"]
    # the name closed by the member's party and seat in brackets
    body = "Shadow Foreign Minister, Jane Roe AM (Con, Clwyd West), raised the matter of foreign officials."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Shadow Foreign Minister, Jane Roe AM"]


def test_a_body_named_for_the_minorities_it_serves_speaks(tmp_path):
    # "Minorities" closes a body's name, its head word in capitals before it: the body, never a people
    body = 'A statement by Global Alliance for Ruritania and Persecuted Minorities said, "The talks failed."'
    assert sentence_labels(voices(tmp_path, body)) == ["Global Alliance for Ruritania and Persecuted Minorities"]
    # a people described as a minority still never speaks
    body = "Many of Ruritania's Bordurian minorities said the talks failed."
    assert sentence_labels(voices(tmp_path / "b", body)) == [None]


def test_a_participles_clause_without_its_comma_then_a_body_in_capitals(tmp_path):
    # the clause's object, then the body named after the last article: the body speaks
    body = "Announcing the sanctions the Ruritanian Foreign Ministry said, “The other side must reflect.”"
    assert sentence_labels(voices(tmp_path, body)) == ["the Ruritanian Foreign Ministry"]
    # how the speaker spoke, no body after it: no one
    body = "Speaking through an interpreter the minister said the talks failed."
    assert sentence_labels(voices(tmp_path / "b", body)) == [None]
    # a person's name closing it, a hyphen inside the name
    body = "Addressing those gathered Jan-Erik Novak expressed gratitude to the hosts."
    assert sentence_labels(voices(tmp_path / "c", body)) == ["Jan-Erik Novak"]
    body = "Welcoming the delegation of Jan Novak said it was fine."
    assert sentence_labels(voices(tmp_path / "d", body)) == [None]


def test_a_title_or_heading_in_quotation_marks_is_nobodys_words(tmp_path):
    # a subheading in quotation marks after a speaker's quotation: the writer's heading, not her words
    body = ("“It must be written down,” Jane Roe said.\n\n“Training centres”\n\n"
            "“We will win this,” Roe told the crowd.\n\n“It is a long road ahead of us.”")
    assert sentence_labels(voices(tmp_path, body)) == ["Jane Roe", None, "Jane Roe", "Jane Roe"]
    # a document's title in quotation marks, then the writer's sentence about it
    body = ("Meanwhile, Jan Novak underlined that the declaration crowns the relations.\n\n"
            "“Declaration of Ruritania on the Relations of Alliance” was signed by the presidents in June.")
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Jan Novak", None]


def test_an_office_of_a_state_is_the_one_the_text_names_first_then_gives_that_office(tmp_path):
    # the name first, an aside, then the office and its state: "the Mongolian Minister" is that person, not the
    # one person the text has speaking by name
    body = ("President Jan Novak has received Ivo Kos, member of the State Council, Minister of Foreign Affairs "
            "of Mongolia.\n\nJan Novak pointed out the role of Mongolia.\n\n"
            "The Mongolian Minister thanked the President for the hospitality.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Ivo Kos"
    # an office the text never gives the person named with the state: not that person
    body = ("In response to Ivo Kos, chairman of the Government of Mongolia, the ministry spoke.\n\n"
            "The invitation stands, a Mongolian official said on Tuesday.")
    assert sentence_labels(voices(tmp_path / "b", body))[-1] == "a Mongolian official"


def test_experts_note_that_is_said_and_a_note_taken_or_sent_is_not(tmp_path):
    body = "Experts note that the number of different names shows subtle differences."
    assert sentence_labels(voices(tmp_path, body)) == ["Experts"]
    for k, body in enumerate(("Take note that the list is long.", "Ruritania also sent a diplomatic note to the ministry.",
                              "Beijing has maintained different forms of partnership relations with many countries.")):
        assert sentence_labels(voices(tmp_path / str(k), body)) == [None]


def test_a_surname_that_is_also_a_capital_is_the_person_named_with_it(tmp_path):
    body = ("Jessica Washington, a journalist, said the summit matters.\n\n"
            "“Ruritania is already the largest trading partner,” Washington added.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Jessica Washington"
    # no one named so: the capital, for its government
    body = "The summit matters.\n\n“Ruritania is already the largest trading partner,” Washington added."
    assert sentence_labels(voices(tmp_path / "b", body))[-1] == "the United States"


def test_correspondents_and_reporters_in_lower_case_speak(tmp_path):
    body = "He has benefited from a glitzy campaign, but correspondents say he has been ill-at-ease."
    assert sentence_labels(voices(tmp_path, body)) == ["correspondents"]


def test_a_stance_put_in_words_is_a_statement(tmp_path):
    body = "PEN Ruritania is appalled by the news that the professor has been sentenced to life in prison."
    assert sentence_labels(voices(tmp_path, body)) == ["PEN Ruritania"]
    body = "The Ruritanian Association is deeply concerned about the arrests."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["The Ruritanian Association"]
    # "concerned" only before what concerns: never "as far as X is concerned"; "encouraged" is asked of others
    for k, body in enumerate(("As far as Ruritania is concerned, the matter is closed.",
                              "Residents are encouraged to apply.")):
        assert sentence_labels(voices(tmp_path / str(k), body)) == [None]


def test_the_president_of_a_state_no_one_else_is_named_president_of_is_the_ledes_bare_name(tmp_path):
    body = ("Jan Novak, who is in Astana on a working visit, attended the summit.\n\n"
            "The event, chaired by the President of Kazakhstan Ivo Kos, was also attended by the President of "
            "Turkey Ana Roe.\n\n"
            "In his remarks, the President of Mongolia emphasized that the voice of the region is louder.\n\n"
            "At the same time, the head of state pointed to new problems.\n\n"
            "In this regard, the leader of Mongolia called for a ceasefire.")
    assert paragraph_labels(voices(tmp_path, body))[2:] == ["Jan Novak"] * 3
    # the text names another president of that state: not the lede's person
    body = ("Jan Novak, who is in Astana on a working visit, attended the summit.\n\n"
            "It was also attended by the President of Mongolia Ivo Kos.\n\n"
            "In his remarks, the President of Mongolia emphasized that the voice of the region is louder.")
    assert paragraph_labels(voices(tmp_path / "b", body))[-1] != "Jan Novak"


def test_one_official_among_many_closing_a_sentence_reports_it(tmp_path):
    body = "Ruritania's foreign minister has urged the authorities to protect rights, a Ruritanian official said Wednesday."
    assert sentence_labels(voices(tmp_path, body)) == ["a Ruritanian official"]
    # the same person by office ("the minister") closing it stays the opener, as before
    body = "Jan Novak urged the authorities to protect rights, the Ruritanian minister said."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Jan Novak"]


def test_a_speaker_closing_a_sentence_reports_a_cue_inside_its_clause_of_when(tmp_path):
    body = "The arrests came after the Ruritanian Embassy criticised the protests on social media, Jan Novak said."
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak"]


def test_a_year_before_and_is_no_part_of_the_speakers_name(tmp_path):
    body = "Ruritania has been the largest partner since 2017 and Novak said in the visit that ties grew."
    assert sentence_labels(voices(tmp_path, body)) == ["Novak"]


def test_a_block_quotations_credit_line_gives_it_and_the_quotation_to_the_person(tmp_path):
    body = ("Jan Novak spoke at the dinner.\n\nIts remarkable growth has lifted millions out of poverty.\n\n"
            "—  Jan Novak\n\nThe dinner ended late.")
    assert paragraph_labels(voices(tmp_path, body)) == [None, "Jan Novak", "Jan Novak", None]


def test_a_statement_said_after_a_body_spoke_is_that_bodys(tmp_path):
    body = ("BRUSSELS: The Ruritanian Union condemned today the life sentence against a scholar.\n\n"
            '"The Union condemns the life sentence," a statement said.\n\nIt added that due process was ignored.')
    assert paragraph_labels(voices(tmp_path, body)) == ["The Ruritanian Union"] * 3


def test_they_after_people_named_together_opening_the_sentence_is_them(tmp_path):
    body = ("The party spoke.\n\nDeputies Jan Novak, Ivo Kos and Ana Roe submitted a proposal to the Speaker on "
            "March 3, as they urged parliament to adopt a decision.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Jan Novak, Ivo Kos and Ana Roe"


def test_reflecting_on_something_is_speaking_of_it(tmp_path):
    body = "Jan Novak also reflected on the long history with Ruritania, “from the earliest days to today.”"
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak"]
    body = "The relations are reliable and reflected on a high level."
    assert sentence_labels(voices(tmp_path / "b", body)) == [None]


def test_he_after_a_description_and_a_rank_written_short_is_the_named_person(tmp_path):
    body = ("Government spokesman Maj. Gen. Jan Novak said that Ruritania had assurances. "
            "He said the group had been in Ruritania for a year.")
    assert sentence_labels(voices(tmp_path, body)) == ["Government spokesman Maj. Gen. Jan Novak"] * 2


def test_a_transcripts_turns_marked_by_office_and_state_that_open_by_addressing_the_room(tmp_path):
    # a meeting's transcript on a presidency's own site: each turn is its speaker's, its mark an office with its
    # state and a note in brackets, its first line only addressing the room
    text = ("---\ntitle: Meeting with President of Mongolia Ivo Kos\nsource: President of Ruritania (president.example)\n"
            "url: https://president.example/x\n---\n\n"
            "Jan Novak met with President of Mongolia Ivo Kos on the sidelines of the summit.\n\n"
            "President of Mongolia Ivo Kos (retranslated): Mr President, ladies and gentlemen,\n\n"
            "I am pleased to meet with you, my old friend, in Tashkent.\n\n"
            "President of Russia Jan Novak: President Ivo Kos, colleagues,\n\n"
            "Let me express my satisfaction with today’s meeting.")
    assert paragraph_labels(voices_with_front(tmp_path, text))[1:] == ["Ivo Kos", "Ivo Kos", "Jan Novak", "Jan Novak"]
    # a programme's item is still no turn
    body = "Jan Novak spoke.\n\nVENUE: Hall A, 5 November,"
    assert paragraph_labels(voices(tmp_path / "b", body))[-1] is None


def test_following_are_remarks_by_gives_the_speech_after_it_to_the_one_named(tmp_path):
    body = ("Following are remarks by Ruritania's State Councillor and Foreign Minister Jan Novak at the High-level "
            "Segment of the 46th Session of the Council\n\n"
            "It gives me great pleasure to speak at this session.\n\n"
            "At this moment, humanity is still in a tough battle with the pandemic.")
    assert paragraph_labels(voices(tmp_path, body)) == [None, "Jan Novak", "Jan Novak"]


def test_the_head_of_state_is_the_one_person_named_speaking_or_the_one_president_named(tmp_path):
    # one person speaks in the text, by name: "the head of State" is that person, as "the president" would be
    body = ("In a long article, Jan Novak wrote about the two countries.\n\n"
            "The head of State pointed out the need to build ties.\n\n"
            "He recalled that Ruritania was among the first to recognise Borduria.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak", "Jan Novak", "Jan Novak"]
    # two people speak: the head of state is the one the text calls president, and only one
    body = ("Foreign Minister Ana Roe said the talks went well.\n\n"
            "Economy Minister Ivo Kos said trade grew.\n\n"
            "President Jan Novak received the delegation on Monday.\n\n"
            "The head of State stressed the importance of the visit.")
    assert sentence_labels(voices(tmp_path / "b", body))[-1] == "Jan Novak"


def test_a_letter_or_message_from_someone_is_theirs_and_its_copy_after_a_colon_too(tmp_path):
    body = ("Jane Roe, president of Borduria, received a reply message from Mamtimin Ala on Monday.\n\n"
            "The reply message says:\n\n"
            "I express my heartfelt thanks to you for your greetings.\n\n"
            "We will work together.")
    assert attributions(tmp_path, body)[1:] == [(2, "mamtimin-ala", "The reply message says"),
                                                (3, "mamtimin-ala", None), (4, "mamtimin-ala", None)]
    # a place a letter comes from is no one who wrote it
    body = "A letter from Xinjiang reached the office.\n\nThe letter says the region is calm."
    assert attributions(tmp_path / "b", body)[1][1] is None


def test_a_publisher_that_opens_a_sentence_stating_as_itself_publishes_its_own_statement(tmp_path):
    body = ("---\ntitle: The case\nsource: Sherwood (sherwood.example)\n---\n\n"
            "Why was a complaint brought against the brands?\n\n"
            "Much of the world's cotton comes from the region.\n\n"
            "Sherwood recalls that any person accused is presumed innocent.")
    assert labels(tmp_path, body) == ["Sherwood (sherwood.example)"] * 3
    # a news outlet naming itself to report, or a quotation naming the publisher, is no statement of its own
    # after a dateline, with what it is set off by commas
    assert labels(tmp_path / "d", body.replace("Sherwood recalls that", "GENEVA – Sherwood, the legal group, deeply "
                                               "regrets that")) == ["Sherwood (sherwood.example)"] * 3
    # in the present perfect too ("has long called for")
    assert labels(tmp_path / "p", body.replace("Sherwood recalls that", "Sherwood has long called for the rule that"
                                               )) == ["Sherwood (sherwood.example)"] * 3
    for i, last in enumerate(("Sherwood reports that the case was closed.",
                              "Sherwood has reported that the case was closed.",
                              "“Sherwood recalls the case,” one lawyer said.")):
        assert labels(tmp_path / str(i), body.replace(
            "Sherwood recalls that any person accused is presumed innocent.", last))[:2] == [None, None]


def test_a_pronoun_after_a_titled_name_of_three_words_keeps_every_given_name(tmp_path):
    body = ("Mr Jan Petr Novak, Ambassador to Ruritania, has reiterated that there are no camps.\n\n"
            "He said the centres are schools.")
    assert sentence_labels(voices(tmp_path, body)) == ["Mr Jan Petr Novak", "Jan Petr Novak"]
    # (only the names the text gave him: not the body named before them)
    body = ("Presidential Administration head Hikmet Hajiyev spoke on Monday.\n\nHajiyev noted the ties grow.")
    assert sentence_labels(voices(tmp_path / "b", body))[-1] == "Hikmet Hajiyev"


def test_an_office_in_lower_case_after_a_states_name_or_initials_reads_on_to_the_name(tmp_path):
    body = ('"Our aim is clear," said UK foreign minister Jan Novak.\n\n'
            '"Trade grew," said Turkish foreign minister Ana Roe on Monday.')
    assert sentence_labels(voices(tmp_path, body)) == ["UK foreign minister Jan Novak",
                                                      "Turkish foreign minister Ana Roe"]


def test_a_participles_speaker_reads_on_from_a_capital_to_the_noun_of_those_who_speak(tmp_path):
    body = ("Ruritania abstained from voting in the UN Human Rights Council.\n\n"
            "Human rights groups have been raising the issue, alleging that a million people were detained.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Human rights groups"


def test_a_quotation_attributed_where_it_closes_is_its_speakers_after_anothers_quotation_too(tmp_path):
    body = ("Rights Watch has called the verdict an “affront” to justice. “This judgement has no basis in reality. "
            "Jane Roe worked to build bridges,” said Jan Novak, China Researcher at Rights Watch.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[0] == "Rights Watch" and labels_[1:] == ["Jan Novak, China Researcher at Rights Watch"] * 2


def test_he_is_the_one_a_sentence_before_opens_with_after_a_hyphened_role(tmp_path):
    body = ("Prime minister Jan Oli said that trade grew.\n\n"
            "NCP co-chair Ana Kamal Dahal is committed to the policy. He said that Ruritania is committed.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "NCP co-chair Ana Kamal Dahal"


def test_referred_to_and_the_plural_remind_report_what_was_said(tmp_path):
    body = ("Jan Novak also referred to the presence of Ruritanian firms in the region.\n\n"
            "Relatives of the detainees remind that the situation has improved.\n\n"
            "The term Pan-Turkism refers to a movement of the late 19th century.")
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak", "Relatives of the detainees", None]


def test_a_capital_opening_the_text_before_a_colon_is_a_dateline_though_named_again(tmp_path):
    body = ("Abu Dhabi: Ties were based on mutual respect, Sheikh Jan Novak said.\n\n"
            "During talks, Sheikh Novak said cooperation had grown.\n\n"
            "The Abu Dhabi Crown Prince said trade had grown.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert "Abu Dhabi" not in labels_[:2] and labels_[0].endswith("Jan Novak")


def test_a_transcripts_first_turn_in_capitals_with_a_long_role_is_a_turn_not_a_dateline(tmp_path):
    body = ("CHAIRMAN JAN NOVAK, CHAIRMAN OF THE NATIONAL PEOPLE'S ASSEMBLY STANDING COMMITTEE: Welcome to Borduria.\n\n"
            "During your first term, you visited us twice.\n\n"
            "ANA ROE, PRIME MINISTER: Thank you very much, Chairman.\n\n"
            "I appreciate the warm welcome.")
    labels_ = sentence_labels(voices(tmp_path, body))
    assert labels_[0].startswith("CHAIRMAN JAN NOVAK") and labels_[1] == labels_[0]
    assert labels_[2].startswith("ANA ROE") and labels_[3] == labels_[2]


def test_a_publisher_naming_its_officer_by_its_initials_or_speaking_at_its_name_as_we_publishes_its_own(tmp_path):
    body = ("---\ntitle: T\nsource: IHH Relief Foundation (ihh.example)\n---\n\n"
            "IHH's President Jan Novak shared a report with the public.\n\n"
            "The region has been under occupation for decades, the report says.")
    assert labels(tmp_path, body) == ["IHH Relief Foundation (ihh.example)"] * 2
    body = ("---\ntitle: T\nsource: Patagon (patagon.example)\n---\n\n"
            "At Patagon, we’ve always been motivated to build a fair supply chain.\n\n"
            "The world is not rowing in the same direction.")
    assert labels(tmp_path / "b", body) == ["Patagon (patagon.example)"] * 2
    # a news agency's own director, named after the office, makes no release of its own
    body = ("---\ntitle: T\nsource: NIAT “Khovar” (khovar.example)\n---\n\n"
            "Today, the Director of NIAT “Khovar” met with a delegation.\n\nThe delegation visited the press centre.")
    assert labels(tmp_path / "c", body) == [None, None]


def test_a_parliaments_record_labels_its_members_by_name_seat_and_party(tmp_path):
    # the label alone on its line: the question or answer after it is the member's (the label the record's)
    body = ("Jan Novak (Dublin Mid West, People Before Profit)\n\n"
            "To ask the Minister for Foreign Affairs the steps the Government will take. [54753/22]\n\n"
            "Ana Roe (Cork South Central, Fine Gael)\n\n"
            "I propose to take the questions together.\n\nThe Government remains deeply concerned.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "Jan Novak", "Jan Novak", None, "Ana Roe", "Ana Roe"]
    # before the speech, in the first person
    body = "Ana Roe (Werriwa, Labor Party) On Friday I spoke to a distressed resident. They are anxious."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Ana Roe", "Ana Roe"]
    # not a caption in a story
    body = "Ana Roe (Werriwa, Labor Party) visited the school on Friday. The pupils sang."
    assert sentence_labels(voices(tmp_path / "c", body)) == [None, None]
    # a statement made by the chamber's leave, in the government's "we", its member's turn with her office too;
    # a minister she reports is inside her turn
    body = ("Ana Roe (Queensland, Labor Party, Manager of Government Business in the Senate) by leave—The "
            "government records its objection. We do not agree with the motion.\n\n"
            "Recent violence is concerning. On 7 July Foreign Minister Ivo Kos said that the government was concerned.")
    assert sentence_labels(voices(tmp_path / "d", body)) == ["Ana Roe"] * 4
    # the Commons' record: a minister's turn labelled with the name alone, the speech in the first person
    body = ("Jan Novak The hon. Lady is right to raise the reports. I can assure her that we understand.\n\n"
            "Ana Roe (South West Ruritania) (Con) [V] The news becomes ever more horrific. What can we do?")
    assert paragraph_labels(voices(tmp_path / "e", body)) == ["Jan Novak", "Ana Roe"]
    # not a story's sentence that opens with a name
    body = "Jan Novak The Younger built a house. I saw it.\n\nThe house stands."
    assert paragraph_labels(voices(tmp_path / "f", body))[0] is None


def test_a_parliaments_timed_turn_runs_through_a_motions_lines_to_the_next_turn(tmp_path):
    body = ("The Hon. I. NOVAK (16:29): I move:\n\nThat this council—\n\n1. Notes:\n\n"
            "(a) the violations perpetrated against the people of the region;\n\n"
            "The Hon. J. ROE (16:40): I rise to support the motion.")
    labels_ = sentence_labels(voices(tmp_path, body, source="Parliament of Ruritania (Hansard)"))
    assert labels_[:4] == ["I. NOVAK"] * 4 and labels_[4] == "J. ROE"


def test_a_publisher_naming_its_own_branch_or_office_publishes_its_own_release(tmp_path):
    body = ("---\ntitle: T\nsource: Jan Novak Institute (novak.example)\n---\n\n"
            "Jan Novak Institute's Baku branch teaches Turkish to the Turkic world.\n\n"
            "The courses are held online.")
    assert labels(tmp_path, body) == ["Jan Novak Institute (novak.example)"] * 2
    # a news outlet's name before another word is no office of its own
    body = ("---\ntitle: T\nsource: Borduria Today (today.example)\n---\n\n"
            "The school teaches Turkish to the Turkic world.\n\nThe courses are held online.")
    assert labels(tmp_path / "b", body) == [None, None]


def test_a_body_described_by_its_name_without_its_capitals_is_the_body_named(tmp_path):
    # "the human rights centre" after "the Human Rights Law Centre": the one body whose name holds each word
    body = ("The Human Rights Law Centre said the bill falls short.\n\n"
            "The human rights centre is calling on the government to act.")
    assert labels(tmp_path, body) == ["The Human Rights Law Centre", "Human Rights Law Centre"]
    # two such bodies: which one is not clear, and the description stays as written
    body = ("The Human Rights Law Centre and the Human Rights Policy Centre met.\n\n"
            "The human rights centre is calling on the government to act.")
    assert labels(tmp_path / "b", body)[1] == "The human rights centre"


def test_a_document_cited_carries_the_words_of_whoever_its_sentence_names_speaking(tmp_path):
    body = ("Foreign Minister Jan Novak met the delegation on Monday.\n\n"
            "According to a readout provided by the ministry, Novak stated that his country would help.")
    assert labels(tmp_path, body)[1] == "Jan Novak"
    # (the document alone, with no one speaking in its sentence, speaks for its issuer)
    body = "According to a readout provided by the ministry, the talks were frank."
    assert labels(tmp_path / "b", body) == ["a readout provided by the ministry"]


def test_a_states_name_and_a_colon_opening_the_text_is_a_dateline(tmp_path):
    # (with the project's own entries, as the text was read)
    import datetime as dt

    from explainer.load.publishers import load_publishers

    repo = Path(__file__).resolve().parent.parent
    report = Report()
    entries = load_entries(repo / "content" / "context", str, report, dt.date(2026, 11, 29), 100000)
    publishers = load_publishers(repo / "content" / "publishers.yaml", "publishers.yaml", report)
    text = ("---\nsource: Tunisia News Gazette (tunisianews.example)\ntitle: T\n---\n\n"
            "Tunisia: Ambassador of the People’s Republic of China to Tunisia Wan Li has announced China’s plans to "
            "further expand opportunities for both Chinese and Tunisian companies to benefit from the advantages of "
            "the Belt and Road Initiative (BRI). He described the initiative as “a platform for practical "
            "cooperation and positive convergence in the interests of both peoples.”\n\n"
            "According to Agence Tunis Afrique Presse, Ambassador Wan Li elaborated during an interview with TAP "
            "that the Belt and Road Initiative, also known as the Silk Road, was launched by Chinese President Xi "
            "Jinping. Tunisia joined the initiative on July 10, 2018, through a Memorandum of Understanding.")
    article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
    found = MentionFinder(entries, report, publishers=publishers).match_articles([article])[0].attributions
    assert [a.label for a in found][:1] == ["Ambassador of the People’s Republic of China to Tunisia Wan Li"]
    # the text's own words after it are the writer's, not the state's
    body = "Tunisia: The new plans for trade were published on Monday.\n\nThe projects are under way."
    assert labels(tmp_path / "b", body) == [None, None]


def test_headings_in_capitals_of_common_words_or_a_peoples_name_are_nobodys_turn(tmp_path):
    body = ("UYGHUR FORCED LABOR: The House has passed the act.\n\n"
            "YEAS: Rep. Jan Novak, Rep. Ana Roe.\n\n"
            "CCTV: Do you have a comment on the report?")
    assert labels(tmp_path, body)[:2] == [None, None]
    assert labels(tmp_path, body)[2] == "CCTV"  # (a question: a journalist's turn)


def test_a_description_whose_closing_comma_is_left_out_leaves_the_name_that_opens_the_sentence(tmp_path):
    body = ("Jan Novak, a 20-year-old student who chairs the society and volunteers as an advisor to the "
            "charity Ruritania Aid told the paper: “It is our duty to speak out.”")
    assert [label.split(",")[0] for label in labels(tmp_path, body)] == ["Jan Novak"]
    # with its closing comma, as before
    body = "Jan Novak, an advisor to the charity Ruritania Aid, told the paper that it was wrong."
    assert [label.split(",")[0] for label in labels(tmp_path / "b", body)] == ["Jan Novak"]


def test_an_inverted_verb_of_saying_in_the_present_names_its_speaker_after_it(tmp_path):
    body = "Ruritania is one of the worst violators of religious freedom, claims Jan Novak, of the rights group."
    assert labels(tmp_path, body) == ["Jan Novak, of the rights group"]
    # (not one that takes whom it addresses: "..., urges the leaders to act")
    body = "The summit is a chance, urges the Central Asian leaders to raise the camps."
    assert labels(tmp_path / "b", body) == [None]


def test_a_speakers_description_is_never_cut_at_a_compounds_hyphen(tmp_path):
    body = "“I never had plans to engage in politics,” said the 46-year-old Ruritanian-born activist, who fled."
    assert all(label is None or not label.endswith("-") for label in labels(tmp_path, body))


def test_how_a_speaker_spoke_set_off_by_commas_is_no_part_of_its_name(tmp_path):
    body = "The Foreign Ministry press office, in an email response, confirmed reports that 2,000 people may leave."
    assert labels(tmp_path, body) == ["The Foreign Ministry press office"]
    body = "Jane Roe, in a tweet, deplored the changes to the building."
    assert labels(tmp_path / "b", body) == ["Jane Roe"]


def test_a_name_and_a_counted_group_are_one_subject_the_body_named_first_speaking(tmp_path):
    entries = ENTRIES + [E("world-uyghur-congress", title="World Uyghur Congress", aliases=["WUC"])]
    body = ("In a statement on its website, Munich-based World Uyghur Congress and more than 60 Uyghur "
            "organisations around the world called on the UN to act.")
    assert [a.holder for a in voices(tmp_path, body, entries=entries).attributions] == ["world-uyghur-congress"]
    body = "Jane Roe and 60 other activists called on the UN to act."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Jane Roe and 60 other activists"]
    # (not a clause before "and": who protested is the people)
    body = "The police raided the house and more than 60 people protested."
    assert sentence_labels(voices(tmp_path / "c", body)) == [None]


def test_pleaded_with_someone_is_a_statement(tmp_path):
    body = "Behind closed doors, the government of Ruritania pleaded with its neighbour to release the detainees."
    assert labels(tmp_path, body) == ["the government of Ruritania"]
    body = "The man pleaded guilty to the charges."
    assert labels(tmp_path / "b", body) == [None]


def test_an_office_named_with_its_holder_is_not_given_to_the_one_other_person_speaking(tmp_path):
    body = ("The State Minister for Foreign Affairs and International Cooperation, H.E. Mr. Balal Mohamed Cusman, "
            "received on Thursday at his office in the ministry in the capital Mogadishu, the Ambassador of the "
            "People’s Republic of China to the Federal Republic of Somalia, HE Mr. Qin Jian, and discussed with him "
            "the strengthening of bilateral relations.\n\n"
            "During the meeting, His Excellency Balal Cusman praised the level of historical relationship between "
            "Somalia and China.\n\n"
            "For his part, the Chinese ambassador affirmed that China respects the sovereignty of Somalia.")
    assert labels(tmp_path, body)[1:] == ["Balal Cusman", "Qin Jian"]


def test_questioning_measures_is_a_statement_being_questioned_is_not(tmp_path):
    body = "Foreign Ministry Spokesperson Jane Roe questioned the measures announced by the two governments."
    assert labels(tmp_path, body) == ["Foreign Ministry Spokesperson Jane Roe"]
    body = "The two men were questioned by the police for six hours."
    assert labels(tmp_path / "b", body) == [None]
    body = "The measures were criticised by the foreign ministry."
    assert labels(tmp_path / "c", body) == ["the foreign ministry"]


def test_an_office_and_surname_is_not_the_relative_named_in_full_with_a_family_tie(tmp_path):
    body = ("President Kagame and First Lady Jeanette Kagame arrived in Beijing for a two-day visit.\n\n"
            "During the meeting, President Kagame appreciated the good relations between the two countries.")
    assert labels(tmp_path, body) == [None, "President Kagame"]
    body = ("Ruritania's president and his wife Jane Roe arrived in Beijing.\n\n"
            "President Roe said the visit was a success.")
    assert labels(tmp_path / "b", body) == [None, "President Roe"]
    # (an office named with the full name is the same person: "Foreign Minister Fidan" after "Hakan Fidan")
    body = ("Turkish Foreign Minister Hakan Fidan arrived in Beijing.\n\n"
            "Foreign Minister Fidan said the visit was a success.")
    assert labels(tmp_path / "c", body) == [None, "Hakan Fidan"]


def test_a_bodys_chair_named_with_the_body_is_a_person_he_refers_to(tmp_path):
    body = ("Ruritania Rights Project Board Chair Jane Roe told the committee that her group wants a new law.\n\n"
            "She said the group supports additional sanctions.")
    assert labels(tmp_path, body) == ["Ruritania Rights Project Board Chair Jane Roe"] * 2


def test_a_site_or_an_account_speaks_for_its_owner(tmp_path):
    body = ("Prime Minister Jane Roe met the ambassador on Monday.\n\n"
            "The official Facebook page of prime minister stated that the talks went well.")
    assert labels(tmp_path, body) == [None, "Jane Roe"]
    body = ("The two presidents held talks in Beijing, according to the website of the Foreign Ministry of the "
            "People's Republic of China.")
    assert labels(tmp_path / "b", body) == ["the Foreign Ministry of the People's Republic of China"]
    # (an event does not speak: its site does)
    body = "The official website of the Summit says that the leaders will meet."
    assert labels(tmp_path / "c", body) == ["The official website of the Summit"]


def test_an_occasion_and_its_apposition_are_no_speaker(tmp_path):
    body = ("The trip to Ruritania, the first leg of her first overseas tour this year, testifies to the "
            "importance of the relationship.\n\n"
            "The trip to Ruritania testifies to the importance of the relationship.\n\n"
            "This trip is important for Ruritania, the foreign ministry spokesperson said.")
    assert labels(tmp_path, body) == [None, None, "the foreign ministry spokesperson"]


def test_words_set_off_by_a_dash_are_the_tagged_voice_or_the_last_persons(tmp_path):
    body = ("At the start of the talks, the President of Ruritania thanked the guest for the visit.\n\n"
            "– I believe that your visit is of exceptional importance. Borduria is a friendly state. I note the "
            "progress with satisfaction, – the President of Ruritania said.\n\n"
            "Prime Minister Jane Roe thanked the delegation for coming.\n\n"
            "– We are glad to see you. Our countries are close friends.")
    assert labels(tmp_path, body) == ["the President of Ruritania"] * 2 + ["Prime Minister Jane Roe"] * 2


def test_someones_visit_is_no_speaker_but_someone_on_a_visit_is(tmp_path):
    body = ("BEIJING – Chinese President Jane Roe’s official visit to Ruritania highlights robust relations.\n\n"
            "His visit to Ruritania shows the importance of ties.\n\n"
            "Secretary of State Jan Novak during his visit to Borduria urged restraint.")
    assert labels(tmp_path, body) == [None, None, "Secretary of State Jan Novak"]


def test_an_office_of_a_portfolio_is_not_taken_for_a_title_and_surname(tmp_path):
    body = ("The Chinese Ambassador, Qin Jian, arrived at the Ministry of Foreign Affairs in Mogadishu.\n\n"
            "During the meeting, the Minister of Foreign Affairs stressed the exceptional character of relations.")
    assert labels(tmp_path, body) == [None, "the Minister of Foreign Affairs"]


def test_a_capital_and_a_colon_is_a_dateline_in_any_paragraph(tmp_path):
    body = ("Jane Roe arrived on Monday.\n\n"
            "New Delhi: Chinese Premier Jan Novak on Thursday called up Prime Minister Jane Roe and conveyed his "
            "wish to meet.\n\n"
            "New Delhi: Chinese Premier Jan Novak said the talks went well.")
    assert labels(tmp_path, body) == [None, None, "Jan Novak"]


def test_a_bare_office_after_the_meeting_said_and_its_first_person_goes_on(tmp_path):
    body = ("Prime Minister Jane Roe met the ambassador on Monday.\n\n"
            "PM after the meeting said that We confirmed our readiness to cooperate. I am sure the other side "
            "will do the same. Both countries have had relations since 1992. In that year they opened embassies.")
    assert sentence_labels(voices(tmp_path, body)) == [None, "Jane Roe", "Jane Roe", None, None]
    # (not the writer's own words that follow a statement in the third person)
    body = "Jane Roe said that the talks went well. We asked the ministry for comment."
    assert sentence_labels(voices(tmp_path / "b", body)) == ["Jane Roe", None]
    # (and no one said anything "when asked" in a clause)
    body = "His comments at a media briefing came when asked about the report."
    assert sentence_labels(voices(tmp_path / "c", body)) == [None]


def test_a_numbered_anonymous_turn_is_its_own_not_the_last_role_holders(tmp_path):
    body = ("Jan Novak, Official Spokesperson: Good afternoon. Let us begin.\n\n"
            "Speaker 1: I am a reporter from Taiwan. Are there any plans?\n\n"
            "Jan Novak, Official Spokesperson: We have no plans.\n\n"
            "Speaker 2: This is Jane from Xinhua. What is your view?")
    assert labels(tmp_path, body) == ["Jan Novak, Official Spokesperson", "Speaker 1",
                                      "Jan Novak, Official Spokesperson", "Speaker 2"]


def test_a_name_with_an_apostrophe_is_read_whole(tmp_path):
    body = ("“Now is the time for real action,” said Jasmine O’Connor, chief executive of the group.\n\n"
            "“We act,” said Jane D'Souza.")
    assert labels(tmp_path, body) == ["Jasmine O’Connor, chief executive of the group", "Jane D'Souza"]


def test_according_to_an_office_then_the_name_closing_the_sentence(tmp_path):
    body = ("Xi will address the House on Wednesday, according to the parliament's speaker, Ali Abdel-Aal.\n\n"
            "Xi will address the House, according to the group's president, Jane Doe.")
    assert labels(tmp_path, body) == ["the parliament's speaker, Ali Abdel-Aal", "the group's president, Jane Doe"]


def test_said_or_alleged_to_do_something_is_a_passive_not_a_statement(tmp_path):
    body = ("Washington banned cotton produced by the Ruritania Corps alleged to use forced labour.\n\n"
            "The list names a 30-year-old woman reported to be serving a three-year sentence.\n\n"
            "The party's press service reported to the agency that a meeting was held.")
    assert labels(tmp_path, body) == [None, None, "The party's press service"]


def test_a_rights_groups_page_that_never_names_itself_reports_another_bodys_statement(tmp_path):
    body = ("The ETGE strongly condemned the summit, saying it serves expansionism.\n\n"
            "The ETGE highlights the dangers of the growing ties.")
    # (a rights group's name: its kind inferred, not in the registry; the body never names it)
    reported = voices(tmp_path, body, source="Ruritania Rights Collective (rrc.example)")
    assert [a.holder or a.label for a in reported.attributions] == ["etge", "etge"]
    # (its own release names it: its voice throughout)
    own = voices(tmp_path / "b", "The Ruritania Rights Collective condemns the summit. The ETGE condemned it too.",
                 source="Ruritania Rights Collective (rrc.example)")
    assert [a.label for a in own.attributions] == ["Ruritania Rights Collective (rrc.example)"]


def test_one_quoted_or_reported_as_saying_speaks_not_the_medium_that_quotes(tmp_path):
    body = ("“Both sides should consolidate trust,” Mamtimin Ala was quoted by the Ruritania Herald as saying.\n\n"
            "“This will open a new chapter,” Jane Roe was reported as saying by the Ruritania Agency.\n\n"
            "The Ruritania Agency quoted Jane Roe as saying the talks went well.")
    assert labels(tmp_path, body) == ["Mamtimin Ala", "Jane Roe", "Jane Roe"]


def test_a_closing_bracket_before_the_verb_is_no_quotation_closing(tmp_path):
    # ('..." said he' names the speaker after the verb; "X (Anwar) said he" does not)
    body = ("Mamtimin Ala spoke first. While the two men discussed trade, the Ruritanian premier (Anwar) said he "
            "also raised the issue.")
    assert labels(tmp_path, body) == ["the Ruritanian premier (Anwar)"]


def test_a_clause_opening_word_is_no_part_of_a_name(tmp_path):
    body = "While Jane Roe toured the site in Ruritania, he said the talks went well."
    assert labels(tmp_path, body) == ["Jane Roe"]


def test_a_role_in_lower_case_then_a_name_after_an_inverted_verb(tmp_path):
    body = "“Downstream companies span the globe,” concludes lead author Jane T. Roe, professor of human rights."
    assert labels(tmp_path, body) == ["lead author Jane T. Roe, professor of human rights"]


def test_went_on_to_note_and_in_his_words(tmp_path):
    body = ("Ali Veli went on to note that Ruritania attaches great importance to the route.\n\n"
            "Ali Veli met the minister on Monday. In his words, Ruritania is the third largest partner.")
    assert labels(tmp_path, body) == ["Ali Veli", "Ali Veli"]


def test_someone_described_not_named_who_closes_a_quotation(tmp_path):
    body = ("“We are very free,” the retiree said.\n\n"
            "“There is nothing like that,” said the taxi driver.\n\n"
            "“It is over,” the report said.")
    assert labels(tmp_path, body) == ["the retiree", "the taxi driver", "the report"]


def test_the_speaker_is_the_one_who_spoke_just_before(tmp_path):
    body = "Genocide was not mentioned, Jane Roe said. “This is what is happening,” the speaker said."
    assert labels(tmp_path, body) == ["Jane Roe"]


def test_a_list_of_names_speaks_together_not_its_last_item(tmp_path):
    body = ("Denmark, Sweden and Norway said the talks failed.\n\n"
            "Jane Roe, Ali Veli, and John Doe said the talks failed.\n\n"
            "Further, Ali Veli, Minister for Foreign Affairs and Security, also alleged that the talks failed.")
    # (one man and his office, set off by commas, is no list)
    assert labels(tmp_path, body) == ["Denmark, Sweden and Norway", "Jane Roe, Ali Veli, and John Doe", "Ali Veli"]


def test_state_media_report_and_a_relative_clause_about_a_place(tmp_path):
    body = ("An attack left 15 people dead, state media reported Saturday.\n\n"
            "The official Xinhua News Agency reported that the attack took place in the same county where state "
            "media said a series of attacks left 96 people dead.")
    assert labels(tmp_path, body) == ["state media", "The official Xinhua News Agency"]


def test_a_response_by_a_spokesperson_to_a_media_inquiry_answers_its_questions(tmp_path):
    from explainer.match.attribution import HEADLINE_SPEECH
    title = "No:280/24, Response by Jane Roe, MFA Spokesperson, to the local media inquiry regarding the meeting"
    assert HEADLINE_SPEECH.search(title).group("name") == "Jane Roe"
    report = Report()
    loaded = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    body = ("Question 1: The meeting was held last week. What would you say about it?\n\n"
            "Answer: Relations have grown dynamically.\n\nChina has supported our sovereignty.")
    text = (f"---\ntitle: \"{title}\"\nsource: Ministry of Foreign Affairs of Ruritania (mfa.gov.rt)\n"
            "url: https://mfa.gov.rt/x\n---\n" + body + "\n")
    article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
    result = MentionFinder(loaded, report).match_articles([article])[0]
    assert [a.label for a in result.attributions] == ["the local media", "Jane Roe", "Jane Roe"]


def test_an_acting_officer_is_an_office_not_a_participle(tmp_path):
    body = "“We act against forced labour,” Acting Deputy Secretary Jane Roe said in a statement."
    assert labels(tmp_path, body) == ["Acting Deputy Secretary Jane Roe"]


def test_after_the_verb_a_state_then_a_verb_is_what_was_said(tmp_path):
    body = ("Ali Veli, minister in the Prime Minister's Department, said China respects the right of countries.\n\n"
            "“We act,” said the Under Secretary for Policy, Jane Roe, who chairs the task force.")
    assert labels(tmp_path, body) == ["Ali Veli, minister in the Prime Minister's Department",
                                      "the Under Secretary for Policy, Jane Roe"]


def test_you_is_whom_a_speaker_addresses_never_a_speaker(tmp_path):
    body = "You mentioned that I am a friend of your country. As you noted, Ruritania supported the initiative."
    assert labels(tmp_path, body) == [None]


def test_an_office_held_in_a_place_named_by_its_possessive_is_its_holder(tmp_path):
    body = ("During his meeting with Crown Prince Ali Veli in Beijing, Mamtimin Ala thanked the emirate. "
            "In return, Abu Dhabi's crown prince said the emirate appreciates the effort.")
    result = voices(tmp_path, body)
    assert sentence_labels(result) == ["mamtimin-ala", "Ali Veli"]


def test_and_speaking_at_the_meeting_said_is_the_first_verbs_subject(tmp_path):
    body = ("Jane Roe met Mamtimin Ala on the sidelines of the summit and, speaking at the start of the meeting, "
            "said: “We want a strong relationship.”")
    assert labels(tmp_path, body) == ["Jane Roe"]


def test_a_sentence_opening_with_the_statement_it_reports_is_its_issuers(tmp_path):
    body = "In a written statement on Tuesday, the ETGE took note of the demonstrations in Ankara."
    assert [a.holder for a in voices(tmp_path, body).attributions] == ["etge"]


def test_reports_after_an_adjective_and_noted_as_are_no_cues(tmp_path):
    body = ("Recent reports from the committee put the number of detainees at a million.\n\n"
            "The scholars include Jane Roe, a former professor and renowned scholar noted as the “mother of studies”.\n\n"
            "The minister noted as follows: the talks went well.")
    assert labels(tmp_path, body) == [None, None, "The minister"]


def test_he_after_a_sentence_about_a_states_office_is_its_holder(tmp_path):
    body = ("Chinese President Mamtimin Ala met Nigerian President Bola Tinubu in Beijing on Monday. The Nigerian "
            "President also discussed reforms, drawing parallels to President Ala's strategies. He assured that "
            "Nigeria would deepen ties.")
    assert sentence_labels(voices(tmp_path, body)) == [None, None, "Bola Tinubu"]


def test_a_spokespersons_remarks_in_questions_and_answers_on_an_embassys_site(tmp_path):
    report = Report()
    loaded = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    body = ("Q: Yesterday 22 countries wrote a letter criticizing China. How do you respond?\n\n"
            "A: Certain countries smeared China in total disregard of the truth.\n\n"
            "As we repeatedly emphasized, these are China's internal affairs.")
    for title, answers in (("Chinese Foreign Ministry Spokesperson's Remarks on Xinjiang issues",
                            "Chinese Foreign Ministry Spokesperson"),
                           ("Q&A from the press briefing (25 September 2020)", "Embassy of Ruritania")):
        text = (f"---\ntitle: \"{title}\"\nsource: Embassy of Ruritania\nurl: https://embassy.gov.rt/x\n---\n"
                + body + "\n")
        article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
        result = MentionFinder(loaded, report).match_articles([article])[0]
        # (the one who asks is the transcript's "Q"; the answers are the office's its headline names, else the
        # body's whose record it is)
        assert [a.label for a in result.attributions] == ["Q", answers, answers]


def test_an_event_is_no_one_he_stands_for(tmp_path):
    body = "Mehmet and some other students decided to support Turkey in the soccer World Cup, he said."
    assert labels(tmp_path, body) == [None]


def test_agreed_closing_organisers_and_raised_alarms(tmp_path):
    body = ("Jane Roe, a researcher at the institute, agreed.\n\n"
            "The organisers claimed that the embassy exerted pressure to cancel the assembly.\n\n"
            "Rights groups have raised alarms that 48 detainees may soon be deported.\n\n"
            "The two leaders agreed to deepen ties. The two sides agreed that trade should grow.")
    assert labels(tmp_path, body) == ["Jane Roe, a researcher at the institute", "The organisers", "Rights groups",
                                      None]


def test_a_long_body_named_as_a_documents_author_is_read_whole(tmp_path):
    body = ("Crimes may have been committed, according to a long-awaited report by the UN High Commissioner for "
            "Human Rights released on Wednesday.")
    assert labels(tmp_path, body) == ["the UN High Commissioner for Human Rights"]


def test_a_newspapers_name_says_it_reports(tmp_path):
    body = "Senior lawmaker Jane Roe has weighed in on the detentions, urging Beijing to reconsider."
    reported = voices(tmp_path, body, source="Muslim Mirror (muslimmirror.example)")
    assert [a.label for a in reported.attributions] == ["Senior lawmaker Jane Roe"]


def test_an_office_whose_name_holds_a_comma_is_read_whole(tmp_path):
    body = ("UK Secretary of State for Foreign, Commonwealth and Development Affairs Jane Roe on Tuesday stated that "
            "the measures are needed.")
    assert labels(tmp_path, body) == ["UK Secretary of State for Foreign, Commonwealth and Development Affairs Jane Roe"]


def test_stands_accused_and_charged_with_are_no_statements(tmp_path):
    body = ("Beijing stands accused of detaining over one million people.\n\n"
            "Gulf states also use vague laws to prosecute activists charged with undermining stability.")
    assert labels(tmp_path, body) == [None, None]


def test_a_description_with_a_word_of_the_bodys_name_is_that_body(tmp_path):
    body = ("Human Rights Watch said the men were about to be deported. The two men have been held since 2020. "
            "The rights group quoted an activist who had documented five cases.")
    assert sentence_labels(voices(tmp_path, body)) == ["Human Rights Watch", None, "Human Rights Watch"]


def test_a_guillemet_is_no_part_of_a_speakers_name(tmp_path):
    body = ("President Jane Roe received the minister.\n\n"
            "«This year marks an important event, » the President noted.")
    assert labels(tmp_path, body)[1] == "President Jane Roe"


def test_a_dateline_named_again_only_inside_a_longer_name_is_no_turn(tmp_path):
    body = ("New York: Uighurs in Afghanistan fear that they will be extradited to China after the takeover.\n\n"
            "“The Uighurs in Afghanistan are just so scared,” Jane Roe told New York Post.")
    assert labels(tmp_path, body) == [None, "Jane Roe"]


def test_a_name_and_its_description_before_said_speak_not_what_follows(tmp_path):
    body = "Jane Roe, an editor with the Daily Sun, said China-Europe freight trains brought Xinjiang closer."
    assert labels(tmp_path, body) == ["Jane Roe, an editor with the Daily Sun"]


def test_a_participle_clause_before_the_speaker_is_how_not_who(tmp_path):
    body = ("Speaking through an interpreter, the Chinese president, said his country supported the position.\n\n"
            "Beijing immediately hit back against the sanctions.\n\n"
            "Their cooperation has yielded fruitful results, noted the state councilor.")
    assert labels(tmp_path, body) == ["the Chinese president", "Beijing", "the state councilor"]


def test_state_television_closing_a_sentence_carries_the_words_it_reports(tmp_path):
    body = ("Mamtimin Ala told the minister that Ruritania will support it, Chinese state television said.\n\n"
            "In an article, the Chinese leader first observes that ties are old.\n\n"
            "They “agreed to deepen ties”, Chinese state media said.")
    assert labels(tmp_path, body) == ["Mamtimin Ala", "the Chinese leader", "Chinese state media"]


def test_a_description_is_the_person_named_before_beside_that_title(tmp_path):
    body = ("The Ruritanian Ambassador to Freedonia, Jan Novak, met the minister on Monday.\n\n"
            "On his part, the Ruritanian Ambassador affirmed support for the plan.\n\n"
            "Sheikh Omar Bin Khalid Al Farsi, Crown Prince of Zenda and Deputy Supreme Commander of its army, "
            "said ties were good.\n\n"
            "The Zenda Crown Prince said trade had grown.\n\n"
            "“They come at night,” says Karim Dost, a resident of the valley.\n\n"
            "“We are afraid,” the local resident said.")
    assert labels(tmp_path, body) == [
        None, "Jan Novak", "Sheikh Omar Bin Khalid Al Farsi", "Sheikh Omar Bin Khalid Al Farsi",
        "Karim Dost, a resident of the valley", "Karim Dost"]


def test_a_description_is_not_another_office_or_a_title_that_names_its_holder(tmp_path):
    body = ("Shadow Foreign Minister, Jane Roe, asked about rights.\n\n"
            "The Minister said she did.\n\n"
            "In an interview with Karim Dost, the Ruritanian Prime Minister Jan Novak was seen making excuses.\n\n"
            "“How come this is such a big issue?” the Ruritanian Prime Minister asked.")
    assert labels(tmp_path, body)[1] == "The Minister"
    assert labels(tmp_path, body)[3] != "Karim Dost"


def test_the_office_no_one_was_named_with_is_the_person_who_spoke_last(tmp_path):
    body = ("Foreign Secretary Jane Roe on Tuesday stated that the country has a duty to act.\n\n"
            "According to the minister, the government will act.\n\n"
            "Ruritania's ambassador had warned against it.")
    assert labels(tmp_path, body)[:2] == ["Foreign Secretary Jane Roe", "Foreign Secretary Jane Roe"]
    assert labels(tmp_path, body)[2] != "Foreign Secretary Jane Roe"


def test_the_state_a_description_names_is_in_the_holders_own_title(tmp_path):
    report = Report()
    places = ENTRIES + [E("turkey", "place", title="Turkey"), E("azerbaijan", "place", title="Azerbaijan")]
    attributor = MentionFinder(load_entries(write_entries(tmp_path, places), str, report), report).attributor
    text = ("Turkey hopes to see new members, the Turkish president said.\n\n"
            "The summit of the Turkic states was attended by Azerbaijani President Jan Novak.")
    assert attributor._one_named_in_office("the Turkish president", text) is None
    assert attributor._one_named_in_office("the Azerbaijani president", text) == "Jan Novak"


def test_a_head_of_state_holds_the_presidency_and_a_surname_alone_names_a_speaker(tmp_path):
    body = ("ASTANA – Chinese Head of State Jan Novak held a meeting with Ma Lin, member of the Bureau.\n\n"
            "During the meeting, the Chinese President said that ties are good. Novak noted that the dialogue "
            "is active.\n\n"
            "«The visit was a success,» said the Chinese Head of State.\n\n"
            "For his part, Ma Lin thanked the president for the hospitality.")
    found = labels(tmp_path, body)
    assert found[1] == "Jan Novak"
    assert found[2] != "Ma Lin"


def test_another_agencys_copy_on_a_bodys_own_site_is_no_release_of_its_own(tmp_path):
    body = ("DUSHANBE, July 5 (Xinhua) -- China stands ready to develop the partnership, said Chinese President "
            "Jane Roe here on Friday.\n\nThe two sides signed documents.")
    r = voices(tmp_path, body, source="Embassy of Azerbaijan to China", url="https://beijing.mfa.gov.az/en/news/1")
    assert sentence_labels(r) == ["Chinese President Jane Roe", None]
    # its own dateline credit keeps it its own release
    body = "BAKU, July 5 (Embassy of Azerbaijan to China) -- The talks went well, said Jane Roe."
    r = voices(tmp_path / "b", body, source="Embassy of Azerbaijan to China",
               url="https://beijing.mfa.gov.az/en/news/1")
    assert sentence_labels(r) == ["Embassy of Azerbaijan to China"]


def test_a_straight_mark_closing_a_quotation_never_opened_closes_it(tmp_path):
    body = ('Jan Novak spoke about the unrest at the summit, the correspondent reports.\n\n'
            'Friendship is at the heart of our relations. We will expand contacts," Jan Novak said.')
    assert sentence_labels(voices(tmp_path, body))[1:] == ["Jan Novak", "Jan Novak"]
    # an opening mark glued after a comma still opens: 'He said,"We ...'
    body = 'He said,"We will go on." The talks failed.'
    assert sentence_labels(voices(tmp_path / "b", body))[-1] is None


def test_spoke_up_about_is_a_statement(tmp_path):
    assert labels(tmp_path, "The ministry spoke up about the violations.") == ["The ministry"]


def test_a_quotation_whose_opening_mark_was_left_out_after_its_tag_runs_to_its_closing_mark(tmp_path):
    body = ("“This is the beauty of the country we live in,” said Jan Novak, president of the association. This is "
            "the beauty of respect. Here, we are able to make our voices heard. That is what the world needs.”")
    assert sentence_labels(voices(tmp_path, body)) == ["Jan Novak, president of the association"] * 4
    # but not without that closing mark
    body = "“We live here,” said Jan Novak, president of the association. The rally ended at noon."
    assert sentence_labels(voices(tmp_path / "b", body))[1] is None


def test_a_question_turn_in_capitals_answered_by_a_named_turn_is_the_askers(tmp_path):
    body = ("QUESTION: Mr. Secretary, thank you for visiting. What is your view?\n\n"
            "SECRETARY NOVAK: Well, we have been clear about it.")
    r = voices(tmp_path, body, source="Embassy of Azerbaijan to China", url="https://beijing.mfa.gov.az/en/news/1")
    assert [a.label for a in r.attributions][0] == "QUESTION"


def test_a_documents_author_named_beside_it_speaks_for_it(tmp_path):
    body = ("The report, adopted by the committee at its 96th session, said the law was too broad.\n\n"
            "The report also said minorities were targeted.\n\n"
            "Camps exist, according to internal documents obtained by the Ruritanian Journalists Group.")
    found = labels(tmp_path, body)
    assert found[:2] == ["the committee", "the committee"]
    assert found[2] != "the Ruritanian Journalists Group"


def test_the_expert_is_the_analyst_the_text_named(tmp_path):
    body = ("The visit marks a new stage in the partnership, Ruritanian political analyst Jan Novak told the agency.\n\n"
            "According to the expert, this visit holds historic significance.")
    assert labels(tmp_path, body)[1].endswith("Jan Novak")


def test_an_answer_ending_in_a_question_and_the_answer_after_the_askers_short_turn(tmp_path):
    report = Report()
    loaded = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    text = ("---\ntitle: \"Chinese Foreign Ministry Spokesperson's Remarks on reports\"\nsource: Embassy of Ruritania\n"
            "url: https://embassy.gov.rt/x\n---\n"
            "Q: The agency reported on the threats today. Does China believe it is overstepping?\n\n"
            "A: This report you mentioned is from Canberra, right?\n\n"
            "Journalist: Yes.\n\n"
            "I saw the reports from Canberra. They are false accusations.\n")
    article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
    result = MentionFinder(loaded, report).match_articles([article])[0]
    office = "Chinese Foreign Ministry Spokesperson"
    assert [a.label for a in result.attributions] == ["Q", office, "Journalist", office]


def test_a_dateline_with_its_country_in_square_brackets_is_no_subject(tmp_path):
    body = ("Dhaka [Ruritania], October 1 (ANI): Ruritania Freedom Forum handed a memorandum to the envoy, "
            "demanding an end to the abuses.")
    assert labels(tmp_path, body) != ["Ruritania"]
    assert labels(tmp_path, body)[0].startswith("Ruritania Freedom Forum")


def test_those_a_speech_addresses_are_no_turns_speaker(tmp_path):
    body = ("Good evening. I would like to begin by thanking you all.\n\n"
            "Chairman Roe, Ranking Member Doe, and Honorable Members of the Committee: thank you for the "
            "opportunity to testify.\n\n"
            "This is my sixth time testifying since 2018.")
    assert "Honorable Members of the Committee" not in " ".join(str(x) for x in labels(tmp_path, body))


def test_a_given_names_syllable_after_a_hyphen_is_part_of_the_name_after_said(tmp_path):
    body = ("“The old town is lively,’’ said Yen Pei-yu, a journalist from Taiwan.\n\n"
            "“I have seen the real place,” said the 46-year-old Chinese-born activist.")
    found = labels(tmp_path, body)
    assert found[0].startswith("Yen Pei-yu")
    assert found[1] != "the 46-year-old Chinese-born"


def test_a_states_leader_is_the_one_person_named_as_speaking(tmp_path):
    body = ("“We have taken the first step,” said Jan Novak, President of the Republic of Ruritania.\n\n"
            "The Ruritanian leader also expressed gratitude for the warm reception.")
    assert labels(tmp_path, body)[1].startswith("Jan Novak")
    # (not one the text gives no state's office: "Jan Novak told ...")
    body = ("Jan Novak told the minister that Ruritania will support it.\n\n"
            "The Chinese leader first observes that ties are old.")
    assert labels(tmp_path / "b", body)[1] == "The Chinese leader"


def test_a_name_after_the_verb_of_a_pronoun_subject_does_not_speak_a_participle(tmp_path):
    body = "He will meet Mamtimin Ala on Friday, highlighting the kingdom's importance as a supplier."
    assert labels(tmp_path, body) == [None]
    # (the first name of a clause with no subject before it still does: "Mamtimin Ala met ..., highlighting ...")
    body = "Mamtimin Ala met the delegation on Friday, highlighting the importance of the talks."
    assert attributions(tmp_path / "b", body)[0][1] == "mamtimin-ala"


def test_a_quotation_with_no_cue_is_the_speaker_who_spoke_earlier_in_the_paragraph(tmp_path):
    body = ("Novak said the government attaches great importance to the talks. Cooperation is based on the needs of "
            "both sides. \"It does not target any third party.\"")
    r = voices(tmp_path, body)
    assert sentence_labels(r) == ["Novak", None, "Novak"]
    # (not when another spoke in between: the quotation is then that one's, or no one's)
    body = ("Novak said the talks matter. The ETGE criticised the talks. \"It does not target any third party.\"")
    r = voices(tmp_path / "b", body)
    assert sentence_labels(r)[2] == "etge"


def test_a_body_after_with_and_its_owner_speaks_its_participle(tmp_path):
    body = ("Ruritania has been the only country to criticise the plan, with its Foreign Ministry this month calling "
            "it \"a cause of shame\".")
    assert labels(tmp_path, body) == ["Foreign Ministry"]
    # (not a sentence's opening "With the ministry highlighting ..., the ETGE has urged": its main clause speaks)
    body = ("Bern: With the State Department highlighting the abuses, the ETGE has urged the world to act.")
    assert attributions(tmp_path / "b", body)[0][1] == "etge"


def test_it_is_whoever_spoke_not_the_subject_of_what_it_said(tmp_path):
    # (with the project's own entries: China there is a state, which "it" may stand for)
    import datetime as dt

    repo = Path(__file__).resolve().parent.parent
    report = Report()
    entries = load_entries(repo / "content" / "context", str, report, dt.date(2026, 11, 29), 100000)
    body = ("Relations have set a model, said the Ruritanian Embassy in Bern.\n\n"
            "China will firmly support Freedonia in safeguarding its sovereignty, it said.\n\n"
            "China will also support Freedonia's unity, said the embassy.\n\n"
            "China is committed to assisting Freedonia in realizing the “Vision 2041,” it said.")
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    found = MentionFinder(entries, report).match_articles([article])[0].attributions
    assert [a.holder for a in found] == [None, None, None, None]
    assert found[1].label.removeprefix("the ") == found[3].label.removeprefix("the ") == "Ruritanian Embassy in Bern"


def test_reporting_verbs_with_a_hyphen_and_apologies_and_hints(tmp_path):
    body = ("Jan Novak met the ambassador on Monday. He re-iterated that Ruritania is ready to foster ties.\n\n"
            "Karel Horak apologised for the appointment.\n\n"
            "In his speech, Eva Dvorak strongly hinted that the governor would be removed.")
    assert labels(tmp_path, body)[1:] == ["Karel Horak", "Eva Dvorak"]
    r = voices(tmp_path / "b", "Jan Novak met the ambassador on Monday. He re-iterated that Ruritania is ready.")
    assert sentence_labels(r)[1] == "Jan Novak"


def test_a_states_diplomat_is_the_one_named_as_its_representative(tmp_path):
    body = ("After visiting an exhibition on counter-terrorism efforts in Xinjiang, Jan Novak Horak, Mali’s "
            "representative to the OIC, stressed the importance of the shared global fight against terrorism.\n\n"
            "The Malian diplomat said that China is not the sole victim of misinformation.")
    assert labels(tmp_path, body)[1].startswith("Jan Novak Horak")


# Rules from the held-out batches 83 to 98, one case each: the text, which paragraphs, their labels (None: the writer)
LABEL_RULES = [
    ("a_leader_described_again_is_named_as_first_given_in_full",
     "BERN — Ruritania regards Freedonia as an important partner, General Secretary of the Communist Party of "
     "Ruritania (CPR) Central Committee Jan Novak told Freedonian President Karel Horak at their talks.\n\n"
     "At the talks, President Horak warmly welcomed the Party chief.\n\n"
     "The President expressed his belief that the visit would help.\n\n"
     "General Secretary Novak also lauded Freedonia for its achievements.\n\n"
     "The Party leader affirmed that Ruritania values its friendship with Freedonia.",
     slice(3, None), ["Jan Novak", "Jan Novak"]),
    ("a_text_that_quotes_someone_as_saying_gives_them_the_words",
     "The announcement, on the ministry's website, quotes spokesperson Jan Novak as saying the visits "
     "will deepen ties.",
     None, ["spokesperson Jan Novak"]),
    ("sharing_ones_views_is_saying_them_but_sharing_a_border_is_not",
     "Recalling his visit, President Jan Novak shared his impression of the country's beauty.\n\n"
     "Ruritania shared a border with the empire for centuries.",
     None, ["President Jan Novak", None]),
    ("a_coalition_of_many_groups_is_named_without_its_members",
     "The End Forced Labour Coalition of nearly 200 organisations from 36 countries this week urged brands "
     "to cut all ties with suppliers.",
     None, ["The End Forced Labour Coalition"]),
    ("people_named_together_speak_together",
     "The agreement makes the country less safe for minorities, rights activists and emigre Ruritanians said.",
     None, ["rights activists and emigre Ruritanians"]),
    ("the_senate_speaker_is_the_senates_chairman_named_before",
     "Jan Novak, the chairman of the Senate, led a delegation on an official visit to Freedonia.\n\n"
     "«Relations have risen to an unprecedented level,» the Senate Speaker said.",
     1, "Jan Novak"),
    ("a_linking_adverb_opens_no_subject_of_two_verbs",
     "Further, Jan Novak met with the governor, and urged a resolution of the border issues.",
     None, ["Jan Novak"]),
    ("protesters_speak_what_they_urge",
     "The demonstrators also urged Ruritania to deport all foreign citizens residing illegally.",
     None, ["The demonstrators"]),
    ("the_place_of_an_ambassadors_office_is_no_given_name",
     "Ruritanian Ambassador to Freedonia Yao Wen has congratulated the prime minister.\n\n"
     "Ambassador Yao noted that both countries are at a critical stage.",
     1, "Yao Wen"),
    ("a_long_description_of_the_spokesman_quoted_before_is_him",
     "The policies have always been on the agenda, Ruritania's ruling party spokesman said.\n\n"
     "Speaking at a news conference, Jan Novak said the country is watching closely.\n\n"
     "The ruling Justice and Development (JD) Party spokesman said the world has its eye on the camps.",
     2, "Jan Novak"),
    ("a_body_by_its_common_noun_is_the_one_the_text_named",
     "Ruritania’s General Directorate for National Security announced on Tuesday that a citizen was arrested.\n\n"
     "According to the directorate, the notice was issued in 2017.",
     1, "Ruritania’s General Directorate for National Security"),
    ("a_written_question_asking_the_steps_is_answered_by_the_one_asked",
     "Deputy Jan Novak asked the Minister for Foreign Affairs and Trade the steps he is taking to address "
     "the detentions; and if he will make a statement on the matter.\n\n"
     "I am deeply concerned about the situation in the region.\n\n"
     "We take the reports very seriously.",
     slice(1, None), ["the Minister for Foreign Affairs and Trade"] * 2),
    ("a_title_and_a_surname_written_first_is_the_name_given_before",
     "Hua Chunying, the spokeswoman for the Ruritanian foreign ministry, said that the bill smears the "
     "country.\n\n"
     "“The issue is not about human rights,” Ms Hua said.",
     1, "Hua Chunying"),
    ("an_office_described_again_after_its_holder_was_named_with_it_and_a_comma",
     "First President of Ruritania, Jan Novak met with the Freedonian Foreign Minister on Monday.\n\n"
     "In turn, the First President of Ruritania conveyed the warmest wishes to the Freedonian leader.",
     1, "Jan Novak"),
    ("one_of_a_body_speaks_as_written",
     "“Restrictive measures adopted,” one EU diplomat said.",
     None, ["one EU diplomat"]),
    ("an_acting_officer_named_after_said_speaks_whatever_release_carried_it",
     "“By taking this action, we are combating forced labour,” said acting DHS deputy secretary Jan Novak in a "
     "CBP press release.",
     None, ["acting DHS deputy secretary Jan Novak"]),
    ("the_writers_i_never_stands_for_a_body_the_text_named",
     "Today, the Ruritanian Communist Party announced sanctions against several officials, including me.\n\n"
     "In response, I said:\n\n"
     "\"The party is terrified and lashing out.\"",
     slice(1, None), [None, None]),
    ("an_initial_glued_to_a_name_is_part_of_the_name",
     "At the meeting, Chinese Foreign Minister Wang Yi conveyed greetings.\n\n"
     "Foreign Minister D.Tsogtbaatar supported the plan and welcomed the initiative.",
     1, "Foreign Minister D.Tsogtbaatar"),
    ("a_visiting_minister_named_after_the_words_speaks_them",
     "Ruritania is ready to work with Freedonia to build a partnership of higher level, visiting Ruritanian "
     "Foreign Minister Jan Novak said here on Saturday.",
     None, ["visiting Ruritanian Foreign Minister Jan Novak"]),
    ("a_statement_posted_on_a_bodys_website_is_the_bodys",
     "The Ruritanian Embassy in the United Kingdom on Friday slammed a motion in the House of Commons.\n\n"
     "In a statement posted on the embassy's website, a spokesperson said the motion was aimed at discrediting "
     "Ruritania.",
     1, "The Ruritanian Embassy in the United Kingdom"),
    ("an_officer_described_again_by_a_title_given_after_by_and_a_comma",
     "Mr Jan Novak, accompanied by Mr Karel Horak, the media Relations Manager of the Ruritanian Embassy, "
     "visited the agency.\n\n"
     "“The Embassy respects the freedom of the press,” the Media Relations Manager said.",
     1, "Karel Horak"),
    ("the_phrase_after_but_and_an_honorific_open_the_subject_of_a_participle",
     "But addressing the media in Bern on Wednesday, Mr. Jan Novak dispelled such allegations, saying, the "
     "issues are anti-violence measures.",
     None, ["Mr. Jan Novak"]),
    ("a_participles_phrase_run_on_without_a_comma_ends_at_the_name",
     "Also speaking on the issue a Political Counselor of the Ruritanian Embassy in Bern Dr. Jan Novak said, "
     "“The issue is an internal affair.”",
     None, ["Dr. Jan Novak"]),
    # (and not any capitalised words: "Welcoming Wang Yang" names whom one welcomes)
    ("a_participles_phrase_without_a_comma_and_no_honorific_names_no_one",
     "Welcoming Karel Horak the minister said the talks went well.",
     None, [None]),
    ("a_first_person_verb_inside_single_marks_does_not_stop_the_sentence_cue",
     "‘I believe this is ongoing, and we are witnessing it,’ said Jan Novak, the former secretary of state.",
     None, ["Jan Novak, the former secretary of state"]),
    ("a_participle_before_a_that_clause_needs_no_comma_after_a_name_or_a_day",
     "In an unusual move, Ruritanian ambassador Jan Novak took the floor on Friday asking that the record "
     "reflect the country's position.",
     None, ["Ruritanian ambassador Jan Novak"]),
    # (but after a noun it is what the noun says: "with reports saying that ...")
    ("a_participle_before_a_that_clause_after_a_noun_is_the_nouns",
     "Ruritania has been criticised for abuses in the region, with reports saying that camps exist.",
     None, [None]),
    ("a_body_closing_a_sentence_of_what_someone_did_reports_it",
     "The visit was a success, the Ruritanian Embassy in Bern said in a statement.\n\n"
     "Prime Minister Jan Horak also sent a letter to his counterpart, according to the embassy.",
     1, "the Ruritanian Embassy in Bern"),
    # (but what someone said stays theirs: "Jan Horak accused ... , according to the embassy")
    ("what_someone_said_stays_theirs_whoever_closes_the_sentence",
     "The visit was a success, the Ruritanian Embassy in Bern said in a statement.\n\n"
     "Prime Minister Jan Horak accused critics of lies, according to the embassy.",
     1, "Prime Minister Jan Horak"),
    ("a_title_written_short_before_a_name_is_no_transcript_turn",
     "Prime Minister Hon. Jan Novak, MP has arrived in Zenda for his first official visit.\n\n"
     "On arrival, the Prime Minister was met by officials.\n\n"
     "These agreements will pave the way for cooperation.",
     None, [None, None, None]),
    ("in_a_statement_then_when_or_where_names_no_issuer",
     "In a statement upon arrival at the Zenda International Airport in Ruritania, Jan Novak hailed the "
     "strong ties between the two countries.\n\n"
     "In a statement on Tuesday, the embassy took note of the report.",
     None, ["Jan Novak", "the embassy"]),
    ("a_bodys_officer_named_after_it_is_whom_the_paragraph_is_about",
     "“Our initiative is to show solidarity,” Jane Roe said.\n\n"
     "ETGE chairman Jan Novak attended the event through videoconferencing.\n\n"
     "“We must draw attention to these crimes,” he said.",
     2, "Jan Novak"),
    ("accused_of_right_after_a_noun_is_a_passive",
     "On Monday, the EU, Britain, US and Canada unveiled coordinated sanctions targeting officials accused "
     "of involvement in the persecution.",
     None, [None]),
    ("the_prime_minister_is_not_another_minister",
     "Prime Minister Samdech Jan Novak on Wednesday met visiting Foreign Minister Ma Lin.\n\n"
     "Ma Lin said the talks went well. Jan Novak stressed that ties are old.\n\n"
     "Ruritania supports the plan, said the prime minister.",
     2, "Jan Novak"),
    ("having_said_that_is_no_statement",
     "Having said that Ambassador Jan Novak quickly switched focus to the findings.",
     None, [None]),
    ("a_dated_dateline_before_a_colon_is_no_subject",
     "Phnom Penh (Ruritania), August 4: Ruritanian Prime Minister Jan Novak on Wednesday met with visiting "
     "Foreign Minister Ma Lin, reiterating his country's support.",
     None, ["Ruritanian Prime Minister Jan Novak"]),
    ("a_dateline_in_capitals_with_a_date_before_its_dash_is_no_part_of_the_subject",
     "RURITANIA, February 6 - The Chancellor of Ruritania notes the importance of further cooperation.",
     None, ["The Chancellor of Ruritania"]),
    ("groups_that_believe_or_estimate_make_a_claim_but_believing_in_a_faith_is_none",
     "Rights groups believe at least one million people have been held in camps.\n\n"
     "Experts estimate that the camps hold many more.\n\n"
     "Most villagers believe in Islam.",
     None, ["Rights groups", "Experts", None]),
    ("speaker_before_a_surname_is_a_title",
     "Chair of the Ruritanian Parliament Sahiba Novak met the delegation.\n\n"
     "Speaker Novak welcomed the delegation and highlighted the ties.",
     1, "Sahiba Novak"),
    ("a_common_word_opening_a_sentence_is_no_given_name",
     "Welcoming Lam and a delegation on a state visit, Jan Novak congratulated him.\n\n"
     "On behalf of the state, President Lam thanked Jan Novak.",
     1, "President Lam"),
    ("a_bodys_short_name_is_not_its_officers_title",
     "ZOC Secretary General Jan Novak is to travel to Beijing for meetings.\n\n"
     "The ZOC expressed deep concern over the violence at the time.",
     1, "The ZOC"),
    ("a_name_with_its_office_in_lower_case_and_a_relative_clause_speaks_what_follows_said",
     "Deputy prime minister Jan Novak Horak, who is also the minister for internal security, said China, a "
     "close ally of Ruritania, has made the request.",
     None, ["Deputy prime minister Jan Novak Horak"]),
    ("a_joint_statement_addressed_to_a_council_speaks_as_itself_and_is_it_after",
     "Ruritania denies all allegations of abuse.\n\n"
     "\u201cCredible reports indicate that many people have been detained,\u201d the joint statement to the Human "
     "Rights Council said on Tuesday.\n\n"
     "\u201cWe urge Ruritania to allow access,\u201d it added.",
     slice(1, None), ["the joint statement", "the joint statement"]),
    ("a_portfolio_before_a_name_written_surname_first_is_no_given_name",
     "Jan Novak met with Minister of Foreign Affairs Tang Lin in Hanoi.\n\n"
     "Tang, for his part, stated that the ties matter.\n\n"
     "Minister of Foreign Affairs Karel Horak arrived later.\n\n"
     "Horak said the visit was useful.",
     slice(1, None), ["Tang Lin", None, "Karel Horak"]),
    ("one_who_pleads_speaks_but_a_plea_of_guilty_is_no_statement",
     "\u201cPlease save us,\u201d Jane Roe pleads.\n\n"
     "Karel Horak pleaded guilty to the charges in March.",
     None, ["Jane Roe", None]),
    ("a_meeting_between_two_named_leaders_is_no_speaker",
     "The meeting between President Jan Novak and Chairman Karel Horak reaffirmed the commitment of both "
     "nations to their ties.\n\n"
     "After the meeting, Jan Novak underlined the need for peace.",
     None, [None, "Jan Novak"]),
    ("a_document_that_spoke_as_itself_is_it_the_document_and_the_resolution_after",
     "The Ruritanian parliament has adopted a resolution. The Freedonian embassy has responded by calling the "
     "document interference.\n\n"
     "While avoiding direct criticism, the resolution strongly urged the government to act.\n\n"
     "It noted that many states share the concern.\n\n"
     "The document urges Freedonia to release all prisoners.\n\n"
     "It also calls for the lifting of restrictions.\n\n"
     "The situation has been deteriorating since 2012, according to the resolution.",
     slice(1, None), ["the resolution"] * 5),
    ("it_after_a_report_its_committee_adopted_is_the_committee",
     "The report, adopted by the committee at its 96th session, said the committee is concerned.\n\n"
     "It said these definitions may criminalise peaceful expression.",
     None, ["the committee", "the committee"]),
    ("a_quotation_opening_at_the_verb_leaves_the_verb_reporting_unless_another_cue_names_the_speaker",
     "The Ruritanian government on Saturday \u201cstrongly condemned\u201d the rights group for alleging that a "
     "man had gone missing.\n\n"
     "Jane Roe also \u201cemphasised the importance of the ties\u201d, the Ruritanian ministry said.\n\n"
     "Some called it \u201cshameful\u201d.",
     None, ["The Ruritanian government", "the Ruritanian ministry", None]),
    ("one_who_confirms_after_a_quotation_speaks_it",
     "\u201cNo contact with him is possible,\u201d confirms Jana Roe, president of the Ruritanian Institute.",
     None, ["Jana Roe, president of the Ruritanian Institute"]),
    ("bringing_up_issues_is_raising_them_in_words",
     "In a telephone conversation with Ma Lin, Karel Horak also brought up the issues of the border.",
     None, ["Karel Horak"]),
    ("a_relative_clause_without_commas_before_the_verb_is_no_subject",
     "Anna's sister Jana Roe who is currently living in Riyadh told the service that she was detained.\n\n"
     "A Kyrgyz businessman from Kizilsu who is currently living in Bishkek recently told the service that "
     "his family was held.\n\n"
     "The advert was written by the ambassador Li Chao who wrote that the region has changed.",
     None, ["Anna's sister Jana Roe", "A Kyrgyz businessman from Kizilsu", "Li Chao"]),
    ("an_opening_subordinate_clause_yields_to_the_main_clauses_speaker",
     "As Western powers voiced concerns and called for access, Freedonian authorities firmly denied the "
     "allegations.\n\n"
     "After activists said that many people are detained, Foreign Minister Jan Novak told the council that the "
     "region has schools.\n\n"
     "He further stated that the region is stable.",
     None, ["Freedonian authorities", "Foreign Minister Jan Novak", "Jan Novak"]),
    ("the_company_is_the_last_firm_that_spoke_never_an_outlet_and_never_a_guess",
     "Ruritanian camera maker Novatech on Wednesday denied accusations of any wrongdoing.\n\n"
     "The Daily Post reported that the firm may be blacklisted.\n\n"
     "\u201cWe have never done anything inappropriate,\u201d the company said in a statement.\n\n"
     "The company said it has not received any notice.",
     None, ["Ruritanian camera maker Novatech", "The Daily Post", "Ruritanian camera maker Novatech",
            "Ruritanian camera maker Novatech"]),
    ("the_company_no_firm_spoke_before_is_no_speaker",
     "The brand, headquartered in New York, sells shirts.\n\n"
     "The company has said it audits its suppliers.",
     None, [None, None]),
    ("a_name_in_another_script_in_brackets_leaves_the_speaker_named",
     "During the book launch, Legislator Wang Ting-yu (\u738b\u5b9a\u5b87) said that a bill was drafted.",
     None, ["Legislator Wang Ting-yu"]),
    ("a_statement_released_by_a_body_is_that_bodys",
     "In a statement released by the Ruritanian Council on Monday, its chairman \u201chailed the efforts\u201d.",
     None, ["the Ruritanian Council"]),
    ("a_name_before_its_office_run_on_to_the_verb_speaks",
     "\u201cWe are grateful,\u201d Jana Roe, Secretary General of Education and Solidarity Association told "
     "the agency.\n\n"
     "On Wednesday, President Karel Horak told his counterpart that ties matter.",
     None, ["Jana Roe, Secretary General of Education and Solidarity Association", "President Karel Horak"]),
    ("an_unnamed_official_is_never_another_one_the_text_does_not_name_either",
     "Most people have \u201creturned to society\u201d, a senior official from the area said on Tuesday.\n\n"
     "A spokeswoman for the Ruritanian Foreign Ministry said the claims were false.",
     None, ["a senior official from the area", "A spokeswoman for the Ruritanian Foreign Ministry"]),
    ("a_body_named_before_its_description_run_on_to_the_verb_speaks",
     "Citing the arrests, the Ruritanian Rights Council (RRC), a global rights body raised concerns over the "
     "arrests.",
     None, ["Ruritanian Rights Council (RRC), a global rights body"]),
    ("a_hyphen_inside_a_name_keeps_the_name_whole",
     "RIGA \u2013 Ruritanian President Jan-Karel Novak met the foreign minister on Monday, who was on a visit to "
     "the capital, and reaffirmed the commitment to ties.\n\n"
     "The Ruritanian President commended the relations between the two countries.",
     None, ["Ruritanian President Jan-Karel Novak", "Ruritanian President Jan-Karel Novak"]),
    ("a_retailer_described_is_the_last_firm_that_spoke",
     "Ruritanian fashion brand Novamoda said it would keep its suppliers.\n\n"
     "The retailer now says: \u201cWe are working with our colleagues to manage the challenges.\u201d",
     None, ["Ruritanian fashion brand Novamoda", "Ruritanian fashion brand Novamoda"]),
    ("initials_the_text_gave_a_titled_person_are_that_person_but_a_bodys_stay_as_written",
     "Ruritanian Crown Prince Karel bin Novak (KBN) has supported the plan, the agency said.\n\n"
     "In his talks, KBN hailed the relations as trouble free.\n\n"
     "The Office of Customs and Border Protection (CBP) issued an order.\n\n"
     "CBP said the goods were held.",
     slice(1, None), ["Karel bin Novak", None, "CBP"]),
    ("he_is_never_a_group_of_many_people",
     "Ethnic Han Chinese Catholics said they were afraid.\n\n"
     "Catholics are praying for peace, he said.",
     None, ["Ethnic Han Chinese Catholics", None]),
    ("a_bodys_officer_in_two_words_then_the_name",
     "People headed to the broadcaster. RTV general director Jana Roe came outside and promised airtime.",
     None, ["RTV general director Jana Roe"]),
    ("answers_marked_a_are_the_one_the_lede_says_answered_questions",
     "Nov. 2, 2018-- Ruritanian Foreign Ministry spokesperson Jan Novak answered questions on the region "
     "Thursday at a regular press conference.\n\n"
     "Q: Foreign Secretary Karel Horak told parliament that diplomats had confirmed the camps. What is your "
     "response?\n\n"
     "A: We noted relevant reports. The Ruritanian side firmly opposes the claims.",
     # (the question is the asker's, marked "Q", whatever it reports others said: the corpus's gold for a press
     # conference's transcript a site carries)
     None, ["Ruritanian Foreign Ministry spokesperson Jan Novak", "Q",
            "Ruritanian Foreign Ministry spokesperson Jan Novak"]),
    ("a_name_before_an_office_of_the_body_run_on_to_said",
     "Commenting, Jan Novak, Secretary General of the Ruritanian Council said: \u201cWe call for action.\u201d",
     None, ["Jan Novak, Secretary General of the Ruritanian Council"]),
    ("the_secretary_of_state_is_the_secretary_named_not_the_head_of_state",
     "The country is pushing for a ban, Secretary of State Jana Roe said Tuesday.\n\n"
     "President Karel Horak signed the act into law in December.\n\n"
     "\u201cWe will continue to engage companies,\u201d the secretary of state said in a statement.",
     None, ["Secretary of State Jana Roe", None, "Secretary of State Jana Roe"]),
    ("a_title_after_a_report_and_a_count_name_no_speaker",
     "Two reports this week show the struggles of the community.\n\n"
     "In its report titled \u2018Protected No More\u2019, the group revealed new cases.",
     None, [None, "the group"]),
    ("a_surname_after_a_title_is_the_full_name_first_given_with_its_hyphen",
     "Ruritania's leader Jan-Karel Novak received the delegation on Monday.\n\n"
     "Mr Novak said the visit was a reunion of historic importance.",
     1, "Jan-Karel Novak"),
    ("pm_before_a_surname_is_a_title",
     "Prime Minister Karel Horak visited the capital on Friday.\n\n"
     "\u201cWe will speak privately,\u201d PM Horak told the broadcaster.",
     1, "Karel Horak"),
    ("a_time_ago_is_no_speaker",
     "Three days ago, reports went viral on social media saying that students were arrested.",
     None, [None]),
    ("a_turn_marked_by_a_title_alone_is_that_title",
     "Jan Novak: Madam President, the committee found credible reports of detentions.\n\n"
     "President: Excuse me, excuse me. I give the floor to Ruritania.\n\n"
     "Ruritania: Madam President, this speaker has nothing to do with this item.\n\n"
     "President: I repeat what I said earlier. I give the floor back to you.",
     slice(1, None), ["President", "Ruritania", "President"]),
    ("a_question_turn_is_named_as_the_transcript_writes_it",
     "---\ntitle: Ruritanian Embassy Spokesperson's Remarks on the Report\n---\n\n"
     "Question: A columnist called for a boycott. What is your comment?\n\n"
     "Answer: We firmly oppose the claims made in the column.",
     None, ["Question", "Ruritanian Embassy Spokesperson"]),
    ("an_estimate_after_its_adjective_or_one_is_no_speaker",
     "Latest estimates say more than a million people have been held.\n\n"
     "According to one estimate, 500 mosques were closed.\n\n"
     "The institute estimates that the project will cost more.",
     None, [None, None, "The institute"]),
    ("a_dateline_with_its_agency_in_brackets_is_no_part_of_the_subject",
     "KUALA LUMPUR (AP) - A rights group has criticised Ruritania for deporting six men.\n\n"
     "Bern (NewsAgency) - Jan Novak said the talks were useful.\n\n"
     "BISHKEK. Jan 7 (Interfax) - Hundreds participating in a rally in central Bishkek on Monday demanded that the "
     "authorities act.\n\n"
     "urumqi - A top Islamic body yesterday appreciated the efforts of the government.\n\n"
     "New York, Nov 13 The Ruritanian Rights Forum, an advocacy group, has accused the authorities of deportations.",
     None, ["A rights group", "Jan Novak", "Hundreds participating in a rally in central Bishkek",
            "A top Islamic body", "The Ruritanian Rights Forum"]),
    ("the_activist_or_the_expert_is_the_one_person_the_text_quotes",
     "Jana Roe, 62, who heads the rights movement, called on Ruritania to send investigators.\n\n"
     "\u201cThey have only put forward numbers that favour them,\u201d the activist said in Bern.\n\n"
     "All this will help the region, the expert said.",
     slice(1, None), ["Jana Roe", "Jana Roe"]),
    ("a_surname_is_the_name_given_most_fully_not_the_longer_titled_one",
     "Ruritania's President Emomali Novak and Freedonia's envoy met on Monday.\n\n"
     "President Novak said ties had never been better.\n\n"
     "Thanking Freedonia for its help, Novak said his country welcomes investment.",
     slice(1, None), ["Emomali Novak", "Emomali Novak"]),
    ("a_full_name_is_never_another_person_of_the_same_surname",
     "Abdullah Novak, a father of four, said police had detained him twice.\n\n"
     "Melike Novak said her husband was taken away on Monday.",
     None, ["Abdullah Novak, a father of four", "Melike Novak"]),
    ("a_name_after_an_office_at_a_bodys_long_name_and_never_a_titles_own_words",
     "BERN \u2014 Ruritania's former ambassador to the Association of Southeast Asian Nations Wang Xilian will "
     "replace Zhao Jianhua as envoy to Freedonia.\n\n"
     "Wang noted that the relationship had improved.\n\n"
     "\"It is a great honor to be designated as Ambassador Extraordinary and Plenipotentiary of Ruritania,\" the "
     "seasoned diplomat said.",
     slice(1, None), ["Wang Xilian", "Wang Xilian"]),
    ("shouting_and_chanting_are_words_spoken",
     "Demonstrators chanted slogans including: \"Independence for the homeland!\"\n\n"
     "Rights activist Jana Roe shouted that the police had taken her son.",
     None, ["Demonstrators", "Rights activist Jana Roe"]),
    ("a_surname_of_two_letters_after_a_title_is_the_full_name",
     "Ruritanian Ambassador to Freedonia Yu Hong held a press meet on Monday.\n\n"
     "Ruritanian Ambassador Yu said the talks were fruitful.\n\n"
     "Ambassador Yu also said trade would grow.",
     slice(1, None), ["Yu Hong", "Yu Hong"]),
    ("the_minister_is_the_person_not_the_title_of_the_office",
     "Minister of Foreign Affairs, African Cooperation and Expatriates, Jan Novak, emphasized the partnership.\n\n"
     "Novak stressed that the projects are under way.\n\n"
     "The Minister pointed out that the partnership was signed in 2016.",
     2, "Jan Novak"),
    ("a_name_is_never_read_with_its_possessive_and_two_letters_alone_are_the_surname",
     "Talks were enlivened by Ruritanian Premier Li Qiang's ongoing visit to Freedonia.\n\n"
     "During the meeting, the Ruritanian premier said ties were strong.\n\n"
     "Trade has grown, said Li.",
     slice(1, None), ["Li Qiang", "Li Qiang"]),
    ("what_is_said_of_a_document_between_commas_is_no_role_of_its_author",
     "The Ruritanian Jewish Council and the Federation of Islamic Associations have written to the Prime "
     "Minister, calling on Ruritania to act.\n\n"
     "The letter, dated July 23, expresses gratitude to the Prime Minister.",
     1, "The Ruritanian Jewish Council"),
    ("a_weekday_after_the_subject_is_when_not_who",
     "The European Commission Wednesday said it would ban the products.",
     None, ["The European Commission"]),
    ("a_plural_noun_before_a_verb_of_saying_is_its_subject",
     "After the court's approval, on December 15, to the extradition of Jan Novak, voices call on the authorities "
     "not to extradite him.\n\n"
     "Kazakh media reports say the summit participants included the leaders of Azerbaijan.",
     None, [None, "Kazakh media"]),
    ("a_paragraph_that_is_a_quotation_continues_the_speaker_before_it",
     "Wisma Putra, in a statement, said the visit will provide an excellent opportunity for both sides to "
     "exchange views.\n\n"
     "\"This visit will also further strengthen the strategic ties between the two countries,\" the statement "
     "said.\n\n"
     "The visit ends on Friday.\n\n"
     "\"It was a good year,\" one delegate told reporters.",
     None, ["Wisma Putra", "Wisma Putra", None, "one delegate"]),
    ("a_staffer_who_worked_somewhere_is_the_staffer_not_the_clause",
     "Another staffer who worked at the Torugart Entry Port, one of the two with Ruritania, said he did not know "
     "the reason for the closure.",
     None, ["Another staffer"]),
    ("admitted_to_a_country_is_let_in_not_owning_up",
     "Their most recent effort was a letter to President Jan Novak, calling on him to make human rights a priority, "
     "support human rights activists, focus against technology that identifies people and increase the number of "
     "Uyghurs admitted to the United States as refugees.\n\n"
     "The official admitted to reporters that the camps existed.",
     None, [None, "The official"]),
    ("figures_cited_by_someone_are_theirs_but_sources_cited_by_someone_speak",
     "According to data compiled by the Ruritanian Institute, trade grew by a third.\n\n"
     "Diplomatic sources cited by the news agency said the talks would continue.",
     None, ["the Ruritanian Institute", "Diplomatic sources cited by the news agency"]),
    ("a_description_in_the_lede_that_he_carries_on_is_the_one_named_after",
     "The Budapest-Belgrade line will be the fastest route to the sea, the foreign minister said on Monday.\n\n"
     "The initiative has created a cooperation project which involves infrastructure, he told public radio.\n\n"
     "The country can profit from its location, he said.\n\n"
     "Novak said last year trade broke an absolute record.",
     None, ["Novak", "Novak", "Novak", "Novak"]),
    ("an_office_then_the_name_in_apposition_is_the_subject_not_what_follows_the_verb",
     "Its spokesperson, Jan Novak, said the Ruritanian government safeguarded the freedom of belief.\n\n"
     "“These are not religious issues.”",
     None, ["Jan Novak", "Jan Novak"]),
    ("a_name_in_apposition_known_already_is_not_written_twice",
     "The ambassador, Jan Novak, said the government acted.\n\n“The talks failed,” said the ambassador, Jan Novak.",
     None, ["Jan Novak", "Jan Novak"]),
    ("a_reporting_word_after_a_possessive_is_a_noun",
     "Despite the evidence of the Ruritanian Workers’ Party’s (RWP) continued abuse of workers, Freedonia remains "
     "hesitant.\n\nThe government's stated position is clear.",
     None, [None, None]),
    ("reports_set_off_by_commas_in_a_list_is_a_noun",
     "While referring to sources like state media articles, company reports, and government statements, the HRW "
     "report claimed that forced labour exists.",
     None, ["HRW"]),
    ("a_name_before_an_office_named_by_the_place_it_covers_speaks",
     "“The vote was close,” Jan Novak, Ruritania director at Geneva-based Freedom Watch (FW) said.",
     None, ["Jan Novak"]),
    ("the_statement_told_before_and_issued_again_says_nothing_new",
     "Its spokesperson, Jan Novak, said the protests were unfounded.\n\n"
     "He issued the statement following a protest in the capital.\n\n"
     "He made the request when he met the minister.\n\n"
     "President Jan Novak and President Jana Roe made press statements following their discussions.\n\n"
     "Candidate Karel Horak released a statement following the vote, saying \"I condemn it.\"",
     None, ["Jan Novak", None, "Jan Novak", None, "Candidate Karel Horak"]),
    ("an_unnamed_speaker_is_labelled_with_the_name_they_give",
     "“Many more police are patrolling the streets,” the resident, identifying himself as Jan, said.\n\n"
     "“Prices rose,” a trader, who gave his name as Jan Roe, told the agency.",
     None, ["Jan", "Jan Roe"]),
    ("an_officer_or_official_described_by_a_relative_clause_speaks",
     "“No, there were no such attacks,” a police officer who answered the phone at the station said.\n\n"
     "“No,” an official who spoke on condition of anonymity said.",
     None, ["a police officer", "an official"]),
    ("it_is_never_a_people_nor_what_a_sentence_says_something_is",
     "Uyghur people are ethnic minority group who live in Xinjiang region, autonomous territory in northwest China. "
     "The region known as Xinjiang under Chinese rule in the 18th century; it announced its independence in 1949.",
     None, [None]),
    ("a_relative_or_a_lawyer_named_after_whose_they_are_speaks_by_name",
     "His brother Jan Novak, who arrived in Ruritania three months ago, said he heard that he was accused.\n\n"
     "Her lawyer Jana Roe said the charges were false.\n\nHis visit to the capital said nothing.",
     None, ["Jan Novak", "Jana Roe", None]),
    ("sources_named_by_whom_they_are_with_speak",
     "Interior Ministry sources told the paper that families entered the country.\n\n"
     "Diplomatic sources said the talks would continue.\n\nThe families entered the country, according to sources.",
     None, ["Interior Ministry sources", "Diplomatic sources", None]),
    ("a_surname_ending_like_an_adverb_is_a_name_the_text_gave_in_full",
     "Murager Alimuly, an activist, was attacked.\n\nAlimuly told Reuters that two men stabbed him.\n\n"
     "Overall, the talks went well.",
     None, [None, "Murager Alimuly", None]),
    ("today_opening_the_subject_is_when_not_who",
     "Today the Court of Appeal found that the agency's decision was unlawful.",
     None, ["the Court of Appeal"]),
    ("a_commons_member_taking_part_from_afar_is_the_turns_speaker",
     "Jana Roe (Glasgow North West) (SNP) [V] These are distressing reports from the region, and they are many.\n\n"
     "Jan Novak (Selby and Ainsty) (Con) Like many hon. Members, my hon. Friend is right to raise this issue.",
     None, ["Jana Roe", "Jan Novak"]),
    ("an_office_with_a_hyphen_after_a_bodys_name_is_its_officer",
     "ETGE secretary-general Jan Novak said the talks failed.",
     None, ["ETGE secretary-general Jan Novak"]),
    ("a_turn_marked_by_a_short_title_and_a_name_is_the_names",
     "Amb. Novak: Indeed, on the basis of mutual respect, equality and friendship, our peoples have grown closer.\n\n"
     "Prof. Roe: Indeed, on the basis of mutual respect, our peoples have grown closer.",
     None, ["Novak", "Roe"]),
    ("a_name_opening_the_sentence_and_the_one_joined_to_it_speak_together",
     "Freedom Watch and the wife of a jailed imam demanded his release on Monday.\n\n"
     "Ruritania signed the deal and its agreements should be honoured, officials said.",
     None, ["Freedom Watch and the wife of a jailed imam", "officials"]),
    ("prosecutors_speak",
     "The man passed on information about the community, federal prosecutors said.",
     None, ["federal prosecutors"]),
    ("a_legislators_party_and_state_in_brackets_is_an_aside",
     "Senator Jan Novak (R-Neb.) warned on Tuesday that the country is not doing enough.\n\n"
     "Rep. Jana Roe (D-NY) said the bill passed.",
     None, ["Senator Jan Novak", "Rep. Jana Roe"]),
    ("begging_is_an_appeal_in_words",
     "\"Support my husband's release. He is innocent,\" his wife, Jana Roe, begged on Monday.\n\n"
     "Families have begged for their relatives' return.",
     None, ["Jana Roe", "Families"]),
    ("a_description_naming_its_body_is_not_one_of_another_body_named_later",
     "\"We are concerned by the reports,\" a US State Department spokesman told the agency in an email.\n\n"
     "Ruritanian Foreign Ministry spokesman Jan Novak on Thursday said he did not know of the case.",
     None, ["a US State Department spokesman", "Ruritanian Foreign Ministry spokesman Jan Novak"]),
    ("continued_with_a_quotation_after_its_comma_is_speaking",
     "Rep. Jana Roe said the vote mattered.\n\n"
     "Roe continued, \"I take no issue whatsoever with the students in the class.\"\n\n"
     "The talks continued, with the sides meeting again on Monday.",
     None, ["Rep. Jana Roe", "Rep. Jana Roe", None]),
    ("whose_posts_past_a_date_are_hers",
     "Rep. Jana Roe spoke at the school.\n\n"
     "According to Roe’s March 15 posts on Twitter, she responded to the question by pointing out the abuses.",
     1, "Jana Roe"),
    ("she_after_a_quotation_is_the_woman_the_paragraph_before_named_not_the_state_that_spoke",
     "Exiled leader Jana Roe called for a probe.\n\n"
     "White House spokesman Jan Novak said the US was concerned.\n\n"
     "Hanoi has also accused Roe of fomenting the unrest.\n\n"
     "“These accusations are completely false,” she said.",
     3, "Jana Roe"),
    ("a_name_with_its_initials_or_known_as_a_body_is_a_body_for_it",
     "Stockholm [Sweden]: A Sweden-based rights organisation, Ruritanska Kommitten (RUK), commonly known as the "
     "Ruritanian Committee, appealed to the international community to confront the effects.\n\n"
     "It also said that the occupation is not an isolated event.",
     1, "Ruritanska Kommitten (RUK), commonly known as the Ruritanian Committee"),
    ("answer_turns_are_of_the_one_the_introduction_has_speak",
     "Talking to the agency, Freedom Watch President Jan Novak said the country should intervene.\n\n"
     "Detailing the repression, he cited the approach taken to refugees.\n\n"
     "Following are excerpts of the interview:\n\n"
     "Q: Do you expect one day to be back in your homeland?\n\n"
     "A: I left more than twenty years ago, and it is very painful to see the situation worsen.",
     # (the questions are the asker's: the outlet the introduction names as talked to, else the turn's mark)
     None, ["Freedom Watch President Jan Novak", "Freedom Watch President Jan Novak", None, "Q",
            "Freedom Watch President Jan Novak"]),
    ("we_interviewed_names_whose_answers_follow",
     "As the two countries plan for next year, we interviewed Ruritanian Ambassador to Freedonia Jan Novak to "
     "provide an in-depth look at the relations.\n\n"
     "How long have you been in Freedonia?\n\n"
     "My appointment to the position took place in February. This is my fifth long-term stay here.",
     None, [None, None, "Ruritanian Ambassador to Freedonia Jan Novak"]),
    ("a_first_turn_in_capitals_whose_surname_marks_a_later_turn_is_no_dateline_and_a_note_in_brackets_nobodys",
     "JANA ROE: Hello, everyone, and welcome to the programme on the region and its future.\n\n"
     "ROE: Action stalls at the summit.\n\n"
     "Plus —\n\n"
     "(BEGIN VIDEO CLIP)\n\n"
     "SEN. JAN NOVAK (R-KY): There would be no difference.\n\n"
     "(END VIDEO CLIP)\n\n"
     "ROE: The journalist revealing the surge.",
     None, ["JANA ROE", "ROE", "ROE", None, "JAN NOVAK", None, "ROE"]),
    ("adding_something_to_a_list_is_an_act_not_speech",
     "The Ruritanian Department of Trade (RDT) has added three companies to the Entity List.\n\n"
     "The ministry added that the talks went well.\n\n"
     "The minister added the talks would go on to next year.\n\n"
     "\"We are ready,\" the minister added.",
     None, [None, "The ministry", "The minister", "the minister"]),
    ("a_turn_marked_by_an_office_is_the_one_the_record_names_in_it_and_numerals_are_no_turns",
     "Members present: Jana Roe (Chair); Karel Horak; Jan Novak.\n\n"
     "I: Dr Eva Svoboda, Director, Freedom Watch; and Petr Dvorak, Researcher.\n\n"
     "Chair: Welcome to this session of the committee. Today we have a follow-up hearing to our report.",
     None, [None, None, "Jana Roe"]),
    ("orders_of_a_kind_and_a_phone_call_are_no_statements",
     "Ruritanian Customs (RC) yesterday issued five withhold release orders on products.\n\n"
     "The President of Ruritania, Jan Novak, made a phone call to the capital.\n\n"
     "The ministry issued a statement calling for calm.\n\n"
     "Freedom Watch made a call for sanctions.",
     None, [None, None, "The ministry", "Freedom Watch"]),
    ("he_continued_set_off_inside_a_sentence_and_chronicling_are_speaking",
     "Jan Novak spoke warmly of the partnership.\n\n"
     "This progress, he continued, was boosted after the partnership was established in 2013.\n\n"
     "In a September 10 report, Freedom Watch chronicled the escalation of security measures.",
     None, ["Jan Novak", "Jan Novak", "Freedom Watch"]),
    ("a_surname_after_an_opening_phrase_without_its_comma_is_the_subject",
     "Prime Minister Jan Novak spoke at the forum.\n\n"
     "In his address Novak also commended the initiative and claimed his government was committed to it.\n\n"
     "In Hanoi officials said the talks went well.",
     None, [None, "Jan Novak", None]),
    ("they_opening_a_sentence_are_the_people_that_opened_the_one_before",
     "About 1,000 protesters gathered outside the embassy on Sunday.\n\n"
     "They called for an end to the crackdown.\n\n"
     "Uyghurs gathered outside the embassy on Monday.\n\n"
     "They called for an end to the crackdown.",
     None, [None, "About 1,000 protesters", None, None]),
    ("people_of_a_place_before_who_are_the_subject_not_the_place",
     "The deportation sparked alarm among refugee advocates in Ruritania, who said it showed the deal was flawed.\n\n"
     "The award was welcomed by the team leader, Jan Novak, who said that it mattered.",
     None, ["refugee advocates in Ruritania", "Jan Novak"]),
    ("a_regions_name_after_an_office_is_no_persons_name",
     "The visit was welcomed, a Xinjiang official said on Tuesday.\n\n"
     "In response to the remarks of Jan Novak, chairman of the People’s Government of Xinjiang Uyghur Autonomous "
     "Region, which welcomes UN officials, the spokesperson said the region is open.",
     0, "a Xinjiang official"),
    ("a_members_record_labels_its_presiding_officer_and_its_short_turns_too",
     "Ana Roe (Werriwa, Greens) I ask that the motion be taken as formal.\n\n"
     "Jan Novak (President) Is there any objection to this motion being taken as formal?\n\n"
     "Petar Ivanov (Queensland, Liberal National Party, Assistant Minister to the Prime Minister) Yes.\n\n"
     "Jan Novak (President) The motion has been denied formality.\n\n"
     "Petar Ivanov (Queensland, Liberal National Party, Assistant Minister to the Prime Minister) I seek leave.",
     None, ["Ana Roe", "Jan Novak", "Petar Ivanov", "Jan Novak", "Petar Ivanov"]),
    ("leading_before_a_noun_describes_who_speaks_not_a_participles_phrase",
     "Leading Ruritanian activist Jane Roe, who lives in exile in Paris, said she was disappointed.\n\n"
     "Leading the delegation, Jan Novak said the talks went well.",
     None, ["Leading Ruritanian activist Jane Roe", "Jan Novak"]),
    ("his_office_is_the_office_of_the_person_before_never_a_place",
     "Prime Minister Jane Roe on Friday arrived in China's Xinjiang province, her office said, on a visit.\n\n"
     "Prime Minister Ana Horvat-Novak arrived in Ruritania City, her office said.",
     None, ["Prime Minister Jane Roe’s office", "Prime Minister Ana Horvat-Novak’s office"]),
    ("a_court_dismissing_a_challenge_decides_says_nothing",
     "Judge Jan Novak dismissed the legal challenge filed by the group on Friday.\n\n"
     "Jan Novak dismissed the allegations as lies.",
     None, [None, "Jan Novak"]),
    ("a_day_before_a_description_is_when_not_whose_name_it_describes",
     "But on Monday, an interior ministry spokesman said the visa had been withdrawn.",
     None, ["an interior ministry spokesman"]),
    ("a_hope_and_an_appraisal_put_in_words_are_speaking",
     "Minister Jan Novak hoped that this session would lead to closer ties.\n\n"
     "At the talks, President Ana Horvat positively assessed the implementation of the agreements.\n\n"
     "Many hoped for rain.",
     None, ["Minister Jan Novak", "President Ana Horvat", None]),
    ("a_title_in_initials_before_a_surname_is_the_one_named_in_full",
     "Foreign Minister Jan Novak met his counterpart on Monday.\n\nFM Novak noted that the talks went well.",
     None, [None, "Jan Novak"]),
    ("an_office_of_faith_named_again_is_the_one_named_in_full",
     "Chief Rabbi Jan Novak has spoken out against the policy.\n\n"
     "Chief Rabbi Novak noted his own experiences.\n\nThe Chief Rabbi called for action.",
     None, [None, "Jan Novak", "Jan Novak"]),
    ("a_name_and_his_counterpart_speak_together",
     "The two are friendly countries, Slovak President Jan Novak and his Ruritanian counterpart Ana Horvat told a "
     "joint press conference.\n\nThe talks went well, his counterpart Ana Horvat said.",
     None, ["Slovak President Jan Novak and his Ruritanian counterpart Ana Horvat", "Ana Horvat"]),
    ("continuing_to_deny_says_it_again",
     "The camps hold many.\n\nRuritania continues to deny the allegations.\n\n"
     "The group continued to insist that the camps must close.",
     None, [None, "Ruritania", "The group"]),
    ("a_place_or_a_body_and_a_role_before_the_name_after_the_verb",
     "“There are others still detained,” said Northtown resident Ana Horvat-Novak of the Ruritanian Association "
     "at the protest.\n\n“They should never have been invited,” said member of the Ruritanian Association Jan Novak.",
     None, ["Northtown resident Ana Horvat-Novak", "member of the Ruritanian Association Jan Novak"]),
    ("a_countrys_press_reports_are_its_press",
     "According to Ruritanian and Russian press reports, 39 workers downed tools.\n\n"
     "According to media reports, the plant closed.",
     None, ["Ruritanian and Russian press reports", None]),
    ("a_dateline_set_off_by_a_bullet_is_no_part_of_the_speaker",
     "NORTHTOWN • Ruritania's Prime Minister defended a decision to return the migrants.",
     None, ["Ruritania's Prime Minister"]),
    ("a_clause_before_the_name_and_its_apposition_is_no_name",
     "The Silk Road historically connects Ruritania and China, Jan Novak, Ruritania's envoy in Northtown, said.",
     None, ["Jan Novak, Ruritania's envoy in Northtown"]),
    ("calling_on_someone_without_asking_anything_is_a_visit",
     "Professor Jan Novak, former Federal Minister called on Ana Horvat, Member of the Politburo, in Urumqi.\n\n"
     "The ambassador called on the Prime Minister on Monday.\n\n"
     "The ambassador called on the Prime Minister to act.\n\nThe council calls on the Head of Government, Ana Horvat.",
     None, [None, None, "The ambassador", "The council"]),
    ("an_occupation_then_the_name_opening_the_main_clause",
     "The journalist Jan Novak, out of curiosity, moved to Beijing in 2019, saying he was suspicious of the reports.",
     None, ["The journalist Jan Novak"]),
    ("a_judge_who_decides_saying_something_says_it",
     "But judge Jan Novak on Friday rejected the group's case, saying there were problems.\n\n"
     "“No error was made,” said judge Jan Novak.",
     None, ["judge Jan Novak", "judge Jan Novak"]),
    ("a_plural_speaker_closing_the_sentence_after_the_verb_speaks",
     "Ruritania has withdrawn the visa after Beijing’s strong protest, say government sources.\n\n"
     "Speaking at the rally, Jane Roe, president of the Association, said the Hong Konger’s fight was theirs.",
     None, ["government sources", "Jane Roe, president of the Association"]),
    ("the_head_of_a_diplomatic_mission_is_its_ambassador",
     "The newly appointed Chinese ambassador to Ruritania, Lu Mei, conveyed greetings from Chinese President Xi "
     "Jinping to Ruritanian President Jan Novak.\n\nThe head of the Chinese diplomatic mission further noted that "
     "relations are friendly.",
     None, ["Lu Mei", "Lu Mei"]),
    ("a_statement_or_letter_no_one_is_said_to_issue_speaks_as_itself",
     "The statement called on China to close the camps.\n\nThe letter urged the government to act.",
     None, ["The statement", "The letter"]),
    ("a_statement_whose_issuer_is_named_is_the_issuers",
     "Jane Roe issued a statement on Monday.\n\nThe statement called on China to close the camps.",
     None, ["Jane Roe", "Jane Roe"]),
    ("ambassadors_signatories_and_imams_speak",
     "The ambassadors said the camps are schools.\n\nThe signatories urged China to act.\n\n"
     "The imams said the camps must close.\n\nThe event participants first observed a minute of silence.",
     None, ["The ambassadors", "The signatories", "The imams", None]),
    ("an_officer_of_a_body_with_an_entry_named_after_it_speaks",
     "Deputy Secretary General of the ETGE Omer Kojaman recalled that the declaration was signed in 2009.",
     None, ["Deputy Secretary General of the ETGE Omer Kojaman"]),
    ("a_name_after_said_followed_by_an_aside_and_its_verb_is_what_was_said",
     "Col. Jan Novak, Deputy Ruritanian government spokesman, said Northtown, in line with international law, had "
     "checked their nationality.",
     None, ["Col. Jan Novak, Deputy Ruritanian government spokesman"]),
    ("one_person_described_not_named_speaks_as_described",
     "Only large firms could guarantee it, the trader said.\n\n“He miscalculated,” the friend said.\n\n"
     "The source said that he has been detained for 14 months.",
     None, ["the trader", "the friend", "The source"]),
    ("imploring_is_an_appeal_in_words",
     "The board's vice-president Jan Novak implored the envoy to use Britain's influence.",
     None, ["The board's vice-president Jan Novak"]),
    ("a_weekday_between_a_name_in_apposition_and_its_verb_is_when_not_who",
     "A spokesman for the group, Jan Novak, Thursday said Xinjiang security forces have intensified patrols.\n\n"
     "A spokesman for the group, Jan Novak, on Friday said Ruritania had closed the border.",
     None, ["Jan Novak", "Jan Novak"]),
    ("what_many_say_of_a_place_in_a_where_clause_is_background",
     "Ruritanian firms no longer source cotton from Xinjiang, where activists and some governments allege that "
     "forced labor is used.\n\nHe visited the Kashgar prefecture, where researchers estimate that many are held.\n\n"
     "Jan Novak met the premier on Wednesday, where he underscored the importance of trade.",
     None, [None, None, "Jan Novak"]),
    ("an_outlet_before_the_office_is_not_its_holder",
     "In an interview with Global Times, the ambassador maintained that Ruritania will give full support.\n\n"
     "He also emphasised the importance of the charter.",
     None, ["the ambassador", "the ambassador"]),
    ("a_name_ending_in_its_particle_is_the_office_holder_named_before",
     "Ruritania’s Ambassador to Freedonia Jan ul-Novak said that his country believed in the policy.\n\n"
     "In an interview with Global Times, the ambassador maintained that Ruritania will give full support.",
     None, ["Ruritania’s Ambassador to Freedonia Jan ul-Novak", "Ruritania’s Ambassador to Freedonia Jan ul-Novak"]),
    ("the_court_and_counsel_speak_by_their_part_in_the_case",
     "The judge said a decision was forthcoming on the motion.\n\nThe ruling was wrong, the lawyer said.\n\n"
     "The attorney said the firm would appeal.\n\nJudge Jan Novak heard the case on Monday.\n\n"
     "The judge said he would rule within a month.",
     None, ["The judge", "the lawyer", "The attorney", None, "Jan Novak"]),
    ("a_person_called_by_the_first_word_of_the_name_given_is_that_person",
     "Germany-based activist Jan Novak expressed disappointment on Monday.\n\n"
     "Jan, who was granted asylum in the 1990s, said Ruritania had always tried to stop him.\n\n"
     "“It is not the first time,” he said.",
     None, ["Germany-based activist Jan Novak"] * 3),
    ("a_given_name_glued_by_a_hyphen_in_lower_case_is_part_of_the_name",
     "City Councilor Hsu Shu-hua (許淑華) showed a can of juice, saying that its ingredients are from Xinjiang.\n\n"
     "“This is a concern for human rights,” Hsu said.",
     None, ["City Councilor Hsu Shu-hua"] * 2),
    ("a_weekday_after_the_verb_is_when_not_who",
     "The plan is good, Jan Novak, Head of the Department, said Friday at the Forum.",
     None, ["Jan Novak, Head of the Department"]),
    ("a_name_before_two_offices_in_apposition_speaks",
     "The states support each other, Jan Novak, Assistant to the President, Head of the Department of the "
     "Administration, said at the Forum.",
     None, ["Jan Novak"]),
    ("an_interview_with_a_form_of_address_is_the_person_the_paragraph_names",
     "As the visit nears, the news agency shares an exclusive interview with His Excellency. During the "
     "conversation, President Jan Novak spoke about bilateral cooperation.\n\n"
     "- Your Excellency, how would you characterise relations between our countries?\n\n"
     "— The relations are strong and based on mutual trust.",
     None, ["President Jan Novak", None, "President Jan Novak"]),
    ("an_office_described_with_a_state_is_never_the_holder_named_with_another",
     "The two states can resolve the issues, Iran’s Foreign Minister Jan Novak said in a phone conversation on "
     "Monday with his Turkish counterpart John Roe.\n\nFor his part, the Turkish foreign minister praised "
     "Novak’s “constructive efforts” to ease the situation.\n\nThe Iranian foreign minister thanked him.",
     None, ["Iran’s Foreign Minister Jan Novak", "John Roe", "Iran’s Foreign Minister Jan Novak"]),
    ("a_participle_opening_the_sentence_takes_its_object_no_verb_of_saying",
     "Rebuffing claims that Ruritania stayed silent, he said the government raised the issue.\n\n"
     "Rebuffing claims that Ruritania stayed silent, Jan Novak said the government raised the issue.",
     None, [None, "Jan Novak"]),
    ("a_title_and_a_surname_is_the_name_given_in_full_however_short",
     "Ruritania’s Ambassador to Freedonia, Cheng Xueyuan, warned Freedonia to be wary of interference, stating that "
     "Ruritania would not engage in internal affairs.\n\nHe further stated that the region is stable.\n\n"
     "Speaking on the border, Ambassador Xueyuan protested against the movement.",
     None, ["Cheng Xueyuan"] * 3),
    ("a_body_described_in_the_lede_is_the_body_named_in_the_next_paragraph",
     "Ruritania must account for the whereabouts of men forcibly returned, a US-based rights group has said.\n\n"
     "Human Rights Watch (HRW) said such men had disappeared into a black hole.\n\n"
     "The men fled after riots in July.\n\nA rights group has criticised Freedonia for deporting six men.\n\n"
     "Ruritanian media reported the men were held.",
     None, ["Human Rights Watch (HRW)", "Human Rights Watch (HRW)", None, "A rights group", None]),
    ("given_opens_a_phrase_not_a_name",
     "Given its own history, Ruritania has kept a close eye on the war, condemning all acts of aggression.",
     None, ["Ruritania"]),
    ("a_verb_and_its_object_before_a_name_in_apposition_are_no_name",
     "The commitment provides a solid foundation, Jan Novak, Secretary General of the Organization, said.",
     None, ["Jan Novak, Secretary General of the Organization"]),
    ("a_clause_after_to_say_is_what_was_not_said_no_speaker",
     "The spokesman declined multiple opportunities Tuesday to say the United States believes the policy "
     "continues.\n\nThe minister went on to say the government believes the policy continues.",
     None, [None, "The minister"]),
    ("a_participle_after_a_comma_inside_the_closing_quotation_mark_is_the_subjects",
     "Jan Novak called Ruritania and Freedonia “two nations from one stem,” adding that the two countries plan "
     "to increase trade.",
     None, ["Jan Novak"]),
    ("reports_before_their_own_verb_are_a_noun_no_verb_of_saying",
     "The dragnet in Ruritania has swept up many people into “centers” that numerous studies and reports say are "
     "camps.\n\nReuters reports that the minister resigned.",
     None, [None, "Reuters"]),
    ("a_title_shortened_with_a_full_stop_after_the_verb_is_part_of_the_name",
     "“We want to make sure,” said Wisconsin GOP Rep. Jane Roe, who chairs the committee.\n\n"
     "“The threat comes from the party,” said Mr. Jan Novak.",
     None, ["Wisconsin GOP Rep. Jane Roe", "Mr. Jan Novak"]),
    ("a_name_after_an_honorific_anywhere_in_the_paragraph_before_is_she",
     "So, the appearance of a beaming Ms Jane Roe lighting the cauldron was a striking gesture.\n\n"
     "“It’s a huge honour for me,” she told the Xinhua news outlet.",
     None, [None, "Jane Roe"]),
    ("a_relative_or_a_lawyer_named_by_a_possessive_is_never_the_one_it_belongs_to",
     "Jan Novak received a video call from his brother. His brother said he had someone he wanted him to meet.\n\n"
     "A court has sentenced Jan Novak to life in prison on separatism charges, his lawyer has said.\n\n"
     "Jane Roe and her husband said they were afraid.\n\n"
     "Sheikh Jan Novak met the minister. His Highness said the ties were strong.",
     None, ["His brother", "his lawyer", "Jane Roe", "Sheikh Jan Novak"]),
    ("then_before_an_office_says_when_it_was_held",
     "Ruritania’s then Foreign Minister Jan Novak also stated that Ruritania was “seriously concerned”.",
     None, ["Ruritania’s then Foreign Minister Jan Novak"]),
    ("a_name_and_a_description_opening_with_a_states_possessive_is_the_subject_not_a_name_after_the_verb",
     "A Ruritanian ambassador says his country is ready for any rhetoric.\n\n"
     "Jan Novak, Ruritania’s envoy to U.N. institutions in Geneva, insists Freedonia doesn’t believe that the "
     "council is the right venue.",
     None, ["Jan Novak, Ruritania’s envoy to U.N. institutions in Geneva"] * 2),
    ("a_lede_description_of_one_state_is_never_a_person_of_another_named_later",
     "An official from China's far west region accused Jane Roe of lying.\n\n"
     "U.S. Secretary of State John Doe said the claims were false.",
     None, ["An official from China's far west region", "U.S. Secretary of State John Doe"]),
    ("an_unnamed_official_is_no_one_the_text_names",
     "Freedonia expelled the diplomat, Foreign Minister Jane Roe said.\n\n"
     "An unnamed security official reportedly told the paper that the diplomat had targeted a member.",
     None, ["Foreign Minister Jane Roe", "An unnamed security official"]),
    ("hailing_from_a_place_a_politically_charged_thing_and_laws_say_nothing",
     "Jane Roe hails from Ruritania and is a part of a minority group.\n\n"
     "The second turn as Olympic host is even more politically charged than its first.\n\n"
     "This allows a company to prosecute a foreign entity according to Ruritanian laws, even if overseas.\n\n"
     "The group repeatedly charged that the camps were prisons.",
     None, [None, None, None, "The group"]),
    ("words_closed_by_a_spaced_dash_after_a_comma_have_their_speaker_after_the_verb",
     "- Today we will sign the treaty. We have raised relations to the highest level, - said Jan Novak.\n\n"
     "— We will build the railway, — said Jane Roe.",
     None, ["Jan Novak", "Jane Roe"]),
    ("an_office_after_an_opening_phrase_without_a_comma_speaks",
     "In reply to this question the Ambassador stated that good-neighborly relations are a priority.",
     None, ["the Ambassador"]),
    ("every_week_and_otherwise_called_name_no_one",
     "Every week, dozens of activists gather outside the consulate, demanding to know where their relatives are.\n\n"
     "Otherwise called the “Ruritania Tribunal,” it is headed by Jane Roe.",
     None, [None, None]),
    ("numbers_after_nos_continue_the_sentence",
     "Jane Roe said in a speech that the group should demand more. She said that even autonomy was a start. "
     "The speech was published by a television channel. For more on Roe, see clips nos. 5969, 5898, and 3795.",
     None, ["Jane Roe"]),
    ("a_chief_named_after_a_body_is_a_person_he_stands_for",
     "National police chief Jan Novak said the remaining 15 are still on the run.\n\n"
     "He said he believed the men knew their escape route in advance.",
     None, ["National police chief Jan Novak"] * 2),
    ("laying_stress_and_welcoming_an_elevation_are_statements",
     "General Secretary Jan Novak said he hopes that the cooperation will develop.\n\n"
     "He laid stress on the important role of the parliament in bolstering the collaboration.\n\n"
     "He also welcomed the elevation of relations to a strategic partnership.",
     None, ["General Secretary Jan Novak", "Jan Novak", "Jan Novak"]),
    ("a_lists_last_item_before_the_verb_is_no_speaker",
     "But this time, the agency collected the names, addresses, and family statuses of the men, said Khan and a "
     "man named Jan who lives in Rawalpindi.",
     None, ["Khan"]),
    ("added_and_a_clause_with_its_own_verb_is_what_was_said",
     "Jan Novak further added Ruritania also attached importance to the mechanism.\n\n"
     "The department added another five entities supporting the army's programs related to lasers to the list.",
     None, ["Jan Novak", None]),
    ("a_pronoun_opening_the_first_verb_of_a_pair_speaks_by_the_second",
     "Interior Minister Jan Novak said on Monday that the men were deported.\n\n"
     "He visited the detention site on Tuesday and said that the men had left.\n\n"
     "He said the governor visited the site and stressed that the men had left.",
     None, ["Interior Minister Jan Novak", "Jan Novak", "Jan Novak"]),
    ("shared_that_and_drawing_attention_to_the_fact_are_saying",
     "The talks were held on Monday.\n\n"
     "Addressing a press meet, the Ruritanian Ambassador shared that Bern has given high importance to the ties.\n\n"
     "President Jan Novak constantly draws attention to the fact that Ruritania has always contributed to peace.\n\n"
     "The two countries shared a border and a history.",
     None, [None, "the Ruritanian Ambassador", "President Jan Novak", None]),
    ("a_place_before_who_is_never_the_speaker",
     "Jan Novak shared his conversation with a religious leader in Bern, who confirmed that mosques were open.\n\n"
     "The plan drew rejection from Novak, who said the reports were nonsense.",
     None, [None, "Jan Novak"]),
    ("a_description_in_lower_case_after_a_capitalised_common_word_then_the_name",
     "Talk show host Jan Novak dedicated an episode of his series to the Uyghurs, calling on the United Nations "
     "to do more.\n\n"
     "Many carried East Turkistan flags in sky blue, denouncing the policy.",
     None, ["Talk show host Jan Novak", None]),
    ("an_office_and_a_name_between_commas_after_no_name_is_the_speaker",
     "On his part, exploring new opportunities and inject new impetus for Africa's development, Sudan "
     "foreign minister Dr. Al-Novak, has indicated that the relationship is growing stronger.\n\n"
     "Jane Roe, a friend of President Jan Novak, said the trip was useful.",
     None, ["Sudan foreign minister Dr. Al-Novak", "Jane Roe, a friend of President Jan Novak"]),
    ("a_label_never_opens_with_of_the_name_before_it_does",
     "The Sikyong, or executive head, Mr Penpa Tsering of the Central Tibetan Administration (CTA) has on Jun 8 "
     "called for an alliance of like-minded partners.",
     0, "Mr Penpa Tsering of the Central Tibetan Administration (CTA)"),
    ("a_dateline_with_its_country_and_agency_is_no_part_of_the_subject",
     "BERN, Ruritania (Reuters) - Jan Novak, the exiled leader, voiced his support on Wednesday.\n\n"
     "BERN, Ruritania (Reuters) - The ministry said the visit went well.",
     None, ["Jan Novak, the exiled leader", "The ministry"]),
    ("what_someone_does_in_lower_case_before_the_name_after_a_quote",
     "“We should have spoken up,” protester Jan Novak said.\n\n"
     "“It is a warning,” said economist Jane Roe.\n\n"
     "“It is a warning,” dissident Jane Roe told the paper.",
     None, ["protester Jan Novak", "economist Jane Roe", "dissident Jane Roe"]),
    ("an_adverb_between_an_aside_and_the_verb_is_no_subject",
     "Jan Novak, in his statement, firmly called upon the parliament to act.\n\n"
     "Jane Roe, the coordinator, strongly urged the parliament to act.",
     None, ["Jan Novak", "Jane Roe"]),
    ("a_name_with_an_apostrophe_before_lower_case_letters_is_a_name",
     "The statement, by B’nai Brith Canada, the Ruritan Rights Project and the Ruritan Congress, condemned the "
     "camps.\n\n"
     "Ma’ruf Amin said the visit went well.",
     None, ["B’nai Brith Canada", "Ma’ruf Amin"]),
    ("a_documents_author_after_by_is_the_label_not_its_role",
     "The statement, by Jan Novak, condemned the camps.",
     0, "Jan Novak"),
    ("who_closes_the_sentence_speaks_before_a_participle_going_on",
     "China appreciates Freedonia for its fair position on the issue, Jane Roe said, adding that both agree.\n\n"
     "Ruritania welcomed the talks, spokesman Karel Horak said.",
     None, ["Jane Roe", "spokesman Karel Horak"]),
    ("an_opening_phrase_then_a_name_in_apposition_says_what_follows_the_verb",
     "Before the hearing, Congressman Jan Novak, Republican chairman of the committee, said that Xinjiang “should "
     "serve as a warning”.\n\n"
     "Responding to the hearing, Jane Roe, spokesperson for the embassy, said the committee's witnesses have lied.",
     None, ["Congressman Jan Novak, Republican chairman of the committee", "Jane Roe, spokesperson for the embassy"]),
    ("a_dateline_with_an_ordinal_day_and_a_dash_is_no_speaker",
     "Bangkok, March 2nd, 2025 — Jan Novak, Assistant Minister of Foreign Affairs, dismissed claims that a third "
     "country had agreed.",
     0, "Jan Novak, Assistant Minister of Foreign Affairs"),
    ("adding_to_something_is_not_saying",
     "Jan Novak in 2020 secretly filmed detention facilities in Xinjiang, adding to a body of evidence.",
     0, None),
    ("someone_of_a_body_before_who_is_that_someone",
     "RFA also spoke with a staffer of the Nurbagh Petroleum Hospital who said Jan Novak “doesn’t work here”.",
     0, "a staffer of the Nurbagh Petroleum Hospital"),
    ("a_place_after_in_is_never_whom_he_stands_for",
     "During the hearing in Napanoch, New York, Jan Novak was asked about his intention. He said that was not his "
     "goal.",
     0, "Jan Novak"),
    ("a_tie_then_a_name_after_said_is_the_speaker",
     "Jan Novak was given leave to stay in Bern for another day, said his lawyer, Jane Roe.\n\n"
     "“We are trying,” she said.",
     None, ["Jane Roe", "Jane Roe"]),
    ("the_first_of_two_verbs_joined_by_but_speaks_by_the_second",
     "Prime Minister Jan Novak, was not present for the debate, but told reporters she was pleased.\n\n"
     "Jane Roe declined to comment on the attacks, but vowed the work would be impartial.",
     None, ["Prime Minister Jan Novak", "Jane Roe"]),
    ("a_states_press_named_by_its_capital_reports",
     "Karel Horak arrived in Bern on Monday to attend the summit, Beijing's state media reported.",
     0, "Beijing's state media"),
    ("complaining_that_is_saying_and_advocates_speak",
     "At a joint press conference, President Jan Novak complained that the authorities had erred.\n\n"
     "The government should ban goods made with forced labor, rights advocates told a news conference.\n\n"
     "Karel Horak complained of back pain.",
     None, ["President Jan Novak", "rights advocates", None]),
    ("an_adjective_before_a_title_and_a_name_after_said_is_no_clause",
     "The group stands in solidarity with those suffering oppression, said independent Legislator Jan Novak at "
     "an inaugural event.",
     0, "Legislator Jan Novak"),
    ("whom_a_speaker_urged_is_never_the_speaker_across_asides",
     "The Bishop of Bern, the Rt Revd Jan Novak, urged the Government last week, in the House of Lords, to take "
     "firmer steps.",
     0, "The Bishop of Bern, the Rt Revd Jan Novak"),
    ("a_law_or_a_notice_is_no_speaker_but_its_issuer_is",
     "Genocide is defined as acts committed with intent to destroy a group, according to the UN Genocide "
     "Convention.\n\n"
     "The firm was blacklisted, citing the Interpol notice.\n\n"
     "The motion was filed by the ACT Party, which said the minority suffers, the ACT Party said.",
     None, [None, None, "the ACT Party"]),
    ("it_stands_for_the_document_that_spoke_as_itself",
     "BERN, July 21 (Wire) -- Bern has long been part of Ruritania, a white paper said Sunday.\n\n"
     "Later dynasties kept closer or looser contact with the region, it said.",
     None, ["a white paper", "a white paper"]),
    ("a_name_in_apposition_keeps_its_party_in_brackets_out",
     "After the latest reports, the human rights commissioner of the federal government, Jan Novak (Greens), has "
     "called for consequences.",
     0, "Jan Novak"),
    ("he_never_stands_for_a_house",
     "The Speaker of the House of Representatives Jan Novak received the Ambassador of Ruritania.\n\n"
     "During the meeting, they discussed the relations between the two countries, according to the House\n\n"
     "He said a diplomatic relationship has been established.",
     2, None),
    ("a_press_conference_headline_gives_the_answers_to_its_spokesperson_but_not_the_introduction",
     "---\ntitle: \"Foreign Ministry Spokesperson Jan Novak's Regular Press Conference on March 20, 2019\"\n"
     "source: Embassy of Ruritania in Freedonia (ruritania-embassy.org)\n---\n"
     "On the afternoon of March 20, Foreign Ministry Spokesperson Jan Novak held a regular press conference.\n\n"
     "Q: Yesterday the president resigned. How does Ruritania see this news?\n\n"
     "A: The president is a leader highly esteemed by his countrymen. Ruritania understands his decision.\n\n"
     "We hope for continued friendship between the two countries.",
     None, ["Embassy of Ruritania in Freedonia (ruritania-embassy.org)", "Q", "Jan Novak", "Jan Novak"]),
    ("under_a_headline_naming_who_answers_the_questions_are_the_transcripts_q",
     "---\ntitle: \"Foreign Ministry Spokesperson Jan Novak's Remarks on the Situation in Freedonia\"\n"
     "source: Embassy of Ruritania in Freedonia (ruritania-embassy.org)\n---\n"
     "Q: What is your comment on the situation in Freedonia?\n\n"
     "A: Ruritania hopes that all parties will resolve their differences through dialogue.",
     None, ["Q", "Jan Novak"]),
    ("he_and_a_given_name_the_text_writes_inside_a_sentence_is_a_name_not_the_pronoun",
     "A delegation led by the Editor-in-Chief of the Ruritania News Agency He Yong met Jan Novak.\n\n"
     "Jan Novak said the visit was important.\n\n"
     "He Yong thanked the hosts for their hospitality.\n\n"
     "He said the visit was useful.",
     None, [None, "Jan Novak", "He Yong", "He Yong"]),
    ("a_dateline_of_two_places_is_no_speaker_and_reported_before_its_source_is_inverted",
     "BERN/VADUZ, Ruritania/Freedonia - The next summit will take place in Bern in 2025, reported Sputnik, quoting "
     "President Jan Novak.",
     0, "Sputnik"),
    ("a_surname_that_shares_a_states_first_letters_names_no_state",
     "President of Kyrgyzstan Sadyr Japarov met with Karel Horak.\n\n"
     "Sadyr Japarov emphasized that relations are at a historic high.\n\n"
     "The president highlighted practical cooperation.\n\n"
     "Karel Horak conveyed best wishes from President Jan Novak.",
     None, [None, "Sadyr Japarov", "Sadyr Japarov", "Karel Horak"]),
    ("whoever_is_quoted_speaks_not_whoever_quotes_them",
     "\"We look forward to hosting the summit,\" Jan Novak was quoted by his press office.\n\n"
     "Karel Horak was quoted by state media.",
     None, ["Jan Novak", "Karel Horak"]),
    ("characterizing_something_as_something_is_saying_but_being_characterized_by_it_is_not",
     "Jan Novak, who is hosting leaders from five countries, characterized relations with Freedonia as having great "
     "value.\n\n"
     "Relations between the two states are characterized by a high level of trust.",
     None, ["Jan Novak", None]),
    ("a_described_spokesperson_is_named_by_the_sentence_that_says_who_made_the_remarks",
     "BERN, Feb. 22 (Wire) -- A Ruritanian Foreign Ministry spokesperson on Monday said that more and more people "
     "see the truth. He said it is hoped that more media will report fairly. Spokesperson Jan Novak made the "
     "remarks in response to a question.",
     0, "Jan Novak"),
    ("an_office_its_place_and_a_name_after_said_stay_whole_before_when",
     "The two countries share the same position, said Ruritanian Ambassador to Freedonia Jan Novak on Monday.",
     0, "Ruritanian Ambassador to Freedonia Jan Novak"),
    ("a_counterpart_named_with_spaces_doubled_holds_the_office",
     "Mongolian Foreign Minister Damdin Tsogtbaatar held talks with Chinese counterpart  Wang Yi  in Beijing on "
     "Tuesday.\n\n"
     "During the meeting, Damdin Tsogtbaatar said: \u201cMongolia is facing important opportunities.\u201d\n\n"
     "\u201cThe two sides should maintain close high-level exchanges,\u201d the Chinese Foreign Minister said.",
     2, "Wang Yi"),
    ("an_office_in_capitals_is_the_name_the_text_wrote_after_it",
     "Deputy Chairman Senate, Senator Jan Novak held a meeting with Karel Horak, Ambassador of Freedonia on "
     "Tuesday.\n\n"
     "Deputy Chairman Senate said that Ruritania has always supported Freedonia.\n\n"
     "The Deputy Chairman said that the two countries support each other.\n\n"
     "During talks with President Jan Roe, Sheikh Mohamed said the visit was useful.",
     None, [None, "Jan Novak", "Jan Novak", "Sheikh Mohamed"]),
    ("rights_advocates_are_people_not_a_verb",
     "The punishment against Novak has bolstered suspicions among Ruritanian rights advocates that Ruritania's "
     "government is working to silence a prominent critic.",
     0, None),
    ("a_surname_alone_opening_a_sentence_is_the_person_named_in_full_before",
     "President Jan Novak and Uzbek President Shavkat Mirziyoyev signed a joint statement.\n\n"
     "Mirziyoyev was in Bern on a state visit. He told Novak that the visit was of great significance.",
     1, "Shavkat Mirziyoyev"),
    ("a_states_name_is_no_surname_of_whom_the_text_named_before",
     "RFE/RL\u2019s Kazakhstan service reported that a court ruled to hand Sayragul Sauytbay a suspended "
     "sentence.\n\n"
     "In 2016, her husband moved to Kazakhstan. Kazakhstan\u2019s government has a program.\n\n"
     "Sauytbay kept her citizenship, she told the court.",
     2, None),
    ("a_spokesman_of_one_ministry_is_not_one_of_another_named_later",
     "BERN \u2013 A car bomb hit the embassy on Tuesday, officials said.\n\n"
     "An Interior Ministry spokesman said the car exploded inside the compound.\n\n"
     "\u201cWe are shocked,\u201d foreign ministry spokeswoman Jana Novakova told a news briefing.",
     1, "An Interior Ministry spokesman"),
    ("a_name_set_off_after_a_description_is_whom_he_stands_for",
     "Another Ruritanian community leader, Abdulla Ushurov, attacked the police.\n\n"
     "\u201cYou cannot say that,\u201d he said.",
     1, "Abdulla Ushurov"),
    ("a_members_label_with_a_note_of_how_they_took_part_opens_their_speech",
     "Jan Novak (Victoria, Australian Greens) [by video link] I am very pleased to be here today supporting this "
     "bill. It's a very important bill.\n\n"
     "I thank Senator Roe for bringing this bill to us.",
     None, ["Jan Novak", "Jan Novak"]),
    ("a_family_tie_is_whom_the_text_named_with_it",
     "Jana Roe's husband, Jan Novak, and their two children have obtained citizenship.\n\n"
     "This year, Roe was ordered to work at a camp, her husband told Reuters in June.",
     1, "Jan Novak"),
    ("a_spokesman_or_a_body_closing_the_sentence_reports_what_it_opens_with",
     "BERN \u2014 Foreign Minister Jan Novak asked Freedonia to take concrete action, the top government "
     "spokesman said at a briefing on Tuesday.\n\n"
     "Jan Novak urged Freedonia to act, the ministry said.\n\n"
     "Jan Novak recalled Ruritania's support, saying the ties were strong, the Ruritanian president said.",
     None, ["the top government spokesman", "the ministry", "Foreign Minister Jan Novak"]),
    ("according_to_a_statement_closing_the_sentence_leaves_the_words_to_whom_it_reports",
     "Jan Novak urged Freedonia to act, according to the statement.",
     0, "Jan Novak"),
    ("a_post_or_a_lament_after_a_quotation_is_its_speakers",
     "\u201cIt is time to show them the power of tourism,\u201d posted Jana Roe on Monday.\n\n"
     "\u201cNobody listens to us,\u201d lamented Jan Novak.",
     None, ["Jana Roe", "Jan Novak"]),
    ("someone_described_after_a_quotations_verb_speaks_with_where_from_or_a_name_after",
     "\u201cFor example,\u201d said one protester.\n\n"
     "\u201cFor example,\u201d said a man from Bern.\n\n"
     "\u201cFor example,\u201d said a Kyrgyz man in Bern.\n\n"
     "\u201cWe oppose it,\u201d said another speaker, Jan Novak, standing on a truck.",
     None, ["one protester", "a man from Bern", "a Kyrgyz man in Bern", "Jan Novak"]),
    ("claiming_responsibility_is_an_act_not_words",
     "Three staff were hurt, but no organization had yet claimed responsibility, Hua said.\n\n"
     "No group has claimed responsibility for the attack.",
     None, ["Hua", None]),
    ("the_press_named_by_where_it_reports_or_alone_opening_a_sentence_reports",
     "Local media reported that the protest ended.\n\n"
     "The talks ended. Media reported that the men fled.\n\n"
     "Media reports have described the camps.",
     None, ["Local media", "Media", None]),
    ("a_name_in_apposition_quoted_by_the_press_speaks_not_the_press",
     "Ruritania's Ambassador to Freedonia, Jan Novak, was quoted by local media as saying, "
     "\u201cThe fruit here is so sweet.\u201d",
     0, "Jan Novak"),
    ("words_made_precise_granted_or_denied_are_said",
     "\u201cThe talks also covered trade,\u201d he specified.\n\n"
     "Jan Novak conceded that the plan had failed.\n\n"
     "Ruritania has refuted the claims.\n\n"
     "Karel Horak opined that the deal was fair.",
     slice(1, None), ["Jan Novak", "Ruritania", "Karel Horak"]),
    ("an_office_first_given_to_someone_unnamed_is_still_that_one",
     "Jan Novak, a refugee, faces deportation from Freedonia, his lawyer Ana Roe said.\n\n"
     "A spokesman said Monday that the embassy was aware of Novak's situation.\n\n"
     "“We urge third countries to allow access to these asylum seekers,” the spokesman said in an email.",
     slice(1, None), ["A spokesman", "the spokesman"]),
    ("no_speaker_comes_after_said_that",
     'At a recent event themed "Dynamics of Ruritania in Freedonian Perspective," Jan Novak, minister of the '
     "Ruritanian Embassy in Freedonia, said that Xinjiang, as an autonomous region bordering Freedonia, plays a key "
     "role.",
     None, ["Jan Novak, minister of the Ruritanian Embassy in Freedonia"]),
    ("a_participle_opening_the_sentence_is_no_one_who_speaks",
     "Launched in 2013, the corridor, a flagship project, links Freedonia's southwest port with the city of Bern, "
     "highlighting energy, transport, and industrial cooperation.",
     None, [None]),
]


@pytest.mark.parametrize("name,body,which,expected", LABEL_RULES, ids=[c[0] for c in LABEL_RULES])
def test_label_rule(tmp_path, name, body, which, expected):
    found = labels(tmp_path, body)
    assert (found if which is None else found[which]) == expected


# Rules that read the text's publisher, one case each: the text, its `source`, each paragraph's label
SOURCED_RULES = [
    # "..., Trend reports via the presidential administration": whose news the agency carries
    ("BERN, June 17. The two presidents discussed joint ventures in the car industry, Trend reports via the "
     "presidential administration of Ruritania.",
     "Trend", ["the presidential administration of Ruritania"]),
    # "ABC.AZ reports that this was stated by X": the paragraph before is X's
    ("\"Today we have taken a new historic step,\" he said.\n\n"
     "ABC.AZ reports that this was stated by President Jan Novak after the signing.",
     "ABC.AZ", ["President Jan Novak", "President Jan Novak"]),
    # a statement credited in a copy another site carries is the person's
    ("Washington, DC (STL.News) Secretary of State Jan Novak released the following statement:\n\n"
     "We remain undeterred by these actions.",
     "U.S. Department of State (via STL.News, stl.news)", ["Jan Novak", "Jan Novak"]),
    # who closes the sentence speaks, before the agency's credit that closes it after them
    ("China welcomes Ruritania's efforts to keep the peace, the representative of the Foreign Ministry Jan Novak "
     "stated at a briefing, commenting on the meeting in Bern, Trend reports with reference to TASS.",
     "Trend", ["the representative of the Foreign Ministry Jan Novak"]),
    # an upper house's record labels a member with the party alone, the label on its own line: the speech is theirs
    ("Jan P Novak (Green Party)\n\nOn behalf of the Green Party, I congratulate the victorious Senators. I wish them "
     "well.\n\nThe House declared yesterday that the motion passed.",
     "Record Watch", ["Record Watch", "Jan P Novak", "Jan P Novak"]),
    # another outlet that reports, citing someone, reports it itself
    ("The diplomats were not granted direct access to the camps, Wire Daily reported, citing the High Commissioner "
     "Jan Novak.",
     "Ruritania Times", ["Wire Daily"]),
    # an agency naming itself with what it is ("... News Agency reports citing ...") is the writer: whom it cites
    ("The two presidents met in Bern, Kazinform News Agency reports citing the Akorda press service.",
     "Kazinform", ["the Akorda press service"]),
]


@pytest.mark.parametrize("body,source,expected", SOURCED_RULES, ids=[c[1] for c in SOURCED_RULES])
def test_sourced_rule(tmp_path, body, source, expected):
    assert [a.label for a in voices(tmp_path, body, source=source).attributions] == expected


# Rules that give a paragraph to an entry: the text, and the entry its first paragraph is given to
HOLDER_RULES = [
    ("a_state_indicating_its_position_speaks",
     "China indicated on Friday it had changed its mind on the vote.",
     "china"),
    ("the_group_is_the_one_organisation_named_when_no_body_spoke_before",
     "Veteran activist Jan Novak has been re-elected president of the East Turkistan Government in Exile, the "
     "group said.",
     "etge"),
]


@pytest.mark.parametrize("name,body,holder", HOLDER_RULES, ids=[c[0] for c in HOLDER_RULES])
def test_holder_rule(tmp_path, name, body, holder):
    assert attributions(tmp_path, body)[0][1] == holder


def test_a_bodys_release_carried_by_another_bodys_site_is_labelled_with_its_own_name(tmp_path):
    # the release's author speaks by its own name, not with the site that carries the copy
    result = voices(tmp_path, "The Commission will hold a hearing on religious freedom in Ruritania on Tuesday.",
                    source="Ruritanian Commission on Religious Freedom (via Uyghur Human Rights Project, uhrp.org)",
                    url="https://uhrp.org/statement/a-hearing/")
    assert [a.label for a in result.attributions] == ["Ruritanian Commission on Religious Freedom"]


def test_a_people_described_in_apposition_never_speaks(tmp_path):
    entries = ENTRIES + [E("ruritans", "people", title="Ruritans", aliases=["Ruritan"])]
    body = ("Ruritans, who form a distinct, Turkic-speaking minority in Freedonia's western province, say they are "
            "subjected to persecution.\n\nRuritan activists say they are subjected to persecution.")
    assert [a.label for a in voices(tmp_path, body, entries=entries).attributions] == [None, "Ruritan activists"]


def test_a_people_described_as_a_group_never_speaks_its_members_do(tmp_path):
    entries = ENTRIES + [E("ruritans", "people", title="Ruritans", aliases=["Ruritan"])]
    body = ("Many of Freedonia's mostly Muslim Ruritan minority say they face cultural and religious repression.\n\n"
            "The Ruritan community protested against the visit on Monday.\n\n"
            "Kazakhs and other predominantly Muslim ethnic minorities who live there say they are watched.\n\n"
            "Ruritan community members in Bern said they had lost touch with their families.")
    assert [a.label for a in voices(tmp_path, body, entries=entries).attributions] == [
        None, None, None, "Ruritan community members in Bern"]


def test_a_surname_is_never_a_phrase_that_only_ends_with_it(tmp_path):
    body = ("The punishment against Novak has bolstered suspicions among rights advocates that the government "
            "silences critics.\n\n\"I had no choice,\" Novak says of the plea deal.")
    assert sentence_labels(voices(tmp_path, body))[-1] == "Novak"


def test_an_answer_marked_with_an_office_and_a_name_is_the_answerers(tmp_path):
    # five words before the colon: the body's abbreviation, the office and the name
    body = ("Question: Last year marked the anniversary. How do you assess it?\n\n"
            "RUO Secretary General Jan Novak: The development has been a truly remarkable process.\n\n"
            "In the early 1990s, the first summits were held.")
    assert [a.label for a in voices(tmp_path, body, source="Daily News").attributions][1:] == [
        "RUO Secretary General Jan Novak", "RUO Secretary General Jan Novak"]


def test_an_inverted_verb_names_its_speaker_after_a_description_in_lower_case(tmp_path):
    body = ("'This is a most serious case,' said workers' spokesman Jan Novak.\n\n"
            "Officials were due to hold a hearing on April 3, said regional public broadcaster Radio Ruritania (RR).\n\n"
            "The talks were good, said Chinese state broadcaster CCTV on Monday.\n\n"
            "The talks were good, said the late Monday.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "workers' spokesman Jan Novak", "regional public broadcaster Radio Ruritania (RR)",
        "Chinese state broadcaster CCTV", None]


def test_whom_a_body_paraphrases_as_saying_speaks(tmp_path):
    body = ("China has always respected Ruritania's sovereignty, the ministry paraphrased Novak as saying.\n\n"
            "The ministry paraphrased the remarks.")
    assert [a.label for a in voices(tmp_path, body).attributions] == ["Novak", "The ministry"]


def test_called_with_a_day_before_on_is_a_call(tmp_path):
    body = ("Countries called Thursday on the International Labour Organization to send a mission.\n\n"
            "He called Monday a “missed opportunity” for the talks.")
    assert [a.label for a in voices(tmp_path, body).attributions] == ["Countries", None]


def test_a_name_after_an_inverted_verb_stops_before_in_his_interview(tmp_path):
    body = ("“We will follow this path,” said President Jan Novak in his interview with the Ruritanian News Agency.\n\n"
            "“We will follow this path,” said his lawyer, John Doe.")
    assert [a.label for a in voices(tmp_path, body).attributions] == ["President Jan Novak", "John Doe"]


def test_a_consul_is_an_office_that_speaks(tmp_path):
    body = ("Talking about the summit, Consul Jan Novak said that he looks forward to it.\n\n"
            "\"We would like to attract more tourists,\" the consul said.\n\n"
            "\"The visa regime is simple,\" the consul noted.")
    assert [a.holder or a.label for a in voices(tmp_path, body).attributions] == ["Consul Jan Novak"] * 3
    # (described only: "the consul", as written)
    alone = voices(tmp_path, "\"We would like to attract more tourists,\" the consul said.")
    assert [a.label for a in alone.attributions] == ["the consul"]


def test_a_name_before_a_capitalised_office_without_its_closing_comma_speaks(tmp_path):
    body = ("Jan Novak, UK Director of the Ruritanian Congress (RC) said, \"This is the time to come together.\"\n\n"
            "John Doe, Labour Party MP said, “What we have here today is a large gathering.”\n\n"
            "KUALA LUMPUR, Malaysian Prime Minister Jane Roe on Friday said she would not expel them.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "Jan Novak", "John Doe, Labour Party MP", "Malaysian Prime Minister Jane Roe"]


def test_instead_after_a_name_is_not_part_of_it(tmp_path):
    body = "Novak instead charged that \"the responsibility lies with the authorities.\""
    assert [a.label for a in voices(tmp_path, body).attributions] == ["Novak"]


def test_according_to_a_body_then_a_person_saying_gives_the_person(tmp_path):
    body = ("According to the Ruritanian foreign ministry, Jan Novak said the two sides need to expand cooperation.\n\n"
            "According to Human Rights Watch, Freedonia has detained a million people.\n\n"
            "According to a statement by the foreign ministry, Novak said his country supports the measures.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "Jan Novak", "Human Rights Watch", "the foreign ministry"]


def test_a_date_opening_the_sentence_without_a_comma_is_not_the_speaker(tmp_path):
    body = ("On 16 October the head of the region said that the programmes help people.\n\n"
            "In March 2021 the chairman of the committee said the talks failed.\n\n"
            "In Beijing officials said the talks failed.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "the head of the region", "the chairman of the committee", None]


def test_a_hyphenated_office_then_the_name_set_off_by_commas_keeps_both(tmp_path):
    body = ("The Vice-President, Professor Jane Opoku-Roe, has reiterated the country’s commitment to trade.\n\n"
            "She emphasised the need to review partnerships.\n\n"
            "The Vice-President, Jan Novak, has reiterated the commitment.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "The Vice-President, Professor Jane Opoku-Roe", "The Vice-President, Professor Jane Opoku-Roe",
        "The Vice-President, Jan Novak"]


def test_a_secretary_general_is_an_office_of_the_one_named(tmp_path):
    body = ("Secretary General of the Organization of Ruritanian States (ORS) Jan Novak congratulated the members.\n\n"
            "The Secretary-General emphasized that the date represents deep ties.")
    result = voices(tmp_path, body)
    assert result.attributions[0].label == (
        "Secretary General of the Organization of Ruritanian States (ORS) Jan Novak")
    assert result.attributions[1].label == result.attributions[0].label


def test_a_single_name_in_capitals_marks_a_turn_where_the_text_names_that_person(tmp_path):
    body = ("JANE ROE, BYLINE: Is this your room?\n\n"
            "NOVAKOV: Mmm hmm.\n\n"
            "ROE: It's morning in the dorm. And 10-year-old Novakov lets me visit him in his room.\n\n"
            "NOVAKOV: (Through interpreter) I miss you so much.")
    labels = [a.label for a in voices(tmp_path, body, source="NPR").attributions]
    assert labels[1] == labels[3] == "NOVAKOV"


def test_a_lede_description_without_an_office_word_is_the_person_the_next_paragraphs_name(tmp_path):
    # news describes in its lede whom it names in the next paragraph, with another description or none
    body = ("A Ruritanian Justice Department lawyer urged an appeals court yesterday to overturn the release.\n\n"
            "Solicitor General Jan Novak contended that the judge had overstepped his authority.\n\n"
            "The lawyer for the men did not comment.")
    assert [a.label for a in voices(tmp_path, body).attributions][:2] == ["Solicitor General Jan Novak"] * 2
    body = ("An expert on the region has said that the corridor is against Ruritania's interests.\n\n"
            "Referring to the routes, Jane Roe emphasized that the only way is the border.\n\n"
            "He said the talks would go on.")
    assert [a.label for a in voices(tmp_path / "b", body).attributions][0] == "Jane Roe"
    # not a description in the definite form, nor one named by the next speaker when that is only described
    body = ("An expert on the region has said that the corridor is against Ruritania's interests.\n\n"
            "The ministry said the talks would go on.")
    assert [a.label for a in voices(tmp_path / "c", body).attributions][0] == "An expert on the region"


def test_ruling_or_governing_before_a_partys_member_is_an_adjective_not_a_participles_phrase(tmp_path):
    body = ("Ruling United Party (UP) Parliamentarian Jan Novak told the Daily Mirror that the Government is wrong.\n\n"
            "Governing party lawmaker Jane Roe said the talks would go on.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "Ruling United Party (UP) Parliamentarian Jan Novak", "Governing party lawmaker Jane Roe"]


def test_a_lede_description_ending_in_a_body_is_the_one_named_next_and_again_later(tmp_path):
    # "... Foreign Ministry" ends in two capitalised words, as a name would, but names a body: the description
    # is the one named in the next paragraph, and so is each later voice the text gives that description
    body = ("The spokesperson for the Ruritanian Foreign Ministry has said close relations harm no one, an agency reports.\n\n"
            "In a statement on Tuesday, Jan Novak responded to the president's recent comments.\n\n"
            "The talks went on.\n\n"
            "Meanwhile, the spokesperson said Ruritania welcomes the agreement.")
    labels = [a.label for a in voices(tmp_path, body).attributions]
    assert labels[0] == labels[1] == labels[3] == "Jan Novak"


def test_he_after_a_surname_written_first_is_that_person_not_one_named_in_the_object(tmp_path):
    # "Chen" opens the sentence before "He said": the person named in full before with the surname first,
    # not the president whose greetings Chen conveyed
    body = ("Uzbek President Jan Novak met with Chen Min'er, secretary of the committee.\n\n"
            "Chen first conveyed the cordial greetings from Chinese President Li Wei. He said that relations developed.\n\n"
            "He noted that the party is willing to work with Uzbekistan.")
    result = voices(tmp_path, body, source="Xinhua")
    assert [v.label for v in result.voices if not v.writer][1:] == ["Chen Min'er", "Chen Min'er"]


def test_he_again_in_a_paragraph_is_whom_he_stood_for_not_a_person_named_in_between(tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping")]
    body = ("Prime Minister Jan Novak visited China.\n\n"
            "He said that he supports the initiative proposed by Chinese President Xi Jinping. He is sure that it "
            "will help. These initiatives focus on peace. He pointed out that Ruritania was among the first to join.")
    assert [v.label for v in voices(tmp_path, body, entries=entries).voices if not v.writer] == ["Jan Novak"] * 2


def test_a_speech_headline_naming_the_body_before_the_office_gives_a_copys_text_to_the_person(tmp_path):
    from explainer.match.attribution import HEADLINE_SPEECH
    assert HEADLINE_SPEECH.search("Speech by Ruritanian Parliament President Jane Doe on awarding the prize to "
                                  "John Roe").group("name") == "Jane Doe"
    # a copy another site carries ("... (via ...)"): the speech is hers, not the body's own voice
    text = ("---\ntitle: Speech by Ruritanian Parliament President Jane Doe on awarding the prize\n"
            "source: Ruritanian Parliament (via example.org)\n---\n"
            "Ladies and gentlemen, dear colleagues,\n\n"
            "Today we award the prize to Professor John Roe, who cannot be here with us.\n")
    labels = [None if a.writer else a.label for a in voices_with_front(tmp_path, text).attributions]
    assert labels == ["Jane Doe", "Jane Doe"]


def test_a_straight_quote_typed_for_an_apostrophe_leaves_the_quotation_marks_paired(tmp_path):
    from explainer.match.attribution import quote_view
    text = 'At today"s press conference Jan Novak spoke. "We take some measures," he said.'
    assert quote_view(text) == text.replace('today"s', "today's")
    body = ('At today"s press conference the Press Secretary Jan Novak spoke of the restrictions.\n\n'
            'According to him, the country suffers. "Therefore, we take some measures," he said.')
    labels = [v.label for v in voices(tmp_path, body).voices if not v.writer]
    assert labels and all("Jan Novak" in label for label in labels)


def test_the_president_is_the_head_of_state_the_lede_names_with_commas_not_another_president_with_an_entry(tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping",
                           roles=[{"title": "President of China", "from": "2013-03-14"}])]
    body = ("The Head of State, Jan Novak, received Vice Premier Li Wei.\n\n"
            "The parties focused on the agreements concluded by Presidents Jan Novak and Xi Jinping.\n\n"
            "The President said China was a reliable partner.")
    assert [a.label for a in voices(tmp_path, body, source="Kazinform", entries=entries).attributions][2] == "Jan Novak"


def test_he_never_stands_for_a_news_agency(tmp_path):
    # Xinhua is in the registry as state media: a news agency reports, and no "he" stands for it
    body = ("As reported by Xinhua, the region has seen remarkable growth.\n\n"
            "He has noted that \"2023 marked the best year.\"")
    assert [a.label for a in voices(tmp_path, body, source="Tehran Times").attributions][1] is None


def test_he_through_a_paragraph_that_opens_with_he_is_whom_the_one_before_it_is_about(tmp_path):
    body = ("Jane Roe said the talks failed.\n\n"
            "Jan Novak shot to fame among writers after debates.\n\n"
            "He cultivated ties with officials.\n\n"
            "He urged his people to become educated.")
    assert [a.label for a in voices(tmp_path, body).attributions] == ["Jane Roe", None, None, "Jan Novak"]


def test_a_letter_many_signed_speaks_as_itself_and_is_never_she(tmp_path):
    # no one body issued a letter many signed: "the letter said" is the letter's own voice; and a "she" after it
    # stands for a person, never for the letter
    body = ("Saudi Arabia and Russia have written to the United Nations, and 22 ambassadors signed a letter to "
            "the Council this week criticising China.\n\n"
            "The letter said security had returned to the region.\n\n"
            "Jane Roe is finally feeling optimistic.\n\n"
            "\u201cIt makes me hopeful,\u201d she told the broadcaster.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [None, "The letter", None, "Jane Roe"]


def test_a_statement_its_issuer_released_is_still_the_issuers(tmp_path):
    # (the letter speaks as itself only when many signed it; one body's statement stays that body's)
    body = ("The Ruritanian Foreign Ministry issued a statement on Monday.\n\n"
            "The statement said the talks had failed.")
    assert [a.label for a in voices(tmp_path, body).attributions][1] == "The Ruritanian Foreign Ministry"


def test_a_motion_or_a_bill_speaks_as_itself_whatever_words_name_it(tmp_path):
    # a house's motion or bill is put to a vote as written: "The motion says", "The Uyghur human rights bill urges"
    body = ("Canada's parliament passed a non-binding motion on Monday.\n\n"
            "The motion says the treatment of the minority meets the definition of genocide.\n\n"
            "The House also passed a bill.\n\n"
            "The Uyghur human rights bill urges the president to act.\n\n"
            "The Senate rejected a Western-led motion on Friday.")
    assert [a.label for a in voices(tmp_path, body, source="Tilbury Times").attributions] == [
        None, "The motion", None, "The Uyghur human rights bill", None]


def test_a_bare_correspondent_closing_the_sentence_is_the_writers_own_and_where_a_name_said_it_is_no_part_of_it(
        tmp_path):
    # "..., correspondent reports." with no outlet or article: the publisher's own byline, so the sentence's own cue
    # ("talked about") names its speaker; "said Jan Novak on the Open Dialogue TV": where he said it, not who
    body = ("Minister Jan Novak talked about the recent visit of the president to China, correspondent reports.\n\n"
            "\u201cIt is a state visit,\u201d said Jan Novak on the Open Dialogue TV.\n\n"
            "He noted that an agreement was signed.\n\n"
            "The two presidents talked about ways to expand cooperation.")
    assert [a.label for a in voices(tmp_path, body, source="bnews.kz").attributions] == [
        "Minister Jan Novak", "Jan Novak", "Jan Novak", None]


def test_q_and_a_turns_after_an_introduction_that_says_whom_the_outlet_spoke_to(tmp_path):
    # no one speaks in the introduction: the answers are of the one the outlet spoke to, whatever they report
    # others did; the questions are the asker's, the interviewer named or else the publisher
    body = ("The party is among the most influential groups. The Weekly Post spoke to its Secretary, Jan Novak, "
            "after the act passed. Excerpts:\n\n"
            "Q: Why is the party important?\n\n"
            "A: It is the government which tried to silence us. We want democracy.")
    assert [a.label for a in voices(tmp_path, body, source="The Weekly Post").attributions] == [
        None, "The Weekly Post", "Jan Novak"]
    body = ("Jane Roe, the chair of the congress, clears the air in a conversation with Ann Smith.\n\n"
            "Q. What do you say to that?\n\n"
            "A. No, I don\u2019t believe it.")
    assert [a.label for a in voices(tmp_path, body, source="Zee News").attributions] == [
        None, "Ann Smith", "Jane Roe"]


def test_a_judge_or_a_court_that_ruled_that_or_determined_that_speaks(tmp_path):
    # a ruling is said: "ruled that ...", "ruled in favor of ...", "determined that ..."; "ruled the country" is not
    body = ("The judge quickly ruled that the trial must continue in Almaty.\n\n"
            "A United States immigration court has ruled in favor of a Chinese citizen.\n\n"
            "The court determined that the goods were made with forced labour.\n\n"
            "Jan Novak ruled the country for a decade.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "The judge", "A United States immigration court", "The court", None]


def test_a_transcripts_turn_with_a_note_that_it_is_interpreted(tmp_path):
    body = ("Jane Roe: He secretly filmed the video and sent it to his uncle.\n\n"
            "Jan Novak (through translator): When I saw the video clip, I really felt sorrow for my nephew.")
    assert [a.label for a in voices(tmp_path, body, source="PBS NewsHour").attributions][1] == "Jan Novak"


def test_welcoming_an_event_to_come_is_a_stance_and_he_after_praising_someone_is_not_the_one_praised(tmp_path):
    entries = ENTRIES + [E("xi-jinping", "person", title="Xi Jinping")]
    body = ("Foreign Minister Jan Novak thanked the ambassador.\n\n"
            "He welcomed the upcoming visit of the Chinese foreign minister in September.\n\n"
            "Praising the vision of President Xi Jinping for development, he said that his country could learn much.")
    assert [(a.holder, a.label) for a in voices(tmp_path, body, entries=entries).attributions][1:] == [
        (None, "Jan Novak"), (None, "Jan Novak")]


def test_calling_something_by_a_judgment_is_a_statement_but_a_name_a_summons_or_a_passive_is_not(tmp_path):
    body = ("Foreign Minister Jan Novak called the actions against the MP \u201cunacceptable\u201d.\n\n"
            "A spokesperson for the region has called accusations of genocide totally groundless.\n\n"
            "She was tortured with a device called a \u201ctiger chair\u201d.\n\n"
            "Ruritania on Tuesday called in the ambassador over an article.\n\n"
            "The refugees were called criminals by the spokesman.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "Foreign Minister Jan Novak", "A spokesperson for the region", None, None, None]


def test_raising_concerns_or_an_issue_is_said_but_raising_children_or_a_treatment_raising_concern_is_not(tmp_path):
    body = ("Protesters have raised their voices against the demolition of mosques.\n\n"
            "Prime Minister Jan Novak raised these issues during the General Assembly debate.\n\n"
            "Jan Novak raised two children in Urumqi.\n\n"
            "The treatment of the Uyghurs in China has raised human rights concern globally.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "Protesters", "Prime Minister Jan Novak", None, None]


def test_a_name_that_ends_in_an_is_a_name_and_challenging_something_is_said(tmp_path):
    body = ("For its part, Ruritania was willing to enhance cooperation, Deputy Prime Minister Sok An said.\n\n"
            "Jan Novak, the regional government spokesperson, challenged the veracity of foreign databases.\n\n"
            "An official said the talks had failed.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "Deputy Prime Minister Sok An", "Jan Novak, the regional government spokesperson", "An official"]


def test_heads_of_state_and_countries_described_speak_as_written(tmp_path):
    body = ("The two heads of state said that the two countries will expand cooperation.\n\n"
            "The eight Nordic and Baltic countries also expressed their concerns regarding the reports.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "The two heads of state", "The eight Nordic and Baltic countries"]


def test_a_states_fm_is_its_foreign_minister_named_before(tmp_path):
    body = ("Kazakh Foreign Minister Jan Novak met with the visiting Foreign Minister Li Wei.\n\n"
            "Following the meeting, the Kazakh FM said the outcomes gave a new impetus to relations.")
    assert [a.label for a in voices(tmp_path, body, source="Kazinform").attributions][1] == "Jan Novak"


def test_a_states_stance_its_official_is_said_to_state_in_the_sentence_is_the_officials(tmp_path):
    entries = ENTRIES + [E("china", "place", title="China", aliases=["PRC"])]
    body = ("Foreign Ministry spokesman Jan Novak spoke at a briefing on Monday.\n\n"
            "China welcomes the visit of the high commissioner to the region, the spokesman said, and in the "
            "meantime, it opposes the so-called investigation.")
    assert [(a.holder, a.label) for a in voices(tmp_path, body, entries=entries).attributions][1] == (
        None, "Jan Novak")


def test_a_role_in_lower_case_before_a_name_and_a_chanted_slogan(tmp_path):
    body = ("Public figure and politician Jan Novak said, \u201cThousands are imprisoned and nobody acts.\u201d\n\n"
            "\u201cFree East Turkistan! Free East Turkistan!\u201d chanted students outside Ronald Tutor "
            "Campus Center.")
    found = [a.label for a in voices(tmp_path, body).attributions]
    assert found[0] == "politician Jan Novak" and (found[1] or "").startswith("students")


def test_sharing_an_experience_or_assessments_is_said_but_sharing_a_border_is_not(tmp_path):
    body = ("Jane Roe, a journalist, shared her own experience of the government's repression.\n\n"
            "In an interview, Mr. Novak shared his assessments on the organization's key initiatives.\n\n"
            "The two countries shared a border of 1,700 kilometres.")
    assert [a.label for a in voices(tmp_path, body).attributions] == [
        "Jane Roe, a journalist", "Mr. Novak", None]


def test_a_person_described_right_after_the_one_named_as_speaking_is_that_person(tmp_path):
    body = ("Jan Novak, president of the World Uyghur Congress, said the visit mattered.\n\n"
            "The president of the Women's Association, Jane Roe, said new sanctions laws were being used.\n\n"
            "\u201cWe could not get an audience with the minister,\u201d the Adelaide-based campaigner said.\n\n"
            "Foreign Minister Li Wei said the talks went well.\n\n"
            "The spokesman said the ministry would reply.\n\n"
            "Mary Major, a lawyer, said the case would be heard in May.\n\n"
            "Meanwhile Peter Smith arrived in Canberra for talks.\n\n"
            "\u201cWe will keep asking,\u201d the Sydney-based campaigner said.")
    found = [a.label for a in voices(tmp_path, body).attributions]
    assert found[2] == "Jane Roe"  # (news varies its words for the one it quotes)
    assert found[4] == "The spokesman"  # (an office the text never gives the minister named before)
    assert found[7] == "the Sydney-based campaigner"  # (another person named between them)


def test_a_sides_stance_in_the_present_goes_on_with_its_officials_report(tmp_path):
    body = ("Jan Novak said that the two countries have deepened mutual trust. China stands ready to work with "
            "Ruritania on the railway. China will also work with Ruritania to raise trade.\n\n"
            "Jan Novak said that the two countries have deepened mutual trust. China accounts for a small share "
            "of its trade. The railway opened in 2019.")
    found = spoken(tmp_path, body)
    assert found[0] == "Jan Novak"  # (his side's stance, as a readout gives what he said)
    assert found[1] is None  # (a fact in the present is the writer's, not a stance)


def test_an_office_of_nine_words_is_the_one_the_text_names_in_it(tmp_path):
    body = ("The Foreign Affairs Minister of Ruritania Jan Novak told a press conference that ties were strong.\n\n"
            "China is a partner. The Minister of Foreign Affairs of the Ruritanian Republic noted that trade grew.")
    found = spoken(tmp_path, body)
    assert found[1] == "Jan Novak"


def test_a_persons_own_post_speaking_as_i_in_its_third_paragraph_is_theirs_but_not_a_sites(tmp_path):
    body = ("Some of you may have seen the news earlier this week that sanctions were imposed on nine citizens.\n\n"
            "It is clear this was done in retaliation for our sanctions regime.\n\n"
            "The sanctions target those responsible for abuses. I was lucky to work on the legislation.")
    own = spoken(tmp_path, body, source="Jane Roe (janeroe.com)")
    assert own == ["Jane Roe (janeroe.com)"] * 3
    site = spoken(tmp_path / "b", body, source="Coda Story (codastory.com)")
    assert site[:2] == [None, None]


def test_a_peers_turn_in_the_lords_record_names_the_peer_by_territorial_title(tmp_path):
    body = ("Lord Ahmad of Wimbledon My Lords, the noble Baroness raises a number of issues. I assure her we act.\n\n"
            "Lord Collins of Highbury (Lab) My Lords, there are pictures of these camps. I ask the Minister to act.\n\n"
            "Lord Ahmad of Wimbledon I too have seen those images, and I share the noble Lord's concern.")
    found = spoken(tmp_path, body, source="Parallel Parliament (parallelparliament.co.uk)")
    assert found == ["Lord Ahmad of Wimbledon", "Lord Collins of Highbury", "Lord Ahmad of Wimbledon"]


def test_a_time_before_a_name_is_no_name_a_description_stands_for(tmp_path):
    body = ("This August, Jane Roe received a surprising call in Kazakhstan from a relative through WeChat.\n\n"
            "That was the good news. But the relative also told Jane Roe that her mother had been sentenced.")
    found = spoken(tmp_path, body)
    assert found[1] == "the relative"


def test_a_person_named_in_a_quotation_running_on_from_the_paragraph_before_is_not_he(tmp_path):
    body = ("The visit is of great importance, Professor Jan Novak told reporters.\n\n"
            '"Today, a meeting was held between the two leaders. This matters.\n\n'
            "The visit of Mamtimin Ala to China is of great importance. "
            'I believe the visit will be fruitful," he said.')
    assert spoken(tmp_path, body)[2] == "Professor Jan Novak"


def test_a_hyphened_name_after_a_description_is_read_whole_for_the_description_later(tmp_path):
    body = ("Speaking at the event, Kazakh leader Kassym-Jomart Tokayev expressed gratitude to his hosts, "
            "highlighting the importance of the summit.\n\n"
            "Our nations share a single origin. Today, the Organization has become a respected body, "
            "said the Kazakh leader.")
    assert spoken(tmp_path, body)[1] == "Kazakh leader Kassym-Jomart Tokayev"


def test_an_outlet_quoting_someone_saying_gives_the_words_to_whom_it_quotes(tmp_path):
    body = ("Official news agency Xinhua quoted a Foreign Ministry spokesperson saying: "
            "“The decision exposes double standards.”")
    assert spoken(tmp_path, body) == ["a Foreign Ministry spokesperson"]
    body = ("Energy Minister Jan Novak arrived in Riyadh on Sunday.\n\n"
            '"The kingdom will remain a reliable partner," the agency quoted him as saying.')
    assert spoken(tmp_path / "b", body)[1] == "Jan Novak"


def test_a_publisher_nothing_is_known_of_stating_as_itself_by_its_initials_speaks_throughout(tmp_path):
    body = ("UCU believes in political and economic democracy. The state represents neither.\n\n"
            "Workers in the region suffer forced labour through government policy.")
    own = "Cambridge UCU (University and College Union, ucu.cam.ac.uk)"
    assert spoken(tmp_path, body, source=own) == [own, own]
    bracketed = "Bristol Branch (National Education Union, bristolneu.example)"
    assert spoken(tmp_path / "b", body.replace("UCU", "NEU"), source=bracketed) == [bracketed, bracketed]
