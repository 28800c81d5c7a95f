"""Who speaks in a report, in what role and for whom, read with the project's vocabularies."""

from __future__ import annotations

from pathlib import Path

import pytest
from paragraphs import (
    cited_labels,
    first_speakers,
    first_typed,
    read_one,
    read_paragraphs,
    speakers_in,
)

from uncac_kg.document import parse_text, read_document
from uncac_kg.extract import EntityType, Role, extract_document
from uncac_kg.extract.gazetteer import Gazetteer


def test_a_title_in_several_parts_still_introduces_the_speaker(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Rui Costa, Federal Prosecutor, Federal Public Prosecutor's Office, Brazil, "
        "described leniency agreements.",
    )
    assert first_speakers(ex) == [("official", "Brazil")]


def test_a_speaker_from_the_floor_represents_no_one(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "A speaker from the floor asked about joint investigation teams.")
    assert first_speakers(ex) == [("speaker", None)]


def test_a_hyphenated_role_with_a_named_person(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The co-facilitator, Ms. Ana Ruiz (Spain), summarized the discussion on extradition.",
    )
    assert first_speakers(ex) == [("co-facilitator", "Spain")]


def test_an_observer_for_a_known_body_named_after_a_place(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "The observer for the Sovereign Military Order of Malta spoke.")
    (st,) = ex.paragraphs[0].statements
    assert st.affiliation is not None
    assert st.affiliation.label == "Sovereign Military Order of Malta"
    assert "Malta" not in {label for label, _ in first_typed(ex)}


def test_openings_co_facilitators_and_experts(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
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
    assert first_speakers(read_one(vocabulary, text)) == expected


def test_an_ordinal_picks_a_new_panellist_and_belongs_to_the_words(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The second panellist, from Ukraine, described the register. The next panellist, "
        "from Kenya, presented the Ethics and Anti-Corruption Commission (EACC).",
    )
    statements = ex.paragraphs[0].statements
    assert [s.speaker for s in statements] == [
        "The second panellist, from Ukraine",
        "The next panellist, from Kenya",
    ]
    assert first_speakers(ex) == [("panellist", "Ukraine"), ("panellist", "Kenya")]


def test_an_organization_after_its_unit_is_whom_the_speaker_speaks_for(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "In her opening remarks, the Director of the Division for Treaty Affairs, UNODC, "
        "recalled resolution 9/2.",
    )
    assert first_speakers(ex) == [("official", "UNODC")]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Ms. A, a member of the Advisory Board of the Global Judicial Integrity Network, "
            "recalled the Bangalore Principles of Judicial Conduct.",
            "Global Judicial Integrity Network",
        ),
        (
            "An expert from the Judicial Integrity Team of UNODC presented the guidelines.",
            "UNODC",
        ),
        (
            "Ms. B, Policy Officer in the Directorate-General for Justice and Consumers of the "
            "European Commission, recalled Directive (EU) 2019/1937.",
            "European Commission",
        ),
        (
            "Mr. C, Head of the Cryptocurrency Team of the European Cybercrime Centre (EC3) of "
            "Europol, explained that EC3 analysed blockchain transactions.",
            "European Cybercrime Centre",
        ),
        (
            "Ms. D, a member of the African Union Advisory Board on Corruption, recalled the "
            "African Union Convention on Preventing and Combating Corruption.",
            "African Union Advisory Board on Corruption",
        ),
    ],
)
def test_a_board_or_team_of_a_body_speaks_for_the_body(
    vocabulary: Gazetteer, sentence: str, body: str
) -> None:
    ex = read_one(vocabulary, sentence)
    assert [aff for _, aff in first_speakers(ex)] == [body]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Ms. M, Executive Director of Transparency Maldives, welcomed the adoption of the "
            "Whistleblower Protection Act.",
            "Transparency Maldives",
        ),
        (
            "Ms. S, Country Director of Accountability Lab Nepal, recalled article 13 of the "
            "Convention.",
            "Accountability Lab Nepal",
        ),
        ("Mr. T, of the Government of Nepal, recalled article 13 of the Convention.", "Nepal"),
        (
            "The observer for the Associação Cívica Transparência e Integridade (TI Portugal) "
            "noted that Law No. 93/2021 had transposed the Directive.",
            "Associação Cívica Transparência e Integridade",
        ),
        (
            "Ms. A, of the Mozambican Centro de Integridade Pública (CIP), spoke first. The "
            "observer for the Centro de Integridade Pública then recalled the Jakarta Statement.",
            "Centro de Integridade Pública",
        ),
    ],
)
def test_a_civil_society_body_named_with_its_country_speaks_for_itself(
    vocabulary: Gazetteer, sentence: str, body: str
) -> None:
    ex = read_one(vocabulary, sentence)
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation][-1] == body


def test_a_named_person_who_speaks_in_a_relative_clause(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A video message was delivered by Ms. Amina Diallo, Executive Director of UNODC, "
        "who welcomed the Riyadh Initiative. Present too was Mr. Paul Okoro, who was "
        "appointed Rapporteur of the Bureau.",
    )
    assert first_speakers(ex) == [("official", "UNODC")]
    cited = cited_labels(ex, ex.paragraphs[0].statements[0])
    assert cited == ["Riyadh Initiative"]


def test_what_a_leading_phrase_names_is_the_speakers(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The representative of Peru described leniency agreements. Referring to the Financial "
        "Action Task Force, one delegate said that beneficial ownership registers should be "
        "verified. She noted that the Egmont Group had met, and the panellist from Chile "
        "presented the SIDNA databank.",
    )
    cited = [cited_labels(ex, s) for s in ex.paragraphs[0].statements]
    assert cited == [
        ["leniency agreements"],
        ["Financial Action Task Force", "beneficial ownership registers", "Egmont Group"],
        ["SIDNA databank"],
    ]


def test_a_title_part_may_carry_its_acronym(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Grace Mbeki, Commissioner, Ethics and Anti-Corruption Commission (EACC), Kenya, "
        "said that the Bribery Act 2016 applied to the private sector.",
    )
    assert first_speakers(ex) == [("official", "Kenya")]


def test_a_named_moderator_chairs_for_their_own_institute(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The moderator, Ms. Laila Haddad, Senior Legal Adviser at the Basel Institute on "
        "Governance, opened the session by noting that plea agreements were common.",
    )
    assert first_speakers(ex) == [("chair", "Basel Institute on Governance")]


def test_a_meeting_opened_on_a_date_by_an_official(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The meeting was opened on 18 November 2024 by Ms. Chiara Lombardi, Director of the "
        "Division for Treaty Affairs of UNODC. In her opening remarks, she recalled that "
        "article 51 of the Convention established the return of assets as a principle.",
    )
    assert first_speakers(ex) == [("official", "UNODC")]


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
    assert first_speakers(read_one(vocabulary, text)) == []


