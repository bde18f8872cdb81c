"""Field Office Data Collection: an offline-first desktop app for capacity-building events."""

__version__ = "0.1.0"
