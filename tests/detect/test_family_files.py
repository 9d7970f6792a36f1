"""A foster family's file about several foster children: the dossier's child named by "t.b.v. dossier ...",
the others by the paragraphs that open with their names. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from audit.detect import facts
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
JOURNAL = ("Gezinsjournaal pleeggezin Smit\nExport t.b.v. dossier Daan Kuiper, 01-06-2024 t/m 31-05-2025.\n"
           "Pleegouders | Ellen en Ruben Smit\n"
           "Pleegkinderen | Daan Kuiper (02-03-2012); Ravi Doerga (14-03-2016)\n\n"
           "04-02-2025 | huisbezoek\nDaan: Daan apart gesproken in de tuin over school.\n"
           "Ravi: Ravi apart gesproken op zijn kamer; hij mist zijn vader en vraagt of Ravi vaker mag bellen.\n\n"
           "11-03-2025 | huisbezoek\nRavi: met Ravi alleen een rondje gefietst, hij vertelde over voetbal.\n"
           "Daan: was bij een vriend.\n")


def test_the_file_names_its_child_and_the_paragraphs_name_the_others():
    assert facts.labelled_child_names([JOURNAL], {"Daan"}) == {"Ravi"}
    assert facts.child_names(["Verslag\nZie dossier Jasmijn voor haar steunfiguur.\n"]) == set()


def test_talks_with_the_other_foster_child_are_not_this_childs(tmp_path, nlp):
    found = audit_files(tmp_path / "GZD-1", nlp, {"gezinsjournaal.txt": JOURNAL}, AS_OF)
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-02-04"]
