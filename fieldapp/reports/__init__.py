"""Reports and data exchange: PDFs, CSV/XLSX export and import, and plain-text summaries. No Qt."""
