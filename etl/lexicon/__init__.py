"""The extraction lexicons under data/lexicon, loaded into lookup tables.

Wording lives in those CSV files, not in code: adding a weapon, a verb of interception or a source cue is an edit
to data. The trigger, exclusion and date-cue patterns are written in lower case and run on lower-cased text
(``lower_text``), several times faster than case-insensitive regexes.
"""

from .alternation import row_of
from .load import load_lexicon
from .model import Lexicon, lower_text

__all__ = ["Lexicon", "load_lexicon", "lower_text", "row_of"]
