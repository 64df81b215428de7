import streamlit as st

from app import charts, filters, frames

events = filters.filtered()
st.title("Aerial attacks in the news")
st.caption(
    f"{len(events):,} reported figures under the current filters · each row is one figure an article gives, "
    "with the sentence it came from"
)
numbers = frames.headline_numbers(events)
columns = st.columns(7)
labels = [
    ("launched", "Weapons launched"),
    ("intercepted", "Intercepted"),
    ("suppressed", "EW-suppressed"),
    ("interception_rate", "Interception rate"),
    ("killed", "Killed"),
    ("injured", "Injured"),
    ("disruptions", "Disruption reports"),
]
for column, (key, label) in zip(columns, labels, strict=True):
    value = numbers[key]
    shown = "n/a" if value is None else (f"{value:.0%}" if key == "interception_rate" else f"{value:,}")
    column.metric(label, shown)
st.caption(
    "Sums of the figures as reported; a national total and its regional breakdown both count. "
    "Interception rate uses only articles that give both a launched and an intercepted figure."
)
st.plotly_chart(charts.small_timeline(events), width="stretch")
st.subheader("Latest reported figures")
latest = frames.latest(events, 25)
if latest.empty:
    st.info("No figure matches the filters.")
else:
    st.dataframe(
        latest[
            [
                "event_date",
                "category",
                "metric",
                "weapon",
                "value",
                "qualifier",
                "place",
                "reported_by",
                "source",
                "sentence",
            ]
        ].head(25),
        hide_index=True,
        width="stretch",
    )
