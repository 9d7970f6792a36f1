"""`dossier-audit review AUDITS_DIR`: start the reviewer app on localhost.

Runs ``python -m streamlit run`` on the app script shipped in the package
(``audit/review/app/main.py``) with the safety settings on the command line
(so they hold whatever the working directory): bound to localhost, no usage
statistics, headless, XSRF protection on.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

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


def command(args: argparse.Namespace, app: Path = APP) -> list[str]:
    """The streamlit command line for ``args`` (tested without starting anything)."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(app),
           "--server.address", "localhost", "--server.port", str(args.port), "--server.headless", "true",
           "--server.enableXsrfProtection", "true", "--browser.gatherUsageStats", "false",
           "--", "--audits", str(args.audits_dir.resolve()), "--annotations", str(args.annotations.resolve())]
    if args.dossiers is not None:
        cmd += ["--dossiers", str(args.dossiers.resolve())]
    return cmd


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
