"""HipFlex Desktop: a guided hip-flexor strengthening session for runners."""

__version__ = "0.1.0"
APP_NAME = "HipFlex Desktop"
APP_ID = "hipflex-desktop"
