"""Generated from forms/*.ui by `make forms`. Do not edit."""
