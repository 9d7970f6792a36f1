"""Point 2 of issue 14: a failed file is hashed streamed, capped, and only when it is a regular file."""
from __future__ import annotations

import hashlib
import os
import resource
import signal
import time
from pathlib import Path

import pytest

from audit.pipeline import _error_sha
from audit.read.base import sha256_file
from audit.types import Dossier, FileError

MB = 1024 * 1024


@pytest.fixture
def deadline():
    """Fail (instead of hanging the suite) when a call blocks: SIGALRM interrupts a blocking open."""
    def on_alarm(signum, frame):
        raise TimeoutError("blocked")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_fifo_is_not_opened(tmp_path: Path, deadline) -> None:
    os.mkfifo(tmp_path / "pijp.txt")
    dossier = Dossier("D", tmp_path)
    sha, why = _error_sha(dossier, FileError("pijp.txt", "x"), 150 * MB)
    assert sha is None and "geen gewoon bestand" in why


def test_fifo_named_as_the_input(tmp_path: Path, deadline) -> None:
    os.mkfifo(tmp_path / "pijp.txt")
    dossier = Dossier("pijp", tmp_path / "pijp.txt")
    assert _error_sha(dossier, FileError("pijp.txt", "x"), 150 * MB)[0] is None


def test_dev_zero_is_not_read(deadline) -> None:
    dossier = Dossier("zero", Path("/dev/zero"))
    started = time.monotonic()
    sha, why = _error_sha(dossier, FileError("zero", "x"), 150 * MB)
    assert sha is None and "geen gewoon bestand" in why
    assert time.monotonic() - started < 1


def test_huge_sparse_file_is_not_read(tmp_path: Path, deadline) -> None:
    big = tmp_path / "groot.txt"
    with open(big, "wb") as fh:
        fh.truncate(6 * 1024 * MB)  # 6 GB, sparse: costs no disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    sha, why = _error_sha(Dossier("D", tmp_path), FileError("groot.txt", "x"), 150 * MB)
    assert sha is None and "read.max_file_mb" in why
    assert time.monotonic() - started < 1
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KiB


def test_link_is_not_followed(tmp_path: Path) -> None:
    os.symlink("/etc/passwd", tmp_path / "passwd.txt")
    sha, why = _error_sha(Dossier("D", tmp_path), FileError("passwd.txt", "x"), 150 * MB)
    assert sha is None and "symbolische koppeling" in why


def test_regular_file_under_the_cap_is_hashed_in_chunks(tmp_path: Path) -> None:
    data = os.urandom(3 * MB + 17)
    (tmp_path / "kapot.pdf").write_bytes(data)
    sha, why = _error_sha(Dossier("D", tmp_path), FileError("kapot.pdf", "x"), 150 * MB)
    assert (sha, why) == (hashlib.sha256(data).hexdigest(), None)
    assert sha256_file(tmp_path / "kapot.pdf", 1 * MB) == (None, "geen controlegetal: bestand groter dan 1 MB "
                                                                 "(read.max_file_mb)")


def test_file_inside_a_zip_is_not_hashed_as_the_zip(tmp_path: Path) -> None:
    """The extracted copy is gone: the archive's own hash must not stand in for the file's."""
    (tmp_path / "d.zip").write_bytes(b"PK")
    sha, why = _error_sha(Dossier("d", tmp_path / "d.zip" / "VLD-1"), FileError("kapot.pdf", "x"), 150 * MB)
    assert sha is None and "zip" in why


def test_cap_comes_from_the_setting(tmp_path: Path, good_dossier) -> None:
    """read.max_file_mb: a file over it is refused by the reader and not hashed either."""
    from audit.cli._util import settings
    from audit.read import load_dossier
    import argparse

    d = good_dossier(tmp_path / "VLD-1")
    (d / "groot.txt").write_bytes(b"regel\n" * (2 * MB // 6 + 1))
    args = argparse.Namespace(config=None, overrides=["read.max_file_mb=1"], rules=None)
    try:
        config = settings(args)
        errors = {e.file: e.message for e in load_dossier(d).errors}
        assert "te groot" in errors["groot.txt"]
        assert config.read.max_file_mb == 1
    finally:
        settings(argparse.Namespace(config=None, overrides=[], rules=None))  # back to the default cap
