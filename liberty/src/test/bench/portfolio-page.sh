#!/bin/bash
# The portfolio page over HTTP at 500 plans (README, "Portfolio speed"). Against a running portal with the demo users
# (mvn -Pdemo liberty:run, or the test server on 9180): copies the sample plans under codes BENCH-000... through
# POST /api/plans until there are 500 copies, signs in as "executive" through the login form, then times
# GET portfolio.xhtml (the first page of 25 rows, rendered) over the session.
# Usage: liberty/src/test/bench/portfolio-page.sh [BASE_URL] [RUNS]      (defaults http://localhost:9080 and 200)
# It writes plans into that portal's database: do not point it at one whose data matter.
set -euo pipefail
BASE=${1:-http://localhost:9080}
RUNS=${2:-200}
SAMPLES=$(cd "$(dirname "$0")/../../../sample-plans" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mapfile -t FILES < <(ls "$SAMPLES"/*.json | sort)
for n in $(seq 0 499); do
  code=$(printf 'BENCH-%03d' "$n")
  sed -E "0,/\"code\"[[:space:]]*:[[:space:]]*\"[^\"]*\"/s//\"code\": \"$code\"/" "${FILES[$((n % ${#FILES[@]}))]}" \
      > "$WORK/plan.json"
  curl -s -o /dev/null -w '%{http_code}\n' -u pmo:pmo-demo -H 'Content-Type: application/json' \
      --data-binary @"$WORK/plan.json" "$BASE/api/plans"
done | sort | uniq -c | sed 's/^/imports answered: /'

JAR="$WORK/cookies"
VIEW_STATE=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -w 'sign-in: HTTP %{http_code}\n' --data-urlencode 'loginForm_SUBMIT=1' \
    --data-urlencode 'loginForm:username=executive' --data-urlencode 'loginForm:password=executive-demo' \
    --data-urlencode 'loginForm:submit=' --data-urlencode "jakarta.faces.ViewState=$VIEW_STATE" "$BASE/login.xhtml"
echo "plan rows on the page: $(curl -s -b "$JAR" "$BASE/portfolio.xhtml" | grep -o 'kp-plan-link' | wc -l)"
for _ in $(seq 1 20); do curl -s -o /dev/null -b "$JAR" "$BASE/portfolio.xhtml"; done
for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -b "$JAR" -w '%{time_total}\n' "$BASE/portfolio.xhtml"; done \
    | sort -n | awk '{ms[NR] = $1 * 1000} END {printf "portfolio.xhtml: fastest %.1f ms, median %.1f ms, p95 %.1f ms (%d runs)\n", ms[1], ms[int(NR / 2) + 1], ms[int(NR * 0.95)], NR}'
