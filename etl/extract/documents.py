"""Step 6, documents: who issued what a sentence names as a document ("the summary of the regional police",
"Kommersant's estimate", "his morning update", "Text of report by X"), the speaker it stands for."""

from __future__ import annotations

import itertools

from ..lexicon import Lexicon
from .source_phrases import (
    ARTICLES,
    MAX_SOURCE_WORDS,
    is_speech_adverb,
    names_someone,
    owner,
    source_after,
    subject_before,
)
from .tokens import Sentence, Token, phrase

COPULAS = frozenset({"is", "are", "was", "were"})
DOCUMENT_LINKS = frozenset({"of", "by", "from"})  # "the summary of X", "a report by X", "the update from X"
CREDIT_REACH = 4  # how far into a line its document may stand ("Full text of the statement by ...")
OWNER_REACH = 3  # words between an owner's "his" and the document ("his weekly tally", "its latest update")


def names_document(source: str, lex: Lexicon) -> bool:
    """'preliminary data from municipal services', 'the latest figures of the ministry': a document, not who
    issued it."""
    words = source.lower().split()
    head = next((i for i, w in enumerate(words) if w in DOCUMENT_LINKS), len(words))
    return any(w in lex.documents for w in words[:head])


def document_issuer(sentence: Sentence, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """'Below is the summary of the regional administration by community:', 'The governor posted his morning
    update:', 'Text of report by X': a line handing the list, the paragraphs or the text after it to the issuer
    of a document, with no speech verb; the document's word and the issuer's words."""
    tokens = sentence.tokens
    if not introduces(sentence, lex) and not is_credit_line(tokens, lex):
        return None
    for k, token in enumerate(tokens[:-1]):
        if owner(token):
            words = owned_document(tokens, k, lex)  # "the ministry's latest update:"
        elif token.lower in lex.documents or credited_plural(tokens, k, lex):
            words = issuer_after(tokens, k, lex) or issuer_before(tokens, k, lex) or named_before(tokens, k)
        else:
            continue
        if words:
            return token, words
    return None


def introduces(sentence: Sentence, lex: Lexicon) -> bool:
    """'... by community:', 'Below is the RMA summary by community.', 'Here are the figures', 'X gives the
    governor's report by district.': a line handing what follows it to a source."""
    return (
        sentence.text.rstrip().endswith(":")
        or sentence.lower.lstrip().startswith(lex.introducers)
        or sentence.lower.rstrip(" .").endswith(lex.breakdown_endings)
    )


def named_before(tokens: list[Token], k: int) -> list[Token]:
    """'the RMA summary', 'the Air Force report': the capitalised name right before the document at token k."""
    start = k
    while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.isalpha():
        start -= 1
    alone_first = start == 0 and k - start == 1  # "Latest summary": the line's first word is capitalised anyway
    return tokens[start:k] if start < k and not alone_first else []


def is_credit_line(tokens: list[Token], lex: Lexicon) -> bool:
    """'Text of report by Governor X's Telegram channel on 14 July', 'Statement by the Ministry of Defence': a
    line crediting the text below it to whoever issued it."""
    return any(
        (t.lower in lex.documents and link_after(tokens, k) > k) or credited_plural(tokens, k, lex)
        for k, t in enumerate(tokens[: min(CREDIT_REACH, len(tokens) - 1)])
    )


def credited_plural(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'Posts are by X': documents in the plural at token k, credited to their author by a copula and "by"."""
    word = tokens[k].lower
    return (
        word.endswith("s")
        and word[:-1] in lex.documents
        and k + 2 < len(tokens)
        and tokens[k + 1].lower in COPULAS
        and tokens[k + 2].lower == "by"
    )


def link_after(tokens: list[Token], k: int) -> int:
    """The link after the document at token k ("of", "by", "from"; "Posts are by X": past a copula), its index,
    else -1."""
    link = k + 2 if k + 2 < len(tokens) and tokens[k + 1].lower in COPULAS else k + 1
    return link if link < len(tokens) and tokens[link].lower in DOCUMENT_LINKS else -1


def issuer_after(tokens: list[Token], k: int, lex: Lexicon) -> list[Token]:
    """'the summary of the regional administration by community': who issued the document at token k, else
    [] (not what it counts: "a tally of Russian air attacks")."""
    link = link_after(tokens, k)
    if link < 0:
        return []
    words = list(itertools.takewhile(lambda t: t.lower not in ("by", "for"), source_after(tokens, link + 1, lex)))
    return words if words and names_someone(words, lex) and not lex.head_class(words[-1].lower) else []


def issuer_before(tokens: list[Token], k: int, lex: Lexicon) -> list[Token]:
    """'Zelensky has given his weekly tally': the subject of the verb before "his" owning the document at
    token k, else []."""
    determiner = next(
        (i for i in range(k - 1, max(0, k - 1 - OWNER_REACH), -1) if tokens[i].lower in lex.owner_determiners), 0
    )
    j = determiner - 2  # the word before its verb
    while j >= 0 and is_speech_adverb(tokens[j], lex):  # "has given", "also posted"
        j -= 1
    words = subject_before(tokens, j, lex) if determiner >= 2 else []
    return words if words and names_someone(words, lex) else []


def owned_document(tokens: list[Token], k: int, lex: Lexicon) -> list[Token]:
    """'Kommersant's estimate', "the ministry's count" from token k: someone's document, else []."""
    words: list[Token] = []
    for token in tokens[k : k + MAX_SOURCE_WORDS]:
        words.append(token)
        if token.lower in lex.documents:
            return words if any(owner(t) for t in words) else []
        if not (owner(token) or token.lower == "the" or token.text[0].isupper()):
            return []
    return []


def relayed_document(tokens: list[Token], k: int, lex: Lexicon) -> list[Token]:
    """The issuer of the document a speech verb at token k passes on ("publishes the report of the Air Force",
    "shared a statement by the ministry"), else []."""
    i = k + 2 if phrase(tokens, k + 1, 1) in ARTICLES else k + 1
    if i + 1 >= len(tokens) or tokens[i].lower not in lex.documents:
        return []
    return issuer_after(tokens, i, lex)


PRONOUN_OF = {"his": "he", "her": "she"}  # the speaker a possessive before a relayed document stands for


def relayed_pronoun(tokens: list[Token], k: int, lex: Lexicon) -> str:
    """'he' or 'she' when the speech verb at token k passes on a person's document named by a possessive
    ("Suspilne Kharkiv publishes his message in full": the governor named before speaks), else ""."""
    i = k + 1
    if i + 1 >= len(tokens) or tokens[i].lower not in lex.personal_possessives:
        return ""
    return PRONOUN_OF.get(tokens[i].lower, "") if tokens[i + 1].lower in lex.documents else ""
