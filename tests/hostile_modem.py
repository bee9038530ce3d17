"""A hostile modem on a pseudo-terminal, for fault tests of everything that talks AT.

The simulated modem (`simtool.sim.modem.Modem`) answers the commands, so a check, an unlock
or an APN change meets a real AT interpreter with a real SIM state; a *mode* then spoils
what goes over the wire the way broken hardware, wrong ports and odd firmware do:

  healthy           nothing spoilt (the control case)
  unplug            after `after` commands the device vanishes (the master side closes)
  unplug-mid-reply  the same, half-way through a reply
  stall             after `after` commands nothing more comes back, not even the echo
  garbage           every byte is answered with binary noise (a wrong baud rate)
  nmea              a GPS port: NMEA sentences stream in, commands are ignored
  diag              a diagnostic port: HDLC-framed QCDM packets and Quectel's FF..FE
  huge-line         after `after` commands a 2 MB line without a break comes first
  firehose          after `after` commands endless text lines, never a final result
  urc-flood         a URC every few milliseconds, all along, between healthy replies
  urc-burst         a burst of URCs (registration reports among them) inside every reply
  reboot            after `after` commands the modem resets under a command (boot storm)
  split             every byte of every reply comes on its own
  nul               NUL bytes sprinkled into every reply
  bad-utf8          invalid UTF-8 bytes sprinkled into every reply
  wrong-final       every reply ends in `final` (NO CARRIER, BUSY, CONNECT, "> ", ...)
  slow              every reply comes `delay` seconds late (`first_delay` for the first)
  late-pin-echo     the echo of AT+CPIN=... comes after its OK, split, during the next
                    command (what a modem with a slow UART echo does); with
                    `late_pin_reply` its OK is held back too, past the command's timeout
  power-up          just started: boot reports first, then the SIM answers +CME ERROR: 10
                    (`after` times), then 14 once, before it is ready (the power-up race)
  refuse            the command `refuse` fails with ERROR on lines that hold `refuse_with`
                    too; the commands before it on that line run, the ones after it do not
                    (with `refuse_ok`, it is answered OK and silently not done)

`received` holds every command line that reached the modem (with any PIN in it: tests
count them, never print them). Use it as a context manager; `path` is the device to open.
It runs in a thread of the test process and is reusable by the GUI tests.
"""

from __future__ import annotations

import errno
import heapq
import itertools
import os
import random
import re
import select
import threading
import time
import tty
from collections.abc import Callable, Iterator

from simtool.sim.modem import Config, Modem

MODES = ("healthy", "unplug", "unplug-mid-reply", "stall", "garbage", "nmea", "diag",
         "huge-line", "firehose", "urc-flood", "urc-burst", "reboot", "split", "nul",
         "bad-utf8", "wrong-final", "slow", "late-pin-echo", "power-up", "refuse")

# URCs a modem with every report switched on sends; the registration ones in their
# unsolicited shape (TS 27.007 §7.2: no <n> field), the way they interleave in the field.
URCS = (
    '+CREG: 1,"1A2B","01A2B3C4",7', '+CEREG: 1,"1A2B","01A2B3C4",7',
    '+CGREG: 5,"1A2B","01A2B3C4",7', "+CREG: 2", "+CEREG: 0", "+C5GREG: 1",
    "RING", '+CMTI: "SM",3', "^RSSI: 17", "+CGEV: ME PDN ACT 1", "+QIND: SMS DONE",
    "^SRVST: 2", '+CTZV: "26/11/22,09:15:02+32"',
)

_NMEA = ("$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*76",
         "$GPGSA,A,3,10,07,05,02,29,04,08,13,,,,,1.72,1.03,1.38*0A",
         "$GPRMC,092750.000,A,5321.6802,N,00630.3372,W,0.02,31.66,280511,,,A*43",
         "$GPVTG,31.66,T,,M,0.02,N,0.04,K,A*34")


