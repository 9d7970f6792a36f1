"""Dutch notes written with English loan words ("safety check", "goals"). Every sentence is written for
this test."""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = "Case notes\nJeugdige: Daan Kuiper (geb. 02-03-2012)\nPleegouders: Ellen en Ruben Smit\n\n"


def test_a_safety_check_in_the_notes(tmp_path, nlp):
    notes = HEADER + "14-01-2025 #huisbezoek #veiligheid\nJaarlijkse safety check gedaan bij fam. Smit, formulier in map.\n"
    audit = audit_files(tmp_path / "DOS-16", nlp, {"notes.txt": notes}, AS_OF)
    assert [c["date"] for c in audit["safety_checks"]] == ["2025-01-14"]


def test_a_safety_check_form_with_the_childs_part(tmp_path, nlp):
    form = ("Pleegzorg Oost | Safety Check v2 | vertrouwelijk\nSafety Check pleeggezin\nPleeggezin | fam. Smit\n"
            "Pleegkind | Daan K. (12)\nDatum check | 19-11-2024\nType check\n☒ jaarlijkse check\n☐ herscreening\n"
            "Wie gesproken\n☒ pleegouders samen\n☒ pleegkind apart gesproken, eigen beleving gevraagd\n"
            "☐ pleegkind niet gesproken (reden invullen)\nStem van het kind\nDaan geeft het gezin een 8.\n"
            "Getekend: S. de Vos, 19-11-2024\n")
    audit = audit_files(tmp_path / "DOS-17", nlp, {"safety_check_2024.txt": form}, AS_OF)
    checks = audit["safety_checks"]
    assert [c["date"] for c in checks] == ["2024-11-19"]
    assert checks[0]["child_spoken"] is True


def test_goals_in_a_goals_and_actions_table(tmp_path, nlp):
    plan = ("HVP - Goals & Actions\nClient | Daan K., geb. 02-03-2012\nLooptijd | maart 2025 - maart 2026\n"
            "Goals & Actions\n# | Goal | Actions | Owner | Deadline\n"
            "1 | Daan traint elke week en speelt de wedstrijden van JO13 mee. | PO's rijden. | Daan | maart 2026\n"
            "2 | Daan werkt aan zijn self-esteem. | 1:1 gesprekken. | Daan | ongoing\n")
    audit = audit_files(tmp_path / "DOS-18", nlp, {"HVP_goals.txt": plan}, AS_OF)
    assert [g["text"] for g in audit["goals"]] == ["Daan traint elke week en speelt de wedstrijden van JO13 mee.",
                                                 "Daan werkt aan zijn self-esteem."]


def test_goals_evaluated_in_english_words(tmp_path, nlp):
    notes = HEADER + "14-01-2025 #evaluatie\nTussenevaluatie van de goals met Daan en PO's: voetbal gaat top, self-esteem wisselend.\n"
    audit = audit_files(tmp_path / "DOS-19", nlp, {"notes.txt": notes}, AS_OF)
    assert [e["date"] for e in audit["goal_evaluations"]] == ["2025-01-14"]
