<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GravDesk</source>
        <translation>О программе GravDesk</translation>
    </message>
    <message>
        <source>A desktop editor for Grav flat-file news sites: browse the posts, edit them in Kazakh, Russian and English, and save exactly what Grav will publish.</source>
        <translation>Настольный редактор новостных сайтов на Grav: просматривайте записи, редактируйте их на казахском, русском и английском и сохраняйте ровно то, что опубликует Grav.</translation>
    </message>
</context>
<context>
    <name>BlueprintValidator</name>
    <message>
        <source>required, but not set</source>
        <translation>обязательное поле, но не задано</translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>обязательное поле, но пустое</translation>
    </message>
    <message>
        <source>must be true or false, is a list</source>
        <translation>должно быть true или false, а здесь список</translation>
    </message>
    <message>
        <source>must be true or false, is “%1”</source>
        <translation>должно быть true или false, а здесь «%1»</translation>
    </message>
    <message>
        <source>must be a whole number, is “%1”</source>
        <translation>должно быть целым числом, а здесь «%1»</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>must be a number, is “%1”</source>
        <translation>должно быть числом, а здесь «%1»</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>должно быть не меньше %1, а здесь %2</translation>
    </message>
    <message>
        <source>must be at most %1, is %2</source>
        <translation>должно быть не больше %1, а здесь %2</translation>
    </message>
    <message>
        <source>must be text, is %1</source>
        <translation>должно быть текстом, а здесь %1</translation>
    </message>
    <message numerus="yes">
        <source>must have at least %n characters</source>
        <translation>
            <numerusform>должно содержать не меньше %n символа</numerusform>
            <numerusform>должно содержать не меньше %n символов</numerusform>
            <numerusform>должно содержать не меньше %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n characters</source>
        <translation>
            <numerusform>должно содержать не больше %n символа</numerusform>
            <numerusform>должно содержать не больше %n символов</numerusform>
            <numerusform>должно содержать не больше %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>должно быть одной строкой</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>must be a full address such as https://example.kz/page, is “%1”</source>
        <translation>должно быть полным адресом, например https://example.kz/page, а здесь «%1»</translation>
    </message>
    <message>
        <source>must be a list, is “%1”</source>
        <translation>должно быть списком, а здесь «%1»</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices (%2)</source>
        <translation>«%1» нет среди вариантов (%2)</translation>
    </message>
    <message>
        <source>“%1” does not match the pattern %2</source>
        <translation>«%1» не соответствует шаблону %2</translation>
    </message>
</context>
<context>
    <name>GalleryImport</name>
    <message>
        <source>%1 is not a page folder</source>
        <translation>%1 — не папка страницы</translation>
    </message>
    <message>
        <source>%1 could not be written to the page folder: %2</source>
        <translation>Не удалось записать %1 в папку страницы: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>None of the files could be imported; nothing was changed.</source>
        <translation>Ни один файл не удалось импортировать; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was changed.</source>
        <translation>Не удалось прочитать %1; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; nothing was changed.</source>
        <translation>%1 не в кодировке UTF-8; ничего не изменено.</translation>
    </message>
    <message>
        <source>The header of %1 cannot be updated (%2); nothing was changed.</source>
        <translation>Не удалось обновить заголовок %1 (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>The sidecar %1 could not be written; nothing was changed.</source>
        <translation>Не удалось записать файл описания %1; ничего не изменено.</translation>
    </message>
    <message>
        <source>gallery import into %1</source>
        <translation>импорт галереи в %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; nothing was changed.</source>
        <translation>Не удаётся создать папку %1; ничего не изменено.</translation>
    </message>
    <message>
        <source>The sidecar %1 already exists; nothing was changed.</source>
        <translation>Файл подписи %1 уже существует; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>GravDesk::AboutDialog</name>
    <message>
        <source>Built with Qt %1 (running on %2), Qt WebEngine, yaml-cpp and cmark-gfm.
Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Собрано с Qt %1 (запущено на %2), Qt WebEngine, yaml-cpp и cmark-gfm.
Распространяется по лицензии GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>GravDesk::AtomicWriter</name>
    <message>
        <source>folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>не удаётся создать временный файл в %1: %2</translation>
    </message>
    <message>
        <source>cannot open the output device</source>
        <translation>не удаётся открыть устройство вывода</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>flushing %1 failed: %2</source>
        <translation>не удалось сбросить буфер %1: %2</translation>
    </message>
    <message>
        <source>syncing %1 to disk failed: %2</source>
        <translation>не удалось синхронизировать %1 с диском: %2</translation>
    </message>
    <message>
        <source>replacing %1 failed: %2</source>
        <translation>не удалось заменить %1: %2</translation>
    </message>
    <message>
        <source>replacing %1 failed</source>
        <translation>не удалось заменить %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::Blueprint</name>
    <message>
        <source>Children display order</source>
        <translation>Порядок отображения дочерних страниц</translation>
    </message>
    <message>
        <source>Admin overrides</source>
        <translation>Переопределения для панели администрирования</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Append URL extension</source>
        <translation>Добавлять расширение к URL</translation>
    </message>
    <message>
        <source>Body classes</source>
        <translation>Классы body</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Кэширование</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Shown on the page and used to sort lists. Without it Grav uses the file&apos;s modification time.</source>
        <translation>Показывается на странице и используется для сортировки списков. Без неё Grav использует время изменения файла.</translation>
    </message>
    <message>
        <source>Debugger</source>
        <translation>Отладчик</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Default child type</source>
        <translation>Тип дочерних страниц по умолчанию</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Формат даты</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>Display template</source>
        <translation>Шаблон отображения</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Внешняя ссылка</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>Внешний URL</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Имя папки</translation>
    </message>
    <message>
        <source>Numeric folder prefix</source>
        <translation>Числовой префикс папки</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>The label in navigation menus; the title when empty.</source>
        <translation>Подпись в навигационных меню; если пусто — заголовок.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>HTML meta tags of this page: name and content.</source>
        <translation>HTML-метатеги этой страницы: имя и содержимое.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Module setup</source>
        <translation>Настройка модуля</translation>
    </message>
    <message>
        <source>Never cache Twig</source>
        <translation>Никогда не кэшировать Twig</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Упорядочение</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>Сортировать по</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Переопределения</translation>
    </message>
    <message>
        <source>Page template</source>
        <translation>Шаблон страницы</translation>
    </message>
    <message>
        <source>Page media</source>
        <translation>Медиафайлы страницы</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родительская страница</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Publishes the page at this time, only while Published is not set.</source>
        <translation>Публикует страницу в указанное время, только пока параметр «Опубликовано» не задан.</translation>
    </message>
    <message>
        <source>An unpublished page is hidden and cannot be opened. When set, the publish dates are ignored.</source>
        <translation>Неопубликованная страница скрыта, и её нельзя открыть. Если параметр задан, даты публикации не учитываются.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Перенаправление</translation>
    </message>
    <message>
        <source>Redirect default route</source>
        <translation>Перенаправлять на маршрут по умолчанию</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Корень</translation>
    </message>
    <message>
        <source>Routable</source>
        <translation>Доступна по адресу</translation>
    </message>
    <message>
        <source>Whether the page can be opened by its URL.</source>
        <translation>Можно ли открыть страницу по её URL.</translation>
    </message>
    <message>
        <source>Route aliases</source>
        <translation>Псевдонимы маршрута</translation>
    </message>
    <message>
        <source>Canonical route</source>
        <translation>Канонический маршрут</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Маршрут по умолчанию</translation>
    </message>
    <message>
        <source>Route overrides</source>
        <translation>Переопределение маршрутов</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Слаг (адрес страницы)</translation>
    </message>
    <message>
        <source>The page&apos;s part of the URL; the folder name without its number when empty.</source>
        <translation>Часть URL, относящаяся к странице; если пусто — имя папки без номера.</translation>
    </message>
    <message>
        <source>Sortable pages</source>
        <translation>Сортируемые страницы</translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation>Таксономии</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Таксономия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Process Twig first</source>
        <translation>Сначала обрабатывать Twig</translation>
    </message>
    <message>
        <source>Unpublish date</source>
        <translation>Дата снятия с публикации</translation>
    </message>
    <message>
        <source>Unpublishes the page at this time, only while Published is not set.</source>
        <translation>Снимает страницу с публикации в указанное время, только пока параметр «Опубликовано» не задан.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Use the site&apos;s setting</source>
        <translation>Использовать настройку сайта</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Видна в меню</translation>
    </message>
    <message>
        <source>Shown in navigation menus (by default when the folder name has a number).</source>
        <translation>Показывается в навигационных меню (по умолчанию — если в имени папки есть номер).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>%1: a blueprint must be a map of properties</source>
        <translation>%1: blueprint должен быть словарём свойств</translation>
    </message>
    <message>
        <source>blueprints nest deeper than %1 levels at %2</source>
        <translation>blueprint вложены глубже %1 уровней в %2</translation>
    </message>
    <message>
        <source>blueprint loop: %1 → %2</source>
        <translation>цикл blueprint: %1 → %2</translation>
    </message>
    <message>
        <source>%1: extends its parent, but it has none</source>
        <translation>%1: расширяет родительский blueprint, но его нет</translation>
    </message>
    <message>
        <source>%1: extends@ &apos;%2&apos; not found</source>
        <translation>%1: extends@ &apos;%2&apos; не найден</translation>
    </message>
    <message>
        <source>%1: extends itself (&apos;%2&apos;)</source>
        <translation>%1: расширяет сам себя (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>more than %1 import@ directives</source>
        <translation>директив import@ больше %1</translation>
    </message>
    <message>
        <source>import@ &apos;%1&apos; not found</source>
        <translation>import@ &apos;%1&apos; не найден</translation>
    </message>
    <message>
        <source>no blueprint for template &apos;%1&apos;</source>
        <translation>нет blueprint для шаблона &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no such blueprint file</source>
        <translation>%1: такого файла blueprint нет</translation>
    </message>
    <message>
        <source>too many values (more than %1)</source>
        <translation>слишком много значений (больше %1)</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>вложенность глубже %1 уровней</translation>
    </message>
    <message>
        <source>complex mapping keys are not supported</source>
        <translation>составные ключи словаря не поддерживаются</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes; not a blueprint</source>
        <translation>%1: больше %2 байт; это не blueprint</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: не удаётся прочитать (%2)</translation>
    </message>
</context>
<context>
    <name>GravDesk::BulkEdit</name>
    <message numerus="yes">
        <source>Publish %n page(s)</source>
        <translation>
            <numerusform>Опубликовать %n страницу</numerusform>
            <numerusform>Опубликовать %n страницы</numerusform>
            <numerusform>Опубликовать %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpublish %n page(s)</source>
        <translation>
            <numerusform>Снять с публикации %n страницу</numerusform>
            <numerusform>Снять с публикации %n страницы</numerusform>
            <numerusform>Снять с публикации %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %1 “%2” to %n page(s)</source>
        <translation>
            <numerusform>Добавить %1 «%2» к %n странице</numerusform>
            <numerusform>Добавить %1 «%2» к %n страницам</numerusform>
            <numerusform>Добавить %1 «%2» к %n страницам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 “%2” from %n page(s)</source>
        <translation>
            <numerusform>Убрать %1 «%2» с %n страницы</numerusform>
            <numerusform>Убрать %1 «%2» с %n страниц</numerusform>
            <numerusform>Убрать %1 «%2» с %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>Переместить %1 в корзину</translation>
    </message>
    <message>
        <source>Change the header of %1</source>
        <translation>Изменить заголовок %1</translation>
    </message>
    <message>
        <source>%1 is already so; it stays as it is</source>
        <translation>%1 уже в таком виде и остаётся без изменений</translation>
    </message>
    <message>
        <source>No page is selected.</source>
        <translation>Не выбрано ни одной страницы.</translation>
    </message>
    <message>
        <source>“%1” is not a taxonomy name.</source>
        <translation>«%1» — не название таксономии.</translation>
    </message>
    <message>
        <source>The value to add or remove is empty.</source>
        <translation>Значение для добавления или удаления пустое.</translation>
    </message>
    <message>
        <source>%1 has no page file; it was left as it is.</source>
        <translation>У %1 нет файла страницы; она оставлена без изменений.</translation>
    </message>
    <message>
        <source>%1 is left as it is: %2</source>
        <translation>%1 оставлен без изменений: %2</translation>
    </message>
    <message>
        <source>%1 is left as it is: the file is not valid UTF-8.</source>
        <translation>%1 оставлен без изменений: файл не в корректной кодировке UTF-8.</translation>
    </message>
    <message>
        <source>None of the selected pages can be changed.</source>
        <translation>Ни одну из выбранных страниц изменить нельзя.</translation>
    </message>
    <message>
        <source>Every selected page is already so; nothing needs to change.</source>
        <translation>Все выбранные страницы уже в таком виде; менять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n page(s)</source>
        <translation>
            <numerusform>Удалить %n страницу</numerusform>
            <numerusform>Удалить %n страницы</numerusform>
            <numerusform>Удалить %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) inside %1 go to the trash with it.</source>
        <translation>
            <numerusform>%n страница внутри %1 попадёт в корзину вместе с ней.</numerusform>
            <numerusform>%n страницы внутри %1 попадут в корзину вместе с ней.</numerusform>
            <numerusform>%n страниц внутри %1 попадут в корзину вместе с ней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not planned.</source>
        <translation>Изменение не было подготовлено.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
</context>
<context>
    <name>GravDesk::Cli</name>
    <message>
        <source>Lint a Grav site: everything Grav would do differently from what the pages seem to say.</source>
        <translation>Проверить сайт Grav: всё, что Grav сделает иначе, чем, судя по страницам, ожидается.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <source>Grav root, user/ folder or Git Sync clone.</source>
        <translation>Корень Grav, папка user/ или клон Git Sync.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Вывести JSON вместо текста.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>использование: %1</translation>
    </message>
    <message>
        <source>%1 pages checked: %2 errors, %3 warnings</source>
        <translation>Проверено страниц: %1; ошибок: %2, предупреждений: %3</translation>
    </message>
    <message>
        <source>Lint the site: the index&apos;s problems, plus unquoted dates, yes/no words Grav keeps
as text, header values failing their blueprint rules, and content Grav renders that
GravDesk does not (page-inject, plugins&apos; shortcodes, Twig). Exits 1 on errors.</source>
        <translation>Проверить сайт: проблемы индекса, а также даты без кавычек, слова yes/no, которые Grav
оставляет текстом, значения заголовка, нарушающие правила blueprint, и содержимое, которое
Grav отображает, а GravDesk нет (page-inject, шорткоды плагинов, Twig). Код 1 при ошибках.</translation>
    </message>
    <message>
        <source>Import photos into a page folder: each one upright, shrunk, re-encoded without metadata and named after the site&apos;s convention; then print the carousel block (--insert puts it into every language file of the page).</source>
        <translation>Импортировать фотографии в папку страницы: каждая выпрямляется, уменьшается, перекодируется без метаданных и называется по правилам сайта; затем выводится блок карусели (--insert вставляет его в файл страницы на каждом языке).</translation>
    </message>
    <message>
        <source>Import photos into a page: upright, shrunk, without metadata, named like the site&apos;s
photos; prints one line per photo and the carousel block (--insert writes it into the page).</source>
        <translation>Импортировать фотографии в страницу: выпрямленные, уменьшенные, без метаданных, с именами
как у фотографий сайта; выводит по строке на фото и блок карусели (--insert записывает его в страницу).</translation>
    </message>
    <message>
        <source>List every page of a Grav site and every problem found.</source>
        <translation>Перечислить все страницы сайта Grav и все найденные проблемы.</translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation>Сайт: %1 (%2)</translation>
    </message>
    <message>
        <source>(single language)</source>
        <translation>(один язык)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <source>Languages: %1 (default %2)</source>
        <translation>Языки: %1 (по умолчанию %2)</translation>
    </message>
    <message>
        <source>(folder without a page file)</source>
        <translation>(папка без файла страницы)</translation>
    </message>
    <message>
        <source>(file time)</source>
        <translation>(время файла)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings):</source>
        <translation>Проблемы (ошибок: %1, предупреждений: %2):</translation>
    </message>
    <message>
        <source>%1 pages, %2 errors, %3 warnings</source>
        <translation>Страниц: %1; ошибок: %2, предупреждений: %3</translation>
    </message>
    <message>
        <source>List every page (route, folder, template, languages, title, date and state per
language) and every problem. Exits 1 when the site has errors.</source>
        <translation>Перечислить все страницы (маршрут, папка, шаблон, языки, заголовок, дата и состояние
по каждому языку) и все проблемы. Код 1, если на сайте есть ошибки.</translation>
    </message>
    <message>
        <source>Create a post in a section, named and written like its siblings.</source>
        <translation>Создать запись в разделе с именем и оформлением как у соседних.</translation>
    </message>
    <message>
        <source>Create a post in SECTION named like its siblings (NN.YYYY-MM-DD-slug …), with a page file per
language (the other languages as drafts to translate); prints the new folder.</source>
        <translation>Создать запись в разделе SECTION с именем как у соседних (NN.YYYY-MM-DD-slug …), с файлом страницы
на каждом языке (другие языки — черновики для перевода); выводит новую папку.</translation>
    </message>
    <message>
        <source>Render page files to the HTML Grav 1.7 publishes (page.content).</source>
        <translation>Отрисовать файлы страниц в HTML, который публикует Grav 1.7 (page.content).</translation>
    </message>
    <message>
        <source>Print the HTML Grav 1.7 publishes for a page (page.content, or page.summary with
--summary); with --out render many pages in one run into DIR/&lt;path&gt;.html.</source>
        <translation>Вывести HTML, который Grav 1.7 публикует для страницы (page.content или page.summary с
--summary); с --out отрисовать много страниц за один запуск в DIR/&lt;path&gt;.html.</translation>
    </message>
    <message>
        <source>Load and re-compose pages in memory; report any whose bytes would change.</source>
        <translation>Загрузить и заново собрать страницы в памяти; сообщить о тех, чьи байты изменились бы.</translation>
    </message>
    <message>
        <source>Load every page and compose it again in memory, as GravDesk saves it; report any
page whose bytes would change. Exits 1 when one would.</source>
        <translation>Загрузить каждую страницу и снова собрать её в памяти, как её сохраняет GravDesk; сообщить
о каждой странице, чьи байты изменились бы. Код 1, если такая есть.</translation>
    </message>
    <message>
        <source>Set header fields of a page file, changing only their lines.</source>
        <translation>Задать поля заголовка файла страницы, меняя только их строки.</translation>
    </message>
    <message>
        <source>Set header fields of a page (VALUE is a string unless --type says otherwise: bool,
int, float, date, list, null). Only the fields&apos; lines change; --dry-run prints them.</source>
        <translation>Задать поля заголовка страницы (VALUE — строка, если --type не указывает иное: bool,
int, float, date, list, null). Меняются только строки полей; --dry-run выводит их.</translation>
    </message>
    <message>
        <source>Usage: gravdesk-cli COMMAND [options]</source>
        <translation>Использование: gravdesk-cli КОМАНДА [параметры]</translation>
    </message>
    <message>
        <source>GravDesk&apos;s command-line companion for Grav 1.7 sites.</source>
        <translation>Спутник GravDesk для командной строки, для сайтов на Grav 1.7.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>SITE is a Grav root (user/pages), a user/ folder, or a Git Sync clone (pages/).
Exit status: 0 success, 1 the command found errors, 2 bad usage or unreadable input.</source>
        <translation>SITE — корень Grav (user/pages), папка user/ или клон Git Sync (pages/).
