"""A contact log's short notes: who was absent told in a sentence of its own, a walk with the child,
the child alone in the participants, a missed call. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("Pleegzorg Zuidvliet - contactregistratie\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n"
          "Pleegouders: Ellen en Ruben Smit, bestandspleeggezin; dochter Lieke Smit (9) woont thuis\n\n")


def run(tmp_path: Path, nlp, *entries: str) -> list[str]:
    files = {"contacten.txt": HEADER + "\n\n".join(entries) + "\n"}
    audit = audit_files(tmp_path / "DOS-10", nlp, files, AS_OF)
    return [c["date"] for c in audit["one_on_one_contacts"]]


def test_absence_told_in_the_next_sentence(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | op school | PB\nGesprek op school met Daan en zijn mentor over zijn cijfers. PO niet "
               "aanwezig.",
               "11-03-2025 | huisbezoek | PB\nKennismaking met Daan in de bibliotheek. Pleegmoeder was niet "
               "aanwezig.") == ["2025-02-04", "2025-03-11"]


def test_absence_without_a_talk_before_is_nothing(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | telefonisch | PB\nOverleg met de school over de cijfers. PO niet aanwezig.",
               "11-03-2025 | huisbezoek | PB\nDaan had griep.\n\nPO niet aanwezig.") == []


def test_a_walk_with_the_child(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | wandeling | PB\nWandeling met Daan door het park; Ruben had hem gebracht en wachtte bij "
               "de auto.",
               "11-03-2025 | huisbezoek | PB\nEen walk & talk gedaan met Daan langs de dijk.",
               "08-04-2025 | huisbezoek | PB\nWandeling met Lieke door het park.") == ["2025-02-04", "2025-03-11"]


def test_the_child_alone_in_the_participants_and_a_crisis_carer_away(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | telefonisch, Daan alleen (belde vanuit de pauze) | PB\nHij wil stoppen met voetbal.",
               "11-03-2025 | op school | PB\nDaan gesproken in de IB-ruimte, zonder CPO.") == ["2025-02-04", "2025-03-11"]


def test_a_missed_call_in_a_register_is_no_contact(tmp_path, nlp):
    table = ("Datum | Kanaal | Deelnemers | Samenvatting | Medewerker\n"
             "04-02-2025 | telefonisch (gemist) | Daan | Gemiste oproep van Daan. Teruggebeld, voicemail ingesproken. | PB\n"
             "11-03-2025 | beeldbellen | Daan | Daan vertelde over zijn nieuwe fiets. | PB\n")
    audit = audit_files(tmp_path / "DOS-11", nlp, {"contacten.txt": HEADER + table}, AS_OF)
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2025-03-11"]


def test_more_ways_of_being_alone(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | huisbezoek | PB\nDaan reed daarna met mij mee naar de apotheek.",
               "11-03-2025 | huisbezoek | PB\nDaan heeft daarna apart met mij zijn eigen deel gedaan.",
               "08-04-2025 | ziekenhuis | PB\nDaan op de afdeling bezocht; er waren geen pleegouders, dus alleen Daan en ik.",
               "13-05-2025 | school | PB\nMet hem op de gang Lego gebouwd en gepraat over zijn juf (PO niet aanwezig).") == [
        "2025-02-04", "2025-03-11", "2025-04-08", "2025-05-13"]


def test_alone_with_the_foster_mother_is_not_with_the_child(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | huisbezoek | PB\nDaan sliep; er waren geen kinderen, dus alleen Ellen en ik.",
               "11-03-2025 | huisbezoek | PB\nLieke reed daarna met mij mee naar de winkel.") == []


def test_last_tuesday_written_on_a_tuesday_is_a_week_before(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "27-05-2025 | PB\nAfgelopen dinsdag met Daan geluncht bij de bakkerij; Ellen was er niet bij.") == [
        "2025-05-20"]


def test_few_talks_and_a_foster_parent_who_stayed(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | evaluatie | PB\nDaan is dit jaar weinig apart gesproken.",
               "11-03-2025 | huisbezoek | PB\nHij vond het spannend om alleen met mij te praten, dus Ellen bleef erbij.",
               "08-04-2025 | PB\nMet Daan in de stad geluncht, alleen wij tweeën.",
               "13-05-2025 | PB\nBuddy Sam is met Daan naar het voetbal geweest, alleen zij twee.") == ["2025-04-08"]


def test_alone_with_a_parent_or_absent_is_no_talk(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | omgang | PB\nIk ben koffie gaan halen; Daan was een kwartier alleen met moeder in de speelkamer.",
               "11-03-2025 | huisbezoek | PB\nDaan was er niet bij; zijn mening is deze keer niet gevraagd.",
               "08-04-2025 | omgang | PB\nIk heb Daan zelf bij school opgehaald; in de auto vertelde hij over zijn juf.") == [
        "2025-04-08"]
