"""The pseudonymised export: no name of the example dossiers survives, the dates the norms rest
on do, the same person keeps one tag within a dossier, and contact data and ids are replaced."""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from audit.config import load_config
from audit.norms import judge
from audit.pipeline import audit_dossier
from audit.read import iter_dossiers
from audit.report import validate
from audit.report.pseudonymize import (
    Pseudonymizer, default_cache_dir, load_deduce, pseudonymize_audit,
)

AS_OF = dt.date(2025, 6, 1)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Every person and place named in examples/VLD-0101 ... VLD-0104 (read from the files by hand).
FIRST_NAMES = ["Femke", "Merel", "Mats", "Sjoerd", "Teun", "Marjolein", "Floor", "Naima"]
SURNAMES = ["Mertens", "Boersma", "Dogan", "Sluiter", "Brouwer", "Eijk", "Wever", "Ouwerkerk", "Kamphuis",
            "Nauta", "Cörvers", "Pranoto", "Ramdin", "Oudshoorn"]
PLACES = ["Weert", "Roermond", "Oss", "Texel", "Oostenrijk"]
TAG = r"\[PERSOON-\d+\]"


@pytest.fixture(scope="module")
def pseudonymizer() -> Pseudonymizer:
    """One deduce for the module: building its lookup cache the first time takes seconds."""
    return Pseudonymizer()


@pytest.fixture(scope="module")
def example_audits(nlp) -> dict[str, tuple[dict[str, Any], list[str]]]:
    """The real pipeline on the example dossiers: {dossier id: (audit, the files' texts)}."""
    config = load_config()
    return {d.dossier_id: (audit_dossier(d, AS_OF, config, nlp), [doc.text for doc in d.documents])
            for d in iter_dossiers(EXAMPLES)}


@pytest.fixture(scope="module")
def pseudonymised(example_audits, pseudonymizer) -> dict[str, dict[str, Any]]:
    return {i: pseudonymize_audit(audit, pseudonymizer) for i, (audit, _) in example_audits.items()}


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node


def test_the_examples_name_these_people(example_audits) -> None:
    """The name list is not vacuous: the unpseudonymised audits do carry these names."""
    text = "\n".join(s for audit, _ in example_audits.values() for s in strings(audit))
    found = [n for n in FIRST_NAMES + SURNAMES if re.search(rf"(?<!\w){n}(?!\w)", text)]
    assert len(found) >= 12, found


@pytest.mark.parametrize("with_context", [False, True], ids=["audit-only", "with-dossier-texts"])
def test_no_example_name_survives(example_audits, pseudonymizer, with_context: bool) -> None:
    for audit, texts in example_audits.values():
        out = pseudonymize_audit(audit, pseudonymizer, context_texts=texts if with_context else ())
        text = "\n".join(strings(out))
        left = [n for n in FIRST_NAMES + SURNAMES + PLACES if re.search(rf"(?<!\w){n}(?!\w)", text)]
        assert left == [], (audit["dossier_id"], left)


def test_norm_dates_and_structure_unchanged(example_audits, pseudonymised) -> None:
    for dossier_id, (audit, _) in example_audits.items():
        out = pseudonymised[dossier_id]
        assert out["reference_date"] == audit["reference_date"] and out["placement"] == audit["placement"]
        assert out["norms"] == audit["norms"]
        for name in ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice"):
            keep = ("date", "date_precision", "finding_id", "confidence", "kind")
            assert [{k: f.get(k) for k in keep} for f in out[name]] == \
                   [{k: f.get(k) for k in keep} for f in audit[name]]
            assert [[(e["start"], e["end"], e["page"]) for e in f["evidence"]] for f in out[name]] == \
                   [[(e["start"], e["end"], e["page"]) for e in f["evidence"]] for f in audit[name]]
        assert [g["plan_date"] for g in out["goals"]] == [g["plan_date"] for g in audit["goals"]]
        assert out["goal_changes"]["plan_dates"] == audit["goal_changes"]["plan_dates"]
        validate(out)


def test_the_norms_judge_the_pseudonymised_audit_alike(example_audits, pseudonymised) -> None:
    cfg = load_config()
    for dossier_id, (audit, _) in example_audits.items():
        before = judge(audit, AS_OF, cfg.norms, cfg.detect.min_confidence)
        after = judge(pseudonymised[dossier_id], AS_OF, cfg.norms, cfg.detect.min_confidence)
        assert {n: v.verdict for n, v in after.items()} == {n: v.verdict for n, v in before.items()}


def test_dates_inside_sentences_are_kept(pseudonymised) -> None:
    quotes = [s for s in strings(pseudonymised["VLD-0103"]["safety_checks"]) if "afgenomen op" in s]
    assert quotes and all("14-09-2024" in q for q in quotes)


