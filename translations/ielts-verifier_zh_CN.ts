<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>The service says a mandatory query parameter is missing.</source>
        <translation>服务报告缺少必需的查询参数。</translation>
    </message>
    <message>
        <source>Check the search: a TRF number, or both dates of a range, must be given. If they were, report this to the application&apos;s maintainers.</source>
        <translation>请检查搜索条件：必须提供 TRF 编号，或日期范围的起止两个日期。如果已经提供，请将此问题报告给本应用的维护者。</translation>
    </message>
    <message>
        <source>The service refused the access token as invalid.</source>
        <translation>服务拒绝了访问令牌，认为其无效。</translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that they belong to this environment (sandbox and production credentials differ).</source>
        <translation>请检查客户端 ID 和密钥，并确认它们属于此环境（沙盒与生产环境的凭据不同）。</translation>
    </message>
    <message>
        <source>The service received no access token.</source>
        <translation>服务没有收到访问令牌。</translation>
    </message>
    <message>
        <source>Enter the client ID and secret for this environment.</source>
        <translation>请输入此环境的客户端 ID 和密钥。</translation>
    </message>
    <message>
        <source>The access token has expired and could not be renewed.</source>
        <translation>访问令牌已过期，且无法续期。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the token URL and credentials.</source>
        <translation>请重试；如果问题持续出现，请检查令牌 URL 和凭据。</translation>
    </message>
    <message>
        <source>These credentials are not allowed to use the result-verification service.</source>
        <translation>这些凭据无权使用成绩验证服务。</translation>
    </message>
    <message>
        <source>Ask the provider&apos;s support to grant this client access to the API.</source>
        <translation>请联系提供方支持，为此客户端开通 API 访问权限。</translation>
    </message>
    <message>
        <source>The service found nothing for this request.</source>
        <translation>服务没有找到与此请求相符的内容。</translation>
    </message>
    <message>
        <source>Check the TRF number or the date range.</source>
        <translation>请检查 TRF 编号或日期范围。</translation>
    </message>
    <message>
        <source>The service had a technical error while processing the request.</source>
        <translation>服务在处理请求时发生技术错误。</translation>
    </message>
    <message>
        <source>Try again later. If it persists, report it to the provider&apos;s support with the transaction ID.</source>
        <translation>请稍后重试。如果问题持续，请连同交易 ID 一起报告给提供方支持。</translation>
    </message>
    <message>
        <source>One or more of the service&apos;s back-ends is down.</source>
        <translation>服务的一个或多个后端已停止运行。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>The service&apos;s back-end timed out.</source>
        <translation>服务的后端超时。</translation>
    </message>
    <message>
        <source>The service says the daily request quota is used up.</source>
        <translation>服务报告每日请求配额已用完。</translation>
    </message>
    <message>
        <source>Wait until the quota resets (midnight UTC) and try again.</source>
        <translation>请等到配额重置（UTC 午夜）后再试。</translation>
    </message>
    <message>
        <source>The service failed with HTTP status %1.</source>
        <translation>服务失败，HTTP 状态为 %1。</translation>
    </message>
    <message>
        <source>The service answered with an unexpected redirect.</source>
        <translation>服务返回了意外的重定向。</translation>
    </message>
    <message>
        <source>Check the endpoint URL; credentials are never sent to another address.</source>
        <translation>请检查端点 URL；凭据绝不会发送到其他地址。</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP status %1).</source>
        <translation>服务拒绝了请求（HTTP 状态 %1）。</translation>
    </message>
    <message>
        <source>Check the search and the endpoint URL.</source>
        <translation>请检查搜索条件和端点 URL。</translation>
    </message>
    <message>
        <source>The service&apos;s host name could not be found.</source>
        <translation>找不到服务的主机名。</translation>
    </message>
    <message>
        <source>Check the internet connection, the proxy settings and the endpoint URL.</source>
        <translation>请检查网络连接、代理设置和端点 URL。</translation>
    </message>
    <message>
        <source>The service did not answer in time, even after several tries.</source>
        <translation>即使多次尝试，服务仍未及时响应。</translation>
    </message>
    <message>
        <source>Check the internet connection and try again later.</source>
        <translation>请检查网络连接，稍后重试。</translation>
    </message>
    <message>
        <source>A secure connection to the service could not be established.</source>
        <translation>无法与服务建立安全连接。</translation>
    </message>
    <message>
        <source>Check the system date and any proxy that inspects HTTPS traffic; the application never ignores certificate errors.</source>
        <translation>请检查系统日期以及任何检查 HTTPS 流量的代理；本应用从不忽略证书错误。</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>无法使用代理服务器。</translation>
    </message>
    <message>
        <source>Check the system proxy settings.</source>
        <translation>请检查系统代理设置。</translation>
    </message>
    <message>
        <source>The connection to the service failed, even after several tries.</source>
        <translation>即使多次尝试，与服务的连接仍然失败。</translation>
    </message>
    <message>
        <source>The service sent an answer that cannot be understood.</source>
        <translation>服务发送了无法理解的响应。</translation>
    </message>
    <message>
        <source>Try again later. If it persists, report it with the transaction ID.</source>
        <translation>请稍后重试。如果问题持续，请连同交易 ID 一起报告。</translation>
    </message>
    <message>
        <source>Correct the settings and try again.</source>
        <translation>请更正设置后重试。</translation>
    </message>
    <message>
        <source>Wait until the quota resets (midnight UTC), narrow the search, or override the check if you know the count is wrong.</source>
        <translation>请等到配额重置（UTC 午夜），缩小搜索范围；如果确定计数有误，也可以忽略此检查。</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
</context>
<context>
    <name>ApplicantDate</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD 或 DD/MM/YYYY 格式。</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>“%1”不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How a date of birth read from an applicant list is spelled out, in QDate format characters: d day, MMMM month name, yyyy year.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>ApplicantField</name>
    <message>
        <source>TRF number</source>
        <translation>TRF 编号</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>听力</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>写作</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>口语</translation>
    </message>
    <message>
        <source>Applicant ID</source>
        <translation>申请人 ID</translation>
    </message>
</context>
<context>
    <name>ApplicantListReader</name>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller lists.</source>
        <translation>文件大于 %1 MB。请将其拆分为较小的名单。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is an old Excel file (.xls) or a password-protected workbook. Save it without a password as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>“%1”是旧版 Excel 文件 (.xls) 或受密码保护的工作簿。请将其另存为不带密码的 Excel 工作簿 (.xlsx) 或 CSV。</translation>
    </message>
    <message>
        <source>Line %1 has a quote that is never closed.</source>
        <translation>第 %1 行有一个未闭合的引号。</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <comment>encoding, separator</comment>
        <translation>CSV，%1，%2</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8（带字节顺序标记）</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian) with byte order mark</source>
        <translation>UTF-16（小端序，带字节顺序标记）</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian) with byte order mark</source>
        <translation>UTF-16（大端序，带字节顺序标记）</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16（小端序）</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16（大端序）</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>The file has too many cells to read. Remove unused columns or split the list.</source>
        <translation>文件中的单元格太多，无法读取。请删除未使用的列或拆分名单。</translation>
    </message>
    <message>
        <source>The file has a header row but no applicants.</source>
        <translation>文件有标题行，但没有申请人。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a repeated column name and its number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Excel workbook (.xlsx).</source>
        <translation>文件已损坏或不是 Excel 工作簿 (.xlsx)。</translation>
    </message>
    <message>
        <source>The workbook is too large to read: it unpacks to more than %1 MB.</source>
        <translation>工作簿太大，无法读取：解压后超过 %1 MB。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>XLSX, sheet “%1”</source>
        <translation>XLSX，工作表“%1”</translation>
    </message>
    <message>
        <source>The first worksheet (“%1”) is empty.</source>
        <translation>第一个工作表（“%1”）为空。</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Verify every applicant of a CSV or Excel list and write a reconciliation report.</source>
        <translation>验证 CSV 或 Excel 名单中的每位申请人，并写出核对报告。</translation>
    </message>
    <message>
        <source>Try &quot;%1 batch --help&quot;.
</source>
        <translation>请尝试“%1 batch --help”。
</translation>
    </message>
    <message>
        <source>Verifies an applicant list (CSV or XLSX) against the IELTS result-verification service: every distinct TRF number is looked up once, and every row of the list gets one outcome, Verified, Mismatch, Not found, Not released or Error, in a report that keeps the list&apos;s own columns.

The columns are recognised by their headers; --column FIELD=HEADER names one explicitly. FIELD is one of: %1. Credentials come from the environment variables IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, or from --profile.

Exit status: 0 every applicant verified (and meets the requirements given), 2 invalid usage or input (an unreadable list, no TRF column, a bad option); no request was sent, 3 authentication or authorization failure, 4 any other error that stopped the batch (quota included: a batch that does not fit today&apos;s quota is refused before anything is sent), 5 network failure after retries, 6 at least one applicant did not verify (mismatch, not found, not released, error, rejected row, or below the requirements), 130 interrupted. When the batch stops (3, 4, 5, 130) no report is written.</source>
        <translation>对照 IELTS 成绩验证服务验证申请人名单（CSV 或 XLSX）：每个不同的 TRF 编号只查询一次，名单中的每一行都会得到一个结果（已验证、不一致、未找到、未发布或错误），并写入保留名单原有各列的报告中。

各列按其标题识别；--column FIELD=HEADER 可明确指定某一列。FIELD 为以下之一：%1。凭据取自环境变量 IELTS_CLIENT_ID 和 IELTS_CLIENT_SECRET，或来自 --profile。

退出状态：0 所有申请人均已验证（且达到所给的要求），2 用法或输入无效（名单无法读取、没有 TRF 列、选项有误），未发送任何请求，3 认证或授权失败，4 导致批量验证停止的任何其他错误（包括配额：超出今天配额的批次会在发送任何内容之前被拒绝），5 重试后仍网络故障，6 至少有一位申请人未通过验证（不一致、未找到、未发布、错误、被拒绝的行，或低于要求），130 已中断。批量验证停止时（3、4、5、130）不写出报告。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The applicant list, a CSV or XLSX file.</source>
        <translation>申请人名单，CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>The report to write; created or replaced only when every applicant was checked.</source>
        <translation>要写出的报告；仅在所有申请人均已核验后才创建或替换。</translation>
    </message>
    <message>
        <source>csv, xlsx, pdf or json (default: from the output&apos;s extension, else csv).</source>
        <translation>csv、xlsx、pdf 或 json（默认：根据输出文件的扩展名确定，否则为 csv）。</translation>
    </message>
    <message>
        <source>Read FIELD from the column headed HEADER, instead of the guessed one; repeat for several.</source>
        <translation>从标题为 HEADER 的列读取 FIELD，而不使用自动推测的列；可重复指定多个。</translation>
    </message>
    <message>
        <source>How to read dates of birth like 03/04/1990: day (3 April) or month (4 March). Default: guessed from the list.</source>
        <translation>如何读取 03/04/1990 这样的出生日期：day（4 月 3 日）或 month（3 月 4 日）。默认：根据名单推测。</translation>
    </message>
    <message>
        <source>Required overall band.</source>
        <translation>要求的总分。</translation>
    </message>
    <message>
        <source>Required band in every skill (a --min-listening and the like take precedence).</source>
        <translation>每个单项要求的分数（--min-listening 等选项优先）。</translation>
    </message>
    <message>
        <source>Required listening band.</source>
        <translation>要求的听力分数。</translation>
    </message>
    <message>
        <source>Required reading band.</source>
        <translation>要求的阅读分数。</translation>
    </message>
    <message>
        <source>Required writing band.</source>
        <translation>要求的写作分数。</translation>
    </message>
    <message>
        <source>Required speaking band.</source>
        <translation>要求的口语分数。</translation>
    </message>
    <message>
        <source>The test must be no older than N years.</source>
        <translation>考试距今不得超过 N 年。</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to %1 (default %2).</source>
        <translation>同时进行的请求数，1 到 %1（默认 %2）。</translation>
    </message>
    <message>
        <source>Send even when the batch does not fit what remains of today&apos;s quota.</source>
        <translation>即使此批次超出今天剩余的配额，也照样发送。</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>在标准错误输出上报告进度。</translation>
    </message>
    <message>
        <source>Print nothing but errors on standard error.</source>
        <translation>除错误外，不在标准错误输出上打印任何内容。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Give both --input and --output.</source>
        <translation>请同时提供 --input 和 --output。</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1.</source>
        <translation>--concurrency 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx, pdf or json.</source>
        <translation>--format 必须是 csv、xlsx、pdf 或 json。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>--date-order must be day or month.</source>
        <translation>--date-order 必须是 day 或 month。</translation>
    </message>
    <message>
        <source>--column expects FIELD=HEADER with FIELD one of %1, not &quot;%2&quot;.</source>
        <translation>--column 需要 FIELD=HEADER 形式，其中 FIELD 为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--column %1: the list has no column headed &quot;%2&quot;; its columns are: %3.</source>
        <translation>--column %1：名单中没有标题为“%2”的列；名单的列为：%3。</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>错误：本地演示服务无法启动。
</translation>
    </message>
    <message>
        <source>--%1 expects a band score from 0 to 9 in half bands, not &quot;%2&quot;.</source>
        <translation>--%1 需要 0 到 9 之间、以 0.5 分为单位的分数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--max-age-years must be a whole number from 1 to 100.</source>
        <translation>--max-age-years 必须是 1 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no applicants.</source>
        <translation>%1 中没有申请人。</translation>
    </message>
    <message>
        <source>line %1: not checked: %2
</source>
        <translation>第 %1 行：未核验：%2
</translation>
    </message>
    <message>
        <source>line %1 (TRF %2): not checked: %3
</source>
        <translation>第 %1 行（TRF %2）：未核验：%3
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 TRF numbers checked, %n request(s)</source>
        <translation>
            <numerusform>已核验 %1 / %2 个 TRF 编号，%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n retries</source>
        <translation>
            <numerusform>，重试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.
</source>
        <translation>已中断；未写入任何内容。
</translation>
    </message>
    <message>
        <source>The batch stopped; no report was written.
</source>
        <translation>批量验证已停止；未写入报告。
</translation>
    </message>
    <message>
        <source>Applicant list %1</source>
        <translation>申请人名单 %1</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>%1. Report written to %2.
</source>
        <translation>%1。报告已写入 %2。
</translation>
    </message>
    <message>
        <source>Ask for candidate photos and put them beside each applicant in a PDF report.</source>
        <translation>请求考生照片，并在 PDF 报告中将其放在每位申请人旁边。</translation>
    </message>