def test_a_paragraph_that_opens_with_the_last_speaker_is_theirs(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
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
    cited = cited_labels(ex, ex.paragraphs[1].statements[0])
    assert cited == ["Anti-Money Laundering Council"]
    assert said[2] == []  # someone else's role: not the panellist
    assert said[4] == []  # after several speakers, "she" is no one of them


def test_the_parties_listed_as_having_made_statements_each_speak(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Statements were made by the representatives of the following States parties: Brazil, "
        "China and the Russian Federation. Statements were also made by the observers for the "
        "following intergovernmental organizations: the European Union and the Council of "
        "Europe. The representatives of the following States attended: Chile and Peru. The "
        "representatives of the following States made statements: Egypt and Kenya.",
    )
    assert first_speakers(ex) == [
        ("speaker", "Brazil"),
        ("speaker", "China"),
        ("speaker", "Russian Federation"),
        ("speaker", "European Union"),
        ("speaker", "Council of Europe"),
        ("speaker", "Egypt"),
        ("speaker", "Kenya"),
    ]


def test_the_format_of_a_meeting_and_those_present_say_nothing(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Each segment was guided by a moderator and comprised presentations by panellists "
        "followed by an interactive discussion. The event was attended by representatives of "
        "112 States parties, as well as by youth representatives selected through the GRACE "
        "initiative.",
    )
    assert first_speakers(ex) == []


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
    assert first_speakers(read_one(vocabulary, text)) == expected


def test_justice_inside_a_name_and_a_role_after_speaking_as(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "An expert from the European Union Agency for Criminal Justice Cooperation (Eurojust), "
        "also speaking as a panellist, explained that joint investigation teams, supported by "
        "the European Union Agency for Criminal Justice Cooperation (Eurojust), had helped.",
    )
    assert first_speakers(ex) == [
        ("panellist", "European Union Agency for Criminal Justice Cooperation")
    ]


def test_a_chairs_title_after_her_state_is_not_cited(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The event was opened and chaired by H.E. Ms. Valeria Quesada (Costa Rica), "
        "Vice-President of the Conference, on behalf of the President.",
    )
    (chair,) = ex.paragraphs[0].statements
    assert chair.speaker == "H.E. Ms. Valeria Quesada (Costa Rica)"
    assert chair.affiliation is not None and chair.affiliation.label == "Costa Rica"
    assert chair.citations == ()


def test_a_title_part_goes_on_after_its_acronym(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Valeria Quesada (Costa Rica), Prosecutor at the Office of the Deputy Prosecutor "
        "for Probity, Transparency and Anti-Corruption (FAPTA) of the Public Prosecution "
        "Service, speaking as a panellist, explained the sworn declarations of assets.",
    )
    assert first_speakers(ex) == [("panellist", "Costa Rica")]


def test_a_title_holding_a_parenthesis_with_a_comma_keeps_the_named_speaker(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Itzel Cárdenas (Mexico), Director General at the Financial Intelligence Unit "
        "(Unidad de Inteligencia Financiera, UIF) of the Ministry of Finance and Public Credit, "
        "described the list of blocked persons.",
    )
    (statement,) = ex.paragraphs[0].statements
    assert statement.speaker.startswith("Ms. Itzel Cárdenas (Mexico), Director General")
    assert statement.affiliation is not None and statement.affiliation.label == "Mexico"


def test_asides_private_bodies_named_after_a_state_and_companies(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
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


def test_a_centre_of_an_institute_speaks_for_itself(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Ingrid Halvorsen, Senior Adviser at the U4 Anti-Corruption Resource Centre of the "
        "Chr. Michelsen Institute, introduced the topic.",
    )
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation] == [
        "U4 Anti-Corruption Resource Centre"
    ]


def test_states_speaking_together_each_cite_their_own_bodies(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Speakers from Kenya and Sri Lanka described the Business Registration Service of Kenya "
        "and the Department of the Registrar of Companies of Sri Lanka, and the beneficial "
        "ownership registers.",
    )
    cited = {
        s.affiliation.label: sorted(cited_labels(ex, s))
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
    ex = read_one(
        vocabulary,
        "The second panel was moderated by Mr. Olivier Kalonji, Regional Coordinator for Africa "
        "of the Global Programme against Money Laundering, Proceeds of Crime and the Financing "
        "of Terrorism of UNODC. In his introductory remarks, the moderator noted that article "
        "58 of the Convention applied.",
    )
    (moderator,) = ex.paragraphs[0].statements
    assert moderator.affiliation is not None and moderator.affiliation.label == "UNODC"
    assert "UNODC" not in set(cited_labels(ex, moderator))


def test_a_committee_of_a_body_introduced_with_its_acronym_speaks_for_the_body(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Jean Kouassi, Vice-Chair of the Commission on Corporate Responsibility and "
        "Anti-corruption of the International Chamber of Commerce (ICC), stressed that most "
        "wrongdoing was first reported internally.",
    )
    assert [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation] == [
        "International Chamber of Commerce"
    ]


def test_two_asides_a_chapter_and_an_office_in_a_state(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
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


def test_those_who_adopted_a_text_and_a_law_named_after_a_body(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The Chair recalled that the Teieniwa Vision, adopted by leaders and representatives of "
        "Pacific Island States at a conference held in Tarawa, expressed a shared commitment, "
        "and that the Constitutional Amendment (Independent Commission Against Corruption) "
        "Law 2014 had created a commission working with the Royal Papua New Guinea "
        "Constabulary.",
    )
    assert [s.speaker for s in ex.paragraphs[0].statements] == ["The Chair"]
    assert first_typed(ex) >= {
        (
            "Constitutional Amendment (Independent Commission Against Corruption) Law 2014",
            EntityType.LEGAL_INSTRUMENT,
        ),
        ("Royal Papua New Guinea Constabulary", EntityType.ORGANIZATION),
    }


def test_people_whose_names_open_with_an_accented_capital_are_speakers(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
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
    ex = read_one(vocabulary, text)
    assert [
        (s.role, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[0].statements
    ] == said


def test_heads_of_state_are_spoken_of_not_speakers(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "Heads of State and Government adopted the political declaration.")
    assert ex.paragraphs[0].statements == ()


def test_another_after_one_speaker_is_a_second_speaker(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "One speaker cautioned that digitization did not prevent collusion, and another "
        "stressed the use of beneficial ownership registers.",
    )
    said = [(s.speaker, [c.text for c in s.citations]) for s in ex.paragraphs[0].statements]
    assert said == [("One speaker", []), ("another", ["beneficial ownership registers"])]


def test_another_that_is_no_speaker_is_left_alone(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "Some speakers noted progress, and another State had ratified it.")
    assert [s.speaker for s in ex.paragraphs[0].statements] == ["Some speakers"]


def test_the_vice_chair_of_a_meeting_described_in_words_chairs(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Rafael Reyes (Philippines), Vice-Chair of the expert group meeting, moderated the "
        "third panel. He noted that the data exceeded the capacity of oversight bodies.",
    )
    assert [
        (s.role, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[0].statements
    ] == [(Role.CHAIR, "Philippines")]


def test_a_representative_presenting_in_a_discussion_from_the_floor_is_a_delegate(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "In the ensuing discussion, several speakers underlined the independence of "
        "anti-corruption bodies. The representative of Qatar presented the work of the "
        "Administrative Control and Transparency Authority.",
    )
    assert first_speakers(ex) == [("speaker", None), ("speaker", "Qatar")]


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
    ex = read_one(
        vocabulary,
        "Participants identified the following conclusions and recommendations for "
        "consideration by Arab States, UNODC and UNDP.",
    )
    assert ex.paragraphs[0].statements == ()


def test_a_head_in_lower_case_is_no_title(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She stressed that the recognition of social damage as a separate head of damage "
        "allowed courts to award compensation.",
    )
    assert all(s.role is not Role.OFFICIAL for s in ex.paragraphs[0].statements)


@pytest.mark.parametrize(
    "text",
    [
        "He explained that the Unit, a member of the Egmont Group of Financial Intelligence "
        "Units, had used goAML since 2019.",
        "He explained that the Federal Bureau of Anti-Corruption (BAK), a member of the European "
        "Partners against Corruption (EPAC), had trained thousands of public officials.",
        "He explained that BAK, a member of the European Partners against Corruption, had "
        "trained thousands of public officials.",
        "It was noted that the good practices presented by panellists would be reflected in "
        "the forthcoming guide.",
        "She noted that, in the context of article 9, reviewing experts had often found that "
        "laws did not require the publication of unsolicited proposals.",
        "Such procurement was exposed to corruption because few officials were able to assess "
        "the claims made by vendors.",
        "The proceedings had led to the conviction of a senior official of Equatorial Guinea "
        "for the laundering of embezzled public funds.",
    ],
)
def test_people_described_or_spoken_of_are_no_new_speakers(
    vocabulary: Gazetteer, text: str
) -> None:
    assert read_one(vocabulary, text).paragraphs[0].statements == ()


def test_a_speaker_after_a_body_named_with_its_acronym_speaks(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Speaking on behalf of the Inter-Agency Coordination Group against Trafficking in "
        "Persons (ICAT), an expert from Norway explained that ICAT, established pursuant to "
        "General Assembly resolution 61/180, brought together 30 entities.",
    )
    assert len(first_speakers(ex)) == 1


def test_a_speaker_after_an_opening_phrase_still_speaks(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary, "In the ensuing discussion, a representative of Kenya said it was new."
    )
    assert first_speakers(ex) == [("speaker", "Kenya")]


def test_a_chair_elected_by_name_speaks_for_their_state(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The Working Group elected by acclamation Ms. Zuzana Hlaváčková (Czechia) as Chair. On "
        "assuming the chair, Ms. Hlaváčková thanked members for their confidence.",
    )
    assert first_speakers(ex) == [("chair", "Czechia")]


def test_a_board_member_spoken_of_is_no_speaker(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The prosecutions, concerning payments made by sponsors to a former executive board "
        "member of the organizing committee, had been brought by the prosecutors.",
    )
    assert ex.paragraphs[0].statements == ()


def test_the_secretariat_of_a_body_is_a_unit_of_it(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The International Organization of Supreme Audit Institutions (INTOSAI) was thanked.",
        "Ms. Leticia Ibáñez, speaking on behalf of the General Secretariat of INTOSAI, recalled "
        "the Lima Declaration.",
    )
    (statement,) = ex.paragraphs[1].statements
    assert statement.affiliation is not None
    assert statement.affiliation.label == "International Organization of Supreme Audit Institutions"


def test_the_president_of_another_body_is_its_official(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
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


def test_an_official_named_again_with_an_adverb_speaks_in_the_same_role(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
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
    ex = read_one(vocabulary, "The list of governmental experts was being updated.")
    assert ex.paragraphs[0].statements == ()


def test_the_body_a_speaker_informs_is_not_cited(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The representative of Colombia informed the Implementation Review Group that Colombia "
        "had published the country review report on the Transparency Portal.",
    )
    (statement,) = ex.paragraphs[0].statements
    cited = set(cited_labels(ex, statement))
    assert "Implementation Review Group" not in cited


def test_a_committee_of_a_body_speaks_for_the_body(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Matías Olivera, Chair of the Coordination Committee of the UNCAC Coalition, "
        "underlined that journalists had exposed many cases.",
    )
    assert first_speakers(ex) == [("official", "UNCAC Coalition")]


def test_a_member_of_a_forum_speaks_for_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
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
    ex = read_one(
        vocabulary,
        "Ms. Annika Solberg, Chair of the Financial Crime Compliance Working Group of the "
        "Wolfsberg Group, explained that banks consulted registers.",
    )
    assert [s.role for s in ex.paragraphs[0].statements] != [Role.CHAIR]


def test_a_description_of_the_speakers_body_is_an_aside(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Annika Solberg, Chair of the Financial Crime Compliance Working Group of the "
        "Wolfsberg Group, an association of 12 global banks, explained that banks consulted "
        "registers.",
    )
    (statement,) = ex.paragraphs[0].statements
    assert statement.speaker.startswith("Ms. Annika Solberg")
    assert statement.affiliation is not None and statement.affiliation.label == "Wolfsberg Group"


def test_the_chair_does_not_cite_the_body_whose_meeting_it_is(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The meeting was opened by its Chair, Mr. Tarek Mansour (Egypt). The Chair recalled "
        "that the Conference, in its resolution 1/4, had established the Working Group.",
        "A panellist from Peru said that the Working Group had discussed asset returns.",
        title="Report on the meeting of the Open-ended Intergovernmental Working Group on Asset "
        "Recovery held in Vienna from 4 to 6 June 2024",
    )
    group = "Open-ended Intergovernmental Working Group on Asset Recovery"
    chair, panellist = (p.statements[0] for p in ex.paragraphs)
    assert chair.role is Role.CHAIR
    assert group in {ex.entities[m.entity].label for m in ex.paragraphs[0].mentions}
    assert group not in set(cited_labels(ex, chair))
    assert "resolution 1/4" in set(cited_labels(ex, chair))
    assert group in set(cited_labels(ex, panellist))


def test_a_named_person_who_moderated_a_panel_chairs_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Lin Xiaowen, Deputy Secretary-General of the International Association of "
        "Anti-Corruption Authorities (IAACA), moderated the third panel. She recalled article "
        "36 of the Convention.",
    )
    assert first_speakers(ex) == [
        ("chair", "International Association of Anti-Corruption Authorities")
    ]


def test_the_author_of_a_video_message_that_was_played_speaks(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A video message from the Executive Director of the United Nations Entity for Gender "
        "Equality and the Empowerment of Women (UN-Women) was played at the opening. In it, "
        "she recalled the Beijing Declaration.",
    )
    (statement,) = ex.paragraphs[0].statements
    assert statement.role is Role.OFFICIAL
    assert statement.affiliation is not None
    assert statement.affiliation.label.startswith("United Nations Entity for Gender Equality")
    assert cited_labels(ex, statement) == ["Beijing Declaration"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("An expert from Protect, a whistle-blowing charity, presented research.", "Protect"),
        (
            "Mr. Karim Haddad, a youth representative from Transparency Maroc, explained it.",
            "Transparency Maroc",
        ),
        ("Ms. Ana Ruiz, of Tournons La Page, said that it mattered.", "Tournons La Page"),
    ],
)
def test_a_body_without_a_head_word_where_a_speaker_comes_from(
    vocabulary: Gazetteer, text: str, body: str
) -> None:
    ex = read_one(vocabulary, text)
    (statement,) = ex.paragraphs[0].statements
    assert statement.affiliation is not None and statement.affiliation.label == body
    assert (body, EntityType.ORGANIZATION) in first_typed(ex)


def test_a_region_where_a_speaker_comes_from_is_no_body(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "A representative of Latin America said that it mattered.")
    assert first_speakers(ex) == [("speaker", None)]
    assert first_typed(ex) == set()


def test_an_office_named_after_the_united_nations_is_a_body_of_its_own(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "She thanked the United Nations for its support.",
        "The fifth panel was moderated by Ms. Amani Chebet, Youth Engagement Officer at the "
        "United Nations Youth Office. She recalled that it mattered.",
    )
    (statement,) = ex.paragraphs[1].statements
    assert statement.affiliation is not None
    assert statement.affiliation.label == "United Nations Youth Office"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # "speaking again on behalf of"
            "Ms. Retno Prasetyo, Deputy Chair of the Corruption Eradication Commission (KPK) of "
            "Indonesia, presented the law. Ms. Retno Prasetyo, speaking again on behalf of the "
            "KPK, presented the report.",
            [("official", "Indonesia"), ("official", "Indonesia")],
        ),
        (  # a name, then "of the" body without a comma
            "Mr. Ramon Aguirre of the Philippine Office of the Ombudsman stated that it was old.",
            [("official", "Philippines")],
        ),
        (  # a unit with an acronym of its own, of a bank
            "Mr. Marcus Fairbanks, Director of the Office of Anticorruption and Integrity (OAI) "
            "of the Asian Development Bank (ADB), presented the sanctions.",
            [("official", "Asian Development Bank")],
        ),
        (  # a centre with its acronym, of an institute, speaks for itself
            "Ms. Gemma Aiolfi, Head of the International Centre for Collective Action (ICCA) of "
            "the Basel Institute on Governance, presented integrity pacts.",
            [("official", "International Centre for Collective Action")],
        ),
        (  # a university bearing a State's name is not the State's
            "Professor Lim Hui Shan, of the Faculty of Law of the National University of "
            "Singapore, presented the findings.",
            [("official", "National University of Singapore")],
        ),
        (
            "Ms. Ada Obi, of the School of Law of the University of Nairobi, presented it.",
            [("official", "University of Nairobi")],
        ),
    ],
)
def test_whom_speakers_named_with_their_bodies_speak_for(
    vocabulary: Gazetteer, text: str, said: list[tuple[str, str]]
) -> None:
    assert first_speakers(read_one(vocabulary, text)) == said


def test_others_after_some_speakers_are_more_speakers(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Some speakers cautioned that the use of escrow accounts should remain the exception, "
        "while others considered that trust funds had helped.",
    )
    (some, others) = ex.paragraphs[0].statements
    assert (some.speaker, others.speaker) == ("Some speakers", "others")
    assert cited_labels(ex, others) == ["trust funds"]


def test_a_speaker_from_one_body_speaking_on_behalf_of_another_speaks_for_hers(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Adaora Nakamura, Senior Financial Sector Specialist at the World Bank, speaking on "
        "behalf of the StAR Initiative, said that the Initiative had supported 60 countries.",
    )
    assert first_speakers(ex) == [("official", "World Bank")]


def test_a_clause_on_the_speakers_office_before_the_verb(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Han Do-yoon (Republic of Korea), Prosecutor at the Supreme Prosecutors' Office, "
        "which hosted the secretariat of the Asset Recovery Interagency Network for Asia and "
        "the Pacific (ARIN-AP), said that the network had grown.",
    )
    (statement,) = ex.paragraphs[0].statements
    assert statement.affiliation is not None
    assert statement.affiliation.label == "Republic of Korea"
    assert cited_labels(ex, statement) == [
        "Asset Recovery Interagency Network for Asia and the Pacific"
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ms. Clémence Aubertin, Head of Litigation at Sherpa, a French association "
            "dedicated to the protection of victims, presented the cases.",
            "Sherpa",
        ),
        (
            "Ms. Eleanor Abara, Legal Director at Spotlight on Corruption, a non-governmental "
            "organization based in the United Kingdom, described the role of enablers.",
            "Spotlight on Corruption",
        ),
        (
            "Ms. Lucía Carrasco, Executive Editor of CONNECTAS, a Latin American platform for "
            "investigative journalism, described the investigation.",
            "CONNECTAS",
        ),
    ],
)
def test_a_headless_body_in_a_title_before_a_description_of_it(
    vocabulary: Gazetteer, text: str, body: str
) -> None:
    (statement,) = read_one(vocabulary, text).paragraphs[0].statements
    assert statement.affiliation is not None and statement.affiliation.label == body


@pytest.mark.parametrize(
    "text",
    [
        "He noted that a public council including representatives of civil society had been "
        "established to monitor the fund.",
        "A register of the representatives of companies has been created.",
    ],
)
def test_people_included_in_a_body_or_acted_upon_do_not_speak(
    vocabulary: Gazetteer, text: str
) -> None:
    assert [s.speaker for s in read_one(vocabulary, text).paragraphs[0].statements] in (
        [],
        ["He"],
    )


def test_for_introduces_whom_a_speaker_speaks_for_only_before_a_name(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "She noted the wide support expressed by participants for access to beneficial "
        "ownership registers. The observer for the UNCAC Coalition said that it mattered.",
    )
    assert all(
        s.affiliation is None or s.affiliation.label == "UNCAC Coalition"
        for s in ex.paragraphs[0].statements
    )
    assert ("speaker", "UNCAC Coalition") in first_speakers(ex)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ms. Valeria Quispe, Coordinator of the Anti-Corruption Programme at Proética, the "
            "Peruvian chapter of Transparency International, recalled the case.",
            "Proética",
        ),
        (
            "Mr. Andrés Villacís, Executive Director of the Fundación Ciudadanía y Desarrollo "
            "(FCD), the Ecuadorian chapter of Transparency International, asked how.",
            "Fundación Ciudadanía y Desarrollo",
        ),
    ],
)
def test_a_national_chapter_in_a_title_is_whom_its_staff_speak_for(
    vocabulary: Gazetteer, text: str, body: str
) -> None:
    (statement,) = read_one(vocabulary, text).paragraphs[0].statements
    assert statement.affiliation is not None and statement.affiliation.label == body


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "A panellist from Nigeria, Mr. Chukwuemeka Obiora, Director of Legal and "
            "Prosecution at the Economic and Financial Crimes Commission (EFCC), described the "
            "experience of his country.",
            [("panellist", "Nigeria")],
        ),
        (
            "The representative of Kenya, Mr. John Kamau, Director of the Assets Recovery "
            "Agency, said that it mattered.",
            [("speaker", "Kenya")],
        ),
        (  # no State before the name: the title says whom the moderator speaks for
            "The moderator of the panel, Ms. Keiko Tanabe, Crime Prevention and Criminal "
            "Justice Officer in the Corruption and Economic Crime Branch of UNODC, recalled "
            "resolution 10/6.",
            [("official", "UNODC")],
        ),
    ],
)
def test_a_named_person_with_a_title_after_a_speaker_from_a_state(
    vocabulary: Gazetteer, text: str, said: list[tuple[str, str]]
) -> None:
    assert first_speakers(read_one(vocabulary, text)) == said


