<?php
// The baseline of bench/bench_render_e2e.sh: bare Parsedown 1.7.4 (Debian's php-parsedown), in one PHP
// process, over every page file below PAGES_DIR — read the file, split off the front matter the way Grav's
// MarkdownFile does (BOM, line endings, `---` header), run Parsedown::text() on the body. With --out DIR it
// also writes each result to DIR/<path>.html, like `gravdesk-cli render --out`.
// No Grav hooks, no YAML: this is the floor a PHP renderer of these files cannot go below.

if ($argc < 2) {
    fwrite(STDERR, "usage: php parsedown_baseline.php PAGES_DIR [--out DIR]\n");
    exit(2);
}
$pages = rtrim($argv[1], '/');
$out = ($argc >= 4 && $argv[2] === '--out') ? rtrim($argv[3], '/') : null;
$parsedownPath = '/usr/share/php/Parsedown/Parsedown.php';
if (!is_file($parsedownPath)) {
    $parsedownPath = '/usr/share/php/Parsedown.php';
}
require_once $parsedownPath;

$start = microtime(true);
$parsedown = new Parsedown();
$files = 0;
$bytes = 0;
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($pages, FilesystemIterator::SKIP_DOTS));
$paths = [];
foreach ($it as $f) {
    if ($f->isFile() && substr($f->getFilename(), -3) === '.md') {
        $paths[] = $f->getPathname();
    }
}
sort($paths);
foreach ($paths as $path) {
    $raw = file_get_contents($path);
    $raw = ltrim($raw, "\xEF\xBB\xBF");
    $raw = str_replace(["\r\n", "\r"], "\n", $raw);
    $body = $raw;
    if (preg_match('/^---\n(.+?)\n---\n{0,}(.*)$/uis', ltrim($raw), $m)) {
        $body = $m[2];
    }
    $html = $parsedown->text($body);
    $bytes += strlen($body);
    ++$files;
    if ($out !== null) {
        $target = $out . substr($path, strlen($pages)) . '.html';
        $dir = dirname($target);
        if (!is_dir($dir)) {
            mkdir($dir, 0777, true);
        }
        file_put_contents($target, $html);
    }
}
printf("%d files, %.2f MB of bodies, %.3f s\n", $files, $bytes / 1048576, microtime(true) - $start);
