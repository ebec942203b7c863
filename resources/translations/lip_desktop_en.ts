<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;Neuer Katalog …</source>
        <extracomment>A catalogue was opened (path) or closed (None) in this window.</extracomment>
        <translation type="vanished">&amp;New Catalogue …</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen …</source>
        <translation type="vanished">&amp;Open …</translation>
    </message>
    <message>
        <source>&amp;Demo-Katalog öffnen</source>
        <translation type="vanished">Open &amp;Demo Catalogue</translation>
    </message>
    <message>
        <source>Austauschdatei (JSON) &amp;einlesen …</source>
        <translation type="vanished">&amp;Import Interchange File (JSON) …</translation>
    </message>
    <message>
        <source>Austauschdatei (JSON) &amp;schreiben …</source>
        <translation type="vanished">E&amp;xport Interchange File (JSON) …</translation>
    </message>
    <message>
        <source>&amp;Word-Entwurf exportieren …</source>
        <translation type="vanished">Export &amp;Word Draft …</translation>
    </message>
    <message>
        <source>&amp;Maßnahmenliste (Excel) exportieren …</source>
        <translation type="vanished">Export &amp;Measure List (Excel) …</translation>
    </message>
    <message>
        <source>Word-&amp;Kommentare übernehmen …</source>
        <translation type="vanished">Import Word &amp;Comments …</translation>
    </message>
    <message>
        <source>&amp;Voten der Lenkungsgruppe übernehmen …</source>
        <translation type="vanished">Import Steering &amp;Group Decisions …</translation>
    </message>
    <message>
        <source>Si&amp;cherungen …</source>
        <translation type="vanished">&amp;Backups …</translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation type="vanished">&amp;Settings …</translation>
    </message>
    <message>
        <source>Katalog s&amp;chließen</source>
        <translation type="vanished">C&amp;lose Catalogue</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="vanished">&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation type="vanished">&amp;Find</translation>
    </message>
    <message>
        <source>Neues &amp;Ziel</source>
        <translation type="vanished">New &amp;Goal</translation>
    </message>
    <message>
        <source>Neues &amp;Teilziel</source>
        <translation type="vanished">New &amp;Sub-goal</translation>
    </message>
    <message>
        <source>Neue &amp;Maßnahme</source>
        <translation type="vanished">New &amp;Measure</translation>
    </message>
    <message>
        <source>&amp;Duplizieren</source>
        <translation type="vanished">Du&amp;plicate</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation type="vanished">&amp;Delete …</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation type="vanished">Move &amp;Up</translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation type="vanished">Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Maßnahme zu anderem Ziel &amp;verschieben …</source>
        <translation type="vanished">Mo&amp;ve Measure to Another Goal …</translation>
    </message>
    <message>
        <source>Kennungen &amp;neu vergeben …</source>
        <translation type="vanished">Re&amp;number Codes …</translation>
    </message>
    <message>
        <source>Katalog &amp;prüfen</source>
        <translation type="vanished">C&amp;heck Catalogue</translation>
    </message>
    <message>
        <source>&amp;Begriffe und Begriffsbericht …</source>
        <translation type="vanished">&amp;Terms and Term Report …</translation>
    </message>
    <message>
        <source>&amp;Katalog</source>
        <translation type="vanished">&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Maßnahmenliste</source>
        <translation type="vanished">&amp;Measure List</translation>
    </message>
    <message>
        <source>&amp;Personen und Gruppen</source>
        <translation type="vanished">&amp;People and Groups</translation>
    </message>
    <message>
        <source>Offene &amp;Kommentare</source>
        <translation type="vanished">&amp;Unresolved Comments</translation>
    </message>
    <message>
        <source>Ü&amp;ber LIP Desktop</source>
        <translation type="vanished">&amp;About LIP Desktop</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation type="vanished">Open &amp;Recent</translation>
    </message>
</context>
<context>
    <name>ActionFieldForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="50"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="52"/>
        <source>Großbuchstaben, z. B. BIL; die Kennungen der Ziele und Maßnahmen beginnen damit.</source>
        <translation>Capital letters, e.g. BIL; the codes of the goals and measures begin with them.</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="118"/>
        <source>Datum</source>
        <extracomment>The backup&apos;s path (``Path``) on every row. A value that sorts the column correctly (datetime, reason key, size in bytes).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="118"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="118"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="164"/>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="181"/>
        <source>Sicherungen</source>
        <extracomment>The user confirmed restoring this backup (``Path``). The receiver must close the catalogue, call ``catalogue.restore(catalogue_path, backup)``, reopen the file and clear the undo stack; the dialog itself changes nothing.</extracomment>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="175"/>
        <source>Sicherungen entstehen beim Öffnen, halbstündlich bei Änderungen, vor Aktualisierungen und beim Schließen. Alle von heute und gestern bleiben; von den älteren bleibt je Tag, Woche und Monat die neueste.</source>
        <translation>Backups are made on opening, every half hour while there are changes, before updates and on closing. All backups from today and yesterday are kept; of the older ones, the newest of each day, week and month is kept.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="188"/>
        <source>Ordner: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="193"/>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="194"/>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="195"/>
        <source>Wiederherstellen …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="196"/>
        <source>Ausgewählte Sicherung wiederherstellen</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="199"/>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="200"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="202"/>
        <source>Der Katalog ist nur zum Lesen geöffnet.</source>
        <translation>The catalogue is open read-only.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="244"/>
        <source>Sicherung fehlgeschlagen</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="256"/>
        <source>Den Katalog auf den Stand vom %1 zurücksetzen?

