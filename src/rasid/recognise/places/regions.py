"""Regions named by a direction and a country adjective: "الجنوب اللبناني", "الأراضي السورية".

The news names a country's part with a definite direction noun and the country's
adjective ("الشمال السوري", "الغرب الليبي") and the country itself with "الأراضي" or
"الأرض" ("داخل الأراضي التركية"). Both words are listed in place_context.tsv: the noun as
`region` (English direction and offset), the adjective as `nisba` (the country's code).
"""

from __future__ import annotations

from dataclasses import replace

from rasid.link.gazetteer import Gazetteer
from rasid.recognise.places.evidence import FoundPlace, Reader


def nisba_regions(reader: Reader, gaz: Gazetteer) -> list[FoundPlace]:
    """Every "direction/land noun + country adjective" pair of the text, as a place."""
    ctx = reader.ctx
    out: list[FoundPlace] = []
    for i in range(len(reader.words) - 1):
        # The country adjective first: one dict look-up rules out almost every word.
        iso = ctx.values.get((reader.word(i + 1), "nisba"))
        country = gaz.countries.get(iso or "")
        if country is None:
            continue
        if not reader.spaced(i, i + 1) or i in reader.agency_words:
            continue
        if reader.joined(i - 1, i) and ctx.has(reader.word(i - 1), "org"):
            continue  # "شبكة الشمال السوري": an outlet's name
        for clitic, rest, kinds in ctx.readings(reader.word(i)):
            if "region" not in kinds:
                continue
            label, dlat, dlon = ctx.values.get((rest, "region"), "||").split("|")
            place = replace(country, name_ar=f"{rest} {reader.word(i + 1)}")
            if label:
                place = replace(
                    place,
                    name=f"{label} {country.name}",
                    lat=round(country.lat + float(dlat or 0), 2),
                    lon=round(country.lon + float(dlon or 0), 2),
                    precision="admin1",
                    geonames_id=None,
                    population=0,
                    source="alias",
                )
            start = reader.words[i][0] + len(clitic)
            out.append(FoundPlace(start, reader.words[i + 1][1], place, composed=bool(label)))
            break
    return out
