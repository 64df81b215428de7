"""Step 3 of the grammar: the noun a quantity counts (its head: drones, people, buildings, flights...).

Modifiers between the number and the head are skipped ("13 Ukrainian attack drones") and a weapon head takes
in the weapon words that follow or are coordinated with it ("Kinzhal hypersonic missiles", "drones and
missiles"). A number without a head is *elliptical*; mentions.py looks for what it counts, first in the phrase
it ends ("the death toll rose to 15", "the number of damaged houses has grown to 40", "29 were Kh-101s").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import Lexicon
from .quantities import Quantity, is_age
from .tokens import Token, phrase

EVENT_HEADS = ("explosion", "attack_event")  # counted events, not things: "strikes", "explosions"
OPPONENT = {"russia": "ukraine", "ukraine": "russia"}
COMPOUND_HEADS = ("people", "fire")  # what the last noun of a compound may count ("depot workers", "house fires")


def is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def is_superlative(word: str) -> bool:
    """'largest', 'biggest', 'most' (as in "one of the most massive"): a rank follows, not a count."""
    return word in ("most", "worst", "best") or (word.endswith("est") and len(word) > 5)


@dataclass(slots=True)
class Mention:
    quantity: Quantity
    head: str | None = None
    weapon: str = ""
    model: str = ""
    head_end: int = 0
    side: str = ""
    elliptical: bool = False
    flags: set[str] = field(default_factory=set)
    total_of: Mention | None = None  # "14 of 16": the 16
    antecedent: Mention | None = None  # what an elliptical number ("Fifteen were destroyed") counts
    list_id: int = -1
    metrics: list[tuple[str, str]] = field(default_factory=list)  # (category, metric) once its figures are built


def family(weapon: str) -> str:
    """A weapon's family: the missile classes are all missiles."""
    if weapon in ("missile", "ballistic_missile", "cruise_missile"):
        return "missile"
    return weapon


def match_head(tokens: list[Token], i: int, lex: Lexicon) -> tuple[tuple[str, str, str], int] | None:
    """(head class, weapon, model) of the head starting at token i, and the index after it."""
    longest = min(4, len(tokens) - i)
    if longest <= 0:
        return None
    span = lex.head_span(phrase(tokens, i, longest))  # a head starting a shorter span starts this one too
    return None if span is None else (span[0], i + span[1])


ATTACK_HEADS = ("weapon", *EVENT_HEADS)
HARM_HEADS = (*ATTACK_HEADS, "killed_noun", "injured_noun")  # and its toll: "the deaths of civilians on Wednesday"


def names_attack(tokens: list[Token], lex: Lexicon, heads: tuple[str, ...] = ATTACK_HEADS) -> bool:
    """Whether a sentence names a weapon or an attack ("a missile and drone attack early on Saturday"), not
    talks or a visit on that day (or, with ``heads``, what else tells it)."""
    for i in range(len(tokens)):
        head = match_head(tokens, i, lex)
        if head is not None and head[0][0] in heads:
            return True
    return False


def combine_weapons(first: tuple[str, str], second: tuple[str, str]) -> tuple[str, str]:
    """Weapon and model of 'Kinzhal hypersonic missiles' from its two heads."""
    weapon1, model1 = first
    weapon2, model2 = second
    model = model1 or model2
    if weapon1 == weapon2:
        return weapon1, model
    families = {w.split("_")[-1] if w != "drone_or_missile" else w for w in (weapon1, weapon2)}
    if families == {"drone", "missile"}:
        return "drone_or_missile", model
    specific = [w for w in (weapon1, weapon2) if w not in ("missile", "drone_or_missile")]
    return (specific[0] if specific else weapon1), model


def describes_noun_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the words from token k (right after a head word) make that word a modifier: a noun it only
    describes ("fire crews"), or one after a coordinated modifier ("fire and rescue vehicles")."""
    if phrase(tokens, k, 1) in lex.modified_nouns:
        return True
    if phrase(tokens, k, 1) not in ("and", "&") or tokens[k - 1].lower.endswith("s"):
        return False  # ("three houses and a car": two counts)
    return (
        phrase(tokens, k + 1, 1).isalpha()
        and phrase(tokens, k + 1, 1) not in lex.stop_words
        and phrase(tokens, k + 2, 1) in lex.modified_nouns
    )


PEOPLE_CLASSES = ("people", "killed_noun", "injured_noun", "passenger", "weapon")  # heads that count people or arms


def names_object(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k starts a head that counts no people (a vessel, an object, a house)."""
    following = match_head(tokens, k, lex) if k < len(tokens) else None
    return following is not None and following[0][0] not in PEOPLE_CLASSES


