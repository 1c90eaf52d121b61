<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApiError</name>
    <message>
        <source>The service says a mandatory query parameter is missing.</source>
        <translation>تفيد الخدمة بأن معاملًا إلزاميًا في الاستعلام مفقود.</translation>
    </message>
    <message>
        <source>Check the search: a TRF number, or both dates of a range, must be given. If they were, report this to the application&apos;s maintainers.</source>
        <translation>راجع البحث: يجب إدخال رقم TRF أو تاريخَي بداية النطاق ونهايته. إذا كانا مُدخلَين، فأبلغ القائمين على صيانة التطبيق بذلك.</translation>
    </message>
    <message>
        <source>The service refused the access token as invalid.</source>
        <translation>رفضت الخدمة رمز الوصول لأنه غير صالح.</translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that they belong to this environment (sandbox and production credentials differ).</source>
        <translation>تحقق من معرّف العميل وسرّه، ومن أنهما يخصّان هذه البيئة (بيانات اعتماد بيئة الاختبار تختلف عن بيانات بيئة الإنتاج).</translation>
    </message>
    <message>
        <source>The service received no access token.</source>
        <translation>لم تتلقَّ الخدمة أي رمز وصول.</translation>
    </message>
    <message>
        <source>Enter the client ID and secret for this environment.</source>
        <translation>أدخل معرّف العميل وسرّه لهذه البيئة.</translation>
    </message>
    <message>
        <source>The access token has expired and could not be renewed.</source>
        <translation>انتهت صلاحية رمز الوصول وتعذّر تجديده.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the token URL and credentials.</source>
        <translation>حاول مرة أخرى؛ وإذا تكرر ذلك، فتحقق من عنوان URL للرمز ومن بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to use the result-verification service.</source>
        <translation>لا يُسمح لبيانات الاعتماد هذه باستخدام خدمة التحقق من النتائج.</translation>
    </message>
    <message>
        <source>Ask the provider&apos;s support to grant this client access to the API.</source>
        <translation>اطلب من دعم المزوّد منح هذا العميل صلاحية الوصول إلى واجهة API.</translation>
    </message>
    <message>
        <source>The service found nothing for this request.</source>
        <translation>لم تعثر الخدمة على شيء لهذا الطلب.</translation>
    </message>
    <message>
        <source>Check the TRF number or the date range.</source>
        <translation>تحقق من رقم TRF أو من نطاق التواريخ.</translation>
    </message>
    <message>
        <source>The service had a technical error while processing the request.</source>
        <translation>حدث خطأ تقني في الخدمة أثناء معالجة الطلب.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, report it to the provider&apos;s support with the transaction ID.</source>
        <translation>حاول مرة أخرى لاحقًا. إذا استمرت المشكلة، فأبلغ دعم المزوّد بها مع معرّف المعاملة.</translation>
    </message>
    <message>
        <source>One or more of the service&apos;s back-ends is down.</source>
        <translation>واحد أو أكثر من الأنظمة الخلفية للخدمة متوقف.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The service&apos;s back-end timed out.</source>
        <translation>انتهت مهلة النظام الخلفي للخدمة.</translation>
    </message>
    <message>
        <source>The service says the daily request quota is used up.</source>
        <translation>تفيد الخدمة بأن الحصة اليومية من الطلبات قد استُنفدت.</translation>
    </message>
    <message>
        <source>Wait until the quota resets (midnight UTC) and try again.</source>
        <translation>انتظر حتى تُعاد الحصة (منتصف الليل بالتوقيت العالمي UTC) ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The service failed with HTTP status %1.</source>
        <translation>فشلت الخدمة برمز حالة HTTP ‏%1.</translation>
    </message>
    <message>
        <source>The service answered with an unexpected redirect.</source>
        <translation>ردّت الخدمة بإعادة توجيه غير متوقعة.</translation>
    </message>
    <message>
        <source>Check the endpoint URL; credentials are never sent to another address.</source>
        <translation>تحقق من عنوان URL لنقطة الوصول؛ لا تُرسل بيانات الاعتماد أبدًا إلى عنوان آخر.</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP status %1).</source>
        <translation>رفضت الخدمة الطلب (حالة HTTP ‏%1).</translation>
    </message>
    <message>
        <source>Check the search and the endpoint URL.</source>
        <translation>تحقق من البحث ومن عنوان URL لنقطة الوصول.</translation>
    </message>
    <message>
        <source>The service&apos;s host name could not be found.</source>
        <translation>تعذّر العثور على اسم مضيف الخدمة.</translation>
    </message>
    <message>
        <source>Check the internet connection, the proxy settings and the endpoint URL.</source>
        <translation>تحقق من الاتصال بالإنترنت وإعدادات الوكيل وعنوان URL لنقطة الوصول.</translation>
    </message>
    <message>
        <source>The service did not answer in time, even after several tries.</source>
        <translation>لم تستجب الخدمة في الوقت المحدد، حتى بعد عدة محاولات.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again later.</source>
        <translation>تحقق من الاتصال بالإنترنت وحاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>A secure connection to the service could not be established.</source>
        <translation>تعذّر إنشاء اتصال آمن بالخدمة.</translation>
    </message>
    <message>
        <source>Check the system date and any proxy that inspects HTTPS traffic; the application never ignores certificate errors.</source>
        <translation>تحقق من تاريخ النظام ومن أي وكيل يفحص حركة HTTPS؛ لا يتجاهل التطبيق أخطاء الشهادات أبدًا.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>تعذّر استخدام الخادم الوكيل.</translation>
    </message>
    <message>
        <source>Check the system proxy settings.</source>
        <translation>تحقق من إعدادات الوكيل في النظام.</translation>
    </message>
    <message>
        <source>The connection to the service failed, even after several tries.</source>
        <translation>فشل الاتصال بالخدمة، حتى بعد عدة محاولات.</translation>
    </message>
    <message>
        <source>The service sent an answer that cannot be understood.</source>
        <translation>أرسلت الخدمة ردًا لا يمكن فهمه.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, report it with the transaction ID.</source>
        <translation>حاول مرة أخرى لاحقًا. إذا استمرت المشكلة، فأبلغ عنها مع معرّف المعاملة.</translation>
    </message>
    <message>
        <source>Correct the settings and try again.</source>
        <translation>صحّح الإعدادات وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Wait until the quota resets (midnight UTC), narrow the search, or override the check if you know the count is wrong.</source>
        <translation>انتظر حتى تُعاد الحصة (منتصف الليل UTC)، أو ضيّق نطاق البحث، أو تجاوز هذا الفحص إذا كنت تعلم أن العدد غير صحيح.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>أُلغي البحث.</translation>
    </message>
</context>
<context>
    <name>ApplicantDate</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>«%1» ليس تاريخًا؛ اكتبه بصيغة YYYY-MM-DD أو DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>«%1» ليس يومًا موجودًا في التقويم.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How a date of birth read from an applicant list is spelled out, in QDate format characters: d day, MMMM month name, yyyy year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ApplicantField</name>
    <message>
        <source>TRF number</source>
        <translation>رقم TRF</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>الاستماع</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Applicant ID</source>
        <translation>معرّف المتقدّم</translation>
    </message>
