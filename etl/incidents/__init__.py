"""Incident figures: rows that report the same fact, from one article or several, counted once.

The rules (README, "Incidents"):

* **Same fact.** Rows of the same direction (attacker), category, metric, weapon family (drones; missiles with
  their ballistic and cruise types; guided bombs; drones-and-missiles lumped) and event date whose *scope* (place
  and weapon) is the same or one inside the other: a city inside its region or country, a region inside its
  country, cruise or ballistic missiles inside "missiles".
* **Same scope** -> one incident, whatever the values: their spread is its low..high. But an article giving two
  values at one scope gives two figures: the smaller is a part of the larger (an earlier toll, a breakdown the
  extraction could place no finer).
* **Nested scopes**, a narrow N inside a wide W, are compared nearest container first:
  one fact when their values agree (equal; between different articles also within 5 %, qualifiers widening a
  value: "about" +-10 %, "at least" up to +25 %, "up to" down to -25 %) and no article gives both with different
  values ("426 drones at Kyiv" in one outlet, "426 at Ukraine" in another); otherwise N is a **part** of the
  nearest container (``parent_id``) when that one is larger ("117 drones over Russia, including 30 over the Moscow
  region"); otherwise (a part larger than its whole) they are, in different articles, one fact read two ways,
  merged, the range showing the disagreement, and in one article two facts ("14 killed in Belgorod ... two other
  people in Russia"). A part is never added to its whole.
* **No resolvable date** -> its own incident.
* **Best value**: a value given by an official source (data/reference/sources.csv) before others, then the value
  most articles give, then an exact one, then the latest published, the later in its text, the larger.
* **Place**: launches and interceptions are counted nationally, so a merged incident takes the widest place its
  readings name (a city named with a national count is where the outlet looked); casualties, damage and
  disruption take the most specific one. Weapon: the most specific type named.
* **Id**: a hash of the defining key (direction, category, metric, family, date and widest scope), never of the
  batch's order: the same rows give the same ids.
"""

from .figures import best_first, figures_from, summarise
from .grouping import FAMILY, containers, family, incident_id
from .table import COLUMNS, build, read_incidents, schema, validate

__all__ = [
    "COLUMNS",
    "FAMILY",
    "best_first",
    "build",
    "containers",
    "family",
    "figures_from",
    "incident_id",
    "read_incidents",
    "schema",
    "summarise",
    "validate",
]
