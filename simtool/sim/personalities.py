"""Vendor personalities of the simulated modem: how each family names itself, reads its
PIN retries and ICCID, spaces its replies and greets the host after power-up.

Formats come from ModemManager/oFono parsers and the vendors' AT manuals (see
reference/modemmanager_notes.md §3). Only data and reply shapes live here; the interpreter
in modem.py decides when to use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The built-in TCP/IP stack's commands each family answers (commands/tcpip.py).
QUECTEL_TCPIP = frozenset({"+QIACT", "+QIDEACT", "+QIDNSGIP", "+QPING", "+QHTTPCFG",
                           "+QHTTPURL", "+QHTTPGET", "+QHTTPREAD", "+QHTTPSTOP"})
SIMCOM_TCPIP = frozenset({"+NETOPEN", "+NETCLOSE", "+CDNSGIP", "+CPING", "+HTTPINIT",
                          "+HTTPTERM", "+HTTPPARA", "+HTTPACTION", "+HTTPHEAD"})
UBLOX_TCPIP = frozenset({"+UDNSRN", "+UPING", "+UHTTP", "+UHTTPC", "+URDFILE", "+UDELFILE"})
TELIT_TCPIP = frozenset({"#SGACT", "#QDNS", "#PING", "#HTTPCFG", "#HTTPQRY", "#HTTPRCV"})
FIBOCOM_TCPIP = frozenset({"+MIPCALL", "+MIPDNS", "+MPING"})


@dataclass(frozen=True)
class Retries:
    pin: int
    puk: int
    pin2: int = 3
    puk2: int = 10


@dataclass(frozen=True)
class Personality:
    name: str
    manufacturer: str
    model: str
    revision: str
    tac: str  # first 8 IMEI digits (type allocation code) used to build a plausible IMEI
    # Real modems differ: most print "+CSQ: 20,99", a few print "+CSQ:20,99".
    space_after_colon: bool = True
    # Retry command as the host types it (upper case, after "AT"), e.g. "+QPINC?".
    retry_command: str = "+CPINR"
    has_cpinr: bool = True
    # ICCID command name (without ? or =) -> prefix of the answer line ("" = bare digits).
    iccid_commands: dict[str, str] = field(default_factory=lambda: {"+CCID": "+CCID"})
    # Lines after power-up / reset, after the SIM becomes ready, after SIM removal.
    boot_urcs: tuple[str, ...] = ()
    sim_ready_urcs: tuple[str, ...] = ("+CPIN: READY",)
    sim_removed_urcs: tuple[str, ...] = ("+CPIN: NOT READY",)
    # Vendor extras understood beyond 27.007 (names as typed, upper case).
    extra_commands: frozenset[str] = frozenset()
    # "text" -> +CEER: <free text>; "category" -> +CEER: "<category>",<n>,"<text>"
    ceer_style: str = "text"
    ceer_none: str = "No cause information available"
    # Answer of +CPIN? while the SIM initialises: +CME ERROR 14 or "+CPIN: NOT READY".
    busy_as_not_ready: bool = False
    # Unsolicited signal report on change (Huawei ^RSSI).
    rssi_urc: bool = False
    # Logical channels to the card (reference/esim.md §8, §11): "cgla" = +CCHO/+CGLA/+CCHC
    # and MANAGE CHANNEL through +CSIM; "csim" = no +CCHO, channels only through +CSIM;
    # "none" = neither (+CSIM carries the PIN counters only).
    channels: str = "cgla"
    ccho_reply: str = "prefixed"      # "+CCHO: 1", "bare" ("1": FM350), "handle" (Sierra)
    cgla_inline: bool = False         # whole answers with 9000 (RM520N) instead of 61xx
    # +CCHO to a card without that application: this +CME code, or None for a bare ERROR.
    ccho_refusal: int | None = 13
    channel_test_forms: bool = True   # AT+CCHO=? / +CGLA=? answer OK
    # The command family it speaks, when it is another vendor's by lineage (TD Tech modules
    # speak Huawei's); None: its own name.
    lineage: str | None = None
    # +CGMI/+CGMM/+CGMR answered as `+CGMI: "<value>"` rather than the bare value.
    identity_quoted: bool = False
    # ATI lines; None: manufacturer, model and "Revision: <revision>" (Quectel's form).
    ati_lines: tuple[str, ...] | None = None

    @property
    def family(self) -> str:
        return self.lineage or self.name
    # Where received SMS are stored (+CPMS): "SM" on the SIM (readable by +CRSM as EF_SMS
    # records), "ME" in the modem (Quectel's default); and whether +CMGL/+CMGR take a
    # <mode> 1 that leaves the status unchanged (SIMCom, reference §3.3).
    sms_storage: str = "SM"
    sms_keeps_status: bool = False

    def line(self, prefix: str, body: str) -> str:
        """`prefix: body` with this vendor's spacing."""
        return f"{prefix}:{' ' if self.space_after_colon else ''}{body}"

    def retry_lines(self, command: str, sim_code: str, r: Retries) -> list[str] | None:
        """Answer of the vendor retry command, or None when `command` is not it.

        `command` is the upper-case text after AT; `sim_code` the +CPIN code in force.
        """
        name = self.family
        if name == "quectel" and command == "+QPINC?":
            return [self.line("+QPINC", f'"SC",{r.pin},{r.puk}'),
                    self.line("+QPINC", f'"P2",{r.pin2},{r.puk2}')]
        if name == "huawei" and command == "^CPIN?":
            # ^CPIN: <code>,[<times>],<puk>,<pin>,<puk2>,<pin2> (times = for the current code)
            times = {"SIM PIN": r.pin, "SIM PUK": r.puk}.get(sim_code, "")
            return [self.line("^CPIN", f"{sim_code},{times},{r.puk},{r.pin},{r.puk2},{r.pin2}")]
        if name == "simcom" and command == "+SPIC":
            return [self.line("+SPIC", f"{r.pin},{r.puk},{r.pin2},{r.puk2}")]
        if name == "sierra" and command == "+CPINC?":
            return [self.line("+CPINC", f"{r.pin},{r.pin2},{r.puk},{r.puk2}")]
        if name == "wavecom" and command in ("+CPINC", "+CPINC?"):
            # Wavecom AT commands interface guide: +CPINC: <n1>,<n2>,<k1>,<k2>
            # (PIN1, PIN2, PUK1, PUK2 attempts left), as the execute and the read form.
            return [self.line("+CPINC", f"{r.pin},{r.pin2},{r.puk},{r.puk2}")]
        if name == "ublox" and command == "+UPINCNT":
            return [self.line("+UPINCNT", f"{r.pin},{r.pin2},{r.puk},{r.puk2}")]
        if name == "telit" and command == "#PCT":
            # Only the code currently required (PUK when blocked, else PIN).
            return [self.line("#PCT", str(r.puk if sim_code == "SIM PUK" else r.pin))]
        if name == "fibocom" and command == "+EPINC?":
            # FM350 is MediaTek based: +EPINC: <pin>,<pin2>,<puk>,<puk2>
            return [self.line("+EPINC", f"{r.pin},{r.pin2},{r.puk},{r.puk2}")]
        if name == "zte" and command == "+ZPINPUK=?":
            return [self.line("+ZPINPUK", f"{r.pin},{r.puk}")]
        if name == "cinterion" and command.startswith("^SPIC"):
            counters = {'^SPIC="SC"': r.pin, '^SPIC="SC",1': r.puk,
                        '^SPIC="P2"': r.pin2, '^SPIC="P2",1': r.puk2}
            if command == "^SPIC":
                current = r.puk if sim_code == "SIM PUK" else r.pin
                return [self.line("^SPIC", str(current))]
            if command in counters:
                return [self.line("^SPIC", str(counters[command]))]
        return None


