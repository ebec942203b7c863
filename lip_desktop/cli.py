"""The ``lip-desktop`` command line: the same services the desktop app calls.

Exit codes: 0 done, 1 refused or failed (a German message on stderr), 2 wrong usage.
A Python traceback never reaches the user; unexpected errors go to the log file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from lip_desktop import crashlog

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


def _parser() -> argparse.ArgumentParser:
    p = _GermanParser(
        prog="lip-desktop",
        description="LIP Desktop – Kataloge der Expert*innengruppen des Lokalen "
                    "Integrationsplans bearbeiten. Ohne Befehl öffnet sich das Programm.",
        add_help=True)
    sub = p.add_subparsers(dest="command", metavar="BEFEHL")

    o = sub.add_parser("open", help="Katalog im Programm öffnen")
    o.add_argument("path", nargs="?", type=Path, metavar="KATALOG")
    o.add_argument("--demo", action="store_true",
                   help="den Demo-Katalog öffnen (wird beim ersten Mal angelegt)")

    n = sub.add_parser("new", help="neuen Katalog mit den sieben Handlungsfeldern anlegen")
    n.add_argument("path", type=Path, metavar="KATALOG")
    n.add_argument("--title", default=None, help="Titel des Katalogs")

    d = sub.add_parser("demo", help="Demo-Katalog mit Beispielinhalten anlegen")
    d.add_argument("path", type=Path, metavar="KATALOG")

    i = sub.add_parser("import-json", help="Austauschdatei (JSON) einlesen; legt den Katalog "
                                           "an, wenn es ihn noch nicht gibt")
    i.add_argument("path", type=Path, metavar="KATALOG")
    i.add_argument("file", type=Path, metavar="DATEI")

    e = sub.add_parser("export-json", help="Katalog als Austauschdatei (JSON) schreiben")
    e.add_argument("path", type=Path, metavar="KATALOG")
    e.add_argument("file", type=Path, metavar="DATEI")

    c = sub.add_parser("check", help="Katalog prüfen: Integrität, Begriffe, Lücken")
    c.add_argument("path", type=Path, metavar="KATALOG")

    b = sub.add_parser("backups", help="Sicherungen eines Katalogs auflisten")
    b.add_argument("path", type=Path, metavar="KATALOG")

    r = sub.add_parser("restore", help="Katalog aus einer Sicherung wiederherstellen "
                                       "(ohne Angabe: die neueste gültige)")
    r.add_argument("path", type=Path, metavar="KATALOG")
    r.add_argument("backup", nargs="?", type=Path, metavar="SICHERUNG")

    rn = sub.add_parser("renumber", help="Kennungen der Ziele und Maßnahmen neu vergeben")
    rn.add_argument("path", type=Path, metavar="KATALOG")
    rn.add_argument("--field", default=None, metavar="KÜRZEL",
                    help="nur dieses Handlungsfeld (z. B. BIL)")
    return p


def _out(text: str) -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


# --- commands ------------------------------------------------------------------------


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
    from lip_desktop.model import interchange  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue, default_actor  # noqa: PLC0415
    from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

    doc = interchange.read_json(args.file)
    target = Path(args.path)
    if not target.exists():
        reports: list[interchange.ImportReport] = []
        actor = default_actor()

        def fill(session: Any) -> None:
            reports.append(interchange.import_into_new(session, doc, actor))

        with Catalogue.create(target, fill, actor=actor):
            pass
        report = reports[0]
        _out(f"Neuer Katalog aus {args.file} angelegt: {report.summary()}.")
    else:
        with Catalogue.open(target) as cat:
            report = CatalogueService(cat).import_document(doc).value
        _out(f"Import in {target}: {report.summary()}.")
    for warning in report.warnings:
        _err(f"Warnung: {warning}")
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from lip_desktop.model import interchange  # noqa: PLC0415
    from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415
    from lip_desktop.model.files import atomic_write  # noqa: PLC0415

    with Catalogue.open(args.path, readonly=True) as cat, cat.read() as conn:
        doc = interchange.export_document(conn)
    atomic_write(args.file, interchange.dumps(doc).encode("utf-8"))
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
    from lip_desktop.model.catalogue import backups_for  # noqa: PLC0415

    found = backups_for(Path(args.path).absolute())
    if not found:
        _out("Keine Sicherungen vorhanden.")
    for b in found:
        _out(f"{b.created:%d.%m.%Y %H:%M:%S}  {b.size / 1024:8.0f} KB  {b.reason:10}  {b.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from lip_desktop.model.catalogue import newest_backup_for, restore  # noqa: PLC0415
    from lip_desktop.model.errors import LipError  # noqa: PLC0415

    path = Path(args.path).absolute()
    backup = args.backup
    if backup is None:
        info = newest_backup_for(path)
        if info is None:
            raise LipError("no_backup", path=str(path))
        backup = info.path
    elif not Path(backup).exists():
        raise LipError("backup_not_found", path=str(backup))
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
        n = CatalogueService(cat).renumber(field_id).value
    _out(f"{n} Kennungen neu vergeben.")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from lip_desktop.ui.app import run  # noqa: PLC0415 - Qt only when a window is wanted

    return run(getattr(args, "path", None), demo=getattr(args, "demo", False))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "open": cmd_gui, "new": cmd_new, "demo": cmd_demo, "import-json": cmd_import_json,
    "export-json": cmd_export_json, "check": cmd_check, "backups": cmd_backups,
    "restore": cmd_restore, "renumber": cmd_renumber,
}


def main(argv: Sequence[str] | None = None) -> int:
    from lip_desktop.model.errors import InterchangeError, LipError  # noqa: PLC0415

    args = _parser().parse_args(argv)
    command = COMMANDS.get(args.command or "open", cmd_gui)
    try:
        return command(args)
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
    except Exception as exc:  # a bug: log it, say so in German, no traceback on screen
        path = crashlog.log_exception(exc)
        _err(f"Unerwarteter Fehler ({type(exc).__name__}). Details stehen in {path}.")
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
