"""Journal lines that carry only a code the file defines in its legend or code list: the code is read as
its meaning ("KG = kindgesprek (zonder pleegouders)"), with the line's own date and words. Every
sentence is written for this test."""
import datetime as dt
from pathlib import Path

from audit.structure.legend import legend_line
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)

LEGEND = ("Journaal pleegzorg - Daan Smits (geb. 02-03-2014)\n"
          "Codes:\n"
          "KG   = kindgesprek Daan (zonder pleegouders)\n"
          "HB   = huisbezoek pleeggezin\n"
          "VC   = veiligheidscheck pleeggezin\n"
          "POG  = gesprek met pleegouders\n"
          "NB   = niet doorgegaan\n\n")


def audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "KOD-1", nlp, files, AS_OF)


def test_a_coded_line_is_read_as_its_meaning(tmp_path, nlp):
    journal = LEGEND + ("14-01-25 KG – Daan na school opgehaald, friet gegeten bij de snackbar.\n"
                        "03-02-25 KG\n"
                        "11-03-25 POG – gesprek over de zomervakantie.\n")
    found = audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "one_on_one_contacts") == ["2025-01-14", "2025-02-03"]


def test_codes_joined_on_a_line_and_a_code_for_not_held(tmp_path, nlp):
    journal = LEGEND + ("10-02-25 HB/KG – eerst met pleegmoeder over school, daarna Daan op zijn kamer.\n"
                        "24-02-25 KG NB – Daan ziek, verzet naar maart.\n")
    found = audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-10"]
    assert event_dates(found, "home_visits") == ["2025-02-10"]


def test_the_line_s_own_words_overrule_its_code(tmp_path, nlp):
    journal = LEGEND + "05-03-25 KG – aan de keukentafel, niet apart, Daan wilde dat pleegmoeder bleef.\n"
    assert audit(tmp_path, nlp, {"journaal.txt": journal})["one_on_one_contacts"] == []


def test_a_code_list_in_another_file_and_a_code_redefined_later(tmp_path, nlp):
    codes = "Codelijst dossier Daan Smits\nGA = gesprek alleen met Daan\nHB = huisbezoek\n"
    journal = ("Journaal 2025\n"
               "13-01-25 GA – Daan op kantoor, over zijn nieuwe school.\n"
               "Nieuwe begeleider vanaf februari, eigen codes:\n"
               "GA = gesprek afgezegd\n"
               "TC = telefonisch contact\n"
               "17-02-25 GA – pleegmoeder belde af.\n")
    found = audit(tmp_path, nlp, {"codelijst.txt": codes, "journaal.txt": journal})
    assert event_dates(found, "one_on_one_contacts") == ["2025-01-13"]


def test_a_word_that_is_no_code_of_the_file_is_left_alone(tmp_path, nlp):
    """"GA" is no code here: "15-01-25 GA ..." is not read as anything, nor is "ga" (I will) a code."""
    journal = ("Journaal pleegzorg - Daan Smits\nHB = huisbezoek\nTC = telefonisch contact\n\n"
               "15-01-25 Ik ga volgende week met Daan alleen praten.\n")
    assert audit(tmp_path, nlp, {"journaal.txt": journal})["one_on_one_contacts"] == []


def test_a_legend_of_one_code_a_line_is_no_event():
    text = LEGEND
    offset = text.index("kindgesprek")
    assert legend_line(text, offset)
    # a single "x = y" line among prose is no legend block
    prose = "Verslag.\nDaan zegt: school = saai.\nVerder gaat het goed.\n"
    assert not legend_line(prose, prose.index("saai"))