</context>
<context>
    <name>BatchDetailsPane</name>
    <message>
        <source>Full &amp;Record…</source>
        <translation>完整记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Photo on the result</source>
        <translation>成绩上的照片</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申报值</translation>
    </message>
    <message>
        <source>On the result</source>
        <translation>成绩上的值</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>Claimed and actual values</source>
        <translation>申报值与实际值</translation>
    </message>
    <message>
        <source>Each field the applicant gave next to the value on the result, and whether they match</source>
        <translation>申请人填写的每个字段与成绩上的值并列显示，并标明两者是否一致</translation>
    </message>
    <message>
        <source>Opens every field of the result, with its photo, printing and saving</source>
        <translation>打开成绩的全部字段及其照片，可打印和保存</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>无法显示照片</translation>
    </message>
    <message>
        <source>Select an applicant to compare their claim with the result.</source>
        <translation>选择一位申请人，将其申报内容与成绩进行比对。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>没有照片</translation>
    </message>
    <message>
        <source>%1, TRF %2, line %3</source>
        <translation>%1，TRF %2，第 %3 行</translation>
    </message>
    <message>
        <source>Unnamed applicant</source>
        <translation>未具名的申请人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未核验</translation>
    </message>
    <message>
        <source>The service has no result for this TRF number.</source>
        <translation>服务中没有此 TRF 编号的成绩。</translation>
    </message>
    <message>
        <source>Meets the programme&apos;s requirements.</source>
        <translation>达到专业要求。</translation>
    </message>
    <message>
        <source>Below the programme&apos;s requirements: %1</source>
        <translation>低于专业要求：%1</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✗ Differs</source>
        <translation>✗ 不一致</translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation>✓ 一致</translation>
    </message>
</context>
<context>
    <name>BatchPdfReport</name>
    <message>
        <source>The PDF file could not be started.</source>
        <translation>无法创建 PDF 文件。</translation>
    </message>
    <message>
        <source>The list has no applicants.</source>
        <translation>名单中没有申请人。</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
    <message>
        <source>IELTS batch verification</source>
        <translation>IELTS 批量验证</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>测试数据 (%1)：这些不是真实的 IELTS 成绩。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institution profile: %1</source>
        <translation>机构配置文件：%1</translation>
    </message>
    <message>
        <source>Applicant list: %1</source>
        <translation>申请人名单：%1</translation>
    </message>
    <message>
        <source>Requirements: %1</source>
        <translation>要求：%1</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Checked: %1 UTC</source>
        <translation>核验时间：%1 UTC</translation>
    </message>
    <message>
        <source>Generated %1 UTC by IELTS Result Verifier %2</source>
        <translation>由 IELTS 成绩验证器 %2 于 %1 UTC 生成</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %n applicant(s): %1</source>
        <translation>
            <numerusform>%n 位申请人汇总：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>IELTS batch verification · %1 · %2</source>
        <translation>IELTS 批量验证 · %1 · %2</translation>
    </message>
    <message>
        <source>TEST DATA</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>测试数据：不是真实的 IELTS 成绩</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Applicant ID: %1</source>
        <translation>申请人 ID：%1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>TRF: %1</source>
        <translation>TRF：%1</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>无法核验：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Requirements: not checked (no released result)</source>
        <translation>要求：未检查（没有已发布的成绩）</translation>
    </message>
    <message>
        <source>Requirements: met</source>
        <translation>要求：已达到</translation>
    </message>
    <message>
        <source>Requirements not met: %1</source>
        <translation>未达到要求：%1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申报值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ 不一致</translation>
    </message>
    <message>
        <source>Photo unreadable</source>
        <translation>照片无法读取</translation>
    </message>
    <message>
        <source>IELTS batch verification (TEST DATA)</source>
        <translation>IELTS 批量验证（测试数据）</translation>
    </message>
