import streamlit as st

from app import charts, data, filters

events = data.figures(filters.current())  # incident figures: each fact once, parts not added
st.title("Timeline")
by_weapon = st.toggle("Split by weapon", value=True)
st.plotly_chart(charts.strikes_timeline(events, by_weapon=by_weapon), width="stretch")
st.plotly_chart(charts.interception_rate(events), width="stretch")
st.plotly_chart(charts.casualties_timeline(events), width="stretch")
