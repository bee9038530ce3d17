"""`python -m simtool` runs the command line."""

from simtool.cli import run

run()
