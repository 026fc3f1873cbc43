"""Screens of the manager and the administrator: dashboard («Indicadores»), monthly summary, settings, users,
data in and out (import, export, backups), personal data."""
