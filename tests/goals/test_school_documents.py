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


def test_advice_in_a_school_document_is_the_schools(tmp_path, nlp):
    mdo = ("SBO De Wilg · Oudeweer\nVerslag multidisciplinair overleg\n\nDatum: 10-09-2024\n"
           "Advies orthopedagoog: aanvraag dyslexieonderzoek via het samenwerkingsverband.\n")
    audit = audit_files(tmp_path / "DOS-23", nlp, {"verslag_mdo.txt": mdo}, AS_OF)
    assert audit["behavioural_scientist_advice"] == []


def test_school_staff_and_a_therapist_elsewhere_are_not_the_scientist(tmp_path, nlp):
    journal = ("Journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n\n04-02-2025 | PZB\nAdvies zorgcoördinator: twee "
               "middagen huiswerkbegeleiding op school.\n\n11-03-2025 | PZB\nPleegmoeder schrijft dat de behandelaar van "
               "Daan (psycholoog bij De Horst) adviseert om Daan meer eigen regie te geven.\n")
    audit = audit_files(tmp_path / "DOS-24", nlp, {"journaal.txt": journal}, AS_OF)
    assert audit["behavioural_scientist_advice"] == []


def test_our_scientist_advising_at_a_school_meeting(tmp_path, nlp):
    mdo = ("Basisschool De Linde | MDO | vertrouwelijk\nVerslag multidisciplinair overleg\n\nDatum: 10-09-2024\n"
           "Aanwezig: IB, juf, PZB, GW Karin Mol\nAdvies GW: de juf geeft Daan op maandag een rustige start.\n")
    audit = audit_files(tmp_path / "DOS-25", nlp, {"verslag_mdo.txt": mdo}, AS_OF)
    assert [a["date"] for a in audit["behavioural_scientist_advice"]] == ["2024-09-10"]
