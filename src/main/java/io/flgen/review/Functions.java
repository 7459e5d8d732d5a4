package io.flgen.review;

import static java.util.Map.entry;

import io.flgen.review.bicep.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * The Bicep functions a review can evaluate statically, one small evaluator each, registered by
 * lower-case name; every other call is unknown. An evaluator gets the call's arguments already
 * evaluated.
 */
final class Functions {
  private Functions() {}

  /** The evaluated arguments of one call, with the deployment that makes it. */
  private record Args(Deployment d, String name, List<Value> values) {
    int size() {
      return values.size();
    }

    boolean isEmpty() {
      return values.isEmpty();
    }

    Value get(int i) {
      return values.get(i);
    }

    /** The text of argument {@code i}, or null when it is absent or not known. */
    String text(int i) {
      return i < values.size() ? Value.text(values.get(i)) : null;
    }

    /** The number argument {@code i}, or null when it is absent or not a known number. */
    Long num(int i) {
      return i < values.size() && values.get(i) instanceof Value.Num n ? n.v() : null;
    }

    boolean allText() {
      return values.stream().allMatch(v -> Value.text(v) != null);
    }

    /** The items of a first argument that is an array; null otherwise. */
    List<Value> array() {
      return !values.isEmpty() && values.get(0) instanceof Value.Arr arr ? arr.items() : null;
    }
  }

  private static final Map<String, Function<Args, Value>> EVALUATORS =
      Map.ofEntries(
          // keep-sorted start
          entry("concat", Functions::concat),
          entry("contains", Functions::contains),
          entry("deployment", a -> deployment()),
          entry("empty", Functions::empty),
          entry("environment", a -> environment()),
          entry("first", Functions::first),
          entry("format", Functions::format),
          entry("guid", Functions::guid),
          entry("last", Functions::last),
          entry("length", Functions::length),
          entry("max", a -> extreme(a, LongStream::max)),
          entry("min", a -> extreme(a, LongStream::min)),
          entry("range", Functions::range),
          entry("replace", Functions::replace),
          entry("resourcegroup", Functions::resourceGroup),
          entry("resourceid", Functions::resourceId),
          entry("skip", a -> slice(a, false)),
          entry("split", Functions::split),
          entry("string", a -> known(a, "string of an unknown value", UnaryOperator.identity())),
          entry("subscription", Functions::subscription),
          entry("subscriptionresourceid", Functions::subscriptionResourceId),
          entry("substring", Functions::substring),
          entry("take", a -> slice(a, true)),
          entry("tenant", a -> tenant()),
          entry("tolower", a -> known(a, "tolower of an unknown string", Functions::lower)),
          entry("toupper", a -> known(a, "toupper of an unknown string", Functions::upper)),
          entry("union", Functions::union),
          entry("uniquestring", Functions::uniqueString)
          // keep-sorted end
          );

  static Value call(Deployment d, Expr.Call c) {
    List<Value> a = new ArrayList<>();
    c.args().forEach(x -> a.add(d.eval(x)));
    String name = c.name().toLowerCase(Locale.ROOT);
    Function<Args, Value> f = EVALUATORS.get(name);
    return f == null
        ? new Value.Unknown("the function " + c.name() + "() is evaluated at deployment")
        : f.apply(new Args(d, name, a));
  }

  // ---------------------------------------------------------------- scope and environment

  private static Value resourceGroup(Args a) {
    Value.ScopeV s = a.d().scope;
    if (a.isEmpty()) {
      return s;
    }
    if (a.size() == 1 && a.text(0) != null) {
      return new Value.ScopeV(s.tenant(), s.sub(), a.text(0));
    }
    if (a.size() == 2 && a.text(0) != null && a.text(1) != null) {
      return new Value.ScopeV(s.tenant(), a.text(0), a.text(1));
    }
    return new Value.Unknown("a resource group that is not known statically");
  }

  private static Value subscription(Args a) {
    Value.ScopeV s = a.d().scope;
    if (a.isEmpty()) {
      return new Value.ScopeV(s.tenant(), s.sub(), null);
    }
    return a.text(0) == null
        ? new Value.Unknown("a subscription that is not known statically")
        : new Value.ScopeV(s.tenant(), a.text(0), null);
  }

  private static Value tenant() {
    Map<String, Value> m = new LinkedHashMap<>();
    m.put("tenantId", new Value.Unknown("the tenant id of the deployment"));
    m.put("countryCode", new Value.Unknown("the tenant's country"));
    m.put("displayName", new Value.Unknown("the tenant's display name"));
    return new Value.Obj(m);
  }

  private static Value deployment() {
    Map<String, Value> m = new LinkedHashMap<>();
    m.put("name", new Value.Unknown("the deployment name"));
    m.put("location", new Value.Unknown("the deployment location"));
    m.put(
        "properties",
        new Value.Obj(Map.of("templateLink", new Value.Unknown("the template link"))));
    return new Value.Obj(m);
  }

  /**
   * environment() in Azure's public cloud, the values the ARM template function reference gives:
   * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-deployment#environment
   */
  private static final Value ENVIRONMENT = env();