PERSONALITIES: dict[str, Personality] = {
    p.name: p
    for p in (
        Personality(name="generic", manufacturer="simtool", model="Simulated LTE modem",
              revision="SIM-1.0", tac="35000000",
              iccid_commands={"+CCID": "+CCID", "+ICCID": "+ICCID"}),
        Personality(name="quectel", manufacturer="Quectel", model="EC25",
              revision="EC25EFAR06A06M4G", tac="86143203",
              retry_command="+QPINC?", has_cpinr=False,
              iccid_commands={"+QCCID": "+QCCID"},
              boot_urcs=("RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1",
                         "+QIND: SMS DONE", "+QIND: PB DONE"),
              sim_ready_urcs=("+CPIN: READY", "+QIND: SMS DONE", "+QIND: PB DONE"),
              extra_commands=frozenset({"+QPINC", "+QCCID", "+QCSQ", "+QICSGP"}) | QUECTEL_TCPIP,
              ceer_none="No cause information available", sms_storage="ME",
              ccho_refusal=None),       # EG25-G: plain ERROR for a plain SIM (openpilot#37847)
        Personality(name="huawei", manufacturer="huawei", model="E3372",
              revision="21.180.99.00.00", tac="86785202",
              retry_command="^CPIN?", has_cpinr=False,
              iccid_commands={"^ICCID": "^ICCID"},
              boot_urcs=("^SIMST: 1", "^SRVST: 2", "^MODE: 7,17"),
              sim_ready_urcs=("^SIMST: 1",), sim_removed_urcs=("^SIMST: 255",),
              extra_commands=frozenset({"^CPIN", "^ICCID", "^HCSQ", "^AUTHDATA"}),
              rssi_urc=True, ceer_none="No cause information available",
              channels="none"),         # MS2372h: no working channel (lpac#164)
        Personality(name="simcom", manufacturer="SIMCOM INCORPORATED", model="SIMCOM_SIM7600E-H",
              revision="LE20B04SIM7600M22", tac="86209504",
              retry_command="+SPIC", has_cpinr=False,
              # +CICCID answers "+ICCID: ..."; the older +CCID answers bare digits.
              iccid_commands={"+CICCID": "+ICCID", "+CCID": ""},
              boot_urcs=("*ATREADY: 1", "RDY", "+CPIN: READY", "SMS DONE", "PB DONE"),
              sim_ready_urcs=("+CPIN: READY", "SMS DONE", "PB DONE"),
              extra_commands=frozenset({"+SPIC", "+CICCID"}) | SIMCOM_TCPIP,
              busy_as_not_ready=True, sms_keeps_status=True,
              channels="csim"),         # SIM7600: no +CCHO reported (lpac#168)
        Personality(name="sierra", manufacturer="Sierra Wireless, Incorporated", model="EM7455",
              revision="SWI9X30C_02.24.05.06", tac="35907206",
              retry_command="+CPINC?", has_cpinr=False,
              iccid_commands={"!ICCID": "ICCID", "+CCID": "+CCID"},
              extra_commands=frozenset({"+CPINC", "!ICCID"}),
              ceer_style="category", ceer_none='"No report available"',
              ccho_reply="handle", cgla_inline=True),   # 64-bit handle (lpac#138)
        Personality(name="ublox", manufacturer="u-blox", model="SARA-R410M-02B",
              revision="L0.0.00.00.05.08", tac="35292410",
              retry_command="+UPINCNT",
              iccid_commands={"+CCID": "+CCID"},
              extra_commands=frozenset({"+UPINCNT"}) | UBLOX_TCPIP,
              cgla_inline=True),
        Personality(name="telit", manufacturer="Telit", model="LE910C1-EU",
              revision="25.21.660", tac="35480910",
              retry_command="#PCT", has_cpinr=False,
              iccid_commands={"#CCID": "#CCID", "+ICCID": "+ICCID"},
              boot_urcs=("#QSS: 1",), sim_ready_urcs=("#QSS: 3",),
              sim_removed_urcs=("#QSS: 0",),
              extra_commands=frozenset({"#PCT", "#CCID"}) | TELIT_TCPIP, ceer_none="No error"),
        Personality(name="fibocom", manufacturer="Fibocom Wireless Inc.", model="FM350-GL",
              revision="81600.0000.00.29.21.01", tac="86872405",
              iccid_commands={"+CCID": "+CCID", "+ICCID": "+ICCID"},
              boot_urcs=("+SIM READY",), ceer_none="0,NONE",
              extra_commands=frozenset({"+EPINC"}) | FIBOCOM_TCPIP,
              ccho_reply="bare", cgla_inline=True,      # FM350-GL (lpac#209, lpac#300)
              channel_test_forms=False),
        Personality(name="zte", manufacturer="ZTE INCORPORATED", model="MF833V",
              revision="BD_RUMF833VV1.0.0B03", tac="86315103",
              space_after_colon=False,
              retry_command="+ZPINPUK=?", has_cpinr=False,
              iccid_commands={"+ZGETICCID": "+ZGETICCID", "+CCID": "+CCID"},
              extra_commands=frozenset({"+ZPINPUK", "+ZGETICCID"}),
              channels="none"),
        Personality(name="wavecom", manufacturer="WAVECOM MODEM", model="MULTIBAND  900E  1800",
              revision="R7.46.0.201106240911.FXT009", tac="35284003",
              retry_command="+CPINC", has_cpinr=False,
              iccid_commands={"+CCID": "+CCID"},
              extra_commands=frozenset({"+CPINC"})),
        Personality(name="cinterion", manufacturer="Cinterion", model="ELS61-E",
              revision="REVISION 01.000", tac="35401505",
              retry_command='^SPIC="SC"', has_cpinr=False,
              iccid_commands={"^SCID": "^SCID", "+CCID": "+CCID"},
              boot_urcs=("^SYSSTART",),
              extra_commands=frozenset({"^SPIC", "^SCID"}),
              ceer_style="category", ceer_none='"No report available"'),
        # TD Tech (ex-Huawei module line): ATI "Manufacturer: TD Tech Ltd.", "Model: MT5700M-CN",
        # "Revision: V200R001C20B024" (public MT5700M-CN notes); Huawei's commands.
        Personality(name="tdtech", manufacturer="TD Tech Ltd.", model="MT5700M-CN",
              revision="V200R001C20B024", tac="86223405",
              retry_command="^CPIN?", has_cpinr=False,
              iccid_commands={"^ICCID": "^ICCID"},
              boot_urcs=("^SIMST: 1", "^SRVST: 2", "^MODE: 17,17"),
              sim_ready_urcs=("^SIMST: 1",), sim_removed_urcs=("^SIMST: 255",),
              extra_commands=frozenset({"^CPIN", "^ICCID", "^HCSQ", "^AUTHDATA"}),
              rssi_urc=True, ceer_none="No cause information available", lineage="huawei"),
        # China Mobile OneMO ML307R (extended AT manual for the 4G series V1.7.4): ATI gives
        # "CMCC", the model and the revision (§4.2), +CGMR the bare revision (§4.1), the
        # ICCID by +MCCID (§4.6), the serving cell by +MUESTATS="cell" (§4.5); "+MATREADY"
        # once AT is up (§3.1). Revision as its firmware is named (ML307R-DC-MBRH0S01).
        # +CGMI is not in that manual: the ATI manufacturer line is assumed.
        Personality(name="onemo", manufacturer="CMCC", model="ML307R",
              revision="ML307R-DC-MBRH0S01", tac="86982206",
              iccid_commands={"+MCCID": "+MCCID"},
              ati_lines=("CMCC", "ML307R", "ML307R-DC-MBRH0S01"),
              boot_urcs=("+MATREADY", "+CPIN: READY"),
              extra_commands=frozenset({"+MCCID", "+MUESTATS"})),
        # AirM2M (Luat) Air780EP, as openLuat's AT command manual gives it
        # (openLuat/luatos-doc-pool): +CGMI: "AirM2M", +CGMM: "Air780EP", +CGMR: "AirM2M_780EP_
        # V1007_LTE_AT", ATI that same build string, ICCID by +CCID (bare) or +ICCID,
        # "+CPIN: SIM REMOVED"; no retry counter and no +CPINR in the manual (the 3GPP
        # +CSIM/+CRSM it does not list either are answered, as on every personality).
        Personality(name="luat", manufacturer="AirM2M", model="Air780EP",
              revision="AirM2M_780EP_V1007_LTE_AT", tac="86480406",
              has_cpinr=False, identity_quoted=True,
              iccid_commands={"+ICCID": "+ICCID", "+CCID": ""},
              ati_lines=("AirM2M_780EP_V1007_LTE_AT",),
              sim_removed_urcs=("+CPIN: SIM REMOVED",)),
        # GosunCn ME3630-W (ex-ZTE WeLink): model as QModem keys it from +CGMM; ICCID by
        # +ICCID ("+ICCID: ", GosunCn's Android RIL and QModem's gosuncn script); ZTE's
        # +ZPINPUK and +ZGETICCID are in none of the sources, so it does not answer them.
        # Its +CGMI text is in none of the sources either (detection goes by the model).
        Personality(name="gosuncn", manufacturer="GOSUNCN", model="ME3630-W",
              revision="ME3630W_V1.0", tac="86455203",
              iccid_commands={"+ICCID": "+ICCID"}, lineage="zte"),
    )
}

VENDORS: tuple[str, ...] = tuple(PERSONALITIES)


def personality(name: str) -> Personality:
    """The personality called `name` (case-insensitive); KeyError when unknown."""
    return PERSONALITIES[name.strip().lower()]
