"""Screens for the manager and the administrator: the data in and out (import, export, backups)."""
