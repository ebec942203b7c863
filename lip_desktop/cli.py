"""The ``lip-desktop`` command line: the same services the desktop app calls.

Exit codes: 0 done, 1 refused or failed (a German message on stderr), 2 wrong usage.
A Python traceback never reaches the user; unexpected errors go to the log file.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from lip_desktop.model import crashlog, enums

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class _GermanParser(argparse.ArgumentParser):
    """argparse with German usage errors and exit code 2."""

    def error(self, message: str) -> NoReturn:
        translated = (message.replace("the following arguments are required",
                                      "es fehlen die Angaben")
                      .replace("unrecognized arguments", "unbekannte Angaben")
                      .replace("invalid choice", "unbekannter Befehl")
                      .replace("argument", "Angabe"))
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: Fehler: {translated}\n")


def _katalog(text: str) -> Path | str:
    """A catalogue file, or a server catalogue's ``postgresql://`` address (kept as text:
    a path would fold its ``//``)."""
    from lip_desktop.model.location import is_server_address  # noqa: PLC0415

    return text.strip() if is_server_address(text) else Path(text)


def _on_file(catalogue: Path | str) -> list[Path]:
    """The catalogue file an output must not overwrite (none for a server catalogue)."""
    return [catalogue] if isinstance(catalogue, Path) else []


def _no_server_backups(catalogue: Path | str) -> None:
    """Backups of a server catalogue are the database's: refused with the way to a copy."""
    if isinstance(catalogue, str):
        from lip_desktop.model.errors import LipError  # noqa: PLC0415
        from lip_desktop.model.server import ServerAddress  # noqa: PLC0415

        raise LipError("server_backup", path=ServerAddress.parse(catalogue).display)


