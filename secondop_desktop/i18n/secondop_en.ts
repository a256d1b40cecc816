<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>appointments_page</name>
        <message numerus="yes">
            <location line="+2" />
            <source>(in %n days)</source>
            <translation>
                <numerusform>(in %n day)</numerusform>
                <numerusform>(in %n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>case_page</name>
        <message numerus="yes">
            <location line="+2" />
            <source> (starts in %n days)</source>
            <translation>
                <numerusform> (starts in %n day)</numerusform>
                <numerusform> (starts in %n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source> (%n days from today)</source>
            <translation>
                <numerusform> (%n day from today)</numerusform>
                <numerusform> (%n days from today)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source> (%n days ago)</source>
            <translation>
                <numerusform> (%n day ago)</numerusform>
                <numerusform> (%n days ago)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>case_transfer</name>
        <message numerus="yes">
            <location line="+6" />
            <source>Use at least %n characters (the offered seven words are best): a case file can be attacked on any computer it is copied to.</source>
            <translation>
                <numerusform>Use at least %n character (the offered seven words are best): a case file can be attacked on any computer it is copied to.</numerusform>
                <numerusform>Use at least %n characters (the offered seven words are best): a case file can be attacked on any computer it is copied to.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>Imported {name}'s case with %n records.</source>
            <translation>
                <numerusform>Imported {name}'s case with %n record.</numerusform>
                <numerusform>Imported {name}'s case with %n records.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>casefile_init</name>
        <message numerus="yes">
            <location line="+45" />
            <source>No file in {folder} has the SHA-256 of %n record(s) ({titles}), so nothing was imported. Point --files at the folder holding every record's file.</source>
            <translation>
                <numerusform>No file in {folder} has the SHA-256 of %n record ({titles}), so nothing was imported. Point --files at the folder holding every record's file.</numerusform>
                <numerusform>No file in {folder} has the SHA-256 of %n records ({titles}), so nothing was imported. Point --files at the folder holding every record's file.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>checklist_section</name>
        <message numerus="yes">
            <location line="+9" />
            <source>{status}, indexed: %n study(ies)</source>
            <translation>
                <numerusform>{status}, indexed: %n study</numerusform>
                <numerusform>{status}, indexed: %n studies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n linked record(s)</source>
            <translation>
                <numerusform>%n linked record</numerusform>
                <numerusform>%n linked records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n request(s) overdue (more than 30 days): a reminder call often helps.</source>
            <translation>
                <numerusform>%n request is overdue (more than 30 days): a reminder call often helps.</numerusform>
                <numerusform>%n requests are overdue (more than 30 days): a reminder call often helps.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <location line="+100" />
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>%n suggestion accepted.</numerusform>
                <numerusform>%n suggestions accepted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>%n record(s) have no text to search (photos, scans).</source>
            <translation>
                <numerusform>%n record has no text to search (photos, scans).</numerusform>
                <numerusform>%n records have no text to search (photos, scans).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli_case</name>
        <message numerus="yes">
            <location line="+8" />
            <source>Imported as case {case}, with %n record(s).</source>
            <translation>
                <numerusform>Imported as case {case}, with %n record.</numerusform>
                <numerusform>Imported as case {case}, with %n records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n record(s) left out (give --files DIR to bring their files): {titles}</source>
            <translation>
                <numerusform>%n record left out (give --files DIR to bring their files): {titles}</numerusform>
                <numerusform>%n records left out (give --files DIR to bring their files): {titles}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli_ocr</name>
        <message numerus="yes">
            <location filename="../cli_ocr.py" line="+25" />
            <source>%n page(s) waiting for their text to be read.</source>
            <translation>
                <numerusform>%n page waiting for its text to be read.</numerusform>
                <numerusform>%n pages waiting for their text to be read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%n page(s) read</source>
            <translation>
                <numerusform>%n page read</numerusform>
                <numerusform>%n pages read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli_suggestions</name>
        <message numerus="yes">
            <location line="+8" />
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>%n suggestion accepted.</numerusform>
                <numerusform>%n suggestions accepted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>content</name>
        <message numerus="yes">
            <location line="+17" />
            <source>%n test(s) (latest {date})</source>
            <translation>
                <numerusform>%n test (latest {date})</numerusform>
                <numerusform>%n tests (latest {date})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n test(s)</source>
            <translation>
                <numerusform>%n test</numerusform>
                <numerusform>%n tests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n study(ies) on disc</source>
            <translation>
                <numerusform>%n study on disc</numerusform>
                <numerusform>%n studies on disc</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dicomdir</name>
        <message numerus="yes">
            <location filename="../records/structured/dicomdir.py" line="+95" />
            <source>Imaging disc: %n study(ies)</source>
            <translation>
                <numerusform>Imaging disc: %n study</numerusform>
                <numerusform>Imaging disc: %n studies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>This disc holds images of %n patient(s).</source>
            <translation>
                <numerusform>This disc holds images of %n patient.</numerusform>
                <numerusform>This disc holds images of %n patients.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>facts_pages</name>
        <message numerus="yes">
            <location line="+53" />
            <source>%n added.</source>
            <translation>
                <numerusform>%n added.</numerusform>
                <numerusform>%n added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fhir</name>
        <message numerus="yes">
            <location line="+11" />
            <source>FHIR bundle: %n entries</source>
            <translation>
                <numerusform>FHIR bundle: %n entry</numerusform>
                <numerusform>FHIR bundle: %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Health records export: %n files</source>
            <translation>
                <numerusform>Health records export: %n file</numerusform>
                <numerusform>Health records export: %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>This file holds the records of %n different people.</source>
            <translation>
                <numerusform>This file holds the records of %n different person.</numerusform>
                <numerusform>This file holds the records of %n different people.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>imaging_studies</name>
        <message numerus="yes">
            <location line="+9" />
            <source>Read from the disc's index: %n study(ies). The images stay on the disc; send the disc itself with the packet.</source>
            <translation>
                <numerusform>Read from the disc's index: %n study. The images stay on the disc; send the disc itself with the packet.</numerusform>
                <numerusform>Read from the disc's index: %n studies. The images stay on the disc; send the disc itself with the packet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message numerus="yes">
            <location filename="../records/importer.py" line="+91" />
            <source>%n imported ({repaired})</source>
            <translation>
                <numerusform>%n imported ({repaired})</numerusform>
                <numerusform>%n imported ({repaired})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n repaired</source>
            <translation>
                <numerusform>%n repaired</numerusform>
                <numerusform>%n repaired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n imported</source>
            <translation>
                <numerusform>%n imported</numerusform>
                <numerusform>%n imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already in the case</source>
            <translation>
                <numerusform>%n already in the case</numerusform>
                <numerusform>%n already in the case</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n could not be imported</numerusform>
                <numerusform>%n could not be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n needs a password</source>
            <translation>
                <numerusform>%n needs a password</numerusform>
                <numerusform>%n need a password</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n fact(s) suggested for you to review</source>
            <translation>
                <numerusform>%n fact suggested for you to review</numerusform>
                <numerusform>%n facts suggested for you to review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>lab_chart</name>
        <message numerus="yes">
            <location line="+7" />
            <source>%n result(s) not drawn: a word or a limit (such as &lt;0.5), no date, or another unit.</source>
            <translation>
                <numerusform>%n result not drawn: a word or a limit (such as &lt;0.5), no date, or another unit.</numerusform>
                <numerusform>%n results not drawn: a word or a limit (such as &lt;0.5), no date, or another unit.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>labs_html</name>
        <message numerus="yes">
            <location filename="../packet/labs_html.py" line="+42" />
            <source>%n results since {date}</source>
            <translation>
                <numerusform>%n result since {date}</numerusform>
                <numerusform>%n results since {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n results</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>(%n other result(s) not drawn: not a number, undated or in another unit)</source>
            <translation>
                <numerusform>(%n other result not drawn: not a number, undated or in another unit)</numerusform>
                <numerusform>(%n other results not drawn: not a number, undated or in another unit)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ocr_progress</name>
        <message numerus="yes">
            <location line="+6" />
            <source>Reading stopped: %n page(s) left, read at the next unlock</source>
            <translation>
                <numerusform>Reading stopped: %n page left, read at the next unlock</numerusform>
                <numerusform>Reading stopped: %n pages left, read at the next unlock</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Stopped: %n page(s) left</source>
            <translation>
                <numerusform>Stopped: %n page left</numerusform>
                <numerusform>Stopped: %n pages left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Text waiting to be read (%n page(s))</source>
            <translation>
                <numerusform>Text waiting to be read (%n page)</numerusform>
                <numerusform>Text waiting to be read (%n pages)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>packet_dialog</name>
        <message numerus="yes">
            <location line="+102" />
            <source>%n record(s) added since you last chose this packet's records are not ticked (at the end of the list).</source>
            <translation>
                <numerusform>%n record added since you last chose this packet's records is not ticked (at the end of the list).</numerusform>
                <numerusform>%n records added since you last chose this packet's records are not ticked (at the end of the list).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Press Enter or double-click to hide the %n</source>
            <translation>
                <numerusform>Press Enter or double-click to hide the %n</numerusform>
                <numerusform>Press Enter or double-click to hide the %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Press Enter or double-click to show the %n</source>
            <translation>
                <numerusform>Press Enter or double-click to show the %n</numerusform>
                <numerusform>Press Enter or double-click to show the %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>Preview: %n page(s).</source>
            <translation>
                <numerusform>Preview: %n page.</numerusform>
                <numerusform>Preview: %n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Saved {file}: %n page(s), {size} MB.</source>
            <translation>
                <numerusform>Saved {file}: %n page, {size} MB.</numerusform>
                <numerusform>Saved {file}: %n pages, {size} MB.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>packet_records</name>
        <message numerus="yes">
            <location line="+2" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parsing</name>
        <message numerus="yes">
            <location line="+30" />
            <source>%n of its {total} parts could not be found or read</source>
            <translation>
                <numerusform>%n of its {total} parts could not be found or read</numerusform>
                <numerusform>%n of its {total} parts could not be found or read</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>preflight</name>
        <message numerus="yes">
            <location filename="../packet/preflight.py" line="+39" />
            <source>%n record(s) have no date.</source>
            <translation>
                <numerusform>%n record has no date.</numerusform>
                <numerusform>%n records have no date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n record(s) have no kind (report, lab result…).</source>
            <translation>
                <numerusform>%n record has no kind (report, lab result…).</numerusform>
                <numerusform>%n records have no kind (report, lab result…).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n record(s) have no text to check: make sure the patient's name and date of birth can be read on them.</source>
            <translation>
                <numerusform>%n record has no text to check: make sure the patient's name and date of birth can be read on it.</numerusform>
                <numerusform>%n records have no text to check: make sure the patient's name and date of birth can be read on them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n record(s) do not mention “{surname}”. Centres ask for the patient's name and date of birth on every record: are they the right patient's?</source>
            <translation>
                <numerusform>%n record does not mention “{surname}”. Centres ask for the patient's name and date of birth on every record: is it the right patient's?</numerusform>
                <numerusform>%n records do not mention “{surname}”. Centres ask for the patient's name and date of birth on every record: are they the right patient's?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n record(s) look like duplicates of others.</source>
            <translation>
                <numerusform>%n record looks like a duplicate of another.</numerusform>
                <numerusform>%n records look like duplicates of others.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n of the chosen sections are empty and will be left out.</source>
            <translation>
                <numerusform>%n of the chosen sections is empty and will be left out.</numerusform>
                <numerusform>%n of the chosen sections are empty and will be left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>readiness</name>
        <message numerus="yes">
            <location line="+7" />
            <source>Chase %n overdue records requests.</source>
            <translation>
                <numerusform>Chase %n overdue records request.</numerusform>
                <numerusform>Chase %n overdue records requests.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Gather the %n checklist items still open.</source>
            <translation>
                <numerusform>Gather the %n checklist item still open.</numerusform>
                <numerusform>Gather the %n checklist items still open.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Ask your %n unanswered top questions at the next appointment.</source>
            <translation>
                <numerusform>Ask your %n unanswered top question at the next appointment.</numerusform>
                <numerusform>Ask your %n unanswered top questions at the next appointment.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>readiness_panel</name>
        <message numerus="yes">
            <location line="+2" />
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>{done} of %n checklist items gathered</source>
            <translation>
                <numerusform>{done} of %n checklist item gathered</numerusform>
                <numerusform>{done} of %n checklist items gathered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n imported</source>
            <translation>
                <numerusform>%n imported</numerusform>
                <numerusform>%n imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n requests overdue</source>
            <translation>
                <numerusform>%n request overdue</numerusform>
                <numerusform>%n requests overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n written</source>
            <translation>
                <numerusform>%n written</numerusform>
                <numerusform>%n written</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n of them not answered yet</source>
            <translation>
                <numerusform>%n of them not answered yet</numerusform>
                <numerusform>%n of them not answered yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n listed</source>
            <translation>
                <numerusform>%n listed</numerusform>
                <numerusform>%n listed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n with your ratings</source>
            <translation>
                <numerusform>%n with your ratings</numerusform>
                <numerusform>%n with your ratings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>record_details</name>
        <message numerus="yes">
            <location line="+7" />
            <source>%n page(s), {size}, from the file “{name}”{notes}.</source>
            <translation>
                <numerusform>%n page, {size}, from the file “{name}”{notes}.</numerusform>
                <numerusform>%n pages, {size}, from the file “{name}”{notes}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>records_section</name>
        <message numerus="yes">
            <location line="+155" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n fact(s) read from imported health records wait for your review.</source>
            <translation>
                <numerusform>%n fact read from imported health records waits for your review.</numerusform>
                <numerusform>%n facts read from imported health records wait for your review.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/records/records_section.py" line="-60" />
            <source>Imported %n record(s).</source>
            <translation>
                <numerusform>Imported %n record.</numerusform>
                <numerusform>Imported %n records.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salvage</name>
        <message numerus="yes">
            <location line="+21" />
            <source>%n of them record(s)</source>
            <translation>
                <numerusform>%n of them a record</numerusform>
                <numerusform>%n of them records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Saved %n item(s) to {folder}, {of_them}.</source>
            <translation>
                <numerusform>Saved %n item to {folder}, {of_them}.</numerusform>
                <numerusform>Saved %n items to {folder}, {of_them}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Saved %n item(s) to {folder}.</source>
            <translation>
                <numerusform>Saved %n item to {folder}.</numerusform>
                <numerusform>Saved %n items to {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n record(s) had an unreadable entry: saved from their contents as “{name}”.</source>
            <translation>
                <numerusform>%n record had an unreadable entry: saved from its contents as “{name}”.</numerusform>
                <numerusform>%n records had an unreadable entry: saved from their contents as “{name}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n could not be read: {items}</source>
            <translation>
                <numerusform>%n could not be read: {items}</numerusform>
                <numerusform>%n could not be read: {items}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>search_section</name>
        <message numerus="yes">
            <location line="+2" />
            <source>Found in %n place(s) (the first 50 pages). Press Enter on a result to open it there.</source>
            <translation>
                <numerusform>Found in %n place (the first 50 pages). Press Enter on a result to open it there.</numerusform>
                <numerusform>Found in %n places (the first 50 pages). Press Enter on a result to open it there.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Found in %n place(s). Press Enter on a result to open it there.</source>
            <translation>
                <numerusform>Found in %n place. Press Enter on a result to open it there.</numerusform>
                <numerusform>Found in %n places. Press Enter on a result to open it there.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n scanned record(s)</source>
            <translation>
                <numerusform>%n scanned record</numerusform>
                <numerusform>%n scanned records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n photo(s) could not be searched: its/their text was not read (search finds only its/their title and notes).</source>
            <translation>
                <numerusform>%n photo could not be searched: its text was not read (search finds only its title and notes).</numerusform>
                <numerusform>%n photos could not be searched: their text was not read (search finds only their title and notes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n scanned record(s) could not be searched: its/their text was not read (search finds only its/their title and notes).</source>
            <translation>
                <numerusform>%n scanned record could not be searched: its text was not read (search finds only its title and notes).</numerusform>
                <numerusform>%n scanned records could not be searched: their text was not read (search finds only their title and notes).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sections_html</name>
        <message numerus="yes">
            <location line="+6" />
            <source>%n question(s) for other doctors are not included.</source>
            <translation>
                <numerusform>%n question for other doctors is not included.</numerusform>
                <numerusform>%n questions for other doctors are not included.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>suggestions_dialog</name>
        <message numerus="yes">
            <location line="+45" />
            <source>%n suggestion(s) rejected; Undo reject brings them back.</source>
            <translation>
                <numerusform>%n suggestion rejected; Undo reject brings it back.</numerusform>
                <numerusform>%n suggestions rejected; Undo reject brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n suggestion(s) back for review.</source>
            <translation>
                <numerusform>%n suggestion back for review.</numerusform>
                <numerusform>%n suggestions back for review.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+87" />
            <source>%n accepted</source>
            <translation>
                <numerusform>%n accepted</numerusform>
                <numerusform>%n accepted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n need(s) a date: edit them to accept</source>
            <translation>
                <numerusform>%n needs a date: edit it to accept</numerusform>
                <numerusform>%n need a date: edit them to accept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n could not be accepted: select one to see why</source>
            <translation>
                <numerusform>%n could not be accepted: select it to see why</numerusform>
                <numerusform>%n could not be accepted: select one to see why</numerusform>
            </translation>
        </message>
    </context>
</TS>
