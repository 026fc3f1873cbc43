"""The Qt layer: windows, dialogs, item models and workers. The only package that imports PySide6
(besides `ispdesk.app`). It reads models and calls `ispdesk.core.services`; it never writes fields."""
