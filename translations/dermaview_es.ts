<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AllConclusionsDialog</name>
    <message>
        <source>All conclusions</source>
        <translation>Todos los diagnósticos</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>ICD-11 code or name</source>
        <translation>Código CIE-11 o nombre</translation>
    </message>
    <message>
        <source>Filter conclusions by ICD-11 code or name</source>
        <translation>Filtrar diagnósticos por código CIE-11 o nombre</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>One to three skin photos.</source>
        <translation>De una a tres fotos de piel.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli analyze IMAGE [IMAGE [IMAGE]] [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</source>
        <translation>Uso: dermaview-cli analyze IMAGE [IMAGE [IMAGE]] [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>the answer is not a PDF</source>
        <translation>la respuesta no es un PDF</translation>
    </message>
    <message>
        <source>The AI service could not be reached (%1). Check the network connection, then try again.</source>
        <translation>No se pudo conectar con el servicio de IA (%1). Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The AI service did not answer in time. Try again; if it keeps happening, the service may be overloaded.</source>
        <translation>El servicio de IA no respondió a tiempo. Vuelva a intentarlo; si sigue ocurriendo, es posible que el servicio esté sobrecargado.</translation>
    </message>
    <message>
        <source>The report service did not accept the API token (X-API-TOKEN). Check it in the connection settings.</source>
        <translation>El servicio de informes no aceptó el token de la API (X-API-TOKEN). Compruébelo en la configuración de la conexión.</translation>
    </message>
    <message>
        <source>The AI service did not accept the user name or password. Check them in the connection settings.</source>
        <translation>El servicio de IA no aceptó el nombre de usuario o la contraseña. Compruébelos en la configuración de la conexión.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The AI service rejected the request: %1</source>
        <translation>El servicio de IA rechazó la solicitud: %1</translation>
    </message>
    <message numerus="yes">
        <source>The AI service is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>El servicio de IA está ocupado. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El servicio de IA está ocupado. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The AI service is busy. Try again in a moment.</source>
        <translation>El servicio de IA está ocupado. Vuelva a intentarlo en unos instantes.</translation>
    </message>
    <message>
        <source>The AI service reported a problem of its own (HTTP %1). Try again later; nothing you entered is lost.</source>
        <translation>El servicio de IA notificó un problema interno (HTTP %1). Vuelva a intentarlo más tarde; no se ha perdido nada de lo que ha introducido.</translation>
    </message>
    <message>
        <source>The AI service sent an answer Dermaview cannot read (%1), so nothing from it is shown.</source>
        <translation>El servicio de IA envió una respuesta que Dermaview no puede leer (%1), por lo que no se muestra nada de ella.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1). Dermaview does not send data to a server it cannot verify.</source>
        <translation>No se pudo verificar la conexión segura (%1). Dermaview no envía datos a un servidor que no puede verificar.</translation>
    </message>
    <message>
        <source>%1 is not on this computer and does not use https. Dermaview does not send patient images over an unencrypted connection unless you allow it in the connection settings.</source>
        <translation>%1 no está en este equipo y no usa https. Dermaview no envía imágenes de pacientes por una conexión sin cifrar, salvo que usted lo permita en la configuración de la conexión.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Operación cancelada.</translation>
    </message>
    <message>
        <source>The AI service has no such record (%1). Check the identifier.</source>
        <translation>El servicio de IA no tiene ese registro (%1). Compruebe el identificador.</translation>
    </message>
    <message>
        <source>the answer is not an image</source>
        <translation>la respuesta no es una imagen</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la respuesta ocupa más de %1 MB</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mala</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Deficiente</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>Very low uncertainty</source>
        <translation>Incertidumbre muy baja</translation>
    </message>
    <message>
        <source>Low uncertainty</source>
        <translation>Incertidumbre baja</translation>
    </message>
    <message>
        <source>Moderate uncertainty</source>
        <translation>Incertidumbre moderada</translation>
    </message>
    <message>
        <source>High uncertainty</source>
        <translation>Incertidumbre alta</translation>
    </message>
    <message>
        <source>Very high uncertainty</source>
        <translation>Incertidumbre muy alta</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy baja</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Muy alta</translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>Nothing is saved in the system keychain for this server profile.</source>
        <translation>No hay nada guardado en el llavero del sistema para este perfil de servidor.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (no Secret Service or KWallet is running), so Dermaview cannot remember passwords or API tokens and asks for them each session.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo (no se está ejecutando Secret Service ni KWallet), por lo que Dermaview no puede recordar contraseñas ni tokens de API y los solicita en cada sesión.</translation>
    </message>
    <message>
        <source>The system keychain refused Dermaview access (it may be locked, or access was declined).</source>
        <translation>El llavero del sistema denegó el acceso a Dermaview (puede estar bloqueado o se rechazó el acceso).</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>El llavero del sistema notificó un error.</translation>
    </message>
</context>
<context>
    <name>DecodeLimits</name>
    <message>
        <source>The image declares no pixels (%1 × %2).</source>
        <translation>La imagen no declara ningún píxel (%1 × %2).</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels (%3 megapixels); at most %4 megapixels can be opened. The file may be damaged or deliberately malformed.</source>
        <translation>La imagen declara %1 × %2 píxeles (%3 megapíxeles); se pueden abrir como máximo %4 megapíxeles. Puede que el archivo esté dañado o malformado a propósito.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: dermaview-cli export --out FILE.pdf RESPONSE.json [--image IMG ...] [--mode blend|attention|contour] [--qa]</source>
        <translation>Uso: dermaview-cli export --out FILE.pdf RESPONSE.json [--image IMG ...] [--mode blend|attention|contour] [--qa]</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>El PDF que se escribirá.</translation>
    </message>
    <message>
        <source>A photo of the response, in the response&apos;s image order (repeat for each).</source>
        <translation>Una foto de la respuesta, en el orden de imágenes de la respuesta (repetir para cada una).</translation>
    </message>
    <message>
        <source>Heat-map overlay: blend (default), attention or contour.</source>
        <translation>Superposición del mapa de calor: blend (por defecto), attention o contour.</translation>
    </message>
    <message>
        <source>QA mode: include withheld outputs, every page watermarked NOT FOR CLINICAL USE.</source>
        <translation>Modo QA: incluir los resultados ocultos, con la marca de agua NO APTO PARA USO CLÍNICO en cada página.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;.</source>
        <translation>Modo «%1» desconocido.</translation>
    </message>
    <message>
        <source>%1: a %2 response carries no result to export.</source>
        <translation>%1: una respuesta %2 no contiene ningún resultado que exportar.</translation>
    </message>
    <message>
        <source>saved response %1</source>
        <translation>respuesta guardada %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n image(s), but %2 photo(s) were given; give one --image per image, in the response&apos;s order, or none.</source>
        <translation>
            <numerusform>%1 tiene %n imagen, pero se indicaron %2 foto(s); indique una --image por imagen, en el orden de la respuesta, o ninguna.</numerusform>
            <numerusform>%1 tiene %n imágenes, pero se indicaron %2 foto(s); indique una --image por imagen, en el orden de la respuesta, o ninguna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se escribió %1 (%n página).</numerusform>
            <numerusform>Se escribió %1 (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportPhotos</name>
    <message>
        <source>attention</source>
        <translation>atención</translation>
    </message>
    <message>
        <source>contour</source>
        <translation>contorno</translation>
    </message>
    <message>
        <source>blend</source>
        <translation>mezcla</translation>
    </message>
    <message>
        <source>No heat map: this image&apos;s clinical output is withheld (not valid).</source>
        <translation>Sin mapa de calor: el resultado clínico de esta imagen se retiene (no válida).</translation>
    </message>
    <message>
        <source>No heat map: the response has none for this image.</source>
        <translation>Sin mapa de calor: la respuesta no incluye ninguno para esta imagen.</translation>
    </message>
    <message>
        <source>No heat map: the response carries none for %1.</source>
        <translation>Sin mapa de calor: la respuesta no incluye ninguno para %1.</translation>
    </message>
    <message>
        <source>The heat map of %1 cannot be drawn: %2</source>
        <translation>No se puede dibujar el mapa de calor de %1: %2</translation>
    </message>
    <message>
        <source>The heat map of %1 cannot be drawn: not enough memory.</source>
        <translation>No se puede dibujar el mapa de calor de %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>Heat map of %1 — %2, opacity %3 %</source>
        <translation>Mapa de calor de %1 — %2, opacidad %3 %</translation>
    </message>
</context>
<context>
    <name>HeatMapDecoding</name>
    <message>
        <source>The overlay image is a %1 file; only JPEG and PNG are expected.</source>
        <translation>La imagen superpuesta es un archivo %1; solo se esperan JPEG y PNG.</translation>
    </message>
    <message>
        <source>The overlay carries no image data.</source>
        <translation>La superposición no contiene datos de imagen.</translation>
    </message>
    <message>
        <source>The overlay&apos;s base64 data is corrupt.</source>
        <translation>Los datos base64 de la superposición están dañados.</translation>
    </message>
    <message>
        <source>The overlay declares %1 × %2 pixels but contains %3 × %4; it is scaled to the photo all the same.</source>
        <translation>La superposición declara %1 × %2 píxeles pero contiene %3 × %4; se escala a la foto de todos modos.</translation>
    </message>
    <message numerus="yes">
        <source>The overlay declares the colour model &quot;%1&quot; but is stored with %n channel(s).</source>
        <translation>
            <numerusform>La superposición declara el modelo de color «%1» pero está almacenada con %n canal.</numerusform>
            <numerusform>La superposición declara el modelo de color «%1» pero está almacenada con %n canales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The overlay declares the type &quot;%1&quot; but is a %2 image.</source>
        <translation>La superposición declara el tipo «%1» pero es una imagen %2.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Only the records of this case reference.</source>
        <translation>Solo los registros de esta referencia de caso.</translation>
    </message>
    <message>
        <source>Records whose case, report id, conclusion, body site, server or user contains TEXT.</source>
        <translation>Registros cuyo caso, id de informe, conclusión, localización corporal, servidor o usuario contiene TEXT.</translation>
    </message>
    <message>
        <source>Issued on or after DATE (YYYY-MM-DD, UTC).</source>
        <translation>Emitidos en la fecha DATE o después (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Issued before DATE (UTC).</source>
        <translation>Emitidos antes de la fecha DATE (UTC).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>QA mode: also show conclusions and scores that only QA mode revealed when they were recorded, marked NOT FOR CLINICAL USE.</source>
        <translation>Modo QA: mostrar también las conclusiones y puntuaciones que solo el modo QA reveló cuando se registraron, marcadas como NO APTO PARA USO CLÍNICO.</translation>
    </message>
    <message>
        <source>Print the stored response of record ID (inspect reads it).</source>
        <translation>Mostrar la respuesta almacenada del registro ID (inspect puede leerla).</translation>
    </message>
    <message>
        <source>The history file.</source>
        <translation>El archivo de historial.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json] [--qa] [--raw ID] [--db PATH]</source>
        <translation>Uso: dermaview-cli history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json] [--qa] [--raw ID] [--db PATH]</translation>
    </message>
    <message>
        <source>--%1 expects a date such as 2026-03-01, not &quot;%2&quot;.</source>
        <translation>--%1 espera una fecha como 2026-03-01, no «%2».</translation>
    </message>
    <message>
        <source>--raw expects a record id (a positive number).</source>
        <translation>--raw espera un id de registro (un número positivo).</translation>
    </message>
    <message>
        <source>%1: there is no history file yet.</source>
        <translation>%1: todavía no hay ningún archivo de historial.</translation>
    </message>
    <message>
        <source>No history yet (%1 does not exist).</source>
        <translation>Todavía no hay historial (%1 no existe).</translation>
    </message>
    <message>
        <source>QA mode: NOT FOR CLINICAL USE.</source>
        <translation>Modo QA: NO APTO PARA USO CLÍNICO.</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Ningún registro coincide.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Emitido (UTC)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Top conclusion</source>
        <translation>Conclusión principal</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>[QA]</source>
        <translation>[QA]</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s). Preliminary — AI decision support, not a diagnosis.</source>
        <translation>
            <numerusform>%n registro. Preliminar — apoyo a la decisión basado en IA, no un diagnóstico.</numerusform>
            <numerusform>%n registros. Preliminar — apoyo a la decisión basado en IA, no un diagnóstico.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>No se puede crear la carpeta del historial %1.</translation>
    </message>
    <message>
        <source>Cannot create the history file %1: %2</source>
        <translation>No se puede crear el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a history file.</source>
        <translation>%1 es una carpeta, no un archivo de historial.</translation>
    </message>
    <message>
        <source>Cannot open the history file %1: %2</source>
        <translation>No se puede abrir el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable history file: %2</source>
        <translation>%1 no es un archivo de historial legible: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Dermaview (schema %2; this version knows up to %3). It was left untouched: update Dermaview to read it.</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de Dermaview (esquema %2; esta versión admite hasta el %3). No se ha modificado: actualice Dermaview para leerlo.</translation>
    </message>
    <message>
        <source>Cannot prepare the history file %1: %2</source>
        <translation>No se puede preparar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the history file %1: %2</source>
        <translation>No se puede actualizar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the history file %1 to schema %2: %3</source>
        <translation>No se puede actualizar el archivo de historial %1 al esquema %2: %3</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>No se puede crear la carpeta de fotos %1.</translation>
    </message>
    <message>
        <source>Cannot keep the photo in %1: %2</source>
        <translation>No se puede conservar la foto en %1: %2</translation>
    </message>
    <message>
        <source>Cannot keep the photo in %1.</source>
        <translation>No se puede conservar la foto en %1.</translation>
    </message>
    <message>
        <source>The history file is not open.</source>
        <translation>El archivo de historial no está abierto.</translation>
    </message>
    <message>
        <source>Cannot write to the history file: %1</source>
        <translation>No se puede escribir en el archivo de historial: %1</translation>
    </message>
    <message>
        <source>Cannot read the history file: %1</source>
        <translation>No se puede leer el archivo de historial: %1</translation>
    </message>
    <message>
        <source>The history has no record %1.</source>
        <translation>El historial no contiene el registro %1.</translation>
    </message>
