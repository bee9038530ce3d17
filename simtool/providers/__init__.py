"""Provider database lookup (APN, balance-check and top-up USSD codes) by MCC/MNC."""

from simtool.providers.database import (
    Apn,
    ApnExpectation,
    OperatorInfo,
    Provider,
    ProviderDatabase,
    RechargeChannel,
    SmsQuery,
    UssdCode,
    balance_code,
    balance_sms,
    database_path,
    default_database,
    expectation_for,
    home_network,
    load,
    lookup,
    lookup_imsi,
    merge,
    overlay_database,
    scan,
    topup_code,
)

__all__ = [
    "Apn", "ApnExpectation", "OperatorInfo", "Provider", "ProviderDatabase", "RechargeChannel",
    "SmsQuery", "UssdCode", "balance_code", "balance_sms", "database_path", "default_database",
    "expectation_for", "home_network", "load", "lookup", "lookup_imsi", "merge",
    "overlay_database", "scan", "topup_code",
]
