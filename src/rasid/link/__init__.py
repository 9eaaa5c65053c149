"""Linking mentions to canonical entries: the gazetteer and place resolution."""
