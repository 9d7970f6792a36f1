"""Was the child heard in the safety check? SCHEMA counts the child's own view asked with a foster
parent present, so "not apart" says only that the talk was not alone; form fields in more shapes
("O ja X nee", "n.v.t.", "Wat vindt het pleegkind zelf?"); the child away from the check told in
more words. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

import pytest

from audit.detect.form_fields import heard_fields
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = "Pleegzorg Kustlanden - journaal\nJeugdige: Mirte Vos (geb. 14-02-2013)\nPleeggezin: fam. Bakker, bestandspleeggezin\n\n"
FORM_HEAD = ("Veiligheidscheck pleeggezin\nJeugdige: Mirte Vos\nDatum afname: 03-10-2024\n"
             "Afgenomen door: PZB\n")


def heard(tmp_path: Path, nlp, files: dict[str, str]) -> bool:
    (check,) = audit_files(tmp_path / "HRD-1", nlp, files, AS_OF)["safety_checks"]
    return check["child_spoken"]


def in_journal(tmp_path: Path, nlp, body: str) -> bool:
    return heard(tmp_path, nlp, {"journaal.txt": HEADER + f"03-10-2024 | Huisbezoek\n{body}\n"})


@pytest.mark.parametrize("body, spoken", [
    # the child gave her view with a foster parent there: heard, though not apart
    ("Veiligheidscheck gedaan via beeldbellen; Mirte en pleegmoeder samen achter de laptop. Mirte gaf zelf aan dat "
     "ze zich veilig voelt. Niet apart kunnen spreken.", True),
    ("Jaarlijkse veiligheidscheck gedaan. Mirte zat erbij aan tafel met pleegmoeder en heeft zelf verteld dat "
     "ze het fijn vindt, alleen niet als ze vroeg naar bed moet.", True),
    ("Jaarlijkse veiligheidscheck gedaan. Mirte heeft de vragen voor kinderen beantwoord met pleegmoeder naast zich.", True),
    ("Veiligheidscheck afgenomen. In het bijzijn van pleegmoeder gevraagd hoe veilig zij zich voelt; ze geeft een 9.", True),
    ("Veiligheidscheck gedaan. M. gevraagd naar haar mening, PM zat erbij.", True),
    # not apart and nothing about her view: not heard
    ("Veiligheidscheck ingevuld met pleegouders. Mirte is bij deze check niet apart gesproken.", False),
    ("Veiligheidscheck ingevuld met pleegouders. Mirte niet apart gesproken, had koorts.", False),
    ("Veiligheidscheck ingevuld met pleegouders. Pleegmoeder gevraagd hoe zij de drukte ervaart.", False),
    # the child away, told in more words
    ("Veiligheidscheck met pleegouders ingevuld. Mirte was die middag op voetbaltraining en is niet gesproken.", False),
    ("Jaarlijkse check gedaan met PO, Mirte op kamp.", False),
    ("Veiligheidscheck ingevuld met PO, PK niet thuis.", False),
    ("Veiligheidscheck op kantoor met pleegouders. Mirte heb ik er niet bij kunnen vragen, ze was ziek.", False),
    ("Veiligheidscheck met beide pleegouders ingevuld. Haar eigen beleving is bij de check niet nagegaan.", False),
    ("Veiligheidscheck gedaan; Mirte was bij zwemles, check alleen met pleegouders gedaan.", False),
    ("Veiligheidscheck met pleegouders ingevuld; Mirte lag om 12.00 uur nog in bed en is niet gesproken.", False),
])
def test_heard_with_a_foster_parent_present_and_away(tmp_path, nlp, body, spoken):
    assert in_journal(tmp_path, nlp, body) is spoken


@pytest.mark.parametrize("form, spoken", [
    # an unticked "apart" item beside a ticked view item: heard with the foster parent there
    ("☒ Gezinssituatie besproken\n☐ Jeugdige apart gesproken (zonder pleegouders)\n"
     "☒ Mening jeugdige over veiligheid gevraagd\nMirte is gevraagd in het bijzijn van pleegmoeder.\n", True),
    # "apart: no" and the child's own words: heard
    ("Kind apart gesproken: nee\nToelichting: Mirte zat bij pleegmoeder op de bank en vertelde zelf hoe zij de weekenden vindt.\n", True),
    ("Kind apart gesproken: nee\nToelichting: lijst doorgelopen met pleegouders.\n", False),
    # an unticked option inside a line is no evidence
    ("Manier van bevragen ☒ picto's ☐ observatie ☐ niet bevraagd\nUitkomst: Mirte koos bij 'thuis' de picto 'blij'.\n", True),
    # scanned forms: "O" an empty circle beside a typed "X"
    ("1. Pleegouders gesproken X ja O nee\n2. Pleegkind gesproken, eigen beleving gevraagd O ja X nee\n", False),
    ("2. Pleegkind gesproken, eigen beleving gevraagd X ja O nee\n", True),
    ("Pleegkind gesproken zonder PO | n.v.t. (leeftijd)\nMening pleegkind | n.v.t.\n", False),
    ("7. Wat vindt het pleegkind zelf? NIET GEVRAAGD\n", False),
    ("6. Is het pleegkind zelf gehoord? [ ] ja [x] nee\nToelichting: Mirte was bij zwemles.\n", False),
    ("Mening pleegkind: voelt zich veilig bij pleegmoeder en wil hier blijven.\n", True),
    ("Stem van het kind | Mirte was op school. Niet gesproken; pleegmoeder vertelt dat het goed gaat.\n", False),
])
def test_heard_in_a_form(tmp_path, nlp, form, spoken):
    assert heard(tmp_path, nlp, {"veiligheidscheck.txt": FORM_HEAD + form}) is spoken


def test_field_labels_stay_on_their_line():
    """"Mening jeugdige" as a heading and "Gevraagd Niet gevraagd: ..." on the next line are no one field."""
    text = "5. Mening jeugdige\nGevraagd Niet gevraagd: Mirte (11 maanden) is preverbaal.\n"
    assert [f.value for f in heard_fields(text) if f.value is True] == []


def test_an_apart_field_is_marked_apart():
    (field,) = heard_fields("3. Pleegkind apart (zonder pleegouders) gesproken O ja X nee\n")
    assert (field.value, field.apart) == (False, True)
