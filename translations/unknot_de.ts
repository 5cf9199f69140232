<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../src/app/shell/AppContext.cpp" line="+46"/>
        <source>Unknot could not update the library in %1: %2. Your journal was not changed. Check the free disk space and start Unknot again.</source>
        <translation>Unknot konnte die Bibliothek in %1 nicht aktualisieren: %2. Ihr Tagebuch wurde nicht verändert. Prüfen Sie den freien Speicherplatz und starten Sie Unknot erneut.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../src/app/shell/Autostart.cpp" line="+34"/>
        <source>the folder %1 cannot be made</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/main.cpp" line="+109"/>
        <source>Understand and ease upper back and shoulder pain.</source>
        <translation>Schmerzen im oberen Rücken und in den Schultern verstehen und lindern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also log to the terminal.</source>
        <translation>Das Protokoll auch im Terminal ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this journal file.</source>
        <translation>Diese Tagebuchdatei verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <extracomment>The value after --database in the help: &quot;--database &lt;file&gt;&quot;.</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a routine or exercise right away, e.g. desk-micro-break (handy for a desktop shortcut).</source>
        <translation>Ein Programm oder eine Übung sofort starten, z. B. desk-micro-break (praktisch für eine Desktop-Verknüpfung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id</source>
        <extracomment>The value after --start in the help: &quot;--start &lt;id&gt;&quot;, the name of a routine or exercise.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in the tray without opening the window, where the desktop has a tray (used when starting at login).</source>
        <translation>Im Infobereich starten, ohne das Fenster zu öffnen, wo der Desktop einen Infobereich hat (beim Start mit der Anmeldung).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Turn break reminders on for this run, after this many seconds at the computer (for trying them out).</source>
        <translation>Pausenerinnerungen für diesen Start einschalten, nach so vielen Sekunden am Computer (zum Ausprobieren).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <extracomment>The value after --remind-after in the help: &quot;--remind-after &lt;seconds&gt;&quot;.</extracomment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>--remind-after needs a number of seconds, e.g. 60.</source>
        <translation>--remind-after braucht eine Zahl von Sekunden, z. B. 60.</translation>
    </message>
</context>
<context>
    <name>ContentRules</name>
    <message>
        <location filename="../src/core/ContentPack.cpp" line="+64"/>
        <source>&quot;own&quot; is only for a person&apos;s own items</source>
        <translation>„own“ gibt es nur bei eigenen Einträgen</translation>
    </message>
    <message>
        <location line="+129"/>
        <location line="+32"/>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <location filename="../src/core/ContentRules.cpp" line="+12"/>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the summary</source>
        <translation>die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the instructions</source>
        <translation>die Anleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason it helps</source>
        <translation>der Grund, warum sie hilft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cautions</source>
        <translation>die Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the short caution</source>
        <translation>der kurze Vorsichtshinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the position</source>
        <translation>die Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the equipment</source>
        <translation>die Ausrüstung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the muscles it works</source>
        <translation>die trainierten Muskeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other muscles</source>
        <translation>die weiteren Muskeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where it came from</source>
        <translation>die Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dose</source>
        <translation>die Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of times</source>
        <translation>die Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time</source>
        <translation>die Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the longest it may run</source>
        <translation>die längste Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the hold at the top</source>
        <translation>das Halten oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lift</source>
        <translation>das Heben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lowering</source>
        <translation>das Senken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contraction</source>
        <translation>das Anspannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the relaxing</source>
        <translation>das Entspannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sets</source>
        <translation>die Durchgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the words for the dose</source>
        <translation>der Text zur Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest between steps</source>
        <translation>die Pause zwischen den Schritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exercise</source>
        <translation>die Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the purpose</source>
        <translation>der Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place</source>
        <translation>der Ort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>id must use only a-z, 0-9 and single dashes</source>
        <translation>die ID darf nur a-z, 0-9 und einzelne Bindestriche enthalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refers to muscle &quot;%1&quot;, which does not exist</source>
        <translation>verweist auf den Muskel „%1“, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refers to technique &quot;%1&quot;, which does not exist</source>
        <translation>verweist auf die Technik „%1“, die es nicht gibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refers to exercise &quot;%1&quot;, which does not exist</source>
        <translation>verweist auf die Übung „%1“, die es nicht gibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refers to &quot;%1&quot;, which does not exist</source>
        <translation>verweist auf „%1“, das es nicht gibt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source &quot;%1&quot; is not listed in sources.json</source>
        <translation>die Quelle „%1“ steht nicht in sources.json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an exercise must work at least one muscle</source>
        <translation>eine Übung muss mindestens einen Muskel trainieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every exercise needs a &quot;figure&quot; to draw it</source>
        <translation>jede Übung braucht eine „figure“, mit der sie gezeichnet wird</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>step %1 refers to exercise &quot;%2&quot;, which does not exist</source>
        <translation>Schritt %1 verweist auf die Übung „%2“, die es nicht gibt</translation>
    </message>
    <message>
        <location filename="../src/core/Dose.cpp" line="+66"/>
        <location line="+27"/>
        <location line="+59"/>
        <location filename="../src/core/Exercise.cpp" line="+26"/>
        <location filename="../src/core/JsonFields.cpp" line="+19"/>
        <location line="+24"/>
        <location line="+11"/>
        <source>it needs %1</source>
        <translation>es fehlt: %1</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+28"/>
        <location filename="../src/core/Routine.cpp" line="+28"/>
        <source>%1 must be more than zero</source>
        <translation>%1: muss größer als null sein</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 goes from %2 down to %3; put the smaller number first</source>
        <translation>%1: von %2 hinunter zu %3; bitte die kleinere Zahl zuerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/core/JsonFields.cpp" line="+31"/>
        <source>%1 may be at most %2</source>
        <translation>%1: höchstens %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be below zero</source>
        <translation>%1: darf nicht unter null liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may last at most %2 seconds</source>
        <translation>%1: höchstens %2 Sekunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it needs the dose</source>
        <translation>es fehlt: die Dosis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dose must be counted as repetitions, cycles or a timed hold</source>
        <translation>die Dosis muss in Wiederholungen, Zyklen oder als gehaltene Zeit angegeben sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a dose may have at most %1 sets</source>
        <translation>eine Dosis darf höchstens %1 Durchgänge haben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of the sets has no name</source>
        <translation>einer der Durchgänge hat keinen Namen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dose says &quot;fromSeed&quot; and also &quot;notFromSeed&quot;</source>
        <translation>die Dosis hat „fromSeed“ und zugleich „notFromSeed“</translation>
    </message>
    <message>
        <location filename="../src/core/ExerciseImage.cpp" line="+41"/>
        <source>the pictures must be a list of at most %1</source>
        <translation>die Bilder müssen eine Liste von höchstens %1 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the picture &quot;%1&quot; must be a file beside the exercise</source>
        <translation>das Bild „%1“ muss eine Datei neben der Übung sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the picture &quot;%1&quot; must show for 1 to %2 seconds</source>
        <translation>das Bild „%1“ muss 1 bis %2 Sekunden lang gezeigt werden</translation>
    </message>
    <message>
        <location filename="../src/core/Routine.cpp" line="+6"/>
        <source>heat or cold may last at most 20 minutes</source>
        <translation>Wärme oder Kälte darf höchstens 20 Minuten dauern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is more than %2</source>
        <translation>%1 ist größer als %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>only built-in routines have a role</source>
        <translation>nur mitgelieferte Programme haben eine Rolle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a routine needs at least one step</source>
        <translation>ein Ablauf braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a routine may have at most %1 steps</source>
        <translation>ein Ablauf darf höchstens %1 Schritte haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/Exercise.cpp" line="+12"/>
        <source>%1 has %2 characters; the player has room for %3</source>
        <translation>%1 hat %2 Zeichen; im Player ist Platz für %3</translation>
    </message>
    <message>
        <location filename="../src/core/JsonFields.cpp" line="-52"/>
        <source>%1 cannot be &quot;%2&quot;; it may be one of: %3</source>
        <translation>%1: „%2“ geht nicht; möglich sind: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 must be a list</source>
        <translation>%1: muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one line of %1 is empty</source>
        <translation>%1: eine Zeile ist leer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a whole number, at least %2</source>
        <translation>%1: muss eine ganze Zahl ab %2 sein</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/storage/Database.cpp" line="+121"/>
        <source>%1 is a folder, not a journal file. Unknot has not changed it. Give a file name instead (for example %2), or move the folder away, then start Unknot again.</source>
        <translation>%1 ist ein Ordner, keine Tagebuchdatei. Unknot hat ihn nicht verändert. Geben Sie stattdessen einen Dateinamen an (zum Beispiel %2) oder verschieben Sie den Ordner, und starten Sie Unknot dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not an Unknot journal: it is not a SQLite database. Unknot has not changed it. Move or rename it, then start Unknot again to begin a new journal.</source>
        <translation>Die Datei %1 ist kein Unknot-Tagebuch: Sie ist keine SQLite-Datenbank. Unknot hat sie nicht verändert. Verschieben oder benennen Sie sie um und starten Sie Unknot dann erneut, um ein neues Tagebuch zu beginnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknot cannot write to %1, so nothing new could be saved. Check that the file and its folder belong to you and are not read-only, then start Unknot again.</source>
        <translation>Unknot kann nicht in %1 schreiben, daher konnte nichts Neues gespeichert werden. Prüfen Sie, ob die Datei und ihr Ordner Ihnen gehören und nicht schreibgeschützt sind, und starten Sie Unknot dann erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknot could not open %1: the folder %2 does not exist. Create it, or start Unknot with another journal file.</source>
        <translation>Unknot konnte %1 nicht öffnen: Der Ordner %2 existiert nicht. Legen Sie ihn an oder starten Sie Unknot mit einer anderen Tagebuchdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknot cannot create the journal %1: the folder %2 is read-only for you. Check that the folder belongs to you and is not read-only, or start Unknot with another journal file.</source>
        <translation>Unknot kann das Tagebuch %1 nicht anlegen: Der Ordner %2 ist für Sie schreibgeschützt. Prüfen Sie, ob der Ordner Ihnen gehört und nicht schreibgeschützt ist, oder starten Sie Unknot mit einer anderen Tagebuchdatei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknot could not open %1: %2. Check that there is free disk space, then start Unknot again.</source>
        <translation>Unknot konnte %1 nicht öffnen: %2. Prüfen Sie, ob genug Speicherplatz frei ist, und starten Sie Unknot dann erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 could not be read as an Unknot journal. Unknot has not changed it. Move or rename it, then start Unknot again to begin a new journal.</source>
        <translation>Die Datei %1 konnte nicht als Unknot-Tagebuch gelesen werden. Unknot hat sie nicht verändert. Verschieben oder benennen Sie sie um und starten Sie Unknot dann erneut, um ein neues Tagebuch zu beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 was saved by a newer version of Unknot (format %2; this version knows up to %3). Unknot has not changed it. Please install the newer version to open it.</source>
        <translation>Das Tagebuch %1 wurde von einer neueren Unknot-Version gespeichert (Format %2; diese Version kennt Formate bis %3). Unknot hat es nicht verändert. Bitte installieren Sie die neuere Version, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknot can read %1 but cannot write to it, so nothing new could be saved. Check that the file and its folder belong to you and are not read-only, then start Unknot again.</source>
        <translation>Unknot kann %1 lesen, aber nicht hineinschreiben, daher konnte nichts Neues gespeichert werden. Prüfen Sie, ob die Datei und ihr Ordner Ihnen gehören und nicht schreibgeschützt sind, und starten Sie Unknot dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknot cannot write to %1: %2. Check the file&apos;s permissions and free disk space, then start Unknot again.</source>
        <translation>Unknot kann nicht in %1 schreiben: %2. Prüfen Sie die Zugriffsrechte der Datei und den freien Speicherplatz und starten Sie Unknot dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknot could not update the journal %1 to the new format, and left it as it was. The reason: %2</source>
        <translation>Unknot konnte das Tagebuch %1 nicht auf das neue Format umstellen und hat es so gelassen, wie es war. Der Grund: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A journal kept in memory cannot be opened twice.</source>
        <translation>Ein Tagebuch, das nur im Arbeitsspeicher liegt, lässt sich kein zweites Mal öffnen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknot could not open %1 a second time: %2</source>
        <translation>Unknot konnte %1 kein zweites Mal öffnen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal %1 is not at format %2 (it is at %3).</source>
        <translation>Das Tagebuch %1 hat nicht das Format %2, sondern %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal %1 is damaged: part of the file cannot be read. Unknot has not changed it and will not write to it, so nothing new is saved for now. You can restore a backup (Journal → Restore from backup…); the damaged file is kept even then.</source>
        <translation>Das Tagebuch %1 ist beschädigt: Ein Teil der Datei kann nicht gelesen werden. Unknot hat es nicht verändert und schreibt nicht hinein, daher wird vorerst nichts Neues gespeichert. Sie können eine Sicherung wiederherstellen (Tagebuch → Aus Sicherung wiederherstellen…); die beschädigte Datei bleibt auch dann erhalten.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no backup could be made first (%1)</source>
        <translation>vorher konnte keine Sicherung angelegt werden (%1)</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message numerus="yes">
        <location filename="../src/app/library/DetailRenderer.cpp" line="+87"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not in the library</source>
        <translation>Nicht in der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is no longer in the library. Pick another one from the list, or search for what you need.</source>
        <translation>Dieser Eintrag ist nicht mehr in der Bibliothek. Wählen Sie einen anderen aus der Liste oder suchen Sie, was Sie brauchen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>See a doctor first.</source>
        <translation>Lassen Sie das zuerst ärztlich abklären.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Based on: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip it, or ask a doctor or physiotherapist first, if:</source>
        <translation>Lassen Sie es aus oder fragen Sie vorher ärztlich oder physiotherapeutisch nach, wenn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+213"/>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+39"/>
        <source>What it is</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>How it leads to upper back pain</source>
        <translation>Wie daraus Schmerzen im oberen Rücken entstehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscles it strains</source>
        <translation>Belastete Muskeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Techniques that help</source>
        <translation>Hilfreiche Techniken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercises that help</source>
        <translation>Hilfreiche Übungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where it is</source>
        <translation>Wo er liegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does</source>
        <translation>Was er tut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it feels when it hurts</source>
        <translation>Wie es sich anfühlt, wenn er schmerzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tightens it</source>
        <translation>Was ihn verspannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises that reach it</source>
        <translation>Übungen, die ihn erreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exercise in the library targets this muscle directly yet.</source>
        <translation>Noch keine Übung in der Bibliothek zielt direkt auf diesen Muskel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-massage and techniques that reach it</source>
        <translation>Selbstmassage und Techniken, die ihn erreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Causes that strain it</source>
        <translation>Ursachen, die ihn belasten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How it helps</source>
        <translation>Wie es wirkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you need</source>
        <translation>Was Sie brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How firm</source>
        <translation>Wie fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing it yourself</source>
        <translation>Selbst anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muscles it reaches</source>
        <translation>Erreichte Muskeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises that go with it</source>
        <translation>Passende Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routines that use it</source>
        <translation>Programme mit dieser Technik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Helps with</source>
        <translation>Hilft bei</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>, then </source>
        <extracomment>Joins the sides or directions of an exercise: &quot;left side, then right side&quot;.</extracomment>
        <translation>, dann </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once for each: %1</source>
        <translation>Je einmal: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes %1.</source>
        <translation>Dauert %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle starting point: the source gives no count.</source>
        <translation>Ein sanfter Anfang: Die Quelle nennt keine Anzahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjust it to what feels comfortable.</source>
        <translation>Passen Sie es an das an, was sich angenehm anfühlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You need: %1</source>
        <translation>Sie brauchen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key positions</source>
        <translation>Die wichtigsten Haltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it helps</source>
        <translation>Warum das hilft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscles worked</source>
        <translation>Beanspruchte Muskeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In these routines</source>
        <translation>In diesen Programmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>at your desk</source>
        <translation>am Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the floor</source>
        <translation>auf dem Boden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on a bed</source>
        <translation>auf einem Bett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Takes %1&lt;/b&gt;, %2</source>
        <extracomment>How long a routine takes and where, e.g. &quot;Takes about 4 minutes, at your desk&quot;.</extracomment>
        <translation>&lt;b&gt;Dauert %1&lt;/b&gt;, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, with %2 of rest between them</source>
        <translation>%1, dazwischen je %2 Ruhepause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it is for</source>
        <translation>Wofür es gut ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A mat or a soft floor</source>
        <translation>Eine Matte oder ein weicher Boden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edge of a bed</source>
        <translation>Eine Bettkante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A steady chair</source>
        <translation>Ein stabiler Stuhl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clear stretch of wall</source>
        <translation>Ein freies Stück Wand</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 (step(s) %2)</source>
        <extracomment>Something a routine needs and the steps that need it: &quot;A steady chair (steps 2, 5)&quot;.</extracomment>
        <translation>
            <numerusform>%1 (Schritt %2)</numerusform>
            <numerusform>%1 (Schritte %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You will need</source>
        <translation>Sie brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related techniques</source>
        <translation>Verwandte Techniken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When to see a doctor</source>
        <translation>Wann Sie ärztlichen Rat brauchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknot helps with everyday muscle tension. It cannot tell what is causing your pain. Some signs need a doctor first.</source>
        <translation>Unknot hilft bei alltäglichen Muskelverspannungen. Es kann nicht erkennen, was Ihre Schmerzen verursacht. Manche Anzeichen gehören zuerst in ärztliche Hände.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call emergency services now if you have:</source>
        <translation>Rufen Sie sofort den Notruf, wenn Sie Folgendes haben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See a doctor before doing these routines if you have</source>
        <translation>Lassen Sie sich vor diesen Programmen ärztlich untersuchen, wenn Sie Folgendes haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worth knowing</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During any routine</source>
        <translation>Bei jedem Programm</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../ui/DoctorDialog.ui" line="+14"/>
        <source>When to see a doctor</source>
        <translation>Wann zum Arzt</translation>
    </message>
</context>
<context>
    <name>EditorSupport</name>
    <message numerus="yes">
        <location filename="../src/app/editor/EditorSupport.cpp" line="+32"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet: %1</source>
        <translation>Noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <extracomment>A length under a minute: &quot;45 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <extracomment>A length in whole minutes: &quot;4 min&quot;.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <extracomment>A length in minutes and seconds: &quot;4 min 10 s&quot;.</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close without saving them?</source>
        <translation>Sie haben Änderungen, die noch nicht gespeichert sind. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>FreeExerciseDbImport</name>
    <message numerus="yes">
        <location filename="../src/core/import/FreeExerciseDbImport.cpp" line="+25"/>
        <source>Hold for %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde halten</numerusform>
            <numerusform>%n Sekunden halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The source gives no time; %n second(s) is a gentle start.</source>
        <translation>
            <numerusform>Die Quelle nennt keine Zeit; %n Sekunde ist ein sanfter Anfang.</numerusform>
            <numerusform>Die Quelle nennt keine Zeit; %n Sekunden sind ein sanfter Anfang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2 slow reps</source>
        <translation>%1 bis %2 langsame Wiederholungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source gives no dose; %1 to %2 slow reps is a gentle start.</source>
        <translation>Die Quelle nennt keine Dosis; %1 bis %2 langsame Wiederholungen sind ein sanfter Anfang.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the muscle &quot;%1&quot; matches none of the library&apos;s; it is kept as text</source>
        <translation>der Muskel „%1“ passt zu keinem Muskel der Bibliothek; er bleibt als Text erhalten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Imported from free-exercise-db: %1</source>
        <translation>Aus free-exercise-db übernommen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from free-exercise-db: %1 (level: %2)</source>
        <translation>Aus free-exercise-db übernommen: %1 (Stufe: %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>this is not a free-exercise-db file: it holds no list of exercises.</source>
        <translation>Das ist keine free-exercise-db-Datei: Sie enthält keine Liste von Übungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out: it has no &quot;name&quot;</source>
        <translation>ausgelassen: Sie hat keinen „name“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a free-exercise-db file: none of its items has a &quot;name&quot;.</source>
        <translation>Das ist keine free-exercise-db-Datei: Keiner ihrer Einträge hat einen „name“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures are not imported: Unknot draws its own.</source>
        <translation>Bilder werden nicht übernommen: Unknot zeichnet seine eigenen.</translation>
    </message>
</context>
<context>
    <name>IdleSources</name>
    <message>
        <location filename="../src/app/reminders/IdleSources.cpp" line="+37"/>
        <source>Time away from the keyboard and mouse is noticed through the X11 screen saver.</source>
        <translation>Zeit fern von Tastatur und Maus wird über den X11-Bildschirmschoner erkannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time away from the keyboard and mouse is noticed through GNOME&apos;s idle monitor.</source>
        <translation>Zeit fern von Tastatur und Maus wird über den Leerlaufmonitor von GNOME erkannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting wall time: this desktop does not say when you are away, so every minute the computer is on counts.</source>
        <translation>Es zählt die Uhrzeit: Diese Arbeitsumgebung meldet nicht, wann Sie fort sind, daher zählt jede Minute, in der der Computer läuft.</translation>
    </message>
</context>
<context>
    <name>ImportCollector</name>
    <message>
        <location filename="../src/core/import/ImportCollector.cpp" line="+25"/>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>left out: an earlier item in this file has the same id &quot;%1&quot;</source>
        <translation>ausgelassen: Ein früherer Eintrag in dieser Datei hat dieselbe ID „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; was cut to %2 characters</source>
        <translation>„%1“ wurde auf %2 Zeichen gekürzt</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <location filename="../src/core/import/ImportFile.cpp" line="+51"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a file Unknot can import. It reads its own exercise and routine files, Workrave&apos;s exercises file (XML) and free-exercise-db&apos;s exercises.json.</source>
        <translation>%1 ist keine Datei, die Unknot importieren kann. Unknot liest seine eigenen Übungs- und Programmdateien, die Übungsdatei von Workrave (XML) und die exercises.json von free-exercise-db.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <location filename="../src/core/import/ImportText.cpp" line="+17"/>
        <source>this is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>the file cannot be read: %1</source>
        <translation>Die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the file is larger than %1 MB; Unknot does not import files that large.</source>
        <translation>Die Datei ist größer als %1 MB; so große Dateien übernimmt Unknot nicht.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>not valid JSON at line %1: %2</source>
        <translation>kein gültiges JSON in Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file holds more than %1 items; Unknot imports at most that many at once.</source>
        <translation>Die Datei enthält mehr als %1 Einträge; so viele übernimmt Unknot höchstens auf einmal.</translation>
    </message>
</context>
<context>
    <name>ItemRef</name>
    <message>
        <location filename="../src/core/ItemRef.cpp" line="+55"/>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>JournalBackup</name>
    <message>
        <location filename="../src/storage/JournalBackup.cpp" line="+126"/>
        <source>could not copy %1 to %2</source>
        <translation>%1 konnte nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an update</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the journal is not open as a file</source>
        <translation>das Tagebuch ist nicht als Datei geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+118"/>
        <source>could not create the folder %1</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>the journal is damaged (%1), so no backup was made</source>
        <translation>das Tagebuch ist beschädigt (%1), daher wurde keine Sicherung angelegt</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>the backup %1 cannot be used: %2</source>
        <translation>die Sicherung %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not replace %1</source>
        <translation>%1 konnte nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>JournalCommands</name>
    <message>
        <location filename="../src/app/journal/JournalCommands.cpp" line="+45"/>
        <source>edit the rating</source>
        <translation>Bewertung bearbeiten</translation>
    </message>
</context>
<context>
    <name>JournalCsv</name>
    <message>
        <location filename="../src/core/journal/JournalCsv.cpp" line="+127"/>
        <location line="+27"/>
        <source>the place &quot;%1&quot; is not written as kind:slug:name, such as muscle:rhomboids:Rhomboids.</source>
        <translation>die Stelle „%1“ ist nicht als Art:Kennung:Name geschrieben, etwa muscle:rhomboids:Rhomboids.</translation>
    </message>
</context>
<context>
    <name>JournalCsvReader</name>
    <message>
        <location filename="../src/core/journal/JournalCsvReader.cpp" line="+22"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a row needs %1 fields; this one has %2.</source>
        <translation>eine Zeile braucht %1 Felder; diese hat %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this is not an Unknot export: the header does not match.</source>
        <translation>dies ist kein Unknot-Export: Die Kopfzeile passt nicht.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a field with a quote in it must be in quotes, with the quote doubled.</source>
        <translation>ein Feld mit einem Anführungszeichen muss in Anführungszeichen stehen, das Zeichen selbst verdoppelt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is not UTF-8 text.</source>
        <translation>dies ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a quoted field is not closed.</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quote inside a quoted field must be doubled.</source>
        <translation>ein Anführungszeichen innerhalb eines Felds in Anführungszeichen muss verdoppelt werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the record must be &quot;session&quot;, &quot;step&quot; or &quot;entry&quot;, not &quot;%1&quot;.</source>
        <translation>der Datensatz muss „session“, „step“ oder „entry“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the kind must be routine, exercise or thermal, not &quot;%1&quot;.</source>
        <translation>die Art muss routine, exercise oder thermal sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the status must be running, completed or ended_early, not &quot;%1&quot;.</source>
        <translation>der Status muss running, completed oder ended_early sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a running session has no end time.</source>
        <translation>eine laufende Einheit hat keine Endzeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a finished session needs an end time.</source>
        <translation>eine abgeschlossene Einheit braucht eine Endzeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session ends (%1) before it starts (%2).</source>
        <translation>die Einheit endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan_json must be a JSON object, such as {}.</source>
        <translation>plan_json muss ein JSON-Objekt sein, etwa {}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the routine &quot;%1&quot; is not in the library.</source>
        <translation>das Programm „%1“ ist nicht in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this step&apos;s session &quot;%1&quot; does not come before it in the file.</source>
        <translation>die Einheit „%1“ dieses Schritts steht nicht vor ihm in der Datei.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the rating must be a whole number from 0 to 10.</source>
        <translation>die Bewertung muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the moment must be before, after or standalone, not &quot;%1&quot;.</source>
        <translation>der Zeitpunkt muss before, after oder standalone sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the note is %1 characters long; Unknot keeps notes of up to %2. Shorten it, then import again.</source>
        <translation>die Notiz ist %1 Zeichen lang; Unknot speichert Notizen mit bis zu %2 Zeichen. Kürzen Sie sie und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this rating&apos;s session &quot;%1&quot; does not come before it in the file.</source>
        <translation>die Einheit „%1“ dieser Bewertung steht nicht vor ihr in der Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the session already has a rating %1 on line %2.</source>
        <translation>die Einheit hat bereits eine Bewertung (%1) in Zeile %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the uuid is missing.</source>
        <translation>die UUID fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the uuid &quot;%1&quot; is used twice (first on line %2).</source>
        <translation>die UUID „%1“ kommt doppelt vor (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a UTC time such as 2024-06-03T08:00:00.000Z.</source>
        <translation>„%1“ ist keine UTC-Zeit wie 2024-06-03T08:00:00.000Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time %1 is in the future.</source>
        <translation>die Zeit %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl ab 0 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be 0 or 1, not &quot;%2&quot;.</source>
        <translation>%1 muss 0 oder 1 sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <location filename="../src/app/journal/JournalFiles.cpp" line="+26"/>
        <source>The journal could not be exported: %1</source>
        <translation>Das Tagebuch konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal was saved to %1. It opens in any spreadsheet, and Unknot on another computer can import it.</source>
        <translation>Ihr Tagebuch wurde in %1 gespeichert. Es lässt sich in jeder Tabellenkalkulation öffnen, und Unknot auf einem anderen Computer kann es importieren.</translation>
    </message>
    <message>
        <location filename="../src/app/journal/JournalFileTask.cpp" line="+77"/>
        <location line="+69"/>
        <location filename="../src/app/journal/JournalFiles.cpp" line="+12"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/journal/JournalFiles.cpp" line="+11"/>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new: everything in this file is already in your journal.</source>
        <translation>Nichts Neues: Alles in dieser Datei steht schon in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 and %2.</source>
        <extracomment>&quot;Imported 3 sessions and 5 ratings.&quot;</extracomment>
        <translation>%1 und %2 importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in your journal stayed as they were.</source>
        <translation>
            <numerusform>%n Eintrag, der schon in Ihrem Tagebuch stand, blieb unverändert.</numerusform>
            <numerusform>%n Einträge, die schon in Ihrem Tagebuch standen, blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report for %1 to %2 was saved to %3.</source>
        <translation>Der Bericht für %1 bis %2 wurde in %3 gespeichert.</translation>
    </message>
</context>
<context>
    <name>JournalTransfer</name>
    <message>
        <location filename="../src/storage/JournalTransfer.cpp" line="+78"/>
        <source>The journal could not be read: </source>
        <translation>Das Tagebuch konnte nicht gelesen werden: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>The export could not be written to %1: %2</source>
        <translation>Der Export konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was imported: </source>
        <translation>Es wurde nichts importiert: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no backup of the journal could be made first (%1).</source>
        <translation>vorher konnte keine Sicherung des Tagebuchs angelegt werden (%1).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Line %1: the session already has another rating %2 in this journal. Delete one of the two, then import again.</source>
        <translation>Zeile %1: Die Einheit hat in diesem Tagebuch bereits eine andere Bewertung (%2). Löschen Sie eine der beiden und importieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Muscle</name>
    <message>
        <location filename="../src/core/Muscle.cpp" line="+20"/>
        <source>Neck (cervical)</source>
        <translation>Nacken (Halswirbelsäule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper back (thoracic)</source>
        <translation>Oberer Rücken (Brustwirbelsäule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulder blades (scapulae)</source>
        <translation>Schulterblätter (Skapula)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid-back (thoracic)</source>
        <translation>Mittlerer Rücken (Brustwirbelsäule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back (lumbar)</source>
        <translation>Unterer Rücken (Lendenwirbelsäule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ribs</source>
        <translation>Rippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
</context>
<context>
    <name>OwnItemsImport</name>
    <message>
        <location filename="../src/storage/OwnItemsImport.cpp" line="+53"/>
        <source>a built-in item has the id &quot;%1&quot;</source>
        <translation>ein mitgelieferter Eintrag hat die Kennung „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has the id &quot;%1&quot; twice</source>
        <translation>die Datei enthält die Kennung „%1“ zweimal</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>„%1“ (Zeile %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: %1 could not be saved. %2</source>
        <translation>Es wurde nichts importiert: %1 konnte nicht gespeichert werden. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>OwnItemsRepository</name>
    <message>
        <location filename="../src/storage/OwnItemsRepository.cpp" line="+83"/>
        <source>the muscle &quot;%1&quot; is not in the library</source>
        <translation>den Muskel „%1“ gibt es in der Bibliothek nicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step %1 names the exercise &quot;%2&quot;, which is not in the library</source>
        <translation>Schritt %1 nennt die Übung „%2“, die es in der Bibliothek nicht gibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only exercises and routines can be your own</source>
        <translation>nur Übungen und Programme können eigene sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your routine was not saved: </source>
        <translation>Ihr Programm wurde nicht gespeichert: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your exercise was not saved: </source>
        <translation>Ihre Übung wurde nicht gespeichert: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is the id of a built-in item; yours needs another.</source>
        <translation>„%1“ ist die Kennung eines mitgelieferten Eintrags; Ihrer braucht eine andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not deleted: </source>
        <translation>Nicht gelöscht: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is nothing to bring back.</source>
        <translation>Es gibt nichts zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>OwnMark</name>
    <message>
        <location filename="../src/app/common/OwnMark.cpp" line="+8"/>
        <source>Yours</source>
        <extracomment>Marks the person&apos;s own routines and exercises in lists and on their pages.</extracomment>
        <translation>Von Ihnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <extracomment>A list entry of the person&apos;s own item: &quot;Shoulder rolls · Yours&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PackFile</name>
    <message>
        <location filename="../src/core/import/PackFile.cpp" line="+45"/>
        <source>this is not an Unknot file: it does not say &quot;format&quot;: &quot;unknot-pack&quot;.</source>
        <translation>Das ist keine Unknot-Datei: Es fehlt „format“: „unknot-pack“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this Unknot file does not say which version of the format it uses.</source>
        <translation>Diese Unknot-Datei sagt nicht, welche Version des Formats sie verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a newer Unknot made this file (format %1); this one reads up to %2. Update Unknot to import it.</source>
        <translation>Ein neueres Unknot hat diese Datei erstellt (Format %1); dieses liest bis Format %2. Aktualisieren Sie Unknot, um sie zu übernehmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be a list of items.</source>
        <translation>„%1“ muss eine Liste von Einträgen sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out: an exercise must be a JSON object</source>
        <translation>ausgelassen: Eine Übung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>routine %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out: a routine must be a JSON object</source>
        <translation>ausgelassen: Ein Ablauf muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its role &quot;%1&quot; is left out: only built-in routines have one</source>
        <translation>seine Rolle „%1“ wird ausgelassen: Nur eingebaute Abläufe haben eine</translation>
    </message>
</context>
<context>
    <name>PainEntry</name>
    <message>
        <location filename="../src/core/journal/PainEntry.cpp" line="+12"/>
        <source>Choose a rating from 0 to 10.</source>
        <translation>Wählen Sie eine Bewertung von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose when this was.</source>
        <translation>Wählen Sie, wann das war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That time is in the future.</source>
        <translation>Diese Zeit liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is chosen twice; choose each place once.</source>
        <translation>„%1“ ist doppelt gewählt; wählen Sie jede Stelle nur einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark only one place as the worst.</source>
        <translation>Markieren Sie nur eine Stelle als die schlimmste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The note is %1 characters long; keep it to %2 or fewer.</source>
        <translation>Die Notiz ist %1 Zeichen lang; bitte höchstens %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst imaginable</source>
        <translation>Schlimmster vorstellbarer Schmerz</translation>
    </message>
</context>
<context>
    <name>PainRepository</name>
    <message>
        <location filename="../src/storage/PainRepository.cpp" line="+37"/>
        <source>before it</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after it</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The rating was not saved: </source>
        <translation>Die Bewertung wurde nicht gespeichert: </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The change was not saved: </source>
        <translation>Die Änderung wurde nicht gespeichert: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The change was not saved: that rating is no longer in the journal.</source>
        <translation>Die Änderung wurde nicht gespeichert: Diese Bewertung ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The rating was not deleted: </source>
        <translation>Die Bewertung wurde nicht gelöscht: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rating was not deleted: it is no longer in the journal.</source>
        <translation>Die Bewertung wurde nicht gelöscht: Sie ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rating could not be brought back: </source>
        <translation>Die Bewertung konnte nicht zurückgeholt werden: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is no longer in the journal.</source>
        <translation>sie ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the session has been rated %1 again since. Delete the newer rating first.</source>
        <translation>die Einheit wurde seitdem erneut bewertet (%1). Löschen Sie zuerst die neuere Bewertung.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The rating was not saved: this session already has a rating %1. Edit that one instead.</source>
        <translation>Die Bewertung wurde nicht gespeichert: Diese Einheit hat bereits eine Bewertung (%1). Bearbeiten Sie stattdessen diese.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The rating was not saved (at the place &quot;%1&quot;): </source>
        <translation>Die Bewertung wurde nicht gespeichert (bei der Stelle „%1“): </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>could not read places: </source>
        <translation>Stellen konnten nicht gelesen werden: </translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The rating was not saved: its session is no longer in the journal.</source>
        <translation>Die Bewertung wurde nicht gespeichert: Ihre Einheit ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rating was not saved: this session already has a rating.</source>
        <translation>Die Bewertung wurde nicht gespeichert: Diese Einheit hat bereits eine Bewertung.</translation>
    </message>
</context>
<context>
    <name>PhaseStyle</name>
    <message>
        <location filename="../src/app/session/PhaseStyle.cpp" line="+13"/>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift</source>
        <translation>Heben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower</source>
        <translation>Senken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your pace</source>
        <translation>Ihr Tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling normal?</source>
        <translation>Haut wieder normal?</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 min left</source>
        <translation>noch etwa %1 Min.</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <location filename="../src/core/session/PlanBuilder.cpp" line="+40"/>
        <location line="+3"/>
        <source>%1, %2</source>
        <extracomment>Spoken when a step starts: the step&apos;s name, then how much of it, e.g. &quot;Glute bridges, ten reps&quot;.
----------
Spoken: the step and its amount, then the number of sets, e.g. &quot;Chin tucks, ten reps, two sets&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The routine &quot;%1&quot; has no steps, so there is nothing to play.</source>
        <translation>Das Programm „%1“ hat keine Schritte, es gibt also nichts abzuspielen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rest between steps can&apos;t be negative.</source>
        <translation>Die Ruhepause zwischen den Schritten kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1 names the exercise &quot;%2&quot;, which is not in the library.</source>
        <translation>Schritt %1 nennt die Übung „%2“, die nicht in der Bibliothek ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skin check</source>
        <translation>Hautkontrolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The lead-in and the pause to switch sides can&apos;t be negative.</source>
        <translation>Die Vorlaufzeit und die Pause zum Seitenwechsel können nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message numerus="yes">
        <location filename="../src/core/session/PlanStep.cpp" line="+13"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>it has a negative length.</source>
        <translation>er hat eine negative Dauer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its range runs from %1 to %2, so the lowest is above the highest.</source>
        <translation>sein Bereich reicht von %1 bis %2, der kleinste Wert liegt also über dem größten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it needs at least one cycle.</source>
        <translation>er braucht mindestens einen Durchgang.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it needs at least one rep.</source>
        <translation>er braucht mindestens eine Wiederholung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each cycle must take some time.</source>
        <translation>jeder Durchgang muss etwas Zeit dauern.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each rep must take some time.</source>
        <translation>jede Wiederholung muss etwas Zeit dauern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its range runs from %1 to %2, so the shortest is above the longest.</source>
        <translation>sein Bereich reicht von %1 bis %2, die kürzeste Dauer liegt also über der längsten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a heat phase may last at most 20 minutes, and this one asks for %1.</source>
        <translation>eine Wärmephase darf höchstens 20 Minuten dauern, diese verlangt %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cold phase may last at most 20 minutes, and this one asks for %1.</source>
        <translation>eine Kältephase darf höchstens 20 Minuten dauern, diese verlangt %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it must last some time.</source>
        <translation>er muss etwas Zeit dauern.</translation>
    </message>
</context>
<context>
    <name>ReportMapPanel</name>
    <message numerus="yes">
        <location filename="../src/app/report/ReportMapPanel.cpp" line="+55"/>
        <location line="+65"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
        <source>%1–%n times</source>
        <extracomment>A shade in the legend of the report&apos;s body map: &quot;4–6 times&quot;.</extracomment>
        <translation>
            <numerusform>%1- bis %n-mal</numerusform>
            <numerusform>%1- bis %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No places on the body were marked in this period.</source>
        <translation>In diesem Zeitraum wurden keine Stellen am Körper markiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Marked most often</source>
        <translation>Am häufigsten markiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Marked</source>
        <extracomment>Before the shades of the report&apos;s body map: &quot;Marked [shade] 1–3 times [shade] 4–6 times …&quot;.</extracomment>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each place is shaded by how many ratings marked it. An area with no shape of its own on the map, such as the neck or the shoulder blades, is shaded on the muscles that lie there.</source>
        <translation>Jede Stelle ist umso dunkler, je öfter sie in einer Bewertung markiert wurde. Ein Bereich ohne eigene Form auf der Karte, etwa der Nacken oder die Schulterblätter, erscheint auf den Muskeln, die dort liegen.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <location filename="../src/app/report/ReportPainter.cpp" line="+36"/>
        <source>d MMM yyyy</source>
        <extracomment>Date formats in the report (QDate formats): with the year, then without.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln rated both times</source>
        <translation>
            <numerusform>%Ln beide Male bewertet</numerusform>
            <numerusform>%Ln beide Male bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average before</source>
        <translation>Schnitt vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average after</source>
        <translation>Schnitt nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average change</source>
        <translation>Veränderung im Schnitt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rating(s) in all</source>
        <translation>
            <numerusform>%Ln Bewertung insgesamt</numerusform>
            <numerusform>%Ln Bewertungen insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain out of 10</source>
        <translation>Schmerz von 10</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>MMM yyyy</source>
        <extracomment>A month under a long chart (QDate format): &quot;Jun 2024&quot;.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No pain ratings in this period.</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>average of all ratings per %1</source>
        <translation>Schnitt aller Bewertungen pro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a session</source>
        <translation>vor einer Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>average before, per %1</source>
        <translation>Schnitt vorher, pro %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a session</source>
        <translation>nach einer Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>average after, per %1</source>
        <translation>Schnitt nachher, pro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at other times</source>
        <translation>zu anderen Zeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>average at other times, per %1</source>
        <translation>Schnitt zu anderen Zeiten, pro %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg before</source>
        <translation>Ø vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg after</source>
        <translation>Ø nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg change</source>
        <translation>Ø Änderung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No sessions in this period.</source>
        <translation>Keine Einheiten in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/app/report/ReportWriter.cpp" line="+125"/>
        <source>Upper back pain: progress report</source>
        <translation>Verlaufsbericht: oberer Rücken</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared %1 with Unknot</source>
        <translation>Erstellt am %1 mit Unknot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain over time</source>
        <translation>Schmerz im Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 no pain · 1–3 mild · 4–6 moderate · 7–10 severe</source>
        <translation>0 kein Schmerz · 1–3 leicht · 4–6 mäßig · 7–10 stark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where it hurt</source>
        <translation>Wo es wehtat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>how often each place was marked in a rating</source>
        <translation>wie oft jede Stelle in einer Bewertung markiert wurde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 a week on average; %2 of %n week(s) with a session</source>
        <translation>
            <numerusform>im Schnitt %1 pro Woche; in %2 von %n Woche mit Einheit</numerusform>
            <numerusform>im Schnitt %1 pro Woche; in %2 von %n Wochen mit Einheit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routines done</source>
        <translation>Durchgeführte Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change = after minus before; below 0 is less pain</source>
        <translation>Änderung = nachher minus vorher; unter 0 heißt weniger Schmerz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These are the person&apos;s own pain ratings on the 0–10 scale, recorded in Unknot before and after self-care routines and at other times. Unknot is a self-care journal: it does not diagnose, and this report is not a medical assessment.</source>
        <translation>Dies sind die eigenen Schmerzbewertungen der Person auf der Skala von 0 bis 10, in Unknot vor und nach Selbsthilfe-Programmen sowie zu anderen Zeiten erfasst. Unknot ist ein Selbsthilfe-Tagebuch: Es stellt keine Diagnosen, und dieser Bericht ist keine medizinische Beurteilung.</translation>
    </message>
    <message>
        <location filename="../src/app/report/ReportWriter.cpp" line="-44"/>
        <source>routine %1</source>
        <translation>Programm %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>places %1</source>
        <translation>Stellen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <extracomment>Above the report when History was filtered: &quot;Only routine Desk micro-break; places neck&quot;.</extracomment>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the PDF could not be started.</source>
        <translation>das PDF konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <location filename="../src/app/safety/SafetyGate.cpp" line="+48"/>
        <source>Your safety check says to call emergency services now and not to exercise.</source>
        <translation>Nach Ihrem Sicherheitscheck sollten Sie jetzt den Notruf wählen und nicht trainieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your safety check says to see a doctor before you exercise.</source>
        <translation>Nach Ihrem Sicherheitscheck sollten Sie sich vor dem Training ärztlich untersuchen lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;You ticked:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Start only if a doctor has checked this and said exercise is fine, or if it is no longer true.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sie haben angekreuzt:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Starten Sie nur, wenn eine Ärztin oder ein Arzt das geprüft und Bewegung erlaubt hat, oder wenn es nicht mehr zutrifft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have followed this advice: start</source>
        <translation>Ich habe den Rat befolgt: starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the safety check again</source>
        <translation>Sicherheitscheck wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>SessionEngine</name>
    <message>
        <location filename="../src/core/session/SessionEngineSnapshot.cpp" line="+63"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cycle %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, cycle %2 of %3</source>
        <extracomment>After the set&apos;s name, as in &quot;Left side, rep 3 of 10&quot;.</extracomment>
        <translation>%1, Durchgang %2 von %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, rep %2 of %3</source>
        <translation>%1, Wiederholung %2 von %3</translation>
    </message>
</context>
<context>
    <name>SessionPlan</name>
    <message>
        <location filename="../src/core/session/SessionPlan.cpp" line="+25"/>
        <source>This plan has no steps, so there is nothing to play.</source>
        <translation>Dieser Plan hat keine Schritte, es gibt also nichts abzuspielen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The get-ready lead-in can&apos;t be negative.</source>
        <translation>Die Vorlaufzeit zum Bereitmachen kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pause to switch sides can&apos;t be negative.</source>
        <translation>Die Pause zum Seitenwechsel kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <location filename="../src/storage/SessionRepository.cpp" line="+37"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The session &quot;%1&quot; could not start: </source>
        <translation>Die Einheit „%1“ konnte nicht beginnen: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session %1 could not be taken over: </source>
        <translation>Einheit %1 konnte nicht übernommen werden: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>another Unknot that is still running holds it.</source>
        <translation>ein anderes, noch laufendes Unknot hält sie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>another Unknot took it first.</source>
        <translation>ein anderes Unknot hat sie zuerst übernommen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1 (&quot;%2&quot;) was not saved: </source>
        <translation>Schritt %1 („%2“) wurde nicht gespeichert: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>visit %1 of session %2 is already in the journal.</source>
        <translation>Durchlauf %1 von Einheit %2 steht schon im Tagebuch.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The end of session %1 was not saved: </source>
        <translation>Das Ende von Einheit %1 wurde nicht gespeichert: </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The empty session %1 was not removed: </source>
        <translation>Die leere Einheit %1 wurde nicht entfernt: </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Session %1 could not be closed: </source>
        <translation>Einheit %1 konnte nicht abgeschlossen werden: </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>session %1 is not in the journal.</source>
        <translation>Einheit %1 ist nicht im Tagebuch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>session %1 must be taken over first.</source>
        <translation>Einheit %1 muss zuerst übernommen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Unknot is writing session %1.</source>
        <translation>ein anderes Unknot schreibt Einheit %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>session %1 is %2, not running.</source>
        <translation>Einheit %1 ist %2, sie läuft nicht.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>could not read the steps of sessions: </source>
        <translation>die Schritte der Einheiten konnten nicht gelesen werden: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session was not deleted: </source>
        <translation>Die Einheit wurde nicht gelöscht: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session was not deleted: it is no longer in the journal.</source>
        <translation>Die Einheit wurde nicht gelöscht: Sie ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session could not be brought back: </source>
        <translation>Die Einheit konnte nicht zurückgeholt werden: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session could not be brought back: it is no longer in the journal.</source>
        <translation>Die Einheit konnte nicht zurückgeholt werden: Sie ist nicht mehr im Tagebuch.</translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <location filename="../src/core/session/SpokenWords.cpp" line="+31"/>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>eleven</source>
        <translation>elf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twelve</source>
        <translation>zwölf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thirteen</source>
        <translation>dreizehn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourteen</source>
        <translation>vierzehn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fifteen</source>
        <translation>fünfzehn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sixteen</source>
        <translation>sechzehn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seventeen</source>
        <translation>siebzehn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eighteen</source>
        <translation>achtzehn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nineteen</source>
        <translation>neunzehn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>twenty</source>
        <translation>zwanzig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thirty</source>
        <translation>dreißig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forty</source>
        <translation>vierzig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fifty</source>
        <translation>fünfzig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sixty</source>
        <translation>sechzig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seventy</source>
        <translation>siebzig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eighty</source>
        <translation>achtzig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ninety</source>
        <translation>neunzig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one</source>
        <comment>the unit 1 inside a larger number, as in twenty-one</comment>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1-%2</source>
        <extracomment>A number from 21 to 99 in words: %1 is the tens (twenty), %2 the unit (one).</extracomment>
        <translation>%2und%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 rep(s)</source>
        <extracomment>Spoken: %1 is the number in words.</extracomment>
        <translation>
            <numerusform>eine Wiederholung</numerusform>
            <numerusform>%1 Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 cycle(s)</source>
        <extracomment>Spoken: %1 is the number in words. A cycle is one contract-and-relax.</extracomment>
        <translation>
            <numerusform>ein Durchgang</numerusform>
            <numerusform>%1 Durchgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 set(s)</source>
        <extracomment>Spoken: %1 is the number in words. A set is one side or direction of an exercise.</extracomment>
        <translation>
            <numerusform>ein Satz</numerusform>
            <numerusform>%1 Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 second(s)</source>
        <extracomment>Spoken: %1 is the number in words.</extracomment>
        <translation>
            <numerusform>eine Sekunde</numerusform>
            <numerusform>%1 Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 minute(s)</source>
        <extracomment>Spoken: %1 is the number in words.</extracomment>
        <translation>
            <numerusform>eine Minute</numerusform>
            <numerusform>%1 Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Technique</name>
    <message>
        <location filename="../src/core/Technique.cpp" line="+18"/>
        <source>Hands-on therapy</source>
        <translation>Manuelle Therapie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-massage</source>
        <translation>Selbstmassage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat and cold</source>
        <translation>Wärme und Kälte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mind and breath</source>
        <translation>Geist und Atem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyday habits</source>
        <translation>Alltagsgewohnheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional help</source>
        <translation>Professionelle Hilfe</translation>
    </message>
</context>
<context>
    <name>ThermalPlan</name>
    <message>
        <location filename="../src/core/session/ThermalPlan.cpp" line="+26"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cold and heat</source>
        <translation>Kälte und Wärme</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lift the pack and look at the skin: stop if it is very red, pale, blistered, numb or tingling.</source>
        <translation>Nehmen Sie die Auflage ab und sehen Sie sich die Haut an: Hören Sie auf, wenn sie stark gerötet, blass, mit Blasen, taub oder kribbelig ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heat or cold may be applied for at most %1 minutes at a time; %2 minutes is too long.</source>
        <translation>Wärme oder Kälte darf höchstens %1 Minuten am Stück angewendet werden; %2 Minuten sind zu lang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A heat or cold phase lasts at least %1 minutes; %2 minutes is too short.</source>
        <translation>Eine Wärme- oder Kältephase dauert mindestens %1 Minuten; %2 Minuten sind zu kurz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose between 1 and %1 rounds; %2 is out of range.</source>
        <translation>Wählen Sie zwischen 1 und %1 Runden; %2 liegt außerhalb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The skin check lasts between %1 and %2 seconds; %3 is out of range.</source>
        <translation>Die Hautkontrolle dauert zwischen %1 und %2 Sekunden; %3 liegt außerhalb.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lead-in can&apos;t be negative.</source>
        <translation>Die Vorlaufzeit kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>WorkraveImport</name>
    <message>
        <location filename="../src/core/import/WorkraveImport.cpp" line="+101"/>
        <source>Imported from Workrave: %1</source>
        <translation>Aus Workrave übernommen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the picture &quot;%1&quot; is left out: it is not a file beside this one</source>
        <translation>das Bild „%1“ wird ausgelassen: Es ist keine Datei neben dieser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the picture &quot;%1&quot; is left out: it is not beside the file</source>
        <translation>das Bild „%1“ wird ausgelassen: Es liegt nicht neben der Datei</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>this is not a Workrave exercises file: it starts with &lt;%1&gt;, not &lt;exercises&gt;.</source>
        <translation>Das ist keine Workrave-Übungsdatei: Sie beginnt mit &lt;%1&gt;, nicht mit &lt;exercises&gt;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid XML at line %1: %2</source>
        <translation>kein gültiges XML in Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this Workrave file holds no exercises.</source>
        <translation>Diese Workrave-Datei enthält keine Übungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left out: an exercise without a title</source>
        <translation>ausgelassen: eine Übung ohne Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no &lt;sequence&gt; gives its length; Workrave&apos;s %1 seconds are used</source>
        <translation>keine &lt;sequence&gt; nennt ihre Dauer; es gelten Workraves %1 Sekunden</translation>
    </message>
</context>
<context>
    <name>unknot::BodyMapWidget</name>
    <message>
        <location filename="../src/app/figures/BodyMapWidget.cpp" line="+18"/>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show front</source>
        <translation>Vorderseite zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show back</source>
        <translation>Rücken zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the front of the body</source>
        <translation>Die Vorderseite des Körpers zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the back of the body</source>
        <translation>Den Rücken zeigen</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>%1 (left side)</source>
        <extracomment>A region of the body map on the person&apos;s left, e.g. &quot;Rhomboids (left side)&quot;.</extracomment>
        <translation>%1 (linke Seite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (right side)</source>
        <translation>%1 (rechte Seite)</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%1: marked %n time(s)</source>
        <extracomment>A body map tooltip in History: the place, then how often it was marked in the period.</extracomment>
        <translation>
            <numerusform>%1: %n-mal markiert</numerusform>
            <numerusform>%1: %n-mal markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::ContentTransfer</name>
    <message>
        <location filename="../src/app/library/ContentTransfer.cpp" line="+31"/>
        <source>Import exercises</source>
        <translation>Übungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise files (*.json *.xml *.unknot);;Unknot exercises and routines (*.json *.unknot);;Workrave exercises (*.xml);;free-exercise-db (exercises.json);;All files (*)</source>
        <translation>Übungsdateien (*.json *.xml *.unknot);;Unknot-Übungen und -Programme (*.json *.unknot);;Workrave-Übungen (*.xml);;free-exercise-db (exercises.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) added to your library. Find them under Exercises and Routines, marked &quot;Yours&quot;.</source>
        <translation>
            <numerusform>%n Eintrag wurde Ihrer Bibliothek hinzugefügt. Sie finden ihn unter Übungen und Programme, markiert als „Ihre“.</numerusform>
            <numerusform>%n Einträge wurden Ihrer Bibliothek hinzugefügt. Sie finden sie unter Übungen und Programme, markiert als „Ihre“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only your own routines can be shared</source>
        <translation>Nur eigene Programme lassen sich weitergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate this routine first: the copy is yours to change and share.</source>
        <translation>Duplizieren Sie dieses Programm zuerst: Die Kopie gehört Ihnen, Sie können sie ändern und weitergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share a routine</source>
        <translation>Ein Programm weitergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknot routines (*.json)</source>
        <translation>Unknot-Programme (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routine shared</source>
        <translation>Programm geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is saved in %1. On the other computer, open it with File → Import exercises.</source>
        <translation>Es ist in %1 gespeichert. Öffnen Sie es auf dem anderen Computer mit Datei → Übungen importieren.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The routine was not shared</source>
        <translation>Das Programm wurde nicht weitergegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>unknot::CuePlayer</name>
    <message>
        <location filename="../src/app/session/CuePlayer.cpp" line="+124"/>
        <location line="+109"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Get ready</source>
        <translation>Machen Sie sich bereit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold %1</source>
        <extracomment>Spoken: %1 is how long, in words (&quot;Hold thirty seconds&quot;).</extracomment>
        <translation>Halten, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat pack on, %1</source>
        <extracomment>Spoken: %1 is how long, in words (&quot;Heat pack on, fifteen minutes&quot;).</extracomment>
        <translation>Wärmeauflage auflegen, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold pack on, %1</source>
        <translation>Kälteauflage auflegen, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lift the pack and check your skin, %1</source>
        <translation>Auflage abnehmen und die Haut prüfen, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest %1</source>
        <translation>Ruhepause, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does your skin feel normal? Press space to go on to heat.</source>
        <translation>Fühlt sich Ihre Haut normal an? Drücken Sie die Leertaste, um mit Wärme weiterzumachen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+7"/>
        <source>%1. %2</source>
        <extracomment>Spoken: a step&apos;s name, then what to do (&quot;Wall angels. Hold thirty seconds&quot;).</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All done. Well done.</source>
        <translation>Geschafft. Gut gemacht.</translation>
    </message>
</context>
<context>
    <name>unknot::DeskCompanion</name>
    <message>
        <location filename="../src/app/shell/DeskCompanion.cpp" line="+69"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknot is still here</source>
        <translation>Unknot ist noch da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknot keeps running in the tray so it can remind you to take breaks. Click its icon to open it again; choose Quit in its menu to end it.</source>
        <translation>Unknot läuft im Infobereich weiter, damit es Sie an Pausen erinnern kann. Klicken Sie auf das Symbol, um es wieder zu öffnen; wählen Sie im Menü „Beenden“, um es zu beenden.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Gentle break reminders</source>
        <translation>Sanfte Pausenerinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper back pain often comes from sitting still for too long. Should Unknot suggest a short break after 50 minutes at the computer, on weekdays from 9:00 to 17:30? It counts only time you are at the keyboard, and never interrupts what you type. You can change this in Edit → Settings.</source>
        <translation>Schmerzen im oberen Rücken kommen oft von zu langem Stillsitzen. Soll Unknot nach 50 Minuten am Computer eine kurze Pause vorschlagen, werktags von 9:00 bis 17:30? Es zählt nur die Zeit, in der Sie an der Tastatur sind, und unterbricht nie, was Sie tippen. Sie können das unter Bearbeiten → Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>unknot::DoseForm</name>
    <message>
        <location filename="../src/app/editor/DoseForm.cpp" line="+52"/>
        <source>%1 to %2</source>
        <extracomment>A range of numbers in a dose: &quot;8 to 12&quot;.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source> s</source>
        <extracomment>After a number of seconds in a dose&apos;s boxes: &quot;2 s&quot;.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repetitions: lift, hold, lower</source>
        <translation>Wiederholungen: heben, halten, senken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles: contract, then relax</source>
        <translation>Durchgänge: anspannen, dann lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A timed hold</source>
        <translation>Halten nach Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counted as:</source>
        <translation>&amp;Gezählt als:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;How many:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lift</source>
        <translation>heben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>senken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each one:</source>
        <translation>Jede:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold at the top:</source>
        <translation>Oben halten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract</source>
        <translation>anspannen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relax</source>
        <translation>lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each cycle:</source>
        <translation>Jeder Durchgang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold &amp;for:</source>
        <translation>&amp;Halten für:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once, or names with commas</source>
        <translation>Einmal, oder Namen mit Kommas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dose is done once for each name, for example: Left side, Right side</source>
        <translation>Die Dosis wird für jeden Namen einmal gemacht, zum Beispiel: Linke Seite, Rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each si&amp;de</source>
        <translation>Jede Sei&amp;te</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once on the left side, then once on the right</source>
        <translation>Einmal links, dann einmal rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side, Right side</source>
        <translation>Linke Seite, Rechte Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sets:</source>
        <translation>&amp;Sätze:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Hold for %1 seconds</source>
        <translation>%1 Sekunden halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cycles: contract %2 s, relax %3 s</source>
        <translation>%1 Durchgänge: %2 s anspannen, %3 s lösen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 repetitions: lift %2 s, hold %3 s, lower %4 s</source>
        <translation>%1 Wiederholungen: %2 s heben, %3 s halten, %4 s senken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 repetitions: lift %2 s, lower %3 s</source>
        <translation>%1 Wiederholungen: %2 s heben, %3 s senken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; once each: %2</source>
        <extracomment>A dose done once per set: &quot;10 repetitions: lift 2 s, lower 2 s; once each: Left side, Right side&quot;.</extracomment>
        <translation>%1; je einmal: %2</translation>
    </message>
</context>
<context>
    <name>unknot::ExerciseEditor</name>
    <message>
        <location filename="../src/app/editor/ExerciseEditor.cpp" line="+52"/>
        <source>One step per line, in order</source>
        <translation>Ein Schritt pro Zeile, der Reihe nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why it helps (optional). A blank line starts a new paragraph.</source>
        <translation>Warum sie hilft (freiwillig). Eine Leerzeile beginnt einen neuen Absatz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who should skip it or ask a doctor or physiotherapist first (optional), one per line</source>
        <translation>Wer sie auslassen oder erst eine Ärztin, einen Arzt oder Physiotherapie fragen sollte (freiwillig), eins pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to stay safe while doing it (optional), one per line</source>
        <translation>Worauf Sie dabei achten (freiwillig), eins pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you call it, e.g. “Wall angels”</source>
        <translation>Wie Sie sie nennen, z. B. „Wandengel“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;How to do it</source>
        <translation>&amp;So geht es</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Muscles</source>
        <translation>&amp;Muskeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why and care</source>
        <translation>&amp;Warum und Vorsicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the exercise (Ctrl+S)</source>
        <translation>Übung speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line shown in the list (optional)</source>
        <translation>Eine Zeile für die Liste (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Kurz gesagt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitting on a chair</source>
        <translation>Auf einem Stuhl sitzend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing at a wall</source>
        <translation>An einer Wand stehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>Auf dem Boden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On a bed</source>
        <translation>Auf einem Bett</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Position:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. a towel, a resistance band (optional)</source>
        <translation>z. B. ein Handtuch, ein Widerstandsband (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Equipment:</source>
        <translation>&amp;Hilfsmittel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. from my physiotherapist, a link, a book (optional)</source>
        <translation>z. B. von meiner Physiotherapeutin, ein Link, ein Buch (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it &amp;came from:</source>
        <translation>&amp;Woher sie stammt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>W&amp;hy it helps:</source>
        <translation>Warum sie &amp;hilft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ask first:</source>
        <translation>&amp;Erst fragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take care:</source>
        <translation>&amp;Vorsicht:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One short line the player shows before you start (optional)</source>
        <translation>Eine kurze Zeile, die der Player vor dem Start zeigt (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Erinnerung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit exercise: %1</source>
        <translation>Übung bearbeiten: %1</translation>
    </message>
</context>
<context>
    <name>unknot::ExercisePicker</name>
    <message>
        <location filename="../src/app/editor/ExercisePicker.cpp" line="+27"/>
        <source>Search exercises…</source>
        <translation>Übungen suchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercises to add</source>
        <translation>Übungen zum Hinzufügen</translation>
    </message>
</context>
<context>
    <name>unknot::HistoryView</name>
    <message>
        <location filename="../src/app/journal/HistoryView.cpp" line="+77"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where and notes</source>
        <translation>Wo und Notizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log pain…</source>
        <translation>Eintragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate your pain now (Ctrl+L)</source>
        <translation>Ihren Schmerz jetzt bewerten (Strg+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected rating (Enter)</source>
        <translation>Die ausgewählte Bewertung ändern (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected row (Delete); Ctrl+Z brings it back</source>
        <translation>Die ausgewählte Zeile löschen (Entf); Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The chart cannot be shown: part of Unknot is missing. Installing Unknot again brings it back.</source>
        <translation>Das Diagramm kann nicht angezeigt werden, weil ein Teil von Unknot fehlt. Wenn Sie Unknot neu installieren, ist es wieder da.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;By routine&lt;/b&gt; — average pain before and after</source>
        <translation>&lt;b&gt;Nach Programm&lt;/b&gt; – durchschnittlicher Schmerz vorher und nachher</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Gewählte Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMM yyyy</source>
        <extracomment>The date boxes&apos; format (QDate format): &quot;3 Jun 2024&quot;.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All routines</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anywhere</source>
        <translation>Alle Stellen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>from</source>
        <extracomment>Between the period box and the first date: &quot;Chosen dates from 1 Jun 2024 to 30 Jun 2024&quot;.</extracomment>
        <translation>vom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No ratings or sessions in this period yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Bewertungen oder Einheiten.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s), no sessions in this period.</source>
        <translation>
            <numerusform>%n Bewertung, keine Einheiten in diesem Zeitraum.</numerusform>
            <numerusform>%n Bewertungen, keine Einheiten in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n&lt;/b&gt; session(s) · average pain before &lt;b&gt;%1&lt;/b&gt;, after &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Einheit · Schmerz im Schnitt vorher &lt;b&gt;%1&lt;/b&gt;, nachher &lt;b&gt;%2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Einheiten · Schmerz im Schnitt vorher &lt;b&gt;%1&lt;/b&gt;, nachher &lt;b&gt;%2&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Days in a row with a session: &lt;b&gt;%1&lt;/b&gt; (longest %2)</source>
        <translation>Tage in Folge mit einer Einheit: &lt;b&gt;%1&lt;/b&gt; (längste Serie %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your journal could not be read, so History is not shown. %1</source>
        <translation>Ihr Tagebuch konnte nicht gelesen werden, daher wird der Verlauf nicht angezeigt. %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ddd d MMM, HH:mm</source>
        <extracomment>Date formats of the timeline (QDateTime formats): this year&apos;s, then an earlier year&apos;s.</extracomment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain rating</source>
        <translation>Schmerzbewertung</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>d MMM HH:mm</source>
        <extracomment>When a deleted row was, for the Undo button (QDateTime format): &quot;Undo: delete the rating (3 Jun 14:05)&quot;.</extracomment>
        <translation>d. MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete %1 (%2)</source>
        <translation>%1 (%2) löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session could not be deleted: %1</source>
        <translation>Die Einheit konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete the rating (%1)</source>
        <translation>Bewertung (%1) löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rating could not be deleted: %1</source>
        <translation>Die Bewertung konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>unknot::ImportDialog</name>
    <message>
        <location filename="../src/app/library/ImportDialog.cpp" line="+24"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import exercises</source>
        <translation>Übungen importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 new, %2 updated, %3 already there, %4 skipped.</source>
        <translation>%1 neu, %2 aktualisiert, %3 schon vorhanden, %4 übersprungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag importieren</numerusform>
            <numerusform>%n Einträge importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is written until you press Import. Your own items are marked &quot;Yours&quot; in the library and can be edited.</source>
        <translation>Es wird nichts gespeichert, bevor Sie auf Importieren drücken. Ihre eigenen Einträge sind in der Bibliothek als „Ihre“ markiert und lassen sich bearbeiten.</translation>
    </message>
</context>
<context>
    <name>unknot::Journal</name>
    <message>
        <location filename="../src/storage/SafetyRepository.cpp" line="+25"/>
        <source>The answers were not saved: </source>
        <translation>Die Antworten wurden nicht gespeichert: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is nothing to save.</source>
        <translation>es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../src/storage/SqlSupport.cpp" line="+66"/>
        <source>the disk is full. Free some space, then try again.</source>
        <translation>der Datenträger ist voll. Schaffen Sie etwas Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal is read-only. Check that the file and its folder belong to you and are not read-only, then try again.</source>
        <translation>das Tagebuch ist schreibgeschützt. Prüfen Sie, ob die Datei und ihr Ordner Ihnen gehören und nicht schreibgeschützt sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the journal is busy. Wait a moment, then try again.</source>
        <translation>das Tagebuch ist gerade belegt. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal could not be read or written. Check the disk, then try again.</source>
        <translation>das Tagebuch konnte nicht gelesen oder geschrieben werden. Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of it breaks a rule of the journal (%1).</source>
        <translation>ein Teil davon verstößt gegen eine Regel des Tagebuchs (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the journal could not be written (%1). Try again.</source>
        <translation>das Tagebuch konnte nicht geschrieben werden (%1). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>unknot::JournalFileTask</name>
    <message>
        <location filename="../src/app/journal/JournalFileTask.cpp" line="-109"/>
        <source>Import a journal</source>
        <translation>Ein Tagebuch importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the sessions and ratings in %1 to your journal…</source>
        <translation>Die Einheiten und Schmerzbewertungen aus %1 kommen in Ihr Tagebuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving your journal to %1…</source>
        <translation>Ihr Tagebuch wird in %1 gespeichert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stopping; nothing will be changed…</source>
        <translation>Wird angehalten; nichts wird geändert…</translation>
    </message>
</context>
<context>
    <name>unknot::LanguageMenu</name>
    <message>
        <location filename="../src/app/shell/LanguageMenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknot will use your system’s language the next time it starts.</source>
        <translation>Unknot verwendet beim nächsten Start die Sprache Ihres Systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknot will use %1 the next time it starts.</source>
        <translation>Unknot verwendet beim nächsten Start %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Restart Unknot now?</source>
        <translation>Unknot jetzt neu starten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A session is open, so it stays as it is until you restart Unknot yourself.</source>
        <translation>Gerade ist eine Einheit offen, daher bleibt alles so, bis Sie Unknot selbst neu starten.</translation>
    </message>
</context>
<context>
    <name>unknot::LibraryView</name>
    <message>
        <location filename="../src/app/library/LibraryView.cpp" line="+111"/>
        <source>Start a guided session (Ctrl+Enter)</source>
        <translation>Eine angeleitete Einheit starten (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How the exercise moves</source>
        <translation>So bewegt sich die Übung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start a guided session</source>
        <translation>Eine angeleitete Einheit starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items in this section</source>
        <translation>Einträge in diesem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <extracomment>A section&apos;s name with the number of items in it, e.g. &quot;Muscles (12)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>▶  Start this routine</source>
        <translation>▶  Dieses Programm starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶  Start this exercise</source>
        <translation>▶  Diese Übung starten</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Nothing found for “%1”</source>
        <translation>Nichts gefunden für „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Found %n</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;Check the spelling of “%1”, or try a shorter or different word, such as a place (“neck”) or what you want to do (“stretch”).&lt;/p&gt;&lt;p&gt;Or browse the sections: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prüfen Sie die Schreibweise von „%1“ oder versuchen Sie ein kürzeres oder anderes Wort, etwa eine Körperstelle („neck“) oder was Sie tun möchten („stretch“). Die Bibliothek ist auf Englisch, suchen Sie daher mit englischen Wörtern.&lt;/p&gt;&lt;p&gt;Oder blättern Sie in den Bereichen: %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>unknot::MainWindow</name>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="+95"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your pain over time and every session (Ctrl+H)</source>
        <translation>Ihr Schmerz im Verlauf und jede Einheit (Strg+H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward ›</source>
        <translation>Vor ›</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the library (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search the library</source>
        <translation>In der Bibliothek suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When to see a doctor</source>
        <translation>Wann zum Arzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs that need a doctor, and what to do (F1)</source>
        <translation>Anzeichen, die ärztlichen Rat brauchen, und was zu tun ist (F1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import exercises…</source>
        <translation>Übungen &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Share this routine…</source>
        <translation>Dieses Programm &amp;weitergeben …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save one of your routines, with your exercises in it, to a file another Unknot imports</source>
        <translation>Eines Ihrer Programme mit Ihren Übungen darin in eine Datei speichern, die ein anderes Unknot importieren kann</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log pain…</source>
        <translation>Schmerz &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Report for your physiotherapist (PDF)…</source>
        <translation>&amp;Bericht für Ihre Physiotherapie (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+399"/>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <location line="-398"/>
        <location line="+6"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+392"/>
        <source>Import a journal</source>
        <translation>Ein Tagebuch importieren</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Safety check…</source>
        <translation>&amp;Sicherheitscheck…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Weniger Bewegung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the exercises as still pictures with an arrow instead of moving figures</source>
        <translation>Die Übungen als ruhende Bilder mit einem Pfeil zeigen statt als bewegte Figuren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Unknot</source>
        <translation>Über &amp;Unknot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Unknot</source>
        <translation>Über Unknot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Unknot %1&lt;/h3&gt;&lt;p&gt;Learn what tightens your upper back, follow gentle routines at your desk, and see whether they help.&lt;/p&gt;&lt;p&gt;Unknot does not diagnose. If you notice a warning sign, see a doctor.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Unknot %1&lt;/h3&gt;&lt;p&gt;Erfahren Sie, was Ihren oberen Rücken verspannt, folgen Sie sanften Programmen am Schreibtisch und sehen Sie, ob sie helfen.&lt;/p&gt;&lt;p&gt;Unknot stellt keine Diagnosen. Wenn Sie ein Warnzeichen bemerken, lassen Sie sich ärztlich untersuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start this routine or exercise</source>
        <translation>Dieses Programm oder diese Übung &amp;starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desk micro-break</source>
        <translation>&amp;Kurzpause am Schreibtisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Routines</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R&amp;est between steps</source>
        <translation>Ruhepause &amp;zwischen den Schritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the routine says</source>
        <translation>Wie im Programm vorgesehen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Heat and cold timer…</source>
        <translation>&amp;Wärme- und Kälte-Timer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate pain &amp;before each session</source>
        <translation>Schmerz vor jeder Einheit &amp;bewerten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mini player</source>
        <translation>&amp;Mini-Player</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A 3 to 5 minute routine for your desk (Ctrl+B)</source>
        <translation>Ein Programm von 3 bis 5 Minuten für den Schreibtisch (Strg+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time heat, cold or both safely (Ctrl+T)</source>
        <translation>Wärme, Kälte oder beides sicher zeitlich steuern (Strg+T)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Nothing to start</source>
        <translation>Nichts zu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no routine or exercise called “%1”. The routines are: %2.</source>
        <translation>Es gibt kein Programm und keine Übung namens „%1“. Die Programme sind: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish or end the session first.</source>
        <translation>Schließen Sie zuerst die laufende Einheit ab oder beenden Sie sie.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your journal could not be opened</source>
        <translation>Ihr Tagebuch konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknot has backups of this journal. Restore one now?</source>
        <translation>Unknot hat Sicherungen dieses Tagebuchs. Jetzt eine wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>unknot::MiniPlayer</name>
    <message>
        <location filename="../src/app/session/MiniPlayer.cpp" line="+50"/>
        <source>Pause or carry on (P)</source>
        <translation>Pausieren oder weitermachen (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the big player (M or Enter)</source>
        <translation>Zurück zum großen Player (M oder Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the big player</source>
        <translation>Den großen Player öffnen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>unknot::MusclePicker</name>
    <message>
        <location filename="../src/app/editor/MusclePicker.cpp" line="+37"/>
        <source>Muscles it works</source>
        <translation>Muskeln, die sie trainiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap the muscles it works on the body, or tick them in the list. The first one you choose is the main one.</source>
        <translation>Tippen Sie die Muskeln am Körper an oder haken Sie sie in der Liste ab. Der erste, den Sie wählen, ist der wichtigste.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No muscle chosen yet.</source>
        <translation>Noch kein Muskel gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works: %1</source>
        <translation>Trainiert: %1</translation>
    </message>
</context>
<context>
    <name>unknot::OwnItemActions</name>
    <message>
        <location filename="../src/app/editor/OwnItemActions.cpp" line="+30"/>
        <source>&amp;Routines</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New routine…</source>
        <translation>&amp;Neues Programm …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New e&amp;xercise…</source>
        <translation>Neue Ü&amp;bung …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose one of yours</source>
        <translation>Wählen Sie etwas Eigenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open one of your own routines or exercises first. Unknot&apos;s own stay as they are; Duplicate makes a copy you can change.</source>
        <translation>Öffnen Sie zuerst ein eigenes Programm oder eine eigene Übung. Die von Unknot bleiben, wie sie sind; „Duplizieren“ macht eine Kopie, die Sie ändern können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a routine or an exercise first.</source>
        <translation>Öffnen Sie zuerst ein Programm oder eine Übung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Make your own copy?</source>
        <translation>Eine eigene Kopie machen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknot&apos;s own routines and exercises stay as they are. You can make a copy of this one and change the copy as you like.</source>
        <translation>Die Programme und Übungen von Unknot bleiben, wie sie sind. Sie können eine Kopie machen und die Kopie ganz nach Ihrem Wunsch ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make a copy</source>
        <translation>&amp;Kopie machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 (my copy)</source>
        <extracomment>The name of a copy the person made of a routine or exercise.</extracomment>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of “%1” from Unknot&apos;s library</source>
        <translation>Eine Kopie von „%1“ aus der Bibliothek von Unknot</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It goes from your library. Undo (Ctrl+Z) brings it back until you close Unknot. Your History keeps the sessions you did with it.</source>
        <translation>Es verschwindet aus Ihrer Bibliothek. „Rückgängig“ (Strg+Z) holt es zurück, bis Sie Unknot schließen. Ihr Verlauf behält die Einheiten, die Sie damit gemacht haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete “%1”</source>
        <extracomment>What Undo undoes after deleting an own item: &quot;Undo delete “Morning shoulders”&quot;.</extracomment>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>unknot::OwnItemBar</name>
    <message>
        <location filename="../src/app/library/OwnItemBar.cpp" line="+15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change this routine or exercise (Ctrl+E)</source>
        <translation>Dieses Programm oder diese Übung ändern (Strg+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make your own copy to change (Ctrl+Shift+D)</source>
        <translation>Eine eigene Kopie zum Ändern machen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it; Undo brings it back (Ctrl+Z)</source>
        <translation>Löschen; „Rückgängig“ holt es zurück (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>unknot::PainRatingDialog</name>
    <message>
        <location filename="../src/app/journal/PainRatingDialog.cpp" line="+61"/>
        <source>Your disk is full, so this rating was not saved. Free some space on your disk, then press Save again: your entry is still here.</source>
        <translation>Ihr Datenträger ist voll, daher wurde diese Bewertung nicht gespeichert. Schaffen Sie etwas Platz und drücken Sie dann erneut auf Speichern: Ihr Eintrag ist noch da.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1 Your entry is still here; try again.</source>
        <translation>Nicht gespeichert: %1 Ihr Eintrag ist noch da; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How do you feel now?</source>
        <translation>Wie fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log your pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>How much does it hurt right now?</source>
        <translation>Wie stark tut es gerade weh?</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How much does it hurt now that you have finished?</source>
        <translation>Wie stark tut es jetzt nach dem Programm weh?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much did it hurt?</source>
        <translation>Wie stark tat es weh?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>0 no pain  ·  1–3 mild  ·  4–6 moderate  ·  7–10 severe  ·  10 worst imaginable</source>
        <translation>0 kein Schmerz · 1–3 leicht · 4–6 mäßig · 7–10 stark · 10 schlimmstmöglich</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tap the places that hurt on the body, or tick them in the list. Tap a place again where it hurts most; a third tap clears it.</source>
        <translation>Tippen Sie am Körper auf die Stellen, die schmerzen, oder haken Sie sie in der Liste an. Tippen Sie die Stelle, die am meisten schmerzt, ein zweites Mal an; ein drittes Tippen hebt die Auswahl wieder auf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>The format of the time box (QDateTime format): &quot;3 Jun 2024, 14:05&quot;.</extracomment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything worth remembering (optional)</source>
        <translation>Was Sie sich merken möchten (freiwillig)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hurts most</source>
        <translation>Am stärksten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (muscle)</source>
        <translation>%1 (Muskel)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not marked</source>
        <extracomment>The hurts-most box when no place is marked as hurting most.</extracomment>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Press a number from 0 to 10.</source>
        <translation>Drücken Sie eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose a rating from 0 to 10.</source>
        <translation>Wählen Sie eine Bewertung von 0 bis 10.</translation>
    </message>
</context>
<context>
    <name>unknot::PainRiseDialog</name>
    <message>
        <location filename="../src/app/session/PainRiseDialog.cpp" line="+15"/>
        <source>Your pain went up</source>
        <translation>Ihr Schmerz ist gestiegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pain went up from %1 to %2</source>
        <translation>Ihr Schmerz ist von %1 auf %2 gestiegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Please stop doing &lt;b&gt;%1&lt;/b&gt; for now and give your back a rest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bitte hören Sie vorerst mit &lt;b&gt;%1&lt;/b&gt; auf und gönnen Sie Ihrem Rücken eine Pause.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;If you would like to keep moving, a gentler routine may suit you better today: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn Sie in Bewegung bleiben möchten, passt heute vielleicht ein sanfteres Programm besser: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;This has now happened %n times in a row.&lt;/b&gt; Please see a physiotherapist or your doctor before you do this routine again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Das ist jetzt %n-mal in Folge passiert.&lt;/b&gt; Bitte lassen Sie sich physiotherapeutisch oder ärztlich beraten, bevor Sie dieses Programm wieder machen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Das ist jetzt %n-mal in Folge passiert.&lt;/b&gt; Bitte lassen Sie sich physiotherapeutisch oder ärztlich beraten, bevor Sie dieses Programm wieder machen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;If this keeps happening, please see a physiotherapist or your doctor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn das öfter passiert, lassen Sie sich bitte physiotherapeutisch oder ärztlich beraten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;If you notice numbness, tingling, weakness, chest pain or shortness of breath, see a doctor straight away (Help → When to see a doctor).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn Sie Taubheit, Kribbeln, Schwäche, Brustschmerzen oder Atemnot bemerken, lassen Sie sich sofort ärztlich untersuchen (Hilfe → Wann zum Arzt).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I will rest</source>
        <translation>Ich ruhe mich aus</translation>
    </message>
</context>
<context>
    <name>unknot::PlayerWindow</name>
    <message>
        <location filename="../src/app/session/PlayerWindow.cpp" line="+58"/>
        <source>%1 — Unknot</source>
        <translation>%1 – Unknot</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Count a rep  (Space)</source>
        <translation>Wiederholung zählen  (Leertaste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press after each rep</source>
        <translation>Nach jeder Wiederholung drücken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My skin feels normal: go on  (Space)</source>
        <translation>Meine Haut fühlt sich normal an: weiter  (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press when your skin feels and looks normal again. If it feels numb or tingly, or looks very red or pale, end here instead.</source>
        <translation>Drücken Sie, wenn sich Ihre Haut wieder normal anfühlt und normal aussieht. Fühlt sie sich taub oder kribbelig an oder ist sie stark gerötet oder blass, beenden Sie stattdessen hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step (Left)</source>
        <translation>Vorheriger Schritt (Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart step</source>
        <translation>Schritt neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start this step again (R)</source>
        <translation>Diesen Schritt noch einmal beginnen (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+283"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Pause or resume (P)</source>
        <translation>Pausieren oder fortsetzen (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step (Right)</source>
        <translation>Nächster Schritt (Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− rep</source>
        <translation>− Wdh.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One rep less (-)</source>
        <translation>Eine Wiederholung weniger (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ rep</source>
        <translation>+ Wdh.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One rep more (+)</source>
        <translation>Eine Wiederholung mehr (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the session (Esc)</source>
        <translation>Die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Count reps myself (S)</source>
        <translation>Wiederholungen selbst zählen (S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mini player (M)</source>
        <translation>Mini-Player (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small player that stays on top of your work</source>
        <translation>Ein kleiner Player, der über Ihrer Arbeit im Vordergrund bleibt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Well done.
You finished %1.</source>
        <translation>Gut gemacht.
Sie haben %1 geschafft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ended.
Nothing was finished, so it is not kept as a session in your journal.</source>
        <translation>Einheit beendet.
Es wurde nichts abgeschlossen, daher erscheint sie nicht als Einheit in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ended.
The steps you finished are saved.</source>
        <translation>Einheit beendet.
Die abgeschlossenen Schritte sind gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numb, tingling, very red or pale? Press End: no heat today.</source>
        <translation>Taub, kribbelig, stark gerötet oder blass? Drücken Sie Beenden: heute keine Wärme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused while your computer was asleep. Press Space to carry on.</source>
        <translation>Pausiert, während Ihr Computer im Ruhezustand war. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>End the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You have finished %1 of %n step(s). End the session now? The steps you finished are already saved.</source>
        <translation>
            <numerusform>Sie haben %1 von %n Schritt geschafft. Die Einheit jetzt beenden? Die abgeschlossenen Schritte sind schon gespeichert.</numerusform>
            <numerusform>Sie haben %1 von %n Schritten geschafft. Die Einheit jetzt beenden? Die abgeschlossenen Schritte sind schon gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>unknot::RedFlagCheckDialog</name>
    <message>
        <location filename="../src/app/safety/RedFlagCheckDialog.cpp" line="+29"/>
        <source>A quick safety check</source>
        <translation>Ein kurzer Sicherheitscheck</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You last answered on %1.</source>
        <translation>Zuletzt beantwortet am %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>&lt;h2&gt;New questions in the safety check&lt;/h2&gt;&lt;p&gt;The safety check has %n new question(s) since you last answered. Tick anything that is true for you now. Your earlier answers are kept.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Neue Fragen im Sicherheitscheck&lt;/h2&gt;&lt;p&gt;Seit Ihren letzten Antworten hat der Sicherheitscheck %n neue Frage. Kreuzen Sie alles an, was jetzt auf Sie zutrifft. Ihre früheren Antworten bleiben erhalten.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Neue Fragen im Sicherheitscheck&lt;/h2&gt;&lt;p&gt;Seit Ihren letzten Antworten hat der Sicherheitscheck %n neue Fragen. Kreuzen Sie alles an, was jetzt auf Sie zutrifft. Ihre früheren Antworten bleiben erhalten.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;A quick safety check&lt;/h2&gt;&lt;p&gt;Before you start, tick anything that is true for you now. Most people tick nothing. Unknot does not diagnose; this only tells you when to see a doctor first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ein kurzer Sicherheitscheck&lt;/h2&gt;&lt;p&gt;Bevor Sie beginnen, kreuzen Sie bitte alles an, was jetzt auf Sie zutrifft. Die meisten kreuzen nichts an. Unknot stellt keine Diagnosen; dies zeigt Ihnen nur, wann Sie zuerst ärztlichen Rat brauchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Call emergency services now</source>
        <translation>Rufen Sie jetzt den Notruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;You ticked:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Do not exercise. Call your local emergency number straight away.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie haben angekreuzt:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Bitte trainieren Sie nicht. Wählen Sie sofort den Notruf (in Europa 112).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your answers could not be saved: %1</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&lt;h2&gt;Please see a doctor before you exercise&lt;/h2&gt;&lt;p&gt;You ticked:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;These signs need a doctor&apos;s look first. Until then, please don&apos;t start the routines in Unknot. You can still read the library.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bitte lassen Sie sich vor dem Training ärztlich untersuchen&lt;/h2&gt;&lt;p&gt;Sie haben angekreuzt:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Diese Anzeichen sollte zuerst eine Ärztin oder ein Arzt ansehen. Bis dahin starten Sie bitte keine Programme in Unknot. Die Bibliothek können Sie weiter lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Thank you&lt;/h2&gt;&lt;p&gt;Nothing you ticked needs a doctor first. Go gently, and stop any routine if your pain rises or becomes sharp.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Danke&lt;/h2&gt;&lt;p&gt;Nichts von dem, was Sie angekreuzt haben, braucht zuerst ärztlichen Rat. Gehen Sie es sanft an und hören Sie mit jedem Programm auf, wenn Ihr Schmerz zunimmt oder stechend wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;You can run this check any time from Help → Safety check.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie können diesen Check jederzeit über Hilfe → Sicherheitscheck wiederholen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>unknot::ReminderPage</name>
    <message>
        <location filename="../src/app/shell/ReminderPage.cpp" line="+19"/>
        <source>Remind me to take a short break</source>
        <translation>Mich an eine kurze Pause erinnern</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+31"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;After, at the computer:</source>
        <translation>&amp;Nach, am Computer:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HH:mm</source>
        <extracomment>How working hours are shown in the reminders&apos; settings (QTime format).</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;Later&quot; waits:</source>
        <translation>„Später“ wartet:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>times in a row</source>
        <translation>Mal hintereinander</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Offer:</source>
        <translation>&amp;Anbieten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reminder never takes the keyboard from what you are typing. None comes during a routine, just after one, or outside these hours; time away from the computer counts as a break.</source>
        <translation>Eine Erinnerung nimmt Ihnen nie die Tastatur weg, während Sie tippen. Keine kommt während eines Programms, kurz danach oder außerhalb dieser Zeiten; Zeit fern vom Computer zählt als Pause.</translation>
    </message>
</context>
<context>
    <name>unknot::ReminderWindow</name>
    <message>
        <location filename="../src/app/reminders/ReminderWindow.cpp" line="+22"/>
        <source>Break reminder</source>
        <translation>Pausenerinnerung</translation>
    </message>
</context>
<context>
    <name>unknot::Reminders</name>
    <message>
        <location filename="../src/app/reminders/Reminders.cpp" line="+149"/>
        <source>Time for a short break</source>
        <translation>Zeit für eine kurze Pause</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You have been at the computer for %n minute(s). A few minutes of movement ease the upper back and shoulders.</source>
        <translation>
            <numerusform>Sie sitzen seit %n Minute am Computer. Ein paar Minuten Bewegung entlasten den oberen Rücken und die Schultern.</numerusform>
            <numerusform>Sie sitzen seit %n Minuten am Computer. Ein paar Minuten Bewegung entlasten den oberen Rücken und die Schultern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Break reminders are off.</source>
        <translation>Pausenerinnerungen sind aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders while a routine plays.</source>
        <translation>Keine Erinnerungen, während ein Programm läuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders are paused until %1.</source>
        <translation>Erinnerungen ruhen bis %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reminders outside your working hours.</source>
        <translation>Keine Erinnerungen außerhalb Ihrer Arbeitszeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are away: the count starts again when you are back.</source>
        <translation>Sie sind fort: Die Zählung beginnt neu, wenn Sie zurück sind.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Next break reminder in %n minute(s).</source>
        <translation>
            <numerusform>Nächste Pausenerinnerung in %n Minute.</numerusform>
            <numerusform>Nächste Pausenerinnerung in %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The break reminder comes back in a few minutes.</source>
        <translation>Die Pausenerinnerung kommt in ein paar Minuten wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break reminder waits until do-not-disturb or the full-screen window ends.</source>
        <translation>Eine Pausenerinnerung wartet, bis „Nicht stören“ oder das Vollbildfenster endet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time for a short break.</source>
        <translation>Zeit für eine kurze Pause.</translation>
    </message>
</context>
<context>
    <name>unknot::RestoreDialog</name>
    <message>
        <location filename="../src/app/journal/RestoreDialog.cpp" line="+23"/>
        <location line="+63"/>
        <location line="+4"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>There are no backups of this journal yet. Unknot makes one each day you open it, and before every update and import.</source>
        <translation>Von diesem Tagebuch gibt es noch keine Sicherungen. Unknot legt an jedem Tag, an dem Sie es öffnen, eine an, außerdem vor jeder Aktualisierung und jedem Import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the backup to bring back. Your journal file as it is now is kept in the backups folder first.</source>
        <translation>Wählen Sie die Sicherung, die zurückgeholt werden soll. Ihre Tagebuchdatei wird vorher in ihrem jetzigen Zustand im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Your journal as it is now is kept as a backup first.</source>
        <translation>Ihr Tagebuch wird vorher in seinem jetzigen Zustand gesichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file that could not be used is kept in the backups folder first.</source>
        <translation>Die Tagebuchdatei, die nicht verwendet werden konnte, wird vorher im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknot will bring back the journal as it was on %1. %2</source>
        <translation>Unknot holt das Tagebuch so zurück, wie es am %1 war. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal is back as it was on %1. The backups folder is %2.</source>
        <translation>Ihr Tagebuch ist wieder so, wie es am %1 war. Der Sicherungsordner ist %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pain entry(s)</source>
        <translation>
            <numerusform>%n Schmerzeintrag</numerusform>
            <numerusform>%n Schmerzeinträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>unknot::RoutineEditor</name>
    <message>
        <location filename="../src/app/editor/RoutineEditor.cpp" line="+49"/>
        <source>A name you will recognise, e.g. “Morning shoulders”</source>
        <translation>Ein Name, den Sie wiedererkennen, z. B. „Schultern am Morgen“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About this routine</source>
        <translation>Ü&amp;ber dieses Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Programm speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add e&amp;xercise</source>
        <translation>Ü&amp;bung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exercise chosen above after the chosen step (or Enter in the search field)</source>
        <translation>Die oben gewählte Übung nach dem gewählten Schritt einfügen (oder Eingabetaste im Suchfeld)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+ &amp;Rest</source>
        <translation>+ &amp;Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ &amp;Heat</source>
        <translation>+ &amp;Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ C&amp;old</source>
        <translation>+ &amp;Kälte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steps, in order</source>
        <translation>Schritte, der Reihe nach</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>▲ Up</source>
        <translation>▲ Hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen step up (Alt+Up)</source>
        <translation>Gewählten Schritt nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ Down</source>
        <translation>▼ Runter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen step down (Alt+Down)</source>
        <translation>Gewählten Schritt nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the chosen step out (Delete in the list)</source>
        <translation>Gewählten Schritt herausnehmen (Entf in der Liste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;est between steps:</source>
        <translation>P&amp;ause zwischen Schritten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One line shown in the list (optional)</source>
        <translation>Eine Zeile für die Liste (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Kurz gesagt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>Auf dem Boden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a bed</source>
        <translation>Auf einem Bett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is for, and anything to remember. A blank line starts a new paragraph.</source>
        <translation>Wofür es gut ist und was Sie sich merken möchten. Eine Leerzeile beginnt einen neuen Absatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit routine: %1</source>
        <translation>Programm bearbeiten: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Heat, %1</source>
        <translation>Wärme, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold, %1</source>
        <translation>Kälte, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rest, %1</source>
        <translation>Pause, %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Takes %1</source>
        <translation>Dauert %1</translation>
    </message>
</context>
<context>
    <name>unknot::SessionController</name>
    <message>
        <location filename="../src/app/session/SessionController.cpp" line="+85"/>
        <source>Heat and cold</source>
        <translation>Wärme und Kälte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A session is already running</source>
        <translation>Es läuft bereits eine Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish or end the session that is running before you start another one.</source>
        <translation>Schließen Sie die laufende Einheit ab oder beenden Sie sie, bevor Sie eine neue starten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This session cannot be played</source>
        <translation>Diese Einheit kann nicht abgespielt werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This session will not be saved</source>
        <translation>Diese Einheit wird nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your disk is full, so Unknot cannot save this session. You can still follow it, but it will not appear in your history. Free some space on your disk so that the next one is saved.</source>
        <translation>Ihr Datenträger ist voll, daher kann Unknot diese Einheit nicht speichern. Sie können ihr trotzdem folgen, aber sie erscheint nicht in Ihrem Verlauf. Schaffen Sie etwas Platz, damit die nächste gespeichert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknot could not write to your journal. You can still follow the session, but it will not appear in your history.</source>
        <translation>Unknot konnte nicht in Ihr Tagebuch schreiben. Sie können der Einheit trotzdem folgen, aber sie erscheint nicht in Ihrem Verlauf.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>This session is no longer saved here</source>
        <translation>Diese Einheit wird hier nicht mehr gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Unknot window has taken over this session, so this one stops saving it. You can still follow it to the end.</source>
        <translation>Ein anderes Unknot-Fenster hat diese Einheit übernommen, daher speichert dieses sie nicht mehr. Sie können ihr trotzdem bis zum Ende folgen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Your disk is full</source>
        <translation>Ihr Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your disk is full, so Unknot cannot save your session to your journal right now. Nothing is lost: Unknot keeps what you do and saves it as soon as there is room again. Free some space on your disk, and keep Unknot open until then.</source>
        <translation>Ihr Datenträger ist voll, daher kann Unknot Ihre Einheit gerade nicht im Tagebuch speichern. Es geht nichts verloren: Unknot merkt sich, was Sie tun, und speichert es, sobald wieder Platz ist. Schaffen Sie etwas Platz und lassen Sie Unknot bis dahin geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session is not saved yet</source>
        <translation>Ihre Einheit ist noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknot cannot write to your journal right now. It keeps what you do and tries again at the next step and at the end of the session; keep Unknot open until then.</source>
        <translation>Unknot kann gerade nicht in Ihr Tagebuch schreiben. Es merkt sich, was Sie tun, und versucht es beim nächsten Schritt und am Ende der Einheit erneut; lassen Sie Unknot bis dahin geöffnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breathe slowly. Let your shoulders drop and your jaw soften.</source>
        <translation>Atmen Sie langsam. Lassen Sie die Schultern sinken und den Kiefer locker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a cloth between your skin and the pack. Take it off at once if your skin burns, stings or goes numb.</source>
        <translation>Legen Sie ein Tuch zwischen Haut und Auflage. Nehmen Sie die Auflage sofort ab, wenn die Haut brennt, sticht oder taub wird.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>dddd d MMMM, HH:mm</source>
        <extracomment>How the start of an unfinished session is shown: a QLocale date format, e.g. &quot;Monday 3 June, 14:05&quot;.</extracomment>
        <translation>dddd, d. MMMM, HH:mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick up where you left off?</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your session “%1” from %2 stopped before it ended, after %n finished step(s). Would you like to carry on from where it stopped?</source>
        <translation>
            <numerusform>Ihre Einheit „%1“ vom %2 wurde nach %n abgeschlossenen Schritt unterbrochen. Möchten Sie dort weitermachen, wo sie aufgehört hat?</numerusform>
            <numerusform>Ihre Einheit „%1“ vom %2 wurde nach %n abgeschlossenen Schritten unterbrochen. Möchten Sie dort weitermachen, wo sie aufgehört hat?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carry on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close it as ended early</source>
        <translation>Als vorzeitig beendet abschließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session was not closed</source>
        <translation>Die Einheit wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknot could not mark your earlier session as ended: %1 It will ask again next time.</source>
        <translation>Unknot konnte Ihre frühere Einheit nicht als beendet markieren: %1 Beim nächsten Mal fragt es erneut.</translation>
    </message>
</context>
<context>
    <name>unknot::SettingsDialog</name>
    <message>
        <location filename="../src/app/shell/SettingsDialog.cpp" line="+43"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look</source>
        <translation>&amp;Aussehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes apply at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Play a soft sound at each change</source>
        <translation>Bei jedem Wechsel einen leisen Ton spielen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what to do next</source>
        <translation>Ansagen, was als Nächstes kommt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spoken &amp;by:</source>
        <translation>Gesprochen &amp;von:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %</source>
        <extracomment>Loudness in the settings: &quot;80 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&amp;oudness:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As each routine says</source>
        <translation>Wie im jeweiligen Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rest between steps:</source>
        <translation>&amp;Pause zwischen Schritten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count repetitions myself (tap for each one)</source>
        <translation>Wiederholungen selbst zählen (für jede tippen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask how much it hurts before each session</source>
        <translation>Vor jeder Sitzung nach den Schmerzen fragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal:</source>
        <translation>Tagebuch:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default voice</source>
        <translation>Die Standardstimme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn on the voice to choose who speaks.</source>
        <translation>Schalten Sie die Stimme ein, um zu wählen, wer spricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No speech engine answers here, so the cues are not spoken.</source>
        <translation>Hier antwortet keine Sprachausgabe, daher werden die Hinweise nicht gesprochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has one voice.</source>
        <translation>Dieser Computer hat eine Stimme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow the desktop</source>
        <translation>Wie der &amp;Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;ght</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reduce &amp;motion: still pictures with an arrow instead of moving figures</source>
        <translation>&amp;Bewegung reduzieren: Standbilder mit Pfeil statt bewegter Figuren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start Unknot when I log in</source>
        <translation>Unknot bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This could not be changed: %1</source>
        <translation>Das ließ sich nicht ändern: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknot then starts quietly at login, ready to remind you to take a break.</source>
        <translation>Unknot startet dann still bei der Anmeldung und erinnert Sie an Pausen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknot has an icon in the panel&apos;s tray: closing the window keeps it there while break reminders are on.</source>
        <translation>Unknot hat ein Symbol im Infobereich der Leiste: Solange Pausenerinnerungen eingeschaltet sind, bleibt es dort, wenn Sie das Fenster schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop shows no tray icons, so Unknot works as a normal window: reminders come as notifications, and closing the window quits Unknot.</source>
        <translation>Dieser Desktop zeigt keine Symbole im Infobereich, daher arbeitet Unknot als normales Fenster: Erinnerungen kommen als Benachrichtigungen, und das Schließen des Fensters beendet Unknot.</translation>
    </message>
</context>
<context>
    <name>unknot::SingleInstance</name>
    <message>
        <location filename="../src/main.cpp" line="-42"/>
        <source>Unknot is already open</source>
        <translation>Unknot ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknot is already open with this journal (%1), but it is not answering. Wait a moment and try again. If it stays stuck, close it (or end it in the system monitor), then start Unknot again.</source>
        <translation>Unknot ist mit diesem Tagebuch (%1) bereits geöffnet, antwortet aber nicht. Warten Sie einen Moment und versuchen Sie es erneut. Wenn es hängen bleibt, schließen Sie es (oder beenden Sie es in der Systemüberwachung) und starten Sie Unknot dann erneut.</translation>
    </message>
</context>
<context>
    <name>unknot::StepDoseForm</name>
    <message>
        <location filename="../src/app/editor/StepDoseForm.cpp" line="+22"/>
        <source>mm:ss</source>
        <extracomment>The format of a step&apos;s length (QTime format): minutes and seconds, &quot;15:00&quot;.</extracomment>
        <translation>mm:ss</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Set a dose for this routine</source>
        <translation>Eigene &amp;Dosis für dieses Programm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;At most (min:s):</source>
        <translation>&amp;Höchstens (min:s):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;How long (min:s):</source>
        <translation>&amp;Wie lange (min:s):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far you may stretch it in the player; heat and cold stop at 20 minutes</source>
        <translation>So weit dürfen Sie es im Player verlängern; Wärme und Kälte enden nach 20 Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do meanwhile (optional)</source>
        <translation>Was Sie währenddessen tun (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Words:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a step in the list to set its dose. To add one, type a few letters in the search on the left and press Enter.</source>
        <translation>Wählen Sie einen Schritt in der Liste, um seine Dosis festzulegen. Zum Hinzufügen tippen Sie links ein paar Buchstaben in die Suche und drücken die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The exercise&apos;s own dose: %1</source>
        <translation>Die Dosis der Übung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>unknot::StepList</name>
    <message>
        <location filename="../src/app/editor/StepList.cpp" line="+27"/>
        <source>Steps of the routine</source>
        <translation>Schritte des Programms</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1. %2</source>
        <extracomment>A step in the routine editor&apos;s list: its number and what it is. A refused one is marked.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
⚠ This dose cannot be saved yet</source>
        <translation>%1
⚠ Diese Dosis kann so noch nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>unknot::ThermalDialog</name>
    <message>
        <location filename="../src/app/session/ThermalDialog.cpp" line="+102"/>
        <source>Heat and cold timer</source>
        <translation>Wärme- und Kälte-Timer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat and cold</source>
        <translation>Wärme und Kälte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Heat: for stiffness and tight muscles</source>
        <translation>&amp;Wärme: bei Steifheit und verspannten Muskeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cold: after a new strain or injury</source>
        <translation>&amp;Kälte: nach einer frischen Zerrung oder Verletzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alternating: cold first, then heat</source>
        <translation>&amp;Abwechselnd: erst Kälte, dann Wärme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min</source>
        <extracomment>After the number in the minutes box: &quot;15 min&quot;.</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> s</source>
        <extracomment>After the number in the seconds box: &quot;60 s&quot;.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each &amp;phase</source>
        <translation>Jede &amp;Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rounds</source>
        <translation>&amp;Runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skin check between phases</source>
        <translation>&amp;Hautkontrolle zwischen den Phasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the timer (Ctrl+Enter)</source>
        <translation>Den Timer starten (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Always put a cloth between your skin and the pack.</source>
        <translation>Legen Sie immer ein Tuch zwischen Haut und Auflage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never use heat or cold on skin that is numb, broken, or has poor circulation.</source>
        <translation>Verwenden Sie Wärme oder Kälte nie auf tauber oder verletzter Haut oder bei schlechter Durchblutung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a doctor first if you have diabetes or less feeling in your skin, Raynaud&apos;s, or poor circulation.</source>
        <translation>Fragen Sie vorher ärztlich nach, wenn Sie Diabetes, ein vermindertes Hautgefühl, das Raynaud-Syndrom oder eine schlechte Durchblutung haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use a heat or cold pack while you might fall asleep, and never lie on a heating pad.</source>
        <translation>Verwenden Sie keine Wärme- oder Kälteauflage, wenn Sie einschlafen könnten, und legen Sie sich nie auf ein Heizkissen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moist heat suits stiffness. After a new strain or injury, use cold for the first two days, and no heat.</source>
        <translation>Feuchte Wärme hilft bei Steifheit. Nach einer frischen Zerrung oder Verletzung verwenden Sie in den ersten zwei Tagen Kälte und keine Wärme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your skin between phases, and stop if your pain rises.</source>
        <translation>Prüfen Sie Ihre Haut zwischen den Phasen und hören Sie auf, wenn Ihr Schmerz zunimmt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total time: not available until the settings above are fixed.</source>
        <translation>Gesamtdauer: erst verfügbar, wenn die Einstellungen oben stimmen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <extracomment>Hours and minutes: &quot;1 hour 5 minutes&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n phase(s) of %1 minutes</source>
        <extracomment>&quot;4 phases of 15 minutes&quot;; %n counts the phases, %1 is the minutes of each.</extracomment>
        <translation>
            <numerusform>%n Phase von %1 Minuten</numerusform>
            <numerusform>%n Phasen von je %1 Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skin check(s) of %1 seconds</source>
        <extracomment>&quot;3 skin checks of 60 seconds&quot;; %n counts the checks, %1 is the seconds of each.</extracomment>
        <translation>
            <numerusform>%n Hautkontrolle von %1 Sekunden</numerusform>
            <numerusform>%n Hautkontrollen von je %1 Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <extracomment>&quot;4 phases of 15 minutes and 3 skin checks of 60 seconds&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total time: about %1 (%2).</source>
        <translation>Gesamtdauer: etwa %1 (%2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each round is a cold phase, then a heat phase.</source>
        <translation>Jede Runde ist eine Kältephase, dann eine Wärmephase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One phase per round.</source>
        <translation>Eine Phase pro Runde.</translation>
    </message>
</context>
<context>
    <name>unknot::Tray</name>
    <message>
        <location filename="../src/app/shell/Tray.cpp" line="+53"/>
        <source>Start the &amp;desk break</source>
        <translation>&amp;Schreibtischpause starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a &amp;routine</source>
        <translation>Ein &amp;Programm starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log pain…</source>
        <translation>Schmerz &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For an &amp;hour</source>
        <translation>Für eine &amp;Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Unknot</source>
        <translation>Unknot ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>unknot::TrendChart</name>
    <message>
        <location filename="../src/app/journal/TrendChart.cpp" line="+113"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before a session</source>
        <translation>Vor einer Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average before, per %1</source>
        <translation>Schnitt vorher, pro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a session</source>
        <translation>Nach einer Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average after, per %1</source>
        <translation>Schnitt nachher, pro %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At other times</source>
        <translation>Zu anderen Zeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average at other times, per %1</source>
        <translation>Schnitt zu anderen Zeiten, pro %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Average per %1</source>
        <translation>Schnitt pro %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>d MMM</source>
        <extracomment>Dates along the chart&apos;s time axis (QDate formats): a day, then a month.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
</context>
<context>
    <name>unknot::UndoButton</name>
    <message>
        <location filename="../src/app/common/UndoButton.cpp" line="+38"/>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>unknot::WhereItHurts</name>
    <message>
        <location filename="../src/app/journal/WhereItHurts.cpp" line="+24"/>
        <source>&lt;b&gt;Where it hurts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wo es schmerzt&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Fainter: marked less often. Stronger: more often (most: %n time(s)).</source>
        <extracomment>The legend under the where-it-hurts map: the shades run from faint to strong colour.</extracomment>
        <translation>
            <numerusform>Blasser: seltener markiert. Kräftiger: öfter (am häufigsten: %n-mal).</numerusform>
            <numerusform>Blasser: seltener markiert. Kräftiger: öfter (am häufigsten: %n-mal).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No places marked in this period.</source>
        <translation>In diesem Zeitraum wurden keine Stellen markiert.</translation>
    </message>
</context>
</TS>
