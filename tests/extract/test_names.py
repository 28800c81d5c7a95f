"""Names of bodies, instruments, cases, meetings and states, found and typed by the vocabulary."""

from __future__ import annotations

import pytest
from paragraphs import (
    cited_labels,
    first_keys,
    first_speakers,
    first_typed,
    read_one,
    read_paragraphs,
    speakers_in,
)

from uncac_kg.extract import EntityType
from uncac_kg.extract.gazetteer import Gazetteer


def test_a_states_name_is_never_an_organization_too(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "Statements were made by Morocco and the Russian Federation.")
    assert first_typed(ex) == {
        ("Morocco", EntityType.STATE),
        ("Russian Federation", EntityType.STATE),
    }


def test_a_name_does_not_start_inside_a_parenthesis(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "She referred to the Financial Action Task Force (FATF) standards.")
    labels = {label for label, _ in first_typed(ex)}
    assert not any(")" in label or "(" in label for label in labels)
    assert "Financial Action Task Force" in labels


def test_the_group_of_77_and_china_is_one_body(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The representative of Cuba, on behalf of the Group of 77 and China, welcomed the report.",
    )
    assert ("Group of 77 and China", EntityType.ORGANIZATION) in first_typed(ex)
    assert first_speakers(ex) == [("speaker", "Cuba")]


def test_a_known_name_after_of_a_is_part_of_the_longer_name(vocabulary: Gazetteer) -> None:
    text = (
        "A panellist from Saudi Arabia presented the Riyadh Initiative for the Establishment "
        "of a Global Operational Network of Anti-Corruption Law Enforcement Authorities."
    )
    labels = {label for label, _ in first_typed(read_one(vocabulary, text))}
    assert (
        "Riyadh Initiative for the Establishment of a Global Operational Network of "
        "Anti-Corruption Law Enforcement Authorities" in labels
    )
    assert "Riyadh Initiative for the Establishment" not in labels


def test_a_numbered_item_of_a_known_set_is_its_own_entity(vocabulary: Gazetteer) -> None:
    text = "She cited FATF Recommendation 24 and Sustainable Development Goal 16."
    typed = first_typed(read_one(vocabulary, text))
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
    typed = first_typed(read_one(vocabulary, text))
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
    states = {
        label for label, t in first_typed(read_one(vocabulary, text)) if t is EntityType.STATE
    }
    assert states == {"Brazil"}


def test_a_two_word_adjective_names_and_owns(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A panellist referred to the South African Revenue Service and West African networks.",
    )
    owners = {e.label: e.owner for e in ex.entities.values()}
    assert owners["South African Revenue Service"] == "state/ZAF"
    assert "South Africa" in owners


def test_a_hyphenated_acronym_is_found(vocabulary: Gazetteer) -> None:
    text = "Speakers noted the role of CARIN and of regional networks such as ARIN-AP and ARINSA."
    labels = {label for label, _ in first_typed(read_one(vocabulary, text))}
    assert labels == {"CARIN", "ARIN-AP", "ARINSA"}


def test_a_court_named_with_its_union_and_a_network_in_another_wording(
    vocabulary: Gazetteer,
) -> None:
    text = (
        "A panellist from the Asset Recovery Inter-Agency Network of Asia and the Pacific "
        "(ARIN-AP) cited a judgment of the Court of Justice of the European Union."
    )
    ex = read_one(vocabulary, text)
    (st,) = ex.paragraphs[0].statements
    assert st.affiliation is not None and st.affiliation.entity == "entity/arin-ap"
    labels = {label for label, _ in first_typed(ex)}
    assert "Court of Justice of the European Union" in labels
    assert "Court of Justice" not in labels


def test_titles_sittings_decrees_and_names_around_known_words(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Ms. Sarah Nakato, Director of Legal Affairs of the Inspectorate of Government of "
        "Uganda, was elected Chair. She cited Decree 440 of 2020 and the Association of "
        "Anti-Corruption Agencies in Commonwealth Africa. Two States had adopted legislation "
        "on the confiscation of proceeds of crime.",
        "The second session was moderated by Mr. Tomás Herrera of the World Bank.",
    )
    labels = {label for label, _ in first_typed(ex)}
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
    ex = read_paragraphs(
        vocabulary,
        "The Implementation Review Group of the Conference of the States Parties recalled the "
        "Addis Ababa Action Agenda of the Third International Conference on Financing for "
        "Development, Operation Car Wash, the Luanda Leaks, the European Arrest Warrant, the "
        "terms of reference of the Mechanism, GRACE and the regional platforms to fast-track "
        "the implementation of the Convention.",
    )
    labels = {label for label, _ in first_typed(ex)}
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
    assert ("Addis Ababa Action Agenda", EntityType.LEGAL_INSTRUMENT) in first_typed(ex)


def test_meetings_numbered_past_the_fifteenth_and_resumed(vocabulary: Gazetteer) -> None:
    ex = read_one(
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
    assert not any(label.startswith(("whose", "network of")) for label, _ in first_typed(ex))


def test_a_known_word_opening_a_longer_name(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The observer for the OECD referred to the Convention on Mutual Administrative "
        "Assistance in Tax Matters, and the Commonwealth Secretariat to the Convention.",
    )
    labels = {label for label, _ in first_typed(ex)}
    assert labels >= {
        "Convention on Mutual Administrative Assistance in Tax Matters",
        "Commonwealth Secretariat",
        "United Nations Convention against Corruption",
    }


def test_a_known_kind_inside_a_name_and_people_who_were_elected(vocabulary: Gazetteer) -> None:
    ex = read_one(
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
    ex = read_one(vocabulary, "He cited the London Scheme for Extradition and the Harare Scheme.")
    typed = first_typed(ex)
    assert ("Harare Scheme", EntityType.LEGAL_INSTRUMENT) in typed
    assert ("London Scheme for Extradition", EntityType.LEGAL_INSTRUMENT) in typed
    assert not any(label == "extradition" for label, _ in typed)


def test_jurisdictions_that_are_not_states_are_named_as_reports_name_them(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "A panellist from Guernsey described a return of funds. Speakers from Hong Kong, China "
        "and Macao, China described companies registered in the British Virgin Islands. The "
        "representative of the United States cited a judgment of a court in New Jersey and "
        "another in New Mexico.",
    )
    assert {label for label, _ in first_typed(ex)} == {
        "Guernsey",
        "Hong Kong, China",
        "Macao, China",
        "British Virgin Islands",
        "United States",
    }
    affiliations = [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation]
    assert affiliations == ["Guernsey", "Hong Kong, China", "Macao, China", "United States"]


def test_a_body_known_by_its_acronym_takes_the_full_name_the_report_spells_out(
    vocabulary: Gazetteer,
) -> None:
    # the guidelines' label is the fullest form the document uses, in every paragraph
    ex = read_paragraphs(
        vocabulary,
        "Ms. A B, Director of the Division for Treaty Affairs of the United Nations Office on "
        "Drugs and Crime (UNODC), delivered opening remarks.",
        "The representative of UNODC noted that UNODC supported the Network.",
    )
    full = "United Nations Office on Drugs and Crime"
    assert (full, EntityType.ORGANIZATION) in first_typed(ex)
    assert [s.affiliation.label for p in ex.paragraphs for s in p.statements] == [full, full]


def test_a_body_known_by_its_acronym_alone_keeps_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. A B, Director of the Division for Treaty Affairs of UNODC, delivered opening "
        "remarks. She noted that UNODC supported the Network.",
    )
    assert ("UNODC", EntityType.ORGANIZATION) in first_typed(ex)
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation] == ["UNODC"]


