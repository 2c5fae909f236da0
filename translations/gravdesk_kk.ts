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
    <name>BlueprintValidator</name>
    <message>
        <source>required, but not set</source>
        <translation>міндетті өріс, бірақ мәні берілмеген</translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>міндетті өріс, бірақ бос</translation>
    </message>
    <message>
        <source>must be true or false, is a list</source>
        <translation>true немесе false болуы керек, ал мұнда тізім</translation>
    </message>
    <message>
        <source>must be true or false, is “%1”</source>
        <translation>true немесе false болуы керек, ал мұнда «%1»</translation>
    </message>
    <message>
        <source>must be a whole number, is “%1”</source>
        <translation>бүтін сан болуы керек, ал мұнда «%1»</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>must be a number, is “%1”</source>
        <translation>сан болуы керек, ал мұнда «%1»</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>кемінде %1 болуы керек, ал мұнда %2</translation>
    </message>
    <message>
        <source>must be at most %1, is %2</source>
        <translation>ең көбі %1 болуы керек, ал мұнда %2</translation>
    </message>
    <message>
        <source>must be text, is %1</source>
        <translation>мәтін болуы керек, ал мұнда %1</translation>
    </message>
    <message numerus="yes">
        <source>must have at least %n characters</source>
        <translation>
            <numerusform>кемінде %n таңба болуы керек</numerusform>
            <numerusform>кемінде %n таңба болуы керек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n characters</source>
        <translation>
            <numerusform>ең көбі %n таңба болуы керек</numerusform>
            <numerusform>ең көбі %n таңба болуы керек</numerusform>
        </translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>бір жол болуы керек</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» — электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>must be a full address such as https://example.kz/page, is “%1”</source>
        <translation>https://example.kz/page сияқты толық мекенжай болуы керек, ал мұнда «%1»</translation>
    </message>
    <message>
        <source>must be a list, is “%1”</source>
        <translation>тізім болуы керек, ал мұнда «%1»</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices (%2)</source>
        <translation>«%1» нұсқалар арасында жоқ (%2)</translation>
    </message>
    <message>
        <source>“%1” does not match the pattern %2</source>
        <translation>«%1» %2 үлгісіне сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>GalleryImport</name>
    <message>
        <source>%1 is not a page folder</source>
        <translation>%1 — бет қалтасы емес</translation>
    </message>
    <message>
        <source>%1 could not be written to the page folder: %2</source>
        <translation>%1 бет қалтасына жазылмады: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>None of the files could be imported; nothing was changed.</source>
        <translation>Бірде-бір файл импортталмады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was changed.</source>
        <translation>%1 оқылмады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; nothing was changed.</source>
        <translation>%1 UTF-8 кодтауында емес; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The header of %1 cannot be updated (%2); nothing was changed.</source>
        <translation>%1 тақырыпшасы жаңартылмады (%2); ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The sidecar %1 could not be written; nothing was changed.</source>
        <translation>%1 сипаттама файлы жазылмады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>gallery import into %1</source>
        <translation>%1 ішіне галерея импорты</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; nothing was changed.</source>
        <translation>%1 қалтасын жасау мүмкін емес; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The sidecar %1 already exists; nothing was changed.</source>
        <translation>%1 қолтаңба файлы бұрыннан бар; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ештеңе өзгерген жоқ.</translation>
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
    <name>GravDesk::AtomicWriter</name>
    <message>
        <source>folder %1 does not exist</source>
        <translation>%1 қалтасы жоқ</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>%1 ішінде уақытша файл жасау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>cannot open the output device</source>
        <translation>шығыс құрылғысын ашу мүмкін емес</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>%1 жазу сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>flushing %1 failed: %2</source>
        <translation>%1 буферін босату сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>syncing %1 to disk failed: %2</source>
        <translation>%1 файлын дискіге синхрондау сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>replacing %1 failed: %2</source>
        <translation>%1 алмастыру сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>replacing %1 failed</source>
        <translation>%1 алмастыру сәтсіз аяқталды</translation>
    </message>
</context>
<context>
    <name>GravDesk::Blueprint</name>
    <message>
        <source>Children display order</source>
        <translation>Ішкі беттердің көрсетілу реті</translation>
    </message>
    <message>
        <source>Admin overrides</source>
        <translation>Әкімші тақтасына арналған қайта анықтаулар</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Append URL extension</source>
        <translation>URL-ге кеңейтім қосу</translation>
    </message>
    <message>
        <source>Body classes</source>
        <translation>Кластар (body)</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Кэштеу</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Shown on the page and used to sort lists. Without it Grav uses the file&apos;s modification time.</source>
        <translation>Бетте көрсетіледі және тізімдерді сұрыптау үшін қолданылады. Ол болмаса, Grav файлдың өзгертілген уақытын пайдаланады.</translation>
    </message>
    <message>
        <source>Debugger</source>
        <translation>Жөндегіш</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Әдепкі</translation>
    </message>
    <message>
        <source>Default child type</source>
        <translation>Ішкі беттердің әдепкі түрі</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Күн пішімі</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Display template</source>
        <translation>Көрсету үлгісі</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Қосулы</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Сыртқы сілтеме</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>Сыртқы URL</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Қалта атауы</translation>
    </message>
    <message>
        <source>Numeric folder prefix</source>
        <translation>Қалтаның сандық префиксі</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Элементтер</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Мәзір</translation>
    </message>
    <message>
        <source>The label in navigation menus; the title when empty.</source>
        <translation>Навигациялық мәзірлердегі жазу; бос болса — тақырып.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метадеректер</translation>
    </message>
    <message>
        <source>HTML meta tags of this page: name and content.</source>
        <translation>Осы беттің HTML мета-тегтері: атауы мен мазмұны.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Module setup</source>
        <translation>Модульді баптау</translation>
    </message>
    <message>
        <source>Never cache Twig</source>
        <translation>Twig-ті ешқашан кэштемеу</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Реті</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Реттеу</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>Сұрыптау негізі</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Қайта анықтаулар</translation>
    </message>
    <message>
        <source>Page template</source>
        <translation>Бет үлгісі</translation>
    </message>
    <message>
        <source>Page media</source>
        <translation>Бет медиафайлдары</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Аталық бет</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланған</translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation>Жариялау күні</translation>
    </message>
    <message>
        <source>Publishes the page at this time, only while Published is not set.</source>
        <translation>Бетті осы уақытта жариялайды; тек «Жарияланған» мәні берілмеген кезде ғана әрекет етеді.</translation>
    </message>
    <message>
        <source>An unpublished page is hidden and cannot be opened. When set, the publish dates are ignored.</source>
        <translation>Жарияланбаған бет жасырын болады және оны ашу мүмкін емес. Бұл мән берілсе, жариялау күндері ескерілмейді.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Қайта бағыттау</translation>
    </message>
    <message>
        <source>Redirect default route</source>
        <translation>Әдепкі маршрутқа қайта бағыттау</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Түбір</translation>
    </message>
    <message>
        <source>Routable</source>
        <translation>Мекенжай бойынша ашылады</translation>
    </message>
    <message>
        <source>Whether the page can be opened by its URL.</source>
        <translation>Бетті оның URL мекенжайы арқылы ашуға бола ма.</translation>
    </message>
    <message>
        <source>Route aliases</source>
        <translation>Маршруттың бүркеншік аттары</translation>
    </message>
    <message>
        <source>Canonical route</source>
        <translation>Канондық маршрут</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Әдепкі маршрут</translation>
    </message>
    <message>
        <source>Route overrides</source>
        <translation>Маршруттарды қайта анықтау</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Слаг (бет мекенжайы)</translation>
    </message>
    <message>
        <source>The page&apos;s part of the URL; the folder name without its number when empty.</source>
        <translation>URL-дің бетке қатысты бөлігі; бос болса — нөмірсіз қалта атауы.</translation>
    </message>
    <message>
        <source>Sortable pages</source>
        <translation>Сұрыпталатын беттер</translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation>Таксономиялар</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Таксономия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Process Twig first</source>
        <translation>Twig-ті алдымен өңдеу</translation>
    </message>
    <message>
        <source>Unpublish date</source>
        <translation>Жариялаудан алу күні</translation>
    </message>
    <message>
        <source>Unpublishes the page at this time, only while Published is not set.</source>
        <translation>Бетті осы уақытта жариялаудан алады; тек «Жарияланған» мәні берілмеген кезде ғана әрекет етеді.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Use the site&apos;s setting</source>
        <translation>Сайт баптауын пайдалану</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Мәзірде көрінеді</translation>
    </message>
    <message>
        <source>Shown in navigation menus (by default when the folder name has a number).</source>
        <translation>Навигациялық мәзірлерде көрсетіледі (әдепкі бойынша қалта атауында нөмір болса).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>%1: a blueprint must be a map of properties</source>
        <translation>%1: blueprint қасиеттер сөздігі болуы керек</translation>
    </message>
    <message>
        <source>blueprints nest deeper than %1 levels at %2</source>
        <translation>blueprint файлдары %2 ішінде %1 деңгейден тереңірек кірістірілген</translation>
    </message>
    <message>
        <source>blueprint loop: %1 → %2</source>
        <translation>blueprint циклі: %1 → %2</translation>
    </message>
    <message>
        <source>%1: extends its parent, but it has none</source>
        <translation>%1: жоғарғы blueprint-ті кеңейтеді, бірақ ол жоқ</translation>
    </message>
    <message>
        <source>%1: extends@ &apos;%2&apos; not found</source>
        <translation>%1: extends@ &apos;%2&apos; табылмады</translation>
    </message>
    <message>
        <source>%1: extends itself (&apos;%2&apos;)</source>
        <translation>%1: өзін-өзі кеңейтеді (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>more than %1 import@ directives</source>
        <translation>import@ директивалары %1 санынан көп</translation>
    </message>
    <message>
        <source>import@ &apos;%1&apos; not found</source>
        <translation>import@ &apos;%1&apos; табылмады</translation>
    </message>
    <message>
        <source>no blueprint for template &apos;%1&apos;</source>
        <translation>&apos;%1&apos; үлгісі үшін blueprint жоқ</translation>
    </message>
    <message>
        <source>%1: no such blueprint file</source>
        <translation>%1: мұндай blueprint файлы жоқ</translation>
    </message>
    <message>
        <source>too many values (more than %1)</source>
        <translation>мәндер тым көп (%1 санынан артық)</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>%1 деңгейден тереңірек кірістірілген</translation>
    </message>
    <message>
        <source>complex mapping keys are not supported</source>
        <translation>құрама сөздік кілттеріне қолдау көрсетілмейді</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes; not a blueprint</source>
        <translation>%1: %2 байттан үлкен; бұл blueprint емес</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: оқу мүмкін емес (%2)</translation>
    </message>
</context>
<context>
    <name>GravDesk::BulkEdit</name>
    <message numerus="yes">
        <source>Publish %n page(s)</source>
        <translation>
            <numerusform>%n бетті жариялау</numerusform>
            <numerusform>%n бетті жариялау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpublish %n page(s)</source>
        <translation>
            <numerusform>%n беттің жариялануын тоқтату</numerusform>
            <numerusform>%n беттің жариялануын тоқтату</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %1 “%2” to %n page(s)</source>
        <translation>
            <numerusform>%n бетке %1 «%2» қосу</numerusform>
            <numerusform>%n бетке %1 «%2» қосу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 “%2” from %n page(s)</source>
        <translation>
            <numerusform>%n беттен %1 «%2» алып тастау</numerusform>
            <numerusform>%n беттен %1 «%2» алып тастау</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>%1 себетке жылжыту</translation>
    </message>
    <message>
        <source>Change the header of %1</source>
        <translation>%1 тақырыптамасын өзгерту</translation>
    </message>
    <message>
        <source>%1 is already so; it stays as it is</source>
        <translation>%1 онсыз да солай; ол өзгеріссіз қалады</translation>
    </message>
    <message>
        <source>No page is selected.</source>
        <translation>Бірде-бір бет таңдалмаған.</translation>
    </message>
    <message>
        <source>“%1” is not a taxonomy name.</source>
        <translation>«%1» — таксономия атауы емес.</translation>
    </message>
    <message>
        <source>The value to add or remove is empty.</source>
        <translation>Қосылатын не алынатын мән бос.</translation>
    </message>
    <message>
        <source>%1 has no page file; it was left as it is.</source>
        <translation>%1 ішінде бет файлы жоқ; ол өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>%1 is left as it is: %2</source>
        <translation>%1 өзгеріссіз қалды: %2</translation>
    </message>
    <message>
        <source>%1 is left as it is: the file is not valid UTF-8.</source>
        <translation>%1 өзгеріссіз қалды: файл дұрыс UTF-8 емес.</translation>
    </message>
    <message>
        <source>None of the selected pages can be changed.</source>
        <translation>Таңдалған беттердің ешқайсысын өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Every selected page is already so; nothing needs to change.</source>
        <translation>Таңдалған беттердің бәрі онсыз да солай; ештеңені өзгертудің қажеті жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n page(s)</source>
        <translation>
            <numerusform>%n бетті жою</numerusform>
            <numerusform>%n бетті жою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) inside %1 go to the trash with it.</source>
        <translation>
            <numerusform>%1 ішіндегі %n бет онымен бірге себетке түседі.</numerusform>
            <numerusform>%1 ішіндегі %n бет онымен бірге себетке түседі.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not planned.</source>
        <translation>Өзгеріс дайындалмаған.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ештеңе жойылмады.</translation>
    </message>
</context>
<context>
    <name>GravDesk::Cli</name>
    <message>
        <source>Lint a Grav site: everything Grav would do differently from what the pages seem to say.</source>
        <translation>Grav сайтын тексеру: беттерден күтілетіннен Grav басқаша істейтін нәрселердің бәрі.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <source>Grav root, user/ folder or Git Sync clone.</source>
        <translation>Grav түбірі, user/ қалтасы немесе Git Sync клоны.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Мәтіннің орнына JSON шығару.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>қолданылуы: %1</translation>
    </message>
    <message>
        <source>%1 pages checked: %2 errors, %3 warnings</source>
        <translation>%1 бет тексерілді: %2 қате, %3 ескерту</translation>
    </message>
    <message>
        <source>Lint the site: the index&apos;s problems, plus unquoted dates, yes/no words Grav keeps
as text, header values failing their blueprint rules, and content Grav renders that
GravDesk does not (page-inject, plugins&apos; shortcodes, Twig). Exits 1 on errors.</source>
        <translation>Сайтты тексеру: индекс мәселелері, сондай-ақ тырнақшасыз күндер, Grav мәтін ретінде қалдыратын
yes/no сөздері, blueprint ережелеріне сай келмейтін тақырыптама мәндері және Grav көрсететін, бірақ
GravDesk көрсетпейтін мазмұн (page-inject, плагин шорткодтары, Twig). Қате болса, 1 кодымен шығады.</translation>
    </message>
    <message>
        <source>Import photos into a page folder: each one upright, shrunk, re-encoded without metadata and named after the site&apos;s convention; then print the carousel block (--insert puts it into every language file of the page).</source>
        <translation>Фотосуреттерді бет қалтасына импорттау: әрқайсысы тікке келтіріледі, кішірейтіледі, метадеректерсіз қайта кодталады және сайт ережесі бойынша аталады; содан кейін карусель блогы шығарылады (--insert оны беттің әр тілдегі файлына қояды).</translation>
    </message>
    <message>
        <source>Import photos into a page: upright, shrunk, without metadata, named like the site&apos;s
photos; prints one line per photo and the carousel block (--insert writes it into the page).</source>
        <translation>Фотосуреттерді бетке импорттау: тікке келтірілген, кішірейтілген, метадеректерсіз, сайттағы
фотолар сияқты аталған; әр фотоға бір жол және карусель блогын шығарады (--insert оны бетке жазады).</translation>
    </message>
    <message>
        <source>List every page of a Grav site and every problem found.</source>
        <translation>Grav сайтының барлық беттерін және табылған барлық мәселелерді тізімдеу.</translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation>Сайт: %1 (%2)</translation>
    </message>
    <message>
        <source>(single language)</source>
        <translation>(бір тіл)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Тілдер: %1</translation>
    </message>
    <message>
        <source>Languages: %1 (default %2)</source>
        <translation>Тілдер: %1 (әдепкі %2)</translation>
    </message>
    <message>
        <source>(folder without a page file)</source>
        <translation>(бет файлы жоқ қалта)</translation>
    </message>
    <message>
        <source>(file time)</source>
        <translation>(файл уақыты)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings):</source>
        <translation>Мәселелер (%1 қате, %2 ескерту):</translation>
    </message>
    <message>
        <source>%1 pages, %2 errors, %3 warnings</source>
        <translation>%1 бет, %2 қате, %3 ескерту</translation>
    </message>
    <message>
        <source>List every page (route, folder, template, languages, title, date and state per
language) and every problem. Exits 1 when the site has errors.</source>
        <translation>Барлық беттерді (маршрут, қалта, үлгі, тілдер, тақырып, әр тілдегі күн мен күй) және
барлық мәселелерді тізімдеу. Сайтта қате болса, 1 кодымен шығады.</translation>
    </message>
    <message>
        <source>Create a post in a section, named and written like its siblings.</source>
        <translation>Бөлімде көршілері сияқты аталған және жазылған жазба жасау.</translation>
    </message>
    <message>
        <source>Create a post in SECTION named like its siblings (NN.YYYY-MM-DD-slug …), with a page file per
language (the other languages as drafts to translate); prints the new folder.</source>
        <translation>SECTION бөлімінде көршілері сияқты аталған (NN.YYYY-MM-DD-slug …) жазба жасау, әр тілге бір бет
файлымен (басқа тілдер аударуға арналған жобалар ретінде); жаңа қалтаны шығарады.</translation>
    </message>
    <message>
        <source>Render page files to the HTML Grav 1.7 publishes (page.content).</source>
        <translation>Бет файлдарын Grav 1.7 жариялайтын HTML-ге түрлендіру (page.content).</translation>
    </message>
    <message>
        <source>Print the HTML Grav 1.7 publishes for a page (page.content, or page.summary with
--summary); with --out render many pages in one run into DIR/&lt;path&gt;.html.</source>
        <translation>Grav 1.7 бет үшін жариялайтын HTML-ді шығару (page.content немесе --summary арқылы
page.summary); --out арқылы көп бетті бір іске қосуда DIR/&lt;path&gt;.html ішіне түрлендіру.</translation>
    </message>
    <message>
        <source>Load and re-compose pages in memory; report any whose bytes would change.</source>
        <translation>Беттерді жадта жүктеп, қайта құрастыру; байттары өзгеретін беттерді хабарлау.</translation>
    </message>
    <message>
        <source>Load every page and compose it again in memory, as GravDesk saves it; report any
page whose bytes would change. Exits 1 when one would.</source>
        <translation>Әр бетті жүктеп, GravDesk сақтайтындай жадта қайта құрастыру; байттары өзгеретін
әр бетті хабарлау. Ондай бет болса, 1 кодымен шығады.</translation>
    </message>
    <message>
        <source>Set header fields of a page file, changing only their lines.</source>
        <translation>Бет файлы тақырыптамасының өрістерін орнату, тек солардың жолдарын өзгертіп.</translation>
    </message>
    <message>
        <source>Set header fields of a page (VALUE is a string unless --type says otherwise: bool,
int, float, date, list, null). Only the fields&apos; lines change; --dry-run prints them.</source>
        <translation>Бет тақырыптамасының өрістерін орнату (--type басқаша көрсетпесе, VALUE — жол: bool,
int, float, date, list, null). Тек өрістердің жолдары өзгереді; --dry-run оларды шығарады.</translation>
    </message>
    <message>
        <source>Usage: gravdesk-cli COMMAND [options]</source>
        <translation>Қолданылуы: gravdesk-cli КОМАНДА [параметрлер]</translation>
    </message>
    <message>
        <source>GravDesk&apos;s command-line companion for Grav 1.7 sites.</source>
        <translation>Grav 1.7 сайттарына арналған GravDesk-тің командалық жол серігі.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message>
        <source>SITE is a Grav root (user/pages), a user/ folder, or a Git Sync clone (pages/).
Exit status: 0 success, 1 the command found errors, 2 bad usage or unreadable input.</source>
        <translation>SITE — Grav түбірі (user/pages), user/ қалтасы немесе Git Sync клоны (pages/).
