"""The modems' own TCP/IP stacks: context, DNS lookup, ping and HTTP GET for every vendor
family that has them, in each family's reply formats (reference/datapath_and_notices.md
§1): Quectel +QIACT/+QIDNSGIP/+QPING/+QHTTP*, SIMCom +NETOPEN/+CDNSGIP/+CPING/+HTTP*,
u-blox +UDNSRN/+UPING/+UHTTP*/+URDFILE, Telit #SGACT/#QDNS/#PING/#HTTP*, Fibocom
+MIPCALL/+MIPDNS/+MPING. All of them vendor-only.

What the network does with the packets is the world's traffic model (simtool.sim.traffic);
results that real modems send after OK come as timed URCs, a lost probe after the wait the
command asked for (a real `569` costs timeout x pingnum). The stack's own state (socket
service open, HTTP settings, saved files) is volatile: power-up forgets it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from simtool.sim.commands.base import CmeError, CommandError, to_int
from simtool.sim.traffic import HTTP_GIVE_UP, HttpAnswer

TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sim.commands.base import Handler
    from simtool.sim.modem import Modem


class Stack:
    """The TCP/IP stack's volatile state (a plain class: see base.py on imports)."""

    __slots__ = ("netopen", "http_ready", "http_url", "answer", "qhttp", "qhttp_url",
                 "ublox", "files", "sgact", "telit_http", "mipcall")

    def __init__(self) -> None:
        self.netopen = False                         # SIMCom socket service
        self.http_ready = False                      # SIMCom HTTPINIT done
        self.http_url = ""
        self.answer: HttpAnswer | None = None        # the last HTTP answer (per family)
        self.qhttp = {"contextid": "1", "responseheader": "0"}
        self.qhttp_url = ""
        self.ublox: dict[int, dict[int, str]] = {}   # HTTP profiles: {op code: value}
        self.files: dict[str, str] = {}              # u-blox file system
        self.sgact: set[int] = set()                 # Telit socket contexts up
        self.telit_http = {p: ["\"\"", "80", "0", "\"\"", "\"\"", "0", "120", "1"]
                           for p in range(3)}
        self.mipcall = False                         # Fibocom internal call up


def stack(modem: Modem) -> Stack:
    if modem.tcpip is None:
        modem.tcpip = Stack()
    assert isinstance(modem.tcpip, Stack)
    return modem.tcpip


def _wire(text: str) -> str:
    """Text as the modem sends it: UTF-8 bytes (the reply is encoded latin-1)."""
    return text.encode("utf-8").decode("latin-1")


def _address(modem: Modem, cid: int) -> str:
    return f"10.64.{cid}.17"


def _context_up(modem: Modem, cid: int) -> bool:
    context = modem.contexts.get(cid)
    return context is not None and context.active


def _activate(modem: Modem, cid: int) -> None:
    """Bring context `cid` up the way +CGACT does, or fail with its cause."""
    modem._need_sim_ready()
    if cid not in modem.contexts:
        raise CmeError(50)
    if not modem._registered("+CEREG"):
        raise CmeError(30)
    cause = modem._activation_cause(cid)
    if cause is not None:
        modem.last_error = ("SM activation error", cause)
        raise CmeError(100 + cause)
    modem.contexts[cid].active = True
    modem.last_error = None


def _later(modem: Modem, delay: float, lines: list[str]) -> None:
    """URC lines `delay` seconds after the reply."""
    modem._timed.append((delay, lines))


def _resolve(modem: Modem, host: str) -> tuple[list[str] | None, float]:
    if _is_address(host):
        return [host], 0.0
    return modem.traffic.resolve(host)


def _is_address(host: str) -> bool:
    parts = host.split(".")
    return len(parts) == 4 and all(p.isdigit() for p in parts)


