package io.flgen.plan;

import io.flgen.terms.YamlEnum;

/**
 * An Azure ML datastore (identity-based: no credentials stored).
 *
 * @param owner the party whose steps may use it
 * @param purpose what its container holds
 */
public record DatastorePlan(
    String name,
    Party owner,
    Purpose purpose,
    String account,
    String container,
    String endpointSuffix) {

  /** What a datastore's container holds; printed as {@code data}, {@code global-model}, … */
  public enum Purpose implements YamlEnum {
    /** A silo's own data. */
    DATA,
    /** A silo's model updates in the exchange account. */
    UPDATES,
    /** The global model in the exchange account. */
    GLOBAL_MODEL,
    /** The baseline's pooled, non-sensitive copy in the exchange account. */
    BASELINE;

    @Override
    public String toString() {
      return yamlName();
    }
  }
}