def test_a_person_who_chaired_the_meeting_in_a_relative_clause_chairs(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "The meeting was opened on 2 September 2024 by Ms. Inês Correia (Portugal), "
        "Vice-President of the Conference at its tenth session, who chaired the meeting on "
        "behalf of the President of the Conference. In her opening remarks, the Chair "
        "recalled the political declaration.",
    )
    assert first_speakers(ex) == [("chair", "Portugal")]


def test_a_named_person_asking_from_the_floor_is_a_speaker(
    vocabulary: Gazetteer, tmp_path: Path
) -> None:
    report = tmp_path / "floor.txt"
    report.write_text(
        "Report of the meeting\n\nI. Open discussion and questions from the floor\n\n"
        "1. Ms. Camila Ferreyra, Director of Poder Ciudadano, asked how funds were traced.\n",
        encoding="utf-8",
    )
    ex = extract_document(read_document(report), vocabulary)
    assert first_speakers(ex) == [("speaker", "Poder Ciudadano")]


def test_a_person_is_remembered_with_their_body_not_the_state_describing_it(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Ms. Eleanor Abara, Legal Director at Spotlight on Corruption, a non-governmental "
        "organization based in the United Kingdom, described the role of enablers.",
        "Ms. Abara added that supervision was weak.",
    )
    (later,) = ex.paragraphs[1].statements
    assert later.affiliation is not None and later.affiliation.label == "Spotlight on Corruption"


@pytest.mark.parametrize("verb", ["undertook to present", "began by recalling", "wrote to"])
def test_irregular_verbs_of_speakers(vocabulary: Gazetteer, verb: str) -> None:
    ex = read_one(vocabulary, f"The representative of the ASEAN Secretariat {verb} the outcome.")
    assert first_speakers(ex) == [("speaker", "ASEAN Secretariat")]


@pytest.mark.parametrize(
    ("text", "body", "described"),
    [
        (
            "A representative of I Watch, the Tunisian chapter of Transparency International, "
            "said that the Authority had published the declarations.",
            "I Watch",
            "Transparency International",
        ),
        (
            "The representative of Sherpa, a French association, described the Biens Mal Acquis "
            "case.",
            "Sherpa",
            "France",
        ),
    ],
)
def test_a_description_of_the_body_a_noun_speaker_represents_is_an_aside(
    vocabulary: Gazetteer, text: str, body: str, described: str
) -> None:
    ex = read_one(vocabulary, text)
    assert first_speakers(ex) == [("speaker", body)]
    cited = set(cited_labels(ex, ex.paragraphs[0].statements[0]))
    assert described not in cited


@pytest.mark.parametrize(
    "verb", ["drew attention to", "brought greetings from", "gave an overview of"]
)
def test_a_named_person_with_a_state_speaks_with_an_irregular_verb(
    vocabulary: Gazetteer, verb: str
) -> None:
    ex = read_one(vocabulary, f"Ms. Katharina Pölzl-Ebner (Austria) {verb} the Academy.")
    assert [s.speaker for s in ex.paragraphs[0].statements] == [
        "Ms. Katharina Pölzl-Ebner (Austria)"
    ]
    assert first_speakers(ex)[0][1] == "Austria"


def test_a_representative_of_another_bodys_secretariat_speaks_for_that_body(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "A representative of the secretariat of the FATF informed the meeting that the "
        "Recommendations had been revised.",
    )
    assert first_speakers(ex) == [("speaker", "FATF")]
    mine = read_one(vocabulary, "A representative of the secretariat introduced the note.")
    assert first_speakers(mine) == [("secretariat", None)]


@pytest.mark.parametrize("aside", ["by contrast", "for her part", "on the other hand"])
def test_a_connective_between_a_speaker_and_the_verb(vocabulary: Gazetteer, aside: str) -> None:
    ex = read_one(
        vocabulary,
        "One speaker expressed concern about publishing asset declarations in full; another "
        f"speaker, {aside}, considered public access indispensable, as provided for in "
        "article 13 of the Convention.",
    )
    statements = ex.paragraphs[0].statements
    assert [s.speaker for s in statements] == ["One speaker", "another speaker"]
    assert "article 13" in set(cited_labels(ex, statements[1]))


def test_the_one_asked_who_replies_is_a_speaker(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Another speaker asked the panellist from Nigeria about the cost of monitoring; he "
        "replied that the Proceeds of Crime Act had been amended.",
    )
    assert first_speakers(ex) == [("speaker", None), ("panellist", "Nigeria")]
    replied = ex.paragraphs[0].statements[1]
    assert replied.speaker == "the panellist from Nigeria"
    assert set(cited_labels(ex, replied)) == {"Proceeds of Crime Act"}
    thanked = read_one(
        vocabulary, "The Chair thanked the panellist from Nigeria and closed the session."
    )
    assert first_speakers(thanked) == [("chair", None)]


def test_a_description_of_the_body_with_the_article_is_an_aside(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. A B, Senior Programme Officer at TRAFFIC, the wildlife trade monitoring network, "
        "observed that corruption risk assessments had shown weaknesses.",
    )
    assert first_speakers(ex) == [("official", "TRAFFIC")]


def test_a_person_with_two_posts_speaks_for_the_first(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. A B, Professor of Political Economy at the University of Gothenburg and researcher "
        "at the Quality of Government Institute, presented findings.",
    )
    assert [a for _, a in first_speakers(ex)] == ["University of Gothenburg"]


def test_the_same_panellist_goes_on_across_paragraphs(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The panellist from Jamaica described the Integrity Commission Act.",
        "The same panellist added that the Commission had developed an electronic filing system.",
    )
    second = ex.paragraphs[1].statements
    assert [(s.role.value, s.affiliation.label if s.affiliation else None) for s in second] == [
        ("panellist", "Jamaica")
    ]


def test_a_relative_clause_on_a_noun_speakers_body_before_the_verb(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "An expert from the Department of Legal Cooperation of the OAS Secretariat for Legal "
        "Affairs, which served as the technical secretariat of the Follow-up Mechanism (MESICIC), "
        "recalled that article III of the Inter-American Convention against Corruption applied.",
    )
    assert len(ex.paragraphs[0].statements) == 1
    cited = set(cited_labels(ex, ex.paragraphs[0].statements[0]))
    assert "Inter-American Convention against Corruption" in cited


def test_an_incorporated_body_named_after_its_state_speaks_for_itself(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "The observer for Transparency Institute Guyana Inc. called for a regional template.",
    )
    assert first_speakers(ex) == [("speaker", "Transparency Institute Guyana Inc")]


def test_a_list_inside_the_name_of_a_speakers_office(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A representative of the Office of Integrity, Compliance and Accountability of the "
        "Caribbean Development Bank (CDB) explained that the Bank applied debarment.",
    )
    assert first_speakers(ex) == [("speaker", "Caribbean Development Bank")]


def test_heads_of_government_spoken_of_do_not_speak(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The panellist from Saint Kitts and Nevis informed participants that the Heads of "
        "Government of Antigua and Barbuda, Dominica and Saint Lucia had signed a memorandum.",
    )
    assert first_speakers(ex) == [("panellist", "Saint Kitts and Nevis")]


def test_who_moderated_a_panel_in_a_programme_of_work_does_not_speak(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "The programme comprised three panels. The first panel was moderated by the Chair. The "
        "second panel was moderated by Mr. Federico Benitez (Paraguay), Director General of the "
        "National Directorate of Public Procurement (DNCP) of Paraguay.",
    )
    assert first_speakers(ex) == []


@pytest.mark.parametrize(
    "text",
    [
        "The discussion was moderated by the Chair, who recalled article 9 of the Convention.",
        "The session was chaired by Ms. Ana Ruiz (Peru), Director of the Unit. Ms. Ruiz "
        "recalled article 9 of the Convention.",
        "The session was chaired by Ms. Ana Ruiz (Peru), Director of the Unit, and featured "
        "remarks by Mr. John Smith (Kenya), Attorney General.",
    ],
)
def test_who_chaired_and_spoke_or_was_listed_with_speakers_speaks(
    vocabulary: Gazetteer, text: str
) -> None:
    ex = read_one(vocabulary, text)
    assert "chair" in [role for role, _ in first_speakers(ex)]


@pytest.mark.parametrize(
    ("text", "body", "units"),
    [
        (
            "Mr. Rodrigo Kent, Principal Integrity Officer in the Office of Institutional "
            "Integrity of the Inter-American Development Bank, explained the sanctions system.",
            "Inter-American Development Bank",
            {"Office of Institutional Integrity"},
        ),
        (
            "Ms. Adaeze Nunes, Adviser in the Rule of Law Section of the Governance and Peace "
            "Directorate of the Commonwealth Secretariat, recalled the benchmarks.",
            "Commonwealth Secretariat",
            {"Rule of Law Section", "Governance and Peace Directorate"},
        ),
    ],
)
def test_units_of_a_body_in_a_title_after_a_post(
    vocabulary: Gazetteer, text: str, body: str, units: set[str]
) -> None:
    ex = read_one(vocabulary, text)
    assert first_speakers(ex) == [("official", body)]
    assert units <= {label for label, _ in first_typed(ex)}


def test_the_president_of_a_session_named_in_apposition_is_one_chair(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "The general discussion was opened by the President of the eleventh session of the "
        "Conference, H.E. Mr. Hamad Al-Dosari (Qatar), President of the Administrative Control "
        "and Transparency Authority. In his introductory remarks, the President observed that "
        "the session coincided with the anniversary of the Convention.",
    )
    assert first_speakers(ex) == [("chair", "Qatar")]
    cited = set(cited_labels(ex, ex.paragraphs[0].statements[0]))
    assert "Administrative Control and Transparency Authority" not in cited


def test_a_headless_body_an_observer_is_for_before_a_verb(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The observer for Integrity Initiatives International called for the establishment of "
        "an International Anti-Corruption Court.",
    )
    assert first_speakers(ex) == [("speaker", "Integrity Initiatives International")]
    adjective = read_one(vocabulary, "An African expert noted that the Court was needed.")
    assert first_speakers(adjective) == [("speaker", None)]


@pytest.mark.parametrize(
    "heading",
    ["B. Statements by ministers and heads of delegation", "II. General debate"],
)
def test_a_named_delegate_in_a_heading_of_statements_is_a_speaker(
    vocabulary: Gazetteer, tmp_path: Path, heading: str
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "Report of the Conference of the States Parties on its eleventh session\n\n"
        f"{heading}\n\n"
        "1. Mr. Yerlan Seitov, Deputy Chair of the Anti-Corruption Agency of Kazakhstan, "
        "described the Law on the Return of Illegally Acquired Assets to the State.\n",
        encoding="utf-8",
    )
    ex = extract_document(read_document(report), vocabulary)
    assert [s.role for s in ex.paragraphs[0].statements] == [Role.SPEAKER]


