<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CallFormat</name>
    <message>
        <location filename="../models/callformat.cpp" line="138"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="139"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="139"/>
        <source>no response (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="144"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="208"/>
        <source>a call without a valid &quot;time&quot;</source>
        <translation>ein Aufruf ohne gültiges &quot;time&quot;</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="212"/>
        <source>a call of unknown origin &quot;%1&quot;</source>
        <translation>ein Aufruf unbekannter Herkunft &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="268"/>
        <source>the condition %1 did not hold (it saw %2)</source>
        <translation>die Bedingung %1 war nicht erfüllt (tatsächlich: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/callformat.cpp" line="270"/>
        <source>, and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="277"/>
        <source>%1 (%2) answered %3 after %4.</source>
        <translation>%1 (%2) hat nach %4 mit %3 geantwortet.</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="280"/>
        <source>%1 (%2) failed with %3 after %4: %5.</source>
        <translation>%1 (%2) ist nach %4 fehlgeschlagen (%3): %5.</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="289"/>
        <source>**Failed call** · %1 · %2 UTC</source>
        <translation>**Fehlgeschlagener Aufruf** · %1 · %2 UTC</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="292"/>
        <source>- Result: %1, %2 after %3</source>
        <translation>- Ergebnis: %1, %2 nach %3</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="295"/>
        <source>- Reason: %1</source>
        <translation>- Grund: %1</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="297"/>
        <source>- Condition %1 saw %2</source>
        <translation>- Bedingung %1, tatsächlich: %2</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="299"/>
        <source>- Vendor request id: %1</source>
        <translation>- Anfrage-ID des Anbieters: %1</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="301"/>
        <source>- Gateway request id: %1</source>
        <translation>- Anfrage-ID des Gateways: %1</translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="303"/>
        <source>- Attempt %1</source>
        <translation>- Versuch %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/callformat.cpp" line="451"/>
        <source>… %n more lines not compared</source>
        <translation>
            <numerusform>… %n weitere Zeile nicht verglichen</numerusform>
            <numerusform>… %n weitere Zeilen nicht verglichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/callformat.cpp" line="518"/>
        <source>(no response: %1)</source>
        <translation>(keine Antwort: %1)</translation>
    </message>
</context>
<context>
    <name>CallRecord</name>
    <message>
        <location filename="../models/callrecord.cpp" line="94"/>
        <source>The vendor answered HTTP %1</source>
        <translation>Der Anbieter hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../models/callrecord.cpp" line="97"/>
        <source>No response arrived</source>
        <translation>Keine Antwort erhalten</translation>
    </message>
    <message>
        <location filename="../models/callrecord.cpp" line="98"/>
        <source>No response arrived (%1)</source>
        <translation>Keine Antwort erhalten (%1)</translation>
    </message>
</context>
<context>
    <name>gw::ActiveAlertsModel</name>
    <message>
        <location filename="../models/alertsmodel.cpp" line="161"/>
        <source>Flapping</source>
        <translation>Flattert</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="162"/>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="162"/>
        <source>Pending</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="171"/>
        <source>Acknowledged by %1</source>
        <translation>Quittiert von %1</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="172"/>
        <source>Acknowledged by %1: %2</source>
        <translation>Quittiert von %1: %2</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="176"/>
        <source>Silenced</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="178"/>
        <source>Held back: the local network is down</source>
        <translation>Zurückgehalten: das lokale Netzwerk ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="180"/>
        <source>Grouped under %1</source>
        <translation>Gruppiert unter %1</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="188"/>
        <source>When %1</source>
        <translation>Wenn %1</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="195"/>
        <source>Its condition keeps changing: notifications pause until it settles</source>
        <translation>Die Bedingung wechselt ständig: Benachrichtigungen pausieren, bis sie sich beruhigt</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="196"/>
        <source>The condition holds, but not yet for as long as the rule&apos;s `for` asks</source>
        <translation>Die Bedingung gilt, aber noch nicht so lange, wie `for` der Regel verlangt</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="201"/>
        <source>Silenced by %1</source>
        <translation>Stummgeschaltet durch %1</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="219"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="221"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="223"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="225"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="227"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="229"/>
        <source>Handled</source>
        <translation>Behandelt</translation>
    </message>
</context>
<context>
    <name>gw::AgentCommand</name>
    <message>
        <location filename="../app/agentcommand.cpp" line="38"/>
        <source>Run the checks on their schedule without a window, printing state changes and alerts.</source>
        <translation>Führt die Prüfungen nach Zeitplan ohne Fenster aus und gibt Zustandswechsel und Alarme aus.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="40"/>
        <source>The agent command.</source>
        <translation>Der Befehl agent.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="41"/>
        <source>Stop after this long (e.g. 90s, 10m).</source>
        <translation>Nach dieser Dauer beenden (z. B. 90s, 10m).</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="42"/>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="44"/>
        <source>Serve Prometheus metrics on /metrics (and /healthz) at this address, e.g. 127.0.0.1:9464.</source>
        <translation>Prometheus-Metriken unter /metrics (und /healthz) an dieser Adresse anbieten, z. B. 127.0.0.1:9464.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="47"/>
        <source>Let --listen use an address other machines can reach (not loopback).</source>
        <translation>--listen eine Adresse erlauben, die andere Rechner erreichen können (nicht Loopback).</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="49"/>
        <source>Answer /metrics only to requests with the bearer token in this file.</source>
        <translation>/metrics nur Anfragen mit dem Bearer-Token aus dieser Datei beantworten.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="52"/>
        <source>Run only shard i of N of the configuration&apos;s checks (e.g. 2/3), by a hash of their ids.</source>
        <translation>Nur Teil i von N der Prüfungen der Konfiguration ausführen (z. B. 2/3), verteilt nach einem Hash ihrer IDs.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="69"/>
        <source>--for: %1</source>
        <translation>--for: %1</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="78"/>
        <source>--shard: %1</source>
        <translation>--shard: %1</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="88"/>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="92"/>
        <source>--listen: %1 can be reached from other machines; add --allow-remote to mean it (and --bearer-token-file to ask them for a token)</source>
        <translation>--listen: %1 ist von anderen Rechnern erreichbar; mit --allow-remote bestätigen (und mit --bearer-token-file ein Token von ihnen verlangen)</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="100"/>
        <source>--allow-remote and --bearer-token-file are about --listen, which is not given</source>
        <translation>--allow-remote und --bearer-token-file gehören zu --listen, das nicht angegeben ist</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="106"/>
        <source>--bearer-token-file: cannot read %1: %2</source>
        <translation>--bearer-token-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="112"/>
        <source>--bearer-token-file: %1 must hold one token on one line</source>
        <translation>--bearer-token-file: %1 muss genau ein Token in einer Zeile enthalten</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="116"/>
        <source>warning: metrics on %1 are open to anyone who can reach it (no --bearer-token-file)</source>
        <translation>Warnung: Die Metriken unter %1 sind für jeden offen, der die Adresse erreicht (kein --bearer-token-file)</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="133"/>
        <source>metrics at http://%1/metrics</source>
        <translation>Metriken unter http://%1/metrics</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="184"/>
        <source>history: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="192"/>
        <source>the last good configuration keeps running</source>
        <translation>die letzte funktionierende Konfiguration läuft weiter</translation>
    </message>
</context>
<context>
    <name>gw::AgentExporter</name>
    <message>
        <location filename="../app/agentexporter.cpp" line="71"/>
        <source>starting: the configuration is not running yet</source>
        <translation>startet: Die Konfiguration läuft noch nicht</translation>
    </message>
</context>
<context>
    <name>gw::AgentMetrics</name>
    <message>
        <location filename="../models/agentmetrics.cpp" line="186"/>
        <source>expected a shard like 2/3 (the second of three agents), found &apos;%1&apos;</source>
        <translation>erwartet wird ein Teil wie 2/3 (der zweite von drei Agenten), gefunden: „%1“</translation>
    </message>
    <message>
        <location filename="../models/agentmetrics.cpp" line="188"/>
        <source>shard %1/%2: the first number counts from 1 up to the second</source>
        <translation>Teil %1/%2: Die erste Zahl zählt von 1 bis zur zweiten</translation>
    </message>
</context>
<context>
    <name>gw::AlertCenter</name>
    <message>
        <location filename="../services/alertcenter.cpp" line="36"/>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="161"/>
        <source>silenced by %1 (%2, by %3)</source>
        <translation>stummgeschaltet durch %1 (%2, von %3)</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="172"/>
        <source>held back while %1 fires</source>
        <translation>zurückgehalten, solange %1 ausgelöst ist</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="207"/>
        <source>%1 not notified: %2</source>
        <translation>%1 nicht benachrichtigt: %2</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="260"/>
        <source>%1 is not firing: only a firing alert can be acknowledged</source>
        <translation>%1 ist nicht ausgelöst: nur ein ausgelöster Alarm kann quittiert werden</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="281"/>
        <source>The note is empty</source>
        <translation>Die Notiz ist leer</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="284"/>
        <source>There is no alert rule %1</source>
        <translation>Es gibt keine Alarmregel %1</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="308"/>
        <source>a silence needs a duration, e.g. 2h</source>
        <translation>eine Stummschaltung braucht eine Dauer, z. B. 2h</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="321"/>
        <source>%1 until %2 (silence %3)</source>
        <translation>%1 bis %2 (Stummschaltung %3)</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="322"/>
        <source>%1 until %2 (silence %3): %4</source>
        <translation>%1 bis %2 (Stummschaltung %3): %4</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="334"/>
        <source>There is no active or pending silence %1</source>
        <translation>Es gibt keine aktive oder anstehende Stummschaltung %1</translation>
    </message>
    <message>
        <location filename="../services/alertcenter.cpp" line="346"/>
        <source>%1 (silence %2)</source>
        <translation>%1 (Stummschaltung %2)</translation>
    </message>
</context>
<context>
    <name>gw::AlertExpression</name>
    <message>
        <location filename="../models/alertexpr.cpp" line="157"/>
        <source>%1 is a state: compare it with == or != and a state, e.g. %2 == down</source>
        <translation>%1 ist ein Zustand: vergleichen Sie den Wert mit == oder != und einem Zustand, z. B. %2 == down</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="160"/>
        <source>%1 is a duration: compare it with a duration such as 1500ms, e.g. %2 &gt; 1500ms</source>
        <translation>%1 ist eine Dauer: vergleichen Sie den Wert mit einer Dauer wie 1500ms, z. B. %2 &gt; 1500ms</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="163"/>
        <source>%1 is a percentage: compare it with a percentage such as 5%, e.g. %2 &gt; 5%</source>
        <translation>%1 ist ein Prozentwert: vergleichen Sie den Wert mit einem Prozentwert wie 5%, z. B. %2 &gt; 5%</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="166"/>
        <source>%1 is a count: compare it with a plain number, e.g. %2 &gt;= 3</source>
        <translation>%1 ist eine Anzahl: vergleichen Sie den Wert mit einer einfachen Zahl, z. B. %2 &gt;= 3</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="169"/>
        <source>%1 counts days: compare it with a number of days, e.g. %2 &lt; 14d</source>
        <translation>%1 zählt Tage: vergleichen Sie den Wert mit einer Anzahl von Tagen, z. B. %2 &lt; 14d</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="172"/>
        <source>%1 is true or false: write it on its own, e.g. %2 or not %2</source>
        <translation>%1 ist wahr oder falsch: schreiben Sie den Aufruf ohne Vergleich, z. B. %2 oder not %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="234"/>
        <source>the condition is too long (%1 characters; at most %2)</source>
        <translation>die Bedingung ist zu lang (%1 Zeichen; höchstens %2)</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="239"/>
        <source>empty condition (write e.g. status(shopify) == down)</source>
        <translation>leere Bedingung (schreiben Sie z. B. status(shopify) == down)</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="252"/>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; ohne zugehöriges &apos;(&apos;</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="256"/>
        <source>unexpected &apos;%1&apos;: write and, or and not in lower case</source>
        <translation>unerwartetes &apos;%1&apos;: schreiben Sie and, or und not in Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="257"/>
        <source>unexpected &apos;%1&apos; (join conditions with &apos;and&apos; or &apos;or&apos;)</source>
        <translation>unerwartetes &apos;%1&apos; (verknüpfen Sie Bedingungen mit &apos;and&apos; oder &apos;or&apos;)</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="309"/>
        <source>expected a condition such as status(shopify) == down at the end</source>
        <translation>Bedingung wie status(shopify) == down am Ende erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="315"/>
        <source>nested too deeply (at most %1 levels of parentheses and not)</source>
        <translation>zu tief verschachtelt (höchstens %1 Ebenen aus Klammern und not)</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="330"/>
        <source>this &apos;(&apos; is never closed</source>
        <translation>dieses &apos;(&apos; wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="337"/>
        <source>&apos;%1&apos; needs a condition on each side</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten eine Bedingung</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="350"/>
        <source>expected &apos;(&apos; after %1, e.g. %2</source>
        <translation>&apos;(&apos; nach %1 erwartet, z. B. %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="351"/>
        <source>expected a function call such as status(shopify), found &apos;%1&apos;</source>
        <translation>Funktionsaufruf wie status(shopify) erwartet, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="355"/>
        <source>unknown function &apos;%1&apos;; known: %2</source>
        <translation>unbekannte Funktion &apos;%1&apos;; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="379"/>
        <source>expected an operator (==, !=, &lt;, &lt;=, &gt;, &gt;=); did you mean &apos;==&apos;?</source>
        <translation>Operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) erwartet; meinten Sie &apos;==&apos;?</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="386"/>
        <source>expected an operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) after %1(…), found &apos;%2&apos;</source>
        <translation>Operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) nach %1(…) erwartet, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="393"/>
        <source>%1 is a state: only == and != compare states</source>
        <translation>%1 ist ein Zustand: Zustände lassen sich nur mit == und != vergleichen</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="413"/>
        <source>expected a name before &apos;/&apos; in the subject</source>
        <translation>Name vor &apos;/&apos; im Ziel erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="414"/>
        <source>%1 needs a subject first, e.g. %2</source>
        <translation>%1 braucht zuerst ein Ziel, z. B. %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="422"/>
        <source>expected a name after &apos;/&apos; in the subject</source>
        <translation>Name nach &apos;/&apos; im Ziel erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="424"/>
        <source>a subject has at most one &apos;/&apos; (integration/check or service/route)</source>
        <translation>ein Ziel enthält höchstens ein &apos;/&apos; (Integration/Prüfung oder Service/Route)</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="428"/>
        <source>&apos;%1&apos; cannot be part of a subject (letters, digits, _ . : - and one /)</source>
        <translation>&apos;%1&apos; darf nicht in einem Ziel vorkommen (Buchstaben, Ziffern, _ . : - und ein /)</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="438"/>
        <source>%1 takes no window: write e.g. %2</source>
        <translation>%1 erwartet kein Zeitfenster: schreiben Sie z. B. %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="441"/>
        <source>expected a window such as 10m after the subject</source>
        <translation>Zeitfenster wie 10m nach dem Ziel erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="444"/>
        <source>invalid window for %1: %2</source>
        <translation>ungültiges Zeitfenster für %1: %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="447"/>
        <source>the window must be longer than 0s</source>
        <translation>das Zeitfenster muss länger als 0s sein</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="458"/>
        <source>%1 takes no failure class: write e.g. %2</source>
        <translation>%1 erwartet keine Fehlerklasse: schreiben Sie z. B. %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="462"/>
        <source>expected a failure class such as timeout after the window</source>
        <translation>Fehlerklasse wie timeout nach dem Zeitfenster erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="465"/>
        <source>&apos;none&apos; is not a failure class: leave the third argument out to count every failure</source>
        <translation>&apos;none&apos; ist keine Fehlerklasse: lassen Sie das dritte Argument weg, um jeden Fehler zu zählen</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="470"/>
        <source>unknown failure class &apos;%1&apos;; known: %2</source>
        <translation>unbekannte Fehlerklasse &apos;%1&apos;; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="477"/>
        <source>too many arguments: %1 takes a subject, a window and a failure class</source>
        <translation>zu viele Argumente: %1 erwartet ein Ziel, ein Zeitfenster und eine Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="483"/>
        <source>%1 needs a window, e.g. %2</source>
        <translation>%1 braucht ein Zeitfenster, z. B. %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="485"/>
        <source>expected &apos;)&apos; to close %1(</source>
        <translation>&apos;)&apos; zum Schließen von %1( erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="487"/>
        <source>expected &apos;)&apos; to close %1(, found &apos;%2&apos;</source>
        <translation>&apos;)&apos; zum Schließen von %1( erwartet, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="499"/>
        <source>expected a value after the operator; %1</source>
        <translation>Wert nach dem Operator erwartet; %1</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="500"/>
        <source>expected a value after the operator, found &apos;%1&apos;</source>
        <translation>Wert nach dem Operator erwartet, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="508"/>
        <source>unknown state &apos;%1&apos;; known: %2</source>
        <translation>unbekannter Zustand &apos;%1&apos;; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="513"/>
        <source>%1 is a duration: write the unit, e.g. 1500ms</source>
        <translation>%1 ist eine Dauer: geben Sie die Einheit an, z. B. 1500ms</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="520"/>
        <source>%1 is a duration: %2</source>
        <translation>%1 ist eine Dauer: %2</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="530"/>
        <source>write the % right after the number, e.g. 5%</source>
        <translation>schreiben Sie das % direkt hinter die Zahl, z. B. 5%</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="531"/>
        <source>%1 is a percentage: write the %, e.g. 5%</source>
        <translation>%1 ist ein Prozentwert: geben Sie das % mit an, z. B. 5%</translation>
    </message>
    <message>
        <location filename="../models/alertexpr.cpp" line="536"/>
        <source>a percentage lies between 0% and 100%</source>
        <translation>ein Prozentwert liegt zwischen 0% und 100%</translation>
    </message>
</context>
<context>
    <name>gw::AlertNotifier</name>
    <message>
        <location filename="../services/alertnotifier.cpp" line="133"/>
        <source>its url is not an absolute http:// or https:// URL</source>
        <translation>seine url ist keine absolute http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="201"/>
        <source>%1: not sent: the channel was removed from the configuration</source>
        <translation>%1: nicht gesendet: der Kanal wurde aus der Konfiguration entfernt</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="303"/>
        <source>%1: not sent: more than %2 messages were waiting</source>
        <translation>%1: nicht gesendet: mehr als %2 Nachrichten warteten</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="321"/>
        <location filename="../services/alertnotifier.cpp" line="457"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="406"/>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="407"/>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="409"/>
        <source>%1 (redirects are not followed: configure the URL it points to)</source>
        <translation>%1 (Weiterleitungen werden nicht verfolgt: konfigurieren Sie die URL, auf die sie zeigt)</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="426"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="429"/>
        <source>the connection was closed before an answer came</source>
        <translation>die Verbindung wurde vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="432"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="436"/>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="439"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="443"/>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="451"/>
        <source>its URL</source>
        <translation>seine URL</translation>
    </message>
    <message>
        <location filename="../services/alertnotifier.cpp" line="475"/>
        <source>%1; it asks to wait %2, longer than a notification waits (%3)</source>
        <translation>%1; es verlangt %2 Wartezeit, länger als eine Benachrichtigung wartet (%3)</translation>
    </message>
</context>
<context>
    <name>gw::AlertPayload</name>
    <message>
        <location filename="../models/alertpayload.cpp" line="84"/>
        <source>Still firing: %1</source>
        <translation>Weiterhin ausgelöst: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="84"/>
        <source>Firing: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="87"/>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="90"/>
        <source>Flapping: %1</source>
        <translation>Flattert: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="96"/>
        <source>%1 keeps switching between firing and resolved. Its notifications pause until it settles.</source>
        <translation>%1 wechselt ständig zwischen ausgelöst und behoben. Seine Benachrichtigungen pausieren, bis er sich beruhigt.</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="103"/>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="106"/>
        <source>Firing since: %1</source>
        <translation>Ausgelöst seit: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="109"/>
        <source>Fired at: %1</source>
        <translation>Ausgelöst um: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="111"/>
        <source>Resolved at: %1</source>
        <translation>Behoben um: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="114"/>
        <source>Flapping since: %1</source>
        <translation>Flattert seit: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="119"/>
        <source>Value when it fired: %1</source>
        <translation>Wert beim Auslösen: %1</translation>
    </message>
    <message>
        <location filename="../models/alertpayload.cpp" line="119"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
</context>
<context>
    <name>gw::AlertRulesFile</name>
    <message>
        <location filename="../services/alertrulesfile.cpp" line="123"/>
        <source>cannot read the configuration: %1</source>
        <translation>die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/alertrulesfile.cpp" line="132"/>
        <source>cannot write the configuration: %1</source>
        <translation>die Konfiguration kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>gw::AlertRulesModel</name>
    <message>
        <location filename="../models/alertsmodel.cpp" line="462"/>
        <source>Resolves when %1</source>
        <translation>Behoben, wenn %1</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="486"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="488"/>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="490"/>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="492"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
</context>
<context>
    <name>gw::AlertTray</name>
    <message>
        <location filename="../ui/alerttray.cpp" line="62"/>
        <source>Show Gatewatch</source>
        <translation>Gatewatch anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="63"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="65"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="81"/>
        <source>Gatewatch: no alert is firing</source>
        <translation>Gatewatch: kein Alarm ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="83"/>
        <source>Gatewatch: alerts fire, all of them acknowledged, silenced or held back</source>
        <translation>Gatewatch: Alarme ausgelöst, alle quittiert, stummgeschaltet oder zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="84"/>
        <source>Gatewatch: alerts that need someone: %1</source>
        <translation>Gatewatch: Alarme, um die sich jemand kümmern muss: %1</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="103"/>
        <source>%1 is firing</source>
        <translation>%1 ist ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="106"/>
        <source>%1 resolved</source>
        <translation>%1 behoben</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="109"/>
        <source>%1 is flapping</source>
        <translation>%1 flattert</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="112"/>
        <location filename="../ui/alerttray.cpp" line="113"/>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="118"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="120"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/alerttray.cpp" line="120"/>
        <source>Silence for 1 hour</source>
        <translation>1 Stunde stummschalten</translation>
    </message>
</context>
<context>
    <name>gw::AlertValue</name>
    <message>
        <location filename="../models/alertsmodel.cpp" line="37"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="38"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="40"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="42"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="44"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="44"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="57"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="59"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="61"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>gw::AlertmanagerClient</name>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="106"/>
        <source>a silence without an id, startsAt or endsAt</source>
        <translation>eine Stummschaltung ohne id, startsAt oder endsAt</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="121"/>
        <source>silence %1: %2</source>
        <translation>Stummschaltung %1: %2</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="168"/>
        <source>an alert without a fingerprint or labels</source>
        <translation>ein Alarm ohne fingerprint oder Labels</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="226"/>
        <source>%1 did not answer as Alertmanager&apos;s API v2 does (HTTP %2, not JSON)</source>
        <translation>%1 hat nicht wie die API v2 von Alertmanager geantwortet (HTTP %2, kein JSON)</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="195"/>
        <source>Alertmanager at %1 did not answer within %2 s</source>
        <translation>Alertmanager unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="200"/>
        <source>Alertmanager at %1 cannot be reached: %2</source>
        <translation>Alertmanager unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="203"/>
        <source>Alertmanager at %1 refused the credentials (HTTP %2)</source>
        <translation>Alertmanager unter %1 hat die Anmeldedaten abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="206"/>
        <source>Alertmanager at %1 does not know it: %2</source>
        <translation>Alertmanager unter %1 kennt es nicht: %2</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="208"/>
        <source>Alertmanager at %1 refused it: %2</source>
        <translation>Alertmanager unter %1 hat es abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="210"/>
        <source>Alertmanager at %1 could not do it (HTTP %2): %3</source>
        <translation>Alertmanager unter %1 konnte es nicht ausführen (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="242"/>
        <source>%1 answered %2 with something other than a list</source>
        <translation>%1 hat auf %2 nicht mit einer Liste geantwortet</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="248"/>
        <source>%1 listed %2</source>
        <translation>%1 lieferte %2</translation>
    </message>
    <message>
        <location filename="../services/alertmanagerapi.cpp" line="301"/>
        <source>%1 saved the silence but gave no silenceID</source>
        <translation>%1 hat die Stummschaltung gespeichert, aber keine silenceID geliefert</translation>
    </message>
</context>
<context>
    <name>gw::AlertmanagerWatch</name>
    <message>
        <location filename="../services/alertmanagerwatch.cpp" line="107"/>
        <source>No Alertmanager is followed.</source>
        <translation>Es wird kein Alertmanager verfolgt.</translation>
    </message>
</context>
<context>
    <name>gw::AlertsPage</name>
    <message>
        <location filename="../ui/alertspage.cpp" line="233"/>
        <source>labels: write name=value pairs separated by commas, e.g. team=commerce</source>
        <translation>Labels: name=wert-Paare durch Kommas getrennt angeben, z. B. team=commerce</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="244"/>
        <source>%1, at character %2: %3</source>
        <translation>%1, bei Zeichen %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="454"/>
        <source>Acknowledge…</source>
        <translation>Quittieren…</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="455"/>
        <source>Say you are on it, with a note; reminders stop for this incident</source>
        <translation>Sagen, dass Sie sich darum kümmern, mit einer Notiz; Erinnerungen zu diesem Vorfall hören auf</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="456"/>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="456"/>
        <source>Add a note to this incident&apos;s history</source>
        <translation>Eine Notiz zum Verlauf dieses Vorfalls hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="457"/>
        <source>Silence…</source>
        <translation>Stummschalten…</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="458"/>
        <source>Stop notifications for alerts like this one for a while</source>
        <translation>Benachrichtigungen für Alarme wie diesen eine Zeit lang anhalten</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="459"/>
        <source>Show failed calls</source>
        <translation>Fehlgeschlagene Aufrufe zeigen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="460"/>
        <source>The failed calls of this alert&apos;s integration since shortly before it started</source>
        <translation>Die fehlgeschlagenen Aufrufe der Integration dieses Alarms seit kurz vor seinem Beginn</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="461"/>
        <source>Show chart</source>
        <translation>Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="462"/>
        <source>The history of this alert&apos;s integration from shortly before it started: latency, errors and the vendor&apos;s own notices</source>
        <translation>Der Verlauf der Integration dieses Alarms ab kurz vor seinem Beginn: Latenz, Fehler und die eigenen Meldungen des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="464"/>
        <source>Copy incident summary</source>
        <translation>Vorfallzusammenfassung kopieren</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="465"/>
        <source>Markdown with times, values, who is on it and the history, for a ticket or a chat</source>
        <translation>Markdown mit Zeiten, Werten, wer sich kümmert und dem Verlauf, für ein Ticket oder einen Chat</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="477"/>
        <source>No alert is firing or pending. Rules are evaluated as results come in; see docs/alerts.md to add your own.</source>
        <translation>Kein Alarm ist ausgelöst oder anstehend. Regeln werden ausgewertet, sobald Ergebnisse eintreffen; eigene Regeln beschreibt docs/alerts.md.</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="491"/>
        <source>Search alerts, notes, people, channels</source>
        <translation>Alarme, Notizen, Personen, Kanäle durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="495"/>
        <source>Double-click an entry for the failed calls of its incident</source>
        <translation>Doppelklick auf einen Eintrag zeigt die fehlgeschlagenen Aufrufe seines Vorfalls</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="502"/>
        <source>New silence…</source>
        <translation>Neue Stummschaltung…</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="502"/>
        <source>Silence alerts by their labels</source>
        <translation>Alarme anhand ihrer Labels stummschalten</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="503"/>
        <source>Expire</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="503"/>
        <source>End the selected silence now</source>
        <translation>Die gewählte Stummschaltung jetzt beenden</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="515"/>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="515"/>
        <source>Add an alert rule to the configuration</source>
        <translation>Eine Alarmregel zur Konfiguration hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="516"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="516"/>
        <source>Change the selected rule</source>
        <translation>Die gewählte Regel ändern</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="517"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="517"/>
        <source>Remove the selected rule from the configuration</source>
        <translation>Die gewählte Regel aus der Konfiguration entfernen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="530"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="531"/>
        <location filename="../ui/alertspage.cpp" line="728"/>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="532"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="618"/>
        <source>Rules (%1)</source>
        <translation>Regeln (%1)</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="695"/>
        <source>No active alerts</source>
        <translation>Keine aktiven Alarme</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="697"/>
        <source>Firing: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="699"/>
        <source>Firing: %1 · pending: %2</source>
        <translation>Ausgelöst: %1 · anstehend: %2</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="728"/>
        <source>Silences (%1)</source>
        <translation>Stummschaltungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="751"/>
        <source>Notifications are failing (the history lists each one):</source>
        <translation>Benachrichtigungen schlagen fehl (der Verlauf nennt jede):</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="809"/>
        <source>Acknowledge %1</source>
        <translation>%1 quittieren</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="810"/>
        <source>A note for the others (what you are doing, a ticket number); it goes into the incident history:</source>
        <translation>Eine Notiz für die anderen (was Sie tun, eine Ticketnummer); sie kommt in den Vorfallverlauf:</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="822"/>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="823"/>
        <source>The note goes into the incident history:</source>
        <translation>Die Notiz kommt in den Vorfallverlauf:</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="885"/>
        <source>flapping</source>
        <translation>flattert</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="886"/>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="887"/>
        <source>pending</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="893"/>
        <source>Since: %1</source>
        <translation>Seit: %1</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="894"/>
        <source>Condition: `%1`</source>
        <translation>Bedingung: `%1`</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="897"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="899"/>
        <source>Integration: %1</source>
        <translation>Integration: %1</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="903"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>Quittiert von %1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="904"/>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>Quittiert von %1 um %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="908"/>
        <source>Silenced (%1)</source>
        <translation>Stummgeschaltet (%1)</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="927"/>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="943"/>
        <source>Escalation to %1:</source>
        <translation>Eskalation an %1:</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="945"/>
        <source>no contact configured for %1</source>
        <translation>kein Kontakt für %1 konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="951"/>
        <source>responds within %1</source>
        <translation>antwortet innerhalb von %1</translation>
    </message>
</context>
<context>
    <name>gw::Banner</name>
    <message numerus="yes">
        <location filename="../ui/banner.cpp" line="54"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::CallsModel</name>
    <message>
        <location filename="../models/callsmodel.cpp" line="206"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="252"/>
        <source>none</source>
        <comment>no HTTP response</comment>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="256"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="295"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="297"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="299"/>
        <source>Check or route</source>
        <translation>Prüfung oder Route</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="301"/>
        <source>HTTP</source>
        <comment>column header: HTTP status code</comment>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="303"/>
        <source>Failure</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="305"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="307"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="309"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../models/callsmodel.cpp" line="311"/>
        <source>Request id</source>
        <comment>column header: the vendor&apos;s id for the request</comment>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>gw::CheckCommand</name>
    <message>
        <location filename="../app/checkcommand.cpp" line="37"/>
        <source>Run every check once and print the results.</source>
        <translation>Führt jede Prüfung einmal aus und gibt die Ergebnisse aus.</translation>
    </message>
    <message>
        <location filename="../app/checkcommand.cpp" line="39"/>
        <source>The check command.</source>
        <translation>Der Befehl check.</translation>
    </message>
    <message>
        <location filename="../app/checkcommand.cpp" line="40"/>
        <source>Run each check a single time (the default).</source>
        <translation>Jede Prüfung ein einziges Mal ausführen (Standard).</translation>
    </message>
    <message>
        <location filename="../app/checkcommand.cpp" line="41"/>
        <source>Output format: table or json.</source>
        <translation>Ausgabeformat: table oder json.</translation>
    </message>
    <message>
        <location filename="../app/checkcommand.cpp" line="50"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>gw::CommonOptions</name>
    <message>
        <location filename="../app/commonoptions.cpp" line="17"/>
        <source>Configuration file (default: %1).</source>
        <translation>Konfigurationsdatei (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/commonoptions.cpp" line="20"/>
        <source>Directory for history and state.</source>
        <translation>Verzeichnis für Verlauf und Zustand.</translation>
    </message>
    <message>
        <location filename="../app/commonoptions.cpp" line="59"/>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erlaubt: %2)</translation>
    </message>
    <message>
        <location filename="../app/commonoptions.cpp" line="60"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>gw::Condition</name>
    <message>
        <location filename="../models/condition.cpp" line="235"/>
        <source>empty condition (expected e.g. [STATUS] == 200)</source>
        <translation>leere Bedingung (erwartet wird z. B. [STATUS] == 200)</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="254"/>
        <source>expected an operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) after &apos;%1&apos;</source>
        <translation>Operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="277"/>
        <source>expected an operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) at &apos;%1&apos;; did you mean &apos;==&apos;?</source>
        <translation>Operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) bei &apos;%1&apos; erwartet; meinten Sie &apos;==&apos;?</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="279"/>
        <source>expected an operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) at &apos;%1&apos;</source>
        <translation>Operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) bei &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="282"/>
        <source>has() can only be compared with == or !=</source>
        <translation>has() kann nur mit == oder != verglichen werden</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="291"/>
        <source>expected a placeholder such as [BODY].rate.remaining or [HEADER].X-Quota-Limit</source>
        <translation>Platzhalter erwartet, etwa [BODY].rate.remaining oder [HEADER].X-Quota-Limit</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="297"/>
        <source>unexpected &apos;%1&apos; after the placeholder</source>
        <translation>unerwartetes &apos;%1&apos; nach dem Platzhalter</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="310"/>
        <source>expected a value after the operator, e.g. [STATUS] == 200</source>
        <translation>Wert nach dem Operator erwartet, z. B. [STATUS] == 200</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="318"/>
        <source>%1 can only be used with == or !=</source>
        <translation>%1 kann nur mit == oder != verwendet werden</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="320"/>
        <location filename="../models/condition.cpp" line="450"/>
        <source>expected &apos;)&apos; to close %1</source>
        <translation>&apos;)&apos; zum Schließen von %1 erwartet</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="355"/>
        <source>unexpected &apos;%1&apos; after the right-hand side</source>
        <translation>unerwartetes &apos;%1&apos; nach der rechten Seite</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="381"/>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="402"/>
        <source>expected true or false to compare has() with, found &apos;%1&apos;</source>
        <translation>true oder false als Vergleichswert für has() erwartet, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="422"/>
        <source>expected a number or a duration such as 72h or 30d to compare %1 with, found &apos;%2&apos;</source>
        <translation>Zahl oder Dauer wie 72h oder 30d als Vergleichswert für %1 erwartet, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="425"/>
        <source>expected a number to compare %1 with, found &apos;%2&apos;</source>
        <translation>Zahl als Vergleichswert für %1 erwartet, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="438"/>
        <source>expected a placeholder inside %1, e.g. %2([BODY].items)</source>
        <translation>Platzhalter in %1 erwartet, z. B. %2([BODY].items)</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="446"/>
        <source>%1 works on [BODY] and [HEADER] values, not %2</source>
        <translation>%1 funktioniert mit Werten aus [BODY] und [HEADER], nicht mit %2</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="465"/>
        <source>expected a placeholder such as [STATUS] or [BODY] before the operator</source>
        <translation>Platzhalter wie [STATUS] oder [BODY] vor dem Operator erwartet</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="467"/>
        <source>%1 is only allowed on the right-hand side</source>
        <translation>%1 ist nur auf der rechten Seite erlaubt</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="469"/>
        <source>unknown function &apos;%1&apos; (expected len() or has())</source>
        <translation>unbekannte Funktion &apos;%1&apos; (erwartet: len() oder has())</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="480"/>
        <source>expected &apos;]&apos; to close the placeholder &apos;%1&apos;</source>
        <translation>&apos;]&apos; zum Schließen des Platzhalters &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="496"/>
        <source>unknown placeholder &apos;%1&apos; (expected %2)</source>
        <translation>unbekannter Platzhalter &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="510"/>
        <source>expected a key after &apos;.&apos;, e.g. [BODY].data.id</source>
        <translation>Schlüssel nach &apos;.&apos; erwartet, z. B. [BODY].data.id</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="519"/>
        <source>expected an array index after &apos;[&apos;, e.g. [BODY].data[0]</source>
        <translation>Array-Index nach &apos;[&apos; erwartet, z. B. [BODY].data[0]</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="523"/>
        <source>array index too large</source>
        <translation>Array-Index zu groß</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="525"/>
        <source>expected &apos;]&apos; after the array index</source>
        <translation>&apos;]&apos; nach dem Array-Index erwartet</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="532"/>
        <location filename="../models/condition.cpp" line="538"/>
        <source>expected a header name after [HEADER], e.g. [HEADER].Content-Type</source>
        <translation>Header-Name nach [HEADER] erwartet, z. B. [HEADER].Content-Type</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="547"/>
        <source>%1 has no fields</source>
        <translation>%1 hat keine Felder</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="655"/>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="663"/>
        <source>no such path</source>
        <translation>Pfad nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="700"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../models/condition.cpp" line="712"/>
        <source>no such header</source>
        <translation>Header nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>gw::ConfigLoader</name>
    <message>
        <location filename="../services/configloader.cpp" line="144"/>
        <location filename="../services/configloader.cpp" line="1507"/>
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="146"/>
        <location filename="../services/configloader.cpp" line="2024"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="148"/>
        <location filename="../services/configloader.cpp" line="1938"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="153"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="336"/>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="344"/>
        <source> (quote conditions that start with &apos;[&apos;, e.g. - &quot;[STATUS] == 200&quot;)</source>
        <translation> (setzen Sie Bedingungen, die mit &apos;[&apos; beginnen, in Anführungszeichen, z. B. - &quot;[STATUS] == 200&quot;)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="348"/>
        <source>cannot read the configuration: %1</source>
        <translation>die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="366"/>
        <source>expected a map with the keys settings and integrations at the top level, found %1</source>
        <translation>auf oberster Ebene wird eine Zuordnung mit den Schlüsseln settings und integrations erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="370"/>
        <source>at the top level</source>
        <translation>auf oberster Ebene</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="859"/>
        <source>expected an integration (a map with id, name and checks), found %1</source>
        <translation>Integration erwartet (eine Zuordnung mit id, name und checks), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="866"/>
        <source>duplicate integration id &apos;%1&apos; (first defined at line %2, column %3)</source>
        <translation>doppelte Integrations-ID &apos;%1&apos; (zuerst definiert in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1510"/>
        <source>in settings</source>
        <translation>in settings</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1532"/>
        <source>in an integration</source>
        <translation>in einer Integration</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1538"/>
        <source>an integration needs an &apos;id&apos; (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>eine Integration braucht eine &apos;id&apos; (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1552"/>
        <source>budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1572"/>
        <source>expected a check (a map with id, url and more), found %1</source>
        <translation>Prüfung erwartet (eine Zuordnung mit id, url und weiteren Schlüsseln), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1580"/>
        <source>duplicate check id &apos;%1&apos; in integration &apos;%2&apos; (first defined at line %3, column %4)</source>
        <translation>doppelte Prüfungs-ID &apos;%1&apos; in Integration &apos;%2&apos; (zuerst definiert in Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1606"/>
        <source>in a check</source>
        <translation>in einer Prüfung</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1612"/>
        <source>a check needs an &apos;id&apos; (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>eine Prüfung braucht eine &apos;id&apos; (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1626"/>
        <source>a check needs a &apos;url&apos; (an absolute http:// or https:// URL)</source>
        <translation>eine Prüfung braucht eine &apos;url&apos; (eine absolute http://- oder https://-URL)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="617"/>
        <location filename="../services/configloader.cpp" line="747"/>
        <location filename="../services/configloader.cpp" line="782"/>
        <location filename="../services/configloader.cpp" line="890"/>
        <location filename="../services/configloader.cpp" line="1000"/>
        <location filename="../services/configloader.cpp" line="1297"/>
        <location filename="../services/configloader.cpp" line="1635"/>
        <location filename="../services/configloader.cpp" line="1915"/>
        <location filename="../services/configloader.cpp" line="2229"/>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="385"/>
        <source>the integration id &apos;%1&apos; is the gateway&apos;s when a gateway section is configured; rename this integration</source>
        <translation>die Integrations-ID &apos;%1&apos; ist dem Gateway vorbehalten, wenn ein Abschnitt gateway konfiguriert ist; benennen Sie diese Integration um</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="409"/>
        <source>a map with url and, optionally, headers, timeout and evaluate_rules, e.g. {url: http://alertmanager:9093}</source>
        <translation>eine Map mit url und optional headers, timeout und evaluate_rules, z. B. {url: http://alertmanager:9093}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="414"/>
        <source>in alertmanager</source>
        <translation>in alertmanager</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="417"/>
        <source>alertmanager needs a &apos;url&apos;, e.g. url: http://alertmanager:9093</source>
        <translation>alertmanager braucht eine &apos;url&apos;, z. B. url: http://alertmanager:9093</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="476"/>
        <source>duplicate notify channel &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelter Benachrichtigungskanal &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="505"/>
        <source>expected a notify channel (a map with type and, for most types, url), found %1</source>
        <translation>Benachrichtigungskanal erwartet (eine Map mit type und, für die meisten Typen, url), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="523"/>
        <source>a notify channel needs a &apos;type&apos; (%1)</source>
        <translation>ein Benachrichtigungskanal braucht einen &apos;type&apos; (%1)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="526"/>
        <source>in a notify channel of type %1</source>
        <translation>in einem Benachrichtigungskanal vom Typ %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="526"/>
        <source>in a notify channel</source>
        <translation>in einem Benachrichtigungskanal</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="536"/>
        <source>empty name: leave &apos;name&apos; out to call the channel &apos;%1&apos;</source>
        <translation>leerer Name: &apos;name&apos; weglassen, um den Kanal &apos;%1&apos; zu nennen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="539"/>
        <source>invalid notify channel name &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>ungültiger Kanalname &apos;%1&apos;: Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="556"/>
        <source>a notify channel of type %1 needs a &apos;url&apos;, e.g. url: %2</source>
        <translation>ein Benachrichtigungskanal vom Typ %1 braucht eine &apos;url&apos;, z. B. url: %2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="573"/>
        <source>repeat_interval must be at least 1m (or off)</source>
        <translation>repeat_interval muss mindestens 1m sein (oder off)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="585"/>
        <source>resend_interval must be at least 1s</source>
        <translation>resend_interval muss mindestens 1s sein</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="603"/>
        <source>true, false or a list of severities, e.g. [critical, warning]</source>
        <translation>true, false oder eine Liste von Schweregraden, z. B. [critical, warning]</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="616"/>
        <source>invalid sound &apos;%1&apos;%2: expected %3</source>
        <translation>ungültiger sound &apos;%1&apos;%2: erwartet %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="630"/>
        <source>expected a severity (%1) in &apos;sound&apos;, found %2</source>
        <translation>Schweregrad (%1) in &apos;sound&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="657"/>
        <source>duplicate alert &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelter Alarm &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="672"/>
        <source>expected an alert rule (a map with name, when, for and severity), found %1</source>
        <translation>Alarmregel erwartet (eine Zuordnung mit name, when, for und severity), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="676"/>
        <source>in an alert rule</source>
        <translation>in einer Alarmregel</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="685"/>
        <source>invalid alert name &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>ungültiger Alarmname &apos;%1&apos;: verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="688"/>
        <source>an alert rule needs a &apos;name&apos;, e.g. name: shopify-down</source>
        <translation>eine Alarmregel braucht einen &apos;name&apos;, z. B. name: shopify-down</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="694"/>
        <source>an alert rule needs &apos;when&apos;, e.g. when: status(shopify) == down</source>
        <translation>eine Alarmregel braucht &apos;when&apos;, z. B. when: status(shopify) == down</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="720"/>
        <source>an expression such as status(shopify) == down or p95(chatwoot, 10m) &gt; 1500ms</source>
        <translation>ein Ausdruck wie status(shopify) == down oder p95(chatwoot, 10m) &gt; 1500ms</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="745"/>
        <source>unknown vendor &apos;%1&apos; in %2%3</source>
        <translation>unbekannter Anbieter &apos;%1&apos; in %2%3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="748"/>
        <source>; vendors are configured under &apos;vendors&apos;</source>
        <translation>; Anbieter werden unter &apos;vendors&apos; konfiguriert</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="761"/>
        <source>%1 in %2 reads the gateway&apos;s event feed, and none is configured: set events_url under gateway</source>
        <translation>%1 in %2 liest den Ereignis-Feed des Gateways, und keiner ist konfiguriert: events_url unter gateway setzen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="764"/>
        <source>%1 in %2 reads the gateway&apos;s metrics page, and none is configured: set metrics_url under gateway</source>
        <translation>%1 in %2 liest die Metrikseite des Gateways, und keine ist konfiguriert: metrics_url unter gateway setzen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="781"/>
        <source>unknown integration &apos;%1&apos; in %2%3</source>
        <translation>unbekannte Integration &apos;%1&apos; in %2%3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="792"/>
        <source>unknown check &apos;%1&apos; of %2 in %3 (its checks: %4)</source>
        <translation>unbekannte Prüfung &apos;%1&apos; von %2 in %3 (vorhandene Prüfungen: %4)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="812"/>
        <source>labels: &apos;%1&apos; is not a Prometheus label name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>labels: „%1“ ist kein Prometheus-Labelname (Buchstaben, Ziffern und „_“, nicht mit einer Ziffer am Anfang)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="816"/>
        <source>labels: &apos;%1&apos; starts with &apos;__&apos;, which Prometheus keeps for itself</source>
        <translation>labels: „%1“ beginnt mit „__“, das Prometheus sich vorbehält</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="818"/>
        <source>labels: &apos;%1&apos; is a label the metrics carry already (reserved: %2)</source>
        <translation>labels: „%1“ tragen die Metriken bereits (reserviert: %2)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="834"/>
        <source>a map of names to text, e.g. {team: commerce}</source>
        <translation>eine Zuordnung von Namen zu Text, z. B. {team: commerce}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="840"/>
        <source>&apos;%1&apos; holds names and text only, e.g. team: commerce</source>
        <translation>&apos;%1&apos; enthält nur Namen und Text, z. B. team: commerce</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="889"/>
        <source>gateway routes: no integration &apos;%1&apos;%2</source>
        <translation>gateway routes: keine Integration &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="900"/>
        <source>a map of webhook sources, e.g. shopify: {scheme: shopify, secret: ${secret:shopify-webhook}}</source>
        <translation>eine Zuordnung von Webhook-Quellen, z. B. shopify: {scheme: shopify, secret: ${secret:shopify-webhook}}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="908"/>
        <source>expected a webhook source id, found %1</source>
        <translation>ID einer Webhook-Quelle erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="914"/>
        <source>invalid webhook source id &apos;%1&apos;: use lower-case letters, digits and &apos;-&apos; only</source>
        <translation>ungültige ID der Webhook-Quelle &apos;%1&apos;: verwenden Sie nur Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="918"/>
        <source>duplicate webhook source &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelte Webhook-Quelle &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="941"/>
        <source>duplicate vendor id &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelte Anbieter-ID &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="949"/>
        <source>the integration &apos;%1&apos; already belongs to the vendor &apos;%2&apos;; an integration belongs to one vendor</source>
        <translation>die Integration &apos;%1&apos; gehört bereits zum Anbieter &apos;%2&apos;; eine Integration gehört zu genau einem Anbieter</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="969"/>
        <source>expected a vendor (a map with id, name and integrations), found %1</source>
        <translation>Anbieter erwartet (eine Zuordnung mit id, name und integrations), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="973"/>
        <source>in a vendor</source>
        <translation>in einem Anbieter</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="980"/>
        <source>a vendor needs an &apos;id&apos;, e.g. id: shopify</source>
        <translation>ein Anbieter braucht eine &apos;id&apos;, z. B. id: shopify</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="999"/>
        <source>unknown integration &apos;%1&apos; in vendor integrations%2</source>
        <translation>unbekannte Integration &apos;%1&apos; in integrations des Anbieters%2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1001"/>
        <source>expected an integration id in vendor integrations, found %1</source>
        <translation>Integrations-ID in integrations des Anbieters erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1006"/>
        <source>the integration &apos;%1&apos; is listed twice</source>
        <translation>die Integration &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1013"/>
        <source>the vendor &apos;%1&apos; needs &apos;integrations&apos;, the ids of the integrations it serves, e.g. integrations: [%1]</source>
        <translation>der Anbieter &apos;%1&apos; braucht &apos;integrations&apos;, die IDs der Integrationen, die er bereitstellt, z. B. integrations: [%1]</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1028"/>
        <source>status_interval %1 is too short: status pages are read at most every 30s</source>
        <translation>status_interval %1 ist zu kurz: Statusseiten werden höchstens alle 30s gelesen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1037"/>
        <source>status_components needs a status_page to read them from</source>
        <translation>status_components braucht eine status_page, aus der die Komponenten gelesen werden</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1041"/>
        <source>status_components: &apos;%1&apos; maps to &apos;%2&apos;, which is not one of this vendor&apos;s integrations (%3)</source>
        <translation>status_components: &apos;%1&apos; ist &apos;%2&apos; zugeordnet, das aber keine der Integrationen dieses Anbieters ist (%3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1065"/>
        <source>a map with availability, p95_latency and credits</source>
        <translation>eine Zuordnung mit availability, p95_latency und credits</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1068"/>
        <source>in a contract</source>
        <translation>in einem Vertrag</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1083"/>
        <source>expected a credit tier such as {below: 99.9, percent: 10}, found %1</source>
        <translation>Gutschriftstufe wie {below: 99.9, percent: 10} erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1086"/>
        <source>in a credit tier</source>
        <translation>in einer Gutschriftstufe</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1090"/>
        <source>a credit tier needs &apos;below&apos; (an availability in percent) and &apos;percent&apos; (of the monthly fee), e.g. {below: 99.9, percent: 10}</source>
        <translation>eine Gutschriftstufe braucht &apos;below&apos; (eine Verfügbarkeit in Prozent) und &apos;percent&apos; (Anteil an der Monatsgebühr), z. B. {below: 99.9, percent: 10}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1100"/>
        <source>two credit tiers below %1</source>
        <translation>zwei Gutschriftstufen unter %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1110"/>
        <source>credit tiers: %1% below %2 is less than %3% below %4; a lower availability must earn at least the same credit</source>
        <translation>Gutschriftstufen: %1 % unter %2 ist weniger als %3 % unter %4; eine niedrigere Verfügbarkeit muss mindestens dieselbe Gutschrift ergeben</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1124"/>
        <source>a map with currency, monthly_fee, included, overage and budget</source>
        <translation>eine Zuordnung mit currency, monthly_fee, included, overage und budget</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1127"/>
        <source>in a cost</source>
        <translation>in einer Kostenangabe</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1136"/>
        <source>invalid currency &apos;%1&apos;: expected an ISO 4217 code such as USD or EUR</source>
        <translation>ungültige Währung &apos;%1&apos;: erwartet wird ein ISO-4217-Code wie USD oder EUR</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1153"/>
        <source>a map with tier and rating, e.g. {tier: Plus, rating: 4}</source>
        <translation>eine Zuordnung mit tier und rating, z. B. {tier: Plus, rating: 4}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1156"/>
        <source>in support</source>
        <translation>in support</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1164"/>
        <source>invalid rating &apos;%1&apos;: expected a whole number from 1 to 5</source>
        <translation>ungültiger Wert &apos;%1&apos; für rating: erwartet wird eine ganze Zahl von 1 bis 5</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1180"/>
        <source>expected an escalation step such as {severity: critical, contact: &quot;Support&quot;, channel: &quot;+1 555 0100&quot;, respond_within: 1h}, found %1</source>
        <translation>Eskalationsschritt wie {severity: critical, contact: &quot;Support&quot;, channel: &quot;+1 555 0100&quot;, respond_within: 1h} erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1186"/>
        <source>in an escalation step</source>
        <translation>in einem Eskalationsschritt</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1192"/>
        <source>an escalation step needs a &apos;severity&apos; (%1)</source>
        <translation>ein Eskalationsschritt braucht eine &apos;severity&apos; (%1)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1197"/>
        <source>an escalation step needs a &apos;contact&apos;: who to call</source>
        <translation>ein Eskalationsschritt braucht einen &apos;contact&apos;: wer angerufen werden soll</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1211"/>
        <source>a map of criteria to weights, e.g. {availability: 0.5, latency: 0.5}</source>
        <translation>eine Zuordnung von Kriterien zu Gewichten, z. B. {availability: 0.5, latency: 0.5}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1215"/>
        <source>in weights</source>
        <translation>in weights</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1236"/>
        <source>weights: at least one criterion needs a weight above 0</source>
        <translation>weights: mindestens ein Kriterium braucht ein Gewicht größer als 0</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1248"/>
        <source>invalid %1 &apos;%2&apos;: expected a number from %3 to %4</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: erwartet wird eine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1259"/>
        <source>a map of units to amounts, e.g. {requests: 1000000}</source>
        <translation>eine Zuordnung von Einheiten zu Mengen, z. B. {requests: 1000000}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1266"/>
        <source>expected a unit such as requests in &apos;%1&apos;, found %2</source>
        <translation>Einheit wie requests in &apos;%1&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1280"/>
        <source>a map with scheme, secret and previous_secrets</source>
        <translation>eine Zuordnung mit scheme, secret und previous_secrets</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1284"/>
        <source>in a webhook source</source>
        <translation>in einer Webhook-Quelle</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1296"/>
        <source>unknown scheme &apos;%1&apos;%2 (allowed: %3)</source>
        <translation>unbekanntes Schema &apos;%1&apos;%2 (erlaubt: %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1302"/>
        <source>the webhook source &apos;%1&apos; needs a &apos;scheme&apos; (%2)</source>
        <translation>die Webhook-Quelle &apos;%1&apos; braucht ein &apos;scheme&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1309"/>
        <source>the webhook source &apos;%1&apos; needs a &apos;secret&apos;, e.g. secret: ${secret:%1-webhook}</source>
        <translation>die Webhook-Quelle &apos;%1&apos; braucht ein &apos;secret&apos;, z. B. secret: ${secret:%1-webhook}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1335"/>
        <source>&apos;%1&apos; must be a single reference such as ${secret:name} or ${env:NAME}, never the secret itself</source>
        <translation>&apos;%1&apos; muss eine einzelne Referenz wie ${secret:name} oder ${env:NAME} sein, niemals das Secret selbst</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1345"/>
        <source>a map with name, health_url, metrics_url, events_url and more</source>
        <translation>eine Zuordnung mit name, health_url, metrics_url, events_url und weiteren Schlüsseln</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1353"/>
        <source>in gateway</source>
        <translation>in gateway</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1373"/>
        <source>the gateway needs at least one of health_url, metrics_url and events_url</source>
        <translation>das Gateway braucht mindestens einen der Schlüssel health_url, metrics_url und events_url</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1388"/>
        <source>gateway metrics names are only read with flavor: generic (Kong, Traefik and Envoy are recognised by their own names)</source>
        <translation>Metriknamen für das Gateway werden nur mit flavor: generic gelesen (Kong, Traefik und Envoy werden an ihren eigenen Namen erkannt)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1392"/>
        <source>flavor generic needs &apos;metrics&apos; naming the request counter and its status label, e.g. metrics: {requests: http_requests_total, status_label: code, service_label: service}</source>
        <translation>flavor generic braucht &apos;metrics&apos; mit dem Namen des Anfragezählers und seines Status-Labels, z. B. metrics: {requests: http_requests_total, status_label: code, service_label: service}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1427"/>
        <source>a map with requests, status_label, latency, latency_unit, service_label and route_label</source>
        <translation>eine Zuordnung mit requests, status_label, latency, latency_unit, service_label und route_label</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1431"/>
        <source>in gateway metrics</source>
        <translation>in metrics unter gateway</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1449"/>
        <source>invalid %1 &apos;%2&apos;: not a Prometheus %3 name</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: kein gültiger Prometheus-%3name</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1450"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1450"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1459"/>
        <source>gateway metrics need &apos;%1&apos;</source>
        <translation>metrics unter gateway braucht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1470"/>
        <source>a map of integration ids to {service, route}, e.g. shopify: {service: shopify-admin}</source>
        <translation>eine Zuordnung von Integrations-IDs zu {service, route}, z. B. shopify: {service: shopify-admin}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1479"/>
        <source>a map with service and, optionally, route</source>
        <translation>eine Zuordnung mit service und optional route</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1482"/>
        <source>in a gateway route</source>
        <translation>in einer Gateway-Route</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1489"/>
        <source>the gateway route of &apos;%1&apos; needs a &apos;service&apos;</source>
        <translation>die Gateway-Route von &apos;%1&apos; braucht einen &apos;service&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1520"/>
        <source>evaluation_interval must be at least 1s</source>
        <translation>evaluation_interval muss mindestens 1s sein</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1637"/>
        <source>unknown method &apos;%1&apos;%2 (allowed: %3)</source>
        <translation>unbekannte Methode &apos;%1&apos;%2 (erlaubt: %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="446"/>
        <location filename="../services/configloader.cpp" line="562"/>
        <location filename="../services/configloader.cpp" line="1646"/>
        <source>a map of header names to values</source>
        <translation>eine Zuordnung von Header-Namen zu Werten</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1729"/>
        <source>off or a map with failures, backoff, cooldown and max_cooldown</source>
        <translation>off oder eine Zuordnung mit failures, backoff, cooldown und max_cooldown</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1732"/>
        <source>in circuit_breaker</source>
        <translation>in circuit_breaker</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1735"/>
        <source>invalid failures &apos;0&apos;: expected a whole number of at least 1 (use circuit_breaker: off for a circuit that never opens)</source>
        <translation>ungültiger Wert für failures &apos;0&apos;: erwartet wird eine ganze Zahl ab 1 (für eine Sicherung, die nie auslöst: circuit_breaker: off)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1760"/>
        <source>the cooldown (%1) is longer than max_cooldown (%2)</source>
        <translation>die Abkühlzeit cooldown (%1) ist länger als max_cooldown (%2)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1770"/>
        <source>a map with warning and critical, e.g. {warning: 25%, critical: 10%}</source>
        <translation>eine Zuordnung mit warning und critical, z. B. {warning: 25%, critical: 10%}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1773"/>
        <source>in quota_thresholds</source>
        <translation>in quota_thresholds</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1785"/>
        <source>the critical threshold (%1%) is above the warning threshold (%2%): a quota gets critical when less remains than at warning</source>
        <translation>die kritische Schwelle (%1 %) liegt über der Warnschwelle (%2 %): ein Kontingent wird kritisch, wenn weniger übrig ist als bei der Warnung</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1795"/>
        <source>a map with raw, minute, hour and day, e.g. {raw: 48h, minute: 30d}</source>
        <translation>eine Zuordnung mit raw, minute, hour und day, z. B. {raw: 48h, minute: 30d}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1798"/>
        <source>in history</source>
        <translation>in history</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1860"/>
        <source>history: raw samples must be kept at least 10m (they are rolled up after a few minutes)</source>
        <translation>history: Rohwerte (raw) müssen mindestens 10m aufbewahrt werden (sie werden nach wenigen Minuten zusammengefasst)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1867"/>
        <source>history: %1 is kept longer than %2 (%3 &gt; %4); keep finer history no longer than coarser history</source>
        <translation>history: %1 wird länger aufbewahrt als %2 (%3 &gt; %4); bewahren Sie feinere Verlaufsdaten nicht länger auf als gröbere</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1884"/>
        <source>invalid %1 &apos;%2&apos;: expected a percentage of the limit from 0% to 100%, e.g. 25%</source>
        <translation>ungültiger Wert für %1 &apos;%2&apos;: erwartet wird ein Anteil am Limit von 0% bis 100%, z. B. 25%</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1897"/>
        <source>timeout %1 is longer than the interval %2; the timeout must not exceed the interval</source>
        <translation>timeout %1 ist länger als interval %2; das Zeitlimit darf das Intervall nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1909"/>
        <source>expected a key name, found %1</source>
        <translation>Schlüsselname erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1917"/>
        <source>unknown key &apos;%1&apos; %2%3 (allowed: %4)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; %2%3 (erlaubt: %4)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1922"/>
        <source>duplicate key &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1951"/>
        <source>empty id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>leere id: verwenden Sie Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1952"/>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;-&apos; only</source>
        <translation>ungültige id &apos;%1&apos;: verwenden Sie nur Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1961"/>
        <source>a duration such as 500ms, 10s, 5m or 1h</source>
        <translation>eine Dauer wie 500ms, 10s, 5m oder 1h</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="727"/>
        <location filename="../services/configloader.cpp" line="1967"/>
        <source>invalid %1 &apos;%2&apos;: %3</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1813"/>
        <source>history from Prometheus needs a &apos;url&apos;, e.g. url: http://prometheus:9090</source>
        <translation>Verlauf aus Prometheus braucht eine &apos;url&apos;, z. B. url: http://prometheus:9090</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1821"/>
        <source>history: &apos;%1&apos; applies only to source: prometheus, not to source: local</source>
        <translation>history: &apos;%1&apos; gilt nur für source: prometheus, nicht für source: local</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1822"/>
        <source>history: &apos;%1&apos; applies only to source: prometheus; add source: prometheus to read history from Prometheus</source>
        <translation>history: &apos;%1&apos; gilt nur für source: prometheus; source: prometheus ergänzen, um den Verlauf aus Prometheus zu lesen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1971"/>
        <location filename="../services/configloader.cpp" line="1997"/>
        <source>%1 must be greater than 0</source>
        <translation>%1 muss größer als 0 sein</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1979"/>
        <source>a size in bytes, optionally with KiB or MiB (e.g. 65536, 512KiB, 1MiB)</source>
        <translation>eine Größe in Bytes, optional mit KiB oder MiB (z. B. 65536, 512KiB, 1MiB)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1988"/>
        <source>invalid %1 &apos;%2&apos;: expected %3</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: erwartet wird %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2006"/>
        <source>a whole number of at least 1</source>
        <translation>eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2013"/>
        <source>invalid %1 &apos;%2&apos;: expected a whole number of at least 1</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: erwartet wird eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2033"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2041"/>
        <source>invalid %1 &apos;%2&apos;: expected true or false</source>
        <translation>ungültiges %1 &apos;%2&apos;: true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2053"/>
        <source>expected a header name, found %1</source>
        <translation>Header-Name erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2058"/>
        <source>invalid header name &apos;%1&apos;: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>ungültiger Header-Name &apos;%1&apos;: verwenden Sie Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2062"/>
        <source>duplicate header &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelter Header &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2071"/>
        <source>the value of header &apos;%1&apos; must be on one line</source>
        <translation>der Wert des Headers &apos;%1&apos; muss in einer Zeile stehen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2086"/>
        <source>invalid reference in &apos;%1&apos;: %2</source>
        <translation>ungültige Referenz in &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2093"/>
        <source>empty url: expected an absolute http:// or https:// URL</source>
        <translation>leere url: erwartet wird eine absolute http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2105"/>
        <source>invalid url: expected an absolute http:// or https:// URL, e.g. https://api.example.com/health</source>
        <translation>ungültige url: erwartet wird eine absolute http://- oder https://-URL, z. B. https://api.example.com/health</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2108"/>
        <source>unsupported url scheme &apos;%1&apos; (allowed: http, https)</source>
        <translation>nicht unterstütztes URL-Schema &apos;%1&apos; (erlaubt: http, https)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2110"/>
        <source>invalid url: no host name after %1://</source>
        <translation>ungültige url: kein Hostname nach %1://</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2124"/>
        <source>expected a condition string in &apos;%1&apos;, found %2; quote conditions that start with &apos;[&apos;, e.g. - &quot;[STATUS] == 200&quot;</source>
        <translation>Bedingung als Zeichenkette in &apos;%1&apos; erwartet, gefunden: %2; setzen Sie Bedingungen, die mit &apos;[&apos; beginnen, in Anführungszeichen, z. B. - &quot;[STATUS] == 200&quot;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2131"/>
        <source>empty condition in &apos;%1&apos;</source>
        <translation>leere Bedingung in &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2137"/>
        <source>invalid condition &apos;%1&apos;: %2</source>
        <translation>ungültige Bedingung &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2153"/>
        <source>auto, off or a map with remaining, limit, reset and reset_unit</source>
        <translation>auto, off oder eine Map mit remaining, limit, reset und reset_unit</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2157"/>
        <source>in quota</source>
        <translation>in quota</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2163"/>
        <source>quota needs &apos;remaining&apos;, e.g. remaining: &quot;[BODY].rate.remaining&quot;</source>
        <translation>quota braucht &apos;remaining&apos;, z. B. remaining: &quot;[BODY].rate.remaining&quot;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2176"/>
        <source>quota &apos;reset&apos; needs a &apos;reset_unit&apos; (%1): is the reset epoch seconds, seconds from now, or an ISO time?</source>
        <translation>quota &apos;reset&apos; braucht eine &apos;reset_unit&apos; (%1): Ist der Reset in Epochensekunden, in Sekunden ab jetzt oder als ISO-Zeit angegeben?</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2182"/>
        <source>quota &apos;reset_unit&apos; without &apos;reset&apos;</source>
        <translation>quota &apos;reset_unit&apos; ohne &apos;reset&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2191"/>
        <source>empty quota policy: leave &apos;policy&apos; out for &quot;default&quot;</source>
        <translation>leere Kontingent-Richtlinie: &apos;policy&apos; für &quot;default&quot; weglassen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2209"/>
        <source>a placeholder such as &quot;[BODY].rate.remaining&quot;</source>
        <translation>einen Platzhalter wie &quot;[BODY].rate.remaining&quot;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2215"/>
        <source>invalid placeholder &apos;%1&apos; for quota &apos;%2&apos;: %3</source>
        <translation>ungültiger Platzhalter &apos;%1&apos; für quota &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2230"/>
        <source>unknown %1 &apos;%2&apos;%3 (allowed: %4)</source>
        <translation>unbekannte(r) %1 &apos;%2&apos;%3 (erlaubt: %4)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2240"/>
        <source>a map of quota names to limits, e.g. {tokensPerDay: 200000}</source>
        <translation>eine Map von Kontingentnamen auf Limits, z. B. {tokensPerDay: 200000}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2248"/>
        <source>expected a quota name in &apos;quota_limits&apos;, found %1</source>
        <translation>Kontingentname in &apos;quota_limits&apos; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2253"/>
        <source>duplicate quota &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppeltes Kontingent &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2263"/>
        <source>invalid limit for quota &apos;%1&apos;: expected a number greater than 0</source>
        <translation>ungültiges Limit für Kontingent &apos;%1&apos;: Zahl größer als 0 erwartet</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2364"/>
        <source>expected %1 for &apos;%2&apos;, found %3</source>
        <translation>für &apos;%2&apos; wird %1 erwartet, gefunden: %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="2374"/>
        <source>cannot read the configuration file: %1</source>
        <translation>die Konfigurationsdatei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>gw::Dashboard</name>
    <message>
        <location filename="../app/dashboard.cpp" line="73"/>
        <source>The history file was damaged; it was set aside and a new one started.</source>
        <translation>Die Verlaufsdatei war beschädigt; sie wurde beiseitegelegt und eine neue angelegt.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="77"/>
        <source>History is not being saved — monitoring goes on, and saving resumes when it can.</source>
        <translation>Der Verlauf wird nicht gespeichert – die Überwachung läuft weiter, und das Speichern wird fortgesetzt, sobald es wieder möglich ist.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="81"/>
        <source>History is off — monitoring goes on without it.</source>
        <translation>Der Verlauf ist abgeschaltet – die Überwachung läuft ohne ihn weiter.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="96"/>
        <source>The checks run on the agents that Prometheus scrapes: pause them there.</source>
        <translation>Die Prüfungen laufen auf den Agenten, die Prometheus abfragt: dort pausieren.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="156"/>
        <source>Prometheus does not answer — no live state has been read yet.</source>
        <translation>Prometheus antwortet nicht – noch kein aktueller Zustand gelesen.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="161"/>
        <source>Prometheus does not answer — the states shown are those of %1.</source>
        <translation>Prometheus antwortet nicht – die angezeigten Zustände sind die von %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="168"/>
        <source>The live state cannot be read.</source>
        <translation>Der aktuelle Zustand kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="174"/>
        <source>Prometheus at %1</source>
        <translation>Prometheus auf %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="175"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="211"/>
        <source>The rules were not saved:</source>
        <translation>Die Regeln wurden nicht gespeichert:</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="229"/>
        <source>Acknowledged from the desktop notification</source>
        <translation>In der Desktop-Benachrichtigung bestätigt</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="237"/>
        <source>Silenced from the desktop notification</source>
        <translation>In der Desktop-Benachrichtigung stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="258"/>
        <source>Still firing</source>
        <translation>Weiterhin ausgelöst</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="258"/>
        <source>Still firing: %1</source>
        <translation>Weiterhin ausgelöst: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="270"/>
        <source>%1 (trying again)</source>
        <translation>%1 (neuer Versuch folgt)</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="289"/>
        <source>%1 is an alert of the team&apos;s Alertmanager, which keeps no acknowledgements: silence it, or acknowledge it where Alertmanager sends it</source>
        <translation>%1 ist ein Alarm aus dem Alertmanager des Teams, der keine Bestätigungen führt: stummschalten oder dort bestätigen, wohin der Alertmanager ihn sendet</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="337"/>
        <source>The team&apos;s silences cannot be read: %1</source>
        <translation>Die Stummschaltungen des Teams können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="385"/>
        <source>notes are kept in the data directory, and there is none</source>
        <translation>Notizen werden im Datenverzeichnis gespeichert, und es ist keines vorhanden</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="402"/>
        <source>Scorecards are computed from the history, which is not kept without a data directory.</source>
        <translation>Scorecards werden aus dem Verlauf berechnet, der ohne Datenverzeichnis nicht aufbewahrt wird.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="434"/>
        <location filename="../app/dashboard.cpp" line="473"/>
        <source>The scorecards cannot be computed: %1</source>
        <translation>Die Scorecards können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="516"/>
        <source>No event feed: add events_url to the gateway section to keep its failed calls and webhook deliveries</source>
        <translation>Kein Ereignis-Feed: Ergänzen Sie events_url im Abschnitt gateway, um die fehlgeschlagenen Aufrufe und Webhook-Zustellungen des Gateways aufzubewahren</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="526"/>
        <source>Event feed: %1 events stored since start</source>
        <translation>Ereignis-Feed: %1 Ereignisse seit dem Start gespeichert</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="528"/>
        <source>Event feed: %1</source>
        <translation>Ereignis-Feed: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="537"/>
        <source>Event feed: the gateway no longer had %1 events (%2); they are missing from the history</source>
        <translation>Ereignis-Feed: Das Gateway hatte %1 Ereignisse nicht mehr (%2); sie fehlen im Verlauf</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="540"/>
        <source>Event feed: the gateway no longer had some events (%1); they are missing from the history</source>
        <translation>Ereignis-Feed: Das Gateway hatte einige Ereignisse nicht mehr (%1); sie fehlen im Verlauf</translation>
    </message>
</context>
<context>
    <name>gw::DesktopNotifications</name>
    <message>
        <location filename="../ui/desktopnotifications.cpp" line="67"/>
        <source>The desktop did not show the notification: %1</source>
        <translation>Der Desktop hat die Benachrichtigung nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>gw::Duration</name>
    <message>
        <location filename="../models/duration.cpp" line="56"/>
        <source>use ms, s, m, h or d</source>
        <translation>verwenden Sie ms, s, m, h oder d</translation>
    </message>
    <message>
        <location filename="../models/duration.cpp" line="65"/>
        <source>empty duration (write e.g. 30s, 5m or 1h30m)</source>
        <translation>leere Dauer (schreiben Sie z. B. 30s, 5m oder 1h30m)</translation>
    </message>
    <message>
        <location filename="../models/duration.cpp" line="72"/>
        <source>negative duration &apos;%1&apos; (durations count up from 0)</source>
        <translation>negative Dauer &apos;%1&apos; (Dauern zählen ab 0 aufwärts)</translation>
    </message>
    <message>
        <location filename="../models/duration.cpp" line="74"/>
        <source>unexpected space in &apos;%1&apos; (write e.g. 1h30m)</source>
        <translation>unerwartetes Leerzeichen in &apos;%1&apos; (schreiben Sie z. B. 1h30m)</translation>
    </message>
    <message>
        <location filename="../models/duration.cpp" line="76"/>
        <source>expected a number at &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>Zahl erwartet bei &apos;%1&apos; in &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../models/duration.cpp" line="93"/>
        <source>fractions are not allowed in &apos;%1&apos; (write e.g. 1h30m instead of 1.5h)</source>
        <translation>Nachkommastellen sind in &apos;%1&apos; nicht erlaubt (schreiben Sie z. B. 1h30m statt 1.5h)</translation>
    </message>
    <message>
        <location filename="../models/duration.cpp" line="101"/>
        <location filename="../models/duration.cpp" line="108"/>
        <source>unknown unit &apos;%1&apos; in &apos;%2&apos; (%3)</source>
        <translation>unbekannte Einheit &apos;%1&apos; in &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location filename="../models/duration.cpp" line="102"/>
        <source>missing unit after &apos;%1&apos; in &apos;%2&apos; (%3)</source>
        <translation>fehlende Einheit nach &apos;%1&apos; in &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location filename="../models/duration.cpp" line="112"/>
        <source>duration &apos;%1&apos; is too large</source>
        <translation>Dauer &apos;%1&apos; ist zu groß</translation>
    </message>
</context>
<context>
    <name>gw::EvidenceViews</name>
    <message>
        <location filename="../ui/evidenceviews.cpp" line="20"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/evidenceviews.cpp" line="21"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>gw::ExportCommand</name>
    <message>
        <location filename="../app/exportcommand.cpp" line="193"/>
        <source>Write the recorded history to stdout, oldest first.</source>
        <translation>Gibt den aufgezeichneten Verlauf auf stdout aus, älteste Einträge zuerst.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="195"/>
        <source>The export command.</source>
        <translation>Der Befehl export.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="196"/>
        <source>Start: a duration back from now (24h, 7d) or an ISO time.</source>
        <translation>Beginn: eine Dauer, von jetzt aus zurückgerechnet (24h, 7d), oder eine ISO-Zeit.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="198"/>
        <source>End: an ISO time (default: now).</source>
        <translation>Ende: eine ISO-Zeit (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="199"/>
        <source>Only this integration, or INTEGRATION/CHECK.</source>
        <translation>Nur diese Integration, oder INTEGRATION/CHECK für eine einzelne Prüfung.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="200"/>
        <source>raw (every attempt), 1m, 1h or 1d.</source>
        <translation>raw (jeder Versuch), 1m, 1h oder 1d.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="202"/>
        <source>Output format: json (one object per line) or csv.</source>
        <translation>Ausgabeformat: json (ein Objekt pro Zeile) oder csv.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="210"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="214"/>
        <source>--since is required, e.g. --since 24h or --since 2026-11-01T00:00:00Z</source>
        <translation>--since ist erforderlich, z. B. --since 24h oder --since 2026-11-01T00:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="220"/>
        <source>--since: &apos;%1&apos; is neither a duration (24h, 7d) nor an ISO 8601 time</source>
        <translation>--since: &apos;%1&apos; ist weder eine Dauer (24h, 7d) noch eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="228"/>
        <source>--until: &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>--until: &apos;%1&apos; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="233"/>
        <source>--until must be after --since</source>
        <translation>--until muss nach --since liegen</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="238"/>
        <source>unknown resolution &apos;%1&apos; (use raw, 1m, 1h or 1d)</source>
        <translation>unbekannte Auflösung &apos;%1&apos; (verwenden Sie raw, 1m, 1h oder 1d)</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="248"/>
        <source>--check: expected INTEGRATION or INTEGRATION/CHECK, got &apos;%1&apos;</source>
        <translation>--check: INTEGRATION oder INTEGRATION/CHECK erwartet, angegeben: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="258"/>
        <source>no history at %1 yet: the window and &apos;gatewatch agent&apos; record it</source>
        <translation>noch kein Verlauf unter %1: er wird vom Fenster und von &apos;gatewatch agent&apos; aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>gw::FailedCallsPage</name>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="52"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="53"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="54"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="55"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="56"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="57"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="58"/>
        <source>All kept</source>
        <translation>Alle aufbewahrten</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="70"/>
        <source>Any status</source>
        <translation>Alle Statuscodes</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="71"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="72"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="73"/>
        <source>429 Too Many Requests</source>
        <translation>429 Too Many Requests</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="74"/>
        <location filename="../ui/failedcallspage.cpp" line="547"/>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="84"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="160"/>
        <source>History is off, so failed calls are not kept.</source>
        <translation>Der Verlauf ist abgeschaltet, daher werden keine fehlgeschlagenen Aufrufe aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="225"/>
        <location filename="../ui/failedcallspage.cpp" line="389"/>
        <source>All integrations</source>
        <translation>Alle Integrationen</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="228"/>
        <source>Check or route</source>
        <translation>Prüfung oder Route</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="233"/>
        <source>Any failure</source>
        <translation>Alle Fehlerarten</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="247"/>
        <source>Search URL, reason, request id</source>
        <translation>URL, Grund, Anfrage-ID suchen</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="273"/>
        <location filename="../ui/failedcallspage.cpp" line="498"/>
        <source>Select a call to see what was sent, what came back and why it failed.</source>
        <translation>Wählen Sie einen Aufruf aus, um zu sehen, was gesendet wurde, was zurückkam und warum er fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="292"/>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="294"/>
        <source>A command that sends the same request; redacted values are environment variables</source>
        <translation>Ein Befehl, der dieselbe Anfrage sendet; geschwärzte Werte sind Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="295"/>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="297"/>
        <source>A Markdown summary for an incident channel</source>
        <translation>Eine Markdown-Zusammenfassung für einen Incident-Kanal</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="298"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="300"/>
        <location filename="../ui/failedcallspage.cpp" line="535"/>
        <source>Runs this check now and shows the result here</source>
        <translation>Führt diese Prüfung jetzt aus und zeigt das Ergebnis hier an</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="301"/>
        <source>Export selected…</source>
        <translation>Auswahl exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="318"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="334"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="342"/>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="345"/>
        <source>Indent JSON and XML; clear to see the body as it arrived</source>
        <translation>JSON und XML einrücken; abwählen, um den Inhalt so zu sehen, wie er ankam</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="357"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="361"/>
        <source>Timing</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="365"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="485"/>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="494"/>
        <source>1 failed call</source>
        <translation>1 fehlgeschlagener Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="494"/>
        <source>%1 failed calls</source>
        <translation>%1 fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="496"/>
        <source>No failed calls match. Widen the time window or clear a filter.</source>
        <translation>Keine passenden fehlgeschlagenen Aufrufe. Vergrößern Sie das Zeitfenster oder entfernen Sie einen Filter.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="519"/>
        <source>This call is no longer kept.</source>
        <translation>Dieser Aufruf wird nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="536"/>
        <source>Only Gatewatch&apos;s own checks can be retried from here</source>
        <translation>Nur die eigenen Prüfungen von Gatewatch können hier wiederholt werden</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="539"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="540"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="542"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="544"/>
        <source>Gateway route</source>
        <translation>Gateway-Route</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="545"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="546"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="546"/>
        <location filename="../ui/failedcallspage.cpp" line="572"/>
        <location filename="../ui/failedcallspage.cpp" line="706"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="548"/>
        <source>Failure</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="550"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="552"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="552"/>
        <source>%1 saw %2</source>
        <translation>%1, tatsächlich: %2</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="553"/>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="555"/>
        <source>Vendor request id</source>
        <translation>Anfrage-ID des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="557"/>
        <source>Gateway request id</source>
        <translation>Anfrage-ID des Gateways</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="559"/>
        <source>Gateway&apos;s retry decision</source>
        <translation>Wiederholungsentscheidung des Gateways</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="561"/>
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="567"/>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="571"/>
        <source>HTTP %1 · the body is cut at 64 KiB</source>
        <translation>HTTP %1 · der Inhalt ist bei 64 KiB abgeschnitten</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="575"/>
        <source>No response arrived.</source>
        <translation>Keine Antwort erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="576"/>
        <source>No response arrived: %1.</source>
        <translation>Keine Antwort erhalten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="593"/>
        <source>Waiting for a connection slot</source>
        <translation>Warten auf eine freie Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="594"/>
        <source>DNS and connect</source>
        <translation>DNS und Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="595"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="596"/>
        <source>Until the first byte</source>
        <translation>Bis zum ersten Byte</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="597"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="600"/>
        <source>The connection was reused, so there was no connect or TLS phase.</source>
        <translation>Die Verbindung wurde wiederverwendet, daher gab es keinen Verbindungsaufbau und keinen TLS-Handshake.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="604"/>
        <source>Looking for the last good answer…</source>
        <translation>Letzte gute Antwort wird gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="623"/>
        <source>No successful answer of this check is kept from before this call, so there is nothing to compare with yet.</source>
        <translation>Aus der Zeit vor diesem Aufruf ist keine erfolgreiche Antwort dieser Prüfung aufbewahrt, daher gibt es noch nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="625"/>
        <source>Calls the gateway reported have no good answer kept to compare with.</source>
        <translation>Für vom Gateway gemeldete Aufrufe ist keine gute Antwort zum Vergleichen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="635"/>
        <source>Compared with the last good answer, at %1: lines marked − were in the good answer, lines marked + are new in this one.</source>
        <translation>Verglichen mit der letzten guten Antwort von %1: Mit − markierte Zeilen standen in der guten Antwort, mit + markierte Zeilen sind in dieser neu.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="662"/>
        <source>(no response)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="671"/>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="694"/>
        <source>Running %1 now…</source>
        <translation>%1 wird jetzt ausgeführt …</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="706"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="710"/>
        <source>Retried at %1: it works now (%2 in %3).</source>
        <translation>Um %1 wiederholt: funktioniert jetzt (%2 in %3).</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="713"/>
        <source>Retried at %1: still failing (%2 in %3): %4</source>
        <translation>Um %1 wiederholt: schlägt weiterhin fehl (%2 in %3): %4</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="725"/>
        <source>Export selected calls</source>
        <translation>Ausgewählte Aufrufe exportieren</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="725"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="739"/>
        <source>No loaded calls are selected.</source>
        <translation>Es sind keine geladenen Aufrufe ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallspage.cpp" line="758"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gw::FailuresModel</name>
    <message>
        <location filename="../models/failuresmodel.cpp" line="100"/>
        <source>none</source>
        <comment>no HTTP response was received</comment>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="135"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="137"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="139"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="141"/>
        <source>HTTP</source>
        <comment>column header: HTTP status code</comment>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="143"/>
        <source>Failure</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="145"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="158"/>
        <source>Name lookup (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="160"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="162"/>
        <source>TLS / certificate</source>
        <translation>TLS / Zertifikat</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="164"/>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="166"/>
        <source>HTTP error status</source>
        <translation>HTTP-Fehlerstatus</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="168"/>
        <source>Condition not met</source>
        <translation>Bedingung nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="170"/>
        <location filename="../models/failuresmodel.cpp" line="191"/>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="172"/>
        <source>Response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="174"/>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="176"/>
        <source>Other</source>
        <comment>failure without a class</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="183"/>
        <source>Up</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="185"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="187"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="189"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="195"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>gw::GatewayEventFeed</name>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="71"/>
        <location filename="../services/gatewayfeed.cpp" line="211"/>
        <location filename="../services/gatewayfeed.cpp" line="496"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="73"/>
        <location filename="../services/gatewayfeed.cpp" line="200"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="77"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="110"/>
        <source>field &apos;%1&apos; is missing</source>
        <translation>Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="114"/>
        <source>field &apos;%1&apos; is not %2: %3</source>
        <translation>Feld &apos;%1&apos;: erwartet wird %2, gefunden: %3</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="122"/>
        <source>field &apos;%1&apos; is empty</source>
        <translation>Feld &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="129"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="140"/>
        <source>field &apos;%1&apos; is not an RFC 3339 time: %2</source>
        <translation>Feld &apos;%1&apos; ist keine RFC-3339-Zeit: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="145"/>
        <source>an RFC 3339 time</source>
        <translation>eine RFC-3339-Zeit</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="156"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="167"/>
        <source>field &apos;%1&apos; is not a whole number from %2 to %3: %4</source>
        <translation>Feld &apos;%1&apos; ist keine ganze Zahl von %2 bis %3: %4</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="176"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="187"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="222"/>
        <source>field &apos;%1&apos; item %2 is not a [name, value] pair of strings</source>
        <translation>Feld &apos;%1&apos;, Eintrag %2 ist kein [name, value]-Paar aus Zeichenketten</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="312"/>
        <source>field &apos;%1&apos; is not base64</source>
        <translation>Feld &apos;%1&apos; ist nicht Base64-kodiert</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="330"/>
        <source>field &apos;%1&apos; is not an object: %2</source>
        <translation>Feld &apos;%1&apos; ist kein Objekt: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="395"/>
        <source>an HTML page (%1)</source>
        <translation>eine HTML-Seite (%1)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="396"/>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="458"/>
        <source>field &apos;cursor&apos; is longer than %1 characters</source>
        <translation>Feld &apos;cursor&apos; ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="471"/>
        <source>unknown event type %1</source>
        <translation>unbekannter Ereignistyp %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="481"/>
        <source>the page is empty</source>
        <translation>die Seite ist leer</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="487"/>
        <source>not JSON at byte %1: %2</source>
        <translation>kein JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="491"/>
        <source>the body is %1</source>
        <translation>der Antwortinhalt ist %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="495"/>
        <source>not an event page: the JSON is %1, not an object</source>
        <translation>keine Ereignisseite: das JSON ist %1, kein Objekt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="496"/>
        <source>a single value</source>
        <translation>ein Einzelwert</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="500"/>
        <source>not an event page: it has no &apos;version&apos;</source>
        <translation>keine Ereignisseite: &apos;version&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="503"/>
        <source>field &apos;version&apos; is not a version of the event feed: %1</source>
        <translation>Feld &apos;version&apos; ist keine Version des Ereignis-Feeds: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="506"/>
        <source>version %1 is newer than this Gatewatch understands (it reads version %2)</source>
        <translation>Version %1 ist zu neu für diese Gatewatch-Version (sie liest Version %2)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="518"/>
        <source>field &apos;events&apos; is missing</source>
        <translation>Feld &apos;events&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="519"/>
        <source>field &apos;events&apos; is not a list: %1</source>
        <translation>Feld &apos;events&apos; ist keine Liste: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="536"/>
        <source>field &apos;next_cursor&apos; is longer than %1 characters</source>
        <translation>Feld &apos;next_cursor&apos; ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="544"/>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="545"/>
        <source>event %1 (id %2)</source>
        <translation>Ereignis %1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="553"/>
        <source>not an object but %1</source>
        <translation>kein Objekt, sondern %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/gatewayfeed.cpp" line="568"/>
        <source>%n more events could not be read</source>
        <translation>
            <numerusform>%n weiteres Ereignis konnte nicht gelesen werden</numerusform>
            <numerusform>%n weitere Ereignisse konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="754"/>
        <source>Paused: there is no history to record the events in</source>
        <translation>Pausiert: Es gibt keinen Verlauf, in dem die Ereignisse aufgezeichnet werden können</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="760"/>
        <source>Paused while the history cannot be written</source>
        <translation>Pausiert, solange der Verlauf nicht geschrieben werden kann</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="761"/>
        <source>Paused while the history cannot be written: %1</source>
        <translation>Pausiert, solange der Verlauf nicht geschrieben werden kann: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="785"/>
        <source>Paused while the history cannot be read: %1</source>
        <translation>Pausiert, solange der Verlauf nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="861"/>
        <location filename="../services/gatewayfeed.cpp" line="909"/>
        <source>the page is larger than the limit of %1 bytes</source>
        <translation>die Seite ist größer als das Limit von %1 Bytes</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="873"/>
        <source>the page of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>die Seite mit %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="884"/>
        <source>the page was not complete within %1 s (%2 bytes received)</source>
        <translation>die Seite war nicht innerhalb von %1 s vollständig (%2 Bytes empfangen)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="886"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="913"/>
        <source>the event feed at %1</source>
        <translation>dem Ereignis-Feed unter %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="915"/>
        <location filename="../services/gatewayfeed.cpp" line="952"/>
        <source>Could not read %1: %2</source>
        <translation>Lesen aus %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="926"/>
        <source>host &apos;%1&apos; not found</source>
        <translation>Host &apos;%1&apos; nicht gefunden</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="929"/>
        <source>connection refused by %1:%2</source>
        <translation>Verbindung abgelehnt durch %1:%2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="935"/>
        <source>the connection closed before the whole page arrived (%1 bytes received)</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Seite angekommen war (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="937"/>
        <source>the connection closed before an answer</source>
        <translation>die Verbindung wurde vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="944"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="944"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="968"/>
        <source>The page from %1 cannot be read: %2</source>
        <translation>Die Seite aus %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="978"/>
        <source>%1 from %2: the gateway does not accept the feed&apos;s credentials (the headers in the configuration)%3</source>
        <translation>%1 von %2: das Gateway akzeptiert die Zugangsdaten des Feeds nicht (die Header in der Konfiguration)%3</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="991"/>
        <source>%1 from %2: polled too often</source>
        <translation>%1 von %2: zu häufig abgefragt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="998"/>
        <source>%1 from %2: it does not know the cursor &apos;%3&apos; (%4); reading its events from the oldest on</source>
        <translation>%1 von %2: der Cursor &apos;%3&apos; ist dort unbekannt (%4); die Ereignisse werden ab dem ältesten gelesen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="1012"/>
        <source>%1 from %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="1033"/>
        <source>An event from %1 was left out: %2</source>
        <translation>Ein Ereignis von %1 wurde ausgelassen: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="1122"/>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
</context>
<context>
    <name>gw::GatewayPage</name>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="76"/>
        <source>Up</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="78"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="80"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="82"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="84"/>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="88"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="94"/>
        <source>Read back from the agents&apos; metrics in Prometheus</source>
        <translation>Aus den Metriken der Agenten in Prometheus zurückgelesen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="98"/>
        <source>Kong, recognised from its metric names</source>
        <translation>Kong, an den Metriknamen erkannt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="99"/>
        <source>Kong, as configured</source>
        <translation>Kong, laut Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="101"/>
        <source>Traefik, recognised from its metric names</source>
        <translation>Traefik, an den Metriknamen erkannt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="102"/>
        <source>Traefik, as configured</source>
        <translation>Traefik, laut Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="104"/>
        <source>Envoy, recognised from its metric names</source>
        <translation>Envoy, an den Metriknamen erkannt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="105"/>
        <source>Envoy, as configured</source>
        <translation>Envoy, laut Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="109"/>
        <source>No known gateway&apos;s metric names found</source>
        <translation>Keine Metriknamen eines bekannten Gateways gefunden</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="110"/>
        <source>Generic, with the configured metric names</source>
        <translation>Generisch, mit den konfigurierten Metriknamen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="116"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="117"/>
        <source>%1 ago</source>
        <comment>a duration ago</comment>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="373"/>
        <source>No gateway configured</source>
        <translation>Kein Gateway konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="374"/>
        <source>Add a gateway section to the configuration (see docs/configuration.md). Gatewatch then reads the gateway&apos;s metrics and shows here the health of every route it carries, its upstream targets and its error rates.</source>
        <translation>Fügen Sie der Konfiguration einen Abschnitt gateway hinzu (siehe docs/configuration.md). Gatewatch liest dann die Metriken des Gateways und zeigt hier den Zustand jeder Route, die darüber läuft, seine Upstream-Ziele und seine Fehlerraten.</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="440"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="442"/>
        <source>Double-click a route, or click a point on a chart, to see its failed calls</source>
        <translation>Doppelklicken Sie auf eine Route oder klicken Sie auf einen Punkt in einem Diagramm, um ihre fehlgeschlagenen Aufrufe zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="448"/>
        <source>Show failed calls</source>
        <translation>Fehlgeschlagene Aufrufe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="450"/>
        <source>The failed calls through the selected route in the last %1, up to the latest scrape</source>
        <translation>Die fehlgeschlagenen Aufrufe über die ausgewählte Route in den letzten %1, bis zum letzten Abruf</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="525"/>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="526"/>
        <source>The %1 busiest routes; routes with 5xx errors and the selected route take the places of the least busy</source>
        <translation>Die %1 meistgenutzten Routen; Routen mit 5xx-Fehlern und die ausgewählte Route nehmen die Plätze der am wenigsten genutzten ein</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="538"/>
        <source>The charts start with the second scrape, when there is a rate to draw.</source>
        <translation>Die Diagramme beginnen mit dem zweiten Abruf, sobald es eine Rate zu zeichnen gibt.</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="544"/>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="544"/>
        <source>5xx share of requests</source>
        <translation>5xx-Anteil der Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="582"/>
        <source>%1: %2 req/s</source>
        <comment>route: requests per second</comment>
        <translation>%1: %2 req/s</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="584"/>
        <source>%1: %2%</source>
        <comment>route: 5xx percentage</comment>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="603"/>
        <location filename="../ui/gatewaypage.cpp" line="875"/>
        <source>Upstream targets</source>
        <translation>Upstream-Ziele</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="608"/>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="608"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="608"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="628"/>
        <source>The gateway reports no upstream targets. Kong does once health checks are configured; Traefik and Envoy for their load-balanced services.</source>
        <translation>Das Gateway meldet keine Upstream-Ziele. Kong tut das, sobald Health-Checks konfiguriert sind; Traefik und Envoy für ihre lastverteilten Dienste.</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="758"/>
        <source>No metrics page configured</source>
        <translation>Keine Metrikseite konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="759"/>
        <source>Routes, upstream targets and error rates come from the gateway&apos;s Prometheus metrics. Add metrics_url to the gateway section (see docs/configuration.md).</source>
        <translation>Routen, Upstream-Ziele und Fehlerraten stammen aus den Prometheus-Metriken des Gateways. Ergänzen Sie metrics_url im Abschnitt gateway (siehe docs/configuration.md).</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="762"/>
        <source>Waiting for the first metrics page…</source>
        <translation>Warten auf die erste Metrikseite …</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="763"/>
        <source>Gatewatch reads the gateway&apos;s metrics every %1 s; its routes, upstream targets and error rates appear here once a page has been read.</source>
        <translation>Gatewatch liest die Metriken des Gateways alle %1 s; seine Routen, Upstream-Ziele und Fehlerraten erscheinen hier, sobald eine Seite gelesen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="768"/>
        <source>The last page could not be read: %1</source>
        <translation>Die letzte Seite konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="783"/>
        <source>The gateway&apos;s health, as the overview shows it</source>
        <translation>Der Zustand des Gateways, wie ihn die Übersicht zeigt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="791"/>
        <source>last scrape %1</source>
        <translation>letzter Abruf %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="803"/>
        <source>%1 series</source>
        <translation>%1 Zeitreihen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="806"/>
        <source>1 route</source>
        <translation>1 Route</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="806"/>
        <source>%1 routes</source>
        <translation>%1 Routen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="812"/>
        <source>Metrics page: %1</source>
        <translation>Metrikseite: %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="814"/>
        <source>Read in %1 ms</source>
        <translation>In %1 ms gelesen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="821"/>
        <source>The latest metrics page could not be read; the page shows the reading of %1</source>
        <translation>Die neueste Metrikseite konnte nicht gelesen werden; die Seite zeigt den Stand von %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="823"/>
        <source>The latest metrics page could not be read</source>
        <translation>Die neueste Metrikseite konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="827"/>
        <source>1 line of the latest metrics page could not be read and was skipped</source>
        <translation>1 Zeile der neuesten Metrikseite konnte nicht gelesen werden und wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="828"/>
        <source>%1 lines of the latest metrics page could not be read and were skipped</source>
        <translation>%1 Zeilen der neuesten Metrikseite konnten nicht gelesen werden und wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="868"/>
        <source>Reported by the gateway as %1</source>
        <translation>Vom Gateway gemeldet als %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="873"/>
        <source>Upstream targets: %1 of %2 healthy</source>
        <translation>Upstream-Ziele: %1 von %2 intakt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="883"/>
        <source>Datastore reachable</source>
        <translation>Datenspeicher erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="883"/>
        <source>Datastore unreachable</source>
        <translation>Datenspeicher nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="884"/>
        <source>Kong reaches its database</source>
        <translation>Kong erreicht seine Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="885"/>
        <source>Kong cannot reach its database: it keeps proxying with what it has cached, but configuration changes do not take effect</source>
        <translation>Kong erreicht seine Datenbank nicht: Es arbeitet als Proxy mit dem zwischengespeicherten Stand weiter, aber Konfigurationsänderungen werden nicht wirksam</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="1029"/>
        <location filename="../ui/gatewaypage.cpp" line="1097"/>
        <source>req/s</source>
        <comment>unit: requests per second</comment>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="1035"/>
        <source>%</source>
        <comment>unit: percent</comment>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>gw::GatewayRoutesModel</name>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="32"/>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="47"/>
        <source>%1/s</source>
        <comment>requests per second</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="56"/>
        <location filename="../models/gatewayroutesmodel.cpp" line="60"/>
        <location filename="../models/gatewayroutesmodel.cpp" line="62"/>
        <location filename="../models/gatewayroutesmodel.cpp" line="63"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="58"/>
        <source>&lt;%1%</source>
        <comment>percentage below the smallest shown</comment>
        <translation>&lt;%1 %</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="70"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="72"/>
        <location filename="../models/gatewayroutesmodel.cpp" line="73"/>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="217"/>
        <source>healthy</source>
        <comment>upstream target</comment>
        <translation>intakt</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="219"/>
        <source>unhealthy</source>
        <comment>upstream target</comment>
        <translation>nicht intakt</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="221"/>
        <source>DNS error</source>
        <comment>upstream target</comment>
        <translation>DNS-Fehler</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="223"/>
        <source>health checks off</source>
        <comment>upstream target</comment>
        <translation>Health-Checks aus</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="231"/>
        <source>Healthy</source>
        <comment>route</comment>
        <translation>Intakt</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="233"/>
        <source>Warning</source>
        <comment>route</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="237"/>
        <source>Critical</source>
        <comment>route</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="243"/>
        <source>%1 · %2</source>
        <comment>gateway service · route</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="351"/>
        <source>The gateway&apos;s metrics name no service for these requests</source>
        <translation>Die Metriken des Gateways nennen keinen Dienst für diese Anfragen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="352"/>
        <source>Gateway service %1</source>
        <translation>Gateway-Dienst %1</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="354"/>
        <source>Route %1 of service %2</source>
        <translation>Route %1 von Dienst %2</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="355"/>
        <source>Requests of this service that matched no route, or a gateway that reports services only</source>
        <translation>Anfragen an diesen Dienst, die zu keiner Route passten, oder ein Gateway, das nur Dienste meldet</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="359"/>
        <source>No integration is mapped to this route (routes in the gateway section of the configuration)</source>
        <translation>Dieser Route ist keine Integration zugeordnet (routes im Abschnitt gateway der Konfiguration)</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="360"/>
        <source>The integration whose traffic this route carries</source>
        <translation>Die Integration, deren Verkehr über diese Route läuft</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="362"/>
        <location filename="../models/gatewayroutesmodel.cpp" line="416"/>
        <source>Requests per second between the last two scrapes</source>
        <translation>Anfragen pro Sekunde zwischen den letzten beiden Abrufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="362"/>
        <source>Known after the second scrape</source>
        <translation>Nach dem zweiten Abruf bekannt</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="365"/>
        <location filename="../models/gatewayroutesmodel.cpp" line="370"/>
        <location filename="../models/gatewayroutesmodel.cpp" line="375"/>
        <source>No requests to judge</source>
        <translation>Keine Anfragen zum Bewerten</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="366"/>
        <source>5xx over all requests between the last two scrapes</source>
        <translation>Anteil von 5xx an allen Anfragen zwischen den letzten beiden Abrufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="367"/>
        <source>5xx over all requests since the gateway&apos;s counters started</source>
        <translation>Anteil von 5xx an allen Anfragen, seit die Zähler des Gateways laufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="371"/>
        <source>4xx (429 included) over all requests between the last two scrapes</source>
        <translation>Anteil von 4xx (inkl. 429) an allen Anfragen zwischen den letzten beiden Abrufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="372"/>
        <source>4xx (429 included) over all requests since the gateway&apos;s counters started</source>
        <translation>Anteil von 4xx (inkl. 429) an allen Anfragen, seit die Zähler des Gateways laufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="376"/>
        <source>429 (rate limited) over all requests between the last two scrapes</source>
        <translation>Anteil von 429 (gedrosselt) an allen Anfragen zwischen den letzten beiden Abrufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="377"/>
        <source>429 (rate limited) over all requests since the gateway&apos;s counters started</source>
        <translation>Anteil von 429 (gedrosselt) an allen Anfragen, seit die Zähler des Gateways laufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="382"/>
        <source>No latency histogram for this route, or no requests</source>
        <translation>Kein Latenz-Histogramm für diese Route oder keine Anfragen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="383"/>
        <source>Median (p50)</source>
        <translation>Median (p50)</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="384"/>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="385"/>
        <source>99th percentile</source>
        <translation>99. Perzentil</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="386"/>
        <source>%1 of the latency between the last two scrapes, from the gateway&apos;s histogram</source>
        <translation>%1 der Latenz zwischen den letzten beiden Abrufen, aus dem Histogramm des Gateways</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="387"/>
        <source>%1 of the latency since the gateway&apos;s counters started, from its histogram</source>
        <translation>%1 der Latenz, seit die Zähler des Gateways laufen, aus seinem Histogramm</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="391"/>
        <source>The request rate over time, after a few scrapes</source>
        <translation>Die Anfragerate im Zeitverlauf, nach einigen Abrufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="400"/>
        <source>Requests per second over the last %1 min: %2 to %3, latest %4</source>
        <translation>Anfragen pro Sekunde in den letzten %1 Min.: %2 bis %3, zuletzt %4</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="418"/>
        <source>Share of requests answered with 5xx. A route needs attention from %1% and is critical from %2%.</source>
        <translation>Anteil der Anfragen, die mit 5xx beantwortet wurden. Eine Route braucht ab %1 % Aufmerksamkeit und ist ab %2 % kritisch.</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="423"/>
        <source>Share of requests answered with 4xx, 429 included</source>
        <translation>Anteil der Anfragen, die mit 4xx beantwortet wurden, 429 eingeschlossen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="425"/>
        <source>Share of requests answered with 429 Too Many Requests</source>
        <translation>Anteil der Anfragen, die mit 429 Too Many Requests beantwortet wurden</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="429"/>
        <source>Latency percentiles of the requests between the last two scrapes</source>
        <translation>Latenz-Perzentile der Anfragen zwischen den letzten beiden Abrufen</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="431"/>
        <source>Requests per second over time</source>
        <translation>Anfragen pro Sekunde im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="440"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="442"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="444"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="446"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="448"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="450"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="452"/>
        <source>429</source>
        <translation>429</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="454"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="456"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="458"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../models/gatewayroutesmodel.cpp" line="460"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>gw::GatewayWatch</name>
    <message>
        <location filename="../services/gatewaywatch.cpp" line="121"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewaywatch.cpp" line="126"/>
        <source>the metrics page holds no series</source>
        <translation>die Metrikseite enthält keine Zeitreihen</translation>
    </message>
</context>
<context>
    <name>gw::HealthFormat</name>
    <message>
        <location filename="../models/healthformat.cpp" line="191"/>
        <source>unrecognised status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>gw::HistoryPanel</name>
    <message>
        <location filename="../ui/historypanel.cpp" line="94"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="96"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="98"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="100"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="102"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="104"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="106"/>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="110"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="155"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="162"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="178"/>
        <source>Custom time range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="189"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="190"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="415"/>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="418"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="429"/>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="431"/>
        <source>Back to the picked range (Esc, or double-click a chart)</source>
        <translation>Zurück zum gewählten Zeitraum (Esc oder Doppelklick in ein Diagramm)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="437"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="438"/>
        <source>Ask the history again now (F5)</source>
        <translation>Verlauf jetzt neu abfragen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="469"/>
        <location filename="../ui/historypanel.cpp" line="1276"/>
        <source>Live · updated %1</source>
        <translation>Live · aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="516"/>
        <location filename="../ui/historypanel.cpp" line="564"/>
        <location filename="../ui/historypanel.cpp" line="1421"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="518"/>
        <location filename="../ui/historypanel.cpp" line="1419"/>
        <source>p50 (median)</source>
        <translation>p50 (Median)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="535"/>
        <source>days left</source>
        <translation>verbleibende Tage</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="562"/>
        <location filename="../ui/historypanel.cpp" line="597"/>
        <location filename="../ui/historypanel.cpp" line="619"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="565"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="571"/>
        <source>attempt at %1: %2</source>
        <translation>Versuch um %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="591"/>
        <source>%1 of %2 attempts failed</source>
        <translation>%1 von %2 Versuchen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="616"/>
        <source>%1 of %2 left</source>
        <translation>noch %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="617"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="631"/>
        <source>%1 days until the certificate expires</source>
        <translation>%1 Tage bis zum Ablauf des Zertifikats</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="656"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="657"/>
        <source>Clear the selected window (Esc)</source>
        <translation>Auswahl des Zeitfensters aufheben (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="959"/>
        <location filename="../ui/historypanel.cpp" line="1391"/>
        <source>ms</source>
        <comment>unit: milliseconds</comment>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1006"/>
        <location filename="../ui/historypanel.cpp" line="1049"/>
        <source>%</source>
        <comment>unit: percent</comment>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1054"/>
        <source>d</source>
        <comment>unit: days</comment>
        <translation>Tg.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1129"/>
        <source>Loading failed attempts, %1…</source>
        <translation>Fehlgeschlagene Versuche werden geladen, %1 …</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1152"/>
        <source>The failed attempts of %1 could not be read</source>
        <translation>Die fehlgeschlagenen Versuche für %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1158"/>
        <source>No failed attempts, %1</source>
        <translation>Keine fehlgeschlagenen Versuche, %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1160"/>
        <source>Latest %1 failed attempts, %2</source>
        <translation>Die neuesten %1 fehlgeschlagenen Versuche, %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1162"/>
        <source>1 failed attempt, %1</source>
        <translation>1 fehlgeschlagener Versuch, %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1164"/>
        <source>%1 failed attempts, %2</source>
        <translation>%1 fehlgeschlagene Versuche, %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1233"/>
        <source>Availability %1</source>
        <translation>Verfügbarkeit %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1233"/>
        <source>Availability unknown</source>
        <translation>Verfügbarkeit unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1237"/>
        <source>p50 %1 · p95 %2</source>
        <translation>p50 %1 · p95 %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1240"/>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1240"/>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1241"/>
        <source>1 failed</source>
        <translation>1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1241"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1250"/>
        <source>every attempt</source>
        <translation>einzelne Versuche</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1253"/>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1256"/>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1259"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1264"/>
        <source>%1 (%2), charted %3</source>
        <translation>%1 (%2), Darstellung: %3</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1270"/>
        <source>Zoomed to %1</source>
        <translation>Gezoomt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1272"/>
        <source>Fixed range, not refreshed</source>
        <translation>Fester Zeitraum, keine Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1274"/>
        <source>Update failed, retrying</source>
        <translation>Aktualisierung fehlgeschlagen, wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1317"/>
        <source>1 incident</source>
        <translation>1 Vorfall</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1317"/>
        <source>%1 incidents</source>
        <translation>%1 Vorfälle</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1319"/>
        <source>1 maintenance window</source>
        <translation>1 Wartungsfenster</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1320"/>
        <source>%1 maintenance windows</source>
        <translation>%1 Wartungsfenster</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1323"/>
        <source>%1 and %2</source>
        <comment>incidents and maintenance windows</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1325"/>
        <source>%1&apos;s status page: %2 in range</source>
        <translation>Statusseite von %1: %2 im Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1349"/>
        <source>History is off</source>
        <translation>Verlauf ist abgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1350"/>
        <source>Gatewatch keeps no history in this session, so there is nothing to chart. Uptime, latency and failures over time appear here when it does.</source>
        <translation>Gatewatch führt in dieser Sitzung keinen Verlauf, daher gibt es nichts darzustellen. Verfügbarkeit, Latenz und Fehler im Zeitverlauf erscheinen hier, sobald ein Verlauf geführt wird.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1354"/>
        <source>Select an integration or a check</source>
        <translation>Wählen Sie eine Integration oder eine Prüfung aus</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1355"/>
        <source>Its uptime, latency and failures over time appear here.</source>
        <translation>Verfügbarkeit, Latenz und Fehler im Zeitverlauf erscheinen dann hier.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1358"/>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1359"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1362"/>
        <source>The history of %1 could not be read</source>
        <translation>Der Verlauf von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1364"/>
        <source>Gatewatch will try again at the next refresh, or press Refresh.</source>
        <translation>Gatewatch versucht es bei der nächsten Aktualisierung erneut, oder klicken Sie auf Aktualisieren.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1365"/>
        <source>%1
Gatewatch will try again at the next refresh, or press Refresh.</source>
        <translation>%1
Gatewatch versucht es bei der nächsten Aktualisierung erneut, oder klicken Sie auf Aktualisieren.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1368"/>
        <source>No history yet for %1</source>
        <translation>Noch kein Verlauf für %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1369"/>
        <source>Nothing was recorded in this window. Reset the zoom to see the whole range.</source>
        <translation>In diesem Zeitfenster wurde nichts aufgezeichnet. Setzen Sie den Zoom zurück, um den gesamten Zeitraum zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1370"/>
        <source>Nothing was recorded in the selected range (%1). Results appear here after the next checks; a longer range may show older ones.</source>
        <translation>Im gewählten Zeitraum (%1) wurde nichts aufgezeichnet. Ergebnisse erscheinen hier nach den nächsten Prüfungen; ein längerer Zeitraum zeigt eventuell ältere.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1423"/>
        <source>single attempts</source>
        <translation>einzelne Versuche</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1424"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1432"/>
        <source>Errors by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1438"/>
        <source>Quota remaining (share of the limit)</source>
        <translation>Verbleibendes Kontingent (Anteil am Limit)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1438"/>
        <source>Quota remaining</source>
        <translation>Verbleibendes Kontingent</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1441"/>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1442"/>
        <source>days until it expires</source>
        <translation>Tage bis zum Ablauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="106"/>
        <source>%n min</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="108"/>
        <source>%n h</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="109"/>
        <source>%n d</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::HistoryStore</name>
    <message>
        <location filename="../services/historystore.cpp" line="587"/>
        <source>History is off: the folder %1 cannot be created</source>
        <translation>Verlauf abgeschaltet: Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="593"/>
        <source>History is off: %1 is not a file</source>
        <translation>Verlauf abgeschaltet: %1 ist keine Datei</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="599"/>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="607"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="620"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="628"/>
        <source>History is off: %1 was written by a newer Gatewatch (schema %2; this one knows %3). Use the newer version, or move the file away.</source>
        <translation>Verlauf abgeschaltet: %1 wurde von einer neueren Gatewatch-Version geschrieben (Schema %2; diese Version kennt %3). Verwenden Sie die neuere Version oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="667"/>
        <source>the journal cannot be switched to WAL</source>
        <translation>das Journal kann nicht auf WAL umgestellt werden</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="686"/>
        <source>History is recorded in %1</source>
        <translation>Der Verlauf wird in %1 aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="699"/>
        <source>History is off: %1 is damaged (%2) and cannot be moved aside</source>
        <translation>Verlauf abgeschaltet: %1 ist beschädigt (%2) und kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="712"/>
        <source>%1 was damaged (%2); it was moved aside to %3 and a new history started</source>
        <translation>%1 war beschädigt (%2); die Datei wurde nach %3 verschoben und ein neuer Verlauf begonnen</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="984"/>
        <source>The feed&apos;s cursor cannot be read: %1</source>
        <translation>Der Cursor des Feeds kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1372"/>
        <source>Writing history resumed</source>
        <translation>Schreiben des Verlaufs wieder aufgenommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/historystore.cpp" line="1376"/>
        <source>Writing history resumed; %n samples were dropped while the disk was full</source>
        <translation>
            <numerusform>Schreiben des Verlaufs wieder aufgenommen; %n Messwert wurde verworfen, während der Datenträger voll war</numerusform>
            <numerusform>Schreiben des Verlaufs wieder aufgenommen; %n Messwerte wurden verworfen, während der Datenträger voll war</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../services/historystore.cpp" line="1378"/>
        <source>Writing history resumed; %n samples were dropped while it could not be written</source>
        <translation>
            <numerusform>Schreiben des Verlaufs wieder aufgenommen; %n Messwert wurde verworfen, während der Verlauf nicht geschrieben werden konnte</numerusform>
            <numerusform>Schreiben des Verlaufs wieder aufgenommen; %n Messwerte wurden verworfen, während der Verlauf nicht geschrieben werden konnte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../services/historystore.cpp" line="1384"/>
        <source>%n samples recorded before the history was open were dropped</source>
        <translation>
            <numerusform>%n vor dem Öffnen des Verlaufs aufgezeichneter Messwert wurde verworfen</numerusform>
            <numerusform>%n vor dem Öffnen des Verlaufs aufgezeichnete Messwerte wurden verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1470"/>
        <source>%1 was received before</source>
        <translation>%1 wurde bereits empfangen</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1515"/>
        <source>The disk is full: %1 cannot grow (%2)</source>
        <translation>Der Datenträger ist voll: %1 kann nicht wachsen (%2)</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1518"/>
        <source>%1 is read-only (%2)</source>
        <translation>%1 ist schreibgeschützt (%2)</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1522"/>
        <source>%1 is locked by another program (%2)</source>
        <translation>%1 ist durch ein anderes Programm gesperrt (%2)</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1525"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1535"/>
        <source>samples wait in memory and the gateway&apos;s event feed pauses</source>
        <translation>Messwerte werden im Arbeitsspeicher vorgehalten, der Ereignis-Feed des Gateways pausiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/historystore.cpp" line="1538"/>
        <source>%n of the oldest were dropped</source>
        <translation>
            <numerusform>%n Messwert (der älteste) wurde verworfen</numerusform>
            <numerusform>%n Messwerte (die ältesten) wurden verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::HttpProbe</name>
    <message>
        <location filename="../services/httpprobe.cpp" line="30"/>
        <source>unnamed certificate</source>
        <translation>unbenanntes Zertifikat</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="31"/>
        <source>&apos;%1&apos; (issued by &apos;%2&apos;, valid until %3)</source>
        <translation>&apos;%1&apos; (ausgestellt von &apos;%2&apos;, gültig bis %3)</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="180"/>
        <source>response body larger than %1 bytes</source>
        <translation>Antwortinhalt größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="198"/>
        <source>response body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Antwortinhalt von %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="220"/>
        <source>response not complete within %1 s (%2 bytes of body received)</source>
        <translation>Antwort nicht innerhalb von %1 s vollständig (%2 Bytes des Antwortinhalts empfangen)</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="222"/>
        <source>no response within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="267"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="273"/>
        <source>host &apos;%1&apos; not found</source>
        <translation>Host &apos;%1&apos; nicht gefunden</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="282"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="285"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="297"/>
        <source>the network is unavailable: %1</source>
        <translation>das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="301"/>
        <source>connection refused by %1:%2</source>
        <translation>Verbindung abgelehnt durch %1:%2</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="307"/>
        <source>connection closed by the server before a complete response</source>
        <translation>Verbindung vom Server geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="423"/>
        <source>rate limited (%1), retry after %2 s</source>
        <translation>Anfragelimit erreicht (%1), erneut versuchen nach %2 s</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="425"/>
        <source>rate limited (%1)</source>
        <translation>Anfragelimit erreicht (%1)</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="447"/>
        <location filename="../services/httpprobe.cpp" line="450"/>
        <source>health endpoint reports %1</source>
        <translation>Health-Endpunkt meldet %1</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="457"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="476"/>
        <source>%1 (actual: %2)</source>
        <translation>%1 (tatsächlich: %2)</translation>
    </message>
</context>
<context>
    <name>gw::IncidentHistoryModel</name>
    <message>
        <location filename="../models/alertsmodel.cpp" line="339"/>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="341"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="343"/>
        <source>Started flapping</source>
        <translation>Begann zu flattern</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="345"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="347"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="349"/>
        <source>Silence created</source>
        <translation>Stummschaltung erstellt</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="351"/>
        <source>Silence expired early</source>
        <translation>Stummschaltung vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="353"/>
        <source>Not notified</source>
        <translation>Nicht benachrichtigt</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="355"/>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="357"/>
        <source>Notification failed</source>
        <translation>Benachrichtigung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="398"/>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="418"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="420"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="422"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="424"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="426"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>gw::IncidentStore</name>
    <message>
        <location filename="../services/incidentstore.cpp" line="141"/>
        <source>Incident history cannot be kept: the folder %1 cannot be created</source>
        <translation>Der Vorfallverlauf kann nicht geführt werden: der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../services/incidentstore.cpp" line="149"/>
        <source>Incident history cannot be kept: %1 cannot be opened (%2)</source>
        <translation>Der Vorfallverlauf kann nicht geführt werden: %1 kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location filename="../services/incidentstore.cpp" line="162"/>
        <source>Incident history cannot be kept: %1 is damaged (%2) and cannot be moved aside</source>
        <translation>Der Vorfallverlauf kann nicht geführt werden: %1 ist beschädigt (%2) und kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <location filename="../services/incidentstore.cpp" line="172"/>
        <source>Incident history cannot be kept: %1 cannot be read (%2)</source>
        <translation>Der Vorfallverlauf kann nicht geführt werden: %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../services/incidentstore.cpp" line="177"/>
        <source>Incident history is off: %1 was written by a newer Gatewatch (schema %2; this one knows %3)</source>
        <translation>Der Vorfallverlauf ist aus: %1 wurde von einem neueren Gatewatch geschrieben (Schema %2; dieses kennt %3)</translation>
    </message>
    <message>
        <location filename="../services/incidentstore.cpp" line="189"/>
        <source>Incident history cannot be written to %1: %2</source>
        <translation>Der Vorfallverlauf kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../services/incidentstore.cpp" line="324"/>
        <source>Incident history cannot be written to %1: %2. %3 entries wait in memory and are written as soon as that works again.</source>
        <translation>Der Vorfallverlauf kann nicht in %1 geschrieben werden: %2. %3 Einträge warten im Speicher und werden geschrieben, sobald das wieder geht.</translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>%n up</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n in Betrieb</numerusform>
            <numerusform>%n in Betrieb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>%n paused</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>%n degraded</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n eingeschränkt</numerusform>
            <numerusform>%n eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>%n down</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>%n rate limited</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n gedrosselt</numerusform>
            <numerusform>%n gedrosselt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>%n unknown</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <location filename="../ui/mainwindow.cpp" line="948"/>
        <source>Gatewatch</source>
        <translation>Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <location filename="../ui/mainwindow.cpp" line="986"/>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <location filename="../ui/mainwindow.cpp" line="1001"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Failed calls</source>
        <translation>Fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Every failed call with its request, response and timing (Ctrl+4)</source>
        <translation>Jeder fehlgeschlagene Aufruf mit Anfrage, Antwort und Zeitablauf (Strg+4)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <location filename="../ui/mainwindow.cpp" line="1017"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <location filename="../ui/mainwindow.cpp" line="1031"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Each vendor&apos;s month against its contract: SLA, latency, incidents, cost and a score, for the review (Ctrl+7)</source>
        <translation>Jeder Anbieter im Monat, gemessen an seinem Vertrag: SLA, Latenz, Vorfälle, Kosten und eine Bewertung, für das Anbieter-Review (Strg+7)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Health of every integration and check (Ctrl+1)</source>
        <translation>Zustand aller Integrationen und Prüfungen (Strg+1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>Filter integrations…</source>
        <translation>Integrationen filtern …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>Show only integrations or checks whose name contains this text</source>
        <translation>Nur Integrationen oder Prüfungen anzeigen, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>No integrations configured yet</source>
        <translation>Noch keine Integrationen konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>Gatewatch checks the integrations listed in its configuration file:</source>
        <translation>Gatewatch prüft die Integrationen, die in seiner Konfigurationsdatei stehen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="486"/>
        <source>Add an integration with at least one check there. Gatewatch notices when the file is saved, and the integration appears here.</source>
        <translation>Tragen Sie dort eine Integration mit mindestens einer Prüfung ein. Gatewatch bemerkt, wenn die Datei gespeichert wird, und die Integration erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>To look around first, run &lt;code&gt;gatewatch --demo&lt;/code&gt;: it shows a demo with simulated integrations.</source>
        <translation>Um sich zuerst umzusehen, starten Sie &lt;code&gt;gatewatch --demo&lt;/code&gt;: Das zeigt eine Demo mit simulierten Integrationen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>The configuration could not be loaded</source>
        <translation>Die Konfiguration konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>Nothing is being monitored yet. Fix the problems below and save the file; Gatewatch loads it again automatically.</source>
        <translation>Noch wird nichts überwacht. Beheben Sie die unten aufgeführten Probleme und speichern Sie die Datei; Gatewatch lädt sie automatisch neu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="543"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>&amp;Quotas</source>
        <translation>&amp;Kontingente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>&amp;Gateway</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="563"/>
        <source>&amp;Failed Calls</source>
        <translation>Fehlgeschlagene Auf&amp;rufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="567"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>&amp;Scorecards</source>
        <translation>&amp;Scorecards</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="580"/>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="603"/>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="607"/>
        <source>Stop checking the selected integration or check, e.g. during announced maintenance</source>
        <translation>Die ausgewählte Integration oder Prüfung nicht mehr prüfen, z. B. während einer angekündigten Wartung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>&amp;About Gatewatch</source>
        <translation>Ü&amp;ber Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>About Gatewatch</source>
        <translation>Über Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>&lt;h3&gt;Gatewatch %1&lt;/h3&gt;&lt;p&gt;A health dashboard for the third-party integrations and the API gateway your business depends on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatewatch %1&lt;/h3&gt;&lt;p&gt;Ein Dashboard für den Zustand der Integrationen von Drittanbietern und des API-Gateways, auf die Ihr Unternehmen angewiesen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="754"/>
        <source>The configuration has errors — the last good configuration keeps running.</source>
        <translation>Die Konfiguration enthält Fehler – die letzte funktionierende Konfiguration läuft weiter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="801"/>
        <source>Configuration: %1 · live state from %2</source>
        <translation>Konfiguration: %1 · aktueller Zustand von %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1001"/>
        <source>Gateway (%1)</source>
        <translation>Gateway (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1003"/>
        <source>Routes with errors, upstream targets down or an unreadable metrics page: %1 (Ctrl+3)</source>
        <translation>Routen mit Fehlern, ausgefallene Upstream-Ziele oder eine unlesbare Metrikseite: %1 (Strg+3)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1006"/>
        <source>Routes, upstream targets and error rates of the API gateway (Ctrl+3)</source>
        <translation>Routen, Upstream-Ziele und Fehlerraten des API-Gateways (Strg+3)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1017"/>
        <source>Webhooks (%1)</source>
        <translation>Webhooks (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1020"/>
        <source>Webhook sources with signature failures, undelivered webhooks or unusual volume: %1 (Ctrl+5)</source>
        <translation>Webhook-Quellen mit Signaturfehlern, nicht zugestellten Webhooks oder ungewöhnlichem Aufkommen: %1 (Strg+5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1022"/>
        <source>Webhooks the gateway received, their signatures and forwarding (Ctrl+5)</source>
        <translation>Vom Gateway empfangene Webhooks, ihre Signaturen und ihre Weiterleitung (Strg+5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1031"/>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1033"/>
        <source>Firing alerts nobody has acknowledged or silenced: %1 (Ctrl+6)</source>
        <translation>Ausgelöste Alarme, die niemand quittiert oder stummgeschaltet hat: %1 (Strg+6)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1034"/>
        <source>Active alerts, their history and silences (Ctrl+6)</source>
        <translation>Aktive Alarme, ihr Verlauf und Stummschaltungen (Strg+6)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1181"/>
        <source>%1 · %2</source>
        <comment>integration · check</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="798"/>
        <source>(no configuration file)</source>
        <translation>(keine Konfigurationsdatei)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="800"/>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="927"/>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="928"/>
        <source>configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="930"/>
        <source>No checks configured</source>
        <translation>Keine Prüfungen konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <source>Waiting for the first results</source>
        <translation>Warten auf die ersten Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="933"/>
        <source>waiting for results</source>
        <translation>warten auf Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="935"/>
        <source>, </source>
        <comment>separator between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="938"/>
        <source>All checks paused</source>
        <translation>Alle Prüfungen pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="939"/>
        <source>all paused</source>
        <translation>alle pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="941"/>
        <source>All systems up</source>
        <translation>Alle Systeme in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="942"/>
        <source>all up</source>
        <translation>alle in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="948"/>
        <source>Gatewatch — %1</source>
        <translation>Gatewatch — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="986"/>
        <source>Quotas (%1)</source>
        <translation>Kontingente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="987"/>
        <source>Quotas running low or exhausted: %1 (Ctrl+2)</source>
        <translation>Knappe oder erschöpfte Kontingente: %1 (Strg+2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="988"/>
        <source>Rate limits and quotas the vendors report (Ctrl+2)</source>
        <translation>Anfragelimits und Kontingente, die die Anbieter melden (Strg+2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <location filename="../ui/mainwindow.cpp" line="967"/>
        <source>Last update %1</source>
        <translation>Letzte Aktualisierung %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="791"/>
        <source>Gatewatch adjusted how often some checks run</source>
        <translation>Gatewatch hat angepasst, wie oft einige Prüfungen laufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="968"/>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
</context>
<context>
    <name>gw::MetricsEndpoint</name>
    <message>
        <location filename="../services/metricsendpoint.cpp" line="19"/>
        <source>expected an address and port like 127.0.0.1:9464 or [::1]:9464, found &apos;%1&apos;</source>
        <translation>erwartet werden Adresse und Port wie 127.0.0.1:9464 oder [::1]:9464, gefunden: „%1“</translation>
    </message>
    <message>
        <location filename="../services/metricsendpoint.cpp" line="59"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>gw::Monitor</name>
    <message>
        <location filename="../services/monitor.cpp" line="96"/>
        <source>%1: its checks would send %2 requests per %3, more than its budget of %4; their intervals are stretched %5 times</source>
        <translation>%1: die Prüfungen würden %2 Anfragen pro %3 senden, mehr als das Budget von %4; ihre Intervalle werden um das %5-Fache gestreckt</translation>
    </message>
    <message>
        <location filename="../services/monitor.cpp" line="306"/>
        <source>no PEM certificates could be read from CA file &apos;%1&apos;</source>
        <translation>aus der CA-Datei &apos;%1&apos; konnten keine PEM-Zertifikate gelesen werden</translation>
    </message>
    <message>
        <location filename="../services/monitor.cpp" line="441"/>
        <source>this workstation is offline (%1)</source>
        <translation>dieser Arbeitsplatz ist offline (%1)</translation>
    </message>
</context>
<context>
    <name>gw::OverviewModel</name>
    <message>
        <location filename="../models/overviewmodel.cpp" line="388"/>
        <location filename="../models/overviewmodel.cpp" line="443"/>
        <location filename="../ui/mainwindow.cpp" line="710"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/overviewmodel.cpp" line="678"/>
        <location filename="../ui/mainwindow.cpp" line="716"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="24"/>
        <source>Up</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="26"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="28"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="30"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="32"/>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="36"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="322"/>
        <source>%1 of %2 up</source>
        <translation>%1 von %2 in Betrieb</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="356"/>
        <location filename="../ui/mainwindow.cpp" line="738"/>
        <source>%1% left</source>
        <translation>%1 % übrig</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="358"/>
        <location filename="../ui/mainwindow.cpp" line="739"/>
        <source>exhausted</source>
        <translation>erschöpft</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="359"/>
        <location filename="../ui/mainwindow.cpp" line="740"/>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="365"/>
        <source>Lowest headroom among this integration&apos;s quotas; see the Quotas page</source>
        <translation>Geringster Spielraum unter den Kontingenten dieser Integration; Details auf der Seite Kontingente</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="379"/>
        <source>%1 (API gateway)</source>
        <translation>%1 (API-Gateway)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="383"/>
        <source>%1 (gateway)</source>
        <translation>%1 (Gateway)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="391"/>
        <location filename="../models/overviewmodel.cpp" line="446"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="397"/>
        <source>Probably a consequence: the gateway %1 is down</source>
        <translation>Wahrscheinlich eine Folge: Das Gateway %1 ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="398"/>
        <source>Probably a consequence: the gateway %1 is down (%2)</source>
        <translation>Wahrscheinlich eine Folge: Das Gateway %1 ist ausgefallen (%2)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="403"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="482"/>
        <source>%1&apos;s status page has not been read yet</source>
        <translation>Die Statusseite von %1 wurde noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="491"/>
        <location filename="../ui/mainwindow.cpp" line="703"/>
        <source>Page unreadable</source>
        <translation>Seite unlesbar</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="492"/>
        <location filename="../ui/mainwindow.cpp" line="702"/>
        <source>Page unreachable</source>
        <translation>Seite nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="498"/>
        <source>%1&apos;s status page could not be read at %2: %3.
This says nothing about %1 itself.</source>
        <translation>Die Statusseite von %1 konnte um %2 nicht gelesen werden: %3.
Über %1 selbst sagt das nichts aus.</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="509"/>
        <source>Not on the page</source>
        <translation>Nicht auf der Seite</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="511"/>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>%1 · incident</source>
        <translation>%1 · Vorfall</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="524"/>
        <source>%1&apos;s status page at %2: %3</source>
        <translation>Statusseite von %1 um %2: %3</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="526"/>
        <source>None of the components mapped to this integration is on the page.</source>
        <translation>Keine der Komponenten, die dieser Integration zugeordnet sind, steht auf der Seite.</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="529"/>
        <source>Incident: %1 (%2)</source>
        <translation>Vorfall: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="555"/>
        <location filename="../ui/mainwindow.cpp" line="725"/>
        <source>%1 %</source>
        <comment>uptime percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="562"/>
        <source>Share of attempts in the last 24 hours that got an answer (up, degraded or rate limited)</source>
        <translation>Anteil der Versuche in den letzten 24 Stunden, die eine Antwort erhielten (in Betrieb, eingeschränkt oder gedrosselt)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="564"/>
        <source>No history for the last 24 hours</source>
        <translation>Kein Verlauf für die letzten 24 Stunden</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="583"/>
        <source>No latency history for the last hour</source>
        <translation>Kein Latenzverlauf für die letzte Stunde</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="591"/>
        <source>Median latency over the last hour: %1–%2 ms, latest %3 ms</source>
        <translation>Median-Latenz in der letzten Stunde: %1–%2 ms, zuletzt %3 ms</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="646"/>
        <source>paused: no requests are sent</source>
        <translation>pausiert: es werden keine Anfragen gesendet</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="654"/>
        <source>Last attempt succeeded; confirming recovery</source>
        <translation>Letzter Versuch erfolgreich; Wiederherstellung wird bestätigt</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="656"/>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="459"/>
        <source>%1 (actual: %2)</source>
        <translation>%1 (tatsächlich: %2)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="624"/>
        <location filename="../ui/mainwindow.cpp" line="731"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="626"/>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="627"/>
        <location filename="../ui/mainwindow.cpp" line="732"/>
        <source>%1 d</source>
        <comment>days until the certificate expires</comment>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="635"/>
        <source>Certificate &apos;%1&apos; valid until %2</source>
        <translation>Zertifikat &apos;%1&apos; gültig bis %2</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="661"/>
        <source>circuit open after repeated failures, checks wait for a trial: %1</source>
        <translation>Sicherung offen nach wiederholten Fehlern, Prüfungen warten auf einen Versuch: %1</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="663"/>
        <source>circuit half-open, one trial request decides: %1</source>
        <translation>Sicherung halb offen, eine Probeanfrage entscheidet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/overviewmodel.cpp" line="676"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="690"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="692"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="694"/>
        <source>Vendor says</source>
        <comment>column header: the vendor&apos;s own status page</comment>
        <translation>Laut Anbieter</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="696"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="698"/>
        <source>Trend</source>
        <comment>column header: latency over the last hour</comment>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="700"/>
        <source>Uptime (24 h)</source>
        <translation>Verfügbarkeit (24 h)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="702"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="704"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="706"/>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="708"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>gw::PrometheusClient</name>
    <message>
        <location filename="../services/prometheusapi.cpp" line="84"/>
        <source>Prometheus at %1 refused the credentials (HTTP %2)</source>
        <translation>Prometheus unter %1 hat die Anmeldedaten abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="87"/>
        <source>Prometheus at %1 cannot answer now (HTTP %2)</source>
        <translation>Prometheus unter %1 kann gerade nicht antworten (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="89"/>
        <source>%1 did not answer as Prometheus&apos;s HTTP API does (HTTP %2, %3)</source>
        <translation>%1 hat nicht wie die HTTP-API von Prometheus geantwortet (HTTP %2, %3)</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="92"/>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="93"/>
        <source>no &quot;status&quot; in the JSON</source>
        <translation>kein „status“ im JSON</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="101"/>
        <source>Prometheus at %1 refused the query: %2</source>
        <translation>Prometheus unter %1 hat die Abfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="104"/>
        <source>Prometheus at %1 gave up on the query: %2</source>
        <translation>Prometheus unter %1 hat die Abfrage abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="105"/>
        <source>Prometheus at %1 cannot answer now (%2): %3</source>
        <translation>Prometheus unter %1 kann gerade nicht antworten (%2): %3</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="119"/>
        <source>%1 answered a query with a malformed result: %2</source>
        <translation>%1 hat eine Abfrage mit einem fehlerhaften Ergebnis beantwortet: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="125"/>
        <source>a string result is not [time, &quot;text&quot;]</source>
        <translation>ein Zeichenkettenergebnis ist nicht [Zeit, „Text“]</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="132"/>
        <source>a scalar result is not [time, &quot;value&quot;]</source>
        <translation>ein Skalarergebnis ist nicht [Zeit, „Wert“]</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="138"/>
        <source>unknown resultType &apos;%1&apos;</source>
        <translation>unbekannter resultType „%1“</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="140"/>
        <source>&quot;result&quot; is not a list</source>
        <translation>„result“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="149"/>
        <source>a series without a &quot;metric&quot; object of strings</source>
        <translation>eine Reihe ohne „metric“-Objekt aus Zeichenketten</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="157"/>
        <source>a point is not [time, &quot;value&quot;]</source>
        <translation>ein Punkt ist nicht [Zeit, „Wert“]</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="163"/>
        <source>a sample is not [time, &quot;value&quot;]</source>
        <translation>ein Messwert ist nicht [Zeit, „Wert“]</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="212"/>
        <source>Prometheus at %1 did not answer within %2 s</source>
        <translation>Prometheus unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location filename="../services/prometheusapi.cpp" line="217"/>
        <source>Prometheus at %1 cannot be reached: %2</source>
        <translation>Prometheus unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>gw::PrometheusHistory</name>
    <message>
        <location filename="../services/prometheushistory.cpp" line="68"/>
        <location filename="../services/prometheushistory.cpp" line="171"/>
        <source>Prometheus did not answer</source>
        <translation>Prometheus hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>gw::PrometheusParser</name>
    <message>
        <location filename="../services/prometheusparser.cpp" line="308"/>
        <source>end of line</source>
        <translation>Zeilenende</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="312"/>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="670"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="718"/>
        <source>expected a metric name after %1, found %2</source>
        <translation>Metrikname nach %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="723"/>
        <source>unexpected %1 after metric name &apos;%2&apos; in a %3 line</source>
        <translation>unerwartetes %1 nach dem Metriknamen &apos;%2&apos; in einer %3-Zeile</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="741"/>
        <source>HELP text of &apos;%1&apos; ends in a lone backslash</source>
        <translation>HELP-Text von &apos;%1&apos; endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="751"/>
        <source>invalid escape sequence &apos;\%1&apos; in the HELP text of &apos;%2&apos;</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos; im HELP-Text von &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="759"/>
        <source>second HELP line for &apos;%1&apos;</source>
        <translation>zweite HELP-Zeile für &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="773"/>
        <source>TYPE line for &apos;%1&apos; names no type</source>
        <translation>TYPE-Zeile für &apos;%1&apos; nennt keinen Typ</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="786"/>
        <source>unknown metric type &apos;%1&apos; for &apos;%2&apos; (expected counter, gauge, histogram, summary or untyped)</source>
        <translation>unbekannter Metriktyp &apos;%1&apos; für &apos;%2&apos; (erwartet: counter, gauge, histogram, summary oder untyped)</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="794"/>
        <source>TYPE line for &apos;%1&apos; comes after its first sample</source>
        <translation>TYPE-Zeile für &apos;%1&apos; steht nach dem ersten Messwert</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="799"/>
        <source>second TYPE line for &apos;%1&apos;</source>
        <translation>zweite TYPE-Zeile für &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="811"/>
        <source>expected a metric name before %1</source>
        <translation>Metrikname vor %1 erwartet</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="813"/>
        <source>expected a metric name (a letter, &apos;_&apos; or &apos;:&apos;) at the start of the line, found %1</source>
        <translation>Metrikname (ein Buchstabe, &apos;_&apos; oder &apos;:&apos;) am Zeilenanfang erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="830"/>
        <source>unexpected %1 after metric name &apos;%2&apos;</source>
        <translation>unerwartetes %1 nach dem Metriknamen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="835"/>
        <source>expected a value for &apos;%1&apos;, found end of line</source>
        <translation>Wert für &apos;%1&apos; erwartet, gefunden: Zeilenende</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="843"/>
        <source>value &apos;%1&apos; of &apos;%2&apos; is out of range</source>
        <translation>Wert &apos;%1&apos; von &apos;%2&apos; liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="848"/>
        <source>expected a number as the value of &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>Zahl als Wert von &apos;%1&apos; erwartet, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="860"/>
        <source>timestamp &apos;%1&apos; of &apos;%2&apos; is out of range</source>
        <translation>Zeitstempel &apos;%1&apos; von &apos;%2&apos; liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="865"/>
        <source>expected an integer timestamp in milliseconds after the value of &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>ganzzahliger Zeitstempel in Millisekunden nach dem Wert von &apos;%1&apos; erwartet, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="873"/>
        <source>unexpected &apos;%1&apos; after the timestamp of &apos;%2&apos;</source>
        <translation>unerwartetes &apos;%1&apos; nach dem Zeitstempel von &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="904"/>
        <source>expected a label name or &apos;}&apos; in the labels of &apos;%1&apos;, found %2</source>
        <translation>Label-Name oder &apos;}&apos; in den Labels von &apos;%1&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="913"/>
        <source>expected &apos;=&apos; after label name &apos;%1&apos;, found %2</source>
        <translation>&apos;=&apos; nach dem Label-Namen &apos;%1&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="920"/>
        <source>expected &apos;&quot;&apos; to start the value of label &apos;%1&apos;, found %2</source>
        <translation>&apos;&quot;&apos; am Beginn des Werts von Label &apos;%1&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="933"/>
        <source>label name &apos;%1&apos; is reserved</source>
        <translation>Label-Name &apos;%1&apos; ist reserviert</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="939"/>
        <source>label &apos;%1&apos; appears twice in one sample of &apos;%2&apos;</source>
        <translation>Label &apos;%1&apos; kommt in einem Messwert von &apos;%2&apos; doppelt vor</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="957"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label &apos;%1&apos;, found %2</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach dem Wert von Label &apos;%1&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="980"/>
        <location filename="../services/prometheusparser.cpp" line="996"/>
        <source>the value of label &apos;%1&apos; has no closing &apos;&quot;&apos;</source>
        <translation>dem Wert von Label &apos;%1&apos; fehlt das schließende &apos;&quot;&apos;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1006"/>
        <source>invalid escape sequence &apos;\%1&apos; in the value of label &apos;%2&apos; (only \\, \&quot; and \n are allowed)</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos; im Wert von Label &apos;%2&apos; (erlaubt sind nur \\, \&quot; und \n)</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1017"/>
        <source>the value of label &apos;%1&apos; is not valid UTF-8</source>
        <translation>der Wert von Label &apos;%1&apos; ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1107"/>
        <source>sample &apos;%1&apos; of histogram &apos;%2&apos; is not a _bucket, _sum or _count sample</source>
        <translation>Messwert &apos;%1&apos; von Histogramm &apos;%2&apos; ist kein _bucket-, _sum- oder _count-Messwert</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1159"/>
        <source>bucket &apos;%1&apos; has no &apos;le&apos; label</source>
        <translation>Bucket &apos;%1&apos; hat kein &apos;le&apos;-Label</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1165"/>
        <source>le=&quot;%1&quot; of &apos;%2&apos; is not a number</source>
        <translation>le=&quot;%1&quot; von &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1171"/>
        <source>bucket le=&quot;%1&quot; of &apos;%2&apos; does not come after the previous bucket le=&quot;%3&quot; (buckets must ascend)</source>
        <translation>Bucket le=&quot;%1&quot; von &apos;%2&apos; folgt nicht auf den vorherigen Bucket le=&quot;%3&quot; (Buckets müssen aufsteigend sein)</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1176"/>
        <source>bucket le=&quot;%1&quot; of &apos;%2&apos; counts %3, fewer than the bucket before it (%4)</source>
        <translation>Bucket le=&quot;%1&quot; von &apos;%2&apos; zählt %3, weniger als der Bucket davor (%4)</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1202"/>
        <source>quantile=&quot;%1&quot; of &apos;%2&apos; is not a number</source>
        <translation>quantile=&quot;%1&quot; von &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1206"/>
        <source>sample &apos;%1&apos; of summary &apos;%2&apos; has no &apos;quantile&apos; label</source>
        <translation>Messwert &apos;%1&apos; von Summary &apos;%2&apos; hat kein &apos;quantile&apos;-Label</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1216"/>
        <source>histogram &apos;%1&apos; has no le=&quot;+Inf&quot; bucket</source>
        <translation>Histogramm &apos;%1&apos; hat keinen Bucket le=&quot;+Inf&quot;</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1219"/>
        <source>histogram &apos;%1&apos; counts %2 in its le=&quot;+Inf&quot; bucket but %3 in _count</source>
        <translation>Histogramm &apos;%1&apos; zählt %2 in seinem Bucket le=&quot;+Inf&quot;, aber %3 in _count</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1247"/>
        <source>after line %1: %2</source>
        <translation>nach Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1337"/>
        <source>the response is XML, not Prometheus text: %1</source>
        <translation>die Antwort ist XML, kein Prometheus-Text: %1</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1339"/>
        <source>the response is HTML, not Prometheus text: %1</source>
        <translation>die Antwort ist HTML, kein Prometheus-Text: %1</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1344"/>
        <source>the response is JSON, not Prometheus text: %1</source>
        <translation>die Antwort ist JSON, kein Prometheus-Text: %1</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1359"/>
        <source>the response is gzip-compressed, not Prometheus text (first bytes %1)</source>
        <translation>die Antwort ist gzip-komprimiert, kein Prometheus-Text (erste Bytes %1)</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1365"/>
        <source>the response is binary data, not Prometheus text (first bytes %1)</source>
        <translation>die Antwort enthält Binärdaten, keinen Prometheus-Text (erste Bytes %1)</translation>
    </message>
    <message>
        <location filename="../services/prometheusparser.cpp" line="1370"/>
        <source>the response is not UTF-8 text, so not Prometheus text (first bytes %1)</source>
        <translation>die Antwort ist kein UTF-8-Text und damit kein Prometheus-Text (erste Bytes %1)</translation>
    </message>
</context>
<context>
    <name>gw::QuotaModel</name>
    <message>
        <location filename="../models/quotamodel.cpp" line="43"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="170"/>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="172"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="174"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="178"/>
        <source>Exhausted</source>
        <translation>Erschöpft</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="217"/>
        <source>Read from the response as %1</source>
        <translation>Aus der Antwort gelesen als %1</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="220"/>
        <source>Refills %1 per second</source>
        <translation>Füllt sich um %1 pro Sekunde auf</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="224"/>
        <source>At the pace of the last few readings this quota runs out at %1, before its reset at %2. The smoothed burn rate does not show that yet: a surge to watch.</source>
        <translation>Beim Tempo der letzten Messungen ist dieses Kontingent um %1 erschöpft, vor dem Zurücksetzen um %2. Die geglättete Verbrauchsrate zeigt das noch nicht: ein Anstieg, den man im Auge behalten sollte.</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="232"/>
        <source>Share of the consumption caused by Gatewatch&apos;s own checks</source>
        <translation>Anteil des Verbrauchs, den die Prüfungen von Gatewatch selbst verursachen</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="242"/>
        <location filename="../models/quotamodel.cpp" line="337"/>
        <location filename="../models/quotamodel.cpp" line="363"/>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="270"/>
        <source>Consumption rate, averaged over about five minutes</source>
        <translation>Verbrauchsrate, gemittelt über etwa fünf Minuten</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="275"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="277"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="279"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="281"/>
        <source>Headroom</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="283"/>
        <source>Burn</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="285"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="287"/>
        <source>Our share</source>
        <translation>Unser Anteil</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="289"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="308"/>
        <source>%1 of %2 requests</source>
        <translation>%1 von %2 Anfragen</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="310"/>
        <source>%1 of %2 points</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="312"/>
        <source>%1 of %2 tokens</source>
        <translation>%1 von %2 Tokens</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="314"/>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="316"/>
        <source>%1 of %2 concurrent</source>
        <translation>%1 von %2 gleichzeitig</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="321"/>
        <source>%1 requests left</source>
        <translation>noch %1 Anfragen</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="323"/>
        <source>%1 points left</source>
        <translation>noch %1 Punkte</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="325"/>
        <source>%1 tokens left</source>
        <translation>noch %1 Tokens</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="327"/>
        <source>%1 bytes left</source>
        <translation>noch %1 Bytes</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="331"/>
        <source>%1 concurrent left</source>
        <translation>noch %1 gleichzeitig</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="340"/>
        <source>%1/s</source>
        <comment>units per second</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="342"/>
        <source>%1/min</source>
        <comment>units per minute</comment>
        <translation>%1/min</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="343"/>
        <source>%1/h</source>
        <comment>units per hour</comment>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="351"/>
        <source>reset %1, waiting for a reading</source>
        <translation>zurückgesetzt %1, wartet auf neuen Messwert</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="353"/>
        <source>exhausted, resets %1</source>
        <translation>erschöpft, wird %1 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="353"/>
        <source>exhausted</source>
        <translation>erschöpft</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="355"/>
        <source>exhausts at %1, before reset at %2</source>
        <translation>erschöpft um %1, vor dem Zurücksetzen um %2</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="357"/>
        <source>at the recent pace, exhausts at %1, before reset at %2</source>
        <translation>beim jüngsten Tempo erschöpft um %1, vor dem Zurücksetzen um %2</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="360"/>
        <source>exhausts %1</source>
        <translation>erschöpft %1</translation>
    </message>
    <message>
        <location filename="../models/quotamodel.cpp" line="362"/>
        <source>resets %1</source>
        <translation>wird %1 zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>gw::QuotaParser</name>
    <message>
        <location filename="../services/quotaparser.cpp" line="58"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="60"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="62"/>
        <source>out of range</source>
        <translation>außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="64"/>
        <source>not a valid structured field</source>
        <translation>kein gültiges Structured Field</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="66"/>
        <source>member is not a policy name</source>
        <translation>Eintrag ist kein Richtlinienname</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="68"/>
        <source>no remaining quota</source>
        <translation>kein verbleibendes Kontingent</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="70"/>
        <source>unknown quota unit</source>
        <translation>unbekannte Kontingenteinheit</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="72"/>
        <source>neither seconds nor an HTTP date</source>
        <translation>weder Sekunden noch ein HTTP-Datum</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="74"/>
        <source>not used/limit</source>
        <translation>nicht im Format verbraucht/Limit</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="76"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="78"/>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="80"/>
        <source>too many members, the rest ignored</source>
        <translation>zu viele Einträge, der Rest wird ignoriert</translation>
    </message>
    <message>
        <location filename="../services/quotaparser.cpp" line="596"/>
        <source>quotas: %1 beyond the first %2 ignored</source>
        <translation>Kontingente: %1 über die ersten %2 hinaus ignoriert</translation>
    </message>
</context>
<context>
    <name>gw::QuotasPage</name>
    <message>
        <location filename="../ui/quotaspage.cpp" line="148"/>
        <source>No quota information yet</source>
        <translation>Noch keine Kontingentangaben</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="156"/>
        <source>Gatewatch reads rate-limit headers from every check&apos;s responses. Quotas appear here as soon as a vendor reports one, with how fast they are used up and when they run out.</source>
        <translation>Gatewatch liest die Rate-Limit-Header aus den Antworten jeder Prüfung. Kontingente erscheinen hier, sobald ein Anbieter eines meldet – mit ihrem Verbrauch und dem Zeitpunkt, zu dem sie aufgebraucht sind.</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="283"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="285"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="287"/>
        <source>Reset</source>
        <translation>Zurücksetzung</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="321"/>
        <source>The quota has headroom</source>
        <translation>Das Kontingent hat Spielraum</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="321"/>
        <source>All %1 quotas have headroom</source>
        <translation>Alle %1 Kontingente haben Spielraum</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="323"/>
        <source>1 quota needs attention</source>
        <translation>1 Kontingent braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="324"/>
        <source>%1 quotas need attention</source>
        <translation>%1 Kontingente brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="376"/>
        <source>Select a quota to see its history</source>
        <translation>Wählen Sie ein Kontingent, um seinen Verlauf zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/quotaspage.cpp" line="406"/>
        <source>%1 · %2 — remaining over time</source>
        <translation>%1 · %2 — Verbleibendes im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>gw::References</name>
    <message>
        <location filename="../services/references.cpp" line="67"/>
        <source>unterminated reference: &quot;${&quot; without a closing &quot;}&quot;</source>
        <translation>nicht abgeschlossene Referenz: &quot;${&quot; ohne schließendes &quot;}&quot;</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="74"/>
        <source>invalid reference &quot;${%1}&quot;: expected ${secret:name} or ${env:NAME}</source>
        <translation>ungültige Referenz &quot;${%1}&quot;: erwartet wird ${secret:name} oder ${env:NAME}</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="87"/>
        <source>unknown reference kind &apos;%1&apos; (allowed: secret, env)</source>
        <translation>unbekannte Referenzart &apos;%1&apos; (erlaubt: secret, env)</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="91"/>
        <source>empty name in reference &quot;${%1}&quot;</source>
        <translation>leerer Name in der Referenz &quot;${%1}&quot;</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="100"/>
        <source>secret names use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>Secret-Namen bestehen aus Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="101"/>
        <source>variable names use letters, digits and &apos;_&apos; and do not start with a digit</source>
        <translation>Variablennamen bestehen aus Buchstaben, Ziffern und &apos;_&apos; und beginnen nicht mit einer Ziffer</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="102"/>
        <source>invalid character &apos;%1&apos; in reference &quot;${%2}&quot;: %3</source>
        <translation>ungültiges Zeichen &apos;%1&apos; in der Referenz &quot;${%2}&quot;: %3</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="268"/>
        <source>secret &apos;%1&apos; is not set</source>
        <translation>Secret &apos;%1&apos; ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="272"/>
        <source>environment variable &apos;%1&apos; is not set</source>
        <translation>Umgebungsvariable &apos;%1&apos; ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>gw::RequestBudget</name>
    <message>
        <location filename="../models/requestbudget.cpp" line="26"/>
        <source>expected a budget like 60/h, 100/min or 10/30s</source>
        <translation>erwartet wird ein Budget wie 60/h, 100/min oder 10/30s</translation>
    </message>
    <message>
        <location filename="../models/requestbudget.cpp" line="30"/>
        <source>the number of requests must be a whole number above 0</source>
        <translation>die Zahl der Anfragen muss eine ganze Zahl größer als 0 sein</translation>
    </message>
    <message>
        <location filename="../models/requestbudget.cpp" line="45"/>
        <source>unknown period &apos;%1&apos; (use s, min, h, d or a duration like 30s)</source>
        <translation>unbekannter Zeitraum &apos;%1&apos; (verwenden Sie s, min, h, d oder eine Dauer wie 30s)</translation>
    </message>
</context>
<context>
    <name>gw::RuleDialog</name>
    <message>
        <location filename="../ui/alertspage.cpp" line="251"/>
        <source>Alert rule</source>
        <translation>Alarmregel</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="266"/>
        <source>How long the condition must hold before the alert fires, e.g. 2m</source>
        <translation>Wie lange die Bedingung gelten muss, bevor der Alarm auslöst, z. B. 2m</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="272"/>
        <source>optional, e.g. p95(chatwoot, 10m) &lt; 1000ms</source>
        <translation>optional, z. B. p95(chatwoot, 10m) &lt; 1000ms</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="276"/>
        <source>What people read, e.g. Shopify Admin API is failing</source>
        <translation>Was Menschen lesen, z. B. Shopify Admin API schlägt fehl</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="283"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="284"/>
        <location filename="../ui/alertspage.cpp" line="335"/>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="285"/>
        <location filename="../ui/alertspage.cpp" line="341"/>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="286"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="287"/>
        <location filename="../ui/alertspage.cpp" line="338"/>
        <source>Resolve when</source>
        <translation>Behoben, wenn</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="288"/>
        <location filename="../ui/alertspage.cpp" line="341"/>
        <source>Keep firing for</source>
        <translation>Ausgelöst halten für</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="289"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="290"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="292"/>
        <source>Save to configuration</source>
        <translation>In Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="295"/>
        <source>Functions: status, p50/p95/p99, error_rate, failures, quota_left, quota_exhausts_before_reset, tls_days, webhook_signature_failures, webhook_delivery_rate, route_error_ratio, route_p95, vendor_incident, local_network_down; combine with and, or, not. See docs/alerts.md.</source>
        <translation>Funktionen: status, p50/p95/p99, error_rate, failures, quota_left, quota_exhausts_before_reset, tls_days, webhook_signature_failures, webhook_delivery_rate, route_error_ratio, route_p95, vendor_incident, local_network_down; verknüpfen mit and, or, not. Siehe docs/alerts.md.</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="328"/>
        <source>Name: a rule needs a name</source>
        <translation>Name: eine Regel braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="330"/>
        <source>Name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>Name: Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="332"/>
        <source>Name: another rule is called %1</source>
        <translation>Name: eine andere Regel heißt bereits %1</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="334"/>
        <source>When: a rule needs a condition, e.g. status(shopify) == down</source>
        <translation>Wenn: eine Regel braucht eine Bedingung, z. B. status(shopify) == down</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="346"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gw::Runtime</name>
    <message>
        <location filename="../app/runtime.cpp" line="175"/>
        <source>no PEM certificates could be read from CA file &apos;%1&apos;</source>
        <translation>aus der CA-Datei &apos;%1&apos; konnten keine PEM-Zertifikate gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/runtime.cpp" line="187"/>
        <source>The gateway&apos;s event feed is not followed: %1</source>
        <translation>Der Ereignis-Feed des Gateways wird nicht verfolgt: %1</translation>
    </message>
    <message>
        <location filename="../app/runtime.cpp" line="258"/>
        <source>Prometheus cannot be asked: %1</source>
        <translation>Prometheus kann nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/runtime.cpp" line="280"/>
        <source>Alertmanager cannot be asked: %1</source>
        <translation>Alertmanager kann nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>gw::ScorecardCommand</name>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="64"/>
        <location filename="../app/scorecardcommand.cpp" line="66"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="77"/>
        <source>Write vendor scorecards: availability against the contract, latency, errors, incidents, webhooks, cost and a score.</source>
        <translation>Erstellt Anbieter-Scorecards: Verfügbarkeit gemessen am Vertrag, Latenz, Fehler, Vorfälle, Webhooks, Kosten und eine Bewertung.</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="80"/>
        <source>The scorecard command.</source>
        <translation>Der Befehl scorecard.</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="81"/>
        <source>The vendor&apos;s id from the configuration.</source>
        <translation>Die ID des Anbieters aus der Konfiguration.</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="82"/>
        <source>Every configured vendor.</source>
        <translation>Alle konfigurierten Anbieter.</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="85"/>
        <source>A month (2026-11), a quarter (2026-Q4) or days (2026-11-03/2026-11-16), in the local time zone (default: the previous month).</source>
        <translation>Ein Monat (2026-11), ein Quartal (2026-Q4) oder ein Zeitraum von Tagen (2026-11-03/2026-11-16), in der lokalen Zeitzone (Standard: der Vormonat).</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="88"/>
        <source>Start, an ISO 8601 time (with --to).</source>
        <translation>Beginn, eine ISO-8601-Zeit (zusammen mit --to).</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="89"/>
        <source>End (exclusive), an ISO 8601 time (with --from).</source>
        <translation>Ende (ausschließlich), eine ISO-8601-Zeit (zusammen mit --from).</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="90"/>
        <source>Output format: json, csv or pdf (pdf needs --output).</source>
        <translation>Ausgabeformat: json, csv oder pdf (pdf erfordert --output).</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="92"/>
        <source>Write to FILE instead of stdout.</source>
        <translation>In FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="101"/>
        <source>--format pdf needs --output FILE: a PDF is not written to a terminal</source>
        <translation>--format pdf erfordert --output FILE: ein PDF wird nicht auf ein Terminal ausgegeben</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="105"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="109"/>
        <source>give either --vendor ID or --all</source>
        <translation>geben Sie entweder --vendor ID oder --all an</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="116"/>
        <source>give either --period or --from and --to, not both</source>
        <translation>geben Sie entweder --period oder --from und --to an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="122"/>
        <source>--period: &apos;%1&apos; is not a month (2026-11), a quarter (2026-Q4) or days (2026-11-03/2026-11-16)</source>
        <translation>--period: &apos;%1&apos; ist weder ein Monat (2026-11) noch ein Quartal (2026-Q4) noch ein Zeitraum von Tagen (2026-11-03/2026-11-16)</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="131"/>
        <source>--from and --to go together</source>
        <translation>--from und --to müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="137"/>
        <source>--%1: &apos;%2&apos; is not an ISO 8601 time</source>
        <translation>--%1: &apos;%2&apos; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="143"/>
        <source>--to must be after --from</source>
        <translation>--to muss nach --from liegen</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="166"/>
        <source>unknown vendor &apos;%1&apos;: the configuration has no vendors</source>
        <translation>unbekannter Anbieter &apos;%1&apos;: die Konfiguration enthält keine Anbieter</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="167"/>
        <source>unknown vendor &apos;%1&apos; (configured: %2)</source>
        <translation>unbekannter Anbieter &apos;%1&apos; (konfiguriert: %2)</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="180"/>
        <source>no history at %1 yet: the window and &apos;gatewatch agent&apos; record it</source>
        <translation>noch kein Verlauf unter %1: er wird vom Fenster und von &apos;gatewatch agent&apos; aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="189"/>
        <source>the incident history cannot be read: %1</source>
        <translation>der Vorfallverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="199"/>
        <source>Vendor review</source>
        <translation>Anbieterbewertung</translation>
    </message>
    <message>
        <location filename="../app/scorecardcommand.cpp" line="234"/>
        <source>cannot write to stdout</source>
        <translation>auf stdout kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>gw::ScorecardReport</name>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="139"/>
        <location filename="../ui/scorecardreport.cpp" line="146"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="150"/>
        <location filename="../ui/scorecardreport.cpp" line="582"/>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="172"/>
        <source>±%1</source>
        <comment>no change of the score</comment>
        <translation>±%1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="175"/>
        <source>▲ %1%2</source>
        <comment>score went up</comment>
        <translation>▲ %1%2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="176"/>
        <source>▼ %1%2</source>
        <comment>score went down</comment>
        <translation>▼ %1%2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="185"/>
        <location filename="../ui/scorecardreport.cpp" line="190"/>
        <source>%1 min</source>
        <comment>a duration in minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="187"/>
        <source>&lt; %1 min</source>
        <comment>a duration under a minute</comment>
        <translation>&lt; %1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="193"/>
        <source>%1 h</source>
        <comment>a duration in hours</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="194"/>
        <source>%1 h %2 min</source>
        <comment>a duration in hours and minutes</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="199"/>
        <source>%1 d</source>
        <comment>a duration in days</comment>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="200"/>
        <source>%1 d %2 h</source>
        <comment>a duration in days and hours</comment>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="223"/>
        <source>SLA met</source>
        <translation>SLA erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="223"/>
        <location filename="../ui/scorecardreport.cpp" line="942"/>
        <source>SLA missed</source>
        <translation>SLA verfehlt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="225"/>
        <location filename="../ui/scorecardreport.cpp" line="559"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="227"/>
        <source>no target</source>
        <comment>no SLA target</comment>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="227"/>
        <source>no SLA target</source>
        <translation>kein SLA-Ziel</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="243"/>
        <location filename="../ui/scorecardreport.cpp" line="965"/>
        <location filename="../ui/scorecardreport.cpp" line="1134"/>
        <location filename="../ui/scorecardreport.cpp" line="1214"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="245"/>
        <source>Latency (p95)</source>
        <translation>Latenz (p95)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="247"/>
        <location filename="../ui/scorecardreport.cpp" line="967"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="249"/>
        <location filename="../ui/scorecardreport.cpp" line="967"/>
        <location filename="../ui/scorecardreport.cpp" line="1287"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="251"/>
        <location filename="../ui/scorecardreport.cpp" line="968"/>
        <location filename="../ui/scorecardreport.cpp" line="1139"/>
        <location filename="../ui/scorecardreport.cpp" line="1341"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="253"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="261"/>
        <source>Offline</source>
        <comment>the workstation was not monitoring</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="263"/>
        <source>Paused</source>
        <comment>monitoring was paused</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="265"/>
        <source>Maintenance</source>
        <comment>the vendor&apos;s announced maintenance</comment>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="273"/>
        <source>None</source>
        <comment>incident impact</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="275"/>
        <source>Minor</source>
        <comment>incident impact</comment>
        <translation>Gering</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="277"/>
        <source>Major</source>
        <comment>incident impact</comment>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="279"/>
        <source>Critical</source>
        <comment>incident impact</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="493"/>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="516"/>
        <location filename="../ui/scorecardreport.cpp" line="585"/>
        <location filename="../ui/scorecardreport.cpp" line="1095"/>
        <location filename="../ui/scorecardreport.cpp" line="1113"/>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="551"/>
        <source>at or above target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="553"/>
        <source>below target</source>
        <translation>unter dem Ziel</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="554"/>
        <source>SLA target</source>
        <translation>SLA-Ziel</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="556"/>
        <source>availability per day</source>
        <translation>Verfügbarkeit pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="631"/>
        <source>p95 per day</source>
        <translation>p95 pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="633"/>
        <source>above target</source>
        <translation>über dem Ziel</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="635"/>
        <source>latency target</source>
        <translation>Latenzziel</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="908"/>
        <location filename="../ui/scorecardreport.cpp" line="1546"/>
        <source>Vendor scorecards</source>
        <translation>Anbieter-Scorecards</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="914"/>
        <source>Generated on %1 at %2 (%3)</source>
        <comment>date, time, time zone</comment>
        <translation>Erstellt am %1 um %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="920"/>
        <source>No vendors in this report.</source>
        <translation>Dieser Bericht enthält keine Anbieter.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="941"/>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="943"/>
        <source>credits may be claimed</source>
        <translation>Gutschriften können beansprucht werden</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="944"/>
        <source>every target met</source>
        <translation>alle Ziele erreicht</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="945"/>
        <source>Credits owed</source>
        <translation>Fällige Gutschriften</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="948"/>
        <source>for the period</source>
        <translation>für den Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="949"/>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="950"/>
        <source>of %1 vendors</source>
        <translation>von %1 Anbietern</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="953"/>
        <source>Vendors at a glance</source>
        <translation>Anbieter im Überblick</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="965"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="965"/>
        <location filename="../ui/scorecardreport.cpp" line="966"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="965"/>
        <location filename="../ui/scorecardreport.cpp" line="1215"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="966"/>
        <location filename="../ui/scorecardreport.cpp" line="1148"/>
        <location filename="../ui/scorecardreport.cpp" line="1214"/>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="966"/>
        <location filename="../ui/scorecardreport.cpp" line="1137"/>
        <source>Credit owed</source>
        <translation>Fällige Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="966"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="967"/>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="968"/>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="968"/>
        <location filename="../ui/scorecardreport.cpp" line="1133"/>
        <location filename="../ui/scorecardreport.cpp" line="1380"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="968"/>
        <source>trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="983"/>
        <source>Worst score first. Availability is measured over monitored time: time the workstation was offline, monitoring was paused or the vendor announced maintenance counts neither for nor against the vendor. The SLA is judged per calendar month against the contract; the credit is the contract&apos;s tier for each month, in the cost&apos;s currency. The score runs from 0 to 5, weighted over availability, latency, errors, incidents, cost and support; the trend compares it with the previous period.</source>
        <translation>Schlechteste Bewertung zuerst. Die Verfügbarkeit wird über die überwachte Zeit gemessen: Zeit, in der der Arbeitsplatz offline war, die Überwachung pausiert war oder der Anbieter eine Wartung angekündigt hatte, zählt weder für noch gegen den Anbieter. Das SLA wird je Kalendermonat am Vertrag gemessen; die Gutschrift ergibt sich für jeden Monat aus der erreichten Stufe des Vertrags, in der Währung der Kostenangabe. Die Bewertung reicht von 0 bis 5, gewichtet nach Verfügbarkeit, Latenz, Fehlern, Vorfällen, Kosten und Support; der Trend vergleicht sie mit dem vorherigen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1036"/>
        <source>no previous score</source>
        <translation>keine vorherige Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1065"/>
        <source>Performance, availability and SLA credits</source>
        <translation>Leistung, Verfügbarkeit und SLA-Gutschriften</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1067"/>
        <source>support tier %1</source>
        <translation>Support-Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1072"/>
        <source>Daily availability</source>
        <translation>Tägliche Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1074"/>
        <source>Daily p95 latency</source>
        <translation>Tägliche p95-Latenz</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1081"/>
        <source>Incidents, cost, score and contacts</source>
        <translation>Vorfälle, Kosten, Bewertung und Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1100"/>
        <source>no credit terms in the contract</source>
        <translation>keine Gutschriftregelung im Vertrag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1104"/>
        <source>%1 of the fee</source>
        <translation>%1 der Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1107"/>
        <source>of the fee</source>
        <translation>der Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1115"/>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1116"/>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1123"/>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1125"/>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1130"/>
        <source>%1 / 5</source>
        <comment>a score out of five</comment>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1138"/>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1149"/>
        <location filename="../ui/scorecardreport.cpp" line="1214"/>
        <source>Monitored</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1150"/>
        <source>Excluded</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1151"/>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1152"/>
        <source>Rate-limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1153"/>
        <source>Alert incidents</source>
        <translation>Alarmvorfälle</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1154"/>
        <source>Webhook delivery</source>
        <translation>Webhook-Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1156"/>
        <source>Quota headroom (min.)</source>
        <translation>Geringster Kontingent-Spielraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1205"/>
        <source>SLA credit claim</source>
        <translation>Anspruch auf SLA-Gutschriften</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1207"/>
        <source>The contract sets no availability target and no credits.</source>
        <translation>Der Vertrag legt weder ein Verfügbarkeitsziel noch Gutschriften fest.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1214"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1215"/>
        <source>Tier reached</source>
        <translation>Erreichte Stufe</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1215"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1215"/>
        <location filename="../ui/scorecardreport.cpp" line="1331"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1218"/>
        <location filename="../ui/scorecardreport.cpp" line="1527"/>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1221"/>
        <source>part inside the period</source>
        <translation>nur teilweise im Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1225"/>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1227"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1239"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1250"/>
        <source>Target %1 per calendar month.</source>
        <translation>Ziel %1 je Kalendermonat.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1253"/>
        <source>below %1: %2 of the month&apos;s fee</source>
        <translation>unter %1: %2 der Monatsgebühr</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1257"/>
        <source>Credits: %1.</source>
        <translation>Gutschriften: %1.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1259"/>
        <source>Monthly fee %1.</source>
        <translation>Monatsgebühr %1.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1266"/>
        <source>Excluded time</source>
        <translation>Ausgenommene Zeit</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1268"/>
        <source>None: the whole period was monitored.</source>
        <translation>Keine: Der gesamte Zeitraum wurde überwacht.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1272"/>
        <source>Maintenance %1 · offline %2 · paused %3</source>
        <translation>Wartung %1 · offline %2 · pausiert %3</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1276"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1276"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1276"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1276"/>
        <location filename="../ui/scorecardreport.cpp" line="1304"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1276"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1289"/>
        <source>Alert incidents that started in the period: %1</source>
        <translation>Im Zeitraum begonnene Alarmvorfälle: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1291"/>
        <source>mean time to acknowledge %1</source>
        <translation>mittlere Zeit bis zur Quittierung %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1292"/>
        <source>none acknowledged</source>
        <translation>keiner quittiert</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1293"/>
        <source>mean time to resolve %1</source>
        <translation>mittlere Zeit bis zur Behebung %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1294"/>
        <source>none resolved</source>
        <translation>keiner behoben</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1297"/>
        <source>Declared by the vendor</source>
        <translation>Vom Anbieter gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1299"/>
        <source>The vendor declared no incidents in the period.</source>
        <translation>Der Anbieter hat im Zeitraum keine Vorfälle gemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1304"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1304"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1304"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1304"/>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1310"/>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1319"/>
        <source>Cost against budget</source>
        <translation>Kosten im Vergleich zum Budget</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1321"/>
        <source>No cost is configured for this vendor.</source>
        <translation>Für diesen Anbieter sind keine Kosten konfiguriert.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1327"/>
        <source>%1 a month × %2</source>
        <comment>a monthly amount times the months of the period</comment>
        <translation>%1 pro Monat × %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1334"/>
        <source>Fees (%1)</source>
        <translation>Gebühren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1336"/>
        <source>Usage beyond what is included</source>
        <translation>Nutzung über das Inklusivvolumen hinaus</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1344"/>
        <source>Budget (%1)</source>
        <translation>Budget (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1344"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1348"/>
        <source>Over budget by</source>
        <translation>Budget überschritten um</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1348"/>
        <source>Under budget by</source>
        <translation>Budget unterschritten um</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1352"/>
        <source>SLA credit owed</source>
        <translation>Fällige SLA-Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1354"/>
        <source>Cost after the credit</source>
        <translation>Kosten nach Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1374"/>
        <source>rated %1 / 5</source>
        <translation>bewertet mit %1 / 5</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1382"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1382"/>
        <source>Measured</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1382"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1382"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1383"/>
        <source>Score (0–5)</source>
        <translation>Punkte (0–5)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1383"/>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1386"/>
        <source>no data, left out</source>
        <translation>keine Daten, nicht berücksichtigt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1394"/>
        <source>Overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1399"/>
        <source>Criteria without data are left out and the others&apos; weights renormalised</source>
        <translation>Kriterien ohne Daten bleiben unberücksichtigt, die Gewichte der übrigen werden neu normiert</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1400"/>
        <source>trend against the previous period: %1</source>
        <translation>Trend gegenüber dem vorherigen Zeitraum: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1406"/>
        <source>Escalation matrix</source>
        <translation>Eskalationsmatrix</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1409"/>
        <source>Support tier: %1</source>
        <translation>Support-Stufe: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1411"/>
        <source>our rating: %1 / 5</source>
        <translation>unsere Bewertung: %1 / 5</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1415"/>
        <source>No escalation contacts are configured.</source>
        <translation>Es sind keine Eskalationskontakte konfiguriert.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1419"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1419"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1419"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1419"/>
        <source>Respond within</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1429"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1432"/>
        <source>No notes for this period.</source>
        <translation>Keine Notizen für diesen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1486"/>
        <source>Cannot write the scorecard report to %1: %2</source>
        <translation>Der Scorecard-Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1500"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1502"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1504"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1506"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1513"/>
        <source>%1 %2 counted, %3 included</source>
        <translation>%1 %2 gezählt, %3 inklusive</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1515"/>
        <source>%1 %2 counted</source>
        <translation>%1 %2 gezählt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1523"/>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1530"/>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1534"/>
        <source>%1 – %2</source>
        <comment>first and last day of a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1594"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1642"/>
        <source>Vendor scorecard · %1</source>
        <translation>Anbieter-Scorecard · %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1644"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardreport.cpp" line="1648"/>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht fertiggestellt werden</translation>
    </message>
</context>
<context>
    <name>gw::ScorecardsModel</name>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="21"/>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="50"/>
        <location filename="../models/scorecardsmodel.cpp" line="56"/>
        <location filename="../models/scorecardsmodel.cpp" line="75"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="88"/>
        <source>±%1</source>
        <comment>no change of the score</comment>
        <translation>±%1</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="91"/>
        <source>▲ %1</source>
        <comment>score went up</comment>
        <translation>▲ %1</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="92"/>
        <source>▼ %1</source>
        <comment>score went down</comment>
        <translation>▼ %1</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="97"/>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="105"/>
        <location filename="../models/scorecardsmodel.cpp" line="110"/>
        <source>%1 min</source>
        <comment>a duration in minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="107"/>
        <source>&lt; %1 min</source>
        <comment>a duration under a minute</comment>
        <translation>&lt; %1 Min.</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="113"/>
        <source>%1 h</source>
        <comment>a duration in hours</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="114"/>
        <source>%1 h %2 min</source>
        <comment>a duration in hours and minutes</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="119"/>
        <source>%1 d</source>
        <comment>a duration in days</comment>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="120"/>
        <source>%1 d %2 h</source>
        <comment>a duration in days and hours</comment>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="127"/>
        <source>availability</source>
        <comment>scorecard criterion</comment>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="129"/>
        <source>latency</source>
        <comment>scorecard criterion</comment>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="131"/>
        <source>errors</source>
        <comment>scorecard criterion</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="133"/>
        <source>incidents</source>
        <comment>scorecard criterion</comment>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="135"/>
        <source>cost</source>
        <comment>scorecard criterion</comment>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="137"/>
        <source>support</source>
        <comment>scorecard criterion</comment>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="327"/>
        <source>Met</source>
        <comment>SLA</comment>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="327"/>
        <source>Missed</source>
        <comment>SLA</comment>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="341"/>
        <source>%1 / %2</source>
        <comment>a rating out of the best</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="371"/>
        <source>Nothing was monitored in this period</source>
        <translation>In diesem Zeitraum wurde nichts überwacht</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="375"/>
        <source>Vendor id: %1</source>
        <translation>Anbieter-ID: %1</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="379"/>
        <source>No criterion has data for this period</source>
        <translation>Für diesen Zeitraum liegen zu keinem Kriterium Daten vor</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="380"/>
        <source>%1 of %2, the sum of the criteria&apos;s parts:</source>
        <translation>%1 von %2, die Summe der Beiträge der Kriterien:</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="385"/>
        <source>%1 %2 (%3 of %4)</source>
        <comment>criterion, its part of the score, its share of the weights, its own score</comment>
        <translation>%1 %2 (%3 von %4)</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="389"/>
        <source>%1 (no data)</source>
        <comment>criterion without data</comment>
        <translation>%1 (keine Daten)</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="398"/>
        <source>No score for the previous period to compare with</source>
        <translation>Keine Bewertung des vorherigen Zeitraums zum Vergleich</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="399"/>
        <source>Score %1, previous period %2</source>
        <translation>Bewertung %1, vorheriger Zeitraum %2</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="404"/>
        <source>Over %1 of monitored time, down for %2</source>
        <translation>%1 überwachte Zeit, davon %2 ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="411"/>
        <source>%1 offline</source>
        <comment>the workstation was not monitoring</comment>
        <translation>%1 offline</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="414"/>
        <source>%1 paused</source>
        <comment>monitoring was paused</comment>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="416"/>
        <source>%1 in maintenance</source>
        <comment>the vendor&apos;s announced maintenance</comment>
        <translation>%1 in Wartung</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="418"/>
        <source>No time excluded</source>
        <translation>Keine Zeit ausgenommen</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="419"/>
        <source>Not counted: %1</source>
        <translation>Nicht gezählt: %1</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="424"/>
        <source>No availability target in the contract</source>
        <translation>Kein Verfügbarkeitsziel im Vertrag</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="425"/>
        <location filename="../models/scorecardsmodel.cpp" line="461"/>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="440"/>
        <source>missed in %1 of %2 months</source>
        <translation>in %1 von %2 Monaten verfehlt</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="446"/>
        <source>Down for %1 of %2 monitored</source>
        <translation>%1 von %2 überwachter Zeit ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="451"/>
        <source>Nothing was monitored: no credit to judge</source>
        <translation>Nichts überwacht: keine Gutschrift zu beurteilen</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="453"/>
        <source>No credit owed</source>
        <translation>Keine Gutschrift fällig</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="455"/>
        <source>%1 owed: %2 of the period&apos;s fee</source>
        <translation>%1 fällig: %2 der Gebühr für den Zeitraum</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="456"/>
        <source>%1 of the period&apos;s fee; no fee configured to put an amount on it</source>
        <translation>%1 der Gebühr für den Zeitraum; ohne konfigurierte Gebühr lässt sich kein Betrag angeben</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="460"/>
        <source>No response times measured in this period</source>
        <translation>In diesem Zeitraum wurden keine Antwortzeiten gemessen</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="462"/>
        <source>No latency target in the contract</source>
        <translation>Kein Latenzziel im Vertrag</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="466"/>
        <source>No attempts in this period</source>
        <translation>Keine Versuche in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="467"/>
        <source>%1 of %2 attempts failed</source>
        <translation>%1 von %2 Versuchen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="471"/>
        <source>%1 answered 429 (rate limited)</source>
        <translation>%1 mit 429 beantwortet (gedrosselt)</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="475"/>
        <source>No alert incidents started in this period</source>
        <translation>In diesem Zeitraum haben keine Alarmvorfälle begonnen</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="477"/>
        <source>MTTA %1 (mean time to acknowledge)</source>
        <translation>MTTA %1 (mittlere Zeit bis zur Quittierung)</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="479"/>
        <source>MTTR %1 (mean time to resolve)</source>
        <translation>MTTR %1 (mittlere Zeit bis zur Behebung)</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="482"/>
        <source>None declared by the vendor</source>
        <translation>Keine vom Anbieter gemeldet</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="483"/>
        <source>%1 declared by the vendor</source>
        <translation>%1 vom Anbieter gemeldet</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="488"/>
        <source>No cost configured for this vendor</source>
        <translation>Für diesen Anbieter sind keine Kosten konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="491"/>
        <source>No budget configured</source>
        <translation>Kein Budget konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="493"/>
        <source>over budget %1 by %2</source>
        <translation>Budget von %1 um %2 überschritten</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="494"/>
        <source>of budget %1</source>
        <translation>bei einem Budget von %1</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="497"/>
        <source>Support rating from the configuration, or the review&apos;s for this period</source>
        <translation>Support-Bewertung aus der Konfiguration oder aus dem Review für diesen Zeitraum</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="498"/>
        <source>No support rating</source>
        <translation>Keine Support-Bewertung</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="512"/>
        <source>The vendor, as configured</source>
        <translation>Der Anbieter laut Konfiguration</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="514"/>
        <source>0–5 from the weighted criteria; hover a score for each criterion&apos;s part</source>
        <translation>0–5 aus den gewichteten Kriterien; zeigen Sie auf eine Bewertung, um den Beitrag jedes Kriteriums zu sehen</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="516"/>
        <source>Change of the score since the previous period</source>
        <translation>Veränderung der Bewertung gegenüber dem vorherigen Zeitraum</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="518"/>
        <source>Share of the monitored time the vendor was up; time offline, paused or in the vendor&apos;s maintenance is not counted</source>
        <translation>Anteil der überwachten Zeit, in der der Anbieter in Betrieb war; Zeit offline, pausiert oder in Wartung des Anbieters wird nicht gezählt</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="521"/>
        <source>Whether every calendar month of the period reached the contract&apos;s availability target</source>
        <translation>Ob jeder Kalendermonat des Zeitraums das Verfügbarkeitsziel des Vertrags erreicht hat</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="523"/>
        <source>Time the vendor was down within the monitored time</source>
        <translation>Zeit, in der der Anbieter während der überwachten Zeit ausgefallen war</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="525"/>
        <source>Service credit owed under the contract, as a share of the period&apos;s fee</source>
        <translation>Laut Vertrag fällige Gutschrift, als Anteil an der Gebühr für den Zeitraum</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="527"/>
        <source>95th percentile of the response times, against the contract&apos;s target</source>
        <translation>95. Perzentil der Antwortzeiten, verglichen mit dem Ziel des Vertrags</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="529"/>
        <source>Failed attempts over all attempts; failures of the workstation&apos;s own network are not counted</source>
        <translation>Anteil fehlgeschlagener Versuche an allen Versuchen; Fehler im eigenen Netzwerk des Arbeitsplatzes werden nicht gezählt</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="531"/>
        <source>Alert incidents about the vendor that started in the period</source>
        <translation>Alarmvorfälle zum Anbieter, die im Zeitraum begonnen haben</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="533"/>
        <source>Fees and overage for the period, against the budget</source>
        <translation>Gebühren und Mehrnutzung im Zeitraum, verglichen mit dem Budget</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="535"/>
        <source>Support rating from 1 to 5</source>
        <translation>Support-Bewertung von 1 bis 5</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="544"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="546"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="548"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="550"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="552"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="554"/>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="556"/>
        <source>Credit</source>
        <comment>a service credit owed by the vendor</comment>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="558"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="560"/>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="562"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="564"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../models/scorecardsmodel.cpp" line="566"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
</context>
<context>
    <name>gw::ScorecardsPage</name>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="101"/>
        <source>No days in this period</source>
        <translation>Keine Tage in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="131"/>
        <source>%1 % available</source>
        <translation>%1 % verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="132"/>
        <source>no monitored time</source>
        <translation>keine überwachte Zeit</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="192"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="195"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="196"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="200"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="201"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="208"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="210"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="212"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="220"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="222"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="224"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="226"/>
        <location filename="../ui/scorecardspage.cpp" line="471"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="228"/>
        <location filename="../ui/scorecardspage.cpp" line="488"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="230"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="326"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="332"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="334"/>
        <source>Compute the scorecards again from the history</source>
        <translation>Die Scorecards neu aus dem Verlauf berechnen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="336"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="338"/>
        <source>Every vendor&apos;s scorecard for the period, one row each, for a spreadsheet</source>
        <translation>Die Scorecards aller Anbieter für den Zeitraum, eine Zeile je Anbieter, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="342"/>
        <source>Export &amp;PDF…</source>
        <translation>PD&amp;F exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="343"/>
        <source>A report for the vendor review meeting: the comparison, then each vendor&apos;s charts, incidents, credit claim and notes</source>
        <translation>Ein Bericht für das Anbieter-Review: der Vergleich, danach für jeden Anbieter Diagramme, Vorfälle, Gutschriftanspruch und Notizen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="348"/>
        <source>All vendors…</source>
        <translation>Alle Anbieter…</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="379"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No vendors are configured&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Describe your vendors under &lt;code&gt;vendors:&lt;/code&gt; in the configuration — their integrations, status page, contract, cost and escalation contacts — to get a scorecard for each.&lt;br&gt;See the Vendors section of docs/configuration.md.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Keine Anbieter konfiguriert&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Beschreiben Sie Ihre Anbieter unter &lt;code&gt;vendors:&lt;/code&gt; in der Konfiguration – mit Integrationen, Statusseite, Vertrag, Kosten und Eskalationskontakten –, um für jeden eine Scorecard zu erhalten.&lt;br&gt;Siehe den Abschnitt Vendors in docs/configuration.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="450"/>
        <source>Availability by day</source>
        <translation>Verfügbarkeit pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="460"/>
        <source>p95 latency by day</source>
        <translation>p95-Latenz pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="477"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="477"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="477"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="477"/>
        <source>Acknowledged after</source>
        <translation>Quittiert nach</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="477"/>
        <source>Resolved after</source>
        <translation>Behoben nach</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="482"/>
        <location filename="../ui/scorecardspage.cpp" line="937"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="504"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="507"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="507"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="507"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="507"/>
        <source>Respond within</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="516"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="520"/>
        <source>As configured</source>
        <translation>Wie konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="521"/>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="521"/>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="521"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="521"/>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="521"/>
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="525"/>
        <source>How the vendor&apos;s support served you this period; it overrides the configured rating and counts towards the score</source>
        <translation>Wie gut der Support des Anbieters Sie in diesem Zeitraum betreut hat; ersetzt die konfigurierte Bewertung und fließt in die Gesamtbewertung ein</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="527"/>
        <source>Support &amp;rating:</source>
        <translation>Support-&amp;Bewertung:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="530"/>
        <source>Notes for the review: agreed actions, claims, context…</source>
        <translation>Notizen für das Review: vereinbarte Maßnahmen, Ansprüche, Kontext…</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="532"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="539"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="541"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="543"/>
        <source>Keep the rating and notes with this vendor and period (Ctrl+S)</source>
        <translation>Bewertung und Notizen für diesen Anbieter und Zeitraum speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="622"/>
        <source>This month so far</source>
        <translation>Laufender Monat bis heute</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="627"/>
        <source>Last month (%1)</source>
        <translation>Vormonat (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="634"/>
        <source>This quarter so far (Q%1 %2)</source>
        <translation>Laufendes Quartal bis heute (Q%1 %2)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="637"/>
        <source>Last quarter (Q%1 %2)</source>
        <translation>Vorquartal (Q%1 %2)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="640"/>
        <source>Custom range…</source>
        <translation>Benutzerdefinierter Zeitraum…</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="677"/>
        <location filename="../ui/scorecardspage.cpp" line="970"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="697"/>
        <source>Scorecards for a range of days</source>
        <translation>Scorecards für einen benutzerdefinierten Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="707"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="708"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="807"/>
        <source>Not written to disk yet — the notes are kept and written as soon as they can be: %1</source>
        <translation>Noch nicht auf den Datenträger geschrieben – die Notizen bleiben erhalten und werden geschrieben, sobald es möglich ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="843"/>
        <source>Computing the scorecards…</source>
        <translation>Scorecards werden berechnet …</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="856"/>
        <source>1 vendor</source>
        <translation>1 Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="856"/>
        <source>%1 vendors</source>
        <translation>%1 Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="859"/>
        <source>%1 met the SLA</source>
        <translation>SLA erfüllt: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="862"/>
        <source>%1 missed it</source>
        <translation>SLA verfehlt: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="865"/>
        <source>%1 over budget</source>
        <translation>Über Budget: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="869"/>
        <source>updating…</source>
        <translation>wird aktualisiert …</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="869"/>
        <source>worst score first; pick a row for its card</source>
        <translation>schlechteste Bewertung zuerst; wählen Sie eine Zeile, um die Details des Anbieters zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="879"/>
        <source>Only %1…</source>
        <translation>Nur %1…</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="879"/>
        <source>Only the selected vendor…</source>
        <translation>Nur ausgewählter Anbieter…</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="916"/>
        <source>%1 support</source>
        <translation>Support-Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="923"/>
        <source>SLA met</source>
        <translation>SLA erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="923"/>
        <source>SLA missed</source>
        <translation>SLA verfehlt</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="926"/>
        <source>Score %1 / 5</source>
        <translation>Bewertung %1 / 5</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="928"/>
        <source>(▲ %1)</source>
        <translation>(▲ %1)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="928"/>
        <source>(▼ %1)</source>
        <translation>(▼ %1)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="937"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="937"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="937"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="942"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="958"/>
        <source>%1 % over the period</source>
        <translation>%1 % im Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="960"/>
        <source>target %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="962"/>
        <source>down %1</source>
        <translation>Ausfall %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="965"/>
        <source>%1 not counted (offline, paused or in maintenance)</source>
        <translation>%1 nicht gezählt (offline, pausiert oder in Wartung)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="991"/>
        <source>p95 by day</source>
        <translation>p95 pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1004"/>
        <source>target %1 ms</source>
        <translation>Ziel %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1048"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1049"/>
        <location filename="../ui/scorecardspage.cpp" line="1056"/>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1054"/>
        <source>Vendor&apos;s status page</source>
        <translation>Statusseite des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1055"/>
        <source>Vendor&apos;s status page (%1)</source>
        <translation>Statusseite des Anbieters (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1065"/>
        <source>Incidents (%1)</source>
        <translation>Vorfälle (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1069"/>
        <source>mean time to acknowledge %1</source>
        <translation>mittlere Zeit bis zur Quittierung %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1071"/>
        <source>to resolve %1</source>
        <translation>bis zur Behebung %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1077"/>
        <source>No incidents in this period</source>
        <translation>Keine Vorfälle in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1090"/>
        <source>%1 of a %2 budget</source>
        <translation>%1 bei einem Budget von %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1093"/>
        <source>%1 (no budget set)</source>
        <translation>%1 (kein Budget festgelegt)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1095"/>
        <source>Monthly fee %1; the rest is usage beyond what is included</source>
        <translation>Monatsgebühr %1; der Rest ist Nutzung über das Inklusivvolumen hinaus</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1110"/>
        <source>%1 % of the budget</source>
        <translation>%1 % des Budgets</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1113"/>
        <source>No cost configured</source>
        <translation>Keine Kosten konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1120"/>
        <source>Credit owed: %1 % of the fee (%2)</source>
        <translation>Fällige Gutschrift: %1 % der Gebühr (%2)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1123"/>
        <source>Credit owed: %1 % of the fee</source>
        <translation>Fällige Gutschrift: %1 % der Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1126"/>
        <source>No credit owed</source>
        <translation>Keine Gutschrift fällig</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1129"/>
        <source>No availability in the contract</source>
        <translation>Kein Verfügbarkeitsziel im Vertrag</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1151"/>
        <source>No escalation contacts configured</source>
        <translation>Keine Eskalationskontakte konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1169"/>
        <source>As configured (%1)</source>
        <translation>Wie konfiguriert (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1170"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1183"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1185"/>
        <source>Saved %1 by %2</source>
        <translation>Gespeichert am %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1236"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1243"/>
        <source>Vendor review</source>
        <translation>Anbieterbewertung</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1253"/>
        <source>There is no scorecard to export yet.</source>
        <translation>Es gibt noch keine Scorecard zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1259"/>
        <source>Export scorecards as CSV</source>
        <translation>Scorecards als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1260"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1266"/>
        <location filename="../ui/scorecardspage.cpp" line="1282"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1273"/>
        <source>Export scorecards as PDF</source>
        <translation>Scorecards als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="1273"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>gw::Silence</name>
    <message>
        <location filename="../models/silence.cpp" line="78"/>
        <source>expected a label name (letters, digits and _, not starting with a digit)</source>
        <translation>Label-Name erwartet (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="99"/>
        <source>expected =, !=, =~ or !~ after the label name %1</source>
        <translation>=, !=, =~ oder !~ nach dem Label-Namen %1 erwartet</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="123"/>
        <source>the quoted value is not closed</source>
        <translation>der Wert in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="144"/>
        <source>%1 is not a label name (letters, digits and _, not starting with a digit)</source>
        <translation>%1 ist kein Label-Name (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="149"/>
        <source>%1 is not a valid regular expression: %2</source>
        <translation>%1 ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="167"/>
        <source>unexpected text after the matcher</source>
        <translation>unerwarteter Text nach der Bedingung</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="187"/>
        <source>expected } to close the matchers</source>
        <translation>} zum Schließen der Bedingungen erwartet</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="202"/>
        <source>expected a comma between matchers</source>
        <translation>Komma zwischen Bedingungen erwartet</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="206"/>
        <source>unexpected text after the matchers</source>
        <translation>unerwarteter Text nach den Bedingungen</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="208"/>
        <source>no matchers: write at least one, e.g. alertname=&quot;shopify-down&quot;</source>
        <translation>keine Bedingungen: mindestens eine angeben, z. B. alertname=&quot;shopify-down&quot;</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="271"/>
        <source>a silence needs at least one matcher</source>
        <translation>eine Stummschaltung braucht mindestens eine Bedingung</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="275"/>
        <source>these matchers match every alert: at least one must require a value, e.g. alertname=&quot;shopify-down&quot;</source>
        <translation>diese Bedingungen treffen auf jeden Alarm zu: mindestens eine muss einen Wert verlangen, z. B. alertname=&quot;shopify-down&quot;</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="279"/>
        <source>a silence must end after it starts</source>
        <translation>eine Stummschaltung muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <location filename="../models/silence.cpp" line="281"/>
        <source>a silence needs the name of who created it</source>
        <translation>eine Stummschaltung braucht den Namen dessen, der sie angelegt hat</translation>
    </message>
</context>
<context>
    <name>gw::SilenceDialog</name>
    <message>
        <location filename="../ui/alertspage.cpp" line="109"/>
        <source>New silence</source>
        <translation>Neue Stummschaltung</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="116"/>
        <source>Alerts matching</source>
        <translation>Alarme, auf die zutrifft</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="122"/>
        <source>How long from now, e.g. 45m, 2h, 1d</source>
        <translation>Wie lange ab jetzt, z. B. 45m, 2h, 1d</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="123"/>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="126"/>
        <source>Why (a vendor&apos;s maintenance window, a known incident…)</source>
        <translation>Warum (ein Wartungsfenster des Anbieters, ein bekannter Vorfall…)</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="128"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="134"/>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="138"/>
        <source>Matching alerts still fire and are recorded, but nobody is notified until the silence ends. Matchers work as in Alertmanager: = != =~ !~, regular expressions match the whole value.</source>
        <translation>Zutreffende Alarme werden weiter ausgelöst und aufgezeichnet, aber niemand wird benachrichtigt, bis die Stummschaltung endet. Bedingungen wirken wie in Alertmanager: = != =~ !~, reguläre Ausdrücke müssen auf den ganzen Wert passen.</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="189"/>
        <source>Matchers, at character %1: %2</source>
        <translation>Bedingungen, bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="194"/>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <location filename="../ui/alertspage.cpp" line="196"/>
        <source>Duration: a silence needs a duration, e.g. 2h</source>
        <translation>Dauer: eine Stummschaltung braucht eine Dauer, z. B. 2h</translation>
    </message>
</context>
<context>
    <name>gw::SilencesModel</name>
    <message>
        <location filename="../models/alertsmodel.cpp" line="277"/>
        <source>Pending</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="279"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="281"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="304"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="306"/>
        <source>Matchers</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="308"/>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="310"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="312"/>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <location filename="../models/alertsmodel.cpp" line="314"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>gw::StatusPageParser</name>
    <message>
        <location filename="../services/statuspageparser.cpp" line="63"/>
        <location filename="../services/statuspageparser.cpp" line="170"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="65"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="67"/>
        <location filename="../services/statuspageparser.cpp" line="160"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="69"/>
        <location filename="../services/statuspageparser.cpp" line="207"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="71"/>
        <location filename="../services/statuspageparser.cpp" line="195"/>
        <location filename="../services/statuspageparser.cpp" line="215"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="75"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="148"/>
        <source>expected %1, found %2</source>
        <translation>erwartet wird %1, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="158"/>
        <location filename="../services/statuspageparser.cpp" line="193"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="180"/>
        <source>not an ISO 8601 time: %1</source>
        <translation>keine ISO-8601-Zeit: %1</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="182"/>
        <source>an ISO 8601 time</source>
        <translation>eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="319"/>
        <source>not a Statuspage document: the JSON is %1, not an object</source>
        <translation>kein Statuspage-Dokument: das JSON ist %1, kein Objekt</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="323"/>
        <source>not JSON at byte %1: %2</source>
        <translation>kein JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="329"/>
        <source>the body starts with %1</source>
        <translation>der Antwortinhalt beginnt mit %1</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="338"/>
        <source>the body is %1 bytes, over the limit of %2 MiB for a status page</source>
        <translation>der Antwortinhalt hat %1 Bytes und überschreitet das Limit von %2 MiB für eine Statusseite</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="343"/>
        <source>the body is empty</source>
        <translation>der Antwortinhalt ist leer</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="350"/>
        <source>not a Statuspage document: the JSON is a list, not an object</source>
        <translation>kein Statuspage-Dokument: das JSON ist eine Liste, kein Objekt</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="354"/>
        <source>status: missing; every Statuspage summary.json and status.json has it</source>
        <translation>status: fehlt; jede summary.json und status.json von Statuspage enthält es</translation>
    </message>
    <message>
        <location filename="../services/statuspageparser.cpp" line="368"/>
        <source>unknown indicator %1 (expected none, minor, major, critical or maintenance)</source>
        <translation>unbekannter Indikator %1 (erwartet: none, minor, major, critical oder maintenance)</translation>
    </message>
</context>
<context>
    <name>gw::StatusStrip</name>
    <message>
        <location filename="../ui/statusstrip.cpp" line="130"/>
        <source>no attempts</source>
        <translation>keine Versuche</translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.cpp" line="132"/>
        <source>1 attempt, succeeded</source>
        <translation>1 Versuch, erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.cpp" line="132"/>
        <source>1 attempt, failed</source>
        <translation>1 Versuch, fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.cpp" line="134"/>
        <source>%1 attempts, none failed</source>
        <translation>%1 Versuche, keiner fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.cpp" line="136"/>
        <source>%1 attempts, %2 failed</source>
        <translation>%1 Versuche, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.cpp" line="137"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.cpp" line="140"/>
        <source>Click to list the failed attempts</source>
        <translation>Klicken Sie, um die fehlgeschlagenen Versuche aufzulisten</translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.cpp" line="155"/>
        <source>Status</source>
        <comment>caption of the status strip</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gw::StatusWatch</name>
    <message>
        <location filename="../services/statuswatch.cpp" line="54"/>
        <source>the status page URL cannot be used: %1</source>
        <translation>die URL der Statusseite kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../services/statuswatch.cpp" line="154"/>
        <source>the status page is larger than %1 MiB; not a status page</source>
        <translation>die Statusseite ist größer als %1 MiB; das ist keine Statusseite</translation>
    </message>
    <message>
        <location filename="../services/statuswatch.cpp" line="162"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../services/statuswatch.cpp" line="165"/>
        <source>the status page cannot be reached: %1</source>
        <translation>die Statusseite ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../services/statuswatch.cpp" line="171"/>
        <source>the status page answered HTTP %1</source>
        <translation>die Statusseite hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../services/statuswatch.cpp" line="177"/>
        <source>not a Statuspage document: %1</source>
        <translation>kein Statuspage-Dokument: %1</translation>
    </message>
</context>
<context>
    <name>gw::TimeChartView</name>
    <message>
        <location filename="../ui/timechartview.cpp" line="52"/>
        <source>no impact</source>
        <comment>impact of a vendor&apos;s incident</comment>
        <translation>keine Auswirkung</translation>
    </message>
    <message>
        <location filename="../ui/timechartview.cpp" line="54"/>
        <source>minor</source>
        <comment>impact of a vendor&apos;s incident</comment>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../ui/timechartview.cpp" line="56"/>
        <source>major</source>
        <comment>impact of a vendor&apos;s incident</comment>
        <translation>schwerwiegend</translation>
    </message>
    <message>
        <location filename="../ui/timechartview.cpp" line="58"/>
        <source>critical</source>
        <comment>impact of a vendor&apos;s incident</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../ui/timechartview.cpp" line="276"/>
        <source>since %1</source>
        <comment>a vendor&apos;s notice that is still open</comment>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../ui/timechartview.cpp" line="278"/>
        <source>untitled</source>
        <comment>a vendor&apos;s notice without a name</comment>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location filename="../ui/timechartview.cpp" line="280"/>
        <source>Vendor maintenance: %1, %2</source>
        <translation>Wartung beim Anbieter: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/timechartview.cpp" line="282"/>
        <source>Vendor incident: %1, %2</source>
        <translation>Vorfall beim Anbieter: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/timechartview.cpp" line="283"/>
        <source>Vendor incident: %1 (%2), %3</source>
        <translation>Vorfall beim Anbieter: %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>gw::VendorStatus</name>
    <message>
        <location filename="../models/vendorstatus.cpp" line="95"/>
        <source>Operational</source>
        <translation>Betriebsbereit</translation>
    </message>
    <message>
        <location filename="../models/vendorstatus.cpp" line="97"/>
        <source>Degraded performance</source>
        <translation>Eingeschränkte Leistung</translation>
    </message>
    <message>
        <location filename="../models/vendorstatus.cpp" line="99"/>
        <source>Partial outage</source>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <location filename="../models/vendorstatus.cpp" line="101"/>
        <source>Major outage</source>
        <translation>Schwerer Ausfall</translation>
    </message>
    <message>
        <location filename="../models/vendorstatus.cpp" line="103"/>
        <source>Under maintenance</source>
        <translation>In Wartung</translation>
    </message>
</context>
<context>
    <name>gw::VerifyWebhookCommand</name>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="30"/>
        <source>--%1: %2 is a directory, not a file</source>
        <translation>--%1: %2 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="33"/>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="51"/>
        <source>--%1: %2 holds no secret</source>
        <translation>--%1: %2 enthält kein Secret</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="69"/>
        <source>Check the signature of one webhook delivery and print the verdict on one line.</source>
        <translation>Prüft die Signatur einer Webhook-Zustellung und gibt das Ergebnis in einer Zeile aus.</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="71"/>
        <source>The verify-webhook command.</source>
        <translation>Der Befehl verify-webhook.</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="72"/>
        <source>shopify, stripe, slack, github, standard or chatwoot.</source>
        <translation>shopify, stripe, slack, github, standard oder chatwoot.</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="75"/>
        <source>The environment variable holding the current secret.</source>
        <translation>Die Umgebungsvariable mit dem aktuellen Secret.</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="77"/>
        <source>The file holding the current secret (one trailing line break is ignored).</source>
        <translation>Die Datei mit dem aktuellen Secret (ein abschließender Zeilenumbruch wird ignoriert).</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="81"/>
        <source>A file holding a previous secret that is still accepted; repeat for more, newest first.</source>
        <translation>Eine Datei mit einem früheren Secret, das noch akzeptiert wird; für weitere wiederholen, neuestes zuerst.</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="82"/>
        <source>A header of the delivery, &apos;Name: value&apos;; repeat for each.</source>
        <translation>Ein Header der Zustellung, &apos;Name: Wert&apos;; für jeden Header wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="84"/>
        <source>The body of the delivery, byte for byte.</source>
        <translation>Der Inhalt der Zustellung, Byte für Byte.</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="85"/>
        <source>The time of receipt in Unix seconds (default: now).</source>
        <translation>Der Empfangszeitpunkt in Unix-Sekunden (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="88"/>
        <source>How far the signed timestamp may be from --now (default: the scheme&apos;s own).</source>
        <translation>Wie weit der signierte Zeitstempel von --now abweichen darf (Standard: der Wert des Schemas).</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="103"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="106"/>
        <source>--scheme is required: shopify, stripe, slack, github, standard or chatwoot</source>
        <translation>--scheme ist erforderlich: shopify, stripe, slack, github, standard oder chatwoot</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="109"/>
        <source>--scheme: unknown scheme &apos;%1&apos; (use shopify, stripe, slack, github, standard or chatwoot)</source>
        <translation>--scheme: unbekanntes Schema &apos;%1&apos; (verwenden Sie shopify, stripe, slack, github, standard oder chatwoot)</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="115"/>
        <source>use either --secret-env or --secret-file, not both</source>
        <translation>verwenden Sie entweder --secret-env oder --secret-file, nicht beide</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="116"/>
        <source>the secret is required: --secret-env VAR or --secret-file FILE</source>
        <translation>das Secret ist erforderlich: --secret-env VAR oder --secret-file FILE</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="123"/>
        <source>--secret-env: the environment variable %1 is not set</source>
        <translation>--secret-env: die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="126"/>
        <source>--secret-env: the environment variable %1 is empty</source>
        <translation>--secret-env: die Umgebungsvariable %1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="147"/>
        <source>--header: expected &apos;Name: value&apos;, e.g. &apos;X-Hub-Signature-256: sha256=…&apos;, got &apos;%1&apos;</source>
        <translation>--header: &apos;Name: Wert&apos; erwartet, z. B. &apos;X-Hub-Signature-256: sha256=…&apos;, angegeben: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="153"/>
        <source>--body-file is required (the body exactly as received)</source>
        <translation>--body-file ist erforderlich (der Inhalt genau wie empfangen)</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="162"/>
        <source>--now: &apos;%1&apos; is not Unix seconds, e.g. 1767225600</source>
        <translation>--now: &apos;%1&apos; ist keine Angabe in Unix-Sekunden, z. B. 1767225600</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="168"/>
        <source>--tolerance: %1 signs no timestamp, so there is nothing to tolerate</source>
        <translation>--tolerance: %1 signiert keinen Zeitstempel, daher gibt es nichts zu tolerieren</translation>
    </message>
    <message>
        <location filename="../app/verifywebhookcommand.cpp" line="174"/>
        <source>--tolerance: &apos;%1&apos; is not a whole number of seconds, e.g. 300</source>
        <translation>--tolerance: &apos;%1&apos; ist keine ganze Zahl von Sekunden, z. B. 300</translation>
    </message>
</context>
<context>
    <name>gw::WebhookDeliveriesModel</name>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="87"/>
        <source>not checked</source>
        <comment>no webhooks: entry for the source</comment>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="94"/>
        <source>not forwarded</source>
        <translation>nicht weitergeleitet</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="94"/>
        <source>waiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="96"/>
        <source>%1 (%2)</source>
        <comment>attempt status (HTTP status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="103"/>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="105"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="106"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="156"/>
        <source>%1: %2</source>
        <comment>gateway verdict: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="179"/>
        <source>Next attempt at %1</source>
        <translation>Nächster Versuch um %1</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="182"/>
        <source>Sent by the vendor at %1</source>
        <translation>Vom Anbieter gesendet um %1</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="183"/>
        <source>The vendor&apos;s headers carry no timestamp</source>
        <translation>Die Header des Anbieters enthalten keinen Zeitstempel</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="186"/>
        <source>The configuration has no webhooks: entry for %1</source>
        <translation>Die Konfiguration hat keinen Eintrag unter webhooks: für %1</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="206"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="208"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="210"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="212"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="214"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="216"/>
        <source>Forwarded</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="218"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="220"/>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../models/webhookdeliveriesmodel.cpp" line="222"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>gw::WebhookSignature</name>
    <message>
        <location filename="../services/webhooksignature.cpp" line="78"/>
        <source>The webhook secret is empty.</source>
        <translation>Das Webhook-Secret ist leer.</translation>
    </message>
    <message>
        <location filename="../services/webhooksignature.cpp" line="84"/>
        <source>A Standard Webhooks secret is &quot;whsec_&quot; followed by base64.</source>
        <translation>Ein Secret nach Standard Webhooks ist &quot;whsec_&quot;, gefolgt von Base64.</translation>
    </message>
    <message>
        <location filename="../services/webhooksignature.cpp" line="110"/>
        <source>No webhook secret to sign with.</source>
        <translation>Kein Webhook-Secret zum Signieren vorhanden.</translation>
    </message>
    <message>
        <location filename="../services/webhooksignature.cpp" line="145"/>
        <source>Unknown webhook scheme.</source>
        <translation>Unbekanntes Webhook-Signaturschema.</translation>
    </message>
</context>
<context>
    <name>gw::WebhookVerifier</name>
    <message>
        <location filename="../services/webhookverifier.cpp" line="73"/>
        <source>expected &quot;%1&quot; followed by the signature in hex</source>
        <translation>&quot;%1&quot; gefolgt von der Signatur in Hex erwartet</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="79"/>
        <source>the signature is not base64</source>
        <translation>die Signatur ist nicht Base64-kodiert</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="80"/>
        <source>the signature is not hex (an even number of 0-9 and a-f)</source>
        <translation>die Signatur ist nicht hexadezimal (eine gerade Anzahl aus 0-9 und a-f)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="103"/>
        <source>more than one t= timestamp</source>
        <translation>mehr als ein t=-Zeitstempel</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="106"/>
        <source>the t= timestamp is not Unix seconds</source>
        <translation>der t=-Zeitstempel ist keine Angabe in Unix-Sekunden</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="109"/>
        <location filename="../services/webhookverifier.cpp" line="141"/>
        <source>more than %1 signatures</source>
        <translation>mehr als %1 Signaturen</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="112"/>
        <source>a v1 signature is not hex (an even number of 0-9 and a-f)</source>
        <translation>eine v1-Signatur ist nicht hexadezimal (eine gerade Anzahl aus 0-9 und a-f)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="118"/>
        <source>no t= timestamp</source>
        <translation>kein t=-Zeitstempel</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="120"/>
        <source>no v1 signature</source>
        <translation>keine v1-Signatur</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="144"/>
        <source>expected version,signature such as v1,&lt;base64&gt;</source>
        <translation>Version,Signatur erwartet, etwa v1,&lt;base64&gt;</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="149"/>
        <source>a v1 signature is not base64</source>
        <translation>eine v1-Signatur ist nicht Base64-kodiert</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="153"/>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="154"/>
        <source>no v1 signature (other versions, such as v1a, are not checked)</source>
        <translation>keine v1-Signatur (andere Versionen wie v1a werden nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="242"/>
        <source>the signature does not match either</source>
        <translation>auch die Signatur passt nicht</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="243"/>
        <source>the signature matches (a replay, a late delivery or a wrong clock)</source>
        <translation>die Signatur passt (ein Replay, eine verspätete Zustellung oder eine falsch gehende Uhr)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="251"/>
        <source>%1 bytes, more than the %2 a signature header may have</source>
        <translation>%1 Bytes, mehr als die %2, die ein Signatur-Header haben darf</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="269"/>
        <source>unknown scheme</source>
        <translation>unbekanntes Schema</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="397"/>
        <source>unknown scheme &apos;%1&apos; (known: shopify, stripe, slack, github, standard, chatwoot)</source>
        <translation>unbekanntes Schema &apos;%1&apos; (bekannt: shopify, stripe, slack, github, standard, chatwoot)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="429"/>
        <source>the current secret: %1</source>
        <translation>das aktuelle Secret: %1</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="430"/>
        <source>previous secret %1: %2</source>
        <translation>vorheriges Secret %1: %2</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="434"/>
        <source>no secret is configured for this source</source>
        <translation>für diese Quelle ist kein Secret konfiguriert</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="435"/>
        <source>no usable secret (%1)</source>
        <translation>kein verwendbares Secret (%1)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="449"/>
        <source>no %1 header (Chatwoot signs webhooks from version 4.11 on)</source>
        <translation>kein Header %1 (Chatwoot signiert Webhooks ab Version 4.11)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="450"/>
        <source>no %1 header</source>
        <translation>kein Header %1</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="456"/>
        <source>%1 sent %2 times</source>
        <translation>%1 wurde %2-mal gesendet</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="485"/>
        <location filename="../services/webhookverifier.cpp" line="495"/>
        <source>no %1 header, which the signature covers</source>
        <translation>kein Header %1, obwohl die Signatur ihn einschließt</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="500"/>
        <source>%1 &apos;%2&apos; is not Unix seconds</source>
        <translation>%1 &apos;%2&apos; ist keine Angabe in Unix-Sekunden</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="535"/>
        <source>signed %1 s ago, more than the tolerance of %2 s; %3</source>
        <translation>vor %1 s signiert, mehr als die Toleranz von %2 s; %3</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="542"/>
        <source>signed %1 s in the future, more than the tolerance of %2 s; %3</source>
        <translation>%1 s in der Zukunft signiert, mehr als die Toleranz von %2 s; %3</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="551"/>
        <source>expected %1, received %2</source>
        <translation>erwartet: %1, empfangen: %2</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="558"/>
        <source> (the received signature has 1 byte; an HMAC-SHA256 has %1)</source>
        <translation> (die empfangene Signatur hat 1 Byte; ein HMAC-SHA256 hat %1)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="559"/>
        <source> (the received signature has %1 bytes; an HMAC-SHA256 has %2)</source>
        <translation> (die empfangene Signatur hat %1 Bytes; ein HMAC-SHA256 hat %2)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="564"/>
        <source>; possibly a misconfigured secret rather than a forgery: Chatwoot may sign with another secret than the one its settings show (upstream bug #13809)</source>
        <translation>; möglicherweise eher ein falsch konfiguriertes Secret als eine Fälschung: Chatwoot signiert unter Umständen mit einem anderen Secret als dem in seinen Einstellungen angezeigten (Upstream-Fehler #13809)</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="571"/>
        <source>%1 was received before</source>
        <translation>%1 wurde bereits empfangen</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="573"/>
        <source>matches the current secret</source>
        <translation>passt zum aktuellen Secret</translation>
    </message>
    <message>
        <location filename="../services/webhookverifier.cpp" line="575"/>
        <source>matches previous secret %1, not the current one: the sender still signs with a rotated-out secret</source>
        <translation>passt zum früheren Secret %1, nicht zum aktuellen: Der Absender signiert noch mit einem abgelösten Secret</translation>
    </message>
</context>
<context>
    <name>gw::WebhooksPage</name>
    <message>
        <location filename="../ui/webhookspage.cpp" line="50"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="51"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="52"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="53"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="54"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="66"/>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="67"/>
        <source>Any problem</source>
        <translation>Mit Problemen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="68"/>
        <location filename="../ui/webhookspage.cpp" line="343"/>
        <source>Signature failures</source>
        <translation>Signaturfehler</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="69"/>
        <source>Rejected by the gateway</source>
        <translation>Vom Gateway abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="70"/>
        <source>Not forwarded</source>
        <translation>Nicht weitergeleitet</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="71"/>
        <location filename="../ui/webhookspage.cpp" line="343"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="107"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="287"/>
        <source>History is off, so webhook deliveries are not kept.</source>
        <translation>Der Verlauf ist abgeschaltet, daher werden keine Webhook-Zustellungen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="342"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="342"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="342"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="343"/>
        <source>Lag p50 / p95</source>
        <translation>Verzögerung p50 / p95</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="344"/>
        <source>Last full hour</source>
        <translation>Letzte volle Stunde</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="346"/>
        <source>Of the deliveries the gateway accepted and finished with, the share forwarded to the product</source>
        <translation>Anteil der an das Produkt weitergeleiteten Zustellungen unter denen, die das Gateway angenommen und abgeschlossen hat</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="349"/>
        <source>Of the deliveries Gatewatch checked, the share no configured secret signed</source>
        <translation>Anteil der von Gatewatch geprüften Zustellungen, die mit keinem konfigurierten Secret signiert waren</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="351"/>
        <source>From the vendor&apos;s own timestamp to the gateway&apos;s receipt</source>
        <translation>Vom Zeitstempel des Anbieters bis zum Empfang durch das Gateway</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="353"/>
        <source>Deliveries in the last complete hour, against the median of the same hour on the seven days before</source>
        <translation>Zustellungen in der letzten vollständigen Stunde, verglichen mit dem Median derselben Stunde an den sieben Tagen davor</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="363"/>
        <source>Click a source to see its deliveries</source>
        <translation>Klicken Sie auf eine Quelle, um ihre Zustellungen zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="378"/>
        <location filename="../ui/webhookspage.cpp" line="655"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="390"/>
        <source>Search id, topic, verdict</source>
        <translation>ID, Thema, Bewertung suchen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="417"/>
        <location filename="../ui/webhookspage.cpp" line="741"/>
        <source>Select a delivery to see how its signature was checked, what the vendor sent and how it was forwarded.</source>
        <translation>Wählen Sie eine Zustellung aus, um zu sehen, wie ihre Signatur geprüft wurde, was der Anbieter gesendet hat und wie sie weitergeleitet wurde.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="437"/>
        <source>Copy payload</source>
        <translation>Nutzdaten kopieren</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="439"/>
        <source>The payload exactly as received (redacted where it held a secret)</source>
        <translation>Die Nutzdaten genau wie empfangen (geschwärzt, wo sie ein Secret enthielten)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="440"/>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="442"/>
        <source>A Markdown summary for an incident channel</source>
        <translation>Eine Markdown-Zusammenfassung für einen Incident-Kanal</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="457"/>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="459"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="466"/>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="469"/>
        <source>Indent JSON and XML for reading; off shows the bytes the signature covers</source>
        <translation>JSON und XML zum Lesen einrücken; abgewählt erscheinen genau die Bytes, die die Signatur abdeckt</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="475"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="483"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="483"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="483"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="483"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="483"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="483"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="496"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="667"/>
        <location filename="../ui/webhookspage.cpp" line="764"/>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="672"/>
        <source>%1 (%2 in progress)</source>
        <translation>%1 (%2 in Bearbeitung)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="673"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="675"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="677"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="682"/>
        <source>%1 (usual %2)</source>
        <translation>%1 (üblich: %2)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="684"/>
        <source>%1 (no usual level yet)</source>
        <translation>%1 (noch kein üblicher Wert)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="701"/>
        <source>Not finished: waiting, sending or to be retried (%1)</source>
        <translation>Nicht abgeschlossen: wartend, beim Senden oder zur Wiederholung vorgesehen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="703"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="725"/>
        <source>The history could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="731"/>
        <source>1 delivery</source>
        <translation>1 Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="731"/>
        <source>%1 deliveries</source>
        <translation>%1 Zustellungen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="733"/>
        <source>%1 of %2</source>
        <comment>shown of all deliveries</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="735"/>
        <source>%1, the newest only</source>
        <translation>%1, nur die neuesten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="738"/>
        <source>No webhook deliveries in this window. They come from the gateway&apos;s event feed (gateway: events: in the configuration).</source>
        <translation>Keine Webhook-Zustellungen in diesem Zeitfenster. Sie stammen aus dem Ereignis-Feed des Gateways (gateway: events: in der Konfiguration).</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="767"/>
        <source>%1 %2, %3.</source>
        <translation>%1 %2, %3.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="769"/>
        <source>rejected by the gateway</source>
        <translation>vom Gateway abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="769"/>
        <source>accepted by the gateway</source>
        <translation>vom Gateway angenommen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="772"/>
        <source>Signature: %1.</source>
        <translation>Signatur: %1.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="774"/>
        <source>Signature not checked.</source>
        <translation>Signatur nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="776"/>
        <source>Forwarded: %1.</source>
        <translation>Weiterleitung: %1.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="781"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="782"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="783"/>
        <source>Sent by the vendor</source>
        <translation>Vom Anbieter gesendet</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="785"/>
        <source>%1 (lag %2)</source>
        <translation>%1 (Verzögerung %2)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="789"/>
        <source>the headers carry no timestamp</source>
        <translation>die Header enthalten keinen Zeitstempel</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="794"/>
        <source>%1, answered %2</source>
        <translation>%1, Antwort %2</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="795"/>
        <source>Gateway&apos;s verdict</source>
        <translation>Bewertung des Gateways</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="801"/>
        <location filename="../ui/webhookspage.cpp" line="815"/>
        <source>Gatewatch&apos;s verdict</source>
        <translation>Bewertung durch Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="805"/>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="806"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="807"/>
        <source>Expected signature</source>
        <translation>Erwartete Signatur</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="808"/>
        <source>Received signature</source>
        <translation>Empfangene Signatur</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="809"/>
        <source>Clock skew</source>
        <translation>Zeitabweichung</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="810"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="811"/>
        <source>Secret that matched</source>
        <translation>Passendes Secret</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="811"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="812"/>
        <source>Dedupe id</source>
        <translation>Deduplizierungs-ID</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="816"/>
        <source>not checked: the configuration has no webhooks: entry for %1</source>
        <translation>nicht geprüft: Die Konfiguration hat keinen Eintrag unter webhooks: für %1</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="831"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="849"/>
        <source>Next attempt at %1.</source>
        <translation>Nächster Versuch um %1.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="851"/>
        <source>Not forwarded: the gateway rejected it.</source>
        <translation>Nicht weitergeleitet: Das Gateway hat die Zustellung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="852"/>
        <source>Not forwarded yet.</source>
        <translation>Noch nicht weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="854"/>
        <source>No further attempt is planned.</source>
        <translation>Kein weiterer Versuch geplant.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="868"/>
        <source>%1, %2 B</source>
        <translation>%1, %2 B</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="869"/>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="880"/>
        <source>**Webhook delivery** `%1` from %2 (%3)</source>
        <translation>**Webhook-Zustellung** `%1` von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="881"/>
        <source>- Received: %1</source>
        <translation>- Empfangen: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="883"/>
        <source> (lag %1)</source>
        <translation> (Verzögerung %1)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="885"/>
        <source>- Gateway: %1</source>
        <translation>- Gateway: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="889"/>
        <source>, answered %1</source>
        <translation>, Antwort %1</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="894"/>
        <source>- Forwarded: %1</source>
        <translation>- Weiterleitung: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="896"/>
        <source>- Forwarded: %1 after 1 attempt</source>
        <translation>- Weiterleitung: %1 nach 1 Versuch</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="898"/>
        <source>- Forwarded: %1 after %2 attempts</source>
        <translation>- Weiterleitung: %1 nach %2 Versuchen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="900"/>
        <source>- Next attempt: %1</source>
        <translation>- Nächster Versuch: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="902"/>
        <source>- Signature (Gatewatch): %1</source>
        <translation>- Signatur (Gatewatch): %1</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="907"/>
        <source>- Signature (Gatewatch): not checked</source>
        <translation>- Signatur (Gatewatch): nicht geprüft</translation>
    </message>
</context>
<context>
    <name>gw::WindowCommand</name>
    <message>
        <location filename="../app/windowcommand.cpp" line="49"/>
        <source>Gatewatch watches the health of third-party APIs and the company&apos;s API gateway.

Commands (run headless, no display needed):
  check --once [--format table|json]   run every check once and print the results
  agent [--for DURATION] [--format text|json]   run the schedule, printing state changes
  export --since WHEN [--format json|csv]   stream the history
  scorecard (--vendor ID | --all) [--period 2026-11] [--format json|csv|pdf]   vendor scorecards
  verify-webhook --scheme NAME ...   check a webhook delivery&apos;s signature

Without a command, the window opens.</source>
        <translation>Gatewatch überwacht den Zustand der APIs von Drittanbietern und des API-Gateways des Unternehmens.

Befehle (laufen ohne Oberfläche, kein Display nötig):
  check --once [--format table|json]   jede Prüfung einmal ausführen und die Ergebnisse ausgeben
  agent [--for DURATION] [--format text|json]   nach Zeitplan prüfen und Zustandsänderungen ausgeben
  export --since WHEN [--format json|csv]   den Verlauf ausgeben
  scorecard (--vendor ID | --all) [--period 2026-11] [--format json|csv|pdf]   Anbieter-Scorecards
  verify-webhook --scheme NAME ...   die Signatur einer Webhook-Zustellung prüfen

Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="59"/>
        <source>Open on the built-in demo environment.</source>
        <translation>Mit der eingebauten Demo-Umgebung öffnen.</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="61"/>
        <source>Demo scenario (%1).</source>
        <translation>Demo-Szenario (%1).</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="63"/>
        <source>Demo random seed.</source>
        <translation>Startwert des Demo-Zufallsgenerators.</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="64"/>
        <source>Language, e.g. de (default: the system&apos;s).</source>
        <translation>Sprache, z. B. de (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="69"/>
        <source>Try &apos;gatewatch --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;gatewatch --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="81"/>
        <source>unknown command &apos;%1&apos; (commands: check, agent, export, scorecard, verify-webhook)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (Befehle: check, agent, export, scorecard, verify-webhook)</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="87"/>
        <source>gatewatch: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
  - on a machine without a screen, run it under a virtual one:  xvfb-run -a gatewatch --demo
  - or use the headless commands:  gatewatch check --once   /   gatewatch agent
</source>
        <translation>gatewatch: kein Display gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), daher kann das Fenster nicht geöffnet werden.
  - auf einem Rechner ohne Bildschirm unter einem virtuellen Display starten:  xvfb-run -a gatewatch --demo
  - oder die Befehle ohne Oberfläche verwenden:  gatewatch check --once   /   gatewatch agent
</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="109"/>
        <source>unknown scenario &apos;%1&apos; (available: %2)</source>
        <translation>unbekanntes Szenario &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="116"/>
        <source>the demo simulator could not start: %1</source>
        <translation>der Demo-Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="129"/>
        <source>cannot write the demo configuration to %1: %2</source>
        <translation>die Demo-Konfiguration kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
</TS>
