"""`python -m simtool` runs the command line."""

import sys

from simtool.cli import main

sys.exit(main())
