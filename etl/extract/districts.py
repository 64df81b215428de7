"""Where a town lies, by the district or region named with it, and a city's own districts.

"Kozacha Lopan, Kharkiv district" and "Korosten, a junction in the north of Zhytomyr region" locate the town
(the namesake in that district's region); "Millerovsky district" is Millerovo's; "the Zavodskoy district of
Saratov" is the city's, no town of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ..places import Gazetteer, Place
from .tokens import Sentence, Token
from .verbs import COORDINATORS

if TYPE_CHECKING:
    from .placenames import PlaceMention


def district_of_city(tokens: list[Token], k: int, gazetteer: Gazetteer, lex: Lexicon) -> bool:
    """Whether token k names a city's district by the words after it: "Zavodskoy district of Saratov"."""
    if not (district_after(tokens, k + 1, lex) and k + 3 < len(tokens) and tokens[k + 2].lower == "of"):
        return False
    city, after = tokens[k + 3], tokens[k + 4].lower if k + 4 < len(tokens) else ""
    if not city.text[:1].isupper() or after in lex.office_areas or after in lex.district_words:
        return False  # "the Bohodukhiv district of Kharkiv region": the region's
    place = gazetteer.lookup(city.text)
    return place is not None and place.place_type == "city"


def district_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k is a district word ("... district", "... raion")."""
    return k < len(tokens) and tokens[k].lower in lex.district_words


DISTRICT_LINK = re.compile(r"\s*(?:(?:hromada|community|village|town)\b\s*)?(?:,|\(|in\b|of\b)?\s*(?:the\s+)?")


def locates_town(town: PlaceMention, district: PlaceMention, sentence: Sentence, lex: Lexicon) -> bool:
    """Whether ``district`` names the district the town right before it lies in: "Kozacha Lopan, Kharkiv
    district", "the Mezhova hromada of the Synelnykove district", "Zolochiv in the Bohodukhiv district"."""
    if town.place is None or town.place.place_type != "city" or town.role != "target" or district.role != "target":
        return False
    if district.text.rsplit(" ", 1)[-1].lower() not in lex.district_words or district.place == town.place:
        return False
    gap = sentence.text[town.end - sentence.start : district.start - sentence.start]
    return DISTRICT_LINK.fullmatch(gap) is not None


APPOSITION_WORDS = 12  # words of an apposition that says where a town lies


def in_its_apposition(town: PlaceMention, region: PlaceMention, sentence: Sentence, lex: Lexicon) -> bool:
    """Whether ``region`` is the town's own region, named in an apposition right after it ("Korosten, one of
    the largest railway junctions in the north of Zhytomyr region", "Bilopillia, a town in Sumy region")."""
    if town.place is None or region.place is None or town.role != "target" or region.role != "target":
        return False
    if town.place.place_type != "city" or region.place.place_type != "region" or town.place.region != region.place.name:
        return False
    gap = sentence.text[town.end - sentence.start : region.start - sentence.start]
    if not gap.startswith(", ") or len(gap.split()) > APPOSITION_WORDS or any(c in gap[1:] for c in ",;:.()"):
        return False
    words = gap.lower().split()[1:]  # (after the comma; none in "Sumy, Sumy region")
    return not (words and words[0] in COORDINATORS) and lex.any_trigger.search(gap.lower()) is None  # no clause
    # (", and shelling hit the north of ...")


def town_in(town: PlaceMention, district: PlaceMention, gazetteer: Gazetteer) -> Place | None:
    """The town of that name in the district's region ("Bilenke, Zaporizhzhia district": not a Bilenke elsewhere),
    or None when the gazetteer knows none there."""
    region = district.place.own_region if district.place is not None else ""
    if town.place is None or not region or town.place.region == region:
        return town.place
    return next((p for p in gazetteer.namesakes(town.text) if p.region == region), None)


DISTRICT_ADJECTIVE = re.compile(r"(?:sk(?:y|iy|yi|yy|i)|ska|ske)$")  # "Millerovsky", "Pavlohradskyi", "Nikopolska"
TOWN_ENDINGS = ("", "o", "a", "e", "sk", "y", "i")  # what the town's name ends in where the adjective has "-sky"


def district_town(word: str, gazetteer: Gazetteer) -> Place | None:
    """The town a district is named for by an adjective ("Millerovsky" district: Millerovo, "Pavlohradskyi":
    Pavlohrad, "Kramatorskyi": Kramatorsk), a city or town of the gazetteer; else None."""
    stem = DISTRICT_ADJECTIVE.sub("", word)
    if stem == word or len(stem) < 3:
        return None
    for ending in TOWN_ENDINGS:
        place = gazetteer.lookup(stem + ending)
        if place is not None and place.place_type == "city":
            return place
    return None
