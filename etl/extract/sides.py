"""Step 8, continued: the attacking side a sentence names ("Russia launched", "launched by Russia", "Russian
missiles slammed into Kharkiv"), for the figures that name none of their own."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Lexicon
from .tokens import Sentence, Token, after_aside, phrase


def weapons_side(tokens: list[Token], end: int, lex: Lexicon) -> str:
    """The side whose weapons or strikes the sentence names last before a figure ("Russian missiles slammed into
    Kharkiv, killing two people, as Ukraine launched ..."): its attacker, whatever the rest of the sentence says."""
    found = ""
    for k in range(len(tokens) - 1):
        token = tokens[k]
        if token.start >= end:
            break
        side = lex.sides.get(token.lower)
        if side and token.text[:1].isupper():
            head = lex.head_class(phrase(tokens, k + 1, 2))  # ("Russian ballistic missiles")
            if head is not None and head[0] in ("weapon", "attack_event"):
                found = side
    return found


def actor_side(sentence: Sentence, lex: Lexicon, speakers: Sequence[tuple[int, int]] = ()) -> str:
    """'Russia launched', 'launched by Russia', 'Ukrainian drone strikes' -> the attacking side; a side inside
    one of the ``speakers`` spans ("the Air Force of the Armed Forces of Ukraine said") is no actor."""
    tokens = sentence.tokens
    attacking = lex.attack_verb_prefixes
    for k, token in enumerate(tokens):
        side = lex.sides.get(token.lower)
        if not side or any(start <= token.start < end for start, end in speakers):
            continue
        following = after_aside(tokens, k + 1) if k + 1 < len(tokens) and tokens[k + 1].text == "," else k + 1
        for follower in tokens[following : following + 3]:
            if follower.lower.startswith(attacking):
                return side
            if follower.lower not in lex.actor_followers:
                break
        if (
            k >= 1
            and tokens[k - 1].lower == "by"
            and any(t.lower.startswith(attacking) for t in tokens[max(0, k - 6) : k])
        ):
            return side
        if k >= 2 and phrase(tokens, k - 2, 2) == "forces of":
            return side
    return ""
