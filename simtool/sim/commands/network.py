"""Radio and network: +CFUN, signal (+CSQ, +CESQ, Huawei ^HCSQ, Quectel +QCSQ),
registration (+CREG, +CGREG, +CEREG, +C5GREG), operator (+COPS) and character set (+CSCS)."""

from __future__ import annotations

from simtool.sim.commands.base import ACT_LTE, CmeError, CommandError, to_int

# Annotations only (see base.py: no `typing` on the path to a sim:// port's first byte).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sim.commands.base import Handler
    from simtool.sim.modem import Modem


def _cfun(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "read":
        return [modem.personality.line("+CFUN", str(modem.cfun))]
    if kind == "test":
        return [modem.personality.line("+CFUN", "(0,1,4),(0-1)")]
    if kind != "set":
        raise CommandError
    value = to_int(args[0])
    if value not in (0, 1, 4):
        raise CmeError(50)
    if len(args) > 1 and args[1] == "1":
        # Reset after setting the level: the reply comes, then the boot storm.
        modem._power_up()
        modem.cfun = value
        modem._after += modem._boot_urcs()
        modem._after_delay = 0.5
        return []
    modem.cfun = value
    if value != 1:
        for ctx in modem.contexts.values():
            ctx.active = False
    else:
        modem._bring_up_default_bearer()
    return []


def _csq_cmd(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return [modem.personality.line("+CSQ", "(0-31,99),(0-7,99)")]
    if kind != "exec":
        raise CommandError
    rssi, ber = modem._csq()
    return [modem.personality.line("+CSQ", f"{rssi},{ber}")]


def _cesq(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return [modem.personality.line(
            "+CESQ", "(0-63,99),(0-7,99),(0-96,255),(0-49,255),(0-34,255),(0-97,255)")]
    if kind != "exec":
        raise CommandError
    if modem.cfun != 1 or modem.signal is None:
        return [modem.personality.line("+CESQ", "99,99,255,255,255,255")]
    rsrq = max(0, min(34, round((modem.signal.rsrq_db + 20) * 2)))
    rsrp = max(0, min(97, round(modem.signal.rsrp_dbm + 141)))
    return [modem.personality.line("+CESQ", f"99,99,255,255,{rsrq},{rsrp}")]


def _hcsq(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "read":
        raise CommandError
    s = modem.signal
    if modem.cfun != 1 or s is None:
        return [modem.personality.line("^HCSQ", '"NOSERVICE"')]
    # Huawei ME909s/MU709 manuals: value x stands for the range starting at
    # rssi -121+x dBm, rsrp -141+x dBm, sinr -20.2+0.2x dB, rsrq -20+0.5x dB.
    rssi = max(0, min(96, round(s.rssi_dbm + 121)))
    rsrp = max(0, min(97, round(s.rsrp_dbm + 141)))
    sinr = max(0, min(251, round((s.sinr_db + 20.2) * 5)))
    rsrq = max(0, min(34, round((s.rsrq_db + 20) * 2)))
    return [modem.personality.line("^HCSQ", f'"LTE",{rssi},{rsrp},{sinr},{rsrq}')]


def _qcsq(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "exec":
        raise CommandError
    s = modem.signal
    if modem.cfun != 1 or s is None:
        return [modem.personality.line("+QCSQ", '"NOSERVICE"')]
    sinr = max(0, min(250, round((s.sinr_db + 20) * 5)))  # 1/5 dB steps from -20 dB
    return [modem.personality.line(
        "+QCSQ", f'"LTE",{round(s.rssi_dbm)},{round(s.rsrp_dbm)},{sinr},{round(s.rsrq_db)}')]


def _registration(modem: Modem, domain: str, kind: str, args: list[str]) -> list[str]:
    if kind == "test":
        return [modem.personality.line(domain, "(0-5)")]
    if kind == "read":
        n = modem.reg_n[domain]
        return [modem.personality.line(domain, f"{n},{modem._reg_body(domain, n)}")]
    if kind == "set":
        value = to_int(args[0] or "0")
        if not 0 <= value <= 5:
            raise CmeError(50)
        modem.reg_n[domain] = value
        return []
    raise CommandError


def _creg(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    return _registration(modem, "+CREG", kind, args)


def _cgreg(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    return _registration(modem, "+CGREG", kind, args)


def _cereg(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    return _registration(modem, "+CEREG", kind, args)


def _c5greg(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    return _registration(modem, "+C5GREG", kind, args)


def _cops(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    p = modem.personality
    mcc, mnc, long_name, short_name = modem._serving()
    if kind == "read":
        if not modem._registered("+CREG") and not (
                modem.roaming_now() and modem._camped()):
            return [p.line("+COPS", str(modem.cops_mode))]
        name = [modem._text(long_name), modem._text(short_name), mcc + mnc][modem.cops_format]
        return [p.line("+COPS", f'{modem.cops_mode},{modem.cops_format},"{name}",{ACT_LTE}')]
    if kind == "test":
        if modem.cfun != 1:
            raise CmeError(3)
        modem._extra_delay = modem.config.scan_seconds  # a network scan takes long
        if modem.signal is None:
            return [p.line("+COPS", ",,(0-4),(0-2)")]
        home = modem.network
        visited = home.visited
        status = 1 if modem.roaming_now() else 2
        entries = [f'({status},"{home.long_name}","{home.short_name}","{home.numeric}",7)',
                   f'({3 - status},"{visited[2]}","{visited[3]}","{visited[0]}{visited[1]}",7)']
        return [p.line("+COPS", ",".join(entries) + ",,(0-4),(0-2)")]
    if kind != "set":
        raise CommandError
    mode = to_int(args[0] or "0")
    if mode == 3:
        modem.cops_format = to_int(args[1]) if len(args) > 1 and args[1] else 0
        if modem.cops_format not in (0, 1, 2):
            raise CmeError(50)
        return []
    if mode not in (0, 1, 2, 4):
        raise CmeError(50)
    if mode == 2:
        modem.cops_mode = 2
        for ctx in modem.contexts.values():
            ctx.active = False
        return []
    chosen: str | None = None
    if mode in (1, 4):
        wanted = args[2] if len(args) > 2 else ""
        home, visited = modem.network, modem.network.visited
        if wanted in (home.numeric, home.long_name, home.short_name):
            chosen = home.numeric
        elif modem.scenario.roaming and wanted in (visited[0] + visited[1], visited[2],
                                                   visited[3]):
            chosen = visited[0] + visited[1]
        elif mode == 1:
            # TS 27.007: the chosen network is not in reach, or does not take this card.
            raise CmeError(32 if modem.signal else 30)
    modem.manual_plmn = chosen
    modem.cops_mode = mode if modem.manual_plmn is not None else 0
    modem._bring_up_default_bearer()
    return []


def _cscs(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "read":
        return [modem.personality.line("+CSCS", f'"{modem.cscs}"')]
    if kind == "test":
        return [modem.personality.line("+CSCS", '("IRA","GSM","UCS2")')]
    if kind != "set":
        raise CommandError
    value = args[0].upper()
    if value not in ("IRA", "GSM", "UCS2"):
        raise CmeError(50)
    modem.cscs = value
    return []


HANDLERS: dict[str, Handler] = {
    "+CFUN": _cfun, "+CSQ": _csq_cmd, "+CESQ": _cesq, "+CREG": _creg, "+CGREG": _cgreg,
    "+CEREG": _cereg, "+C5GREG": _c5greg, "+COPS": _cops, "+CSCS": _cscs,
    "^HCSQ": _hcsq, "+QCSQ": _qcsq,
}
VENDOR_ONLY = frozenset({"^HCSQ", "+QCSQ"})
