"""Outputs: text for terminals, JSON, HTML."""
