"""Speaker mentions: who says something in a paragraph, in which role, for whom.

Patterns are general: a role noun with an optional quantifier and an optional
"from/of/representing X" ("A panellist from Nigeria", "Several speakers",
"The representative of Switzerland", "Panellists from Kenya and Ghana"), a
named person with a title ("H.E. Mr. Name, the Permanent Representative of X"),
the chair ("the President"), the secretariat, and passive agents ("was raised
by several delegations"). Definite references ("the panellist", "he", "they")
continue the current speaker and are not new mentions. Role nouns come from
the speaker-role vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from uncac_kg.extract.heads import LEGAL_FORMS, POST_QUALIFIERS, RANKS, head_type
from uncac_kg.extract.model import EntityType, Role
from uncac_kg.extract.tokens import compile_capitals, sentences

_QUANT = (
    r"(?:one|another|two|three|four|five|several|many|some|other|a\s+few|few|numerous|various|"
    r"most|a\s+number\s+of|a\s+large\s+number\s+of|a\s+majority\s+of|the\s+majority\s+of|"
    r"a|an|all|a\s+group\s+of)"
)
_VERB_SKIP = (
    r"(?:\s*,?\s*(?:also|further|further\s+also|however|therefore|then|inter\s+alia|in\s+turn|"
    r"in\s+particular|moreover|furthermore|likewise|similarly|again|briefly|strongly|"
    r"specifically|particularly|notably|both|all|by\s+contrast|in\s+contrast|on\s+the\s+other\s+"
    r"hand|for\s+(?:his|her|their|its)\s+part|in\s+(?:response|reply)|in\s+addition|"
    r"additionally|nevertheless|meanwhile|subsequently|finally|lastly|,)\s*,?)*"
)
#: Verbs of speakers in the past whose form is not "-ed".
_IRREGULAR = (
    r"said|spoke|gave|made|took|drew|shared|led|held|brought|"
    r"saw|sought|felt|put|set|told|underwent|undertook|went|began|wrote"
)
_VERB = compile_capitals(
    r"\s*"
    + _VERB_SKIP
    + r"\s*\b(?:[a-z]+ed|"
    + _IRREGULAR
    + r"|were|was|had|has|have|is|are|would|could|should|"
    r"may|might|will|can|did|does|do|urged|underscored|called|welcomed|expressed|presented|"
    r"pointed|outlined|focused|referred|explained|informed|stressed|noted|highlighted|"
    r"emphasized|emphasised|described|reported|recalled|mentioned|indicated|observed|"
    r"suggested|proposed|underlined|considered|acknowledged|agreed|thanked|reiterated)\b"
)
_TITLE_WORD = (
    r"(?:Mr|Ms|Mrs|Dr|Prof|Professor|Judge|Ambassador|Justice|Hon|Honourable|Sir|Dame|"
    r"Baroness|Lord|Lady|Sheikh|Mme|Maître|Dato’?'?|Datuk|Datin|Tan\s+Sri|Puan|Encik|Adv|Eng|Rev|Mx|"
    r"Counsellor|Lieutenant\s+Colonel|Colonel|Brigadier(?:\s+General)?|Major\s+General|"
    r"Lt\.?\s+Col|Col|Gen|Maj|Capt|Supt|Captain|Commander|Commodore|Admiral|Superintendent)\.?"
)  # also a rank or a diplomatic grade: "Lieutenant Colonel Ahmed Al-Dosari (Bahrain)", "Col.
# Marco Rossi (Italy)"
_HONORIFIC = r"(?:H\.\s?E\.(?:\s+" + _TITLE_WORD + r")?|" + _TITLE_WORD + r")"
#: An honorific and a name: "Ms. Anna Keller", "H.E. Mr. A B C".
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|al|el|bin|binti|ibn|ben)\s+"
#: A person's name after the honorific: "Baroness Williams of Trafford", "Ramon de Guzman"
#: (not "Ms. Benmansour-Keller of ITU", whose acronym names her body).
_NAME = (
    r"(?!(?:She|He|They|It|The|This|That|In|On|At|As)\b)(?:(?:"
    + _PARTICLE
    + r")?[A-Z][\w’'-]*\.?\s*){1,6}?(?:of\s+(?![A-Z][A-Z0-9]+\b)[A-Z][\w’'-]*)?"
)
_NAMED = _HONORIFIC + r"\s+(?P<name>" + _NAME + ")"
#: A person named by honorific and name, up to a parenthesis, a comma or the end: "Ms.
#: Zuzana Hlaváčková (Czechia)".
NAMED_PERSON = compile_capitals(_NAMED + r"(?=\s*(?:\(|,|$))")
#: What a parenthesis after a name holds, itself with one parenthesis at most: "(Kenya)",
#: "(Netherlands (Kingdom of the))".
_IN_PARENS = r"(?:[^()]|\([^()]{1,40}\))"
#: A person by honorific and name only, with no title: in a gapped clause of a list.
_UNTITLED = compile_capitals(
    _NAMED + r"(?:\s*\((?P<paren>" + _IN_PARENS + r"{2,80})\))?(?P<title>)"
)
#: Words that open a sentence, where a title cannot go on. Not a pronoun: "moderated by Mr.
#: A (Côte d'Ivoire), Inspector General at the X. He observed" is how he comes to speak.
_SENTENCE_OPENS = r"(?:The|A|An|In|On|At|It|This|That|These|Those|Mr|Ms|Mrs|Dr)\b"
#: Titles written in lower case after a name: "Ms. A (Poland), prosecutor in the ...".
_LOWER_TITLE = (
    r"(?:prosecutor|judge|director|head|chief|officer|adviser|advisor|expert|member|counsel|"
    r"investigator|inspector|commissioner|deputy|senior|legal|policy|coordinator|analyst|"
    r"specialist|professor|researcher|attorney|magistrate|auditor|investigating|examining|"
    r"principal|public|assistant|associate|programme|program|project|seconded|notary|lawyer|"
    r"advocate|barrister|solicitor|accountant|journalist|editor|lecturer|economist|consultant|"
    r"partner)\b"
)  # also "investigating judge", "public prosecutor", "programme officer", "seconded national
# expert", "notary and member of the Higher Council of Notaries"
#: Verbs that say what a person's post is: "who leads the X", "who oversees the Y".
_POST_VERBS = r"leads|heads|directs|chairs|manages|runs|coordinates|oversees|supervises"
#: A post said as what the person does: "Ms. A, who leads the Civil Service Bureau of
#: Georgia, described".
_WHO_LEADS = r"who\s+(?:" + _POST_VERBS + r")\s"
_PERSON = compile_capitals(
    _NAMED + r"(?:\s*\((?P<paren>" + _IN_PARENS + r"{2,80})\))?"
    r"(?:(?:,\s+|\s+(?=(?:of|from)\s+(?:the\s+[A-Z]|[A-Z][A-Z0-9]+\b)))"
    r"(?!(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.\s)"  # not another
    # person: "Responding to Ms. A, Mr. B noted"
    r"(?P<title>(?:the|a|an|of|from|former|acting|representing\s|" + _WHO_LEADS + r"|"
    r"[A-Z]|co-[a-z]|" + _LOWER_TITLE + r")"
    r"(?:[^,;().]|\.(?!\s+" + _SENTENCE_OPENS + r")|\([^()]{1,150}\))"
    r"{2,250}?))?"  # a title does not run into the next sentence
    r"(?=,|\s+(?:(?:also|further|then|additionally|subsequently|finally|both)\s+)?(?:[a-z]+ed|"
    + _IRREGULAR
    + r")\b|\s+and\s+"
    + _HONORIFIC
    + r"\s)"
)  # also "Mr. Bassetti also presented"
#: Words a title starts with when a name comes without an honorific ("Ana Ruiz, Director
#: of the X Office, said"; "ANA RUIZ (Peru), President of the Y, said").
_TITLE_HEAD = (
    r"(?:(?:the|a|an|former|acting|then)\s+)*(?:(?:[A-Z][\w’'-]*[’']s?\s+)?(?:(?:Vice|Deputy|"
    r"Assistant|Under|Executive|Senior|Chief|Special|General|Federal|National|Permanent|"
    r"Attorney|Prime|Foreign|Justice|Finance|State|Co)[\s-]+)*"
    r"(?:President|Chair|Chairperson|Director|Minister|Secretary|Head|Chief|Deputy|"
    r"Permanent\s+Representative|Representative|Ambassador|Commissioner|Judge|Prosecutor|"
    r"Attorney|Governor|Founder|Co-founder|Coordinator|Adviser|Advisor|Officer|Counsel|"
    r"Member|Manager|Inspector|Auditor|Ombudsman|Ombudsperson|Executive|Chairman|"
    r"Chairwoman|Speaker|Mayor|Senator|Professor))\b"
)
_BARE_PERSON = compile_capitals(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[.!?][”\"]\s)|(?P<said>(?<=\bsaid\s)))"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})(?:\s*\((?P<paren>"
    + _IN_PARENS
    + r"{2,80})\))?"
    r",\s+(?P<title>" + _TITLE_HEAD + r"[^,;]{0,200}?)(?=,|\.(?:\s|$))"
)  # also after the words it introduces: "“...,” said Ana Ruiz, President of the X, ..."
#: Words after which an honorific that is also a noun ("Justice", "Judge") is part of a
#: name, not a person's title.
_INSIDE_A_NAME = compile_capitals(
    r"\b(?:between|of|for|on|in|and|the|(?!(?:Chief|Associate|Deputy|Acting|Former|Senior)\s)"
    r"[A-Z][\w-]*)\s+$"
)  # "... Agency for Criminal Justice Cooperation (Eurojust)"; not "Chief Justice A B"
#: Another named person joined by "and": "H.E. Ms. A and Mr. B thanked participants".
_AND_PERSON = compile_capitals(
    r",?\s+and\s+"
    + _HONORIFIC
    + r"\s+"
    + _NAME
    + r"(?:\s*\("
    + _IN_PARENS
    + r"{2,80}\))?(?:,\s+(?P<title>(?:the\s+)?(?:[A-Z]|co-[a-z])(?:[^,;()]|\([^()]{1,60}\))"
    r"{2,200}?)(?=,))?"
    r"(?=(?:,?\s+|,\s+who\s+)(?:(?:both|also|jointly)\s+)?(?:[a-z]+ed|" + _IRREGULAR + r")\b)"
)  # also "Ms. A (Peru) and Mr. B (Nepal) both stressed", "Mr. A, Chief Compliance Officer
# of EBRD, and Ms. B, Head of the Fraud Investigations Division of EIB, compared", "Ms. A
# (Ghana) and Mr. B (Peru), co-facilitators of the informal consultations, reported"; "a
# report by Ms. A (Portugal) and Mr. B (Namibia), the co-facilitators of ..., who stated"
#: A post two people hold together: "Co-Chairs of the Working Group", "co-facilitators of
#: the informal consultations".
_SHARED_POST = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+[^s\W]s(?=\s+(?:of|for|at|on|in)\b|\s*$)"
)
#: A person introduced with a title: "Ms. A B, Senior Director, Finance, the World Bank
#: Group"; the title runs to the next person, a semicolon or the end of the sentence.
_INTRODUCED = compile_capitals(
    r"(?<![\w.])" + _NAMED + r"(?:\s*\((?P<paren>" + _IN_PARENS + r"{2,80})\)(?=,)"
    r"|\s+(?P<of>(?:of|from)\s+(?:the\s+)?[A-Z][^,;()]{2,120}(?:\s*\([A-Z][\w-]*\))?)(?=,)"
    r"|(?:\s*\((?P<paren2>" + _IN_PARENS + r"{2,80})\)|,\s+"
    r"(?!(?:who|which|whose)\b)(?P<title>[^;]{2,300}?))"  # not "Ms. A, who recalled ...": her
    # words, not her title
    r"(?=;|\.(?:\s|$)|,?\s*(?:and\s+)?(?:"
    + _HONORIFIC
    + r")\s+[A-Z]|\s*$|,?\s+and\s+(?!the\b)[a-z]"
    r"|,\s+(?:who|[a-z]+ed|said|noted|stressed|explained|presented|described|highlighted|"
    r"thanked|welcomed|recalled)\b))"
)  # "Ms. A B (Uganda), Chair of the meeting, who recalled": the State in parentheses
#: "by" after a participle: the agent of a passive ("was raised by", "were made by").
_PASSIVE_BY = compile_capitals(
    r"\b(?:[a-z]+ed|made|given|held|shown|taken|led|set|put|drawn|brought|sought|told|done|"
    r"said|spoken|run|heard|known|seen|echoed|shared)"
    r"(?:,?\s+(?:[a-z]+ly|both|also|in\s+particular|notably|including|inter\s+alia))*,?"
    r"(?:\s+to\s+(?:the\s+)?(?:panel|panellists|speakers|presenters|him|her|them))?"
    r"\s+by\s+(?:both\s+|its\s+)?$"  # also "Questions were put to the panel by"
    r"|\b(?:and|or|as\s+well\s+as),?\s+(?:also\s+)?by\s+$"  # "made by A and by B"
)
#: Words that list the people who spoke: "This session was chaired by Ms. A, ..., and
#: featured remarks by Hon. B, ...", "Speakers included Mr. C, ...".
_FEATURED = compile_capitals(
    r"\b(?P<chair>(?:co-)?chaired|moderated|facilitated|presided\s+over)\s+by\s+"
    r"(?:the\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s*,\s+(?=(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.\s))?"
    r"|\b(?P<opened>opened|closed|welcomed)(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?"
    r"\s+by\s+"  # "The meeting was opened on 18 November 2024 by Ms. A, Director of X"
    r"|\b(?:featured|included|with|followed\s+by)\s+(?:(?:opening|welcoming|introductory|"
    r"keynote|closing|concluding)\s+)?(?P<kind>remarks|statements|presentations|interventions|"
    r"addresses|speeches|contributions)\s+(?:by|from)\s+"
    r"|\b(?P<who>[Ss]peakers|[Pp]anellists|[Pp]resenters|[Dd]iscussants)\b[^.;:]{0,40}?"
    r"\s+(?:included|were)\s*:?\s+"
    r"|\b(?P<made>[Pp]resentations|[Rr]emarks|[Ss]tatements|[Ii]nterventions)\s+were\s+"
    r"(?:made|given|delivered)\s+by\s+"
)
#: What a chair named as chairing says: in a relative clause ("..., who opened the
#: discussion by noting") or in a later sentence ("She recalled ...").
_WHO_SAID = compile_capitals(r"[^.;]*?\bwho\s+(?:also\s+)?[a-z]+(?:ed|d)\b")
_LATER_SAID = compile_capitals(
    r"[.;]\s+(?:He|She|They|The\s+(?:Chair|moderator|facilitator|co-chairs?)|In\s+(?:his|her)"
    r"\s+[a-z\s]*remarks)\b"
)
#: A role noun a name stands in apposition to: "The first panellist, Mr. A", "The
#: co-facilitators of the informal consultations, Ms. A (X) and Mr. B (Y)".
_ROLE_BEFORE_NAME = compile_capitals(
    r"\b(?i:the|a|an)\s+(?:[a-z]+\s+)?(?P<noun>[a-z-]+?)(?:\s+of\s+[^,;.]{3,200})?\s*,\s*"
    r"(?:[^,;]{3,80}\)\s+and\s+)?$"
)
#: Words that make a paragraph the floor's: "Several speakers ...", "In the ensuing discussion".
_FLOOR = compile_capitals(
    r"\b(?:speakers?|delegations?|delegates?|participants|discussion|floor)\b", re.IGNORECASE
)
#: Being elected or appointed, which is not speaking.
_ELECTED = compile_capitals(
    r"\s*,?\s*(?:was|were|had\s+been|has\s+been)\s+(?:re-?)?(?:elected|appointed|nominated|"
    r"designated)\b"
)
#: Opening or closing remarks, as officials make them.
_REMARKS = compile_capitals(
    r"\b(?:opening|closing|concluding|welcoming|introductory)\s+(?:remarks|statements?)\b",
    re.IGNORECASE,
)
#: The meeting's own body, which a chair does not represent.
_OWN_BODY = (
    r"(?:the\s+)?(?:[a-z-]+\s+(?:session|meeting)\s+of\s+the\s+)?(?:Group|Working\s+Group|"
    r"Conference|meeting|session|Bureau|Implementation\s+Review\s+Group|Expert\s+Meeting)\s*$"
)  # also "the President of the eleventh session of the Conference"
#: A presentation, as panellists give them: "... presented", "gave a presentation on".
_PRESENTED = compile_capitals(
    r"\s*,?\s*(?:also\s+)?(?:presented|introduced|(?:gave|made|delivered)\s+a\s+presentation)\b"
)
#: Participles whose agents did not speak: "attended by representatives of 118 States".
_NOT_SPEAKING_VERB = (
    r"\b(?:attended|organi[sz]ed|hosted|co-hosted|sponsored|co-sponsored|funded|financed|"
    r"supported|established|created|maintained|run|managed|operated|submitted|signed|"
    r"ratified|prepared|published|launched|developed|implemented|owned|convened|"
    r"represented|accompanied|nominated|elected|appointed|used|requested|received|"
    r"circulated|distributed|issued|transmitted|compiled|collected|guided|adopted)"
    r"(?:,?\s+[a-z]+ly)?,?\s+by\s+"
)
_NOT_SPEAKING = compile_capitals(_NOT_SPEAKING_VERB + r"(?:both\s+)?$")
#: The same verb earlier in the sentence, its agents listed: "attended by A, B, as well as by".
_NOT_SPEAKING_LIST = compile_capitals(_NOT_SPEAKING_VERB + r"[^.;]*$")
#: A preposition whose object the role noun is: "the resources of the secretariat".
_AFTER_PREPOSITION = compile_capitals(
    r"(?<!representative\s)(?<!representatives\s)\b(?:of|to|for|with|about|towards|as|"
    r"through|via|against|under|upon|without|within|into|over)\s+"
    r"(?:the\s+)?(?:[a-z]+al\s+)?$"
)  # also "the list of governmental experts was updated", "reports filtered through the president
# of the bar"
#: A passive verb after a role noun: the people it names are not speaking.
_UNDERGOES = compile_capitals(
    r"(?:\s+(?:involved|concerned|affected|targeted))?"  # "several journalists involved had
    # been threatened"
    r"\s+(?:were|was|(?:had|has|have)\s+been)\s+(?:also\s+|[a-z]+ly\s+)?"
    r"(?!(?:delivered|read|presented|conveyed|transmitted|broadcast|played|screened|shown|"
    r"aired)\b)[a-z]+ed\b"
)  # not "A video message from the Secretary-General ... was delivered": the message was
#: A document that a body wrote, which is not the body speaking.
_DOCUMENT_BY = compile_capitals(
    r"\b(?:note|report|paper|study|studies|compilation|document|letter|proposal|submission)s?"
    r"\s+(?:(?:prepared|submitted|issued)\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Presentations, as panellists give them, made by the speakers that follow.
_PRESENTATIONS_BY = compile_capitals(
    r"\bpresentations?\s+(?:was|were|had\s+been)\s+(?:made|given|delivered)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A clause that reports what someone said ("She noted that, in the past year, ").
_REPORTED = compile_capitals(r"\bthat\b[^.;]*$")
#: What a speaker said, up to a role noun within it: "She noted that, in the context of X, ".
_SAID_THAT = compile_capitals(r"\b(?:[a-z]+ed|said)\s+that\b[^.;]*$")
#: Verbs whose object a role noun is: "The Chair thanked the panellists and participants".
_OBJECT_OF = compile_capitals(
    r"\b(?:thanked|invited|welcomed|congratulated|encouraged|urged|asked|requested|"
    r"commended|informed|reminded|briefed|assured|addressed|joined|called\s+(?:up)?on|including|"
    r"thank|invite|welcome|encourage|urge|ask|request|inform|remind)\s+(?:the\s+|all\s+)?"
    r"(?:[a-z-]+\s+and\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
#: Those who heard a person, who then speaks: "Participants were briefed by Ms. A, ..., on".
_BRIEFED_BY = compile_capitals(
    r"\b(?:was|were)\s+(?:also\s+)?(?:briefed|informed|updated|addressed)\s+by\s+$"
)
#: Someone invited to speak, who then does: "The moderator then invited Mr. A, Director of
#: X, to present the experience of his country. He explained ...".
_INVITED = compile_capitals(r"\binvited\s+$")
_TO_SPEAK = compile_capitals(
    r"\s*,?\s*to\s+(?:present|speak|share|describe|address|take\s+the\s+floor|give|introduce|"
    r"report|brief|open|deliver)\b"
)
#: Whom a named person speaks for, said before the name or after it: "Speaking for the
#: ICGLR secretariat, Ms. A, ...", "Ms. A, speaking for the ICGLR secretariat, welcomed".
_FOR_A_BODY = r"\s+(?:for|on\s+behalf\s+of)\s+(?P<body>(?:the\s+)?[A-Z][^,;.]{1,100}?)"
_SPEAKING_FOR = r"[Ss]peaking" + _FOR_A_BODY
_SPEAKING_FOR_BEFORE = compile_capitals(
    r"\b" + _SPEAKING_FOR + r"\s*,\s*(?:(?P<its>its|their)\s+[^,;.]{2,80}?,\s*)?$"
)  # also with the body's post: "Speaking on behalf of AFRIPOL, its Head of X, Mr. A, ..."
_SPEAKING_FOR_AFTER = compile_capitals(
    r",\s*(?:[Ss]peaking|spoke(?=\s+on\s+behalf))" + _FOR_A_BODY + r"\s*(?=[,;.])"
)  # also "Ms. A, spoke on behalf of the International Federation of Surveyors (FIG)."
#: A body named in a person's title: "Director of the X", "Officer at Y".
_TITLE_NAMES_A_BODY = compile_capitals(r"\b(?:of|at|in|with)\s+(?:the\s+)?[A-Z]")
#: What another speaks for, before a role noun: "speaking for the ICGLR secretariat".
_SPOKEN_FOR = compile_capitals(
    r"\b(?:[Ss]peaking|acting)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*$"
)
#: A copula before a role noun, which it predicates: "was a member of", "is an observer".
_COPULA_BEFORE = compile_capitals(r"\b(?:was|were|is|are|be|been|became|becomes|remained)\s+$")
#: Asking someone, who answers: "Another speaker asked the panellist from Nigeria about X;
#: he replied that ...", "One speaker asked the panellist from Malawi how X. In response,
#: the panellist explained ...".
_ASKED = compile_capitals(r"^(?:asked|invited|requested)\b", re.IGNORECASE)
_ANSWERS = compile_capitals(
    r"[^.;]{0,250}?(?:[;,]\s+(?:and\s+)?(?:he|she|they|who)\s+(?:then\s+)?"
    r"(?:replied|responded|answered|explained)\b|"
    r"[.?]\s+(?:In\s+(?:response|reply|answer)|Responding|Replying),\s+"
    r"(?:he|she|they|the\s+(?:panellist|expert|speaker)s?)\b)"
)
_FOLLOWING = compile_capitals(r"\b(?:by|from)\s+(?:the\s+)?following\s+(?P<noun>[a-z-]+?)s?\s*:\s*")
#: Those who spoke for the parties listed after it: "Statements were made by the
#: representatives of the following States: A, B and C".
_FOLLOWING_PARTIES = compile_capitals(
    r"\b(?P<noun>[Rr]epresentatives|[Oo]bservers)\s+(?:of|for)\s+the\s+following\s+"
    r"(?:States(?:\s+parties)?|(?:[a-z-]+\s+)?organizations|entities)[^:;.]{0,60}:\s*"
)
_STATEMENTS = compile_capitals(r"\bstatements?\b|\btook\s+the\s+floor\b|\bspoke\b", re.IGNORECASE)
_APPOSITION = compile_capitals(
    r",\s+(?:" + _HONORIFIC + r"\s+[^,]{2,60}?(?:\s+(?:of|at|with)\s+(?:the\s+)?[A-Z][^,;]{1,120})?"
    r"|(?:[A-Z][\w’'-]*\s*){1,4}|"
    r"an?\s+(?:[a-z-]+\s+){1,3}?(?:from|at|with|of)\s+(?:the\s+)?[A-Z][^,;]{1,100}),"
)  # also "Another panellist, an urban planner from Spain, described": Spain's; "The next
# speaker, a data scientist at Transparency International Ukraine, presented": its
#: "and" before a second speaker who shares the verb: "the Head of X and the Y of Z spoke".
_JOINED = compile_capitals(r"\s+and\s+(?=(?:the|a|an)\s)")
#: Not right after a company's legal form, whose full stop does not end a sentence.
_NOT_A_LEGAL_FORM = "".join(rf"(?<!\b(?i:{form}))" for form in sorted(LEGAL_FORMS | {"corp", "co"}))
_AFFIL_END = compile_capitals(
    r",|;|" + _NOT_A_LEGAL_FORM + r"\.(?:\s|$)|"  # not "Transparency Institute Guyana Inc."
    r"\s+(?:who|which|that|and\s+one\s+of|on\s+behalf|and\s+by|about|whether|how|why)\b|"
    r"\s+on\s+(?:the\s+|its\s+|their\s+)?[a-z]|"  # "of Zambia on the sustainability of X"
    r"\s+and\s+(?=the\s+(?:"
    + _TITLE_HEAD
    + r"|observer|representative|delegate|panellist|expert)s?\s+(?:of|for|from)\s)|"
    + _VERB.pattern[3:]
)  # "the Head of X and the Executive Secretary of Y thanked": two speakers


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """A speaker mention: ``start``/``end`` cover the introducing words; the affiliation
    phrase, if any, is ``[affil_start, affil_end)`` (entities found there are the
    affiliation). ``plural`` is True for "Panellists from A and B" (one statement each)."""

    start: int
    end: int
    text: str
    role: Role
    affil_start: int = -1
    affil_end: int = -1
    plural: bool = False
    name: str | None = None
    title: str | None = None
    passive: bool = False
    intro_end: int = -1  # end of an apposition that still introduces the speaker
    #: The affiliation is the named person's own ("The moderator, Ms. A of the B Institute"),
    #: not the office's: a chair speaks for it too.
    personal: bool = False
    #: Speaks together with the next mention: "H.E. Ms. A and Mr. B thanked participants".
    joint: bool = False
    #: Only asks the question another answers: "Asked by the moderator whether X, he
    #: acknowledged ...": what follows the question is the answer's.
    asks: bool = False
    #: Speaks in the role of the speaker before: "Her counterpart from Kenya explained".
    counterpart: bool = False


class Setting(Enum):
    """What a paragraph's heading says it reports."""

    UNKNOWN = "unknown"  # no heading
    REMARKS = "remarks"  # opening or closing of the meeting, conclusions
    DISCUSSION = "discussion"  # any other heading: a thematic session, an agenda item
    PANEL = "panel"  # a numbered session or a panel ("Session 2: ...", "Panel 1")
    FLOOR = "floor"  # the body's business: progress reports, assistance, adoption of a plan


