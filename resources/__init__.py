"""Package data: icons, translations and the provider database copy (simtool.resources)."""