def find_head(tokens: list[Token], q: Quantity, lex: Lexicon) -> Mention:
    """The noun a quantity counts, skipping modifiers ("13 Ukrainian attack drones")."""
    mention = Mention(q)
    i = q.last
    while i < len(tokens) and tokens[i].lower in lex.modifiers:
        mention.flags.add(tokens[i].lower)
        i += 1
    if i < len(tokens) and (tokens[i].lower == "of" or (tokens[i].lower == "out" and phrase(tokens, i, 2) == "out of")):
        i += 2 if tokens[i].lower == "out" else 1
        mention.flags.add("partitive")
        if i < len(tokens) and tokens[i].lower == "whom":  # "20 were injured, two of whom died"
            mention.flags.add("whom")
            mention.head, mention.head_end = "people", i + 1
            return mention
        if i < len(tokens) and tokens[i].lower in lex.relatives and not determines(tokens, i, lex):
            # "112 drones, 86 of which were shot down", "five of those were intercepted" (not "of those drones")
            mention.flags.add("whom")
            state = i + 2 if phrase(tokens, i + 1, 1) in lex.state_verbs else i + 1  # "two of them remain in hospital"
            if phrase(tokens, state, 1) in ("a", "an"):  # "one of them a seven-year-old boy"
                state += 1
                while state < len(tokens) - 1 and match_head(tokens, state, lex) is None and "-" in tokens[state].text:
                    state += 1
            following = match_head(tokens, state, lex)  # "two of them (were) children"
            condition = any(phrase(tokens, state, n) in lex.conditions for n in (1, 3, 4))  # "in a serious condition"
            if condition or (following is not None and following[0][0] == "people"):
                mention.flags.add("subset")  # "eight were hurt, two of them teenagers / seriously": who they were
            mention.head_end = i + 1
            mention.elliptical = True
            return mention
        while i < len(tokens) and (
            tokens[i].lower in lex.partitive_determiners or tokens[i].lower.endswith(("'s", "’s"))
        ):
            if tokens[i].lower in lex.owner_determiners:
                mention.flags.add("owned")  # "three of its employees": a body's staff, not a count made before
            i += 1
        if i < len(tokens) and is_superlative(tokens[i].lower):
            mention.flags.add("superlative")  # "one of the largest attacks": a rank, not a count
        elif i + 1 < len(tokens) and lex.number_ahead.match(tokens[i].lower) and is_superlative(tokens[i + 1].lower):
            mention.flags.add("superlative")  # "seven of the 10 largest attacks"
    elif i < len(tokens) and is_superlative(tokens[i].lower):
        mention.flags.add("superlative")  # "the five largest attacks of the month": how long a ranking is
    modifiers = 0
    coordinated = False  # "31 ballistic and cruise missiles": two kinds of one weapon
    while i < len(tokens) and modifiers <= 5:
        token = tokens[i]
        if modifiers and token.lower in ("and", "or") and weapon_after(tokens, i, lex) >= 0:
            coordinated = True
            i += 1
            continue
        if token.lower in lex.stop_words or (not token.lower[0].isalnum() and token.lower not in '“"‘'):
            break
        head = match_head(tokens, i, lex)
        if head is not None and head[0][0] != "weapon" and describes_noun_after(tokens, head[1], lex):
            head = None  # "12 fire crews", "28 fire and rescue vehicles": the fire only describes them
        if head is not None and head[0][0] == "people" and names_object(tokens, head[1], lex):
            head = None  # "three civilian vessels", "58 civilian objects": an adjective, not the people counted
        if head is None and lex.starts_with_trigger(phrase(tokens, i, 3)) and match_head(tokens, i + 1, lex) is None:
            break  # "another two hit the district": a verb, not a modifier
        if head is not None and head[0][0] in EVENT_HEADS and head[1] == i + 1:
            weapon_at = weapon_after(tokens, i + 1, lex)
            if weapon_at >= 0:  # "438 strike UAVs", "34 attack drones", "96 strike and decoy drones"
                i = weapon_at
                continue
        if head:
            (head_class, weapon, model), end = head
            mention.head, mention.weapon, mention.model, mention.head_end = head_class, weapon, model, end
            if head_class == "weapon":
                extend_weapon(tokens, mention, lex)
                if coordinated:  # "ballistic and cruise missiles": missiles
                    mention.weapon, mention.model = family(mention.weapon), ""
                counted = match_head(tokens, mention.head_end, lex)  # "eight drone strikes": strikes by drones
                if counted is not None and counted[0][0] in EVENT_HEADS:
                    mention.head, mention.head_end = counted[0][0], counted[1]
                elif (
                    counted is not None
                    and counted[0][0] != "weapon"
                    and not lex.starts_with_trigger(phrase(tokens, mention.head_end, 1))
                ):  # "five drone factories": factories (not "two missiles killed")
                    (mention.head, _, _), mention.head_end = counted
                    mention.weapon = mention.model = ""
            else:
                compound_head(tokens, mention, lex)
            if phrase(tokens, mention.head_end, 1) == "each":  # "eight drones each over the X and Y regions"
                mention.flags.add("each")
            return mention
        if token.lower in lex.sides:
            mention.side = lex.sides[token.lower]
        if is_age(token.lower):  # "a 38-year-old guard", or the person itself: "a 9-year-old was killed"
            if match_head(tokens, i + 1, lex) is None and not (
                tokens[i + 1 : i + 2] and tokens[i + 1].lower.isalpha() and tokens[i + 1].lower not in lex.stop_words
            ):
                mention.head, mention.head_end = "people", i + 1
                return mention
        elif token.lower[0].isdigit() or token.lower in lex.number_words:
            break
        modifiers += 1
        i += 1
    mention.elliptical = True
    return mention


