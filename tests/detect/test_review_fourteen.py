"""Counter-examples a review of the fourteenth session's rules found: sentences the new cues must not
count and findings they must not lose. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from audit.detect.facts import child_names, child_names_from_living, nicknames
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("Journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\nPleegouders: Ellen en Ruben Smit; dochter Lieke Smit (9)\n\n")


def audit(tmp_path: Path, nlp, *entries: str, header: str = HEADER, name: str = "journaal.txt") -> dict:
    return audit_files(tmp_path / "DOS-40", nlp, {name: header + "\n\n".join(entries) + "\n"}, AS_OF)


def talks(tmp_path: Path, nlp, *entries: str, header: str = HEADER) -> list[str]:
    return [c["date"] for c in audit(tmp_path, nlp, *entries, header=header)["one_on_one_contacts"]]


def test_family_words_are_no_name_when_the_child_is_unknown(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 huisbezoek\nPleegmoeder apart: zij is moe en twijfelt over de plaatsing.",
                 "11-03-2025 huisbezoek\nDaarna met Moeder apart in de keuken gezeten.",
                 header="Journaal pleegzorg\n\n") == []


def test_an_absence_after_a_talk_with_someone_else(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 | PZB\nGesprek met pleegmoeder over Daan. PV niet aanwezig.",
                 "11-03-2025 | PZB\nTelefonisch gesprek met de mentor over Daan. PO niet aanwezig.",
                 "08-04-2025 | PZB\nDaan wilde niet praten en bleef op zijn kamer. PO niet aanwezig.") == []


def test_new_cues_with_a_foster_parent_there(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 | PZB\nOp zijn kamer gesproken over school, met Ellen erbij.",
                 "11-03-2025 | PZB\nLieke, Daan en ik hebben op de bank gepraat.",
                 "08-04-2025 | PZB\nWandeling met Daan en pleegmoeder door het bos.",
                 "13-05-2025 | PZB\nGesprek met pleegmoeder en Daan zonder leerkracht erbij.",
                 "20-05-2025 | PZB\nDaarna ben ik met Daan naar de tuin gegaan, pleegvader ging ook buiten.") == []


def test_talks_the_new_rules_must_keep(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 | PZB\nOndanks weinig tijd toch Daan apart gesproken over school.",
                 "11-03-2025 | PZB\nNadat pleegmoeder en ik koffie hadden gedronken heb ik Daan apart gesproken op zijn "
                 "kamer.",
                 "08-04-2025 | PZB\nHet gesprek met Daan alleen dat voor maandag gepland stond, is verplaatst naar vandaag; "
                 "we hebben op zijn kamer gesproken.") == ["2025-02-04", "2025-03-11", "2025-04-08"]


def test_a_register_row_called_back(tmp_path, nlp):
    table = ("Datum | Kanaal | Deelnemers | Samenvatting | Medewerker\n"
             "04-02-2025 | telefonisch | Daan | Eerst gemiste oproep, daarna teruggebeld: Daan vertelde over school. | PB\n")
    assert talks(tmp_path, nlp, table) == ["2025-02-04"]


def test_advice_the_new_vetoes_must_keep(tmp_path, nlp):
    found = audit(tmp_path, nlp,
                  "04-02-2025 | PZB\nOverleg met GW Karin Mol. Advies GW: PZB begeleidt de familie bij het eerste bezoek "
                  "aan moeder.",
                  "11-03-2025 | PZB\nConsult met GW Karin Mol over het slapen. Zij adviseert om 20 uur naar bed.",
                  "08-04-2025 | PZB\nOverleg met GW Karin Mol. Wat de GW heeft geadviseerd: een beloningskaart voor Daan.")
    assert [a["date"] for a in found["behavioural_scientist_advice"]] == ["2025-02-04", "2025-03-11", "2025-04-08"]


def test_a_journal_opening_with_a_meeting_is_no_scientists_register(tmp_path, nlp):
    found = audit(tmp_path, nlp, "01-02-2025 Overleg GW en PZB over de vakantie\nGeen bijzonderheden.",
                  "04-02-2025 | PZB\nGesprek met de juf van Daan op school.\nAdvies: twee middagen huiswerkklas.")
    assert found["behavioural_scientist_advice"] == []


def test_a_school_named_in_a_field_or_a_verb_is_no_school_document(tmp_path, nlp):
    found = audit(tmp_path, nlp, "04-02-2025 Overleg GW Karin Mol\nDaan zat er niet bij.\nAdvies GW: vaste bedtijd om 20 uur.",
                  header="Contactjournaal\nJeugdige: Daan Kuiper (12), brugklas Stedelijk College\n\n")
    assert [a["date"] for a in found["behavioural_scientist_advice"]] == ["2025-02-04"]


def test_weekdays_in_a_week_diary(tmp_path, nlp):
    diary = ("WEEKVERSLAGEN\nPleegkind: Daan Kuiper (11-02-2016)\n\nWeek 40 (30 september t/m 6 oktober 2024)\n"
             "Maandag belde oma. Daarna woensdag huisbezoek: met Daan alleen de konijnen gevoerd.\n\n"
             "Week 42 (14 t/m 20 oktober 2024)\nIk heb donderdag met Daan alleen gesproken op zijn kamer.\n")
    found = audit_files(tmp_path / "DOS-41", nlp, {"week.txt": diary}, AS_OF)
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2024-10-02", "2024-10-17"]


def test_a_football_goal_is_no_goal_evaluation(tmp_path, nlp):
    found = audit(tmp_path, nlp, "04-02-2025 | PZB\nDaan heeft zaterdag drie goals gemaakt en zijn team heeft de finale "
                  "bereikt.")
    assert found["goal_evaluations"] == []


def test_names_that_are_not_the_childs():
    assert child_names(["Huisbezoek bij Ellen Smit (12-03-2024)\nGesprek over de vakantie"]) == set()
    assert child_names_from_living(["Hij woont bij zijn pleegouders.", "Zijn broer Sven woont sinds 2020 bij "
                                    "pleeggezin Jansen."]) == set()
    assert nicknames(["Gesprek met Noor (Syrië) over haar familie", "Naam: Noor\nRoepnaam: onbekend"], {"Noor"}) == set()
    assert nicknames(["Pleegmoeder\nNaam: Ingrid de Wit\nRoepnaam: Inge\n\nPleegkind\nNaam: Noor"], {"Noor"}) == set()


def test_a_risk_assessment_of_the_childs_own_risk_is_no_safety_check(tmp_path, nlp):
    found = audit(tmp_path, nlp,
                  "04-02-2025 | PZB\nRisicotaxatie weglopen ingevuld na het incident van vrijdag: risico matig.",
                  "11-03-2025 | PZB\nJaarlijkse veiligheidscheck gedaan bij Ellen en Ruben thuis, formulier getekend.")
    assert [c["date"] for c in found["safety_checks"]] == ["2025-03-11"]
