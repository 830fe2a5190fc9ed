<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gw::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>%n up</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n in Betrieb</numerusform>
            <numerusform>%n in Betrieb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>%n paused</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>%n degraded</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n eingeschränkt</numerusform>
            <numerusform>%n eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>%n down</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>%n unknown</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <location filename="../ui/mainwindow.cpp" line="622"/>
        <source>Gatewatch</source>
        <translation>Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Filter integrations…</source>
        <translation>Integrationen filtern …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Show only integrations or checks whose name contains this text</source>
        <translation>Nur Integrationen oder Prüfungen anzeigen, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>No integrations configured yet</source>
        <translation>Noch keine Integrationen konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Gatewatch checks the integrations listed in its configuration file:</source>
        <translation>Gatewatch prüft die Integrationen, die in seiner Konfigurationsdatei stehen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Add an integration with at least one check there. Gatewatch notices when the file is saved, and the integration appears here.</source>
        <translation>Tragen Sie dort eine Integration mit mindestens einer Prüfung ein. Gatewatch bemerkt, wenn die Datei gespeichert wird, und die Integration erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>To look around first, run &lt;code&gt;gatewatch --demo&lt;/code&gt;: it shows a demo with simulated integrations.</source>
        <translation>Um sich zuerst umzusehen, starten Sie &lt;code&gt;gatewatch --demo&lt;/code&gt;: Das zeigt eine Demo mit simulierten Integrationen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>The configuration could not be loaded</source>
        <translation>Die Konfiguration konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>Nothing is being monitored yet. Fix the problems below and save the file; Gatewatch loads it again automatically.</source>
        <translation>Noch wird nichts überwacht. Beheben Sie die unten aufgeführten Probleme und speichern Sie die Datei; Gatewatch lädt sie automatisch neu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>&amp;About Gatewatch</source>
        <translation>Ü&amp;ber Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>About Gatewatch</source>
        <translation>Über Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>&lt;h3&gt;Gatewatch %1&lt;/h3&gt;&lt;p&gt;A health dashboard for the third-party integrations and the API gateway your business depends on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatewatch %1&lt;/h3&gt;&lt;p&gt;Ein Dashboard für den Zustand der Integrationen von Drittanbietern und des API-Gateways, auf die Ihr Unternehmen angewiesen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>The configuration has errors — the last good configuration keeps running.</source>
        <translation>Die Konfiguration enthält Fehler – die letzte funktionierende Konfiguration läuft weiter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>(no configuration file)</source>
        <translation>(keine Konfigurationsdatei)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>No checks configured</source>
        <translation>Keine Prüfungen konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="606"/>
        <source>Waiting for the first results</source>
        <translation>Warten auf die ersten Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="607"/>
        <source>waiting for results</source>
        <translation>warten auf Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>, </source>
        <comment>separator between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>All checks paused</source>
        <translation>Alle Prüfungen pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>all paused</source>
        <translation>alle pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>All systems up</source>
        <translation>Alle Systeme in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="616"/>
        <source>all up</source>
        <translation>alle in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622"/>
        <source>Gatewatch — %1</source>
        <translation>Gatewatch — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>Last update %1</source>
        <translation>Letzte Aktualisierung %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="641"/>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
</context>
<context>
    <name>gw::OverviewModel</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <location filename="../models/overviewmodel.cpp" line="218"/>
        <location filename="../models/overviewmodel.cpp" line="257"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <location filename="../models/overviewmodel.cpp" line="293"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="18"/>
        <source>Up</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="20"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="22"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="24"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="28"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="185"/>
        <source>%1 of %2 up</source>
        <translation>%1 von %2 in Betrieb</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="221"/>
        <location filename="../models/overviewmodel.cpp" line="260"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="225"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="273"/>
        <source>%1 (actual: %2)</source>
        <translation>%1 (tatsächlich: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/overviewmodel.cpp" line="291"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="303"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="305"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="307"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="309"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="311"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
</TS>
