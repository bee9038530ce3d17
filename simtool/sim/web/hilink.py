"""A simulated Huawei HiLink device (E3372h-320 stick) on a real HTTP server.

It answers from the same simulated world as the AT interpreter (simtool.sim.modem), with
what a client such as huawei-lte-api depends on (shared/reference/hilink.md §8): a
`SessionID` cookie and two csrf meta tokens on `GET /`, webserver/token (or SesTokInfo with
the "old-token" quirk), errors as HTTP 200 `<error><code>`, 100002 for unknown paths,
100003 for what needs login, a token on every POST (any issued one is accepted; 125002
otherwise), user/state-login with `lockstatus`/`remainwaittime`, user/login with
password_type 4 and a lock after `login_tries` wrong passwords (108006, then 108007),
fresh tokens in `__RequestVerificationTokenone/two` after login, sms-list that leaves
`Smstat` alone and returns one message as a single `<Message>`.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any
from xml.sax.saxutils import escape

from simtool.sim.commands.base import CELL_AREA, CELL_ID
from simtool.sim.commands.identity import luhn_complete
from simtool.sim.commands.messaging import ussd_answer
from simtool.sim.modem import Modem
from simtool.sim.web.common import (
    DeviceSettings,
    QuietHandler,
    WebDevice,
    new_token,
)

MODEL = "E3372h-320"
# Scenarios with no counterpart in the HiLink API: a flaky serial line and a reboot in the
# middle of an AT exchange; an eSIM's profiles (the API shows no EID or profile list, so a
# test or wrong profile is only "not registered" there).
UNMAPPED = ("flaky", "reboot", "esim-test-only", "esim-wrong-profile")
SOFTWARE = "22.333.01.00.00"
PAGE = ('<!DOCTYPE html><html><head><meta name="csrf_token" content="{one}">'
        '<meta name="csrf_token" content="{two}"><title>HUAWEI</title></head>'
        '<body>HUAWEI HiLink</body></html>')
LOGIN_PAGE = "<!DOCTYPE html><html><head><title>Login</title></head><body>login</body></html>"
# E3372h authority.xml with login on: these GETs, and every POST but the whitelist.
GATED_SOME = ("device/information", "dialup/profiles", "net/network", "sms/config")
OPEN_ALWAYS = ("user/state-login", "user/login", "user/logout", "webserver/token",
               "webserver/SesTokInfo", "device/basic_information", "device/signal",
               "user/hilink_login", "global/module-switch")
POST_WHITELIST = ("user/login", "device/basic_information", "user/logout")
# Reject causes that make a SIM invalid for a domain (TS 24.008 4.4.4.7 / 24.301 5.5.1.2.5):
# SimStatus 2 = CS, 3 = PS, 4 = both.
INVALIDATING = {2: "2", 3: "4", 6: "4", 7: "3", 8: "4"}
PDP_TYPES = {"IP": "0", "IPV6": "2", "IPV4V6": "2"}


def xml(fields: dict[str, Any]) -> str:
    def one(name: str, value: Any) -> str:
        if isinstance(value, dict):
            return f"<{name}>{''.join(one(k, v) for k, v in value.items())}</{name}>"
        if isinstance(value, list):
            return "".join(one(name, item) for item in value)
        return f"<{name}>{escape(str(value))}</{name}>"
    return "".join(one(k, v) for k, v in fields.items())


class HilinkDevice(WebDevice):
    """The device's API: `get(endpoint)` / `post(endpoint, body)` return the <response>
    fields or raise DeviceError(code)."""

    def __init__(self, modem: Modem, settings: DeviceSettings | None = None, **kw: Any) -> None:
        settings = settings or DeviceSettings()
        settings.model = settings.model or MODEL
        super().__init__(modem, settings, **kw)
        self.tokens: set[str] = set()
        self.ussd_reply: str | None = None
        self.profile_index = 1

    handler_class: Any  # set below

    # -- the world ----------------------------------------------------------------------

    def _sim_state(self) -> str:
        return {"ABSENT": "255", "FAILURE": "256", "BUSY": "262", "SIM PIN": "260",
                "SIM PUK": "261"}.get(self.modem.sim_code(), "257")

    def _registered(self) -> tuple[bool, bool]:
        m = self.modem
        return m.reg_stat("+CREG") in (1, 5), m.reg_stat("+CEREG") in (1, 5)

    def _connection_status(self) -> str:
        m, s = self.modem, self.settings
        if "unknown-code" in s.quirks:
            return "116"
        cs, ps = self._registered()
        if s.limit_reached:
            return "201"
        if not s.data_switch:
            return "902"
        if m.contexts.get(1) is not None and m.contexts[1].active:
            return "901"
        cause = m._activation_cause(1)
        if cause is not None:
            return str(cause)
        return "902"

    def status(self) -> dict[str, Any]:
        m = self.modem
        cs, ps = self._registered()
        registered = cs or ps
        rejected = m.reject_cause if m.reject_cause is not None else (
            m.attach_cause if m.reg_stat("+CEREG") == 3 else None)
        sim_status = "1" if m.sim_code() == "READY" else (
            "255" if m.sim_code() == "ABSENT" else "0")
        if sim_status == "1" and rejected is not None:
            sim_status = INVALIDATING.get(rejected, "1")
        if registered:
            service = "2"
        elif m.cfun == 1 and m.signal is not None and m.reg_stat("+CREG") == 3:
            service = "1"            # camped for emergency calls only
        else:
            service = "0"
        domain = {(True, True): "3", (True, False): "1", (False, True): "2"}.get((cs, ps), "0")
        lte = registered and m.signal is not None
        return {
            "ConnectionStatus": self._connection_status(),
            "WifiConnectionStatus": "", "SignalStrength": "",
            "SignalIcon": self._bars(), "CurrentNetworkType": "19" if lte else "0",
            "CurrentServiceDomain": domain, "RoamingStatus": "1" if registered and
            m.scenario.roaming else "0", "BatteryStatus": "", "BatteryLevel": "",
            "BatteryPercent": "", "simlockStatus": "0",
            "WanIPAddress": "10.64.12.34" if self._connection_status() == "901" else "",
            "PrimaryDns": "", "SecondaryDns": "", "CurrentWifiUser": "",
            "TotalWifiUser": "", "currenttotalwifiuser": "", "ServiceStatus": service,
            "SimStatus": sim_status, "WifiStatus": "", "CurrentNetworkTypeEx":
            "101" if lte else "0", "maxsignal": "5", "wifiindooronly": "", "wififrequence": "",
            "classify": "hilink", "flymode": "0" if m.cfun == 1 else "1", "cellroam": "1",
        }

    def _bars(self) -> str:
        m = self.modem
        if m.cfun != 1 or m.signal is None:
            return "0"
        return str(max(0, min(5, round((m.signal.rsrp_dbm + 125) / 7))))

    def signal(self) -> dict[str, Any]:
        m = self.modem
        if m.cfun != 1 or m.signal is None:
            return {"pci": "", "sc": "", "cell_id": "", "rssi": "", "rsrp": "", "rsrq": "",
                    "sinr": "", "rscp": "", "ecio": "", "mode": "", "tac": "", "band": ""}
        s = m.signal
        return {"pci": "231", "sc": "", "cell_id": str(int(CELL_ID, 16)),
                "rssi": f"{s.rssi_dbm:g}dBm" if s.rssi_dbm > -51 else ">=-51dBm",
                "rsrp": f"{s.rsrp_dbm:g}dBm", "rsrq": f"{s.rsrq_db:g}.0dB",
                "sinr": f"{s.sinr_db:g}dB", "rscp": "", "ecio": "", "mode": "7",
                "tac": str(int(CELL_AREA, 16)), "band": "3", "earfcn": "DL:1300 UL:19300",
                "ulbandwidth": "20MHz", "dlbandwidth": "20MHz",
                "txpower": "PPusch:8dBm PPucch:-5dBm PSrs:0dBm PPrach:-4dBm"}

    def plmn(self) -> dict[str, Any]:
        m = self.modem
        cs, ps = self._registered()
        if not (cs or ps):
            return {"State": "0", "FullName": "", "ShortName": "", "Numeric": "", "Rat": ""}
        mcc, mnc, long_name, short_name = m._serving()
        return {"State": "1" if m.cops_mode == 1 else "0", "FullName": long_name,
                "ShortName": short_name, "Numeric": mcc + mnc, "Rat": "7", "Spn": ""}

    def information(self) -> dict[str, Any]:
        m = self.modem
        ready = m.sim_code() == "READY"
        present = m.sim_code() not in ("ABSENT", "FAILURE")
        return {"DeviceName": self.settings.model, "SerialNumber": "G4P7S16B12345678",
                "Imei": luhn_complete(m.personality.tac + "123456"),
                "Imsi": m.network.imsi if ready else "",
                "Iccid": m.network.iccid if present else "",
                "Msisdn": m.network.msisdn if ready else "",
                "HardwareVersion": "CL4E3372HM", "SoftwareVersion": SOFTWARE,
                "WebUIVersion": "17.100.18.03.143", "MacAddress1": "0C:5B:8F:27:9A:64",
                "MacAddress2": "", "ProductFamily": "LTE", "Classify": "hilink",
                "supportmode": "LTE|WCDMA|GSM", "workmode": "LTE"}

    def profiles(self) -> dict[str, Any]:
        m = self.modem
        context = m.contexts.get(1)
        apn = context.apn if context is not None else ""
        items = [{"Index": "1", "IsValid": "1", "Name": m.network.short_name, "ApnIsStatic": "1",
                  "ApnName": apn, "DialupNum": "*99#",
                  "Username": context.user if context is not None and context.user else "",
                  "Password": "", "AuthMode": "0", "IpIsStatic": "", "IpAddress": "",
                  "DnsIsStatic": "", "PrimaryDns": "", "SecondaryDns": "", "ReadOnly": "0",
                  "iptype": PDP_TYPES.get(context.pdp_type if context else "IP", "0")},
                 {"Index": "2", "IsValid": "1", "Name": "internet", "ApnIsStatic": "1",
                  "ApnName": "internet", "DialupNum": "*99#", "Username": "",
                  "Password": "", "AuthMode": "0", "IpIsStatic": "", "IpAddress": "",
                  "DnsIsStatic": "", "PrimaryDns": "", "SecondaryDns": "", "ReadOnly": "0",
                  "iptype": "0"}]
        return {"CurrentProfile": str(self.profile_index), "Profiles": {"Profile": items}}

    def _unread(self) -> int:
        return sum(1 for x in self.modem.sms if x is not None and x.status == "REC UNREAD")

    def sms_list(self) -> dict[str, Any]:
        messages = []
        # Newest first; a deleted slot of the store is None.
        for index, slot in reversed(list(enumerate(self.modem.sms))):
            if slot is None:
                continue
            messages.append({"Smstat": "1" if slot.status == "REC READ" else "0",
                             "Index": str(40000 + index),
                             "Phone": slot.sender, "Content": slot.text,
                             "Date": slot.time[:19].replace("T", " "), "Sca": "",
                             "SaveType": "4", "Priority": "0", "SmsType": "1"})
        # One message comes back as a single <Message> (the xml helper does that).
        return {"Count": str(len(messages)),
                "Messages": {"Message": messages} if messages else ""}

    # -- the API ------------------------------------------------------------------------

    def get(self, endpoint: str) -> dict[str, Any] | str:
        m = self.modem
        s = self.settings
        pin_state = self._sim_state()
        reads: dict[str, Any] = {
            "pin/status": lambda: {"SimState": pin_state, "PinOptState":
                                   "259" if m.pin_enabled else "258",
                                   "SimPinTimes": str(m.pin_retries),
                                   "SimPukTimes": str(m.puk_retries)},
            "pin/simlock": lambda: {"SimLockEnable": "0", "SimLockRemainTimes": "10",
                                    "pSimLockEnable": "0", "pSimLockRemainTimes": "10"},
            "monitoring/converged-status": lambda: {"SimState": pin_state,
                                                    "SimLockEnable": "0",
                                                    "CurrentLanguage": "en-us"},
            "monitoring/status": self.status,
            "monitoring/check-notifications": lambda: {
                "UnreadMessage": str(self._unread()),
                "SmsStorageFull": "0", "OnlineUpdateStatus": "10"},
            "monitoring/traffic-statistics": lambda: {
                "CurrentConnectTime": "0", "CurrentUpload": "0", "CurrentDownload": "0",
                "CurrentDownloadRate": "0", "CurrentUploadRate": "0",
                "TotalUpload": str(int(s.data_used_mb * 2 ** 20) // 10),
                "TotalDownload": str(int(s.data_used_mb * 2 ** 20) * 9 // 10),
                "TotalConnectTime": "0", "showtraffic": "1"},
            "monitoring/month_statistics": lambda: {
                "CurrentMonthDownload": str(int(s.data_used_mb * 2 ** 20) * 9 // 10),
                "CurrentMonthUpload": str(int(s.data_used_mb * 2 ** 20) // 10),
                "MonthDuration": "3600", "MonthLastClearTime": "2026-12-1"},
            "monitoring/start_date": lambda: {
                "StartDay": "1", "DataLimit": f"{s.data_limit_mb}MB" if s.data_limit_mb else "",
                "DataLimitAwoke": "0", "MonthThreshold": "90",
                "SetMonthData": "1" if s.data_limit_mb else "0", "trafficmaxlimit": "0",
                "turnoffdataenable": "1" if s.data_limit_mb else "0",
                "turnoffdataswitch": "0", "turnoffdataflag": "1" if s.limit_reached else "0"},
            "net/current-plmn": self.plmn,
            "net/register": lambda: {"Mode": str(m.cops_mode), "Plmn": "", "Rat": ""},
            "device/signal": self.signal,
            "device/basic_information": lambda: {
                "productfamily": "LTE", "classify": "hilink", "multimode": "0",
                "restore_default_status": "0", "sim_save_pin_enable": "0",
                "devicename": s.model},
            "device/information": self.information,
            "dialup/mobile-dataswitch": lambda: {"dataswitch": "1" if s.data_switch else "0"},
            "dialup/profiles": self.profiles,
            "dialup/connection": lambda: {"RoamAutoConnectEnable": "0", "MaxIdelTime": "600",
                                          "ConnectMode": "0", "MTU": "1500",
                                          "auto_dial_switch": "1", "pdp_always_on": "0"},
            "sms/sms-count": lambda: {
                "LocalUnread": str(self._unread()),
                "LocalInbox": str(sum(1 for x in m.sms if x is not None)), "LocalOutbox": "0",
                "LocalDraft": "0",
                "LocalDeleted": "0", "SimUnread": "0", "SimInbox": "0", "SimOutbox": "0",
                "SimDraft": "0", "LocalMax": "500", "SimMax": "30", "SimUsed": "0"},
            "ussd/status": lambda: {"result": "0"},
            "ussd/get": self._ussd_get,
            "global/module-switch": lambda: {"ussd_enabled": "1", "sms_enabled": "1",
                                             "statistic_enabled": "1",
                                             "dataswitch_enabled": "1", "encrypt_enabled": "0",
                                             "monthly_volume_enabled": "1"},
            "user/hilink_login": lambda: {"hilink_login": "1" if s.password else "0"},
        }
        if endpoint not in reads:
            raise DeviceError(100002)
        value = reads[endpoint]()
        return value if isinstance(value, (dict, str)) else {}

    def _ussd_get(self) -> dict[str, Any]:
        if self.ussd_reply is None:
            raise DeviceError(111019)
        reply, self.ussd_reply = self.ussd_reply, None
        return {"content": reply}

    def post(self, endpoint: str, fields: dict[str, str], session: str) -> str:
        m, s = self.modem, self.settings
        if endpoint == "sms/sms-list":
            raise _Answer(self.sms_list())
        if endpoint == "dialup/mobile-dataswitch":
            value = fields.get("dataswitch")
            if value not in ("0", "1"):
                raise DeviceError(100006)
            s.data_switch = value == "1"
            if 1 in m.contexts:
                m.contexts[1].active = s.data_switch and m._activation_cause(1) is None
            return "OK"
        if endpoint == "dialup/profiles":
            index = fields.get("SetDefault", "0")
            if fields.get("Delete", "0") != "0" or fields.get("Modify", "0") != "0":
                raise DeviceError(100006)       # only selection is simulated
            if index not in ("1", "2"):
                raise DeviceError(100006)
            self.profile_index = int(index)
            apn = m.network.apn if index == "1" and not m.scenario.wrong_apn else (
                m.scenario.wrong_apn or "internet")
            if index == "2":
                apn = "internet"
            m.contexts[1].apn = apn
            m.contexts[1].active = False
            m.last_error = None
            m._bring_up_default_bearer()
            return "OK"
        if endpoint == "ussd/send":
            code = fields.get("content", "")
            if not m._registered("+CREG"):
                raise DeviceError(111022)
            status, text = ussd_answer(m, code.strip())
            if status == 4:
                raise DeviceError(111022)
            self.ussd_reply = text
            return "OK"
        if endpoint == "ussd/release":
            m.ussd_menu = None
            return "OK"
        raise DeviceError(100002)

    def login(self, fields: dict[str, str], session: str, token: str) -> str:
        s = self.settings
        now = self.clock()
        if s.password is None:
            return "OK"
        password_type = fields.get("password_type", "0")
        username = fields.get("Username", "")
        expected = base64.b64encode(s.password.encode()).decode()
        if password_type == "4":
            inner = base64.b64encode(hashlib.sha256(s.password.encode()).hexdigest().encode())
            expected = base64.b64encode(hashlib.sha256(
                username.encode() + inner + token.encode()).hexdigest().encode()).decode()
        given = fields.get("Password", "")
        outcome = s.attempt(s.password if (given == expected and username == "admin")
                            else "\0wrong", now)
        if outcome == "locked":
            raise DeviceError(108007)
        if outcome == "wrong":
            raise DeviceError(108006)
        s.sessions[session] = True
        return "OK"

    def state_login(self, session: str) -> dict[str, Any]:
        s = self.settings
        wait = int(s.lock_left(self.clock()))
        return {"State": "0" if s.sessions.get(session) or s.password is None else "-1",
                "Username": "admin" if s.sessions.get(session) else "",
                "password_type": "4",
                "extern_password_type": "1" if "scram" in s.quirks else "0",
                "rsapadingtype": "1", "firstlogin": "0",
                "lockstatus": "1" if wait > 0 else "0", "remainwaittime": str(wait),
                "accounts_number": "1", "userlevel": ""}

    def gated(self, method: str, endpoint: str, session: str) -> bool:
        s = self.settings
        if s.password is None or s.sessions.get(session) or endpoint in OPEN_ALWAYS:
            return False
        if method == "POST":
            return endpoint not in POST_WHITELIST
        return s.gate == "all" or (s.gate == "some" and endpoint in GATED_SOME)


class DeviceError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class _Answer(Exception):
    """A POST that answers fields rather than OK (sms-list)."""

    def __init__(self, fields: dict[str, Any]) -> None:
        super().__init__()
        self.fields = fields


def _request_fields(body: bytes) -> dict[str, str]:
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError:
        return {}
    return {child.tag: (child.text or "") for child in root}


class HilinkHandler(QuietHandler):
    web_device: HilinkDevice

    def _session(self) -> tuple[str, dict[str, str]]:
        session = self.cookie("SessionID")
        device = self.web_device
        if session is None or session not in device.settings.sessions:
            session = new_token()[:64]
            device.settings.sessions[session] = False
            return session, {"Set-Cookie": f"SessionID={session}; path=/; HttpOnly"}
        return session, {}

    def _xml(self, inner: str, headers: dict[str, str]) -> None:
        body = f'<?xml version="1.0" encoding="UTF-8"?>{inner}'.encode()
        self.answer(200, body, "text/xml; charset=UTF-8", headers)

    def _error(self, code: int, headers: dict[str, str]) -> None:
        self._xml(f"<error><code>{code}</code><message></message></error>", headers)

    def _issue(self, headers: dict[str, str], *names: str) -> None:
        device = self.web_device
        for name in names:
            token = new_token()
            device.tokens.add(token)
            headers[name] = token

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        device = self.web_device
        if device.settings.latency:
            device._stop.wait(device.settings.latency)
        with device.lock, device.modem._lock:
            session, headers = self._session()
            device.modem._finish_timed_sim_init()
            path = self.path.split("?", 1)[0]
            if path in ("/", "/html/index.html", "/html/home.html"):
                one, two = new_token(), new_token()
                device.tokens.update((one, two))
                page = LOGIN_PAGE if path == "/html/index.html" else PAGE.format(one=one, two=two)
                self.answer(200, page.encode(), "text/html; charset=UTF-8", headers)
                return
            if not path.startswith("/api/"):
                self.answer(404, b"Not Found", "text/plain", headers)
                return
            endpoint = path[len("/api/"):]
            quirks = device.settings.quirks
            if "html" in quirks:
                self.answer(200, LOGIN_PAGE.encode(), "text/html", headers)
                return
            if "stall" in quirks:
                stall = True
            else:
                stall = False
                self._get(endpoint, session, headers)
        if stall:
            device.stalled()

    def _get(self, endpoint: str, session: str, headers: dict[str, str]) -> None:
        device = self.web_device
        if endpoint == "webserver/token":
            if "old-token" in device.settings.quirks:
                self._error(100002, headers)
                return
            token = new_token()
            device.tokens.add(token)
            self._xml(f"<response><token>{token}</token></response>", headers)
            return
        if endpoint == "webserver/SesTokInfo":
            token = new_token()
            device.tokens.add(token)
            self._xml(f"<response><SesInfo>SessionID={session}</SesInfo>"
                      f"<TokInfo>{token}</TokInfo></response>", headers)
            return
        if endpoint == "user/state-login":
            self._xml(f"<response>{xml(device.state_login(session))}</response>", headers)
            return
        if device.gated("GET", endpoint, session):
            if "redirect" in device.settings.quirks:
                self.answer(302, b"", "text/html", {**headers, "Location": "/html/index.html"})
            else:
                self._error(100003, headers)
            return
        try:
            value = device.get(endpoint)
        except DeviceError as error:
            self._error(error.code, headers)
            return
        inner = xml(value) if isinstance(value, dict) else escape(value)
        self._xml(f"<response>{inner}</response>", headers)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        device = self.web_device
        if device.settings.latency:
            device._stop.wait(device.settings.latency)
        body = self.body()
        with device.lock, device.modem._lock:
            session, headers = self._session()
            device.modem._finish_timed_sim_init()
            path = self.path.split("?", 1)[0]
            endpoint = path[len("/api/"):] if path.startswith("/api/") else ""
            token = self.headers.get("__RequestVerificationToken") or ""
            if "stall" in device.settings.quirks:
                stall = True
            else:
                stall = False
                self._post(endpoint, body, session, token, headers)
        if stall:
            device.stalled()

    def _post(self, endpoint: str, body: bytes, session: str, token: str,
              headers: dict[str, str]) -> None:
        device = self.web_device
        if token not in device.tokens:
            self._error(125002, headers)
            return
        fields = _request_fields(body)
        if endpoint == "user/login":
            try:
                device.login(fields, session, token)
            except DeviceError as error:
                self._issue(headers, "__RequestVerificationToken")
                self._error(error.code, headers)
                return
            self._issue(headers, "__RequestVerificationTokenone", "__RequestVerificationTokentwo")
            self._xml("<response>OK</response>", headers)
            return
        self._issue(headers, "__RequestVerificationToken")
        if endpoint == "user/logout":
            device.settings.sessions[session] = False
            self._xml("<response>OK</response>", headers)
            return
        if device.gated("POST", endpoint, session):
            if "redirect" in device.settings.quirks:
                self.answer(302, b"", "text/html", {**headers, "Location": "/html/index.html"})
            else:
                self._error(100003, headers)
            return
        try:
            result = device.post(endpoint, fields, session)
        except _Answer as answer:
            self._xml(f"<response>{xml(answer.fields)}</response>", headers)
            return
        except DeviceError as error:
            self._error(error.code, headers)
            return
        self._xml(f"<response>{escape(result)}</response>", headers)


HilinkDevice.handler_class = HilinkHandler
