"""A school's own plan (OPP, groeidocument) sets the school's goals, not the care plan's.
Every sentence is written for this test."""
import datetime as dt

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)


def test_goals_of_an_opp_are_not_care_plan_goals(tmp_path, nlp):
    plan = ("Hulpverleningsplan 2024-2025\nJeugdige: Daan Kuiper, groep 6 van obs De Linde\n\nDoelen\n"
            "Doel 1: Daan slaapt vijf nachten per week door tot 7.00 uur (evaluatie juni 2025).\n")
    opp = ("SBO De Wilg · Oudeweer\nOntwikkelingsperspectiefplan (OPP) · vertrouwelijk\n\n3. Doelen\n"
           "Doel 1: Daan leest in juni 2025 op AVI-niveau M5.\nDoel 2: Daan beheerst de tafels 1 tot en met 5.\n")
    audit = audit_files(tmp_path / "DOS-22", nlp, {"hulpverleningsplan.txt": plan, "opp_de_wilg.txt": opp}, AS_OF)
    assert [g["text"] for g in audit["goals"]] == ["Daan slaapt vijf nachten per week door tot 7.00 uur (evaluatie juni 2025)."]
