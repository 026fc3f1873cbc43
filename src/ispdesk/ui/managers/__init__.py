"""Screens of the manager: dashboard, monthly summary, settings, users, data."""
