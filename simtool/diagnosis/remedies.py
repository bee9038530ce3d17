"""Next steps for the person in front of the modem: short, concrete, numbered.

Each function returns the remedy text of one situation as numbered lines. When the cause is
on the operator's side the last step says what to tell them, quoting the card's ICCID and
IMSI and the cause the network gave. Every sentence goes through tr("Remedies", ...) with
str.format fields, so the Chinese catalogue can be made from the same English sources.
Pure: no I/O.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from typing import NamedTuple

from simtool.diagnosis import channels
from simtool.diagnosis.causes import Cause
from simtool.facts import Facts
from simtool.i18n import tr

CTX = "Remedies"


def numbered(steps: Sequence[str]) -> str:
    return "\n".join(f"{index}. {step}" for index, step in enumerate(steps, start=1))


def card_identity(facts: Facts) -> str:
    """"ICCID 8986…, IMSI 4600…" with what is known; "unknown" for what is not."""
    unknown = tr(CTX, "unknown")
    return tr(CTX, "ICCID {iccid}, IMSI {imsi}").format(
        iccid=facts.sim.iccid or unknown, imsi=facts.sim.imsi or unknown)


def tell_operator(facts: Facts, what_happened: str) -> str:
    """The hand-off step: whom to call and exactly what to quote (the operator's hotline,
    or for an IoT card its platform or vendor, when the provider overlay knows them)."""
    worded = channels.tell_operator_step(facts, what_happened)
    if worded is not None:
        return worded
    return tr(CTX, "Call your operator. Tell them: {identity}, {what}.").format(
        identity=card_identity(facts), what=what_happened)


def restart_after_fix(managed: Managed | None = None) -> str:
    # After #3/#6/#7/#8/#11/#12/#13/#15 the modem keeps the SIM invalid or the network
    # forbidden until power-off, so a fixed account is not retried without a restart.
    if managed is not None:
        return tr(CTX, "After the operator has fixed it, restart the modem (unplug it, or run "
                  "`mmcli -m {modem} --disable` then `mmcli -m {modem} --enable`): until "
                  "then it will not try that network again.").format(modem=managed.modem)
    return tr(CTX, "After the operator has fixed it, restart the modem (unplug it or run "
              "`simtool radio off --allow-write` then `simtool radio on --allow-write`): "
              "until then it will not try that network again.")


# --- through ModemManager -------------------------------------------------------------
# A modem read through ModemManager (mm://N) has no AT port simtool may use beside it, so
# `simtool unlock/apn/radio/balance/connect-test/watch` do not work on it. Its remedies
# name what does: mmcli and NetworkManager, or simtool's full AT check while ModemManager
# lets go of the modem (`simtool check --inhibit --allow-write`).

class Managed(NamedTuple):
    """A modem read through ModemManager, as mmcli names it."""

    modem: str          # what `mmcli -m` takes
    sim: str            # what `mmcli -i` takes ("any": ModemManager showed no SIM object)
    url: str            # mm://N, for simtool's own commands


def managed_modem(facts: Facts) -> Managed | None:
    """How mmcli names the modem of `facts`; None when it was not read through
    ModemManager."""
    if facts.port.via != "modemmanager":
        return None
    device = facts.port.device or ""
    url = facts.port.url or ""
    if "/Modem/" in device:
        modem = device.rsplit("/", 1)[-1]
    else:
        modem = url[len("mm://"):].strip("/") if url.startswith("mm://") else "0"
    sim = (facts.manager_sim or "").rsplit("/", 1)[-1] or "any"
    return Managed(modem, sim, url or f"mm://{modem}")


def _inhibit_check(target: Managed, option: str) -> str:
    """The full AT check with one of its extra steps, ModemManager letting go meanwhile."""
    return f"`simtool check --port {shlex.quote(target.url)} --inhibit --allow-write {option}`"


def _manager_unreachable(kind: str | None, target: Managed) -> str:
    if kind == "vanished":
        steps = [tr(CTX, "The modem went away while ModemManager was reading it: it was "
                    "unplugged or reset, or ModemManager restarted."),
                 tr(CTX, "Wait until `mmcli -L` lists it again (its number may change) and "
                    "run the check again.")]
    elif kind == "not-found":
        steps = [tr(CTX, "Check that ModemManager runs: `systemctl status ModemManager`; "
                    "start it with `sudo systemctl start ModemManager`."),
                 tr(CTX, "`mmcli -L` lists the modems it manages: check that the modem is "
                    "plugged in, and check it with the number shown there."),
                 tr(CTX, "Without ModemManager, check the modem's AT port directly: "
                    "`simtool ports` lists the serial ports.")]
    else:
        steps = [tr(CTX, "Run the check again."),
                 tr(CTX, "`mmcli -m {modem}` shows what ModemManager knows of the modem; "
                    "`journalctl -u ModemManager` says why it failed.").format(
                     modem=target.modem)]
    return numbered(steps)


# --- port -----------------------------------------------------------------------------

def port_problem(kind: str | None, managed: Managed | None = None) -> str:
    if managed is not None:
        return _manager_unreachable(kind, managed)
    steps: list[str] = []
    if kind == "not-found":
        steps = [tr(CTX, "Check that the modem is plugged in and powered (its light is on)."),
                 tr(CTX, "Run `simtool ports` to list the ports this computer sees and pick "
                    "the modem's AT port."),
                 tr(CTX, "If no port appears, the modem may be in storage (CD-ROM) or HiLink "
                    "mode, or its driver is missing.")]
    elif kind == "permission":
        steps = [tr(CTX, "On Linux, add yourself to the port's group: `sudo usermod -aG "
                    "dialout $USER` (uucp on Arch), then log out and back in."),
                 tr(CTX, "Or run simtool once with sudo to confirm that permission is the "
                    "problem.")]
    elif kind == "busy":
        steps = [tr(CTX, "Another program holds the port (often ModemManager). Close it, or "
                    "stop ModemManager for the check: `sudo systemctl stop ModemManager`."),
                 tr(CTX, "Then run the check again.")]
    elif kind == "silent":
        steps = [tr(CTX, "This port does not answer AT commands: it is probably not the "
                    "modem's AT port."),
                 tr(CTX, "Run `simtool ports --probe` to find the port that answers, and "
                    "check that with `--port`.")]
    elif kind == "login":
        steps = [tr(CTX, "Give the device's admin password (the one for its web page, often on "
                    "a label on the device) in an environment variable and name it with "
                    "`--password-env`, or type it in the app's password field."),
                 tr(CTX, "simtool makes one login attempt per run, never at the last attempt "
                    "before a lock, and never stores the password.")]
    elif kind == "not-at":
        steps = [tr(CTX, "This port sends something other than AT answers: it is one of the "
                    "modem's other ports (GPS, diagnostic, data), or the speed is wrong."),
                 tr(CTX, "Run `simtool ports --probe` to find the port that answers, and "
                    "check that with `--port`.")]
    elif kind in ("stalled", "deadline"):
        steps = [tr(CTX, "The modem stopped answering (or answered far too slowly): unplug "
                    "it and plug it back in, or power it off and on."),
                 tr(CTX, "Wait 20 seconds and run the check again."),
                 tr(CTX, "If it happens again, give the modem a stronger power supply (a "
                    "powered USB hub, a shorter cable): modems hang when power dips.")]
    elif kind == "vanished":
        steps = [tr(CTX, "The modem disappeared during the check: check the cable and the "
                    "USB port, and that the power supply is strong enough."),
                 tr(CTX, "Plug it in again, wait 20 seconds and run the check again.")]
    else:
        steps = [tr(CTX, "Unplug the modem, plug it in again, wait 20 seconds and run the "
                    "check again."),
                 tr(CTX, "Run `simtool ports --probe` to find the port that answers.")]
    return numbered(steps)


# --- radio and SIM ------------------------------------------------------------------------

def radio_off(cfun: int | None) -> str:
    steps = [
        tr(CTX, "Switch the radio on: `simtool radio on --allow-write`."),
        tr(CTX, "If it switches itself off again, check the computer's airplane-mode or "
           "wireless switch and any program that manages the modem."),
    ]
    if cfun is not None:        # a source that says the radio is off without a +CFUN value
        steps.append(tr(CTX, "The modem reported +CFUN: {cfun}.").format(cfun=cfun))
    return numbered(steps)


def manager_disabled(index: str) -> str:
    return numbered([
        tr(CTX, "Switch mobile broadband on: in the network menu, or `nmcli radio wwan on`."),
        tr(CTX, "Or enable the modem in ModemManager: `mmcli -m {index} --enable`.").format(
            index=index),
        tr(CTX, "Then run the check again: a disabled modem shows no signal or registration."),
    ])


def manager_initializing(index: str) -> str:
    return numbered([
        tr(CTX, "Wait half a minute: ModemManager is still probing the modem and its SIM."),
        tr(CTX, "Run the check again; `mmcli -m {index}` shows the modem's state meanwhile."
           ).format(index=index),
    ])


def no_sim() -> str:
    return numbered([
        tr(CTX, "Power off the modem, take the SIM out and put it back in: check its "
           "orientation (cut corner), the tray, and that the card size or adapter fits."),
        tr(CTX, "Clean the gold contacts gently with a dry cloth."),
        tr(CTX, "Try the card in another device (a phone): if it is not detected there "
           "either, the card is faulty and the operator must replace it."),
    ])


def damaged_sim(facts: Facts, raw: str | None) -> str:
    return numbered([
        tr(CTX, "Power off the modem, reseat the SIM and try again."),
        tr(CTX, "Try the card in another device (a phone). If it fails there too, the card "
           "is damaged or incompatible with this modem."),
        tr(CTX, "Ask the operator for a replacement card (keeps the same number)."),
        tell_operator(facts, tr(CTX, "the modem reports \"{raw}\"").format(
            raw=raw or tr(CTX, "SIM failure"))),
    ])


def sim_busy() -> str:
    return numbered([
        tr(CTX, "Wait one minute and run the check again."),
        tr(CTX, "If the SIM never finishes starting, power off the modem, reseat the card "
           "and try it in another device: it may be damaged."),
    ])


def pin_required(retries: int | None, managed: Managed | None = None) -> str:
    if managed is not None:
        steps = [tr(CTX, "Enter the SIM PIN through ModemManager: `mmcli -i {sim} "
                    "--pin=YOUR_PIN`, or in the box the desktop shows when mobile broadband "
                    "is switched on. Never guess: wrong PINs lock the card.").format(
                        sim=managed.sim)]
    else:
        steps = [tr(CTX, "Enter the SIM PIN with `simtool unlock`. Never guess: wrong PINs "
                    "lock the card.")]
    steps.append(tr(CTX, "The PIN is in the documents that came with the SIM (the card "
                    "holder), or ask whoever set up the device."))
    if retries is not None and retries <= 1:
        steps.insert(0, tr(CTX, "Only {retries} attempt left: one more wrong PIN locks the card "
                           "with the PUK.").format(retries=retries))
    if managed is not None:
        steps.append(tr(CTX, "NetworkManager then switches the modem on; `mmcli -m {modem} "
                        "--enable` does it by hand. To start without the PIN from then on: "
                        "`mmcli -i {sim} --pin=YOUR_PIN --disable-pin`.").format(
                            modem=managed.modem, sim=managed.sim))
    else:
        steps.append(tr(CTX, "Optionally disable the PIN afterwards so the modem starts "
                        "without it."))
    return numbered(steps)


def puk_required(facts: Facts, retries: int | None) -> str:
    steps = [tr(CTX, "Do not guess: after 10 wrong PUKs the card is destroyed for good."),
             tr(CTX, "Find the PUK on the plastic card holder the SIM came in, or get it from "
                "the operator (online account, shop or hotline; they will ask for your ID).")]
    if retries is not None:
        steps.append(tr(CTX, "{retries} PUK attempts are left.").format(retries=retries))
    target = managed_modem(facts)
    if target is not None:
        steps.append(tr(CTX, "Enter it through ModemManager with a new PIN: `mmcli -i {sim} "
                        "--puk=YOUR_PUK --pin=NEW_PIN`.").format(sim=target.sim))
    else:
        steps.append(tr(CTX, "Enter it with `simtool unlock --puk` and set a new PIN."))
    steps.append(tell_operator(facts, tr(CTX, "the SIM asks for the PUK")))
    return numbered(steps)


def device_locked(state: str, raw: str | None) -> str:
    return numbered([
        tr(CTX, "The modem itself is locked to another operator (network lock, {state}); the "
           "SIM is fine.").format(state=raw or state),
        tr(CTX, "Use a SIM from the operator the device was sold with, or ask the seller or "
           "that operator for the unlock code."),
        tr(CTX, "Do not try codes at random: the modem may lock permanently."),
    ])


def pin2_required(raw: str | None) -> str:
    return numbered([
        tr(CTX, "The SIM asks for PIN2 or a special code ({raw}), which normal data use does "
           "not need.").format(raw=raw or "PIN2"),
        tr(CTX, "Restart the modem; if it persists, ask the operator."),
    ])


# --- signal and registration ------------------------------------------------------------

def no_signal() -> str:
    return numbered([
        tr(CTX, "Check that the antennas are connected (main and diversity) and screwed on."),
        tr(CTX, "Move the modem to a window or outside, away from metal and other devices; "
           "use a USB extension cable to get it higher."),
        tr(CTX, "Check the operator's coverage map for this place and the modem's bands."),
        tr(CTX, "If a phone with the same card has signal here, the modem or its antenna "
           "is the problem."),
    ])


def weak_signal(metric: str, value: float, good_from: float,
                managed: Managed | None = None) -> str:
    if managed is not None:
        watch = tr(CTX, "Watch the effect live in the app's signal graph, or with `mmcli -m "
                   "{modem} --signal-setup=5` once and then `mmcli -m {modem} --signal-get`."
                   ).format(modem=managed.modem)
    else:
        watch = tr(CTX, "Watch the effect live with `simtool watch`.")
    return numbered([
        tr(CTX, "Improve the antenna position: near a window, higher up, away from metal; "
           "an external antenna helps most."),
        tr(CTX, "Aim for {metric} {good} dBm or better (now {value} dBm); each step of "
           "10 dB is a big change.").format(metric=metric, good=f"{good_from:g}",
                                            value=f"{value:g}"),
        watch,
    ])


def _automatic_selection(managed: Managed | None) -> str:
    if managed is not None:
        return tr(CTX, "Make sure network selection is automatic (`mmcli -m {modem} "
                  "--3gpp-register-home`), not fixed to an operator that is not available "
                  "here.").format(modem=managed.modem)
    return tr(CTX, "Make sure network selection is automatic (`AT+COPS=0`), not fixed to an "
              "operator that is not available here.")


def searching(managed: Managed | None = None) -> str:
    return numbered([
        tr(CTX, "Wait two minutes: the modem may still be looking for a network."),
        _automatic_selection(managed),
        tr(CTX, "Check the signal and antennas, and that the modem supports the operator's "
           "bands and technology (LTE, LTE-M, NB-IoT)."),
    ])


def not_searching(managed: Managed | None = None) -> str:
    if managed is not None:
        first = tr(CTX, "The modem is not registered and not looking for a network: switch "
                   "network selection to automatic (`mmcli -m {modem} --3gpp-register-home`)."
                   ).format(modem=managed.modem)
    else:
        first = tr(CTX, "The modem is not registered and not looking for a network: switch "
                   "network selection to automatic (`AT+COPS=0`).")
    return numbered([first, tr(CTX, "Then run the check again.")])


def emergency_only(facts: Facts) -> str:
    return numbered([
        tr(CTX, "The network only allows emergency calls for this card: it is usually not "
           "activated, suspended or not allowed on this network."),
        *channels.account_steps(facts, tr(CTX, "Check your balance and plan with the "
                                          "operator.")),
        tell_operator(facts, tr(CTX, "the modem shows emergency calls only")),
        restart_after_fix(managed_modem(facts)),
    ])


def registration_denied(facts: Facts, cause: Cause | None, namespace: str | None,
                        number: int | None) -> str:
    """Ordered steps for a registration reject, by cause."""
    target = managed_modem(facts)
    if number is None or namespace is None:
        said = tr(CTX, "the network refused registration (no reject cause given)")
    elif cause is None:
        said = tr(CTX, "the network refused registration with {namespace} cause #{number}"
                  ).format(namespace=namespace, number=number)
    else:
        said = tr(CTX, "the network refused registration with {namespace} cause #{number}"
                  ).format(namespace=namespace, number=number) + cause.name_suffix()
    first: list[str]
    if number == 2:
        first = [tr(CTX, "The network does not know this card: it is not activated yet, or it "
                    "was cancelled (for example after a long unpaid period or a port-out)."),
                 tr(CTX, "If it is new, activate it as the operator describes (real-name "
                    "registration where required).")]
    elif number in (3, 6):
        first = [tr(CTX, "The network rejected the card or the device as illegal: the card "
                    "may be blocked (reported lost or stolen), or bound to another device "
                    "(IoT cards)."),
                 tr(CTX, "Try the card in another device to tell a blocked card from a "
                    "blocked device.")]
    elif number in (7, 8, 14):
        first = [tr(CTX, "The line is barred or not provisioned for service: suspended for "
                    "unpaid balance or a terms violation, plan expired, or never activated."),
                 *channels.account_steps(facts, tr(
                     CTX, "Check your balance and plan status (app, website or hotline) and "
                     "recharge if needed."))]
    elif number == 11 and target is not None:
        first = [tr(CTX, "This network is not allowed for the card: set network selection "
                    "to automatic (`mmcli -m {modem} --3gpp-register-home`) or choose the "
                    "home network.").format(modem=target.modem),
                 tr(CTX, "If you are abroad, roaming may not be included in the plan.")]
    elif number == 11:
        first = [tr(CTX, "This network is not allowed for the card: set network selection "
                    "to automatic (`AT+COPS=0`) or choose the home network."),
                 tr(CTX, "If you are abroad, roaming may not be included in the plan.")]
    elif number == 12:
        first = [tr(CTX, "The card may not be used in this area (region-restricted card): "
                    "use it inside the allowed area, or ask the operator to lift the "
                    "restriction.")]
    elif number == 13:
        first = [tr(CTX, "Roaming is not allowed here for this card: use the home network, "
                    "or ask the operator to enable roaming for this country."),
                 tr(CTX, "Try automatic network selection (`mmcli -m {modem} "
                    "--3gpp-register-home`) so the modem can find a partner network.").format(
                     modem=target.modem) if target is not None else
                 tr(CTX, "Try automatic network selection (`AT+COPS=0`) so the modem can "
                    "find a partner network.")]
    elif number == 15:
        first = [tr(CTX, "No cell here suits the card: the plan may not include this "
                    "technology (LTE, LTE-M, NB-IoT). Move to another place or ask the "
                    "operator what the plan covers.")]
    elif cause is not None and cause.side == "network":
        first = [tr(CTX, "The operator's network had a problem ({meaning}). Wait a few "
                    "minutes and restart the modem.").format(meaning=cause.meaning)]
    else:
        first = [tr(CTX, "The network refused the card: check your balance and plan, and that "
                    "the card is activated.")]
    return numbered([*first, tell_operator(facts, said), restart_after_fix(target)])


def roaming(operator: str | None) -> str:
    return numbered([
        tr(CTX, "The card is roaming on {operator}: check that your plan includes roaming "
           "and data roaming in this country, and the price.").format(
            operator=operator or tr(CTX, "a foreign network")),
        tr(CTX, "If the home network should be available here, select it or use automatic "
           "network selection."),
    ])


# --- APN and data ------------------------------------------------------------------------

def _manager_set_apn(target: Managed, apn: str) -> str:
    # Through ModemManager the APN that counts is the one the connection manager asks for
    # when it connects (NetworkManager's profile), not a context simtool would write.
    return tr(CTX, "Set the APN \"{apn}\" in the mobile broadband connection: in the network "
              "settings, or `nmcli connection modify NAME gsm.apn {apn}` (`nmcli connection "
              "show` lists NAME); then connect again.").format(apn=apn)


def _manager_connect(target: Managed) -> str:
    return tr(CTX, "Connect (the network menu, or `nmcli connection up NAME`) and run the "
              "check again: if the network refuses, it shows ModemManager's reason. Or let "
              "ModemManager release the modem for simtool's own connection test: {command}."
              ).format(command=_inhibit_check(target, "--connect-test"))


def apn_mismatch(configured: str, expected: Sequence[str],
                 managed: Managed | None = None) -> str:
    if managed is not None:
        first = _manager_set_apn(managed, expected[0])
        last = _manager_connect(managed)
    else:
        first = tr(CTX, "Set the operator's APN: `simtool apn --set {apn} --allow-write` (the "
                   "old value \"{configured}\" is saved; `simtool apn --undo --allow-write` "
                   "restores it).").format(apn=expected[0], configured=configured)
        last = tr(CTX, "Then run the check again, or `simtool connect-test --allow-write` to "
                  "try a data session.")
    return numbered([
        first,
        tr(CTX, "Other APNs listed for this operator: {apns}.").format(
            apns=", ".join(expected[1:])) if len(expected) > 1 else
        tr(CTX, "If your contract names a different APN (company or IoT cards often have a "
           "private one), use that instead."),
        last,
    ])


def apn_unknown(mcc: str | None, mnc: str | None, managed: Managed | None = None) -> str:
    return numbered([
        tr(CTX, "The provider database has no APN for network {mcc}/{mnc}. Look up the APN "
           "on the operator's website or contract.").format(mcc=mcc or "?", mnc=mnc or "?"),
        _manager_set_apn(managed, "APN") if managed is not None else
        tr(CTX, "Set it with `simtool apn --set NAME --allow-write`."),
    ])


def data_not_attached(facts: Facts, cause: Cause | None = None, namespace: str | None = None,
                      number: int | None = None) -> str:
    if number is not None and namespace is not None:
        said = tr(CTX, "the network refused the packet data attach with {namespace} cause "
                  "#{number}").format(namespace=namespace, number=number)
        if cause is not None:
            said += cause.name_suffix()
    else:
        said = tr(CTX, "the card registers but packet data attach (+CGATT) is refused")
    return numbered([
        tr(CTX, "The card is registered but the network does not allow data on it: data "
           "service is not included, or data was stopped (unpaid balance, plan expired, "
           "quota used up)."),
        *channels.account_steps(facts, tr(CTX, "Check your balance and data plan, and "
                                          "recharge if needed.")),
        tell_operator(facts, said),
        restart_after_fix(managed_modem(facts)),
    ])


def data_refused(facts: Facts, cause: Cause | None, namespace: str | None,
                 number: int | None, raw: str | None) -> str:
    """Ordered steps for a refused data session, by ESM/SM cause."""
    if number is not None:
        said = tr(CTX, "the network refused the data session with {namespace} cause #{number}"
                  ).format(namespace=namespace or "SM/ESM", number=number)
        if cause is not None:
            said += cause.name_suffix()
    else:
        said = tr(CTX, "the network refused the data session: \"{raw}\"").format(
            raw=raw or "?")
    target = managed_modem(facts)
    if target is not None:
        balance = tr(CTX, "Check your balance and plan: {command} asks the operator (USSD) "
                     "while ModemManager lets go of the modem, or `mmcli -m {modem} "
                     "--3gpp-ussd-initiate=CODE` with the operator's balance code; recharge "
                     "if it is used up.").format(command=_inhibit_check(target, "--balance"),
                                                 modem=target.modem)
        again = _manager_connect(target)
    else:
        balance = tr(CTX, "Check your balance and plan: `simtool balance` asks the operator "
                     "(USSD); recharge if it is used up (`simtool topup --voucher-env VAR` "
                     "enters a voucher).")
        again = tr(CTX, "Then try again with `simtool connect-test --allow-write`.")
    account = channels.account_steps(facts, balance)
    steps: list[str]
    if number == 8:
        steps = [tr(CTX, "The operator has barred data on this line: usually suspended for "
                    "unpaid balance, an expired plan, or a terms violation."),
                 *account, tell_operator(facts, said), restart_after_fix(target)]
    elif number == 27:
        if target is not None:
            first = [tr(CTX, "The APN is wrong or unknown to the operator (see the APN "
                        "check)."),
                     _manager_set_apn(target, (facts.apn.expected or ["APN"])[0])]
        else:
            first = [tr(CTX, "The APN is wrong or unknown to the operator: set the operator's "
                        "APN with `simtool apn --set NAME --allow-write` (see the APN "
                        "check).")]
        steps = [*first,
                 again,
                 tr(CTX, "If the APN is right, ask the operator whether it is enabled for "
                    "this card; tell them: {identity}, {what}.").format(
                     identity=card_identity(facts), what=said)]
    elif number == 29:
        steps = [tr(CTX, "The APN username, password or authentication type was refused: "
                    "copy them exactly from the operator's settings, or clear them if the "
                    "operator needs none."),
                 tr(CTX, "Check the APN too: some operators answer a wrong APN with this "
                    "cause."),
                 tell_operator(facts, said)]
    elif number == 33:
        apn = facts.apn
        apn_ok = apn.configured is not None and apn.configured.lower() in (
            e.lower() for e in apn.expected)
        plan = tr(CTX, "The plan does not allow data now: no data plan, plan expired, or data "
                  "quota used up and suspended.")
        if apn_ok:
            steps = [tr(CTX, "The APN \"{apn}\" is the operator's, so the cause is the plan. "
                        "{plan}").format(apn=apn.configured, plan=plan),
                     *account, tell_operator(facts, said)]
        else:
            steps = [tr(CTX, "First check the APN: a wrong APN is also answered with cause "
                        "#33."),
                     tr(CTX, "If the APN is right, the plan does not allow data now: no data "
                        "plan, plan expired, or data quota used up and suspended."),
                     *account, tell_operator(facts, said)]
    elif number in (50, 51, 57, 28):
        steps = [tr(CTX, "Change the PDP type of the data context as the cause says "
                    "({meaning}).").format(meaning=cause.meaning if cause else said),
                 again]
    elif cause is not None and cause.side == "network" and target is not None:
        steps = [tr(CTX, "The operator's network refused the session for now ({meaning}). "
                    "Wait a few minutes and connect again.").format(meaning=cause.meaning),
                 tell_operator(facts, said)]
    elif cause is not None and cause.side == "network":
        steps = [tr(CTX, "The operator's network refused the session for now ({meaning}). "
                    "Wait a few minutes and try again with `simtool connect-test "
                    "--allow-write`.").format(meaning=cause.meaning),
                 tell_operator(facts, said)]
    else:
        steps = [tr(CTX, "Check the APN and its username/password, then your balance and "
                    "data plan."),
                 again if target is not None else
                 tr(CTX, "Try again with `simtool connect-test --allow-write`."),
                 tell_operator(facts, said)]
    return numbered(steps)


def after_change() -> str:
    """After a fix (APN, radio...), before the modem tried a data session again."""
    return numbered([
        tr(CTX, "Test the connection: `simtool connect-test --allow-write` opens a data "
           "session once and shows whether the network accepts it now."),
        tr(CTX, "Or restart the modem (`simtool radio off --allow-write` then `simtool radio "
           "on --allow-write`): it connects again with the new settings."),
        tr(CTX, "If it still fails, the check then shows the new error: that one is "
           "today's cause."),
    ])


def no_session(managed: Managed | None = None) -> str:
    if managed is not None:
        return numbered([
            tr(CTX, "ModemManager has no data connection up. Connect (the network menu, or "
               "`nmcli connection up NAME`) and run the check again: if the network refuses, "
               "it shows ModemManager's reason."),
            tr(CTX, "For simtool's own connection test, let ModemManager release the modem: "
               "{command}.").format(command=_inhibit_check(managed, "--connect-test")),
        ])
    return numbered([
        tr(CTX, "Run `simtool connect-test --allow-write` to open a data session once and see "
           "whether the network accepts it."),
        tr(CTX, "If it works there, the computer is not starting the connection: check its "
           "mobile-data settings (NetworkManager, Windows mobile settings, router)."),
    ])


# --- a blocked data path (issue 15) --------------------------------------------------------

def account_steps(facts: Facts, balance: str | None, topup: str | None) -> list[str]:
    """How to check and top up this card's account. The one place these steps are built
    for a blocked card: per-operator recharge channels (apps, SMS codes, websites) belong
    here. `balance`/`topup`: the provider database's USSD codes, when it has them."""
    if balance:
        steps = [tr(CTX, "Check the balance: dial {code} from a phone with this card, or run "
                    "`simtool balance` (it asks the operator by USSD).").format(code=balance)]
    else:
        steps = [tr(CTX, "Check the balance and the plan in the operator's app, on its "
                    "website or at its hotline (`simtool balance --code CODE` asks by USSD "
                    "when you know the code).")]
    if topup:
        steps.append(tr(CTX, "Top up or renew the plan: in the operator's app, or with a "
                        "voucher (`simtool topup --voucher-env VAR` dials {code}).").format(
            code=topup))
    else:
        steps.append(tr(CTX, "Top up or renew the plan in the operator's app, on its website "
                        "or in a shop."))
    return steps


