"""Pure domain: record schemas, code lists, validation rules and indicator definitions.

No Qt and no database connections here; the store, the reports, the UI and HQ all build on it.
"""