</context>
<context>
    <name>ImageInput</name>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation>%1: el archivo ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; it is not a photo.</source>
        <translation>El archivo supera los %1 MB; no es una foto.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>No image data.</source>
        <translation>No hay datos de imagen.</translation>
    </message>
    <message>
        <source>The image data is larger than %1 MB.</source>
        <translation>Los datos de imagen superan los %1 MB.</translation>
    </message>
    <message>
        <source>Unsupported or damaged image: expected a JPEG, PNG, TIFF, BMP or WebP file.</source>
        <translation>Imagen no admitida o dañada: se esperaba un archivo JPEG, PNG, TIFF, BMP o WebP.</translation>
    </message>
    <message>
        <source>The %1 file is truncated or damaged; it cannot be shown safely.</source>
        <translation>El archivo %1 está truncado o dañado; no se puede mostrar con seguridad.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded: not enough memory.</source>
        <translation>No se pudo decodificar la imagen %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded; the file is damaged or uses a variant that is not supported.</source>
        <translation>No se pudo decodificar la imagen %1; el archivo está dañado o usa una variante no admitida.</translation>
    </message>
    <message>
        <source>The %1 image&apos;s pixels do not match its header.</source>
        <translation>Los píxeles de la imagen %1 no coinciden con su cabecera.</translation>
    </message>
    <message>
        <source>The JPEG file is truncated or damaged; it cannot be shown safely.</source>
        <translation>El archivo JPEG está truncado o dañado; no se puede mostrar con seguridad.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded for upload (not enough memory?).</source>
        <translation>No se pudo volver a codificar la imagen para el envío (¿memoria insuficiente?).</translation>
    </message>
    <message>
        <source>Not enough memory to show the image.</source>
        <translation>Memoria insuficiente para mostrar la imagen.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <source>%1 (%2): %3, %n item(s)</source>
        <translation>
            <numerusform>%1 (%2): %3, %n ítem</numerusform>
            <numerusform>%1 (%2): %3, %n ítems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, manufactured by %3</source>
        <translation>%1 %2, fabricado por %3</translation>
    </message>
    <message>
        <source>Print what a reviewer may see of a saved API response.</source>
        <translation>Muestra lo que un revisor puede ver de una respuesta guardada de la API.</translation>
    </message>
    <message>
        <source>A saved response (JSON).</source>
        <translation>Una respuesta guardada (JSON).</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli inspect FILE [--json] [--qa]</source>
        <translation>Uso: dermaview-cli inspect FILE [--json] [--qa]</translation>
    </message>
    <message>
        <source>%1 (no clinical content)</source>
        <translation>%1 (sin contenido clínico)</translation>
    </message>
    <message>
        <source>Access token present (not shown); it expires after %1 min.</source>
        <translation>Token de acceso presente (no se muestra); caduca a los %1 min.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the token is empty</source>
        <translation>el token está vacío</translation>
    </message>
    <message>
        <source>expected a positive number of minutes</source>
        <translation>se esperaba un número positivo de minutos</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min es mayor que max</translation>
    </message>
    <message>
        <source>expected string or number, got %1</source>
        <translation>se esperaba string o number, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a duration ≥ 0</source>
        <translation>se esperaba una duración ≥ 0</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected a percentage between 0 and 100, got %1</source>
        <translation>se esperaba un porcentaje entre 0 y 100, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>se esperaba un número entero, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a number, got the string &quot;%1&quot;</source>
        <translation>se esperaba un número, se obtuvo la cadena «%1»</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formado en el byte %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>not a response of the dermatology API (unrecognised shape)</source>
        <translation>no es una respuesta de la API de dermatología (estructura no reconocida)</translation>
    </message>
    <message>
        <source>the report server answered with an error: %1 (%2)</source>
        <translation>el servidor de informes respondió con un error: %1 (%2)</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>sin código de error</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Attention (transparent below %1)</source>
        <translation>Atención (transparente por debajo de %1)</translation>
    </message>