_REMARKS_HEADING = compile_capitals(
    r"\b(?:opening|clos|conclu)", re.IGNORECASE
)  # not "Open discussion"
#: Headings of the body's own business, where those who speak are its delegates.
_FLOOR_HEADING = compile_capitals(
    r"\b(?:progress\s+made|reports?\s+on\s+progress|implementation\s+of\s+(?:the\s+)?"
    r"(?:resolutions|mandates|recommendations|decisions)|technical\s+assistance|"
    r"(?:support|assistance)\s+provided|adoption\s+of\s+the\s+(?:work\s*plan|workplan)|"
    r"general\s+discussion|general\s+debate|statements\s+(?:by|on\s+behalf\s+of)|other\s+matters|"
    r"(?:questions|discussion|interventions)\s+from\s+the\s+floor)\b",
    re.IGNORECASE,
)
_PANEL_HEADING = compile_capitals(r"^(?:Session|Panel)\s+\d|\bpanel\b", re.IGNORECASE)


def _the_same_chair(before: SpeakerMention, mention: SpeakerMention) -> bool:
    """Whether "the moderator" or "the Chair" refers back to the person just named as the
    chair ("Ms. A (Uzbekistan), Vice-Chair of the meeting, moderated the panel. Opening the
    discussion, the moderator recalled ..."): the same speaker goes on."""
    return (
        before.role is Role.CHAIR
        and (before.name is not None or before.personal or before.passive)  # also "the
        # President, H.E. Mr. A (Qatar)": named in apposition; "The meeting was opened by its
        # Chair, Mr. A (Egypt). The Chair recalled": who opened it goes on
        and mention.role is Role.CHAIR
        and mention.name is None
        and mention.affil_start < 0
        and mention.text.lower().startswith("the ")
    )


