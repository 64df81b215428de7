import pandas as pd
import streamlit as st

from app import data, intake
from app.frames import Highlight, highlight_html
from etl import config
from etl.errors import AirwatchError

st.title("Add articles")
st.caption(
    f"Paste an article or upload .txt/.html files (up to {config.MAX_UPLOAD_BYTES // 1024} KB each). "
    "You see the rows the ETL would add before anything is saved; existing articles are never overwritten."
)
with st.form("add_article"):
    title = st.text_input("Headline")
    published = st.date_input("Published", value=None)
    source = st.text_input("Source (publisher)")
    url = st.text_input("URL")
    text = st.text_area("Article text", height=220)
    uploads = st.file_uploader("…or upload files", type=["txt", "html", "htm"], accept_multiple_files=True)
    preview = st.form_submit_button("Preview the rows")

if preview:
    pending, errors = [], []
    items = [(u.name, u.getvalue()) for u in uploads or []] or [None]
    for upload in items:
        try:
            pending.append(intake.from_form(text, title, published, source, url, upload))
        except AirwatchError as err:
            errors.append(f"{upload[0] if upload else 'pasted text'}: {err}")
    st.session_state["pending_articles"] = pending
    for error in errors:
        st.error(error)

pending = st.session_state.get("pending_articles", [])
for article in pending:
    rows = data.preview_rows(article)
    st.subheader(article.title or article.id)
    st.caption(f"{len(rows)} rows would be added")
    spans = [Highlight(int(r.char_start), int(r.char_end), str(r.metric)) for r in rows.itertuples()]
    st.markdown(highlight_html(article.text, spans), unsafe_allow_html=True)
    if len(rows):
        st.dataframe(
            pd.DataFrame(rows)[
                ["metric", "weapon", "value", "qualifier", "place", "reported_by", "event_date", "sentence"]
            ],
            hide_index=True,
            width="stretch",
        )
if pending and st.button("Save and rebuild the table", type="primary"):
    try:
        summary = intake.add(pending)
    except Exception as err:  # the table on disk is untouched; say why
        st.error(f"Nothing was saved: {err}")
    else:
        st.session_state["pending_articles"] = []
        data.clear()
        st.success(f"Saved. {summary}")
