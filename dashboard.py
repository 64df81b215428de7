"""Airwatch dashboard: the navigation frame. Run with `make run` (or `streamlit run dashboard.py`)."""

import streamlit as st

from app import filters

st.set_page_config(page_title="Airwatch — aerial attacks in the news", page_icon="🛰️", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/map.py", title="Map", icon=":material/map:"),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/disruptions.py", title="Disruptions", icon=":material/flight:"),
    st.Page("pages/claims.py", title="Claims", icon=":material/balance:"),
    st.Page("pages/tallies.py", title="Official tallies", icon=":material/fact_check:"),
    st.Page("pages/sources.py", title="Sources", icon=":material/article:"),
    st.Page("pages/data.py", title="Data", icon=":material/table:"),
    st.Page("pages/add_articles.py", title="Add articles", icon=":material/add:"),
]

filters.sidebar()
st.navigation(PAGES).run()
