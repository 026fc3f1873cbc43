"""The technician's screens: *Mi cola* (open reports, nearest term first) and *Mis visitas* (the day's list)."""
