"""Head words: the last noun of a name tells what kind of thing it names.

"Kleptocracy Asset Recovery Initiative" is an Initiative because of
"Initiative"; "Office for Money Laundering Prevention" an Organization because
of "Office". These are words of the English language, not names of things, so
they live here rather than in the vocabularies.
"""

from __future__ import annotations

import re

from uncac_kg.extract.model import EntityType

_ORG = EntityType.ORGANIZATION
_INI = EntityType.INITIATIVE
_LAW = EntityType.LEGAL_INSTRUMENT
_MEC = EntityType.MECHANISM

#: A company's legal forms, which end its name: "Anglo American plc", "Glencore
#: International AG" (compared in lower case, without their full stop).
LEGAL_FORMS = frozenset("ag gmbh plc ltd inc llc sa se asa limited".split())

#: Head words of proper names (compared in lower case, singular).
NAME_HEADS: dict[str, EntityType] = {
    **dict.fromkeys(
        (
            "initiative programme program strategy plan partnership project campaign "
            "goal compact vision pledge process facility award prize policy concept"
        ).split(),
        _INI,
    ),
    **dict.fromkeys(
        (
            "network group office directorate unit agency commission institute "
            "association authority ministry council court tribunal service centre center "
            "police administration bureau committee academy foundation bank "
            "organization organisation division department secretariat prosecutor "
            "procuratorate inspectorate board alliance coalition federation union league "
            "parliament assembly senate cabinet force task-force taskforce team branch section "
            "body company corporation chamber institution university school society "
            "observatory ombudsman ombudsperson commissioner house consortium panel procuracy "
            "presidency entity lab laboratory spa directorate-general "
            "constabulary faculty "
            "community"
        ).split(),
        _ORG,
    ),
    **dict.fromkeys(LEGAL_FORMS, _ORG),
    **dict.fromkeys(
        (
            "act bill law code agreement statement declaration convention resolution "
            "treaty protocol order decree regulation directive charter memorandum "
            "principle guideline standard recommendation constitution ordinance amendment "
            "decision accord arrangement position communique communiqué commitment scheme agenda "
            "regime framework proclamation promulgation"
        ).split(),
        _LAW,
    ),
    **dict.fromkeys(
        (
            "register registry mechanism portal databank database system platform "
            "directory tool toolkit index repository app application hotline gateway map "
            "tracker warrant notice guide guidebook handbook manual digest compendium atlas "
            "fund report barometer survey indicator scorecard guidance"
        ).split(),
        _MEC,
    ),
    **dict.fromkeys(
        (
            "conference summit congress symposium workshop seminar forum meeting roundtable "
            "games cup olympics"  # sporting events: "the Brisbane 2032 Olympic and ... Games"
        ).split(),
        EntityType.MEETING,
    ),
    "rules": _LAW,  # "ICC Rules on Combating Corruption"; not "Rule of Law"
    "case": EntityType.CASE,
    "leaks": EntityType.CASE,  # "Luanda Leaks"
    "papers": EntityType.CASE,  # "Panama Papers"
    "affair": EntityType.CASE,
    "scandal": EntityType.CASE,
    "heist": EntityType.CASE,  # "the Bangladesh Bank heist"
    "files": EntityType.CASE,  # "FinCEN Files", like "Panama Papers"
    "secrets": EntityType.CASE,  # "Suisse Secrets"
    "laundromat": EntityType.CASE,  # "the Troika Laundromat"
}

