"""Chart builders: plain data in, a plotly Figure out. No streamlit, no I/O. Every label goes through app.labels."""

from .base import CATEGORY_COLOURS, DIRECTION_COLOURS, colour, empty
from .disruptions import over_time as disruptions_over_time
from .disruptions import top_places as disruptions_by_place
from .maps import national_totals, place_map, region_map
from .tallies import tally_comparison
from .tiles import tile_place_map, tile_region_map
from .time import casualties, figures_by_category, interception_rate, strikes


def small_timeline(events):
    """The overview's timeline: figures per day, week or month (chosen from the span), by category."""
    return figures_by_category(events)


__all__ = [
    "CATEGORY_COLOURS",
    "DIRECTION_COLOURS",
    "casualties",
    "colour",
    "disruptions_by_place",
    "disruptions_over_time",
    "empty",
    "figures_by_category",
    "interception_rate",
    "national_totals",
    "place_map",
    "region_map",
    "small_timeline",
    "strikes",
    "tally_comparison",
    "tile_place_map",
    "tile_region_map",
]