def setting_of(heading: str | None) -> Setting:
    """The setting a paragraph's innermost heading gives ("Opening of the meeting")."""
    if heading is None:
        return Setting.UNKNOWN
    if _REMARKS_HEADING.search(heading):
        return Setting.REMARKS
    if _PANEL_HEADING.search(heading):
        return Setting.PANEL
    if _FLOOR_HEADING.search(heading) and not re.search(r"\bthematic\b", heading, re.I):
        return Setting.FLOOR
    return Setting.DISCUSSION


#: Words that open a discussion from the floor at a paragraph's start: "In the ensuing
#: discussion", "During the interactive discussion", "Several speakers ...".
_FLOOR_OPENS = compile_capitals(
    r"(?:(?:In|During)\s+the\s+(?:[a-z-]+\s+){0,2}discussions?\b|In\s+the\s+discussion"
    r"|(?:Several|Many|Some|Most|A\s+number\s+of|Numerous)\s+(?:speakers|delegations|participants)"
    r"|Speakers\b|Delegations\b)"
)


def opens_the_floor(text: str) -> bool:
    """Whether a paragraph opens a discussion from the floor: after it, under the same
    heading, people named with their posts speak as delegates, not as the panel's speakers
    (representatives of States are delegates throughout)."""
    return _FLOOR_OPENS.match(text) is not None


def after_the_floor_opened(setting: Setting) -> Setting:
    """The setting of a panel's paragraphs once its discussion from the floor has begun."""
    return Setting.FLOOR if setting in (Setting.PANEL, Setting.DISCUSSION) else setting


#: A heading of the discussion itself, where no panel presents: "Discussion", "General
#: debate", "Statements".
_DISCUSSION_HEADING = compile_capitals(r"\b(?:discussion|debate|statements)\b", re.IGNORECASE)
#: A delegate named first: "Ms. A (Peru), representative of Peru, ...".
_A_DELEGATE = compile_capitals(
    r"[^;]{0,100}?[),]\s*,?\s*(?:the\s+)?(?:representative|delegate|head\s+of\s+(?:the\s+)?"
    r"delegation|(?:deputy\s+)?permanent\s+representative)\b",
    re.IGNORECASE,
)


def the_panel_presents(text: str, heading: str) -> bool:
    """Whether a paragraph under ``heading`` opens with a person named with a title of their
    own, as a panel presents ("Mr. A (Lithuania), Deputy Director of the Special
    Investigation Service, shared"): after the floor's questions, the panel again. Not a
    delegate ("Ms. B (Peru), representative of Peru"), nor under a heading of the
    discussion itself ("Discussion", "General debate")."""
    if _DISCUSSION_HEADING.search(heading) or NAMED_PERSON.match(text) is None:
        return False
    opens = any(i.start == 0 for i in introductions(text))
    return opens and not _A_DELEGATE.match(text)


#: A nationality adjective before a role noun ("A French panellist", "The South African
#: panellist"); the State is found by the vocabularies among the words.
_NATIONALITY = (
    r"(?-i:(?:(?!(?:His|Her|Their|Its|Our|Both|The|This|That|Each|Every|One)\b)[A-Z][a-z]+\s+)?"
    r"[A-Z][a-z]+(?:an|ese|ish|ic|ch|ss|i))"
)


#: A relative clause without commas between an indefinite speaker and the verb: "A
#: prosecutor from Nepal who had led the prosecution in the X case explained that".
_WHO_CLAUSE = compile_capitals(
    r"\s+who\s+(?:had|has|have)\s+(?:also\s+)?[a-z]+\b[^.;,:()]{0,200}?\s"
    r"(?=(?:explained|noted|stated|said|described|recalled|observed|reported|stressed|"
    r"emphasized|highlighted|warned|cautioned|underlined|added|pointed\s+out|told)\b)"
)
#: Whose counterpart speaks: "Her counterpart from Kenya", "His Latvian counterpart".
_COUNTERPARTS_OWN = compile_capitals(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+$")
#: A first nationality before "and" and another's role noun: "Both the Danish and the
#: Icelandic panellists", "The Latvian and Lithuanian panellists".
_ADJECTIVE_AND = compile_capitals(
    r"(?:\b[Bb]oth\s+)?(?:\b[Tt]he\s+)?\b(?P<adj>" + _NATIONALITY + r")\s+and\s+(?:the\s+)?$"
)


#: A post's qualifier after "the" before a speaker noun, which makes no name of them: "the
#: Programme Director of MACN", "the Executive Secretary of X".
_POST_QUALIFIED = compile_capitals(
    r"\b(?:the|a|an|its|their|her|his)\s+(?i:"
    + "|".join(sorted(POST_QUALIFIERS | RANKS))
    + r")\s+$"
)
#: An article and a word of what kind before a speaker noun: "A compliance officer".
_A_KIND_OF = compile_capitals(r"\b[Aa]n?\s+[a-z][\w-]*\s+$")
#: A body described, not named, after a speaker noun: "from a non-governmental organization",
#: "of a global bank headquartered in Europe".
_AN_UNNAMED_BODY = compile_capitals(
    r"\s+(?:from|of|with|at)\s+an?\s+(?:[a-z][\w-]*\s+){0,3}?(?:organi[sz]ation|NGO|bank|"
    r"company|firm|university|institute|association|network|coalition|foundation|group|body|"
    r"agency|authority|newspaper|outlet|think\s+tank|law\s+firm|corporation|enterprise)"
    r"(?:\s+(?:headquartered|based)\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\b"
)
#: Whom a representative speaks for, said first: "For Türkiye, the representative ...".
_FOR_A_STATE_BEFORE = compile_capitals(
    r"(?:^|[.;]\s+)For\s+((?:the\s+)?[A-Z][\w'’()-]*(?:\s+(?:of\s+|and\s+)?[A-Z(][\w'’()-]*){0,5})"
    r",\s+(?:(?:the|its|her|his)\s+)?$"
)


#: Ordinals that pick one of a panel ("The second panellist"): a new speaker, not the last.
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|next|last|final)"


