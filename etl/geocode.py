"""Stage 4: place names to coordinates, through geopy's Geocoder interface.

``OfflineGazetteer`` is a geopy geocoder over data/places/gazetteer.csv, so it
needs no network and any geopy geocoder can stand in for it. ``--geocoder
nominatim`` wraps geopy's Nominatim in its RateLimiter and an on-disk cache,
and falls back to the offline gazetteer (saying so once) when the network fails.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from . import config
from .errors import GeocoderError
from .load import atomic_write
from .places import Gazetteer, default_gazetteer

log = logging.getLogger(__name__)
GEO_COLUMNS = ("place", "place_type", "country", "lat", "lon")
NOMINATIM_TYPES = {
    "country": "country",
    "state": "region",
    "region": "region",
    "province": "region",
    "city": "city",
    "town": "city",
    "village": "city",
    "municipality": "city",
    "aerodrome": "facility",
    "airport": "facility",
}


class OfflineGazetteer(Geocoder):
    """A geopy geocoder answering from the bundled gazetteer (no network)."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        super().__init__()
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(self, query: str, *, exactly_one: bool = True, **_: object) -> Location | list[Location] | None:
        place = self.gazetteer.lookup(query, fuzzy=True) if query else None
        if place is None:
            return None
        raw = {"name": place.name, "place_type": place.place_type, "country": place.country, "region": place.region}
        location = Location(place.name, (place.lat, place.lon), raw)
        return location if exactly_one else [location]


class CachedGeocoder:
    """Any geopy geocoder behind a rate limiter and a JSON cache on disk."""

    def __init__(
        self,
        geocoder: Geocoder,
        cache_path: Path,
        fallback: OfflineGazetteer | None = None,
        min_delay_seconds: float = config.NOMINATIM_MIN_DELAY_SECONDS,
    ):
        self._geocode = RateLimiter(
            geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False
        )
        self.cache_path = cache_path
        self.cache: dict[str, dict | None] = json.loads(cache_path.read_text()) if cache_path.exists() else {}
        self.fallback = fallback or OfflineGazetteer()
        self.offline = False

    def lookup(self, query: str) -> dict | None:
        if query in self.cache:
            return self.cache[query]
        if self.offline:
            return describe(self.fallback.geocode(query))
        try:
            location = self._geocode(query, exactly_one=True, addressdetails=True, language="en")
        except (GeopyError, OSError) as err:
            log.warning("online geocoder failed (%s); using the offline gazetteer for the rest of this run", err)
            self.offline = True
            return describe(self.fallback.geocode(query))
        self.cache[query] = describe(location)
        self._save()
        return self.cache[query]

    def _save(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.cache, indent=1, sort_keys=True)
        atomic_write(self.cache_path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def describe(location: Location | None) -> dict | None:
    """The events-table columns of a geopy Location (offline or Nominatim)."""
    if location is None:
        return None
    raw = location.raw or {}
    if "place_type" in raw:
        place_type, country, name = raw["place_type"], raw["country"], raw["name"]
    else:
        address = raw.get("address", {})
        place_type = NOMINATIM_TYPES.get(raw.get("addresstype") or raw.get("type", ""), "city")
        country = address.get("country_code", "").upper()
        name = raw.get("name") or location.address.split(",")[0]
    return {
        "place": name,
        "place_type": place_type,
        "country": country,
        "lat": round(location.latitude, 4),
        "lon": round(location.longitude, 4),
    }


def make_geocoder(name: str = "offline", cache_dir: Path = config.CACHE) -> Callable[[str], dict | None]:
    """A lookup function for ``--geocoder``: 'offline' (default) or 'nominatim'."""
    offline = OfflineGazetteer()
    if name == "offline":
        return lambda query: describe(offline.geocode(query))
    if name == "nominatim":
        from geopy.geocoders import Nominatim

        nominatim = Nominatim(user_agent=config.NOMINATIM_USER_AGENT, timeout=10)
        return CachedGeocoder(nominatim, cache_dir / "nominatim.json", offline).lookup
    raise GeocoderError(f"unknown geocoder {name!r} (choose offline or nominatim)")


def geocode_rows(rows: Iterable[dict], lookup: Callable[[str], dict | None]) -> list[dict]:
    """Rows with place, place_type, country, lat and lon filled from their ``place`` query."""
    memo: dict[str, dict | None] = {}
    out = []
    for row in rows:
        query = row.get("place", "")
        if query not in memo:
            memo[query] = lookup(query) if query else None
        found = memo[query]
        out.append({**row, **(found or {"place": "", "place_type": "", "country": "", "lat": None, "lon": None})})
    return out
