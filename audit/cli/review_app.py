"""`dossier-audit review AUDITS_DIR`: start the reviewer app on localhost.

Runs ``python -m streamlit run`` on the app script shipped in the package
(``audit/review/app/main.py``) with the safety settings on the command line
(``SAFE_OPTIONS``, so they hold whatever the working directory): bound to
localhost, no usage statistics, headless, XSRF protection on, no tracebacks in the
page. ``streamlit run app.py`` started from another folder than the repository
does not read ``.streamlit/config.toml`` and gets Streamlit's defaults (all
interfaces, usage statistics on); Streamlit cannot switch those off once it runs,
so the app calls :func:`guard_app` first: it refuses to run (a Dutch message with
the exact command to use) unless the settings in force are safe.
"""
from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

from audit.cli._util import UsageError
from audit.review.app import SCRIPT as APP


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("review", help="de beoordelingsapp starten (bevindingen bevestigen of corrigeren)",
                       description="Start de beoordelingsapp in de browser, alleen op deze computer (localhost).")
    p.add_argument("audits_dir", type=Path, metavar="AUDITS_DIR", help="map met de audit-JSON van 'dossier-audit run'")
    p.add_argument("--dossiers", type=Path, default=None,
                   help="map met de dossiermappen (om het bewijs in de omringende tekst te tonen)")
    p.add_argument("--annotations", type=Path, default=Path("annotations"),
                   help="map voor het logboek van beoordelingen (standaard: annotations/)")
    p.add_argument("--port", type=int, default=8501, help="poort op localhost (standaard: 8501)")
    p.set_defaults(handler=run)
    return p


#: the settings the reviewer app runs with, whatever folder it is started from
SAFE_OPTIONS: dict[str, str] = {
    "server.address": "localhost", "server.headless": "true", "server.enableXsrfProtection": "true",
    "browser.gatherUsageStats": "false", "client.showErrorDetails": "type", "client.toolbarMode": "minimal",
}
LOCAL_ADDRESSES = ("localhost", "127.0.0.1", "::1")


def safe_flags() -> list[str]:
    """``SAFE_OPTIONS`` as ``streamlit run`` flags."""
    return [part for key, value in SAFE_OPTIONS.items() for part in (f"--{key}", value)]


def command(args: argparse.Namespace, app: Path = APP) -> list[str]:
    """The streamlit command line for ``args`` (tested without starting anything)."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), *safe_flags(), "--server.port", str(args.port),
           "--", "--audits", str(args.audits_dir.resolve()), "--annotations", str(args.annotations.resolve())]
    if args.dossiers is not None:
        cmd += ["--dossiers", str(args.dossiers.resolve())]
    return cmd


def unsafe_settings(get_option: Callable[[str], Any] | None = None) -> list[str]:
    """What in the running Streamlit's settings breaks the app's safety rules (Dutch); empty when safe."""
    if get_option is None:
        from streamlit import config

        get_option = config.get_option
    problems = []
    if get_option("server.address") not in LOCAL_ADDRESSES:
        problems.append("de app zou ook buiten deze computer bereikbaar zijn (server.address is niet localhost)")
    if get_option("browser.gatherUsageStats") not in (False, "false"):
        problems.append("gebruiksstatistieken naar Streamlit staan aan (browser.gatherUsageStats)")
    if get_option("server.enableXsrfProtection") not in (True, "true"):
        problems.append("XSRF-bescherming staat uit (server.enableXsrfProtection)")
    return problems


def safe_command(script_args: list[str]) -> str:
    """The exact command that starts the app safely, with the app's own arguments (``--audits`` ...)."""
    given = dict(zip(script_args[::2], script_args[1::2]))
    review = ["dossier-audit", "review", given.get("--audits", "AUDITMAP")]
    for flag in ("--dossiers", "--annotations"):
        if flag in given:
            review += [flag, given[flag]]
    plain = ["streamlit", "run", "app.py", *safe_flags(), "--", *(script_args or ["--audits", "AUDITMAP"])]
    return f"{shlex.join(review)}\n(of: {shlex.join(plain)})"


def refusal(problems: list[str], script_args: list[str]) -> str:
    """The Dutch message the app shows instead of itself when it was started unsafely."""
    return ("De beoordelingsapp start niet: " + "; ".join(problems) + ". Streamlit leest .streamlit/config.toml "
            "alleen in de map waar u het start, en deze instellingen kunnen niet meer veranderd worden als de app "
            "draait. Start de app zo:\n" + safe_command(script_args))


def guard_app(argv: list[str] | None = None) -> None:
    """First thing the app does: stop with ``refusal`` (shown in the page) unless the settings are safe."""
    problems = unsafe_settings()
    if not problems:
        return
    import streamlit as st
    from streamlit import config

    config.set_option("browser.gatherUsageStats", False)  # no more statistics from this process
    st.error(refusal(problems, list(sys.argv[1:] if argv is None else argv)))
    st.stop()


def _usage(message: str) -> int:
    raise UsageError(message)


def run(args: argparse.Namespace) -> int:
    if not APP.is_file():
        return _usage(f"app-script niet gevonden in het pakket ({APP}); installeer opnieuw (pip install --force-reinstall dossier-audit)")
    if not args.audits_dir.is_dir():
        return _usage(f"geen map: {args.audits_dir}")
    if args.dossiers is not None and not args.dossiers.is_dir():
        return _usage(f"geen map met dossiers: {args.dossiers}")
    try:
        import streamlit  # noqa: F401
    except ImportError:
        return _usage("de beoordelingsapp heeft streamlit nodig, dat niet is geïnstalleerd. Installeer het met: "
                      "pip install 'dossier-audit[review]' (vanuit de broncode: pip install -e '.[review]')")
    args.annotations.mkdir(parents=True, exist_ok=True)
    print(f"Beoordelingsapp op http://localhost:{args.port} (stoppen met Ctrl+C)", file=sys.stderr)
    try:
        return subprocess.call(command(args))
    except KeyboardInterrupt:
        return 0