def test_a_state_is_labelled_by_the_name_the_report_uses_most(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. A B, Director of the Anti-Corruption Agency of the Republic of Uzbekistan, said "
        "that Uzbekistan had adopted a law and that Uzbekistan had joined the Network.",
    )
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation] == [
        "Uzbekistan"
    ]


def test_the_group_of_20_is_the_g20_and_a_who_clause_is_an_aside(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A representative of the secretariat, who moderated the discussion, introduced the "
        "paper. The Riyadh Initiative was launched during the presidency of Saudi Arabia of "
        "the Group of 20 in 2020.",
    )
    assert ("Group of 20", EntityType.ORGANIZATION) in first_typed(ex)
    assert first_speakers(ex) == [("secretariat", None)]


def test_languages_listed_together_name_no_state(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The course was made available in English, French, Russian and Spanish, and French "
        "authorities used it.",
    )
    assert first_typed(ex) == {("France", EntityType.STATE)}
    france = [m for m in ex.paragraphs[0].mentions if ex.entities[m.entity].label == "France"]
    assert [m.text for m in france] == ["French"] and france[0].span.start > 70


def test_a_case_named_by_the_person_it_concerns(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She cited the case concerning Teodoro Nguema Obiang Mangue, the criminal proceedings "
        "against Gulnara Karimova and the case concerning Equatorial Guinea.",
    )
    assert first_typed(ex) == {
        ("case concerning Teodoro Nguema Obiang Mangue", EntityType.CASE),
        ("criminal proceedings against Gulnara Karimova", EntityType.CASE),
        ("Equatorial Guinea", EntityType.STATE),
    }


def test_a_register_of_declarations_is_a_register(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She described the Unified State Register of Declarations, the Council of Europe "
        "Convention on Laundering and the Code of Conduct for Public Officials.",
    )
    assert first_typed(ex) >= {
        ("Unified State Register of Declarations", EntityType.MECHANISM),
        ("Code of Conduct for Public Officials", EntityType.LEGAL_INSTRUMENT),
    }


def test_a_project_named_by_its_acronym_is_an_initiative(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "She described the ACPIS project and the SIDNA databank.")
    assert first_typed(ex) == {
        ("ACPIS project", EntityType.INITIATIVE),
        ("SIDNA databank", EntityType.MECHANISM),
    }


def test_meetings_the_words_do_not_single_out_are_not_named(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The Group held its resumed session and two joint meetings, then reported to the "
        "resumed sixteenth session of the Implementation Review Group and to an expert group "
        "meeting on asset recovery.",
    )
    meetings = {label for label, t in first_typed(ex) if t is EntityType.MEETING}
    assert meetings == {
        "resumed sixteenth session of the Implementation Review Group",
        "expert group meeting on asset recovery",
    }


def test_titles_are_not_names_and_long_law_titles_go_on(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Park, Senior Prosecutor, and Mr. Nowak, Associate Professor of Criminal Law, "
        "cited the Act on the Aggravated Punishment, etc. of Specific Economic Crimes and the "
        "Act on Special Cases concerning the Confiscation and Return of Property Acquired "
        "through Corrupt Practices.",
    )
    assert first_typed(ex) == {
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


def test_frameworks_are_instruments_and_kinds_of_body_are_bodies(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She cited the Framework for the Return of Assets from Corruption and Crime in Kenya, "
        "the preventive anti-corruption bodies of the region and specialised anti-corruption "
        "courts.",
    )
    assert first_typed(ex) == {
        (
            "Framework for the Return of Assets from Corruption and Crime in Kenya",
            EntityType.LEGAL_INSTRUMENT,
        ),
        ("preventive anti-corruption bodies", EntityType.ORGANIZATION),
        ("specialised anti-corruption courts", EntityType.ORGANIZATION),
        ("Kenya", EntityType.STATE),
    }


def test_an_abbreviation_inside_a_name_does_not_end_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Henrik Dahl, Senior Adviser at the Chr. Michelsen Institute, noted that article "
        "36 required specialized bodies.",
    )
    assert ("Chr. Michelsen Institute", EntityType.ORGANIZATION) in first_typed(ex)
    assert first_speakers(ex) == [("official", "Chr. Michelsen Institute")]


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
    ex = read_paragraphs(vocabulary, *texts, title=title)
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
    cited = set(cited_labels(ex, ex.paragraphs[0].statements[0]))
    assert cited == {"UNODC"}  # the Platform is the body she chairs, in her title
    assert (platform, EntityType.INITIATIVE) in first_typed(ex)
    labels = {ex.entities[m.entity].label for m in ex.paragraphs[1].mentions}
    assert "UNODC Regional Office for Southeast Asia and the Pacific" in labels


def test_names_in_other_languages_by_their_head_word(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The representative of Colombia described the Fiscalía General de la Nación, the "
        "Deutsche Gesellschaft für Internationale Zusammenarbeit and the Banco Central do "
        "Brasil.",
    )
    assert first_typed(ex) == {
        ("Colombia", EntityType.STATE),
        ("Fiscalía General de la Nación", EntityType.ORGANIZATION),
        ("Deutsche Gesellschaft für Internationale Zusammenarbeit", EntityType.ORGANIZATION),
        ("Banco Central do Brasil", EntityType.ORGANIZATION),
    }


