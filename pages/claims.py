from urllib.parse import urlencode

import streamlit as st

from app import claims, data, filters, frame
from app.labels import label

frame.require()

NIGHTS_ON_SCREEN = 30

events = filters.filtered()
figures = data.figures(filters.current(), parts=True)
table = claims.claims(data.located(events), figures)
st.title("Claims: both sides, side by side")
st.caption(
    "For each night and direction, what the attacking side's sources say next to what the defending side's say, "
    "figure by figure (an incident figure reconciles the articles of one side). A source's side comes from its "
    "words (“Russian defence ministry”, “Ukraine's air force”, named speakers), else, for an official, from the "
    "country it reports on. Click a number to read it in its article; hover it for the sentence."
)
both = st.toggle("Only nights where both sides give figures", value=False)
if both:
    table = claims.both_sides(table)
if table.empty:
    st.info("No numbered figure matches the filters.")
    st.stop()

carried = {k: st.query_params.get_all(k) for k in st.query_params}  # the view's filters travel with the link


def link(article: str, record: str) -> str:
    return "./sources?" + urlencode({**carried, "article": article, "record": record}, doseq=True)


groups = list(table.groupby(["event_date", "attacker"], sort=False))
if len(groups) > NIGHTS_ON_SCREEN:
    st.caption(f"The latest {NIGHTS_ON_SCREEN} of {len(groups)} nights; narrow the date range for others.")
for (night, attacker), rows in groups[:NIGHTS_ON_SCREEN]:
    st.subheader(f"{night or 'Date unknown'} · {label('direction', attacker)}")
    st.markdown(claims.as_html(rows, link), unsafe_allow_html=True)
