#!/usr/bin/env bash
# The test command: installs what the suites need when it is missing (Debian packages), starts a
# private PostgreSQL on loopback, and runs every suite: the main suite on SQLite, the same suite on
# PostgreSQL, and the browser journeys in Debian's Chromium. A suite that cannot run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# Liberation 2 carries the Kazakh and Kyrgyz letters (ә, қ, ө, ү) that the old Liberation lacks.
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${need[@]}"
fi

# A throw-away PostgreSQL cluster on 127.0.0.1, owned by an unprivileged user when we run as root.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgport=${ADISTEME_PG_PORT:-55432}
pgdir=$(mktemp -d /tmp/adisteme-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$pgdir" postgres
  chown postgres "$pgdir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" -l "$pgdir/log" -w start >/dev/null
stop_pg() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop_pg EXIT
export ADISTEME_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true"

echo "== build"
dotnet build Adisteme.slnx -c Release -nologo -v q

total_passed=0; total_failed=0; failed_suites=()
run_suite() {
  local name=$1; shift
  echo "== suite: $name"
  local log; log=$(mktemp)
  set +e
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  local p f
  p=$(grep -Eo 'succeeded: [0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo 0)
  f=$(grep -Eo 'failed: [0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo 0)
  total_passed=$((total_passed + p)); total_failed=$((total_failed + f))
  if [ "$rc" -ne 0 ] || [ "$p" -eq 0 ]; then failed_suites+=("$name"); fi
  rm -f "$log"
}

run_suite "main (SQLite)" dotnet test --project tests/Adisteme.Tests -c Release --no-build
run_suite "main (PostgreSQL)" env ADISTEME_TEST_PROVIDER=postgres dotnet test --project tests/Adisteme.Tests -c Release --no-build
if [ -d tests/Adisteme.BrowserTests ]; then
  run_suite "browser (Chromium)" dotnet test --project tests/Adisteme.BrowserTests -c Release --no-build
fi

echo
if [ ${#failed_suites[@]} -gt 0 ]; then
  echo "failed suites: ${failed_suites[*]}"
fi
echo "$total_passed passed, $total_failed failed"
[ ${#failed_suites[@]} -eq 0 ]
