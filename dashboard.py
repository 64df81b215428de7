"""Airwatch dashboard: the navigation frame. Run with `make run` (or `streamlit run dashboard.py`)."""

import streamlit as st

from app import data, filters

st.set_page_config(page_title="Airwatch — aerial attacks in the news", page_icon="🛰️", layout="wide")

ADD_ARTICLES = st.Page("pages/add_articles.py", title="Add articles", icon=":material/add:")
PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/map.py", title="Map", icon=":material/map:"),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/disruptions.py", title="Disruptions", icon=":material/flight:"),
    st.Page("pages/claims.py", title="Claims", icon=":material/balance:"),
    st.Page("pages/tallies.py", title="Official tallies", icon=":material/fact_check:"),
    st.Page("pages/sources.py", title="Sources", icon=":material/article:"),
    st.Page("pages/data.py", title="Data", icon=":material/table:"),
    ADD_ARTICLES,
]


def main() -> None:
    page = st.navigation(PAGES)
    problem = data.table_problem()
    if page.url_path == ADD_ARTICLES.url_path:  # filters do nothing here: no sidebar (their values persist)
        if problem:
            (st.info if problem[0] == "missing" else st.warning)(problem[1])
    elif problem:
        kind, message = problem
        st.title(page.title)
        (st.info if kind == "missing" else st.error)(message)
        st.stop()
    else:
        filters.sidebar()
        filters.show_notices()
    page.run()


if __name__ == "__main__":  # Streamlit runs this file as __main__; a worker process that imports it does not
    main()
