"""The reference vocabularies in ``ontology/vocab/``: complete, typed, labelled, unambiguous."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import OWL, RDF, SKOS, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Literal, Node

from uncac_kg.vocab import UNCAC


def term(name: str) -> URIRef:
    """The IRI of an ontology term, as ``uncac_kg.vocab.UNCAC`` resolves it."""
    value = getattr(UNCAC, name)
    assert isinstance(value, URIRef)
    return value


ROOT = Path(__file__).resolve().parents[2]
VOCAB = ROOT / "ontology" / "vocab"
BASE = Namespace("https://w3id.org/uncac-kg/")
WIKIDATA = "http://www.wikidata.org/entity/Q"
ENTITY_TYPES = [
    term(t)
    for t in (
        "State",
        "Organization",
        "Initiative",
        "LegalInstrument",
        "UNCACArticle",
        "Mechanism",
        "Case",
        "Meeting",
    )
]
LEGAL_SUBTYPES = [
    term(t) for t in ("Convention", "Resolution", "NationalLaw", "Declaration", "Agreement")
]
ROLES = {
    "chair",
    "official",
    "secretariat",
    "co-facilitator",
    "panellist",
    "speaker",
    "delegations",
}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Adjectives that truly name two States; the extractor has to disambiguate them.
SHARED_ADJECTIVES = {"congolese"}  # Congo and the Democratic Republic of the Congo
# Labels deliberately shared by two vocabulary entries (normalised form): none so far.
SHARED_LABELS: set[str] = set()


def vocab_files() -> list[Path]:
    return sorted(VOCAB.glob("*.ttl"))


def load(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(VOCAB / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return load(*(p.name for p in vocab_files()))


@pytest.fixture(scope="module")
def states() -> Graph:
    return load("states.ttl")


@pytest.fixture(scope="module")
def articles() -> Graph:
    return load("uncac-articles.ttl")


def subjects_of(graph: Graph, cls: URIRef) -> list[URIRef]:
    return sorted(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))


def in_scheme(graph: Graph, scheme: str) -> list[URIRef]:
    return sorted(
        s for s in graph.subjects(SKOS.inScheme, BASE[f"scheme/{scheme}"]) if isinstance(s, URIRef)
    )


def singular(word: str) -> str:
    """A cautious singular, as label matching uses it."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def normalise(label: str) -> str:
    """Lower case, words only (hyphens and punctuation are spaces), no leading "the",
    no possessive, the last word singular: the form under which a label is looked up."""
    text = label.casefold().replace("\u2019", "'")
    words = [re.sub(r"'s$", "", w) for w in re.findall(r"[^\W_]+(?:'[^\W_]+)?", text)]
    if words and words[0] == "the":
        words = words[1:]
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words)


# --- every file ----------------------------------------------------------------------------


def test_the_vocabulary_files_are_there() -> None:
    names = {p.name for p in vocab_files()}
    expected = {"states.ttl", "uncac-articles.ttl", "roles.ttl", "mechanisms.ttl", "bodies.ttl"}
    assert expected <= names


@pytest.mark.parametrize("path", vocab_files(), ids=lambda p: p.name)
def test_parses(path: Path) -> None:
    graph = Graph()
    graph.parse(path, format="turtle")
    assert len(graph) > 0


@pytest.mark.parametrize("path", vocab_files(), ids=lambda p: p.name)
def test_labels_are_english_and_single(path: Path) -> None:
    graph = load(path.name)
    for subject in set(graph.subjects(SKOS.prefLabel, None)):
        labels = list(graph.objects(subject, SKOS.prefLabel))
        assert len(labels) == 1, subject
        for label in (*labels, *graph.objects(subject, SKOS.altLabel)):
            assert isinstance(label, Literal) and label.language == "en", (subject, label)
            assert label.strip() == str(label) and "  " not in label, (subject, label)


