"""In Chinese, the app shows no English words except what is not language (issue 16, item
7: graph markers "home", "SIM 卡现在：ready", saved reports "ok: ...", English cause names
inside Chinese sentences). Every scenario is checked in zh_CN and every screen state looked
at: labels, buttons, tabs, group titles, the step list, the contact page, menus, the status
bar and the window title. Latin words are allowed only when they are AT commands and
3GPP/IT terms, units, keys, or names: the modem's own words (model, operator name, APN,
port URL, its raw replies), simtool's name and the simulated scenarios' names."""

from __future__ import annotations

import re

import pytest
from app_walk import language, window_states
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from simtool.gui.ports import SCENARIOS
from simtool.report.model import Report

# Words of two letters or more (an accelerator "(&F)" or a key "F5" is not a word).
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")

# Not language: terms that stay Latin in Chinese text too.
TERMS = {
    # AT commands and their results (+CFUN, AT+COPS=0, OK, ERROR, +CME ERROR)
    "AT", "OK", "ERROR", "CME", "CMS", "CFUN", "CEER", "CGATT", "CEREG", "CGREG", "CREG",
    "C5GREG", "COPS", "CGDCONT", "CGAUTH", "CGACT", "CPIN", "CSQ", "CESQ", "CIMI", "CCID",
    "CGSN", "CUSD", "CMGF", "CMEE", "READY", "RDY", "stat",
    # 3GPP, radio and IT terms
    "SIM", "eSIM", "PIN", "PUK", "PIN2", "PUK2", "APN", "ICCID", "IMSI", "IMEI", "EID", "USB",
    "LTE", "GSM", "UMTS", "NR", "NB-IoT", "LTE-M", "IoT", "RSRP", "RSRQ", "SINR", "RSCP", "RSSI",
    "BER", "ESM", "EMM", "GMM", "MM", "SM", "GS", "PDP", "PDN", "IP", "IPv",
    "USSD", "SMS", "PAP", "CHAP", "PPP", "GPS", "DIAG", "URC", "MCC", "MNC", "PLMN", "CS",
    "PS", "EPS", "AcT", "HiLink", "CD-ROM", "UI", "ID", "UTC", "CSV", "PDF", "JSON", "HTML",
    "Markdown", "MD", "TXT", "ZIP", "URL", "WCDMA", "EDGE", "HSPA", "HSDPA", "HSUPA",
    "LAC", "TAC", "CI", "EN-DC", "NG-RAN", "GSM-Compact", "Compact",
    # units and keys
    "dBm", "dB", "ms", "min", "MHz", "Enter", "Esc", "Tab", "Shift", "Ctrl", "Alt", "Up",
    "Down",
    # names
    "simtool", "App", "English", "Linux", "Windows", "NetworkManager", "ModemManager", "Qt",
    "GNOME", "Debian", "mobile-broadband-provider-info", "GNU", "GPL",
}


def texts_on_screen(window: QMainWindow) -> list[str]:
    """Everything a user reads in the window now (not what they typed in)."""
    out = [window.windowTitle(), window.statusBar().currentMessage()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            out.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            out.append(widget.text())
        elif isinstance(widget, QGroupBox):
            out.append(widget.title())
        elif isinstance(widget, QTabBar):
            out += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget) and widget is not window.reports_list:
            out += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QPlainTextEdit) and widget is not window.console.log:
            out.append(widget.toPlainText())
        elif isinstance(widget, QTextBrowser):
            out.append(widget.toPlainText())
        elif isinstance(widget, QComboBox) and widget is window.scenario_combo:
            out += [widget.itemText(i) for i in range(widget.count())]
    for menu_action in window.menuBar().actions():
        out.append(menu_action.text())
        menu = menu_action.menu()
        if menu is not None:
            out += [a.text() for a in menu.actions()]
    return out


