"""Arabic language support: normalisation, segmentation and the language data files."""
