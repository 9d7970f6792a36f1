"""Synthetic, fictional Dutch foster-care training data (see training/README.md)."""
