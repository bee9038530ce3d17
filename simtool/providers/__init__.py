"""Provider database lookup (APN, balance-check and top-up USSD codes) by MCC/MNC."""

from simtool.providers.database import (
    Apn,
    ApnExpectation,
    Provider,
    ProviderDatabase,
    UssdCode,
    balance_code,
    database_path,
    default_database,
    expectation_for,
    load,
    lookup,
    lookup_imsi,
    topup_code,
)

__all__ = [
    "Apn", "ApnExpectation", "Provider", "ProviderDatabase", "UssdCode", "balance_code",
    "default_database", "database_path", "expectation_for", "load", "lookup", "lookup_imsi",
    "topup_code",
]
