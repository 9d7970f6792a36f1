"""dossier-audit: reads Dutch foster-care case files and reports, with evidence, what they show and miss."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dossier-audit")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+src"