Шығу коды: 0 — сәтті, 1 — команда қате тапты, 2 — қате қолдану немесе оқылмайтын деректер.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметрлер:</translation>
    </message>
    <message>
        <source>Show this help (also: gravdesk-cli COMMAND --help).</source>
        <translation>Осы анықтаманы көрсету (сондай-ақ: gravdesk-cli КОМАНДА --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Нұсқаны көрсету.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>белгісіз команда «%1»</translation>
    </message>
    <message>
        <source>Not a Grav site: %1</source>
        <translation>Бұл Grav сайты емес: %1</translation>
    </message>
    <message>
        <source>changed here and on the server in the same place</source>
        <translation>мұнда және серверде бір жерде өзгертілген</translation>
    </message>
    <message>
        <source>edited here, deleted on the server</source>
        <translation>мұнда өзгертілген, серверде жойылған</translation>
    </message>
    <message>
        <source>deleted here, changed on the server</source>
        <translation>мұнда жойылған, серверде өзгертілген</translation>
    </message>
    <message>
        <source>added here and on the server with different content</source>
        <translation>мұнда және серверде әртүрлі мазмұнмен қосылған</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>«%1» өрісі</translation>
    </message>
    <message>
        <source>paragraph: %1</source>
        <translation>абзац: %1</translation>
    </message>
    <message>
        <source>Show each page&apos;s git state and how far this copy is from the server.</source>
        <translation>Әр беттің git күйін және бұл көшірменің серверден қаншалықты айырмашылығы барын көрсету.</translation>
    </message>
    <message>
        <source>Do not ask the server first.</source>
        <translation>Алдымен серверге жүгінбеу.</translation>
    </message>
    <message>
        <source>Branch %1: %2 ahead, %3 behind the server</source>
        <translation>%1 тармағы: серверден %2 алда, %3 артта</translation>
    </message>
    <message>
        <source>Server last synced: %1</source>
        <translation>Сервердің соңғы синхрондауы: %1</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>кездескен жоқ</translation>
    </message>
    <message>
        <source>%1 pages synced</source>
        <translation>Синхрондалған беттер: %1</translation>
    </message>
    <message>
        <source>Update the site from the server; pages edited on both sides are merged.</source>
        <translation>Сайтты серверден жаңарту; екі жақта өзгертілген беттер біріктіріледі.</translation>
    </message>
    <message>
        <source>Settle conflicts with this side: mine or server.</source>
        <translation>Қайшылықтарды осы жақтың пайдасына шешу: mine (менікі) немесе server (сервер).</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Қазірдің өзінде жаңартылған.</translation>
    </message>
    <message>
        <source>Updated: %1 files from the server, %2 merged with edits made here, %3 removed.</source>
        <translation>Жаңартылды: серверден %1 файл, мұндағы түзетулермен біріктірілген %2, жойылған %3.</translation>
    </message>
    <message>
        <source>Settled by taking %1:</source>
        <translation>%1 жағының пайдасына шешілді:</translation>
    </message>
    <message>
        <source>A decision is needed; nothing was changed. Run again with --take mine or --take server.</source>
        <translation>Шешім қажет; ештеңе өзгертілген жоқ. --take mine немесе --take server параметрімен қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Publish pages to the server as one commit (other drafts stay as they are).</source>
        <translation>Беттерді серверге бір коммитпен жариялау (басқа жобалар сол күйінде қалады).</translation>
    </message>
    <message>
        <source>A page folder, page file or route.</source>
        <translation>Бет қалтасы, бет файлы немесе маршрут.</translation>
    </message>
    <message>
        <source>The commit message.</source>
        <translation>Коммит хабарламасы.</translation>
    </message>
    <message>
        <source>No such page: %1</source>
        <translation>Мұндай бет жоқ: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ескерту: %1</translation>
    </message>
    <message>
        <source>Published %1 (%2 files): %3</source>
        <translation>Жарияланды %1 (файлдар: %2): %3</translation>
    </message>
    <message>
        <source>The site updates when the server syncs.</source>
        <translation>Сервер синхрондалғанда сайт жаңарады.</translation>
    </message>
    <message>
        <source>Nothing to publish: the pages are as on the server.</source>
        <translation>Жариялайтын ештеңе жоқ: беттер сервердегідей.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the commit %1 waits to be published.</source>
        <translation>Серверге қосылу мүмкін емес; %1 коммиті жариялауды күтуде.</translation>
    </message>
    <message>
        <source>The server changed these pages in the same places; run sync and decide first.</source>
        <translation>Сервер бұл беттерді дәл сол жерлерде өзгертті; алдымен sync орындап, шешім қабылдаңыз.</translation>
    </message>
    <message>
        <source>List the commits that changed a page, newest first.</source>
        <translation>Бетті өзгерткен коммиттерді ең жаңасынан бастап көрсету.</translation>
    </message>
    <message>
        <source>Each page&apos;s git state, ahead/behind the server.</source>
        <translation>Әр беттің git күйі, серверден алда/артта болуы.</translation>
    </message>
    <message>
        <source>Update from the server (exit 3: a decision is needed).</source>
        <translation>Серверден жаңарту (шығу коды 3: шешім қажет).</translation>
    </message>
    <message>
        <source>Publish pages as one commit pushed to the server.</source>
        <translation>Беттерді серверге жіберілетін бір коммитпен жариялау.</translation>
    </message>
    <message>
        <source>The commits that changed a page.</source>
        <translation>Бетті өзгерткен коммиттер.</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>The page&apos;s folder.</source>
        <translation>Беттің қалтасы.</translation>
    </message>
    <message>
        <source>Photos or folders of photos.</source>
        <translation>Фотосуреттер немесе фотосуреттер салынған қалталар.</translation>
    </message>
    <message>
        <source>Longest edge in pixels (default: the site&apos;s setting, else 2048).</source>
        <translation>Ұзын жағы, пиксельмен (әдепкі: сайт баптауы, болмаса 2048).</translation>
    </message>
    <message>
        <source>JPEG/WebP quality 1-100 (default: the site&apos;s, else 85).</source>
        <translation>JPEG/WebP сапасы, 1-ден 100-ге дейін (әдепкі: сайт баптауы, болмаса 85).</translation>
    </message>
    <message>
        <source>Insert the block into every language file (after the summary delimiter, or appended to the page&apos;s carousel), set header_image: false and extend media_order.</source>
        <translation>Блокты әр тілдің файлына қою (аңдатпа бөлгішінен кейін немесе беттің каруселінің соңына), header_image: false орнату және media_order тізімін толықтыру.</translation>
    </message>
    <message>
        <source>Write WebP instead of JPEG.</source>
        <translation>JPEG орнына WebP жазу.</translation>
    </message>
    <message>
        <source>Also write &lt;photo&gt;.meta.yaml files with alt_text.</source>
        <translation>Сондай-ақ alt_text бар &lt;фото&gt;.meta.yaml файлдарын жазу.</translation>
    </message>
    <message>
        <source>Carousel parameters (default: the site&apos;s setting, else the ones its pages use).</source>
        <translation>Карусель параметрлері (әдепкі: сайт баптауы, болмаса оның беттері қолданатын параметрлер).</translation>
    </message>
    <message>
        <source>Caption for every photo in a language, e.g. ru=Открытие (default: the page&apos;s title).</source>
        <translation>Бір тілдегі барлық фотосуреттің жазуы, мысалы kk=Ашылу (әдепкі: беттің тақырыбы).</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: бұл қалта емес</translation>
    </message>
    <message>
        <source>%1: no page file (*.md) to insert the gallery into</source>
        <translation>%1: галереяны қоятын бет файлы (*.md) жоқ</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>--max-edge needs a number of pixels (16 or more)</source>
        <translation>--max-edge үшін пиксель саны керек (16 немесе одан көп)</translation>
    </message>
    <message>
        <source>--quality needs a number from 1 to 100</source>
        <translation>--quality үшін 1-ден 100-ге дейінгі сан керек</translation>
    </message>
    <message>
        <source>--caption needs LANG=TEXT (use &quot;=TEXT&quot; for item.md)</source>
        <translation>--caption үшін LANG=TEXT керек (item.md үшін &quot;=TEXT&quot; жазыңыз)</translation>
    </message>
    <message>
        <source>no photos found in %1</source>
        <translation>%1 ішінен фотосурет табылмады</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: импортталмады: %2</translation>
    </message>
    <message>
        <source>%1 (updated)</source>
        <translation>%1 (жаңартылды)</translation>
    </message>
    <message>
        <source>%1 of %2 photos imported into %3</source>
        <translation>%3 ішіне %2 фотосуреттің %1 импортталды</translation>
    </message>
    <message>
        <source>The section&apos;s folder (e.g. user/pages/02.news).</source>
        <translation>Бөлімнің қалтасы (мысалы, user/pages/02.news).</translation>
    </message>
    <message>
        <source>The post&apos;s title (required).</source>
        <translation>Жазбаның тақырыбы (міндетті).</translation>
    </message>
    <message>
        <source>The title&apos;s language (default: the site&apos;s default language).</source>
        <translation>Тақырыптың тілі (әдепкі: сайттың негізгі тілі).</translation>
    </message>
    <message>
        <source>Date and time, YYYY-MM-DD HH:MM or the site&apos;s format, in the site&apos;s time zone (default: now).</source>
        <translation>Күні мен уақыты: YYYY-MM-DD HH:MM немесе сайт пішімінде, сайттың уақыт белдеуі бойынша (әдепкі: қазір).</translation>
    </message>
    <message>
        <source>The slug after the date (default: transliterated from the title).</source>
        <translation>Күннен кейінгі слаг (әдепкі: тақырыптың транслитерациясы).</translation>
    </message>
    <message>
        <source>Comma-separated languages to create (default: all the site&apos;s); the others than --lang are drafts.</source>
        <translation>Жасалатын тілдер, үтір арқылы (әдепкі: сайттың барлық тілдері); --lang тілінен басқалары жоба ретінде жасалады.</translation>
    </message>
    <message>
        <source>Publish the post in its language (default: draft).</source>
        <translation>Жазбаны өз тілінде жариялау (әдепкі: жоба).</translation>
    </message>
    <message>
        <source>Print the files instead of writing them.</source>
        <translation>Файлдарды жазудың орнына шығару.</translation>
    </message>
    <message>
        <source>%1: no such section folder</source>
        <translation>%1: мұндай бөлім қалтасы жоқ</translation>
    </message>
    <message>
        <source>%1: not inside a Grav site&apos;s pages folder</source>
        <translation>%1: Grav сайтының беттер қалтасында емес</translation>
    </message>
    <message>
        <source>%1: no such section in the site</source>
        <translation>%1: сайтта мұндай бөлім жоқ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD HH:MM)</source>
        <translation>«%1» — күн емес (YYYY-MM-DD HH:MM түрінде жазыңыз)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Page file(s); with --out also sites or folders.</source>
        <translation>Бет файлдары; --out арқылы сайттар немесе қалталар да.</translation>
    </message>
    <message>
        <source>Write DIR/&lt;path in the pages folder&gt;.html for every page.</source>
        <translation>Әр бет үшін DIR/&lt;беттер қалтасындағы жол&gt;.html жазу.</translation>
    </message>
    <message>
        <source>Print page.summary instead of page.content.</source>
        <translation>page.content орнына page.summary шығару.</translation>
    </message>
    <message>
        <source>Active language (default: from the file name).</source>
        <translation>Белсенді тіл (әдепкі: файл атауынан).</translation>
    </message>
    <message>
        <source>Page folder relative to the pages folder, for a file outside a site.</source>
        <translation>Сайттан тыс файл үшін: беттер қалтасына қатысты бет қалтасы.</translation>
    </message>
    <message>
        <source>Grav&apos;s md5-based owl-carousel ids instead of owl-1, owl-2, ...</source>
        <translation>owl-1, owl-2, ... орнына Grav-тағыдай md5 негізіндегі owl-carousel идентификаторлары.</translation>
    </message>
    <message>
        <source>Skip the external_links pass.</source>
        <translation>external_links өңдеуін өткізіп жіберу.</translation>
    </message>
    <message>
        <source>Print all warnings to stderr (those about content GravDesk does not render are always printed).</source>
        <translation>Барлық ескертуді stderr-ге шығару (GravDesk түрлендірмейтін мазмұн туралы ескертулер әрқашан шығарылады).</translation>
    </message>
    <message>
        <source>The site&apos;s address, instead of system.yaml&apos;s custom_base_url or GravDesk&apos;s site_url (&quot;&quot;: none).</source>
        <translation>system.yaml ішіндегі custom_base_url немесе GravDesk site_url орнына сайт мекенжайы (&quot;&quot;: мекенжайсыз).</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>мұндай файл жоқ: %1</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>мұндай файл немесе қалта жоқ: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 жазу мүмкін емес</translation>
    </message>
    <message>
        <source>%1 pages rendered into %2</source>
        <translation>%2 ішіне түрлендірілген беттер: %1</translation>
    </message>
    <message>
        <source>the header text is not kept byte for byte</source>
        <translation>тақырыптама мәтіні байтпа-байт сақталмайды</translation>
    </message>
    <message>
        <source>header and body put together differ from the file</source>
        <translation>тақырыптама мен мәтін бірге файлдан өзгеше</translation>
    </message>
    <message>
        <source>header, envelope and body put together differ from the file</source>
        <translation>тақырыптама, қаптама және мәтін бірге файлдан өзгеше</translation>
    </message>
    <message>
        <source>the page document would write different bytes</source>
        <translation>бет құжаты басқа байттарды жазар еді</translation>
    </message>
    <message>
        <source>A Grav site, a folder or page files.</source>
        <translation>Grav сайты, қалта немесе бет файлдары.</translation>
    </message>
    <message>
        <source>kept as is, but its header cannot be edited field by field: %1</source>
        <translation>сол күйінде сақталады, бірақ оның тақырыптамасын өріс бойынша өңдеу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 pages, %2 would change, %3 with a header that is not editable, %4 unreadable</source>
        <translation>Беттер: %1, өзгерер еді: %2, тақырыптамасы өңделмейтін: %3, оқылмайтын: %4</translation>
    </message>
    <message>
        <source>%1 pages, %2 would change, %3 with a header that is not editable</source>
        <translation>Беттер: %1, өзгерер еді: %2, тақырыптамасы өңделмейтін: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean (true or false)</source>
        <translation>«%1» — логикалық мән емес (true немесе false)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>«%1» — бүтін сан емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — сан емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as %2 or YYYY-MM-DD HH:MM)</source>
        <translation>«%1» — күн емес (%2 немесе YYYY-MM-DD HH:MM түрінде жазыңыз)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (string, bool, int, float, date, list, null)</source>
        <translation>белгісіз «%1» түрі (string, bool, int, float, date, list, null)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>The page file.</source>
        <translation>Бет файлы.</translation>
    </message>
    <message>
        <source>Fields to set.</source>
        <translation>Орнатылатын өрістер.</translation>
    </message>
    <message>
        <source>How VALUE is read: string (default), bool, int, float, date, list (comma-separated), null.</source>
        <translation>VALUE қалай оқылады: string (әдепкі), bool, int, float, date, list (үтір арқылы), null.</translation>
    </message>
    <message>
        <source>Remove a key (may be repeated).</source>
        <translation>Кілтті жою (қайталауға болады).</translation>
    </message>
    <message>
        <source>Print the changed lines instead of writing.</source>
        <translation>Жазудың орнына өзгерген жолдарды шығару.</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8; nothing was changed</source>
        <translation>%1: файл жарамды UTF-8 емес; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key.path=VALUE</source>
        <translation>«%1» key.path=VALUE түрінде емес</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: өзгеріссіз</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1: жаңартылды</translation>
    </message>
    <message>
        <source>Move or rename a page, updating the links of other pages to it.</source>
        <translation>Бетті жылжыту немесе атын өзгерту, басқа беттердегі оған сілтемелерді жаңарту.</translation>
    </message>
    <message>
        <source>The site&apos;s folder.</source>
        <translation>Сайт қалтасы.</translation>
    </message>
    <message>
        <source>The page: its folder in the pages folder (02.news/03.slug) or its route (/news/slug).</source>
        <translation>Бет: оның pages қалтасындағы қалтасы (02.news/03.slug) немесе маршруты (/news/slug).</translation>
    </message>
    <message>
        <source>Where it goes: a section to move it into, or its new folder or route (02.news/04.new-slug, /news/new-slug).</source>
        <translation>Қайда: оны жылжытатын бөлім немесе оның жаңа қалтасы не маршруты (02.news/04.new-slug, /news/new-slug).</translation>
    </message>
    <message>
        <source>Leave the links of other pages as they are.</source>
        <translation>Басқа беттердегі сілтемелерді өзгертпеу.</translation>
    </message>
    <message>
        <source>Print what changed as JSON.</source>
        <translation>Өзгерістерді JSON түрінде шығару.</translation>
    </message>
    <message>
        <source>Print what would change; change nothing.</source>
        <translation>Не өзгеретінін көрсету, ештеңені өзгертпеу.</translation>
    </message>
    <message>
        <source>There is no page %1 in the site.</source>
        <translation>Сайтта %1 беті жоқ.</translation>
    </message>
    <message>
        <source>The page %1 is already in %2; nothing was changed.</source>
        <translation>%1 беті онсыз да %2 ішінде; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>There is no page %1 in the site to move the page into.</source>
        <translation>Сайтта бетті жылжытуға болатын %1 беті жоқ.</translation>
    </message>
    <message>
        <source>Move PAGE into the section DEST, or rename it to DEST (a folder or a route), in one change;
the links of other pages to it are updated and listed.</source>
        <translation>PAGE бетін DEST бөліміне жылжыту немесе атын DEST деп өзгерту (қалта не маршрут) бір өзгерісте;
басқа беттердегі оған сілтемелер жаңартылып, тізімделеді.</translation>
    </message>
    <message>
        <source>Move a page to the site&apos;s trash (kept outside the site; see the trash command).</source>
        <translation>Бетті сайт себетіне жылжыту (себет сайттан тыс сақталады; trash командасын қараңыз).</translation>
    </message>
    <message>
        <source>%1 is in the trash as %2. To bring it back: gravdesk-cli trash SITE --restore %2</source>
        <translation>%1 себетте %2 нөмірімен тұр. Қайтару үшін: gravdesk-cli trash SITE --restore %2</translation>
    </message>
    <message>
        <source>Move PAGE (its folder with every language file and its media) to the site&apos;s trash, which is kept
in the user&apos;s state folder, outside the site and its git repository.</source>
        <translation>PAGE бетін (барлық тіл файлдары мен медиасы бар қалтасын) сайт себетіне жылжыту; себет
пайдаланушының күй қалтасында, сайт пен оның git репозиторийінен тыс сақталады.</translation>
    </message>
    <message>
        <source>List the pages in the site&apos;s trash, or restore one.</source>
        <translation>Сайт себетіндегі беттерді көрсету немесе біреуін қалпына келтіру.</translation>
    </message>
    <message>
        <source>Put the page ID back where it was.</source>
        <translation>ID бетін бұрынғы орнына қайтару.</translation>
    </message>
    <message>
        <source>When its place is taken, restore it under a free slug instead of refusing.</source>
        <translation>Орны бос болмаса, бас тартудың орнына бос слагпен қалпына келтіру.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Себет бос.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 беті қалпына келтірілді.</translation>
    </message>
    <message>
        <source>List the pages deleted with rm (newest first), or put one back where it was with --restore ID.</source>
        <translation>rm командасымен жойылған беттерді көрсету (алдымен жаңалары) немесе --restore ID арқылы біреуін орнына қайтару.</translation>
    </message>
    <message>
        <source>Find a text in every page of a Grav site: titles, slugs, folder names and bodies, in every language. Any case matches, ё and е are the same letter.</source>
        <translation>Grav сайтының барлық беттерінен мәтін табу: атаулардан, слагтардан, қалта атауларынан және мәтіннен, барлық тілде. Әріптің бас-кішілігі маңызды емес, ё мен е — бір әріп.</translation>
    </message>
    <message>
        <source>The text to find.</source>
        <translation>Ізделетін мәтін.</translation>
    </message>
    <message>
        <source>TEXT is a regular expression (Perl syntax; any case still matches).</source>
        <translation>TEXT — тұрақты өрнек (Perl синтаксисі; бас-кіші әріп бәрібір маңызды емес).</translation>
    </message>
    <message>
        <source>(folder name)</source>
        <translation>(қалта атауы)</translation>
    </message>
    <message>
        <source>%1 matches in %2 page files and folders (%3 page files searched)</source>
        <translation>Сәйкестік саны: %1, бет файлдары мен қалталарда: %2 (қаралған бет файлдары: %3)</translation>
    </message>
    <message>
        <source>Find a text in titles, slugs, folder names and bodies of every page file: any case,
ё = е, Kazakh letters kept apart from Russian ones. Prints folder, language,
file:line:column and the line. Exits 1 when nothing is found.</source>
        <translation>Әр бет файлының атауынан, слагынан, қалта атауынан және мәтінінен мәтін табу: бас-кіші
