"""Airwatch dashboard: the navigation frame. Run with `make run` (or `streamlit run dashboard.py`)."""

import streamlit as st

from app import filters

st.set_page_config(page_title="Airwatch — aerial attacks in the news", page_icon="🛰️", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon="📊", default=True),
    st.Page("pages/map.py", title="Map", icon="🗺️"),
    st.Page("pages/timeline.py", title="Timeline", icon="📈"),
    st.Page("pages/disruptions.py", title="Disruptions", icon="✈️"),
    st.Page("pages/sources.py", title="Sources", icon="📰"),
    st.Page("pages/data.py", title="Data", icon="🧾"),
    st.Page("pages/add_articles.py", title="Add articles", icon="➕"),
]

filters.sidebar()
st.navigation(PAGES).run()
