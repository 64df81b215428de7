"""Whether a word of speech is used as a noun here ("early reports of drones", "in a post"), and whether a
capitalised word is part of a name: what keeps "reports" and "Post" from opening an attribution."""

from __future__ import annotations

from ..lexicon import Lexicon
from .source_phrases import ARTICLES, is_source_noun, owner
from .tokens import Token


def is_noun_use(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'Early reports indicate', 'first reports of drones', 'media claims', "Kommersant's estimate": the word
    names a report."""
    following = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if following == "of" or following in lex.speech_verbs or (k > 0 and owner(tokens[k - 1])):
        return True
    return in_document_phrase(tokens, k, lex)


def in_document_phrase(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'in a post', 'in a separate post', "on his Telegram post": a preposition and a determiner before the word
    at k (with at most one word between that names nobody): a noun."""

    j = k - 1
    if j >= 0 and not is_determiner(tokens[j].lower, lex) and not is_source_noun(tokens[j], lex):
        j -= 1  # "separate", "Telegram"
    return j >= 1 and is_determiner(tokens[j].lower, lex) and tokens[j - 1].lower in lex.document_prepositions


def is_determiner(word: str, lex: Lexicon) -> bool:
    """'a', 'the', 'his': an article or an owner's determiner."""
    return word in ARTICLES or word in lex.owner_determiners


def is_name_word(tokens: list[Token], k: int) -> bool:
    """'State' in "the State Emergency Service", 'Post' in "told the Kyiv Post": a capitalised word inside a
    sentence, before or after another (in a Title Case headline every word is one: "Russia Says It Downed 524
    Drones")."""
    if not (tokens[k].text[:1].isupper() and k > 0):
        return False
    return (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()) or tokens[k - 1].text[:1].isupper()
