"""Packet domain: contexts (+CGDCONT), their credentials (+CGAUTH, Quectel +QICSGP,
Huawei ^AUTHDATA), attach (+CGATT), activation (+CGACT), addresses (+CGPADDR) and the
last failure's cause (+CEER)."""

from __future__ import annotations

from simtool.sim.commands.base import CmeError, CommandError, Context, to_int

# Annotations only (see base.py: no `typing` on the path to a sim:// port's first byte).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sim.commands.base import Handler
    from simtool.sim.modem import Modem

# 3GPP cause names for +CEER: EMM causes (TS 24.301 §9.9.3.9) for attach rejects, ESM
# causes (§9.9.4.4) for refused sessions; the same number means different things in each.
CAUSE_TEXT: dict[int, str] = {
    2: "IMSI unknown in HSS",
    7: "EPS services not allowed",
    8: "EPS services and non-EPS services not allowed",
    11: "PLMN not allowed",
    13: "Roaming not allowed in this tracking area",
    27: "Missing or unknown APN",
    29: "User authentication failed",
    33: "Requested service option not subscribed",
}
SESSION_CAUSE_TEXT: dict[int, str] = {
    8: "Operator Determined Barring",
    26: "Insufficient resources",
    27: "Missing or unknown APN",
    28: "Unknown PDN type",
    29: "User authentication failed",
    30: "Request rejected by Serving GW or PDN GW",
    31: "Request rejected, unspecified",
    32: "Service option not supported",
    33: "Requested service option not subscribed",
}

# Where a 3GPP session cause lands in +CME ERROR (TS 27.007 §9.2: 100 + cause for 1..47).
SESSION_CAUSE_CME = {8: 177}


