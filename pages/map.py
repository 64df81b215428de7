import streamlit as st

from app import charts, data, filters

events = data.figures(filters.current(), parts=True)  # incident figures; a part is placed where it happened
st.title("Map")
online = st.toggle(
    "Online map tiles (OpenStreetMap)",
    value=False,
    help="Off: bundled country and region outlines, no internet needed.",
)
countries, regions = data.boundaries()
st.plotly_chart(charts.event_map(events, countries, regions, online_tiles=online), width="stretch")
st.plotly_chart(charts.national_totals(data.figures(filters.current())), width="stretch")
unplaced = int(events["lat"].isna().sum())
if unplaced:
    st.caption(f"{unplaced:,} figures have no coordinates (place not named or not found).")
