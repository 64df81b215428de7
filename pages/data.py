from urllib.parse import urlencode

import streamlit as st

from app import data, exports, filters, frame, frames, labels
from app.plain import md

frame.require()

ROWS_ON_SCREEN = 10_000  # more would ship the whole table to the browser; downloads carry every row

events = filters.filtered()
everything = data.events()
st.title("Data")
st.caption(f"{len(events):,} of {len(everything):,} rows under the current filters. Click a column to sort.")
if len(events) > ROWS_ON_SCREEN:
    st.caption(f"Showing the first {ROWS_ON_SCREEN:,}; the downloads below hold all {len(events):,}.")
shown = frames.exported(events.head(ROWS_ON_SCREEN))
kept = {key: st.query_params.get_all(key) for key in filters.URL_KEYS if key in st.query_params}
evidence = [
    "sources?" + urlencode({**kept, "article": article, "record": record}, doseq=True)
    for article, record in zip(shown["article_id"], shown["record_id"], strict=True)
]
screen = labels.humanise(shown.assign(evidence=evidence)[["evidence", *shown.columns]])
st.dataframe(
    screen,
    hide_index=True,
    width="stretch",
    **({"height": 560} if len(screen) > 15 else {}),  # a long table gets room; a short one no blank rows
    column_config={
        labels.label("column", "evidence"): st.column_config.LinkColumn(
            display_text="open the sentence", help="The article on the Sources page, this figure's words marked"
        )
    },
)
st.subheader("Download what is shown")
DOWNLOADS = [  # (label, builder, file name, MIME type, key)
    ("CSV", exports.to_csv_bytes, "events-filtered.csv", "text/csv", "dl_csv"),
    ("Parquet", exports.to_parquet_bytes, "events-filtered.parquet", "application/octet-stream", "dl_parquet"),
    ("GeoJSON", exports.to_geojson_bytes, "events-filtered.geojson", "application/geo+json", "dl_geojson"),
]
for column, (label, build, name, mime, key) in zip(st.columns(len(DOWNLOADS)), DOWNLOADS, strict=True):
    # a callable: the file is built when the button is clicked, not on every rerun of the page
    column.download_button(label, lambda build=build: build(events), name, mime, key=key, on_click="ignore")
st.download_button(
    "Full table (CSV)",
    lambda: exports.to_csv_bytes(everything),
    "events.csv",
    "text/csv",
    key="dl_full",
    on_click="ignore",
)
st.caption("CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe.")
with st.expander("What the downloaded columns hold"):
    st.caption(
        "The files keep the table's codes (documented in SCHEMA.md), so they join with other tools: "
        + md(labels.column_note(list(frames.exported(events.head(0)).columns)))
    )
