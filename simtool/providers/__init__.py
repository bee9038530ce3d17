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
    home_network,
    load,
    lookup,
    lookup_imsi,
    scan,
    topup_code,
)

__all__ = [
    "Apn", "ApnExpectation", "Provider", "ProviderDatabase", "UssdCode", "balance_code",
    "database_path", "default_database", "expectation_for", "home_network", "load", "lookup",
    "lookup_imsi", "scan", "topup_code",
]
