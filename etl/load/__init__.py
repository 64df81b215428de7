"""Stage 5: rows to the events table, validated against SCHEMA.md, written as one whole output set.

``schema``: the tables' contracts and the frames built against them; ``files``: one table file, written or
read; ``generations``: the set of files of a run, switched in atomically, and the lock around it.
"""

from .files import FREE_TEXT, atomic_write, categorise, read_events, write_csv
from .generations import current_outputs, output_lock, prune, remove_leftovers, write_outputs
from .schema import (
    ARTICLE_COLUMNS,
    ARTICLE_TEXT_COLUMNS,
    CATEGORY_METRICS,
    COLUMNS,
    ID_PARTS,
    METRICS,
    REJECTED_COLUMNS,
    WEAPONS,
    articles_frame,
    check_row,
    events_frame,
    events_table,
    record_ids,
    rejected_frame,
    schema,
    validate,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "ARTICLE_TEXT_COLUMNS",
    "CATEGORY_METRICS",
    "COLUMNS",
    "FREE_TEXT",
    "ID_PARTS",
    "METRICS",
    "REJECTED_COLUMNS",
    "WEAPONS",
    "articles_frame",
    "atomic_write",
    "categorise",
    "check_row",
    "current_outputs",
    "events_frame",
    "events_table",
    "output_lock",
    "prune",
    "read_events",
    "record_ids",
    "rejected_frame",
    "remove_leftovers",
    "schema",
    "validate",
    "write_csv",
    "write_outputs",
]