def test_a_state_or_a_date_does_not_run_into_a_name(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The delegate of Kenya referred to the Asset Recovery Agency, and the delegate of "
        "Zambia to the Forfeiture of Proceeds of Crime Act, submitted to the House of "
        "Representatives in May 2023.",
    )
    labels = {label for label, _ in first_typed(ex)}
    assert {"Forfeiture of Proceeds of Crime Act", "House of Representatives", "Zambia"} <= labels


def test_cases_named_in_lower_case_and_declarations_beside_a_special_session(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "She recalled the so-called hidden debts case, the Cashgate scandal and the political "
        "declaration adopted at the special session of the General Assembly against "
        "corruption.",
    )
    assert first_typed(ex) == {
        ("hidden debts case", EntityType.CASE),
        ("Cashgate scandal", EntityType.CASE),
        ("political declaration", EntityType.LEGAL_INSTRUMENT),
        ("special session of the General Assembly against corruption", EntityType.MEETING),
    }


def test_offices_named_after_a_post_and_acts_after_their_legislators(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "The representative of Australia referred to the Attorney-General's Department, the "
        "Prosecutor General's Office of Ukraine and Directive (EU) 2019/1937 of the European "
        "Parliament and of the Council.",
    )
    assert first_typed(ex) == {
        ("Australia", EntityType.STATE),
        ("Ukraine", EntityType.STATE),
        ("Attorney-General's Department", EntityType.ORGANIZATION),
        ("Prosecutor General's Office of Ukraine", EntityType.ORGANIZATION),
        (  # its legislators are part of its name, as readers write it, not bodies cited
            "Directive (EU) 2019/1937 of the European Parliament and of the Council",
            EntityType.LEGAL_INSTRUMENT,
        ),
    }


def test_agendas_and_visions_agreed_by_states_are_instruments(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She recalled the Teieniwa Vision, the 2030 Agenda for Sustainable Development and "
        "Egypt Vision 2030.",
    )
    assert first_typed(ex) >= {
        ("Teieniwa Vision", EntityType.LEGAL_INSTRUMENT),
        ("2030 Agenda for Sustainable Development", EntityType.LEGAL_INSTRUMENT),
    }