Der jetzige Stand wird vorher gesichert, und die jetzige Datei wird unverändert beiseitegelegt (…_ersetzt_…). Der Katalog wird dazu geschlossen und wieder geöffnet; „Rückgängig“ gilt danach nur für neue Änderungen.</source>
        <translation>Reset the catalogue to its state of %1?

The current state is backed up first, and the current file is set aside unchanged (…_ersetzt_…). The catalogue is closed and reopened for this; ‘Undo’ then applies only to new changes.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/backups_dialog.py" line="261"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
</context>
<context>
    <name>CatalogueForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="82"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="91"/>
        <source>Wird beim Erzeugen eines Word-Entwurfs gesetzt.</source>
        <translation>Set when a Word draft is created.</translation>
    </message>
</context>
<context>
    <name>CatalogueHub</name>
    <message>
        <location filename="../../lip_desktop/ui/hub.py" line="62"/>
        <source>Gespeichert: %1</source>
        <extracomment>A service call changed the catalogue; the argument is its ``Changes``. A record was chosen somewhere (tree, list, search): (record type, id). A short German status text for the status bar.</extracomment>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <location filename="../../lip_desktop/ui/tree_model.py" line="127"/>
        <source>Strategieteil</source>
        <translation>Strategy part</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/tree_model.py" line="293"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/tree_model.py" line="296"/>
        <source>Votum Lenkungsgruppe: %1</source>
        <translation>Steering group decision: %1</translation>
    </message>