def blocked_data(facts: Facts, outcome: str | None, location: str | None,
                 notice_text: str | None, moved: str | None,
                 balance: str | None, topup: str | None) -> str:
    """The operator stops this card's data although its session is up (a redirect or
    nothing passing): what it usually means, the account steps, the evidence, the call."""
    if outcome == "redirected":
        said = tr(CTX, "the card registers and its data session is up, but web pages are "
                  "redirected to {host}").format(host=location or tr(CTX, "another page"))
        first = tr(CTX, "Web pages are redirected to {host} (the operator's page): the "
                   "operator has stopped this card's data, usually for arrears, a used-up "
                   "data quota or an expired plan.").format(
            host=location or tr(CTX, "another page"))
    else:
        said = tr(CTX, "the card registers and its data session is up, but no traffic passes")
        first = tr(CTX, "The data session is up but no traffic passes: the operator has "
                   "stopped this card's data, usually for arrears, a used-up data quota or "
                   "an expired plan.")
    steps = [first]
    if moved:
        steps.append(tr(CTX, "{moved} IoT cards are often bound to the first device they are "
                        "used in (机卡绑定) and blocked when moved: put the card back in that "
                        "device, or ask the seller or operator to unbind it.").format(
            moved=moved))
    steps += account_steps(facts, balance, topup)
    if notice_text:
        steps.append(notice_text)
    steps.append(tell_operator(facts, said))
    steps.append(tr(CTX, "After paying, restart the modem if data still does not pass "
                    "(unplug it, or `simtool radio off --allow-write` then `simtool radio on "
                    "--allow-write`)."))
    return numbered(steps)


