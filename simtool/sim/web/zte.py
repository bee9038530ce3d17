"""A simulated ZTE goform device (MF79U pocket router) on a real HTTP server.

It answers from the same simulated world as the AT interpreter: goform_get_cmd_process with
the asked fields as one JSON object ("" for what it does not know or tell), the SMS list
with hex UCS-2 content, goform_set_cmd_process for LOGIN/LOGOUT (base64 password, a `stok`
session cookie, `psw_fail_num_str` counting down to a lock) and USSD_PROCESS. Without the
device page's Referer every field comes back blank, as on the firmware that checks it.
With a password and gate "some", the network, signal, connection, APN and traffic fields
are blank until login (the MF761 UI polls them only once logged in).

Scenarios it cannot show (no field carries them): radio-off (no airplane-mode field),
attach-rejected (no packet-attach state), not-subscribed and auth-failed (ppp_status has no
failure cause), esim-test-only and esim-wrong-profile (no EID or profile list: only "not
registered"); simtool.sim.web.zte.UNMAPPED lists them.
"""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

from simtool.sim.commands.base import CELL_AREA, CELL_ID
from simtool.sim.commands.identity import luhn_complete
from simtool.sim.commands.messaging import ussd_answer
from simtool.sim.modem import Modem
from simtool.sim.web.common import DeviceSettings, QuietHandler, WebDevice, new_token

MODEL = "MF79U"
UNMAPPED = ("radio-off", "attach-rejected", "not-subscribed", "auth-failed", "flaky",
            "reboot", "esim-test-only", "esim-wrong-profile")
GATED_GROUPS = (
    "network_type", "sub_network_type", "network_provider", "network_provider_fullname",
    "rmcc", "rmnc", "simcard_roam", "lac_code", "cell_id", "signalbar", "lte_rsrp",
    "lte_rsrq", "lte_rssi", "lte_snr", "rssi", "rscp", "ecio", "ppp_status", "wan_ipaddr",
    "apn_mode", "Current_index", "wan_apn", "pdp_type", "APN_configtmp0", "APN_configtmp1",
    "monthly_rx_bytes", "monthly_tx_bytes", "data_volume_limit_switch",
    "data_volume_limit_unit", "data_volume_limit_size",
)
LOGIN_PAGE = "<!DOCTYPE html><html><head><title>Login</title></head><body>login</body></html>"


def _ucs2_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