class SpeakerFinder:
    """Speaker mentions of one paragraph, driven by the role vocabulary's names."""

    def __init__(self, role_names: dict[str, Role], professions: Iterable[str] = ()) -> None:
        nouns = sorted(role_names, key=len, reverse=True)
        #: Role nouns of professions ("prosecutor", "regulator"), which name a speaker only
        #: as one from somewhere ("a prosecutor from Serbia explained"; not "the public
        #: prosecutor could order"); on a panel, they present.
        self.from_somewhere = frozenset(professions)
        #: With the press: their plural without a determiner is people spoken of
        #: ("journalists had been killed", "difficulties faced by prosecutors").
        self.professions = (*_JOURNALISTS, *sorted(self.from_somewhere))
        # names are kept as words ("co facilitator"); the text may join them by a hyphen
        self.role_names = {n.replace("-", " "): r for n, r in role_names.items()}
        alt = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in nouns)
        self._noun = compile_capitals(
            rf"(?<![\w-])(?P<det>(?:the|these|those|that|this|{_QUANT})\s+)?"
            rf"(?:(?P<ord>{_ORDINAL})\s+)?(?:(?P<adj>{_NATIONALITY})\s+)?"
            rf"(?P<noun>{alt})(?P<pl>s)?\b(?!\s*’)",
            re.IGNORECASE,
        )

    def find(self, text: str, setting: Setting = Setting.UNKNOWN) -> list[SpeakerMention]:
        """The speaker mentions of a paragraph; ``setting`` is what its heading says the
        paragraph reports (opening remarks, a thematic discussion), where it has one."""
        featured, lists = self._featured(text)
        listed = self._listed(text) + featured
        lists = lists + [  # "the representatives of the following States:", who are listed
            (m.start(), m.end())
            for m in _FOLLOWING_PARTIES.finditer(text)
            if any(s.start >= m.end() for s in listed)
        ]
        people = [
            p
            for p in self._people(text, setting)
            if not any(x.start <= p.start < x.end for x in listed)
        ]
        nouns: list[SpeakerMention] = []
        for m in self._noun.finditer(text):
            if any(
                s.start <= m.start() < max(s.end, s.intro_end) for s in [*people, *listed, *nouns]
            ) or any(a <= m.start("noun") < b for a, b in lists):
                continue  # inside another speaker's words: "a representative of the secretariat"
            mention = self._from_noun(text, m, setting)
            if mention is not None:
                nouns.append(mention)
        # "The President of the Conference, Mr. X, opened ...": the name is an apposition
        people = [p for p in people if not any(n.start < p.start < n.intro_end for n in nouns)]
        nouns += _others(text, nouns)
        found = sorted(listed + people + nouns, key=lambda s: s.start)
        return [s for k, s in enumerate(found) if not (k > 0 and _the_same_chair(found[k - 1], s))]

    @staticmethod
    def _serves_the_meeting(text: str, pos: int) -> bool:
        """Whether the secretariat said at ``pos`` is the meeting's: "the secretariat",
        "UNODC", "the secretariat of the Conference"; not "the secretariat of the FATF"."""
        of = _SECRETARIAT_OF.match(text, pos)
        body = of.end() if of else pos
        return bool(
            _MEETING_BODY.match(text, body) or (not of and _THE_SECRETARIAT.match(text, body))
        )

    def _listed(self, text: str) -> list[SpeakerMention]:
        """ "... by the following panellists: Mr. A (Kenya); Ms. B (UNODC)": one each."""
        out: list[SpeakerMention] = []
        for m in [*_FOLLOWING.finditer(text), *_FOLLOWING_PARTIES.finditer(text)]:
            noun = m.group("noun").lower()
            noun = noun.replace("-", " ")
            role = self.role_names.get(noun) or self.role_names.get(noun.rstrip("s"))
            if role is None:
                continue
            end = next((b for a, b in sentences(text) if a <= m.end() < b), len(text))
            start = next((a for a, b in sentences(text) if a <= m.start() < b), 0)
            if m.re is _FOLLOWING_PARTIES and not _STATEMENTS.search(text, start, end):
                continue  # "Representatives of the following States attended:": present only
            listing = text[m.end() : end]
            separator = r";\s*(?:and\s+)?" if ";" in listing else r",\s*(?:and\s+)?|\s+and\s+"
            pos = m.end()
            for item in re.split(f"({separator})", listing):
                a, pos = pos, pos + len(item)
                words = item.strip().rstrip(".").strip()
                if len(words) < 2 or re.fullmatch(separator, item):
                    continue
                a += len(item) - len(item.lstrip())
                b = a + len(words)
                paren = re.search(r"\(([^()]+)\)", words)
                affil = (a + paren.start(1), a + paren.end(1)) if paren else (a, b)
                out.append(SpeakerMention(a, b, words, role, affil[0], affil[1], intro_end=b))
        return out

    def _named_as(self, text: str, pos: int) -> Role | None:
        """The panel role of the words before a name in apposition, if any."""
        before = _ROLE_BEFORE_NAME.search(text, max(0, pos - 300), pos)
        if before is None:
            return None
        noun = before.group("noun").replace("-", " ")
        role = self.role_names.get(noun) or self.role_names.get(noun.removesuffix("s"))
        return role if role in (Role.PANELLIST, Role.CO_FACILITATOR) else None

    def _featured(self, text: str) -> tuple[list[SpeakerMention], list[tuple[int, int]]]:
        """People listed as having spoken: "chaired by Ms. A, Director, B, and featured
        remarks by Hon. C, Attorney General, D, ...": one statement each. Also the spans of
        the words that list them ("Speakers included"), which are no speakers themselves."""
        out: list[SpeakerMention] = []
        spans: list[tuple[int, int]] = []
        for trigger in _FEATURED.finditer(text):
            before = len(out)
            if trigger.group("chair"):
                role = Role.CHAIR
            elif (
                trigger.group("kind") == "presentations"
                or (trigger.group("made") or "").lower() == "presentations"
                or (trigger.group("who") or "").lower().startswith(("panel", "presenter"))
            ):
                role = Role.PANELLIST
            else:
                role = Role.OFFICIAL
            pos = trigger.end()
            for m in _INTRODUCED.finditer(text, pos):
                if text[pos : m.start()].strip(" ,;").removeprefix("and").strip():
                    break  # the list has ended
                group = _intro_group(m)
                title = m.group(group)
                title_end = m.end(group)
                intro_end = title_end
                if group.startswith("paren"):
                    title_end += 1  # the words take in the closing parenthesis
                    post = _POST_TITLE.match(text, title_end)
                    intro_end = post.end() if post else title_end  # "(Costa Rica), Vice-
                    # President of the Conference": her title, which she does not cite
                words = text[m.start() : title_end].strip()
                if trigger.group("opened") and _chairs_after(text, intro_end):
                    role = Role.CHAIR  # "opened by Ms. A (Portugal), Vice-President of the
                    # Conference, who chaired the meeting"
                if role is Role.CHAIR and not self._chair_speaks(text, intro_end, m):
                    break  # "The second panel was moderated by Mr. A (Paraguay), Director of
                    # X.": who chaired, in a paragraph where no one speaks
                if role is Role.CHAIR:
                    cut = re.search(r",?\s+and\s+(?:featured|included|with)\b", words)
                    if cut:  # "chaired by Ms. A, Director, B, and featured remarks by ..."
                        words = words[: cut.start()]
                        title_end = intro_end = m.start() + len(words)
                out.append(
                    SpeakerMention(
                        m.start(),
                        title_end,
                        words,
                        role,
                        m.start(group),
                        m.end(group),
                        name=m.group("name").strip(),
                        title=title,
                        intro_end=intro_end,
                        personal=True,
                    )
                )
                pos = title_end
                if role is Role.CHAIR:
                    break  # one chair; the rest of the list is the next trigger's
            if len(out) > before:
                spans.append((trigger.start(), trigger.end()))
        return out, spans

    @staticmethod
    def _chair_speaks(text: str, pos: int, m: re.Match[str]) -> bool:
        """Whether a person named as chairing speaks in the paragraph, opens the meeting,
        or is listed among others who do ("chaired by Ms. A, ..., and featured remarks by
        ..."); not "The second panel was moderated by Mr. A (Paraguay), Director of X."."""
        surname_ = surname(m.group("name"))
        return bool(
            re.search(r"\bopened\s+and\s+\S+\s+by\s+$", text[: m.start()])  # opening it
            or _WHO_SAID.match(text, pos)
            or _LATER_SAID.search(text, pos)
            or re.search(rf"\b{re.escape(surname_)}\b", text[pos:])
            or any(not t.group("chair") for t in _FEATURED.finditer(text))
        )

    def _people(self, text: str, setting: Setting) -> list[SpeakerMention]:
        out = []
        found = list(_PERSON.finditer(text))
        found += [
            b
            for b in _BARE_PERSON.finditer(text)
            if not any(p.start() <= b.start() < p.end() for p in found)
        ]
        for m in found:
            said = "said" in m.re.groupindex and m.group("said") is not None
            if not said and m.group("title") and _gapped(text, m.start(), _name_end(m)):
                m = _UNTITLED.match(text, m.start()) or m  # "...; and Ms. C, the publication
                # of X": what she named, not her title
            title_end = _more_title(text, m.end())
            if _ELECTED.match(text, _title_end(text, title_end)):
                continue  # "Ms. A, Director of X, was elected Chair": elected, not speaking
            if re.match(r"Justice|Judge", m.group()) and _INSIDE_A_NAME.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "... in International Cooperation between Justice Systems, signed"
            joint, shared = False, ""
            verb_at = _title_end(text, title_end)
            clause = _BODY_CLAUSE.match(text, verb_at)
            if clause and not _VERB.match(text, verb_at) and _VERB.match(text, clause.end()):
                verb_at = clause.end()  # "..., Prosecutor at the X Office, which hosted the
                # secretariat of the Y Network, said": a word on her office, then her words
            if (
                not said
                and not _VERB.match(text, verb_at)
                and not _WHO_SPOKE.match(text, verb_at)
                and not _gapped(text, m.start(), m.end())
                and not _BRIEFED_BY.search(text, max(0, m.start() - 40), m.start())
                and not self.invited(text, m.start(), verb_at)
            ):  # "delivered by Ms. A, Executive Director of X, who welcomed": she speaks
                partner = _AND_PERSON.match(text, title_end)
                if partner is None:
                    continue
                joint = True  # "Ms. A and Mr. B thanked ...": both speak
                shared = (partner.group("title") or "").strip()
            title = (m.group("title") or "").strip()
            role = _person_role(text, m, title, title_end, setting)
            post = shared if not title and _SHARED_POST.match(shared) else ""
            if post:  # "Ms. A (Ghana) and Mr. B (Peru), Co-Chairs of the Working Group,
                # opened": hers too, whatever she was introduced as before
                role = _person_role(text, m, post, title_end, setting)
            said_first = _SPEAKING_FOR_BEFORE.search(text, max(0, m.start() - 250), m.start())
            speaking_for = said_first or _SPEAKING_FOR_AFTER.match(text, title_end)
            its_post = said_first is not None and bool(said_first.group("its"))
            # "Speaking on behalf of EPAC, its Vice-President, Ms. A": EPAC's, not the chair
            moderates = (
                not its_post
                and role is not Role.CO_FACILITATOR
                and bool(_CHAIR_BEFORE.search(text, max(0, m.start() - 80), m.start()))
                and not (
                    re.search(r"\bmoderator\b", text[max(0, m.start() - 80) : m.start()], re.I)
                    and _SECRETARIAT_STAFF.search(text, m.start(), _title_end(text, title_end))
                )
            )  # not "The moderator of the panel, Ms. A, Officer in the X Branch of UNODC"
            if moderates:  # "Summarizing the discussion, the moderator, Ms. A, Chief of X,
                # highlighted": a chair who speaks for their own office
                role = Role.CHAIR
            end = _title_end(text, title_end)
            affil_end = _before_description(text, title_end, end)
            named_as = self._named_as(text, m.start())
            if named_as is not None:
                # "The first panellist, Mr. A B, Deputy Head of ..., presented"; "The
                # co-facilitators of the informal consultations, Ms. A (X) and Mr. B (Y),"
                role = named_as
            as_role = re.search(_SPEAKING_AS, text[title_end:end]) or _ROLE_SAID_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            )
            if as_role:  # "Ms. A, Senior State Advocate ..., speaking as a panellist, observed";
                # "Speaking as a panellist, Ms. B (Montenegro) explained"
                role = Role.PANELLIST if as_role.group(1) == "panellist" else Role.CHAIR
            name = m.group("name").strip()
            start, affil_start = m.start(), _affiliation_start(m, name, title)
            before = None
            if not title and not m.group("paren") and not its_post:
                before = _TITLE_BEFORE_NAME.search(text, max(0, m.start() - 250), m.start())
            if before is not None:  # "The Administrator General of the National Customs
                # Agency of Mexico (ANAM), Mr. A, stated": the title before the name
                start, affil_start, affil_end = before.start(), *before.span("body")
            if (
                speaking_for is not None
                and before is None
                and not m.group("paren")
                and (
                    said_first is not None  # "Speaking on behalf of the Commission of
                    # ECCAS, Ms. A, Director of Political Affairs, ...": said first, it wins
                    or not _TITLE_NAMES_A_BODY.search(title)
                )
            ):  # "Speaking for the ICGLR secretariat, Ms. A, Senior Programme Officer for
                # Natural Resources, recalled": whom she speaks for, her title naming no body
                affil_start, affil_end = speaking_for.span("body")
            short = text[start:title_end].strip()
            out.append(
                SpeakerMention(
                    start,
                    start + len(short),
                    short,
                    role,
                    affil_start,
                    affil_end,
                    False,
                    name,
                    title or post or None,
                    intro_end=end,
                    personal=moderates,
                    joint=joint,
                )
            )
        return out

    @staticmethod
    def invited(text: str, start: int, end: int) -> bool:
        """Whether the person named at ``start``, whose words end at ``end``, is invited to
        speak ("invited Mr. A, Director of X, to present ..."): they speak next."""
        return bool(_INVITED.search(text, max(0, start - 12), start)) and bool(
            _TO_SPEAK.match(text, end)
        )

    def _shares_verb(self, text: str, pos: int, setting: Setting) -> bool:
        """Whether another speaker joined by "and" follows at ``pos`` and speaks for both:
        "The representative of Türkiye and the observer for the State of Palestine spoke"."""
        joined = _JOINED.match(text, pos)
        if joined is None:
            return False
        other = self._noun.match(text, joined.end())
        return other is not None and self._from_noun(text, other, setting) is not None

    def _from_noun(
        self, text: str, m: re.Match[str], setting: Setting = Setting.UNKNOWN
    ) -> SpeakerMention | None:
        asked = _OBJECT_OF.search(text[max(0, m.start() - 60) : m.start()])
        answers = bool(asked) and bool(_ANSWERS.match(text, m.end()))
        if asked and not (answers and _ASKED.search(asked.group())):
            return None  # "The Chair thanked the panellists and participants"
        view = _IN_THE_VIEW_OF.search(text, max(0, m.start() - 30), m.start())
        if not view and _AFTER_PREPOSITION.search(text, max(0, m.start() - 20), m.start()):
            return None  # "noting the limited resources of the secretariat, called for"
        if _DOCUMENT_BY.search(text, max(0, m.start() - 40), m.start()):
            return None  # "had before it a note by the Secretariat entitled ..."
        sentence_start = next((a for a, b in sentences(text) if a <= m.start() < b), 0)
        if m.group("noun").lower() == "secretariat" and _REPORTED.search(
            text, sentence_start, m.start()
        ):
            return None  # "She informed participants that the secretariat had trained ..."
        if re.search(r"\b[Tt]he\s+same\s+$", text[max(0, m.start() - 10) : m.start()]):
            return None  # "The same panellist added": the one who spoke before goes on
        counterpart = m.group("noun").lower().startswith("counterpart")
        whose = _COUNTERPARTS_OWN.search(text, max(0, m.start() - 8), m.start())
        if counterpart and whose is None:
            return None  # "with foreign counterparts": whom a body works with
        meetings_own = self.role_names.get(
            re.sub(r"[\s-]+", " ", m.group("noun").lower())
        ) is Role.CHAIR and re.search(r"\bby\s+its\s+$", text[max(0, m.start() - 10) : m.start()])
        # "The meeting was opened by its Chair, Ms. A": the meeting's chair
        if (
            whose is None
            and not meetings_own
            and re.search(
                r"\b(?i:whose|its|their|his|her|our|your)\s+$|\w[’']s?\s+$", text[: m.start()]
            )
        ):
            return None  # "the network, whose secretariat was hosted by": another body's; but
            # "Her counterpart from Kenya explained": a speaker like the one before
        det = (m.group("det") or "").strip().lower()
        if det == "that" and (m.group("pl") or m.group("noun").lower().endswith("s")):
            return None  # "explained that officials of the Service were subject to", "noted
            # that participants had recognized": people reported on, after a conjunction
        if (m.group("pl") or m.group("noun").lower().endswith("s")) and (
            _BECAUSE.search(text, max(0, m.start() - 12), m.start())
            or (not det and _SAID_THAT.search(text, sentence_start, m.start()))
        ):
            return None  # "exposed to corruption because few officials were able to assess";
            # "She noted that, in the context of article 9, reviewing experts had found"
        if (
            not det
            and m.group("noun")[:1].isupper()
            and re.search(
                r"(?<![.!?]\s)\b[A-Z][\w-]*\s+$", text[max(0, m.start() - 40) : m.start()]
            )
            and not _POST_QUALIFIED.search(text, max(0, m.start() - 40), m.start())
        ):
            return None  # "the Public Council of International Experts had": part of a name
        noun = m.group("noun").lower()
        if noun in ("head", "chief") and m.group("noun")[0].islower():
            return None  # "a separate head of damage": a title is written with its capital
        if (m.group("pl") or noun.endswith("s")) and re.match(
            r"\s+of\s+(?:State|Government)\b", text[m.end() :]
        ):
            return None  # "the Heads of Government of A and B had signed": leaders spoken of
        if noun.startswith("delegation") and re.match(
            r"\s+of\s+(?!(?:the|a|an|its|their|each|every|several|some|all)\b)[a-z]",
            text[m.end() :],
        ):
            return None  # "the delegation of internal order to prisoner leaders": the act of
            # delegating, not a State's delegation
        if noun == "official" and not det:
            return None  # "the conviction of a senior official of X": one spoken of
        if _SPOKEN_FOR.search(text, max(0, m.start() - 80), m.start()):
            return None  # "speaking for the ICGLR secretariat": whom another speaks for
        if _COPULA_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            return None  # "the NACC was a member of the GlobE Network and used": what a
            # body is, not who speaks
        if (
            det in ("a", "an")
            and _NAMED_BEFORE.search(text, 0, m.start())
            and _CLOSED_APPOSITION.match(text, m.end())
        ):
            return None  # "the Unit, a member of the Egmont Group, had used": an apposition
        plural = bool(m.group("pl")) or noun.endswith("s")
        role = self.role_names[re.sub(r"[\s-]+", " ", noun)]
        if not det and role in (Role.OFFICIAL, Role.CHAIR, Role.CO_FACILITATOR) and plural:
            return None  # "corrupt officials could hide ...": people spoken of, not speakers
        if not det and plural and noun.endswith(self.professions):
            return None  # "journalists had been killed": people spoken of; "A journalist
            # from Premium Times described", "several journalists" speak
        if not det and plural and _SPOKEN_OF.search(text, max(0, m.start() - 60), m.start()):
            return None  # "the presence of civil society observers had helped": spoken of
        # "was raised by several delegations", not "the note by the Secretariat"
        before = text[max(0, m.start() - 40) : m.start()]
        passive = bool(_PASSIVE_BY.search(before)) and not _NOT_SPEAKING.search(before)
        if (
            passive
            and _AGENT_IN_A_SUBJECT.search(before)
            and re.match(
                r"\s+(?:would|could|should|will|might|may|can|were|was|are|is)\b", text[m.end() :]
            )
        ):
            return None  # "the good practices presented by panellists would be reflected":
            # the agent of what a sentence is about, not one who speaks in it
        if passive and _CHAIRED_BY.search(before) and not _WHO_SAID.match(text, m.end()):
            return None  # "The first panel was moderated by the Chair.": who chaired
        if re.search(r"\bby\s+(?:[a-z-]+\s+){0,3}$", before) and _NOT_SPEAKING_LIST.search(
            text, sentence_start, m.start()
        ):
            return None  # "attended by representatives of A, ..., as well as by youth
            # representatives": present, not speaking
        definite = det in {"the", "these", "those", "that", "this"} and not m.group("ord")
        after = m.end()
        affil = re.match(
            r"(?:\s+on\s+(?!(?:the|a|an|their|its|his|her|this|that|these|those)\b)"
            r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}(?=\s+(?:from|of|with|at)\s+(?:the\s+)?[A-Z]))?"
            # "An expert on detention monitoring from the X": her field, then her body
            r"(?:,\s+from|,\s+(?:a|the)\s+representative\s+of|\s+(?:from|of|representing|"
            r"(?:for|with|at)(?=\s+(?:the\s+)?[A-Z])))"  # not "support by participants for
            # access to"; also "An investigative reporter with Rappler", "an editor at Tempo"
            r"\s+(?!(?:the\s+)?(?:floor|view|need|"
            r"opinion|importance)\b|(?:their|his|her|its|our|this|that|these|those|all|a|an)\b)",
            text[after:],
        )
        from_somewhere = noun in self.from_somewhere
        one_of_a_kind = det in ("a", "an", "another", "one") or (
            not det and _A_KIND_OF.search(text, max(0, m.start() - 30), m.start())
        )  # also "A compliance officer of a global bank"
        unnamed = None if affil or not one_of_a_kind else _AN_UNNAMED_BODY.match(text, after)
        described = det in ("a", "an", "another", "one") and _WHO_CLAUSE.match(text, after)
        described = described or unnamed
        # "A surveyor who had worked in northern Uganda explained": one described as such
        if (from_somewhere and (not (affil or described) or m.group("noun")[0].isupper())) or (
            noun.removesuffix("s") in self.from_somewhere
            and re.search(r"\bthat\s+$", text[max(0, m.start() - 6) : m.start()])
        ):
            return None  # "the public prosecutor could order the sale": a prosecutor speaks
            # only as one from somewhere ("a prosecutor from Serbia explained"); "the
            # Commissioner for Public Relations" is an office's title; "explained that the
            # magistrates of the Cour des comptes enjoyed": spoken of
        a_start = a_end = -1
        personal = False
        kinds = None if affil else _OF_SOME_KIND.match(text, after)
        listed = (
            None
            if affil or m.group("adj")
            else _LISTED_IN_PARENTHESES.match(text, after)
            or _LISTED_AFTER.match(text, after)
            or (kinds and _LISTED_AFTER.match(text, kinds.end()))
        )
        if listed is not None:  # "Several speakers (Argentina, France, Kenya) stressed",
            # "Several speakers, including those of Chile and Japan, reported": one
            # statement for each State listed
            a_start, a_end = listed.start(1), listed.end(1)
            after = listed.end()
        by_adjective = not affil and m.group("adj") is not None
        first_adjective = (
            _ADJECTIVE_AND.search(text, max(0, m.start() - 40), m.start())
            if by_adjective and plural
            else None
        )
        if by_adjective:  # "A French panellist", "the Swiss representative"
            a_start, a_end = m.start("adj"), m.end("adj")
        if first_adjective is not None:  # "Both the Danish and the Icelandic panellists"
            a_start = first_adjective.start("adj")
        if affil:
            a_start = after + affil.end()
            a_end = _affiliation_end(text, a_start, plural)
            parent = _PARENT_AFTER.match(text, a_end)
            if parent and not plural and _VERB.match(text, parent.end()):
                a_end = parent.end() - 1  # "the Director of the Division for Treaty Affairs,
                # UNODC, recalled": the organization the unit belongs to
            after = a_end
            behalf = re.match(
                r",\s+(?:speaking\s+)?(?:(?:again|also|further|jointly)\s+)?on\s+behalf\s+of\s+[^,]{3,120},",
                text[after:],
            )
            if behalf:
                after += behalf.end()  # "..., speaking on behalf of the Group of 77 and China,"
            after = _skip_asides(text, after)
            comma = re.match(r"\s*,", text[after:])
            if comma and m.group()[-1:] != "," and text[m.end() : m.end() + 1] == ",":
                after += comma.end()  # "One speaker, from Kenya, described"
        if (
            role is Role.SPEAKER
            and noun.startswith("representative")
            and affil
            and _THE_SECRETARIAT.match(text, a_start)
        ):  # "A representative of the secretariat"; "A representative of UNODC introduced the
            # note": the body that serves the meeting as its secretariat
            role = Role.SECRETARIAT
        if noun.startswith("member") and (plural or not affil or not det):
            return None  # only "A member of the Advisory Board presented": not "members used"
            # nor "a former executive board member of the committee"
        if role is Role.SECRETARIAT and affil and not self._serves_the_meeting(text, a_start):
            if not noun.startswith("representative"):
                return None  # "the secretariat of the network was hosted by ...": another
                # body's
            role = Role.SPEAKER  # "A representative of the secretariat of the FATF": the FATF's
        if not affil:  # "A speaker from the floor asked": no one's representative
            floor = re.match(r"\s*,?\s+from\s+the\s+floor\b,?", text[after:])
            if floor:
                after += floor.end()
            if unnamed:
                after = unnamed.end()  # "A speaker from a non-governmental organization
                # stressed": from a body the report does not name
        if role is Role.CHAIR and not plural:
            paren = re.match(r"\s*\((" + _IN_PARENS + r"{2,60})\)", text[after:])
            if paren and not affil:  # "the Chair (Japan) summarized": tied to Japan
                a_start, a_end = after + paren.start(1), after + paren.end(1)
                after += paren.end()
                personal = True
            if affil and re.match(_OWN_BODY, text[a_start:a_end]):
                affil = None  # "The Chair of the Group, Mr. A (Argentina)": the meeting's own
                a_start = a_end = -1
            elif affil and noun == "president" and _a_body(text, a_start):
                role = Role.OFFICIAL  # "The President of NACIWA informed participants": the
                # head of another body, not the meeting's President
        named = _APPOSITION.match(text, after)
        said_for = (
            None
            if affil or by_adjective or not noun.startswith(("representative", "delegat"))
            else _FOR_A_STATE_BEFORE.search(text, max(0, m.start() - 80), m.start())
        )
        if said_for is not None:  # "For Türkiye, the representative underlined": Türkiye's
            a_start, a_end = said_for.start(1), said_for.end(1)
        if (
            definite
            and not affil
            and not by_adjective
            and not said_for
            and not named
            and role not in (Role.CHAIR, Role.SECRETARIAT)
        ):
            return None  # "the panellist", "the speakers": the current speaker goes on
        if named:
            after = named.end()  # "The moderator, Ms. Laura Bianchi, opened the panel"
            post = _POST_TITLE.match(text, named.end() - 1)
            if post and text[post.end() : post.end() + 1] == ".":
                after = post.end()  # "opened by the President, H.E. Mr. A (Qatar), President
                # of the X.": the rest of the sentence is his title
            if affil and re.match(r"(?:the\s+)?[A-Z]", text[a_start:a_end]):
                # "A panellist from Nigeria, Mr. A B, Director of Legal and Prosecution
                after = _title_end(text, _more_title(text, after - 1))  # at the EFCC,
                # described": Nigeria's; the title after the name is not whom she speaks for
            said = re.search(
                r"\(("
                + _IN_PARENS
                + r"{2,80})\)|\s(?:of|from|at|with)\s+((?:the\s+)?[A-Z][^,]{2,120})",
                named.group(),
            )  # not "..., who recalled ... from refusing a request for mutual legal assistance"
            if said and not affil:  # "The Chair, Mr. A B (Brazil), opened": Brazil's
                group = 1 if said.group(1) else 2
                a_start, a_end = named.start() + said.start(group), named.start() + said.end(group)
                personal = True
        clause = None if det in ("the", "that", "this") else _WHO_CLAUSE.match(text, after)
        if clause is not None:
            after = clause.end()  # "A prosecutor from Nepal who had led the prosecution in
            # the X case explained": the relative clause describes the speaker
        if not _VERB.match(text, after) or _PARTICIPLE_BY.match(text, after):
            after = _skip_asides(text, after)  # "one speaker, noting the resources of X, called"
        if _PARTICIPLE_BY.match(text, after) or _ATTENDED.match(text, after):
            return None  # "presentations by experts, followed by a discussion"; "... attended"
        if not passive and _UNDERGOES.match(text, after):
            return None  # "experts were automatically alerted": what happened to them
        asks = bool(det) and _QUESTIONER.search(text, max(0, m.start() - 40), m.start()) is not None
        # "Asked by the representative of X how ...": a question, answered by another
        in_view = view and re.match(r"\s*,", text[after:])  # "According to one speaker,
        # ...", "In the view of the delegation of Kenya, ...": their view, without a verb
        if (
            not passive
            and not answers
            and not in_view
            and not _gapped(text, m.start(), after)
            and not asks
            and (
                not (_VERB.match(text, after) or self._shares_verb(text, after, setting))
                or _ELECTED.match(text, after)
                or _OUTCOMES.match(text, after)
            )
        ):
            return None  # no verb, or "The representative of X was elected Vice-Chair", or
            # "Participants identified the following recommendations": the meeting's outcome
        role = _noun_role(text, m, role, bool(affil), after, setting, passive, from_somewhere)
        said = _SPEAKING_AS_AFTER.match(text, max(a_end, m.end(), unnamed.end() if unnamed else 0))
        if said and role in (Role.SPEAKER, Role.OFFICIAL):  # "A representative of X, speaking
            # as a panellist, recalled"
            role = Role.PANELLIST if said.group(1) == "panellist" else Role.CHAIR
        end = m.end() if a_end < 0 else max(a_end, m.end())
        if named and a_end > named.start():  # the words run to the apposition's end
            end = named.end() - 1
        if listed is not None:
            end = listed.end()
        start = m.start() if first_adjective is None else first_adjective.start()
        if not det and isinstance(one_of_a_kind, re.Match):
            start = one_of_a_kind.start()  # "A compliance officer"
        if counterpart and whose is not None:
            start = whose.start()  # "Her counterpart from Kenya"
        return SpeakerMention(
            start,
            end,
            text[start:end].strip(),
            role,
            a_start,
            a_end,
            plural and (affil is not None or listed is not None or first_adjective is not None),
            passive=passive,
            intro_end=after if clause is None else clause.start(),
            personal=personal,
            asks=asks,
            counterpart=counterpart,
        )


