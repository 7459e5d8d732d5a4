"""Parity: the orchestrator's report from every silo's metrics (metrics_1 ... metrics_N).

Writes parity.json and parity.md: per silo the accuracy of the global, local-only and baseline
models on that silo's test data, and their test-sample-weighted means.
"""

import argparse
import json
from pathlib import Path

import flkit

MAX_SILOS = 2000
MODELS = ("global", "local_only", "baseline")


def report(metrics):
    """The parity report of a list of metrics.json documents."""
    rows = sorted(metrics, key=lambda m: m["silo_index"])
    total = sum(m["test_samples"] for m in rows)
    mean = {}
    for model in MODELS:
        have = [m for m in rows if model in m["accuracy"]]
        n = sum(m["test_samples"] for m in have)
        if have and n > 0:
            mean[model] = sum(m["accuracy"][model] * m["test_samples"] for m in have) / n
    return {"format": "flgen-parity/1", "silos": rows, "test_samples": total, "weighted_mean": mean}


def markdown(rep):
    models = [m for m in MODELS if m in rep["weighted_mean"]]
    lines = ["| silo | test samples | " + " | ".join(models) + " |",
             "|---|---:|" + "---:|" * len(models)]
    for m in rep["silos"]:
        cells = [f"{m['accuracy'][k]:.3f}" if k in m["accuracy"] else "-" for k in models]
        lines.append(f"| {m['silo_index']} | {m['test_samples']} | " + " | ".join(cells) + " |")
    cells = [f"{rep['weighted_mean'][k]:.3f}" for k in models]
    lines.append(f"| all (weighted) | {rep['test_samples']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    for i in range(1, MAX_SILOS + 1):
        p.add_argument(f"--metrics_{i}", default="")
    p.add_argument("--report", required=True)
    a = p.parse_args(argv)
    folders = flkit.present_folders([getattr(a, f"metrics_{i}") for i in range(1, MAX_SILOS + 1)])
    if not folders:
        raise SystemExit("no metrics are bound: expected at least metrics_1")
    rep = report([json.loads((Path(f) / "metrics.json").read_text(encoding="utf-8")) for f in folders])
    Path(a.report).mkdir(parents=True, exist_ok=True)
    flkit.write_json(Path(a.report) / "parity.json", rep)
    (Path(a.report) / "parity.md").write_text(markdown(rep), encoding="utf-8")
    print(markdown(rep), end="")


if __name__ == "__main__":
    main()
