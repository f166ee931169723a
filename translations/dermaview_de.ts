<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Bands</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mangelhaft</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Very low uncertainty</source>
        <translation>Sehr geringe Unsicherheit</translation>
    </message>
    <message>
        <source>Low uncertainty</source>
        <translation>Geringe Unsicherheit</translation>
    </message>
    <message>
        <source>Moderate uncertainty</source>
        <translation>Mäßige Unsicherheit</translation>
    </message>
    <message>
        <source>High uncertainty</source>
        <translation>Hohe Unsicherheit</translation>
    </message>
    <message>
        <source>Very high uncertainty</source>
        <translation>Sehr hohe Unsicherheit</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sehr niedrig</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <source>%1 (%2): %3, %n item(s)</source>
        <translation>
            <numerusform>%1 (%2): %3, %n Item</numerusform>
            <numerusform>%1 (%2): %3, %n Items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, manufactured by %3</source>
        <translation>%1 %2, hergestellt von %3</translation>
    </message>
    <message>
        <source>Print what a reviewer may see of a saved API response.</source>
        <translation>Gibt aus, was eine prüfende Person von einer gespeicherten API-Antwort sehen darf.</translation>
    </message>
    <message>
        <source>Print a stable JSON document instead of text.</source>
        <translation>Gibt statt Text ein stabiles JSON-Dokument aus.</translation>
    </message>
    <message>
        <source>QA mode: reveal withheld outputs, marked NOT FOR CLINICAL USE.</source>
        <translation>QA-Modus: zurückgehaltene Ergebnisse anzeigen, gekennzeichnet mit NICHT FÜR DEN KLINISCHEN GEBRAUCH.</translation>
    </message>
    <message>
        <source>A saved response (JSON).</source>
        <translation>Eine gespeicherte Antwort (JSON).</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli inspect FILE [--json] [--qa]</source>
        <translation>Aufruf: dermaview-cli inspect FILE [--json] [--qa]</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; it is not a saved response.</source>
        <translation>%1: die Datei ist größer als %2 MB; es handelt sich nicht um eine gespeicherte Antwort.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (no clinical content)</source>
        <translation>%1 (kein klinischer Inhalt)</translation>
    </message>
    <message>
        <source>Access token present (not shown); it expires after %1 min.</source>
        <translation>Zugriffstoken vorhanden (nicht angezeigt); es läuft nach %1 min ab.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the token is empty</source>
        <translation>das Token ist leer</translation>
    </message>
    <message>
        <source>expected a positive number of minutes</source>
        <translation>erwartet eine positive Anzahl von Minuten</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min ist größer als max</translation>
    </message>
    <message>
        <source>expected string or number, got %1</source>
        <translation>erwartet string oder number, erhalten %1</translation>
    </message>
    <message>
        <source>expected a duration ≥ 0</source>
        <translation>erwartet eine Dauer ≥ 0</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>expected a percentage between 0 and 100, got %1</source>
        <translation>erwartet einen Prozentwert zwischen 0 und 100, erhalten %1</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>erwartet eine ganze Zahl, erhalten %1</translation>
    </message>
    <message>
        <source>expected a number, got the string &quot;%1&quot;</source>
        <translation>erwartet eine Zahl, erhalten die Zeichenkette „%1“</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>not a response of the dermatology API (unrecognised shape)</source>
        <translation>keine Antwort der Dermatologie-API (Struktur nicht erkannt)</translation>
    </message>
    <message>
        <source>the report server answered with an error: %1 (%2)</source>
        <translation>der Berichtsserver hat mit einem Fehler geantwortet: %1 (%2)</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>kein Fehlercode</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1. %2 %  %3  %4</source>
        <translation>%1. %2 %  %3  %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more condition(s).</source>
        <translation>
            <numerusform>… und %n weitere Erkrankung.</numerusform>
            <numerusform>… und %n weitere Erkrankungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>withheld content revealed for QA</source>
        <translation>zurückgehaltene Inhalte für QA angezeigt</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Körperstelle %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NICHT GÜLTIG</translation>
    </message>
    <message>
        <source>Quality: %1 (%2), acceptable: %3</source>
        <translation>Qualität: %1 (%2), akzeptabel: %3</translation>
    </message>
    <message>
        <source>Dermatological: %1 (confidence %2)</source>
        <translation>Dermatologisch: %1 (Konfidenz %2)</translation>
    </message>
    <message>
        <source>Modality: %1</source>
        <translation>Modalität: %1</translation>
    </message>
    <message numerus="yes">
        <source>Differential (%n heat map(s)):</source>
        <translation>
            <numerusform>Differentialdiagnose (%n Heatmap):</numerusform>
            <numerusform>Differentialdiagnose (%n Heatmaps):</numerusform>
        </translation>
    </message>
    <message>
        <source>Score contribution: %1</source>
        <translation>Beitrag zum Score: %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Value: %1  %2</source>
        <translation>Wert: %1  %2</translation>
    </message>
    <message>
        <source>Severity level: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>QA mode</source>
        <translation>QA-Modus</translation>
    </message>
    <message>
        <source>Report %1 (%2), issued %3, status %4</source>
        <translation>Bericht %1 (%2), ausgestellt %3, Status %4</translation>
    </message>
    <message>
        <source>without identifier</source>
        <translation>ohne Kennung</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Pathology: %1</source>
        <translation>Pathologie: %1</translation>
    </message>
    <message>
        <source>Body site: %1</source>
        <translation>Körperstelle: %1</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Kombiniertes Ergebnis</translation>
    </message>
    <message>
        <source>Sensitivity %1, specificity %2, entropy %3 (%4)</source>
        <translation>Sensitivität %1, Spezifität %2, Entropie %3 (%4)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Masks: %1, detections: %2</source>
        <translation>Masken: %1, Detektionen: %2</translation>
    </message>
