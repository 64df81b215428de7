"""Pure pandas for the disruptions page: sums per metric in its own unit, top places with the rest folded."""

from __future__ import annotations

import pandas as pd

from . import labels

TOP_PLACES = 12


def disruptions(events: pd.DataFrame) -> pd.DataFrame:
    """The disruption rows (a few per cent of a table: copying them whole is cheap)."""
    return events[(events["category"] == "disruption").to_numpy()]


def totals(events: pd.DataFrame) -> pd.DataFrame:
    """Per disruption metric: the sum of its numbers, its unit, how many figures gave one and how many did not.

    Columns: metric, unit, value, figures, unnumbered. Most figures first.
    """
    rows = disruptions(events)
    columns = ["metric", "unit", "value", "figures", "unnumbered"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    table = pd.DataFrame(
        {
            "metric": rows["metric"].astype(str),
            "value": rows["value"].astype("float64"),
            "numbered": rows["value"].notna().to_numpy(),
        }
    )
    grouped = table.groupby("metric", as_index=False)
    summary = grouped.agg(value=("value", "sum"), figures=("numbered", "sum"), reports=("numbered", "size"))
    summary["unnumbered"] = summary["reports"] - summary["figures"]
    summary["unit"] = summary["metric"].map(labels.unit)
    summary = summary.sort_values(["reports", "metric"], ascending=[False, True], kind="stable")
    return summary.astype({"figures": "int64", "unnumbered": "int64"}).reset_index(drop=True)[columns]


def top_places(events: pd.DataFrame, metric: str, top: int = TOP_PLACES) -> pd.DataFrame:
    """Sum of one metric's numbers per place, the ``top`` largest, the rest folded into one 'other' row.

    Columns: place, value, figures, other (True on the folded row). Largest first, 'other' last.
    """
    rows = disruptions(events)
    rows = rows[(rows["metric"] == metric).to_numpy() & rows["value"].notna().to_numpy()]
    columns = ["place", "value", "figures", "other"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    place = rows["place"].astype(str).replace("", "place not named")
    table = (
        pd.DataFrame({"place": place, "value": rows["value"].astype("float64")})
        .groupby("place", as_index=False)
        .agg(value=("value", "sum"), figures=("value", "size"))
        .sort_values(["value", "place"], ascending=[False, True], kind="stable")
    )
    table["other"] = False
    if len(table) > top + 1:  # folding a single place into 'other' would hide its name for nothing
        rest = table.iloc[top:]
        folded = pd.DataFrame(
            {
                "place": [f"other ({len(rest):,} places)"],
                "value": [rest["value"].sum()],
                "figures": [rest["figures"].sum()],
                "other": [True],
            }
        )
        table = pd.concat([table.iloc[:top], folded], ignore_index=True)
    return table.reset_index(drop=True)[columns]
