#!/usr/bin/env bash
# Batch mode (issue 7) end to end: the real binary over small generated trees.
# usage: batch_test.sh NEWSCLEAN
set -uo pipefail
N=${1:?usage: batch_test.sh NEWSCLEAN}
N=$(realpath "$N")
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
T=$(mktemp -d)
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
cd "$T" || exit 1
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
check() { local what=$1; shift; "$@" || fail "$what"; }

# A small page the extractor accepts; $1 makes each one distinct.
page() {
  printf '<!doctype html><html><head><title>Story %s</title></head><body><nav>Home News</nav>' "$1"
  printf '<article><h1>Story %s</h1>' "$1"
  for k in 1 2 3; do
    printf '<p>Paragraph %s of story %s: the council approved the harbour budget after a long debate, ' "$k" "$1"
    printf 'and residents said the new ferry timetable would finally match the working day.</p>'
  done
  printf '</article><footer>Contact</footer></body></html>\n'
}

# Every output file is one complete JSON object (no half-written file).
all_json_valid() {
  "$PY" - "$@" <<'EOF'
import json, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        json.load(f)
EOF
}

# --- a tree: nested folders, gzip, text scrape, junk, a symlink loop -------------
mkdir -p in/a/b in/c
page 1 > in/a/b/page.html
page 2 | gzip > in/a/p2.html.gz
page 3 > in/a/b/same.html
printf 'Harbour budget approved\n\nThe council approved the harbour budget after a long debate on Tuesday evening.\n\nResidents said the new ferry timetable would finally match the working day, and the mayor promised a review in spring.\n\nThe opposition called the plan rushed but voted for it, citing the need for repairs before winter.\n' > in/a/b/same.txt
printf '\x00\x01\x02\x03\x04binary' > in/c/junk.bin
ln -s .. in/a/b/loop

# Mirroring: DIR/<input path>/name.json, collisions keep the full name.
"$N" -q in -o out 2> err.txt
check "mirror: exit 1, the junk file held no article (got $?)" [ $? -eq 1 ]
for f in out/in/a/b/page.json out/in/a/p2.json out/in/a/b/same.json out/in/a/b/same.txt.json; do
  check "mirror: $f written" [ -f "$f" ]
done
check "mirror: no output for junk" [ ! -e out/in/c/junk.json ]
check "mirror: outputs are valid JSON" all_json_valid $(find out -type f)
check "mirror: input.path recorded" grep -Eq '"path": ?"in/a/b/page.html"' out/in/a/b/page.json
check "mirror: loop reported" grep -q 'in/a/b/loop: symbolic link loop' err.txt
check "mirror: junk reported" grep -q 'in/c/junk.bin: ' err.txt
check "mirror: nothing walked twice" [ "$(find out -type f | wc -l)" -eq 4 ]

# The summary line counts every outcome.
"$N" in -o out2 -j2 2> err.txt
check "summary line" grep -q '6 files in .*: 4 ok, 1 no article, 0 failed, 1 symbolic link loop not followed' err.txt

# --- JSONL stream: one record per input, error records, input order ----------------
"$N" -f jsonl in > all.jsonl 2> err.txt
check "jsonl: exit 1 (junk file)" [ $? -eq 1 ]
check "jsonl: one line per input" [ "$(wc -l < all.jsonl)" -eq 6 ]
"$PY" - all.jsonl <<'EOF' || fail "jsonl: records and order"
import json, sys
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
paths = [r["input"]["path"] for r in records]
assert paths == ["in/a/b/loop", "in/a/b/page.html", "in/a/b/same.html", "in/a/b/same.txt",
                 "in/a/p2.html.gz", "in/c/junk.bin"], paths
errors = {r["input"]["path"]: r["error"] for r in records if "error" in r}
assert set(errors) == {"in/a/b/loop", "in/c/junk.bin"}, errors
assert records[1]["title"] == "Story 1" and "of story 1:" in records[1]["body"], records[1]
EOF

# -o FILE.jsonl: the same stream, in a file written atomically.
"$N" -q in -o all-file.jsonl
check "jsonl file: same records as stdout" cmp -s <(sort all.jsonl) <(sort all-file.jsonl)

# Ordered output is the same with 1 and 4 workers, over enough pages to overtake.
mkdir many
for i in $(seq 1 60); do page "$i" > "many/p$(printf %03d "$i").html"; done
"$N" -q -f jsonl -j1 many > j1.jsonl
"$N" -q -f jsonl -j4 many > j4.jsonl
check "ordered: -j4 equals -j1" cmp -s j1.jsonl j4.jsonl
"$N" -q -f jsonl -j4 --unordered -o un.jsonl many
check "unordered: same records" cmp -s <(sort j1.jsonl) <(sort un.jsonl)

