"""One report: its view and the action dialogs every screen shares (assign, visit, resolve, notify…)."""