def test_same_name_in_two_files_gets_one_tag(example_audits, pseudonymised) -> None:
    """Femke: journaal.txt (a talk), plan_van_aanpak.txt (a goal), matchingsformulier.txt (matching)."""
    audit, out = example_audits["VLD-0101"][0], pseudonymised["VLD-0101"]
    talk = next(f for f in out["one_on_one_contacts"] if f["evidence"][0]["sentence"].startswith("Gesprek "))
    goal = next(g for g in out["goals"] if "fietst zelfstandig" in g["text"])
    assert talk["file"] == "journaal.txt" and goal["file"] == "plan_van_aanpak.txt"
    tag = re.match(rf"Gesprek ({TAG}) zonder PO", talk["evidence"][0]["sentence"]).group(1)
    assert goal["text"].startswith(f"{tag} fietst")
    assert out["matching_rationale"]["quote"].startswith(f"Overwegingen bij de matching: {tag} heeft")
    initial = [o["quote"] for a, o in zip(audit["one_on_one_contacts"], out["one_on_one_contacts"])
               if re.search(r"\bF\. ", a["quote"])]
    assert initial and all(tag in s for s in initial)  # the lone initial "F." is Femke too
    advice = [f["quote"] for f in out["behavioural_scientist_advice"]]
    dogan = {re.search(rf"(?:GW|psycholoog) ({TAG})", q).group(1) for q in advice}
    assert len(dogan) == 1 and tag not in dogan


def test_contact_data_ids_addresses_and_birth_dates_are_replaced(pseudonymizer) -> None:
    pseudo = pseudonymizer.for_dossier("TST-1")
    text = ("Liv de Vries (geb. 03-04-2015) woont op de Kerkstraat 12, 6001 AB Weert; BSN 123456782, "
            "tel. 06-12345678, mail liv.devries@example.nl. Huisbezoek op 12-05-2025, geboren op 3-4-2015.")
    out = pseudo.text(text)
    for secret in ("Liv", "Vries", "03-04-2015", "3-4-2015", "Kerkstraat", "6001 AB", "Weert", "123456782",
                   "06-12345678", "liv.devries@example.nl"):
        assert secret not in out, secret
    for tag in ("[PERSOON-1]", "[BSN-1]", "[TELEFOONNUMMER-1]", "[EMAILADRES-1]", "[LOCATIE-1]"):
        assert tag in out
    assert out.count("[GEBOORTEDATUM-1]") == 2  # the same birth date written twice: one tag
    assert "Huisbezoek op 12-05-2025" in out  # an event date stays


def test_forms_of_one_name_map_to_one_person(pseudonymizer) -> None:
    pseudo = pseudonymizer.for_dossier("TST-2")
    texts = ["Liv de Vries woont bij het pleeggezin.", "Liv fietst naar school.", "Mevrouw De Vries belde.",
             "L. de Vries tekende.", "Jan Bakker kwam langs."]
    pseudo.learn(texts)
    out = [pseudo.text(t) for t in texts]
    tags = [re.search(TAG, o).group() for o in out]
    assert tags[:4] == [tags[0]] * 4 and tags[4] != tags[0]
    assert out[2].startswith("Mevrouw [PERSOON-")  # the title stays readable


def test_tags_do_not_link_dossiers(pseudonymizer) -> None:
    first, second = pseudonymizer.for_dossier("A-1"), pseudonymizer.for_dossier("B-2")
    assert first.text("Teun en Liv spelen.") == "[PERSOON-1] en [PERSOON-2] spelen."
    assert second.text("Liv speelt.") == "[PERSOON-1] speelt."


def test_input_is_not_changed_and_ids_files_are_pseudonymised(example_audits, pseudonymizer) -> None:
    audit = copy.deepcopy(example_audits["VLD-0102"][0])
    audit["errors"] = [{"file": "verslag_Mats_Brouwer.pdf", "message": "PDF kon niet gelezen worden"}]
    audit["provenance"]["files"].append({"file": "verslag_Mats_Brouwer.pdf", "sha256": None, "reader": None,
                                         "read": False})
    before = json.dumps(audit, sort_keys=True)
    out = pseudonymize_audit(audit, pseudonymizer)
    assert json.dumps(audit, sort_keys=True) == before
    assert re.fullmatch(r"dossier-[0-9a-f]{12}", out["dossier_id"])
    assert out["dossier_id"] == pseudonymize_audit(audit, pseudonymizer)["dossier_id"]  # stable
    name = out["errors"][0]["file"]
    assert re.fullmatch(rf"verslag_{TAG}\.pdf", name) and out["provenance"]["files"][-1]["file"] == name
    assert out["provenance"]["files"][0]["sha256"] == audit["provenance"]["files"][0]["sha256"]


def test_cache_lives_in_the_user_cache_and_loads_again(tmp_path: Path, monkeypatch) -> None:
    site = Path(__import__("deduce").__file__).parent / "data" / "lookup" / "cache" / "lookup_structs.pickle"
    in_site_packages = site.exists()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "dossier-audit" / "deduce"
    deid, info = load_deduce(tmp_path / "c")
    assert info.built and info.cache_file is not None and info.cache_file.is_relative_to(tmp_path / "c")
    _, again = load_deduce(tmp_path / "c")
    assert not again.built and again.cache_file == info.cache_file
    info.cache_file.write_bytes(b"not a pickle")  # a damaged cache is rebuilt, not fatal
    deid, rebuilt = load_deduce(tmp_path / "c")
    assert rebuilt.built
    assert [a.tag for a in deid.deidentify("Gesprek met Jan Jansen.").annotations] == ["persoon"]
    assert site.exists() == in_site_packages  # nothing written into site-packages