  private static Value environment() {
    return ENVIRONMENT;
  }

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

  // ---------------------------------------------------------------- ids and names

  /**
   * {@code resourceId([sub], [rg], type, name1, name2, ...)}: the first argument with a '/' and a
   * '.' is the type; the one or two before it the resource group and subscription.
   */
  private static Value resourceId(Args a) {
    if (!a.allText()) {
      return idShape(a, "a resource id that is not known statically");
    }
    int typeAt = 0;
    while (typeAt < a.size() && !(a.text(typeAt).contains("/") && a.text(typeAt).contains("."))) {
      typeAt++;
    }
    if (typeAt == a.size()) {
      return new Value.Unknown("a resource id without a type");
    }
    String[] types = a.text(typeAt).split("/");
    if (types.length < 2) {
      return new Value.Unknown("a resource id with a malformed type");
    }
    String sub = typeAt >= 2 ? a.text(typeAt - 2) : a.d().scope.sub();
    String rg = typeAt >= 1 ? a.text(typeAt - 1) : a.d().scope.rg();
    StringBuilder sb = new StringBuilder("/subscriptions/").append(sub);
    sb.append("/resourceGroups/").append(rg);
    sb.append("/providers/").append(types[0]).append('/').append(types[1]);
    for (int i = typeAt + 1; i < a.size(); i++) {
      int t = i - typeAt;
      if (t > 1 && t < types.length) {
        sb.append('/').append(types[t]);
      }
      sb.append('/').append(a.text(i));
    }
    return new Value.Str(sb.toString());
  }

  private static Value subscriptionResourceId(Args a) {
    if (a.size() < 2 || !a.allText()) {
      return idShape(a, "a subscription resource id that is not known statically");
    }
    StringBuilder sb = new StringBuilder("/providers/").append(a.text(0));
    for (int i = 1; i < a.size(); i++) {
      sb.append('/').append(a.text(i));
    }
    return new Value.Str(sb.toString());
  }

  /** An id with unknown parts keeps its last segment (a role definition GUID) in its shape. */
  private static Value idShape(Args a, String why) {
    String last = a.isEmpty() ? null : Value.shape(a.get(a.size() - 1));
    return new Value.Unknown(why, last == null ? null : "<?>/" + last);
  }

  /** Role assignment names: deterministic in ARM; the review only needs them to be stable. */
  private static Value guid(Args a) {
    List<String> parts = new ArrayList<>();
    a.values().forEach(v -> parts.add(Value.text(v) == null ? "?" : Value.text(v)));
    return new Value.Str("guid(" + String.join(",", parts) + ")");
  }

  private static Value uniqueString(Args a) {
    if (a.isEmpty() || !a.allText()) {
      return new Value.Unknown("uniqueString of a value not known statically", "<uniqueString>");
    }
    return new Value.Str(UniqueString.of(a.values().stream().map(Value::text).toList()));
  }

  // ---------------------------------------------------------------- strings

  private static Value concat(Args a) {
    if (a.values().stream().allMatch(v -> v instanceof Value.Arr)) {
      List<Value> out = new ArrayList<>();
      a.values().forEach(v -> out.addAll(((Value.Arr) v).items()));
      return new Value.Arr(out);
    }
    PartialText out = new PartialText();
    a.values().forEach(out::value);
    return out.result("concat of an unknown value");
  }

  private static Value format(Args a) {
    String f = a.text(0);
    if (f == null) {
      return new Value.Unknown("a format string not known statically");
    }
    return format(f, a.values().subList(1, a.size()));
  }

  /**
   * .NET composite formatting as ARM's format() does it: {n} and {n:spec} (spec ignored), {{ and }}
   * escaped.
   */
  static Value format(String f, List<Value> args) {
    PartialText out = new PartialText();
    int i = 0;
    while (i < f.length()) {
      char ch = f.charAt(i);
      if ((ch == '{' || ch == '}') && i + 1 < f.length() && f.charAt(i + 1) == ch) {
        out.text(String.valueOf(ch));
        i += 2;
      } else if (ch == '{') {
        int end = f.indexOf('}', i);
        if (end < 0) {
          return new Value.Unknown("a malformed format string");
        }
        int index = formatIndex(f.substring(i + 1, end));
        if (index < 0 || index >= args.size()) {
          return new Value.Unknown("a format string with an index out of range");
        }
        out.value(args.get(index));
        i = end + 1;
      } else {
        out.text(String.valueOf(ch));
        i++;
      }
    }
    return out.result("format of an unknown value");
  }

  /** The argument index of a format item {@code n[,width][:spec]}; -1 when it is not one. */
  private static int formatIndex(String item) {
    int colon = item.indexOf(':');
    int comma = item.indexOf(',');
    int cut = colon < 0 ? comma : comma < 0 ? colon : Math.min(colon, comma);
    String index = (cut < 0 ? item : item.substring(0, cut)).trim();
    return index.matches("[0-9]{1,4}") ? Integer.parseInt(index) : -1;
  }