#: Heads of names in other languages, where the head comes last as in English ("Deutsche
#: Gesellschaft für Internationale Zusammenarbeit", "Bundesamt für Justiz").
FOREIGN_LAST_HEADS: dict[str, EntityType] = dict.fromkeys(
    "gesellschaft amt bundesamt ministerium behörde stiftung".split(), _ORG
)
#: Heads of names in other languages, where the head comes first ("Fiscalía General de la
#: Nación", "Contraloría General de la República", "Parquet national financier").
#: Heads of the names of companies, foundations and associations in French, Spanish and
#: Portuguese, which open the name and make it a private body ("Sociedad Química y Minera
#: de Chile", "Fundación para la Libertad de Prensa").
FOREIGN_PRIVATE_HEADS = frozenset(
    "sociedad sociedade société compañía companhia empresa fundación fundação fondation "
    "asociación associação".split()
)
#: Heads of the names of private, civil society and academic bodies, which a State does
#: not own though they bear its name ("the Kenya Private Sector Alliance", "the National
#: University of Singapore"); also a company's legal form ("Transparency Institute Guyana
#: Inc.").
PRIVATE_HEADS = (
    LEGAL_FORMS
    | FOREIGN_PRIVATE_HEADS
    | frozenset(
        "alliance association chamber company corporation federation coalition society lab "
        "foundation forum confederation university universidad université universidade "
        "universität college".split()
    )
)
#: Words that rank a post: "Senior Public Prosecutor", "Principal State Counsel".
RANKS = frozenset("senior principal chief deputy assistant associate".split())
#: Words that qualify a post before its title word: "Programme Officer", "Legal Counsel",
#: "Executive Secretary".
POST_QUALIFIERS = frozenset(
    "programme program project legal policy regional country technical research managing "
    "executive general".split()
)
#: Words of a name that say the body is of civil society, whatever its head: "the Kenya
#: Water and Sanitation Civil Society Network".
_CIVIL_SOCIETY = re.compile(r"\b(?:Civil\s+Society|Non-?[Gg]overnmental|NGO)\b")


def civil_society_name(name: str) -> bool:
    """Whether a body's name says it is of civil society, which no State owns."""
    return _CIVIL_SOCIETY.search(name) is not None


#: Heads of the names of a State's public bodies in French, Spanish and Portuguese, which
#: open the name ("Fiscalía General de la Nación", "Instance Nationale de ...").
FOREIGN_PUBLIC_HEADS = frozenset(
    "instance autorité autoridad autoridade comisión comissão cour corte juridiction parquet "
    "fiscalía fiscalia procuraduría procuradoria contraloría controladoria ministère "
    "ministerio ministério agence agencia agência oficina direction dirección unité unidad "
    "cellule inspection inspección inspeção commissariat haut-commissariat".split()
)
FOREIGN_FIRST_HEADS: dict[str, EntityType] = dict.fromkeys(
    FOREIGN_PUBLIC_HEADS
    | frozenset(
        "instituto consejo conseil secretaría superintendencia banco banque juzgado tribunal "
        "guardia polícia policía policia procura procureur garda pôle observatoire délégation "
        "conselho câmara cámara defensoría defensoria servicio serviço secretaria pool comité "
        "caisse plateforme réseau rede centro brigade entreprise observatório "
        "observatorio".split()
    ),
    _ORG,
)
FOREIGN_FIRST_HEADS |= dict.fromkeys(FOREIGN_PRIVATE_HEADS, _ORG)
FOREIGN_FIRST_HEADS |= dict.fromkeys(
    "loi ley lei décret decreto ordonnance".split(), EntityType.LEGAL_INSTRUMENT
)
#: Registers and systems, by their own names: "Registro Único Nacional de Tránsito",
#: "Sistema de Gestión de Movimiento Comercial", "Registre des bénéficiaires effectifs".
FOREIGN_FIRST_HEADS |= dict.fromkeys(
    "registro registre sistema système cadastro catastro plataforma".split(), _MEC
)
FOREIGN_FIRST_HEADS |= dict.fromkeys(["programa"], _INI)  # "Programa Nacional de ..."
#: Connectors of other languages: after them an English head opening a name still heads it
#: ("Office National de Lutte contre la Corruption", "Commission Nationale des Droits").
FOREIGN_CONNECTORS = frozenset("de du des pour contre del da do dos das para contra".split())
#: Adjectives that may come before such a head: "Haute Autorité pour la Transparence de la
#: Vie Publique", "Alta Autoridad", "Haut Conseil".
FOREIGN_LEADS = frozenset("haute haut alta alto gran grande suprema supremo".split())

#: Heads of documents a body issues: "Report of the Implementation Review Group" names the
#: body, though "the Global Report on Corruption in Sport" is a tool of its own.
BODY_DOCUMENTS: frozenset[str] = frozenset({"report"})