def names_fail() -> str:
    return numbered([
        tr(CTX, "Addresses answer but names do not resolve: the operator's DNS servers fail "
           "for this card, or it only lets its own pages through."),
        tr(CTX, "Restart the modem and test again (`simtool check --data-test "
           "--allow-write`)."),
        tr(CTX, "If it persists, use other DNS servers on the computer or router, and tell "
           "the operator."),
    ])


def limited_data(facts: Facts) -> str:
    return numbered([
        tr(CTX, "Some traffic passes (ping) but web pages do not: the card may only reach "
           "the addresses its plan allows (定向流量, a whitelist), or the account is "
           "restricted."),
        tr(CTX, "Check what the plan includes (directed-traffic cards only work with the "
           "apps or servers named in the contract)."),
        tell_operator(facts, tr(CTX, "the data session is up and ping works, but web pages "
                                "do not load")),
    ])


def untested_data_path() -> str:
    return numbered([
        tr(CTX, "Test whether traffic passes: `simtool check --data-test --allow-write` (it "
           "opens a data session for the test if none is up, and closes what it opened)."),
        tr(CTX, "Or open a web page through this connection."),
    ])


# --- sticks and routers read through their web API ----------------------------------------

def web_port_problem(kind: str | None) -> str:
    """A stick or router whose web API could not be used."""
    if kind == "login":
        return port_problem("login")
    if kind == "silent":
        steps = [tr(CTX, "The device did not answer in time: it may be starting or busy. Wait "
                    "a minute and run the check again (more time: `--timeout 30`).")]
    elif kind == "not-found":
        steps = [tr(CTX, "Check that the stick or router is plugged in (its light is on) and "
                    "that this computer is connected to it (its network adapter or Wi-Fi)."),
                 tr(CTX, "Run `simtool ports`: it lists the sticks and routers it finds on this "
                    "computer's network adapters.")]
    else:
        steps = [tr(CTX, "Check the address: hilink://HOST is for Huawei HiLink devices, "
                    "zte://HOST for ZTE ones; open http://HOST in a browser to see the "
                    "device's own page."),
                 tr(CTX, "Restart the device (unplug it for 10 seconds) and run the check "
                    "again.")]
    return numbered(steps)


