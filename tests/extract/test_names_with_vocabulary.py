"""Names found with the project's own vocabularies (``ontology/vocab/``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from uncac_kg.document import read_document
from uncac_kg.document.model import Document, Paragraph, Span
from uncac_kg.extract import EntityType, Extraction, Role, extract_document
from uncac_kg.extract.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def vocabulary() -> Gazetteer:
    return load_gazetteer()


def _run(gazetteer: Gazetteer, text: str) -> Extraction:
    document = Document(
        "test-doc", "Test", text, "test.txt", paragraphs=(Paragraph(1, text, Span(0, len(text))),)
    )
    return extract_document(document, gazetteer)


def _paragraphs(gazetteer: Gazetteer, *texts: str, title: str = "T") -> Extraction:
    """A report of several paragraphs, without headings."""
    full, paragraphs = "", []
    for n, text in enumerate(texts, start=1):
        paragraphs.append(Paragraph(n, text, Span(len(full), len(full) + len(text))))
        full += text + "\n"
    return extract_document(
        Document("t", title, full, "t.txt", paragraphs=tuple(paragraphs)), gazetteer
    )


def _typed(ex: Extraction) -> set[tuple[str, EntityType]]:
    return {
        (ex.entities[m.entity].label, ex.entities[m.entity].type) for m in ex.paragraphs[0].mentions
    }


def test_a_states_name_is_never_an_organization_too(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "Statements were made by Morocco and the Russian Federation.")
    assert _typed(ex) == {("Morocco", EntityType.STATE), ("Russian Federation", EntityType.STATE)}


def test_a_name_does_not_start_inside_a_parenthesis(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "She referred to the Financial Action Task Force (FATF) standards.")
    labels = {label for label, _ in _typed(ex)}
    assert not any(")" in label or "(" in label for label in labels)
    assert "Financial Action Task Force" in labels


def _speakers(ex: Extraction) -> list[tuple[str, str | None]]:
    return [
        (s.role.value, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[0].statements
    ]


def test_a_title_in_several_parts_still_introduces_the_speaker(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Mr. Rui Costa, Federal Prosecutor, Federal Public Prosecutor's Office, Brazil, "
        "described leniency agreements.",
    )
    assert _speakers(ex) == [("official", "Brazil")]


def test_a_speaker_from_the_floor_represents_no_one(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "A speaker from the floor asked about joint investigation teams.")
    assert _speakers(ex) == [("speaker", None)]


def test_a_hyphenated_role_with_a_named_person(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The co-facilitator, Ms. Ana Ruiz (Spain), summarized the discussion on extradition.",
    )
    assert _speakers(ex) == [("co-facilitator", "Spain")]


def test_the_group_of_77_and_china_is_one_body(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The representative of Cuba, on behalf of the Group of 77 and China, welcomed the report.",
    )
    assert ("Group of 77 and China", EntityType.ORGANIZATION) in _typed(ex)
    assert _speakers(ex) == [("speaker", "Cuba")]


def test_a_known_name_after_of_a_is_part_of_the_longer_name(vocabulary: Gazetteer) -> None:
    text = (
        "A panellist from Saudi Arabia presented the Riyadh Initiative for the Establishment "
        "of a Global Operational Network of Anti-Corruption Law Enforcement Authorities."
    )
    labels = {label for label, _ in _typed(_run(vocabulary, text))}
    assert (
        "Riyadh Initiative for the Establishment of a Global Operational Network of "
        "Anti-Corruption Law Enforcement Authorities" in labels
    )
    assert "Riyadh Initiative for the Establishment" not in labels


def test_a_numbered_item_of_a_known_set_is_its_own_entity(vocabulary: Gazetteer) -> None:
    text = "She cited FATF Recommendation 24 and Sustainable Development Goal 16."
    typed = _typed(_run(vocabulary, text))
    assert ("FATF Recommendation 24", EntityType.LEGAL_INSTRUMENT) in typed
    assert ("Sustainable Development Goal 16", EntityType.INITIATIVE) in typed
    assert not any(
        label in ("FATF Recommendations", "Sustainable Development Goals") for label, _ in typed
    )


def test_summits_congresses_and_forums_are_meetings(vocabulary: Gazetteer) -> None:
    text = (
        "She recalled the London Anti-Corruption Summit, the Fourteenth United Nations "
        "Congress on Crime Prevention and Criminal Justice and the Arab Forum on Asset Recovery."
    )
    typed = _typed(_run(vocabulary, text))
    assert ("London Anti-Corruption Summit", EntityType.MEETING) in typed
    assert (
        "Fourteenth United Nations Congress on Crime Prevention and Criminal Justice",
        EntityType.MEETING,
    ) in typed
    assert ("Arab Forum on Asset Recovery", EntityType.MEETING) in typed


def test_a_regions_adjective_names_no_state(vocabulary: Gazetteer) -> None:
    text = (
        "The representative of Brazil, speaking on behalf of the Group of Latin American and "
        "Caribbean States, referred to West African networks and the Organization of American "
        "States."
    )
    states = {label for label, t in _typed(_run(vocabulary, text)) if t is EntityType.STATE}
    assert states == {"Brazil"}


def test_a_two_word_adjective_names_and_owns(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "A panellist referred to the South African Revenue Service and West African networks.",
    )
    owners = {e.label: e.owner for e in ex.entities.values()}
    assert owners["South African Revenue Service"] == "state/ZAF"
    assert "South Africa" in owners


def test_a_hyphenated_acronym_is_found(vocabulary: Gazetteer) -> None:
    text = "Speakers noted the role of CARIN and of regional networks such as ARIN-AP and ARINSA."
    labels = {label for label, _ in _typed(_run(vocabulary, text))}
    assert labels == {"CARIN", "ARIN-AP", "ARINSA"}


def test_an_observer_for_a_known_body_named_after_a_place(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "The observer for the Sovereign Military Order of Malta spoke.")
    (st,) = ex.paragraphs[0].statements
    assert st.affiliation is not None
    assert st.affiliation.label == "Sovereign Military Order of Malta"
    assert "Malta" not in {label for label, _ in _typed(ex)}


def test_a_court_named_with_its_union_and_a_network_in_another_wording(
    vocabulary: Gazetteer,
) -> None:
    text = (
        "A panellist from the Asset Recovery Inter-Agency Network of Asia and the Pacific "
        "(ARIN-AP) cited a judgment of the Court of Justice of the European Union."
    )
    ex = _run(vocabulary, text)
    (st,) = ex.paragraphs[0].statements
    assert st.affiliation is not None and st.affiliation.entity == "entity/arin-ap"
    labels = {label for label, _ in _typed(ex)}
    assert "Court of Justice of the European Union" in labels
    assert "Court of Justice" not in labels


def test_kinds_of_a_mechanism_stay_apart_from_each_other(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "One speaker described anonymous reporting channels, another confidential reporting "
        "channels and a toll-free line, and a third the interlocutory sale of seized assets, "
        "preservation orders and the risk-based verification of declarations.",
    )
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert keys >= {
        "entity/anonymous-reporting-channels",
        "entity/confidential-reporting-channels",
        "entity/hotlines",
        "entity/interlocutory-sale",
        "entity/preservation-orders",
        "entity/verification-of-asset-declarations",
    }


def _run_all(gazetteer: Gazetteer, *texts: str) -> Extraction:
    paragraphs = []
    full = ""
    for n, text in enumerate(texts, start=1):
        paragraphs.append(Paragraph(n, text, Span(len(full), len(full) + len(text))))
        full += text + "\n"
    document = Document("test-doc", "Test", full, "test.txt", paragraphs=tuple(paragraphs))
    return extract_document(document, gazetteer)


def test_openings_co_facilitators_and_experts(vocabulary: Gazetteer) -> None:
    ex = _run_all(
        vocabulary,
        "The meeting was opened by Ms. Ana Uwimana, Deputy Ombudsman of Kenya, who welcomed "
        "participants. Mr. Anders Berg, Regional Representative of UNODC for Eastern Africa, "
        "thanked the hosts.",
        "The session was moderated by Ms. Sarah Nakato (Ghana), Chair of the meeting, who "
        "recalled the Common African Position on Asset Recovery.",
        "The co-facilitators of the informal consultations on the draft resolution, Ms. Ingrid "
        "Solheim (Norway) and Mr. Youssef El Amrani (France), briefed the meeting. They noted "
        "the Sharm el-Sheikh Declaration.",
        "An expert from the OECD addressed the role of the private sector.",
        "H.E. Mr. Omar Ibrahim, Permanent Representative of Peru and Vice-President of the "
        "Conference, acting on behalf of the President, opened the meeting.",
    )

    def roles(n: int) -> list[tuple[Role, str | None]]:
        return [
            (s.role, s.affiliation.label if s.affiliation else None)
            for s in ex.paragraphs[n - 1].statements
        ]

    assert roles(1) == [(Role.OFFICIAL, "Kenya"), (Role.OFFICIAL, "UNODC")]
    assert roles(2) == [(Role.CHAIR, "Ghana")]
    assert roles(3) == [(Role.CO_FACILITATOR, "Norway"), (Role.CO_FACILITATOR, "France")]
    assert roles(4) == [(Role.PANELLIST, "OECD")]
    assert roles(5) == [(Role.CHAIR, "Peru")]


def test_titles_sittings_decrees_and_names_around_known_words(vocabulary: Gazetteer) -> None:
    ex = _run_all(
        vocabulary,
        "Ms. Sarah Nakato, Director of Legal Affairs of the Inspectorate of Government of "
        "Uganda, was elected Chair. She cited Decree 440 of 2020 and the Association of "
        "Anti-Corruption Agencies in Commonwealth Africa. Two States had adopted legislation "
        "on the confiscation of proceeds of crime.",
        "The second session was moderated by Mr. Tomás Herrera of the World Bank.",
    )
    labels = {label for label, _ in _typed(ex)}
    assert labels >= {
        "Inspectorate of Government of Uganda",
        "Decree 440 of 2020",
        "Association of Anti-Corruption Agencies in Commonwealth Africa",
    }
    assert not any(label.startswith(("Legal Affairs", "adopted")) for label in labels)
    assert not any(
        ex.entities[m.entity].type is EntityType.MEETING for m in ex.paragraphs[1].mentions
    )


def test_agendas_of_meetings_operations_leaks_and_programme_names(vocabulary: Gazetteer) -> None:
    ex = _run_all(
        vocabulary,
        "The Implementation Review Group of the Conference of the States Parties recalled the "
        "Addis Ababa Action Agenda of the Third International Conference on Financing for "
        "Development, Operation Car Wash, the Luanda Leaks, the European Arrest Warrant, the "
        "terms of reference of the Mechanism, GRACE and the regional platforms to fast-track "
        "the implementation of the Convention.",
    )
    labels = {label for label, _ in _typed(ex)}
    assert labels >= {
        "Implementation Review Group",
        "Conference of the States Parties",
        "Addis Ababa Action Agenda",
        "Third International Conference on Financing for Development",
        "Operation Car Wash",
        "Luanda Leaks",
        "European Arrest Warrant",
        "terms of reference of the Mechanism",
        "GRACE",
        "regional platforms to fast-track the implementation of the Convention",
    }
    # an agenda adopted by a conference is its outcome document
    assert ("Addis Ababa Action Agenda", EntityType.LEGAL_INSTRUMENT) in _typed(ex)


def test_a_known_kind_said_more_precisely_keeps_the_words(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The representative of Indonesia described the online asset declaration system and the "
        "central register of beneficial owners.",
    )
    labels = {label for label, _ in _typed(ex)}
    assert {"online asset declaration system", "central register of beneficial owners"} <= labels


def test_meetings_numbered_past_the_fifteenth_and_resumed(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The Chair noted that the sixteenth session of the Implementation Review Group, the "
        "resumed sixteenth session of the Implementation Review Group and the twenty-first "
        "meeting would take place in Vienna, whose law was also cited by a network of more "
        "than 30 States.",
    )
    meetings = [
        ex.entities[m.entity].label
        for m in ex.paragraphs[0].mentions
        if ex.entities[m.entity].type is EntityType.MEETING
    ]
    assert meetings == [
        "sixteenth session of the Implementation Review Group",
        "resumed sixteenth session of the Implementation Review Group",
        "twenty-first meeting",
    ]
    assert not any(label.startswith(("whose", "network of")) for label, _ in _typed(ex))


def test_a_known_word_opening_a_longer_name(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The observer for the OECD referred to the Convention on Mutual Administrative "
        "Assistance in Tax Matters, and the Commonwealth Secretariat to the Convention.",
    )
    labels = {label for label, _ in _typed(ex)}
    assert labels >= {
        "Convention on Mutual Administrative Assistance in Tax Matters",
        "Commonwealth Secretariat",
        "United Nations Convention against Corruption",
    }


def test_a_known_kind_inside_a_name_and_people_who_were_elected(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Ms. Sarah Nakato, Director of the Inspectorate of Government of Uganda, was elected "
        "Chair. The ECOWAS Convention on Extradition of 1994 was cited. Extradition was "
        "discussed.",
    )
    assert ex.paragraphs[0].statements == ()
    keys = [ex.entities[m.entity].label for m in ex.paragraphs[0].mentions]
    assert "ECOWAS Convention on Extradition" in keys
    assert keys.count("extradition") == 1  # the sentence that names the mechanism itself


def test_schemes_are_instruments(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "He cited the London Scheme for Extradition and the Harare Scheme.")
    typed = _typed(ex)
    assert ("Harare Scheme", EntityType.LEGAL_INSTRUMENT) in typed
    assert ("London Scheme for Extradition", EntityType.LEGAL_INSTRUMENT) in typed
    assert not any(label == "extradition" for label, _ in typed)


def test_jurisdictions_that_are_not_states_are_named_as_reports_name_them(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "A panellist from Guernsey described a return of funds. Speakers from Hong Kong, China "
        "and Macao, China described companies registered in the British Virgin Islands. The "
        "representative of the United States cited a judgment of a court in New Jersey and "
        "another in New Mexico.",
    )
    assert {label for label, _ in _typed(ex)} == {
        "Guernsey",
        "Hong Kong, China",
        "Macao, China",
        "British Virgin Islands",
        "United States",
    }
    affiliations = [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation]
    assert affiliations == ["Guernsey", "Hong Kong, China", "Macao, China", "United States"]


def test_unodc_is_labelled_by_its_acronym_even_where_spelled_out(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Ms. A B, Director of the Division for Treaty Affairs of the United Nations Office on "
        "Drugs and Crime (UNODC), delivered opening remarks. She noted that UNODC supported "
        "the Network.",
    )
    assert ("UNODC", EntityType.ORGANIZATION) in _typed(ex)
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation] == ["UNODC"]


def test_a_state_is_labelled_by_the_name_the_report_uses_most(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Mr. A B, Director of the Anti-Corruption Agency of the Republic of Uzbekistan, said "
        "that Uzbekistan had adopted a law and that Uzbekistan had joined the Network.",
    )
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation] == [
        "Uzbekistan"
    ]


def test_the_group_of_20_is_the_g20_and_a_who_clause_is_an_aside(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "A representative of the secretariat, who moderated the discussion, introduced the "
        "paper. The Riyadh Initiative was launched during the presidency of Saudi Arabia of "
        "the Group of 20 in 2020.",
    )
    assert ("Group of 20", EntityType.ORGANIZATION) in _typed(ex)
    assert _speakers(ex) == [("secretariat", None)]


def test_languages_listed_together_name_no_state(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The course was made available in English, French, Russian and Spanish, and French "
        "authorities used it.",
    )
    assert _typed(ex) == {("France", EntityType.STATE)}
    france = [m for m in ex.paragraphs[0].mentions if ex.entities[m.entity].label == "France"]
    assert [m.text for m in france] == ["French"] and france[0].span.start > 70


def test_a_case_named_by_the_person_it_concerns(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She cited the case concerning Teodoro Nguema Obiang Mangue, the criminal proceedings "
        "against Gulnara Karimova and the case concerning Equatorial Guinea.",
    )
    assert _typed(ex) == {
        ("case concerning Teodoro Nguema Obiang Mangue", EntityType.CASE),
        ("criminal proceedings against Gulnara Karimova", EntityType.CASE),
        ("Equatorial Guinea", EntityType.STATE),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first panellist, Ms. Maria Santos, from the Office of the Ombudsman of the "
            "Philippines, presented the lifestyle check programme.",
            [("panellist", "Philippines")],
        ),
        (
            "Ms. Maria Santos, from the Office of the Ombudsman of the Philippines, described "
            "the lifestyle check programme.",
            [("official", "Philippines")],
        ),
        (
            "The third panellist, a representative of the Basel Institute on Governance, "
            "presented the Basel AML Index.",
            [("panellist", "Basel Institute on Governance")],
        ),
    ],
)
def test_a_speaker_introduced_by_from_or_as_a_representative(
    vocabulary: Gazetteer, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(_run(vocabulary, text)) == expected


def test_an_ordinal_picks_a_new_panellist_and_belongs_to_the_words(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The second panellist, from Ukraine, described the register. The next panellist, "
        "from Kenya, presented the Ethics and Anti-Corruption Commission (EACC).",
    )
    statements = ex.paragraphs[0].statements
    assert [s.speaker for s in statements] == [
        "The second panellist, from Ukraine",
        "The next panellist, from Kenya",
    ]
    assert _speakers(ex) == [("panellist", "Ukraine"), ("panellist", "Kenya")]


def test_a_register_of_declarations_is_a_register(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She described the Unified State Register of Declarations, the Council of Europe "
        "Convention on Laundering and the Code of Conduct for Public Officials.",
    )
    assert _typed(ex) >= {
        ("Unified State Register of Declarations", EntityType.MECHANISM),
        ("Code of Conduct for Public Officials", EntityType.LEGAL_INSTRUMENT),
    }


def test_an_organization_after_its_unit_is_whom_the_speaker_speaks_for(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "In her opening remarks, the Director of the Division for Treaty Affairs, UNODC, "
        "recalled resolution 9/2.",
    )
    assert _speakers(ex) == [("official", "UNODC")]


def test_a_named_person_who_speaks_in_a_relative_clause(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "A video message was delivered by Ms. Amina Diallo, Executive Director of UNODC, "
        "who welcomed the Riyadh Initiative. Present too was Mr. Paul Okoro, who was "
        "appointed Rapporteur of the Bureau.",
    )
    assert _speakers(ex) == [("official", "UNODC")]
    cited = [ex.entities[c.entity].label for c in ex.paragraphs[0].statements[0].citations]
    assert cited == ["Riyadh Initiative"]


def test_a_project_named_by_its_acronym_is_an_initiative(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "She described the ACPIS project and the SIDNA databank.")
    assert _typed(ex) == {
        ("ACPIS project", EntityType.INITIATIVE),
        ("SIDNA databank", EntityType.MECHANISM),
    }


def test_what_a_leading_phrase_names_is_the_speakers(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The representative of Peru described leniency agreements. Referring to the Financial "
        "Action Task Force, one delegate said that beneficial ownership registers should be "
        "verified. She noted that the Egmont Group had met, and the panellist from Chile "
        "presented the SIDNA databank.",
    )
    cited = [
        [ex.entities[c.entity].label for c in s.citations] for s in ex.paragraphs[0].statements
    ]
    assert cited == [
        ["leniency agreements"],
        ["Financial Action Task Force", "beneficial ownership registers", "Egmont Group"],
        ["SIDNA databank"],
    ]


def test_a_title_part_may_carry_its_acronym(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Ms. Grace Mbeki, Commissioner, Ethics and Anti-Corruption Commission (EACC), Kenya, "
        "said that the Bribery Act 2016 applied to the private sector.",
    )
    assert _speakers(ex) == [("official", "Kenya")]


def test_meetings_the_words_do_not_single_out_are_not_named(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The Group held its resumed session and two joint meetings, then reported to the "
        "resumed sixteenth session of the Implementation Review Group and to an expert group "
        "meeting on asset recovery.",
    )
    meetings = {label for label, t in _typed(ex) if t is EntityType.MEETING}
    assert meetings == {
        "resumed sixteenth session of the Implementation Review Group",
        "expert group meeting on asset recovery",
    }


def test_a_named_moderator_chairs_for_their_own_institute(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The moderator, Ms. Laila Haddad, Senior Legal Adviser at the Basel Institute on "
        "Governance, opened the session by noting that plea agreements were common.",
    )
    assert _speakers(ex) == [("chair", "Basel Institute on Governance")]


def test_a_meeting_opened_on_a_date_by_an_official(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The meeting was opened on 18 November 2024 by Ms. Chiara Lombardi, Director of the "
        "Division for Treaty Affairs of UNODC. In her opening remarks, she recalled that "
        "article 51 of the Convention established the return of assets as a principle.",
    )
    assert _speakers(ex) == [("official", "UNODC")]


@pytest.mark.parametrize(
    "text",
    [
        "Each session comprised presentations by experts, followed by an open discussion.",
        "Representatives of academic institutions and of Transparency International also attended.",
        "In the selection of judges, the Public Council of International Experts had been "
        "able to block candidates.",
    ],
)
def test_people_present_or_named_inside_a_name_do_not_speak(
    vocabulary: Gazetteer, text: str
) -> None:
    assert _speakers(_run(vocabulary, text)) == []


def test_titles_are_not_names_and_long_law_titles_go_on(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Ms. Park, Senior Prosecutor, and Mr. Nowak, Associate Professor of Criminal Law, "
        "cited the Act on the Aggravated Punishment, etc. of Specific Economic Crimes and the "
        "Act on Special Cases concerning the Confiscation and Return of Property Acquired "
        "through Corrupt Practices.",
    )
    assert _typed(ex) == {
        (
            "Act on the Aggravated Punishment, etc. of Specific Economic Crimes",
            EntityType.LEGAL_INSTRUMENT,
        ),
        (
            "Act on Special Cases concerning the Confiscation and Return of Property Acquired "
            "through Corrupt Practices",
            EntityType.LEGAL_INSTRUMENT,
        ),
    }


def test_cross_debarment_is_a_kind_of_debarment_of_its_own(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "An expert from the Integrity Vice Presidency (INT) of the World Bank noted that "
        "debarment could give rise to cross-debarment.",
    )
    assert _typed(ex) >= {
        ("debarment", EntityType.MECHANISM),
        ("cross-debarment", EntityType.MECHANISM),
        ("Integrity Vice Presidency", EntityType.ORGANIZATION),
    }
    assert _speakers(ex) == [("panellist", "World Bank")]


def test_frameworks_are_instruments_and_kinds_of_body_are_bodies(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She cited the Framework for the Return of Assets from Corruption and Crime in Kenya, "
        "the preventive anti-corruption bodies of the region and specialised anti-corruption "
        "courts.",
    )
    assert _typed(ex) == {
        (
            "Framework for the Return of Assets from Corruption and Crime in Kenya",
            EntityType.LEGAL_INSTRUMENT,
        ),
        ("preventive anti-corruption bodies", EntityType.ORGANIZATION),
        ("specialised anti-corruption courts", EntityType.ORGANIZATION),
        ("Kenya", EntityType.STATE),
    }


def test_an_abbreviation_inside_a_name_does_not_end_it(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Mr. Henrik Dahl, Senior Adviser at the Chr. Michelsen Institute, noted that article "
        "36 required specialized bodies.",
    )
    assert ("Chr. Michelsen Institute", EntityType.ORGANIZATION) in _typed(ex)
    assert _speakers(ex) == [("official", "Chr. Michelsen Institute")]


def test_a_regional_platform_named_in_the_title_is_the_platform(vocabulary: Gazetteer) -> None:
    title = (
        "Report on the sixth meeting of the Southeast Asia Regional Platform to Fast-Track the "
        "Implementation of the United Nations Convention against Corruption"
    )
    texts = [
        "It was opened by its Chair, Dato' Nurul Huda binti Ismail, Deputy Chief Commissioner "
        "of the Malaysian Anti-Corruption Commission. The Chair recalled that the Platform "
        "had met five times. UNODC supported the meeting.",
        "Mr. Henrik Vald, Regional Representative of the UNODC Regional Office for Southeast "
        "Asia and the Pacific, delivered opening remarks and recalled resolution 10/6.",
        "H.E. Mr. Eirik Haug, Ambassador of Norway to Malaysia, speaking on behalf of the "
        "development partners supporting the Platform, commended the Platform.",
    ]
    ex = _paragraphs(vocabulary, *texts, title=title)
    platform = (
        "Southeast Asia Regional Platform to Fast-Track the Implementation of the United "
        "Nations Convention against Corruption"
    )
    said = [
        [(s.role.value, s.affiliation.label if s.affiliation else None) for s in p.statements]
        for p in ex.paragraphs
    ]
    # (an ambassador is an official in opening remarks; this report has no headings)
    assert said == [[("chair", "Malaysia")], [("official", "UNODC")], [("speaker", "Norway")]]
    cited = {ex.entities[c.entity].label for c in ex.paragraphs[0].statements[0].citations}
    assert cited == {platform, "UNODC"}
    assert ex.entities[next(iter(ex.paragraphs[0].statements[0].citations)).entity].type is (
        EntityType.INITIATIVE
    )
    labels = {ex.entities[m.entity].label for m in ex.paragraphs[1].mentions}
    assert "UNODC Regional Office for Southeast Asia and the Pacific" in labels


def test_a_paragraph_that_opens_with_the_last_speaker_is_theirs(vocabulary: Gazetteer) -> None:
    ex = _paragraphs(
        vocabulary,
        "The panellist from the Philippines described the Office of the Ombudsman.",
        "The panellist added that a data-sharing arrangement with the Anti-Money Laundering "
        "Council (AMLC) had been concluded.",
        "The representative added that the Egmont Group had met.",
        "Several speakers described asset declarations.",
        "She added that the Egmont Group had met.",
    )
    said = [
        [
            (s.speaker, s.role.value, s.affiliation.label if s.affiliation else None)
            for s in p.statements
        ]
        for p in ex.paragraphs
    ]
    assert said[1] == [("The panellist", "panellist", "Philippines")]
    cited = [ex.entities[c.entity].label for c in ex.paragraphs[1].statements[0].citations]
    assert cited == ["Anti-Money Laundering Council"]
    assert said[2] == []  # someone else's role: not the panellist
    assert said[4] == []  # after several speakers, "she" is no one of them


def test_names_in_other_languages_by_their_head_word(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The representative of Colombia described the Fiscalía General de la Nación, the "
        "Deutsche Gesellschaft für Internationale Zusammenarbeit and the Banco Central do "
        "Brasil.",
    )
    assert _typed(ex) == {
        ("Colombia", EntityType.STATE),
        ("Fiscalía General de la Nación", EntityType.ORGANIZATION),
        ("Deutsche Gesellschaft für Internationale Zusammenarbeit", EntityType.ORGANIZATION),
        ("Banco Central do Brasil", EntityType.ORGANIZATION),
    }


def test_a_state_or_a_date_does_not_run_into_a_name(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The delegate of Kenya referred to the Asset Recovery Agency, and the delegate of "
        "Zambia to the Forfeiture of Proceeds of Crime Act, submitted to the House of "
        "Representatives in May 2023.",
    )
    labels = {label for label, _ in _typed(ex)}
    assert {"Forfeiture of Proceeds of Crime Act", "House of Representatives", "Zambia"} <= labels


def test_the_parties_listed_as_having_made_statements_each_speak(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Statements were made by the representatives of the following States parties: Brazil, "
        "China and the Russian Federation. Statements were also made by the observers for the "
        "following intergovernmental organizations: the European Union and the Council of "
        "Europe. The representatives of the following States attended: Chile and Peru. The "
        "representatives of the following States made statements: Egypt and Kenya.",
    )
    assert _speakers(ex) == [
        ("speaker", "Brazil"),
        ("speaker", "China"),
        ("speaker", "Russian Federation"),
        ("speaker", "European Union"),
        ("speaker", "Council of Europe"),
        ("speaker", "Egypt"),
        ("speaker", "Kenya"),
    ]


def test_kinds_of_declaration_and_forfeiture_readers_keep_apart(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She compared asset declarations with asset and interest declarations, described "
        "extinción de dominio and the enhanced scrutiny of accounts held by politically "
        "exposed persons.",
    )
    assert _typed(ex) == {
        ("asset declarations", EntityType.MECHANISM),
        ("asset and interest declarations", EntityType.MECHANISM),
        ("extinción de dominio", EntityType.MECHANISM),
        (
            "enhanced scrutiny of accounts held by politically exposed persons",
            EntityType.MECHANISM,
        ),
    }


def test_cases_named_in_lower_case_and_declarations_beside_a_special_session(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "She recalled the so-called hidden debts case, the Cashgate scandal and the political "
        "declaration adopted at the special session of the General Assembly against "
        "corruption.",
    )
    assert _typed(ex) == {
        ("hidden debts case", EntityType.CASE),
        ("Cashgate scandal", EntityType.CASE),
        ("political declaration", EntityType.LEGAL_INSTRUMENT),
        ("special session of the General Assembly against corruption", EntityType.MEETING),
    }


def test_the_format_of_a_meeting_and_those_present_say_nothing(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Each segment was guided by a moderator and comprised presentations by panellists "
        "followed by an interactive discussion. The event was attended by representatives of "
        "112 States parties, as well as by youth representatives selected through the GRACE "
        "initiative.",
    )
    assert _speakers(ex) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The moderator of the first segment, Ms. Ingrid Hal, Senior Adviser at the Basel "
            "Institute on Governance, introduced the topic.",
            [("chair", "Basel Institute on Governance")],
        ),
        (
            "The moderator of the panel, Ms. Keiko Tana, Officer in the Corruption and Economic "
            "Crime Branch of UNODC, introduced the topic.",
            [("official", "UNODC")],
        ),
        (
            "Ms. Tendai Moyo, a youth representative from Accountability Lab, urged that young "
            "people be treated as partners.",
            [("official", "Accountability Lab")],
        ),
        (
            "A panellist from the International Institute for Educational Planning of the "
            "United Nations Educational, Scientific and Cultural Organization (UNESCO) "
            "presented the ETICO platform.",
            [("panellist", "International Institute for Educational Planning")],
        ),
        (
            "Professor Samuel Adey, Director of the Centre for the Study of Corruption at the "
            "University of Sussex, presented research.",
            [("official", "Centre for the Study of Corruption")],
        ),
        (
            "The observer for the United Nations Entity for Gender Equality and the "
            "Empowerment of Women (UN-Women) recalled the obligations of States.",
            [("speaker", "United Nations Entity for Gender Equality and the Empowerment of Women")],
        ),
    ],
)
def test_moderators_and_bodies_of_their_own(
    vocabulary: Gazetteer, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(_run(vocabulary, text)) == expected


def test_justice_inside_a_name_and_a_role_after_speaking_as(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "An expert from the European Union Agency for Criminal Justice Cooperation (Eurojust), "
        "also speaking as a panellist, explained that joint investigation teams, supported by "
        "the European Union Agency for Criminal Justice Cooperation (Eurojust), had helped.",
    )
    assert _speakers(ex) == [
        ("panellist", "European Union Agency for Criminal Justice Cooperation")
    ]


def test_a_chairs_title_after_her_state_is_not_cited(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The event was opened and chaired by H.E. Ms. Valeria Quesada (Costa Rica), "
        "Vice-President of the Conference, on behalf of the President.",
    )
    (chair,) = ex.paragraphs[0].statements
    assert chair.speaker == "H.E. Ms. Valeria Quesada (Costa Rica)"
    assert chair.affiliation is not None and chair.affiliation.label == "Costa Rica"
    assert chair.citations == ()


def test_offices_named_after_a_post_and_acts_after_their_legislators(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "The representative of Australia referred to the Attorney-General's Department, the "
        "Prosecutor General's Office of Ukraine and Directive (EU) 2019/1937 of the European "
        "Parliament and of the Council.",
    )
    assert _typed(ex) == {
        ("Australia", EntityType.STATE),
        ("Ukraine", EntityType.STATE),
        ("Attorney-General's Department", EntityType.ORGANIZATION),
        ("Prosecutor General's Office of Ukraine", EntityType.ORGANIZATION),
        ("Directive (EU) 2019/1937", EntityType.LEGAL_INSTRUMENT),
    }


def test_a_title_part_goes_on_after_its_acronym(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Ms. Valeria Quesada (Costa Rica), Prosecutor at the Office of the Deputy Prosecutor "
        "for Probity, Transparency and Anti-Corruption (FAPTA) of the Public Prosecution "
        "Service, speaking as a panellist, explained the sworn declarations of assets.",
    )
    assert _speakers(ex) == [("panellist", "Costa Rica")]


def test_agendas_and_visions_agreed_by_states_are_instruments(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She recalled the Teieniwa Vision, the 2030 Agenda for Sustainable Development and "
        "Egypt Vision 2030.",
    )
    assert _typed(ex) >= {
        ("Teieniwa Vision", EntityType.LEGAL_INSTRUMENT),
        ("2030 Agenda for Sustainable Development", EntityType.LEGAL_INSTRUMENT),
    }


def test_european_orders_and_warrants_and_french_settlements_are_tools(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "He described the judicial public interest agreement, European Investigation Orders "
        "and the European Arrest Warrant.",
    )
    assert _typed(ex) == {
        ("judicial public interest agreements", EntityType.MECHANISM),
        ("European Investigation Order", EntityType.MECHANISM),
        ("European Arrest Warrant", EntityType.MECHANISM),
    }


def test_a_title_holding_a_parenthesis_with_a_comma_keeps_the_named_speaker(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "Ms. Itzel Cárdenas (Mexico), Director General at the Financial Intelligence Unit "
        "(Unidad de Inteligencia Financiera, UIF) of the Ministry of Finance and Public Credit, "
        "described the list of blocked persons.",
    )
    (statement,) = ex.paragraphs[0].statements
    assert statement.speaker.startswith("Ms. Itzel Cárdenas (Mexico), Director General")
    assert statement.affiliation is not None and statement.affiliation.label == "Mexico"


def test_a_kind_capitalized_in_the_plural_is_still_the_kind(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She recommended the use of Integrity Pacts, under which bidders committed to refrain "
        "from corrupt practices, and recalled the Treaty on Mutual Legal Assistance in "
        "Criminal Matters between Switzerland and Brazil.",
    )
    labels = {label for label, _ in _typed(ex)}
    assert ("integrity pacts", EntityType.MECHANISM) in _typed(ex)
    assert "mutual legal assistance" not in labels  # a word of the treaty's name


def test_register_checks_evaluations_and_the_handling_of_seized_assets_are_tools(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "She described discrepancy reporting obligations for banks, the fourth round of mutual "
        "evaluations, pre-seizure planning, the provisional use of seized property, the early "
        "realization of seized assets and electronic public auctions.",
    )
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert keys == {
        "entity/discrepancy-reporting",
        "entity/mutual-evaluations",
        "entity/pre-seizure-planning",
        "entity/provisional-use-of-seized-assets",
        "entity/interlocutory-sale",
        "entity/public-auctions",
    }


def test_a_name_with_its_acronym_before_a_lower_case_head_and_awards(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "She described the Monitoring of Recovered Assets through Transparency and "
        "Accountability (MANTRA) project of the Africa Network for Environment and Economic "
        "Justice, and the International Anti-Corruption Excellence Award.",
    )
    assert _typed(ex) == {
        (
            "Monitoring of Recovered Assets through Transparency and Accountability project",
            EntityType.INITIATIVE,
        ),
        ("Africa Network for Environment and Economic Justice", EntityType.ORGANIZATION),
        ("International Anti-Corruption Excellence Award", EntityType.INITIATIVE),
    }


def test_numbers_with_thousands_standards_e_prefixed_tools_and_rules(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "Reports could be submitted through the e-People portal and the eDisclosure system, "
        "under Law No. 12,846 of 2013, the ICC Rules on Combating Corruption and ISO 37001, "
        "as the Rule of Law Unit recalled.",
    )
    assert _typed(ex) == {
        ("e-People portal", EntityType.MECHANISM),
        ("eDisclosure system", EntityType.MECHANISM),
        ("Law No. 12,846 of 2013", EntityType.LEGAL_INSTRUMENT),
        ("ICC Rules on Combating Corruption", EntityType.LEGAL_INSTRUMENT),
        ("ISO 37001", EntityType.MECHANISM),
        ("Rule of Law Unit", EntityType.ORGANIZATION),
    }


def test_corporate_integrity_and_reporting_tools_in_their_other_words(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "She described the evaluation of integrity programmes, an internal whistle-blowing "
        "system, a corruption risk map, financial rewards, proxy reporting through a lawyer and "
        "the informal exchange of information.",
    )
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert keys == {
        "entity/corporate-compliance-programmes",
        "entity/internal-reporting-channels",
        "entity/corruption-risk-assessments",
        "entity/whistle-blower-rewards",
        "entity/proxy-reporting",
        "entity/informal-cooperation",
    }


def test_asides_private_bodies_named_after_a_state_and_companies(vocabulary: Gazetteer) -> None:
    ex = _paragraphs(
        vocabulary,
        "The Chair, in her capacity as moderator of the first panel, recalled article 26 of "
        "the Convention.",
        "Ms. Priya Raghunathan, Chief Compliance Officer of Siemens AG, speaking as a "
        "panellist, shared the lessons learned by the company.",
        "Ms. Nilufar Rahimova (Uzbekistan), Vice-Chair of the expert meeting, moderated the "
        "third panel. Opening the discussion, the moderator recalled resolution 6/5.",
        "A panellist from the Kenya Private Sector Alliance (KEPSA) presented the Code of "
        "Ethics for Business in Kenya.",
        "H.E. Mr. Abdulrahman Al-Kuwari, Permanent Representative of Qatar in Vienna, speaking "
        "as the representative of the host country of the eleventh session of the Conference, "
        "invited participants to Doha.",
    )
    said = [
        [(s.role.value, s.affiliation.label if s.affiliation else None) for s in p.statements]
        for p in ex.paragraphs
    ]
    assert said == [
        [("chair", None)],
        [("panellist", "Siemens AG")],
        [("chair", "Uzbekistan")],  # "the moderator" after her is still she
        [("panellist", "Kenya Private Sector Alliance")],
        [("speaker", "Qatar")],
    ]


def test_a_listed_topic_inside_a_name_and_into_between_two_names(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Funds were transferred by the Nigeria Sovereign Investment Authority into the "
        "Presidential Infrastructure Development Fund, as the Judicial Commission of Inquiry "
        "into Allegations of State Capture and the Ministry of Foreign Affairs, International "
        "Trade and Worship noted, with the Global Programme against Money Laundering, Proceeds "
        "of Crime and the Financing of Terrorism.",
    )
    labels = {label for label, _ in _typed(ex)}
    assert {
        "Nigeria Sovereign Investment Authority",
        "Presidential Infrastructure Development Fund",
        "Judicial Commission of Inquiry into Allegations of State Capture",
        "Ministry of Foreign Affairs, International Trade and Worship",
        "Global Programme against Money Laundering, Proceeds of Crime and the Financing of "
        "Terrorism",
    } <= labels


def test_police_forces_named_in_their_own_languages(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "He said the Guardia di Finanza, the Garda Síochána and the Policía Nacional had traced "
        "the assets.",
    )
    assert _typed(ex) == {
        ("Guardia di Finanza", EntityType.ORGANIZATION),
        ("Garda Síochána", EntityType.ORGANIZATION),
        ("Policía Nacional", EntityType.ORGANIZATION),
    }


def test_a_meeting_the_title_describes_is_the_reports_own(vocabulary: Gazetteer) -> None:
    ex = _paragraphs(
        vocabulary,
        "The expert meeting on integrity in the private sector and the protection of "
        "reporting persons was held in Vienna.",
        "At its 1st meeting, the expert meeting adopted its agenda.",
        "The meeting was opened by the Chair.",
        title="Report on the expert meeting on integrity in the private sector and the "
        "protection of reporting persons, held on the margins of the sixteenth meeting of the "
        "Working Group on Prevention",
    )
    meetings = [
        [
            ex.entities[m.entity].label
            for m in p.mentions
            if ex.entities[m.entity].type is EntityType.MEETING
        ]
        for p in ex.paragraphs
    ]
    own = (
        "expert meeting on integrity in the private sector and the protection of reporting persons"
    )
    assert meetings == [[own], [own], []]


def test_a_short_name_among_other_states_is_not_a_body_named_before(
    vocabulary: Gazetteer,
) -> None:
    ex = _paragraphs(
        vocabulary,
        "The representative of Ethiopia said that the Federal Ethics and Anti-Corruption "
        "Commission kept a register of assets.",
        "The representative of Sierra Leone said that the Anti-Corruption Commission had new "
        "powers.",
        "She added that the Anti-Corruption Commission published its reports.",
    )
    labels = [
        sorted(
            ex.entities[m.entity].label
            for m in p.mentions
            if ex.entities[m.entity].type is EntityType.ORGANIZATION
        )
        for p in ex.paragraphs
    ]
    assert labels == [
        ["Federal Ethics and Anti-Corruption Commission"],
        ["Anti-Corruption Commission"],
        ["Anti-Corruption Commission"],
    ]


def test_hyphenated_heads_and_memorandums(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The Unit had signed memorandums of understanding with the Directorate-General of "
        "Internal Taxes.",
    )
    assert ("Directorate-General of Internal Taxes", EntityType.ORGANIZATION) in _typed(ex)
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert "entity/memorandum-of-understanding" in keys


def test_law_in_general_and_broad_agreement_are_no_instruments(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "There was broad agreement that foreign bribery laws and legislation on the transfer "
        "of proceedings were needed, and she described the draft law on the protection of "
        "whistle-blowers. The moderator noted broad agreement on the value of such laws.",
    )
    assert _typed(ex) == {
        ("transfer of proceedings", EntityType.MECHANISM),
        ("draft law on the protection of whistle-blowers", EntityType.LEGAL_INSTRUMENT),
    }


def test_providers_of_a_service_and_victims_or_witnesses_in_general(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "She noted that trust and company service providers were obliged entities, and "
        "stressed the compensation of victims and the protection of witnesses.",
    )
    assert _typed(ex) == set()


def test_reports_named_as_publications_are_tools(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She presented the Global Report on Corruption in Sport and the Economic Development "
        "in Africa Report 2020, and recalled the Report of the Implementation Review Group.",
    )
    assert _typed(ex) == {
        ("Global Report on Corruption in Sport", EntityType.MECHANISM),
        ("Economic Development in Africa Report 2020", EntityType.MECHANISM),
        ("Implementation Review Group", EntityType.ORGANIZATION),  # its report is not a tool
    }


def test_a_plural_head_before_of_names_the_singular_too(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "She described the declaration of assets and interests.")
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert keys == {"entity/asset-and-interest-declarations"}


def test_a_centre_of_an_institute_speaks_for_itself(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Ms. Ingrid Halvorsen, Senior Adviser at the U4 Anti-Corruption Resource Centre of the "
        "Chr. Michelsen Institute, introduced the topic.",
    )
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation] == [
        "U4 Anti-Corruption Resource Centre"
    ]


def test_cases_named_by_the_loot_or_the_person_they_relate_to(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "He recalled the return of the Abacha assets and the Marcos Swiss deposits, the "
        "Government funds, the so-called biens mal acquis proceedings and the cases relating "
        "to Vladimiro Montesinos.",
    )
    assert _typed(ex) == {
        ("Abacha case", EntityType.CASE),
        ("Marcos case", EntityType.CASE),
        ("biens mal acquis proceedings", EntityType.CASE),
        ("cases relating to Vladimiro Montesinos", EntityType.CASE),
    }


def test_parties_against_corruption_and_a_directorate_of_law(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She referred to the Southeast Asia Parties Against Corruption (SEA-PAC), the European "
        "Partners against Corruption and the Directorate of International Law of the Federal "
        "Department of Foreign Affairs. The Convention obliged States Parties to cooperate.",
    )
    assert _typed(ex) >= {
        ("Southeast Asia Parties Against Corruption", EntityType.ORGANIZATION),
        ("European Partners against Corruption", EntityType.ORGANIZATION),
        ("Directorate of International Law", EntityType.ORGANIZATION),
        ("Federal Department of Foreign Affairs", EntityType.ORGANIZATION),
    }
    assert not any("States Parties" in label for label, _ in _typed(ex))


def test_states_speaking_together_each_cite_their_own_bodies(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Speakers from Kenya and Sri Lanka described the Business Registration Service of Kenya "
        "and the Department of the Registrar of Companies of Sri Lanka, and the beneficial "
        "ownership registers.",
    )
    cited = {
        s.affiliation.label: sorted(ex.entities[c.entity].label for c in s.citations)
        for s in ex.paragraphs[0].statements
        if s.affiliation
    }
    assert cited == {
        "Kenya": ["Business Registration Service of Kenya", "beneficial ownership registers"],
        "Sri Lanka": [
            "Department of the Registrar of Companies of Sri Lanka",
            "beneficial ownership registers",
        ],
    }


def test_a_programme_in_a_title_speaks_for_the_body_that_runs_it(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The second panel was moderated by Mr. Olivier Kalonji, Regional Coordinator for Africa "
        "of the Global Programme against Money Laundering, Proceeds of Crime and the Financing "
        "of Terrorism of UNODC. In his introductory remarks, the moderator noted that article "
        "58 of the Convention applied.",
    )
    (moderator,) = ex.paragraphs[0].statements
    assert moderator.affiliation is not None and moderator.affiliation.label == "UNODC"
    assert "UNODC" not in {ex.entities[c.entity].label for c in moderator.citations}


def test_trust_funds_voluntary_repatriation_and_foreign_judgments(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "He described the trust funds, the voluntary repatriation of funds and the enforcement "
        "of foreign confiscation judgments.",
    )
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert keys == {
        "entity/trust-funds",
        "entity/voluntary-repatriation",
        "entity/recognition-of-foreign-confiscation-orders",
    }


def test_every_entity_is_named_spoken_for_cited_or_an_owner(vocabulary: Gazetteer) -> None:
    ex = _paragraphs(
        vocabulary,
        "The expert meeting on integrity in the private sector and the protection of "
        "reporting persons was held in Vienna.",
        "At its 1st meeting, the expert meeting adopted its agenda.",
        "Ms. Siti Aminah, Deputy Chief Commissioner of the Malaysian Anti-Corruption "
        "Commission, described the Integrity Pacts.",
        title="Report on the expert meeting on integrity in the private sector and the "
        "protection of reporting persons, held in Vienna",
    )
    named = {m.entity for p in ex.paragraphs for m in p.mentions}
    spoken_for = {
        s.affiliation.entity for p in ex.paragraphs for s in p.statements if s.affiliation
    }
    owners = {e.owner for e in ex.entities.values() if e.owner}
    assert set(ex.entities) == named | spoken_for | owners
    assert "expert meeting" not in {e.label for e in ex.entities.values()}


def test_proclamations_directives_bills_and_the_review_guidelines(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She described the Disclosure and Registration of Assets Proclamation No. 668/2010, "
        "the proposal for a directive on combating corruption, the whistle-blower protection "
        "bill and the guidelines for governmental experts and the secretariat in the conduct "
        "of country reviews.",
    )
    assert {label for label, kind in _typed(ex) if kind is EntityType.LEGAL_INSTRUMENT} == {
        "Disclosure and Registration of Assets Proclamation No. 668/2010",
        "directive on combating corruption",
        "whistle-blower protection bill",
        "guidelines for governmental experts and the secretariat in the conduct of country reviews",
    }


def test_indicators_surveys_and_barometers_are_tools(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She cited the OECD Public Integrity Indicators, the Open Budget Survey and the Global "
        "Corruption Barometer.",
    )
    assert _typed(ex) == {
        ("OECD Public Integrity Indicators", EntityType.MECHANISM),
        ("Open Budget Survey", EntityType.MECHANISM),
        ("Global Corruption Barometer", EntityType.MECHANISM),
    }


def test_revolving_door_controls_are_post_employment_restrictions(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "He described a procedure known as revolving-door control.")
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert keys == {"entity/post-employment-restrictions"}


def test_a_committee_of_a_body_introduced_with_its_acronym_speaks_for_the_body(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "Mr. Jean Kouassi, Vice-Chair of the Commission on Corporate Responsibility and "
        "Anti-corruption of the International Chamber of Commerce (ICC), stressed that most "
        "wrongdoing was first reported internally.",
    )
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation] == [
        "International Chamber of Commerce"
    ]


def test_two_asides_a_chapter_and_an_office_in_a_state(vocabulary: Gazetteer) -> None:
    ex = _paragraphs(
        vocabulary,
        "H.E. Mr. Ishmael Rakei, Permanent Representative of Solomon Islands to the United "
        "Nations, speaking in his capacity as Chair of the Pacific Small Island Developing "
        "States, underlined that corruption diverted resources.",
        "Ms. Lagi Toleafoa (Samoa), Manager of the Samoa Financial Intelligence Unit, speaking "
        "as a panellist in her capacity as Chair of the regional association, explained that "
        "the Egmont Group helped.",
        "The observer for Transparency International Vanuatu described the Advocacy and Legal "
        "Advice Centre.",
        "Ms. Hyun-jin Park, Deputy Resident Representative of the UNDP Pacific Office in Fiji, "
        "delivered remarks.",
    )
    said = [
        [(s.role.value, s.affiliation.label if s.affiliation else None) for s in p.statements]
        for p in ex.paragraphs
    ]
    assert said == [
        [("speaker", "Solomon Islands")],
        [("panellist", "Samoa")],
        [("speaker", "Transparency International Vanuatu")],
        [("official", "UNDP Pacific Office")],  # not Fiji, where the office sits
    ]


def test_electronic_filing_and_public_access_to_declarations(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She described the electronic filing of declarations and public access to declarations.",
    )
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert keys == {
        "entity/electronic-asset-declaration-systems",
        "entity/publication-of-asset-declarations",
    }


def test_those_who_adopted_a_text_and_a_law_named_after_a_body(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The Chair recalled that the Teieniwa Vision, adopted by leaders and representatives of "
        "Pacific Island States at a conference held in Tarawa, expressed a shared commitment, "
        "and that the Constitutional Amendment (Independent Commission Against Corruption) "
        "Law 2014 had created a commission working with the Royal Papua New Guinea "
        "Constabulary.",
    )
    assert [s.speaker for s in ex.paragraphs[0].statements] == ["The Chair"]
    assert _typed(ex) >= {
        (
            "Constitutional Amendment (Independent Commission Against Corruption) Law 2014",
            EntityType.LEGAL_INSTRUMENT,
        ),
        ("Royal Papua New Guinea Constabulary", EntityType.ORGANIZATION),
    }


def test_names_opening_with_a_year_promulgations_and_guidance(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "He referred to the 2050 Strategy for the Blue Pacific Continent, the Prevention of "
        "Bribery Promulgation and the FATF Guidance on Beneficial Ownership of Legal Persons.",
    )
    assert _typed(ex) == {
        ("2050 Strategy for the Blue Pacific Continent", EntityType.INITIATIVE),
        ("Prevention of Bribery Promulgation", EntityType.LEGAL_INSTRUMENT),
        ("FATF Guidance on Beneficial Ownership of Legal Persons", EntityType.MECHANISM),
    }


def test_templates_and_dashboards_described_in_lower_case_are_tools(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "The secretariat was developing a light-touch regional reporting template on the "
        "Teieniwa Vision, and one speaker proposed a national dashboard on its implementation.",
    )
    assert {label for label, kind in _typed(ex) if kind is EntityType.MECHANISM} == {
        "light-touch regional reporting template on the Teieniwa Vision",  # a kind of template
        "dashboard on its implementation",
    }


def test_an_acronym_inside_a_name_spells_its_part_of_the_names_acronym(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(vocabulary, "She chaired the Association of Pacific Island FIUs (APIFIU).")
    assert _typed(ex) == {("Association of Pacific Island FIUs", EntityType.ORGANIZATION)}


def test_verifying_beneficial_ownership_information_is_a_tool(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "She stressed the verification of beneficial ownership information.")
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert keys == {"entity/verification-of-beneficial-ownership-information"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "She presented the findings of the fourth evaluation round of MONEYVAL on Malta.",
            "fourth evaluation round",
        ),
        (
            "Under the fifth round of monitoring of the Istanbul Anti-Corruption Action Plan, "
            "Armenia had been reviewed.",
            "fifth round of monitoring",
        ),
        (
            "He recalled that the Phase 4 evaluations of the Working Group had begun.",
            "Phase 4 evaluations",
        ),
    ],
)
def test_a_numbered_round_of_peer_evaluation_is_a_tool(
    vocabulary: Gazetteer, text: str, label: str
) -> None:
    assert (label, EntityType.MECHANISM) in _typed(_run(vocabulary, text))


def test_people_whose_names_open_with_an_accented_capital_are_speakers(
    vocabulary: Gazetteer,
) -> None:
    ex = _paragraphs(
        vocabulary,
        "The first panel was moderated by Mr. Évariste Ndikumana, Member of the African "
        "Union Advisory Board on Corruption. In his introductory remarks, the moderator "
        "recalled article 20 of the Convention.",
        "Mr. Ólafur Sigurðsson (Iceland) described the asset declaration system. Ms. Żaneta "
        "Łukasik, Director of the Central Anti-Corruption Bureau of Poland, presented its "
        "case management system.",
    )
    said = [
        [(s.role, s.affiliation.label if s.affiliation else None) for s in p.statements]
        for p in ex.paragraphs
    ]
    assert said[0] == [(Role.CHAIR, "African Union Advisory Board on Corruption")]
    assert [aff for _, aff in said[1]] == ["Iceland", "Poland"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The representative of France referred to the Agence française anticorruption (AFA).",
            "Agence française anticorruption",
        ),
        (
            "She described the Haute Autorité pour la transparence de la vie publique (HATVP).",
            "Haute Autorité pour la transparence de la vie publique",
        ),
        (
            "He described the Instance Nationale de la Probité, de la Prévention et de la Lutte "
            "contre la Corruption (INPPLC) of Morocco.",
            "Instance Nationale de la Probité, de la Prévention et de la Lutte contre la "
            "Corruption",
        ),
        (
            "The panellist referred to the Office National de Lutte contre la Fraude et la "
            "Corruption (OFNAC).",
            "Office National de Lutte contre la Fraude et la Corruption",
        ),
        (
            "He cited the Cellule Nationale de Traitement des Informations Financières.",
            "Cellule Nationale de Traitement des Informations Financières",
        ),
    ],
)
def test_bodies_named_in_french_or_spanish_are_organizations(
    vocabulary: Gazetteer, text: str, name: str
) -> None:
    assert (name, EntityType.ORGANIZATION) in _typed(_run(vocabulary, text))


def test_a_sentence_case_name_in_another_language_ends_only_at_an_acronym_that_spells_it(
    vocabulary: Gazetteer,
) -> None:
    labels = {
        label for label, _ in _typed(_run(vocabulary, "It met the Agence nationale and others."))
    }
    assert "Agence nationale and others" not in labels


def test_a_translation_in_parentheses_is_another_name_but_not_the_label(
    vocabulary: Gazetteer,
) -> None:
    ex = _paragraphs(
        vocabulary,
        "A panellist from Mexico described the Tax Administration Service (Servicio de "
        "Administración Tributaria, SAT).",
        "She added that the Servicio de Administración Tributaria and the SAT shared data.",
    )
    first = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    second = {ex.entities[m.entity] for m in ex.paragraphs[1].mentions}
    assert {e.label for e in second} == {"Tax Administration Service"}
    assert {e.key for e in second} <= first


def test_a_translation_of_one_states_unit_is_no_name_of_the_kind(vocabulary: Gazetteer) -> None:
    ex = _paragraphs(
        vocabulary,
        "A panellist from Mexico described the Financial Intelligence Unit (Unidad de "
        "Inteligencia Financiera).",
        "A panellist from Peru noted that financial intelligence units exchanged data.",
    )
    labels = {ex.entities[m.entity].label for m in ex.paragraphs[1].mentions}
    assert "Unidad de Inteligencia Financiera" not in labels


def test_a_short_name_in_parentheses_names_the_last_name_with_its_head(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "She recalled the work of the High Level Panel on International Financial "
        "Accountability, Transparency and Integrity for Achieving the 2030 Agenda (FACTI "
        "Panel) and of the Scheme relating to Mutual Assistance within the Commonwealth "
        "(Harare Scheme).",
    )
    typed = _typed(ex)
    assert ("2030 Agenda", EntityType.LEGAL_INSTRUMENT) in typed
    assert not any(label == "FACTI Panel" for label, _ in typed)
    assert ("Harare Scheme", EntityType.LEGAL_INSTRUMENT) in typed
    assert not any(label == "Harare Scheme" and t is EntityType.ORGANIZATION for label, t in typed)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "In their closing remarks, the Head of the Anti-Corruption Network for Eastern "
            "Europe and Central Asia and the Executive Secretary of GRECO thanked the hosts.",
            [
                (Role.OFFICIAL, "Anti-Corruption Network for Eastern Europe and Central Asia"),
                (Role.OFFICIAL, "GRECO"),
            ],
        ),
        (
            "The representative of Türkiye and the observer for the State of Palestine spoke.",
            [(Role.SPEAKER, "Türkiye"), (Role.SPEAKER, "State of Palestine")],
        ),
    ],
)
def test_two_speakers_joined_by_and_share_the_verb(
    vocabulary: Gazetteer, text: str, said: list[tuple[Role, str]]
) -> None:
    ex = _run(vocabulary, text)
    assert [
        (s.role, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[0].statements
    ] == said


def test_heads_of_state_are_spoken_of_not_speakers(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "Heads of State and Government adopted the political declaration.")
    assert ex.paragraphs[0].statements == ()


def test_an_acronym_after_a_body_named_with_its_state_names_the_body(
    vocabulary: Gazetteer,
) -> None:
    ex = _paragraphs(
        vocabulary,
        "Cases were referred to the National Anti-Corruption Bureau of Ukraine (NABU).",
        "Mr. Taras Levytskyi, Deputy Director of NABU, explained that the Bureau investigated "
        "high-level corruption.",
    )
    (statement,) = ex.paragraphs[1].statements
    assert statement.affiliation is not None
    assert statement.affiliation.label in ("Ukraine", "National Anti-Corruption Bureau of Ukraine")
    assert "NABU" in ex.entities["entity/national-anti-corruption-bureau-of-ukraine"].aliases


def test_another_after_one_speaker_is_a_second_speaker(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "One speaker cautioned that digitization did not prevent collusion, and another "
        "stressed the use of beneficial ownership registers.",
    )
    said = [(s.speaker, [c.text for c in s.citations]) for s in ex.paragraphs[0].statements]
    assert said == [("One speaker", []), ("another", ["beneficial ownership registers"])]


def test_another_that_is_no_speaker_is_left_alone(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "Some speakers noted progress, and another State had ratified it.")
    assert [s.speaker for s in ex.paragraphs[0].statements] == ["Some speakers"]


def test_what_speakers_did_is_no_modifier_of_a_lower_case_head(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Speakers from Nigeria and the Philippines described cases of misuse. The speaker from "
        "the Philippines recalled the 2016 Bangladesh Bank heist.",
    )
    typed = _typed(ex)
    assert not any(t is EntityType.CASE and "described" in label for label, t in typed)
    assert ("Bangladesh Bank heist", EntityType.CASE) in typed
    affiliations = [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation]
    assert affiliations == ["Nigeria", "Philippines", "Philippines"]


def test_the_vice_chair_of_a_meeting_described_in_words_chairs(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Mr. Rafael Reyes (Philippines), Vice-Chair of the expert group meeting, moderated the "
        "third panel. He noted that the data exceeded the capacity of oversight bodies.",
    )
    assert [
        (s.role, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[0].statements
    ] == [(Role.CHAIR, "Philippines")]


def test_an_instrument_named_by_its_head_body_and_topic_is_one_name(vocabulary: Gazetteer) -> None:
    typed = _typed(
        _run(
            vocabulary,
            "She referred to the Recommendation of the OECD Council on Public Integrity.",
        )
    )
    assert typed == {
        ("Recommendation of the OECD Council on Public Integrity", EntityType.LEGAL_INSTRUMENT)
    }


def test_the_league_of_arab_states_is_a_body(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "In response, the representative of the League of Arab States indicated that "
        "proposals would be submitted.",
    )
    assert _speakers(ex) == [("speaker", "League of Arab States")]


def test_a_representative_presenting_in_a_discussion_from_the_floor_is_a_delegate(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "In the ensuing discussion, several speakers underlined the independence of "
        "anti-corruption bodies. The representative of Qatar presented the work of the "
        "Administrative Control and Transparency Authority.",
    )
    assert _speakers(ex) == [("speaker", None), ("speaker", "Qatar")]


def test_the_executive_director_of_an_association_is_no_secretariat_staff(
    vocabulary: Gazetteer, tmp_path: Path
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "Report on the expert meeting on the protection of reporting persons\n\n"
        "II. Protection of reporting persons and whistle-blowers\n\n"
        "1. Ms. Hiba Saadeh, Executive Director of the Lebanese Transparency Association "
        "(LTA), observed that the law had remained largely unapplied.\n",
        encoding="utf-8",
    )
    ex = extract_document(read_document(report), vocabulary)
    assert [s.role for s in ex.paragraphs[0].statements] == [Role.PANELLIST]


def test_participants_identifying_the_recommendations_make_no_statement(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "Participants identified the following conclusions and recommendations for "
        "consideration by Arab States, UNODC and UNDP.",
    )
    assert ex.paragraphs[0].statements == ()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ms. Lina Haddad, Executive Director of Rasheed for Integrity and Transparency, the "
            "Jordanian chapter of Transparency International, stressed that scrutiny mattered.",
            "Rasheed for Integrity and Transparency",
        ),
        (
            "Ms. Yosra Jaziri, member of the executive board of I Watch, the Tunisian chapter of "
            "Transparency International, stressed that public trust mattered.",
            "I Watch",
        ),
    ],
)
def test_a_body_described_as_a_national_chapter_is_named_and_spoken_for(
    vocabulary: Gazetteer, text: str, body: str
) -> None:
    ex = _run(vocabulary, text)
    assert (body, EntityType.ORGANIZATION) in _typed(ex)
    (statement,) = ex.paragraphs[0].statements
    assert statement.affiliation is not None and statement.affiliation.label == body


def test_an_instrument_of_a_body_names_both(vocabulary: Gazetteer) -> None:
    labels = {
        label
        for label, _ in _typed(
            _run(
                vocabulary,
                "Georgia had joined the Agreement on Government Procurement of the World Trade "
                "Organization in 2016.",
            )
        )
    }
    assert {"Agreement on Government Procurement", "World Trade Organization"} <= labels


def test_a_tool_of_a_named_body_leaves_the_body_named(vocabulary: Gazetteer) -> None:
    typed = _typed(
        _run(
            vocabulary,
            "The system was connected to the databases of the State Tax Service and to the "
            "Joint Money Laundering Intelligence Taskforce (JMLIT).",
        )
    )
    assert ("State Tax Service", EntityType.ORGANIZATION) in typed
    assert ("Joint Money Laundering Intelligence Taskforce", EntityType.ORGANIZATION) in typed
    assert not any(label.startswith("databases of") for label, _ in typed)


def test_a_head_in_lower_case_is_no_title(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She stressed that the recognition of social damage as a separate head of damage "
        "allowed courts to award compensation.",
    )
    assert all(s.role is not Role.OFFICIAL for s in ex.paragraphs[0].statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The representative of Senegal described the Cellule nationale de traitement des "
            "informations financières, which had been established in 2004.",
            "Cellule nationale de traitement des informations financières",
        ),
        (
            "She referred to the Office national de lutte contre la fraude et la corruption and "
            "to the courts.",
            "Office national de lutte contre la fraude et la corruption",
        ),
        (
            "He referred to the Commission bancaire de l'Union monétaire ouest-africaine.",
            "Commission bancaire de l'Union monétaire ouest-africaine",
        ),
        ("The Pool judiciaire financier had prosecuted the case.", "Pool judiciaire financier"),
        (
            "The Haut-Commissariat à la prévention de la corruption was cited.",
            "Haut-Commissariat à la prévention de la corruption",
        ),
        (
            "The Bureau indépendant anti-corruption was created in 2004.",
            "Bureau indépendant anti-corruption",
        ),
        (
            "The Agence de gestion et de recouvrement des avoirs saisis et confisqués had sold "
            "the property.",
            "Agence de gestion et de recouvrement des avoirs saisis et confisqués",
        ),
    ],
)
def test_bodies_named_in_french_in_sentence_case(
    vocabulary: Gazetteer, text: str, name: str
) -> None:
    assert (name, EntityType.ORGANIZATION) in _typed(_run(vocabulary, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Commission noted de facto obstacles to the return of assets.",
        "Direction provided by the Board was welcome.",
        "The Tribunal found that the Instance concerned had failed.",
    ],
)
def test_english_words_after_a_head_are_no_foreign_name(vocabulary: Gazetteer, text: str) -> None:
    labels = {label for label, _ in _typed(_run(vocabulary, text))}
    assert not any(" " in label and label.split()[1][:1].islower() for label in labels)


@pytest.mark.parametrize(
    "text",
    [
        "He explained that the Unit, a member of the Egmont Group of Financial Intelligence "
        "Units, had used goAML since 2019.",
        "The proceedings had led to the conviction of a senior official of Equatorial Guinea "
        "for the laundering of embezzled public funds.",
    ],
)
def test_people_described_or_spoken_of_are_no_new_speakers(
    vocabulary: Gazetteer, text: str
) -> None:
    assert _run(vocabulary, text).paragraphs[0].statements == ()


def test_a_speaker_after_an_opening_phrase_still_speaks(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "In the ensuing discussion, a representative of Kenya said it was new.")
    assert _speakers(ex) == [("speaker", "Kenya")]


def test_a_body_named_with_two_coordinated_words_is_one_body(vocabulary: Gazetteer) -> None:
    typed = _typed(
        _run(
            vocabulary,
            "Early engagement with the Crime and Corruption Commission had been useful, as had "
            "informal and interinstitutional cooperation.",
        )
    )
    assert ("Crime and Corruption Commission", EntityType.ORGANIZATION) in typed
    assert ("informal cooperation", EntityType.MECHANISM) in typed
    assert not any(label.startswith("Commission on Crime") for label, _ in typed)


def test_sporting_events_named_by_place_and_year_are_meetings(vocabulary: Gazetteer) -> None:
    typed = _typed(
        _run(
            vocabulary,
            "He described the arrangements for the Brisbane 2032 Olympic and Paralympic Games, "
            "the 2034 FIFA World Cup and the Olympic and Paralympic Games Paris 2024, under the "
            "Integrity Act 2019.",
        )
    )
    assert {
        ("Brisbane 2032 Olympic and Paralympic Games", EntityType.MEETING),
        ("2034 FIFA World Cup", EntityType.MEETING),
        ("Olympic and Paralympic Games Paris 2024", EntityType.MEETING),
        ("Integrity Act 2019", EntityType.LEGAL_INSTRUMENT),
    } <= typed


def test_a_chair_elected_by_name_speaks_for_their_state(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The Working Group elected by acclamation Ms. Zuzana Hlaváčková (Czechia) as Chair. On "
        "assuming the chair, Ms. Hlaváčková thanked members for their confidence.",
    )
    assert _speakers(ex) == [("chair", "Czechia")]


def test_a_board_member_spoken_of_is_no_speaker(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The prosecutions, concerning payments made by sponsors to a former executive board "
        "member of the organizing committee, had been brought by the prosecutors.",
    )
    assert ex.paragraphs[0].statements == ()


def test_the_secretariat_of_a_body_is_a_unit_of_it(vocabulary: Gazetteer) -> None:
    ex = _paragraphs(
        vocabulary,
        "The International Organization of Supreme Audit Institutions (INTOSAI) was thanked.",
        "Ms. Leticia Ibáñez, speaking on behalf of the General Secretariat of INTOSAI, recalled "
        "the Lima Declaration.",
    )
    (statement,) = ex.paragraphs[1].statements
    assert statement.affiliation is not None
    assert statement.affiliation.label == "International Organization of Supreme Audit Institutions"


def test_a_state_named_only_inside_a_body_does_not_choose_its_label(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The representative of Indonesia referred to the Audit Board of the Republic of Indonesia.",
    )
    assert _speakers(ex) == [("speaker", "Indonesia")]


def test_the_president_of_another_body_is_its_official(vocabulary: Gazetteer) -> None:
    ex = _paragraphs(
        vocabulary,
        "The workshop was organized with the Network of National Anti-Corruption Institutions "
        "in West Africa (NACIWA).",
        "The President of NACIWA informed participants of the next General Assembly. The "
        "President of the Conference closed the meeting.",
    )
    said = [
        (s.role, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[1].statements
    ]
    assert said == [
        (Role.OFFICIAL, "Network of National Anti-Corruption Institutions in West Africa"),
        (Role.CHAIR, None),
    ]


def test_prevention_tools_of_audit_and_integrity_are_kinds(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "She described conflict-of-interest rules, audit trails on the procurement platform, "
        "a legislative footprint for each bill and performance audits.",
    )
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert {
        "entity/conflict-of-interest-rules",
        "entity/audit-trails",
        "entity/legislative-footprints",
        "entity/performance-audits",
    } <= keys


def test_illicit_enrichment_is_a_legal_technique(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "A panellist from Kenya said that the offence of illicit enrichment had been used in "
        "twelve cases.",
    )
    keys = {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}
    assert "entity/illicit-enrichment" in keys


def test_an_official_named_again_with_an_adverb_speaks_in_the_same_role(
    vocabulary: Gazetteer,
) -> None:
    ex = _paragraphs(
        vocabulary,
        "Mr. Lorenzo Bassetti, Chief of the Implementation Support Section, UNODC, introduced "
        "the note by the secretariat.",
        "Mr. Bassetti also presented an analysis of the recommendations on article 53.",
    )
    said = [
        (s.role, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[1].statements
    ]
    assert said == [(Role.OFFICIAL, "UNODC")]


def test_people_after_of_and_an_adjective_are_spoken_of(vocabulary: Gazetteer) -> None:
    ex = _run(vocabulary, "The list of governmental experts was being updated.")
    assert ex.paragraphs[0].statements == ()


def test_a_case_after_in_the_is_its_own_name(vocabulary: Gazetteer) -> None:
    typed = _typed(
        _run(
            vocabulary,
            "Cooperation with more than 40 States in the Odebrecht case had been needed. He cited "
            "plea agreements concluded by the Public Prosecutor's Office of Peru in the Odebrecht "
            "case, the FinCEN Files and the Troika Laundromat.",
        )
    )
    assert {
        ("Odebrecht case", EntityType.CASE),
        ("Public Prosecutor's Office of Peru", EntityType.ORGANIZATION),
        ("FinCEN Files", EntityType.CASE),
        ("Troika Laundromat", EntityType.CASE),
    } <= typed


def test_the_body_a_speaker_informs_is_not_cited(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "The representative of Colombia informed the Implementation Review Group that Colombia "
        "had published the country review report on the Transparency Portal.",
    )
    (statement,) = ex.paragraphs[0].statements
    cited = {ex.entities[c.entity].label for c in statement.citations}
    assert "Implementation Review Group" not in cited


def test_a_committee_of_a_body_speaks_for_the_body(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Mr. Matías Olivera, Chair of the Coordination Committee of the UNCAC Coalition, "
        "underlined that journalists had exposed many cases.",
    )
    assert _speakers(ex) == [("official", "UNCAC Coalition")]


def test_a_member_of_a_forum_speaks_for_it(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Ms. Adaeze Okafor, a journalist and board member of the Forum for African "
        "Investigative Reporters (FAIR), described the obstacles faced by reporters.",
    )
    (statement,) = ex.paragraphs[0].statements
    assert statement.affiliation is not None
    assert statement.affiliation.label == "Forum for African Investigative Reporters"


def test_the_chair_of_a_named_working_group_of_another_body_does_not_chair(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "Ms. Annika Solberg, Chair of the Financial Crime Compliance Working Group of the "
        "Wolfsberg Group, explained that banks consulted registers.",
    )
    assert [s.role for s in ex.paragraphs[0].statements] != [Role.CHAIR]


def test_a_description_of_the_speakers_body_is_an_aside(vocabulary: Gazetteer) -> None:
    ex = _run(
        vocabulary,
        "Ms. Annika Solberg, Chair of the Financial Crime Compliance Working Group of the "
        "Wolfsberg Group, an association of 12 global banks, explained that banks consulted "
        "registers.",
    )
    (statement,) = ex.paragraphs[0].statements
    assert statement.speaker.startswith("Ms. Annika Solberg")
    assert statement.affiliation is not None and statement.affiliation.label == "Wolfsberg Group"


def test_a_tool_described_as_serving_a_known_kind_names_the_kind(vocabulary: Gazetteer) -> None:
    typed = _typed(
        _run(
            vocabulary,
            "The network served as a platform for informal cooperation among economies, and "
            "she described the secure channel for the transmission of urgent requests.",
        )
    )
    labels = {label for label, _ in typed}
    assert "informal cooperation" in labels
    assert "platform for informal cooperation" not in labels
    assert "secure channel for the transmission of urgent requests" in labels
