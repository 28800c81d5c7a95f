"""Generic kinds of the vocabulary (mechanisms) found under their own and other wordings."""

from __future__ import annotations

import pytest
from paragraphs import (
    cited_labels,
    first_keys,
    first_speakers,
    first_typed,
    read_one,
    read_paragraphs,
)

from uncac_kg.extract import EntityType
from uncac_kg.extract.gazetteer import Gazetteer


def test_kinds_of_a_mechanism_stay_apart_from_each_other(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "One speaker described anonymous reporting channels, another confidential reporting "
        "channels and a toll-free line, and a third the interlocutory sale of seized assets, "
        "preservation orders and the risk-based verification of declarations.",
    )
    keys = first_keys(ex)
    assert keys >= {
        "entity/anonymous-reporting-channels",
        "entity/confidential-reporting-channels",
        "entity/hotlines",
        "entity/interlocutory-sale",
        "entity/preservation-orders",
        "entity/verification-of-asset-declarations",
    }


def test_a_known_kind_said_more_precisely_keeps_the_words(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The representative of Indonesia described the online asset declaration system and the "
        "central register of beneficial owners.",
    )
    labels = {label for label, _ in first_typed(ex)}
    assert {"online asset declaration system", "central register of beneficial owners"} <= labels


def test_cross_debarment_is_a_kind_of_debarment_of_its_own(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "An expert from the Integrity Vice Presidency (INT) of the World Bank noted that "
        "debarment could give rise to cross-debarment.",
    )
    assert first_typed(ex) >= {
        ("debarment", EntityType.MECHANISM),
        ("cross-debarment", EntityType.MECHANISM),
        ("Integrity Vice Presidency", EntityType.ORGANIZATION),
    }
    assert first_speakers(ex) == [("panellist", "World Bank")]


def test_kinds_of_declaration_and_forfeiture_readers_keep_apart(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She compared asset declarations with asset and interest declarations, described "
        "extinción de dominio and the enhanced scrutiny of accounts held by politically "
        "exposed persons.",
    )
    assert first_typed(ex) == {
        ("asset declarations", EntityType.MECHANISM),
        ("asset and interest declarations", EntityType.MECHANISM),
        ("extinción de dominio", EntityType.MECHANISM),
        (
            "enhanced scrutiny of accounts held by politically exposed persons",
            EntityType.MECHANISM,
        ),
    }


def test_european_orders_and_warrants_and_french_settlements_are_tools(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "He described the judicial public interest agreement, European Investigation Orders "
        "and the European Arrest Warrant.",
    )
    assert first_typed(ex) == {
        ("judicial public interest agreements", EntityType.MECHANISM),
        ("European Investigation Order", EntityType.MECHANISM),
        ("European Arrest Warrant", EntityType.MECHANISM),
    }


def test_a_kind_capitalized_in_the_plural_is_still_the_kind(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She recommended the use of Integrity Pacts, under which bidders committed to refrain "
        "from corrupt practices, and recalled the Treaty on Mutual Legal Assistance in "
        "Criminal Matters between Switzerland and Brazil.",
    )
    labels = {label for label, _ in first_typed(ex)}
    assert ("integrity pacts", EntityType.MECHANISM) in first_typed(ex)
    assert "mutual legal assistance" not in labels  # a word of the treaty's name


def test_register_checks_evaluations_and_the_handling_of_seized_assets_are_tools(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "She described discrepancy reporting obligations for banks, the fourth round of mutual "
        "evaluations, pre-seizure planning, the provisional use of seized property, the early "
        "realization of seized assets and electronic public auctions.",
    )
    keys = first_keys(ex)
    assert keys == {
        "entity/discrepancy-reporting",
        "entity/mutual-evaluations",
        "entity/pre-seizure-planning",
        "entity/provisional-use-of-seized-assets",
        "entity/interlocutory-sale",
        "entity/public-auctions",
    }


def test_corporate_integrity_and_reporting_tools_in_their_other_words(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "She described the evaluation of integrity programmes, an internal whistle-blowing "
        "system, a corruption risk map, financial rewards, proxy reporting through a lawyer and "
        "the informal exchange of information.",
    )
    keys = first_keys(ex)
    assert keys == {
        "entity/corporate-compliance-programmes",
        "entity/internal-reporting-channels",
        "entity/corruption-risk-assessments",
        "entity/whistle-blower-rewards",
        "entity/proxy-reporting",
        "entity/informal-cooperation",
    }


def test_providers_of_a_service_and_victims_or_witnesses_in_general(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "She noted that trust and company service providers were obliged entities, and "
        "stressed the compensation of victims and the protection of witnesses.",
    )
    assert first_typed(ex) == set()


def test_a_plural_head_before_of_names_the_singular_too(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "She described the declaration of assets and interests.")
    keys = first_keys(ex)
    assert keys == {"entity/asset-and-interest-declarations"}


