from urllib.parse import urlencode

import streamlit as st

from app import charts, data, filters, frame
from app.labels import label, readable
from etl import reference

frame.require()

st.title("Official tallies")
st.caption(
    "The Ukrainian air force's own daily counts against what the news says it said: Russia → Ukraine launches, "
    "shot-down (the tally's “destroyed”) and jammed or lost (“not reached the goal”) figures whose source is the "
    "air force, summed per night and weapon from incident figures, beside the tally's national rows (regional "
    "commands' rows overlap them and are left out). A disagreement is a different scope (a city or a single "
    "wave against the whole night) or a reading error: the sentence tells which."
)
official = data.tallies()
if official is None:
    st.info(
        "No official tally imported yet. Download `missile_attacks_daily.csv` from Kaggle's “Massive Missile "
        "Attacks on Ukraine” (piterfm), then run `python -m etl reference missile_attacks_daily.csv`."
    )
    st.stop()
if filters.current().direction in ("ukraine", "unknown"):
    st.info("The official tally counts Russian attacks on Ukraine: choose Russia → Ukraine or both directions.")
    st.stop()

tolerance = st.slider("Tolerance", min_value=0, max_value=25, value=5, step=1, format="%d %%") / 100
events = filters.filtered()
news = data.figures_of(reference.air_force_rows(data.located(events)))
comparison = reference.compare(news, official, tolerance)
verdicts = reference.night_verdicts(comparison)
counts = verdicts["verdict"].value_counts()
for column, (key, name) in zip(
    st.columns(4),
    [("exact", "Nights matching exactly"), ("within", "Within tolerance"), ("differs", "Beyond tolerance")]
    + [("no official figure", "No official figure")],
    strict=True,
):
    column.metric(name, int(counts.get(key, 0)), help="Nights with an air-force figure in the news.")
st.plotly_chart(charts.tally_comparison(comparison), width="stretch")

carried = {k: st.query_params.get_all(k) for k in st.query_params}
comparison["evidence"] = [
    "./sources?" + urlencode({**carried, "article": a, "record": r}, doseq=True)
    for a, r in zip(comparison["article_id"], comparison["record_id"], strict=True)
]
shown = ["night", "weapon", "metric", "news", "official", "difference", "status", "place", "reported_by", "source"]
evidence = {
    label("column", "sentence"): st.column_config.TextColumn(width="large"),
    "Evidence": st.column_config.LinkColumn(display_text="read it in its article"),
}
st.subheader(f"Nights where they disagree by more than {tolerance:.0%}")
differing = comparison[comparison["status"] == "differs"]
if differing.empty:
    st.success("No compared figure is off by more than the tolerance.")
else:
    table = readable(differing, [*shown, "sentence"]).assign(Evidence=differing["evidence"].to_numpy())
    st.dataframe(table, hide_index=True, width="stretch", column_config=evidence)
with st.expander(f"Every compared figure ({len(comparison)})"):
    table = readable(comparison, [*shown, "sentence"]).assign(Evidence=comparison["evidence"].to_numpy())
    st.dataframe(table, hide_index=True, width="stretch", column_config=evidence)
with st.expander("The official national rows of these nights"):
    rows = official[(official["scope"] == "national") & official["night"].isin(comparison["night"])]
    columns = ["night", "time_start", "time_end", "model", "weapon", "launched", "destroyed", "not_reach_goal"]
    st.dataframe(readable(rows, columns), hide_index=True, width="stretch")