def test_only_ontology_terms_are_used(vocab: Graph) -> None:
    ns = str(UNCAC._NS)
    terms = {term(name) for name in UNCAC.__annotations__}
    used = {
        n for triple in vocab for n in triple if isinstance(n, URIRef) and str(n).startswith(ns)
    }
    assert used - terms == set()


def test_iris_follow_the_patterns(vocab: Graph) -> None:
    patterns = {
        "state": re.compile(r"[A-Z]{3}"),
        "article": re.compile(r"[1-9][0-9]?"),
        "chapter": re.compile(r"[IVX]+"),
        "role": SLUG,
        "entity": SLUG,
        "scheme": SLUG,
    }
    for subject in set(vocab.subjects()):
        if not isinstance(subject, URIRef) or not str(subject).startswith(str(BASE)):
            continue
        kind, _, rest = str(subject)[len(BASE) :].partition("/")
        assert kind in patterns and patterns[kind].fullmatch(rest), subject


# --- States ----------------------------------------------------------------------------------


#: Jurisdictions that are not States but that reports name as countries of their own.
JURISDICTIONS = {"BMU", "CYM", "GGY", "GIB", "HKG", "IMN", "JEY", "MAC", "VGB"}


def test_197_states_and_nine_jurisdictions(states: Graph) -> None:
    assert len(subjects_of(states, UNCAC.State)) == 197 + len(JURISDICTIONS)


def test_only_jurisdictions_that_are_not_states_have_a_scope_note(states: Graph) -> None:
    noted = {str(s).rsplit("/", 1)[-1] for s in states.subjects(SKOS.scopeNote, None)}
    assert noted == JURISDICTIONS
    for iso3 in JURISDICTIONS:
        note = str(states.value(BASE[f"state/{iso3}"], SKOS.scopeNote))
        assert "not a State" in note, iso3


def test_each_state_is_complete(states: Graph) -> None:
    wikidata: dict[str, URIRef] = {}
    for state in subjects_of(states, UNCAC.State):
        iso3 = str(state).rsplit("/", 1)[-1]
        assert (state, RDF.type, SKOS.Concept) in states
        assert (state, SKOS.inScheme, BASE["scheme/states"]) in states
        assert states.value(state, UNCAC.iso3166Alpha3) == Literal(iso3)
        assert re.fullmatch(r"[A-Z]{2}", str(states.value(state, UNCAC.iso3166Alpha2)))
        assert re.fullmatch(r"[0-9]{3}", str(states.value(state, UNCAC.m49Code)))
        assert states.value(state, SKOS.prefLabel) is not None
        same = [str(o) for o in states.objects(state, OWL.sameAs)]
        assert len(same) == 1 and re.fullmatch(re.escape(WIKIDATA) + r"[1-9][0-9]*", same[0])
        assert same[0] not in wikidata, (state, wikidata.get(same[0]))
        wikidata[same[0]] = state
        no_adjective = {"DMA", "GGY", "HKG", "JEY", "MAC", "VGB"}
        assert list(states.objects(state, UNCAC.adjective)) or iso3 in no_adjective, iso3


@pytest.mark.parametrize(
    ("iso3", "name"),
    [
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("RUS", "Russia"),
        ("IRN", "Iran"),
        ("BOL", "Bolivia"),
        ("VEN", "Venezuela"),
        ("VNM", "Vietnam"),
        ("TUR", "Turkey"),
        ("KOR", "South Korea"),
        ("CIV", "Côte d’Ivoire"),
        ("CIV", "Cote d'Ivoire"),
        ("LAO", "Lao People’s Democratic Republic"),
        ("SYR", "Syria"),
        ("TZA", "Tanzania"),
        ("MDA", "Moldova"),
        ("FSM", "Micronesia"),
        ("CZE", "Czech Republic"),
        ("PSE", "Palestine"),
        ("CHN", "People's Republic of China"),
    ],
)
def test_common_names(states: Graph, iso3: str, name: str) -> None:
    assert (BASE[f"state/{iso3}"], SKOS.altLabel, Literal(name, lang="en")) in states


