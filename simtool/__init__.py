"""simtool: find out why a SIM card or cellular modem gives no service."""

__version__ = "0.1.0"
APP_NAME = "simtool"
APP_ID = "io.github.simtool.Simtool"
SETTINGS_FILE = "gui.json"    # the app's settings, in the config dir; the CLI reads its language
