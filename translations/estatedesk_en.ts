<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message numerus="yes">
        <source>Password: at least %n characters</source>
        <translation>
            <numerusform>Password: at least %n character</numerusform>
            <numerusform>Password: at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message numerus="yes">
        <source>Viewing booked for %n person(s) at %1</source>
        <translation>
            <numerusform>Viewing booked for %n person at %1</numerusform>
            <numerusform>Viewing booked for %n people at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No. %1 (%2, %n person(s))</source>
        <translation>
            <numerusform>No. %1 (%2, %n person)</numerusform>
            <numerusform>No. %1 (%2, %n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message numerus="yes">
        <source>audit log: entry %1 of %2: %n entry(s) before it deleted</source>
        <translation>
            <numerusform>audit log: entry %1 of %2: %n entry before it deleted</numerusform>
            <numerusform>audit log: entry %1 of %2: %n entries before it deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: all %n entry(s) deleted</source>
        <translation>
            <numerusform>audit log: all %n entry deleted</numerusform>
            <numerusform>audit log: all %n entries deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n entry(s) after entry %1 of %2 deleted</source>
        <translation>
            <numerusform>audit log: %n entry after entry %1 of %2 deleted</numerusform>
            <numerusform>audit log: %n entries after entry %1 of %2 deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need correcting.</source>
        <translation>
            <numerusform>Nothing was imported: %n line needs correcting.</numerusform>
            <numerusform>Nothing was imported: %n lines need correcting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s) (%1).</source>
        <translation>
            <numerusform>Imported %n client (%1).</numerusform>
            <numerusform>Imported %n clients (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Exported %n client to %1.</numerusform>
            <numerusform>Exported %n clients to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar day(s); open deadlines were recomputed.</source>
        <translation>
            <numerusform>Imported %n calendar day; open deadlines were recomputed.</numerusform>
            <numerusform>Imported %n calendar days; open deadlines were recomputed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n calendar day(s) to %1.</source>
        <translation>
            <numerusform>Exported %n calendar day to %1.</numerusform>
            <numerusform>Exported %n calendar days to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s).</source>
        <translation>
            <numerusform>%n overdue item.</numerusform>
            <numerusform>%n overdue items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineEngine</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus %n working day(s) waiting for the client (%1 to %2).</source>
        <translation>
            <numerusform>Plus %n working day waiting for the client (%1 to %2).</numerusform>
            <numerusform>Plus %n working days waiting for the client (%1 to %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s) before %1 is %2.</source>
        <translation>
            <numerusform>%n calendar day before %1 is %2.</numerusform>
            <numerusform>%n calendar days before %1 is %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineRepository</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>The database already holds %n client(s); demo data only goes into an empty database.</source>
        <translation>
            <numerusform>The database already holds %n client; demo data only goes into an empty database.</numerusform>
            <numerusform>The database already holds %n clients; demo data only goes into an empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message numerus="yes">
        <source>%n year(s) after the handover</source>
        <translation>
            <numerusform>%n year after the handover</numerusform>
            <numerusform>%n years after the handover</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverRepository</name>
    <message numerus="yes">
        <source>Defect recorded (%1): %2 — to be fixed by %3 within %n working day(s)</source>
        <translation>
            <numerusform>Defect recorded (%1): %2 — to be fixed by %3 within %n working day</numerusform>
            <numerusform>Defect recorded (%1): %2 — to be fixed by %3 within %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverSheetReport</name>
    <message numerus="yes">
        <source>Defects found at the inspection (%n)</source>
        <translation>
            <numerusform>Defects found at the inspection (%n)</numerusform>
            <numerusform>Defects found at the inspection (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Defects recorded so far (%n)</source>
        <translation>
            <numerusform>Defects recorded so far (%n)</numerusform>
            <numerusform>Defects recorded so far (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n character(s); a resident ID has 18 (or 15 in the old form)</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n character; a resident ID has 18 (or 15 in the old form)</numerusform>
            <numerusform>&quot;%1&quot; has %n characters; a resident ID has 18 (or 15 in the old form)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeReports</name>
    <message numerus="yes">
        <source>%n item(s) past their deadline, most overdue first.</source>
        <translation>
            <numerusform>%n item past its deadline, most overdue first.</numerusform>
            <numerusform>%n items past their deadline, most overdue first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s); scores from 1 (poor) to 5 (excellent).</source>
        <translation>
            <numerusform>%n response; scores from 1 (poor) to 5 (excellent).</numerusform>
            <numerusform>%n responses; scores from 1 (poor) to 5 (excellent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A consultation may name several interests: each share is of all %n consultation(s).</source>
        <translation>
            <numerusform>A consultation may name several interests: each share is of the %n consultation.</numerusform>
            <numerusform>A consultation may name several interests: each share is of all %n consultations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) reopened: their earlier rounds are not counted.</source>
        <translation>
            <numerusform>%n complaint reopened: its earlier rounds are not counted.</numerusform>
            <numerusform>%n complaints reopened: their earlier rounds are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesDocuments</name>
    <message numerus="yes">
        <source>%1, %n installment(s)</source>
        <translation>
            <numerusform>%1, %n installment</numerusform>
            <numerusform>%1, %n installments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questions about the contract (%n)</source>
        <translation>
            <numerusform>Questions about the contract (%n)</numerusform>
            <numerusform>Questions about the contract (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduledJobs</name>
    <message numerus="yes">
        <source>Retention: the records of %n client(s) past the keeping period were anonymised.</source>
        <translation>
            <numerusform>Retention: the records of %n client past the keeping period were anonymised.</numerusform>
            <numerusform>Retention: the records of %n clients past the keeping period were anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s).</source>
        <translation>
            <numerusform>%1: %n record.</numerusform>
            <numerusform>%1: %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message numerus="yes">
        <source>--practice: this database already holds %n client(s); only an empty database becomes a practice database.</source>
        <translation>
            <numerusform>--practice: this database already holds %n client; only an empty database becomes a practice database.</numerusform>
            <numerusform>--practice: this database already holds %n clients; only an empty database becomes a practice database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewingBriefReport</name>
    <message numerus="yes">
        <source>Party: %n person(s)</source>
        <translation>
            <numerusform>Party: %n person</numerusform>
            <numerusform>Party: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewingIcs</name>
    <message numerus="yes">
        <source>Viewing: %1 (%n person(s))</source>
        <translation>
            <numerusform>Viewing: %1 (%n person)</numerusform>
            <numerusform>Viewing: %1 (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::BackupsPage</name>
    <message numerus="yes">
        <source>%1 (No. %2): handed over %3, %n service record(s)</source>
        <translation>
            <numerusform>%1 (No. %2): handed over %3, %n service record</numerusform>
            <numerusform>%1 (No. %2): handed over %3, %n service records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::CalendarSettingsPage</name>
    <message numerus="yes">
        <source>%1: %n marked day(s). Red: holidays; green: make-up working days.</source>
        <translation>
            <numerusform>%1: %n marked day. Red: holidays; green: make-up working days.</numerusform>
            <numerusform>%1: %n marked days. Red: holidays; green: make-up working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s).</source>
        <translation>
            <numerusform>Imported %n day.</numerusform>
            <numerusform>Imported %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::ChecklistFlag</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Opening checklist: %n item(s) not ticked&lt;/b&gt; (due by %1): %2. &lt;a href=&quot;open&quot;&gt;Open the checklist&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Opening checklist: %n item not ticked&lt;/b&gt; (due by %1): %2. &lt;a href=&quot;open&quot;&gt;Open the checklist&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Opening checklist: %n items not ticked&lt;/b&gt; (due by %1): %2. &lt;a href=&quot;open&quot;&gt;Open the checklist&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::ComplaintsPage</name>
    <message numerus="yes">
        <source>%n complaint(s) shown</source>
        <translation>
            <numerusform>%n complaint shown</numerusform>
            <numerusform>%n complaints shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an overdue deadline</source>
        <translation>
            <numerusform>%n with an overdue deadline</numerusform>
            <numerusform>%n with an overdue deadline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::DashboardPage</name>
    <message numerus="yes">
        <source>%n item(s) just became overdue</source>
        <translation>
            <numerusform>%n item just became overdue</numerusform>
            <numerusform>%n items just became overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n person(s)), %3, %4</source>
        <translation>
            <numerusform>%1  %2 (%n person), %3, %4</numerusform>
            <numerusform>%1  %2 (%n people), %3, %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::MainWindow</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n client matches</numerusform>
            <numerusform>%n clients match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>Imported %n client.</numerusform>
            <numerusform>Imported %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s).</source>
        <translation>
            <numerusform>Exported %n client.</numerusform>
            <numerusform>Exported %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln client(s) match, counting…</source>
        <translation>
            <numerusform>More than %Ln client matches, counting…</numerusform>
            <numerusform>More than %Ln clients match, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln client(s), counting…</source>
        <translation>
            <numerusform>More than %Ln client, counting…</numerusform>
            <numerusform>More than %Ln clients, counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::ReturnVisitsPage</name>
    <message numerus="yes">
        <source>%n visit(s) shown</source>
        <translation>
            <numerusform>%n visit shown</numerusform>
            <numerusform>%n visits shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::UnitsBoardPage</name>
    <message numerus="yes">
        <source>%n unit(s): </source>
        <translation>
            <numerusform>%n unit: </numerusform>
            <numerusform>%n units: </numerusform>
        </translation>
    </message>
</context>
</TS>