def _echoes(modem: Modem, address: str, count: int, wait: float
            ) -> tuple[list[float | None], float]:
    """The round-trip time of each echo (None: lost) and the time they take in all."""
    rtts = [modem.traffic.ping(address) for _ in range(count)]
    total = sum(wait if rtt is None else rtt / 1000 for rtt in rtts)
    return rtts, total


def _summary(rtts: list[float | None]) -> tuple[int, int, int, int, int]:
    got = [round(r) for r in rtts if r is not None]
    if not got:
        return len(rtts), 0, 0, 0, 0
    return len(rtts), len(got), min(got), max(got), round(sum(got) / len(got))


# --- Quectel ---------------------------------------------------------------------------

def _qiact(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    p = modem.personality
    if kind == "read":
        return [p.line("+QIACT", f'{cid},1,1,"{_address(modem, cid)}"')
                for cid, c in sorted(modem.contexts.items()) if c.active]
    if kind == "test":
        return [p.line("+QIACT", "(1-16)")]
    if kind != "set":
        raise CommandError
    _activate(modem, to_int(args[0]))
    return []


def _qideact(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set":
        raise CommandError
    context = modem.contexts.get(to_int(args[0]))
    if context is not None:
        context.active = False
    return []


def _qidnsgip(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or len(args) < 2:
        raise CommandError
    p = modem.personality
    if not _context_up(modem, to_int(args[0])):
        _later(modem, 0.05, [p.line("+QIURC", '"dnsgip",561')])
        return []
    addresses, delay = _resolve(modem, args[1])
    if addresses is None:
        _later(modem, delay, [p.line("+QIURC", '"dnsgip",565')])
    else:
        _later(modem, delay, [p.line("+QIURC", f'"dnsgip",0,{len(addresses)},600'),
                              *(p.line("+QIURC", f'"dnsgip","{a}"') for a in addresses)])
    return []


def _qping(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or len(args) < 2:
        raise CommandError
    p = modem.personality
    timeout = to_int(args[2]) if len(args) > 2 and args[2] else 4
    count = to_int(args[3]) if len(args) > 3 and args[3] else 4
    if not (1 <= timeout <= 255 and 1 <= count <= 10):
        raise CmeError(50)
    if not _context_up(modem, to_int(args[0])):
        _later(modem, 0.05, [p.line("+QPING", "561")])
        return []
    addresses, delay = _resolve(modem, args[1])
    if addresses is None:
        _later(modem, delay, [p.line("+QPING", "565")])
        return []
    at = delay
    rtts: list[float | None] = []
    for _ in range(count):
        rtt = modem.traffic.ping(addresses[0])
        rtts.append(rtt)
        at += timeout if rtt is None else rtt / 1000
        _later(modem, at, [p.line("+QPING", "569") if rtt is None else
                           p.line("+QPING", f'0,"{addresses[0]}",32,{round(rtt)},255')])
    sent, got, low, high, mean = _summary(rtts)
    summary = f"0,{sent},{got},{sent - got}" + (f",{low},{high},{mean}" if got else "")
    _later(modem, at, [p.line("+QPING", summary)])
    return []


def _qhttpcfg(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    settings = stack(modem).qhttp
    name = args[0].lower()
    if name not in settings:
        return []                       # other settings: accepted, not simulated
    if len(args) == 1:
        return [modem.personality.line("+QHTTPCFG", f'"{name}",{settings[name]}')]
    settings[name] = args[1]
    return []


def _qhttpurl(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    length = to_int(args[0])
    if not 1 <= length <= 700:
        raise CmeError(50)

    def entered(data: bytes) -> list[str]:
        stack(modem).qhttp_url = data.decode("latin-1")
        return []

    modem.expect_raw(length, entered)
    modem._final = "CONNECT"
    return []


def _qhttpget(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    wait = to_int(args[0]) if kind == "set" and args and args[0] else 60
    state = stack(modem)
    p = modem.personality
    if not _context_up(modem, to_int(state.qhttp["contextid"])):
        _later(modem, 0.05, [p.line("+QHTTPGET", "709")])
        return []
    host = urlsplit(state.qhttp_url).hostname or ""
    addresses, delay = _resolve(modem, host)
    if addresses is None:
        _later(modem, min(wait, delay + HTTP_GIVE_UP), [p.line("+QHTTPGET", "702")])
        return []
    # Quectel follows absolute redirects by itself and reports where it ended (EG800K).
    answer, took = modem.traffic.http_get(state.qhttp_url, follow=True)
    if answer is None:
        _later(modem, min(wait, delay + took), [p.line("+QHTTPGET", "702")])
        return []
    state.answer = answer
    size = len(answer.body.encode("utf-8"))
    _later(modem, delay + took, [p.line("+QHTTPGET", f"0,{answer.status},{size}")])
    return []


def _qhttpread(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    answer = stack(modem).answer
    if answer is None:
        raise CmeError(703)
    text = answer.body
    if stack(modem).qhttp["responseheader"] == "1":
        text = answer.head() + text
    modem._final = "CONNECT"
    lines = [_wire(line) for line in text.split("\r\n")] + ["OK"]
    _later(modem, 0.02, lines)
    _later(modem, 0.04, [modem.personality.line("+QHTTPREAD", "0")])
    return []


def _qhttpstop(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    return []


# --- SIMCom ----------------------------------------------------------------------------

def _netopen(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    state = stack(modem)
    p = modem.personality
    if kind == "read":
        return [p.line("+NETOPEN", "1" if state.netopen else "0")]
    if kind != "exec":
        raise CommandError
    if state.netopen:
        modem._final = "+IP ERROR: Network is already opened"
        return []
    try:
        if not _context_up(modem, 1):
            _activate(modem, 1)
    except CmeError:
        _later(modem, 0.2, [p.line("+NETOPEN", "1")])
        return []
    state.netopen = True
    _later(modem, 0.2, [p.line("+NETOPEN", "0")])
    return []


def _netclose(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    state = stack(modem)
    if kind != "exec":
        raise CommandError
    if not state.netopen:
        modem._final = "+IP ERROR: Network is already closed"
        return []
    state.netopen = False
    _later(modem, 0.1, [modem.personality.line("+NETCLOSE", "0")])
    return []


def _cdnsgip(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    p = modem.personality
    if not stack(modem).netopen:
        raise CommandError
    # OK first, the result after it (SIM7600: "AT+CDNSGIP=... OK ... +CDNSGIP: 1,...").
    addresses, delay = _resolve(modem, args[0])
    if addresses is None:
        _later(modem, delay, [p.line("+CDNSGIP", "0,10")])
    else:
        _later(modem, delay, [p.line("+CDNSGIP", f'1,"{args[0]}",' +
                                     ",".join(f'"{a}"' for a in addresses))])
    return []


def _cping(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or len(args) < 2:
        raise CommandError
    p = modem.personality
    count = to_int(args[2]) if len(args) > 2 and args[2] else 4
    wait_ms = to_int(args[5]) if len(args) > 5 and args[5] else 10000
    if not (1 <= count <= 100 and 10000 <= wait_ms <= 100000):
        raise CmeError(50)
    addresses, delay = _resolve(modem, args[0])
    if addresses is None or not stack(modem).netopen:
        _later(modem, delay, [p.line("+CPING", f"3,{count},0,{count},0,0,0")])
        return []
    at = delay
    rtts: list[float | None] = []
    for _ in range(count):
        rtt = modem.traffic.ping(addresses[0])
        rtts.append(rtt)
        at += wait_ms / 1000 if rtt is None else rtt / 1000
        _later(modem, at, [p.line("+CPING", "2") if rtt is None else
                           p.line("+CPING", f"1,{addresses[0]},64,{round(rtt)},255")])
    sent, got, low, high, mean = _summary(rtts)
    _later(modem, at, [p.line("+CPING", f"3,{sent},{got},{sent - got},{low},{high},{mean}")])
    return []


def _httpinit(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    state = stack(modem)
    if kind != "exec" or state.http_ready:
        raise CommandError
    state.http_ready, state.http_url, state.answer = True, "", None
    return []


def _httpterm(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    state = stack(modem)
    if kind != "exec" or not state.http_ready:
        raise CommandError
    state.http_ready = False
    return []


def _httppara(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    state = stack(modem)
    if kind != "set" or len(args) < 2 or not state.http_ready:
        raise CommandError
    if args[0].upper() == "URL":
        state.http_url = args[1]
    return []


def _httpaction(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    state = stack(modem)
    if kind != "set" or not state.http_ready or not state.http_url:
        raise CommandError
    p = modem.personality
    host = urlsplit(state.http_url).hostname or ""
    addresses, delay = _resolve(modem, host)
    answer, took = (None, HTTP_GIVE_UP) if addresses is None else \
        modem.traffic.http_get(state.http_url)
    state.answer = answer
    if answer is None:
        _later(modem, delay + took, [p.line("+HTTPACTION", "0,714,0")])
    else:
        size = len(answer.body.encode("utf-8"))
        _later(modem, delay + took, [p.line("+HTTPACTION", f"0,{answer.status},{size}")])
    return []


def _httphead(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    answer = stack(modem).answer
    if kind != "exec" or answer is None:
        raise CommandError
    head = answer.head().rstrip("\r\n")
    return [modem.personality.line("+HTTPHEAD", str(len(head))), *head.split("\r\n")]


# --- u-blox ----------------------------------------------------------------------------

def _udnsrn(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or len(args) < 2:
        raise CommandError
    if not _context_up(modem, 1):
        raise CommandError
    addresses, delay = _resolve(modem, args[1])
    modem._extra_delay += delay
    if addresses is None:
        raise CommandError
    return [modem.personality.line("+UDNSRN", f'"{a}"') for a in addresses]


def _uping(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    p = modem.personality
    count = to_int(args[1]) if len(args) > 1 and args[1] else 4
    timeout_ms = to_int(args[3]) if len(args) > 3 and args[3] else 5000
    if not (1 <= count <= 64 and 1 <= timeout_ms <= 60000):
        raise CmeError(50)
    if not _context_up(modem, 1):
        _later(modem, 0.05, [p.line("+UUPINGER", "17")])
        return []
    host = args[0]
    addresses, delay = _resolve(modem, host)
    if addresses is None:
        _later(modem, delay, [p.line("+UUPINGER", "8")])
        return []
    at = delay
    for number in range(1, count + 1):
        rtt = modem.traffic.ping(addresses[0])
        at += timeout_ms / 1000 if rtt is None else rtt / 1000
        shown = -1 if rtt is None else round(rtt)
        _later(modem, at, [p.line("+UUPING", f'{number},32,"{host}","{addresses[0]}",55,'
                                  f"{shown}")])
    return []


def _uhttp(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    profile = to_int(args[0])
    if not 0 <= profile <= 3:
        raise CmeError(50)
    profiles = stack(modem).ublox
    if len(args) == 1:
        profiles.pop(profile, None)     # reset to factory defaults
        return []
    profiles.setdefault(profile, {})[to_int(args[1])] = args[2] if len(args) > 2 else ""
    return []


def _uhttpc(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or len(args) < 4:
        raise CommandError
    state = stack(modem)
    profile = to_int(args[0])
    settings = state.ublox.get(profile, {})
    host, port = settings.get(1, ""), settings.get(5, "80")
    p = modem.personality
    if not host or not _context_up(modem, 1):
        _later(modem, 0.05, [p.line("+UUHTTPCR", f"{profile},{args[1]},0")])
        return []
    addresses, delay = _resolve(modem, host)
    url = f"http://{host}{'' if port == '80' else ':' + port}{args[2]}"
    answer, took = (None, HTTP_GIVE_UP) if addresses is None else modem.traffic.http_get(url)
    if answer is None:
        _later(modem, delay + took, [p.line("+UUHTTPCR", f"{profile},{args[1]},0")])
        return []
    state.files[args[3]] = answer.head() + answer.body
    _later(modem, delay + took, [p.line("+UUHTTPCR", f"{profile},{args[1]},1")])
    return []


def _urdfile(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    data = stack(modem).files.get(args[0])
    if data is None:
        raise CmeError(22)
    wire = _wire(data)
    lines = f'"{args[0]}",{len(wire)},"{wire}"'.split("\r\n")
    return [modem.personality.line("+URDFILE", lines[0]), *lines[1:]]


def _udelfile(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    if stack(modem).files.pop(args[0], None) is None:
        raise CmeError(22)
    return []


# --- Telit -----------------------------------------------------------------------------

def _sgact(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    state = stack(modem)
    p = modem.personality
    if kind == "read":
        return [p.line("#SGACT", f"{cid},{1 if cid in state.sgact else 0}")
                for cid in sorted(modem.contexts)]
    if kind != "set" or len(args) < 2:
        raise CommandError
    cid = to_int(args[0])
    if args[1] == "0":
        state.sgact.discard(cid)
        return []
    if cid in state.sgact:
        raise CmeError(555)             # context already activated
    if not _context_up(modem, cid):
        _activate(modem, cid)
    state.sgact.add(cid)
    return [p.line("#SGACT", _address(modem, cid))]


def _qdns(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    addresses, delay = _resolve(modem, args[0])
    modem._extra_delay += delay
    if addresses is None or not stack(modem).sgact:
        raise CommandError
    return [modem.personality.line("#QDNS", f'"{args[0]}","{addresses[0]}"')]


def _telit_ping(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    count = to_int(args[1]) if len(args) > 1 and args[1] else 4
    each = to_int(args[3]) if len(args) > 3 and args[3] else 50
    if not (1 <= count <= 64 and 1 <= each <= 600):
        raise CmeError(50)
    addresses, delay = _resolve(modem, args[0])
    if addresses is None or not stack(modem).sgact:
        raise CommandError
    rtts, took = _echoes(modem, addresses[0], count, each / 10)
    modem._extra_delay += delay + took
    p = modem.personality
    return [p.line("#PING", f'{n:02d},"{addresses[0]}",' +
                   ("600,255" if rtt is None else f"{max(1, round(rtt / 100))},55"))
            for n, rtt in enumerate(rtts, start=1)]


def _httpcfg(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    profiles = stack(modem).telit_http
    if kind == "read":
        return [modem.personality.line("#HTTPCFG", f"{p}," + ",".join(v))
                for p, v in sorted(profiles.items())]
    if kind != "set" or not args:
        raise CommandError
    profile = to_int(args[0])
    if profile not in profiles:
        raise CmeError(50)
    values = profiles[profile]
    for index, value in enumerate(args[1:9]):
        values[index] = f'"{value}"' if index in (0, 3, 4) else value
    return []


def _httpqry(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or len(args) < 3:
        raise CommandError
    state = stack(modem)
    profile = to_int(args[0])
    values = state.telit_http.get(profile)
    if values is None:
        raise CmeError(50)
    host, port = values[0].strip('"'), values[1]
    p = modem.personality
    if not host or not state.sgact:
        raise CommandError
    addresses, delay = _resolve(modem, host)
    url = f"http://{host}{'' if port == '80' else ':' + port}{args[2]}"
    answer, took = (None, HTTP_GIVE_UP) if addresses is None else modem.traffic.http_get(url)
    state.answer = answer
    if answer is None:
        wait = to_int(values[6]) or 120
        _later(modem, min(wait, delay + took), [p.line("#HTTPRING", f'{profile},0,"",0')])
        return []
    kind_of = answer.headers.get("Content-Type", "")
    size = len(answer.body.encode("utf-8"))
    _later(modem, delay + took, [p.line("#HTTPRING", f'{profile},{answer.status},"{kind_of}",'
                                        f"{size}")])
    return []


def _httprcv(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    answer = stack(modem).answer
    if kind != "set" or answer is None:
        raise CommandError
    return ["<<<", *(_wire(line) for line in answer.body.split("\r\n"))]


# --- Fibocom ---------------------------------------------------------------------------

def _mipcall(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    state = stack(modem)
    p = modem.personality
    if kind == "read":
        return [p.line("+MIPCALL", f'1,"{_address(modem, 1)}"' if state.mipcall else "0")]
    if kind != "set" or not args:
        raise CommandError
    if args[0] == "0":
        state.mipcall = False
        _later(modem, 0.05, [p.line("+MIPCALL", "0")])
        return []
    if state.mipcall:
        raise CommandError
    try:
        if not _context_up(modem, 1):
            _activate(modem, 1)
    except CmeError:
        _later(modem, 0.2, [p.line("+MIPCALL", "0")])
        return []
    state.mipcall = True
    _later(modem, 0.2, [p.line("+MIPCALL", _address(modem, 1))])
    return []


def _mipdns(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or not args:
        raise CommandError
    if not stack(modem).mipcall:
        raise CommandError
    addresses, delay = _resolve(modem, args[0])
    if addresses is None:
        modem._extra_delay += delay
        raise CommandError
    _later(modem, delay, [modem.personality.line("+MIPDNS", f'"{args[0]}",{addresses[0]}')])
    return []


def _mping(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind != "set" or len(args) < 2:
        raise CommandError
    count = to_int(args[2]) if len(args) > 2 and args[2] else 4
    each = to_int(args[6]) if len(args) > 6 and args[6] else 10
    if not (1 <= count <= 100 and 1 <= each <= 255) or not stack(modem).mipcall:
        raise CommandError
    p = modem.personality
    addresses, delay = _resolve(modem, args[1])
    if addresses is None:
        _later(modem, delay, [p.line("+MPINGSTAT", f'1,"{args[1]}",0,0,0')])
        return []
    at = delay
    rtts: list[float | None] = []
    for _ in range(count):
        rtt = modem.traffic.ping(addresses[0])
        rtts.append(rtt)
        at += each if rtt is None else rtt / 1000
        if rtt is not None:
            _later(modem, at, [p.line("+MPING", f'"{addresses[0]}",0,0,{round(rtt)}')])
    sent, got, _low, _high, mean = _summary(rtts)
    _later(modem, at, [p.line("+MPINGSTAT", f'0,"{addresses[0]}",{sent},{got},{mean}')])
    return []


HANDLERS: dict[str, Handler] = {
    "+QIACT": _qiact, "+QIDEACT": _qideact, "+QIDNSGIP": _qidnsgip, "+QPING": _qping,
    "+QHTTPCFG": _qhttpcfg, "+QHTTPURL": _qhttpurl, "+QHTTPGET": _qhttpget,
    "+QHTTPREAD": _qhttpread, "+QHTTPSTOP": _qhttpstop,
    "+NETOPEN": _netopen, "+NETCLOSE": _netclose, "+CDNSGIP": _cdnsgip, "+CPING": _cping,
    "+HTTPINIT": _httpinit, "+HTTPTERM": _httpterm, "+HTTPPARA": _httppara,
    "+HTTPACTION": _httpaction, "+HTTPHEAD": _httphead,
    "+UDNSRN": _udnsrn, "+UPING": _uping, "+UHTTP": _uhttp, "+UHTTPC": _uhttpc,
    "+URDFILE": _urdfile, "+UDELFILE": _udelfile,
    "#SGACT": _sgact, "#QDNS": _qdns, "#PING": _telit_ping, "#HTTPCFG": _httpcfg,
    "#HTTPQRY": _httpqry, "#HTTPRCV": _httprcv,
    "+MIPCALL": _mipcall, "+MIPDNS": _mipdns, "+MPING": _mping,
}
VENDOR_ONLY = frozenset(HANDLERS)
