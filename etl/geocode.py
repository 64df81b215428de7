"""Stage 4: place names to coordinates, through geopy's Geocoder interface.

``OfflineGazetteer`` is a geopy geocoder over data/places/gazetteer.csv, so it
needs no network and any geopy geocoder can stand in for it. ``--geocoder
nominatim`` wraps geopy's Nominatim in its RateLimiter and an on-disk cache,
and falls back to the offline gazetteer (saying so once) when the network fails.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from . import config
from .errors import GeocoderError
from .load import atomic_write
from .load.schema import PLACE_TYPES
from .places import Gazetteer, default_gazetteer

log = logging.getLogger(__name__)
GEO_COLUMNS = ("place", "place_type", "country", "lat", "lon")
COUNTRY_CODE = re.compile(r"^([A-Z]{2})?$")
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
        name = self.gazetteer.label(place)  # a namesake keeps its region: "Krasnoarmeysk, Moscow Oblast"
        raw = {"name": name, "place_type": place.place_type, "country": place.country, "region": place.region}
        location = Location(name, (place.lat, place.lon), raw)
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
        self.cache: dict[str, dict | None] = read_cache(cache_path)
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
        self.cache[query] = checked_place(describe(location))
        self._save()
        return self.cache[query]

    def _save(self) -> None:
        text = json.dumps(self.cache, indent=1, sort_keys=True)
        try:
            atomic_write(self.cache_path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        except OSError as err:  # a cache that cannot be saved costs a repeat lookup next time, nothing more
            log.warning("geocoder cache %s not saved (%s)", self.cache_path, err.strerror)


def checked_place(entry: object) -> dict | None:
    """A geocoder answer as the table's columns, or None if it is not one (a latitude of 999, an unknown
    place type, a missing longitude): a bad answer is no answer, never a row without coordinates."""
    if not isinstance(entry, dict):
        return None
    place, place_type, country = entry.get("place"), entry.get("place_type"), entry.get("country", "")
    lat, lon = entry.get("lat"), entry.get("lon")
    if not (isinstance(place, str) and place.strip() and place_type in PLACE_TYPES):
        return None
    if not (isinstance(country, str) and COUNTRY_CODE.match(country)):
        return None
    numbers = [v for v in (lat, lon) if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)]
    if len(numbers) != 2 or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"place": place, "place_type": place_type, "country": country, "lat": float(lat), "lon": float(lon)}


def read_cache(path: Path) -> dict[str, dict | None]:
    """The on-disk cache, its bad entries left out (they are asked again); a file that is not a cache
    (empty, truncated, garbage) is moved aside with a warning and the cache starts afresh."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError, RecursionError) as err:
        aside = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(aside)
            moved = f"moved to {aside.name}"
        except OSError:
            moved = "left in place"
        log.warning("geocoder cache %s is unreadable (%s); %s, starting a new one", path, err, moved)
        return {}
    cache = {str(query): (checked_place(entry) if entry is not None else None) for query, entry in data.items()}
    bad = [query for query, entry in data.items() if entry is not None and cache[str(query)] is None]
    for query in bad:
        del cache[str(query)]
    if bad:
        log.warning("geocoder cache %s: %d bad entries ignored (they will be looked up again)", path, len(bad))
    return cache


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


@lru_cache(maxsize=1)
def _offline() -> OfflineGazetteer:
    return OfflineGazetteer()  # built once per process: geopy sets up an SSL context even for an offline geocoder


def make_geocoder(name: str = "offline", cache_dir: Path = config.CACHE) -> Callable[[str], dict | None]:
    """A lookup function for ``--geocoder``: 'offline' (default) or 'nominatim'."""
    offline = _offline()
    if name == "offline":
        return lambda query: checked_place(describe(offline.geocode(query)))
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
            memo[query] = checked_place(lookup(query)) if query else None
        found = memo[query]
        out.append({**row, **(found or {"place": "", "place_type": "", "country": "", "lat": None, "lon": None})})
    return out
