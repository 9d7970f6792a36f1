"""Structured notes (SOEP: Subjectief / Objectief / Evaluatie / Plan): the plan field holds what is still
to be done. Every sentence here is written for this test."""
from tests.pipelines import audit_files

NOTES = ("ECD-rapportages – Jesse Mulder\n\n"
         "Datum: 04-02-2025   Contactvorm: huisbezoek   Aanwezig: jeugdige, pleegmoeder, PZB\n"
         "S: Jesse vertelt over zijn nieuwe klas.\n"
         "O: Rustige sfeer aan de keukentafel.\n"
         "E: Het gaat goed; school heeft wel zorgen over zijn concentratie.\n"
         "P: Zorgteam vormen met vader, school en pleegouders. Seksuele voorlichting bespreken met de pleegouders.\n\n"
         "Datum: 11-03-2025   Contactvorm: overleg   Aanwezig: vader, pleegouders, mentor, PZB\n"
         "O: Eerste zorgteam gehouden bij de pleegouders thuis; vader, mentor en pleegouders waren erbij.\n"
         "P: Volgend zorgteam in juni.\n")


def test_a_plan_field_plans_and_the_other_fields_record(tmp_path, nlp):
    audit = audit_files(tmp_path / "SOE-1", nlp, {"ecd_rapportages.txt": NOTES})
    assert [m["date"] for m in audit["care_team_meetings"]] == ["2025-03-11"]
    assert audit["sexual_development"] == []  # only planned, in the P field


PLAN = ("Plan van aanpak – Jesse Mulder\n"
        "Steunfiguur\n"
        "Opa Gerrit (vader van vader). Jesse zegt zelf: 'bij opa mag ik altijd komen'.\n"
        "Doelen\n"
        "• Jesse zwemt voor de zomer van 2025 zijn A-diploma (PO, zomer 2025)\n")


def test_a_support_figure_heading_over_its_paragraph(tmp_path, nlp):
    for name, text, documented in (("a", PLAN, True),
                                   ("b", PLAN.replace("Opa Gerrit (vader van vader). Jesse zegt zelf: 'bij opa mag "
                                                      "ik altijd komen'.", "Nog niet besproken met Jesse."), False),
                                   ("c", PLAN.replace("Opa Gerrit (vader van vader). Jesse zegt zelf: 'bij opa mag "
                                                      "ik altijd komen'.\n", ""), False),
                                   # a network heading over a list of relatives names no support figure
                                   ("d", PLAN.replace("Steunfiguur\nOpa Gerrit (vader van vader). Jesse zegt zelf: "
                                                      "'bij opa mag ik altijd komen'.",
                                                      "Netwerk en steunfiguur\nMoeder (begeleid contact), oma Kramer, oom Kees."),
                                    False)):
        audit = audit_files(tmp_path / name / "LOG-1", nlp, {"plan.txt": text})
        assert audit["support_figure"]["documented"] is documented, name
