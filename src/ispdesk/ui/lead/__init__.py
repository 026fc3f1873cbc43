"""Screens of the technical lead and the manager: the board, the areas' inboxes, mass outages."""
