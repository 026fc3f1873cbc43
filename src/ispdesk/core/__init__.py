"""Domain core: models, services, folios, calendar. Imports neither Qt nor ReportLab."""
