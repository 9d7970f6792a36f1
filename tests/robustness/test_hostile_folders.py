"""Point 1 of issue 14: nothing in a dossier folder is skipped silently; only regular files are opened."""
from __future__ import annotations

import json
import os
import random
import shutil
import stat
from pathlib import Path

import pytest

from audit.cli import main
from audit.read import ReadError, iter_dossiers, load_dossier, read_file
from audit.read import dossier as dossier_mod

NOT_FOLLOWED = "symbolische koppeling niet gevolgd"
NOT_REGULAR = "geen gewoon bestand (FIFO/apparaat)"


def _errors(d) -> dict[str, str]:
    return {e.file: e.message for e in d.errors}


def test_symlinks_are_listed_and_never_followed(tmp_path: Path, good_dossier) -> None:
    d = good_dossier(tmp_path / "VLD-1")
    outside = tmp_path / "buiten"
    outside.mkdir()
    (outside / "geheim.txt").write_text("12-03-2024 | Huisbezoek\nGeheim buiten het dossier.\n", encoding="utf-8")
    os.symlink("/etc/passwd", d / "passwd.txt")
    os.symlink(tmp_path / "bestaat-niet.txt", d / "dangling.txt")
    os.symlink(outside, d / "bijlagen")
    os.symlink(outside / "geheim.txt", d / "link.txt")
    got = load_dossier(d)
    errors = _errors(got)
    for name in ("passwd.txt", "dangling.txt", "bijlagen", "link.txt"):
        assert NOT_FOLLOWED in errors[name], name
    assert sorted(doc.name for doc in got.documents) == ["journaal.txt", "matchingsformulier.txt",
                                                          "plan_van_aanpak.txt"]
    assert not any("Geheim" in doc.text or "root:" in doc.text for doc in got.documents)


def test_read_file_refuses_a_link_itself(tmp_path: Path) -> None:
    real = tmp_path / "echt.txt"
    real.write_text("tekst\n", encoding="utf-8")
    os.symlink(real, tmp_path / "link.txt")
    with pytest.raises(ReadError, match=NOT_FOLLOWED):
        read_file(tmp_path / "link.txt")


def test_fifo_is_listed_and_never_opened(tmp_path: Path, good_dossier) -> None:
    d = good_dossier(tmp_path / "VLD-2")
    os.mkfifo(d / "pijp.txt")  # opening it for reading would block for ever
    got = load_dossier(d)
    assert NOT_REGULAR in _errors(got)["pijp.txt"]
    assert len(got.documents) == 3
    with pytest.raises(ReadError, match="geen gewoon bestand"):
        read_file(d / "pijp.txt")


