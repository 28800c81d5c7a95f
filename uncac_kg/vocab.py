# generated from ontology/uncac.ttl by tools/generate.py; do not edit
"""The uncac-kg ontology's terms as a typed namespace: a misspelt term raises.

Version 0.1.0 of ``ontology/uncac.ttl``. Regenerate with
``python tools/generate.py`` after editing the ontology.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/uncac-kg/ontology"


class UNCAC(DefinedNamespace):
    """Classes and properties of the uncac-kg ontology."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # --- classes ---

    # An item of a meeting's agenda as it heads a part of the report, such as "Item 2. Preparations
    # for the special session".
    AgendaItem: URIRef

    # A bilateral or multilateral agreement, arrangement or memorandum of understanding between
    # States or between agencies that is not a convention, such as an asset-return agreement or an
    # interinstitutional cooperation agreement.
    Agreement: URIRef

    # A named corruption, money-laundering or asset-recovery case, such as 1MDB.
    Case: URIRef

    # The place in a statement where its speaker names, refers to or presents an entity: links the
    # statement (uncac:hasCitation) to the entity (uncac:citedEntity) and records the exact words
    # and their offsets.
    Citation: URIRef

    # An international treaty open to States, such as a convention or a protocol: the United Nations
    # Convention against Corruption, the Inter-American Convention against Corruption.
    Convention: URIRef

    # A declaration, statement of principles or commitment adopted by States or experts, without the
    # force of a treaty, such as the political declaration of the special session of the General
    # Assembly against corruption or the Oslo Statement.
    Declaration: URIRef

    # A meeting report, as cleaned text: the source every statement, citation and mention points
    # into.
    Document: URIRef

    # Something a report names that belongs in the knowledge graph: a State, organization,
    # initiative, legal instrument, article of the Convention, mechanism, case or meeting. People
    # are not entities; they are speakers.
    Entity: URIRef

    # A named programme, initiative, strategy or set of goals, such as the Stolen Asset Recovery
    # Initiative or the Sustainable Development Goals.
    Initiative: URIRef

    # A treaty, resolution, act, bill, order, agreement, statement or declaration.
    LegalInstrument: URIRef

    # A concrete tool, register, database, system, procedure or legal technique for preventing
    # corruption, cooperating across borders or recovering assets, proper-named (the Implementation
    # Review Mechanism, the INTERPOL I-24/7 system) or generic (beneficial ownership registers,
    # non-conviction-based confiscation, mutual legal assistance).
    Mechanism: URIRef

    # A named meeting, session or part of a session, such as the eighth session of the Conference of
    # the States Parties or the special session of the General Assembly against corruption.
    Meeting: URIRef

    # One place in a paragraph where an entity is named: links the paragraph (uncac:hasMention) to
    # the entity (uncac:mentionOf) and records the exact words and their offsets.
    Mention: URIRef

    # A law, act, bill, decree, order or regulation of one State, such as the Mutual Assistance in
    # Criminal Matters Act 2019 of Nigeria; its State is given with uncac:ownedBy.
    NationalLaw: URIRef

    # An intergovernmental body, agency, office, court, non-governmental organization, institute,
    # network or group of practitioners, international or national (UNODC, the World Bank, INTERPOL,
    # the Egmont Group of Financial Intelligence Units, a State's financial intelligence unit).
    Organization: URIRef

    # A numbered paragraph of a report.
    Paragraph: URIRef

    # A resolution or decision of an intergovernmental body, such as General Assembly resolution
    # 74/276 or Conference resolution 7/1.
    Resolution: URIRef

    # A lettered part of a report under an agenda item, such as "(c) Denying safe havens to
    # corruption offenders and their proceeds of crime".
    Section: URIRef

    # Whoever a statement is attributed to, as the report introduces them: a named person ("Mr. John
    # Brandolino, the Director of the Division for Treaty Affairs of UNODC") or an anonymous one or
    # many ("one speaker", "several delegations").
    Speaker: URIRef

    # The capacity in which a speaker takes the floor: chair, official, secretariat, co-facilitator,
    # panellist, speaker or delegations. The roles are the concepts of the scheme
    # <https://w3id.org/uncac-kg/scheme/speaker-roles>.
    SpeakerRole: URIRef

    # A sovereign State, named or by its adjective ("Belgian officials" names Belgium); identified
    # by its ISO 3166-1 alpha-3 code.
    State: URIRef

    # What one speaker mention says in one paragraph: from the words that introduce the speaker up
    # to the next speaker or the end of the paragraph.
    Statement: URIRef

    # An article of the United Nations Convention against Corruption (article 46), or one of its
    # paragraphs (article 46(4), linked to article 46 with uncac:partOfArticle).
    UNCACArticle: URIRef

    # One of the eight chapters of the United Nations Convention against Corruption, such as chapter
    # IV, International cooperation.
    UNCACChapter: URIRef

    # --- object properties ---

    # The entity a citation is of.
    citedEntity: URIRef

    # A statement names, refers to or presents an entity: the shortcut of uncac:hasCitation followed
    # by uncac:citedEntity.
    cites: URIRef

    # A citation made in a statement.
    hasCitation: URIRef

    # A mention of an entity in a paragraph.
    hasMention: URIRef

    # A numbered paragraph of a document.
    hasParagraph: URIRef

    # A statement made in a paragraph.
    hasStatement: URIRef

    # The body whose meeting or session a meeting is: the eighth session of the Conference of the
    # States Parties is held by the Conference of the States Parties.
    heldBy: URIRef

    # The agenda item a section or paragraph falls under.
    inAgendaItem: URIRef

    # The chapter of the Convention an article belongs to.
    inChapter: URIRef

    # The document an agenda item, section, paragraph or statement is part of.
    inDocument: URIRef

    # The paragraph a statement is made in.
    inParagraph: URIRef

    # The lettered section a paragraph falls under.
    inSection: URIRef

    # The entity a mention names.
    mentionOf: URIRef

    # A document, paragraph or statement names an entity: for paragraphs, the shortcut of
    # uncac:hasMention followed by uncac:mentionOf.
    mentions: URIRef

    # The State whose national body, law, tool, programme or case an entity is, where the report
    # says so (the Kleptocracy Asset Recovery Initiative is owned by the United States).
    ownedBy: URIRef

    # The article an article paragraph belongs to: article 46(4) is part of article 46.
    partOfArticle: URIRef

    # The meeting a session or part of a meeting belongs to: a thematic session is part of the
    # special session it was held in.
    partOfMeeting: URIRef

    # The meeting a document reports on: the report on the second intersessional meeting of the
    # Conference of the States Parties is a report of that meeting.
    reportOf: URIRef

    # The State or organization a speaker speaks for, where the report says so ("a panellist from
    # Chile" represents Chile; "a representative of UNODC" represents UNODC).
    represents: URIRef

    # The role in which a speaker takes the floor in a statement.
    role: URIRef

    # The speaker a statement is attributed to.
    speaker: URIRef

    # --- datatype properties ---

    # A wording that names a mechanism by the action it consists of: what is acted on and the manner
    # of acting, in that order, within one clause and at most eight words apart, written with an
    # ellipsis between them (information … spontaneously: 'to transmit information and evidence
    # spontaneously').
    actionWording: URIRef

    # An adjective or demonym that names a State in running text (Belgian, Swiss, Emirati).
    adjective: URIRef

    # The number of an article of the Convention, 1 to 71; for an article paragraph, the number of
    # its article.
    articleNumber: URIRef

    # The paragraph number of an article paragraph: 4 for article 46(4).
    articleParagraph: URIRef

    # Offset of the first character of a part of a report in the document's text (counted in
    # characters from 0).
    beginIndex: URIRef

    # The number of a chapter of the Convention, 1 to 8 (chapter IV is 4).
    chapterNumber: URIRef

    # Offset just after the last character of a part of a report in the document's text (end
    # exclusive).
    endIndex: URIRef

    # The heading of an agenda item or section as printed, on one line ("Item 2. Preparations for
    # ...", "(c) Denying safe havens ...").
    heading: URIRef

    # The two-letter ISO 3166-1 code of a State (BE).
    iso3166Alpha2: URIRef

    # The three-letter ISO 3166-1 code of a State (BEL); also the last segment of the State's IRI.
    iso3166Alpha3: URIRef

    # The letter of a section, without parentheses (c).
    letter: URIRef

    # The three-digit code of a State in the United Nations Standard Country or Area Codes for
    # Statistical Use (M49), with leading zeros (056 for Belgium).
    m49Code: URIRef

    # The number of a paragraph or agenda item as printed in the report.
    number: URIRef

    # The name of a speaker who is a named person, as the report gives it (Mr. John Brandolino).
    personName: URIRef

    # The title or function of a named speaker as the report gives it (Director of the Division for
    # Treaty Affairs of UNODC).
    personTitle: URIRef

    # The exact words of the report at a speaker mention, citation or mention: the document's text
    # between its begin and end index.
    quote: URIRef

    # The cleaned text of a document, or the text of a paragraph or statement within it.
    text: URIRef