</context>
<context>
    <name>CommentModel</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="314"/>
        <location filename="../../lip_desktop/ui/history.py" line="328"/>
        <source>erledigt</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="314"/>
        <source>Autor*in</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="314"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="315"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="315"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="328"/>
        <source>offen</source>
        <translation>unresolved</translation>
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
        <location filename="../../lip_desktop/ui/glossary.py" line="217"/>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="228"/>
        <source>Begriffsregeln</source>
        <translation>Term rules</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="231"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="232"/>
        <source>Neuer Begriff</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="234"/>
        <source>Ersatz</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="235"/>
        <source>Ersatz für den neuen Begriff</source>
        <translation>Replacement for the new term</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="237"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="238"/>
        <source>Hinweis zur neuen Regel</source>
        <translation>Note on the new rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="239"/>
        <location filename="../../lip_desktop/ui/glossary.py" line="240"/>
        <source>Regel hinzufügen</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="241"/>
        <source>Regel entfernen …</source>
        <translation>Remove rule …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="242"/>
        <source>Ausgewählte Regel entfernen</source>
        <translation>Remove the selected rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="253"/>
        <source>Gefundene veraltete Begriffe</source>
        <translation>Outdated terms found</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="256"/>
        <source>Ergebnis der Prüfung</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="257"/>
        <source>Doppelklick öffnet den Eintrag. Der Text wird nicht automatisch geändert.</source>
        <translation>Double-click opens the entry. The text is not changed automatically.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="260"/>
        <source>Eintrag öffnen</source>
        <translation>Open entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="261"/>
        <source>Eintrag der Fundstelle öffnen</source>
        <translation>Open the entry where the term was found</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="272"/>
        <source>Begriffe und Bericht</source>
        <translation>Terms and report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="273"/>
        <source>&amp;Begriffe</source>
        <translation>&amp;Terms</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="274"/>
        <source>Be&amp;richt</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="277"/>
        <location filename="../../lip_desktop/ui/glossary.py" line="278"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="320"/>
        <source>Begriffsregel hinzufügen</source>
        <translation>Add term rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="333"/>
        <source>Regel entfernen</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="334"/>
        <source>Die Regel für „%1“ entfernen?</source>
        <translation>Remove the rule for ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="336"/>
        <source>Begriffsregel entfernen</source>
        <translation>Remove term rule</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="352"/>
        <source>Keine veralteten Begriffe gefunden.</source>
        <translation>No outdated terms found.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="354"/>
        <source>1 veralteter Begriff gefunden.</source>
        <translation>1 outdated term found.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="356"/>
        <source>%1 veraltete Begriffe gefunden.</source>
        <translation>%1 outdated terms found.</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="26"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="270"/>
        <source>Verwaltung %1 · extern %2</source>
        <translation>Administration %1 · external %2</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="273"/>
        <source>nicht paritätisch besetzt</source>
        <translation>not in parity</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="288"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="288"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="288"/>
        <source>Besetzung</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="306"/>
        <source>Stimmberechtigte Mitglieder je Seite</source>
        <translation>Voting members per side</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="334"/>
        <source>Gruppenname ändern</source>
        <translation>Rename group</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="167"/>
        <source>angelegt</source>
        <extracomment>Record types a review comment can be about (the others have no &quot;Kommentare&quot; tab).</extracomment>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="169"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="173"/>
        <source>Mitglied %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="174"/>
        <source>(gelöschte Person)</source>
        <translation>(deleted person)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="176"/>
        <source>Abstimmungsregel (%1)</source>
        <translation>Voting rule (%1)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="194"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="209"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="209"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="209"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="209"/>
        <source>alt → neu</source>
        <translation>old → new</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="238"/>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="250"/>
        <source>Indikator hinzufügen</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="251"/>
        <source>Indikator entfernen</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="260"/>
        <source>Fehler bei den Indikatoren</source>
        <translation>Errors in the indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="288"/>
        <source>Neuer Indikator</source>
        <translation>New indicator</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="128"/>
        <source>Jahr</source>
        <extracomment>Column order of the table: record field keys. German reason why the last cell edit was not stored (&quot;&quot; after a stored edit).</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="182"/>
        <source>„%2“ ist keine Jahreszahl (%1), z. B. 2028.</source>
        <translation>‘%2’ is not a year (%1), e.g. 2028.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="184"/>
        <source>„%2“ ist keine Zahl (%1); bitte in deutscher Schreibweise, z. B. 1.234,5.</source>
        <translation>‘%2’ is not a number (%1); please use German notation, e.g. 1.234,5.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="195"/>
        <source>Indikator hinzufügen</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/indicators.py" line="204"/>
        <source>Indikator entfernen</source>
        <translation>Remove indicator</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Neuer Katalog …</source>
        <extracomment>A catalogue was opened (path) or closed (None) in this window.</extracomment>
        <translation>&amp;New Catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="98"/>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="99"/>
        <source>&amp;Demo-Katalog öffnen</source>
        <translation>Open &amp;Demo Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="100"/>
        <source>Austauschdatei (JSON) &amp;einlesen …</source>
        <translation>&amp;Import Interchange File (JSON) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="101"/>
        <source>Austauschdatei (JSON) &amp;schreiben …</source>
        <translation>E&amp;xport Interchange File (JSON) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="102"/>
        <source>&amp;Word-Entwurf exportieren …</source>
        <translation>Export &amp;Word Draft …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="104"/>
        <source>&amp;Maßnahmenliste (Excel) exportieren …</source>
        <translation>Export &amp;Measure List (Excel) …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="106"/>
        <source>Word-&amp;Kommentare übernehmen …</source>
        <translation>Import Word &amp;Comments …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="108"/>
        <source>&amp;Voten der Lenkungsgruppe übernehmen …</source>
        <translation>Import Steering &amp;Group Decisions …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="110"/>
        <source>Si&amp;cherungen …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="112"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="115"/>
        <source>Katalog s&amp;chließen</source>
        <translation>C&amp;lose Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="118"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="119"/>
        <source>Neues &amp;Ziel</source>
        <translation>New &amp;Goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="120"/>
        <source>Neues &amp;Teilziel</source>
        <translation>New &amp;Sub-goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="121"/>
        <source>Neue &amp;Maßnahme</source>
        <translation>New &amp;Measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Duplizieren</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="126"/>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="127"/>
        <source>Nach &amp;unten</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="129"/>
        <source>Maßnahme zu anderem Ziel &amp;verschieben …</source>
        <translation>Mo&amp;ve Measure to Another Goal …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="133"/>
        <source>Kennungen &amp;neu vergeben …</source>
        <translation>Re&amp;number Codes …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="134"/>
        <source>Katalog &amp;prüfen</source>
        <translation>C&amp;heck Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Begriffe und Begriffsbericht …</source>
        <translation>&amp;Terms and Term Report …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="139"/>
        <source>&amp;Katalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Maßnahmenliste</source>
        <translation>&amp;Measure List</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="141"/>
        <source>&amp;Personen und Gruppen</source>
        <translation>&amp;People and Groups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="142"/>
        <source>Offene &amp;Kommentare</source>
        <translation>&amp;Unresolved Comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="146"/>
        <source>Ü&amp;ber LIP Desktop</source>
        <translation>&amp;About LIP Desktop</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="185"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="199"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="201"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="260"/>
        <source>%1 – %2 – LIP Desktop</source>
        <translation>%1 – %2 – LIP Desktop</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="280"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="283"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="363"/>
        <source>Katalog öffnen</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="289"/>
        <source>Katalog aktualisiert</source>
        <translation>Catalogue updated</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="291"/>
        <source>Der Katalog wurde auf die aktuelle Version gebracht; vorher wurde eine Sicherung angelegt.</source>
        <translation>The catalogue has been updated to the current version; a backup was made beforehand.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="296"/>
        <source>Speicherort</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="348"/>
        <source>Sicherung beim Schließen</source>
        <translation>Backup on closing</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="370"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="383"/>
        <source>Neuer Katalog</source>
        <translation>New catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="404"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="415"/>
        <source>Sicherung angelegt.</source>
        <translation>Backup created.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="430"/>
        <source>Navigation: Strategieteil, Handlungsfelder, Ziele und Maßnahmen</source>
        <translation>Navigation: strategy part, action fields, goals and measures</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="460"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="461"/>
        <source>Maßnahmenliste</source>
        <translation>Measure list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="462"/>
        <source>Personen und Gruppen</source>
        <translation>People and groups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="463"/>
        <source>Offene Kommentare</source>
        <translation>Unresolved comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="466"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="471"/>
        <source>Verlauf und Kommentare</source>
        <translation>History and comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="585"/>
        <source>Neues Ziel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="587"/>
        <source>Ziel anlegen</source>
        <translation>Create goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="597"/>
        <source>Neues Teilziel</source>
        <translation>New sub-goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="599"/>
        <source>Teilziel anlegen</source>
        <translation>Create sub-goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="611"/>
        <source>Neue Maßnahme</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="613"/>
        <source>Maßnahme anlegen</source>
        <translation>Create measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="623"/>
        <source>Maßnahme duplizieren</source>
        <translation>Duplicate measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="633"/>
        <source>„%1“ löschen?</source>
        <translation>Delete ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="635"/>
        <source>Teilziele und Maßnahmen darunter werden mit gelöscht.</source>
        <translation>Sub-goals and measures below it will be deleted as well.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="636"/>
        <source>(Rückgängig mit Strg+Z)</source>
        <translation>(Undo with Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="637"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="639"/>
        <source>„%1“ löschen</source>
        <translation>Delete ‘%1’</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="649"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="665"/>
        <source>Maßnahme verschieben</source>
        <translation>Move measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="651"/>
        <source>Verschieben</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="665"/>
        <source>Zu welchem Ziel?</source>
        <translation>To which goal?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="671"/>
        <source>Maßnahme zu anderem Ziel verschieben</source>
        <translation>Move measure to another goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="684"/>
        <source>Kennungen neu vergeben</source>
        <translation>Renumber codes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="686"/>
        <source>Alle Kennungen der Ziele und Maßnahmen werden nach der aktuellen Reihenfolge neu vergeben. Bereits verschickte Entwürfe und Listen nennen dann andere Kennungen. Fortfahren?</source>
        <translation>All codes of the goals and measures will be reassigned according to the current order. Drafts and lists already sent out will then show different codes. Continue?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="695"/>
        <source>%1 Kennungen neu vergeben.</source>
        <translation>%1 codes reassigned.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="723"/>
        <source>Wiederhergestellt. Der vorherige Stand liegt unter %1.</source>
        <translation>Restored. The previous state has been kept at %1.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="749"/>
        <source>Keine Auffälligkeiten.</source>
        <translation>No issues found.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="750"/>
        <source>Prüfung des Katalogs</source>
        <translation>Catalogue check</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="753"/>
        <source>Katalog wird geprüft …</source>
        <translation>Checking the catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="763"/>
        <source>Über LIP Desktop</source>
        <translation>About LIP Desktop</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="765"/>
        <source>LIP Desktop %1
Werkzeug für die Expert*innengruppen des Lokalen Integrationsplans.</source>
        <translation>LIP Desktop %1
Tool for the expert groups of the Local Integration Plan.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="776"/>
        <location filename="../../lip_desktop/ui/main_window.py" line="792"/>
        <source>Austauschdatei einlesen</source>
        <translation>Import interchange file</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="789"/>
        <source>Eingelesen: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="794"/>
        <source>Austauschdatei wird eingelesen …</source>
        <translation>Importing interchange file …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="800"/>
        <source>Austauschdatei schreiben</source>
        <translation>Export interchange file</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="812"/>
        <source>Austauschdatei wird geschrieben …</source>
        <translation>Exporting interchange file …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/main_window.py" line="815"/>
        <source>Geschrieben: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="121"/>
        <source>Unter einem anderen Namen speichern?</source>
        <translation>Save under a different name?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="125"/>
        <source>Datei kann nicht geschrieben werden</source>
        <translation>File cannot be written</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="131"/>
        <source>Speichern unter</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="164"/>
        <source>Im Text stehen %1 veraltete Begriffe (der Text wird nicht verändert):</source>
        <translation>The text contains %1 outdated terms (the text will not be changed):</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="169"/>
        <source>Begriffsbericht</source>
        <translation>Term report</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="171"/>
        <source>Trotzdem exportieren?</source>
        <translation>Export anyway?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="179"/>
        <source>Word-Entwurf speichern</source>
        <translation>Save Word draft</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="197"/>
        <source>Word-Entwurf geschrieben: %1</source>
        <translation>Word draft written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="204"/>
        <source>Word-Entwurf wird erstellt …</source>
        <translation>Creating Word draft …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="216"/>
        <source>Maßnahmenliste speichern</source>
        <translation>Save measure list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="234"/>
        <source>Maßnahmenliste: Hinweise</source>
        <translation>Measure list: notes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="238"/>
        <source>Maßnahmenliste geschrieben: %1</source>
        <translation>Measure list written: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="245"/>
        <source>Maßnahmenliste wird erstellt …</source>
        <translation>Creating measure list …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="255"/>
        <source>Überarbeiteten Word-Entwurf wählen</source>
        <translation>Choose the revised Word draft</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="270"/>
        <source>Word-Kommentare übernommen</source>
        <translation>Word comments imported</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="275"/>
        <source>Kommentare werden gelesen …</source>
        <translation>Reading comments …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="285"/>
        <source>Maßnahmenliste der Lenkungsgruppe wählen</source>
        <translation>Choose the steering group’s measure list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="301"/>
        <source>Voten übernommen</source>
        <translation>Decisions imported</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="302"/>
        <source>%1 Zeilen gelesen, %2 Maßnahmen geändert.</source>
        <translation>%1 rows read, %2 measures changed.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="308"/>
        <source>Voten werden gelesen …</source>
        <translation>Reading decisions …</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="35"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="48"/>
        <source>Umsetzung</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="61"/>
        <source>– offen –</source>
        <translation>– not set –</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="68"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/measure.py" line="80"/>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>MeasureListView</name>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="838"/>
        <source>Filtern …</source>
        <extracomment>Filter value &quot;not set&quot; for kind and steering decision (&quot;ohne Art&quot;, &quot;ohne Votum&quot;). The filters changed and the rows are filtered again (the count follows this). More runs of rows coming or going than this: one layout change instead. Accepted per source row as last decided; None when unknown (rows changed). The decisions Qt is asking for during a filter change. The filters ``_shown`` was decided with.</extracomment>
        <translation>Filter …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="839"/>
        <source>Maßnahmen filtern nach Text</source>
        <translation>Filter measures by text</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="840"/>
        <source>Kennung, Titel, Beschreibung oder Federführung enthält alle eingegebenen Wörter</source>
        <translation>Code, title, description or lead contains all the words entered</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="844"/>
        <source>Federführung …</source>
        <translation>Lead …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="845"/>
        <source>Maßnahmen filtern nach Federführung</source>
        <translation>Filter measures by lead</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="847"/>
        <source>Filter Handlungsfeld</source>
        <translation>Filter by action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="848"/>
        <source>Filter Status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="849"/>
        <source>Filter Art</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="850"/>
        <source>Filter Votum Lenkungsgruppe</source>
        <translation>Filter by steering group decision</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="851"/>
        <source>Filter Indikatoren</source>
        <translation>Filter by indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="853"/>
        <source>Filter &amp;zurücksetzen</source>
        <translation>&amp;Reset Filters</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="854"/>
        <source>Alle Filter zurücksetzen</source>
        <translation>Reset all filters</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="856"/>
        <source>Anzahl der angezeigten Maßnahmen</source>
        <translation>Number of measures shown</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="860"/>
        <source>Maßnahmenliste</source>
        <translation>Measure list</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="932"/>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="935"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="938"/>
        <source>ohne Art</source>
        <translation>no kind</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="939"/>
        <source>Alle Voten</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="942"/>
        <source>ohne Votum</source>
        <translation>no decision</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="943"/>
        <source>Indikatoren: alle</source>
        <translation>Indicators: all</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="944"/>
        <source>mit Indikatoren</source>
        <translation>with indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="945"/>
        <source>ohne Indikatoren</source>
        <translation>without indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="951"/>
        <source>Alle Handlungsfelder</source>
        <translation>All action fields</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="980"/>
        <source>Spalten</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="993"/>
        <source>Alle Spalten anzeigen</source>
        <translation>Show all columns</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="1006"/>
        <source>%1 von %2 Maßnahmen</source>
        <translation>%1 of %2 measures</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="256"/>
        <source>Kennung</source>
        <extracomment>Stable column keys (stored in the settings, so never reorder or rename them). The value a column sorts by: numbers for costs and counts, enum order for choices. The measure id of a row. Light backgrounds per steering decision (text stays dark on them, also in dark mode). A change naming more measures than this reloads the list instead of patching it. SQLite&apos;s limit on bound parameters is far higher; chunks keep statements small. Action fields or goals were renamed, added or removed (filter combos follow). Column and order of the last sort; loading sorts by code, as the view starts.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="256"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="256"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="256"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="257"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="257"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="257"/>
        <source>Federführung</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="257"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="258"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="258"/>
        <source>Kosten (EUR)</source>
        <translation>Costs (EUR)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="258"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="259"/>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="259"/>
        <source>Votum Lenkungsgruppe</source>
        <translation>Steering group decision</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="259"/>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="260"/>
        <source>Kommentare offen</source>
        <translation>Unresolved comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="262"/>
        <source>Anzahl der Indikatoren der Maßnahme</source>
        <translation>Number of indicators of the measure</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="263"/>
        <source>Anzahl der noch nicht erledigten Kommentare</source>
        <translation>Number of comments not yet resolved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/measure_list.py" line="264"/>
        <source>Entscheidung der Lenkungsgruppe: Zustimmung (grün), Überarbeitung (gelb), Ablehnung (rot)</source>
        <translation>Steering group decision: approval (green), revision (yellow), rejection (red)</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="422"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="422"/>
        <source>Seite</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="422"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="39"/>
        <source>offen</source>
        <extracomment>Stands for &quot;no month&quot;; shown as &quot;–&quot; through the special value text. The earliest real month; one later than the &quot;no month&quot; marker so it cannot be chosen. The user finished choosing (month confirmed, left the field, or toggled &quot;offen&quot;).</extracomment>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="40"/>
        <source>Noch kein Monat festgelegt</source>
        <translation>No month set yet</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="45"/>
        <source>Monat und Jahr, z. B. 09/2026</source>
        <translation>Month and year, e.g. 09/2026</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="88"/>
        <source>%1 (Monat/Jahr)</source>
        <translation>%1 (month/year)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/widgets/month_edit.py" line="89"/>
        <source>%1 offen</source>
        <translation>%1 not set</translation>
    </message>
</context>
<context>
    <name>OpenCommentsModel</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="423"/>
        <source>Bezug</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="423"/>
        <source>Autor*in</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="423"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="424"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="424"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="435"/>
        <source>(gelöschter Eintrag)</source>
        <translation>(deleted entry)</translation>
    </message>
</context>
<context>
    <name>OpenCommentsView</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="623"/>
        <source>Quelle der Kommentare</source>
        <translation>Source of the comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="624"/>
        <source>alle Quellen</source>
        <translation>all sources</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="627"/>
        <source>&amp;Quelle:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="630"/>
        <source>Anzahl offener Kommentare</source>
        <translation>Number of unresolved comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="631"/>
        <source>Offene Kommentare</source>
        <translation>Unresolved comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="633"/>
        <source>Eintrag öffnen</source>
        <translation>Open entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="634"/>
        <source>Eintrag des Kommentars öffnen</source>
        <translation>Open the entry the comment refers to</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="635"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as resolved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="637"/>
        <source>Ausgewählten Kommentar als erledigt markieren</source>
        <translation>Mark the selected comment as resolved</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="688"/>
        <source>1 offener Kommentar</source>
        <translation>1 unresolved comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="689"/>
        <source>%1 offene Kommentare</source>
        <translation>%1 unresolved comments</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="161"/>
        <source>Name</source>
        <extracomment>The record id of a row (person id, group id, member&apos;s person id). ``[(key, label), ...]`` a choice column offers; read by ``ChoiceDelegate``.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="161"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="161"/>
        <source>Seite</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="196"/>
        <source>%1 ändern</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="520"/>
        <location filename="../../lip_desktop/ui/people.py" line="537"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="523"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="524"/>
        <source>Name der neuen Person</source>
        <translation>Name of the new person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="526"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="527"/>
        <source>Organisation der neuen Person</source>
        <translation>Organisation of the new person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="529"/>
        <source>Seite der neuen Person</source>
        <translation>Side of the new person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="532"/>
        <location filename="../../lip_desktop/ui/people.py" line="533"/>
        <location filename="../../lip_desktop/ui/people.py" line="683"/>
        <source>Person hinzufügen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="534"/>
        <source>Person entfernen …</source>
        <translation>Remove person …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="535"/>
        <source>Ausgewählte Person entfernen</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="547"/>
        <location filename="../../lip_desktop/ui/people.py" line="556"/>
        <source>Expert*innengruppen</source>
        <translation>Expert groups</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="549"/>
        <source>Handlungsfeld der neuen Gruppe</source>
        <translation>Action field of the new group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="551"/>
        <source>Name der Gruppe</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="552"/>
        <source>Name der neuen Gruppe</source>
        <translation>Name of the new group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="554"/>
        <location filename="../../lip_desktop/ui/people.py" line="555"/>
        <location filename="../../lip_desktop/ui/people.py" line="713"/>
        <source>Gruppe anlegen</source>
        <translation>Create group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="566"/>
        <location filename="../../lip_desktop/ui/people.py" line="587"/>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="571"/>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="574"/>
        <source>Parität der Gruppe</source>
        <translation>Parity of the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="576"/>
        <source>Person, die in die Gruppe kommt</source>
        <translation>Person joining the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="578"/>
        <source>Rolle in der Gruppe</source>
        <translation>Role in the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="581"/>
        <location filename="../../lip_desktop/ui/people.py" line="582"/>
        <source>In die Gruppe aufnehmen</source>
        <translation>Add to group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="583"/>
        <source>Aus der Gruppe entfernen</source>
        <translation>Remove from group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="585"/>
        <source>Ausgewähltes Mitglied aus der Gruppe entfernen</source>
        <translation>Remove the selected member from the group</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="695"/>
        <source>„%1“ aus der Personenliste entfernen?</source>
        <translation>Remove ‘%1’ from the list of people?</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="696"/>
        <location filename="../../lip_desktop/ui/people.py" line="697"/>
        <source>Person entfernen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="705"/>
        <source>Expert*innengruppe %1</source>
        <translation>Expert group %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="781"/>
        <source>Mitglieder: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="782"/>
        <source>Mitglieder (keine Gruppe gewählt)</source>
        <translation>Members (no group selected)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/people.py" line="790"/>
        <source>Warnung: nicht paritätisch besetzt</source>
        <translation>Warning: not in parity</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/base.py" line="157"/>
        <source>Fehler bei %1</source>
        <extracomment>The record&apos;s value when the field was last shown. The widget&apos;s value right after it was last shown (may be normalised, e.g. line breaks); a different value now means the user has edited the field.</extracomment>
        <translation>Error in %1</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/forms/base.py" line="304"/>
        <source>Nicht gespeichert – siehe Meldung.</source>
        <translation>Not saved – see message.</translation>
    </message>
</context>
<context>
    <name>RecordSidePanel</name>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="503"/>
        <source>Gewählter Eintrag</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="505"/>
        <source>Änderungsverlauf</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="510"/>
        <source>Kommentare</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="513"/>
        <source>Neuer Kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="514"/>
        <source>Kommentar …</source>
        <translation>Comment …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="517"/>
        <location filename="../../lip_desktop/ui/history.py" line="518"/>
        <source>Kommentar hinzufügen</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="526"/>
        <source>Verlauf und Kommentare</source>
        <translation>History and comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="527"/>
        <source>&amp;Verlauf</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="528"/>
        <source>&amp;Kommentare</source>
        <translation>&amp;Comments</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="546"/>
        <source>Kein Eintrag gewählt</source>
        <translation>No entry selected</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="562"/>
        <source>Kommentare gibt es zu Zielen, Maßnahmen, Kompromissen und Strategieteilen.</source>
        <translation>Comments can be added to goals, measures, compromises and strategy parts.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/history.py" line="571"/>
        <source>Eintrag gelöscht</source>
        <translation>Entry deleted</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="146"/>
        <source>Suchen … (Strg+F)</source>
        <extracomment>The record type of a hit (what ``hub.select`` gets). The record id of a hit. The ``SearchHit`` itself. Milliseconds of quiet typing before the search runs. Results shown at most; more would not be read, and cost time to lay out. Record types whose hits show the type in front (&quot;Person: …&quot;); the others have codes. A search ran: (query, number of hits shown). For the status bar and tests.</extracomment>
        <translation>Search … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="147"/>
        <source>Im ganzen Katalog suchen</source>
        <translation>Search the whole catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="148"/>
        <source>Findet alle Einträge, die alle eingegebenen Wörter enthalten; Groß- und Kleinschreibung, ä/ae, ö/oe, ü/ue und ß/ss sind gleich.</source>
        <translation>Finds all entries containing all the words entered; upper and lower case, ä/ae, ö/oe, ü/ue and ß/ss are treated as the same.</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="153"/>
        <source>Anzahl der Treffer</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="158"/>
        <source>Suchergebnisse</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="205"/>
        <source>Keine Treffer</source>
        <translation>No results</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="207"/>
        <source>Die ersten %1 Treffer – bitte genauer suchen</source>
        <translation>The first %1 results – please narrow your search</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="210"/>
        <source>1 Treffer</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/search_panel.py" line="212"/>
        <source>%1 Treffer</source>
        <translation>%1 results</translation>
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
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="113"/>
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
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="75"/>
        <source>Ihr &amp;Name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="77"/>
        <source>Standardordner für &amp;Exporte:</source>
        <translation>Default folder for &amp;exports:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="80"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="86"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="87"/>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="89"/>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="90"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="122"/>
        <source>Ordner nicht gefunden</source>
        <translation>Folder not found</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/settings_dialog.py" line="123"/>
        <source>Den Ordner „%1“ gibt es nicht.</source>
        <translation>The folder ‘%1’ does not exist.</translation>
    </message>
</context>
<context>
    <name>StrategySectionForm</name>
    <message>
        <location filename="../../lip_desktop/ui/forms/others.py" line="68"/>
        <source>Strategieteil</source>
        <translation>Strategy part</translation>
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
        <location filename="../../lip_desktop/ui/worker.py" line="67"/>
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
        <location filename="../../lip_desktop/ui/glossary.py" line="168"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="168"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="168"/>
        <source>Gefunden</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="169"/>
        <source>Vorschlag</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>TermRuleModel</name>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="107"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="107"/>
        <source>Ersatz</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="107"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/glossary.py" line="137"/>
        <source>Begriffsregel ändern</source>
        <translation>Change term rule</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="27"/>
        <source>&lt;h1&gt;LIP Desktop&lt;/h1&gt;&lt;p&gt;Kataloge der Expert*innengruppen des Lokalen Integrationsplans&lt;/p&gt;</source>
        <extracomment>The user chose a catalogue file to open. Buttons: &quot;new&quot;, &quot;open&quot;, &quot;demo&quot;.</extracomment>
        <translation>&lt;h1&gt;LIP Desktop&lt;/h1&gt;&lt;p&gt;Catalogues of the expert groups of the Local Integration Plan&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="33"/>
        <source>Zuletzt geöffnete Kataloge</source>
        <translation>Recently opened catalogues</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="36"/>
        <source>&amp;Neuer Katalog …</source>
        <translation>&amp;New Catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="37"/>
        <source>Katalog ö&amp;ffnen …</source>
        <translation>&amp;Open Catalogue …</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="38"/>
        <source>&amp;Demo-Katalog öffnen</source>
        <translation>Open &amp;Demo Catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/welcome.py" line="48"/>
        <source>Zuletzt geöffnet:</source>
        <translation>Recently opened:</translation>
    </message>
</context>
<context>
    <name>WordOptionsDialog</name>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="43"/>
        <source>Word-Entwurf exportieren</source>
        <translation>Export Word draft</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="46"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="47"/>
        <source>Ganzer Katalog</source>
        <translation>Whole catalogue</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="53"/>
        <source>Interner Arbeitsentwurf (alles)</source>
        <translation>Internal working draft (everything)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="54"/>
        <source>Entwurf für die öffentliche Beteiligung</source>
        <translation>Draft for public participation</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="56"/>
        <source>Abgelehnte und zurückgestellte Maßnahmen aufnehmen</source>
        <translation>Include rejected and deferred measures</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="58"/>
        <source>Positionen, Kompromisse und Abstimmungen aufnehmen</source>
        <translation>Include positions, compromises and votes</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="64"/>
        <source>Entwurfsversion erhöhen (von %1 auf %2)</source>
        <translation>Increase draft version (from %1 to %2)</translation>
    </message>
    <message>
        <location filename="../../lip_desktop/ui/office.py" line="69"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Unter einem anderen Namen speichern?</source>
        <translation type="vanished">Save under a different name?</translation>
    </message>
    <message>
        <source>Datei kann nicht geschrieben werden</source>
        <translation type="vanished">File cannot be written</translation>
    </message>
    <message>
        <source>Speichern unter</source>
        <translation type="vanished">Save as</translation>
    </message>
    <message>
        <source>Im Text stehen %1 veraltete Begriffe (der Text wird nicht verändert):</source>
        <translation type="vanished">The text contains %1 outdated terms (the text will not be changed):</translation>
    </message>
    <message>
        <source>Begriffsbericht</source>
        <translation type="vanished">Term report</translation>
    </message>
    <message>
        <source>Trotzdem exportieren?</source>
        <translation type="vanished">Export anyway?</translation>
    </message>
    <message>
        <source>Word-Entwurf speichern</source>
        <translation type="vanished">Save Word draft</translation>
    </message>
    <message>
        <source>Word-Entwurf geschrieben: %1</source>
        <translation type="vanished">Word draft written: %1</translation>
    </message>
    <message>
        <source>Word-Entwurf wird erstellt …</source>
        <translation type="vanished">Creating Word draft …</translation>
    </message>
    <message>
        <source>Maßnahmenliste speichern</source>
        <translation type="vanished">Save measure list</translation>
    </message>
    <message>
        <source>Maßnahmenliste: Hinweise</source>
        <translation type="vanished">Measure list: notes</translation>
    </message>
    <message>
        <source>Maßnahmenliste geschrieben: %1</source>
        <translation type="vanished">Measure list written: %1</translation>
    </message>
    <message>
        <source>Maßnahmenliste wird erstellt …</source>
        <translation type="vanished">Creating measure list …</translation>
    </message>
    <message>
        <source>Überarbeiteten Word-Entwurf wählen</source>
        <translation type="vanished">Choose the revised Word draft</translation>
    </message>
    <message>
        <source>Word-Kommentare übernommen</source>
        <translation type="vanished">Word comments imported</translation>
    </message>
    <message>
        <source>Kommentare werden gelesen …</source>
        <translation type="vanished">Reading comments …</translation>
    </message>
    <message>
        <source>Maßnahmenliste der Lenkungsgruppe wählen</source>
        <translation type="vanished">Choose the steering group’s measure list</translation>
    </message>
    <message>
        <source>Voten übernommen</source>
        <translation type="vanished">Decisions imported</translation>
    </message>
    <message>
        <source>%1 Zeilen gelesen, %2 Maßnahmen geändert.</source>
        <translation type="vanished">%1 rows read, %2 measures changed.</translation>
    </message>
    <message>
        <source>Voten werden gelesen …</source>
        <translation type="vanished">Reading decisions …</translation>
    </message>
</context>
</TS>
