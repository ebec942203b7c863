<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>ActionFieldForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="60"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="62"/>
        <source>Großbuchstaben, z. B. BIL; die Kennungen der Ziele und Maßnahmen beginnen damit.</source>
        <translation>Capital letters, e.g. BIL; the codes of the goals and measures begin with them.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="63"/>
        <source>Stelle in der Tagesordnung</source>
        <extracomment>Another agenda item became current (the ``AgendaItem``, or None). The enabled state of the buttons changed; the window&apos;s actions follow. The countdown was shown (current item id or None, ``AgendaTiming``): the announcer speaks when a warning is crossed.</extracomment>
        <translation>Place on the agenda</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="66"/>
        <source>Aktueller Tagesordnungspunkt</source>
        <translation>Current agenda item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="73"/>
        <source>Bezug des Tagesordnungspunkts</source>
        <translation>What the agenda item refers to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="77"/>
        <source>Verbleibende Zeit des Tagesordnungspunkts</source>
        <translation>Time remaining for the agenda item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="84"/>
        <source>Voraussichtliches Ende der Sitzung</source>
        <translation>Expected end of the session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="85"/>
        <source>Zeitrahmen überschritten</source>
        <translation>Time box exceeded</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="87"/>
        <source>Warnung: Zeitrahmen überschritten</source>
        <translation>Warning: time box exceeded</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="91"/>
        <source>◀ Vorheriger TOP</source>
        <translation>◀ Previous item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="92"/>
        <source>Vorheriger Tagesordnungspunkt (Bild auf)</source>
        <translation>Previous agenda item (Page Up)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="93"/>
        <source>Nächster TOP ▶</source>
        <translation>Next item ▶</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="94"/>
        <source>Nächster Tagesordnungspunkt (Bild ab)</source>
        <translation>Next agenda item (Page Down)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="97"/>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="98"/>
        <source>Sitzung starten</source>
        <translation>Start session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="129"/>
        <source>Tagesordnung (Doppelklick oder Eingabe ruft den Punkt auf)</source>
        <translation>Agenda (double-click or Enter calls up the item)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="130"/>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="131"/>
        <source>Tagesordnungspunkt nach oben</source>
        <translation>Move agenda item up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="132"/>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="133"/>
        <source>Tagesordnungspunkt nach unten</source>
        <translation>Move agenda item down</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="138"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="152"/>
        <source>Sitzung abgeschlossen – nur die Notizen sind noch änderbar.</source>
        <translation>Session closed – only the notes can still be changed.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="159"/>
        <source> · %1 min</source>
        <translation> · %1 min</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="185"/>
        <source>Kein Tagesordnungspunkt aufgerufen</source>
        <translation>No agenda item called up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="189"/>
        <source>TOP %1 von %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="194"/>
        <source>Bezug: %1</source>
        <translation>Refers to: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/agenda.py" line="207"/>
        <source>voraussichtliches Ende %1</source>
        <translation>expected end %1</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="44"/>
        <source>Anwesenheit</source>
        <extracomment>The attendance column grows to its longest name up to this width (px). Before a present person&apos;s name (presence is never shown by colour alone). The quorum was shown (quorate, its text): the announcer speaks on a change. Shift+click or &quot;+&quot; on a member&apos;s toggle: put that person (id) on the speakers list.</extracomment>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="50"/>
        <source>Anwesende je Seite</source>
        <translation>People present per side</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="57"/>
        <source>Beschlussfähigkeit</source>
        <translation>Quorum status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="60"/>
        <source>⚠ Besetzung: eine Seite ist unter den Anwesenden unterrepräsentiert.</source>
        <translation>⚠ Staffing: one side is under-represented among those present.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="62"/>
        <source>Warnung zur Besetzung</source>
        <translation>Staffing warning</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="111"/>
        <source>Anwesenheit: %1</source>
        <translation>Attendance: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="145"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="145"/>
        <source>abwesend</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="147"/>
        <source>anwesend: Verwaltung %1 · extern %2</source>
        <translation>present: administration %1 · external %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="151"/>
        <source>beschlussfähig (kein Quorum festgelegt)</source>
        <translation>quorate (no quorum set)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="153"/>
        <source>beschlussfähig (Quorum %1 erreicht)</source>
        <translation>quorate (quorum of %1 reached)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/attendance.py" line="156"/>
        <source>nicht beschlussfähig: Quorum %1, anwesend %2</source>
        <translation>not quorate: quorum %1, present %2</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="110"/>
        <source>Datum</source>
        <extracomment>The backup&apos;s path (``Path``) on every row. A value that sorts the column correctly (datetime, reason key, size in bytes).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="110"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="110"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="150"/>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="167"/>
        <source>Sicherungen</source>
        <extracomment>The user confirmed restoring this backup (``Path``). The receiver must close the catalogue, call ``catalogue.restore(catalogue_path, backup)``, reopen the file and clear the undo stack; the dialog itself changes nothing.</extracomment>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="161"/>
        <source>Sicherungen entstehen beim Öffnen, halbstündlich bei Änderungen, vor Aktualisierungen und beim Schließen. Alle von heute und gestern bleiben; von den älteren bleibt je Tag, Woche und Monat die neueste.</source>
        <translation>Backups are made on opening, every half hour while there are changes, before updates and on closing. All backups from today and yesterday are kept; of the older ones, the newest of each day, week and month is kept.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="174"/>
        <source>Ordner: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="179"/>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="180"/>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="181"/>
        <source>Wiederherstellen …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="182"/>
        <source>Ausgewählte Sicherung wiederherstellen</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="185"/>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="186"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="188"/>
        <source>Der Katalog ist nur zum Lesen geöffnet.</source>
        <translation>The catalogue is open read-only.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="230"/>
        <source>Sicherung fehlgeschlagen</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="242"/>
        <source>Den Katalog auf den Stand vom %1 zurücksetzen?

Der jetzige Stand wird vorher gesichert, und die jetzige Datei wird unverändert beiseitegelegt (…_ersetzt_…). Der Katalog wird dazu geschlossen und wieder geöffnet; „Rückgängig“ gilt danach nur für neue Änderungen.</source>
        <translation>Reset the catalogue to its state of %1?

The current state is backed up first, and the current file is set aside unchanged (…_ersetzt_…). The catalogue is closed and reopened for this; ‘Undo’ then applies only to new changes.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="247"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/datetime_edit.py" line="33"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="32"/>
        <source>Was wird erfasst</source>
        <extracomment>What a quick capture creates, in the order of the kind combo.</extracomment>
        <translation>What is being captured</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="33"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="34"/>
        <source>Teilziel</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="35"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="37"/>
        <source>Unter welchem Ziel oder Handlungsfeld</source>
        <translation>Under which goal or action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="44"/>
        <source>Titel des neuen Eintrags</source>
        <translation>Title of the new entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="45"/>
        <source>Titel eingeben, Eingabe speichert</source>
        <translation>Type a title; Enter saves it</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="47"/>
        <source>In dieser Sitzung erfasst</source>
        <translation>Captured in this session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="49"/>
        <source>Neu:</source>
        <translation>New:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="50"/>
        <source>unter:</source>
        <translation>under:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="51"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="52"/>
        <source>Erfasst:</source>
        <translation>Captured:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="85"/>
        <source>– Ziel wählen –</source>
        <translation>– choose a goal –</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="111"/>
        <source>Bitte zuerst wählen, wohin der Eintrag gehört.</source>
        <translation>Please first choose where the entry belongs.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="119"/>
        <source>Maßnahme erfassen</source>
        <translation>Capture measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="126"/>
        <source>Teilziel erfassen</source>
        <translation>Capture sub-goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/capture.py" line="131"/>
        <source>Ziel erfassen</source>
        <translation>Capture goal</translation>
    </message>
</context>
<context>
    <name>CatalogueForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="92"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="101"/>
        <source>Wird beim Erzeugen eines Word-Entwurfs gesetzt.</source>
        <translation>Set when a Word draft is created.</translation>
    </message>
</context>
<context>
    <name>CatalogueHub</name>
    <message>
        <location filename="../../lip_desktop/ui/hub.py" line="83"/>
        <source>Gespeichert: %1</source>
        <extracomment>A service call changed the catalogue; the argument is its ``Changes``. A record was chosen somewhere (tree, list, search): (record type, id). A short German status text for the status bar.</extracomment>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/hub.py" line="100"/>
        <source>Rückgängig gemacht: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/hub.py" line="101"/>
        <source>Wiederholt: %1</source>
        <translation>Redone: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <location filename="../../lip_desktop/ui/tree_model.py" line="348"/>
        <source>Strategieteil</source>
        <translation>Strategy part</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/tree_model.py" line="229"/>
        <source>Status: %1</source>
        <extracomment>What the colour of a status or vote text means (``a11y.colour``); the text says it too. The node an item shows (``Node.key``), on every cell of its row. One cell as shown: its text, the meaning of its colour (``a11y.colour``) or None. The node&apos;s place in its parent&apos;s ``children`` (kept by ``_number``). The items of the row showing the node (title, status, vote); None for the root and for a node not shown yet. What ``items`` show (``_Look``): a refresh writes only what changed. Records one change may touch before the tree re-reads every loaded branch instead of asking each record where it belongs now (2 ms a record: an import, or another window&apos;s &quot;reload everything&quot; on a server, touches thousands; 2,100 took 5 s).</extracomment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/tree_model.py" line="231"/>
        <source>Votum Lenkungsgruppe: %1</source>
        <translation>Steering group decision: %1</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/merge/checkout.py" line="44"/>
        <source>Offline-Kopie für eine Sitzung</source>
        <translation>Offline copy for a session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/checkout.py" line="46"/>
        <source>Die Kopie kann ohne Verbindung bearbeitet und später mit „Katalog zusammenführen …“ zurückgeführt werden. Handlungsfelder wählen (keines: der ganze Katalog):</source>
        <translation>The copy can be edited without a connection and brought back later with “Merge catalogue …”. Choose action fields (none: the whole catalogue):</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/checkout.py" line="52"/>
        <source>Handlungsfelder der Kopie</source>
        <translation>Action fields of the copy</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/checkout.py" line="65"/>
        <source>&amp;Weiter …</source>
        <translation>&amp;Next …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/checkout.py" line="67"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommentModel</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="254"/>
        <location filename="../../lip_desktop/ui/history.py" line="267"/>
        <source>erledigt</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="254"/>
        <source>Autor*in</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="254"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="255"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="255"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="267"/>
        <source>offen</source>
        <translation>unresolved</translation>
    </message>