def names_of(report: Report | None) -> set[str]:
    """The modem's own words in `report`: names and values, not language."""
    if report is None:
        return set()
    f = report.facts
    values = [f.modem.manufacturer, f.modem.model, f.modem.revision, f.operator.name,
              f.apn.configured, f.apn.provider, *f.apn.expected, f.port.url, f.port.device,
              f.port.description, f.sim.raw, f.packet.last_error.text,
              *(c.apn for c in f.packet.contexts)]
    if f.account is not None:
        values += [f.account.text, f.account.code_used]
    # The operator's SMS notices are quoted as the operator wrote them (issue 15).
    values += [n.text for n in f.notices] + [n.sender for n in f.notices]
    if f.sim.imsi:
        # The words the operator's SMS queries are: what to send, not language ("CXYE").
        from simtool.providers import database, operators

        providers = database.lookup_imsi(f.sim.imsi)
        values += [q.text for q in (operators.balance_query(providers),
                                    operators.data_query(providers)) if q is not None]
    return {w for v in values if v for w in LATIN_WORD.findall(v)}


def foreign_words(texts: list[str], allowed: set[str]) -> set[str]:
    words = set()
    for text in texts:
        # URLs and file names are data: sim://wrong-apn?latency=0, report.json
        text = re.sub(r"\b[a-z]+://\S+|\S+\.(?:json|pdf|zip|csv|md|html|txt)\b|(?<![\w:/])/[\w./-]+",
                      " ", text)
        text = re.sub(r"[+^][A-Z0-9]+(?![a-z])", " ", text)  # AT commands: +C5GREG, ^HCSQ
        text = re.sub(r"\(&\w\)|&(?=\w)", "", text)      # accelerators: 检查(&C), &Check
        words |= {w for w in LATIN_WORD.findall(text)
                  if w not in allowed and w.upper() not in allowed}
    return words


@pytest.mark.slow
def test_every_scenario_in_chinese_shows_no_english_words(qtbot):
    from simtool.gui.main_window import MainWindow
    from simtool.gui.settings import Settings

    scenario_words = {w for name in SCENARIOS for w in LATIN_WORD.findall(name)}
    with language("zh_CN"):
        window = MainWindow(Settings(), poll_interval_ms=3_600_000)
        qtbot.addWidget(window)
        window.resize(1100, 720)
        window.show()
        found: dict[str, set[str]] = {}
        for state in window_states(qtbot, window):
            allowed = TERMS | scenario_words | names_of(window.report)
            words = foreign_words(texts_on_screen(window), allowed)
            if words:
                found[state] = words
        window.close()
    # One line per word, with the first state it showed up in, for a readable failure.
    first_seen: dict[str, str] = {}
    for state, words in found.items():
        for word in sorted(words):
            first_seen.setdefault(word, state)
    assert first_seen == {}


def test_the_allow_list_is_not_a_loophole():
    assert foreign_words(["网络拒绝了注册（EMM 原因 #13）：roaming not allowed"], TERMS) == {
        "roaming", "not", "allowed"}
    assert foreign_words(["端口 sim://wrong-apn?latency=0 响应 AT 命令"], TERMS) == set()


def dialog_texts(dialog: QWidget) -> list[str]:
    out = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel):
            out.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            out.append(widget.text())
        elif isinstance(widget, QGroupBox):
            out.append(widget.title())
        elif isinstance(widget, QTextBrowser):
            out.append(widget.toPlainText())
    return out


def test_every_dialog_in_chinese_shows_no_english_words(qtbot):
    from app_walk import dialogs
    from PySide6.QtWidgets import QFileDialog

    with language("zh_CN"):
        found = {}
        for name, dialog in dialogs():
            qtbot.addWidget(dialog)
            dialog.show()
            # What walk.dialogs() gives them as data: network and provider names, the
            # top-up code's CODE placeholder, an error's own text.
            data = {"CMCC", "UNICOM", "CHN-UNICOM", "Vodafone", "China", "Mobile", "CODE",
                    "RuntimeError", "boom"}
            words = foreign_words(dialog_texts(dialog), TERMS | data)
            if words:
                found[name] = words
            dialog.close()
        # Qt's own file chooser (what Export and Open use where the desktop has no native
        # one): its labels come from Qt's catalogue, loaded at start-up.
        chooser = QFileDialog(None, "", "", "")
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(chooser)
        chooser.show()
        words = foreign_words(dialog_texts(chooser), TERMS)
        if words:
            found["file chooser"] = words
        chooser.close()
    assert found == {}
