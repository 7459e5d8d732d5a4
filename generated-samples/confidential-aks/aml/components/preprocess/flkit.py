"""Shared code of flgen's digits starter kit (see docs/components.md in the flgen repository).

Every component folder holds an identical copy of this file, because Azure ML uploads each
component's folder on its own. Data: scikit-learn's bundled digits, split per silo with a seeded
label skew. Model: multinomial logistic regression in plain numpy, so an update is two arrays.
"""

import argparse
import json
import math
import os
from pathlib import Path

import numpy as np

SEED = 20240601
"""The seed of the split and of every model initialisation: runs are reproducible."""

SKEW = 0.5
"""Dirichlet concentration of the label skew: lower is more non-IID."""

CLASSES = 10
FEATURES = 64
MODEL_FILE = "model.npz"
METADATA_FILE = "metadata.json"
DATA_FILE = "data.npz"
UPDATE_FORMAT = "flgen-update/1"
METRICS_FORMAT = "flgen-metrics/1"


def digits_split():
    """The digits data set split 75/25 into train and test, features scaled to [0, 1]."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    x, y = load_digits(return_X_y=True)
    x = (x / 16.0).astype(np.float64)
    return train_test_split(x, y, test_size=0.25, random_state=SEED, stratify=y)


def silo_indices(labels, silo_index, silo_count):
    """The rows of `labels` that belong to silo `silo_index` (1-based); 0 means every row.

    Each class is dealt out over the silos in Dirichlet(SKEW) proportions drawn from SEED, so the
    split is the same on every machine and every silo sees a skewed mix of labels.
    """
    if silo_index == 0:
        return np.arange(len(labels))
    rng = np.random.default_rng(SEED)
    shares = rng.dirichlet([SKEW] * silo_count, size=CLASSES)
    mine = []
    for c in range(CLASSES):
        rows = np.flatnonzero(labels == c)
        cuts = np.floor(np.cumsum(shares[c]) * len(rows)).astype(int)
        cuts[-1] = len(rows)  # the last silo takes what rounding left over
        start = 0 if silo_index == 1 else cuts[silo_index - 2]
        mine.extend(rows[start:cuts[silo_index - 1]])
    return np.array(sorted(mine), dtype=int)


def balanced_indices(labels, silo_index, silo_count):
    """Rows for silo `silo_index` (1-based; 0 means every row): every class dealt out evenly."""
    if silo_index == 0:
        return np.arange(len(labels))
    return np.array(sorted(r for c in range(CLASSES)
                           for r in np.array_split(np.flatnonzero(labels == c), silo_count)[silo_index - 1]), dtype=int)


def silo_data(silo_index, silo_count):
    """(x_train, y_train, x_test, y_test) of one silo, or of the pooled data for silo 0.

    Training data is label-skewed (non-IID); each silo's test share is balanced over the labels,
    so the parity step measures how well a model serves the task, not the silo's own skew.
    """
    x_train, x_test, y_train, y_test = digits_split()
    tr = silo_indices(y_train, silo_index, silo_count)
    te = balanced_indices(y_test, silo_index, silo_count)
    return x_train[tr], y_train[tr], x_test[te], y_test[te]


def save_data(folder, x, y):
    Path(folder).mkdir(parents=True, exist_ok=True)
    np.savez(Path(folder) / DATA_FILE, x=x, y=y)


def load_data(folder):
    with np.load(Path(folder) / DATA_FILE) as d:
        return d["x"], d["y"]


def data_of(args):
    """The silo's data, however the pipeline gives access to it (docs/components.md).

    `preprocess` true means the step gets raw data (a local volume or a federated account) and
    preprocesses it itself; for the digits example that is the silo's deterministic share.
    """
    if args.preprocess or not args.train_data:
        return silo_data(args.silo_index, args.silo_count)
    x_train, y_train = load_data(args.train_data)
    x_test, y_test = load_data(args.test_data)
    return x_train, y_train, x_test, y_test


def add_access_arguments(p):
    """The data-access inputs every train and evaluate step declares, whatever the silo kind."""
    p.add_argument("--data_access", choices=["mounted", "local_volume", "federated"], required=True)
    p.add_argument("--silo_index", type=int, required=True)
    p.add_argument("--silo_count", type=int, required=True)
    p.add_argument("--train_data", default="")
    p.add_argument("--test_data", default="")
    p.add_argument("--train_data_path", default="")
    p.add_argument("--test_data_path", default="")
    p.add_argument("--data_account", default="")
    p.add_argument("--data_container", default="")
    p.add_argument("--train_data_prefix", default="")
    p.add_argument("--test_data_prefix", default="")
    p.add_argument("--data_tenant_id", default="")
    p.add_argument("--federated_app_client_id", default="")
    p.add_argument("--preprocess", type=parse_bool, default=False)
    p.add_argument("--total_rounds", type=int, default=1)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--learning_rate", type=float, default=0.5)
    p.add_argument("--batch_size", type=int, default=32)
    p.add_argument("--seed", type=int, default=SEED)


def parse_bool(text):
    if text.lower() in ("true", "1"):
        return True
    if text.lower() in ("false", "0"):
        return False
    raise argparse.ArgumentTypeError("expected true or false, got " + text)


def new_model():
    return np.zeros((FEATURES, CLASSES)), np.zeros(CLASSES)


def save_model(folder, w, b, metadata):
    Path(folder).mkdir(parents=True, exist_ok=True)
    np.savez(Path(folder) / MODEL_FILE, w=w, b=b)
    write_json(Path(folder) / METADATA_FILE, metadata)


def load_model(folder):
    with np.load(Path(folder) / MODEL_FILE) as m:
        return m["w"], m["b"]


def load_metadata(folder):
    return json.loads((Path(folder) / METADATA_FILE).read_text(encoding="utf-8"))


def write_json(path, value):
    Path(path).write_text(json.dumps(value, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def accuracy(w, b, x, y):
    if len(y) == 0:
        return 0.0
    return float(np.mean(np.argmax(x @ w + b, axis=1) == y))


def steps_per_epoch(samples, batch_size):
    return max(1, math.ceil(samples / batch_size))


def train(w, b, x, y, epochs, learning_rate, batch_size, seed, dp=None):
    """Mini-batch SGD on the softmax cross-entropy.

    With `dp` (a dict with clip and noise_multiplier), each example's gradient is clipped to L2
    norm `clip` and Gaussian noise of standard deviation noise_multiplier * clip is added to each
    batch's sum before averaging: DP-SGD.
    """
    rng = np.random.default_rng(seed)
    w, b = w.copy(), b.copy()
    n = len(y)
    if n == 0:
        return w, b
    onehot = np.eye(CLASSES)[y]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            rows = order[start:start + batch_size]
            err = softmax(x[rows] @ w + b) - onehot[rows]
            if dp is None:
                gw = x[rows].T @ err / len(rows)
                gb = err.mean(axis=0)
            else:
                # per-example gradients: an outer product x_i err_i^T, with norm |x_i| |err_i| (plus bias)
                per_w = x[rows][:, :, None] * err[:, None, :]
                norms = np.sqrt((per_w ** 2).sum(axis=(1, 2)) + (err ** 2).sum(axis=1))
                scale = np.minimum(1.0, dp["clip"] / np.maximum(norms, 1e-12))
                sigma = dp["noise_multiplier"] * dp["clip"]
                gw = ((per_w * scale[:, None, None]).sum(axis=0)
                      + rng.normal(0.0, sigma, size=w.shape)) / len(rows)
                gb = ((err * scale[:, None]).sum(axis=0) + rng.normal(0.0, sigma, size=b.shape)) / len(rows)
            w -= learning_rate * gw
            b -= learning_rate * gb
    return w, b


def noise_multiplier(epsilon, delta, sampling_rate, steps):
    """The smallest noise multiplier whose `steps` Poisson-sampled Gaussian steps stay within
    (epsilon, delta), by Google's dp-accounting RDP accountant."""
    import dp_accounting
    from dp_accounting import rdp

    def event(sigma):
        return dp_accounting.SelfComposedDpEvent(
            dp_accounting.PoissonSampledDpEvent(sampling_rate, dp_accounting.GaussianDpEvent(sigma)), steps)

    return dp_accounting.calibrate_dp_mechanism(
        rdp.RdpAccountant, event, epsilon, delta, dp_accounting.LowerEndpointAndGuess(0.01, 1.0))


def epsilon_spent(sigma, delta, sampling_rate, steps):
    import dp_accounting
    from dp_accounting import rdp

    accountant = rdp.RdpAccountant()
    accountant.compose(dp_accounting.SelfComposedDpEvent(
        dp_accounting.PoissonSampledDpEvent(sampling_rate, dp_accounting.GaussianDpEvent(sigma)), steps))
    return float(accountant.get_epsilon(delta))


def present_folders(folders):
    """The given optional input folders that are bound (an unbound optional input is absent)."""
    return [f for f in folders if f and os.path.isdir(f)]
