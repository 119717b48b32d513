"""Qt helpers shared by the cues and the window: below both, above the Qt-free core."""
