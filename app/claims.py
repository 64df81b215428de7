"""Both sides' claims: per incident, what the attacking side's sources say next to the defending side's. Pure pandas.

A source's side comes from its words (etl/speakers.py: "Russian defence ministry" -> russia, "Ukraine's air
force" -> ukraine, named speakers such as "Sobyanin"), else, for an official with no side word ("Governor Oleh
Kiper", "Defense Ministry"), from the country of the place it reports on. The rest (unattributed figures, foreign
media) is shown as "neither side named".
"""

from __future__ import annotations

import html
from collections.abc import Callable

import pandas as pd

from etl.incidents import summarise
from etl.speakers import OPPOSITE, load_speakers

from .labels import figure_name, label

ROLES = ["attacking", "defending", "neither"]
CATEGORY_ORDER = ["strike", "interception", "casualty", "damage", "disruption"]  # as a night is told
METRIC_ORDER = ["launched", "hit", "strikes", "intercepted", "suppressed", "intercepted_or_suppressed"]
CLAIM_COLUMNS = [
    "event_date",
    "attacker",
    "incident_id",
    "parent_id",
    "category",
    "metric",
    "family",
    "weapon",
    "place",
    "role",
    "value",
    "low",
    "high",
    "qualifier",
    "sources",
    "reported_by",
    "source",
    "sentence",
    "article_id",
    "record_id",
]


def speaker_sides(events: pd.DataFrame) -> pd.Series:
    """The side each row's source speaks for ('russia', 'ukraine' or '')."""
    speakers = load_speakers()
    pairs = pd.DataFrame({"by": events["reported_by"].astype(str), "country": events["country"].astype(str)})
    distinct = pairs.drop_duplicates()
    sides = {(b, c): speakers.side(b, c) for b, c in zip(distinct["by"], distinct["country"], strict=True)}
    return pd.Series([sides[p] for p in zip(pairs["by"], pairs["country"], strict=True)], index=events.index)


def roles(events: pd.DataFrame) -> pd.Series:
    """'attacking' when the source speaks for the side that launched, 'defending' for the other, else 'neither'."""
    side = speaker_sides(events)
    attacker = events["attacker"].astype(str)
    defender = attacker.map(OPPOSITE).fillna("")
    role = pd.Series("neither", index=events.index)
    role[(side != "") & (side == attacker)] = "attacking"
    role[(side != "") & (side == defender)] = "defending"
    return role


def claims(events: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """One row per incident (``figures``, parts included) and role that has a numbered figure: the best value that
    side's sources give, its range, and the evidence (sentence, article, record)."""
    numbered = events[events["value"].notna().to_numpy() & events["incident_id"].isin(figures["incident_id"])]
    if numbered.empty:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    role = roles(numbered)
    keyed = numbered.assign(incident_id=numbered["incident_id"].astype(str) + "|" + role, role=role)
    said = summarise(keyed)
    said["incident_id"] = said["incident_id"].str.split("|").str[0]
    incident = figures.set_index("incident_id").reindex(said["incident_id"])
    table = pd.DataFrame(
        {
            **{c: incident[c].to_numpy() for c in ("event_date", "parent_id", "family", "weapon", "place")},
            **{c: said[c].astype(str).to_numpy() for c in ("attacker", "incident_id", "category", "metric", "role")},
            "value": said["best"].to_numpy(),
            "low": said["low"].to_numpy(),
            "high": said["high"].to_numpy(),
            **{c: said[c].astype(str).to_numpy() for c in ("qualifier", "reported_by", "source", "sentence")},
            "sources": said["sources"].to_numpy(),
            **{c: said[c].astype(str).to_numpy() for c in ("article_id", "record_id")},
        }
    )
    anchor = table["parent_id"].where(table["parent_id"] != "", table["incident_id"])  # a part follows its whole
    table = table.assign(
        role_order=table["role"].map({r: i for i, r in enumerate(ROLES)}),
        category_order=table["category"].map({c: i for i, c in enumerate(CATEGORY_ORDER)}),
        metric_order=table["metric"].map({m: i for i, m in enumerate(METRIC_ORDER)}).fillna(len(METRIC_ORDER)),
        anchor=anchor,
        part=table["parent_id"] != "",
    )
    table = table.sort_values(
        ["event_date", "attacker", "category_order", "metric_order", "family", "anchor", "part", "place", "role_order"],
        ascending=[False, True, True, True, True, True, True, True, True],
        kind="stable",
    )
    return table[CLAIM_COLUMNS].reset_index(drop=True)


def both_sides(table: pd.DataFrame) -> pd.DataFrame:
    """Claims of the nights (and direction) on which both the attacking and the defending side give figures."""
    spoken = table.groupby(["event_date", "attacker"])["role"].agg(set)
    nights = spoken[spoken.map(lambda r: {"attacking", "defending"} <= r)].index
    return table[table.set_index(["event_date", "attacker"]).index.isin(nights)]


def _cell(claim: pd.Series | None, href: str) -> str:
    if claim is None:
        return '<td class="none">—</td>'
    value = f"{int(claim['value']):,}"
    if claim["low"] != claim["high"]:
        value += f" <small>({int(claim['low']):,}–{int(claim['high']):,})</small>"
    who = " · ".join(x for x in (claim["reported_by"] or "unattributed", claim["source"]) if x)
    return (
        f'<td><a href="{html.escape(href)}" target="_self" title="{html.escape(claim["sentence"])}">{value}</a>'
        f"<br><small>{html.escape(who)}</small></td>"
    )


def as_html(table: pd.DataFrame, link: Callable[[str, str], str]) -> str:
    """One night and direction's claims as an HTML table: a row per figure, a column per side; each value links
    (``link(article_id, record_id)``) to its evidence and shows its sentence on hover."""
    attacker = table["attacker"].iloc[0]
    sides = {
        "attacking": f"{label('attacker', attacker)} (attacking side) says",
        "defending": f"{label('attacker', OPPOSITE.get(attacker, ''))} (defending side) says",
        "neither": label("role", "neither"),
    }
    head = "".join(f"<th>{html.escape(t)}</th>" for t in ["Figure", "Place", *sides.values()])
    body = []
    for _, rows in table.groupby("incident_id", sort=False):
        first = rows.iloc[0]
        name = figure_name(first["metric"], first["family"])
        if first["parent_id"]:
            name = f"↳ of which: {name}"
        by_role = {r["role"]: r for _, r in rows.iterrows()}
        cells = "".join(
            _cell(
                by_role.get(role),
                link(by_role[role]["article_id"], by_role[role]["record_id"]) if role in by_role else "",
            )
            for role in ROLES
        )
        body.append(f"<tr><td>{html.escape(name)}</td><td>{html.escape(first['place'])}</td>{cells}</tr>")
    return f'<table class="claims"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
