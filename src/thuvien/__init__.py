"""thuvien: an open-source document library portal for Vietnamese documents."""

__version__ = "0.1.0"
