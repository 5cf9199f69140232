<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DetailRenderer</name>
    <message numerus="yes">
        <location filename="../src/app/library/DetailRenderer.cpp" line="+87"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+271"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%1 (step(s) %2)</source>
        <extracomment>Something a routine needs and the steps that need it: &quot;A steady chair (steps 2, 5)&quot;.</extracomment>
        <translation>
            <numerusform>%1 (step %2)</numerusform>
            <numerusform>%1 (steps %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorSupport</name>
    <message numerus="yes">
        <location filename="../src/app/editor/EditorSupport.cpp" line="+32"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreeExerciseDbImport</name>
    <message numerus="yes">
        <location filename="../src/core/import/FreeExerciseDbImport.cpp" line="+25"/>
        <source>Hold for %n second(s)</source>
        <translation>
            <numerusform>Hold for %n second</numerusform>
            <numerusform>Hold for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The source gives no time; %n second(s) is a gentle start.</source>
        <translation>
            <numerusform>The source gives no time; %n second is a gentle start.</numerusform>
            <numerusform>The source gives no time; %n seconds is a gentle start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message numerus="yes">
        <location filename="../src/app/journal/JournalFiles.cpp" line="+61"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in your journal stayed as they were.</source>
        <translation>
            <numerusform>%n already in your journal stayed as it was.</numerusform>
            <numerusform>%n already in your journal stayed as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message numerus="yes">
        <location filename="../src/core/session/PlanStep.cpp" line="+13"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportMapPanel</name>
    <message numerus="yes">
        <location filename="../src/app/report/ReportMapPanel.cpp" line="+55"/>
        <location line="+65"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
        <source>%1–%n times</source>
        <extracomment>A shade in the legend of the report&apos;s body map: &quot;4–6 times&quot;.</extracomment>
        <translation>
            <numerusform>%1–%n times</numerusform>
            <numerusform>%1–%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message numerus="yes">
        <location filename="../src/app/report/ReportPainter.cpp" line="+96"/>
        <source>%Ln rated both times</source>
        <translation>
            <numerusform>%Ln rated both times</numerusform>
            <numerusform>%Ln rated both times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln rating(s) in all</source>
        <translation>
            <numerusform>%Ln rating in all</numerusform>
            <numerusform>%Ln ratings in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+209"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n day)</numerusform>
            <numerusform>%1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1 a week on average; %2 of %n week(s) with a session</source>
        <translation>
            <numerusform>%1 a week on average; %2 of %n week with a session</numerusform>
            <numerusform>%1 a week on average; %2 of %n weeks with a session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message numerus="yes">
        <location filename="../src/core/session/SpokenWords.cpp" line="+67"/>
        <source>%1 rep(s)</source>
        <extracomment>Spoken: %1 is the number in words.</extracomment>
        <translation>
            <numerusform>%1 rep</numerusform>
            <numerusform>%1 reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 cycle(s)</source>
        <extracomment>Spoken: %1 is the number in words. A cycle is one contract-and-relax.</extracomment>
        <translation>
            <numerusform>%1 cycle</numerusform>
            <numerusform>%1 cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 set(s)</source>
        <extracomment>Spoken: %1 is the number in words. A set is one side or direction of an exercise.</extracomment>
        <translation>
            <numerusform>%1 set</numerusform>
            <numerusform>%1 sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 second(s)</source>
        <extracomment>Spoken: %1 is the number in words.</extracomment>
        <translation>
            <numerusform>%1 second</numerusform>
            <numerusform>%1 seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 minute(s)</source>
        <extracomment>Spoken: %1 is the number in words.</extracomment>
        <translation>
            <numerusform>%1 minute</numerusform>
            <numerusform>%1 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkraveImport</name>
    <message numerus="yes">
        <location filename="../src/core/import/WorkraveImport.cpp" line="+113"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::BodyMapWidget</name>
    <message numerus="yes">
        <location filename="../src/app/figures/BodyMapWidget.cpp" line="+270"/>
        <source>%1: marked %n time(s)</source>
        <extracomment>A body map tooltip in History: the place, then how often it was marked in the period.</extracomment>
        <translation>
            <numerusform>%1: marked %n time</numerusform>
            <numerusform>%1: marked %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::ContentTransfer</name>
    <message numerus="yes">
        <location filename="../src/app/library/ContentTransfer.cpp" line="+70"/>
        <source>%n item(s) added to your library. Find them under Exercises and Routines, marked &quot;Yours&quot;.</source>
        <translation>
            <numerusform>%n item added to your library. Find it under Exercises and Routines, marked &quot;Yours&quot;.</numerusform>
            <numerusform>%n items added to your library. Find them under Exercises and Routines, marked &quot;Yours&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::HistoryView</name>
    <message numerus="yes">
        <location filename="../src/app/journal/HistoryView.cpp" line="+309"/>
        <source>%n rating(s), no sessions in this period.</source>
        <translation>
            <numerusform>%n rating, no sessions in this period.</numerusform>
            <numerusform>%n ratings, no sessions in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n&lt;/b&gt; session(s) · average pain before &lt;b&gt;%1&lt;/b&gt;, after &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; session · average pain before &lt;b&gt;%1&lt;/b&gt;, after &lt;b&gt;%2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; sessions · average pain before &lt;b&gt;%1&lt;/b&gt;, after &lt;b&gt;%2&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::ImportDialog</name>
    <message numerus="yes">
        <location filename="../src/app/library/ImportDialog.cpp" line="+93"/>
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Import %n item</numerusform>
            <numerusform>Import %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::LibraryView</name>
    <message numerus="yes">
        <location filename="../src/app/library/LibraryView.cpp" line="+391"/>
        <source>Found %n</source>
        <translation>
            <numerusform>Found %n</numerusform>
            <numerusform>Found %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/shell/MainWindow.cpp" line="+318"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::PainRiseDialog</name>
    <message numerus="yes">
        <location filename="../src/app/session/PainRiseDialog.cpp" line="+29"/>
        <source>&lt;p&gt;&lt;b&gt;This has now happened %n times in a row.&lt;/b&gt; Please see a physiotherapist or your doctor before you do this routine again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;This has now happened %n time in a row.&lt;/b&gt; Please see a physiotherapist or your doctor before you do this routine again.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;This has now happened %n times in a row.&lt;/b&gt; Please see a physiotherapist or your doctor before you do this routine again.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::PlayerWindow</name>
    <message numerus="yes">
        <location filename="../src/app/session/PlayerWindow.cpp" line="+487"/>
        <source>You have finished %1 of %n step(s). End the session now? The steps you finished are already saved.</source>
        <translation>
            <numerusform>You have finished %1 of %n step. End the session now? The steps you finished are already saved.</numerusform>
            <numerusform>You have finished %1 of %n steps. End the session now? The steps you finished are already saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::RedFlagCheckDialog</name>
    <message numerus="yes">
        <location filename="../src/app/safety/RedFlagCheckDialog.cpp" line="+97"/>
        <source>&lt;h2&gt;New questions in the safety check&lt;/h2&gt;&lt;p&gt;The safety check has %n new question(s) since you last answered. Tick anything that is true for you now. Your earlier answers are kept.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;New questions in the safety check&lt;/h2&gt;&lt;p&gt;The safety check has %n new question since you last answered. Tick anything that is true for you now. Your earlier answers are kept.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;New questions in the safety check&lt;/h2&gt;&lt;p&gt;The safety check has %n new questions since you last answered. Tick anything that is true for you now. Your earlier answers are kept.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::Reminders</name>
    <message numerus="yes">
        <location filename="../src/app/reminders/Reminders.cpp" line="+150"/>
        <source>You have been at the computer for %n minute(s). A few minutes of movement ease the upper back and shoulders.</source>
        <translation>
            <numerusform>You have been at the computer for %n minute. A few minutes of movement ease the upper back and shoulders.</numerusform>
            <numerusform>You have been at the computer for %n minutes. A few minutes of movement ease the upper back and shoulders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Next break reminder in %n minute(s).</source>
        <translation>
            <numerusform>Next break reminder in %n minute.</numerusform>
            <numerusform>Next break reminder in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::RestoreDialog</name>
    <message numerus="yes">
        <location filename="../src/app/journal/RestoreDialog.cpp" line="+107"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pain entry(s)</source>
        <translation>
            <numerusform>%n pain entry</numerusform>
            <numerusform>%n pain entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::SessionController</name>
    <message numerus="yes">
        <location filename="../src/app/session/SessionController.cpp" line="+500"/>
        <source>Your session “%1” from %2 stopped before it ended, after %n finished step(s). Would you like to carry on from where it stopped?</source>
        <translation>
            <numerusform>Your session “%1” from %2 stopped before it ended, after %n finished step. Would you like to carry on from where it stopped?</numerusform>
            <numerusform>Your session “%1” from %2 stopped before it ended, after %n finished steps. Would you like to carry on from where it stopped?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::ThermalDialog</name>
    <message numerus="yes">
        <location filename="../src/app/session/ThermalDialog.cpp" line="+293"/>
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n phase(s) of %1 minutes</source>
        <extracomment>&quot;4 phases of 15 minutes&quot;; %n counts the phases, %1 is the minutes of each.</extracomment>
        <translation>
            <numerusform>%n phase of %1 minutes</numerusform>
            <numerusform>%n phases of %1 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skin check(s) of %1 seconds</source>
        <extracomment>&quot;3 skin checks of 60 seconds&quot;; %n counts the checks, %1 is the seconds of each.</extracomment>
        <translation>
            <numerusform>%n skin check of %1 seconds</numerusform>
            <numerusform>%n skin checks of %1 seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::WhereItHurts</name>
    <message numerus="yes">
        <location filename="../src/app/journal/WhereItHurts.cpp" line="+36"/>
        <source>Fainter: marked less often. Stronger: more often (most: %n time(s)).</source>
        <extracomment>The legend under the where-it-hurts map: the shades run from faint to strong colour.</extracomment>
        <translation>
            <numerusform>Fainter: marked less often. Stronger: more often (most: %n time).</numerusform>
            <numerusform>Fainter: marked less often. Stronger: more often (most: %n times).</numerusform>
        </translation>
    </message>
</context>
</TS>
