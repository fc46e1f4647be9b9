<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Skipped: %n path(s)</source>
        <translation>
            <numerusform>Skipped: %n path</numerusform>
            <numerusform>Skipped: %n paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) imported</source>
        <translation>
            <numerusform>%n issue imported</numerusform>
            <numerusform>%n issues imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replaced an earlier copy)</source>
        <translation>
            <numerusform> (%n replaced an earlier copy)</numerusform>
            <numerusform> (%n replaced an earlier copy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped.</source>
        <translation>
            <numerusform>, %n skipped.</numerusform>
            <numerusform>, %n skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were in the library already, unchanged.</source>
        <translation>
            <numerusform>%n was in the library already, unchanged.</numerusform>
            <numerusform>%n were in the library already, unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueNotes</name>
    <message numerus="yes">
        <source>%n note(s) on this issue</source>
        <translation>
            <numerusform>%n note on this issue</numerusform>
            <numerusform>%n notes on this issue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySearchView</name>
    <message numerus="yes">
        <source>%n stored article(s) could not be read (damaged): they are listed without their text, and their issues cannot be opened.</source>
        <translation>
            <numerusform>%n stored article could not be read (damaged): it is listed without its text, and its issue cannot be opened.</numerusform>
            <numerusform>%n stored articles could not be read (damaged): they are listed without their text, and their issues cannot be opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message numerus="yes">
        <source>%n issue(s) kept</source>
        <translation>
            <numerusform>%n issue kept</numerusform>
            <numerusform>%n issues kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported again from their files</source>
        <translation>
            <numerusform>%n imported again from their files</numerusform>
            <numerusform>%n imported again from their files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n lost</numerusform>
            <numerusform>%n lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>feed has no readable items (%n skipped)</source>
        <translation>
            <numerusform>feed has no readable items (%n skipped)</numerusform>
            <numerusform>feed has no readable items (%n skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label line(s) before the first headline (QR codes, app names) are not part of any article</source>
        <translation>
            <numerusform>%n label line before the first headline (QR codes, app names) are not part of any article</numerusform>
            <numerusform>%n label lines before the first headline (QR codes, app names) are not part of any article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: the folder&apos;s name gives no page number; its %n file(s) are placed by their `page:` field</source>
        <translation>
            <numerusform>{name}: the folder&apos;s name gives no page number; its %n file are placed by their `page:` field</numerusform>
            <numerusform>{name}: the folder&apos;s name gives no page number; its %n files are placed by their `page:` field</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n note(s) on this issue from reading its files.</source>
        <translation>
            <numerusform>%n note on this issue from reading its files.</numerusform>
            <numerusform>%n notes on this issue from reading its files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagePicker</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
