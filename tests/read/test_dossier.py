"""Dossier loading from folders, single files and zip archives."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from audit.read import SUPPORTED_SUFFIXES, iter_dossiers, load_dossier


def _dossier(folder: Path, corrupt: bool = True) -> Path:
    folder.mkdir(parents=True)
    (folder / "journaal.txt").write_text("12-03-2024 | Huisbezoek\nSanne apart gesproken.\n", encoding="utf-8")
    d = docx.Document()
    d.add_heading("Hulpverleningsplan", level=1)
    d.add_paragraph("Sanne slaapt door.", style="List Number")
    d.save(folder / "plan.docx")
    (folder / "bijlagen").mkdir()
    (folder / "bijlagen" / "notitie.md").write_text("# Notitie\ntekst\n", encoding="utf-8")
    if corrupt:
        (folder / "kapot.pdf").write_bytes(b"%PDF-1.4 kapot")
    # silently ignored
    (folder / "gold.json").write_text("{}", encoding="utf-8")
    (folder / "~$plan.docx").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"x")
    (folder / "Thumbs.db").write_bytes(b"x")
    (folder / ".verborgen.txt").write_text("x", encoding="utf-8")
    return folder


def test_load_dossier_folder_with_corrupt_file(tmp_path: Path) -> None:
    folder = _dossier(tmp_path / "RIV-0001")
    d = load_dossier(folder)
    assert d.dossier_id == "RIV-0001"
    assert [doc.name for doc in d.documents] == ["bijlagen/notitie.md", "journaal.txt", "plan.docx"]
    assert len(d.errors) == 1
    assert d.errors[0].file == "kapot.pdf"
    assert d.errors[0].message.startswith("Bestand kan niet gelezen worden")
    assert d.document("plan.docx").reader == "python-docx"


def test_unsupported_file_in_dossier_is_an_error(tmp_path: Path) -> None:
    folder = _dossier(tmp_path / "D", corrupt=False)
    (folder / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    d = load_dossier(folder)
    assert [(e.file, "bestandstype niet ondersteund" in e.message) for e in d.errors] == [("oud.doc", True)]
    assert len(d.documents) == 3


def test_single_file(tmp_path: Path) -> None:
    f = tmp_path / "journaal.txt"
    f.write_text("regel\n", encoding="utf-8")
    d = load_dossier(f)
    assert (d.dossier_id, [doc.name for doc in d.documents], d.errors) == ("journaal", ["journaal.txt"], [])
    assert [x.dossier_id for x in iter_dossiers(f)] == ["journaal"]


def test_iter_corpus_and_single_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _dossier(corpus / "RIV-0002", corrupt=False)
    _dossier(corpus / "RIV-0001", corrupt=False)
    (corpus / "leeg").mkdir()
    got = list(iter_dossiers(corpus))
    # an empty dossier folder does not vanish: it is a dossier that says it holds no readable file
    assert [d.dossier_id for d in got] == ["leeg", "RIV-0001", "RIV-0002"]
    assert not got[0].documents and [e.file for e in got[0].errors] == ["leeg/"]
    assert all(len(d.documents) == 3 and not d.errors for d in got[1:])
    # A folder with only files is one dossier; a folder of corpora is descended into.
    assert [d.dossier_id for d in iter_dossiers(corpus / "RIV-0001")] == ["RIV-0001"]
    assert [d.dossier_id for d in iter_dossiers(tmp_path)] == ["leeg", "RIV-0001", "RIV-0002"]


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_zip_of_corpus_and_of_one_dossier(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    _dossier(corpus / "RIV-0001")
    entries = {f"export/{p.relative_to(corpus).as_posix()}": p.read_bytes()
               for p in sorted(corpus.rglob("*")) if p.is_file()}
    entries["__MACOSX/export/._journaal.txt"] = b"x"
    z = _zip(tmp_path / "export.zip", entries)
    got = list(iter_dossiers(z))
    assert [d.dossier_id for d in got] == ["RIV-0001"]
    d = got[0]
    assert [doc.name for doc in d.documents] == ["bijlagen/notitie.md", "journaal.txt", "plan.docx"]
    assert [e.file for e in d.errors] == ["kapot.pdf"]
    assert d.documents[1].path == z / "export" / "RIV-0001" / "journaal.txt"

    flat = _zip(tmp_path / "RIV-0009.zip", {"journaal.txt": b"regel\n", "gold.json": b"{}"})
    got = list(iter_dossiers(flat))
    assert [(d.dossier_id, [x.name for x in d.documents]) for d in got] == [("RIV-0009", ["journaal.txt"])]


def test_zip_slip_rejected(tmp_path: Path) -> None:
    for bad in ["../ontsnapt.txt", "/etc/absoluut.txt", "a/../../b.txt", "C:/windows.txt"]:
        z = _zip(tmp_path / "slip.zip", {"RIV-0001/journaal.txt": b"regel\n", bad: b"boos"})
        got = list(iter_dossiers(z))
        assert len(got) == 1 and not got[0].documents, bad
        assert got[0].errors[0].file == "slip.zip"
        assert "geweigerd" in got[0].errors[0].message
        assert not (tmp_path / "ontsnapt.txt").exists()


def test_zip_corrupt(tmp_path: Path) -> None:
    z = tmp_path / "kapot.zip"
    z.write_bytes(b"PK\x03\x04 niet echt")
    got = list(iter_dossiers(z))
    assert got[0].errors and "geweigerd" in got[0].errors[0].message


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == {".pdf", ".docx", ".txt", ".md"}