def device_pin(retries: int | None) -> str:
    steps = [tr(CTX, "Enter the SIM PIN on the device's web page (it asks for it when you "
                "open the page). Never guess: wrong PINs lock the card."),
             tr(CTX, "The PIN is in the documents that came with the SIM (the card holder).")]
    if retries is not None and retries <= 1:
        steps.insert(0, tr(CTX, "Only {retries} attempt left: one more wrong PIN locks the card "
                           "with the PUK.").format(retries=retries))
    return numbered(steps)


def device_puk(facts: Facts, retries: int | None) -> str:
    steps = [tr(CTX, "Do not guess: after 10 wrong PUKs the card is destroyed for good."),
             tr(CTX, "Find the PUK on the plastic card holder the SIM came in, or get it from "
                "the operator, and enter it on the device's web page with a new PIN.")]
    if retries is not None:
        steps.append(tr(CTX, "{retries} PUK attempts are left.").format(retries=retries))
    steps.append(tell_operator(facts, tr(CTX, "the SIM asks for the PUK")))
    return numbered(steps)


def device_apn(configured: str, expected: Sequence[str]) -> str:
    return numbered([
        tr(CTX, "The device dials with the APN \"{configured}\"; the operator's is "
           "\"{apn}\". `simtool profile` lists the device's APN profiles; pick the right one "
           "with `simtool profile --select N --allow-write`, or create one on the device's "
           "web page.").format(configured=configured, apn=expected[0]),
        tr(CTX, "Then run the check again."),
    ])


