import streamlit as st

from app import data, filters, frames

events = filters.filtered()
everything = data.events()
st.title("Data")
st.caption(f"{len(events):,} of {len(everything):,} rows under the current filters. Click a column to sort.")
st.dataframe(events, hide_index=True, width="stretch")
st.subheader("Download what is shown")
left, middle, right = st.columns(3)
left.download_button("CSV", frames.to_csv_bytes(events), "events-filtered.csv", "text/csv", key="dl_csv")
middle.download_button(
    "Parquet", frames.to_parquet_bytes(events), "events-filtered.parquet", "application/octet-stream", key="dl_parquet"
)
right.download_button(
    "GeoJSON", frames.to_geojson_bytes(events), "events-filtered.geojson", "application/geo+json", key="dl_geojson"
)
st.download_button("Full table (CSV)", frames.to_csv_bytes(everything), "events.csv", "text/csv", key="dl_full")
st.caption("CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe.")
