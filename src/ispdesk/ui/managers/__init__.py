"""Screens of the manager and the administrator: dashboard, monthly summary, settings, users, data in and out
(import, export, backups), personal data."""
