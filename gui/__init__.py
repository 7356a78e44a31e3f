"""Parley's window (Qt only). It reaches the core through gui.tasks, never on the GUI thread."""
