"""The ``---`` block before an article's body: YAML when it is YAML, else ``key: value`` line by line.

YAML is read with every scalar as text (no dates, numbers or booleans guessed), no aliases (a 350-byte
alias bomb would otherwise build gigabytes) and bounded nesting. Whatever YAML refuses is read a line at a
time, split at the first colon, so a headline like ``title: Ukraine war: a million without power`` loses
nothing. Nothing here rejects an article: problems are notes that become its warnings.
"""

from __future__ import annotations

import re

import yaml

from .. import config

FENCE = "---"
CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
KEY = re.compile(r"^[A-Za-z_][\w .-]{0,63}$")


class _RefusedYAML(yaml.YAMLError):
    pass


class BoundedLoader(yaml.BaseLoader):
    """PyYAML's BaseLoader (all scalars as text) refusing aliases and deep nesting."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _RefusedYAML("aliases are not allowed")
        self._depth += 1
        try:
            if self._depth > config.MAX_NESTING:
                raise _RefusedYAML(f"nested deeper than {config.MAX_NESTING} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_yaml(block: str) -> dict:
    """The block as a mapping; yaml.YAMLError when it is not a YAML mapping this loader accepts."""
    loader = BoundedLoader(block)
    try:
        data = loader.get_single_data()
    except RecursionError as err:  # the scanner's own recursion, beyond our depth bound
        raise _RefusedYAML("nested too deeply") from err
    finally:
        loader.dispose()
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise _RefusedYAML("not a key: value block")
    return data


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def read_lines(block: str) -> tuple[dict, list[str]]:
    """``key: value`` per line, split at the first colon; indented lines continue the previous value."""
    meta: dict[str, str] = {}
    notes: list[str] = []
    key = None
    for number, line in enumerate(block.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        name, colon, value = stripped.partition(":")
        if key is not None and line[:1] in " \t" and not (colon and KEY.match(name.strip())):
            meta[key] = f"{meta[key]} {stripped}".strip()
        elif colon and KEY.match(name.strip()):
            key = name.strip().lower()
            meta[key] = _unquote(value.strip())
        else:
            notes.append(f"front matter line {number} is not 'key: value'; ignored")
    return meta, notes


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """(metadata, body, notes) of a text whose first line may open a ``---`` block.

    A block never closed is read as metadata up to its first line that is not ``key: value``; the rest is
    the body. A block that is not YAML (or is refused) is read line by line, with a note saying so.
    """
    first, newline, rest = text.partition("\n")
    if first.rstrip() != FENCE or not newline:
        return {}, text, []
    closing = CLOSING.search(rest)
    if closing is None:
        return _unclosed(rest)
    block = rest[: closing.start()]
    body = rest[closing.end() + 1 :]
    if len(block) > config.MAX_FRONT_MATTER_CHARS:
        meta, notes = read_lines(block)
        return (
            _keys_lower(meta),
            body,
            [f"front matter over {config.MAX_FRONT_MATTER_CHARS} characters; read line by line", *notes],
        )
    try:
        return _keys_lower(load_yaml(block)), body, []
    except yaml.YAMLError as err:
        reason = str(err) if isinstance(err, _RefusedYAML) else err.__class__.__name__
        meta, notes = read_lines(block)
        return _keys_lower(meta), body, [f"front matter is not valid YAML ({reason}); read line by line", *notes]


def _unclosed(rest: str) -> tuple[dict, str, list[str]]:
    lines = rest.split("\n")
    count = 0
    while count < len(lines) and KEY.match(lines[count].partition(":")[0].strip()) and ":" in lines[count]:
        count += 1
    meta, _ = read_lines("\n".join(lines[:count]))
    body = "\n".join(lines[count:])
    return (
        _keys_lower(meta),
        body,
        ["front matter opened with '---' but never closed; read up to its first non-key line"],
    )


def _keys_lower(meta: dict) -> dict:
    return {str(key).strip().lower(): value for key, value in meta.items()}