def test_a_name_with_its_acronym_before_a_lower_case_head_and_awards(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "She described the Monitoring of Recovered Assets through Transparency and "
        "Accountability (MANTRA) project of the Africa Network for Environment and Economic "
        "Justice, and the International Anti-Corruption Excellence Award.",
    )
    assert first_typed(ex) == {
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
    ex = read_one(
        vocabulary,
        "Reports could be submitted through the e-People portal and the eDisclosure system, "
        "under Law No. 12,846 of 2013, the ICC Rules on Combating Corruption and ISO 37001, "
        "as the Rule of Law Unit recalled.",
    )
    assert first_typed(ex) == {
        ("e-People portal", EntityType.MECHANISM),
        ("eDisclosure system", EntityType.MECHANISM),
        ("Law No. 12,846 of 2013", EntityType.LEGAL_INSTRUMENT),
        ("ICC Rules on Combating Corruption", EntityType.LEGAL_INSTRUMENT),
        ("ISO 37001", EntityType.MECHANISM),
        ("Rule of Law Unit", EntityType.ORGANIZATION),
    }


def test_a_listed_topic_inside_a_name_and_into_between_two_names(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Funds were transferred by the Nigeria Sovereign Investment Authority into the "
        "Presidential Infrastructure Development Fund, as the Judicial Commission of Inquiry "
        "into Allegations of State Capture and the Ministry of Foreign Affairs, International "
        "Trade and Worship noted, with the Global Programme against Money Laundering, Proceeds "
        "of Crime and the Financing of Terrorism.",
    )
    labels = {label for label, _ in first_typed(ex)}
    assert {
        "Nigeria Sovereign Investment Authority",
        "Presidential Infrastructure Development Fund",
        "Judicial Commission of Inquiry into Allegations of State Capture",
        "Ministry of Foreign Affairs, International Trade and Worship",
        "Global Programme against Money Laundering, Proceeds of Crime and the Financing of "
        "Terrorism",
    } <= labels


def test_police_forces_named_in_their_own_languages(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "He said the Guardia di Finanza, the Garda Síochána and the Policía Nacional had traced "
        "the assets.",
    )
    assert first_typed(ex) == {
        ("Guardia di Finanza", EntityType.ORGANIZATION),
        ("Garda Síochána", EntityType.ORGANIZATION),
        ("Policía Nacional", EntityType.ORGANIZATION),
    }


def test_a_meeting_the_title_describes_is_the_reports_own(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
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
    ex = read_paragraphs(
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
    ex = read_one(
        vocabulary,
        "The Unit had signed memorandums of understanding with the Directorate-General of "
        "Internal Taxes.",
    )
    assert ("Directorate-General of Internal Taxes", EntityType.ORGANIZATION) in first_typed(ex)
    keys = first_keys(ex)
    assert "entity/memorandum-of-understanding" in keys


def test_law_in_general_and_broad_agreement_are_no_instruments(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "There was broad agreement that foreign bribery laws and legislation on the transfer "
        "of proceedings were needed, and she described the draft law on the protection of "
        "whistle-blowers. The moderator noted broad agreement on the value of such laws.",
    )
    assert first_typed(ex) == {
        ("transfer of proceedings", EntityType.MECHANISM),
        ("draft law on the protection of whistle-blowers", EntityType.LEGAL_INSTRUMENT),
    }


def test_reports_named_as_publications_are_tools(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She presented the Global Report on Corruption in Sport and the Economic Development "
        "in Africa Report 2020, and recalled the Report of the Implementation Review Group.",
    )
    assert first_typed(ex) == {
        ("Global Report on Corruption in Sport", EntityType.MECHANISM),
        ("Economic Development in Africa Report 2020", EntityType.MECHANISM),
        ("Implementation Review Group", EntityType.ORGANIZATION),  # its report is not a tool
    }


def test_cases_named_by_the_loot_or_the_person_they_relate_to(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "He recalled the return of the Abacha assets and the Marcos Swiss deposits, the "
        "Government funds, the so-called biens mal acquis proceedings and the cases relating "
        "to Vladimiro Montesinos.",
    )
    assert first_typed(ex) == {
        ("Abacha case", EntityType.CASE),
        ("Marcos case", EntityType.CASE),
        ("biens mal acquis proceedings", EntityType.CASE),
        ("cases relating to Vladimiro Montesinos", EntityType.CASE),
    }


def test_parties_against_corruption_and_a_directorate_of_law(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She referred to the Southeast Asia Parties Against Corruption (SEA-PAC), the European "
        "Partners against Corruption and the Directorate of International Law of the Federal "
        "Department of Foreign Affairs. The Convention obliged States Parties to cooperate.",
    )
    assert first_typed(ex) >= {
        ("Southeast Asia Parties Against Corruption", EntityType.ORGANIZATION),
        ("European Partners against Corruption", EntityType.ORGANIZATION),
        ("Directorate of International Law", EntityType.ORGANIZATION),
        ("Federal Department of Foreign Affairs", EntityType.ORGANIZATION),
    }
    assert not any("States Parties" in label for label, _ in first_typed(ex))


def test_every_entity_is_named_spoken_for_cited_or_an_owner(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
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
    ex = read_one(
        vocabulary,
        "She described the Disclosure and Registration of Assets Proclamation No. 668/2010, "
        "the proposal for a directive on combating corruption, the whistle-blower protection "
        "bill and the guidelines for governmental experts and the secretariat in the conduct "
        "of country reviews.",
    )
    assert {label for label, kind in first_typed(ex) if kind is EntityType.LEGAL_INSTRUMENT} == {
        "Disclosure and Registration of Assets Proclamation No. 668/2010",
        "directive on combating corruption",
        "whistle-blower protection bill",
        "guidelines for governmental experts and the secretariat in the conduct of country reviews",
    }


def test_indicators_surveys_and_barometers_are_tools(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She cited the OECD Public Integrity Indicators, the Open Budget Survey and the Global "
        "Corruption Barometer.",
    )
    assert first_typed(ex) == {
        ("OECD Public Integrity Indicators", EntityType.MECHANISM),
        ("Open Budget Survey", EntityType.MECHANISM),
        ("Global Corruption Barometer", EntityType.MECHANISM),
    }


def test_names_opening_with_a_year_promulgations_and_guidance(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "He referred to the 2050 Strategy for the Blue Pacific Continent, the Prevention of "
        "Bribery Promulgation and the FATF Guidance on Beneficial Ownership of Legal Persons.",
    )
    assert first_typed(ex) == {
        ("2050 Strategy for the Blue Pacific Continent", EntityType.INITIATIVE),
        ("Prevention of Bribery Promulgation", EntityType.LEGAL_INSTRUMENT),
        ("FATF Guidance on Beneficial Ownership of Legal Persons", EntityType.MECHANISM),
    }


def test_an_acronym_inside_a_name_spells_its_part_of_the_names_acronym(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(vocabulary, "She chaired the Association of Pacific Island FIUs (APIFIU).")
    assert first_typed(ex) == {("Association of Pacific Island FIUs", EntityType.ORGANIZATION)}


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
    assert (name, EntityType.ORGANIZATION) in first_typed(read_one(vocabulary, text))


def test_a_sentence_case_name_in_another_language_ends_only_at_an_acronym_that_spells_it(
    vocabulary: Gazetteer,
) -> None:
    labels = {
        label
        for label, _ in first_typed(read_one(vocabulary, "It met the Agence nationale and others."))
    }
    assert "Agence nationale and others" not in labels


def test_a_translation_in_parentheses_is_another_name_but_not_the_label(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "A panellist from Mexico described the Tax Administration Service (Servicio de "
        "Administración Tributaria, SAT).",
        "She added that the Servicio de Administración Tributaria and the SAT shared data.",
    )
    first = first_keys(ex)
    second = {ex.entities[m.entity] for m in ex.paragraphs[1].mentions}
    assert {e.label for e in second} == {"Tax Administration Service"}
    assert {e.key for e in second} <= first


def test_a_translation_of_one_states_unit_is_no_name_of_the_kind(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
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
    ex = read_one(
        vocabulary,
        "She recalled the work of the High Level Panel on International Financial "
        "Accountability, Transparency and Integrity for Achieving the 2030 Agenda (FACTI "
        "Panel) and of the Scheme relating to Mutual Assistance within the Commonwealth "
        "(Harare Scheme).",
    )
    typed = first_typed(ex)
    assert ("2030 Agenda", EntityType.LEGAL_INSTRUMENT) in typed
    assert not any(label == "FACTI Panel" for label, _ in typed)
    assert ("Harare Scheme", EntityType.LEGAL_INSTRUMENT) in typed
    assert not any(label == "Harare Scheme" and t is EntityType.ORGANIZATION for label, t in typed)


def test_an_acronym_after_a_body_named_with_its_state_names_the_body(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Cases were referred to the National Anti-Corruption Bureau of Ukraine (NABU).",
        "Mr. Taras Levytskyi, Deputy Director of NABU, explained that the Bureau investigated "
        "high-level corruption.",
    )
    (statement,) = ex.paragraphs[1].statements
    assert statement.affiliation is not None
    assert statement.affiliation.label in ("Ukraine", "National Anti-Corruption Bureau of Ukraine")
    assert "NABU" in ex.entities["entity/national-anti-corruption-bureau-of-ukraine"].aliases


def test_what_speakers_did_is_no_modifier_of_a_lower_case_head(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Speakers from Nigeria and the Philippines described cases of misuse. The speaker from "
        "the Philippines recalled the 2016 Bangladesh Bank heist.",
    )
    typed = first_typed(ex)
    assert not any(t is EntityType.CASE and "described" in label for label, t in typed)
    assert ("Bangladesh Bank heist", EntityType.CASE) in typed
    affiliations = [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation]
    assert affiliations == ["Nigeria", "Philippines", "Philippines"]


def test_an_instrument_named_by_its_head_body_and_topic_is_one_name(vocabulary: Gazetteer) -> None:
    typed = first_typed(
        read_one(
            vocabulary,
            "She referred to the Recommendation of the OECD Council on Public Integrity.",
        )
    )
    assert typed == {
        ("Recommendation of the OECD Council on Public Integrity", EntityType.LEGAL_INSTRUMENT)
    }


def test_the_league_of_arab_states_is_a_body(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "In response, the representative of the League of Arab States indicated that "
        "proposals would be submitted.",
    )
    assert first_speakers(ex) == [("speaker", "League of Arab States")]


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
    ex = read_one(vocabulary, text)
    assert (body, EntityType.ORGANIZATION) in first_typed(ex)
    (statement,) = ex.paragraphs[0].statements
    assert statement.affiliation is not None and statement.affiliation.label == body


def test_an_instrument_of_a_body_names_both(vocabulary: Gazetteer) -> None:
    labels = {
        label
        for label, _ in first_typed(
            read_one(
                vocabulary,
                "Georgia had joined the Agreement on Government Procurement of the World Trade "
                "Organization in 2016.",
            )
        )
    }
    assert {"Agreement on Government Procurement", "World Trade Organization"} <= labels


def test_a_tool_of_a_named_body_leaves_the_body_named(vocabulary: Gazetteer) -> None:
    typed = first_typed(
        read_one(
            vocabulary,
            "The system was connected to the databases of the State Tax Service and to the "
            "Joint Money Laundering Intelligence Taskforce (JMLIT).",
        )
    )
    assert ("State Tax Service", EntityType.ORGANIZATION) in typed
    assert ("Joint Money Laundering Intelligence Taskforce", EntityType.ORGANIZATION) in typed
    assert not any(label.startswith("databases of") for label, _ in typed)


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
    assert (name, EntityType.ORGANIZATION) in first_typed(read_one(vocabulary, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Commission noted de facto obstacles to the return of assets.",
        "Direction provided by the Board was welcome.",
        "The Tribunal found that the Instance concerned had failed.",
    ],
)
def test_english_words_after_a_head_are_no_foreign_name(vocabulary: Gazetteer, text: str) -> None:
    labels = {label for label, _ in first_typed(read_one(vocabulary, text))}
    assert not any(" " in label and label.split()[1][:1].islower() for label in labels)


def test_a_body_named_with_two_coordinated_words_is_one_body(vocabulary: Gazetteer) -> None:
    typed = first_typed(
        read_one(
            vocabulary,
            "Early engagement with the Crime and Corruption Commission had been useful, as had "
            "informal and interinstitutional cooperation.",
        )
    )
    assert ("Crime and Corruption Commission", EntityType.ORGANIZATION) in typed
    assert ("informal cooperation", EntityType.MECHANISM) in typed
    assert not any(label.startswith("Commission on Crime") for label, _ in typed)


def test_sporting_events_named_by_place_and_year_are_meetings(vocabulary: Gazetteer) -> None:
    typed = first_typed(
        read_one(
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


def test_a_body_named_after_a_dated_vision_keeps_its_head(vocabulary: Gazetteer) -> None:
    typed = first_typed(
        read_one(
            vocabulary,
            "Funds had been returned through the UN Uzbekistan Vision 2030 Fund, as the Saudi "
            "Vision 2030 Programme Office had done, under the Integrity Act 2019 Regulations.",
        )
    )
    labels = {label for label, _ in typed}
    assert "UN Uzbekistan Vision 2030 Fund" in labels
    assert "Saudi Vision 2030 Programme Office" in labels
    assert "UN Uzbekistan Vision 2030" not in labels
    assert "Integrity Act 2019" in labels  # a law's year ends its name


def test_a_state_named_only_inside_a_body_does_not_choose_its_label(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The representative of Indonesia referred to the Audit Board of the Republic of Indonesia.",
    )
    assert first_speakers(ex) == [("speaker", "Indonesia")]


def test_a_case_after_in_the_is_its_own_name(vocabulary: Gazetteer) -> None:
    typed = first_typed(
        read_one(
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


def test_a_known_bodys_acronym_after_another_wording_of_its_name(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Lucía Ferrer, representative of the Ibero-American Network of International Legal "
        "Cooperation (IberRed), explained that IberRed had been established in 2004.",
    )
    keys = first_keys(ex)
    assert "entity/iberred" in keys
    assert not any("ibero-american" in k for k in keys)
    (statement,) = ex.paragraphs[0].statements
    assert statement.affiliation is not None
    assert (
        statement.affiliation.label == "Ibero-American Network of International Legal Cooperation"
    )


def test_a_known_body_is_labelled_by_the_fullest_form_the_report_uses(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "She cited the European Judicial Network and Eurojust.",
        "An expert from the secretariat of the European Judicial Network in criminal matters "
        "(EJN) presented the Judicial Atlas.",
    )
    labels = {e.label for e in ex.entities.values()}
    assert "European Judicial Network in criminal matters" in labels
    assert "European Judicial Network" not in labels


def test_a_body_is_labelled_by_the_name_introduced_with_its_acronym(
    vocabulary: Gazetteer,
) -> None:
    """Not by a longer former name said in passing. Fact: CoST, the Infrastructure
    Transparency Initiative, began in 2008 as the Construction Sector Transparency
    Initiative."""
    ex = read_paragraphs(
        vocabulary,
        "Mr. A, Executive Director of the Infrastructure Transparency Initiative (CoST), "
        "recalled that the initiative, launched in 2008 as the Construction Sector "
        "Transparency Initiative, was now active in some 20 countries.",
        "The panellist from CoST presented the Infrastructure Transparency Index.",
    )
    assert speakers_in(ex, 2) == [("panellist", "Infrastructure Transparency Initiative")]


def test_sessions_past_the_fortieth_and_named_after_the_body_that_held_them(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "She recalled that the Commission on the Status of Women, at its sixty-ninth session, "
        "had addressed the matter, as had the seventy-eighth session of the General Assembly.",
    )
    keys = first_keys(ex)
    assert keys >= {
        "entity/sixty-ninth-session-of-the-commission-on-the-status-of-women",
        "entity/seventy-eighth-session-of-the-general-assembly",
    }


def test_acts_listed_in_an_instruments_topic_stay_in_its_name(vocabulary: Gazetteer) -> None:
    labels = {
        label
        for label, _ in first_typed(
            read_one(
                vocabulary,
                "She presented the Protocol for the Prevention, Attention and Sanction of Sexual "
                "Harassment and the Inter-American Convention on the Prevention, Punishment and "
                "Eradication of Violence against Women, and recalled the United Nations "
                "Convention against Corruption, Kenya and Ghana.",
            )
        )
    }
    assert labels == {
        "Protocol for the Prevention, Attention and Sanction of Sexual Harassment",
        "Inter-American Convention on the Prevention, Punishment and Eradication of Violence "
        "against Women",
        "United Nations Convention against Corruption",
        "Kenya",
        "Ghana",
    }


def test_a_treaty_named_by_its_parties_is_one_instrument(vocabulary: Gazetteer) -> None:
    typed = first_typed(
        read_one(
            vocabulary,
            "She cited the Extradition Treaty between the United States of America and the "
            "Republic of Peru and the Treaty between Switzerland and the United States of "
            "America on Mutual Assistance in Criminal Matters, and noted cooperation between "
            "Kenya and Ghana.",
        )
    )
    instruments = {label for label, t in typed if t is EntityType.LEGAL_INSTRUMENT}
    assert instruments == {
        "Extradition Treaty between the United States of America and the Republic of Peru",
        "Treaty between Switzerland and the United States of America on Mutual Assistance in "
        "Criminal Matters",
    }
    assert ("Kenya", EntityType.STATE) in typed and ("Peru", EntityType.STATE) in typed


def test_a_law_of_a_year_and_a_numbered_law_after_and(vocabulary: Gazetteer) -> None:
    labels = {
        label
        for label, _ in first_typed(
            read_one(
                vocabulary,
                "The Ombudsman enjoyed autonomy under the 1987 Constitution and Republic Act No. "
                "6770, known as the Ombudsman Act of 1989.",
            )
        )
    }
    assert labels == {"1987 Constitution", "Republic Act No. 6770", "Ombudsman Act of 1989"}


def test_a_legislature_named_by_its_head_word_alone(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "She said that the bill was before Parliament.",
        "He cited the European Parliament. The Parliament had acted.",
    )
    assert first_typed(ex) == {("Parliament", EntityType.ORGANIZATION)}
    assert {ex.entities[m.entity].label for m in ex.paragraphs[1].mentions} == {
        "European Parliament"
    }


def test_a_meetings_topic_may_list_capitalized_words_with_commas(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She said that corruption would be a theme of the International Conference on "
        "Government, Crime, Victimization and Justice Statistics, to be held in Mexico.",
    )
    name = "International Conference on Government, Crime, Victimization and Justice Statistics"
    assert (name, EntityType.MEETING) in first_typed(ex)


@pytest.mark.parametrize(
    ("text", "name", "partners"),
    [
        (
            "She described the UNODC-INEGI Centre of Excellence in Statistical Information.",
            "UNODC-INEGI Centre of Excellence in Statistical Information",
            {"UNODC"},  # INEGI, Mexico's statistics institute, is not a known acronym
        ),
        (
            "She described the UNDP-UNODC Joint Programme on Governance.",
            "UNDP-UNODC Joint Programme on Governance",
            {"UNDP", "UNODC"},
        ),
    ],
)
def test_acronyms_joined_by_a_hyphen_open_one_name(
    vocabulary: Gazetteer, text: str, name: str, partners: set[str]
) -> None:
    """One name, which also names its known partners by their acronyms."""
    ex = read_one(vocabulary, text)
    assert {label for label, _ in first_typed(ex)} == {name, *partners}


@pytest.mark.parametrize(
    "name",
    [
        "Commonwealth Caribbean Association of Integrity Commissions and Anti-Corruption Bodies",
        "Forum of Financial Intelligence Units and Asset Recovery Offices",
    ],
)
def test_a_body_of_two_kinds_of_member_is_one_name(vocabulary: Gazetteer, name: str) -> None:
    ex = read_one(vocabulary, f"She noted that the {name} held an annual conference.")
    assert {label for label, _ in first_typed(ex)} == {name}


def test_two_bodies_joined_by_and_stay_two(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The Ministry of Justice and Companies House and the Office of the Prosecutor General "
        "met, as did the Commonwealth Secretariat.",
    )
    assert {label for label, _ in first_typed(ex)} == {
        "Ministry of Justice",
        "Companies House",
        "Office of the Prosecutor General",
        "Commonwealth Secretariat",
    }


def test_by_inside_a_name_and_policies_and_concepts_as_heads(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "He referred to the Eastern Caribbean Citizenship by Investment Regulatory Authority, "
        "the Dominica Citizenship by Investment Programme, the National Anti-Corruption Policy "
        "and the Anti-Corruption Policy Concept for 2022-2026.",
    )
    typed = first_typed(ex)
    assert {
        (
            "Eastern Caribbean Citizenship by Investment Regulatory Authority",
            EntityType.ORGANIZATION,
        ),
        ("Dominica Citizenship by Investment Programme", EntityType.INITIATIVE),
        ("National Anti-Corruption Policy", EntityType.INITIATIVE),
        ("Anti-Corruption Policy Concept for 2022-2026", EntityType.INITIATIVE),
    } <= typed


@pytest.mark.parametrize(
    ("title", "own"),
    [
        (
            "Report on the special event on the role of civil society, academia and the private "
            "sector in asset return, held on the margins of the eleventh session of the "
            "Conference",
            "special event on the role of civil society, academia and the private sector in "
            "asset return",
        ),
        (
            "Report on the regional workshop for small island developing States of the "
            "Caribbean on integrity in public office, held in Bridgetown",
            "regional workshop for small island developing States of the Caribbean on integrity "
            "in public office",
        ),
    ],
)
def test_the_title_describes_the_reports_own_meeting_in_full(
    vocabulary: Gazetteer, title: str, own: str
) -> None:
    ex = read_paragraphs(vocabulary, f"The {own} was held in 2025.", title=title)
    labels = [
        ex.entities[m.entity].label
        for m in ex.paragraphs[0].mentions
        if ex.entities[m.entity].type is EntityType.MEETING
    ]
    assert labels == [own]


def test_people_opening_a_sentence_are_not_part_of_their_bodys_name(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "Observers for the World Customs Organization and the World Bank attended. "
        "Representatives of the Maritime Anti-Corruption Network also attended.",
    )
    assert {label for label, _ in first_typed(ex)} == {
        "World Customs Organization",
        "World Bank",
        "Maritime Anti-Corruption Network",
    }


def test_headless_items_listed_before_the_head_of_them_all(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She cited the Small Business, Enterprise and Employment Act 2015 and the Betting, "
        "Lotteries and Gaming Act. Mr. A, Director of International Affairs, Office of the "
        "Attorney-General and Ministry of Justice of Ghana, spoke.",
    )
    labels = {label for label, _ in first_typed(ex)}
    assert {
        "Small Business, Enterprise and Employment Act 2015",
        "Betting, Lotteries and Gaming Act",
    } <= labels
    assert not any(label.startswith("International Affairs") for label in labels)


def test_a_company_is_named_with_its_legal_form_and_is_no_ones(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Dario Ferreira-Nkosi, Head of Business Integrity at Anglo American plc, stated "
        "that Rio Tinto plc and Glencore International AG had settled with Swiss prosecutors.",
    )
    assert first_speakers(ex) == [("official", "Anglo American plc")]
    labels = {label for label, _ in first_typed(ex)}
    assert {"Anglo American plc", "Rio Tinto plc", "Glencore International AG"} <= labels
    assert "United States of America" not in labels
    assert "Switzerland" in labels  # a State's adjective outside a company's name


def test_a_reference_name_is_labelled_as_the_report_writes_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. A, Director of Programmes at CoST - the Infrastructure Transparency Initiative, "
        "described red-flag indicators.",
    )
    labels = {label for label, _ in first_typed(ex)}
    assert {"CoST - the Infrastructure Transparency Initiative", "red-flag indicators"} <= labels


def test_a_body_of_a_community_named_by_the_communitys_acronym(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The meeting was organized by the Commission of the Economic Community of West "
        "African States (ECOWAS) and the Commission of the West African Economic and Monetary "
        "Union (WAEMU).",
        "The Commissioner for Internal Affairs of the ECOWAS Commission, Mr. Kwesi Mensah, "
        "underlined that ECOWAS had adopted a protocol.",
        "An expert from the Commission of WAEMU recalled that WAEMU had adopted "
        "Directive No. 01/2009/CM/UEMOA.",
    )

    def labels(n: int) -> set[str]:
        return {ex.entities[m.entity].label for m in ex.paragraphs[n].mentions}

    ecowas = "Commission of the Economic Community of West African States"
    waemu = "Commission of the West African Economic and Monetary Union"
    assert {ecowas, waemu} <= labels(0)  # not cut at "and" inside the acronym's words
    assert first_speakers(ex) == []
    assert [
        (s.role.value, s.affiliation.label if s.affiliation else None)
        for p in ex.paragraphs[1:]
        for s in p.statements
    ] == [("official", ecowas), ("panellist", waemu)]
    # the Community and its Commission, apart; the Community by its full name, which the
    # report writes inside the Commission's
    assert {"Economic Community of West African States", ecowas} <= labels(1)
    assert {"West African Economic and Monetary Union", waemu} <= labels(2)
    assert "Directive No. 01/2009/CM/UEMOA" in labels(2)


def test_a_longer_name_with_a_name_of_its_own_and_a_headless_body_its_acronym_spells(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "Mr. A, a member of the European Commission for Democracy through Law (Venice "
        "Commission), addressed parliamentary immunity. He cited Global Financial Integrity "
        "(GFI) and Sport Integrity Australia (SIA).",
    )
    typed = first_typed(ex)
    assert first_speakers(ex) == [("official", "European Commission for Democracy through Law")]
    assert ("Global Financial Integrity", EntityType.ORGANIZATION) in typed
    assert ("Sport Integrity Australia", EntityType.ORGANIZATION) in typed
    assert "European Commission" not in {label for label, _ in typed}


def test_a_second_post_after_and_is_not_part_of_the_body(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Hon. Ms. Abena Mensah, Member of the Parliament of Ghana and Chair of its Public "
        "Accounts Committee, described the hearings. H.E. Ms. Claudine Berset, Ambassador and "
        "Head of the Task Force on Asset Recovery, spoke.",
        "She said that the Parliament had adopted a code of conduct.",
    )
    labels = {label for label, _ in first_typed(ex)}
    assert {"Parliament of Ghana", "Public Accounts Committee"} <= labels
    assert "Task Force on Asset Recovery" in labels
    assert not any(label.endswith("and Chair") for label in labels)
    later = {ex.entities[m.entity].label for m in ex.paragraphs[1].mentions}
    assert "Parliament of Ghana" in later


def test_a_states_adjective_naming_a_sea_names_no_state(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The workshop was organized by the Indian Ocean Commission (IOC).",
        "In his closing remarks, Mr. Rakotondrazaka-Vély, speaking on behalf of the IOC, "
        "welcomed the recommendations.",
    )
    assert ("India", EntityType.STATE) not in first_typed(ex)
    assert speakers_in(ex, 2) == [("official", "Indian Ocean Commission")]


def test_french_names_in_sentence_case_and_companies_by_their_legal_forms(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Burundi's Office burundais des mines et carrières (OBM); the Democratic
    Republic of the Congo's Inspection générale des finances and Entreprise générale du
    cobalt; Airbus SE, Yara International ASA and Tesco Stores Limited settled bribery or
    fraud cases. Mwangeza Minerals SA is invented."""
    ex = read_one(
        vocabulary,
        "He cited the Office burundais des mines et carrières (OBM), the Inspection générale "
        "des finances and the Entreprise générale du cobalt, and the settlements of Airbus "
        "SE, Yara International ASA, Tesco Stores Limited and Mwangeza Minerals SA. The Board "
        "of Audit and Inspection conducted audits.",
    )
    organizations = {label for label, t in first_typed(ex) if t is EntityType.ORGANIZATION}
    assert organizations == {
        "Office burundais des mines et carrières",
        "Inspection générale des finances",
        "Entreprise générale du cobalt",
        "Airbus SE",
        "Yara International ASA",
        "Tesco Stores Limited",
        "Mwangeza Minerals SA",
        "Board of Audit and Inspection",
    }


def test_bodies_of_the_un_system_and_development_banks_are_known_by_acronym(
    vocabulary: Gazetteer,
) -> None:
    """Facts: FAO, the ILO, UNHCR, UNESCO and the development banks, by their acronyms."""
    ex = read_one(
        vocabulary,
        "Experts of FAO, the ILO, UNHCR, UNESCO, the AfDB and the EBRD attended the meeting.",
    )
    assert {label for label, kind in first_typed(ex) if kind is EntityType.ORGANIZATION} == {
        "FAO",
        "ILO",
        "UNHCR",
        "UNESCO",
        "AfDB",
        "EBRD",
    }
    assert {e.reference for e in ex.entities.values()} >= {
        "https://w3id.org/uncac-kg/entity/fao",
        "https://w3id.org/uncac-kg/entity/afdb",
    }


def test_a_body_is_labelled_by_its_full_name_written_inside_a_longer_one(
    vocabulary: Gazetteer,
) -> None:
    """Facts: SADC and its secretariat."""
    ex = read_paragraphs(
        vocabulary,
        "The meeting was organized with the Secretariat of the Southern African Development "
        "Community (SADC).",
        "All member States of SADC were parties to the Convention.",
    )
    assert [label for label, _ in first_typed(ex) if "SADC" in label or "Southern" in label]
    sadc = next(e for e in ex.entities.values() if e.reference and e.reference.endswith("/sadc"))
    assert sadc.label == "Southern African Development Community"


def test_a_known_body_followed_by_a_region_is_its_regional_body(vocabulary: Gazetteer) -> None:
    """Facts: Tax Justice Network Africa; the Association of Anti-Corruption Agencies in
    Commonwealth Africa; UNAFEI."""
    ex = read_paragraphs(
        vocabulary,
        "Observers from Transparency International Rwanda and Tax Justice Network Africa spoke.",
        "The World Bank Africa region was represented.",
        "The Association of Anti-Corruption Agencies in Commonwealth Africa met in Gaborone.",
        "The United Nations Asia and Far East Institute for the Prevention of Crime and the "
        "Treatment of Offenders trained investigators.",
    )
    labels = [[ex.entities[m.entity].label for m in p.mentions] for p in ex.paragraphs]
    assert "Tax Justice Network Africa" in labels[0]
    assert labels[1] == ["World Bank"]
    assert "Commonwealth Africa" not in " | ".join(labels[2]).replace(
        "Agencies in Commonwealth Africa", ""
    )
    assert labels[3][0].startswith("United Nations Asia and Far East Institute")


def test_joined_acronyms_opening_a_name_name_its_partners(vocabulary: Gazetteer) -> None:
    """Facts: the ADB/OECD Anti-Corruption Initiative for Asia and the Pacific; the
    UNODC-WCO Container Control Programme; the EU-ASEAN Business Council. The person is
    invented."""
    ex = read_paragraphs(
        vocabulary,
        "She referred to the ADB/OECD Anti-Corruption Initiative for Asia and the Pacific and "
        "to the UNODC-WCO Container Control Programme.",
        "Ms. Lim, Director of the EU-ASEAN Business Council, described the integrity pledge.",
    )
    first = {ex.entities[m.entity].label for m in ex.paragraphs[0].mentions}
    assert {
        "ADB/OECD Anti-Corruption Initiative for Asia and the Pacific",
        "ADB",
        "OECD",
        "UNODC",
        "WCO",
    } <= first
    (statement,) = ex.paragraphs[1].statements
    assert statement.affiliation is not None
    assert statement.affiliation.label == "EU-ASEAN Business Council"


def test_a_ranked_post_before_a_body_is_no_body(vocabulary: Gazetteer) -> None:
    """Facts: Norway's Økokrim; Vanuatu's Public Prosecutor, an office. People are
    invented."""
    ex = read_paragraphs(
        vocabulary,
        "Mr. Knut Berg, Senior Public Prosecutor at Økokrim, stated that Norway had seconded "
        "prosecutors.",
        "The Ombudsman referred the case to the Public Prosecutor.",
    )
    labels = [{ex.entities[m.entity].label for m in p.mentions} for p in ex.paragraphs]
    assert "Senior Public Prosecutor" not in labels[0]
    assert "Public Prosecutor" in labels[1]


def test_a_programmes_listed_topic_runs_to_its_acronym(vocabulary: Gazetteer) -> None:
    """Facts: the WHO/UNICEF Joint Monitoring Programme for Water Supply, Sanitation and
    Hygiene (JMP); UN-Water's Integrated Monitoring Initiative for SDG 6."""
    labels = {
        label
        for label, _ in first_typed(
            read_one(
                vocabulary,
                "According to the WHO/UNICEF Joint Monitoring Programme for Water Supply, "
                "Sanitation and Hygiene (JMP), 2.2 billion people lacked safe water, as the "
                "Integrated Monitoring Initiative for SDG 6 had shown.",
            )
        )
    }
    assert any(
        label.endswith("Joint Monitoring Programme for Water Supply, Sanitation and Hygiene")
        for label in labels
    )
    assert "Integrated Monitoring Initiative for SDG 6" in labels


def test_a_hyphenated_head_after_a_persons_name_heads_a_name(vocabulary: Gazetteer) -> None:
    """Facts: the European Commission's Directorate-General for Justice and Consumers. The
    person is invented."""
    ex = read_one(
        vocabulary,
        "The guide was drafted with Ms. Ilka Moravec-Ndiaye of the Directorate-General for "
        "Justice and Consumers.",
    )
    assert ("Directorate-General for Justice and Consumers", EntityType.ORGANIZATION) in (
        first_typed(ex)
    )


def test_a_regional_integration_system_is_a_body(vocabulary: Gazetteer) -> None:
    """Facts: the Central American Integration System (SICA), an intergovernmental
    organization, whose name ends with "System", the head of many tools' names."""
    ex = read_one(
        vocabulary,
        "The Central American Integration System (SICA) adopted the Central American "
        "Security Strategy.",
    )
    assert ("Central American Integration System", EntityType.ORGANIZATION) in first_typed(ex)


def test_registers_systems_and_programmes_by_their_own_names(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The representative of Colombia described the Registro Único Nacional de Tránsito, "
        "the Sistema de Gestión de Movimiento Comercial and the Programa Nacional de "
        "Integridad.",
    )
    assert first_typed(ex) >= {
        ("Registro Único Nacional de Tránsito", EntityType.MECHANISM),
        ("Sistema de Gestión de Movimiento Comercial", EntityType.MECHANISM),
        ("Programa Nacional de Integridad", EntityType.INITIATIVE),
    }