@pytest.mark.parametrize(
    ("iso3", "adjective"),
    [
        ("CHE", "Swiss"),
        ("ARE", "Emirati"),
        ("PER", "Peruvian"),
        ("BEL", "Belgian"),
        ("USA", "American"),
        ("GBR", "British"),
        ("NLD", "Dutch"),
        ("SAU", "Saudi"),
        ("PHL", "Philippine"),
        ("PHL", "Filipino"),
        ("KOR", "Korean"),
        ("SVN", "Slovenian"),
        ("KAZ", "Kazakh"),
        ("UZB", "Uzbek"),
        ("KGZ", "Kyrgyz"),
        ("ISL", "Icelandic"),
        ("LUX", "Luxembourgish"),
        ("ECU", "Ecuadorian"),
        ("ARG", "Argentinian"),
        ("DOM", "Dominican"),
    ],
)
def test_adjectives(states: Graph, iso3: str, adjective: str) -> None:
    assert (BASE[f"state/{iso3}"], UNCAC.adjective, Literal(adjective, lang="en")) in states


def test_adjectives_name_one_state(states: Graph) -> None:
    owners: defaultdict[str, set[Node]] = defaultdict(set)
    for state, adjective in states.subject_objects(UNCAC.adjective):
        owners[str(adjective).casefold()].add(state)
    shared = {a for a, s in owners.items() if len(s) > 1}
    assert shared == SHARED_ADJECTIVES


def test_no_state_label_is_an_iso_list_form(states: Graph) -> None:
    for label in map(str, states.objects(None, SKOS.altLabel)):
        inverted = ", " in label and label not in {"Hong Kong, China", "Macao, China"}
        assert not inverted and not label.endswith("(the)"), label
        assert not label.startswith("the "), label


# --- UNCAC articles --------------------------------------------------------------------------


def test_71_articles_8_chapters(articles: Graph) -> None:
    assert len(subjects_of(articles, UNCAC.UNCACArticle)) == 71
    chapters = subjects_of(articles, UNCAC.UNCACChapter)
    assert len(chapters) == 8
    numbers = sorted(int(str(articles.value(c, UNCAC.chapterNumber))) for c in chapters)
    assert numbers == list(range(1, 9))


def test_each_article_is_complete(articles: Graph) -> None:
    for n in range(1, 72):
        article = BASE[f"article/{n}"]
        assert (article, RDF.type, UNCAC.UNCACArticle) in articles, n
        assert articles.value(article, UNCAC.articleNumber) == Literal(n)
        assert articles.value(article, SKOS.prefLabel) == Literal(f"article {n}", lang="en")
        assert articles.value(article, DCTERMS.title) is not None
        chapter = articles.value(article, UNCAC.inChapter)
        assert (chapter, RDF.type, UNCAC.UNCACChapter) in articles, n


@pytest.mark.parametrize(
    ("article", "chapter", "title"),
    [
        (46, "IV", "Mutual legal assistance"),
        (51, "V", "General provision"),
        (1, "I", "Statement of purpose"),
        (14, "II", "Measures to prevent money-laundering"),
        (42, "III", "Jurisdiction"),
        (
            62,
            "VI",
            "Other measures: implementation of the Convention through economic development"
            " and technical assistance",
        ),
        (63, "VII", "Conference of the States Parties to the Convention"),
        (71, "VIII", "Depositary and languages"),
    ],
)
def test_article_chapters(articles: Graph, article: int, chapter: str, title: str) -> None:
    subject = BASE[f"article/{article}"]
    assert articles.value(subject, UNCAC.inChapter) == BASE[f"chapter/{chapter}"]
    assert articles.value(subject, DCTERMS.title) == Literal(title, lang="en")