def test_trust_funds_voluntary_repatriation_and_foreign_judgments(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "He described the trust funds, the voluntary repatriation of funds and the enforcement "
        "of foreign confiscation judgments.",
    )
    keys = first_keys(ex)
    assert keys == {
        "entity/trust-funds",
        "entity/voluntary-repatriation",
        "entity/recognition-of-foreign-confiscation-orders",
    }


def test_revolving_door_controls_are_post_employment_restrictions(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "He described a procedure known as revolving-door control.")
    keys = first_keys(ex)
    assert keys == {"entity/post-employment-restrictions"}


def test_electronic_filing_and_public_access_to_declarations(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She described the electronic filing of declarations and public access to declarations.",
    )
    keys = first_keys(ex)
    assert keys == {
        "entity/electronic-asset-declaration-systems",
        "entity/publication-of-asset-declarations",
    }


def test_templates_and_dashboards_described_in_lower_case_are_tools(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "The secretariat was developing a light-touch regional reporting template on the "
        "Teieniwa Vision, and one speaker proposed a national dashboard on its implementation.",
    )
    assert {label for label, kind in first_typed(ex) if kind is EntityType.MECHANISM} == {
        "light-touch regional reporting template on the Teieniwa Vision",  # a kind of template
        "dashboard on its implementation",
    }


def test_verifying_beneficial_ownership_information_is_a_tool(vocabulary: Gazetteer) -> None:
    ex = read_one(vocabulary, "She stressed the verification of beneficial ownership information.")
    keys = first_keys(ex)
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
    assert (label, EntityType.MECHANISM) in first_typed(read_one(vocabulary, text))


def test_prevention_tools_of_audit_and_integrity_are_kinds(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "She described conflict-of-interest rules, audit trails on the procurement platform, "
        "a legislative footprint for each bill and performance audits.",
    )
    keys = first_keys(ex)
    assert {
        "entity/conflict-of-interest-rules",
        "entity/audit-trails",
        "entity/legislative-footprints",
        "entity/performance-audits",
    } <= keys


def test_illicit_enrichment_is_a_legal_technique(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A panellist from Kenya said that the offence of illicit enrichment had been used in "
        "twelve cases.",
    )
    keys = first_keys(ex)
    assert "entity/illicit-enrichment" in keys


def test_a_tool_described_as_serving_a_known_kind_names_the_kind(vocabulary: Gazetteer) -> None:
    typed = first_typed(
        read_one(
            vocabulary,
            "The network served as a platform for informal cooperation among economies, and "
            "she described the secure channel for the transmission of urgent requests.",
        )
    )
    labels = {label for label, _ in typed}
    assert "informal cooperation" in labels
    assert "platform for informal cooperation" not in labels
    assert "secure channel for the transmission of urgent requests" in labels


def test_protection_audits_data_analytics_and_the_travel_rule_are_kinds(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "A panellist from Peru said that whistleblower protection had been extended to police "
        "officers, that returned funds were subject to independent audits and that data "
        "analytics helped to apply the FATF travel rule; a whistle-blower protection law was "
        "pending.",
    )
    keys = first_keys(ex)
    assert keys >= {
        "entity/whistle-blower-protection",
        "entity/independent-audits",
        "entity/data-analytics",
        "entity/travel-rule",
    }
    assert ("whistle-blower protection law", EntityType.LEGAL_INSTRUMENT) in first_typed(ex)


def test_national_statistical_offices_and_ombudsman_institutions_are_kinds_of_body(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "The panellist from Mexico noted that national statistical offices and ombudsman "
        "institutions had joined the national statistical institutes of the region.",
    )
    typed = first_typed(ex)
    assert ("national statistical offices", EntityType.ORGANIZATION) in typed
    assert ("ombudsman institutions", EntityType.ORGANIZATION) in typed


def test_a_kinds_short_form_names_it_once_the_report_has_named_it(
    vocabulary: Gazetteer,
) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The representative of Kenya said that the Commission verified the declarations.",
        "The panellist from Jamaica described asset declaration systems.",
        "He noted that the Commission verified the declarations submitted, but not customs "
        "declarations, declarations of intent or the declarations and reservations of States.",
        "She noted that statutory declarations were filed, unlike declarations of interest.",
    )

    def declarations(n: int) -> list[str]:
        p = ex.paragraphs[n]
        return [m.text for m in p.mentions if ex.entities[m.entity].label.startswith("asset")]

    assert declarations(0) == []  # not yet named in full
    assert declarations(2) == ["declarations"]
    assert declarations(3) == ["declarations"]
    said = ex.paragraphs[2].statements[0]
    assert cited_labels(ex, said) == ["asset declaration systems"]


