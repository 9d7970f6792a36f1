"""A weekly diary: the weekday a paragraph names is that day of the heading's week.
Every sentence is written for this test."""
import datetime as dt

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("WEEKVERSLAGEN\nPleegkind: Daan Kuiper (11-02-2016)\nPleegouders: Ellen en Ruben Smit\n"
          "Pleegzorgbegeleider: Sanne Vos\n\n")


def test_weekdays_under_a_week_heading(tmp_path, nlp):
    diary = HEADER + (
        "Week 37 (9 t/m 15 september 2024)\nDinsdag consult met Karin Mol (GW) over de driftbuien. Advies: een vast "
        "bezoekschema op de kalender.\n\n"
        "Week 40 (30 september t/m 6 oktober 2024)\nDonderdag huisbezoek. Met Daan alleen de konijnen gevoerd achter "
        "in de tuin.\n\n"
        "Week 50 (9 t/m 15 december 2024)\nDinsdag de jaarlijkse veiligheidscheck gedaan bij Ellen en Ruben thuis, "
        "formulier in het dossier.\n\n"
        "Week 2 (6 t/m 12 januari 2025)\nVorige week vrijdag belde Ellen. Het gesprek met Daan alleen dat ik voor "
        "woensdag had gepland, ging niet door.\n")
    audit = audit_files(tmp_path / "DOS-26", nlp, {"weekverslagen.txt": diary}, AS_OF)
    assert [a["date"] for a in audit["behavioural_scientist_advice"]] == ["2024-09-10"]
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2024-10-03"]
    assert [c["date"] for c in audit["safety_checks"]] == ["2024-12-10"]


def test_a_weekday_told_as_past_keeps_its_past(tmp_path, nlp):
    diary = HEADER + ("Week 3 (13 t/m 19 januari 2025)\nEllen belt: Ruben is zaterdag verhuisd naar een flat in de "
                      "stad.\n")
    audit = audit_files(tmp_path / "DOS-27", nlp, {"weekverslagen.txt": diary}, AS_OF)
    assert audit["rescreening"]["change"]["date"] == "2025-01-11"


def test_the_past_told_on_a_weekday_of_the_week(tmp_path, nlp):
    diary = HEADER + ("Week 3 (13 t/m 19 januari 2025)\nDinsdag belde Ellen: Ruben is afgelopen zaterdag verhuisd naar "
                      "een flat in de stad.\n")
    audit = audit_files(tmp_path / "DOS-28", nlp, {"weekverslagen.txt": diary}, AS_OF)
    assert audit["rescreening"]["change"]["date"] == "2025-01-11"
