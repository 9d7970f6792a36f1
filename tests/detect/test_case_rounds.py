"""Team minutes that discuss several foster children in a round of cases (issue 9): what is told under
another child's case is that child's, also when the sentence names nobody.

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.detect.cases import is_this_child
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"
MINUTES = """Notulen casuïstiekoverleg team Oost
Overleg dinsdag 11 maart 2025
Aanwezig: Ria Mulder (teamleider), Joke Smit (gedragswetenschapper), Anouk, Bram (PZB)
1. Mededelingen
- Nieuwe werkinstructie voor de jaarlijkse check.
2. Casuïstiek
Casus 1 – R.D. (13 jr), PZB Bram
R. is op 6/3 na school alleen gesproken. Wil vaker naar zijn vader.
Advies GW: eerst met de JB afstemmen wat kan, niets beloven.
Casus 2 – Noor B. (10 jr), PZB Anouk
Na de omgang is N. boos en eet ze slecht.
Advies GW: een vast ritueel na de omgang, boosheid benoemen en niet straffen.
Casus 3 – Sem (15 jr), PZB Bram
Jaarlijkse veiligheidscheck bij fam. Kok op 4/3 gedaan, S. apart gevraagd.
Advies GW: afspraken maken over uitgaan in plaats van verbieden.
3. Rondvraag
- Geen.
"""


def test_only_this_childs_case_counts(tmp_path: Path, nlp) -> None:
    audit = audit_files(tmp_path / "CAS-1", nlp, {"plan.txt": PLAN, "notulen_2025.txt": MINUTES}, AS_OF)
    advice = [(e["date"], e["evidence"][0]["sentence"]) for e in audit["behavioural_scientist_advice"]]
    assert [d for d, _ in advice] == ["2025-03-11"] and "ritueel" in advice[0][1]
    assert audit["one_on_one_contacts"] == [] and audit["safety_checks"] == []


def test_a_list_of_the_homes_children_is_no_round_of_cases(tmp_path: Path, nlp) -> None:
    plan = PLAN + "Gezin\nNoor (10 jr)\nDaan (12 jr)\nEvi (8 jr)\n"
    journal = "04-03-2025 | PZB | Noor na school alleen gesproken in de auto, over haar vriendinnen.\n"
    audit = audit_files(tmp_path / "CAS-2", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert [e["date"] for e in audit["one_on_one_contacts"]] == ["2025-03-04"]


def test_whose_case_by_name_or_initials() -> None:
    names, surnames = {"Noor"}, {"B"}
    assert is_this_child("Noor B.", names, surnames) and is_this_child("N.B.", names, surnames)
    assert is_this_child("N.", names, surnames) and is_this_child("N. v.B.", names, surnames)
    assert not is_this_child("N.H.", names, surnames) and not is_this_child("R.D.", names, surnames)
    assert not is_this_child("Sem", names, surnames) and is_this_child("N.H.", names, set())