#: Role nouns of the press, who present on a panel with their outlet.
_JOURNALISTS = ("journalist", "reporter", "editor")
_AUXILIARY = r"(?:was|were|been|be|being|is|are)\b"
#: A participle after its noun, with no auxiliary: "that the good practices presented by".
_AGENT_IN_A_SUBJECT = compile_capitals(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)(?:\s+(?!" + _AUXILIARY + r")[a-z-]+){1,3}"
    r"\s+(?:[a-z]+ed|made|given|shared)\s+by\s+$"
)
#: A conjunction of cause or condition, after which people are reasoned about, not heard.
_BECAUSE = re.compile(r"\b(?:because|since|unless|although|though|whereas|if)\s+$")
#: A noun whose "of" a plural speaker noun follows, which is then spoken of: "the presence
#: of civil society observers"; not "a number of speakers", "some of the delegations".
_SPOKEN_OF = re.compile(
    r"\b(?!(?:number|majority|minority|some|many|several|most|all|one|each|both|none|half|"
    r"group|two|three|four|five|behalf)\b)[a-z]+\s+of\s+(?:[a-z-]+\s+){0,2}$"
)
#: Who asks a question that a speaker answers: "Responding to a question from the
#: representative of Zambia, the panellist ...", "Asked by the delegate of X how ...".
_QUESTIONER = compile_capitals(
    r"(?:\bquestions?\s+(?:(?:raised|put|asked)\s+)?(?:from|by)|\b[Aa]sked\s+by)\s+$"
)
#: What ends the clause before a gapped one: "...; and".
_GAP_BEFORE = re.compile(r";\s+(?:and\s+)?$")
#: What a gapped clause says after its speaker, the verb left out: ", the use of X".
_GAPPED_OBJECT = re.compile(r",\s+(?:(?:the|a|an|its|their|his|her)\s+)?[a-z]")
#: A name, or a speaker noun, just before a verb: who speaks in a list's first clause.
_SPEAKS_FIRST = compile_capitals(
    r"(?:[A-Z][\w'’-]+|\)|panellists?|speakers?|representatives?|experts?)(?=" + _VERB.pattern + ")"
)