def test_chapter_iv(articles: Graph) -> None:
    chapter = BASE["chapter/IV"]
    assert articles.value(chapter, SKOS.prefLabel) == Literal("Chapter IV", lang="en")
    assert articles.value(chapter, DCTERMS.title) == Literal("International cooperation", lang="en")
    assert articles.value(chapter, UNCAC.chapterNumber) == Literal(4)


# --- roles ---------------------------------------------------------------------------------


def test_roles() -> None:
    graph = load("roles.ttl")
    roles = subjects_of(graph, UNCAC.SpeakerRole)
    assert {str(r).rsplit("/", 1)[-1] for r in roles} == ROLES
    narrower = [s for s in graph.subjects(SKOS.broader, None) if isinstance(s, URIRef)]
    for concept in narrower:  # professions: words of a role, not a role of their own
        assert graph.value(concept, SKOS.broader) in roles
        assert (concept, RDF.type, UNCAC.SpeakerRole) not in graph
    names: dict[str, URIRef] = {}
    for role in [*roles, *narrower]:
        assert (role, RDF.type, SKOS.Concept) in graph
        assert (role, SKOS.inScheme, BASE["scheme/speaker-roles"]) in graph
        assert graph.value(role, SKOS.definition) is not None
        for label in (graph.value(role, SKOS.prefLabel), *graph.objects(role, SKOS.altLabel)):
            key = " ".join(re.findall(r"[^\W_]+", str(label).casefold()))
            assert key not in names, f"{label!r} names both {names.get(key)} and {role}"
            names[key] = role
    assert names["president"] == BASE["role/chair"]
    assert names["co chair"] == BASE["role/chair"]
    assert names["several delegations"] == BASE["role/speaker"]
    assert names["delegations"] == BASE["role/delegations"]
    assert names["prosecutor"] == BASE["role/professional"]


# --- mechanisms and bodies --------------------------------------------------------------------


def test_mechanism_types() -> None:
    graph = load("mechanisms.ttl")
    concepts = in_scheme(graph, "mechanism-types")
    assert 80 <= len(concepts) <= 200
    for concept in concepts:
        assert (concept, RDF.type, UNCAC.Mechanism) in graph
        assert (concept, RDF.type, SKOS.Concept) in graph
        assert graph.value(concept, SKOS.prefLabel) is not None
        assert graph.value(concept, SKOS.definition) is not None
        assert str(concept).startswith(str(BASE["entity/"]))
        top = (concept, SKOS.topConceptOf, BASE["scheme/mechanism-types"]) in graph
        assert top != (graph.value(concept, SKOS.broader) is not None), concept
    # the scheme lists its top concepts, and only those
    scheme = BASE["scheme/mechanism-types"]
    assert set(graph.objects(scheme, SKOS.hasTopConcept)) == set(
        graph.subjects(SKOS.topConceptOf, scheme)
    )


def test_action_wordings_have_two_halves() -> None:
    graph = load("mechanisms.ttl")
    wordings = list(graph.subject_objects(UNCAC.actionWording))
    assert wordings
    for concept, wording in wordings:
        assert (concept, RDF.type, UNCAC.Mechanism) in graph
        halves = str(wording).split("…")
        assert len(halves) == 2 and all(h.strip() for h in halves), wording


def test_organization_types() -> None:
    graph = load("organization-types.ttl")
    scheme = BASE["scheme/organization-types"]
    concepts = in_scheme(graph, "organization-types")
    assert len(concepts) >= 10
    for concept in concepts:
        assert (concept, RDF.type, UNCAC.Organization) in graph
        label = str(graph.value(concept, SKOS.prefLabel))
        assert label == label.lower() and label.endswith("s"), label  # a kind, in the plural
        assert graph.value(concept, SKOS.definition) is not None
    assert set(graph.objects(scheme, SKOS.hasTopConcept)) == set(
        graph.subjects(SKOS.topConceptOf, scheme)
    )


