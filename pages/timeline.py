import streamlit as st

from app import charts, data, filters, frame, frames_time, labels
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
st.plotly_chart(charts.strikes(events, bucket, split_weapons=by_weapon), key="strikes")
st.plotly_chart(charts.interception_rate(events, bucket), key="rate")
st.caption(
    "A rate is drawn only for a period with nights that give both a launched and a stopped figure (same day, "
    "same attacker, same report); hover a point for how many nights are behind it."
)
st.plotly_chart(charts.casualties(events, bucket), key="casualties")
