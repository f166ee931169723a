<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AllConclusionsDialog</name>
    <message>
        <source>All conclusions</source>
        <translation>Alle Diagnosen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>ICD-11 code or name</source>
        <translation>ICD-11-Code oder Name</translation>
    </message>
    <message>
        <source>Filter conclusions by ICD-11 code or name</source>
        <translation>Diagnosen nach ICD-11-Code oder Name filtern</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>One to three skin photos.</source>
        <translation>Ein bis drei Hautfotos.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli analyze IMAGE [IMAGE [IMAGE]] [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</source>
        <translation>Aufruf: dermaview-cli analyze IMAGE [IMAGE [IMAGE]] [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>the answer is not a PDF</source>
        <translation>die Antwort ist kein PDF</translation>
    </message>
    <message>
        <source>The AI service could not be reached (%1). Check the network connection, then try again.</source>
        <translation>Der KI-Dienst konnte nicht erreicht werden (%1). Prüfen Sie die Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The AI service did not answer in time. Try again; if it keeps happening, the service may be overloaded.</source>
        <translation>Der KI-Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; wenn dies weiterhin auftritt, ist der Dienst möglicherweise überlastet.</translation>
    </message>
    <message>
        <source>The report service did not accept the API token (X-API-TOKEN). Check it in the connection settings.</source>
        <translation>Der Berichtsdienst hat das API-Token (X-API-TOKEN) nicht akzeptiert. Überprüfen Sie es in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The AI service did not accept the user name or password. Check them in the connection settings.</source>
        <translation>Der KI-Dienst hat den Benutzernamen oder das Passwort nicht akzeptiert. Überprüfen Sie beides in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The AI service rejected the request: %1</source>
        <translation>Der KI-Dienst hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The AI service is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Der KI-Dienst ist ausgelastet. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der KI-Dienst ist ausgelastet. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The AI service is busy. Try again in a moment.</source>
        <translation>Der KI-Dienst ist ausgelastet. Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The AI service reported a problem of its own (HTTP %1). Try again later; nothing you entered is lost.</source>
        <translation>Der KI-Dienst hat ein Problem auf seiner Seite gemeldet (HTTP %1). Versuchen Sie es später erneut; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>The AI service sent an answer Dermaview cannot read (%1), so nothing from it is shown.</source>
        <translation>Der KI-Dienst hat eine Antwort gesendet, die Dermaview nicht lesen kann (%1); daher wird nichts davon angezeigt.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1). Dermaview does not send data to a server it cannot verify.</source>
        <translation>Die sichere Verbindung konnte nicht überprüft werden (%1). Dermaview sendet keine Daten an einen Server, den es nicht überprüfen kann.</translation>
    </message>
    <message>
        <source>%1 is not on this computer and does not use https. Dermaview does not send patient images over an unencrypted connection unless you allow it in the connection settings.</source>
        <translation>%1 befindet sich nicht auf diesem Computer und verwendet kein https. Dermaview sendet Patientenbilder nur dann über eine unverschlüsselte Verbindung, wenn Sie dies in den Verbindungseinstellungen erlauben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The AI service has no such record (%1). Check the identifier.</source>
        <translation>Der KI-Dienst hat keinen solchen Eintrag (%1). Überprüfen Sie die Kennung.</translation>
    </message>
    <message>
        <source>the answer is not an image</source>
        <translation>die Antwort ist kein Bild</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
</context>
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
    <name>CredentialText</name>
    <message>
        <source>Nothing is saved in the system keychain for this server profile.</source>
        <translation>Für dieses Serverprofil ist im Schlüsselbund des Systems nichts gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (no Secret Service or KWallet is running), so Dermaview cannot remember passwords or API tokens and asks for them each session.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar (weder Secret Service noch KWallet läuft), daher kann sich Dermaview keine Passwörter oder API-Tokens merken und fragt in jeder Sitzung danach.</translation>
    </message>
    <message>
        <source>The system keychain refused Dermaview access (it may be locked, or access was declined).</source>
        <translation>Der Schlüsselbund des Systems hat Dermaview den Zugriff verweigert (er ist möglicherweise gesperrt, oder der Zugriff wurde abgelehnt).</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>DecodeLimits</name>
    <message>
        <source>The image declares no pixels (%1 × %2).</source>
        <translation>Das Bild gibt keine Pixel an (%1 × %2).</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels (%3 megapixels); at most %4 megapixels can be opened. The file may be damaged or deliberately malformed.</source>
        <translation>Das Bild gibt %1 × %2 Pixel an (%3 Megapixel); höchstens %4 Megapixel können geöffnet werden. Die Datei ist möglicherweise beschädigt oder absichtlich fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: dermaview-cli export --out FILE.pdf RESPONSE.json [--image IMG ...] [--mode blend|attention|contour] [--qa]</source>
        <translation>Aufruf: dermaview-cli export --out FILE.pdf RESPONSE.json [--image IMG ...] [--mode blend|attention|contour] [--qa]</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>A photo of the response, in the response&apos;s image order (repeat for each).</source>
        <translation>Ein Foto der Antwort, in der Bildreihenfolge der Antwort (für jedes Foto wiederholen).</translation>
    </message>
    <message>
        <source>Heat-map overlay: blend (default), attention or contour.</source>
        <translation>Heatmap-Überlagerung: blend (Standard), attention oder contour.</translation>
    </message>
    <message>
        <source>QA mode: include withheld outputs, every page watermarked NOT FOR CLINICAL USE.</source>
        <translation>QA-Modus: zurückgehaltene Ergebnisse einschließen, jede Seite mit dem Wasserzeichen NICHT FÜR DEN KLINISCHEN GEBRAUCH.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;.</source>
        <translation>Unbekannter Modus „%1“.</translation>
    </message>
    <message>
        <source>%1: a %2 response carries no result to export.</source>
        <translation>%1: Eine %2-Antwort enthält kein Ergebnis, das exportiert werden kann.</translation>
    </message>
    <message>
        <source>saved response %1</source>
        <translation>gespeicherte Antwort %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n image(s), but %2 photo(s) were given; give one --image per image, in the response&apos;s order, or none.</source>
        <translation>
            <numerusform>%1 enthält %n Bild, aber es wurden %2 Foto(s) angegeben; geben Sie ein --image pro Bild in der Reihenfolge der Antwort an oder keines.</numerusform>
            <numerusform>%1 enthält %n Bilder, aber es wurden %2 Foto(s) angegeben; geben Sie ein --image pro Bild in der Reihenfolge der Antwort an oder keines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportPhotos</name>
    <message>
        <source>attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>contour</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>blend</source>
        <translation>Überblendung</translation>
    </message>
    <message>
        <source>No heat map: this image&apos;s clinical output is withheld (not valid).</source>
        <translation>Keine Heatmap: Die klinischen Ergebnisse dieses Bildes werden zurückgehalten (nicht gültig).</translation>
    </message>
    <message>
        <source>No heat map: the response has none for this image.</source>
        <translation>Keine Heatmap: Die Antwort enthält keine für dieses Bild.</translation>
    </message>
    <message>
        <source>No heat map: the response carries none for %1.</source>
        <translation>Keine Heatmap: Die Antwort enthält keine für %1.</translation>
    </message>
    <message>
        <source>The heat map of %1 cannot be drawn: %2</source>
        <translation>Die Heatmap von %1 kann nicht gezeichnet werden: %2</translation>
    </message>
    <message>
        <source>The heat map of %1 cannot be drawn: not enough memory.</source>
        <translation>Die Heatmap von %1 kann nicht gezeichnet werden: nicht genug Speicher.</translation>
    </message>
    <message>
        <source>Heat map of %1 — %2, opacity %3 %</source>
        <translation>Heatmap von %1 — %2, Deckkraft %3 %</translation>
    </message>
</context>
<context>
    <name>HeatMapDecoding</name>
    <message>
        <source>The overlay image is a %1 file; only JPEG and PNG are expected.</source>
        <translation>Das Überlagerungsbild ist eine %1-Datei; erwartet werden nur JPEG und PNG.</translation>
    </message>
    <message>
        <source>The overlay carries no image data.</source>
        <translation>Die Überlagerung enthält keine Bilddaten.</translation>
    </message>
    <message>
        <source>The overlay&apos;s base64 data is corrupt.</source>
        <translation>Die Base64-Daten der Überlagerung sind beschädigt.</translation>
    </message>
    <message>
        <source>The overlay declares %1 × %2 pixels but contains %3 × %4; it is scaled to the photo all the same.</source>
        <translation>Die Überlagerung gibt %1 × %2 Pixel an, enthält aber %3 × %4; sie wird trotzdem auf das Foto skaliert.</translation>
    </message>
    <message numerus="yes">
        <source>The overlay declares the colour model &quot;%1&quot; but is stored with %n channel(s).</source>
        <translation>
            <numerusform>Die Überlagerung gibt das Farbmodell „%1“ an, ist aber mit %n Kanal gespeichert.</numerusform>
            <numerusform>Die Überlagerung gibt das Farbmodell „%1“ an, ist aber mit %n Kanälen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The overlay declares the type &quot;%1&quot; but is a %2 image.</source>
        <translation>Die Überlagerung gibt den Typ „%1“ an, ist aber ein %2-Bild.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Only the records of this case reference.</source>
        <translation>Nur die Einträge dieser Fallreferenz.</translation>
    </message>
    <message>
        <source>Records whose case, report id, conclusion, body site, server or user contains TEXT.</source>
        <translation>Einträge, deren Fall, Berichts-ID, Diagnose, Körperstelle, Server oder Benutzer TEXT enthält.</translation>
    </message>
    <message>
        <source>Issued on or after DATE (YYYY-MM-DD, UTC).</source>
        <translation>Ausgestellt am oder nach DATE (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Issued before DATE (UTC).</source>
        <translation>Ausgestellt vor DATE (UTC).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>QA mode: also show conclusions and scores that only QA mode revealed when they were recorded, marked NOT FOR CLINICAL USE.</source>
        <translation>QA-Modus: auch Diagnosen und Scores anzeigen, die bei der Aufzeichnung nur im QA-Modus angezeigt wurden, gekennzeichnet mit NICHT FÜR DEN KLINISCHEN GEBRAUCH.</translation>
    </message>
    <message>
        <source>Print the stored response of record ID (inspect reads it).</source>
        <translation>Die gespeicherte Antwort des Eintrags ID ausgeben (inspect kann sie lesen).</translation>
    </message>
    <message>
        <source>The history file.</source>
        <translation>Die Verlaufsdatei.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json] [--qa] [--raw ID] [--db PATH]</source>
        <translation>Aufruf: dermaview-cli history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json] [--qa] [--raw ID] [--db PATH]</translation>
    </message>
    <message>
        <source>--%1 expects a date such as 2026-03-01, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum wie 2026-03-01, nicht „%2“.</translation>
    </message>
    <message>
        <source>--raw expects a record id (a positive number).</source>
        <translation>--raw erwartet eine Eintrags-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>%1: there is no history file yet.</source>
        <translation>%1: Es gibt noch keine Verlaufsdatei.</translation>
    </message>
    <message>
        <source>No history yet (%1 does not exist).</source>
        <translation>Noch kein Verlauf (%1 existiert nicht).</translation>
    </message>
    <message>
        <source>QA mode: NOT FOR CLINICAL USE.</source>
        <translation>QA-Modus: NICHT FÜR DEN KLINISCHEN GEBRAUCH.</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Ausgestellt (UTC)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Top conclusion</source>
        <translation>Top-Diagnose</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>[QA]</source>
        <translation>[QA]</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s). Preliminary — AI decision support, not a diagnosis.</source>
        <translation>
            <numerusform>%n Eintrag. Vorläufig — KI-gestützte Entscheidungshilfe, keine Diagnose.</numerusform>
            <numerusform>%n Einträge. Vorläufig — KI-gestützte Entscheidungshilfe, keine Diagnose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>Der Verlaufsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a history file.</source>
        <translation>%1 ist ein Ordner, keine Verlaufsdatei.</translation>
    </message>
    <message>
        <source>Cannot open the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable history file: %2</source>
        <translation>%1 ist keine lesbare Verlaufsdatei: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Dermaview (schema %2; this version knows up to %3). It was left untouched: update Dermaview to read it.</source>
        <translation>Die Verlaufsdatei %1 wurde von einer neueren Version von Dermaview geschrieben (Schema %2; diese Version kennt Schemas bis %3). Sie wurde nicht verändert: Aktualisieren Sie Dermaview, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Cannot prepare the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot update the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot update the history file %1 to schema %2: %3</source>
        <translation>Die Verlaufsdatei %1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Der Fotoordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot keep the photo in %1: %2</source>
        <translation>Das Foto kann nicht in %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>Cannot keep the photo in %1.</source>
        <translation>Das Foto kann nicht in %1 aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The history file is not open.</source>
        <translation>Die Verlaufsdatei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write to the history file: %1</source>
        <translation>In die Verlaufsdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the history file: %1</source>
        <translation>Die Verlaufsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The history has no record %1.</source>
        <translation>Der Verlauf enthält keinen Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>ImageInput</name>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation>%1: die Datei ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; it is not a photo.</source>
        <translation>Die Datei ist größer als %1 MB; sie ist kein Foto.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>No image data.</source>
        <translation>Keine Bilddaten.</translation>
    </message>
    <message>
        <source>The image data is larger than %1 MB.</source>
        <translation>Die Bilddaten sind größer als %1 MB.</translation>
    </message>
    <message>
        <source>Unsupported or damaged image: expected a JPEG, PNG, TIFF, BMP or WebP file.</source>
        <translation>Nicht unterstütztes oder beschädigtes Bild: erwartet wird eine JPEG-, PNG-, TIFF-, BMP- oder WebP-Datei.</translation>
    </message>
    <message>
        <source>The %1 file is truncated or damaged; it cannot be shown safely.</source>
        <translation>Die %1-Datei ist abgeschnitten oder beschädigt; sie kann nicht sicher angezeigt werden.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded: not enough memory.</source>
        <translation>Das %1-Bild konnte nicht dekodiert werden: nicht genug Speicher.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded; the file is damaged or uses a variant that is not supported.</source>
        <translation>Das %1-Bild konnte nicht dekodiert werden; die Datei ist beschädigt oder nutzt eine nicht unterstützte Variante.</translation>
    </message>
    <message>
        <source>The %1 image&apos;s pixels do not match its header.</source>
        <translation>Die Pixel des %1-Bildes passen nicht zu seinem Header.</translation>
    </message>
    <message>
        <source>The JPEG file is truncated or damaged; it cannot be shown safely.</source>
        <translation>Die JPEG-Datei ist abgeschnitten oder beschädigt; sie kann nicht sicher angezeigt werden.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded for upload (not enough memory?).</source>
        <translation>Das Bild konnte für das Hochladen nicht neu kodiert werden (nicht genug Speicher?).</translation>
    </message>
    <message>
        <source>Not enough memory to show the image.</source>
        <translation>Nicht genug Speicher, um das Bild anzuzeigen.</translation>
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
        <source>A saved response (JSON).</source>
        <translation>Eine gespeicherte Antwort (JSON).</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli inspect FILE [--json] [--qa]</source>
        <translation>Aufruf: dermaview-cli inspect FILE [--json] [--qa]</translation>
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
    <name>Legend</name>
    <message>
        <source>Attention (transparent below %1)</source>
        <translation>Aufmerksamkeit (transparent unter %1)</translation>
    </message>