</context>
<context>
    <name>BatchPreparation</name>
    <message>
        <source>The overall score “%1” is not a band score.</source>
        <translation>总分“%1”不是有效的 IELTS 分数。</translation>
    </message>
    <message>
        <source>The listening score “%1” is not a band score.</source>
        <translation>听力分数“%1”不是有效的 IELTS 分数。</translation>
    </message>
    <message>
        <source>The reading score “%1” is not a band score.</source>
        <translation>阅读分数“%1”不是有效的 IELTS 分数。</translation>
    </message>
    <message>
        <source>The writing score “%1” is not a band score.</source>
        <translation>写作分数“%1”不是有效的 IELTS 分数。</translation>
    </message>
    <message>
        <source>The speaking score “%1” is not a band score.</source>
        <translation>口语分数“%1”不是有效的 IELTS 分数。</translation>
    </message>
    <message>
        <source>No TRF number.</source>
        <translation>没有 TRF 编号。</translation>
    </message>
    <message>
        <source>Same TRF number as line %1.</source>
        <translation>与第 %1 行的 TRF 编号相同。</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>出生日期：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of birth, such as %1, could be day first or month first; they were read day first. Choose the date order if the list writes the month first.</source>
        <translation>
            <numerusform>有 %n 个出生日期（例如 %1）既可能是日在前，也可能是月在前；已按日在前读取。如果名单中月份在前，请选择日期顺序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TRF number(s) do not look like IELTS TRF numbers (18 characters, such as 17UZ010772RAKN025A); they will be searched as written.</source>
        <translation>
            <numerusform>有 %n 个 TRF 编号看起来不像 IELTS TRF 编号（18 个字符，例如 17UZ010772RAKN025A）；将按原样搜索。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>A reconciliation report is written as CSV, Excel, JSON or PDF.</source>
        <translation>核对报告只能写出为 CSV、Excel、JSON 或 PDF。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report on %n applicant(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>已将 %n 位申请人的报告写入“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be read and were left out.</source>
        <translation>
            <numerusform>有 %n 张照片无法读取，已略去。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReportTable</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>成绩：%1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>未达到：%1</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Meets the requirements</source>
        <translation>达到要求</translation>
    </message>
    <message>
        <source>Below: %1</source>
        <translation>低于要求：%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <extracomment>A column of the batch table holding what the service has for the TRF number, next to the applicant&apos;s claim.</extracomment>
        <translation>成绩：%1</translation>
    </message>
</context>
<context>
    <name>BatchVerifier</name>
    <message numerus="yes">
        <source>This batch needs %Ln request(s); %L1 remain today.</source>
        <translation>
            <numerusform>此批次需要 %Ln 个请求；今天还剩 %L1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Verify Applicant List</source>
        <translation>验证申请人名单</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量验证</translation>
    </message>
    <message>
        <source>&amp;Open List…</source>
        <translation>打开名单(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an applicant list (CSV or Excel) (%1)</source>
        <translation>打开申请人名单（CSV 或 Excel）(%1)</translation>
    </message>
    <message>
        <source>Try a &amp;Sample List</source>
        <translation>试用示例名单(&amp;S)</translation>
    </message>
    <message>
        <source>Open a list of made-up applicants drawn from the offline demo</source>
        <translation>打开一份取自离线演示的虚构申请人名单</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>验证(&amp;V)…</translation>
    </message>
    <message>
        <source>Check how the list is read and verify it again</source>
        <translation>检查名单的读取方式并重新验证</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>重试失败项(&amp;R)</translation>
    </message>
    <message>
        <source>Look up again the applicants whose lookup failed</source>
        <translation>重新查询之前查询失败的申请人</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the batch; the answers so far are kept</source>
        <translation>停止批量验证；保留目前已收到的响应</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the reconciliation as Excel, CSV, JSON or PDF</source>
        <translation>将核对结果保存为 Excel、CSV、JSON 或 PDF</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批量验证进度</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Check a list of applicants&lt;/h2&gt;&lt;p&gt;Open the list your applicants&apos; IELTS results came in, as CSV or Excel. Each applicant&apos;s TRF number is looked up, and what they claimed (names, date of birth, scores) is compared with the result the service holds.&lt;/p&gt;&lt;p&gt;Nothing is sent until you have seen how the list is read.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;核验申请人名单&lt;/h2&gt;&lt;p&gt;打开申请人提交 IELTS 成绩时所用的名单（CSV 或 Excel）。系统会查询每位申请人的 TRF 编号，并将其申报内容（姓名、出生日期、分数）与服务中保存的成绩进行比对。&lt;/p&gt;&lt;p&gt;在您确认名单的读取方式之前，不会发送任何内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Applicant List…</source>
        <translation>打开申请人名单…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file of applicants</source>
        <translation>选择包含申请人的 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>Try a Sample List</source>
        <translation>试用示例名单</translation>
    </message>
    <message>
        <source>Opens made-up applicants drawn from the offline demo, with every kind of outcome</source>
        <translation>打开取自离线演示的虚构申请人，涵盖所有类型的结果</translation>
    </message>
    <message>
        <source>You can also drop the file here.</source>
        <translation>也可以将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Fetch candidate &amp;photos</source>
        <translation>获取考生照片(&amp;P)</translation>
    </message>
    <message>
        <source>Ask for each result&apos;s photo, to compare with the applicant and to print in the PDF report; takes longer</source>
        <translation>请求每条成绩的照片，用于与申请人比对并打印在 PDF 报告中；耗时更长</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Show outcome</source>
        <translation>按结果显示</translation>
    </message>
    <message>
        <source>Shows only the applicants with one outcome</source>
        <translation>只显示具有某一结果的申请人</translation>
    </message>
    <message>
        <source>Every applicant</source>
        <translation>所有申请人</translation>
    </message>
    <message>
        <source>Below the requirements</source>
        <translation>低于要求</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未核验</translation>
    </message>
    <message>
        <source>Filter by name, TRF number, applicant ID…</source>
        <translation>按姓名、TRF 编号、申请人 ID 筛选…</translation>
    </message>
    <message>
        <source>Filter applicants</source>
        <translation>筛选申请人</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text</source>
        <translation>只显示包含此文本的行</translation>
    </message>
    <message>
        <source>Applicants and outcomes</source>
        <translation>申请人及结果</translation>
    </message>
    <message>
        <source>One row an applicant: the outcome first, then the differences, the requirements, the applicant&apos;s own columns and the result; Enter opens the full record</source>
        <translation>每行一位申请人：依次为结果、差异、要求、名单自带的各列以及成绩；按 Enter 打开完整记录</translation>
    </message>
    <message>
        <source>%1 (test data)</source>
        <translation>%1（测试数据）</translation>
    </message>
    <message>
        <source>Open Applicant List</source>
        <translation>打开申请人名单</translation>
    </message>
    <message>
        <source>Applicant lists (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>申请人名单 (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>sample-applicants.csv</source>
        <translation>示例申请人名单.csv</translation>
    </message>
    <message>
        <source>The applicant list cannot be read.</source>
        <translation>无法读取申请人名单。</translation>
    </message>
    <message>
        <source>There is no working connection to check the list with.</source>
        <translation>没有可用于核验名单的有效连接。</translation>
    </message>
    <message>
        <source>Daily Quota</source>
        <translation>每日配额</translation>
    </message>
    <message>
        <source>%1
Send anyway? The service will refuse the requests past its limit.</source>
        <translation>%1
仍然发送？服务会拒绝超出其限额的请求。</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n applicant(s)…</source>
        <translation>
            <numerusform>正在核验 %n 位申请人…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the failed applicants again…</source>
        <translation>正在重新查询失败的申请人…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 TRF numbers</source>
        <translation>已核验 %1 / %2 个 TRF 编号</translation>
    </message>
    <message numerus="yes">
        <source> (%n retried request(s))</source>
        <translation>
            <numerusform>（%n 个请求经过重试）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n request(s) sent.</source>
        <translation>
            <numerusform>完成：已发送 %n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept; the rest are marked as not checked.</source>
        <translation>已停止。已保留目前收到的响应；其余标记为未核验。</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>Transaction ID %1</source>
        <translation>交易 ID %1</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>批量验证已停止：%1</translation>
    </message>
    <message>
        <source>Applicants checked before it stopped keep their outcome; use Retry Failed for the rest.</source>
        <translation>停止前已核验的申请人保留其结果；其余申请人请使用“重试失败项”。</translation>
    </message>
    <message numerus="yes">
        <source> — %n still to check</source>
        <translation>
            <numerusform> — 还有 %n 个待核验</numerusform>
        </translation>
    </message>
    <message>
        <source>TRF number %1 from the applicant list %2</source>
        <translation>申请人名单 %2 中的 TRF 编号 %1</translation>
    </message>
    <message>
        <source>Export Reconciliation Report</source>
        <translation>导出核对报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report with photos (*.pdf)</source>
        <translation>含照片的 PDF 报告 (*.pdf)</translation>
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
        <translation>%1 - 验证报告.xlsx</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>“%1” does not end in .xlsx, .pdf, .csv or .json.</source>
        <translation>“%1”的扩展名不是 .xlsx、.pdf、.csv 或 .json。</translation>
    </message>
    <message>
        <source>Choose one of those types so the report can be written.</source>
        <translation>请选择其中一种类型，以便写入报告。</translation>
    </message>
    <message>
        <source>Not checked: the batch was stopped before this row.</source>
        <translation>未核验：批量验证在此行之前已停止。</translation>
    </message>
    <message>
        <source>Applicant list %1</source>
        <translation>申请人名单 %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The batch was stopped because the connection profile changed.</source>
        <translation>由于连接配置文件已更改，批量验证已停止。</translation>
    </message>
    <message>
        <source>The answers received so far are kept. Verify the list again to check it against the new profile.</source>
        <translation>已收到的答复会保留。请重新验证名单，以便使用新的配置文件进行核对。</translation>
    </message>
    <message>
        <source>Nothing was sent: this list was checked with the profile %1.</source>
        <translation>未发送任何内容：此名单是使用配置文件 %1 核对的。</translation>
    </message>
    <message>
        <source>Switch back to that profile to retry, or verify the whole list again.</source>
        <translation>请切换回该配置文件后重试，或重新验证整个名单。</translation>
    </message>
</context>
<context>
    <name>BatchXlsxReport</name>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>测试数据 (%1)：这些不是真实的 IELTS 成绩。</translation>
    </message>
    <message>
        <source>Applicant list</source>
        <translation>申请人名单</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation>机构配置文件</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Checked (UTC)</source>
        <translation>核验时间 (UTC)</translation>
    </message>
    <message>
        <source>Report written (UTC)</source>
        <translation>报告生成时间 (UTC)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <source>IELTS Result Verifier %1</source>
        <translation>IELTS 成绩验证器 %1</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Not meeting the requirements</source>
        <translation>未达到要求</translation>
    </message>
    <message>
        <source>The Excel file could not be written: %1</source>
        <translation>无法写入 Excel 文件：%1</translation>
    </message>
    <message>
        <source>The Excel file could not be started (out of memory or no temporary space).</source>
        <translation>无法创建 Excel 文件（内存不足或没有临时空间）。</translation>
    </message>
    <message>
        <source>The Excel file could not be started.</source>
        <translation>无法创建 Excel 文件。</translation>
    </message>
    <message>
        <source>IELTS batch verification</source>
        <translation>IELTS 批量验证</translation>
    </message>
</context>
<context>
    <name>CandidateDetailsDialog</name>
    <message>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Status warning</source>
        <translation>状态警告</translation>
    </message>
    <message>
        <source>Candidate photo</source>
        <translation>考生照片</translation>
    </message>
    <message>
        <source>Every field the service sent</source>
        <translation>服务发送的全部字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy &amp;TRF number</source>
        <translation>复制 TRF 编号(&amp;T)</translation>
    </message>
    <message>
        <source>Save &amp;photo…</source>
        <translation>保存照片(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>打印记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Save record as P&amp;DF…</source>
        <translation>将记录另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>考生 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;TRF %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;TRF %2</translation>
    </message>
    <message>
        <source>⚠ Status %1: this result is not released. Do not rely on it until its status is RELEASED.</source>
        <translation>⚠ 状态 %1：此成绩尚未发布。在其状态变为 RELEASED 之前，请勿依据此成绩。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No photo.
Search with “Include photos” to see it.</source>
        <translation>没有照片。
勾选“包含照片”后搜索即可查看。</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>The photo sent for this candidate cannot be shown: it is damaged or not an image.</source>
        <translation>无法显示为此考生发送的照片：照片已损坏或不是图像。</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>保存照片</translation>
    </message>
    <message>
        <source>IELTS verification %1</source>
        <translation>IELTS 验证 %1</translation>
    </message>
    <message>
        <source>Print verification record</source>
        <translation>打印验证记录</translation>
    </message>
    <message>
        <source>verification-%1.pdf</source>
        <translation>verification-%1.pdf</translation>
    </message>
    <message>
        <source>Save verification record</source>
        <translation>保存验证记录</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The candidate&apos;s name and TRF number</source>
        <translation>考生姓名和 TRF 编号</translation>
    </message>
    <message>
        <source>Shown when the result is not released</source>
        <translation>成绩未发布时显示</translation>
    </message>
    <message>
        <source>One row a field: its name, then its value.</source>
        <translation>每行一个字段：先是字段名，后是字段值。</translation>
    </message>
    <message>
        <source>Puts the TRF number on the clipboard</source>
        <translation>将 TRF 编号复制到剪贴板</translation>
    </message>
    <message>
        <source>Saves the candidate photo as a file</source>
        <translation>将考生照片保存为文件</translation>
    </message>
    <message>
        <source>Prints a verification record of this result</source>
        <translation>打印此成绩的核验记录</translation>
    </message>
    <message>
        <source>Saves a verification record of this result as a PDF file</source>
        <translation>将此成绩的核验记录保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Closes this window (Esc)</source>
        <translation>关闭此窗口（Esc）</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]

Checks IELTS Test Report Forms against the result-verification API.

Commands:
</source>
        <translation>用法：%1 命令 [选项]

通过成绩验证 API 核验 IELTS 成绩单（TRF）。

命令：
</translation>
    </message>
    <message>
        <source>
Global options:
  --help     Show this help; COMMAND --help shows a command&apos;s options.
  --version  Show the version.
</source>
        <translation>
全局选项：
  --help     显示此帮助；命令 --help 显示该命令的选项。
  --version  显示版本。
</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;.

</source>
        <translation>%1：未知命令“%2”。

</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>No column holds the TRF number.</source>
        <translation>没有包含 TRF 编号的列。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Check the Applicant List</source>
        <translation>检查申请人名单</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>各列包含的内容</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>日期顺序</translation>
    </message>
    <message>
        <source>Whether slashed dates such as 03/04/1990 give the day or the month first</source>
        <translation>03/04/1990 这类用斜杠分隔的日期是日在前还是月在前</translation>
    </message>
    <message>
        <source>&amp;First rows of the list</source>
        <translation>名单的前几行(&amp;F)</translation>
    </message>
    <message>
        <source>Preview of the list</source>
        <translation>名单预览</translation>
    </message>
    <message>
        <source>The first rows of the applicant list, with the field each column is read as in its header</source>
        <translation>申请人名单的前几行，每列标题中注明该列被读取为哪个字段</translation>
    </message>
    <message>
        <source>&amp;Rows that cannot be checked</source>
        <translation>无法核验的行(&amp;R)</translation>
    </message>
    <message>
        <source>Rows that cannot be checked</source>
        <translation>无法核验的行</translation>
    </message>
    <message>
        <source>Every row of the list that will not be sent, with the reason</source>
        <translation>名单中所有不会发送的行及其原因</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>TRF 编号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %n row(s) of applicants.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%2，%n 行申请人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Looks up every applicant who can be checked; nothing has been sent yet</source>
        <translation>查询所有可核验的申请人；目前尚未发送任何内容</translation>
    </message>
    <message>
        <source>Day first (31/12/1990)</source>
        <translation>日在前（31/12/1990）</translation>
    </message>
    <message>
        <source>Month first (12/31/1990)</source>
        <translation>月在前（12/31/1990）</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>（选择一列）</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>（名单中没有）</translation>
    </message>
    <message>
        <source>The column of the list that holds the applicant&apos;s %1</source>
        <translation>名单中包含申请人“%1”的列</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>No row of the list can be checked: see the reasons above.</source>
        <translation>名单中没有可核验的行：请查看上方列出的原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) ready to check</source>
        <translation>
            <numerusform>%n 位申请人可以核验</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) cannot be checked and will be reported as errors.</source>
        <translation>
            <numerusform>%1；%n 行无法核验，将报告为错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify %n Applicant(s)</source>
        <translation>
            <numerusform>验证 %n 位申请人</numerusform>
        </translation>
    </message>
    <message>
        <source>No column holds dates of birth, so they are not compared.</source>
        <translation>没有包含出生日期的列，因此不比对出生日期。</translation>
    </message>
    <message>
        <source>The dates in this list do not show whether the day or the month comes first. Check the choice above; ambiguous dates are marked in the report.</source>
        <translation>从此名单中的日期无法判断是日在前还是月在前。请检查上方的选择；有歧义的日期会在报告中标出。</translation>
    </message>
    <message>
        <source>Detected from dates that can only be read one way.</source>
        <translation>根据只有一种读法的日期检测得出。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>transaction ID %1</source>
        <translation>交易 ID %1</translation>
    </message>
    <message>
        <source>  the service said: %1
</source>
        <translation>  服务返回：%1
</translation>
    </message>
    <message>
        <source>  what to do: %1
</source>
        <translation>  处理方法：%1
</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Provider sandbox</source>
        <translation>提供方沙盒</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义端点</translation>
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
        <translation>测试前请输入客户端 ID。</translation>
    </message>
    <message>
        <source>Enter the client secret before testing.</source>
        <translation>测试前请输入客户端密钥。</translation>
    </message>
    <message>
        <source>There is no token URL to ask for an access token.</source>
        <translation>没有可用于申请访问令牌的令牌 URL。</translation>
    </message>
    <message>
        <source>There is no result URL to send the test request to.</source>
        <translation>没有可用于发送测试请求的成绩 URL。</translation>
    </message>
    <message>
        <source>The credentials work.</source>
        <translation>凭据可用。</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>阿富汗</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>阿尔巴尼亚</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>阿尔及利亚</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>美属萨摩亚</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>安道尔</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>安哥拉</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>安提瓜和巴布达</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>阿根廷</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>亚美尼亚</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>奥地利</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>阿塞拜疆</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>巴哈马</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>巴林</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>巴巴多斯</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>白俄罗斯</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>比利时</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>伯利兹</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>贝宁</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>百慕大</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>不丹</translation>
    </message>
    <message>
        <source>Bolivia, Plurinational State of</source>
        <translation>玻利维亚（多民族国）</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>波斯尼亚和黑塞哥维那</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>博茨瓦纳</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>文莱达鲁萨兰国</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>保加利亚</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>布基纳法索</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>喀麦隆</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>开曼群岛</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>中非共和国</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>乍得</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>智利</translation>
    </message>
    <message>
        <source>China (People&apos;s Republic of)</source>
        <translation>中国（中华人民共和国）</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>哥伦比亚</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>刚果</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>哥斯达黎加</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>克罗地亚</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>古巴</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>塞浦路斯</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>捷克共和国</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>吉布提</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>多米尼加共和国</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>厄瓜多尔</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>萨尔瓦多</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>厄立特里亚</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>爱沙尼亚</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>埃塞俄比亚</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>法罗群岛</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>斐济</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>芬兰</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>法属圭亚那</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>法属波利尼西亚</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>冈比亚</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>格鲁吉亚</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>加纳</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>格陵兰</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>格林纳达</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>瓜德罗普</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>危地马拉</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>几内亚</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>圭亚那</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>海地</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>洪都拉斯</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>匈牙利</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>冰岛</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Iran, Islamic Republic of</source>
        <translation>伊朗伊斯兰共和国</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>伊拉克</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>科特迪瓦</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>牙买加</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>约旦</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>肯尼亚</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>基里巴斯</translation>
    </message>
    <message>
        <source>Korea, Democratic People&apos;s Republic of</source>
        <translation>朝鲜民主主义人民共和国</translation>
    </message>
    <message>
        <source>Korea, Republic of</source>
        <translation>大韩民国</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>科威特</translation>
    </message>
    <message>
        <source>Lao People&apos;s Democratic Republic</source>
        <translation>老挝人民民主共和国</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>拉脱维亚</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>黎巴嫩</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>莱索托</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>利比里亚</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>利比亚</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>列支敦士登</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>立陶宛</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>卢森堡</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>马达加斯加</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>马拉维</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>马尔代夫</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>马里</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>马耳他</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>马提尼克</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>毛里塔尼亚</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>毛里求斯</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <source>Moldova, Republic of</source>
        <translation>摩尔多瓦共和国</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>摩纳哥</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>蒙古</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>黑山</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>摩洛哥</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>莫桑比克</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>纳米比亚</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>瑙鲁</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>阿曼</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>巴勒斯坦</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>巴拿马</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>巴布亚新几内亚</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>巴拉圭</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>秘鲁</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>波多黎各</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>留尼汪</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>罗马尼亚</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>俄罗斯联邦</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>卢旺达</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>塞内加尔</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>塞尔维亚</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>塞拉利昂</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>斯洛伐克</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>斯洛文尼亚</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>所罗门群岛</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>索马里</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>斯里兰卡</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>圣基茨和尼维斯</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>圣卢西亚</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>圣皮埃尔和密克隆</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>圣文森特和格林纳丁斯</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>苏丹</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>苏里南</translation>
    </message>
    <message>
        <source>Swaziland</source>
        <translation>斯威士兰</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>瑞士</translation>
    </message>
    <message>
        <source>Syrian Arab Republic</source>
        <translation>阿拉伯叙利亚共和国</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Tanzania, United Republic of</source>
        <translation>坦桑尼亚联合共和国</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>多哥</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>汤加</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>特立尼达和多巴哥</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>突尼斯</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>特克斯和凯科斯群岛</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>乌干达</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿拉伯联合酋长国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>乌拉圭</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>美属维尔京群岛</translation>
    </message>
    <message>
        <source>United States of America</source>
        <translation>美利坚合众国</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>教廷（梵蒂冈城国）</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>委内瑞拉</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>也门</translation>
    </message>
    <message>
        <source>Congo, Democratic Republic of the</source>
        <translation>刚果民主共和国</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>赞比亚</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>津巴布韦</translation>
    </message>
    <message>
        <source>Macedonia, the Former Yugoslav Republic of</source>
        <translation>前南斯拉夫马其顿共和国</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>吉尔吉斯斯坦</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>北马里亚纳群岛</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>斯瓦尔巴和扬马延</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>塔吉克斯坦</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>土库曼斯坦</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>科索沃</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>英属维尔京群岛</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>英属印度洋领地</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>法属南部领地</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>赫德岛和麦克唐纳群岛</translation>
    </message>
    <message>
        <source>Sint Martin (Dutch Part)</source>
        <translation>荷属圣马丁</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>南苏丹</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>美国本土外小岛屿</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>泽西</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>马恩岛</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>根西</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Profiles and Credentials</source>
        <translation>配置文件和凭据</translation>
    </message>
    <message>
        <source>Profiles and credentials</source>
        <translation>配置文件和凭据</translation>
    </message>
    <message>
        <source>Create, edit, test, delete and choose the connection profiles used to reach the result-verification service.</source>
        <translation>创建、编辑、测试、删除和选择用于访问成绩验证服务的连接配置文件。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection profile yet.&lt;/b&gt; To check results you need the client ID and client secret your institution received from the provider&apos;s API portal, for production or for the provider&apos;s sandbox. Enter them on the right.&lt;br&gt;To look around first, try the offline demo: it runs on this computer with invented test data and needs no credentials.</source>
        <translation>&lt;b&gt;尚无连接配置文件。&lt;/b&gt;要核验成绩，您需要贵机构从提供方 API 门户获得的客户端 ID 和客户端密钥（生产环境或提供方沙盒）。请在右侧输入。&lt;br&gt;如想先四处看看，可以试用离线演示：它在本机上使用虚构的测试数据运行，无需任何凭据。</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>所需信息</translation>
    </message>
    <message>
        <source>Try the offline de&amp;mo</source>
        <translation>试用离线演示(&amp;M)</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>试用离线演示</translation>
    </message>
    <message>
        <source>Creates the offline demo profile, makes it the active profile and closes this dialog. The demo shows invented test data only.</source>
        <translation>创建离线演示配置文件，将其设为当前配置文件并关闭此对话框。演示仅显示虚构的测试数据。</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>The saved connection profiles. Test-data profiles are labelled TEST DATA; the profile in use is labelled in use.</source>
        <translation>已保存的连接配置文件。测试数据配置文件标有“测试数据”；正在使用的配置文件标有“使用中”。</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>Clears the form on the right to enter a new profile.</source>
        <translation>清空右侧表单，以便输入新的配置文件。</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Deletes the selected profile and removes its client secret from the system keychain, after asking.</source>
        <translation>经确认后，删除所选配置文件，并从系统密钥链中移除其客户端密钥。</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>使用此配置文件(&amp;U)</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>使用此配置文件</translation>
    </message>
    <message>
        <source>Makes the selected profile the one the main window searches with.</source>
        <translation>让主窗口使用所选配置文件进行搜索。</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>配置文件详情</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be changed. It can be tested, used or deleted.</source>
        <translation>内置的离线演示无法修改，但可以测试、使用或删除。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Admissions office, production</source>
        <translation>例如：招生办公室，生产环境</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>A name of your choice for these credentials.</source>
        <translation>为这些凭据自行取一个名称。</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>名称有问题</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Production for real results; Sandbox and Offline demo give test data only; Custom for addresses of your own.</source>
        <translation>生产环境提供真实成绩；沙盒和离线演示仅提供测试数据；自定义用于您自己的地址。</translation>
    </message>
    <message>
        <source>About the environment</source>
        <translation>关于此环境</translation>
    </message>
    <message>
        <source>&amp;Result URL:</source>
        <translation>成绩 URL(&amp;R)：</translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation>成绩 URL</translation>
    </message>
    <message>
        <source>The address of the result-verification resource. Editable for the Custom environment only.</source>
        <translation>成绩验证资源的地址。仅在自定义环境中可编辑。</translation>
    </message>
    <message>
        <source>Problem with the result URL</source>
        <translation>成绩 URL 有问题</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>令牌 URL(&amp;O)：</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>令牌 URL</translation>
    </message>
    <message>
        <source>The address of the token endpoint, used with OAuth Bearer. Editable for the Custom environment only.</source>
        <translation>令牌端点的地址，用于 OAuth Bearer。仅在自定义环境中可编辑。</translation>
    </message>
    <message>
        <source>Problem with the token URL</source>
        <translation>令牌 URL 有问题</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>授权方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Authorization method</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>OAuth Bearer asks the token endpoint for an access token; Basic sends the client ID and secret with every request.</source>
        <translation>OAuth Bearer 向令牌端点申请访问令牌；Basic 在每个请求中发送客户端 ID 和密钥。</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>The client ID from the provider&apos;s API portal.</source>
        <translation>来自提供方 API 门户的客户端 ID。</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>客户端 ID 有问题</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>The client secret from the provider&apos;s API portal. It is kept in the system keychain, never in a file.</source>
        <translation>来自提供方 API 门户的客户端密钥。它保存在系统密钥链中，绝不写入文件。</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>显示客户端密钥</translation>
    </message>
    <message>
        <source>Shows the characters of the client secret while pressed; press again to hide them.</source>
        <translation>按下时显示客户端密钥的字符；再按一次即可隐藏。</translation>
    </message>
    <message>
        <source>Problem with the client secret</source>
        <translation>客户端密钥有问题</translation>
    </message>
    <message>
        <source>About testing Basic authorization</source>
        <translation>关于测试 Basic 授权</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Saves the profile; the client secret goes to the system keychain. Unavailable while a field needs correcting.</source>
        <translation>保存配置文件；客户端密钥存入系统密钥链。有字段需要更正时不可用。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Checks with the service that the client ID and secret in the form work.</source>
        <translation>向服务确认表单中的客户端 ID 和密钥是否可用。</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Shown while the service is being asked.</source>
        <translation>正在询问服务时显示。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Use this secret for this sess&amp;ion only</source>
        <translation>仅在本次会话中使用此密钥(&amp;I)</translation>
    </message>
    <message>
        <source>Use this secret for this session only</source>
        <translation>仅在本次会话中使用此密钥</translation>
    </message>
    <message>
        <source>Saves the profile and keeps the client secret in memory until the application closes; it is never written to disk. You will be asked for it again next time.</source>
        <translation>保存配置文件，并将客户端密钥保留在内存中直到应用关闭；它绝不会写入磁盘。下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Closes this dialog; a running connection test is stopped.</source>
        <translation>关闭此对话框；正在进行的连接测试将被停止。</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>The client secret from the API portal</source>
        <translation>来自 API 门户的客户端密钥</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>配置文件“%1”</translation>
    </message>
    <message>
        <source>The demo&apos;s public secret is used</source>
        <translation>使用演示的公开密钥</translation>
    </message>
    <message>
        <source>Kept for this session; leave empty to keep it</source>
        <translation>已为本次会话保留；留空即保持不变</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>留空即保留已存储的密钥</translation>
    </message>
    <message>
        <source>Set when the offline demo starts</source>
        <translation>在离线演示启动时设置</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>隐藏客户端密钥</translation>
    </message>
    <message>
        <source>“%1” is not a valid address. Enter it in full, such as https://api.example.org/v1/ielts/result-verification.</source>
        <translation>“%1”不是有效的地址。请输入完整地址，例如 https://api.example.org/v1/ielts/result-verification。</translation>
    </message>
    <message>
        <source>Saving; the system keychain may ask to be unlocked…</source>
        <translation>正在保存；系统密钥链可能会要求解锁…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>（密钥链返回：%1）</translation>
    </message>
    <message>
        <source>Nothing was written to disk. You can try again, or use the secret for this session only: it stays in memory until the application closes, and you will be asked for it next time.</source>
        <translation>没有向磁盘写入任何内容。您可以重试，或仅在本次会话中使用此密钥：它会保留在内存中直到应用关闭，下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept in the system keychain.</source>
        <translation>已保存。客户端密钥保存在系统密钥链中。</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept in memory for this session only; enter it again after the application restarts.</source>
        <translation>已保存。客户端密钥仅在本次会话中保留在内存里；应用重启后请重新输入。</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>删除配置文件“%1”？</translation>
    </message>
    <message>
        <source>The offline demo can be added again at any time.</source>
        <translation>离线演示可以随时重新添加。</translation>
    </message>
    <message>
        <source>Its client secret is removed from the system keychain. This cannot be undone.</source>
        <translation>其客户端密钥将从系统密钥链中移除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>未删除“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was deleted, together with its client secret.</source>
        <translation>已删除“%1”及其客户端密钥。</translation>
    </message>
    <message>
        <source>“%1” is now in use, as last saved; the changes in the form are not saved yet.</source>
        <translation>“%1”现已按最后保存的版本投入使用；表单中的更改尚未保存。</translation>
    </message>
    <message>
        <source>“%1” is now in use.</source>
        <translation>“%1”现已投入使用。</translation>
    </message>
    <message>
        <source>The offline demo could not be set up: %1</source>
        <translation>无法设置离线演示：%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to this profile?</source>
        <translation>放弃对此配置文件的更改？</translation>
    </message>
    <message>
        <source>What was typed in the form has not been saved.</source>
        <translation>表单中输入的内容尚未保存。</translation>
    </message>
</context>
<context>
    <name>CredentialsTestRun</name>
    <message>
        <source>The offline demo is not running, so there is nothing to test against. It starts when a demo profile is in use.</source>
        <translation>离线演示未在运行，因此没有可测试的对象。当演示配置文件被使用时它会启动。</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>正在从密钥链读取客户端密钥…</translation>
    </message>
    <message>
        <source>The stored client secret could not be read: %1</source>
        <translation>无法读取已存储的客户端密钥：%1</translation>
    </message>
    <message>
        <source>Testing: one request is sent to the result service…</source>
        <translation>正在测试：向成绩服务发送一个请求…</translation>
    </message>
    <message>
        <source>Testing: asking the token endpoint for an access token…</source>
        <translation>正在测试：向令牌端点申请访问令牌…</translation>
    </message>
</context>
<context>
    <name>CredentialsText</name>
    <message>
        <source>TEST DATA</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Test data only: results from this profile are not real.</source>
        <translation>仅为测试数据：此配置文件返回的成绩不是真实成绩。</translation>
    </message>
    <message>
        <source>This is the profile in use.</source>
        <translation>这是正在使用的配置文件。</translation>
    </message>
    <message>
        <source>Real results, from the provider&apos;s production service.</source>
        <translation>真实成绩，来自提供方的生产服务。</translation>
    </message>
    <message>
        <source>TEST DATA: the provider&apos;s sandbox returns invented results, never real ones. Its credentials differ from production ones.</source>
        <translation>测试数据：提供方沙盒返回的是虚构成绩，绝非真实成绩。其凭据与生产环境不同。</translation>
    </message>
    <message>
        <source>TEST DATA: the offline demo runs on this computer with invented results.</source>
        <translation>测试数据：离线演示在本机上运行，使用虚构成绩。</translation>
    </message>
    <message>
        <source>TEST DATA: the offline demo runs on this computer with invented results. It is not running now; it starts when a demo profile is in use.</source>
        <translation>测试数据：离线演示在本机上运行，使用虚构成绩。它目前未在运行；当演示配置文件被使用时会启动。</translation>
    </message>
    <message>
        <source>Addresses of your own, such as a gateway of your institution. Credentials are sent over HTTPS only (plain HTTP to this computer only).</source>
        <translation>您自己的地址，例如贵机构的网关。凭据只通过 HTTPS 发送（明文 HTTP 仅限本机）。</translation>
    </message>
    <message>
        <source>Testing asks the token endpoint for an access token; it does not count against the daily quota.</source>
        <translation>测试会向令牌端点申请访问令牌；不计入每日配额。</translation>
    </message>
    <message>
        <source>Testing with Basic authorization sends one request to the result service, which counts against the client ID&apos;s daily quota.</source>
        <translation>使用 Basic 授权测试会向成绩服务发送一个请求，计入该客户端 ID 的每日配额。</translation>
    </message>
    <message>
        <source>%1 of %2 requests are left today (counted on this computer).</source>
        <translation>今天还剩 %1 / %2 个请求（在本机统计）。</translation>
    </message>
    <message>
        <source>The test used one request of today&apos;s quota.</source>
        <translation>此次测试使用了今日配额中的一个请求。</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>服务返回：“%1”</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>transaction ID %1</source>
        <translation>交易 ID %1</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>The offline demo could not start: no local port was free.</source>
        <translation>离线演示无法启动：没有可用的本地端口。</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>IELTS Result Verifier</source>
        <translation>IELTS 成绩验证器</translation>
    </message>
    <message>
        <source>Checks IELTS Test Report Forms against the IELTS result-verification service.</source>
        <translation>通过 IELTS 成绩验证服务核验 IELTS 成绩单（TRF）。</translation>
    </message>
    <message>
        <source>Open on the first profile of this environment: production, sandbox or demo (the offline demo, which needs no credentials).</source>
        <translation>使用此环境的第一个配置文件打开：production、sandbox 或 demo（离线演示，无需凭据）。</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Open on the stored profile with this name.</source>
        <translation>使用具有此名称的已存储配置文件打开。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>“%1” is not an environment; use production, sandbox or demo.</source>
        <translation>“%1”不是环境；请使用 production、sandbox 或 demo。</translation>
    </message>
    <message>
        <source>There is no %1 profile yet.</source>
        <translation>尚无 %1 配置文件。</translation>
    </message>
    <message>
        <source>No connection profile is left.</source>
        <translation>已没有任何连接配置文件。</translation>
    </message>
    <message>
        <source>No connection profile is set up yet.</source>
        <translation>尚未设置任何连接配置文件。</translation>
    </message>
    <message>
        <source>Show the interface in this language, such as en, es, ar or zh_CN, instead of the one chosen in View ▸ Language (not saved).</source>
        <translation>使用此语言显示界面（例如 en、es、ar 或 zh_CN），而不使用“视图 ▸ 语言”中选择的语言（不保存）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export results</source>
        <translation>导出成绩</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>About this format</source>
        <translation>关于此格式</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>成绩：</translation>
    </message>
    <message>
        <source>Which results to export</source>
        <translation>要导出哪些成绩</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>&amp;Include the photos</source>
        <translation>包含照片(&amp;I)</translation>
    </message>
    <message>
        <source>Include the photos in the Excel workbook or PDF report</source>
        <translation>在 Excel 工作簿或 PDF 报告中包含照片</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>页面大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Page size of the PDF report</source>
        <translation>PDF 报告的页面大小</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>File or folder to export to</source>
        <translation>导出目标文件或文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>选择导出位置</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>开始导出</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>停止导出</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国 Letter</translation>
    </message>
    <message>
        <source>&amp;All results (%1)</source>
        <translation>全部成绩 (%1)(&amp;A)</translation>
    </message>
    <message>
        <source>Results in the &amp;filtered view (%1)</source>
        <translation>筛选视图中的成绩 (%1)(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Selected results (%1)</source>
        <translation>所选成绩 (%1)(&amp;S)</translation>
    </message>
    <message>
        <source>There are no results to export yet.</source>
        <translation>尚无可导出的成绩。</translation>
    </message>
    <message>
        <source>The columns as arranged in the table, for spreadsheets and student record systems. Values that a spreadsheet would run as a formula are made harmless.</source>
        <translation>按表格中的列顺序导出，适用于电子表格和学生档案系统。电子表格可能当作公式执行的值会被处理为无害内容。</translation>
    </message>
    <message>
        <source>The columns as arranged in the table, with scores as numbers and dates as dates.</source>
        <translation>按表格中的列顺序导出，分数为数字，日期为日期。</translation>
    </message>
    <message>
        <source>A printable report with the institution, the query and the time of the pull.</source>
        <translation>可打印的报告，包含机构、查询条件和获取时间。</translation>
    </message>
    <message>
        <source>Every field exactly as the service sent it, photos included.</source>
        <translation>每个字段都与服务发送的完全一致，包括照片。</translation>
    </message>
    <message>
        <source>Each photo as a file named after its TRF number. Existing files are never overwritten.</source>
        <translation>每张照片保存为一个以其 TRF 编号命名的文件。绝不覆盖已有文件。</translation>
    </message>
    <message>
        <source>&amp;Save in folder:</source>
        <translation>保存到文件夹(&amp;S)：</translation>
    </message>
    <message>
        <source>None of these results came with a photo.</source>
        <translation>这些成绩都没有附带照片。</translation>
    </message>
    <message>
        <source>Choose a folder for the photos</source>
        <translation>选择保存照片的文件夹</translation>
    </message>
    <message>
        <source>Export results as</source>
        <translation>将成绩导出为</translation>
    </message>
    <message>
        <source>There are no results in this selection to export.</source>
        <translation>此选择中没有可导出的成绩。</translation>
    </message>
    <message>
        <source>Choose a folder for the photos.</source>
        <translation>请选择保存照片的文件夹。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file. Choose a folder for the photos.</source>
        <translation>“%1”是一个文件。请选择保存照片的文件夹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>“%1”是一个文件夹。请选择文件名。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it with this export?</source>
        <translation>“%1”已存在。要用此次导出替换它吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep the file</source>
        <translation>保留文件(&amp;K)</translation>
    </message>
    <message>
        <source>Nothing was exported; &quot;%1&quot; was kept.</source>
        <translation>未导出任何内容；已保留“%1”。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>正在导出… %1 / %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The kind of file to write; the note below says what each one holds.</source>
        <translation>要写入的文件类型；下方说明列出每种格式包含的内容。</translation>
    </message>
    <message>
        <source>What the chosen format contains</source>
        <translation>所选格式包含的内容</translation>
    </message>
    <message>
        <source>All results, the rows the filter shows, or the selected rows</source>
        <translation>全部成绩、筛选后显示的行，或选中的行</translation>
    </message>
    <message>
        <source>Exports every result of the search</source>
        <translation>导出本次搜索的全部成绩</translation>
    </message>
    <message>
        <source>Exports only the rows the filter in the main window shows</source>
        <translation>仅导出主窗口中筛选后显示的行</translation>
    </message>
    <message>
        <source>Exports only the rows selected in the table</source>
        <translation>仅导出表格中选中的行</translation>
    </message>
    <message>
        <source>Puts each candidate photo next to the result; the file gets larger</source>
        <translation>在每条成绩旁放入考生照片；文件会变大</translation>
    </message>
    <message>
        <source>A4 or US Letter; used for the PDF report only</source>
        <translation>A4 或美国 Letter；仅用于 PDF 报告</translation>
    </message>
    <message>
        <source>The full path of the file, or of the folder for photos. A missing extension is added.</source>
        <translation>文件的完整路径，导出照片时为文件夹的完整路径。缺少的扩展名会自动补上。</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the file or folder</source>
        <translation>打开文件对话框以选择文件或文件夹</translation>
    </message>
    <message>
        <source>How many results have been written</source>
        <translation>已写入的成绩数量</translation>
    </message>
    <message>
        <source>What the export is doing, how it ended, or what needs correcting</source>
        <translation>导出正在进行的操作、结束情况或需要更正的地方</translation>
    </message>
    <message>
        <source>Writes the file; asks first before replacing an existing one</source>
        <translation>写入文件；替换已有文件前会先询问</translation>
    </message>
    <message>
        <source>Stops the running export at once; nothing half-written is left behind</source>
        <translation>立即停止正在进行的导出；不会留下写了一半的文件</translation>
    </message>
    <message>
        <source>Closes the window; a running export is stopped first (Esc)</source>
        <translation>关闭窗口；正在进行的导出会先被停止（Esc）</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; no file was written.</source>
        <translation>导出意外停止；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Recognising organisation</source>
        <translation>认可机构</translation>
    </message>
    <message>
        <source>Recognising organisation ID</source>
        <translation>认可机构 ID</translation>
    </message>
    <message>
        <source>Candidate ID (identity document)</source>
        <translation>考生 ID（身份证件）</translation>
    </message>
    <message>
        <source>Identity document type</source>
        <translation>身份证件类型</translation>
    </message>
    <message>
        <source>Test centre</source>
        <translation>考点</translation>
    </message>
    <message>
        <source>Candidate number</source>
        <translation>考生编号</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>考试类别</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>听力</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>写作</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>口语</translation>
    </message>
    <message>
        <source>Overall band score</source>
        <translation>总分（band score）</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>TRF 编号</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>地址第 1 行</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>地址第 2 行</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>地址第 3 行</translation>
    </message>
    <message>
        <source>Address line 4</source>
        <translation>地址第 4 行</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country (as sent)</source>
        <translation>国家/地区（原始值）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photo format</source>
        <translation>照片格式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last modified (UTC)</source>
        <translation>最后修改时间 (UTC)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies the next time IELTS Result Verifier starts.</source>
        <translation>新语言将在 IELTS 成绩验证器下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Transaction ID: %1</source>
        <translation>交易 ID：%1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>服务返回：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Names, TRF numbers, countries, centres… (Ctrl+F)</source>
        <translation>姓名、TRF 编号、国家/地区、考点…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>筛选成绩</translation>
    </message>
    <message>
        <source>Shows only the rows that contain every word typed</source>
        <translation>只显示包含所有输入词语的行</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>搜索进度</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>复制所选行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filter results</source>
        <translation>筛选成绩(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel search</source>
        <translation>取消搜索(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;TRF number</source>
        <translation>按 TRF 编号(&amp;T)</translation>
    </message>
    <message>
        <source>By &amp;date range</source>
        <translation>按日期范围(&amp;D)</translation>
    </message>
    <message>
        <source>Candidate &amp;details</source>
        <translation>考生详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Profiles and credentials…</source>
        <translation>配置文件和凭据(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IELTS Result Verifier</source>
        <translation>关于 IELTS 成绩验证器(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;⚠ %1 — TEST DATA&lt;/b&gt; · %2</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;⚠ %1 — 测试数据&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1 (%2, test data)</source>
        <translation>%1（%2，测试数据）</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>配置文件：&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Active profile %1, environment %2</source>
        <translation>当前配置文件 %1，环境 %2</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置文件</translation>
    </message>
    <message>
        <source>Open Connection ▸ Profiles and credentials to choose or create one.</source>
        <translation>打开“连接 ▸ 配置文件和凭据”来选择或创建一个。</translation>
    </message>
    <message>
        <source>Nothing was sent: no connection profile is active.</source>
        <translation>未发送任何内容：没有启用的连接配置文件。</translation>
    </message>
    <message>
        <source>Nothing was sent: please correct the search first.</source>
        <translation>未发送任何内容：请先更正搜索条件。</translation>
    </message>
    <message>
        <source>Search again?</source>
        <translation>重新搜索？</translation>
    </message>
    <message>
        <source>A search is still running. Stop it and start the new one? The results shown so far will be replaced.</source>
        <translation>仍有搜索正在进行。要停止它并开始新的搜索吗？目前显示的成绩将被替换。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), </source>
        <translation>
            <numerusform>%n 页，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source> · fetching %1 → %2 UTC</source>
        <translation> · 正在获取 %1 → %2 UTC</translation>
    </message>
    <message>
        <source> · %1 of %2 TRF numbers</source>
        <translation> · 第 %1 / %2 个 TRF 编号</translation>
    </message>
    <message numerus="yes">
        <source> · %n retry(s)</source>
        <translation>
            <numerusform> · 重试 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from %1</source>
        <translation>
            <numerusform>%n 条成绩，来自 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 shown.</source>
        <translation>已取消。显示 %1。</translation>
    </message>
    <message>
        <source>The search was cancelled; the results received before are shown.</source>
        <translation>搜索已取消；显示之前收到的成绩。</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>每日配额</translation>
    </message>
    <message>
        <source>Send the search anyway?</source>
        <translation>仍然发送此搜索？</translation>
    </message>
    <message>
        <source>Stopped. %1 shown.</source>
        <translation>已停止。显示 %1。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完成：%1。</translation>
    </message>
    <message numerus="yes">
        <source>No result was found for %n TRF number(s): %1</source>
        <translation>
            <numerusform>以下 %n 个 TRF 编号未找到成绩：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The service found no results for this search.</source>
        <translation>服务没有找到与此搜索相符的成绩。</translation>
    </message>
    <message>
        <source>Counted on this computer for client ID %1, per UTC day; the service allows %2 a day.</source>
        <translation>在本机按 UTC 日统计客户端 ID %1 的请求；服务每天允许 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条成绩</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>About IELTS Result Verifier</source>
        <translation>关于 IELTS 成绩验证器</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>退出？</translation>
    </message>
    <message>
        <source>A search is still running. Stop it and quit?</source>
        <translation>仍有搜索正在进行。要停止它并退出吗？</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>How many results the table shows</source>
        <translation>表格中显示的成绩数量</translation>
    </message>
    <message>
        <source>How far the running search has got</source>
        <translation>当前搜索的进度</translation>
    </message>
    <message>
        <source>What the search is doing, and how it ended</source>
        <translation>搜索正在进行的操作及其结束情况</translation>
    </message>
    <message>
        <source>Requests used and left today</source>
        <translation>今天已用和剩余的请求数</translation>
    </message>
    <message>
        <source>Active profile %1, environment %2, test data only</source>
        <translation>当前配置文件 %1，环境 %2，仅限测试数据</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IELTS Result Verifier %1&lt;/h3&gt;&lt;p&gt;Checks IELTS Test Report Forms against the IELTS result-verification service.&lt;/p&gt;&lt;p&gt;Build %2 of %3.&lt;br&gt;Qt %4 (running on %5), QtKeychain %6, libxlsxwriter %7, minizip.&lt;/p&gt;&lt;p&gt;Qt is used under the GNU LGPL version 3; QtKeychain and libxlsxwriter under the BSD 2-clause licence; minizip under the zlib licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IELTS 成绩验证器 %1&lt;/h3&gt;&lt;p&gt;通过 IELTS 成绩验证服务核验 IELTS 成绩单（TRF）。&lt;/p&gt;&lt;p&gt;构建 %2，日期 %3。&lt;br&gt;Qt %4（运行于 %5），QtKeychain %6，libxlsxwriter %7，minizip。&lt;/p&gt;&lt;p&gt;Qt 依据 GNU LGPL 第 3 版使用；QtKeychain 和 libxlsxwriter 依据 BSD 二条款许可证使用；minizip 依据 zlib 许可证使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verify Applicant &amp;List…</source>
        <translation>验证申请人名单(&amp;L)…</translation>
    </message>
    <message>
        <source>Check a CSV or Excel list of applicants&apos; claimed results</source>
        <translation>核验 CSV 或 Excel 格式的申请人申报成绩名单</translation>
    </message>
    <message>
        <source>No connection profile is active.</source>
        <translation>没有启用的连接配置文件。</translation>
    </message>
    <message>
        <source>Stop and search</source>
        <translation>停止并搜索</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>An applicant list is still being verified. Stop it and quit?</source>
        <translation>仍有申请人名单正在验证。要停止它并退出吗？</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln request(s) used, %1 left</source>
        <translation>
            <numerusform>今天：已用 %Ln 个请求，剩余 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show details for support</source>
        <translation>显示供技术支持使用的详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Copy the message and its details</source>
        <translation>复制消息及其详情</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>供技术支持使用的详情</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>下一步怎么做</translation>
    </message>
    <message>
        <source>Shows or hides the codes that support will ask for</source>
        <translation>显示或隐藏技术支持会询问的代码</translation>
    </message>
    <message>
        <source>Puts the message, the advice and the details on the clipboard</source>
        <translation>将消息、建议和详细信息复制到剪贴板</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Error code, HTTP status and transaction ID, as support needs them</source>
        <translation>错误代码、HTTP 状态和事务 ID，供技术支持使用</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <source>Warning message</source>
        <translation>警告消息</translation>
    </message>
    <message>
        <source>Information message</source>
        <translation>提示消息</translation>
    </message>
</context>
<context>
    <name>NameMatch</name>
    <message>
        <source>letter case</source>
        <translation>大小写差异</translation>
    </message>
    <message>
        <source>accents</source>
        <translation>重音符号差异</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>空格差异</translation>
    </message>
    <message>
        <source>hyphens or apostrophes</source>
        <translation>连字符或撇号差异</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>名和姓顺序颠倒</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The PDF file could not be started.</source>
        <translation>无法创建 PDF 文件。</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>没有成绩。</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
    <message>
        <source>IELTS results</source>
        <translation>IELTS 成绩</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>测试数据 (%1)：这些不是真实的 IELTS 成绩。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institution profile: %1</source>
        <translation>机构配置文件：%1</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>查询：%1</translation>
    </message>
    <message>
        <source>Retrieved: %1 UTC</source>
        <translation>获取时间：%1 UTC</translation>
    </message>
    <message>
        <source>Results in this report: %1</source>
        <translation>本报告中的成绩：%1</translation>
    </message>
    <message>
        <source>Produced %1 UTC by IELTS Result Verifier %2</source>
        <translation>由 IELTS 成绩验证器 %2 于 %1 UTC 生成</translation>
    </message>
    <message>
        <source>IELTS results · %1 · retrieved %2 UTC</source>
        <translation>IELTS 成绩 · %1 · 获取于 %2 UTC</translation>
    </message>
    <message>
        <source>TEST DATA</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>测试数据：不是真实的 IELTS 成绩</translation>
    </message>
    <message>
        <source>IELTS results (TEST DATA)</source>
        <translation>IELTS 成绩（测试数据）</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>There is no photo for %1.</source>
        <translation>%1 没有照片。</translation>
    </message>
    <message>
        <source>Could not save the photo to %1: %2</source>
        <translation>无法将照片保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>PhotoFolderWriter</name>
    <message>
        <source>Choose a folder for the photos.</source>
        <translation>请选择保存照片的文件夹。</translation>
    </message>
    <message>
        <source>The export was canceled; no photo was kept.</source>
        <translation>导出已取消；未保留任何照片。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the address of the result service.</source>
        <translation>请输入成绩服务的地址。</translation>
    </message>
    <message>
        <source>Enter the address of the token endpoint.</source>
        <translation>请输入令牌端点的地址。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置文件的名称。</translation>
    </message>
    <message>
        <source>The profile name is too long: at most %1 characters.</source>
        <translation>配置文件名称太长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the client ID you received from the API portal.</source>
        <translation>请输入您从 API 门户获得的客户端 ID。</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces, colons or control characters.</source>
        <translation>客户端 ID 不能包含空格、冒号或控制字符。</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>请输入客户端密钥。</translation>
    </message>
    <message>
        <source>The client secret is too long: the system keychain can keep at most %1 bytes.</source>
        <translation>客户端密钥太长：系统密钥链最多可保存 %1 字节。</translation>
    </message>
    <message>
        <source>The client secret contains a line break or another control character. Copy it again without them.</source>
        <translation>客户端密钥包含换行符或其他控制字符。请去掉这些字符后重新复制。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>The client ID from the API portal.</source>
        <translation>来自 API 门户的客户端 ID。</translation>
    </message>
    <message>
        <source>production, sandbox (the provider&apos;s), or demo (a local service with generated data and the public demo credentials).</source>
        <translation>production、sandbox（提供方的沙盒）或 demo（使用生成数据和公开演示凭据的本地服务）。</translation>
    </message>
    <message>
        <source>The full URL of the result resource, for a custom environment.</source>
        <translation>成绩资源的完整 URL，用于自定义环境。</translation>
    </message>
    <message>
        <source>The full URL of the token endpoint, with --endpoint.</source>
        <translation>令牌端点的完整 URL，与 --endpoint 一起使用。</translation>
    </message>
    <message>
        <source>bearer (OAuth, the default) or basic.</source>
        <translation>bearer（OAuth，默认）或 basic。</translation>
    </message>
    <message>
        <source>List, add, edit, delete and test connection profiles.</source>
        <translation>列出、添加、编辑、删除和测试连接配置文件。</translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.
</source>
        <translation>请尝试“%1 %2 --help”。
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
        <translation>用法：%1 profile 操作 [选项]

连接配置文件与桌面应用共享。配置文件的客户端密钥保存在系统密钥链中；它从标准输入读取（在终端中不回显），绝不从命令行获取。

操作：
  list                   显示配置文件；* 标记当前配置文件。
  add NAME --client-id ID [--environment ENV | --endpoint URL --token-url URL]
      [--auth bearer|basic]
                         添加配置文件；密钥从标准输入读取。
  edit NAME [--name NEW] [--client-id ID] [--environment ENV | --endpoint URL
      --token-url URL] [--auth bearer|basic] [--new-secret]
                         修改配置文件；--new-secret 读取新密钥。
  delete NAME            删除配置文件及其在密钥链中的密钥。
  test [NAME]            检查凭据是否可用（默认为当前配置文件）。

%1 search --profile NAME 使用某个配置文件。设置了 IELTS_CLIENT_ID 和 IELTS_CLIENT_SECRET 时，它们优先于配置文件的凭据。

退出状态：0 成功，1 密钥链失败，2 用法或输入无效，3 凭据被拒绝（test），4 服务的其他错误（test），5 网络故障（test），130 已中断。
</translation>
    </message>
    <message>
        <source>%1 profile: unknown action &quot;%2&quot;.

</source>
        <translation>%1 profile：未知操作“%2”。

</translation>
    </message>
    <message>
        <source>Interrupted.
</source>
        <translation>已中断。
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>A new name for the profile.</source>
        <translation>配置文件的新名称。</translation>
    </message>
    <message>
        <source>Read a new client secret from standard input.</source>
        <translation>从标准输入读取新的客户端密钥。</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>配置文件的名称。</translation>
    </message>
    <message>
        <source>The profile to change.</source>
        <translation>要修改的配置文件。</translation>
    </message>
    <message>
        <source>The profile to delete.</source>
        <translation>要删除的配置文件。</translation>
    </message>
    <message>
        <source>The profile to test; the active one by default.</source>
        <translation>要测试的配置文件；默认为当前配置文件。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Give the profile&apos;s name.</source>
        <translation>请提供配置文件的名称。</translation>
    </message>
    <message>
        <source>No profile is active; give the profile&apos;s name.</source>
        <translation>没有当前配置文件；请提供配置文件的名称。</translation>
    </message>
    <message>
        <source>There is no profile named %1. &quot;%2 profile list&quot; shows them.</source>
        <translation>没有名为 %1 的配置文件。“%2 profile list”可列出所有配置文件。</translation>
    </message>
    <message>
        <source>Give either --environment or --endpoint, not both.</source>
        <translation>请只提供 --environment 或 --endpoint 之一。</translation>
    </message>
    <message>
        <source>--environment must be production, sandbox or demo; a custom environment is given with --endpoint and --token-url.</source>
        <translation>--environment 必须是 production、sandbox 或 demo；自定义环境请用 --endpoint 和 --token-url 指定。</translation>
    </message>
    <message>
        <source>--token-url goes with --endpoint.</source>
        <translation>--token-url 需与 --endpoint 一起使用。</translation>
    </message>
    <message>
        <source>--auth must be bearer or basic.</source>
        <translation>--auth 必须是 bearer 或 basic。</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message>
        <source>There are no profiles yet. &quot;%1 profile add NAME --client-id ID&quot; adds one.
</source>
        <translation>尚无配置文件。“%1 profile add NAME --client-id ID”可添加一个。
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>AUTHORIZATION</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source> [test data]</source>
        <translation> [测试数据]</translation>
    </message>
    <message>
        <source>No client secret was given on standard input.</source>
        <translation>标准输入中没有提供客户端密钥。</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>%1 的客户端密钥：</translation>
    </message>
    <message>
        <source>Profile %1 added; the offline demo needs no client secret.
</source>
        <translation>已添加配置文件 %1；离线演示无需客户端密钥。
</translation>
    </message>
    <message>
        <source>Profile %1 added; its client secret is in the system keychain.
</source>
        <translation>已添加配置文件 %1；其客户端密钥已存入系统密钥链。
</translation>
    </message>
    <message>
        <source>Profile %1 changed.
</source>
        <translation>已修改配置文件 %1。
</translation>
    </message>
    <message>
        <source>Profile %1 deleted.
</source>
        <translation>已删除配置文件 %1。
</translation>
    </message>
    <message>
        <source>Profile %1 deleted, and its client secret removed from the system keychain.
</source>
        <translation>已删除配置文件 %1，并已从系统密钥链中移除其客户端密钥。
</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>It is the active profile.
</source>
        <translation>这是当前配置文件。
</translation>
    </message>
    <message>
        <source>error: %1 %2
</source>
        <translation>错误：%1 %2
</translation>
    </message>
    <message>
        <source>  the keychain said: %1
</source>
        <translation>  密钥链返回：%1
</translation>
    </message>
    <message>
        <source>  what to do: on the command line, %1 and %2 can give the credentials for one run instead.
</source>
        <translation>  处理方法：在命令行上，可以改用 %1 和 %2 为单次运行提供凭据。
</translation>
    </message>
    <message>
        <source>note: %1 and %2 from the environment override the profile&apos;s credentials.
</source>
        <translation>注意：环境变量 %1 和 %2 优先于配置文件的凭据。
</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>错误：本地演示服务无法启动。
</translation>
    </message>
    <message>
        <source>Nothing was tested.</source>
        <translation>未进行任何测试。</translation>
    </message>
    <message>
        <source>Testing HTTP Basic credentials costs one request of the daily quota: a lookup of TRF number %1, which cannot exist.
</source>
        <translation>测试 HTTP Basic 凭据会消耗每日配额中的一个请求：查询一个不可能存在的 TRF 编号 %1。
</translation>
    </message>
</context>
<context>
    <name>ProfileConnectionSource</name>
    <message>
        <source>Use the stored connection profile NAME (see the profile command); IELTS_CLIENT_ID and IELTS_CLIENT_SECRET still override its credentials.</source>
        <translation>使用已存储的连接配置文件 NAME（参见 profile 命令）；IELTS_CLIENT_ID 和 IELTS_CLIENT_SECRET 仍优先于其凭据。</translation>
    </message>
    <message>
        <source>Give either --profile or --environment, not both.</source>
        <translation>请只提供 --profile 或 --environment 之一。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. &quot;%2 profile list&quot; shows them.</source>
        <translation>没有名为“%1”的配置文件。“%2 profile list”可列出所有配置文件。</translation>
    </message>
    <message>
        <source>The client secret of profile “%1” could not be read from the system keychain: %2</source>
        <translation>无法从系统密钥链读取配置文件“%1”的客户端密钥：%2</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>The profile chosen no longer exists.</source>
        <translation>所选配置文件已不存在。</translation>
    </message>
    <message>
        <source>The client secret of “%1” could not be read: %2</source>
        <translation>无法读取“%1”的客户端密钥：%2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>“%1” is the name of the built-in offline demo.</source>
        <translation>“%1”是内置离线演示的名称。</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>此配置文件已不存在。</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be changed.</source>
        <translation>内置的离线演示无法修改。</translation>
    </message>
    <message>
        <source>The built-in offline demo cannot be renamed.</source>
        <translation>内置的离线演示无法重命名。</translation>
    </message>
</context>
<context>
    <name>ProgrammeRequirements</name>
    <message>
        <source>Overall %1 is below the required %2.</source>
        <translation>总分 %1 低于要求的 %2。</translation>
    </message>
    <message>
        <source>Listening %1 is below the required %2.</source>
        <translation>听力 %1 低于要求的 %2。</translation>
    </message>
    <message>
        <source>Reading %1 is below the required %2.</source>
        <translation>阅读 %1 低于要求的 %2。</translation>
    </message>
    <message>
        <source>Writing %1 is below the required %2.</source>
        <translation>写作 %1 低于要求的 %2。</translation>
    </message>
    <message>
        <source>Speaking %1 is below the required %2.</source>
        <translation>口语 %1 低于要求的 %2。</translation>
    </message>
    <message>
        <source>No overall score to compare with the required %1.</source>
        <translation>没有总分可与要求的 %1 比较。</translation>
    </message>
    <message>
        <source>No listening score to compare with the required %1.</source>
        <translation>没有听力分数可与要求的 %1 比较。</translation>
    </message>
    <message>
        <source>No reading score to compare with the required %1.</source>
        <translation>没有阅读分数可与要求的 %1 比较。</translation>
    </message>
    <message>
        <source>No writing score to compare with the required %1.</source>
        <translation>没有写作分数可与要求的 %1 比较。</translation>
    </message>
    <message>
        <source>No speaking score to compare with the required %1.</source>
        <translation>没有口语分数可与要求的 %1 比较。</translation>
    </message>
    <message>
        <source>Overall at least %1</source>
        <translation>总分至少 %1</translation>
    </message>
    <message>
        <source>Listening at least %1</source>
        <translation>听力至少 %1</translation>
    </message>
    <message>
        <source>Reading at least %1</source>
        <translation>阅读至少 %1</translation>
    </message>
    <message>
        <source>Writing at least %1</source>
        <translation>写作至少 %1</translation>
    </message>
    <message>
        <source>Speaking at least %1</source>
        <translation>口语至少 %1</translation>
    </message>
    <message>
        <source>No requirements</source>
        <translation>无要求</translation>
    </message>
    <message>
        <source>no skill below %1</source>
        <translation>各单项均不低于 %1</translation>
    </message>
    <message numerus="yes">
        <source>test within %n year(s)</source>
        <translation>
            <numerusform>考试距今不超过 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of a programme&apos;s requirements: &quot;Overall at least 6.5, no skill below 6&quot;</extracomment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>No test date to check against the limit of %n year(s).</source>
        <translation>
            <numerusform>没有考试日期，无法检查 %n 年的期限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test taken on %1, more than %n year(s) ago.</source>
        <translation>
            <numerusform>考试日期为 %1，已超过 %n 年。</numerusform>
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
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the counts of a batch summary: &quot;412 verified, 9 mismatches&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: forgave %2.</source>
        <extracomment>%1 is a field (&quot;Family name&quot;), %2 what was forgiven (&quot;letter case and accents&quot;)</extracomment>
        <translation>%1：已忽略%2。</translation>
    </message>
    <message>
        <source>Family and first name</source>
        <translation>姓和名</translation>
    </message>
    <message>
        <source>Date of birth %1 read as %2 (day first).</source>
        <translation>出生日期 %1 按日在前读作 %2。</translation>
    </message>
    <message>
        <source>Read month first, it matches.</source>
        <translation>若按月在前读取，则一致。</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1: claimed %2, none on the result</source>
        <translation>%1：申报为 %2，成绩上没有此项</translation>
    </message>
    <message>
        <source>%1: claimed %2, actual %3</source>
        <translation>%1：申报为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the differences of one applicant</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>No applicants</source>
        <translation>没有申请人</translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n 人已验证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n 人不一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n 人未找到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not released</source>
        <translation>
            <numerusform>%n 人未发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 人出错</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the programme&apos;s requirements</source>
        <translation>
            <numerusform>%n 人低于专业要求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL 中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTPS address. Credentials are only sent over HTTPS (plain HTTP is allowed for this computer&apos;s own addresses only).</source>
        <translation>“%1”不是 HTTPS 地址。凭据只通过 HTTPS 发送（明文 HTTP 仅允许用于本机自身的地址）。</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <source>Programme requirements</source>
        <translation>专业要求</translation>
    </message>
    <message>
        <source>Results below these are marked separately from whether they are genuine.</source>
        <translation>低于这些要求的成绩会单独标出，与成绩是否真实无关。</translation>
    </message>
    <message>
        <source>&amp;Overall at least</source>
        <translation>总分至少(&amp;O)</translation>
    </message>
    <message>
        <source>The lowest overall band the programme accepts</source>
        <translation>该专业接受的最低总分</translation>
    </message>
    <message>
        <source>&amp;Listening at least</source>
        <translation>听力至少(&amp;L)</translation>
    </message>
    <message>
        <source>The lowest listening band the programme accepts</source>
        <translation>该专业接受的最低听力分数</translation>
    </message>
    <message>
        <source>&amp;Reading at least</source>
        <translation>阅读至少(&amp;R)</translation>
    </message>
    <message>
        <source>The lowest reading band the programme accepts</source>
        <translation>该专业接受的最低阅读分数</translation>
    </message>
    <message>
        <source>&amp;Writing at least</source>
        <translation>写作至少(&amp;W)</translation>
    </message>
    <message>
        <source>The lowest writing band the programme accepts</source>
        <translation>该专业接受的最低写作分数</translation>
    </message>
    <message>
        <source>S&amp;peaking at least</source>
        <translation>口语至少(&amp;P)</translation>
    </message>
    <message>
        <source>The lowest speaking band the programme accepts</source>
        <translation>该专业接受的最低口语分数</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> years</source>
        <extracomment>A spin box suffix: &quot;Test taken within 2 years&quot;.</extracomment>
        <translation> 年</translation>
    </message>
    <message>
        <source>Test taken within</source>
        <translation>考试距今不超过</translation>
    </message>
    <message>
        <source>How many years old a test may be at most; the lowest value accepts any age</source>
        <translation>考试距今最多可以有多少年；最小值表示不限</translation>
    </message>
    <message>
        <source>&amp;Test taken within</source>
        <translation>考试距今不超过(&amp;T)</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>无最低要求</translation>
    </message>
    <message>
        <source>; the lowest value sets no minimum</source>
        <translation>；最小值表示无最低要求</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>TRF number</source>
        <translation>TRF 编号</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>考试类别</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>听力</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>写作</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>口语</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>考点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last modified (UTC)</source>
        <translation>最后修改时间 (UTC)</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV（逗号分隔值）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <source>JSON (every field as received)</source>
        <translation>JSON（所有字段原样保留）</translation>
    </message>
    <message>
        <source>Photos folder</source>
        <translation>照片文件夹</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>写入“%1”失败：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>已将 %n 条成绩导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be read and were left out.</source>
        <translation>
            <numerusform>有 %n 张照片无法读取，已略去。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultOutput</name>
    <message>
        <source>--format xlsx and pdf need --output FILE.</source>
        <translation>--format xlsx 和 pdf 需要 --output 文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give a file name for --output.</source>
        <translation>“%1”是一个文件夹；请为 --output 提供文件名。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot write to &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Saving the photos failed.</source>
        <translation>保存照片失败。</translation>
    </message>
    <message>
        <source>The output was not opened.</source>
        <translation>未打开输出。</translation>
    </message>
    <message>
        <source>Writing the results failed: %1</source>
        <translation>写入成绩失败：%1</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
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
        <translation>无状态</translation>
    </message>
    <message>
        <source>Country code: %1</source>
        <translation>国家/地区代码：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No photo (search with “Include photos” to see it)</source>
        <translation>没有照片（勾选“包含照片”后搜索即可查看）</translation>
    </message>
    <message>
        <source>The photo sent for this candidate cannot be shown: it is damaged or not an image.</source>
        <translation>无法显示为此考生发送的照片：照片已损坏或不是图像。</translation>
    </message>
    <message>
        <source>Double-click to see the photo large</source>
        <translation>双击可查看大图</translation>
    </message>
    <message>
        <source>This result is not released; do not rely on it until the status is RELEASED.</source>
        <translation>此成绩尚未发布；在其状态变为 RELEASED 之前，请勿依据此成绩。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>没有照片</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>When the candidate last shared or changed this result, in UTC</source>
        <translation>考生最后一次分享或更改此成绩的时间 (UTC)</translation>
    </message>
    <message>
        <source>%1, not released</source>
        <translation>%1，未发布</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>One row a candidate. Enter opens the candidate&apos;s details.</source>
        <translation>每行一位考生。按 Enter 打开考生详情。</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 需要一个 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1 expects one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 需要 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>Port to listen on, on 127.0.0.1 (0: any free port).</source>
        <translation>在 127.0.0.1 上监听的端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>Number of generated records.</source>
        <translation>生成的记录数。</translation>
    </message>
    <message>
        <source>Seed of the generated data set.</source>
        <translation>生成数据集的随机种子。</translation>
    </message>
    <message>
        <source>Newest last modification date, as YYYY-MM-DDThh:mm:ss in UTC (default: now).</source>
        <translation>最新的最后修改日期，格式为 YYYY-MM-DDThh:mm:ss (UTC)（默认：现在）。</translation>
    </message>
    <message>
        <source>Days over which the last modification dates spread.</source>
        <translation>最后修改日期分布的天数。</translation>
    </message>
    <message>
        <source>Client ID to accept.</source>
        <translation>接受的客户端 ID。</translation>
    </message>
    <message>
        <source>Client secret to accept (default: the demo secret).</source>
        <translation>接受的客户端密钥（默认：演示密钥）。</translation>
    </message>
    <message>
        <source>Lifetime of access tokens, in seconds.</source>
        <translation>访问令牌的有效期（秒）。</translation>
    </message>
    <message>
        <source>Fail every Nth request (0: never).</source>
        <translation>每第 N 个请求失败一次（0：从不）。</translation>
    </message>
    <message>
        <source>HTTP status of those failures: 503, 504 or 500.</source>
        <translation>这些失败的 HTTP 状态：503、504 或 500。</translation>
    </message>
    <message>
        <source>Send Retry-After with those failures, in seconds (0: no).</source>
        <translation>在这些失败中发送 Retry-After（秒）（0：不发送）。</translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds.</source>
        <translation>每个响应延迟的毫秒数。</translation>
    </message>
    <message>
        <source>Cut off the body of every Nth response (0: never).</source>
        <translation>截断每第 N 个响应的正文（0：从不）。</translation>
    </message>
    <message>
        <source>Close the connection instead of answering every Nth request.</source>
        <translation>每第 N 个请求不作应答而直接关闭连接。</translation>
    </message>
    <message>
        <source>Result requests allowed per client ID and UTC day.</source>
        <translation>每个客户端 ID 每个 UTC 日允许的成绩请求数。</translation>
    </message>
    <message>
        <source>HTTP status once the quota is used up: 429 or 403.</source>
        <translation>配额用完后的 HTTP 状态：429 或 403。</translation>
    </message>
    <message>
        <source>Modify one already served record while a client pages through a date range.</source>
        <translation>在客户端分页获取某个日期范围时，修改一条已返回的记录。</translation>
    </message>
    <message>
        <source>Answer for a page past the last one: empty or 404.</source>
        <translation>请求超过最后一页时的应答：empty 或 404。</translation>
    </message>
    <message>
        <source>Answer for a TRF number that matches nothing: empty or 404.</source>
        <translation>TRF 编号无匹配时的应答：empty 或 404。</translation>
    </message>
    <message>
        <source>Refuse date ranges that match more than N records, even when paged (0: never).</source>
        <translation>拒绝匹配超过 N 条记录的日期范围，即使分页也拒绝（0：从不）。</translation>
    </message>
    <message>
        <source>Accept date ranges longer than one year.</source>
        <translation>接受超过一年的日期范围。</translation>
    </message>
    <message>
        <source>Shape of error bodies: flat, gateway or text.</source>
        <translation>错误正文的格式：flat、gateway 或 text。</translation>
    </message>
    <message>
        <source>--fail-status expects 503, 504 or 500.</source>
        <translation>--fail-status 需要 503、504 或 500。</translation>
    </message>
    <message>
        <source>--quota-status expects 429 or 403.</source>
        <translation>--quota-status 需要 429 或 403。</translation>
    </message>
    <message>
        <source>--anchor expects a date and time as YYYY-MM-DDThh:mm:ss.</source>
        <translation>--anchor 需要格式为 YYYY-MM-DDThh:mm:ss 的日期和时间。</translation>
    </message>
    <message>
        <source>The client ID and secret must not be empty.</source>
        <translation>客户端 ID 和密钥不能为空。</translation>
    </message>
    <message>
        <source>Always answer a search for this TRF number with the --fail-status failure, so clients retry and then report an error; repeat for several.</source>
        <translation>对此 TRF 编号的搜索始终以 --fail-status 指定的失败作答，使客户端先重试再报告错误；可重复指定多个。</translation>
    </message>
    <message>
        <source>Write a sample applicant list (CSV) drawn from the data set the other options describe to FILE, and exit without serving. Its rows give every outcome of batch verification: matches, forgiven name variants, mismatches, numbers not found or not released, and rows that cannot be sent.</source>
        <translation>将一份示例申请人名单（CSV）写入 FILE，其数据取自其他选项所描述的数据集，然后退出而不提供服务。其中的行涵盖批量验证的所有结果：一致、被容许的姓名差异、不一致、未找到或未发布的编号，以及无法发送的行。</translation>
    </message>
    <message>
        <source>--fail-trf expects a TRF number.</source>
        <translation>--fail-trf 需要一个 TRF 编号。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A local double of the IELTS result-verification API, on 127.0.0.1.</source>
        <translation>IELTS 成绩验证 API 的本地替身，运行于 127.0.0.1。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>无法在 127.0.0.1 的端口 %1 上监听。</translation>
    </message>
    <message>
        <source>Result endpoint: %1</source>
        <translation>成绩端点：%1</translation>
    </message>
    <message>
        <source>Token endpoint:  %1</source>
        <translation>令牌端点：%1</translation>
    </message>
    <message>
        <source>Credentials: client ID %1, secret %2</source>
        <translation>凭据：客户端 ID %1，密钥 %2</translation>
    </message>
    <message>
        <source>Credentials: client ID %1 and the secret given</source>
        <translation>凭据：客户端 ID %1 和所提供的密钥</translation>
    </message>
    <message>
        <source>Records: %1. Press Ctrl+C to stop.</source>
        <translation>记录数：%1。按 Ctrl+C 停止。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Fetch results by TRF number or by date range, as JSON, CSV, Excel or PDF.</source>
        <translation>按 TRF 编号或日期范围获取成绩，输出为 JSON、CSV、Excel 或 PDF。</translation>
    </message>
    <message>
        <source>Try &quot;%1 search --help&quot;.
</source>
        <translation>请尝试“%1 search --help”。
</translation>
    </message>
    <message>
        <source>Fetches results from the IELTS result-verification service, by TRF number or by the date range in which candidates shared them, and writes them as JSON, CSV, an Excel workbook or a PDF report.

Credentials come from the environment variables IELTS_CLIENT_ID and IELTS_CLIENT_SECRET. DATETIME is YYYY-MM-DDThh:mm:ss in UTC, or YYYY-MM-DD (the whole day: --from at 00:00:00, --to at 23:59:59).

Exit status: 0 success (also when nothing was found), 2 invalid usage or input, 3 authentication or authorization failure, 4 any other error from the service (quota included), 5 network failure after retries, 130 interrupted.</source>
        <translation>从 IELTS 成绩验证服务获取成绩（按 TRF 编号，或按考生分享成绩的日期范围），并写出为 JSON、CSV、Excel 工作簿或 PDF 报告。

凭据取自环境变量 IELTS_CLIENT_ID 和 IELTS_CLIENT_SECRET。DATETIME 的格式为 YYYY-MM-DDThh:mm:ss (UTC)，或 YYYY-MM-DD（整天：--from 为 00:00:00，--to 为 23:59:59）。

退出状态：0 成功（未找到任何结果时也是），2 用法或输入无效，3 认证或授权失败，4 服务的任何其他错误（包括配额），5 重试后仍网络故障，130 已中断。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>A TRF number to check; repeat for several.</source>
        <translation>要核验的 TRF 编号；可重复指定多个。</translation>
    </message>
    <message>
        <source>Start of the range of last modification (UTC).</source>
        <translation>最后修改范围的开始 (UTC)。</translation>
    </message>
    <message>
        <source>End of the range of last modification (UTC).</source>
        <translation>最后修改范围的结束 (UTC)。</translation>
    </message>
    <message>
        <source>Include candidate photos.</source>
        <translation>包含考生照片。</translation>
    </message>
    <message>
        <source>Ask for the One Skill Retake fields (OSRFlag=Y).</source>
        <translation>请求 One Skill Retake（单项重考）字段 (OSRFlag=Y)。</translation>
    </message>
    <message>
        <source>Records per request, 1 to 2000 (default 2000).</source>
        <translation>每个请求的记录数，1 到 2000（默认 2000）。</translation>
    </message>
    <message>
        <source>production (default), sandbox, or demo (a local service with generated data and demo credentials).</source>
        <translation>production（默认）、sandbox 或 demo（使用生成数据和演示凭据的本地服务）。</translation>
    </message>
    <message>
        <source>The full URL of the result resource; overrides --environment.</source>
        <translation>成绩资源的完整 URL；优先于 --environment。</translation>
    </message>
    <message>
        <source>The full URL of the token endpoint (for --auth bearer); overrides --environment.</source>
        <translation>令牌端点的完整 URL（用于 --auth bearer）；优先于 --environment。</translation>
    </message>
    <message>
        <source>basic (default) or bearer.</source>
        <translation>basic（默认）或 bearer。</translation>
    </message>
    <message>
        <source>json (default), csv, xlsx or pdf. json and csv are written page by page; xlsx and pdf keep every record in memory and write the file at the end, and need --output.</source>
        <translation>json（默认）、csv、xlsx 或 pdf。json 和 csv 逐页写入；xlsx 和 pdf 将所有记录保存在内存中，最后写入文件，并需要 --output。</translation>
    </message>
    <message>
        <source>Also save each candidate&apos;s photo in DIR as &lt;TRF&gt;.&lt;ext&gt; (asks the service for photos). Never overwrites a file; the photos appear only when the search succeeds.</source>
        <translation>同时将每位考生的照片以 &lt;TRF&gt;.&lt;ext&gt; 保存到 DIR（会向服务请求照片）。绝不覆盖文件；仅在搜索成功时才会出现照片。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output; FILE is only created or replaced when the search succeeds.</source>
        <translation>写入 FILE 而不是标准输出；仅在搜索成功时才创建或替换 FILE。</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>在标准错误输出上报告进度。</translation>
    </message>
    <message>
        <source>Print nothing but errors on standard error.</source>
        <translation>除错误外，不在标准错误输出上打印任何内容。</translation>
    </message>
    <message>
        <source>Send even when the requests counted today would pass the daily quota.</source>
        <translation>即使今天统计的请求会超过每日配额，也照样发送。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Give either --trf or --from and --to, not both.</source>
        <translation>请只提供 --trf，或只提供 --from 和 --to，不要同时提供。</translation>
    </message>
    <message>
        <source>A date range needs both --from and --to.</source>
        <translation>日期范围需要同时提供 --from 和 --to。</translation>
    </message>
    <message>
        <source>Give --trf TRF, or --from and --to.</source>
        <translation>请提供 --trf TRF，或 --from 和 --to。</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to %1.</source>
        <translation>--page-size 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use YYYY-MM-DDThh:mm:ss (UTC) or YYYY-MM-DD.</source>
        <translation>“%1”不是日期和时间；请使用 YYYY-MM-DDThh:mm:ss (UTC) 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--environment must be production, sandbox or demo.</source>
        <translation>--environment 必须是 production、sandbox 或 demo。</translation>
    </message>
    <message>
        <source>--auth must be basic or bearer.</source>
        <translation>--auth 必须是 basic 或 bearer。</translation>
    </message>
    <message>
        <source>--format must be json, csv, xlsx or pdf.</source>
        <translation>--format 必须是 json、csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>（命令行）</translation>
    </message>
    <message>
        <source>error: the local demo service could not start.
</source>
        <translation>错误：本地演示服务无法启动。
</translation>
    </message>
    <message>
        <source>No credentials: set IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, or use --profile NAME.</source>
        <translation>没有凭据：请设置 IELTS_CLIENT_ID 和 IELTS_CLIENT_SECRET，或使用 --profile 名称。</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>，当前位置 %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 pages, %3 records, %4 MB%5%6
</source>
        <translation>%1 个请求，%2 页，%3 条记录，%4 MB%5%6
</translation>
    </message>
    <message numerus="yes">
        <source>, %n retries</source>
        <translation>
            <numerusform>，重试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>error: the results could not be written.
</source>
        <translation>错误：无法写入成绩。
</translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.
</source>
        <translation>已中断；未写入任何内容。
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>No result for TRF %1.
</source>
        <translation>TRF %1 没有成绩。
</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 request(s)</source>
        <translation>
            <numerusform>%n 条记录，来自 %1 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source> written to %1.
</source>
        <translation>，已写入 %1。
</translation>
    </message>
</context>
<context>
    <name>SearchJob</name>
    <message>
        <source>Nothing to search for: give a TRF number or a date range.</source>
        <translation>没有可搜索的内容：请提供 TRF 编号或日期范围。</translation>
    </message>
    <message>
        <source>No client ID and secret are set for this connection.</source>
        <translation>此连接未设置客户端 ID 和密钥。</translation>
    </message>
    <message numerus="yes">
        <source>This search needs an estimated %n request(s), but only %1 of today&apos;s %2 remain for this client ID (counted on this computer).</source>
        <translation>
            <numerusform>此次搜索预计需要 %n 个请求，但此客户端 ID 今天的 %2 个请求中只剩 %1 个（在本机统计）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of today&apos;s %2 requests for this client ID are used.</source>
        <translation>此客户端 ID 今天的 %2 个请求已用 %1 个。</translation>
    </message>
    <message>
        <source>Today&apos;s quota of %1 requests for this client ID is used up (counted on this computer).</source>
        <translation>此客户端 ID 今天 %1 个请求的配额已用完（在本机统计）。</translation>
    </message>
    <message>
        <source>The answer was cut off.</source>
        <translation>响应被截断。</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>响应不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The service answered &quot;not found&quot; without the documented code 70404; it was taken to mean no results. If every search finds nothing, check the endpoint URL.</source>
        <translation>服务返回“未找到”，但没有文档中规定的代码 70404；已将其视为没有成绩。如果每次搜索都找不到任何内容，请检查端点 URL。</translation>
    </message>
    <message>
        <source>The service refused a date range as too large; it is being fetched in smaller parts.</source>
        <translation>服务以范围过大为由拒绝了日期范围；正在分成较小的部分获取。</translation>
    </message>
    <message>
        <source>The service did not return records in order of last modification; pages are fetched by number instead, so a record shared again during the search may be missed.</source>
        <translation>服务没有按最后修改时间的顺序返回记录；现改为按页码获取，因此在搜索期间再次分享的记录可能会被遗漏。</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>搜索方式</translation>
    </message>
    <message>
        <source>Search by TRF numbers or by the date range in which results were shared</source>
        <translation>按 TRF 编号或按成绩分享的日期范围搜索</translation>
    </message>
    <message>
        <source>&amp;TRF numbers</source>
        <translation>TRF 编号(&amp;T)</translation>
    </message>
    <message>
        <source>TRF &amp;numbers, one per line or separated by commas:</source>
        <translation>TRF 编号，每行一个或用逗号分隔(&amp;N)：</translation>
    </message>
    <message>
        <source>TRF numbers</source>
        <translation>TRF 编号</translation>
    </message>
    <message>
        <source>One TRF number per line or separated by commas. Enter searches; Shift+Enter starts a new line.</source>
        <translation>每行一个 TRF 编号，或用逗号分隔。按 Enter 开始搜索；按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>17UZ010772RAKN025A</source>
        <translation>17UZ010772RAKN025A</translation>
    </message>
    <message>
        <source>TRF number check</source>
        <translation>TRF 编号检查</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>日期范围(&amp;D)</translation>
    </message>
    <message>
        <source>Results shared with you or changed in this period (UTC):</source>
        <translation>在此期间与您分享或更改过的成绩 (UTC)：</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>从 (UTC)(&amp;F)：</translation>
    </message>
    <message>
        <source>From, in UTC</source>
        <translation>开始时间，UTC</translation>
    </message>
    <message>
        <source>From, in local time</source>
        <translation>开始时间，本地时间</translation>
    </message>
    <message>
        <source>T&amp;o (UTC):</source>
        <translation>到 (UTC)(&amp;O)：</translation>
    </message>
    <message>
        <source>To, in UTC</source>
        <translation>结束时间，UTC</translation>
    </message>
    <message>
        <source>To, in local time</source>
        <translation>结束时间，本地时间</translation>
    </message>
    <message>
        <source>&amp;Quick choice:</source>
        <translation>快速选择(&amp;Q)：</translation>
    </message>
    <message>
        <source>Quick choice of date range</source>
        <translation>快速选择日期范围</translation>
    </message>
    <message>
        <source>Date range check</source>
        <translation>日期范围检查</translation>
    </message>
    <message>
        <source>Include &amp;photos</source>
        <translation>包含照片(&amp;P)</translation>
    </message>
    <message>
        <source>Ask for candidate photos; answers are larger and slower</source>
        <translation>请求考生照片；响应会更大、更慢</translation>
    </message>
    <message>
        <source>Include One Skill &amp;Retake fields</source>
        <translation>包含 One Skill Retake 字段(&amp;R)</translation>
    </message>
    <message>
        <source>Ask for the additional One Skill Retake fields</source>
        <translation>请求额外的 One Skill Retake（单项重考）字段</translation>
    </message>
    <message>
        <source>Cost against the daily quota</source>
        <translation>占用的每日配额</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Start the search (Enter)</source>
        <translation>开始搜索 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running search (Esc)</source>
        <translation>停止正在进行的搜索 (Esc)</translation>
    </message>
    <message>
        <source>= %1 your time (UTC%2%3:%4)</source>
        <translation>= 您的时间 %1 (UTC%2%3:%4)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>过去 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>Since my last pull</source>
        <translation>自我上次获取以来</translation>
    </message>
    <message>
        <source>Enter at least one TRF number.</source>
        <translation>请至少输入一个 TRF 编号。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Search again…</source>
        <translation>重新搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>From %1 UTC</source>
        <translation>从 %1 UTC 起</translation>
    </message>
    <message>
        <source>No earlier pull with this profile</source>
        <translation>此配置文件没有更早的获取记录</translation>
    </message>
    <message>
        <source>✖ &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>✖ &lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>• &lt;b&gt;%1&lt;/b&gt;: listed twice; searched once.</source>
        <translation>• &lt;b&gt;%1&lt;/b&gt;：列出了两次；只搜索一次。</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>⚠ &lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n TRF number(s) ready to search.</source>
        <translation>
            <numerusform>%n 个 TRF 编号可以搜索。</numerusform>
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
        <translation>今天：已用 %1 / %2 个请求，剩余 %3 个。</translation>
    </message>
    <message>
        <source>Each TRF number costs one request.</source>
        <translation>每个 TRF 编号占用一个请求。</translation>
    </message>
    <message numerus="yes">
        <source>This search costs %n request(s), one per TRF number.</source>
        <translation>
            <numerusform>此次搜索占用 %n 个请求，每个 TRF 编号一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>This search costs at least one request, and one more for every 2,000 results found.</source>
        <translation>此次搜索至少占用一个请求，每找到 2,000 条成绩再多占用一个。</translation>
    </message>
    <message>
        <source>Search for one or more TRF numbers</source>
        <translation>按一个或多个 TRF 编号搜索</translation>
    </message>
    <message>
        <source>The result of checking each TRF number as it is typed: which are ready and which need correcting.</source>
        <translation>输入时对每个 TRF 编号的检查结果：哪些可以搜索，哪些需要更正。</translation>
    </message>
    <message>
        <source>Search for the results shared or changed in a period</source>
        <translation>搜索在某一时段内共享或更改的成绩</translation>
    </message>
    <message>
        <source>Start of the period, in UTC, as year-month-day hours:minutes:seconds. The up and down arrow keys change the part under the cursor.</source>
        <translation>时段的开始时间（UTC），格式为 年-月-日 时:分:秒。上下方向键可更改光标所在的部分。</translation>
    </message>
    <message>
        <source>End of the period, in UTC, as year-month-day hours:minutes:seconds. The up and down arrow keys change the part under the cursor.</source>
        <translation>时段的结束时间（UTC），格式为 年-月-日 时:分:秒。上下方向键可更改光标所在的部分。</translation>
    </message>
    <message>
        <source>Sets From and To to a common period ending now.</source>
        <translation>将“从”和“到”设为截至现在的常用时段。</translation>
    </message>
    <message>
        <source>What is wrong with the date range, or what to watch out for.</source>
        <translation>日期范围有什么问题，或需要注意什么。</translation>
    </message>
    <message>
        <source>How many requests this search costs and how many are left today.</source>
        <translation>本次搜索需要多少请求，以及今天还剩多少。</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Enter the start of the date range as YYYY-MM-DDThh:mm:ss (UTC).</source>
        <translation>请按 YYYY-MM-DDThh:mm:ss (UTC) 格式输入日期范围的开始。</translation>
    </message>
    <message>
        <source>Enter the end of the date range as YYYY-MM-DDThh:mm:ss (UTC).</source>
        <translation>请按 YYYY-MM-DDThh:mm:ss (UTC) 格式输入日期范围的结束。</translation>
    </message>
    <message>
        <source>The start of the date range must be before its end.</source>
        <translation>日期范围的开始必须早于结束。</translation>
    </message>
    <message>
        <source>The end of the date range (%1 UTC) is in the future; the latest possible end is now (%2 UTC).</source>
        <translation>日期范围的结束（%1 UTC）在未来；最晚只能到现在（%2 UTC）。</translation>
    </message>
    <message>
        <source>The start of the date range is in the future.</source>
        <translation>日期范围的开始在未来。</translation>
    </message>
    <message>
        <source>The range is longer than one year; it will be fetched in parts of at most one year each.</source>
        <translation>范围超过一年；将分成每段不超过一年的多个部分获取。</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1; it is %2.</source>
        <translation>每页大小必须在 1 到 %1 之间；当前为 %2。</translation>
    </message>
    <message>
        <source>TRF %1</source>
        <translation>TRF %1</translation>
    </message>
    <message>
        <source>modified from %1 to %2 UTC</source>
        <translation>修改时间从 %1 到 %2 UTC</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>The system keychain did not answer in time. It may be waiting to be unlocked, or its service may have stopped responding.</source>
        <translation>系统密钥链没有及时响应。它可能正在等待解锁，或其服务已停止响应。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it, for example by logging in again, and try once more.</source>
        <translation>系统密钥链已锁定。请将其解锁（例如重新登录），然后再试一次。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>访问系统密钥链被拒绝。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the client secret cannot be kept. It can be used for this session only.</source>
        <translation>此计算机上没有可用的系统密钥链，因此无法保存客户端密钥。它只能在本次会话中使用。</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile.</source>
        <translation>此配置文件没有存储客户端密钥。</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>系统密钥链报告了一个错误。</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>“%1”是一个文件夹。请选择文件名。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists and was left as it is.</source>
        <translation>“%1”已存在，已保持原样。</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;: %2</source>
        <translation>无法写入文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>The export file was not created.</source>
        <translation>未创建导出文件。</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>写入“%1”失败：%2</translation>
    </message>
    <message>
        <source>a file with that name appeared meanwhile</source>
        <translation>在此期间出现了同名文件</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>StagedPhotoFolder</name>
    <message>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;: %2</source>
        <translation>无法写入文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>The photos folder was not opened.</source>
        <translation>未打开照片文件夹。</translation>
    </message>
    <message>
        <source>Could not save the photo to %1.</source>
        <translation>无法将照片保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n photo(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>已将 %n 张照片保存到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them under a new name, because a file of the same name was already there.</source>
        <translation>
            <numerusform>其中 %n 张因已存在同名文件而使用了新名称。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) had no photo.</source>
        <translation>
            <numerusform>%n 条成绩没有照片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be saved: %1</source>
        <translation>
            <numerusform>%n 张照片无法保存：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>The token endpoint refused the client ID or secret.</source>
        <translation>令牌端点拒绝了客户端 ID 或密钥。</translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that they belong to this environment (sandbox and production credentials differ).</source>
        <translation>请检查客户端 ID 和密钥，并确认它们属于此环境（沙盒与生产环境的凭据不同）。</translation>
    </message>
</context>
<context>
    <name>Trf</name>
    <message>
        <source>Enter a TRF number.</source>
        <translation>请输入 TRF 编号。</translation>
    </message>
    <message>
        <source>A TRF number has only letters A–Z and digits; remove “%1”.</source>
        <translation>TRF 编号只包含字母 A–Z 和数字；请删除“%1”。</translation>
    </message>
    <message>
        <source>A TRF number has at most %1 letters and digits; this one has %2.</source>
        <translation>TRF 编号最多有 %1 个字母和数字；此编号有 %2 个。</translation>
    </message>
    <message>
        <source>This does not look like an IELTS TRF number (18 characters, such as 17UZ010772RAKN025A). It will be searched as typed.</source>
        <translation>这看起来不像 IELTS TRF 编号（18 个字符，例如 17UZ010772RAKN025A）。将按输入内容搜索。</translation>
    </message>
</context>
<context>
    <name>VerificationRecord</name>
    <message>
        <source>IELTS result verification record</source>
        <translation>IELTS 成绩验证记录</translation>
    </message>
    <message>
        <source>TEST DATA (%1): not a real IELTS result.</source>
        <translation>测试数据 (%1)：不是真实的 IELTS 成绩。</translation>
    </message>
    <message>
        <source>Checked by: %1 (%2)</source>
        <translation>核验人：%1 (%2)</translation>
    </message>
    <message>
        <source>Retrieved: %1 UTC</source>
        <translation>获取时间：%1 UTC</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>This result is not released. Do not rely on it until its status is RELEASED.</source>
        <translation>此成绩尚未发布。在其状态变为 RELEASED 之前，请勿依据此成绩。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>没有照片</translation>
    </message>
    <message>
        <source>Every field the service sent</source>
        <translation>服务发送的全部字段</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Produced by IELTS Result Verifier %1 from the answer of the IELTS result-verification service.</source>
        <translation>由 IELTS 成绩验证器 %1 根据 IELTS 成绩验证服务的响应生成。</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>无法准备要打印的页面。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>IELTS verification %1</source>
        <translation>IELTS 验证 %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>XlsxResultWriter</name>
    <message>
        <source>(photo unreadable)</source>
        <translation>（照片无法读取）</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>%1 的照片</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation>机构配置文件</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Retrieved (UTC)</source>
        <translation>获取时间 (UTC)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>导出时间 (UTC)</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <source>IELTS Result Verifier %1</source>
        <translation>IELTS 成绩验证器 %1</translation>
    </message>
    <message>
        <source>TEST DATA (%1): these are not real IELTS results.</source>
        <translation>测试数据 (%1)：这些不是真实的 IELTS 成绩。</translation>
    </message>
    <message>
        <source>The Excel file could not be written: %1</source>
        <translation>无法写入 Excel 文件：%1</translation>
    </message>
    <message>
        <source>The Excel file could not be started (out of memory or no temporary space).</source>
        <translation>无法创建 Excel 文件（内存不足或没有临时空间）。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>The Excel file could not be started.</source>
        <translation>无法创建 Excel 文件。</translation>
    </message>
    <message>
        <source>IELTS results</source>
        <translation>IELTS 成绩</translation>
    </message>
</context>
<context>
    <name>XlsxSupport</name>
    <message>
        <source>%1 (TEST DATA)</source>
        <comment>Title of a workbook holding test data</comment>
        <translation>%1（测试数据）</translation>
    </message>
    <message>
        <source>Test data from %1: not real IELTS results.</source>
        <translation>来自 %1 的测试数据：不是真实的 IELTS 成绩。</translation>
    </message>
    <message>
        <source>TEST DATA: not real IELTS results</source>
        <translation>测试数据：不是真实的 IELTS 成绩</translation>
    </message>
</context>
</TS>