</context>
<context>
    <name>Reviewer</name>
    <message>
        <source>Preliminary — AI decision support, not a diagnosis. A qualified clinician must review every result together with the patient&apos;s full clinical context.</source>
        <translation>Vorläufig — KI-gestützte Entscheidungshilfe, keine Diagnose. Jedes Ergebnis muss von qualifiziertem klinischem Fachpersonal unter Einbeziehung des vollständigen klinischen Kontexts der Patientin bzw. des Patienten beurteilt werden.</translation>
    </message>
    <message>
        <source>NOT FOR CLINICAL USE</source>
        <translation>NICHT FÜR DEN KLINISCHEN GEBRAUCH</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>The response describes %1 images; the API accepts at most %2.</source>
        <translation>Die Antwort beschreibt %1 Bilder; die API akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The response contains no per-image analysis, so the validity of its images cannot be confirmed.</source>
        <translation>Die Antwort enthält keine Analyse pro Bild, daher kann die Gültigkeit ihrer Bilder nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Kombiniertes Ergebnis</translation>
    </message>
    <message>
        <source>%1: the server listed the differential out of probability order; it is shown sorted by probability.</source>
        <translation>%1: der Server hat die Differentialdiagnose nicht nach Wahrscheinlichkeit geordnet aufgeführt; sie wird nach Wahrscheinlichkeit sortiert angezeigt.</translation>
    </message>
    <message>
        <source>%1: the differential lists these codes more than once: %2.</source>
        <translation>%1: die Differentialdiagnose führt diese Codes mehrfach auf: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conclusion(s) carry no ICD-11 code.</source>
        <translation>
            <numerusform>%1: %n Schlussfolgerung hat keinen ICD-11-Code.</numerusform>
            <numerusform>%1: %n Schlussfolgerungen haben keinen ICD-11-Code.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the probabilities add up to %2 %, more than 100 %.</source>
        <translation>%1: die Wahrscheinlichkeiten ergeben in Summe %2 %, mehr als 100 %.</translation>
    </message>
    <message>
        <source>Has condition</source>
        <translation>Vorliegen einer Erkrankung</translation>
    </message>
    <message>
        <source>Malignancy</source>
        <translation>Malignität</translation>
    </message>
    <message>
        <source>Pigmented lesion</source>
        <translation>Pigmentierte Läsion</translation>
    </message>
    <message>
        <source>Urgent referral</source>
        <translation>Dringende Überweisung</translation>
    </message>
    <message>
        <source>to be seen within 48 hours</source>
        <translation>Vorstellung innerhalb von 48 Stunden</translation>
    </message>
    <message>
        <source>High-priority referral</source>
        <translation>Überweisung mit hoher Priorität</translation>
    </message>
    <message>
        <source>to be seen within 15 days</source>
        <translation>Vorstellung innerhalb von 15 Tagen</translation>
    </message>
    <message>
        <source>Adjusted malignancy</source>
        <translation>Adjustierte Malignität</translation>
    </message>
    <message>
        <source>Urgent referral likely (%1 %): to be seen by a specialist within 48 hours.</source>
        <translation>Dringende Überweisung wahrscheinlich (%1 %): fachärztliche Vorstellung innerhalb von 48 Stunden.</translation>
    </message>
    <message>
        <source>High-priority referral likely (%1 %): to be seen within 15 days.</source>
        <translation>Überweisung mit hoher Priorität wahrscheinlich (%1 %): Vorstellung innerhalb von 15 Tagen.</translation>
    </message>
    <message>
        <source>Malignancy likelihood is %1 %.</source>
        <translation>Die Malignitätswahrscheinlichkeit beträgt %1 %.</translation>
    </message>
    <message>
        <source>High uncertainty (entropy %1 of 100): interpret the differential with caution.</source>
        <translation>Hohe Unsicherheit (Entropie %1 von 100): Differentialdiagnose mit Vorsicht interpretieren.</translation>
    </message>
    <message>
        <source>The response carries no image-quality assessment (mediaValidity) for this image, so its validity cannot be confirmed.</source>
        <translation>Die Antwort enthält keine Bewertung der Bildqualität (mediaValidity) für dieses Bild, daher kann seine Gültigkeit nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s quality interpretation &quot;%2&quot; does not match its score %3 (published band: %4).</source>
        <translation>%1: die Qualitätsinterpretation „%2“ des Servers passt nicht zu seinem Score %3 (veröffentlichte Stufe: %4).</translation>
    </message>
    <message>
        <source>The response does not say whether this image is valid (mediaValidity.isValid is missing).</source>
        <translation>Die Antwort gibt nicht an, ob dieses Bild gültig ist (mediaValidity.isValid fehlt).</translation>
    </message>
    <message>
        <source>The AI service marked this image as not valid for clinical use.</source>
        <translation>Der KI-Dienst hat dieses Bild als nicht gültig für den klinischen Gebrauch gekennzeichnet.</translation>
    </message>
    <message>
        <source>The response contradicts itself: isValid is true but the image is not acceptable or not dermatological.</source>
        <translation>Die Antwort ist widersprüchlich: isValid ist true, aber das Bild ist nicht akzeptabel oder nicht dermatologisch.</translation>
    </message>
    <message>
        <source>Image quality is not acceptable (score %1, %2).</source>
        <translation>Die Bildqualität ist nicht akzeptabel (Score %1, %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>The image does not appear to show skin (AI confidence that it does: %1 %).</source>
        <translation>Das Bild scheint keine Haut zu zeigen (KI-Konfidenz, dass es Haut zeigt: %1 %).</translation>
    </message>
    <message>
        <source>Retake the photo so that it shows the affected skin, filling most of the frame.</source>
        <translation>Nehmen Sie das Foto erneut auf, sodass es die betroffene Haut zeigt und diese den Großteil des Bildes ausfüllt.</translation>
    </message>
    <message>
        <source>Retake the photo: hold the camera steady, use even light without glare and keep the skin in focus.</source>
        <translation>Nehmen Sie das Foto erneut auf: Kamera ruhig halten, gleichmäßiges Licht ohne Reflexe verwenden und die Haut scharf stellen.</translation>
    </message>
    <message>
        <source>This score is computed from images but the response carries no image-quality assessment (mediaValidity), so its validity cannot be confirmed.</source>
        <translation>Dieser Score wird aus Bildern berechnet, aber die Antwort enthält keine Bewertung der Bildqualität (mediaValidity), daher kann seine Gültigkeit nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>The response contains no computed score.</source>
        <translation>Die Antwort enthält keinen berechneten Score.</translation>
    </message>
    <message>
        <source>The global score is withheld because these body sites are not valid for clinical use: %1.</source>
        <translation>Der Gesamtscore wird zurückgehalten, weil folgende Körperstellen für den klinischen Gebrauch nicht gültig sind: %1.</translation>
    </message>
    <message>
        <source>The report does not classify this photo as a clinical or dermoscopic skin image (modality: %1).</source>
        <translation>Der Bericht stuft dieses Foto nicht als klinisches oder dermatoskopisches Hautbild ein (Modalität: %1).</translation>
    </message>
    <message>
        <source>The report gives no quality score for this photo.</source>
        <translation>Der Bericht enthält keinen Qualitätsscore für dieses Foto.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>The report lists no photos, so the validity of its result cannot be confirmed.</source>
        <translation>Der Bericht führt keine Fotos auf, daher kann die Gültigkeit seines Ergebnisses nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Gespeicherter Bericht</translation>
    </message>
    <message>
        <source>The combined result is withheld: not every image is valid for clinical use (not valid: %1). Re-analyse the valid images only.</source>
        <translation>Das kombinierte Ergebnis wird zurückgehalten: nicht alle Bilder sind für den klinischen Gebrauch gültig (ungültig: %1). Analysieren Sie nur die gültigen Bilder erneut.</translation>
    </message>
    <message>
        <source>Image quality is not acceptable.</source>
        <translation>Die Bildqualität ist nicht akzeptabel.</translation>
    </message>
    <message>
        <source>The image does not appear to show skin.</source>
        <translation>Das Bild scheint keine Haut zu zeigen.</translation>
    </message>
    <message>
        <source>The photo&apos;s quality score %1 (%2) is below %3.</source>
        <translation>Der Qualitätsscore des Fotos %1 (%2) liegt unter %3.</translation>
    </message>
    <message>
        <source>Stored reports carry no per-image validity flag: each photo is judged valid from its modality and a quality score of %1 or better.</source>
        <translation>Gespeicherte Berichte enthalten keine Gültigkeitsangabe pro Bild: Jedes Foto gilt anhand seiner Modalität und eines Qualitätsscores von mindestens %1 als gültig.</translation>
    </message>
    <message>
        <source>The result is withheld: not every photo is valid for clinical use (not valid: %1).</source>
        <translation>Das Ergebnis wird zurückgehalten: nicht alle Fotos sind für den klinischen Gebrauch gültig (ungültig: %1).</translation>
    </message>
</context>
<context>
    <name>dv::cli</name>
    <message>
        <source>Usage: dermaview-cli COMMAND [options] [--lang LANGUAGE]

Commands:
  inspect FILE [--json] [--qa]   review a saved API response

Preliminary — AI decision support, not a diagnosis.
</source>
        <translation>Aufruf: dermaview-cli COMMAND [Optionen] [--lang LANGUAGE]

Befehle:
  inspect FILE [--json] [--qa]   eine gespeicherte API-Antwort prüfen

Vorläufig — KI-gestützte Entscheidungshilfe, keine Diagnose.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ImageFileLoader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>dv::ui::ImageView</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>dv::ui::MainWindow</name>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Dermaview</source>
        <translation>Dermaview</translation>
    </message>
    <message>
        <source>Opened photos</source>
        <translation>Geöffnete Fotos</translation>
    </message>
    <message>
        <source>Open skin photos with File ▸ Open photos… (Ctrl+O).</source>
        <translation>Öffnen Sie Hautfotos über Datei ▸ Fotos öffnen… (Strg+O).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open photos…</source>
        <translation>&amp;Fotos öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Dermaview</source>
        <translation>Ü&amp;ber Dermaview</translation>
    </message>
    <message>
        <source>Open photos</source>
        <translation>Fotos öffnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 pixels</source>
        <translation>%1 — %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language will change the next time Dermaview starts.</source>
        <translation>Die Sprache wird beim nächsten Start von Dermaview geändert.</translation>
    </message>
    <message>
        <source>About Dermaview</source>
        <translation>Über Dermaview</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dermaview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A viewer for dermatology AI results.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dermaview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Viewer für KI-Ergebnisse in der Dermatologie.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — cannot be opened</source>
        <translation>%1 — kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Interface language.</source>
        <translation>Sprache der Benutzeroberfläche.</translation>
    </message>
    <message>
        <source>Skin photos to open.</source>
        <translation>Zu öffnende Hautfotos.</translation>
    </message>
</context>
</TS>
