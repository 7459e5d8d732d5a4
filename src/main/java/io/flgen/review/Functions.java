package io.flgen.review;

import io.flgen.review.bicep.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Bicep functions a review can evaluate statically; every other call is unknown. */
final class Functions {
  private Functions() {}

  static Value call(Deployment d, Expr.Call c) {
    List<Value> a = new ArrayList<>();
    c.args().forEach(x -> a.add(d.eval(x)));
    String name = c.name().toLowerCase(Locale.ROOT);
    switch (name) {
      case "resourcegroup" -> {
        if (a.isEmpty()) {
          return d.scope;
        }
        if (a.size() == 1 && text(a, 0) != null) {
          return new Value.ScopeV(d.scope.tenant(), d.scope.sub(), text(a, 0));
        }
        if (a.size() == 2 && text(a, 0) != null && text(a, 1) != null) {
          return new Value.ScopeV(d.scope.tenant(), text(a, 0), text(a, 1));
        }
        return new Value.Unknown("a resource group that is not known statically");
      }
      case "subscription" -> {
        if (a.isEmpty()) {
          return new Value.ScopeV(d.scope.tenant(), d.scope.sub(), null);
        }
        return text(a, 0) == null
            ? new Value.Unknown("a subscription that is not known statically")
            : new Value.ScopeV(d.scope.tenant(), text(a, 0), null);
      }
      case "empty" -> {
        Value v = a.isEmpty() ? new Value.Null() : a.get(0);
        if (v instanceof Value.Null) {
          return new Value.Bool(true);
        }
        if (v instanceof Value.Str s) {
          return new Value.Bool(s.v().isEmpty());
        }
        if (v instanceof Value.Arr arr) {
          return new Value.Bool(arr.items().isEmpty());
        }
        if (v instanceof Value.Obj o) {
          return new Value.Bool(o.fields().isEmpty());
        }
        return v instanceof Value.Unknown ? v : new Value.Bool(false);
      }
      case "concat" -> {
        if (a.stream().allMatch(v -> v instanceof Value.Arr)) {
          List<Value> out = new ArrayList<>();
          a.forEach(v -> out.addAll(((Value.Arr) v).items()));
          return new Value.Arr(out);
        }
        StringBuilder sb = new StringBuilder();
        boolean partial = false;
        for (Value v : a) {
          String s = Value.shape(v);
          partial |= Value.text(v) == null;
          sb.append(s == null ? "<?>" : s);
          Deployment.text(sb.length());
        }
        return partial
            ? new Value.Unknown("concat of an unknown value", sb.toString())
            : new Value.Str(sb.toString());
      }
      case "union" -> {
        Map<String, Value> m = new LinkedHashMap<>();
        for (Value v : a) {
          if (!(v instanceof Value.Obj o)) {
            return new Value.Unknown("union of an unknown value");
          }
          m.putAll(o.fields());
        }
        return new Value.Obj(m);
      }
      case "guid" -> {
        // role assignment names: deterministic in ARM; the review only needs them to be stable
        List<String> parts = new ArrayList<>();
        a.forEach(v -> parts.add(Value.text(v) == null ? "?" : Value.text(v)));
        return new Value.Str("guid(" + String.join(",", parts) + ")");
      }
      case "subscriptionresourceid" -> {
        if (a.size() >= 2 && a.stream().allMatch(v -> Value.text(v) != null)) {
          StringBuilder sb = new StringBuilder("/providers/").append(text(a, 0));
          for (int i = 1; i < a.size(); i++) {
            sb.append('/').append(text(a, i));
          }
          return new Value.Str(sb.toString());
        }
        return idShape(a, "a subscription resource id that is not known statically");
      }
      case "resourceid" -> {
        if (a.stream().anyMatch(v -> Value.text(v) == null)) {
          return idShape(a, "a resource id that is not known statically");
        }
        int typeAt = -1;
        for (int i = 0; i < a.size(); i++) {
          if (text(a, i).contains("/") && text(a, i).contains(".")) {
            typeAt = i;
            break;
          }
        }
        if (typeAt < 0) {
          return new Value.Unknown("a resource id without a type");
        }
        String sub = typeAt >= 2 ? text(a, typeAt - 2) : d.scope.sub();
        String rg = typeAt >= 1 ? text(a, typeAt - 1) : d.scope.rg();
        String[] types = text(a, typeAt).split("/");
        if (types.length < 2) {
          return new Value.Unknown("a resource id with a malformed type");
        }
        StringBuilder sb =
            new StringBuilder(
                "/subscriptions/"
                    + sub
                    + "/resourceGroups/"
                    + rg
                    + "/providers/"
                    + types[0]
                    + "/"
                    + types[1]);
        for (int i = typeAt + 1; i < a.size(); i++) {
          int t = i - typeAt;
          if (t > 1 && t < types.length) {
            sb.append('/').append(types[t]);
          }
          sb.append('/').append(text(a, i));
        }
        return new Value.Str(sb.toString());
      }
      case "last" -> {
        if (!a.isEmpty() && a.get(0) instanceof Value.Arr arr && !arr.items().isEmpty()) {
          return arr.items().get(arr.items().size() - 1);
        }
        return new Value.Unknown("last of an unknown array");
      }
      case "split" -> {
        if (text(a, 0) != null && text(a, 1) != null) {
          List<Value> out = new ArrayList<>();
          for (String s : text(a, 0).split(java.util.regex.Pattern.quote(text(a, 1)), -1)) {
            out.add(new Value.Str(s));
          }
          return new Value.Arr(out);
        }
        return new Value.Unknown("split of an unknown string");
      }
      case "replace" -> {
        if (text(a, 0) != null && text(a, 1) != null && text(a, 2) != null) {
          String s = text(a, 0);
          String from = text(a, 1);
          String to = text(a, 2);
          if (!from.isEmpty() && to.length() > from.length()) {
            // the result's length is known before it is built: a chain of growing replaces fails
            // the budget, not the heap
            long count = 0;
            for (int i = s.indexOf(from); i >= 0; i = s.indexOf(from, i + from.length())) {
              count++;
            }
            Deployment.text(s.length() + count * (to.length() - from.length()));
          }
          return new Value.Str(s.replace(from, to));
        }
        return new Value.Unknown("replace in an unknown string");
      }
      case "tolower", "toupper" -> {
        String s = text(a, 0);
        return s == null
            ? new Value.Unknown(name + " of an unknown string")
            : new Value.Str(
                name.equals("tolower") ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT));
      }
      case "length" -> {
        if (!a.isEmpty() && a.get(0) instanceof Value.Arr arr) {
          return new Value.Num(arr.items().size());
        }
        if (!a.isEmpty() && a.get(0) instanceof Value.Obj o) {
          return new Value.Num(o.fields().size());
        }
        return text(a, 0) == null
            ? new Value.Unknown("length of an unknown value")
            : new Value.Num(text(a, 0).length());
      }
      case "string" -> {
        return text(a, 0) == null
            ? new Value.Unknown("string of an unknown value")
            : new Value.Str(text(a, 0));
      }
      case "uniquestring" -> {
        if (a.isEmpty() || a.stream().anyMatch(v -> Value.text(v) == null)) {
          return new Value.Unknown(
              "uniqueString of a value not known statically", "<uniqueString>");
        }
        List<String> parts = new ArrayList<>();
        a.forEach(v -> parts.add(Value.text(v)));
        return new Value.Str(UniqueString.of(parts));
      }
      case "substring" -> {
        String s = text(a, 0);
        Long start = num(a, 1);
        Long len =
            a.size() > 2
                ? num(a, 2)
                : (s == null || start == null ? null : (long) s.length() - start);
        if (s == null
            || start == null
            || len == null
            || start < 0
            || len < 0
            || start + len > s.length()) {
          return new Value.Unknown("substring of a value not known statically (or out of range)");
        }
        return new Value.Str(s.substring(start.intValue(), (int) (start + len)));
      }
      case "take", "skip" -> {
        Long n = num(a, 1);
        if (n == null || a.isEmpty()) {
          return new Value.Unknown(name + " with a count not known statically");
        }
        boolean take = name.equals("take");
        if (a.get(0) instanceof Value.Arr arr) {
          int k = (int) Math.max(0, Math.min(n, arr.items().size()));
          return new Value.Arr(
              take ? arr.items().subList(0, k) : arr.items().subList(k, arr.items().size()));
        }
        String s = text(a, 0);
        if (s == null) {
          return new Value.Unknown(name + " of a value not known statically");
        }
        int k = (int) Math.max(0, Math.min(n, s.length()));
        return new Value.Str(take ? s.substring(0, k) : s.substring(k));
      }
      case "range" -> {
        Long start = num(a, 0);
        Long count = num(a, 1);
        if (start == null || count == null || count < 0) {
          return new Value.Unknown("range of a count not known statically");
        }
        if (count > Deployment.MAX_ITEMS) {
          throw new Deployment.BudgetExceeded(
              "range() of more than " + Deployment.MAX_ITEMS + " items");
        }
        List<Value> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
          out.add(new Value.Num(start + i));
        }
        return new Value.Arr(out);
      }
      case "min", "max" -> {
        List<Value> xs = a.size() == 1 && a.get(0) instanceof Value.Arr arr ? arr.items() : a;
        if (xs.isEmpty() || !xs.stream().allMatch(v -> v instanceof Value.Num)) {
          return new Value.Unknown(name + " of values not known statically");
        }
        java.util.stream.LongStream ls = xs.stream().mapToLong(v -> ((Value.Num) v).v());
        return new Value.Num(name.equals("min") ? ls.min().getAsLong() : ls.max().getAsLong());
      }
      case "contains" -> {
        if (a.size() < 2) {
          return new Value.Unknown("contains without two arguments");
        }
        String item = Value.text(a.get(1));
        if (a.get(0) instanceof Value.Arr arr && item != null) {
          boolean unknown = arr.items().stream().anyMatch(v -> Value.text(v) == null);
          boolean hit = arr.items().stream().anyMatch(v -> item.equals(Value.text(v)));
          return hit || !unknown
              ? new Value.Bool(hit)
              : new Value.Unknown("contains over an array with unknown items");
        }
        if (a.get(0) instanceof Value.Obj o && item != null) {
          return new Value.Bool(
              o.fields().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(item)));
        }
        String s = text(a, 0);
        return s == null || item == null
            ? new Value.Unknown("contains of a value not known statically")
            : new Value.Bool(s.toLowerCase(Locale.ROOT).contains(item.toLowerCase(Locale.ROOT)));
      }
      case "first" -> {
        if (!a.isEmpty() && a.get(0) instanceof Value.Arr arr) {
          return arr.items().isEmpty() ? new Value.Null() : arr.items().get(0);
        }
        String s = text(a, 0);
        return s == null
            ? new Value.Unknown("first of a value not known statically")
            : new Value.Str(s.isEmpty() ? "" : s.substring(0, 1));
      }
      case "format" -> {
        String f = text(a, 0);
        if (f == null) {
          return new Value.Unknown("a format string not known statically");
        }
        return format(f, a.subList(1, a.size()));
      }
      case "environment" -> {
        return ENVIRONMENT;
      }
      case "tenant" -> {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("tenantId", new Value.Unknown("the tenant id of the deployment"));
        m.put("countryCode", new Value.Unknown("the tenant's country"));
        m.put("displayName", new Value.Unknown("the tenant's display name"));
        return new Value.Obj(m);
      }
      case "deployment" -> {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("name", new Value.Unknown("the deployment name"));
        m.put("location", new Value.Unknown("the deployment location"));
        m.put(
            "properties",
            new Value.Obj(Map.of("templateLink", new Value.Unknown("the template link"))));
        return new Value.Obj(m);
      }
      default -> {
        return new Value.Unknown("the function " + c.name() + "() is evaluated at deployment");
      }
    }
  }

  /** An id with unknown parts keeps its last segment (a role definition GUID) in its shape. */
  private static Value idShape(List<Value> a, String why) {
    String last = a.isEmpty() ? null : Value.shape(a.get(a.size() - 1));
    return new Value.Unknown(why, last == null ? null : "<?>/" + last);
  }

  /**
   * environment() in Azure's public cloud, the values the ARM template function reference gives:
   * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-deployment#environment
   */
  private static final Value ENVIRONMENT = env();

  private static Value env() {
    Map<String, Value> suffixes = new LinkedHashMap<>();
    suffixes.put("acrLoginServer", new Value.Str(".azurecr.io"));
    suffixes.put(
        "azureDatalakeAnalyticsCatalogAndJob", new Value.Str("azuredatalakeanalytics.net"));
    suffixes.put("azureDatalakeStoreFileSystem", new Value.Str("azuredatalakestore.net"));
    suffixes.put("azureFrontDoorEndpointSuffix", new Value.Str("azurefd.net"));
    suffixes.put("keyvaultDns", new Value.Str(".vault.azure.net"));
    suffixes.put("sqlServerHostname", new Value.Str(".database.windows.net"));
    suffixes.put("storage", new Value.Str("core.windows.net"));
    Map<String, Value> m = new LinkedHashMap<>();
    m.put("name", new Value.Str("AzureCloud"));
    m.put("gallery", new Value.Str("https://gallery.azure.com/"));
    m.put("graph", new Value.Str("https://graph.windows.net/"));
    m.put("portal", new Value.Str("https://portal.azure.com"));
    m.put("graphAudience", new Value.Str("https://graph.windows.net/"));
    m.put("activeDirectoryDataLake", new Value.Str("https://datalake.azure.net/"));
    m.put("batch", new Value.Str("https://batch.core.windows.net/"));
    m.put("media", new Value.Str("https://rest.media.azure.net"));
    m.put("sqlManagement", new Value.Str("https://management.core.windows.net:8443/"));
    m.put(
        "vmImageAliasDoc",
        new Value.Str(
            "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json"));
    m.put("resourceManager", new Value.Str("https://management.azure.com/"));
    m.put(
        "authentication",
        new Value.Obj(
            Map.of(
                "loginEndpoint",
                new Value.Str("https://login.microsoftonline.com/"),
                "audiences",
                new Value.Arr(
                    List.of(
                        new Value.Str("https://management.core.windows.net/"),
                        new Value.Str("https://management.azure.com/"))),
                "tenant",
                new Value.Str("common"),
                "identityProvider",
                new Value.Str("AAD"))));
    m.put("suffixes", new Value.Obj(suffixes));
    return new Value.Obj(m);
  }

  /**
   * .NET composite formatting as ARM's format() does it: {n} and {n:spec} (spec ignored), {{ and }}
   * escaped.
   */
  static Value format(String f, List<Value> args) {
    StringBuilder sb = new StringBuilder();
    boolean partial = false;
    for (int i = 0; i < f.length(); i++) {
      char ch = f.charAt(i);
      if ((ch == '{' || ch == '}') && i + 1 < f.length() && f.charAt(i + 1) == ch) {
        sb.append(ch);
        i++;
      } else if (ch == '{') {
        int end = f.indexOf('}', i);
        if (end < 0) {
          return new Value.Unknown("a malformed format string");
        }
        String spec = f.substring(i + 1, end);
        int colon = spec.indexOf(':');
        int comma = spec.indexOf(',');
        int cut = colon < 0 ? comma : comma < 0 ? colon : Math.min(colon, comma);
        String idx = (cut < 0 ? spec : spec.substring(0, cut)).trim();
        if (!idx.matches("[0-9]{1,4}") || Integer.parseInt(idx) >= args.size()) {
          return new Value.Unknown("a format string with an index out of range");
        }
        Value v = args.get(Integer.parseInt(idx));
        String t = Value.shape(v);
        partial |= Value.text(v) == null;
        sb.append(t == null ? "<?>" : t);
        Deployment.text(sb.length());
        i = end;
      } else {
        sb.append(ch);
      }
    }
    return partial
        ? new Value.Unknown("format of an unknown value", sb.toString())
        : new Value.Str(sb.toString());
  }

  private static Long num(List<Value> a, int i) {
    return i < a.size() && a.get(i) instanceof Value.Num n ? n.v() : null;
  }

  private static String text(List<Value> a, int i) {
    return i < a.size() ? Value.text(a.get(i)) : null;
  }
}
