"""Mention recognisers: each finds one kind of mention in the clean text and adds it to the record."""
