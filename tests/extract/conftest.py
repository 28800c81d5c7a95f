"""A small vocabulary in the shape of ``ontology/vocab/``, so extractor tests are stable."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Graph

from uncac_kg.extract.gazetteer import Gazetteer, build_gazetteer, load_gazetteer

VOCAB = """
@prefix uncac: <https://w3id.org/uncac-kg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix b: <https://w3id.org/uncac-kg/> .

b:state\\/KEN a uncac:State ; skos:prefLabel "Kenya" ; uncac:adjective "Kenyan" .
b:state\\/GHA a uncac:State ; skos:prefLabel "Ghana" ; uncac:adjective "Ghanaian" .
b:state\\/CHE a uncac:State ; skos:prefLabel "Switzerland" ; uncac:adjective "Swiss" .
b:state\\/PER a uncac:State ; skos:prefLabel "Peru" ; uncac:adjective "Peruvian" .
b:state\\/LVA a uncac:State ; skos:prefLabel "Latvia" ; uncac:adjective "Latvian" .
b:state\\/USA a uncac:State ; skos:prefLabel "United States of America" ;
    skos:altLabel "United States" ; uncac:adjective "American" .
b:article\\/46 a uncac:UNCACArticle ; skos:prefLabel "article 46" ; uncac:articleNumber 46 ;
    uncac:inChapter b:chapter\\/IV .
b:state\\/FRA a uncac:State ; skos:prefLabel "France" ; uncac:adjective "French" .
b:state\\/NOR a uncac:State ; skos:prefLabel "Norway" ; uncac:adjective "Norwegian" .
b:state\\/SAU a uncac:State ; skos:prefLabel "Saudi Arabia" ; uncac:adjective "Saudi" .
b:entity\\/eu a uncac:Organization ; skos:prefLabel "European Union" ; skos:altLabel "EU" .
b:entity\\/unodc a uncac:Organization ; skos:prefLabel "United Nations Office on Drugs and Crime" ;
    skos:altLabel "UNODC" .
b:entity\\/oecd a uncac:Organization ;
    skos:prefLabel "Organisation for Economic Co-operation and Development" ;
    skos:altLabel "OECD" .
b:entity\\/uncac a uncac:LegalInstrument, uncac:Convention ;
    skos:prefLabel "United Nations Convention against Corruption" ;
    skos:altLabel "UNCAC", "Convention" .
b:entity\\/beneficial-ownership-registers a uncac:Mechanism ;
    skos:prefLabel "beneficial ownership registers" ;
    skos:altLabel "beneficial ownership register", "registers on beneficial ownership" .
b:entity\\/mutual-legal-assistance a uncac:Mechanism ; skos:prefLabel "mutual legal assistance" ;
    skos:altLabel "MLA" .
b:role\\/panellist a uncac:SpeakerRole ; skos:prefLabel "panellist" ;
    skos:altLabel "panelist", "expert" .
b:role\\/speaker a uncac:SpeakerRole ; skos:prefLabel "speaker" ;
    skos:altLabel "representative", "delegation", "delegate", "observer" .
b:role\\/delegations a uncac:SpeakerRole ; skos:prefLabel "delegations" .
b:role\\/chair a uncac:SpeakerRole ; skos:prefLabel "chair" ; skos:altLabel "President", "Chair" .
b:role\\/secretariat a uncac:SpeakerRole ; skos:prefLabel "secretariat" .
"""


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return build_gazetteer(Graph().parse(data=VOCAB, format="turtle"))


@pytest.fixture(scope="session")
def vocabulary() -> Gazetteer:
    """The project's own vocabularies (``ontology/vocab/``)."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """The scorer of ``tools/score.py``, which ``make score`` runs."""
    path = Path(__file__).resolve().parents[2] / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
