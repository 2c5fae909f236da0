<?php
// The PHP side of gravdesk-bench-linear: the oracle's render path (go_render(), as grav-render.php calls it)
// timed inside one PHP process, so that PHP's start-up and the oracle's first-use setup are not counted.
//
//   php linear_oracle.php ORACLE_DIR BUDGET_MS FILE...
//
// Times are CPU time of the process (getrusage: user + system), not wall time: on a shared machine the wall
// clock also counts the time other processes had the cores. Each FILE is a page body rendered as a siteless page (language ru, folder 02.news/x, the oracle's default
// site address, like tst_render_fuzz). Prints one line per FILE, in order: the elapsed milliseconds of
// go_render() (best of up to 3 runs while the runs stay short), and writes the HTML next to it as FILE.php.html
// for the byte comparison. Once one render takes longer than BUDGET_MS the remaining (larger) FILEs are
// printed as "skip", and so is a FILE whose time, projected from the last one as if PHP were quadratic in the
// bytes, would pass 4 x BUDGET_MS: the point is the growth, not waiting minutes for a quadratic row.
declare(strict_types=1);

if ($argc < 4) {
    fwrite(STDERR, "usage: php linear_oracle.php ORACLE_DIR BUDGET_MS FILE...\n");
    exit(2);
}
require $argv[1] . '/lib/bootstrap.php';
$budget = (float) $argv[2];

function cpu_ms(): float
{
    $u = getrusage();
    return ($u['ru_utime.tv_sec'] + $u['ru_stime.tv_sec']) * 1e3 + ($u['ru_utime.tv_usec'] + $u['ru_stime.tv_usec']) / 1e3;
}

function render_body(string $text): string
{
    $o = new GoRenderOptions();
    $o->stdinText = $text;
    $o->lang = 'ru';
    $o->pageFolder = '02.news/x';
    return go_render($o)->html;
}

render_body("warm *up* [a](http://example.com) [plugin:youtube](https://youtu.be/x)\n"); // first-use setup
$over = false;
$last = null; // [bytes, ms] of the last file rendered
foreach (array_slice($argv, 3) as $file) {
    $bytes = max(1, (int) filesize($file));
    if ($last !== null && $last[1] * ($bytes / $last[0]) ** 2 > 4 * $budget) {
        $over = true;
    }
    if ($over) {
        echo "skip\n";
        continue;
    }
    $text = (string) file_get_contents($file);
    $best = INF;
    $html = '';
    for ($run = 0; $run < 3; ++$run) {
        $start = cpu_ms();
        $html = render_body($text);
        $ms = cpu_ms() - $start;
        $best = min($best, $ms);
        if ($ms > 200) {
            break; // long enough to be measured once
        }
    }
    file_put_contents($file . '.php.html', $html);
    printf("%.3f\n", $best);
    flush();
    $over = $best > $budget;
    $last = [$bytes, $best];
}
