import pandas as pd
import streamlit as st

from app import charts, data, filters, frames
from app.labels import figure_name, label, readable, upper_first

WEAPON_METRICS = ["launched", "intercepted", "suppressed", "intercepted_or_suppressed", "hit", "strikes"]
FAMILIES = ["drone", "missile", "drone_or_missile", "guided_bomb"]
PARTS_SHOWN = 3  # more go into an expander

events = filters.filtered()
figures = data.figures(filters.current())
totals = frames.totals(figures)
rates = frames.rate_summary(figures).set_index(["attacker", "family"])
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
metrics = [m for m in WEAPON_METRICS if m in set(shown["metric"])]
families = [f for f in FAMILIES if f in set(shown.loc[shown["metric"].isin(metrics), "family"])]


def count(attacker: str, metric: str) -> str:
    value = totals.loc[(totals["attacker"] == attacker) & (totals["metric"] == metric), "value"]
    return f"{int(value.sum()):,}" if len(value) else "—"


def rate(attacker: str) -> tuple[str, str]:
    if (attacker, "all") not in rates.index:
        return "n/a", "No night with both a launched and a shot-down figure, or more stopped than launched."
    known = rates.loc[attacker]
    nights = int(known.loc["all", "nights"])
    apart = "; ".join(
        f"{label('family', f)} {known.loc[f, 'rate']:.0%}" for f in ("drone", "missile") if f in known.index
    )
    return f"{known.loc['all', 'rate']:.0%}", (
        f"Drones and missiles shot down, jammed or lost, over those launched, on {nights} night{'s' * (nights != 1)} "
        f"giving both. {apart or 'Drones and missiles not given apart.'}"
    )


for column, attacker in zip(st.columns(len(directions)), directions, strict=True):
    with column:
        st.subheader(label("direction", attacker))
        killed, injured, stopped = st.columns(3)
        killed.metric("Killed", count(attacker, "killed"))
        injured.metric("Injured", count(attacker, "injured"))
        shown_rate, how = rate(attacker)
        stopped.metric("Interception rate", shown_rate, help=how)
        if metrics:
            cells = frames.grid(totals, attacker, metrics, families)
            table = pd.DataFrame(
                {
                    upper_first(label("family", f)): ["—" if pd.isna(v) else f"{int(v):,}" for v in cells[f]]
                    for f in families
                },
                index=pd.Index([figure_name(m) for m in metrics], name="Figure"),
            )
            st.table(table)
        own = parts[parts["attacker"] == attacker]
        lines = [
            f"of which {p.place}: {p.value:,} of the {p.whole_value:,} "
            f"{label('family', p.family) + ' ' if p.family else ''}{label('metric', p.metric)} "
            f"in {p.whole_place} ({p.event_date}; a part, not added)"
            for p in own.itertuples()
        ]
        if len(lines) <= PARTS_SHOWN:
            for line in lines:
                st.caption(line)
        else:
            with st.expander(f"{len(lines)} parts of these figures, not added"):
                st.markdown("\n".join(f"- {line}" for line in lines))

if not chosen:
    unknown = totals[totals["attacker"] == "unknown"]
    if len(unknown):
        st.subheader(upper_first(label("direction", "unknown")))
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
