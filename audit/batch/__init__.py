"""A run over many dossiers: find them, fingerprint them, audit them in worker processes, write safely.

``read.open_sources`` lists the dossiers without reading them -> ``fingerprint`` keys each
by the SHA-256 of its files, the tool, config, rules, models and peildatum -> ``cache``
reuses an unchanged dossier's earlier audit -> ``pool`` audits the rest in worker
processes (models loaded once per worker; a time and memory limit per file; a crash costs
one file, never the batch) -> ``staging`` writes everything beside the output folder's
contents and moves it in place only when the run is complete.
"""
