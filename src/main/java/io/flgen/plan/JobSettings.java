package io.flgen.plan;

/**
 * The job settings render describes and rules judge (the pipeline's steps are in {@link
 * PipelinePlan}).
 *
 * @param rounds federated rounds
 * @param aggregation the aggregation's topology name ({@code fedavg}, {@code fedavg-weighted})
 * @param starterKit the job runs flgen's starter-kit components, which render writes
 * @param differentialPrivacy train steps run with DP-SGD
 */
public record JobSettings(
    int rounds, String aggregation, boolean starterKit, boolean differentialPrivacy) {
  /** A reviewed folder without a manifest: nothing is known of the job. */
  public static final JobSettings UNKNOWN = new JobSettings(1, "fedavg", false, false);
}
