"""PDF rendering (ReportLab) from core data."""
