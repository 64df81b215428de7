"""Step 3, continued: the mentions of a sentence, each a quantity with the head it counts.

Partitives take the head of their total ("14 of 16 drones"), elliptical numbers the head of an antecedent
("Fifteen were destroyed"), subsets of a count of people are dropped ("12 people, including three
children"), and coordinated mentions form lists that share a verb and a place ("426 drones and 24 missiles").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Lexicon
from .breakdowns import CASUALTY_HEADS, demographic_item, without_breakdown
from .heads import (
    PLACES_OF_FIRES,
    Mention,
    find_head,
    fires_at,
    match_head,
    number_of,
    predicate_weapon,
    running_total,
    toll_head,
)
from .lists import dated_item, group_lists, labelled_item, list_antecedent
from .quantities import Quantity, find_quantities, is_rate, own_noun, participle_of_noun
from .tokens import Sentence, Token, phrase

FRONTED_RELATIVES = ("of which", "of whom", "of them", "of these", "of those")
PEOPLE_GROUPS = ("family of", "group of", "couple of")  # "a family of four": four people
FURTHER = ("another", "further", "additional")  # "a further 23": more of what was counted before


def find_mentions(
    sentence: Sentence, lex: Lexicon, earlier: Sequence[tuple[int, Mention]], index: int
) -> list[Mention]:
    """The counted mentions of sentence ``index``; ``earlier`` holds the article's previous mentions with the
    index of their sentence (antecedents of elliptical numbers)."""
    tokens = sentence.tokens
    mentions: list[Mention] = []
    quantities = find_quantities(tokens, lex)
    people_told = False  # a count of people before, kept or not ("Fourteen of the injured, including two ...")
    for k, quantity in enumerate(quantities):
        if quantity.singular and tokens[quantity.first].lower == "the" and counted_people(earlier, index, mentions):
            continue  # "A man was wounded ... The man was taken to hospital": the same man
        mention = find_head(tokens, quantity, lex)
        if "partitive" in mention.flags and mention.head == "weapon":
            noun = tokens[mention.head_end - 1].lower  # "250 of the drones were Shaheds", "14 ... were ballistic"
            classed = predicate_weapon(tokens, mention.head_end, lex, noun=noun)
            if classed is not None:
                (_, mention.weapon, mention.model), mention.head_end = classed
                mention.flags.add("classified")
        if mention.head in PLACES_OF_FIRES and fires_at(tokens, quantity.first, lex):
            mention.head, mention.elliptical = "fire", False  # "fires broke out at 17 sites": 17 fires
        if mention.head == "people" and phrase(tokens, quantity.first - 2, 2) in lex.remains_of:
            mention.head = "killed_noun"  # "the bodies of three people were recovered": three dead
        if quantity.first and tokens[quantity.first - 1].lower in lex.subset_cues:
            mention.flags.add("subset")  # "including 30 over the Moscow region": a part of the count before
        if fronted_total(tokens, quantity.first):
            mention.flags.add("total")  # "Of the 85 drones, 60 were shot down"
        before = phrase(tokens, max(0, quantity.first - 2), min(2, quantity.first)).split()
        if mention.elliptical and "partitive" in mention.flags:
            # "14 of 16 drones", "seven of the eight missiles": the head is the total's
            following = quantities[k + 1] if k + 1 < len(quantities) else None
            if following is not None and following.first <= quantity.last + 3:
                total = find_head(tokens, following, lex)
                if not total.elliptical:
                    mention.head, mention.weapon, mention.model = total.head, total.weapon, total.model
                    mention.side, mention.head_end = total.side, total.head_end
                    mention.elliptical = False
                    total.flags.update(("total", "whole"))  # "six of the capital's 10 districts": 10 is all there are
                    mention.total_of = total
        told_before, people_told = people_told, people_told or mention.head in CASUALTY_HEADS
        if "superlative" in mention.flags or {"whom", "subset"} <= mention.flags:
            continue  # "one of the largest attacks", "two of them children"
        if mention.head and is_rate(tokens, mention.head_end, lex):
            continue  # "at 180 drones a night", "50 drones per day": a rate, no count
        if mention.elliptical and "partitive" not in mention.flags:
            shares_head(mention, quantities[k + 1] if k + 1 < len(quantities) else None, tokens, lex)
        if mention.elliptical and not resolve_ellipsis(mention, tokens, mentions, earlier, index, before, lex):
            continue
        if (
            mention.head == "area"
            and mentions
            and mentions[-1].head not in ("area", None)
            and mentions[-1].head_end == quantity.first - 1
            and tokens[quantity.first - 1].lower == "of"
        ):
            continue  # "1,200 residents of two villages": where they live, no count of places hit
        if {"whom", "classified"} <= mention.flags and mentions and mentions[-1].quantity.value == quantity.value:
            mentions[-1].weapon, mentions[-1].model = mention.weapon, mention.model
            continue  # "two of the missiles, both of them Kh-101s": what those two were, no count of its own
        if "whom" in mention.flags and quantity.value == 1 and mention.head not in CASUALTY_HEADS:
            continue  # "One of them struck a car": which one, not how many
        if (
            mention.head == "people"
            and any(c in " ".join(before) or c == phrase(tokens, quantity.first - 1, 1) for c in lex.subset_cues)
            and (quantity.singular or told_before or any(m.head in CASUALTY_HEADS for m in mentions))
        ):
            continue  # "12 people, including three children", "11 of the injured, among them a girl": a subset
        if any(m.quantity.num_first == quantity.num_first for m in mentions):
            continue
        if quantity.singular and phrase(tokens, mention.head_end, 3) in lex.among_counted:
            continue  # "a 17-year-old girl was among the injured": one of those counted
        if mentions and demographic_item(tokens, quantity, mention, mentions, lex):
            continue  # "Seven people were injured: five passengers and two crew members": who they were
        if (
            (mention.head in CASUALTY_HEADS or quantity.value == 1)
            and "partitive" in mention.flags
            and mention.total_of is None
            and "whom" not in mention.flags
            and not ("owned" in mention.flags and mention.head in CASUALTY_HEADS)  # "three of its employees"
        ):
            continue  # "one of the people killed was a worker", "one of the sites hit" describe, they do not count
        mentions.append(mention)
        if mention.total_of is not None:
            mentions.append(mention.total_of)
    if any("toll" in m.flags for m in mentions):  # "the toll rose to three after a man died": he is one of them
        mentions = [m for m in mentions if not m.quantity.singular]
    mentions = without_breakdown(mentions, tokens)
    for previous, current in zip(mentions, mentions[1:], strict=False):  # "at least five killed and 14 wounded"
        if current.head and current.quantity.first - previous.quantity.last <= COORDINATED_REACH:
            inherit_qualifier(current, previous, tokens)
    group_lists(tokens, mentions, lex)
    return mentions


COORDINATED_REACH = 5  # tokens between two coordinated casualty counts ("... were killed and 14 wounded")


def resolve_ellipsis(
    mention: Mention,
    tokens: list[Token],
    mentions: list[Mention],
    earlier: Sequence[tuple[int, Mention]],
    index: int,
    before: list[str],
    lex: Lexicon,
) -> bool:
    """Give an elliptical number ("Fifteen were destroyed") the head of its antecedent: the last counted
    mention of its sentence, else of the two sentences before. False when it has none or is not licensed."""
    q = mention.quantity
    if q.value is None:
        return False
    nxt = tokens[q.last].lower if q.last < len(tokens) else ""
    previous = tokens[q.first - 1].lower if q.first else ""
    toll = toll_head(tokens, q.first, lex)
    if phrase(tokens, q.first - 2, 2) in PEOPLE_GROUPS:
        toll = "people"  # "a family of four"
    if toll:  # "the death toll rose to 15", "the number of injured has reached 31"
        mention.head, mention.elliptical = toll, False
        mention.flags.add("toll")
        return True
    if cut_off(tokens, q.last, lex):  # "more than 100,000 without electricity", "20,000 were left without power"
        mention.head, mention.elliptical = "household", False
        return True
    after = mention.head_end if "whom" in mention.flags else q.last  # "Around 90 of them (were) Shaheds"
    classed = predicate_weapon(tokens, after, lex, copula_needed="whom" not in mention.flags)
    if classed is not None:  # "29 were Kh-101 cruise missiles": what they were
        (mention.head, mention.weapon, mention.model), mention.head_end = classed
        mention.elliptical = False
        mention.flags.add("classified")
        return True
    counted_object = number_of(tokens, q.first, lex)
    if counted_object is not None:  # "the number of drones shot down over the region rose to 31"
        (mention.head, mention.weapon, mention.model), _ = counted_object
        mention.elliptical = False
        return True
    # "8 each over the Lipetsk and Oryol regions", "Of these, 41 were over the Moscow region", "47 — over Bryansk"
    after_each = q.last + 1 if nxt in ("each", "were", "was", "-", "–", "—") else q.last
    place_follows = phrase(tokens, after_each, 1) in lex.place_prepositions and after_each + 1 < len(tokens)
    fronted = fronted_whole(tokens, q.first, lex)  # "Of the drones, 76 were shot down"
    counted = [m for m in mentions if m.head and m.head != "area"] or [m for m in mentions if m.head]
    counted = [fronted] if fronted is not None else counted
    whole = next((m for m in reversed(counted) if "total" in m.flags), None)
    if whole is not None and whole.head in CASUALTY_HEADS and not casualty_verb_follows(tokens, q.last, lex):
        return False  # "Of the 28 injured, 11 have been hospitalised": which of them, not another count of the hurt
    antecedent = next((m for m in reversed(counted) if not (place_follows and m.head == "area")), None)
    if previous in lex.count_locatives:  # "hits at nine locations, and debris fell at three more": more locations
        antecedent = next((m for m in reversed(mentions) if m.head == "area"), antecedent)
    # "47 drones over 12 regions, while another 27 were lost": the drones, not the regions
    same_sentence = antecedent is not None
    if antecedent is None and previous == "including":  # "downed drones over six regions, including 9 over X"
        antecedent = bare_head(tokens, q.first, lex)
        same_sentence = False
    list_item = place_follows and previous in ("", ",", ";", ":", "(", "including", "and", "-", "–", "—")
    list_item = list_item or labelled_item(tokens, q, nxt)  # "Sumy region - 210,000;"
    if antecedent is None and list_item:  # "— 45 over the Rostov region;" under "The breakdown was as follows:"
        antecedent = list_antecedent(earlier, index, phrase(tokens, after_each, 1)) or bare_head(tokens, q.first, lex)
    if antecedent is None:
        recent = [m for sentence, m in earlier[-6:] if sentence >= index - 2]  # of the two sentences before
        antecedent = next((m for m in reversed(recent) if m.head != "area"), recent[-1] if recent else None)
    verb_like = nxt in lex.auxiliaries or lex.starts_with_trigger(phrase(tokens, q.last, 4))
    if verb_like and participle_of_noun(tokens, q.last, lex):
        return False  # "312 broken windows, 14 damaged roofs": things of their own, uncounted, no ellipsis
    if ({"kill", "injure"} & set(lex.trigger_classes(previous)) and not own_noun(tokens, q.last, lex)) or (
        antecedent is None and previous not in ("no", "not") and casualty_verb_follows(tokens, q.last, lex)
    ):  # "killing two and injuring 10", "officials said 3 were killed": people (not "killed 40 pigs")
        mention.head, mention.elliptical = "people", False
        inherit_qualifier(mention, antecedent if same_sentence else None, tokens)
        return True
    if running_total(tokens, q.first, lex) and (
        same_sentence or any(m is antecedent for sentence, m in earlier[-6:] if sentence == index - 1)
    ):  # "13 were downed by midnight. By 7 a.m. the count stood at 27": the count of the sentence before, grown
        mention.flags.add("running_total")
    if list_item:
        mention.flags.add("list_item")  # an item of a list by place: without a verb of its own, the list's
    licensed = (
        "whom" in mention.flags  # "86 of which were shot down"
        or (same_sentence and phrase(tokens, q.first - 2, 2) in FRONTED_RELATIVES)  # "of which 51 were destroyed"
        or (same_sentence and phrase(tokens, q.first - 2, 2) == "out of")  # "57 over Bryansk, out of 102 downed"
        or bool(mention.flags & lex.ellipsis_modifiers)
        or list_item
        or (
            verb_like
            and (
                previous in ("another", "and", ",", ";", ":", "", "that", "while", "but")
                or previous in lex.speech_verbs
            )
        )
        or (same_sentence and previous in ("and", ",", "including") and nxt in lex.stop_words)
        or (same_sentence and previous == "including")  # "seven over the region, including five near the city"
        or previous in FURTHER  # "and on Sunday reported a further 193"
        or "running_total" in mention.flags
        or (same_sentence and previous in (",", "and") and dated_item(tokens, q.last, lex))  # "524 overnight into"
        or (
            not same_sentence
            and antecedent is not None
            and antecedent.head == "weapon"
            and weapon_object(tokens, q, lex)
        )
        # ("Russia launched 241 drones. Air defence shot down 176, while ...")
    )
    if not licensed or antecedent is None:
        return False
    mention.head, mention.weapon, mention.model = antecedent.head, antecedent.weapon, antecedent.model
    mention.side = mention.side or antecedent.side
    mention.head_end = min(q.last + len(mention.flags & lex.modifiers), len(tokens))  # past "five more"
    mention.flags.add("antecedent_same" if same_sentence else "antecedent")
    if previous in FURTHER:
        mention.flags.add("further")  # "it reported a further 23": more of what its antecedent counted
    mention.total_of = None
    mention.antecedent = antecedent
    inherit_qualifier(mention, antecedent if same_sentence else None, tokens)
    return True


def weapon_object(tokens: list[Token], q: Quantity, lex: Lexicon) -> bool:
    """'shot down 176,': a bare number right after a verb that downs or launches weapons, ending its clause."""
    after = tokens[q.last].text if q.last < len(tokens) else ""
    if after not in ("", ",", ".", ";") or q.first < 1:
        return False
    for width in (2, 1):
        classes = lex.trigger_classes(phrase(tokens, q.first - width, width)) if q.first >= width else ()
        if classes and OBJECT_WEAPON_CLASSES.issuperset(classes):
            return True
    return False


OBJECT_WEAPON_CLASSES = frozenset({"intercept", "intercept_or_suppress", "suppress", "launch", "damage"})


def shares_head(mention: Mention, following: Quantity | None, tokens: list[Token], lex: Lexicon) -> None:
    """'30 outbound and 11 inbound flights': a number whose own adjectives are coordinated with the next
    number counts that number's head."""
    if following is None:
        return
    gap = tokens[mention.quantity.last : following.first]
    if not gap or gap[-1].lower not in ("and", "or") or len(gap) > 4:
        return
    adjectives = gap[:-1]
    if not adjectives or any(
        not t.lower.isalpha() or t.lower in lex.stop_words or lex.starts_with_trigger(t.lower) for t in adjectives
    ):
        return
    total = find_head(tokens, following, lex)
    if not total.elliptical:
        mention.head, mention.weapon, mention.model, mention.side = total.head, total.weapon, total.model, total.side
        mention.head_end, mention.elliptical = following.first - 1, False