def _parser(*, only_open: bool = False) -> argparse.ArgumentParser:
    """The whole command line; ``only_open``: just the ``open`` command, for a window's
    start (the other thirty commands cost about 17 ms before the first paint, and a
    command line that starts with ``open`` parses the same without them)."""
    p = _GermanParser(
        prog="lip-desktop",
        description="LIP Desktop – Kataloge der Expert*innengruppen des Lokalen "
                    "Integrationsplans bearbeiten. Ohne Befehl öffnet sich das Programm.",
        add_help=True)
    sub = p.add_subparsers(dest="command", metavar="BEFEHL")

    o = sub.add_parser("open", help="Katalog im Programm öffnen (auch ohne Befehl: "
                                    "lip-desktop KATALOG)")
    o.add_argument("paths", nargs="*", type=_katalog, metavar="KATALOG",
                   help="mehrere Angaben: der erste wird geöffnet")
    o.add_argument("--demo", action="store_true",
                   help="den Demo-Katalog öffnen (wird beim ersten Mal angelegt)")
    if only_open:
        return p

    n = sub.add_parser("new", help="neuen Katalog mit den sieben Handlungsfeldern anlegen")
    n.add_argument("path", type=_katalog, metavar="KATALOG")
    n.add_argument("--title", default=None, help="Titel des Katalogs")

    d = sub.add_parser("demo", help="Demo-Katalog mit Beispielinhalten anlegen")
    d.add_argument("path", type=_katalog, metavar="KATALOG")

    i = sub.add_parser("import-json", help="Austauschdatei (JSON) einlesen; legt den Katalog "
                                           "an, wenn es ihn noch nicht gibt")
    i.add_argument("path", type=_katalog, metavar="KATALOG")
    i.add_argument("file", type=Path, metavar="DATEI")

    si = sub.add_parser("server-init", help="leere PostgreSQL-Datenbank für Kataloge "
                                           "einrichten (Passwort über PGPASSWORD oder .pgpass)")
    si.add_argument("url", metavar="URL", help="postgresql://BENUTZER@RECHNER:PORT/DATENBANK")

    sg = sub.add_parser("server-grant", help="einer vorhandenen PostgreSQL-Anmeldung Rechte im "
                                             "Katalog geben (nur der Eigentümer der Datenbank)")
    sg.add_argument("url", metavar="URL", help="postgresql://BENUTZER@RECHNER:PORT/DATENBANK")
    sg.add_argument("login", metavar="LOGIN", help="die Anmeldung (legt die IT an)")
    sg.add_argument("--role", required=True, metavar="ROLLE",
                    help="lead (Projektleitung), facilitator (Moderation), steering "
                         "(Lenkungsgruppe) oder reader (Lesezugriff)")
    sg.add_argument("--field", action="append", default=[], metavar="KÜRZEL",
                    help="Handlungsfeld der Moderation (mehrfach möglich)")

    sr = sub.add_parser("server-rights", help="vergebene Rechte eines Server-Katalogs zeigen")
    sr.add_argument("url", metavar="URL", help="postgresql://BENUTZER@RECHNER:PORT/DATENBANK")

    e = sub.add_parser("export-json", help="Katalog als Austauschdatei (JSON) schreiben")
    e.add_argument("path", type=_katalog, metavar="KATALOG")
    e.add_argument("file", type=Path, metavar="DATEI")

    c = sub.add_parser("check", help="Katalog prüfen: Integrität, Begriffe, Lücken")
    c.add_argument("path", type=_katalog, metavar="KATALOG")

    b = sub.add_parser("backups", help="Sicherungen eines Katalogs auflisten")
    b.add_argument("path", type=_katalog, metavar="KATALOG")

    r = sub.add_parser("restore", help="Katalog aus einer Sicherung wiederherstellen "
                                       "(ohne Angabe: die neueste gültige)")
    r.add_argument("path", type=_katalog, metavar="KATALOG")
    r.add_argument("backup", nargs="?", type=Path, metavar="SICHERUNG")

    w = sub.add_parser("export-word", help="Word-Entwurf des Plans schreiben (.docx)")
    w.add_argument("path", type=_katalog, metavar="KATALOG")
    w.add_argument("out", type=Path, metavar="AUSGABE.docx")
    w.add_argument("--field", default=None, metavar="KÜRZEL", help="nur ein Handlungsfeld")
    w.add_argument("--public", action="store_true",
                   help="Entwurf für die öffentliche Beteiligung: ohne abgelehnte und "
                        "zurückgestellte Maßnahmen, Positionen und Abstimmungen")
    w.add_argument("--without-rejected", action="store_true",
                   help="abgelehnte und zurückgestellte Maßnahmen weglassen")
    w.add_argument("--without-negotiation", action="store_true",
                   help="Positionen, Kompromisse und Abstimmungen weglassen")
    w.add_argument("--participation", action="store_true",
                   help="je Maßnahme angeben, wie viele Beiträge aus der Bürgerbeteiligung "
                        "in sie eingeflossen sind")
    version = w.add_mutually_exclusive_group()
    version.add_argument("--next-version", action="store_true",
                         help="Entwurfsversion um eins erhöhen")
    version.add_argument("--version", type=int, default=None, metavar="N",
                         help="Entwurfsversion setzen (nicht kleiner als die bisherige)")

    rv = sub.add_parser("import-review", help="Kommentare und Änderungen (nachverfolgte "
                                              "Änderungen) aus einem überarbeiteten "
                                              "Word-Entwurf übernehmen")
    rv.add_argument("path", type=_katalog, metavar="KATALOG")
    rv.add_argument("docx", type=Path, metavar="ENTWURF.docx")

    mn = sub.add_parser("export-minutes", help="Protokoll einer Sitzung schreiben (.docx)")
    mn.add_argument("path", type=_katalog, metavar="KATALOG")
    mn.add_argument("session", metavar="SITZUNGS-ID",
                    help="ID der Sitzung (bei unbekannter ID werden alle Sitzungen aufgelistet)")
    mn.add_argument("out", type=Path, metavar="AUSGABE.docx")

    x = sub.add_parser("export-excel", help="Maßnahmenliste für die Lenkungsgruppe (.xlsx)")
    x.add_argument("path", type=_katalog, metavar="KATALOG")
    x.add_argument("out", type=Path, metavar="AUSGABE.xlsx")

    dc = sub.add_parser("import-decisions", help="Voten der Lenkungsgruppe aus der "
                                                 "Maßnahmenliste übernehmen")
    dc.add_argument("path", type=_katalog, metavar="KATALOG")
    dc.add_argument("xlsx", type=Path, metavar="LISTE.xlsx")
    dc.add_argument("--accept-changed", action="store_true",
                    help="Zeilen übernehmen, deren Maßnahme seit dem Export umnummeriert oder "
                         "umbenannt wurde (sonst wird die Liste abgelehnt)")

    er = sub.add_parser("export-returns", help="Abfrage an Fachbereiche: je verantwortlicher "
                                               "Stelle eine Excel-Datei zur Umsetzung")
    er.add_argument("path", type=_katalog, metavar="KATALOG")
    er.add_argument("folder", type=Path, metavar="ORDNER")
    er.add_argument("--year", type=int, required=True, metavar="JAHR",
                    help="Berichtsjahr (z. B. 2025)")

    ir = sub.add_parser("import-returns", help="Rückmeldungen der Fachbereiche (Excel) "
                                               "übernehmen, jede Datei ganz oder gar nicht")
    ir.add_argument("path", type=_katalog, metavar="KATALOG")
    ir.add_argument("files", type=Path, nargs="+", metavar="DATEI.xlsx")
    ir.add_argument("--year", type=int, default=None, metavar="JAHR",
                    help="nur Rückmeldungen für dieses Berichtsjahr annehmen")

    ec = sub.add_parser("export-controlling", help="Controllingbericht eines Jahres (.docx): "
                                                   "Umsetzungsstand, Berichte, Indikatoren, "
                                                   "Veränderungen zum Vorjahr")
    ec.add_argument("path", type=_katalog, metavar="KATALOG")
    ec.add_argument("out", type=Path, metavar="BERICHT.docx")
    ec.add_argument("--year", type=int, required=True, metavar="JAHR",
                    help="Berichtsjahr (z. B. 2025)")

    mg = sub.add_parser("merge", help="einen anderen Katalog (.lip) oder eine Austauschdatei "
                                      "(JSON) in diesen Katalog zusammenführen")
    mg.add_argument("path", type=_katalog, metavar="KATALOG")
    mg.add_argument("source", type=Path, metavar="QUELLE")

    co = sub.add_parser("checkout", help="Offline-Kopie eines Katalogs (z. B. vom Server) für "
                                         "eine Sitzung schreiben; zurück mit „merge“")
    co.add_argument("path", type=_katalog, metavar="KATALOG")
    co.add_argument("out", type=Path, metavar="KOPIE.lip")
    co.add_argument("--field", action="append", default=[], metavar="KENNUNG",
                    help="nur dieses Handlungsfeld (z. B. BIL; mehrfach möglich) mit allem, "
                         "worauf es verweist")

    cf = sub.add_parser("conflicts", help="offene Konflikte des Zusammenführens auflisten")
    cf.add_argument("path", type=_katalog, metavar="KATALOG")
    cf.add_argument("--json", action="store_true", help="als JSON-Liste ausgeben")

    rs = sub.add_parser("resolve", help="einen Konflikt des Zusammenführens entscheiden")
    rs.add_argument("path", type=_katalog, metavar="KATALOG")
    rs.add_argument("conflict", metavar="KONFLIKT-ID", help="Nummer aus „conflicts“")
    how = rs.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", choices=("mine", "theirs"),
                     help="mine: den Wert dieses Katalogs behalten; theirs: den Wert des "
                          "anderen Katalogs übernehmen")
    how.add_argument("--text", metavar="NEU",
                     help="statt beider Fassungen diesen eigenen Text übernehmen "
                          "(nur bei Textfeldern)")

    pr = sub.add_parser("proposals", help="Änderungsvorschläge aus Word-Entwürfen auflisten")
    pr.add_argument("path", type=_katalog, metavar="KATALOG")
    pr.add_argument("--json", action="store_true", help="als JSON-Liste ausgeben")

    ac = sub.add_parser("accept", help="einen Änderungsvorschlag übernehmen")
    ac.add_argument("path", type=_katalog, metavar="KATALOG")
    ac.add_argument("proposal", metavar="ID", help="Nummer aus „proposals“ (die ersten "
                                                   "Zeichen genügen)")
    ac.add_argument("--text", default=None, metavar="NEU",
                    help="statt des vorgeschlagenen Textes diesen (bearbeiteten) Text übernehmen")

    rj = sub.add_parser("reject", help="einen Änderungsvorschlag ablehnen")
    rj.add_argument("path", type=_katalog, metavar="KATALOG")
    rj.add_argument("proposal", metavar="ID", help="Nummer aus „proposals“ (die ersten "
                                                   "Zeichen genügen)")

    ic = sub.add_parser("import-contributions", help="Beiträge aus der Bürgerbeteiligung "
                                                     "(CSV oder Excel) einlesen, ganz oder "
                                                     "gar nicht")
    ic.add_argument("path", type=_katalog, metavar="KATALOG")
    ic.add_argument("file", type=Path, metavar="DATEI")
    ic.add_argument("--source", required=True, metavar="SCHRITT",
                    help="Beteiligungsschritt, z. B. „Online-Umfrage 2021“")
    ic.add_argument("--channel", required=True, choices=tuple(enums.CONTRIBUTION_CHANNEL),
                    help="Kanal: " + ", ".join(f"{k} ({v})" for k, v in
                                               enums.CONTRIBUTION_CHANNEL.items()))
    ic.add_argument("--text-column", required=True, metavar="SPALTE",
                    help="Überschrift der Spalte mit dem Beitragstext")
    ic.add_argument("--field-column", default=None, metavar="SPALTE",
                    help="Überschrift der Spalte mit dem Handlungsfeld (Kürzel oder Name)")
    ic.add_argument("--date-column", default=None, metavar="SPALTE",
                    help="Überschrift der Spalte mit dem Eingangsdatum (sonst: heute)")

    cb = sub.add_parser("contributions", help="Beiträge aus der Bürgerbeteiligung auflisten")
    cb.add_argument("path", type=_katalog, metavar="KATALOG")
    cb.add_argument("--source", default=None, metavar="SCHRITT", help="nur dieser Schritt")
    cb.add_argument("--status", default=None, choices=tuple(enums.CONTRIBUTION_STATUS),
                    help="nur dieser Status")
    cb.add_argument("--json", action="store_true", help="als JSON-Liste ausgeben")

    ep = sub.add_parser("export-participation", help="Bericht zur Bürgerbeteiligung "
                                                     "schreiben (.docx)")
    ep.add_argument("path", type=_katalog, metavar="KATALOG")
    ep.add_argument("out", type=Path, metavar="BERICHT.docx")

    rn = sub.add_parser("renumber", help="Kennungen der Ziele und Maßnahmen neu vergeben")
    rn.add_argument("path", type=_katalog, metavar="KATALOG")
    rn.add_argument("--field", default=None, metavar="KÜRZEL",
                    help="nur dieses Handlungsfeld (z. B. BIL)")
    return p


