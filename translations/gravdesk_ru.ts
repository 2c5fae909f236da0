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
    <name>GravDesk::PageFormWidget</name>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>No page selected</source>
        <translation>Страница не выбрана</translation>
    </message>
    <message>
        <source>(no title: Grav uses the folder name)</source>
        <translation>(нет заголовка: Grav использует имя папки)</translation>
    </message>
    <message>
        <source>(no date: Grav uses the file&apos;s modification time)</source>
        <translation>(нет даты: Grav использует время изменения файла)</translation>
    </message>
    <message>
        <source>%1   (Grav cannot read this date)</source>
        <translation>%1   (Grav не может прочитать эту дату)</translation>
    </message>
    <message>
        <source>Grav rejects this header (line %1): %2</source>
        <translation>Grav не принимает этот заголовок страницы (front matter), строка %1: %2</translation>
    </message>
    <message>
        <source>Grav reads this header only with its legacy parser: %1</source>
        <translation>Grav читает этот заголовок страницы (front matter) только устаревшим парсером: %1</translation>
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
</context>
</TS>
