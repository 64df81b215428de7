import pandas as pd
import streamlit as st

from app import data, filters, frame, intake, labels
from app.evidence import Span, evidence_html
from app.plain import md
from etl import config
from etl.errors import AirwatchError

frame.require()

PREVIEW_CHARACTERS = 20_000  # a longer body is read whole, but only its start is shown here

st.title("Add articles")
st.caption(
    f"Paste an article or upload files ({', '.join(intake.UPLOAD_SUFFIXES)}; up to {intake.limit_words()} each, "
    "the same limit for pasted text). You see the rows the ETL would add before anything is saved; existing "
    "articles are never overwritten, and a text already in the corpus is refused."
)
with st.form("add_article"):
    title = st.text_input("Headline")
    published = st.date_input("Published", value=None)
    source = st.text_input("Source (publisher)")
    url = st.text_input("URL")
    text = st.text_area("Article text", height=220)
    uploads = st.file_uploader(
        "…or upload files",
        type=[suffix.lstrip(".") for suffix in intake.UPLOAD_SUFFIXES],
        accept_multiple_files=True,
        max_upload_size=max(1, -(-config.MAX_UPLOAD_BYTES // (1024 * 1024))),
    )
    preview = st.form_submit_button("Preview the rows")

if preview:
    pending, errors = [], []
    if text.strip() or not uploads:
        try:
            pending.append(intake.from_form(text, title, published, source, url))
        except AirwatchError as err:
            errors.append(f"pasted text: {err}")
    for upload in uploads or []:
        items = intake.from_upload(upload.name, upload.getvalue())
        articles = [item for item in items if isinstance(item, intake.Article)]
        for item in items:
            if isinstance(item, intake.Rejection):
                errors.append(f"{upload.name}: {item.reason}")
        single = len(articles) == 1 and len(uploads) == 1 and not text.strip()
        pending.extend(intake.filled(a, title if single else "", published, source, url) for a in articles)
    try:
        known = data.content_hashes()
    except AirwatchError as err:
        known = {}
        errors.append(f"the corpus could not be checked for the same texts ({err})")
    pending, refused = intake.refuse_known(pending, known)
    st.session_state["pending_articles"] = pending
    st.session_state["add_messages"] = errors + refused

saved_note = st.session_state.pop("add_saved", None)
if saved_note:
    st.success(md(saved_note))
for message in st.session_state.get("add_messages", []):
    st.error(md(message))

pending = st.session_state.get("pending_articles", [])
for article in pending:
    rows = data.preview_rows(article)
    st.subheader(md(article.title or f"(no headline) {article.text.strip()[:70]}…"), anchor=False)
    details = " · ".join(x for x in (article.source, article.published, article.url) if x)
    count = f"{len(rows)} row{'' if len(rows) == 1 else 's'} would be added"
    st.caption(md(f"{details} · {count}" if details else count))
    if not article.published:
        st.warning(
            "No publication date: words like 'overnight' or 'on Sunday' cannot be dated, and the figures will not "
            "show while a date range is chosen. Give the date above if you know it."
        )
    spans = [
        Span(int(r.char_start), int(r.char_end), str(r.category), labels.measure_of(str(r.metric), str(r.weapon)))
        for r in rows.itertuples()
    ]
    with st.expander("The text, with the words behind each figure marked", expanded=len(pending) == 1):
        shown = article.text[:PREVIEW_CHARACTERS]
        st.html(evidence_html(shown, [s for s in spans if s.end <= len(shown)]))
        if len(article.text) > PREVIEW_CHARACTERS:
            st.caption(f"Showing the first {PREVIEW_CHARACTERS:,} of {len(article.text):,} characters.")
    if len(rows):
        columns = ["metric", "weapon", "value", "qualifier", "place", "reported_by", "event_date", "sentence"]
        st.dataframe(labels.humanise(pd.DataFrame(rows)[columns]), hide_index=True, width="stretch")
if pending and st.button("Save and rebuild the table", type="primary"):
    try:
        with st.spinner("Saving and rebuilding the table…"):
            saved = intake.add(pending, config.ARTICLES, data.table_path())
    except Exception as err:  # the files and the table on disk are as they were; say why
        st.error(f"Nothing was saved: {md(err)}")
    else:
        st.session_state["pending_articles"] = []
        st.session_state["add_messages"] = []
        data.clear()
        filters.include_days(data.days_of([path.stem for path in saved.paths]))
        count = len(saved.paths)
        st.session_state["add_saved"] = f"Saved {count} article{'' if count == 1 else 's'}. {saved.summary}"
        st.rerun()
