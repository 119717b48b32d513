<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <name>SessionPage</name>
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
