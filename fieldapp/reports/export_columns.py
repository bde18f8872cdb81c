"""The columns of the events and indicators exports, shared by the device's exports
(`fieldapp.reports.export`) and HQ's (`sync.hq.exports`): one wording of each header. No
store here: HQ, which has no SQLCipher, imports it."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.indicators import Indicators, Period
from fieldapp.domain.validation import LABELS

EVENT_FIELDS = (
    "id", "title", "event_type", "modality", "start_date", "end_date", "venue", "city",
    "host_country", "programme", "working_group", "language", "status",
)  # fmt: skip
TAG_HEADERS = {
    "beneficiary_countries": "Beneficiary countries",
    "outcomes": "Outcomes",
    "pillars": "Pillars",
    "partners": "Partners",
    "donors": "Donors",
}
HEADLINE = {
    "individuals_trained": "Individuals trained",
    "workshops_organized": "Workshops organized",
    "events_held": "Events held",
    "participations": "Participations",
    "women_share": "Women (share of those whose sex is recorded)",
    "sex_not_recorded": "Individuals trained whose sex is not recorded",
    "person_days": "Person-days of training",
    "countries_reached": "Beneficiary countries reached",
    "knowledge_gain_share": "Post-test beats pre-test (share)",
    "mean_knowledge_gain": "Mean knowledge gain (points)",
    "mean_satisfaction": "Mean satisfaction (1 to 5)",
}
BREAKDOWNS = {
    "sex_age": "Sex and age band",
    "organization_type": "Organization type",
    "event_type": "Event type",
    "country": "Beneficiary country",
    "outcome": "Outcome",
    "programme": "Programme",
    "month": "Month",
    "quarter": "Quarter",
    "nationality": "Participants' nationality",
}
# Figures that only breakdowns have.
FIGURES = {**HEADLINE, "people": "People (each once)"}


def column_label(name: str) -> str:
    return "ID" if name == "id" else LABELS.get(name, name.replace("_", " ").capitalize())


def indicator_rows(result: Indicators, period: Period) -> list[tuple[Any, ...]]:
    """The headline figures, then every breakdown, one figure per row (easy to pivot)."""
    rows: list[tuple[Any, ...]] = [
        ("Events from", "", "", period.start or ""),
        ("Events to", "", "", period.end or ""),
    ]
    rows += [(label, "", "", getattr(result, name)) for name, label in HEADLINE.items()]
    for name, title in BREAKDOWNS.items():
        for entry in result.breakdowns.get(name, []):
            key = entry["key"] if "key" in entry else f"{entry['sex']}, {entry['age_band']}"
            for figure, value in entry.items():
                if figure not in ("key", "sex", "age_band"):
                    rows.append((FIGURES.get(figure, figure), title, key, value))
    return rows
