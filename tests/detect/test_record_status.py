"""An app's contact log keeps planned and called-off contacts as records like any other, with the note
typed beforehand: the record's own status field decides whether what it tells happened.

Every sentence here is written for this test (none is taken from a corpus)."""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files, event_dates as dates

AS_OF = dt.date(2025, 6, 1)
HEAD = ("Contactlog Pleegzorg Oosterweide | export 2025-05-30\nCliënt: Sem Bakker, geb. 2014-03-02\n"
        "Pleegouders: Ineke en Jan de Boer\n\n")



def record(n: int, when: str, kind: str, status: str, note: str) -> str:
    return (f"### Record {n:06d}\nDatum/tijd: {when}T14:00:00+01:00\nType: {kind}\nStatus: {status}\n"
            f"Aanwezig: PK; PZB\nAuteur: r.veenstra\nNotitie: {note}\n")


def test_planned_cancelled_and_draft_records_are_no_events(tmp_path: Path, nlp) -> None:
    log = HEAD + "\n".join([
        record(101, "2025-01-14", "KG", "Afgerond", "Sem alleen gesproken op zijn kamer over zijn nieuwe school."),
        record(102, "2025-02-11", "KG", "Geannuleerd", "Kindgesprek op school met Sem. Afgezegd, Sem was ziek."),
        record(103, "2025-03-18", "KG", "Gepland", "Kindgesprek met Sem alleen, op kantoor."),
        record(104, "2025-04-15", "HB", "Concept", "Huisbezoek, Sem apart gesproken in de tuin."),
        record(105, "2025-05-06", "HB", "Afgerond", "Huisbezoek. Daarna met Sem alleen een rondje gefietst."),
    ])
    audit = audit_files(tmp_path / "SYS-1", nlp, {"contactlog.txt": log}, AS_OF)
    assert dates(audit, "one_on_one_contacts") == ["2025-01-14", "2025-05-06"]
    assert dates(audit, "home_visits") == ["2025-05-06"]


def test_a_line_that_opens_with_a_date_lists_events_each_on_its_own_date(tmp_path: Path, nlp) -> None:
    """'12 maart 2025 (veiligheidscheck) en 21 mei 2025 (evaluatie doelen)': the check is on the date it is
    written beside, even when that date opens the line (and so reads as the line's own date)."""
    report = ("Voortgangsrapportage pleegzorg\nJeugdige: Sem Bakker, geb. 2014-03-02\n"
              "Pleegouders: Ineke en Jan de Boer\n\n3. Contacten\n"
              "Huisbezoeken: 2 oktober 2024 (kennismaking nieuwe woning),\n"
              "12 maart 2025 (veiligheidscheck met Sem en pleegouders) en 21 mei 2025 (evaluatie doelen).\n")
    audit = audit_files(tmp_path / "RB-1", nlp, {"voortgangsrapportage.txt": report}, AS_OF)
    assert dates(audit, "safety_checks") == ["2025-03-12"]


def test_a_status_line_after_the_notes_is_a_follow_up_not_the_records_own(tmp_path: Path, nlp) -> None:
    """'Status: gepland' under a follow-up action, after the record's prose, leaves the visit and the talk;
    an export line that carries its status inline ('| Status: Gepland |') is the record's own."""
    log = (HEAD + "12-03-2025 | Huisbezoek | PZB\nHuisbezoek bij het gezin, Sem apart gesproken op zijn kamer.\n"
           "Vervolgactie: veiligheidscheck\nStatus: gepland\n\n"
           "2025-03-18 | KG | Status: Gepland | Notitie: Kindgesprek met Sem alleen op kantoor.\n")
    audit = audit_files(tmp_path / "SYS-2", nlp, {"journaal.txt": log}, AS_OF)
    assert dates(audit, "one_on_one_contacts") == ["2025-03-12"]
    assert dates(audit, "home_visits") == ["2025-03-12"]


def test_an_explicit_date_beats_the_lines_opening_date_but_a_registration_date_does_not(tmp_path: Path, nlp) -> None:
    journal = (HEAD + "05-03-2025 Veiligheidscheck gedaan bij het gezin op 28-02-2025, Sem en pleegouders samen, alles in orde.\n\n"
               "12-05-2025 Huisbezoek afgelegd, geregistreerd op 19-05-2025 door r.veenstra.\n")
    audit = audit_files(tmp_path / "RB-2", nlp, {"journaal.txt": journal}, AS_OF)
    assert dates(audit, "safety_checks") == ["2025-02-28"]
    assert dates(audit, "home_visits") == ["2025-02-28", "2025-05-12"]  # the check at home too


def test_a_hearing_by_the_judge_or_the_police_is_no_talk_with_the_worker(tmp_path: Path, nlp) -> None:
    journal = (HEAD + "12-02-2025 | zitting | JB\nSem gehoord door de kinderrechter (kindgesprek), alleen.\n\n"
               "14-03-2025 | verhoor | JB\nSem is door de politie alleen gesproken over het incident.\n\n"
               "20-03-2025 | gesprek | JB\nSem gesproken bij de rechtbank na de zitting, zonder pleegouders.\n")
    audit = audit_files(tmp_path / "RB-3", nlp, {"journaal.txt": journal}, AS_OF)
    assert dates(audit, "one_on_one_contacts") == ["2025-03-20"]


def test_a_talk_arranged_for_a_later_day_is_no_talk_and_its_arrangement_date_no_event_date(tmp_path: Path, nlp) -> None:
    journal = (HEAD + "22-01-2025 | telefoon | JB\nGesprek met Sem alleen afgesproken voor 20 februari op school.\n\n"
               "20-02-2025 | gesprek | JB\nMet Sem alleen gesproken op school, zoals afgesproken op 22 januari.\n")
    audit = audit_files(tmp_path / "RB-4", nlp, {"journaal.txt": journal}, AS_OF)
    assert dates(audit, "one_on_one_contacts") == ["2025-02-20"]
