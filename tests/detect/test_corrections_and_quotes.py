"""Corrections in place, quoted words, habits, copied forms with an e-mail behind them, and a report's
line wrapped after its semicolon. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from audit.detect.candidates import in_quotation
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("Journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\nPleegouders: Ellen en Ruben Smit; dochter Lieke Smit (9)\n\n")


def audit(tmp_path: Path, nlp, *entries: str, files: dict[str, str] | None = None) -> dict:
    journal = {"journaal.txt": HEADER + "\n\n".join(entries) + "\n"} if entries else {}
    return audit_files(tmp_path / "DOS-41", nlp, {**journal, **(files or {})}, AS_OF)


def talks(tmp_path: Path, nlp, *entries: str, files: dict[str, str] | None = None) -> list[str]:
    return [c["date"] for c in audit(tmp_path, nlp, *entries, files=files)["one_on_one_contacts"]]


def test_a_correction_in_the_entry_takes_the_talk_back(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 | Huisbezoek | stagiaire\nDaan apart gesproken over de voetbalclub, hij wil wisselen.\n"
                 "Correctie PZB (06-02-2025): het gesprek was niet apart, Ellen zat erbij aan tafel.",
                 "11-03-2025 | Huisbezoek | stagiaire\nIk heb Daan op zijn kamer apart gesproken over zijn moeder.\n"
                 "Aanvulling begeleider: Ruben stond in de deuropening, het was geen apart gesprek.",
                 "08-04-2025 | Huisbezoek | PZB\nDaan apart gesproken in de schuur over zijn verjaardag.") == ["2025-04-08"]


def test_a_correction_about_another_child_leaves_this_talk(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 | Huisbezoek | PZB\nDaan apart gesproken over school.\n"
                 "Het gesprek met Lieke was niet apart, haar moeder bleef erbij.",
                 "11-03-2025 | Huisbezoek | PZB\nDaan apart gesproken; hij is niet alleen blij maar ook wat zenuwachtig "
                 "over de verhuizing.") == ["2025-02-04", "2025-03-11"]


def test_a_check_taken_back_is_no_check(tmp_path, nlp):
    found = audit(tmp_path, nlp,
                  "04-12-2024 | Huisbezoek | stagiaire\nVandaag de veiligheidscheck gedaan met Ellen en Ruben.\n"
                  "Correctie PZB (05-12-2024): dit was alleen de voorbespreking van de veiligheidscheck, het formulier "
                  "volgt nog.",
                  "27-02-2025 | Huisbezoek | PZB\nVeiligheidscheck gedaan met Ellen en Ruben.\n"
                  "Correctie (12-03-2025): de check van 27-02 is niet afgerond en geldt niet als veiligheidscheck.")
    assert found["safety_checks"] == []


def test_a_habit_is_no_talk_on_a_day(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 | Halfjaarrapportage\nBij ieder huisbezoek neem ik even tijd om Daan alleen te spreken, "
                 "meestal op zijn kamer.",
                 "11-03-2025 | Rapportage\nIk spreek Daan altijd even apart als ik er ben.") == []


def test_an_appointment_with_the_child_named(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 | Telefonisch | PZB\nAfspraak met Daan gemaakt voor 12-02 na school, om apart te praten "
                 "over de omgang.",
                 "11-03-2025 | Huisbezoek | PZB\nDaan was bij zijn oma; het kindgesprek neem ik mee bij een volgend "
                 "bezoek.") == []


def test_words_in_quotes_are_no_record(tmp_path, nlp):
    text = "Daan: 'Ik voel me hier thuis. Het is alleen stiller zonder Ruben.'"
    assert in_quotation(text, text.find("zonder"))
    assert not in_quotation("'s Avonds zonder Ruben gegeten", 11)
    assert not in_quotation("Hij zei 'oké' en daarna zonder Ruben gewandeld", 27)
    form = ("Veiligheidscheck pleeggezin Smit\nDatum afname: 10-02-2025\nAfgenomen door: J. Bos (PZB)\n"
            "Beleving jeugdige\nDaan is gevraagd in bijzijn van Ellen.\n" + text + "\n")
    assert talks(tmp_path, nlp, files={"veiligheidscheck.txt": form}) == []


def test_a_copied_form_with_an_email_behind_it(tmp_path, nlp):
    bundle = ("Veiligheidscheck pleeggezin 2025\nPleegkind: Daan Kuiper\nDatum formulier: 10-02-2025\n"
              "Ingevuld door: J. Bos\n"
              "Let op: antwoorden overgenomen uit de check van 29-04-2024; er is geen nieuw gesprek gevoerd.\n"
              "1. Zorgen over de opvoedingssituatie? Nee\n\n"
              "Van: J. Bos\nVerzonden: woensdag 19 februari 2025 10:18\nOnderwerp: Daan\nHoi Karin,\n"
              "Gisteren heb ik Daan gesproken zonder Ellen erbij, in de kantine van zijn school.\nGroet, Jan\n")
    found = audit(tmp_path, nlp, files={"bijlagen_2025.txt": bundle})
    # the copy is no check; the check it took its answers from was held on its day (thirty-eighth session)
    assert [c["date"] for c in found["safety_checks"]] == ["2024-04-29"]
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-02-18"]


def test_a_report_line_wrapped_after_its_semicolon(tmp_path, nlp):
    report = ("Halfjaarrapportage december 2024 – mei 2025\nJeugdige: Daan Kuiper\nDatum: 10-05-2025\n\n"
              "Ontwikkeling\nOp 11 maart heb ik Daan meegenomen voor een patatje;\n"
              "we hebben met z'n tweeën over zijn stage gepraat. Hij wil verder in de techniek.\n")
    assert talks(tmp_path, nlp, files={"halfjaarrapportage.txt": report}) == ["2025-03-11"]


def test_advice_only_planned_or_talked_over_again(tmp_path, nlp):
    found = audit(tmp_path, nlp,
                  "04-02-2025 | Overleg | PZB\nDaan wordt in het MDO van 20-02 opnieuw besproken met de GW i.v.m. de "
                  "overstap.",
                  "11-03-2025 | Huisbezoek | PZB\nGW-advies van februari besproken, pleegouders werken ermee.",
                  "08-04-2025 | Huisbezoek | PZB\nHet advies van de gedragswetenschapper van maart (zie bijlage) is "
                  "besproken met Daan en Ellen.",
                  "13-05-2025 | GW-overleg | PZB\nGW Marit de Vries adviseert om de omgang met vader voorlopig op "
                  "één keer per maand te houden.")
    assert [a["date"] for a in found["behavioural_scientist_advice"]] == ["2025-05-13"]


def test_calling_someone_else_is_no_contact_with_the_worker(tmp_path, nlp):
    assert talks(tmp_path, nlp,
                 "04-02-2025 | GW-overleg | PZB\nAdvies: Daan per maand één vaardigheid laten oefenen (bijvoorbeeld zelf "
                 "de huisarts bellen).",
                 "11-03-2025 | Telefonisch | PZB\nDaan wilde mij zelf bellen om over zijn rapport te vertellen; hij belde "
                 "vanaf zijn kamer, Ellen was boven.") == ["2025-03-11"]


def test_a_copy_note_belongs_to_its_own_year_of_a_multi_year_form(tmp_path, nlp):
    form = ("Veiligheidscheck pleeggezin Smit\nJeugdige: Daan Kuiper (02-03-2012)\n2024\nOnderdeel | Invulling\n"
            "Datum | 12-06-2024\nAfgenomen door | J. Bos (PZB)\nWijze van afname | huisbezoek\n"
            "D. Jeugdige | Daan apart gesproken op zijn kamer; voelt zich thuis.\n2025\nOnderdeel | Invulling\n"
            "Datum | 20-05-2025\nAfgenomen door | J. Bos (PZB)\n"
            "Wijze van afname | administratief bijgewerkt; antwoorden overgenomen uit 2024\nD. Jeugdige | Zie 2024.\n")
    found = audit(tmp_path, nlp, files={"veiligheidschecks.txt": form})
    assert [c["date"] for c in found["safety_checks"]] == ["2024-06-12"]
