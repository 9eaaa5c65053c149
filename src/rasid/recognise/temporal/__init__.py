"""The date grammar, its vocabulary and the resolution of dates against the publication date."""
