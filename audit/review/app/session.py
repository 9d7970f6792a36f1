"""What the app keeps between reruns: folders, reviewer, and cached audits, log and dossiers.

Folders come from the command line after ``--`` (``--audits``, ``--dossiers``,
``--annotations``, ``--reviewer``) and can be changed in the sidebar. Caches are
keyed by file signatures, so new audits or new log lines show up without a restart.
"""
from __future__ import annotations

import argparse
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

import streamlit as st

from audit.review.loading import DossierText, audits_signature, dossier_folder, folder_signature, load_audits
from audit.review.log import AnnotationLog
from audit.review.replay import ReplayState

ss = st.session_state
PAGES = ["Overzicht", "Dossier", "Doelencheck", "Verschillen"]


def cli_defaults() -> dict[str, str]:
    """Folders given after ``--`` on the streamlit command line (absent under tests)."""
    p = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    p.add_argument("--audits", default="")
    p.add_argument("--dossiers", default="")
    p.add_argument("--annotations", default="")
    p.add_argument("--reviewer", default="")
    args, _ = p.parse_known_args(sys.argv[1:])
    return {"audits_dir": args.audits, "dossiers_dir": args.dossiers,
            "annotations_dir": args.annotations or "annotations", "reviewer": args.reviewer}


@st.cache_resource(max_entries=4, show_spinner=False)
def _audits(path: str, signature: tuple) -> dict:
    return load_audits(Path(path))


@st.cache_resource(max_entries=4, show_spinner=False)
def _replay(path: str, signature: tuple) -> ReplayState:
    return AnnotationLog(Path(path)).replay()


#: one reader thread: a long dossier is read while the page is already in use (evidence sentences first)
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier-lezen")


def _read(path: str) -> DossierText:
    from audit.read import load_dossier

    return DossierText(load_dossier(Path(path)))


@st.cache_resource(max_entries=8, show_spinner=False)
def _dossier_future(path: str, signature: tuple) -> Future:
    return _READER.submit(_read, path)


@st.cache_resource(show_spinner=False)
def goal_model() -> Any:
    """The goal scorer's model (None when no model file is shipped)."""
    from audit.ml.goal_model import default_model

    return default_model()


def audits() -> dict:
    """Every audit in the audits folder by dossier id."""
    d = ss.get("audits_dir", "").strip()
    return _audits(d, audits_signature(Path(d))) if d else {}


def _annotations_dir() -> Path:
    return Path(ss.get("annotations_dir", "").strip() or "annotations")


def state() -> ReplayState:
    """The whole log replayed (cached until a log file changes)."""
    d = _annotations_dir()
    return _replay(str(d), folder_signature(d))


def dossier_text(dossier_id: str, wait: float = 1.0) -> DossierText | Future | None:
    """The dossier's files; None when the dossiers folder does not hold it or they could not be read.

    Reading a long dossier (a PDF of a hundred pages) takes seconds: it runs in a
    background thread, and while it does this returns the pending ``Future`` after at
    most ``wait`` seconds, so the page can show the evidence sentences at once.
    """
    d = ss.get("dossiers_dir", "").strip()
    folder = dossier_folder(Path(d), dossier_id) if d else None
    if folder is None:
        return None
    future = _dossier_future(str(folder), folder_signature(folder))
    try:
        return future.result(timeout=wait)
    except FutureTimeout:
        return future
    except Exception:  # unreadable: the page says so and shows the recorded sentences
        return None


def reviewer() -> str:
    """The reviewer's name as typed, spaces normalised ("" until filled in)."""
    return " ".join(str(ss.get("reviewer", "")).split())


def log() -> AnnotationLog:
    return AnnotationLog(_annotations_dir())