def weapon_after(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Where a weapon noun starts at token k or after a coordinated modifier ("and decoy drones"), else -1."""
    starts = (k, k + 2, k + 3) if phrase(tokens, k, 1) in ("and", "or") else (k,)
    for start in starts:
        found = match_head(tokens, start, lex)
        if found is not None:
            return start if found[0][0] == "weapon" else -1
    return -1


def is_plural(word: str) -> bool:
    """A regular plural noun ("districts", "homes"; not "bus", "gas")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "'s", "’s"))


def compound_head(tokens: list[Token], mention: Mention, lex: Lexicon) -> None:
    """In a noun compound the last noun is the head: "two oil depot workers" counts workers, "three house
    fires" fires, "four city districts" districts. A plural ends the compound ("in four districts homes were
    damaged")."""
    for _ in range(3):
        if is_plural(tokens[mention.head_end - 1].lower):
            return
        following = match_head(tokens, mention.head_end, lex)
        if following is None or following[0][0] not in COMPOUND_HEADS:
            return
        (mention.head, _, _), mention.head_end = following


def extend_weapon(tokens: list[Token], mention: Mention, lex: Lexicon) -> None:
    """Fold a following generic head or a coordinated one into the mention's weapon."""
    i = mention.head_end
    for _ in range(3):
        if i >= len(tokens):
            break
        word = tokens[i].lower
        if word in lex.stop_words and word not in ("and", "or"):
            break
        if not word[0].isalpha() or word in lex.number_words:  # never past a colon, a semicolon or a number
            break
        if tokens[i].lower in ("and", "or"):
            nxt = match_head(tokens, i + 1, lex)
            if nxt and nxt[0][0] == "weapon" and not tokens[i + 1].lower[0].isdigit():
                mention.weapon, mention.model = combine_weapons((mention.weapon, mention.model), nxt[0][1:])
                mention.head_end = nxt[1]
            break
        nxt = match_head(tokens, i, lex)
        if nxt and nxt[0][0] == "weapon":
            mention.weapon, mention.model = combine_weapons((mention.weapon, mention.model), nxt[0][1:])
            mention.head_end = i = nxt[1]
            continue
        i += 1


PLACES_OF_FIRES = (None, "area", "building")  # "at 17 sites", "at two warehouses", "in four places"
FIRE_REACH = 4  # words between a fire and the "at" or "in" before its count ("Fires broke out at")


