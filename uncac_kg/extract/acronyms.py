"""Acronyms that spell the words of a name: "Egmont Centre of FIU Excellence and
Leadership (ECOFEL)"."""

from __future__ import annotations

from uncac_kg.extract.heads import CONNECTORS
from uncac_kg.extract.tokens import Token


def spelled_by_acronym(tokens: list[Token], first: int, last: int) -> bool:
    """Whether an acronym in parentheses right after the words spells their initials (small
    words may count or not): "Egmont Centre of FIU Excellence and Leadership (ECOFEL)"."""
    if last + 3 >= len(tokens) or tokens[last + 1].text != "(" or tokens[last + 3].text != ")":
        return False
    return spells(tokens[last + 2].text, [t.text for t in tokens[first : last + 1] if t.is_word])


def spells(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` spells the initials of ``words``, small words counting or not:
    "ECOWAS", "Economic Community of West African States"."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    if len(letters) < 3 or len(words) < 3:
        return False
    reach = {0}  # how many letters the words so far can spell
    for w in words:
        small = w.lower() in CONNECTORS
        caps = [c for c in w if c.isupper()]
        step = {k + 1 for k in reach if k < len(letters) and w[0].upper() == letters[k]}
        if len(caps) >= 2:  # an acronym inside the name spells all its capitals: "FIUs"
            step |= {k + len(caps) for k in reach if letters[k : k + len(caps)] == caps}
        reach = step | reach if small else step
        if not reach:
            return False
    return len(letters) in reach