def device_airplane_mode() -> str:
    return numbered([
        tr(CTX, "The device is in airplane mode: switch it off on the device's web page "
           "(Settings) or with its button, then run the check again."),
    ])


def device_data_switch_off() -> str:
    return numbered([
        tr(CTX, "Switch mobile data on: `simtool data on --allow-write`, or with the switch on "
           "the device's web page."),
        tr(CTX, "Then run the check again."),
    ])


def device_data_limit() -> str:
    return numbered([
        tr(CTX, "This is the device's own counter and limit (set on its web page under "
           "statistics), not your operator's data quota: your plan may still have data."),
        tr(CTX, "Raise or switch off the monthly limit on the device's web page, or reset its "
           "statistics; then connect again (`simtool data on --allow-write`)."),
        tr(CTX, "If the operator's quota is used up too, `simtool balance` asks the operator."),
    ])


def device_connection_failed(facts: Facts, code: str) -> str:
    said = tr(CTX, "the device's connection fails with its code {code}").format(code=code)
    return numbered([
        tr(CTX, "Check the APN profile the device uses (`simtool profile` lists them) against "
           "the operator's settings."),
        tr(CTX, "Check your balance and data plan (`simtool balance`), and that data service "
           "is enabled for this card."),
        tell_operator(facts, said),
    ])


