"""Merging another catalogue in (``Datei → Katalog zusammenführen …``) and the conflict
queue (``Ansicht → Konflikte``)."""
