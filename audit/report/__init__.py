"""Outputs: the JSON contract (``contract``), its shipped JSON Schema (``schema``) and the files (``write``)."""
from audit.norms import NORM_NAMES
from audit.report.schema import output_schema, validate
from audit.report.write import SUMMARY_FIELDS, atomic_write, safe_filename, summary_row, write_audit, write_summary

__all__ = ["NORM_NAMES", "SUMMARY_FIELDS", "atomic_write", "output_schema", "safe_filename", "summary_row",
           "validate", "write_audit", "write_summary"]
