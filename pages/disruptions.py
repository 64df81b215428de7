import streamlit as st

from app import charts, data, filters, frame, frames_disruptions, frames_time, labels
from app.frames import with_day

frame.require()

events = data.figures(filters.current())  # incident figures: each fact once, parts not added
st.title("Disruptions")
st.caption("Airport restrictions, cancelled and delayed flights, stranded passengers, power outages.")
totals = frames_disruptions.totals(events)
if totals.empty:
    st.info("No disruption matches the filters.")
    st.stop()
for column, row in zip(st.columns(min(len(totals), 6)), totals.head(6).itertuples(), strict=False):
    column.metric(
        labels.measure(row.metric).capitalize(),
        f"{row.value:,.0f}" if row.figures else "no number",
        help=f"Sum of {row.figures:,} figures, in {row.unit}.",
    )
    if row.unnumbered:
        reports = f"{row.unnumbered:,} report{'s' if row.unnumbered > 1 else ''}"
        column.caption(f"and {reports} without a number" if row.figures else f"{reports}, none with a number")
metrics = totals["metric"].tolist()
if st.session_state.get("disruption_metric") not in metrics:
    st.session_state["disruption_metric"] = metrics[0]
metric = (
    st.segmented_control(
        "Disruption", metrics, key="disruption_metric", format_func=lambda m: labels.measure(m).capitalize()
    )
    or metrics[0]
)
rows = frames_disruptions.disruptions(events)
rows = with_day(rows[(rows["metric"] == metric).to_numpy()])
if rows["value"].notna().any():
    bucket = frames_time.auto_bucket(rows["day"])
    st.plotly_chart(charts.disruptions_by_place(events, metric), key="by_place")
    st.plotly_chart(charts.disruptions_over_time(events, metric, bucket), key="over_time")
else:
    st.info(f"No report of {labels.measure(metric)} gives a number; the reports are listed below.")
rows = rows.sort_values("day", ascending=False, na_position="last")
columns = ["event_date", "metric", "value", "qualifier", "place", "reported_by", "source", "sentence"]
st.dataframe(labels.humanise(rows[[c for c in columns if c in rows.columns]]), hide_index=True, width="stretch")
