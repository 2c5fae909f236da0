#!/bin/sh
# Publishing through the site's git remote, next to plain git on the same kind of repository: the synthetic
# N-post site (N × kk/ru/en page files) in Git Sync layout (pages/ at the repository's root), with a local
# bare remote. Three figures, each the median of R rounds (default 5) that run the sides in turn after one
# warm-up of each, with their ratio (see bench/README.md):
#   publish  `gravdesk-cli publish CLONE PAGE`           vs `git add PAGE && git commit && git push`
#   sync     `gravdesk-cli sync CLONE` after K changed files were pushed from another clone
#                                                        vs `git pull --ff-only` in an identical clone
#   status   `gravdesk-cli status --no-fetch --json CLONE` vs `git status --porcelain=v2 -z` (the target's peer);
#            also printed against `git status --porcelain=v2 -z --branch` followed by `git ls-files -z -- pages`
#            (the state, ahead/behind and the page list the command prints)
#
#   bench/bench_vcs.sh [--bin DIR] [--runs R] [--changed K] [--cache DIR] [--keep] [N]
#
# N posts (default 20000); K changed files upstream (default 2000); DIR holds gravdesk-cli and gravdesk-gensite
# (default build/release/bin). The generated repository (site + bare remote) and its clones are kept in the cache
# folder (--cache, default build/bench-vcs) and reused by later runs: each run gives every scenario new bare remotes
# (copies of the cached one) and brings the clones back to the cached commit, so only the files a previous run
# changed are written again.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../build/release/bin"
cache="$here/../build/bench-vcs"
runs=5
posts=20000
changed=2000
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --bin) bin=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --changed) changed=$2; shift 2 ;;
    --cache) cache=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) posts=$1; shift ;;
    esac
done
for tool in gravdesk-cli gravdesk-gensite; do
    [ -x "$bin/$tool" ] || { echo "missing $bin/$tool (build it: cmake --build build/release --target $tool)" >&2; exit 2; }
done
bin=$(cd "$bin" && pwd)
cli="$bin/gravdesk-cli"

# GravDesk's state (journals of its transactions) goes to a scratch folder, not the user's.
state=$(mktemp -d "${TMPDIR:-/tmp}/gravdesk-vcs-state.XXXXXX")
export XDG_STATE_HOME="$state" XDG_CONFIG_HOME="$state"
# Git must not read the user's own settings (hooks, signing, aliases), and no automatic gc may start in the
# background during a round; both sides get the same environment.
printf '[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n' >"$state/gitconfig"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$state/gitconfig"
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.org GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.org

# 1. The repository, built once: the generated site's pages/ committed in one commit and pushed to a bare remote.
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
repo="$cache/n$posts"
if [ ! -f "$repo/ready" ]; then
    echo "building the $posts-post repository in $repo (once) ..."
    rm -rf "$repo"
    mkdir -p "$repo"
    "$bin/gravdesk-gensite" "$repo/site" "$posts" >/dev/null
    git init -q -b master "$repo/seed"
    mv "$repo/site/user/pages" "$repo/seed/pages"
    rm -rf "$repo/site"
    git -C "$repo/seed" add -A
    git -C "$repo/seed" commit -q -m "(Grav GitSync) Automatic Commit from GitSync"
    git init -q --bare -b master "$repo/remote.git"
    git -C "$repo/seed" push -q "$repo/remote.git" master
    git -C "$repo/remote.git" gc -q
    rm -rf "$repo/seed"
    touch "$repo/ready"
fi

clones="$repo/clones"
work=$(mktemp -d "$cache/run.XXXXXX")
if [ "$keep" = 1 ]; then
    trap 'rm -rf "$state"; echo "kept $work"' EXIT
else
    trap 'rm -rf "$work" "$state"' EXIT
fi

# A bare remote of its own ($1, a copy of the cached one with its objects hard-linked) and clones of it ($2 ...),
# each as the cached repository has it: the clones are kept in the cache and brought back to its commit (only
# the files a previous run changed are written again).
fresh() {
    remote="$work/$1.git"
    git clone -q --bare "$repo/remote.git" "$remote"
    shift
    for c in "$@"; do
        [ -d "$clones/$c" ] || git clone -q "$repo/remote.git" "$clones/$c"
        (
            cd "$clones/$c"
            git remote set-url origin "$remote"
            git fetch -q --prune origin
            git reset -q --hard origin/master
            git clean -fdqx
            git for-each-ref --format='%(refname)' refs/gravdesk | while read -r ref; do git update-ref -d "$ref"; done
            git update-index -q --refresh >/dev/null || true
        )
    done
}

# Wall time in µs of one run of "$@" (output discarded; a failure stops the bench).
once() {
    t0=$(date +%s%N)
    if ! "$@" >"$work/last.out" 2>&1; then
        echo "failed: $*" >&2
        cat "$work/last.out" >&2
        touch "$work/failed"
    fi
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000))
}