  private static Value replace(Args a) {
    String s = a.text(0);
    String from = a.text(1);
    String to = a.text(2);
    if (s == null || from == null || to == null) {
      return new Value.Unknown("replace in an unknown string");
    }
    if (!from.isEmpty() && to.length() > from.length()) {
      // the result's length is known before it is built: a chain of growing replaces fails the
      // budget, not the heap
      long count = 0;
      for (int i = s.indexOf(from); i >= 0; i = s.indexOf(from, i + from.length())) {
        count++;
      }
      Deployment.text(s.length() + count * (to.length() - from.length()));
    }
    return new Value.Str(s.replace(from, to));
  }

  private static Value split(Args a) {
    if (a.text(0) == null || a.text(1) == null) {
      return new Value.Unknown("split of an unknown string");
    }
    List<Value> out = new ArrayList<>();
    for (String s : a.text(0).split(Pattern.quote(a.text(1)), -1)) {
      out.add(new Value.Str(s));
    }
    return new Value.Arr(out);
  }

  private static Value substring(Args a) {
    String s = a.text(0);
    Long start = a.num(1);
    Long len = a.size() > 2 ? a.num(2) : s == null || start == null ? null : s.length() - start;
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

  /** A function of a first argument's text; unknown when the text is not known. */
  private static Value known(Args a, String why, UnaryOperator<String> f) {
    String s = a.text(0);
    return s == null ? new Value.Unknown(why) : new Value.Str(f.apply(s));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- arrays, objects and numbers

  private static Value empty(Args a) {
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

  private static Value length(Args a) {
    if (a.array() != null) {
      return new Value.Num(a.array().size());
    }
    if (!a.isEmpty() && a.get(0) instanceof Value.Obj o) {
      return new Value.Num(o.fields().size());
    }
    return a.text(0) == null
        ? new Value.Unknown("length of an unknown value")
        : new Value.Num(a.text(0).length());
  }

  /** Arrays by item text, objects by key (ignoring case), strings by substring (ignoring case). */
  private static Value contains(Args a) {
    if (a.size() < 2) {
      return new Value.Unknown("contains without two arguments");
    }
    String item = a.text(1);
    if (a.array() != null && item != null) {
      boolean unknown = a.array().stream().anyMatch(v -> Value.text(v) == null);
      boolean hit = a.array().stream().anyMatch(v -> item.equals(Value.text(v)));
      return hit || !unknown
          ? new Value.Bool(hit)
          : new Value.Unknown("contains over an array with unknown items");
    }
    if (a.get(0) instanceof Value.Obj o && item != null) {
      return new Value.Bool(o.fields().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(item)));
    }
    String s = a.text(0);
    return s == null || item == null
        ? new Value.Unknown("contains of a value not known statically")
        : new Value.Bool(lower(s).contains(lower(item)));
  }

  private static Value union(Args a) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (Value v : a.values()) {
      if (!(v instanceof Value.Obj o)) {
        return new Value.Unknown("union of an unknown value");
      }
      m.putAll(o.fields());
    }
    return new Value.Obj(m);
  }

  private static Value first(Args a) {
    List<Value> items = a.array();
    if (items != null) {
      return items.isEmpty() ? new Value.Null() : items.get(0);
    }
    String s = a.text(0);
    return s == null
        ? new Value.Unknown("first of a value not known statically")
        : new Value.Str(s.isEmpty() ? "" : s.substring(0, 1));
  }

  private static Value last(Args a) {
    List<Value> items = a.array();
    return items == null || items.isEmpty()
        ? new Value.Unknown("last of an unknown array")
        : items.get(items.size() - 1);
  }

  /** {@code take} (the first n) or {@code skip} (all but the first n) of an array or string. */
  private static Value slice(Args a, boolean take) {
    Long n = a.num(1);
    if (n == null) {
      return new Value.Unknown(a.name() + " with a count not known statically");
    }
    List<Value> items = a.array();
    if (items != null) {
      int k = (int) Math.max(0, Math.min(n, items.size()));
      return new Value.Arr(take ? items.subList(0, k) : items.subList(k, items.size()));
    }
    String s = a.text(0);
    if (s == null) {
      return new Value.Unknown(a.name() + " of a value not known statically");
    }
    int k = (int) Math.max(0, Math.min(n, s.length()));
    return new Value.Str(take ? s.substring(0, k) : s.substring(k));
  }

  private static Value range(Args a) {
    Long start = a.num(0);
    Long count = a.num(1);
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

  /** {@code min} or {@code max} of numbers given as arguments or as one array. */
  private static Value extreme(Args a, Function<LongStream, OptionalLong> pick) {
    List<Value> xs = a.size() == 1 && a.array() != null ? a.array() : a.values();
    if (xs.isEmpty() || !xs.stream().allMatch(v -> v instanceof Value.Num)) {
      return new Value.Unknown(a.name() + " of values not known statically");
    }
    return new Value.Num(pick.apply(xs.stream().mapToLong(v -> ((Value.Num) v).v())).getAsLong());
  }
}
