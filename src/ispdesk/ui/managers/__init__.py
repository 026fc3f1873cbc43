"""The manager's screens: the dashboard («Indicadores») and the monthly summary."""