# The median of the numbers in file $1, in ms with one decimal.
median() {
    sort -n "$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

ratio() {
    awk -v g="$1" -v p="$2" 'BEGIN { printf "%.2f", g / p }'
}

# The page folder number $1 (repository-relative), in the order of the cached repository.
git -C "$repo/remote.git" ls-tree --name-only master pages/02.news/ | grep -v '\.md$' >"$work/pages"
page() {
    sed -n "$1p" "$work/pages"
}

# Changes the title of page file $1 in clone $2 (a new one each call, as an editor's save would).
edit() {
    f="$clones/$2/$1"
    sed -i "s/^title: \(.*\)\$/title: \1 +/" "$f"
}

files=$(git -C "$repo/remote.git" ls-tree -r --name-only master | wc -l)
echo "repository: $posts posts, $files files in pages/; $(nproc) CPUs; $(git --version); medians of $runs rounds, ms"
printf '%-9s %-46s %10s %10s %7s %7s\n' "" "" "gravdesk" "git" "ratio" "target"

# 2. Publishing one page: the same one-file change of a page in two identical clones with remotes of their own.
fresh pubg pubg
fresh pubp pubp
: >"$work/g"
: >"$work/p"
i=0
while [ "$i" -le "$runs" ]; do
    n=$((i * 97 + 5))
    folder=$(page "$n")
    edit "$folder/item.ru.md" pubg
    edit "$folder/item.ru.md" pubp
    tg=$(once "$cli" publish "$clones/pubg" "$folder")
    tp=$(once sh -c 'cd "$1" && git add "$2" && git commit -q -m "$3" && git push -q origin master' sh "$clones/pubp" "$folder" "Новость: $folder [ru]")
    [ ! -e "$work/failed" ] || exit 1
    if [ "$i" -gt 0 ]; then
        echo "$tg" >>"$work/g"
        echo "$tp" >>"$work/p"
    fi
    i=$((i + 1))
done
g=$(median "$work/g")
p=$(median "$work/p")
printf '%-9s %-46s %10s %10s %7s %7s\n' publish "publish PAGE / git add+commit+push" "$g" "$p" "$(ratio "$g" "$p")" "1.5"

# 3. Updating after K changed files upstream: a third clone pushes them; GravDesk's clone syncs, the peer pulls.
fresh sync syncg syncp up
: >"$work/g"
: >"$work/p"
i=0
while [ "$i" -le "$runs" ]; do
    # K page files, a different set each round (the first K/3 pages from a moving start, all three languages)
    start=$(((i * changed / 3) % (posts - changed / 3) + 1))
    (cd "$clones/up" && sed -n "$start,$((start + changed / 3 - 1))p" "$work/pages" | while read -r d; do
        for lang in ru kk en; do echo "$d/item.$lang.md"; done
    done | head -n "$changed" | xargs sed -i "s/^title: \(.*\)\$/title: \1 ~/" &&
        git commit -q -a -m "(Grav GitSync) Automatic Commit from GitSync" && git push -q origin master)
    tg=$(once "$cli" sync "$clones/syncg")
    tp=$(once git -C "$clones/syncp" pull -q --ff-only)
    [ ! -e "$work/failed" ] || exit 1
    if [ "$i" -gt 0 ]; then
        echo "$tg" >>"$work/g"
        echo "$tp" >>"$work/p"
    fi
    i=$((i + 1))
done
g=$(median "$work/g")
p=$(median "$work/p")
printf '%-9s %-46s %10s %10s %7s %7s\n' sync "sync, $changed files upstream / git pull --ff-only" "$g" "$p" "$(ratio "$g" "$p")" "2"

# 4. State for the whole tree, in the synced clone with drafts in 5 pages (the same tree for both sides). The target's
# peer is `git status --porcelain=v2 -z` alone; below it, what gives the same facts as the command (git status with
# the branch header, ahead/behind, and the list of tracked files: which folders are pages), and the status GravDesk
# ran before (a path limit, every untracked file, no optional locks).
for n in 11 222 3333 4444 5555; do
    edit "$(page "$n")/item.kk.md" syncg
done
: >"$work/g"
: >"$work/p"
: >"$work/pa"
: >"$work/pl"
: >"$work/gf"
i=0
while [ "$i" -le "$runs" ]; do
    tg=$(once "$cli" status "$clones/syncg" --no-fetch --json)
    tp=$(once sh -c 'git -C "$1" status --porcelain=v2 -z --branch && git -C "$1" ls-files -z -- pages' sh "$clones/syncg")
    tpa=$(once git -C "$clones/syncg" status --porcelain=v2 -z)
    tpl=$(once git -C "$clones/syncg" --no-optional-locks status --porcelain=v2 -z --branch --untracked-files=all -- pages)
    tgf=$(once "$cli" status "$clones/syncg" --json)
    [ ! -e "$work/failed" ] || exit 1
    if [ "$i" -gt 0 ]; then
        echo "$tg" >>"$work/g"
        echo "$tp" >>"$work/p"
        echo "$tpa" >>"$work/pa"
        echo "$tpl" >>"$work/pl"
        echo "$tgf" >>"$work/gf"
    fi
    i=$((i + 1))
done
g=$(median "$work/g")
p=$(median "$work/p")
pa=$(median "$work/pa")
pl=$(median "$work/pl")
gf=$(median "$work/gf")
printf '%-9s %-46s %10s %10s %7s %7s\n' status "status --json / git status --porcelain=v2 -z" "$g" "$pa" "$(ratio "$g" "$pa")" "1.2"
printf '%-9s %-46s %10s %10s %7s\n' "" "  peer: status --branch + ls-files" "$g" "$p" "$(ratio "$g" "$p")"
printf '%-9s %-46s %10s %10s %7s\n' "" "  peer: status -uall -- pages, no locks" "$g" "$pl" "$(ratio "$g" "$pl")"
printf '%-9s %-46s %10s %10s %7s\n' "" "  status --json with its fetch / git status" "$gf" "$pa" "$(ratio "$gf" "$pa")"