#: Heads that may follow a capitalized name or acronym in lower case ("SIDNA databank").
LOWERCASE_HEADS: frozenset[str] = frozenset(
    (
        "portal databank database system platform register registry programme initiative "
        "network tool app hotline directory case declaration project scandal affair heist"
    ).split()
)

#: Heads that a number may follow inside a name ("Recommendation 24", "Goal 16").
NUMBERED_HEADS: frozenset[str] = frozenset(
    "recommendation goal principle article chapter target annex schedule sdg".split()
)

#: Subclasses of LegalInstrument signalled by a head word.
LEGAL_SUBTYPES: dict[str, str] = {
    "convention": "Convention",
    "treaty": "Convention",
    "protocol": "Convention",
    "resolution": "Resolution",
    "declaration": "Declaration",
    "statement": "Declaration",
    "communique": "Declaration",
    "commitment": "Declaration",
    "communiqué": "Declaration",
    "agreement": "Agreement",
    "memorandum": "Agreement",
    "accord": "Agreement",
    "arrangement": "Agreement",
    "act": "NationalLaw",
    "bill": "NationalLaw",
    "law": "NationalLaw",
    "code": "NationalLaw",
    "decree": "NationalLaw",
    "ordinance": "NationalLaw",
    "regulation": "NationalLaw",
    "order": "NationalLaw",
    "constitution": "NationalLaw",
}

#: Words that join the parts of a proper name ("Office for Money Laundering Prevention").
CONNECTORS: frozenset[str] = frozenset(
    (
        "of for on the to against in into from and de di del della la le des du et y da dos das on "
        "el al bin ibn von van der den für und zur zum do pour contre sur aux au les para contra "
        "por en e"
    ).split()
)

#: Capitalized words that start sentences or titles but never start a name.
NON_NAME_STARTS: frozenset[str] = frozenset(
    (
        "the a an in on at for this these that those its their his her our it they he she "
        "we some many several one two three four five six seven eight nine ten other "
        "another all each both any most such as if when while since under after before "
        "during following furthermore moreover however also finally further besides "
        "likewise therefore thus speakers speaker delegations panellists panellist "
        "participants with without by from into through between among to of and or but "
        "not no mr ms mrs dr h.e item chapter article articles paragraph referring "
        "concluding addressing beyond against regarding there here what which who where "
        "how why in-depth"
    ).split()
)


#: Two-word heads that mean something else than their last word alone: a data standard is a
#: tool ("Open Contracting Data Standard"), not a rule.
COMPOUND_HEADS: dict[tuple[str, str], EntityType] = {
    ("data", "standard"): _MEC,
    ("reporting", "standard"): _MEC,
    ("exchange", "standard"): _MEC,
}


def head_type(word: str) -> EntityType | None:
    """The entity type a head word signals, if any."""
    w = word.lower()
    if w in NAME_HEADS:
        return NAME_HEADS[w]
    if w.endswith("ies") and w[:-3] + "y" in NAME_HEADS:
        return NAME_HEADS[w[:-3] + "y"]
    if w.endswith("s") and w[:-1] in NAME_HEADS and NAME_HEADS[w[:-1]] is not EntityType.CASE:
        return NAME_HEADS[w[:-1]]  # not "Legal Affairs": cases are named one at a time
    return None


def legal_subtype(word: str) -> str | None:
    w = word.lower().rstrip("s")
    return LEGAL_SUBTYPES.get(w)


#: Heads of the units of an organization ("INTERPOL Financial Crime ... Centre").
UNIT_HEADS = frozenset(
    "centre center office division unit section branch department directorate presidency "
    "secretariat committee group faculty school bureau".split()
)

#: Names of the world's regions: "Commonwealth Africa", "the Asia-Pacific", "Migrant Forum in
#: Asia".
REGION_NAMES = frozenset(
    "Africa America Americas Asia Europe Pacific Caribbean Balkans Oceania".split()
)
#: Words that make a State's adjective or a region's name a part of a region ("Latin
#: American", "North African", "West Africa").
REGION_QUALIFIERS = frozenset(
    "Latin North South East West Central Southern Northern Eastern Western".split()
)