</context>
<context>
    <name>ApplicantListReader</name>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller lists.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت. قسّمه إلى قوائم أصغر.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>مفصولة بفواصل منقوطة</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>مفصولة بعلامات جدولة</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>لا يمكن فتح «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>لا يمكن قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is an old Excel file (.xls) or a password-protected workbook. Save it without a password as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>«%1» ملف Excel قديم ‏(.xls) أو مصنف محمي بكلمة مرور. احفظه دون كلمة مرور كمصنف Excel ‏(.xlsx) أو بصيغة CSV.</translation>
    </message>
    <message>
        <source>Line %1 has a quote that is never closed.</source>
        <translation>في السطر %1 علامة اقتباس لم تُغلق.</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <comment>encoding, separator</comment>
        <translation>CSV، %1، %2</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 مع علامة ترتيب البايتات (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian) with byte order mark</source>
        <translation>UTF-16 ‏(little-endian) مع علامة ترتيب البايتات (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian) with byte order mark</source>
        <translation>UTF-16 ‏(big-endian) مع علامة ترتيب البايتات (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 ‏(little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 ‏(big-endian)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>The file has too many cells to read. Remove unused columns or split the list.</source>
        <translation>يحتوي الملف على خلايا أكثر من أن تُقرأ. احذف الأعمدة غير المستخدمة أو قسّم القائمة.</translation>
    </message>
    <message>
        <source>The file has a header row but no applicants.</source>
        <translation>يحتوي الملف على صف عناوين ولكن لا يوجد فيه متقدّمون.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a repeated column name and its number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Excel workbook (.xlsx).</source>
        <translation>الملف تالف أو ليس مصنف Excel ‏(.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is too large to read: it unpacks to more than %1 MB.</source>
        <translation>المصنف أكبر من أن يُقرأ: يتجاوز حجمه بعد فك الضغط %1 ميغابايت.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>لا يحتوي المصنف على أي ورقة عمل.</translation>
    </message>
    <message>
        <source>XLSX, sheet “%1”</source>
        <translation>XLSX، الورقة «%1»</translation>
    </message>
    <message>
        <source>The first worksheet (“%1”) is empty.</source>
        <translation>ورقة العمل الأولى («%1») فارغة.</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Verify every applicant of a CSV or Excel list and write a reconciliation report.</source>
        <translation>التحقق من كل متقدّم في قائمة CSV أو Excel وكتابة تقرير مطابقة.</translation>
    </message>
    <message>
        <source>Try &quot;%1 batch --help&quot;.
</source>
        <translation>جرّب &quot;%1 batch --help&quot;.
</translation>
    </message>
    <message>
        <source>Verifies an applicant list (CSV or XLSX) against the IELTS result-verification service: every distinct TRF number is looked up once, and every row of the list gets one outcome, Verified, Mismatch, Not found, Not released or Error, in a report that keeps the list&apos;s own columns.

The columns are recognised by their headers; --column FIELD=HEADER names one explicitly. FIELD is one of: %1. Credentials come from the environment variables IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, or from --profile.

Exit status: 0 every applicant verified (and meets the requirements given), 2 invalid usage or input (an unreadable list, no TRF column, a bad option); no request was sent, 3 authentication or authorization failure, 4 any other error that stopped the batch (quota included: a batch that does not fit today&apos;s quota is refused before anything is sent), 5 network failure after retries, 6 at least one applicant did not verify (mismatch, not found, not released, error, rejected row, or below the requirements), 130 interrupted. When the batch stops (3, 4, 5, 130) no report is written.</source>
        <translation>يتحقق من قائمة متقدّمين (CSV أو XLSX) عبر خدمة IELTS للتحقق من النتائج: يُبحث عن كل رقم TRF مميَّز مرة واحدة، ويحصل كل صف في القائمة على حصيلة واحدة، هي «تم التحقق» أو «عدم تطابق» أو «غير موجودة» أو «غير منشورة» أو «خطأ»، في تقرير يحتفظ بأعمدة القائمة نفسها.

تُتعرَّف الأعمدة من عناوينها؛ ويحدّد ‎--column FIELD=HEADER‎ عمودًا صراحةً. تكون FIELD إحدى القيم: %1. تؤخذ بيانات الاعتماد من متغيرَي البيئة IELTS_CLIENT_ID وIELTS_CLIENT_SECRET، أو من ‎--profile‎.

حالة الخروج: 0 تم التحقق من كل المتقدّمين (واستوفوا المتطلبات المحددة)، 2 استخدام أو إدخال غير صالح (قائمة غير قابلة للقراءة، أو عدم وجود عمود TRF، أو خيار خاطئ)؛ ولم يُرسل أي طلب، 3 فشل المصادقة أو التفويض، 4 أي خطأ آخر أوقف التحقق الجماعي (بما في ذلك الحصة: يُرفض التحقق الجماعي الذي لا تتسع له حصة اليوم قبل إرسال أي شيء)، 5 عطل في الشبكة بعد إعادة المحاولات، 6 لم يُتحقق من متقدّم واحد على الأقل (عدم تطابق، أو غير موجودة، أو غير منشورة، أو خطأ، أو صف مرفوض، أو دون المتطلبات)، 130 مقاطعة. عندما يتوقف التحقق الجماعي (3، 4، 5، 130) لا يُكتب أي تقرير.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>The applicant list, a CSV or XLSX file.</source>
        <translation>قائمة المتقدّمين، ملف CSV أو XLSX.</translation>
    </message>
    <message>
        <source>The report to write; created or replaced only when every applicant was checked.</source>
        <translation>التقرير المراد كتابته؛ لا يُنشأ أو يُستبدل إلا بعد التحقق من كل المتقدّمين.</translation>
    </message>
    <message>
        <source>csv, xlsx, pdf or json (default: from the output&apos;s extension, else csv).</source>
        <translation>csv أو xlsx أو pdf أو json (الافتراضي: حسب امتداد ملف الإخراج، وإلا csv).</translation>
    </message>
    <message>
        <source>Read FIELD from the column headed HEADER, instead of the guessed one; repeat for several.</source>
        <translation>قراءة FIELD من العمود الذي عنوانه HEADER، بدلًا من العمود المخمَّن؛ كرّر الخيار لعدة حقول.</translation>
    </message>
    <message>
        <source>How to read dates of birth like 03/04/1990: day (3 April) or month (4 March). Default: guessed from the list.</source>
        <translation>كيفية قراءة تواريخ الميلاد مثل 03/04/1990: day ‏(3 أبريل) أو month ‏(4 مارس). الافتراضي: يُستنتج من القائمة.</translation>
    </message>
    <message>
        <source>Required overall band.</source>
        <translation>الدرجة الإجمالية المطلوبة.</translation>
    </message>
    <message>
        <source>Required band in every skill (a --min-listening and the like take precedence).</source>
        <translation>الدرجة المطلوبة في كل مهارة (تكون الأولوية لـ ‎--min-listening‎ وما شابهه).</translation>
    </message>
    <message>
        <source>Required listening band.</source>
        <translation>الدرجة المطلوبة في الاستماع.</translation>
    </message>
    <message>
        <source>Required reading band.</source>
        <translation>الدرجة المطلوبة في القراءة.</translation>
    </message>
    <message>
        <source>Required writing band.</source>
        <translation>الدرجة المطلوبة في الكتابة.</translation>
    </message>
    <message>
        <source>Required speaking band.</source>
        <translation>الدرجة المطلوبة في المحادثة.</translation>
    </message>
    <message>
        <source>The test must be no older than N years.</source>
        <translation>يجب ألا يكون قد مضى على الاختبار أكثر من N سنة.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to %1 (default %2).</source>
        <translation>عدد الطلبات المُرسلة في آنٍ واحد، من 1 إلى %1 (الافتراضي %2).</translation>
    </message>
    <message>
        <source>Send even when the batch does not fit what remains of today&apos;s quota.</source>
        <translation>الإرسال حتى عندما لا يتسع المتبقي من حصة اليوم للتحقق الجماعي.</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>الإبلاغ عن التقدّم على الخطأ القياسي.</translation>
    </message>
    <message>
        <source>Print nothing but errors on standard error.</source>
        <translation>عدم طباعة أي شيء سوى الأخطاء على الخطأ القياسي.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give both --input and --output.</source>
        <translation>أدخل ‎--input‎ و‎--output‎ كليهما.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation>يجب أن يكون ‎--concurrency‎ عددًا صحيحًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx, pdf or json.</source>
        <translation>يجب أن تكون ‎--format‎ إحدى القيم csv أو xlsx أو pdf أو json.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>لا يمكن كتابة %1: المجلد غير موجود.</translation>
    </message>
    <message>
        <source>--date-order must be day or month.</source>
        <translation>يجب أن تكون ‎--date-order‎ إما day أو month.</translation>
    </message>
    <message>
        <source>--column expects FIELD=HEADER with FIELD one of %1, not &quot;%2&quot;.</source>
        <translation>يتوقع ‎--column‎ الصيغة FIELD=HEADER حيث FIELD إحدى القيم %1، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--column %1: the list has no column headed &quot;%2&quot;; its columns are: %3.</source>
        <translation>‎--column %1‎: لا يوجد في القائمة عمود عنوانه &quot;%2&quot;؛ أعمدتها هي: %3.</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>خطأ: تعذّر بدء خدمة العرض التجريبي المحلية.
</translation>
    </message>
    <message>
        <source>--%1 expects a band score from 0 to 9 in half bands, not &quot;%2&quot;.</source>
        <translation>يتوقع ‎--%1‎ درجة من 0 إلى 9 بزيادات نصف درجة، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--max-age-years must be a whole number from 1 to 100.</source>
        <translation>يجب أن يكون ‎--max-age-years‎ عددًا صحيحًا من 1 إلى 100.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>لا يمكن قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 has no applicants.</source>
        <translation>لا يوجد متقدّمون في %1.</translation>
    </message>
    <message>
        <source>line %1: not checked: %2
</source>
        <translation>السطر %1: لم يُتحقق منه: %2
</translation>
    </message>
    <message>
        <source>line %1 (TRF %2): not checked: %3
</source>
        <translation>السطر %1 (TRF ‏%2): لم يُتحقق منه: %3
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>تحذير: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 TRF numbers checked, %n request(s)</source>
        <translation>
            <numerusform>تم التحقق من %1 من %2 من أرقام TRF، %n طلب</numerusform>
            <numerusform>تم التحقق من %1 من %2 من أرقام TRF، طلب واحد</numerusform>
            <numerusform>تم التحقق من %1 من %2 من أرقام TRF، طلبان</numerusform>
            <numerusform>تم التحقق من %1 من %2 من أرقام TRF، %n طلبات</numerusform>
            <numerusform>تم التحقق من %1 من %2 من أرقام TRF، %n طلبًا</numerusform>
            <numerusform>تم التحقق من %1 من %2 من أرقام TRF، %n طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n retries</source>
        <translation>
            <numerusform>، %n محاولة إعادة</numerusform>
            <numerusform>، محاولة إعادة واحدة</numerusform>
            <numerusform>، محاولتا إعادة</numerusform>
            <numerusform>، %n محاولات إعادة</numerusform>
            <numerusform>، %n محاولة إعادة</numerusform>
            <numerusform>، %n محاولة إعادة</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.
</source>
        <translation>تمت المقاطعة؛ لم يُكتب شيء.
</translation>
    </message>
    <message>
        <source>The batch stopped; no report was written.
</source>
        <translation>توقّف التحقق الجماعي؛ لم يُكتب أي تقرير.
</translation>
    </message>
    <message>
        <source>Applicant list %1</source>
        <translation>قائمة المتقدّمين %1</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>خطأ: %1
</translation>
    </message>
    <message>
        <source>%1. Report written to %2.
</source>
        <translation>%1. كُتب التقرير في %2.
</translation>
    </message>
    <message>
        <source>Ask for candidate photos and put them beside each applicant in a PDF report.</source>
        <translation>طلب صور المرشّحين ووضعها بجانب كل متقدّم في تقرير PDF.</translation>
    </message>
</context>
<context>
    <name>BatchDetailsPane</name>
    <message>
        <source>Full &amp;Record…</source>
        <translation>&amp;السجل الكامل…</translation>
    </message>
    <message>
        <source>Photo on the result</source>
        <translation>الصورة في النتيجة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>المُصرَّح به</translation>
    </message>
    <message>
        <source>On the result</source>
        <translation>في النتيجة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Claimed and actual values</source>
        <translation>القيم المُصرَّح بها والفعلية</translation>
    </message>
    <message>
        <source>Each field the applicant gave next to the value on the result, and whether they match</source>
        <translation>كل حقل قدّمه المتقدّم بجانب القيمة الواردة في النتيجة، ومدى تطابقهما</translation>
    </message>
    <message>
        <source>Opens every field of the result, with its photo, printing and saving</source>
        <translation>يفتح كل حقول النتيجة، مع صورتها وخيارات الطباعة والحفظ</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>لا يمكن عرض الصورة</translation>
    </message>
    <message>
        <source>Select an applicant to compare their claim with the result.</source>
        <translation>اختر متقدّمًا لمقارنة ما صرّح به مع النتيجة.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>%1, TRF %2, line %3</source>
        <translation>%1، TRF ‏%2، السطر %3</translation>
    </message>
    <message>
        <source>Unnamed applicant</source>
        <translation>متقدّم بلا اسم</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>لم يُتحقق منه بعد</translation>
    </message>
    <message>
        <source>The service has no result for this TRF number.</source>
        <translation>لا توجد لدى الخدمة نتيجة لرقم TRF هذا.</translation>
    </message>
    <message>
        <source>Meets the programme&apos;s requirements.</source>
        <translation>يستوفي متطلبات البرنامج.</translation>
    </message>
    <message>
        <source>Below the programme&apos;s requirements: %1</source>
        <translation>دون متطلبات البرنامج: %1</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✗ Differs</source>
        <translation>✗ مختلف</translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation>✓ مطابق</translation>
    </message>
</context>
<context>
    <name>BatchPdfReport</name>
    <message>
        <source>The PDF file could not be started.</source>
        <translation>تعذّر بدء ملف PDF.</translation>
    </message>
    <message>
        <source>The list has no applicants.</source>
        <translation>لا يوجد متقدّمون في القائمة.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>تعذّرت كتابة ملف PDF.</translation>
    </message>
    <message>
        <source>IELTS batch verification</source>
        <translation>التحقق الجماعي من نتائج IELTS</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>بيانات اختبار (%1): هذه ليست نتائج IELTS حقيقية.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institution profile: %1</source>
        <translation>ملف تعريف المؤسسة: %1</translation>
    </message>
    <message>
        <source>Applicant list: %1</source>
        <translation>قائمة المتقدّمين: %1</translation>
    </message>
    <message>
        <source>Requirements: %1</source>
        <translation>المتطلبات: %1</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>لم تُحدَّد</translation>
    </message>
    <message>
        <source>Checked: %1 UTC</source>
        <translation>وقت التحقق: %1 UTC</translation>
    </message>
    <message>
        <source>Generated %1 UTC by IELTS Result Verifier %2</source>
        <translation>أُنشئ في %1 UTC بواسطة مدقّق نتائج IELTS ‏%2</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %n applicant(s): %1</source>
        <translation>
            <numerusform>ملخّص %n متقدّم: %1</numerusform>
            <numerusform>ملخّص متقدّم واحد: %1</numerusform>
            <numerusform>ملخّص متقدّمَين: %1</numerusform>
            <numerusform>ملخّص %n متقدّمين: %1</numerusform>
            <numerusform>ملخّص %n متقدّمًا: %1</numerusform>
            <numerusform>ملخّص %n متقدّم: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>IELTS batch verification · %1 · %2</source>
        <translation>التحقق الجماعي من نتائج IELTS · %1 · %2</translation>
    </message>
    <message>
        <source>TEST DATA</source>
        <translation>بيانات اختبار</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>بيانات اختبار: ليست نتائج IELTS حقيقية</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>Applicant ID: %1</source>
        <translation>معرّف المتقدّم: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>TRF: %1</source>
        <translation>رقم TRF: %1</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>تعذّر التحقق: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <source>Requirements: not checked (no released result)</source>
        <translation>المتطلبات: لم يُتحقق منها (لا توجد نتيجة منشورة)</translation>
    </message>
    <message>
        <source>Requirements: met</source>
        <translation>المتطلبات: مستوفاة</translation>
    </message>
    <message>
        <source>Requirements not met: %1</source>
        <translation>المتطلبات غير مستوفاة: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>المُصرَّح به</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ مختلف</translation>
    </message>
    <message>
        <source>Photo unreadable</source>
        <translation>الصورة غير مقروءة</translation>
    </message>
    <message>
        <source>IELTS batch verification (TEST DATA)</source>
        <translation>التحقق الجماعي من نتائج IELTS (بيانات اختبار)</translation>
    </message>
</context>
<context>
    <name>BatchPreparation</name>
    <message>
        <source>The overall score “%1” is not a band score.</source>
        <translation>الدرجة الإجمالية «%1» ليست درجة صالحة على مقياس IELTS.</translation>
    </message>
    <message>
        <source>The listening score “%1” is not a band score.</source>
        <translation>درجة الاستماع «%1» ليست درجة صالحة على مقياس IELTS.</translation>
    </message>
    <message>
        <source>The reading score “%1” is not a band score.</source>
        <translation>درجة القراءة «%1» ليست درجة صالحة على مقياس IELTS.</translation>
    </message>
    <message>
        <source>The writing score “%1” is not a band score.</source>
        <translation>درجة الكتابة «%1» ليست درجة صالحة على مقياس IELTS.</translation>
    </message>
    <message>
        <source>The speaking score “%1” is not a band score.</source>
        <translation>درجة المحادثة «%1» ليست درجة صالحة على مقياس IELTS.</translation>
    </message>
    <message>
        <source>No TRF number.</source>
        <translation>لا يوجد رقم TRF.</translation>
    </message>
    <message>
        <source>Same TRF number as line %1.</source>
        <translation>رقم TRF نفسه الموجود في السطر %1.</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>تاريخ الميلاد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of birth, such as %1, could be day first or month first; they were read day first. Choose the date order if the list writes the month first.</source>
        <translation>
            <numerusform>%n تاريخ ميلاد، مثل %1، يحتمل أن يكون اليوم فيها أولًا أو الشهر أولًا؛ وقد قُرئت باليوم أولًا. اختر ترتيب التاريخ إذا كانت القائمة تكتب الشهر أولًا.</numerusform>
            <numerusform>تاريخ ميلاد واحد، مثل %1، يحتمل أن يكون اليوم فيه أولًا أو الشهر أولًا؛ وقد قُرئ باليوم أولًا. اختر ترتيب التاريخ إذا كانت القائمة تكتب الشهر أولًا.</numerusform>
            <numerusform>تاريخا ميلاد، مثل %1، يحتملان أن يكون اليوم فيهما أولًا أو الشهر أولًا؛ وقد قُرئا باليوم أولًا. اختر ترتيب التاريخ إذا كانت القائمة تكتب الشهر أولًا.</numerusform>
            <numerusform>%n تواريخ ميلاد، مثل %1، تحتمل أن يكون اليوم فيها أولًا أو الشهر أولًا؛ وقد قُرئت باليوم أولًا. اختر ترتيب التاريخ إذا كانت القائمة تكتب الشهر أولًا.</numerusform>
            <numerusform>%n تاريخ ميلاد، مثل %1، تحتمل أن يكون اليوم فيها أولًا أو الشهر أولًا؛ وقد قُرئت باليوم أولًا. اختر ترتيب التاريخ إذا كانت القائمة تكتب الشهر أولًا.</numerusform>
            <numerusform>%n تاريخ ميلاد، مثل %1، تحتمل أن يكون اليوم فيها أولًا أو الشهر أولًا؛ وقد قُرئت باليوم أولًا. اختر ترتيب التاريخ إذا كانت القائمة تكتب الشهر أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TRF number(s) do not look like IELTS TRF numbers (18 characters, such as 17UZ010772RAKN025A); they will be searched as written.</source>
        <translation>
            <numerusform>%n رقم TRF لا تبدو أرقام TRF لاختبار IELTS ‏(18 حرفًا، مثل 17UZ010772RAKN025A)؛ سيُبحث عنها كما كُتبت.</numerusform>
            <numerusform>رقم TRF واحد لا يبدو رقم TRF لاختبار IELTS ‏(18 حرفًا، مثل 17UZ010772RAKN025A)؛ سيُبحث عنه كما كُتب.</numerusform>
            <numerusform>رقما TRF لا يبدوان رقمَي TRF لاختبار IELTS ‏(18 حرفًا، مثل 17UZ010772RAKN025A)؛ سيُبحث عنهما كما كُتبا.</numerusform>
            <numerusform>%n أرقام TRF لا تبدو أرقام TRF لاختبار IELTS ‏(18 حرفًا، مثل 17UZ010772RAKN025A)؛ سيُبحث عنها كما كُتبت.</numerusform>
            <numerusform>%n رقمًا من أرقام TRF لا تبدو أرقام TRF لاختبار IELTS ‏(18 حرفًا، مثل 17UZ010772RAKN025A)؛ سيُبحث عنها كما كُتبت.</numerusform>
            <numerusform>%n رقم TRF لا تبدو أرقام TRF لاختبار IELTS ‏(18 حرفًا، مثل 17UZ010772RAKN025A)؛ سيُبحث عنها كما كُتبت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>A reconciliation report is written as CSV, Excel, JSON or PDF.</source>
        <translation>يُكتب تقرير المطابقة بصيغة CSV أو Excel أو JSON أو PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report on %n applicant(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>كُتب التقرير عن %n متقدّم في &quot;%1&quot;.</numerusform>
            <numerusform>كُتب التقرير عن متقدّم واحد في &quot;%1&quot;.</numerusform>
            <numerusform>كُتب التقرير عن متقدّمَين في &quot;%1&quot;.</numerusform>
            <numerusform>كُتب التقرير عن %n متقدّمين في &quot;%1&quot;.</numerusform>
            <numerusform>كُتب التقرير عن %n متقدّمًا في &quot;%1&quot;.</numerusform>
            <numerusform>كُتب التقرير عن %n متقدّم في &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be read and were left out.</source>
        <translation>
            <numerusform>تعذّرت قراءة %n صورة فاستُبعدت.</numerusform>
            <numerusform>تعذّرت قراءة صورة واحدة فاستُبعدت.</numerusform>
            <numerusform>تعذّرت قراءة صورتين فاستُبعدتا.</numerusform>
            <numerusform>تعذّرت قراءة %n صور فاستُبعدت.</numerusform>
            <numerusform>تعذّرت قراءة %n صورة فاستُبعدت.</numerusform>
            <numerusform>تعذّرت قراءة %n صورة فاستُبعدت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReportTable</name>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>غير مستوفاة: %1</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Meets the requirements</source>
        <translation>يستوفي المتطلبات</translation>
    </message>
    <message>
        <source>Below: %1</source>
        <translation>دون المتطلبات: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>حصيلة التحقق</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <extracomment>A column of the batch table holding what the service has for the TRF number, next to the applicant&apos;s claim.</extracomment>
        <translation>النتيجة: %1</translation>
    </message>
</context>
<context>
    <name>BatchVerifier</name>
    <message numerus="yes">
        <source>This batch needs %Ln request(s); %L1 remain today.</source>
        <translation>
            <numerusform>يحتاج هذا التحقق الجماعي إلى %Ln طلب؛ ويتبقّى اليوم %L1.</numerusform>
            <numerusform>يحتاج هذا التحقق الجماعي إلى طلب واحد؛ ويتبقّى اليوم %L1.</numerusform>
            <numerusform>يحتاج هذا التحقق الجماعي إلى طلبين؛ ويتبقّى اليوم %L1.</numerusform>
            <numerusform>يحتاج هذا التحقق الجماعي إلى %Ln طلبات؛ ويتبقّى اليوم %L1.</numerusform>
            <numerusform>يحتاج هذا التحقق الجماعي إلى %Ln طلبًا؛ ويتبقّى اليوم %L1.</numerusform>
            <numerusform>يحتاج هذا التحقق الجماعي إلى %Ln طلب؛ ويتبقّى اليوم %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Verify Applicant List</source>
        <translation>التحقق من قائمة المتقدّمين</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>التحقق الجماعي</translation>
    </message>
    <message>
        <source>&amp;Open List…</source>
        <translation>&amp;فتح القائمة…</translation>
    </message>
    <message>
        <source>Open an applicant list (CSV or Excel) (%1)</source>
        <translation>فتح قائمة متقدّمين (CSV أو Excel) ‏(%1)</translation>
    </message>
    <message>
        <source>Try a &amp;Sample List</source>
        <translation>تجربة قائمة &amp;نموذجية</translation>
    </message>
    <message>
        <source>Open a list of made-up applicants drawn from the offline demo</source>
        <translation>فتح قائمة بمتقدّمين مختلَقين مأخوذين من العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>ال&amp;تحقق…</translation>
    </message>
    <message>
        <source>Check how the list is read and verify it again</source>
        <translation>مراجعة طريقة قراءة القائمة والتحقق منها مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>إعادة م&amp;حاولة الفاشلة</translation>
    </message>
    <message>
        <source>Look up again the applicants whose lookup failed</source>
        <translation>البحث مرة أخرى عن المتقدّمين الذين فشل البحث عنهم</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Stop the batch; the answers so far are kept</source>
        <translation>إيقاف التحقق الجماعي مع الاحتفاظ بالردود الواردة حتى الآن</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>ت&amp;صدير التقرير…</translation>
    </message>
    <message>
        <source>Save the reconciliation as Excel, CSV, JSON or PDF</source>
        <translation>حفظ المطابقة بصيغة Excel أو CSV أو JSON أو PDF</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>تقدّم التحقق الجماعي</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Check a list of applicants&lt;/h2&gt;&lt;p&gt;Open the list your applicants&apos; IELTS results came in, as CSV or Excel. Each applicant&apos;s TRF number is looked up, and what they claimed (names, date of birth, scores) is compared with the result the service holds.&lt;/p&gt;&lt;p&gt;Nothing is sent until you have seen how the list is read.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;التحقق من قائمة متقدّمين&lt;/h2&gt;&lt;p&gt;افتح القائمة التي وردت فيها نتائج IELTS الخاصة بالمتقدّمين، بصيغة CSV أو Excel. يُبحث عن رقم TRF لكل متقدّم، وتُقارَن البيانات التي صرّح بها (الأسماء، وتاريخ الميلاد، والدرجات) بالنتيجة المحفوظة لدى الخدمة.&lt;/p&gt;&lt;p&gt;لا يُرسل أي شيء قبل أن ترى كيف تُقرأ القائمة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Applicant List…</source>
        <translation>فتح قائمة المتقدّمين…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file of applicants</source>
        <translation>اختيار ملف CSV أو Excel يحتوي على المتقدّمين</translation>
    </message>
    <message>
        <source>Try a Sample List</source>
        <translation>تجربة قائمة نموذجية</translation>
    </message>
    <message>
        <source>Opens made-up applicants drawn from the offline demo, with every kind of outcome</source>
        <translation>يفتح متقدّمين مختلَقين مأخوذين من العرض التجريبي دون اتصال، بجميع أنواع حصائل التحقق</translation>
    </message>
    <message>
        <source>You can also drop the file here.</source>
        <translation>يمكنك أيضًا إفلات الملف هنا.</translation>
    </message>
    <message>
        <source>Fetch candidate &amp;photos</source>
        <translation>&amp;جلب صور المرشّحين</translation>
    </message>
    <message>
        <source>Ask for each result&apos;s photo, to compare with the applicant and to print in the PDF report; takes longer</source>
        <translation>طلب صورة كل نتيجة، لمقارنتها بالمتقدّم وطباعتها في تقرير PDF؛ يستغرق وقتًا أطول</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Show outcome</source>
        <translation>عرض الحصيلة</translation>
    </message>
    <message>
        <source>Shows only the applicants with one outcome</source>
        <translation>يعرض فقط المتقدّمين ذوي حصيلة معيّنة</translation>
    </message>
    <message>
        <source>Every applicant</source>
        <translation>كل المتقدّمين</translation>
    </message>
    <message>
        <source>Below the requirements</source>
        <translation>دون المتطلبات</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>لم يُتحقق منه بعد</translation>
    </message>
    <message>
        <source>Filter by name, TRF number, applicant ID…</source>
        <translation>التصفية حسب الاسم أو رقم TRF أو معرّف المتقدّم…</translation>
    </message>
    <message>
        <source>Filter applicants</source>
        <translation>تصفية المتقدّمين</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text</source>
        <translation>يعرض فقط الصفوف التي تحتوي على هذا النص</translation>
    </message>
    <message>
        <source>Applicants and outcomes</source>
        <translation>المتقدّمون وحصائل التحقق</translation>
    </message>
    <message>
        <source>One row an applicant: the outcome first, then the differences, the requirements, the applicant&apos;s own columns and the result; Enter opens the full record</source>
        <translation>صف لكل متقدّم: الحصيلة أولًا، ثم الاختلافات، فالمتطلبات، فأعمدة المتقدّم الأصلية، ثم النتيجة؛ يفتح مفتاح Enter السجل الكامل</translation>
    </message>
    <message>
        <source>%1 (test data)</source>
        <translation>%1 (بيانات اختبار)</translation>
    </message>
    <message>
        <source>Open Applicant List</source>
        <translation>فتح قائمة المتقدّمين</translation>
    </message>
    <message>
        <source>Applicant lists (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>قوائم المتقدّمين ‏(*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>sample-applicants.csv</source>
        <translation>قائمة-متقدمين-نموذجية.csv</translation>
    </message>
    <message>
        <source>The applicant list cannot be read.</source>
        <translation>لا يمكن قراءة قائمة المتقدّمين.</translation>
    </message>
    <message>
        <source>There is no working connection to check the list with.</source>
        <translation>لا يوجد اتصال عامل يمكن التحقق من القائمة من خلاله.</translation>
    </message>
    <message>
        <source>Daily Quota</source>
        <translation>الحصة اليومية</translation>
    </message>
    <message>
        <source>%1
Send anyway? The service will refuse the requests past its limit.</source>
        <translation>%1
هل تريد الإرسال على أي حال؟ سترفض الخدمة الطلبات التي تتجاوز حدّها.</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>الإرسال على أي حال</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n applicant(s)…</source>
        <translation>
            <numerusform>جارٍ التحقق من %n متقدّم…</numerusform>
            <numerusform>جارٍ التحقق من متقدّم واحد…</numerusform>
            <numerusform>جارٍ التحقق من متقدّمَين…</numerusform>
            <numerusform>جارٍ التحقق من %n متقدّمين…</numerusform>
            <numerusform>جارٍ التحقق من %n متقدّمًا…</numerusform>
            <numerusform>جارٍ التحقق من %n متقدّم…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the failed applicants again…</source>
        <translation>جارٍ البحث مرة أخرى عن المتقدّمين الذين فشل البحث عنهم…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 TRF numbers</source>
        <translation>تم التحقق من %1 من %2 من أرقام TRF</translation>
    </message>
    <message numerus="yes">
        <source> (%n retried request(s))</source>
        <translation>
            <numerusform> (%n طلب أُعيدت محاولتها)</numerusform>
            <numerusform> (طلب واحد أُعيدت محاولته)</numerusform>
            <numerusform> (طلبان أُعيدت محاولتهما)</numerusform>
            <numerusform> (%n طلبات أُعيدت محاولتها)</numerusform>
            <numerusform> (%n طلبًا أُعيدت محاولتها)</numerusform>
            <numerusform> (%n طلب أُعيدت محاولتها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n request(s) sent.</source>
        <translation>
            <numerusform>اكتمل: أُرسل %n طلب.</numerusform>
            <numerusform>اكتمل: أُرسل طلب واحد.</numerusform>
            <numerusform>اكتمل: أُرسل طلبان.</numerusform>
            <numerusform>اكتمل: أُرسلت %n طلبات.</numerusform>
            <numerusform>اكتمل: أُرسل %n طلبًا.</numerusform>
            <numerusform>اكتمل: أُرسل %n طلب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept; the rest are marked as not checked.</source>
        <translation>توقّف. احتُفظ بالردود الواردة حتى الآن، ووُسم الباقي بأنه لم يُتحقق منه.</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>الرمز %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>حالة HTTP ‏%1</translation>
    </message>
    <message>
        <source>Transaction ID %1</source>
        <translation>معرّف المعاملة %1</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>توقّف التحقق الجماعي: %1</translation>
    </message>
    <message>
        <source>Applicants checked before it stopped keep their outcome; use Retry Failed for the rest.</source>
        <translation>يحتفظ المتقدّمون الذين تم التحقق منهم قبل التوقف بحصائلهم؛ استخدم «إعادة محاولة الفاشلة» للباقين.</translation>
    </message>
    <message numerus="yes">
        <source> — %n still to check</source>
        <translation>
            <numerusform> — يتبقّى %n متقدّم للتحقق منهم</numerusform>
            <numerusform> — يتبقّى متقدّم واحد للتحقق منه</numerusform>
            <numerusform> — يتبقّى متقدّمان للتحقق منهما</numerusform>
            <numerusform> — يتبقّى %n متقدّمين للتحقق منهم</numerusform>
            <numerusform> — يتبقّى %n متقدّمًا للتحقق منهم</numerusform>
            <numerusform> — يتبقّى %n متقدّم للتحقق منهم</numerusform>
        </translation>
    </message>
    <message>
        <source>TRF number %1 from the applicant list %2</source>
        <translation>رقم TRF ‏%1 من قائمة المتقدّمين %2</translation>
    </message>
    <message>
        <source>Export Reconciliation Report</source>
        <translation>تصدير تقرير المطابقة</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report with photos (*.pdf)</source>
        <translation>تقرير PDF مع الصور (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>%1 - verification.xlsx</source>
        <extracomment>The suggested file name of a reconciliation report; %1 is the applicant list&apos;s name.</extracomment>
        <translation>%1 - تقرير التحقق.xlsx</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>المتقدمون</translation>
    </message>
    <message>
        <source>“%1” does not end in .xlsx, .pdf, .csv or .json.</source>
        <translation>لا ينتهي «%1» بالامتداد ‎.xlsx أو ‎.pdf أو ‎.csv أو ‎.json.</translation>
    </message>
    <message>
        <source>Choose one of those types so the report can be written.</source>
        <translation>اختر أحد هذه الأنواع ليتسنّى كتابة التقرير.</translation>
    </message>
    <message>
        <source>Not checked: the batch was stopped before this row.</source>
        <translation>لم يُتحقق منه: أُوقف التحقق الجماعي قبل هذا الصف.</translation>
    </message>
    <message>
        <source>Applicant list %1</source>
        <translation>قائمة المتقدّمين %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>The batch was stopped because the connection profile changed.</source>
        <translation>توقّف التحقق الجماعي لأن ملف تعريف الاتصال تغيّر.</translation>
    </message>
    <message>
        <source>The answers received so far are kept. Verify the list again to check it against the new profile.</source>
        <translation>تُحفظ الإجابات التي وصلت حتى الآن. تحقّق من القائمة مرة أخرى لمطابقتها مع ملف التعريف الجديد.</translation>
    </message>
    <message>
        <source>Nothing was sent: this list was checked with the profile %1.</source>
        <translation>لم يُرسل شيء: جرى التحقق من هذه القائمة باستخدام ملف التعريف %1.</translation>
    </message>
    <message>
        <source>Switch back to that profile to retry, or verify the whole list again.</source>
        <translation>عُد إلى ملف التعريف ذاك لإعادة المحاولة، أو تحقّق من القائمة كلها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>BatchXlsxReport</name>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>بيانات اختبار (%1): هذه ليست نتائج IELTS حقيقية.</translation>
    </message>
    <message>
        <source>Applicant list</source>
        <translation>قائمة المتقدّمين</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation>ملف تعريف المؤسسة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Checked (UTC)</source>
        <translation>وقت التحقق (UTC)</translation>
    </message>
    <message>
        <source>Report written (UTC)</source>
        <translation>وقت كتابة التقرير (UTC)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>لم تُحدَّد</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخّص</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <source>IELTS Result Verifier %1</source>
        <translation>مدقّق نتائج IELTS ‏%1</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>المتقدّمون</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Not meeting the requirements</source>
        <translation>غير المستوفين للمتطلبات</translation>
    </message>
    <message>
        <source>The Excel file could not be written: %1</source>
        <translation>تعذّرت كتابة ملف Excel: %1</translation>
    </message>
    <message>
        <source>The Excel file could not be started (out of memory or no temporary space).</source>
        <translation>تعذّر بدء ملف Excel (نفدت الذاكرة أو لا توجد مساحة مؤقتة).</translation>
    </message>
    <message>
        <source>The Excel file could not be started.</source>
        <translation>تعذّر بدء ملف Excel.</translation>
    </message>
    <message>
        <source>IELTS batch verification</source>
        <translation>التحقق الجماعي من نتائج IELTS</translation>
    </message>
</context>
<context>
    <name>CandidateDetailsDialog</name>
    <message>
        <source>Candidate</source>
        <translation>المرشّح</translation>
    </message>
    <message>
        <source>Status warning</source>
        <translation>تحذير الحالة</translation>
    </message>
    <message>
        <source>Candidate photo</source>
        <translation>صورة المرشّح</translation>
    </message>
    <message>
        <source>Every field the service sent</source>
        <translation>جميع الحقول التي أرسلتها الخدمة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Copy &amp;TRF number</source>
        <translation>نسخ رقم &amp;TRF</translation>
    </message>
    <message>
        <source>Save &amp;photo…</source>
        <translation>حفظ ال&amp;صورة…</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>&amp;طباعة السجل…</translation>
    </message>
    <message>
        <source>Save record as P&amp;DF…</source>
        <translation>حفظ السجل بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>المرشّح %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;TRF %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;TRF %2</translation>
    </message>
    <message>
        <source>⚠ Status %1: this result is not released. Do not rely on it until its status is RELEASED.</source>
        <translation>⚠ الحالة %1: هذه النتيجة غير منشورة. لا تعتمد عليها حتى تصبح حالتها RELEASED.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>No photo.
Search with “Include photos” to see it.</source>
        <translation>لا توجد صورة.
ابحث مع تفعيل «تضمين الصور» لرؤيتها.</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>The photo sent for this candidate cannot be shown: it is damaged or not an image.</source>
        <translation>لا يمكن عرض الصورة المرسلة لهذا المرشّح: إنها تالفة أو ليست صورة.</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>حفظ الصورة</translation>
    </message>
    <message>
        <source>IELTS verification %1</source>
        <translation>تحقق IELTS ‏%1</translation>
    </message>
    <message>
        <source>Print verification record</source>
        <translation>طباعة سجل التحقق</translation>
    </message>
    <message>
        <source>verification-%1.pdf</source>
        <translation>verification-%1.pdf</translation>
    </message>
    <message>
        <source>Save verification record</source>
        <translation>حفظ سجل التحقق</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>The candidate&apos;s name and TRF number</source>
        <translation>اسم المرشّح ورقم TRF</translation>
    </message>
    <message>
        <source>Shown when the result is not released</source>
        <translation>يظهر عندما لا تكون النتيجة منشورة</translation>
    </message>
    <message>
        <source>One row a field: its name, then its value.</source>
        <translation>صفّ لكل حقل: اسمه ثم قيمته.</translation>
    </message>
    <message>
        <source>Puts the TRF number on the clipboard</source>
        <translation>ينسخ رقم TRF إلى الحافظة</translation>
    </message>
    <message>
        <source>Saves the candidate photo as a file</source>
        <translation>يحفظ صورة المرشّح في ملف</translation>
    </message>
    <message>
        <source>Prints a verification record of this result</source>
        <translation>يطبع سجلّ تحقق لهذه النتيجة</translation>
    </message>
    <message>
        <source>Saves a verification record of this result as a PDF file</source>
        <translation>يحفظ سجلّ تحقق لهذه النتيجة كملف PDF</translation>
    </message>
    <message>
        <source>Closes this window (Esc)</source>
        <translation>يغلق هذه النافذة (Esc)</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]

Checks IELTS Test Report Forms against the result-verification API.

Commands:
</source>
        <translation>الاستخدام: %1 COMMAND [OPTIONS]

يتحقق من نماذج تقارير نتائج IELTS ‏(TRF) عبر واجهة API للتحقق من النتائج.

الأوامر:
</translation>
    </message>
    <message>
        <source>
Global options:
  --help     Show this help; COMMAND --help shows a command&apos;s options.
  --version  Show the version.
</source>
        <translation>
الخيارات العامة:
  --help     عرض هذه المساعدة؛ ‎COMMAND --help‎ يعرض خيارات الأمر.
  --version  عرض الإصدار.
</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;.

</source>
        <translation>%1: أمر غير معروف &quot;%2&quot;.

</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>No column holds the TRF number.</source>
        <translation>لا يوجد عمود يحتوي على رقم TRF.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Check the Applicant List</source>
        <translation>مراجعة قائمة المتقدّمين</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>ما يحتويه كل عمود</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>تواريخ الميلاد</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>ترتيب التاريخ</translation>
    </message>
    <message>
        <source>Whether slashed dates such as 03/04/1990 give the day or the month first</source>
        <translation>ما إذا كانت التواريخ المكتوبة بشرطات مائلة مثل 03/04/1990 تبدأ باليوم أم بالشهر</translation>
    </message>
    <message>
        <source>&amp;First rows of the list</source>
        <translation>ال&amp;صفوف الأولى من القائمة</translation>
    </message>
    <message>
        <source>Preview of the list</source>
        <translation>معاينة القائمة</translation>
    </message>
    <message>
        <source>The first rows of the applicant list, with the field each column is read as in its header</source>
        <translation>الصفوف الأولى من قائمة المتقدّمين، ويُظهر عنوان كل عمود الحقل الذي يُقرأ العمود على أنه</translation>
    </message>
    <message>
        <source>&amp;Rows that cannot be checked</source>
        <translation>الصفوف التي لا يمكن ال&amp;تحقق منها</translation>
    </message>
    <message>
        <source>Rows that cannot be checked</source>
        <translation>الصفوف التي لا يمكن التحقق منها</translation>
    </message>
    <message>
        <source>Every row of the list that will not be sent, with the reason</source>
        <translation>كل صف من القائمة لن يُرسل، مع السبب</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>رقم TRF</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %n row(s) of applicants.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2، %n صف من المتقدّمين.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2، صف واحد من المتقدّمين.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2، صفّان من المتقدّمين.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2، %n صفوف من المتقدّمين.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2، %n صفًّا من المتقدّمين.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2، %n صف من المتقدّمين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Looks up every applicant who can be checked; nothing has been sent yet</source>
        <translation>يبحث عن كل متقدّم يمكن التحقق منه؛ لم يُرسل أي شيء بعد</translation>
    </message>
    <message>
        <source>Day first (31/12/1990)</source>
        <translation>اليوم أولًا (31/12/1990)</translation>
    </message>
    <message>
        <source>Month first (12/31/1990)</source>
        <translation>الشهر أولًا (12/31/1990)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(اختر عمودًا)</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>(غير موجود في القائمة)</translation>
    </message>
    <message>
        <source>The column of the list that holds the applicant&apos;s %1</source>
        <translation>عمود القائمة الذي يحتوي على %1 للمتقدّم</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
← %2</translation>
    </message>
    <message>
        <source>No row of the list can be checked: see the reasons above.</source>
        <translation>لا يمكن التحقق من أي صف في القائمة: انظر الأسباب أعلاه.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) ready to check</source>
        <translation>
            <numerusform>%n متقدّم جاهز للتحقق</numerusform>
            <numerusform>متقدّم واحد جاهز للتحقق</numerusform>
            <numerusform>متقدّمان جاهزان للتحقق</numerusform>
            <numerusform>%n متقدّمين جاهزين للتحقق</numerusform>
            <numerusform>%n متقدّمًا جاهزًا للتحقق</numerusform>
            <numerusform>%n متقدّم جاهز للتحقق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) cannot be checked and will be reported as errors.</source>
        <translation>
            <numerusform>%1؛ %n صف لا يمكن التحقق منها وسيُبلَّغ عنها كأخطاء.</numerusform>
            <numerusform>%1؛ صف واحد لا يمكن التحقق منه وسيُبلَّغ عنه كخطأ.</numerusform>
            <numerusform>%1؛ صفّان لا يمكن التحقق منهما وسيُبلَّغ عنهما كخطأين.</numerusform>
            <numerusform>%1؛ %n صفوف لا يمكن التحقق منها وسيُبلَّغ عنها كأخطاء.</numerusform>
            <numerusform>%1؛ %n صفًّا لا يمكن التحقق منها وسيُبلَّغ عنها كأخطاء.</numerusform>
            <numerusform>%1؛ %n صف لا يمكن التحقق منها وسيُبلَّغ عنها كأخطاء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify %n Applicant(s)</source>
        <translation>
            <numerusform>التحقق من %n متقدّم</numerusform>
            <numerusform>التحقق من متقدّم واحد</numerusform>
            <numerusform>التحقق من متقدّمَين</numerusform>
            <numerusform>التحقق من %n متقدّمين</numerusform>
            <numerusform>التحقق من %n متقدّمًا</numerusform>
            <numerusform>التحقق من %n متقدّم</numerusform>
        </translation>
    </message>
    <message>
        <source>No column holds dates of birth, so they are not compared.</source>
        <translation>لا يوجد عمود يحتوي على تواريخ الميلاد، لذا لن تُقارَن.</translation>
    </message>
    <message>
        <source>The dates in this list do not show whether the day or the month comes first. Check the choice above; ambiguous dates are marked in the report.</source>
        <translation>لا تُبيّن التواريخ في هذه القائمة ما إذا كان اليوم أم الشهر يأتي أولًا. راجع الاختيار أعلاه؛ تُعلَّم التواريخ الملتبسة في التقرير.</translation>
    </message>
    <message>
        <source>Detected from dates that can only be read one way.</source>
        <translation>اكتُشف من تواريخ لا يمكن قراءتها إلا بطريقة واحدة.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>error: %1
</source>
        <translation>خطأ: %1
</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>الرمز %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>حالة HTTP ‏%1</translation>
    </message>
    <message>
        <source>transaction ID %1</source>
        <translation>معرّف المعاملة %1</translation>
    </message>
    <message>
        <source>  the service said: %1
</source>
        <translation>  قالت الخدمة: %1
</translation>
    </message>
    <message>
        <source>  what to do: %1
</source>
        <translation>  ما العمل: %1
</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Production</source>
        <translation>الإنتاج</translation>
    </message>
    <message>
        <source>Provider sandbox</source>
        <translation>بيئة اختبار المزوّد</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>عرض تجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>نقطة وصول مخصّصة</translation>
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
        <translation>أدخل معرّف العميل قبل الاختبار.</translation>
    </message>
    <message>
        <source>Enter the client secret before testing.</source>
        <translation>أدخل سرّ العميل قبل الاختبار.</translation>
    </message>
    <message>
        <source>There is no token URL to ask for an access token.</source>
        <translation>لا يوجد عنوان URL للرمز لطلب رمز وصول منه.</translation>
    </message>
    <message>
        <source>There is no result URL to send the test request to.</source>
        <translation>لا يوجد عنوان URL للنتائج لإرسال طلب الاختبار إليه.</translation>
    </message>
    <message>
        <source>The credentials work.</source>
        <translation>بيانات الاعتماد تعمل.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>أفغانستان</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>ألبانيا</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>الجزائر</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>ساموا الأمريكية</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>أندورا</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>أنغولا</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>أنتيغوا وباربودا</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>الأرجنتين</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>أرمينيا</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>النمسا</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>أذربيجان</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>جزر البهاما</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>بنغلاديش</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>بربادوس</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>بيلاروس</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>بلجيكا</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>بليز</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>بنين</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>برمودا</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>بوتان</translation>
    </message>
    <message>
        <source>Bolivia, Plurinational State of</source>
        <translation>بوليفيا (دولة - المتعددة القوميات)</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>البوسنة والهرسك</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>بوتسوانا</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>البرازيل</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>بروناي دار السلام</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>بلغاريا</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>بوركينا فاسو</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>كمبوديا</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>الكاميرون</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>جزر كايمان</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>جمهورية أفريقيا الوسطى</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>تشاد</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>تشيلي</translation>
    </message>
    <message>
        <source>China (People&apos;s Republic of)</source>
        <translation>الصين (جمهورية الصين الشعبية)</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>كولومبيا</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>الكونغو</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>كوستاريكا</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>كرواتيا</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>كوبا</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>قبرص</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>الجمهورية التشيكية</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>الدنمارك</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>جيبوتي</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>جمهورية الدومينيكان</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>الإكوادور</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>السلفادور</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>إريتريا</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>إستونيا</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>إثيوبيا</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>جزر فارو</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>فيجي</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>فنلندا</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>غويانا الفرنسية</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>بولينيزيا الفرنسية</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>غامبيا</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>جورجيا</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>غانا</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>اليونان</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>غرينلاند</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>غرينادا</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>غوادلوب</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>غواتيمالا</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>غينيا</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>غيانا</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>هايتي</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>هندوراس</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>هونغ كونغ</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>المجر</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>آيسلندا</translation>
    </message>
    <message>
        <source>India</source>
        <translation>الهند</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>إندونيسيا</translation>
    </message>
    <message>
        <source>Iran, Islamic Republic of</source>
        <translation>إيران (جمهورية - الإسلامية)</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>إسرائيل</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>إيطاليا</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>كوت ديفوار</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>جامايكا</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>اليابان</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>كازاخستان</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>كينيا</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>كيريباتي</translation>
    </message>
    <message>
        <source>Korea, Democratic People&apos;s Republic of</source>
        <translation>كوريا (جمهورية - الشعبية الديمقراطية)</translation>
    </message>
    <message>
        <source>Korea, Republic of</source>
        <translation>كوريا (جمهورية)</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>Lao People&apos;s Democratic Republic</source>
        <translation>جمهورية لاو الديمقراطية الشعبية</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>لاتفيا</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>ليسوتو</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>ليبيريا</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>ليبيا</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>ليختنشتاين</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>ليتوانيا</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>لوكسمبورغ</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>ماكاو</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>مدغشقر</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>ملاوي</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>ماليزيا</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>جزر المالديف</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>مالي</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>مالطا</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>مارتينيك</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>موريتانيا</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>موريشيوس</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>المكسيك</translation>
    </message>
    <message>
        <source>Moldova, Republic of</source>
        <translation>مولدوفا (جمهورية)</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>موناكو</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>منغوليا</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>الجبل الأسود</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>موزمبيق</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>ميانمار</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>ناميبيا</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>ناورو</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>نيبال</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>نيوزيلندا</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>نيجيريا</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>النرويج</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عُمان</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>باكستان</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>فلسطين</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>بنما</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>بابوا غينيا الجديدة</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>باراغواي</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>بيرو</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>الفلبين</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>بولندا</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>البرتغال</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>بورتوريكو</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>ريونيون</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>رومانيا</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>الاتحاد الروسي</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>رواندا</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>المملكة العربية السعودية</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>السنغال</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>صربيا</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>سيراليون</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>سنغافورة</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>سلوفاكيا</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>سلوفينيا</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>جزر سليمان</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>الصومال</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>جنوب أفريقيا</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>إسبانيا</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>سريلانكا</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>سانت كيتس ونيفيس</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>سانت لوسيا</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>سان بيير وميكلون</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>سانت فنسنت وجزر غرينادين</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>السودان</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>سورينام</translation>
    </message>
    <message>
        <source>Swaziland</source>
        <translation>سوازيلاند</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>السويد</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>سويسرا</translation>
    </message>
    <message>
        <source>Syrian Arab Republic</source>
        <translation>الجمهورية العربية السورية</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>تايوان</translation>
    </message>
    <message>
        <source>Tanzania, United Republic of</source>
        <translation>تنزانيا (جمهورية - المتحدة)</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>تايلاند</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>توغو</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>تونغا</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>ترينيداد وتوباغو</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>تونس</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>جزر توركس وكايكوس</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>أوغندا</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>أوكرانيا</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>الإمارات العربية المتحدة</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>الأوروغواي</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>جزر فيرجن الأمريكية</translation>
    </message>
    <message>
        <source>United States of America</source>
        <translation>الولايات المتحدة الأمريكية</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>أوزبكستان</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>الكرسي الرسولي (دولة مدينة الفاتيكان)</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>فنزويلا</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>فيتنام</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>اليمن</translation>
    </message>
    <message>
        <source>Congo, Democratic Republic of the</source>
        <translation>الكونغو (جمهورية - الديمقراطية)</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>زامبيا</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>زيمبابوي</translation>
    </message>
    <message>
        <source>Macedonia, the Former Yugoslav Republic of</source>
        <translation>مقدونيا (جمهورية - اليوغوسلافية السابقة)</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>قيرغيزستان</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>جزر ماريانا الشمالية</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>سفالبارد ويان ماين</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>طاجيكستان</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>تركمانستان</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>كوسوفو</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>جزر فيرجن البريطانية</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>إقليم المحيط الهندي البريطاني</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>الأقاليم الجنوبية الفرنسية</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>جزيرة هيرد وجزر ماكدونالد</translation>
    </message>
    <message>
        <source>Sint Martin (Dutch Part)</source>
        <translation>سينت مارتن (الجزء الهولندي)</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>جنوب السودان</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>جزر الولايات المتحدة الصغيرة النائية</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>جيرسي</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>جزيرة مان</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>غيرنزي</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Profiles and Credentials</source>
        <translation>ملفات التعريف وبيانات الاعتماد</translation>
    </message>
    <message>
        <source>Profiles and credentials</source>
        <translation>ملفات التعريف وبيانات الاعتماد</translation>
    </message>
    <message>
        <source>Create, edit, test, delete and choose the connection profiles used to reach the result-verification service.</source>
        <translation>أنشئ ملفات تعريف الاتصال المستخدمة للوصول إلى خدمة التحقق من النتائج، وعدّلها واختبرها واحذفها واختر منها.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection profile yet.&lt;/b&gt; To check results you need the client ID and client secret your institution received from the provider&apos;s API portal, for production or for the provider&apos;s sandbox. Enter them on the right.&lt;br&gt;To look around first, try the offline demo: it runs on this computer with invented test data and needs no credentials.</source>
        <translation>&lt;b&gt;لا يوجد ملف تعريف اتصال بعد.&lt;/b&gt; للتحقق من النتائج تحتاج إلى معرّف العميل وسرّ العميل اللذين تلقّتهما مؤسستك من بوابة API لدى المزوّد، لبيئة الإنتاج أو لبيئة اختبار المزوّد. أدخلهما على الجانب.&lt;br&gt;لتستكشف أولًا، جرّب العرض التجريبي دون اتصال: يعمل على هذا الحاسوب ببيانات اختبار مختلَقة ولا يحتاج إلى بيانات اعتماد.</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>ما المطلوب</translation>
    </message>
    <message>
        <source>Try the offline de&amp;mo</source>
        <translation>تجربة العرض ال&amp;تجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>تجربة العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Creates the offline demo profile, makes it the active profile and closes this dialog. The demo shows invented test data only.</source>
        <translation>ينشئ ملف تعريف العرض التجريبي دون اتصال، ويجعله ملف التعريف النشط، ويغلق مربع الحوار هذا. لا يعرض العرض التجريبي إلا بيانات اختبار مختلَقة.</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;ملفات التعريف:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>ملفات التعريف</translation>
    </message>
    <message>
        <source>The saved connection profiles. Test-data profiles are labelled TEST DATA; the profile in use is labelled in use.</source>
        <translation>ملفات تعريف الاتصال المحفوظة. تحمل ملفات تعريف بيانات الاختبار التسمية «بيانات اختبار»؛ ويحمل ملف التعريف المستخدم التسمية «قيد الاستخدام».</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>ملف تعريف جديد</translation>
    </message>
    <message>
        <source>Clears the form on the right to enter a new profile.</source>
        <translation>يفرّغ النموذج المجاور لإدخال ملف تعريف جديد.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>حذف ملف التعريف</translation>
    </message>
    <message>
        <source>Deletes the selected profile and removes its client secret from the system keychain, after asking.</source>
        <translation>يحذف ملف التعريف المحدد ويزيل سرّ العميل الخاص به من سلسلة مفاتيح النظام، بعد السؤال.</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>اس&amp;تخدام ملف التعريف هذا</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>استخدام ملف التعريف هذا</translation>
    </message>
    <message>
        <source>Makes the selected profile the one the main window searches with.</source>
        <translation>يجعل ملف التعريف المحدد هو الذي تبحث به النافذة الرئيسية.</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>تفاصيل ملف التعريف</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be changed. It can be tested, used or deleted.</source>
        <translation>لا يمكن تغيير العرض التجريبي المدمج دون اتصال. يمكن اختباره أو استخدامه أو حذفه.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>e.g. Admissions office, production</source>
        <translation>مثلًا: مكتب القبول، الإنتاج</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>اسم ملف التعريف</translation>
    </message>
    <message>
        <source>A name of your choice for these credentials.</source>
        <translation>اسم من اختيارك لبيانات الاعتماد هذه.</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>مشكلة في الاسم</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>ال&amp;بيئة:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>Production for real results; Sandbox and Offline demo give test data only; Custom for addresses of your own.</source>
        <translation>الإنتاج للنتائج الحقيقية؛ بيئة الاختبار والعرض التجريبي دون اتصال يقدّمان بيانات اختبار فقط؛ المخصّصة لعناوين خاصة بك.</translation>
    </message>
    <message>
        <source>About the environment</source>
        <translation>حول البيئة</translation>
    </message>
    <message>
        <source>&amp;Result URL:</source>
        <translation>عنوان URL لل&amp;نتائج:</translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation>عنوان URL للنتائج</translation>
    </message>
    <message>
        <source>The address of the result-verification resource. Editable for the Custom environment only.</source>
        <translation>عنوان مورد التحقق من النتائج. قابل للتعديل في البيئة المخصّصة فقط.</translation>
    </message>
    <message>
        <source>Problem with the result URL</source>
        <translation>مشكلة في عنوان URL للنتائج</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>عنوان URL لل&amp;رمز:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>عنوان URL للرمز</translation>
    </message>
    <message>
        <source>The address of the token endpoint, used with OAuth Bearer. Editable for the Custom environment only.</source>
        <translation>عنوان نقطة وصول الرموز، ويُستخدم مع OAuth Bearer. قابل للتعديل في البيئة المخصّصة فقط.</translation>
    </message>
    <message>
        <source>Problem with the token URL</source>
        <translation>مشكلة في عنوان URL للرمز</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>ال&amp;تفويض:</translation>
    </message>
    <message>
        <source>Authorization method</source>
        <translation>طريقة التفويض</translation>
    </message>
    <message>
        <source>OAuth Bearer asks the token endpoint for an access token; Basic sends the client ID and secret with every request.</source>
        <translation>يطلب OAuth Bearer رمز وصول من نقطة وصول الرموز؛ ويرسل Basic معرّف العميل وسرّه مع كل طلب.</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>معرّف ال&amp;عميل:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <source>The client ID from the provider&apos;s API portal.</source>
        <translation>معرّف العميل من بوابة API لدى المزوّد.</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>مشكلة في معرّف العميل</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;سرّ العميل:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>سرّ العميل</translation>
    </message>
    <message>
        <source>The client secret from the provider&apos;s API portal. It is kept in the system keychain, never in a file.</source>
        <translation>سرّ العميل من بوابة API لدى المزوّد. يُحفظ في سلسلة مفاتيح النظام، ولا يُحفظ في ملف أبدًا.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>إظهار سرّ العميل</translation>
    </message>
    <message>
        <source>Shows the characters of the client secret while pressed; press again to hide them.</source>
        <translation>يُظهر أحرف سرّ العميل ما دام الزر مضغوطًا؛ اضغطه مرة أخرى لإخفائها.</translation>
    </message>
    <message>
        <source>Problem with the client secret</source>
        <translation>مشكلة في سرّ العميل</translation>
    </message>
    <message>
        <source>About testing Basic authorization</source>
        <translation>حول اختبار تفويض Basic</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>حفظ ملف التعريف</translation>
    </message>
    <message>
        <source>Saves the profile; the client secret goes to the system keychain. Unavailable while a field needs correcting.</source>
        <translation>يحفظ ملف التعريف؛ ويذهب سرّ العميل إلى سلسلة مفاتيح النظام. غير متاح ما دام هناك حقل يحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Checks with the service that the client ID and secret in the form work.</source>
        <translation>يتحقق مع الخدمة من أن معرّف العميل وسرّه في النموذج يعملان.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>جارٍ اختبار الاتصال</translation>
    </message>
    <message>
        <source>Shown while the service is being asked.</source>
        <translation>يظهر أثناء سؤال الخدمة.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Use this secret for this sess&amp;ion only</source>
        <translation>استخدام هذا السرّ لهذه ال&amp;جلسة فقط</translation>
    </message>
    <message>
        <source>Use this secret for this session only</source>
        <translation>استخدام هذا السرّ لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>Saves the profile and keeps the client secret in memory until the application closes; it is never written to disk. You will be asked for it again next time.</source>
        <translation>يحفظ ملف التعريف ويُبقي سرّ العميل في الذاكرة حتى يُغلق التطبيق؛ ولا يُكتب على القرص أبدًا. سيُطلب منك مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>أزرار مربع الحوار</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Closes this dialog; a running connection test is stopped.</source>
        <translation>يغلق مربع الحوار هذا؛ ويوقف أي اختبار اتصال جارٍ.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>حذف ملف التعريف</translation>
    </message>
    <message>
        <source>The client secret from the API portal</source>
        <translation>سرّ العميل من بوابة API</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>ملف التعريف «%1»</translation>
    </message>
    <message>
        <source>The demo&apos;s public secret is used</source>
        <translation>يُستخدم السرّ العام للعرض التجريبي</translation>
    </message>
    <message>
        <source>Kept for this session; leave empty to keep it</source>
        <translation>محفوظ لهذه الجلسة؛ اتركه فارغًا للإبقاء عليه</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>اتركه فارغًا للإبقاء على السرّ المخزَّن</translation>
    </message>
    <message>
        <source>Set when the offline demo starts</source>
        <translation>يُضبط عند بدء العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>إ&amp;خفاء</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>إخفاء سرّ العميل</translation>
    </message>
    <message>
        <source>“%1” is not a valid address. Enter it in full, such as https://api.example.org/v1/ielts/result-verification.</source>
        <translation>«%1» ليس عنوانًا صالحًا. أدخله كاملًا، مثل https://api.example.org/v1/ielts/result-verification.</translation>
    </message>
    <message>
        <source>Saving; the system keychain may ask to be unlocked…</source>
        <translation>جارٍ الحفظ؛ قد تطلب سلسلة مفاتيح النظام فتح قفلها…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(قالت سلسلة المفاتيح: %1)</translation>
    </message>
    <message>
        <source>Nothing was written to disk. You can try again, or use the secret for this session only: it stays in memory until the application closes, and you will be asked for it next time.</source>
        <translation>لم يُكتب شيء على القرص. يمكنك المحاولة مرة أخرى، أو استخدام السرّ لهذه الجلسة فقط: يبقى في الذاكرة حتى يُغلق التطبيق، وسيُطلب منك في المرة القادمة.</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept in the system keychain.</source>
        <translation>تم الحفظ. سرّ العميل محفوظ في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept in memory for this session only; enter it again after the application restarts.</source>
        <translation>تم الحفظ. سرّ العميل محفوظ في الذاكرة لهذه الجلسة فقط؛ أدخله مرة أخرى بعد إعادة تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>هل تريد حذف ملف التعريف «%1»؟</translation>
    </message>
    <message>
        <source>The offline demo can be added again at any time.</source>
        <translation>يمكن إضافة العرض التجريبي دون اتصال مرة أخرى في أي وقت.</translation>
    </message>
    <message>
        <source>Its client secret is removed from the system keychain. This cannot be undone.</source>
        <translation>سيُزال سرّ العميل الخاص به من سلسلة مفاتيح النظام. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>جارٍ الحذف…</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>لم يُحذف «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was deleted, together with its client secret.</source>
        <translation>حُذف «%1» مع سرّ العميل الخاص به.</translation>
    </message>
    <message>
        <source>“%1” is now in use, as last saved; the changes in the form are not saved yet.</source>
        <translation>«%1» قيد الاستخدام الآن كما حُفظ آخر مرة؛ لم تُحفظ التغييرات في النموذج بعد.</translation>
    </message>
    <message>
        <source>“%1” is now in use.</source>
        <translation>«%1» قيد الاستخدام الآن.</translation>
    </message>
    <message>
        <source>The offline demo could not be set up: %1</source>
        <translation>تعذّر إعداد العرض التجريبي دون اتصال: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Discard the changes to this profile?</source>
        <translation>هل تريد تجاهل التغييرات على ملف التعريف هذا؟</translation>
    </message>
    <message>
        <source>What was typed in the form has not been saved.</source>
        <translation>لم يُحفظ ما كُتب في النموذج.</translation>
    </message>
</context>
<context>
    <name>CredentialsTestRun</name>
    <message>
        <source>The offline demo is not running, so there is nothing to test against. It starts when a demo profile is in use.</source>
        <translation>العرض التجريبي دون اتصال لا يعمل، لذا لا يوجد ما يُختبر عليه. يبدأ عندما يكون ملف تعريف تجريبي قيد الاستخدام.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>جارٍ قراءة سرّ العميل من سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>The stored client secret could not be read: %1</source>
        <translation>تعذّرت قراءة سرّ العميل المخزَّن: %1</translation>
    </message>
    <message>
        <source>Testing: one request is sent to the result service…</source>
        <translation>جارٍ الاختبار: يُرسل طلب واحد إلى خدمة النتائج…</translation>
    </message>
    <message>
        <source>Testing: asking the token endpoint for an access token…</source>
        <translation>جارٍ الاختبار: يُطلب رمز وصول من نقطة وصول الرموز…</translation>
    </message>
</context>
<context>
    <name>CredentialsText</name>
    <message>
        <source>TEST DATA</source>
        <translation>بيانات اختبار</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>Test data only: results from this profile are not real.</source>
        <translation>بيانات اختبار فقط: النتائج من ملف التعريف هذا ليست حقيقية.</translation>
    </message>
    <message>
        <source>This is the profile in use.</source>
        <translation>هذا هو ملف التعريف قيد الاستخدام.</translation>
    </message>
    <message>
        <source>Real results, from the provider&apos;s production service.</source>
        <translation>نتائج حقيقية، من خدمة الإنتاج لدى المزوّد.</translation>
    </message>
    <message>
        <source>TEST DATA: the provider&apos;s sandbox returns invented results, never real ones. Its credentials differ from production ones.</source>
        <translation>بيانات اختبار: تُرجع بيئة اختبار المزوّد نتائج مختلَقة، وليست حقيقية أبدًا. بيانات اعتمادها تختلف عن بيانات الإنتاج.</translation>
    </message>
    <message>
        <source>TEST DATA: the offline demo runs on this computer with invented results.</source>
        <translation>بيانات اختبار: يعمل العرض التجريبي دون اتصال على هذا الحاسوب بنتائج مختلَقة.</translation>
    </message>
    <message>
        <source>TEST DATA: the offline demo runs on this computer with invented results. It is not running now; it starts when a demo profile is in use.</source>
        <translation>بيانات اختبار: يعمل العرض التجريبي دون اتصال على هذا الحاسوب بنتائج مختلَقة. إنه لا يعمل الآن؛ ويبدأ عندما يكون ملف تعريف تجريبي قيد الاستخدام.</translation>
    </message>
    <message>
        <source>Addresses of your own, such as a gateway of your institution. Credentials are sent over HTTPS only (plain HTTP to this computer only).</source>
        <translation>عناوين خاصة بك، مثل بوابة تابعة لمؤسستك. تُرسل بيانات الاعتماد عبر HTTPS فقط (يُسمح بـ HTTP غير المشفّر لهذا الحاسوب فقط).</translation>
    </message>
    <message>
        <source>Testing asks the token endpoint for an access token; it does not count against the daily quota.</source>
        <translation>يطلب الاختبار رمز وصول من نقطة وصول الرموز؛ ولا يُحتسب من الحصة اليومية.</translation>
    </message>
    <message>
        <source>Testing with Basic authorization sends one request to the result service, which counts against the client ID&apos;s daily quota.</source>
        <translation>يرسل الاختبار بتفويض Basic طلبًا واحدًا إلى خدمة النتائج، ويُحتسب من الحصة اليومية لمعرّف العميل.</translation>
    </message>
    <message>
        <source>%1 of %2 requests are left today (counted on this computer).</source>
        <translation>تبقّى اليوم %1 من %2 طلبًا (محسوبة على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>The test used one request of today&apos;s quota.</source>
        <translation>استخدم الاختبار طلبًا واحدًا من حصة اليوم.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>فشل الاختبار: %1</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>قالت الخدمة: «%1»</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>الرمز %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>حالة HTTP ‏%1</translation>
    </message>
    <message>
        <source>transaction ID %1</source>
        <translation>معرّف المعاملة %1</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>The offline demo could not start: no local port was free.</source>
        <translation>تعذّر بدء العرض التجريبي دون اتصال: لم يكن هناك منفذ محلي متاح.</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>IELTS Result Verifier</source>
        <translation>مدقّق نتائج IELTS</translation>
    </message>
    <message>
        <source>Checks IELTS Test Report Forms against the IELTS result-verification service.</source>
        <translation>يتحقق من نماذج تقارير نتائج IELTS ‏(TRF) عبر خدمة IELTS للتحقق من النتائج.</translation>
    </message>
    <message>
        <source>Open on the first profile of this environment: production, sandbox or demo (the offline demo, which needs no credentials).</source>
        <translation>الفتح على أول ملف تعريف لهذه البيئة: production أو sandbox أو demo (العرض التجريبي دون اتصال، الذي لا يحتاج إلى بيانات اعتماد).</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>Open on the stored profile with this name.</source>
        <translation>الفتح على ملف التعريف المخزَّن بهذا الاسم.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Show the interface in this language, such as en, es, ar or zh_CN, instead of the one chosen in View ▸ Language (not saved).</source>
        <translation>عرض الواجهة بهذه اللغة، مثل en أو es أو ar أو zh_CN، بدلًا من اللغة المختارة في عرض ◂ اللغة (لا يُحفظ).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>لا يوجد ملف تعريف باسم «%1».</translation>
    </message>
    <message>
        <source>“%1” is not an environment; use production, sandbox or demo.</source>
        <translation>«%1» ليست بيئة؛ استخدم production أو sandbox أو demo.</translation>
    </message>
    <message>
        <source>There is no %1 profile yet.</source>
        <translation>لا يوجد ملف تعريف %1 بعد.</translation>
    </message>
    <message>
        <source>No connection profile is left.</source>
        <translation>لم يتبقَّ أي ملف تعريف اتصال.</translation>
    </message>
    <message>
        <source>No connection profile is set up yet.</source>
        <translation>لم يُعدّ أي ملف تعريف اتصال بعد.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;تنسيق:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>تنسيق التصدير</translation>
    </message>
    <message>
        <source>About this format</source>
        <translation>حول هذا التنسيق</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>النتائج:</translation>
    </message>
    <message>
        <source>Which results to export</source>
        <translation>النتائج المراد تصديرها</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>الصور:</translation>
    </message>
    <message>
        <source>&amp;Include the photos</source>
        <translation>ت&amp;ضمين الصور</translation>
    </message>
    <message>
        <source>Include the photos in the Excel workbook or PDF report</source>
        <translation>تضمين الصور في مصنف Excel أو تقرير PDF</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>حجم ال&amp;صفحة:</translation>
    </message>
    <message>
        <source>Page size of the PDF report</source>
        <translation>حجم صفحة تقرير PDF</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>الحفظ &amp;في:</translation>
    </message>
    <message>
        <source>File or folder to export to</source>
        <translation>الملف أو المجلد المراد التصدير إليه</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>اختيار مكان التصدير</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>بدء التصدير</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>إ&amp;لغاء التصدير</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>إيقاف التصدير</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>إغلاق هذه النافذة</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>&amp;All results (%1)</source>
        <translation>&amp;كل النتائج (%1)</translation>
    </message>
    <message>
        <source>Results in the &amp;filtered view (%1)</source>
        <translation>النتائج في العرض ال&amp;مصفّى (%1)</translation>
    </message>
    <message>
        <source>&amp;Selected results (%1)</source>
        <translation>النتائج ال&amp;محددة (%1)</translation>
    </message>
    <message>
        <source>There are no results to export yet.</source>
        <translation>لا توجد نتائج لتصديرها بعد.</translation>
    </message>
    <message>
        <source>The columns as arranged in the table, for spreadsheets and student record systems. Values that a spreadsheet would run as a formula are made harmless.</source>
        <translation>الأعمدة كما هي مرتّبة في الجدول، لجداول البيانات وأنظمة سجلات الطلاب. القيم التي قد ينفّذها جدول البيانات كصيغة تُجعل غير ضارة.</translation>
    </message>
    <message>
        <source>The columns as arranged in the table, with scores as numbers and dates as dates.</source>
        <translation>الأعمدة كما هي مرتّبة في الجدول، مع الدرجات كأرقام والتواريخ كتواريخ.</translation>
    </message>
    <message>
        <source>A printable report with the institution, the query and the time of the pull.</source>
        <translation>تقرير قابل للطباعة يتضمن المؤسسة والاستعلام ووقت الجلب.</translation>
    </message>
    <message>
        <source>Every field exactly as the service sent it, photos included.</source>
        <translation>كل حقل تمامًا كما أرسلته الخدمة، بما في ذلك الصور.</translation>
    </message>
    <message>
        <source>Each photo as a file named after its TRF number. Existing files are never overwritten.</source>
        <translation>كل صورة كملف يحمل اسم رقم TRF الخاص بها. لا يُكتب فوق الملفات الموجودة أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Save in folder:</source>
        <translation>الحفظ في ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>None of these results came with a photo.</source>
        <translation>لم تأتِ أي من هذه النتائج مع صورة.</translation>
    </message>
    <message>
        <source>Choose a folder for the photos</source>
        <translation>اختيار مجلد للصور</translation>
    </message>
    <message>
        <source>Export results as</source>
        <translation>تصدير النتائج بصيغة</translation>
    </message>
    <message>
        <source>There are no results in this selection to export.</source>
        <translation>لا توجد نتائج في هذا التحديد لتصديرها.</translation>
    </message>
    <message>
        <source>Choose a folder for the photos.</source>
        <translation>اختر مجلدًا للصور.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file. Choose a folder for the photos.</source>
        <translation>«%1» ملف. اختر مجلدًا للصور.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«%1» مجلد. اختر اسم ملف.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>هل تريد استبدال الملف؟</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it with this export?</source>
        <translation>«%1» موجود بالفعل. هل تريد استبداله بهذا التصدير؟</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>&amp;Keep the file</source>
        <translation>الإ&amp;بقاء على الملف</translation>
    </message>
    <message>
        <source>Nothing was exported; &quot;%1&quot; was kept.</source>
        <translation>لم يُصدَّر شيء؛ أُبقي على «%1».</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>جارٍ التصدير… %1 من %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>The kind of file to write; the note below says what each one holds.</source>
        <translation>نوع الملف المراد كتابته؛ توضّح الملاحظة أدناه ما يحتويه كل نوع.</translation>
    </message>
    <message>
        <source>What the chosen format contains</source>
        <translation>ما يحتويه التنسيق المختار</translation>
    </message>
    <message>
        <source>All results, the rows the filter shows, or the selected rows</source>
        <translation>كل النتائج، أو الصفوف التي يعرضها عامل التصفية، أو الصفوف المحددة</translation>
    </message>
    <message>
        <source>Exports every result of the search</source>
        <translation>يصدّر كل نتائج البحث</translation>
    </message>
    <message>
        <source>Exports only the rows the filter in the main window shows</source>
        <translation>يصدّر فقط الصفوف التي يعرضها عامل التصفية في النافذة الرئيسية</translation>
    </message>
    <message>
        <source>Exports only the rows selected in the table</source>
        <translation>يصدّر فقط الصفوف المحددة في الجدول</translation>
    </message>
    <message>
        <source>Puts each candidate photo next to the result; the file gets larger</source>
        <translation>يضع صورة كل مرشّح بجانب نتيجته؛ ويزداد حجم الملف</translation>
    </message>
    <message>
        <source>A4 or US Letter; used for the PDF report only</source>
        <translation>A4 أو Letter الأمريكي؛ لتقرير PDF فقط</translation>
    </message>
    <message>
        <source>The full path of the file, or of the folder for photos. A missing extension is added.</source>
        <translation>المسار الكامل للملف، أو للمجلد في حالة الصور. يُضاف الامتداد إن كان ناقصًا.</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the file or folder</source>
        <translation>يفتح مربع حوار لاختيار الملف أو المجلد</translation>
    </message>
    <message>
        <source>How many results have been written</source>
        <translation>عدد النتائج التي كُتبت</translation>
    </message>
    <message>
        <source>What the export is doing, how it ended, or what needs correcting</source>
        <translation>ما يفعله التصدير، أو كيف انتهى، أو ما يجب تصحيحه</translation>
    </message>
    <message>
        <source>Writes the file; asks first before replacing an existing one</source>
        <translation>يكتب الملف؛ ويسأل أولًا قبل استبدال ملف موجود</translation>
    </message>
    <message>
        <source>Stops the running export at once; nothing half-written is left behind</source>
        <translation>يوقف التصدير الجاري فورًا؛ ولا يبقى أي ملف مكتوب جزئيًا</translation>
    </message>
    <message>
        <source>Closes the window; a running export is stopped first (Esc)</source>
        <translation>يغلق النافذة؛ ويُوقَف التصدير الجاري أولًا (Esc)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; no file was written.</source>
        <translation>توقّف التصدير على نحو غير متوقع؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Recognising organisation</source>
        <translation>الجهة المعترِفة</translation>
    </message>
    <message>
        <source>Recognising organisation ID</source>
        <translation>معرّف الجهة المعترِفة</translation>
    </message>
    <message>
        <source>Candidate ID (identity document)</source>
        <translation>معرّف المرشّح (وثيقة الهوية)</translation>
    </message>
    <message>
        <source>Identity document type</source>
        <translation>نوع وثيقة الهوية</translation>
    </message>
    <message>
        <source>Test centre</source>
        <translation>مركز الاختبار</translation>
    </message>
    <message>
        <source>Candidate number</source>
        <translation>رقم المرشّح</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>تاريخ الاختبار</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>الاستماع</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Overall band score</source>
        <translation>الدرجة الإجمالية (Band score)</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>رقم TRF</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>سطر العنوان 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>سطر العنوان 2</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>سطر العنوان 3</translation>
    </message>
    <message>
        <source>Address line 4</source>
        <translation>سطر العنوان 4</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Country (as sent)</source>
        <translation>الدولة (كما أُرسلت)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Photo format</source>
        <translation>تنسيق الصورة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last modified (UTC)</source>
        <translation>آخر تعديل (UTC)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>لغة ال&amp;نظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language applies the next time IELTS Result Verifier starts.</source>
        <translation>تُطبَّق اللغة الجديدة في المرة القادمة التي يبدأ فيها مدقّق نتائج IELTS.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Error code: %1</source>
        <translation>رمز الخطأ: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>حالة HTTP: ‏%1</translation>
    </message>
    <message>
        <source>Transaction ID: %1</source>
        <translation>معرّف المعاملة: %1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>قالت الخدمة: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>ت&amp;صفية:</translation>
    </message>
    <message>
        <source>Names, TRF numbers, countries, centres… (Ctrl+F)</source>
        <translation>أسماء، أرقام TRF، دول، مراكز… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>تصفية النتائج</translation>
    </message>
    <message>
        <source>Shows only the rows that contain every word typed</source>
        <translation>يعرض فقط الصفوف التي تحتوي على كل الكلمات المكتوبة</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>تقدّم البحث</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;نسخ الصفوف المحددة</translation>
    </message>
    <message>
        <source>&amp;Filter results</source>
        <translation>ت&amp;صفية النتائج</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Cancel search</source>
        <translation>إ&amp;لغاء البحث</translation>
    </message>
    <message>
        <source>By &amp;TRF number</source>
        <translation>حسب رقم &amp;TRF</translation>
    </message>
    <message>
        <source>By &amp;date range</source>
        <translation>حسب نطاق ال&amp;تواريخ</translation>
    </message>
    <message>
        <source>Candidate &amp;details</source>
        <translation>&amp;تفاصيل المرشّح</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>الا&amp;تصال</translation>
    </message>
    <message>
        <source>&amp;Profiles and credentials…</source>
        <translation>&amp;ملفات التعريف وبيانات الاعتماد…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About IELTS Result Verifier</source>
        <translation>&amp;حول مدقّق نتائج IELTS</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;⚠ %1 — TEST DATA&lt;/b&gt; · %2</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;⚠ %1 — بيانات اختبار&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1 (%2, test data)</source>
        <translation>%1 (%2، بيانات اختبار)</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>ملف التعريف: &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Active profile %1, environment %2</source>
        <translation>ملف التعريف النشط %1، البيئة %2</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>لا يوجد ملف تعريف</translation>
    </message>
    <message>
        <source>Open Connection ▸ Profiles and credentials to choose or create one.</source>
        <translation>افتح الاتصال ◂ ملفات التعريف وبيانات الاعتماد لاختيار ملف تعريف أو إنشائه.</translation>
    </message>
    <message>
        <source>Nothing was sent: no connection profile is active.</source>
        <translation>لم يُرسل شيء: لا يوجد ملف تعريف اتصال نشط.</translation>
    </message>
    <message>
        <source>Nothing was sent: please correct the search first.</source>
        <translation>لم يُرسل شيء: يُرجى تصحيح البحث أولًا.</translation>
    </message>
    <message>
        <source>Search again?</source>
        <translation>هل تريد البحث مرة أخرى؟</translation>
    </message>
    <message>
        <source>A search is still running. Stop it and start the new one? The results shown so far will be replaced.</source>
        <translation>لا يزال هناك بحث جارٍ. هل تريد إيقافه وبدء البحث الجديد؟ ستُستبدل النتائج المعروضة حتى الآن.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), </source>
        <translation>
            <numerusform>%n صفحة، </numerusform>
            <numerusform>صفحة واحدة، </numerusform>
            <numerusform>صفحتان، </numerusform>
            <numerusform>%n صفحات، </numerusform>
            <numerusform>%n صفحة، </numerusform>
            <numerusform>%n صفحة، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source> · fetching %1 → %2 UTC</source>
        <translation> · جارٍ جلب %1 ← %2 UTC</translation>
    </message>
    <message>
        <source> · %1 of %2 TRF numbers</source>
        <translation> · %1 من %2 من أرقام TRF</translation>
    </message>
    <message numerus="yes">
        <source> · %n retry(s)</source>
        <translation>
            <numerusform> · %n محاولة</numerusform>
            <numerusform> · محاولة واحدة</numerusform>
            <numerusform> · محاولتان</numerusform>
            <numerusform> · %n محاولات</numerusform>
            <numerusform> · %n محاولة</numerusform>
            <numerusform> · %n محاولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from %1</source>
        <translation>
            <numerusform>%n نتيجة من %1</numerusform>
            <numerusform>نتيجة واحدة من %1</numerusform>
            <numerusform>نتيجتان من %1</numerusform>
            <numerusform>%n نتائج من %1</numerusform>
            <numerusform>%n نتيجة من %1</numerusform>
            <numerusform>%n نتيجة من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n طلب</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 shown.</source>
        <translation>أُلغي. المعروض: %1.</translation>
    </message>
    <message>
        <source>The search was cancelled; the results received before are shown.</source>
        <translation>أُلغي البحث؛ تُعرض النتائج التي وصلت قبل ذلك.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>لم يُرسل.</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>الحصة اليومية</translation>
    </message>
    <message>
        <source>Send the search anyway?</source>
        <translation>هل تريد إرسال البحث على أي حال؟</translation>
    </message>
    <message>
        <source>Stopped. %1 shown.</source>
        <translation>توقّف. المعروض: %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>اكتمل: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No result was found for %n TRF number(s): %1</source>
        <translation>
            <numerusform>لم تُعثر على نتيجة لـ %n من أرقام TRF: %1</numerusform>
            <numerusform>لم تُعثر على نتيجة لرقم TRF واحد: %1</numerusform>
            <numerusform>لم تُعثر على نتيجة لرقمَي TRF: %1</numerusform>
            <numerusform>لم تُعثر على نتيجة لـ %n أرقام TRF: %1</numerusform>
            <numerusform>لم تُعثر على نتيجة لـ %n رقمًا من أرقام TRF: %1</numerusform>
            <numerusform>لم تُعثر على نتيجة لـ %n رقم TRF: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The service found no results for this search.</source>
        <translation>لم تعثر الخدمة على نتائج لهذا البحث.</translation>
    </message>
    <message>
        <source>Counted on this computer for client ID %1, per UTC day; the service allows %2 a day.</source>
        <translation>محسوبة على هذا الحاسوب لمعرّف العميل %1، لكل يوم بتوقيت UTC؛ تسمح الخدمة بـ %2 في اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>معروض %1 من %2</translation>
    </message>
    <message>
        <source>About IELTS Result Verifier</source>
        <translation>حول مدقّق نتائج IELTS</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>هل تريد الخروج؟</translation>
    </message>
    <message>
        <source>A search is still running. Stop it and quit?</source>
        <translation>لا يزال هناك بحث جارٍ. هل تريد إيقافه والخروج؟</translation>
    </message>
    <message>
        <source>How many results the table shows</source>
        <translation>عدد النتائج التي يعرضها الجدول</translation>
    </message>
    <message>
        <source>How far the running search has got</source>
        <translation>مدى تقدّم البحث الجاري</translation>
    </message>
    <message>
        <source>What the search is doing, and how it ended</source>
        <translation>ما يفعله البحث، وكيف انتهى</translation>
    </message>
    <message>
        <source>Requests used and left today</source>
        <translation>الطلبات المستخدمة والمتبقية اليوم</translation>
    </message>
    <message>
        <source>Active profile %1, environment %2, test data only</source>
        <translation>ملف التعريف النشط %1، البيئة %2، بيانات اختبار فقط</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IELTS Result Verifier %1&lt;/h3&gt;&lt;p&gt;Checks IELTS Test Report Forms against the IELTS result-verification service.&lt;/p&gt;&lt;p&gt;Build %2 of %3.&lt;br&gt;Qt %4 (running on %5), QtKeychain %6, libxlsxwriter %7, minizip.&lt;/p&gt;&lt;p&gt;Qt is used under the GNU LGPL version 3; QtKeychain and libxlsxwriter under the BSD 2-clause licence; minizip under the zlib licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مدقّق نتائج IELTS ‏%1&lt;/h3&gt;&lt;p&gt;يتحقق من نماذج تقارير نتائج IELTS ‏(TRF) عبر خدمة IELTS للتحقق من النتائج.&lt;/p&gt;&lt;p&gt;البناء %2 بتاريخ %3.&lt;br&gt;Qt ‏%4 (يعمل على %5)، QtKeychain ‏%6، libxlsxwriter ‏%7، minizip.&lt;/p&gt;&lt;p&gt;يُستخدم Qt بموجب رخصة GNU LGPL الإصدار 3؛ ويُستخدم QtKeychain وlibxlsxwriter بموجب رخصة BSD ذات البندين؛ ويُستخدم minizip بموجب رخصة zlib.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verify Applicant &amp;List…</source>
        <translation>التحقق من &amp;قائمة المتقدّمين…</translation>
    </message>
    <message>
        <source>Check a CSV or Excel list of applicants&apos; claimed results</source>
        <translation>التحقق من قائمة CSV أو Excel بالنتائج التي صرّح بها المتقدّمون</translation>
    </message>
    <message>
        <source>No connection profile is active.</source>
        <translation>لا يوجد ملف تعريف اتصال نشط.</translation>
    </message>
    <message>
        <source>Stop and search</source>
        <translation>الإيقاف والبحث</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>الإرسال على أي حال</translation>
    </message>
    <message>
        <source>An applicant list is still being verified. Stop it and quit?</source>
        <translation>لا يزال التحقق من قائمة متقدّمين جاريًا. هل تريد إيقافه والخروج؟</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln request(s) used, %1 left</source>
        <translation>
            <numerusform>اليوم: لم يُستخدم أي طلب (%Ln)، وتبقّى %1</numerusform>
            <numerusform>اليوم: استُخدم طلب واحد (%Ln)، وتبقّى %1</numerusform>
            <numerusform>اليوم: استُخدم طلبان (%Ln)، وتبقّى %1</numerusform>
            <numerusform>اليوم: استُخدمت %Ln طلبات، وتبقّى %1</numerusform>
            <numerusform>اليوم: استُخدم %Ln طلبًا، وتبقّى %1</numerusform>
            <numerusform>اليوم: استُخدم %Ln طلب، وتبقّى %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show details for support</source>
        <translation>عرض التفاصيل للدعم الفني</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Copy the message and its details</source>
        <translation>نسخ الرسالة وتفاصيلها</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>تجاهل الرسالة</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>تفاصيل للدعم الفني</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>ما يجب فعله بعد ذلك</translation>
    </message>
    <message>
        <source>Shows or hides the codes that support will ask for</source>
        <translation>يُظهر أو يُخفي الرموز التي سيطلبها الدعم الفني</translation>
    </message>
    <message>
        <source>Puts the message, the advice and the details on the clipboard</source>
        <translation>ينسخ الرسالة والنصيحة والتفاصيل إلى الحافظة</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>يُخفي هذه الرسالة</translation>
    </message>
    <message>
        <source>Error code, HTTP status and transaction ID, as support needs them</source>
        <translation>رمز الخطأ وحالة HTTP ومعرّف المعاملة، كما يحتاجها الدعم الفني</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>رسالة خطأ</translation>
    </message>
    <message>
        <source>Warning message</source>
        <translation>رسالة تحذير</translation>
    </message>
    <message>
        <source>Information message</source>
        <translation>رسالة معلومات</translation>
    </message>
</context>
<context>
    <name>NameMatch</name>
    <message>
        <source>letter case</source>
        <translation>حالة الأحرف</translation>
    </message>
    <message>
        <source>accents</source>
        <translation>علامات التشكيل</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>المسافات</translation>
    </message>
    <message>
        <source>hyphens or apostrophes</source>
        <translation>الشرطات أو الفواصل العليا</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>تبديل الاسم الأول واسم العائلة</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The PDF file could not be started.</source>
        <translation>تعذّر بدء ملف PDF.</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>لا توجد نتائج.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>تعذّرت كتابة ملف PDF.</translation>
    </message>
    <message>
        <source>IELTS results</source>
        <translation>نتائج IELTS</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>بيانات اختبار (%1): هذه ليست نتائج IELTS حقيقية.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institution profile: %1</source>
        <translation>ملف تعريف المؤسسة: %1</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>الاستعلام: %1</translation>
    </message>
    <message>
        <source>Retrieved: %1 UTC</source>
        <translation>وقت الجلب: %1 UTC</translation>
    </message>
    <message>
        <source>Results in this report: %1</source>
        <translation>النتائج في هذا التقرير: %1</translation>
    </message>
    <message>
        <source>Produced %1 UTC by IELTS Result Verifier %2</source>
        <translation>أُنشئ في %1 UTC بواسطة مدقّق نتائج IELTS ‏%2</translation>
    </message>
    <message>
        <source>IELTS results · %1 · retrieved %2 UTC</source>
        <translation>نتائج IELTS · %1 · جُلبت في %2 UTC</translation>
    </message>
    <message>
        <source>TEST DATA</source>
        <translation>بيانات اختبار</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>بيانات اختبار: ليست نتائج IELTS حقيقية</translation>
    </message>
    <message>
        <source>IELTS results (TEST DATA)</source>
        <translation>نتائج IELTS (بيانات اختبار)</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>There is no photo for %1.</source>
        <translation>لا توجد صورة لـ %1.</translation>
    </message>
    <message>
        <source>Could not save the photo to %1: %2</source>
        <translation>تعذّر حفظ الصورة في %1: %2</translation>
    </message>
</context>
<context>
    <name>PhotoFolderWriter</name>
    <message>
        <source>Choose a folder for the photos.</source>
        <translation>اختر مجلدًا للصور.</translation>
    </message>
    <message>
        <source>The export was canceled; no photo was kept.</source>
        <translation>أُلغي التصدير؛ لم يُحتفظ بأي صورة.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the address of the result service.</source>
        <translation>أدخل عنوان خدمة النتائج.</translation>
    </message>
    <message>
        <source>Enter the address of the token endpoint.</source>
        <translation>أدخل عنوان نقطة وصول الرموز.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>أدخل اسمًا لملف التعريف.</translation>
    </message>
    <message>
        <source>The profile name is too long: at most %1 characters.</source>
        <translation>اسم ملف التعريف طويل جدًا: %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Enter the client ID you received from the API portal.</source>
        <translation>أدخل معرّف العميل الذي تلقّيته من بوابة API.</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces, colons or control characters.</source>
        <translation>لا يمكن أن يحتوي معرّف العميل على مسافات أو نقطتين رأسيتين أو أحرف تحكم.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>أدخل سرّ العميل.</translation>
    </message>
    <message>
        <source>The client secret is too long: the system keychain can keep at most %1 bytes.</source>
        <translation>سرّ العميل طويل جدًا: يمكن لسلسلة مفاتيح النظام الاحتفاظ بـ %1 بايت على الأكثر.</translation>
    </message>
    <message>
        <source>The client secret contains a line break or another control character. Copy it again without them.</source>
        <translation>يحتوي سرّ العميل على فاصل أسطر أو حرف تحكم آخر. انسخه مرة أخرى من دونها.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>The client ID from the API portal.</source>
        <translation>معرّف العميل من بوابة API.</translation>
    </message>
    <message>
        <source>production, sandbox (the provider&apos;s), or demo (a local service with generated data and the public demo credentials).</source>
        <translation>production أو sandbox (بيئة اختبار المزوّد) أو demo (خدمة محلية ببيانات مولَّدة وبيانات الاعتماد التجريبية العامة).</translation>
    </message>
    <message>
        <source>The full URL of the result resource, for a custom environment.</source>
        <translation>عنوان URL الكامل لمورد النتائج، لبيئة مخصّصة.</translation>
    </message>
    <message>
        <source>The full URL of the token endpoint, with --endpoint.</source>
        <translation>عنوان URL الكامل لنقطة وصول الرموز، مع --endpoint.</translation>
    </message>
    <message>
        <source>bearer (OAuth, the default) or basic.</source>
        <translation>bearer ‏(OAuth، الافتراضي) أو basic.</translation>
    </message>
    <message>
        <source>List, add, edit, delete and test connection profiles.</source>
        <translation>سرد ملفات تعريف الاتصال وإضافتها وتعديلها وحذفها واختبارها.</translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.
</source>
        <translation>جرّب &quot;%1 %2 --help&quot;.
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
        <translation>الاستخدام: %1 profile ACTION [options]

تُشارَك ملفات تعريف الاتصال مع تطبيق سطح المكتب. يُحفظ سرّ العميل لملف التعريف في سلسلة مفاتيح النظام؛ ويُقرأ من الإدخال القياسي، دون إظهار في الطرفية، ولا يؤخذ من سطر الأوامر أبدًا.

الإجراءات:
  list                   عرض ملفات التعريف؛ تشير * إلى النشط منها.
  add NAME --client-id ID [--environment ENV | --endpoint URL --token-url URL]
      [--auth bearer|basic]
                         إضافة ملف تعريف؛ يُقرأ السرّ من الإدخال القياسي.
  edit NAME [--name NEW] [--client-id ID] [--environment ENV | --endpoint URL
      --token-url URL] [--auth bearer|basic] [--new-secret]
                         تغيير ملف تعريف؛ يقرأ ‎--new-secret‎ سرًّا جديدًا.
  delete NAME            حذف ملف تعريف وسرّه في سلسلة المفاتيح.
  test [NAME]            التحقق من أن بيانات الاعتماد تعمل (ملف التعريف النشط افتراضيًا).

يستخدم ‎%1 search --profile NAME‎ ملف تعريف. عند ضبط IELTS_CLIENT_ID وIELTS_CLIENT_SECRET فإنهما يتجاوزان بيانات اعتماد ملف التعريف.

حالة الخروج: 0 نجاح، 1 فشل سلسلة المفاتيح، 2 استخدام أو إدخال غير صالح، 3 رُفضت بيانات الاعتماد (test)، 4 خطأ آخر من الخدمة (test)، 5 عطل في الشبكة (test)، 130 مقاطعة.
</translation>
    </message>
    <message>
        <source>%1 profile: unknown action &quot;%2&quot;.

</source>
        <translation>%1 profile: إجراء غير معروف &quot;%2&quot;.

</translation>
    </message>
    <message>
        <source>Interrupted.
</source>
        <translation>تمت المقاطعة.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (الافتراضي) أو json.</translation>
    </message>
    <message>
        <source>A new name for the profile.</source>
        <translation>اسم جديد لملف التعريف.</translation>
    </message>
    <message>
        <source>Read a new client secret from standard input.</source>
        <translation>قراءة سرّ عميل جديد من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>اسم ملف التعريف.</translation>
    </message>
    <message>
        <source>The profile to change.</source>
        <translation>ملف التعريف المراد تغييره.</translation>
    </message>
    <message>
        <source>The profile to delete.</source>
        <translation>ملف التعريف المراد حذفه.</translation>
    </message>
    <message>
        <source>The profile to test; the active one by default.</source>
        <translation>ملف التعريف المراد اختباره؛ النشط افتراضيًا.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the profile&apos;s name.</source>
        <translation>أدخل اسم ملف التعريف.</translation>
    </message>
    <message>
        <source>No profile is active; give the profile&apos;s name.</source>
        <translation>لا يوجد ملف تعريف نشط؛ أدخل اسم ملف التعريف.</translation>
    </message>
    <message>
        <source>There is no profile named %1. &quot;%2 profile list&quot; shows them.</source>
        <translation>لا يوجد ملف تعريف باسم %1. يعرضها الأمر &quot;%2 profile list&quot;.</translation>
    </message>
    <message>
        <source>Give either --environment or --endpoint, not both.</source>
        <translation>أدخل ‎--environment‎ أو ‎--endpoint‎، وليس كليهما.</translation>
    </message>
    <message>
        <source>--environment must be production, sandbox or demo; a custom environment is given with --endpoint and --token-url.</source>
        <translation>يجب أن تكون ‎--environment‎ إحدى القيم production أو sandbox أو demo؛ وتُحدَّد البيئة المخصّصة بـ ‎--endpoint‎ و‎--token-url‎.</translation>
    </message>
    <message>
        <source>--token-url goes with --endpoint.</source>
        <translation>يُستخدم ‎--token-url‎ مع ‎--endpoint‎.</translation>
    </message>
    <message>
        <source>--auth must be bearer or basic.</source>
        <translation>يجب أن تكون ‎--auth‎ إما bearer أو basic.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>يجب أن تكون ‎--format‎ إما text أو json.</translation>
    </message>
    <message>
        <source>There are no profiles yet. &quot;%1 profile add NAME --client-id ID&quot; adds one.
</source>
        <translation>لا توجد ملفات تعريف بعد. يضيف الأمر &quot;%1 profile add NAME --client-id ID&quot; ملفًا.
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>AUTHORIZATION</source>
        <translation>التفويض</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <source> [test data]</source>
        <translation> [بيانات اختبار]</translation>
    </message>
    <message>
        <source>No client secret was given on standard input.</source>
        <translation>لم يُقدَّم سرّ عميل على الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>سرّ العميل لـ %1: </translation>
    </message>
    <message>
        <source>Profile %1 added; the offline demo needs no client secret.
</source>
        <translation>أُضيف ملف التعريف %1؛ لا يحتاج العرض التجريبي دون اتصال إلى سرّ عميل.
</translation>
    </message>
    <message>
        <source>Profile %1 added; its client secret is in the system keychain.
</source>
        <translation>أُضيف ملف التعريف %1؛ سرّ العميل الخاص به في سلسلة مفاتيح النظام.
</translation>
    </message>
    <message>
        <source>Profile %1 changed.
</source>
        <translation>غُيّر ملف التعريف %1.
</translation>
    </message>
    <message>
        <source>Profile %1 deleted.
</source>
        <translation>حُذف ملف التعريف %1.
</translation>
    </message>
    <message>
        <source>Profile %1 deleted, and its client secret removed from the system keychain.
</source>
        <translation>حُذف ملف التعريف %1، وأُزيل سرّ العميل الخاص به من سلسلة مفاتيح النظام.
</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>It is the active profile.
</source>
        <translation>إنه ملف التعريف النشط.
</translation>
    </message>
    <message>
        <source>error: %1 %2
</source>
        <translation>خطأ: %1 %2
</translation>
    </message>
    <message>
        <source>  the keychain said: %1
</source>
        <translation>  قالت سلسلة المفاتيح: %1
</translation>
    </message>
    <message>
        <source>  what to do: on the command line, %1 and %2 can give the credentials for one run instead.
</source>
        <translation>  ما العمل: في سطر الأوامر، يمكن لـ %1 و%2 تقديم بيانات الاعتماد لتشغيل واحد بدلًا من ذلك.
</translation>
    </message>
    <message>
        <source>note: %1 and %2 from the environment override the profile&apos;s credentials.
</source>
        <translation>ملاحظة: %1 و%2 من البيئة يتجاوزان بيانات اعتماد ملف التعريف.
</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>خطأ: تعذّر بدء خدمة العرض التجريبي المحلية.
</translation>
    </message>
    <message>
        <source>Nothing was tested.</source>
        <translation>لم يُختبر شيء.</translation>
    </message>
    <message>
        <source>Testing HTTP Basic credentials costs one request of the daily quota: a lookup of TRF number %1, which cannot exist.
</source>
        <translation>يكلّف اختبار بيانات اعتماد HTTP Basic طلبًا واحدًا من الحصة اليومية: بحثًا عن رقم TRF ‏%1، الذي لا يمكن أن يوجد.
</translation>
    </message>
</context>
<context>
    <name>ProfileConnectionSource</name>
    <message>
        <source>Use the stored connection profile NAME (see the profile command); IELTS_CLIENT_ID and IELTS_CLIENT_SECRET still override its credentials.</source>
        <translation>استخدام ملف تعريف الاتصال المخزَّن NAME (انظر الأمر profile)؛ ولا يزال IELTS_CLIENT_ID وIELTS_CLIENT_SECRET يتجاوزان بيانات اعتماده.</translation>
    </message>
    <message>
        <source>Give either --profile or --environment, not both.</source>
        <translation>أدخل ‎--profile‎ أو ‎--environment‎، وليس كليهما.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. &quot;%2 profile list&quot; shows them.</source>
        <translation>لا يوجد ملف تعريف باسم «%1». يعرضها الأمر &quot;%2 profile list&quot;.</translation>
    </message>
    <message>
        <source>The client secret of profile “%1” could not be read from the system keychain: %2</source>
        <translation>تعذّرت قراءة سرّ العميل لملف التعريف «%1» من سلسلة مفاتيح النظام: %2</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>The profile chosen no longer exists.</source>
        <translation>ملف التعريف المختار لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The client secret of “%1” could not be read: %2</source>
        <translation>تعذّرت قراءة سرّ العميل لـ «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>يوجد بالفعل ملف تعريف باسم «%1».</translation>
    </message>
    <message>
        <source>“%1” is the name of the built-in offline demo.</source>
        <translation>«%1» هو اسم العرض التجريبي المدمج دون اتصال.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>ملف التعريف هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be changed.</source>
        <translation>لا يمكن تغيير العرض التجريبي المدمج دون اتصال.</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be renamed.</source>
        <translation>لا يمكن إعادة تسمية العرض التجريبي المدمج دون اتصال.</translation>
    </message>
</context>
<context>
    <name>ProgrammeRequirements</name>
    <message>
        <source>Overall %1 is below the required %2.</source>
        <translation>الدرجة الإجمالية %1 أقل من الدرجة المطلوبة %2.</translation>
    </message>
    <message>
        <source>Listening %1 is below the required %2.</source>
        <translation>درجة الاستماع %1 أقل من الدرجة المطلوبة %2.</translation>
    </message>
    <message>
        <source>Reading %1 is below the required %2.</source>
        <translation>درجة القراءة %1 أقل من الدرجة المطلوبة %2.</translation>
    </message>
    <message>
        <source>Writing %1 is below the required %2.</source>
        <translation>درجة الكتابة %1 أقل من الدرجة المطلوبة %2.</translation>
    </message>
    <message>
        <source>Speaking %1 is below the required %2.</source>
        <translation>درجة المحادثة %1 أقل من الدرجة المطلوبة %2.</translation>
    </message>
    <message>
        <source>No overall score to compare with the required %1.</source>
        <translation>لا توجد درجة إجمالية لمقارنتها بالدرجة المطلوبة %1.</translation>
    </message>
    <message>
        <source>No listening score to compare with the required %1.</source>
        <translation>لا توجد درجة استماع لمقارنتها بالدرجة المطلوبة %1.</translation>
    </message>
    <message>
        <source>No reading score to compare with the required %1.</source>
        <translation>لا توجد درجة قراءة لمقارنتها بالدرجة المطلوبة %1.</translation>
    </message>
    <message>
        <source>No writing score to compare with the required %1.</source>
        <translation>لا توجد درجة كتابة لمقارنتها بالدرجة المطلوبة %1.</translation>
    </message>
    <message>
        <source>No speaking score to compare with the required %1.</source>
        <translation>لا توجد درجة محادثة لمقارنتها بالدرجة المطلوبة %1.</translation>
    </message>
    <message>
        <source>Overall at least %1</source>
        <translation>الإجمالي %1 على الأقل</translation>
    </message>
    <message>
        <source>Listening at least %1</source>
        <translation>الاستماع %1 على الأقل</translation>
    </message>
    <message>
        <source>Reading at least %1</source>
        <translation>القراءة %1 على الأقل</translation>
    </message>
    <message>
        <source>Writing at least %1</source>
        <translation>الكتابة %1 على الأقل</translation>
    </message>
    <message>
        <source>Speaking at least %1</source>
        <translation>المحادثة %1 على الأقل</translation>
    </message>
    <message>
        <source>No requirements</source>
        <translation>لا توجد متطلبات</translation>
    </message>
    <message>
        <source>no skill below %1</source>
        <translation>لا تقل أي مهارة عن %1</translation>
    </message>
    <message numerus="yes">
        <source>test within %n year(s)</source>
        <translation>
            <numerusform>الاختبار خلال آخر %n سنة</numerusform>
            <numerusform>الاختبار خلال آخر سنة</numerusform>
            <numerusform>الاختبار خلال آخر سنتين</numerusform>
            <numerusform>الاختبار خلال آخر %n سنوات</numerusform>
            <numerusform>الاختبار خلال آخر %n سنة</numerusform>
            <numerusform>الاختبار خلال آخر %n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of a programme&apos;s requirements: &quot;Overall at least 6.5, no skill below 6&quot;</extracomment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>No test date to check against the limit of %n year(s).</source>
        <translation>
            <numerusform>لا يوجد تاريخ اختبار للتحقق منه مقابل حد %n سنة.</numerusform>
            <numerusform>لا يوجد تاريخ اختبار للتحقق منه مقابل حد السنة الواحدة.</numerusform>
            <numerusform>لا يوجد تاريخ اختبار للتحقق منه مقابل حد السنتين.</numerusform>
            <numerusform>لا يوجد تاريخ اختبار للتحقق منه مقابل حد %n سنوات.</numerusform>
            <numerusform>لا يوجد تاريخ اختبار للتحقق منه مقابل حد %n سنة.</numerusform>
            <numerusform>لا يوجد تاريخ اختبار للتحقق منه مقابل حد %n سنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test taken on %1, more than %n year(s) ago.</source>
        <translation>
            <numerusform>أُجري الاختبار في %1، قبل أكثر من %n سنة.</numerusform>
            <numerusform>أُجري الاختبار في %1، قبل أكثر من سنة.</numerusform>
            <numerusform>أُجري الاختبار في %1، قبل أكثر من سنتين.</numerusform>
            <numerusform>أُجري الاختبار في %1، قبل أكثر من %n سنوات.</numerusform>
            <numerusform>أُجري الاختبار في %1، قبل أكثر من %n سنة.</numerusform>
            <numerusform>أُجري الاختبار في %1، قبل أكثر من %n سنة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>&quot;RTL&quot; for languages written right to left, &quot;LTR&quot; for all others.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two items of a list: &quot;letter case and accents&quot;</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the counts of a batch summary: &quot;412 verified, 9 mismatches&quot;</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: forgave %2.</source>
        <extracomment>%1 is a field (&quot;Family name&quot;), %2 what was forgiven (&quot;letter case and accents&quot;)</extracomment>
        <translation>%1: تم التغاضي عن %2.</translation>
    </message>
    <message>
        <source>Family and first name</source>
        <translation>اسم العائلة والاسم الأول</translation>
    </message>
    <message>
        <source>Date of birth %1 read as %2 (day first).</source>
        <translation>قُرئ تاريخ الميلاد %1 على أنه %2 (اليوم أولًا).</translation>
    </message>
    <message>
        <source>Read month first, it matches.</source>
        <translation>بقراءة الشهر أولًا، يتطابق.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>عدم تطابق</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>غير منشورة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>%1: claimed %2, none on the result</source>
        <translation>%1: المُصرَّح به %2، ولا شيء في النتيجة</translation>
    </message>
    <message>
        <source>%1: claimed %2, actual %3</source>
        <translation>%1: المُصرَّح به %2، والفعلي %3</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the differences of one applicant</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>No applicants</source>
        <translation>لا يوجد متقدّمون</translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>تم التحقق من %n متقدّم</numerusform>
            <numerusform>تم التحقق من متقدّم واحد</numerusform>
            <numerusform>تم التحقق من متقدّمَين</numerusform>
            <numerusform>تم التحقق من %n متقدّمين</numerusform>
            <numerusform>تم التحقق من %n متقدّمًا</numerusform>
            <numerusform>تم التحقق من %n متقدّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n حالة عدم تطابق</numerusform>
            <numerusform>حالة عدم تطابق واحدة</numerusform>
            <numerusform>حالتا عدم تطابق</numerusform>
            <numerusform>%n حالات عدم تطابق</numerusform>
            <numerusform>%n حالة عدم تطابق</numerusform>
            <numerusform>%n حالة عدم تطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>لم يُعثر على نتيجة لـ %n متقدّم</numerusform>
            <numerusform>لم يُعثر على نتيجة لمتقدّم واحد</numerusform>
            <numerusform>لم يُعثر على نتيجة لمتقدّمَين</numerusform>
            <numerusform>لم يُعثر على نتيجة لـ %n متقدّمين</numerusform>
            <numerusform>لم يُعثر على نتيجة لـ %n متقدّمًا</numerusform>
            <numerusform>لم يُعثر على نتيجة لـ %n متقدّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not released</source>
        <translation>
            <numerusform>%n نتيجة غير منشورة</numerusform>
            <numerusform>نتيجة واحدة غير منشورة</numerusform>
            <numerusform>نتيجتان غير منشورتين</numerusform>
            <numerusform>%n نتائج غير منشورة</numerusform>
            <numerusform>%n نتيجة غير منشورة</numerusform>
            <numerusform>%n نتيجة غير منشورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the programme&apos;s requirements</source>
        <translation>
            <numerusform>%n متقدّم دون متطلبات البرنامج</numerusform>
            <numerusform>متقدّم واحد دون متطلبات البرنامج</numerusform>
            <numerusform>متقدّمان دون متطلبات البرنامج</numerusform>
            <numerusform>%n متقدّمين دون متطلبات البرنامج</numerusform>
            <numerusform>%n متقدّمًا دون متطلبات البرنامج</numerusform>
            <numerusform>%n متقدّم دون متطلبات البرنامج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; ليس عنوان URL صالحًا.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password.</source>
        <translation>يجب ألا يحتوي عنوان URL على اسم مستخدم أو كلمة مرور.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTPS address. Credentials are only sent over HTTPS (plain HTTP is allowed for this computer&apos;s own addresses only).</source>
        <translation>&quot;%1&quot; ليس عنوان HTTPS. تُرسل بيانات الاعتماد عبر HTTPS فقط (يُسمح بـ HTTP غير المشفّر لعناوين هذا الحاسوب فقط).</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <source>Programme requirements</source>
        <translation>متطلبات البرنامج</translation>
    </message>
    <message>
        <source>Results below these are marked separately from whether they are genuine.</source>
        <translation>تُعلَّم النتائج التي تقل عن هذه المتطلبات بمعزل عن كونها أصلية أم لا.</translation>
    </message>
    <message>
        <source>&amp;Overall at least</source>
        <translation>ال&amp;إجمالي على الأقل</translation>
    </message>
    <message>
        <source>The lowest overall band the programme accepts</source>
        <translation>أدنى درجة إجمالية يقبلها البرنامج</translation>
    </message>
    <message>
        <source>&amp;Listening at least</source>
        <translation>الا&amp;ستماع على الأقل</translation>
    </message>
    <message>
        <source>The lowest listening band the programme accepts</source>
        <translation>أدنى درجة استماع يقبلها البرنامج</translation>
    </message>
    <message>
        <source>&amp;Reading at least</source>
        <translation>ال&amp;قراءة على الأقل</translation>
    </message>
    <message>
        <source>The lowest reading band the programme accepts</source>
        <translation>أدنى درجة قراءة يقبلها البرنامج</translation>
    </message>
    <message>
        <source>&amp;Writing at least</source>
        <translation>ال&amp;كتابة على الأقل</translation>
    </message>
    <message>
        <source>The lowest writing band the programme accepts</source>
        <translation>أدنى درجة كتابة يقبلها البرنامج</translation>
    </message>
    <message>
        <source>S&amp;peaking at least</source>
        <translation>ال&amp;محادثة على الأقل</translation>
    </message>
    <message>
        <source>The lowest speaking band the programme accepts</source>
        <translation>أدنى درجة محادثة يقبلها البرنامج</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>أي مدة</translation>
    </message>
    <message>
        <source> years</source>
        <extracomment>A spin box suffix: &quot;Test taken within 2 years&quot;.</extracomment>
        <translation> سنة</translation>
    </message>
    <message>
        <source>Test taken within</source>
        <translation>أُجري الاختبار خلال</translation>
    </message>
    <message>
        <source>How many years old a test may be at most; the lowest value accepts any age</source>
        <translation>أقصى عدد من السنوات يمكن أن يكون قد مضى على الاختبار؛ أدنى قيمة تقبل أي مدة</translation>
    </message>
    <message>
        <source>&amp;Test taken within</source>
        <translation>أُجري الاختبار &amp;خلال</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>بلا حد أدنى</translation>
    </message>
    <message>
        <source>; the lowest value sets no minimum</source>
        <translation>؛ أدنى قيمة تعني عدم وجود حد أدنى</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>رقم TRF</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>تاريخ الاختبار</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>الاستماع</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last modified (UTC)</source>
        <translation>آخر تعديل (UTC)</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (قيم مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>JSON (every field as received)</source>
        <translation>JSON (كل حقل كما وصل)</translation>
    </message>
    <message>
        <source>Photos folder</source>
        <translation>مجلد الصور</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>فشلت كتابة &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>صُدِّرت %n نتيجة إلى &quot;%1&quot;.</numerusform>
            <numerusform>صُدِّرت نتيجة واحدة إلى &quot;%1&quot;.</numerusform>
            <numerusform>صُدِّرت نتيجتان إلى &quot;%1&quot;.</numerusform>
            <numerusform>صُدِّرت %n نتائج إلى &quot;%1&quot;.</numerusform>
            <numerusform>صُدِّرت %n نتيجة إلى &quot;%1&quot;.</numerusform>
            <numerusform>صُدِّرت %n نتيجة إلى &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be read and were left out.</source>
        <translation>
            <numerusform>تعذّرت قراءة %n صورة فاستُبعدت.</numerusform>
            <numerusform>تعذّرت قراءة صورة واحدة فاستُبعدت.</numerusform>
            <numerusform>تعذّرت قراءة صورتين فاستُبعدتا.</numerusform>
            <numerusform>تعذّرت قراءة %n صور فاستُبعدت.</numerusform>
            <numerusform>تعذّرت قراءة %n صورة فاستُبعدت.</numerusform>
            <numerusform>تعذّرت قراءة %n صورة فاستُبعدت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultOutput</name>
    <message>
        <source>--format xlsx and pdf need --output FILE.</source>
        <translation>يحتاج ‎--format xlsx‎ و‎pdf‎ إلى ‎--output FILE‎.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give a file name for --output.</source>
        <translation>&quot;%1&quot; مجلد؛ أدخل اسم ملف لـ ‎--output‎.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>المجلد &quot;%1&quot; غير موجود.</translation>
    </message>
    <message>
        <source>Cannot write to &quot;%1&quot;: %2</source>
        <translation>لا يمكن الكتابة إلى &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Saving the photos failed.</source>
        <translation>فشل حفظ الصور.</translation>
    </message>
    <message>
        <source>The output was not opened.</source>
        <translation>لم يُفتح الإخراج.</translation>
    </message>
    <message>
        <source>Writing the results failed: %1</source>
        <translation>فشلت كتابة النتائج: %1</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>لا يمكن كتابة &quot;%1&quot;: %2</translation>
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
        <translation>لا توجد حالة</translation>
    </message>
    <message>
        <source>Country code: %1</source>
        <translation>رمز الدولة: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>No photo (search with “Include photos” to see it)</source>
        <translation>لا توجد صورة (ابحث مع تفعيل «تضمين الصور» لرؤيتها)</translation>
    </message>
    <message>
        <source>The photo sent for this candidate cannot be shown: it is damaged or not an image.</source>
        <translation>لا يمكن عرض الصورة المرسلة لهذا المرشّح: إنها تالفة أو ليست صورة.</translation>
    </message>
    <message>
        <source>Double-click to see the photo large</source>
        <translation>انقر نقرًا مزدوجًا لرؤية الصورة بحجم كبير</translation>
    </message>
    <message>
        <source>This result is not released; do not rely on it until the status is RELEASED.</source>
        <translation>هذه النتيجة غير منشورة؛ لا تعتمد عليها حتى تصبح حالتها RELEASED.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>When the candidate last shared or changed this result, in UTC</source>
        <translation>وقت آخر مشاركة أو تغيير لهذه النتيجة من قِبل المرشّح، بتوقيت UTC</translation>
    </message>
    <message>
        <source>%1, not released</source>
        <translation>%1، غير منشورة</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>One row a candidate. Enter opens the candidate&apos;s details.</source>
        <translation>صف لكل مرشّح. يفتح مفتاح Enter تفاصيل المرشّح.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>عرض ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>يتوقع ‎--%1‎ عددًا صحيحًا من %2 إلى %3، وليس &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 expects one of %2, not &quot;%3&quot;.</source>
        <translation>يتوقع ‎--%1‎ إحدى القيم %2، وليس &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Port to listen on, on 127.0.0.1 (0: any free port).</source>
        <translation>المنفذ الذي يُستمع عليه، على 127.0.0.1 (0: أي منفذ متاح).</translation>
    </message>
    <message>
        <source>Number of generated records.</source>
        <translation>عدد السجلات المولَّدة.</translation>
    </message>
    <message>
        <source>Seed of the generated data set.</source>
        <translation>بذرة مجموعة البيانات المولَّدة.</translation>
    </message>
    <message>
        <source>Newest last modification date, as YYYY-MM-DDThh:mm:ss in UTC (default: now).</source>
        <translation>أحدث تاريخ لآخر تعديل، بصيغة YYYY-MM-DDThh:mm:ss بتوقيت UTC (الافتراضي: الآن).</translation>
    </message>
    <message>
        <source>Days over which the last modification dates spread.</source>
        <translation>عدد الأيام التي تتوزع عليها تواريخ آخر تعديل.</translation>
    </message>
    <message>
        <source>Client ID to accept.</source>
        <translation>معرّف العميل المقبول.</translation>
    </message>
    <message>
        <source>Client secret to accept (default: the demo secret).</source>
        <translation>سرّ العميل المقبول (الافتراضي: السرّ التجريبي).</translation>
    </message>
    <message>
        <source>Lifetime of access tokens, in seconds.</source>
        <translation>مدة صلاحية رموز الوصول، بالثواني.</translation>
    </message>
    <message>
        <source>Fail every Nth request (0: never).</source>
        <translation>إفشال كل طلب رقم N ‏(0: أبدًا).</translation>
    </message>
    <message>
        <source>HTTP status of those failures: 503, 504 or 500.</source>
        <translation>حالة HTTP لتلك الإخفاقات: 503 أو 504 أو 500.</translation>
    </message>
    <message>
        <source>Send Retry-After with those failures, in seconds (0: no).</source>
        <translation>إرسال Retry-After مع تلك الإخفاقات، بالثواني (0: لا).</translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds.</source>
        <translation>تأخير كل رد بهذا العدد من الملّي ثانية.</translation>
    </message>
    <message>
        <source>Cut off the body of every Nth response (0: never).</source>
        <translation>قطع جسم كل رد رقم N ‏(0: أبدًا).</translation>
    </message>
    <message>
        <source>Close the connection instead of answering every Nth request.</source>
        <translation>إغلاق الاتصال بدلًا من الرد على كل طلب رقم N.</translation>
    </message>
    <message>
        <source>Result requests allowed per client ID and UTC day.</source>
        <translation>طلبات النتائج المسموح بها لكل معرّف عميل وكل يوم بتوقيت UTC.</translation>
    </message>
    <message>
        <source>HTTP status once the quota is used up: 429 or 403.</source>
        <translation>حالة HTTP بعد استنفاد الحصة: 429 أو 403.</translation>
    </message>
    <message>
        <source>Modify one already served record while a client pages through a date range.</source>
        <translation>تعديل سجل واحد سبق تقديمه بينما يتصفح العميل صفحات نطاق تواريخ.</translation>
    </message>
    <message>
        <source>Answer for a page past the last one: empty or 404.</source>
        <translation>الرد على صفحة بعد الأخيرة: empty أو 404.</translation>
    </message>
    <message>
        <source>Answer for a TRF number that matches nothing: empty or 404.</source>
        <translation>الرد على رقم TRF لا يطابق شيئًا: empty أو 404.</translation>
    </message>
    <message>
        <source>Refuse date ranges that match more than N records, even when paged (0: never).</source>
        <translation>رفض نطاقات التواريخ التي تطابق أكثر من N سجل، حتى مع تقسيمها إلى صفحات (0: أبدًا).</translation>
    </message>
    <message>
        <source>Accept date ranges longer than one year.</source>
        <translation>قبول نطاقات تواريخ أطول من سنة واحدة.</translation>
    </message>
    <message>
        <source>Shape of error bodies: flat, gateway or text.</source>
        <translation>شكل أجسام الأخطاء: flat أو gateway أو text.</translation>
    </message>
    <message>
        <source>--fail-status expects 503, 504 or 500.</source>
        <translation>يتوقع ‎--fail-status‎ القيمة 503 أو 504 أو 500.</translation>
    </message>
    <message>
        <source>--quota-status expects 429 or 403.</source>
        <translation>يتوقع ‎--quota-status‎ القيمة 429 أو 403.</translation>
    </message>
    <message>
        <source>--anchor expects a date and time as YYYY-MM-DDThh:mm:ss.</source>
        <translation>يتوقع ‎--anchor‎ تاريخًا ووقتًا بصيغة YYYY-MM-DDThh:mm:ss.</translation>
    </message>
    <message>
        <source>The client ID and secret must not be empty.</source>
        <translation>يجب ألا يكون معرّف العميل وسرّه فارغين.</translation>
    </message>
    <message>
        <source>Always answer a search for this TRF number with the --fail-status failure, so clients retry and then report an error; repeat for several.</source>
        <translation>الرد دائمًا على البحث عن رقم TRF هذا بالإخفاق المحدد في ‎--fail-status‎، لكي يعيد العملاء المحاولة ثم يبلغوا عن خطأ؛ كرّر الخيار لعدة أرقام.</translation>
    </message>
    <message>
        <source>Write a sample applicant list (CSV) drawn from the data set the other options describe to FILE, and exit without serving. Its rows give every outcome of batch verification: matches, forgiven name variants, mismatches, numbers not found or not released, and rows that cannot be sent.</source>
        <translation>كتابة قائمة متقدّمين نموذجية (CSV) إلى FILE، مأخوذة من مجموعة البيانات التي تصفها الخيارات الأخرى، ثم الخروج دون تشغيل الخدمة. تعطي صفوفها كل حصائل التحقق الجماعي: التطابقات، وتنويعات الأسماء المتغاضى عنها، وحالات عدم التطابق، والأرقام غير الموجودة أو غير المنشورة، والصفوف التي لا يمكن إرسالها.</translation>
    </message>
    <message>
        <source>--fail-trf expects a TRF number.</source>
        <translation>يتوقع ‎--fail-trf‎ رقم TRF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A local double of the IELTS result-verification API, on 127.0.0.1.</source>
        <translation>بديل محلي لواجهة API للتحقق من نتائج IELTS، على 127.0.0.1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>لا يمكن الاستماع على المنفذ %1 في 127.0.0.1.</translation>
    </message>
    <message>
        <source>Result endpoint: %1</source>
        <translation>نقطة وصول النتائج: %1</translation>
    </message>
    <message>
        <source>Token endpoint:  %1</source>
        <translation>نقطة وصول الرموز:  %1</translation>
    </message>
    <message>
        <source>Credentials: client ID %1, secret %2</source>
        <translation>بيانات الاعتماد: معرّف العميل %1، السرّ %2</translation>
    </message>
    <message>
        <source>Credentials: client ID %1 and the secret given</source>
        <translation>بيانات الاعتماد: معرّف العميل %1 والسرّ المُعطى</translation>
    </message>
    <message>
        <source>Records: %1. Press Ctrl+C to stop.</source>
        <translation>السجلات: %1. اضغط Ctrl+C للإيقاف.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Fetch results by TRF number or by date range, as JSON, CSV, Excel or PDF.</source>
        <translation>جلب النتائج حسب رقم TRF أو نطاق التواريخ، بصيغة JSON أو CSV أو Excel أو PDF.</translation>
    </message>
    <message>
        <source>Try &quot;%1 search --help&quot;.
</source>
        <translation>جرّب &quot;%1 search --help&quot;.
</translation>
    </message>
    <message>
        <source>Fetches results from the IELTS result-verification service, by TRF number or by the date range in which candidates shared them, and writes them as JSON, CSV, an Excel workbook or a PDF report.

Credentials come from the environment variables IELTS_CLIENT_ID and IELTS_CLIENT_SECRET. DATETIME is YYYY-MM-DDThh:mm:ss in UTC, or YYYY-MM-DD (the whole day: --from at 00:00:00, --to at 23:59:59).

Exit status: 0 success (also when nothing was found), 2 invalid usage or input, 3 authentication or authorization failure, 4 any other error from the service (quota included), 5 network failure after retries, 130 interrupted.</source>
        <translation>يجلب النتائج من خدمة IELTS للتحقق من النتائج، حسب رقم TRF أو حسب نطاق التواريخ الذي شارك فيه المرشّحون نتائجهم، ويكتبها بصيغة JSON أو CSV أو مصنف Excel أو تقرير PDF.

تؤخذ بيانات الاعتماد من متغيرَي البيئة IELTS_CLIENT_ID وIELTS_CLIENT_SECRET. تكون DATETIME بصيغة YYYY-MM-DDThh:mm:ss بتوقيت UTC، أو YYYY-MM-DD (اليوم كله: ‎--from‎ عند 00:00:00، و‎--to‎ عند 23:59:59).

حالة الخروج: 0 نجاح (وكذلك عندما لا يُعثر على شيء)، 2 استخدام أو إدخال غير صالح، 3 فشل المصادقة أو التفويض، 4 أي خطأ آخر من الخدمة (بما في ذلك الحصة)، 5 عطل في الشبكة بعد إعادة المحاولات، 130 مقاطعة.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>A TRF number to check; repeat for several.</source>
        <translation>رقم TRF للتحقق منه؛ كرّر الخيار لعدة أرقام.</translation>
    </message>
    <message>
        <source>Start of the range of last modification (UTC).</source>
        <translation>بداية نطاق آخر تعديل (UTC).</translation>
    </message>
    <message>
        <source>End of the range of last modification (UTC).</source>
        <translation>نهاية نطاق آخر تعديل (UTC).</translation>
    </message>
    <message>
        <source>Include candidate photos.</source>
        <translation>تضمين صور المرشّحين.</translation>
    </message>
    <message>
        <source>Ask for the One Skill Retake fields (OSRFlag=Y).</source>
        <translation>طلب حقول One Skill Retake ‏(OSRFlag=Y).</translation>
    </message>
    <message>
        <source>Records per request, 1 to 2000 (default 2000).</source>
        <translation>عدد السجلات لكل طلب، من 1 إلى 2000 (الافتراضي 2000).</translation>
    </message>
    <message>
        <source>production (default), sandbox, or demo (a local service with generated data and demo credentials).</source>
        <translation>production (الافتراضي) أو sandbox أو demo (خدمة محلية ببيانات مولَّدة وبيانات اعتماد تجريبية).</translation>
    </message>
    <message>
        <source>The full URL of the result resource; overrides --environment.</source>
        <translation>عنوان URL الكامل لمورد النتائج؛ يتجاوز ‎--environment‎.</translation>
    </message>
    <message>
        <source>The full URL of the token endpoint (for --auth bearer); overrides --environment.</source>
        <translation>عنوان URL الكامل لنقطة وصول الرموز (لـ ‎--auth bearer‎)؛ يتجاوز ‎--environment‎.</translation>
    </message>
    <message>
        <source>basic (default) or bearer.</source>
        <translation>basic (الافتراضي) أو bearer.</translation>
    </message>
    <message>
        <source>json (default), csv, xlsx or pdf. json and csv are written page by page; xlsx and pdf keep every record in memory and write the file at the end, and need --output.</source>
        <translation>json (الافتراضي) أو csv أو xlsx أو pdf. يُكتب json وcsv صفحةً بصفحة؛ أما xlsx وpdf فيحتفظان بكل السجلات في الذاكرة ويكتبان الملف في النهاية، ويحتاجان إلى ‎--output‎.</translation>
    </message>
    <message>
        <source>Also save each candidate&apos;s photo in DIR as &lt;TRF&gt;.&lt;ext&gt; (asks the service for photos). Never overwrites a file; the photos appear only when the search succeeds.</source>
        <translation>حفظ صورة كل مرشّح أيضًا في DIR باسم &lt;TRF&gt;.&lt;ext&gt; (يطلب الصور من الخدمة). لا يكتب فوق أي ملف أبدًا؛ ولا تظهر الصور إلا عند نجاح البحث.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output; FILE is only created or replaced when the search succeeds.</source>
        <translation>الكتابة إلى FILE بدلًا من الإخراج القياسي؛ لا يُنشأ FILE أو يُستبدل إلا عند نجاح البحث.</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>الإبلاغ عن التقدّم على الخطأ القياسي.</translation>
    </message>
    <message>
        <source>Print nothing but errors on standard error.</source>
        <translation>عدم طباعة أي شيء سوى الأخطاء على الخطأ القياسي.</translation>
    </message>
    <message>
        <source>Send even when the requests counted today would pass the daily quota.</source>
        <translation>الإرسال حتى لو كانت الطلبات المحسوبة اليوم ستتجاوز الحصة اليومية.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --trf or --from and --to, not both.</source>
        <translation>أدخل ‎--trf‎ أو ‎--from‎ و‎--to‎، وليس كليهما.</translation>
    </message>
    <message>
        <source>A date range needs both --from and --to.</source>
        <translation>يحتاج نطاق التواريخ إلى ‎--from‎ و‎--to‎ معًا.</translation>
    </message>
    <message>
        <source>Give --trf TRF, or --from and --to.</source>
        <translation>أدخل ‎--trf TRF‎، أو ‎--from‎ و‎--to‎.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to %1.</source>
        <translation>يجب أن يكون ‎--page-size‎ عددًا صحيحًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use YYYY-MM-DDThh:mm:ss (UTC) or YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; ليس تاريخًا ووقتًا؛ استخدم YYYY-MM-DDThh:mm:ss ‏(UTC) أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--environment must be production, sandbox or demo.</source>
        <translation>يجب أن تكون ‎--environment‎ إحدى القيم production أو sandbox أو demo.</translation>
    </message>
    <message>
        <source>--auth must be basic or bearer.</source>
        <translation>يجب أن تكون ‎--auth‎ إما basic أو bearer.</translation>
    </message>
    <message>
        <source>--format must be json, csv, xlsx or pdf.</source>
        <translation>يجب أن تكون ‎--format‎ إحدى القيم json أو csv أو xlsx أو pdf.</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>(سطر الأوامر)</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>خطأ: تعذّر بدء خدمة العرض التجريبي المحلية.
</translation>
    </message>
    <message>
        <source>No credentials: set IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, or use --profile NAME.</source>
        <translation>لا توجد بيانات اعتماد: اضبط IELTS_CLIENT_ID وIELTS_CLIENT_SECRET، أو استخدم ‎--profile NAME‎.</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>، عند %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 pages, %3 records, %4 MB%5%6
</source>
        <translation>%1 طلب، %2 صفحة، %3 سجل، %4 ميغابايت%5%6
</translation>
    </message>
    <message numerus="yes">
        <source>, %n retries</source>
        <translation>
            <numerusform>، %n محاولة إعادة</numerusform>
            <numerusform>، محاولة إعادة واحدة</numerusform>
            <numerusform>، محاولتا إعادة</numerusform>
            <numerusform>، %n محاولات إعادة</numerusform>
            <numerusform>، %n محاولة إعادة</numerusform>
            <numerusform>، %n محاولة إعادة</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>تحذير: %1
</translation>
    </message>
    <message>
        <source>error: the results could not be written.
</source>
        <translation>خطأ: تعذّرت كتابة النتائج.
</translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.
</source>
        <translation>تمت المقاطعة؛ لم يُكتب شيء.
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>خطأ: %1
</translation>
    </message>
    <message>
        <source>No result for TRF %1.
</source>
        <translation>لا توجد نتيجة لرقم TRF ‏%1.
</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 request(s)</source>
        <translation>
            <numerusform>%n سجل من %1 طلب</numerusform>
            <numerusform>سجل واحد من %1 طلب</numerusform>
            <numerusform>سجلان من %1 طلب</numerusform>
            <numerusform>%n سجلات من %1 طلب</numerusform>
            <numerusform>%n سجلًا من %1 طلب</numerusform>
            <numerusform>%n سجل من %1 طلب</numerusform>
        </translation>
    </message>
    <message>
        <source> written to %1.
</source>
        <translation> كُتبت إلى %1.
</translation>
    </message>
</context>
<context>
    <name>SearchJob</name>
    <message>
        <source>Nothing to search for: give a TRF number or a date range.</source>
        <translation>لا يوجد ما يُبحث عنه: أدخل رقم TRF أو نطاق تواريخ.</translation>
    </message>
    <message>
        <source>No client ID and secret are set for this connection.</source>
        <translation>لم يُضبط معرّف عميل وسرّ لهذا الاتصال.</translation>
    </message>
    <message numerus="yes">
        <source>This search needs an estimated %n request(s), but only %1 of today&apos;s %2 remain for this client ID (counted on this computer).</source>
        <translation>
            <numerusform>يحتاج هذا البحث إلى %n طلب تقريبًا، لكن لم يتبقَّ سوى %1 من أصل %2 لهذا اليوم لمعرّف العميل هذا (محسوبة على هذا الحاسوب).</numerusform>
            <numerusform>يحتاج هذا البحث إلى طلب واحد تقريبًا، لكن لم يتبقَّ سوى %1 من أصل %2 لهذا اليوم لمعرّف العميل هذا (محسوبة على هذا الحاسوب).</numerusform>
            <numerusform>يحتاج هذا البحث إلى طلبين تقريبًا، لكن لم يتبقَّ سوى %1 من أصل %2 لهذا اليوم لمعرّف العميل هذا (محسوبة على هذا الحاسوب).</numerusform>
            <numerusform>يحتاج هذا البحث إلى %n طلبات تقريبًا، لكن لم يتبقَّ سوى %1 من أصل %2 لهذا اليوم لمعرّف العميل هذا (محسوبة على هذا الحاسوب).</numerusform>
            <numerusform>يحتاج هذا البحث إلى %n طلبًا تقريبًا، لكن لم يتبقَّ سوى %1 من أصل %2 لهذا اليوم لمعرّف العميل هذا (محسوبة على هذا الحاسوب).</numerusform>
            <numerusform>يحتاج هذا البحث إلى %n طلب تقريبًا، لكن لم يتبقَّ سوى %1 من أصل %2 لهذا اليوم لمعرّف العميل هذا (محسوبة على هذا الحاسوب).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of today&apos;s %2 requests for this client ID are used.</source>
        <translation>استُخدم %1 من طلبات اليوم البالغة %2 لمعرّف العميل هذا.</translation>
    </message>
    <message>
        <source>Today&apos;s quota of %1 requests for this client ID is used up (counted on this computer).</source>
        <translation>استُنفدت حصة اليوم البالغة %1 طلبًا لمعرّف العميل هذا (محسوبة على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>The answer was cut off.</source>
        <translation>انقطع الرد.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>الرد ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>The service answered &quot;not found&quot; without the documented code 70404; it was taken to mean no results. If every search finds nothing, check the endpoint URL.</source>
        <translation>ردّت الخدمة بـ «غير موجود» دون الرمز الموثّق 70404؛ فاعتُبر ذلك عدم وجود نتائج. إذا لم يعثر أي بحث على شيء، فتحقق من عنوان URL لنقطة الوصول.</translation>
    </message>
    <message>
        <source>The service refused a date range as too large; it is being fetched in smaller parts.</source>
        <translation>رفضت الخدمة نطاق تواريخ لأنه كبير جدًا؛ يُجلب الآن على أجزاء أصغر.</translation>
    </message>
    <message>
        <source>The service did not return records in order of last modification; pages are fetched by number instead, so a record shared again during the search may be missed.</source>
        <translation>لم تُرجع الخدمة السجلات مرتّبة حسب آخر تعديل؛ لذا تُجلب الصفحات حسب رقمها، وقد يفوت سجل أُعيدت مشاركته أثناء البحث.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>البحث حسب</translation>
    </message>
    <message>
        <source>Search by TRF numbers or by the date range in which results were shared</source>
        <translation>البحث حسب أرقام TRF أو حسب نطاق التواريخ الذي شوركت فيه النتائج</translation>
    </message>
    <message>
        <source>&amp;TRF numbers</source>
        <translation>أرقام &amp;TRF</translation>
    </message>
    <message>
        <source>TRF &amp;numbers, one per line or separated by commas:</source>
        <translation>أ&amp;رقام TRF، رقم في كل سطر أو مفصولة بفواصل:</translation>
    </message>
    <message>
        <source>TRF numbers</source>
        <translation>أرقام TRF</translation>
    </message>
    <message>
        <source>One TRF number per line or separated by commas. Enter searches; Shift+Enter starts a new line.</source>
        <translation>رقم TRF واحد في كل سطر أو مفصولة بفواصل. يبدأ Enter البحث؛ ويبدأ Shift+Enter سطرًا جديدًا.</translation>
    </message>
    <message>
        <source>17UZ010772RAKN025A</source>
        <translation>17UZ010772RAKN025A</translation>
    </message>
    <message>
        <source>TRF number check</source>
        <translation>فحص أرقام TRF</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>نطاق ال&amp;تواريخ</translation>
    </message>
    <message>
        <source>Results shared with you or changed in this period (UTC):</source>
        <translation>النتائج التي شوركت معك أو تغيّرت في هذه الفترة (UTC):</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;من (UTC):</translation>
    </message>
    <message>
        <source>From, in UTC</source>
        <translation>من، بتوقيت UTC</translation>
    </message>
    <message>
        <source>From, in local time</source>
        <translation>من، بالتوقيت المحلي</translation>
    </message>
    <message>
        <source>T&amp;o (UTC):</source>
        <translation>إ&amp;لى (UTC):</translation>
    </message>
    <message>
        <source>To, in UTC</source>
        <translation>إلى، بتوقيت UTC</translation>
    </message>
    <message>
        <source>To, in local time</source>
        <translation>إلى، بالتوقيت المحلي</translation>
    </message>
    <message>
        <source>&amp;Quick choice:</source>
        <translation>اختيار &amp;سريع:</translation>
    </message>
    <message>
        <source>Quick choice of date range</source>
        <translation>اختيار سريع لنطاق التواريخ</translation>
    </message>
    <message>
        <source>Date range check</source>
        <translation>فحص نطاق التواريخ</translation>
    </message>
    <message>
        <source>Include &amp;photos</source>
        <translation>تضمين ال&amp;صور</translation>
    </message>
    <message>
        <source>Ask for candidate photos; answers are larger and slower</source>
        <translation>طلب صور المرشّحين؛ تكون الردود أكبر وأبطأ</translation>
    </message>
    <message>
        <source>Include One Skill &amp;Retake fields</source>
        <translation>تضمين حقول One Skill &amp;Retake</translation>
    </message>
    <message>
        <source>Ask for the additional One Skill Retake fields</source>
        <translation>طلب حقول One Skill Retake الإضافية</translation>
    </message>
    <message>
        <source>Cost against the daily quota</source>
        <translation>التكلفة من الحصة اليومية</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Start the search (Enter)</source>
        <translation>بدء البحث (Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Stop the running search (Esc)</source>
        <translation>إيقاف البحث الجاري (Esc)</translation>
    </message>
    <message>
        <source>= %1 your time (UTC%2%3:%4)</source>
        <translation>= %1 بتوقيتك (UTC%2%3:%4)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Since my last pull</source>
        <translation>منذ آخر جلب لي</translation>
    </message>
    <message>
        <source>Enter at least one TRF number.</source>
        <translation>أدخل رقم TRF واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Search again…</source>
        <translation>&amp;بحث مرة أخرى…</translation>
    </message>
    <message>
        <source>From %1 UTC</source>
        <translation>من %1 UTC</translation>
    </message>
    <message>
        <source>No earlier pull with this profile</source>
        <translation>لا يوجد جلب سابق بملف التعريف هذا</translation>
    </message>
    <message>
        <source>✖ &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>✖ &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>• &lt;b&gt;%1&lt;/b&gt;: listed twice; searched once.</source>
        <translation>• &lt;b&gt;%1&lt;/b&gt;: مُدرج مرتين؛ بُحث عنه مرة واحدة.</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>⚠ &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n TRF number(s) ready to search.</source>
        <translation>
            <numerusform>%n رقم TRF جاهز للبحث.</numerusform>
            <numerusform>رقم TRF واحد جاهز للبحث.</numerusform>
            <numerusform>رقما TRF جاهزان للبحث.</numerusform>
            <numerusform>%n أرقام TRF جاهزة للبحث.</numerusform>
            <numerusform>%n رقمًا من أرقام TRF جاهزة للبحث.</numerusform>
            <numerusform>%n رقم TRF جاهزة للبحث.</numerusform>
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
        <translation>اليوم: استُخدم %1 من %2 طلبًا، وتبقّى %3.</translation>
    </message>
    <message>
        <source>Each TRF number costs one request.</source>
        <translation>كل رقم TRF يكلّف طلبًا واحدًا.</translation>
    </message>
    <message numerus="yes">
        <source>This search costs %n request(s), one per TRF number.</source>
        <translation>
            <numerusform>يكلّف هذا البحث %n طلب، طلبًا لكل رقم TRF.</numerusform>
            <numerusform>يكلّف هذا البحث طلبًا واحدًا، طلبًا لكل رقم TRF.</numerusform>
            <numerusform>يكلّف هذا البحث طلبين، طلبًا لكل رقم TRF.</numerusform>
            <numerusform>يكلّف هذا البحث %n طلبات، طلبًا لكل رقم TRF.</numerusform>
            <numerusform>يكلّف هذا البحث %n طلبًا، طلبًا لكل رقم TRF.</numerusform>
            <numerusform>يكلّف هذا البحث %n طلب، طلبًا لكل رقم TRF.</numerusform>
        </translation>
    </message>
    <message>
        <source>This search costs at least one request, and one more for every 2,000 results found.</source>
        <translation>يكلّف هذا البحث طلبًا واحدًا على الأقل، وطلبًا إضافيًا لكل 2,000 نتيجة يُعثر عليها.</translation>
    </message>
    <message>
        <source>Search for one or more TRF numbers</source>
        <translation>البحث عن رقم TRF واحد أو أكثر</translation>
    </message>
    <message>
        <source>The result of checking each TRF number as it is typed: which are ready and which need correcting.</source>
        <translation>نتيجة فحص كل رقم TRF أثناء كتابته: أيها جاهز وأيها يحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>Search for the results shared or changed in a period</source>
        <translation>البحث عن النتائج التي شُوركت أو تغيّرت خلال فترة</translation>
    </message>
    <message>
        <source>Start of the period, in UTC, as year-month-day hours:minutes:seconds. The up and down arrow keys change the part under the cursor.</source>
        <translation>بداية الفترة بالتوقيت العالمي UTC، بصيغة سنة-شهر-يوم ساعات:دقائق:ثوانٍ. يغيّر مفتاحا السهم لأعلى ولأسفل الجزء الذي يقف عنده المؤشر.</translation>
    </message>
    <message>
        <source>End of the period, in UTC, as year-month-day hours:minutes:seconds. The up and down arrow keys change the part under the cursor.</source>
        <translation>نهاية الفترة بالتوقيت العالمي UTC، بصيغة سنة-شهر-يوم ساعات:دقائق:ثوانٍ. يغيّر مفتاحا السهم لأعلى ولأسفل الجزء الذي يقف عنده المؤشر.</translation>
    </message>
    <message>
        <source>Sets From and To to a common period ending now.</source>
        <translation>يضبط «من» و«إلى» على فترة شائعة تنتهي الآن.</translation>
    </message>
    <message>
        <source>What is wrong with the date range, or what to watch out for.</source>
        <translation>ما الخطأ في نطاق التاريخ، أو ما يجب الانتباه إليه.</translation>
    </message>
    <message>
        <source>How many requests this search costs and how many are left today.</source>
        <translation>كم طلبًا يكلّف هذا البحث، وكم بقي اليوم.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Enter the start of the date range as YYYY-MM-DDThh:mm:ss (UTC).</source>
        <translation>أدخل بداية نطاق التواريخ بصيغة YYYY-MM-DDThh:mm:ss ‏(UTC).</translation>
    </message>
    <message>
        <source>Enter the end of the date range as YYYY-MM-DDThh:mm:ss (UTC).</source>
        <translation>أدخل نهاية نطاق التواريخ بصيغة YYYY-MM-DDThh:mm:ss ‏(UTC).</translation>
    </message>
    <message>
        <source>The start of the date range must be before its end.</source>
        <translation>يجب أن تسبق بداية نطاق التواريخ نهايته.</translation>
    </message>
    <message>
        <source>The end of the date range (%1 UTC) is in the future; the latest possible end is now (%2 UTC).</source>
        <translation>نهاية نطاق التواريخ (%1 UTC) في المستقبل؛ أبعد نهاية ممكنة هي الآن (%2 UTC).</translation>
    </message>
    <message>
        <source>The start of the date range is in the future.</source>
        <translation>بداية نطاق التواريخ في المستقبل.</translation>
    </message>
    <message>
        <source>The range is longer than one year; it will be fetched in parts of at most one year each.</source>
        <translation>النطاق أطول من سنة واحدة؛ سيُجلب على أجزاء لا يتجاوز كل منها سنة واحدة.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1; it is %2.</source>
        <translation>يجب أن يكون حجم الصفحة بين 1 و%1؛ وهو %2.</translation>
    </message>
    <message>
        <source>TRF %1</source>
        <translation>TRF ‏%1</translation>
    </message>
    <message>
        <source>modified from %1 to %2 UTC</source>
        <translation>المعدَّلة من %1 إلى %2 UTC</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>The system keychain did not answer in time. It may be waiting to be unlocked, or its service may have stopped responding.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام في الوقت المحدد. ربما تنتظر فتح قفلها، أو توقفت خدمتها عن الاستجابة.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it, for example by logging in again, and try once more.</source>
        <translation>سلسلة مفاتيح النظام مقفلة. افتح قفلها، بتسجيل الدخول مرة أخرى مثلًا، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>رُفض الوصول إلى سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the client secret cannot be kept. It can be used for this session only.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام على هذا الحاسوب، لذا لا يمكن الاحتفاظ بسرّ العميل. يمكن استخدامه لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile.</source>
        <translation>لا يوجد سرّ عميل مخزَّن لملف التعريف هذا.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>أبلغت سلسلة مفاتيح النظام عن خطأ.</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>&quot;%1&quot; مجلد. اختر اسم ملف.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>المجلد &quot;%1&quot; غير موجود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists and was left as it is.</source>
        <translation>&quot;%1&quot; موجود بالفعل وتُرك كما هو.</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;: %2</source>
        <translation>لا يمكن الكتابة إلى المجلد &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The export file was not created.</source>
        <translation>لم يُنشأ ملف التصدير.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>فشلت كتابة &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a file with that name appeared meanwhile</source>
        <translation>ظهر ملف بهذا الاسم في أثناء ذلك</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>لا يمكن كتابة &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>StagedPhotoFolder</name>
    <message>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>&quot;%1&quot; ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>تعذّر إنشاء المجلد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;: %2</source>
        <translation>لا يمكن الكتابة إلى المجلد &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The photos folder was not opened.</source>
        <translation>لم يُفتح مجلد الصور.</translation>
    </message>
    <message>
        <source>Could not save the photo to %1.</source>
        <translation>تعذّر حفظ الصورة في %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n photo(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>حُفظت %n صورة في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظت صورة واحدة في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظت صورتان في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظت %n صور في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظت %n صورة في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظت %n صورة في &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them under a new name, because a file of the same name was already there.</source>
        <translation>
            <numerusform>%n منها باسم جديد، لأن ملفًا بالاسم نفسه كان موجودًا.</numerusform>
            <numerusform>واحدة منها باسم جديد، لأن ملفًا بالاسم نفسه كان موجودًا.</numerusform>
            <numerusform>اثنتان منها باسم جديد، لأن ملفين بالاسم نفسه كانا موجودين.</numerusform>
            <numerusform>%n منها بأسماء جديدة، لأن ملفات بالأسماء نفسها كانت موجودة.</numerusform>
            <numerusform>%n منها بأسماء جديدة، لأن ملفات بالأسماء نفسها كانت موجودة.</numerusform>
            <numerusform>%n منها بأسماء جديدة، لأن ملفات بالأسماء نفسها كانت موجودة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) had no photo.</source>
        <translation>
            <numerusform>%n نتيجة بلا صورة.</numerusform>
            <numerusform>نتيجة واحدة بلا صورة.</numerusform>
            <numerusform>نتيجتان بلا صورة.</numerusform>
            <numerusform>%n نتائج بلا صورة.</numerusform>
            <numerusform>%n نتيجة بلا صورة.</numerusform>
            <numerusform>%n نتيجة بلا صورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be saved: %1</source>
        <translation>
            <numerusform>تعذّر حفظ %n صورة: %1</numerusform>
            <numerusform>تعذّر حفظ صورة واحدة: %1</numerusform>
            <numerusform>تعذّر حفظ صورتين: %1</numerusform>
            <numerusform>تعذّر حفظ %n صور: %1</numerusform>
            <numerusform>تعذّر حفظ %n صورة: %1</numerusform>
            <numerusform>تعذّر حفظ %n صورة: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>The token endpoint refused the client ID or secret.</source>
        <translation>رفضت نقطة وصول الرموز معرّف العميل أو سرّه.</translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that they belong to this environment (sandbox and production credentials differ).</source>
        <translation>تحقق من معرّف العميل وسرّه، ومن أنهما يخصّان هذه البيئة (بيانات اعتماد بيئة الاختبار تختلف عن بيانات بيئة الإنتاج).</translation>
    </message>
</context>
<context>
    <name>Trf</name>
    <message>
        <source>Enter a TRF number.</source>
        <translation>أدخل رقم TRF.</translation>
    </message>
    <message>
        <source>A TRF number has only letters A–Z and digits; remove “%1”.</source>
        <translation>يتكوّن رقم TRF من الحروف A–Z والأرقام فقط؛ احذف «%1».</translation>
    </message>
    <message>
        <source>A TRF number has at most %1 letters and digits; this one has %2.</source>
        <translation>يتكوّن رقم TRF من %1 حرفًا ورقمًا على الأكثر؛ وهذا الرقم فيه %2.</translation>
    </message>
    <message>
        <source>This does not look like an IELTS TRF number (18 characters, such as 17UZ010772RAKN025A). It will be searched as typed.</source>
        <translation>لا يبدو هذا رقم TRF لاختبار IELTS ‏(18 حرفًا، مثل 17UZ010772RAKN025A). سيُبحث عنه كما كُتب.</translation>
    </message>
</context>
<context>
    <name>VerificationRecord</name>
    <message>
        <source>IELTS result verification record</source>
        <translation>سجل التحقق من نتيجة IELTS</translation>
    </message>
    <message>
        <source>TEST DATA (%1): not a real IELTS result.</source>
        <translation>بيانات اختبار (%1): ليست نتيجة IELTS حقيقية.</translation>
    </message>
    <message>
        <source>Checked by: %1 (%2)</source>
        <translation>تحقّق منه: %1 (%2)</translation>
    </message>
    <message>
        <source>Retrieved: %1 UTC</source>
        <translation>وقت الجلب: %1 UTC</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>This result is not released. Do not rely on it until its status is RELEASED.</source>
        <translation>هذه النتيجة غير منشورة. لا تعتمد عليها حتى تصبح حالتها RELEASED.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Every field the service sent</source>
        <translation>جميع الحقول التي أرسلتها الخدمة</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>Produced by IELTS Result Verifier %1 from the answer of the IELTS result-verification service.</source>
        <translation>أنشأه مدقّق نتائج IELTS ‏%1 من رد خدمة IELTS للتحقق من النتائج.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>تعذّر تجهيز الصفحة للطباعة.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>IELTS verification %1</source>
        <translation>تحقق IELTS ‏%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxResultWriter</name>
    <message>
        <source>(photo unreadable)</source>
        <translation>(الصورة غير مقروءة)</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation>ملف تعريف المؤسسة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>Retrieved (UTC)</source>
        <translation>وقت الجلب (UTC)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>وقت التصدير (UTC)</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <source>IELTS Result Verifier %1</source>
        <translation>مدقّق نتائج IELTS ‏%1</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>بيانات اختبار (%1): هذه ليست نتائج IELTS حقيقية.</translation>
    </message>
    <message>
        <source>The Excel file could not be written: %1</source>
        <translation>تعذّرت كتابة ملف Excel: %1</translation>
    </message>
    <message>
        <source>The Excel file could not be started (out of memory or no temporary space).</source>
        <translation>تعذّر بدء ملف Excel (نفدت الذاكرة أو لا توجد مساحة مؤقتة).</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>The Excel file could not be started.</source>
        <translation>تعذّر بدء ملف Excel.</translation>
    </message>
    <message>
        <source>IELTS results</source>
        <translation>نتائج IELTS</translation>
    </message>
</context>
<context>
    <name>XlsxSupport</name>
    <message>
        <source>%1 (TEST DATA)</source>
        <comment>Title of a workbook holding test data</comment>
        <translation>%1 (بيانات اختبار)</translation>
    </message>
    <message>
        <source>Test data from %1: not real IELTS results.</source>
        <translation>بيانات اختبار من %1: ليست نتائج IELTS حقيقية.</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>بيانات اختبار: ليست نتائج IELTS حقيقية</translation>
    </message>
</context>
</TS>
