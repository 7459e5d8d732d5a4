package io.flgen.plan;

import io.flgen.terms.YamlEnum;
import java.util.List;

/**
 * One step of the FL pipeline.
 *
 * @param kind what the step does
 * @param party who runs it: a silo, or the orchestrator for aggregation
 * @param inputs inputs in order: literal values, bindings or datastore URIs
 * @param outputs outputs in order: datastore URIs only
 * @param instanceType the Kubernetes InstanceType the step requests, empty on Azure ML compute
 */
public record StepPlan(
    String name,
    Kind kind,
    Party party,
    int round,
    String component,
    String compute,
    List<Port> inputs,
    List<Port> outputs,
    String instanceType) {

  /** What a step does; printed as {@code preprocess}, {@code train}, … */
  public enum Kind implements YamlEnum {
    /** A silo prepares its raw data. */
    PREPROCESS,
    /** A silo trains one round. */
    TRAIN,
    /** The orchestrator averages the round's updates. */
    AGGREGATE,
    /** The orchestrator trains the pooled baseline. */
    BASELINE,
    /** A silo evaluates the final global model on its own test data. */
    EVALUATE,
    /** The orchestrator compares the federated and the pooled model. */
    PARITY;

    @Override
    public String toString() {
      return yamlName();
    }
  }

  /**
   * An input or output.
   *
   * @param form {@code literal}, {@code binding} or {@code uri_folder}
   * @param value the literal, the {@code ${{...}}} binding, or the {@code azureml://datastores/...}
   *     URI
   * @param datastore the datastore a uri_folder reads or writes; empty otherwise
   */
  public record Port(String name, String form, String value, String datastore, String mode) {}
}
