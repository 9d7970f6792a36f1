"""Files exported as tables: a contact overview whose participants cell names the child and workers only,
a safety check's "label | answer" rows, the scientist's consultation table, planned rows, and household
lines whose dates or surnames look like ages or names. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
REGISTER_HEAD = ("Contactenoverzicht\nCliënt: Daan Kuiper (02-03-2012)\nPleeggezin: Ellen en Ruben Smit\n"
                 "Datum | Soort contact | Aanwezig | Locatie | Verslag\n")


def audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "TAB-1", nlp, files, AS_OF)


def test_a_participants_cell_of_the_child_and_workers_only(tmp_path, nlp):
    register = REGISTER_HEAD + (
        "04-02-2025 | Gesprek pleegkind | PZB, Daan | School | In de bibliotheek over zijn week verteld.\n"
        "11-03-2025 | Huisbezoek | Daan en PZB J. Bos | Pleeggezin | Samen een tosti gegeten, hij is blij met zijn "
        "nieuwe fiets.\n"
        "08-04-2025 | Gesprek pleegkind | PZB J. Bos, Lieke | School | Lieke vertelde over haar vriendinnen.\n"
        "15-04-2025 | Huisbezoek | PZB, PM, Daan | Pleeggezin | Samen over de zomer gepraat.\n"
        "13-05-2025 | Omgang | M, Daan, medewerker bezoekhuis | Bezoekhuis | Na een kwartier samen geknutseld.\n"
        "20-05-2025 | Gepland | PZB, Daan | n.t.b. | Gepland: gesprek met Daan alleen over de vakantie.\n"
        "05-01-2025 | Plaatsing | PZB, Daan | Pleeggezin | Daan is vandaag bij Ellen en Ruben geplaatst.\n"
        "27-05-2025 | Gesprek Daan | PZB, Daan | School | Vorige week donderdag met Daan alleen in de bibliotheek "
        "gezeten en gepraat over zijn rapport.\n")
    found = audit(tmp_path, nlp, {"contactenoverzicht.txt": register})
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-02-04", "2025-03-11", "2025-05-22"]


def test_a_check_table_row_answered_no_or_not_applicable(tmp_path, nlp):
    form = ("Veiligheidscheck\nKind | Daan Kuiper (13)\nDatum | 15-04-2025\nIngevuld door | J. Bos (PZB)\n"
            "Pleegkind gesproken zonder PO | nee\nConclusie | groen\nStatus | definitief\n")
    assert audit(tmp_path, nlp, {"veiligheidscheck.txt": form})["one_on_one_contacts"] == []
    form = form.replace("zonder PO | nee", "zonder PO | n.v.t. (Daan logeerde bij oma)")
    assert audit(tmp_path, nlp, {"veiligheidscheck.txt": form})["one_on_one_contacts"] == []


def test_the_scientists_consultation_table(tmp_path, nlp):
    table = ("GW-consultaties\nPleegkind: Daan Kuiper   GW: M. de Vries, orthopedagoog\n"
             "Datum | Vraag | Advies | Afspraken\n"
             "14-01-2025 | Daan slaapt slecht na het bezoek aan vader. Bezoek verplaatsen? | Bezoek naar de "
             "zaterdagochtend, 's avonds een vast slaapritueel met een verhaal. | PZB bespreekt met PO.\n"
             "11-03-2025 | Mag de omgang onbegeleid? |  | GW ziek, opnieuw inbrengen.\n"
             "08-04-2025 | Herhaling vraag 11-03 | Akkoord met twee keer onbegeleid op proef, daarna evalueren met "
             "vader en PO. | PZB\n")
    found = audit(tmp_path, nlp, {"gw-consultaties.txt": table})
    assert [a["date"] for a in found["behavioural_scientist_advice"]] == ["2025-01-14", "2025-04-08"]


def test_an_advice_table_that_names_no_scientist_is_no_gw_advice(tmp_path, nlp):
    table = ("Overleg school\nLeerling: Daan Kuiper\n"
             "Datum | Vraag | Advies | Afspraken\n"
             "14-01-2025 | Daan is onrustig in de klas. | Een vaste plek vooraan en een koptelefoon bij het "
             "zelfstandig werken. | Mentor regelt het.\n")
    assert audit(tmp_path, nlp, {"overleg_school.txt": table})["behavioural_scientist_advice"] == []


def test_a_planned_consultation_in_a_cell(tmp_path, nlp):
    register = REGISTER_HEAD + "18-03-2025 | Overleg | PZB | Kantoor | Gepland: GW-consult over uitbreiding omgang vader.\n"
    assert audit(tmp_path, nlp, {"contactenoverzicht.txt": register})["behavioural_scientist_advice"] == []


def test_dates_and_double_surnames_in_household_lines(tmp_path, nlp):
    plan = ("Hulpverleningsplan 2025\nPleegkind: Daan Kuiper (13)\nPleeggezin: Van Dalen, Duinwijk\n"
            "Huishouden: pleegvader Bas van Dalen (46), pleegmoeder Marloes van Dalen-Kok (44), zoon Tim van Dalen "
            "(21) en Daan.\nVGB gecontroleerd? Ja (30-08-2022)\n"
            "Voor Bas, Marloes en Tim is een verklaring van geen bezwaar aanwezig (2022).\n")
    vgb = audit(tmp_path, nlp, {"plan.txt": plan})["vgb"]
    assert vgb["complete"] is True and vgb["missing"] == []
