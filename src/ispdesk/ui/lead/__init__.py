"""Screens of the technical lead and the manager (mass outages, …)."""
