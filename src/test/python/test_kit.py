"""Unit tests of the digits starter kit (src/main/resources/starter-kit)."""

import json
import sys
from pathlib import Path

import numpy as np
import pytest

KIT = Path(__file__).resolve().parents[2] / "main" / "resources" / "starter-kit"
sys.path.insert(0, str(KIT))

import aggregate  # noqa: E402
import flkit  # noqa: E402
import parity  # noqa: E402


def test_split_is_a_seeded_partition_with_label_skew():
    _, _, y_train, _ = flkit.digits_split()
    parts = [flkit.silo_indices(y_train, i, 3) for i in (1, 2, 3)]
    joined = np.concatenate(parts)
    assert sorted(joined.tolist()) == list(range(len(y_train)))
    assert [p.tolist() for p in parts] == [flkit.silo_indices(y_train, i, 3).tolist() for i in (1, 2, 3)]
    shares = [np.bincount(y_train[p], minlength=10) / len(p) for p in parts]
    # label skew: some class is at least three times as frequent in one silo as in another
    assert max(np.max(a / np.maximum(b, 1e-9)) for a in shares for b in shares) >= 3
    assert flkit.silo_indices(y_train, 0, 3).tolist() == list(range(len(y_train)))


def write_update(folder, w_value, samples):
    w, b = flkit.new_model()
    flkit.save_model(folder, w + w_value, b + w_value,
                     {"format": flkit.UPDATE_FORMAT, "round": 1, "samples": samples})


def test_weighted_fedavg_weighs_by_the_metadata_sample_counts(tmp_path):
    write_update(tmp_path / "u1", 1.0, 100)
    write_update(tmp_path / "u2", 4.0, 300)
    aggregate.main(["--update_1", str(tmp_path / "u1"), "--update_2", str(tmp_path / "u2"),
                    "--aggregated_output", str(tmp_path / "g")])
    w, _ = flkit.load_model(tmp_path / "g")
    assert w[0, 0] == pytest.approx(3.25)
    assert flkit.load_metadata(tmp_path / "g") == {
        "format": "flgen-update/1", "round": 1, "samples": 400, "updates": 2}


def test_plain_fedavg_weighs_updates_equally_and_skips_unbound_inputs(tmp_path):
    write_update(tmp_path / "u1", 1.0, 100)
    write_update(tmp_path / "u3", 4.0, 300)
    aggregate.main(["--update_1", str(tmp_path / "u1"), "--update_3", str(tmp_path / "u3"),
                    "--aggregation", "fedavg", "--aggregated_output", str(tmp_path / "g")])
    assert flkit.load_model(tmp_path / "g")[0][0, 0] == pytest.approx(2.5)


def test_an_update_without_sample_counts_is_refused(tmp_path):
    write_update(tmp_path / "u1", 1.0, 100)
    flkit.write_json(tmp_path / "u1" / flkit.METADATA_FILE, {"format": "flgen-update/1"})
    with pytest.raises(SystemExit, match="expected format flgen-update/1 with integer samples"):
        aggregate.main(["--update_1", str(tmp_path / "u1"), "--aggregated_output", str(tmp_path / "g")])


def test_dp_noise_meets_the_target_epsilon_by_the_accountant():
    sigma = flkit.noise_multiplier(2.0, 1e-5, 0.05, 300)
    assert flkit.epsilon_spent(sigma, 1e-5, 0.05, 300) == pytest.approx(2.0, abs=0.01)
    assert flkit.epsilon_spent(sigma * 2, 1e-5, 0.05, 300) < 1.0


def test_training_learns_the_digits():
    x_train, y_train, x_test, y_test = flkit.silo_data(0, 3)
    w, b = flkit.train(*flkit.new_model(), x_train, y_train, 5, 0.5, 32, 1)
    assert flkit.accuracy(w, b, x_test, y_test) > 0.9


def test_parity_report_and_table():
    metrics = [
        {"format": "flgen-metrics/1", "silo_index": 2, "test_samples": 100, "train_samples": 300,
         "accuracy": {"global": 0.9, "local_only": 0.7}},
        {"format": "flgen-metrics/1", "silo_index": 1, "test_samples": 300, "train_samples": 900,
         "accuracy": {"global": 0.8, "local_only": 0.9}},
    ]
    rep = parity.report(metrics)
    assert rep["weighted_mean"] == {"global": pytest.approx(0.825), "local_only": pytest.approx(0.85)}
    assert parity.markdown(rep) == (
        "| silo | test samples | global | local_only |\n"
        "|---|---:|---:|---:|\n"
        "| 1 | 300 | 0.800 | 0.900 |\n"
        "| 2 | 100 | 0.900 | 0.700 |\n"
        "| all (weighted) | 400 | 0.825 | 0.850 |\n")
    json.dumps(rep)


def contract(name):
    import jsonschema

    schema = json.loads((KIT.parents[3] / "schemas" / "components.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator({"$schema": schema["$schema"], "$defs": schema["$defs"],
                                           "$ref": "#/$defs/" + name})


def test_train_and_evaluate_write_what_the_contract_specifies(tmp_path):
    import evaluate
    import train

    common = ["--data_access", "mounted", "--silo_index", "2", "--silo_count", "3", "--preprocess", "true",
              "--total_rounds", "2"]
    train.main([*common, "--iteration_num", "1", "--dp", "true", "--dp_target_epsilon", "3",
                "--dp_target_delta", "1e-5", "--dp_max_grad_norm", "1.0", "--model", str(tmp_path / "m")])
    meta = flkit.load_metadata(tmp_path / "m")
    assert list(contract("updateMetadata").iter_errors(meta)) == []
    assert meta["samples"] == len(flkit.silo_data(2, 3)[1])
    assert 0 < meta["dp"]["epsilon_after_this_round"] < 3
    evaluate.main([*common, "--global_model", str(tmp_path / "m"), "--metrics", str(tmp_path / "e")])
    metrics = json.loads((tmp_path / "e" / "metrics.json").read_text(encoding="utf-8"))
    assert list(contract("metrics").iter_errors(metrics)) == []
    assert sorted(metrics["accuracy"]) == ["global", "local_only"]
    assert list(contract("metrics").iter_errors({**metrics, "accuracy": {"global": 2}})) != []


def test_each_silo_tests_on_a_balanced_share_of_the_test_set():
    _, _, _, y_test = flkit.digits_split()
    shares = [flkit.silo_data(i, 3)[3] for i in (1, 2, 3)]
    assert sum(len(s) for s in shares) == len(y_test)
    for s in shares:
        counts = np.bincount(s, minlength=10)
        assert counts.max() - counts.min() <= 2
