#!/usr/bin/python3
"""Issue 6 acceptance checks on the real binary, for every sample and fixture:

- the JSON output validates against docs/article.schema.json (also jsonl, and
  with --with-markdown);
- the Markdown front matter, read back by a YAML parser (PyYAML), equals the
  JSON fields: every known non-empty field present, no other key;
- --fields, -f text and the pretty/compact default behave as documented.

Usage: check_outputs.py NEWSCLEAN SCHEMA SAMPLES_DIR FIXTURES_DIR
Needs Debian's python3-yaml and python3-jsonschema (scripts/install-deps).
"""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import yaml

FRONT_MATTER_KEYS = ["title", "byline", "authors", "source", "site_name", "date", "url",
                     "canonical_url", "lang", "tags", "description"]

failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")


def run(binary, *args):
    done = subprocess.run([binary, *args], capture_output=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))}: exit {done.returncode}: {done.stderr.decode()}")
    return done.stdout.decode("utf-8")


def front_matter(markdown):
    """The YAML between the leading '---' lines, parsed; {} when absent."""
    if not markdown.startswith("---\n"):
        return {}, markdown
    end = markdown.index("\n---\n", 3)
    data = yaml.safe_load(markdown[4:end + 1])
    return data or {}, markdown[end + 5:]


def check_front_matter(name, record, markdown):
    data, _ = front_matter(markdown)
    keys = list(data.keys())
    if keys != [k for k in FRONT_MATTER_KEYS if k in data]:
        fail(name, f"front matter keys unknown or out of order: {keys}")
    for key in FRONT_MATTER_KEYS:
        value = record.get(key)
        known = value not in (None, "", [])
        if known and data.get(key) != value:
            fail(name, f"front matter {key!r} = {data.get(key)!r}, JSON has {value!r}")
        if not known and key in data:
            fail(name, f"front matter has {key!r} that JSON does not know")


def check_input(binary, validator, path):
    name = path.name
    record = json.loads(run(binary, "--compact", "--with-markdown", str(path)))
    for error in validator.iter_errors(record):
        fail(name, f"schema: {error.message} at {list(error.path)}")
    for flags in ([], ["--links", "--images"]):
        markdown = run(binary, "-f", "markdown", *flags, str(path))
        check_front_matter(name, record, markdown)
        if record["title"] and f"\n# " not in "\n" + front_matter(markdown)[1]:
            fail(name, "no '# title' heading in the Markdown")
    text = run(binary, "-f", "text", str(path))
    if record["title"] and not text.startswith(record["title"] + "\n\n"):
        fail(name, "text output does not start with the title and a blank line")
    picked = json.loads(run(binary, "--fields", "title,date,word_count", str(path)))
    if list(picked.keys()) != ["title", "date", "word_count"]:
        fail(name, f"--fields gave keys {list(picked.keys())}")
    return record


def check_jsonl(binary, validator, paths):
    lines = run(binary, "-f", "jsonl", *map(str, paths)).splitlines()
    if len(lines) != len(paths):
        fail("jsonl", f"{len(lines)} lines for {len(paths)} inputs")
    for line in lines:
        for error in validator.iter_errors(json.loads(line)):
            fail("jsonl", f"schema: {error.message}")


def check_defaults(binary, path):
    # stdout is a pipe here: compact by default; --pretty indents.
    if run(binary, str(path)).count("\n") != 1:
        fail("defaults", "JSON to a pipe is not compact by default")
    if run(binary, "--pretty", str(path)).count("\n") < 10:
        fail("defaults", "--pretty does not indent")
    done = subprocess.run([binary, "--fields", "nonsense", str(path)], capture_output=True)
    if done.returncode != 2:
        fail("defaults", f"--fields nonsense exited {done.returncode}, expected 2 (usage error)")


def main():
    binary, schema_path, samples, fixtures = sys.argv[1:5]
    schema = json.loads(Path(schema_path).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    error_record = {"input": {"path": "page.html"}, "error": "no article found"}
    for error in validator.iter_errors(error_record):
        fail("error record", error.message)
    paths = sorted(p for d in (samples, fixtures) for p in Path(d).iterdir()
                   if p.suffix in (".html", ".txt") and p.is_file())
    if len(paths) < 8:
        fail("inputs", f"only {len(paths)} inputs found")
    for path in paths:
        try:
            check_input(binary, validator, path)
        except (RuntimeError, ValueError, yaml.YAMLError) as e:
            fail(path.name, str(e))
    check_jsonl(binary, validator, paths)
    check_defaults(binary, paths[0])
    for f in failures:
        print(f"FAIL {f}", file=sys.stderr)
    print(f"check_outputs: {len(paths)} inputs, {len(failures)} failures", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
