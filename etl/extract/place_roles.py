"""The role a place name plays in its sentence, from the words around it: the target of an attack, where weapons
were launched from, a side acting, an owner, a landmark that locates another place, a dateline."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..places import Place
from .tokens import Token, after_aside

COMPASS = re.compile(r"(?:north|south)?-?(?:east|west)|north|south")  # "west", "north-east", "southwest"
DISTANCE_WORDS = {"km", "kilometers", "kilometres", "miles", "mi", "far", "away", "metres", "meters", ")"}

DATELINE_WORDS = 7  # "KYIV / ANKARA / BRUSSELS": a line of places in capitals, where a story was written
DATELINE_MARKS = ("/", ",", "-", "–", "—", "|")


def launched_from(between: list[str], lex: Lexicon) -> bool:
    """Whether a place after "from" and ``between`` is where weapons were launched: not past a word that turns to
    the target ("from Bryansk region towards Chernihiv"), nor past a thing people or debris come out of ("pulled
    from the rubble in Dnipro")."""
    return not any(word in lex.target_prepositions or word in lex.not_launch_sites for word in between)


ROUTE_DASHES = ("–", "—", "-")


def on_route(tokens: list[Token], i: int, end: int, before: list[str], lex: Lexicon) -> bool:
    """Whether the place at tokens i..end is an end of a route named with a dash ("train No. 780 Shostka – Kyiv",
    "the Kharkiv-Kyiv bus"): where a train runs between, not where anything happened."""
    if tokens[end - 1].text in ROUTE_DASHES:  # "Kyiv–Sumy": the name's span took the dash
        end -= 1
    ends = bool(before) and before[-1] in ROUTE_DASHES and i >= 2 and tokens[i - 2].text[:1].isupper()
    starts = end + 1 < len(tokens) and tokens[end].text in ROUTE_DASHES and tokens[end + 1].text[:1].isupper()
    if not (ends or starts):  # (most places: no dash next to them)
        return False
    near = set(before) | {t.lower for t in tokens[end : end + 3]}
    return not lex.route_words.isdisjoint(near)


def place_role(tokens: list[Token], i: int, end: int, lex: Lexicon, place: Place | None = None) -> str:
    """Target, origin, actor, owner or dateline, from the words around the place name of tokens i..end."""
    if (
        i == 0
        and end < len(tokens)
        and (tokens[end].text == "(" or (tokens[0].text.isupper() and tokens[end].text == ","))
    ):
        return "dateline"  # "KYIV, Dec 14 (Reuters) -", "Moscow (AFP) -": where it was written
    if i == 0 and end == len(tokens) and place is not None and place.place_type == "city":
        if all(t.text.isupper() for t in tokens):
            return "dateline"  # "MOSCOW" on a line of its own above the lead (a region in capitals heads a section)
    if len(tokens) <= DATELINE_WORDS and any(t.text in DATELINE_MARKS for t in tokens):
        capitals = all(
            (t.text.isupper() and t.lower not in lex.place_suffixes) or t.text in DATELINE_MARKS for t in tokens
        )
        wire = any(t.text in lex.wire_agencies for t in tokens) and all(
            t.text[:1].isupper() or t.text in DATELINE_MARKS for t in tokens
        )
        if capitals or wire:
            return "dateline"  # a line of its own: "KYIV / ANKARA", "EFE | Kyiv" (not a heading: "ZAPORIZHZHIA REGION")
    if end < len(tokens) and tokens[end].lower in lex.landmark_nouns:
        return "landmark"  # "the port of Tuapse on Russia's Black Sea coast": where it lies, no place of its own
    before = [t.lower for t in tokens[max(0, i - 8) : i]]
    bearing = before[-1:] == ["of"] and len(before) > 1 and COMPASS.fullmatch(before[-2]) is not None
    if bearing and before[-3:-2] != ["the"]:  # "a port town about 110 kilometers west of St. Petersburg",
        return "landmark"  # "Ramenskoye, southeast of Moscow", "the Ryazan refinery southeast of Moscow": measured
        # from it ("in the south of the Kharkiv region" is in it)
    if "from" in before:  # "launched from the temporarily occupied Crimea", "from 11 bombers over the Caspian Sea"
        # (not "from Russia struck Kharkiv")
        start = len(before) - before[::-1].index("from")
        if set(before[max(0, start - 3) : start - 1]) & DISTANCE_WORDS:
            return "landmark"  # "100 kilometers (62 miles) from the border with Ukraine", "not far from X"
        between = before[start:]
        two_way = before[max(0, start - 3) : start - 1] == ["to", "and"]  # "flights to and from Warsaw Chopin"
        if not two_way and not any(
            lex.starts_with_trigger(word) or word == "," or is_event(word, lex) for word in between
        ):
            if launched_from(between, lex):  # not "the toll from the strike on Odesa"
                return "origin"
    if "launch" in before and "areas" in before:
        return "origin"
    bare = before[:-1] if before[-1:] == ["the"] else before  # "made in the United Kingdom"
    actor_before = lex.place_actor_before
    if " ".join(before[-2:]) in actor_before or " ".join(before[-1:]) in actor_before:
        return "actor"  # "armed forces of Ukraine"
    if bare is not before and (" ".join(bare[-2:]) in actor_before or " ".join(bare[-1:]) in actor_before):
        return "actor"  # "called on the United States"
    if " ".join(bare[-2:]) in lex.place_owner_before:
        return "owner"  # "a cargo ship flying the flag of Panama", "missiles made in the United Kingdom"
    if " ".join(bare[-2:]) in lex.place_destination_before:
        return "destination"  # "three flights diverted to Samara"
    if on_route(tokens, i, end, before, lex):
        return "destination"  # "train No. 780 Shostka – Kyiv"
    bare = bare[:-1] if bare[-1:] == ["both"] else bare  # "which borders both Russia and Belarus"
    if bare[-1:] and (bare[-1] in lex.place_landmark_before or " ".join(bare[-2:]) in lex.place_landmark_before):
        return "landmark"  # "the Belgorod region, which borders Kharkiv": it locates the region
    following = end
    while following < len(tokens) and tokens[following].lower in lex.speech_adverbs:
        following += 1  # "Russia also launched"
    after = tokens[following].lower if following < len(tokens) else ""
    if after == "and" and following + 2 < len(tokens) and tokens[following + 2].lower in lex.speech_verbs:
        return "actor"  # "both Moscow and Kyiv reported"
    last = tokens[end - 1].lower
    passive = any(t.lower in lex.passive_auxiliaries for t in tokens[end:following])  # "Nikopol was shelled"
    passive = passive or (following + 1 < len(tokens) and tokens[following + 1].lower == "by")  # "Odesa attacked by"
    aside = after_aside(tokens, end) if after == "," else end  # "Russia, meanwhile, launched" (not "Kazan
    aside_word = tokens[aside].lower if end < aside < len(tokens) else ""  # airport, RIA reported, citing")
    governed = (  # "the port of Odesa hit a vessel": no subject of the verb after it (but "of Kyiv's attacks")
        bool(bare) and (bare[-1] in lex.place_prepositions or bare[-1] == "of") and not last.endswith(("'s", "’s"))
    )
    if after in lex.speech_verbs or (
        not passive
        and not governed
        and (
            after in lex.place_actor_verbs
            or after.startswith(lex.attack_verb_prefixes)
            or (aside_word and aside_word.startswith(lex.attack_verb_prefixes))
        )
    ):
        return "actor"
    if place is not None and not place.country and after in lex.place_kinds:
        return "landmark"  # "the Black Sea port city of Odesa": the sea says where the port is
    if place is not None and place.place_type == "country" and last.endswith(("'s", "’s")):
        return "owner"  # "Ukraine's largest attack", "Russia's Belgorod region": the place is not the target
    if (last.endswith("'s") or last.endswith("’s")) and after in lex.source_words | lex.possessive_actor_words:
        return "actor"
    if after in lex.place_owner_after:
        return "owner"  # "a grain vessel flying the Panama flag"
    if after in lex.seat_words or after.removesuffix("'s").removesuffix("’s") in lex.seat_words:
        return "actor"  # "appointed by the Kiev authorities", "the Kiev regime('s drones)": the government seated there
    if place is not None and not place.country and following < len(tokens) and tokens[following].text[:1].isupper():
        return "owner"  # "the Black Sea Grain Initiative": a sea opening a name is no place of the story
    return "target"


def is_event(word: str, lex: Lexicon) -> bool:
    """'strike', 'attack', 'shelling': an event noun (what comes 'from' it is no launch area)."""
    found = lex.head_class(word)
    return found is not None and found[0] in ("attack_event", "explosion")
