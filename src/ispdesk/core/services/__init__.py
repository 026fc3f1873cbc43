"""Use cases. The only code that writes models; every write is one transaction."""
