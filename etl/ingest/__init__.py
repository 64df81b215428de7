"""Stage 1: files in, articles out.

Reads text with optional front matter, HTML pages (through trafilatura) and article collections (JSON Lines,
CSV), decoding bytes by what they are. Only an input with no readable body becomes a :class:`Rejection`;
doubtful metadata stays with the article as warnings. Nothing here stops a batch.
"""

from .article import Article, Rejection, clean_text, headline_of, make_article, parse_published, printable_path
from .decoding import Decoded, decode, decode_bytes
from .files import find_files, read_articles, read_file
from .formats import parse_collection, parse_html, parse_text
from .front_matter import split_front_matter

__all__ = [
    "Article",
    "Decoded",
    "Rejection",
    "clean_text",
    "decode",
    "decode_bytes",
    "find_files",
    "headline_of",
    "make_article",
    "parse_collection",
    "parse_html",
    "parse_published",
    "parse_text",
    "printable_path",
    "read_articles",
    "read_file",
    "split_front_matter",
]
