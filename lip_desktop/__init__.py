"""LIP Desktop: catalogues of the expert groups of the Local Integration Plan."""

__version__ = "0.1.0"
