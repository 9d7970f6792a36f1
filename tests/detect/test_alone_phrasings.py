"""Ways workers write that they were alone with the child, without the words a keyword reader looks for.

Every sentence is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("Pleegzorg Zuidvliet - journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n"
          "Pleegouders: Ellen en Ruben Smit, bestandspleeggezin; dochter Lieke Smit (9) woont thuis\n\n")


def run(tmp_path: Path, nlp, *entries: str) -> list[str]:
    files = {"journaal.txt": HEADER + "\n\n".join(entries) + "\n"}
    audit = audit_files(tmp_path / "DOS-6", nlp, files, AS_OF)
    return [c["date"] for c in audit["one_on_one_contacts"]]


def test_apart_after_the_childs_name(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nEerst met Ellen over de vakantie. Daarna met Daan apart in de tuin gezeten.",
               "11-03-2025 | Huisbezoek | PZB\nMet Ruben de planning doorgenomen.\nDaarna Daan apart: hij vertelde over de "
               "ruzie op school.") == ["2025-02-04", "2025-03-11"]


def test_apart_with_a_foster_parent_or_a_sibling_is_not_the_child(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nDaarna met Ellen apart in de keuken gezeten over haar zorgen.",
               "11-03-2025 | Huisbezoek | PZB\nDaarna Lieke apart: zij vertelde over haar nieuwe juf.") == []


def test_alone_for_a_while(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nDaan kwam uit school; met hem een half uur alleen in de keuken "
               "gezeten terwijl Ruben de hond uitliet.") == ["2025-02-04"]


def test_the_child_and_i_talked_in_his_room(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nDaan en ik hebben op zijn kamer gepraat over zijn voetbalteam.",
               "11-03-2025 | Huisbezoek | PZB\nOp zijn kamer gesproken over de brugklas; hij twijfelt over het "
               "profiel.") == ["2025-02-04", "2025-03-11"]


def test_the_child_and_i_talked_with_a_foster_parent_is_not(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nDaan en ik hebben met Ellen gepraat over de zomervakantie.",
               "11-03-2025 | Huisbezoek | PZB\nLieke en ik hebben op haar kamer gepraat over haar verjaardag.") == []


def test_a_capitalised_word_before_apart_that_is_no_name_keeps_the_talk(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nGesprek apart: twintig minuten op het balkon, Ellen en Ruben waren "
               "binnen.") == ["2025-02-04"]


def test_the_child_named_only_as_who_lives_with_the_foster_family(tmp_path, nlp):
    text = ("Voortgangsverslag\n\nGezin\nMerel woont sinds 2021 bij pleegmoeder Ellen en pleegvader Ruben Smit en "
            "hun dochter Lieke.\n\nContacten\nOp 4 februari 2025 eerst met Ellen gesproken. Daarna met Merel apart in "
            "de tuin gezeten.\nOp 11 maart 2025 eerst met Ruben gesproken. Daarna met Lieke apart in de tuin "
            "gezeten.\n")
    audit = audit_files(tmp_path / "DOS-7", nlp, {"voortgangsverslag.txt": text}, AS_OF)
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2025-02-04"]


def test_a_later_clause_with_met_does_not_undo_the_talk(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nDaan en ik hebben op zijn kamer gepraat, Ellen was beneden met Lieke.",
               "11-03-2025 | Huisbezoek | PZB\nOp zijn kamer gesproken over de brugklas, Ruben was boven met de "
               "was.") == ["2025-02-04", "2025-03-11"]


def test_a_name_before_apart_counts_when_no_file_names_the_child(tmp_path, nlp):
    text = ("Journaal pleegzorg\n\n04-02-2025 huisbezoek\nEerst met pleegmoeder Ellen gesproken. Daarna Merel apart: "
            "zij vertelde over de brugklas.\n\n11-03-2025 huisbezoek\nDaarna Ellen apart: zij is moe.\n")
    audit = audit_files(tmp_path / "DOS-8", nlp, {"journaal.txt": text}, AS_OF)
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2025-02-04"]


def test_a_caller_is_not_taken_for_the_child_when_no_file_names_her(tmp_path, nlp):
    text = "Journaal pleegzorg\n\n04-02-2025 telefonisch\nMama belde mij over de vakantie.\n"
    audit = audit_files(tmp_path / "DOS-9", nlp, {"journaal.txt": text}, AS_OF)
    assert audit["one_on_one_contacts"] == []


def test_with_the_child_while_the_foster_parents_stayed_elsewhere(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nDaarna ben ik met Daan naar boven gegaan, pleegouders bleven beneden.",
               "11-03-2025 | Huisbezoek | PZB\nPleegmoeder bleef in de keuken; ik ben met Daan naar de schuur gelopen "
               "om zijn nieuwe fiets te zien.",
               "08-04-2025 | Huisbezoek | PZB\nDaarna ben ik met Lieke naar boven gegaan, pleegouders bleven "
               "beneden.") == ["2025-02-04", "2025-03-11"]


def test_the_child_and_i_sat_and_chatted(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nZo zaten Daan en ik een kwartier op de bank met zijn stripboek en "
               "kletsten we over de brugklas.",
               "11-03-2025 | Huisbezoek | PZB\nZo zaten Daan en ik met Ellen aan tafel en kletsten we over de "
               "vakantie.") == ["2025-02-04"]


def test_nobody_else_there_at_school(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | School | PZB\nDaan op school gesproken in het kamertje van de mentor, zonder juf of "
               "iemand anders erbij.") == ["2025-02-04"]


def test_an_indirect_question_ends_where_the_deed_begins(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nDaan vroeg of ik meeliep naar de bakker; onderweg hebben we met z'n "
               "tweeën gekletst over zijn vriendjes.") == ["2025-02-04"]


def test_the_foster_mother_and_i_apart_is_no_talk_with_the_child(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nToen Daan naar voetbal was, hebben Ellen en ik even apart gepraat "
               "over haar zorgen.",
               "11-03-2025 | Huisbezoek | PZB\nDaarna hebben pleegmoeder en ik apart gesproken over de "
               "vakantie.") == []


def test_a_relative_who_stayed_is_still_there(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nGesprek met Daan in de woonkamer, Ruben vertaalde, pleegmoeder was in "
               "de keuken.",
               "11-03-2025 | Huisbezoek | PZB\nGesprek met Daan in de woonkamer, oom hielp mee, tante was in de "
               "keuken.") == []
