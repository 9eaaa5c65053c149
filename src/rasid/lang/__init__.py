"""Language support; one subpackage per language (ar)."""
