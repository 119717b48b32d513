<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AppShell</name>
        <message>
            <source>it is not a text file (it may be damaged)</source>
            <translation>sie keine Textdatei ist (vielleicht ist sie beschädigt)</translation>
        </message>
        <message>
            <source>it could not be read</source>
            <translation>sie nicht gelesen werden konnte</translation>
        </message>
        <message>
            <source>its format number is damaged</source>
            <translation>ihre Formatnummer beschädigt ist</translation>
        </message>
        <message>
            <source>it was written by a newer version of HipFlex Desktop</source>
            <translation>sie von einer neueren Version von HipFlex Desktop geschrieben wurde</translation>
        </message>
        <message>
            <source>it holds values that make no sense ({detail})</source>
            <translation>sie unsinnige Werte enthält ({detail})</translation>
        </message>
        <message>
            <source>Your settings file {file} was set aside because {reason}; the usual settings are used. The old file is kept as {kept}.</source>
            <translation>Deine Einstellungsdatei {file} wurde beiseitegelegt, weil {reason}; es gelten die üblichen Einstellungen. Die alte Datei bleibt als {kept} erhalten.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be created ({reason}). Your settings and history will not be saved in this run.</source>
            <translation>Der Datenordner {folder} kann nicht angelegt werden ({reason}). Deine Einstellungen und dein Verlauf werden diesmal nicht gespeichert.</translation>
        </message>
        <message>
            <source>{problem} Update HipFlex Desktop to see and add to your history; this run records nothing.</source>
            <translation>{problem} Aktualisiere HipFlex Desktop, um deinen Verlauf zu sehen und fortzuführen; diesmal wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>Your history cannot be used ({reason}).</source>
            <translation>Dein Verlauf kann nicht verwendet werden ({reason}).</translation>
        </message>
        <message>
            <source>Your history file was damaged ({reason}). It was kept as {file} and a new history was started.</source>
            <translation>Deine Verlaufsdatei war beschädigt ({reason}). Sie wurde als {file} aufbewahrt und ein neuer Verlauf begonnen.</translation>
        </message>
        <message>
            <source>Your history cannot be opened ({reason}); this run records nothing.</source>
            <translation>Dein Verlauf kann nicht geöffnet werden ({reason}); diesmal wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>The pack you used last time, {file}, could not be opened; the built-in pack is used instead.</source>
            <translation>Das zuletzt verwendete Paket {file} konnte nicht geöffnet werden; stattdessen wird das mitgelieferte Paket verwendet.</translation>
        </message>
        <message>
            <source>Something needs your attention</source>
            <translation>Bitte beachten</translation>
        </message>
        <message>
            <source>Your unfinished session cannot be read ({reason}).</source>
            <translation>Deine unterbrochene Einheit kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>Unfinished session</source>
            <translation>Unterbrochene Einheit</translation>
        </message>
        <message>
            <source>Your unfinished session ({summary}) cannot be resumed: {reason}.</source>
            <translation>Deine unterbrochene Einheit ({summary}) kann nicht fortgesetzt werden: {reason}.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>The details were written to {file}. If it happens again, please send that file with your report.</source>
            <translation>Die Einzelheiten stehen in {file}. Falls es wieder passiert, schick bitte diese Datei mit deiner Meldung.</translation>
        </message>
        <message>
            <source>The details could not be written to the log file.</source>
            <translation>Die Einzelheiten konnten nicht in die Protokolldatei geschrieben werden.</translation>
        </message>
        <message>
            <source>The details could not be written to the log file ({reason}).</source>
            <translation>Die Einzelheiten konnten nicht in die Protokolldatei geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <source>{app} ran into a problem it did not expect. Your session is paused: press Space to carry on, or pick it up the next time you start.</source>
            <translation>{app} ist auf ein unerwartetes Problem gestoßen. Deine Einheit ist angehalten: Drück die Leertaste, um weiterzumachen, oder setz sie beim nächsten Start fort.</translation>
        </message>
        <message>
            <source>{app} ran into a problem it did not expect.</source>
            <translation>{app} ist auf ein unerwartetes Problem gestoßen.</translation>
        </message>
        <message>
            <source>Resume your session: {summary}</source>
            <translation>Einheit fortsetzen: {summary}</translation>
        </message>
        <message>
            <source>Resume your session: {summary}?</source>
            <translation>Einheit fortsetzen: {summary}?</translation>
        </message>
        <message>
            <source>The step you were in starts again from its beginning.</source>
            <translation>Der Schritt, bei dem du warst, beginnt noch einmal von vorn.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>That session cannot be resumed: {reason}</source>
            <translation>Diese Einheit kann nicht fortgesetzt werden: {reason}</translation>
        </message>
        <message>
            <source>The unfinished session could not be cleared ({reason}).</source>
            <translation>Die unterbrochene Einheit konnte nicht gelöscht werden ({reason}).</translation>
        </message>
        <message>
            <source>Spoken instructions are off in this run.</source>
            <translation>Gesprochene Anweisungen sind diesmal ausgeschaltet.</translation>
        </message>
        <message>
            <source>Speaking {language} with {engine}.</source>
            <translation>Spricht {language} mit {engine}.</translation>
        </message>
        <message>
            <source>Starting the speech engine…</source>
            <translation>Sprachausgabe startet …</translation>
        </message>
        <message>
            <source>Spoken instructions are off.</source>
            <translation>Gesprochene Anweisungen sind aus.</translation>
        </message>
        <message>
            <source>Your step cannot be saved: the history is not available in this run.</source>
            <translation>Deine Stufe kann nicht gespeichert werden: Der Verlauf ist diesmal nicht verfügbar.</translation>
        </message>
        <message>
            <source>Your step could not be saved ({reason}).</source>
            <translation>Deine Stufe konnte nicht gespeichert werden ({reason}).</translation>
        </message>
        <message>
            <source>The change of step could not be undone ({reason}).</source>
            <translation>Der Stufenwechsel konnte nicht rückgängig gemacht werden ({reason}).</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>{title} has changes from last time that were not saved.</source>
            <translation>{title} hat Änderungen vom letzten Mal, die nicht gespeichert wurden.</translation>
        </message>
        <message>
            <source>Open them in the editor to look them over and save?</source>
            <translation>Im Editor öffnen, um sie durchzusehen und zu speichern?</translation>
        </message>
        <message>
            <source>Open the changes</source>
            <translation>Änderungen öffnen</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Add to calendar</source>
            <translation>In den Kalender eintragen</translation>
        </message>
        <message>
            <source>Calendar files ({patterns})</source>
            <translation>Kalenderdateien ({patterns})</translation>
        </message>
        <message>
            <source>Hip-flexor session</source>
            <translation>Hüftbeuger-Training</translation>
        </message>
        <message>
            <source>Your HipFlex Desktop routine: open the app and press Space to start.</source>
            <translation>Deine HipFlex-Desktop-Routine: Öffne die App und drücke die Leertaste, um zu starten.</translation>
        </message>
        <message>
            <source>The calendar file could not be written ({reason}).</source>
            <translation>Die Kalenderdatei konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <source>Saved {file}: open it with your calendar app.</source>
            <translation>{file} gespeichert: Öffne die Datei mit deiner Kalender-App.</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <translation>Countdown</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
        <message>
            <source>{seconds} seconds left</source>
            <translation>noch {seconds} Sekunden</translation>
        </message>
    </context>
    <context>
        <name>CueDirector</name>
        <message>
            <source>A guided exercise session is running</source>
            <translation>Eine angeleitete Trainingseinheit läuft</translation>
        </message>
    </context>
    <context>
        <name>EditorLanguages</name>
        <message>
            <source>{language}: {text}</source>
            <translation>{language}: {text}</translation>
        </message>
        <message>
            <source>{code} is listed already.</source>
            <translation>{code} ist schon aufgeführt.</translation>
        </message>
        <message>
            <source>“{code}” is not a language code. Write one such as de, es or de-AT.</source>
            <translation>„{code}“ ist kein Sprachkürzel. Schreib eins wie de, es oder de-AT.</translation>
        </message>
        <message>
            <source>Add the language {code}</source>
            <translation>Sprache {code} hinzufügen</translation>
        </message>
        <message>
            <source>Remove the language {code} and its texts</source>
            <translation>Sprache {code} samt ihren Texten entfernen</translation>
        </message>
    </context>
    <context>
        <name>EditorPreview</name>
        <message>
            <source>Steps of the session</source>
            <translation>Schritte der Einheit</translation>
        </message>
        <message>
            <source>Problems and warnings:</source>
            <translation>Probleme und Warnungen:</translation>
        </message>
        <message>
            <source>Steps (as hipflex plan prints them):</source>
            <translation>Schritte (wie hipflex plan sie ausgibt):</translation>
        </message>
        <message>
            <source>Steps (as hipflex plan --language {code} prints them):</source>
            <translation>Schritte (wie hipflex plan --language {code} sie ausgibt):</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before this routine can be used.</source>
            <translation>
                <numerusform>%n Problem muss behoben werden, bevor diese Routine nutzbar ist.</numerusform>
                <numerusform>%n Probleme müssen behoben werden, bevor diese Routine nutzbar ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>A session takes {length} at the routine's own settings.</source>
            <translation>Mit den Einstellungen der Routine dauert eine Einheit {length}.</translation>
        </message>
    </context>
    <context>
        <name>EditorProblems</name>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
    </context>
    <context>
        <name>EditorSaving</name>
        <message>
            <source>The routine was not saved</source>
            <translation>Die Routine wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>Saving would change what this file says: {lines} would read back differently. Write that part as plain “key: value” lines, then open the routine again.</source>
            <translation>Beim Speichern würde sich ändern, was in dieser Datei steht: {lines} würde danach anders gelesen. Schreib diesen Teil als einfache Zeilen „Schlüssel: Wert“ und öffne die Routine dann noch einmal.</translation>
        </message>
        <message>
            <source>It could not be written ({reason}).</source>
            <translation>Es konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) you wrote will be saved in another layout, with the same values:</source>
            <translation>
                <numerusform>%n Zeile, die du geschrieben hast, wird in anderer Form gespeichert, mit denselben Werten:</numerusform>
                <numerusform>%n Zeilen, die du geschrieben hast, werden in anderer Form gespeichert, mit denselben Werten:</numerusform>
            </translation>
        </message>
        <message>
            <source>Save anyway?</source>
            <translation>Trotzdem speichern?</translation>
        </message>
        <message>
            <source>Save with lines written anew?</source>
            <translation>Mit neu geschriebenen Zeilen speichern?</translation>
        </message>
        <message>
            <source>line {number}: {text}</source>
            <translation>Zeile {number}: {text}</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the changes?</source>
            <translation>Änderungen speichern?</translation>
        </message>
        <message>
            <source>{title} has changes that are not saved.</source>
            <translation>{title} hat nicht gespeicherte Änderungen.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseEdits</name>
        <message>
            <source>Change {field}</source>
            <translation>{field} ändern</translation>
        </message>
        <message>
            <source>Add to {field}</source>
            <translation>Zu {field} hinzufügen</translation>
        </message>
        <message>
            <source>Remove from {field}</source>
            <translation>Aus {field} entfernen</translation>
        </message>
        <message>
            <source>Move in {field}</source>
            <translation>In {field} verschieben</translation>
        </message>
        <message>
            <source>Use the standard version's {field}</source>
            <translation>Von der Standardversion übernehmen: {field}</translation>
        </message>
        <message>
            <source>Add the easier form</source>
            <translation>Leichtere Variante hinzufügen</translation>
        </message>
        <message>
            <source>Add the harder form</source>
            <translation>Schwerere Variante hinzufügen</translation>
        </message>
        <message>
            <source>Remove the easier form</source>
            <translation>Leichtere Variante entfernen</translation>
        </message>
        <message>
            <source>Remove the harder form</source>
            <translation>Schwerere Variante entfernen</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Bild wählen</translation>
        </message>
        <message>
            <source>Pictures (*.svg *.png)</source>
            <translation>Bilder (*.svg *.png)</translation>
        </message>
        <message>
            <source>This picture cannot be used</source>
            <translation>Dieses Bild kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation>{name}: {reason}</translation>
        </message>
        <message>
            <source>It could not be copied ({reason}).</source>
            <translation>Es konnte nicht kopiert werden ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>alternate left and right</source>
            <translation>links und rechts im Wechsel</translation>
        </message>
        <message>
            <source>each side in turn</source>
            <translation>erst eine Seite, dann die andere</translation>
        </message>
        <message>
            <source>no sides</source>
            <translation>ohne Seiten</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Ausrüstung</translation>
        </message>
        <message>
            <source>Set-up steps</source>
            <translation>Schritte zur Vorbereitung</translation>
        </message>
        <message>
            <source>Phases of one rep</source>
            <translation>Phasen einer Wiederholung</translation>
        </message>
        <message>
            <source>Form cues</source>
            <translation>Hinweise zur Ausführung</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Neues Teil</translation>
        </message>
        <message>
            <source>New step.</source>
            <translation>Neuer Schritt.</translation>
        </message>
        <message>
            <source>New cue.</source>
            <translation>Neuer Hinweis.</translation>
        </message>
        <message>
            <source>equipment</source>
            <translation>Ausrüstung</translation>
        </message>
        <message>
            <source>set-up steps</source>
            <translation>Schritte zur Vorbereitung</translation>
        </message>
        <message>
            <source>phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>form cues</source>
            <translation>Hinweise zur Ausführung</translation>
        </message>
        <message>
            <source>Label of this version</source>
            <translation>Bezeichnung dieser Version</translation>
        </message>
        <message>
            <source>When to choose this version</source>
            <translation>Wann diese Version passt</translation>
        </message>
        <message>
            <source>Spoken form (optional)</source>
            <translation>Gesprochen (optional)</translation>
        </message>
        <message>
            <source>When to choose this version, spoken form</source>
            <translation>Wann diese Version passt, gesprochen</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>Bezeichnun&amp;g:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <source>Exercise id</source>
            <translation>Kennung der Übung</translation>
        </message>
        <message>
            <source>I&amp;d:</source>
            <translation>Ken&amp;nung:</translation>
        </message>
        <message>
            <source>Exercise name</source>
            <translation>Name der Übung</translation>
        </message>
        <message>
            <source>Exercise name, spoken form</source>
            <translation>Name der Übung, gesprochen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Zweck:</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Si&amp;des:</source>
            <translation>Seit&amp;en:</translation>
        </message>
        <message>
            <source>sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>C&amp;hoose picture…</source>
            <translation>&amp;Bild wählen …</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Kein Bild</translation>
        </message>
        <message>
            <source>Picture:</source>
            <translation>Bild:</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>This exercise has no easier version yet.</source>
            <translation>Diese Übung hat noch keine leichtere Version.</translation>
        </message>
        <message>
            <source>This exercise has no harder version yet.</source>
            <translation>Diese Übung hat noch keine schwerere Version.</translation>
        </message>
        <message>
            <source>&amp;Make an easier version</source>
            <translation>Leichtere Version an&amp;legen</translation>
        </message>
        <message>
            <source>&amp;Make a harder version</source>
            <translation>Schwerere Version an&amp;legen</translation>
        </message>
        <message>
            <source>Remove the easier version</source>
            <translation>Leichtere Version entfernen</translation>
        </message>
        <message>
            <source>Remove the harder version</source>
            <translation>Schwerere Version entfernen</translation>
        </message>
        <message>
            <source>{field}, same as the standard version</source>
            <translation>{field}, wie in der Standardversion</translation>
        </message>
        <message>
            <source>{version}: not made yet</source>
            <translation>{version}: noch nicht angelegt</translation>
        </message>
        <message>
            <source>{version}: {label}</source>
            <translation>{version}: {label}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Geschafft</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Unterbrochen</translation>
        </message>
        <message>
            <source>Not finished yet</source>
            <translation>Noch nicht fertig</translation>
        </message>
        <message>
            <source>←  Back</source>
            <translation>←  Zurück</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Returns to the set-up page</source>
            <translation>Führt zurück zur Auswahl</translation>
        </message>
        <message>
            <source>Back to set-up (Esc)</source>
            <translation>Zurück zur Auswahl (Esc)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Wochenziel</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Letzte Woche</numerusform>
                <numerusform>Letzte %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions per week</source>
            <translation>Einheiten pro Woche</translation>
        </message>
        <message>
            <source>Variant per exercise</source>
            <translation>Variante pro Übung</translation>
        </message>
        <message>
            <source>About the variant chart</source>
            <translation>Zum Variantendiagramm</translation>
        </message>
        <message>
            <source>Step per exercise</source>
            <translation>Stufe je Übung</translation>
        </message>
        <message numerus="yes">
            <source>Sessions of the last %n week(s)</source>
            <translation>
                <numerusform>Einheiten der letzten Woche</numerusform>
                <numerusform>Einheiten der letzten %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>One row per exercise of each session, newest session first</source>
            <translation>Eine Zeile pro Übung jeder Einheit, die neueste Einheit zuerst</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Spaltentitel</translation>
        </message>
        <message numerus="yes">
            <source>No sessions in the last %n week(s).</source>
            <translation>
                <numerusform>Keine Einheiten in der letzten Woche.</numerusform>
                <numerusform>Keine Einheiten in den letzten %n Wochen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recent sessions</source>
            <translation>Keine Einheiten in letzter Zeit</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>No sessions yet…</source>
            <translation>Noch keine Einheiten …</translation>
        </message>
        <message numerus="yes">
            <source>Weekly goal: %n session(s) a week</source>
            <translation>
                <numerusform>Wochenziel: %n Einheit pro Woche</numerusform>
                <numerusform>Wochenziel: %n Einheiten pro Woche</numerusform>
            </translation>
        </message>
        <message>
            <source>History could not be opened</source>
            <translation>Der Verlauf konnte nicht geöffnet werden</translation>
        </message>
        <message numerus="yes">
            <source>One dot per session, last %n week(s). Moving up means a harder variant.</source>
            <translation>
                <numerusform>Ein Punkt pro Einheit, letzte Woche. Weiter oben heißt schwerere Variante.</numerusform>
                <numerusform>Ein Punkt pro Einheit, letzte %n Wochen. Weiter oben heißt schwerere Variante.</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} of {goal}</source>
            <comment>sessions this week of the goal</comment>
            <translation>{count} von {goal}</translation>
        </message>
        <message numerus="yes">
            <source>Goal met in {met} of %n week(s).</source>
            <translation>
                <numerusform>Ziel in {met} von %n Woche erreicht.</numerusform>
                <numerusform>Ziel in {met} von %n Wochen erreicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Finish a session and it will appear here: how many you did each week against your goal, your streak of weeks, and how each exercise has moved from easier to harder.</source>
            <translation>Schließ eine Einheit ab, dann erscheint sie hier: wie viele du jede Woche im Vergleich zu deinem Ziel geschafft hast, deine Serie von Wochen und wie sich jede Übung von leichter zu schwerer entwickelt hat.</translation>
        </message>
    </context>
    <context>
        <name>HistoryRecorder</name>
        <message>
            <source>Your history could not be saved ({reason}). The session carries on; what you do now may not be recorded.</source>
            <translation>Dein Verlauf konnte nicht gespeichert werden ({reason}). Die Einheit läuft weiter; was du jetzt machst, wird vielleicht nicht aufgezeichnet.</translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message>
            <source>d MMM</source>
            <comment>date format of a week's label: 3 Nov</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>date format: Mon 3 Nov 2025</comment>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) a week</source>
            <translation>
                <numerusform>%n Einheit pro Woche</numerusform>
                <numerusform>%n Einheiten pro Woche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>week meeting your goal of %n session(s) a week</source>
            <translation>
                <numerusform>Woche mit erreichtem Ziel von %n Einheit pro Woche</numerusform>
                <numerusform>Woche mit erreichtem Ziel von %n Einheiten pro Woche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>weeks in a row meeting your goal of %n session(s) a week</source>
            <translation>
                <numerusform>Wochen in Folge mit erreichtem Ziel von %n Einheit pro Woche</numerusform>
                <numerusform>Wochen in Folge mit erreichtem Ziel von %n Einheiten pro Woche</numerusform>
            </translation>
        </message>
        <message>
            <source>Goal met — well done!</source>
            <translation>Ziel erreicht – gut gemacht!</translation>
        </message>
        <message numerus="yes">
            <source>Goal met — well done! %n session(s) more than planned.</source>
            <translation>
                <numerusform>Ziel erreicht – gut gemacht! %n Einheit mehr als geplant.</numerusform>
                <numerusform>Ziel erreicht – gut gemacht! %n Einheiten mehr als geplant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more to meet your goal.</source>
            <translation>
                <numerusform>Noch %n bis zu deinem Ziel.</numerusform>
                <numerusform>Noch %n bis zu deinem Ziel.</numerusform>
            </translation>
        </message>
        <message>
            <source>This week already counts.</source>
            <translation>Diese Woche zählt schon.</translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) this week starts one.</source>
            <translation>
                <numerusform>Noch %n Einheit diese Woche, und eine Serie beginnt.</numerusform>
                <numerusform>Noch %n Einheiten diese Woche, und eine Serie beginnt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) this week keeps it going.</source>
            <translation>
                <numerusform>Noch %n Einheit diese Woche hält die Serie am Laufen.</numerusform>
                <numerusform>Noch %n Einheiten diese Woche halten die Serie am Laufen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>finished session(s)</source>
            <translation>
                <numerusform>geschaffte Einheit</numerusform>
                <numerusform>geschaffte Einheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Finished sessions per week for the last %n week(s)</source>
            <translation>
                <numerusform>Geschaffte Einheiten pro Woche in der letzten Woche</numerusform>
                <numerusform>Geschaffte Einheiten pro Woche in den letzten %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>against your goal of %n session(s) a week.</source>
            <translation>
                <numerusform>im Vergleich zu deinem Ziel von %n Einheit pro Woche.</numerusform>
                <numerusform>im Vergleich zu deinem Ziel von %n Einheiten pro Woche.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in all;</source>
            <translation>
                <numerusform>%n Einheit insgesamt;</numerusform>
                <numerusform>%n Einheiten insgesamt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>goal met in {met} of %n week(s).</source>
            <translation>
                <numerusform>Ziel in {met} von %n Woche erreicht.</numerusform>
                <numerusform>Ziel in {met} von %n Wochen erreicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>{week}: {count} (goal met)</source>
            <translation>{week}: {count} (Ziel erreicht)</translation>
        </message>
        <message>
            <source>{week}: {count}</source>
            <translation>{week}: {count}</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>diese Woche</translation>
        </message>
        <message>
            <source>week of {date}</source>
            <translation>Woche vom {date}</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Woche vom {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n finished session(s)</source>
            <translation>
                <numerusform>%n geschaffte Einheit</numerusform>
                <numerusform>%n geschaffte Einheiten</numerusform>
            </translation>
        </message>
        <message>
            <source>goal met</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message numerus="yes">
            <source>%n to go</source>
            <translation>
                <numerusform>noch %n</numerusform>
                <numerusform>noch %n</numerusform>
            </translation>
        </message>
        <message>
            <source>goal {goal}</source>
            <translation>Ziel {goal}</translation>
        </message>
        <message>
            <source>{week}: {sessions} ({state})</source>
            <translation>{week}: {sessions} ({state})</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message numerus="yes">
            <source>{variant} {when} (%n session(s))</source>
            <translation>
                <numerusform>{variant} {when} (%n Einheit)</numerusform>
                <numerusform>{variant} {when} (%n Einheiten)</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise}: no reps recorded in this period.</source>
            <translation>{exercise}: in diesem Zeitraum keine Wiederholungen aufgezeichnet.</translation>
        </message>
        <message>
            <source>{exercise}: {runs}.</source>
            <translation>{exercise}: {runs}.</translation>
        </message>
        <message>
            <source>, then </source>
            <translation>, dann </translation>
        </message>
        <message>
            <source>{done} of {target}</source>
            <comment>reps done of the target</comment>
            <translation>{done} von {target}</translation>
        </message>
    </context>
    <context>
        <name>InheritNote</name>
        <message>
            <source>Use the standard's</source>
            <translation>Standard übernehmen</translation>
        </message>
        <message>
            <source>Use the standard version's {field}</source>
            <translation>Von der Standardversion übernehmen: {field}</translation>
        </message>
        <message>
            <source>Same as the standard version; a change makes it this version's own.</source>
            <translation>Wie in der Standardversion; wenn du es änderst, gilt es nur für diese Version.</translation>
        </message>
        <message>
            <source>This version's own.</source>
            <translation>Nur für diese Version.</translation>
        </message>
    </context>
    <context>
        <name>KeyHelp</name>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Start, pause or resume</source>
            <translation>Starten, anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>→  Page Down</source>
            <translation>→  Bild ab</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>←  Page Up</source>
            <translation>←  Bild auf</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Vorheriger Schritt</translation>
        </message>
        <message>
            <source>Easier / harder variant of this exercise</source>
            <translation>Leichtere / schwerere Variante dieser Übung</translation>
        </message>
        <message>
            <source>Say the rep count</source>
            <translation>Wiederholungen ansagen</translation>
        </message>
        <message>
            <source>Sound on or off</source>
            <translation>Ton an oder aus</translation>
        </message>
        <message>
            <source>Full screen (focus view)</source>
            <translation>Vollbild (Fokusansicht)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Leave full screen, or stop the session</source>
            <translation>Vollbild verlassen oder Einheit beenden</translation>
        </message>
        <message>
            <source>Open a content pack</source>
            <translation>Inhaltspaket öffnen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Show or hide this help</source>
            <translation>Diese Hilfe ein- oder ausblenden</translation>
        </message>
    </context>
    <context>
        <name>LadderSection</name>
        <message>
            <source>Ladder: the steps from week to week</source>
            <translation>Stufen: von Woche zu Woche</translation>
        </message>
        <message>
            <source>Make it the routine's own</source>
            <translation>Für die Routine übernehmen</translation>
        </message>
        <message>
            <source>Make the default ladder the routine's own, to change it</source>
            <translation>Die Standardstufen für die Routine übernehmen, um sie zu ändern</translation>
        </message>
        <message>
            <source>Use the default ladder</source>
            <translation>Standardstufen verwenden</translation>
        </message>
        <message>
            <source>Sessions done well to climb a step</source>
            <translation>Gut gemachte Einheiten bis zur nächsten Stufe</translation>
        </message>
        <message>
            <source>The step a person starts at</source>
            <translation>Die Stufe, mit der man beginnt</translation>
        </message>
        <message>
            <source>Steps of the ladder</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <source>Sessions d&amp;one well to climb:</source>
            <translation>Gut ge&amp;machte Einheiten bis zur nächsten Stufe:</translation>
        </message>
        <message>
            <source>&amp;Begin at step:</source>
            <translation>Sta&amp;rtstufe:</translation>
        </message>
        <message>
            <source>The routine's own ladder. A person climbs one step after the sessions done well below, and steps back after as many that were too hard.</source>
            <translation>Die eigenen Stufen der Routine. Nach so vielen gut gemachten Einheiten wie unten angegeben geht es eine Stufe höher, nach ebenso vielen zu schweren eine zurück.</translation>
        </message>
        <message>
            <source>Default ladder built from the variants, the reps and the hold range. Make it the routine's own to change it.</source>
            <translation>Standardstufen, gebildet aus den Varianten, den Wiederholungen und dem Haltebereich. Übernimm sie für die Routine, um sie zu ändern.</translation>
        </message>
        <message>
            <source>Default ladder built from the variants, the reps and the hold range; it is shown once the routine's problems are fixed.</source>
            <translation>Standardstufen, gebildet aus den Varianten, den Wiederholungen und dem Haltebereich; sie erscheinen, sobald die Probleme der Routine behoben sind.</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>{field} ändern</translation>
        </message>
        <message>
            <source>Make the ladder the routine's own</source>
            <translation>Stufen für die Routine übernehmen</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Stufe hinzufügen</translation>
        </message>
        <message>
            <source>Remove a step</source>
            <translation>Stufe entfernen</translation>
        </message>
        <message>
            <source>Move a step</source>
            <translation>Stufe verschieben</translation>
        </message>
    </context>
    <context>
        <name>LadderSteps</name>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Reps per side</source>
            <translation>Wiederholungen pro Seite</translation>
        </message>
        <message>
            <source>Hold (s)</source>
            <translation>Halten (s)</translation>
        </message>
        <message>
            <source>{level}: {label}</source>
            <translation>{level}: {label}</translation>
        </message>
        <message>
            <source>Variant of step {n}</source>
            <translation>Variante von Stufe {n}</translation>
        </message>
        <message>
            <source>Reps per side of step {n}</source>
            <translation>Wiederholungen pro Seite auf Stufe {n}</translation>
        </message>
        <message>
            <source>Hold of step {n} in seconds</source>
            <translation>Halten auf Stufe {n} in Sekunden</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fest</translation>
        </message>
        <message>
            <source>This form's holds have fixed seconds.</source>
            <translation>Bei dieser Form dauert das Halten fest vorgegebene Sekunden.</translation>
        </message>
        <message>
            <source>From {low} to {high} seconds</source>
            <translation>Von {low} bis {high} Sekunden</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Language of the texts being edited</source>
            <translation>Sprache der bearbeiteten Texte</translation>
        </message>
        <message>
            <source>Te&amp;xts in:</source>
            <translation>Te&amp;xte auf:</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>The {language} translation could not be loaded, so the window is in English.</source>
            <translation>Die Übersetzung ({language}) konnte nicht geladen werden, daher ist das Fenster auf Englisch.</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>Languages the routine is complete in</source>
            <translation>Sprachen, in denen die Routine vollständig ist</translation>
        </message>
        <message>
            <source>Code of a language to add</source>
            <translation>Kürzel einer Sprache zum Hinzufügen</translation>
        </message>
        <message>
            <source>Code, e.g. de or es-MX</source>
            <translation>Kürzel, z. B. de oder es-MX</translation>
        </message>
        <message>
            <source>Lan&amp;guage to add:</source>
            <translation>Neue Sprache (&amp;Kürzel):</translation>
        </message>
        <message>
            <source>Add language</source>
            <translation>Sprache hinzufügen</translation>
        </message>
        <message>
            <source>Remove language</source>
            <translation>Sprache entfernen</translation>
        </message>
        <message>
            <source>Remove the chosen language and its texts</source>
            <translation>Die gewählte Sprache samt ihren Texten entfernen</translation>
        </message>
        <message>
            <source>A text missing in one of these languages is shown as a warning at its field. Removing a language removes its texts.</source>
            <translation>Fehlt ein Text in einer dieser Sprachen, steht eine Warnung an seinem Feld. Wer eine Sprache entfernt, entfernt auch ihre Texte.</translation>
        </message>
        <message>
            <source>{language}: the routine's own</source>
            <translation>{language}: die eigene der Routine</translation>
        </message>
    </context>
    <context>
        <name>LevelNames</name>
        <message>
            <source>Easier</source>
            <translation>Leichter</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Harder</source>
            <translation>Schwerer</translation>
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add to {name}</source>
            <translation>Zu {name} hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove from {name}</source>
            <translation>Aus {name} entfernen</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Move up in {name}</source>
            <translation>In {name} nach oben</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Runter</translation>
        </message>
        <message>
            <source>Move down in {name}</source>
            <translation>In {name} nach unten</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Set-up</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <source>&amp;Pause / Resume</source>
            <translation>&amp;Anhalten / Fortsetzen</translation>
        </message>
        <message>
            <source>Start, pause or resume the session</source>
            <translation>Einheit starten, anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Start or resume the session</source>
            <translation>Einheit starten oder fortsetzen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Pause the session</source>
            <translation>Einheit anhalten</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>&amp;Nächster Schritt</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Zum nächsten Schritt springen</translation>
        </message>
        <message>
            <source>Pre&amp;vious step</source>
            <translation>&amp;Vorheriger Schritt</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Einen Schritt zurück</translation>
        </message>
        <message>
            <source>&amp;Easier variant</source>
            <translation>&amp;Leichtere Variante</translation>
        </message>
        <message>
            <source>Switch this exercise to its easier variant</source>
            <translation>Diese Übung auf die leichtere Variante umstellen</translation>
        </message>
        <message>
            <source>&amp;Harder variant</source>
            <translation>&amp;Schwerere Variante</translation>
        </message>
        <message>
            <source>Switch this exercise to its harder variant</source>
            <translation>Diese Übung auf die schwerere Variante umstellen</translation>
        </message>
        <message>
            <source>&amp;Restart exercise</source>
            <translation>Übung von vorn &amp;beginnen</translation>
        </message>
        <message>
            <source>Start this exercise again from its set-up</source>
            <translation>Diese Übung noch einmal von der Vorbereitung an beginnen</translation>
        </message>
        <message>
            <source>&amp;Stop session…</source>
            <translation>Einheit b&amp;eenden …</translation>
        </message>
        <message>
            <source>Stop the session (asks first)</source>
            <translation>Einheit beenden (mit Rückfrage)</translation>
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation>&amp;Ton aus</translation>
        </message>
        <message>
            <source>Turn sounds and voice off or on</source>
            <translation>Töne und Stimme aus- oder einschalten</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>Voll&amp;bild</translation>
        </message>
        <message>
            <source>Full screen focus view</source>
            <translation>Fokusansicht im Vollbild</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Verlassen</translation>
        </message>
        <message>
            <source>Leave full screen, or stop the session</source>
            <translation>Vollbild verlassen oder Einheit beenden</translation>
        </message>
        <message>
            <source>&amp;Keys</source>
            <translation>&amp;Tasten</translation>
        </message>
        <message>
            <source>Show the keys</source>
            <translation>Tasten anzeigen</translation>
        </message>
        <message>
            <source>&amp;Open pack…</source>
            <translation>&amp;Paket öffnen …</translation>
        </message>
        <message>
            <source>Open a content pack file</source>
            <translation>Datei mit einem Inhaltspaket öffnen</translation>
        </message>
        <message>
            <source>Use the &amp;built-in pack</source>
            <translation>&amp;Mitgeliefertes Paket verwenden</translation>
        </message>
        <message>
            <source>Go back to the pack that comes with the app</source>
            <translation>Zurück zum Paket, das mit der App kommt</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Quit HipFlex Desktop</source>
            <translation>HipFlex Desktop beenden</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>Language, sound, voice, weekly goal and reminders</source>
            <translation>Sprache, Ton, Stimme, Wochenziel und Erinnerungen</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Your sessions, weeks and streak</source>
            <translation>Deine Einheiten, Wochen und Serie</translation>
        </message>
        <message>
            <source>&amp;Routines…</source>
            <translation>&amp;Routinen …</translation>
        </message>
        <message>
            <source>The built-in routine and your own: use, copy, share</source>
            <translation>Die mitgelieferte Routine und deine eigenen: verwenden, kopieren, teilen</translation>
        </message>
        <message>
            <source>&amp;Import routine…</source>
            <translation>Routine &amp;importieren …</translation>
        </message>
        <message>
            <source>Add a routine from a .hipflex or .yaml file to your routines</source>
            <translation>Eine Routine aus einer .hipflex- oder .yaml-Datei zu deinen Routinen hinzufügen</translation>
        </message>
        <message>
            <source>Add to &amp;calendar…</source>
            <translation>In den &amp;Kalender eintragen …</translation>
        </message>
        <message>
            <source>Save your weekly schedule as a calendar file</source>
            <translation>Deinen Wochenplan als Kalenderdatei speichern</translation>
        </message>
        <message>
            <source>Say the &amp;rep count</source>
            <translation>&amp;Wiederholungen ansagen</translation>
        </message>
        <message>
            <source>Hear which rep and side you are on</source>
            <translation>Hören, bei welcher Wiederholung und Seite du bist</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>Ü&amp;ber</translation>
        </message>
        <message>
            <source>About HipFlex Desktop</source>
            <translation>Über HipFlex Desktop</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Einheit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Stop the session?</source>
            <translation>Einheit beenden?</translation>
        </message>
        <message>
            <source>Stop now? What you have done so far is kept.</source>
            <translation>Jetzt beenden? Was du bisher geschafft hast, bleibt gespeichert.</translation>
        </message>
        <message>
            <source>Sound off</source>
            <translation>Ton aus</translation>
        </message>
        <message>
            <source>Sound on</source>
            <translation>Ton an</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>{app} {version}

