"""vendors layer of simtool (see DESIGN: layers)."""
