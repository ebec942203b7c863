"""Known problems, as typed errors with a code and parameters.

The model never formats user-facing text at the raise site: it raises an error with a
code and parameters, and ``message`` turns it into German here, in one place, for the
command line and the UI alike. Anything that is *not* a ``LipError`` is a bug and is
shown as such (with a traceback in the log), never as a friendly message.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from lip_desktop.model.dates import german, is_iso_date

#: German text for every error code. ``{record}`` is the record's code or id, ``{field}``
#: the German field label; other parameters are named per code.
MESSAGES: dict[str, str] = {
    # opening and storage
    "file_not_found": "Die Datei „{path}“ gibt es nicht.",
    "not_a_catalogue": "„{path}“ ist keine LIP-Katalogdatei ({reason}).",
    "damaged": (
        "Die Katalogdatei „{path}“ ist beschädigt ({reason}). Sie wurde nicht verändert."
    ),
    "newer_version": (
        "„{path}“ wurde mit einer neueren Version von LIP Desktop gespeichert "
        "(Schemaversion {found}, diese Version kennt bis {supported}). "
        "Bitte LIP Desktop aktualisieren."
    ),
    # catalogues on a PostgreSQL server ({path} is the address without any password)
    "server_password_in_address": (
        "Die Adresse „{path}“ enthält ein Passwort. Passwörter gehören nicht in die Adresse: "
        "bitte die Umgebungsvariable PGPASSWORD setzen oder die Datei .pgpass "
        "(Windows: %APPDATA%\\postgresql\\pgpass.conf) verwenden."
    ),
    "server_bad_address": (
        "„{path}“ ist keine gültige Serveradresse ({reason}). Erwartet wird "
        "postgresql://BENUTZER@RECHNER:PORT/DATENBANK."
    ),
    "server_unreachable": (
        "Der Datenbankserver „{path}“ ist nicht erreichbar oder hat die Anmeldung abgelehnt "
        "({reason})."
    ),
    "server_password_needed": (
        "Der Datenbankserver „{path}“ verlangt ein Passwort. Im Programm: Datei → Mit "
        "Server verbinden …; auf der Kommandozeile: die Umgebungsvariable PGPASSWORD oder "
        "die Datei .pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf)."
    ),
    "server_password_wrong": (
        "Der Datenbankserver „{path}“ hat die Anmeldung abgelehnt: Anmeldename oder "
        "Passwort ist falsch."
    ),
    "server_connection_incomplete": (
        "Die Verbindung ist unvollständig: bitte das Feld „{field}“ ausfüllen."
    ),
    "server_not_empty": (
        "Die Datenbank „{path}“ ist nicht leer und enthält keinen LIP-Katalog. "
        "„server-init“ richtet nur eine leere Datenbank ein; sie wurde nicht verändert."
    ),
    "server_has_catalogue": (
        "Die Datenbank „{path}“ enthält bereits einen LIP-Katalog; sie wird nicht neu "
        "eingerichtet."
    ),
    "server_set_up": (
        "Die Datenbank „{path}“ ist bereits für LIP Desktop eingerichtet. Füllen mit "
        "„lip-desktop import-json {path} DATEI“."
    ),
    # rights on a server catalogue (model/rights.py, model/server_rights.py)
    "rights_bad_role": "„{role}“ ist keine Rolle; möglich sind {roles}.",
    "rights_refused_field": (
        "{record_type} {record}: „{field}“ darf mit der Rolle {role} nicht geändert werden. "
        "Es wurde nichts gespeichert."
    ),
    "rights_refused_record": (
        "{record_type} {record} darf mit der Rolle {role} nicht angelegt, geändert oder "
        "gelöscht werden. Es wurde nichts gespeichert."
    ),
    "rights_refused_server": (
        "Der Datenbankserver hat die Änderung abgelehnt: {record_type} dürfen mit Ihren "
        "Rechten nicht geändert werden. Es wurde nichts gespeichert."
    ),
    "rights_refused_server_field": (
        "{record_type} {record}: „{field}“ – der Datenbankserver hat die Änderung abgelehnt, "
        "Ihre Rechte erlauben sie nicht. Es wurde nichts gespeichert."
    ),
    "rights_refused_server_record": (
        "{record_type} {record}: der Datenbankserver hat das Löschen abgelehnt, Ihre Rechte "
        "erlauben es nicht. Es wurde nichts gespeichert."
    ),
    "server_login_unknown": (
        "Die Anmeldung „{login}“ gibt es auf dem Datenbankserver „{path}“ nicht; Anmeldungen "
        "und Passwörter legt die IT an (CREATE ROLE … LOGIN)."
    ),
    "server_field_unknown": (
        "Das Handlungsfeld „{field_code}“ gibt es im Katalog „{path}“ nicht."
    ),
    "server_grant_fields": (
        "Handlungsfelder (--field) gehören nur zur Rolle Moderation (facilitator); "
        "die Moderation braucht mindestens eines."
    ),
    "server_grant_denied": (
        "Rechte in „{path}“ vergibt nur der Eigentümer der Datenbank (wer „server-init“ "
        "ausgeführt hat), und er braucht das Recht, Rollen anzulegen (CREATEROLE): {reason}"
    ),
    "server_empty": (
        "Die Datenbank „{path}“ enthält noch keinen Katalog. Einrichten mit "
        "„lip-desktop server-init {path}“ oder füllen mit „lip-desktop import-json {path} "
        "DATEI“."
    ),
    "server_backup": (
        "Der Katalog liegt auf dem Datenbankserver „{path}“: Sicherungen und "
        "Wiederherstellung sind dort Sache der Datenbank (Administration, z. B. pg_dump). "
        "Eine eigene Kopie schreibt „Exportieren als Austauschdatei (JSON)“ bzw. "
        "„lip-desktop export-json {path} DATEI“."
    ),
    "locked": (
        "„{path}“ ist bereits geöffnet: von {user} auf {host} seit {since}. "
        "Ein Katalog kann nur an einer Stelle gleichzeitig bearbeitet werden."
    ),
    "pragma_failed": (
        "SQLite konnte „{pragma}“ für „{path}“ nicht einstellen (Wert {value}). "
        "Liegt die Datei auf einem Netzlaufwerk? Bitte auf die lokale Festplatte kopieren."
    ),
    "already_exists": "Die Datei „{path}“ gibt es schon; sie wird nicht überschrieben.",
    "cannot_write": "„{path}“ kann nicht geschrieben werden: {reason}",
    "cannot_read": "„{path}“ kann nicht gelesen werden: {reason}",
    "output_is_catalogue": (
        "„{path}“ ist {what}; eine Ausgabe darf sie nicht überschreiben. Bitte einen anderen "
        "Dateinamen wählen."
    ),
    "backup_not_found": "Die Sicherung „{path}“ gibt es nicht.",
    "backup_bad": "Die Sicherung „{path}“ ist selbst beschädigt ({reason}).",
    "no_backup": "Für „{path}“ gibt es keine gültige Sicherung.",
    # records
    "not_found": "{record_type} „{record}“ gibt es im Katalog nicht.",
    "not_found_any": "{record_type}: Der gewählte Eintrag ist nicht (mehr) im Katalog – vielleicht wurde er inzwischen gelöscht.",
    "required": "{record_type} {record}: „{field}“ darf nicht leer sein.",
    "wrong_type": "{record_type} {record}: „{field}“ muss {expected} sein, nicht {got}.",
    "bad_enum": "{record_type} {record}: „{field}“ hat den unbekannten Wert „{value}“ (erlaubt: {allowed}).",
    "bad_date": "{record_type} {record}: „{field}“ ist kein gültiges Datum ({expected}): „{value}“.",
    "end_before_start": "{record_type} {record}: Das Ende ({end}) liegt vor dem Beginn ({start}).",
    "too_long": (
        "{record_type} {record}: „{field}“ ist zu lang ({length} Zeichen; erlaubt sind "
        "höchstens {limit})."
    ),
    "too_large": "{record_type} {record}: „{field}“ ist zu groß ({value}).",
    "bad_text": (
        "{record_type} {record}: „{field}“ enthält an Stelle {position} ein ungültiges "
        "Zeichen (kein Unicode-Text)."
    ),
    "negative": "{record_type} {record}: „{field}“ darf nicht negativ sein ({value}).",
    "out_of_range": "{record_type} {record}: „{field}“ muss zwischen {low} und {high} liegen ({value}).",
    "bad_code": (
        "{record_type} {record}: Das Kürzel „{value}“ ist ungültig "
        "(erwartet z. B. BIL, BIL-Z1, BIL-M1.2)."
    ),
    "duplicate_code": "Das Kürzel „{value}“ ist doppelt vergeben: {first} und {second}.",
    "duplicate_id": "{record_type} „{record}“: Die ID kommt mehrfach vor.",
    "dangling": "{record_type} {record}: „{field}“ verweist auf {target} „{target_id}“, das es nicht gibt.",
    "parent_cycle": "Ziel {record}: Das übergeordnete Ziel darf nicht das Ziel selbst oder eines seiner Teilziele sein.",
    "parent_other_field": "Ziel {record}: Das übergeordnete Ziel liegt in einem anderen Handlungsfeld.",
    "field_not_empty": (
        "Das Handlungsfeld {record} enthält noch Ziele ({goals}) oder Expert*innengruppen "
        "({groups}) und kann nicht entfernt werden."
    ),
    "field_has_contributions": (
        "Dem Handlungsfeld {record} sind noch Beiträge aus der Bürgerbeteiligung zugeordnet "
        "({count}); es kann nicht entfernt werden."
    ),
    "group_in_use": "Die Gruppe {record} hat noch Sitzungen und kann nicht entfernt werden.",
    "person_in_use": "{record} ist noch in Gruppen, Sitzungen oder Abstimmungen eingetragen.",
    "subject_has_votes": (
        "Über „{record}“ wurde abgestimmt; was zur Abstimmung stand, wird nicht gelöscht. "
        "Stattdessen den Status „abgelehnt“ setzen."
    ),
    "subject_in_use": "„{record}“ wird noch verwendet (Positionen, Kompromisse, Kommentare, Abstimmungen oder Beschlüsse).",
    "changed_meanwhile": (
        "{record_type} {record}: „{field}“ wurde inzwischen {by} geändert und lautet jetzt "
        "„{current}“. Ihre Änderung wurde nicht gespeichert, damit nichts ungesehen "
        "überschrieben wird; bitte den neuen Wert prüfen und bei Bedarf erneut ändern."
    ),
    "saved_meanwhile": (
        "{what} wurde eben von anderer Seite gespeichert, während Ihre Änderung geschrieben "
        "wurde. Ihre Änderung wurde nicht gespeichert, damit nichts ungesehen überschrieben "
        "wird; bitte den Eintrag prüfen und bei Bedarf erneut ändern."
    ),
    "undo_stale": (
        "Rückgängig bzw. Wiederholen ist hier nicht mehr möglich: {record_type} {record}, "
        "„{field}“ wurde inzwischen anders geändert (jetzt „{current}“, z. B. durch einen "
        "Import). Der Katalog bleibt, wie er ist."
    ),
    "restore_conflict": (
        "Das Gelöschte kann nicht wiederhergestellt werden: {reason}. Der Katalog bleibt, "
        "wie er ist."
    ),
    "position_settled": (
        "Die Position „{record}“ ist Teil eines Kompromisses und kann nicht entfernt werden; "
        "bitte erst im Kompromiss abwählen."
    ),
    "session_has_open_votes": "In der Sitzung „{record}“ läuft noch eine Abstimmung; bitte erst abschließen.",
    "voter_has_ballot": (
        "In der offenen Abstimmung „{record}“ liegt schon eine Stimme dieser Person vor; "
        "bitte die Stimme erst zurücknehmen."
    ),
    "session_closed": "Die Sitzung „{record}“ ist abgeschlossen; nur die Notizen sind noch änderbar.",
    # minutes (model/minutes_state.py)
    "minutes_state": (
        "Protokoll der Sitzung „{record}“ vom {day}: „{action}“ geht nicht, das Protokoll "
        "ist {state} (Feld „Status“)."
    ),
    "minutes_not_closed": (
        "Protokoll der Sitzung „{record}“ vom {day}: Versandt werden kann es erst, wenn die "
        "Sitzung abgeschlossen ist (Feld „Status“)."
    ),
    "minutes_sent_early": (
        "Protokoll der Sitzung „{record}“ vom {day}: „Versandt am“ ({value}) liegt vor der "
        "Sitzung."
    ),
    "minutes_bad_day": (
        "Protokoll der Sitzung „{record}“ vom {day}: „Versandt am“ ist kein gültiges Datum "
        "(TT.MM.JJJJ): „{value}“."
    ),
    "minutes_approver": (
        "Protokoll der Sitzung „{record}“ vom {day}: Genehmigt werden kann es nur in einer "
        "späteren Sitzung derselben Expert*innengruppe, nicht in „{other}“ vom {other_day} "
        "(Feld „Genehmigt in“)."
    ),
    "minutes_frozen": (
        "Protokoll der Sitzung „{record}“ vom {day}: Es ist genehmigt (in der Sitzung "
        "„{other}“ vom {other_day}) und bleibt unverändert; erst ausdrücklich wieder öffnen."
    ),
    "minutes_planned": (
        "Protokoll der Sitzung „{record}“ vom {day}: Die Genehmigung steht schon auf der "
        "Tagesordnung der Sitzung „{other}“ vom {other_day}."
    ),
    "minutes_no_approval_item": (
        "Der Tagesordnungspunkt „{record}“ ist keine Genehmigung eines Protokolls."
    ),
    # speakers list (Redeliste)
    "speaker_waiting": "{record} steht schon auf der Redeliste zu diesem Tagesordnungspunkt.",
    "speaker_parity_order": (
        "Die quotierte Redeliste ordnet selbst (Wechsel der Seiten, erste Beiträge zuerst). "
        "Zum Verschieben von {record} die Quotierung ausschalten."
    ),
    "speaker_limit": (
        "Redeliste: „Redezeit je Beitrag“ muss zwischen 1 und {maximum} Minuten liegen, "
        "nicht {value}."
    ),
    # votes
    "vote_closed": "Die Abstimmung „{record}“ ist abgeschlossen; sie kann nicht mehr geändert werden.",
    "not_a_voter": (
        "{person} ist in dieser Sitzung nicht stimmberechtigt "
        "(nur anwesende Mitglieder der Gruppe stimmen ab)."
    ),
    "second_ballot": "{person} hat bei „{option}“ schon abgestimmt (eine Stimme je Person).",
    "bad_choice": "Ungültige Stimme „{value}“ (erlaubt: ja, nein, Enthaltung).",
    "too_many_dots": "{person} hat {points} Punkte vergeben; erlaubt sind höchstens {limit} je Person.",
    "too_many_on_option": (
        "{person} hat {points} Punkte auf „{option}“ gesetzt; erlaubt sind höchstens {limit} je Option."
    ),
    "points_not_positive": "Punkte müssen eine ganze Zahl ab 1 sein ({value}).",
    "resistance_range": "Der Widerstand muss eine ganze Zahl von 0 bis {limit} sein ({value}).",
    "score_range": (
        "{person}: Die Bewertung von „{option}“ muss eine ganze Zahl von {low} bis {high} "
        "sein ({value})."
    ),
    "bad_ranking": "{person}: Die Rangfolge muss eine Liste von Optionen sein ({value}).",
    "ranking_empty": "{person}: Die Rangfolge nennt keine Option; mindestens eine ist nötig.",
    "ranking_repeat": "{person} hat „{option}“ mehr als einmal in die Rangfolge gesetzt.",
    "ranking_too_long": (
        "{person} hat {given} Optionen gereiht; erlaubt sind höchstens {limit} Plätze."
    ),
    "unknown_option": "Die Option „{option}“ gehört nicht zu dieser Abstimmung.",
    "ballots_and_counts": "Eine Abstimmung hat entweder Einzelstimmen oder Summen, nicht beides.",
    "counts_exceed_voters": (
        "{what}: {given} Stimmen bei nur {voters} anwesenden Stimmberechtigten."
    ),
    "bad_counts": "Die Summen der Abstimmung sind ungültig: {reason}.",
    "bad_rule": "Die Abstimmungsregel ist ungültig: {reason}.",
    "result_mismatch": (
        "Abstimmung „{record}“: Das gespeicherte Ergebnis stimmt nicht mit den Stimmen überein "
        "({detail})."
    ),
    "closed_vote_affected": (
        "Diese Änderung würde das Ergebnis der abgeschlossenen Abstimmung „{record}“ ändern "
        "und ist deshalb nicht möglich."
    ),
    "no_options": (
        "Eine Abstimmung mit Punkten, Widerständen, Bewertungen oder Rangfolge braucht "
        "mindestens eine Option."
    ),
    "cancelled": "Abgebrochen; es wurde nichts geschrieben.",
    # merging catalogues
    "merge_foreign": (
        "„{source}“ ist eine Kopie eines anderen Katalogs („{theirs}“, dieser ist „{mine}“). "
        "Zusammenführen lassen sich nur Kopien desselben Katalogs; um fremde Inhalte zu "
        "übernehmen, bitte „JSON einlesen“ verwenden."
    ),
    "damaged_value": (
        "Ein gespeicherter Wert im Katalog ist beschädigt („{excerpt}“ ist kein gültiger "
        "Inhalt). Bitte den Katalog aus einer Sicherung wiederherstellen "
        "(Datei → Sicherungen … oder „lip-desktop restore KATALOG“)."
    ),
    "merge_damaged": (
        "„{source}“ ist beschädigt ({reason}); es wurde nichts zusammengeführt und dieser "
        "Katalog nicht verändert. Bitte eine unbeschädigte Kopie oder eine Sicherung "
        "dieser Datei verwenden."
    ),
    "merge_same_file": "„{source}“ ist dieser Katalog selbst; es gibt nichts zusammenzuführen.",
    "merge_unreadable": "„{source}“ ist weder ein LIP-Katalog (.lip) noch eine Austauschdatei "
                        "(.json).",
    "conflict_not_found": "Den Konflikt Nr. {conflict} gibt es in diesem Katalog nicht.",
    "contribution_unlinked": (
        "{record_type} {record}: Ein berücksichtigter Beitrag nennt das Ziel oder die "
        "Maßnahme, in die er eingeflossen ist („{field}“ fehlt)."
    ),
    "contribution_reason_missing": (
        "Beitrag {record}: Bitte den Grund angeben, warum der Beitrag nicht übernommen wird."
    ),
    "contribution_duplicate_of_self": "Beitrag {record}: Ein Beitrag kann keine Dublette von sich selbst sein.",
    "contribution_bad_link": (
        "Beitrag {record}: Ein Beitrag kann nur mit einem Ziel oder einer Maßnahme verknüpft "
        "werden, nicht mit {target}."
    ),
    "participation_file": "„{path}“: {reason}",
    "participation_rows": (
        "„{path}“ wurde nicht eingelesen, nichts wurde übernommen. Abgelehnte Zeilen:\n{rows}"
    ),
    "proposal_outdated": (
        "Der Änderungsvorschlag von {author} zu {record}, „{field}“ ist veraltet: Das Feld "
        "enthält nicht mehr den Text, den der Vorschlag ändert (jetzt „{current}“). Er wird "
        "nicht übernommen."
    ),
    "proposal_decided": (
        "Der Änderungsvorschlag von {author} zu {record}, „{field}“ ist bereits entschieden "
        "({status})."
    ),
    "proposal_not_decided": (
        "Der Änderungsvorschlag von {author} zu {record}, „{field}“ ist offen; es gibt "
        "nichts rückgängig zu machen."
    ),
    "proposal_ambiguous": (
        "„{value}“ passt zu mehreren Änderungsvorschlägen; bitte mehr Zeichen der Nummer "
        "angeben."
    ),
    "conflict_decided": (
        "Der Konflikt Nr. {conflict} ({record}, {field}) ist bereits entschieden."
    ),
    "conflict_not_open_for_undo": (
        "Der Konflikt Nr. {conflict} ({record}, {field}) ist offen; es gibt keine "
        "Entscheidung zurückzunehmen."
    ),
    "conflict_bad_take": "„{take}“ ist keine Entscheidung; möglich sind „mine“ (behalten) und "
                         "„theirs“ (übernehmen).",
    "conflict_text_needed": "Für „{record}, {field}“ ist ein eigener Text nur bei Textfeldern "
                            "möglich.",
    # office documents coming back
    "unknown_measure_row": "Zeile {row}: Die Kennung „{value}“ gibt es im Katalog nicht.",
    "decision_row_without_id": (
        "Zeile {row}: {listed} hat keine Datensatz-ID (von Hand eingefügt oder eine Liste "
        "aus einer älteren Version); bitte die Maßnahmenliste neu exportieren."
    ),
    "decision_row_deleted": (
        "Zeile {row}: Die Maßnahme {listed} gibt es im Katalog nicht mehr (gelöscht)."
    ),
    "decision_row_changed": (
        "Zeile {row}: In der Liste steht {listed}, im Katalog heißt diese Maßnahme jetzt "
        "{now} (umnummeriert oder umbenannt)."
    ),
    "decisions_other_catalogue": (
        "Die Liste stammt aus einem anderen Katalog („{listed}“), nicht aus „{catalogue}“."
    ),
    "decisions_no_catalogue": (
        "Die Liste nennt keinen Katalog (keine von LIP Desktop exportierte Maßnahmenliste "
        "oder eine aus einer älteren Version); bitte die Maßnahmenliste neu exportieren."
    ),
    "bad_decision_row": "Zeile {row}: „{value}“ ist kein gültiges Votum (erlaubt: {allowed}, oder leer).",
    "bad_year": "„{value}“ ist kein gültiges Berichtsjahr (1900 bis 2200).",
    "return_cell": "Blatt „{sheet}“, Zeile {row}, Spalte „{column}“: {reason}.",
    "returns_other_catalogue": (
        "Die Rückmeldung stammt aus einem anderen Katalog („{listed}“), nicht aus "
        "„{catalogue}“."
    ),
    "returns_no_catalogue": (
        "Die Datei nennt keinen Katalog (keine von LIP Desktop erstellte Abfrage); bitte die "
        "Abfrage neu erstellen."
    ),
    "returns_no_year": "Die Datei nennt kein Berichtsjahr (keine von LIP Desktop erstellte Abfrage).",
    "returns_other_year": (
        "Die Rückmeldung gilt für das Berichtsjahr {listed}, eingelesen werden soll {expected}."
    ),
    "duplicate_yearly_report": (
        "Maßnahme {record}: Für {year} gibt es schon einen Umsetzungsbericht; bitte diesen "
        "ändern."
    ),
    "bad_office_file": "„{path}“ ist keine gültige {kind}-Datei ({reason}).",
    "office_file_too_large": "„{path}“ ist zu groß oder enthält zu viele Teile ({reason}); aus Sicherheitsgründen wird sie nicht gelesen.",
    # interchange
    "bad_json": "Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}): {reason}.",
    "bad_json_somewhere": "Die Datei ist kein gültiges JSON: {reason}.",
    "json_too_large": "„{path}“ ist mit {size} MB zu groß für eine Austauschdatei.",
    "bad_format": "Die Datei ist kein LIP-Katalog (format = „{found}“, erwartet „lip-catalogue“).",
    "bad_version": (
        "Die Datei hat das Austauschformat Version {found}; unterstützt werden die "
        "Versionen 1 und 2."
    ),
    "duplicate_yearly_value": (
        "{record_type} {record}: Für {year} gibt es mehr als einen Messwert (erlaubt ist "
        "einer je Jahr)."
    ),
    "not_an_object": "{record_type} {record}: „{field}“ muss ein Objekt sein.",
    "import_failed": "Der Import wurde abgebrochen, nichts wurde geändert:\n{problems}",
}


class LipError(Exception):
    """A known problem the user can act on; ``message`` is the German text."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params: dict[str, Any] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        code = self.code
        if code == "not_found" and _is_id(self.params.get("record")):
            code = "not_found_any"  # a record we cannot name: never show its id
        template = MESSAGES.get(code)
        if template is None:  # a missing template is our bug; still say something useful
            return f"{self.code}: {self.params}"
        try:
            text = template.format_map(_Defaulting(
                {k: _shown(k, v) for k, v in self.params.items()}))
        except (ValueError, IndexError):
            text = f"{template} {self.params}"
        context = self.params.get("context")  # where it happened, e.g. "Abstimmung …"
        return f"{context}: {text}" if context else text

    def __str__(self) -> str:
        return self.message


