<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppointmentRepository</name>
    <message numerus="yes">
        <source>Viewing booked for %n person(s) at %1</source>
        <translation><numerusform>Viewing booked for %n person at %1</numerusform><numerusform>Viewing booked for %n people at %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need correcting.</source>
        <translation><numerusform>Nothing was imported: %n line needs correcting.</numerusform><numerusform>Nothing was imported: %n lines need correcting.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s) (%1).</source>
        <translation><numerusform>Imported %n client (%1).</numerusform><numerusform>Imported %n clients (%1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation><numerusform>Exported %n client to %1.</numerusform><numerusform>Exported %n clients to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>The database already holds %n client(s); demo data only goes into an empty database.</source>
        <translation><numerusform>The database already holds %n client; demo data only goes into an empty database.</numerusform><numerusform>The database already holds %n clients; demo data only goes into an empty database.</numerusform></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation><numerusform>at most %n character</numerusform><numerusform>at most %n characters</numerusform></translation>
    </message>
</context>
<context>
    <name>estatedesk::MainWindow</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation><numerusform>%n client matches</numerusform><numerusform>%n clients match</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation><numerusform>Imported %n client.</numerusform><numerusform>Imported %n clients.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s).</source>
        <translation><numerusform>Exported %n client.</numerusform><numerusform>Exported %n clients.</numerusform></translation>
    </message>
</context>
</TS>