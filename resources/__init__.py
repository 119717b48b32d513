"""Shipped data files, installed as the package ``hipflex_desktop._resources``."""
