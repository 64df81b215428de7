"""Every inflected form of a lexicon word, so the lexicons name a word once ("{strike}") and match all its
forms: lemminflect gives them, and what it gave is kept in a cache file between runs (its tables take a third
of a second to load, the file a millisecond)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import secrets
from contextlib import suppress
from functools import cache
from pathlib import Path

from . import config

INFLECTED = re.compile(r"\{([a-z]+)(?::([vn]))?\}")
UPOS = {"v": ("VERB",), "n": ("NOUN",), None: ("VERB", "NOUN")}


def inflections(lemma: str, kind: str | None = None) -> tuple[str, ...]:
    """Every inflected form of a lemma ("strike" -> strike, strikes, struck, striking, stricken), as verb and
    noun unless ``kind`` says "v" or "n"; longest first, so a regex alternation prefers the full form. As
    lemminflect gave them: kept between runs (KnownForms)."""
    return known_forms().forms_of(lemma, kind)


def inflect(lemma: str, kind: str | None) -> tuple[str, ...]:
    """inflections() as lemminflect computes them."""
    from lemminflect import getAllInflections, getAllInflectionsOOV  # imported only for a lemma not yet known

    forms = {lemma}
    for upos in UPOS[kind]:
        found = getAllInflections(lemma, upos=upos) or getAllInflectionsOOV(lemma, upos=upos)
        for words in found.values():
            forms.update(words)
    return tuple(sorted(forms, key=lambda w: (-len(w), w)))


class KnownForms:
    """The inflections lemminflect gave, kept in a JSON file between runs: loading its tables takes a third of
    a second, reading the file a millisecond. The file names the lemminflect install it came from (the size and
    time of its module file) and is ignored under another; one that cannot be read or written is no error."""

    def __init__(self, path: Path):
        self.path = path
        self.stamp = lemminflect_stamp()
        self.forms = self._read()
        self.new = False  # forms computed since the file was read

    def forms_of(self, lemma: str, kind: str | None) -> tuple[str, ...]:
        key = f"{lemma}:{kind or ''}"
        if key not in self.forms:
            self.forms[key] = inflect(lemma, kind)
            self.new = True
        return self.forms[key]

    def _read(self) -> dict[str, tuple[str, ...]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            forms = data["forms"] if data["lemminflect"] == self.stamp else {}
            if all(isinstance(words, list) and all(isinstance(w, str) for w in words) for words in forms.values()):
                return {key: tuple(words) for key, words in forms.items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            pass
        return {}

    def save(self) -> None:
        """Write the forms if some are new (through a temporary file: another process may be reading)."""
        if not self.new:
            return
        text = json.dumps({"lemminflect": self.stamp, "forms": self.forms}, indent=0, sort_keys=True)
        temporary = self.path.with_name(f".{self.path.name}.{secrets.token_hex(6)}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, self.path)
            self.new = False
        except OSError:  # not kept: the next run inflects again
            with suppress(OSError):
                temporary.unlink(missing_ok=True)


def lemminflect_stamp() -> str:
    """The installed lemminflect, by the size and time of its module file (another install changes it)."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or spec.origin is None:
        return ""
    stat = os.stat(spec.origin)
    return f"{stat.st_size}:{stat.st_mtime_ns}"


@cache
def known_forms() -> KnownForms:
    return KnownForms(config.CACHE / "inflections.json")


def expand(pattern: str) -> str:
    """A lexicon pattern with every ``{lemma}`` (or ``{lemma:v}``, ``{lemma:n}``) replaced by the alternation of
    its inflections: the lexicon names a word once and matches all its forms."""
    return INFLECTED.sub(lambda m: "(?:" + "|".join(map(re.escape, inflections(m[1], m[2]))) + ")", pattern)
