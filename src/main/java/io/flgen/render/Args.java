package io.flgen.render;

import io.flgen.render.MainView.Arg;
import io.flgen.render.MainView.Obj;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a module call, or the properties of a Bicep object, in order. Each method says
 * what kind of value it takes and turns it into Bicep once: text through {@link Bicep#string}, a
 * flag or a number as its literal, an expression as it is.
 */
final class Args {
  private final List<Arg> list = new ArrayList<>();

  private Args() {}

  /** No arguments yet. */
  static Args of() {
    return new Args();
  }

  /**
   * The arguments of a module that creates a named resource: {@code name}, {@code location} and
   * {@code tags}.
   */
  static Args located(String name, String region) {
    return of().text("name", name).text("location", region).expr("tags", "tags");
  }

  /** A Bicep expression, printed as it is. */
  Args expr(String name, String expression) {
    list.add(new Arg(name, expression));
    return this;
  }

  /** A string literal. */
  Args text(String name, String value) {
    return expr(name, Bicep.string(value));
  }

  Args flag(String name, boolean value) {
    return expr(name, Boolean.toString(value));
  }

  Args number(String name, int value) {
    return expr(name, Integer.toString(value));
  }

  /** {@code 'Enabled'} or {@code 'Disabled'}. */
  Args enabled(String name, boolean on) {
    return text(name, on ? "Enabled" : "Disabled");
  }

  /** An array of string literals. */
  Args texts(String name, List<String> values) {
    return array(name, values.stream().map(Bicep::string).toList());
  }

  /** An array of expressions or objects. */
  Args array(String name, List<?> items) {
    list.add(new Arg(name, items));
    return this;
  }

  Args object(String name, Args props) {
    list.add(new Arg(name, props.object()));
    return this;
  }

  Args with(Args more) {
    list.addAll(more.list);
    return this;
  }

  /** The module call's parameters. */
  List<Arg> list() {
    return List.copyOf(list);
  }

  /** A Bicep object of these properties. */
  Obj object() {
    return new Obj(list());
  }
}
