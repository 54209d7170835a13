#!/usr/bin/env bash
# MPI across hosts: three hosts made of network namespaces on this one machine, joined by a
# bridge, run one tournament with Open MPI's TCP transport (ranks on different hosts talk over
# veth links, not loopback). One host's processes are killed mid-run, the same command resumes,
# and the store must equal a clean single-process run's, session for session.
#
# Usage: netns_hosts_test.sh PARLEY FIXTURES_DIR
# Exit 0 pass, 1 fail, 77 skip (not root, no `ip netns`, no mpirun). Every step has a timeout
# and the namespaces are removed on any exit.
set -euo pipefail

parley=$1
fixtures=$2
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || skip "needs root to make network namespaces"
command -v ip >/dev/null || skip "ip (iproute2) is not installed"
command -v mpirun >/dev/null || skip "mpirun is not installed"

tag="pm$$"                      # unique names: parallel runs cannot collide
switch="${tag}sw"
hosts=("${tag}h1" "${tag}h2" "${tag}h3")
addresses=(10.231.7.1 10.231.7.2 10.231.7.3)
work=$(mktemp -d /tmp/parley-netns.XXXXXX)

cleanup() {
  set +e
  for ns in "${hosts[@]}" "$switch"; do
    ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$switch" 2>/dev/null || skip "cannot make network namespaces here"
ip -n "$switch" link add br0 type bridge 2>/dev/null || skip "cannot make a bridge in a namespace here"
ip -n "$switch" link set br0 up
for i in 0 1 2; do
  ns=${hosts[$i]}
  ip netns add "$ns"
  ip -n "$ns" link add eth0 type veth peer name "port$i" netns "$switch" 2>/dev/null ||
    skip "cannot make veth links here"
  ip -n "$switch" link set "port$i" master br0 up
  ip -n "$ns" addr add "${addresses[$i]}/24" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" link set lo up
  echo "$ns" >"$work/ns-${addresses[$i]}"
  echo "${addresses[$i]} slots=1" >>"$work/hostfile"
done

# Open MPI starts its daemon on a remote host with `AGENT HOST COMMAND...` (as it would ssh);
# this agent runs the command inside the namespace that plays that host.
cat >"$work/netns-rsh" <<AGENT
#!/bin/sh
host=\$1; shift
exec ip netns exec "\$(cat "$work/ns-\$host")" env OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 sh -c "\$*"
AGENT
chmod +x "$work/netns-rsh"

arguments=(tournament --agents 'boulware;conceder;linear;hardheaded;tft'
  --scenarios "$fixtures/tournament/bilateral.yaml" "$fixtures/tournament/three_party.yaml"
  --repetitions 100 --rounds 2000 --seed 77 --threads 1 --batch-seconds 0.2)

# Records without their wall time, in session order: what must not depend on how the run went.
records() { /usr/bin/env python3 -c '
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
for row in rows: row.pop("wall_seconds", None)
print("\n".join(json.dumps(r, sort_keys=True) for r in sorted(rows, key=lambda r: r["session"])))
' "$1"; }

timeout 120 "$parley" "${arguments[@]}" --out "$work/clean" >/dev/null || fail "the clean run failed"
expected=$(wc -l <"$work/clean/results.jsonl")

mpi() {
  timeout 240 ip netns exec "${hosts[0]}" env OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 \
    mpirun --hostfile "$work/hostfile" -np 3 --map-by node \
    --mca plm_rsh_agent "$work/netns-rsh" --mca plm_rsh_no_tree_spawn 1 \
    --mca btl self,tcp --mca btl_tcp_if_include 10.231.7.0/24 --mca oob_tcp_if_include 10.231.7.0/24 \
    "$parley" "${arguments[@]}" --out "$work/mpi" "$@"
}

mpi >"$work/first.log" 2>&1 &
job=$!
# Wait until every host runs a parley rank and some sessions are stored, then kill host 3.
# A deadline, not a count of tries: on a loaded machine each try is slow and the start slower.
wait_until=$((SECONDS + 150))
while [ "$SECONDS" -lt "$wait_until" ]; do
  running=0
  for ns in "${hosts[@]}"; do
    for pid in $(ip netns pids "$ns"); do
      [ "$(cat /proc/$pid/comm 2>/dev/null)" = parley ] && { running=$((running + 1)); break; }
    done
  done
  stored=$( [ -f "$work/mpi/results.jsonl" ] && wc -l <"$work/mpi/results.jsonl" || echo 0)
  [ "$running" -eq 3 ] && [ "$stored" -ge 200 ] && break
  kill -0 "$job" 2>/dev/null || break
  sleep 0.05
done
[ "$running" -eq 3 ] || { cat "$work/first.log"; fail "the ranks did not run on three hosts (saw $running)"; }
ip netns pids "${hosts[2]}" | xargs -r kill -9
if wait "$job"; then cat "$work/first.log"; fail "the run finished although host 3 was killed"; fi
[ -s "$work/mpi/results.jsonl" ] || { cat "$work/first.log"; fail "nothing was stored before the kill"; }
killed_at=$(wc -l <"$work/mpi/results.jsonl")
[ "$killed_at" -lt "$expected" ] || fail "the run finished before host 3 was killed"
echo "host 3 killed with $killed_at of $expected sessions stored (${SECONDS} s in)"

mpi >"$work/second.log" 2>&1 || { cat "$work/second.log"; fail "the resumed run failed or timed out (${SECONDS} s in)"; }
grep -q "3 MPI processes" "$work/second.log" || { cat "$work/second.log"; fail "the resume did not run 3 ranks"; }
grep -qE "\([1-9][0-9]* recorded before" "$work/second.log" ||
  { cat "$work/second.log"; fail "the second run started over instead of continuing the store"; }
[ "$(records "$work/mpi/results.jsonl")" = "$(records "$work/clean/results.jsonl")" ] ||
  fail "the resumed store differs from the clean run's"
echo "resumed across three hosts to the clean run's $expected sessions (${SECONDS} s in all)"