A guided hip-flexor strengthening session for runners.

Pack: {pack} {pack_version} by {author} ({licence}).</source>
            <translation>{app} {version}

Eine angeleitete Kräftigungseinheit für die Hüftbeuger, gemacht für Läuferinnen und Läufer.

Paket: {pack} {pack_version} von {author} ({licence}).</translation>
        </message>
        <message>
            <source>Session under way</source>
            <translation>Einheit läuft</translation>
        </message>
        <message>
            <source>Finish or stop the session before opening another pack.</source>
            <translation>Schließe die Einheit ab oder beende sie, bevor du ein anderes Paket öffnest.</translation>
        </message>
        <message>
            <source>Opened {pack}</source>
            <translation>{pack} geöffnet</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiteres</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>This pack cannot be used</source>
            <translation>Dieses Paket kann nicht verwendet werden</translation>
        </message>
        <message numerus="yes">
            <source>{file} has %n problem(s). The current pack, {pack}, stays open.</source>
            <translation>
                <numerusform>{file} hat %n Problem. Das aktuelle Paket, {pack}, bleibt geöffnet.</numerusform>
                <numerusform>{file} hat %n Probleme. Das aktuelle Paket, {pack}, bleibt geöffnet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a content pack</source>
            <translation>Inhaltspaket öffnen</translation>
        </message>
        <message>
            <source>Content packs ({patterns});;All files (*)</source>
            <translation>Inhaltspakete ({patterns});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Quit during the session?</source>
            <translation>Während der Einheit beenden?</translation>
        </message>
        <message>
            <source>Quit now? Next time you can pick up where you left off.</source>
            <translation>Jetzt beenden? Beim nächsten Mal kannst du dort weitermachen, wo du aufgehört hast.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Your history is not available in this run.</source>
            <translation>Dein Verlauf ist diesmal nicht verfügbar.</translation>
        </message>
        <message>
            <source>Finish or stop the session before changing routines.</source>
            <translation>Beende die Einheit oder brich sie ab, bevor du Routinen änderst.</translation>
        </message>
        <message>
            <source>This routine cannot be edited</source>
            <translation>Diese Routine kann nicht bearbeitet werden</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>MissingOutputs</name>
        <message>
            <source>No sound and no voice: no audio output and no speech engine were found. To hear the session: {command}</source>
            <translation>Kein Ton und keine Stimme: Es wurden weder eine Audioausgabe noch eine Sprachausgabe gefunden. Damit du die Einheit hörst: {command}</translation>
        </message>
        <message>
            <source>No sound: no audio output was found. An audio server (PulseAudio or PipeWire) must run; on Debian and Ubuntu: {command}</source>
            <translation>Kein Ton: Es wurde keine Audioausgabe gefunden. Dafür muss ein Audioserver (PulseAudio oder PipeWire) laufen; unter Debian und Ubuntu: {command}</translation>
        </message>
        <message>
            <source>No voice: no speech engine was found. To hear spoken instructions: {command}</source>
            <translation>Keine Stimme: Es wurde keine Sprachausgabe gefunden. Damit du die Anweisungen gesprochen hörst: {command}</translation>
        </message>
    </context>
    <context>
        <name>PeriodChart</name>
        <message>
            <source>No exercises to show.</source>
            <translation>Keine Übungen anzuzeigen.</translation>
        </message>
        <message>
            <source>From {start} to {end}.</source>
            <translation>Vom {start} bis {end}.</translation>
        </message>
    </context>
    <context>
        <name>PhaseField</name>
        <message>
            <source>move</source>
            <translation>bewegen</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>halten</translation>
        </message>
        <message>
            <source>return</source>
            <translation>zurück</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Spoken form</source>
            <translation>Gesprochen</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>Kind of phase {n}</source>
            <translation>Art von Phase {n}</translation>
        </message>
        <message>
            <source>Longest hold of phase {n} the person may choose</source>
            <translation>Längstes wählbares Halten in Phase {n}</translation>
        </message>
        <message>
            <source>Seconds of phase {n}</source>
            <translation>Sekunden von Phase {n}</translation>
        </message>
    </context>
    <context>
        <name>PhaseLength</name>
        <message>
            <source>hold setting</source>
            <translation>wie eingestellt</translation>
        </message>
        <message>
            <source>to </source>
            <translation>bis </translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fest</translation>
        </message>
        <message>
            <source>The longest hold the person may choose; "fixed": the hold lasts the seconds given</source>
            <translation>Das längste Halten, das man wählen kann; „fest“: Das Halten dauert so viele Sekunden wie angegeben</translation>
        </message>
    </context>
    <context>
        <name>PhaseWords</name>
        <message>
            <source>GET READY</source>
            <translation>BEREIT MACHEN</translation>
        </message>
        <message>
            <source>LIFT</source>
            <translation>HEBEN</translation>
        </message>
        <message>
            <source>HOLD</source>
            <translation>HALTEN</translation>
        </message>
        <message>
            <source>LOWER</source>
            <translation>SENKEN</translation>
        </message>
        <message>
            <source>SWITCH SIDES</source>
            <translation>SEITE WECHSELN</translation>
        </message>
        <message>
            <source>REST</source>
            <translation>PAUSE</translation>
        </message>
    </context>
    <context>
        <name>PictureView</name>
        <message>
            <source>Exercise picture</source>
            <translation>Bild der Übung</translation>
        </message>
        <message>
            <source>Picture not shown: {problem}</source>
            <translation>Bild nicht angezeigt: {problem}</translation>
        </message>
        <message>
            <source>Picture not shown
{reason}.</source>
            <translation>Bild nicht angezeigt
{reason}.</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <source>Time for your hip-flexor session</source>
            <translation>Zeit für dein Hüftbeuger-Training</translation>
        </message>
        <message>
            <source>A few minutes now keeps your weekly routine going.</source>
            <translation>Ein paar Minuten jetzt halten deine Wochenroutine am Laufen.</translation>
        </message>
        <message>
            <source>No system tray was found on this desktop: the app cannot stay in the tray, and reminders appear only while the window is open.</source>
            <translation>Auf diesem Desktop gibt es keinen Systembereich: Die App kann dort nicht weiterlaufen, und Erinnerungen erscheinen nur, solange das Fenster offen ist.</translation>
        </message>
        <message>
            <source>Open HipFlex Desktop</source>
            <translation>HipFlex Desktop öffnen</translation>
        </message>
        <message>
            <source>Start a session</source>
            <translation>Einheit starten</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>ResumeSummary</name>
        <message>
            <source>right side</source>
            <translation>rechte Seite</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>linke Seite</translation>
        </message>
        <message>
            <source>rep {rep} of {reps}</source>
            <translation>Wiederholung {rep} von {reps}</translation>
        </message>
        <message>
            <source>getting ready</source>
            <translation>beim Bereitmachen</translation>
        </message>
        <message>
            <source>resting</source>
            <translation>in der Pause</translation>
        </message>
        <message>
            <source>set {set} of {sets}</source>
            <translation>Satz {set} von {sets}</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Try it</source>
            <translation>Aus&amp;probieren</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>Parts of the routine</source>
            <translation>Teile der Routine</translation>
        </message>
        <message>
            <source>&amp;Add exercise</source>
            <translation>Übung &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add an exercise (Ctrl+Shift+A)</source>
            <translation>Eine Übung hinzufügen (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <source>&amp;Remove exercise</source>
            <translation>Übung ent&amp;fernen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Remove an exercise</source>
            <translation>Übung entfernen</translation>
        </message>
        <message>
            <source>Move an exercise</source>
            <translation>Übung verschieben</translation>
        </message>
        <message>
            <source>Untitled routine</source>
            <translation>Routine ohne Titel</translation>
        </message>
        <message>
            <source>Editing {title}</source>
            <translation>{title} bearbeiten</translation>
        </message>
        <message>
            <source>Routine: title, introduction, settings</source>
            <translation>Routine: Titel, Einleitung, Einstellungen</translation>
        </message>
        <message>
            <source>{n}. {name}</source>
            <translation>{n}. {name}</translation>
        </message>
    </context>
    <context>
        <name>RoutineForm</name>
        <message>
            <source>Reps per side</source>
            <translation>Wiederholungen pro Seite</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Hold (s)</source>
            <translation>Halten (s)</translation>
        </message>
        <message>
            <source>Rest (s)</source>
            <translation>Pause (s)</translation>
        </message>
        <message>
            <source>Lead-in (s)</source>
            <translation>Vorlauf (s)</translation>
        </message>
        <message>
            <source>Switch sides (s)</source>
            <translation>Seitenwechsel (s)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Einführung</translation>
        </message>
        <message>
            <source>&amp;Introduction:</source>
            <translation>E&amp;inleitung:</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Shortest hold the person may choose</source>
            <translation>Kürzeste Haltedauer, die man wählen kann</translation>
        </message>
        <message>
            <source>Longest hold the person may choose</source>
            <translation>Längste Haltedauer, die man wählen kann</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Hold range (s):</source>
            <translation>Haltedauer (s):</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>First side</source>
            <translation>Erste Seite</translation>
        </message>
        <message>
            <source>First side:</source>
            <translation>Erste Seite:</translation>
        </message>
        <message>
            <source>Note on these settings</source>
            <translation>Hinweis zu diesen Einstellungen</translation>
        </message>
        <message>
            <source>Optional: which of these numbers are your own choices rather than your source's</source>
            <translation>Optional: Welche dieser Werte du selbst gewählt hast und welche aus deiner Quelle stammen</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>Hin&amp;weis:</translation>
        </message>
        <message>
            <source>Suggested settings</source>
            <translation>Empfohlene Einstellungen</translation>
        </message>
        <message>
            <source>Spoken form (optional)</source>
            <translation>Gesprochen (optional)</translation>
        </message>
        <message>
            <source>{label}, spoken form</source>
            <translation>{label}, gesprochen</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>{field} ändern</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>The routine that comes with the app and your own. Duplicate one to change it; share one as a single .hipflex file.</source>
            <translation>Die mitgelieferte Routine und deine eigenen. Dupliziere eine, um sie zu ändern; teile eine als einzelne .hipflex-Datei.</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>&amp;Use for a session</source>
            <translation>Für eine &amp;Einheit verwenden</translation>
        </message>
        <message>
            <source>Ne&amp;w…</source>
            <translation>&amp;Neu …</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>&amp;Umbenennen …</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Und&amp;o delete</source>
            <translation>Löschen &amp;rückgängig</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren …</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren …</translation>
        </message>
        <message>
            <source>Save the routine as a .hipflex file to share (Ctrl+Shift+S)</source>
            <translation>Die Routine zum Weitergeben als .hipflex-Datei speichern (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>{title} (built in, read-only)</source>
            <translation>{title} (mitgeliefert, schreibgeschützt)</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message numerus="yes">
            <source>Ready, %n warning(s)</source>
            <translation>
                <numerusform>Bereit, %n Warnung</numerusform>
                <numerusform>Bereit, %n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>The routine was not copied</source>
            <translation>Die Routine wurde nicht kopiert</translation>
        </message>
        <message>
            <source>The built-in routine is read-only: you are editing {title}</source>
            <translation>Die mitgelieferte Routine ist schreibgeschützt: Du bearbeitest {title}</translation>
        </message>
        <message>
            <source>The routine was not duplicated</source>
            <translation>Die Routine wurde nicht dupliziert</translation>
        </message>
        <message>
            <source>Made {title}</source>
            <translation>{title} angelegt</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Routine umbenennen</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>Neuer Titel:</translation>
        </message>
        <message>
            <source>The routine was not renamed</source>
            <translation>Die Routine wurde nicht umbenannt</translation>
        </message>
        <message>
            <source>Renamed to {title}</source>
            <translation>Umbenannt in {title}</translation>
        </message>
        <message>
            <source>The routine was not deleted</source>
            <translation>Die Routine wurde nicht gelöscht</translation>
        </message>
        <message>
            <source>Deleted {title}. Undo delete (Ctrl+Z) brings it back.</source>
            <translation>{title} gelöscht. Mit „Löschen rückgängig“ (Strg+Z) holst du sie zurück.</translation>
        </message>
        <message>
            <source>The routine was not brought back</source>
            <translation>Die Routine wurde nicht zurückgeholt</translation>
        </message>
        <message>
            <source>Brought back {title}</source>
            <translation>{title} ist wieder da</translation>
        </message>
        <message>
            <source>Import a routine</source>
            <translation>Routine importieren</translation>
        </message>
        <message>
            <source>HipFlex routines (*.hipflex *.yaml *.yml);;All files (*)</source>
            <translation>HipFlex-Routinen (*.hipflex *.yaml *.yml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>This routine cannot be imported</source>
            <translation>Diese Routine kann nicht importiert werden</translation>
        </message>
        <message>
            <source>{name} was not imported; nothing was written.</source>
            <translation>{name} wurde nicht importiert; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Imported {title}</source>
            <translation>{title} importiert</translation>
        </message>
        <message>
            <source>Export routine</source>
            <translation>Routine exportieren</translation>
        </message>
        <message>
            <source>HipFlex routines (*.hipflex)</source>
            <translation>HipFlex-Routinen (*.hipflex)</translation>
        </message>
        <message>
            <source>The routine was not exported</source>
            <translation>Die Routine wurde nicht exportiert</translation>
        </message>
        <message>
            <source>Saved {name}: send it to share {title}</source>
            <translation>{name} gespeichert: Schick die Datei weiter, um {title} zu teilen</translation>
        </message>
    </context>
    <context>
        <name>ScreenSaverInhibitor</name>
        <message>
            <source>not asked yet</source>
            <translation>noch nicht angefragt</translation>
        </message>
        <message>
            <source>keeping the screen awake is not supported on this system</source>
            <translation>auf diesem System kann der Bildschirm nicht wach gehalten werden</translation>
        </message>
        <message>
            <source>no D-Bus session bus: the screen may blank during a session</source>
            <translation>kein D-Bus-Sitzungsbus: Der Bildschirm wird während einer Einheit vielleicht dunkel</translation>
        </message>
        <message>
            <source>this desktop has no screensaver service to keep awake</source>
            <translation>dieser Desktop hat keinen Bildschirmschoner-Dienst, der wach gehalten werden könnte</translation>
        </message>
        <message>
            <source>the screensaver could not be asked: {reason}</source>
            <translation>der Bildschirmschoner konnte nicht angefragt werden: {reason}</translation>
        </message>
        <message>
            <source>the screensaver gave no cookie</source>
            <translation>der Bildschirmschoner hat keine Bestätigung geliefert</translation>
        </message>
        <message>
            <source>keeping the screen awake</source>
            <translation>der Bildschirm bleibt wach</translation>
        </message>
        <message>
            <source>released</source>
            <translation>freigegeben</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>No easier variant of {exercise}</source>
            <translation>Keine leichtere Variante von {exercise}</translation>
        </message>
        <message>
            <source>No harder variant of {exercise}</source>
            <translation>Keine schwerere Variante von {exercise}</translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>Paused — press Space to resume</source>
            <translation>Angehalten – weiter mit der Leertaste</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>The exercise</source>
            <translation>Die Übung</translation>
        </message>
        <message>
            <source>Which exercise of the session</source>
            <translation>Welche Übung der Einheit</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Was jetzt zu tun ist</translation>
        </message>
        <message>
            <source>How to do this step</source>
            <translation>Wie dieser Schritt geht</translation>
        </message>
        <message>
            <source>What to watch</source>
            <translation>Worauf du achten solltest</translation>
        </message>
        <message>
            <source>Rep and set</source>
            <translation>Wiederholung und Satz</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>Was als Nächstes kommt</translation>
        </message>
        <message>
            <source>Time left in the session</source>
            <translation>Restzeit der Einheit</translation>
        </message>
        <message>
            <source>Session time left</source>
            <translation>Restzeit der Einheit</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Left / Page Up</source>
            <translation>Pfeil links / Bild auf</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Einen Schritt zurück</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Pause or resume the session</source>
            <translation>Einheit anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Right / Page Down</source>
            <translation>Pfeil rechts / Bild ab</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Zum nächsten Schritt springen</translation>
        </message>
        <message>
            <source>Easier</source>
            <translation>Leichter</translation>
        </message>
        <message>
            <source>Switch to the easier variant of this exercise</source>
            <translation>Zur leichteren Variante dieser Übung wechseln</translation>
        </message>
        <message>
            <source>Harder</source>
            <translation>Schwerer</translation>
        </message>
        <message>
            <source>Switch to the harder variant of this exercise</source>
            <translation>Zur schwereren Variante dieser Übung wechseln</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Stop the session (asks first)</source>
            <translation>Einheit beenden (mit Rückfrage)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <source>{action}. Key: {keys}</source>
            <translation>{action}. Taste: {keys}</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <comment>exercise</comment>
            <translation>{number} von {count}</translation>
        </message>
        <message>
            <source>Exercise {number} of {count}</source>
            <translation>Übung {number} von {count}</translation>
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <comment>the exercise's step on its ladder</comment>
            <translation>Stufe {step} von {steps}</translation>
        </message>
        <message>
            <source>{phase}, {seconds}</source>
            <translation>{phase}, {seconds}</translation>
        </message>
        <message>
            <source>{rest}. Next: {name}.</source>
            <translation>{rest}. Als Nächstes: {name}.</translation>
        </message>
        <message>
            <source>Exercise {number} of {count}: {name}</source>
            <translation>Übung {number} von {count}: {name}</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
        <message>
            <source>{duration} minutes</source>
            <translation>{duration} Minuten</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>1 Sekunde</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Session finished.</source>
            <translation>Einheit geschafft.</translation>
        </message>
        <message>
            <source>Session stopped.</source>
            <translation>Einheit beendet.</translation>
        </message>
        <message>
            <source>{exercise}, at the top of the movement</source>
            <translation>{exercise}, am höchsten Punkt der Bewegung</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Paused. Press Space to resume.</source>
            <translation>Angehalten. Mit der Leertaste geht es weiter.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Weiter geht's.</translation>
        </message>
        <message>
            <source>Rest — next: {exercise}</source>
            <translation>Pause – als Nächstes: {exercise}</translation>
        </message>
        <message>
            <source>{exercise} ({variant})</source>
            <comment>exercise and its variant</comment>
            <translation>{exercise} ({variant})</translation>
        </message>
        <message>
            <source>Rest. Next: {exercise}</source>
            <translation>Pause. Als Nächstes: {exercise}</translation>
        </message>
        <message>
            <source>Rest before set {set} of {sets}</source>
            <translation>Pause vor Satz {set} von {sets}</translation>
        </message>
        <message>
            <source>Switch to the right side</source>
            <translation>Wechsel auf die rechte Seite</translation>
        </message>
        <message>
            <source>Switch to the left side</source>
            <translation>Wechsel auf die linke Seite</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps} · set {set} of {sets}</source>
            <translation>Wiederholung {rep} von {reps} · Satz {set} von {sets}</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}</source>
            <translation>Wiederholung {rep} von {reps}</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) per side</source>
            <translation>
                <numerusform>%n Wiederholung pro Seite</numerusform>
                <numerusform>%n Wiederholungen pro Seite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Up next: done!</source>
            <translation>Als Nächstes: geschafft!</translation>
        </message>
        <message>
            <source>Up next: {exercise}</source>
            <translation>Als Nächstes: {exercise}</translation>
        </message>
        <message>
            <source>Up next: {side} side</source>
            <translation>Als Nächstes: Seite {side}</translation>
        </message>
        <message>
            <source>Up next: {phase}, {side}</source>
            <translation>Als Nächstes: {phase}, {side}</translation>
        </message>
        <message>
            <source>Up next: {phase}</source>
            <translation>Als Nächstes: {phase}</translation>
        </message>
    </context>
    <context>
        <name>SessionProgress</name>
        <message>
            <source>Session progress</source>
            <translation>Fortschritt der Einheit</translation>
        </message>
        <message>
            <source>{percent} % of the session done</source>
            <translation>{percent} % der Einheit geschafft</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>Sprache des Systems</translation>
        </message>
        <message>
            <source>About the language</source>
            <translation>Hinweis zur Sprache</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Volume of the sounds</source>
            <translation>Lautstärke der Töne</translation>
        </message>
        <message>
            <source>Mute sounds and voice (M)</source>
            <translation>Töne und Stimme stumm (M)</translation>
        </message>
        <message>
            <source>Sound status</source>
            <translation>Zustand der Töne</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>Speak the instructions</source>
            <translation>Anweisungen vorlesen</translation>
        </message>
        <message>
            <source>Say each step aloud</source>
            <translation>Jeden Schritt laut ansagen</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>The system's default voice</source>
            <translation>Standardstimme des Systems</translation>
        </message>
        <message>
            <source>Speaking rate</source>
            <translation>Sprechtempo</translation>
        </message>
        <message>
            <source>Slower to the left, faster to the right</source>
            <translation>Nach links langsamer, nach rechts schneller</translation>
        </message>
        <message>
            <source>Voice status</source>
            <translation>Zustand der Stimme</translation>
        </message>
        <message>
            <source>Looking for a speech engine…</source>
            <translation>Sprachausgabe wird gesucht …</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Wochenziel</translation>
        </message>
        <message>
            <source>Remind me on these days when I have not trained yet</source>
            <translation>An diesen Tagen erinnern, wenn ich noch nicht trainiert habe</translation>
        </message>
        <message>
            <source>Remind on {day}</source>
            <translation>Am {day} erinnern</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Nach dem Schließen des Fensters im Systembereich weiterlaufen</translation>
        </message>
        <message>
            <source>Tray status</source>
            <translation>Zustand des Systembereichs</translation>
        </message>
        <message>
            <source>Add the schedule to your calendar…</source>
            <translation>Trainingsplan in den Kalender eintragen …</translation>
        </message>
        <message>
            <source>Add to calendar</source>
            <translation>In den Kalender eintragen</translation>
        </message>
        <message>
            <source>Weekly routine</source>
            <translation>Wochenplan</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>At</source>
            <comment>reminder time</comment>
            <translation>Um</translation>
        </message>
        <message>
            <source>As the desktop is set (light, dark, high contrast)</source>
            <translation>Wie der Desktop eingestellt ist (hell, dunkel, hoher Kontrast)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Farben</translation>
        </message>
        <message>
            <source>High contrast draws all text at least 7 to 1 against its background</source>
            <translation>Hoher Kontrast zeichnet jeden Text mindestens 7 zu 1 gegen seinen Hintergrund</translation>
        </message>
        <message>
            <source>Look</source>
            <translation>Aussehen</translation>
        </message>
        <message>
            <source>Screen status</source>
            <translation>Zustand des Bildschirms</translation>
        </message>
        <message>
            <source>Screen: {status}</source>
            <translation>Bildschirm: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) a week</source>
            <comment>weekly goal</comment>
            <translation>
                <numerusform>%n Einheit pro Woche</numerusform>
                <numerusform>%n Einheiten pro Woche</numerusform>
            </translation>
        </message>
        <message>
            <source>The window shows the new language the next time HipFlex Desktop starts.</source>
            <translation>Das Fenster erscheint beim nächsten Start von HipFlex Desktop in der neuen Sprache.</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Pack title</source>
            <translation>Titel des Pakets</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Einführung</translation>
        </message>
        <message>
            <source>About the suggested settings</source>
            <translation>Zu den empfohlenen Einstellungen</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Reps per side</source>
            <translation>Wiederholungen pro Seite</translation>
        </message>
        <message>
            <source>How many times on each side</source>
            <translation>Wie oft auf jeder Seite</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>How many rounds of each exercise</source>
            <translation>Wie viele Durchgänge jeder Übung</translation>
        </message>
        <message>
            <source>Hold seconds</source>
            <translation>Sekunden halten</translation>
        </message>
        <message>
            <source>How long to hold at the top of each rep</source>
            <translation>Wie lange du am höchsten Punkt jeder Wiederholung hältst</translation>
        </message>
        <message>
            <source>Rest seconds</source>
            <translation>Sekunden Pause</translation>
        </message>
        <message>
            <source>Rest between exercises and between sets</source>
            <translation>Pause zwischen den Übungen und zwischen den Sätzen</translation>
        </message>
        <message>
            <source>Get-ready seconds</source>
            <translation>Sekunden zum Bereitmachen</translation>
        </message>
        <message>
            <source>Time to set up before each exercise</source>
            <translation>Zeit zum Einrichten vor jeder Übung</translation>
        </message>
        <message>
            <source>Right side first</source>
            <translation>Rechte Seite zuerst</translation>
        </message>
        <message>
            <source>Left side first</source>
            <translation>Linke Seite zuerst</translation>
        </message>
        <message>
            <source>Side order</source>
            <translation>Reihenfolge</translation>
        </message>
        <message>
            <source>Which side each exercise starts with</source>
            <translation>Mit welcher Seite jede Übung beginnt</translation>
        </message>
        <message>
            <source>As each exercise suggests</source>
            <translation>Wie die Übung es vorsieht</translation>
        </message>
        <message>
            <source>Alternate sides every rep</source>
            <translation>Bei jeder Wiederholung wechseln</translation>
        </message>
        <message>
            <source>All reps on one side, then the other</source>
            <translation>Erst eine Seite, dann die andere</translation>
        </message>
        <message>
            <source>Side pattern</source>
            <translation>Seitenwechsel</translation>
        </message>
        <message>
            <source>How the sides take turns</source>
            <translation>Wie sich die Seiten abwechseln</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereitmachen</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Session length</source>
            <translation>Dauer der Einheit</translation>
        </message>
        <message>
            <source>Problem with the choices</source>
            <translation>Problem mit der Auswahl</translation>
        </message>
        <message>
            <source>Start session</source>
            <translation>Einheit starten</translation>
        </message>
        <message>
            <source>Start the session (Space or Enter)</source>
            <translation>Einheit starten (Leertaste oder Eingabetaste)</translation>
        </message>
        <message>
            <source>Starts the guided session with these choices</source>
            <translation>Startet die angeleitete Einheit mit dieser Auswahl</translation>
        </message>
        <message>
            <source>Your session</source>
            <translation>Deine Einheit</translation>
        </message>
        <message>
            <source>Include {exercise}</source>
            <translation>{exercise} einbeziehen</translation>
        </message>
        <message>
            <source>{level}: {variant}</source>
            <comment>a variant's level and name</comment>
            <translation>{level}: {variant}</translation>
        </message>
        <message>
            <source>{level} variant of {exercise}</source>
            <translation>Variante „{level}“ von {exercise}</translation>
        </message>
        <message>
            <source>The exercise as described</source>
            <translation>Die Übung wie beschrieben</translation>
        </message>
        <message>
            <source>Move {exercise} earlier</source>
            <translation>{exercise} nach vorne verschieben</translation>
        </message>
        <message>
            <source>Do this exercise earlier</source>
            <translation>Diese Übung früher machen</translation>
        </message>
        <message>
            <source>Move {exercise} later</source>
            <translation>{exercise} nach hinten verschieben</translation>
        </message>
        <message>
            <source>Do this exercise later</source>
            <translation>Diese Übung später machen</translation>
        </message>
        <message>
            <source>nothing</source>
            <comment>equipment</comment>
            <translation>nichts</translation>
        </message>
        <message>
            <source>{purpose}
