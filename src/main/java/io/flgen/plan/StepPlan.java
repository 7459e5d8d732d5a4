package io.flgen.plan;

import java.util.List;

/**
 * One step of the FL pipeline.
 *
 * @param kind preprocess, train, aggregate or baseline
 * @param party who runs it: a silo, or the orchestrator for aggregation
 * @param inputs inputs in order: literal values, bindings or datastore URIs
 * @param outputs outputs in order: datastore URIs only
 * @param instanceType the Kubernetes InstanceType the step requests, empty on Azure ML compute
 */
public record StepPlan(
    String name,
    String kind,
    Party party,
    int round,
    String component,
    String compute,
    List<Port> inputs,
    List<Port> outputs,
    String instanceType) {

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
