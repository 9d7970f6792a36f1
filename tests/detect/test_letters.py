"""Files made of letters: a letter tells, in passages, events of earlier days ("Zoals besproken op 6
februari ... die middag", "het huisbezoek van 24 september ... Tijdens dit bezoek"); an invitation names
a later day; a register kept without a header line; a count that opens a list of talks. Every sentence is
written for this test."""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)


def audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "BRF-1", nlp, files, AS_OF)


LETTER_1 = ("Pleegzorg De Linde\nEllen en Ruben Smit\nDorpsstraat 4\n7651 AB Oldeveld\n"
            "Oldeveld, 12 februari 2025\nBetreft: afspraken na ons gesprek van 6 februari\nBeste Ellen en Ruben,\n"
            "Zoals besproken op 6 februari bij jullie thuis, zet ik de afspraken op een rij.\n"
            "Jullie vertelden dat het druk is in huis sinds de verbouwing.\n"
            "Omdat er veel veranderd is, hebben we die middag de veiligheidscheck opnieuw ingevuld.\n"
            "Met vriendelijke groet,\nJan Bos, pleegzorgbegeleider\n\n")
LETTER_2 = ("Pleegzorg De Linde\nJeugdbescherming Oost t.a.v. mevrouw K. Vos\nPostbus 12\n7600 AA Oldeveld\n"
            "Oldeveld, 10 maart 2025\nBetreft: plaatsing Daan Kuiper\nGeachte mevrouw Vos,\n"
            "Onze gedragswetenschapper Marit de Vries heeft op 3 maart 2025 met de plaatsing ingestemd. "
            "Zij adviseert om de eerste maanden vooral te investeren in vaste huisregels en Daan zelf te laten "
            "meepraten over de bezoekregeling.\n"
            "Ik kom graag langs op dinsdag 9 juni 2025 om 19.30 uur voor het huisbezoek en de veiligheidscheck.\n"
            "Met vriendelijke groet,\nJan Bos\n")


def test_a_letter_tells_events_of_the_day_it_names(tmp_path, nlp):
    found = audit(tmp_path, nlp, {"brieven.txt": LETTER_1 + LETTER_2})
    assert [c["date"] for c in found["safety_checks"]] == ["2025-02-06"]
    assert [a["date"] for a in found["behavioural_scientist_advice"]] == ["2025-03-03"]


def test_a_headerless_register_and_a_count_over_a_list(tmp_path, nlp):
    register = ("Contactregistratie Daan Kuiper | pzb J. Bos\nPO = Ellen en Ruben Smit; M = moeder\n\n"
                "14-01-2025 | HB | PO, Daan | kennismaking nieuwe stagiair\n"
                "04-02-2025 | school | Daan | alleen gesproken in lege klas, gaat goed\n"
                "11-02-2025 | tel | M | vraagt om extra omgang\n"
                "04-03-2025 | kantoor | Daan | niet verschenen, vergeten\n"
                "18-03-2025 | auto | Daan | na voetbal thuisgebracht, in de auto gepraat over school\n")
    report = ("Rapportage aan de GI\nDatum: 20-05-2025\n\n"
              "In de verslagperiode heb ik Daan twee keer zonder pleegouders gesproken:\n"
              "– 4 februari 2025, op school;\n– 18 maart 2025, in de auto na voetbal.\n")
    plan = "Hulpverleningsplan 2025\nPleegkind: Daan Kuiper (geb. 02-03-2012)\nPleegouders: Ellen en Ruben Smit\n"
    found = audit(tmp_path, nlp, {"contactregistratie.txt": register, "rapportage.txt": report, "plan.txt": plan})
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-02-04", "2025-03-18"]
