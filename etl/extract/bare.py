"""Things named without a number ("a fire broke out", "explosions were heard", "residential buildings were
damaged"): the unnumbered facts the annotation conventions count as rows without a value."""

from __future__ import annotations

from ..lexicon import Lexicon
from .heads import Mention, match_head
from .quantities import Quantity
from .tokens import Sentence


def bare_mentions(sentence: Sentence, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Things named without a number ("a fire broke out", "explosions were heard", "residential buildings
    were damaged"): unnumbered mentions, kept as figures only where no number gives their metric."""
    candidates = list(lex.bare_head_words.finditer(sentence.lower))  # one scan of the sentence for candidates
    if not candidates:
        return []
    tokens = sentence.tokens
    starts = {token.start - sentence.start: k for k, token in enumerate(tokens)}
    covered = [False] * len(tokens)
    for m in mentions:
        for k in range(m.quantity.first, min(max(m.head_end, m.quantity.last), len(tokens))):
            covered[k] = True
    found: list[Mention] = []
    after = 0
    for match in candidates:
        i = starts.get(match.start())
        if i is None or i < after or covered[i]:
            continue
        head = match_head(tokens, i, lex)
        if head is None or head[0][0] not in lex.bare_heads:
            continue
        (head_class, weapon, model), end = head
        if end < len(tokens) and tokens[end].lower in lex.modified_nouns:
            continue  # "mobile fire groups": units, not a fire
        if i and tokens[i - 1].lower in lex.figurative_before:
            continue  # "engineers who, under fire, restore the line"
        first = i - 1 if i and tokens[i - 1].lower in ("a", "an") else i
        found.append(
            Mention(Quantity(first, i, i, None, "unspecified"), head_class, weapon, model, end, flags={"bare"})
        )
        after = end
    return found
