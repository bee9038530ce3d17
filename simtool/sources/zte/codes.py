"""ZTE goform values and what they mean, from the reference tables (shared/reference/
hilink.md §7: the MF761 web UI's com.js/set.js/sim_device.js, MF79U/MF823 clients). A value
that is not here is kept verbatim as "unparsed", never guessed; UNMAPPED names the values
the tables list without a meaning simtool can use.
"""

from __future__ import annotations

# modem_main_state -> simtool sim.state.
MAIN_STATE: dict[str, str] = {
    "modem_init_complete": "ready",
    "modem_sim_undetected": "not-inserted",
    "modem_undetected": "not-inserted",
    "modem_sim_destroy": "failure",
    "modem_waitpin": "pin-required",
    "modem_waitpuk": "puk-required",
    "modem_imsi_waitnck": "ph-net-pin",
}
# The UI shows "loading" and polls again (TEMPORARY_MODEM_MAIN_STATE).
TEMPORARY = ("modem_detected", "modem_sim_state", "modem_handover", "modem_imsi_lock",
             "modem_online", "modem_offline")
PIN_TRIES_DEFAULT = 3
PUK_TRIES_DEFAULT = 10

# network_type / sub_network_type -> 3GPP AcT (the usual RAT names the UI shows).
NETWORK_ACT: dict[str, int] = {
    "GSM": 0, "GPRS": 0, "EDGE": 3, "UMTS": 2, "WCDMA": 2, "TD-SCDMA": 2, "TD_SCDMA": 2,
    "HSDPA": 4, "HSUPA": 5, "HSPA": 6, "HSPA+": 6, "DC-HSPA+": 6, "DC_HSPA": 6, "LTE": 7,
}
NO_SERVICE = "no_service"
LIMITED_SERVICE = "limited_service"
# simcard_roam: these two mean roaming (ignored without service or a ready SIM).
ROAMING = ("Internal", "International")

# ppp_status -> router.connection.
PPP_STATE: dict[str, str] = {
    "ppp_connected": "connected", "ppp_connecting": "connecting",
    "ppp_disconnected": "disconnected", "ppp_disconnecting": "disconnecting",
}

# data_volume_limit_size "<n>_<unit>": unit 1 = MB, 1024 = GB (sizes in MB).
LIMIT_UNIT_MB = {"1": 1, "1024": 1024}

# Login (goformId=LOGIN) results: "0"/"4" success per one UI, "3" per another: simtool does
# not trust either and reads loginfo after the attempt.
LOGGED_IN = "ok"
LOGIN_TRIES_DEFAULT = 5       # MAX_LOGIN_COUNT when psw_fail_num_str is empty
USSD_DONE = "16"
USSD_FAILED = {"1": "no service", "2": "network terminated", "41": "not supported",
               "99": "unsupported"}

UNMAPPED = {
    "modem_main_state": ("modem_puk_lock",),      # one client knows it; meaning unclear
    "ppp_dial_conn_fail_counter": ("*",),         # a counter without documented meaning
    "unlock_nck_time": ("*",),                    # presumably NCK tries
}
