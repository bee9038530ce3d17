"""The report: facts + checks + verdict + transcript + support details.

`Report.to_dict()` is the JSON contract of DESIGN.md ("schema": "simtool.report/1"):
every key present, unknown values null. `Report.from_dict()` reads a saved report back
(for replay and for opening reports in the app).
"""

from __future__ import annotations

import platform
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from simtool import APP_NAME, __version__
from simtool.at.transcript import TranscriptEntry
from simtool.diagnosis.results import CheckResult, Verdict
from simtool.facts import (
    ApnFacts,
    CardDevice,
    CardHistory,
    DataPathResult,
    EsimProfile,
    Facts,
    HomeNetwork,
    LastError,
    ManagedPort,
    ModemFacts,
    Notice,
    OperatorFacts,
    PacketFacts,
    PdpContext,
    PortFacts,
    RadioFacts,
    RegistrationDomain,
    RegistrationFacts,
    RouterFacts,
    SignalFacts,
    SimFacts,
)

SCHEMA = "simtool.report/1"


@dataclass
class SupportInfo:
    symptom: str | None = None
    last_worked: str | None = None
    device_changed: bool | None = None
    host_os: str | None = None


@dataclass
class ActionTaken:
    """Something the user had simtool do to the modem or ask the operator, in the app:
    what a support desk needs to know happened (never a PIN, PUK or password)."""

    time: str            # ISO 8601 UTC
    action: str          # pin, puk, radio-on, restart, apn, apn-undo, operator, ...
    ok: bool             # it did what was asked
    text: str            # what happened, for people


def host_os() -> str:
    return f"{platform.system()} {platform.release()}".strip()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sim_dict(facts: Facts) -> dict[str, Any]:
    """The `sim` section: each profile's `profile_class` is the report's `class`."""
    sim = asdict(facts.sim)
    sim["profiles"] = [{"iccid": p.iccid, "state": p.state, "class": p.profile_class,
                        "name": p.name, "provider": p.provider} for p in facts.sim.profiles]
    return sim


def _data_path(data: dict[str, Any] | None) -> DataPathResult | None:
    if not data:
        return None
    known = DataPathResult.__dataclass_fields__
    return DataPathResult(**{k: v for k, v in data.items() if k in known})


def _history(data: dict[str, Any] | None) -> CardHistory | None:
    if not data:
        return None
    devices = [CardDevice(**{k: v for k, v in d.items() if k in CardDevice.__dataclass_fields__})
               for d in data.get("devices") or []]
    known = CardHistory.__dataclass_fields__
    return CardHistory(devices=devices,
                       **{k: v for k, v in data.items() if k in known and k != "devices"})


@dataclass
class Report:
    facts: Facts
    checks: list[CheckResult]
    verdict: Verdict
    transcript: list[TranscriptEntry] = field(default_factory=list)
    support: SupportInfo = field(default_factory=SupportInfo)
    created: str = field(default_factory=utc_now)
    tool_version: str = __version__
    actions: list[ActionTaken] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        f = self.facts
        return {
            "schema": SCHEMA,
            "tool": {"name": APP_NAME, "version": self.tool_version},
            "created": self.created,
            "port": asdict(f.port),
            "modem": asdict(f.modem),
            "sim": _sim_dict(f),
            "radio": asdict(f.radio),
            "signal": asdict(f.signal),
            "registration": asdict(f.registration),
            "operator": asdict(f.operator),
            "packet": asdict(f.packet),
            "apn": asdict(f.apn),
            "checks": [asdict(c) for c in self.checks],
            "verdict": asdict(self.verdict),
            "transcript": [e.to_dict() for e in self.transcript],
            "support": asdict(self.support),
            # Added within version 1: after the original keys, which keep their order.
            "notices": [asdict(n) for n in f.notices],
            "router": asdict(f.router),
            "actions": [asdict(a) for a in self.actions],
            "data_path": asdict(f.data_path) if f.data_path is not None else None,
            "history": asdict(f.history) if f.history is not None else None,
            "notes": list(f.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Rebuild a report saved by to_dict (raises KeyError/TypeError on a foreign file)."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a simtool report (schema {data.get('schema')!r})")
        reg = data["registration"]

        def domain(d: dict[str, Any] | None) -> RegistrationDomain | None:
            return RegistrationDomain(**d) if d is not None else None

        sim = dict(data["sim"])
        home = HomeNetwork(**(sim.pop("home") or {}))
        # Keys added within version 1 may be missing from reports saved before them.
        profiles = [EsimProfile(iccid=p.get("iccid"), state=p.get("state"),
                                profile_class=p.get("class"), name=p.get("name"),
                                provider=p.get("provider"))
                    for p in sim.pop("profiles", None) or []]
        packet = dict(data["packet"])
        port = dict(data["port"])
        ports = [ManagedPort(**p) for p in port.pop("ports", None) or []]
        facts = Facts(
            port=PortFacts(ports=ports, **port),
            modem=ModemFacts(**data["modem"]),
            sim=SimFacts(home=home, profiles=profiles, **sim),
            radio=RadioFacts(**data["radio"]),
            signal=SignalFacts(**data["signal"]),
            registration=RegistrationFacts(
                cs=domain(reg["cs"]), ps=domain(reg["ps"]), eps=domain(reg["eps"]),
                nr5g=domain(reg["nr5g"]), overall=reg["overall"],
            ),
            operator=OperatorFacts(**data["operator"]),
            packet=PacketFacts(
                attached=packet["attached"],
                contexts=[PdpContext(**c) for c in packet["contexts"]],
                last_error=LastError(**(packet["last_error"] or {})),
            ),
            apn=ApnFacts(**data["apn"]),
            notices=[Notice(**n) for n in data.get("notices") or []],
            router=RouterFacts(**(data.get("router") or {})),
            data_path=_data_path(data.get("data_path")),
            history=_history(data.get("history")),
            notes=[str(n) for n in data.get("notes") or []],
        )
        checks = [CheckResult(**c) for c in data["checks"]]
        # Not a JSON key of its own: the port check says whether the modem answered.
        port_status = next((c.status for c in checks if c.id == "port"), None)
        facts.reachable = {"pass": True, "fail": False}.get(port_status or "")
        if facts.reachable is False:
            facts.port_error = next(c.detail for c in checks if c.id == "port") or None
        return cls(
            facts=facts,
            checks=checks,
            verdict=Verdict(**data["verdict"]),
            transcript=[TranscriptEntry(**e) for e in data["transcript"]],
            support=SupportInfo(**data["support"]),
            created=data["created"],
            tool_version=data["tool"]["version"],
            actions=[ActionTaken(**a) for a in data.get("actions") or []],
        )
