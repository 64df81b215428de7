"""Step 10 of the grammar: one row per figure.

A headline or lead that restates a body figure is merged into it (the body's row is kept and takes what only
the restatement says); a vague figure ("dozens of drones") is kept only when no number gives its metric.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .figures import Figure, evolve
from .heads import family


def _dates_conflict(a: str, b: str) -> bool:
    """Two cues name different days: two calendar dates, or a vague and a definite one."""
    if not a or not b or a == b:
        return False
    vague = {"approx", "range"}
    if (a in vague) != (b in vague):
        return True
    return a.startswith("month_day") and b.startswith("month_day")


def _compatible(a: Figure, b: Figure, within: Callable[[str, str], bool]) -> bool:
    if (a.category, a.metric, family(a.weapon), a.value) != (b.category, b.metric, family(b.weapon), b.value):
        return False
    if a.list_of == b.list_of >= 0:
        return False  # two lines of one list are two facts ("00:14 — two UAVs;" ... "01:58 — two UAVs;")
    if _dates_conflict(a.date_cue, b.date_cue) and not (
        (a.headline or b.headline) and "approx" in (a.date_cue, b.date_cue)  # a teaser names no day of its own
    ):
        return False
    if a.place == b.place or not a.place or not b.place:
        return True
    if not (a.place_explicit and b.place_explicit) and (a.headline or b.headline):
        return True  # a headline's place is a guess
    return within(a.place, b.place) or within(b.place, a.place)


def merge_restatements(
    figures: Iterable[Figure], within: Callable[[str, str], bool] = lambda a, b: False
) -> list[Figure]:
    """One row per figure: a headline or lead that restates a body figure is merged into it.

    ``within(a, b)`` says whether place ``a`` lies inside place ``b`` (a city in its region).
    """
    figures = list(figures)
    order = sorted(range(len(figures)), key=lambda i: (figures[i].headline, i))
    kept: list[Figure] = []
    by_fact: dict[tuple, list[int]] = {}  # (category, metric, family, value) -> indexes into kept
    restated: dict[int, str] = {}  # kept figure -> the place of the body figure it restates: "a man" is one man
    for i in order:
        figure = figures[i]
        if figure.value is None:
            continue
        same = by_fact.setdefault((figure.category, figure.metric, family(figure.weapon), figure.value), [])
        twin = next(
            (
                k
                for k in same
                if _compatible(kept[k], figure, within)
                and kept[k].char_start != figure.char_start
                and (figure.headline or figure.value > 1 or not elsewhere(restated.get(k, ""), figure.place, within))
            ),
            None,
        )
        if twin is None:
            same.append(len(kept))
            kept.append(figure)
        else:
            kept[twin] = _fill(kept[twin], figure, within)
            if not figure.headline:
                restated.setdefault(twin, figure.place)
    numbered = {(f.category, f.metric, family(f.weapon)) for f in kept}
    vague: list[Figure] = []
    seen: set[tuple[str, str, str]] = set()
    for figure in figures:
        key = (figure.category, figure.metric, family(figure.weapon))
        if figure.value is None and key not in numbered and (figure.category, figure.metric, figure.place) not in seen:
            seen.add((figure.category, figure.metric, figure.place))
            vague.append(figure)
    return sorted(kept + vague, key=lambda f: (f.char_start, f.metric))


def elsewhere(place: str, other: str, within: Callable[[str, str], bool]) -> bool:
    """Whether two places are apart (neither lies in the other): one person counted at each is two people."""
    return bool(place and other) and place != other and not within(place, other) and not within(other, place)


LOCAL_CATEGORIES = ("casualty", "damage")  # facts of one place: a restatement naming a narrower one places them


def _fill(kept: Figure, other: Figure, within: Callable[[str, str], bool]) -> Figure:
    updates = {}
    for name in ("weapon_model", "reported_by", "attacker"):
        if not getattr(kept, name) and getattr(other, name):
            updates[name] = getattr(other, name)
    if other.date_rank > kept.date_rank:  # "23 were hurt" < "23 were hurt ... on Sunday"
        updates.update(date_cue=other.date_cue, date_rank=other.date_rank)
    # "Russia said" < "officials said" < "the governor, Ivan Fedorov, said"; a headline's teaser ("..., Telegram
    # channels report") never overrides whom the body gave the figure to
    if other.source_rank > kept.source_rank and not (other.headline and kept.reported_by):
        updates.update(reported_by=other.reported_by, source_rank=other.source_rank)
    if not kept.place_explicit and other.place_explicit:
        updates.update(place=other.place, location=other.location, place_explicit=True)
    elif (
        kept.category in LOCAL_CATEGORIES
        and other.place
        and other.place != kept.place
        and within(other.place, kept.place)
    ):  # "a man was killed in the Belgorod region" restated as "in the village of Dubovoye, the driver died"
        updates.update(place=other.place, location=other.location)
    if kept.weapon == "missile" and family(other.weapon) == "missile":
        updates["weapon"] = other.weapon
    return evolve(kept, **updates) if updates else kept