def test_states_listed_in_parentheses_after_speakers_each_speak(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Panellists from Nigeria and Kenya agreed on monitoring. Several speakers (Algeria, "
        "Ecuador and Sri Lanka) emphasized article 57, paragraph 3, of the Convention. One "
        "speaker (Norway) cautioned about fees.",
    )
    assert first_speakers(ex) == [
        ("panellist", "Nigeria"),
        ("panellist", "Kenya"),
        ("speaker", "Algeria"),
        ("speaker", "Ecuador"),
        ("speaker", "Sri Lanka"),
        ("speaker", "Norway"),
    ]
    algeria = ex.paragraphs[0].statements[2]
    assert "article 57(3)" in set(cited_labels(ex, algeria))


def test_states_listed_after_speakers_each_speak(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Several speakers, including those of Chile, Japan and Kenya, reported that they had "
        "published their country review reports. Some delegations, namely those of Brazil and "
        "the United Kingdom, described their beneficial ownership registers.",
    )
    assert first_speakers(ex) == [
        ("speaker", "Chile"),
        ("speaker", "Japan"),
        ("speaker", "Kenya"),
        ("speaker", "Brazil"),
        ("speaker", "United Kingdom"),
    ]
    uk = ex.paragraphs[0].statements[4]
    assert cited_labels(ex, uk) == ["beneficial ownership registers"]


def test_speakers_in_the_gapped_clauses_of_a_list_each_speak(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Ms. Dubois (France), Ms. Beridze (Georgia) and Mr. Ruiz (Argentina) spoke first.",
        "Responding to the questions raised, Ms. Dubois highlighted the publication of asset "
        "declarations; Ms. Beridze, the verification of asset declarations; the panellist "
        "from Romania, the use of beneficial ownership registers; and Mr. Ruiz, the use of "
        "mutual legal assistance. The expert from the World Bank added that article 52, "
        "paragraph 5, of the Convention remained largely unused.",
    )
    said = [
        (s.affiliation.label if s.affiliation else None, cited_labels(ex, s))
        for s in ex.paragraphs[1].statements
    ]
    assert said == [
        ("France", ["publication of asset declarations"]),
        ("Georgia", ["verification of asset declarations"]),
        ("Romania", ["beneficial ownership registers"]),
        ("Argentina", ["mutual legal assistance"]),
        ("World Bank", ["article 52(5)", "United Nations Convention against Corruption"]),
    ]


def test_people_listed_with_their_posts_are_not_a_gapped_list(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The panel comprised Mr. A, Director of the Financial Intelligence Unit of Kenya; Ms. "
        "B, a judge of the High Court of Ghana; and Mr. C, the head of the asset recovery "
        "office of Peru.",
    )
    assert first_speakers(ex) == []


def test_both_panellists_are_the_two_named_before(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Panellists from Jordan and Paraguay described their training. The panellist from "
        "Jordan said that the Judicial Institute of Jordan had adapted the case studies. Both "
        "panellists emphasized the value of mutual legal assistance.",
    )
    assert first_speakers(ex)[-2:] == [("panellist", "Jordan"), ("panellist", "Paraguay")]


def test_two_people_who_both_say_something_each_speak_and_are_remembered(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Ms. Rosa Quispe (Peru) and Mr. Bishnu Adhikari-Lund (Nepal) both stressed that the "
        "presence of civil society observers had helped to restore public confidence.",
        "Mr. Adhikari-Lund explained that the Judicial Council of Nepal published the names "
        "of nominees.",
    )
    assert [aff for _, aff in first_speakers(ex)] == ["Peru", "Nepal"]
    assert [aff for _, aff in speakers_in(ex, 2) if aff] == ["Nepal"]


def test_a_title_does_not_run_into_the_next_sentence(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The second panel was moderated by Ms. A, Senior Manager at the INTOSAI Development "
        "Initiative. The interactive dialogue was moderated by the Chair.",
    )
    assert first_speakers(ex) == []


def test_journalists_speak_for_their_outlets(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "A journalist from Premium Times, an online newspaper based in Abuja, described how "
        "her newsroom had relied on the Freedom of Information Act 2011 of Nigeria.",
        "An investigative reporter with Rappler, an online news organization based in the "
        "Philippines, described charges under the Cybercrime Prevention Act of 2012.",
        "Journalists had been killed in 2024. Investigative journalists used the National "
        "Open Data Portal.",
    )
    assert [speakers_in(ex, n) for n in (1, 2, 3)] == [
        [("panellist", "Premium Times")],
        [("panellist", "Rappler")],
        [],
    ]


def test_a_national_chapter_between_speaker_and_verb(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A representative of Acción Ciudadana, the national chapter of TI in Guatemala, "
        "described the legacy of the International Commission against Impunity in Guatemala.",
    )
    assert first_speakers(ex) == [("speaker", "Acción Ciudadana")]


def test_who_asks_the_question_speaks_and_the_answer_is_the_others(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Responding to a question from the representative of Zambia on the sustainability of "
        "training funded by development partners, the panellist from Malaysia explained that "
        "the Malaysian Anti-Corruption Academy was financed from the national budget.",
        "The panellist from Kenya described the Ethics and Anti-Corruption Commission. Asked "
        "by the moderator whether companies could rely on such information, he acknowledged "
        "that verification was seldom possible without beneficial ownership registers.",
        "The Chair invited questions from participants in the room and online.",
    )
    said = [
        [
            (s.affiliation.label if s.affiliation else s.role.value, cited_labels(ex, s))
            for s in p.statements
        ]
        for p in ex.paragraphs
    ]
    assert said[0] == [("Zambia", []), ("Malaysia", ["Malaysian Anti-Corruption Academy"])]
    assert said[1][-1] == ("chair", [])
    assert "beneficial ownership registers" in said[1][0][1]  # his answer
    assert [who for who, _ in said[2]] == ["chair"]


def test_a_vice_chair_elected_after_the_chair_is_remembered(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The meeting elected by acclamation Mr. Tendai Mukwena (Zambia) as Chair and Ms. "
        "Lucía Etxeberria Rojas (Paraguay) as Vice-Chair and Rapporteur.",
        "The third panel was moderated by the Vice-Chair, Ms. Etxeberria Rojas, who recalled "
        "that article 46, paragraph 22, prohibited States parties from refusing a request for "
        "mutual legal assistance on the sole ground that the offence involved fiscal matters.",
    )
    assert speakers_in(ex, 2) == [("chair", "Paraguay")]


def test_states_listed_between_dashes_each_speak(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Several delegations \u2014 those of Austria, Czechia and Croatia \u2014 said that "
        "their new legislation provided for interim relief. Some speakers -- those of Chile "
        "and Peru -- described their beneficial ownership registers.",
    )
    assert first_speakers(ex) == [
        ("speaker", "Austria"),
        ("speaker", "Czechia"),
        ("speaker", "Croatia"),
        ("speaker", "Chile"),
        ("speaker", "Peru"),
    ]


def test_delegations_of_several_states_each_speak(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The delegations of Brazil and Chile stressed the importance of asset declarations. "
        "Some delegations (Peru and the Philippines) described their registers. Delegations "
        "of Kenya and Ghana expressed interest in a regional project.",
    )
    assert first_speakers(ex) == [
        ("speaker", "Brazil"),
        ("speaker", "Chile"),
        ("speaker", "Peru"),
        ("speaker", "Philippines"),
        ("speaker", "Kenya"),
        ("speaker", "Ghana"),
    ]


def test_an_officer_at_a_forum_speaks_for_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Marta Lindholm-Reyes, Programme Director at the Civil Forum for Asset Recovery "
        "(CiFAR), stressed that article 13 of the Convention applied.",
    )
    assert [a for _, a in first_speakers(ex)] == ["Civil Forum for Asset Recovery"]


def test_people_reported_after_that_do_not_speak(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The Chair noted that participants had recognized the progress made. She explained "
        "that officials of the Revenue Service were subject to the Law on Conflict of Interest.",
    )
    assert first_speakers(ex) == [("chair", None)]


def test_a_headless_body_with_its_acronym_an_observer_is_for(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The observer for Global Financial Integrity (GFI) stated that mirror trade statistics "
        "revealed anomalies.",
    )
    assert first_speakers(ex) == [("speaker", "Global Financial Integrity")]


def test_a_title_before_the_name_says_whom_a_person_speaks_for(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The Commissioner of the Kenya Revenue Authority, Ms. Ann Wambui, stated that the "
        "Authority had been reformed.",
    )
    assert first_speakers(ex) == [("official", "Kenya")]
    said = ex.paragraphs[0].statements[0]
    assert said.speaker.startswith("The Commissioner")
    assert not said.citations  # her own office is her title, not what she cited


def test_a_post_in_another_languages_body_between_speaker_and_verb(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "A panellist from Burkina Faso, Controller-General at the Autorité supérieure de "
        "contrôle d'État et de lutte contre la corruption (ASCE-LC) (Higher Authority for State "
        "Control and the Fight against Corruption), stated that declarations were received by "
        "the Conseil constitutionnel. The Permanent Secretary of the Comité national de "
        "l'Initiative pour la transparence dans les industries extractives (CN-ITIE) of "
        "Senegal, Mr. Cheikh Faye-Ba, explained that a register of beneficial owners existed.",
    )
    assert [role for role, _ in first_speakers(ex)] == ["panellist", "official"]
    assert [state for _, state in first_speakers(ex)] == ["Burkina Faso", "Senegal"]
    labels = {label for label, _ in first_typed(ex)}
    assert "Comité national de l'Initiative pour la transparence dans les industries " in (
        " ".join(sorted(labels)) + " "
    )
    # the English name in a second pair of parentheses is another name of the same body
    assert "Higher Authority for State Control and the Fight against Corruption" not in labels


def test_a_post_in_lower_case_and_a_company_in_another_language(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Ousseynou Diagne-Mbaye, investigating judge at the Pool judiciaire financier (PJF) "
        "of Senegal, recalled Law No. 81-53. Mr. Tomás Echeverría, Chief Compliance Officer of "
        "Sociedad Química y Minera de Chile (SQM), described the deferred prosecution agreement. "
        "The observer for the Réseau national de lutte anti-corruption (REN-LAC) regretted it.",
    )
    assert [state for _, state in first_speakers(ex)] == [
        "Senegal",
        "Sociedad Química y Minera de Chile",  # a company, not its State
        "Réseau national de lutte anti-corruption",
    ]


def test_a_civil_society_body_described_or_placed_in_its_state_speaks_for_itself(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Valeria Quiroga, Director at Poder Ciudadano (the Argentine chapter of TI), "
        "presented the parallel report. Mr. Rodrigo Tavares, Research Coordinator at the "
        'Instituto Não Aceito Corrupção (the "I Do Not Accept Corruption" Institute), a '
        "Brazilian non-governmental organization, described the review. Mr. Oleksandr "
        "Hrytsenko, Head of the Legal Department of the Anti-Corruption Action Centre (AntAC) "
        "in Ukraine, stated that NABU had been established.",
    )
    assert [body for _, body in first_speakers(ex)] == [
        "Poder Ciudadano",
        "Instituto Não Aceito Corrupção",  # its own name, not the English one
        "Anti-Corruption Action Centre",
    ]
    assert "Argentine chapter of TI" not in {label for label, _ in first_typed(ex)}


def test_a_person_called_later_by_any_of_their_names(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Mr. Desmond Tan Kok Leong, Director of the Corrupt Practices Investigation Bureau of "
        "Singapore, described its work. Mr. Park Jun-seo, Chairperson of the Anti-Corruption "
        "and Civil Rights Commission of the Republic of Korea, presented the Integrity "
        "Assessment.",
        "Responding to Ms. Tshering, Mr. Tan noted that budgets mattered. Mr. Park suggested "
        "a peer mentoring scheme.",
    )
    second = [
        (s.speaker, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[1].statements
    ]
    assert second == [("Mr. Tan", "Singapore"), ("Mr. Park", "Republic of Korea")]


def test_a_view_given_without_a_verb_of_saying(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "In the view of the delegation of Kenya, debarment should be complemented by "
        "prosecution. According to one speaker, beneficial ownership registers had to respect "
        "privacy. According to the report of the Board, nothing had changed.",
    )
    assert first_speakers(ex) == [("speaker", "Kenya"), ("speaker", None)]
    kenya, one = ex.paragraphs[0].statements
    assert cited_labels(ex, kenya) == ["debarment"]
    assert cited_labels(ex, one) == ["beneficial ownership registers"]


def test_bodies_also_represented_at_the_meeting_do_not_speak(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The secretariat of the United Nations Commission on International Trade Law "
        "(UNCITRAL) and the following non-governmental organizations were also represented: "
        "Transparency International and Open Ownership. The European Union, a regional "
        "economic integration organization party to the Convention, was also represented.",
    )
    assert first_speakers(ex) == []


def test_a_panel_led_by_a_moderator_is_a_programme_not_a_statement(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "The programme comprised three panels, each led by a moderator who put questions to "
        "the panellists in turn, and an interactive discussion.",
    )
    assert first_speakers(ex) == []


@pytest.mark.parametrize(
    "text",
    [
        "The representative of Pakistan, while welcoming the emphasis placed on independence, "
        "cautioned that independence had to be matched by accountability.",
        "The representative of Pakistan, while acknowledging those concerns, stressed that the "
        "Court had upheld the law.",
        "The representative of Pakistan, although noting progress, warned that audits were late.",
    ],
)
def test_a_concession_between_speaker_and_verb_is_an_aside(
    vocabulary: Gazetteer, text: str
) -> None:
    assert first_speakers(read_one(vocabulary, text)) == [("speaker", "Pakistan")]


def test_resource_persons_and_prosecutors_from_somewhere_speak(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "A resource person from Ukraine described the work of the Public Integrity Council.",
        "A prosecutor from the Special State Prosecutor's Office of Montenegro described a case "
        "in which assets had been frozen.",
        "Opening the discussion, a prosecutor from Serbia explained that the High Prosecutorial "
        "Council had replaced the State Prosecutorial Council.",
        "The panellist from Belgium noted that the public prosecutor could order the sale of "
        "seized property, and described the difficulties faced by prosecutors.",
        title="Panel discussion on vetting",
    )
    assert speakers_in(ex, 1) == [("panellist", "Ukraine")]
    assert speakers_in(ex, 2) == [("panellist", "Montenegro")]
    assert speakers_in(ex, 3) == [("speaker", "Serbia")]
    assert speakers_in(ex, 4) == [("panellist", "Belgium")]


def test_a_person_representing_a_body_speaks_for_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Joaquín Salvatierra Ibáñez, representing the Organization of Latin American and "
        "Caribbean Supreme Audit Institutions (OLACEFS), recalled the Declaration of Asunción.",
    )
    assert first_speakers(ex) == [
        ("panellist", "Organization of Latin American and Caribbean Supreme Audit Institutions")
    ]


