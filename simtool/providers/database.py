"""The provider database: APNs, balance-check and top-up USSD codes by MCC/MNC.

Reads `serviceproviders.xml` from Debian's mobile-broadband-provider-info (public domain):
the system copy when installed (it is updated with the OS), else the copy shipped in
simtool.resources. One ElementTree iterparse over the file, indexed by network id and kept
for the life of the process. Several providers can share a network id (MVNOs on a host
network, old and new brand names): all of them are kept, in file order.

simtool ships an overlay in the same format (resources/providers/overlay.xml): every
Chinese MNC, IoT APNs, SMS balance queries and each operator's hotline, app and recharge
channels, with their sources. It is merged at lookup (`merge`): an overlay provider with
the name of an upstream provider of the same network id enriches it, others are added.
The upstream file itself is never changed.
"""

from __future__ import annotations

import io
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

SYSTEM_PATH = Path("/usr/share/mobile-broadband-provider-info/serviceproviders.xml")
# simtool's extensions to the format (overlay.xml): elements and attributes in this namespace.
OVERLAY_NS = "https://simtool.github.io/ns/provider-overlay/1"
_ST = "{" + OVERLAY_NS + "}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# APN usages that carry general internet traffic (what the modem's data context needs).
INTERNET_USAGES = ("internet", "mms-internet-hipri", "mms-internet-hipri-fota")


class UssdCode(NamedTuple):
    """A USSD code; `replacement` names the placeholder to fill in (top-up vouchers)."""

    code: str                       # "*100#" or "*100*CODE#"
    replacement: str | None = None  # "CODE" when the code is a template

    def fill(self, value: str) -> str:
        """The code with the placeholder replaced, e.g. a voucher number."""
        if not self.replacement:
            return self.code
        return self.code.replace(self.replacement, value)


class SmsQuery(NamedTuple):
    """An SMS the operator answers with the account's state: `text` sent to `number`."""

    number: str                     # "10086"
    text: str                       # "CXYE"


class Apn(NamedTuple):
    name: str                                   # the APN itself, e.g. "cmnet"
    usage: str = "internet"                     # first <usage>; internet when none is given
    usages: tuple[str, ...] = ()
    plans: tuple[str, ...] = ()                 # prepaid / postpaid
    label: str | None = None                    # the <name> shown to people
    username: str | None = None
    password: str | None = None
    auth: str | None = None                     # pap | chap
    dns: tuple[str, ...] = ()
    mmsc: str | None = None
    mmsproxy: str | None = None
    default: bool = False                       # the APN a card of this range normally uses
    iot: bool = False                           # an IoT card's APN (物联网卡)

    @property
    def is_internet(self) -> bool:
        return not self.usages or any(u in INTERNET_USAGES for u in self.usages)


@dataclass
class Provider:
    name: str
    country: str                                # ISO 3166 code, lower case ("cn", "de")
    network_ids: list[tuple[str, str]] = field(default_factory=list)
    apns: list[Apn] = field(default_factory=list)
    balance_check: UssdCode | None = None
    topup: UssdCode | None = None
    primary: bool = False
    local_names: dict[str, str] = field(default_factory=dict)   # xml:lang -> name
    balance_sms: SmsQuery | None = None         # <balance-check><sms text=..>number</sms>
    operator: str | None = None                 # the overlay's operator id ("cmcc")
    iot_range: bool = False                     # network ids that carry IoT cards
    sources: tuple[str, ...] = ()               # overlay source keys for this entry

    @property
    def internet_apns(self) -> list[str]:
        """Distinct APN names for internet use: the range's default first, then file order."""
        internet = [apn for apn in self.apns if apn.is_internet]
        return _unique(apn.name for apn in sorted(internet, key=lambda apn: not apn.default))

    def local_name(self, lang: str) -> str | None:
        """The name in language `lang` ("zh" also matches "zh_CN"), if the entry has one."""
        base = lang.replace("-", "_").split("_")[0].lower()
        return self.local_names.get(lang) or self.local_names.get(base)


