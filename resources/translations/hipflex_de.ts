<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AppShell</name>
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
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>The {language} translation could not be loaded, so the window is in English.</source>
            <translation>Die Übersetzung ({language}) konnte nicht geladen werden, daher ist das Fenster auf Englisch.</translation>
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
</TS>