You need: {equipment}</source>
            <translation>{purpose}
Du brauchst: {equipment}</translation>
        </message>
        <message>
            <source>When to choose it: {when}</source>
            <translation>Wann du sie wählst: {when}</translation>
        </message>
        <message>
            <source>{exercise}, at the top of the movement</source>
            <translation>{exercise}, am höchsten Punkt der Bewegung</translation>
        </message>
        <message>
            <source>Also offered: an easier and a harder variant.</source>
            <translation>Außerdem gibt es eine leichtere und eine schwerere Variante.</translation>
        </message>
        <message>
            <source>Also offered: an easier variant.</source>
            <translation>Außerdem gibt es eine leichtere Variante.</translation>
        </message>
        <message>
            <source>Also offered: a harder variant.</source>
            <translation>Außerdem gibt es eine schwerere Variante.</translation>
        </message>
        <message>
            <source>Choose at least one exercise</source>
            <translation>Wähle mindestens eine Übung</translation>
        </message>
        <message>
            <source>Session length {time}</source>
            <translation>Dauer {time}</translation>
        </message>
        <message>
            <source>The session takes {time}</source>
            <translation>Die Einheit dauert {time}</translation>
        </message>
    </context>
    <context>
        <name>SideBadge</name>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>The side to work on</source>
            <translation>Die Seite, die du trainierst</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
    </context>
    <context>
        <name>SideWords</name>
        <message>
            <source>RIGHT</source>
            <translation>RECHTS</translation>
        </message>
        <message>
            <source>LEFT</source>
            <translation>LINKS</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
    </context>
    <context>
        <name>SoundPlayer</name>
        <message>
            <source>Sounds cannot play: no audio output was found. Check the sound settings of your computer.</source>
            <translation>Töne können nicht abgespielt werden: Es wurde keine Audioausgabe gefunden. Prüfe die Toneinstellungen deines Computers.</translation>
        </message>
    </context>
    <context>
        <name>Speaker</name>
        <message>
            <source>No speech engine found. Install speech-dispatcher and espeak-ng ({command}) to hear spoken instructions; sounds still play.</source>
            <translation>Keine Sprachausgabe gefunden. Installiere speech-dispatcher und espeak-ng ({command}), um die Anweisungen zu hören; die Töne spielen weiterhin.</translation>
        </message>
        <message>
            <source>The speech engine has no voice for {language}, so sessions play their sounds only. espeak-ng ({command}) brings voices for many languages.</source>
            <translation>Die Sprachausgabe hat keine Stimme für {language}, deshalb gibt es in den Einheiten nur Töne. espeak-ng ({command}) bringt Stimmen für viele Sprachen mit.</translation>
        </message>
        <message>
            <source>The speech engine did not start in time ({seconds} s), so spoken instructions are off until the app is restarted; sounds still play. If this happens again, the speech service (speech-dispatcher) may be stuck: restarting the computer clears it.</source>
            <translation>Die Sprachausgabe ist nicht rechtzeitig gestartet ({seconds} s), deshalb bleiben die gesprochenen Anweisungen bis zum Neustart der App aus; die Töne spielen weiterhin. Passiert das wieder, hängt vielleicht der Sprachdienst (speech-dispatcher): Ein Neustart des Computers behebt das.</translation>
        </message>
        <message>
            <source>Speech is not producing sound (the engine never finished a sentence; is there an audio output?), so spoken instructions are off until the app is restarted; sounds still play.</source>
            <translation>Die Sprachausgabe bleibt stumm (sie hat nie einen Satz zu Ende gesprochen – gibt es eine Audioausgabe?), deshalb bleiben die gesprochenen Anweisungen bis zum Neustart der App aus; die Töne spielen weiterhin.</translation>
        </message>
        <message>
            <source>The speech engine stopped working {times} times, so spoken instructions are off until the app is restarted; sounds still play.</source>
            <translation>Die Sprachausgabe ist {times}-mal ausgefallen, deshalb bleiben die gesprochenen Anweisungen bis zum Neustart der App aus; die Töne spielen weiterhin.</translation>
        </message>
        <message>
            <source>The speech engine could not start: {reason}. Sounds still play.</source>
            <translation>Die Sprachausgabe konnte nicht starten: {reason}. Die Töne spielen weiterhin.</translation>
        </message>
        <message>
            <source>The speech helper could not be started ({reason}); sounds still play.</source>
            <translation>Das Hilfsprogramm für die Sprachausgabe konnte nicht gestartet werden ({reason}); die Töne spielen weiterhin.</translation>
        </message>
    </context>
    <context>
        <name>SpokenPhrases</name>
        <message>
            <source>Session complete. Well done!</source>
            <translation>Einheit geschafft. Gut gemacht!</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>Angehalten.</translation>
        </message>
        <message>
            <source>Resuming.</source>
            <translation>Weiter geht's.</translation>
        </message>
        <message>
            <source>Session stopped.</source>
            <translation>Einheit beendet.</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) per side coming up.</source>
            <translation>
                <numerusform>Gleich kommt %n Wiederholung pro Seite.</numerusform>
                <numerusform>Gleich kommen %n Wiederholungen pro Seite.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s).</source>
            <translation>
                <numerusform>%n Wiederholung.</numerusform>
                <numerusform>%n Wiederholungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Switching to the right side.</source>
            <translation>Wechsel auf die rechte Seite.</translation>
        </message>
        <message>
            <source>Switching to the left side.</source>
            <translation>Wechsel auf die linke Seite.</translation>
        </message>
        <message>
            <source>Resting.</source>
            <translation>Pause.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, right side, set {set} of {sets}.</source>
            <translation>Wiederholung {rep} von {reps}, rechte Seite, Satz {set} von {sets}.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, right side.</source>
            <translation>Wiederholung {rep} von {reps}, rechte Seite.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, left side, set {set} of {sets}.</source>
            <translation>Wiederholung {rep} von {reps}, linke Seite, Satz {set} von {sets}.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, left side.</source>
            <translation>Wiederholung {rep} von {reps}, linke Seite.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, set {set} of {sets}.</source>
            <translation>Wiederholung {rep} von {reps}, Satz {set} von {sets}.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}.</source>
            <translation>Wiederholung {rep} von {reps}.</translation>
        </message>
    </context>
    <context>
        <name>StepBox</name>
        <message>
            <source>Step {number}: {step}</source>
            <comment>a step in the list to choose from</comment>
            <translation>Stufe {number}: {step}</translation>
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <comment>the closed list of steps</comment>
            <translation>Stufe {step} von {steps}</translation>
        </message>
        <message>
            <source>Choose a step by hand. Now: {step}</source>
            <translation>Stufe selbst wählen. Jetzt: {step}</translation>
        </message>
        <message>
            <source>Choose a step by hand</source>
            <translation>Stufe selbst wählen</translation>
        </message>
    </context>
    <context>
        <name>StepChart</name>
        <message>
            <source>Step per exercise over time</source>
            <translation>Stufe je Übung im Zeitverlauf</translation>
        </message>
    </context>
    <context>
        <name>StepChartWords</name>
        <message>
            <source>step {step} on {day}</source>
            <translation>Stufe {step} am {day}</translation>
        </message>
        <message>
            <source>{when} (chosen by hand)</source>
            <translation>{when} (selbst gewählt)</translation>
        </message>
        <message>
            <source>sessions in a row done well</source>
            <translation>Einheiten in Folge gut geschafft</translation>
        </message>
        <message>
            <source>sessions in a row were too hard</source>
            <translation>Einheiten in Folge waren zu schwer</translation>
        </message>
        <message>
            <source>suggested</source>
            <comment>a step change the app suggested</comment>
            <translation>vorgeschlagen</translation>
        </message>
        <message>
            <source>{when} (accepted: {why})</source>
            <translation>{when} (übernommen: {why})</translation>
        </message>
        <message>
            <source>{exercise}: no sessions at a step in this period.</source>
            <translation>{exercise}: In diesem Zeitraum keine Einheiten auf einer Stufe.</translation>
        </message>
        <message>
            <source>step {first} of {steps} on {first_day}, step {last} on {last_day}</source>
            <translation>Stufe {first} von {steps} am {first_day}, Stufe {last} am {last_day}</translation>
        </message>
        <message>
            <source>changed to {changes}</source>
            <translation>gewechselt zu {changes}</translation>
        </message>
        <message>
            <source>{exercise}: {what}.</source>
            <translation>{exercise}: {what}.</translation>
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message>
            <source>Step of {exercise}</source>
            <translation>Stufe von {exercise}</translation>
        </message>
        <message>
            <source>Suggestion for {exercise}</source>
            <translation>Vorschlag für {exercise}</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <comment>a suggested step</comment>
            <translation>&amp;Übernehmen</translation>
        </message>
        <message>
            <source>Accept the suggested step for {exercise}</source>
            <translation>Vorgeschlagene Stufe für {exercise} übernehmen</translation>
        </message>
        <message>
            <source>&amp;Not yet</source>
            <comment>keep the step for now</comment>
            <translation>&amp;Noch nicht</translation>
        </message>
        <message>
            <source>Keep the step of {exercise} for now</source>
            <translation>Stufe von {exercise} vorerst beibehalten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <comment>the last change of step</comment>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last change of step for {exercise}</source>
            <translation>Letzten Stufenwechsel bei {exercise} rückgängig machen</translation>
        </message>
        <message>
            <source>Choose the step of {exercise}</source>
            <translation>Stufe von {exercise} wählen</translation>
        </message>
        <message>
            <source>Step {step} of {steps} · {what}</source>
            <translation>Stufe {step} von {steps} · {what}</translation>
        </message>
        <message>
            <source>Suggested: {change}</source>
            <translation>Vorschlag: {change}</translation>
        </message>
        <message>
            <source>Until you accept or choose a step, your session settings apply. At this step: {needed}</source>
            <translation>Bis du eine Stufe übernimmst oder wählst, gelten deine Einstellungen für die Einheit. Auf dieser Stufe: {needed}</translation>
        </message>
    </context>
    <context>
        <name>StepWords</name>
        <message>
            <source>{seconds} s</source>
            <comment>a hold in seconds</comment>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>hold {seconds}</source>
            <comment>how long to hold at the top</comment>
            <translation>{seconds} halten</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) per side</source>
            <translation>
                <numerusform>%n Wiederholung pro Seite</numerusform>
                <numerusform>%n Wiederholungen pro Seite</numerusform>
            </translation>
        </message>
        <message>
            <source>Standard</source>
            <comment>the exercise's standard variant</comment>
            <translation>Standard</translation>
        </message>
        <message>
            <source>the “{label}” variant</source>
            <comment>the change to another variant, by its label</comment>
            <translation>die Variante „{label}“</translation>
        </message>
        <message>
            <source>the standard form</source>
            <comment>the change back to the standard variant</comment>
            <translation>die Standardform</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in a row were too hard</source>
            <translation>
                <numerusform>%n Einheit war zu schwer</numerusform>
                <numerusform>%n Einheiten in Folge waren zu schwer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in a row done well</source>
            <translation>
                <numerusform>%n Einheit gut geschafft</numerusform>
                <numerusform>%n Einheiten in Folge gut geschafft</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise}: {change} next time — {reason}</source>
            <translation>{exercise}: nächstes Mal {change} — {reason}</translation>
        </message>
        <message>
            <source>The last step: keep it up.</source>
            <translation>Die letzte Stufe: Bleib dran!</translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) done well in a row to move up</source>
            <translation>
                <numerusform>Noch %n gut geschaffte Einheit bis zur nächsten Stufe</numerusform>
                <numerusform>Noch %n gut geschaffte Einheiten in Folge bis zur nächsten Stufe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) done well in a row to move up</source>
            <translation>
                <numerusform>%n gut geschaffte Einheit bis zur nächsten Stufe</numerusform>
                <numerusform>%n gut geschaffte Einheiten in Folge bis zur nächsten Stufe</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Gesamtzeit</translation>
        </message>
        <message>
            <source>Reps done</source>
            <translation>Geschaffte Wiederholungen</translation>
        </message>
        <message>
            <source>Exercises done</source>
            <translation>Absolvierte Übungen</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>Nächstes Mal</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Back to set-up (Space or Enter)</source>
            <translation>Zurück zur Auswahl (Leertaste oder Eingabetaste)</translation>
        </message>
        <message>
            <source>Returns to the set-up page</source>
            <translation>Führt zurück zur Auswahl</translation>
        </message>
        <message>
            <source>Session complete — well done!</source>
            <translation>Einheit geschafft – gut gemacht!</translation>
        </message>
        <message>
            <source>Session stopped</source>
            <translation>Einheit beendet</translation>
        </message>
        <message>
            <source>Total time {time}</source>
            <translation>Gesamtzeit {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) done in {done} of {count} exercises</source>
            <translation>
                <numerusform>%n Wiederholung in {done} von {count} Übungen geschafft</numerusform>
                <numerusform>%n Wiederholungen in {done} von {count} Übungen geschafft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) done in {done} of 1 exercise</source>
            <translation>
                <numerusform>%n Wiederholung in {done} von 1 Übung geschafft</numerusform>
                <numerusform>%n Wiederholungen in {done} von 1 Übung geschafft</numerusform>
            </translation>
        </message>
        <message>
            <source>{done} of {target}</source>
            <comment>reps done of the target</comment>
            <translation>{done} von {target}</translation>
        </message>
        <message>
            <source>Next time:</source>
            <translation>Nächstes Mal:</translation>
        </message>
        <message>
            <source>Accept or keep your steps on the set-up page.</source>
            <translation>In der Auswahl kannst du die neuen Stufen übernehmen oder deine behalten.</translation>
        </message>
    </context>
    <context>
        <name>TextListField</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Spoken form (optional)</source>
            <translation>Gesprochen (optional)</translation>
        </message>
    </context>
    <context>
        <name>VariantTimeline</name>
        <message>
            <source>Variant per exercise over time</source>
            <translation>Variante pro Übung im Zeitverlauf</translation>
        </message>
        <message>
            <source>{exercise}, {date}: {variant}</source>
            <translation>{exercise}, {date}: {variant}</translation>
        </message>
        <message>
            <source>No reps recorded in this period</source>
            <translation>In diesem Zeitraum keine Wiederholungen aufgezeichnet</translation>
        </message>
    </context>
    <context>
        <name>VersionSwitch</name>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Easier</source>
            <translation>Leichter</translation>
        </message>
        <message>
            <source>Harder</source>
            <translation>Schwerer</translation>
        </message>
        <message>
            <source>Standard version</source>
            <translation>Standardversion</translation>
        </message>
        <message>
            <source>Easier version</source>
            <translation>Leichtere Version</translation>
        </message>
        <message>
            <source>Harder version</source>
            <translation>Schwerere Version</translation>
        </message>
        <message>
            <source>Version of the exercise</source>
            <translation>Version der Übung</translation>
        </message>
        <message>
            <source>V&amp;ersion:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>Ctrl+Page Down and Ctrl+Page Up show the next and the previous version</source>
            <translation>Strg+Bild ab und Strg+Bild auf zeigen die nächste und die vorige Version</translation>
        </message>
        <message>
            <source>This exercise has no such version yet.</source>
            <translation>Diese Version gibt es bei dieser Übung noch nicht.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyChart</name>
        <message>
            <source>Sessions per week</source>
            <translation>Einheiten pro Woche</translation>
        </message>
        <message>
            <source>No weeks to show.</source>
            <translation>Keine Wochen anzuzeigen.</translation>
        </message>
        <message>
            <source>Goal {goal}</source>
            <comment>the goal line of the chart</comment>
            <translation>Ziel {goal}</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Goal met</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <source>Below goal</source>
            <translation>Unter dem Ziel</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Wochenziel</translation>
        </message>
    </context>
</TS>
