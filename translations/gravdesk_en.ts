<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BlueprintValidator</name>
    <message numerus="yes">
        <source>must have at least %n characters</source>
        <translation>
            <numerusform>must have at least %n character</numerusform>
            <numerusform>must have at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n characters</source>
        <translation>
            <numerusform>must have at most %n character</numerusform>
            <numerusform>must have at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::BulkEdit</name>
    <message numerus="yes">
        <source>Publish %n page(s)</source>
        <translation>
            <numerusform>Publish %n page</numerusform>
            <numerusform>Publish %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpublish %n page(s)</source>
        <translation>
            <numerusform>Unpublish %n page</numerusform>
            <numerusform>Unpublish %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %1 “%2” to %n page(s)</source>
        <translation>
            <numerusform>Add %1 “%2” to %n page</numerusform>
            <numerusform>Add %1 “%2” to %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 “%2” from %n page(s)</source>
        <translation>
            <numerusform>Remove %1 “%2” from %n page</numerusform>
            <numerusform>Remove %1 “%2” from %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n page(s)</source>
        <translation>
            <numerusform>Delete %n page</numerusform>
            <numerusform>Delete %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) inside %1 go to the trash with it.</source>
        <translation>
            <numerusform>The %n page inside %1 goes to the trash with it.</numerusform>
            <numerusform>The %n pages inside %1 go to the trash with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::CompareDialog</name>
    <message numerus="yes">
        <source>%n difference(s): </source>
        <translation>
            <numerusform>%n difference: </numerusform>
            <numerusform>%n differences: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::DecisionDialog</name>
    <message numerus="yes">
        <source>%n page file(s): %1 yours, %2 from the server, %3 written by you.</source>
        <translation>
            <numerusform>%n page file: %1 yours, %2 from the server, %3 written by you.</numerusform>
            <numerusform>%n page files: %1 yours, %2 from the server, %3 written by you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::FindInSiteDock</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::GalleryImportDialog</name>
    <message numerus="yes">
        <source>Import %n Photo(s)</source>
        <translation>
            <numerusform>Import %n Photo</numerusform>
            <numerusform>Import %n Photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::MainWindow</name>
    <message numerus="yes">
        <source>Delete %1? %n page file(s) of this page still show it; their links will be broken.</source>
        <translation>
            <numerusform>Delete %1? %n page file of this page still shows it; its link will be broken.</numerusform>
            <numerusform>Delete %1? %n page files of this page still show it; their links will be broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Typograph: %n change(s)</source>
        <translation>
            <numerusform>Typograph: %n change</numerusform>
            <numerusform>Typograph: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered text waiting in %n page(s): &lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;</source>
        <translation>
            <numerusform>Recovered text waiting in %n page: &lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;</numerusform>
            <numerusform>Recovered text waiting in %n pages: &lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added to the gallery; they are written to the page&apos;s folder when you save.</source>
        <translation>
            <numerusform>%n photo added to the gallery; it is written to the page&apos;s folder when you save.</numerusform>
            <numerusform>%n photos added to the gallery; they are written to the page&apos;s folder when you save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert a link to %n file(s) at the cursor?</source>
        <translation>
            <numerusform>Insert a link to %n file at the cursor?</numerusform>
            <numerusform>Insert links to %n files at the cursor?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached; they are written to the page&apos;s folder when you save.</source>
        <translation>
            <numerusform>%n file attached; it is written to the page&apos;s folder when you save.</numerusform>
            <numerusform>%n files attached; they are written to the page&apos;s folder when you save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Selected Pages</source>
        <translation>
            <numerusform>%n Selected Page</numerusform>
            <numerusform>%n Selected Pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n page(s) to the trash in one change. They are kept outside the site; Page ▸ Trash… brings them back.</source>
        <translation>
            <numerusform>Move %n page to the trash. It is kept outside the site; Page ▸ Trash… brings it back.</numerusform>
            <numerusform>Move %n pages to the trash in one change. They are kept outside the site; Page ▸ Trash… brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n page(s) in every language (published: true).</source>
        <translation>
            <numerusform>Publish %n page in every language (published: true).</numerusform>
            <numerusform>Publish %n pages in every language (published: true).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n page(s) from the site in every language (published: false).</source>
        <translation>
            <numerusform>Hide %n page from the site in every language (published: false).</numerusform>
            <numerusform>Hide %n pages from the site in every language (published: false).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Category to add to %n page(s):</source>
        <translation>
            <numerusform>Category to add to %n page:</numerusform>
            <numerusform>Category to add to %n pages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n page(s):</source>
        <translation>
            <numerusform>Tag to add to %n page:</numerusform>
            <numerusform>Tag to add to %n pages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n page(s) that were waiting for the server.</source>
        <translation>
            <numerusform>Published %n page that was waiting for the server.</numerusform>
            <numerusform>Published %n pages that were waiting for the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) queued</source>
        <translation>
            <numerusform>%n page queued</numerusform>
            <numerusform>%n pages queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n file(s) taken</source>
        <translation>
            <numerusform>Updated from the server: %n file taken</numerusform>
            <numerusform>Updated from the server: %n files taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with your edits</source>
        <translation>
            <numerusform>%n merged with your edits</numerusform>
            <numerusform>%n merged with your edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) Windows cannot check out</source>
        <translation>
            <numerusform>%n name Windows cannot check out</numerusform>
            <numerusform>%n names Windows cannot check out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n match(es)</source>
        <translation>
            <numerusform>%1: %n match</numerusform>
            <numerusform>%1: %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n page(s)</source>
        <translation>
            <numerusform>Replace “%1” with “%2” in %n page</numerusform>
            <numerusform>Replace “%1” with “%2” in %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::PageOperations</name>
    <message numerus="yes">
        <source>The %n page(s) inside %1 go to the trash with it.</source>
        <translation>
            <numerusform>The %n page inside %1 goes to the trash with it.</numerusform>
            <numerusform>The %n pages inside %1 go to the trash with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteReplace</name>
    <message numerus="yes">
        <source>The replacement refers to group %1, but the expression has %n group(s).</source>
        <translation>
            <numerusform>The replacement refers to group %1, but the expression has %n group.</numerusform>
            <numerusform>The replacement refers to group %1, but the expression has %n groups.</numerusform>
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
    <message numerus="yes">
        <source>Drafts not translated: %n.</source>
        <translation>
            <numerusform>Draft not translated: %n.</numerusform>
            <numerusform>Drafts not translated: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::Vcs</name>
    <message numerus="yes">
        <source>The server may be stuck: %n publish(es) since %1 have no Git Sync commit after them, so the site may not have them. If the server runs Git Sync 2.3.2, its sync stops for good once a publish arrives between two admin saves: run “git config pull.rebase false” in the site&apos;s user/ folder on the server, or upgrade Git Sync to 3.1.0 or newer.</source>
        <translation>
            <numerusform>The server may be stuck: %n publish since %1 has no Git Sync commit after it, so the site may not have it. If the server runs Git Sync 2.3.2, its sync stops for good once a publish arrives between two admin saves: run “git config pull.rebase false” in the site&apos;s user/ folder on the server, or upgrade Git Sync to 3.1.0 or newer.</numerusform>
            <numerusform>The server may be stuck: %n publishes since %1 have no Git Sync commit after them, so the site may not have them. If the server runs Git Sync 2.3.2, its sync stops for good once a publish arrives between two admin saves: run “git config pull.rebase false” in the site&apos;s user/ folder on the server, or upgrade Git Sync to 3.1.0 or newer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteWorkspace</name>
    <message numerus="yes">
        <source>%n temporary file(s) left by an interrupted run were removed.</source>
        <translation>
            <numerusform>%n temporary file left by an interrupted run was removed.</numerusform>
            <numerusform>%n temporary files left by an interrupted run were removed.</numerusform>
        </translation>
    </message>
</context>
</TS>