def fires_at(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """Whether the number at ``first`` counts the places where fires broke out ("fires broke out at 17 sites",
    "battled blazes at four locations"): so many fires."""
    if first < 2 or tokens[first - 1].lower not in ("at", "in"):
        return False
    for token in reversed(tokens[max(0, first - 1 - FIRE_REACH) : first - 1]):
        if not token.lower[:1].isalpha():
            return False  # a clause ends between
        found = lex.head_class(token.lower)
        if found is not None:
            return found[0] == "fire"
    return False


# tokens before the number where a toll phrase is looked for (a long subject: "the number of people killed in
# Tuesday's missile and drone attack on the western Ukrainian city of Lviv has risen to 15")
TOLL_WINDOW = 24


def after_toll_link(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """Whether the number at ``first`` follows the word that links a toll or a count to it ("rose to 15")."""
    return first > 0 and tokens[first - 1].lower in lex.toll_links


def toll_head(tokens: list[Token], first: int, lex: Lexicon) -> str:
    """killed_noun or injured_noun when the number at ``first`` ends a toll ("the death toll rose to 15"); of
    two tolls, the nearer ("the death toll rose to three, and the number of injured to 27": 27 injured), and of
    two ending together the longer ("injury toll", not its "toll")."""
    if not after_toll_link(tokens, first, lex):
        return ""
    window = phrase(tokens, max(0, first - TOLL_WINDOW), min(first, TOLL_WINDOW))
    found = ((window.rfind(words), words, head) for words, head in lex.tolls.items())
    ends = [(at + len(words), len(words), head) for at, words, head in found if at >= 0]
    return max(ends)[2] if ends else ""


def attack_follows(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k counts something else than weapons or is a verb ("drone attacks", "drones hit"): what
    comes before it is no weapon phrase of its own ("Kinzhal missiles" is)."""
    if k >= len(tokens):
        return False
    head = lex.head_class(tokens[k].lower)
    if head is not None and head[0] != "weapon" and weapon_after(tokens, k + 1, lex) >= 0:
        return False  # "Shahed-type attack drones": a weapon still, "attack" describes it
    return (head is not None and head[0] != "weapon") or lex.starts_with_trigger(tokens[k].lower)


PREDICATE_ENDS = frozenset({"", ",", ".", ";", "and", "while", "but", "(", "–", "—"})  # "were ballistic, and ..."


def determines(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether token i ("those", "these") is the determiner of a counted noun after it ("of those drones")."""
    return tokens[i].lower in lex.partitive_determiners and match_head(tokens, i + 1, lex) is not None


def predicate_weapon(
    tokens: list[Token], k: int, lex: Lexicon, copula_needed: bool = True, noun: str = ""
) -> tuple[tuple[str, str, str], int] | None:
    """What a count is said to be, at token k: "(were) Kh-101 cruise missiles" of "29 were Kh-101 cruise
    missiles", "about 90 of them Shaheds", or with the ``noun`` it counts, "(were) ballistic" of "14 of the
    missiles were ballistic"; the weapon head (as match_head gives it), else None (not "251 were drone
    attacks")."""
    if k < len(tokens) and tokens[k].lower in ("were", "was"):
        k += 1
    elif copula_needed:
        return None
    found = match_head(tokens, k, lex) if k < len(tokens) else None
    if found is None and noun and k < len(tokens) and phrase(tokens, k + 1, 1) in PREDICATE_ENDS:
        kind = lex.head_span(f"{tokens[k].lower} {noun}")  # the adjective and the noun: "ballistic missiles"
        own = lex.head_span(noun)
        if kind is not None and kind[1] == 2 and kind[0][0] == "weapon" and (own is None or own[0] != kind[0]):
            return kind[0], k + 1
    if found is None or found[0][0] != "weapon" or attack_follows(tokens, found[1], lex):
        return None
    return found


def running_total(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """Whether the number at ``first`` is what a running total has come to ("the tally rose to 20")."""
    if not after_toll_link(tokens, first, lex):
        return False
    return not lex.running_totals.isdisjoint(t.lower for t in tokens[max(0, first - TOLL_WINDOW) : first])


def number_of(tokens: list[Token], first: int, lex: Lexicon) -> tuple[tuple[str, str, str], int] | None:
    """The head counted by "the number of ..." when the number at ``first`` ends it ("the number of damaged
    houses has grown to 40"), as match_head gives it; None when the number ends no such phrase."""
    if not after_toll_link(tokens, first, lex):
        return None
    for start in range(first - 2, max(0, first - TOLL_WINDOW) - 1, -1):
        if phrase(tokens, start, 2) == "number of":
            for k in range(start + 2, min(start + 5, first - 1)):  # past adjectives ("damaged residential houses")
                found = match_head(tokens, k, lex)
                if found is not None:
                    return found
            return None
    return None


def attacking_side(mention: Mention) -> str:
    """The attacking side a side word before a mention's head tells: the weapons' or the strikes' own ("40
    Ukrainian drones"), else the opponent of whose things were hit ("two Moscow airports", "three Ukrainian
    cities"); "" without one."""
    if mention.head in ("weapon", *EVENT_HEADS):
        return mention.side
    return OPPONENT.get(mention.side, "")
