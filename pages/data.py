import streamlit as st

from app import data, filters, frames

ROWS_ON_SCREEN = 10_000  # more would ship the whole table to the browser; downloads carry every row

events = filters.filtered()
everything = data.events()
st.title("Data")
st.caption(f"{len(events):,} of {len(everything):,} rows under the current filters. Click a column to sort.")
if len(events) > ROWS_ON_SCREEN:
    st.caption(f"Showing the first {ROWS_ON_SCREEN:,}; the downloads below hold all {len(events):,}.")
st.dataframe(frames.exported(events.head(ROWS_ON_SCREEN)), hide_index=True, width="stretch")
st.subheader("Download what is shown")
DOWNLOADS = [  # (label, builder, file name, MIME type, key)
    ("CSV", frames.to_csv_bytes, "events-filtered.csv", "text/csv", "dl_csv"),
    ("Parquet", frames.to_parquet_bytes, "events-filtered.parquet", "application/octet-stream", "dl_parquet"),
    ("GeoJSON", frames.to_geojson_bytes, "events-filtered.geojson", "application/geo+json", "dl_geojson"),
]
for column, (label, build, name, mime, key) in zip(st.columns(len(DOWNLOADS)), DOWNLOADS, strict=True):
    # a callable: the file is built when the button is clicked, not on every rerun of the page
    column.download_button(label, lambda build=build: build(events), name, mime, key=key, on_click="ignore")
st.download_button(
    "Full table (CSV)",
    lambda: frames.to_csv_bytes(everything),
    "events.csv",
    "text/csv",
    key="dl_full",
    on_click="ignore",
)
st.caption("CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe.")
