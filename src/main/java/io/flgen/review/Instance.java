package io.flgen.review;

import io.flgen.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * One resource a deployment declares, after loops and module calls are expanded.
 *
 * @param type the full type, for example {@code
 *     Microsoft.Storage/storageAccounts/blobServices/containers}
 * @param name the full name ({@code account/default/container} for children), or null when unknown
 * @param scope the resource group (or subscription) it is deployed in
 * @param extensionScope for extension resources (role assignments): the resource they apply to
 * @param body the evaluated body, without name, parent, scope and dependsOn
 * @param where the declaration, in the file that declares it (a module's resource: in the module)
 * @param conditional deployed only when a condition that depends on parameters holds
 * @param chain the module calls from the entry file to the declaring file, outermost first; empty
 *     for a resource the entry declares itself
 */
record Instance(
    String type,
    String apiVersion,
    String name,
    boolean existing,
    Value.ScopeV scope,
    Optional<Instance> extensionScope,
    Value.Obj body,
    Location where,
    boolean conditional,
    List<Location> chain) {

  /** The entry file whose deployment created this instance. */
  String entry() {
    return chain.isEmpty() ? where.file() : chain.get(0).file();
  }

  /** A copy that is deployed only under a condition. */
  Instance asConditional() {
    return new Instance(
        type, apiVersion, name, existing, scope, extensionScope, body, where, true, chain);
  }

  /** The Azure resource id, built the way ARM builds it. */
  String id() {
    String[] types = type.split("/");
    String[] names = name == null ? new String[] {"<unknown>"} : name.split("/");
    StringBuilder sb = new StringBuilder();
    if (scope.sub() != null) {
      sb.append("/subscriptions/").append(scope.sub());
    }
    if (scope.rg() != null) {
      sb.append("/resourceGroups/").append(scope.rg());
    }
    sb.append("/providers/")
        .append(types[0])
        .append('/')
        .append(types[1])
        .append('/')
        .append(names[0]);
    for (int i = 1; i < names.length && i + 1 < types.length; i++) {
      sb.append('/').append(types[i + 1]).append('/').append(names[i]);
    }
    return sb.toString();
  }

  Value prop(String... path) {
    Value v = body;
    for (String p : path) {
      if (!(v instanceof Value.Obj o)) {
        return new Value.Null();
      }
      v = o.get(p);
    }
    return v;
  }

  String str(String... path) {
    String s = Value.text(prop(path));
    return s == null ? "" : s;
  }

  /** A boolean property; {@code fallback} when absent or unknown. */
  boolean bool(boolean fallback, String... path) {
    return prop(path) instanceof Value.Bool b ? b.v() : fallback;
  }
}