</context>
<context>
    <name>CompromiseTreeModel</name>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="267"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="267"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="267"/>
        <source>vertreten von</source>
        <translation>held by</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="268"/>
        <source>Sitzung</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="409"/>
        <source>Position von %1: %2</source>
        <translation>Position of %1: %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="418"/>
        <source>Sondervotum von %1: %2</source>
        <translation>Minority opinion of %1: %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="425"/>
        <source>Löst die Positionen (%1 von %2)</source>
        <translation>Settles the positions (%1 of %2)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="427"/>
        <source>Sondervoten (%1)</source>
        <translation>Minority opinions (%1)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="438"/>
        <source>Kompromiss (%1): %2</source>
        <translation>Compromise (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="491"/>
        <source>Der Text eines Kompromisses darf nicht leer sein.</source>
        <translation>The text of a compromise must not be empty.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="506"/>
        <source>Unbekannter Status: %1</source>
        <translation>Unknown status: %1</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="56"/>
        <source>Datensatz</source>
        <extracomment>Characters of a value in a table cell; the tool tip holds the whole value.</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="56"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="56"/>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="57"/>
        <source>dieser Katalog</source>
        <translation>this catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="57"/>
        <source>anderer Katalog</source>
        <translation>other catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="58"/>
        <source>hier geändert von/am</source>
        <translation>changed here by/on</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="58"/>
        <source>dort geändert von/am</source>
        <translation>changed there by/on</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="105"/>
        <source>Offene Konflikte</source>
        <extracomment>Conflicts were decided through this view (their ids), after the hub ran it.</extracomment>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="109"/>
        <source>Unterschied der beiden Fassungen</source>
        <translation>Difference between the two versions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="110"/>
        <source>Eigener Text:</source>
        <translation>Own text:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="111"/>
        <source>Eigener Text statt beider Fassungen</source>
        <translation>Own text instead of both versions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="112"/>
        <source>Behal&amp;ten</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="114"/>
        <source>Den Wert dieses Katalogs behalten</source>
        <translation>Keep this catalogue&apos;s value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="115"/>
        <source>Behalten: Wert dieses Katalogs</source>
        <translation>Keep: this catalogue&apos;s value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="116"/>
        <source>Über&amp;nehmen</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="118"/>
        <source>Den Wert des anderen Katalogs übernehmen</source>
        <translation>Take the other catalogue&apos;s value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="119"/>
        <source>Übernehmen: Wert des anderen Katalogs</source>
        <translation>Take: the other catalogue&apos;s value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="120"/>
        <source>&amp;Eigenen Text übernehmen</source>
        <translation>Use o&amp;wn text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="122"/>
        <source>Eigenen Text übernehmen</source>
        <translation>Use own text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="138"/>
        <source>1 offener Konflikt</source>
        <translation>1 open conflict</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="140"/>
        <source>Keine offenen Konflikte.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="141"/>
        <source>%1 offene Konflikte</source>
        <translation>%1 open conflicts</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="158"/>
        <source>Kein Konflikt gewählt.</source>
        <translation>No conflict selected.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="171"/>
        <source>– %1 Konflikte gewählt; die Entscheidung gilt für alle.</source>
        <translation>– %1 conflicts selected; the decision applies to all.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="176"/>
        <source>Durchgestrichen: nur in diesem Katalog. Unterstrichen: nur im anderen Katalog (%1).</source>
        <translation>Struck through: only in this catalogue. Underlined: only in the other catalogue (%1).</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="183"/>
        <source>Beide Fassungen des Datensatzes:</source>
        <translation>Both versions of the record:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="200"/>
        <source>Dieser Katalog</source>
        <translation>This catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="201"/>
        <source>Anderer Katalog (%1)</source>
        <translation>Other catalogue (%1)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/conflicts.py" line="202"/>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
</context>
<context>
    <name>ContributionTableModel</name>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="78"/>
        <source>Beteiligungsschritt</source>
        <extracomment>Rows of the file shown in the import dialog&apos;s preview.</extracomment>
        <translation>Participation step</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="78"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="78"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="79"/>
        <source>Eingang</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="79"/>
        <source>Verknüpft mit / Grund</source>
        <translation>Linked to / reason</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="80"/>
        <source>Beitrag</source>
        <translation>Contribution</translation>
    </message>
</context>
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="135"/>
        <source>Filter Beteiligungsschritt</source>
        <translation>Filter by participation step</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="137"/>
        <source>Filter Kanal</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="141"/>
        <source>Filter Handlungsfeld</source>
        <translation>Filter by action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="143"/>
        <source>Filter Status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="147"/>
        <source>Schri&amp;tt:</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="148"/>
        <source>&amp;Kanal:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="149"/>
        <source>Handlungs&amp;feld:</source>
        <translation>Action &amp;field:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="150"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="130"/>
        <source>Beiträge aus der Bürgerbeteiligung</source>
        <translation>Contributions from public participation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="159"/>
        <source>Text des Beitrags</source>
        <translation>Text of the contribution</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="163"/>
        <source>Ziel oder Maßnahme, in die der Beitrag eingeflossen ist</source>
        <translation>Goal or measure the contribution fed into</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="172"/>
        <source>Verknüpfen &amp;mit:</source>
        <translation>Link to (&amp;m):</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="174"/>
        <source>&amp;Verknüpfen</source>
        <translation>Link (&amp;v)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="176"/>
        <source>Der Beitrag ist in dieses Ziel oder diese Maßnahme eingeflossen (berücksichtigt)</source>
        <translation>The contribution fed into this goal or measure (considered)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="180"/>
        <source>Grund, warum der Beitrag nicht übernommen wird</source>
        <translation>Reason why the contribution is not taken up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="182"/>
        <source>&amp;Grund:</source>
        <translation>Reason (&amp;g):</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="184"/>
        <source>Nicht übernehmen</source>
        <translation>Not taken up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="186"/>
        <source>Mit dem Grund als nicht übernommen markieren (Eingabetaste im Feld Grund)</source>
        <translation>Mark as not taken up, with the reason (Enter in the reason field)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="188"/>
        <source>Dubl&amp;ette</source>
        <translation>Dupl&amp;icate</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="190"/>
        <source>Zu&amp;rücksetzen</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="192"/>
        <source>Wieder als neu markieren</source>
        <translation>Mark as new again</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="237"/>
        <location filename="../../lip_desktop/ui/contributions.py" line="280"/>
        <location filename="../../lip_desktop/ui/contributions.py" line="299"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="283"/>
        <source>ohne Handlungsfeld</source>
        <translation>without action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="322"/>
        <source>Keine Beiträge. Einlesen: Datei → Beteiligung einlesen …</source>
        <translation>No contributions. To read some: File → Read participation …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="325"/>
        <source>%1 Beiträge</source>
        <translation>%1 contributions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="327"/>
        <source>%1 von %2 Beiträgen</source>
        <translation>%1 of %2 contributions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="339"/>
        <source>Kein Beitrag gewählt.</source>
        <translation>No contribution selected.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="342"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="345"/>
        <source>Eingeflossen in: %1</source>
        <translation>Fed into: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="347"/>
        <source>Grund: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="349"/>
        <source>%1 Beiträge gewählt; die Entscheidung gilt für alle.</source>
        <translation>%1 contributions selected; the decision applies to all.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="358"/>
        <source>Bitte ein Ziel oder eine Maßnahme aus der Liste wählen.</source>
        <translation>Please choose a goal or measure from the list.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="534"/>
        <source>Umfrage-Export wählen</source>
        <translation>Choose a survey export</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="536"/>
        <source>Umfrage-Export (*.csv *.xlsx)</source>
        <translation>Survey export (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="554"/>
        <source>Beiträge werden übernommen …</source>
        <translation>Storing contributions …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="560"/>
        <source>%1: %2 Beiträge aus „%3“ eingelesen.</source>
        <translation>%1: %2 contributions read from “%3”.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="564"/>
        <source>%1 Zeilen waren schon eingelesen.</source>
        <translation>%1 rows had been read before.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="567"/>
        <source>Beteiligung eingelesen</source>
        <translation>Participation read</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="573"/>
        <source>Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="586"/>
        <source>Bericht zur Bürgerbeteiligung speichern</source>
        <translation>Save the participation report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="600"/>
        <source>Geschrieben: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="604"/>
        <source>Bericht zur Bürgerbeteiligung</source>
        <translation>Participation report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="607"/>
        <source>Bericht wird geschrieben …</source>
        <translation>Writing the report …</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/datetime_edit.py" line="129"/>
        <source>TT.MM.JJJJ HH:MM</source>
        <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/datetime_edit.py" line="130"/>
        <source>Datum und Uhrzeit, z. B. 15.09.2027 17:00 (Alt+Pfeil unten: Kalender)</source>
        <translation>Date and time, e.g. 15.09.2027 17:00 (Alt+Down: calendar)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/datetime_edit.py" line="133"/>
        <source>Kalender öffnen</source>
        <translation>Open calendar</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/datetime_edit.py" line="167"/>
        <source>„%1“ ist kein gültiges Datum mit Uhrzeit. Bitte so eingeben: 15.09.2027 17:00.</source>
        <translation>‘%1’ is not a valid date and time. Please enter it like this: 15.09.2027 17:00.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="32"/>
        <source>Neuer Beschluss zum aktuellen TOP</source>
        <translation>New decision on the current item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="33"/>
        <source>Beschluss eingeben, Eingabe speichert</source>
        <translation>Type a decision; Enter saves it</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="34"/>
        <source>Beschlüsse der Sitzung</source>
        <translation>Decisions of the session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="35"/>
        <source>Beschluss entfernen …</source>
        <translation>Remove decision …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="36"/>
        <source>Ausgewählten Beschluss entfernen</source>
        <translation>Remove the selected decision</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="51"/>
        <source>TOP %1: </source>
        <translation>Item %1: </translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="81"/>
        <source>Beschluss: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="88"/>
        <source>Beschluss entfernen</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/decisions.py" line="89"/>
        <source>Den ausgewählten Beschluss aus der Liste entfernen?</source>
        <translation>Remove the selected decision from the list?</translation>
    </message>
</context>
<context>
    <name>EditorStack</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/stack.py" line="55"/>
        <source>Bitte links einen Eintrag wählen.</source>
        <extracomment>The form class for each record type the editor can show. The record now shown: (record type, id), or (&quot;&quot;, &quot;&quot;) for the empty page.</extracomment>
        <translation>Please select an entry on the left.</translation>
    </message>
</context>
<context>
    <name>EuroEdit</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/euro_edit.py" line="28"/>
        <source>z. B. 120.000,00 €</source>
        <extracomment>Return pressed or field left (after the text was tidied).</extracomment>
        <translation>e.g. 120.000,00 €</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/euro_edit.py" line="29"/>
        <source>Betrag in Euro, z. B. 120.000 oder 1.234,56; leer: offen</source>
        <translation>Amount in euros in German notation, e.g. 120.000 or 1.234,56; empty: not yet known</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/euro_edit.py" line="48"/>
        <source>„%1“ ist kein Betrag. Bitte in deutscher Schreibweise eingeben, z. B. 120.000 oder 1.234,56 (höchstens zwei Nachkommastellen).</source>
        <translation>‘%1’ is not an amount. Please enter it in German notation, e.g. 120.000 or 1.234,56 (at most two decimal places).</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="155"/>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="166"/>
        <source>Begriffsregeln</source>
        <translation>Term rules</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="169"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="170"/>
        <source>Neuer Begriff</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="172"/>
        <source>Ersatz</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="173"/>
        <source>Ersatz für den neuen Begriff</source>
        <translation>Replacement for the new term</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="175"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="176"/>
        <source>Hinweis zur neuen Regel</source>
        <translation>Note on the new rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="177"/>
        <location filename="../../lip_desktop/ui/glossary.py" line="178"/>
        <source>Regel hinzufügen</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="179"/>
        <source>Regel entfernen …</source>
        <translation>Remove rule …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="180"/>
        <source>Ausgewählte Regel entfernen</source>
        <translation>Remove the selected rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="191"/>
        <source>Gefundene veraltete Begriffe</source>
        <translation>Outdated terms found</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="194"/>
        <source>Ergebnis der Prüfung</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="195"/>
        <source>Doppelklick öffnet den Eintrag. Der Text wird nicht automatisch geändert.</source>
        <translation>Double-click opens the entry. The text is not changed automatically.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="198"/>
        <source>Eintrag öffnen</source>
        <translation>Open entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="199"/>
        <source>Eintrag der Fundstelle öffnen</source>
        <translation>Open the entry where the term was found</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="210"/>
        <source>Begriffe und Bericht</source>
        <translation>Terms and report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="211"/>
        <source>&amp;Begriffe</source>
        <translation>&amp;Terms</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="212"/>
        <source>Be&amp;richt</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="215"/>
        <location filename="../../lip_desktop/ui/glossary.py" line="216"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="258"/>
        <source>Begriffsregel hinzufügen</source>
        <translation>Add term rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="272"/>
        <source>Regel entfernen</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="273"/>
        <source>Die Regel für „%1“ entfernen?</source>
        <translation>Remove the rule for ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="275"/>
        <source>Begriffsregel entfernen</source>
        <translation>Remove term rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="290"/>
        <source>Keine veralteten Begriffe gefunden.</source>
        <translation>No outdated terms found.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="292"/>
        <source>1 veralteter Begriff gefunden.</source>
        <translation>1 outdated term found.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="294"/>
        <source>%1 veraltete Begriffe gefunden.</source>
        <translation>%1 outdated terms found.</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="27"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="39"/>
        <source>Verhandlung: Positionen, Kompromisse, Sondervoten</source>
        <translation>Negotiation: positions, compromises, minority opinions</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="197"/>
        <source>Verwaltung %1 · extern %2</source>
        <extracomment>Groups are few (one or two per action field): all are re-read; the staffing shown depends on the members&apos; sides, the action field column on the field&apos;s name.</extracomment>
        <translation>Administration %1 · external %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="200"/>
        <source>nicht ausgewogen besetzt</source>
        <translation>not evenly staffed</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="206"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="206"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="206"/>
        <source>Besetzung</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="223"/>
        <source>Stimmberechtigte Mitglieder je Seite</source>
        <translation>Voting members per side</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="243"/>
        <source>Gruppenname ändern</source>
        <translation>Rename group</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="163"/>
        <source>angelegt</source>
        <extracomment>Record types a review comment can be about (the others have no &quot;Kommentare&quot; tab).</extracomment>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="165"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="169"/>
        <source>Mitglied %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="170"/>
        <source>(gelöschte Person)</source>
        <translation>(deleted person)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="172"/>
        <source>Abstimmungsregel (%1)</source>
        <translation>Voting rule (%1)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="190"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="196"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="196"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="196"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="196"/>
        <source>alt → neu</source>
        <translation>old → new</translation>
    </message>
</context>
<context>
    <name>ImplementationEdit</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="31"/>
        <source>– noch nicht erfasst –</source>
        <extracomment>The user finished an edit (picked a status, left or confirmed a text).</extracomment>
        <translation>– not recorded yet –</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="33"/>
        <source>Umsetzungsstatus</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="36"/>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="37"/>
        <source>leer: die Federführung</source>
        <translation>empty: the lead department</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="40"/>
        <source>Umsetzungsnotiz</source>
        <translation>Implementation note</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="45"/>
        <source>Stand der Umsetzung:</source>
        <translation>Implementation state:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="46"/>
        <source>Verantwortlich:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="47"/>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="48"/>
        <source>Stand vom:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/implementation_edit.py" line="79"/>
        <source>Bitte zuerst einen Umsetzungsstatus wählen.</source>
        <translation>Please choose an implementation status first.</translation>
    </message>
</context>
<context>
    <name>ImportContributionsDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="394"/>
        <source>Beteiligung einlesen: %1</source>
        <translation>Read participation: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="398"/>
        <source>Beteiligungsschritt</source>
        <translation>Participation step</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="399"/>
        <source>z. B. Online-Umfrage 2021</source>
        <translation>e.g. Online-Umfrage 2021</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="402"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="406"/>
        <source>Spalte mit dem Beitragstext</source>
        <translation>Column with the contribution text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="409"/>
        <source>Spalte mit dem Handlungsfeld</source>
        <translation>Column with the action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="411"/>
        <source>Spalte mit dem Eingangsdatum</source>
        <translation>Column with the date received</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="414"/>
        <source>&amp;Beteiligungsschritt:</source>
        <translation>Participation &amp;step:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="415"/>
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="416"/>
        <source>&amp;Text des Beitrags:</source>
        <translation>&amp;Text of the contribution:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="417"/>
        <source>&amp;Handlungsfeld (Kürzel oder Name):</source>
        <translation>Action &amp;field (code or name):</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="418"/>
        <source>&amp;Eingangsdatum (sonst heute):</source>
        <translation>&amp;Date received (otherwise today):</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="421"/>
        <source>Die ersten Zeilen der Datei</source>
        <translation>The first rows of the file</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="424"/>
        <location filename="../../lip_desktop/ui/contributions.py" line="456"/>
        <source>Spalte %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="431"/>
        <source>Gelesen wird alles oder nichts: Zeilen ohne Text, Tabellenformeln oder unbekannte Handlungsfelder werden mit Zeilennummer genannt, und nichts wird übernommen. Eine schon eingelesene Zeile wird nicht doppelt übernommen.</source>
        <translation>All or nothing: rows without text, spreadsheet formulas or unknown action fields are named by row number, and nothing is stored. A row read before is not stored twice.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="442"/>
        <source>Vorschau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="454"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/indicator_chart.py" line="32"/>
        <source>Kein Indikator gewählt.</source>
        <translation>No indicator selected.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/indicator_chart.py" line="45"/>
        <source>Verlauf des Indikators</source>
        <translation>Indicator over time</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/indicator_chart.py" line="112"/>
        <source>Noch keine Werte</source>
        <translation>No values yet</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/indicator_chart.py" line="148"/>
        <source>Messwert</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/indicator_chart.py" line="149"/>
        <source>Ausgangswert</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/indicator_chart.py" line="151"/>
        <source>Zielwert</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="226"/>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="243"/>
        <source>Indikator hinzufügen</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="244"/>
        <source>Indikator entfernen</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="253"/>
        <source>Fehler bei den Indikatoren</source>
        <translation>Errors in the indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="284"/>
        <source>Neuer Indikator</source>
        <translation>New indicator</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="98"/>
        <source>Jahr</source>
        <extracomment>Column order of the table: record field keys. German reason why the last cell edit was not stored (&quot;&quot; after a stored edit).</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="178"/>
        <source>„%2“ ist keine Jahreszahl (%1), z. B. 2028.</source>
        <translation>‘%2’ is not a year (%1), e.g. 2028.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="180"/>
        <source>„%2“ ist keine Zahl (%1); bitte in deutscher Schreibweise, z. B. 1.234,5.</source>
        <translation>‘%2’ is not a number (%1); please use German notation, e.g. 1.234,5.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="191"/>
        <source>Indikator hinzufügen</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="200"/>
        <source>Indikator entfernen</source>
        <translation>Remove indicator</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="323"/>
        <source>Verlauf in Worten</source>
        <extracomment>The values of the shown indicator by year, as last shown (what an edit is over).</extracomment>
        <translation>Course in words</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="327"/>
        <source>Jahr des Messwerts</source>
        <translation>Year of the measured value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="329"/>
        <source>Messwert</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="330"/>
        <source>z. B. 67,8</source>
        <translation>e.g. 67.8</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="331"/>
        <source>Messwert &amp;speichern</source>
        <translation>&amp;Save value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="332"/>
        <source>Messwert des Jahres entfernen</source>
        <translation>Remove the year&apos;s value</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="336"/>
        <source>&amp;Jahr:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="338"/>
        <source>&amp;Wert:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="398"/>
        <source>„%1“ ist keine Zahl. Bitte den Messwert als Zahl eingeben, z. B. 67,8.</source>
        <translation>‘%1’ is not a number. Please enter the measured value as a number, e.g. 67.8.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="404"/>
        <source>Messwert %1 erfassen</source>
        <translation>Record value %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="419"/>
        <source>Für %1 ist kein Messwert gespeichert.</source>
        <translation>No value is stored for %1.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="424"/>
        <source>Messwert %1 entfernen</source>
        <translation>Remove value %1</translation>
    </message>
</context>
<context>
    <name>LiveAnnouncer</name>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="39"/>
        <source>Meldungen</source>
        <extracomment>Remaining time (minutes) at which the countdown is announced; 0 is the overrun.</extracomment>
        <translation>Announcements</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="66"/>
        <source>Die Zeit für diesen Tagesordnungspunkt ist abgelaufen.</source>
        <translation>The time for this agenda item is up.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="69"/>
        <source>Noch eine Minute für diesen Tagesordnungspunkt.</source>
        <translation>One minute left for this agenda item.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="71"/>
        <source>Noch %1 Minuten für diesen Tagesordnungspunkt.</source>
        <translation>%1 minutes left for this agenda item.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="91"/>
        <source>Beschlussfähig: %1</source>
        <translation>Quorate: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="93"/>
        <source>Nicht mehr beschlussfähig: %1</source>
        <translation>No longer quorate: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="126"/>
        <source>Stimme von %1 zurückgenommen.</source>
        <translation>Vote of %1 withdrawn.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="128"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/announcer.py" line="130"/>
        <source>%1 von %2 Stimmen erfasst.</source>
        <translation>%1 of %2 votes recorded.</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../lip_desktop/ui/live_refresh.py" line="87"/>
        <source>Von anderer Stelle geändert: %1</source>
        <extracomment>Others&apos; changes arrived and were broadcast (for the status bar and tests).</extracomment>
        <translation>Changed elsewhere: %1</translation>
    </message>
</context>
<context>
    <name>LiveSessionWindow</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="120"/>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="177"/>
        <source>&amp;Erfassen</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="121"/>
        <source>&amp;Verhandlung</source>
        <translation>&amp;Negotiation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="122"/>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="178"/>
        <source>&amp;Themenspeicher</source>
        <translation>Par&amp;king Lot</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="123"/>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="178"/>
        <source>&amp;Beschlüsse</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="127"/>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="179"/>
        <source>&amp;Abstimmungen</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="128"/>
        <source>&amp;Notizen</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="116"/>
        <source>Notizen zur Sitzung</source>
        <extracomment>Tabs of the capture area; Ctrl+1 … Ctrl+7 jump to them. The window was closed (session id); the owner forgets it.</extracomment>
        <translation>Session notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="130"/>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="180"/>
        <source>&amp;Redeliste</source>
        <translation>S&amp;peakers</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="150"/>
        <source>Laufende Rede</source>
        <translation>Running speech</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="155"/>
        <source>&amp;Sitzung</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="167"/>
        <source>&amp;Vorheriger TOP</source>
        <translation>&amp;Previous Item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="169"/>
        <source>&amp;Nächster TOP</source>
        <translation>&amp;Next Item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="171"/>
        <source>TOP nach &amp;oben</source>
        <translation>Move Item &amp;Up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="173"/>
        <source>TOP nach &amp;unten</source>
        <translation>Move Item Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="177"/>
        <source>Ver&amp;handlung</source>
        <translation>Ne&amp;gotiation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="179"/>
        <source>No&amp;tizen</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="184"/>
        <source>Nächste*r auf der Redeliste</source>
        <translation>Next on the speakers list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="186"/>
        <source>Laufende Rede beenden</source>
        <translation>End the running speech</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="189"/>
        <source>&amp;Beamer …</source>
        <translation>P&amp;rojector …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="190"/>
        <source>Beamer im &amp;Fenster (ein Bildschirm)</source>
        <translation>Projector &amp;in Window (Single Screen)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="192"/>
        <source>Sitzung &amp;starten</source>
        <translation>&amp;Start Session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="193"/>
        <source>Sitzung &amp;beenden …</source>
        <translation>&amp;End Session …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="195"/>
        <source>&amp;Protokoll (Word) …</source>
        <translation>&amp;Minutes (Word) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="196"/>
        <source>Protokoll einer früheren Sitzung &amp;genehmigen</source>
        <translation>&amp;Approve the minutes of an earlier meeting</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="200"/>
        <source>Fenster s&amp;chließen</source>
        <translation>C&amp;lose Window</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="203"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="204"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="206"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="242"/>
        <source>Sitzung: %1 – LIP Desktop</source>
        <translation>Session: %1 – LIP Desktop</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="313"/>
        <source>Es spricht: %1 · %2</source>
        <translation>Speaking: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="335"/>
        <source>Notizen zur Sitzung ändern</source>
        <translation>Change session notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="399"/>
        <source>Sitzung beenden</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="400"/>
        <source>Die Sitzung „%1“ beenden? Danach sind nur noch die Notizen änderbar.</source>
        <translation>End the session ‘%1’? Afterwards only the notes can be changed.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/window.py" line="407"/>
        <source>Sitzung beendet</source>
        <translation>Session ended</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Neuer Katalog …</source>
        <extracomment>Below this window width the two side docks share one column (laptops at 1366 px). Default width of a side dock: the editor form needs the rest. A catalogue was opened (path) or closed (None) in this window. The workspace of the opened catalogue is complete: the tree is painted first, the editor, panels and docks follow in idle time (``wait_loaded`` to have them now). A file painted from its first look whose full open has not been taken over yet. Others&apos; changes to a server catalogue shown as they happen (None for a file). Parts of the workspace built after the first paint (editor, panels, docks). A record chosen in the tree before the editor was there; shown once it is.</extracomment>
        <translation>&amp;New Catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="162"/>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="163"/>
        <source>M&amp;it Server verbinden …</source>
        <translation>Connect to ser&amp;ver …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="165"/>
        <source>&amp;Demo-Katalog öffnen</source>
        <translation>Open &amp;Demo Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="166"/>
        <source>Austauschdatei (JSON) &amp;einlesen …</source>
        <translation>&amp;Import Interchange File (JSON) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="167"/>
        <source>Austauschdatei (JSON) &amp;schreiben …</source>
        <translation>E&amp;xport Interchange File (JSON) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Word-Entwurf exportieren …</source>
        <translation>Export &amp;Word Draft …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Maßnahmenliste (Excel) exportieren …</source>
        <translation>Export &amp;Measure List (Excel) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="173"/>
        <source>Über&amp;arbeiteten Entwurf einlesen …</source>
        <translation>Read Reviewed Dr&amp;aft …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="176"/>
        <source>&amp;Voten der Lenkungsgruppe übernehmen …</source>
        <translation>Import Steering &amp;Group Decisions …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="178"/>
        <source>Abfra&amp;ge an Fachbereiche …</source>
        <translation>&amp;Query Departments …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="179"/>
        <source>&amp;Rückläufe einlesen …</source>
        <translation>&amp;Read Returned Sheets …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="181"/>
        <source>Contro&amp;llingbericht (Word) …</source>
        <translation>Contro&amp;lling Report (Word) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="183"/>
        <source>Katalog zusammen&amp;führen …</source>
        <translation>&amp;Merge catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="184"/>
        <source>Offline-&amp;Kopie für eine Sitzung …</source>
        <translation>Offline &amp;copy for a session …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="186"/>
        <source>Kon&amp;flikte</source>
        <translation>Con&amp;flicts</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="187"/>
        <source>Änderungs&amp;vorschläge</source>
        <translation>Change &amp;Proposals</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="188"/>
        <source>Beiträge aus der &amp;Beteiligung</source>
        <translation>Contributions from &amp;participation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="190"/>
        <source>Be&amp;teiligung einlesen …</source>
        <translation>Read par&amp;ticipation …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="192"/>
        <source>Bericht zur Bürgerbeteili&amp;gung (Word) …</source>
        <translation>Participation report (Word) (&amp;g) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="194"/>
        <source>Si&amp;cherungen …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="199"/>
        <source>Katalog s&amp;chließen</source>
        <translation>C&amp;lose Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="201"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="202"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="203"/>
        <source>Neues &amp;Handlungsfeld</source>
        <translation>New &amp;Action Field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="204"/>
        <source>Neuer &amp;Abschnitt im Strategieteil</source>
        <translation>New S&amp;ection in Strategy Part</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="205"/>
        <source>Neues &amp;Ziel</source>
        <translation>New &amp;Goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="206"/>
        <source>Neues &amp;Teilziel</source>
        <translation>New &amp;Sub-goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="207"/>
        <source>Neue &amp;Maßnahme</source>
        <translation>New &amp;Measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Duplizieren</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="210"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="212"/>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="213"/>
        <source>Nach &amp;unten</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="215"/>
        <source>Maßnahme zu anderem Ziel &amp;verschieben …</source>
        <translation>Mo&amp;ve Measure to Another Goal …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="219"/>
        <source>Kennungen &amp;neu vergeben …</source>
        <translation>Re&amp;number Codes …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="220"/>
        <source>Katalog &amp;prüfen</source>
        <translation>C&amp;heck Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Begriffe und Begriffsbericht …</source>
        <translation>&amp;Terms and Term Report …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Katalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Maßnahmenliste</source>
        <translation>&amp;Measure List</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Personen und Gruppen</source>
        <translation>&amp;People and Groups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="228"/>
        <source>Offene &amp;Kommentare</source>
        <translation>&amp;Unresolved Comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="232"/>
        <source>Ü&amp;ber LIP Desktop</source>
        <translation>&amp;About LIP Desktop</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="233"/>
        <source>Sitzungen &amp;planen</source>
        <translation>&amp;Plan Sessions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="235"/>
        <source>&amp;Laufende Sitzung öffnen</source>
        <translation>&amp;Open Running Session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Protokoll der Sitzung (Word) …</source>
        <translation>Session &amp;Minutes (Word) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="240"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="250"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="286"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="287"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Sitzung</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="302"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="310"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="312"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="388"/>
        <source>%1 – %2 – LIP Desktop</source>
        <translation>%1 – %2 – LIP Desktop</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="426"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="700"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="715"/>
        <source>Katalog öffnen</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="493"/>
        <source>Katalog aktualisiert</source>
        <translation>Catalogue updated</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="495"/>
        <source>Der Katalog wurde auf die aktuelle Version gebracht; vorher wurde eine Sicherung angelegt.</source>
        <translation>The catalogue has been updated to the current version; a backup was made beforehand.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="500"/>
        <source>Speicherort</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="502"/>
        <source>Nur zum Lesen geöffnet</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="504"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="614"/>
        <source>1 offener Konflikt aus dem Zusammenführen – Ansicht → Konflikte (Strg+6).</source>
        <translation>1 open conflict from merging – View → Conflicts (Ctrl+6).</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="616"/>
        <source>%1 offene Konflikte aus dem Zusammenführen – Ansicht → Konflikte (Strg+6).</source>
        <translation>%1 open conflicts from merging – View → Conflicts (Ctrl+6).</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="648"/>
        <source>Sicherung beim Schließen</source>
        <translation>Backup on closing</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="722"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="738"/>
        <source>Neuer Katalog</source>
        <translation>New catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="760"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="776"/>
        <source>Sicherung angelegt.</source>
        <translation>Backup created.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="792"/>
        <source>Navigation: Strategieteil, Handlungsfelder, Ziele und Maßnahmen</source>
        <translation>Navigation: strategy part, action fields, goals and measures</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="813"/>
        <source>wird geladen …</source>
        <translation>loading …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="826"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="832"/>
        <source>Maßnahmenliste</source>
        <translation>Measure list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="833"/>
        <source>Personen und Gruppen</source>
        <translation>People and groups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="834"/>
        <source>Offene Kommentare</source>
        <translation>Unresolved comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="836"/>
        <source>Sitzungen</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="874"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="879"/>
        <source>Verlauf und Kommentare</source>
        <translation>History and comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="894"/>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="907"/>
        <source>Änderungsvorschläge</source>
        <translation>Change Proposals</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="920"/>
        <source>Beiträge aus der Beteiligung</source>
        <translation>Contributions from participation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="999"/>
        <source>Bitte zuerst eine Sitzung wählen.</source>
        <translation>Please select a session first.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1022"/>
        <source>Es läuft keine Sitzung.</source>
        <translation>No session is running.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1185"/>
        <source>Neues Ziel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1187"/>
        <source>Ziel anlegen</source>
        <translation>Create goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1196"/>
        <source>Neues Handlungsfeld</source>
        <translation>New action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1197"/>
        <source>Handlungsfeld anlegen</source>
        <translation>Create action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1205"/>
        <source>Neuer Abschnitt</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1206"/>
        <source>Abschnitt anlegen</source>
        <translation>Create section</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1216"/>
        <source>Neues Teilziel</source>
        <translation>New sub-goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1218"/>
        <source>Teilziel anlegen</source>
        <translation>Create sub-goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1230"/>
        <source>Neue Maßnahme</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1232"/>
        <source>Maßnahme anlegen</source>
        <translation>Create measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1243"/>
        <source>Maßnahme duplizieren</source>
        <translation>Duplicate measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1253"/>
        <source>„%1“ löschen?</source>
        <translation>Delete ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1255"/>
        <source>Teilziele und Maßnahmen darunter werden mit gelöscht.</source>
        <translation>Sub-goals and measures below it will be deleted as well.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1256"/>
        <source>(Rückgängig mit Strg+Z)</source>
        <translation>(Undo with Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1257"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1260"/>
        <source>„%1“ löschen</source>
        <translation>Delete ‘%1’</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1271"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="1288"/>
        <source>Maßnahme verschieben</source>
        <translation>Move measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1273"/>
        <source>Verschieben</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1288"/>
        <source>Zu welchem Ziel?</source>
        <translation>To which goal?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1295"/>
        <source>Maßnahme zu anderem Ziel verschieben</source>
        <translation>Move measure to another goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1308"/>
        <source>Kennungen neu vergeben</source>
        <translation>Renumber codes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1310"/>
        <source>Alle Kennungen der Ziele und Maßnahmen werden nach der aktuellen Reihenfolge neu vergeben. Bereits verschickte Entwürfe und Listen nennen dann andere Kennungen. Fortfahren?</source>
        <translation>All codes of the goals and measures will be reassigned according to the current order. Drafts and lists already sent out will then show different codes. Continue?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1319"/>
        <source>%1 Kennungen neu vergeben.</source>
        <translation>%1 codes reassigned.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1333"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1334"/>
        <source>Jetzt eine Austauschdatei (JSON) schreiben?</source>
        <translation>Write an interchange file (JSON) now?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1358"/>
        <source>Wiederhergestellt. Der vorherige Stand liegt unter %1.</source>
        <translation>Restored. The previous state has been kept at %1.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1384"/>
        <source>Keine Auffälligkeiten.</source>
        <translation>No issues found.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1385"/>
        <source>Prüfung des Katalogs</source>
        <translation>Catalogue check</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1392"/>
        <source>Katalog wird geprüft …</source>
        <translation>Checking the catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1399"/>
        <source>Über LIP Desktop</source>
        <translation>About LIP Desktop</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1401"/>
        <source>LIP Desktop %1
Werkzeug für die Expert*innengruppen des Lokalen Integrationsplans.</source>
        <translation>LIP Desktop %1
Tool for the expert groups of the Local Integration Plan.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1412"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="1431"/>
        <source>Austauschdatei einlesen</source>
        <translation>Import interchange file</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1428"/>
        <source>Eingelesen: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1433"/>
        <source>Austauschdatei wird eingelesen …</source>
        <translation>Importing interchange file …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1439"/>
        <source>Austauschdatei schreiben</source>
        <translation>Export interchange file</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1454"/>
        <source>Austauschdatei wird geschrieben …</source>
        <translation>Exporting interchange file …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="1457"/>
        <source>Geschrieben: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/saving.py" line="83"/>
        <source>Unter einem anderen Namen speichern?</source>
        <extracomment>Refusals of a target the user can answer by choosing another file name.</extracomment>
        <translation>Save under a different name?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/saving.py" line="86"/>
        <source>Datei kann nicht geschrieben werden</source>
        <translation>File cannot be written</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/saving.py" line="89"/>
        <source>Speichern unter</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/saving.py" line="102"/>
        <source>Datei wird geschrieben …</source>
        <translation>Writing the file …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="117"/>
        <source>… und %1 weitere</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="159"/>
        <source>Im Text stehen %1 veraltete Begriffe (der Text wird nicht verändert):</source>
        <translation>The text contains %1 outdated terms (the text will not be changed):</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="165"/>
        <source>Begriffsbericht</source>
        <translation>Term report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="167"/>
        <source>Trotzdem exportieren?</source>
        <translation>Export anyway?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="175"/>
        <source>Word-Entwurf speichern</source>
        <translation>Save Word draft</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="200"/>
        <source>Word-Entwurf: Hinweise</source>
        <translation>Word draft: notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="203"/>
        <source>Word-Entwurf geschrieben: %1</source>
        <translation>Word draft written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="210"/>
        <source>Word-Entwurf wird erstellt …</source>
        <translation>Creating Word draft …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="214"/>
        <source>Katalog wird gelesen …</source>
        <translation>Reading the catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="239"/>
        <source>Protokoll speichern</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="258"/>
        <source>Protokoll: Hinweise</source>
        <translation>Minutes: notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="261"/>
        <source>Protokoll geschrieben: %1</source>
        <translation>Minutes written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="268"/>
        <source>Protokoll wird erstellt …</source>
        <translation>Creating minutes …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="277"/>
        <source>Maßnahmenliste speichern</source>
        <translation>Save measure list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="306"/>
        <source>Maßnahmenliste: Hinweise</source>
        <translation>Measure list: notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="309"/>
        <source>Maßnahmenliste geschrieben: %1</source>
        <translation>Measure list written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="316"/>
        <source>Maßnahmenliste wird erstellt …</source>
        <translation>Creating measure list …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="323"/>
        <source>Überarbeiteten Word-Entwurf wählen</source>
        <translation>Choose the revised Word draft</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="345"/>
        <source>Überarbeiteter Entwurf eingelesen</source>
        <translation>Reviewed draft read</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="352"/>
        <source>Kommentare werden gelesen …</source>
        <translation>Reading comments …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="368"/>
        <source>Maßnahmenliste der Lenkungsgruppe wählen</source>
        <translation>Choose the steering group’s measure list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="401"/>
        <source>Maßnahmen seit dem Export geändert</source>
        <translation>Measures changed since the export</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="402"/>
        <source>Diese Maßnahmen wurden seit dem Export umnummeriert oder umbenannt:</source>
        <translation>These measures were renumbered or renamed since the export:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="407"/>
        <source>Die Voten trotzdem diesen Maßnahmen zuordnen?</source>
        <translation>Assign the decisions to these measures anyway?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="416"/>
        <source>Voten übernommen</source>
        <translation>Decisions imported</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="417"/>
        <source>%1 Zeilen gelesen, %2 Maßnahmen geändert.</source>
        <translation>%1 rows read, %2 measures changed.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="392"/>
        <source>Voten werden gelesen …</source>
        <translation>Reading decisions …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="109"/>
        <source>Abfrage an Fachbereiche</source>
        <translation>Query to departments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="116"/>
        <source>Bitte einen Zielordner angeben.</source>
        <translation>Please name a target folder.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="138"/>
        <source>Keine Maßnahme ist vereinbart oder hat einen Umsetzungsstand; es wurde keine Abfrage geschrieben.</source>
        <translation>No measure is agreed or has an implementation state; no query was written.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="143"/>
        <source>Abfrage an Fachbereiche: Hinweise</source>
        <translation>Query to departments: notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="145"/>
        <source>%1: %2 Maßnahmen, %3 Indikatoren</source>
        <translation>%1: %2 measures, %3 indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="148"/>
        <source>%1 Abfragen für %2 geschrieben in %3:</source>
        <translation>%1 queries for %2 written to %3:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="153"/>
        <source>Abfragen werden erstellt …</source>
        <translation>Creating queries …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="169"/>
        <source>%1: abgelehnt, nichts übernommen.</source>
        <translation>%1: refused, nothing applied.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="175"/>
        <source>Rückläufe einlesen</source>
        <translation>Read returned sheets</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="178"/>
        <source>Rückläufe der Fachbereiche wählen</source>
        <translation>Choose the departments&apos; returned sheets</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="202"/>
        <source>%1 (%2, %3): %4 Berichte neu, %5 geändert, %6 Umsetzungsstände, %7 Messwerte übernommen.</source>
        <translation>%1 (%2, %3): %4 new reports, %5 changed, %6 implementation states, %7 values applied.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="217"/>
        <source>%1 von %2 Dateien übernommen.</source>
        <translation>%1 of %2 files applied.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="226"/>
        <source>Rückläufe werden eingelesen …</source>
        <translation>Reading returned sheets …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="246"/>
        <source>Controllingbericht</source>
        <translation>Controlling report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="251"/>
        <source>Controllingbericht speichern</source>
        <translation>Save controlling report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="270"/>
        <source>Controllingbericht: Hinweise</source>
        <translation>Controlling report: notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="272"/>
        <source>Controllingbericht geschrieben: %1</source>
        <translation>Controlling report written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="275"/>
        <source>Controllingbericht wird erstellt …</source>
        <translation>Creating controlling report …</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="37"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="50"/>
        <source>Umsetzung</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="63"/>
        <source>– offen –</source>
        <translation>– not set –</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="70"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="82"/>
        <source>Umsetzung nach Beschluss</source>
        <translation>Implementation after adoption</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="86"/>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="91"/>
        <source>Aus der Beteiligung</source>
        <translation>From participation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="95"/>
        <source>Verhandlung: Positionen, Kompromisse, Sondervoten</source>
        <translation>Negotiation: positions, compromises, minority opinions</translation>
    </message>
</context>
<context>
    <name>MeasureListView</name>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1002"/>
        <source>Filtern …</source>
        <extracomment>Filter value &quot;not set&quot; for kind and steering decision (&quot;ohne Art&quot;, &quot;ohne Votum&quot;). One filter: the candidate source rows (ascending) it keeps, given all rows. The filters changed and the rows are filtered again (the count follows this). An edit that shows or hides more rows than this is one layout change instead of row by row insertions and removals (each of which the view follows). ``MeasureTableModel``&apos;s data per role (``data`` answers without a detour). Source rows shown, ascending (the source&apos;s order is the list&apos;s order). The filters ``_visible`` was decided with. Persistent indexes and their measures while the source changes its layout. A filter change is announcing its rows (the view counts once, at its end).</extracomment>
        <translation>Filter …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1003"/>
        <source>Maßnahmen filtern nach Text</source>
        <translation>Filter measures by text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1004"/>
        <source>Kennung, Titel, Beschreibung oder Federführung enthält alle eingegebenen Wörter</source>
        <translation>Code, title, description or lead contains all the words entered</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1008"/>
        <source>Federführung …</source>
        <translation>Lead …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1009"/>
        <source>Maßnahmen filtern nach Federführung</source>
        <translation>Filter measures by lead</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1011"/>
        <source>Filter Handlungsfeld</source>
        <translation>Filter by action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1012"/>
        <source>Filter Status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1013"/>
        <source>Filter Art</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1014"/>
        <source>Filter Votum Lenkungsgruppe</source>
        <translation>Filter by steering group decision</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1015"/>
        <source>Filter Indikatoren</source>
        <translation>Filter by indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1016"/>
        <source>Filter Umsetzung</source>
        <translation>Filter implementation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1017"/>
        <source>Filter Zielwert</source>
        <translation>Filter target</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1019"/>
        <source>Filter &amp;zurücksetzen</source>
        <translation>&amp;Reset Filters</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1020"/>
        <source>Alle Filter zurücksetzen</source>
        <translation>Reset all filters</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1022"/>
        <source>Anzahl der angezeigten Maßnahmen</source>
        <translation>Number of measures shown</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1026"/>
        <source>Maßnahmenliste</source>
        <translation>Measure list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1117"/>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1120"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1123"/>
        <source>ohne Art</source>
        <translation>no kind</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1124"/>
        <source>Alle Voten</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1127"/>
        <source>ohne Votum</source>
        <translation>no decision</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1128"/>
        <source>Indikatoren: alle</source>
        <translation>Indicators: all</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1129"/>
        <source>mit Indikatoren</source>
        <translation>with indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1130"/>
        <source>ohne Indikatoren</source>
        <translation>without indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1131"/>
        <source>Umsetzung: alle</source>
        <translation>Implementation: all</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1134"/>
        <source>ohne Umsetzungsstand</source>
        <translation>no implementation state</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1135"/>
        <source>Zielwert: alle</source>
        <translation>Target: all</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1136"/>
        <source>Zielwert erreicht</source>
        <translation>Target reached</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1137"/>
        <source>Zielwert verfehlt</source>
        <translation>Target missed</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1138"/>
        <source>Zielwert offen</source>
        <translation>Target open</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1140"/>
        <source>Nach dem neuesten Messwert der Indikatoren: erreicht, wenn alle ihren Zielwert erreicht haben; verfehlt, wenn einer ihn im Zieljahr oder danach nicht erreicht hat; sonst offen. Maßnahmen ohne Indikatoren erscheinen hier nicht.</source>
        <translation>By the newest value of the indicators: reached when all have reached their target; missed when one has not reached it in the target year or later; otherwise open. Measures without indicators do not appear here.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1148"/>
        <source>Alle Handlungsfelder</source>
        <translation>All action fields</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1178"/>
        <source>Spalten</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1191"/>
        <source>Alle Spalten anzeigen</source>
        <translation>Show all columns</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1204"/>
        <source>%1 von %2 Maßnahmen</source>
        <translation>%1 of %2 measures</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="226"/>
        <source>Kennung</source>
        <extracomment>Stable column keys (stored in the settings, so never reorder or rename them). The value a column sorts by: numbers for costs and counts, enum order for choices. The measure id of a row. Light backgrounds per steering decision (text stays dark on them, also in dark mode). A change naming more measures than this reloads the list instead of patching it. the implementation status after adoption (None: no state recorded) whether its indicators reached their targets (``model.controlling``; None: no indicators) Action fields or goals were renamed, added or removed (filter combos follow). Column and order of the last sort; loading sorts by code, as the view starts.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="226"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="226"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="226"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="227"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="227"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="227"/>
        <source>Federführung</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="227"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="228"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="228"/>
        <source>Kosten (EUR)</source>
        <translation>Costs (EUR)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="228"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="229"/>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="229"/>
        <source>Votum Lenkungsgruppe</source>
        <translation>Steering group decision</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="229"/>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="230"/>
        <source>Kommentare offen</source>
        <translation>Unresolved comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="232"/>
        <source>Anzahl der Indikatoren der Maßnahme</source>
        <translation>Number of indicators of the measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="233"/>
        <source>Anzahl der noch nicht erledigten Kommentare</source>
        <translation>Number of comments not yet resolved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="234"/>
        <source>Entscheidung der Lenkungsgruppe: Zustimmung (grün), Überarbeitung (gelb), Ablehnung (rot)</source>
        <translation>Steering group decision: approval (green), revision (yellow), rejection (red)</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="314"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="314"/>
        <source>Seite</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="314"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/merge/run.py" line="52"/>
        <source>Katalog zusammengeführt</source>
        <translation>Catalogue merged</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/run.py" line="59"/>
        <source>Bericht des Zusammenführens</source>
        <translation>Merge report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/run.py" line="63"/>
        <location filename="../../lip_desktop/ui/merge/run.py" line="64"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/run.py" line="68"/>
        <source>&amp;Konflikte anzeigen</source>
        <translation>Show &amp;conflicts</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/run.py" line="70"/>
        <source>Konflikte anzeigen</source>
        <translation>Show conflicts</translation>
    </message>
</context>
<context>
    <name>MinutesApprovalPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="35"/>
        <source>Genehmigung des Protokolls</source>
        <translation>Approval of the minutes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="39"/>
        <source>Zu genehmigendes Protokoll</source>
        <translation>Minutes to approve</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="43"/>
        <source>Korrekturen zum Protokoll, eine je Zeile</source>
        <translation>Corrections to the minutes, one per line</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="45"/>
        <source>Korrekturen, eine je Zeile (leer: ohne Korrekturen)</source>
        <translation>Corrections, one per line (empty: no corrections)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="48"/>
        <source>&amp;Korrekturen:</source>
        <translation>&amp;Corrections:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="50"/>
        <source>Protokoll &amp;genehmigen</source>
        <translation>&amp;Approve minutes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="53"/>
        <source>Protokoll genehmigen (Strg+Umschalt+G)</source>
        <translation>Approve minutes (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="73"/>
        <source>Protokoll der Sitzung „%1“: %2</source>
        <translation>Minutes of the meeting “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/minutes_approval.py" line="96"/>
        <source>Protokoll genehmigt (%1)</source>
        <translation>Minutes approved (%1)</translation>
    </message>
</context>
<context>
    <name>MinutesStateBox</name>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="51"/>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="55"/>
        <source>Stand des Protokolls</source>
        <translation>State of the minutes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="58"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="59"/>
        <source>Protokoll versandt am (TT.MM.JJJJ)</source>
        <translation>Minutes sent on (DD.MM.YYYY)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="60"/>
        <source>Als &amp;versandt markieren</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="62"/>
        <source>Protokoll als versandt markieren</source>
        <translation>Mark the minutes as sent</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="66"/>
        <source>Spätere Sitzung, in der das Protokoll genehmigt wird</source>
        <translation>Later meeting in which the minutes are approved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="67"/>
        <source>&amp;Genehmigung einplanen</source>
        <translation>&amp;Plan the approval</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="70"/>
        <source>Genehmigung des Protokolls auf die Tagesordnung setzen</source>
        <translation>Put the approval of the minutes on the agenda</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="71"/>
        <source>Protokoll &amp;wieder öffnen …</source>
        <translation>&amp;Reopen minutes …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="73"/>
        <source>Protokoll wieder öffnen (Entwurf)</source>
        <translation>Reopen the minutes (draft)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="82"/>
        <source>Stand:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="83"/>
        <source>Versandt &amp;am:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="86"/>
        <source>Genehmigung &amp;in:</source>
        <translation>Approval &amp;in:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="153"/>
        <source>Protokoll wieder öffnen</source>
        <translation>Reopen minutes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/minutes_box.py" line="154"/>
        <source>Das Protokoll wird wieder zum Entwurf; die nächste Versendung ist eine neue Version. Eine Genehmigung und ihre Korrekturen bleiben im Änderungsverlauf, der Beschluss der Genehmigung in seiner Sitzung. Wieder öffnen?</source>
        <translation>The minutes become a draft again; the next sending is a new version. An approval and its corrections stay in the change history, the approval decision in its meeting. Reopen?</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="44"/>
        <source>MM/JJJJ</source>
        <extracomment>The user finished choosing (Return, left the field, picked, or ticked &quot;offen&quot;).</extracomment>
        <translation>MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="46"/>
        <source>Monat und Jahr, z. B. 09/2027, 9.2027 oder 092027; leer: offen (Alt+Pfeil unten: Kalender)</source>
        <translation>Month and year, e.g. 09/2027, 9.2027 or 092027; empty: not set (Alt+Down: calendar)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="50"/>
        <source>Monat im Kalender wählen</source>
        <translation>Choose the month in a calendar</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="51"/>
        <source>offen</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="52"/>
        <source>Noch kein Monat festgelegt</source>
        <translation>No month set yet</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="91"/>
        <source>„%1“ ist kein Monat. Bitte als Monat/Jahr eingeben, z. B. 09/2027 (leer lassen oder „offen“ ankreuzen, wenn noch offen).</source>
        <translation>‘%1’ is not a month. Please enter it as month/year, e.g. 09/2027 (leave it empty or tick ‘not set’ if it is still open).</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="101"/>
        <source>%1 (Monat/Jahr)</source>
        <translation>%1 (month/year)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="102"/>
        <source>%1 offen</source>
        <translation>%1 not set</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="706"/>
        <source>Positionen</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="708"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1205"/>
        <source>Angehakte Positionen löst der neue Kompromiss.</source>
        <translation>The new compromise settles the ticked positions.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="733"/>
        <source>Fehler bei den Positionen</source>
        <translation>Errors in the positions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="735"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1061"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1065"/>
        <source>Position entfernen</source>
        <translation>Remove position</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="738"/>
        <source>Position vertreten von</source>
        <translation>Position held by</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="740"/>
        <source>Person, Verwaltung, extern oder eine Gruppe eintippen</source>
        <translation>Type a person, administration, external or a group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="741"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="846"/>
        <source>Neue Position</source>
        <translation>New position</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="742"/>
        <source>Was wird vertreten?</source>
        <translation>What is the position?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="744"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1048"/>
        <source>Position hinzufügen</source>
        <translation>Add position</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="751"/>
        <source>Kompromisse mit gelösten Positionen und Sondervoten</source>
        <translation>Compromises with settled positions and minority opinions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="776"/>
        <source>Fehler bei den Kompromissen</source>
        <translation>Errors in the compromises</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="778"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1118"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1123"/>
        <source>Kompromiss entfernen</source>
        <translation>Remove compromise</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="779"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1142"/>
        <source>Sondervotum entfernen</source>
        <translation>Remove minority opinion</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="781"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="863"/>
        <source>Neuer Kompromiss</source>
        <translation>New compromise</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="782"/>
        <source>Er löst die oben angehakten Positionen.</source>
        <translation>It settles the positions ticked above.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="784"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1108"/>
        <source>Kompromiss hinzufügen</source>
        <translation>Add compromise</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="790"/>
        <source>Sondervotum vertreten von</source>
        <translation>Minority opinion held by</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="791"/>
        <source>Person oder Gruppe eintippen</source>
        <translation>Type a person or a group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="792"/>
        <source>Neues Sondervotum</source>
        <translation>New minority opinion</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="793"/>
        <source>Worin weicht die Minderheit ab?</source>
        <translation>Where does the minority differ?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="795"/>
        <source>Sondervotum hinzufügen</source>
        <translation>Add minority opinion</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="834"/>
        <source>&lt;b&gt;Positionen&lt;/b&gt;</source>
        <extracomment>Compromises shown, expanded rows and the current one, kept over a model reset; None: a new subject, shown with everything expanded.</extracomment>
        <translation>&lt;b&gt;Positions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="845"/>
        <location filename="../../lip_desktop/ui/negotiation.py" line="869"/>
        <source>Vertreten von</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="850"/>
        <source>&lt;b&gt;Kompromisse und Sondervoten&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compromises and minority opinions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="868"/>
        <source>Sondervotum zu</source>
        <translation>Minority opinion on</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="870"/>
        <source>Sondervotum</source>
        <translation>Minority opinion</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1062"/>
        <source>Die Position von %1 entfernen?</source>
        <translation>Remove the position of %1?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1071"/>
        <source>Bitte angeben, wer die Position vertritt: eine Person, Verwaltung, extern oder eine Gruppe.</source>
        <translation>Please state who holds the position: a person, administration, external or a group.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1077"/>
        <source>Bitte den Text der Position eingeben.</source>
        <translation>Please enter the text of the position.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1119"/>
        <source>Den Kompromiss mit seinen Sondervoten entfernen? Die Positionen bleiben erhalten.</source>
        <translation>Remove the compromise with its minority opinions? The positions are kept.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1143"/>
        <source>Das Sondervotum von %1 entfernen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Remove the minority opinion of %1? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1152"/>
        <source>Bitte den Text des Kompromisses eingeben.</source>
        <translation>Please enter the text of the compromise.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1171"/>
        <source>Bitte zuerst oben einen Kompromiss wählen.</source>
        <translation>Please first choose a compromise above.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1176"/>
        <source>Bitte angeben, wer das Sondervotum abgibt: eine Person oder eine Gruppe.</source>
        <translation>Please state who submits the minority opinion: a person or a group.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1181"/>
        <source>Bitte den Text des Sondervotums eingeben.</source>
        <translation>Please enter the text of the minority opinion.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1224"/>
        <source>– bitte oben einen Kompromiss wählen –</source>
        <translation>– please choose a compromise above –</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="1229"/>
        <source>Sondervotum zu: %1</source>
        <translation>Minority opinion on: %1</translation>
    </message>
</context>
<context>
    <name>NegotiationTab</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/negotiation_tab.py" line="20"/>
        <source>Dieser Tagesordnungspunkt bezieht sich auf kein Ziel und keine Maßnahme.</source>
        <translation>This agenda item does not refer to a goal or a measure.</translation>
    </message>
</context>
<context>
    <name>NewVoteForm</name>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="299"/>
        <source>Worüber wird abgestimmt?</source>
        <extracomment>A vote was opened; its id.</extracomment>
        <translation>What is being voted on?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="302"/>
        <source>Die Abstimmung wird mit diesem Eintrag verknüpft (Protokoll, Export).</source>
        <translation>The vote is linked to this entry (minutes, export).</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="310"/>
        <source>kein Quorum</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="315"/>
        <source>Parität: doppelte Mehrheit (Verwaltung und extern je für sich)</source>
        <translation>Parity: double majority (administration and external members, each on its own)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="320"/>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="329"/>
        <source>alle Optionen</source>
        <translation>all options</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="334"/>
        <source>Quorum (mindestens anwesend)</source>
        <translation>Quorum (minimum present)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="335"/>
        <source>Mehrheit</source>
        <translation>Majority</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="339"/>
        <source>Punkte je Person</source>
        <translation>Dots per person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="340"/>
        <source>höchstens je Option</source>
        <translation>maximum per option</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="343"/>
        <source>Widerstand von 0 bis</source>
        <translation>Resistance from 0 to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="346"/>
        <source>Bewertung von</source>
        <translation>Score from</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="347"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="350"/>
        <source>Plätze je Person höchstens</source>
        <translation>Places per person at most</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="351"/>
        <source>Borda-Punkte: Platz 1 erhält die meisten</source>
        <translation>Borda points: first place earns the most</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="357"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="359"/>
        <source>Optionen</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="361"/>
        <source>neue Option</source>
        <translation>new option</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="362"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="363"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="364"/>
        <source>Maßnahmen des Ziels übernehmen</source>
        <translation>Add the goal’s measures</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="375"/>
        <source>Abstimmung öffnen</source>
        <translation>Open vote</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="377"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="380"/>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="381"/>
        <source>Bezug</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="382"/>
        <source>Verfahren</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="388"/>
        <source>Neue Abstimmung</source>
        <translation>New vote</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="392"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="420"/>
        <source>kein Bezug</source>
        <translation>no linked entry</translation>
    </message>
</context>
<context>
    <name>OpenCommentsModel</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="343"/>
        <source>Bezug</source>
        <extracomment>Comments, and the records they are about (their titles show in &quot;Bezug&quot;).</extracomment>
        <translation>Refers to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="343"/>
        <source>Autor*in</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="343"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="344"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="344"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="354"/>
        <source>(gelöschter Eintrag)</source>
        <translation>(deleted entry)</translation>
    </message>
</context>
<context>
    <name>OpenCommentsView</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="538"/>
        <source>Quelle der Kommentare</source>
        <translation>Source of the comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="539"/>
        <source>alle Quellen</source>
        <translation>all sources</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="542"/>
        <source>&amp;Quelle:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="545"/>
        <source>Anzahl offener Kommentare</source>
        <translation>Number of unresolved comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="546"/>
        <source>Offene Kommentare</source>
        <translation>Unresolved comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="548"/>
        <source>Eintrag öffnen</source>
        <translation>Open entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="549"/>
        <source>Eintrag des Kommentars öffnen</source>
        <translation>Open the entry the comment refers to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="550"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as resolved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="552"/>
        <source>Ausgewählten Kommentar als erledigt markieren</source>
        <translation>Mark the selected comment as resolved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="605"/>
        <source>1 offener Kommentar</source>
        <translation>1 unresolved comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="606"/>
        <source>%1 offene Kommentare</source>
        <translation>%1 unresolved comments</translation>
    </message>
</context>
<context>
    <name>ParkingPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="41"/>
        <source>Neues Thema für den Themenspeicher</source>
        <extracomment>The status of a parked topic (&quot;open&quot;, &quot;converted&quot;, &quot;dropped&quot;) behind a list entry.</extracomment>
        <translation>New topic for the parking lot</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="42"/>
        <source>Thema eingeben, Eingabe speichert</source>
        <translation>Type a topic; Enter saves it</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="43"/>
        <source>Themenspeicher</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="44"/>
        <source>als Ziel übernehmen …</source>
        <translation>convert to goal …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="45"/>
        <source>Thema als Ziel übernehmen</source>
        <translation>Convert the topic to a goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="46"/>
        <source>als Maßnahme übernehmen …</source>
        <translation>convert to measure …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="47"/>
        <source>Thema als Maßnahme übernehmen</source>
        <translation>Convert the topic to a measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="48"/>
        <source>verwerfen</source>
        <translation>discard</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="49"/>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="128"/>
        <source>Thema verwerfen</source>
        <translation>Discard topic</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="72"/>
        <source>übernommen als %1 %2</source>
        <translation>converted to %1 %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="75"/>
        <source>(verworfen)</source>
        <translation>(discarded)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="114"/>
        <source>Themenspeicher: %1</source>
        <translation>Parking lot: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="129"/>
        <source>Das Thema aus dem Themenspeicher verwerfen?</source>
        <translation>Discard the topic from the parking lot?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="138"/>
        <source>Als Ziel übernehmen</source>
        <translation>Convert to goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="138"/>
        <source>In welches Handlungsfeld?</source>
        <translation>Into which action field?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="143"/>
        <source>Als Maßnahme übernehmen</source>
        <translation>Convert to measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/parking.py" line="143"/>
        <source>Unter welches Ziel?</source>
        <translation>Under which goal?</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="131"/>
        <source>Name</source>
        <extracomment>The record id of a row (person id, group id, member&apos;s person id). ``[(key, label), ...]`` a choice column offers; read by ``ChoiceDelegate``.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="131"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="131"/>
        <source>Seite</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="159"/>
        <source>%1 ändern</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="403"/>
        <location filename="../../lip_desktop/ui/people.py" line="420"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="406"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="407"/>
        <source>Name der neuen Person</source>
        <translation>Name of the new person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="409"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="410"/>
        <source>Organisation der neuen Person</source>
        <translation>Organisation of the new person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="412"/>
        <source>Seite der neuen Person</source>
        <translation>Side of the new person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="415"/>
        <location filename="../../lip_desktop/ui/people.py" line="416"/>
        <location filename="../../lip_desktop/ui/people.py" line="567"/>
        <source>Person hinzufügen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="417"/>
        <source>Person entfernen …</source>
        <translation>Remove person …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="418"/>
        <source>Ausgewählte Person entfernen</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="430"/>
        <location filename="../../lip_desktop/ui/people.py" line="439"/>
        <source>Expert*innengruppen</source>
        <translation>Expert groups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="432"/>
        <source>Handlungsfeld der neuen Gruppe</source>
        <translation>Action field of the new group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="434"/>
        <source>Name der Gruppe</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="435"/>
        <source>Name der neuen Gruppe</source>
        <translation>Name of the new group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="437"/>
        <location filename="../../lip_desktop/ui/people.py" line="438"/>
        <location filename="../../lip_desktop/ui/people.py" line="597"/>
        <source>Gruppe anlegen</source>
        <translation>Create group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="449"/>
        <location filename="../../lip_desktop/ui/people.py" line="470"/>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="454"/>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="457"/>
        <source>Besetzung der Gruppe</source>
        <translation>Staffing of the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="459"/>
        <source>Person, die in die Gruppe kommt</source>
        <translation>Person joining the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="461"/>
        <source>Rolle in der Gruppe</source>
        <translation>Role in the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="464"/>
        <location filename="../../lip_desktop/ui/people.py" line="465"/>
        <source>In die Gruppe aufnehmen</source>
        <translation>Add to group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="466"/>
        <source>Aus der Gruppe entfernen</source>
        <translation>Remove from group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="468"/>
        <source>Ausgewähltes Mitglied aus der Gruppe entfernen</source>
        <translation>Remove the selected member from the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="579"/>
        <source>„%1“ aus der Personenliste entfernen?</source>
        <translation>Remove ‘%1’ from the list of people?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="580"/>
        <location filename="../../lip_desktop/ui/people.py" line="581"/>
        <source>Person entfernen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="589"/>
        <source>Expert*innengruppe %1</source>
        <translation>Expert group %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="663"/>
        <source>Mitglieder: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="664"/>
        <source>Mitglieder (keine Gruppe gewählt)</source>
        <translation>Members (no group selected)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="671"/>
        <source>Warnung: nicht ausgewogen besetzt</source>
        <translation>Warning: not evenly staffed</translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="797"/>
        <source>Einzelstimmen</source>
        <extracomment>The two figures per option of anonymous totals, per method (interchange keys).</extracomment>
        <translation>Individual votes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="798"/>
        <source>Summen (anonyme Auszählung)</source>
        <translation>Totals (anonymous count)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="810"/>
        <source>Summen speichern</source>
        <translation>Save totals</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="811"/>
        <source>Summen verwerfen</source>
        <translation>Discard totals</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="813"/>
        <source>Summen löschen, um stattdessen Einzelstimmen zu erfassen</source>
        <translation>Delete the totals to record individual votes instead</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="888"/>
        <source>Platz in der Rangfolge (1 = erster Platz), – = nicht gereiht</source>
        <translation>Place in the ranking (1 = first place), – = not ranked</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="896"/>
        <source>übrig</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="903"/>
        <source>Niemand stimmberechtigt: bitte die Anwesenheit der Mitglieder erfassen.</source>
        <translation>Nobody is eligible to vote: please record the members’ attendance.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="916"/>
        <source>Summe der Bewertungen</source>
        <translation>Sum of scores</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="916"/>
        <source>Bewertungen</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="917"/>
        <source>Punkte</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="917"/>
        <source>Platz 1</source>
        <translation>First places</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="971"/>
        <source>Summen erfasst (keine Einzelstimmen).</source>
        <translation>Totals recorded (no individual votes).</translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="115"/>
        <source>vertreten von</source>
        <extracomment>Holder kinds of ``HolderCombo`` entries: (kind, value). The role that gives the record id of a row (position, compromise). German reason why the last edit was not stored (&quot;&quot; after a stored edit).</extracomment>
        <translation>held by</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="115"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="115"/>
        <source>Sitzung</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="168"/>
        <source>%1 – anhaken, wenn ein neuer Kompromiss diese Position löst</source>
        <translation>%1 – tick if a new compromise settles this position</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="176"/>
        <source>Position von %1: %2</source>
        <translation>Position of %1: %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="186"/>
        <source>Angehakte Positionen löst der neue Kompromiss.</source>
        <translation>The new compromise settles the ticked positions.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="227"/>
        <source>Position ändern</source>
        <translation>Change position</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="126"/>
        <source>zusammen</source>
        <translation>together</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="145"/>
        <source>nicht bewertet</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="151"/>
        <source>Ø Widerstand %1</source>
        <translation>Ø resistance %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="298"/>
        <source>Beamer-Ansicht</source>
        <extracomment>(label, rect, font) of each option label drawn last (tests: nothing cut). The embedded view asks the live window to hide it (Escape, F6).</extracomment>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="308"/>
        <source>LIP – Beamer</source>
        <translation>LIP – Projector</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="434"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="435"/>
        <source>Abstimmung läuft</source>
        <translation>Vote in progress</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="465"/>
        <source>TOP %1 von %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="468"/>
        <source>anwesend: Verwaltung %1 · extern %2</source>
        <translation>present: administration %1 · external %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/projector.py" line="485"/>
        <source>Redezeit Verwaltung %1 · extern %2</source>
        <translation>Speaking time administration %1 · external %2</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="43"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="43"/>
        <source>Eintrag</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="43"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="44"/>
        <source>von</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="44"/>
        <source>Vorschlag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="47"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="47"/>
        <source>übernommen</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="48"/>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="48"/>
        <source>veraltet</source>
        <translation>outdated</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="64"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="79"/>
        <source>Änderungsvorschläge</source>
        <translation>Change Proposals</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="83"/>
        <source>Bisheriger und vorgeschlagener Text</source>
        <translation>Current and proposed text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="84"/>
        <source>Text vor dem Übernehmen &amp;bearbeiten:</source>
        <translation>&amp;Edit the text before accepting:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="85"/>
        <source>Vorgeschlagener Text, bearbeitbar</source>
        <translation>Proposed text, editable</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="86"/>
        <source>Über&amp;nehmen</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="88"/>
        <source>Den vorgeschlagenen Text übernehmen</source>
        <translation>Accept the proposed text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="89"/>
        <source>&amp;Ablehnen</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="91"/>
        <source>Den Vorschlag ablehnen; der Text bleibt</source>
        <translation>Reject the proposal; the text stays</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="92"/>
        <source>Bearbeite&amp;t übernehmen</source>
        <translation>Accep&amp;t edited</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="94"/>
        <source>Den bearbeiteten Text übernehmen</source>
        <translation>Accept the edited text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="109"/>
        <source>Keine Änderungsvorschläge.</source>
        <translation>No change proposals.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="111"/>
        <source>%1 Änderungsvorschläge, davon %2 offen</source>
        <translation>%1 change proposals, %2 of them open</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="130"/>
        <source>Kein Vorschlag gewählt.</source>
        <translation>No proposal selected.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="138"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="139"/>
        <source>%1 – %2, Vorschlag von %3 (%4)</source>
        <translation>%1 – %2, proposed by %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="143"/>
        <source>– %1 Vorschläge gewählt; die Entscheidung gilt für alle.</source>
        <translation>– %1 proposals selected; the decision applies to all.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="148"/>
        <source>Veraltet: Das Feld wurde seit dem Entwurf geändert. Verglichen wird der heutige Text mit dem Vorschlag; übernehmen lässt er sich nicht.</source>
        <translation>Outdated: the field has changed since the draft. The current text is compared with the proposal; it cannot be accepted.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/proposals.py" line="153"/>
        <source>Durchgestrichen: vom Prüfenden gestrichen. Unterstrichen: eingefügt.</source>
        <translation>Struck through: removed by the reviewer. Underlined: inserted.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="223"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="226"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="229"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="230"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="223"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="226"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="229"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="230"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="223"/>
        <source>Widerstand Ø</source>
        <translation>Resistance Ø</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="224"/>
        <source>Akzeptanz</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="224"/>
        <source>Widerstand Σ</source>
        <translation>Resistance Σ</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="226"/>
        <source>Mittelwert</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="227"/>
        <source>Bewertungen</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="229"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="230"/>
        <source>Punkte</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="229"/>
        <source>Platz 1</source>
        <translation>First places</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="267"/>
        <source>Rangfolge</source>
        <translation>Ranking</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/base.py" line="162"/>
        <source>Fehler bei %1</source>
        <extracomment>The record&apos;s value when the field was last shown. The widget&apos;s value right after it was last shown (may be normalised, e.g. line breaks); a different value now means the user has edited the field.</extracomment>
        <translation>Error in %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/base.py" line="260"/>
        <location filename="../../lip_desktop/ui/forms/base.py" line="383"/>
        <source>schreibgeschützt</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/base.py" line="359"/>
        <source>Nicht gespeichert – inzwischen anders gespeichert, siehe Meldung.</source>
        <translation>Not saved – someone else saved this meanwhile, see the message.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/base.py" line="366"/>
        <source>Nicht gespeichert – siehe Meldung.</source>
        <translation>Not saved – see message.</translation>
    </message>
</context>
<context>
    <name>RecordSidePanel</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="417"/>
        <source>Gewählter Eintrag</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="419"/>
        <source>Änderungsverlauf</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="424"/>
        <source>Kommentare</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="427"/>
        <source>Neuer Kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="428"/>
        <source>Kommentar …</source>
        <translation>Comment …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="431"/>
        <location filename="../../lip_desktop/ui/history.py" line="432"/>
        <source>Kommentar hinzufügen</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="440"/>
        <source>Verlauf und Kommentare</source>
        <translation>History and comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="441"/>
        <source>&amp;Verlauf</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="442"/>
        <source>&amp;Kommentare</source>
        <translation>&amp;Comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="460"/>
        <source>Kein Eintrag gewählt</source>
        <translation>No entry selected</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="476"/>
        <source>Kommentare gibt es zu Zielen, Maßnahmen, Kompromissen und Strategieteilen.</source>
        <translation>Comments can be added to goals, measures, compromises and strategy parts.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="485"/>
        <source>Eintrag gelöscht</source>
        <translation>Entry deleted</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="188"/>
        <source>Suchen … (Strg+F)</source>
        <extracomment>The record type of a hit (what ``hub.select`` gets). The record id of a hit. The ``SearchHit`` itself. Milliseconds of quiet typing before the search runs. Pause after the last edit before the index is rebuilt in the background. Results shown at most; more would not be read, and cost time to lay out. Record types whose hits show the type in front (&quot;Person: …&quot;); the others have codes. A search ran: (query, number of hits shown). For the status bar and tests.</extracomment>
        <translation>Search … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="189"/>
        <source>Im ganzen Katalog suchen</source>
        <translation>Search the whole catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="190"/>
        <source>Findet alle Einträge, die alle eingegebenen Wörter enthalten; Groß- und Kleinschreibung, ä/ae, ö/oe, ü/ue und ß/ss sind gleich.</source>
        <translation>Finds all entries containing all the words entered; upper and lower case, ä/ae, ö/oe, ü/ue and ß/ss are treated as the same.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="195"/>
        <source>Anzahl der Treffer</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="200"/>
        <source>Suchergebnisse</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="253"/>
        <source>Keine Treffer</source>
        <translation>No results</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="255"/>
        <source>Die ersten %1 Treffer – bitte genauer suchen</source>
        <translation>The first %1 results – please narrow your search</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="258"/>
        <source>1 Treffer</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="260"/>
        <source>%1 Treffer</source>
        <translation>%1 results</translation>
    </message>
</context>
<context>
    <name>ServerConnector</name>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="229"/>
        <source>Verbindung zu %1 …</source>
        <extracomment>An attempt finished (opened, refused or given up); for tests and the status bar.</extracomment>
        <translation>Connecting to %1 …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="246"/>
        <source>Mit Server verbinden</source>
        <translation>Connect to server</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="73"/>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="186"/>
        <source>Mit Server verbinden</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="77"/>
        <source>Gespeicherte Verbindungen</source>
        <translation>Saved connections</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="88"/>
        <source>Passwort im &amp;Anmeldespeicher des Systems speichern</source>
        <translation>Keep the password in the system&apos;s &amp;credential store</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="94"/>
        <source>Auf diesem Rechner gibt es keinen Anmeldespeicher; das Passwort wird bei jeder Verbindung abgefragt.</source>
        <translation>This computer has no credential store; the password is asked for on every connection.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="98"/>
        <source>Aus Liste &amp;entfernen</source>
        <translation>R&amp;emove from list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="102"/>
        <source>Name der Verbindung</source>
        <translation>Name of the connection</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="103"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="103"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="104"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="104"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="105"/>
        <source>&amp;Datenbank:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="105"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="106"/>
        <source>An&amp;meldename:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="106"/>
        <source>Anmeldename</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="112"/>
        <source>&amp;Verbinden</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="120"/>
        <source>&amp;Gespeicherte Verbindungen:</source>
        <translation>Sa&amp;ved connections:</translation>
    </message>
</context>
<context>
    <name>SessionPlanningView</name>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="133"/>
        <source>Expert*innengruppe</source>
        <extracomment>Item data of the sessions table (column 0) and the agenda table: the record id. Qt&apos;s display format for dates and times on German screens.</extracomment>
        <translation>Expert group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="135"/>
        <source>&amp;Expert*innengruppe:</source>
        <translation>&amp;Expert group:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="143"/>
        <source>Sitzungen der Gruppe</source>
        <translation>Sessions of the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="145"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="145"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="145"/>
        <location filename="../../lip_desktop/ui/session/planning.py" line="153"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="145"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="149"/>
        <source>Titel der neuen Sitzung</source>
        <translation>Title of the new session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="150"/>
        <source>z. B. 5. Sitzung Expert*innengruppe …</source>
        <translation>e.g. 5th session of the expert group …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="151"/>
        <source>Beginn der neuen Sitzung</source>
        <translation>Start time of the new session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="154"/>
        <source>Ort der neuen Sitzung</source>
        <translation>Venue of the new session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="155"/>
        <source>Sitzung &amp;planen</source>
        <translation>&amp;Plan session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="156"/>
        <location filename="../../lip_desktop/ui/session/planning.py" line="651"/>
        <source>Sitzung planen</source>
        <translation>Plan session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="157"/>
        <source>Neue Sitzung</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="159"/>
        <source>Tite&amp;l:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="160"/>
        <source>Beginn:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="161"/>
        <source>Ort:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="164"/>
        <location filename="../../lip_desktop/ui/session/planning.py" line="526"/>
        <location filename="../../lip_desktop/ui/session/planning.py" line="559"/>
        <source>Sitzung &amp;starten</source>
        <translation>&amp;Start session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="166"/>
        <source>Sitzung starten</source>
        <translation>Start session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="169"/>
        <source>&amp;Protokoll (Word) …</source>
        <translation>&amp;Minutes (Word) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="170"/>
        <source>Protokoll der Sitzung als Word exportieren</source>
        <translation>Export the session minutes as Word</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="173"/>
        <source>Sitzungen</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="185"/>
        <source>kein Quorum</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="187"/>
        <source>Quorum: mindestens anwesende Mitglieder</source>
        <translation>Quorum: minimum number of members present</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="189"/>
        <source>Erforderliche Mehrheit</source>
        <translation>Required majority</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="193"/>
        <source>Parität: doppelte Mehrheit (Verwaltung und extern je für sich)</source>
        <translation>Parity: double majority (administration and external members, each on its own)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="195"/>
        <source>Parität: doppelte Mehrheit erforderlich</source>
        <translation>Parity: double majority required</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="199"/>
        <source>Punkte je Person bei der Punktabfrage</source>
        <translation>Dots per person in dot voting</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="200"/>
        <source>Abstimmungsregeln der Gruppe (Vorgaben)</source>
        <translation>Voting rules of the group (defaults)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="202"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="203"/>
        <source>&amp;Mehrheit:</source>
        <translation>&amp;Majority:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="205"/>
        <source>Punkte je &amp;Person:</source>
        <translation>&amp;Dots per person:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="219"/>
        <source>Titel der Sitzung</source>
        <translation>Title of the session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="220"/>
        <source>Beginn der Sitzung</source>
        <translation>Start time of the session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="222"/>
        <source>Ort der Sitzung</source>
        <translation>Venue of the session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="224"/>
        <source>Status der Sitzung</source>
        <translation>Status of the session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="226"/>
        <source>Notizen zur Sitzung</source>
        <translation>Session notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="228"/>
        <source>Ausgewählte Sitzung</source>
        <translation>Selected session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="230"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="231"/>
        <source>&amp;Beginn:</source>
        <translation>Start t&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="232"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="233"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="234"/>
        <source>&amp;Notizen:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="239"/>
        <location filename="../../lip_desktop/ui/session/planning.py" line="286"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="241"/>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="241"/>
        <source>Zeit (Minuten)</source>
        <translation>Time (minutes)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="241"/>
        <source>Bezug</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="244"/>
        <source>Tagesordnungspunkt (Eingabe fügt hinzu)</source>
        <translation>Agenda item (Enter adds it)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="245"/>
        <source>Titel des Tagesordnungspunkts</source>
        <translation>Title of the agenda item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="249"/>
        <source>ohne</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="250"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="252"/>
        <source>Zeit für den Tagesordnungspunkt in Minuten</source>
        <translation>Time for the agenda item in minutes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="254"/>
        <source>Bezug des Tagesordnungspunkts</source>
        <translation>What the agenda item refers to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="256"/>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="257"/>
        <source>Tagesordnungspunkt hinzufügen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="258"/>
        <source>Ä&amp;ndern</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="260"/>
        <source>Ausgewählten Tagesordnungspunkt ändern</source>
        <translation>Change the selected agenda item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="261"/>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="262"/>
        <source>Tagesordnungspunkt nach oben</source>
        <translation>Move agenda item up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="264"/>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="265"/>
        <source>Tagesordnungspunkt nach unten</source>
        <translation>Move agenda item down</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="267"/>
        <source>Entfernen …</source>
        <translation>Remove …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="268"/>
        <location filename="../../lip_desktop/ui/session/planning.py" line="788"/>
        <source>Tagesordnungspunkt entfernen</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="279"/>
        <source>Sitzung, deren Tagesordnung übernommen wird</source>
        <translation>Session whose agenda is copied</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="280"/>
        <source>Tagesordnung &amp;übernehmen</source>
        <translation>C&amp;opy agenda</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="281"/>
        <source>Tagesordnung übernehmen von</source>
        <translation>Copy agenda from</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="283"/>
        <source>Tagesordnung übernehmen von …</source>
        <translation>Copy agenda from …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="437"/>
        <source>– kein Bezug –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="449"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="449"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="550"/>
        <source>nur die Notizen sind noch änderbar</source>
        <translation>only the notes can still be changed</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="560"/>
        <source>Laufende Sitzung ö&amp;ffnen</source>
        <translation>Open running &amp;session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="561"/>
        <source>Sitzung an&amp;sehen</source>
        <translation>View &amp;session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/planning.py" line="789"/>
        <source>„%1“ aus der Tagesordnung entfernen?</source>
        <translation>Remove ‘%1’ from the agenda?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="45"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="54"/>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="56"/>
        <source>Erscheint im Änderungsverlauf und an Ihren Kommentaren.</source>
        <translation>Appears in the change history and on your comments.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="60"/>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="125"/>
        <source>Standardordner für Exporte</source>
        <translation>Default folder for exports</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="61"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="62"/>
        <source>Ordner für Exporte auswählen</source>
        <translation>Choose folder for exports</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="68"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="71"/>
        <source>wirkt beim nächsten Start</source>
        <translation>takes effect at the next start</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="74"/>
        <source>Kontrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="75"/>
        <source>wie im System eingestellt</source>
        <translation>as set in the system</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="76"/>
        <source>Hoher Kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="77"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="79"/>
        <source>Hoher Kontrast: Statusfarben und Beamer folgen den Farben des Systems</source>
        <translation>High contrast: status colours and the projector follow the system colours</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="83"/>
        <source>Ihr &amp;Name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="85"/>
        <source>Standardordner für &amp;Exporte:</source>
        <translation>Default folder for &amp;exports:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="88"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="90"/>
        <source>&amp;Kontrast:</source>
        <translation>&amp;Contrast:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="95"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="96"/>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="98"/>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="99"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="134"/>
        <source>Ordner nicht gefunden</source>
        <translation>Folder not found</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="135"/>
        <source>Den Ordner „%1“ gibt es nicht.</source>
        <translation>The folder ‘%1’ does not exist.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="60"/>
        <source>Person für die Redeliste</source>
        <extracomment>The list was shown again (the projector and the status bar follow).</extracomment>
        <translation>Person for the speakers list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="63"/>
        <source>Auf die &amp;Liste</source>
        <translation>Add to &amp;list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="64"/>
        <source>Person auf die Redeliste setzen</source>
        <translation>Put the person on the speakers list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="71"/>
        <source>Es spricht</source>
        <translation>Speaking now</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="75"/>
        <source>Warnung zur Redezeit</source>
        <translation>Speaking time warning</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="80"/>
        <source>Redeliste: wartende Personen</source>
        <translation>Speakers list: people waiting</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="82"/>
        <source>Nächste*r (F7)</source>
        <translation>Next speaker (F7)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="83"/>
        <source>Nächste Person aufrufen</source>
        <translation>Call the next person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="84"/>
        <source>Rede beenden (Umschalt+F7)</source>
        <translation>End speech (Shift+F7)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="85"/>
        <source>Laufende Rede beenden</source>
        <translation>End the running speech</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="86"/>
        <source>nach oben</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="87"/>
        <source>Wortmeldung nach oben schieben</source>
        <translation>Move the request up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="88"/>
        <source>nach unten</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="89"/>
        <source>Wortmeldung nach unten schieben</source>
        <translation>Move the request down</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="90"/>
        <source>entfernen</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="91"/>
        <source>Wortmeldung von der Liste nehmen</source>
        <translation>Take the request off the list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="93"/>
        <source>&amp;Quotiert: Verwaltung und extern im Wechsel, erste Beiträge zuerst</source>
        <translation>Parit&amp;y: administration and external take turns, first contributions first</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="99"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="100"/>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="101"/>
        <source>Redezeit je Beitrag zu diesem TOP</source>
        <translation>Speaking time per contribution on this item</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="102"/>
        <source>Redezeit auf dem Bea&amp;mer zeigen</source>
        <translation>Show speaking time on the pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="106"/>
        <source>Redezeit je Seite</source>
        <translation>Speaking time per side</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="119"/>
        <source>Redezeit &amp;je Beitrag:</source>
        <translation>Time per contri&amp;bution:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="153"/>
        <source>%1. %2 (%3) – %4</source>
        <translation>%1. %2 (%3) – %4</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="210"/>
        <source>Niemand spricht.</source>
        <translation>Nobody is speaking.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="212"/>
        <source>Es spricht: %1 (%2) · %3</source>
        <translation>Speaking: %1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="218"/>
        <source>⚠ Redezeit überschritten: %1 von %2 je Beitrag</source>
        <translation>⚠ Speaking time exceeded: %1 of %2 per contribution</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="226"/>
        <source>Dieser TOP: %1
Sitzung: %2</source>
        <translation>This item: %1
Session: %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="231"/>
        <source>Redezeit Verwaltung %1 · extern %2</source>
        <translation>Speaking time administration %1 · external %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/live/speakers.py" line="246"/>
        <source>Redeliste: %1</source>
        <translation>Speakers list: %1</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../lip_desktop/ui/negotiation.py" line="643"/>
        <source>Status des Kompromisses</source>
        <translation>Status of the compromise</translation>
    </message>
</context>
<context>
    <name>StrategySectionForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="78"/>
        <source>Strategieteil</source>
        <translation>Strategy part</translation>
    </message>
</context>
<context>
    <name>SubjectContributions</name>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="495"/>
        <source>Beiträge aus der Beteiligung zu diesem Eintrag</source>
        <translation>Contributions from participation behind this entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="517"/>
        <source>Aus der Beteiligung: keine Beiträge</source>
        <translation>From participation: no contributions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="519"/>
        <source>Aus der Beteiligung: 1 Beitrag</source>
        <translation>From participation: 1 contribution</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/contributions.py" line="521"/>
        <source>Aus der Beteiligung: %1 Beiträge</source>
        <translation>From participation: %1 contributions</translation>
    </message>
</context>
<context>
    <name>TagListEdit</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/tag_list_edit.py" line="42"/>
        <source>Eintrag eingeben und mit Enter hinzufügen</source>
        <extracomment>An entry was added or removed by the user.</extracomment>
        <translation>Type an entry and press Enter to add it</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/tag_list_edit.py" line="48"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/tag_list_edit.py" line="57"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/tag_list_edit.py" line="97"/>
        <source>%1: neuer Eintrag</source>
        <translation>%1: new entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/tag_list_edit.py" line="98"/>
        <source>%1: Eintrag hinzufügen</source>
        <translation>%1: add entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/tag_list_edit.py" line="100"/>
        <source>%1: ausgewählte Einträge entfernen</source>
        <translation>%1: remove selected entries</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../lip_desktop/ui/worker.py" line="94"/>
        <source>Abbrechen</source>
        <extracomment>A job finished (successfully or not); for tests and the status bar.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TermHintBar</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/term_edit.py" line="509"/>
        <source>Hinweis zur Wortwahl</source>
        <extracomment>The findings changed (argument: the new ``list[Finding]``). The user finished an edit: left the field or replaced a term. Return pressed, field left, or a term replaced.</extracomment>
        <translation>Note on wording</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/term_edit.py" line="513"/>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/term_edit.py" line="537"/>
        <source>„%1“ ist veraltet, vereinbart ist „%2“.</source>
        <translation>‘%1’ is outdated; the agreed term is ‘%2’.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/term_edit.py" line="540"/>
        <source>(und %1 weitere Stelle)</source>
        <translation>(and %1 more occurrence)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/term_edit.py" line="541"/>
        <source>(und %1 weitere Stellen)</source>
        <translation>(and %1 more occurrences)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/term_edit.py" line="547"/>
        <source>Ersetzen durch „%1“</source>
        <translation>Replace with ‘%1’</translation>
    </message>
</context>
<context>
    <name>TermReportModel</name>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="112"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="112"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="112"/>
        <source>Gefunden</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="113"/>
        <source>Vorschlag</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>TermRuleModel</name>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="68"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="68"/>
        <source>Ersatz</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="68"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="91"/>
        <source>Begriffsregel ändern</source>
        <translation>Change term rule</translation>
    </message>
</context>
<context>
    <name>VoteListModel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="180"/>
        <source>Frage</source>
        <extracomment>The status-quo option of systemic consensing: its resistance shows how much the group wants any change at all, so it is offered with every new consent vote. The vote id of a row in ``VoteListModel``. An option list item&apos;s subject ``(subject_type, subject_id)`` or None. Marks the passive option the form added itself (removed again when leaving consent). Ballot rows are lower: twenty voters are entered by keyboard (``ballot_keys``).</extracomment>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="180"/>
        <source>Verfahren</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="180"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="180"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1067"/>
        <source>Abstimmungen der Sitzung</source>
        <extracomment>The facilitator wants the room to see this vote (connect to the projector).</extracomment>
        <translation>Votes of the session</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1069"/>
        <source>Neue Abstimmung …</source>
        <translation>New vote …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1070"/>
        <source>Neue Runde</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1072"/>
        <source>Eine neue Abstimmung mit derselben Frage, Regel und denselben Optionen</source>
        <translation>A new vote with the same question, rule and options</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1073"/>
        <source>Auf dem Beamer zeigen</source>
        <translation>Show on projector</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1092"/>
        <source>Keine Abstimmung gewählt. „Neue Abstimmung …“ legt eine an.</source>
        <translation>No vote selected. ‘New vote …’ creates one.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1103"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1285"/>
        <source>Abstimmung schließen</source>
        <translation>Close vote</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1108"/>
        <source>Anmerkung zur Abstimmung (nur Protokoll, nicht auf dem Beamer)</source>
        <translation>Note on the vote (minutes only, not on the projector)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1110"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1131"/>
        <source>Anmerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1111"/>
        <source>Anmerkung speichern</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1222"/>
        <source>%1 stimmberechtigt</source>
        <translation>%1 eligible to vote</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="1286"/>
        <source>Abstimmung schließen? Danach können Stimmen und Ergebnis nicht mehr geändert werden; eine Anmerkung bleibt möglich.</source>
        <translation>Close the vote? Afterwards the votes and the result can no longer be changed; a note can still be added.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="29"/>
        <source>&lt;h1&gt;LIP Desktop&lt;/h1&gt;&lt;p&gt;Kataloge der Expert*innengruppen des Lokalen Integrationsplans&lt;/p&gt;</source>
        <extracomment>The user chose a catalogue to open: a file (Path) or a server address (str). Buttons: &quot;new&quot;, &quot;open&quot;, &quot;server&quot;, &quot;demo&quot;.</extracomment>
        <translation>&lt;h1&gt;LIP Desktop&lt;/h1&gt;&lt;p&gt;Catalogues of the expert groups of the Local Integration Plan&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="35"/>
        <source>Zuletzt geöffnete Kataloge</source>
        <translation>Recently opened catalogues</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="38"/>
        <source>&amp;Neuer Katalog …</source>
        <translation>&amp;New Catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="39"/>
        <source>Katalog ö&amp;ffnen …</source>
        <translation>&amp;Open Catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="40"/>
        <source>Mit Se&amp;rver verbinden …</source>
        <translation>Connect to se&amp;rver …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="41"/>
        <source>&amp;Demo-Katalog öffnen</source>
        <translation>Open &amp;Demo Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="52"/>
        <source>Zuletzt geöffnet:</source>
        <translation>Recently opened:</translation>
    </message>
</context>
<context>
    <name>WordOptionsDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="52"/>
        <source>Word-Entwurf exportieren</source>
        <translation>Export Word draft</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="55"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="56"/>
        <source>Ganzer Katalog</source>
        <translation>Whole catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="59"/>
        <source>Interner Arbeitsentwurf (alles)</source>
        <translation>Internal working draft (everything)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="60"/>
        <source>Entwurf für die öffentliche Beteiligung</source>
        <translation>Draft for public participation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="62"/>
        <source>Abgelehnte und zurückgestellte Maßnahmen aufnehmen</source>
        <translation>Include rejected and deferred measures</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="64"/>
        <source>Positionen, Kompromisse und Abstimmungen aufnehmen</source>
        <translation>Include positions, compromises and votes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="70"/>
        <source>Entwurfsversion erhöhen (von %1 auf %2)</source>
        <translation>Increase draft version (from %1 to %2)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="75"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="63"/>
        <source>Berichtsjahr</source>
        <translation>Reporting year</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="65"/>
        <source>&amp;Berichtsjahr:</source>
        <translation>&amp;Reporting year:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="69"/>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="70"/>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="75"/>
        <source>&amp;Zielordner:</source>
        <translation>&amp;Target folder:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/controlling.py" line="86"/>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
</context>
<context>
    <name>YesNoEntry</name>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="600"/>
        <source>Einzelstimmen</source>
        <translation>Individual votes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="601"/>
        <source>Handzeichen (Summen je Seite)</source>
        <translation>Show of hands (totals per side)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="636"/>
        <source>Summen verwerfen</source>
        <translation>Discard totals</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="638"/>
        <source>Summen löschen, um stattdessen Einzelstimmen zu erfassen</source>
        <translation>Delete the totals to record individual votes instead</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="681"/>
        <source>Pfeiltasten wechseln, J/N/E oder 1/2/3 stimmen, Eingabe: nächste Person</source>
        <translation>Arrow keys move, 1/2/3 (or J/N/E) vote yes/no/abstain, Enter: next person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="689"/>
        <location filename="../../lip_desktop/ui/session/votes.py" line="690"/>
        <source>Stimme zurücknehmen</source>
        <translation>Withdraw vote</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/session/votes.py" line="695"/>
        <source>Niemand stimmberechtigt: bitte die Anwesenheit der Mitglieder erfassen.</source>
        <translation>Nobody is eligible to vote: please record the members’ attendance.</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <location filename="../../lip_desktop/ui/a11y.py" line="193"/>
        <source>Eingabe leeren</source>
        <extracomment>Controls a user operates; each needs an accessible name. Status colours of the normal theme (light background). Keys say what a colour means. The same meanings on a dark background.</extracomment>
        <translation>Clear input</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../lip_desktop/ui/app.py" line="63"/>
        <source>LIP Desktop wird geöffnet …</source>
        <translation>Opening LIP Desktop …</translation>
    </message>
</context>
<context>
    <name>checkout</name>
    <message>
        <location filename="../../lip_desktop/ui/merge/checkout.py" line="103"/>
        <source>Offline-Kopie speichern</source>
        <translation>Save offline copy</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/checkout.py" line="126"/>
        <source>Offline-Kopie geschrieben</source>
        <translation>Offline copy written</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/merge/checkout.py" line="129"/>
        <source>Offline-Kopie wird geschrieben …</source>
        <translation>Writing offline copy …</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="28"/>
        <source>LIP-Katalog (*.lip)</source>
        <translation>LIP catalogue (*.lip)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="29"/>
        <source>LIP-Austauschdatei (*.json)</source>
        <translation>LIP interchange file (*.json)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="30"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="31"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="54"/>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="62"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="63"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Ihre bestätigten Eingaben sind gespeichert; das Programm läuft weiter.</source>
        <translation>An unexpected error occurred. Your confirmed entries are saved; the program keeps running.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="67"/>
        <source>Protokolldatei: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="81"/>
        <source>Absturz beim letzten Mal</source>
        <translation>Crash last time</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="82"/>
        <source>LIP Desktop wurde am %1 unerwartet beendet. Ihre bestätigten Eingaben sind gespeichert. Der Absturzbericht hilft, den Fehler zu finden; Sie können ihn kopieren und an den Support schicken.</source>
        <translation>LIP Desktop quit unexpectedly on %1. Your confirmed entries are saved. The crash report helps to find the fault; you can copy it and send it to support.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="87"/>
        <source>Bericht: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="90"/>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="92"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/dialogs.py" line="94"/>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="4"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="5"/>
        <source>in Diskussion</source>
        <translation>under discussion</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="6"/>
        <source>vereinbart</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="7"/>
        <source>zurückgestellt</source>
        <translation>deferred</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="8"/>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="9"/>
        <source>dauerhaft (Regelstruktur)</source>
        <translation>permanent (regular structure)</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="10"/>
        <source>befristetes Projekt</source>
        <translation>time-limited project</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="11"/>
        <source>Prüfauftrag</source>
        <translation>review mandate</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="12"/>
        <source>Expert*innengruppe</source>
        <translation>Expert group</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="13"/>
        <source>Online-Umfrage</source>
        <translation>online survey</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="14"/>
        <source>Präsenzveranstaltung</source>
        <translation>in-person event</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="15"/>
        <source>Verwaltung</source>
        <translation>administration</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="16"/>
        <source>Sonstiges</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="17"/>
        <source>Zustimmung</source>
        <translation>approval</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="18"/>
        <source>Überarbeitung</source>
        <translation>revision</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="19"/>
        <source>Ablehnung</source>
        <translation>rejection</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="20"/>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="21"/>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="22"/>
        <source>niedrig</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="23"/>
        <source>extern</source>
        <translation>external</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="24"/>
        <source>Mitglied</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="25"/>
        <source>Moderation</source>
        <translation>facilitation</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="26"/>
        <source>Protokoll</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="27"/>
        <source>Gast</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="28"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="29"/>
        <source>läuft</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="30"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="31"/>
        <source>vorgeschlagen</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="32"/>
        <source>verworfen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="33"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="34"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="35"/>
        <source>Kompromiss</source>
        <translation>Compromise</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="36"/>
        <source>Strategieteil</source>
        <translation>Strategy part</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="37"/>
        <source>Ja/Nein</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="38"/>
        <source>Punktabfrage</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="39"/>
        <source>Systemisches Konsensieren</source>
        <translation>Systemic consensing</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="40"/>
        <source>Bewertung</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="41"/>
        <source>Rangfolge</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="42"/>
        <source>offen</source>
        <translation>unresolved</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="43"/>
        <source>nicht begonnen</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="44"/>
        <source>in Bearbeitung</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="45"/>
        <source>in das laufende Geschäft übergegangen</source>
        <translation>part of regular operations</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="46"/>
        <source>erfüllt</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="47"/>
        <source>nicht weiter zu verfolgen</source>
        <translation>discontinued</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="48"/>
        <source>einfache Mehrheit</source>
        <translation>simple majority</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="49"/>
        <source>absolute Mehrheit der Anwesenden</source>
        <translation>absolute majority of those present</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="50"/>
        <source>Zwei-Drittel-Mehrheit</source>
        <translation>two-thirds majority</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="51"/>
        <source>Konsens (keine Gegenstimme)</source>
        <translation>consensus (no vote against)</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="52"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="53"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="54"/>
        <source>Enthaltung</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="55"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="56"/>
        <source>Änderung im Word-Entwurf</source>
        <translation>Change in the Word draft</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="58"/>
        <source>übernommen</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="59"/>
        <source>veraltet</source>
        <translation>outdated</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="60"/>
        <source>Word-Kommentar</source>
        <translation>Word comment</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="61"/>
        <source>Zuschrift</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="62"/>
        <source>Beirat</source>
        <translation>Advisory board</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="63"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="64"/>
        <source>berücksichtigt</source>
        <translation>considered</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="65"/>
        <source>nicht übernommen</source>
        <translation>not taken up</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="66"/>
        <source>Dublette</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="67"/>
        <source>Beitrag</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../build/translations/enum_labels.py" line="57"/>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
</context>
<context>
    <name>seen</name>
    <message>
        <location filename="../../lip_desktop/ui/seen.py" line="43"/>
        <source>Ihre nicht gespeicherte Eingabe liegt in der Zwischenablage (Strg+V fügt sie wieder ein).</source>
        <translation>Your unsaved entry is on the clipboard (Ctrl+V pastes it back).</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../lip_desktop/ui/session/live/context.py" line="99"/>
        <source>Gespeichert: %1</source>
        <extracomment>The record id behind a list entry (agenda item, parking item, decision, person). Attendance toggles are hit with a touchpad on a projector laptop: make them big.</extracomment>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>server_dialog</name>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="57"/>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/server_dialog.py" line="58"/>
        <source>Passwort für %1:</source>
        <translation>Password for %1:</translation>
    </message>
</context>
</TS>
