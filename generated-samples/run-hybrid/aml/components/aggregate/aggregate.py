"""Aggregate: FedAvg over the bound update_1 ... update_N inputs.

fedavg-weighted weighs each update by the samples in its metadata.json; fedavg weighs them
equally. Unbound inputs (fewer silos than declared inputs) are skipped.
"""

import argparse

import numpy as np

import flkit

MAX_UPDATES = 2000


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    for i in range(1, MAX_UPDATES + 1):
        p.add_argument(f"--update_{i}", default="")
    p.add_argument("--aggregation", choices=["fedavg-weighted", "fedavg"], default="fedavg-weighted")
    p.add_argument("--aggregated_output", required=True)
    a = p.parse_args(argv)
    folders = flkit.present_folders([getattr(a, f"update_{i}") for i in range(1, MAX_UPDATES + 1)])
    if not folders:
        raise SystemExit("no update is bound: expected at least update_1")
    metas = [flkit.load_metadata(f) for f in folders]
    for f, m in zip(folders, metas, strict=True):
        if m.get("format") != flkit.UPDATE_FORMAT or not isinstance(m.get("samples"), int) or m["samples"] < 0:
            raise SystemExit(f"{f}/{flkit.METADATA_FILE}: expected format {flkit.UPDATE_FORMAT} with integer samples")
    samples = [m["samples"] for m in metas]
    if a.aggregation == "fedavg-weighted" and sum(samples) > 0:
        weights = np.array(samples, dtype=float) / sum(samples)
    else:
        weights = np.full(len(folders), 1.0 / len(folders))
    models = [flkit.load_model(f) for f in folders]
    w = sum(wt * m[0] for wt, m in zip(weights, models, strict=True))
    b = sum(wt * m[1] for wt, m in zip(weights, models, strict=True))
    rounds = {m.get("round") for m in metas}
    flkit.save_model(a.aggregated_output, w, b, {
        "format": flkit.UPDATE_FORMAT, "round": max(r for r in rounds if isinstance(r, int)),
        "samples": int(sum(samples)), "updates": len(folders)})
    print(f"aggregated {len(folders)} update(s) over {sum(samples)} samples ({a.aggregation})")


if __name__ == "__main__":
    main()