Код выхода: 0 — успех, 1 — команда нашла ошибки, 2 — неверный вызов или нечитаемые данные.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Show this help (also: gravdesk-cli COMMAND --help).</source>
        <translation>Показать эту справку (также: gravdesk-cli КОМАНДА --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Not a Grav site: %1</source>
        <translation>Это не сайт Grav: %1</translation>
    </message>
    <message>
        <source>changed here and on the server in the same place</source>
        <translation>изменено здесь и на сервере в одном и том же месте</translation>
    </message>
    <message>
        <source>edited here, deleted on the server</source>
        <translation>изменено здесь, удалено на сервере</translation>
    </message>
    <message>
        <source>deleted here, changed on the server</source>
        <translation>удалено здесь, изменено на сервере</translation>
    </message>
    <message>
        <source>added here and on the server with different content</source>
        <translation>добавлено здесь и на сервере с разным содержимым</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>поле «%1»</translation>
    </message>
    <message>
        <source>paragraph: %1</source>
        <translation>абзац: %1</translation>
    </message>
    <message>
        <source>Show each page&apos;s git state and how far this copy is from the server.</source>
        <translation>Показать git-состояние каждой страницы и насколько эта копия отстаёт от сервера или опережает его.</translation>
    </message>
    <message>
        <source>Do not ask the server first.</source>
        <translation>Не обращаться сначала к серверу.</translation>
    </message>
    <message>
        <source>Branch %1: %2 ahead, %3 behind the server</source>
        <translation>Ветка %1: впереди сервера на %2, позади на %3</translation>
    </message>
    <message>
        <source>Server last synced: %1</source>
        <translation>Последняя синхронизация сервера: %1</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>не встречалась</translation>
    </message>
    <message>
        <source>%1 pages synced</source>
        <translation>Синхронизировано страниц: %1</translation>
    </message>
    <message>
        <source>Update the site from the server; pages edited on both sides are merged.</source>
        <translation>Обновить сайт с сервера; страницы, изменённые с обеих сторон, объединяются.</translation>
    </message>
    <message>
        <source>Settle conflicts with this side: mine or server.</source>
        <translation>Разрешать конфликты в пользу этой стороны: mine (моё) или server (сервер).</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Уже в актуальном состоянии.</translation>
    </message>
    <message>
        <source>Updated: %1 files from the server, %2 merged with edits made here, %3 removed.</source>
        <translation>Обновлено: файлов с сервера — %1, объединено с правками, сделанными здесь, — %2, удалено — %3.</translation>
    </message>
    <message>
        <source>Settled by taking %1:</source>
        <translation>Решено в пользу стороны %1:</translation>
    </message>
    <message>
        <source>A decision is needed; nothing was changed. Run again with --take mine or --take server.</source>
        <translation>Нужно решение; ничего не изменено. Запустите снова с --take mine или --take server.</translation>
    </message>
    <message>
        <source>Publish pages to the server as one commit (other drafts stay as they are).</source>
        <translation>Опубликовать страницы на сервере одним коммитом (остальные черновики остаются как есть).</translation>
    </message>
    <message>
        <source>A page folder, page file or route.</source>
        <translation>Папка страницы, файл страницы или маршрут.</translation>
    </message>
    <message>
        <source>The commit message.</source>
        <translation>Сообщение коммита.</translation>
    </message>
    <message>
        <source>No such page: %1</source>
        <translation>Нет такой страницы: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>Published %1 (%2 files): %3</source>
        <translation>Опубликовано %1 (файлов: %2): %3</translation>
    </message>
    <message>
        <source>The site updates when the server syncs.</source>
        <translation>Сайт обновится, когда сервер синхронизируется.</translation>
    </message>
    <message>
        <source>Nothing to publish: the pages are as on the server.</source>
        <translation>Публиковать нечего: страницы такие же, как на сервере.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the commit %1 waits to be published.</source>
        <translation>Сервер недоступен; коммит %1 ждёт публикации.</translation>
    </message>
    <message>
        <source>The server changed these pages in the same places; run sync and decide first.</source>
        <translation>Сервер изменил эти страницы в тех же местах; сначала выполните sync и примите решение.</translation>
    </message>
    <message>
        <source>List the commits that changed a page, newest first.</source>
        <translation>Показать коммиты, изменявшие страницу, начиная с новейших.</translation>
    </message>
    <message>
        <source>Each page&apos;s git state, ahead/behind the server.</source>
        <translation>Git-состояние каждой страницы, опережение и отставание от сервера.</translation>
    </message>
    <message>
        <source>Update from the server (exit 3: a decision is needed).</source>
        <translation>Обновить с сервера (код выхода 3: нужно решение).</translation>
    </message>
    <message>
        <source>Publish pages as one commit pushed to the server.</source>
        <translation>Опубликовать страницы одним коммитом, отправленным на сервер.</translation>
    </message>
    <message>
        <source>The commits that changed a page.</source>
        <translation>Коммиты, изменявшие страницу.</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>The page&apos;s folder.</source>
        <translation>Папка страницы.</translation>
    </message>
    <message>
        <source>Photos or folders of photos.</source>
        <translation>Фотографии или папки с фотографиями.</translation>
    </message>
    <message>
        <source>Longest edge in pixels (default: the site&apos;s setting, else 2048).</source>
        <translation>Длинная сторона в пикселях (по умолчанию: настройка сайта, иначе 2048).</translation>
    </message>
    <message>
        <source>JPEG/WebP quality 1-100 (default: the site&apos;s, else 85).</source>
        <translation>Качество JPEG/WebP от 1 до 100 (по умолчанию: настройка сайта, иначе 85).</translation>
    </message>
    <message>
        <source>Insert the block into every language file (after the summary delimiter, or appended to the page&apos;s carousel), set header_image: false and extend media_order.</source>
        <translation>Вставить блок в файл каждого языка (после разделителя анонса или в конец карусели страницы), установить header_image: false и дополнить media_order.</translation>
    </message>
    <message>
        <source>Write WebP instead of JPEG.</source>
        <translation>Записывать WebP вместо JPEG.</translation>
    </message>
    <message>
        <source>Also write &lt;photo&gt;.meta.yaml files with alt_text.</source>
        <translation>Также записать файлы &lt;фото&gt;.meta.yaml с alt_text.</translation>
    </message>
    <message>
        <source>Carousel parameters (default: the site&apos;s setting, else the ones its pages use).</source>
        <translation>Параметры карусели (по умолчанию: настройка сайта, иначе те, что используют его страницы).</translation>
    </message>
    <message>
        <source>Caption for every photo in a language, e.g. ru=Открытие (default: the page&apos;s title).</source>
        <translation>Подпись ко всем фотографиям на одном языке, например ru=Открытие (по умолчанию: название страницы).</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: это не папка</translation>
    </message>
    <message>
        <source>%1: no page file (*.md) to insert the gallery into</source>
        <translation>%1: нет файла страницы (*.md), в который можно вставить галерею</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>--max-edge needs a number of pixels (16 or more)</source>
        <translation>для --max-edge нужно число пикселей (16 или больше)</translation>
    </message>
    <message>
        <source>--quality needs a number from 1 to 100</source>
        <translation>для --quality нужно число от 1 до 100</translation>
    </message>
    <message>
        <source>--caption needs LANG=TEXT (use &quot;=TEXT&quot; for item.md)</source>
        <translation>для --caption нужно LANG=TEXT (для item.md — &quot;=TEXT&quot;)</translation>
    </message>
    <message>
        <source>no photos found in %1</source>
        <translation>в %1 не найдено фотографий</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: не импортировано: %2</translation>
    </message>
    <message>
        <source>%1 (updated)</source>
        <translation>%1 (обновлён)</translation>
    </message>
    <message>
        <source>%1 of %2 photos imported into %3</source>
        <translation>Импортировано фотографий: %1 из %2, в %3</translation>
    </message>
    <message>
        <source>The section&apos;s folder (e.g. user/pages/02.news).</source>
        <translation>Папка раздела (например, user/pages/02.news).</translation>
    </message>
    <message>
        <source>The post&apos;s title (required).</source>
        <translation>Заголовок записи (обязательно).</translation>
    </message>
    <message>
        <source>The title&apos;s language (default: the site&apos;s default language).</source>
        <translation>Язык заголовка (по умолчанию: основной язык сайта).</translation>
    </message>
    <message>
        <source>Date and time, YYYY-MM-DD HH:MM or the site&apos;s format, in the site&apos;s time zone (default: now).</source>
        <translation>Дата и время: YYYY-MM-DD HH:MM или в формате сайта, в часовом поясе сайта (по умолчанию: сейчас).</translation>
    </message>
    <message>
        <source>The slug after the date (default: transliterated from the title).</source>
        <translation>Слаг после даты (по умолчанию: транслитерация заголовка).</translation>
    </message>
    <message>
        <source>Comma-separated languages to create (default: all the site&apos;s); the others than --lang are drafts.</source>
        <translation>Создаваемые языки через запятую (по умолчанию: все языки сайта); все, кроме --lang, создаются черновиками.</translation>
    </message>
    <message>
        <source>Publish the post in its language (default: draft).</source>
        <translation>Опубликовать запись на её языке (по умолчанию: черновик).</translation>
    </message>
    <message>
        <source>Print the files instead of writing them.</source>
        <translation>Вывести файлы вместо записи.</translation>
    </message>
    <message>
        <source>%1: no such section folder</source>
        <translation>%1: такой папки раздела нет</translation>
    </message>
    <message>
        <source>%1: not inside a Grav site&apos;s pages folder</source>
        <translation>%1: находится не в папке страниц сайта Grav</translation>
    </message>
    <message>
        <source>%1: no such section in the site</source>
        <translation>%1: такого раздела на сайте нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD HH:MM)</source>
        <translation>«%1» — не дата (пишите YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Page file(s); with --out also sites or folders.</source>
        <translation>Файлы страниц; с --out также сайты или папки.</translation>
    </message>
    <message>
        <source>Write DIR/&lt;path in the pages folder&gt;.html for every page.</source>
        <translation>Записать DIR/&lt;путь в папке страниц&gt;.html для каждой страницы.</translation>
    </message>
    <message>
        <source>Print page.summary instead of page.content.</source>
        <translation>Вывести page.summary вместо page.content.</translation>
    </message>
    <message>
        <source>Active language (default: from the file name).</source>
        <translation>Активный язык (по умолчанию: по имени файла).</translation>
    </message>
    <message>
        <source>Page folder relative to the pages folder, for a file outside a site.</source>
        <translation>Папка страницы относительно папки страниц, для файла вне сайта.</translation>
    </message>
    <message>
        <source>Grav&apos;s md5-based owl-carousel ids instead of owl-1, owl-2, ...</source>
        <translation>Идентификаторы owl-carousel на основе md5, как у Grav, вместо owl-1, owl-2, ...</translation>
    </message>
    <message>
        <source>Skip the external_links pass.</source>
        <translation>Пропустить проход external_links.</translation>
    </message>
    <message>
        <source>Print all warnings to stderr (those about content GravDesk does not render are always printed).</source>
        <translation>Выводить все предупреждения в stderr (предупреждения о содержимом, которое GravDesk не отрисовывает, выводятся всегда).</translation>
    </message>
    <message>
        <source>The site&apos;s address, instead of system.yaml&apos;s custom_base_url or GravDesk&apos;s site_url (&quot;&quot;: none).</source>
        <translation>Адрес сайта вместо custom_base_url из system.yaml или site_url GravDesk (&quot;&quot;: без адреса).</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>нет такого файла: %1</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>нет такого файла или папки: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>%1 pages rendered into %2</source>
        <translation>Отрисовано страниц: %1, в %2</translation>
    </message>
    <message>
        <source>the header text is not kept byte for byte</source>
        <translation>текст заголовка страницы не сохраняется байт в байт</translation>
    </message>
    <message>
        <source>header and body put together differ from the file</source>
        <translation>заголовок и текст страницы вместе отличаются от файла</translation>
    </message>
    <message>
        <source>header, envelope and body put together differ from the file</source>
        <translation>заголовок, обрамление и текст страницы вместе отличаются от файла</translation>
    </message>
    <message>
        <source>the page document would write different bytes</source>
        <translation>документ страницы записал бы другие байты</translation>
    </message>
    <message>
        <source>A Grav site, a folder or page files.</source>
        <translation>Сайт Grav, папка или файлы страниц.</translation>
    </message>
    <message>
        <source>kept as is, but its header cannot be edited field by field: %1</source>
        <translation>сохраняется как есть, но его заголовок страницы нельзя редактировать по полям: %1</translation>
    </message>
    <message>
        <source>%1 pages, %2 would change, %3 with a header that is not editable, %4 unreadable</source>
        <translation>Страниц: %1, изменились бы: %2, с нередактируемым заголовком: %3, нечитаемых: %4</translation>
    </message>
    <message>
        <source>%1 pages, %2 would change, %3 with a header that is not editable</source>
        <translation>Страниц: %1, изменились бы: %2, с нередактируемым заголовком: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean (true or false)</source>
        <translation>«%1» — не логическое значение (true или false)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as %2 or YYYY-MM-DD HH:MM)</source>
        <translation>«%1» — не дата (пишите в формате %2 или YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (string, bool, int, float, date, list, null)</source>
        <translation>неизвестный тип «%1» (string, bool, int, float, date, list, null)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; ничего не изменено</translation>
    </message>
    <message>
        <source>The page file.</source>
        <translation>Файл страницы.</translation>
    </message>
    <message>
        <source>Fields to set.</source>
        <translation>Устанавливаемые поля.</translation>
    </message>
    <message>
        <source>How VALUE is read: string (default), bool, int, float, date, list (comma-separated), null.</source>
        <translation>Как читать VALUE: string (по умолчанию), bool, int, float, date, list (через запятую), null.</translation>
    </message>
    <message>
        <source>Remove a key (may be repeated).</source>
        <translation>Удалить ключ (можно повторять).</translation>
    </message>
    <message>
        <source>Print the changed lines instead of writing.</source>
        <translation>Вывести изменённые строки вместо записи.</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8; nothing was changed</source>
        <translation>%1: файл не является корректным UTF-8; ничего не изменено</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key.path=VALUE</source>
        <translation>«%1» не имеет вида key.path=VALUE</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: без изменений</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1: обновлён</translation>
    </message>
    <message>
        <source>Move or rename a page, updating the links of other pages to it.</source>
        <translation>Переместить или переименовать страницу, обновив ссылки на неё в других страницах.</translation>
    </message>
    <message>
        <source>The site&apos;s folder.</source>
        <translation>Папка сайта.</translation>
    </message>
    <message>
        <source>The page: its folder in the pages folder (02.news/03.slug) or its route (/news/slug).</source>
        <translation>Страница: её папка в папке pages (02.news/03.slug) или её маршрут (/news/slug).</translation>
    </message>
    <message>
        <source>Where it goes: a section to move it into, or its new folder or route (02.news/04.new-slug, /news/new-slug).</source>
        <translation>Куда: раздел, в который её переместить, или её новая папка либо маршрут (02.news/04.new-slug, /news/new-slug).</translation>
    </message>
    <message>
        <source>Leave the links of other pages as they are.</source>
        <translation>Не менять ссылки в других страницах.</translation>
    </message>
    <message>
        <source>Print what changed as JSON.</source>
        <translation>Вывести изменения в формате JSON.</translation>
    </message>
    <message>
        <source>Print what would change; change nothing.</source>
        <translation>Показать, что изменится, ничего не меняя.</translation>
    </message>
    <message>
        <source>There is no page %1 in the site.</source>
        <translation>На сайте нет страницы %1.</translation>
    </message>
    <message>
        <source>The page %1 is already in %2; nothing was changed.</source>
        <translation>Страница %1 уже находится в %2; ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no page %1 in the site to move the page into.</source>
        <translation>На сайте нет страницы %1, в которую можно переместить страницу.</translation>
    </message>
    <message>
        <source>Move PAGE into the section DEST, or rename it to DEST (a folder or a route), in one change;
the links of other pages to it are updated and listed.</source>
        <translation>Переместить PAGE в раздел DEST или переименовать её в DEST (папка или маршрут) одним изменением;
ссылки на неё в других страницах обновляются и перечисляются.</translation>
    </message>
    <message>
        <source>Move a page to the site&apos;s trash (kept outside the site; see the trash command).</source>
        <translation>Переместить страницу в корзину сайта (она хранится вне сайта; см. команду trash).</translation>
    </message>
    <message>
        <source>%1 is in the trash as %2. To bring it back: gravdesk-cli trash SITE --restore %2</source>
        <translation>%1 в корзине под номером %2. Чтобы вернуть её: gravdesk-cli trash SITE --restore %2</translation>
    </message>
    <message>
        <source>Move PAGE (its folder with every language file and its media) to the site&apos;s trash, which is kept
in the user&apos;s state folder, outside the site and its git repository.</source>
        <translation>Переместить PAGE (её папку со всеми языковыми файлами и медиа) в корзину сайта, которая хранится
в папке состояния пользователя, вне сайта и его git-репозитория.</translation>
    </message>
    <message>
        <source>List the pages in the site&apos;s trash, or restore one.</source>
        <translation>Показать страницы в корзине сайта или восстановить одну из них.</translation>
    </message>
    <message>
        <source>Put the page ID back where it was.</source>
        <translation>Вернуть страницу ID на прежнее место.</translation>
    </message>
    <message>
        <source>When its place is taken, restore it under a free slug instead of refusing.</source>
        <translation>Если её место занято, восстановить под свободным слагом, а не отказывать.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Восстановлена страница %1.</translation>
    </message>
    <message>
        <source>List the pages deleted with rm (newest first), or put one back where it was with --restore ID.</source>
        <translation>Показать страницы, удалённые командой rm (сначала новые), или вернуть одну на прежнее место с --restore ID.</translation>
    </message>
    <message>
        <source>Find a text in every page of a Grav site: titles, slugs, folder names and bodies, in every language. Any case matches, ё and е are the same letter.</source>
        <translation>Найти текст на всех страницах сайта Grav: в заголовках, слагах, именах папок и тексте, на всех языках. Регистр не важен, ё и е — одна буква.</translation>
    </message>
    <message>
        <source>The text to find.</source>
        <translation>Текст для поиска.</translation>
    </message>
    <message>
        <source>TEXT is a regular expression (Perl syntax; any case still matches).</source>
        <translation>TEXT — регулярное выражение (синтаксис Perl; регистр по-прежнему не важен).</translation>
    </message>
    <message>
        <source>(folder name)</source>
        <translation>(имя папки)</translation>
    </message>
    <message>
        <source>%1 matches in %2 page files and folders (%3 page files searched)</source>
        <translation>Совпадений: %1, в файлах страниц и папках: %2 (просмотрено файлов страниц: %3)</translation>
    </message>
    <message>
        <source>Find a text in titles, slugs, folder names and bodies of every page file: any case,
ё = е, Kazakh letters kept apart from Russian ones. Prints folder, language,
file:line:column and the line. Exits 1 when nothing is found.</source>
        <translation>Найти текст в заголовках, слагах, именах папок и тексте каждого файла страницы: в любом
регистре, ё = е, казахские буквы не смешиваются с русскими. Выводит папку, язык,
файл:строка:столбец и саму строку. Код выхода 1, если ничего не найдено.</translation>
    </message>
    <message>
        <source>Names from the server that Windows cannot check out:</source>
        <translation>Имена с сервера, которые Windows не сможет извлечь:</translation>
    </message>
    <message>
        <source>This program is run by gravdesk-cli: use “gravdesk-cli import-gallery”.</source>
        <translation>Эту программу запускает gravdesk-cli: используйте «gravdesk-cli import-gallery».</translation>
    </message>
    <message>
        <source>The photo import program (gravdesk-cli-gallery) is missing beside gravdesk-cli; reinstall GravDesk.</source>
        <translation>Программа импорта фотографий (gravdesk-cli-gallery) не найдена рядом с gravdesk-cli; переустановите GravDesk.</translation>
    </message>
    <message>
        <source>The photo import program cannot be run (%1): %2</source>
        <translation>Не удаётся запустить программу импорта фотографий (%1): %2</translation>
    </message>
    <message>
        <source>Keep a copy of the site&apos;s system.yaml (and site.yaml) in GravDesk&apos;s state folder, for a site without config/ such as a Git Sync clone.</source>
        <translation>Сохранить копию system.yaml (и site.yaml) сайта в папке состояния GravDesk — для сайта без config/, например клона Git Sync.</translation>
    </message>
    <message>
        <source>A system.yaml or site.yaml.</source>
        <translation>Файл system.yaml или site.yaml.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 импортирован(ы) в %2.</translation>
    </message>
    <message>
        <source>The site has one language (no languages.supported).</source>
        <translation>У сайта один язык (languages.supported не задан).</translation>
    </message>
    <message>
        <source>Languages: %1 (default %2).</source>
        <translation>Языки: %1 (по умолчанию %2).</translation>
    </message>
    <message>
        <source>Keep a copy of the site&apos;s system.yaml and site.yaml for a site that has no config/ (a Git Sync clone): used only while the site has no such file of its own. Bad input (exit 2) imports nothing.</source>
        <translation>Сохранить копию system.yaml и site.yaml для сайта без config/ (клон Git Sync): она используется, только пока у сайта нет собственного такого файла. При ошибке во входных данных (код 2) ничего не импортируется.</translation>
    </message>
</context>
<context>
    <name>GravDesk::CloneDialog</name>
    <message>
        <source>Clone Site</source>
        <translation>Клонировать сайт</translation>
    </message>
    <message>
        <source>https://example.org/newsroom/site.git</source>
        <translation>https://example.org/newsroom/site.git</translation>
    </message>
    <message>
        <source>Address of the site&apos;s repository:</source>
        <translation>Адрес репозитория сайта:</translation>
    </message>
    <message>
        <source>Folder for the Site</source>
        <translation>Папка для сайта</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Новая папка:</translation>
    </message>
    <message>
        <source>Passwords are asked when needed and never stored by GravDesk.</source>
        <translation>Пароль спрашивается, когда он нужен, и GravDesk никогда его не сохраняет.</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Клонировать</translation>
    </message>
    <message>
        <source>Type the address of the site&apos;s repository.</source>
        <translation>Введите адрес репозитория сайта.</translation>
    </message>
    <message>
        <source>The address holds a password. Remove it: GravDesk asks for the password when the server wants it, and never stores it.</source>
        <translation>В адресе есть пароль. Уберите его: GravDesk спросит пароль, когда его потребует сервер, и никогда не сохранит его.</translation>
    </message>
    <message>
        <source>Choose a new folder for the site.</source>
        <translation>Выберите новую папку для сайта.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new one.</source>
        <translation>Папка %1 не пуста; выберите новую.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>git could not be started.</source>
        <translation>Не удалось запустить git.</translation>
    </message>
    <message>
        <source>Cloning into %1…</source>
        <translation>Клонирование в %1…</translation>
    </message>
    <message>
        <source>The clone in %1 is not a Grav site (no pages folder).</source>
        <translation>Клон в %1 — не сайт Grav (нет папки pages).</translation>
    </message>
    <message>
        <source>The site could not be cloned: %1</source>
        <translation>Не удалось клонировать сайт: %1</translation>
    </message>
    <message>
        <source>git stopped.</source>
        <translation>git остановился.</translation>
    </message>
</context>
<context>
    <name>GravDesk::CompareDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <source>Compare with Disk — %1</source>
        <translation>Сравнение с диском — %1</translation>
    </message>
    <message>
        <source>Another program changed this page on disk while you edited it. For each difference, tick the version to keep: the one on disk or yours. The result stays unsaved in the editor.</source>
        <translation>Пока вы редактировали эту страницу, другая программа изменила её на диске. Для каждого различия отметьте версию, которую нужно оставить: с диска или вашу. Результат остаётся в редакторе несохранённым.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>На диске</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Заголовок страницы: %1</translation>
    </message>
    <message>
        <source>Text, paragraph %1</source>
        <translation>Текст, абзац %1</translation>
    </message>
    <message>
        <source>All From &amp;Disk</source>
        <translation>Всё с &amp;диска</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>Всё &amp;моё</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): </source>
        <translation>
            <numerusform>%n различие: </numerusform>
            <numerusform>%n различия: </numerusform>
            <numerusform>%n различий: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from disk, %2 yours.</source>
        <translation>с диска — %1, ваших — %2.</translation>
    </message>
