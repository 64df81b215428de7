"""Chart builders: plain data in, a plotly Figure out. No streamlit, no I/O."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from . import frames, labels

CATEGORY_COLOURS = {
    "strike": "#d62728",
    "interception": "#1f77b4",
    "casualty": "#111111",
    "damage": "#ff7f0e",
    "disruption": "#9467bd",
}
METRIC_COLOURS = {
    "launched": "#d62728",
    "intercepted": "#1f77b4",
    "suppressed": "#17becf",
    "intercepted_or_suppressed": "#2ca02c",
    "killed": "#111111",
    "injured": "#ff7f0e",
}
THEATRE = {"lat": 50.5, "lon": 36.0, "zoom": 3.2}
MAP_MARKER_LIMIT = 5_000  # beyond this many figures the map shows one marker per place and category


def empty(title: str, reason: str) -> go.Figure:
    """A figure that says why there is nothing to draw."""
    figure = go.Figure()
    figure.add_annotation(text=reason, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 15})
    figure.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False}, height=320)
    return figure


def _hover(frame: pd.DataFrame) -> pd.Series:
    frame = frames.as_text(frame)
    value = frame["value"].astype("string").fillna("(no number)")
    return (
        "<b>"
        + value
        + " "
        + frame["metric"].str.replace("_", " ")
        + " "
        + frame["weapon"].str.replace("_", " ")
        + "</b><br>"
        + frame["place"]
        + " · "
        + frame["event_date"].where(frame["event_date"] != "", "date unknown")
        + "<br>"
        + frame["reported_by"].where(frame["reported_by"] != "", "unattributed")
        + " · "
        + frame["source"]
        + "<br><i>"
        + frame["sentence"].str.slice(0, 160).str.wrap(60).str.replace("\n", "<br>")
        + "</i>"
    )


def _place_hover(table: pd.DataFrame) -> pd.Series:
    return (
        "<b>"
        + table["place"]
        + "</b><br>"
        + table["category"]
        + ": "
        + table["figures"].map("{:,} reported figures".format)
        + "<br>sum of values: "
        + table["value"].map("{:,.0f}".format)
    )


def event_map(events: pd.DataFrame, countries: dict, regions: dict, online_tiles: bool = False) -> go.Figure:
    """Geocoded sub-national figures as markers sized by value, coloured by category.

    Up to MAP_MARKER_LIMIT figures each get a marker with its sentence; past that, one marker per place and
    category sums them (a browser cannot draw or hover a million points usefully).
    """
    on_map = (events["lat"].notna() & (events["place_type"] != "country")).to_numpy()
    per_place = on_map.sum() > MAP_MARKER_LIMIT
    title = "Reported figures by place" + (" (summed per place)" if per_place else "")
    if not on_map.any():
        return empty(title, "No figure with a city, region or facility matches the filters.")
    if per_place:  # only the columns a sum needs: no copy of a million full rows
        located = events.loc[on_map, ["place", "category", "lat", "lon", "value"]]
        points = frames.by_place(located)
    else:
        located = events[on_map]
        points = located.assign(value=located["value"].fillna(1))
    figure = go.Figure()
    for category, rows in points.groupby("category", observed=True):
        size = rows["value"].astype(float).clip(lower=1)
        figure.add_trace(
            go.Scattermap(
                lat=rows["lat"],
                lon=rows["lon"],
                mode="markers",
                name=category,
                marker={
                    "size": (6 + 4 * size**0.5).clip(upper=60),
                    "color": CATEGORY_COLOURS[category],
                    "opacity": 0.7,
                },
                text=_place_hover(rows) if per_place else _hover(located.loc[rows.index]),
                hovertemplate="%{text}<extra></extra>",
            )
        )
    layers = [
        {"source": regions, "type": "line", "color": "#9a9a9a", "line": {"width": 0.6}},
        {"source": countries, "type": "line", "color": "#333333", "line": {"width": 1.2}},
    ]
    style = "open-street-map" if online_tiles else "white-bg"
    figure.update_layout(
        title=title,
        map={
            "style": style,
            "center": {"lat": THEATRE["lat"], "lon": THEATRE["lon"]},
            "zoom": THEATRE["zoom"],
            "layers": [] if online_tiles else layers,
        },
        height=620,
        margin={"l": 0, "r": 0, "t": 40, "b": 0},
        legend={"title": "category"},
    )
    return figure


def national_totals(events: pd.DataFrame) -> go.Figure:
    """Figures reported for a whole country, apart from the map."""
    title = "Country-wide figures (not placed on the map)"
    chosen = (events["place_type"] == "country") & events["value"].notna()
    rows = events.loc[chosen.to_numpy(), ["place", "metric", "value"]]
    if rows.empty:
        return empty(title, "No country-wide figure matches the filters.")
    table = frames.as_text(rows.groupby(["place", "metric"], as_index=False, observed=True)["value"].sum())
    figure = px.bar(
        table,
        x="value",
        y="metric",
        color="place",
        orientation="h",
        barmode="group",
        title=title,
        labels={"value": "count (sum of reported figures)", "metric": "metric", "place": "country"},
    )
    figure.update_layout(height=320)
    return figure


def strikes_timeline(events: pd.DataFrame, by_weapon: bool = True) -> go.Figure:
    title = "Launched, intercepted and suppressed per day"
    table = frames.daily(events, ["launched", *frames.INTERCEPTION_METRICS], by="weapon" if by_weapon else None)
    if table.empty:
        return empty(title, "No launch or interception figure with a known day matches the filters.")
    table["series"] = table["metric"] + (" · " + table["weapon"].replace("", "unspecified") if by_weapon else "")
    figure = px.bar(
        table,
        x="day",
        y="value",
        color="series",
        barmode="group",
        title=title,
        labels={"day": "day", "value": "weapons (count)", "series": "metric · weapon"},
    )
    return figure


def interception_rate(events: pd.DataFrame) -> go.Figure:
    title = "Interception rate: (intercepted + suppressed) / launched"
    table = frames.interception_rate_by_day(events)
    if table.empty:
        return empty(title, "No day has both a launched and an intercepted figure under these filters.")
    figure = px.line(
        table,
        x="day",
        y="rate",
        color="direction",
        markers=True,
        title=title,
        labels={"day": "day", "rate": "share of launched weapons stopped"},
    )
    figure.update_yaxes(tickformat=".0%", range=[0, 1.05])
    return figure


def casualties_timeline(events: pd.DataFrame) -> go.Figure:
    title = "People killed and injured per day"
    table = frames.daily(events, ["killed", "injured"])
    if table.empty:
        return empty(title, "No casualty figure with a known day matches the filters.")
    return px.bar(
        table,
        x="day",
        y="value",
        color="metric",
        title=title,
        color_discrete_map=METRIC_COLOURS,
        labels={"day": "day", "value": "people (count)", "metric": "metric"},
    )


def _rows_per_day(events: pd.DataFrame, colour: str, title: str, reason: str, **style) -> go.Figure:
    """Bar chart of how many figures were reported each day, split by ``colour``."""
    dated = frames.with_day(events)
    rows = dated.loc[dated["day"].notna().to_numpy(), ["day", colour]]
    if rows.empty:
        return empty(title, reason)
    table = frames.as_text(rows.groupby(["day", colour], as_index=False, observed=True).size())
    return px.bar(
        table,
        x="day",
        y="size",
        color=colour,
        title=title,
        labels={"day": "day", "size": "reported figures (rows)", colour: colour},
        **style,
    )


def small_timeline(events: pd.DataFrame) -> go.Figure:
    figure = _rows_per_day(
        events,
        "category",
        "Reported figures per day",
        "No figure with a known day matches the filters.",
        color_discrete_map=CATEGORY_COLOURS,
    )
    figure.update_layout(height=300)
    return figure


def disruptions_by_place(events: pd.DataFrame) -> go.Figure:
    title = "Disruptions by place"
    rows = events[events["category"] == "disruption"]
    if rows.empty:
        return empty(title, "No disruption (airports, flights, passengers, power) matches the filters.")
    rows = frames.as_text(rows[["place", "metric", "record_id", "value"]])
    table = (
        rows.assign(place=rows["place"].replace("", "unknown place"))
        .groupby(["place", "metric"], as_index=False)
        .agg(reports=("record_id", "size"), total=("value", "sum"))
    )
    figure = px.bar(
        table,
        x="reports",
        y="place",
        color="metric",
        orientation="h",
        title=title,
        hover_data={"total": True},
        labels={
            "reports": "reported figures (rows)",
            "place": "place",
            "metric": "metric",
            "total": "sum of numbers given",
        },
    )
    return figure


def disruptions_by_day(events: pd.DataFrame) -> go.Figure:
    return _rows_per_day(
        events[events["category"] == "disruption"],
        "metric",
        "Disruptions per day",
        "No disruption with a known day matches the filters.",
    )


def tally_comparison(comparison: pd.DataFrame) -> go.Figure:
    """News figures (air force, Russia → Ukraine) against the official tally: one point per night, weapon and
    metric; on the diagonal they agree."""
    title = "Air force figures in the news against the official tally"
    compared = comparison[comparison["official"].notna()]
    if compared.empty:
        return empty(title, "No news figure of the air force falls on a night of the official tally.")
    table = compared.assign(
        official=compared["official"].astype(float),
        figure=[labels.series(m, w) for m, w in zip(compared["metric"], compared["weapon"], strict=True)],
        status=[labels.label("status", s) for s in compared["status"]],
    )
    figure = px.scatter(
        table,
        x="official",
        y="news",
        color="status",
        symbol="figure",
        hover_data={"night": True, "place": True, "reported_by": True, "source": True},
        title=title,
        labels={"official": "official tally", "news": "read from the news", "status": "status", "figure": "figure"},
        color_discrete_map={"exact match": "#2ca02c", "within tolerance": "#1f77b4", "differs": "#d62728"},
    )
    top = float(max(table["official"].max(), table["news"].max())) * 1.05
    figure.add_shape(type="line", x0=0, y0=0, x1=top, y1=top, line={"dash": "dot", "color": "#888"})
    figure.update_layout(height=420)
    return figure
