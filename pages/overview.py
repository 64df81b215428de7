import streamlit as st

from app import charts, data, filters, frames
from app.labels import figure_name, label, readable

METRIC_ORDER = ["launched", "intercepted", "suppressed", "intercepted_or_suppressed", "hit", "strikes"]
FAMILY_ORDER = ["drone", "missile", "drone_or_missile", "guided_bomb", ""]
PEOPLE = ["killed", "injured"]
TILES_PER_ROW = 3

events = filters.filtered()
figures = data.figures(filters.current())
totals = frames.totals(figures)
rates = frames.rate_summary(figures)
parts = frames.parts_within(data.figures(filters.current(), parts=True))
chosen = filters.current().direction
directions = [chosen] if chosen in ("russia", "ukraine") else ["russia", "ukraine"]

st.title("Aerial attacks in the news")
st.caption(
    f"{len(figures):,} incident figures from {len(events):,} reported rows under the current filters. "
    "An incident figure is one fact (direction, metric, weapon, night, place) counted once however many articles "
    "report it; a part of a figure (a region inside a national total) is named under it, never added."
)

shown = totals[totals["attacker"].isin(directions)]
weapon_tiles = sorted(
    {(m, f) for m, f in zip(shown["metric"], shown["family"], strict=True) if m in METRIC_ORDER},
    key=lambda mf: (METRIC_ORDER.index(mf[0]), FAMILY_ORDER.index(mf[1])),
)
tiles = [*weapon_tiles, *((m, "") for m in PEOPLE)]


def number(attacker: str, metric: str, family: str) -> tuple[str, str]:
    row = totals[(totals["attacker"] == attacker) & (totals["metric"] == metric) & (totals["family"] == family)]
    if row.empty:
        return "—", "No figure reported."
    count = int(row["figures"].iloc[0])
    return f"{int(row['value'].iloc[0]):,}", f"Sum of {count} incident figure{'s' * (count != 1)}."


def rate(attacker: str) -> tuple[str, str]:
    known = rates[rates["attacker"] == attacker].set_index("family")
    if "all" not in known.index:
        return "n/a", "No night with both a launched and a shot-down figure (or more stopped than launched)."
    per_family = "; ".join(
        f"{label('family', f)} {known.loc[f, 'rate']:.0%}" for f in ("drone", "missile") if f in known.index
    )
    nights = int(known.loc["all", "nights"])
    return f"{known.loc['all', 'rate']:.0%}", (
        f"Shot down, jammed or lost / launched, over {nights} night{'s' * (nights != 1)} with both figures. "
        + (per_family or "Drones and missiles not given apart.")
    )


for column, attacker in zip(st.columns(len(directions)), directions, strict=True):
    with column:
        st.subheader(label("direction", attacker))
        cells = [(figure_name(m, f), *number(attacker, m, f)) for m, f in tiles]
        cells.append(("Interception rate (drones and missiles)", *rate(attacker)))
        for start in range(0, len(cells), TILES_PER_ROW):
            row = cells[start : start + TILES_PER_ROW]
            for cell, (name, value, note) in zip(st.columns(TILES_PER_ROW)[: len(row)], row, strict=True):
                cell.metric(name, value, help=note)
        own = parts[parts["attacker"] == attacker]
        for part in own.itertuples():
            st.caption(
                f"of which {part.place}: {part.value:,} of the {part.whole_value:,} "
                f"{label('family', part.family)} {label('metric', part.metric)} over {part.whole_place} "
                f"({part.event_date}; a part, not added)"
            )

if not chosen:
    unknown = totals[totals["attacker"] == "unknown"]
    if len(unknown):
        st.subheader(label("direction", "unknown"))
        st.caption("Figures whose article names no attacking side: shown apart, in neither direction.")
        st.dataframe(readable(unknown, ["metric", "family", "value", "figures"]), hide_index=True, width="content")

loose = frames.undated(figures)
loose = loose[loose["attacker"].isin(directions if chosen else frames.DIRECTIONS)]
if len(loose):
    with st.expander(f"Not in these totals: {len(loose)} figure{'s' * (len(loose) != 1)} with no resolvable date"):
        st.caption("A figure whose day the article leaves open may restate a dated one, so it is not added.")
        columns = ["direction", "metric", "weapon", "value", "place", "reported_by", "source", "sentence"]
        st.dataframe(readable(loose, columns), hide_index=True, width="stretch")

st.plotly_chart(charts.small_timeline(figures), width="stretch")
st.subheader("Latest incident figures")
latest = frames.latest(figures, 25)
if latest.empty:
    st.info("No figure matches the filters.")
else:
    columns = ["event_date", "direction", "metric", "weapon", "value", "low", "high", "qualifier", "place"]
    st.dataframe(
        readable(latest, [*columns, "sources", "reported_by", "source", "sentence"]), hide_index=True, width="stretch"
    )
