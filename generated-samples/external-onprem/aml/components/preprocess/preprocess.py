"""Preprocess: writes this silo's share of the digits data set (seeded label skew) as data.npz.

The raw inputs are mounted like real data would be, but the digits example needs no download:
scikit-learn bundles it, so the raw folders may be empty.
"""

import argparse

import flkit


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--raw_training_data", default="")
    p.add_argument("--raw_testing_data", default="")
    p.add_argument("--silo_index", type=int, required=True)
    p.add_argument("--silo_count", type=int, required=True)
    p.add_argument("--processed_train_data", required=True)
    p.add_argument("--processed_test_data", required=True)
    a = p.parse_args(argv)
    x_train, y_train, x_test, y_test = flkit.silo_data(a.silo_index, a.silo_count)
    flkit.save_data(a.processed_train_data, x_train, y_train)
    flkit.save_data(a.processed_test_data, x_test, y_test)
    print(f"silo {a.silo_index}/{a.silo_count}: {len(y_train)} train and {len(y_test)} test samples")


if __name__ == "__main__":
    main()
