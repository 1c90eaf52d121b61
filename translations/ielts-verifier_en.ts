<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
