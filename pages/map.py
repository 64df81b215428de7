import streamlit as st

from app import charts, data, filters, frame, frames_map, labels

frame.require()
events = data.figures(filters.current(), parts=True)  # incident figures; a part is placed where it happened
st.title("Map")
keys = frames_map.measures(events, located=True)
if not keys:
    st.info("No figure with a number is placed on the map under these filters (country-wide figures are below).")
else:
    if st.session_state.get("map_measure") not in keys:
        st.session_state["map_measure"] = keys[0]  # the most often reported measure
    choose, shade, online = st.columns([3, 2, 2], vertical_alignment="bottom")
    key = choose.selectbox("Measure", keys, format_func=labels.measure, key="map_measure")
    mode = shade.segmented_control(
        "Show", ["places", "regions"], default="places", key="map_mode", format_func=str.capitalize
    )
    tiles = online.toggle(
        "Online tiles",
        value=False,
        help="OpenStreetMap tiles (needs the internet). Off: the bundled outlines, no internet needed.",
    )
    if tiles and not data.tiles_reachable():
        st.warning("The online map tiles cannot be reached from here; showing the bundled outlines instead.")
        tiles = False
    words = labels.measure(key)
    basemap = data.basemap()
    # the user's pan and zoom hold while the view is the same; a new filter, measure or mode fits the frame again
    view = f"{filters.current()}|{key}|{mode}|{tiles}"
    if mode == "regions":
        outlined = set(basemap.shapes)
        totals = frames_map.region_totals(events, key, data.place_regions(), outlined)
        title = f"{words.capitalize()} per oblast / federal subject (cities rolled up into their region)"
        draw = charts.tile_region_map if tiles else charts.region_map
        figure = draw(totals, basemap, words, title).update_layout(uirevision=view)
        st.plotly_chart(figure, config={"scrollZoom": True}, key="map")
        left_out = frames_map.unmapped(events, key, data.place_regions(), outlined)
        if left_out:
            st.caption(f"{left_out:,} figures of {words} name a place without a region outline (a sea, Donbas).")
    else:
        points = frames_map.place_points(events, key)
        title = f"{words.capitalize()} per place, by direction"
        draw = charts.tile_place_map if tiles else charts.place_map
        figure = draw(points, basemap, words, title).update_layout(uirevision=view)
        st.plotly_chart(figure, config={"scrollZoom": True}, key="map")
        st.caption(
            "Circle area is the sum of the figures given for the place; hover a circle for every figure with its "
            "date and source. Drag to pan, scroll to zoom, double-click to reset."
        )
st.plotly_chart(charts.national_totals(data.figures(filters.current())), key="national")
unplaced = int(events["lat"].isna().sum())
if unplaced:
    st.caption(f"{unplaced:,} figures have no coordinates (place not named or not found).")