def device_not_connected(text: str) -> str:
    steps = [tr(CTX, "Connect on the device's web page, or switch its connection mode to "
                "automatic there."),
             tr(CTX, "Check that mobile data is on: `simtool data on --allow-write`.")]
    if text:
        steps.insert(0, tr(CTX, "The device says: \"{text}\"").format(text=text))
    return numbered(steps)


def device_login_for(url: str | None) -> str:
    return numbered([
        tr(CTX, "Run the check again with the device's admin password: "
           "`SIMTOOL_PASSWORD=... simtool check --port {url} --password-env SIMTOOL_PASSWORD` "
           "(one attempt; never stored).").format(url=url or "URL"),
    ])


# --- manual items -------------------------------------------------------------------------

def manual(item: str, facts: Facts) -> str:
    if item == "other-device":
        return numbered([
            tr(CTX, "The card fails in another device too: the card or the account is the "
               "problem, not this modem."),
            tr(CTX, "Check your balance and plan."),
            tell_operator(facts, tr(CTX, "the card has no service in two different devices")),
        ])
    if item == "power":
        return numbered([
            tr(CTX, "Use a powered USB hub or a stronger power supply: modems draw up to 2 A "
               "when they transmit and reset when the voltage drops."),
        ])
    if item == "firmware":
        return numbered([
            tr(CTX, "Install the modem's pending firmware update from its vendor, then run "
               "the check again."),
        ])
    return numbered([
        tr(CTX, "Enable mobile data on this computer (NetworkManager, Windows \"Cellular\" "
           "settings, or the router's WAN settings) and connect."),
    ])


# Subcommands that talk to a modem take --port; a remedy's command should work as copied.
_PORT_COMMAND = re.compile(
    r"`simtool (?:radio|unlock|apn|connect-test|balance|topup|watch|ussd|data|profile|"
    r"check)\b"
    r"(?P<rest>[^`]*)`")


def with_port(text: str | None, url: str | None) -> str | None:
    """Add `--port URL` to every simtool command quoted in `text` that needs one."""
    if not text or not url or url.startswith("replay://"):
        return text
    port = shlex.quote(url)

    def add(match: re.Match[str]) -> str:
        command = match.group(0)[:-1]
        return match.group(0) if " --port " in command else f"{command} --port {port}`"

    return _PORT_COMMAND.sub(add, text)
