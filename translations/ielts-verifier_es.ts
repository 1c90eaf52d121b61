<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>The service says a mandatory query parameter is missing.</source>
        <translation>El servicio indica que falta un parámetro obligatorio de la consulta.</translation>
    </message>
    <message>
        <source>Check the search: a TRF number, or both dates of a range, must be given. If they were, report this to the application&apos;s maintainers.</source>
        <translation>Revise la búsqueda: debe indicarse un número de TRF o las dos fechas de un intervalo. Si se indicaron, comuníquelo a los responsables de la aplicación.</translation>
    </message>
    <message>
        <source>The service refused the access token as invalid.</source>
        <translation>El servicio rechazó el token de acceso por no ser válido.</translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that they belong to this environment (sandbox and production credentials differ).</source>
        <translation>Compruebe el ID y el secreto de cliente, y que correspondan a este entorno (las credenciales de sandbox y de producción son distintas).</translation>
    </message>
    <message>
        <source>The service received no access token.</source>
        <translation>El servicio no recibió ningún token de acceso.</translation>
    </message>
    <message>
        <source>Enter the client ID and secret for this environment.</source>
        <translation>Introduzca el ID y el secreto de cliente de este entorno.</translation>
    </message>
    <message>
        <source>The access token has expired and could not be renewed.</source>
        <translation>El token de acceso ha caducado y no se pudo renovar.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the token URL and credentials.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, compruebe la URL del token y las credenciales.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to use the result-verification service.</source>
        <translation>Estas credenciales no tienen permiso para usar el servicio de verificación de resultados.</translation>
    </message>
    <message>
        <source>Ask the provider&apos;s support to grant this client access to the API.</source>
        <translation>Pida al soporte del proveedor que conceda a este cliente acceso a la API.</translation>
    </message>
    <message>
        <source>The service found nothing for this request.</source>
        <translation>El servicio no encontró nada para esta solicitud.</translation>
    </message>
    <message>
        <source>Check the TRF number or the date range.</source>
        <translation>Compruebe el número de TRF o el intervalo de fechas.</translation>
    </message>
    <message>
        <source>The service had a technical error while processing the request.</source>
        <translation>El servicio sufrió un error técnico al procesar la solicitud.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, report it to the provider&apos;s support with the transaction ID.</source>
        <translation>Vuelva a intentarlo más tarde. Si persiste, comuníquelo al soporte del proveedor indicando el ID de transacción.</translation>
    </message>
    <message>
        <source>One or more of the service&apos;s back-ends is down.</source>
        <translation>Uno o varios de los sistemas internos del servicio no están disponibles.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The service&apos;s back-end timed out.</source>
        <translation>Se agotó el tiempo de espera de un sistema interno del servicio.</translation>
    </message>
    <message>
        <source>The service says the daily request quota is used up.</source>
        <translation>El servicio indica que se ha agotado la cuota diaria de solicitudes.</translation>
    </message>
    <message>
        <source>Wait until the quota resets (midnight UTC) and try again.</source>
        <translation>Espere a que se restablezca la cuota (medianoche UTC) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The service failed with HTTP status %1.</source>
        <translation>El servicio falló con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The service answered with an unexpected redirect.</source>
        <translation>El servicio respondió con una redirección inesperada.</translation>
    </message>
    <message>
        <source>Check the endpoint URL; credentials are never sent to another address.</source>
        <translation>Compruebe la URL del punto de acceso; las credenciales nunca se envían a otra dirección.</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP status %1).</source>
        <translation>El servicio rechazó la solicitud (estado HTTP %1).</translation>
    </message>
    <message>
        <source>Check the search and the endpoint URL.</source>
        <translation>Compruebe la búsqueda y la URL del punto de acceso.</translation>
    </message>
    <message>
        <source>The service&apos;s host name could not be found.</source>
        <translation>No se encontró el nombre de host del servicio.</translation>
    </message>
    <message>
        <source>Check the internet connection, the proxy settings and the endpoint URL.</source>
        <translation>Compruebe la conexión a internet, la configuración del proxy y la URL del punto de acceso.</translation>
    </message>
    <message>
        <source>The service did not answer in time, even after several tries.</source>
        <translation>El servicio no respondió a tiempo, ni siquiera tras varios intentos.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again later.</source>
        <translation>Compruebe la conexión a internet y vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>A secure connection to the service could not be established.</source>
        <translation>No se pudo establecer una conexión segura con el servicio.</translation>
    </message>
    <message>
        <source>Check the system date and any proxy that inspects HTTPS traffic; the application never ignores certificate errors.</source>
        <translation>Compruebe la fecha del sistema y cualquier proxy que inspeccione el tráfico HTTPS; la aplicación nunca ignora los errores de certificado.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>No se pudo usar el servidor proxy.</translation>
    </message>
    <message>
        <source>Check the system proxy settings.</source>
        <translation>Compruebe la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>The connection to the service failed, even after several tries.</source>
        <translation>Falló la conexión con el servicio, incluso tras varios intentos.</translation>
    </message>
    <message>
        <source>The service sent an answer that cannot be understood.</source>
        <translation>El servicio envió una respuesta que no se puede interpretar.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, report it with the transaction ID.</source>
        <translation>Vuelva a intentarlo más tarde. Si persiste, comuníquelo indicando el ID de transacción.</translation>
    </message>
    <message>
        <source>Correct the settings and try again.</source>
        <translation>Corrija la configuración y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Wait until the quota resets (midnight UTC), narrow the search, or override the check if you know the count is wrong.</source>
        <translation>Espere a que se restablezca la cuota (medianoche UTC), acote la búsqueda o ignore la comprobación si sabe que el recuento es incorrecto.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Se canceló la búsqueda.</translation>
    </message>
</context>
<context>
    <name>ApplicantDate</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>«%1» no es una fecha; escríbala como AAAA-MM-DD o DD/MM/AAAA.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>«%1» no corresponde a ningún día del calendario.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How a date of birth read from an applicant list is spelled out, in QDate format characters: d day, MMMM month name, yyyy year.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>ApplicantField</name>
    <message>
        <source>TRF number</source>
        <translation>Número de TRF</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Comprensión auditiva (Listening)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Comprensión lectora (Reading)</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Expresión escrita (Writing)</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Expresión oral (Speaking)</translation>
    </message>
    <message>
        <source>Applicant ID</source>
        <translation>ID del solicitante</translation>
    </message>
</context>
<context>
    <name>ApplicantListReader</name>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller lists.</source>
        <translation>El archivo ocupa más de %1 MB. Divídalo en listas más pequeñas.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is an old Excel file (.xls) or a password-protected workbook. Save it without a password as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>«%1» es un archivo antiguo de Excel (.xls) o un libro protegido con contraseña. Guárdelo sin contraseña como libro de Excel (.xlsx) o como CSV.</translation>
    </message>
    <message>
        <source>Line %1 has a quote that is never closed.</source>
        <translation>La línea %1 tiene unas comillas que no se cierran.</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <comment>encoding, separator</comment>
        <translation>CSV, %1, %2</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian) with byte order mark</source>
        <translation>UTF-16 (little-endian) con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian) with byte order mark</source>
        <translation>UTF-16 (big-endian) con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>The file has too many cells to read. Remove unused columns or split the list.</source>
        <translation>El archivo tiene demasiadas celdas para leerlo. Elimine las columnas que no se usen o divida la lista.</translation>
    </message>
    <message>
        <source>The file has a header row but no applicants.</source>
        <translation>El archivo tiene una fila de encabezado, pero ningún solicitante.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a repeated column name and its number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Excel workbook (.xlsx).</source>
        <translation>El archivo está dañado o no es un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is too large to read: it unpacks to more than %1 MB.</source>
        <translation>El libro es demasiado grande para leerlo: descomprimido ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>El libro no tiene ninguna hoja de cálculo.</translation>
    </message>
    <message>
        <source>XLSX, sheet “%1”</source>
        <translation>XLSX, hoja «%1»</translation>
    </message>
    <message>
        <source>The first worksheet (“%1”) is empty.</source>
        <translation>La primera hoja de cálculo («%1») está vacía.</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Verify every applicant of a CSV or Excel list and write a reconciliation report.</source>
        <translation>Verifica todos los solicitantes de una lista CSV o Excel y escribe un informe de conciliación.</translation>
    </message>
    <message>
        <source>Try &quot;%1 batch --help&quot;.
</source>
        <translation>Pruebe «%1 batch --help».
</translation>
    </message>
    <message>
        <source>Verifies an applicant list (CSV or XLSX) against the IELTS result-verification service: every distinct TRF number is looked up once, and every row of the list gets one outcome, Verified, Mismatch, Not found, Not released or Error, in a report that keeps the list&apos;s own columns.

The columns are recognised by their headers; --column FIELD=HEADER names one explicitly. FIELD is one of: %1. Credentials come from the environment variables IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, or from --profile.

Exit status: 0 every applicant verified (and meets the requirements given), 2 invalid usage or input (an unreadable list, no TRF column, a bad option); no request was sent, 3 authentication or authorization failure, 4 any other error that stopped the batch (quota included: a batch that does not fit today&apos;s quota is refused before anything is sent), 5 network failure after retries, 6 at least one applicant did not verify (mismatch, not found, not released, error, rejected row, or below the requirements), 130 interrupted. When the batch stops (3, 4, 5, 130) no report is written.</source>
        <translation>Verifica una lista de solicitantes (CSV o XLSX) con el servicio de verificación de resultados del IELTS: cada número de TRF distinto se consulta una sola vez y cada fila de la lista recibe uno de estos resultados: Verified, Mismatch, Not found, Not released o Error, en un informe que conserva las columnas de la propia lista.

Las columnas se reconocen por sus encabezados; --column FIELD=HEADER indica una explícitamente. FIELD es uno de estos valores: %1. Las credenciales se toman de las variables de entorno IELTS_CLIENT_ID e IELTS_CLIENT_SECRET, o de --profile.

Estado de salida: 0 todos los solicitantes verificados (y cumplen los requisitos indicados), 2 uso o datos no válidos (una lista ilegible, ninguna columna de TRF, una opción incorrecta); no se envió ninguna solicitud, 3 fallo de autenticación o autorización, 4 cualquier otro error que detuvo el lote (incluida la cuota: un lote que no cabe en la cuota de hoy se rechaza antes de enviar nada), 5 fallo de red tras los reintentos, 6 al menos un solicitante no se verificó (discrepancia, no encontrado, no publicado, error, fila rechazada o por debajo de los requisitos), 130 interrumpido. Cuando el lote se detiene (3, 4, 5, 130) no se escribe ningún informe.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>The applicant list, a CSV or XLSX file.</source>
        <translation>La lista de solicitantes, un archivo CSV o XLSX.</translation>
    </message>
    <message>
        <source>The report to write; created or replaced only when every applicant was checked.</source>
        <translation>El informe que se escribe; solo se crea o se reemplaza cuando se han comprobado todos los solicitantes.</translation>
    </message>
    <message>
        <source>csv, xlsx, pdf or json (default: from the output&apos;s extension, else csv).</source>
        <translation>csv, xlsx, pdf o json (por omisión: según la extensión de la salida o, si no, csv).</translation>
    </message>
    <message>
        <source>Read FIELD from the column headed HEADER, instead of the guessed one; repeat for several.</source>
        <translation>Lee FIELD de la columna con el encabezado HEADER, en lugar de la deducida; repítalo para indicar varios.</translation>
    </message>
    <message>
        <source>How to read dates of birth like 03/04/1990: day (3 April) or month (4 March). Default: guessed from the list.</source>
        <translation>Cómo leer fechas de nacimiento como 03/04/1990: day (3 de abril) o month (4 de marzo). Por omisión: se deduce de la lista.</translation>
    </message>
    <message>
        <source>Required overall band.</source>
        <translation>Puntuación global exigida.</translation>
    </message>
    <message>
        <source>Required band in every skill (a --min-listening and the like take precedence).</source>
        <translation>Puntuación exigida en cada destreza (--min-listening y las opciones similares tienen prioridad).</translation>
    </message>
    <message>
        <source>Required listening band.</source>
        <translation>Puntuación exigida en comprensión auditiva (Listening).</translation>
    </message>
    <message>
        <source>Required reading band.</source>
        <translation>Puntuación exigida en comprensión lectora (Reading).</translation>
    </message>
    <message>
        <source>Required writing band.</source>
        <translation>Puntuación exigida en expresión escrita (Writing).</translation>
    </message>
    <message>
        <source>Required speaking band.</source>
        <translation>Puntuación exigida en expresión oral (Speaking).</translation>
    </message>
    <message>
        <source>The test must be no older than N years.</source>
        <translation>El examen no debe tener más de N años de antigüedad.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to %1 (default %2).</source>
        <translation>Solicitudes en curso a la vez, de 1 a %1 (por omisión %2).</translation>
    </message>
    <message>
        <source>Send even when the batch does not fit what remains of today&apos;s quota.</source>
        <translation>Envía aunque el lote no quepa en lo que queda de la cuota de hoy.</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>Informa del progreso en la salida de errores.</translation>
    </message>
    <message>
        <source>Print nothing but errors on standard error.</source>
        <translation>No muestra más que los errores en la salida de errores.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Give both --input and --output.</source>
        <translation>Indique --input y --output.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation>--concurrency debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx, pdf or json.</source>
        <translation>--format debe ser csv, xlsx, pdf o json.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>No se puede escribir %1: la carpeta no existe.</translation>
    </message>
    <message>
        <source>--date-order must be day or month.</source>
        <translation>--date-order debe ser day o month.</translation>
    </message>
    <message>
        <source>--column expects FIELD=HEADER with FIELD one of %1, not &quot;%2&quot;.</source>
        <translation>--column espera FIELD=HEADER, con FIELD igual a uno de estos valores: %1, no «%2».</translation>
    </message>
    <message>
        <source>--column %1: the list has no column headed &quot;%2&quot;; its columns are: %3.</source>
        <translation>--column %1: la lista no tiene ninguna columna con el encabezado «%2»; sus columnas son: %3.</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>error: no se pudo iniciar el servicio local de demostración.
</translation>
    </message>
    <message>
        <source>--%1 expects a band score from 0 to 9 in half bands, not &quot;%2&quot;.</source>
        <translation>--%1 espera una puntuación de 0 a 9 en pasos de media banda, no «%2».</translation>
    </message>
    <message>
        <source>--max-age-years must be a whole number from 1 to 100.</source>
        <translation>--max-age-years debe ser un número entero de 1 a 100.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has no applicants.</source>
        <translation>%1 no tiene solicitantes.</translation>
    </message>
    <message>
        <source>line %1: not checked: %2
</source>
        <translation>línea %1: no comprobada: %2
</translation>
    </message>
    <message>
        <source>line %1 (TRF %2): not checked: %3
</source>
        <translation>línea %1 (TRF %2): no comprobada: %3
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>aviso: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 TRF numbers checked, %n request(s)</source>
        <translation>
            <numerusform>%1 de %2 números de TRF comprobados, %n solicitud</numerusform>
            <numerusform>%1 de %2 números de TRF comprobados, %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n retries</source>
        <translation>
            <numerusform>, %n reintento</numerusform>
            <numerusform>, %n reintentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.
</source>
        <translation>Interrumpido; no se escribió nada.
</translation>
    </message>
    <message>
        <source>The batch stopped; no report was written.
</source>
        <translation>El lote se detuvo; no se escribió ningún informe.
</translation>
    </message>
    <message>
        <source>Applicant list %1</source>
        <translation>Lista de solicitantes %1</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>error: %1
</translation>
    </message>
    <message>
        <source>%1. Report written to %2.
</source>
        <translation>%1. Informe escrito en %2.