def _name_end(m: re.Match[str]) -> int:
    """Where a person's name ends, with the State in parentheses after it."""
    return m.end("paren") + 1 if m.group("paren") is not None else m.end("name")


def _gapped(text: str, start: int, after: int) -> bool:
    """Whether a speaker at ``start`` opens a clause of a list whose verb its first clause
    gave: "Ms. A highlighted X; Ms. B, the combination of Y; and the panellist from Romania,
    Z". Not a list of people with their posts ("Mr. A, Director of X; Ms. B, Judge at Y"):
    the first clause must have a speaker and a verb."""
    if not _GAP_BEFORE.search(text, max(0, start - 8), start) or not _GAPPED_OBJECT.match(
        text, after
    ):
        return False
    first = next((a for a, b in sentences(text) if a <= start < b), 0)
    end = text.find(";", first, start)
    return end > 0 and _SPEAKS_FIRST.search(text, first, end) is not None


def _noun_role(
    text: str,
    m: re.Match[str],
    role: Role,
    affil: bool,
    after: int,
    setting: Setting,
    passive: bool,
    from_somewhere: bool,
) -> Role:
    """The role a role noun's words give ("A representative of X", "Several delegations"),
    in the paragraph's setting: who presents on a panel, who speaks from the floor."""
    det = (m.group("det") or "").strip().lower()
    noun = m.group("noun").lower()
    if (
        role is Role.SPEAKER
        and setting is not Setting.FLOOR
        and (
            (
                noun in ("representative", "member")
                and _PRESENTED.match(text, after)
                and not _FLOOR.search(text, 0, m.start())
            )
            or (noun == "expert" and affil)
            or (from_somewhere and affil and not _FLOOR.search(text, 0, m.start()))
            or (
                noun.endswith(_JOURNALISTS)
                and affil
                and not re.match(r"[^.;]{0,200}?\bfrom\s+the\s+floor\b", text[m.end() :])
            )
        )
    ):  # "The representative of the X Agency of Kenya presented ...", "An expert from
        # the OECD addressed ...", "A journalist from Premium Times described": a presenter
        # on the panel; not "A journalist from X, speaking from the floor, called"
        role = Role.PANELLIST
    if (
        role is Role.SPEAKER
        and passive
        and _PRESENTATIONS_BY.search(text, max(0, m.start() - 60), m.start())
    ):  # "Presentations were made by the representatives of A, B and C"
        role = Role.PANELLIST
    if (
        role is Role.OFFICIAL
        and (noun == "official" or m.group("noun")[:1].isupper())  # or a title: "Director"
        and affil
        and setting in (Setting.PANEL, Setting.DISCUSSION)
        and not _FLOOR.search(text, 0, m.start())
    ):  # "An official from Ecopetrol S.A. described" on a panel: not a named official
        # making remarks, but one who presents
        role = Role.PANELLIST
    if role is Role.DELEGATIONS and (det or affil):
        role = Role.SPEAKER  # "Several delegations", "Delegations of A and B": some, not all
    if (
        role is Role.SPEAKER
        and not det
        and not affil
        and (noun == "delegations" or (noun == "participants" and m.group("noun")[0].isupper()))
    ):  # "Delegations", and "Participants agreed that ..." opening a sentence: the meeting
        # as a whole (not "in the discussion, participants noted": some of them; nor
        # "Participants from civil society organizations": those of them)
        role = Role.DELEGATIONS
    return role


#: A chair of the meeting by their title: "Vice-Chair of the expert group meeting", "Chair of
#: the Working Group" (not "Chair of the Financial Crime Compliance Working Group" of a bank
#: association, whose capitalized words name another group).
_CHAIR_OF_MEETING = compile_capitals(
    r"\b(?:[Vv]ice-)?(?:[Pp]resident|[Cc]hair|[Cc]hairperson)\s+of\s+the\s+"
    r"(?:(?!of\b)[a-z][a-z-]*\s+){0,3}(?:[Cc]onference|[Mm]eeting|[Ww]orking\s+[Gg]roup|[Bb]ureau)\b"
)


#: Verbs of chairing a meeting or a part of it.
_CHAIR_VERBS = r"(?:(?:co-)?chaired|moderated|presided\s+over|led)"
#: A named person's verb that makes them the chair of a part of the meeting.
_MODERATED = compile_capitals(r"\s*(?:also\s+)?" + _CHAIR_VERBS + r"\s+(?:the|a|an|this)\b")
#: A relative clause that makes the person before it the chair: ", who chaired the meeting".
_WHO_CHAIRED = compile_capitals(
    r",\s*who\s+(?:also\s+)?" + _CHAIR_VERBS + r"\s+(?:the|a|an|this)\b"
)


def _chairs_after(text: str, pos: int) -> bool:
    """Whether the person named before ``pos`` chairs, said in a relative clause after their
    title, in the same sentence and before anyone else is named: "Ms. A (Portugal),
    Vice-President of the Conference, who chaired the meeting on behalf of ..."."""
    end = min(len(text), pos + 250)
    stop = re.search(r"[.;]\s|" + _HONORIFIC + r"\s", text[pos:end])
    clause = _WHO_CHAIRED.search(text, pos, pos + stop.start() if stop else end)
    return clause is not None


#: A person who holds an office at the meeting speaking for their State instead.
_NATIONAL_CAPACITY = compile_capitals(
    r",\s*(?:speaking\s+)?in\s+(?:his|her|their)\s+national\s+capacity\b"
)


