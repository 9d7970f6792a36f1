"""norms stage."""
