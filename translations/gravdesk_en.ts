<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GravDesk::FieldEditor</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::TranslationsDialog</name>
    <message numerus="yes">
        <source>Missing: %n.</source>
        <translation>
            <numerusform>Missing: %n.</numerusform>
            <numerusform>Missing: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than their source: %n.</source>
        <translation>
            <numerusform>Older than their source: %n.</numerusform>
            <numerusform>Older than their source: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
