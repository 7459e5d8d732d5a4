"""Train: one FL round on this silo's data, from the checkpoint when there is one.

Writes model.npz and metadata.json (the sample count weighted FedAvg needs) to the model output.
With dp true, trains with DP-SGD; the noise multiplier meets (dp_target_epsilon,
dp_target_delta) over all rounds, accounted by Google's dp-accounting.
"""

import argparse

import flkit


def parse(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    flkit.add_access_arguments(p)
    p.add_argument("--checkpoint", default="")
    p.add_argument("--iteration_num", type=int, required=True)
    p.add_argument("--dp", type=flkit.parse_bool, default=False)
    p.add_argument("--dp_target_epsilon", type=float, default=0.0)
    p.add_argument("--dp_target_delta", type=float, default=0.0)
    p.add_argument("--dp_max_grad_norm", type=float, default=0.0)
    p.add_argument("--model", required=True)
    return p.parse_args(argv)


def main(argv=None):
    a = parse(argv)
    x_train, y_train, _, _ = flkit.data_of(a)
    if flkit.present_folders([a.checkpoint]):
        w, b = flkit.load_model(a.checkpoint)
    else:
        w, b = flkit.new_model()
    # silo_index 0 is the pooled baseline: it trains as long as all rounds together, in one go
    epochs = a.epochs * (a.total_rounds if a.silo_index == 0 else 1)
    dp = None
    metadata = {"format": flkit.UPDATE_FORMAT, "round": a.iteration_num, "samples": len(y_train)}
    if a.dp:
        if not (a.dp_target_epsilon > 0 and 0 < a.dp_target_delta < 1 and a.dp_max_grad_norm > 0):
            raise SystemExit("dp needs dp_target_epsilon > 0, 0 < dp_target_delta < 1 and dp_max_grad_norm > 0")
        rate = min(1.0, a.batch_size / max(1, len(y_train)))
        steps = flkit.steps_per_epoch(len(y_train), a.batch_size) * a.epochs * a.total_rounds
        sigma = flkit.noise_multiplier(a.dp_target_epsilon, a.dp_target_delta, rate, steps)
        dp = {"clip": a.dp_max_grad_norm, "noise_multiplier": sigma}
        metadata["dp"] = {"noise_multiplier": sigma, "max_grad_norm": a.dp_max_grad_norm,
                          "target_epsilon": a.dp_target_epsilon, "delta": a.dp_target_delta,
                          "epsilon_after_this_round": flkit.epsilon_spent(
                              sigma, a.dp_target_delta, rate, steps * a.iteration_num // a.total_rounds)}
    w, b = flkit.train(w, b, x_train, y_train, epochs, a.learning_rate, a.batch_size,
                       a.seed + a.iteration_num * 1000 + a.silo_index, dp)
    flkit.save_model(a.model, w, b, metadata)
    print(f"round {a.iteration_num}: trained on {len(y_train)} samples")


if __name__ == "__main__":
    main()
