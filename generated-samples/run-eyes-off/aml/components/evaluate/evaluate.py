"""Evaluate: the parity step, run in each silo on that silo's test data.

Compares the global model, the baseline model (when bound) and a local-only model trained here
on this silo's data alone for as many epochs as the whole FL run. Only metrics leave the silo.
"""

import argparse

import flkit


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    flkit.add_access_arguments(p)
    p.add_argument("--global_model", required=True)
    p.add_argument("--baseline_model", default="")
    p.add_argument("--metrics", required=True)
    a = p.parse_args(argv)
    x_train, y_train, x_test, y_test = flkit.data_of(a)
    w, b = flkit.new_model()
    local = flkit.train(w, b, x_train, y_train, a.epochs * a.total_rounds, a.learning_rate, a.batch_size,
                        a.seed + a.silo_index)
    acc = {"global": flkit.accuracy(*flkit.load_model(a.global_model), x_test, y_test),
           "local_only": flkit.accuracy(*local, x_test, y_test)}
    if flkit.present_folders([a.baseline_model]):
        acc["baseline"] = flkit.accuracy(*flkit.load_model(a.baseline_model), x_test, y_test)
    from pathlib import Path
    Path(a.metrics).mkdir(parents=True, exist_ok=True)
    flkit.write_json(Path(a.metrics) / "metrics.json", {
        "format": flkit.METRICS_FORMAT, "silo_index": a.silo_index, "test_samples": len(y_test),
        "train_samples": len(y_train), "accuracy": acc})
    print(f"silo {a.silo_index}: " + ", ".join(f"{k} {v:.3f}" for k, v in acc.items()))


if __name__ == "__main__":
    main()