def test_another_bodys_secretariat_presents_on_a_panel(vocabulary: Gazetteer) -> None:
    report = (
        "II. Panel on political integrity\n\n"
        "1. Ms. Dorota Sznajder-Bell, Administrator in the secretariat of the Group of States "
        "against Corruption (GRECO) of the Council of Europe, recalled the Third Evaluation "
        "Round.\n\n"
        "2. Ms. Tatiana Morozova-Blake, Senior Financial Sector Specialist at the Stolen Asset "
        "Recovery Initiative (StAR), a partnership of the World Bank Group and UNODC, presented "
        "the Asset Recovery Handbook.\n\n"
        "3. Mr. Karim Haddad, Crime Prevention Officer in the Corruption and Economic Crime "
        "Branch of UNODC, presented the work of the secretariat.\n"
    )
    ex = extract_document(parse_text(report, "t"), vocabulary)
    roles = [[s.role.value for s in p.statements] for p in ex.paragraphs]
    assert roles == [["panellist"], ["panellist"], ["panellist"]]  # UNODC's staff too, under
    # a panel's heading (a thematic one leaves them officials)


def test_a_unit_of_a_states_office_speaks_for_the_state(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The meeting was organized by UNODC, in cooperation with the Office of the National "
        "Anti-Corruption Commission of Thailand.",
        "The meeting was opened by Mr. Kittipong Charoenrat-Müller, Secretary-General of the "
        "Office of the National Anti-Corruption Commission, who welcomed participants on behalf "
        "of the Government of Thailand.",
        "Mr. Surasak Boonyarit-Hansen, Director of the Asset Examination Bureau of the Office of "
        "the National Anti-Corruption Commission, explained that officials in Thailand declared "
        "their assets.",
        "Mr. Somchai Rattanakorn, Director of the Asset Examination Bureau of the Office of the "
        "National Anti-Corruption Commission, explained that officials declared their assets.",
    )
    assert [a for _, a in speakers_in(ex, 2)] == ["Thailand"]
    assert [a for _, a in speakers_in(ex, 3)] == ["Thailand"]
    assert [a for _, a in speakers_in(ex, 4)] == ["Thailand"]  # not named there, but the
    # bureau is a unit of the Office, which the report gave as Thailand's


def test_a_chair_speaking_as_a_panellist_is_one(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The meeting was opened by its Chair, Ms. Jelena Vukmirović-Sand (Montenegro), who "
        "welcomed participants.",
        "Speaking as a panellist, Ms. Vukmirović-Sand (Montenegro) explained that the Agency "
        "for Prevention of Corruption was independent.",
        "Ms. Vukmirović-Sand then invited questions from the floor and noted that time was short.",
    )
    assert speakers_in(ex, 1) == [("chair", "Montenegro")]
    assert speakers_in(ex, 2) == [("panellist", "Montenegro")]
    assert speakers_in(ex, 3) == [("chair", "Montenegro")]


def test_a_capacity_before_a_name_and_a_body_named_after_its_region(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "In her capacity as member of the Commission for Illegal Assets Forfeiture (CIAF) of "
        "Bulgaria, Ms. Petya Angelova-Stern described civil forfeiture proceedings.",
        "Ms. Lucía Ferrer-Nwosu, Senior Researcher at Access Info Europe, presented the "
        "International Standards for Lobbying Regulation.",
        "An expert from West Africa presented the Protocol.",
    )
    assert [a for _, a in speakers_in(ex, 1)] == ["Bulgaria"]
    assert [a for _, a in speakers_in(ex, 2)] == ["Access Info Europe"]
    assert [a for _, a in speakers_in(ex, 3)] == [None]


def test_a_moderator_named_after_a_title_speaks_in_the_next_sentence(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The third panel was moderated by the Rapporteur, Ms. Baek-Larsen (Republic of Korea). "
        "She recalled that article 38 of the Convention called for cooperation.",
        "The first session was moderated by the Vice-Chair, Mr. Yao Kouadio-Tanoh (Côte "
        "d'Ivoire), Inspector General at the Haute Autorité pour la Bonne Gouvernance (HABG) "
        "(High Authority for Good Governance). He observed that States were bound by the "
        "ECOWAS Protocol on the Fight against Corruption.",
    )
    assert speakers_in(ex, 1) == [("chair", "Republic of Korea")]
    assert speakers_in(ex, 2) == [("chair", "Côte d'Ivoire")]
    said = ex.paragraphs[1].statements[0]
    assert "Haute Autorité pour la Bonne Gouvernance" not in cited_labels(ex, said)


def test_an_official_from_a_body_presents_on_a_panel(vocabulary: Gazetteer) -> None:
    report = (
        "II. Panel on State-owned enterprises\n\n"
        "1. An official from the Philippine Governance Commission for Government-Owned or "
        "-Controlled Corporations noted that the Commission applied a Fit and Proper Rule.\n\n"
        "I. Opening of the meeting\n\n"
        "2. An official from the Ministry of Finance of Kenya welcomed participants.\n"
    )
    ex = extract_document(parse_text(report, "t"), vocabulary)
    assert [s.role.value for s in ex.paragraphs[0].statements] == ["panellist"]


def test_professions_speak_as_ones_from_somewhere(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "A commissioner from the Anti-Corruption Commission of the Maldives recalled that "
        "islands could be leased for resort development.",
        "An auditor from the Court of Accounts of Tunisia described the audit of COVID-19 funds.",
        "The speaker from Tonga explained that the functions of an ombudsman were performed by "
        "the Commissioner for Public Relations, and that the judge had ordered a review.",
    )
    assert [a for _, a in speakers_in(ex, 1)] == ["Maldives"]
    assert [a for _, a in speakers_in(ex, 2)] == ["Tunisia"]
    assert speakers_in(ex, 3) == [("speaker", "Tonga")]


def test_ranks_grades_and_asides_of_a_post(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Lieutenant Colonel Ahmed Isa Al-Dosari (Bahrain), of the General Directorate of "
        "Anti-Corruption of the Ministry of Interior, explained that the Directorate "
        "investigated corruption.",
        "Counsellor Hany Mostafa El-Sherbiny (Egypt), of the Illicit Gains Authority of the "
        "Ministry of Justice, explained that Law No. 62 of 1975 required declarations.",
        "A judge from Ecuador, member of the Specialized Criminal Chamber of the National Court "
        "of Justice, explained that the Code applied.",
        "Ms. Huamán Céspedes (Peru), taking the floor again, highlighted the joint investigation "
        "team established in 2017.",
        "The General Assembly adopted resolution 74/276.",
    )
    assert [a for _, a in speakers_in(ex, 1)] == ["Bahrain"]
    assert [a for _, a in speakers_in(ex, 2)] == ["Egypt"]
    assert [a for _, a in speakers_in(ex, 3)] == ["Ecuador"]
    assert [a for _, a in speakers_in(ex, 4)] == ["Peru"]
    assert speakers_in(ex, 5) == []


def test_a_person_who_chaired_a_panel_and_then_speaks_is_its_chair(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "Mr. Nabil Haddad-Sarraf, Senior Mutual Evaluation Expert at the secretariat of the "
        "Middle East and North Africa Financial Action Task Force (MENAFATF), who chaired the "
        "second panel, observed that the mutual evaluations had identified weaknesses.",
    )
    assert first_speakers(ex) == [
        ("chair", "Middle East and North Africa Financial Action Task Force")
    ]


def test_a_programme_named_with_its_bodys_possessive_is_the_bodys(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Transparency International published the index.",
        "Ms. Rosalind Achterberg-Nduka, Director of Transparency International's Defence and "
        "Security Programme (TI-DS), presented the Government Defence Integrity Index (GDI).",
        "Mr. Ali Bako, Head of the Attorney-General's Department, said that the law applied.",
    )
    assert [a for _, a in speakers_in(ex, 2)] == ["Transparency International"]
    assert [a for _, a in speakers_in(ex, 3)] == ["Attorney-General's Department"]


def test_a_bureau_named_after_its_organization_is_the_organizations(
    vocabulary: Gazetteer,
) -> None:
    """Facts: INTERPOL has regional bureaus (one in San Salvador for Central America). The
    person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "INTERPOL supported the operation.",
        "Mr. Fabián Lozano, Specialized Officer at the INTERPOL Regional Bureau for Central "
        "America, described the I-24/7 system.",
    )
    assert [a for _, a in speakers_in(ex, 2)] == ["INTERPOL"]


def test_a_body_whose_name_ends_with_its_state_belongs_to_it(vocabulary: Gazetteer) -> None:
    """Facts: the Anti-Corruption Commission Seychelles (ACCS) and the Money Laundering
    Reporting Office Switzerland (MROS) are national bodies so named; the Anti-Corruption
    Coalition Uganda is a civil society coalition. The people are invented."""
    ex = read_paragraphs(
        vocabulary,
        "The workshop was hosted by the Government of Seychelles through the Anti-Corruption "
        "Commission Seychelles (ACCS).",
        "Ms. Danielle Morel, Commissioner of the ACCS, recalled the Anti-Corruption Act, 2016.",
        "A panellist from the Money Laundering Reporting Office Switzerland described its "
        "analysis of suspicious activity reports.",
        "Mr. Okello, of the Anti-Corruption Coalition Uganda, called for the protection of "
        "whistle-blowers.",
    )
    typed = {
        ex.entities[m.entity].label: (ex.entities[m.entity].type, ex.entities[m.entity].owner)
        for p in ex.paragraphs
        for m in p.mentions
    }
    assert typed["Anti-Corruption Commission Seychelles"] == (
        EntityType.ORGANIZATION,
        "state/SYC",
    )
    assert speakers_in(ex, 2) == [("official", "Seychelles")]
    assert speakers_in(ex, 3) == [("panellist", "Switzerland")]
    assert speakers_in(ex, 4) == [("official", "Anti-Corruption Coalition Uganda")]


def test_a_vice_chair_speaking_in_her_national_capacity_is_her_states_delegate(
    vocabulary: Gazetteer,
) -> None:
    """The aside says she speaks for Kazakhstan this once; named as Vice-Chair later, she
    chairs. Facts: Kazakhstan's Border Service is part of its National Security Committee;
    the person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "Ms. Aigerim Sarsenbayeva (Kazakhstan), speaking in her national capacity, described "
        "the rotation of officers of the Border Service.",
        "The Vice-Chair, Ms. Aigerim Sarsenbayeva (Kazakhstan), opening the third panel, "
        "recalled article 19 of the Convention.",
        "Ms. Sarsenbayeva then invited the first panellist to take the floor.",
    )
    assert speakers_in(ex, 1) == [("speaker", "Kazakhstan")]
    assert speakers_in(ex, 2) == [("chair", "Kazakhstan")]
    assert speakers_in(ex, 3) == [("chair", "Kazakhstan")]


