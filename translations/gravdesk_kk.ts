<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GravDesk</source>
        <translation>GravDesk туралы</translation>
    </message>
    <message>
        <source>A desktop editor for Grav flat-file news sites: browse the posts, edit them in Kazakh, Russian and English, and save exactly what Grav will publish.</source>
        <translation>Grav негізіндегі жаңалықтар сайттарына арналған жұмыс үстелі редакторы: жазбаларды қарап шығыңыз, оларды қазақ, орыс және ағылшын тілдерінде өңдеңіз және Grav жариялайтын мәтінді дәл сол күйінде сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>GravDesk::AboutDialog</name>
    <message>
        <source>Built with Qt %1 (running on %2), Qt WebEngine, yaml-cpp and cmark-gfm.
Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Qt %1 (іске қосылған нұсқасы %2), Qt WebEngine, yaml-cpp және cmark-gfm негізінде жасалған.
GNU General Public License лицензиясының 3-нұсқасы немесе кейінгі нұсқасы бойынша таратылады.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>GravDesk::MainWindow</name>
    <message>
        <source>Reading pages… %1 of %2 files</source>
        <translation>Беттер оқылуда… %1 / %2 файл</translation>
    </message>
    <message>
        <source>%1 — %2 pages, %3 errors, %4 warnings</source>
        <translation>%1 — %2 бет, %3 қате, %4 ескерту</translation>
    </message>
    <message>
        <source>Could not open the site</source>
        <translation>Сайтты ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation>Сайтты ашу</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>Бетті ашу</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Select a page in the tree to edit its text.</source>
        <translation>Мәтінін өңдеу үшін ағаштан бетті таңдаңыз.</translation>
    </message>
    <message>
        <source>Open a Grav site with File ▸ Open Site…</source>
        <translation>Grav сайтын ашыңыз: Файл ▸ Сайтты ашу…</translation>
    </message>
    <message>
        <source>The preview of the selected page appears here.</source>
        <translation>Таңдалған беттің алдын ала қарауы осы жерде көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Site…</source>
        <translation>Сайтты &amp;ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Жуырда ашылғандар</translation>
    </message>
    <message>
        <source>Re&amp;load Site</source>
        <translation>Сайтты &amp;қайта жүктеу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About GravDesk</source>
        <translation>GravDesk &amp;туралы</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі тақта</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>Тіл: </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <source>Open Grav Site</source>
        <translation>Grav сайтын ашу</translation>
    </message>
    <message>
        <source>“%1” has no page file: Grav shows it as an empty folder.</source>
        <translation>«%1» қалтасында бет файлы жоқ: Grav оны бос қалта ретінде көрсетеді.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 сақталуда…</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Файл дискіде өзгертілген</translation>
    </message>
    <message>
        <source>%1

Overwrite it with your version? (No keeps your text in the editor, unsaved.)</source>
        <translation>%1

Оны өз нұсқаңызбен қайта жазасыз ба? («Жоқ» таңдалса, мәтініңіз редакторда сақталмаған күйінде қалады.)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Сақтау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>%1

The file on disk is unchanged and your text is still in the editor.</source>
        <translation>%1

Дискідегі файл өзгертілмеді, ал мәтініңіз әлі де редакторда.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 файлы сақталды</translation>
    </message>
    <message>
        <source>%1 has no changes to save</source>
        <translation>%1 файлында сақталатын өзгеріс жоқ</translation>
    </message>
    <message>
        <source>%1 was not saved</source>
        <translation>%1 файлы сақталмады</translation>
    </message>
    <message>
        <source>(single language)</source>
        <translation>(бір тіл)</translation>
    </message>
    <message>
        <source>Problems: %1 errors, %2 warnings</source>
        <translation>Мәселелер: %1 қате, %2 ескерту</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageDocument</name>
    <message>
        <source>This file is not valid UTF-8. GravDesk shows it read-only so that no byte is lost; convert it to UTF-8 first.</source>
        <translation>Бұл файл жарамды UTF-8 мәтіні емес. Бірде-бір байт жоғалмас үшін GravDesk оны тек оқу режимінде көрсетеді; алдымен оны UTF-8 кодтауына түрлендіріңіз.</translation>
    </message>
    <message>
        <source>This file contains NUL bytes and is shown read-only.</source>
        <translation>Бұл файлда NUL байттары бар, сондықтан ол тек оқу режимінде көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageFormWidget</name>
    <message>
        <source>Published</source>
        <translation>Жарияланған</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>No page selected</source>
        <translation>Бет таңдалмаған</translation>
    </message>
    <message>
        <source>(no title: Grav uses the folder name)</source>
        <translation>(тақырып жоқ: Grav қалта атауын пайдаланады)</translation>
    </message>
    <message>
        <source>(no date: Grav uses the file&apos;s modification time)</source>
        <translation>(күні жоқ: Grav файлдың өзгертілген уақытын пайдаланады)</translation>
    </message>
    <message>
        <source>%1   (Grav cannot read this date)</source>
        <translation>%1   (Grav бұл күнді оқи алмайды)</translation>
    </message>
    <message>
        <source>Grav rejects this header (line %1): %2</source>
        <translation>Grav беттің бұл тақырыптамасын қабылдамайды (%1-жол): %2</translation>
    </message>
    <message>
        <source>Grav reads this header only with its legacy parser: %1</source>
        <translation>Grav беттің бұл тақырыптамасын тек ескі талдағышы арқылы ғана оқи алады: %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageTreeModel</name>
    <message>
        <source>Published</source>
        <translation>Жарияланған</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Қалта: %1</translation>
    </message>
    <message>
        <source>No page file: Grav shows this folder as an empty, non-routable placeholder.</source>
        <translation>Бет файлы жоқ: Grav бұл қалтаны өз мекенжайы жоқ бос орын толтырғыш ретінде көрсетеді.</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>тілсіз</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>GravDesk::Prompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>«%1» ішіндегі өзгерістерді сақтайсыз ба?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your edits to this page are lost.</source>
        <translation>Сақтамасаңыз, бұл беттегі түзетулеріңіз жоғалады.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>Сақта&amp;мау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteLayout</name>
    <message>
        <source>Grav installation</source>
        <translation>Grav орнатылымы</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>user бумасы</translation>
    </message>
    <message>
        <source>Git Sync clone</source>
        <translation>Git Sync клоны</translation>
    </message>
    <message>
        <source>not a Grav site</source>
        <translation>Grav сайты емес</translation>
    </message>
</context>
</TS>