әріп маңызды емес, ё = е, қазақ әріптері орыс әріптерімен араласпайды. Қалтаны, тілді,
файл:жол:баған және жолдың өзін шығарады. Ештеңе табылмаса, 1 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>Names from the server that Windows cannot check out:</source>
        <translation>Серверден келген, Windows шығара алмайтын атаулар:</translation>
    </message>
    <message>
        <source>This program is run by gravdesk-cli: use “gravdesk-cli import-gallery”.</source>
        <translation>Бұл бағдарламаны gravdesk-cli іске қосады: «gravdesk-cli import-gallery» пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The photo import program (gravdesk-cli-gallery) is missing beside gravdesk-cli; reinstall GravDesk.</source>
        <translation>Фотосуреттерді импорттау бағдарламасы (gravdesk-cli-gallery) gravdesk-cli жанында жоқ; GravDesk-ті қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The photo import program cannot be run (%1): %2</source>
        <translation>Фотосуреттерді импорттау бағдарламасын іске қосу мүмкін емес (%1): %2</translation>
    </message>
    <message>
        <source>Keep a copy of the site&apos;s system.yaml (and site.yaml) in GravDesk&apos;s state folder, for a site without config/ such as a Git Sync clone.</source>
        <translation>Сайттың system.yaml (және site.yaml) көшірмесін GravDesk күй қалтасында сақтау — config/ жоқ сайт үшін, мысалы Git Sync клоны.</translation>
    </message>
    <message>
        <source>A system.yaml or site.yaml.</source>
        <translation>system.yaml немесе site.yaml файлы.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 %2 ішіне импортталды.</translation>
    </message>
    <message>
        <source>The site has one language (no languages.supported).</source>
        <translation>Сайттың бір ғана тілі бар (languages.supported берілмеген).</translation>
    </message>
    <message>
        <source>Languages: %1 (default %2).</source>
        <translation>Тілдер: %1 (әдепкі %2).</translation>
    </message>
    <message>
        <source>Keep a copy of the site&apos;s system.yaml and site.yaml for a site that has no config/ (a Git Sync clone): used only while the site has no such file of its own. Bad input (exit 2) imports nothing.</source>
        <translation>config/ жоқ сайт (Git Sync клоны) үшін system.yaml мен site.yaml көшірмесін сақтау: ол сайттың өз осындай файлы болмағанда ғана қолданылады. Кіріс дерегі қате болса (код 2), ештеңе импортталмайды.</translation>
    </message>
</context>
<context>
    <name>GravDesk::CloneDialog</name>
    <message>
        <source>Clone Site</source>
        <translation>Сайтты клондау</translation>
    </message>
    <message>
        <source>https://example.org/newsroom/site.git</source>
        <translation>https://example.org/newsroom/site.git</translation>
    </message>
    <message>
        <source>Address of the site&apos;s repository:</source>
        <translation>Сайт репозиторийінің мекенжайы:</translation>
    </message>
    <message>
        <source>Folder for the Site</source>
        <translation>Сайтқа арналған қалта</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Жаңа қалта:</translation>
    </message>
    <message>
        <source>Passwords are asked when needed and never stored by GravDesk.</source>
        <translation>Құпиясөз қажет болғанда сұралады, GravDesk оны ешқашан сақтамайды.</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Клондау</translation>
    </message>
    <message>
        <source>Type the address of the site&apos;s repository.</source>
        <translation>Сайт репозиторийінің мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>The address holds a password. Remove it: GravDesk asks for the password when the server wants it, and never stores it.</source>
        <translation>Мекенжайда құпиясөз бар. Оны алып тастаңыз: сервер талап еткенде GravDesk құпиясөзді сұрайды және оны ешқашан сақтамайды.</translation>
    </message>
    <message>
        <source>Choose a new folder for the site.</source>
        <translation>Сайтқа жаңа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new one.</source>
        <translation>%1 қалтасы бос емес; жаңасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>git could not be started.</source>
        <translation>git іске қосылмады.</translation>
    </message>
    <message>
        <source>Cloning into %1…</source>
        <translation>%1 ішіне клондау…</translation>
    </message>
    <message>
        <source>The clone in %1 is not a Grav site (no pages folder).</source>
        <translation>%1 ішіндегі клон Grav сайты емес (pages қалтасы жоқ).</translation>
    </message>
    <message>
        <source>The site could not be cloned: %1</source>
        <translation>Сайтты клондау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>git stopped.</source>
        <translation>git тоқтады.</translation>
    </message>
</context>
<context>
    <name>GravDesk::CompareDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Compare with Disk — %1</source>
        <translation>Дискідегі нұсқамен салыстыру — %1</translation>
    </message>
    <message>
        <source>Another program changed this page on disk while you edited it. For each difference, tick the version to keep: the one on disk or yours. The result stays unsaved in the editor.</source>
        <translation>Сіз бұл бетті өңдеп жатқанда, басқа бағдарлама оны дискіде өзгертті. Әр айырмашылық үшін қалдырылатын нұсқаны белгілеңіз: дискідегісін немесе өзіңіздікін. Нәтиже редакторда сақталмаған күйінде қалады.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Дискіде</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Тақырыптама: %1</translation>
    </message>
    <message>
        <source>Text, paragraph %1</source>
        <translation>Мәтін, %1-азат жол</translation>
    </message>
    <message>
        <source>All From &amp;Disk</source>
        <translation>Бәрін &amp;дискіден</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>Бәрі &amp;менікі</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): </source>
        <translation>
            <numerusform>%n айырмашылық: </numerusform>
            <numerusform>%n айырмашылық: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from disk, %2 yours.</source>
        <translation>дискіден — %1, сіздікі — %2.</translation>
    </message>
</context>
<context>
    <name>GravDesk::DecisionDialog</name>
    <message>
        <source>(nothing)</source>
        <translation>(ештеңе)</translation>
    </message>
    <message>
        <source>Update from Server: Your Decision</source>
        <translation>Серверден жаңарту: сіздің шешіміңіз</translation>
    </message>
    <message>
        <source>These pages were changed here and on the server in the same place. For each field and paragraph, keep the server&apos;s text, yours, or write the result yourself. Nothing is written until you apply, and no conflict markers ever reach the pages.</source>
        <translation>Бұл беттер мұнда да, серверде де бір жерден өзгертілген. Әр өріс пен абзац үшін сервердегі мәтінді, өз мәтініңізді қалдырыңыз немесе нәтижені өзіңіз жазыңыз. Қолданбайынша ештеңе жазылмайды, ал қақтығыс белгілері беттерге ешқашан түспейді.</translation>
    </message>
    <message>
        <source>All Mine</source>
        <translation>Бәрі менікі</translation>
    </message>
    <message>
        <source>All Server</source>
        <translation>Бәрі серверден</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>The server deleted this page file, and you edited it here. Keep your page (it is published again when you publish it), or let it go as the server did.</source>
        <translation>Серверде бұл бет файлы жойылған, ал сіз оны мұнда өңдедіңіз. Өз бетіңізді қалдырыңыз (жарияласаңыз, ол серверге қайта шығады) немесе сервердегідей жойыңыз.</translation>
    </message>
    <message>
        <source>You deleted this page file here, and the server changed it. Keep it deleted (the deletion is published when you publish the page), or take the server&apos;s version back.</source>
        <translation>Сіз бұл бет файлын мұнда жойдыңыз, ал серверде ол өзгертілген. Жойылған күйінде қалдырыңыз (бетті жариялағанда жою серверге шығады) немесе сервердегі нұсқаны қайтарыңыз.</translation>
    </message>
    <message>
        <source>Delete it, as on the server</source>
        <translation>Сервердегідей жою</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Сервердегі нұсқаны алу</translation>
    </message>
    <message>
        <source>Keep my page</source>
        <translation>Менің бетімді қалдыру</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Жойылған күйінде қалдыру</translation>
    </message>
    <message>
        <source>This file was created here and on the server with different contents.</source>
        <translation>Бұл файл мұнда да, серверде де әртүрлі мазмұнмен жасалған.</translation>
    </message>
    <message>
        <source>The whole header</source>
        <translation>Беттің бүкіл тақырыптамасы</translation>
    </message>
    <message>
        <source>Field “%1”</source>
        <translation>«%1» өрісі</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation>Бүкіл файл</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Серверде</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Серверден</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message numerus="yes">
        <source>%n page file(s): %1 yours, %2 from the server, %3 written by you.</source>
        <translation>
            <numerusform>%n бет файлы: сіздікі — %1, серверден — %2, өзіңіз жазғаны — %3.</numerusform>
            <numerusform>%n бет файлы: сіздікі — %1, серверден — %2, өзіңіз жазғаны — %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::DocumentManager</name>
    <message>
        <source>save %1</source>
        <translation>%1 сақтау</translation>
    </message>
