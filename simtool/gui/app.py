"""Start the desktop app: QApplication, translations, the crash hook, the main window.

`main()` is the `simtool-gui` entry point; `run_gui()` is what `simtool gui` calls.
Heavy modules (the report renderers, the checklist) are imported only when first needed.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import traceback
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from simtool import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1200, 780)
SCREENSHOT_TIMEOUT_MS = 120_000


class ExceptionRelay(QObject):
    """Hands uncaught exceptions from any thread to the GUI thread, which shows the dialog."""

    raised = Signal(str, str)              # summary, details

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.raised.connect(self._show)
        self.parent_widget: QWidget | None = None
        self.last: tuple[str, str] | None = None

    def hook(self, kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("uncaught exception\n%s", details)
        # Emitting from a worker thread queues the call into the GUI thread.
        self.raised.emit(f"{kind.__name__}: {value}", details)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        from simtool.gui.dialogs import ErrorDialog

        self.last = (summary, details)
        ErrorDialog.show_error(self.parent_widget, summary, details)

    def install(self) -> None:
        sys.excepthook = self.hook
        threading.excepthook = self.thread_hook


def _translation_dirs() -> list[Path]:
    base = resources.files("simtool")
    return [Path(str(base / "data" / "translations")),
            Path(str(base / "resources" / "translations"))]


def _qt_translation_dirs() -> list[str]:
    """Where Qt's own catalogues may be: Qt's configured folder, then the PySide6 package's
    (a frozen bundle or a relocated install may answer the first one wrongly)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        folders.append(str(Path(PySide6.__file__).parent / "Qt" / "translations"))
    except (ImportError, TypeError):
        pass
    return folders


def install_translators(app: QApplication, language: str | None) -> str:
    """Load Qt's own and simtool's catalogues for `language` (None = system locale)."""
    from simtool.i18n import set_language

    lang = set_language(language or QLocale.system().name())
    app.setProperty("simtool_language", lang)
    # Numbers, dates and Qt's own dialogs (file chooser, message boxes) follow it too.
    QLocale.setDefault(QLocale(lang if lang != "en" else "en_US"))
    if lang == "en":
        return lang
    qt_translator = QTranslator(app)
    if any(qt_translator.load(f"qtbase_{lang}", folder) for folder in _qt_translation_dirs()):
        app.installTranslator(qt_translator)
    else:
        log.warning("Qt's own %s catalogue (qtbase_%s.qm) was not found: its standard "
                    "dialogs stay in English", lang, lang)
    for folder in _translation_dirs():
        translator = QTranslator(app)
        if translator.load(f"simtool_{lang}", str(folder)):
            app.installTranslator(translator)
            break
    return lang


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv or [sys.argv[0]]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("simtool")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def run_gui(url: str | None = None, screenshot: str | None = None,
            language: str | None = None) -> int:
    from simtool.gui.main_window import MainWindow
    from simtool.gui.settings import Settings

    app = create_app()
    settings = Settings.load()
    install_translators(app, language or settings.language)
    relay = ExceptionRelay(app)
    relay.install()
    if screenshot:
        settings.geometry = None          # same size every time, whatever the user has
        settings.persistent = False       # and the user's settings file stays as it is
    window = MainWindow(settings)
    relay.parent_widget = window
    # However the app ends (window closed, Ctrl+C, session logout), the port closes in its
    # own thread before Qt tears the thread down.
    app.aboutToQuit.connect(window.controller.shutdown)
    if screenshot:
        window.resize(*SCREENSHOT_SIZE)
        window.fit_on_screen()
        return _screenshot(app, window, url, screenshot)
    window.show()
    window.start(url)
    return app.exec()


def _screenshot(app: QApplication, window: QWidget, url: str | None, path: str) -> int:
    """Run the check, render the window with the result to `path`, quit."""
    from simtool.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    outcome = {"code": 2, "saved": 0}

    def save() -> None:
        if outcome["saved"]:
            return
        outcome["saved"] = 1
        window.grab().save(path)
        outcome["code"] = 0 if Path(path).exists() else 2
        window.close()
        app.quit()

    def shown(_report: object) -> None:
        # Let the layout settle (word-wrapped labels, status colours) before grabbing.
        QTimer.singleShot(300, save)

    window.report_shown.connect(shown)
    window.controller.open_failed.connect(lambda *_: QTimer.singleShot(300, save))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, save)
    window.show()
    if url:
        window.start(url)
    else:
        window.refresh_ports()
        QTimer.singleShot(1500, save)
    app.exec()
    return outcome["code"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="simtool-gui", description="simtool desktop app")
    parser.add_argument("--port", metavar="URL", help="check this port right away")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="run the check, save the window as PNG to FILE and exit")
    parser.add_argument("--lang", metavar="LANG", help="en or zh_CN (default: system)")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    return run_gui(args.port, args.screenshot, args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