def test_a_review_cycle_is_the_implementation_review_mechanism(vocabulary: Gazetteer) -> None:
    ex = read_paragraphs(
        vocabulary,
        "The secretariat reported that, under the second cycle, most reviews were late.",
        "She presented the findings of the second review cycle relevant to customs.",
        "The secretariat noted that, since the launch of the second cycle, 90 States had been "
        "supported, and that the survey would be repeated in its next cycle.",
    )

    def mechanism(n: int) -> list[str]:
        p = ex.paragraphs[n]
        keys = {m.entity: ex.entities[m.entity].key for m in p.mentions}
        return [m.text for m in p.mentions if keys[m.entity].endswith("review-mechanism")]

    assert mechanism(0) == []  # a bare cycle, before the report names the Mechanism
    assert mechanism(1) == ["second review cycle"]
    assert mechanism(2) == ["second cycle"]
    assert len({m.entity for p in ex.paragraphs for m in p.mentions}) == 1
    # a proper name the report only describes in lower case keeps its name
    assert {e.label for e in ex.entities.values()} == {"Implementation Review Mechanism"}


def test_a_known_title_in_lower_case_is_not_a_kind_inside_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "An expert from Open Ownership presented the Open Ownership Principles for effective "
        "beneficial ownership disclosure and the Beneficial Ownership Data Standard.",
    )
    typed = first_typed(ex)
    assert (
        "Open Ownership Principles for effective beneficial ownership disclosure",
        EntityType.LEGAL_INSTRUMENT,
    ) in typed
    assert not any(label == "beneficial ownership disclosure" for label, _ in typed)


def test_a_register_of_persons_with_significant_control_is_one_kind(
    vocabulary: Gazetteer,
) -> None:
    ex = read_one(
        vocabulary,
        "A panellist from Nigeria explained that the Corporate Affairs Commission maintained "
        "a register of persons with significant control, and that the PSC register was public.",
    )
    kinds = {
        ex.entities[m.entity].key for m in ex.paragraphs[0].mentions if m.text.endswith("register")
    }
    assert len(kinds) == 1
    said = ex.paragraphs[0].statements[0]
    assert "register of persons" not in cited_labels(ex, said)
    assert "register of persons with significant control" in cited_labels(ex, said)


def test_the_steps_of_a_country_review_are_kinds(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "The observer for the UNCAC Coalition noted that civil society parallel reports had "
        "informed several country visits, and called on States to publish their full country "
        "review reports as well as the executive summaries.",
    )
    keys = first_keys(ex)
    assert keys >= {
        "entity/parallel-reports",
        "entity/country-visits",
        "entity/country-review-reports",
        "entity/executive-summaries",
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A panellist from Germany added that the law allowed the authorities to transmit "
            "information and evidence spontaneously to a foreign State.",
            "information and evidence spontaneously",
        ),
        (
            "The representative of Ghana recalled that article 46(4) of the Convention allowed "
            "competent authorities to transmit information relating to criminal matters to "
            "another State party without prior request.",
            "information relating to criminal matters to another State party without prior request",
        ),
        (
            "One speaker recalled that the Convention allowed information to be transmitted "
            "spontaneously.",
            "information to be transmitted spontaneously",
        ),
    ],
)
def test_a_mechanism_is_named_by_the_action_it_consists_of(
    vocabulary: Gazetteer, text: str, words: str
) -> None:
    ex = read_one(vocabulary, text)
    found = {
        (m.text, ex.entities[m.entity].label)
        for m in ex.paragraphs[0].mentions
        if ex.entities[m.entity].key == "entity/spontaneous-sharing-of-information"
    }
    assert found == {(words, "spontaneous sharing of information")}
    assert "spontaneous sharing of information" in cited_labels(ex, ex.paragraphs[0].statements[0])


def test_an_action_wording_leaves_the_names_inside_it(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A panellist from Kenya said that banks shared information with the Financial "
        "Reporting Centre spontaneously.",
    )
    found = {(m.text, ex.entities[m.entity].label) for m in ex.paragraphs[0].mentions}
    assert ("spontaneously", "spontaneous sharing of information") in found
    assert any(label == "Financial Reporting Centre" for _, label in found)


@pytest.mark.parametrize(
    "text",
    [
        "A panellist from Kenya said that the information was public. Spontaneously, the "
        "delegates applauded.",
        "A panellist from Kenya said that information on the beneficial owners of companies "
        "held in the register of the country had been offered spontaneously.",
    ],
)
def test_an_action_wording_stays_within_a_clause_and_near(vocabulary: Gazetteer, text: str) -> None:
    ex = read_one(vocabulary, text)
    keys = first_keys(ex)
    assert "entity/spontaneous-sharing-of-information" not in keys


def test_anti_corruption_agencies_are_a_kind_of_body(vocabulary: Gazetteer) -> None:
    ex = read_one(
        vocabulary,
        "A panellist from Malaysia said that anti-corruption agencies and preventive "
        "anti-corruption bodies needed stable budgets, unlike other anti-corruption "
        "authorities.",
    )
    typed = first_typed(ex)
    assert ("anti-corruption agencies", EntityType.ORGANIZATION) in typed
    assert ("preventive anti-corruption bodies", EntityType.ORGANIZATION) in typed
    assert not any("authorities" in label for label, _ in typed)
