<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AllConclusionsDialog</name>
    <message>
        <source>All conclusions</source>
        <translation>Tous les diagnostics</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>ICD-11 code or name</source>
        <translation>Code CIM-11 ou nom</translation>
    </message>
    <message>
        <source>Filter conclusions by ICD-11 code or name</source>
        <translation>Filtrer les diagnostics par code CIM-11 ou nom</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>One to three skin photos.</source>
        <translation>Une à trois photos de peau.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli analyze IMAGE [IMAGE [IMAGE]] [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</source>
        <translation>Utilisation&#xa0;: dermaview-cli analyze IMAGE [IMAGE [IMAGE]] [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>the answer is not a PDF</source>
        <translation>la réponse n&apos;est pas un PDF</translation>
    </message>
    <message>
        <source>The AI service could not be reached (%1). Check the network connection, then try again.</source>
        <translation>Impossible de joindre le service d&apos;IA (%1). Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The AI service did not answer in time. Try again; if it keeps happening, the service may be overloaded.</source>
        <translation>Le service d&apos;IA n&apos;a pas répondu à temps. Réessayez&#xa0;; si le problème persiste, le service est peut-être surchargé.</translation>
    </message>
    <message>
        <source>The report service did not accept the API token (X-API-TOKEN). Check it in the connection settings.</source>
        <translation>Le service de rapports n&apos;a pas accepté le jeton d&apos;API (X-API-TOKEN). Vérifiez-le dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The AI service did not accept the user name or password. Check them in the connection settings.</source>
        <translation>Le service d&apos;IA n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The AI service rejected the request: %1</source>
        <translation>Le service d&apos;IA a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The AI service is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le service d&apos;IA est occupé. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le service d&apos;IA est occupé. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The AI service is busy. Try again in a moment.</source>
        <translation>Le service d&apos;IA est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The AI service reported a problem of its own (HTTP %1). Try again later; nothing you entered is lost.</source>
        <translation>Le service d&apos;IA a signalé un problème de son côté (HTTP %1). Réessayez plus tard&#xa0;; rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The AI service sent an answer Dermaview cannot read (%1), so nothing from it is shown.</source>
        <translation>Le service d&apos;IA a envoyé une réponse que Dermaview ne peut pas lire (%1)&#xa0;; rien n&apos;en est donc affiché.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1). Dermaview does not send data to a server it cannot verify.</source>
        <translation>La connexion sécurisée n&apos;a pas pu être vérifiée (%1). Dermaview n&apos;envoie pas de données à un serveur qu&apos;il ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>%1 is not on this computer and does not use https. Dermaview does not send patient images over an unencrypted connection unless you allow it in the connection settings.</source>
        <translation>%1 ne se trouve pas sur cet ordinateur et n&apos;utilise pas https. Dermaview n&apos;envoie pas d&apos;images de patients par une connexion non chiffrée, sauf si vous l&apos;autorisez dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Opération annulée.</translation>
    </message>
    <message>
        <source>The AI service has no such record (%1). Check the identifier.</source>
        <translation>Le service d&apos;IA n&apos;a pas cet enregistrement (%1). Vérifiez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>the answer is not an image</source>
        <translation>la réponse n&apos;est pas une image</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1&#xa0;Mo</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mauvaise</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Médiocre</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellente</translation>
    </message>
    <message>
        <source>Very low uncertainty</source>
        <translation>Incertitude très faible</translation>
    </message>
    <message>
        <source>Low uncertainty</source>
        <translation>Incertitude faible</translation>
    </message>
    <message>
        <source>Moderate uncertainty</source>
        <translation>Incertitude modérée</translation>
    </message>
    <message>
        <source>High uncertainty</source>
        <translation>Incertitude élevée</translation>
    </message>
    <message>
        <source>Very high uncertainty</source>
        <translation>Incertitude très élevée</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevée</translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>Nothing is saved in the system keychain for this server profile.</source>
        <translation>Rien n&apos;est enregistré dans le trousseau du système pour ce profil de serveur.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (no Secret Service or KWallet is running), so Dermaview cannot remember passwords or API tokens and asks for them each session.</source>
        <translation>Aucun trousseau du système n&apos;est disponible sur cet ordinateur (ni Secret Service ni KWallet n&apos;est en cours d&apos;exécution)&#xa0;; Dermaview ne peut donc pas mémoriser les mots de passe ni les jetons d&apos;API et les demande à chaque session.</translation>
    </message>
    <message>
        <source>The system keychain refused Dermaview access (it may be locked, or access was declined).</source>
        <translation>Le trousseau du système a refusé l&apos;accès à Dermaview (il est peut-être verrouillé, ou l&apos;accès n&apos;a pas été autorisé).</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Le trousseau du système a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>DecodeLimits</name>
    <message>
        <source>The image declares no pixels (%1 × %2).</source>
        <translation>L&apos;image ne déclare aucun pixel (%1 × %2).</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels (%3 megapixels); at most %4 megapixels can be opened. The file may be damaged or deliberately malformed.</source>
        <translation>L&apos;image déclare %1 × %2 pixels (%3 mégapixels)&#xa0;; au plus %4 mégapixels peuvent être ouverts. Le fichier est peut-être endommagé ou délibérément malformé.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: dermaview-cli export --out FILE.pdf RESPONSE.json [--image IMG ...] [--mode blend|attention|contour] [--qa]</source>
        <translation>Utilisation&#xa0;: dermaview-cli export --out FILE.pdf RESPONSE.json [--image IMG ...] [--mode blend|attention|contour] [--qa]</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Le PDF à écrire.</translation>
    </message>
    <message>
        <source>A photo of the response, in the response&apos;s image order (repeat for each).</source>
        <translation>Une photo de la réponse, dans l&apos;ordre des images de la réponse (à répéter pour chacune).</translation>
    </message>
    <message>
        <source>Heat-map overlay: blend (default), attention or contour.</source>
        <translation>Superposition de la carte de chaleur&#xa0;: blend (par défaut), attention ou contour.</translation>
    </message>
    <message>
        <source>QA mode: include withheld outputs, every page watermarked NOT FOR CLINICAL USE.</source>
        <translation>Mode QA&#xa0;: inclure les résultats masqués, chaque page portant le filigrane NE PAS UTILISER EN CLINIQUE.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;.</source>
        <translation>Mode «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>%1: a %2 response carries no result to export.</source>
        <translation>%1&#xa0;: une réponse %2 ne contient aucun résultat à exporter.</translation>
    </message>
    <message>
        <source>saved response %1</source>
        <translation>réponse enregistrée %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n image(s), but %2 photo(s) were given; give one --image per image, in the response&apos;s order, or none.</source>
        <translation>
            <numerusform>%1 contient %n image, mais le nombre de photos fournies est de %2&#xa0;; indiquez un --image par image, dans l&apos;ordre de la réponse, ou aucun.</numerusform>
            <numerusform>%1 contient %n images, mais le nombre de photos fournies est de %2&#xa0;; indiquez un --image par image, dans l&apos;ordre de la réponse, ou aucun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportPhotos</name>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>contour</source>
        <translation>contour</translation>
    </message>
    <message>
        <source>blend</source>
        <translation>fondu</translation>
    </message>
    <message>
        <source>No heat map: this image&apos;s clinical output is withheld (not valid).</source>
        <translation>Aucune carte de chaleur&#xa0;: le résultat clinique de cette image est masqué (non valide).</translation>
    </message>
    <message>
        <source>No heat map: the response has none for this image.</source>
        <translation>Aucune carte de chaleur&#xa0;: la réponse n&apos;en contient pas pour cette image.</translation>
    </message>
    <message>
        <source>No heat map: the response carries none for %1.</source>
        <translation>Aucune carte de chaleur&#xa0;: la réponse n&apos;en contient pas pour %1.</translation>
    </message>
    <message>
        <source>The heat map of %1 cannot be drawn: %2</source>
        <translation>La carte de chaleur de %1 ne peut pas être dessinée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The heat map of %1 cannot be drawn: not enough memory.</source>
        <translation>La carte de chaleur de %1 ne peut pas être dessinée&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Heat map of %1 — %2, opacity %3 %</source>
        <translation>Carte de chaleur de %1 — %2, opacité %3&#xa0;%</translation>
    </message>
</context>
<context>
    <name>HeatMapDecoding</name>
    <message>
        <source>The overlay image is a %1 file; only JPEG and PNG are expected.</source>
        <translation>L&apos;image superposée est un fichier %1&#xa0;; seuls JPEG et PNG sont attendus.</translation>
    </message>
    <message>
        <source>The overlay carries no image data.</source>
        <translation>La superposition ne contient aucune donnée d&apos;image.</translation>
    </message>
    <message>
        <source>The overlay&apos;s base64 data is corrupt.</source>
        <translation>Les données base64 de la superposition sont corrompues.</translation>
    </message>
    <message>
        <source>The overlay declares %1 × %2 pixels but contains %3 × %4; it is scaled to the photo all the same.</source>
        <translation>La superposition déclare %1 × %2 pixels mais en contient %3 × %4&#xa0;; elle est tout de même mise à l&apos;échelle de la photo.</translation>
    </message>
    <message numerus="yes">
        <source>The overlay declares the colour model &quot;%1&quot; but is stored with %n channel(s).</source>
        <translation>
            <numerusform>La superposition déclare le modèle de couleur «&#xa0;%1&#xa0;» mais est enregistrée avec %n canal.</numerusform>
            <numerusform>La superposition déclare le modèle de couleur «&#xa0;%1&#xa0;» mais est enregistrée avec %n canaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>The overlay declares the type &quot;%1&quot; but is a %2 image.</source>
        <translation>La superposition déclare le type «&#xa0;%1&#xa0;» mais est une image %2.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Only the records of this case reference.</source>
        <translation>Uniquement les enregistrements de cette référence de cas.</translation>
    </message>
    <message>
        <source>Records whose case, report id, conclusion, body site, server or user contains TEXT.</source>
        <translation>Enregistrements dont le cas, l&apos;identifiant de rapport, la conclusion, le site corporel, le serveur ou l&apos;utilisateur contient TEXT.</translation>
    </message>
    <message>
        <source>Issued on or after DATE (YYYY-MM-DD, UTC).</source>
        <translation>Émis à la date DATE ou après (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Issued before DATE (UTC).</source>
        <translation>Émis avant la date DATE (UTC).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>QA mode: also show conclusions and scores that only QA mode revealed when they were recorded, marked NOT FOR CLINICAL USE.</source>
        <translation>Mode QA&#xa0;: afficher aussi les conclusions et les scores que seul le mode QA affichait lors de leur enregistrement, marqués NE PAS UTILISER EN CLINIQUE.</translation>
    </message>
    <message>
        <source>Print the stored response of record ID (inspect reads it).</source>
        <translation>Afficher la réponse enregistrée de l&apos;enregistrement ID (lisible par inspect).</translation>
    </message>
    <message>
        <source>The history file.</source>
        <translation>Le fichier d&apos;historique.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json] [--qa] [--raw ID] [--db PATH]</source>
        <translation>Utilisation&#xa0;: dermaview-cli history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json] [--qa] [--raw ID] [--db PATH]</translation>
    </message>
    <message>
        <source>--%1 expects a date such as 2026-03-01, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date telle que 2026-03-01, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--raw expects a record id (a positive number).</source>
        <translation>--raw attend un identifiant d&apos;enregistrement (un nombre positif).</translation>
    </message>
    <message>
        <source>%1: there is no history file yet.</source>
        <translation>%1&#xa0;: il n&apos;existe pas encore de fichier d&apos;historique.</translation>
    </message>
    <message>
        <source>No history yet (%1 does not exist).</source>
        <translation>Pas encore d&apos;historique (%1 n&apos;existe pas).</translation>
    </message>
    <message>
        <source>QA mode: NOT FOR CLINICAL USE.</source>
        <translation>Mode QA&#xa0;: NE PAS UTILISER EN CLINIQUE.</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Aucun enregistrement ne correspond.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Émis le (UTC)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Site corporel</translation>
    </message>
    <message>
        <source>Top conclusion</source>
        <translation>Conclusion principale</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>[QA]</source>
        <translation>[QA]</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s). Preliminary — AI decision support, not a diagnosis.</source>
        <translation>
            <numerusform>%n enregistrement. Préliminaire — aide à la décision par IA, et non un diagnostic.</numerusform>
            <numerusform>%n enregistrements. Préliminaire — aide à la décision par IA, et non un diagnostic.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>Impossible de créer le dossier d&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot create the history file %1: %2</source>
        <translation>Impossible de créer le fichier d&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a history file.</source>
        <translation>%1 est un dossier, et non un fichier d&apos;historique.</translation>
    </message>
    <message>
        <source>Cannot open the history file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier d&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable history file: %2</source>
        <translation>%1 n&apos;est pas un fichier d&apos;historique lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Dermaview (schema %2; this version knows up to %3). It was left untouched: update Dermaview to read it.</source>
        <translation>Le fichier d&apos;historique %1 a été écrit par une version plus récente de Dermaview (schéma %2&#xa0;; cette version gère jusqu&apos;au schéma %3). Il n&apos;a pas été modifié&#xa0;: mettez Dermaview à jour pour le lire.</translation>
    </message>
    <message>
        <source>Cannot prepare the history file %1: %2</source>
        <translation>Impossible de préparer le fichier d&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot update the history file %1: %2</source>
        <translation>Impossible de mettre à jour le fichier d&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot update the history file %1 to schema %2: %3</source>
        <translation>Impossible de mettre à jour le fichier d&apos;historique %1 vers le schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Impossible de créer le dossier de photos %1.</translation>
    </message>
    <message>
        <source>Cannot keep the photo in %1: %2</source>
        <translation>Impossible de conserver la photo dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot keep the photo in %1.</source>
        <translation>Impossible de conserver la photo dans %1.</translation>
    </message>
    <message>
        <source>The history file is not open.</source>
        <translation>Le fichier d&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot write to the history file: %1</source>
        <translation>Impossible d&apos;écrire dans le fichier d&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the history file: %1</source>
        <translation>Impossible de lire le fichier d&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history has no record %1.</source>
        <translation>L&apos;historique ne contient pas d&apos;enregistrement %1.</translation>
    </message>
</context>
<context>
    <name>ImageInput</name>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation>%1&#xa0;: le fichier dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; it is not a photo.</source>
        <translation>Le fichier dépasse %1 Mo&#xa0;; ce n&apos;est pas une photo.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>No image data.</source>
        <translation>Aucune donnée d&apos;image.</translation>
    </message>
    <message>
        <source>The image data is larger than %1 MB.</source>
        <translation>Les données d&apos;image dépassent %1 Mo.</translation>
    </message>
    <message>
        <source>Unsupported or damaged image: expected a JPEG, PNG, TIFF, BMP or WebP file.</source>
        <translation>Image non prise en charge ou endommagée&#xa0;: un fichier JPEG, PNG, TIFF, BMP ou WebP est attendu.</translation>
    </message>
    <message>
        <source>The %1 file is truncated or damaged; it cannot be shown safely.</source>
        <translation>Le fichier %1 est tronqué ou endommagé&#xa0;; il ne peut pas être affiché de façon sûre.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded: not enough memory.</source>
        <translation>L&apos;image %1 n&apos;a pas pu être décodée&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded; the file is damaged or uses a variant that is not supported.</source>
        <translation>L&apos;image %1 n&apos;a pas pu être décodée&#xa0;; le fichier est endommagé ou utilise une variante non prise en charge.</translation>
    </message>
    <message>
        <source>The %1 image&apos;s pixels do not match its header.</source>
        <translation>Les pixels de l&apos;image %1 ne correspondent pas à son en-tête.</translation>
    </message>
    <message>
        <source>The JPEG file is truncated or damaged; it cannot be shown safely.</source>
        <translation>Le fichier JPEG est tronqué ou endommagé&#xa0;; il ne peut pas être affiché de façon sûre.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded for upload (not enough memory?).</source>
        <translation>L&apos;image n&apos;a pas pu être réencodée pour l&apos;envoi (mémoire insuffisante&#xa0;?).</translation>
    </message>
    <message>
        <source>Not enough memory to show the image.</source>
        <translation>Mémoire insuffisante pour afficher l&apos;image.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <source>%1 (%2): %3, %n item(s)</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %3, %n item</numerusform>
            <numerusform>%1 (%2)&#xa0;: %3, %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, manufactured by %3</source>
        <translation>%1 %2, fabriqué par %3</translation>
    </message>
    <message>
        <source>Print what a reviewer may see of a saved API response.</source>
        <translation>Affiche ce qu&apos;un évaluateur peut voir d&apos;une réponse d&apos;API enregistrée.</translation>
    </message>
    <message>
        <source>A saved response (JSON).</source>
        <translation>Une réponse enregistrée (JSON).</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli inspect FILE [--json] [--qa]</source>
        <translation>Utilisation&#xa0;: dermaview-cli inspect FILE [--json] [--qa]</translation>
    </message>
    <message>
        <source>%1 (no clinical content)</source>
        <translation>%1 (aucun contenu clinique)</translation>
    </message>
    <message>
        <source>Access token present (not shown); it expires after %1 min.</source>
        <translation>Jeton d&apos;accès présent (non affiché) ; il expire au bout de %1 min.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the token is empty</source>
        <translation>le jeton est vide</translation>
    </message>
    <message>
        <source>expected a positive number of minutes</source>
        <translation>attendu&#xa0;: un nombre positif de minutes</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min est supérieur à max</translation>
    </message>
    <message>
        <source>expected string or number, got %1</source>
        <translation>attendu&#xa0;: string ou number, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a duration ≥ 0</source>
        <translation>attendu&#xa0;: une durée ≥ 0</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu&#xa0;: %1, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a percentage between 0 and 100, got %1</source>
        <translation>attendu&#xa0;: un pourcentage entre 0 et 100, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>attendu&#xa0;: un entier, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a number, got the string &quot;%1&quot;</source>
        <translation>attendu&#xa0;: un nombre, reçu&#xa0;: la chaîne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>not a response of the dermatology API (unrecognised shape)</source>
        <translation>ce n&apos;est pas une réponse de l&apos;API de dermatologie (structure non reconnue)</translation>
    </message>
    <message>
        <source>the report server answered with an error: %1 (%2)</source>
        <translation>le serveur de rapports a répondu par une erreur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>aucun code d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Attention (transparent below %1)</source>
        <translation>Attention (transparent sous %1)</translation>
    </message>
</context>
<context>
    <name>OverlayCommand</name>
    <message>
        <source>%1: a %2 response carries no heat maps; a saved diagnosis-support response is needed.</source>
        <translation>%1&#xa0;: une réponse %2 ne contient pas de cartes de chaleur&#xa0;; une réponse diagnosis-support enregistrée est nécessaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1: there is no image %2; the response has %n image(s), numbered from 0.</source>
        <translation>
            <numerusform>%1&#xa0;: il n&apos;y a pas d&apos;image %2&#xa0;; la réponse contient %n image, numérotée à partir de 0.</numerusform>
            <numerusform>%1&#xa0;: il n&apos;y a pas d&apos;image %2&#xa0;; la réponse contient %n images, numérotées à partir de 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 is not valid for clinical use, so its heat maps are withheld: %2 %3 For model QA only, --qa reveals them marked NOT FOR CLINICAL USE.</source>
        <translation>L&apos;image %1 n&apos;est pas valide pour un usage clinique, ses cartes de chaleur sont donc masquées&#xa0;: %2 %3 Pour la QA du modèle uniquement, --qa les affiche, marquées NE PAS UTILISER EN CLINIQUE.</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 has no rank %2; its differential has %n conclusion(s), ranked from 1.</source>
        <translation>
            <numerusform>L&apos;image %1 n&apos;a pas de rang %2&#xa0;; son différentiel contient %n conclusion, classée à partir de 1.</numerusform>
            <numerusform>L&apos;image %1 n&apos;a pas de rang %2&#xa0;; son différentiel contient %n conclusions, classées à partir de 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank %1 of image %2 (%3) has no heat map; the service sends heat maps for its first five conclusions only.</source>
        <translation>Le rang %1 de l&apos;image %2 (%3) n&apos;a pas de carte de chaleur&#xa0;; le service n&apos;en envoie que pour ses cinq premières conclusions.</translation>
    </message>
    <message>
        <source>%1: the heat map of image %2, rank %3: %4</source>
        <translation>%1&#xa0;: la carte de chaleur de l&apos;image %2, rang %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 doit être un nombre de 0 à 1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli overlay --image IMG (--heatmap FILE | --response JSON --image-index I --rank K) [--mode blend|attention|contour] [--opacity A] [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png</source>
        <translation>Utilisation&#xa0;: dermaview-cli overlay --image IMG (--heatmap FILE | --response JSON --image-index I --rank K) [--mode blend|attention|contour] [--opacity A] [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png</translation>
    </message>
    <message>
        <source>The photo.</source>
        <translation>La photo.</translation>
    </message>
    <message>
        <source>A heat-map image file (JPEG or PNG).</source>
        <translation>Un fichier image de carte de chaleur (JPEG ou PNG).</translation>
    </message>
    <message>
        <source>A saved diagnosis-support response.</source>
        <translation>Une réponse diagnosis-support enregistrée.</translation>
    </message>
    <message>
        <source>The image in the response, from 0 (as `inspect --json` numbers them).</source>
        <translation>L&apos;image dans la réponse, à partir de 0 (comme les numérote `inspect --json`).</translation>
    </message>
    <message>
        <source>The conclusion by probability rank, from 1 (as `inspect` ranks them).</source>
        <translation>La conclusion par rang de probabilité, à partir de 1 (comme les classe `inspect`).</translation>
    </message>
    <message>
        <source>blend (default), attention or contour.</source>
        <translation>blend (par défaut), attention ou contour.</translation>
    </message>
    <message>
        <source>0 to 1; default 0.5 for blend, 0.6 for attention, 1 for contour.</source>
        <translation>0 à 1&#xa0;; par défaut 0.5 pour blend, 0.6 pour attention, 1 pour contour.</translation>
    </message>
    <message>
        <source>Attention from 0 to 1 below which nothing is drawn (attention, contour); default 0.5.</source>
        <translation>Attention de 0 à 1 en dessous de laquelle rien n&apos;est dessiné (attention, contour)&#xa0;; par défaut 0.5.</translation>
    </message>
    <message>
        <source>viridis (default), cividis or jet, for attention and contour; blend shows the heat map as sent.</source>
        <translation>viridis (par défaut), cividis ou jet, pour attention et contour&#xa0;; blend affiche la carte de chaleur telle qu&apos;envoyée.</translation>
    </message>
    <message>
        <source>QA mode: overlay heat maps of images the service marked invalid, watermarked NOT FOR CLINICAL USE.</source>
        <translation>Mode QA&#xa0;: superposer les cartes de chaleur d&apos;images que le service a marquées non valides, avec le filigrane NE PAS UTILISER EN CLINIQUE.</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>Le PNG à écrire.</translation>
    </message>
    <message>
        <source>Unknown colormap &quot;%1&quot;.</source>
        <translation>Palette «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;.</source>
        <translation>Mode «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>--image-index and --rank take whole numbers.</source>
        <translation>--image-index et --rank prennent des nombres entiers.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: the heat map (%1 × %2) and the photo (%3 × %4) differ in shape; the heat map is stretched over the whole photo. Check that it belongs to this photo.</source>
        <translation>Avertissement&#xa0;: la carte de chaleur (%1 × %2) et la photo (%3 × %4) n&apos;ont pas les mêmes proportions&#xa0;; la carte est étirée sur toute la photo. Vérifiez qu&apos;elle correspond bien à cette photo.</translation>
    </message>
    <message>
        <source>Not enough memory to compose the overlay.</source>
        <translation>Mémoire insuffisante pour composer la superposition.</translation>
    </message>
    <message>
        <source>Cannot encode the PNG: %1</source>
        <translation>Impossible d&apos;encoder le PNG&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 écrit (%2 × %3 pixels).</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Base URL of the report service.</source>
        <translation>URL de base du service de rapports.</translation>
    </message>
    <message>
        <source>Read the X-API-TOKEN from the first line of standard input (never from the command line).</source>
        <translation>Lire le X-API-TOKEN sur la première ligne de l&apos;entrée standard (jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>raw (default), fhir or pdf.</source>
        <translation>raw (par défaut), fhir ou pdf.</translation>
    </message>
    <message>
        <source>Language of the report: en, es, fr or de.</source>
        <translation>Langue du rapport&#xa0;: en, es, fr ou de.</translation>
    </message>
    <message>
        <source>Save the report (required for pdf) to FILE.</source>
        <translation>Enregistrer le rapport dans FILE (obligatoire pour pdf).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this computer.</source>
        <translation>Autoriser http:// non chiffré vers un serveur qui n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The report&apos;s identifier.</source>
        <translation>L&apos;identifiant du rapport.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli report ID --server URL --api-token-stdin [--format raw|fhir|pdf] [--locale LOCALE] [-o FILE] [--json] [--qa]</source>
        <translation>Utilisation&#xa0;: dermaview-cli report ID --server URL --api-token-stdin [--format raw|fhir|pdf] [--locale LOCALE] [-o FILE] [--json] [--qa]</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report&apos;s PDF (%n byte(s)) to %1.</source>
        <translation>
            <numerusform>Le PDF du rapport (%n octet) a été enregistré dans %1.</numerusform>
            <numerusform>Le PDF du rapport (%n octets) a été enregistré dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a saved report.</source>
        <translation>%1 est trop volumineux pour être un rapport enregistré.</translation>
    </message>
    <message>
        <source>%1 is not a readable diagnostic report: %2</source>
        <translation>%1 n&apos;est pas un rapport diagnostique lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a stored diagnostic report (standard or FHIR format).</source>
        <translation>%1 n&apos;est pas un rapport diagnostique enregistré (format standard ou FHIR).</translation>
    </message>
    <message>
        <source>The server did not send a PDF; nothing was saved.</source>
        <translation>Le serveur n&apos;a pas envoyé de PDF&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation>Il n&apos;y a aucun rapport à enregistrer.</translation>
    </message>
</context>
<context>
    <name>ReportMedia</name>
    <message>
        <source>the image could not be read (%1)</source>
        <translation>l&apos;image n&apos;a pas pu être lue (%1)</translation>
    </message>
    <message>
        <source>Dermaview is not connected to a server.</source>
        <translation>Dermaview n&apos;est connecté à aucun serveur.</translation>
    </message>
    <message>
        <source>it is no longer kept where the report links to (HTTP 404).</source>
        <translation>elle n&apos;est plus conservée à l&apos;adresse indiquée par le rapport (HTTP 404).</translation>
    </message>
    <message>
        <source>the server refused the link (HTTP %1); it may have expired.</source>
        <translation>le serveur a refusé le lien (HTTP %1)&#xa0;; il a peut-être expiré.</translation>
    </message>
</context>
<context>
    <name>ResultDocument</name>
    <message>
        <source>not reported</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>AI decision-support result</source>
        <translation>Résultat d&apos;aide à la décision par IA</translation>
    </message>
    <message>
        <source>%1 — QA mode: this export may show outputs the service marked invalid, for checking the model only. They must not inform patient care.</source>
        <translation>%1 — Mode QA&#xa0;: cet export peut afficher des résultats que le service a marqués non valides, uniquement pour contrôler le modèle. Ils ne doivent pas guider la prise en charge des patients.</translation>
    </message>
    <message>
        <source>Notes on the response</source>
        <translation>Remarques sur la réponse</translation>
    </message>
    <message>
        <source>%1 — withheld content revealed for QA</source>
        <translation>%1 — contenu masqué affiché pour QA</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>ID du rapport</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>préliminaire</translation>
    </message>
    <message>
        <source>preliminary (service status: %1)</source>
        <translation>préliminaire (statut du service&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Analysis time</source>
        <translation>Durée de l&apos;analyse</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Pathology</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Site corporel</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Contexte clinique</translation>
    </message>
    <message>
        <source>Heat map colours: model attention</source>
        <translation>Couleurs de la carte de chaleur&#xa0;: attention du modèle</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>ICD-11</source>
        <translation>CIM-11</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Affection</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sans code)</translation>
    </message>
    <message numerus="yes">
        <source>Top %n condition(s)</source>
        <translation>
            <numerusform>%n affection la plus probable</numerusform>
            <numerusform>Les %n affections les plus probables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more condition(s) with lower probability.</source>
        <translation>
            <numerusform>… et %n autre affection de probabilité plus faible.</numerusform>
            <numerusform>… et %n autres affections de probabilité plus faible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk indicator</source>
        <translation>Indicateur de risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Incertitude (entropie)</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Indicateurs de risque</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Résultat combiné</translation>
    </message>
    <message>
        <source>Withheld: the combined result is shown only when every image is valid.</source>
        <translation>Masqué&#xa0;: le résultat combiné n&apos;est affiché que si toutes les images sont valides.</translation>
    </message>
    <message>
        <source>Re-analyse the valid images only to obtain a combined result.</source>
        <translation>Réanalysez uniquement les images valides pour obtenir un résultat combiné.</translation>
    </message>
    <message>
        <source>Model sensitivity %1, specificity %2.</source>
        <translation>Sensibilité du modèle %1, spécificité %2.</translation>
    </message>
    <message>
        <source> (clinical %1, dermoscopic %2)</source>
        <translation> (clinique %1, dermoscopique %2)</translation>
    </message>
    <message>
        <source>NO — clinical output withheld</source>
        <translation>NON — résultat clinique masqué</translation>
    </message>
    <message>
        <source>Valid for clinical use</source>
        <translation>Valide pour un usage clinique</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Acceptable quality</source>
        <translation>Qualité acceptable</translation>
    </message>
    <message>
        <source>Dermatological</source>
        <translation>Dermatologique</translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation>%1 (confiance %2)</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>isValid (as sent)</source>
        <translation>isValid (tel que reçu)</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Aucune photo.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>%1 — the heat map belongs to an image the service marked invalid.</source>
        <translation>%1 — la carte de chaleur appartient à une image que le service a marquée non valide.</translation>
    </message>
    <message>
        <source>The photos are not part of this export: the result was reopened from a saved response, which holds no photos, so no photo or heat map is shown.</source>
        <translation>Les photos ne font pas partie de cet export&#xa0;: le résultat a été rouvert à partir d&apos;une réponse enregistrée, qui ne contient pas de photos&#xa0;; aucune photo ni carte de chaleur n&apos;est donc affichée.</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Site corporel %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Contribution to the score: %1</source>
        <translation>Contribution au score&#xa0;: %1</translation>
    </message>
    <message>
        <source>Withheld: the score rests on images that are not valid.</source>
        <translation>Masqué&#xa0;: le score repose sur des images non valides.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Severity level</source>
        <translation>Niveau de sévérité</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Masks / detections</source>
        <translation>Masques / détections</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Severity scores</source>
        <translation>Scores de sévérité</translation>
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
        <translation>Dermaview — aide préliminaire à la décision par IA</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Report ID: %1 · Issued: %2</source>
        <translation>ID du rapport&#xa0;: %1 · Émis le&#xa0;: %2</translation>
    </message>
    <message>
        <source>Status: preliminary · Server: %1</source>
        <translation>Statut&#xa0;: préliminaire · Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dermaview %1 · exported %2</source>
        <translation>Dermaview %1 · exporté le %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Dermaview result</source>
        <translation>Résultat Dermaview</translation>
    </message>
    <message>
        <source>Dermaview result %1</source>
        <translation>Résultat Dermaview %1</translation>
    </message>
    <message>
        <source>Dermaview %1</source>
        <translation>Dermaview %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>La création du PDF n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>Le PDF n&apos;a pas pu être finalisé.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>Le PDF généré est vide.</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>Impossible d&apos;exporter %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ResultStyle</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage with its sign, e.g. &quot;94.9 %&quot;. French puts a no-break space before %.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
</context>
<context>
    <name>ReviewOutputOptions</name>
    <message>
        <source>Also save the service&apos;s raw answer to FILE.</source>
        <translation>Enregistrer aussi la réponse brute du service dans FILE.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>QA mode: reveal withheld outputs, marked NOT FOR CLINICAL USE.</source>
        <translation>Mode QA&#xa0;: affiche les résultats masqués, marqués NE PAS UTILISER EN CLINIQUE.</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>not reported</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1. %2 %  %3  %4</source>
        <translation>%1. %2 %  %3  %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sans code)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more condition(s).</source>
        <translation>
            <numerusform>… et %n autre affection.</numerusform>
            <numerusform>… et %n autres affections.</numerusform>
        </translation>
    </message>
    <message>
        <source>withheld content revealed for QA</source>
        <translation>contenu masqué affiché pour QA</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Site corporel %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NON VALIDE</translation>
    </message>
    <message>
        <source>Quality: %1 (%2), acceptable: %3</source>
        <translation>Qualité&#xa0;: %1 (%2), acceptable&#xa0;: %3</translation>
    </message>
    <message>
        <source>Dermatological: %1 (confidence %2)</source>
        <translation>Dermatologique&#xa0;: %1 (confiance %2)</translation>
    </message>
    <message>
        <source>Modality: %1</source>
        <translation>Modalité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Differential (%n heat map(s)):</source>
        <translation>
            <numerusform>Diagnostic différentiel (%n carte de chaleur)&#xa0;:</numerusform>
            <numerusform>Diagnostic différentiel (%n cartes de chaleur)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Score contribution: %1</source>
        <translation>Contribution au score&#xa0;: %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Value: %1  %2</source>
        <translation>Valeur&#xa0;: %1  %2</translation>
    </message>
    <message>
        <source>Severity level: %1</source>
        <translation>Niveau de sévérité&#xa0;: %1</translation>
    </message>
    <message>
        <source>QA mode</source>
        <translation>Mode QA</translation>
    </message>
    <message>
        <source>Report %1 (%2), issued %3, status %4</source>
        <translation>Rapport %1 (%2), émis %3, statut %4</translation>
    </message>
    <message>
        <source>without identifier</source>
        <translation>sans identifiant</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Pathology: %1</source>
        <translation>Pathologie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Body site: %1</source>
        <translation>Site corporel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Résultat combiné</translation>
    </message>
    <message>
        <source>Sensitivity %1, specificity %2, entropy %3 (%4)</source>
        <translation>Sensibilité %1, spécificité %2, entropie %3 (%4)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Masks: %1, detections: %2</source>
        <translation>Masques : %1, détections : %2</translation>
    </message>
</context>
<context>
    <name>Reviewer</name>
    <message>
        <source>Preliminary — AI decision support, not a diagnosis. A qualified clinician must review every result together with the patient&apos;s full clinical context.</source>
        <translation>Préliminaire — aide à la décision par IA, et non un diagnostic. Un clinicien qualifié doit examiner chaque résultat en tenant compte de l&apos;ensemble du contexte clinique du patient.</translation>
    </message>
    <message>
        <source>NOT FOR CLINICAL USE</source>
        <translation>NE PAS UTILISER EN CLINIQUE</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>The response describes %1 images; the API accepts at most %2.</source>
        <translation>La réponse décrit %1 images&#xa0;; l&apos;API en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The response contains no per-image analysis, so the validity of its images cannot be confirmed.</source>
        <translation>La réponse ne contient aucune analyse par image&#xa0;; la validité de ses images ne peut donc pas être confirmée.</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Résultat combiné</translation>
    </message>
    <message>
        <source>%1: the server listed the differential out of probability order; it is shown sorted by probability.</source>
        <translation>%1&#xa0;: le serveur n&apos;a pas classé le diagnostic différentiel par ordre de probabilité&#xa0;; il est affiché trié par probabilité.</translation>
    </message>
    <message>
        <source>%1: the differential lists these codes more than once: %2.</source>
        <translation>%1&#xa0;: le diagnostic différentiel mentionne ces codes plus d&apos;une fois&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conclusion(s) carry no ICD-11 code.</source>
        <translation>
            <numerusform>%1&#xa0;: %n conclusion n&apos;a pas de code ICD-11.</numerusform>
            <numerusform>%1&#xa0;: %n conclusions n&apos;ont pas de code ICD-11.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the probabilities add up to %2 %, more than 100 %.</source>
        <translation>%1&#xa0;: la somme des probabilités est de %2 %, soit plus de 100 %.</translation>
    </message>
    <message>
        <source>Has condition</source>
        <translation>Présence d&apos;une affection</translation>
    </message>
    <message>
        <source>Malignancy</source>
        <translation>Malignité</translation>
    </message>
    <message>
        <source>Pigmented lesion</source>
        <translation>Lésion pigmentée</translation>
    </message>
    <message>
        <source>Urgent referral</source>
        <translation>Orientation urgente</translation>
    </message>
    <message>
        <source>to be seen within 48 hours</source>
        <translation>consultation dans les 48 heures</translation>
    </message>
    <message>
        <source>High-priority referral</source>
        <translation>Orientation hautement prioritaire</translation>
    </message>
    <message>
        <source>to be seen within 15 days</source>
        <translation>consultation dans les 15 jours</translation>
    </message>
    <message>
        <source>Adjusted malignancy</source>
        <translation>Malignité ajustée</translation>
    </message>
    <message>
        <source>Urgent referral likely (%1 %): to be seen by a specialist within 48 hours.</source>
        <translation>Orientation urgente probable (%1 %)&#xa0;: consultation spécialisée dans les 48 heures.</translation>
    </message>
    <message>
        <source>High-priority referral likely (%1 %): to be seen within 15 days.</source>
        <translation>Orientation hautement prioritaire probable (%1 %)&#xa0;: consultation dans les 15 jours.</translation>
    </message>
    <message>
        <source>Malignancy likelihood is %1 %.</source>
        <translation>La probabilité de malignité est de %1 %.</translation>
    </message>
    <message>
        <source>High uncertainty (entropy %1 of 100): interpret the differential with caution.</source>
        <translation>Incertitude élevée (entropie de %1 sur 100)&#xa0;: interpréter le diagnostic différentiel avec prudence.</translation>
    </message>
    <message>
        <source>The response carries no image-quality assessment (mediaValidity) for this image, so its validity cannot be confirmed.</source>
        <translation>La réponse ne contient aucune évaluation de la qualité d&apos;image (mediaValidity) pour cette image&#xa0;; sa validité ne peut donc pas être confirmée.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s quality interpretation &quot;%2&quot; does not match its score %3 (published band: %4).</source>
        <translation>%1&#xa0;: l&apos;interprétation de la qualité «&#xa0;%2&#xa0;» fournie par le serveur ne correspond pas à son score %3 (catégorie publiée&#xa0;: %4).</translation>
    </message>
    <message>
        <source>The response does not say whether this image is valid (mediaValidity.isValid is missing).</source>
        <translation>La réponse n&apos;indique pas si cette image est valide (mediaValidity.isValid est absent).</translation>
    </message>
    <message>
        <source>The AI service marked this image as not valid for clinical use.</source>
        <translation>Le service d&apos;IA a signalé cette image comme non valide pour un usage clinique.</translation>
    </message>
    <message>
        <source>The response contradicts itself: isValid is true but the image is not acceptable or not dermatological.</source>
        <translation>La réponse est contradictoire&#xa0;: isValid vaut true, mais l&apos;image n&apos;est pas acceptable ou n&apos;est pas dermatologique.</translation>
    </message>
    <message>
        <source>Image quality is not acceptable (score %1, %2).</source>
        <translation>La qualité de l&apos;image n&apos;est pas acceptable (score %1, %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>The image does not appear to show skin (AI confidence that it does: %1 %).</source>
        <translation>L&apos;image ne semble pas montrer de peau (confiance de l&apos;IA qu&apos;elle en montre&#xa0;: %1 %).</translation>
    </message>
    <message>
        <source>Retake the photo so that it shows the affected skin, filling most of the frame.</source>
        <translation>Reprenez la photo de façon à montrer la peau atteinte, qui doit occuper la majeure partie du cadre.</translation>
    </message>
    <message>
        <source>Retake the photo: hold the camera steady, use even light without glare and keep the skin in focus.</source>
        <translation>Reprenez la photo&#xa0;: tenez l&apos;appareil immobile, utilisez un éclairage uniforme sans reflets et veillez à ce que la peau soit nette.</translation>
    </message>
    <message>
        <source>This score is computed from images but the response carries no image-quality assessment (mediaValidity), so its validity cannot be confirmed.</source>
        <translation>Ce score est calculé à partir d&apos;images, mais la réponse ne contient aucune évaluation de la qualité d&apos;image (mediaValidity)&#xa0;; sa validité ne peut donc pas être confirmée.</translation>
    </message>
    <message>
        <source>The response contains no computed score.</source>
        <translation>La réponse ne contient aucun score calculé.</translation>
    </message>
    <message>
        <source>The global score is withheld because these body sites are not valid for clinical use: %1.</source>
        <translation>Le score global est masqué car les sites corporels suivants ne sont pas valides pour un usage clinique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The report does not classify this photo as a clinical or dermoscopic skin image (modality: %1).</source>
        <translation>Le rapport ne classe pas cette photo comme une image cutanée clinique ou dermoscopique (modalité&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The report gives no quality score for this photo.</source>
        <translation>Le rapport n&apos;indique aucun score de qualité pour cette photo.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>The report lists no photos, so the validity of its result cannot be confirmed.</source>
        <translation>Le rapport ne répertorie aucune photo&#xa0;; la validité de son résultat ne peut donc pas être confirmée.</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>The combined result is withheld: not every image is valid for clinical use (not valid: %1). Re-analyse the valid images only.</source>
        <translation>Le résultat combiné est masqué : toutes les images ne sont pas valides pour un usage clinique (non valides : %1). Analysez à nouveau uniquement les images valides.</translation>
    </message>
    <message>
        <source>Image quality is not acceptable.</source>
        <translation>La qualité de l&apos;image n&apos;est pas acceptable.</translation>
    </message>
    <message>
        <source>The image does not appear to show skin.</source>
        <translation>L&apos;image ne semble pas montrer de peau.</translation>
    </message>
    <message>
        <source>The photo&apos;s quality score %1 (%2) is below %3.</source>
        <translation>Le score de qualité de la photo, %1 (%2), est inférieur à %3.</translation>
    </message>
    <message>
        <source>Stored reports carry no per-image validity flag: each photo is judged valid from its modality and a quality score of %1 or better.</source>
        <translation>Les rapports enregistrés ne comportent pas d&apos;indicateur de validité par image : chaque photo est jugée valide d&apos;après sa modalité et un score de qualité « %1 » ou supérieur.</translation>
    </message>
    <message>
        <source>The result is withheld: not every photo is valid for clinical use (not valid: %1).</source>
        <translation>Le résultat est masqué : toutes les photos ne sont pas valides pour un usage clinique (non valides : %1).</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Port on 127.0.0.1 (0 picks a free one).</source>
        <translation>Port sur 127.0.0.1 (0 choisit un port libre).</translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation>Nom d&apos;utilisateur pour la connexion.</translation>
    </message>
    <message>
        <source>Login password (a demo credential).</source>
        <translation>Mot de passe pour la connexion (identifiant de démonstration).</translation>
    </message>
    <message>
        <source>Minutes a login token stays valid.</source>
        <translation>Durée de validité d&apos;un jeton de connexion, en minutes.</translation>
    </message>
    <message>
        <source>X-API-TOKEN of the report endpoint.</source>
        <translation>X-API-TOKEN du point de terminaison des rapports.</translation>
    </message>
    <message>
        <source>Serve saved responses from DIR (see README).</source>
        <translation>Renvoie les réponses enregistrées dans DIR (voir le README).</translation>
    </message>
    <message>
        <source>Delay every answer by this many ms.</source>
        <translation>Retarde chaque réponse de ce nombre de ms.</translation>
    </message>
    <message>
        <source>Largest request body accepted (413 above).</source>
        <translation>Taille maximale acceptée du corps de la requête (au-delà&#xa0;: 413).</translation>
    </message>
    <message>
        <source>Inject a fault: ENDPOINT:KIND[:COUNT[:RETRY_AFTER_S]], KIND one of latency, 401, 429, 503, 500, malformed-json, truncate, drop, slow-drip; COUNT -1 = always. Repeatable.</source>
        <translation>Injecte une défaillance&#xa0;: ENDPOINT:KIND[:COUNT[:RETRY_AFTER_S]], KIND parmi latency, 401, 429, 503, 500, malformed-json, truncate, drop, slow-drip&#xa0;; COUNT -1 = toujours. Peut être répété.</translation>
    </message>
    <message>
        <source>invalid --fault &quot;%1&quot;</source>
        <translation>valeur non valide pour --fault&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the endpoint in --fault &quot;%1&quot; must be a path such as /diagnosis-support, or *</source>
        <translation>le point de terminaison dans --fault «&#xa0;%1&#xa0;» doit être un chemin tel que /diagnosis-support, ou *</translation>
    </message>
    <message>
        <source>invalid count in --fault &quot;%1&quot;</source>
        <translation>nombre de fois non valide dans --fault «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid Retry-After in --fault &quot;%1&quot;</source>
        <translation>valeur Retry-After non valide dans --fault «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Offline sandbox of the dermatology AI API on 127.0.0.1. Its answers are computed from the images by simple image analysis: it is not a medical device.</source>
        <translation>Sandbox hors ligne de l&apos;API d&apos;IA de dermatologie sur 127.0.0.1. Ses réponses sont calculées à partir des images par une simple analyse d&apos;image&#xa0;: ce n&apos;est pas un dispositif médical.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot;</source>
        <translation>valeur non valide pour --port&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid --token-minutes &quot;%1&quot;</source>
        <translation>valeur non valide pour --token-minutes&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid --latency-ms &quot;%1&quot;</source>
        <translation>valeur non valide pour --latency-ms&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid --max-body-mb &quot;%1&quot;</source>
        <translation>valeur non valide pour --max-body-mb&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SavedResponseFile</name>
    <message>
        <source>%1: the file is larger than %2 MB; it is not a saved response.</source>
        <translation>%1&#xa0;: le fichier dépasse %2 Mo&#xa0;; ce n&apos;est pas une réponse enregistrée.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ScoreTimeline</name>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 au fil du temps</translation>
    </message>
</context>
<context>
    <name>ServiceConnection</name>
    <message>
        <source>Base URL of the AI service (default: the offline sandbox, started on this computer).</source>
        <translation>URL de base du service d&apos;IA (par défaut&#xa0;: le sandbox hors ligne, démarré sur cet ordinateur).</translation>
    </message>
    <message>
        <source>User name for --server.</source>
        <translation>Nom d&apos;utilisateur pour --server.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (never from the command line).</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard (jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this computer.</source>
        <translation>Autoriser http:// non chiffré vers un serveur qui n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server nécessite --user et --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot start the offline sandbox: %1</source>
        <translation>Impossible de démarrer le sandbox hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Using the offline sandbox (not a medical device) at %1.</source>
        <translation>Utilisation du sandbox hors ligne (pas un dispositif médical) à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file for --server (a clinic&apos;s private CA); certificate errors are never ignored.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM pour --server (l&apos;AC privée d&apos;une clinique)&#xa0;; les erreurs de certificat ne sont jamais ignorées.</translation>
    </message>
    <message>
        <source>--ca-file applies to --server only.</source>
        <translation>--ca-file ne s&apos;applique qu&apos;à --server.</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read.</source>
        <translation>%1&#xa0;: aucun certificat PEM n&apos;a pu être lu.</translation>
    </message>
</context>
<context>
    <name>SeverityCommand</name>
    <message>
        <source>The request body as documented, as JSON, without the photos.</source>
        <translation>Le corps de la requête tel que documenté, en JSON, sans les photos.</translation>
    </message>
    <message>
        <source>local: the photo to score.</source>
        <translation>local&#xa0;: la photo à évaluer.</translation>
    </message>
    <message>
        <source>global: a body site&apos;s photo (repeat for each site).</source>
        <translation>global&#xa0;: la photo d&apos;une zone du corps (à répéter pour chaque zone).</translation>
    </message>
    <message>
        <source>global: the scoring system&apos;s code (default: the only one in the request).</source>
        <translation>global&#xa0;: le code du système de score (par défaut&#xa0;: le seul de la requête).</translation>
    </message>
    <message>
        <source>manual, local or global.</source>
        <translation>manual, local ou global.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli severity manual --request FILE
       dermaview-cli severity local --request FILE --image IMAGE
       dermaview-cli severity global --request FILE --site SITE=IMAGE... [--scoring CODE]
       [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</source>
        <translation>Utilisation&#xa0;: dermaview-cli severity manual --request FILE
       dermaview-cli severity local --request FILE --image IMAGE
       dermaview-cli severity global --request FILE --site SITE=IMAGE... [--scoring CODE]
       [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2).</source>
        <translation>%1&#xa0;: pas un objet JSON (%2).</translation>
    </message>
    <message>
        <source>a JSON array or value</source>
        <translation>un tableau ou une valeur JSON</translation>
    </message>
    <message>
        <source>--site expects SITE=IMAGE, got &quot;%1&quot;.</source>
        <translation>--site attend SITE=IMAGE, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The body site %1 is given twice.</source>
        <translation>La zone du corps %1 est indiquée deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>Name the scoring system with --scoring: the request names %n.</source>
        <translation>
            <numerusform>Indiquez le système de score avec --scoring&#xa0;: la requête en nomme %n.</numerusform>
            <numerusform>Indiquez le système de score avec --scoring&#xa0;: la requête en nomme %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewSnapshot</name>
    <message>
        <source>Report ID: %1 · Issued: %2</source>
        <translation>ID du rapport&#xa0;: %1 · Émis le&#xa0;: %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Cannot export %1: there is no view to export.</source>
        <translation>Impossible d&apos;exporter %1&#xa0;: il n&apos;y a aucune vue à exporter.</translation>
    </message>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>Impossible d&apos;encoder %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dv::cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer&#xa0;: %2</translation>
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
        <translation>Utilisation&#xa0;: dermaview-cli COMMAND [options] [--lang LANGUAGE]

Commandes&#xa0;:
  inspect FILE [--json] [--qa]   examiner une réponse d&apos;API enregistrée
  analyze IMAGE... [--server URL --user USER --password-stdin]
          [--out FILE] [--json] [--qa]
                                 analyser 1 à 3 photos (par défaut&#xa0;: le
                                 sandbox hors ligne, pas un dispositif
                                 médical)
  report ID --server URL --api-token-stdin [--format raw|fhir|pdf]
          [--locale LOCALE] [-o FILE] [--json] [--qa]
                                 récupérer un rapport diagnostique
                                 enregistré
  severity manual|local|global --request FILE [--image IMAGE]
          [--site SITE=IMAGE...] [--server URL ...] [--out FILE] [--json]
                                 effectuer une évaluation de la sévérité
  overlay --image IMG (--heatmap FILE | --response JSON --image-index I
          --rank K) [--mode blend|attention|contour] [--opacity A]
          [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png
                                 superposer une carte de chaleur à une
                                 photo (index d&apos;image à partir de 0, rang
                                 à partir de 1, comme inspect --json)
  export --out FILE.pdf RESPONSE.json [--image IMG...]
          [--mode blend|attention|contour] [--qa]
                                 le rapport PDF de la fenêtre pour une
                                 réponse enregistrée (photos dans l&apos;ordre
                                 de la réponse)
  history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json]
          [--qa] [--raw ID] [--db PATH]
                                 lister l&apos;historique des cas de la fenêtre
                                 ou afficher la réponse enregistrée d&apos;un
                                 enregistrement

Préliminaire — aide à la décision par IA, et non un diagnostic.
</translation>
    </message>
</context>
<context>
    <name>dv::credentials::SessionCredentials</name>
    <message>
        <source>No system keychain is available on this computer, so Dermaview cannot remember your password; enter it for this session.</source>
        <translation>Aucun trousseau du système n&apos;est disponible sur cet ordinateur&#xa0;; Dermaview ne peut donc pas mémoriser votre mot de passe. Saisissez-le pour cette session.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so Dermaview cannot remember your API token; enter it for this session.</source>
        <translation>Aucun trousseau du système n&apos;est disponible sur cet ordinateur&#xa0;; Dermaview ne peut donc pas mémoriser votre jeton d&apos;API. Saisissez-le pour cette session.</translation>
    </message>
    <message>
        <source>No password is saved for this server profile; enter it. Dermaview keeps it in the system keychain once the server accepts it.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce profil de serveur&#xa0;; saisissez-le. Dermaview le conserve dans le trousseau du système dès que le serveur l&apos;accepte.</translation>
    </message>
    <message>
        <source>No API token is saved for this server profile; enter it. Dermaview keeps it in the system keychain once the server accepts it.</source>
        <translation>Aucun jeton d&apos;API n&apos;est enregistré pour ce profil de serveur&#xa0;; saisissez-le. Dermaview le conserve dans le trousseau du système dès que le serveur l&apos;accepte.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so Dermaview cannot use a saved password; enter it for this session.</source>
        <translation>Le trousseau du système a refusé l&apos;accès&#xa0;; Dermaview ne peut donc utiliser aucun mot de passe enregistré. Saisissez votre mot de passe pour cette session.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so Dermaview cannot use a saved API token; enter it for this session.</source>
        <translation>Le trousseau du système a refusé l&apos;accès&#xa0;; Dermaview ne peut donc utiliser aucun jeton d&apos;API enregistré. Saisissez votre jeton d&apos;API pour cette session.</translation>
    </message>
    <message>
        <source>The system keychain could not be read, so Dermaview cannot use a saved password; enter it for this session.</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu&#xa0;; Dermaview ne peut donc utiliser aucun mot de passe enregistré. Saisissez votre mot de passe pour cette session.</translation>
    </message>
    <message>
        <source>The system keychain could not be read, so Dermaview cannot use a saved API token; enter it for this session.</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu&#xa0;; Dermaview ne peut donc utiliser aucun jeton d&apos;API enregistré. Saisissez votre jeton d&apos;API pour cette session.</translation>
    </message>
</context>
<context>
    <name>dv::ui::AllConclusionsDialog</name>
    <message>
        <source>All conclusions</source>
        <translation>Tous les diagnostics</translation>
    </message>
    <message>
        <source>All conclusions (%1) — %2</source>
        <translation>Tous les diagnostics (%1) — %2</translation>
    </message>
    <message>
        <source>%1: every conclusion the service returned, sorted by probability. Probabilities are shown as sent.</source>
        <translation>%1&#xa0;: tous les diagnostics renvoyés par le service, triés par probabilité. Les probabilités sont affichées telles que reçues.</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>%1 sur %2 affichés.</translation>
    </message>
</context>
<context>
    <name>dv::ui::Backend</name>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>Le sandbox hors ligne n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Sandbox hors ligne</translation>
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
        <translation>Choisissez le site corporel</translation>
    </message>
</context>
<context>
    <name>dv::ui::CaseDetailsForm</name>
    <message>
        <source>Pseudonym, e.g. PSO-0042</source>
        <translation>Pseudonyme, par ex. PSO-0042</translation>
    </message>
    <message>
        <source>A pseudonymous reference that groups this patient&apos;s analyses in the history. Do not type names, dates of birth or record numbers: the history is stored on this computer.</source>
        <translation>Une référence pseudonymisée qui regroupe les analyses de ce patient dans l&apos;historique. Ne saisissez ni noms, ni dates de naissance, ni numéros de dossier&#xa0;: l&apos;historique est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Where the photos were taken; follow-up compares photos of the same body site.</source>
        <translation>Localisation des photos&#xa0;; le suivi compare les photos d&apos;un même site corporel.</translation>
    </message>
    <message>
        <source>Keep photos in the history</source>
        <translation>Conserver les photos dans l&apos;historique</translation>
    </message>
    <message>
        <source>Stores a copy of each analysed photo beside the history file (readable by your user account only), for side-by-side follow-up. Off by default.</source>
        <translation>Enregistre une copie de chaque photo analysée à côté du fichier d&apos;historique (lisible uniquement par votre compte utilisateur), pour un suivi côte à côte. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Référence du cas&#xa0;:</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Site corporel&#xa0;:</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Site corporel</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>The server has not said which body sites it knows, so none can be recorded.</source>
        <translation>Le serveur n&apos;a pas indiqué quelles zones du corps il connaît&#xa0;; aucune ne peut donc être enregistrée.</translation>
    </message>
</context>
<context>
    <name>dv::ui::CasePanel</name>
    <message>
        <source>Photos of this case</source>
        <translation>Photos de ce cas</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;u)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Title…</source>
        <translation>&amp;Titre…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <source>quality %1 (%2)</source>
        <translation>qualité %1 (%2)</translation>
    </message>
    <message>
        <source>quality unknown</source>
        <translation>qualité inconnue</translation>
    </message>
    <message>
        <source>Valid — %1</source>
        <translation>Valide — %1</translation>
    </message>
    <message>
        <source>NOT VALID — %1</source>
        <translation>NON VALIDE — %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — cannot be opened</source>
        <translation>%1 — impossible d&apos;ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>Analyse %n photo(s)</source>
        <translation>
            <numerusform>Analyser %n photo</numerusform>
            <numerusform>Analyser %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add one to three photos of the same lesion: drop them here, paste, or use Add photos (Ctrl+O).</source>
        <translation>Ajoutez une à trois photos de la même lésion&#xa0;: déposez-les ici, collez-les ou utilisez Ajouter des photos (Ctrl+O).</translation>
    </message>
    <message numerus="yes">
        <source>%n more photo(s) may be added.</source>
        <translation>
            <numerusform>Vous pouvez encore ajouter %n photo.</numerusform>
            <numerusform>Vous pouvez encore ajouter %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is full (three photos).</source>
        <translation>Le cas est complet (trois photos).</translation>
    </message>
    <message>
        <source>Photo title</source>
        <translation>Titre de la photo</translation>
    </message>
    <message>
        <source>Title for %1 (optional):</source>
        <translation>Titre pour %1 (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for the analysis…</source>
        <translation>En attente de l&apos;analyse…</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Envoi…&#xa0;%p&#xa0;%</translation>
    </message>
</context>
<context>
    <name>dv::ui::CasePhotoLoader</name>
    <message>
        <source>%1 is larger than %2 MB and cannot be sent.</source>
        <translation>%1 dépasse %2&#xa0;Mo et ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dv::ui::CaseSession</name>
    <message>
        <source>The file holds a %1 response, which has no clinical result to show.</source>
        <translation>Le fichier contient une réponse %1, qui n&apos;a aucun résultat clinique à afficher.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ConclusionListModel</name>
    <message>
        <source>(unnamed condition)</source>
        <translation>(affection sans nom)</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sans code</translation>
    </message>
    <message>
        <source>%1. %2, %3, ICD-11 %4</source>
        <translation>%1. %2, %3, CIM-11 %4</translation>
    </message>
    <message>
        <source>Select to show its heat map.</source>
        <translation>Sélectionnez-le pour afficher sa carte de chaleur.</translation>
    </message>
    <message>
        <source>Probability: %1</source>
        <translation>Probabilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Heat map available</source>
        <translation>Carte de chaleur disponible</translation>
    </message>
</context>
<context>
    <name>dv::ui::ConnectionDialog</name>
    <message>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Use the offline &amp;sandbox</source>
        <translation>Utiliser le &amp;sandbox hors ligne</translation>
    </message>
    <message>
        <source>same as the clinical API</source>
        <translation>identique à l&apos;API clinique</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Allow plain http:// to this server (unencrypted)</source>
        <translation>Autoriser http:// non chiffré vers ce serveur</translation>
    </message>
    <message>
        <source>optional: the clinic&apos;s CA certificate (PEM)</source>
        <translation>facultatif&#xa0;: le certificat de l&apos;AC de la clinique (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clinical API URL:</source>
        <translation>URL de l&apos;API &amp;clinique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Helper endpoints URL:</source>
        <translation>URL des points d&apos;accès &amp;auxiliaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Report endpoint URL:</source>
        <translation>URL du point d&apos;accès des &amp;rapports&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>&amp;AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificat d&apos;AC de confiance</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL complète.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Saved the profile %1.</source>
        <translation>Profil %1 enregistré.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in, but the device information could not be read: %1</source>
        <translation>Connecté, mais les informations de l&apos;appareil n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected. Device: %1 %2 (%3).</source>
        <translation>Connecté. Appareil&#xa0;: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>for stored reports; kept in the system keychain</source>
        <translation>pour les rapports enregistrés&#xa0;; conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>The X-API-TOKEN of the report service. Leave it empty to be asked when you first open a stored report.</source>
        <translation>Le X-API-TOKEN du service de rapports. Laissez-le vide pour qu&apos;il vous soit demandé à la première ouverture d&apos;un rapport enregistré.</translation>
    </message>
    <message>
        <source>&amp;API token:</source>
        <translation>Jeton d&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Deleted the profile %1, its saved password and API token.</source>
        <translation>Profil %1 supprimé, ainsi que son mot de passe et son jeton d&apos;API enregistrés.</translation>
    </message>
    <message>
        <source>The report service accepted the API token.</source>
        <translation>Le service de rapports a accepté le jeton d&apos;API.</translation>
    </message>
    <message>
        <source>The API token could not be checked: %1</source>
        <translation>Le jeton d&apos;API n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::DifferentialSection</name>
    <message>
        <source>%1: most likely conclusions</source>
        <translation>%1&#xa0;: diagnostics les plus probables</translation>
    </message>
    <message>
        <source>Sorted by probability. Select a conclusion to show its heat map.</source>
        <translation>Triés par probabilité. Sélectionnez un diagnostic pour afficher sa carte de chaleur.</translation>
    </message>
    <message>
        <source>The service returned no conclusions.</source>
        <translation>Le service n&apos;a renvoyé aucun diagnostic.</translation>
    </message>
    <message>
        <source>Show all %1 conclusions…</source>
        <translation>Afficher les %1 diagnostics…</translation>
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
        <translation>Conservé sur le serveur du fournisseur, non téléchargé&#xa0;:</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Cliquez pour agrandir</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Décodage…</translation>
    </message>
    <message>
        <source>This image could not be read: %1</source>
        <translation>Impossible de lire cette image&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
</context>
<context>
    <name>dv::ui::ExportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>The result as a PDF report: photos, heat map, top 5, indicators, validity and scores</source>
        <translation>Le résultat sous forme de rapport PDF&#xa0;: photos, carte de chaleur, 5 premiers diagnostics, indicateurs, validité et scores</translation>
    </message>
    <message>
        <source>Export &amp;view as PNG…</source>
        <translation>Exporter la &amp;vue en PNG…</translation>
    </message>
    <message>
        <source>The photo as shown, with its overlay and legend</source>
        <translation>La photo telle qu&apos;affichée, avec sa superposition et sa légende</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Exporter la vue en PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>reopened from a saved response</source>
        <translation>rouvert à partir d&apos;une réponse enregistrée</translation>
    </message>
    <message>
        <source>embedded sandbox — not a medical device</source>
        <translation>sandbox intégré — pas un dispositif médical</translation>
    </message>
    <message>
        <source>Exported the PDF report to %1.</source>
        <translation>Rapport PDF exporté vers %1.</translation>
    </message>
    <message>
        <source>Exported the view to %1.</source>
        <translation>Vue exportée vers %1.</translation>
    </message>
</context>
<context>
    <name>dv::ui::FollowUpView</name>
    <message>
        <source>Case reference</source>
        <translation>Référence du cas</translation>
    </message>
    <message>
        <source>Choose a case</source>
        <translation>Choisissez un cas</translation>
    </message>
    <message>
        <source>Scoring system</source>
        <translation>Système de score</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Site corporel</translation>
    </message>
    <message>
        <source>Earlier photo</source>
        <translation>Photo antérieure</translation>
    </message>
    <message>
        <source>Later photo</source>
        <translation>Photo ultérieure</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Cas&#xa0;:</translation>
    </message>
    <message>
        <source>Scoring system:</source>
        <translation>Système de score&#xa0;:</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Site corporel&#xa0;:</translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Comparer les photos</translation>
    </message>
    <message>
        <source>(no body site given)</source>
        <translation>(site corporel non indiqué)</translation>
    </message>
    <message>
        <source>Choose a case to follow its severity scores over time.</source>
        <translation>Choisissez un cas pour suivre l&apos;évolution de ses scores de sévérité.</translation>
    </message>
    <message>
        <source>No severity score has been recorded for this case yet.</source>
        <translation>Aucun score de sévérité n&apos;a encore été enregistré pour ce cas.</translation>
    </message>
    <message>
        <source>No photos were kept for this case. Tick &quot;Keep photos in the history&quot; in the case panel to compare a body site across visits.</source>
        <translation>Aucune photo n&apos;a été conservée pour ce cas. Cochez «&#xa0;Conserver les photos dans l&apos;historique&#xa0;» dans le panneau du cas pour comparer un site corporel d&apos;une consultation à l&apos;autre.</translation>
    </message>
    <message>
        <source>Only one visit with a kept photo of this body site so far.</source>
        <translation>Pour l&apos;instant, une seule consultation comporte une photo conservée de ce site corporel.</translation>
    </message>
    <message>
        <source>The kept photo cannot be read.</source>
        <translation>Impossible de lire la photo conservée.</translation>
    </message>
</context>
<context>
    <name>dv::ui::HistoryPanel</name>
    <message>
        <source>Case history</source>
        <translation>Historique des cas</translation>
    </message>
    <message>
        <source>Search case reference, report id, conclusion, body site…</source>
        <translation>Rechercher une référence de cas, un ID de rapport, un diagnostic, un site corporel…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Émis à partir du</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Émis jusqu&apos;au</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Site corporel</translation>
    </message>
    <message>
        <source>Top conclusion</source>
        <translation>Diagnostic principal</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>ID du rapport</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Show the stored response in the window, exactly as received.</source>
        <translation>Afficher la réponse enregistrée dans la fenêtre, exactement telle qu&apos;elle a été reçue.</translation>
    </message>
    <message>
        <source>&amp;Follow-up of this case</source>
        <translation>&amp;Suivi de ce cas</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Results recorded on this computer. Withheld results are not recorded outside QA mode. Preliminary — AI decision support, not a diagnosis.</source>
        <translation>Résultats enregistrés sur cet ordinateur. En dehors du mode QA, les résultats masqués ne sont pas enregistrés. Préliminaire — aide à la décision par IA, et non un diagnostic.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Severity assessment</source>
        <translation>Évaluation de la sévérité</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>(QA mode)</source>
        <translation>(mode QA)</translation>
    </message>
    <message>
        <source>Revealed by QA mode — NOT FOR CLINICAL USE</source>
        <translation>Affiché par le mode QA — NE PAS UTILISER EN CLINIQUE</translation>
    </message>
    <message>
        <source>No recorded results match.</source>
        <translation>Aucun résultat enregistré ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n enregistrement.</numerusform>
            <numerusform>%n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>the history record of %1 (%2, case %3)</source>
        <translation>l&apos;enregistrement d&apos;historique du %1 (%2, cas %3)</translation>
    </message>
</context>
<context>
    <name>dv::ui::HistoryRecorder</name>
    <message>
        <source>The result was not saved in the history: %1</source>
        <translation>Le résultat n&apos;a pas été enregistré dans l&apos;historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::ImageReviewPanel</name>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Site corporel %1</translation>
    </message>
    <message>
        <source>This analysis has no image %1.</source>
        <translation>Cette analyse ne contient pas d&apos;image %1.</translation>
    </message>
    <message>
        <source>Valid for clinical use</source>
        <translation>Valide pour un usage clinique</translation>
    </message>
    <message>
        <source>Not valid: results withheld</source>
        <translation>Non valide&#xa0;: résultats masqués</translation>
    </message>
    <message>
        <source>Image quality and validity</source>
        <translation>Qualité et validité de l&apos;image</translation>
    </message>
    <message>
        <source>Retake the photo</source>
        <translation>Reprenez la photo</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Differential diagnosis</source>
        <translation>Diagnostic différentiel</translation>
    </message>
    <message>
        <source>Heat maps: %1. Select a conclusion to show its heat map on the photo.</source>
        <translation>Cartes de chaleur&#xa0;: %1. Sélectionnez un diagnostic pour afficher sa carte de chaleur sur la photo.</translation>
    </message>
    <message>
        <source>Contribution to the global severity score: %1</source>
        <translation>Contribution au score global de sévérité&#xa0;: %1</translation>
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
        <translation>Indicateurs de risque</translation>
    </message>
    <message>
        <source>Reliability of this result</source>
        <translation>Fiabilité de ce résultat</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Incertitude (entropie)</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Specificity:</source>
        <translation>Spécificité&#xa0;:</translation>
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
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Dermaview</source>
        <translation>Dermaview</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Dermaview</source>
        <translation>À &amp;propos de Dermaview</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 pixels</source>
        <translation>%1 — %2 × %3 pixels</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language will change the next time Dermaview starts.</source>
        <translation>La langue changera au prochain démarrage de Dermaview.</translation>
    </message>
    <message>
        <source>About Dermaview</source>
        <translation>À propos de Dermaview</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dermaview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A viewer for dermatology AI results.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dermaview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Une visionneuse de résultats d&apos;IA en dermatologie.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add skin photos with File ▸ Add photos… (Ctrl+O), or drop them here.</source>
        <translation>Ajoutez des photos de peau avec Fichier ▸ Ajouter des photos… (Ctrl+O) ou déposez-les ici.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sandbox — not a medical device</source>
        <translation>Sandbox — pas un dispositif médical</translation>
    </message>
    <message>
        <source>Results come from Dermaview&apos;s offline sandbox, computed from simple image measurements. They are for demonstration only.</source>
        <translation>Les résultats viennent du sandbox hors ligne de Dermaview, calculés à partir de mesures simples de l&apos;image. Ils servent uniquement à la démonstration.</translation>
    </message>
    <message>
        <source>QA MODE — NOT FOR CLINICAL USE</source>
        <translation>MODE QA — NE PAS UTILISER EN CLINIQUE</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Ajouter des photos…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Coller une photo</translation>
    </message>
    <message>
        <source>&amp;Open saved response…</source>
        <translation>&amp;Ouvrir une réponse enregistrée…</translation>
    </message>
    <message>
        <source>&amp;Save raw response…</source>
        <translation>Enregi&amp;strer la réponse brute…</translation>
    </message>
    <message>
        <source>Server &amp;connection…</source>
        <translation>&amp;Connexion au serveur…</translation>
    </message>
    <message>
        <source>&amp;QA mode (not for clinical use)</source>
        <translation>Mode &amp;QA (ne pas utiliser en clinique)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dermaview — Sandbox, not a medical device</source>
        <translation>Dermaview — Sandbox, pas un dispositif médical</translation>
    </message>
    <message>
        <source>Dermaview — %1</source>
        <translation>Dermaview — %1</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>%1 was not added: a case holds at most three photos. Remove one first.</source>
        <translation>%1 n&apos;a pas été ajoutée&#xa0;: un cas contient au plus trois photos. Retirez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>A case holds at most three photos. Remove one first.</source>
        <translation>Un cas contient au plus trois photos. Retirez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>No AI service is connected.</source>
        <translation>Aucun service d&apos;IA n&apos;est connecté.</translation>
    </message>
    <message>
        <source>Open saved response</source>
        <translation>Ouvrir une réponse enregistrée</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossible d&apos;afficher %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Showing the saved response %1.</source>
        <translation>Affichage de la réponse enregistrée %1.</translation>
    </message>
    <message>
        <source>Save raw response</source>
        <translation>Enregistrer la réponse brute</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no response</source>
        <translation>il n&apos;y a aucune réponse</translation>
    </message>
    <message>
        <source>Saved the raw response to %1.</source>
        <translation>Réponse brute enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Enable QA mode?</source>
        <translation>Activer le mode QA&#xa0;?</translation>
    </message>
    <message>
        <source>QA mode shows outputs the AI service marked invalid, for checking the model. They are watermarked NOT FOR CLINICAL USE and must not inform patient care.

Enable QA mode?</source>
        <translation>Le mode QA affiche les résultats que le service d&apos;IA a marqués non valides, pour contrôler le modèle. Ils portent la mention NE PAS UTILISER EN CLINIQUE et ne doivent pas guider la prise en charge des patients.

Activer le mode QA&#xa0;?</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combiné</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>%1 — not valid</source>
        <translation>%1 — non valide</translation>
    </message>
    <message>
        <source>A reopened response has no photo to draw its heat maps on.</source>
        <translation>Une réponse rouverte n&apos;a pas de photo sur laquelle dessiner ses cartes de chaleur.</translation>
    </message>
    <message>
        <source>%1: the response carries no heat map.</source>
        <translation>%1&#xa0;: la réponse ne contient pas de carte de chaleur.</translation>
    </message>
    <message>
        <source>%1: the heat map cannot be shown: %2</source>
        <translation>%1&#xa0;: la carte de chaleur ne peut pas être affichée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Heat map: %1</source>
        <translation>Carte de chaleur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show or hide the heat map</source>
        <translation>Afficher ou masquer la carte de chaleur</translation>
    </message>
    <message>
        <source>Side by side: the photo alone beside the overlay</source>
        <translation>Côte à côte&#xa0;: la photo seule à côté de la superposition</translation>
    </message>
    <message>
        <source>Wheel, + / −</source>
        <translation>Molette, + / −</translation>
    </message>
    <message>
        <source>Zoom the photo</source>
        <translation>Zoomer sur la photo</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Ajuster la photo à la fenêtre</translation>
    </message>
    <message>
        <source>Actual size (one photo pixel per screen pixel)</source>
        <translation>Taille réelle (un pixel de la photo par pixel d&apos;écran)</translation>
    </message>
    <message>
        <source>Drag, arrow keys</source>
        <translation>Glisser, flèches</translation>
    </message>
    <message>
        <source>Pan the zoomed photo</source>
        <translation>Déplacer la photo agrandie</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Raw &amp;JSON of the response (QA)…</source>
        <translation>&amp;JSON brut de la réponse (QA)…</translation>
    </message>
    <message>
        <source>Raw response — NOT FOR CLINICAL USE</source>
        <translation>Réponse brute — NE PAS UTILISER EN CLINIQUE</translation>
    </message>
    <message>
        <source>Preview — loading the full resolution…</source>
        <translation>Aperçu — chargement de la pleine résolution…</translation>
    </message>
    <message>
        <source>Open stored &amp;report…</source>
        <translation>Ouvrir un &amp;rapport enregistré…</translation>
    </message>
    <message>
        <source>&amp;Severity assessment…</source>
        <translation>&amp;Évaluation de la sévérité…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>Impossible d&apos;afficher %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Affichage de %1.</translation>
    </message>
    <message>
        <source>This response holds output withheld because an image is not valid; it can be saved in QA mode only.</source>
        <translation>Cette réponse contient des résultats masqués car une image n&apos;est pas valide&#xa0;; elle ne peut être enregistrée qu&apos;en mode QA.</translation>
    </message>
    <message>
        <source>Cannot save %1: the response holds output withheld because an image is not valid; it can be saved in QA mode only.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: la réponse contient des résultats masqués car une image n&apos;est pas valide&#xa0;; elle ne peut être enregistrée qu&apos;en mode QA.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>dv::ui::MediaValidityView</name>
    <message>
        <source>%1 of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>Image quality:</source>
        <translation>Qualité de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>Service&apos;s interpretation:</source>
        <translation>Interprétation du service&#xa0;:</translation>
    </message>
    <message>
        <source>Quality acceptable:</source>
        <translation>Qualité acceptable&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (AI confidence %2)</source>
        <translation>%1 (confiance de l&apos;IA %2)</translation>
    </message>
    <message>
        <source>Shows skin:</source>
        <translation>Montre de la peau&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (clinical photo %2, dermoscopic %3)</source>
        <translation>%1 (photo clinique %2, dermoscopique %3)</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalité&#xa0;:</translation>
    </message>
    <message>
        <source>Valid (isValid):</source>
        <translation>Valide (isValid)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dv::ui::OverlayViewer</name>
    <message>
        <source>Photo without overlay</source>
        <translation>Photo sans superposition</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Superposition</translation>
    </message>
    <message>
        <source>Show the heat map of the selected conclusion (O)</source>
        <translation>Afficher la carte de chaleur de la conclusion sélectionnée (O)</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Fondu</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Overlay mode</source>
        <translation>Mode de superposition</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Palette de couleurs</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>Cô&amp;te à côte</translation>
    </message>
    <message>
        <source>The photo alone beside the overlay, zoom and pan in step (S)</source>
        <translation>La photo seule à côté de la superposition, zoom et déplacement synchronisés (S)</translation>
    </message>
</context>
<context>
    <name>dv::ui::PhotoCanvas</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, 0 to fit, 1 for actual size, drag or arrow keys to pan.</source>
        <translation>Molette ou +/− pour zoomer, 0 pour ajuster, 1 pour la taille réelle, glisser ou flèches pour déplacer.</translation>
    </message>
</context>
<context>
    <name>dv::ui::QaWatermark</name>
    <message>
        <source>%1 — withheld content revealed for QA. The service did not allow clinical use of what follows.</source>
        <translation>%1 — contenu masqué affiché pour QA. Le service n&apos;a pas autorisé l&apos;usage clinique de ce qui suit.</translation>
    </message>
</context>
<context>
    <name>dv::ui::QuestionnaireForm</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The accepted range of a questionnaire item, e.g. &quot;0–3&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>toute valeur</translation>
    </message>
    <message>
        <source>%1 (decimals allowed)</source>
        <translation>%1 (décimales autorisées)</translation>
    </message>
    <message>
        <source>This scoring system asks no questions.</source>
        <translation>Ce système de score ne pose aucune question.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ReportContextSection</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Pathology:</source>
        <translation>Pathologie&#xa0;:</translation>
    </message>
    <message>
        <source>Withheld with the combined result: not every photo is valid.</source>
        <translation>Masqué avec le résultat combiné&#xa0;: toutes les photos ne sont pas valides.</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Site corporel&#xa0;:</translation>
    </message>
    <message>
        <source>Anamnesis</source>
        <translation>Anamnèse</translation>
    </message>
    <message>
        <source>The report holds no anamnesis.</source>
        <translation>Le rapport ne contient pas d&apos;anamnèse.</translation>
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
        <translation>standard</translation>
    </message>
    <message>
        <source>Stored report — QA mode, not for clinical use</source>
        <translation>Rapport enregistré — mode QA, ne pas utiliser en clinique</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>Report identifier</source>
        <translation>Identifiant du rapport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;etch</source>
        <translation>Ré&amp;cupérer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Ouvrir un fic&amp;hier…</translation>
    </message>
    <message>
        <source>Download &amp;PDF…</source>
        <translation>Télécharger le &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Enregistrer le &amp;JSON…</translation>
    </message>
    <message>
        <source>%1
Still shown: report %2.</source>
        <translation>%1
Toujours affiché&#xa0;: rapport %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Opération annulée.</translation>
    </message>
    <message>
        <source>Fetched (%1, %2).</source>
        <translation>Récupéré (%1, %2).</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>%1 ouvert (%2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>Téléchargement du PDF…</translation>
    </message>
    <message>
        <source>Open a saved report</source>
        <translation>Ouvrir un rapport enregistré</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the report&apos;s PDF</source>
        <translation>Enregistrer le PDF du rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report&apos;s JSON</source>
        <translation>Enregistrer le JSON du rapport</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistre</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Reading the API token…</source>
        <translation>Lecture du jeton d&apos;API…</translation>
    </message>
    <message>
        <source>Not requested: the report service needs an API token.</source>
        <translation>Non demandé&#xa0;: le service de rapports a besoin d&apos;un jeton d&apos;API.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ReportHeader</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>préliminaire</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 — QA mode: withheld results are revealed for model QA.</source>
        <translation>%1 — Mode QA&#xa0;: les résultats masqués sont affichés pour la QA du modèle.</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>without identifier</source>
        <translation>sans identifiant</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>émis %1</translation>
    </message>
    <message>
        <source>analysis took %1 s</source>
        <translation>analyse en %1 s</translation>
    </message>
</context>
<context>
    <name>dv::ui::ResultPanel</name>
    <message>
        <source>Analyse photos to see the combined result of the analysis here.</source>
        <translation>Analysez des photos pour voir ici le résultat combiné de l&apos;analyse.</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Résultat combiné</translation>
    </message>
    <message>
        <source>Notes on this response</source>
        <translation>Remarques sur cette réponse</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>The combined result is withheld and not shown.</source>
        <translation>Le résultat combiné est masqué et n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>Re-analyse the valid images only</source>
        <translation>Réanalyser uniquement les images valides</translation>
    </message>
    <message>
        <source>Sends the valid images again (%1 of %2), without the others.</source>
        <translation>Renvoie les images valides (%1 sur %2), sans les autres.</translation>
    </message>
    <message>
        <source>No image is valid: retake the photos, then analyse again.</source>
        <translation>Aucune image n&apos;est valide&#xa0;: reprenez les photos, puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>Differential diagnosis</source>
        <translation>Diagnostic différentiel</translation>
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
        <translation>confiance de l&apos;IA %1</translation>
    </message>
    <message>
        <source>presence probability %1</source>
        <translation>probabilité de présence %1</translation>
    </message>
    <message>
        <source>%1 of the body surface</source>
        <translation>%1 de la surface corporelle</translation>
    </message>
    <message>
        <source>%1 wheals counted</source>
        <translation>%1 papules ortiées comptées</translation>
    </message>
    <message>
        <source>acne density %1</source>
        <translation>densité d&apos;acné %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A detail the service sent under a name the viewer does not know: &quot;name: value&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Intensité %1 sur 3</translation>
    </message>
    <message>
        <source>Severity level %1</source>
        <translation>Niveau de sévérité %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One severity band on the band bar: &quot;0–1 No effect&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation>Catégories de sévérité</translation>
    </message>
    <message>
        <source>The score %1 lies outside the published bands.</source>
        <translation>Le score %1 se situe en dehors des catégories publiées.</translation>
    </message>
    <message>
        <source>The score %1 lies in the band “%2” (%3).</source>
        <translation>Le score %1 se situe dans la catégorie «&#xa0;%2&#xa0;» (%3).</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Masks and detection boxes the service returned with a score.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n masque</numerusform>
            <numerusform>%n masques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s)</source>
        <translation>
            <numerusform>%n détection</numerusform>
            <numerusform>%n détections</numerusform>
        </translation>
    </message>
    <message>
        <source>This score is withheld.</source>
        <translation>Ce score est masqué.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ScreenshotRun</name>
    <message>
        <source>No result within %1 seconds.</source>
        <translation>Aucun résultat en %1 secondes.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityDialog</name>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>automatic, one photo</source>
        <translation>automatique, une photo</translation>
    </message>
    <message>
        <source>automatic, one photo per body site</source>
        <translation>automatique, une photo par site corporel</translation>
    </message>
    <message>
        <source>Required: please fill this in.</source>
        <translation>Obligatoire&#xa0;: veuillez renseigner ce champ.</translation>
    </message>
    <message>
        <source>The service did not accept this value.</source>
        <translation>Le service n&apos;a pas accepté cette valeur.</translation>
    </message>
    <message>
        <source>Severity assessment</source>
        <translation>Évaluation de la sévérité</translation>
    </message>
    <message>
        <source>Loading scoring systems…</source>
        <translation>Chargement des systèmes de score…</translation>
    </message>
    <message>
        <source>&amp;Scoring system:</source>
        <translation>&amp;Système de score&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2 in the current differential</source>
        <extracomment>Tooltip of a differential entry offered as the known condition.</extracomment>
        <translation>%1, %2 dans le diagnostic différentiel actuel</translation>
    </message>
    <message>
        <source>Type the condition, e.g. psoriasis</source>
        <translation>Saisissez l&apos;affection, par ex. psoriasis</translation>
    </message>
    <message>
        <source>Pick from the differential or type</source>
        <translation>Choisissez dans le diagnostic différentiel ou saisissez</translation>
    </message>
    <message>
        <source>Known &amp;condition:</source>
        <translation>A&amp;ffection connue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>Site &amp;corporel&#xa0;:</translation>
    </message>
    <message>
        <source>The case has no photo. Add one in the main window to assess it automatically.</source>
        <translation>Le cas ne contient aucune photo. Ajoutez-en une dans la fenêtre principale pour l&apos;évaluer automatiquement.</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Photos by body site</source>
        <translation>Photos par site corporel</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>&amp;Évaluer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The scoring systems could not be fetched: %1</source>
        <translation>Les systèmes de score n&apos;ont pas pu être récupérés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A scoring system in the chooser: &quot;Dermatology Life Quality Index — questionnaire&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a scoring system</source>
        <translation>Choisissez un système de score</translation>
    </message>
    <message>
        <source>Drop one photo on each body site (or use Choose…). Sites without a photo are left out.</source>
        <translation>Déposez une photo sur chaque site corporel (ou utilisez Choisir…). Les sites sans photo sont ignorés.</translation>
    </message>
    <message>
        <source>The service does not say which body sites this scoring system needs: every catalogue site is offered. Sites without a photo are left out.</source>
        <translation>Le service n&apos;indique pas quels sites corporels ce système de score requiert&#xa0;: tous les sites du catalogue sont proposés. Les sites sans photo sont ignorés.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Waiting for the service…</source>
        <translation>En attente du service…</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Envoi…&#xa0;%p&#xa0;%</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: press Assess to send it again.</source>
        <translation>Opération annulée. Rien n&apos;a été perdu&#xa0;: cliquez sur Évaluer pour renvoyer la demande.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A rejected field the form has no place for: &quot;scoringSystem.x: message&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The service did not accept %n value(s); see the marked field(s). Your entries are kept.</source>
        <translation>
            <numerusform>Le service n&apos;a pas accepté %n valeur&#xa0;; consultez le champ signalé. Vos saisies sont conservées.</numerusform>
            <numerusform>Le service n&apos;a pas accepté %n valeurs&#xa0;; consultez les champs signalés. Vos saisies sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service did not accept the request.</source>
        <translation>Le service n&apos;a pas accepté la requête.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityPhotoView</name>
    <message>
        <source>Show masks and boxes</source>
        <translation>Afficher les masques et les cadres</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Tint</source>
        <translation>Coloration</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Mask:</source>
        <translation>Masque&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Magenta: the mask “%1”.</source>
        <translation>Magenta&#xa0;: le masque «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>Yellow boxes: %n detection(s) (%1).</source>
        <translation>
            <numerusform>Cadres jaunes&#xa0;: %n détection (%1).</numerusform>
            <numerusform>Cadres jaunes&#xa0;: %n détections (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask “%1” cannot be drawn: %2</source>
        <translation>Le masque «&#xa0;%1&#xa0;» ne peut pas être dessiné&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityResultPane</name>
    <message>
        <source>The score appears here after the assessment. Choose a scoring system, answer its items and press Assess.</source>
        <translation>Le score s&apos;affiche ici après l&apos;évaluation. Choisissez un système de score, répondez à ses items et cliquez sur Évaluer.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Each body site&apos;s validity and contribution is shown on its photo.</source>
        <translation>La validité et la contribution de chaque site corporel sont indiquées sur sa photo.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SiteSlot</name>
    <message>
        <source>Drop a photo here</source>
        <translation>Déposez une photo ici</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the photo of %1</source>
        <translation>Choisir la photo de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>Impossible d&apos;utiliser ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Image quality %1 (%2)</source>
        <translation>Qualité de l&apos;image %1 (%2)</translation>
    </message>
    <message>
        <source>Contribution to the global score: %1</source>
        <translation>Contribution au score global&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::StoredReportView</name>
    <message>
        <source>Fetch a report by its identifier or open a saved report file to see it here.</source>
        <translation>Récupérez un rapport par son identifiant ou ouvrez un fichier de rapport enregistré pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Image %1 (not valid)</source>
        <translation>Image %1 (non valide)</translation>
    </message>
    <message>
        <source>Scoring systems (%1)</source>
        <translation>Systèmes de score (%1)</translation>
    </message>
    <message>
        <source>Explainability media</source>
        <translation>Médias d&apos;explicabilité</translation>
    </message>
    <message>
        <source>What the model attended to for each scoring system. A stored report carries no photo to lay them over, so they are shown as sent.</source>
        <translation>Les zones sur lesquelles le modèle s&apos;est concentré pour chaque système de score. Un rapport enregistré ne contient aucune photo sur laquelle les superposer&#xa0;; elles sont donc affichées telles que reçues.</translation>
    </message>
    <message>
        <source>Explainability (%1)</source>
        <translation>Explicabilité (%1)</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Cliquez pour agrandir</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Downloading the photo…</source>
        <translation>Téléchargement de la photo…</translation>
    </message>
    <message>
        <source>The photo could not be shown: %1</source>
        <translation>La photo n&apos;a pas pu être affichée&#xa0;: %1</translation>
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
        <translation>Langue de l&apos;interface.</translation>
    </message>
    <message>
        <source>Skin photos to open.</source>
        <translation>Photos de peau à ouvrir.</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Analyse the photos, save the window to FILE (PNG) and exit.</source>
        <translation>Analyser les photos, enregistrer la fenêtre dans FILE (PNG) et quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>Taille de la fenêtre pour --screenshot, par ex. 1280x800.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, at least 320x240.</source>
        <translation>--size attend LARGEURxHAUTEUR, au moins 320x240.</translation>
    </message>
</context>
</TS>
