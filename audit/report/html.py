"""The HTML reports: one page per dossier and the sample overview, both self-contained.

Jinja2 with ``autoescape=True`` escapes every value (dossier text included) unless it
is our own SVG (``Markup``); a strict undefined turns a template typo into an error
instead of a silently empty cell. The pages load nothing from anywhere: the CSS is
inlined, the charts are inline SVG, and a Content-Security-Policy forbids the browser
any fetch should something slip in.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from audit.report.dossier_view import dossier_view
from audit.report.labels import count_nl
from audit.report.overview import overview_view
from audit.report.write import atomic_write, page_name

INDEX = "index.html"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("audit.report", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["count"] = count_nl
    return env


def _version(audits: list[dict[str, Any]]) -> str:
    return str(audits[0].get("provenance", {}).get("tool_version", "")) if audits else ""


def render_dossier(audit: dict[str, Any]) -> str:
    """The page of one audit."""
    return environment().get_template("dossier.html").render(v=dossier_view(audit), version=_version([audit]))


def render_overview(audits: list[dict[str, Any]], as_of: dt.date | None = None) -> str:
    """The overview of a sample of audits."""
    return environment().get_template(INDEX).render(v=overview_view(audits, as_of), version=_version(audits))


def write_dossier_page(audit: dict[str, Any], out_dir: Path, *, private: bool = False) -> Path:
    path = Path(out_dir) / page_name(audit["dossier_id"])
    atomic_write(path, render_dossier(audit), private=private)
    return path


def write_overview(audits: list[dict[str, Any]], out_dir: Path, *, as_of: dt.date | None = None,
                   private: bool = False) -> Path:
    path = Path(out_dir) / INDEX
    atomic_write(path, render_overview(audits, as_of), private=private)
    return path