#: Parameters that are lists of lines by design; every other value is shown on one line.
_MULTILINE = frozenset({"problems", "context", "rows"})
_MAX_SHOWN = 200
#: A record id (UUID); messages never show one.
_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def _shown(key: str, value: Any) -> Any:
    """A parameter as a message shows it: stored dates the German way, foreign text on
    one short line (multi-line parameters such as lists of problems as they are). Ids stay:
    in a refused interchange file the id is what the user searches the file for."""
    if is_iso_date(value):
        return german(value)
    return value if key in _MULTILINE else _printable(value)


def _printable(value: Any) -> Any:
    """Foreign text inside a message: one line, short, control characters as escapes
    (a code with a trailing line break from a hostile file must not break the message)."""
    if not isinstance(value, str):
        return value
    if len(value) > _MAX_SHOWN:
        value = f"{value[:_MAX_SHOWN - 1]}…"
    if value.isprintable():
        return value
    return "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace")
                   .decode("ascii") for c in value)


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def _with_key(problem: LipError) -> str:
    """An import problem names the JSON key too: the German label is what the app shows,
    the key is what someone fixing the file searches for."""
    key = problem.params.get("field_key")
    text = problem.message
    return f"{text} [JSON-Schlüssel „{key}“]" if key else text


class CatalogueOpenError(LipError):
    """The file cannot be opened as a catalogue (missing, foreign, damaged, newer, locked)."""


