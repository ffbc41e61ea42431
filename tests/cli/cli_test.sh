#!/usr/bin/env bash
# Whole-program tests of the newsclean binary: exit codes, stdout (data only)
# vs stderr (one-line errors), stdin, output files.
# usage: cli_test.sh NEWSCLEAN FIXTURES_DIR
set -u
bin=$1
fixtures=$2
samples=$(cd "$(dirname "$0")/../../samples" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name" >&2; fi
}
run() {  # run ARGS... (stdin from $stdin_file if set); sets rc, out, err
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err" <"${stdin_file:-/dev/null}"
  rc=$?
  out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
}
lines() { printf '%s' "$1" | grep -c '' ; }
json_has_schema_keys() {  # stdin: one JSON document
  python3 -c '
import json, sys
keys = ["schema","url","canonical_url","title","byline","authors","source","site_name","date",
        "date_modified","description","lang","image","tags","body","word_count","input"]
docs = [json.loads(l) for l in sys.stdin.read().splitlines() if l.strip()] if sys.argv[1] == "jsonl" else [json.load(sys.stdin)]
for d in docs:
    assert list(d.keys())[:len(keys)] == keys, list(d.keys())
    assert d["schema"] == 1 and set(d["input"]) == {"path","kind","charset","bytes"}
print(len(docs))' "$1"
}

# The original text scrape: one JSON object with every schema key.
run "$samples/mexc-deepseek-r1-cost.txt"
check "text sample exits 0" test "$rc" -eq 0
check "text sample prints one object with every key" test "$(printf '%s' "$out" | json_has_schema_keys json)" = 1
check "text sample: nothing on stderr" test -z "$err"

# A page on stdin.
stdin_file="$samples/exchange-news-repost.html" run
check "stdin page exits 0" test "$rc" -eq 0
check "stdin page reported as <stdin>/-" test "$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["input"]["path"], d["input"]["kind"])')" = "- html"
stdin_file="$samples/exchange-news-repost.html" run -
check "explicit - reads stdin" test "$rc" -eq 0

# Bad inputs: one line on stderr naming the path, exit 1, nothing on stdout.
for bad in /dev/null "$tmp/missing.html" "$fixtures/charset/truncated.html.gz"; do
  run "$bad"
  check "$bad exits 1" test "$rc" -eq 1
  check "$bad: stdout empty" test -z "$out"
  check "$bad: one stderr line" test "$(lines "$err")" -eq 1
  check "$bad: error names the path" grep -q "^newsclean: $bad: " "$tmp/err"
done
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$tmp/image.png"
run "$tmp/image.png"
check "PNG exits 1" test "$rc" -eq 1
check "PNG named as such" test "$err" = "newsclean: $tmp/image.png: PNG image, not a page"
mkdir "$tmp/dir"
run "$tmp/dir"
check "directory exits 1" test "$rc" -eq 1

# One bad file among good ones: the good ones are still written, the bad one
# gets an error record in its place (issue 7), exit 1.
run -f jsonl "$samples/exchange-news-repost.html" "$tmp/missing.html" "$samples/social-square-post.html"
check "mixed batch exits 1" test "$rc" -eq 1
check "mixed batch keeps the good records" test "$(printf '%s\n' "$out" | grep -v '"error"' | json_has_schema_keys jsonl)" = 2
check "mixed batch: error record for the bad one" grep -q "^{\"input\":{\"path\":\"$tmp/missing.html\"},\"error\":" "$tmp/out"

# Usage errors exit 2 with one line; --help/--version exit 0 on stdout.
run --format yaml "$samples/mexc-deepseek-r1-cost.txt"
check "bad --format exits 2" test "$rc" -eq 2
check "bad --format: one stderr line" test "$(lines "$err")" -eq 1
run --encoding klingon "$samples/mexc-deepseek-r1-cost.txt"
check "unknown --encoding exits 2" test "$rc" -eq 2
run --no-such-flag
check "unknown flag exits 2" test "$rc" -eq 2
run --version
check "--version exits 0" test "$rc" -eq 0
check "--version prints the version" grep -q '^newsclean [0-9]' "$tmp/out"
run --help
check "--help exits 0 and documents --max-bytes" grep -q -- '--max-bytes' "$tmp/out"

# Limits and overrides.
run --max-bytes 1K "$samples/exchange-news-repost.html"
check "--max-bytes limit exits 1" test "$rc" -eq 1
check "--max-bytes message" grep -q 'exceeds the size limit of 1 KiB' "$tmp/err"
run --input-format text "$samples/exchange-news-repost.html"
check "--input-format text reads HTML as text" test "$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["input"]["kind"])')" = text
run --url https://news.example.com/a/b "$samples/exchange-news-repost.html"
check "--url is reported" test "$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')" = https://news.example.com/a/b
run --encoding windows-1251 "$fixtures/charset/koi8-r.html"
check "--encoding is reported as the charset" test "$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["input"]["charset"])')" = windows-1251

# -o writes the file (atomically: no temp file left behind).
run -o "$tmp/result.json" "$samples/mexc-deepseek-r1-cost.txt"
check "-o exits 0" test "$rc" -eq 0
check "-o leaves stdout empty" test -z "$out"
check "-o file is complete JSON" test "$(json_has_schema_keys json <"$tmp/result.json")" = 1
check "-o leaves no temp file" test -z "$(ls "$tmp" | grep '\.tmp\.')"
run -o "$tmp/nodir/result.json" "$samples/mexc-deepseek-r1-cost.txt"
check "-o into a missing directory exits 1" test "$rc" -eq 1

