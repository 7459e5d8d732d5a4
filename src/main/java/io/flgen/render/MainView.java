package io.flgen.render;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The view of one bundle's {@code main.bicep.ftl}: its deployment parameters, module calls and
 * outputs. Every value is already a Bicep expression (user strings escaped through {@link
 * Bicep#string}), an array of values or an object; the template's {@code value} macro prints them
 * with their indentation. Public, as FreeMarker reads only public records.
 */
public record MainView(
    String topologyName,
    String headline,
    List<Parameter> extraParams,
    List<Call> modules,
    List<Output> outputs) {

  /** A deployment parameter beyond {@code tags}; {@code defaultValue} is null when it has none. */
  public record Parameter(String name, String type, String defaultValue, String description) {}

  /**
   * One {@code module} call.
   *
   * @param deployment the nested deployment's name, a Bicep literal
   * @param scope the Bicep expression of the module's scope
   * @param condition the parameter that gates the call, null when it always deploys
   */
  public record Call(
      String symbol,
      String file,
      String deployment,
      String scope,
      String condition,
      List<Arg> params,
      List<String> dependsOn,
      String comment) {

    /** The module file's path, a Bicep literal. */
    public String path() {
      return Bicep.string("modules/" + file + ".bicep");
    }

    /** The same call, deployed only when the parameter {@code switchName} is true. */
    Call when(String switchName) {
      return new Call(symbol, file, deployment, scope, switchName, params, dependsOn, comment);
    }
  }

  /**
   * A module parameter or an object property: {@code value} is a Bicep expression ({@link String}),
   * an array ({@link List} of values) or an object ({@link Obj}).
   */
  public record Arg(String name, Object value) {}

  /** A Bicep object: its properties in order. */
  public record Obj(List<Arg> props) {}

  /** An output; {@code description} is a Bicep literal. */
  public record Output(String name, String type, String value, String description) {}

  /**
   * The module files this main.bicep calls, sorted: a bundle ships exactly these, so a reviewer
   * reads no module that is never deployed.
   */
  SortedSet<String> files() {
    SortedSet<String> files = new TreeSet<>();
    modules.forEach(m -> files.add(m.file()));
    return files;
  }
}