</translation>
    </message>
    <message>
        <source>Ask for candidate photos and put them beside each applicant in a PDF report.</source>
        <translation>Pide las fotos de los candidatos y las coloca junto a cada solicitante en un informe PDF.</translation>
    </message>
</context>
<context>
    <name>BatchDetailsPane</name>
    <message>
        <source>Full &amp;Record…</source>
        <translation>&amp;Registro completo…</translation>
    </message>
    <message>
        <source>Photo on the result</source>
        <translation>Foto del resultado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <source>On the result</source>
        <translation>En el resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Claimed and actual values</source>
        <translation>Valores declarados y reales</translation>
    </message>
    <message>
        <source>Each field the applicant gave next to the value on the result, and whether they match</source>
        <translation>Cada dato que indicó el solicitante junto al valor del resultado, y si coinciden</translation>
    </message>
    <message>
        <source>Opens every field of the result, with its photo, printing and saving</source>
        <translation>Abre todos los campos del resultado, con su foto y las opciones de imprimir y guardar</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>No se puede mostrar la foto</translation>
    </message>
    <message>
        <source>Select an applicant to compare their claim with the result.</source>
        <translation>Seleccione un solicitante para comparar lo que declaró con el resultado.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>%1, TRF %2, line %3</source>
        <translation>%1, TRF %2, línea %3</translation>
    </message>
    <message>
        <source>Unnamed applicant</source>
        <translation>Solicitante sin nombre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>The service has no result for this TRF number.</source>
        <translation>El servicio no tiene ningún resultado para este número de TRF.</translation>
    </message>
    <message>
        <source>Meets the programme&apos;s requirements.</source>
        <translation>Cumple los requisitos del programa.</translation>
    </message>
    <message>
        <source>Below the programme&apos;s requirements: %1</source>
        <translation>No alcanza los requisitos del programa: %1</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando la foto…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✗ Differs</source>
        <translation>✗ No coincide</translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation>✓ Coincide</translation>
    </message>
</context>
<context>
    <name>BatchPdfReport</name>
    <message>
        <source>The PDF file could not be started.</source>
        <translation>No se pudo iniciar el archivo PDF.</translation>
    </message>
    <message>
        <source>The list has no applicants.</source>
        <translation>La lista no tiene solicitantes.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>No se pudo escribir el archivo PDF.</translation>
    </message>
    <message>
        <source>IELTS batch verification</source>
        <translation>Verificación por lotes del IELTS</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>DATOS DE PRUEBA (%1): no son resultados reales del IELTS.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institution profile: %1</source>
        <translation>Perfil de la institución: %1</translation>
    </message>
    <message>
        <source>Applicant list: %1</source>
        <translation>Lista de solicitantes: %1</translation>
    </message>
    <message>
        <source>Requirements: %1</source>
        <translation>Requisitos: %1</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Checked: %1 UTC</source>
        <translation>Comprobación: %1 UTC</translation>
    </message>
    <message>
        <source>Generated %1 UTC by IELTS Result Verifier %2</source>
        <translation>Generado el %1 UTC por IELTS Result Verifier %2</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %n applicant(s): %1</source>
        <translation>
            <numerusform>Resumen de %n solicitante: %1</numerusform>
            <numerusform>Resumen de %n solicitantes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>IELTS batch verification · %1 · %2</source>
        <translation>Verificación por lotes del IELTS · %1 · %2</translation>
    </message>
    <message>
        <source>TEST DATA</source>
        <translation>DATOS DE PRUEBA</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>DATOS DE PRUEBA: no son resultados reales del IELTS</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Applicant ID: %1</source>
        <translation>ID del solicitante: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>TRF: %1</source>
        <translation>TRF: %1</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>No se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Requirements: not checked (no released result)</source>
        <translation>Requisitos: sin comprobar (no hay ningún resultado publicado)</translation>
    </message>
    <message>
        <source>Requirements: met</source>
        <translation>Requisitos: cumplidos</translation>
    </message>
    <message>
        <source>Requirements not met: %1</source>
        <translation>Requisitos no cumplidos: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ no coincide</translation>
    </message>
    <message>
        <source>Photo unreadable</source>
        <translation>Foto ilegible</translation>
    </message>
    <message>
        <source>IELTS batch verification (TEST DATA)</source>
        <translation>Verificación por lotes del IELTS (DATOS DE PRUEBA)</translation>
    </message>
