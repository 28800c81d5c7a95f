"""Names of bodies in French, Spanish and Portuguese inside English reports.

Reports give national bodies their own names: "the Cellule nationale de traitement
des informations financières (CENTIF)", "the Office national de lutte contre la
fraude et la corruption", "the Haute Autorité pour la transparence de la vie
publique (HATVP)". Such a name opens with a head of that language ("Cellule",
"Pôle") or an English head followed by one of its small words ("Office national
de"), and is often written in sentence case. It runs to the acronym that spells it,
or word by word while the words are of that language, and stops where English
resumes.
"""

from __future__ import annotations

import re

from uncac_kg.extract.acronyms import spelled_by_acronym
from uncac_kg.extract.heads import (
    CONNECTORS,
    FOREIGN_CONNECTORS,
    FOREIGN_FIRST_HEADS,
    FOREIGN_LEADS,
    head_type,
)
from uncac_kg.extract.tokens import Token

#: Small words of French, Spanish and Portuguese names: "Office national de lutte contre la
#: fraude et la corruption", "Commission bancaire de l’Union monétaire ouest-africaine".
SMALL_WORDS = frozenset(
    "de du des la le les et à aux au pour contre sur en del y para contra los las el da do dos "
    "das em für und van der".split()
)
#: English words that end such a name: the report's own sentence goes on.
_ENGLISH_STOP = frozenset(
    "and the of in which that who with had has have was were is are for to on by as at from "
    "its their his her a an also this these those or but into under since while".split()
)


def foreign_long_form(tokens: list[Token], first: int, last: int) -> int:
    """Where a body's name in another language, written in sentence case, ends: at its
    acronym, when the acronym spells it ("the Agence française anticorruption (AFA)", "the
    Haute Autorité pour la transparence de la vie publique (HATVP)"); else after its last
    word of that language ("the Cellule nationale de traitement des informations
    financières", "the Office national de lutte contre la fraude et la corruption")."""
    lead = first + 1 if tokens[first].text in ("The", "A", "An") else first
    if lead < len(tokens) and tokens[lead].text.lower() in FOREIGN_LEADS:
        lead += 2 if lead + 1 < len(tokens) and tokens[lead + 1].text == "-" else 1
    if lead >= len(tokens) or not _opens_a_foreign_name(tokens, lead):
        after_of = [  # after a post: "Permanent Secretary of the Comité national de ..."
            k + (2 if tokens[k + 1].text == "the" else 1)
            for k in range(lead, min(last, lead + 6))
            if tokens[k].text == "of" and k + 2 < len(tokens)
        ]
        if not after_of or not _opens_a_foreign_name(tokens, after_of[0]):
            return last
        lead = after_of[0]
    end = last
    # a word only another language has; or a head only it has, after "the": "the Pool
    # judiciaire financier"
    foreign = tokens[lead].text.lower() in FOREIGN_FIRST_HEADS and tokens[
        lead - 1
    ].text.lower() in ("the", "its")
    spelled = _spelled_long_form(tokens, first, last)
    if spelled is not None:
        return spelled
    small_at = -9  # where the last small word of the other language was
    for k in range(last + 1, min(len(tokens), last + 16)):
        text = tokens[k].text
        if text in ("-", "’", "'") and tokens[k - 1].end == tokens[k].start:
            continue
        if not tokens[k].is_word or text.lower() in _ENGLISH_STOP:
            break
        if text.endswith(("ed", "ing")) and text.isascii():
            break  # "the Agence noted": the sentence's verb
        if text in SMALL_WORDS:
            foreign, small_at = True, k
            continue
        word = _compound_end(tokens, k)  # "ouest-africaine"
        if not text.isascii():
            foreign = True
        elif not (k - small_at <= 3 or _FOREIGN_ENDING.search(word) or text[0].isupper()):
            break  # "the Tribunal found": English again
        end = k
    return end if foreign else last


def _spelled_long_form(tokens: list[Token], first: int, last: int) -> int | None:
    """The end of a name in another language that an acronym after it spells, or that runs
    on past a comma to its English name."""
    went_on = False
    for k in range(last + 1, min(len(tokens), last + 16)):
        text = tokens[k].text
        if text == "(":
            if k > last + 1 and spelled_by_acronym(tokens, first, k - 1):
                return k - 1
            return k - 1 if went_on and _english_name_at(tokens, k + 1) else None
        if text == "," and k + 1 < len(tokens) and tokens[k + 1].text in CONNECTORS:
            went_on = True  # "Instance Nationale de la Probité, de la Prévention et de ...
            continue  # (INPPLC)", "... (National Authority for Probity, ...)"
        if not (tokens[k].is_word or text in ("-", "’", "'")):
            return None
    return None


def _english_name_at(tokens: list[Token], k: int) -> bool:
    """Whether an English name of a body opens at ``k``: "(National Authority for ..."."""
    words: list[str] = []
    for tok in tokens[k : k + 8]:
        if not tok.is_word or tok.text in SMALL_WORDS:
            break
        words.append(tok.text)
    return any(head_type(w) is not None for w in words) and all(
        w[:1].isupper() or w in CONNECTORS for w in words
    )


def _compound_end(tokens: list[Token], k: int) -> str:
    """The last part of a hyphenated word that starts at ``k``."""
    while (
        k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].start == tokens[k].end
    ):
        k += 2
    return tokens[k].text


#: Endings of French, Spanish and Portuguese adjectives and nouns: "judiciaire",
#: "financier", "nationale", "africaine", "burundais", "corruption".
_FOREIGN_ENDING = re.compile(
    r"(?:aire|ier|iers|ière|al|ale|aux|el|elle|if|ive|ique|eux|euse|ain|aine|ais|aise|ant|ante|"
    r"ion|ité|"
    r"eur|ence|ance|ment|ado|ada|ano|ana|ivo|iva|ista|ória|ório|ção)s?$"
)


def _opens_a_foreign_name(tokens: list[Token], lead: int) -> bool:
    """Whether a name in another language starts at ``lead``: a head of that language
    ("Cellule", "Pôle"), or a head shared with English followed by a small word of that
    language ("Office national de ...", "Commission bancaire de ...")."""
    word = tokens[lead].text
    if word.lower() in FOREIGN_FIRST_HEADS:
        return True
    return head_type(word) is not None and goes_on_in_another_language(
        [t.text for t in tokens[lead + 1 : lead + 3]]
    )


def goes_on_in_another_language(after: list[str]) -> bool:
    """Whether the two words after an English head carry on in another language: one of its
    small words or an accented word ("Office national de ...", "Bureau indépendant"), and
    no English verb or Latin phrase ("The Commission noted de facto ...")."""
    foreign = any(w.lower() in FOREIGN_CONNECTORS or not w.isascii() for w in after)
    return foreign and not any(w.endswith("ed") or w in ("facto", "jure") for w in after)


def looks_foreign(name: str) -> bool:
    """Whether a name is in another language: one of its small words or an accented
    letter ("Servicio de Administración Tributaria", "Pengadilan ..." is not)."""
    return any(w in SMALL_WORDS or not w.isascii() for w in name.split())