def test_professions_of_the_vocabulary_speak_as_ones_from_somewhere(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Uganda's Public Procurement and Disposal of Public Assets Authority (PPDA);
    the Malaya case of Marbella, Spain; France's Cour des comptes, whose magistrates are
    irremovable. The people are anonymous."""
    ex = read_paragraphs(
        vocabulary,
        "Building on that presentation, a procurement regulator from Uganda described the "
        "Public Procurement and Disposal of Public Assets Authority (PPDA).",
        "Another panellist, an urban planner from Spain, described the Malaya case.",
        "The panellist from France explained that the magistrates of the Cour des comptes "
        "enjoyed statutory irremovability.",
        "Researchers had found that the regulator could not act alone.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Uganda")]
    assert speakers_in(ex, 2) == [("panellist", "Spain")]
    assert speakers_in(ex, 3) == [("panellist", "France")]
    assert speakers_in(ex, 4) == []


def test_a_chapter_named_with_a_states_adjective_is_an_aside(vocabulary: Gazetteer) -> None:
    """Fact: Corruption Watch is the South African chapter of Transparency International."""
    ex = read_one(
        vocabulary,
        "The observer for Corruption Watch, the South African chapter of Transparency "
        "International, welcomed the establishment of the National Anti-Corruption Advisory "
        "Council (NACAC).",
    )
    assert first_speakers(ex) == [("speaker", "Corruption Watch")]


def test_the_panellist_asked_answers_in_the_next_sentence(vocabulary: Gazetteer) -> None:
    """Fact: Malawi's Corrupt Practices Act. The speakers are anonymous."""
    ex = read_one(
        vocabulary,
        "One speaker asked the panellist from Malawi how the Bureau obtained evidence from "
        "abroad. In response, the panellist explained that the Corrupt Practices Act "
        "allowed it.",
    )
    assert first_speakers(ex) == [("speaker", None), ("panellist", "Malawi")]
    answer = ex.paragraphs[0].statements[1]
    assert cited_labels(ex, answer) == ["Corrupt Practices Act"]


def test_a_representative_speaking_as_a_panellist_of_a_regions_body(
    vocabulary: Gazetteer,
) -> None:
    """Fact: the Commonwealth Africa Anti-Corruption Centre is in Gaborone, Botswana."""
    ex = read_one(
        vocabulary,
        "A representative of the Commonwealth Africa Anti-Corruption Centre, speaking as a "
        "panellist, recalled that the Centre, based in Gaborone, had been established to "
        "build the capacity of anti-corruption agencies.",
    )
    assert first_speakers(ex) == [("panellist", "Commonwealth Africa Anti-Corruption Centre")]


def test_units_of_an_eu_agency_and_of_the_world_bank_group_speak_for_the_body(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Frontex's Centre of Excellence for Combating Document Fraud; the Integrity
    Vice Presidency (INT) of the World Bank Group. The people are invented."""
    ex = read_paragraphs(
        vocabulary,
        "Ms. K, Head of the Centre of Excellence for Combating Document Fraud of Frontex, "
        "informed participants that the Centre maintained alerts on fraudulent documents.",
        "Mr. J, Lead Investigator at the Integrity Vice Presidency (INT) of the World Bank "
        "Group, explained that INT investigated fraud in projects the World Bank financed.",
    )
    assert speakers_in(ex, 1) == [("official", "Frontex")]  # as the report names it
    assert speakers_in(ex, 2) == [("official", "World Bank")]


def test_a_public_body_no_one_owns_belongs_to_the_only_state_its_paragraph_names(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Ukraine's Specialized Anti-Corruption Prosecutor's Office (SAPO) is formally
    part of the Office of the Prosecutor General; the European Public Prosecutor's Office
    (EPPO) is the European Union's. The people are invented."""
    ex = read_paragraphs(
        vocabulary,
        "Ms. O, Deputy Head of the Specialized Anti-Corruption Prosecutor's Office, explained "
        "that amendments to the Law of Ukraine on the Prosecutor's Office had given the "
        "Office greater autonomy.",
        "Mr. P, Deputy Head of the Specialized Anti-Corruption Prosecutor's Office, compared "
        "its powers with those of prosecutors in Georgia and Armenia.",
        "Ms. Q, Prosecutor at the European Public Prosecutor's Office, described its cases "
        "concerning Romania.",
    )
    assert speakers_in(ex, 1) == [("official", "Ukraine")]
    assert speakers_in(ex, 2) == [("official", "Specialized Anti-Corruption Prosecutor's Office")]
    assert speakers_in(ex, 3) == [("official", "European Public Prosecutor's Office")]


def test_participants_opening_a_conclusion_are_the_meeting_as_a_whole(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Participants agreed that the independence of specialized anti-corruption bodies "
        "should be guaranteed in law.",
        "In the ensuing discussion, participants noted the need for training. Several "
        "participants agreed.",
    )
    assert speakers_in(ex, 1) == [("delegations", None)]
    assert speakers_in(ex, 2) == [("speaker", None), ("speaker", None)]


def test_a_body_that_was_a_member_of_a_network_is_no_speaker_and_a_briefing_is(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Thailand's NACC is a member of the GlobE Network; the Open Contracting
    Partnership published emergency procurement guidance in 2020. People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "The representative of Thailand noted that the Office of the National Anti-Corruption "
        "Commission (NACC) was a member of the Global Operational Network of Anti-Corruption "
        "Law Enforcement Authorities (GlobE Network) and used its secure platform.",
        "Participants were briefed by Ms. K, Senior Programme Manager at the Open Contracting "
        "Partnership (OCP), on the lessons learned. She explained that the guidance mattered.",
        "Responding to a question, the officer from INTERPOL clarified that a Silver Notice "
        "was not a request to freeze assets.",
        "The observer for the International Federation of Red Cross and Red Crescent "
        "Societies (IFRC) recalled the losses to fraud during the Ebola response.",
    )
    assert speakers_in(ex, 1) == [("speaker", "Thailand")]
    assert speakers_in(ex, 2) == [("official", "Open Contracting Partnership")]
    assert speakers_in(ex, 3) == [("panellist", "INTERPOL")]
    assert speakers_in(ex, 4) == [
        ("speaker", "International Federation of Red Cross and Red Crescent Societies")
    ]


def test_whom_a_named_person_speaks_for_said_before_or_after_the_name(
    vocabulary: Gazetteer,
) -> None:
    """Facts: the International Conference on the Great Lakes Region (ICGLR), an
    organization despite its name, and its secretariat; the Pact on Security, Stability and
    Development in the Great Lakes Region (2006). The person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "Speaking for the ICGLR secretariat, Ms. E, Senior Programme Officer for Natural "
        "Resources, recalled that the Pact on Security, Stability and Development in the "
        "Great Lakes Region had been signed in Nairobi in 2006.",
        "In her closing remarks, Ms. E, speaking for the ICGLR secretariat, welcomed the "
        "recommendations.",
        "Ms. A (Egypt), speaking on behalf of the Group of African States, welcomed the report.",
    )
    # labelled as the report names it, never spelling it out
    assert speakers_in(ex, 1) == [("official", "ICGLR")]
    assert speakers_in(ex, 2) == [("official", "ICGLR")]
    assert speakers_in(ex, 3) == [("panellist", "Egypt")]
    assert ex.entities["entity/icglr"].type is EntityType.ORGANIZATION


def test_a_panellist_presents_again_after_the_floors_questions(vocabulary: Gazetteer) -> None:
    """Facts: Lithuania's Special Investigation Service (STT); Ukraine's AntAC. The people
    are invented."""
    report = (
        "III. Summary of deliberations\n\n"
        "A. Independence of specialized anti-corruption bodies\n\n"
        "1. In the ensuing discussion, one speaker cautioned that frequent restructuring had "
        "undermined the bodies.\n\n"
        "2. Mr. Mindaugas Vaitkus (Lithuania), Deputy Director of the Special Investigation "
        "Service (STT), shared the experience of his institution.\n\n"
        "3. Ms. Olena Hrytsenko (Ukraine), Head of the Department of International Cooperation "
        "of the Ministry of Justice, representative of Ukraine, asked about the STT.\n\n"
        "B. Discussion\n\n"
        "4. Several speakers stressed the need for independence.\n\n"
        "5. Mr. Issa Compaoré (Burkina Faso), Director at the Higher Authority for State "
        "Control, stressed the need for training.\n"
    )
    ex = extract_document(parse_text(report, "t"), vocabulary)
    roles = [[s.role.value for s in p.statements] for p in ex.paragraphs]
    assert roles == [["speaker"], ["panellist"], ["speaker"], ["speaker"], ["speaker"]]


def test_posts_said_as_what_people_do_and_views_of_delegations(vocabulary: Gazetteer) -> None:
    """Facts: Georgia's Civil Service Bureau and Law on Public Service; Brazil's Access to
    Information Law (Law No. 12,527 of 2011); the Uganda Revenue Authority, headed by a
    Commissioner General; Transparency International Kazakhstan. People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "Ms. Tamar G, who leads the Civil Service Bureau of Georgia, described the reform "
        "introduced by the Law of Georgia on Public Service.",
        "For the delegation of Brazil, the Access to Information Law had transformed the "
        "relationship between the State and citizens.",
        "The Commissioner General of the Uganda Revenue Authority thanked participants.",
        "A civil society monitor from Transparency International Kazakhstan described the "
        "monitoring of projects financed from returned assets.",
        "Ms. B, who recalled the Act, described the register.",
    )
    assert speakers_in(ex, 1) == [("official", "Georgia")]
    assert speakers_in(ex, 2) == [("speaker", "Brazil")]
    assert speakers_in(ex, 3) == [("official", "Uganda")]
    assert speakers_in(ex, 4) == [("panellist", "Transparency International Kazakhstan")]
    assert speakers_in(ex, 5) == [("official", None)]


def test_a_lone_participle_between_speaker_and_verb_is_an_aside(vocabulary: Gazetteer) -> None:
    """Facts: the World Bank's SABER tools; the GlobE Network. People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "Ms. Nadia Okello of the World Bank, speaking again, presented the SABER tools.",
        "The Chair, summarizing, observed that the GlobE Network had proved its value.",
        "The representative of Peru, replying, explained that the register was public.",
    )
    assert speakers_in(ex, 1) == [("official", "World Bank")]
    assert speakers_in(ex, 2) == [("chair", None)]
    assert speakers_in(ex, 3) == [("speaker", "Peru")]


def test_a_group_among_them_named_states_or_bodies_speaks_for_each(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Morocco's INPPLC; Jordan's Integrity and Anti-Corruption Commission;
    Anti-Slavery International and Migrant Forum in Asia are NGOs in the field."""
    ex = read_paragraphs(
        vocabulary,
        "Several delegations, among them Morocco and Jordan, reported on sectoral risk "
        "assessments.",
        "Observers for several non-governmental organizations, among them Migrant Forum in "
        "Asia and Anti-Slavery International, stressed that complaints were seldom pursued.",
        "A number of delegations, including Chile, Ghana and Viet Nam, described their registers.",
    )
    assert speakers_in(ex, 1) == [("speaker", "Morocco"), ("speaker", "Jordan")]
    assert speakers_in(ex, 2) == [
        ("speaker", "Migrant Forum in Asia"),
        ("speaker", "Anti-Slavery International"),
    ]
    assert speakers_in(ex, 3) == [
        ("speaker", "Chile"),
        ("speaker", "Ghana"),
        ("speaker", "Viet Nam"),
    ]


def test_a_counterpart_is_a_new_speaker_in_the_same_role(vocabulary: Gazetteer) -> None:
    """Facts: Nigeria's National Universities Commission; Kenya's Commission for
    University Education; Latvia's KNAB."""
    ex = read_paragraphs(
        vocabulary,
        "The panellist from Nigeria noted that the National Universities Commission published "
        "lists of illegal institutions. Her counterpart from Kenya explained that the "
        "Commission for University Education maintained registers of accredited institutions.",
        "The Estonian panellist described the Corruption Crimes Bureau. His Latvian "
        "counterpart stated that KNAB transmitted cases to the prosecutors.",
    )
    assert [
        (s.role.value, s.affiliation.label if s.affiliation else None, cited_labels(ex, s))
        for s in ex.paragraphs[0].statements
    ] == [
        ("panellist", "Nigeria", ["National Universities Commission"]),
        (
            "panellist",
            "Kenya",
            ["Commission for University Education", "registers of accredited institutions"],
        ),
    ]
    assert speakers_in(ex, 2) == [("panellist", "Estonia"), ("panellist", "Latvia")]


def test_both_the_adjective_and_the_adjective_panellists_speak_for_each(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Both the Danish and the Icelandic panellists explained that preventive functions "
        "were shared among ministries.",
        "The Latvian and Lithuanian panellists described joint investigation teams.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Denmark"), ("panellist", "Iceland")]
    assert speakers_in(ex, 2) == [("panellist", "Latvia"), ("panellist", "Lithuania")]


def test_a_post_of_the_body_spoken_for_before_the_name(vocabulary: Gazetteer) -> None:
    """Facts: AFRIPOL, the African Union Mechanism for Police Cooperation; the European
    Partners against Corruption (EPAC). People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "Speaking on behalf of AFRIPOL, its Head of Cooperation, Mr. Amadou Sall, recalled "
        "that the Statute had been adopted in 2017.",
        "Speaking on behalf of the European Partners against Corruption (EPAC), its "
        "Vice-President, Ms. Eva Gruber, explained that EPAC was an independent forum.",
    )
    assert speakers_in(ex, 1) == [("official", "AFRIPOL")]
    assert speakers_in(ex, 2) == [("official", "European Partners against Corruption")]


def test_a_person_invited_to_present_speaks_next(vocabulary: Gazetteer) -> None:
    """Facts: Honduras' Property Institute and its Unified Registry System. The person is
    invented."""
    ex = read_one(
        vocabulary,
        "The moderator then invited Mr. Luis Mejia, Registry Director at the Property "
        "Institute of Honduras, to present the experience of his country. He explained that "
        "the Property Law had created the Unified Registry System.",
    )
    (_, invited) = ex.paragraphs[0].statements
    assert (invited.role.value, invited.affiliation and invited.affiliation.label) == (
        "official",
        "Honduras",
    )
    assert cited_labels(ex, invited) == ["Property Law", "Unified Registry System"]


def test_inspectors_general_and_military_ranks_introduce_speakers(vocabulary: Gazetteer) -> None:
    """Facts: the Internal Affairs Service of the Philippine National Police; Italy's
    Guardia di Finanza. People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "The inspector-general of the Internal Affairs Service of the Philippine National "
        "Police explained that the Service had been created by Republic Act No. 8551.",
        "Col. Marco Neri (Italy), Commander of the Special Anti-Corruption Unit of the "
        "Guardia di Finanza, explained that the Unit supported the authority.",
        "Complaints could be sent to the inspector-general of police, who could order an inquiry.",
    )
    assert speakers_in(ex, 1) == [("official", "Philippines")]
    assert speakers_in(ex, 2) == [("official", "Italy")]
    assert speakers_in(ex, 3) == []


def test_speaking_on_behalf_of_a_body_after_the_name(vocabulary: Gazetteer) -> None:
    """Facts: the International Federation of Surveyors (FIG). The person is invented."""
    ex = read_one(
        vocabulary,
        "A surveyor who had worked on cadastral projects in Mozambique, Mr. Paulo Nhantumbo, "
        "spoke on behalf of the International Federation of Surveyors (FIG).",
    )
    assert speakers_in(ex, 1)[-1] == ("official", "International Federation of Surveyors")


