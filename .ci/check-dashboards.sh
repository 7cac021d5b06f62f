#!/usr/bin/env bash
# Checks the Grafana dashboards against a real /metrics scrape:
#   .ci/check-dashboards.sh SCRAPE_FILE [DASHBOARD.json...]   (default: deploy/grafana/dashboards/*.json)
# Each dashboard must be valid JSON with a uid, schemaVersion >= 39 and panels whose datasource is the
# ${datasource} variable; every metric name in every panel's PromQL expr must appear in the scrape
# (histogram/summary series by their _bucket/_sum/_count names). `up` is exempt: Prometheus makes it.
set -euo pipefail
scrape=${1:?usage: check-dashboards.sh SCRAPE_FILE [DASHBOARD.json...]}
shift
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- deploy/grafana/dashboards/*.json

# Sample names in the exposition (lines that are not comments): the name runs up to '{' or ' '.
known=$(grep -v '^#' "$scrape" | sed -E 's/[{ ].*//' | sort -u)
[ -n "$known" ] || { echo "check-dashboards: $scrape holds no samples" >&2; exit 1; }

failed=0
for dash in "$@"; do
  jq -e '
    (.uid | type == "string" and length > 0)
    and (.schemaVersion >= 39)
    and ([.templating.list[] | select(.type == "datasource" and .name == "datasource")] | length == 1)
    and ([.panels[] | select(.type != "row") | .datasource.uid] | all(. == "${datasource}"))
  ' "$dash" >/dev/null || { echo "FAIL $dash: needs uid, schemaVersion >= 39, a datasource variable used by every panel" >&2; failed=1; continue; }
  exprs=$(jq -r '.panels[] | select(.type != "row") | .targets[]?.expr' "$dash")
  [ -n "$exprs" ] || { echo "FAIL $dash: no panel has a query" >&2; failed=1; continue; }
  count=0
  bad=0
  while IFS= read -r expr; do
    count=$((count + 1))
    # Drop strings, label matchers, range/offset brackets and grouping clauses; what stays are
    # function names, operators, numbers and metric names. Metric names are the identifiers not
    # followed by '(' (those are functions or aggregations).
    names=$(printf '%s\n' "$expr" \
      | sed -E 's/"[^"]*"//g; s/\{[^}]*\}//g; s/\[[^]]*\]//g; s/\b(by|without|on|ignoring|group_left|group_right) *\([^)]*\)//g' \
      | grep -oE '[a-zA-Z_:][a-zA-Z0-9_:]*[[:space:]]*\(?' | grep -v '($' | sed -E 's/[[:space:]]+//g' \
      | grep -vxE 'and|or|unless|bool|offset' || true)
    [ -n "$names" ] || { echo "FAIL $dash: no metric name found in: $expr" >&2; bad=1; continue; }
    for name in $names; do
      [ "$name" = up ] && continue
      if ! grep -qxF "$name" <<<"$known"; then
        echo "FAIL $dash: metric $name is not in the scrape (expr: $expr)" >&2
        bad=1
      fi
    done
  done <<<"$exprs"
  if [ "$bad" = 0 ]; then
    echo "ok   $dash: $count queries, every metric found in the scrape"
  else
    failed=1
  fi
done
exit "$failed"