</context>
<context>
    <name>OverlayCommand</name>
    <message>
        <source>%1: a %2 response carries no heat maps; a saved diagnosis-support response is needed.</source>
        <translation>%1: Eine %2-Antwort enthält keine Heatmaps; benötigt wird eine gespeicherte diagnosis-support-Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%1: there is no image %2; the response has %n image(s), numbered from 0.</source>
        <translation>
            <numerusform>%1: Es gibt kein Bild %2; die Antwort enthält %n Bild, nummeriert ab 0.</numerusform>
            <numerusform>%1: Es gibt kein Bild %2; die Antwort enthält %n Bilder, nummeriert ab 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 is not valid for clinical use, so its heat maps are withheld: %2 %3 For model QA only, --qa reveals them marked NOT FOR CLINICAL USE.</source>
        <translation>Bild %1 ist für die klinische Verwendung nicht gültig, daher werden seine Heatmaps zurückgehalten: %2 %3 Nur für die Modell-QA zeigt --qa sie an, markiert mit NICHT FÜR DEN KLINISCHEN GEBRAUCH.</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 has no rank %2; its differential has %n conclusion(s), ranked from 1.</source>
        <translation>
            <numerusform>Bild %1 hat keinen Rang %2; seine Differenzialdiagnose enthält %n Ergebnis, gereiht ab 1.</numerusform>
            <numerusform>Bild %1 hat keinen Rang %2; seine Differenzialdiagnose enthält %n Ergebnisse, gereiht ab 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank %1 of image %2 (%3) has no heat map; the service sends heat maps for its first five conclusions only.</source>
        <translation>Rang %1 von Bild %2 (%3) hat keine Heatmap; der Dienst sendet Heatmaps nur für seine ersten fünf Ergebnisse.</translation>
    </message>
    <message>
        <source>%1: the heat map of image %2, rank %3: %4</source>
        <translation>%1: die Heatmap von Bild %2, Rang %3: %4</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 muss eine Zahl von 0 bis 1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli overlay --image IMG (--heatmap FILE | --response JSON --image-index I --rank K) [--mode blend|attention|contour] [--opacity A] [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png</source>
        <translation>Aufruf: dermaview-cli overlay --image IMG (--heatmap FILE | --response JSON --image-index I --rank K) [--mode blend|attention|contour] [--opacity A] [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png</translation>
    </message>
    <message>
        <source>The photo.</source>
        <translation>Das Foto.</translation>
    </message>
    <message>
        <source>A heat-map image file (JPEG or PNG).</source>
        <translation>Eine Heatmap-Bilddatei (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>A saved diagnosis-support response.</source>
        <translation>Eine gespeicherte diagnosis-support-Antwort.</translation>
    </message>
    <message>
        <source>The image in the response, from 0 (as `inspect --json` numbers them).</source>
        <translation>Das Bild in der Antwort, ab 0 (wie `inspect --json` sie nummeriert).</translation>
    </message>
    <message>
        <source>The conclusion by probability rank, from 1 (as `inspect` ranks them).</source>
        <translation>Das Ergebnis nach Wahrscheinlichkeitsrang, ab 1 (wie `inspect` sie reiht).</translation>
    </message>
    <message>
        <source>blend (default), attention or contour.</source>
        <translation>blend (Standard), attention oder contour.</translation>
    </message>
    <message>
        <source>0 to 1; default 0.5 for blend, 0.6 for attention, 1 for contour.</source>
        <translation>0 bis 1; Standard 0.5 für blend, 0.6 für attention, 1 für contour.</translation>
    </message>
    <message>
        <source>Attention from 0 to 1 below which nothing is drawn (attention, contour); default 0.5.</source>
        <translation>Aufmerksamkeit von 0 bis 1, unter der nichts gezeichnet wird (attention, contour); Standard 0.5.</translation>
    </message>
    <message>
        <source>viridis (default), cividis or jet, for attention and contour; blend shows the heat map as sent.</source>
        <translation>viridis (Standard), cividis oder jet, für attention und contour; blend zeigt die Heatmap wie gesendet.</translation>
    </message>
    <message>
        <source>QA mode: overlay heat maps of images the service marked invalid, watermarked NOT FOR CLINICAL USE.</source>
        <translation>QA-Modus: Heatmaps von Bildern überlagern, die der Dienst als ungültig markiert hat, mit dem Wasserzeichen NICHT FÜR DEN KLINISCHEN GEBRAUCH.</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>Unknown colormap &quot;%1&quot;.</source>
        <translation>Unbekannte Farbskala „%1“.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;.</source>
        <translation>Unbekannter Modus „%1“.</translation>
    </message>
    <message>
        <source>--image-index and --rank take whole numbers.</source>
        <translation>--image-index und --rank erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Warning: the heat map (%1 × %2) and the photo (%3 × %4) differ in shape; the heat map is stretched over the whole photo. Check that it belongs to this photo.</source>
        <translation>Warnung: Heatmap (%1 × %2) und Foto (%3 × %4) haben unterschiedliche Seitenverhältnisse; die Heatmap wird über das ganze Foto gestreckt. Prüfen Sie, ob sie zu diesem Foto gehört.</translation>
    </message>
    <message>
        <source>Not enough memory to compose the overlay.</source>
        <translation>Nicht genug Speicher, um die Überlagerung zu erstellen.</translation>
    </message>
    <message>
        <source>Cannot encode the PNG: %1</source>
        <translation>Die PNG-Datei kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 geschrieben (%2 × %3 Pixel).</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Base URL of the report service.</source>
        <translation>Basis-URL des Berichtsdienstes.</translation>
    </message>
    <message>
        <source>Read the X-API-TOKEN from the first line of standard input (never from the command line).</source>
        <translation>Das X-API-TOKEN aus der ersten Zeile der Standardeingabe lesen (nie aus der Befehlszeile).</translation>
    </message>
    <message>
        <source>raw (default), fhir or pdf.</source>
        <translation>raw (Standard), fhir oder pdf.</translation>
    </message>
    <message>
        <source>Language of the report: en, es, fr or de.</source>
        <translation>Sprache des Berichts: en, es, fr oder de.</translation>
    </message>
    <message>
        <source>Save the report (required for pdf) to FILE.</source>
        <translation>Den Bericht in FILE speichern (für pdf erforderlich).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this computer.</source>
        <translation>Unverschlüsseltes http:// zu einem Server erlauben, der nicht auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>The report&apos;s identifier.</source>
        <translation>Die Kennung des Berichts.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli report ID --server URL --api-token-stdin [--format raw|fhir|pdf] [--locale LOCALE] [-o FILE] [--json] [--qa]</source>
        <translation>Aufruf: dermaview-cli report ID --server URL --api-token-stdin [--format raw|fhir|pdf] [--locale LOCALE] [-o FILE] [--json] [--qa]</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report&apos;s PDF (%n byte(s)) to %1.</source>
        <translation>
            <numerusform>Das PDF des Berichts (%n Byte) wurde in %1 gespeichert.</numerusform>
            <numerusform>Das PDF des Berichts (%n Bytes) wurde in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a saved report.</source>
        <translation>%1 ist zu groß für einen gespeicherten Bericht.</translation>
    </message>
    <message>
        <source>%1 is not a readable diagnostic report: %2</source>
        <translation>%1 ist kein lesbarer Diagnosebericht: %2</translation>
    </message>
    <message>
        <source>%1 is not a stored diagnostic report (standard or FHIR format).</source>
        <translation>%1 ist kein gespeicherter Diagnosebericht (Standard- oder FHIR-Format).</translation>
    </message>
    <message>
        <source>The server did not send a PDF; nothing was saved.</source>
        <translation>Der Server hat kein PDF gesendet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation>Es gibt keinen Bericht zum Speichern.</translation>
    </message>
</context>
<context>
    <name>ReportMedia</name>
    <message>
        <source>the image could not be read (%1)</source>
        <translation>das Bild konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Dermaview is not connected to a server.</source>
        <translation>Dermaview ist mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>it is no longer kept where the report links to (HTTP 404).</source>
        <translation>es liegt nicht mehr dort, wohin der Bericht verweist (HTTP 404).</translation>
    </message>
    <message>
        <source>the server refused the link (HTTP %1); it may have expired.</source>
        <translation>der Server hat den Link abgelehnt (HTTP %1); er ist möglicherweise abgelaufen.</translation>
    </message>
</context>
<context>
    <name>ResultDocument</name>
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
        <source>AI decision-support result</source>
        <translation>Ergebnis der KI-gestützten Entscheidungshilfe</translation>
    </message>
    <message>
        <source>%1 — QA mode: this export may show outputs the service marked invalid, for checking the model only. They must not inform patient care.</source>
        <translation>%1 — QA-Modus: Dieser Export kann Ergebnisse enthalten, die der Dienst als ungültig markiert hat, ausschließlich zur Prüfung des Modells. Sie dürfen die Patientenversorgung nicht beeinflussen.</translation>
    </message>
    <message>
        <source>Notes on the response</source>
        <translation>Hinweise zur Antwort</translation>
    </message>
    <message>
        <source>%1 — withheld content revealed for QA</source>
        <translation>%1 — zurückgehaltene Inhalte für die QA angezeigt</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>preliminary (service status: %1)</source>
        <translation>vorläufig (Status des Dienstes: %1)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Analysis time</source>
        <translation>Analysedauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Pathology</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Klinischer Kontext</translation>
    </message>
    <message>
        <source>Heat map colours: model attention</source>
        <translation>Heatmap-Farben: Aufmerksamkeit des Modells</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>ICD-11</source>
        <translation>ICD-11</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message numerus="yes">
        <source>Top %n condition(s)</source>
        <translation>
            <numerusform>Top %n Erkrankung</numerusform>
            <numerusform>Top %n Erkrankungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more condition(s) with lower probability.</source>
        <translation>
            <numerusform>… und %n weitere Erkrankung mit geringerer Wahrscheinlichkeit.</numerusform>
            <numerusform>… und %n weitere Erkrankungen mit geringerer Wahrscheinlichkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk indicator</source>
        <translation>Risikoindikator</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Unsicherheit (Entropie)</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Risikoindikatoren</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Kombiniertes Ergebnis</translation>
    </message>
    <message>
        <source>Withheld: the combined result is shown only when every image is valid.</source>
        <translation>Zurückgehalten: Das kombinierte Ergebnis wird nur angezeigt, wenn alle Bilder gültig sind.</translation>
    </message>
    <message>
        <source>Re-analyse the valid images only to obtain a combined result.</source>
        <translation>Analysieren Sie nur die gültigen Bilder erneut, um ein kombiniertes Ergebnis zu erhalten.</translation>
    </message>
    <message>
        <source>Model sensitivity %1, specificity %2.</source>
        <translation>Sensitivität des Modells %1, Spezifität %2.</translation>
    </message>
    <message>
        <source> (clinical %1, dermoscopic %2)</source>
        <translation> (klinisch %1, dermatoskopisch %2)</translation>
    </message>
    <message>
        <source>NO — clinical output withheld</source>
        <translation>NEIN — klinische Ergebnisse zurückgehalten</translation>
    </message>
    <message>
        <source>Valid for clinical use</source>
        <translation>Gültig für die klinische Verwendung</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Acceptable quality</source>
        <translation>Akzeptable Qualität</translation>
    </message>
    <message>
        <source>Dermatological</source>
        <translation>Dermatologisch</translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation>%1 (Konfidenz %2)</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>isValid (as sent)</source>
        <translation>isValid (wie übermittelt)</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Kein Foto.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>%1 — the heat map belongs to an image the service marked invalid.</source>
        <translation>%1 — die Heatmap gehört zu einem Bild, das der Dienst als ungültig markiert hat.</translation>
    </message>
    <message>
        <source>The photos are not part of this export: the result was reopened from a saved response, which holds no photos, so no photo or heat map is shown.</source>
        <translation>Die Fotos sind nicht Teil dieses Exports: Das Ergebnis wurde aus einer gespeicherten Antwort wieder geöffnet, die keine Fotos enthält; daher werden weder Foto noch Heatmap angezeigt.</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Körperstelle %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Contribution to the score: %1</source>
        <translation>Beitrag zum Score: %1</translation>
    </message>
    <message>
        <source>Withheld: the score rests on images that are not valid.</source>
        <translation>Zurückgehalten: Der Score beruht auf Bildern, die nicht gültig sind.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Severity level</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Masks / detections</source>
        <translation>Masken / Detektionen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Severity scores</source>
        <translation>Schweregrad-Scores</translation>
    </message>
</context>
<context>
    <name>ResultPdf</name>
    <message>
        <source>Dermaview — %1</source>
        <translation>Dermaview — %1</translation>
    </message>
    <message>
        <source>Dermaview — preliminary AI decision support</source>
        <translation>Dermaview — vorläufige KI-gestützte Entscheidungshilfe</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Report ID: %1 · Issued: %2</source>
        <translation>Berichts-ID: %1 · Ausgestellt: %2</translation>
    </message>
    <message>
        <source>Status: preliminary · Server: %1</source>
        <translation>Status: vorläufig · Server: %1</translation>
    </message>
    <message>
        <source>Dermaview %1 · exported %2</source>
        <translation>Dermaview %1 · exportiert %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Dermaview result</source>
        <translation>Dermaview-Ergebnis</translation>
    </message>
    <message>
        <source>Dermaview result %1</source>
        <translation>Dermaview-Ergebnis %1</translation>
    </message>
    <message>
        <source>Dermaview %1</source>
        <translation>Dermaview %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>Das PDF ist leer geblieben.</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ResultStyle</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage with its sign, e.g. &quot;94.9 %&quot;. French puts a no-break space before %.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
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
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannter Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>ReviewOutputOptions</name>
    <message>
        <source>Also save the service&apos;s raw answer to FILE.</source>
        <translation>Die unveränderte Antwort des Dienstes zusätzlich in FILE speichern.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>QA mode: reveal withheld outputs, marked NOT FOR CLINICAL USE.</source>
        <translation>QA-Modus: zurückgehaltene Ergebnisse anzeigen, gekennzeichnet mit NICHT FÜR DEN KLINISCHEN GEBRAUCH.</translation>
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
    <name>SandboxOptions</name>
    <message>
        <source>Port on 127.0.0.1 (0 picks a free one).</source>
        <translation>Port auf 127.0.0.1 (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>Login password (a demo credential).</source>
        <translation>Passwort für die Anmeldung (Demo-Zugangsdaten).</translation>
    </message>
    <message>
        <source>Minutes a login token stays valid.</source>
        <translation>Gültigkeitsdauer eines Anmeldetokens in Minuten.</translation>
    </message>
    <message>
        <source>X-API-TOKEN of the report endpoint.</source>
        <translation>X-API-TOKEN des Berichtsendpunkts.</translation>
    </message>
    <message>
        <source>Serve saved responses from DIR (see README).</source>
        <translation>Liefert gespeicherte Antworten aus DIR aus (siehe README).</translation>
    </message>
    <message>
        <source>Delay every answer by this many ms.</source>
        <translation>Verzögert jede Antwort um diese Anzahl ms.</translation>
    </message>
    <message>
        <source>Largest request body accepted (413 above).</source>
        <translation>Maximale Größe des Anfragekörpers (darüber: 413).</translation>
    </message>
    <message>
        <source>Inject a fault: ENDPOINT:KIND[:COUNT[:RETRY_AFTER_S]], KIND one of latency, 401, 429, 503, 500, malformed-json, truncate, drop, slow-drip; COUNT -1 = always. Repeatable.</source>
        <translation>Schleust einen Fehler ein: ENDPOINT:KIND[:COUNT[:RETRY_AFTER_S]], KIND ist einer der Werte latency, 401, 429, 503, 500, malformed-json, truncate, drop, slow-drip; COUNT -1 = immer. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>invalid --fault &quot;%1&quot;</source>
        <translation>ungültiger Wert für --fault: „%1“</translation>
    </message>
    <message>
        <source>the endpoint in --fault &quot;%1&quot; must be a path such as /diagnosis-support, or *</source>
        <translation>der Endpunkt in --fault „%1“ muss ein Pfad wie /diagnosis-support oder * sein</translation>
    </message>
    <message>
        <source>invalid count in --fault &quot;%1&quot;</source>
        <translation>ungültige Anzahl in --fault „%1“</translation>
    </message>
    <message>
        <source>invalid Retry-After in --fault &quot;%1&quot;</source>
        <translation>ungültiger Retry-After-Wert in --fault „%1“</translation>
    </message>
    <message>
        <source>Offline sandbox of the dermatology AI API on 127.0.0.1. Its answers are computed from the images by simple image analysis: it is not a medical device.</source>
        <translation>Offline-Sandbox der Dermatologie-KI-API auf 127.0.0.1. Ihre Antworten werden mit einfacher Bildanalyse aus den Bildern berechnet: Die Sandbox ist kein Medizinprodukt.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot;</source>
        <translation>ungültiger Wert für --port: „%1“</translation>
    </message>
    <message>
        <source>invalid --token-minutes &quot;%1&quot;</source>
        <translation>ungültiger Wert für --token-minutes: „%1“</translation>
    </message>
    <message>
        <source>invalid --latency-ms &quot;%1&quot;</source>
        <translation>ungültiger Wert für --latency-ms: „%1“</translation>
    </message>
    <message>
        <source>invalid --max-body-mb &quot;%1&quot;</source>
        <translation>ungültiger Wert für --max-body-mb: „%1“</translation>
    </message>
</context>
<context>
    <name>SavedResponseFile</name>
    <message>
        <source>%1: the file is larger than %2 MB; it is not a saved response.</source>
        <translation>%1: Die Datei ist größer als %2 MB; sie ist keine gespeicherte Antwort.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ScoreTimeline</name>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>ServiceConnection</name>
    <message>
        <source>Base URL of the AI service (default: the offline sandbox, started on this computer).</source>
        <translation>Basis-URL des KI-Dienstes (Standard: die Offline-Sandbox, auf diesem Computer gestartet).</translation>
    </message>
    <message>
        <source>User name for --server.</source>
        <translation>Benutzername für --server.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (never from the command line).</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen (nie aus der Befehlszeile).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this computer.</source>
        <translation>Unverschlüsseltes http:// zu einem Server erlauben, der nicht auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server erfordert --user und --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot start the offline sandbox: %1</source>
        <translation>Die Offline-Sandbox kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Using the offline sandbox (not a medical device) at %1.</source>
        <translation>Verwendet wird die Offline-Sandbox (kein Medizinprodukt) unter %1.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file for --server (a clinic&apos;s private CA); certificate errors are never ignored.</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei für --server vertrauen (die private CA einer Klinik); Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>--ca-file applies to --server only.</source>
        <translation>--ca-file gilt nur für --server.</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read.</source>
        <translation>%1: es konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SeverityCommand</name>
    <message>
        <source>The request body as documented, as JSON, without the photos.</source>
        <translation>Der Anfragetext wie dokumentiert, als JSON, ohne die Fotos.</translation>
    </message>
    <message>
        <source>local: the photo to score.</source>
        <translation>local: das zu bewertende Foto.</translation>
    </message>
    <message>
        <source>global: a body site&apos;s photo (repeat for each site).</source>
        <translation>global: das Foto einer Körperstelle (für jede Stelle wiederholen).</translation>
    </message>
    <message>
        <source>global: the scoring system&apos;s code (default: the only one in the request).</source>
        <translation>global: der Code des Bewertungssystems (Standard: das einzige in der Anfrage).</translation>
    </message>
    <message>
        <source>manual, local or global.</source>
        <translation>manual, local oder global.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli severity manual --request FILE
       dermaview-cli severity local --request FILE --image IMAGE
       dermaview-cli severity global --request FILE --site SITE=IMAGE... [--scoring CODE]
       [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</source>
        <translation>Aufruf: dermaview-cli severity manual --request FILE
        dermaview-cli severity local --request FILE --image IMAGE
        dermaview-cli severity global --request FILE --site SITE=IMAGE... [--scoring CODE]
        [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2).</source>
        <translation>%1: kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>a JSON array or value</source>
        <translation>ein JSON-Array oder -Wert</translation>
    </message>
    <message>
        <source>--site expects SITE=IMAGE, got &quot;%1&quot;.</source>
        <translation>--site erwartet SITE=IMAGE, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>The body site %1 is given twice.</source>
        <translation>Die Körperstelle %1 ist doppelt angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Name the scoring system with --scoring: the request names %n.</source>
        <translation>
            <numerusform>Nennen Sie das Bewertungssystem mit --scoring: die Anfrage nennt %n.</numerusform>
            <numerusform>Nennen Sie das Bewertungssystem mit --scoring: die Anfrage nennt %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewSnapshot</name>
    <message>
        <source>Report ID: %1 · Issued: %2</source>
        <translation>Berichts-ID: %1 · Ausgestellt: %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Cannot export %1: there is no view to export.</source>
        <translation>%1 kann nicht exportiert werden: Es gibt keine Ansicht zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>%1 kann nicht kodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>dv::cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli COMMAND [options] [--lang LANGUAGE]

Commands:
  inspect FILE [--json] [--qa]   review a saved API response
  analyze IMAGE... [--server URL --user USER --password-stdin]
          [--out FILE] [--json] [--qa]
                                 analyse 1-3 photos (default: the offline
                                 sandbox, not a medical device)
  report ID --server URL --api-token-stdin [--format raw|fhir|pdf]
          [--locale LOCALE] [-o FILE] [--json] [--qa]
                                 fetch a stored diagnostic report
  severity manual|local|global --request FILE [--image IMAGE]
          [--site SITE=IMAGE...] [--server URL ...] [--out FILE] [--json]
                                 run a severity assessment
  overlay --image IMG (--heatmap FILE | --response JSON --image-index I
          --rank K) [--mode blend|attention|contour] [--opacity A]
          [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png
                                 draw a heat map over a photo (image index
                                 from 0, rank from 1, as inspect --json)
  export --out FILE.pdf RESPONSE.json [--image IMG...]
          [--mode blend|attention|contour] [--qa]
                                 the window&apos;s PDF report of a saved
                                 response (photos in the response&apos;s order)
  history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json]
          [--qa] [--raw ID] [--db PATH]
                                 list the window&apos;s case history, or print
                                 one record&apos;s stored response

Preliminary — AI decision support, not a diagnosis.
</source>
        <translation>Aufruf: dermaview-cli COMMAND [options] [--lang LANGUAGE]

Befehle:
  inspect FILE [--json] [--qa]   eine gespeicherte API-Antwort prüfen
  analyze IMAGE... [--server URL --user USER --password-stdin]
          [--out FILE] [--json] [--qa]
                                 1-3 Fotos analysieren (Standard: die
                                 Offline-Sandbox, kein Medizinprodukt)
  report ID --server URL --api-token-stdin [--format raw|fhir|pdf]
          [--locale LOCALE] [-o FILE] [--json] [--qa]
                                 einen gespeicherten Diagnosebericht abrufen
  severity manual|local|global --request FILE [--image IMAGE]
          [--site SITE=IMAGE...] [--server URL ...] [--out FILE] [--json]
                                 eine Schweregradbewertung durchführen
  overlay --image IMG (--heatmap FILE | --response JSON --image-index I
          --rank K) [--mode blend|attention|contour] [--opacity A]
          [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png
                                 eine Heatmap über ein Foto legen (Bildindex
                                 ab 0, Rang ab 1, wie bei inspect --json)
  export --out FILE.pdf RESPONSE.json [--image IMG...]
          [--mode blend|attention|contour] [--qa]
                                 der PDF-Bericht des Fensters zu einer
                                 gespeicherten Antwort (Fotos in der
                                 Reihenfolge der Antwort)
  history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json]
          [--qa] [--raw ID] [--db PATH]
                                 den Fallverlauf des Fensters auflisten oder
                                 die gespeicherte Antwort eines Eintrags
                                 ausgeben

Vorläufig — KI-gestützte Entscheidungshilfe, keine Diagnose.
</translation>
    </message>
</context>
<context>
    <name>dv::credentials::SessionCredentials</name>
    <message>
        <source>No system keychain is available on this computer, so Dermaview cannot remember your password; enter it for this session.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar, daher kann sich Dermaview Ihr Passwort nicht merken; geben Sie es für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so Dermaview cannot remember your API token; enter it for this session.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar, daher kann sich Dermaview Ihr API-Token nicht merken; geben Sie es für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>No password is saved for this server profile; enter it. Dermaview keeps it in the system keychain once the server accepts it.</source>
        <translation>Für dieses Serverprofil ist kein Passwort gespeichert; geben Sie es ein. Dermaview speichert es im Schlüsselbund des Systems, sobald der Server es akzeptiert.</translation>
    </message>
    <message>
        <source>No API token is saved for this server profile; enter it. Dermaview keeps it in the system keychain once the server accepts it.</source>
        <translation>Für dieses Serverprofil ist kein API-Token gespeichert; geben Sie es ein. Dermaview speichert es im Schlüsselbund des Systems, sobald der Server es akzeptiert.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so Dermaview cannot use a saved password; enter it for this session.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert, daher kann Dermaview kein gespeichertes Passwort verwenden; geben Sie das Passwort für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so Dermaview cannot use a saved API token; enter it for this session.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert, daher kann Dermaview kein gespeichertes API-Token verwenden; geben Sie das API-Token für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>The system keychain could not be read, so Dermaview cannot use a saved password; enter it for this session.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden, daher kann Dermaview kein gespeichertes Passwort verwenden; geben Sie das Passwort für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>The system keychain could not be read, so Dermaview cannot use a saved API token; enter it for this session.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden, daher kann Dermaview kein gespeichertes API-Token verwenden; geben Sie das API-Token für diese Sitzung ein.</translation>
    </message>
</context>
<context>
    <name>dv::ui::AllConclusionsDialog</name>
    <message>
        <source>All conclusions</source>
        <translation>Alle Diagnosen</translation>
    </message>
    <message>
        <source>All conclusions (%1) — %2</source>
        <translation>Alle Diagnosen (%1) — %2</translation>
    </message>
    <message>
        <source>%1: every conclusion the service returned, sorted by probability. Probabilities are shown as sent.</source>
        <translation>%1: alle vom Dienst gelieferten Diagnosen, nach Wahrscheinlichkeit sortiert. Die Wahrscheinlichkeiten werden wie übermittelt angezeigt.</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>%1 von %2 angezeigt.</translation>
    </message>
</context>
<context>
    <name>dv::ui::Backend</name>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>Die Offline-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>dv::ui::BodySiteBox</name>
    <message>
        <source>Choose the body site</source>
        <translation>Körperstelle auswählen</translation>
    </message>
</context>
<context>
    <name>dv::ui::CaseDetailsForm</name>
    <message>
        <source>Pseudonym, e.g. PSO-0042</source>
        <translation>Pseudonym, z. B. PSO-0042</translation>
    </message>
    <message>
        <source>A pseudonymous reference that groups this patient&apos;s analyses in the history. Do not type names, dates of birth or record numbers: the history is stored on this computer.</source>
        <translation>Eine pseudonyme Referenz, die die Analysen dieser Patientin bzw. dieses Patienten im Verlauf zusammenfasst. Geben Sie keine Namen, Geburtsdaten oder Aktennummern ein: Der Verlauf wird auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Where the photos were taken; follow-up compares photos of the same body site.</source>
        <translation>Wo die Fotos aufgenommen wurden; die Verlaufskontrolle vergleicht Fotos derselben Körperstelle.</translation>
    </message>
    <message>
        <source>Keep photos in the history</source>
        <translation>Fotos im Verlauf aufbewahren</translation>
    </message>
    <message>
        <source>Stores a copy of each analysed photo beside the history file (readable by your user account only), for side-by-side follow-up. Off by default.</source>
        <translation>Speichert eine Kopie jedes analysierten Fotos neben der Verlaufsdatei (nur für Ihr Benutzerkonto lesbar), für die Verlaufskontrolle im direkten Vergleich. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Fallreferenz:</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Körperstelle:</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>The server has not said which body sites it knows, so none can be recorded.</source>
        <translation>Der Server hat nicht mitgeteilt, welche Körperstellen er kennt; daher kann keine erfasst werden.</translation>
    </message>
</context>
<context>
    <name>dv::ui::CasePanel</name>
    <message>
        <source>Photos of this case</source>
        <translation>Fotos dieses Falls</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Title…</source>
        <translation>&amp;Titel…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Hochladens</translation>
    </message>
    <message>
        <source>quality %1 (%2)</source>
        <translation>Qualität %1 (%2)</translation>
    </message>
    <message>
        <source>quality unknown</source>
        <translation>Qualität unbekannt</translation>
    </message>
    <message>
        <source>Valid — %1</source>
        <translation>Gültig — %1</translation>
    </message>
    <message>
        <source>NOT VALID — %1</source>
        <translation>NICHT GÜLTIG — %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — cannot be opened</source>
        <translation>%1 — kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Analyse %n photo(s)</source>
        <translation>
            <numerusform>%n Foto analysieren</numerusform>
            <numerusform>%n Fotos analysieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add one to three photos of the same lesion: drop them here, paste, or use Add photos (Ctrl+O).</source>
        <translation>Fügen Sie ein bis drei Fotos derselben Läsion hinzu: hier ablegen, einfügen oder Fotos hinzufügen (Strg+O).</translation>
    </message>
    <message numerus="yes">
        <source>%n more photo(s) may be added.</source>
        <translation>
            <numerusform>Es kann noch %n Foto hinzugefügt werden.</numerusform>
            <numerusform>Es können noch %n Fotos hinzugefügt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is full (three photos).</source>
        <translation>Der Fall ist voll (drei Fotos).</translation>
    </message>
    <message>
        <source>Photo title</source>
        <translation>Fototitel</translation>
    </message>
    <message>
        <source>Title for %1 (optional):</source>
        <translation>Titel für %1 (optional):</translation>
    </message>
    <message>
        <source>Waiting for the analysis…</source>
        <translation>Warten auf die Analyse…</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Hochladen… %p %</translation>
    </message>
</context>
<context>
    <name>dv::ui::CasePhotoLoader</name>
    <message>
        <source>%1 is larger than %2 MB and cannot be sent.</source>
        <translation>%1 ist größer als %2 MB und kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>dv::ui::CaseSession</name>
    <message>
        <source>The file holds a %1 response, which has no clinical result to show.</source>
        <translation>Die Datei enthält eine %1-Antwort, die kein klinisches Ergebnis zum Anzeigen hat.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ConclusionListModel</name>
    <message>
        <source>(unnamed condition)</source>
        <translation>(Erkrankung ohne Namen)</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>%1. %2, %3, ICD-11 %4</source>
        <translation>%1. %2, %3, ICD-11 %4</translation>
    </message>
    <message>
        <source>Select to show its heat map.</source>
        <translation>Auswählen, um die Heatmap anzuzeigen.</translation>
    </message>
    <message>
        <source>Probability: %1</source>
        <translation>Wahrscheinlichkeit: %1</translation>
    </message>
    <message>
        <source>Heat map available</source>
        <translation>Heatmap verfügbar</translation>
    </message>
</context>
<context>
    <name>dv::ui::ConnectionDialog</name>
    <message>
        <source>Server connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Use the offline &amp;sandbox</source>
        <translation>Offline-&amp;Sandbox verwenden</translation>
    </message>
    <message>
        <source>same as the clinical API</source>
        <translation>wie die klinische API</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Allow plain http:// to this server (unencrypted)</source>
        <translation>Unverschlüsseltes http:// zu diesem Server erlauben</translation>
    </message>
    <message>
        <source>optional: the clinic&apos;s CA certificate (PEM)</source>
        <translation>optional: das CA-Zertifikat der Klinik (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Clinical API URL:</source>
        <translation>URL der &amp;klinischen API:</translation>
    </message>
    <message>
        <source>&amp;Helper endpoints URL:</source>
        <translation>URL der &amp;Hilfsendpunkte:</translation>
    </message>
    <message>
        <source>&amp;Report endpoint URL:</source>
        <translation>URL des &amp;Berichtsendpunkts:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>Vertrauenswürdige &amp;CA:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>Diesen Server &amp;verwenden</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Vertrauenswürdiges CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete URL.</source>
        <translation>„%1“ ist keine vollständige URL.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Saved the profile %1.</source>
        <translation>Profil %1 gespeichert.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in, but the device information could not be read: %1</source>
        <translation>Angemeldet, aber die Geräteinformationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connected. Device: %1 %2 (%3).</source>
        <translation>Verbunden. Gerät: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>for stored reports; kept in the system keychain</source>
        <translation>für gespeicherte Berichte; wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>The X-API-TOKEN of the report service. Leave it empty to be asked when you first open a stored report.</source>
        <translation>Das X-API-TOKEN des Berichtsdienstes. Leer lassen, um beim ersten Öffnen eines gespeicherten Berichts danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>&amp;API token:</source>
        <translation>&amp;API-Token:</translation>
    </message>
    <message>
        <source>Deleted the profile %1, its saved password and API token.</source>
        <translation>Das Profil %1, sein gespeichertes Passwort und sein API-Token wurden gelöscht.</translation>
    </message>
    <message>
        <source>The report service accepted the API token.</source>
        <translation>Der Berichtsdienst hat das API-Token akzeptiert.</translation>
    </message>
    <message>
        <source>The API token could not be checked: %1</source>
        <translation>Das API-Token konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::DifferentialSection</name>
    <message>
        <source>%1: most likely conclusions</source>
        <translation>%1: wahrscheinlichste Diagnosen</translation>
    </message>
    <message>
        <source>Sorted by probability. Select a conclusion to show its heat map.</source>
        <translation>Nach Wahrscheinlichkeit sortiert. Eine Diagnose auswählen, um ihre Heatmap anzuzeigen.</translation>
    </message>
    <message>
        <source>The service returned no conclusions.</source>
        <translation>Der Dienst hat keine Diagnosen geliefert.</translation>
    </message>
    <message>
        <source>Show all %1 conclusions…</source>
        <translation>Alle %1 Diagnosen anzeigen…</translation>
    </message>
</context>
<context>
    <name>dv::ui::ExplainabilityGallery</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kept on the vendor&apos;s server, not downloaded:</source>
        <translation>Auf dem Server des Herstellers belassen, nicht heruntergeladen:</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Zum Vergrößern klicken</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Wird dekodiert…</translation>
    </message>
    <message>
        <source>This image could not be read: %1</source>
        <translation>Dieses Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>dv::ui::ExportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The result as a PDF report: photos, heat map, top 5, indicators, validity and scores</source>
        <translation>Das Ergebnis als PDF-Bericht: Fotos, Heatmap, Top 5, Indikatoren, Gültigkeit und Scores</translation>
    </message>
    <message>
        <source>Export &amp;view as PNG…</source>
        <translation>&amp;Ansicht als PNG exportieren…</translation>
    </message>
    <message>
        <source>The photo as shown, with its overlay and legend</source>
        <translation>Das Foto wie angezeigt, mit Überlagerung und Legende</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Ansicht als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>reopened from a saved response</source>
        <translation>aus einer gespeicherten Antwort wieder geöffnet</translation>
    </message>
    <message>
        <source>embedded sandbox — not a medical device</source>
        <translation>eingebettete Sandbox — kein Medizinprodukt</translation>
    </message>
    <message>
        <source>Exported the PDF report to %1.</source>
        <translation>PDF-Bericht nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported the view to %1.</source>
        <translation>Ansicht nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>dv::ui::FollowUpView</name>
    <message>
        <source>Case reference</source>
        <translation>Fallreferenz</translation>
    </message>
    <message>
        <source>Choose a case</source>
        <translation>Fall auswählen</translation>
    </message>
    <message>
        <source>Scoring system</source>
        <translation>Bewertungssystem</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Earlier photo</source>
        <translation>Früheres Foto</translation>
    </message>
    <message>
        <source>Later photo</source>
        <translation>Späteres Foto</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Fall:</translation>
    </message>
    <message>
        <source>Scoring system:</source>
        <translation>Bewertungssystem:</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Körperstelle:</translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Fotos vergleichen</translation>
    </message>
    <message>
        <source>(no body site given)</source>
        <translation>(keine Körperstelle angegeben)</translation>
    </message>
    <message>
        <source>Choose a case to follow its severity scores over time.</source>
        <translation>Wählen Sie einen Fall aus, um seine Schweregrad-Scores im Zeitverlauf zu verfolgen.</translation>
    </message>
    <message>
        <source>No severity score has been recorded for this case yet.</source>
        <translation>Für diesen Fall wurde noch kein Schweregrad-Score aufgezeichnet.</translation>
    </message>
    <message>
        <source>No photos were kept for this case. Tick &quot;Keep photos in the history&quot; in the case panel to compare a body site across visits.</source>
        <translation>Für diesen Fall wurden keine Fotos aufbewahrt. Aktivieren Sie „Fotos im Verlauf aufbewahren“ im Fallbereich, um eine Körperstelle über mehrere Besuche hinweg zu vergleichen.</translation>
    </message>
    <message>
        <source>Only one visit with a kept photo of this body site so far.</source>
        <translation>Bisher nur ein Besuch mit einem aufbewahrten Foto dieser Körperstelle.</translation>
    </message>
    <message>
        <source>The kept photo cannot be read.</source>
        <translation>Das aufbewahrte Foto kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>dv::ui::HistoryPanel</name>
    <message>
        <source>Case history</source>
        <translation>Fallverlauf</translation>
    </message>
    <message>
        <source>Search case reference, report id, conclusion, body site…</source>
        <translation>Fallreferenz, Berichts-ID, Diagnose, Körperstelle suchen…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Ausgestellt ab</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Ausgestellt bis</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Top conclusion</source>
        <translation>Top-Diagnose</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Show the stored response in the window, exactly as received.</source>
        <translation>Die gespeicherte Antwort im Fenster anzeigen, genau wie empfangen.</translation>
    </message>
    <message>
        <source>&amp;Follow-up of this case</source>
        <translation>&amp;Verlaufskontrolle dieses Falls</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Verlaufskontrolle</translation>
    </message>
    <message>
        <source>Results recorded on this computer. Withheld results are not recorded outside QA mode. Preliminary — AI decision support, not a diagnosis.</source>
        <translation>Auf diesem Computer aufgezeichnete Ergebnisse. Zurückgehaltene Ergebnisse werden außerhalb des QA-Modus nicht aufgezeichnet. Vorläufig — KI-gestützte Entscheidungshilfe, keine Diagnose.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Severity assessment</source>
        <translation>Schweregradbewertung</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Gespeicherter Bericht</translation>
    </message>
    <message>
        <source>(QA mode)</source>
        <translation>(QA-Modus)</translation>
    </message>
    <message>
        <source>Revealed by QA mode — NOT FOR CLINICAL USE</source>
        <translation>Im QA-Modus angezeigt — NICHT FÜR DEN KLINISCHEN GEBRAUCH</translation>
    </message>
    <message>
        <source>No recorded results match.</source>
        <translation>Keine passenden aufgezeichneten Ergebnisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>the history record of %1 (%2, case %3)</source>
        <translation>der Verlaufseintrag (%1, %2, Fall %3)</translation>
    </message>
</context>
<context>
    <name>dv::ui::HistoryRecorder</name>
    <message>
        <source>The result was not saved in the history: %1</source>
        <translation>Das Ergebnis wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::ImageReviewPanel</name>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Körperstelle %1</translation>
    </message>
    <message>
        <source>This analysis has no image %1.</source>
        <translation>Diese Analyse enthält kein Bild %1.</translation>
    </message>
    <message>
        <source>Valid for clinical use</source>
        <translation>Gültig für die klinische Verwendung</translation>
    </message>
    <message>
        <source>Not valid: results withheld</source>
        <translation>Nicht gültig: Ergebnisse zurückgehalten</translation>
    </message>
    <message>
        <source>Image quality and validity</source>
        <translation>Bildqualität und Gültigkeit</translation>
    </message>
    <message>
        <source>Retake the photo</source>
        <translation>Foto neu aufnehmen</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Differential diagnosis</source>
        <translation>Differentialdiagnose</translation>
    </message>
    <message>
        <source>Heat maps: %1. Select a conclusion to show its heat map on the photo.</source>
        <translation>Heatmaps: %1. Eine Diagnose auswählen, um ihre Heatmap auf dem Foto anzuzeigen.</translation>
    </message>
    <message>
        <source>Contribution to the global severity score: %1</source>
        <translation>Beitrag zum globalen Schweregrad-Score: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::IndicatorGauges</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Risikoindikatoren</translation>
    </message>
    <message>
        <source>Reliability of this result</source>
        <translation>Verlässlichkeit dieses Ergebnisses</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Unsicherheit (Entropie)</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Sensitivität:</translation>
    </message>
    <message>
        <source>Specificity:</source>
        <translation>Spezifität:</translation>
    </message>
    <message>
        <source>⚑ %1</source>
        <extracomment>A flag raised by the review, e.g. &quot;⚑ High uncertainty (entropy 77.2 of 100): …&quot;</extracomment>
        <translation>⚑ %1</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>Add skin photos with File ▸ Add photos… (Ctrl+O), or drop them here.</source>
        <translation>Fügen Sie Hautfotos über Datei ▸ Fotos hinzufügen… (Strg+O) hinzu oder legen Sie sie hier ab.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sandbox — not a medical device</source>
        <translation>Sandbox — kein Medizinprodukt</translation>
    </message>
    <message>
        <source>Results come from Dermaview&apos;s offline sandbox, computed from simple image measurements. They are for demonstration only.</source>
        <translation>Die Ergebnisse stammen aus der Offline-Sandbox von Dermaview und werden aus einfachen Bildmessungen berechnet. Sie dienen nur der Vorführung.</translation>
    </message>
    <message>
        <source>QA MODE — NOT FOR CLINICAL USE</source>
        <translation>QA-MODUS — NICHT FÜR DEN KLINISCHEN GEBRAUCH</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Fotos &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>Foto &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Open saved response…</source>
        <translation>Gespeicherte Antwort ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save raw response…</source>
        <translation>Rohantwort &amp;speichern…</translation>
    </message>
    <message>
        <source>Server &amp;connection…</source>
        <translation>Server&amp;verbindung…</translation>
    </message>
    <message>
        <source>&amp;QA mode (not for clinical use)</source>
        <translation>&amp;QA-Modus (nicht für den klinischen Gebrauch)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dermaview — Sandbox, not a medical device</source>
        <translation>Dermaview — Sandbox, kein Medizinprodukt</translation>
    </message>
    <message>
        <source>Dermaview — %1</source>
        <translation>Dermaview — %1</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>%1 was not added: a case holds at most three photos. Remove one first.</source>
        <translation>%1 wurde nicht hinzugefügt: Ein Fall enthält höchstens drei Fotos. Entfernen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>A case holds at most three photos. Remove one first.</source>
        <translation>Ein Fall enthält höchstens drei Fotos. Entfernen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>No AI service is connected.</source>
        <translation>Es ist kein KI-Dienst verbunden.</translation>
    </message>
    <message>
        <source>Open saved response</source>
        <translation>Gespeicherte Antwort öffnen</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Showing the saved response %1.</source>
        <translation>Angezeigt wird die gespeicherte Antwort %1.</translation>
    </message>
    <message>
        <source>Save raw response</source>
        <translation>Rohantwort speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>there is no response</source>
        <translation>es gibt keine Antwort</translation>
    </message>
    <message>
        <source>Saved the raw response to %1.</source>
        <translation>Rohantwort in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Enable QA mode?</source>
        <translation>QA-Modus aktivieren?</translation>
    </message>
    <message>
        <source>QA mode shows outputs the AI service marked invalid, for checking the model. They are watermarked NOT FOR CLINICAL USE and must not inform patient care.

Enable QA mode?</source>
        <translation>Der QA-Modus zeigt Ergebnisse, die der KI-Dienst als ungültig markiert hat, zur Prüfung des Modells. Sie tragen die Kennzeichnung NICHT FÜR DEN KLINISCHEN GEBRAUCH und dürfen die Patientenversorgung nicht beeinflussen.

QA-Modus aktivieren?</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>%1 — not valid</source>
        <translation>%1 — nicht gültig</translation>
    </message>
    <message>
        <source>A reopened response has no photo to draw its heat maps on.</source>
        <translation>Eine wieder geöffnete Antwort hat kein Foto, auf dem ihre Heatmaps gezeichnet werden könnten.</translation>
    </message>
    <message>
        <source>%1: the response carries no heat map.</source>
        <translation>%1: die Antwort enthält keine Heatmap.</translation>
    </message>
    <message>
        <source>%1: the heat map cannot be shown: %2</source>
        <translation>%1: die Heatmap kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Heat map: %1</source>
        <translation>Heatmap: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show or hide the heat map</source>
        <translation>Heatmap ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Side by side: the photo alone beside the overlay</source>
        <translation>Nebeneinander: das Foto allein neben der Überlagerung</translation>
    </message>
    <message>
        <source>Wheel, + / −</source>
        <translation>Mausrad, + / −</translation>
    </message>
    <message>
        <source>Zoom the photo</source>
        <translation>Foto zoomen</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Foto in das Fenster einpassen</translation>
    </message>
    <message>
        <source>Actual size (one photo pixel per screen pixel)</source>
        <translation>Originalgröße (ein Fotopixel pro Bildschirmpixel)</translation>
    </message>
    <message>
        <source>Drag, arrow keys</source>
        <translation>Ziehen, Pfeiltasten</translation>
    </message>
    <message>
        <source>Pan the zoomed photo</source>
        <translation>Das gezoomte Foto verschieben</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Raw &amp;JSON of the response (QA)…</source>
        <translation>Roh-&amp;JSON der Antwort (QA)…</translation>
    </message>
    <message>
        <source>Raw response — NOT FOR CLINICAL USE</source>
        <translation>Rohantwort — NICHT FÜR DEN KLINISCHEN GEBRAUCH</translation>
    </message>
    <message>
        <source>Preview — loading the full resolution…</source>
        <translation>Vorschau — volle Auflösung wird geladen…</translation>
    </message>
    <message>
        <source>Open stored &amp;report…</source>
        <translation>Gespeicherten Be&amp;richt öffnen…</translation>
    </message>
    <message>
        <source>&amp;Severity assessment…</source>
        <translation>&amp;Schweregradbewertung…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Angezeigt wird %1.</translation>
    </message>
    <message>
        <source>This response holds output withheld because an image is not valid; it can be saved in QA mode only.</source>
        <translation>Diese Antwort enthält zurückgehaltene Ergebnisse, weil ein Bild nicht gültig ist; sie kann nur im QA-Modus gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save %1: the response holds output withheld because an image is not valid; it can be saved in QA mode only.</source>
        <translation>%1 kann nicht gespeichert werden: Die Antwort enthält zurückgehaltene Ergebnisse, weil ein Bild nicht gültig ist; sie kann nur im QA-Modus gespeichert werden.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>dv::ui::MediaValidityView</name>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>Image quality:</source>
        <translation>Bildqualität:</translation>
    </message>
    <message>
        <source>Service&apos;s interpretation:</source>
        <translation>Bewertung des Dienstes:</translation>
    </message>
    <message>
        <source>Quality acceptable:</source>
        <translation>Qualität ausreichend:</translation>
    </message>
    <message>
        <source>%1 (AI confidence %2)</source>
        <translation>%1 (KI-Konfidenz %2)</translation>
    </message>
    <message>
        <source>Shows skin:</source>
        <translation>Zeigt Haut:</translation>
    </message>
    <message>
        <source>%1 (clinical photo %2, dermoscopic %3)</source>
        <translation>%1 (klinisches Foto %2, dermatoskopisch %3)</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalität:</translation>
    </message>
    <message>
        <source>Valid (isValid):</source>
        <translation>Gültig (isValid):</translation>
    </message>
</context>
<context>
    <name>dv::ui::OverlayViewer</name>
    <message>
        <source>Photo without overlay</source>
        <translation>Foto ohne Überlagerung</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>Über&amp;lagerung</translation>
    </message>
    <message>
        <source>Show the heat map of the selected conclusion (O)</source>
        <translation>Die Heatmap der ausgewählten Schlussfolgerung anzeigen (O)</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Überblendung</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>Overlay mode</source>
        <translation>Überlagerungsmodus</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>The photo alone beside the overlay, zoom and pan in step (S)</source>
        <translation>Das Foto allein neben der Überlagerung, Zoom und Verschieben synchron (S)</translation>
    </message>
</context>
<context>
    <name>dv::ui::PhotoCanvas</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, 0 to fit, 1 for actual size, drag or arrow keys to pan.</source>
        <translation>Mausrad oder +/− zum Zoomen, 0 zum Einpassen, 1 für Originalgröße, Ziehen oder Pfeiltasten zum Verschieben.</translation>
    </message>
</context>
<context>
    <name>dv::ui::QaWatermark</name>
    <message>
        <source>%1 — withheld content revealed for QA. The service did not allow clinical use of what follows.</source>
        <translation>%1 — zurückgehaltene Inhalte für die QA angezeigt. Der Dienst hat das Folgende nicht für die klinische Verwendung freigegeben.</translation>
    </message>
</context>
<context>
    <name>dv::ui::QuestionnaireForm</name>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The accepted range of a questionnaire item, e.g. &quot;0–3&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <source>%1 (decimals allowed)</source>
        <translation>%1 (Dezimalzahlen erlaubt)</translation>
    </message>
    <message>
        <source>This scoring system asks no questions.</source>
        <translation>Dieses Bewertungssystem stellt keine Fragen.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ReportContextSection</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Pathology:</source>
        <translation>Pathologie:</translation>
    </message>
    <message>
        <source>Withheld with the combined result: not every photo is valid.</source>
        <translation>Mit dem kombinierten Ergebnis zurückgehalten: Nicht alle Fotos sind gültig.</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Körperstelle:</translation>
    </message>
    <message>
        <source>Anamnesis</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <source>The report holds no anamnesis.</source>
        <translation>Der Bericht enthält keine Anamnese.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ReportDialog</name>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Stored report — QA mode, not for clinical use</source>
        <translation>Gespeicherter Bericht — QA-Modus, nicht für den klinischen Gebrauch</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Gespeicherter Bericht</translation>
    </message>
    <message>
        <source>Report identifier</source>
        <translation>Berichtskennung</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>F&amp;etch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>Download &amp;PDF…</source>
        <translation>&amp;PDF herunterladen…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>&amp;JSON speichern…</translation>
    </message>
    <message>
        <source>%1
Still shown: report %2.</source>
        <translation>%1
Weiterhin angezeigt: Bericht %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Fetched (%1, %2).</source>
        <translation>Abgerufen (%1, %2).</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>%1 geöffnet (%2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>PDF wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Open a saved report</source>
        <translation>Gespeicherten Bericht öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the report&apos;s PDF</source>
        <translation>PDF des Berichts speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report&apos;s JSON</source>
        <translation>JSON des Berichts speichern</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Reading the API token…</source>
        <translation>API-Token wird gelesen…</translation>
    </message>
    <message>
        <source>Not requested: the report service needs an API token.</source>
        <translation>Nicht angefordert: Der Berichtsdienst benötigt ein API-Token.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ReportHeader</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>%1 — QA mode: withheld results are revealed for model QA.</source>
        <translation>%1 — QA-Modus: zurückgehaltene Ergebnisse werden für die Modell-QA angezeigt.</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>without identifier</source>
        <translation>ohne Kennung</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>ausgestellt %1</translation>
    </message>
    <message>
        <source>analysis took %1 s</source>
        <translation>Analysedauer %1 s</translation>
    </message>
</context>
<context>
    <name>dv::ui::ResultPanel</name>
    <message>
        <source>Analyse photos to see the combined result of the analysis here.</source>
        <translation>Analysieren Sie Fotos, um hier das kombinierte Ergebnis der Analyse zu sehen.</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Kombiniertes Ergebnis</translation>
    </message>
    <message>
        <source>Notes on this response</source>
        <translation>Hinweise zu dieser Antwort</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>The combined result is withheld and not shown.</source>
        <translation>Das kombinierte Ergebnis wird zurückgehalten und nicht angezeigt.</translation>
    </message>
    <message>
        <source>Re-analyse the valid images only</source>
        <translation>Nur die gültigen Bilder erneut analysieren</translation>
    </message>
    <message>
        <source>Sends the valid images again (%1 of %2), without the others.</source>
        <translation>Sendet die gültigen Bilder (%1 von %2) erneut, ohne die anderen.</translation>
    </message>
    <message>
        <source>No image is valid: retake the photos, then analyse again.</source>
        <translation>Kein Bild ist gültig: Fotos neu aufnehmen, dann erneut analysieren.</translation>
    </message>
    <message>
        <source>Differential diagnosis</source>
        <translation>Differentialdiagnose</translation>
    </message>
</context>
<context>
    <name>dv::ui::ScoreSection</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A severity band&apos;s bounds as published, e.g. &quot;2–5&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>AI confidence %1</source>
        <translation>KI-Konfidenz %1</translation>
    </message>
    <message>
        <source>presence probability %1</source>
        <translation>Vorliegenswahrscheinlichkeit %1</translation>
    </message>
    <message>
        <source>%1 of the body surface</source>
        <translation>%1 der Körperoberfläche</translation>
    </message>
    <message>
        <source>%1 wheals counted</source>
        <translation>%1 Quaddeln gezählt</translation>
    </message>
    <message>
        <source>acne density %1</source>
        <translation>Aknedichte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A detail the service sent under a name the viewer does not know: &quot;name: value&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A scoring system&apos;s name and its code, e.g. &quot;Dermatology Life Quality Index (dlqi)&quot;
----------
A facet&apos;s text and its raw value: &quot;Moderate (2)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Intensity %1 of 3</source>
        <extracomment>The score&apos;s intensity on the service&apos;s 0–3 scale.</extracomment>
        <translation>Intensität %1 von 3</translation>
    </message>
    <message>
        <source>Severity level %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One severity band on the band bar: &quot;0–1 No effect&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation>Schweregradstufen</translation>
    </message>
    <message>
        <source>The score %1 lies outside the published bands.</source>
        <translation>Der Score %1 liegt außerhalb der veröffentlichten Stufen.</translation>
    </message>
    <message>
        <source>The score %1 lies in the band “%2” (%3).</source>
        <translation>Der Score %1 liegt in der Stufe „%2“ (%3).</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetten</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Masks and detection boxes the service returned with a score.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n Maske</numerusform>
            <numerusform>%n Masken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s)</source>
        <translation>
            <numerusform>%n Detektion</numerusform>
            <numerusform>%n Detektionen</numerusform>
        </translation>
    </message>
    <message>
        <source>This score is withheld.</source>
        <translation>Dieser Score wird zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ScreenshotRun</name>
    <message>
        <source>No result within %1 seconds.</source>
        <translation>Kein Ergebnis innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityDialog</name>
    <message>
        <source>questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>automatic, one photo</source>
        <translation>automatisch, ein Foto</translation>
    </message>
    <message>
        <source>automatic, one photo per body site</source>
        <translation>automatisch, ein Foto pro Körperstelle</translation>
    </message>
    <message>
        <source>Required: please fill this in.</source>
        <translation>Pflichtfeld: Bitte ausfüllen.</translation>
    </message>
    <message>
        <source>The service did not accept this value.</source>
        <translation>Der Dienst hat diesen Wert nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Severity assessment</source>
        <translation>Schweregradbewertung</translation>
    </message>
    <message>
        <source>Loading scoring systems…</source>
        <translation>Bewertungssysteme werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Scoring system:</source>
        <translation>&amp;Bewertungssystem:</translation>
    </message>
    <message>
        <source>%1, %2 in the current differential</source>
        <extracomment>Tooltip of a differential entry offered as the known condition.</extracomment>
        <translation>%1, %2 in der aktuellen Differentialdiagnose</translation>
    </message>
    <message>
        <source>Type the condition, e.g. psoriasis</source>
        <translation>Erkrankung eingeben, z. B. Psoriasis</translation>
    </message>
    <message>
        <source>Pick from the differential or type</source>
        <translation>Aus der Differentialdiagnose wählen oder eingeben</translation>
    </message>
    <message>
        <source>Known &amp;condition:</source>
        <translation>Bekannte &amp;Erkrankung:</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>&amp;Körperstelle:</translation>
    </message>
    <message>
        <source>The case has no photo. Add one in the main window to assess it automatically.</source>
        <translation>Der Fall enthält kein Foto. Fügen Sie im Hauptfenster eines hinzu, um ihn automatisch zu bewerten.</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Photos by body site</source>
        <translation>Fotos nach Körperstelle</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>Be&amp;werten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The scoring systems could not be fetched: %1</source>
        <translation>Die Bewertungssysteme konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A scoring system in the chooser: &quot;Dermatology Life Quality Index — questionnaire&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a scoring system</source>
        <translation>Bewertungssystem auswählen</translation>
    </message>
    <message>
        <source>Drop one photo on each body site (or use Choose…). Sites without a photo are left out.</source>
        <translation>Legen Sie auf jeder Körperstelle ein Foto ab (oder verwenden Sie „Auswählen…“). Stellen ohne Foto werden ausgelassen.</translation>
    </message>
    <message>
        <source>The service does not say which body sites this scoring system needs: every catalogue site is offered. Sites without a photo are left out.</source>
        <translation>Der Dienst gibt nicht an, welche Körperstellen dieses Bewertungssystem benötigt: Alle Stellen des Katalogs werden angeboten. Stellen ohne Foto werden ausgelassen.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting for the service…</source>
        <translation>Warten auf den Dienst…</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Hochladen… %p %</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: press Assess to send it again.</source>
        <translation>Abgebrochen. Es ging nichts verloren: Klicken Sie auf „Bewerten“, um erneut zu senden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A rejected field the form has no place for: &quot;scoringSystem.x: message&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The service did not accept %n value(s); see the marked field(s). Your entries are kept.</source>
        <translation>
            <numerusform>Der Dienst hat %n Wert nicht akzeptiert; siehe das markierte Feld. Ihre Eingaben bleiben erhalten.</numerusform>
            <numerusform>Der Dienst hat %n Werte nicht akzeptiert; siehe die markierten Felder. Ihre Eingaben bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service did not accept the request.</source>
        <translation>Der Dienst hat die Anfrage nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityPhotoView</name>
    <message>
        <source>Show masks and boxes</source>
        <translation>Masken und Rahmen anzeigen</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Tint</source>
        <translation>Einfärben</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>Mask:</source>
        <translation>Maske:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Magenta: the mask “%1”.</source>
        <translation>Magenta: die Maske „%1“.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Yellow boxes: %n detection(s) (%1).</source>
        <translation>
            <numerusform>Gelbe Rahmen: %n Detektion (%1).</numerusform>
            <numerusform>Gelbe Rahmen: %n Detektionen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask “%1” cannot be drawn: %2</source>
        <translation>Die Maske „%1“ kann nicht gezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityResultPane</name>
    <message>
        <source>The score appears here after the assessment. Choose a scoring system, answer its items and press Assess.</source>
        <translation>Der Score erscheint hier nach der Bewertung. Wählen Sie ein Bewertungssystem, beantworten Sie seine Items und klicken Sie auf „Bewerten“.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Each body site&apos;s validity and contribution is shown on its photo.</source>
        <translation>Gültigkeit und Beitrag jeder Körperstelle werden auf ihrem Foto angezeigt.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SiteSlot</name>
    <message>
        <source>Drop a photo here</source>
        <translation>Foto hier ablegen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the photo of %1</source>
        <translation>Foto für %1 auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>Diese Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Nicht gültig</translation>
    </message>
    <message>
        <source>Image quality %1 (%2)</source>
        <translation>Bildqualität %1 (%2)</translation>
    </message>
    <message>
        <source>Contribution to the global score: %1</source>
        <translation>Beitrag zum Gesamtscore: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::StoredReportView</name>
    <message>
        <source>Fetch a report by its identifier or open a saved report file to see it here.</source>
        <translation>Rufen Sie einen Bericht über seine Kennung ab oder öffnen Sie eine gespeicherte Berichtsdatei, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Kein Bericht</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Image %1 (not valid)</source>
        <translation>Bild %1 (nicht gültig)</translation>
    </message>
    <message>
        <source>Scoring systems (%1)</source>
        <translation>Bewertungssysteme (%1)</translation>
    </message>
    <message>
        <source>Explainability media</source>
        <translation>Erklärbarkeitsmedien</translation>
    </message>
    <message>
        <source>What the model attended to for each scoring system. A stored report carries no photo to lay them over, so they are shown as sent.</source>
        <translation>Worauf das Modell bei jedem Bewertungssystem geachtet hat. Ein gespeicherter Bericht enthält kein Foto, über das sie gelegt werden könnten; daher werden sie wie übermittelt angezeigt.</translation>
    </message>
    <message>
        <source>Explainability (%1)</source>
        <translation>Erklärbarkeit (%1)</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Zum Vergrößern klicken</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Downloading the photo…</source>
        <translation>Foto wird heruntergeladen…</translation>
    </message>
    <message>
        <source>The photo could not be shown: %1</source>
        <translation>Das Foto konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
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
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Analyse the photos, save the window to FILE (PNG) and exit.</source>
        <translation>Die Fotos analysieren, das Fenster in FILE (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, at least 320x240.</source>
        <translation>--size erwartet BREITExHÖHE, mindestens 320x240.</translation>
    </message>
</context>
</TS>