def test_bodies() -> None:
    graph = load("bodies.ttl")
    bodies = in_scheme(graph, "international-bodies")
    assert len(bodies) >= 80
    for body in bodies:
        types = set(graph.objects(body, RDF.type))
        assert len(types & set(ENTITY_TYPES)) == 1, (body, types)
        if types & set(LEGAL_SUBTYPES):
            assert UNCAC.LegalInstrument in types, body
        assert graph.value(body, SKOS.prefLabel) is not None
        assert graph.value(body, SKOS.definition) is not None
        for same in graph.objects(body, OWL.sameAs):
            assert str(same).startswith(WIKIDATA), (body, same)


@pytest.mark.parametrize(
    ("slug", "cls", "label"),
    [
        ("unodc", UNCAC.Organization, "United Nations Office on Drugs and Crime"),
        ("egmont-group-of-financial-intelligence-units", UNCAC.Organization, "Egmont Group"),
        ("stolen-asset-recovery-initiative", UNCAC.Initiative, "StAR"),
        ("united-nations-convention-against-corruption", UNCAC.Convention, "UNCAC"),
        ("conference-of-the-states-parties", UNCAC.Organization, "COSP"),
        ("implementation-review-mechanism", UNCAC.Mechanism, "IRM"),
        ("interpol-i-24-7-system", UNCAC.Mechanism, "I-24/7"),
        (
            "special-session-of-the-general-assembly-against-corruption",
            UNCAC.Meeting,
            "UNGASS 2021",
        ),
        ("ungass-2021-political-declaration", UNCAC.Declaration, "resolution S-32/1"),
        ("globe-network", UNCAC.Organization, "GlobE Network"),
        ("sustainable-development-goals", UNCAC.Initiative, "SDGs"),
        ("beneficial-ownership-registers", UNCAC.Mechanism, "beneficial ownership register"),
        ("non-conviction-based-confiscation", UNCAC.Mechanism, "civil forfeiture"),
        ("joint-investigative-teams", UNCAC.Mechanism, "JITs"),
        ("mutual-legal-assistance", UNCAC.Mechanism, "MLA"),
    ],
)
def test_known_entries(vocab: Graph, slug: str, cls: URIRef, label: str) -> None:
    entry = BASE[f"entity/{slug}"]
    assert (entry, RDF.type, cls) in vocab
    assert (entry, SKOS.altLabel, Literal(label, lang="en")) in vocab


def test_every_entity_has_a_top_type(vocab: Graph) -> None:
    """The extractor reads an entry's type from its top-level class, so each must say it."""
    for subject in set(vocab.subjects(SKOS.prefLabel, None)):
        types = set(vocab.objects(subject, RDF.type))
        if types & {UNCAC.SpeakerRole, UNCAC.UNCACChapter}:
            continue
        if (subject, SKOS.inScheme, BASE["scheme/speaker-roles"]) in vocab:
            continue  # the words of a role's narrower concept: professions
        assert len(types & set(ENTITY_TYPES)) == 1, (subject, types)


def test_no_label_names_two_entries(vocab: Graph) -> None:
    """No two entries share a normalised label or alternative label (roles are separate)."""
    owners: defaultdict[str, set[Node]] = defaultdict(set)
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for subject, label in vocab.subject_objects(prop):
            if (subject, SKOS.inScheme, BASE["scheme/speaker-roles"]) not in vocab:
                owners[normalise(str(label))].add(subject)
    collisions = {k: sorted(map(str, v)) for k, v in owners.items() if len(v) > 1}
    assert {k: v for k, v in collisions.items() if k not in SHARED_LABELS} == {}


def test_normalise() -> None:
    assert normalise("The Non-Conviction-Based Forfeitures") == "non conviction based forfeiture"
    assert normalise("China’s") == normalise("China") == "china"


# --- generated files ------------------------------------------------------------------------


def test_build_vocab_check_passes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_vocab.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
