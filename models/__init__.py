"""The trained models dossier-audit ships; this folder is installed as the package ``audit.models``.

Found at run time with ``importlib.resources.files("audit.models")`` (see ``audit.ml.store``),
in an editable install and in a wheel alike.
"""
