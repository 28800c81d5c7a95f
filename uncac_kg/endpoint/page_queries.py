"""The SPARQL behind the HTML pages; each query's subject is bound as ``?this`` (an RDF term).

``?this`` is projected by every SELECT: pyoxigraph substitutes only projected
variables.
"""

from __future__ import annotations

UNCAC = "https://w3id.org/uncac-kg/ontology#"
PREFIXES = f"""PREFIX uncac: <{UNCAC}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
_CLASS = "FILTER (?class != uncac:Entity && STRSTARTS(STR(?class), STR(uncac:)))"
_TYPED_NOTE = 'CONCAT(?label, COALESCE(CONCAT(" (", REPLACE(STR(?class), "^.*#", ""), ")"), ""))'

# -- any resource

PROPERTIES = f"""{PREFIXES}SELECT DISTINCT ?this ?p ?o ?label WHERE {{
  ?this ?p ?o OPTIONAL {{ ?o rdfs:label|skos:prefLabel ?label }} }} ORDER BY ?p ?o"""

INCOMING = f"""{PREFIXES}SELECT DISTINCT ?this ?s ?p ?label WHERE {{
  ?s ?p ?this OPTIONAL {{ ?s rdfs:label ?label }}
  FILTER (?p NOT IN (uncac:mentionOf, uncac:citedEntity, uncac:mentions, uncac:cites)) }}
ORDER BY ?p ?s"""

DESCRIBE = """CONSTRUCT { ?this ?p ?o . ?s ?q ?this }
WHERE { { ?this ?p ?o } UNION { ?s ?q ?this } }"""

# -- entities

CITED = f"""{PREFIXES}SELECT ?this ?docId ?paragraph ?n ?quote ?speaker ?role ?aff ?affLabel
WHERE {{ GRAPH ?g {{
  ?c uncac:citedEntity ?this ; uncac:quote ?quote ; uncac:beginIndex ?begin .
  ?statement uncac:hasCitation ?c ; uncac:inParagraph ?paragraph ; uncac:speaker ?sp .
  ?paragraph uncac:number ?n ; uncac:inDocument ?doc . ?doc dcterms:identifier ?docId .
  ?sp rdfs:label ?speaker ; uncac:role ?roleIri .
  OPTIONAL {{ ?sp uncac:represents ?aff . ?aff rdfs:label ?affLabel }} }}
  BIND (REPLACE(STR(?roleIri), "^.*/", "") AS ?role) }}
ORDER BY ?docId ?n ?begin"""

MENTIONED = f"""{PREFIXES}SELECT ?this ?docId ?paragraph ?n
  (GROUP_CONCAT(DISTINCT ?quote; SEPARATOR=" · ") AS ?quotes)
WHERE {{ GRAPH ?g {{
  ?m uncac:mentionOf ?this ; uncac:quote ?quote .
  ?paragraph uncac:hasMention ?m ; uncac:number ?n ; uncac:inDocument ?doc .
  ?doc dcterms:identifier ?docId }} }}
GROUP BY ?this ?docId ?paragraph ?n ORDER BY ?docId ?n"""

REPRESENTED = f"""{PREFIXES}SELECT ?this ?docId ?paragraph ?n ?speaker
  (GROUP_CONCAT(DISTINCT ?citedLabel; SEPARATOR=" · ") AS ?cited)
WHERE {{ GRAPH ?g {{
  ?sp uncac:represents ?this ; rdfs:label ?speaker .
  ?statement uncac:speaker ?sp ; uncac:inParagraph ?paragraph .
  ?paragraph uncac:number ?n ; uncac:inDocument ?doc . ?doc dcterms:identifier ?docId .
  OPTIONAL {{ ?statement uncac:cites ?c . ?c rdfs:label ?citedLabel }} }} }}
GROUP BY ?this ?docId ?paragraph ?n ?speaker ORDER BY ?docId ?n"""

# -- reports

DOCUMENT = f"""{PREFIXES}SELECT ?this ?id ?title ?date ?source WHERE {{ GRAPH ?g {{
  ?this a uncac:Document ; dcterms:identifier ?id .
  OPTIONAL {{ ?this dcterms:title ?title }} OPTIONAL {{ ?this dcterms:date ?date }}
  OPTIONAL {{ ?this dcterms:source ?source }} }} }}"""

PARAGRAPHS = f"""{PREFIXES}SELECT ?this ?p ?n ?text ?begin WHERE {{ GRAPH ?g {{
  ?p uncac:inDocument ?this ; a uncac:Paragraph ; uncac:number ?n ; uncac:text ?text ;
    uncac:beginIndex ?begin }} }}
ORDER BY ?begin"""

HEADINGS = f"""{PREFIXES}SELECT ?this ?begin ?heading WHERE {{ GRAPH ?g {{
  ?h uncac:inDocument ?this ; uncac:heading ?heading ; uncac:beginIndex ?begin }} }}
ORDER BY ?begin"""

ANNOTATIONS = f"""{PREFIXES}SELECT ?this ?p ?kind ?begin ?end ?target ?note WHERE {{ GRAPH ?g {{
  ?p uncac:inDocument ?this ; a uncac:Paragraph .
  {{
    ?p uncac:hasStatement ?st . ?st uncac:speaker ?sp .
    ?sp uncac:beginIndex ?begin ; uncac:endIndex ?end ; rdfs:label ?label ; uncac:role ?role .
    OPTIONAL {{ ?sp uncac:represents ?aff . ?aff rdfs:label ?affLabel }}
    BIND ("speaker" AS ?kind)
    BIND (COALESCE(?aff, ?st) AS ?target)
    BIND (CONCAT(REPLACE(STR(?role), "^.*/", ""),
                 COALESCE(CONCAT(", representing ", ?affLabel), "")) AS ?note)
  }} UNION {{
    ?p uncac:hasStatement/uncac:hasCitation ?c .
    ?c uncac:beginIndex ?begin ; uncac:endIndex ?end ; uncac:citedEntity ?target .
    ?target rdfs:label ?label .
    OPTIONAL {{ ?target a ?class {_CLASS} }}
    BIND ("cited" AS ?kind)
    BIND (CONCAT({_TYPED_NOTE}, ", cited") AS ?note)
  }} UNION {{
    ?p uncac:hasMention ?m .
    ?m uncac:beginIndex ?begin ; uncac:endIndex ?end ; uncac:mentionOf ?target .
    ?target rdfs:label ?label .
    OPTIONAL {{ ?target a ?class {_CLASS} }}
    BIND ("mention" AS ?kind)
    BIND ({_TYPED_NOTE} AS ?note)
  }} }} }}"""
