"""Pieces every screen uses: widgets, table models, background tasks, live refresh, printing, hand-offs to the
desktop, translations."""