def _cgdcont(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    p = modem.personality
    if kind == "read":
        return [p.line("+CGDCONT", f'{cid},"{c.pdp_type}","{c.apn}","0.0.0.0",0,0')
                for cid, c in sorted(modem.contexts.items())]
    if kind == "test":
        return [p.line("+CGDCONT", f'(1-16),"{t}",,,(0-2),(0-4)')
                for t in ("IP", "IPV6", "IPV4V6")]
    if kind != "set":
        raise CommandError
    cid = to_int(args[0])
    if not 1 <= cid <= 16:
        raise CmeError(50)
    if len(args) == 1:
        modem.contexts.pop(cid, None)
        return []
    pdp_type = args[1].upper() or "IP"
    if pdp_type not in ("IP", "IPV6", "IPV4V6", "PPP", "NON-IP"):
        raise CmeError(50)
    apn = args[2] if len(args) > 2 else ""
    old = modem.contexts.get(cid)
    modem.contexts[cid] = Context(pdp_type, apn, False,
                                  old.user if old else "", old.password if old else "",
                                  old.auth if old else 0)
    return []


def _set_auth(modem: Modem, cid: int, user: str, password: str, auth: int | None = None
              ) -> None:
    ctx = modem.contexts.setdefault(cid, Context("IP", ""))
    ctx.user, ctx.password = user, password
    ctx.auth = (1 if user else 0) if auth is None else auth


def _cgauth(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    p = modem.personality
    if kind == "read":
        return [p.line("+CGAUTH", f'{cid},{c.auth},"{c.user}",""')
                for cid, c in sorted(modem.contexts.items())]
    if kind == "test":
        return [p.line("+CGAUTH", "(1-16),(0-2),,")]
    if kind != "set":
        raise CommandError
    cid = to_int(args[0])
    protocol = args[1] if len(args) > 1 else "0"
    user = args[2] if len(args) > 2 else ""
    password = args[3] if len(args) > 3 else ""
    if protocol not in ("0", "1", "2"):
        raise CmeError(50)
    _set_auth(modem, cid, user if protocol != "0" else "", password if protocol != "0" else "",
              int(protocol))
    return []


def _qicsgp(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    # Quectel: AT+QICSGP=<contextID>[,<type>,<APN>,<user>,<pass>,<auth>]
    if kind != "set":
        raise CommandError
    cid = to_int(args[0])
    if len(args) == 1:
        c = modem.contexts.get(cid, Context("IP", ""))
        return [modem.personality.line("+QICSGP", f'1,"{c.apn}","{c.user}","",0')]
    apn = args[2] if len(args) > 2 else ""
    modem.contexts.setdefault(cid, Context("IP", apn)).apn = apn
    _set_auth(modem, cid, args[3] if len(args) > 3 else "", args[4] if len(args) > 4 else "")
    return []


def _authdata(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    # Huawei: AT^AUTHDATA=<cid>,<auth_type>,<PLMN>,<passwd>,<username>
    if kind != "set":
        raise CommandError
    cid = to_int(args[0])
    _set_auth(modem, cid, args[4] if len(args) > 4 else "", args[3] if len(args) > 3 else "")
    return []


def _cgatt(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "read":
        return [modem.personality.line("+CGATT", "1" if modem._registered("+CEREG") else "0")]
    if kind == "test":
        return [modem.personality.line("+CGATT", "(0,1)")]
    if kind != "set":
        raise CommandError
    if args[0] == "0":
        modem.ps_detached = True
        for ctx in modem.contexts.values():
            ctx.active = False
        return []
    if args[0] != "1":
        raise CmeError(50)
    modem.ps_detached = False
    if modem.attach_cause is not None and modem._registered("+CREG"):
        modem.last_error = ("EMM attach reject", modem.attach_cause)
        raise CmeError(100 + modem.attach_cause)
    if not modem._registered("+CEREG"):
        raise CmeError(30)
    modem._bring_up_default_bearer()
    return []


def _cgact(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    p = modem.personality
    if kind == "read":
        return [p.line("+CGACT", f"{cid},{1 if c.active else 0}")
                for cid, c in sorted(modem.contexts.items())]
    if kind == "test":
        return [p.line("+CGACT", "(0,1)")]
    if kind != "set":
        raise CommandError
    state = args[0]
    cids = [to_int(a) for a in args[1:] if a] or sorted(modem.contexts)
    if state == "0":
        for cid in cids:
            if cid in modem.contexts:
                modem.contexts[cid].active = False
        return []
    if state != "1":
        raise CmeError(50)
    modem._need_sim_ready()
    for cid in cids:
        if cid not in modem.contexts:
            raise CmeError(50)
        if not modem._registered("+CEREG"):
            if modem.attach_cause is not None and modem._registered("+CREG"):
                modem.last_error = ("EMM attach reject", modem.attach_cause)
                raise CmeError(100 + modem.attach_cause)
            raise CmeError(30)
        cause = modem._activation_cause(cid)
        if cause is not None:
            modem.last_error = ("SM activation error", cause)
            raise CmeError(SESSION_CAUSE_CME.get(cause, 100 + cause))
        modem.contexts[cid].active = True
        modem.last_error = None
    return []


def _cgpaddr(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return [modem.personality.line("+CGPADDR", "(1-16)")]
    if kind == "read":
        raise CommandError
    cids = [to_int(a) for a in args if a] or sorted(modem.contexts)
    lines = []
    for cid in cids:
        ctx = modem.contexts.get(cid)
        if ctx is None:
            continue
        address = f'"10.64.{cid}.17"' if ctx.active else '"0.0.0.0"'
        lines.append(modem.personality.line("+CGPADDR", f"{cid},{address}"))
    return lines


def _ceer(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind != "exec":
        raise CommandError
    p = modem.personality
    if modem.last_error is None:
        return [p.line("+CEER", p.ceer_none)]
    category, cause = modem.last_error
    texts = SESSION_CAUSE_TEXT if category.startswith("SM") else CAUSE_TEXT
    text = texts.get(cause, f"cause {cause}")
    if p.ceer_style == "category":
        # Sierra HL reports session causes as 100 + cause ("SM activation error",133,...)
        # but mobility causes bare ("EMM reject",19,...).
        number = 100 + cause if p.name == "sierra" and category.startswith("SM") else cause
        return [p.line("+CEER", f'"{category}",{number},"{text}"')]
    return [p.line("+CEER", text)]


HANDLERS: dict[str, Handler] = {
    "+CGDCONT": _cgdcont, "+CGAUTH": _cgauth, "+CGATT": _cgatt, "+CGACT": _cgact,
    "+CGPADDR": _cgpaddr, "+CEER": _ceer, "+QICSGP": _qicsgp, "^AUTHDATA": _authdata,
}
VENDOR_ONLY = frozenset({"+QICSGP", "^AUTHDATA"})
