"""Fuzz targets for rasid (see targets.py); `make fuzz` runs them with atheris."""