def _out(text: str) -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


# --- commands ------------------------------------------------------------------------


def _refuse_output_over_catalogue(out: Path, catalogue: Path | str) -> None:
    """Checked before any work, so a refused export has changed nothing (not even the
    draft version); ``atomic_write`` checks again right before writing."""
    from lip_desktop.model.outputs import check_output_path  # noqa: PLC0415

    check_output_path(out, _on_file(catalogue))


def cmd_new(args: argparse.Namespace) -> int:
    from lip_desktop.model import defaults, interchange  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415

    doc = defaults.new_catalogue_document(title=args.title or defaults.DEFAULT_TITLE)
    cat = Catalogue.create(args.path, lambda s: interchange.import_into_new(s, doc, "")
                           and None)
    with cat:
        _out(f"Neuer Katalog „{doc['catalogue']['title']}“ angelegt: {cat.path}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from lip_desktop.model import demo, interchange  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415

    doc = demo.demo_catalogue()
    cat = Catalogue.create(args.path, lambda s: interchange.import_into_new(s, doc, "")
                           and None)
    with cat:
        _out(f"Demo-Katalog angelegt: {cat.path}")
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    with _collector_paused():
        return _import_json(args)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for one bulk command.

    Reading and importing 21,000 measures allocates about a million dicts, lists and
    tuples that all stay alive until the command ends; the collector's repeated passes
    over them found nothing and cost about 4 % of the import. The command's own memory
    is freed by reference counting as before; the collector runs again afterwards.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _import_json(args: argparse.Namespace) -> int:
    from lip_desktop.model import interchange  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue, default_actor  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    doc = interchange.read_json(args.file)
    target = args.path
    if _is_new(target):
        reports: list[interchange.ImportReport] = []
        actor = default_actor()

        def fill(db: Any) -> None:
            reports.append(interchange.import_into_new(db, doc, actor))

        # No backup of the new file on opening it here: it is closed at once, unchanged,
        # and the JSON file it came from is still there (Catalogue.create says more).
        Catalogue.create(target, fill, actor=actor, open_backup=False).close()
        report = reports[0]
        _out(f"Neuer Katalog aus {args.file} angelegt: {report.summary()}.")
    else:
        with Catalogue.open(target) as cat:
            report = CatalogueService(cat).structure.import_document(doc).value
        _out(f"Import in {target}: {report.summary()}.")
    for warning in report.warnings:
        _err(f"Warnung: {warning}")
    return EXIT_OK


def _is_new(target: Path | str) -> bool:
    """Whether ``import-json`` creates the catalogue: a file not there yet, or a server
    database that is empty or only set up (``server-init``)."""
    if isinstance(target, Path):
        return not target.exists()
    from lip_desktop.model import server  # noqa: PLC0415

    address = server.ServerAddress.parse(target)
    engine = server.make_engine(address)
    try:
        with server.reach(engine, address) as conn:
            return (server.schema_version(conn, address) is None
                    or not server.holds_catalogue(conn))
    finally:
        engine.dispose()


def cmd_server_init(args: argparse.Namespace) -> int:
    from lip_desktop.model.catalogue import server_init  # noqa: PLC0415
    from lip_desktop.model.server import ServerAddress  # noqa: PLC0415

    address = ServerAddress.parse(args.url)
    server_init(address)
    _out(f"Datenbank {address.display} für LIP Desktop eingerichtet. Füllen mit "
         f"„lip-desktop import-json {address.display} DATEI“.")
    return EXIT_OK


def cmd_server_grant(args: argparse.Namespace) -> int:
    from lip_desktop.model import server_admin  # noqa: PLC0415
    from lip_desktop.model.server import ServerAddress  # noqa: PLC0415

    address = ServerAddress.parse(args.url)
    rights = server_admin.grant(address, args.login, args.role, args.field)
    _out(f"{args.login}: {rights.label} in {address.display}.")
    return EXIT_OK


def cmd_server_rights(args: argparse.Namespace) -> int:
    from lip_desktop.model import server_admin  # noqa: PLC0415
    from lip_desktop.model.server import ServerAddress  # noqa: PLC0415

    address = ServerAddress.parse(args.url)
    found = server_admin.grants(address)
    for entry in found:
        _out(f"{entry.login}: {entry.rights.label}")
    if not found:
        _out(f"In {address.display} sind noch keine Rechte vergeben (nur der Eigentümer "
             "ändert).")
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from lip_desktop.model import interchange, queries  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.files import atomic_write  # noqa: PLC0415

    _refuse_output_over_catalogue(args.file, args.path)

    with Catalogue.open(args.path, readonly=True) as cat:
        doc = queries.export_document(cat)
    atomic_write(args.file, interchange.dump_bytes(doc), protected=_on_file(args.path))
    _out(f"{len(doc['measures'])} Maßnahmen nach {args.file} geschrieben.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.checks import ERROR, check_catalogue  # noqa: PLC0415

    with Catalogue.open(args.path, readonly=True) as cat:
        findings = check_catalogue(cat)
        if cat.info.storage_warning:
            _out(f"Warnung: {cat.info.storage_warning}")
    for f in findings:
        _out(f"{f.level}: {f.record}: {f.message}" if f.record else f"{f.level}: {f.message}")
    errors = sum(1 for f in findings if f.level == ERROR)
    _out(f"Prüfung beendet: {errors} Fehler, {len(findings) - errors} Hinweise und Warnungen.")
    return EXIT_FAILED if errors else EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from lip_desktop.model import recovery  # noqa: PLC0415

    _no_server_backups(args.path)
    found = recovery.candidates(Path(args.path).absolute())
    if not found:
        _out("Keine Sicherungen dieser Datei vorhanden.")
        others = recovery.unassigned(Path(args.path).absolute())
        if others:
            _out("Sicherungen gleichen Namens, deren Herkunft nicht feststeht (nur ausdrücklich "
                 "mit „restore KATALOG SICHERUNG“ wählbar):")
        for c in others:
            _out(f"nicht zugeordnet {c.describe()}: {c.info.path}")
    for c in found:
        mark = "gültig " if c.usable else "Vorsicht" if c.facts.problem is None else "unbrauchbar"
        _out(f"{mark:11} {c.describe()}; Anlass {c.info.reason}, "
             f"{c.info.size / 1024:.0f} KB: {c.info.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from lip_desktop.model import backups, recovery  # noqa: PLC0415
    from lip_desktop.model.catalogue import restore  # noqa: PLC0415
    from lip_desktop.model.errors import LipError  # noqa: PLC0415

    _no_server_backups(args.path)
    path = Path(args.path).absolute()
    backup = args.backup
    if backup is None:
        best = recovery.best(path)
        if best is None:
            raise LipError("no_backup", path=str(path))
        backup = best.info.path
        _out(f"Gewählt: {best.describe()}.")
    elif not Path(backup).exists():
        raise LipError("backup_not_found", path=str(backup))
    else:
        facts = backups.verify_catalogue_backup(Path(backup))
        _out(f"Die Sicherung enthält {facts.summary()}.")
    aside = restore(path, Path(backup))
    _out(f"Wiederhergestellt aus {backup}.")
    if aside is not None:
        _out(f"Die bisherige Datei liegt unverändert unter {aside}.")
    return EXIT_OK


def cmd_renumber(args: argparse.Namespace) -> int:
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.errors import LipError  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415
    from lip_desktop.model.snapshot import load_document  # noqa: PLC0415

    with Catalogue.open(args.path) as cat:
        field_id = None
        if args.field:
            with cat.read() as conn:
                fields = {f["code"]: f["id"] for f in load_document(conn)["action_fields"]}
            if args.field not in fields:
                raise LipError("not_found", record_type="Handlungsfeld", record=args.field)
            field_id = fields[args.field]
        n = CatalogueService(cat).structure.renumber(field_id).value
    _out(f"{n} Kennungen neu vergeben.")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """A verified backup, then one transaction; the report is the app's report."""
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.errors import LipError  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    source = Path(args.source)
    if not source.exists():
        raise LipError("file_not_found", path=str(source))
    with Catalogue.open(args.path) as cat:
        report = CatalogueService(cat).merge.merge(source).value
    for line in report.lines():
        _out(line)
    return EXIT_OK


def cmd_checkout(args: argparse.Namespace) -> int:
    """Read-only on the catalogue: the copy is a new file, written atomically; an
    existing file is refused before the catalogue is read (``model/checkout.py``)."""
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.checkout import checkout  # noqa: PLC0415

    with Catalogue.open(args.path, readonly=True) as cat:
        report = checkout(cat, args.out, args.field)
    for line in report.lines():
        _out(line)
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    """Read-only: the queue can be listed while the app has the catalogue open."""
    import dataclasses  # noqa: PLC0415
    import json  # noqa: PLC0415

    from lip_desktop.model import conflict_wording  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    with Catalogue.open(args.path, readonly=True) as cat:
        entries = CatalogueService(cat).merge.conflicts()
    if args.json:
        _out(json.dumps([dataclasses.asdict(e) for e in entries], ensure_ascii=False,
                        indent=2))
        return EXIT_OK
    if not entries:
        _out("Keine offenen Konflikte.")
        return EXIT_OK
    _out(_table(conflict_wording.TABLE_HEADERS, conflict_wording.table_rows(entries, 36)))
    count = "1 offener Konflikt" if len(entries) == 1 else f"{len(entries)} offene Konflikte"
    _out(f"{count}. Entscheiden mit "
         "„lip-desktop resolve KATALOG NR. --take mine|theirs“.")
    return EXIT_OK


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell, two blanks apart."""
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
             .rstrip() for row in (headers, *rows)]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def cmd_resolve(args: argparse.Namespace) -> int:
    from lip_desktop.model import conflict_wording  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.errors import LipError  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    text = str(args.conflict).strip()
    unknown = LipError("not_found", record_type="Konflikt", record=text)
    if not text.isdigit():
        raise unknown
    with Catalogue.open(args.path) as cat:
        merge = CatalogueService(cat).merge
        if int(text) not in {e.id for e in merge.conflicts(include_decided=True)}:
            raise unknown
        if args.text is not None:
            entry = merge.resolve(int(text), "edited", args.text).value
        else:
            entry = merge.resolve(int(text), args.take).value
    how = ("den Wert dieses Katalogs behalten" if args.take == "mine"
           else "den Wert des anderen Katalogs übernommen" if args.take == "theirs"
           else "einen eigenen Text übernommen")
    _out(f"Konflikt {entry.id} entschieden ({conflict_wording.conflict_line(entry)}): {how}.")
    return EXIT_OK


def _warn_all(warnings: Sequence[str]) -> None:
    """An export's warnings (``ExportResult.warnings``), after the file was written."""
    for warning in warnings:
        _err(f"Warnung: {warning}")


def _term_report(doc: dict[str, Any]) -> None:
    """Outdated terms are listed before a draft goes out; the text is not changed."""
    from lip_desktop.model.checks import term_findings  # noqa: PLC0415

    findings = term_findings(doc)
    for f in findings:
        _err(f"Begriff: {f.record}: {f.message}")
    if findings:
        _err(f"{len(findings)} veraltete Begriffe gefunden (der Text wurde nicht verändert).")


def cmd_export_word(args: argparse.Namespace) -> int:
    from lip_desktop.export.files import write_verified  # noqa: PLC0415
    from lip_desktop.export.word import DraftOptions, build_draft, verify_draft  # noqa: PLC0415
    from lip_desktop.model import queries  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    _refuse_output_over_catalogue(args.out, args.path)

    changes_version = args.next_version or args.version is not None
    with Catalogue.open(args.path, readonly=not changes_version) as cat:
        doc = queries.export_document(cat)
        options = DraftOptions(
            field_code=args.field,
            include_rejected=not (args.public or args.without_rejected),
            include_negotiation=not (args.public or args.without_negotiation),
            public=args.public, include_participation=args.participation)
        if args.field and args.field not in {f["code"] for f in doc["action_fields"]}:
            from lip_desktop.model.errors import LipError  # noqa: PLC0415

            raise LipError("not_found", record_type="Handlungsfeld", record=args.field)
        _term_report(doc)
        if changes_version:
            current = doc["catalogue"].get("draft_version", 0)
            wanted = current + 1 if args.next_version else args.version
            doc["catalogue"]["draft_version"] = wanted
        result = build_draft(doc, options)
        write_verified(args.out, result.data, verify_draft, protected=_on_file(args.path))
        _warn_all(result.warnings)
        if changes_version:
            CatalogueService(cat).structure.update_catalogue(draft_version=wanted)
    _out(f"Word-Entwurf (Version {doc['catalogue'].get('draft_version', 0)}) geschrieben: "
         f"{args.out}")
    return EXIT_OK


def cmd_import_review(args: argparse.Namespace) -> int:
    """Comments and tracked changes in one transaction; changes outside every field and
    an older draft version are warnings (the import itself succeeded)."""
    from lip_desktop.export.files import read_office_file  # noqa: PLC0415
    from lip_desktop.export.review import read_reviewed_draft  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    data = read_office_file(args.docx, "Word")
    draft = read_reviewed_draft(data, str(args.docx))
    with Catalogue.open(args.path) as cat:
        comments, proposals = CatalogueService(cat).proposals.import_reviewed_draft(
            draft).value
    _out(comments.summary())
    _out(proposals.summary())
    _warn_all(proposals.warnings)
    return EXIT_OK


def cmd_proposals(args: argparse.Namespace) -> int:
    """Read-only: the list can be shown while the app has the catalogue open."""
    import json  # noqa: PLC0415

    from lip_desktop.model import enums  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415
    from lip_desktop.model.services.proposals import contract_list  # noqa: PLC0415

    with Catalogue.open(args.path, readonly=True) as cat:
        entries = CatalogueService(cat).proposals.proposals()
    if args.json:
        _out(json.dumps(contract_list(entries), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not entries:
        _out("Keine Änderungsvorschläge.")
        return EXIT_OK

    def short(text: str, width: int = 40) -> str:
        one_line = " ".join(text.split())
        return one_line if len(one_line) <= width else f"{one_line[:width - 1]}…"

    rows = [(e.id[:8], enums.PROPOSAL_STATUS.get(e.status, e.status), short(e.record, 36),
             e.field_label, short(e.author or "unbekannt", 20), short(e.new_text))
            for e in entries]
    _out(_table(("Nr.", "Status", "Eintrag", "Feld", "von", "Vorschlag"), rows))
    open_count = sum(1 for e in entries if e.status == "open")
    _out(f"{len(entries)} Änderungsvorschläge, davon {open_count} offen. Entscheiden mit "
         "„lip-desktop accept KATALOG NR. [--text NEU]“ oder „lip-desktop reject KATALOG NR.“.")
    return EXIT_OK


def cmd_accept(args: argparse.Namespace) -> int:
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    with Catalogue.open(args.path) as cat:
        proposals = CatalogueService(cat).proposals
        entry = proposals.accept(proposals.find(args.proposal).id, args.text).value
    how = "mit bearbeitetem Text übernommen" if args.text is not None else "übernommen"
    _out(f"Vorschlag von {entry.author or 'unbekannt'} zu {entry.record}, "
         f"„{entry.field_label}“ {how}.")
    return EXIT_OK


def cmd_reject(args: argparse.Namespace) -> int:
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    with Catalogue.open(args.path) as cat:
        proposals = CatalogueService(cat).proposals
        entry = proposals.reject(proposals.find(args.proposal).id).value
    _out(f"Vorschlag von {entry.author or 'unbekannt'} zu {entry.record}, "
         f"„{entry.field_label}“ abgelehnt.")
    return EXIT_OK


def cmd_export_minutes(args: argparse.Namespace) -> int:
    """Read-only: the minutes can be written while the app has the catalogue open."""
    from lip_desktop.export.files import write_verified  # noqa: PLC0415
    from lip_desktop.export.minutes import minutes_for, verify_minutes  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    _refuse_output_over_catalogue(args.out, args.path)

    with Catalogue.open(args.path, readonly=True) as cat:
        result = minutes_for(CatalogueService(cat), args.session)
    write_verified(args.out, result.data, verify_minutes, protected=_on_file(args.path))
    _warn_all(result.warnings)
    _out(f"Protokoll geschrieben: {args.out}")
    return EXIT_OK


def cmd_export_excel(args: argparse.Namespace) -> int:
    from lip_desktop.export.excel import build_measure_list, verify_measure_list  # noqa: PLC0415
    from lip_desktop.export.files import write_verified  # noqa: PLC0415
    from lip_desktop.model import queries  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415

    _refuse_output_over_catalogue(args.out, args.path)

    with Catalogue.open(args.path, readonly=True) as cat:
        doc = queries.export_document(cat)
    result = build_measure_list(doc)
    write_verified(args.out, result.data, verify_measure_list, protected=_on_file(args.path))
    _warn_all(result.warnings)
    _out(f"Maßnahmenliste mit {len(doc['measures'])} Maßnahmen geschrieben: {args.out}")
    return EXIT_OK


def cmd_import_decisions(args: argparse.Namespace) -> int:
    """All or nothing, matched by record id (``model.steering``); a renumbered or retitled
    measure is refused unless ``--accept-changed`` confirms it."""
    from lip_desktop.export.decisions import read_decisions  # noqa: PLC0415
    from lip_desktop.export.files import read_office_file  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    data = read_office_file(args.xlsx, "Excel")
    rows = read_decisions(data, str(args.xlsx))
    from lip_desktop.model.errors import InterchangeError  # noqa: PLC0415
    from lip_desktop.model.steering import only_changed_rows  # noqa: PLC0415

    with Catalogue.open(args.path) as cat:
        try:
            changed = CatalogueService(cat).review.apply_steering_decisions(
                rows, accept_changed=args.accept_changed).value
        except InterchangeError as error:
            if only_changed_rows(error):
                _err("Stimmt die Zuordnung trotzdem, die Liste mit --accept-changed "
                     "noch einmal einlesen.")
            raise
    _out(f"{len(rows)} Zeilen gelesen, {changed} Maßnahmen geändert.")
    return EXIT_OK


def cmd_export_returns(args: argparse.Namespace) -> int:
    """Read-only on the catalogue. Files that already exist are never overwritten (they
    may hold a department's answers): the whole export is refused before writing any."""
    from lip_desktop.export.returns import (  # noqa: PLC0415
        build_return_sheets,
        write_return_files,
    )
    from lip_desktop.model import queries  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.errors import LipError  # noqa: PLC0415

    if not 1900 <= args.year <= 2200:
        raise LipError("bad_year", value=args.year)
    with Catalogue.open(args.path, readonly=True) as cat:
        doc = queries.export_document(cat)
    files, warnings = build_return_sheets(doc, args.year)
    if not files:
        _out("Keine Maßnahme ist vereinbart oder hat einen Umsetzungsstand; keine Abfrage "
             "geschrieben.")
        return EXIT_OK
    write_return_files(args.folder, files, protected=_on_file(args.path))
    for f in files:
        _out(f"{f.file_name}: {f.measures} Maßnahmen, {f.indicators} Indikatoren")
    _warn_all(warnings)
    _out(f"{len(files)} Abfragen für {args.year} geschrieben: {args.folder}")
    return EXIT_OK


def cmd_import_returns(args: argparse.Namespace) -> int:
    """Each file all or nothing; a refused file does not stop the others, and the exit
    code says whether any was refused."""
    from lip_desktop.export.files import read_office_file  # noqa: PLC0415
    from lip_desktop.export.returns import read_return_sheet  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.errors import LipError  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    refused = 0
    with Catalogue.open(args.path) as cat:
        service = CatalogueService(cat)
        for path in args.files:
            try:
                sheet = read_return_sheet(read_office_file(path, "Excel"), str(path))
                summary = service.implementation.apply_returns(sheet, year=args.year).value
            except LipError as exc:
                refused += 1
                _err(f"{path.name}: abgelehnt, nichts übernommen.")
                _err(exc.message)
                continue
            _out(f"{path.name} ({sheet.unit}, {sheet.year}): {summary.reports_created} Berichte "
                 f"neu, {summary.reports_updated} geändert, {summary.states_changed} "
                 f"Umsetzungsstände, {summary.values_set} Messwerte übernommen.")
    return EXIT_FAILED if refused else EXIT_OK


def cmd_export_controlling(args: argparse.Namespace) -> int:
    """Read-only on the catalogue; the report is verified before it replaces a file."""
    from lip_desktop.export.controlling import (  # noqa: PLC0415
        build_controlling_report,
        verify_controlling,
    )
    from lip_desktop.export.files import write_verified  # noqa: PLC0415
    from lip_desktop.model import queries  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.errors import LipError  # noqa: PLC0415

    if not 1900 <= args.year <= 2200:
        raise LipError("bad_year", value=args.year)
    _refuse_output_over_catalogue(args.out, args.path)
    with Catalogue.open(args.path, readonly=True) as cat:
        data = queries.controlling_data(cat, args.year)
    result = build_controlling_report(data)
    write_verified(args.out, result.data, verify_controlling, protected=_on_file(args.path))
    _warn_all(result.warnings)
    _out(f"Controllingbericht {args.year} geschrieben ({len(data.measures)} Maßnahmen, "
         f"{len(data.indicators)} Indikatoren, {len(data.changes)} Veränderungen zum "
         f"Vorjahr): {args.out}")
    return EXIT_OK


def cmd_import_contributions(args: argparse.Namespace) -> int:
    """All or nothing: a refused row names its row number and column heading."""
    from lip_desktop.export.participation import read_participation_file  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.contributions import ColumnMapping, column_index  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    table = read_participation_file(args.file)
    mapping = ColumnMapping(
        text=column_index(table, args.text_column),
        field=None if args.field_column is None else column_index(table, args.field_column),
        date=None if args.date_column is None else column_index(table, args.date_column))
    with Catalogue.open(args.path) as cat:
        summary = CatalogueService(cat).contributions.import_table(
            table, mapping, source=args.source, channel=args.channel).value
    known = f", {summary.known} waren schon eingelesen" if summary.known else ""
    _out(f"{args.file.name}: {summary.added} Beiträge aus „{summary.source}“ "
         f"eingelesen{known}.")
    return EXIT_OK


def cmd_contributions(args: argparse.Namespace) -> int:
    """Read-only: the list can be shown while the app has the catalogue open."""
    import json  # noqa: PLC0415

    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.contributions import ContributionFilter  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    flt = ContributionFilter(source=args.source, status=args.status)
    with Catalogue.open(args.path, readonly=True) as cat:
        entries = CatalogueService(cat).contributions.entries(flt)
    if args.json:
        _out(json.dumps([e.as_json() for e in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not entries:
        _out("Keine Beiträge.")
        return EXIT_OK

    def short(text: str, width: int = 50) -> str:
        one_line = " ".join(text.split())
        return one_line if len(one_line) <= width else f"{one_line[:width - 1]}…"

    rows = [(e.id[:8], short(e.source, 24), enums.label(enums.CONTRIBUTION_CHANNEL, e.channel),
             e.action_field or "–", enums.label(enums.CONTRIBUTION_STATUS, e.status),
             short(e.subject or e.reason, 30) or "–", short(e.text))
            for e in entries]
    _out(_table(("Nr.", "Schritt", "Kanal", "Feld", "Status", "Verknüpft / Grund", "Beitrag"),
                rows))
    _out(f"{len(entries)} Beiträge.")
    return EXIT_OK


def cmd_export_participation(args: argparse.Namespace) -> int:
    """Read-only: the report can be written while the app has the catalogue open."""
    from lip_desktop.export.files import write_verified  # noqa: PLC0415
    from lip_desktop.export.participation import (  # noqa: PLC0415
        verify_participation_report,
        write_participation_report,
    )
    from lip_desktop.model import queries  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415

    _refuse_output_over_catalogue(args.out, args.path)
    with Catalogue.open(args.path, readonly=True) as cat:
        doc = queries.export_document(cat)
    result = write_participation_report(doc)
    write_verified(args.out, result.data, verify_participation_report,
                   protected=_on_file(args.path))
    _warn_all(result.warnings)
    _out(f"Bericht zur Bürgerbeteiligung ({len(doc['contributions'])} Beiträge) "
         f"geschrieben: {args.out}")
    return EXIT_OK


def more_paths_note(paths: Sequence[Path | str]) -> str:
    """German note when several catalogues were passed (a multi-selection dropped on the
    program or opened by the file association): only the first is opened."""

    def shown(where: Path | str) -> str:
        return where.name if isinstance(where, Path) else where

    rest = ", ".join(shown(p) for p in paths[1:])
    return (f"{len(paths)} Kataloge übergeben; geöffnet wird nur der erste: "
            f"{shown(paths[0])}. Nicht geöffnet: {rest}.")


def cmd_gui(args: argparse.Namespace) -> int:
    from lip_desktop.windowed import open_window  # noqa: PLC0415 - Qt only for a window

    paths: list[Path | str] = list(getattr(args, "paths", None) or [])
    return open_window(paths, demo=getattr(args, "demo", False))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "open": cmd_gui, "new": cmd_new, "demo": cmd_demo, "import-json": cmd_import_json,
    "export-json": cmd_export_json, "check": cmd_check, "backups": cmd_backups,
    "restore": cmd_restore, "renumber": cmd_renumber, "export-word": cmd_export_word,
    "import-review": cmd_import_review, "export-excel": cmd_export_excel,
    "import-decisions": cmd_import_decisions, "export-minutes": cmd_export_minutes,
    "server-init": cmd_server_init, "server-grant": cmd_server_grant,
    "server-rights": cmd_server_rights, "merge": cmd_merge, "checkout": cmd_checkout,
    "conflicts": cmd_conflicts,
    "resolve": cmd_resolve,
    "export-returns": cmd_export_returns, "import-returns": cmd_import_returns,
    "export-controlling": cmd_export_controlling,
    "proposals": cmd_proposals, "accept": cmd_accept, "reject": cmd_reject,
    "import-contributions": cmd_import_contributions, "contributions": cmd_contributions,
    "export-participation": cmd_export_participation,
}


def with_open_command(argv: Sequence[str]) -> list[str]:
    """``lip-desktop KATALOG.lip [...]`` means ``open``: a file association or a file
    dropped on the program passes bare paths, and a usage error would be lost in a
    windowed program. A first word that is a command or an option is left alone."""
    args = list(argv)
    if args and args[0] not in COMMANDS and not args[0].startswith("-"):
        return ["open", "--", *args]
    return args


def opens_window(words: Sequence[str]) -> bool:
    """Whether a command line (after ``with_open_command``) only opens the window: no
    words, or ``open …``. Its parser then needs nothing but the ``open`` command."""
    return not words or words[0] == "open"


def _sqlite_reason(exc: sqlite3.OperationalError) -> str | None:
    """SQLite reports a full disk or a read-only file in English; say it in German."""
    import errno  # noqa: PLC0415

    from lip_desktop.model.errors import os_error_reason  # noqa: PLC0415

    text = str(exc).lower()
    if "full" in text:
        return os_error_reason(OSError(errno.ENOSPC, ""))
    if "readonly" in text or "read-only" in text:
        return os_error_reason(OSError(errno.EROFS, ""))
    if "disk i/o" in text:
        return os_error_reason(OSError(errno.EIO, ""))
    return None


def main(argv: Sequence[str] | None = None) -> int:
    from lip_desktop.model.errors import InterchangeError, LipError  # noqa: PLC0415

    words = with_open_command(sys.argv[1:] if argv is None else argv)
    args = _parser(only_open=opens_window(words)).parse_args(words)
    command = COMMANDS.get(args.command or "open", cmd_gui)
    try:
        return _with_backup_warnings(command, args)
    except InterchangeError as exc:
        _err(exc.message)
        for warning in exc.warnings[:20]:
            _err(f"Warnung: {warning}")
        return EXIT_FAILED
    except LipError as exc:
        _err(exc.message)
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("Abgebrochen.")
        return EXIT_FAILED
    except OSError as exc:  # a known condition of the machine (full disk, rights): German
        from lip_desktop.model.errors import os_error  # noqa: PLC0415

        _err(os_error(exc).message)
        return EXIT_FAILED
    except Exception as exc:
        known = _sqlite_reason(exc) if isinstance(exc, sqlite3.OperationalError) else None
        if known is not None:  # SQLite's English for a full disk or a read-only file
            _err(f"„{getattr(args, 'path', '?')}“ kann nicht geschrieben werden: {known}")
            return EXIT_FAILED
        damaged = _damage_message(args, exc)
        if damaged is not None:  # damage SQLite found only while reading: not a bug
            _err(damaged)
            return EXIT_FAILED
        # a bug: log it, say so in German, no traceback on screen
        path = crashlog.log_exception(exc)
        _err(f"Unerwarteter Fehler ({type(exc).__name__}). Details stehen in {path}.")
        return EXIT_FAILED


def _with_backup_warnings(command: Any, args: argparse.Namespace) -> int:
    """Run ``command``; failed backups are warnings after its own report, and the exit
    code stays the one of the operation asked for (a saved import is a success).

    The warnings are kept by ``model.catalogue``; it is not imported here before the
    command ran (it brings SQLAlchemy, which ``open FILE`` does without until the tree is
    painted), and when no command imported it, no backup was tried."""
    try:
        return int(command(args))
    finally:
        catalogue = sys.modules.get("lip_desktop.model.catalogue")
        for warning in (catalogue.take_backup_warnings() if catalogue is not None else []):
            _err(f"Warnung: {warning}")


def _damage_message(args: argparse.Namespace, exc: BaseException) -> str | None:
    """"beschädigt … Sicherung vom …" for a database error from a damaged catalogue."""
    import sqlite3  # noqa: PLC0415

    from lip_desktop.model.catalogue import damaged_error  # noqa: PLC0415

    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, sqlite3.DatabaseError | UnicodeDecodeError):
        cause = cause.__cause__ or getattr(cause, "orig", None)
    if isinstance(cause, UnicodeDecodeError):
        cause = sqlite3.DatabaseError("could not decode")
    text = str(cause).lower() if cause is not None else ""
    if cause is None or not any(word in text for word in (
            "malformed", "not a database", "could not decode", "corrupt", "no such table",
            "no such column", "disk i/o")):
        return None
    path = getattr(args, "path", None)
    if path is None:
        return None
    return damaged_error(Path(path).absolute(), str(cause).split("\n")[0]).message


if __name__ == "__main__":
    sys.exit(main())
