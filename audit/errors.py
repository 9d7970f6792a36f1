"""Exit codes and the one error type every command turns into a Dutch usage message (exit 2)."""
from __future__ import annotations

EXIT_OK = 0
EXIT_FILE_ERRORS = 1  # some file, dossier or log line could not be used; the batch went on
EXIT_USAGE = 2


class UsageError(Exception):
    """The user asked for something we cannot do (missing folder, bad option, bad config)."""
