"""The front desk: customer search, the customer card, the new-report wizard and the folio dialog."""
