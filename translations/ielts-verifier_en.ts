<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchCommand</name>
    <message numerus="yes">
        <source>%1 of %2 TRF numbers checked, %n request(s)</source>
        <translation>
            <numerusform>%1 of %2 TRF numbers checked, %n request</numerusform>
            <numerusform>%1 of %2 TRF numbers checked, %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n retries</source>
        <translation>
            <numerusform>, %n retry</numerusform>
            <numerusform>, %n retries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPdfReport</name>
    <message numerus="yes">
        <source>Summary of %n applicant(s): %1</source>
        <translation>
            <numerusform>Summary of %n applicant: %1</numerusform>
            <numerusform>Summary of %n applicants: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPreparation</name>
    <message numerus="yes">
        <source>%n date(s) of birth, such as %1, could be day first or month first; they were read day first. Choose the date order if the list writes the month first.</source>
        <translation>
            <numerusform>%n date of birth, such as %1, could be day first or month first; it was read day first. Choose the date order if the list writes the month first.</numerusform>
            <numerusform>%n dates of birth, such as %1, could be day first or month first; they were read day first. Choose the date order if the list writes the month first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TRF number(s) do not look like IELTS TRF numbers (18 characters, such as 17UZ010772RAKN025A); they will be searched as written.</source>
        <translation>
            <numerusform>%n TRF number does not look like an IELTS TRF number (18 characters, such as 17UZ010772RAKN025A); it will be searched as written.</numerusform>
            <numerusform>%n TRF numbers do not look like IELTS TRF numbers (18 characters, such as 17UZ010772RAKN025A); they will be searched as written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message numerus="yes">
        <source>Wrote the report on %n applicant(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Wrote the report on %n applicant to &quot;%1&quot;.</numerusform>
            <numerusform>Wrote the report on %n applicants to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n photo could not be read and was left out.</numerusform>
            <numerusform>%n photos could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchVerifier</name>
    <message numerus="yes">
        <source>This batch needs %Ln request(s); %L1 remain today.</source>
        <translation>
            <numerusform>This batch needs %Ln request; %L1 remain today.</numerusform>
            <numerusform>This batch needs %Ln requests; %L1 remain today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message numerus="yes">
        <source>Checking %n applicant(s)…</source>
        <translation>
            <numerusform>Checking %n applicant…</numerusform>
            <numerusform>Checking %n applicants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n retried request(s))</source>
        <translation>
            <numerusform> (%n retried request)</numerusform>
            <numerusform> (%n retried requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n request(s) sent.</source>
        <translation>
            <numerusform>Finished: %n request sent.</numerusform>
            <numerusform>Finished: %n requests sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n still to check</source>
        <translation>
            <numerusform> — %n still to check</numerusform>
            <numerusform> — %n still to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %n row(s) of applicants.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %n row of applicants.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %n rows of applicants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) ready to check</source>
        <translation>
            <numerusform>%n applicant ready to check</numerusform>
            <numerusform>%n applicants ready to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) cannot be checked and will be reported as errors.</source>
        <translation>
            <numerusform>%1; %n row cannot be checked and will be reported as an error.</numerusform>
            <numerusform>%1; %n rows cannot be checked and will be reported as errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify %n Applicant(s)</source>
        <translation>
            <numerusform>Verify %n Applicant</numerusform>
            <numerusform>Verify %n Applicants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n page(s), </source>
        <translation>
            <numerusform>%n page, </numerusform>
            <numerusform>%n pages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n retry(s)</source>
        <translation>
            <numerusform> · %n retry</numerusform>
            <numerusform> · %n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from %1</source>
        <translation>
            <numerusform>%n result from %1</numerusform>
            <numerusform>%n results from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No result was found for %n TRF number(s): %1</source>
        <translation>
            <numerusform>No result was found for %n TRF number: %1</numerusform>
            <numerusform>No result was found for %n TRF numbers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln request(s) used, %1 left</source>
        <translation>
            <numerusform>Today: %Ln request used, %1 left</numerusform>
            <numerusform>Today: %Ln requests used, %1 left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeRequirements</name>
    <message numerus="yes">
        <source>test within %n year(s)</source>
        <translation>
            <numerusform>test within %n year</numerusform>
            <numerusform>test within %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No test date to check against the limit of %n year(s).</source>
        <translation>
            <numerusform>No test date to check against the limit of %n year.</numerusform>
            <numerusform>No test date to check against the limit of %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test taken on %1, more than %n year(s) ago.</source>
        <translation>
            <numerusform>Test taken on %1, more than %n year ago.</numerusform>
            <numerusform>Test taken on %1, more than %n years ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n verified</numerusform>
            <numerusform>%n verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n mismatch</numerusform>
            <numerusform>%n mismatches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not released</source>
        <translation>
            <numerusform>%n not released</numerusform>
            <numerusform>%n not released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the programme&apos;s requirements</source>
        <translation>
            <numerusform>%n below the programme&apos;s requirements</numerusform>
            <numerusform>%n below the programme&apos;s requirements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message numerus="yes">
        <source>Exported %n result(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Exported %n result to &quot;%1&quot;.</numerusform>
            <numerusform>Exported %n results to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n photo could not be read and was left out.</numerusform>
            <numerusform>%n photos could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message numerus="yes">
        <source>, %n retries</source>
        <translation>
            <numerusform>, %n retry</numerusform>
            <numerusform>, %n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1 request(s)</source>
        <translation>
            <numerusform>%n record from %1 request(s)</numerusform>
            <numerusform>%n records from %1 request(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchJob</name>
    <message numerus="yes">
        <source>This search needs an estimated %n request(s), but only %1 of today&apos;s %2 remain for this client ID (counted on this computer).</source>
        <translation>
            <numerusform>This search needs an estimated %n request, but only %1 of today&apos;s %2 remain for this client ID (counted on this computer).</numerusform>
            <numerusform>This search needs an estimated %n requests, but only %1 of today&apos;s %2 remain for this client ID (counted on this computer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message numerus="yes">
        <source>%n TRF number(s) ready to search.</source>
        <translation>
            <numerusform>%n TRF number ready to search.</numerusform>
            <numerusform>%n TRF numbers ready to search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This search costs %n request(s), one per TRF number.</source>
        <translation>
            <numerusform>This search costs %n request, one per TRF number.</numerusform>
            <numerusform>This search costs %n requests, one per TRF number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagedPhotoFolder</name>
    <message numerus="yes">
        <source>Saved %n photo(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Saved %n photo to &quot;%1&quot;.</numerusform>
            <numerusform>Saved %n photos to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them under a new name, because a file of the same name was already there.</source>
        <translation>
            <numerusform>%n of them under a new name, because a file of the same name was already there.</numerusform>
            <numerusform>%n of them under a new name, because files of the same names were already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) had no photo.</source>
        <translation>
            <numerusform>%n result had no photo.</numerusform>
            <numerusform>%n results had no photo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be saved: %1</source>
        <translation>
            <numerusform>%n photo could not be saved: %1</numerusform>
            <numerusform>%n photos could not be saved: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