</context>
<context>
    <name>GravDesk::DecisionDialog</name>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>Update from Server: Your Decision</source>
        <translation>Обновление с сервера: ваше решение</translation>
    </message>
    <message>
        <source>These pages were changed here and on the server in the same place. For each field and paragraph, keep the server&apos;s text, yours, or write the result yourself. Nothing is written until you apply, and no conflict markers ever reach the pages.</source>
        <translation>Эти страницы изменены и здесь, и на сервере в одном и том же месте. Для каждого поля и абзаца оставьте текст сервера, свой или напишите результат сами. Пока вы не примените решение, ничего не записывается, и маркеры конфликтов никогда не попадают в страницы.</translation>
    </message>
    <message>
        <source>All Mine</source>
        <translation>Всё моё</translation>
    </message>
    <message>
        <source>All Server</source>
        <translation>Всё с сервера</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>The server deleted this page file, and you edited it here. Keep your page (it is published again when you publish it), or let it go as the server did.</source>
        <translation>На сервере этот файл страницы удалён, а здесь вы его изменили. Оставьте свою страницу (она снова появится на сервере, когда вы её опубликуете) или удалите её, как на сервере.</translation>
    </message>
    <message>
        <source>You deleted this page file here, and the server changed it. Keep it deleted (the deletion is published when you publish the page), or take the server&apos;s version back.</source>
        <translation>Здесь вы удалили этот файл страницы, а на сервере его изменили. Оставьте его удалённым (удаление попадёт на сервер при публикации страницы) или верните версию с сервера.</translation>
    </message>
    <message>
        <source>Delete it, as on the server</source>
        <translation>Удалить, как на сервере</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Взять версию с сервера</translation>
    </message>
    <message>
        <source>Keep my page</source>
        <translation>Оставить мою страницу</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Оставить удалённым</translation>
    </message>
    <message>
        <source>This file was created here and on the server with different contents.</source>
        <translation>Этот файл создан и здесь, и на сервере, с разным содержимым.</translation>
    </message>
    <message>
        <source>The whole header</source>
        <translation>Весь заголовок страницы</translation>
    </message>
    <message>
        <source>Field “%1”</source>
        <translation>Поле «%1»</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation>Весь файл</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>С сервера</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Править</translation>
    </message>
    <message numerus="yes">
        <source>%n page file(s): %1 yours, %2 from the server, %3 written by you.</source>
        <translation>
            <numerusform>%n файл страницы: ваших — %1, с сервера — %2, написано вами — %3.</numerusform>
            <numerusform>%n файла страниц: ваших — %1, с сервера — %2, написано вами — %3.</numerusform>
            <numerusform>%n файлов страниц: ваших — %1, с сервера — %2, написано вами — %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::DocumentManager</name>
    <message>
        <source>save %1</source>
        <translation>сохранение %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::FieldEditor</name>
    <message>
        <source>(structured value: edit it in the YAML tab)</source>
        <translation>(составное значение: измените его на вкладке YAML)</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Как записано в файле: %1</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Drag the files into the order the page shows them (media_order).</source>
        <translation>Перетащите файлы в том порядке, в каком их показывает страница (media_order).</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Nested values: edit them in the YAML tab.</source>
        <translation>Вложенные значения: измените их на вкладке YAML.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>row %1 has a value but no key</source>
        <translation>в строке %1 есть значение, но нет ключа</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; contains a dot; edit it in the YAML tab</source>
        <translation>ключ «%1» содержит точку; измените его на вкладке YAML</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>ключ «%1» указан дважды</translation>
    </message>
    <message>
        <source>Not set: remove the key, Grav uses its default</source>
        <translation>Не задано: удалить ключ, Grav использует значение по умолчанию</translation>
    </message>
    <message>
        <source>(not set — Grav uses its default)</source>
        <translation>(не задано — Grav использует значение по умолчанию)</translation>
    </message>
    <message>
        <source>(not set — Grav uses the default: %1)</source>
        <translation>(не задано — Grav использует значение по умолчанию: %1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(default: not in the file)</source>
        <translation>(по умолчанию: в файле не указано)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>(written as “%1”, which no option stands for)</source>
        <translation>(в файле записано «%1», и это не соответствует ни одному варианту)</translation>
    </message>
    <message>
        <source>not set (Grav: %1)</source>
        <translation>не задано (Grav: %1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>The key is not written.</source>
        <translation>Ключ не записывается.</translation>
    </message>
</context>
<context>
    <name>GravDesk::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Слова целиком</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <source>ё = е</source>
        <translation>ё = е</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Treat ё and е as the same letter</source>
        <translation>Считать ё и е одной буквой</translation>
    </message>
    <message>
        <source>In the replacement, \1 or $1 stands for the first group</source>
        <translation>В замене \1 или $1 обозначает первую группу</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Ошибка в регулярном выражении: %1</translation>
    </message>
    <message>
        <source>Only the first %1 matches are highlighted.</source>
        <translation>Подсвечены только первые %1 совпадений.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 из более чем %2</translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation>Совпадений больше %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Совпадений: %1</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation>Заменено: %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::FindInSiteDock</name>
    <message>
        <source>Find in Site</source>
        <translation>Поиск по сайту</translation>
    </message>
    <message>
        <source>Find in every page: title, slug and text</source>
        <translation>Искать во всех страницах: заголовок, slug и текст</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Регулярное в&amp;ыражение</translation>
    </message>
    <message>
        <source>Search with a regular expression (Perl syntax). In the replacement, \1 … \9 or $1 … $9 stand for the groups and \0 or $0 for the whole match, as in the page&apos;s find bar.</source>
        <translation>Искать по регулярному выражению (синтаксис Perl). В замене \1 … \9 или $1 … $9 обозначают группы, а \0 или $0 — всё совпадение, как в панели поиска страницы.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>&amp;Replace Ticked</source>
        <translation>&amp;Заменить отмеченные</translation>
    </message>
    <message>
        <source>Replace every ticked match, in one change of the site that Edit ▸ Undo Replace in Site takes back until the next save</source>
        <translation>Заменить все отмеченные совпадения одним изменением сайта; «Правка ▸ Отменить замену по сайту» вернёт его до следующего сохранения</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Папка %1</translation>
    </message>
    <message>
        <source>A folder name: rename the page to change it.</source>
        <translation>Имя папки: чтобы изменить его, переименуйте страницу.</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Чтение страниц…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n странице</numerusform>
            <numerusform>%n страницах</numerusform>
            <numerusform>%n страницах</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 in %2; there are more: narrow the search.</source>
        <translation>Первые %1 в %2; есть ещё — уточните запрос.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 в %2</translation>
    </message>
</context>
<context>
    <name>GravDesk::FormatActions</name>
    <message>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Полужирный (Ctrl+B)</translation>
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
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>Ссылка (Ctrl+K)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Обычный абзац</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Заголовок %1</translation>
    </message>
    <message>
        <source>H</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Heading (Ctrl+1 … Ctrl+6; Ctrl+0: paragraph)</source>
        <translation>Заголовок (Ctrl+1 … Ctrl+6; Ctrl+0 — обычный абзац)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Список</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Маркированный список (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Список</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Нумерованный список (Ctrl+Shift+7)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Quote (Ctrl+Shift+Q)</source>
        <translation>Цитата (Ctrl+Shift+Q)</translation>
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
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Table: the selected lines (cells separated by tabs or semicolons) become its rows</source>
        <translation>Таблица: выделенные строки (ячейки разделены табуляцией или точкой с запятой) становятся её строками</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <source>Insert an image or a file of this page</source>
        <translation>Вставить изображение или файл этой страницы</translation>
    </message>
    <message>
        <source>Summary Break</source>
        <translation>Разрыв анонса</translation>
    </message>
    <message>
        <source>Insert the summary break: the news list shows the text above it (Ctrl+Shift+Enter)</source>
        <translation>Вставить разрыв анонса: в списке новостей показывается текст над ним (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Shortcode</source>
        <translation>Шорткод</translation>
    </message>
    <message>
        <source>Insert a shortcode of the site&apos;s plugins</source>
        <translation>Вставить шорткод плагинов сайта</translation>
    </message>
    <message>
        <source>(this page has no files yet: Add Gallery or drop photos on the text)</source>
        <translation>(у этой страницы пока нет файлов: «Добавить галерею» или перетащите фотографии на текст)</translation>
    </message>
    <message>
        <source>![Caption](photo.jpg)</source>
        <translation>![Подпись](photo.jpg)</translation>
    </message>
    <message>
        <source>Photo carousel (owl-carousel)</source>
        <translation>Фотокарусель (owl-carousel)</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Текст уведомления</translation>
    </message>
    <message>
        <source>Notice (yellow)</source>
        <translation>Уведомление (жёлтое)</translation>
    </message>
    <message>
        <source>Notice (red)</source>
        <translation>Уведомление (красное)</translation>
    </message>
    <message>
        <source>Notice (blue)</source>
        <translation>Уведомление (синее)</translation>
    </message>
    <message>
        <source>Notice (green)</source>
        <translation>Уведомление (зелёное)</translation>
    </message>
    <message>
        <source>(the site has no shortcode plugin GravDesk knows enabled)</source>
        <translation>(на сайте не включён ни один известный GravDesk плагин шорткодов)</translation>
    </message>
</context>
<context>
    <name>GravDesk::FrontMatter</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (строка %2)</translation>
    </message>
    <message>
        <source>invalid base64 data in a !!binary value</source>
        <translation>недопустимые данные base64 в значении !!binary</translation>
    </message>
    <message>
        <source>the built-in tag !!%1 is not supported by Grav&apos;s YAML parser</source>
        <translation>встроенный тег !!%1 не поддерживается YAML-парсером Grav</translation>
    </message>
    <message>
        <source>unknown tag %1</source>
        <translation>неизвестный тег %1</translation>
    </message>
    <message>
        <source>an unquoted value continues after a blank line; Grav cannot read that (quote the value or write it as a block with |)</source>
        <translation>значение без кавычек продолжается после пустой строки; Grav не может это прочитать (заключите значение в кавычки или запишите его блоком с |)</translation>
    </message>
    <message>
        <source>impossible date &quot;%1&quot;</source>
        <translation>невозможная дата «%1»</translation>
    </message>
    <message>
        <source>header too large (more than %1 values)</source>
        <translation>заголовок страницы слишком большой (больше %1 значений)</translation>
    </message>
    <message>
        <source>header nested deeper than %1 levels</source>
        <translation>вложенность заголовка страницы глубже %1 уровней</translation>
    </message>
    <message>
        <source>complex mapping keys are not supported by Grav</source>
        <translation>составные ключи словаря Grav не поддерживает</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>повторяющийся ключ «%1»</translation>
    </message>
    <message>
        <source>header larger than %1 bytes</source>
        <translation>заголовок страницы больше %1 байт</translation>
    </message>
    <message>
        <source>header uses more than %1 aliases</source>
        <translation>в заголовке страницы больше %1 псевдонимов (alias)</translation>
    </message>
    <message>
        <source>invalid YAML</source>
        <translation>некорректный YAML</translation>
    </message>
    <message>
        <source>a tab character is used for indentation (YAML allows only spaces)</source>
        <translation>для отступа использован символ табуляции (YAML допускает только пробелы)</translation>
    </message>
    <message>
        <source>unable to parse: the header is one piece of text (its first line is no &quot;key: value&quot; setting), and line %1 of it starts with a space</source>
        <translation>не удаётся разобрать: заголовок страницы — единый текст (его первая строка — не настройка «ключ: значение»), и его строка %1 начинается с пробела</translation>
    </message>
    <message>
        <source>unable to parse &quot;%1&quot;: the header&apos;s first line is indented (it must start at the left margin)</source>
        <translation>не удаётся разобрать «%1»: первая строка заголовка страницы начинается с отступа (она должна начинаться от левого края)</translation>
    </message>
    <message>
        <source>unable to parse &quot;%1&quot;: a line that is not a &quot;key: value&quot; setting, a list item or an indented continuation of the value above</source>
        <translation>не удаётся разобрать «%1»: строка не является ни настройкой «ключ: значение», ни элементом списка, ни продолжением значения выше с отступом</translation>
    </message>
    <message>
        <source>the header is not a list of &quot;key: value&quot; settings</source>
        <translation>заголовок страницы — не список настроек «ключ: значение»</translation>
    </message>
    <message>
        <source>%1; Grav reads this only with its legacy parser — quote the value</source>
        <translation>%1; Grav читает это только устаревшим парсером — заключите значение в кавычки</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>заголовок страницы</translation>
    </message>
    <message>
        <source>the header is not valid UTF-8</source>
        <translation>заголовок страницы не является корректным UTF-8</translation>
    </message>
    <message>
        <source>The header is not valid UTF-8; convert the file to UTF-8 first</source>
        <translation>Заголовок страницы не является корректным UTF-8; сначала преобразуйте файл в UTF-8</translation>
    </message>
    <message>
        <source>The header is not valid YAML (line %1): %2</source>
        <translation>Заголовок страницы — некорректный YAML (строка %1): %2</translation>
    </message>
    <message>
        <source>The header is not valid YAML: %1</source>
        <translation>Заголовок страницы — некорректный YAML: %1</translation>
    </message>
    <message>
        <source>The header indents %1 with a tab; fix it in the YAML text first</source>
        <translation>%1: отступ сделан табуляцией; сначала исправьте это в тексте YAML</translation>
    </message>
    <message>
        <source>NaN cannot be written: Grav reads .nan as infinity</source>
        <translation>NaN нельзя записать: Grav читает .nan как бесконечность</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>недопустимая дата</translation>
    </message>
    <message>
        <source>lists of lists or of nested maps cannot be written field by field</source>
        <translation>списки списков или вложенных словарей нельзя записать по полям</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;</source>
        <translation>недопустимый ключ «%1»</translation>
    </message>
    <message>
        <source>values of type %1 cannot be written</source>
        <translation>значения типа %1 нельзя записать</translation>
    </message>
    <message>
        <source>not a single value</source>
        <translation>не одиночное значение</translation>
    </message>
    <message>
        <source>lists of nested maps cannot be written field by field</source>
        <translation>списки вложенных словарей нельзя записать по полям</translation>
    </message>
    <message>
        <source>lists of lists cannot be written field by field</source>
        <translation>списки списков нельзя записать по полям</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key path</source>
        <translation>«%1» — недопустимый путь ключа</translation>
    </message>
    <message>
        <source>Cannot set %1: %2</source>
        <translation>Не удаётся задать %1: %2</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;%2&quot; is written in flow style {…}; edit it in the YAML text</source>
        <translation>Не удаётся задать %1: «%2» записан в потоковом стиле {…}; измените его в тексте YAML</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;%2&quot; is an alias (%3) of another value; edit that value or the YAML text</source>
        <translation>Не удаётся задать %1: «%2» — псевдоним (%3) другого значения; измените то значение или текст YAML</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;%2&quot; holds a value, not a group of settings</source>
        <translation>Не удаётся задать %1: «%2» содержит значение, а не группу настроек</translation>
    </message>
    <message>
        <source>Cannot remove %1: its parent is an alias of another value; edit that value or the YAML text</source>
        <translation>Не удаётся удалить %1: его родительский ключ — псевдоним другого значения; измените то значение или текст YAML</translation>
    </message>
    <message>
        <source>Cannot remove %1: its parent is written in flow style {…}; edit it in the YAML text</source>
        <translation>Не удаётся удалить %1: его родительский ключ записан в потоковом стиле {…}; измените его в тексте YAML</translation>
    </message>
    <message>
        <source>Cannot remove %1: its line was not found in the header; edit it in the YAML text</source>
        <translation>Не удаётся удалить %1: его строка не найдена в заголовке страницы; измените его в тексте YAML</translation>
    </message>
    <message>
        <source>The edit would end the header early (a line starting with ---)</source>
        <translation>Изменение завершило бы заголовок страницы раньше времени (строка, начинающаяся с ---)</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: the header would become invalid (%2)</source>
        <translation>Изменение %1 не применено: заголовок страницы стал бы некорректным (%2)</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: Grav could read the header only with its legacy parser (%2)</source>
        <translation>Изменение %1 не применено: Grav смог бы прочитать заголовок страницы только устаревшим парсером (%2)</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: the value would not read back as intended</source>
        <translation>Изменение %1 не применено: значение прочиталось бы не так, как задумано</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: it would also change %2</source>
        <translation>Изменение %1 не применено: оно изменило бы также %2</translation>
    </message>
    <message>
        <source>The edit of %1 was not applied: it would change the order of the keys</source>
        <translation>Изменение %1 не применено: оно изменило бы порядок ключей</translation>
    </message>
    <message>
        <source>line %1 of the header</source>
        <translation>строка %1 заголовка страницы</translation>
    </message>
    <message>
        <source>Unexpected indentation at %1</source>
        <translation>Неожиданный отступ: %1</translation>
    </message>
    <message>
        <source>%1 is not a &quot;key: value&quot; line</source>
        <translation>%1 — не строка вида «ключ: значение»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a list, not a map</source>
        <translation>«%1» содержит список, а не словарь</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears more than once (lines %2 and %3; Grav reads only the first) — fix it in the YAML text first</source>
        <translation>Ключ «%1» встречается больше одного раза (строки %2 и %3; Grav читает только первую) — сначала исправьте это в тексте YAML</translation>
    </message>
</context>
<context>
    <name>GravDesk::GalleryImportDialog</name>
    <message>
        <source>Add Gallery</source>
        <translation>Добавить галерею</translation>
    </message>
    <message>
        <source>Drag photos or a folder here. Drag the thumbnails to change their order; each photo gets a caption in every language of the page.</source>
        <translation>Перетащите сюда фотографии или папку. Порядок меняется перетаскиванием миниатюр; у каждой фотографии есть подпись на каждом языке страницы.</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <source>Caption of the selected photos (alt text and title)</source>
        <translation>Подпись выбранных фотографий (alt и title)</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>Caption (%1):</source>
        <translation>Подпись (%1):</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Save as WebP</source>
        <translation>Сохранять в WebP</translation>
    </message>
    <message>
        <source>Write .meta.yaml captions</source>
        <translation>Записывать подписи в .meta.yaml</translation>
    </message>
    <message>
        <source>Longest edge:</source>
        <translation>Длинная сторона:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Качество:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC);;All files (*)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Photo(s)</source>
        <translation>
            <numerusform>Импортировать %n фотографию</numerusform>
            <numerusform>Импортировать %n фотографии</numerusform>
            <numerusform>Импортировать %n фотографий</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m photos</source>
        <translation>%v из %m фото</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>GravDesk::GravRenderer</name>
    <message>
        <source>image actions not executed for %1 (%2)</source>
        <translation>действия с изображением не выполнены для %1 (%2)</translation>
    </message>
    <message>
        <source>external_links links.%1 is on: not emulated</source>
        <translation>external_links links.%1 включено: не воспроизводится</translation>
    </message>
    <message>
        <source>external_links title is on: not emulated</source>
        <translation>external_links title включено: не воспроизводится</translation>
    </message>
    <message>
        <source>header rejected: %1 (Grav shows its Invalid Frontmatter page)</source>
        <translation>заголовок страницы отклонён: %1 (Grav показывает свою страницу Invalid Frontmatter)</translation>
    </message>
    <message>
        <source>frontmatter.yaml not parsable: %1</source>
        <translation>frontmatter.yaml не разбирается: %1</translation>
    </message>
    <message>
        <source>page folder unknown: page media cannot be resolved</source>
        <translation>папка страницы неизвестна: медиафайлы страницы не найти</translation>
    </message>
    <message>
        <source>page body longer than %1 bytes: only its beginning is rendered</source>
        <translation>текст страницы длиннее %1 байт: отображается только его начало</translation>
    </message>
    <message>
        <source>shortcode-core enabled:false in the page header empties the content (Grav quirk)</source>
        <translation>shortcode-core enabled:false в заголовке страницы опустошает содержимое (особенность Grav)</translation>
    </message>
    <message>
        <source>shortcode parser &quot;%1&quot; not emulated; using regular</source>
        <translation>парсер шорткодов «%1» не воспроизводится; используется regular</translation>
    </message>
    <message>
        <source>raw shortcode [%1] not emulated; left as text</source>
        <translation>raw-шорткод [%1] не воспроизводится; оставлен текстом</translation>
    </message>
    <message>
        <source>[plugin:page-inject]/[plugin:content-inject] not emulated; left for Markdown</source>
        <translation>[plugin:page-inject]/[plugin:content-inject] не воспроизводится; оставлено для Markdown</translation>
    </message>
    <message>
        <source>Markdown took longer than %1 ms: the rest of the page is shown as plain text</source>
        <translation>Markdown обрабатывался дольше %1 мс: остаток страницы показан простым текстом</translation>
    </message>
    <message>
        <source>process.twig is on for this page: Twig is left unprocessed</source>
        <translation>для этой страницы включён process.twig: Twig оставлен необработанным</translation>
    </message>
    <message>
        <source>Twig in the page is not run (process.twig is on): Grav runs it</source>
        <translation>Twig на странице не выполняется (process.twig включён): Grav его выполняет</translation>
    </message>
    <message>
        <source>Twig in the page is not run (process.twig is off): Grav shows it as text</source>
        <translation>Twig на странице не выполняется (process.twig выключен): Grav показывает его как текст</translation>
    </message>
    <message>
        <source>rendered HTML longer than %1 bytes: cut</source>
        <translation>полученный HTML длиннее %1 байт: обрезан</translation>
    </message>
    <message>
        <source>shortcode [%1] is registered on the site but not emulated; left as text</source>
        <translation>шорткод [%1] зарегистрирован на сайте, но не воспроизводится; оставлен текстом</translation>
    </message>
    <message>
        <source>youtube shortcode thumbnail= not emulated</source>
        <translation>thumbnail= шорткода youtube не воспроизводится</translation>
    </message>
    <message>
        <source>an HTML block starts with &lt;html&gt;, &lt;head&gt; or &lt;body&gt;: ParsedownExtra (markdown.extra) fails on it and Grav shows an error instead of this page</source>
        <translation>HTML-блок начинается с &lt;html&gt;, &lt;head&gt; или &lt;body&gt;: на нём ParsedownExtra (markdown.extra) даёт сбой, и Grav вместо этой страницы показывает ошибку</translation>
    </message>
</context>
<context>
    <name>GravDesk::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>История %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>This page has no published versions yet.</source>
        <translation>У этой страницы пока нет опубликованных версий.</translation>
    </message>
    <message>
        <source>Select a version to see its text.</source>
        <translation>Выберите версию, чтобы увидеть её текст.</translation>
    </message>
    <message>
        <source>Restore This Version as a Draft</source>
        <translation>Восстановить эту версию как черновик</translation>
    </message>
    <message>
        <source>Puts this text into the editor as unsaved edits; the page on disk changes only when you save.</source>
        <translation>Помещает этот текст в редактор как несохранённые правки; страница на диске изменится, только когда вы сохраните.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This language file did not exist in that version.</source>
        <translation>В той версии этого языкового файла не было.</translation>
    </message>
</context>
<context>
    <name>GravDesk::MainWindow</name>
    <message>
        <source>Reading pages… %1 of %2 files</source>
        <translation>Чтение страниц… файлов: %1 из %2</translation>
    </message>
    <message>
        <source>%1 — %2 pages, %3 errors, %4 warnings</source>
        <translation>%1 — страниц: %2, ошибок: %3, предупреждений: %4</translation>
    </message>
    <message>
        <source>Could not open the site</source>
        <translation>Не удалось открыть сайт</translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation>Открытие сайта</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>Открытие страницы</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Select a page in the tree to edit its text.</source>
        <translation>Выберите страницу в дереве, чтобы редактировать её текст.</translation>
    </message>
    <message>
        <source>Open a Grav site with File ▸ Open Site…</source>
        <translation>Откройте сайт Grav: Файл ▸ Открыть сайт…</translation>
    </message>
    <message>
        <source>The preview of the selected page appears here.</source>
        <translation>Здесь появится предпросмотр выбранной страницы.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Site…</source>
        <translation>&amp;Открыть сайт…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние сайты</translation>
    </message>
    <message>
        <source>Re&amp;load Site</source>
        <translation>&amp;Перезагрузить сайт</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About GravDesk</source>
        <translation>&amp;О программе GravDesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>Язык: </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Open Grav Site</source>
        <translation>Открыть сайт Grav</translation>
    </message>
    <message>
        <source>“%1” has no page file: Grav shows it as an empty folder.</source>
        <translation>В папке «%1» нет файла страницы: Grav показывает её как пустую папку.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <source>%1

Overwrite it with your version? (No keeps your text in the editor, unsaved.)</source>
        <translation>%1

Перезаписать его вашей версией? (Если выбрать «Нет», ваш текст останется в редакторе несохранённым.)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>%1

The file on disk is unchanged and your text is still in the editor.</source>
        <translation>%1

Файл на диске не изменён, а ваш текст по-прежнему в редакторе.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Файл %1 сохранён</translation>
    </message>
    <message>
        <source>%1 has no changes to save</source>
        <translation>В файле %1 нет изменений для сохранения</translation>
    </message>
    <message>
        <source>%1 was not saved</source>
        <translation>Файл %1 не сохранён</translation>
    </message>
    <message>
        <source>(single language)</source>
        <translation>(один язык)</translation>
    </message>
    <message>
        <source>Problems: %1 errors, %2 warnings</source>
        <translation>Проблемы: ошибок — %1, предупреждений — %2</translation>
    </message>
    <message>
        <source>The preview does not follow links within the site: %1</source>
        <translation>Предпросмотр не переходит по ссылкам внутри сайта: %1</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Открытие ссылки</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

%1</source>
        <translation>Открыть эту ссылку в веб-браузере?

%1</translation>
    </message>
    <message>
        <source>This page cannot be saved yet:

%1</source>
        <translation>Эту страницу пока нельзя сохранить:

%1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Правка текста</translation>
    </message>
    <message>
        <source>Edit header</source>
        <translation>Правка заголовка страницы</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Правка поля %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>С&amp;траница</translation>
    </message>
    <message>
        <source>&amp;Translate to</source>
        <translation>&amp;Перевести на</translation>
    </message>
    <message>
        <source>&amp;Side by Side…</source>
        <translation>&amp;Рядом…</translation>
    </message>
    <message>
        <source>Tr&amp;anslations…</source>
        <translation>П&amp;ереводы…</translation>
    </message>
    <message>
        <source>(open a page of a multilingual site)</source>
        <translation>(откройте страницу многоязычного сайта)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть: %1</translation>
    </message>
    <message>
        <source>Start %1 from %2</source>
        <translation>Начать перевод: %1 (с %2)</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>%1 has no %2 file to translate from.</source>
        <translation>У страницы %1 нет файла на языке %2, с которого можно переводить.</translation>
    </message>
    <message>
        <source>The %1 translation was not created: %2</source>
        <translation>Перевод на %1 не создан: %2</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Open a page that has a language file first.</source>
        <translation>Сначала откройте страницу, у которой есть языковой файл.</translation>
    </message>
    <message>
        <source>This page has only one language. Start a translation with Page ▸ Translate to first.</source>
        <translation>У этой страницы только один язык. Сначала начните перевод: Страница ▸ Перевести на.</translation>
    </message>
    <message>
        <source>Start the %1 translation of %2 from its %3 text? It is created as a draft (not published).</source>
        <translation>Начать перевод %2 на %1 с текста на %3? Он будет создан как черновик (не опубликован).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation>&amp;Синхронная прокрутка</translation>
    </message>
    <message>
        <source>Scroll the preview with the text, and the text with the preview</source>
        <translation>Прокручивать предпросмотр вместе с текстом, а текст — вместе с предпросмотром</translation>
    </message>
    <message>
        <source>Add Gallery</source>
        <translation>Добавить галерею</translation>
    </message>
    <message>
        <source>Select a page first: the photos go into its folder.</source>
        <translation>Сначала выберите страницу: фотографии сохраняются в её папку.</translation>
    </message>
    <message>
        <source>These files were not imported:

%1</source>
        <translation>Эти файлы не импортированы:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? %n page file(s) of this page still show it; their links will be broken.</source>
        <translation>
            <numerusform>Удалить %1? Его показывает %n файл этой страницы; ссылка перестанет работать.</numerusform>
            <numerusform>Удалить %1? Его показывают %n файла этой страницы; ссылки перестанут работать.</numerusform>
            <numerusform>Удалить %1? Его показывают %n файлов этой страницы; ссылки перестанут работать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 from the page&apos;s folder?</source>
        <translation>Удалить %1 из папки страницы?</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удаление %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Переименование %1</translation>
    </message>
    <message>
        <source>Media Order</source>
        <translation>Порядок медиафайлов</translation>
    </message>
    <message>
        <source>Add &amp;Gallery…</source>
        <translation>Добавить &amp;галерею…</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Новая публикация…</translation>
    </message>
    <message>
        <source>Typograph as You &amp;Type</source>
        <translation>Типографировать при &amp;наборе</translation>
    </message>
    <message>
        <source>Quotes, dashes, no-break spaces and ellipses are corrected in the paragraph you type.</source>
        <translation>Кавычки, тире, неразрывные пробелы и многоточия исправляются в абзаце, который вы набираете.</translation>
    </message>
    <message>
        <source>Typograph This &amp;Post</source>
        <translation>Типографировать &amp;публикацию</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <source>Open a site first (File ▸ Open Site…).</source>
        <translation>Сначала откройте сайт (Файл ▸ Открыть сайт…).</translation>
    </message>
    <message>
        <source>This site has no news section (a page using the blog template). Select the section in the tree first.</source>
        <translation>На этом сайте нет раздела новостей (страницы с шаблоном blog). Сначала выберите раздел в дереве.</translation>
    </message>
    <message>
        <source>Typograph: nothing to change</source>
        <translation>Типограф: менять нечего</translation>
    </message>
    <message numerus="yes">
        <source>Typograph: %n change(s)</source>
        <translation>
            <numerusform>Типограф: %n исправление</numerusform>
            <numerusform>Типограф: %n исправления</numerusform>
            <numerusform>Типограф: %n исправлений</numerusform>
        </translation>
    </message>
    <message>
        <source>This page has changes to its files that are written when it is saved. Save the page now and then add the gallery?</source>
        <translation>У этой страницы есть изменения файлов, которые записываются при сохранении. Сохранить страницу сейчас и затем добавить галерею?</translation>
    </message>
    <message>
        <source>The folder for photos waiting for Save cannot be created.</source>
        <translation>Не удалось создать папку для фотографий, ожидающих сохранения.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added to the gallery; they are written to the page&apos;s folder when you save.</source>
        <translation>
            <numerusform>В галерею добавлена %n фотография; она будет записана в папку страницы при сохранении.</numerusform>
            <numerusform>В галерею добавлены %n фотографии; они будут записаны в папку страницы при сохранении.</numerusform>
            <numerusform>В галерею добавлено %n фотографий; они будут записаны в папку страницы при сохранении.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renamed to %2 (written when you save).</source>
        <translation>%1 переименован в %2 (запишется при сохранении).</translation>
    </message>
    <message>
        <source>The %1 translation was not created: %2 already exists.</source>
        <translation>Перевод на %1 не создан: %2 уже существует.</translation>
    </message>
    <message>
        <source>New %1: a draft with the %2 text to translate, written when you save</source>
        <translation>Новый %1: черновик с текстом на %2 для перевода, будет записан при сохранении</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>%1

Nothing was written; your text is still in the editor.</source>
        <translation>%1

Ничего не записано; ваш текст по-прежнему в редакторе.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Пере&amp;загрузить</translation>
    </message>
    <message>
        <source>Show the page as it is on disk now. Your unsaved edits are dropped.</source>
        <translation>Показать страницу в том виде, в каком она сейчас на диске. Ваши несохранённые правки будут отброшены.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Оставить мою версию</translation>
    </message>
    <message>
        <source>Keep your edits; saving replaces the version on disk. If you edited only the header or only the text, the other part follows the version on disk.</source>
        <translation>Оставить ваши правки; при сохранении они заменят версию на диске. Если вы изменили только заголовок страницы или только текст, другая часть берётся из версии на диске.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Ср&amp;авнить…</translation>
    </message>
    <message>
        <source>See the version on disk and yours side by side and take either, field by field and paragraph by paragraph.</source>
        <translation>Посмотреть версию на диске и вашу рядом и выбрать любую из них — по полям и по абзацам.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save your version under another name.</source>
        <translation>Сохранить вашу версию под другим именем.</translation>
    </message>
    <message>
        <source>%1 changed on disk and cannot be read now: %2</source>
        <translation>%1 изменён на диске, и сейчас его не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program and has been reloaded.</source>
        <translation>%1 изменён другой программой и загружен заново.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted on disk.&lt;/b&gt; Your text is still here: Save writes the file again, or Save As… writes it under another name.</source>
        <translation>&lt;b&gt;%1 удалён на диске.&lt;/b&gt; Ваш текст по-прежнему здесь: «Сохранить» снова запишет файл, а «Сохранить как…» запишет его под другим именем.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed on disk by another program.&lt;/b&gt; Your edits are not saved. Reload shows the version on disk, Keep Mine keeps yours, Compare shows both.</source>
        <translation>&lt;b&gt;%1 изменён на диске другой программой.&lt;/b&gt; Ваши правки не сохранены. «Перезагрузить» покажет версию на диске, «Оставить мою версию» оставит вашу, «Сравнить» покажет обе.</translation>
    </message>
    <message>
        <source>Your version is kept; saving replaces the version on disk.</source>
        <translation>Ваша версия оставлена; при сохранении она заменит версию на диске.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Take Changes from Disk</source>
        <translation>Принятие изменений с диска</translation>
    </message>
    <message>
        <source>Save Page As</source>
        <translation>Сохранить страницу как</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new name.</source>
        <translation>%1 уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <source>%1 is read-only, so GravDesk does not replace it. Save your version under another name?</source>
        <translation>%1 доступен только для чтения, поэтому GravDesk его не заменяет. Сохранить вашу версию под другим именем?</translation>
    </message>
    <message>
        <source>The file was deleted since; Save creates it again.</source>
        <translation>С тех пор файл был удалён; «Сохранить» создаст его заново.</translation>
    </message>
    <message>
        <source>The file was created since.</source>
        <translation>С тех пор файл был создан.</translation>
    </message>
    <message>
        <source>The file cannot be compared with the edits.</source>
        <translation>Не удаётся сравнить файл с правками.</translation>
    </message>
    <message>
        <source>The file changed on disk since.</source>
        <translation>С тех пор файл изменился на диске.</translation>
    </message>
    <message>
        <source>Restored the unsaved text of %1; it is not saved yet</source>
        <translation>Восстановлен несохранённый текст %1; он ещё не сохранён</translation>
    </message>
    <message>
        <source>The page of %1 is not in the site any more</source>
        <translation>Страницы %1 больше нет на сайте</translation>
    </message>
    <message numerus="yes">
        <source>Recovered text waiting in %n page(s): &lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;</source>
        <translation>
            <numerusform>Восстановленный текст ждёт на %n странице: &lt;a href=&quot;open&quot;&gt;открыть&lt;/a&gt;</numerusform>
            <numerusform>Восстановленный текст ждёт на %n страницах: &lt;a href=&quot;open&quot;&gt;открыть&lt;/a&gt;</numerusform>
            <numerusform>Восстановленный текст ждёт на %n страницах: &lt;a href=&quot;open&quot;&gt;открыть&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>These pages hold recovered text that is put into the editor when you open them:
%1</source>
        <translation>На этих страницах есть восстановленный текст, который попадёт в редактор, когда вы их откроете:
%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The site&apos;s address was not saved:

%1</source>
        <translation>Адрес сайта не сохранён:

%1</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Следующая вкладка</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Предыдущая вкладка</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Закрыть вкладку</translation>
    </message>
    <message>
        <source>Open in New Tab</source>
        <translation>Открыть в новой вкладке</translation>
    </message>
    <message>
        <source>%1 — not saved</source>
        <translation>%1 — не сохранено</translation>
    </message>
    <message>
        <source>%1 is not in the site any more</source>
        <translation>%1 больше нет на сайте</translation>
    </message>
    <message>
        <source>Written First In</source>
        <translation>Написана сначала на</translation>
    </message>
    <message>
        <source>The source language was not recorded: %1</source>
        <translation>Исходный язык не записан: %1</translation>
    </message>
    <message>
        <source>Translations of this page now follow its %1 text</source>
        <translation>Переводы этой страницы теперь следуют её тексту: %1</translation>
    </message>
    <message>
        <source>%1, text line %2 (open)</source>
        <translation>%1, строка текста %2 (открыта)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Select a page first: the files go into its folder.</source>
        <translation>Сначала выберите страницу: файлы попадут в её папку.</translation>
    </message>
    <message>
        <source>Nothing was attached:

%1</source>
        <translation>Ничего не прикреплено:

%1</translation>
    </message>
    <message>
        <source>These files are added to the page&apos;s folder when you save the page:</source>
        <translation>Эти файлы будут добавлены в папку страницы при её сохранении:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Attach %1 as %2</source>
        <translation>Прикрепить %1 как %2</translation>
    </message>
    <message>
        <source>The folder for files waiting for Save cannot be created.</source>
        <translation>Не удаётся создать папку для файлов, ожидающих сохранения.</translation>
    </message>
    <message>
        <source>%1 cannot be copied for the page; nothing was attached.</source>
        <translation>Не удаётся скопировать %1 для страницы; ничего не прикреплено.</translation>
    </message>
    <message numerus="yes">
        <source>Insert a link to %n file(s) at the cursor?</source>
        <translation>
            <numerusform>Вставить ссылку на %n файл в позицию курсора?</numerusform>
            <numerusform>Вставить ссылки на %n файла в позицию курсора?</numerusform>
            <numerusform>Вставить ссылки на %n файлов в позицию курсора?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached; they are written to the page&apos;s folder when you save.</source>
        <translation>
            <numerusform>Прикреплён %n файл; он будет записан в папку страницы при сохранении.</numerusform>
            <numerusform>Прикреплено %n файла; они будут записаны в папку страницы при сохранении.</numerusform>
            <numerusform>Прикреплено %n файлов; они будут записаны в папку страницы при сохранении.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to give this page a free slug</source>
        <translation>Дважды щёлкните, чтобы дать этой странице свободный слаг</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>Пере&amp;местить в…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Сделать &amp;копию</translation>
    </message>
    <message>
        <source>Change &amp;Template…</source>
        <translation>Сменить &amp;шаблон…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Tras&amp;h…</source>
        <translation>&amp;Корзина…</translation>
    </message>
    <message>
        <source>Selected &amp;Pages</source>
        <translation>Выбранные &amp;страницы</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>Снять с &amp;публикации</translation>
    </message>
    <message>
        <source>Add to &amp;Category…</source>
        <translation>Добавить в &amp;категорию…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Добавить &amp;тег…</translation>
    </message>
    <message>
        <source>&amp;Remove from Category…</source>
        <translation>&amp;Убрать из категории…</translation>
    </message>
    <message>
        <source>Remove T&amp;ag…</source>
        <translation>Убрать т&amp;ег…</translation>
    </message>
    <message numerus="yes">
        <source>%n Selected Pages</source>
        <translation>
            <numerusform>%n выбранная страница</numerusform>
            <numerusform>%n выбранные страницы</numerusform>
            <numerusform>%n выбранных страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>This Page</source>
        <translation>Эта страница</translation>
    </message>
    <message>
        <source>Show Page</source>
        <translation>Показать страницу</translation>
    </message>
    <message>
        <source>Fix Duplicate Slug…</source>
        <translation>Исправить повторяющийся слаг…</translation>
    </message>
    <message>
        <source>%1 has unsaved edits, and this change moves or rewrites it. Save the page (or undo your edits) first; nothing was changed.</source>
        <translation>В %1 есть несохранённые правки, а это изменение перемещает или перезаписывает файл. Сначала сохраните страницу (или отмените правки); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Ничего не изменено.</translation>
    </message>
    <message>
        <source>The page was moved to the trash (Page ▸ Trash… brings it back).</source>
        <translation>Страница перемещена в корзину (Страница ▸ Корзина… вернёт её).</translation>
    </message>
    <message>
        <source>Opening the page at its new place…</source>
        <translation>Открытие страницы на новом месте…</translation>
    </message>
    <message>
        <source>Rename Page</source>
        <translation>Переименование страницы</translation>
    </message>
    <message>
        <source>Rename the folder of “%1”. The page&apos;s address changes with it.</source>
        <translation>Переименовать папку «%1». Адрес страницы изменится вместе с ней.</translation>
    </message>
    <message>
        <source>New name of the folder “%1” (a slug keeps the number in front; the page&apos;s address follows it):</source>
        <translation>Новое имя папки «%1» (у слага номер впереди сохраняется; адрес страницы следует за ним):</translation>
    </message>
    <message>
        <source>Move Page</source>
        <translation>Перемещение страницы</translation>
    </message>
    <message>
        <source>There is no page %1 in the site.</source>
        <translation>На сайте нет страницы %1.</translation>
    </message>
    <message>
        <source>%1 is already there; nothing was changed.</source>
        <translation>%1 уже там; ничего не изменено.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>Move “%1” into %2.</source>
        <translation>Переместить «%1» в %2.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>Move “%1” into:</source>
        <translation>Переместить «%1» в:</translation>
    </message>
    <message>
        <source>Duplicate Page</source>
        <translation>Копия страницы</translation>
    </message>
    <message>
        <source>Copy “%1” with every language file and all its files beside it, under a free name.</source>
        <translation>Скопировать «%1» со всеми языковыми файлами и всеми её файлами рядом, под свободным именем.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Сделать копию</translation>
    </message>
    <message>
        <source>Change Template</source>
        <translation>Смена шаблона</translation>
    </message>
    <message>
        <source>%1 has no page file.</source>
        <translation>У %1 нет файла страницы.</translation>
    </message>
    <message>
        <source>“%1” uses the template %2. Its page files are renamed to the template:</source>
        <translation>«%1» использует шаблон %2. Её файлы страницы будут переименованы по шаблону:</translation>
    </message>
    <message>
        <source>Use the template %1 for “%2”.</source>
        <translation>Использовать шаблон %1 для «%2».</translation>
    </message>
    <message>
        <source>Delete Page</source>
        <translation>Удаление страницы</translation>
    </message>
    <message>
        <source>Move “%1” to the trash. It is kept outside the site; Page ▸ Trash… brings it back.</source>
        <translation>Переместить «%1» в корзину. Она хранится вне сайта; Страница ▸ Корзина… вернёт её.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete Pages</source>
        <translation>Удаление страниц</translation>
    </message>
    <message numerus="yes">
        <source>Move %n page(s) to the trash in one change. They are kept outside the site; Page ▸ Trash… brings them back.</source>
        <translation>
            <numerusform>Переместить %n страницу в корзину одним изменением. Страницы хранятся вне сайта; Страница ▸ Корзина… вернёт их.</numerusform>
            <numerusform>Переместить %n страницы в корзину одним изменением. Страницы хранятся вне сайта; Страница ▸ Корзина… вернёт их.</numerusform>
            <numerusform>Переместить %n страниц в корзину одним изменением. Страницы хранятся вне сайта; Страница ▸ Корзина… вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Page</source>
        <translation>Восстановление страницы</translation>
    </message>
    <message>
        <source>%1

Restore it under a free name instead?</source>
        <translation>%1

Восстановить её под свободным именем?</translation>
    </message>
    <message>
        <source>Put the page back into the site.</source>
        <translation>Вернуть страницу на сайт.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Fix Duplicate Slug</source>
        <translation>Исправление повторяющегося слага</translation>
    </message>
    <message>
        <source>“%1” has the same address as another page in its section, so Grav shows only one of them. It gets a free slug made from its title:</source>
        <translation>У «%1» тот же адрес, что у другой страницы в её разделе, поэтому Grav показывает только одну из них. Она получит свободный слаг из своего заголовка:</translation>
    </message>
    <message>
        <source>Reorder Pages</source>
        <translation>Порядок страниц</translation>
    </message>
    <message>
        <source>Put the pages of %1 in the new order. Only folders whose number must change are renamed.</source>
        <translation>Расставить страницы %1 в новом порядке. Переименовываются только папки, номер которых должен измениться.</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Изменить порядок</translation>
    </message>
    <message>
        <source>Drag one page at a time to move it into another section; nothing was changed.</source>
        <translation>Чтобы переместить страницы в другой раздел, перетаскивайте их по одной; ничего не изменено.</translation>
    </message>
    <message>
        <source>Publish Pages</source>
        <translation>Публикация страниц</translation>
    </message>
    <message>
        <source>Unpublish Pages</source>
        <translation>Снятие страниц с публикации</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n page(s) in every language (published: true).</source>
        <translation>
            <numerusform>Опубликовать %n страницу на всех языках (published: true).</numerusform>
            <numerusform>Опубликовать %n страницы на всех языках (published: true).</numerusform>
            <numerusform>Опубликовать %n страниц на всех языках (published: true).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n page(s) from the site in every language (published: false).</source>
        <translation>
            <numerusform>Скрыть %n страницу с сайта на всех языках (published: false).</numerusform>
            <numerusform>Скрыть %n страницы с сайта на всех языках (published: false).</numerusform>
            <numerusform>Скрыть %n страниц с сайта на всех языках (published: false).</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Снять с публикации</translation>
    </message>
    <message>
        <source>Add to Category</source>
        <translation>Добавление в категорию</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Добавление тега</translation>
    </message>
    <message numerus="yes">
        <source>Category to add to %n page(s):</source>
        <translation>
            <numerusform>Категория для %n страницы:</numerusform>
            <numerusform>Категория для %n страниц:</numerusform>
            <numerusform>Категория для %n страниц:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n page(s):</source>
        <translation>
            <numerusform>Тег для %n страницы:</numerusform>
            <numerusform>Тег для %n страниц:</numerusform>
            <numerusform>Тег для %n страниц:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Category</source>
        <translation>Удаление из категории</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Удаление тега</translation>
    </message>
    <message>
        <source>None of the selected pages is in a category.</source>
        <translation>Ни одна из выбранных страниц не входит в категорию.</translation>
    </message>
    <message>
        <source>None of the selected pages has a tag.</source>
        <translation>Ни у одной из выбранных страниц нет тегов.</translation>
    </message>
    <message>
        <source>Category to remove the selected pages from:</source>
        <translation>Категория, из которой убрать выбранные страницы:</translation>
    </message>
    <message>
        <source>Tag to remove from the selected pages:</source>
        <translation>Тег, который убрать с выбранных страниц:</translation>
    </message>
    <message>
        <source>Change the header of every language file of the selected pages; nothing else in them changes.</source>
        <translation>Изменить заголовок каждого языкового файла выбранных страниц; больше в них ничего не меняется.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clone Site…</source>
        <translation>&amp;Клонировать сайт…</translation>
    </message>
    <message>
        <source>&amp;Update from Server</source>
        <translation>&amp;Обновить с сервера</translation>
    </message>
    <message>
        <source>Take what changed on the server; edits made on both sides in the same place are yours to decide</source>
        <translation>Получить изменения с сервера; если одно и то же место изменено с обеих сторон, решаете вы</translation>
    </message>
    <message>
        <source>Send this page (its language files and media) to the server as one change</source>
        <translation>Отправить эту страницу (её языковые файлы и медиа) на сервер одним изменением</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message numerus="yes">
        <source>Published %n page(s) that were waiting for the server.</source>
        <translation>
            <numerusform>Опубликована %n страница, ожидавшая сервера.</numerusform>
            <numerusform>Опубликованы %n страницы, ожидавшие сервера.</numerusform>
            <numerusform>Опубликовано %n страниц, ожидавших сервера.</numerusform>
        </translation>
    </message>
    <message>
        <source>↑%1 ↓%2</source>
        <translation>↑%1 ↓%2</translation>
    </message>
    <message>
        <source>server synced %1</source>
        <translation>сервер синхронизирован %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) queued</source>
        <translation>
            <numerusform>%n страница в очереди</numerusform>
            <numerusform>%n страницы в очереди</numerusform>
            <numerusform>%n страниц в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source>working…</source>
        <translation>работа…</translation>
    </message>
    <message>
        <source>Publishing through git: %1</source>
        <translation>Публикация через git: %1</translation>
    </message>
    <message>
        <source>%1 commit(s) here the server does not have, %2 on the server not here yet.</source>
        <translation>Коммитов здесь, которых нет на сервере: %1; на сервере, которых ещё нет здесь: %2.</translation>
    </message>
    <message>
        <source>Last checked with the server: %1.</source>
        <translation>Последняя проверка с сервером: %1.</translation>
    </message>
    <message>
        <source>Use File ▸ Update from Server to sign in.</source>
        <translation>Чтобы войти, выберите Файл ▸ Обновить с сервера.</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>Публикация %1…</translation>
    </message>
    <message>
        <source>Published “%1”. The site shows it when the server syncs.</source>
        <translation>Опубликовано: «%1». Сайт покажет это после синхронизации сервера.</translation>
    </message>
    <message>
        <source>Nothing to publish: %1 is the same as on the server.</source>
        <translation>Нечего публиковать: %1 такая же, как на сервере.</translation>
    </message>
    <message>
        <source>The server cannot be reached: “%1” waits and is published when it answers again.</source>
        <translation>Сервер недоступен: «%1» ждёт и будет опубликовано, когда сервер снова ответит.</translation>
    </message>
    <message>
        <source>Before %1 can be published, decide how to combine your edits with the server&apos;s.</source>
        <translation>Прежде чем публиковать %1, решите, как совместить ваши правки с правками на сервере.</translation>
    </message>
    <message>
        <source>%1 was not published:

%2</source>
        <translation>%1 не опубликована:

%2</translation>
    </message>
    <message>
        <source>Updating from the server…</source>
        <translation>Обновление с сервера…</translation>
    </message>
    <message>
        <source>Up to date with the server.</source>
        <translation>Всё совпадает с сервером.</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n file(s) taken</source>
        <translation>
            <numerusform>Обновлено с сервера: получен %n файл</numerusform>
            <numerusform>Обновлено с сервера: получено %n файла</numerusform>
            <numerusform>Обновлено с сервера: получено %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with your edits</source>
        <translation>
            <numerusform>%n совмещён с вашими правками</numerusform>
            <numerusform>%n совмещены с вашими правками</numerusform>
            <numerusform>%n совмещены с вашими правками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n удалён</numerusform>
            <numerusform>%n удалено</numerusform>
            <numerusform>%n удалено</numerusform>
        </translation>
    </message>
    <message>
        <source>The server wants you to sign in; the update was not done.</source>
        <translation>Сервер требует входа; обновление не выполнено.</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was updated. Your pages are as they were.</source>
        <translation>Сервер недоступен; ничего не обновлено. Ваши страницы остались как были.</translation>
    </message>
    <message>
        <source>Update from Server</source>
        <translation>Обновление с сервера</translation>
    </message>
    <message>
        <source>Nothing was updated:

%1</source>
        <translation>Ничего не обновлено:

%1</translation>
    </message>
    <message>
        <source>Nothing was updated; your pages are as they were.</source>
        <translation>Ничего не обновлено; ваши страницы остались как были.</translation>
    </message>
    <message>
        <source>Updating from the server with your decisions…</source>
        <translation>Обновление с сервера с вашими решениями…</translation>
    </message>
    <message>
        <source>The page was closed; nothing was restored.</source>
        <translation>Страница закрыта; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Restore Version of %1</source>
        <translation>Восстановление версии от %1</translation>
    </message>
    <message>
        <source>The version of %1 (%2) is in the editor as unsaved edits; save to keep it.</source>
        <translation>Версия от %1 (%2) в редакторе как несохранённые правки; сохраните, чтобы оставить её.</translation>
    </message>
    <message>
        <source>The server moved %1 to %2; your edits went with it.</source>
        <translation>Сервер переместил %1 в %2; ваши правки перенесены вместе со страницей.</translation>
    </message>
    <message>
        <source>server may be stuck</source>
        <translation>сервер, возможно, завис</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) Windows cannot check out</source>
        <translation>
            <numerusform>%n имя, недопустимое в Windows</numerusform>
            <numerusform>%n имени, недопустимых в Windows</numerusform>
            <numerusform>%n имён, недопустимых в Windows</numerusform>
        </translation>
    </message>
    <message>
        <source>Names from the server that Windows cannot check out (rename them on the server):</source>
        <translation>Имена с сервера, которые Windows не сможет извлечь (переименуйте их на сервере):</translation>
    </message>
    <message>
        <source>Windows cannot check out some names the server sent, in: %1.</source>
        <translation>Некоторые имена, пришедшие с сервера, недопустимы в Windows; страницы: %1.</translation>
    </message>
    <message>
        <source>No pages match the search and filters.</source>
        <translation>Нет страниц, подходящих под поиск и фильтры.</translation>
    </message>
    <message>
        <source>Pages are reordered by dragging in the folder order without a search or filter: click the sorted column&apos;s header until the arrow goes, and clear the search.</source>
        <translation>Менять порядок страниц перетаскиванием можно только в порядке папок, без поиска и фильтров: щёлкайте по заголовку отсортированного столбца, пока не исчезнет стрелка, и очистите поиск.</translation>
    </message>
    <message>
        <source>Find &amp;Page</source>
        <translation>&amp;Найти страницу</translation>
    </message>
    <message>
        <source>Folder Order</source>
        <translation>Порядок папок</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>The tree&apos;s search and filters were cleared to show the page.</source>
        <translation>Поиск и фильтры дерева сброшены, чтобы показать страницу.</translation>
    </message>
    <message>
        <source>Find in &amp;Site…</source>
        <translation>Поиск по &amp;сайту…</translation>
    </message>
    <message>
        <source>Undo Replace in Site</source>
        <translation>Отменить замену по сайту</translation>
    </message>
    <message>
        <source>Replace in Site</source>
        <translation>Замена по сайту</translation>
    </message>
    <message>
        <source>No match is ticked.</source>
        <translation>Не отмечено ни одного совпадения.</translation>
    </message>
    <message>
        <source>%1: left as it is, because it is open with unsaved edits. Save the page and replace again.</source>
        <translation>%1: оставлен как есть, потому что открыт с несохранёнными правками. Сохраните страницу и замените ещё раз.</translation>
    </message>
    <message>
        <source>%1: left as it is. %2</source>
        <translation>%1: оставлен как есть. %2</translation>
    </message>
    <message>
        <source>These pages changed since the search, so nothing was replaced:
%1

The results have been searched again; check them and replace again.</source>
        <translation>Эти страницы изменились после поиска, поэтому ничего не заменено:
%1

Поиск выполнен заново; проверьте результаты и замените ещё раз.</translation>
    </message>
    <message>
        <source>Nothing can be replaced:
%1</source>
        <translation>Заменить нечего:
%1</translation>
    </message>
    <message>
        <source>Replace %1 with “%2”? Edit ▸ Undo Replace in Site takes it back until the next save.</source>
        <translation>Заменить %1 на «%2»? «Правка ▸ Отменить замену по сайту» вернёт всё до следующего сохранения.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n match(es)</source>
        <translation>
            <numerusform>%1: %n совпадение</numerusform>
            <numerusform>%1: %n совпадения</numerusform>
            <numerusform>%1: %n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n page(s)</source>
        <translation>
            <numerusform>Замена «%1» на «%2» на %n странице</numerusform>
            <numerusform>Замена «%1» на «%2» на %n страницах</numerusform>
            <numerusform>Замена «%1» на «%2» на %n страницах</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced %1 in %2.</source>
        <translation>Заменено: %1 в %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n странице</numerusform>
            <numerusform>%n страницах</numerusform>
            <numerusform>%n страницах</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has unsaved edits. Save the page (or undo your edits) first; nothing was undone.</source>
        <translation>В %1 есть несохранённые правки. Сначала сохраните страницу (или отмените правки); ничего не отменено.</translation>
    </message>
    <message>
        <source>%1

A page changed after the replace, so nothing was undone.</source>
        <translation>%1

Страница изменилась после замены, поэтому ничего не отменено.</translation>
    </message>
    <message>
        <source>%1

Nothing was undone.</source>
        <translation>%1

Ничего не отменено.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>%1 has been reloaded with the replaced text.</source>
        <translation>%1 перечитан с заменённым текстом.</translation>
    </message>
    <message>
        <source>The page changed while you decided; nothing was updated. Update again.</source>
        <translation>Страница изменилась, пока вы решали; ничего не обновлено. Обновите ещё раз.</translation>
    </message>
    <message>
        <source>Not every question was answered.</source>
        <translation>Ответ дан не на все вопросы.</translation>
    </message>
    <message>
        <source>Take Changes from the Server</source>
        <translation>Взять изменения с сервера</translation>
    </message>
    <message>
        <source>&amp;Import Site Settings…</source>
        <translation>&amp;Импорт настроек сайта…</translation>
    </message>
    <message>
        <source>Use a copy of the site&apos;s system.yaml and site.yaml where the site has no config/ folder (a Git Sync clone)</source>
        <translation>Использовать копию system.yaml и site.yaml сайта, если у сайта нет папки config/ (клон Git Sync)</translation>
    </message>
    <message>
        <source>Import Site Settings</source>
        <translation>Импорт настроек сайта</translation>
    </message>
    <message>
        <source>Open a site first, then import its settings.</source>
        <translation>Сначала откройте сайт, затем импортируйте его настройки.</translation>
    </message>
    <message>
        <source>Import system.yaml and site.yaml</source>
        <translation>Импорт system.yaml и site.yaml</translation>
    </message>
    <message>
        <source>Grav settings (system.yaml site.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Настройки Grav (system.yaml site.yaml *.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported %1 for this site.</source>
        <translation>Для этого сайта импортирован(ы) %1.</translation>
    </message>
    <message>
        <source>Languages %1 found · &lt;a href=&quot;import&quot;&gt;Import Site Settings…&lt;/a&gt;</source>
        <translation>Языки %1 определены по файлам · &lt;a href=&quot;import&quot;&gt;Импорт настроек сайта…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>GravDesk::MarkdownFormat</name>
    <message>
        <source>Column 1</source>
        <translation>Столбец 1</translation>
    </message>
    <message>
        <source>Column 2</source>
        <translation>Столбец 2</translation>
    </message>
</context>
<context>
    <name>GravDesk::MediaPanel</name>
    <message>
        <source>Media of this page</source>
        <translation>Медиафайлы страницы</translation>
    </message>
    <message>
        <source>Drag to change the order (media_order); double-click to insert at the cursor.</source>
        <translation>Перетаскивайте, чтобы изменить порядок (media_order); двойной щелчок вставляет ссылку у курсора.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Add Gallery…</source>
        <translation>Добавить галерею…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>New name for %1 (the page&apos;s links to it are updated in every language):</source>
        <translation>Новое имя для %1 (ссылки на него обновятся на всех языках страницы):</translation>
    </message>
    <message>
        <source>New: written to the page&apos;s folder when you save</source>
        <translation>Новый: запишется в папку страницы при сохранении</translation>
    </message>
    <message>
        <source>Renamed from %1 when you save</source>
        <translation>Будет переименован из %1 при сохранении</translation>
    </message>
    <message>
        <source>Deleted when you save (Ctrl+Z brings it back)</source>
        <translation>Будет удалён при сохранении (Ctrl+Z вернёт его)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Attach documents (PDF, DOCX, PPTX …) to the page; photos go to Add Gallery.</source>
        <translation>Прикрепить к странице документы (PDF, DOCX, PPTX …); фотографии идут в «Добавить галерею».</translation>
    </message>
</context>
<context>
    <name>GravDesk::NewPost</name>
    <message>
        <source>Cannot write the header field “%1”: %2</source>
        <translation>Не удаётся записать поле «%1» в шапку страницы: %2</translation>
    </message>
    <message>
        <source>There is no such section.</source>
        <translation>Такого раздела нет.</translation>
    </message>
    <message>
        <source>The site has no language “%1” (it has %2).</source>
        <translation>На сайте нет языка «%1» (есть: %2).</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Заголовок пуст.</translation>
    </message>
    <message>
        <source>The slug “%1” is already used by “%2” in this section; choose another slug.</source>
        <translation>Ярлык «%1» уже занят страницей «%2» в этом разделе; выберите другой.</translation>
    </message>
    <message>
        <source>The folder “%1” already exists.</source>
        <translation>Папка «%1» уже существует.</translation>
    </message>
    <message>
        <source>new post %1</source>
        <translation>новая запись %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::NewPostDialog</name>
    <message>
        <source>In the site&apos;s time zone (%1)</source>
        <translation>В часовом поясе сайта (%1)</translation>
    </message>
    <message>
        <source>The post&apos;s title in the chosen language</source>
        <translation>Заголовок публикации на выбранном языке</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits and hyphens. Follows the title until you edit it.</source>
        <translation>Строчные латинские буквы, цифры и дефисы. Следует за заголовком, пока вы его не измените.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>Empty: a draft titled “%1”</source>
        <translation>Пусто: черновик с заголовком «%1»</translation>
    </message>
</context>
<context>
    <name>GravDesk::NewsModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>GravDesk::NewsView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageDocument</name>
    <message>
        <source>This file is not valid UTF-8. GravDesk shows it read-only so that no byte is lost; convert it to UTF-8 first.</source>
        <translation>Этот файл не является корректным текстом в UTF-8. GravDesk открывает его только для чтения, чтобы не потерять ни одного байта; сначала преобразуйте его в UTF-8.</translation>
    </message>
    <message>
        <source>This file contains NUL bytes and is shown read-only.</source>
        <translation>Этот файл содержит NUL-байты, поэтому открыт только для чтения.</translation>
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
        <translation>С проблемами</translation>
    </message>
    <message>
        <source>Search titles, slugs, folders and text (any case, ё = е)</source>
        <translation>Поиск по заголовкам, слагам, папкам и тексту (любой регистр, ё = е)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Без языка: %1</translation>
    </message>
    <message>
        <source>Any category or tag</source>
        <translation>Любая категория или тег</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageFormWidget</name>
    <message>
        <source>No page selected</source>
        <translation>Страница не выбрана</translation>
    </message>
    <message>
        <source>Grav reads this header only with its legacy parser: %1</source>
        <translation>Grav читает этот заголовок страницы (front matter) только устаревшим парсером: %1</translation>
    </message>
    <message>
        <source>No form for this page: %1</source>
        <translation>Для этой страницы нет формы: %1</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Другие свойства</translation>
    </message>
    <message>
        <source>(structured value: edit it in the YAML tab)</source>
        <translation>(составное значение: измените его на вкладке YAML)</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>The page keeps its last valid header until this is fixed.</source>
        <translation>Пока ошибка не исправлена, страница сохраняет последний корректный заголовок (front matter).</translation>
    </message>
    <message>
        <source>The YAML tab has an error: %1</source>
        <translation>На вкладке YAML ошибка: %1</translation>
    </message>
    <message>
        <source>Grav rejects this header (line %1 in the YAML tab, line %2 of the file): %3. Fix it in the YAML tab.</source>
        <translation>Grav не принимает этот заголовок страницы (front matter), строка %1 на вкладке YAML, строка %2 файла: %3. Исправьте его на вкладке YAML.</translation>
    </message>
    <message>
        <source>Grav rejects this header: %1. Fix it in the YAML tab.</source>
        <translation>Grav не принимает этот заголовок страницы (front matter): %1. Исправьте его на вкладке YAML.</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageIndex</name>
    <message>
        <source>The pages folder leads outside the site, to %1; GravDesk opens its pages read-only.</source>
        <translation>Папка страниц ведёт за пределы сайта, в %1; GravDesk открывает её страницы только для чтения.</translation>
    </message>
    <message>
        <source>“%1” is %2, not a regular file: GravDesk does not open it, and Grav cannot publish it</source>
        <translation>«%1» — это %2, а не обычный файл: GravDesk его не открывает, и Grav не может его опубликовать</translation>
    </message>
    <message>
        <source>“%1” is a link to %2, outside the site; GravDesk opens it read-only.</source>
        <translation>«%1» — ссылка на %2 за пределами сайта; GravDesk открывает его только для чтения.</translation>
    </message>
    <message>
        <source>the folder link “%1” leads back to “%2”, a folder it is in: GravDesk does not follow it (Grav would loop)</source>
        <translation>ссылка на папку «%1» ведёт обратно в «%2», папку, в которой она находится: GravDesk по ней не переходит (Grav бы зациклился)</translation>
    </message>
    <message>
        <source>the folder link “%1” leads outside the site, to %2: GravDesk does not list or change what is there</source>
        <translation>ссылка на папку «%1» ведёт за пределы сайта, в %2: GravDesk не показывает и не меняет то, что там находится</translation>
    </message>
    <message>
        <source>the folder link “%1” leads to a folder another link already showed: GravDesk lists it once</source>
        <translation>ссылка на папку «%1» ведёт в папку, уже показанную по другой ссылке: GravDesk показывает её один раз</translation>
    </message>
    <message>
        <source>folder name contains &quot;%1&quot; (system.param_sep): Grav skips this folder and everything in it</source>
        <translation>имя папки содержит «%1» (system.param_sep): Grav пропускает эту папку и всё, что в ней</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name before &quot;.md&quot; contains a dot that is not a site language, so Grav ignores this file; rename it (e.g. &quot;%2&quot;)</source>
        <translation>«%1»: в имени файла перед «.md» есть точка, которая не отделяет язык сайта, поэтому Grav игнорирует этот файл; переименуйте его (например, «%2»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: language &quot;%2&quot; is not one of the site&apos;s languages (%3), so Grav ignores this file</source>
        <translation>«%1»: язык «%2» не входит в языки сайта (%3), поэтому Grav игнорирует этот файл</translation>
    </message>
    <message>
        <source>this folder holds page files with different names (%1): Grav picks one per language unpredictably; keep one name for all languages</source>
        <translation>в этой папке файлы страницы с разными именами (%1): Grav непредсказуемо выбирает один для каждого языка; оставьте одно имя для всех языков</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; is also used by %2: both have the same URL and Grav shows only one of them, unpredictably</source>
        <translation>слаг «%1» также используется в %2: у обеих страниц один URL, и Grav непредсказуемо показывает только одну из них</translation>
    </message>
    <message>
        <source>slug &quot;%1&quot; is also used by %2 (languages: %3): both have the same URL and Grav shows only one of them, unpredictably</source>
        <translation>слаг «%1» также используется в %2 (языки: %3): у обеих страниц один URL, и Grav непредсказуемо показывает только одну из них</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: Grav cannot read its header and publishes the whole file as text</source>
        <translation>файл не в корректной кодировке UTF-8: Grav не может прочитать его заголовок страницы и публикует весь файл как текст</translation>
    </message>
    <message>
        <source>Grav rejects this header and publishes an &quot;Invalid Frontmatter&quot; page instead: %1</source>
        <translation>Grav отклоняет этот заголовок страницы и вместо неё публикует страницу «Invalid Frontmatter»: %1</translation>
    </message>
    <message>
        <source>Grav reads this header only with its legacy parser: %1</source>
        <translation>Grav читает этот заголовок страницы (front matter) только устаревшим парсером: %1</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; cannot be read, so Grav uses the file&apos;s modification time instead</source>
        <translation>дату «%1» невозможно прочитать, поэтому Grav использует вместо неё время изменения файла</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 — Grav would refuse this configuration file; its values are ignored here</source>
        <translation>%1:%2: %3 — Grav отверг бы этот файл настроек; его значения здесь не учитываются</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the unquoted date %2 is read by Grav as a number (Unix time), not as the text you see; write it in quotes: &apos;%2&apos;</source>
        <translation>«%1»: дату %2 без кавычек Grav читает как число (время Unix), а не как видимый текст; заключите её в кавычки: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a list item: the unquoted date %1 is read by Grav as a number (Unix time), not as the text you see; write it in quotes: &apos;%1&apos;</source>
        <translation>элемент списка: дату %1 без кавычек Grav читает как число (время Unix), а не как видимый текст; заключите её в кавычки: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is text for Grav, not a yes/no value (and any text but &quot;0&quot; counts as true); write true or false</source>
        <translation>«%1»: «%2» для Grav — текст, а не значение да/нет (а любой текст, кроме «0», считается истиной); пишите true или false</translation>
    </message>
    <message>
        <source>a list item: &quot;%1&quot; is text for Grav, not a yes/no value (and any text but &quot;0&quot; counts as true); write true or false</source>
        <translation>элемент списка: «%1» для Grav — текст, а не значение да/нет (а любой текст, кроме «0», считается истиной); пишите true или false</translation>
    </message>
    <message>
        <source>the line is indented with a tab: Grav reads it as four spaces, but other YAML tools reject it and Grav&apos;s admin re-indents it when it saves; indent with spaces</source>
        <translation>строка начинается с табуляции: Grav читает её как четыре пробела, но другие YAML-инструменты её отвергают, а админка Grav при сохранении меняет отступ; делайте отступ пробелами</translation>
    </message>
    <message>
        <source>the site has no address (system.yaml custom_base_url, or site_url in user/config/plugins/gravdesk.yaml): external links are not marked as on the site</source>
        <translation>у сайта нет адреса (custom_base_url в system.yaml или site_url в user/config/plugins/gravdesk.yaml): внешние ссылки не отмечаются как ведущие на сайт</translation>
    </message>
    <message>
        <source>a link that leads nowhere</source>
        <translation>ссылка, которая никуда не ведёт</translation>
    </message>
    <message>
        <source>the pages folder</source>
        <translation>папка страниц</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — Grav&apos;s admin would refuse to save this page</source>
        <translation>%1 (%2): %3 — админка Grav отказалась бы сохранить эту страницу</translation>
    </message>
    <message>
        <source>The link “%1” leads to “%2”, which does not exist: readers get a broken link.</source>
        <translation>Ссылка «%1» ведёт на «%2», а этого нет: читатели увидят битую ссылку.</translation>
    </message>
    <message>
        <source>The image “%1” leads to “%2”, which does not exist: readers see a broken image.</source>
        <translation>Изображение «%1» ведёт на «%2», а этого нет: читатели увидят битую картинку.</translation>
    </message>
    <message>
        <source>The header has no closing “---” line: Grav does not see a header and publishes its lines as text.</source>
        <translation>У заголовка страницы нет закрывающей строки «---»: Grav не видит заголовок и публикует его строки как текст.</translation>
    </message>
    <message>
        <source>The closing “---” is glued to the end of “%1”: it must stand on a line of its own, or Grav does not find the header where it ends.</source>
        <translation>Закрывающие «---» приклеены к концу строки «%1»: они должны стоять на отдельной строке, иначе Grav не найдёт, где кончается заголовок.</translation>
    </message>
    <message>
        <source>The file starts with “%1” but has no “---” line above it: Grav sees no header and publishes these lines as text.</source>
        <translation>Файл начинается со строки «%1», но над ней нет строки «---»: Grav не видит заголовка и публикует эти строки как текст.</translation>
    </message>
    <message>
        <source>“%1” is Twig, but process.twig is not on for this page (in system.yaml or the page header): Grav shows it as text.</source>
        <translation>«%1» — это Twig, но для этой страницы не включён process.twig (в system.yaml или в заголовке страницы): Grav покажет его как текст.</translation>
    </message>
    <message>
        <source>The summary delimiter “%1” is right under a line of text: Markdown makes that text a heading and the summary is lost. Leave an empty line above the delimiter.</source>
        <translation>Разделитель анонса «%1» стоит сразу под строкой текста: Markdown превращает этот текст в заголовок, и анонс теряется. Оставьте над разделителем пустую строку.</translation>
    </message>
    <message>
        <source>“[%1]” is never closed with “[/%1]”: the shortcode gets no content, and the text meant for it shows outside it.</source>
        <translation>«[%1]» нигде не закрыт тегом «[/%1]»: шорткод остаётся без содержимого, а текст, предназначенный для него, оказывается снаружи.</translation>
    </message>
    <message>
        <source>The line starts with “---”: under a line of text Markdown makes that text a heading, and Grav takes such a line for the end of a header when the header above is broken. Write *** for a horizontal rule.</source>
        <translation>Строка начинается с «---»: под строкой текста Markdown превращает этот текст в заголовок, а если заголовок страницы выше испорчен, Grav примет такую строку за его конец. Для горизонтальной линии пишите ***.</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageOperations</name>
    <message>
        <source>The new folder name is empty.</source>
        <translation>Новое имя папки пустое.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a page folder&apos;s name: it must not start with a dot or hold a slash.</source>
        <translation>«%1» не может быть именем папки страницы: оно не должно начинаться с точки или содержать косую черту.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a page folder&apos;s name: Grav skips folders whose name holds &quot;%2&quot;.</source>
        <translation>«%1» не может быть именем папки страницы: Grav пропускает папки, в имени которых есть «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a page folder&apos;s name: it holds a control character.</source>
        <translation>«%1» не может быть именем папки страницы: в нём есть управляющий символ.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Переместить %1 в %2</translation>
    </message>
    <message>
        <source>Restore the page from the trash as %1</source>
        <translation>Восстановить страницу из корзины как %1</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Скопировать %1 в %2</translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>Переместить %1 в корзину</translation>
    </message>
    <message>
        <source>Attach %1 as %2</source>
        <translation>Прикрепить %1 как %2</translation>
    </message>
    <message>
        <source>Change the slug in %1</source>
        <translation>Изменить слаг в %1</translation>
    </message>
    <message>
        <source>Update the links in %1 (%2):</source>
        <translation>Обновить ссылки в %1 (%2):</translation>
    </message>
    <message>
        <source>line %1: %2 → %3</source>
        <translation>строка %1: %2 → %3</translation>
    </message>
    <message>
        <source>The link %1 in %2 (line %3) points to the page but could not be updated.</source>
        <translation>Ссылка %1 в %2 (строка %3) ведёт на страницу, но её не удалось обновить.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>Такой страницы нет.</translation>
    </message>
    <message>
        <source>The page %1 cannot be moved into itself.</source>
        <translation>Страницу %1 нельзя переместить внутрь неё самой.</translation>
    </message>
    <message>
        <source>The page %1 is already there; nothing changes.</source>
        <translation>Страница %1 уже там; ничего не меняется.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The address %1 is already used by %2; choose another slug (for example %3).</source>
        <translation>Адрес %1 уже занят страницей %2; выберите другой слаг (например, %3).</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Перемещение %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Переименование %1</translation>
    </message>
    <message>
        <source>The new order of %1 must name every page in it once.</source>
        <translation>Новый порядок %1 должен называть каждую страницу в нём ровно один раз.</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>Изменение порядка в %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Копирование %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a template name: use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>«%1» не может быть именем шаблона: используйте буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <source>%1 has no page file.</source>
        <translation>У %1 нет файла страницы.</translation>
    </message>
    <message>
        <source>%1 already uses the template %2; nothing changes.</source>
        <translation>%1 уже использует шаблон %2; ничего не меняется.</translation>
    </message>
    <message>
        <source>%1 already exists; GravDesk does not replace it.</source>
        <translation>%1 уже существует; GravDesk не заменяет его.</translation>
    </message>
    <message>
        <source>Change the template of %1</source>
        <translation>Смена шаблона %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) inside %1 go to the trash with it.</source>
        <translation>
            <numerusform>%n страница внутри %1 отправится в корзину вместе с ней.</numerusform>
            <numerusform>%n страницы внутри %1 отправятся в корзину вместе с ней.</numerusform>
            <numerusform>%n страниц внутри %1 отправятся в корзину вместе с ней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удаление %1</translation>
    </message>
    <message>
        <source>%1 does not share its slug with another page; nothing to fix.</source>
        <translation>Слаг %1 не совпадает со слагом другой страницы; исправлять нечего.</translation>
    </message>
    <message>
        <source>The slug %1 is used by another page in the same section; for example %2 is free.</source>
        <translation>Слаг %1 занят другой страницей того же раздела; свободен, например, %2.</translation>
    </message>
    <message>
        <source>Fix the duplicate slug of %1</source>
        <translation>Исправление повторяющегося слага %1</translation>
    </message>
    <message>
        <source>%1 is %2; files over 50 MB are not attached to pages (put them on a file server and link to them).</source>
        <translation>%1 имеет размер %2; файлы больше 50 МБ не прикрепляются к страницам (разместите их на файловом сервере и дайте ссылку).</translation>
    </message>
    <message>
        <source>%1 is %2: readers on mobile data will wait for it. Files over 5 MB are best made smaller.</source>
        <translation>%1 имеет размер %2: читателям с мобильным интернетом придётся его ждать. Файлы больше 5 МБ лучше уменьшить.</translation>
    </message>
    <message>
        <source>No file to attach.</source>
        <translation>Нет файлов для прикрепления.</translation>
    </message>
    <message>
        <source>Attach files to %1</source>
        <translation>Прикрепление файлов к %1</translation>
    </message>
    <message>
        <source>%1 has no extension (such as .pdf or .docx): Grav does not accept it as a page&apos;s file.</source>
        <translation>У %1 нет расширения (например, .pdf или .docx): Grav не принимает его как файл страницы.</translation>
    </message>
    <message>
        <source>%1 is a .%2 file, which Grav refuses to take as an upload.</source>
        <translation>%1 — файл .%2, а такие файлы Grav не принимает при загрузке.</translation>
    </message>
    <message>
        <source>%1 would become a page file; attach Markdown files as .txt instead.</source>
        <translation>%1 стал бы файлом страницы; прикрепляйте файлы Markdown как .txt.</translation>
    </message>
    <message>
        <source>The page operation was not planned.</source>
        <translation>Операция со страницей не подготовлена.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The link %1 cannot be copied.</source>
        <translation>Не удаётся скопировать символическую ссылку %1.</translation>
    </message>
    <message>
        <source>%1 cannot be copied.</source>
        <translation>Не удаётся скопировать %1.</translation>
    </message>
    <message>
        <source>The trash folder cannot be created in %1.</source>
        <translation>Не удаётся создать папку корзины в %1.</translation>
    </message>
    <message>
        <source>No new entry can be made in the trash folder %1.</source>
        <translation>Не удаётся создать новую запись в папке корзины %1.</translation>
    </message>
    <message>
        <source>The trash record %1 cannot be written.</source>
        <translation>Не удаётся записать сведения корзины %1.</translation>
    </message>
    <message>
        <source>There is no page %1 in the trash.</source>
        <translation>В корзине нет страницы %1.</translation>
    </message>
    <message>
        <source>The page %1 cannot be restored: the section %2 it was in no longer exists.</source>
        <translation>Страницу %1 нельзя восстановить: раздела %2, в котором она была, больше нет.</translation>
    </message>
    <message>
        <source>The page %1 cannot be restored: %2 is taken now. Restore it under a free name instead.</source>
        <translation>Страницу %1 нельзя восстановить: %2 теперь занято. Восстановите её под свободным именем.</translation>
    </message>
    <message>
        <source>The page %1 cannot be restored: no free name was found.</source>
        <translation>Страницу %1 нельзя восстановить: свободное имя не найдено.</translation>
    </message>
    <message>
        <source>The page comes back as %1, since %2 is taken.</source>
        <translation>Страница вернётся как %1, так как %2 занято.</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Восстановление %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::PagePlanDialog</name>
    <message>
        <source>&amp;Update links in other pages</source>
        <translation>&amp;Обновить ссылки на других страницах</translation>
    </message>
    <message>
        <source>Rewrite the links of other pages that point to the pages that move, in the style they were written in. Without it those links stay as they are and lead nowhere.</source>
        <translation>Переписать ссылки других страниц на перемещаемые страницы в том виде, в каком они записаны. Без этого такие ссылки останутся как есть и будут вести в никуда.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>GravDesk::PageTreeModel</name>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Снято с публикации</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>No page file: Grav shows this folder as an empty, non-routable placeholder.</source>
        <translation>Нет файла страницы: Grav показывает эту папку как пустую заглушку без собственного адреса.</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>без языка</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Publishing: %1</source>
        <translation>Публикация: %1</translation>
    </message>
    <message>
        <source>Publish queued: it is sent when the server can be reached.</source>
        <translation>Публикация в очереди: она будет отправлена, когда сервер станет доступен.</translation>
    </message>
</context>
<context>
    <name>GravDesk::PreviewView</name>
    <message>
        <source>The summary shown in the news list ends here</source>
        <translation>Здесь заканчивается анонс, который показывается в списке новостей</translation>
    </message>
    <message>
        <source>This page is too large to preview in full; the preview shows its first %1 KB.</source>
        <translation>Страница слишком велика для полного предпросмотра; показаны её первые %1 КБ.</translation>
    </message>
    <message>
        <source>Grav rejects this page&apos;s header and would publish the error page below.</source>
        <translation>Grav отклонит заголовок этой страницы и опубликует вместо неё страницу ошибки, показанную ниже.</translation>
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
        <translation>анонс ▴ · ▾ полный текст</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Предыдущее фото</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Следующее фото</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Фото %1</translation>
    </message>
</context>
<context>
    <name>GravDesk::Prompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your edits to this page are lost.</source>
        <translation>Если не сохранить, правки на этой странице будут потеряны.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Pages (*.md)</source>
        <translation>Страницы (*.md)</translation>
    </message>
    <message>
        <source>Sign In to the Server</source>
        <translation>Вход на сервер</translation>
    </message>
    <message>
        <source>The site’s server asks:
%1</source>
        <translation>Сервер сайта спрашивает:
%1</translation>
    </message>
</context>
<context>
    <name>GravDesk::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Восстановление несохранённых изменений</translation>
    </message>
    <message>
        <source>GravDesk was closed before these pages were saved. Restore puts your unsaved text back into the editors, still unsaved: nothing is written until you save.</source>
        <translation>GravDesk был закрыт до того, как эти страницы были сохранены. «Восстановить» вернёт ваш несохранённый текст в редакторы, но он останется несохранённым: ничего не записывается, пока вы не сохраните.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unsaved since</source>
        <translation>Не сохранено с</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Some files changed on disk after your edits began. Restored text still replaces them in the editor; compare before you save.</source>
        <translation>Некоторые файлы изменились на диске после того, как вы начали правку. Восстановленный текст всё равно заменит их в редакторе; сравните версии перед сохранением.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>Forget these unsaved edits</source>
        <translation>Забыть эти несохранённые правки</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Keep them and ask again the next time this site is opened</source>
        <translation>Оставить их и спросить снова при следующем открытии этого сайта</translation>
    </message>
</context>
<context>
    <name>GravDesk::RecoveryJournal</name>
    <message>
        <source>The recovery entry %1 cannot be used: %2.</source>
        <translation>Запись восстановления %1 нельзя использовать: %2.</translation>
    </message>
    <message>
        <source>cannot remove the recovery entry %1</source>
        <translation>не удаётся удалить запись восстановления %1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>not an entry object</source>
        <translation>не объект записи</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>неизвестный формат</translation>
    </message>
    <message>
        <source>no page, header or body</source>
        <translation>нет страницы, заголовка или текста</translation>
    </message>
    <message>
        <source>the header is not Base64</source>
        <translation>заголовок страницы не в Base64</translation>
    </message>
    <message>
        <source>a change of the page&apos;s folder is damaged</source>
        <translation>изменение папки страницы повреждено</translation>
    </message>
</context>
<context>
    <name>GravDesk::SafeFile</name>
    <message>
        <source>“%1” is %2, not a regular file; GravDesk does not open it.</source>
        <translation>«%1» — это %2, а не обычный файл; GravDesk его не открывает.</translation>
    </message>
    <message>
        <source>“%1” is %2; GravDesk opens page files up to %3.</source>
        <translation>Размер «%1» — %2; GravDesk открывает файлы страниц размером до %3.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» не существует.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Не удаётся прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>символьное устройство</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>блочное устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>символическая ссылка</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>специальный файл</translation>
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
        <translation>«%1» ведёт за пределы сайта, в %2; GravDesk туда не записывает.</translation>
    </message>
    <message>
        <source>“%1” is read-only; use Save As.</source>
        <translation>«%1» доступен только для чтения; используйте «Сохранить как».</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; GravDesk opens page files up to %2.</source>
        <translation>«%1» больше %2; GravDesk открывает файлы страниц размером до %2.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SaveCheck</name>
    <message>
        <source>The text about to be written is not valid UTF-8, so Grav would not read its header.</source>
        <translation>Записываемый текст не является корректным UTF-8, поэтому Grav не смог бы прочитать его заголовок страницы.</translation>
    </message>
    <message>
        <source>The text starts with a block between two “---” lines. Grav would read it as the page&apos;s header, not as text. Add a blank line or other text before the first “---” line.</source>
        <translation>Текст начинается с блока между двумя строками «---». Grav прочитал бы его как заголовок страницы, а не как текст. Добавьте пустую строку или другой текст перед первой строкой «---».</translation>
    </message>
    <message>
        <source>Grav would find no header in the file about to be written: it would publish the header as text, without the title, and ignore settings such as “published”. Check that the header is not empty.</source>
        <translation>Grav не нашёл бы заголовок страницы в записываемом файле: он опубликовал бы заголовок страницы как текст, без заголовка публикации, и не учёл бы такие параметры, как «published». Проверьте, что заголовок страницы не пуст.</translation>
    </message>
    <message>
        <source>Line %1 of the header starts with “---”. Grav ends the header at such a line and would publish the rest as text. Remove the line or indent it.</source>
        <translation>Строка %1 заголовка страницы начинается с «---». На такой строке Grav завершает заголовок страницы, а остальное опубликовал бы как текст. Удалите эту строку или сделайте в её начале отступ.</translation>
    </message>
    <message>
        <source>The header is empty. Grav needs at least one line between the “---” lines.</source>
        <translation>Заголовок страницы пуст. Grav нужна хотя бы одна строка между строками «---».</translation>
    </message>
    <message>
        <source>The header Grav would read from the file differs from the header shown, so nothing was written. Check the header&apos;s first and last lines.</source>
        <translation>Заголовок страницы, который Grav прочитал бы из файла, отличается от показанного, поэтому ничего не записано. Проверьте первую и последнюю строки заголовка страницы.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Set by the site&apos;s system.yaml (custom_base_url).</source>
        <translation>Задан в system.yaml сайта (custom_base_url).</translation>
    </message>
    <message>
        <source>The site has no address yet. Enter the address it is published at, so that the preview shows links to it as Grav does (not as external links).</source>
        <translation>У сайта ещё нет адреса. Укажите адрес, по которому он опубликован, чтобы предпросмотр показывал ссылки на него так же, как Grav (не как внешние).</translation>
    </message>
    <message>
        <source>Links to this address are the site&apos;s own; saved in the site&apos;s user/config/plugins/gravdesk.yaml.</source>
        <translation>Ссылки на этот адрес — собственные ссылки сайта; сохраняется в user/config/plugins/gravdesk.yaml сайта.</translation>
    </message>
    <message>
        <source>“%1” is not a site address: enter it as https://example.com (with http:// or https://).</source>
        <translation>«%1» — не адрес сайта: введите его в виде https://example.com (с http:// или https://).</translation>
    </message>
</context>
<context>
    <name>GravDesk::SideBySideWindow</name>
    <message>
        <source>%1 — side by side</source>
        <translation>%1 — рядом</translation>
    </message>
    <message>
        <source>The paragraph with the cursor is highlighted on both sides; scrolling one side scrolls the other to the same paragraph.</source>
        <translation>Абзац с курсором подсвечен с обеих сторон; при прокрутке одной стороны другая прокручивается к тому же абзацу.</translation>
    </message>
    <message>
        <source>&amp;Save Both</source>
        <translation>&amp;Сохранить оба</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>Открытие страницы</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>%1 cannot be saved yet:

%2</source>
        <translation>%1 пока нельзя сохранить:

%2</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteLayout</name>
    <message>
        <source>Grav installation</source>
        <translation>установка Grav</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>папка user</translation>
    </message>
    <message>
        <source>Git Sync clone</source>
        <translation>клон Git Sync</translation>
    </message>
    <message>
        <source>not a Grav site</source>
        <translation>не сайт Grav</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 не является папкой</translation>
    </message>
    <message>
        <source>%1 holds no Grav pages: expected user/pages/ (a Grav installation), pages/ (a user folder or a Git Sync clone)</source>
        <translation>В %1 нет страниц Grav: ожидалась папка user/pages/ (установка Grav) или pages/ (папка user или клон Git Sync)</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteProfile</name>
    <message>
        <source>Name a system.yaml or site.yaml to import.</source>
        <translation>Укажите файл system.yaml или site.yaml для импорта.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2): %3. Nothing was imported.</source>
        <translation>%1 — некорректный YAML (строка %2): %3. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 holds no settings. Nothing was imported.</source>
        <translation>В %1 нет настроек. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 is a system.yaml or a site.yaml: give it one of these names. Nothing was imported.</source>
        <translation>Невозможно понять, что такое %1 — system.yaml или site.yaml: назовите файл одним из этих имён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 and %2 are both a %3.yaml: import one of them. Nothing was imported.</source>
        <translation>%1 и %2 — оба %3.yaml: импортируйте один из них. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: languages must be a map (supported:, default_lang: …). Nothing was imported.</source>
        <translation>%1: languages должен быть словарём (supported:, default_lang: …). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The site has its own %1: it is used, and the imported copy only while the site has none.</source>
        <translation>У сайта есть собственный %1: используется он, а импортированная копия — только пока его нет.</translation>
    </message>
    <message>
        <source>Languages %1 found from the page files; import the site&apos;s system.yaml for its exact settings.</source>
        <translation>Языки %1 определены по файлам страниц; импортируйте system.yaml сайта, чтобы получить его точные настройки.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteReplace</name>
    <message numerus="yes">
        <source>The replacement refers to group %1, but the expression has %n group(s).</source>
        <translation>
            <numerusform>Замена ссылается на группу %1, а в выражении %n группа.</numerusform>
            <numerusform>Замена ссылается на группу %1, а в выражении %n группы.</numerusform>
            <numerusform>Замена ссылается на группу %1, а в выражении %n групп.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing valid to search for.</source>
        <translation>Нет корректного запроса для поиска.</translation>
    </message>
    <message>
        <source>A folder name is not replaced here: rename the page instead.</source>
        <translation>Имя папки здесь не заменяется: переименуйте страницу.</translation>
    </message>
    <message>
        <source>The file changed since the search: line %1 no longer holds the match.</source>
        <translation>Файл изменился после поиска: в строке %1 больше нет совпадения.</translation>
    </message>
    <message>
        <source>The expression no longer matches at line %1.</source>
        <translation>Выражение больше не совпадает в строке %1.</translation>
    </message>
    <message>
        <source>A title or slug is replaced within its line only (line %1).</source>
        <translation>Заголовок или slug заменяется только в пределах своей строки (строка %1).</translation>
    </message>
    <message>
        <source>The replaced text would change where Grav finds the page&apos;s header.</source>
        <translation>После замены Grav нашёл бы заголовочный блок страницы в другом месте.</translation>
    </message>
    <message>
        <source>The replaced title or slug would change where Grav finds the page&apos;s header.</source>
        <translation>После замены заголовка или slug Grav нашёл бы заголовочный блок страницы в другом месте.</translation>
    </message>
    <message>
        <source>The replaced title or slug would make the header invalid: %1</source>
        <translation>После замены заголовка или slug заголовочный блок стал бы некорректным: %1</translation>
    </message>
    <message>
        <source>The replaced title or slug would change the header&apos;s keys.</source>
        <translation>Замена заголовка или slug изменила бы ключи заголовочного блока.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteSearch</name>
    <message>
        <source>The text to search for is empty.</source>
        <translation>Текст для поиска пуст.</translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression: %2.</source>
        <translation>«%1» — неверное регулярное выражение: %2.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteSettings</name>
    <message>
        <source>the address is empty</source>
        <translation>адрес пуст</translation>
    </message>
    <message>
        <source>the address must start with http:// or https://</source>
        <translation>адрес должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>the address has no host name</source>
        <translation>в адресе нет имени хоста</translation>
    </message>
    <message>
        <source>the address must be only the site&apos;s scheme, host and path</source>
        <translation>адрес должен содержать только схему, хост и путь сайта</translation>
    </message>
</context>
<context>
    <name>GravDesk::SiteWatcher</name>
    <message>
        <source>Changes made by other programs are not shown: the system refused a file watcher (%1).</source>
        <translation>Изменения, сделанные другими программами, не отображаются: система отказала в отслеживании файлов (%1).</translation>
    </message>
    <message>
        <source>Some folders are not watched for changes by other programs (%1); use File ▸ Reload Site after such changes.</source>
        <translation>Некоторые папки не отслеживаются на изменения другими программами (%1); после таких изменений выберите Файл ▸ Перезагрузить сайт.</translation>
    </message>
</context>
<context>
    <name>GravDesk::SpellCheckController</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Проверять &amp;орфографию</translation>
    </message>
    <message>
        <source>Underline words that the Kazakh, Russian and English dictionaries do not know</source>
        <translation>Подчёркивать слова, которых нет в казахском, русском и английском словарях</translation>
    </message>
    <message>
        <source>No dictionary is installed for: %1 (Debian packages hunspell-kk, hunspell-ru, hunspell-en-us)</source>
        <translation>Не установлен словарь для: %1 (пакеты Debian hunspell-kk, hunspell-ru, hunspell-en-us)</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <source>The site&apos;s word list %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать словарь сайта %1: %2</translation>
    </message>
    <message>
        <source>(No suggestions)</source>
        <translation>(Нет вариантов)</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Добавить «%1» в словарь</translation>
    </message>
    <message>
        <source>Adds the word to the site&apos;s word list, which everyone editing this site shares</source>
        <translation>Добавляет слово в словарь сайта, общий для всех, кто редактирует этот сайт</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Добавить в словарь</translation>
    </message>
    <message>
        <source>“%1” could not be added to the site&apos;s word list: %2</source>
        <translation>Не удалось добавить «%1» в словарь сайта: %2</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Пропустить «%1»</translation>
    </message>
    <message>
        <source>Accepts the word until GravDesk is closed</source>
        <translation>Считать слово верным до закрытия GravDesk</translation>
    </message>
</context>
<context>
    <name>GravDesk::SpellChecker</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>Не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>%1: the encoding %2 is not supported</source>
        <translation>%1: кодировка %2 не поддерживается</translation>
    </message>
    <message>
        <source>No %1 dictionary is installed (%2.aff, %2.dic).</source>
        <translation>Словарь для %1 не установлен (%2.aff, %2.dic).</translation>
    </message>
    <message>
        <source>No site is open, so there is no word list.</source>
        <translation>Сайт не открыт, поэтому словаря сайта нет.</translation>
    </message>
    <message>
        <source>“%1” is not a word.</source>
        <translation>«%1» — не слово.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
</context>
<context>
    <name>GravDesk::TextStatsLabel</name>
    <message>
        <source>Title: %1/%2</source>
        <translation>Заголовок: %1/%2</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Нет описания</translation>
    </message>
    <message>
        <source>Description: %1/%2</source>
        <translation>Описание: %1/%2</translation>
    </message>
    <message>
        <source>%1 words · %2 characters (%3 without spaces) · %4 min read</source>
        <translation>Слов: %1 · знаков: %2 (%3 без пробелов) · чтение %4 мин</translation>
    </message>
    <message>
        <source>Reading time at %1 words per minute.
Search engines show about %2 characters of a title and %3–%4 of the description (metadata.description).</source>
        <translation>Время чтения при скорости %1 слов в минуту.
Поисковые системы показывают около %2 знаков заголовка и %3–%4 знаков описания (metadata.description).</translation>
    </message>
</context>
<context>
    <name>GravDesk::Translations</name>
    <message>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language to translate into</source>
        <translation>«%1» — не язык, на который можно перевести</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 уже существует</translation>
    </message>
    <message>
        <source>cannot read the %1 file of this page</source>
        <translation>не удаётся прочитать файл этой страницы на языке %1</translation>
    </message>
    <message>
        <source>the %1 header cannot be copied: %2</source>
        <translation>заголовок страницы на языке %1 нельзя скопировать: %2</translation>
    </message>
    <message>
        <source>created, but the translation record was not written: %1</source>
        <translation>создан, но запись о переводе не сохранена: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>«%1» — не код языка.</translation>
    </message>
</context>
<context>
    <name>GravDesk::TranslationsDialog</name>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>No site is open.</source>
        <translation>Сайт не открыт.</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Чтение страниц…</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Double-click to start this translation from the %1 text.</source>
        <translation>Дважды щёлкните, чтобы начать этот перевод с текста на %1.</translation>
    </message>
    <message>
        <source>older than its source</source>
        <translation>старше источника</translation>
    </message>
    <message>
        <source>The %1 text changed after this translation was last saved.</source>
        <translation>Текст на %1 изменился после последнего сохранения этого перевода.</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n.</source>
        <translation>
            <numerusform>Отсутствует: %n.</numerusform>
            <numerusform>Отсутствует: %n.</numerusform>
            <numerusform>Отсутствует: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than their source: %n.</source>
        <translation>
            <numerusform>Старше источника: %n.</numerusform>
            <numerusform>Старше источника: %n.</numerusform>
            <numerusform>Старше источника: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row to open it, or to start a missing translation from its source.</source>
        <translation>Дважды щёлкните строку, чтобы открыть её или начать недостающий перевод с источника.</translation>
    </message>
    <message>
        <source>draft, not translated</source>
        <translation>черновик, не переведён</translation>
    </message>
    <message>
        <source>Created as a draft from the %1 text and still titled “%2”: nobody has translated it yet.</source>
        <translation>Создан черновиком из текста %1 и всё ещё называется «%2»: его пока никто не перевёл.</translation>
    </message>
    <message>
        <source>Every page has all the site&apos;s languages translated, and no translation is older than its source.</source>
        <translation>На каждой странице переведены все языки сайта, и ни один перевод не старше своего источника.</translation>
    </message>
    <message numerus="yes">
        <source>Drafts not translated: %n.</source>
        <translation>
            <numerusform>Непереведённых черновиков: %n.</numerusform>
            <numerusform>Непереведённых черновиков: %n.</numerusform>
            <numerusform>Непереведённых черновиков: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GravDesk::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>Pages deleted from this site. They are kept outside the site, in GravDesk&apos;s own folder; Restore puts one back where it was.</source>
        <translation>Страницы, удалённые с этого сайта. Они хранятся вне сайта, в собственной папке GravDesk; «Восстановить» возвращает страницу на прежнее место.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Was at</source>
        <translation>Где была</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>GravDesk::Vcs</name>
    <message>
        <source>“%1” has a character Windows does not allow in file names</source>
        <translation>«%1» содержит символ, недопустимый в именах файлов Windows</translation>
    </message>
    <message>
        <source>“%1” ends with a dot or a space, which Windows does not allow</source>
        <translation>«%1» оканчивается точкой или пробелом, что Windows не допускает</translation>
    </message>
    <message>
        <source>“%1” uses a name Windows reserves</source>
        <translation>«%1» использует имя, зарезервированное Windows</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>синхронизировано</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>изменено здесь</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>изменено на сервере</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>изменено с обеих сторон</translation>
    </message>
    <message>
        <source>moved on the server</source>
        <translation>перемещено на сервере</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>удалено на сервере</translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation>нужно решение</translation>
    </message>
    <message>
        <source>The site is not in a git repository: %1</source>
        <translation>Сайт не находится в git-репозитории: %1</translation>
    </message>
    <message>
        <source>The repository is not on a branch (detached HEAD); it needs repair before syncing.</source>
        <translation>Репозиторий не на ветке (detached HEAD); перед синхронизацией его нужно исправить.</translation>
    </message>
    <message>
        <source>The repository&apos;s settings cannot be written.</source>
        <translation>Не удаётся записать настройки репозитория.</translation>
    </message>
    <message>
        <source>Fetching from the server failed: %1</source>
        <translation>Не удалось получить данные с сервера: %1</translation>
    </message>
    <message>
        <source>The server&apos;s branch %1 is not known here yet (fetch first).</source>
        <translation>Ветка сервера %1 здесь ещё не известна (сначала получите данные с сервера).</translation>
    </message>
    <message>
        <source>This copy has commits the server does not have (or the server&apos;s history was rewritten); it needs repair before syncing.</source>
        <translation>В этой копии есть коммиты, которых нет на сервере (или история сервера была переписана); перед синхронизацией её нужно исправить.</translation>
    </message>
    <message>
        <source>The server&apos;s version cannot be read.</source>
        <translation>Не удаётся прочитать версию сервера.</translation>
    </message>
    <message>
        <source>“%1” is outside the synced folders and is never published.</source>
        <translation>«%1» находится вне синхронизируемых папок и никогда не публикуется.</translation>
    </message>
    <message>
        <source>“%1” is larger than 50 MB and cannot be published; make it smaller.</source>
        <translation>«%1» больше 50 МБ и не может быть опубликован; уменьшите его.</translation>
    </message>
    <message>
        <source>“%1” is larger than 5 MB; every copy of the site keeps it for good.</source>
        <translation>«%1» больше 5 МБ; каждая копия сайта будет хранить его навсегда.</translation>
    </message>
    <message>
        <source>“%1” is not a page of the synced folders.</source>
        <translation>«%1» — не страница синхронизируемых папок.</translation>
    </message>
    <message>
        <source>Pushing to the server failed: %1</source>
        <translation>Не удалось отправить на сервер: %1</translation>
    </message>
    <message>
        <source>The server kept changing while publishing; try again.</source>
        <translation>Сервер продолжал меняться во время публикации; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>git could not be started</source>
        <translation>не удалось запустить git</translation>
    </message>
    <message>
        <source>git did not answer in time and was stopped</source>
        <translation>git не ответил вовремя и был остановлен</translation>
    </message>
    <message>
        <source>Git is not installed (or not on PATH). Publishing through git is off; everything else works as before.</source>
        <translation>Git не установлен (или не найден в PATH). Публикация через git отключена; всё остальное работает как прежде.</translation>
    </message>
    <message>
        <source>Git could not be run (%1). Publishing through git is off; everything else works as before.</source>
        <translation>Не удалось запустить Git (%1). Публикация через git отключена; всё остальное работает как прежде.</translation>
    </message>
    <message>
        <source>Git %1 is too old (%2.%3 or newer is needed). Publishing through git is off; everything else works as before.</source>
        <translation>Git %1 слишком старый (нужен %2.%3 или новее). Публикация через git отключена; всё остальное работает как прежде.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The field “%1” as edited is not valid: %2</source>
        <translation>Поле «%1» в вашей правке некорректно: %2</translation>
    </message>
    <message>
        <source>it must start with “%1:”.</source>
        <translation>оно должно начинаться с «%1:».</translation>
    </message>
    <message>
        <source>The site lies inside a git repository that is not its own (%1); publishing through git needs the site&apos;s own repository, with the pages folder at its root or in its user folder.</source>
        <translation>Сайт лежит внутри чужого git-репозитория (%1); для публикации через git нужен собственный репозиторий сайта, в корне которого или в папке user которого лежит папка pages.</translation>
    </message>
    <message>
        <source>“%1” and “%2” differ only in upper and lower case, which Windows cannot hold side by side</source>
        <translation>«%1» и «%2» различаются только регистром букв, а в Windows такие файлы не могут лежать рядом</translation>
    </message>
    <message numerus="yes">
        <source>The server may be stuck: %n publish(es) since %1 have no Git Sync commit after them, so the site may not have them. If the server runs Git Sync 2.3.2, its sync stops for good once a publish arrives between two admin saves: run “git config pull.rebase false” in the site&apos;s user/ folder on the server, or upgrade Git Sync to 3.1.0 or newer.</source>
        <translation>
            <numerusform>Сервер, возможно, завис: после %n публикации с %1 нет ни одного коммита Git Sync, так что на сайте её может не быть. Если на сервере стоит Git Sync 2.3.2, его синхронизация останавливается навсегда, как только публикация приходит между двумя сохранениями в админке: выполните «git config pull.rebase false» в папке user/ сайта на сервере или обновите Git Sync до 3.1.0 или новее.</numerusform>
            <numerusform>Сервер, возможно, завис: после %n публикаций с %1 нет ни одного коммита Git Sync, так что на сайте их может не быть. Если на сервере стоит Git Sync 2.3.2, его синхронизация останавливается навсегда, как только публикация приходит между двумя сохранениями в админке: выполните «git config pull.rebase false» в папке user/ сайта на сервере или обновите Git Sync до 3.1.0 или новее.</numerusform>
            <numerusform>Сервер, возможно, завис: после %n публикаций с %1 нет ни одного коммита Git Sync, так что на сайте их может не быть. Если на сервере стоит Git Sync 2.3.2, его синхронизация останавливается навсегда, как только публикация приходит между двумя сохранениями в админке: выполните «git config pull.rebase false» в папке user/ сайта на сервере или обновите Git Sync до 3.1.0 или новее.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rebase started outside GravDesk is not finished; finish or abort it (git rebase --continue or git rebase --abort) before syncing. The repository needs repair; nothing was changed.</source>
        <translation>Перебазирование (rebase), начатое вне GravDesk, не завершено; завершите или отмените его (git rebase --continue или git rebase --abort) перед синхронизацией. Репозиторий нуждается в восстановлении; ничего не изменено.</translation>
    </message>
    <message>
        <source>A merge started outside GravDesk is not finished; finish or abort it (git commit or git merge --abort) before syncing. The repository needs repair; nothing was changed.</source>
        <translation>Слияние, начатое вне GravDesk, не завершено; завершите или отмените его (git commit или git merge --abort) перед синхронизацией. Репозиторий нуждается в восстановлении; ничего не изменено.</translation>
    </message>
    <message>
        <source>A cherry-pick started outside GravDesk is not finished; finish or abort it (git cherry-pick --continue or git cherry-pick --abort) before syncing. The repository needs repair; nothing was changed.</source>
        <translation>Перенос коммита (cherry-pick), начатый вне GravDesk, не завершён; завершите или отмените его (git cherry-pick --continue или git cherry-pick --abort) перед синхронизацией. Репозиторий нуждается в восстановлении; ничего не изменено.</translation>
    </message>
    <message>
        <source>A revert started outside GravDesk is not finished; finish or abort it (git revert --continue or git revert --abort) before syncing. The repository needs repair; nothing was changed.</source>
        <translation>Отмена коммита (revert), начатая вне GravDesk, не завершена; завершите или отмените её (git revert --continue или git revert --abort) перед синхронизацией. Репозиторий нуждается в восстановлении; ничего не изменено.</translation>
    </message>
    <message>
        <source>The server has no branch “%1” (it may have been renamed, for example to main): clone the site again, or set the branch this copy follows.</source>
        <translation>На сервере нет ветки «%1» (возможно, её переименовали, например в main): клонируйте сайт заново или укажите ветку, за которой следует эта копия.</translation>
    </message>
</context>
<context>
    <name>GravDesk::VcsController</name>
    <message>
        <source>Checking the server…</source>
        <translation>Проверка сервера…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Нужен вход</translation>
    </message>
    <message>
        <source>Git missing</source>
        <translation>Нет git</translation>
    </message>
    <message>
        <source>Repository needs repair</source>
        <translation>Репозиторий требует починки</translation>
    </message>
    <message>
        <source>Branch missing on the server</source>
        <translation>На сервере нет ветки</translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <source>%1 is not an image GravDesk can read (JPEG, PNG, WebP or HEIC)</source>
        <translation>%1 — не изображение, которое GravDesk умеет читать (JPEG, PNG, WebP или HEIC)</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2)</source>
        <translation>Файл %1 повреждён или неполон (%2)</translation>
    </message>
    <message>
        <source>%1 is not a HEIC image GravDesk can read (%2)</source>
        <translation>%1 — не HEIC-изображение, которое GravDesk умеет читать (%2)</translation>
    </message>
    <message>
        <source>%1 is a HEIC image; this build of GravDesk cannot read HEIC</source>
        <translation>%1 — изображение HEIC; эта сборка GravDesk не читает HEIC</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file ends before the picture does)</source>
        <translation>Файл %1 неполон (обрывается раньше, чем изображение)</translation>
    </message>
    <message>
        <source>%1 could not be encoded (%2)</source>
        <translation>Не удалось закодировать %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MediaFiles</name>
    <message>
        <source>&quot;%1&quot; cannot be used as a file name (it must work on Windows and Linux).</source>
        <translation>«%1» нельзя использовать как имя файла (оно должно работать в Windows и Linux).</translation>
    </message>
    <message>
        <source>%1 already exists in this folder.</source>
        <translation>%1 уже есть в этой папке.</translation>
    </message>
    <message>
        <source>The header of %1 cannot be updated (%2); nothing was changed.</source>
        <translation>Не удалось обновить заголовок %1 (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>переименование %1 в %2</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление %1</translation>
    </message>
    <message>
        <source>media order</source>
        <translation>порядок медиафайлов</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>Не удалось удалить %1.</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <source>Title &amp;language:</source>
        <translation>&amp;Язык заголовка:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;Ярлык URL:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Published (the other languages are created as drafts to translate)</source>
        <translation>&amp;Опубликовать (на других языках создаются черновики для перевода)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Languages and titles:</source>
        <translation>Языки и заголовки:</translation>
    </message>
</context>
<context>
    <name>PageCompare</name>
    <message>
        <source>The two headers cannot be combined field by field (one of them is not valid YAML). Take one header whole.</source>
        <translation>Два заголовка страницы нельзя объединить по полям (один из них — некорректный YAML). Возьмите один заголовок страницы целиком.</translation>
    </message>
    <message>
        <source>The field “%1” cannot be taken over: %2</source>
        <translation>Не удаётся перенести поле «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language at once; your open page stays open.</source>
        <translation>Окно сразу перестраивается на новом языке; открытая страница остаётся открытой.</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;Адрес сайта:</translation>
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
        <translation>нет свободного имени для журнала</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>Не удалось переместить %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be put in place: %2</source>
        <translation>Не удалось поставить %1 на место: %2</translation>
    </message>
    <message>
        <source>%1 is outside the site; GravDesk does not write there.</source>
        <translation>%1 находится вне сайта; GravDesk туда не пишет.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Папки для %1 не существует.</translation>
    </message>
    <message>
        <source>%1 leads outside the site through a link; GravDesk does not write there.</source>
        <translation>%1 через ссылку ведёт за пределы сайта; GravDesk туда не пишет.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; GravDesk does not change it.</source>
        <translation>%1 не является обычным файлом; GravDesk его не изменяет.</translation>
    </message>
    <message>
        <source>%1 is a link to nothing; GravDesk does not write through it.</source>
        <translation>%1 — ссылка в никуда; GravDesk не пишет через неё.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside the site; GravDesk does not write there.</source>
        <translation>%1 — ссылка на %2 вне сайта; GravDesk туда не пишет.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is read-only; use Save As.</source>
        <translation>%1 доступен только для чтения; используйте «Сохранить как».</translation>
    </message>
    <message>
        <source>This change was already carried out or dropped.</source>
        <translation>Это изменение уже выполнено или отменено.</translation>
    </message>
    <message>
        <source>%1 is moved twice in one change.</source>
        <translation>%1 перемещается дважды в одном изменении.</translation>
    </message>
    <message>
        <source>The new file for %1 was not prepared.</source>
        <translation>Новый файл для %1 не подготовлен.</translation>
    </message>
    <message>
        <source>%1 is written twice in one change.</source>
        <translation>%1 записывается дважды в одном изменении.</translation>
    </message>
    <message>
        <source>%1 already exists; GravDesk does not replace it.</source>
        <translation>%1 уже существует; GravDesk его не заменяет.</translation>
    </message>
    <message>
        <source>The state folder %1 cannot be created.</source>
        <translation>Не удаётся создать служебную папку %1.</translation>
    </message>
    <message>
        <source>The journal of this change cannot be written: %1</source>
        <translation>Не удаётся записать журнал этого изменения: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be synced to disk.</source>
        <translation>Не удаётся сбросить %1 на диск.</translation>
    </message>
    <message>
        <source>%1 already exists; it was created by another program.</source>
        <translation>%1 уже существует: его создала другая программа.</translation>
    </message>
    <message>
        <source>%1 was changed by another program; nothing was written.</source>
        <translation>%1 изменён другой программой; ничего не записано.</translation>
    </message>
    <message>
        <source>%1 was removed by another program; nothing was written.</source>
        <translation>%1 удалён другой программой; ничего не записано.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 не сохранён: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Не удаётся создать папку %1: %2</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>An interrupted change (%1) was rolled back: the site is as it was before it.</source>
        <translation>Прерванное изменение (%1) отменено: сайт такой же, каким был до него.</translation>
    </message>
    <message>
        <source>An interrupted change (%1) was completed.</source>
        <translation>Прерванное изменение (%1) завершено.</translation>
    </message>
    <message>
        <source>An interrupted change (%1) could not be completed: %2</source>
        <translation>Прерванное изменение (%1) не удалось завершить: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary file(s) left by an interrupted run were removed.</source>
        <translation>
            <numerusform>Удалён %n временный файл, оставшийся после прерванного запуска.</numerusform>
            <numerusform>Удалено %n временных файла, оставшихся после прерванного запуска.</numerusform>
            <numerusform>Удалено %n временных файлов, оставшихся после прерванного запуска.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lies in a folder this change also moves or removes.</source>
        <translation>%1 находится в папке, которую это изменение тоже перемещает или удаляет.</translation>
    </message>
    <message>
        <source>The new folder for %1 was not prepared beside it.</source>
        <translation>Новая папка для %1 не подготовлена рядом с ним.</translation>
    </message>
</context>
</TS>