class ZteDevice(WebDevice):
    def __init__(self, modem: Modem, settings: DeviceSettings | None = None, **kw: Any) -> None:
        settings = settings or DeviceSettings()
        settings.model = settings.model or MODEL
        super().__init__(modem, settings, **kw)
        self.ussd_reply: str | None = None
        self.ussd_flag = "0"

    def fields(self) -> dict[str, str]:
        m, s = self.modem, self.settings
        code = m.sim_code()
        main = {"ABSENT": "modem_sim_undetected", "FAILURE": "modem_sim_destroy",
                "BUSY": "modem_sim_state", "SIM PIN": "modem_waitpin",
                "SIM PUK": "modem_waitpuk"}.get(code, "modem_init_complete")
        registered = m.reg_stat("+CREG") in (1, 5) or m.reg_stat("+CEREG") in (1, 5)
        signal = m.signal if m.cfun == 1 else None
        if registered:
            network = "LTE"
        elif signal is not None and m.reg_stat("+CREG") == 3:
            network = "limited_service"
        else:
            network = "no_service"
        mcc, mnc, long_name, short_name = m._serving()
        context = m.contexts.get(1)
        apn = context.apn if context is not None else ""
        active = context is not None and context.active and registered
        used = int(s.data_used_mb * 2 ** 20)
        ppp = "ppp_connected" if active else "ppp_disconnected"
        if "unknown-code" in s.quirks:
            ppp = "ppp_unknown_state"
        values = {
            "modem_main_state": main, "pin_status": "1" if m.pin_enabled else "0",
            "pinnumber": str(m.pin_retries), "puknumber": str(m.puk_retries),
            "sim_iccid": m.network.iccid if code not in ("ABSENT", "FAILURE") else "",
            "sim_imsi": m.network.imsi if code == "READY" else "",
            "msisdn": m.network.msisdn if code == "READY" else "",
            "model_name": s.model, "manufacturer_name": "ZTE", "hardware_version": "MF79U-1.0",
            "cr_version": "CR_ZTE_MF79UV1.0.0B08", "wa_inner_version": "BD_MF79UV1.0.0B08",
            "imei": luhn_complete(m.personality.tac + "123456"),
            "network_type": network if code == "READY" else "",
            "sub_network_type": "FDD_LTE" if registered else "",
            "network_provider": short_name if registered else "",
            "network_provider_fullname": long_name if registered else "",
            "rmcc": mcc if registered else "", "rmnc": mnc if registered else "",
            "simcard_roam": ("International" if m.scenario.roaming else "Home")
            if registered else "",
            "lac_code": CELL_AREA if registered else "", "cell_id": CELL_ID if registered else "",
            "signalbar": "0" if signal is None else str(
                max(0, min(5, round((signal.rsrp_dbm + 125) / 7)))),
            "lte_rsrp": "" if signal is None else f"{signal.rsrp_dbm:g}",
            "lte_rsrq": "" if signal is None else f"{signal.rsrq_db:g}",
            "lte_rssi": "" if signal is None else f"{signal.rssi_dbm:g}",
            "lte_snr": "" if signal is None else f"{signal.sinr_db:g}",
            "ppp_status": ppp if code == "READY" else "ppp_disconnected",
            "wan_ipaddr": "10.64.12.34" if active else "",
            "apn_mode": "manual", "Current_index": "0", "wan_apn": apn, "pdp_type": "IP",
            "APN_configtmp0": f"{short_name}($){apn}($)manual($)*99#($)none($)($)($)IP($)"
                              "auto($)($)auto($)($)",
            "monthly_rx_bytes": str(used * 9 // 10), "monthly_tx_bytes": str(used // 10),
            "data_volume_limit_switch": "1" if s.data_limit_mb else "0",
            "data_volume_limit_unit": "data",
            "data_volume_limit_size": f"{s.data_limit_mb}_1" if s.data_limit_mb else "",
            "data_volume_alert_percent": "90",
            "psw_fail_num_str": str(s.tries_left) if s.password else "",
            "login_lock_time": str(int(s.lock_left(self.clock()))) if s.password else "",
            "LD": "", "ussd_write_flag": self.ussd_flag,
        }
        return values

    def read(self, names: list[str], session: str, referer: bool) -> dict[str, Any]:
        s = self.settings
        logged_in = s.password is None or bool(s.sessions.get(session))
        values = self.fields()
        values["loginfo"] = "ok" if s.password is not None and s.sessions.get(session) else ""
        if "sms_data_total" in names:
            if not logged_in and s.gate != "none":
                return {"messages": []}
            return {"messages": self._messages()}
        if "ussd_data_info" in names:
            reply = self.ussd_reply or ""
            return {"ussd_data_info": {"ussd_data": _ucs2_hex(reply), "ussd_action": "0",
                                       "ussd_dcs": "72"}}
        answer = {}
        for name in names:
            value = values.get(name, "")
            if not referer or (not logged_in and s.gate != "none" and name in GATED_GROUPS):
                value = ""
            answer[name] = value
        return answer

    def _messages(self) -> list[dict[str, str]]:
        messages = []
        # Newest first; a deleted slot of the store is None.
        for index, slot in reversed(list(enumerate(self.modem.sms))):
            if slot is None:
                continue
            t = slot.time
            date = f"{t[2:4]},{t[5:7]},{t[8:10]},{t[11:13]},{t[14:16]},{t[17:19]},+8"
            messages.append({"id": str(index + 1), "number": slot.sender,
                             "content": _ucs2_hex(slot.text), "date": date,
                             "tag": "0" if slot.status == "REC READ" else "1",
                             "draft_group_id": ""})
        return messages

    def write(self, form: dict[str, str], session: str) -> dict[str, str]:
        s, m = self.settings, self.modem
        goform_id = form.get("goformId", "")
        if goform_id == "LOGIN":
            if s.password is None:
                return {"result": "0"}
            try:
                given = base64.b64decode(form.get("password", ""), validate=True).decode()
            except (ValueError, UnicodeDecodeError):
                given = "\0invalid"
            outcome = s.attempt(given, self.clock())
            if outcome == "ok":
                s.sessions[session] = True
                return {"result": "0"}
            return {"result": "3"}
        if goform_id == "LOGOUT":
            s.sessions[session] = False
            return {"result": "success"}
        if s.password is not None and not s.sessions.get(session):
            return {"result": "failure"}
        if goform_id == "USSD_PROCESS" and form.get("USSD_operator") == "ussd_send":
            if not m._registered("+CREG"):
                self.ussd_flag = "1"
                return {"result": "success"}
            status, text = ussd_answer(m, form.get("USSD_send_number", "").strip())
            self.ussd_flag = "16" if status != 4 else "41"
            self.ussd_reply = text
            return {"result": "success"}
        return {"result": "failure"}


class ZteHandler(QuietHandler):
    web_device: ZteDevice

    def _session(self) -> tuple[str, dict[str, str]]:
        device = self.web_device
        session = self.cookie("stok")
        if session is None or session not in device.settings.sessions:
            session = new_token()[:32]
            device.settings.sessions[session] = False
            return session, {"Set-Cookie": f"stok={session}; path=/"}
        return session, {}

    def _json(self, value: Any, headers: dict[str, str]) -> None:
        self.answer(200, json.dumps(value).encode(), "text/html", headers)

    def _common(self) -> tuple[str, dict[str, str]] | None:
        """Latency, session, the quirks every request shares; None when answered."""
        device = self.web_device
        if device.settings.latency:
            device._stop.wait(device.settings.latency)
        session, headers = self._session()
        quirks = device.settings.quirks
        path = urlsplit(self.path).path
        if path in ("/", "/index.html"):
            self.answer(200, b"<html><body>ZTE</body></html>", "text/html", headers)
            return None
        if not path.startswith("/goform/"):
            self.answer(404, b"Not Found", "text/plain", headers)
            return None
        if "html" in quirks:
            self.answer(200, LOGIN_PAGE.encode(), "text/html", headers)
            return None
        if "redirect" in quirks and device.settings.password and \
                not device.settings.sessions.get(session) and "LOGIN" not in self.path:
            self.answer(302, b"", "text/html", {**headers, "Location": "/index.html#login"})
            return None
        return session, headers

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        device = self.web_device
        if "stall" in device.settings.quirks and self.path.startswith("/goform/"):
            device.stalled()
            return
        with device.lock, device.modem._lock:
            device.modem._finish_timed_sim_init()
            common = self._common()
            if common is None:
                return
            session, headers = common
            query = parse_qs(urlsplit(self.path).query)
            names = [n for n in ",".join(query.get("cmd", [""])).split(",") if n]
            referer = bool(self.headers.get("Referer"))
            self._json(device.read(names, session, referer), headers)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        device = self.web_device
        body = self.body()
        if "stall" in device.settings.quirks:
            device.stalled()
            return
        with device.lock, device.modem._lock:
            device.modem._finish_timed_sim_init()
            common = self._common()
            if common is None:
                return
            session, headers = common
            form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
            self._json(device.write(form, session), headers)


ZteDevice.handler_class = ZteHandler
