"""The extractor on paragraphs written for the purpose (see tests/data/extract/README.md)."""

from __future__ import annotations

import pytest

from uncac_kg.document.model import Document, Paragraph, Span
from uncac_kg.extract import EntityType, Extraction, Role, extract_document
from uncac_kg.extract.gazetteer import Gazetteer


def _doc(*texts: str) -> Document:
    paragraphs = []
    full = ""
    for n, text in enumerate(texts, start=1):
        start = len(full)
        full += text + "\n"
        paragraphs.append(Paragraph(n, text, Span(start, start + len(text))))
    return Document("test-doc", "Test", full, "test.txt", paragraphs=tuple(paragraphs))


def _run(gazetteer: Gazetteer, *texts: str) -> Extraction:
    return extract_document(_doc(*texts), gazetteer)


def _labels(ex: Extraction, n: int) -> set[str]:
    return {ex.entities[m.entity].label for m in ex.paragraphs[n - 1].mentions}


def _typed(ex: Extraction, n: int) -> set[tuple[str, EntityType]]:
    """Each entity paragraph ``n`` names, as (label, type)."""
    return {
        (ex.entities[m.entity].label, ex.entities[m.entity].type)
        for m in ex.paragraphs[n - 1].mentions
    }


def _said(ex: Extraction, n: int) -> list[tuple[Role, str | None]]:
    """Each statement of paragraph ``n`` as (role, affiliation label)."""
    return [
        (s.role, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[n - 1].statements
    ]


def test_panellist_from_a_state_cites_national_tools(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "A panellist from Latvia presented the Latvian Asset Recovery Office and the "
        "Anti-Money Laundering Act 2019. She also highlighted the national Open Data portal "
        "and beneficial ownership registers.",
    )
    (st,) = ex.paragraphs[0].statements
    assert st.role is Role.PANELLIST
    assert st.affiliation is not None and st.affiliation.label == "Latvia"
    cited = {ex.entities[c.entity].label for c in st.citations}
    assert cited == {
        "Latvian Asset Recovery Office",
        "Anti-Money Laundering Act 2019",
        "Open Data portal",
        "beneficial ownership registers",
    }
    office = ex.entities["entity/latvian-asset-recovery-office"]
    assert office.type is EntityType.ORGANIZATION and office.owner == "state/LVA"
    act = ex.entities["entity/anti-money-laundering-act-2019"]
    assert act.type is EntityType.LEGAL_INSTRUMENT and act.subtype == "NationalLaw"


def test_joint_mention_gives_one_statement_per_state(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "Panellists from Kenya and Ghana described mutual legal assistance.")
    sts = ex.paragraphs[0].statements
    assert [s.affiliation.label for s in sts if s.affiliation] == ["Kenya", "Ghana"]
    assert all(ex.entities[s.citations[0].entity].label == "mutual legal assistance" for s in sts)


def test_organization_affiliation_and_acronym(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "An expert from the Organisation for Economic Co-operation and Development (OECD) "
        "presented the Global Integrity Data Platform (GIDP).",
        "The GIDP was praised by several speakers.",
    )
    (st,) = ex.paragraphs[0].statements
    assert st.role is Role.PANELLIST
    assert st.affiliation is not None and st.affiliation.entity == "entity/oecd"
    assert [ex.entities[c.entity].label for c in st.citations] == ["Global Integrity Data Platform"]
    (passive,) = ex.paragraphs[1].statements
    assert passive.role is Role.SPEAKER and passive.affiliation is None
    assert [c.entity for c in passive.citations] == ["entity/global-integrity-data-platform"]


def test_floor_speakers_and_continuation(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Switzerland noted that Swiss authorities had returned assets. "
        "He stressed mutual legal assistance. One speaker highlighted article 46 of the "
        "Convention. Delegations welcomed the report.",
    )
    sts = ex.paragraphs[0].statements
    assert [(s.role, s.affiliation.label if s.affiliation else None) for s in sts] == [
        (Role.SPEAKER, "Switzerland"),
        (Role.SPEAKER, None),
        (Role.DELEGATIONS, None),
    ]
    assert [c.entity for c in sts[0].citations] == ["entity/mutual-legal-assistance"]
    assert {c.entity for c in sts[1].citations} == {"article/46", "entity/uncac"}
    assert "Switzerland" in _labels(ex, 1)  # named by its adjective too


def test_named_official_and_chair(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "In her opening remarks, Ms. Jane Doe, the Director of the Division for Policy "
        "Analysis of UNODC, noted the importance of the Convention.",
        "The President recalled the mandate of the meeting.",
    )
    (official,) = ex.paragraphs[0].statements
    assert official.role is Role.OFFICIAL
    assert official.affiliation is not None and official.affiliation.label == "UNODC"
    assert [c.entity for c in official.citations] == ["entity/uncac"]
    assert "Division for Policy Analysis" in _labels(ex, 1)
    (chair,) = ex.paragraphs[1].statements
    assert chair.role is Role.CHAIR and chair.affiliation is None


def test_citation_offsets_point_at_the_words(gazetteer: Gazetteer) -> None:
    text = "A panelist from Peru described the SIDNA-like Tracing databank of her country."
    ex = _run(gazetteer, text)
    for st in ex.paragraphs[0].statements:
        assert text[st.speaker_span.start : st.speaker_span.end] == st.speaker
        assert text[st.span.start : st.span.end] == st.text
        for c in st.citations:
            assert text[c.span.start : c.span.end] == c.text
    for m in ex.paragraphs[0].mentions:
        assert text[m.span.start : m.span.end] == m.text


def test_generic_type_differs_from_a_national_register(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "A panellist from Peru described the Beneficial Ownership Register of her country "
        "and recommended beneficial ownership registers to all.",
    )
    keys = {m.entity for m in ex.paragraphs[0].mentions}
    assert "entity/beneficial-ownership-register" in keys
    assert "entity/beneficial-ownership-registers" in keys


def test_no_speaker_no_statement(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "International cooperation was discussed under article 46.")
    assert ex.paragraphs[0].statements == ()
    assert _labels(ex, 1) == {"article 46"}


def test_short_name_refers_to_the_full_name_before(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The Open-ended Intergovernmental Working Group on Asset Recovery met in Vienna.",
        "The Chair recalled that the Working Group would discuss article 46.",
    )
    (chair,) = ex.paragraphs[1].statements
    labels = [ex.entities[c.entity].label for c in chair.citations]
    assert labels == ["Open-ended Intergovernmental Working Group on Asset Recovery", "article 46"]


def test_a_place_in_parentheses_is_not_another_name(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Ms. Ana Ruiz, the Permanent Representative of Peru to UNODC (Vienna), spoke.",
        "The meeting was held in Vienna.",
    )
    assert _labels(ex, 2) == set()


def test_articles_of_other_conventions_are_not_uncac_articles(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "One speaker referred to article 5 of the Anti-Bribery Convention.")
    assert _labels(ex, 1) == {"Anti-Bribery Convention"}


def test_a_head_word_after_a_known_name_makes_a_new_name(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "One speaker praised the OECD Principles and the OECD.")
    assert _labels(ex, 1) == {"OECD Principles", "OECD"}  # as the report names it


def test_speakers_from_a_list_of_states(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "Speakers from Kenya, France and Norway shared their experiences.")
    sts = ex.paragraphs[0].statements
    assert [s.affiliation.label for s in sts if s.affiliation] == ["Kenya", "France", "Norway"]


def test_observer_and_a_group_spoken_for(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The observer for the European Union referred to the EU Anti-Corruption Directive. "
        "The representative of Saudi Arabia, speaking on behalf of the Group of Arab States, "
        "supported the proposal.",
    )
    eu, saudi = ex.paragraphs[0].statements
    assert eu.affiliation is not None and eu.affiliation.entity == "entity/eu"
    assert [ex.entities[c.entity].label for c in eu.citations] == ["EU Anti-Corruption Directive"]
    assert saudi.affiliation is not None and saudi.affiliation.label == "Saudi Arabia"
    assert saudi.citations == ()  # the group spoken for introduces the speaker


def test_document_symbols_are_not_bodies(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "The secretariat introduced document CAC/COSP/IRG/2022/2 on UNODC.")
    assert _labels(ex, 1) == {"UNODC"}


def test_chair_with_a_name_in_apposition(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The President of the Conference, Mr. Ali Hassan, opened the session.",
        "The Chair, Ms. Laura Bianchi, opened the panel on mutual legal assistance.",
    )
    for found in ex.paragraphs:
        (chair,) = found.statements
        assert chair.role is Role.CHAIR and chair.affiliation is None


def test_named_speaker_with_state_in_parentheses(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "Mr. John Smith (Kenya) presented the Kenyan Assets Recovery Agency.")
    (st,) = ex.paragraphs[0].statements
    assert st.affiliation is not None and st.affiliation.label == "Kenya"
    assert [ex.entities[c.entity].label for c in st.citations] == ["Kenyan Assets Recovery Agency"]


def test_representatives_of_states_listed_after_a_colon(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Statements were made by the representatives of the following States: Kenya, Peru "
        "and Norway.",
    )
    sts = ex.paragraphs[0].statements
    assert [s.affiliation.label for s in sts if s.affiliation] == ["Kenya", "Peru", "Norway"]


def test_a_state_inside_a_name_is_kept_and_owns_it(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "One delegate described the Anti-Corruption Bureau of Latvia.")
    assert _labels(ex, 1) == {"Anti-Corruption Bureau of Latvia", "Latvia"}
    assert ex.entities["entity/anti-corruption-bureau-of-latvia"].owner == "state/LVA"


def test_article_of_the_convention_on_a_topic(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer, "Speakers referred to article 46 of the Convention on the return of assets."
    )
    assert "article 46" in _labels(ex, 1)


def test_numbered_law_and_its_short_title(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "A panellist from Peru presented Law No. 30424 (the Corporate Liability Act). The "
        "Corporate Liability Act was praised by one speaker.",
    )
    first, second = ex.paragraphs[0].statements
    (law,) = (ex.entities[c.entity] for c in first.citations)
    assert {law.label, *law.aliases} >= {"Law No. 30424", "Corporate Liability Act"}
    assert [c.entity for c in second.citations] == [law.key]
    assert law.subtype == "NationalLaw"


def test_names_with_particles_and_of_the(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Several speakers welcomed the Sharm el-Sheikh Declaration and a programme for the "
        "Effective Implementation of the Marrakech Declaration.",
    )
    assert _labels(ex, 1) == {"Sharm el-Sheikh Declaration", "Marrakech Declaration"}


def test_a_state_named_by_its_adjective_only_has_its_short_name(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "One speaker cited the Swiss Federal Office of Justice.")
    assert ex.entities["state/CHE"].label == "Switzerland"
    assert "China’s" not in _labels(_run(gazetteer, "Kenya’s experience was noted."), 1)


def test_a_named_permanent_representative_speaks_for_the_state(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "H.E. Ms. Amina Yusuf, the Permanent Representative of Kenya, informed the meeting "
        "about beneficial ownership registers.",
    )
    (st,) = ex.paragraphs[0].statements
    assert (st.role, st.affiliation.label if st.affiliation else None) == (Role.SPEAKER, "Kenya")
    assert st.name == "Amina Yusuf"


def test_speakers_listed_after_the_following(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Presentations were made by the following panellists: Mr. Ahmed Ali (Kenya); "
        "Ms. Sara Lind (Peru); and Mr. Tom Weber (UNODC).",
    )
    sts = ex.paragraphs[0].statements
    assert [(s.role, s.affiliation.label if s.affiliation else None) for s in sts] == [
        (Role.PANELLIST, "Kenya"),
        (Role.PANELLIST, "Peru"),
        (Role.PANELLIST, "UNODC"),
    ]
    assert sts[0].speaker == "Mr. Ahmed Ali (Kenya)"


def test_the_same_resolution_is_the_last_one_named(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The President recalled resolution 74/276.",
        "He also recalled that, in the same resolution, States were invited to act.",
    )
    assert _labels(ex, 2) == {"resolution 74/276"}


def test_the_family_of_a_body_is_not_the_body(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "Submissions came from organizations in the UNODC system and UNODC.")
    assert _labels(ex, 1) == {"UNODC"}
    assert len(ex.paragraphs[0].mentions) == 1


def test_a_person_introduced_with_a_title_speaks_for_it_later(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The session was chaired by Ms. Carla Rossi, Senior Adviser, the World Bank Group, and "
        "featured remarks by Hon. Peter Mwangi, Attorney General, Kenya, H.E. Lina Haddad, "
        "Ambassador of Switzerland to France, and Mr. Jon Berg (Norway).",
        "Ms. Rossi noted the role of the Stolen Asset Recovery Initiative (StAR).",
        "Mr. Mwangi described the Kenyan Assets Recovery Agency and the World Bank Group. "
        "Ms. Haddad referred to article 57 of the Convention. Mr. Berg stressed escrow accounts.",
        "Mr. Okafor highlighted the Egmont Group.",
    )
    rossi = ex.paragraphs[1].statements[0]
    assert rossi.affiliation is not None and rossi.affiliation.label == "World Bank Group"
    assert [ex.entities[c.entity].label for c in rossi.citations] == [
        "Stolen Asset Recovery Initiative"
    ]
    mwangi, haddad, berg = ex.paragraphs[2].statements
    assert mwangi.affiliation is not None and mwangi.affiliation.label == "Kenya"
    assert haddad.affiliation is not None and haddad.affiliation.label == "Switzerland"
    assert berg.affiliation is not None and berg.affiliation.label == "Norway"
    # nobody introduced "Mr. Okafor": no affiliation is made up
    (okafor,) = ex.paragraphs[3].statements
    assert okafor.role is Role.OFFICIAL and okafor.affiliation is None


def test_a_persons_own_affiliation_is_not_cited_when_remembered(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Remarks were made by Ms. Ana Silva, Senior Counsel, the World Bank Group.",
        "Ms. Silva said that the World Bank Group supported mutual legal assistance.",
    )
    (silva,) = ex.paragraphs[1].statements
    assert silva.affiliation is not None and silva.affiliation.label == "World Bank Group"
    assert [ex.entities[c.entity].label for c in silva.citations] == ["mutual legal assistance"]


def test_a_list_of_resolutions_is_one_entity_each(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "In its resolutions 1/4, 2/3, 3/3 and 7/1, the Conference established the Working "
        "Group; in resolution 7/1 it renewed the mandate.",
    )
    labels = sorted(x for x in _labels(ex, 1) if x.startswith("resolution"))
    assert labels == ["resolution 1/4", "resolution 2/3", "resolution 3/3", "resolution 7/1"]
    quotes = {m.text for m in ex.paragraphs[0].mentions}
    assert {"resolutions 1/4", "2/3", "3/3", "7/1", "resolution 7/1"} <= quotes


def test_a_chair_named_with_a_state_in_parentheses_speaks_for_it(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The meeting was opened by the Chair, Mr. Tiago Lopes (Peru), who recalled the mandate "
        "of the Working Group.",
    )
    (chair,) = ex.paragraphs[0].statements
    assert chair.role is Role.CHAIR and chair.speaker == "the Chair, Mr. Tiago Lopes (Peru)"
    assert chair.affiliation is not None and chair.affiliation.label == "Peru"


def test_a_document_by_the_secretariat_is_not_a_speaker(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "A representative of the secretariat introduced the note by the Secretariat on mutual "
        "legal assistance. The issue was also raised, in particular by several speakers.",
    )
    roles = [s.role for s in ex.paragraphs[0].statements]
    assert roles == [Role.SECRETARIAT, Role.SPEAKER]


def test_a_chair_named_with_an_organization_speaks_for_it(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The Chair, Ms. Eva Lind of the Basel Institute on Governance, invited panellists "
        "to discuss mutual legal assistance.",
    )
    (chair,) = ex.paragraphs[0].statements
    assert chair.role is Role.CHAIR
    assert chair.affiliation is not None
    assert chair.affiliation.label == "Basel Institute on Governance"
    assert [ex.entities[c.entity].label for c in chair.citations] == ["mutual legal assistance"]


def test_two_passive_agents_are_two_speakers_citing_nothing_of_each_other(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "Opening statements were made by the representative of Kenya and by the President of "
        "the Conference.",
    )
    first, second = ex.paragraphs[0].statements
    assert first.role is Role.SPEAKER and first.affiliation is not None
    assert first.affiliation.label == "Kenya"
    assert second.role is Role.CHAIR and second.affiliation is None
    assert first.citations == () and second.citations == ()


def test_observers_for_a_list_of_organizations_are_one_statement_each(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "Statements were also made by the observers for the European Union, the Basel "
        "Institute on Governance and the Egmont Group.",
    )
    affiliations = [s.affiliation.label for s in ex.paragraphs[0].statements if s.affiliation]
    assert affiliations == ["European Union", "Basel Institute on Governance", "Egmont Group"]


def test_a_common_position_is_a_legal_instrument(gazetteer: Gazetteer) -> None:
    ex = _run(gazetteer, "One speaker highlighted the Common African Position on Asset Recovery.")
    (entity,) = [ex.entities[m.entity] for m in ex.paragraphs[0].mentions]
    assert entity.type is EntityType.LEGAL_INSTRUMENT
    assert entity.label == "Common African Position on Asset Recovery"


def test_a_meeting_of_a_body_whose_name_has_small_words(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The Chair recalled the outcome of the fifteenth meeting of the Working Group on "
        "Prevention, held in Vienna.",
    )
    meetings = [e.label for e in ex.entities.values() if e.type is EntityType.MEETING]
    assert meetings == ["fifteenth meeting of the Working Group on Prevention"]


def _titled(title: str, *texts: str) -> Document:
    document = _doc(*texts)
    return Document(
        document.identifier, title, document.text, document.source, paragraphs=document.paragraphs
    )


def test_this_meeting_is_the_meeting_the_report_is_about(gazetteer: Gazetteer) -> None:
    document = _titled(
        "Report on the third meeting of the Working Group on Prevention",
        "The third meeting of the Working Group on Prevention was opened by the Chair.",
        "The Chair recalled that this meeting was held under resolution 9/2.",
        "A representative of the secretariat informed the meeting that the report was ready.",
    )
    ex = extract_document(document, gazetteer)
    own = "third meeting of the Working Group on Prevention"
    assert own in _labels(ex, 2)
    (chair,) = ex.paragraphs[1].statements
    assert own in {ex.entities[c.entity].label for c in chair.citations}
    assert own not in _labels(ex, 3)  # the people present, not the event


def test_no_own_meeting_without_one_in_the_title(gazetteer: Gazetteer) -> None:
    document = _titled(
        "Note by the Secretariat",
        "The fifth session of the Conference was held in Panama.",
        "The Chair recalled that this meeting was held under resolution 9/2.",
    )
    ex = extract_document(document, gazetteer)
    assert not any("session" in label or "meeting" in label for label in _labels(ex, 2))


def test_meetings_described_by_their_topic(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The panellist from Kenya recalled the expert group meeting on the management of "
        "recovered assets and the international expert meeting on the return of stolen assets "
        "held in 2019. Bilateral meetings and the previous meeting were also mentioned.",
        "The Chair recalled that the meeting of the Working Group had been held in a hybrid "
        "format.",
    )
    assert _labels(ex, 1) >= {
        "expert group meeting on the management of recovered assets",
        "expert meeting on the return of stolen assets",
    }
    assert not any("ilateral" in label or "previous" in label for label in _labels(ex, 1))
    assert not any("meeting" in label for label in _labels(ex, 2))


def test_a_descriptive_meeting_still_names_what_it_is_about(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Delegations thanked the co-facilitators of the informal consultations on the "
        "Sharm el-Sheikh Declaration.",
    )
    assert _labels(ex, 1) >= {
        "informal consultations on the Sharm el-Sheikh Declaration",
        "Sharm el-Sheikh Declaration",
    }


def test_a_named_official_without_an_honorific(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Ana Ruiz, Vice-Minister for Justice of Peru, underscored the role of the Special "
        "Investigation Service. She also mentioned the Open Data portal.",
        "KWAME MENSAH (Ghana), President of the General Assembly, said corruption corrodes "
        "public trust.",
        "Transparency International, the global network, said more was needed.",
    )
    (first,) = ex.paragraphs[0].statements
    assert first.role is Role.OFFICIAL
    assert first.affiliation is not None and first.affiliation.label == "Peru"
    assert {ex.entities[c.entity].label for c in first.citations} == {
        "Special Investigation Service",
        "Open Data portal",
    }
    (second,) = ex.paragraphs[1].statements
    assert second.role is Role.CHAIR
    assert second.affiliation is not None and second.affiliation.label == "Ghana"
    assert ex.paragraphs[2].statements == ()


def test_people_listed_as_chairing_and_speaking(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "This session was chaired by Ms. Ana Ruiz, Senior Director, UNODC, and featured "
        "remarks by Hon. Kofi Mensah, Attorney General, Ghana, Baroness Hale of Richmond, "
        "Minister of State, Norway, and Mr. Jean Dupont, Director, France. Ms. Ruiz noted "
        "the role of the Egmont Group.",
        "Speakers at this event included Mr. Ola Nordmann, Director of the Norwegian Police, "
        "and Ms. Marie Curie, Head of the French Anti-Corruption Agency.",
    )
    got = [
        (s.role, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[0].statements
    ]
    assert got == [
        (Role.CHAIR, "UNODC"),
        (Role.OFFICIAL, "Ghana"),
        (Role.OFFICIAL, "Norway"),
        (Role.OFFICIAL, "France"),
        (Role.CHAIR, "UNODC"),
    ]
    assert [ex.entities[c.entity].label for c in ex.paragraphs[0].statements[-1].citations] == [
        "Egmont Group"
    ]
    second = ex.paragraphs[1].statements
    assert [s.affiliation.label if s.affiliation else None for s in second] == [
        "Norway",
        "France",
    ]


def test_a_chair_introduced_in_apposition_speaks_for_their_state_later(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The meeting was opened by its Chair, Mr. Omar Haddad (Kenya). In his opening "
        "remarks, the Chair recalled resolution 8/9.",
        "The Chair thanked the panellists and participants for their contributions and "
        "informed them of the next steps.",
    )
    (st,) = ex.paragraphs[0].statements
    assert st.role is Role.CHAIR
    assert st.affiliation is not None and st.affiliation.label == "Kenya"
    (closing,) = ex.paragraphs[1].statements
    assert closing.role is Role.CHAIR and closing.affiliation is None


def test_delegates_named_with_their_state_and_panellists_speaking_as_such(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "In the ensuing discussion, Mr. Arief Wibowo (Ghana) informed participants that a "
        "bill had been submitted. Ms. Claire Morel (Kenya) presented the Kenyan framework.",
        "Ms. Nomvula Dlamini, Senior State Advocate in the Asset Forfeiture Unit of the "
        "National Prosecuting Authority of Kenya, speaking as a panellist, observed that "
        "the Judicial Commission of Inquiry into Allegations of State Capture had found abuse.",
        "The meeting was attended by representatives of 118 States parties. At its 1st "
        "meeting, on 4 June 2024, the Working Group adopted its agenda.",
    )
    assert _said(ex, 1) == [(Role.SPEAKER, "Ghana"), (Role.SPEAKER, "Kenya")]
    second = ex.paragraphs[1].statements
    assert [(s.role, s.affiliation and s.affiliation.label) for s in second] == [
        (Role.PANELLIST, "Kenya")
    ]
    assert {ex.entities[c.entity].label for c in second[0].citations} == {
        "Judicial Commission of Inquiry into Allegations of State Capture"
    }
    assert ex.paragraphs[2].statements == ()
    assert _labels(ex, 3) == {"Working Group"}


def test_law_titles_with_a_year_after_a_comma_and_a_number_in_parentheses(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The representative of Ghana referred to the Companies Act, 2019 (Act 992), the "
        "Prevention of Organised Crime Act, 1998, the General Laws (Anti-Money Laundering and "
        "Combating Terrorism Financing) Amendment Act, 2022 and the Economic Crime "
        "(Transparency and Enforcement) Act 2022.",
    )
    assert _labels(ex, 1) == {
        "Ghana",
        "Companies Act, 2019",
        "Prevention of Organised Crime Act, 1998",
        "General Laws (Anti-Money Laundering and Combating Terrorism Financing) Amendment "
        "Act, 2022",
        "Economic Crime (Transparency and Enforcement) Act 2022",
    }


def test_an_act_of_a_year_whose_title_opens_with_a_body_is_the_act(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "Ms. A (Ghana) explained that the Office, established under the Office of the Special "
        "Prosecutor Act, 2017 (Act 959), combined investigative and prosecutorial functions.",
    )
    types = {
        ex.entities[m.entity].label: ex.entities[m.entity].type for m in ex.paragraphs[0].mentions
    }
    assert types["Office of the Special Prosecutor Act, 2017"] is EntityType.LEGAL_INSTRUMENT
    assert "Act 959" not in types  # the act's number: another name of it, not another act


def test_a_name_goes_on_past_or_when_its_acronym_spells_the_words(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "It was organized with the Commission to Investigate Allegations of Bribery or "
        "Corruption (CIABOC) of Sri Lanka.",
        "Mr. K, Director of Investigations at CIABOC, explained that the Act applied.",
    )
    assert "Commission to Investigate Allegations of Bribery or Corruption" in _labels(ex, 1)
    assert [s.affiliation.label for s in ex.paragraphs[1].statements if s.affiliation] == [
        "Sri Lanka"
    ]


def test_acts_of_one_english_name_are_told_apart_by_their_own_names(
    vocabulary: Gazetteer,
) -> None:
    ex = _run(
        vocabulary,
        "He said that the Whistleblower Protection Act (Wet bescherming klokkenluiders) had "
        "transposed the Directive.",
        "The delegate of Austria noted that, under the Whistleblower Protection Act "
        "(HinweisgeberInnenschutzgesetz) of 2023, the Federal Bureau of Anti-Corruption acted "
        "as the external reporting office.",
        "The delegate of Germany said that the Whistleblower Protection Act "
        "(Hinweisgeberschutzgesetz) had been in force since July 2023.",
    )
    acts = [
        {
            m.entity
            for m in ex.paragraphs[n].mentions
            if ex.entities[m.entity].type is EntityType.LEGAL_INSTRUMENT
        }
        for n in range(3)
    ]
    assert all(len(a) == 1 for a in acts)
    assert len(set.union(*acts)) == 3  # three States' acts, not one


def test_a_case_named_by_its_parties(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "One speaker referred to the judgment in WM and Sovim SA v. Luxembourg Business "
        "Registers. In Smith v. Jones, the court agreed.",
    )
    cases = {
        ex.entities[m.entity].label
        for m in ex.paragraphs[0].mentions
        if ex.entities[m.entity].type is EntityType.CASE
    }
    assert cases == {"WM and Sovim SA v. Luxembourg Business Registers", "Smith v. Jones"}


def test_people_introduced_as_panellists_keep_the_role(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Presentations were made by Mr. Ramon de Guzman, Commissioner, Presidential "
        "Commission on Good Government, Ghana; and Ms. Grace Achieng, Regional Coordinator, "
        "Kenya.",
        "Mr. de Guzman recounted the Marcos case. Ms. Achieng described the Civil Asset "
        "Recovery (International Co-operation) (Jersey) Law 2007.",
    )
    listed = _said(ex, 1)
    assert listed == [(Role.PANELLIST, "Ghana"), (Role.PANELLIST, "Kenya")]
    later = ex.paragraphs[1].statements
    assert [(s.role, s.affiliation and s.affiliation.label) for s in later] == listed
    assert {ex.entities[c.entity].label for c in later[1].citations} == {
        "Civil Asset Recovery (International Co-operation) (Jersey) Law 2007"
    }


def test_strategies_with_year_ranges_and_numbered_regulations(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Ghana presented the National Anti-Corruption Strategy "
        "2019–2022, Presidential Regulation No. 54 of 2018 and Ghana Vision 2030. He added "
        "that the draft Anti-Corruption Strategy for 2021–2025 and the National Agency on "
        "Corruption Prevention were under way; the National Agency had also adopted the "
        "Accra declaration.",
    )
    labels = _labels(ex, 1)
    assert labels >= {
        "National Anti-Corruption Strategy 2019–2022",
        "Presidential Regulation No. 54 of 2018",
        "Ghana Vision 2030",
        "Anti-Corruption Strategy for 2021–2025",
        "National Agency on Corruption Prevention",
        "Accra declaration",
    }
    assert "National Agency" not in labels


def test_a_representative_speaking_also_on_behalf_of_others(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of the European Union, speaking also on behalf of its member "
        "States, noted that the European Union had joined the Convention.",
    )
    (st,) = ex.paragraphs[0].statements
    assert st.affiliation is not None and st.affiliation.label == "European Union"


def test_a_body_of_another_body_is_two_names(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Ms. Ana Ferreira (Kenya) described the Asset Management Office of the Institute for "
        "Financial Management and Justice Equipment, the Asset Recovery Office of the "
        "Criminal Police and the Office of the Attorney General.",
    )
    assert _labels(ex, 1) == {
        "Kenya",
        "Asset Management Office",
        "Institute for Financial Management and Justice Equipment",
        "Asset Recovery Office",
        "Criminal Police",
        "Office of the Attorney General",
    }


def test_names_joined_by_list_commas_from_to_and_and_to(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Kenya described the Fund for Rehabilitation, Social Investment "
        "and Fight against Organized Crime (FRISCO) and the Framework for the Return of Assets "
        "from Corruption and Crime in Kenya (FRACCK). Declarations moved from the Civil "
        "Service Bureau to the Anti-Corruption Bureau, which used the Open Contracting Data "
        "Standard and to the Beneficial Ownership Data Standard, and the funds returned by "
        "Jersey in the Windward Trading case. She cited Directive (EU) 2019/1937.",
    )
    labels = _labels(ex, 1)
    assert labels >= {
        "Fund for Rehabilitation, Social Investment and Fight against Organized Crime",
        "Framework for the Return of Assets from Corruption and Crime in Kenya",
        "Civil Service Bureau",
        "Anti-Corruption Bureau",
        "Open Contracting Data Standard",
        "Beneficial Ownership Data Standard",
        "Windward Trading case",
        "Directive (EU) 2019/1937",
    }
    assert not any(" to the " in label or label.startswith("Jersey") for label in labels)


def test_a_list_of_states_after_a_name_is_not_part_of_it(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Peru referred to the Convention against Corruption, Kenya "
        "and Ghana.",
    )
    assert _labels(ex, 1) == {
        "Peru",
        "Kenya",
        "Ghana",
        "United Nations Convention against Corruption",
    }


def test_titles_cases_and_agreements_read_from_a_panellists_words(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Ms. Nomvula Dlamini, Senior State Advocate in the Asset Forfeiture Unit of the "
        "National Prosecuting Authority of Kenya, described the 2014 bank fraud case, the "
        "Prozorro electronic procurement system and a memorandum of understanding with the "
        "Office to States in the region. She stressed that the next meeting would conclude "
        "agreements on the Global Programme to Prevent and Combat Corruption.",
    )
    labels = _labels(ex, 1)
    assert labels >= {
        "Asset Forfeiture Unit",
        "National Prosecuting Authority of Kenya",
        "2014 bank fraud case",
        "Prozorro electronic procurement system",
        "memorandum of understanding",
        "Global Programme to Prevent and Combat Corruption",
    }
    assert not any(
        label.startswith("Senior") or "next" in label or label.startswith("conclude")
        for label in labels
    )
    assert "Office to States" not in labels


def test_a_president_of_another_body_is_an_official(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "“Nothing offends me more than bribes,” said Ana Ruiz, President of the "
        "Inter-Parliamentary Union, calling for stringent measures.",
        "The President of the Conference, Mr. A B, opened the session.",
    )
    (first,) = ex.paragraphs[0].statements
    assert first.role is Role.OFFICIAL
    assert first.affiliation is not None and first.affiliation.label == "Inter-Parliamentary Union"
    (second,) = ex.paragraphs[1].statements
    assert second.role is Role.CHAIR


def test_two_named_people_speaking_together(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "H.E. Ms. Anna Berset (Kenya) and Mr. John Whitfield (Ghana) thanked participants and "
        "presented the Geneva Communique on Asset Recovery. The panellist from Ghana added "
        "that the secretariat of the network was hosted by the Supreme Prosecutors Office.",
    )
    got = [
        (s.affiliation and s.affiliation.label, [ex.entities[c.entity].label for c in s.citations])
        for s in ex.paragraphs[0].statements
    ]
    assert got == [
        ("Kenya", ["Geneva Communique on Asset Recovery"]),
        ("Ghana", ["Geneva Communique on Asset Recovery"]),
        ("Ghana", ["Supreme Prosecutors Office"]),
    ]


def test_two_bodies_joined_by_and_and_a_body_in_a_state(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Kenya cited the BOTA Foundation in Ghana and Companies House, "
        "the National Anti-Corruption Strategy and Action Plan, the Lima Commitment on "
        "Democratic Governance, the Transparency Pledge and the High-level Panel on "
        "Financial Integrity.",
    )
    assert _labels(ex, 1) >= {
        "BOTA Foundation",
        "Ghana",
        "Companies House",
        "National Anti-Corruption Strategy and Action Plan",
        "Lima Commitment on Democratic Governance",
        "Transparency Pledge",
        "High-level Panel on Financial Integrity",
    }


def test_the_working_group_is_the_one_the_title_names() -> None:
    from uncac_kg.extract.gazetteer import load_gazetteer

    title = (
        "Report on the meeting of the Open-ended Intergovernmental Working Group on Asset Recovery"
    )
    texts = [
        "The observer for the OECD referred to the OECD Working Group on Bribery in "
        "International Business Transactions.",
        "At its closing meeting, the Working Group adopted the present report.",
    ]
    paragraphs = []
    full = title + "\n"
    for n, text in enumerate(texts, start=1):
        paragraphs.append(Paragraph(n, text, Span(len(full), len(full) + len(text))))
        full += text + "\n"
    doc = Document("t", title, full, "t.txt", paragraphs=tuple(paragraphs))
    ex = extract_document(doc, load_gazetteer())
    assert _labels(ex, 2) == {"Open-ended Intergovernmental Working Group on Asset Recovery"}


def test_the_working_group_the_title_names_with_a_list_in_its_name(gazetteer: Gazetteer) -> None:
    title = (
        "Report on the second session of the Working Group of Experts on Corruption Risks in "
        "Free Zones, Special Economic Zones and Tax Incentives, held in Vienna"
    )
    text = "The representative of Uruguay said that the Working Group should avoid duplication."
    full = title + "\n" + text + "\n"
    span = Span(len(title) + 1, len(title) + 1 + len(text))
    doc = Document("t", title, full, "t.txt", paragraphs=(Paragraph(1, text, span),))
    ex = extract_document(doc, gazetteer)
    name = (
        "Working Group of Experts on Corruption Risks in Free Zones, Special Economic Zones and "
        "Tax Incentives"
    )
    assert name in _labels(ex, 1)


def test_the_network_is_the_one_the_title_names_by_the_head_before_of(
    gazetteer: Gazetteer,
) -> None:
    title = "Report of the sixth plenary meeting of the Network of West African Prosecutors"
    texts = [
        "A panellist from Ghana referred to the Global Focal Point Network and to the work of "
        "the Network, which had grown to 40 member authorities.",
    ]
    full = title + "\n" + texts[0] + "\n"
    start = len(title) + 1
    paragraph = Paragraph(1, texts[0], Span(start, start + len(texts[0])))
    doc = Document("t", title, full, "t.txt", paragraphs=(paragraph,))
    ex = extract_document(doc, gazetteer)
    assert _labels(ex, 1) == {
        "Ghana",
        "Global Focal Point Network",
        "Network of West African Prosecutors",
    }


def test_a_panellist_named_in_apposition_is_a_panellist(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The first panellist, Mr. Giorgi Kapanadze, Deputy Head of the Anti-Corruption "
        "Bureau of Kenya, presented the electronic asset declaration system.",
    )
    (st,) = ex.paragraphs[0].statements
    assert st.role is Role.PANELLIST
    assert st.affiliation is not None and st.affiliation.label == "Kenya"


def test_the_speaker_words_are_the_words_at_the_speaker_span(gazetteer: Gazetteer) -> None:
    texts = (
        "Mr. Andreas Berg, Chief of the Implementation Support Section, Corruption and "
        "Economic Crime Branch, UNODC, introduced the item.",
        "This session was chaired by Ms. Ana Ruiz, Senior Director, UNODC, and featured "
        "remarks by Hon. Kofi Mensah, Attorney General, Ghana.",
        "The representative of Kenya, speaking on behalf of the Group of African States, "
        "and Ms. A B (Ghana) and Mr. C D (Peru) thanked participants.",
    )
    ex = _run(gazetteer, *texts)
    for text, paragraph in zip(texts, ex.paragraphs, strict=True):
        assert paragraph.statements
        for st in paragraph.statements:
            assert text[st.speaker_span.start : st.speaker_span.end] == st.speaker


def test_a_named_expert_with_a_state_outside_the_discussion_is_a_panellist(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "Ms. Claire Morel (France) presented the French framework on the liability of legal "
        "persons.",
        "In concluding the discussion, the Chair (Peru) noted the importance of corporate "
        "liability. The Chair of the Group, Mr. Tomas Ferreyra (Kenya), thanked participants.",
    )
    assert _said(ex, 1) == [(Role.PANELLIST, "France")]
    assert _said(ex, 2) == [
        (Role.CHAIR, "Peru"),
        (Role.CHAIR, "Kenya"),
    ]


def test_an_observer_described_in_apposition_and_experts_of_a_national_office(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The observer for the UNCAC Coalition, a global network of more than 350 civil society "
        "organizations, commended the States parties that had published their reports.",
        "Mr. Pieter de Vries (Kenya), of the National Office for Serious Fraud, presented the "
        "transfer of criminal proceedings.",
    )
    (observer,) = ex.paragraphs[0].statements
    assert observer.affiliation is not None and observer.affiliation.label == "UNCAC Coalition"
    (expert,) = ex.paragraphs[1].statements
    assert (expert.role, expert.affiliation and expert.affiliation.label) == (
        Role.PANELLIST,
        "Kenya",
    )


def test_offices_in_a_speakers_words_and_names_with_their_own_acronym(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The representative of the Assets Recovery Agency of Kenya presented the Agency's "
        "work. He noted that the Federal Ethics and Anti-Corruption Commission of Ghana and "
        "the Ethics and Anti-Corruption Commission (EACC) cooperated, although no bilateral "
        "treaty existed. Ms. Valentina Rios (Peru) described the role of the Directorate of "
        "International Affairs of the Office of the Attorney General.",
    )
    first, second = ex.paragraphs[0].statements
    cited = {ex.entities[c.entity].label for c in first.citations}
    assert "Assets Recovery Agency of Kenya" not in cited
    assert {
        "Federal Ethics and Anti-Corruption Commission of Ghana",
        "Ethics and Anti-Corruption Commission",
    } <= cited
    assert not any(label.startswith("no ") for label in _labels(ex, 1))
    assert {ex.entities[c.entity].label for c in second.citations} == {
        "Directorate of International Affairs",
        "Office of the Attorney General",
    }


def test_the_mechanism_and_the_group_are_the_ones_named_before_or_in_the_title() -> None:
    from uncac_kg.extract.gazetteer import load_gazetteer

    title = "Report of the Implementation Review Group on its resumed fifteenth session"
    texts = [
        "The Chair recalled the work of the Implementation Review Mechanism and of the "
        "Egmont Group of Financial Intelligence Units.",
        "The representative of Kenya reported on the second cycle of the Mechanism and "
        "thanked the Group.",
    ]
    paragraphs = []
    full = title + "\n"
    for n, text in enumerate(texts, start=1):
        paragraphs.append(Paragraph(n, text, Span(len(full), len(full) + len(text))))
        full += text + "\n"
    doc = Document("t", title, full, "t.txt", paragraphs=tuple(paragraphs))
    ex = extract_document(doc, load_gazetteer())
    assert _labels(ex, 2) >= {"Implementation Review Mechanism", "Implementation Review Group"}


def test_guides_and_handbooks_are_tools(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "A representative of the secretariat presented the Technical Guide to the Convention, "
        "the Asset Recovery Handbook and the Digest of Asset Recovery Cases.",
    )
    typed = _typed(ex, 1)
    assert {
        ("Asset Recovery Handbook", EntityType.MECHANISM),
        ("Digest of Asset Recovery Cases", EntityType.MECHANISM),
    } <= typed
    assert any(
        t is EntityType.MECHANISM and label.startswith("Technical Guide") for label, t in typed
    )


def test_funds_and_data_standards_are_mechanisms_and_a_forum_with_no_topic_is_a_body(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "A panellist from Kenya described the Criminal Assets Recovery Fund, the Open "
        "Contracting Data Standard and the Common Reporting Standard. She also referred to the "
        "Pacific Islands Forum and to the Global Forum on Asset Recovery. Members of the "
        "International Forum of Sovereign Wealth Funds and the Forum for Ethical Finance "
        "published self-assessments.",
    )
    typed = _typed(ex, 1)
    assert typed >= {
        ("International Forum of Sovereign Wealth Funds", EntityType.ORGANIZATION),
        ("Forum for Ethical Finance", EntityType.ORGANIZATION),
        ("Criminal Assets Recovery Fund", EntityType.MECHANISM),
        ("Open Contracting Data Standard", EntityType.MECHANISM),
        ("Common Reporting Standard", EntityType.MECHANISM),
        ("Pacific Islands Forum", EntityType.ORGANIZATION),
        ("Global Forum on Asset Recovery", EntityType.MEETING),
    }


def test_a_titles_topic_goes_on_after_and_the_but_two_names_stay_two(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The panellist from Switzerland described the Federal Act on the Freezing and the "
        "Restitution of Illicit Assets held by Foreign Politically Exposed Persons, the Fund "
        "for Rehabilitation, Social Investment and the Fight against Organized Crime (FRISCO), "
        "the Law on Public Procurement and the Regulation on Conflicts of Interest, and the "
        "work of the Working Group on Prevention and the Implementation Review Group.",
    )
    assert _labels(ex, 1) >= {
        "Federal Act on the Freezing and the Restitution of Illicit Assets held by Foreign "
        "Politically Exposed Persons",
        "Fund for Rehabilitation, Social Investment and the Fight against Organized Crime",
        "Law on Public Procurement",
        "Regulation on Conflicts of Interest",
        "Working Group on Prevention",
        "Implementation Review Group",
    }


def test_subject_to_goes_on_in_a_described_register(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Kazakhstan introduced a register of persons subject to asset "
        "return proceedings.",
    )
    assert "register of persons subject to asset return proceedings" in _labels(ex, 1)


def test_a_chair_elected_from_a_states_body_speaks_for_the_state(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The Conference elected by acclamation the Chair of the Ethics and Anti-Corruption "
        "Commission of Kenya as President of the Conference. In his opening statement, the "
        "President presented the National Anti-Corruption Strategy of Kenya.",
        "The President thanked participants.",
    )
    assert _said(ex, 1) == [(Role.CHAIR, "Kenya")]
    assert _said(ex, 2) == [(Role.CHAIR, None)]


def _sectioned(*parts: tuple[str, list[str]]) -> Document:
    """A report with a heading (an item) above each group of paragraphs."""
    from uncac_kg.document.model import AgendaItem

    full, items, paragraphs = "", [], []
    for number, (heading, texts) in enumerate(parts, start=1):
        items.append(AgendaItem(str(number), heading, Span(len(full), len(full) + len(heading))))
        full += heading + "\n"
        for text in texts:
            n = len(paragraphs) + 1
            paragraphs.append(
                Paragraph(n, text, Span(len(full), len(full) + len(text)), str(number))
            )
            full += text + "\n"
    return Document("t", "Test", full, "t.txt", items=tuple(items), paragraphs=tuple(paragraphs))


def test_named_experts_in_thematic_sessions_are_panellists(gazetteer: Gazetteer) -> None:
    doc = _sectioned(
        (
            "Opening of the meeting",
            [
                "H.E. Mr. Ali Hassan, Permanent Representative of Kenya to the United Nations, "
                "recalled the Convention.",
            ],
        ),
        (
            "Thematic discussion on mutual legal assistance",
            [
                "Ms. Sofia Brandt, Deputy Head of the Mutual Assistance Unit of the Federal "
                "Office of Justice of Switzerland, explained the practice of her Office.",
                "Ms. Hannah Kessler, Crime Prevention Officer, UNODC, presented the tools.",
                "Mr. Pierre Martin, Director of the Asset Recovery Agency of France, chaired "
                "the session. Ms. Brandt added that requests could be sent by email.",
                "The Convention on Cooperation between Justice Systems, signed in 2010, was "
                "recalled.",
            ],
        ),
    )
    ex = extract_document(doc, gazetteer)
    assert _said(ex, 1) == [(Role.OFFICIAL, "Kenya")]
    assert _said(ex, 2) == [(Role.PANELLIST, "Switzerland")]
    assert _said(ex, 3) == [(Role.OFFICIAL, "UNODC")]
    assert _said(ex, 4)[-1] == (Role.PANELLIST, "Switzerland")  # as introduced
    assert _said(ex, 5) == []


def test_an_open_discussion_is_not_an_opening(gazetteer: Gazetteer) -> None:
    text = (
        "H.E. Ms. Valentina Rios, Permanent Representative of Kenya to the United Nations, "
        "informed participants that Law No. 21.595 had entered into force."
    )
    doc = _sectioned(("(a) Opening of the meeting", [text]), ("(e) Open discussion", [text]))
    ex = extract_document(doc, gazetteer)
    assert _said(ex, 1) == [(Role.OFFICIAL, "Kenya")]  # an ambassador's opening remarks
    assert _said(ex, 2) == [(Role.SPEAKER, "Kenya")]  # a delegate from the floor


def test_a_person_named_with_a_state_in_the_closing_is_an_official(gazetteer: Gazetteer) -> None:
    text = (
        "The Chair thanked the host. Ms. Lucia Ferreyra (Kenya) informed "
        "participants that the outcome would be brought to the Conference."
    )
    later = text.replace("Lucia Ferreyra", "Ana Ruiz")
    doc = _sectioned(("Panel 1: Tracing", [text]), ("Closing of the meeting", [later]))
    ex = extract_document(doc, gazetteer)
    assert _said(ex, 1)[-1] == (Role.PANELLIST, "Kenya")
    assert _said(ex, 2)[-1] == (Role.OFFICIAL, "Kenya")


def test_a_states_representative_is_a_delegate_even_on_a_panel(
    gazetteer: Gazetteer,
) -> None:
    # readers of panel sections take "The representative of X" for a delegate (140 of 145
    # such statements in the test reports), and named people for the panel's speakers
    # until the floor opens
    doc = _sectioned(
        (
            "Panel 1: Unexplained wealth",
            [
                "The representative of Kenya described the unexplained wealth orders.",
                "In the ensuing discussion, several speakers described their systems.",
                "The representative of Kenya described the unexplained wealth orders.",
            ],
        ),
        (
            "Panel 2: Return of assets",
            ["The representative of Kenya described the unexplained wealth orders."],
        ),
        (
            "Thematic discussion on the return of assets",
            [
                "Ms. Ana Ruiz (Kenya) described the unexplained wealth orders.",
                "In the ensuing discussion, several speakers described their systems.",
                "Ms. Eva Lind (Kenya) described the unexplained wealth orders.",
            ],
        ),
    )
    ex = extract_document(doc, gazetteer)
    assert _said(ex, 1) == [(Role.SPEAKER, "Kenya")]
    assert _said(ex, 3) == [(Role.SPEAKER, "Kenya")]
    assert _said(ex, 4) == [(Role.SPEAKER, "Kenya")]
    assert _said(ex, 5) == [(Role.PANELLIST, "Kenya")]
    assert _said(ex, 7) == [(Role.SPEAKER, "Kenya")]  # named from the floor


def test_an_advocates_honorific_introduces_a_person(gazetteer: Gazetteer) -> None:
    text = (
        "Adv. Lerato Mahlangu (Kenya), Senior Legal Manager at the Special Investigating "
        "Unit, described the lifestyle audits."
    )
    ex = extract_document(_sectioned(("Panel 1: Lifestyle audits", [text])), gazetteer)
    assert _said(ex, 1) == [(Role.PANELLIST, "Kenya")]
    assert ex.paragraphs[0].statements[0].speaker.startswith("Adv. Lerato Mahlangu (Kenya)")


def test_a_persons_title_is_not_a_list_inside_a_name(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The session was chaired by Mr. Alain Duret, Director General, Agency for the "
        "Management and Recovery of Seized and Confiscated Assets (AGRASC), of France.",
        "Mr. Duret explained that AGRASC managed seized assets.",
    )
    assert not any("Duret" in label for label in _labels(ex, 1) | _labels(ex, 2))
    assert _said(ex, 2) == [(Role.CHAIR, "France")]


def test_unodc_as_secretariat_moderators_with_long_titles_and_commas_in_parentheses(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The meeting was opened by the Chair of the Steering Committee, Mr. Ahmed Ali, Head of "
        "the International Cooperation Sector of the Anti-Corruption Authority of Kenya. In his "
        "opening remarks, the Chair noted that membership had grown.",
        "A representative of UNODC introduced the background note. A representative of the "
        "secretariat added that the Convention applied.",
        "A panellist from the Corruption Eradication Commission (Komisi Pemberantasan Korupsi, "
        "KPK) of Ghana presented the use of the Network.",
        "Summarizing the discussion, the moderator, Ms. Ingrid Haugen, Chief Public Prosecutor "
        "at the National Authority for Investigation (Okokrim) of Norway, highlighted three "
        "points.",
    )
    assert set(_said(ex, 1)) == {(Role.CHAIR, "Kenya")}  # opened by, then noted
    assert _said(ex, 2) == [(Role.SECRETARIAT, "UNODC"), (Role.SECRETARIAT, None)]
    assert _said(ex, 3) == [(Role.PANELLIST, "Ghana")]
    assert _said(ex, 4) == [(Role.CHAIR, "Norway")]


def test_the_secretariat_as_object_or_reported_is_no_speaker_and_appositions_are_skipped(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The agenda had been circulated by the secretariat. She informed participants that, in "
        "the past year, the secretariat had trained officers. One speaker, noting the limited "
        "resources of the secretariat, called for fewer workshops.",
        "A panellist from Ghana, representing the National Authority for Probity, Prevention "
        "and Fight against Corruption (INPPLC), established under Law No. 46-19, described "
        "the platform.",
    )
    assert _said(ex, 1) == [(Role.SPEAKER, None)]
    assert _said(ex, 2) == [(Role.PANELLIST, "Ghana")]


def test_an_expert_from_a_unit_named_after_its_organization_speaks_for_the_organization(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "An expert from the OECD Anti-Corruption Division said that the OECD had met. "
        "A panellist from the Anti-Corruption Division of Kenya described the register.",
    )
    assert _said(ex, 1) == [(Role.PANELLIST, "OECD"), (Role.PANELLIST, "Kenya")]


def test_terms_of_reference_work_plans_sittings_and_a_tool_named_by_its_head(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "At its 1st session, on 14 October 2025, the plenary adopted its agenda, in accordance "
        "with the Terms of Reference of the Network.",
        "The Chair introduced the draft work plan of the Network for 2026–2027 and the secure "
        "communication platform of the Network. Members noted that the platform was reliable.",
        "The representative of Kenya referred to the EU Network against Corruption and to the "
        "Egmont Centre. The Conference, at its eighth session, adopted resolution 8/9.",
    )
    assert _labels(ex, 1) == {"Terms of Reference of the Network"}
    assert _labels(ex, 2) == {
        "draft work plan of the Network for 2026–2027",
        "secure communication platform of the Network",
    }
    platform = [m for m in ex.paragraphs[1].mentions if m.text == "platform"]
    assert len(platform) == 1
    assert ex.entities[platform[0].entity].label == "secure communication platform of the Network"
    assert _labels(ex, 3) >= {"EU Network against Corruption", "Egmont Centre", "eighth session"}


def test_cases_laws_and_regimes_with_foreign_particles_letters_and_parent_communities(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "A panellist from Colombia described the Ruta del Sol II case. He also referred to "
        "Decree-Law No. 109-E/2021, which approved the General Regime for the Prevention of "
        "Corruption, and to the Judicial Cooperation Network of the Community of "
        "Portuguese-speaking Countries.",
        "In the discussion that followed, Ms. Nguyen Thi Thu Hang (Ghana), Deputy Inspector "
        "General of the Government Inspectorate, speaking on behalf of the Southeast Asia "
        "Parties Against Corruption, recalled the Convention.",
    )
    assert _labels(ex, 1) >= {
        "Ruta del Sol II case",
        "Decree-Law No. 109-E/2021",
        "General Regime for the Prevention of Corruption",
        "Judicial Cooperation Network",
        "Community of Portuguese-speaking Countries",
    }
    assert "II" not in _labels(ex, 1)
    assert _said(ex, 2) == [(Role.SPEAKER, "Ghana")]


def test_names_an_acronym_spells_and_terms_of_reference_named_alone(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The Network operates under its Terms of Reference. She referred to the Egmont Centre "
        "of FIU Excellence and Leadership (ECOFEL) and to the EU Network against corruption.",
        "The Chair recalled the Terms of Reference.",
    )
    assert _labels(ex, 1) == {
        "Terms of Reference",
        "Egmont Centre of FIU Excellence and Leadership",
        "EU Network against corruption",
    }
    assert _labels(ex, 2) == {"Terms of Reference"}


def test_recommendations_listed_together_are_each_named(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Kenya presented the findings with respect to Recommendations 4 "
        "and 38 of the Financial Action Task Force, and Recommendations 24, 25 and 29.",
    )
    assert _labels(ex, 1) >= {
        "Recommendation 4",
        "Recommendation 38",
        "Recommendation 24",
        "Recommendation 25",
        "Recommendation 29",
    }


def test_programme_titles_hyphenated_tools_eu_directives_plural_cases_and_moderators(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "A panellist from Kenya said that audits used the ARACHNE risk-scoring tool and "
        "Directive 2013/34/EU, and cited the Glencore cases and the Global Programme to "
        "Prevent and Combat Corruption through Effective Implementation of the United Nations "
        "Convention against Corruption in Support of Sustainable Development Goal 16.",
        "The first panel was moderated by Ms. Leilani Brandt, Senior Lecturer in Law at the "
        "University of the South Pacific. The moderator recalled the Convention (Criminalization "
        "and law enforcement).",
    )
    assert _labels(ex, 1) >= {
        "ARACHNE risk-scoring tool",
        "Directive 2013/34/EU",
        "Glencore cases",
        "Global Programme to Prevent and Combat Corruption through Effective Implementation of "
        "the United Nations Convention against Corruption in Support of Sustainable "
        "Development Goal 16",
    }
    assert _labels(ex, 2) == {
        "University of the South Pacific",
        "United Nations Convention against Corruption",
    }
    assert set(_said(ex, 2)) == {(Role.CHAIR, "University of the South Pacific")}


def test_presentations_made_by_representatives_and_a_note_by_the_secretariat(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "Presentations were made by the representatives of Kenya and Peru, who described joint "
        "investigation teams.",
        'The Working Group had before it a note by the Secretariat entitled "Good practices" '
        "(CAC/COSP/WG.2/2024/3).",
    )
    assert _said(ex, 1) == [(Role.PANELLIST, "Kenya"), (Role.PANELLIST, "Peru")]
    assert _said(ex, 2) == []


def test_titles_go_on_through_between_and_council_of_europe_recommendation_codes(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "They described the Ibero-American Convention on the Use of Videoconference in "
        "International Cooperation between Justice Systems, signed in 2010, and Committee of "
        "Ministers Recommendation CM/Rec(2014)7. The cooperation between Kenya and Peru was "
        "strong.",
    )
    typed = _typed(ex, 1)
    assert typed == {
        (
            "Ibero-American Convention on the Use of Videoconference in International "
            "Cooperation between Justice Systems",
            EntityType.LEGAL_INSTRUMENT,
        ),
        ("Committee of Ministers Recommendation CM/Rec(2014)7", EntityType.LEGAL_INSTRUMENT),
        ("Kenya", EntityType.STATE),
        ("Peru", EntityType.STATE),
    }


def test_representatives_in_a_numbered_session_are_delegates(gazetteer: Gazetteer) -> None:
    doc = _sectioned(
        (
            "Session 2: Beneficial ownership transparency",
            [
                "Representatives of Kenya and Ghana described their registers.",
                "In the ensuing discussion, the representative of Peru asked about fees.",
            ],
        ),
        ("Thematic discussion", ["The representative of France described a register."]),
    )
    ex = extract_document(doc, gazetteer)
    assert _said(ex, 1) == [(Role.SPEAKER, "Kenya"), (Role.SPEAKER, "Ghana")]
    assert _said(ex, 2) == [(Role.SPEAKER, "Peru")]
    assert _said(ex, 3) == [(Role.SPEAKER, "France")]


def test_passive_role_nouns_and_a_place_opening_a_declaration(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "Members of procurement commissions and experts were automatically alerted.",
        "Some speakers recalled the Mexico Declaration on SAI Independence, as did Peru.",
    )
    assert _said(ex, 1) == []
    assert _labels(ex, 2) == {"Mexico Declaration on SAI Independence", "Peru"}


def test_a_generic_kinds_words_inside_a_tools_proper_name(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The panellist from Kenya described the ProZorro beneficial ownership registers "
        "system, developed in 2015.",
    )
    assert _labels(ex, 1) == {"Kenya", "ProZorro beneficial ownership registers system"}


def test_a_body_with_its_own_acronym_of_another_speaks_for_itself(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "A representative of the Group of States against Corruption (GRECO) of the Council of "
        "Europe presented the findings. A representative of the Division for Treaty Affairs of "
        "UNODC presented the tools.",
    )
    assert _said(ex, 1) == [
        (Role.PANELLIST, "Group of States against Corruption"),
        (Role.PANELLIST, "UNODC"),
    ]


def test_a_nationality_before_a_role_noun_gives_the_state(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "A French panellist described the register. The Swiss representative noted the law. "
        "Several African speakers noted the Convention.",
    )
    assert _said(ex, 1) == [
        (Role.PANELLIST, "France"),
        (Role.SPEAKER, "Switzerland"),
        (Role.SPEAKER, None),
    ]


def test_guides_and_compendia_described_in_lower_case_are_tools(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The secretariat had published a compendium of national legal frameworks for informal "
        "cooperation and a practical guide on informal cooperation in corruption cases.",
    )
    typed = _typed(ex, 1)
    assert typed >= {
        ("compendium of national legal frameworks for informal cooperation", EntityType.MECHANISM),
        ("practical guide on informal cooperation in corruption cases", EntityType.MECHANISM),
    }


def test_a_programme_of_a_body_is_two_names(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Kenya described the work of the Kleptocracy Asset Recovery "
        "Initiative of the Department of Justice of Peru.",
    )
    assert _labels(ex, 1) >= {
        "Kleptocracy Asset Recovery Initiative",
        "Department of Justice of Peru",
    }


def test_a_forum_that_sends_an_observer_is_a_body(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The observer for the Civil Forum for Asset Recovery (CiFAR) presented its principles.",
        "The Chair recalled the Global Forum on Asset Recovery.",
    )
    assert _said(ex, 1) == [(Role.SPEAKER, "Civil Forum for Asset Recovery")]
    typed = {e.label: e.type for e in ex.entities.values()}
    assert typed["Civil Forum for Asset Recovery"] is EntityType.ORGANIZATION
    assert typed["Global Forum on Asset Recovery"] is EntityType.MEETING


def test_under_the_bodys_business_named_people_are_its_delegates(gazetteer: Gazetteer) -> None:
    doc = _sectioned(
        (
            "Item 3. Progress made in the implementation of the regional priorities",
            [
                "Mr. Joseph Mwangi (Kenya), Director at the Ethics and Anti-Corruption "
                "Commission (EACC), reported that asset declarations were filed online.",
            ],
        ),
        (
            "Item 4. Thematic sessions on the priority areas",
            [
                "Ms. Maria Reyes (Peru), Assistant Ombudsman, presented the online "
                "complaint system.",
            ],
        ),
        (
            "Item 5. Support provided by development partners",
            [
                "The representative of the World Bank presented the Stolen Asset Recovery "
                "Initiative.",
            ],
        ),
    )
    ex = extract_document(doc, gazetteer)
    assert _said(ex, 1) == [(Role.SPEAKER, "Kenya")]
    assert _said(ex, 2) == [(Role.PANELLIST, "Peru")]
    assert _said(ex, 3) == [(Role.SPEAKER, "World Bank")]


def test_a_representative_of_another_bodys_secretariat_is_not_the_meetings(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "A representative of the secretariat of the Basel Institute on Governance described the "
        "assistance. A representative of the secretariat of the Conference introduced the note.",
    )
    roles = [s.role for s in ex.paragraphs[0].statements]
    assert roles[0] is not Role.SECRETARIAT and roles[1] is Role.SECRETARIAT


def test_the_secretariats_staff_on_a_panel_are_its_panellists(gazetteer: Gazetteer) -> None:
    # readers take UN staff named under a panel's heading for panellists (11 of 14 in the
    # test reports) and, under a thematic heading, for officials (24 of 38)
    said = "Ms. {}, Programme Officer at UNODC, described the Container Control Programme."
    doc = _sectioned(
        ("Panel 1: Corruption along trafficking routes", [said.format("Ana Ruiz")]),
        ("Corruption along trafficking routes", [said.format("Eva Lind")]),
    )
    ex = extract_document(doc, gazetteer)
    assert _said(ex, 1) == [(Role.PANELLIST, "UNODC")]
    assert _said(ex, 2) == [(Role.OFFICIAL, "UNODC")]


def test_what_a_list_of_represented_organizations_names_is_a_body(
    gazetteer: Gazetteer,
) -> None:
    ex = _run(
        gazetteer,
        "The following organizations were represented: the OECD, the Forum on Pension "
        "Integrity and the Stolen Asset Recovery Initiative. The Principles for Responsible "
        "Investment (PRI) and the Basel Institute on Governance attended as observers.",
        "Ms. A B, Head of Governance at the PRI, described the Global Forum on Asset Recovery "
        "and the Principles for Responsible Investment Code.",
    )
    assert _typed(ex, 1) >= {
        ("Forum on Pension Integrity", EntityType.ORGANIZATION),
        ("Principles for Responsible Investment", EntityType.ORGANIZATION),
        ("Stolen Asset Recovery Initiative", EntityType.INITIATIVE),
    }
    assert ("Global Forum on Asset Recovery", EntityType.MEETING) in _typed(ex, 2)
    assert _said(ex, 2)[0][1] == "Principles for Responsible Investment"


def _laws(gazetteer: Gazetteer, text: str) -> set[str]:
    """The labels of the instruments a one-paragraph report names."""
    return {
        label for label, t in _typed(_run(gazetteer, text), 1) if t is EntityType.LEGAL_INSTRUMENT
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The representative of Kenya described Law No. 133/2016 on the declaration of assets "
            "and personal interests and Law No. 132/2016 on the National Integrity Authority.",
            {
                "Law No. 133/2016 on the declaration of assets and personal interests",
                "Law No. 132/2016 on the National Integrity Authority",
            },
        ),
        (
            "The representative of Ghana said that Law No. 2014-17 of 2 April 2014 on the "
            "declaration of assets had been amended.",
            {"Law No. 2014-17 of 2 April 2014 on the declaration of assets"},
        ),
        (
            "The representative of Peru said that Law No. 8422 against Corruption and Illicit "
            "Enrichment in the Civil Service applied.",
            {"Law No. 8422 against Corruption and Illicit Enrichment in the Civil Service"},
        ),
        (
            "The representative of Norway described Act No. 54/2019 Coll. on the protection of "
            "whistle-blowers, which was in force.",
            {"Act No. 54/2019 Coll. on the protection of whistle-blowers"},
        ),
        (
            "The representative of France described Law No. 2016-1691 of 9 December 2016 on "
            "transparency, the fight against corruption and the modernization of economic life, "
            "which had created the Agency.",
            {
                "Law No. 2016-1691 of 9 December 2016 on transparency, the fight against "
                "corruption and the modernization of economic life"
            },
        ),
        (
            "The representative of Ghana described Law No. 2016-483 of 20 April 2016 on ethics "
            "and the rights and obligations of civil servants.",
            {
                "Law No. 2016-483 of 20 April 2016 on ethics and the rights and obligations of "
                "civil servants"
            },
        ),
        (
            "The representative of Chile said that Law No. 20.285 on access to public "
            "information and the oversight exercised by the Council had been essential.",
            {"Law No. 20.285 on access to public information"},
        ),
        (
            "The representative of Kenya described Law No. 44 of 2015 on fighting "
            "money-laundering and the amendments of 2022 to the Banking Secrecy Law.",
            {"Law No. 44 of 2015 on fighting money-laundering", "Banking Secrecy Law"},
        ),
        (
            "The representative of Norway said that the Agency had been established under the "
            "Law of Norway No. 4417 of 2025 on Integrity in the Public Service.",
            {"Law of Norway No. 4417 of 2025 on Integrity in the Public Service"},
        ),
        (
            "The representative of Kenya explained that, under Law No. HO-209-N of 2019 on "
            "Forfeiture of Property of Illicit Origin, prosecutors could sue.",
            {"Law No. HO-209-N of 2019 on Forfeiture of Property of Illicit Origin"},
        ),
        (
            "The representative of Norway said that Law No. 30 of 2011 on the basis of which "
            "courts confiscated assets was in force in 2019.",
            {"Law No. 30 of 2011"},
        ),
        (
            "The representative of Kenya said that Law No. 4 of 2023 on the Development and "
            "Strengthening of the Financial Sector had been adopted.",
            {"Law No. 4 of 2023 on the Development and Strengthening of the Financial Sector"},
        ),
        (
            "The representative of Kenya said that Organic Law No. 2017-10 on the reporting of "
            "corruption applied.",
            {"Organic Law No. 2017-10 on the reporting of corruption"},
        ),
        (
            "The representative of France referred to the Law of 12 July 2023 on the return of "
            "illegally acquired assets to the State and to the Law of 13 January 2019.",
            {
                "Law of 12 July 2023 on the return of illegally acquired assets to the State",
                "Law of 13 January 2019",
            },
        ),
    ],
)
def test_a_numbered_law_is_named_with_its_date_and_title(
    gazetteer: Gazetteer, text: str, names: set[str]
) -> None:
    assert _laws(gazetteer, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The representative of the European Union said that Regulation (EC) No 1370/2007 on "
            "public passenger transport services, Directive 2014/23/EU on the award of "
            "concession contracts and Directive (EU) 2019/1937 of the European Parliament and "
            "of the Council on the protection of persons who report breaches of Union law "
            "applied.",
            {
                "Regulation (EC) No 1370/2007 on public passenger transport services",
                "Directive 2014/23/EU on the award of concession contracts",
                "Directive (EU) 2019/1937 of the European Parliament and of the Council on the "
                "protection of persons who report breaches of Union law",
            },
        ),
        (
            "The representative of France referred to Regulation (EU) 2015/847 on information "
            "accompanying transfers of funds and to Council Regulation (EU) 2017/1939.",
            {
                "Regulation (EU) 2015/847 on information accompanying transfers of funds",
                "Council Regulation (EU) 2017/1939",
            },
        ),
        (  # what it establishes has a name of its own
            "The representative of the European Union said that Regulation (EU) 2021/241 "
            "establishing the Recovery and Resilience Facility required data on recipients.",
            {"Regulation (EU) 2021/241"},
        ),
        (
            "The representative of the European Union said that Directive 2009/81/EC on "
            "defence and security procurement accommodated security requirements.",
            {"Directive 2009/81/EC on defence and security procurement"},
        ),
        (
            "The representative of the European Union recalled Directive (EU) 2024/1069 on "
            "protecting persons who engage in public participation from manifestly unfounded "
            "claims or abusive court proceedings.",
            {
                "Directive (EU) 2024/1069 on protecting persons who engage in public "
                "participation from manifestly unfounded claims or abusive court proceedings"
            },
        ),
        (
            "The representative of the European Union said that Directive (EU) 2024/1260 on "
            "asset recovery and confiscation expressly covered crypto-assets.",
            {"Directive (EU) 2024/1260 on asset recovery and confiscation"},
        ),
        (
            "The representative of Ireland said that the reform had transposed Directive (EU) "
            "2019/1937 on the protection of persons who report breaches of Union law and "
            "amended the Protected Disclosures Act 2014.",
            {
                "Directive (EU) 2019/1937 on the protection of persons who report breaches of "
                "Union law",
                "Protected Disclosures Act 2014",
            },
        ),
        (
            "The representative of Ireland recalled Directive (EU) 2019/1937 on the protection "
            "of persons who report breaches of Union law and the ISO 37002 standard.",
            {
                "Directive (EU) 2019/1937 on the protection of persons who report breaches of "
                "Union law"
            },
        ),
        (
            "The representative of Portugal said that requests were made under Law No. 144/99 on "
            "international judicial cooperation in criminal matters or directly on the basis of "
            "the United Nations Convention against Corruption.",
            {
                "Law No. 144/99 on international judicial cooperation in criminal matters",
                "United Nations Convention against Corruption",
            },
        ),
    ],
)
def test_a_european_act_is_named_with_its_legislators_and_title(
    gazetteer: Gazetteer, text: str, names: set[str]
) -> None:
    assert _laws(gazetteer, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The representative of Paraguay said that Ley N° 523/95 de Zonas Francas and Ley "
            "N.° 7210 de Régimen de Zonas Francas applied, as did Ley 23 de 2015 and Lei nº "
            "12.846/2013.",
            {
                "Ley N° 523/95 de Zonas Francas",
                "Ley N.° 7210 de Régimen de Zonas Francas",
                "Ley 23 de 2015",
                "Lei nº 12.846/2013",
            },
        ),
        (
            "The representative of Senegal referred to Loi n° 2017-06 relative aux zones "
            "économiques spéciales, to loi n° 19-94 and to Loi n° 2021-1031 du 4 août 2021.",
            {
                "Loi n° 2017-06 relative aux zones économiques spéciales",
                "loi n° 19-94",
                "Loi n° 2021-1031 du 4 août 2021",
            },
        ),
        (
            "The representative of Peru referred to Decreto Legislativo No. 1373 and Ley "
            "39/2015 del Procedimiento Administrativo Común de las Administraciones Públicas.",
            {
                "Decreto Legislativo No. 1373",
                "Ley 39/2015 del Procedimiento Administrativo Común de las Administraciones "
                "Públicas",
            },
        ),
        (  # the same law, by its English name and its own
            "The representative of Portugal described Law No. 16/2022 on the operation of "
            "games of fortune in casinos (Lei n.º 16/2022).",
            {"Law No. 16/2022 on the operation of games of fortune in casinos"},
        ),
    ],
)
def test_a_law_in_its_own_language_is_named_by_its_number_and_title(
    gazetteer: Gazetteer, text: str, names: set[str]
) -> None:
    assert _laws(gazetteer, text) == names


def test_a_numbered_law_named_again_by_its_number_is_the_same_law(gazetteer: Gazetteer) -> None:
    ex = _run(
        gazetteer,
        "The representative of Kenya described Law No. 3628 on Declaration of Property and "
        "Combating Bribery.",
        "The representative of Kenya added that Law No. 3628 had been amended.",
    )
    assert _labels(ex, 2) == {
        "Kenya",
        "Law No. 3628 on Declaration of Property and Combating Bribery",
    }
