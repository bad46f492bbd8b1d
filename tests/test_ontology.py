"""The ontology parses, is documented in zh and en, aligns with schema.org/org/foaf/prov,
defines every term the scorer reads, and kg.vocab exposes it."""
from collections import defaultdict

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg import vocab

KG = Namespace("https://w3id.org/kg-news/ontology#")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

# The local names the scorer reads (copied from the evaluation contract).
CONTRACT_CLASSES = ["Person", "Zone", "Fund", "Competition", "Award", "Program", "Organization", "Place",
                    "University", "ResearchInstitute", "Company", "Bank", "GovernmentAgency",
                    "Position", "Placement"]
CONTRACT_PROPERTIES = ["affiliatedWith", "alumniOf", "foundedBy", "investsIn", "winner", "organizer",
                       "wonAward", "selectedFor", "holder", "organization", "title", "competition",
                       "recipient", "rank", "amount", "foundingDate"]
BUCKETS = ["Person", "Zone", "Fund", "Competition", "Award", "Program", "Organization", "Place"]


@pytest.fixture(scope="module")
def onto():
    return Graph().parse(vocab.ONTOLOGY_PATH, format="turtle")


def terms(onto, kind):
    return sorted(s for s in onto.subjects(RDF.type, kind) if str(s).startswith(str(KG)))


def all_terms(onto):
    return terms(onto, OWL.Class) + terms(onto, OWL.ObjectProperty) + terms(onto, OWL.DatatypeProperty)


