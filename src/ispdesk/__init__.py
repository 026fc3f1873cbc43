"""ispdesk: front-office help desk for small internet service providers in Mexico."""

__version__ = "0.1.0"