# --files-from with NUL separators, as `find -print0` writes them.
find many -name 'p00*.html' -print0 | sort -z | "$N" -q -f jsonl --files-from - -0 > listed.jsonl
check "files-from -0: 9 records" [ "$(wc -l < listed.jsonl)" -eq 9 ]
check "files-from -0: path kept" grep -q '"path":"many/p001.html"' listed.jsonl

# --glob includes and !excludes (walked files only).
"$N" -q -f jsonl --glob '*.html' --glob '!same*' in > globbed.jsonl
check "glob: only page.html" [ "$(grep -c '"schema"' globbed.jsonl)" -eq 1 ] && grep -q 'in/a/b/page.html' globbed.jsonl

# A pipe named by the user is read (process substitution); one met in a folder is not.
"$N" -q -f jsonl <(page 40) > piped.jsonl
check "named pipe argument is read" grep -q 'Story 40' piped.jsonl
mkdir fifo-dir && mkfifo fifo-dir/pipe
"$N" -q -f jsonl fifo-dir > fifo-dir.jsonl
check "FIFO in a folder: reported, not read" grep -q '"error":"not a regular file"' fifo-dir.jsonl
# A folder with nothing to read is worth exit 1.
mkdir empty-dir
"$N" -q -f jsonl empty-dir 2> err.txt
check "empty folder: exit 1" [ $? -eq 1 ]
check "empty folder: said so" grep -q 'no input files found' err.txt

# --- errors never stop the batch; exit 1 when an input failed -----------------------
mkdir bad && page 9 > bad/ok.html && ln -s missing bad/broken.html
"$N" -f jsonl bad > bad.jsonl 2> err.txt
check "broken link: exit 1" [ $? -eq 1 ]
check "broken link: error record" grep -q '{"input":{"path":"bad/broken.html"},"error":"broken symbolic link"}' bad.jsonl
check "broken link: the other page still done" grep -q '"path":"bad/ok.html"' bad.jsonl
check "broken link: stderr line" grep -q 'bad/broken.html: broken symbolic link' err.txt
"$N" -q -f jsonl -j1 --fail-fast bad > ff.jsonl
check "fail-fast: exit 1" [ $? -eq 1 ]
check "fail-fast: stops at the failure" [ "$(wc -l < ff.jsonl)" -eq 1 ]

# An unreadable file (permissions only bite a non-root user: drop to nobody when root).
mkdir -p unread && page 5 > unread/ok.html && page 6 > unread/secret.html && chmod 000 unread/secret.html
chmod 777 "$T" unread
as_user=()
[ "$(id -u)" -eq 0 ] && command -v setpriv > /dev/null && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  "${as_user[@]}" "$N" -f jsonl unread > unread.jsonl 2> err.txt
  check "unreadable: exit 1" [ $? -eq 1 ]
  check "unreadable: error record" grep -q '{"input":{"path":"unread/secret.html"},"error":"Permission denied"}' unread.jsonl
  check "unreadable: other page done" grep -q '"path":"unread/ok.html"' unread.jsonl
else
  echo "SKIP: unreadable file (root without setpriv)" >&2
fi

# --- output names never escape DIR ----------------------------------------------------
mkdir -p deep/x && page 7 > deep/x/up.html && page 8 > top.html
(cd deep/x && printf '../../top.html\n../x/up.html\n/%s/top.html\n' "$T" | "$N" -q --files-from - -o ../../safe)
check "dotdot: exit 0" [ $? -eq 0 ]
check "dotdot: ../../top.html lands inside" [ -f safe/top.json ]
check "dotdot: ../x/up.html lands inside" [ -f safe/x/up.json ]
check "dotdot: absolute path lands inside" [ -f "safe${T}/top.json" ]
check "dotdot: nothing outside" [ "$(find . -maxdepth 1 -name '*.json' | wc -l)" -eq 0 ] && [ ! -e deep/top.json ]
# A symlink planted inside DIR must not redirect a write outside it.
mkdir -p trap elsewhere && ln -s ../elsewhere trap/in
"$N" -q in -o trap 2> err.txt
check "symlink in DIR: exit 1" [ $? -eq 1 ]
check "symlink in DIR: nothing written through it" [ -z "$(ls -A elsewhere)" ]
check "symlink in DIR: reported" grep -q 'symbolic link or not a directory' err.txt