</context>
<context>
    <name>OverlayCommand</name>
    <message>
        <source>%1: a %2 response carries no heat maps; a saved diagnosis-support response is needed.</source>
        <translation>%1: una respuesta %2 no contiene mapas de calor; se necesita una respuesta diagnosis-support guardada.</translation>
    </message>
    <message numerus="yes">
        <source>%1: there is no image %2; the response has %n image(s), numbered from 0.</source>
        <translation>
            <numerusform>%1: no existe la imagen %2; la respuesta tiene %n imagen, numerada desde 0.</numerusform>
            <numerusform>%1: no existe la imagen %2; la respuesta tiene %n imágenes, numeradas desde 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 is not valid for clinical use, so its heat maps are withheld: %2 %3 For model QA only, --qa reveals them marked NOT FOR CLINICAL USE.</source>
        <translation>La imagen %1 no es válida para uso clínico, por lo que sus mapas de calor se ocultan: %2 %3 Solo para el control de calidad del modelo, --qa los muestra marcados NO APTO PARA USO CLÍNICO.</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 has no rank %2; its differential has %n conclusion(s), ranked from 1.</source>
        <translation>
            <numerusform>La imagen %1 no tiene rango %2; su diagnóstico diferencial tiene %n conclusión, ordenada desde 1.</numerusform>
            <numerusform>La imagen %1 no tiene rango %2; su diagnóstico diferencial tiene %n conclusiones, ordenadas desde 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank %1 of image %2 (%3) has no heat map; the service sends heat maps for its first five conclusions only.</source>
        <translation>El rango %1 de la imagen %2 (%3) no tiene mapa de calor; el servicio solo envía mapas de calor para sus cinco primeras conclusiones.</translation>
    </message>
    <message>
        <source>%1: the heat map of image %2, rank %3: %4</source>
        <translation>%1: el mapa de calor de la imagen %2, rango %3: %4</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 debe ser un número de 0 a 1, no «%2».</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli overlay --image IMG (--heatmap FILE | --response JSON --image-index I --rank K) [--mode blend|attention|contour] [--opacity A] [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png</source>
        <translation>Uso: dermaview-cli overlay --image IMG (--heatmap FILE | --response JSON --image-index I --rank K) [--mode blend|attention|contour] [--opacity A] [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png</translation>
    </message>
    <message>
        <source>The photo.</source>
        <translation>La foto.</translation>
    </message>
    <message>
        <source>A heat-map image file (JPEG or PNG).</source>
        <translation>Un archivo de imagen de mapa de calor (JPEG o PNG).</translation>
    </message>
    <message>
        <source>A saved diagnosis-support response.</source>
        <translation>Una respuesta diagnosis-support guardada.</translation>
    </message>
    <message>
        <source>The image in the response, from 0 (as `inspect --json` numbers them).</source>
        <translation>La imagen de la respuesta, desde 0 (como las numera `inspect --json`).</translation>
    </message>
    <message>
        <source>The conclusion by probability rank, from 1 (as `inspect` ranks them).</source>
        <translation>La conclusión por rango de probabilidad, desde 1 (como las ordena `inspect`).</translation>
    </message>
    <message>
        <source>blend (default), attention or contour.</source>
        <translation>blend (por defecto), attention o contour.</translation>
    </message>
    <message>
        <source>0 to 1; default 0.5 for blend, 0.6 for attention, 1 for contour.</source>
        <translation>0 a 1; por defecto 0.5 para blend, 0.6 para attention, 1 para contour.</translation>
    </message>
    <message>
        <source>Attention from 0 to 1 below which nothing is drawn (attention, contour); default 0.5.</source>
        <translation>Atención de 0 a 1 por debajo de la cual no se dibuja nada (attention, contour); por defecto 0.5.</translation>
    </message>
    <message>
        <source>viridis (default), cividis or jet, for attention and contour; blend shows the heat map as sent.</source>
        <translation>viridis (por defecto), cividis o jet, para attention y contour; blend muestra el mapa de calor tal como se envió.</translation>
    </message>
    <message>
        <source>QA mode: overlay heat maps of images the service marked invalid, watermarked NOT FOR CLINICAL USE.</source>
        <translation>Modo QA: superponer mapas de calor de imágenes que el servicio marcó como no válidas, con la marca de agua NO APTO PARA USO CLÍNICO.</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>El PNG que se escribirá.</translation>
    </message>
    <message>
        <source>Unknown colormap &quot;%1&quot;.</source>
        <translation>Mapa de colores «%1» desconocido.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;.</source>
        <translation>Modo «%1» desconocido.</translation>
    </message>
    <message>
        <source>--image-index and --rank take whole numbers.</source>
        <translation>--image-index y --rank admiten números enteros.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Warning: the heat map (%1 × %2) and the photo (%3 × %4) differ in shape; the heat map is stretched over the whole photo. Check that it belongs to this photo.</source>
        <translation>Aviso: el mapa de calor (%1 × %2) y la foto (%3 × %4) tienen proporciones distintas; el mapa se estira sobre toda la foto. Compruebe que corresponde a esta foto.</translation>
    </message>
    <message>
        <source>Not enough memory to compose the overlay.</source>
        <translation>Memoria insuficiente para componer la superposición.</translation>
    </message>
    <message>
        <source>Cannot encode the PNG: %1</source>
        <translation>No se puede codificar el PNG: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>Se escribió %1 (%2 × %3 píxeles).</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Base URL of the report service.</source>
        <translation>URL base del servicio de informes.</translation>
    </message>
    <message>
        <source>Read the X-API-TOKEN from the first line of standard input (never from the command line).</source>
        <translation>Leer el X-API-TOKEN de la primera línea de la entrada estándar (nunca de la línea de órdenes).</translation>
    </message>
    <message>
        <source>raw (default), fhir or pdf.</source>
        <translation>raw (por defecto), fhir o pdf.</translation>
    </message>
    <message>
        <source>Language of the report: en, es, fr or de.</source>
        <translation>Idioma del informe: en, es, fr o de.</translation>
    </message>
    <message>
        <source>Save the report (required for pdf) to FILE.</source>
        <translation>Guardar el informe en FILE (obligatorio para pdf).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this computer.</source>
        <translation>Permitir http:// sin cifrar hacia un servidor que no está en este equipo.</translation>
    </message>
    <message>
        <source>The report&apos;s identifier.</source>
        <translation>El identificador del informe.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli report ID --server URL --api-token-stdin [--format raw|fhir|pdf] [--locale LOCALE] [-o FILE] [--json] [--qa]</source>
        <translation>Uso: dermaview-cli report ID --server URL --api-token-stdin [--format raw|fhir|pdf] [--locale LOCALE] [-o FILE] [--json] [--qa]</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report&apos;s PDF (%n byte(s)) to %1.</source>
        <translation>
            <numerusform>Se guardó el PDF del informe (%n byte) en %1.</numerusform>
            <numerusform>Se guardó el PDF del informe (%n bytes) en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a saved report.</source>
        <translation>%1 es demasiado grande para ser un informe guardado.</translation>
    </message>
    <message>
        <source>%1 is not a readable diagnostic report: %2</source>
        <translation>%1 no es un informe diagnóstico legible: %2</translation>
    </message>
    <message>
        <source>%1 is not a stored diagnostic report (standard or FHIR format).</source>
        <translation>%1 no es un informe diagnóstico almacenado (formato estándar o FHIR).</translation>
    </message>
    <message>
        <source>The server did not send a PDF; nothing was saved.</source>
        <translation>El servidor no envió un PDF; no se guardó nada.</translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation>No hay ningún informe que guardar.</translation>
    </message>
</context>
<context>
    <name>ReportMedia</name>
    <message>
        <source>the image could not be read (%1)</source>
        <translation>no se pudo leer la imagen (%1)</translation>
    </message>
    <message>
        <source>Dermaview is not connected to a server.</source>
        <translation>Dermaview no está conectado a ningún servidor.</translation>
    </message>
    <message>
        <source>it is no longer kept where the report links to (HTTP 404).</source>
        <translation>ya no se conserva donde indica el enlace del informe (HTTP 404).</translation>
    </message>
    <message>
        <source>the server refused the link (HTTP %1); it may have expired.</source>
        <translation>el servidor rechazó el enlace (HTTP %1); puede haber caducado.</translation>
    </message>
</context>
<context>
    <name>ResultDocument</name>
    <message>
        <source>not reported</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>AI decision-support result</source>
        <translation>Resultado de apoyo a la decisión basado en IA</translation>
    </message>
    <message>
        <source>%1 — QA mode: this export may show outputs the service marked invalid, for checking the model only. They must not inform patient care.</source>
        <translation>%1 — Modo QA: esta exportación puede mostrar resultados que el servicio marcó como no válidos, solo para comprobar el modelo. No deben orientar la atención al paciente.</translation>
    </message>
    <message>
        <source>Notes on the response</source>
        <translation>Notas sobre la respuesta</translation>
    </message>
    <message>
        <source>%1 — withheld content revealed for QA</source>
        <translation>%1 — contenido oculto mostrado para QA</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>ID del informe</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <source>preliminary (service status: %1)</source>
        <translation>preliminar (estado en el servicio: %1)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Analysis time</source>
        <translation>Duración del análisis</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Pathology</source>
        <translation>Patología</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localización corporal</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Contexto clínico</translation>
    </message>
    <message>
        <source>Heat map colours: model attention</source>
        <translation>Colores del mapa de calor: atención del modelo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>ICD-11</source>
        <translation>CIE-11</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message numerus="yes">
        <source>Top %n condition(s)</source>
        <translation>
            <numerusform>%n afección más probable</numerusform>
            <numerusform>%n afecciones más probables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more condition(s) with lower probability.</source>
        <translation>
            <numerusform>… y %n afección más con menor probabilidad.</numerusform>
            <numerusform>… y %n afecciones más con menor probabilidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk indicator</source>
        <translation>Indicador de riesgo</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Incertidumbre (entropía)</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Indicadores de riesgo</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Resultado combinado</translation>
    </message>
    <message>
        <source>Withheld: the combined result is shown only when every image is valid.</source>
        <translation>Retenido: el resultado combinado solo se muestra cuando todas las imágenes son válidas.</translation>
    </message>
    <message>
        <source>Re-analyse the valid images only to obtain a combined result.</source>
        <translation>Vuelva a analizar solo las imágenes válidas para obtener un resultado combinado.</translation>
    </message>
    <message>
        <source>Model sensitivity %1, specificity %2.</source>
        <translation>Sensibilidad del modelo %1, especificidad %2.</translation>
    </message>
    <message>
        <source> (clinical %1, dermoscopic %2)</source>
        <translation> (clínica %1, dermatoscópica %2)</translation>
    </message>
    <message>
        <source>NO — clinical output withheld</source>
        <translation>NO — resultado clínico retenido</translation>
    </message>
    <message>
        <source>Valid for clinical use</source>
        <translation>Válida para uso clínico</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Acceptable quality</source>
        <translation>Calidad admisible</translation>
    </message>
    <message>
        <source>Dermatological</source>
        <translation>Dermatológica</translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation>%1 (confianza %2)</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>isValid (as sent)</source>
        <translation>isValid (tal como se recibió)</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>Sin foto.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>%1 — the heat map belongs to an image the service marked invalid.</source>
        <translation>%1 — el mapa de calor corresponde a una imagen que el servicio marcó como no válida.</translation>
    </message>
    <message>
        <source>The photos are not part of this export: the result was reopened from a saved response, which holds no photos, so no photo or heat map is shown.</source>
        <translation>Las fotos no forman parte de esta exportación: el resultado se reabrió desde una respuesta guardada, que no contiene fotos, por lo que no se muestra ninguna foto ni mapa de calor.</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Localización corporal %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>Contribution to the score: %1</source>
        <translation>Contribución a la puntuación: %1</translation>
    </message>
    <message>
        <source>Withheld: the score rests on images that are not valid.</source>
        <translation>Retenida: la puntuación se basa en imágenes que no son válidas.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Severity level</source>
        <translation>Nivel de gravedad</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Masks / detections</source>
        <translation>Máscaras / detecciones</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Severity scores</source>
        <translation>Puntuaciones de gravedad</translation>
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
        <translation>Dermaview — apoyo preliminar a la decisión basado en IA</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>Report ID: %1 · Issued: %2</source>
        <translation>ID del informe: %1 · Emitido: %2</translation>
    </message>
    <message>
        <source>Status: preliminary · Server: %1</source>
        <translation>Estado: preliminar · Servidor: %1</translation>
    </message>
    <message>
        <source>Dermaview %1 · exported %2</source>
        <translation>Dermaview %1 · exportado %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Dermaview result</source>
        <translation>Resultado de Dermaview</translation>
    </message>
    <message>
        <source>Dermaview result %1</source>
        <translation>Resultado de Dermaview %1</translation>
    </message>
    <message>
        <source>Dermaview %1</source>
        <translation>Dermaview %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>No se pudo completar el PDF.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>El PDF generado está vacío.</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>No se puede exportar %1: %2</translation>
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
        <translation>%1 de 100</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
</context>
<context>
    <name>ReviewOutputOptions</name>
    <message>
        <source>Also save the service&apos;s raw answer to FILE.</source>
        <translation>Guardar además la respuesta original del servicio en FILE.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>QA mode: reveal withheld outputs, marked NOT FOR CLINICAL USE.</source>
        <translation>Modo QA: muestra los resultados ocultos, marcados como NO APTO PARA USO CLÍNICO.</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>not reported</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1. %2 %  %3  %4</source>
        <translation>%1. %2 %  %3  %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more condition(s).</source>
        <translation>
            <numerusform>… y %n afección más.</numerusform>
            <numerusform>… y %n afecciones más.</numerusform>
        </translation>
    </message>
    <message>
        <source>withheld content revealed for QA</source>
        <translation>contenido oculto mostrado para QA</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Localización corporal %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NO VÁLIDA</translation>
    </message>
    <message>
        <source>Quality: %1 (%2), acceptable: %3</source>
        <translation>Calidad: %1 (%2), admisible: %3</translation>
    </message>
    <message>
        <source>Dermatological: %1 (confidence %2)</source>
        <translation>Dermatológica: %1 (confianza %2)</translation>
    </message>
    <message>
        <source>Modality: %1</source>
        <translation>Modalidad: %1</translation>
    </message>
    <message numerus="yes">
        <source>Differential (%n heat map(s)):</source>
        <translation>
            <numerusform>Diagnóstico diferencial (%n mapa de calor):</numerusform>
            <numerusform>Diagnóstico diferencial (%n mapas de calor):</numerusform>
        </translation>
    </message>
    <message>
        <source>Score contribution: %1</source>
        <translation>Contribución a la puntuación: %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Puntuación %1</translation>
    </message>
    <message>
        <source>Value: %1  %2</source>
        <translation>Valor: %1  %2</translation>
    </message>
    <message>
        <source>Severity level: %1</source>
        <translation>Nivel de gravedad: %1</translation>
    </message>
    <message>
        <source>QA mode</source>
        <translation>Modo QA</translation>
    </message>
    <message>
        <source>Report %1 (%2), issued %3, status %4</source>
        <translation>Informe %1 (%2), emitido %3, estado %4</translation>
    </message>
    <message>
        <source>without identifier</source>
        <translation>sin identificador</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>en un momento desconocido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Pathology: %1</source>
        <translation>Patología: %1</translation>
    </message>
    <message>
        <source>Body site: %1</source>
        <translation>Localización corporal: %1</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Resultado combinado</translation>
    </message>
    <message>
        <source>Sensitivity %1, specificity %2, entropy %3 (%4)</source>
        <translation>Sensibilidad %1, especificidad %2, entropía %3 (%4)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Masks: %1, detections: %2</source>
        <translation>Máscaras: %1, detecciones: %2</translation>
    </message>
</context>
<context>
    <name>Reviewer</name>
    <message>
        <source>Preliminary — AI decision support, not a diagnosis. A qualified clinician must review every result together with the patient&apos;s full clinical context.</source>
        <translation>Preliminar — apoyo a la decisión basado en IA, no un diagnóstico. Un profesional clínico cualificado debe revisar cada resultado teniendo en cuenta el contexto clínico completo del paciente.</translation>
    </message>
    <message>
        <source>NOT FOR CLINICAL USE</source>
        <translation>NO APTO PARA USO CLÍNICO</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>The response describes %1 images; the API accepts at most %2.</source>
        <translation>La respuesta describe %1 imágenes; la API admite como máximo %2.</translation>
    </message>
    <message>
        <source>The response contains no per-image analysis, so the validity of its images cannot be confirmed.</source>
        <translation>La respuesta no contiene ningún análisis por imagen, por lo que no se puede confirmar la validez de sus imágenes.</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Resultado combinado</translation>
    </message>
    <message>
        <source>%1: the server listed the differential out of probability order; it is shown sorted by probability.</source>
        <translation>%1: el servidor no ordenó el diagnóstico diferencial por probabilidad; se muestra ordenado por probabilidad.</translation>
    </message>
    <message>
        <source>%1: the differential lists these codes more than once: %2.</source>
        <translation>%1: el diagnóstico diferencial incluye estos códigos más de una vez: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conclusion(s) carry no ICD-11 code.</source>
        <translation>
            <numerusform>%1: %n conclusión carece de código ICD-11.</numerusform>
            <numerusform>%1: %n conclusiones carecen de código ICD-11.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the probabilities add up to %2 %, more than 100 %.</source>
        <translation>%1: las probabilidades suman %2 %, más del 100 %.</translation>
    </message>
    <message>
        <source>Has condition</source>
        <translation>Presencia de afección</translation>
    </message>
    <message>
        <source>Malignancy</source>
        <translation>Malignidad</translation>
    </message>
    <message>
        <source>Pigmented lesion</source>
        <translation>Lesión pigmentada</translation>
    </message>
    <message>
        <source>Urgent referral</source>
        <translation>Derivación urgente</translation>
    </message>
    <message>
        <source>to be seen within 48 hours</source>
        <translation>valoración en un plazo de 48 horas</translation>
    </message>
    <message>
        <source>High-priority referral</source>
        <translation>Derivación de alta prioridad</translation>
    </message>
    <message>
        <source>to be seen within 15 days</source>
        <translation>valoración en un plazo de 15 días</translation>
    </message>
    <message>
        <source>Adjusted malignancy</source>
        <translation>Malignidad ajustada</translation>
    </message>
    <message>
        <source>Urgent referral likely (%1 %): to be seen by a specialist within 48 hours.</source>
        <translation>Derivación urgente probable (%1 %): valoración por un especialista en un plazo de 48 horas.</translation>
    </message>
    <message>
        <source>High-priority referral likely (%1 %): to be seen within 15 days.</source>
        <translation>Derivación de alta prioridad probable (%1 %): valoración en un plazo de 15 días.</translation>
    </message>
    <message>
        <source>Malignancy likelihood is %1 %.</source>
        <translation>La probabilidad de malignidad es del %1 %.</translation>
    </message>
    <message>
        <source>High uncertainty (entropy %1 of 100): interpret the differential with caution.</source>
        <translation>Incertidumbre alta (entropía %1 de 100): interprete el diagnóstico diferencial con precaución.</translation>
    </message>
    <message>
        <source>The response carries no image-quality assessment (mediaValidity) for this image, so its validity cannot be confirmed.</source>
        <translation>La respuesta no incluye ninguna evaluación de la calidad de imagen (mediaValidity) para esta imagen, por lo que no se puede confirmar su validez.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s quality interpretation &quot;%2&quot; does not match its score %3 (published band: %4).</source>
        <translation>%1: la interpretación de calidad del servidor «%2» no coincide con su puntuación %3 (categoría publicada: %4).</translation>
    </message>
    <message>
        <source>The response does not say whether this image is valid (mediaValidity.isValid is missing).</source>
        <translation>La respuesta no indica si esta imagen es válida (falta mediaValidity.isValid).</translation>
    </message>
    <message>
        <source>The AI service marked this image as not valid for clinical use.</source>
        <translation>El servicio de IA marcó esta imagen como no válida para uso clínico.</translation>
    </message>
    <message>
        <source>The response contradicts itself: isValid is true but the image is not acceptable or not dermatological.</source>
        <translation>La respuesta es contradictoria: isValid es true, pero la imagen no es admisible o no es dermatológica.</translation>
    </message>
    <message>
        <source>Image quality is not acceptable (score %1, %2).</source>
        <translation>La calidad de la imagen no es admisible (puntuación %1, %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>The image does not appear to show skin (AI confidence that it does: %1 %).</source>
        <translation>La imagen no parece mostrar piel (confianza de la IA en que sí la muestra: %1 %).</translation>
    </message>
    <message>
        <source>Retake the photo so that it shows the affected skin, filling most of the frame.</source>
        <translation>Vuelva a tomar la foto de modo que muestre la piel afectada y esta ocupe la mayor parte del encuadre.</translation>
    </message>
    <message>
        <source>Retake the photo: hold the camera steady, use even light without glare and keep the skin in focus.</source>
        <translation>Vuelva a tomar la foto: sujete la cámara con firmeza, use una iluminación uniforme sin reflejos y mantenga la piel enfocada.</translation>
    </message>
    <message>
        <source>This score is computed from images but the response carries no image-quality assessment (mediaValidity), so its validity cannot be confirmed.</source>
        <translation>Esta puntuación se calcula a partir de imágenes, pero la respuesta no incluye ninguna evaluación de la calidad de imagen (mediaValidity), por lo que no se puede confirmar su validez.</translation>
    </message>
    <message>
        <source>The response contains no computed score.</source>
        <translation>La respuesta no contiene ninguna puntuación calculada.</translation>
    </message>
    <message>
        <source>The global score is withheld because these body sites are not valid for clinical use: %1.</source>
        <translation>La puntuación global se oculta porque las siguientes localizaciones corporales no son válidas para uso clínico: %1.</translation>
    </message>
    <message>
        <source>The report does not classify this photo as a clinical or dermoscopic skin image (modality: %1).</source>
        <translation>El informe no clasifica esta foto como imagen cutánea clínica o dermatoscópica (modalidad: %1).</translation>
    </message>
    <message>
        <source>The report gives no quality score for this photo.</source>
        <translation>El informe no indica ninguna puntuación de calidad para esta foto.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>almacenado</translation>
    </message>
    <message>
        <source>The report lists no photos, so the validity of its result cannot be confirmed.</source>
        <translation>El informe no incluye ninguna foto, por lo que no se puede confirmar la validez de su resultado.</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Informe almacenado</translation>
    </message>
    <message>
        <source>The combined result is withheld: not every image is valid for clinical use (not valid: %1). Re-analyse the valid images only.</source>
        <translation>El resultado combinado se oculta: no todas las imágenes son válidas para uso clínico (no válidas: %1). Vuelva a analizar solo las imágenes válidas.</translation>
    </message>
    <message>
        <source>Image quality is not acceptable.</source>
        <translation>La calidad de la imagen no es admisible.</translation>
    </message>
    <message>
        <source>The image does not appear to show skin.</source>
        <translation>La imagen no parece mostrar piel.</translation>
    </message>
    <message>
        <source>The photo&apos;s quality score %1 (%2) is below %3.</source>
        <translation>La puntuación de calidad de la foto, %1 (%2), está por debajo de %3.</translation>
    </message>
    <message>
        <source>Stored reports carry no per-image validity flag: each photo is judged valid from its modality and a quality score of %1 or better.</source>
        <translation>Los informes almacenados no incluyen un indicador de validez por imagen: cada foto se considera válida según su modalidad y una puntuación de calidad de %1 o superior.</translation>
    </message>
    <message>
        <source>The result is withheld: not every photo is valid for clinical use (not valid: %1).</source>
        <translation>El resultado se oculta: no todas las fotos son válidas para uso clínico (no válidas: %1).</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Port on 127.0.0.1 (0 picks a free one).</source>
        <translation>Puerto en 127.0.0.1 (0 elige uno libre).</translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation>Nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>Login password (a demo credential).</source>
        <translation>Contraseña para iniciar sesión (una credencial de demostración).</translation>
    </message>
    <message>
        <source>Minutes a login token stays valid.</source>
        <translation>Minutos de validez de un token de inicio de sesión.</translation>
    </message>
    <message>
        <source>X-API-TOKEN of the report endpoint.</source>
        <translation>X-API-TOKEN del endpoint de informes.</translation>
    </message>
    <message>
        <source>Serve saved responses from DIR (see README).</source>
        <translation>Devuelve las respuestas guardadas en DIR (véase el README).</translation>
    </message>
    <message>
        <source>Delay every answer by this many ms.</source>
        <translation>Retrasa cada respuesta este número de ms.</translation>
    </message>
    <message>
        <source>Largest request body accepted (413 above).</source>
        <translation>Tamaño máximo aceptado del cuerpo de la solicitud (por encima: 413).</translation>
    </message>
    <message>
        <source>Inject a fault: ENDPOINT:KIND[:COUNT[:RETRY_AFTER_S]], KIND one of latency, 401, 429, 503, 500, malformed-json, truncate, drop, slow-drip; COUNT -1 = always. Repeatable.</source>
        <translation>Inyecta un fallo: ENDPOINT:KIND[:COUNT[:RETRY_AFTER_S]], KIND es uno de latency, 401, 429, 503, 500, malformed-json, truncate, drop, slow-drip; COUNT -1 = siempre. Se puede repetir.</translation>
    </message>
    <message>
        <source>invalid --fault &quot;%1&quot;</source>
        <translation>valor no válido para --fault: «%1»</translation>
    </message>
    <message>
        <source>the endpoint in --fault &quot;%1&quot; must be a path such as /diagnosis-support, or *</source>
        <translation>el endpoint de --fault «%1» debe ser una ruta como /diagnosis-support, o *</translation>
    </message>
    <message>
        <source>invalid count in --fault &quot;%1&quot;</source>
        <translation>número de veces no válido en --fault «%1»</translation>
    </message>
    <message>
        <source>invalid Retry-After in --fault &quot;%1&quot;</source>
        <translation>valor de Retry-After no válido en --fault «%1»</translation>
    </message>
    <message>
        <source>Offline sandbox of the dermatology AI API on 127.0.0.1. Its answers are computed from the images by simple image analysis: it is not a medical device.</source>
        <translation>Sandbox sin conexión de la API de IA de dermatología en 127.0.0.1. Sus respuestas se calculan a partir de las imágenes mediante un análisis de imagen sencillo: no es un producto sanitario.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot;</source>
        <translation>valor no válido para --port: «%1»</translation>
    </message>
    <message>
        <source>invalid --token-minutes &quot;%1&quot;</source>
        <translation>valor no válido para --token-minutes: «%1»</translation>
    </message>
    <message>
        <source>invalid --latency-ms &quot;%1&quot;</source>
        <translation>valor no válido para --latency-ms: «%1»</translation>
    </message>
    <message>
        <source>invalid --max-body-mb &quot;%1&quot;</source>
        <translation>valor no válido para --max-body-mb: «%1»</translation>
    </message>
</context>
<context>
    <name>SavedResponseFile</name>
    <message>
        <source>%1: the file is larger than %2 MB; it is not a saved response.</source>
        <translation>%1: el archivo supera los %2 MB; no es una respuesta guardada.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
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
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>Evolución de %1</translation>
    </message>
</context>
<context>
    <name>ServiceConnection</name>
    <message>
        <source>Base URL of the AI service (default: the offline sandbox, started on this computer).</source>
        <translation>URL base del servicio de IA (por defecto: el sandbox sin conexión, iniciado en este equipo).</translation>
    </message>
    <message>
        <source>User name for --server.</source>
        <translation>Nombre de usuario para --server.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (never from the command line).</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar (nunca de la línea de órdenes).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this computer.</source>
        <translation>Permitir http:// sin cifrar hacia un servidor que no está en este equipo.</translation>
    </message>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server requiere --user y --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot start the offline sandbox: %1</source>
        <translation>No se puede iniciar el sandbox sin conexión: %1</translation>
    </message>
    <message>
        <source>Using the offline sandbox (not a medical device) at %1.</source>
        <translation>Se usa el sandbox sin conexión (no es un producto sanitario) en %1.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file for --server (a clinic&apos;s private CA); certificate errors are never ignored.</source>
        <translation>Confiar además en las autoridades de certificación de este archivo PEM para --server (la CA privada de una clínica); los errores de certificado nunca se ignoran.</translation>
    </message>
    <message>
        <source>--ca-file applies to --server only.</source>
        <translation>--ca-file solo se aplica a --server.</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read.</source>
        <translation>%1: no se pudo leer ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>SeverityCommand</name>
    <message>
        <source>The request body as documented, as JSON, without the photos.</source>
        <translation>El cuerpo de la solicitud tal como está documentado, en JSON, sin las fotos.</translation>
    </message>
    <message>
        <source>local: the photo to score.</source>
        <translation>local: la foto que se puntúa.</translation>
    </message>
    <message>
        <source>global: a body site&apos;s photo (repeat for each site).</source>
        <translation>global: la foto de una zona corporal (repetir para cada zona).</translation>
    </message>
    <message>
        <source>global: the scoring system&apos;s code (default: the only one in the request).</source>
        <translation>global: el código del sistema de puntuación (por defecto: el único de la solicitud).</translation>
    </message>
    <message>
        <source>manual, local or global.</source>
        <translation>manual, local o global.</translation>
    </message>
    <message>
        <source>Usage: dermaview-cli severity manual --request FILE
       dermaview-cli severity local --request FILE --image IMAGE
       dermaview-cli severity global --request FILE --site SITE=IMAGE... [--scoring CODE]
       [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</source>
        <translation>Uso: dermaview-cli severity manual --request FILE
     dermaview-cli severity local --request FILE --image IMAGE
     dermaview-cli severity global --request FILE --site SITE=IMAGE... [--scoring CODE]
     [--server URL --user USER --password-stdin] [--out FILE] [--json] [--qa]</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2).</source>
        <translation>%1: no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <source>a JSON array or value</source>
        <translation>una matriz o un valor JSON</translation>
    </message>
    <message>
        <source>--site expects SITE=IMAGE, got &quot;%1&quot;.</source>
        <translation>--site espera SITE=IMAGE; se recibió «%1».</translation>
    </message>
    <message>
        <source>The body site %1 is given twice.</source>
        <translation>La zona corporal %1 aparece dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Name the scoring system with --scoring: the request names %n.</source>
        <translation>
            <numerusform>Indique el sistema de puntuación con --scoring: la solicitud nombra %n.</numerusform>
            <numerusform>Indique el sistema de puntuación con --scoring: la solicitud nombra %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewSnapshot</name>
    <message>
        <source>Report ID: %1 · Issued: %2</source>
        <translation>ID del informe: %1 · Emitido: %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>Cannot export %1: there is no view to export.</source>
        <translation>No se puede exportar %1: no hay ninguna vista que exportar.</translation>
    </message>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>No se puede codificar %1: %2</translation>
    </message>
</context>
<context>
    <name>dv::cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: no se puede guardar: %2</translation>
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
        <translation>Uso: dermaview-cli COMMAND [options] [--lang LANGUAGE]

Comandos:
  inspect FILE [--json] [--qa]   revisar una respuesta guardada de la API
  analyze IMAGE... [--server URL --user USER --password-stdin]
          [--out FILE] [--json] [--qa]
                                 analizar de 1 a 3 fotos (por defecto: el
                                 sandbox sin conexión, no es un producto
                                 sanitario)
  report ID --server URL --api-token-stdin [--format raw|fhir|pdf]
          [--locale LOCALE] [-o FILE] [--json] [--qa]
                                 obtener un informe diagnóstico almacenado
  severity manual|local|global --request FILE [--image IMAGE]
          [--site SITE=IMAGE...] [--server URL ...] [--out FILE] [--json]
                                 realizar una evaluación de la gravedad
  overlay --image IMG (--heatmap FILE | --response JSON --image-index I
          --rank K) [--mode blend|attention|contour] [--opacity A]
          [--threshold T] [--colormap viridis|cividis|jet] [--qa] -o OUT.png
                                 dibujar un mapa de calor sobre una foto
                                 (índice de imagen desde 0, rango desde 1,
                                 como inspect --json)
  export --out FILE.pdf RESPONSE.json [--image IMG...]
          [--mode blend|attention|contour] [--qa]
                                 el informe PDF de la ventana para una
                                 respuesta guardada (fotos en el orden de
                                 la respuesta)
  history [--case REF] [--search TEXT] [--from DATE] [--to DATE] [--json]
          [--qa] [--raw ID] [--db PATH]
                                 listar el historial de casos de la
                                 ventana o mostrar la respuesta almacenada
                                 de un registro

Preliminar — apoyo a la decisión basado en IA, no un diagnóstico.
</translation>
    </message>
</context>
<context>
    <name>dv::credentials::SessionCredentials</name>
    <message>
        <source>No system keychain is available on this computer, so Dermaview cannot remember your password; enter it for this session.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo, por lo que Dermaview no puede recordar su contraseña; introdúzcala para esta sesión.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so Dermaview cannot remember your API token; enter it for this session.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo, por lo que Dermaview no puede recordar su token de API; introdúzcalo para esta sesión.</translation>
    </message>
    <message>
        <source>No password is saved for this server profile; enter it. Dermaview keeps it in the system keychain once the server accepts it.</source>
        <translation>No hay ninguna contraseña guardada para este perfil de servidor; introdúzcala. Dermaview la guarda en el llavero del sistema en cuanto el servidor la acepta.</translation>
    </message>
    <message>
        <source>No API token is saved for this server profile; enter it. Dermaview keeps it in the system keychain once the server accepts it.</source>
        <translation>No hay ningún token de API guardado para este perfil de servidor; introdúzcalo. Dermaview lo guarda en el llavero del sistema en cuanto el servidor lo acepta.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so Dermaview cannot use a saved password; enter it for this session.</source>
        <translation>El llavero del sistema denegó el acceso, por lo que Dermaview no puede usar una contraseña guardada; introdúzcala para esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so Dermaview cannot use a saved API token; enter it for this session.</source>
        <translation>El llavero del sistema denegó el acceso, por lo que Dermaview no puede usar un token de API guardado; introdúzcalo para esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain could not be read, so Dermaview cannot use a saved password; enter it for this session.</source>
        <translation>No se pudo leer el llavero del sistema, por lo que Dermaview no puede usar una contraseña guardada; introdúzcala para esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain could not be read, so Dermaview cannot use a saved API token; enter it for this session.</source>
        <translation>No se pudo leer el llavero del sistema, por lo que Dermaview no puede usar un token de API guardado; introdúzcalo para esta sesión.</translation>
    </message>
</context>
<context>
    <name>dv::ui::AllConclusionsDialog</name>
    <message>
        <source>All conclusions</source>
        <translation>Todos los diagnósticos</translation>
    </message>
    <message>
        <source>All conclusions (%1) — %2</source>
        <translation>Todos los diagnósticos (%1) — %2</translation>
    </message>
    <message>
        <source>%1: every conclusion the service returned, sorted by probability. Probabilities are shown as sent.</source>
        <translation>%1: todos los diagnósticos que devolvió el servicio, ordenados por probabilidad. Las probabilidades se muestran tal como se recibieron.</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Se muestran %1 de %2.</translation>
    </message>
</context>
<context>
    <name>dv::ui::Backend</name>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox sin conexión: %1</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Sandbox sin conexión</translation>
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
        <translation>Elija la localización corporal</translation>
    </message>
</context>
<context>
    <name>dv::ui::CaseDetailsForm</name>
    <message>
        <source>Pseudonym, e.g. PSO-0042</source>
        <translation>Seudónimo, p. ej. PSO-0042</translation>
    </message>
    <message>
        <source>A pseudonymous reference that groups this patient&apos;s analyses in the history. Do not type names, dates of birth or record numbers: the history is stored on this computer.</source>
        <translation>Una referencia seudonimizada que agrupa los análisis de este paciente en el historial. No escriba nombres, fechas de nacimiento ni números de historia clínica: el historial se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Where the photos were taken; follow-up compares photos of the same body site.</source>
        <translation>Zona en la que se tomaron las fotos; el seguimiento compara fotos de la misma localización corporal.</translation>
    </message>
    <message>
        <source>Keep photos in the history</source>
        <translation>Conservar las fotos en el historial</translation>
    </message>
    <message>
        <source>Stores a copy of each analysed photo beside the history file (readable by your user account only), for side-by-side follow-up. Off by default.</source>
        <translation>Guarda una copia de cada foto analizada junto al archivo de historial (legible solo por su cuenta de usuario), para el seguimiento lado a lado. Desactivado por defecto.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Referencia del caso:</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Localización corporal:</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localización corporal</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>The server has not said which body sites it knows, so none can be recorded.</source>
        <translation>El servidor no ha indicado qué zonas corporales conoce, así que no se puede registrar ninguna.</translation>
    </message>
</context>
<context>
    <name>dv::ui::CasePanel</name>
    <message>
        <source>Photos of this case</source>
        <translation>Fotos de este caso</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Title…</source>
        <translation>&amp;Título…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analizar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>quality %1 (%2)</source>
        <translation>calidad %1 (%2)</translation>
    </message>
    <message>
        <source>quality unknown</source>
        <translation>calidad desconocida</translation>
    </message>
    <message>
        <source>Valid — %1</source>
        <translation>Válida — %1</translation>
    </message>
    <message>
        <source>NOT VALID — %1</source>
        <translation>NO VÁLIDA — %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — cannot be opened</source>
        <translation>%1 — no se puede abrir</translation>
    </message>
    <message numerus="yes">
        <source>Analyse %n photo(s)</source>
        <translation>
            <numerusform>Analizar %n foto</numerusform>
            <numerusform>Analizar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add one to three photos of the same lesion: drop them here, paste, or use Add photos (Ctrl+O).</source>
        <translation>Añada de una a tres fotos de la misma lesión: suéltelas aquí, péguelas o use Añadir fotos (Ctrl+O).</translation>
    </message>
    <message numerus="yes">
        <source>%n more photo(s) may be added.</source>
        <translation>
            <numerusform>Se puede añadir %n foto más.</numerusform>
            <numerusform>Se pueden añadir %n fotos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is full (three photos).</source>
        <translation>El caso está completo (tres fotos).</translation>
    </message>
    <message>
        <source>Photo title</source>
        <translation>Título de la foto</translation>
    </message>
    <message>
        <source>Title for %1 (optional):</source>
        <translation>Título para %1 (opcional):</translation>
    </message>
    <message>
        <source>Waiting for the analysis…</source>
        <translation>Esperando el análisis…</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Enviando… %p%</translation>
    </message>
</context>
<context>
    <name>dv::ui::CasePhotoLoader</name>
    <message>
        <source>%1 is larger than %2 MB and cannot be sent.</source>
        <translation>%1 ocupa más de %2 MB y no se puede enviar.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>dv::ui::CaseSession</name>
    <message>
        <source>The file holds a %1 response, which has no clinical result to show.</source>
        <translation>El archivo contiene una respuesta %1, que no tiene ningún resultado clínico que mostrar.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ConclusionListModel</name>
    <message>
        <source>(unnamed condition)</source>
        <translation>(afección sin nombre)</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>%1. %2, %3, ICD-11 %4</source>
        <translation>%1. %2, %3, CIE-11 %4</translation>
    </message>
    <message>
        <source>Select to show its heat map.</source>
        <translation>Selecciónelo para mostrar su mapa de calor.</translation>
    </message>
    <message>
        <source>Probability: %1</source>
        <translation>Probabilidad: %1</translation>
    </message>
    <message>
        <source>Heat map available</source>
        <translation>Mapa de calor disponible</translation>
    </message>
</context>
<context>
    <name>dv::ui::ConnectionDialog</name>
    <message>
        <source>Server connection</source>
        <translation>Conexión con el servidor</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Perfiles de servidor</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Eliminar perfil</translation>
    </message>
    <message>
        <source>Use the offline &amp;sandbox</source>
        <translation>Usar el &amp;sandbox sin conexión</translation>
    </message>
    <message>
        <source>same as the clinical API</source>
        <translation>igual que la API clínica</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Allow plain http:// to this server (unencrypted)</source>
        <translation>Permitir http:// sin cifrar con este servidor</translation>
    </message>
    <message>
        <source>optional: the clinic&apos;s CA certificate (PEM)</source>
        <translation>opcional: el certificado de la CA de la clínica (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Clinical API URL:</source>
        <translation>URL de la API &amp;clínica:</translation>
    </message>
    <message>
        <source>&amp;Helper endpoints URL:</source>
        <translation>URL de los puntos de acceso &amp;auxiliares:</translation>
    </message>
    <message>
        <source>&amp;Report endpoint URL:</source>
        <translation>URL del punto de acceso de &amp;informes:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>&amp;CA de confianza:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Usar este servidor</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificado de CA de confianza</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dé un nombre al perfil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete URL.</source>
        <translation>«%1» no es una URL completa.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduzca el nombre de usuario.</translation>
    </message>
    <message>
        <source>Saved the profile %1.</source>
        <translation>Perfil %1 guardado.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La conexión falló: %1</translation>
    </message>
    <message>
        <source>Signed in, but the device information could not be read: %1</source>
        <translation>Sesión iniciada, pero no se pudo leer la información del dispositivo: %1</translation>
    </message>
    <message>
        <source>Connected. Device: %1 %2 (%3).</source>
        <translation>Conectado. Dispositivo: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>for stored reports; kept in the system keychain</source>
        <translation>para los informes almacenados; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>The X-API-TOKEN of the report service. Leave it empty to be asked when you first open a stored report.</source>
        <translation>El X-API-TOKEN del servicio de informes. Déjelo vacío para que se le pida cuando abra por primera vez un informe almacenado.</translation>
    </message>
    <message>
        <source>&amp;API token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>Deleted the profile %1, its saved password and API token.</source>
        <translation>Se eliminó el perfil %1, su contraseña guardada y su token de API.</translation>
    </message>
    <message>
        <source>The report service accepted the API token.</source>
        <translation>El servicio de informes aceptó el token de API.</translation>
    </message>
    <message>
        <source>The API token could not be checked: %1</source>
        <translation>No se pudo comprobar el token de API: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::DifferentialSection</name>
    <message>
        <source>%1: most likely conclusions</source>
        <translation>%1: diagnósticos más probables</translation>
    </message>
    <message>
        <source>Sorted by probability. Select a conclusion to show its heat map.</source>
        <translation>Ordenados por probabilidad. Seleccione un diagnóstico para mostrar su mapa de calor.</translation>
    </message>
    <message>
        <source>The service returned no conclusions.</source>
        <translation>El servicio no devolvió ningún diagnóstico.</translation>
    </message>
    <message>
        <source>Show all %1 conclusions…</source>
        <translation>Mostrar los %1 diagnósticos…</translation>
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
        <translation>Conservado en el servidor del proveedor, no descargado:</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Haga clic para ampliar</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Decodificando…</translation>
    </message>
    <message>
        <source>This image could not be read: %1</source>
        <translation>No se pudo leer esta imagen: %1</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
</context>
<context>
    <name>dv::ui::ExportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>The result as a PDF report: photos, heat map, top 5, indicators, validity and scores</source>
        <translation>El resultado como informe PDF: fotos, mapa de calor, 5 más probables, indicadores, validez y puntuaciones</translation>
    </message>
    <message>
        <source>Export &amp;view as PNG…</source>
        <translation>Exportar &amp;vista como PNG…</translation>
    </message>
    <message>
        <source>The photo as shown, with its overlay and legend</source>
        <translation>La foto tal como se muestra, con su superposición y su leyenda</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Exportar vista como PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>reopened from a saved response</source>
        <translation>reabierto desde una respuesta guardada</translation>
    </message>
    <message>
        <source>embedded sandbox — not a medical device</source>
        <translation>sandbox integrado — no es un producto sanitario</translation>
    </message>
    <message>
        <source>Exported the PDF report to %1.</source>
        <translation>Informe PDF exportado a %1.</translation>
    </message>
    <message>
        <source>Exported the view to %1.</source>
        <translation>Vista exportada a %1.</translation>
    </message>
</context>
<context>
    <name>dv::ui::FollowUpView</name>
    <message>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <source>Choose a case</source>
        <translation>Elija un caso</translation>
    </message>
    <message>
        <source>Scoring system</source>
        <translation>Sistema de puntuación</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localización corporal</translation>
    </message>
    <message>
        <source>Earlier photo</source>
        <translation>Foto anterior</translation>
    </message>
    <message>
        <source>Later photo</source>
        <translation>Foto posterior</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <source>Scoring system:</source>
        <translation>Sistema de puntuación:</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Localización corporal:</translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Comparar fotos</translation>
    </message>
    <message>
        <source>(no body site given)</source>
        <translation>(sin localización corporal)</translation>
    </message>
    <message>
        <source>Choose a case to follow its severity scores over time.</source>
        <translation>Elija un caso para seguir la evolución de sus puntuaciones de gravedad.</translation>
    </message>
    <message>
        <source>No severity score has been recorded for this case yet.</source>
        <translation>Todavía no se ha registrado ninguna puntuación de gravedad para este caso.</translation>
    </message>
    <message>
        <source>No photos were kept for this case. Tick &quot;Keep photos in the history&quot; in the case panel to compare a body site across visits.</source>
        <translation>No se conservaron fotos de este caso. Marque «Conservar las fotos en el historial» en el panel del caso para comparar una localización corporal entre visitas.</translation>
    </message>
    <message>
        <source>Only one visit with a kept photo of this body site so far.</source>
        <translation>Por ahora solo hay una visita con una foto conservada de esta localización corporal.</translation>
    </message>
    <message>
        <source>The kept photo cannot be read.</source>
        <translation>No se puede leer la foto conservada.</translation>
    </message>
</context>
<context>
    <name>dv::ui::HistoryPanel</name>
    <message>
        <source>Case history</source>
        <translation>Historial de casos</translation>
    </message>
    <message>
        <source>Search case reference, report id, conclusion, body site…</source>
        <translation>Buscar referencia de caso, id de informe, diagnóstico, localización…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Emitido desde</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Emitido hasta</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Top conclusion</source>
        <translation>Diagnóstico principal</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>ID del informe</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Show the stored response in the window, exactly as received.</source>
        <translation>Mostrar la respuesta almacenada en la ventana, exactamente como se recibió.</translation>
    </message>
    <message>
        <source>&amp;Follow-up of this case</source>
        <translation>&amp;Seguimiento de este caso</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Results recorded on this computer. Withheld results are not recorded outside QA mode. Preliminary — AI decision support, not a diagnosis.</source>
        <translation>Resultados registrados en este equipo. Los resultados retenidos no se registran fuera del modo QA. Preliminar — apoyo a la decisión basado en IA, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Severity assessment</source>
        <translation>Evaluación de la gravedad</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Informe almacenado</translation>
    </message>
    <message>
        <source>(QA mode)</source>
        <translation>(modo QA)</translation>
    </message>
    <message>
        <source>Revealed by QA mode — NOT FOR CLINICAL USE</source>
        <translation>Mostrado por el modo QA — NO APTO PARA USO CLÍNICO</translation>
    </message>
    <message>
        <source>No recorded results match.</source>
        <translation>Ningún resultado registrado coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>the history record of %1 (%2, case %3)</source>
        <translation>el registro del historial de %1 (%2, caso %3)</translation>
    </message>
</context>
<context>
    <name>dv::ui::HistoryRecorder</name>
    <message>
        <source>The result was not saved in the history: %1</source>
        <translation>El resultado no se guardó en el historial: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::ImageReviewPanel</name>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>Body site %1</source>
        <translation>Localización corporal %1</translation>
    </message>
    <message>
        <source>This analysis has no image %1.</source>
        <translation>Este análisis no contiene la imagen %1.</translation>
    </message>
    <message>
        <source>Valid for clinical use</source>
        <translation>Válida para uso clínico</translation>
    </message>
    <message>
        <source>Not valid: results withheld</source>
        <translation>No válida: resultados retenidos</translation>
    </message>
    <message>
        <source>Image quality and validity</source>
        <translation>Calidad y validez de la imagen</translation>
    </message>
    <message>
        <source>Retake the photo</source>
        <translation>Vuelva a tomar la foto</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Differential diagnosis</source>
        <translation>Diagnóstico diferencial</translation>
    </message>
    <message>
        <source>Heat maps: %1. Select a conclusion to show its heat map on the photo.</source>
        <translation>Mapas de calor: %1. Seleccione un diagnóstico para mostrar su mapa de calor sobre la foto.</translation>
    </message>
    <message>
        <source>Contribution to the global severity score: %1</source>
        <translation>Contribución a la puntuación global de gravedad: %1</translation>
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
        <translation>Indicadores de riesgo</translation>
    </message>
    <message>
        <source>Reliability of this result</source>
        <translation>Fiabilidad de este resultado</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Incertidumbre (entropía)</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Sensibilidad:</translation>
    </message>
    <message>
        <source>Specificity:</source>
        <translation>Especificidad:</translation>
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
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Dermaview</source>
        <translation>Dermaview</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Dermaview</source>
        <translation>&amp;Acerca de Dermaview</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 pixels</source>
        <translation>%1 — %2 × %3 píxeles</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language will change the next time Dermaview starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie Dermaview.</translation>
    </message>
    <message>
        <source>About Dermaview</source>
        <translation>Acerca de Dermaview</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dermaview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A viewer for dermatology AI results.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dermaview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un visor de resultados de IA en dermatología.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add skin photos with File ▸ Add photos… (Ctrl+O), or drop them here.</source>
        <translation>Añada fotos de piel con Archivo ▸ Añadir fotos… (Ctrl+O) o suéltelas aquí.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Sandbox — not a medical device</source>
        <translation>Sandbox — no es un producto sanitario</translation>
    </message>
    <message>
        <source>Results come from Dermaview&apos;s offline sandbox, computed from simple image measurements. They are for demonstration only.</source>
        <translation>Los resultados proceden del sandbox sin conexión de Dermaview, calculados a partir de medidas sencillas de la imagen. Solo sirven para demostración.</translation>
    </message>
    <message>
        <source>QA MODE — NOT FOR CLINICAL USE</source>
        <translation>MODO QA — NO APTO PARA USO CLÍNICO</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Token de API:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Añadir fotos…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Pegar foto</translation>
    </message>
    <message>
        <source>&amp;Open saved response…</source>
        <translation>Abrir respuesta &amp;guardada…</translation>
    </message>
    <message>
        <source>&amp;Save raw response…</source>
        <translation>Guardar respuesta &amp;original…</translation>
    </message>
    <message>
        <source>Server &amp;connection…</source>
        <translation>&amp;Conexión con el servidor…</translation>
    </message>
    <message>
        <source>&amp;QA mode (not for clinical use)</source>
        <translation>Modo &amp;QA (no apto para uso clínico)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dermaview — Sandbox, not a medical device</source>
        <translation>Dermaview — Sandbox, no es un producto sanitario</translation>
    </message>
    <message>
        <source>Dermaview — %1</source>
        <translation>Dermaview — %1</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>%1 was not added: a case holds at most three photos. Remove one first.</source>
        <translation>No se añadió %1: un caso admite como máximo tres fotos. Quite una primero.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>A case holds at most three photos. Remove one first.</source>
        <translation>Un caso admite como máximo tres fotos. Quite una primero.</translation>
    </message>
    <message>
        <source>No AI service is connected.</source>
        <translation>No hay ningún servicio de IA conectado.</translation>
    </message>
    <message>
        <source>Open saved response</source>
        <translation>Abrir respuesta guardada</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>Showing the saved response %1.</source>
        <translation>Se muestra la respuesta guardada %1.</translation>
    </message>
    <message>
        <source>Save raw response</source>
        <translation>Guardar respuesta original</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>there is no response</source>
        <translation>no hay ninguna respuesta</translation>
    </message>
    <message>
        <source>Saved the raw response to %1.</source>
        <translation>Respuesta original guardada en %1.</translation>
    </message>
    <message>
        <source>Enable QA mode?</source>
        <translation>¿Activar el modo QA?</translation>
    </message>
    <message>
        <source>QA mode shows outputs the AI service marked invalid, for checking the model. They are watermarked NOT FOR CLINICAL USE and must not inform patient care.

Enable QA mode?</source>
        <translation>El modo QA muestra resultados que el servicio de IA marcó como no válidos, para comprobar el modelo. Llevan la marca NO APTO PARA USO CLÍNICO y no deben orientar la atención al paciente.

¿Activar el modo QA?</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>%1 — not valid</source>
        <translation>%1 — no válida</translation>
    </message>
    <message>
        <source>A reopened response has no photo to draw its heat maps on.</source>
        <translation>Una respuesta reabierta no tiene foto sobre la que dibujar sus mapas de calor.</translation>
    </message>
    <message>
        <source>%1: the response carries no heat map.</source>
        <translation>%1: la respuesta no incluye mapa de calor.</translation>
    </message>
    <message>
        <source>%1: the heat map cannot be shown: %2</source>
        <translation>%1: no se puede mostrar el mapa de calor: %2</translation>
    </message>
    <message>
        <source>Heat map: %1</source>
        <translation>Mapa de calor: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Show or hide the heat map</source>
        <translation>Mostrar u ocultar el mapa de calor</translation>
    </message>
    <message>
        <source>Side by side: the photo alone beside the overlay</source>
        <translation>Lado a lado: la foto sola junto a la superposición</translation>
    </message>
    <message>
        <source>Wheel, + / −</source>
        <translation>Rueda, + / −</translation>
    </message>
    <message>
        <source>Zoom the photo</source>
        <translation>Ampliar o reducir la foto</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Ajustar la foto a la ventana</translation>
    </message>
    <message>
        <source>Actual size (one photo pixel per screen pixel)</source>
        <translation>Tamaño real (un píxel de la foto por píxel de pantalla)</translation>
    </message>
    <message>
        <source>Drag, arrow keys</source>
        <translation>Arrastrar, flechas</translation>
    </message>
    <message>
        <source>Pan the zoomed photo</source>
        <translation>Desplazar la foto ampliada</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Raw &amp;JSON of the response (QA)…</source>
        <translation>&amp;JSON original de la respuesta (QA)…</translation>
    </message>
    <message>
        <source>Raw response — NOT FOR CLINICAL USE</source>
        <translation>Respuesta original — NO APTO PARA USO CLÍNICO</translation>
    </message>
    <message>
        <source>Preview — loading the full resolution…</source>
        <translation>Vista previa — cargando la resolución completa…</translation>
    </message>
    <message>
        <source>Open stored &amp;report…</source>
        <translation>Abrir &amp;informe almacenado…</translation>
    </message>
    <message>
        <source>&amp;Severity assessment…</source>
        <translation>E&amp;valuación de la gravedad…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Se muestra %1.</translation>
    </message>
    <message>
        <source>This response holds output withheld because an image is not valid; it can be saved in QA mode only.</source>
        <translation>Esta respuesta contiene resultados retenidos porque una imagen no es válida; solo puede guardarse en modo QA.</translation>
    </message>
    <message>
        <source>Cannot save %1: the response holds output withheld because an image is not valid; it can be saved in QA mode only.</source>
        <translation>No se puede guardar %1: la respuesta contiene resultados retenidos porque una imagen no es válida; solo puede guardarse en modo QA.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
</context>
<context>
    <name>dv::ui::MediaValidityView</name>
    <message>
        <source>%1 of 100</source>
        <translation>%1 de 100</translation>
    </message>
    <message>
        <source>Image quality:</source>
        <translation>Calidad de imagen:</translation>
    </message>
    <message>
        <source>Service&apos;s interpretation:</source>
        <translation>Interpretación del servicio:</translation>
    </message>
    <message>
        <source>Quality acceptable:</source>
        <translation>Calidad admisible:</translation>
    </message>
    <message>
        <source>%1 (AI confidence %2)</source>
        <translation>%1 (confianza de la IA %2)</translation>
    </message>
    <message>
        <source>Shows skin:</source>
        <translation>Muestra piel:</translation>
    </message>
    <message>
        <source>%1 (clinical photo %2, dermoscopic %3)</source>
        <translation>%1 (foto clínica %2, dermatoscópica %3)</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>Valid (isValid):</source>
        <translation>Válida (isValid):</translation>
    </message>
</context>
<context>
    <name>dv::ui::OverlayViewer</name>
    <message>
        <source>Photo without overlay</source>
        <translation>Foto sin superposición</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Superposición</translation>
    </message>
    <message>
        <source>Show the heat map of the selected conclusion (O)</source>
        <translation>Mostrar el mapa de calor de la conclusión seleccionada (O)</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <source>Overlay mode</source>
        <translation>Modo de superposición</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Mapa de color</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>The photo alone beside the overlay, zoom and pan in step (S)</source>
        <translation>La foto sola junto a la superposición, con zoom y desplazamiento sincronizados (S)</translation>
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
        <translation>Rueda o +/− para ampliar, 0 para ajustar, 1 para tamaño real, arrastrar o flechas para desplazar.</translation>
    </message>
</context>
<context>
    <name>dv::ui::QaWatermark</name>
    <message>
        <source>%1 — withheld content revealed for QA. The service did not allow clinical use of what follows.</source>
        <translation>%1 — contenido oculto mostrado para QA. El servicio no autorizó el uso clínico de lo que sigue.</translation>
    </message>
</context>
<context>
    <name>dv::ui::QuestionnaireForm</name>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The accepted range of a questionnaire item, e.g. &quot;0–3&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>como mínimo %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>cualquier valor</translation>
    </message>
    <message>
        <source>%1 (decimals allowed)</source>
        <translation>%1 (se admiten decimales)</translation>
    </message>
    <message>
        <source>This scoring system asks no questions.</source>
        <translation>Este sistema de puntuación no plantea ninguna pregunta.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ReportContextSection</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Pathology:</source>
        <translation>Patología:</translation>
    </message>
    <message>
        <source>Withheld with the combined result: not every photo is valid.</source>
        <translation>Retenido junto con el resultado combinado: no todas las fotos son válidas.</translation>
    </message>
    <message>
        <source>Body site:</source>
        <translation>Localización corporal:</translation>
    </message>
    <message>
        <source>Anamnesis</source>
        <translation>Anamnesis</translation>
    </message>
    <message>
        <source>The report holds no anamnesis.</source>
        <translation>El informe no contiene anamnesis.</translation>
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
        <translation>estándar</translation>
    </message>
    <message>
        <source>Stored report — QA mode, not for clinical use</source>
        <translation>Informe almacenado — modo QA, no apto para uso clínico</translation>
    </message>
    <message>
        <source>Stored report</source>
        <translation>Informe almacenado</translation>
    </message>
    <message>
        <source>Report identifier</source>
        <translation>Identificador del informe</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>F&amp;etch</source>
        <translation>&amp;Obtener</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Abrir a&amp;rchivo…</translation>
    </message>
    <message>
        <source>Download &amp;PDF…</source>
        <translation>Descargar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Guardar &amp;JSON…</translation>
    </message>
    <message>
        <source>%1
Still shown: report %2.</source>
        <translation>%1
Se sigue mostrando: informe %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Operación cancelada.</translation>
    </message>
    <message>
        <source>Fetched (%1, %2).</source>
        <translation>Obtenido (%1, %2).</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Obteniendo…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>Abierto: %1 (%2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>Descargando el PDF…</translation>
    </message>
    <message>
        <source>Open a saved report</source>
        <translation>Abrir un informe guardado</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the report&apos;s PDF</source>
        <translation>Guardar el PDF del informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report&apos;s JSON</source>
        <translation>Guardar el JSON del informe</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Reading the API token…</source>
        <translation>Leyendo el token de API…</translation>
    </message>
    <message>
        <source>Not requested: the report service needs an API token.</source>
        <translation>No se solicitó: el servicio de informes necesita un token de API.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ReportHeader</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corregido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 — QA mode: withheld results are revealed for model QA.</source>
        <translation>%1 — Modo QA: los resultados retenidos se muestran para la QA del modelo.</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Todavía no hay resultados</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Informe %1</translation>
    </message>
    <message>
        <source>without identifier</source>
        <translation>sin identificador</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emitido %1</translation>
    </message>
    <message>
        <source>analysis took %1 s</source>
        <translation>el análisis tardó %1 s</translation>
    </message>
</context>
<context>
    <name>dv::ui::ResultPanel</name>
    <message>
        <source>Analyse photos to see the combined result of the analysis here.</source>
        <translation>Analice fotos para ver aquí el resultado combinado del análisis.</translation>
    </message>
    <message>
        <source>Combined result</source>
        <translation>Resultado combinado</translation>
    </message>
    <message>
        <source>Notes on this response</source>
        <translation>Notas sobre esta respuesta</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>The combined result is withheld and not shown.</source>
        <translation>El resultado combinado se retiene y no se muestra.</translation>
    </message>
    <message>
        <source>Re-analyse the valid images only</source>
        <translation>Volver a analizar solo las imágenes válidas</translation>
    </message>
    <message>
        <source>Sends the valid images again (%1 of %2), without the others.</source>
        <translation>Envía de nuevo las imágenes válidas (%1 de %2), sin las demás.</translation>
    </message>
    <message>
        <source>No image is valid: retake the photos, then analyse again.</source>
        <translation>Ninguna imagen es válida: vuelva a tomar las fotos y analícelas de nuevo.</translation>
    </message>
    <message>
        <source>Differential diagnosis</source>
        <translation>Diagnóstico diferencial</translation>
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
        <translation>confianza de la IA %1</translation>
    </message>
    <message>
        <source>presence probability %1</source>
        <translation>probabilidad de presencia %1</translation>
    </message>
    <message>
        <source>%1 of the body surface</source>
        <translation>%1 de la superficie corporal</translation>
    </message>
    <message>
        <source>%1 wheals counted</source>
        <translation>%1 habones contabilizados</translation>
    </message>
    <message>
        <source>acne density %1</source>
        <translation>densidad de acné %1</translation>
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
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Intensity %1 of 3</source>
        <extracomment>The score&apos;s intensity on the service&apos;s 0–3 scale.</extracomment>
        <translation>Intensidad %1 de 3</translation>
    </message>
    <message>
        <source>Severity level %1</source>
        <translation>Nivel de gravedad %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One severity band on the band bar: &quot;0–1 No effect&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation>Categorías de gravedad</translation>
    </message>
    <message>
        <source>The score %1 lies outside the published bands.</source>
        <translation>La puntuación %1 está fuera de las categorías publicadas.</translation>
    </message>
    <message>
        <source>The score %1 lies in the band “%2” (%3).</source>
        <translation>La puntuación %1 está en la categoría «%2» (%3).</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetas</translation>
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
            <numerusform>%n máscara</numerusform>
            <numerusform>%n máscaras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s)</source>
        <translation>
            <numerusform>%n detección</numerusform>
            <numerusform>%n detecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>This score is withheld.</source>
        <translation>Esta puntuación se retiene.</translation>
    </message>
</context>
<context>
    <name>dv::ui::ScreenshotRun</name>
    <message>
        <source>No result within %1 seconds.</source>
        <translation>Ningún resultado en %1 segundos.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityDialog</name>
    <message>
        <source>questionnaire</source>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>automatic, one photo</source>
        <translation>automático, una foto</translation>
    </message>
    <message>
        <source>automatic, one photo per body site</source>
        <translation>automático, una foto por localización corporal</translation>
    </message>
    <message>
        <source>Required: please fill this in.</source>
        <translation>Obligatorio: rellene este campo.</translation>
    </message>
    <message>
        <source>The service did not accept this value.</source>
        <translation>El servicio no aceptó este valor.</translation>
    </message>
    <message>
        <source>Severity assessment</source>
        <translation>Evaluación de la gravedad</translation>
    </message>
    <message>
        <source>Loading scoring systems…</source>
        <translation>Cargando sistemas de puntuación…</translation>
    </message>
    <message>
        <source>&amp;Scoring system:</source>
        <translation>&amp;Sistema de puntuación:</translation>
    </message>
    <message>
        <source>%1, %2 in the current differential</source>
        <extracomment>Tooltip of a differential entry offered as the known condition.</extracomment>
        <translation>%1, %2 en el diagnóstico diferencial actual</translation>
    </message>
    <message>
        <source>Type the condition, e.g. psoriasis</source>
        <translation>Escriba la afección, p. ej. psoriasis</translation>
    </message>
    <message>
        <source>Pick from the differential or type</source>
        <translation>Elija del diagnóstico diferencial o escriba</translation>
    </message>
    <message>
        <source>Known &amp;condition:</source>
        <translation>&amp;Afección conocida:</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>&amp;Localización corporal:</translation>
    </message>
    <message>
        <source>The case has no photo. Add one in the main window to assess it automatically.</source>
        <translation>El caso no tiene ninguna foto. Añada una en la ventana principal para evaluarlo automáticamente.</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <source>Photos by body site</source>
        <translation>Fotos por localización corporal</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>&amp;Evaluar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The scoring systems could not be fetched: %1</source>
        <translation>No se pudieron obtener los sistemas de puntuación: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A scoring system in the chooser: &quot;Dermatology Life Quality Index — questionnaire&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a scoring system</source>
        <translation>Elija un sistema de puntuación</translation>
    </message>
    <message>
        <source>Drop one photo on each body site (or use Choose…). Sites without a photo are left out.</source>
        <translation>Suelte una foto en cada localización corporal (o use Elegir…). Las localizaciones sin foto se omiten.</translation>
    </message>
    <message>
        <source>The service does not say which body sites this scoring system needs: every catalogue site is offered. Sites without a photo are left out.</source>
        <translation>El servicio no indica qué localizaciones corporales necesita este sistema de puntuación: se ofrecen todas las del catálogo. Las localizaciones sin foto se omiten.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Waiting for the service…</source>
        <translation>Esperando al servicio…</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Enviando… %p%</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: press Assess to send it again.</source>
        <translation>Operación cancelada. No se ha perdido nada: pulse Evaluar para volver a enviarla.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A rejected field the form has no place for: &quot;scoringSystem.x: message&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The service did not accept %n value(s); see the marked field(s). Your entries are kept.</source>
        <translation>
            <numerusform>El servicio no aceptó %n valor; consulte el campo marcado. Se conservan los datos introducidos.</numerusform>
            <numerusform>El servicio no aceptó %n valores; consulte los campos marcados. Se conservan los datos introducidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service did not accept the request.</source>
        <translation>El servicio no aceptó la solicitud.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityPhotoView</name>
    <message>
        <source>Show masks and boxes</source>
        <translation>Mostrar máscaras y recuadros</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Tint</source>
        <translation>Tinte</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <source>Mask:</source>
        <translation>Máscara:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Magenta: the mask “%1”.</source>
        <translation>Magenta: la máscara «%1».</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Yellow boxes: %n detection(s) (%1).</source>
        <translation>
            <numerusform>Recuadros amarillos: %n detección (%1).</numerusform>
            <numerusform>Recuadros amarillos: %n detecciones (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask “%1” cannot be drawn: %2</source>
        <translation>No se puede dibujar la máscara «%1»: %2</translation>
    </message>
</context>
<context>
    <name>dv::ui::SeverityResultPane</name>
    <message>
        <source>The score appears here after the assessment. Choose a scoring system, answer its items and press Assess.</source>
        <translation>La puntuación aparece aquí tras la evaluación. Elija un sistema de puntuación, responda a sus ítems y pulse Evaluar.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Each body site&apos;s validity and contribution is shown on its photo.</source>
        <translation>La validez y la contribución de cada localización corporal se muestran en su foto.</translation>
    </message>
</context>
<context>
    <name>dv::ui::SiteSlot</name>
    <message>
        <source>Drop a photo here</source>
        <translation>Suelte una foto aquí</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the photo of %1</source>
        <translation>Elija la foto de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>No se puede usar este archivo: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Image quality %1 (%2)</source>
        <translation>Calidad de imagen %1 (%2)</translation>
    </message>
    <message>
        <source>Contribution to the global score: %1</source>
        <translation>Contribución a la puntuación global: %1</translation>
    </message>
</context>
<context>
    <name>dv::ui::StoredReportView</name>
    <message>
        <source>Fetch a report by its identifier or open a saved report file to see it here.</source>
        <translation>Obtenga un informe por su identificador o abra un archivo de informe guardado para verlo aquí.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Ningún informe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>Image %1 (not valid)</source>
        <translation>Imagen %1 (no válida)</translation>
    </message>
    <message>
        <source>Scoring systems (%1)</source>
        <translation>Sistemas de puntuación (%1)</translation>
    </message>
    <message>
        <source>Explainability media</source>
        <translation>Material de explicabilidad</translation>
    </message>
    <message>
        <source>What the model attended to for each scoring system. A stored report carries no photo to lay them over, so they are shown as sent.</source>
        <translation>En qué se fijó el modelo para cada sistema de puntuación. Un informe almacenado no incluye ninguna foto sobre la que superponerlos, por lo que se muestran tal como se recibieron.</translation>
    </message>
    <message>
        <source>Explainability (%1)</source>
        <translation>Explicabilidad (%1)</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Haga clic para ampliar</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Downloading the photo…</source>
        <translation>Descargando la foto…</translation>
    </message>
    <message>
        <source>The photo could not be shown: %1</source>
        <translation>No se pudo mostrar la foto: %1</translation>
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
        <translation>Idioma de la interfaz.</translation>
    </message>
    <message>
        <source>Skin photos to open.</source>
        <translation>Fotos de la piel que se abrirán.</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Analyse the photos, save the window to FILE (PNG) and exit.</source>
        <translation>Analizar las fotos, guardar la ventana en FILE (PNG) y salir.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>Tamaño de la ventana para --screenshot, p. ej. 1280x800.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, at least 320x240.</source>
        <translation>--size espera ANCHOxALTO, como mínimo 320x240.</translation>
    </message>
</context>
</TS>
