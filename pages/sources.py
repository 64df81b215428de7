from pathlib import Path

import pandas as pd
import streamlit as st

from app import data, filters
from app.frames import Highlight, highlight_html

events = filters.filtered()
articles = data.articles()
st.title("Sources")
st.caption("Every article with the figures read from it. Pick one to check the machine's reading.")
shown = articles[articles["article_id"].isin(events["article_id"])] if not filters.current().is_empty() else articles
if shown.empty:
    st.info("No article matches the filters.")
    st.stop()
st.dataframe(shown[["article_id", "published", "source", "title", "figures", "url"]], hide_index=True, width="stretch")
linked = st.query_params.get("article", "")  # a link from the Claims or Official tallies page
choices = shown["article_id"].tolist()
choice = st.selectbox(
    "Article",
    choices,
    index=choices.index(linked) if linked in choices else 0,
    format_func=lambda a: f"{a} — {shown.set_index('article_id').loc[a, 'title'][:90]}",
)
row = shown.set_index("article_id").loc[choice]
rows = events[events["article_id"] == choice]
st.subheader(row["title"] or choice)
st.caption(" · ".join(x for x in (row["source"], row["published"], row["url"]) if x))
followed = rows[rows["record_id"] == st.query_params.get("record", "")]
if len(followed):
    st.info(f"The figure you followed: “{followed['sentence'].iloc[0]}”")
path = Path(row["path"].rsplit(":", 1)[0]) if row["path"] else None
text = data.article_text(str(path), path.stat().st_mtime) if path and path.exists() else ""
if not text:
    st.warning("The article's file is no longer where the table says it was.")
else:
    spans = [
        Highlight(int(r.char_start), int(r.char_end), f"{r.metric} {'' if pd.isna(r.value) else r.value}")
        for r in rows.itertuples()
    ]
    st.markdown(f'<div class="article">{highlight_html(text, spans)}</div>', unsafe_allow_html=True)
st.dataframe(
    rows[["metric", "weapon", "value", "qualifier", "place", "attacker", "reported_by", "event_date", "sentence"]],
    hide_index=True,
    width="stretch",
)
