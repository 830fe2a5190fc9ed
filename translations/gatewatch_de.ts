<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gw::AgentCommand</name>
    <message>
        <location filename="../app/agentcommand.cpp" line="35"/>
        <source>Run the checks on their schedule without a window, printing state changes.</source>
        <translation>Führt die Prüfungen nach ihrem Zeitplan ohne Fenster aus und gibt Zustandsänderungen aus.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="37"/>
        <source>The agent command.</source>
        <translation>Der Befehl agent.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="38"/>
        <source>Stop after this long (e.g. 90s, 10m).</source>
        <translation>Nach dieser Dauer beenden (z. B. 90s, 10m).</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="39"/>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="51"/>
        <source>--for: %1</source>
        <translation>--for: %1</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="84"/>
        <source>history: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../app/agentcommand.cpp" line="92"/>
        <source>the last good configuration keeps running</source>
        <translation>die letzte funktionierende Konfiguration läuft weiter</translation>
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
        <location filename="../app/commonoptions.cpp" line="16"/>
        <source>Configuration file (default: %1).</source>
        <translation>Konfigurationsdatei (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/commonoptions.cpp" line="19"/>
        <source>Directory for history and state.</source>
        <translation>Verzeichnis für Verlauf und Zustand.</translation>
    </message>
    <message>
        <location filename="../app/commonoptions.cpp" line="58"/>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erlaubt: %2)</translation>
    </message>
    <message>
        <location filename="../app/commonoptions.cpp" line="59"/>
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
        <location filename="../services/configloader.cpp" line="82"/>
        <location filename="../services/configloader.cpp" line="508"/>
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="84"/>
        <location filename="../services/configloader.cpp" line="984"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="86"/>
        <location filename="../services/configloader.cpp" line="898"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="91"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="241"/>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="249"/>
        <source> (quote conditions that start with &apos;[&apos;, e.g. - &quot;[STATUS] == 200&quot;)</source>
        <translation> (setzen Sie Bedingungen, die mit &apos;[&apos; beginnen, in Anführungszeichen, z. B. - &quot;[STATUS] == 200&quot;)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="253"/>
        <source>cannot read the configuration: %1</source>
        <translation>die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="271"/>
        <source>expected a map with the keys settings and integrations at the top level, found %1</source>
        <translation>auf oberster Ebene wird eine Zuordnung mit den Schlüsseln settings und integrations erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="275"/>
        <source>at the top level</source>
        <translation>auf oberster Ebene</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="308"/>
        <source>expected an integration (a map with id, name and checks), found %1</source>
        <translation>Integration erwartet (eine Zuordnung mit id, name und checks), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="315"/>
        <source>duplicate integration id &apos;%1&apos; (first defined at line %2, column %3)</source>
        <translation>doppelte Integrations-ID &apos;%1&apos; (zuerst definiert in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="511"/>
        <source>in settings</source>
        <translation>in settings</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="525"/>
        <source>in an integration</source>
        <translation>in einer Integration</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="531"/>
        <source>an integration needs an &apos;id&apos; (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>eine Integration braucht eine &apos;id&apos; (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="545"/>
        <source>budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="563"/>
        <source>expected a check (a map with id, url and more), found %1</source>
        <translation>Prüfung erwartet (eine Zuordnung mit id, url und weiteren Schlüsseln), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="571"/>
        <source>duplicate check id &apos;%1&apos; in integration &apos;%2&apos; (first defined at line %3, column %4)</source>
        <translation>doppelte Prüfungs-ID &apos;%1&apos; in Integration &apos;%2&apos; (zuerst definiert in Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="597"/>
        <source>in a check</source>
        <translation>in einer Prüfung</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="603"/>
        <source>a check needs an &apos;id&apos; (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>eine Prüfung braucht eine &apos;id&apos; (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="617"/>
        <source>a check needs a &apos;url&apos; (an absolute http:// or https:// URL)</source>
        <translation>eine Prüfung braucht eine &apos;url&apos; (eine absolute http://- oder https://-URL)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="339"/>
        <location filename="../services/configloader.cpp" line="626"/>
        <location filename="../services/configloader.cpp" line="875"/>
        <location filename="../services/configloader.cpp" line="1174"/>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="286"/>
        <source>the integration id &apos;%1&apos; is the gateway&apos;s when a gateway section is configured; rename this integration</source>
        <translation>die Integrations-ID &apos;%1&apos; ist dem Gateway vorbehalten, wenn ein Abschnitt gateway konfiguriert ist; benennen Sie diese Integration um</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="338"/>
        <source>gateway routes: no integration &apos;%1&apos;%2</source>
        <translation>gateway routes: keine Integration &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="346"/>
        <source>a map with name, health_url, metrics_url, events_url and more</source>
        <translation>eine Zuordnung mit name, health_url, metrics_url, events_url und weiteren Schlüsseln</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="354"/>
        <source>in gateway</source>
        <translation>in gateway</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="374"/>
        <source>the gateway needs at least one of health_url, metrics_url and events_url</source>
        <translation>das Gateway braucht mindestens einen der Schlüssel health_url, metrics_url und events_url</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="389"/>
        <source>gateway metrics names are only read with flavor: generic (Kong, Traefik and Envoy are recognised by their own names)</source>
        <translation>Metriknamen für das Gateway werden nur mit flavor: generic gelesen (Kong, Traefik und Envoy werden an ihren eigenen Namen erkannt)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="393"/>
        <source>flavor generic needs &apos;metrics&apos; naming the request counter and its status label, e.g. metrics: {requests: http_requests_total, status_label: code, service_label: service}</source>
        <translation>flavor generic braucht &apos;metrics&apos; mit dem Namen des Anfragezählers und seines Status-Labels, z. B. metrics: {requests: http_requests_total, status_label: code, service_label: service}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="428"/>
        <source>a map with requests, status_label, latency, latency_unit, service_label and route_label</source>
        <translation>eine Zuordnung mit requests, status_label, latency, latency_unit, service_label und route_label</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="432"/>
        <source>in gateway metrics</source>
        <translation>in metrics unter gateway</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="450"/>
        <source>invalid %1 &apos;%2&apos;: not a Prometheus %3 name</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: kein gültiger Prometheus-%3name</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="451"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="451"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="460"/>
        <source>gateway metrics need &apos;%1&apos;</source>
        <translation>metrics unter gateway braucht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="471"/>
        <source>a map of integration ids to {service, route}, e.g. shopify: {service: shopify-admin}</source>
        <translation>eine Zuordnung von Integrations-IDs zu {service, route}, z. B. shopify: {service: shopify-admin}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="480"/>
        <source>a map with service and, optionally, route</source>
        <translation>eine Zuordnung mit service und optional route</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="483"/>
        <source>in a gateway route</source>
        <translation>in einer Gateway-Route</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="490"/>
        <source>the gateway route of &apos;%1&apos; needs a &apos;service&apos;</source>
        <translation>die Gateway-Route von &apos;%1&apos; braucht einen &apos;service&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="628"/>
        <source>unknown method &apos;%1&apos;%2 (allowed: %3)</source>
        <translation>unbekannte Methode &apos;%1&apos;%2 (erlaubt: %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="637"/>
        <source>a map of header names to values</source>
        <translation>eine Zuordnung von Header-Namen zu Werten</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="720"/>
        <source>off or a map with failures, backoff, cooldown and max_cooldown</source>
        <translation>off oder eine Zuordnung mit failures, backoff, cooldown und max_cooldown</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="723"/>
        <source>in circuit_breaker</source>
        <translation>in circuit_breaker</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="726"/>
        <source>invalid failures &apos;0&apos;: expected a whole number of at least 1 (use circuit_breaker: off for a circuit that never opens)</source>
        <translation>ungültiger Wert für failures &apos;0&apos;: erwartet wird eine ganze Zahl ab 1 (für eine Sicherung, die nie auslöst: circuit_breaker: off)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="751"/>
        <source>the cooldown (%1) is longer than max_cooldown (%2)</source>
        <translation>die Abkühlzeit cooldown (%1) ist länger als max_cooldown (%2)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="761"/>
        <source>a map with warning and critical, e.g. {warning: 25%, critical: 10%}</source>
        <translation>eine Zuordnung mit warning und critical, z. B. {warning: 25%, critical: 10%}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="764"/>
        <source>in quota_thresholds</source>
        <translation>in quota_thresholds</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="776"/>
        <source>the critical threshold (%1%) is above the warning threshold (%2%): a quota gets critical when less remains than at warning</source>
        <translation>die kritische Schwelle (%1 %) liegt über der Warnschwelle (%2 %): ein Kontingent wird kritisch, wenn weniger übrig ist als bei der Warnung</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="786"/>
        <source>a map with raw, minute, hour and day, e.g. {raw: 48h, minute: 30d}</source>
        <translation>eine Zuordnung mit raw, minute, hour und day, z. B. {raw: 48h, minute: 30d}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="789"/>
        <source>in history</source>
        <translation>in history</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="820"/>
        <source>history: raw samples must be kept at least 10m (they are rolled up after a few minutes)</source>
        <translation>history: Rohwerte (raw) müssen mindestens 10m aufbewahrt werden (sie werden nach wenigen Minuten zusammengefasst)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="827"/>
        <source>history: %1 is kept longer than %2 (%3 &gt; %4); keep finer history no longer than coarser history</source>
        <translation>history: %1 wird länger aufbewahrt als %2 (%3 &gt; %4); bewahren Sie feinere Verlaufsdaten nicht länger auf als gröbere</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="844"/>
        <source>invalid %1 &apos;%2&apos;: expected a percentage of the limit from 0% to 100%, e.g. 25%</source>
        <translation>ungültiger Wert für %1 &apos;%2&apos;: erwartet wird ein Anteil am Limit von 0% bis 100%, z. B. 25%</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="857"/>
        <source>timeout %1 is longer than the interval %2; the timeout must not exceed the interval</source>
        <translation>timeout %1 ist länger als interval %2; das Zeitlimit darf das Intervall nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="869"/>
        <source>expected a key name, found %1</source>
        <translation>Schlüsselname erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="877"/>
        <source>unknown key &apos;%1&apos; %2%3 (allowed: %4)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; %2%3 (erlaubt: %4)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="882"/>
        <source>duplicate key &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="911"/>
        <source>empty id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>leere id: verwenden Sie Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="912"/>
        <source>invalid id &apos;%1&apos;: use lower-case letters, digits and &apos;-&apos; only</source>
        <translation>ungültige id &apos;%1&apos;: verwenden Sie nur Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="921"/>
        <source>a duration such as 500ms, 10s, 5m or 1h</source>
        <translation>eine Dauer wie 500ms, 10s, 5m oder 1h</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="927"/>
        <source>invalid %1 &apos;%2&apos;: %3</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="931"/>
        <location filename="../services/configloader.cpp" line="957"/>
        <source>%1 must be greater than 0</source>
        <translation>%1 muss größer als 0 sein</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="939"/>
        <source>a size in bytes, optionally with KiB or MiB (e.g. 65536, 512KiB, 1MiB)</source>
        <translation>eine Größe in Bytes, optional mit KiB oder MiB (z. B. 65536, 512KiB, 1MiB)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="948"/>
        <source>invalid %1 &apos;%2&apos;: expected %3</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: erwartet wird %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="966"/>
        <source>a whole number of at least 1</source>
        <translation>eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="973"/>
        <source>invalid %1 &apos;%2&apos;: expected a whole number of at least 1</source>
        <translation>ungültiger Wert &apos;%2&apos; für %1: erwartet wird eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="998"/>
        <source>expected a header name, found %1</source>
        <translation>Header-Name erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1003"/>
        <source>invalid header name &apos;%1&apos;: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>ungültiger Header-Name &apos;%1&apos;: verwenden Sie Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1007"/>
        <source>duplicate header &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelter Header &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1016"/>
        <source>the value of header &apos;%1&apos; must be on one line</source>
        <translation>der Wert des Headers &apos;%1&apos; muss in einer Zeile stehen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1031"/>
        <source>invalid reference in &apos;%1&apos;: %2</source>
        <translation>ungültige Referenz in &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1038"/>
        <source>empty url: expected an absolute http:// or https:// URL</source>
        <translation>leere url: erwartet wird eine absolute http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1050"/>
        <source>invalid url: expected an absolute http:// or https:// URL, e.g. https://api.example.com/health</source>
        <translation>ungültige url: erwartet wird eine absolute http://- oder https://-URL, z. B. https://api.example.com/health</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1053"/>
        <source>unsupported url scheme &apos;%1&apos; (allowed: http, https)</source>
        <translation>nicht unterstütztes URL-Schema &apos;%1&apos; (erlaubt: http, https)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1055"/>
        <source>invalid url: no host name after %1://</source>
        <translation>ungültige url: kein Hostname nach %1://</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1069"/>
        <source>expected a condition string in &apos;%1&apos;, found %2; quote conditions that start with &apos;[&apos;, e.g. - &quot;[STATUS] == 200&quot;</source>
        <translation>Bedingung als Zeichenkette in &apos;%1&apos; erwartet, gefunden: %2; setzen Sie Bedingungen, die mit &apos;[&apos; beginnen, in Anführungszeichen, z. B. - &quot;[STATUS] == 200&quot;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1076"/>
        <source>empty condition in &apos;%1&apos;</source>
        <translation>leere Bedingung in &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1082"/>
        <source>invalid condition &apos;%1&apos;: %2</source>
        <translation>ungültige Bedingung &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1098"/>
        <source>auto, off or a map with remaining, limit, reset and reset_unit</source>
        <translation>auto, off oder eine Map mit remaining, limit, reset und reset_unit</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1102"/>
        <source>in quota</source>
        <translation>in quota</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1108"/>
        <source>quota needs &apos;remaining&apos;, e.g. remaining: &quot;[BODY].rate.remaining&quot;</source>
        <translation>quota braucht &apos;remaining&apos;, z. B. remaining: &quot;[BODY].rate.remaining&quot;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1121"/>
        <source>quota &apos;reset&apos; needs a &apos;reset_unit&apos; (%1): is the reset epoch seconds, seconds from now, or an ISO time?</source>
        <translation>quota &apos;reset&apos; braucht eine &apos;reset_unit&apos; (%1): Ist der Reset in Epochensekunden, in Sekunden ab jetzt oder als ISO-Zeit angegeben?</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1127"/>
        <source>quota &apos;reset_unit&apos; without &apos;reset&apos;</source>
        <translation>quota &apos;reset_unit&apos; ohne &apos;reset&apos;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1136"/>
        <source>empty quota policy: leave &apos;policy&apos; out for &quot;default&quot;</source>
        <translation>leere Kontingent-Richtlinie: &apos;policy&apos; für &quot;default&quot; weglassen</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1154"/>
        <source>a placeholder such as &quot;[BODY].rate.remaining&quot;</source>
        <translation>einen Platzhalter wie &quot;[BODY].rate.remaining&quot;</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1160"/>
        <source>invalid placeholder &apos;%1&apos; for quota &apos;%2&apos;: %3</source>
        <translation>ungültiger Platzhalter &apos;%1&apos; für quota &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1175"/>
        <source>unknown %1 &apos;%2&apos;%3 (allowed: %4)</source>
        <translation>unbekannte(r) %1 &apos;%2&apos;%3 (erlaubt: %4)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1185"/>
        <source>a map of quota names to limits, e.g. {tokensPerDay: 200000}</source>
        <translation>eine Map von Kontingentnamen auf Limits, z. B. {tokensPerDay: 200000}</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1193"/>
        <source>expected a quota name in &apos;quota_limits&apos;, found %1</source>
        <translation>Kontingentname in &apos;quota_limits&apos; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1198"/>
        <source>duplicate quota &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppeltes Kontingent &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1208"/>
        <source>invalid limit for quota &apos;%1&apos;: expected a number greater than 0</source>
        <translation>ungültiges Limit für Kontingent &apos;%1&apos;: Zahl größer als 0 erwartet</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1309"/>
        <source>expected %1 for &apos;%2&apos;, found %3</source>
        <translation>für &apos;%2&apos; wird %1 erwartet, gefunden: %3</translation>
    </message>
    <message>
        <location filename="../services/configloader.cpp" line="1319"/>
        <source>cannot read the configuration file: %1</source>
        <translation>die Konfigurationsdatei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>gw::Dashboard</name>
    <message>
        <location filename="../app/dashboard.cpp" line="53"/>
        <source>The history file was damaged; it was set aside and a new one started.</source>
        <translation>Die Verlaufsdatei war beschädigt; sie wurde beiseitegelegt und eine neue angelegt.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="57"/>
        <source>History is not being saved — monitoring goes on, and saving resumes when it can.</source>
        <translation>Der Verlauf wird nicht gespeichert – die Überwachung läuft weiter, und das Speichern wird fortgesetzt, sobald es wieder möglich ist.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="61"/>
        <source>History is off — monitoring goes on without it.</source>
        <translation>Der Verlauf ist abgeschaltet – die Überwachung läuft ohne ihn weiter.</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="125"/>
        <source>No event feed: add events_url to the gateway section to keep its failed calls and webhook deliveries</source>
        <translation>Kein Ereignis-Feed: Ergänzen Sie events_url im Abschnitt gateway, um die fehlgeschlagenen Aufrufe und Webhook-Zustellungen des Gateways aufzubewahren</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="135"/>
        <source>Event feed: %1 events stored since start</source>
        <translation>Ereignis-Feed: %1 Ereignisse seit dem Start gespeichert</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="137"/>
        <source>Event feed: %1</source>
        <translation>Ereignis-Feed: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="146"/>
        <source>Event feed: the gateway no longer had %1 events (%2); they are missing from the history</source>
        <translation>Ereignis-Feed: Das Gateway hatte %1 Ereignisse nicht mehr (%2); sie fehlen im Verlauf</translation>
    </message>
    <message>
        <location filename="../app/dashboard.cpp" line="149"/>
        <source>Event feed: the gateway no longer had some events (%1); they are missing from the history</source>
        <translation>Ereignis-Feed: Das Gateway hatte einige Ereignisse nicht mehr (%1); sie fehlen im Verlauf</translation>
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
    <name>gw::ExportCommand</name>
    <message>
        <location filename="../app/exportcommand.cpp" line="207"/>
        <source>Write the recorded history to stdout, oldest first.</source>
        <translation>Gibt den aufgezeichneten Verlauf auf stdout aus, älteste Einträge zuerst.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="209"/>
        <source>The export command.</source>
        <translation>Der Befehl export.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="210"/>
        <source>Start: a duration back from now (24h, 7d) or an ISO time.</source>
        <translation>Beginn: eine Dauer, von jetzt aus zurückgerechnet (24h, 7d), oder eine ISO-Zeit.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="212"/>
        <source>End: an ISO time (default: now).</source>
        <translation>Ende: eine ISO-Zeit (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="213"/>
        <source>Only this integration, or INTEGRATION/CHECK.</source>
        <translation>Nur diese Integration, oder INTEGRATION/CHECK für eine einzelne Prüfung.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="214"/>
        <source>raw (every attempt), 1m, 1h or 1d.</source>
        <translation>raw (jeder Versuch), 1m, 1h oder 1d.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="216"/>
        <source>Output format: json (one object per line) or csv.</source>
        <translation>Ausgabeformat: json (ein Objekt pro Zeile) oder csv.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="224"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="228"/>
        <source>--since is required, e.g. --since 24h or --since 2026-11-01T00:00:00Z</source>
        <translation>--since ist erforderlich, z. B. --since 24h oder --since 2026-11-01T00:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="234"/>
        <source>--since: &apos;%1&apos; is neither a duration (24h, 7d) nor an ISO 8601 time</source>
        <translation>--since: &apos;%1&apos; ist weder eine Dauer (24h, 7d) noch eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="242"/>
        <source>--until: &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>--until: &apos;%1&apos; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="247"/>
        <source>--until must be after --since</source>
        <translation>--until muss nach --since liegen</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="252"/>
        <source>unknown resolution &apos;%1&apos; (use raw, 1m, 1h or 1d)</source>
        <translation>unbekannte Auflösung &apos;%1&apos; (verwenden Sie raw, 1m, 1h oder 1d)</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="262"/>
        <source>--check: expected INTEGRATION or INTEGRATION/CHECK, got &apos;%1&apos;</source>
        <translation>--check: INTEGRATION oder INTEGRATION/CHECK erwartet, angegeben: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="272"/>
        <source>no history at %1 yet: the window and &apos;gatewatch agent&apos; record it</source>
        <translation>noch kein Verlauf unter %1: er wird vom Fenster und von &apos;gatewatch agent&apos; aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>gw::FailedCallsDialog</name>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="60"/>
        <source>Failed calls: %1</source>
        <translation>Fehlgeschlagene Aufrufe: %1</translation>
    </message>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="64"/>
        <source>&lt;b&gt;Failed calls through the gateway&lt;/b&gt; on %1, %2 – %3</source>
        <translation>&lt;b&gt;Fehlgeschlagene Aufrufe über das Gateway&lt;/b&gt; auf %1, %2 – %3</translation>
    </message>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="95"/>
        <source>Select a call to see its request and response.</source>
        <translation>Wählen Sie einen Aufruf aus, um seine Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="102"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="129"/>
        <source>History is off, so no failed calls are kept.</source>
        <translation>Der Verlauf ist abgeschaltet, daher werden keine fehlgeschlagenen Aufrufe aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="134"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="148"/>
        <source>The gateway has no event feed, so Gatewatch does not know its failed calls. Add events_url to the gateway section (see docs/gateway-events-api.md).</source>
        <translation>Das Gateway hat keinen Ereignis-Feed, daher kennt Gatewatch seine fehlgeschlagenen Aufrufe nicht. Ergänzen Sie events_url im Abschnitt gateway (siehe docs/gateway-events-api.md).</translation>
    </message>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="151"/>
        <source>The gateway reported no failed calls on this route in this window.</source>
        <translation>Das Gateway hat in diesem Zeitfenster keine fehlgeschlagenen Aufrufe auf dieser Route gemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/failedcallsdialog.cpp" line="154"/>
        <source> — the newest %1 shown</source>
        <translation> — die neuesten %1 werden angezeigt</translation>
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
    <name>gw::GatewayCallsModel</name>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="96"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="103"/>
        <source>attempt %1, retry in %2 s</source>
        <translation>Versuch %1, Wiederholung in %2 s</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="106"/>
        <source>attempt %1, retried</source>
        <translation>Versuch %1, wiederholt</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="109"/>
        <source>attempt %1, gave up</source>
        <translation>Versuch %1, aufgegeben</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="110"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="119"/>
        <source>Failed call %1 at %2
</source>
        <translation>Fehlgeschlagener Aufruf %1 um %2
</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="121"/>
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="123"/>
        <source> (integration %1)</source>
        <translation> (Integration %1)</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="125"/>
        <source>Outcome: %1 after %2 ms, %3
</source>
        <translation>Ergebnis: %1 nach %2 ms, %3
</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="128"/>
        <source>Vendor request id: %1
</source>
        <translation>Anfrage-ID des Anbieters: %1
</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="130"/>
        <source>Gateway request id: %1
</source>
        <translation>Anfrage-ID des Gateways: %1
</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="131"/>
        <source>Request: %1 %2
</source>
        <translation>Anfrage: %1 %2
</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="134"/>
        <source>Response: %1
</source>
        <translation>Antwort: %1
</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="139"/>
        <source>[body truncated]
</source>
        <translation>[Antwortinhalt gekürzt]
</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="142"/>
        <source>No response: %1
</source>
        <translation>Keine Antwort: %1
</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="180"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="196"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="198"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="200"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="202"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="204"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="206"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location filename="../models/gatewaycallsmodel.cpp" line="208"/>
        <source>Vendor request id</source>
        <translation>Anfrage-ID des Anbieters</translation>
    </message>
</context>
<context>
    <name>gw::GatewayEventFeed</name>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="70"/>
        <location filename="../services/gatewayfeed.cpp" line="210"/>
        <location filename="../services/gatewayfeed.cpp" line="468"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="72"/>
        <location filename="../services/gatewayfeed.cpp" line="199"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="76"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="109"/>
        <source>field &apos;%1&apos; is missing</source>
        <translation>Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="113"/>
        <source>field &apos;%1&apos; is not %2: %3</source>
        <translation>Feld &apos;%1&apos;: erwartet wird %2, gefunden: %3</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="121"/>
        <source>field &apos;%1&apos; is empty</source>
        <translation>Feld &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="128"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="139"/>
        <source>field &apos;%1&apos; is not an RFC 3339 time: %2</source>
        <translation>Feld &apos;%1&apos; ist keine RFC-3339-Zeit: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="144"/>
        <source>an RFC 3339 time</source>
        <translation>eine RFC-3339-Zeit</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="155"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="166"/>
        <source>field &apos;%1&apos; is not a whole number from %2 to %3: %4</source>
        <translation>Feld &apos;%1&apos; ist keine ganze Zahl von %2 bis %3: %4</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="175"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="186"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="221"/>
        <source>field &apos;%1&apos; item %2 is not a [name, value] pair of strings</source>
        <translation>Feld &apos;%1&apos;, Eintrag %2 ist kein [name, value]-Paar aus Zeichenketten</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="287"/>
        <source>field &apos;%1&apos; is not base64</source>
        <translation>Feld &apos;%1&apos; ist nicht Base64-kodiert</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="305"/>
        <source>field &apos;%1&apos; is not an object: %2</source>
        <translation>Feld &apos;%1&apos; ist kein Objekt: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="367"/>
        <source>an HTML page (%1)</source>
        <translation>eine HTML-Seite (%1)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="368"/>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="430"/>
        <source>field &apos;cursor&apos; is longer than %1 characters</source>
        <translation>Feld &apos;cursor&apos; ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="443"/>
        <source>unknown event type %1</source>
        <translation>unbekannter Ereignistyp %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="453"/>
        <source>the page is empty</source>
        <translation>die Seite ist leer</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="459"/>
        <source>not JSON at byte %1: %2</source>
        <translation>kein JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="463"/>
        <source>the body is %1</source>
        <translation>der Antwortinhalt ist %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="467"/>
        <source>not an event page: the JSON is %1, not an object</source>
        <translation>keine Ereignisseite: das JSON ist %1, kein Objekt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="468"/>
        <source>a single value</source>
        <translation>ein Einzelwert</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="472"/>
        <source>not an event page: it has no &apos;version&apos;</source>
        <translation>keine Ereignisseite: &apos;version&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="475"/>
        <source>field &apos;version&apos; is not a version of the event feed: %1</source>
        <translation>Feld &apos;version&apos; ist keine Version des Ereignis-Feeds: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="478"/>
        <source>version %1 is newer than this Gatewatch understands (it reads version %2)</source>
        <translation>Version %1 ist zu neu für diese Gatewatch-Version (sie liest Version %2)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="490"/>
        <source>field &apos;events&apos; is missing</source>
        <translation>Feld &apos;events&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="491"/>
        <source>field &apos;events&apos; is not a list: %1</source>
        <translation>Feld &apos;events&apos; ist keine Liste: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="508"/>
        <source>field &apos;next_cursor&apos; is longer than %1 characters</source>
        <translation>Feld &apos;next_cursor&apos; ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="516"/>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="517"/>
        <source>event %1 (id %2)</source>
        <translation>Ereignis %1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="525"/>
        <source>not an object but %1</source>
        <translation>kein Objekt, sondern %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/gatewayfeed.cpp" line="540"/>
        <source>%n more events could not be read</source>
        <translation>
            <numerusform>%n weiteres Ereignis konnte nicht gelesen werden</numerusform>
            <numerusform>%n weitere Ereignisse konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="713"/>
        <source>Paused: there is no history to record the events in</source>
        <translation>Pausiert: Es gibt keinen Verlauf, in dem die Ereignisse aufgezeichnet werden können</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="719"/>
        <source>Paused while the history cannot be written</source>
        <translation>Pausiert, solange der Verlauf nicht geschrieben werden kann</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="720"/>
        <source>Paused while the history cannot be written: %1</source>
        <translation>Pausiert, solange der Verlauf nicht geschrieben werden kann: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="744"/>
        <source>Paused while the history cannot be read: %1</source>
        <translation>Pausiert, solange der Verlauf nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="820"/>
        <location filename="../services/gatewayfeed.cpp" line="868"/>
        <source>the page is larger than the limit of %1 bytes</source>
        <translation>die Seite ist größer als das Limit von %1 Bytes</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="832"/>
        <source>the page of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>die Seite mit %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="843"/>
        <source>the page was not complete within %1 s (%2 bytes received)</source>
        <translation>die Seite war nicht innerhalb von %1 s vollständig (%2 Bytes empfangen)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="845"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="872"/>
        <source>the event feed at %1</source>
        <translation>dem Ereignis-Feed unter %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="874"/>
        <location filename="../services/gatewayfeed.cpp" line="911"/>
        <source>Could not read %1: %2</source>
        <translation>Lesen aus %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="885"/>
        <source>host &apos;%1&apos; not found</source>
        <translation>Host &apos;%1&apos; nicht gefunden</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="888"/>
        <source>connection refused by %1:%2</source>
        <translation>Verbindung abgelehnt durch %1:%2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="894"/>
        <source>the connection closed before the whole page arrived (%1 bytes received)</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Seite angekommen war (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="896"/>
        <source>the connection closed before an answer</source>
        <translation>die Verbindung wurde vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="903"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="903"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="927"/>
        <source>The page from %1 cannot be read: %2</source>
        <translation>Die Seite aus %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="937"/>
        <source>%1 from %2: the gateway does not accept the feed&apos;s credentials (the headers in the configuration)%3</source>
        <translation>%1 von %2: das Gateway akzeptiert die Zugangsdaten des Feeds nicht (die Header in der Konfiguration)%3</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="950"/>
        <source>%1 from %2: polled too often</source>
        <translation>%1 von %2: zu häufig abgefragt</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="957"/>
        <source>%1 from %2: it does not know the cursor &apos;%3&apos; (%4); reading its events from the oldest on</source>
        <translation>%1 von %2: der Cursor &apos;%3&apos; ist dort unbekannt (%4); die Ereignisse werden ab dem ältesten gelesen</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="971"/>
        <source>%1 from %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="978"/>
        <source>An event from %1 was left out: %2</source>
        <translation>Ein Ereignis von %1 wurde ausgelassen: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewayfeed.cpp" line="1063"/>
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
        <location filename="../ui/gatewaypage.cpp" line="96"/>
        <source>Kong, recognised from its metric names</source>
        <translation>Kong, an den Metriknamen erkannt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="97"/>
        <source>Kong, as configured</source>
        <translation>Kong, laut Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="99"/>
        <source>Traefik, recognised from its metric names</source>
        <translation>Traefik, an den Metriknamen erkannt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="100"/>
        <source>Traefik, as configured</source>
        <translation>Traefik, laut Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="102"/>
        <source>Envoy, recognised from its metric names</source>
        <translation>Envoy, an den Metriknamen erkannt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="103"/>
        <source>Envoy, as configured</source>
        <translation>Envoy, laut Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="107"/>
        <source>No known gateway&apos;s metric names found</source>
        <translation>Keine Metriknamen eines bekannten Gateways gefunden</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="108"/>
        <source>Generic, with the configured metric names</source>
        <translation>Generisch, mit den konfigurierten Metriknamen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="114"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="115"/>
        <source>%1 ago</source>
        <comment>a duration ago</comment>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="371"/>
        <source>No gateway configured</source>
        <translation>Kein Gateway konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="372"/>
        <source>Add a gateway section to the configuration (see docs/configuration.md). Gatewatch then reads the gateway&apos;s metrics and shows here the health of every route it carries, its upstream targets and its error rates.</source>
        <translation>Fügen Sie der Konfiguration einen Abschnitt gateway hinzu (siehe docs/configuration.md). Gatewatch liest dann die Metriken des Gateways und zeigt hier den Zustand jeder Route, die darüber läuft, seine Upstream-Ziele und seine Fehlerraten.</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="438"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="440"/>
        <source>Double-click a route, or click a point on a chart, to see its failed calls</source>
        <translation>Doppelklicken Sie auf eine Route oder klicken Sie auf einen Punkt in einem Diagramm, um ihre fehlgeschlagenen Aufrufe zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="446"/>
        <source>Show failed calls</source>
        <translation>Fehlgeschlagene Aufrufe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="448"/>
        <source>The failed calls through the selected route in the last %1, up to the latest scrape</source>
        <translation>Die fehlgeschlagenen Aufrufe über die ausgewählte Route in den letzten %1, bis zum letzten Abruf</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="523"/>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="524"/>
        <source>The %1 busiest routes; routes with 5xx errors and the selected route take the places of the least busy</source>
        <translation>Die %1 meistgenutzten Routen; Routen mit 5xx-Fehlern und die ausgewählte Route nehmen die Plätze der am wenigsten genutzten ein</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="536"/>
        <source>The charts start with the second scrape, when there is a rate to draw.</source>
        <translation>Die Diagramme beginnen mit dem zweiten Abruf, sobald es eine Rate zu zeichnen gibt.</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="542"/>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="542"/>
        <source>5xx share of requests</source>
        <translation>5xx-Anteil der Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="580"/>
        <source>%1: %2 req/s</source>
        <comment>route: requests per second</comment>
        <translation>%1: %2 req/s</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="582"/>
        <source>%1: %2%</source>
        <comment>route: 5xx percentage</comment>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="601"/>
        <location filename="../ui/gatewaypage.cpp" line="873"/>
        <source>Upstream targets</source>
        <translation>Upstream-Ziele</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="606"/>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="606"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="606"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="626"/>
        <source>The gateway reports no upstream targets. Kong does once health checks are configured; Traefik and Envoy for their load-balanced services.</source>
        <translation>Das Gateway meldet keine Upstream-Ziele. Kong tut das, sobald Health-Checks konfiguriert sind; Traefik und Envoy für ihre lastverteilten Dienste.</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="756"/>
        <source>No metrics page configured</source>
        <translation>Keine Metrikseite konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="757"/>
        <source>Routes, upstream targets and error rates come from the gateway&apos;s Prometheus metrics. Add metrics_url to the gateway section (see docs/configuration.md).</source>
        <translation>Routen, Upstream-Ziele und Fehlerraten stammen aus den Prometheus-Metriken des Gateways. Ergänzen Sie metrics_url im Abschnitt gateway (siehe docs/configuration.md).</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="760"/>
        <source>Waiting for the first metrics page…</source>
        <translation>Warten auf die erste Metrikseite …</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="761"/>
        <source>Gatewatch reads the gateway&apos;s metrics every %1 s; its routes, upstream targets and error rates appear here once a page has been read.</source>
        <translation>Gatewatch liest die Metriken des Gateways alle %1 s; seine Routen, Upstream-Ziele und Fehlerraten erscheinen hier, sobald eine Seite gelesen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="766"/>
        <source>The last page could not be read: %1</source>
        <translation>Die letzte Seite konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="781"/>
        <source>The gateway&apos;s health, as the overview shows it</source>
        <translation>Der Zustand des Gateways, wie ihn die Übersicht zeigt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="789"/>
        <source>last scrape %1</source>
        <translation>letzter Abruf %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="801"/>
        <source>%1 series</source>
        <translation>%1 Zeitreihen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="804"/>
        <source>1 route</source>
        <translation>1 Route</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="804"/>
        <source>%1 routes</source>
        <translation>%1 Routen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="810"/>
        <source>Metrics page: %1</source>
        <translation>Metrikseite: %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="812"/>
        <source>Read in %1 ms</source>
        <translation>In %1 ms gelesen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="819"/>
        <source>The latest metrics page could not be read; the page shows the reading of %1</source>
        <translation>Die neueste Metrikseite konnte nicht gelesen werden; die Seite zeigt den Stand von %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="821"/>
        <source>The latest metrics page could not be read</source>
        <translation>Die neueste Metrikseite konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="825"/>
        <source>1 line of the latest metrics page could not be read and was skipped</source>
        <translation>1 Zeile der neuesten Metrikseite konnte nicht gelesen werden und wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="826"/>
        <source>%1 lines of the latest metrics page could not be read and were skipped</source>
        <translation>%1 Zeilen der neuesten Metrikseite konnten nicht gelesen werden und wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="866"/>
        <source>Reported by the gateway as %1</source>
        <translation>Vom Gateway gemeldet als %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="871"/>
        <source>Upstream targets: %1 of %2 healthy</source>
        <translation>Upstream-Ziele: %1 von %2 intakt</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="881"/>
        <source>Datastore reachable</source>
        <translation>Datenspeicher erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="881"/>
        <source>Datastore unreachable</source>
        <translation>Datenspeicher nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="882"/>
        <source>Kong reaches its database</source>
        <translation>Kong erreicht seine Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="883"/>
        <source>Kong cannot reach its database: it keeps proxying with what it has cached, but configuration changes do not take effect</source>
        <translation>Kong erreicht seine Datenbank nicht: Es arbeitet als Proxy mit dem zwischengespeicherten Stand weiter, aber Konfigurationsänderungen werden nicht wirksam</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="1027"/>
        <location filename="../ui/gatewaypage.cpp" line="1095"/>
        <source>req/s</source>
        <comment>unit: requests per second</comment>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../ui/gatewaypage.cpp" line="1033"/>
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
        <location filename="../services/gatewaywatch.cpp" line="100"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../services/gatewaywatch.cpp" line="105"/>
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
        <location filename="../ui/historypanel.cpp" line="93"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="95"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="97"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="99"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="101"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="103"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="105"/>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="109"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="154"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="161"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="194"/>
        <source>Custom time range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="205"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="206"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="427"/>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="430"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="441"/>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="443"/>
        <source>Back to the picked range (Esc, or double-click a chart)</source>
        <translation>Zurück zum gewählten Zeitraum (Esc oder Doppelklick in ein Diagramm)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="449"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="450"/>
        <source>Ask the history again now (F5)</source>
        <translation>Verlauf jetzt neu abfragen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="473"/>
        <location filename="../ui/historypanel.cpp" line="1251"/>
        <source>Live · updated %1</source>
        <translation>Live · aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="520"/>
        <location filename="../ui/historypanel.cpp" line="568"/>
        <location filename="../ui/historypanel.cpp" line="1337"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="522"/>
        <location filename="../ui/historypanel.cpp" line="1335"/>
        <source>p50 (median)</source>
        <translation>p50 (Median)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="539"/>
        <source>days left</source>
        <translation>verbleibende Tage</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="566"/>
        <location filename="../ui/historypanel.cpp" line="601"/>
        <location filename="../ui/historypanel.cpp" line="623"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="569"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="575"/>
        <source>attempt at %1: %2</source>
        <translation>Versuch um %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="595"/>
        <source>%1 of %2 attempts failed</source>
        <translation>%1 von %2 Versuchen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="620"/>
        <source>%1 of %2 left</source>
        <translation>noch %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="621"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="635"/>
        <source>%1 days until the certificate expires</source>
        <translation>%1 Tage bis zum Ablauf des Zertifikats</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="660"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="661"/>
        <source>Clear the selected window (Esc)</source>
        <translation>Auswahl des Zeitfensters aufheben (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="940"/>
        <location filename="../ui/historypanel.cpp" line="1307"/>
        <source>ms</source>
        <comment>unit: milliseconds</comment>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="987"/>
        <location filename="../ui/historypanel.cpp" line="1030"/>
        <source>%</source>
        <comment>unit: percent</comment>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1035"/>
        <source>d</source>
        <comment>unit: days</comment>
        <translation>Tg.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1106"/>
        <source>Loading failed attempts, %1…</source>
        <translation>Fehlgeschlagene Versuche werden geladen, %1 …</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1129"/>
        <source>The failed attempts of %1 could not be read</source>
        <translation>Die fehlgeschlagenen Versuche für %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1135"/>
        <source>No failed attempts, %1</source>
        <translation>Keine fehlgeschlagenen Versuche, %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1137"/>
        <source>Latest %1 failed attempts, %2</source>
        <translation>Die neuesten %1 fehlgeschlagenen Versuche, %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1139"/>
        <source>1 failed attempt, %1</source>
        <translation>1 fehlgeschlagener Versuch, %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1141"/>
        <source>%1 failed attempts, %2</source>
        <translation>%1 fehlgeschlagene Versuche, %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1208"/>
        <source>Availability %1</source>
        <translation>Verfügbarkeit %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1208"/>
        <source>Availability unknown</source>
        <translation>Verfügbarkeit unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1212"/>
        <source>p50 %1 · p95 %2</source>
        <translation>p50 %1 · p95 %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1215"/>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1215"/>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1216"/>
        <source>1 failed</source>
        <translation>1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1216"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1225"/>
        <source>every attempt</source>
        <translation>einzelne Versuche</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1228"/>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1231"/>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1234"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1239"/>
        <source>%1 (%2), charted %3</source>
        <translation>%1 (%2), Darstellung: %3</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1245"/>
        <source>Zoomed to %1</source>
        <translation>Gezoomt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1247"/>
        <source>Fixed range, not refreshed</source>
        <translation>Fester Zeitraum, keine Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1249"/>
        <source>Update failed, retrying</source>
        <translation>Aktualisierung fehlgeschlagen, wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1267"/>
        <source>History is off</source>
        <translation>Verlauf ist abgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1268"/>
        <source>Gatewatch keeps no history in this session, so there is nothing to chart. Uptime, latency and failures over time appear here when it does.</source>
        <translation>Gatewatch führt in dieser Sitzung keinen Verlauf, daher gibt es nichts darzustellen. Verfügbarkeit, Latenz und Fehler im Zeitverlauf erscheinen hier, sobald ein Verlauf geführt wird.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1272"/>
        <source>Select an integration or a check</source>
        <translation>Wählen Sie eine Integration oder eine Prüfung aus</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1273"/>
        <source>Its uptime, latency and failures over time appear here.</source>
        <translation>Verfügbarkeit, Latenz und Fehler im Zeitverlauf erscheinen dann hier.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1276"/>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1277"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1280"/>
        <source>The history of %1 could not be read</source>
        <translation>Der Verlauf von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1281"/>
        <source>Gatewatch will try again at the next refresh, or press Refresh.</source>
        <translation>Gatewatch versucht es bei der nächsten Aktualisierung erneut, oder klicken Sie auf Aktualisieren.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1284"/>
        <source>No history yet for %1</source>
        <translation>Noch kein Verlauf für %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1285"/>
        <source>Nothing was recorded in this window. Reset the zoom to see the whole range.</source>
        <translation>In diesem Zeitfenster wurde nichts aufgezeichnet. Setzen Sie den Zoom zurück, um den gesamten Zeitraum zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1286"/>
        <source>Nothing was recorded in the selected range (%1). Results appear here after the next checks; a longer range may show older ones.</source>
        <translation>Im gewählten Zeitraum (%1) wurde nichts aufgezeichnet. Ergebnisse erscheinen hier nach den nächsten Prüfungen; ein längerer Zeitraum zeigt eventuell ältere.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1339"/>
        <source>single attempts</source>
        <translation>einzelne Versuche</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1340"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1348"/>
        <source>Errors by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1354"/>
        <source>Quota remaining (share of the limit)</source>
        <translation>Verbleibendes Kontingent (Anteil am Limit)</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1354"/>
        <source>Quota remaining</source>
        <translation>Verbleibendes Kontingent</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1357"/>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="1358"/>
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
        <location filename="../services/historystore.cpp" line="388"/>
        <source>History is off: the folder %1 cannot be created</source>
        <translation>Verlauf abgeschaltet: Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="394"/>
        <source>History is off: %1 is not a file</source>
        <translation>Verlauf abgeschaltet: %1 ist keine Datei</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="400"/>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="408"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="421"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="429"/>
        <source>History is off: %1 was written by a newer Gatewatch (schema %2; this one knows %3). Use the newer version, or move the file away.</source>
        <translation>Verlauf abgeschaltet: %1 wurde von einer neueren Gatewatch-Version geschrieben (Schema %2; diese Version kennt %3). Verwenden Sie die neuere Version oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="468"/>
        <source>the journal cannot be switched to WAL</source>
        <translation>das Journal kann nicht auf WAL umgestellt werden</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="487"/>
        <source>History is recorded in %1</source>
        <translation>Der Verlauf wird in %1 aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="500"/>
        <source>History is off: %1 is damaged (%2) and cannot be moved aside</source>
        <translation>Verlauf abgeschaltet: %1 ist beschädigt (%2) und kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="513"/>
        <source>%1 was damaged (%2); it was moved aside to %3 and a new history started</source>
        <translation>%1 war beschädigt (%2); die Datei wurde nach %3 verschoben und ein neuer Verlauf begonnen</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="671"/>
        <source>The feed&apos;s cursor cannot be read: %1</source>
        <translation>Der Cursor des Feeds kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="942"/>
        <source>Writing history resumed</source>
        <translation>Schreiben des Verlaufs wieder aufgenommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/historystore.cpp" line="946"/>
        <source>Writing history resumed; %n samples were dropped while the disk was full</source>
        <translation>
            <numerusform>Schreiben des Verlaufs wieder aufgenommen; %n Messwert wurde verworfen, während der Datenträger voll war</numerusform>
            <numerusform>Schreiben des Verlaufs wieder aufgenommen; %n Messwerte wurden verworfen, während der Datenträger voll war</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../services/historystore.cpp" line="948"/>
        <source>Writing history resumed; %n samples were dropped while it could not be written</source>
        <translation>
            <numerusform>Schreiben des Verlaufs wieder aufgenommen; %n Messwert wurde verworfen, während der Verlauf nicht geschrieben werden konnte</numerusform>
            <numerusform>Schreiben des Verlaufs wieder aufgenommen; %n Messwerte wurden verworfen, während der Verlauf nicht geschrieben werden konnte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../services/historystore.cpp" line="954"/>
        <source>%n samples recorded before the history was open were dropped</source>
        <translation>
            <numerusform>%n vor dem Öffnen des Verlaufs aufgezeichneter Messwert wurde verworfen</numerusform>
            <numerusform>%n vor dem Öffnen des Verlaufs aufgezeichnete Messwerte wurden verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1061"/>
        <source>The disk is full: %1 cannot grow (%2)</source>
        <translation>Der Datenträger ist voll: %1 kann nicht wachsen (%2)</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1064"/>
        <source>%1 is read-only (%2)</source>
        <translation>%1 ist schreibgeschützt (%2)</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1068"/>
        <source>%1 is locked by another program (%2)</source>
        <translation>%1 ist durch ein anderes Programm gesperrt (%2)</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1071"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../services/historystore.cpp" line="1081"/>
        <source>samples wait in memory and the gateway&apos;s event feed pauses</source>
        <translation>Messwerte werden im Arbeitsspeicher vorgehalten, der Ereignis-Feed des Gateways pausiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/historystore.cpp" line="1084"/>
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
        <location filename="../services/httpprobe.cpp" line="132"/>
        <source>response body larger than %1 bytes</source>
        <translation>Antwortinhalt größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="148"/>
        <source>response body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Antwortinhalt von %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="170"/>
        <source>response not complete within %1 s (%2 bytes of body received)</source>
        <translation>Antwort nicht innerhalb von %1 s vollständig (%2 Bytes des Antwortinhalts empfangen)</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="172"/>
        <source>no response within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="217"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="223"/>
        <source>host &apos;%1&apos; not found</source>
        <translation>Host &apos;%1&apos; nicht gefunden</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="232"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="235"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="247"/>
        <source>the network is unavailable: %1</source>
        <translation>das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="251"/>
        <source>connection refused by %1:%2</source>
        <translation>Verbindung abgelehnt durch %1:%2</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="257"/>
        <source>connection closed by the server before a complete response</source>
        <translation>Verbindung vom Server geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="325"/>
        <source>rate limited (%1), retry after %2 s</source>
        <translation>Anfragelimit erreicht (%1), erneut versuchen nach %2 s</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="327"/>
        <source>rate limited (%1)</source>
        <translation>Anfragelimit erreicht (%1)</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="349"/>
        <location filename="../services/httpprobe.cpp" line="352"/>
        <source>health endpoint reports %1</source>
        <translation>Health-Endpunkt meldet %1</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="359"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../services/httpprobe.cpp" line="378"/>
        <source>%1 (actual: %2)</source>
        <translation>%1 (tatsächlich: %2)</translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>%n up</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n in Betrieb</numerusform>
            <numerusform>%n in Betrieb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>%n paused</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>%n degraded</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n eingeschränkt</numerusform>
            <numerusform>%n eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>%n down</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>%n rate limited</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n gedrosselt</numerusform>
            <numerusform>%n gedrosselt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>%n unknown</source>
        <comment>count of checks</comment>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <location filename="../ui/mainwindow.cpp" line="851"/>
        <source>Gatewatch</source>
        <translation>Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <location filename="../ui/mainwindow.cpp" line="889"/>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <location filename="../ui/mainwindow.cpp" line="904"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Health of every integration and check (Ctrl+1)</source>
        <translation>Zustand aller Integrationen und Prüfungen (Strg+1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Filter integrations…</source>
        <translation>Integrationen filtern …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Show only integrations or checks whose name contains this text</source>
        <translation>Nur Integrationen oder Prüfungen anzeigen, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>No integrations configured yet</source>
        <translation>Noch keine Integrationen konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Gatewatch checks the integrations listed in its configuration file:</source>
        <translation>Gatewatch prüft die Integrationen, die in seiner Konfigurationsdatei stehen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>Add an integration with at least one check there. Gatewatch notices when the file is saved, and the integration appears here.</source>
        <translation>Tragen Sie dort eine Integration mit mindestens einer Prüfung ein. Gatewatch bemerkt, wenn die Datei gespeichert wird, und die Integration erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>To look around first, run &lt;code&gt;gatewatch --demo&lt;/code&gt;: it shows a demo with simulated integrations.</source>
        <translation>Um sich zuerst umzusehen, starten Sie &lt;code&gt;gatewatch --demo&lt;/code&gt;: Das zeigt eine Demo mit simulierten Integrationen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>The configuration could not be loaded</source>
        <translation>Die Konfiguration konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Nothing is being monitored yet. Fix the problems below and save the file; Gatewatch loads it again automatically.</source>
        <translation>Noch wird nichts überwacht. Beheben Sie die unten aufgeführten Probleme und speichern Sie die Datei; Gatewatch lädt sie automatisch neu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <source>&amp;Quotas</source>
        <translation>&amp;Kontingente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <source>&amp;Gateway</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>Stop checking the selected integration or check, e.g. during announced maintenance</source>
        <translation>Die ausgewählte Integration oder Prüfung nicht mehr prüfen, z. B. während einer angekündigten Wartung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="554"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>&amp;About Gatewatch</source>
        <translation>Ü&amp;ber Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>About Gatewatch</source>
        <translation>Über Gatewatch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560"/>
        <source>&lt;h3&gt;Gatewatch %1&lt;/h3&gt;&lt;p&gt;A health dashboard for the third-party integrations and the API gateway your business depends on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatewatch %1&lt;/h3&gt;&lt;p&gt;Ein Dashboard für den Zustand der Integrationen von Drittanbietern und des API-Gateways, auf die Ihr Unternehmen angewiesen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="676"/>
        <source>The configuration has errors — the last good configuration keeps running.</source>
        <translation>Die Konfiguration enthält Fehler – die letzte funktionierende Konfiguration läuft weiter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="904"/>
        <source>Gateway (%1)</source>
        <translation>Gateway (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="906"/>
        <source>Routes with errors, upstream targets down or an unreadable metrics page: %1 (Ctrl+3)</source>
        <translation>Routen mit Fehlern, ausgefallene Upstream-Ziele oder eine unlesbare Metrikseite: %1 (Strg+3)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>Routes, upstream targets and error rates of the API gateway (Ctrl+3)</source>
        <translation>Routen, Upstream-Ziele und Fehlerraten des API-Gateways (Strg+3)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="997"/>
        <source>%1 · %2</source>
        <comment>integration · check</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="vanished">
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="705"/>
        <source>(no configuration file)</source>
        <translation>(keine Konfigurationsdatei)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="706"/>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="833"/>
        <source>No checks configured</source>
        <translation>Keine Prüfungen konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="835"/>
        <source>Waiting for the first results</source>
        <translation>Warten auf die ersten Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="836"/>
        <source>waiting for results</source>
        <translation>warten auf Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="838"/>
        <source>, </source>
        <comment>separator between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="841"/>
        <source>All checks paused</source>
        <translation>Alle Prüfungen pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="842"/>
        <source>all paused</source>
        <translation>alle pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="844"/>
        <source>All systems up</source>
        <translation>Alle Systeme in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="845"/>
        <source>all up</source>
        <translation>alle in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="851"/>
        <source>Gatewatch — %1</source>
        <translation>Gatewatch — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="889"/>
        <source>Quotas (%1)</source>
        <translation>Kontingente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="890"/>
        <source>Quotas running low or exhausted: %1 (Ctrl+2)</source>
        <translation>Knappe oder erschöpfte Kontingente: %1 (Strg+2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="891"/>
        <source>Rate limits and quotas the vendors report (Ctrl+2)</source>
        <translation>Anfragelimits und Kontingente, die die Anbieter melden (Strg+2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <location filename="../ui/mainwindow.cpp" line="870"/>
        <source>Last update %1</source>
        <translation>Letzte Aktualisierung %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="698"/>
        <source>Gatewatch adjusted how often some checks run</source>
        <translation>Gatewatch hat angepasst, wie oft einige Prüfungen laufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="871"/>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
</context>
<context>
    <name>gw::Monitor</name>
    <message>
        <location filename="../services/monitor.cpp" line="91"/>
        <source>%1: its checks would send %2 requests per %3, more than its budget of %4; their intervals are stretched %5 times</source>
        <translation>%1: die Prüfungen würden %2 Anfragen pro %3 senden, mehr als das Budget von %4; ihre Intervalle werden um das %5-Fache gestreckt</translation>
    </message>
    <message>
        <location filename="../services/monitor.cpp" line="267"/>
        <source>no PEM certificates could be read from CA file &apos;%1&apos;</source>
        <translation>aus der CA-Datei &apos;%1&apos; konnten keine PEM-Zertifikate gelesen werden</translation>
    </message>
    <message>
        <location filename="../services/monitor.cpp" line="393"/>
        <source>this workstation is offline (%1)</source>
        <translation>dieser Arbeitsplatz ist offline (%1)</translation>
    </message>
</context>
<context>
    <name>gw::OverviewModel</name>
    <message>
        <location filename="../models/overviewmodel.cpp" line="376"/>
        <location filename="../models/overviewmodel.cpp" line="431"/>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/overviewmodel.cpp" line="595"/>
        <location filename="../ui/mainwindow.cpp" line="638"/>
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
        <location filename="../models/overviewmodel.cpp" line="312"/>
        <source>%1 of %2 up</source>
        <translation>%1 von %2 in Betrieb</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="344"/>
        <location filename="../ui/mainwindow.cpp" line="660"/>
        <source>%1% left</source>
        <translation>%1 % übrig</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="346"/>
        <location filename="../ui/mainwindow.cpp" line="661"/>
        <source>exhausted</source>
        <translation>erschöpft</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="347"/>
        <location filename="../ui/mainwindow.cpp" line="662"/>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="353"/>
        <source>Lowest headroom among this integration&apos;s quotas; see the Quotas page</source>
        <translation>Geringster Spielraum unter den Kontingenten dieser Integration; Details auf der Seite Kontingente</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="367"/>
        <source>%1 (API gateway)</source>
        <translation>%1 (API-Gateway)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="371"/>
        <source>%1 (gateway)</source>
        <translation>%1 (Gateway)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="379"/>
        <location filename="../models/overviewmodel.cpp" line="434"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="385"/>
        <source>Probably a consequence: the gateway %1 is down</source>
        <translation>Wahrscheinlich eine Folge: Das Gateway %1 ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="386"/>
        <source>Probably a consequence: the gateway %1 is down (%2)</source>
        <translation>Wahrscheinlich eine Folge: Das Gateway %1 ist ausgefallen (%2)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="391"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="472"/>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>%1 %</source>
        <comment>uptime percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="479"/>
        <source>Share of attempts in the last 24 hours that got an answer (up, degraded or rate limited)</source>
        <translation>Anteil der Versuche in den letzten 24 Stunden, die eine Antwort erhielten (in Betrieb, eingeschränkt oder gedrosselt)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="481"/>
        <source>No history for the last 24 hours</source>
        <translation>Kein Verlauf für die letzten 24 Stunden</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="500"/>
        <source>No latency history for the last hour</source>
        <translation>Kein Latenzverlauf für die letzte Stunde</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="508"/>
        <source>Median latency over the last hour: %1–%2 ms, latest %3 ms</source>
        <translation>Median-Latenz in der letzten Stunde: %1–%2 ms, zuletzt %3 ms</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="563"/>
        <source>paused: no requests are sent</source>
        <translation>pausiert: es werden keine Anfragen gesendet</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="571"/>
        <source>Last attempt succeeded; confirming recovery</source>
        <translation>Letzter Versuch erfolgreich; Wiederherstellung wird bestätigt</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="573"/>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="447"/>
        <source>%1 (actual: %2)</source>
        <translation>%1 (tatsächlich: %2)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="541"/>
        <location filename="../ui/mainwindow.cpp" line="653"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="543"/>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="544"/>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>%1 d</source>
        <comment>days until the certificate expires</comment>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="552"/>
        <source>Certificate &apos;%1&apos; valid until %2</source>
        <translation>Zertifikat &apos;%1&apos; gültig bis %2</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="578"/>
        <source>circuit open after repeated failures, checks wait for a trial: %1</source>
        <translation>Sicherung offen nach wiederholten Fehlern, Prüfungen warten auf einen Versuch: %1</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="580"/>
        <source>circuit half-open, one trial request decides: %1</source>
        <translation>Sicherung halb offen, eine Probeanfrage entscheidet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/overviewmodel.cpp" line="593"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="607"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="609"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="611"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="613"/>
        <source>Trend</source>
        <comment>column header: latency over the last hour</comment>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="615"/>
        <source>Uptime (24 h)</source>
        <translation>Verfügbarkeit (24 h)</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="617"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="619"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="621"/>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <location filename="../models/overviewmodel.cpp" line="623"/>
        <source>Reason</source>
        <translation>Grund</translation>
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
        <location filename="../services/references.cpp" line="151"/>
        <source>secret &apos;%1&apos; is not set</source>
        <translation>Secret &apos;%1&apos; ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../services/references.cpp" line="155"/>
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
    <name>gw::Runtime</name>
    <message>
        <location filename="../app/runtime.cpp" line="83"/>
        <source>no PEM certificates could be read from CA file &apos;%1&apos;</source>
        <translation>aus der CA-Datei &apos;%1&apos; konnten keine PEM-Zertifikate gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/runtime.cpp" line="94"/>
        <source>The gateway&apos;s event feed is not followed: %1</source>
        <translation>Der Ereignis-Feed des Gateways wird nicht verfolgt: %1</translation>
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
    <name>gw::WindowCommand</name>
    <message>
        <location filename="../app/windowcommand.cpp" line="49"/>
        <source>Gatewatch watches the health of third-party APIs and the company&apos;s API gateway.

Commands (run headless, no display needed):
  check --once [--format table|json]   run every check once and print the results
  agent [--for DURATION] [--format text|json]   run the schedule, printing state changes

Without a command, the window opens.</source>
        <translation>Gatewatch überwacht den Zustand der APIs von Drittanbietern und des API-Gateways des Unternehmens.

Befehle (laufen ohne Oberfläche, kein Display nötig):
  check --once [--format table|json]   jede Prüfung einmal ausführen und die Ergebnisse ausgeben
  agent [--for DURATION] [--format text|json]   nach Zeitplan prüfen und Zustandsänderungen ausgeben

Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="56"/>
        <source>Open on the built-in demo environment.</source>
        <translation>Mit der eingebauten Demo-Umgebung öffnen.</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="58"/>
        <source>Demo scenario (%1).</source>
        <translation>Demo-Szenario (%1).</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="60"/>
        <source>Demo random seed.</source>
        <translation>Startwert des Demo-Zufallsgenerators.</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="61"/>
        <source>Language, e.g. de (default: the system&apos;s).</source>
        <translation>Sprache, z. B. de (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="66"/>
        <source>Try &apos;gatewatch --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;gatewatch --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="78"/>
        <source>unknown command &apos;%1&apos; (commands: check, agent)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (Befehle: check, agent)</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="83"/>
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
        <location filename="../app/windowcommand.cpp" line="105"/>
        <source>unknown scenario &apos;%1&apos; (available: %2)</source>
        <translation>unbekanntes Szenario &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="112"/>
        <source>the demo simulator could not start: %1</source>
        <translation>der Demo-Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../app/windowcommand.cpp" line="125"/>
        <source>cannot write the demo configuration to %1: %2</source>
        <translation>die Demo-Konfiguration kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
</TS>