def casualty_verb_follows(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'were killed', 'have been injured', 'died': a casualty verb at token k, after auxiliaries."""
    while k < len(tokens) and tokens[k].lower in lex.auxiliaries:
        k += 1
    return k < len(tokens) and bool({"kill", "injure"} & set(lex.trigger_classes(tokens[k].lower)))


def counted_people(earlier: Sequence[tuple[int, Mention]], index: int, mentions: list[Mention]) -> bool:
    """Whether people were counted in this sentence or the two before it (whom 'the man' points back to)."""
    recent = [m for sentence, m in earlier[-6:] if sentence >= index - 2]
    return any(m.head in CASUALTY_HEADS for m in [*recent, *mentions])


CLAUSE_OPENERS = (",", ";", ".", ":", '"', "“", "«", "(")  # what may come right before a clause's first word


def fronted_whole(tokens: list[Token], first: int, lex: Lexicon) -> Mention | None:
    """'Of the drones, 76 were shot down', 'As for the drones, 39 were ...': the unnumbered whole a clause opens
    with (after one of the lexicon's whole openers), as a mention."""
    if first < 4 or tokens[first - 1].lower != ",":
        return None
    for start in range(first - 3, max(-1, first - 8), -1):
        if start and tokens[start - 1].lower not in CLAUSE_OPENERS:
            continue  # ('"Of the drones, 31 were ...": a quote opens a clause too)
        opener = next((o for o in lex.whole_openers if phrase(tokens, start, o.count(" ") + 1) == o), None)
        if opener is not None:
            found = match_head(tokens, start + opener.count(" ") + 1, lex)
            if found is not None and found[0][0] == "weapon" and found[1] == first - 1:
                (head, weapon, model), end = found
                return Mention(Quantity(start, start, start, None, "unspecified"), head, weapon, model, end)
    return None


def fronted_total(tokens: list[Token], first: int) -> bool:
    """'Of the 85 drones, ...' opening a sentence or a clause: the whole the next numbers are parts of."""
    opening = first - 2
    return (
        opening >= 0
        and phrase(tokens, opening, 2) == "of the"
        and (opening == 0 or tokens[opening - 1].lower in (",", ";", ":", "but", "and", '"', "“"))
    )


def bare_head(tokens: list[Token], before: int, lex: Lexicon) -> Mention | None:
    """The last unnumbered weapon noun before token ``before`` ("downed drones over six regions"), as a mention."""
    for i in range(before - 1, -1, -1):
        found = match_head(tokens, i, lex)
        if found is not None and found[0][0] == "weapon":
            (head, weapon, model), end = found
            return Mention(Quantity(i, i, i, None, "unspecified"), head, weapon, model, end)
    return None


def inherit_qualifier(mention: Mention, antecedent: Mention | None, tokens: list[Token]) -> None:
    """'At least nine were killed and 61 injured': an unqualified number coordinated with a qualified one of its
    sentence shares the qualifier."""
    q = mention.quantity
    if antecedent is None or q.qualifier != "exact" or antecedent.quantity.qualifier in ("exact", "unspecified"):
        return
    if q.singular:  # "at least two killed and another injured": another is one
        return
    if not {antecedent.head, mention.head} <= set(CASUALTY_HEADS):
        return
    between = phrase(tokens, antecedent.quantity.last, q.first - antecedent.quantity.last).split()
    if "and" in between or "," in between:
        q.qualifier = antecedent.quantity.qualifier


CUT_OFF_REACH = 5  # words of "were left without electricity" after a headless number


def cut_off(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the words from token k say that what a headless number counts lost power ("without electricity",
    "were left without power", "remain de-energised"): consumers cut off, whoever they are."""
    words = phrase(tokens, k, CUT_OFF_REACH).split()
    while words and (words[0] in lex.auxiliaries or words[0] in lex.state_lead_ins):
        words.pop(0)
    text = " ".join(words)
    return bool(text) and any("power" in classes and pattern.match(text) for pattern, classes in lex.triggers)
