"""Build hook: the source archive (sdist) carries the man page and the shell completions,
generated from the argument parser at build time (packaging/cli_docs.py) into
packaging/cli/. Everything else about the build is in pyproject.toml."""

from __future__ import annotations

import os
import subprocess
import sys

from setuptools import setup
from setuptools.command.sdist import sdist


class SdistWithCliDocs(sdist):
    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        out = os.path.join(base_dir, "packaging", "cli")
        subprocess.run([sys.executable, os.path.join("packaging", "cli_docs.py"), "--out", out],
                       check=True, stdout=subprocess.DEVNULL)


setup(cmdclass={"sdist": SdistWithCliDocs})
