"""Keep every page inside the navigation frame (dashboard.py), whatever URL a session starts on."""

from __future__ import annotations

import streamlit as st


def require() -> None:
    """Rerun through dashboard.py when Streamlit ran this page on its own.

    Because a ``pages/`` folder exists, Streamlit (1.67) starts a fresh server in its old multipage mode and,
    until some session has opened the home page, runs a deep link such as ``/map?start=...`` as a bare script:
    no page config, no filters, the link's parameters unread. ``st.navigation`` ends that mode for the whole
    server; here we end it and rerun, so the frame runs first and opens the page the link asked for.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