class ValidationError(LipError):
    """A value breaks a rule; ``record`` and ``field`` name where."""

    @property
    def record(self) -> str | None:
        value = self.params.get("record")
        return None if value is None else str(value)

    @property
    def field(self) -> str | None:
        value = self.params.get("field_key")
        return None if value is None else str(value)


class VoteRuleError(ValidationError):
    """A ballot, count or rule breaks the vote's rules (``code`` names which)."""


class ConflictError(LipError):
    """The change is refused because of the state of the catalogue (closed vote, in use)."""


class CancelledError(LipError):
    """The user cancelled a long operation; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class InterchangeError(LipError):
    """An import was refused; ``problems`` lists every error found (nothing was changed)."""

    def __init__(self, problems: Sequence[LipError], warnings: Sequence[str] = ()) -> None:
        self.problems = list(problems)
        self.warnings = list(warnings)
        shown = [f"– {_with_key(p)}" for p in self.problems[:50]]
        if len(self.problems) > 50:
            shown.append(f"… und {len(self.problems) - 50} weitere Fehler")
        super().__init__("import_failed", problems="\n".join(shown))


#: German text for the operating system's errors, by errno; the one mapping used by every
#: command and the UI (the system's own text is English on most machines, and a message
#: like "No space left on device" does not tell a facilitator what to do).
_OS_REASONS: dict[int, str] = {
    errno.ENOSPC: "der Datenträger ist voll. Bitte Platz schaffen oder einen anderen Ort wählen",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.EACCES: ("keine Berechtigung, oder die Datei ist in einem anderen Programm "
                   "(z. B. Word oder Excel) geöffnet"),
    errno.EPERM: "keine Berechtigung für diese Datei oder diesen Ordner",
    errno.EISDIR: "dort liegt ein Ordner, keine Datei",
    errno.ENOTDIR: "ein Teil des Pfads ist eine Datei, kein Ordner",
    errno.ENOENT: "die Datei oder der Ordner existiert nicht (mehr)",
    errno.EEXIST: "die Datei gibt es schon",
    errno.ENAMETOOLONG: "der Dateiname oder Pfad ist zu lang",
    errno.EMFILE: "zu viele Dateien gleichzeitig geöffnet",
    errno.EIO: "Lese- oder Schreibfehler des Datenträgers",
    errno.EBUSY: "die Datei wird gerade von einem anderen Programm benutzt",
    errno.ETXTBSY: "die Datei wird gerade von einem anderen Programm benutzt",
    errno.EFBIG: "die Datei wird zu groß für diesen Datenträger",
    errno.EDQUOT: "das Speicherkontingent ist erschöpft",
    errno.EINVAL: "der Dateiname ist ungültig",
    errno.ENODEV: "das Laufwerk ist nicht verfügbar",
    errno.ENXIO: "das Laufwerk ist nicht verfügbar",
}
_WINERRORS: dict[int, str] = {
    32: "die Datei ist in einem anderen Programm geöffnet (z. B. Word oder Excel)",
    33: "ein Teil der Datei ist von einem anderen Programm gesperrt",
    112: _OS_REASONS[errno.ENOSPC],
    19: _OS_REASONS[errno.EROFS],
    5: _OS_REASONS[errno.EACCES],
    123: "der Dateiname ist ungültig",
    206: _OS_REASONS[errno.ENAMETOOLONG],
}


def os_error_reason(exc: OSError) -> str:
    """A German reason for an ``OSError``; never the system's English text alone."""
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in _WINERRORS:
        return _WINERRORS[winerror]
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    detail = exc.strerror or type(exc).__name__
    return f"Fehler des Betriebssystems ({detail})"


def os_error(exc: OSError, path: Path | str | None = None, *, reading: bool = False
             ) -> LipError:
    """The ``LipError`` for an ``OSError`` on ``path`` (or the file the error names)."""
    where = path if path is not None else (exc.filename or "?")
    return LipError("cannot_read" if reading else "cannot_write", path=str(where),
                    reason=os_error_reason(exc))


def params_of(error: LipError) -> Mapping[str, Any]:
    """Read-only view of an error's parameters, for tests and the UI."""
    return dict(error.params)
