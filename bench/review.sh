#!/usr/bin/env bash
# Times `flgen review` on a rendered folder of about 40 Bicep files: a topology with six cross-tenant
# silos (each partner tenant adds a four-file bundle) plus internal and external silos.
# Prints the CLI wall time (JVM start included, 3 runs, median) and the in-process median.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./flgen --version >/dev/null
tmp="$(mktemp -d "${TMPDIR:-/tmp}/flgen-review-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
{
  cat <<'YAML'
apiVersion: flgen/v1
metadata:
  name: fl-review-bench
  stage: run
  naming:
    prefix: frb
orchestrator:
  subscriptionId: 11111111-1111-1111-1111-111111111111
  tenantId: 0f0f0f0f-0000-4000-8000-000000000000
  resourceGroup: rg-frb
  region: westeurope
  network:
    mode: private
    addressSpace: 10.0.0.0/16
  computes:
    - name: orch-cpu
      vmSize: Standard_D4s_v5
  keyVault: {}
silos:
YAML
  for i in 1 2 3 4 5 6; do
    cat <<YAML
  - name: partner$i
    kind: cross-tenant
    region: westeurope
    tenantId: 0f0f0f0f-0000-4000-8000-00000000000$i
    subscriptionId: 2222222$i-2222-2222-2222-222222222222
    network:
      mode: vnet
      addressSpace: 10.$i.0.0/16
    computes:
      - name: p$i-cpu
        vmSize: Standard_D4s_v5
    dataOwners:
      - objectId: bbbbbbbb-0000-4000-8000-00000000000$i
        type: group
    data:
      sensitivity: sensitive
YAML
  done
  cat <<'YAML'
people:
  dataScientists:
    - objectId: aaaaaaaa-0000-4000-8000-000000000001
      type: group
network:
  wayIn:
    kind: bastion
  peering: true
job:
  rounds: 3
  components:
    preprocess: components/preprocess/spec.yaml
    train: components/train/spec.yaml
    aggregate: components/aggregate/spec.yaml
  differentialPrivacy:
    epsilon: 8.0
    delta: 0.00001
    maxGradNorm: 1.0
YAML
} > "$tmp/topology.yaml"
./flgen render "$tmp/topology.yaml" -o "$tmp/out" >/dev/null
echo "folder: $(find "$tmp/out" -name '*.bicep' | wc -l) Bicep files, $(find "$tmp/out" -type f | wc -l) files in all"
times=()
for _ in 1 2 3; do
  s=$(date +%s%N)
  ./flgen review "$tmp/out" -o "$tmp/REVIEW.md" >/dev/null
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "CLI flgen review (JVM start included): median ${sorted[1]} ms of ${times[*]} ms"
java -cp target/flgen.jar bench/ReviewBench.java "$tmp/out"
