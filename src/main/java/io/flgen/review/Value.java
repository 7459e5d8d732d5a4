package io.flgen.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statically evaluated Bicep value; {@link Unknown} where the value depends on the deployment.
 */
sealed interface Value {
  record Str(String v) implements Value {}

  record Num(long v) implements Value {}

  record Bool(boolean v) implements Value {}

  record Null() implements Value {}

  record Obj(Map<String, Value> fields) implements Value {
    public Obj {
      fields = new LinkedHashMap<>(fields);
    }

    Value get(String key) {
      Value v = fields.get(key);
      return v == null ? new Null() : v;
    }
  }

  record Arr(List<Value> items) implements Value {
    public Arr {
      items = List.copyOf(items);
    }
  }

  /**
   * Not known before deployment, with the reason.
   *
   * @param shape the text with {@code <?>} for each unknown part, when the value is a string whose
   *     other parts are known (an interpolated role definition id); null otherwise
   */
  record Unknown(String why, String shape) implements Value {
    Unknown(String why) {
      this(why, null);
    }
  }

  /**
   * The text of a value, or the shape of a partly known string (unknown parts as {@code <?>}); null
   * otherwise.
   */
  static String shape(Value v) {
    String t = text(v);
    if (t != null) {
      return t;
    }
    return v instanceof Unknown u ? u.shape() : null;
  }

  /** A reference to a resource instance (its symbol evaluated). */
  record Res(Instance inst) implements Value {}

  /** The principal id of an identity the folder deploys, known by the identity, not by text. */
  record PrincipalId(Principal.Deployed principal) implements Value {}

  /** A reference to a module deployment (its symbol evaluated). */
  record Mod(Deployment run) implements Value {}

  /**
   * A deployment scope.
   *
   * @param rg the resource group, or null for a subscription scope
   */
  record ScopeV(String tenant, String sub, String rg) implements Value {}

  static String text(Value v) {
    if (v instanceof Str s) {
      return s.v();
    }
    if (v instanceof Num n) {
      return Long.toString(n.v());
    }
    if (v instanceof Bool b) {
      return Boolean.toString(b.v());
    }
    if (v instanceof PrincipalId p) {
      return p.principal().text();
    }
    return null;
  }
}