class RechargeChannel(NamedTuple):
    """One way to pay: kind is app, website, alipay, wechat, card, store, terminal or
    hotline; detail the app name, address or number where one applies."""

    kind: str
    detail: str | None = None


@dataclass(frozen=True)
class OperatorInfo:
    """An operator's service details from the overlay (shared by its network ids)."""

    key: str                                    # "cmcc"
    hotline: str | None = None
    website: str | None = None
    app: str | None = None
    data_sms: SmsQuery | None = None            # the SMS that asks for the data left
    recharge: tuple[RechargeChannel, ...] = ()
    iot_platform: str | None = None             # where IoT cards are managed
    sources: tuple[str, ...] = ()


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _text(element: ET.Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


def _ussd(parent: ET.Element | None) -> UssdCode | None:
    if parent is None:
        return None
    ussd = parent.find("ussd")
    code = _text(ussd)
    if ussd is None or code is None:
        return None
    return UssdCode(code, ussd.get("replacement") or None)


def _apn(element: ET.Element) -> Apn:
    usages = tuple(u.get("type", "") for u in element.findall("usage") if u.get("type"))
    auth = element.find("authentication")
    return Apn(
        name=(element.get("value") or "").strip(),
        usage=usages[0] if usages else "internet",
        usages=usages,
        plans=tuple(p.get("type", "") for p in element.findall("plan") if p.get("type")),
        label=_text(element.find("name")),
        username=_text(element.find("username")),
        password=_text(element.find("password")),
        auth=auth.get("method") if auth is not None else None,
        dns=tuple(t for t in (_text(d) for d in element.findall("dns")) if t),
        mmsc=_text(element.find("mmsc")),
        mmsproxy=_text(element.find("mmsproxy")),
        default=element.get(_ST + "default") == "true",
        iot=element.get(_ST + "iot") == "true",
    )


def _sms(parent: ET.Element | None) -> SmsQuery | None:
    sms = parent.find("sms") if parent is not None else None
    number = _text(sms)
    if sms is None or number is None:
        return None
    return SmsQuery(number, (sms.get("text") or "").strip())


def _operator(element: ET.Element) -> OperatorInfo:
    iot = element.find(_ST + "iot")
    return OperatorInfo(
        key=element.get("id") or "",
        hotline=_text(element.find(_ST + "hotline")),
        website=_text(element.find(_ST + "website")),
        app=_text(element.find(_ST + "app")),
        data_sms=_sms(element.find(_ST + "data-query")),
        recharge=tuple(RechargeChannel(r.get("kind") or "", _text(r))
                       for r in element.findall(_ST + "recharge") if r.get("kind")),
        iot_platform=iot.get("platform") if iot is not None else None,
        sources=tuple(t for t in (_text(x) for x in element.findall(_ST + "source")) if t),
    )


def _provider_name(element: ET.Element) -> str:
    names = element.findall("name")
    # Prefer the name without xml:lang (the international one).
    for name in names:
        if not any(key.endswith("lang") for key in name.attrib):
            return _text(name) or "?"
    return (_text(names[0]) if names else None) or "?"


def _provider(element: ET.Element, country: str) -> Provider | None:
    gsm = element.find("gsm")
    if gsm is None:
        return None         # CDMA-only providers have no MCC/MNC
    ids = []
    for network in gsm.findall("network-id"):
        mcc, mnc = (network.get("mcc") or "").strip(), (network.get("mnc") or "").strip()
        if mcc.isdigit() and mnc.isdigit():
            ids.append((mcc, mnc))
    return Provider(
        name=_provider_name(element),
        country=country,
        network_ids=ids,
        apns=[_apn(apn) for apn in gsm.findall("apn") if apn.get("value")],
        balance_check=_ussd(gsm.find("balance-check")),
        topup=_ussd(gsm.find("balance-top-up")),
        primary=element.get("primary") == "true",
        local_names={name.get(_XML_LANG, ""): text for name in element.findall("name")
                     if name.get(_XML_LANG) and (text := _text(name))},
        balance_sms=_sms(gsm.find("balance-check")),
        operator=element.get(_ST + "operator"),
        iot_range=element.get(_ST + "range") == "iot",
        sources=tuple(t for t in (_text(x) for x in element.findall(_ST + "source")) if t),
    )


def _merged_apns(base: list[Apn], extra: list[Apn]) -> list[Apn]:
    """`base` with the overlay's flags on the APNs it also lists, then the overlay's others."""
    flags = {apn.name.lower(): apn for apn in extra}
    merged = [apn._replace(default=apn.default or flags[apn.name.lower()].default,
                           iot=apn.iot or flags[apn.name.lower()].iot)
              if apn.name.lower() in flags else apn for apn in base]
    known = {apn.name.lower() for apn in base}
    return merged + [apn for apn in extra if apn.name.lower() not in known]


def _enriched(base: Provider, extra: Provider) -> Provider:
    return Provider(
        name=base.name, country=base.country or extra.country,
        network_ids=list(base.network_ids),
        apns=_merged_apns(base.apns, extra.apns),
        balance_check=base.balance_check or extra.balance_check,
        topup=base.topup or extra.topup,
        primary=base.primary or extra.primary,
        local_names={**extra.local_names, **base.local_names},
        balance_sms=base.balance_sms or extra.balance_sms,
        operator=base.operator or extra.operator,
        iot_range=base.iot_range or extra.iot_range,
        sources=tuple(dict.fromkeys((*base.sources, *extra.sources))),
    )


def merge(upstream: list[Provider], overlay: list[Provider]) -> list[Provider]:
    """The providers of one network id: upstream's, each enriched by the overlay provider of
    the same name, then the overlay's others (simtool's additions)."""
    merged = list(upstream)
    for extra in overlay:
        for index, base in enumerate(merged):
            if base.name.strip().lower() == extra.name.strip().lower():
                merged[index] = _enriched(base, extra)
                break
        else:
            merged.append(extra)
    return merged


class ProviderDatabase:
    """All providers of one serviceproviders.xml, indexed by (MCC, MNC)."""

    def __init__(self, providers: Iterable[Provider], source: str = "",
                 operators: dict[str, OperatorInfo] | None = None,
                 overlay: ProviderDatabase | None = None) -> None:
        self.providers = list(providers)
        self.source = source
        self.operators: dict[str, OperatorInfo] = dict(operators or {})
        self.overlay = overlay              # merged into every lookup when set
        self._index: dict[tuple[str, str], list[Provider]] = {}
        for provider in self.providers:
            # dict.fromkeys: some providers list the same network id twice (AT&T 310/090).
            for network_id in dict.fromkeys(provider.network_ids):
                self._index.setdefault(network_id, []).append(provider)

    @classmethod
    def parse(cls, stream: IO[bytes], source: str = "") -> ProviderDatabase:
        providers: list[Provider] = []
        operators: dict[str, OperatorInfo] = {}
        country = ""
        for event, element in ET.iterparse(stream, events=("start", "end")):
            if event == "start":
                if element.tag == "country":
                    country = (element.get("code") or "").lower()
                continue
            if element.tag == "provider":
                provider = _provider(element, country)
                if provider is not None:
                    providers.append(provider)
                element.clear()     # keep memory flat: the subtree is no longer needed
            elif element.tag == _ST + "operator":
                info = _operator(element)
                operators[info.key] = info
        return cls(providers, source, operators)

    def __len__(self) -> int:
        return len(self.providers)

    def lookup(self, mcc: str, mnc: str) -> list[Provider]:
        """Providers for an exact network id (MNC as the SIM gives it, 2 or 3 digits)."""
        found = list(self._index.get((mcc.strip(), mnc.strip()), []))
        if self.overlay is not None:
            return merge(found, self.overlay.lookup(mcc, mnc))
        return found

    def operator(self, key: str | None) -> OperatorInfo | None:
        """The overlay's details of operator `key` (this database's or its overlay's)."""
        if not key:
            return None
        found = self.operators.get(key)
        if found is None and self.overlay is not None:
            return self.overlay.operator(key)
        return found

    def lookup_imsi(self, imsi: str, mnc_length: int | None = None) -> list[Provider]:
        """Providers for the home network of an IMSI.

        With the MNC length unknown (it is on the SIM, EF_AD, not in the IMSI) the 3-digit
        MNC is tried first, then the 2-digit one.
        """
        imsi = imsi.strip()
        if len(imsi) < 5 or not imsi.isdigit():
            return []
        lengths = (3, 2) if mnc_length is None or mnc_length not in (2, 3) else (mnc_length,)
        for length in lengths:
            found = self.lookup(imsi[:3], imsi[3:3 + length])
            if found:
                return found
        return []

    def home_network(self, imsi: str, mnc_length: int | None = None) -> tuple[str, str] | None:
        """(MCC, MNC) of the IMSI as the database knows it, or None."""
        providers = self.lookup_imsi(imsi, mnc_length)
        if not providers:
            return None
        prefix = imsi.strip()
        for mcc, mnc in providers[0].network_ids:
            if prefix.startswith(mcc + mnc):
                return mcc, mnc
        return None


def _shipped() -> Traversable:
    # Imported here: importlib.resources pulls in zipfile and tempfile, which a check that
    # finds the system copy never needs.
    from importlib import resources

    return resources.files("simtool.resources") / "providers" / "serviceproviders.xml"


def database_path() -> str:
    """Where the database is read from: the system copy if present, else the shipped one."""
    if SYSTEM_PATH.is_file():
        return str(SYSTEM_PATH)
    return str(_shipped())


def _read_default() -> tuple[bytes, str]:
    if SYSTEM_PATH.is_file():
        return SYSTEM_PATH.read_bytes(), str(SYSTEM_PATH)
    shipped = _shipped()
    return shipped.read_bytes(), str(shipped)


def _shipped_overlay() -> Traversable:
    from importlib import resources

    return resources.files("simtool.resources") / "providers" / "overlay.xml"


def load(path: str | Path | None = None) -> ProviderDatabase:
    """Parse one file (no cache); `path` None means the system or shipped copy, with
    simtool's overlay merged into its lookups."""
    if path is not None:
        with open(path, "rb") as stream:
            return ProviderDatabase.parse(stream, str(path))
    data, source = _read_default()
    database = ProviderDatabase.parse(io.BytesIO(data), source)
    database.overlay = overlay_database()
    return database


_COUNTRY = re.compile(rb"""<country\s+code=["']([A-Za-z]+)["']""")
_PROVIDER_END = b"</provider>"


def scan(data: bytes, mcc: str, mnc: str) -> list[Provider] | None:
    """Providers of one network id, parsing only the <provider> elements that list it.

    A check needs one network, not the whole file: finding its network-id elements and
    parsing just their providers takes about a millisecond instead of a full parse. Returns
    None when the file is laid out in a way the scan does not expect; then parse it all.
    """
    if not (mcc.isdigit() and mnc.isdigit()):
        return []
    network_id = re.compile(
        rf"""<network-id\s+mcc=["']{mcc}["']\s+mnc=["']{mnc}["']\s*/>""".encode())
    found: list[Provider] = []
    starts: set[int] = set()
    for match in network_id.finditer(data):
        at = match.start()
        if data.rfind(b"<!--", 0, at) > data.rfind(b"-->", 0, at):
            continue        # commented out
        start = data.rfind(b"<provider", 0, at)
        end = data.find(_PROVIDER_END, at)
        if start < 0 or end < 0:
            return None
        if start in starts:
            continue        # the same provider lists this network id twice
        starts.add(start)
        country = _COUNTRY.match(data, max(data.rfind(b"<country", 0, start), 0))
        try:
            element = ET.fromstring(data[start:end + len(_PROVIDER_END)])
        except ET.ParseError:
            return None
        provider = _provider(element, country.group(1).decode().lower() if country else "")
        if provider is None or (mcc, mnc) not in provider.network_ids:
            return None
        found.append(provider)
    return found


_cached: ProviderDatabase | None = None
_raw: bytes | None = None
_overlay: ProviderDatabase | None = None
_lock = threading.Lock()
_overlay_lock = threading.Lock()


def overlay_database() -> ProviderDatabase:
    """simtool's overlay alone (a few dozen entries, parsed once)."""
    global _overlay
    with _overlay_lock:
        if _overlay is None:
            # Next to this package when it is a plain folder (installed, frozen, source):
            # importlib.resources would cost a check ~10 ms of imports (zipfile, tempfile).
            beside = Path(__file__).resolve().parent.parent / "resources" / "providers"
            if (beside / "overlay.xml").is_file():
                path = beside / "overlay.xml"
                _overlay = ProviderDatabase.parse(io.BytesIO(path.read_bytes()), str(path))
            else:
                shipped = _shipped_overlay()
                _overlay = ProviderDatabase.parse(io.BytesIO(shipped.read_bytes()),
                                                  str(shipped))
        return _overlay


def default_database() -> ProviderDatabase:
    """The process-wide database, parsed on first use (thread-safe)."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = load()
        return _cached


def _default_bytes() -> bytes:
    global _raw
    with _lock:
        if _raw is None:
            _raw = _read_default()[0]
        return _raw


def lookup(mcc: str, mnc: str) -> list[Provider]:
    """Providers for one network id from the default database (scanned, or the index)."""
    mcc, mnc = mcc.strip(), mnc.strip()
    if _cached is None:
        found = scan(_default_bytes(), mcc, mnc)
        if found is not None:
            return merge(found, overlay_database().lookup(mcc, mnc))
    return default_database().lookup(mcc, mnc)


def lookup_imsi(imsi: str, mnc_length: int | None = None) -> list[Provider]:
    """Providers for an IMSI's home network: 3-digit MNC first, then 2-digit, if unknown."""
    home = home_network(imsi, mnc_length)
    return lookup(*home) if home else []


def home_network(imsi: str, mnc_length: int | None = None) -> tuple[str, str] | None:
    """(MCC, MNC) of the IMSI's home network as the database knows it, or None."""
    imsi = imsi.strip()
    if len(imsi) < 5 or not imsi.isdigit():
        return None
    lengths = (3, 2) if mnc_length is None or mnc_length not in (2, 3) else (mnc_length,)
    for length in lengths:
        if lookup(imsi[:3], imsi[3:3 + length]):
            return imsi[:3], imsi[3:3 + length]
    return None


class ApnExpectation(NamedTuple):
    """What the `apn` check compares against (facts.apn.expected / facts.apn.provider)."""

    expected: list[str]
    provider: str | None


def provider_names(providers: list[Provider]) -> str | None:
    """The providers sharing a network id, joined for display ("Vodafone / 1&1")."""
    return " / ".join(_unique(provider.name for provider in providers)) or None


def expectation_for(providers: list[Provider]) -> ApnExpectation:
    """Internet APNs of all providers sharing the network id, names joined for display."""
    if not providers:
        return ApnExpectation([], None)
    expected = _unique(apn for provider in providers for apn in provider.internet_apns)
    return ApnExpectation(expected, provider_names(providers))


def balance_code(providers: list[Provider]) -> UssdCode | None:
    """The first balance-check USSD code among the providers (primary first)."""
    for provider in sorted(providers, key=lambda p: not p.primary):
        if provider.balance_check:
            return provider.balance_check
    return None


def balance_sms(providers: list[Provider]) -> SmsQuery | None:
    """The first SMS balance query among the providers (primary first)."""
    for provider in sorted(providers, key=lambda p: not p.primary):
        if provider.balance_sms:
            return provider.balance_sms
    return None


def topup_code(providers: list[Provider]) -> UssdCode | None:
    for provider in sorted(providers, key=lambda p: not p.primary):
        if provider.topup:
            return provider.topup
    return None