def test_device_is_listed(tmp_path: Path, good_dossier) -> None:
    d = good_dossier(tmp_path / "VLD-3")
    try:
        os.mknod(d / "nul.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null
    except PermissionError:
        pytest.skip("creating a device needs root")
    assert NOT_REGULAR in _errors(load_dossier(d))["nul.txt"]


def test_unreadable_subfolder_is_listed(tmp_path: Path, good_dossier, monkeypatch) -> None:
    d = good_dossier(tmp_path / "VLD-4")
    (d / "bijlagen").mkdir()
    (d / "bijlagen" / "verslag.txt").write_text("tekst\n", encoding="utf-8")
    real = dossier_mod._entries

    def entries(folder: Path):
        if Path(folder).name == "bijlagen":  # chmod 000 does not stop root: fail the listing itself
            raise PermissionError(13, "Permission denied")
        return real(folder)

    monkeypatch.setattr(dossier_mod, "_entries", entries)
    assert _errors(load_dossier(d)) == {"bijlagen/": "Niet gelezen: map niet leesbaar"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder with mode 000")
def test_unreadable_subfolder_for_real(tmp_path: Path, good_dossier) -> None:
    d = good_dossier(tmp_path / "VLD-5")
    (d / "bijlagen").mkdir()
    (d / "bijlagen" / "verslag.txt").write_text("tekst\n", encoding="utf-8")
    os.chmod(d / "bijlagen", 0)
    try:
        assert "map niet leesbaar" in _errors(load_dossier(d))["bijlagen/"]
    finally:
        os.chmod(d / "bijlagen", 0o755)


def test_unsupported_type_says_so(tmp_path: Path, good_dossier) -> None:
    d = good_dossier(tmp_path / "VLD-6")
    (d / "foto.heic").write_bytes(b"\x00\x01")
    assert "bestandstype niet ondersteund" in _errors(load_dossier(d))["foto.heic"]


def test_empty_input_folder_is_a_dossier_without_readable_file(tmp_path: Path) -> None:
    (tmp_path / "leeg").mkdir()
    [d] = list(iter_dossiers(tmp_path / "leeg"))
    assert d.documents == [] and [e.file for e in d.errors] == ["leeg/"]
    assert "geen leesbaar bestand" in d.errors[0].message


def test_binary_garbage_without_nul_bytes_is_refused(tmp_path: Path) -> None:
    rnd = random.Random(14)
    path = tmp_path / "rommel.txt"
    path.write_bytes(bytes(rnd.randrange(1, 256) for _ in range(20_000)))  # no NUL: decodes as latin-1
    with pytest.raises(ReadError, match="geen leesbare tekst") as info:
        read_file(path)
    assert info.value.sha256 is not None  # the bytes were read: provenance can still name them


def test_a_few_stray_control_characters_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "oud.txt"
    path.write_bytes(b"12-03-2024 | Huisbezoek\x0c\nSanne apart gesproken.\x1a\n" * 3 + b"\x01\x02\n")
    assert "Sanne" in read_file(path).text


def test_run_lists_every_unread_entry_and_exits_1(tmp_path: Path, good_dossier, capsys) -> None:
    """End to end: a link, a FIFO, an empty folder and a gold.json-only folder, each in the JSON errors."""
    corpus = tmp_path / "corpus"
    d = good_dossier(corpus / "VLD-A")
    os.symlink("/etc/passwd", d / "passwd.txt")
    os.mkfifo(d / "pijp.txt")
    (corpus / "VLD-LEEG").mkdir()
    (corpus / "VLD-GOLD").mkdir()
    (corpus / "VLD-GOLD" / "gold.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    status = main(["run", str(corpus), "--out", str(out), "--as-of", "2025-06-01", "--no-progress",
                   "--pipeline", "embedded"])
    assert status == 1
    audits = {p.stem: json.loads(p.read_text("utf-8")) for p in out.glob("*.json")}
    assert sorted(audits) == ["VLD-A", "VLD-GOLD", "VLD-LEEG"]
    a = {e["file"]: e["message"] for e in audits["VLD-A"]["errors"]}
    assert NOT_FOLLOWED in a["passwd.txt"] and NOT_REGULAR in a["pijp.txt"]
    files = {f["file"]: f for f in audits["VLD-A"]["provenance"]["files"]}
    assert files["pijp.txt"]["sha256"] is None and "geen gewoon bestand" in files["pijp.txt"]["note"]
    for empty in ("VLD-LEEG", "VLD-GOLD"):
        assert ["geen leesbaar bestand" in e["message"] for e in audits[empty]["errors"]] == [True]
        assert set(audits[empty]["norms"].values()) == {"n/a"}
    err = capsys.readouterr().err
    assert "passwd.txt" in err and "pijp.txt" in err and "VLD-LEEG" in err
    assert "root:" not in err


def _remove_chain(root: Path, depth: int) -> None:
    """Remove a root/d/d/.../d chain bottom-up (shutil.rmtree recurses per level: pytest's cleanup would fail)."""
    for level in range(depth, -1, -1):
        folder = Path(root, *(["d"] * level))
        for child in folder.iterdir():
            if child.name == "d" and child.is_dir() and not child.is_symlink():
                child.rmdir()  # emptied one level further down
            elif child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()


def test_deep_nesting_neither_recurses_nor_vanishes() -> None:
    """1,100 nested folders: more than Python's recursion limit; still one readable file found, quickly.

    Built outside pytest's tmp_path: its clean-up (shutil.rmtree) recurses per level and would fail
    on a later run if this test were killed before removing the chain itself.
    """
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="dossier-audit-diep-"))
    root = base / "VLD-diep"
    root.mkdir()
    fd = os.open(root, os.O_RDONLY)
    for _ in range(1100):  # relative to a descriptor: no helper that recurses per level
        os.mkdir("d", dir_fd=fd)
        fd, old = os.open("d", os.O_RDONLY, dir_fd=fd), fd
        os.close(old)
    os.close(fd)
    try:
        (Path(root, *(["d"] * 1100)) / "journaal.txt").write_text(
            "12-03-2024 | Huisbezoek\nSanne apart gesproken.\n", encoding="utf-8")
        (root / "e").mkdir()
        (root / "e" / "notitie.txt").write_text("tekst\n", encoding="utf-8")
        got = list(iter_dossiers(root))
        assert sum(len(d.documents) for d in got) == 2 and not any(d.errors for d in got)
    finally:
        _remove_chain(root, 1100)
        root.rmdir()
        base.rmdir()