def _person_role(text: str, m: re.Match[str], title: str, title_end: int, setting: Setting) -> Role:
    """The role a named person's title (or its absence) gives, in the paragraph's setting."""
    low = title.lower()
    if re.search(r"co-?facilitator", low):
        return Role.CO_FACILITATOR
    if in_national_capacity(text, title_end):
        return Role.SPEAKER  # "Ms. A (Kazakhstan), speaking in her national capacity": a
        # delegate, though she chairs or moderates otherwise
    if _CHAIR_OF_MEETING.search(title) or re.search(
        r"acting\s+on\s+behalf\s+of\s+the\s+(?:president|chair)",
        text[title_end : title_end + 60].lower(),
    ):  # "Permanent Representative of X and Vice-President of the Conference"
        return Role.CHAIR
    if _MODERATED.match(text, _title_end(text, title_end)) or _chairs_after(text, m.end()):
        return Role.CHAIR  # "Ms. A, Deputy Secretary-General of IAACA, moderated the panel"
    if re.match(
        r"(?:the\s+)?(?:acting\s+)?(?:vice-|co-)?(?:president|chair|chairperson)s?\b"
        r"(?!\s+(?:of|at)\s+(?!the\s+(?:conference|meeting|session|group|working|"
        r"bureau|general\s+assembly|special\s+session|forum)\b))",
        low,
    ):  # the chair of the meeting, not "President of the Inter-Parliamentary Union"
        return Role.CHAIR
    if "panel" in low:
        return Role.PANELLIST
    if re.search(
        r"(?<!regional )(?<!special )(?<!resident )(?<!country )(?<!youth )"
        r"\b(?:representative|delegate|ambassador|head of (?:the )?delegation)\b",
        low,
    ):  # a State's delegate speaking; not "Regional Representative of UNODC": an official
        # (an ambassador making opening remarks is one too)
        return Role.OFFICIAL if setting is Setting.REMARKS else Role.SPEAKER
    if (
        m.group("paren")
        and title
        and (setting is Setting.FLOOR or _FLOOR.search(text, 0, m.start()))
    ):
        return Role.SPEAKER  # "In the discussion that followed, Ms. A (Viet Nam), Deputy ..."
    if (m.group("paren") and (not title or title.startswith("of "))) or low.startswith(
        "representing "
    ):  # "Ms. A B (France) presented the French framework", "Ms. A, representing the
        # IAWJ, described": a panellist, unless the
        # paragraph is the floor's ("Several speakers ... Mr. A B (Indonesia) informed
        # participants": a delegate); in opening or closing remarks, an official
        if setting is Setting.REMARKS or _REMARKS.search(text, max(0, m.start() - 60), m.start()):
            return Role.OFFICIAL
        floor = setting is Setting.FLOOR or _FLOOR.search(text, 0, m.start())
        return Role.SPEAKER if floor else Role.PANELLIST
    whole_title = text[m.start() : _title_end(text, title_end)]
    described = _DESCRIBED.search(whole_title)  # not the words on their body: "Specialist at
    # StAR, a partnership of the World Bank Group and UNODC"
    whole_title = whole_title[: described.start()] if described else whole_title
    if setting is Setting.PANEL or (
        setting is Setting.DISCUSSION and not _SECRETARIAT_STAFF.search(whole_title)
    ):  # "Ms. A, Deputy Head of the Mutual Assistance Unit of ..., explained" in a thematic
        # session: an expert on the panel; the secretariat's staff stay officials, unless
        # the heading is a panel's ("Panel 3: ..."), on which they present
        return Role.PANELLIST
    if setting is Setting.FLOOR and not _SECRETARIAT_STAFF.search(whole_title):
        return Role.SPEAKER  # "Ms. A, of Poder Ciudadano, asked" in questions from the floor
    return Role.OFFICIAL


#: The secretariat, or the body that serves the meetings as their secretariat.
_THE_SECRETARIAT = compile_capitals(
    r"(?:the\s+)?(?:secretariat|UNODC|United\s+Nations\s+Office\s+on\s+Drugs\s+and\s+Crime)\b"
)
#: States listed in parentheses after a speaker noun: "several speakers (Brazil, Italy)".
_LISTED_IN_PARENTHESES = compile_capitals(
    r"\s*\(((?:the\s+)?[A-Z][^()]{1,60}(?:(?:,|\s+and)\s+(?:the\s+)?[A-Z][^(),]{1,60}){0,12})\)"
)
#: States listed after a speaker noun: "several speakers, including those of Chile, Japan
#: and Kenya,", "some delegations, namely those of A and B,", "several delegations — those
#: of A, B and C —", "several delegations, among them Morocco and Jordan,".
_LISTED_AFTER = compile_capitals(
    r"(?:,\s+(?:including|among\s+them|namely|in\s+particular)\s+|\s*[\u2014\u2013]\s*"
    r"|\s+--?\s+)(?:(?:those|the\s+representatives?|the\s+delegations?)\s+(?:of|from)\s+)?"
    r"((?:the\s+)?[A-Z][^(),\u2014\u2013]{1,60}(?:(?:,|\s+and)\s+(?:the\s+)?"
    r"[A-Z][^(),\u2014\u2013]{1,60}){0,12})(?:,|\s*[\u2014\u2013]|\s+--?\s)"
)
#: The kind of body a group of speakers is from, before the list of them: "Observers for
#: several non-governmental organizations, among them A and B, stressed".
_OF_SOME_KIND = compile_capitals(
    r"\s+(?:for|of|from)\s+(?:several|some|various|many|two|three|a\s+number\s+of)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b"
)
#: A title before a person's name in apposition: "The Commissioner of the Kenya Revenue
#: Authority, Ms. A, ...", "The Commissioner for Internal Affairs of the ECOWAS Commission,
#: Mr. B, ...".
_TITLE_BEFORE_NAME = compile_capitals(
    r"(?:\b[Tt]he\s+(?:[A-Z][\w-]*\s+){1,4}(?:(?:for|on)\s+(?:[A-Z][\w-]*\s+){1,3})?"
    r"|\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}" + _LOWER_TITLE + r"\s+(?:of\s+[a-z][\w-]*\s+)?"
    r"|\b[Ii]n\s+(?:his|her|their)\s+capacity\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?)"
    r"(?:of|at)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][^,;()]{2,150}?(?:\s*\([A-Z][\w-]*\))?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?)"
    r"(?:\s*\([A-Z][^()]{2,120}\))?\s*,\s*$"
)  # also "The Permanent Secretary of the Comité national ... (CN-ITIE) of Senegal, Mr. C,",
# "In her capacity as member of the Commission for Illegal Assets Forfeiture of Bulgaria, Ms. D",
# a post in lower case: "The head of integrity at Eskom Holdings SOC Ltd, Mr. E,"
#: Words that give a speaker's view without a verb of saying: "According to one speaker,".
_IN_THE_VIEW_OF = compile_capitals(
    r"(?:^|[.;]\s+|,\s+)(?:[Aa]ccording\s+to|[Ii]n\s+the\s+(?:view|opinion)\s+of|"
    r"(?<![,;]\s)(?:^|(?<=[.;]\s))For)\s+$"
)  # also "For the delegation of Brazil, the law had transformed ..."
#: The bodies whose secretariat serves the meeting.
_MEETING_BODY = compile_capitals(
    r"(?:the\s+)?(?:Conference|Working\s+Group|meeting|session|Group|UNODC|United\s+Nations)\b"
)
_SECRETARIAT_OF = compile_capitals(r"(?:the\s+)?secretariat\s+of\s+")
#: Titles of the secretariat's staff, who brief meetings as officials.
_SECRETARIAT_STAFF = compile_capitals(
    r"\b(?:UNODC|United\s+Nations|Office\s+on\s+Drugs\s+and\s+Crime|"
    r"secretariat\b(?!\s+of\s+(?!the\s+(?:Conference|Working\s+Group|meeting)\b))|"
    r"Executive\s+Director\b(?!\s+of\b))"
)  # "the Executive Director", UNODC's; not "Executive Director of the X Association", nor
# "the secretariat of GRECO", another body's


#: A title after a State in parentheses: "(Costa Rica), Vice-President of the Conference,".
_POST_TITLE = compile_capitals(
    r",\s+(?:the\s+)?[A-Z](?:[^,;()]|\([^()]{1,120}\)){2,250}?(?=,|;|\.(?:\s|$))"
)  # also with acronyms and names in parentheses: "Inspector General at the Haute Autorité
# pour la Bonne Gouvernance (HABG) (High Authority for Good Governance)"


def _intro_group(m: re.Match[str]) -> str:
    """Which group of an ``_INTRODUCED`` match says what the person is."""
    return next(g for g in ("paren", "of", "paren2", "title") if m.group(g))


def _affiliation_start(m: re.Match[str], name: str, title: str) -> int:
    """Where a named speaker's affiliation is said: "(Peru)" after the name, or the title."""
    if m.group("paren"):
        return m.start("paren")
    return m.start("title") if title else m.start("name") + len(name)


#: Words that describe a speaker's body in an aside: "a French association", "a
#: non-governmental organization based in X", "the wildlife trade monitoring network".
_DESCRIPTION = (
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}|the\s+(?:[a-z][\w-]*\s+){1,4})(?:association|network|"
    r"organi[sz]ation|coalition|alliance|body|agency|institute|consortium|partnership|"
    r"federation|platform|initiative|group|charity|foundation|NGO|outlet|newspaper|magazine|"
    r"think\s+tank|chapter|branch|affiliate|section)\b"
)
#: The start of an aside between a speaker and the verb: "The observer for the UNCAC
#: Coalition, a global network of ..., ", "A panellist from Morocco, representing the X,
#: established under Y, described", "one speaker, noting the limited resources of X, called",
#: "The representative of X, while welcoming Y, cautioned".
_ASIDE = compile_capitals(
    r",\s+(?:(?:a|an)\s+(?:[a-z]|(?:[A-Z][\w-]*\s+){1,4}(?:of|at|in|with|for)\s)|"
    + _DESCRIPTION
    + r"|the\s+(?:[A-Z][a-z]+\s+){0,2}chapter\s|"
    r"representing\s|established\s|created\s|based\s|"
    r"(?:[A-Z][\w-]*\s+){1,4}(?:at|in|with)\s+(?:the\s+)?[A-Z]|"  # a post: "Controller-General
    # at the Autorité supérieure de contrôle d'État"
    r"(?:also\s+)?[a-z]+ing(?:\s|(?=,))|(?:while|whilst|although|though|when|after)\s+[a-z]+ing\s|"
    r"member\s+of\s|"
    r"who\s|whose\s|which\s|[a-z]+ed\s+by\s|in\s+(?:his|her|their|its)\s+capacity\s+as\s)"
)  # also "A representative of the secretariat, who moderated the discussion, introduced"


#: A participle with its agent after a mention: "experts, followed by an open discussion".
_PARTICIPLE_BY = compile_capitals(r"\s*,?\s*[a-z]+ed\s+by\b")
#: Being present, which is not speaking: "Representatives of X also attended."
_ATTENDED = compile_capitals(
    r"\s*,?\s*(?:also\s+)?(?:attended|participated|took\s+part|were\s+(?:also\s+)?present)\b"
)


def _skip_asides(text: str, pos: int) -> int:
    """Past up to two asides after a speaker, when a verb or another aside follows."""
    for _ in range(2):
        if not _ASIDE.match(text, pos):
            return pos
        comma = pos
        for _ in range(8):
            comma = text.find(",", comma + 1, pos + 220)
            if comma < 0:
                return pos
            if _balanced(text[pos:comma]) and (
                _VERB.match(text, comma + 1) or _ASIDE.match(text, comma)
            ):
                break
        else:
            return pos
        if _VERB.match(text, comma + 1) and not _PARTICIPLE_BY.match(text, comma + 1):
            return comma + 1  # not "..., a member of X, established by Y, recalled": Y's
        pos = comma
    return pos


def _balanced(words: str) -> bool:
    return words.count("(") == words.count(")")


#: A relative clause in which a named person speaks ("..., who welcomed the initiative").
_WHO_SPOKE = compile_capitals(
    r"\s*who\s+(?!(?:was|were|had|has|have|is|are|would|could|should|may|might|will|can|did|"
    r"does|do|chaired|moderated|presided|co-chaired|facilitated)\b)" + _VERB.pattern[3:]
)
#: An organization named after a unit, between commas ("of the Division X, UNODC,").
_PARENT_AFTER = compile_capitals(
    r",\s+(?!" + _HONORIFIC + r"\s)(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5},"
)


#: The rest of a name listed with a comma and closed by its acronym.
_NAME_GOES_ON = compile_capitals(
    r",\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}\s+\([A-Z][\w-]*\)"
    r"|,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
    r"\s+of\s+(?:the\s+)?[A-Z]"
    r"|,\s+(?:de|du|des)\s+(?:la\s+|les\s+|l['’])?[A-Z]"
)  # also a list inside the name: "the Office of Integrity, Compliance and Accountability of
# the Caribbean Development Bank"; a name in another language that goes on past a comma:
# "the Haute Autorité de Transparence, de Prévention et de Lutte contre la Corruption"


#: A verb that introduces the meeting's outcome, not what someone said.
_OUTCOMES = compile_capitals(
    r"\s*,?\s*(?:[a-z]+\s+){1,2}the\s+following\s+(?:conclusions|recommendations|outcomes?)\b"
)
#: A named body and a comma before a role noun, and the comma that closes the apposition
#: before a verb: "the Unit, a member of the Egmont Group, had used".
_NAMED_BEFORE = compile_capitals(
    r"(?:\bthe\s+[A-Z][\w-]*(?:\s+(?:(?:of|for|on|against|and|in)\s+)*[A-Z][\w-]*)*|"
    r"\b[A-Z]{2,}[\w-]*)(?:\s*\([^()]{1,20}\))?,\s*$"
)  # a body's name, with its acronym, or the acronym alone: "the Federal Bureau of
# Anti-Corruption (BAK),", "BAK,"
_CLOSED_APPOSITION = compile_capitals(
    r"(?:(?!\bthat\b)[^,.;]){0,150},\s+(?:had|has|was|were|is|are|[a-z]+ed)\b"
)  # not "..., an expert from ILO explained that ICAT, established": her words
#: What a President presides over, up to its end: "NACIWA", "the Inter-Parliamentary Union".
_PRESIDED = compile_capitals(r"(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})")


