#!/usr/bin/env bash
# Runs the reformplan CLI and Stoplight Spectral 6 (the plan JSON Schema and three equivalent rules) over the
# same generated national-year corpus, one after the other in one run, and prints wall time, peak RSS
# (from /usr/bin/time -v) and the ratio. See benchmarks/RESULTS.md.
#
#   benchmarks/run-batch.sh [CORPUS_DIR [SCALE]]
#
# CORPUS_DIR (default: $TMPDIR/reformplan-corpus) is generated when it does not exist (SCALE: 1 = a national
# year of 4,355 files; 0.1 and 10 for the memory-flatness check). Spectral is installed with npm into
# $SPECTRAL_HOME (default: $TMPDIR/reformplan-spectral) on first use. SKIP_SPECTRAL=1 runs reformplan only.
# REFORMPLAN_JAVA_OPTS is passed to the launcher (to compare JVM settings).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=${TMPDIR:-/tmp}
corpus=${1:-$tmp/reformplan-corpus}
scale=${2:-1}
spectral_home=${SPECTRAL_HOME:-$tmp/reformplan-spectral}
out=$(mktemp -d "$tmp/reformplan-batch.XXXXXX")

[ -x /usr/bin/time ] || { echo "run-batch.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

jar="$here/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  echo "run-batch.sh: building the benchmarks module..." >&2
  "$here/mvnw" -q -B -f "$here/pom.xml" -DskipTests -pl benchmarks -am package >&2
fi
if [ ! -d "$corpus" ]; then
  java -cp "$jar" io.github.reformplan.bench.CorpusGenerator "$corpus" "$scale" >&2
fi
files=$(find "$corpus" -name '*.yaml' | wc -l)
mb=$(du -sm "$corpus" | cut -f1)

if [ -z "${SKIP_SPECTRAL:-}" ] && [ ! -x "$spectral_home/node_modules/.bin/spectral" ]; then
  echo "run-batch.sh: installing @stoplight/spectral-cli@6 into $spectral_home..." >&2
  npm install --silent --prefix "$spectral_home" @stoplight/spectral-cli@6 >&2
fi

# The Spectral ruleset: the three rules of spectral/rules.json and the plan-schema rule with the schema inlined.
node -e '
  const fs = require("fs");
  const schema = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const ruleset = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  delete ruleset.description;
  ruleset.rules["plan-schema"] = { description: "The plan JSON Schema", severity: "error", given: "$",
    then: { function: "schema", functionOptions: { dialect: "draft2020-12", allErrors: true, schema } } };
  fs.writeFileSync(process.argv[3], JSON.stringify(ruleset));
' "$here/schema/src/main/resources/io/github/reformplan/schema/plan.schema.json" \
  "$here/benchmarks/spectral/rules.json" "$out/ruleset.json"

# Wall time in seconds and peak RSS in MB from a /usr/bin/time -v log.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$1"; }
# CPU seconds (user + system): steadier than wall time on a shared machine.
cpu() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }

# Untimed: the launcher builds its jar when the sources are newer and records its class archive on the first run
# after a build; neither belongs in the figure.
"$here/reformplan" validate --quiet "$here/examples/plans/hoang-loc-2026.yaml" >/dev/null || true
echo "corpus: $files files, $mb MB in $corpus; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
/usr/bin/time -v -o "$out/reformplan.time" "$here/reformplan" validate --quiet --format json --output "$out/reformplan.json" "$corpus" >/dev/null 2>"$out/reformplan.err"
rc=$?
set -e
[ $rc -le 1 ] || { echo "reformplan failed ($rc):" >&2; cat "$out/reformplan.err" >&2; exit 1; }
r_wall=$(wall "$out/reformplan.time"); r_rss=$(rss "$out/reformplan.time")
r_count=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); console.log((r.files||[]).reduce((n,f)=>n+(f.findings||[]).length,0))' "$out/reformplan.json" 2>/dev/null || echo "?")
printf '%-34s %8s s wall %8s s CPU %8s MB  %s findings\n' "reformplan validate --format json" "$r_wall" "$(cpu "$out/reformplan.time")" "$r_rss" "$r_count"

if [ -z "${SKIP_SPECTRAL:-}" ]; then
  set +e
  (cd "$out" && /usr/bin/time -v -o "$out/spectral.time" "$spectral_home/node_modules/.bin/spectral" lint \
      --ruleset "$out/ruleset.json" --format json --output "$out/spectral.json" --ignore-unknown-format \
      --fail-severity error "$corpus/**/*.yaml" >/dev/null 2>"$out/spectral.err")
  rc=$?
  set -e
  [ -s "$out/spectral.json" ] || { echo "spectral failed ($rc):" >&2; cat "$out/spectral.err" >&2; exit 1; }
  s_wall=$(wall "$out/spectral.time"); s_rss=$(rss "$out/spectral.time")
  s_count=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).length)' "$out/spectral.json")
  printf '%-34s %8s s wall %8s s CPU %8s MB  %s findings\n' "spectral lint (schema + 3 rules)" "$s_wall" "$(cpu "$out/spectral.time")" "$s_rss" "$s_count"
  awk -v s="$s_wall" -v r="$r_wall" -v sc="$(cpu "$out/spectral.time")" -v rc="$(cpu "$out/reformplan.time")" \
    'BEGIN { printf "ratio: reformplan is %.1fx faster than Spectral in wall time, %.1fx in CPU time (target >= 30x)\n", s / r, sc / rc }'
fi
echo "reports and time logs: $out"
