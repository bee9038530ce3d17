"""`simtool history`: the cards earlier checks on this computer saw, by ICCID, with the
devices (IMEIs) each was in and when it last worked; `--clear` forgets them all and deletes
the saved reports. Checks use this history to say that a card moved to another device and
to fill in when it last worked (`simtool check --no-history` leaves it alone)."""

from __future__ import annotations

import argparse
import json
import sys

from simtool.cli import ExitCode
from simtool.i18n import tr


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--clear", action="store_true",
                        help="forget every card and delete the saved reports")
    parser.add_argument("--json", action="store_true", help="print the history as JSON")
    parser.add_argument("--redact", action="store_true",
                        help="mask ICCIDs and IMEIs (keeps the last 4 digits)")


def _when(value: str | None) -> str:
    return (value or "-").replace("T", " ").replace("Z", " UTC")


def run(args: argparse.Namespace) -> int:
    from simtool.report.history import cards_path, clear_history, load_cards
    from simtool.report.redact import mask

    if args.clear:
        forgotten, reports = clear_history()
        print(tr("Cli", "Forgot {cards} card(s) and deleted {reports} saved report(s).").format(
            cards=forgotten, reports=reports))
        return ExitCode.OK
    cards = load_cards()

    def shown(value: str | None) -> str:
        return mask(value) if args.redact and value else (value or "-")

    if args.json:
        data = {shown(iccid): {**card, "devices": {shown(imei): device for imei, device
                                                   in (card.get("devices") or {}).items()},
                               "last_passed_imei": shown(card.get("last_passed_imei"))}
                for iccid, card in cards.items()}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
        print()
        return ExitCode.OK
    if not cards:
        print(tr("Cli", "No card history yet: every `simtool check` adds its card ({path})."
                 ).format(path=cards_path()))
        return ExitCode.OK
    for iccid, card in sorted(cards.items(), key=lambda item: item[1].get("last_seen") or "",
                              reverse=True):
        print(tr("Cli", "Card {iccid}: first seen {first}, last seen {last}, last worked "
                 "{worked}").format(iccid=shown(iccid), first=_when(card.get("first_seen")),
                                    last=_when(card.get("last_seen")),
                                    worked=_when(card.get("last_passed"))))
        for imei, device in sorted((card.get("devices") or {}).items(),
                                   key=lambda item: item[1].get("last_seen") or "",
                                   reverse=True):
            print("  " + tr("Cli", "in IMEI {imei}: {first} to {last}, last worked there "
                            "{worked}").format(imei=shown(imei or None),
                                               first=_when(device.get("first_seen")),
                                               last=_when(device.get("last_seen")),
                                               worked=_when(device.get("last_passed"))))
    return ExitCode.OK