def _a_body(text: str, pos: int) -> bool:
    """Whether a body of its own is named at ``pos``: an acronym ("NACIWA") or a name with an
    organization's head ("the Inter-Parliamentary Union"), not the meeting's Conference."""
    m = _PRESIDED.match(text, pos)
    if m is None:
        return False
    words = m.group("name").split()
    return (len(words) == 1 and len(words[0]) >= 3 and words[0].isupper()) or (
        head_type(words[-1]) is EntityType.ORGANIZATION
        and words[-1] not in ("Conference", "Group", "Bureau")
    )


#: "another" or "others" standing alone for more speakers: "One speaker cautioned that ...,
#: and another stressed ...", "Some speakers ..., while others considered ...".
_ANOTHER = compile_capitals(r"(?:,\s*|\s)(?:and|while|whereas)\s+(?P<who>another|others)\b")


def _others(text: str, nouns: list[SpeakerMention]) -> list[SpeakerMention]:
    """A second anonymous speaker of the same kind as "one" before it in the sentence ("One
    speaker ..., and another ..."), or more of them after "some" ("Some speakers ..., while
    others considered ...")."""
    out = []
    for m in _ANOTHER.finditer(text):
        if not _VERB.match(text, m.end("who")):
            continue
        start = next((a for a, b in sentences(text) if a <= m.start() < b), 0)
        first = r"one\b" if m.group("who") == "another" else r"(?:some|several|many)\b"
        one = [
            n
            for n in nouns
            if start <= n.start < m.start()
            and n.affil_start < 0
            and re.match(first, n.text, re.IGNORECASE)
        ]
        if one:
            a, b = m.start("who"), m.end("who")
            out.append(SpeakerMention(a, b, m.group("who"), one[-1].role, -1, -1, intro_end=b))
    return out


def _affiliation_end(text: str, start: int, plural: bool) -> int:
    """Where the "from X" phrase ends; a plural speaker may list several ("of A, B and C")."""
    pos = start
    while True:
        stop = _AFFIL_END.search(text, pos)
        if stop is None:
            return len(text)
        if stop.group() == "," and not _balanced(text[start : stop.start()]):
            pos = stop.end()  # "of the Commission (Komisi Pemberantasan Korupsi, KPK) of X"
            continue
        if stop.group() == "," and _NAME_GOES_ON.match(text, stop.start()):
            pos = stop.end()  # "of the United Nations Educational, Scientific and Cultural
            continue  # Organization (UNESCO)": a name with a comma, then its acronym
        if (
            plural
            and stop.group() == ","
            and re.match(r",\s+(?:and\s+)?(?:the\s+)?[A-Z]", text[stop.start() :])
        ):
            pos = stop.end()
            continue
        return stop.start()


def _more_title(text: str, pos: int) -> int:
    """The end of a title that goes on in more comma-separated parts ("Mr. A B, Federal
    Prosecutor, Federal Public Prosecutor's Office, Brazil, described"; "The magistrate from
    Chad, Ms. A, an inspector at the X, described"; a name in another language with its
    English name, "President of the Instance Nationale de la Probité, de la Prévention ...
    (National Authority for ...), welcomed"), when a verb follows them; else ``pos``."""
    end = pos
    for _ in range(4):
        part = re.match(
            r",\s+(?:(?:(?:of|at|with)\s+)?(?:the\s+)?[A-Z]|(?:an?\s+(?:[a-z-]+\s+)?)?"
            + _LOWER_TITLE
            + r"|"
            r"(?:de|du|des)\s+(?:la\s+|les\s+|l['’])?[A-Z])[^,;()]{1,120}?"
            r"(?:\s*\((?:[A-Z][\w-]*|[A-Z][^()]{1,150})\)[^,;()]{0,80}?)?(?=,)",
            text[end:],
        )  # "Commissioner, Ethics and Anti-Corruption Commission (EACC), Kenya, said"
        if part is None:
            return pos
        end += part.end()
        if _VERB.match(text, _title_end(text, end)):
            return end
    return pos


#: A relative clause on the speaker's body after their title, up to its closing comma.
_BODY_CLAUSE = compile_capitals(r"\s*which\s+(?:[^,;()]|\([^()]{1,40}\)){2,200}?,\s*")


def _before_description(text: str, pos: int, end: int) -> int:
    """Where the words in ``[pos, end)`` that say whom a person speaks for end: before an
    aside that describes their body ("Head of Litigation at Sherpa, a French association
    ..."), whose States and bodies are not theirs; else ``end``."""
    described = _DESCRIBED.search(text, pos, end)
    return described.start() if described else end


def _title_end(text: str, pos: int) -> int:
    """Skip the rest of an apposition ("..., the Director of X, inter alia,") up to the verb:
    up to two asides ("..., speaking as a panellist in her capacity as Chair of the Y,")."""
    for _ in range(2):
        m = _ASIDE_IN_TITLE.match(text, pos)
        if m is None:
            break
        pos = m.end()
    return pos + (1 if text[pos : pos + 1] == "," else 0)


#: A relative clause on what a person's post involves, after the post: "Chief Suspension and
#: Debarment Officer of the World Bank Group, who heads the Office of ...": the body of the
#: post is whom they speak for, not the office the clause names.
_WHO_DOES = (
    r"who\s+(?:also\s+)?(?:(?:had|has)\s+)?(?:"
    + _POST_VERBS
    + r"|led|headed|directed|managed|joined|worked|works|served|serves)\s"
)
#: Such a description or clause inside a person's title: ", a French association", ", who
#: heads the X".
_DESCRIBED = compile_capitals(r",\s*(?:" + _DESCRIPTION + "|" + _WHO_DOES + ")")
#: A role said in so many words: "speaking as a panellist", "speaking as the moderator".
_SPEAKING_AS = r"[Ss]peaking\s+as\s+(?:(?:a|the)\s+)?(panellist|moderator)"
#: A person's role said in so many words before their name: "Speaking as a panellist, Ms.
#: B (Montenegro) explained" (she chairs the meeting otherwise).
_ROLE_SAID_BEFORE = compile_capitals(r"\b" + _SPEAKING_AS + r"\s*,\s*$")
#: ... and after a speaker noun's words: "A representative of X, speaking as a panellist,".
_SPEAKING_AS_AFTER = compile_capitals(r",\s*" + _SPEAKING_AS)
#: An aside after a person's title: "inter alia", "speaking as a panellist", "in her
#: capacity as Chair of the X", "speaking in her national capacity", "opening the third
#: panel", "speaking on behalf of the Group of 77 and China", "formerly the Y (DEPEN)".
_ASIDE_IN_TITLE = compile_capitals(
    r",\s*(?:inter alia|in particular|"
    r"speaking\s+as\s+(?:(?:a|the)\s+)?[a-z-]+(?:\s+of\s+(?:the\s+)?[a-z][^,;]{2,120})?"
    r"(?:\s+in\s+(?:his|her|their)\s+capacity\s+as\s+[^,;]{3,120})?|"
    r"(?:speaking\s+)?in\s+(?:his|her|their)\s+capacity\s+as\s+[^,;]{3,120}|"
    r"(?:speaking\s+)?in\s+(?:his|her|their)\s+(?:national|personal|own)\s+capacity|"
    r"speaking\s+for\s+(?:the\s+)?[A-Z][^,;]{1,120}|"
    r"(?:opening|closing|introducing|concluding|moderating|chairing|facilitating|leading|"
    r"presiding\s+over)\s+(?:the|a|an|this|that|her|his)\s+[a-z][^,;]{2,60}|"
    r"(?:speaking\s+)?(?:(?:again|also|further|jointly)\s+)?on\s+behalf\s+of\s+(?:the\s+)?"
    r"[A-Za-z][^,;]{2,150}|"
    r"acting\s+on\s+behalf\s+of\s+the\s+(?:President|Chair)(?:\s+of\s+the\s+Conference)?|"
    r"(?:also\s+)?taking\s+the\s+floor(?:\s+again)?|"
    r"(?:formerly|previously)\s+(?:known\s+as\s+)?(?:the\s+)?[A-Z][^,;]{1,150}|"
    r"(?:also\s+)?[a-z]+ing(?:\s+(?:again|up))?(?=\s*,)|"  # "speaking again", "summarizing"
    r"who\s+(?:had\s+)?(?:co-)?(?:chaired|moderated|facilitated)\s+[^,;]{2,80}|"
    + _WHO_DOES
    + r"(?:[^,;()]|\([^()]{1,40}\)){2,120}|"  # "..., who heads the Office of Suspension and
    # Debarment (OSD), explained": what the post involves
    + _DESCRIPTION
    + r"[^,;]{0,120})"
    r"\s*"
)  # also what the speaker's body is: "..., an association of 12 global banks,", "..., a
# French association dedicated to ...", "..., a non-governmental organization based in X,"


@dataclass(frozen=True, slots=True)
class Introduction:
    """A person named with what they are (a title, or a State in parentheses): the
    affiliation may be said in ``[affil_start, affil_end)``."""

    names: tuple[str, ...]  # every word they may be called by, the surname first
    affil_start: int
    affil_end: int
    start: int = 0
    chair: bool = False  # introduced as the chair: "opened by its Chair, Mr. A B (Egypt)"

    @property
    def surname(self) -> str:
        return self.names[0]


def introductions(text: str) -> list[Introduction]:
    """The people a paragraph introduces with a title or a parenthesis, said or not."""
    out = []
    for m in _INTRODUCED.finditer(text):
        words = m.group("name").split()
        if not words:
            continue
        group = _intro_group(m)
        if group == "title" and _VERB.match(m.group(group)):
            continue  # "The Chair, Ms. A, opened the panel on X": what she did, not a title
        chair = (
            _CHAIR_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None
            or _CHAIRED_BY.search(text, max(0, m.start() - 40), m.start()) is not None
            or _chairs_after(text, m.end())
        )  # "the Chair, Mr. A (X)", "The first panel was moderated by Ms. A, ... of X", "Ms.
        # A (X), Vice-President of the Conference, who chaired the meeting"
        end = _before_description(text, m.start(group), m.end(group))  # "Legal Director at
        # X, a non-governmental organization based in the United Kingdom": X's, not the State's
        name = m.group("name")
        out.append(Introduction(call_names(name), m.start(group), end, m.start(), chair))
    return out


_CHAIR_BEFORE = compile_capitals(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:Chair|Chairperson|Chairman|Chairwoman|President|"
    r"Vice-Chair|"
    r"Vice-President|Moderator|moderator|chair)"
    r"(?:\s+of\s+the\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}|[a-z]+(?:\s+[a-z]+){0,3})"
    r"(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})?)?\s*,\s*$"
)  # "the Chair, ", "the moderator of the first segment, ", "the Chair of the Steering
# Committee, ", "the President of the eleventh session of the Conference, "


_CHAIRED_BY = compile_capitals(r"\b" + _CHAIR_VERBS + r"\s+by\s+$")


def in_national_capacity(text: str, title_end: int) -> bool:
    """Whether a named speaker speaks for their State this once: "Ms. A (Kazakhstan),
    speaking in her national capacity," (she chairs otherwise)."""
    return _NATIONAL_CAPACITY.match(text, title_end) is not None


def role_said_with_name(text: str, start: int, title_end: int) -> bool:
    """Whether a named speaker's role is said where they are named, so that the role they
    were first named with does not apply: "Speaking as a panellist, Ms. B", "The
    Vice-Chair, Ms. A (Kazakhstan), opening the third panel,", "Ms. A (Kazakhstan),
    speaking in her national capacity,"."""
    return (
        _ROLE_SAID_BEFORE.search(text, max(0, start - 40), start) is not None
        or _CHAIR_BEFORE.search(text, max(0, start - 80), start) is not None
        or in_national_capacity(text, title_end)
    )


def surname(name: str) -> str:
    """The word a person is called by later ("Ms. Keller" for "Ms. Anna Keller")."""
    words = name.replace(".", " ").split()
    return words[-1] if words else ""


def call_names(name: str) -> tuple[str, ...]:
    """Every word a person may later be called by, the surname first: "Mr. Leong", "Mr.
    Tan" or "Mr. Desmond" for "Mr. Desmond Tan Kok Leong"; "Mr. Park" for "Mr. Park Jun-seo",
    whose family name comes first."""
    words = [w for w in name.replace(".", " ").split() if w[:1].isupper() and len(w) > 1]
    return tuple(dict.fromkeys([surname(name), *words[1:-1], *words[:1]]))