</context>
<context>
    <name>BatchPreparation</name>
    <message>
        <source>The overall score “%1” is not a band score.</source>
        <translation>La puntuación global «%1» no es una puntuación de banda válida.</translation>
    </message>
    <message>
        <source>The listening score “%1” is not a band score.</source>
        <translation>La puntuación de comprensión auditiva «%1» no es una puntuación de banda válida.</translation>
    </message>
    <message>
        <source>The reading score “%1” is not a band score.</source>
        <translation>La puntuación de comprensión lectora «%1» no es una puntuación de banda válida.</translation>
    </message>
    <message>
        <source>The writing score “%1” is not a band score.</source>
        <translation>La puntuación de expresión escrita «%1» no es una puntuación de banda válida.</translation>
    </message>
    <message>
        <source>The speaking score “%1” is not a band score.</source>
        <translation>La puntuación de expresión oral «%1» no es una puntuación de banda válida.</translation>
    </message>
    <message>
        <source>No TRF number.</source>
        <translation>No hay número de TRF.</translation>
    </message>
    <message>
        <source>Same TRF number as line %1.</source>
        <translation>Mismo número de TRF que la línea %1.</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Fecha de nacimiento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of birth, such as %1, could be day first or month first; they were read day first. Choose the date order if the list writes the month first.</source>
        <translation>
            <numerusform>%n fecha de nacimiento, como %1, podría tener primero el día o el mes; se leyó con el día primero. Elija el orden de las fechas si la lista pone primero el mes.</numerusform>
            <numerusform>%n fechas de nacimiento, como %1, podrían tener primero el día o el mes; se leyeron con el día primero. Elija el orden de las fechas si la lista pone primero el mes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TRF number(s) do not look like IELTS TRF numbers (18 characters, such as 17UZ010772RAKN025A); they will be searched as written.</source>
        <translation>
            <numerusform>%n número de TRF no parece un número de TRF del IELTS (18 caracteres, como 17UZ010772RAKN025A); se buscará tal como está escrito.</numerusform>
            <numerusform>%n números de TRF no parecen números de TRF del IELTS (18 caracteres, como 17UZ010772RAKN025A); se buscarán tal como están escritos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>A reconciliation report is written as CSV, Excel, JSON or PDF.</source>
        <translation>El informe de conciliación se escribe como CSV, Excel, JSON o PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report on %n applicant(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Se escribió el informe de %n solicitante en «%1».</numerusform>
            <numerusform>Se escribió el informe de %n solicitantes en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n foto no se pudo leer y se omitió.</numerusform>
            <numerusform>%n fotos no se pudieron leer y se omitieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReportTable</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>No cumplidos: %1</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Meets the requirements</source>
        <translation>Cumple los requisitos</translation>
    </message>
    <message>
        <source>Below: %1</source>
        <translation>Por debajo: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <extracomment>A column of the batch table holding what the service has for the TRF number, next to the applicant&apos;s claim.</extracomment>
        <translation>Resultado: %1</translation>
    </message>
</context>
<context>
    <name>BatchVerifier</name>
    <message numerus="yes">
        <source>This batch needs %Ln request(s); %L1 remain today.</source>
        <translation>
            <numerusform>Este lote necesita %Ln solicitud; hoy quedan %L1.</numerusform>
            <numerusform>Este lote necesita %Ln solicitudes; hoy quedan %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Verify Applicant List</source>
        <translation>Verificar una lista de solicitantes</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>&amp;Open List…</source>
        <translation>&amp;Abrir una lista…</translation>
    </message>
    <message>
        <source>Open an applicant list (CSV or Excel) (%1)</source>
        <translation>Abrir una lista de solicitantes (CSV o Excel) (%1)</translation>
    </message>
    <message>
        <source>Try a &amp;Sample List</source>
        <translation>Probar una lista de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open a list of made-up applicants drawn from the offline demo</source>
        <translation>Abrir una lista de solicitantes ficticios tomados de la demostración sin conexión</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <source>Check how the list is read and verify it again</source>
        <translation>Comprobar cómo se lee la lista y volver a verificarla</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Reintentar los fallidos</translation>
    </message>
    <message>
        <source>Look up again the applicants whose lookup failed</source>
        <translation>Volver a consultar los solicitantes cuya consulta falló</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the batch; the answers so far are kept</source>
        <translation>Detener el lote; se conservan las respuestas recibidas hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xportar el informe…</translation>
    </message>
    <message>
        <source>Save the reconciliation as Excel, CSV, JSON or PDF</source>
        <translation>Guardar la conciliación como Excel, CSV, JSON o PDF</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Check a list of applicants&lt;/h2&gt;&lt;p&gt;Open the list your applicants&apos; IELTS results came in, as CSV or Excel. Each applicant&apos;s TRF number is looked up, and what they claimed (names, date of birth, scores) is compared with the result the service holds.&lt;/p&gt;&lt;p&gt;Nothing is sent until you have seen how the list is read.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Comprobar una lista de solicitantes&lt;/h2&gt;&lt;p&gt;Abra la lista en la que recibió los resultados del IELTS de sus solicitantes, en CSV o Excel. Se consulta el número de TRF de cada solicitante y lo que declaró (nombre, fecha de nacimiento, puntuaciones) se compara con el resultado que tiene el servicio.&lt;/p&gt;&lt;p&gt;No se envía nada hasta que haya visto cómo se lee la lista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Applicant List…</source>
        <translation>Abrir una lista de solicitantes…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file of applicants</source>
        <translation>Elegir un archivo CSV o Excel de solicitantes</translation>
    </message>
    <message>
        <source>Try a Sample List</source>
        <translation>Probar una lista de ejemplo</translation>
    </message>
    <message>
        <source>Opens made-up applicants drawn from the offline demo, with every kind of outcome</source>
        <translation>Abre solicitantes ficticios tomados de la demostración sin conexión, con todos los tipos de resultado</translation>
    </message>
    <message>
        <source>You can also drop the file here.</source>
        <translation>También puede soltar el archivo aquí.</translation>
    </message>
    <message>
        <source>Fetch candidate &amp;photos</source>
        <translation>Obtener las &amp;fotos de los candidatos</translation>
    </message>
    <message>
        <source>Ask for each result&apos;s photo, to compare with the applicant and to print in the PDF report; takes longer</source>
        <translation>Pedir la foto de cada resultado, para compararla con el solicitante e imprimirla en el informe PDF; tarda más</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show outcome</source>
        <translation>Mostrar por resultado de la verificación</translation>
    </message>
    <message>
        <source>Shows only the applicants with one outcome</source>
        <translation>Muestra solo los solicitantes con un resultado de verificación concreto</translation>
    </message>
    <message>
        <source>Every applicant</source>
        <translation>Todos los solicitantes</translation>
    </message>
    <message>
        <source>Below the requirements</source>
        <translation>Por debajo de los requisitos</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Filter by name, TRF number, applicant ID…</source>
        <translation>Filtrar por nombre, número de TRF, ID del solicitante…</translation>
    </message>
    <message>
        <source>Filter applicants</source>
        <translation>Filtrar solicitantes</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text</source>
        <translation>Muestra solo las filas que contienen este texto</translation>
    </message>
    <message>
        <source>Applicants and outcomes</source>
        <translation>Solicitantes y resultados de la verificación</translation>
    </message>
    <message>
        <source>One row an applicant: the outcome first, then the differences, the requirements, the applicant&apos;s own columns and the result; Enter opens the full record</source>
        <translation>Una fila por solicitante: primero el resultado de la verificación y después las diferencias, los requisitos, las columnas propias del solicitante y el resultado; Intro abre el registro completo</translation>
    </message>
    <message>
        <source>%1 (test data)</source>
        <translation>%1 (datos de prueba)</translation>
    </message>
    <message>
        <source>Open Applicant List</source>
        <translation>Abrir una lista de solicitantes</translation>
    </message>
    <message>
        <source>Applicant lists (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Listas de solicitantes (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>sample-applicants.csv</source>
        <translation>solicitantes-de-ejemplo.csv</translation>
    </message>
    <message>
        <source>The applicant list cannot be read.</source>
        <translation>No se puede leer la lista de solicitantes.</translation>
    </message>
    <message>
        <source>There is no working connection to check the list with.</source>
        <translation>No hay ninguna conexión operativa con la que comprobar la lista.</translation>
    </message>
    <message>
        <source>Daily Quota</source>
        <translation>Cuota diaria</translation>
    </message>
    <message>
        <source>%1
Send anyway? The service will refuse the requests past its limit.</source>
        <translation>%1
¿Desea enviar el lote de todos modos? El servicio rechazará las solicitudes que superen su límite.</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n applicant(s)…</source>
        <translation>
            <numerusform>Comprobando %n solicitante…</numerusform>
            <numerusform>Comprobando %n solicitantes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the failed applicants again…</source>
        <translation>Volviendo a consultar los solicitantes fallidos…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 TRF numbers</source>
        <translation>Comprobados %1 de %2 números de TRF</translation>
    </message>
    <message numerus="yes">
        <source> (%n retried request(s))</source>
        <translation>
            <numerusform> (%n solicitud reintentada)</numerusform>
            <numerusform> (%n solicitudes reintentadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n request(s) sent.</source>
        <translation>
            <numerusform>Terminado: se envió %n solicitud.</numerusform>
            <numerusform>Terminado: se enviaron %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept; the rest are marked as not checked.</source>
        <translation>Detenido. Se conservan las respuestas recibidas hasta ahora; el resto se marca como sin comprobar.</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>Transaction ID %1</source>
        <translation>ID de transacción %1</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>El lote se detuvo: %1</translation>
    </message>
    <message>
        <source>Applicants checked before it stopped keep their outcome; use Retry Failed for the rest.</source>
        <translation>Los solicitantes comprobados antes de que se detuviera conservan su resultado; use Reintentar los fallidos para el resto.</translation>
    </message>
    <message numerus="yes">
        <source> — %n still to check</source>
        <translation>
            <numerusform> — queda %n por comprobar</numerusform>
            <numerusform> — quedan %n por comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>TRF number %1 from the applicant list %2</source>
        <translation>Número de TRF %1 de la lista de solicitantes %2</translation>
    </message>
    <message>
        <source>Export Reconciliation Report</source>
        <translation>Exportar el informe de conciliación</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report with photos (*.pdf)</source>
        <translation>Informe PDF con fotos (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 - verification.xlsx</source>
        <extracomment>The suggested file name of a reconciliation report; %1 is the applicant list&apos;s name.</extracomment>
        <translation>%1 - verificacion.xlsx</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>solicitantes</translation>
    </message>
    <message>
        <source>“%1” does not end in .xlsx, .pdf, .csv or .json.</source>
        <translation>«%1» no termina en .xlsx, .pdf, .csv ni .json.</translation>
    </message>
    <message>
        <source>Choose one of those types so the report can be written.</source>
        <translation>Elija uno de esos tipos para que se pueda escribir el informe.</translation>
    </message>
    <message>
        <source>Not checked: the batch was stopped before this row.</source>
        <translation>Sin comprobar: el lote se detuvo antes de esta fila.</translation>
    </message>
    <message>
        <source>Applicant list %1</source>
        <translation>Lista de solicitantes %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The batch was stopped because the connection profile changed.</source>
        <translation>La verificación del lote se detuvo porque cambió el perfil de conexión.</translation>
    </message>
    <message>
        <source>The answers received so far are kept. Verify the list again to check it against the new profile.</source>
        <translation>Se conservan las respuestas recibidas hasta ahora. Verifique la lista de nuevo para comprobarla con el nuevo perfil.</translation>
    </message>
    <message>
        <source>Nothing was sent: this list was checked with the profile %1.</source>
        <translation>No se envió nada: esta lista se comprobó con el perfil %1.</translation>
    </message>
    <message>
        <source>Switch back to that profile to retry, or verify the whole list again.</source>
        <translation>Vuelva a ese perfil para reintentar o verifique de nuevo toda la lista.</translation>
    </message>
</context>
<context>
    <name>BatchXlsxReport</name>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>DATOS DE PRUEBA (%1): no son resultados reales del IELTS.</translation>
    </message>
    <message>
        <source>Applicant list</source>
        <translation>Lista de solicitantes</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation>Perfil de la institución</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Checked (UTC)</source>
        <translation>Comprobación (UTC)</translation>
    </message>
    <message>
        <source>Report written (UTC)</source>
        <translation>Informe escrito (UTC)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>IELTS Result Verifier %1</source>
        <translation>IELTS Result Verifier %1</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Solicitantes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not meeting the requirements</source>
        <translation>No cumplen los requisitos</translation>
    </message>
    <message>
        <source>The Excel file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de Excel: %1</translation>
    </message>
    <message>
        <source>The Excel file could not be started (out of memory or no temporary space).</source>
        <translation>No se pudo iniciar el archivo de Excel (falta memoria o espacio temporal).</translation>
    </message>
    <message>
        <source>The Excel file could not be started.</source>
        <translation>No se pudo iniciar el archivo de Excel.</translation>
    </message>
    <message>
        <source>IELTS batch verification</source>
        <translation>Verificación por lotes del IELTS</translation>
    </message>
</context>
<context>
    <name>CandidateDetailsDialog</name>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Status warning</source>
        <translation>Aviso de estado</translation>
    </message>
    <message>
        <source>Candidate photo</source>
        <translation>Foto del candidato</translation>
    </message>
    <message>
        <source>Every field the service sent</source>
        <translation>Todos los campos que envió el servicio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Copy &amp;TRF number</source>
        <translation>Copiar el número de &amp;TRF</translation>
    </message>
    <message>
        <source>Save &amp;photo…</source>
        <translation>Guardar la &amp;foto…</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>&amp;Imprimir el registro…</translation>
    </message>
    <message>
        <source>Save record as P&amp;DF…</source>
        <translation>Guardar el registro como P&amp;DF…</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Candidato %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;TRF %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;TRF %2</translation>
    </message>
    <message>
        <source>⚠ Status %1: this result is not released. Do not rely on it until its status is RELEASED.</source>
        <translation>⚠ Estado %1: este resultado no está publicado. No confíe en él hasta que su estado sea RELEASED.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No photo.
Search with “Include photos” to see it.</source>
        <translation>Sin foto.
Busque con «Incluir fotos» para verla.</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando la foto…</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>The photo sent for this candidate cannot be shown: it is damaged or not an image.</source>
        <translation>La foto enviada para este candidato no se puede mostrar: está dañada o no es una imagen.</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Guardar la foto</translation>
    </message>
    <message>
        <source>IELTS verification %1</source>
        <translation>Verificación IELTS %1</translation>
    </message>
    <message>
        <source>Print verification record</source>
        <translation>Imprimir el registro de verificación</translation>
    </message>
    <message>
        <source>verification-%1.pdf</source>
        <translation>verificacion-%1.pdf</translation>
    </message>
    <message>
        <source>Save verification record</source>
        <translation>Guardar el registro de verificación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The candidate&apos;s name and TRF number</source>
        <translation>El nombre del candidato y el número de TRF</translation>
    </message>
    <message>
        <source>Shown when the result is not released</source>
        <translation>Aparece cuando el resultado no está publicado</translation>
    </message>
    <message>
        <source>One row a field: its name, then its value.</source>
        <translation>Una fila por campo: su nombre y después su valor.</translation>
    </message>
    <message>
        <source>Puts the TRF number on the clipboard</source>
        <translation>Copia el número de TRF al portapapeles</translation>
    </message>
    <message>
        <source>Saves the candidate photo as a file</source>
        <translation>Guarda la foto del candidato en un archivo</translation>
    </message>
    <message>
        <source>Prints a verification record of this result</source>
        <translation>Imprime un registro de verificación de este resultado</translation>
    </message>
    <message>
        <source>Saves a verification record of this result as a PDF file</source>
        <translation>Guarda un registro de verificación de este resultado como archivo PDF</translation>
    </message>
    <message>
        <source>Closes this window (Esc)</source>
        <translation>Cierra esta ventana (Esc)</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]

Checks IELTS Test Report Forms against the result-verification API.

Commands:
</source>
        <translation>Uso: %1 ORDEN [OPCIONES]

Comprueba formularios de resultados del IELTS (TRF) con la API de verificación de resultados.

Órdenes:
</translation>
    </message>
    <message>
        <source>
Global options:
  --help     Show this help; COMMAND --help shows a command&apos;s options.
  --version  Show the version.
</source>
        <translation>
Opciones generales:
  --help     Muestra esta ayuda; ORDEN --help muestra las opciones de una orden.
  --version  Muestra la versión.
</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;.

</source>
        <translation>%1: orden desconocida «%2».

</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>No column holds the TRF number.</source>
        <translation>Ninguna columna contiene el número de TRF.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Check the Applicant List</source>
        <translation>Comprobar la lista de solicitantes</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Fechas de nacimiento</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Orden de las fechas</translation>
    </message>
    <message>
        <source>Whether slashed dates such as 03/04/1990 give the day or the month first</source>
        <translation>Si las fechas con barras, como 03/04/1990, ponen primero el día o el mes</translation>
    </message>
    <message>
        <source>&amp;First rows of the list</source>
        <translation>&amp;Primeras filas de la lista</translation>
    </message>
    <message>
        <source>Preview of the list</source>
        <translation>Vista previa de la lista</translation>
    </message>
    <message>
        <source>The first rows of the applicant list, with the field each column is read as in its header</source>
        <translation>Las primeras filas de la lista de solicitantes, con el dato que se lee de cada columna indicado en su encabezado</translation>
    </message>
    <message>
        <source>&amp;Rows that cannot be checked</source>
        <translation>&amp;Filas que no se pueden comprobar</translation>
    </message>
    <message>
        <source>Rows that cannot be checked</source>
        <translation>Filas que no se pueden comprobar</translation>
    </message>
    <message>
        <source>Every row of the list that will not be sent, with the reason</source>
        <translation>Todas las filas de la lista que no se enviarán, con el motivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>Número de TRF</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %n row(s) of applicants.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %n fila de solicitantes.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %n filas de solicitantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Looks up every applicant who can be checked; nothing has been sent yet</source>
        <translation>Consulta todos los solicitantes que se pueden comprobar; todavía no se ha enviado nada</translation>
    </message>
    <message>
        <source>Day first (31/12/1990)</source>
        <translation>Día primero (31/12/1990)</translation>
    </message>
    <message>
        <source>Month first (12/31/1990)</source>
        <translation>Mes primero (12/31/1990)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>(no figura en la lista)</translation>
    </message>
    <message>
        <source>The column of the list that holds the applicant&apos;s %1</source>
        <translation>La columna de la lista que contiene este dato del solicitante: %1</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>No row of the list can be checked: see the reasons above.</source>
        <translation>No se puede comprobar ninguna fila de la lista: vea los motivos más arriba.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) ready to check</source>
        <translation>
            <numerusform>%n solicitante listo para comprobar</numerusform>
            <numerusform>%n solicitantes listos para comprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) cannot be checked and will be reported as errors.</source>
        <translation>
            <numerusform>%1; %n fila no se puede comprobar y figurará como error.</numerusform>
            <numerusform>%1; %n filas no se pueden comprobar y figurarán como errores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify %n Applicant(s)</source>
        <translation>
            <numerusform>Verificar %n solicitante</numerusform>
            <numerusform>Verificar %n solicitantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No column holds dates of birth, so they are not compared.</source>
        <translation>Ninguna columna contiene fechas de nacimiento, así que no se comparan.</translation>
    </message>
    <message>
        <source>The dates in this list do not show whether the day or the month comes first. Check the choice above; ambiguous dates are marked in the report.</source>
        <translation>Las fechas de esta lista no permiten saber si va primero el día o el mes. Compruebe la opción de arriba; las fechas ambiguas se señalan en el informe.</translation>
    </message>
    <message>
        <source>Detected from dates that can only be read one way.</source>
        <translation>Detectado a partir de fechas que solo se pueden leer de una manera.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>error: %1
</source>
        <translation>error: %1
</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>transaction ID %1</source>
        <translation>ID de transacción %1</translation>
    </message>
    <message>
        <source>  the service said: %1
</source>
        <translation>  el servicio dijo: %1
</translation>
    </message>
    <message>
        <source>  what to do: %1
</source>
        <translation>  qué hacer: %1
</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Provider sandbox</source>
        <translation>Sandbox del proveedor</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Demostración sin conexión</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>Punto de acceso personalizado</translation>
    </message>
    <message>
        <source>OAuth Bearer</source>
        <translation>OAuth Bearer</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Enter the client ID before testing.</source>
        <translation>Introduzca el ID de cliente antes de probar.</translation>
    </message>
    <message>
        <source>Enter the client secret before testing.</source>
        <translation>Introduzca el secreto de cliente antes de probar.</translation>
    </message>
    <message>
        <source>There is no token URL to ask for an access token.</source>
        <translation>No hay URL de token a la que pedir un token de acceso.</translation>
    </message>
    <message>
        <source>There is no result URL to send the test request to.</source>
        <translation>No hay URL de resultados a la que enviar la solicitud de prueba.</translation>
    </message>
    <message>
        <source>The credentials work.</source>
        <translation>Las credenciales funcionan.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bután</translation>
    </message>
    <message>
        <source>Bolivia, Plurinational State of</source>
        <translation>Bolivia (Estado Plurinacional de)</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunéi Darussalam</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>China (People&apos;s Republic of)</source>
        <translation>China (República Popular)</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>República Checa</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Iran, Islamic Republic of</source>
        <translation>Irán (República Islámica del)</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa de Marfil</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Korea, Democratic People&apos;s Republic of</source>
        <translation>Corea (República Popular Democrática de)</translation>
    </message>
    <message>
        <source>Korea, Republic of</source>
        <translation>Corea (República de)</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Lao People&apos;s Democratic Republic</source>
        <translation>República Democrática Popular Lao</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Malí</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Moldova, Republic of</source>
        <translation>Moldavia (República de)</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Federación de Rusia</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>San Pedro y Miquelón</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>Swaziland</source>
        <translation>Suazilandia</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Syrian Arab Republic</source>
        <translation>República Árabe Siria</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tanzania, United Republic of</source>
        <translation>Tanzania (República Unida de)</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Túnez</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Islas Vírgenes de los Estados Unidos</translation>
    </message>
    <message>
        <source>United States of America</source>
        <translation>Estados Unidos de América</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Santa Sede (Ciudad del Vaticano)</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Congo, Democratic Republic of the</source>
        <translation>Congo (República Democrática del)</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
    <message>
        <source>Macedonia, the Former Yugoslav Republic of</source>
        <translation>Macedonia (antigua República Yugoslava de)</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Territorios Australes Franceses</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>Sint Martin (Dutch Part)</source>
        <translation>San Martín (parte neerlandesa)</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Islas Ultramarinas Menores de los Estados Unidos</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>DESCONOCIDO</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Profiles and Credentials</source>
        <translation>Perfiles y credenciales</translation>
    </message>
    <message>
        <source>Profiles and credentials</source>
        <translation>Perfiles y credenciales</translation>
    </message>
    <message>
        <source>Create, edit, test, delete and choose the connection profiles used to reach the result-verification service.</source>
        <translation>Cree, edite, pruebe, elimine y elija los perfiles de conexión con los que se accede al servicio de verificación de resultados.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection profile yet.&lt;/b&gt; To check results you need the client ID and client secret your institution received from the provider&apos;s API portal, for production or for the provider&apos;s sandbox. Enter them on the right.&lt;br&gt;To look around first, try the offline demo: it runs on this computer with invented test data and needs no credentials.</source>
        <translation>&lt;b&gt;Todavía no hay ningún perfil de conexión.&lt;/b&gt; Para comprobar resultados necesita el ID de cliente y el secreto de cliente que su institución recibió del portal de la API del proveedor, para producción o para el sandbox del proveedor. Introdúzcalos a la derecha.&lt;br&gt;Si primero quiere echar un vistazo, pruebe la demostración sin conexión: funciona en este equipo con datos de prueba inventados y no necesita credenciales.</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Qué se necesita</translation>
    </message>
    <message>
        <source>Try the offline de&amp;mo</source>
        <translation>Probar la de&amp;mostración sin conexión</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Probar la demostración sin conexión</translation>
    </message>
    <message>
        <source>Creates the offline demo profile, makes it the active profile and closes this dialog. The demo shows invented test data only.</source>
        <translation>Crea el perfil de demostración sin conexión, lo convierte en el perfil activo y cierra este diálogo. La demostración solo muestra datos de prueba inventados.</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>The saved connection profiles. Test-data profiles are labelled TEST DATA; the profile in use is labelled in use.</source>
        <translation>Los perfiles de conexión guardados. Los perfiles con datos de prueba llevan la etiqueta DATOS DE PRUEBA; el perfil activo lleva la etiqueta en uso.</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Clears the form on the right to enter a new profile.</source>
        <translation>Vacía el formulario de la derecha para introducir un perfil nuevo.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar el perfil</translation>
    </message>
    <message>
        <source>Deletes the selected profile and removes its client secret from the system keychain, after asking.</source>
        <translation>Elimina el perfil seleccionado y borra su secreto de cliente del llavero del sistema, tras pedir confirmación.</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Usar este perfil</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Usar este perfil</translation>
    </message>
    <message>
        <source>Makes the selected profile the one the main window searches with.</source>
        <translation>Hace que la ventana principal busque con el perfil seleccionado.</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Detalles del perfil</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be changed. It can be tested, used or deleted.</source>
        <translation>La demostración sin conexión integrada no se puede modificar. Se puede probar, usar o eliminar.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>e.g. Admissions office, production</source>
        <translation>p. ej. Oficina de admisiones, producción</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>A name of your choice for these credentials.</source>
        <translation>Un nombre de su elección para estas credenciales.</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Production for real results; Sandbox and Offline demo give test data only; Custom for addresses of your own.</source>
        <translation>Producción para resultados reales; Sandbox y Demostración sin conexión solo dan datos de prueba; Personalizado para direcciones propias.</translation>
    </message>
    <message>
        <source>About the environment</source>
        <translation>Acerca del entorno</translation>
    </message>
    <message>
        <source>&amp;Result URL:</source>
        <translation>URL de &amp;resultados:</translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation>URL de resultados</translation>
    </message>
    <message>
        <source>The address of the result-verification resource. Editable for the Custom environment only.</source>
        <translation>La dirección del recurso de verificación de resultados. Solo se puede editar en el entorno Personalizado.</translation>
    </message>
    <message>
        <source>Problem with the result URL</source>
        <translation>Problema con la URL de resultados</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>The address of the token endpoint, used with OAuth Bearer. Editable for the Custom environment only.</source>
        <translation>La dirección del punto de acceso de tokens, usada con OAuth Bearer. Solo se puede editar en el entorno Personalizado.</translation>
    </message>
    <message>
        <source>Problem with the token URL</source>
        <translation>Problema con la URL del token</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>&amp;Autorización:</translation>
    </message>
    <message>
        <source>Authorization method</source>
        <translation>Método de autorización</translation>
    </message>
    <message>
        <source>OAuth Bearer asks the token endpoint for an access token; Basic sends the client ID and secret with every request.</source>
        <translation>OAuth Bearer pide un token de acceso al punto de acceso de tokens; Basic envía el ID y el secreto de cliente con cada solicitud.</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>The client ID from the provider&apos;s API portal.</source>
        <translation>El ID de cliente del portal de la API del proveedor.</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>Problema con el ID de cliente</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>The client secret from the provider&apos;s API portal. It is kept in the system keychain, never in a file.</source>
        <translation>El secreto de cliente del portal de la API del proveedor. Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>Shows the characters of the client secret while pressed; press again to hide them.</source>
        <translation>Muestra los caracteres del secreto de cliente mientras está pulsado; púlselo de nuevo para ocultarlos.</translation>
    </message>
    <message>
        <source>Problem with the client secret</source>
        <translation>Problema con el secreto de cliente</translation>
    </message>
    <message>
        <source>About testing Basic authorization</source>
        <translation>Acerca de la prueba con autorización Basic</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>Saves the profile; the client secret goes to the system keychain. Unavailable while a field needs correcting.</source>
        <translation>Guarda el perfil; el secreto de cliente va al llavero del sistema. No disponible mientras haya un campo por corregir.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Checks with the service that the client ID and secret in the form work.</source>
        <translation>Comprueba con el servicio que el ID y el secreto de cliente del formulario funcionan.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>Shown while the service is being asked.</source>
        <translation>Se muestra mientras se consulta al servicio.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Use this secret for this sess&amp;ion only</source>
        <translation>Usar este secreto solo en esta ses&amp;ión</translation>
    </message>
    <message>
        <source>Use this secret for this session only</source>
        <translation>Usar este secreto solo en esta sesión</translation>
    </message>
    <message>
        <source>Saves the profile and keeps the client secret in memory until the application closes; it is never written to disk. You will be asked for it again next time.</source>
        <translation>Guarda el perfil y mantiene el secreto de cliente en memoria hasta que se cierre la aplicación; nunca se escribe en disco. Se le volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this dialog; a running connection test is stopped.</source>
        <translation>Cierra este diálogo; se detiene cualquier prueba de conexión en curso.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar el perfil</translation>
    </message>
    <message>
        <source>The client secret from the API portal</source>
        <translation>El secreto de cliente del portal de la API</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Perfil «%1»</translation>
    </message>
    <message>
        <source>The demo&apos;s public secret is used</source>
        <translation>Se usa el secreto público de la demostración</translation>
    </message>
    <message>
        <source>Kept for this session; leave empty to keep it</source>
        <translation>Guardado para esta sesión; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Déjelo vacío para conservar el secreto guardado</translation>
    </message>
    <message>
        <source>Set when the offline demo starts</source>
        <translation>Se establece cuando se inicia la demostración sin conexión</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Ocultar el secreto de cliente</translation>
    </message>
    <message>
        <source>“%1” is not a valid address. Enter it in full, such as https://api.example.org/v1/ielts/result-verification.</source>
        <translation>«%1» no es una dirección válida. Escríbala completa, por ejemplo https://api.example.org/v1/ielts/result-verification.</translation>
    </message>
    <message>
        <source>Saving; the system keychain may ask to be unlocked…</source>
        <translation>Guardando; puede que el llavero del sistema pida que se desbloquee…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(El llavero respondió: %1)</translation>
    </message>
    <message>
        <source>Nothing was written to disk. You can try again, or use the secret for this session only: it stays in memory until the application closes, and you will be asked for it next time.</source>
        <translation>No se escribió nada en disco. Puede volver a intentarlo o usar el secreto solo en esta sesión: permanece en memoria hasta que se cierre la aplicación y se le pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept in the system keychain.</source>
        <translation>Guardado. El secreto de cliente se conserva en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept in memory for this session only; enter it again after the application restarts.</source>
        <translation>Guardado. El secreto de cliente se conserva en memoria solo durante esta sesión; vuelva a introducirlo cuando reinicie la aplicación.</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>¿Eliminar el perfil «%1»?</translation>
    </message>
    <message>
        <source>The offline demo can be added again at any time.</source>
        <translation>La demostración sin conexión se puede volver a añadir en cualquier momento.</translation>
    </message>
    <message>
        <source>Its client secret is removed from the system keychain. This cannot be undone.</source>
        <translation>Su secreto de cliente se borra del llavero del sistema. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>«%1» no se eliminó: %2</translation>
    </message>
    <message>
        <source>“%1” was deleted, together with its client secret.</source>
        <translation>«%1» se eliminó junto con su secreto de cliente.</translation>
    </message>
    <message>
        <source>“%1” is now in use, as last saved; the changes in the form are not saved yet.</source>
        <translation>«%1» está ahora en uso, tal como se guardó por última vez; los cambios del formulario aún no se han guardado.</translation>
    </message>
    <message>
        <source>“%1” is now in use.</source>
        <translation>«%1» está ahora en uso.</translation>
    </message>
    <message>
        <source>The offline demo could not be set up: %1</source>
        <translation>No se pudo preparar la demostración sin conexión: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the changes to this profile?</source>
        <translation>¿Descartar los cambios de este perfil?</translation>
    </message>
    <message>
        <source>What was typed in the form has not been saved.</source>
        <translation>Lo escrito en el formulario no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>CredentialsTestRun</name>
    <message>
        <source>The offline demo is not running, so there is nothing to test against. It starts when a demo profile is in use.</source>
        <translation>La demostración sin conexión no está en marcha, así que no hay nada con lo que probar. Se inicia cuando hay un perfil de demostración en uso.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Leyendo el secreto de cliente del llavero…</translation>
    </message>
    <message>
        <source>The stored client secret could not be read: %1</source>
        <translation>No se pudo leer el secreto de cliente guardado: %1</translation>
    </message>
    <message>
        <source>Testing: one request is sent to the result service…</source>
        <translation>Probando: se envía una solicitud al servicio de resultados…</translation>
    </message>
    <message>
        <source>Testing: asking the token endpoint for an access token…</source>
        <translation>Probando: se pide un token de acceso al punto de acceso de tokens…</translation>
    </message>
</context>
<context>
    <name>CredentialsText</name>
    <message>
        <source>TEST DATA</source>
        <translation>DATOS DE PRUEBA</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Test data only: results from this profile are not real.</source>
        <translation>Solo datos de prueba: los resultados de este perfil no son reales.</translation>
    </message>
    <message>
        <source>This is the profile in use.</source>
        <translation>Este es el perfil en uso.</translation>
    </message>
    <message>
        <source>Real results, from the provider&apos;s production service.</source>
        <translation>Resultados reales, del servicio de producción del proveedor.</translation>
    </message>
    <message>
        <source>TEST DATA: the provider&apos;s sandbox returns invented results, never real ones. Its credentials differ from production ones.</source>
        <translation>DATOS DE PRUEBA: el sandbox del proveedor devuelve resultados inventados, nunca reales. Sus credenciales son distintas de las de producción.</translation>
    </message>
    <message>
        <source>TEST DATA: the offline demo runs on this computer with invented results.</source>
        <translation>DATOS DE PRUEBA: la demostración sin conexión funciona en este equipo con resultados inventados.</translation>
    </message>
    <message>
        <source>TEST DATA: the offline demo runs on this computer with invented results. It is not running now; it starts when a demo profile is in use.</source>
        <translation>DATOS DE PRUEBA: la demostración sin conexión funciona en este equipo con resultados inventados. Ahora no está en marcha; se inicia cuando hay un perfil de demostración en uso.</translation>
    </message>
    <message>
        <source>Addresses of your own, such as a gateway of your institution. Credentials are sent over HTTPS only (plain HTTP to this computer only).</source>
        <translation>Direcciones propias, como una pasarela de su institución. Las credenciales solo se envían por HTTPS (HTTP sin cifrar solo hacia este equipo).</translation>
    </message>
    <message>
        <source>Testing asks the token endpoint for an access token; it does not count against the daily quota.</source>
        <translation>La prueba pide un token de acceso al punto de acceso de tokens; no consume la cuota diaria.</translation>
    </message>
    <message>
        <source>Testing with Basic authorization sends one request to the result service, which counts against the client ID&apos;s daily quota.</source>
        <translation>La prueba con autorización Basic envía una solicitud al servicio de resultados, que consume la cuota diaria del ID de cliente.</translation>
    </message>
    <message>
        <source>%1 of %2 requests are left today (counted on this computer).</source>
        <translation>Quedan %1 de %2 solicitudes hoy (contadas en este equipo).</translation>
    </message>
    <message>
        <source>The test used one request of today&apos;s quota.</source>
        <translation>La prueba consumió una solicitud de la cuota de hoy.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>La prueba falló: %1</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>El servicio dijo: «%1»</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>transaction ID %1</source>
        <translation>ID de transacción %1</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>The offline demo could not start: no local port was free.</source>
        <translation>No se pudo iniciar la demostración sin conexión: no había ningún puerto local libre.</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>IELTS Result Verifier</source>
        <translation>IELTS Result Verifier</translation>
    </message>
    <message>
        <source>Checks IELTS Test Report Forms against the IELTS result-verification service.</source>
        <translation>Comprueba formularios de resultados del IELTS (TRF) con el servicio de verificación de resultados del IELTS.</translation>
    </message>
    <message>
        <source>Open on the first profile of this environment: production, sandbox or demo (the offline demo, which needs no credentials).</source>
        <translation>Abre con el primer perfil de este entorno: production, sandbox o demo (la demostración sin conexión, que no necesita credenciales).</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>Open on the stored profile with this name.</source>
        <translation>Abre con el perfil guardado que tenga este nombre.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>“%1” is not an environment; use production, sandbox or demo.</source>
        <translation>«%1» no es un entorno; use production, sandbox o demo.</translation>
    </message>
    <message>
        <source>There is no %1 profile yet.</source>
        <translation>Todavía no hay ningún perfil de %1.</translation>
    </message>
    <message>
        <source>No connection profile is left.</source>
        <translation>No queda ningún perfil de conexión.</translation>
    </message>
    <message>
        <source>No connection profile is set up yet.</source>
        <translation>Todavía no se ha configurado ningún perfil de conexión.</translation>
    </message>
    <message>
        <source>Show the interface in this language, such as en, es, ar or zh_CN, instead of the one chosen in View ▸ Language (not saved).</source>
        <translation>Muestra la interfaz en este idioma, como en, es, ar o zh_CN, en lugar del elegido en Ver ▸ Idioma (no se guarda).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>About this format</source>
        <translation>Acerca de este formato</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Which results to export</source>
        <translation>Qué resultados exportar</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>&amp;Include the photos</source>
        <translation>&amp;Incluir las fotos</translation>
    </message>
    <message>
        <source>Include the photos in the Excel workbook or PDF report</source>
        <translation>Incluir las fotos en el libro de Excel o en el informe PDF</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>Page size of the PDF report</source>
        <translation>Tamaño de página del informe PDF</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>File or folder to export to</source>
        <translation>Archivo o carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>Elegir dónde exportar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Iniciar la exportación</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancelar la exportación</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Detener la exportación</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;All results (%1)</source>
        <translation>&amp;Todos los resultados (%1)</translation>
    </message>
    <message>
        <source>Results in the &amp;filtered view (%1)</source>
        <translation>Resultados de la vista &amp;filtrada (%1)</translation>
    </message>
    <message>
        <source>&amp;Selected results (%1)</source>
        <translation>Resultados &amp;seleccionados (%1)</translation>
    </message>
    <message>
        <source>There are no results to export yet.</source>
        <translation>Todavía no hay resultados que exportar.</translation>
    </message>
    <message>
        <source>The columns as arranged in the table, for spreadsheets and student record systems. Values that a spreadsheet would run as a formula are made harmless.</source>
        <translation>Las columnas tal como están dispuestas en la tabla, para hojas de cálculo y sistemas de gestión de estudiantes. Los valores que una hoja de cálculo ejecutaría como fórmula se vuelven inofensivos.</translation>
    </message>
    <message>
        <source>The columns as arranged in the table, with scores as numbers and dates as dates.</source>
        <translation>Las columnas tal como están dispuestas en la tabla, con las puntuaciones como números y las fechas como fechas.</translation>
    </message>
    <message>
        <source>A printable report with the institution, the query and the time of the pull.</source>
        <translation>Un informe imprimible con la institución, la consulta y la hora de la descarga.</translation>
    </message>
    <message>
        <source>Every field exactly as the service sent it, photos included.</source>
        <translation>Todos los campos exactamente como los envió el servicio, fotos incluidas.</translation>
    </message>
    <message>
        <source>Each photo as a file named after its TRF number. Existing files are never overwritten.</source>
        <translation>Cada foto como un archivo con el nombre de su número de TRF. Los archivos existentes nunca se sobrescriben.</translation>
    </message>
    <message>
        <source>&amp;Save in folder:</source>
        <translation>&amp;Guardar en la carpeta:</translation>
    </message>
    <message>
        <source>None of these results came with a photo.</source>
        <translation>Ninguno de estos resultados venía con foto.</translation>
    </message>
    <message>
        <source>Choose a folder for the photos</source>
        <translation>Elegir una carpeta para las fotos</translation>
    </message>
    <message>
        <source>Export results as</source>
        <translation>Exportar resultados como</translation>
    </message>
    <message>
        <source>There are no results in this selection to export.</source>
        <translation>No hay resultados que exportar en esta selección.</translation>
    </message>
    <message>
        <source>Choose a folder for the photos.</source>
        <translation>Elija una carpeta para las fotos.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo de destino.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file. Choose a folder for the photos.</source>
        <translation>«%1» es un archivo. Elija una carpeta para las fotos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«%1» es una carpeta. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it with this export?</source>
        <translation>«%1» ya existe. ¿Desea reemplazarlo con esta exportación?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Keep the file</source>
        <translation>&amp;Conservar el archivo</translation>
    </message>
    <message>
        <source>Nothing was exported; &quot;%1&quot; was kept.</source>
        <translation>No se exportó nada; se conservó «%1».</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Exportando… %1 de %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The kind of file to write; the note below says what each one holds.</source>
        <translation>El tipo de archivo que se escribe; la nota de abajo explica qué contiene cada uno.</translation>
    </message>
    <message>
        <source>What the chosen format contains</source>
        <translation>Lo que contiene el formato elegido</translation>
    </message>
    <message>
        <source>All results, the rows the filter shows, or the selected rows</source>
        <translation>Todos los resultados, las filas que muestra el filtro o las filas seleccionadas</translation>
    </message>
    <message>
        <source>Exports every result of the search</source>
        <translation>Exporta todos los resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Exports only the rows the filter in the main window shows</source>
        <translation>Exporta solo las filas que muestra el filtro de la ventana principal</translation>
    </message>
    <message>
        <source>Exports only the rows selected in the table</source>
        <translation>Exporta solo las filas seleccionadas en la tabla</translation>
    </message>
    <message>
        <source>Puts each candidate photo next to the result; the file gets larger</source>
        <translation>Pone la foto de cada candidato junto a su resultado; el archivo ocupa más</translation>
    </message>
    <message>
        <source>A4 or US Letter; used for the PDF report only</source>
        <translation>A4 o carta de EE. UU.; solo para el informe PDF</translation>
    </message>
    <message>
        <source>The full path of the file, or of the folder for photos. A missing extension is added.</source>
        <translation>La ruta completa del archivo, o de la carpeta si son fotos. Si falta la extensión, se añade.</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the file or folder</source>
        <translation>Abre un diálogo para elegir el archivo o la carpeta</translation>
    </message>
    <message>
        <source>How many results have been written</source>
        <translation>Cuántos resultados se han escrito</translation>
    </message>
    <message>
        <source>What the export is doing, how it ended, or what needs correcting</source>
        <translation>Qué está haciendo la exportación, cómo terminó o qué hay que corregir</translation>
    </message>
    <message>
        <source>Writes the file; asks first before replacing an existing one</source>
        <translation>Escribe el archivo; pregunta antes de reemplazar uno que ya existe</translation>
    </message>
    <message>
        <source>Stops the running export at once; nothing half-written is left behind</source>
        <translation>Detiene en el acto la exportación en curso; no queda nada a medio escribir</translation>
    </message>
    <message>
        <source>Closes the window; a running export is stopped first (Esc)</source>
        <translation>Cierra la ventana; antes se detiene la exportación en curso (Esc)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; no file was written.</source>
        <translation>La exportación se detuvo de forma inesperada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Recognising organisation</source>
        <translation>Organización receptora</translation>
    </message>
    <message>
        <source>Recognising organisation ID</source>
        <translation>ID de la organización receptora</translation>
    </message>
    <message>
        <source>Candidate ID (identity document)</source>
        <translation>ID del candidato (documento de identidad)</translation>
    </message>
    <message>
        <source>Identity document type</source>
        <translation>Tipo de documento de identidad</translation>
    </message>
    <message>
        <source>Test centre</source>
        <translation>Centro de examen</translation>
    </message>
    <message>
        <source>Candidate number</source>
        <translation>Número de candidato</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Fecha del examen</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Comprensión auditiva (Listening)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Comprensión lectora (Reading)</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Expresión escrita (Writing)</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Expresión oral (Speaking)</translation>
    </message>
    <message>
        <source>Overall band score</source>
        <translation>Puntuación global (band score)</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>Número de TRF</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Línea de dirección 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Línea de dirección 2</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>Línea de dirección 3</translation>
    </message>
    <message>
        <source>Address line 4</source>
        <translation>Línea de dirección 4</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country (as sent)</source>
        <translation>País (tal como se envió)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo format</source>
        <translation>Formato de la foto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last modified (UTC)</source>
        <translation>Última modificación (UTC)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time IELTS Result Verifier starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie IELTS Result Verifier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Transaction ID: %1</source>
        <translation>ID de transacción: %1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>El servicio dijo: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Names, TRF numbers, countries, centres… (Ctrl+F)</source>
        <translation>Nombres, números de TRF, países, centros… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>Filtrar resultados</translation>
    </message>
    <message>
        <source>Shows only the rows that contain every word typed</source>
        <translation>Muestra solo las filas que contienen todas las palabras escritas</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Progreso de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copiar las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Filter results</source>
        <translation>&amp;Filtrar resultados</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Cancel search</source>
        <translation>&amp;Cancelar la búsqueda</translation>
    </message>
    <message>
        <source>By &amp;TRF number</source>
        <translation>Por número de &amp;TRF</translation>
    </message>
    <message>
        <source>By &amp;date range</source>
        <translation>Por &amp;intervalo de fechas</translation>
    </message>
    <message>
        <source>Candidate &amp;details</source>
        <translation>&amp;Detalles del candidato</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Profiles and credentials…</source>
        <translation>&amp;Perfiles y credenciales…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About IELTS Result Verifier</source>
        <translation>&amp;Acerca de IELTS Result Verifier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;⚠ %1 — TEST DATA&lt;/b&gt; · %2</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;⚠ %1 — DATOS DE PRUEBA&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1 (%2, test data)</source>
        <translation>%1 (%2, datos de prueba)</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Perfil: &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Active profile %1, environment %2</source>
        <translation>Perfil activo %1, entorno %2</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>Open Connection ▸ Profiles and credentials to choose or create one.</source>
        <translation>Abra Conexión ▸ Perfiles y credenciales para elegir o crear uno.</translation>
    </message>
    <message>
        <source>Nothing was sent: no connection profile is active.</source>
        <translation>No se envió nada: no hay ningún perfil de conexión activo.</translation>
    </message>
    <message>
        <source>Nothing was sent: please correct the search first.</source>
        <translation>No se envió nada: corrija primero la búsqueda.</translation>
    </message>
    <message>
        <source>Search again?</source>
        <translation>¿Buscar de nuevo?</translation>
    </message>
    <message>
        <source>A search is still running. Stop it and start the new one? The results shown so far will be replaced.</source>
        <translation>Todavía hay una búsqueda en curso. ¿Desea detenerla e iniciar la nueva? Los resultados mostrados hasta ahora se sustituirán.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), </source>
        <translation>
            <numerusform>%n página, </numerusform>
            <numerusform>%n páginas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source> · fetching %1 → %2 UTC</source>
        <translation> · descargando %1 → %2 UTC</translation>
    </message>
    <message>
        <source> · %1 of %2 TRF numbers</source>
        <translation> · %1 de %2 números de TRF</translation>
    </message>
    <message numerus="yes">
        <source> · %n retry(s)</source>
        <translation>
            <numerusform> · %n reintento</numerusform>
            <numerusform> · %n reintentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from %1</source>
        <translation>
            <numerusform>%n resultado de %1</numerusform>
            <numerusform>%n resultados de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 shown.</source>
        <translation>Cancelada. Se muestran %1.</translation>
    </message>
    <message>
        <source>The search was cancelled; the results received before are shown.</source>
        <translation>Se canceló la búsqueda; se muestran los resultados recibidos antes.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviada.</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Cuota diaria</translation>
    </message>
    <message>
        <source>Send the search anyway?</source>
        <translation>¿Enviar la búsqueda de todos modos?</translation>
    </message>
    <message>
        <source>Stopped. %1 shown.</source>
        <translation>Detenida. Se muestran %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Terminada: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No result was found for %n TRF number(s): %1</source>
        <translation>
            <numerusform>No se encontró ningún resultado para %n número de TRF: %1</numerusform>
            <numerusform>No se encontró ningún resultado para %n números de TRF: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The service found no results for this search.</source>
        <translation>El servicio no encontró resultados para esta búsqueda.</translation>
    </message>
    <message>
        <source>Counted on this computer for client ID %1, per UTC day; the service allows %2 a day.</source>
        <translation>Contadas en este equipo para el ID de cliente %1, por día UTC; el servicio permite %2 al día.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>About IELTS Result Verifier</source>
        <translation>Acerca de IELTS Result Verifier</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>¿Salir?</translation>
    </message>
    <message>
        <source>A search is still running. Stop it and quit?</source>
        <translation>Todavía hay una búsqueda en curso. ¿Desea detenerla y salir?</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>How many results the table shows</source>
        <translation>Cuántos resultados muestra la tabla</translation>
    </message>
    <message>
        <source>How far the running search has got</source>
        <translation>Hasta dónde ha llegado la búsqueda en curso</translation>
    </message>
    <message>
        <source>What the search is doing, and how it ended</source>
        <translation>Qué está haciendo la búsqueda y cómo terminó</translation>
    </message>
    <message>
        <source>Requests used and left today</source>
        <translation>Solicitudes usadas y restantes hoy</translation>
    </message>
    <message>
        <source>Active profile %1, environment %2, test data only</source>
        <translation>Perfil activo %1, entorno %2, solo datos de prueba</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IELTS Result Verifier %1&lt;/h3&gt;&lt;p&gt;Checks IELTS Test Report Forms against the IELTS result-verification service.&lt;/p&gt;&lt;p&gt;Build %2 of %3.&lt;br&gt;Qt %4 (running on %5), QtKeychain %6, libxlsxwriter %7, minizip.&lt;/p&gt;&lt;p&gt;Qt is used under the GNU LGPL version 3; QtKeychain and libxlsxwriter under the BSD 2-clause licence; minizip under the zlib licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IELTS Result Verifier %1&lt;/h3&gt;&lt;p&gt;Comprueba formularios de resultados del IELTS (TRF) con el servicio de verificación de resultados del IELTS.&lt;/p&gt;&lt;p&gt;Compilación %2 del %3.&lt;br&gt;Qt %4 (ejecutándose en %5), QtKeychain %6, libxlsxwriter %7, minizip.&lt;/p&gt;&lt;p&gt;Qt se usa bajo la licencia GNU LGPL versión 3; QtKeychain y libxlsxwriter, bajo la licencia BSD de 2 cláusulas; minizip, bajo la licencia zlib.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verify Applicant &amp;List…</source>
        <translation>Verificar una &amp;lista de solicitantes…</translation>
    </message>
    <message>
        <source>Check a CSV or Excel list of applicants&apos; claimed results</source>
        <translation>Comprobar una lista CSV o Excel con los resultados que declaran los solicitantes</translation>
    </message>
    <message>
        <source>No connection profile is active.</source>
        <translation>No hay ningún perfil de conexión activo.</translation>
    </message>
    <message>
        <source>Stop and search</source>
        <translation>Detener y buscar</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>An applicant list is still being verified. Stop it and quit?</source>
        <translation>Todavía se está verificando una lista de solicitantes. ¿Desea detenerla y salir?</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln request(s) used, %1 left</source>
        <translation>
            <numerusform>Hoy: %Ln solicitud usada, quedan %1</numerusform>
            <numerusform>Hoy: %Ln solicitudes usadas, quedan %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show details for support</source>
        <translation>Mostrar los detalles para el soporte</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy the message and its details</source>
        <translation>Copiar el mensaje y sus detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Detalles para el soporte</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Shows or hides the codes that support will ask for</source>
        <translation>Muestra u oculta los códigos que pedirá el soporte</translation>
    </message>
    <message>
        <source>Puts the message, the advice and the details on the clipboard</source>
        <translation>Copia el mensaje, el consejo y los detalles al portapapeles</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Oculta este mensaje</translation>
    </message>
    <message>
        <source>Error code, HTTP status and transaction ID, as support needs them</source>
        <translation>Código de error, estado HTTP e ID de transacción, tal como los necesita el soporte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Warning message</source>
        <translation>Mensaje de advertencia</translation>
    </message>
    <message>
        <source>Information message</source>
        <translation>Mensaje informativo</translation>
    </message>
</context>
<context>
    <name>NameMatch</name>
    <message>
        <source>letter case</source>
        <translation>mayúsculas</translation>
    </message>
    <message>
        <source>accents</source>
        <translation>acentos</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>espacios</translation>
    </message>
    <message>
        <source>hyphens or apostrophes</source>
        <translation>guiones o apóstrofos</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>orden entre nombre y apellidos</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The PDF file could not be started.</source>
        <translation>No se pudo iniciar el archivo PDF.</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Sin resultados.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>No se pudo escribir el archivo PDF.</translation>
    </message>
    <message>
        <source>IELTS results</source>
        <translation>Resultados del IELTS</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>DATOS DE PRUEBA (%1): no son resultados reales del IELTS.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institution profile: %1</source>
        <translation>Perfil de la institución: %1</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Consulta: %1</translation>
    </message>
    <message>
        <source>Retrieved: %1 UTC</source>
        <translation>Obtenido: %1 UTC</translation>
    </message>
    <message>
        <source>Results in this report: %1</source>
        <translation>Resultados en este informe: %1</translation>
    </message>
    <message>
        <source>Produced %1 UTC by IELTS Result Verifier %2</source>
        <translation>Generado el %1 UTC por IELTS Result Verifier %2</translation>
    </message>
    <message>
        <source>IELTS results · %1 · retrieved %2 UTC</source>
        <translation>Resultados del IELTS · %1 · obtenidos el %2 UTC</translation>
    </message>
    <message>
        <source>TEST DATA</source>
        <translation>DATOS DE PRUEBA</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>DATOS DE PRUEBA: no son resultados reales del IELTS</translation>
    </message>
    <message>
        <source>IELTS results (TEST DATA)</source>
        <translation>Resultados del IELTS (DATOS DE PRUEBA)</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>There is no photo for %1.</source>
        <translation>No hay foto para %1.</translation>
    </message>
    <message>
        <source>Could not save the photo to %1: %2</source>
        <translation>No se pudo guardar la foto en %1: %2</translation>
    </message>
</context>
<context>
    <name>PhotoFolderWriter</name>
    <message>
        <source>Choose a folder for the photos.</source>
        <translation>Elija una carpeta para las fotos.</translation>
    </message>
    <message>
        <source>The export was canceled; no photo was kept.</source>
        <translation>Se canceló la exportación; no se conservó ninguna foto.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the address of the result service.</source>
        <translation>Introduzca la dirección del servicio de resultados.</translation>
    </message>
    <message>
        <source>Enter the address of the token endpoint.</source>
        <translation>Introduzca la dirección del punto de acceso de tokens.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <source>The profile name is too long: at most %1 characters.</source>
        <translation>El nombre del perfil es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the client ID you received from the API portal.</source>
        <translation>Introduzca el ID de cliente que recibió del portal de la API.</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces, colons or control characters.</source>
        <translation>El ID de cliente no puede contener espacios, dos puntos ni caracteres de control.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <source>The client secret is too long: the system keychain can keep at most %1 bytes.</source>
        <translation>El secreto de cliente es demasiado largo: el llavero del sistema admite como máximo %1 bytes.</translation>
    </message>
    <message>
        <source>The client secret contains a line break or another control character. Copy it again without them.</source>
        <translation>El secreto de cliente contiene un salto de línea u otro carácter de control. Vuelva a copiarlo sin ellos.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>The client ID from the API portal.</source>
        <translation>El ID de cliente del portal de la API.</translation>
    </message>
    <message>
        <source>production, sandbox (the provider&apos;s), or demo (a local service with generated data and the public demo credentials).</source>
        <translation>production, sandbox (el del proveedor) o demo (un servicio local con datos generados y las credenciales públicas de demostración).</translation>
    </message>
    <message>
        <source>The full URL of the result resource, for a custom environment.</source>
        <translation>La URL completa del recurso de resultados, para un entorno personalizado.</translation>
    </message>
    <message>
        <source>The full URL of the token endpoint, with --endpoint.</source>
        <translation>La URL completa del punto de acceso de tokens, junto con --endpoint.</translation>
    </message>
    <message>
        <source>bearer (OAuth, the default) or basic.</source>
        <translation>bearer (OAuth, el valor predeterminado) o basic.</translation>
    </message>
    <message>
        <source>List, add, edit, delete and test connection profiles.</source>
        <translation>Lista, añade, edita, elimina y prueba perfiles de conexión.</translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.
</source>
        <translation>Pruebe «%1 %2 --help».
</translation>
    </message>
    <message>
        <source>Usage: %1 profile ACTION [options]

Connection profiles are shared with the desktop application. A profile&apos;s client secret is kept in the system keychain; it is read from standard input, without echo at a terminal, and never taken from the command line.

Actions:
  list                   Show the profiles; * marks the active one.
  add NAME --client-id ID [--environment ENV | --endpoint URL --token-url URL]
      [--auth bearer|basic]
                         Add a profile; the secret is read from standard input.
  edit NAME [--name NEW] [--client-id ID] [--environment ENV | --endpoint URL
      --token-url URL] [--auth bearer|basic] [--new-secret]
                         Change a profile; --new-secret reads a new secret.
  delete NAME            Delete a profile and its secret in the keychain.
  test [NAME]            Check that the credentials work (the active profile by default).

%1 search --profile NAME uses a profile. IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, when set, override a profile&apos;s credentials.

Exit status: 0 success, 1 the keychain failed, 2 invalid usage or input, 3 credentials refused (test), 4 other error from the service (test), 5 network failure (test), 130 interrupted.
</source>
        <translation>Uso: %1 profile ACCIÓN [opciones]

Los perfiles de conexión se comparten con la aplicación de escritorio. El secreto de cliente de un perfil se guarda en el llavero del sistema; se lee de la entrada estándar, sin eco en un terminal, y nunca se toma de la línea de órdenes.

Acciones:
  list                   Muestra los perfiles; * marca el activo.
  add NAME --client-id ID [--environment ENV | --endpoint URL --token-url URL]
      [--auth bearer|basic]
                         Añade un perfil; el secreto se lee de la entrada estándar.
  edit NAME [--name NEW] [--client-id ID] [--environment ENV | --endpoint URL
      --token-url URL] [--auth bearer|basic] [--new-secret]
                         Modifica un perfil; --new-secret lee un secreto nuevo.
  delete NAME            Elimina un perfil y su secreto del llavero.
  test [NAME]            Comprueba que las credenciales funcionan (por omisión, el perfil activo).

%1 search --profile NAME usa un perfil. IELTS_CLIENT_ID e IELTS_CLIENT_SECRET, si están definidas, sustituyen las credenciales de un perfil.

Estado de salida: 0 éxito, 1 falló el llavero, 2 uso o datos no válidos, 3 credenciales rechazadas (test), 4 otro error del servicio (test), 5 fallo de red (test), 130 interrumpido.
</translation>
    </message>
    <message>
        <source>%1 profile: unknown action &quot;%2&quot;.

</source>
        <translation>%1 profile: acción desconocida «%2».

</translation>
    </message>
    <message>
        <source>Interrupted.
</source>
        <translation>Interrumpido.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>A new name for the profile.</source>
        <translation>Un nombre nuevo para el perfil.</translation>
    </message>
    <message>
        <source>Read a new client secret from standard input.</source>
        <translation>Lee un secreto de cliente nuevo de la entrada estándar.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>El nombre del perfil.</translation>
    </message>
    <message>
        <source>The profile to change.</source>
        <translation>El perfil que se modifica.</translation>
    </message>
    <message>
        <source>The profile to delete.</source>
        <translation>El perfil que se elimina.</translation>
    </message>
    <message>
        <source>The profile to test; the active one by default.</source>
        <translation>El perfil que se prueba; por omisión, el activo.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Give the profile&apos;s name.</source>
        <translation>Indique el nombre del perfil.</translation>
    </message>
    <message>
        <source>No profile is active; give the profile&apos;s name.</source>
        <translation>No hay ningún perfil activo; indique el nombre del perfil.</translation>
    </message>
    <message>
        <source>There is no profile named %1. &quot;%2 profile list&quot; shows them.</source>
        <translation>No hay ningún perfil llamado %1. «%2 profile list» los muestra.</translation>
    </message>
    <message>
        <source>Give either --environment or --endpoint, not both.</source>
        <translation>Indique --environment o --endpoint, no ambos.</translation>
    </message>
    <message>
        <source>--environment must be production, sandbox or demo; a custom environment is given with --endpoint and --token-url.</source>
        <translation>--environment debe ser production, sandbox o demo; un entorno personalizado se indica con --endpoint y --token-url.</translation>
    </message>
    <message>
        <source>--token-url goes with --endpoint.</source>
        <translation>--token-url va junto con --endpoint.</translation>
    </message>
    <message>
        <source>--auth must be bearer or basic.</source>
        <translation>--auth debe ser bearer o basic.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format debe ser text o json.</translation>
    </message>
    <message>
        <source>There are no profiles yet. &quot;%1 profile add NAME --client-id ID&quot; adds one.
</source>
        <translation>Todavía no hay perfiles. «%1 profile add NAME --client-id ID» añade uno.
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <source>AUTHORIZATION</source>
        <translation>AUTORIZACIÓN</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>ID DE CLIENTE</translation>
    </message>
    <message>
        <source> [test data]</source>
        <translation> [datos de prueba]</translation>
    </message>
    <message>
        <source>No client secret was given on standard input.</source>
        <translation>No se recibió ningún secreto de cliente por la entrada estándar.</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>Secreto de cliente de %1: </translation>
    </message>
    <message>
        <source>Profile %1 added; the offline demo needs no client secret.
</source>
        <translation>Se añadió el perfil %1; la demostración sin conexión no necesita secreto de cliente.
</translation>
    </message>
    <message>
        <source>Profile %1 added; its client secret is in the system keychain.
</source>
        <translation>Se añadió el perfil %1; su secreto de cliente está en el llavero del sistema.
</translation>
    </message>
    <message>
        <source>Profile %1 changed.
</source>
        <translation>Se modificó el perfil %1.
</translation>
    </message>
    <message>
        <source>Profile %1 deleted.
</source>
        <translation>Se eliminó el perfil %1.
</translation>
    </message>
    <message>
        <source>Profile %1 deleted, and its client secret removed from the system keychain.
</source>
        <translation>Se eliminó el perfil %1 y se borró su secreto de cliente del llavero del sistema.
</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>It is the active profile.
</source>
        <translation>Es el perfil activo.
</translation>
    </message>
    <message>
        <source>error: %1 %2
</source>
        <translation>error: %1 %2
</translation>
    </message>
    <message>
        <source>  the keychain said: %1
</source>
        <translation>  el llavero dijo: %1
</translation>
    </message>
    <message>
        <source>  what to do: on the command line, %1 and %2 can give the credentials for one run instead.
</source>
        <translation>  qué hacer: en la línea de órdenes, %1 y %2 pueden dar las credenciales para una sola ejecución.
</translation>
    </message>
    <message>
        <source>note: %1 and %2 from the environment override the profile&apos;s credentials.
</source>
        <translation>nota: %1 y %2 del entorno sustituyen las credenciales del perfil.
</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>error: no se pudo iniciar el servicio local de demostración.
</translation>
    </message>
    <message>
        <source>Nothing was tested.</source>
        <translation>No se probó nada.</translation>
    </message>
    <message>
        <source>Testing HTTP Basic credentials costs one request of the daily quota: a lookup of TRF number %1, which cannot exist.
</source>
        <translation>Probar credenciales HTTP Basic consume una solicitud de la cuota diaria: una consulta del número de TRF %1, que no puede existir.
</translation>
    </message>
</context>
<context>
    <name>ProfileConnectionSource</name>
    <message>
        <source>Use the stored connection profile NAME (see the profile command); IELTS_CLIENT_ID and IELTS_CLIENT_SECRET still override its credentials.</source>
        <translation>Usa el perfil de conexión guardado NAME (véase la orden profile); IELTS_CLIENT_ID e IELTS_CLIENT_SECRET siguen sustituyendo sus credenciales.</translation>
    </message>
    <message>
        <source>Give either --profile or --environment, not both.</source>
        <translation>Indique --profile o --environment, no ambos.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. &quot;%2 profile list&quot; shows them.</source>
        <translation>No hay ningún perfil llamado «%1». «%2 profile list» los muestra.</translation>
    </message>
    <message>
        <source>The client secret of profile “%1” could not be read from the system keychain: %2</source>
        <translation>No se pudo leer del llavero del sistema el secreto de cliente del perfil «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>The profile chosen no longer exists.</source>
        <translation>El perfil elegido ya no existe.</translation>
    </message>
    <message>
        <source>The client secret of “%1” could not be read: %2</source>
        <translation>No se pudo leer el secreto de cliente de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>“%1” is the name of the built-in offline demo.</source>
        <translation>«%1» es el nombre de la demostración sin conexión integrada.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Este perfil ya no existe.</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be changed.</source>
        <translation>La demostración sin conexión integrada no se puede modificar.</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be renamed.</source>
        <translation>La demostración sin conexión integrada no se puede renombrar.</translation>
    </message>
</context>
<context>
    <name>ProgrammeRequirements</name>
    <message>
        <source>Overall %1 is below the required %2.</source>
        <translation>La puntuación global (%1) es inferior a la exigida (%2).</translation>
    </message>
    <message>
        <source>Listening %1 is below the required %2.</source>
        <translation>La puntuación de comprensión auditiva (%1) es inferior a la exigida (%2).</translation>
    </message>
    <message>
        <source>Reading %1 is below the required %2.</source>
        <translation>La puntuación de comprensión lectora (%1) es inferior a la exigida (%2).</translation>
    </message>
    <message>
        <source>Writing %1 is below the required %2.</source>
        <translation>La puntuación de expresión escrita (%1) es inferior a la exigida (%2).</translation>
    </message>
    <message>
        <source>Speaking %1 is below the required %2.</source>
        <translation>La puntuación de expresión oral (%1) es inferior a la exigida (%2).</translation>
    </message>
    <message>
        <source>No overall score to compare with the required %1.</source>
        <translation>No hay puntuación global que comparar con la exigida (%1).</translation>
    </message>
    <message>
        <source>No listening score to compare with the required %1.</source>
        <translation>No hay puntuación de comprensión auditiva que comparar con la exigida (%1).</translation>
    </message>
    <message>
        <source>No reading score to compare with the required %1.</source>
        <translation>No hay puntuación de comprensión lectora que comparar con la exigida (%1).</translation>
    </message>
    <message>
        <source>No writing score to compare with the required %1.</source>
        <translation>No hay puntuación de expresión escrita que comparar con la exigida (%1).</translation>
    </message>
    <message>
        <source>No speaking score to compare with the required %1.</source>
        <translation>No hay puntuación de expresión oral que comparar con la exigida (%1).</translation>
    </message>
    <message>
        <source>Overall at least %1</source>
        <translation>Global de al menos %1</translation>
    </message>
    <message>
        <source>Listening at least %1</source>
        <translation>Comprensión auditiva de al menos %1</translation>
    </message>
    <message>
        <source>Reading at least %1</source>
        <translation>Comprensión lectora de al menos %1</translation>
    </message>
    <message>
        <source>Writing at least %1</source>
        <translation>Expresión escrita de al menos %1</translation>
    </message>
    <message>
        <source>Speaking at least %1</source>
        <translation>Expresión oral de al menos %1</translation>
    </message>
    <message>
        <source>No requirements</source>
        <translation>Sin requisitos</translation>
    </message>
    <message>
        <source>no skill below %1</source>
        <translation>ninguna destreza por debajo de %1</translation>
    </message>
    <message numerus="yes">
        <source>test within %n year(s)</source>
        <translation>
            <numerusform>examen de hace %n año como máximo</numerusform>
            <numerusform>examen de hace %n años como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of a programme&apos;s requirements: &quot;Overall at least 6.5, no skill below 6&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>No test date to check against the limit of %n year(s).</source>
        <translation>
            <numerusform>No hay fecha de examen que comprobar con el límite de %n año.</numerusform>
            <numerusform>No hay fecha de examen que comprobar con el límite de %n años.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test taken on %1, more than %n year(s) ago.</source>
        <translation>
            <numerusform>Examen realizado el %1, hace más de %n año.</numerusform>
            <numerusform>Examen realizado el %1, hace más de %n años.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>&quot;RTL&quot; for languages written right to left, &quot;LTR&quot; for all others.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two items of a list: &quot;letter case and accents&quot;</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the counts of a batch summary: &quot;412 verified, 9 mismatches&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: forgave %2.</source>
        <extracomment>%1 is a field (&quot;Family name&quot;), %2 what was forgiven (&quot;letter case and accents&quot;)</extracomment>
        <translation>%1: se aceptaron diferencias de %2.</translation>
    </message>
    <message>
        <source>Family and first name</source>
        <translation>Apellidos y nombre</translation>
    </message>
    <message>
        <source>Date of birth %1 read as %2 (day first).</source>
        <translation>Fecha de nacimiento %1 leída como %2 (día primero).</translation>
    </message>
    <message>
        <source>Read month first, it matches.</source>
        <translation>Leída con el mes primero, coincide.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1: claimed %2, none on the result</source>
        <translation>%1: declarado %2, sin valor en el resultado</translation>
    </message>
    <message>
        <source>%1: claimed %2, actual %3</source>
        <translation>%1: declarado %2, real %3</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the differences of one applicant</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>No applicants</source>
        <translation>Ningún solicitante</translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n verificado</numerusform>
            <numerusform>%n verificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n discrepancia</numerusform>
            <numerusform>%n discrepancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n no encontrado</numerusform>
            <numerusform>%n no encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not released</source>
        <translation>
            <numerusform>%n no publicado</numerusform>
            <numerusform>%n no publicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the programme&apos;s requirements</source>
        <translation>
            <numerusform>%n por debajo de los requisitos del programa</numerusform>
            <numerusform>%n por debajo de los requisitos del programa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password.</source>
        <translation>La URL no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTPS address. Credentials are only sent over HTTPS (plain HTTP is allowed for this computer&apos;s own addresses only).</source>
        <translation>«%1» no es una dirección HTTPS. Las credenciales solo se envían por HTTPS (HTTP sin cifrar solo se admite para las direcciones de este mismo equipo).</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <source>Programme requirements</source>
        <translation>Requisitos del programa</translation>
    </message>
    <message>
        <source>Results below these are marked separately from whether they are genuine.</source>
        <translation>Los resultados que no alcanzan estos requisitos se señalan aparte de si son auténticos.</translation>
    </message>
    <message>
        <source>&amp;Overall at least</source>
        <translation>&amp;Global, como mínimo</translation>
    </message>
    <message>
        <source>The lowest overall band the programme accepts</source>
        <translation>La puntuación global más baja que acepta el programa</translation>
    </message>
    <message>
        <source>&amp;Listening at least</source>
        <translation>Comprensión &amp;auditiva, como mínimo</translation>
    </message>
    <message>
        <source>The lowest listening band the programme accepts</source>
        <translation>La puntuación más baja de comprensión auditiva que acepta el programa</translation>
    </message>
    <message>
        <source>&amp;Reading at least</source>
        <translation>Comprensión &amp;lectora, como mínimo</translation>
    </message>
    <message>
        <source>The lowest reading band the programme accepts</source>
        <translation>La puntuación más baja de comprensión lectora que acepta el programa</translation>
    </message>
    <message>
        <source>&amp;Writing at least</source>
        <translation>&amp;Expresión escrita, como mínimo</translation>
    </message>
    <message>
        <source>The lowest writing band the programme accepts</source>
        <translation>La puntuación más baja de expresión escrita que acepta el programa</translation>
    </message>
    <message>
        <source>S&amp;peaking at least</source>
        <translation>Expresión &amp;oral, como mínimo</translation>
    </message>
    <message>
        <source>The lowest speaking band the programme accepts</source>
        <translation>La puntuación más baja de expresión oral que acepta el programa</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message>
        <source> years</source>
        <extracomment>A spin box suffix: &quot;Test taken within 2 years&quot;.</extracomment>
        <translation> años</translation>
    </message>
    <message>
        <source>Test taken within</source>
        <translation>Examen realizado hace como máximo</translation>
    </message>
    <message>
        <source>How many years old a test may be at most; the lowest value accepts any age</source>
        <translation>Antigüedad máxima del examen, en años; el valor más bajo acepta cualquier antigüedad</translation>
    </message>
    <message>
        <source>&amp;Test taken within</source>
        <translation>Examen realizado &amp;hace como máximo</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>; the lowest value sets no minimum</source>
        <translation>; el valor más bajo no fija ningún mínimo</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>Número de TRF</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Fecha del examen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Audición</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Expresión oral</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last modified (UTC)</source>
        <translation>Última modificación (UTC)</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (valores separados por comas)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>JSON (every field as received)</source>
        <translation>JSON (todos los campos tal como se recibieron)</translation>
    </message>
    <message>
        <source>Photos folder</source>
        <translation>Carpeta de fotos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>Falló la escritura de «%1»: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Se exportó %n resultado a «%1».</numerusform>
            <numerusform>Se exportaron %n resultados a «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n foto no se pudo leer y se omitió.</numerusform>
            <numerusform>%n fotos no se pudieron leer y se omitieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultOutput</name>
    <message>
        <source>--format xlsx and pdf need --output FILE.</source>
        <translation>--format xlsx y pdf necesitan --output ARCHIVO.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give a file name for --output.</source>
        <translation>«%1» es una carpeta; indique un nombre de archivo para --output.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>Cannot write to &quot;%1&quot;: %2</source>
        <translation>No se puede escribir en «%1»: %2</translation>
    </message>
    <message>
        <source>Saving the photos failed.</source>
        <translation>Falló el guardado de las fotos.</translation>
    </message>
    <message>
        <source>The output was not opened.</source>
        <translation>No se abrió la salida.</translation>
    </message>
    <message>
        <source>Writing the results failed: %1</source>
        <translation>Falló la escritura de los resultados: %1</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>Country code: %1</source>
        <translation>Código de país: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No photo (search with “Include photos” to see it)</source>
        <translation>Sin foto (busque con «Incluir fotos» para verla)</translation>
    </message>
    <message>
        <source>The photo sent for this candidate cannot be shown: it is damaged or not an image.</source>
        <translation>La foto enviada para este candidato no se puede mostrar: está dañada o no es una imagen.</translation>
    </message>
    <message>
        <source>Double-click to see the photo large</source>
        <translation>Haga doble clic para ver la foto en grande</translation>
    </message>
    <message>
        <source>This result is not released; do not rely on it until the status is RELEASED.</source>
        <translation>Este resultado no está publicado; no confíe en él hasta que su estado sea RELEASED.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>When the candidate last shared or changed this result, in UTC</source>
        <translation>Cuándo compartió o modificó el candidato este resultado por última vez, en UTC</translation>
    </message>
    <message>
        <source>%1, not released</source>
        <translation>%1, no publicado</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>One row a candidate. Enter opens the candidate&apos;s details.</source>
        <translation>Una fila por candidato. Intro abre los detalles del candidato.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar los &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 espera un número entero de %2 a %3, no «%4».</translation>
    </message>
    <message>
        <source>--%1 expects one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 espera uno de estos valores: %2, no «%3».</translation>
    </message>
    <message>
        <source>Port to listen on, on 127.0.0.1 (0: any free port).</source>
        <translation>Puerto de escucha en 127.0.0.1 (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Number of generated records.</source>
        <translation>Número de registros generados.</translation>
    </message>
    <message>
        <source>Seed of the generated data set.</source>
        <translation>Semilla del conjunto de datos generado.</translation>
    </message>
    <message>
        <source>Newest last modification date, as YYYY-MM-DDThh:mm:ss in UTC (default: now).</source>
        <translation>Fecha de última modificación más reciente, como AAAA-MM-DDThh:mm:ss en UTC (por omisión: ahora).</translation>
    </message>
    <message>
        <source>Days over which the last modification dates spread.</source>
        <translation>Días a lo largo de los cuales se reparten las fechas de última modificación.</translation>
    </message>
    <message>
        <source>Client ID to accept.</source>
        <translation>ID de cliente que se acepta.</translation>
    </message>
    <message>
        <source>Client secret to accept (default: the demo secret).</source>
        <translation>Secreto de cliente que se acepta (por omisión: el secreto de demostración).</translation>
    </message>
    <message>
        <source>Lifetime of access tokens, in seconds.</source>
        <translation>Duración de los tokens de acceso, en segundos.</translation>
    </message>
    <message>
        <source>Fail every Nth request (0: never).</source>
        <translation>Hace fallar una de cada N solicitudes (0: nunca).</translation>
    </message>
    <message>
        <source>HTTP status of those failures: 503, 504 or 500.</source>
        <translation>Estado HTTP de esos fallos: 503, 504 o 500.</translation>
    </message>
    <message>
        <source>Send Retry-After with those failures, in seconds (0: no).</source>
        <translation>Envía Retry-After con esos fallos, en segundos (0: no).</translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds.</source>
        <translation>Retrasa cada respuesta este número de milisegundos.</translation>
    </message>
    <message>
        <source>Cut off the body of every Nth response (0: never).</source>
        <translation>Corta el cuerpo de una de cada N respuestas (0: nunca).</translation>
    </message>
    <message>
        <source>Close the connection instead of answering every Nth request.</source>
        <translation>Cierra la conexión en lugar de responder una de cada N solicitudes.</translation>
    </message>
    <message>
        <source>Result requests allowed per client ID and UTC day.</source>
        <translation>Solicitudes de resultados permitidas por ID de cliente y día UTC.</translation>
    </message>
    <message>
        <source>HTTP status once the quota is used up: 429 or 403.</source>
        <translation>Estado HTTP cuando se agota la cuota: 429 o 403.</translation>
    </message>
    <message>
        <source>Modify one already served record while a client pages through a date range.</source>
        <translation>Modifica un registro ya servido mientras un cliente pagina un intervalo de fechas.</translation>
    </message>
    <message>
        <source>Answer for a page past the last one: empty or 404.</source>
        <translation>Respuesta para una página posterior a la última: empty o 404.</translation>
    </message>
    <message>
        <source>Answer for a TRF number that matches nothing: empty or 404.</source>
        <translation>Respuesta para un número de TRF sin coincidencias: empty o 404.</translation>
    </message>
    <message>
        <source>Refuse date ranges that match more than N records, even when paged (0: never).</source>
        <translation>Rechaza los intervalos de fechas con más de N registros, aunque se paginen (0: nunca).</translation>
    </message>
    <message>
        <source>Accept date ranges longer than one year.</source>
        <translation>Acepta intervalos de fechas de más de un año.</translation>
    </message>
    <message>
        <source>Shape of error bodies: flat, gateway or text.</source>
        <translation>Forma de los cuerpos de error: flat, gateway o text.</translation>
    </message>
    <message>
        <source>--fail-status expects 503, 504 or 500.</source>
        <translation>--fail-status espera 503, 504 o 500.</translation>
    </message>
    <message>
        <source>--quota-status expects 429 or 403.</source>
        <translation>--quota-status espera 429 o 403.</translation>
    </message>
    <message>
        <source>--anchor expects a date and time as YYYY-MM-DDThh:mm:ss.</source>
        <translation>--anchor espera una fecha y hora como AAAA-MM-DDThh:mm:ss.</translation>
    </message>
    <message>
        <source>The client ID and secret must not be empty.</source>
        <translation>El ID y el secreto de cliente no pueden estar vacíos.</translation>
    </message>
    <message>
        <source>Always answer a search for this TRF number with the --fail-status failure, so clients retry and then report an error; repeat for several.</source>
        <translation>Responde siempre a las búsquedas de este número de TRF con el fallo de --fail-status, para que los clientes reintenten y después informen de un error; repítalo para indicar varios.</translation>
    </message>
    <message>
        <source>Write a sample applicant list (CSV) drawn from the data set the other options describe to FILE, and exit without serving. Its rows give every outcome of batch verification: matches, forgiven name variants, mismatches, numbers not found or not released, and rows that cannot be sent.</source>
        <translation>Escribe en FILE una lista de solicitantes de ejemplo (CSV) tomada del conjunto de datos que describen las demás opciones, y termina sin servir. Sus filas dan todos los resultados de la verificación por lotes: coincidencias, variantes de nombre aceptadas, discrepancias, números no encontrados o no publicados y filas que no se pueden enviar.</translation>
    </message>
    <message>
        <source>--fail-trf expects a TRF number.</source>
        <translation>--fail-trf espera un número de TRF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A local double of the IELTS result-verification API, on 127.0.0.1.</source>
        <translation>Un doble local de la API de verificación de resultados del IELTS, en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>No se puede escuchar en el puerto %1 de 127.0.0.1.</translation>
    </message>
    <message>
        <source>Result endpoint: %1</source>
        <translation>Punto de acceso de resultados: %1</translation>
    </message>
    <message>
        <source>Token endpoint:  %1</source>
        <translation>Punto de acceso de tokens:     %1</translation>
    </message>
    <message>
        <source>Credentials: client ID %1, secret %2</source>
        <translation>Credenciales: ID de cliente %1, secreto %2</translation>
    </message>
    <message>
        <source>Credentials: client ID %1 and the secret given</source>
        <translation>Credenciales: ID de cliente %1 y el secreto indicado</translation>
    </message>
    <message>
        <source>Records: %1. Press Ctrl+C to stop.</source>
        <translation>Registros: %1. Pulse Ctrl+C para detener.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Fetch results by TRF number or by date range, as JSON, CSV, Excel or PDF.</source>
        <translation>Obtiene resultados por número de TRF o por intervalo de fechas, como JSON, CSV, Excel o PDF.</translation>
    </message>
    <message>
        <source>Try &quot;%1 search --help&quot;.
</source>
        <translation>Pruebe «%1 search --help».
</translation>
    </message>
    <message>
        <source>Fetches results from the IELTS result-verification service, by TRF number or by the date range in which candidates shared them, and writes them as JSON, CSV, an Excel workbook or a PDF report.

Credentials come from the environment variables IELTS_CLIENT_ID and IELTS_CLIENT_SECRET. DATETIME is YYYY-MM-DDThh:mm:ss in UTC, or YYYY-MM-DD (the whole day: --from at 00:00:00, --to at 23:59:59).

Exit status: 0 success (also when nothing was found), 2 invalid usage or input, 3 authentication or authorization failure, 4 any other error from the service (quota included), 5 network failure after retries, 130 interrupted.</source>
        <translation>Obtiene resultados del servicio de verificación de resultados del IELTS, por número de TRF o por el intervalo de fechas en que los candidatos los compartieron, y los escribe como JSON, CSV, un libro de Excel o un informe PDF.

Las credenciales se toman de las variables de entorno IELTS_CLIENT_ID e IELTS_CLIENT_SECRET. DATETIME es AAAA-MM-DDThh:mm:ss en UTC, o AAAA-MM-DD (el día entero: --from a las 00:00:00, --to a las 23:59:59).

Estado de salida: 0 éxito (también cuando no se encontró nada), 2 uso o datos no válidos, 3 fallo de autenticación o autorización, 4 cualquier otro error del servicio (incluida la cuota), 5 fallo de red tras los reintentos, 130 interrumpido.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>A TRF number to check; repeat for several.</source>
        <translation>Un número de TRF que comprobar; repítalo para indicar varios.</translation>
    </message>
    <message>
        <source>Start of the range of last modification (UTC).</source>
        <translation>Inicio del intervalo de última modificación (UTC).</translation>
    </message>
    <message>
        <source>End of the range of last modification (UTC).</source>
        <translation>Fin del intervalo de última modificación (UTC).</translation>
    </message>
    <message>
        <source>Include candidate photos.</source>
        <translation>Incluye las fotos de los candidatos.</translation>
    </message>
    <message>
        <source>Ask for the One Skill Retake fields (OSRFlag=Y).</source>
        <translation>Pide los campos de One Skill Retake (OSRFlag=Y).</translation>
    </message>
    <message>
        <source>Records per request, 1 to 2000 (default 2000).</source>
        <translation>Registros por solicitud, de 1 a 2000 (por omisión 2000).</translation>
    </message>
    <message>
        <source>production (default), sandbox, or demo (a local service with generated data and demo credentials).</source>
        <translation>production (predeterminado), sandbox o demo (un servicio local con datos generados y credenciales de demostración).</translation>
    </message>
    <message>
        <source>The full URL of the result resource; overrides --environment.</source>
        <translation>La URL completa del recurso de resultados; tiene prioridad sobre --environment.</translation>
    </message>
    <message>
        <source>The full URL of the token endpoint (for --auth bearer); overrides --environment.</source>
        <translation>La URL completa del punto de acceso de tokens (para --auth bearer); tiene prioridad sobre --environment.</translation>
    </message>
    <message>
        <source>basic (default) or bearer.</source>
        <translation>basic (predeterminado) o bearer.</translation>
    </message>
    <message>
        <source>json (default), csv, xlsx or pdf. json and csv are written page by page; xlsx and pdf keep every record in memory and write the file at the end, and need --output.</source>
        <translation>json (predeterminado), csv, xlsx o pdf. json y csv se escriben página a página; xlsx y pdf guardan todos los registros en memoria, escriben el archivo al final y necesitan --output.</translation>
    </message>
    <message>
        <source>Also save each candidate&apos;s photo in DIR as &lt;TRF&gt;.&lt;ext&gt; (asks the service for photos). Never overwrites a file; the photos appear only when the search succeeds.</source>
        <translation>Guarda también la foto de cada candidato en DIR como &lt;TRF&gt;.&lt;ext&gt; (pide las fotos al servicio). Nunca sobrescribe un archivo; las fotos solo aparecen si la búsqueda tiene éxito.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output; FILE is only created or replaced when the search succeeds.</source>
        <translation>Escribe en FILE en lugar de en la salida estándar; FILE solo se crea o se reemplaza si la búsqueda tiene éxito.</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>Informa del progreso en la salida de errores.</translation>
    </message>
    <message>
        <source>Print nothing but errors on standard error.</source>
        <translation>No muestra más que los errores en la salida de errores.</translation>
    </message>
    <message>
        <source>Send even when the requests counted today would pass the daily quota.</source>
        <translation>Envía aunque las solicitudes contadas hoy superen la cuota diaria.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Give either --trf or --from and --to, not both.</source>
        <translation>Indique --trf o bien --from y --to, no ambos.</translation>
    </message>
    <message>
        <source>A date range needs both --from and --to.</source>
        <translation>Un intervalo de fechas necesita --from y --to.</translation>
    </message>
    <message>
        <source>Give --trf TRF, or --from and --to.</source>
        <translation>Indique --trf TRF, o --from y --to.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to %1.</source>
        <translation>--page-size debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use YYYY-MM-DDThh:mm:ss (UTC) or YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha y hora; use AAAA-MM-DDThh:mm:ss (UTC) o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--environment must be production, sandbox or demo.</source>
        <translation>--environment debe ser production, sandbox o demo.</translation>
    </message>
    <message>
        <source>--auth must be basic or bearer.</source>
        <translation>--auth debe ser basic o bearer.</translation>
    </message>
    <message>
        <source>--format must be json, csv, xlsx or pdf.</source>
        <translation>--format debe ser json, csv, xlsx o pdf.</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>(línea de órdenes)</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>error: no se pudo iniciar el servicio local de demostración.
</translation>
    </message>
    <message>
        <source>No credentials: set IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, or use --profile NAME.</source>
        <translation>No hay credenciales: defina IELTS_CLIENT_ID e IELTS_CLIENT_SECRET, o use --profile NOMBRE.</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, en %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 pages, %3 records, %4 MB%5%6
</source>
        <translation>%1 solicitudes, %2 páginas, %3 registros, %4 MB%5%6
</translation>
    </message>
    <message numerus="yes">
        <source>, %n retries</source>
        <translation>
            <numerusform>, %n reintento</numerusform>
            <numerusform>, %n reintentos</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>aviso: %1
</translation>
    </message>
    <message>
        <source>error: the results could not be written.
</source>
        <translation>error: no se pudieron escribir los resultados.
</translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.
</source>
        <translation>Interrumpido; no se escribió nada.
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>error: %1
</translation>
    </message>
    <message>
        <source>No result for TRF %1.
</source>
        <translation>No hay resultado para el TRF %1.
</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 request(s)</source>
        <translation>
            <numerusform>%n registro de %1 solicitud(es)</numerusform>
            <numerusform>%n registros de %1 solicitud(es)</numerusform>
        </translation>
    </message>
    <message>
        <source> written to %1.
</source>
        <translation> escritos en %1.
</translation>
    </message>
</context>
<context>
    <name>SearchJob</name>
    <message>
        <source>Nothing to search for: give a TRF number or a date range.</source>
        <translation>No hay nada que buscar: indique un número de TRF o un intervalo de fechas.</translation>
    </message>
    <message>
        <source>No client ID and secret are set for this connection.</source>
        <translation>Esta conexión no tiene ID ni secreto de cliente.</translation>
    </message>
    <message numerus="yes">
        <source>This search needs an estimated %n request(s), but only %1 of today&apos;s %2 remain for this client ID (counted on this computer).</source>
        <translation>
            <numerusform>Esta búsqueda necesita aproximadamente %n solicitud, pero solo quedan %1 de las %2 de hoy para este ID de cliente (contadas en este equipo).</numerusform>
            <numerusform>Esta búsqueda necesita aproximadamente %n solicitudes, pero solo quedan %1 de las %2 de hoy para este ID de cliente (contadas en este equipo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of today&apos;s %2 requests for this client ID are used.</source>
        <translation>Se han usado %1 de las %2 solicitudes de hoy para este ID de cliente.</translation>
    </message>
    <message>
        <source>Today&apos;s quota of %1 requests for this client ID is used up (counted on this computer).</source>
        <translation>Se ha agotado la cuota de hoy de %1 solicitudes para este ID de cliente (contadas en este equipo).</translation>
    </message>
    <message>
        <source>The answer was cut off.</source>
        <translation>La respuesta llegó cortada.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>La respuesta no es JSON válido.</translation>
    </message>
    <message>
        <source>The service answered &quot;not found&quot; without the documented code 70404; it was taken to mean no results. If every search finds nothing, check the endpoint URL.</source>
        <translation>El servicio respondió «no encontrado» sin el código documentado 70404; se ha interpretado como ausencia de resultados. Si ninguna búsqueda encuentra nada, compruebe la URL del punto de acceso.</translation>
    </message>
    <message>
        <source>The service refused a date range as too large; it is being fetched in smaller parts.</source>
        <translation>El servicio rechazó un intervalo de fechas por demasiado grande; se está obteniendo en partes más pequeñas.</translation>
    </message>
    <message>
        <source>The service did not return records in order of last modification; pages are fetched by number instead, so a record shared again during the search may be missed.</source>
        <translation>El servicio no devolvió los registros por orden de última modificación; las páginas se obtienen por número, así que podría perderse un registro que se vuelva a compartir durante la búsqueda.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Buscar por</translation>
    </message>
    <message>
        <source>Search by TRF numbers or by the date range in which results were shared</source>
        <translation>Buscar por números de TRF o por el intervalo de fechas en que se compartieron los resultados</translation>
    </message>
    <message>
        <source>&amp;TRF numbers</source>
        <translation>Números de &amp;TRF</translation>
    </message>
    <message>
        <source>TRF &amp;numbers, one per line or separated by commas:</source>
        <translation>&amp;Números de TRF, uno por línea o separados por comas:</translation>
    </message>
    <message>
        <source>TRF numbers</source>
        <translation>Números de TRF</translation>
    </message>
    <message>
        <source>One TRF number per line or separated by commas. Enter searches; Shift+Enter starts a new line.</source>
        <translation>Un número de TRF por línea o separados por comas. Intro busca; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>17UZ010772RAKN025A</source>
        <translation>17UZ010772RAKN025A</translation>
    </message>
    <message>
        <source>TRF number check</source>
        <translation>Comprobación de los números de TRF</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>&amp;Intervalo de fechas</translation>
    </message>
    <message>
        <source>Results shared with you or changed in this period (UTC):</source>
        <translation>Resultados compartidos con usted o modificados en este periodo (UTC):</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Desde (UTC):</translation>
    </message>
    <message>
        <source>From, in UTC</source>
        <translation>Desde, en UTC</translation>
    </message>
    <message>
        <source>From, in local time</source>
        <translation>Desde, en hora local</translation>
    </message>
    <message>
        <source>T&amp;o (UTC):</source>
        <translation>&amp;Hasta (UTC):</translation>
    </message>
    <message>
        <source>To, in UTC</source>
        <translation>Hasta, en UTC</translation>
    </message>
    <message>
        <source>To, in local time</source>
        <translation>Hasta, en hora local</translation>
    </message>
    <message>
        <source>&amp;Quick choice:</source>
        <translation>Elección &amp;rápida:</translation>
    </message>
    <message>
        <source>Quick choice of date range</source>
        <translation>Elección rápida del intervalo de fechas</translation>
    </message>
    <message>
        <source>Date range check</source>
        <translation>Comprobación del intervalo de fechas</translation>
    </message>
    <message>
        <source>Include &amp;photos</source>
        <translation>Incluir &amp;fotos</translation>
    </message>
    <message>
        <source>Ask for candidate photos; answers are larger and slower</source>
        <translation>Pedir las fotos de los candidatos; las respuestas son más grandes y lentas</translation>
    </message>
    <message>
        <source>Include One Skill &amp;Retake fields</source>
        <translation>Incluir los campos de &amp;One Skill Retake</translation>
    </message>
    <message>
        <source>Ask for the additional One Skill Retake fields</source>
        <translation>Pedir los campos adicionales de One Skill Retake</translation>
    </message>
    <message>
        <source>Cost against the daily quota</source>
        <translation>Coste en la cuota diaria</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Start the search (Enter)</source>
        <translation>Iniciar la búsqueda (Intro)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the running search (Esc)</source>
        <translation>Detener la búsqueda en curso (Esc)</translation>
    </message>
    <message>
        <source>= %1 your time (UTC%2%3:%4)</source>
        <translation>= %1 en su hora (UTC%2%3:%4)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Since my last pull</source>
        <translation>Desde mi última descarga</translation>
    </message>
    <message>
        <source>Enter at least one TRF number.</source>
        <translation>Introduzca al menos un número de TRF.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Search again…</source>
        <translation>&amp;Buscar de nuevo…</translation>
    </message>
    <message>
        <source>From %1 UTC</source>
        <translation>Desde %1 UTC</translation>
    </message>
    <message>
        <source>No earlier pull with this profile</source>
        <translation>No hay ninguna descarga anterior con este perfil</translation>
    </message>
    <message>
        <source>✖ &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>✖ &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>• &lt;b&gt;%1&lt;/b&gt;: listed twice; searched once.</source>
        <translation>• &lt;b&gt;%1&lt;/b&gt;: aparece dos veces; se busca una sola vez.</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>⚠ &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n TRF number(s) ready to search.</source>
        <translation>
            <numerusform>%n número de TRF listo para buscar.</numerusform>
            <numerusform>%n números de TRF listos para buscar.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Today: %1 of %2 requests used, %3 left.</source>
        <translation>Hoy: %1 de %2 solicitudes usadas, quedan %3.</translation>
    </message>
    <message>
        <source>Each TRF number costs one request.</source>
        <translation>Cada número de TRF cuesta una solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>This search costs %n request(s), one per TRF number.</source>
        <translation>
            <numerusform>Esta búsqueda cuesta %n solicitud, una por número de TRF.</numerusform>
            <numerusform>Esta búsqueda cuesta %n solicitudes, una por número de TRF.</numerusform>
        </translation>
    </message>
    <message>
        <source>This search costs at least one request, and one more for every 2,000 results found.</source>
        <translation>Esta búsqueda cuesta al menos una solicitud, y una más por cada 2000 resultados encontrados.</translation>
    </message>
    <message>
        <source>Search for one or more TRF numbers</source>
        <translation>Buscar uno o varios números de TRF</translation>
    </message>
    <message>
        <source>The result of checking each TRF number as it is typed: which are ready and which need correcting.</source>
        <translation>El resultado de comprobar cada número de TRF mientras se escribe: cuáles están listos y cuáles hay que corregir.</translation>
    </message>
    <message>
        <source>Search for the results shared or changed in a period</source>
        <translation>Buscar los resultados compartidos o modificados en un periodo</translation>
    </message>
    <message>
        <source>Start of the period, in UTC, as year-month-day hours:minutes:seconds. The up and down arrow keys change the part under the cursor.</source>
        <translation>Inicio del periodo, en UTC, como año-mes-día horas:minutos:segundos. Las flechas arriba y abajo cambian la parte donde está el cursor.</translation>
    </message>
    <message>
        <source>End of the period, in UTC, as year-month-day hours:minutes:seconds. The up and down arrow keys change the part under the cursor.</source>
        <translation>Fin del periodo, en UTC, como año-mes-día horas:minutos:segundos. Las flechas arriba y abajo cambian la parte donde está el cursor.</translation>
    </message>
    <message>
        <source>Sets From and To to a common period ending now.</source>
        <translation>Pone en Desde y Hasta un periodo habitual que termina ahora.</translation>
    </message>
    <message>
        <source>What is wrong with the date range, or what to watch out for.</source>
        <translation>Qué falla en el intervalo de fechas o a qué hay que prestar atención.</translation>
    </message>
    <message>
        <source>How many requests this search costs and how many are left today.</source>
        <translation>Cuántas solicitudes cuesta esta búsqueda y cuántas quedan hoy.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Enter the start of the date range as YYYY-MM-DDThh:mm:ss (UTC).</source>
        <translation>Introduzca el inicio del intervalo de fechas como AAAA-MM-DDThh:mm:ss (UTC).</translation>
    </message>
    <message>
        <source>Enter the end of the date range as YYYY-MM-DDThh:mm:ss (UTC).</source>
        <translation>Introduzca el fin del intervalo de fechas como AAAA-MM-DDThh:mm:ss (UTC).</translation>
    </message>
    <message>
        <source>The start of the date range must be before its end.</source>
        <translation>El inicio del intervalo de fechas debe ser anterior a su fin.</translation>
    </message>
    <message>
        <source>The end of the date range (%1 UTC) is in the future; the latest possible end is now (%2 UTC).</source>
        <translation>El fin del intervalo de fechas (%1 UTC) está en el futuro; el fin más tardío posible es ahora (%2 UTC).</translation>
    </message>
    <message>
        <source>The start of the date range is in the future.</source>
        <translation>El inicio del intervalo de fechas está en el futuro.</translation>
    </message>
    <message>
        <source>The range is longer than one year; it will be fetched in parts of at most one year each.</source>
        <translation>El intervalo dura más de un año; se obtendrá en partes de un año como máximo cada una.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1; it is %2.</source>
        <translation>El tamaño de página debe estar entre 1 y %1; es %2.</translation>
    </message>
    <message>
        <source>TRF %1</source>
        <translation>TRF %1</translation>
    </message>
    <message>
        <source>modified from %1 to %2 UTC</source>
        <translation>modificados del %1 al %2 UTC</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>The system keychain did not answer in time. It may be waiting to be unlocked, or its service may have stopped responding.</source>
        <translation>El llavero del sistema no respondió a tiempo. Puede que esté esperando a ser desbloqueado o que su servicio haya dejado de responder.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it, for example by logging in again, and try once more.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo, por ejemplo volviendo a iniciar sesión, e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Se denegó el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the client secret cannot be kept. It can be used for this session only.</source>
        <translation>Este equipo no tiene llavero del sistema, así que el secreto de cliente no se puede conservar. Se puede usar solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile.</source>
        <translation>Este perfil no tiene ningún secreto de cliente guardado.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>El llavero del sistema informó de un error.</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo de destino.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«%1» es una carpeta. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists and was left as it is.</source>
        <translation>«%1» ya existe y se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;: %2</source>
        <translation>No se puede escribir en la carpeta «%1»: %2</translation>
    </message>
    <message>
        <source>The export file was not created.</source>
        <translation>No se creó el archivo de exportación.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>Falló la escritura de «%1»: %2</translation>
    </message>
    <message>
        <source>a file with that name appeared meanwhile</source>
        <translation>mientras tanto apareció un archivo con ese nombre</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>StagedPhotoFolder</name>
    <message>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>«%1» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;: %2</source>
        <translation>No se puede escribir en la carpeta «%1»: %2</translation>
    </message>
    <message>
        <source>The photos folder was not opened.</source>
        <translation>No se abrió la carpeta de fotos.</translation>
    </message>
    <message>
        <source>Could not save the photo to %1.</source>
        <translation>No se pudo guardar la foto en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n photo(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Se guardó %n foto en «%1».</numerusform>
            <numerusform>Se guardaron %n fotos en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them under a new name, because a file of the same name was already there.</source>
        <translation>
            <numerusform>%n de ellas con otro nombre, porque ya había un archivo con el mismo nombre.</numerusform>
            <numerusform>%n de ellas con otro nombre, porque ya había un archivo con el mismo nombre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) had no photo.</source>
        <translation>
            <numerusform>%n resultado no tenía foto.</numerusform>
            <numerusform>%n resultados no tenían foto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be saved: %1</source>
        <translation>
            <numerusform>%n foto no se pudo guardar: %1</numerusform>
            <numerusform>%n fotos no se pudieron guardar: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>The token endpoint refused the client ID or secret.</source>
        <translation>El punto de acceso de tokens rechazó el ID o el secreto de cliente.</translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that they belong to this environment (sandbox and production credentials differ).</source>
        <translation>Compruebe el ID y el secreto de cliente, y que correspondan a este entorno (las credenciales de sandbox y de producción son distintas).</translation>
    </message>
</context>
<context>
    <name>Trf</name>
    <message>
        <source>Enter a TRF number.</source>
        <translation>Introduzca un número de TRF.</translation>
    </message>
    <message>
        <source>A TRF number has only letters A–Z and digits; remove “%1”.</source>
        <translation>Un número de TRF solo tiene letras de la A a la Z y cifras; quite «%1».</translation>
    </message>
    <message>
        <source>A TRF number has at most %1 letters and digits; this one has %2.</source>
        <translation>Un número de TRF tiene como máximo %1 letras y cifras; este tiene %2.</translation>
    </message>
    <message>
        <source>This does not look like an IELTS TRF number (18 characters, such as 17UZ010772RAKN025A). It will be searched as typed.</source>
        <translation>No parece un número de TRF del IELTS (18 caracteres, como 17UZ010772RAKN025A). Se buscará tal como está escrito.</translation>
    </message>
</context>
<context>
    <name>VerificationRecord</name>
    <message>
        <source>IELTS result verification record</source>
        <translation>Registro de verificación de resultados del IELTS</translation>
    </message>
    <message>
        <source>TEST DATA (%1): not a real IELTS result.</source>
        <translation>DATOS DE PRUEBA (%1): no es un resultado real del IELTS.</translation>
    </message>
    <message>
        <source>Checked by: %1 (%2)</source>
        <translation>Comprobado por: %1 (%2)</translation>
    </message>
    <message>
        <source>Retrieved: %1 UTC</source>
        <translation>Obtenido: %1 UTC</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>This result is not released. Do not rely on it until its status is RELEASED.</source>
        <translation>Este resultado no está publicado. No confíe en él hasta que su estado sea RELEASED.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Every field the service sent</source>
        <translation>Todos los campos que envió el servicio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Produced by IELTS Result Verifier %1 from the answer of the IELTS result-verification service.</source>
        <translation>Generado por IELTS Result Verifier %1 a partir de la respuesta del servicio de verificación de resultados del IELTS.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>No se pudo preparar la página para imprimir.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>IELTS verification %1</source>
        <translation>Verificación IELTS %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxResultWriter</name>
    <message>
        <source>(photo unreadable)</source>
        <translation>(foto ilegible)</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation>Perfil de la institución</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Retrieved (UTC)</source>
        <translation>Obtenido (UTC)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>Exportado (UTC)</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>IELTS Result Verifier %1</source>
        <translation>IELTS Result Verifier %1</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>DATOS DE PRUEBA (%1): no son resultados reales del IELTS.</translation>
    </message>
    <message>
        <source>The Excel file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de Excel: %1</translation>
    </message>
    <message>
        <source>The Excel file could not be started (out of memory or no temporary space).</source>
        <translation>No se pudo iniciar el archivo de Excel (falta memoria o espacio temporal).</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>The Excel file could not be started.</source>
        <translation>No se pudo iniciar el archivo de Excel.</translation>
    </message>
    <message>
        <source>IELTS results</source>
        <translation>Resultados del IELTS</translation>
    </message>
</context>
<context>
    <name>XlsxSupport</name>
    <message>
        <source>%1 (TEST DATA)</source>
        <comment>Title of a workbook holding test data</comment>
        <translation>%1 (DATOS DE PRUEBA)</translation>
    </message>
    <message>
        <source>Test data from %1: not real IELTS results.</source>
        <translation>Datos de prueba de %1: no son resultados reales del IELTS.</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>DATOS DE PRUEBA: no son resultados reales del IELTS</translation>
    </message>
</context>
</TS>