</context>
<context>
    <name>GravDesk::FieldEditor</name>
    <message>
        <source>(structured value: edit it in the YAML tab)</source>
        <translation>(құрылымды мән: оны YAML қойындысында өзгертіңіз)</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Файлда жазылғаны: %1</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <source>Drag the files into the order the page shows them (media_order).</source>
        <translation>Файлдарды бетте көрсетілетін ретпен сүйреп орналастырыңыз (media_order).</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Таңдалған жолдарды жою</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Nested values: edit them in the YAML tab.</source>
        <translation>Ішкі мәндер: оларды YAML қойындысында өзгертіңіз.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>row %1 has a value but no key</source>
        <translation>%1-жолда мән бар, бірақ кілт жоқ</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; contains a dot; edit it in the YAML tab</source>
        <translation>«%1» кілтінде нүкте бар; оны YAML қойындысында өзгертіңіз</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>«%1» кілті екі рет көрсетілген</translation>
    </message>
    <message>
        <source>Not set: remove the key, Grav uses its default</source>
        <translation>Берілмеген: кілтті жою, Grav әдепкі мәнін пайдаланады</translation>
    </message>
    <message>
        <source>(not set — Grav uses its default)</source>
        <translation>(берілмеген — Grav әдепкі мәнін пайдаланады)</translation>
    </message>
    <message>
        <source>(not set — Grav uses the default: %1)</source>
        <translation>(берілмеген — Grav әдепкі мәнді пайдаланады: %1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>(default: not in the file)</source>
        <translation>(әдепкі мән: файлда көрсетілмеген)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(берілмеген)</translation>
    </message>
    <message>
        <source>(written as “%1”, which no option stands for)</source>
        <translation>(файлда «%1» деп жазылған, бұл ешбір нұсқаға сәйкес келмейді)</translation>
    </message>
    <message>
        <source>not set (Grav: %1)</source>
        <translation>берілмеген (Grav: %1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>берілмеген</translation>
    </message>
    <message>
        <source>The key is not written.</source>
        <translation>Кілт жазылмайды.</translation>
    </message>
</context>
<context>
    <name>GravDesk::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Регистрді ескеру</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Тұтас сөздер</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Тұрақты өрнек</translation>
    </message>
    <message>
        <source>ё = е</source>
        <translation>ё = е</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Барлығын ауыстыру</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Немен ауыстыру</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Алдыңғы сәйкестік (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Келесі сәйкестік (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабу (Esc)</translation>
    </message>
    <message>
        <source>Treat ё and е as the same letter</source>
        <translation>ё мен е әрпін бір әріп деп санау</translation>
    </message>
    <message>
        <source>In the replacement, \1 or $1 stands for the first group</source>
        <translation>Ауыстыруда \1 немесе $1 бірінші топты білдіреді</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Тұрақты өрнекте қате бар: %1</translation>
    </message>
    <message>
        <source>Only the first %1 matches are highlighted.</source>
        <translation>Тек алғашқы %1 сәйкестік белгіленген.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Сәйкестік жоқ</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 (барлығы %2-ден көп)</translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation>%1-ден көп сәйкестік</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Сәйкестіктер: %1</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation>Ауыстырылды: %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::FindInSiteDock</name>
    <message>
        <source>Find in Site</source>
        <translation>Сайттан іздеу</translation>
    </message>
    <message>
        <source>Find in every page: title, slug and text</source>
        <translation>Барлық беттен іздеу: тақырып, slug және мәтін</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Тұрақты ө&amp;рнек</translation>
    </message>
    <message>
        <source>Search with a regular expression (Perl syntax). In the replacement, \1 … \9 or $1 … $9 stand for the groups and \0 or $0 for the whole match, as in the page&apos;s find bar.</source>
        <translation>Тұрақты өрнекпен іздеу (Perl синтаксисі). Ауыстыруда \1 … \9 не $1 … $9 топтарды, ал \0 не $0 бүкіл сәйкестікті білдіреді — беттегі іздеу жолағындағыдай.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Неге ауыстыру</translation>
    </message>
    <message>
        <source>&amp;Replace Ticked</source>
        <translation>Белгіленгендерді &amp;ауыстыру</translation>
    </message>
    <message>
        <source>Replace every ticked match, in one change of the site that Edit ▸ Undo Replace in Site takes back until the next save</source>
        <translation>Белгіленген барлық сәйкестікті сайттың бір өзгерісімен ауыстыру; «Түзету ▸ Сайттағы ауыстыруды болдырмау» оны келесі сақтауға дейін қайтарады</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>%1 қалтасы</translation>
    </message>
    <message>
        <source>A folder name: rename the page to change it.</source>
        <translation>Қалта атауы: оны өзгерту үшін бетті қайта атаңыз.</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Беттер оқылуда…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Сәйкестік жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бетте</numerusform>
            <numerusform>%n бетте</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 in %2; there are more: narrow the search.</source>
        <translation>%2 алғашқы %1 көрсетілді; тағы бар — іздеуді нақтылаңыз.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::FormatActions</name>
    <message>
        <source>B</source>
        <translation>Қ</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Қалың (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Курсив (Ctrl+I)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>Сілтеме (Ctrl+K)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Қарапайым абзац</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Тақырып %1</translation>
    </message>
    <message>
        <source>H</source>
        <translation>Т</translation>
    </message>
    <message>
        <source>Heading (Ctrl+1 … Ctrl+6; Ctrl+0: paragraph)</source>
        <translation>Тақырып (Ctrl+1 … Ctrl+6; Ctrl+0 — қарапайым абзац)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Тізім</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Таңбаланған тізім (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Тізім</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Нөмірленген тізім (Ctrl+Shift+7)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <source>Quote (Ctrl+Shift+Q)</source>
        <translation>Дәйексөз (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Code (Ctrl+Shift+C)</source>
        <translation>Код (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Table: the selected lines (cells separated by tabs or semicolons) become its rows</source>
        <translation>Кесте: белгіленген жолдар (ұяшықтары табуляциямен немесе нүктелі үтірмен бөлінген) оның жолдарына айналады</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <source>Insert an image or a file of this page</source>
        <translation>Осы беттің суретін немесе файлын кірістіру</translation>
    </message>
    <message>
        <source>Summary Break</source>
        <translation>Аңдатпа шегі</translation>
    </message>
    <message>
        <source>Insert the summary break: the news list shows the text above it (Ctrl+Shift+Enter)</source>
        <translation>Аңдатпа шегін кірістіру: жаңалықтар тізімінде оның үстіндегі мәтін көрсетіледі (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Shortcode</source>
        <translation>Шорткод</translation>
    </message>
    <message>
        <source>Insert a shortcode of the site&apos;s plugins</source>
        <translation>Сайт плагиндерінің шорткодын кірістіру</translation>
    </message>
    <message>
        <source>(this page has no files yet: Add Gallery or drop photos on the text)</source>
        <translation>(бұл бетте әзірге файл жоқ: «Галерея қосу» немесе фотосуреттерді мәтінге сүйреп әкеліңіз)</translation>
    </message>
    <message>
        <source>![Caption](photo.jpg)</source>
        <translation>![Жазу](photo.jpg)</translation>
    </message>
    <message>
        <source>Photo carousel (owl-carousel)</source>
        <translation>Фотокарусель (owl-carousel)</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Хабарлама мәтіні</translation>
    </message>
    <message>
        <source>Notice (yellow)</source>
        <translation>Хабарлама (сары)</translation>
    </message>
    <message>
        <source>Notice (red)</source>
        <translation>Хабарлама (қызыл)</translation>
    </message>
    <message>
        <source>Notice (blue)</source>
        <translation>Хабарлама (көк)</translation>
    </message>
    <message>
        <source>Notice (green)</source>
        <translation>Хабарлама (жасыл)</translation>
    </message>
    <message>
        <source>(the site has no shortcode plugin GravDesk knows enabled)</source>
        <translation>(сайтта GravDesk білетін шорткод плагинінің бірде-бірі қосылмаған)</translation>
    </message>
</context>
<context>
    <name>GravDesk::FrontMatter</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (%2-жол)</translation>
    </message>
    <message>
        <source>invalid base64 data in a !!binary value</source>
        <translation>!!binary мәніндегі base64 деректері жарамсыз</translation>
    </message>
    <message>
        <source>the built-in tag !!%1 is not supported by Grav&apos;s YAML parser</source>
        <translation>Grav YAML талдағышы !!%1 кірістірілген тегін қолдамайды</translation>
    </message>
    <message>
        <source>unknown tag %1</source>
        <translation>белгісіз тег %1</translation>
    </message>
    <message>
        <source>an unquoted value continues after a blank line; Grav cannot read that (quote the value or write it as a block with |)</source>
        <translation>тырнақшасыз мән бос жолдан кейін жалғасады; Grav мұны оқи алмайды (мәнді тырнақшаға алыңыз немесе | арқылы блок етіп жазыңыз)</translation>
    </message>
    <message>
        <source>impossible date &quot;%1&quot;</source>
        <translation>мүмкін емес күн «%1»</translation>
    </message>
    <message>
        <source>header too large (more than %1 values)</source>
        <translation>тақырыптама тым үлкен (%1 мәннен көп)</translation>
    </message>
    <message>
        <source>header nested deeper than %1 levels</source>
        <translation>тақырыптама %1 деңгейден тереңірек кірістірілген</translation>
    </message>
    <message>
        <source>complex mapping keys are not supported by Grav</source>
        <translation>Grav құрама сөздік кілттерін қолдамайды</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>қайталанған «%1» кілті</translation>
    </message>
    <message>
        <source>header larger than %1 bytes</source>
        <translation>тақырыптама %1 байттан үлкен</translation>
    </message>
    <message>
        <source>header uses more than %1 aliases</source>
        <translation>тақырыптамада %1 санынан көп бүркеншік ат (alias) қолданылған</translation>
    </message>
    <message>
        <source>invalid YAML</source>
        <translation>жарамсыз YAML</translation>
    </message>
    <message>
        <source>a tab character is used for indentation (YAML allows only spaces)</source>
        <translation>шегініс үшін табуляция таңбасы қолданылған (YAML тек бос орындарға рұқсат етеді)</translation>
    </message>
    <message>
        <source>unable to parse: the header is one piece of text (its first line is no &quot;key: value&quot; setting), and line %1 of it starts with a space</source>
        <translation>талдау мүмкін емес: тақырыптама — біртұтас мәтін (оның бірінші жолы «кілт: мән» баптауы емес), ал оның %1-жолы бос орыннан басталады</translation>
    </message>
    <message>
        <source>unable to parse &quot;%1&quot;: the header&apos;s first line is indented (it must start at the left margin)</source>
        <translation>«%1» талдау мүмкін емес: тақырыптаманың бірінші жолы шегініспен басталады (ол сол жақ шеттен басталуы керек)</translation>
    </message>
    <message>
        <source>unable to parse &quot;%1&quot;: a line that is not a &quot;key: value&quot; setting, a list item or an indented continuation of the value above</source>
        <translation>«%1» талдау мүмкін емес: бұл жол «кілт: мән» баптауы да, тізім элементі де, жоғарыдағы мәннің шегініспен жалғасы да емес</translation>
    </message>
    <message>
        <source>the header is not a list of &quot;key: value&quot; settings</source>
        <translation>тақырыптама «кілт: мән» баптауларының тізімі емес</translation>
    </message>
    <message>
        <source>%1; Grav reads this only with its legacy parser — quote the value</source>
        <translation>%1; Grav мұны тек ескі талдағышы арқылы оқиды — мәнді тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>тақырыптама</translation>
    </message>
    <message>
        <source>the header is not valid UTF-8</source>
        <translation>тақырыптама жарамды UTF-8 емес</translation>
    </message>
    <message>
        <source>The header is not valid UTF-8; convert the file to UTF-8 first</source>
        <translation>Тақырыптама жарамды UTF-8 емес; алдымен файлды UTF-8 кодтамасына түрлендіріңіз</translation>
    </message>
    <message>
        <source>The header is not valid YAML (line %1): %2</source>
        <translation>Тақырыптама жарамды YAML емес (%1-жол): %2</translation>
    </message>
    <message>
        <source>The header is not valid YAML: %1</source>
        <translation>Тақырыптама жарамды YAML емес: %1</translation>
    </message>
    <message>
        <source>The header indents %1 with a tab; fix it in the YAML text first</source>
        <translation>%1: шегініс табуляциямен жасалған; алдымен мұны YAML мәтінінде түзетіңіз</translation>
    </message>
    <message>
        <source>NaN cannot be written: Grav reads .nan as infinity</source>
        <translation>NaN жазу мүмкін емес: Grav .nan мәнін шексіздік ретінде оқиды</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>жарамсыз күн</translation>
    </message>
    <message>
        <source>lists of lists or of nested maps cannot be written field by field</source>
        <translation>тізімдер тізімін немесе кірістірілген сөздіктер тізімін өріс бойынша жазу мүмкін емес</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;</source>
        <translation>жарамсыз «%1» кілті</translation>
    </message>
    <message>
        <source>values of type %1 cannot be written</source>
        <translation>%1 түріндегі мәндерді жазу мүмкін емес</translation>
    </message>
    <message>
        <source>not a single value</source>
        <translation>жалқы мән емес</translation>
    </message>
    <message>
        <source>lists of nested maps cannot be written field by field</source>
        <translation>кірістірілген сөздіктер тізімін өріс бойынша жазу мүмкін емес</translation>
    </message>
    <message>
        <source>lists of lists cannot be written field by field</source>
        <translation>тізімдер тізімін өріс бойынша жазу мүмкін емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key path</source>
        <translation>«%1» — жарамсыз кілт жолы</translation>
    </message>
    <message>
        <source>Cannot set %1: %2</source>
        <translation>%1 орнату мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;%2&quot; is written in flow style {…}; edit it in the YAML text</source>
        <translation>%1 орнату мүмкін емес: «%2» ағын стилінде {…} жазылған; оны YAML мәтінінде өңдеңіз</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;%2&quot; is an alias (%3) of another value; edit that value or the YAML text</source>
        <translation>%1 орнату мүмкін емес: «%2» — басқа мәннің бүркеншік аты (%3); сол мәнді немесе YAML мәтінін өңдеңіз</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;%2&quot; holds a value, not a group of settings</source>
        <translation>%1 орнату мүмкін емес: «%2» баптаулар тобын емес, мәнді қамтиды</translation>
    </message>
    <message>
        <source>Cannot remove %1: its parent is an alias of another value; edit that value or the YAML text</source>
        <translation>%1 жою мүмкін емес: оның жоғарғы кілті — басқа мәннің бүркеншік аты; сол мәнді немесе YAML мәтінін өңдеңіз</translation>
    </message>
    <message>
        <source>Cannot remove %1: its parent is written in flow style {…}; edit it in the YAML text</source>
        <translation>%1 жою мүмкін емес: оның жоғарғы кілті ағын стилінде {…} жазылған; оны YAML мәтінінде өңдеңіз</translation>
    </message>
    <message>
        <source>Cannot remove %1: its line was not found in the header; edit it in the YAML text</source>
        <translation>%1 жою мүмкін емес: оның жолы тақырыптамадан табылмады; оны YAML мәтінінде өңдеңіз</translation>
    </message>
    <message>
        <source>The edit would end the header early (a line starting with ---)</source>
        <translation>Бұл өзгеріс тақырыптаманы мерзімінен бұрын аяқтар еді (--- белгісінен басталатын жол)</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: the header would become invalid (%2)</source>
        <translation>%1 өзгерісі қолданылмады: тақырыптама жарамсыз болар еді (%2)</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: Grav could read the header only with its legacy parser (%2)</source>
        <translation>%1 өзгерісі қолданылмады: Grav тақырыптаманы тек ескі талдағышы арқылы оқи алар еді (%2)</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: the value would not read back as intended</source>
        <translation>%1 өзгерісі қолданылмады: мән көзделгендей кері оқылмас еді</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: it would also change %2</source>
        <translation>%1 өзгерісі қолданылмады: ол %2 мәнін де өзгертер еді</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: it would change the order of the keys</source>
        <translation>%1 өзгерісі қолданылмады: ол кілттердің ретін өзгертер еді</translation>
    </message>
    <message>
        <source>line %1 of the header</source>
        <translation>тақырыптаманың %1-жолы</translation>
    </message>
    <message>
        <source>Unexpected indentation at %1</source>
        <translation>Күтпеген шегініс: %1</translation>
    </message>
    <message>
        <source>%1 is not a &quot;key: value&quot; line</source>
        <translation>%1 — «кілт: мән» түріндегі жол емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a list, not a map</source>
        <translation>«%1» сөздікті емес, тізімді қамтиды</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears more than once (lines %2 and %3; Grav reads only the first) — fix it in the YAML text first</source>
        <translation>«%1» кілті бірнеше рет кездеседі (%2 және %3-жолдар; Grav тек біріншісін оқиды) — алдымен мұны YAML мәтінінде түзетіңіз</translation>
    </message>
</context>
<context>
    <name>GravDesk::GalleryImportDialog</name>
    <message>
        <source>Add Gallery</source>
        <translation>Галерея қосу</translation>
    </message>
    <message>
        <source>Drag photos or a folder here. Drag the thumbnails to change their order; each photo gets a caption in every language of the page.</source>
        <translation>Фотосуреттерді немесе қалтаны осында сүйреңіз. Ретін өзгерту үшін нобайларды сүйреңіз; әр фотосуреттің беттің әр тіліндегі жазуы болады.</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>Фото қосу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>Солға бұру</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>Оңға бұру</translation>
    </message>
    <message>
        <source>Caption of the selected photos (alt text and title)</source>
        <translation>Таңдалған фотосуреттердің жазуы (alt және title)</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Жазу:</translation>
    </message>
    <message>
        <source>Caption (%1):</source>
        <translation>Жазу (%1):</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Save as WebP</source>
        <translation>WebP пішімінде сақтау</translation>
    </message>
    <message>
        <source>Write .meta.yaml captions</source>
        <translation>Жазуларды .meta.yaml файлына жазу</translation>
    </message>
    <message>
        <source>Longest edge:</source>
        <translation>Ұзын жағы:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Сапасы:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC);;All files (*)</source>
        <translation>Фотосуреттер (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Photo(s)</source>
        <translation>
            <numerusform>%n фотосуретті импорттау</numerusform>
            <numerusform>%n фотосуретті импорттау</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m photos</source>
        <translation>%v / %m фото</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>GravDesk::GravRenderer</name>
    <message>
        <source>image actions not executed for %1 (%2)</source>
        <translation>%1 үшін сурет әрекеттері орындалмады (%2)</translation>
    </message>
    <message>
        <source>external_links links.%1 is on: not emulated</source>
        <translation>external_links links.%1 қосулы: қайталанбайды</translation>
    </message>
    <message>
        <source>external_links title is on: not emulated</source>
        <translation>external_links title қосулы: қайталанбайды</translation>
    </message>
    <message>
        <source>header rejected: %1 (Grav shows its Invalid Frontmatter page)</source>
        <translation>тақырыптама қабылданбады: %1 (Grav өзінің Invalid Frontmatter бетін көрсетеді)</translation>
    </message>
    <message>
        <source>frontmatter.yaml not parsable: %1</source>
        <translation>frontmatter.yaml талданбайды: %1</translation>
    </message>
    <message>
        <source>page folder unknown: page media cannot be resolved</source>
        <translation>бет қалтасы белгісіз: беттің медиафайлдарын табу мүмкін емес</translation>
    </message>
    <message>
        <source>page body longer than %1 bytes: only its beginning is rendered</source>
        <translation>бет мәтіні %1 байттан ұзын: тек басы ғана көрсетіледі</translation>
    </message>
    <message>
        <source>shortcode-core enabled:false in the page header empties the content (Grav quirk)</source>
        <translation>бет тақырыптамасындағы shortcode-core enabled:false мазмұнды босатады (Grav ерекшелігі)</translation>
    </message>
    <message>
        <source>shortcode parser &quot;%1&quot; not emulated; using regular</source>
        <translation>«%1» шорткод талдағышы қайталанбайды; regular қолданылады</translation>
    </message>
    <message>
        <source>raw shortcode [%1] not emulated; left as text</source>
        <translation>[%1] raw шорткоды қайталанбайды; мәтін ретінде қалдырылды</translation>
    </message>
    <message>
        <source>[plugin:page-inject]/[plugin:content-inject] not emulated; left for Markdown</source>
        <translation>[plugin:page-inject]/[plugin:content-inject] қайталанбайды; Markdown-ға қалдырылды</translation>
    </message>
    <message>
        <source>Markdown took longer than %1 ms: the rest of the page is shown as plain text</source>
        <translation>Markdown өңдеу %1 мс-тан ұзаққа созылды: беттің қалған бөлігі кәдімгі мәтін ретінде көрсетілді</translation>
    </message>
    <message>
        <source>process.twig is on for this page: Twig is left unprocessed</source>
        <translation>бұл бет үшін process.twig қосулы: Twig өңделмей қалды</translation>
    </message>
    <message>
        <source>Twig in the page is not run (process.twig is on): Grav runs it</source>
        <translation>Беттегі Twig орындалмайды (process.twig қосулы): Grav оны орындайды</translation>
    </message>
    <message>
        <source>Twig in the page is not run (process.twig is off): Grav shows it as text</source>
        <translation>Беттегі Twig орындалмайды (process.twig өшірулі): Grav оны мәтін ретінде көрсетеді</translation>
    </message>
    <message>
        <source>rendered HTML longer than %1 bytes: cut</source>
        <translation>алынған HTML %1 байттан ұзын: қысқартылды</translation>
    </message>
    <message>
        <source>shortcode [%1] is registered on the site but not emulated; left as text</source>
        <translation>[%1] шорткоды сайтта тіркелген, бірақ қайталанбайды; мәтін ретінде қалдырылды</translation>
    </message>
    <message>
        <source>youtube shortcode thumbnail= not emulated</source>
        <translation>youtube шорткодының thumbnail= параметрі қайталанбайды</translation>
    </message>
    <message>
        <source>an HTML block starts with &lt;html&gt;, &lt;head&gt; or &lt;body&gt;: ParsedownExtra (markdown.extra) fails on it and Grav shows an error instead of this page</source>
        <translation>HTML блогы &lt;html&gt;, &lt;head&gt; немесе &lt;body&gt; тегінен басталады: ParsedownExtra (markdown.extra) онда қате береді де, Grav бұл беттің орнына қате көрсетеді</translation>
    </message>
</context>
<context>
    <name>GravDesk::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 тарихы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>This page has no published versions yet.</source>
        <translation>Бұл беттің әзірге жарияланған нұсқалары жоқ.</translation>
    </message>
    <message>
        <source>Select a version to see its text.</source>
        <translation>Мәтінін көру үшін нұсқаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Restore This Version as a Draft</source>
        <translation>Бұл нұсқаны жоба ретінде қалпына келтіру</translation>
    </message>
    <message>
        <source>Puts this text into the editor as unsaved edits; the page on disk changes only when you save.</source>
        <translation>Бұл мәтінді өңдегішке сақталмаған түзетулер ретінде қояды; дискідегі бет тек сақтағанда өзгереді.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>This language file did not exist in that version.</source>
        <translation>Ол нұсқада бұл тіл файлы болмаған.</translation>
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
    <message>
        <source>The preview does not follow links within the site: %1</source>
        <translation>Алдын ала қарау сайт ішіндегі сілтемелерге өтпейді: %1</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Сілтемені ашу</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

%1</source>
        <translation>Бұл сілтемені веб-браузерде ашасыз ба?

%1</translation>
    </message>
    <message>
        <source>This page cannot be saved yet:

%1</source>
        <translation>Бұл бетті әзірге сақтау мүмкін емес:

%1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Мәтінді өңдеу</translation>
    </message>
    <message>
        <source>Edit header</source>
        <translation>Тақырыптаманы өңдеу</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 өрісін өңдеу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Түзе&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Болдырма&amp;у</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Бет</translation>
    </message>
    <message>
        <source>&amp;Translate to</source>
        <translation>&amp;Аудару</translation>
    </message>
    <message>
        <source>&amp;Side by Side…</source>
        <translation>&amp;Қатар…</translation>
    </message>
    <message>
        <source>Tr&amp;anslations…</source>
        <translation>Ау&amp;дармалар…</translation>
    </message>
    <message>
        <source>(open a page of a multilingual site)</source>
        <translation>(көптілді сайттың бетін ашыңыз)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ашу: %1</translation>
    </message>
    <message>
        <source>Start %1 from %2</source>
        <translation>Аударманы бастау: %1 (%2 тілінен)</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Аударма</translation>
    </message>
    <message>
        <source>%1 has no %2 file to translate from.</source>
        <translation>%1 бетінде аударуға болатын %2 файлы жоқ.</translation>
    </message>
    <message>
        <source>The %1 translation was not created: %2</source>
        <translation>%1 аудармасы жасалмады: %2</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Қатар</translation>
    </message>
    <message>
        <source>Open a page that has a language file first.</source>
        <translation>Алдымен тіл файлы бар бетті ашыңыз.</translation>
    </message>
    <message>
        <source>This page has only one language. Start a translation with Page ▸ Translate to first.</source>
        <translation>Бұл беттің бір ғана тілі бар. Алдымен аударманы бастаңыз: Бет ▸ Аудару.</translation>
    </message>
    <message>
        <source>Start the %1 translation of %2 from its %3 text? It is created as a draft (not published).</source>
        <translation>%2 бетінің %1 аудармасын %3 мәтінінен бастау керек пе? Ол жоба ретінде жасалады (жарияланбайды).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation>&amp;Синхронды айналдыру</translation>
    </message>
    <message>
        <source>Scroll the preview with the text, and the text with the preview</source>
        <translation>Алдын ала қарауды мәтінмен бірге, ал мәтінді алдын ала қараумен бірге айналдыру</translation>
    </message>
    <message>
        <source>Add Gallery</source>
        <translation>Галерея қосу</translation>
    </message>
    <message>
        <source>Select a page first: the photos go into its folder.</source>
        <translation>Алдымен бетті таңдаңыз: фотосуреттер оның қалтасына сақталады.</translation>
    </message>
    <message>
        <source>These files were not imported:

%1</source>
        <translation>Мына файлдар импортталмады:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? %n page file(s) of this page still show it; their links will be broken.</source>
        <translation>
            <numerusform>%1 жойылсын ба? Оны осы беттің %n файлы көрсетеді; сілтемесі жұмыс істемей қалады.</numerusform>
            <numerusform>%1 жойылсын ба? Оны осы беттің %n файлы көрсетеді; сілтемелері жұмыс істемей қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 from the page&apos;s folder?</source>
        <translation>%1 бет қалтасынан жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Файлды жою</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Атын өзгерту</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 атын өзгерту</translation>
    </message>
    <message>
        <source>Media Order</source>
        <translation>Медиафайлдар реті</translation>
    </message>
    <message>
        <source>Add &amp;Gallery…</source>
        <translation>&amp;Галерея қосу…</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Жаңа жарияланым…</translation>
    </message>
    <message>
        <source>Typograph as You &amp;Type</source>
        <translation>Теру кезінде &amp;типографтау</translation>
    </message>
    <message>
        <source>Quotes, dashes, no-break spaces and ellipses are corrected in the paragraph you type.</source>
        <translation>Тырнақшалар, сызықшалар, үзілмейтін бос орындар мен көп нүктелер сіз теріп отырған азатжолда түзетіледі.</translation>
    </message>
    <message>
        <source>Typograph This &amp;Post</source>
        <translation>&amp;Жарияланымды типографтау</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Жаңа жарияланым</translation>
    </message>
    <message>
        <source>Open a site first (File ▸ Open Site…).</source>
        <translation>Алдымен сайтты ашыңыз (Файл ▸ Сайтты ашу…).</translation>
    </message>
    <message>
        <source>This site has no news section (a page using the blog template). Select the section in the tree first.</source>
        <translation>Бұл сайтта жаңалықтар бөлімі жоқ (blog үлгісін қолданатын бет). Алдымен ағаштан бөлімді таңдаңыз.</translation>
    </message>
    <message>
        <source>Typograph: nothing to change</source>
        <translation>Типограф: өзгертетін ештеңе жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Typograph: %n change(s)</source>
        <translation>
            <numerusform>Типограф: %n түзету</numerusform>
            <numerusform>Типограф: %n түзету</numerusform>
        </translation>
    </message>
    <message>
        <source>This page has changes to its files that are written when it is saved. Save the page now and then add the gallery?</source>
        <translation>Бұл беттің файлдарында сақтағанда жазылатын өзгерістер бар. Бетті қазір сақтап, содан кейін галерея қосу керек пе?</translation>
    </message>
    <message>
        <source>The folder for photos waiting for Save cannot be created.</source>
        <translation>Сақтауды күтіп тұрған фотосуреттерге арналған қалтаны жасау мүмкін емес.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added to the gallery; they are written to the page&apos;s folder when you save.</source>
        <translation>
            <numerusform>Галереяға %n фотосурет қосылды; олар сақтағанда беттің қалтасына жазылады.</numerusform>
            <numerusform>Галереяға %n фотосурет қосылды; олар сақтағанда беттің қалтасына жазылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renamed to %2 (written when you save).</source>
        <translation>%1 атауы %2 болып өзгертілді (сақтағанда жазылады).</translation>
    </message>
    <message>
        <source>The %1 translation was not created: %2 already exists.</source>
        <translation>%1 аудармасы жасалмады: %2 бұрыннан бар.</translation>
    </message>
    <message>
        <source>New %1: a draft with the %2 text to translate, written when you save</source>
        <translation>Жаңа %1: аударуға арналған %2 мәтіні бар жоба, сақтағанда жазылады</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>%1

Nothing was written; your text is still in the editor.</source>
        <translation>%1

Ештеңе жазылған жоқ; мәтініңіз әлі де редакторда.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Қайта жүктеу</translation>
    </message>
    <message>
        <source>Show the page as it is on disk now. Your unsaved edits are dropped.</source>
        <translation>Бетті дискідегі қазіргі күйінде көрсету. Сақталмаған түзетулеріңіз жойылады.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Менікін қалдыру</translation>
    </message>
    <message>
        <source>Keep your edits; saving replaces the version on disk. If you edited only the header or only the text, the other part follows the version on disk.</source>
        <translation>Түзетулеріңізді қалдыру; сақтағанда олар дискідегі нұсқаны алмастырады. Егер тек тақырыптаманы немесе тек мәтінді өңдесеңіз, екінші бөлігі дискідегі нұсқадан алынады.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Са&amp;лыстыру…</translation>
    </message>
    <message>
        <source>See the version on disk and yours side by side and take either, field by field and paragraph by paragraph.</source>
        <translation>Дискідегі нұсқа мен өз нұсқаңызды қатар қарап, өріс бойынша және азат жол бойынша кез келгенін таңдау.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Басқаша сақта&amp;у…</translation>
    </message>
    <message>
        <source>Save your version under another name.</source>
        <translation>Өз нұсқаңызды басқа атаумен сақтау.</translation>
    </message>
    <message>
        <source>%1 changed on disk and cannot be read now: %2</source>
        <translation>%1 дискіде өзгертілді және қазір оны оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program and has been reloaded.</source>
        <translation>%1 басқа бағдарламамен өзгертілді және қайта жүктелді.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted on disk.&lt;/b&gt; Your text is still here: Save writes the file again, or Save As… writes it under another name.</source>
        <translation>&lt;b&gt;%1 дискіде жойылды.&lt;/b&gt; Мәтініңіз әлі осында: «Сақтау» файлды қайта жазады, ал «Басқаша сақтау…» оны басқа атаумен жазады.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed on disk by another program.&lt;/b&gt; Your edits are not saved. Reload shows the version on disk, Keep Mine keeps yours, Compare shows both.</source>
        <translation>&lt;b&gt;%1 дискіде басқа бағдарламамен өзгертілді.&lt;/b&gt; Түзетулеріңіз сақталмаған. «Қайта жүктеу» дискідегі нұсқаны көрсетеді, «Менікін қалдыру» сіздің нұсқаңызды қалдырады, «Салыстыру» екеуін де көрсетеді.</translation>
    </message>
    <message>
        <source>Your version is kept; saving replaces the version on disk.</source>
        <translation>Сіздің нұсқаңыз қалдырылды; сақтағанда ол дискідегі нұсқаны алмастырады.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>Take Changes from Disk</source>
        <translation>Дискідегі өзгерістерді алу</translation>
    </message>
    <message>
        <source>Save Page As</source>
        <translation>Бетті басқаша сақтау</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new name.</source>
        <translation>%1 бұрыннан бар. Жаңа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>%1 ретінде сақталды</translation>
    </message>
    <message>
        <source>%1 is read-only, so GravDesk does not replace it. Save your version under another name?</source>
        <translation>%1 тек оқуға арналған, сондықтан GravDesk оны алмастырмайды. Өз нұсқаңызды басқа атаумен сақтайсыз ба?</translation>
    </message>
    <message>
        <source>The file was deleted since; Save creates it again.</source>
        <translation>Содан бері файл жойылған; «Сақтау» оны қайта жасайды.</translation>
    </message>
    <message>
        <source>The file was created since.</source>
        <translation>Содан бері файл жасалған.</translation>
    </message>
    <message>
        <source>The file cannot be compared with the edits.</source>
        <translation>Файлды түзетулермен салыстыру мүмкін емес.</translation>
    </message>
    <message>
        <source>The file changed on disk since.</source>
        <translation>Содан бері файл дискіде өзгерген.</translation>
    </message>
    <message>
        <source>Restored the unsaved text of %1; it is not saved yet</source>
        <translation>%1 сақталмаған мәтіні қалпына келтірілді; ол әлі сақталған жоқ</translation>
    </message>
    <message>
        <source>The page of %1 is not in the site any more</source>
        <translation>%1 беті енді сайтта жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Recovered text waiting in %n page(s): &lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;</source>
        <translation>
            <numerusform>Қалпына келтірілген мәтін %n бетте күтіп тұр: &lt;a href=&quot;open&quot;&gt;ашу&lt;/a&gt;</numerusform>
            <numerusform>Қалпына келтірілген мәтін %n бетте күтіп тұр: &lt;a href=&quot;open&quot;&gt;ашу&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>These pages hold recovered text that is put into the editor when you open them:
%1</source>
        <translation>Бұл беттерде қалпына келтірілген мәтін бар, оларды ашқанда ол редакторға қойылады:
%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>The site&apos;s address was not saved:

%1</source>
        <translation>Сайт мекенжайы сақталмады:

%1</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Келесі қойынды</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Алдыңғы қойынды</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Қойындыны жабу</translation>
    </message>
    <message>
        <source>Open in New Tab</source>
        <translation>Жаңа қойындыда ашу</translation>
    </message>
    <message>
        <source>%1 — not saved</source>
        <translation>%1 — сақталмаған</translation>
    </message>
    <message>
        <source>%1 is not in the site any more</source>
        <translation>%1 сайтта енді жоқ</translation>
    </message>
    <message>
        <source>Written First In</source>
        <translation>Алдымен жазылған тіл</translation>
    </message>
    <message>
        <source>The source language was not recorded: %1</source>
        <translation>Бастапқы тіл жазылмады: %1</translation>
    </message>
    <message>
        <source>Translations of this page now follow its %1 text</source>
        <translation>Бұл беттің аудармалары енді оның мына мәтініне сүйенеді: %1</translation>
    </message>
    <message>
        <source>%1, text line %2 (open)</source>
        <translation>%1, мәтіннің %2-жолы (ашық)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Файлдар қосу</translation>
    </message>
    <message>
        <source>Select a page first: the files go into its folder.</source>
        <translation>Алдымен бетті таңдаңыз: файлдар оның қалтасына түседі.</translation>
    </message>
    <message>
        <source>Nothing was attached:

%1</source>
        <translation>Ештеңе тіркелмеді:

%1</translation>
    </message>
    <message>
        <source>These files are added to the page&apos;s folder when you save the page:</source>
        <translation>Бұл файлдар бетті сақтаған кезде оның қалтасына қосылады:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Attach %1 as %2</source>
        <translation>%1 файлын %2 ретінде тіркеу</translation>
    </message>
    <message>
        <source>The folder for files waiting for Save cannot be created.</source>
        <translation>Сақтауды күтіп тұрған файлдарға арналған қалтаны жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 cannot be copied for the page; nothing was attached.</source>
        <translation>%1 файлын бетке көшіру мүмкін емес; ештеңе тіркелмеді.</translation>
    </message>
    <message numerus="yes">
        <source>Insert a link to %n file(s) at the cursor?</source>
        <translation>
            <numerusform>Курсор тұрған жерге %n файлға сілтеме қою керек пе?</numerusform>
            <numerusform>Курсор тұрған жерге %n файлға сілтеме қою керек пе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached; they are written to the page&apos;s folder when you save.</source>
        <translation>
            <numerusform>%n файл тіркелді; олар сақтаған кезде бет қалтасына жазылады.</numerusform>
            <numerusform>%n файл тіркелді; олар сақтаған кезде бет қалтасына жазылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to give this page a free slug</source>
        <translation>Бұл бетке бос слаг беру үшін екі рет басыңыз</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Атын өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Жылжыту…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Көшірмесін жасау</translation>
    </message>
    <message>
        <source>Change &amp;Template…</source>
        <translation>&amp;Үлгіні өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <source>Tras&amp;h…</source>
        <translation>&amp;Себет…</translation>
    </message>
    <message>
        <source>Selected &amp;Pages</source>
        <translation>Таңдалған &amp;беттер</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Жариялау</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>Жариялануын &amp;тоқтату</translation>
    </message>
    <message>
        <source>Add to &amp;Category…</source>
        <translation>&amp;Санатқа қосу…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Тег қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove from Category…</source>
        <translation>Санаттан &amp;алып тастау…</translation>
    </message>
    <message>
        <source>Remove T&amp;ag…</source>
        <translation>Т&amp;егті алып тастау…</translation>
    </message>
    <message numerus="yes">
        <source>%n Selected Pages</source>
        <translation>
            <numerusform>Таңдалған %n бет</numerusform>
            <numerusform>Таңдалған %n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>This Page</source>
        <translation>Осы бет</translation>
    </message>
    <message>
        <source>Show Page</source>
        <translation>Бетті көрсету</translation>
    </message>
    <message>
        <source>Fix Duplicate Slug…</source>
        <translation>Қайталанған слагты түзету…</translation>
    </message>
    <message>
        <source>%1 has unsaved edits, and this change moves or rewrites it. Save the page (or undo your edits) first; nothing was changed.</source>
        <translation>%1 ішінде сақталмаған түзетулер бар, ал бұл өзгеріс файлды жылжытады немесе қайта жазады. Алдымен бетті сақтаңыз (немесе түзетулерді болдырмаңыз); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The page was moved to the trash (Page ▸ Trash… brings it back).</source>
        <translation>Бет себетке жылжытылды (Бет ▸ Себет… оны қайтарады).</translation>
    </message>
    <message>
        <source>Opening the page at its new place…</source>
        <translation>Бет жаңа орнында ашылуда…</translation>
    </message>
    <message>
        <source>Rename Page</source>
        <translation>Беттің атын өзгерту</translation>
    </message>
    <message>
        <source>Rename the folder of “%1”. The page&apos;s address changes with it.</source>
        <translation>«%1» қалтасының атын өзгерту. Беттің мекенжайы да онымен бірге өзгереді.</translation>
    </message>
    <message>
        <source>New name of the folder “%1” (a slug keeps the number in front; the page&apos;s address follows it):</source>
        <translation>«%1» қалтасының жаңа аты (слагтың алдындағы нөмір сақталады; беттің мекенжайы соған қарай өзгереді):</translation>
    </message>
    <message>
        <source>Move Page</source>
        <translation>Бетті жылжыту</translation>
    </message>
    <message>
        <source>There is no page %1 in the site.</source>
        <translation>Сайтта %1 беті жоқ.</translation>
    </message>
    <message>
        <source>%1 is already there; nothing was changed.</source>
        <translation>%1 онсыз да сонда; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>жоғарғы деңгей</translation>
    </message>
    <message>
        <source>Move “%1” into %2.</source>
        <translation>«%1» бетін %2 ішіне жылжыту.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Жылжыту</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(жоғарғы деңгей)</translation>
    </message>
    <message>
        <source>Move “%1” into:</source>
        <translation>«%1» бетін мына жерге жылжыту:</translation>
    </message>
    <message>
        <source>Duplicate Page</source>
        <translation>Беттің көшірмесі</translation>
    </message>
    <message>
        <source>Copy “%1” with every language file and all its files beside it, under a free name.</source>
        <translation>«%1» бетін барлық тіл файлдарымен және барлық файлдарымен қоса жанына бос атаумен көшіру.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Көшірмесін жасау</translation>
    </message>
    <message>
        <source>Change Template</source>
        <translation>Үлгіні өзгерту</translation>
    </message>
    <message>
        <source>%1 has no page file.</source>
        <translation>%1 ішінде бет файлы жоқ.</translation>
    </message>
    <message>
        <source>“%1” uses the template %2. Its page files are renamed to the template:</source>
        <translation>«%1» %2 үлгісін пайдаланады. Оның бет файлдарының аты мына үлгіге сай өзгертіледі:</translation>
    </message>
    <message>
        <source>Use the template %1 for “%2”.</source>
        <translation>«%2» үшін %1 үлгісін пайдалану.</translation>
    </message>
    <message>
        <source>Delete Page</source>
        <translation>Бетті жою</translation>
    </message>
    <message>
        <source>Move “%1” to the trash. It is kept outside the site; Page ▸ Trash… brings it back.</source>
        <translation>«%1» бетін себетке жылжыту. Ол сайттан тыс сақталады; Бет ▸ Себет… оны қайтарады.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete Pages</source>
        <translation>Беттерді жою</translation>
    </message>
    <message numerus="yes">
        <source>Move %n page(s) to the trash in one change. They are kept outside the site; Page ▸ Trash… brings them back.</source>
        <translation>
            <numerusform>%n бетті бір өзгеріспен себетке жылжыту. Олар сайттан тыс сақталады; Бет ▸ Себет… оларды қайтарады.</numerusform>
            <numerusform>%n бетті бір өзгеріспен себетке жылжыту. Олар сайттан тыс сақталады; Бет ▸ Себет… оларды қайтарады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Page</source>
        <translation>Бетті қалпына келтіру</translation>
    </message>
    <message>
        <source>%1

Restore it under a free name instead?</source>
        <translation>%1

Оның орнына бос атаумен қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Put the page back into the site.</source>
        <translation>Бетті сайтқа қайтару.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Fix Duplicate Slug</source>
        <translation>Қайталанған слагты түзету</translation>
    </message>
    <message>
        <source>“%1” has the same address as another page in its section, so Grav shows only one of them. It gets a free slug made from its title:</source>
        <translation>«%1» бетінің мекенжайы өз бөліміндегі басқа беттікімен бірдей, сондықтан Grav олардың біреуін ғана көрсетеді. Оған атауынан жасалған бос слаг беріледі:</translation>
    </message>
    <message>
        <source>Reorder Pages</source>
        <translation>Беттердің реті</translation>
    </message>
    <message>
        <source>Put the pages of %1 in the new order. Only folders whose number must change are renamed.</source>
        <translation>%1 беттерін жаңа ретпен орналастыру. Тек нөмірі өзгеруі тиіс қалталардың аты өзгертіледі.</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Ретін өзгерту</translation>
    </message>
    <message>
        <source>Drag one page at a time to move it into another section; nothing was changed.</source>
        <translation>Беттерді басқа бөлімге жылжыту үшін оларды бір-бірден сүйреңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Publish Pages</source>
        <translation>Беттерді жариялау</translation>
    </message>
    <message>
        <source>Unpublish Pages</source>
        <translation>Беттердің жариялануын тоқтату</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n page(s) in every language (published: true).</source>
        <translation>
            <numerusform>%n бетті барлық тілде жариялау (published: true).</numerusform>
            <numerusform>%n бетті барлық тілде жариялау (published: true).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n page(s) from the site in every language (published: false).</source>
        <translation>
            <numerusform>%n бетті барлық тілде сайттан жасыру (published: false).</numerusform>
            <numerusform>%n бетті барлық тілде сайттан жасыру (published: false).</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Жариялануын тоқтату</translation>
    </message>
    <message>
        <source>Add to Category</source>
        <translation>Санатқа қосу</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Тег қосу</translation>
    </message>
    <message numerus="yes">
        <source>Category to add to %n page(s):</source>
        <translation>
            <numerusform>%n бетке қосылатын санат:</numerusform>
            <numerusform>%n бетке қосылатын санат:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n page(s):</source>
        <translation>
            <numerusform>%n бетке қосылатын тег:</numerusform>
            <numerusform>%n бетке қосылатын тег:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Category</source>
        <translation>Санаттан алып тастау</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Тегті алып тастау</translation>
    </message>
    <message>
        <source>None of the selected pages is in a category.</source>
        <translation>Таңдалған беттердің ешқайсысы санатқа кірмейді.</translation>
    </message>
    <message>
        <source>None of the selected pages has a tag.</source>
        <translation>Таңдалған беттердің ешқайсысында тег жоқ.</translation>
    </message>
    <message>
        <source>Category to remove the selected pages from:</source>
        <translation>Таңдалған беттер алынатын санат:</translation>
    </message>
    <message>
        <source>Tag to remove from the selected pages:</source>
        <translation>Таңдалған беттерден алынатын тег:</translation>
    </message>
    <message>
        <source>Change the header of every language file of the selected pages; nothing else in them changes.</source>
        <translation>Таңдалған беттердің әр тіл файлының тақырыптамасын өзгерту; олардағы басқа ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Жаңалықтар</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минут бұрын</numerusform>
            <numerusform>%n минут бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n сағат бұрын</numerusform>
            <numerusform>%n сағат бұрын</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clone Site…</source>
        <translation>Сайтты &amp;клондау…</translation>
    </message>
    <message>
        <source>&amp;Update from Server</source>
        <translation>Серверден &amp;жаңарту</translation>
    </message>
    <message>
        <source>Take what changed on the server; edits made on both sides in the same place are yours to decide</source>
        <translation>Серверде өзгергенді алу; екі жақта бір жерден жасалған түзетулер туралы өзіңіз шешесіз</translation>
    </message>
    <message>
        <source>Send this page (its language files and media) to the server as one change</source>
        <translation>Бұл бетті (тіл файлдары мен медиасын) серверге бір өзгеріс ретінде жіберу</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Тарих…</translation>
    </message>
    <message numerus="yes">
        <source>Published %n page(s) that were waiting for the server.</source>
        <translation>
            <numerusform>Серверді күткен %n бет жарияланды.</numerusform>
            <numerusform>Серверді күткен %n бет жарияланды.</numerusform>
        </translation>
    </message>
    <message>
        <source>↑%1 ↓%2</source>
        <translation>↑%1 ↓%2</translation>
    </message>
    <message>
        <source>server synced %1</source>
        <translation>сервер синхрондалды: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) queued</source>
        <translation>
            <numerusform>кезекте %n бет</numerusform>
            <numerusform>кезекте %n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>working…</source>
        <translation>жұмыс істеуде…</translation>
    </message>
    <message>
        <source>Publishing through git: %1</source>
        <translation>git арқылы жариялау: %1</translation>
    </message>
    <message>
        <source>%1 commit(s) here the server does not have, %2 on the server not here yet.</source>
        <translation>Мұнда бар, серверде жоқ коммиттер: %1; серверде бар, мұнда әлі жоқ коммиттер: %2.</translation>
    </message>
    <message>
        <source>Last checked with the server: %1.</source>
        <translation>Сервермен соңғы тексеру: %1.</translation>
    </message>
    <message>
        <source>Use File ▸ Update from Server to sign in.</source>
        <translation>Кіру үшін Файл ▸ Серверден жаңарту тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>%1 жариялануда…</translation>
    </message>
    <message>
        <source>Published “%1”. The site shows it when the server syncs.</source>
        <translation>«%1» жарияланды. Сервер синхрондалғанда сайт оны көрсетеді.</translation>
    </message>
    <message>
        <source>Nothing to publish: %1 is the same as on the server.</source>
        <translation>Жариялайтын ештеңе жоқ: %1 сервердегімен бірдей.</translation>
    </message>
    <message>
        <source>The server cannot be reached: “%1” waits and is published when it answers again.</source>
        <translation>Серверге қосылу мүмкін емес: «%1» күтіп тұр, сервер қайта жауап бергенде жарияланады.</translation>
    </message>
    <message>
        <source>Before %1 can be published, decide how to combine your edits with the server&apos;s.</source>
        <translation>%1 жарияламас бұрын өз түзетулеріңізді сервердегілермен қалай біріктіретініңізді шешіңіз.</translation>
    </message>
    <message>
        <source>%1 was not published:

%2</source>
        <translation>%1 жарияланбады:

%2</translation>
    </message>
    <message>
        <source>Updating from the server…</source>
        <translation>Серверден жаңартылуда…</translation>
    </message>
    <message>
        <source>Up to date with the server.</source>
        <translation>Сервермен бәрі сәйкес.</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n file(s) taken</source>
        <translation>
            <numerusform>Серверден жаңартылды: %n файл алынды</numerusform>
            <numerusform>Серверден жаңартылды: %n файл алынды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with your edits</source>
        <translation>
            <numerusform>%n файл түзетулеріңізбен біріктірілді</numerusform>
            <numerusform>%n файл түзетулеріңізбен біріктірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n файл жойылды</numerusform>
            <numerusform>%n файл жойылды</numerusform>
        </translation>
    </message>
    <message>
        <source>The server wants you to sign in; the update was not done.</source>
        <translation>Сервер кіруді талап етеді; жаңарту орындалмады.</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was updated. Your pages are as they were.</source>
        <translation>Серверге қосылу мүмкін емес; ештеңе жаңартылмады. Беттеріңіз бұрынғы күйінде.</translation>
    </message>
    <message>
        <source>Update from Server</source>
        <translation>Серверден жаңарту</translation>
    </message>
    <message>
        <source>Nothing was updated:

%1</source>
        <translation>Ештеңе жаңартылмады:

%1</translation>
    </message>
    <message>
        <source>Nothing was updated; your pages are as they were.</source>
        <translation>Ештеңе жаңартылмады; беттеріңіз бұрынғы күйінде.</translation>
    </message>
    <message>
        <source>Updating from the server with your decisions…</source>
        <translation>Шешімдеріңізбен серверден жаңартылуда…</translation>
    </message>
    <message>
        <source>The page was closed; nothing was restored.</source>
        <translation>Бет жабылды; ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>Restore Version of %1</source>
        <translation>%1 нұсқасын қалпына келтіру</translation>
    </message>
    <message>
        <source>The version of %1 (%2) is in the editor as unsaved edits; save to keep it.</source>
        <translation>%1 нұсқасы (%2) өңдегіште сақталмаған түзетулер ретінде тұр; қалдыру үшін сақтаңыз.</translation>
    </message>
    <message>
        <source>The server moved %1 to %2; your edits went with it.</source>
        <translation>Сервер %1 бетін %2 ішіне жылжытты; түзетулеріңіз онымен бірге көшірілді.</translation>
    </message>
    <message>
        <source>server may be stuck</source>
        <translation>сервер тұрып қалған болуы мүмкін</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) Windows cannot check out</source>
        <translation>
            <numerusform>Windows-та жарамсыз %n атау</numerusform>
            <numerusform>Windows-та жарамсыз %n атау</numerusform>
        </translation>
    </message>
    <message>
        <source>Names from the server that Windows cannot check out (rename them on the server):</source>
        <translation>Серверден келген, Windows шығара алмайтын атаулар (оларды серверде қайта атаңыз):</translation>
    </message>
    <message>
        <source>Windows cannot check out some names the server sent, in: %1.</source>
        <translation>Серверден келген кейбір атаулар Windows-та жарамсыз; беттер: %1.</translation>
    </message>
    <message>
        <source>No pages match the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сәйкес келетін бет жоқ.</translation>
    </message>
    <message>
        <source>Pages are reordered by dragging in the folder order without a search or filter: click the sorted column&apos;s header until the arrow goes, and clear the search.</source>
        <translation>Беттердің ретін сүйреп өзгертуге тек бумалар ретінде, іздеусіз және сүзгісіз болады: сұрыпталған бағанның тақырыбын нұсқар жоғалғанша басыңыз да, іздеуді тазалаңыз.</translation>
    </message>
    <message>
        <source>Find &amp;Page</source>
        <translation>Бетті &amp;табу</translation>
    </message>
    <message>
        <source>Folder Order</source>
        <translation>Бумалар реті</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>The tree&apos;s search and filters were cleared to show the page.</source>
        <translation>Бетті көрсету үшін ағаштағы іздеу мен сүзгілер тазартылды.</translation>
    </message>
    <message>
        <source>Find in &amp;Site…</source>
        <translation>&amp;Сайттан іздеу…</translation>
    </message>
    <message>
        <source>Undo Replace in Site</source>
        <translation>Сайттағы ауыстыруды болдырмау</translation>
    </message>
    <message>
        <source>Replace in Site</source>
        <translation>Сайтта ауыстыру</translation>
    </message>
    <message>
        <source>No match is ticked.</source>
        <translation>Бірде-бір сәйкестік белгіленбеген.</translation>
    </message>
    <message>
        <source>%1: left as it is, because it is open with unsaved edits. Save the page and replace again.</source>
        <translation>%1: өзгеріссіз қалды, себебі ол сақталмаған түзетулермен ашық. Бетті сақтап, қайта ауыстырыңыз.</translation>
    </message>
    <message>
        <source>%1: left as it is. %2</source>
        <translation>%1: өзгеріссіз қалды. %2</translation>
    </message>
    <message>
        <source>These pages changed since the search, so nothing was replaced:
%1

The results have been searched again; check them and replace again.</source>
        <translation>Бұл беттер іздеуден кейін өзгерді, сондықтан ештеңе ауыстырылмады:
%1

Іздеу қайта орындалды; нәтижелерді тексеріп, қайта ауыстырыңыз.</translation>
    </message>
    <message>
        <source>Nothing can be replaced:
%1</source>
        <translation>Ауыстыратын ештеңе жоқ:
%1</translation>
    </message>
    <message>
        <source>Replace %1 with “%2”? Edit ▸ Undo Replace in Site takes it back until the next save.</source>
        <translation>%1 «%2» мәтініне ауыстырылсын ба? «Түзету ▸ Сайттағы ауыстыруды болдырмау» келесі сақтауға дейін бәрін қайтарады.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n match(es)</source>
        <translation>
            <numerusform>%1: %n сәйкестік</numerusform>
            <numerusform>%1: %n сәйкестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n page(s)</source>
        <translation>
            <numerusform>%n бетте «%1» мәтінін «%2» мәтініне ауыстыру</numerusform>
            <numerusform>%n бетте «%1» мәтінін «%2» мәтініне ауыстыру</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced %1 in %2.</source>
        <translation>%2 %1 ауыстырылды.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бетте</numerusform>
            <numerusform>%n бетте</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has unsaved edits. Save the page (or undo your edits) first; nothing was undone.</source>
        <translation>%1 ішінде сақталмаған түзетулер бар. Алдымен бетті сақтаңыз (не түзетулерді болдырмаңыз); ештеңе қайтарылмады.</translation>
    </message>
    <message>
        <source>%1

A page changed after the replace, so nothing was undone.</source>
        <translation>%1

Ауыстырудан кейін бет өзгерді, сондықтан ештеңе қайтарылмады.</translation>
    </message>
    <message>
        <source>%1

Nothing was undone.</source>
        <translation>%1

Ештеңе қайтарылмады.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Қайтарылды: %1</translation>
    </message>
    <message>
        <source>%1 has been reloaded with the replaced text.</source>
        <translation>%1 ауыстырылған мәтінмен қайта жүктелді.</translation>
    </message>
    <message>
        <source>The page changed while you decided; nothing was updated. Update again.</source>
        <translation>Сіз шешіп жатқанда бет өзгерді; ештеңе жаңартылмады. Қайта жаңартыңыз.</translation>
    </message>
    <message>
        <source>Not every question was answered.</source>
        <translation>Барлық сұраққа жауап берілмеді.</translation>
    </message>
    <message>
        <source>Take Changes from the Server</source>
        <translation>Серверден өзгерістерді алу</translation>
    </message>
    <message>
        <source>&amp;Import Site Settings…</source>
        <translation>Сайт баптауларын &amp;импорттау…</translation>
    </message>
    <message>
        <source>Use a copy of the site&apos;s system.yaml and site.yaml where the site has no config/ folder (a Git Sync clone)</source>
        <translation>Сайтта config/ қалтасы жоқ болса (Git Sync клоны), оның system.yaml мен site.yaml көшірмесін қолдану</translation>
    </message>
    <message>
        <source>Import Site Settings</source>
        <translation>Сайт баптауларын импорттау</translation>
    </message>
    <message>
        <source>Open a site first, then import its settings.</source>
        <translation>Алдымен сайтты ашыңыз, содан кейін оның баптауларын импорттаңыз.</translation>
    </message>
    <message>
        <source>Import system.yaml and site.yaml</source>
        <translation>system.yaml мен site.yaml импорттау</translation>
    </message>
    <message>
        <source>Grav settings (system.yaml site.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Grav баптаулары (system.yaml site.yaml *.yaml *.yml);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Imported %1 for this site.</source>
        <translation>Бұл сайт үшін %1 импортталды.</translation>
    </message>
    <message>
        <source>Languages %1 found · &lt;a href=&quot;import&quot;&gt;Import Site Settings…&lt;/a&gt;</source>
        <translation>%1 тілдері файлдардан анықталды · &lt;a href=&quot;import&quot;&gt;Сайт баптауларын импорттау…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>GravDesk::MarkdownFormat</name>
    <message>
        <source>Column 1</source>
        <translation>1-баған</translation>
    </message>
    <message>
        <source>Column 2</source>
        <translation>2-баған</translation>
    </message>
</context>
<context>
    <name>GravDesk::MediaPanel</name>
    <message>
        <source>Media of this page</source>
        <translation>Беттің медиафайлдары</translation>
    </message>
    <message>
        <source>Drag to change the order (media_order); double-click to insert at the cursor.</source>
        <translation>Ретін өзгерту үшін сүйреңіз (media_order); екі рет шерту сілтемені курсор тұрған жерге қояды.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Кірістіру</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>Add Gallery…</source>
        <translation>Галерея қосу…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Атын өзгерту</translation>
    </message>
    <message>
        <source>New name for %1 (the page&apos;s links to it are updated in every language):</source>
        <translation>%1 үшін жаңа атау (оған сілтемелер беттің барлық тілінде жаңартылады):</translation>
    </message>
    <message>
        <source>New: written to the page&apos;s folder when you save</source>
        <translation>Жаңа: сақтағанда беттің қалтасына жазылады</translation>
    </message>
    <message>
        <source>Renamed from %1 when you save</source>
        <translation>Сақтағанда %1 атауынан өзгертіледі</translation>
    </message>
    <message>
        <source>Deleted when you save (Ctrl+Z brings it back)</source>
        <translation>Сақтағанда жойылады (Ctrl+Z оны қайтарады)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <source>Attach documents (PDF, DOCX, PPTX …) to the page; photos go to Add Gallery.</source>
        <translation>Бетке құжаттарды (PDF, DOCX, PPTX …) тіркеу; фотосуреттер «Галерея қосу» арқылы қосылады.</translation>
    </message>
</context>
<context>
    <name>GravDesk::NewPost</name>
    <message>
        <source>Cannot write the header field “%1”: %2</source>
        <translation>«%1» өрісін бет тақырыпшасына жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>There is no such section.</source>
        <translation>Мұндай бөлім жоқ.</translation>
    </message>
    <message>
        <source>The site has no language “%1” (it has %2).</source>
        <translation>Сайтта «%1» тілі жоқ (бары: %2).</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Тақырып бос.</translation>
    </message>
    <message>
        <source>The slug “%1” is already used by “%2” in this section; choose another slug.</source>
        <translation>«%1» атауын осы бөлімдегі «%2» беті қолданып отыр; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder “%1” already exists.</source>
        <translation>«%1» қалтасы бұрыннан бар.</translation>
    </message>
    <message>
        <source>new post %1</source>
        <translation>жаңа жазба %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::NewPostDialog</name>
    <message>
        <source>In the site&apos;s time zone (%1)</source>
        <translation>Сайттың уақыт белдеуінде (%1)</translation>
    </message>
    <message>
        <source>The post&apos;s title in the chosen language</source>
        <translation>Таңдалған тілдегі жарияланым тақырыбы</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits and hyphens. Follows the title until you edit it.</source>
        <translation>Кіші латын әріптері, цифрлар және дефистер. Өзгерткенше тақырыпқа сәйкес жазылады.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>title</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>Empty: a draft titled “%1”</source>
        <translation>Бос қалса: «%1» тақырыбымен жоба</translation>
    </message>
</context>
<context>
    <name>GravDesk::NewsModel</name>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
</context>
<context>
    <name>GravDesk::NewsView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
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
    <name>GravDesk::PageEditor</name>
    <message>
        <source>Typograph</source>
        <translation>Типограф</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageFilterBar</name>
    <message>
        <source>With problems</source>
        <translation>Мәселелері бар</translation>
    </message>
    <message>
        <source>Search titles, slugs, folders and text (any case, ё = е)</source>
        <translation>Тақырыптардан, слагтардан, бумалардан және мәтіннен іздеу (кез келген регистр, ё = е)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Кез келген тіл</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Тілсіз: %1</translation>
    </message>
    <message>
        <source>Any category or tag</source>
        <translation>Кез келген санат не тег</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageFormWidget</name>
    <message>
        <source>No page selected</source>
        <translation>Бет таңдалмаған</translation>
    </message>
    <message>
        <source>Grav reads this header only with its legacy parser: %1</source>
        <translation>Grav беттің бұл тақырыптамасын тек ескі талдағышы арқылы ғана оқи алады: %1</translation>
    </message>
    <message>
        <source>No form for this page: %1</source>
        <translation>Бұл бетке арналған форма жоқ: %1</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Басқа қасиеттер</translation>
    </message>
    <message>
        <source>(structured value: edit it in the YAML tab)</source>
        <translation>(құрылымды мән: оны YAML қойындысында өзгертіңіз)</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1-жол, %2-баған: %3</translation>
    </message>
    <message>
        <source>The page keeps its last valid header until this is fixed.</source>
        <translation>Бұл түзетілгенге дейін бет өзінің соңғы жарамды тақырыптамасын сақтайды.</translation>
    </message>
    <message>
        <source>The YAML tab has an error: %1</source>
        <translation>YAML қойындысында қате бар: %1</translation>
    </message>
    <message>
        <source>Grav rejects this header (line %1 in the YAML tab, line %2 of the file): %3. Fix it in the YAML tab.</source>
        <translation>Grav беттің бұл тақырыптамасын қабылдамайды (YAML қойындысындағы %1-жол, файлдағы %2-жол): %3. Оны YAML қойындысында түзетіңіз.</translation>
    </message>
    <message>
        <source>Grav rejects this header: %1. Fix it in the YAML tab.</source>
        <translation>Grav беттің бұл тақырыптамасын қабылдамайды: %1. Оны YAML қойындысында түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageIndex</name>
    <message>
        <source>The pages folder leads outside the site, to %1; GravDesk opens its pages read-only.</source>
        <translation>Беттер қалтасы сайттан тыс жерге, %1 орнына апарады; GravDesk оның беттерін тек оқу үшін ашады.</translation>
    </message>
    <message>
        <source>“%1” is %2, not a regular file: GravDesk does not open it, and Grav cannot publish it</source>
        <translation>«%1» — %2, кәдімгі файл емес: GravDesk оны ашпайды, ал Grav оны жариялай алмайды</translation>
    </message>
    <message>
        <source>“%1” is a link to %2, outside the site; GravDesk opens it read-only.</source>
        <translation>«%1» — сайттан тыс %2 файлына сілтеме; GravDesk оны тек оқу үшін ашады.</translation>
    </message>
    <message>
        <source>the folder link “%1” leads back to “%2”, a folder it is in: GravDesk does not follow it (Grav would loop)</source>
        <translation>«%1» қалта сілтемесі өзі орналасқан «%2» қалтасына қайта апарады: GravDesk оған өтпейді (Grav тұйықталып қалар еді)</translation>
    </message>
    <message>
        <source>the folder link “%1” leads outside the site, to %2: GravDesk does not list or change what is there</source>
        <translation>«%1» қалта сілтемесі сайттан тыс жерге, %2 орнына апарады: GravDesk ондағыны көрсетпейді және өзгертпейді</translation>
    </message>
    <message>
        <source>the folder link “%1” leads to a folder another link already showed: GravDesk lists it once</source>
        <translation>«%1» қалта сілтемесі басқа сілтеме арқылы көрсетілген қалтаға апарады: GravDesk оны бір рет көрсетеді</translation>
    </message>
    <message>
        <source>folder name contains &quot;%1&quot; (system.param_sep): Grav skips this folder and everything in it</source>
        <translation>қалта атауында «%1» бар (system.param_sep): Grav бұл қалтаны және ішіндегінің бәрін өткізіп жібереді</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name before &quot;.md&quot; contains a dot that is not a site language, so Grav ignores this file; rename it (e.g. &quot;%2&quot;)</source>
        <translation>«%1»: файл атауында «.md» алдында сайт тілін білдірмейтін нүкте бар, сондықтан Grav бұл файлды елемейді; атын өзгертіңіз (мысалы, «%2»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: language &quot;%2&quot; is not one of the site&apos;s languages (%3), so Grav ignores this file</source>
        <translation>«%1»: «%2» тілі сайт тілдерінің (%3) бірі емес, сондықтан Grav бұл файлды елемейді</translation>
    </message>
    <message>
        <source>this folder holds page files with different names (%1): Grav picks one per language unpredictably; keep one name for all languages</source>
        <translation>бұл қалтада әртүрлі аталған бет файлдары бар (%1): Grav әр тіл үшін біреуін кездейсоқ таңдайды; барлық тілге бір атау қалдырыңыз</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; is also used by %2: both have the same URL and Grav shows only one of them, unpredictably</source>
        <translation>«%1» слагын %2 да қолданады: екеуінің URL мекенжайы бірдей, Grav кездейсоқ тек біреуін ғана көрсетеді</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; is also used by %2 (languages: %3): both have the same URL and Grav shows only one of them, unpredictably</source>
        <translation>«%1» слагын %2 да қолданады (тілдер: %3): екеуінің URL мекенжайы бірдей, Grav кездейсоқ тек біреуін ғана көрсетеді</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: Grav cannot read its header and publishes the whole file as text</source>
        <translation>файл жарамды UTF-8 емес: Grav оның тақырыптамасын оқи алмайды және бүкіл файлды мәтін ретінде жариялайды</translation>
    </message>
    <message>
        <source>Grav rejects this header and publishes an &quot;Invalid Frontmatter&quot; page instead: %1</source>
        <translation>Grav бұл тақырыптаманы қабылдамайды және беттің орнына «Invalid Frontmatter» бетін жариялайды: %1</translation>
    </message>
    <message>
        <source>Grav reads this header only with its legacy parser: %1</source>
        <translation>Grav беттің бұл тақырыптамасын тек ескі талдағышы арқылы ғана оқи алады: %1</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; cannot be read, so Grav uses the file&apos;s modification time instead</source>
        <translation>«%1» күнін оқу мүмкін емес, сондықтан Grav оның орнына файлдың өзгертілген уақытын қолданады</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 — Grav would refuse this configuration file; its values are ignored here</source>
        <translation>%1:%2: %3 — Grav бұл баптау файлын қабылдамас еді; оның мәндері мұнда ескерілмейді</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the unquoted date %2 is read by Grav as a number (Unix time), not as the text you see; write it in quotes: &apos;%2&apos;</source>
        <translation>«%1»: тырнақшасыз %2 күнін Grav көріп тұрған мәтін ретінде емес, сан (Unix уақыты) ретінде оқиды; оны тырнақшаға алыңыз: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a list item: the unquoted date %1 is read by Grav as a number (Unix time), not as the text you see; write it in quotes: &apos;%1&apos;</source>
        <translation>тізім элементі: тырнақшасыз %1 күнін Grav көріп тұрған мәтін ретінде емес, сан (Unix уақыты) ретінде оқиды; оны тырнақшаға алыңыз: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is text for Grav, not a yes/no value (and any text but &quot;0&quot; counts as true); write true or false</source>
        <translation>«%1»: «%2» Grav үшін иә/жоқ мәні емес, мәтін (ал «0»-ден басқа кез келген мәтін ақиқат деп саналады); true немесе false деп жазыңыз</translation>
    </message>
    <message>
        <source>a list item: &quot;%1&quot; is text for Grav, not a yes/no value (and any text but &quot;0&quot; counts as true); write true or false</source>
        <translation>тізім элементі: «%1» Grav үшін иә/жоқ мәні емес, мәтін (ал «0»-ден басқа кез келген мәтін ақиқат деп саналады); true немесе false деп жазыңыз</translation>
    </message>
    <message>
        <source>the line is indented with a tab: Grav reads it as four spaces, but other YAML tools reject it and Grav&apos;s admin re-indents it when it saves; indent with spaces</source>
        <translation>жол табуляциямен шегінген: Grav оны төрт бос орын деп оқиды, бірақ басқа YAML құралдары оны қабылдамайды, ал Grav әкімшілік панелі сақтағанда шегіністі өзгертеді; бос орынмен шегініңіз</translation>
    </message>
    <message>
        <source>the site has no address (system.yaml custom_base_url, or site_url in user/config/plugins/gravdesk.yaml): external links are not marked as on the site</source>
        <translation>сайттың мекенжайы жоқ (system.yaml ішіндегі custom_base_url немесе user/config/plugins/gravdesk.yaml ішіндегі site_url): сыртқы сілтемелер сайтқа апаратын деп белгіленбейді</translation>
    </message>
    <message>
        <source>a link that leads nowhere</source>
        <translation>ешқайда апармайтын сілтеме</translation>
    </message>
    <message>
        <source>the pages folder</source>
        <translation>беттер қалтасы</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — Grav&apos;s admin would refuse to save this page</source>
        <translation>%1 (%2): %3 — Grav әкімшілік панелі бұл бетті сақтаудан бас тартар еді</translation>
    </message>
    <message>
        <source>The link “%1” leads to “%2”, which does not exist: readers get a broken link.</source>
        <translation>«%1» сілтемесі «%2» дегенге апарады, ал ол жоқ: оқырмандар жұмыс істемейтін сілтеме көреді.</translation>
    </message>
    <message>
        <source>The image “%1” leads to “%2”, which does not exist: readers see a broken image.</source>
        <translation>«%1» суреті «%2» дегенге апарады, ал ол жоқ: оқырмандар ашылмайтын сурет көреді.</translation>
    </message>
    <message>
        <source>The header has no closing “---” line: Grav does not see a header and publishes its lines as text.</source>
        <translation>Тақырыптаманың жабатын «---» жолы жоқ: Grav тақырыптаманы көрмейді және оның жолдарын мәтін ретінде жариялайды.</translation>
    </message>
    <message>
        <source>The closing “---” is glued to the end of “%1”: it must stand on a line of its own, or Grav does not find the header where it ends.</source>
        <translation>Жабатын «---» «%1» жолының соңына жабысып тұр: ол бөлек жолда тұруы керек, әйтпесе Grav тақырыптаманың қай жерде аяқталатынын таппайды.</translation>
    </message>
    <message>
        <source>The file starts with “%1” but has no “---” line above it: Grav sees no header and publishes these lines as text.</source>
        <translation>Файл «%1» жолынан басталады, бірақ оның үстінде «---» жолы жоқ: Grav тақырыптаманы көрмейді және бұл жолдарды мәтін ретінде жариялайды.</translation>
    </message>
    <message>
        <source>“%1” is Twig, but process.twig is not on for this page (in system.yaml or the page header): Grav shows it as text.</source>
        <translation>«%1» — Twig, бірақ бұл бет үшін process.twig қосылмаған (system.yaml ішінде немесе бет тақырыптамасында): Grav оны мәтін ретінде көрсетеді.</translation>
    </message>
    <message>
        <source>The summary delimiter “%1” is right under a line of text: Markdown makes that text a heading and the summary is lost. Leave an empty line above the delimiter.</source>
        <translation>«%1» аңдатпа бөлгіші мәтін жолының дәл астында тұр: Markdown ол мәтінді тақырыпқа айналдырады да, аңдатпа жоғалады. Бөлгіштің үстіне бос жол қалдырыңыз.</translation>
    </message>
    <message>
        <source>“[%1]” is never closed with “[/%1]”: the shortcode gets no content, and the text meant for it shows outside it.</source>
        <translation>«[%1]» «[/%1]» тегімен жабылмаған: шорткодтың мазмұны болмайды, ал оған арналған мәтін одан тыс көрсетіледі.</translation>
    </message>
    <message>
        <source>The line starts with “---”: under a line of text Markdown makes that text a heading, and Grav takes such a line for the end of a header when the header above is broken. Write *** for a horizontal rule.</source>
        <translation>Жол «---» белгісінен басталады: мәтін жолының астында Markdown ол мәтінді тақырыпқа айналдырады, ал жоғарыдағы тақырыптама бұзылса, Grav мұндай жолды оның соңы деп қабылдайды. Көлденең сызық үшін *** деп жазыңыз.</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageOperations</name>
    <message>
        <source>The new folder name is empty.</source>
        <translation>Жаңа қалта атауы бос.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a page folder&apos;s name: it must not start with a dot or hold a slash.</source>
        <translation>«%1» бет қалтасының атауы бола алмайды: ол нүктеден басталмауы және қиғаш сызық қамтымауы керек.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a page folder&apos;s name: Grav skips folders whose name holds &quot;%2&quot;.</source>
        <translation>«%1» бет қалтасының атауы бола алмайды: Grav атауында «%2» бар қалталарды өткізіп жібереді.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a page folder&apos;s name: it holds a control character.</source>
        <translation>«%1» бет қалтасының атауы бола алмайды: онда басқару таңбасы бар.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 атауын %2 деп өзгерту</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 бетін %2 орнына жылжыту</translation>
    </message>
    <message>
        <source>Restore the page from the trash as %1</source>
        <translation>Бетті себеттен %1 ретінде қалпына келтіру</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>%1 бетін %2 ретінде көшіру</translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>%1 бетін себетке жылжыту</translation>
    </message>
    <message>
        <source>Attach %1 as %2</source>
        <translation>%1 файлын %2 ретінде тіркеу</translation>
    </message>
    <message>
        <source>Change the slug in %1</source>
        <translation>%1 ішіндегі слагты өзгерту</translation>
    </message>
    <message>
        <source>Update the links in %1 (%2):</source>
        <translation>%1 ішіндегі сілтемелерді жаңарту (%2):</translation>
    </message>
    <message>
        <source>line %1: %2 → %3</source>
        <translation>%1-жол: %2 → %3</translation>
    </message>
    <message>
        <source>The link %1 in %2 (line %3) points to the page but could not be updated.</source>
        <translation>%2 ішіндегі %1 сілтемесі (%3-жол) бетке апарады, бірақ оны жаңарту мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>Мұндай бет жоқ.</translation>
    </message>
    <message>
        <source>The page %1 cannot be moved into itself.</source>
        <translation>%1 бетін өзінің ішіне жылжытуға болмайды.</translation>
    </message>
    <message>
        <source>The page %1 is already there; nothing changes.</source>
        <translation>%1 беті онсыз да сонда; ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The address %1 is already used by %2; choose another slug (for example %3).</source>
        <translation>%1 мекенжайын %2 беті пайдаланып отыр; басқа слаг таңдаңыз (мысалы, %3).</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 бетін жылжыту</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 атауын өзгерту</translation>
    </message>
    <message>
        <source>The new order of %1 must name every page in it once.</source>
        <translation>%1 ішіндегі жаңа ретте әр бет бір реттен аталуы керек.</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>%1 ішіндегі ретті өзгерту</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 бетін көшіру</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a template name: use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>«%1» үлгі атауы бола алмайды: әріптерді, цифрларды, «-» және «_» таңбаларын қолданыңыз.</translation>
    </message>
    <message>
        <source>%1 has no page file.</source>
        <translation>%1 ішінде бет файлы жоқ.</translation>
    </message>
    <message>
        <source>%1 already uses the template %2; nothing changes.</source>
        <translation>%1 онсыз да %2 үлгісін пайдаланады; ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>%1 already exists; GravDesk does not replace it.</source>
        <translation>%1 бұрыннан бар; GravDesk оны алмастырмайды.</translation>
    </message>
    <message>
        <source>Change the template of %1</source>
        <translation>%1 үлгісін өзгерту</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) inside %1 go to the trash with it.</source>
        <translation>
            <numerusform>%1 ішіндегі %n бет онымен бірге себетке кетеді.</numerusform>
            <numerusform>%1 ішіндегі %n бет онымен бірге себетке кетеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 бетін жою</translation>
    </message>
    <message>
        <source>%1 does not share its slug with another page; nothing to fix.</source>
        <translation>%1 слагы басқа бетпен қайталанбайды; түзететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The slug %1 is used by another page in the same section; for example %2 is free.</source>
        <translation>%1 слагын сол бөлімдегі басқа бет пайдаланады; мысалы, %2 бос.</translation>
    </message>
    <message>
        <source>Fix the duplicate slug of %1</source>
        <translation>%1 бетінің қайталанған слагын түзету</translation>
    </message>
    <message>
        <source>%1 is %2; files over 50 MB are not attached to pages (put them on a file server and link to them).</source>
        <translation>%1 көлемі %2; 50 МБ-тан асатын файлдар беттерге тіркелмейді (оларды файл серверіне салып, сілтеме беріңіз).</translation>
    </message>
    <message>
        <source>%1 is %2: readers on mobile data will wait for it. Files over 5 MB are best made smaller.</source>
        <translation>%1 көлемі %2: мобильді интернеттегі оқырмандар оны күтуге мәжбүр болады. 5 МБ-тан асатын файлдарды кішірейткен жөн.</translation>
    </message>
    <message>
        <source>No file to attach.</source>
        <translation>Тіркейтін файл жоқ.</translation>
    </message>
    <message>
        <source>Attach files to %1</source>
        <translation>%1 бетіне файлдар тіркеу</translation>
    </message>
    <message>
        <source>%1 has no extension (such as .pdf or .docx): Grav does not accept it as a page&apos;s file.</source>
        <translation>%1 файлының кеңейтімі жоқ (мысалы, .pdf не .docx): Grav оны бет файлы ретінде қабылдамайды.</translation>
    </message>
    <message>
        <source>%1 is a .%2 file, which Grav refuses to take as an upload.</source>
        <translation>%1 — .%2 файлы, Grav мұндай файлдарды жүктеуге қабылдамайды.</translation>
    </message>
    <message>
        <source>%1 would become a page file; attach Markdown files as .txt instead.</source>
        <translation>%1 бет файлына айналар еді; Markdown файлдарын .txt ретінде тіркеңіз.</translation>
    </message>
    <message>
        <source>The page operation was not planned.</source>
        <translation>Бетпен әрекет дайындалмаған.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ештеңе жойылмады.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 жазылмайды.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The link %1 cannot be copied.</source>
        <translation>%1 символдық сілтемесін көшіру мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 cannot be copied.</source>
        <translation>%1 көшірілмейді.</translation>
    </message>
    <message>
        <source>The trash folder cannot be created in %1.</source>
        <translation>%1 ішінде себет қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>No new entry can be made in the trash folder %1.</source>
        <translation>%1 себет қалтасында жаңа жазба жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The trash record %1 cannot be written.</source>
        <translation>%1 себет жазбасын жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>There is no page %1 in the trash.</source>
        <translation>Себетте %1 беті жоқ.</translation>
    </message>
    <message>
        <source>The page %1 cannot be restored: the section %2 it was in no longer exists.</source>
        <translation>%1 бетін қалпына келтіру мүмкін емес: ол тұрған %2 бөлімі енді жоқ.</translation>
    </message>
    <message>
        <source>The page %1 cannot be restored: %2 is taken now. Restore it under a free name instead.</source>
        <translation>%1 бетін қалпына келтіру мүмкін емес: %2 қазір бос емес. Оны бос атаумен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The page %1 cannot be restored: no free name was found.</source>
        <translation>%1 бетін қалпына келтіру мүмкін емес: бос атау табылмады.</translation>
    </message>
    <message>
        <source>The page comes back as %1, since %2 is taken.</source>
        <translation>%2 бос болмағандықтан, бет %1 ретінде қайтады.</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 бетін қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>GravDesk::PagePlanDialog</name>
    <message>
        <source>&amp;Update links in other pages</source>
        <translation>Басқа беттердегі сілтемелерді &amp;жаңарту</translation>
    </message>
    <message>
        <source>Rewrite the links of other pages that point to the pages that move, in the style they were written in. Without it those links stay as they are and lead nowhere.</source>
        <translation>Басқа беттердің жылжитын беттерге апаратын сілтемелерін өздері жазылған түрде қайта жазу. Онсыз ол сілтемелер өзгеріссіз қалып, ешқайда апармайды.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
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
    <message>
        <source>Publishing: %1</source>
        <translation>Жариялау: %1</translation>
    </message>
    <message>
        <source>Publish queued: it is sent when the server can be reached.</source>
        <translation>Жариялау кезекте тұр: сервер қолжетімді болғанда жіберіледі.</translation>
    </message>
</context>
<context>
    <name>GravDesk::PreviewView</name>
    <message>
        <source>The summary shown in the news list ends here</source>
        <translation>Жаңалықтар тізімінде көрсетілетін аңдатпа осы жерде аяқталады</translation>
    </message>
    <message>
        <source>This page is too large to preview in full; the preview shows its first %1 KB.</source>
        <translation>Бет толық алдын ала қарау үшін тым үлкен; оның алғашқы %1 КБ көрсетілген.</translation>
    </message>
    <message>
        <source>Grav rejects this page&apos;s header and would publish the error page below.</source>
        <translation>Grav бұл беттің тақырыптамасын қабылдамайды және оның орнына төмендегі қате бетін жариялайды.</translation>
    </message>
    <message>
        <source>Twig</source>
        <translation>Twig</translation>
    </message>
    <message>
        <source>Shortcode</source>
        <translation>Шорткод</translation>
    </message>
    <message>
        <source>summary ▴ · ▾ full text</source>
        <translation>аңдатпа ▴ · ▾ толық мәтін</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Алдыңғы сурет</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Келесі сурет</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>%1-сурет</translation>
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
    <message>
        <source>Pages (*.md)</source>
        <translation>Беттер (*.md)</translation>
    </message>
    <message>
        <source>Sign In to the Server</source>
        <translation>Серверге кіру</translation>
    </message>
    <message>
        <source>The site’s server asks:
%1</source>
        <translation>Сайт сервері сұрайды:
%1</translation>
    </message>
</context>
<context>
    <name>GravDesk::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Сақталмаған өзгерістерді қалпына келтіру</translation>
    </message>
    <message>
        <source>GravDesk was closed before these pages were saved. Restore puts your unsaved text back into the editors, still unsaved: nothing is written until you save.</source>
        <translation>GravDesk бұл беттер сақталмай тұрып жабылды. «Қалпына келтіру» сақталмаған мәтініңізді редакторларға қайтарады, бірақ ол сақталмаған күйінде қалады: сіз сақтамайынша ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unsaved since</source>
        <translation>Қашаннан бері сақталмаған</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <source>Some files changed on disk after your edits began. Restored text still replaces them in the editor; compare before you save.</source>
        <translation>Түзетулеріңіз басталғаннан кейін кейбір файлдар дискіде өзгерді. Қалпына келтірілген мәтін бәрібір оларды редакторда алмастырады; сақтамас бұрын салыстырыңыз.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Forget these unsaved edits</source>
        <translation>Бұл сақталмаған түзетулерді ұмыту</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Кейін шешу</translation>
    </message>
    <message>
        <source>Keep them and ask again the next time this site is opened</source>
        <translation>Оларды қалдырып, осы сайт келесі рет ашылғанда қайта сұрау</translation>
    </message>
</context>
<context>
    <name>GravDesk::RecoveryJournal</name>
    <message>
        <source>The recovery entry %1 cannot be used: %2.</source>
        <translation>%1 қалпына келтіру жазбасын пайдалану мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>cannot remove the recovery entry %1</source>
        <translation>%1 қалпына келтіру жазбасын жою мүмкін емес</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%2-байтта: %1</translation>
    </message>
    <message>
        <source>not an entry object</source>
        <translation>жазба нысаны емес</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>белгісіз пішім</translation>
    </message>
    <message>
        <source>no page, header or body</source>
        <translation>бет, тақырыптама немесе мәтін жоқ</translation>
    </message>
    <message>
        <source>the header is not Base64</source>
        <translation>тақырыптама Base64 пішімінде емес</translation>
    </message>
    <message>
        <source>a change of the page&apos;s folder is damaged</source>
        <translation>бет қалтасының өзгерісі бүлінген</translation>
    </message>
</context>
<context>
    <name>GravDesk::SafeFile</name>
    <message>
        <source>“%1” is %2, not a regular file; GravDesk does not open it.</source>
        <translation>«%1» — %2, кәдімгі файл емес; GravDesk оны ашпайды.</translation>
    </message>
    <message>
        <source>“%1” is %2; GravDesk opens page files up to %3.</source>
        <translation>«%1» көлемі — %2; GravDesk %3 дейінгі бет файлдарын ашады.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» жоқ.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>«%1» оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>қалта</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>атаулы арна (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>символдық құрылғы</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>блоктық құрылғы</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>символдық сілтеме</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>арнайы файл</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>“%1” leads outside the site, to %2; GravDesk does not write there.</source>
        <translation>«%1» сайттан тыс жерге, %2 орнына апарады; GravDesk онда жазбайды.</translation>
    </message>
    <message>
        <source>“%1” is read-only; use Save As.</source>
        <translation>«%1» тек оқуға арналған; «Басқаша сақтау» әрекетін қолданыңыз.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; GravDesk opens page files up to %2.</source>
        <translation>«%1» көлемі %2 асады; GravDesk %2 дейінгі бет файлдарын ашады.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SaveCheck</name>
    <message>
        <source>The text about to be written is not valid UTF-8, so Grav would not read its header.</source>
        <translation>Жазылатын мәтін жарамды UTF-8 емес, сондықтан Grav оның тақырыптамасын оқи алмас еді.</translation>
    </message>
    <message>
        <source>The text starts with a block between two “---” lines. Grav would read it as the page&apos;s header, not as text. Add a blank line or other text before the first “---” line.</source>
        <translation>Мәтін екі «---» жолының арасындағы блоктан басталады. Grav оны мәтін ретінде емес, беттің тақырыптамасы ретінде оқыр еді. Бірінші «---» жолының алдына бос жол немесе басқа мәтін қосыңыз.</translation>
    </message>
    <message>
        <source>Grav would find no header in the file about to be written: it would publish the header as text, without the title, and ignore settings such as “published”. Check that the header is not empty.</source>
        <translation>Grav жазылатын файлдан тақырыптаманы таппас еді: ол тақырыптаманы тақырыпсыз, мәтін ретінде жариялап, «published» сияқты баптауларды елемес еді. Тақырыптаманың бос емес екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Line %1 of the header starts with “---”. Grav ends the header at such a line and would publish the rest as text. Remove the line or indent it.</source>
        <translation>Тақырыптаманың %1-жолы «---» белгісінен басталады. Grav тақырыптаманы осындай жолда аяқтайды да, қалғанын мәтін ретінде жариялар еді. Бұл жолды жойыңыз немесе оны шегініспен жазыңыз.</translation>
    </message>
    <message>
        <source>The header is empty. Grav needs at least one line between the “---” lines.</source>
        <translation>Тақырыптама бос. Grav үшін «---» жолдарының арасында кемінде бір жол болуы керек.</translation>
    </message>
    <message>
        <source>The header Grav would read from the file differs from the header shown, so nothing was written. Check the header&apos;s first and last lines.</source>
        <translation>Grav файлдан оқитын тақырыптама көрсетілген тақырыптамадан өзгеше, сондықтан ештеңе жазылған жоқ. Тақырыптаманың бірінші және соңғы жолдарын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>Set by the site&apos;s system.yaml (custom_base_url).</source>
        <translation>Сайттың system.yaml файлында берілген (custom_base_url).</translation>
    </message>
    <message>
        <source>The site has no address yet. Enter the address it is published at, so that the preview shows links to it as Grav does (not as external links).</source>
        <translation>Сайттың әлі мекенжайы жоқ. Алдын ала қарау оған сілтемелерді Grav сияқты көрсетуі үшін (сыртқы сілтеме ретінде емес), сайт жарияланған мекенжайды енгізіңіз.</translation>
    </message>
    <message>
        <source>Links to this address are the site&apos;s own; saved in the site&apos;s user/config/plugins/gravdesk.yaml.</source>
        <translation>Бұл мекенжайға сілтемелер — сайттың өз сілтемелері; сайттың user/config/plugins/gravdesk.yaml файлында сақталады.</translation>
    </message>
    <message>
        <source>“%1” is not a site address: enter it as https://example.com (with http:// or https://).</source>
        <translation>«%1» сайт мекенжайы емес: оны https://example.com түрінде енгізіңіз (http:// немесе https:// арқылы).</translation>
    </message>
</context>
<context>
    <name>GravDesk::SideBySideWindow</name>
    <message>
        <source>%1 — side by side</source>
        <translation>%1 — қатар</translation>
    </message>
    <message>
        <source>The paragraph with the cursor is highlighted on both sides; scrolling one side scrolls the other to the same paragraph.</source>
        <translation>Курсор тұрған азат жол екі жақта да белгіленеді; бір жағын айналдырғанда екіншісі сол азат жолға айналады.</translation>
    </message>
    <message>
        <source>&amp;Save Both</source>
        <translation>&amp;Екеуін де сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>Бетті ашу</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>%1 cannot be saved yet:

%2</source>
        <translation>%1 әзірге сақталмайды:

%2</translation>
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
    <message>
        <source>%1 does not exist</source>
        <translation>%1 жоқ</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 қалта емес</translation>
    </message>
    <message>
        <source>%1 holds no Grav pages: expected user/pages/ (a Grav installation), pages/ (a user folder or a Git Sync clone)</source>
        <translation>%1 ішінде Grav беттері жоқ: user/pages/ (Grav орнатылымы) немесе pages/ (user қалтасы не Git Sync клоны) күтілген</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteProfile</name>
    <message>
        <source>Name a system.yaml or site.yaml to import.</source>
        <translation>Импорттау үшін system.yaml немесе site.yaml файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 жоқ.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2): %3. Nothing was imported.</source>
        <translation>%1 — жарамсыз YAML (%2-жол): %3. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 holds no settings. Nothing was imported.</source>
        <translation>%1 ішінде баптау жоқ. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 is a system.yaml or a site.yaml: give it one of these names. Nothing was imported.</source>
        <translation>%1 — system.yaml ма, әлде site.yaml ма, анықтау мүмкін емес: файлға осы атаулардың бірін беріңіз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 and %2 are both a %3.yaml: import one of them. Nothing was imported.</source>
        <translation>%1 және %2 — екеуі де %3.yaml: біреуін ғана импорттаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1: languages must be a map (supported:, default_lang: …). Nothing was imported.</source>
        <translation>%1: languages сөздік болуы керек (supported:, default_lang: …). Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The site has its own %1: it is used, and the imported copy only while the site has none.</source>
        <translation>Сайттың өз %1 файлы бар: сол қолданылады, ал импортталған көшірме тек ол жоқ кезде ғана қолданылады.</translation>
    </message>
    <message>
        <source>Languages %1 found from the page files; import the site&apos;s system.yaml for its exact settings.</source>
        <translation>%1 тілдері бет файлдарынан анықталды; сайттың нақты баптаулары үшін оның system.yaml файлын импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteReplace</name>
    <message numerus="yes">
        <source>The replacement refers to group %1, but the expression has %n group(s).</source>
        <translation>
            <numerusform>Ауыстыру %1-топқа сілтейді, ал өрнекте %n топ бар.</numerusform>
            <numerusform>Ауыстыру %1-топқа сілтейді, ал өрнекте %n топ бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing valid to search for.</source>
        <translation>Іздеуге жарамды сұрау жоқ.</translation>
    </message>
    <message>
        <source>A folder name is not replaced here: rename the page instead.</source>
        <translation>Қалта атауы мұнда ауыстырылмайды: оның орнына бетті қайта атаңыз.</translation>
    </message>
    <message>
        <source>The file changed since the search: line %1 no longer holds the match.</source>
        <translation>Файл іздеуден кейін өзгерді: %1-жолда сәйкестік енді жоқ.</translation>
    </message>
    <message>
        <source>The expression no longer matches at line %1.</source>
        <translation>Өрнек %1-жолда енді сәйкес келмейді.</translation>
    </message>
    <message>
        <source>A title or slug is replaced within its line only (line %1).</source>
        <translation>Тақырып не slug тек өз жолының ішінде ауыстырылады (%1-жол).</translation>
    </message>
    <message>
        <source>The replaced text would change where Grav finds the page&apos;s header.</source>
        <translation>Ауыстырудан кейін Grav беттің тақырыптамасын басқа жерден табар еді.</translation>
    </message>
    <message>
        <source>The replaced title or slug would change where Grav finds the page&apos;s header.</source>
        <translation>Тақырып не slug ауыстырылса, Grav беттің тақырыптамасын басқа жерден табар еді.</translation>
    </message>
    <message>
        <source>The replaced title or slug would make the header invalid: %1</source>
        <translation>Тақырып не slug ауыстырылса, тақырыптама жарамсыз болар еді: %1</translation>
    </message>
    <message>
        <source>The replaced title or slug would change the header&apos;s keys.</source>
        <translation>Тақырып не slug ауыстырылса, тақырыптаманың кілттері өзгерер еді.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteSearch</name>
    <message>
        <source>The text to search for is empty.</source>
        <translation>Ізделетін мәтін бос.</translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression: %2.</source>
        <translation>«%1» — жарамсыз тұрақты өрнек: %2.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteSettings</name>
    <message>
        <source>the address is empty</source>
        <translation>мекенжай бос</translation>
    </message>
    <message>
        <source>the address must start with http:// or https://</source>
        <translation>мекенжай http:// немесе https:// деп басталуы керек</translation>
    </message>
    <message>
        <source>the address has no host name</source>
        <translation>мекенжайда хост атауы жоқ</translation>
    </message>
    <message>
        <source>the address must be only the site&apos;s scheme, host and path</source>
        <translation>мекенжай тек сайттың схемасынан, хостынан және жолынан тұруы керек</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteWatcher</name>
    <message>
        <source>Changes made by other programs are not shown: the system refused a file watcher (%1).</source>
        <translation>Басқа бағдарламалар енгізген өзгерістер көрсетілмейді: жүйе файлдарды бақылауға рұқсат бермеді (%1).</translation>
    </message>
    <message>
        <source>Some folders are not watched for changes by other programs (%1); use File ▸ Reload Site after such changes.</source>
        <translation>Кейбір қалталарда басқа бағдарламалар енгізетін өзгерістер бақыланбайды (%1); мұндай өзгерістерден кейін Файл ▸ Сайтты қайта жүктеу пәрменін пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SpellCheckController</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>&amp;Емлені тексеру</translation>
    </message>
    <message>
        <source>Underline words that the Kazakh, Russian and English dictionaries do not know</source>
        <translation>Қазақ, орыс және ағылшын сөздіктерінде жоқ сөздердің астын сызу</translation>
    </message>
    <message>
        <source>No dictionary is installed for: %1 (Debian packages hunspell-kk, hunspell-ru, hunspell-en-us)</source>
        <translation>Мына тілдерге сөздік орнатылмаған: %1 (Debian бумалары hunspell-kk, hunspell-ru, hunspell-en-us)</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Емле</translation>
    </message>
    <message>
        <source>The site&apos;s word list %1 cannot be read: %2</source>
        <translation>Сайттың сөз тізімін (%1) оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>(No suggestions)</source>
        <translation>(Ұсыныс жоқ)</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>«%1» сөзін сөздікке &amp;қосу</translation>
    </message>
    <message>
        <source>Adds the word to the site&apos;s word list, which everyone editing this site shares</source>
        <translation>Сөзді осы сайтты өңдейтіндердің бәріне ортақ сайт сөздігіне қосады</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Сөздікке қосу</translation>
    </message>
    <message>
        <source>“%1” could not be added to the site&apos;s word list: %2</source>
        <translation>«%1» сөзін сайт сөздігіне қосу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>«%1» сөзін &amp;елемеу</translation>
    </message>
    <message>
        <source>Accepts the word until GravDesk is closed</source>
        <translation>GravDesk жабылғанша сөзді дұрыс деп санау</translation>
    </message>
</context>
<context>
    <name>GravDesk::SpellChecker</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 оқылмайды</translation>
    </message>
    <message>
        <source>%1: the encoding %2 is not supported</source>
        <translation>%1: %2 кодтамасына қолдау жоқ</translation>
    </message>
    <message>
        <source>No %1 dictionary is installed (%2.aff, %2.dic).</source>
        <translation>%1 сөздігі орнатылмаған (%2.aff, %2.dic).</translation>
    </message>
    <message>
        <source>No site is open, so there is no word list.</source>
        <translation>Сайт ашылмаған, сондықтан сөз тізімі жоқ.</translation>
    </message>
    <message>
        <source>“%1” is not a word.</source>
        <translation>«%1» сөз емес.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>GravDesk::TextStatsLabel</name>
    <message>
        <source>Title: %1/%2</source>
        <translation>Тақырып: %1/%2</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Сипаттама жоқ</translation>
    </message>
    <message>
        <source>Description: %1/%2</source>
        <translation>Сипаттама: %1/%2</translation>
    </message>
    <message>
        <source>%1 words · %2 characters (%3 without spaces) · %4 min read</source>
        <translation>%1 сөз · %2 таңба (бос орынсыз %3) · оқу %4 мин</translation>
    </message>
    <message>
        <source>Reading time at %1 words per minute.
Search engines show about %2 characters of a title and %3–%4 of the description (metadata.description).</source>
        <translation>Оқу уақыты минутына %1 сөз жылдамдығымен есептелген.
Іздеу жүйелері тақырыптың шамамен %2 таңбасын және сипаттаманың (metadata.description) %3–%4 таңбасын көрсетеді.</translation>
    </message>
</context>
<context>
    <name>GravDesk::Translations</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 оқу мүмкін емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language to translate into</source>
        <translation>«%1» — аударуға болатын тіл емес</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 бұрыннан бар</translation>
    </message>
    <message>
        <source>cannot read the %1 file of this page</source>
        <translation>бұл беттің %1 тіліндегі файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the %1 header cannot be copied: %2</source>
        <translation>%1 тіліндегі тақырыптаманы көшіру мүмкін емес: %2</translation>
    </message>
    <message>
        <source>created, but the translation record was not written: %1</source>
        <translation>жасалды, бірақ аударма жазбасы сақталмады: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>«%1» — тіл коды емес.</translation>
    </message>
</context>
<context>
    <name>GravDesk::TranslationsDialog</name>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>No site is open.</source>
        <translation>Сайт ашылмаған.</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Беттер оқылуда…</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Double-click to start this translation from the %1 text.</source>
        <translation>Бұл аударманы %1 мәтінінен бастау үшін екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>older than its source</source>
        <translation>дереккөзінен ескі</translation>
    </message>
    <message>
        <source>The %1 text changed after this translation was last saved.</source>
        <translation>Бұл аударма соңғы рет сақталғаннан кейін %1 мәтіні өзгерді.</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n.</source>
        <translation>
            <numerusform>Жоқ: %n.</numerusform>
            <numerusform>Жоқ: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than their source: %n.</source>
        <translation>
            <numerusform>Дереккөзінен ескі: %n.</numerusform>
            <numerusform>Дереккөзінен ескі: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row to open it, or to start a missing translation from its source.</source>
        <translation>Жолды ашу немесе жетіспейтін аударманы дереккөзінен бастау үшін оны екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>draft, not translated</source>
        <translation>жоба, аударылмаған</translation>
    </message>
    <message>
        <source>Created as a draft from the %1 text and still titled “%2”: nobody has translated it yet.</source>
        <translation>%1 мәтінінен жоба ретінде жасалған және әлі «%2» деп аталады: оны әзірге ешкім аудармаған.</translation>
    </message>
    <message>
        <source>Every page has all the site&apos;s languages translated, and no translation is older than its source.</source>
        <translation>Әр бетте сайттың барлық тілдері аударылған, және ешбір аударма өз дереккөзінен ескі емес.</translation>
    </message>
    <message numerus="yes">
        <source>Drafts not translated: %n.</source>
        <translation>
            <numerusform>Аударылмаған жобалар: %n.</numerusform>
            <numerusform>Аударылмаған жобалар: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Себет бос.</translation>
    </message>
    <message>
        <source>Pages deleted from this site. They are kept outside the site, in GravDesk&apos;s own folder; Restore puts one back where it was.</source>
        <translation>Осы сайттан жойылған беттер. Олар сайттан тыс, GravDesk-тің өз қалтасында сақталады; «Қалпына келтіру» бетті бұрынғы орнына қайтарады.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Was at</source>
        <translation>Бұрынғы орны</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылған уақыты</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>GravDesk::Vcs</name>
    <message>
        <source>“%1” has a character Windows does not allow in file names</source>
        <translation>«%1» атауында Windows файл атауларында рұқсат етпейтін таңба бар</translation>
    </message>
    <message>
        <source>“%1” ends with a dot or a space, which Windows does not allow</source>
        <translation>«%1» нүктемен немесе бос орынмен аяқталады, Windows мұны рұқсат етпейді</translation>
    </message>
    <message>
        <source>“%1” uses a name Windows reserves</source>
        <translation>«%1» Windows сақтаған атауды пайдаланады</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>синхрондалған</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>мұнда өзгертілген</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>серверде өзгертілген</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>екі жақта да өзгертілген</translation>
    </message>
    <message>
        <source>moved on the server</source>
        <translation>серверде жылжытылған</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>серверде жойылған</translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation>шешім қажет</translation>
    </message>
    <message>
        <source>The site is not in a git repository: %1</source>
        <translation>Сайт git репозиторийінде емес: %1</translation>
    </message>
    <message>
        <source>The repository is not on a branch (detached HEAD); it needs repair before syncing.</source>
        <translation>Репозиторий тармақта емес (detached HEAD); синхрондау алдында оны жөндеу қажет.</translation>
    </message>
    <message>
        <source>The repository&apos;s settings cannot be written.</source>
        <translation>Репозиторий баптауларын жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Fetching from the server failed: %1</source>
        <translation>Серверден деректерді алу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>The server&apos;s branch %1 is not known here yet (fetch first).</source>
        <translation>Сервердің %1 тармағы мұнда әлі белгісіз (алдымен серверден деректерді алыңыз).</translation>
    </message>
    <message>
        <source>This copy has commits the server does not have (or the server&apos;s history was rewritten); it needs repair before syncing.</source>
        <translation>Бұл көшірмеде серверде жоқ коммиттер бар (немесе сервер тарихы қайта жазылған); синхрондау алдында оны жөндеу қажет.</translation>
    </message>
    <message>
        <source>The server&apos;s version cannot be read.</source>
        <translation>Сервер нұсқасын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>“%1” is outside the synced folders and is never published.</source>
        <translation>«%1» синхрондалатын қалталардан тыс орналасқан және ешқашан жарияланбайды.</translation>
    </message>
    <message>
        <source>“%1” is larger than 50 MB and cannot be published; make it smaller.</source>
        <translation>«%1» 50 МБ-тан үлкен, оны жариялау мүмкін емес; көлемін азайтыңыз.</translation>
    </message>
    <message>
        <source>“%1” is larger than 5 MB; every copy of the site keeps it for good.</source>
        <translation>«%1» 5 МБ-тан үлкен; сайттың әр көшірмесі оны мәңгі сақтайды.</translation>
    </message>
    <message>
        <source>“%1” is not a page of the synced folders.</source>
        <translation>«%1» синхрондалатын қалталардың беті емес.</translation>
    </message>
    <message>
        <source>Pushing to the server failed: %1</source>
        <translation>Серверге жіберу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>The server kept changing while publishing; try again.</source>
        <translation>Жариялау кезінде сервер өзгеруін тоқтатпады; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>git could not be started</source>
        <translation>git іске қосылмады</translation>
    </message>
    <message>
        <source>git did not answer in time and was stopped</source>
        <translation>git уақытында жауап бермеді және тоқтатылды</translation>
    </message>
    <message>
        <source>Git is not installed (or not on PATH). Publishing through git is off; everything else works as before.</source>
        <translation>Git орнатылмаған (немесе PATH ішінде жоқ). Git арқылы жариялау өшірілген; қалғанының бәрі бұрынғыдай жұмыс істейді.</translation>
    </message>
    <message>
        <source>Git could not be run (%1). Publishing through git is off; everything else works as before.</source>
        <translation>Git іске қосылмады (%1). Git арқылы жариялау өшірілген; қалғанының бәрі бұрынғыдай жұмыс істейді.</translation>
    </message>
    <message>
        <source>Git %1 is too old (%2.%3 or newer is needed). Publishing through git is off; everything else works as before.</source>
        <translation>Git %1 тым ескі (%2.%3 немесе жаңасы қажет). Git арқылы жариялау өшірілген; қалғанының бәрі бұрынғыдай жұмыс істейді.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The field “%1” as edited is not valid: %2</source>
        <translation>Сіз өңдеген «%1» өрісі жарамсыз: %2</translation>
    </message>
    <message>
        <source>it must start with “%1:”.</source>
        <translation>ол «%1:» деп басталуы керек.</translation>
    </message>
    <message>
        <source>The site lies inside a git repository that is not its own (%1); publishing through git needs the site&apos;s own repository, with the pages folder at its root or in its user folder.</source>
        <translation>Сайт өзіне тиесілі емес git репозиторийінің ішінде жатыр (%1); git арқылы жариялау үшін сайттың өз репозиторийі керек: pages қалтасы оның түбірінде немесе user қалтасында болуы тиіс.</translation>
    </message>
    <message>
        <source>“%1” and “%2” differ only in upper and lower case, which Windows cannot hold side by side</source>
        <translation>«%1» мен «%2» тек бас және кіші әріппен ғана ерекшеленеді, ал Windows-та мұндай файлдар қатар тұра алмайды</translation>
    </message>
    <message numerus="yes">
        <source>The server may be stuck: %n publish(es) since %1 have no Git Sync commit after them, so the site may not have them. If the server runs Git Sync 2.3.2, its sync stops for good once a publish arrives between two admin saves: run “git config pull.rebase false” in the site&apos;s user/ folder on the server, or upgrade Git Sync to 3.1.0 or newer.</source>
        <translation>
            <numerusform>Сервер тұрып қалған болуы мүмкін: %1 бастап жасалған %n жариялаудан кейін Git Sync бірде-бір коммит жасамаған, сондықтан олар сайтта болмауы мүмкін. Серверде Git Sync 2.3.2 тұрса, жариялау админкадағы екі сақтаудың арасында келгенде оның синхрондауы біржола тоқтайды: сервердегі сайттың user/ қалтасында «git config pull.rebase false» орындаңыз немесе Git Sync-ті 3.1.0 не одан жаңа нұсқаға жаңартыңыз.</numerusform>
            <numerusform>Сервер тұрып қалған болуы мүмкін: %1 бастап жасалған %n жариялаудан кейін Git Sync бірде-бір коммит жасамаған, сондықтан олар сайтта болмауы мүмкін. Серверде Git Sync 2.3.2 тұрса, жариялау админкадағы екі сақтаудың арасында келгенде оның синхрондауы біржола тоқтайды: сервердегі сайттың user/ қалтасында «git config pull.rebase false» орындаңыз немесе Git Sync-ті 3.1.0 не одан жаңа нұсқаға жаңартыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rebase started outside GravDesk is not finished; finish or abort it (git rebase --continue or git rebase --abort) before syncing. The repository needs repair; nothing was changed.</source>
        <translation>GravDesk-тен тыс басталған қайта негіздеу (rebase) аяқталмаған; синхрондау алдында оны аяқтаңыз немесе тоқтатыңыз (git rebase --continue немесе git rebase --abort). Репозиторийді қалпына келтіру керек; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>A merge started outside GravDesk is not finished; finish or abort it (git commit or git merge --abort) before syncing. The repository needs repair; nothing was changed.</source>
        <translation>GravDesk-тен тыс басталған біріктіру аяқталмаған; синхрондау алдында оны аяқтаңыз немесе тоқтатыңыз (git commit немесе git merge --abort). Репозиторийді қалпына келтіру керек; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>A cherry-pick started outside GravDesk is not finished; finish or abort it (git cherry-pick --continue or git cherry-pick --abort) before syncing. The repository needs repair; nothing was changed.</source>
        <translation>GravDesk-тен тыс басталған коммитті көшіру (cherry-pick) аяқталмаған; синхрондау алдында оны аяқтаңыз немесе тоқтатыңыз (git cherry-pick --continue немесе git cherry-pick --abort). Репозиторийді қалпына келтіру керек; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>A revert started outside GravDesk is not finished; finish or abort it (git revert --continue or git revert --abort) before syncing. The repository needs repair; nothing was changed.</source>
        <translation>GravDesk-тен тыс басталған коммитті болдырмау (revert) аяқталмаған; синхрондау алдында оны аяқтаңыз немесе тоқтатыңыз (git revert --continue немесе git revert --abort). Репозиторийді қалпына келтіру керек; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The server has no branch “%1” (it may have been renamed, for example to main): clone the site again, or set the branch this copy follows.</source>
        <translation>Серверде «%1» тармағы жоқ (оның аты өзгертілген болуы мүмкін, мысалы main деп): сайтты қайта клондаңыз немесе осы көшірме ілесетін тармақты көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>GravDesk::VcsController</name>
    <message>
        <source>Checking the server…</source>
        <translation>Сервер тексерілуде…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Желіде</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Кіру қажет</translation>
    </message>
    <message>
        <source>Git missing</source>
        <translation>Git жоқ</translation>
    </message>
    <message>
        <source>Repository needs repair</source>
        <translation>Репозиторийді жөндеу қажет</translation>
    </message>
    <message>
        <source>Branch missing on the server</source>
        <translation>Серверде тармақ жоқ</translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <source>%1 is not an image GravDesk can read (JPEG, PNG, WebP or HEIC)</source>
        <translation>%1 — GravDesk оқи алатын сурет емес (JPEG, PNG, WebP немесе HEIC)</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 ашылмады</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2)</source>
        <translation>%1 файлы бүлінген немесе толық емес (%2)</translation>
    </message>
    <message>
        <source>%1 is not a HEIC image GravDesk can read (%2)</source>
        <translation>%1 — GravDesk оқи алатын HEIC суреті емес (%2)</translation>
    </message>
    <message>
        <source>%1 is a HEIC image; this build of GravDesk cannot read HEIC</source>
        <translation>%1 — HEIC суреті; GravDesk-тің бұл нұсқасы HEIC оқи алмайды</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file ends before the picture does)</source>
        <translation>%1 толық емес (файл сурет біткенше үзіліп қалған)</translation>
    </message>
    <message>
        <source>%1 could not be encoded (%2)</source>
        <translation>%1 кодталмады (%2)</translation>
    </message>
</context>
<context>
    <name>MediaFiles</name>
    <message>
        <source>&quot;%1&quot; cannot be used as a file name (it must work on Windows and Linux).</source>
        <translation>«%1» файл атауы бола алмайды (ол Windows пен Linux жүйесінде жұмыс істеуі керек).</translation>
    </message>
    <message>
        <source>%1 already exists in this folder.</source>
        <translation>%1 бұл қалтада бар.</translation>
    </message>
    <message>
        <source>The header of %1 cannot be updated (%2); nothing was changed.</source>
        <translation>%1 тақырыпшасы жаңартылмады (%2); ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>%1 атауын %2 етіп өзгерту</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>media order</source>
        <translation>медиафайлдар реті</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1 жойылмады.</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation>Жаңа жарияланым</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Бөлім:</translation>
    </message>
    <message>
        <source>Title &amp;language:</source>
        <translation>Тақырып &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;URL атауы:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Published (the other languages are created as drafts to translate)</source>
        <translation>&amp;Жариялау (басқа тілдерде аударуға арналған жобалар жасалады)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Languages and titles:</source>
        <translation>Тілдер мен тақырыптар:</translation>
    </message>
</context>
<context>
    <name>PageCompare</name>
    <message>
        <source>The two headers cannot be combined field by field (one of them is not valid YAML). Take one header whole.</source>
        <translation>Екі тақырыптаманы өріс бойынша біріктіру мүмкін емес (олардың бірі жарамды YAML емес). Бір тақырыптаманы толығымен алыңыз.</translation>
    </message>
    <message>
        <source>The field “%1” cannot be taken over: %2</source>
        <translation>«%1» өрісін көшіру мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language at once; your open page stays open.</source>
        <translation>Терезе бірден жаңа тілде қайта құрылады; ашық бет ашық күйінде қалады.</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>Сайт &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
</context>
<context>
    <name>SiteWorkspace</name>
    <message>
        <source>no free journal name</source>
        <translation>журналға бос атау жоқ</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>%1 жылжыту мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 could not be put in place: %2</source>
        <translation>%1 орнына қою мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 is outside the site; GravDesk does not write there.</source>
        <translation>%1 сайттан тыс; GravDesk онда жазбайды.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>%1 leads outside the site through a link; GravDesk does not write there.</source>
        <translation>%1 сілтеме арқылы сайттан тыс жерге апарады; GravDesk онда жазбайды.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; GravDesk does not change it.</source>
        <translation>%1 кәдімгі файл емес; GravDesk оны өзгертпейді.</translation>
    </message>
    <message>
        <source>%1 is a link to nothing; GravDesk does not write through it.</source>
        <translation>%1 — ештеңеге апармайтын сілтеме; GravDesk ол арқылы жазбайды.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside the site; GravDesk does not write there.</source>
        <translation>%1 — сайттан тыс %2 файлына сілтеме; GravDesk онда жазбайды.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 is read-only; use Save As.</source>
        <translation>%1 тек оқуға арналған; «Басқаша сақтау» пәрменін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>This change was already carried out or dropped.</source>
        <translation>Бұл өзгеріс бұрын орындалған немесе бас тартылған.</translation>
    </message>
    <message>
        <source>%1 is moved twice in one change.</source>
        <translation>%1 бір өзгерісте екі рет жылжытылады.</translation>
    </message>
    <message>
        <source>The new file for %1 was not prepared.</source>
        <translation>%1 үшін жаңа файл дайындалмаған.</translation>
    </message>
    <message>
        <source>%1 is written twice in one change.</source>
        <translation>%1 бір өзгерісте екі рет жазылады.</translation>
    </message>
    <message>
        <source>%1 already exists; GravDesk does not replace it.</source>
        <translation>%1 бұрыннан бар; GravDesk оны алмастырмайды.</translation>
    </message>
    <message>
        <source>The state folder %1 cannot be created.</source>
        <translation>%1 қызметтік қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The journal of this change cannot be written: %1</source>
        <translation>Бұл өзгерістің журналын жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 cannot be synced to disk.</source>
        <translation>%1 дискіге жазып бекіту мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 already exists; it was created by another program.</source>
        <translation>%1 бұрыннан бар: оны басқа бағдарлама жасады.</translation>
    </message>
    <message>
        <source>%1 was changed by another program; nothing was written.</source>
        <translation>%1 басқа бағдарламамен өзгертілді; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>%1 was removed by another program; nothing was written.</source>
        <translation>%1 басқа бағдарламамен жойылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 сақталмады: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 бұрыннан бар.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>%1 қалтасын жасау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>өзгеріс</translation>
    </message>
    <message>
        <source>An interrupted change (%1) was rolled back: the site is as it was before it.</source>
        <translation>Үзілген өзгеріс (%1) кері қайтарылды: сайт оған дейінгі күйінде.</translation>
    </message>
    <message>
        <source>An interrupted change (%1) was completed.</source>
        <translation>Үзілген өзгеріс (%1) аяқталды.</translation>
    </message>
    <message>
        <source>An interrupted change (%1) could not be completed: %2</source>
        <translation>Үзілген өзгерісті (%1) аяқтау мүмкін болмады: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary file(s) left by an interrupted run were removed.</source>
        <translation>
            <numerusform>Үзілген іске қосудан қалған %n уақытша файл жойылды.</numerusform>
            <numerusform>Үзілген іске қосудан қалған %n уақытша файл жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lies in a folder this change also moves or removes.</source>
        <translation>%1 осы өзгеріс жылжытатын не жоятын қалтада тұр.</translation>
    </message>
    <message>
        <source>The new folder for %1 was not prepared beside it.</source>
        <translation>%1 үшін жаңа қалта оның жанында дайындалмаған.</translation>
    </message>
</context>
</TS>
