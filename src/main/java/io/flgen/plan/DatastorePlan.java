package io.flgen.plan;

/**
 * An Azure ML datastore (identity-based: no credentials stored).
 *
 * @param owner the party whose steps may use it
 * @param purpose {@code data}, {@code updates} or {@code global-model}
 */
public record DatastorePlan(
    String name,
    Party owner,
    String purpose,
    String account,
    String container,
    String endpointSuffix) {}
