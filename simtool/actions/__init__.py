"""Actions that change the modem (PIN entry, radio, APN, connection test, USSD).

Each is an explicit user action: read-only is the default everywhere else. The CLI and the
app both call these functions, so the safety rules live in one place.
"""