def test_a_relative_clause_between_a_described_speaker_and_the_verb(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Nepal's Muluki Criminal Code and the fake Bhutanese refugee case."""
    ex = read_paragraphs(
        vocabulary,
        "A prosecutor from Nepal who had led the prosecution in the fake Bhutanese refugee "
        "case explained that charges had been filed under the Muluki Criminal Code.",
        "A surveyor who had worked in northern Uganda explained that boundary markers had "
        "been moved at night.",
        "The public prosecutor who had filed the case explained nothing to the press.",
    )
    (nepal,) = ex.paragraphs[0].statements
    assert nepal.affiliation is not None and nepal.affiliation.label == "Nepal"
    assert cited_labels(ex, nepal) == ["Bhutanese refugee case", "Muluki Criminal Code"]
    assert speakers_in(ex, 2) == [("speaker", None)]
    assert speakers_in(ex, 3) == []


def test_an_office_of_a_body_in_a_state_is_the_bodys(vocabulary: Gazetteer) -> None:
    """Facts: the Nordic Council of Ministers has offices in the Baltic States. The person
    is invented."""
    ex = read_one(
        vocabulary,
        "Ms. Liis Tamm, Director of the Office of the Nordic Council of Ministers in Estonia, "
        "recalled the Helsinki Treaty.",
    )
    ((_role, affiliation),) = speakers_in(ex, 1)
    assert affiliation is not None and "Nordic Council of Ministers" in affiliation


def test_a_post_said_with_an_article_after_a_named_panellist_from_a_state(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Chad's State General Inspectorate (Inspection Générale d'État). The person is
    invented."""
    ex = read_one(
        vocabulary,
        "The magistrate from Chad, Ms. Achta Mahamat, an inspector at the Inspection Générale "
        "d'État (IGE), described the role of the State General Inspectorate.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Chad")]


def test_whom_a_person_speaks_on_behalf_of_said_first_wins_over_a_units_name(
    vocabulary: Gazetteer,
) -> None:
    """Facts: the Commission of the Economic Community of Central African States. The person
    is invented."""
    ex = read_one(
        vocabulary,
        "Speaking on behalf of the Commission of ECCAS, Ms. Clarisse Obame, Director of "
        "Political Affairs and Governance, recalled the Revised Treaty.",
    )
    ((_, affiliation),) = speakers_in(ex, 1)
    assert affiliation is not None
    assert "ECCAS" in affiliation or "Central African States" in affiliation


def test_participants_from_some_bodies_are_some_not_all(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Participants from civil society organizations expressed concern that the discretion "
        "of the minister was wide.",
        "Participants agreed that the register should be public.",
    )
    assert speakers_in(ex, 1) == [("speaker", None)]
    assert speakers_in(ex, 2) == [("delegations", None)]


def test_the_state_a_body_is_accredited_to_is_not_whom_it_speaks_for(
    vocabulary: Gazetteer,
) -> None:
    """Facts: the European Union has delegations in third States, such as Peru. The person
    is invented."""
    ex = read_one(
        vocabulary,
        "Ms. Ana Ruiz, Head of Cooperation at the Delegation of the European Union to Peru, "
        "explained that the programme supported prosecutors.",
    )
    ((_, affiliation),) = speakers_in(ex, 1)
    assert affiliation is not None and "European Union" in affiliation


def test_a_body_established_by_a_law_is_an_aside_after_a_speakers_post(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Tunisia's National Commission for the Recovery of Ill-Gotten Assets Located
    Abroad, set up by Decree-Law No. 2011-15; Lebanon returned funds in the Trabelsi case.
    The wording is invented."""
    ex = read_paragraphs(
        vocabulary,
        "The panellist from Tunisia, a member of the National Commission for the Recovery of "
        "Ill-Gotten Assets Located Abroad, established by Decree-Law No. 2011-15 of 26 March "
        "2011, recalled that the Lebanese authorities had returned funds in the Trabelsi case.",
        "The panellist from Tunisia, a member of the National Commission, created under "
        "Decree-Law No. 2011-15, explained that requests had been based on the Convention.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Tunisia")]
    assert speakers_in(ex, 2) == [("panellist", "Tunisia")]


def test_a_national_body_named_in_its_language_belongs_to_the_state_of_its_english_name(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Tunisia's Commission Tunisienne des Analyses Financières (CTAF) sits within the
    Central Bank of Tunisia; Algeria's CTRF is its counterpart. The wording is invented."""
    ex = read_paragraphs(
        vocabulary,
        "A panellist from the Commission Tunisienne des Analyses Financières (Tunisian "
        "Financial Analysis Committee, CTAF), established within the Central Bank of Tunisia, "
        "noted that the Committee had concluded an agreement with the CTRF of Algeria.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Tunisia")]
    ctaf = next(e for e in ex.entities.values() if e.label.startswith("Commission Tunisienne"))
    assert ctaf.owner == "state/TUN"


def test_a_name_in_another_language_with_commas_runs_to_its_english_name(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Morocco's Instance Nationale de la Probité, de la Prévention et de la Lutte
    contre la Corruption, under the Constitution of 2011. The person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "H.E. Mr. Karim Bennani, President of the Instance Nationale de la Probité, de la "
        "Prévention et de la Lutte contre la Corruption (National Authority for Probity, "
        "Prevention and the Fight against Corruption), welcomed participants to Rabat. He "
        "recalled that the Moroccan Constitution of 2011 had entrusted the Authority with "
        "coordinating anti-corruption policies.",
    )
    assert speakers_in(ex, 1) == [("official", "Morocco")]
    assert any(
        e.label.startswith("Instance Nationale de la Probité, de la Prévention")
        for e in ex.entities.values()
    )


def test_a_bodys_former_name_after_a_title_is_an_aside(vocabulary: Gazetteer) -> None:
    """Facts: Brazil's National Secretariat for Penal Policies (SENAPPEN) replaced the
    National Penitentiary Department (DEPEN). The person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "Ms. Ana Lima (Brazil), Director of the Federal Penitentiary System at the National "
        "Secretariat for Penal Policies (SENAPPEN), formerly the Brazilian National "
        "Penitentiary Department (DEPEN), explained that the federal penitentiaries isolated "
        "the leaders of criminal organizations.",
    )
    assert speakers_in(ex, 1) == [("official", "Brazil")]


def test_an_expert_on_a_field_from_a_body_speaks_for_it(vocabulary: Gazetteer) -> None:
    """Facts: the Whistleblowing International Network (WIN); Kenya's Ethics and
    Anti-Corruption Commission. The wording is invented."""
    ex = read_paragraphs(
        vocabulary,
        "An expert on whistle-blower protection from the Whistleblowing International Network "
        "(WIN) observed that prison officers were exposed to retaliation.",
        "An expert on detention monitoring from Kenya explained that the Ethics and "
        "Anti-Corruption Commission could inspect any prison.",
        "Summarizing the discussion, the Chair noted the broad agreement among speakers on the "
        "value of agreements concluded under article 57, paragraph 5, of the Convention.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Whistleblowing International Network")]
    assert speakers_in(ex, 2) == [("panellist", "Kenya")]
    assert speakers_in(ex, 3) == [("chair", None)]  # the speakers agreed on a value: no one


def test_known_bodies_and_the_hellenic_adjective_give_affiliations(vocabulary: Gazetteer) -> None:
    """Facts: UN-Water coordinates the UN system on water; the Thailand Institute of Justice
    (TIJ) promotes the Bangkok Rules; the Kyoto Declaration of the Fourteenth Crime Congress;
    the Hellenic Ministry of Culture is Greece's. People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "A representative of UN-Water recalled that billions of people still lacked water.",
        "An expert from the Thailand Institute of Justice recalled that the Kyoto Declaration "
        "on Advancing Crime Prevention, Criminal Justice and the Rule of Law had committed "
        "States to reducing pretrial detention.",
        "Ms. Eleni Dunn, Director at the Hellenic Ministry of Culture, explained that her "
        "Directorate monitored auction catalogues.",
    )
    assert speakers_in(ex, 1) == [("speaker", "UN-Water")]
    assert speakers_in(ex, 2) == [("panellist", "Thailand Institute of Justice")]
    assert (
        "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law"
        in {e.label for e in ex.entities.values()}
    )
    assert speakers_in(ex, 3) == [("official", "Greece")]


def test_a_state_after_the_city_a_body_sits_in_is_its_seat(vocabulary: Gazetteer) -> None:
    """Facts: the Public Affairs Centre in Bengaluru introduced citizen report cards in 1994.
    The person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "Mr. Suresh Rao, Senior Fellow at the Public Affairs Centre in Bengaluru, India, "
        "described the citizen report cards first applied by the Centre in 1994.",
    )
    assert [a for _, a in speakers_in(ex, 1)] != ["India"]
    assert (speakers_in(ex, 1)[0][1] or "").startswith("Public Affairs Centre")


def test_a_civil_society_network_named_after_its_state_speaks_for_itself(
    vocabulary: Gazetteer,
) -> None:
    """Facts: the Kenya Water and Sanitation Civil Society Network (KEWASNET) runs social
    audits of water projects."""
    ex = read_paragraphs(
        vocabulary,
        "An expert from the Kenya Water and Sanitation Civil Society Network (KEWASNET) "
        "described social audits of county water projects.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Kenya Water and Sanitation Civil Society Network")]


def test_a_nationality_of_two_words_before_a_role_noun(vocabulary: Gazetteer) -> None:
    """Facts: South Africa's Competition Commission used its corporate leniency policy in
    the construction cartel cases; Sri Lanka's Bribery Commission."""
    ex = read_paragraphs(
        vocabulary,
        "The South African panellist stated that the Competition Commission had relied on its "
        "corporate leniency policy.",
        "The Sri Lankan representative described the work of the Bribery Commission.",
        "Latin American panellists described their asset management offices.",
    )
    assert speakers_in(ex, 1) == [("panellist", "South Africa")]
    assert speakers_in(ex, 2) == [("speaker", "Sri Lanka")]
    assert speakers_in(ex, 3) == [("panellist", None)]


def test_a_seconded_expert_speaks_and_journalists_threatened_do_not(vocabulary: Gazetteer) -> None:
    """Facts: Eurojust hosts seconded national experts; CLIP is a Latin American centre of
    investigative journalism. People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "Mr. Piotr Osei, seconded national expert at Eurojust, explained that the Agency had "
        "supported joint investigation teams.",
        "Mr. Rodrigo Salazar, a journalist with CLIP, described an investigation. He reported "
        "that several journalists involved had been threatened.",
    )
    assert speakers_in(ex, 1) == [("official", "Eurojust")]
    assert speakers_in(ex, 2) == [("official", "CLIP")]


def test_the_meetings_own_chair_opens_it(vocabulary: Gazetteer) -> None:
    """The person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "The meeting was opened by its Chair, Ms. Daphne Holt (Greece). She observed that the "
        "trafficking of antiquities rarely succeeded without complicity.",
        "The network, whose chair was absent, had met twice. Its secretariat had moved.",
    )
    assert speakers_in(ex, 1) == [("chair", "Greece")]
    assert speakers_in(ex, 2) == []


def test_the_delegation_of_a_power_is_no_speaker(vocabulary: Gazetteer) -> None:
    """The wording is invented."""
    ex = read_paragraphs(
        vocabulary,
        "An expert from Kenya presented a typology of corruption. She explained that "
        "overcrowding and the delegation of internal order to so-called prisoner leaders "
        "multiplied those risks.",
        "The delegation of Chile welcomed the report.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Kenya")]
    assert speakers_in(ex, 2) == [("speaker", "Chile")]


def test_a_speaker_for_a_body_named_in_another_language_past_a_comma(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Algeria's Haute Autorité de Transparence, de Prévention et de Lutte contre la
    Corruption, established in 2020."""
    ex = read_paragraphs(
        vocabulary,
        "The panellist representing the Haute Autorité de Transparence, de Prévention et de "
        "Lutte contre la Corruption (High Authority for Transparency, Prevention and the Fight "
        "against Corruption, HATPLC) of Algeria explained that the Authority had been "
        "established in 2020.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Algeria")]


def test_a_headless_body_before_speaking_on_behalf_of_others(vocabulary: Gazetteer) -> None:
    """Facts: I Watch is a Tunisian civil society organization. The person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "Mr. Mehdi Ayari, legal adviser with I Watch, speaking on behalf of several Tunisian "
        "civil society organizations, stressed that whistle-blowers needed protection.",
    )
    assert speakers_in(ex, 1) == [("official", "I Watch")]


def test_moderating_asides_ranks_and_un_names_with_parentheses(vocabulary: Gazetteer) -> None:
    """UN documents name some States with a parenthesis ("Netherlands (Kingdom of the)",
    "Bolivia (Plurinational State of)"). People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "The Vice-Chair, Mr. Kwabena Asante (Kenya), moderating the third panel, observed that "
        "cash assistance had grown.",
        "Ms. Amira Ben Salah (Tunisia), speaking as moderator of the fourth segment, recalled "
        "that the Convention did not contain a specific offence.",
        "The harbour master of the port of Mombasa, Captain Ochieng Barasa, explained that "
        "documents were submitted through the Kenya TradeNet System.",
        "The fifth session was moderated by the Rapporteur, Ms. de Groot-Adeyemi (Netherlands "
        "(Kingdom of the)). She recalled that article 39 of the Convention encouraged "
        "cooperation.",
        "Mr. Juan Pérez (Bolivia (Plurinational State of)) and Ms. Lin Wei (China) both stressed "
        "that the Convention was essential.",
    )
    assert speakers_in(ex, 1) == [("chair", "Kenya")]
    assert speakers_in(ex, 2) == [("chair", "Tunisia")]
    assert [r for r, _ in speakers_in(ex, 3)] == ["official"]
    assert speakers_in(ex, 4) == [("chair", "Netherlands")]
    assert [a for _, a in speakers_in(ex, 5)] == ["Bolivia", "China"]


def test_a_representative_whose_state_is_said_first(vocabulary: Gazetteer) -> None:
    """Facts: Türkiye's Disaster and Emergency Management Authority (AFAD) published
    earthquake donations; Denmark's Ministry of Foreign Affairs publishes substantiated
    corruption cases."""
    ex = read_paragraphs(
        vocabulary,
        "Several speakers spoke. For Türkiye, the representative underlined that the Disaster "
        "and Emergency Management Authority (AFAD) had published the donations received.",
        "The representative of Denmark added that the Danish Ministry of Foreign Affairs "
        "published all cases. For example, the representative explained the law.",
    )
    assert speakers_in(ex, 1) == [("speaker", None), ("speaker", "Türkiye")]
    assert speakers_in(ex, 2) == [("speaker", "Denmark")]
    assert "Danish Ministry of Foreign Affairs" in {e.label for e in ex.entities.values()}


def test_a_speaker_from_a_body_described_but_not_named(vocabulary: Gazetteer) -> None:
    """The wording is invented."""
    ex = read_paragraphs(
        vocabulary,
        "Several participants discussed accountability. A speaker from a non-governmental "
        "organization stressed that employees required effective whistle-blower protection.",
        "A compliance officer of a global bank headquartered in Europe, speaking as a "
        "panellist, described how her institution screened customers.",
    )
    assert speakers_in(ex, 1) == [("speaker", None), ("speaker", None)]
    assert speakers_in(ex, 2) == [("panellist", None)]
    assert [s.speaker for s in ex.paragraphs[1].statements] == ["A compliance officer"]


def test_a_qualified_post_after_the_article_is_a_speaker(vocabulary: Gazetteer) -> None:
    """Facts: the Maritime Anti-Corruption Network (MACN) has a Programme Director."""
    ex = read_paragraphs(
        vocabulary,
        "In response, the Programme Director of MACN noted that member companies applied a "
        "zero-tolerance standard.",
    )
    assert speakers_in(ex, 1) == [("official", "MACN")]  # as the report names it


def test_staff_of_a_programme_a_bodys_acronym_opens_speak_for_the_body(
    vocabulary: Gazetteer,
) -> None:
    """Facts: UNODC's Global Programme on Prison Challenges; IGAD's Security Sector
    Programme. People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "An expert from the UNODC Global Programme on Prison Challenges presented a typology.",
        "The Intergovernmental Authority on Development (IGAD) hosted the workshop. Ms. Selam "
        "Tekle, Programme Officer of the IGAD Security Sector Programme, recalled article 12 of "
        "the Convention.",
    )
    [(_, first)] = speakers_in(ex, 1)
    assert first in ("UNODC", "United Nations Office on Drugs and Crime")
    assert speakers_in(ex, 2) == [("official", "Intergovernmental Authority on Development")]
    assert "IGAD Security Sector Programme" in {e.label for e in ex.entities.values()}


