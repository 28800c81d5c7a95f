"""A generated corpus of meeting reports, for analysis tests and for timing on a large store.

Each report has one agenda item, ``sections`` sections and one statement per
numbered paragraph: "A representative of <actor> referred to <entity>, <entity>
and <entity>." Actors are States and organizations; cited entities are drawn
with a long-tailed popularity, so a few are cited everywhere and most rarely,
as in real reports. The same seed always gives the same corpus.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from uncac_kg.document.model import AgendaItem, Document, Paragraph, Section, Span
from uncac_kg.extract.model import (
    Affiliation,
    Citation,
    Entity,
    EntityType,
    Extraction,
    Mention,
    ParagraphExtraction,
    Role,
    Statement,
)

CITED_TYPES = (
    EntityType.MECHANISM,
    EntityType.MECHANISM,
    EntityType.MECHANISM,
    EntityType.ORGANIZATION,
    EntityType.LEGAL_INSTRUMENT,
    EntityType.INITIATIVE,
    EntityType.UNCAC_ARTICLE,
    EntityType.CASE,
    EntityType.MEETING,
)


def actors(count: int) -> list[Entity]:
    """``count`` actors: four States for each organization."""
    found: list[Entity] = []
    for i in range(count):
        if i % 5 == 4:
            found.append(Entity(f"entity/body-{i}", f"Body {i}", EntityType.ORGANIZATION))
        else:
            code = "".join(chr(65 + (i // 26**k) % 26) for k in (2, 1, 0))
            found.append(Entity(f"state/{code}", f"State {code}", EntityType.STATE))
    return found


def cited_entities(count: int) -> list[Entity]:
    """``count`` citable entities of mixed types (mechanisms most often)."""
    found: list[Entity] = []
    for i in range(count):
        kind = CITED_TYPES[i % len(CITED_TYPES)]
        if kind is EntityType.UNCAC_ARTICLE:
            found.append(Entity(f"article/{i}", f"article {i}", kind))
        else:
            found.append(Entity(f"entity/thing-{i}", f"{kind.value} number {i}", kind))
    return found


def corpus(
    reports: int,
    *,
    statements: int = 40,
    citations: int = 150,
    actor_count: int = 60,
    entity_count: int = 400,
    sections: int = 4,
    seed: int = 7,
) -> Iterator[tuple[Document, Extraction]]:
    """``reports`` generated reports with their extractions, about ``citations`` each."""
    rng = random.Random(seed)
    speakers = actors(actor_count)
    things = cited_entities(entity_count)
    popularity = [1 / (rank + 1) ** 0.9 for rank in range(len(things))]
    per_statement = citations / statements  # on average, before duplicates are dropped
    for number in range(1, reports + 1):
        chosen = []
        for _ in range(statements):
            actor = rng.choice(speakers[: max(2, actor_count * 2 // 3)] + speakers)
            size = max(1, int(per_statement + rng.random()) + rng.choice((-1, 0, 0, 1)))
            cited = list(dict.fromkeys(rng.choices(things, weights=popularity, k=size)))
            chosen.append((actor, cited))
        yield _report(f"synthetic-{number:04d}", chosen, sections)


def _report(
    identifier: str, chosen: list[tuple[Entity, list[Entity]]], sections: int
) -> tuple[Document, Extraction]:
    text = f"Report of meeting {identifier}\n\n"
    item_heading = "Item 1.  Discussion"
    item_span = Span(len(text), len(text) + len(item_heading))
    text += item_heading + "\n\n"
    section_list: list[Section] = []
    paragraphs: list[Paragraph] = []
    found: list[ParagraphExtraction] = []
    entities: dict[str, Entity] = {}
    per_section = max(1, -(-len(chosen) // sections))
    for index, (actor, cited) in enumerate(chosen):
        number = index + 1
        if index % per_section == 0:
            letter = chr(ord("a") + index // per_section)
            heading = f"({letter}) Topic {letter}"
            section_list.append(
                Section(letter, f"Topic {letter}", Span(len(text), len(text) + len(heading)), "1")
            )
            text += heading + "\n\n"
        speaker = f"A representative of {actor.label}"
        names = [e.label for e in cited]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        body = f"{speaker} referred to {listed}."
        prefix = f"{number}. "
        start = len(text) + len(prefix)
        text += prefix + body + "\n\n"
        paragraphs.append(
            Paragraph(number, body, Span(start, start + len(body)), "1", section_list[-1].letter)
        )
        spans = _spans(body, names)
        entities[actor.key] = actor
        for entity in cited:
            entities[entity.key] = entity
        statement = Statement(
            index=1,
            speaker=speaker,
            speaker_span=Span(0, len(speaker)),
            role=Role.SPEAKER,
            affiliation=Affiliation(actor.key, actor.label, actor.type),
            span=Span(0, len(body)),
            text=body,
            citations=tuple(Citation(e.key, s, e.label) for e, s in zip(cited, spans, strict=True)),
        )
        mentions = tuple(Mention(e.key, s, e.label) for e, s in zip(cited, spans, strict=True))
        found.append(ParagraphExtraction(number, mentions, (statement,)))
    document = Document(
        identifier=identifier,
        title=f"Report of meeting {identifier}",
        text=text,
        source=f"{identifier}.txt",
        items=(AgendaItem("1", "Discussion", item_span),),
        sections=tuple(section_list),
        paragraphs=tuple(paragraphs),
    )
    return document, Extraction(identifier, entities, tuple(found))


def _spans(body: str, names: list[str]) -> list[Span]:
    spans: list[Span] = []
    at = body.index(" referred to ")
    for name in names:
        begin = body.index(name, at)
        spans.append(Span(begin, begin + len(name)))
        at = begin + len(name)
    return spans
