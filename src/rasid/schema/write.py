"""Regenerate the shipped schema file: `python -m rasid.schema.write`."""

from rasid.schema import write

if __name__ == "__main__":
    print(write())
