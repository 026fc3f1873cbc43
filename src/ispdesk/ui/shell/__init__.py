"""The frame everyone sees: first run, sign-in, the main window with its navigation."""
