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
        return text(a, 0) == null ? new Value.Unknown("a subscription that is not known statically")
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
        return partial ? new Value.Unknown("concat of an unknown value", sb.toString()) : new Value.Str(sb.toString());
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
        StringBuilder sb = new StringBuilder("/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/" + types[0] + "/" + types[1]);
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
            // the result's length is known before it is built: a chain of growing replaces fails the budget, not the heap
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
        return s == null ? new Value.Unknown(name + " of an unknown string")
            : new Value.Str(name.equals("tolower") ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT));
      }
      case "length" -> {
        if (!a.isEmpty() && a.get(0) instanceof Value.Arr arr) {
          return new Value.Num(arr.items().size());
        }
        return text(a, 0) == null ? new Value.Unknown("length of an unknown value") : new Value.Num(text(a, 0).length());
      }
      case "string" -> {
        return text(a, 0) == null ? new Value.Unknown("string of an unknown value") : new Value.Str(text(a, 0));
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

  private static String text(List<Value> a, int i) {
    return i < a.size() ? Value.text(a.get(i)) : null;
  }
}
