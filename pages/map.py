import streamlit as st

from app import charts, data, filters

events = filters.filtered()
st.title("Map")
online = st.toggle(
    "Online map tiles (OpenStreetMap)",
    value=False,
    help="Off: bundled country and region outlines, no internet needed.",
)
countries, regions = data.boundaries()
st.plotly_chart(charts.event_map(events, countries, regions, online_tiles=online), width="stretch")
st.plotly_chart(charts.national_totals(events), width="stretch")
unplaced = int(events["lat"].isna().sum())
if unplaced:
    st.caption(f"{unplaced:,} figures have no coordinates (place not named or not found).")