# --- interrupted run, resumed with --skip-existing --------------------------------------
# The list comes through a FIFO so the kill lands mid-run, deterministically.
find many -name '*.html' | sort > list.txt
"$N" -q -j2 --files-from list.txt -o full
mkfifo fifo
"$N" -q -j2 --files-from fifo -o resumed 2> /dev/null &
pid=$!
exec 3> fifo
head -n 20 list.txt >&3
for _ in $(seq 1 200); do [ -n "$(find resumed -name '*.json' 2> /dev/null | head -n1)" ] && break; sleep 0.05; done
tail -n +21 list.txt >&3
kill -KILL "$pid"
wait "$pid" 2> /dev/null
exec 3>&-
done_before=$(find resumed -type f | wc -l)
check "interrupt: some outputs written before the kill ($done_before)" [ "$done_before" -gt 0 ]
check "interrupt: every file complete, no temp left" all_json_valid $(find resumed -type f)
check "interrupt: no temp names" [ -z "$(find resumed -name '.*')" ]
"$N" -q -j2 --files-from list.txt -o resumed --skip-existing
check "resume: exit 0" [ $? -eq 0 ]
check "resume: same outputs as an uninterrupted run" diff -r full resumed
# SIGTERM: a clean stop, exit 130, no temp file.
mkfifo fifo2
"$N" -j2 --files-from fifo2 -o termed 2> term.txt &
pid=$!
exec 4> fifo2
head -n 5 list.txt >&4
for _ in $(seq 1 200); do [ -n "$(find termed -name '*.json' 2> /dev/null | head -n1)" ] && break; sleep 0.05; done
kill -TERM "$pid"
wait "$pid"
rc=$?
exec 4>&-
check "SIGTERM: exit 130 (got $rc)" [ "$rc" -eq 130 ]
check "SIGTERM: summary says interrupted" grep -q 'interrupted after' term.txt

# --- JSONL records in: one record out per line, same order ---------------------------------
{
  printf '{"url":"https://example.org/news/1","html":"%s"}\n' "$(page 11 | sed 's/"/\\"/g')"
  printf 'not json\n'
  printf '{"text":"Harbour budget approved\\n\\nThe council approved the harbour budget after a long debate on Tuesday.\\n\\nResidents said the new ferry timetable would finally match the working day, and the mayor promised a review in spring.\\n\\nThe opposition called the plan rushed but voted for it, citing the need for repairs before winter."}\n'
  printf '{"url":"https://example.org/none"}\n'
  for i in $(seq 12 30); do printf '{"html":"%s"}\n' "$(page "$i" | sed 's/"/\\"/g')"; done
} > records.jsonl
"$N" -q --input-format jsonl -j4 < records.jsonl > records.out
check "jsonl-in: exit 1 (bad lines)" [ $? -eq 1 ]
check "jsonl-in: one line out per line in" [ "$(wc -l < records.out)" -eq "$(wc -l < records.jsonl)" ]
"$PY" - records.out <<'EOF' || fail "jsonl-in: records in input order"
import json, sys
out = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
assert out[0]["url"] == "https://example.org/news/1" and out[0]["title"] == "Story 11", out[0]
assert out[0]["input"]["path"] == "-:1"
assert out[1] == {"input": {"path": "-:2"}, "error": "not a JSON object"}, out[1]
assert "harbour budget" in out[2]["body"], out[2]
assert out[3]["input"]["path"] == "-:4" and "error" in out[3]
for k, rec in enumerate(out[4:], start=12):
    assert rec["title"] == "Story %d" % k and "of story %d:" % k in rec["body"], (k, rec)
EOF

# Co-process use: one line in, wait for its line out (no buffering deadlock).
"$PY" - "$N" <<'EOF' || fail "jsonl-in: answers each line before the next arrives"
import json, subprocess, sys, threading
p = subprocess.Popen([sys.argv[1], "-q", "--input-format", "jsonl", "-j2"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
timer = threading.Timer(20, p.kill)
timer.start()
for i in range(3):
    p.stdin.write(json.dumps({"text": "Report %d\n\nThe harbour budget was approved on Tuesday after a long debate.\n\n"
                              "Residents said the new ferry timetable would finally match the working day.\n\n"
                              "The opposition called the plan rushed but voted for it before winter." % i}) + "\n")
    p.stdin.flush()
    assert json.loads(p.stdout.readline())["input"]["path"] == "-:%d" % (i + 1)
p.stdin.close()
assert p.wait() == 0
timer.cancel()
EOF

if [ "$failures" -gt 0 ]; then
  echo "batch_test: $failures failure(s)" >&2
  exit 1
fi
echo "batch_test: all passed"
