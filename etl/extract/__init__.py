"""Stage 2: article text in, reported figures out.

A small grammar over tokens, driven by the lexicons in data/lexicon, one module per step:

1. ``tokens``: split the body into paragraphs and sentences, keeping character offsets;
2. ``quantities``: find quantities (digits, number words, "a dozen", vague "dozens of");
3. ``heads``, ``mentions``, ``lists``, ``breakdowns``: the noun each counts (its *head*: drones, people,
   buildings, flights...), from an antecedent for an elliptical number, the lists they form, and the people
   a casualty count is made of (who they were, no count of their own); ``bare``: things named without a
   number ("a fire broke out");
4. ``verbs``, ``implied``: the verb that says what happened to them (launched, shot down, killed...) in the
   same clause, else what the list, inclusion or breakdown around a verbless count says;
   head class x verb class gives the metric;
5. ``placenames``: the places named, ``place_roles`` their roles (target, origin, actor); ``anaphors``: the places
   "the city", "there" or a city district stand for;
6. ``attribution`` (its cues), ``source_phrases`` (the words naming a source; ``short_names``, a body's
   acronym or bracketed short name; ``witnesses``, who saw or heard; ``word_order``, a passive's agent and
   a speaker after the verb, as translations order them; ``word_uses``, a word of speech used as a noun),
   ``turns`` (a transcript's speakers), ``agents`` (who imposed a disruption), ``resolve`` (a pronoun, role
   or document against the sources named so far), ``across``, ``fullnames``: who reported it, in its sentence
   or across sentences (a quotation's speaker), named in full, with ``people`` (what a source's words name),
   ``offices`` (offices by acronym, level and region) and ``parties`` (the sides a source names, a page's own
   author, whom an interview is with);
7. ``datecues``: the date cue of its clause;
8. ``figures``: each figure assembled (source, attacker, date cue), ``place_choice`` picking its place,
   ``dating`` its day, ``sides`` the attacking side its sentence names, ``context`` carrying what the running
   text established from sentence to sentence, ``lines`` the kind of each line (a list's, a heading);
9. ``completion``: what its sentence left open filled from the article (source, attacker, place);
10. ``merge``: restatements of one figure merged (headline and body, title and lead).

``extractor.Extractor`` composes them. Pure functions of text: no I/O beyond reading the lexicons and
gazetteer once.
"""

from .datecues import find_date_cue
from .extractor import Extractor, extract
from .figures import Extraction, Figure
from .merge import merge_restatements
from .tokens import Sentence, Token, segment, tokenize

__all__ = [
    "Extraction",
    "Extractor",
    "Figure",
    "Sentence",
    "Token",
    "extract",
    "find_date_cue",
    "merge_restatements",
    "segment",
    "tokenize",
]
