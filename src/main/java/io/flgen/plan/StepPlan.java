package io.flgen.plan;

import io.flgen.terms.YamlEnum;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
   * @param form {@code literal}, {@code number}, {@code boolean}, {@code binding}, or a data type
   *     ({@code uri_folder} from flgen; review keeps what a hand-edited pipeline says)
   * @param value the literal, the {@code ${{...}}} binding, or the {@code azureml://datastores/...}
   *     URI
   * @param upstream the earlier step's output a binding reads; empty otherwise
   * @param datastore the datastore a uri_folder reads or writes; empty otherwise
   */
  public record Port(
      String name,
      String form,
      String value,
      String datastore,
      String mode,
      Optional<Upstream> upstream) {
    /** A port built without its upstream (a test patch) reads it from a binding's text. */
    public Port {
      if (upstream == null) {
        upstream = "binding".equals(form) ? Upstream.parse(value) : Optional.empty();
      }
    }

    /**
     * A port as a pipeline's YAML writes it (review reads it so): a binding's text is read back
     * into its {@link Upstream}.
     */
    public Port(String name, String form, String value, String datastore, String mode) {
      this(
          name,
          form,
          value,
          datastore,
          mode,
          "binding".equals(form) ? Upstream.parse(value) : Optional.empty());
    }

    /**
     * True for data (a folder, a file, a table: {@code uri_folder}, {@code uri_file}, {@code
     * mltable}), false for a literal or a binding. flgen writes {@code uri_folder}; a hand-edited
     * pipeline may say another data type and still read the same datastore or asset.
     */
    public boolean data() {
      return !List.of("literal", "number", "integer", "boolean", "string", "binding")
          .contains(form);
    }

    /** An input bound to another step's output. */
    public static Port bound(String name, Upstream u) {
      return new Port(name, "binding", u.text(), "", "", Optional.of(u));
    }
  }

  /**
   * An input bound to an output of an earlier step of the same pipeline, {@code
   * ${{parent.jobs.<step>.outputs.<output>}}}: the planner makes it typed, so no stage parses its
   * own text.
   */
  public record Upstream(String step, String output) {
    private static final Pattern TEXT =
        Pattern.compile("\\$\\{\\{parent\\.jobs\\.([^.}]+)\\.outputs\\.([^.}]+)}}");

    /** The binding as Azure ML YAML writes it. */
    public String text() {
      return "${{parent.jobs." + step + ".outputs." + output + "}}";
    }

    /** A binding's text read back; empty for a pipeline input or any other expression. */
    public static Optional<Upstream> parse(String value) {
      Matcher m = TEXT.matcher(value.trim());
      return m.matches() ? Optional.of(new Upstream(m.group(1), m.group(2))) : Optional.empty();
    }
  }
}
