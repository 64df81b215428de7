import pandas as pd
import streamlit as st

from app import data, filters, frame, labels
from app.evidence import SCROLL_TO_FOCUS, Span, evidence_html, legend_html
from app.plain import md
from etl.errors import AirwatchError

frame.require()

events = filters.filtered()
st.title("Sources")
st.caption("Every article with the figures read from it. Pick one to check the machine's reading.")
try:
    articles = data.article_list()
except AirwatchError as err:
    st.error(f"The list of articles cannot be read: {md(err)}. Rebuild the table with `make table`.")
    st.stop()

known = set(articles["article_id"])
shown = articles if filters.current().is_empty() else articles[articles["article_id"].isin(events["article_id"])]
asked, record = st.query_params.get("article"), st.query_params.get("record", "")
if asked is not None and asked not in known:
    st.info(f"The link asks for article {md(asked[:80])}, which the table does not hold; ignored.")
    del st.query_params["article"]
    asked, record = None, ""
if asked and asked not in set(shown["article_id"]):
    st.caption("The linked article is outside the current filters; it is listed first.")
    shown = pd.concat([articles[articles["article_id"] == asked], shown], ignore_index=True)
if shown.empty:
    st.info("No article matches the filters.")
    st.stop()

columns = [c for c in ["article_id", "published", "source", "title", "figures", "url"] if c in shown.columns]
st.dataframe(labels.humanise(shown[columns]), hide_index=True, width="stretch")
ids = shown["article_id"].tolist()
titles = dict(zip(shown["article_id"], shown["title"], strict=True))
if asked and st.session_state.get("_article_link") != asked:  # a link (or a new one) chooses the article
    st.session_state["source_article"] = asked
if st.session_state.get("source_article") not in ids:
    st.session_state["source_article"] = ids[0]
choice = st.selectbox("Article", ids, key="source_article", format_func=lambda a: f"{a} — {titles[a][:90]}")
if choice != asked:
    st.query_params["article"] = choice
    if "record" in st.query_params:
        del st.query_params["record"]
    record = ""
st.session_state["_article_link"] = choice

row = articles[articles["article_id"] == choice].iloc[0]
rows = data.events()
rows = rows[(rows["article_id"] == choice).to_numpy()]
st.subheader(md(row["title"] or choice), anchor=False)
st.caption(md(" · ".join(str(x) for x in (row["source"], row["published"], row["url"]) if x)))
if record and record not in set(rows["record_id"]):
    st.info(f"The link's figure {md(record[:40])} is not one of this article's; ignored.")
    record = ""
if record:
    sentence = rows.loc[(rows["record_id"] == record).to_numpy(), "sentence"].iloc[0]
    st.info(f"The figure from the Data page is outlined below, in this sentence: {md(sentence)}")
body = data.article_body(choice, str(row.get("path", "")))
if body is None:
    st.warning("The article's text is neither stored with the table nor in its file any more.")
else:
    if len(rows) and int(rows["char_end"].max()) > len(body):
        st.warning("The article's file changed since the table was built: the marks may be off. Rebuild the table.")
    spans = [
        Span(
            int(r.char_start),
            int(r.char_end),
            str(r.category),
            f"{labels.label('category', r.category)}: {'' if pd.isna(r.value) else f'{r.value:,} '}"
            f"{labels.measure_of(str(r.metric), str(r.weapon))}",
            str(r.record_id),
        )
        for r in rows.itertuples()
    ]
    st.html(legend_html(sorted(rows["category"].astype(str).unique())))
    st.html(evidence_html(body, spans, focus=record))
    if record:
        st.html(SCROLL_TO_FOCUS, unsafe_allow_javascript=True)
figure_columns = [
    "metric",
    "weapon",
    "value",
    "qualifier",
    "place",
    "attacker",
    "reported_by",
    "event_date",
    "sentence",
]
st.dataframe(labels.humanise(rows[figure_columns]), hide_index=True, width="stretch")
