"""Documents about the file: an internal audit's items are claims and its action points plans; terse check
mentions, an offer to talk the child turned down, and "Zij adviseert" after another professional. Every
sentence is written for this test."""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("Journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\nPleegouders: Ellen en Ruben Smit\n\n")


def audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "DTS-1", nlp, files, AS_OF)


AUDIT = ("Interne dossiertoets\nKwaliteitsbureau Pleegzorg De Linde\nDossier Daan Kuiper\n"
         "Getoetst door: K. Vos, kwaliteitsmedewerker\nDatum toets: 20-05-2025\n"
         "Veiligheidscheck aanwezig en actueel: ja (02-10-2024)\nKind gesproken bij veiligheidscheck: ja, apart\n"
         "Advies GW vastgelegd: nee, actie PZB\n"
         "Actiepunten\n1. PZB spreekt Daan apart voor de zitting in juni.\n2. PZB legt advies GW vast in het journaal.\n")


def test_an_internal_audit_records_no_events(tmp_path, nlp):
    found = audit(tmp_path, nlp, {"interne_dossiertoets.txt": AUDIT})
    assert found["safety_checks"] == [] and found["behavioural_scientist_advice"] == []
    assert found["one_on_one_contacts"] == []


def test_terse_check_mentions_and_a_turned_down_talk(tmp_path, nlp):
    journal = HEADER + (
        "10-01-2025 | huisbezoek\nJaarlijks huisbezoek en veiligheidscheck bij Ellen en Ruben. Daan was op school, "
        "hij is niet gesproken.\n\n"
        "17-01-2025 | huisbezoek\nNa het gesprek wilde ik nog even met Daan alleen in de tuin praten, maar hij wilde "
        "niet en ging gamen.\n\n"
        "05-02-2025 | overleg extern\nTelefonisch contact met de behandelaar van Daan bij Praktijk De Wilg "
        "(GZ-psycholoog E. Lam). Zij adviseert om de overdracht op vrijdag naar school te verplaatsen.\n")
    found = audit(tmp_path, nlp, {"journaal.txt": journal})
    assert [c["date"] for c in found["safety_checks"]] == ["2025-01-10"]
    assert found["one_on_one_contacts"] == [] and found["behavioural_scientist_advice"] == []


def test_ruled_headers_and_other_professionals_advice(tmp_path, nlp):
    journal = HEADER + (
        "=== 28-11-2024 | overleg gedragswetenschapper | Marit de Vries (GW), Jan ===\n"
        "Vraag: Daan heeft paniekmomenten in drukke ruimtes. Advies Marit: vooraf een rustig plekje afspreken en "
        "een vast signaal voor als het te veel wordt.\n\n"
        "=== 12-12-2024 | huisbezoek | Ellen, Daan, Jan ===\n"
        "Afspraak: de volgende keer ga ik met Daan een stukje wandelen zonder Ellen.\n")
    letter = ("Praktijk voor AVG-geneeskunde De Wilg\nDatum: 20-01-2025\nBetreft: Daan Kuiper\n"
              "Ik adviseer een gedragswetenschapper te laten meekijken naar het slaapritueel.\n")
    mail = ("Van: Dagbesteding Het Anker\nVerzonden: 03-02-2025\nOnderwerp: Daan\n"
            "Mijn advies als persoonlijk begeleider: laat het overdrachtsboekje ook naar ons komen.\n")
    found = audit(tmp_path, nlp, {"journaal.txt": journal, "brief_avg.txt": letter, "mail.txt": mail})
    assert [a["date"] for a in found["behavioural_scientist_advice"]] == ["2024-11-28"]
    assert found["one_on_one_contacts"] == []
