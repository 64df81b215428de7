import streamlit as st

from app import charts, data, filters

events = data.figures(filters.current())  # incident figures: each fact once, parts not added
disruptions = events[events["category"] == "disruption"]
st.title("Disruptions")
st.caption("Airport restrictions, cancelled and delayed flights, stranded passengers, power outages.")
st.plotly_chart(charts.disruptions_by_place(events), width="stretch")
st.plotly_chart(charts.disruptions_by_day(events), width="stretch")
if len(disruptions):
    st.dataframe(
        disruptions[["event_date", "metric", "value", "qualifier", "place", "reported_by", "source", "sentence"]],
        hide_index=True,
        width="stretch",
    )
