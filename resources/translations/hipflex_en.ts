<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>EditorPreview</name>
        <message numerus="yes">
            <source>%n problem(s) to fix before this routine can be used.</source>
            <translation>
                <numerusform>%n problem to fix before this routine can be used.</numerusform>
                <numerusform>%n problems to fix before this routine can be used.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorSaving</name>
        <message numerus="yes">
            <source>%n line(s) you wrote will be saved in another layout, with the same values:</source>
            <translation>
                <numerusform>%n line you wrote will be saved in another layout, with the same values:</numerusform>
                <numerusform>%n lines you wrote will be saved in another layout, with the same values:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Last week</numerusform>
                <numerusform>Last %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sessions of the last %n week(s)</source>
            <translation>
                <numerusform>Sessions of the last week</numerusform>
                <numerusform>Sessions of the last %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No sessions in the last %n week(s).</source>
            <translation>
                <numerusform>No sessions in the last week.</numerusform>
                <numerusform>No sessions in the last %n weeks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Weekly goal: %n session(s) a week</source>
            <translation>
                <numerusform>Weekly goal: %n session a week</numerusform>
                <numerusform>Weekly goal: %n sessions a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>One dot per session, last %n week(s). Moving up means a harder variant.</source>
            <translation>
                <numerusform>One dot per session, last week. Moving up means a harder variant.</numerusform>
                <numerusform>One dot per session, last %n weeks. Moving up means a harder variant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Goal met in {met} of %n week(s).</source>
            <translation>
                <numerusform>Goal met in {met} of %n week.</numerusform>
                <numerusform>Goal met in {met} of %n weeks.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message numerus="yes">
            <source>%n session(s) a week</source>
            <translation>
                <numerusform>%n session a week</numerusform>
                <numerusform>%n sessions a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>week meeting your goal of %n session(s) a week</source>
            <translation>
                <numerusform>week meeting your goal of %n session a week</numerusform>
                <numerusform>week meeting your goal of %n sessions a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>weeks in a row meeting your goal of %n session(s) a week</source>
            <translation>
                <numerusform>weeks in a row meeting your goal of %n session a week</numerusform>
                <numerusform>weeks in a row meeting your goal of %n sessions a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Goal met — well done! %n session(s) more than planned.</source>
            <translation>
                <numerusform>Goal met — well done! %n session more than planned.</numerusform>
                <numerusform>Goal met — well done! %n sessions more than planned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more to meet your goal.</source>
            <translation>
                <numerusform>%n more to meet your goal.</numerusform>
                <numerusform>%n more to meet your goal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) this week starts one.</source>
            <translation>
                <numerusform>%n more session this week starts one.</numerusform>
                <numerusform>%n more sessions this week starts one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) this week keeps it going.</source>
            <translation>
                <numerusform>%n more session this week keeps it going.</numerusform>
                <numerusform>%n more sessions this week keeps it going.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>finished session(s)</source>
            <translation>
                <numerusform>finished session</numerusform>
                <numerusform>finished sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Finished sessions per week for the last %n week(s)</source>
            <translation>
                <numerusform>Finished sessions per week for the last week</numerusform>
                <numerusform>Finished sessions per week for the last %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>against your goal of %n session(s) a week.</source>
            <translation>
                <numerusform>against your goal of %n session a week.</numerusform>
                <numerusform>against your goal of %n sessions a week.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in all;</source>
            <translation>
                <numerusform>%n session in all;</numerusform>
                <numerusform>%n sessions in all;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>goal met in {met} of %n week(s).</source>
            <translation>
                <numerusform>goal met in {met} of %n week.</numerusform>
                <numerusform>goal met in {met} of %n weeks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n finished session(s)</source>
            <translation>
                <numerusform>%n finished session</numerusform>
                <numerusform>%n finished sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to go</source>
            <translation>
                <numerusform>%n to go</numerusform>
                <numerusform>%n to go</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{variant} {when} (%n session(s))</source>
            <translation>
                <numerusform>{variant} {when} (%n session)</numerusform>
                <numerusform>{variant} {when} (%n sessions)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} has %n problem(s). The current pack, {pack}, stays open.</source>
            <translation>
                <numerusform>{file} has %n problem. The current pack, {pack}, stays open.</numerusform>
                <numerusform>{file} has %n problems. The current pack, {pack}, stays open.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message numerus="yes">
            <source>Ready, %n warning(s)</source>
            <translation>
                <numerusform>Ready, %n warning</numerusform>
                <numerusform>Ready, %n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) per side</source>
            <translation>
                <numerusform>%n rep per side</numerusform>
                <numerusform>%n reps per side</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message numerus="yes">
            <source>%n session(s) a week</source>
            <comment>weekly goal</comment>
            <translation>
                <numerusform>%n session a week</numerusform>
                <numerusform>%n sessions a week</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpokenPhrases</name>
        <message numerus="yes">
            <source>%n rep(s) per side coming up.</source>
            <translation>
                <numerusform>%n rep per side coming up.</numerusform>
                <numerusform>%n reps per side coming up.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s).</source>
            <translation>
                <numerusform>%n rep.</numerusform>
                <numerusform>%n reps.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StepWords</name>
        <message numerus="yes">
            <source>%n rep(s) per side</source>
            <translation>
                <numerusform>%n rep per side</numerusform>
                <numerusform>%n reps per side</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in a row were too hard</source>
            <translation>
                <numerusform>%n session was too hard</numerusform>
                <numerusform>%n sessions in a row were too hard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in a row done well</source>
            <translation>
                <numerusform>%n session done well</numerusform>
                <numerusform>%n sessions in a row done well</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) done well in a row to move up</source>
            <translation>
                <numerusform>%n more session done well to move up</numerusform>
                <numerusform>%n more sessions done well in a row to move up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) done well in a row to move up</source>
            <translation>
                <numerusform>%n session done well to move up</numerusform>
                <numerusform>%n sessions done well in a row to move up</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message numerus="yes">
            <source>%n rep(s) done in {done} of {count} exercises</source>
            <translation>
                <numerusform>%n rep done in {done} of {count} exercises</numerusform>
                <numerusform>%n reps done in {done} of {count} exercises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) done in {done} of 1 exercise</source>
            <translation>
                <numerusform>%n rep done in {done} of 1 exercise</numerusform>
                <numerusform>%n reps done in {done} of 1 exercise</numerusform>
            </translation>
        </message>
    </context>
</TS>