# --explain: a `removed` list in JSON; one stderr line per removal otherwise (stdout stays data).
run --explain "$samples/regression/tickers-and-traps.html"
check "--explain json exits 0" test "$rc" -eq 0
check "--explain json lists removals with rules" test "$(printf '%s' "$out" | python3 -c 'import json,sys; print(any(r["rule"] == "ticker" for r in json.load(sys.stdin)["removed"]))')" = True
check "--explain json: nothing on stderr" test -z "$err"
run --explain -f markdown "$samples/regression/tickers-and-traps.html"
check "--explain markdown reports removals on stderr" test "$(printf '%s\n' "$err" | grep -c 'removed \[disclaimer\] Disclaimer: The articles reposted')" = 1
check "--explain markdown keeps them out of stdout" test -z "$(printf '%s' "$out" | grep 'removed \[')"
run "$samples/regression/tickers-and-traps.html"
check "no --explain, no removed key" test "$(printf '%s' "$out" | python3 -c 'import json,sys; print("removed" in json.load(sys.stdin))')" = False

# A page nested 1,000,000 deep: a result (or a clear error), never a crash, and
# about the cost of a page of as many bytes of prose (a ratio, so it holds for
# sanitizer builds on a busy machine too: a wall-clock limit of 10 s failed
# under ASan when ctest ran two tests at once; ASan: deep 6.4 s, prose 6.0 s).
# The cost is the run's CPU time (user + system), not wall-clock time: the
# wall-clock ratio failed under ASan while another process took both cores
# (deep 5.9 s against prose 5.6 s once that process was gone).
run_ms() {  # run_ms ARGS...: as run, and sets ms to the run's CPU time in milliseconds
  local res
  res=$(python3 -c '
import resource, subprocess, sys
with open(sys.argv[1] + "/out", "wb") as out, open(sys.argv[1] + "/err", "wb") as err:
    rc = subprocess.run(sys.argv[2:], stdout=out, stderr=err, stdin=subprocess.DEVNULL).returncode
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(rc if rc >= 0 else 128 - rc, int((used.ru_utime + used.ru_stime) * 1000))' "$tmp" "$bin" "$@")
  rc=${res% *}; ms=${res#* }
  out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
}
# costs_about NAME REFERENCE FILE: FILE gives a result or a clear error (exit 0 or 1) and costs at
# most 3x the REFERENCE page (+2 s).
costs_about() {
  run_ms "$2"; local ref_ms=$ms
  run_ms "$3"
  check "$1: exit 0 or 1, not a crash" test "$rc" -le 1
  check "$1 costs at most 3x $(basename "$2") (+2 s)" test "$ms" -le $(( 3 * ref_ms + 2000 ))
}
python3 -c "import sys; sys.stdout.write('<html><body>' + '<div>'*1000000 + 'deep text' + '</div>'*1000000 + '</body></html>')" >"$tmp/deep.html"
python3 -c "import sys; sys.stdout.write('<html><body><p>' + 'word '*2200000 + '</p></body></html>')" >"$tmp/prose.html"
costs_about "1,000,000-deep page" "$tmp/prose.html" "$tmp/deep.html"

# Nested wrappers around a whole page must cost about what the flat page costs
# (a ratio, so it holds for sanitizer builds too): 250 nested itemprop=headline
# wrappers made each copy the page's text (19.6 s and 987 MB for 4.5 MB; flat:
# 1.5 s), as did 250 nested <time> wrappers (19.4 s and 2.9 GB).
page() {  # page OPEN CLOSE: 100,000 paragraphs inside 250 OPEN...CLOSE wrappers
  python3 -c "import sys; sys.stdout.write('<html><head><title>Port reopens after the storm | Example</title></head><body>' + sys.argv[1]*250 + '<p>word word word word word word word word</p>'*100000 + sys.argv[2]*250 + '</body></html>')" "$1" "$2"
}
page '' '' >"$tmp/flat.html"
page '<div itemprop="headline">' '</div>' >"$tmp/headlines.html"
page '<time datetime="2024-01-01">' '</time>' >"$tmp/times.html"
run_ms "$tmp/flat.html"; flat_ms=$ms
run_ms "$tmp/headlines.html"
check "nested headline wrappers: exit 0" test "$rc" -eq 0
check "nested headline wrappers: the <title> is the title" test "$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')" = "Port reopens after the storm"
check "nested headline wrappers cost at most 3x the flat page (+2 s)" test "$ms" -le $(( 3 * flat_ms + 2000 ))
run_ms "$tmp/times.html"
check "nested time wrappers: exit 0" test "$rc" -eq 0
check "nested time wrappers cost at most 3x the flat page (+2 s)" test "$ms" -le $(( 3 * flat_ms + 2000 ))

# A chain of 400,000 <li><ul> (each level one text character, capped at depth
# 256 by the reader) against a flat list of as many items: the content cleaner
# judged the wording of every element of the chain by the text of its whole
# subtree (10.8 s against 1.9 s flat).
python3 -c "import sys; sys.stdout.write('<html><body><ul>' + '<li>x</li>'*400000 + '</ul></body></html>')" >"$tmp/flat-list.html"
python3 -c "import sys; sys.stdout.write('<html><body>' + '<li><ul>'*400000 + 'x</body></html>')" >"$tmp/list-chain.html"
costs_about "<li><ul> chain" "$tmp/flat-list.html" "$tmp/list-chain.html"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