def test_parses_with_rdflib_and_pyoxigraph(onto):
    quads = list(pyoxigraph.parse(path=str(vocab.ONTOLOGY_PATH), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(onto) > 300
    shapes = list(pyoxigraph.parse(path=str(vocab.SHAPES_PATH), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(shapes) == len(Graph().parse(vocab.SHAPES_PATH, format="turtle")) > 100


def test_ontology_header(onto):
    header = URIRef("https://w3id.org/kg-news/ontology")
    assert (header, RDF.type, OWL.Ontology) in onto
    assert onto.value(header, OWL.versionInfo) is not None
    assert onto.value(header, RDFS.comment) is not None
    assert onto.value(header, URIRef("http://purl.org/dc/terms/title")) is not None


def test_every_term_has_zh_and_en_label_and_comment(onto):
    assert len(all_terms(onto)) >= 41
    for term in all_terms(onto):
        labels = {o.language for o in onto.objects(term, RDFS.label)}
        assert {"zh", "en"} <= labels, term
        comments = {o.language for o in onto.objects(term, RDFS.comment)}
        assert "en" in comments, term


def test_every_property_has_domain_and_range(onto):
    props = terms(onto, OWL.ObjectProperty) + terms(onto, OWL.DatatypeProperty)
    assert len(props) >= 24
    for prop in props:
        assert onto.value(prop, RDFS.domain) is not None, prop
        assert onto.value(prop, RDFS.range) is not None, prop


def test_datatype_ranges(onto):
    assert onto.value(KG.amount, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    assert onto.value(KG.confidence, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    assert onto.value(KG.title, RDFS.range) == RDF.langString
    assert onto.value(KG.startOffset, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#integer")
    union = onto.value(onto.value(KG.foundingDate, RDFS.range), OWL.unionOf)
    members = {str(m).rsplit("#", 1)[1] for m in onto.items(union)}
    assert members == {"date", "gYearMonth"}


@pytest.mark.parametrize("cls, parent", [
    (KG.Person, SCHEMA.Person), (KG.Person, FOAF.Person), (KG.Person, PROV.Agent),
    (KG.Organization, SCHEMA.Organization), (KG.Organization, ORG.Organization),
    (KG.Organization, FOAF.Organization), (KG.Organization, PROV.Agent),
    (KG.University, KG.Organization), (KG.University, SCHEMA.CollegeOrUniversity),
    (KG.University, SCHEMA.Organization),
    (KG.ResearchInstitute, SCHEMA.ResearchOrganization), (KG.Company, SCHEMA.Corporation),
    (KG.Bank, SCHEMA.BankOrCreditUnion), (KG.GovernmentAgency, SCHEMA.GovernmentOrganization),
    (KG.Bank, KG.Organization), (KG.GovernmentAgency, FOAF.Organization),
    (KG.Place, SCHEMA.Place), (KG.Zone, SCHEMA.Place), (KG.Competition, SCHEMA.Event),
    (KG.Fund, SCHEMA.Organization), (KG.Position, ORG.Membership), (KG.Evidence, PROV.Entity),
])
def test_class_alignments(onto, cls, parent):
    assert parent in set(onto.transitive_objects(cls, RDFS.subClassOf))


@pytest.mark.parametrize("prop, parent", [
    (KG.affiliatedWith, SCHEMA.affiliation), (KG.alumniOf, SCHEMA.alumniOf),
    (KG.organizer, SCHEMA.organizer), (KG.locatedIn, SCHEMA.location),
    (KG.partOf, ORG.subOrganizationOf), (KG.foundingDate, SCHEMA.foundingDate),
    (KG.holder, ORG.member), (KG.organization, ORG.organization),
])
def test_property_alignments(onto, prop, parent):
    assert (prop, RDFS.subPropertyOf, parent) in onto


def test_close_matches(onto):
    assert (KG.foundedBy, OWL.inverseOf, SCHEMA.founder) in onto
    assert (KG.affiliatedWith, SKOS.closeMatch, ORG.memberOf) in onto
    assert (KG.wonAward, SKOS.closeMatch, SCHEMA.award) in onto
    assert (KG.Award, SKOS.closeMatch, SCHEMA.award) in onto
    assert (KG.amount, SKOS.closeMatch, SCHEMA.amount) in onto


def test_contract_names_exist(onto):
    for name in CONTRACT_CLASSES:
        assert (KG[name], RDF.type, OWL.Class) in onto, name
    for name in CONTRACT_PROPERTIES:
        kinds = set(onto.objects(KG[name], RDF.type))
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, name


def test_scorer_buckets_follow_local_names(onto):
    """The scorer closes rdfs:subClassOf over local names and takes the first bucket it meets:
    an alignment such as Zone ⊑ schema:Place must not move a class out of its own bucket."""
    local = lambda t: str(t).replace("#", "/").rsplit("/", 1)[1]  # noqa: E731
    parents = defaultdict(set)
    for s, o in onto.subject_objects(RDFS.subClassOf):
        parents[local(s)].add(local(o))

    def bucket(name):
        todo, seen = [name], set()
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(parents[c])
        return next((b for b in BUCKETS if b in seen), None)

    for name in BUCKETS:
        assert bucket(name) == name
    for name in ["University", "ResearchInstitute", "Company", "Bank", "GovernmentAgency"]:
        assert bucket(name) == "Organization"
    for name in ["Position", "Placement", "Evidence", "Entity"]:
        assert bucket(name) is None


def test_ontology_holds_no_entities(onto):
    """An individual typed with an entity class in the ontology would be scored as a found entity."""
    classes = {KG[name] for name in vocab.ENTITY_CLASSES} | {KG.Entity}
    assert not [s for s, o in onto.subject_objects(RDF.type) if o in classes]


def test_vocab_exposes_the_terms(onto):
    assert set(vocab.ENTITY_CLASSES) == set(BUCKETS) | {"University", "ResearchInstitute", "Company",
                                                        "Bank", "GovernmentAgency"}
    assert set(vocab.RELATIONS) == {"affiliatedWith", "alumniOf", "foundedBy", "investsIn", "winner",
                                    "organizer", "wonAward", "selectedFor", "locatedIn", "partOf"}
    assert vocab.CLASS_PARENT == {name: "Organization" for name in
                                  ["University", "ResearchInstitute", "Company", "Bank", "GovernmentAgency"]}
    for name in CONTRACT_CLASSES + CONTRACT_PROPERTIES:
        assert (vocab.KG[name], RDF.type, None) in onto
        assert vocab.label_zh(name)
    assert vocab.label_zh("wonAward") == "获得奖项"
    assert vocab.label_zh("Company") == "企业"
    with pytest.raises(KeyError):
        vocab.label_zh("marriedTo")


def test_vocab_namespaces():
    assert vocab.KG_BASE == str(KG) and vocab.KG.Person == KG.Person
    assert vocab.ID_BASE == "https://w3id.org/kg-news/id/" == str(vocab.KGR)
    assert vocab.ARTICLE_BASE == "https://w3id.org/kg-news/article/" == str(vocab.KGA)
    assert str(vocab.SCHEMA) == "http://schema.org/"
    assert (str(vocab.PROV), str(vocab.SKOS), str(vocab.ORG), str(vocab.FOAF)) == (
        str(PROV), str(SKOS), str(ORG), str(FOAF))
    assert vocab.SHAPES_PATH.is_file() and vocab.ONTOLOGY_PATH.is_file()


def test_ontology_ships_inside_the_package():
    """kg/ontology points at ontology/, so an installed package finds kg.ttl and shapes.ttl."""
    assert vocab.ONTOLOGY_PATH.parent.name == "ontology"
    assert vocab.ONTOLOGY_PATH.parent.parent.name == "kg"
    assert isinstance(vocab.ONTOLOGY.value(KG.Person, RDFS.label), Literal)