def _crc16_x25(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
    return crc ^ 0xFFFF


def qcdm_frame(payload: bytes) -> bytes:
    """An HDLC-framed QCDM packet: payload + CRC-16/X.25, 0x7D-escaped, 0x7E-terminated."""
    crc = _crc16_x25(payload)
    raw = payload + bytes([crc & 0xFF, crc >> 8])
    escaped = bytearray()
    for byte in raw:
        if byte in (0x7D, 0x7E):
            escaped += bytes([0x7D, byte ^ 0x20])
        else:
            escaped.append(byte)
    return bytes(escaped) + b"\x7e"


class HostileModem:
    def __init__(self, mode: str = "healthy", *, scenario: str = "healthy",
                 vendor: str = "generic", after: int = 0, final: str = "NO CARRIER",
                 delay: float = 0.0, first_delay: float | None = None, seed: int = 1,
                 refuse: str = "", refuse_with: str = "",
                 rewrite: Callable[[bytes], bytes] | None = None,
                 instance_config: Config | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")
        self.mode = mode
        self.after = after
        self.after_boot_reports = True     # power-up: the boot reports come first
        self.rewrite = rewrite             # applied to every reply and URC the modem sends
        self.refuse = refuse.upper()
        self.refuse_with = refuse_with.upper()
        self.refuse_ok = False             # refuse: answer OK (and do nothing) instead
        self._sim_reads = 0
        self.final = final
        self.delay = delay
        self.first_delay = delay if first_delay is None else first_delay
        self.modem = Modem(instance_config or Config(scenario=scenario, vendor=vendor))
        self.modem.subscribe(self._unsolicited)
        self.received: list[str] = []
        self._rng = random.Random(seed)
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        os.set_blocking(self._master, False)
        self._queue: list[tuple[float, int, bytes]] = []     # (due, sequence, data)
        self._sequence = itertools.count()
        self._out = bytearray()
        self._stop = threading.Event()
        self._closed = False
        self._input = bytearray()
        self._held_echo: bytes | None = None
        self._held_reply = b""
        # late-pin-echo: the PIN command's answer is held back too, past its timeout.
        self.late_pin_reply = False
        self._streaming = False      # firehose / nmea: bytes flow without being asked
        self._next_stream = 0.0
        self._thread = threading.Thread(target=self._serve, name=f"hostile-{mode}",
                                        daemon=True)

    # -- life cycle -------------------------------------------------------------------

    def __enter__(self) -> HostileModem:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def start(self) -> HostileModem:
        if self.mode in ("nmea",) or (self.mode == "firehose" and self.after == 0):
            self._streaming = True
        if self.mode == "urc-flood":
            self._next_stream = time.monotonic()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._close_master()
        try:
            os.close(self._slave)
        except OSError:
            pass

    def _close_master(self) -> None:
        if not self._closed:
            self._closed = True
            try:
                os.close(self._master)
            except OSError:
                pass

    # -- what goes out ------------------------------------------------------------------

    def _unsolicited(self, chunks: list[object]) -> None:
        """URCs the simulated modem sends on its own (the boot storm after a reset)."""
        for chunk in chunks:
            self._later(max(0.0, getattr(chunk, "delay", 0.0)), getattr(chunk, "data", b""))

    def _later(self, delay: float, data: bytes) -> None:
        if self.rewrite is not None and data != b"\x00UNPLUG":
            data = self.rewrite(data)
        heapq.heappush(self._queue, (time.monotonic() + delay, next(self._sequence), data))

    def _serve(self) -> None:
        try:
            while not self._stop.is_set() and not self._closed:
                now = time.monotonic()
                while self._queue and self._queue[0][0] <= now:
                    data = heapq.heappop(self._queue)[2]
                    if data == b"\x00UNPLUG":
                        self._close_master()
                        return
                    self._out += data
                self._stream(now)
                waits = [0.05]
                if self._queue:
                    waits.append(max(0.0, self._queue[0][0] - now))
                if self._streaming or self.mode == "urc-flood":
                    waits.append(0.002)
                writers = [self._master] if self._out else []
                readable, writable, _ = select.select([self._master], writers, [], min(waits))
                if readable:
                    self._read_input()
                if writable and self._out:
                    self._flush()
        except OSError as error:
            if error.errno not in (errno.EIO, errno.EBADF):
                raise

    def _flush(self) -> None:
        try:
            written = os.write(self._master, bytes(self._out[:4096]))
            del self._out[:written]
        except BlockingIOError:
            pass
        except OSError as error:
            if error.errno != errno.EIO:
                raise
            self._out.clear()          # nobody has the port open: the bytes are lost

    def _stream(self, now: float) -> None:
        if len(self._out) > 16384:
            return                     # the reader is behind: wait for it
        if self._streaming and self.mode == "nmea" and now >= self._next_stream:
            self._out += "".join(f"{s}\r\n" for s in _NMEA).encode()
            self._next_stream = now + 0.05
        elif self._streaming and self.mode == "firehose":
            self._out += b"+CSQ: 31,99 modem log: rrc state idle\r\n" * 64
        elif self.mode == "urc-flood" and now >= self._next_stream:
            self._out += f"\r\n{self._rng.choice(URCS)}\r\n".encode()
            self._next_stream = now + 0.003

    # -- what comes in ------------------------------------------------------------------

    def _read_input(self) -> None:
        try:
            data = os.read(self._master, 4096)
        except BlockingIOError:
            return
        except OSError as error:
            if error.errno == errno.EIO:
                return                 # no client right now
            raise
        if not data:
            return
        self._input += data
        while b"\r" in self._input:
            line, _, rest = bytes(self._input).partition(b"\r")
            self._input = bytearray(rest)
            self._command(line + b"\r")

    def _command(self, raw: bytes) -> None:
        text = raw.decode("latin-1").rstrip("\r").lstrip("\n")
        if not text.strip():
            return
        index = len(self.received)
        self.received.append(text)
        faulty = index >= self.after
        mode = self.mode
        if mode == "stall" and faulty:
            return
        if mode in ("nmea", "firehose") and self._streaming:
            return
        if mode == "garbage":
            self._later(0.01, bytes(self._rng.randrange(256) for _ in range(24 + len(raw))))
            return
        if mode == "diag":
            self._later(0.01, qcdm_frame(b"\x13" + raw[:16]) + b"\xff" * 7 + b"\xfe")
            return
        if mode == "unplug" and faulty:
            self._later(0.0, b"\x00UNPLUG")
            return
        echo = raw if self.modem.echo else b""
        if mode == "reboot" and faulty and index == self.after:
            self._later(0.0, echo)
            self.modem.reboot()       # the boot storm reaches us as a URC
            return
        if mode == "power-up" and index == 0 and self.after_boot_reports:
            # Just started: the boot reports come as the first command is read (earlier,
            # they would go out before the port is open, and opening flushes them).
            self._later(0.0, b"\r\nRDY\r\n\r\n+CFUN: 1\r\n")
        reply = self._reply(text)
        if mode == "late-pin-echo" and text.upper().startswith("AT+CPIN=") and echo:
            self._held_echo, echo = echo, b""
            if self.late_pin_reply:
                self._held_reply, reply = reply, b""
                return
        elif mode == "late-pin-echo" and self._held_echo is not None:
            held, self._held_echo = self._held_echo, None
            middle = held.find(b'="') + 4   # cut inside the PIN itself
            self._later(0.0, held[:middle])
            self._later(0.02, held[middle:] + self._held_reply)
            self._held_reply = b""
            echo = raw if self.modem.echo else b""
            self._later(0.04, echo + reply)
            return
        self._send(echo, reply, index, faulty)

    def _reply(self, text: str) -> bytes:
        if self.mode == "power-up" and "+CPIN?" in text.upper():
            self._sim_reads += 1
            if self._sim_reads <= self.after + 1:
                code = 10 if self._sim_reads <= self.after else 14
                # The commands before +CPIN? on the line answer; it fails, the rest never run.
                head = text.upper().split("+CPIN?")[0].rstrip(";")
                lines = self._lines(head) if head not in ("AT", "") else b""
                return lines + f"\r\n+CME ERROR: {code}\r\n".encode()
        if self.mode == "refuse" and self.refuse and self.refuse in text.upper() \
                and self.refuse_with in text.upper():
            head = text.upper().split(self.refuse)[0].rstrip(";")
            lines = self._lines(head) if head not in ("AT", "") else b""
            return lines + (b"\r\nOK\r\n" if self.refuse_ok else b"\r\nERROR\r\n")
        chunks = self.modem.command(text).chunks
        if not chunks:
            return b""
        body = chunks[0].data
        for chunk in chunks[1:]:       # URCs the command caused, after its reply
            self._later(0.005 + chunk.delay, chunk.data)
        return body

    def _lines(self, line: str) -> bytes:
        """The information lines the simulated modem gives `line`, without its final."""
        body = b"".join(chunk.data for chunk in self.modem.command(line).chunks[:1])
        for final in (b"\r\nOK\r\n", b"\r\nERROR\r\n"):
            if body.endswith(final):
                return body[: -len(final)]
        return body

    def _send(self, echo: bytes, reply: bytes, index: int, faulty: bool) -> None:
        mode = self.mode
        if mode == "unplug-mid-reply" and faulty:
            self._later(0.0, echo + reply[: max(1, len(reply) // 2)])
            self._later(0.02, b"\x00UNPLUG")
            return
        if mode == "huge-line" and faulty and index == self.after:
            self._later(0.0, echo + b"\r\n" + b"X" * 2_000_000 + b"\r\n" + reply)
            return
        if mode == "firehose" and faulty:
            self._later(0.0, echo)
            self._streaming = True
            return
        if mode == "urc-burst" and faulty:
            reply = self._burst(reply)
        elif mode == "nul":
            reply = reply.replace(b"\r\n", b"\r\n\x00\x00").replace(b"+", b"\x00+")
        elif mode == "bad-utf8":
            reply = reply.replace(b"\r\n\r\nOK", b"\r\n\xff\xfe\xc3(\r\n\r\nOK").replace(
                b'"', b'"\xc3')
        elif mode == "wrong-final" and faulty:
            reply = _with_final(reply, self.final)
        if mode == "split":
            for offset, byte in enumerate(echo + reply):
                self._later(0.0005 * offset, bytes([byte]))
            return
        if mode == "slow":
            # Still starting up, or a slow link: nothing at all comes until the answer.
            wait = self.first_delay if index == 0 else self.delay
            self._later(wait, echo + reply)
            return
        self._later(0.0, echo + reply)

    def _burst(self, reply: bytes) -> bytes:
        """URCs between every line of the reply and before its final result."""
        lines = reply.split(b"\r\n")
        out: list[bytes] = []
        for line in lines:
            out.append(line)
            if line and self._rng.random() < 0.8:
                out += [b"", *(self._rng.choice(URCS).encode() for _ in range(3)), b""]
        return b"\r\n".join(out)


def _with_final(reply: bytes, final: str) -> bytes:
    """`reply` with its final result code replaced by `final`."""
    for ok in (b"\r\nOK\r\n", b"\r\nERROR\r\n"):
        if reply.endswith(ok):
            end = b"\r\n" if final.strip() != ">" else b""
            return reply[: -len(ok)] + b"\r\n" + final.encode() + end
    return reply


def modes() -> Iterator[str]:
    return iter(MODES)


# Commands with "=" a read-only check may send: settings it puts back before it ends, SIM
# file reads (READ BINARY/RECORD, GET RESPONSE, STATUS), retry-counter reads (VERIFY and
# UNBLOCK PIN with no data: TS 31.101 §11.1.9, the counter is in the status word), and the
# eUICC reads (a logical channel to the ISD-R opened, read over +CGLA, closed: issue 18),
# and the operator's notices (issue 15): the SMS mode switched to PDU and put back, listing
# the messages already read, unsent and sent (TS 27.005 §3.4.2 <stat> 1-3: no status
# changes) or all of them with Quectel's "no status change" flag (+CMGL=4,1).
READ_ONLY_SETTINGS = re.compile(r"^\+(CMEE=1|COPS=3,[0-2]|C(?:G|E|5G)?REG=[0-5]"
                                r"|CMGF=[01]|CMGL=[1-3]|CMGL=4,1"
                                r"|CRSM=(?:176|178|192|242),[0-9,]*"
                                r'|CSIM=10,"00(?:20|2C)00[08]100"'
                                r'|CCHO="A0000005591010FFFFFFFF8900000100"|CCHC=\d+'
                                r'|CGLA=\d+,\d+,"[0-9A-F]+")$')


def command_parts(line: str) -> list[str]:
    """'AT+CSQ;+COPS?' -> ['+CSQ', '+COPS?'] (upper case)."""
    body = line.strip()
    body = body[2:] if body[:2].upper() == "AT" else body
    return [part.strip().upper() for part in body.split(";") if part.strip()]


def writes(received: list[str]) -> list[str]:
    """The commands among `received` lines that would change the modem."""
    return [part for line in received for part in command_parts(line)
            if "=" in part and not part.endswith("=?") and not READ_ONLY_SETTINGS.match(part)]
