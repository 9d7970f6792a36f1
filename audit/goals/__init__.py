"""goals stage."""
