import streamlit as st

from app import charts, data, filters, frame, frames, frames_time, labels
from app.frames import with_day

frame.require()

events = data.figures(filters.current())  # incident figures: each fact once, parts not added
st.title("Timeline")
days = with_day(events)["day"]
automatic = frames_time.auto_bucket(days)
choose, split = st.columns([3, 2], vertical_alignment="bottom")
choice = choose.segmented_control(
    "One bar per",
    ["automatic", *frames_time.BUCKETS],
    default="automatic",
    key="timeline_bucket",
    format_func=lambda b: f"automatic ({labels.label('bucket', automatic)})" if b == "automatic" else b,
)
bucket = automatic if choice in (None, "automatic") else choice
by_weapon = split.toggle("Split by weapon", value=True)
directions = [d for d in frames.DIRECTIONS if (events["attacker"] == d).any()]  # never summed across sides
for direction in directions:
    shown = events[(events["attacker"] == direction).to_numpy()]
    st.plotly_chart(charts.strikes(shown, bucket, by_weapon, direction), key=f"strikes-{direction}")
st.plotly_chart(charts.interception_rate(events, bucket), key="rate")
st.caption(
    "A rate is drawn only for nights that give both a launched and a shot-down figure (same day and direction), "
    "and never where more were stopped than launched (figures of different scope); hover a point for how many "
    "nights are behind it."
)
for direction in directions:
    shown = events[(events["attacker"] == direction).to_numpy()]
    st.plotly_chart(charts.casualties(shown, bucket, direction), key=f"casualties-{direction}")
if not directions:
    st.info("No figure matches the filters.")