def test_owners_said_after_an_acronym_or_inside_an_of_phrase(vocabulary: Gazetteer) -> None:
    """Facts: the United States' Special Inspector General for Afghanistan Reconstruction
    (SIGAR); the Administration of the German Bundestag audits party finances; the Bank of
    Central African States (BEAC) is a regional bank. People are invented."""
    ex = read_paragraphs(
        vocabulary,
        "Mr. Garrett Holloway, a former investigator with the Office of the Special Inspector "
        "General for Afghanistan Reconstruction (SIGAR) of the United States, speaking as a "
        "panellist, presented the conclusions of the report.",
        "Mr. Jens Wohlfahrt, an auditor of party finances at the Administration of the German "
        "Bundestag, explained that parties had to publish their accounts.",
        "Ms. Ana Diallo, an economist at the Bank of Central African States, explained the "
        "reforms.",
    )
    assert speakers_in(ex, 1) == [("panellist", "United States")]
    assert speakers_in(ex, 2) == [("official", "Germany")]
    assert speakers_in(ex, 3) == [("official", "Bank of Central African States")]


def test_a_lower_case_post_after_a_name_keeps_the_panellists_state(vocabulary: Gazetteer) -> None:
    """Facts: Guatemala's Public Prosecutor's Office; the TCQ port concession case. The
    person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "A panellist from Guatemala, Mr. Héctor Xicará, prosecutor in the Public Prosecutor's "
        "Office, presented the TCQ case.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Guatemala")]


def test_a_name_with_its_unit_after_the_body_spoken_for_keeps_the_body(
    vocabulary: Gazetteer,
) -> None:
    """Facts: the European Commission's Directorate-General for Migration and Home Affairs
    and its report on investor citizenship schemes (2019). The people are invented."""
    ex = read_paragraphs(
        vocabulary,
        "The expert from the European Commission, Mr. Pieter Van Houtte of the "
        "Directorate-General for Migration and Home Affairs, presented the Report on "
        "Investor Citizenship and Residence Schemes.",
        "The panellist representing the European Commission, Ms. Ilka Moravec, of the "
        "Directorate-General for Migration and Home Affairs, recalled the report.",
    )
    assert speakers_in(ex, 1) == [("panellist", "European Commission")]
    assert speakers_in(ex, 2) == [("panellist", "European Commission")]


def test_a_post_in_lower_case_before_the_name_gives_the_body(vocabulary: Gazetteer) -> None:
    """Facts: Kenya's Energy and Petroleum Regulatory Authority (EPRA) and the Energy Act,
    2019; Eskom Holdings SOC Ltd, South Africa's State-owned utility. The people are
    invented."""
    ex = read_paragraphs(
        vocabulary,
        "The head of integrity at the Energy and Petroleum Regulatory Authority (EPRA) of "
        "Kenya, Mr. Samuel Kiprono, explained that the Energy Act, 2019 applied.",
        "The head of integrity at Eskom Holdings SOC Ltd, Mr. Sipho Ndlovu, described the "
        "lifestyle audits.",
    )
    assert [a for _, a in speakers_in(ex, 1)] == ["Kenya"]
    assert [a for _, a in speakers_in(ex, 2)] == ["Eskom Holdings SOC Ltd"]


def test_a_person_named_after_a_speaker_noun_is_remembered_as_the_noun_gave(
    vocabulary: Gazetteer,
) -> None:
    """Facts: the Citizenship by Investment Unit of Saint Kitts and Nevis. The person is
    invented."""
    ex = read_paragraphs(
        vocabulary,
        "A panellist from Saint Kitts and Nevis, Mr. Desmond Arrindell-Kovac, Chief Executive "
        "Officer of the Citizenship by Investment Unit, explained the due diligence on "
        "applicants.",
        "Replying to a question on the revocation of citizenship, Mr. Arrindell-Kovac "
        "explained that the Citizenship by Investment Unit had revoked citizenships.",
    )
    assert speakers_in(ex, 2) == [("panellist", "Saint Kitts and Nevis")]


def test_a_clause_on_what_the_post_involves_stands_between_speaker_and_verb(
    vocabulary: Gazetteer,
) -> None:
    """Facts: the World Bank Group's Office of Suspension and Debarment (OSD), headed by its
    Chief Suspension and Debarment Officer. The person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "Ms. Rosalind Achebe, Chief Suspension and Debarment Officer of the World Bank Group, "
        "who heads the Office of Suspension and Debarment (OSD), explained that the first "
        "tier was engaged.",
    )
    assert [a for _, a in speakers_in(ex, 1)] == ["World Bank Group"]


def test_two_people_with_their_posts_share_a_verb(vocabulary: Gazetteer) -> None:
    """Facts: the Chief Compliance Officer of the EBRD; the Fraud Investigations Division of
    the EIB's Inspectorate General. The people are invented."""
    ex = read_paragraphs(
        vocabulary,
        "In a joint presentation, Mr. Dmitri Halloran, Chief Compliance Officer of EBRD, and "
        "Ms. Beatrix Lindenau, Head of the Fraud Investigations Division of EIB, compared "
        "the approaches of the two institutions.",
    )
    assert [a for _, a in speakers_in(ex, 1)] == ["EBRD", "EIB"]


def test_a_speaker_nouns_apposition_with_at_or_with_gives_the_body(
    vocabulary: Gazetteer,
) -> None:
    """Facts: Transparency International Ukraine runs the DOZORRO monitoring platform. The
    person is invented."""
    ex = read_paragraphs(
        vocabulary,
        "The next speaker, a data scientist at Transparency International Ukraine, presented "
        "the DOZORRO platform.",
    )
    assert [a for _, a in speakers_in(ex, 1)] == ["Transparency International Ukraine"]


def test_questions_put_to_the_panel_by_delegates_are_theirs(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Questions were put to the panel by the delegates of Brazil and Norway, who asked how "
        "the banks prevented debarred firms from reappearing as subcontractors.",
    )
    assert speakers_in(ex, 1) == [("speaker", "Brazil"), ("speaker", "Norway")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "In response, Ms. Benmansour-Keller of UNODC observed that transparent assignment "
            "could be preferable to an auction.",
            "UNODC",
        ),
        ("Mr. Paolo Rossi from OECD described the review of Peru.", "OECD"),
    ],
)
def test_a_named_person_of_a_body_by_its_acronym_speaks_for_it(
    gazetteer: Gazetteer, text: str, body: str
) -> None:
    ex = read_one(gazetteer, text)
    [statement] = ex.paragraphs[0].statements
    assert statement.affiliation is not None
    assert ex.entities[statement.affiliation.entity].label == body


def test_a_place_in_a_name_is_no_body(gazetteer: Gazetteer) -> None:
    [statement] = (
        read_one(gazetteer, "Baroness Williams of Trafford observed that the register was open.")
        .paragraphs[0]
        .statements
    )
    assert statement.affiliation is None


def test_one_named_after_through_is_no_speaker(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "Ms. Astrid Coppens, Chair of the Anti-Money Laundering Committee of the Council of "
        "Bars and Law Societies of Europe (CCBE), explained that the European Court of Human "
        "Rights, in Michaud v. France (2012), had accepted the obligation of lawyers to file "
        "suspicious transaction reports because those reports were filtered through the "
        "president of the bar (b\u00e2tonnier), an arrangement that preserved the core of legal "
        "professional privilege. She noted that Regulation (EU) 2024/1624, which would apply "
        "from July 2027, retained that filter.",
    )
    assert [s.speaker[:9] for s in ex.paragraphs[0].statements] == ["Ms. Astri"]


@pytest.mark.parametrize(
    "text",
    [
        "Maître Solène Arbogast, notary and member of the Higher Council of Notaries of France, "
        "explained that notaries filed many reports.",
        "Ms. Solène Arbogast, notary and member of the Higher Council of Notaries of France, "
        "explained that notaries filed many reports.",
        "Mr. Jean Dupont, lawyer at the Paris Bar of France, explained that lawyers filed few "
        "reports.",
    ],
)
def test_a_profession_in_lower_case_opens_a_title(vocabulary: Gazetteer, text: str) -> None:
    assert [a for _, a in first_speakers(read_one(vocabulary, text))] == ["France"]


def test_a_capitalized_post_in_apposition_describes_the_speaker(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A panellist from Kenya, a Deputy Director of the Special Control Unit against Money "
        "Laundering (SCUML), explained that the Act had brought lawyers within the regime.",
    )
    assert first_speakers(ex) == [("panellist", "Kenya")]


def test_people_after_what_is_noted_speak_when_the_sentence_is_theirs(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(vocabulary, "Noting that the issue was complex, speakers called for training.")
    assert first_speakers(ex) == [("speaker", None)]


def test_an_observatory_named_in_portuguese_sends_an_observer(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The observer for the Observatório Cidadão das Concessões, a network of Brazilian civil "
        "society organizations, presented the results of its monitoring.",
    )
    assert [a for _, a in first_speakers(ex)] == ["Observatório Cidadão das Concessões"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Ines Moreau (Belgium) and Mr. Kofi Mensah (Ghana), co-facilitators of the "
            "informal consultations on the draft resolution, briefed the meeting on the "
            "Sendai Framework for Disaster Risk Reduction.",
            [("co-facilitator", "Belgium"), ("co-facilitator", "Ghana")],
        ),
        (
            "Ms. Ana Souza (Brazil) and Mr. Li Wei (China), Co-Chairs of the Working Group, "
            "recalled the Sendai Framework for Disaster Risk Reduction.",
            [("chair", "Brazil"), ("chair", "China")],
        ),
        (
            "The Working Group heard a report by Ms. Beatriz Teles (Portugal) and Mr. Tjiuee "
            "Kandjii (Namibia), the co-facilitators of the informal consultations on the draft "
            "conclusions, who stated that the consultations had been constructive.",
            [("co-facilitator", "Portugal"), ("co-facilitator", "Namibia")],
        ),
        (  # each has a post of their own, which is no shared one
            "Mr. Amos Bello, Director of the Financial Intelligence Unit of Nigeria, and Ms. "
            "Clara Dube, Head of the Asset Recovery Unit of Zambia, compared the Sendai "
            "Framework for Disaster Risk Reduction.",
            [("official", "Nigeria"), ("official", "Zambia")],
        ),
    ],
)
def test_two_people_holding_one_post_both_speak_in_it(
    vocabulary: Gazetteer, text: str, expected: list[tuple[str, str | None]]
) -> None:
    ex = read_paragraphs(vocabulary, text)
    assert speakers_in(ex, 1) == expected


def test_a_person_named_later_by_the_first_word_of_their_name_keeps_their_role(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Colonel Hoang Minh Tuan (Viet Nam), the first panellist, described the Electronic "
        "Border Gate Management System.",
        "In response to questions from the floor, Colonel Hoang clarified that data from the "
        "Electronic Border Gate Management System were shared only in aggregated form.",
    )
    assert speakers_in(ex, 1) == speakers_in(ex, 2) == [("panellist", "Viet Nam")]


def test_a_clause_on_whose_a_body_is_does_not_hide_its_observer(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The observer for the Asset Recovery Interagency Network for Asia and the Pacific "
        "(ARIN-AP), whose secretariat was hosted by the Supreme Prosecutors' Office of the "
        "Republic of Korea, said that the contact points of the network had handled 27 "
        "informal requests.",
    )
    assert first_speakers(ex) == [
        ("speaker", "Asset Recovery Interagency Network for Asia and the Pacific")
    ]


def test_a_post_shared_later_is_the_role_of_someone_introduced_before(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "Ms. Nattaya Boonmee (Thailand), the first panellist, presented the Sendai Framework "
        "for Disaster Risk Reduction.",
        "Ms. Nattaya Boonmee (Thailand) and Mr. Zhao Lixin (China), co-facilitators of the "
        "informal consultations on the conclusions, reported on the Sendai Framework for "
        "Disaster Risk Reduction.",
    )
    assert speakers_in(ex, 1) == [("panellist", "Thailand")]
    assert speakers_in(ex, 2) == [("co-facilitator", "Thailand"), ("co-facilitator", "China")]
