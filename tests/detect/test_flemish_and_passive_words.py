"""Words of other house styles: the passive voice with its agent left out ("Geadviseerd wordt om ..."), a
scientist's advice file titled by the role ("Advies orthopedagoog"), Flemish "bomma", a form whose title is
only its running header, a support-figure question in a table cell. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)
HEAD = "Rapportage pleegzorg\nJeugdige: Jana Peeters (geb. 03-05-2011)\nPleegouders: Hilde en Bart Claes\n\n"


def test_advice_in_the_passive_voice_is_the_scientists_of_the_entry(tmp_path: Path, nlp):
    journal = HEAD + ("[06-03-2025] CONSULTATIE GEDRAGSDESKUNDIGE\nDe jeugdige is besproken met de gedragsdeskundige. "
                      "Geadviseerd wordt om de jeugdige zelf te laten kiezen wat zij na een bezoek wil doen.\n\n"
                      "[20-03-2025] CONTACT SCHOOL\nMet de mentor is gesproken over het verzuim. "
                      "Geadviseerd wordt om de jeugdige vaker te laten sporten.\n")
    found = audit_files(tmp_path / "PAS-1", nlp, {"rapportage.txt": journal}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-03-06"]


def test_an_advice_file_titled_by_the_role(tmp_path: Path, nlp):
    note = ("Advies orthopedagoog\nJongere Jana Peeters, bestandspleegzorg\nOrthopedagoog Hanne Vermeulen\n\n"
            "Consultatie 7/03/2025\nVraag: Jana slaapt slecht na bezoek aan mama.\n"
            "Advies: een vast avondritueel afspreken en het bezoek naar de zaterdagvoormiddag verschuiven.\n")
    found = audit_files(tmp_path / "VLA-1", nlp, {"advies.txt": note}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-03-07"]


def test_a_talk_without_bomma_is_a_talk_alone(tmp_path: Path, nlp):
    journal = HEAD + "12-03-2025 Huisbezoek\nGesprek met Jana in de keuken, zonder bomma erbij.\n"
    found = audit_files(tmp_path / "VLA-2", nlp, {"verslagen.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]


def test_an_unanswered_support_question_in_a_table_cell_documents_nothing(tmp_path: Path, nlp):
    form = HEAD + ("Evaluatie 2025\nWeet de jeugdige bij wie hij terecht kan? |\n"
                   "Contact met moeder | eens per twee weken\n")
    found = audit_files(tmp_path / "ZEE-1", nlp, {"evaluatie.txt": form}, AS_OF)
    assert found["support_figure"]["documented"] is False
    answered = HEAD + "Evaluatie 2025\nWeet de jeugdige bij wie hij terecht kan? | Ja, bij haar tante Els.\n"
    found = audit_files(tmp_path / "ZEE-2", nlp, {"evaluatie.txt": answered}, AS_OF)
    assert found["support_figure"]["documented"] is True
