package io.flgen.review;

import io.flgen.diag.Location;
import io.flgen.review.bicep.BicepFile;
import io.flgen.review.bicep.Decl;
import io.flgen.review.bicep.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Statically evaluates one Bicep file deployed at a scope with given parameters: parameters with
 * defaults, variables, loops over known arrays, module calls (recursively) and their outputs.
 * Whatever depends on the deployment itself (principal ids, keys, run-time functions) becomes
 * {@link Value.Unknown}, and every such place is recorded for the review.
 */
final class Deployment {
  /**
   * Reads a module file relative to the calling file; empty when it does not exist or fails to
   * parse.
   */
  interface Files {
    Optional<BicepFile> module(String fromFile, String path);
  }

  static final int MAX_MODULE_DEPTH = 8;

  /** The note for a required parameter of an entry that nothing sets. */
  static final String NO_VALUE = " has no value (no default, not in a parameters file)";

  /** Evaluation steps, resources and value sizes one review may spend on a folder. */
  static final long MAX_STEPS = 2_000_000;

  static final int MAX_ITEMS = 100_000;
  static final int MAX_TEXT = 1_000_000;

  /** The folder is too large or too recursive to evaluate within the budget. */
  static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded(String what) {
      super(what);
    }
  }

  /** Shared by a deployment and every module it calls. */
  private final long[] steps;

  final String file;
  final BicepFile ast;
  final Value.ScopeV scope;
  final Files files;

  /** The module calls from the entry to this file, outermost first; empty for an entry. */
  final List<Location> chain;

  final int depth;
  final List<Instance> instances;
  final List<String> unresolved;
  final Map<String, Value> outputs = new LinkedHashMap<>();
  private final Map<String, Value> params;
  private final Map<String, Value> vars = new HashMap<>();
  private final Map<String, Decl.VarDecl> varDecls = new HashMap<>();
  private final Map<String, Object> symbols = new HashMap<>();
  private final Map<String, Decl.ResourceDecl> resourceDecls = new HashMap<>();
  private final Map<String, Decl.ModuleDecl> moduleDecls = new HashMap<>();
  private final Map<String, Value> locals = new HashMap<>();

  private Deployment(
      String file,
      BicepFile ast,
      Value.ScopeV scope,
      Map<String, Value> params,
      Files files,
      List<Location> chain,
      int depth,
      List<Instance> instances,
      List<String> unresolved,
      long[] steps) {
    this.steps = steps;
    this.file = file;
    this.ast = ast;
    this.scope = scope;
    this.params = params;
    this.files = files;
    this.chain = chain;
    this.depth = depth;
    this.instances = instances;
    this.unresolved = unresolved;
  }

  /** Evaluates an entry file; instances and unresolved notes are appended to the given lists. */
  static Deployment run(
      String file,
      BicepFile ast,
      Value.ScopeV scope,
      Map<String, Value> params,
      Files files,
      List<Instance> instances,
      List<String> unresolved) {
    Deployment d =
        new Deployment(
            file, ast, scope, params, files, List.of(), 0, instances, unresolved, new long[1]);
    d.evaluate();
    return d;
  }

  private Location loc(io.flgen.review.bicep.Location l) {
    return new Location(file, l.line(), l.column());
  }

  private Value unknown(String why, io.flgen.review.bicep.Location l) {
    String note = file + ":" + l.line() + ": " + why;
    if (!unresolved.contains(note)) {
      unresolved.add(note);
    }
    return new Value.Unknown(why);
  }

  private void evaluate() {
    for (Decl d : ast.declarations()) {
      if (d instanceof Decl.ParamDecl p) {
        if (!params.containsKey(p.name())
            && p.defaultValue().isEmpty()
            && p.type() instanceof io.flgen.review.bicep.TypeExpr.NullableType) {
          // an optional parameter (`type?`) that nobody sets is null, as ARM deploys it
          params.put(p.name(), new Value.Null());
        } else if (!params.containsKey(p.name())) {
          // a required parameter no caller or parameters file sets: listed, and a placeholder
          // wherever it is used
          params.put(
              p.name(),
              p.defaultValue()
                  .map(this::eval)
                  .orElseGet(
                      () ->
                          chain.isEmpty()
                              ? unknown("parameter " + p.name() + NO_VALUE, p.location())
                              : new Value.Unknown("parameter " + p.name() + " has no value")));
        }
      } else if (d instanceof Decl.VarDecl v) {
        varDecls.put(v.name(), v);
      } else if (d instanceof Decl.ResourceDecl r) {
        resourceDecls.put(r.symbol(), r);
      } else if (d instanceof Decl.ModuleDecl m) {
        moduleDecls.put(m.symbol(), m);
      }
    }
    for (Decl.ResourceDecl r : ast.resources()) {
      resource(r);
    }
    for (Decl.ModuleDecl m : ast.modules()) {
      module(m);
    }
    for (Decl.OutputDecl o : ast.outputs()) {
      outputs.put(o.name(), eval(o.value()));
    }
  }

  // ---------------------------------------------------------------- resources and modules

  private Object resource(Decl.ResourceDecl r) {
    Object done = symbols.get(r.symbol());
    if (done != null) {
      return done;
    }
    symbols.put(r.symbol(), new Value.Unknown("cyclic reference to " + r.symbol()));
    Object result = expand(r.body(), body -> instance(r, body, Optional.empty()), r.location());
    symbols.put(r.symbol(), result);
    return result;
  }

  /** Expands a {@code for} or {@code if} body; a single instance otherwise. */
  private Object expand(
      Expr body, Function<Expr.ObjectExpr, Object> make, io.flgen.review.bicep.Location l) {
    if (body instanceof Expr.ForExpr f) {
      Optional<List<Object>> made =
          loop(
              f,
              item -> {
                Expr inner = item instanceof Expr.IfExpr ie ? ie.body() : item;
                return inner instanceof Expr.ObjectExpr o ? make.apply(o) : null;
              });
      return made.isPresent()
          ? made.get()
          : unknown("loop over a value that is not known statically", f.location());
    }
    if (body instanceof Expr.IfExpr ie) {
      Value c = eval(ie.condition());
      if (c instanceof Value.Bool b && !b.v() && !dependsOnParameter(ie.condition())) {
        return new Value.Null();
      }
      if (ie.body() instanceof Expr.ObjectExpr o) {
        conditional = !(c instanceof Value.Bool b2 && b2.v()) || dependsOnParameter(ie.condition());
        Object out = make.apply(o);
        conditional = false;
        return out;
      }
    }
    if (body instanceof Expr.ObjectExpr o) {
      return make.apply(o);
    }
    return unknown("a body that is not an object", l);
  }

  private boolean conditional;

  /**
   * Applies {@code each} to a {@code for}'s body once for every item of its array that its
   * condition keeps, with the item (and index) variables bound, and collects the non-null results;
   * empty when the array is not known statically.
   */
  private <T> Optional<List<T>> loop(Expr.ForExpr f, Function<Expr, T> each) {
    if (!(eval(f.source()) instanceof Value.Arr arr)) {
      return Optional.empty();
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < arr.items().size(); i++) {
      locals.put(f.itemVar(), arr.items().get(i));
      int idx = i;
      f.indexVar().ifPresent(iv -> locals.put(iv, new Value.Num(idx)));
      boolean include =
          f.condition().map(c -> !(eval(c) instanceof Value.Bool b && !b.v())).orElse(true);
      T made = include ? each.apply(f.body()) : null;
      if (made != null) {
        out.add(made);
      }
      locals.remove(f.itemVar());
      f.indexVar().ifPresent(locals::remove);
    }
    return Optional.of(out);
  }

  /**
   * A condition on a parameter of the entry file may differ between deployments: keep the resource.
   */
  private boolean dependsOnParameter(Expr e) {
    return chain.isEmpty() && e instanceof Expr.Ident id && params.containsKey(id.name());
  }

  /**
   * One instance of a resource declaration: its full type and name (a child's prefixed with its
   * parent's), its scope, and its body's properties evaluated; its nested resources follow it.
   */
  private Instance instance(Decl.ResourceDecl r, Expr.ObjectExpr body, Optional<Instance> parent) {
    Optional<Instance> par = parent;
    Optional<Expr> parentExpr = body.get("parent");
    if (parentExpr.isPresent() && eval(parentExpr.get()) instanceof Value.Res pr) {
      par = Optional.of(pr.inst());
    }
    String type = r.type();
    if (par.isPresent() && !type.contains("/")) {
      type = par.get().type() + "/" + type; // a full child type given with its parent is kept
    }
    String name = name(r, body);
    if (par.isPresent()) {
      name = par.get().name() + "/" + name;
    }
    Optional<Instance> ext = Optional.empty();
    Value.ScopeV sc = par.map(Instance::scope).orElse(scope);
    Optional<Expr> scopeExpr = body.get("scope");
    if (scopeExpr.isPresent()) {
      // an explicit scope: another resource (this one extends it) or a scope function's result
      Value s = eval(scopeExpr.get());
      ext = s instanceof Value.Res res ? Optional.of(res.inst()) : Optional.empty();
      sc = s instanceof Value.ScopeV sv ? sv : ext.map(Instance::scope).orElse(scope);
    }
    Instance inst =
        new Instance(
            type,
            r.apiVersion(),
            name,
            r.existing(),
            sc,
            ext,
            fields(body),
            loc(r.location()),
            conditional,
            chain);
    instances.add(inst);
    for (Decl.ResourceDecl child : body.resources()) {
      Object c =
          expand(child.body(), cb -> instance(child, cb, Optional.of(inst)), child.location());
      symbols.put(child.symbol(), c);
    }
    return inst;
  }

  /**
   * A resource's own name; a placeholder when it is not known statically, so the rules still see
   * the resource and the report says it was not resolved.
   */
  private String name(Decl.ResourceDecl r, Expr.ObjectExpr body) {
    Value nameV = body.get("name").map(this::eval).orElse(new Value.Unknown("no name"));
    String name = Value.text(nameV);
    if (name != null) {
      return name;
    }
    String placeholder = placeholder(r.symbol(), r.location());
    unknown(
        "the name of " + r.symbol() + " is not known statically; reviewed as " + placeholder,
        r.location());
    return placeholder;
  }

  /** A resource body's properties but those that place it (parent, scope, dependsOn). */
  private Value.Obj fields(Expr.ObjectExpr body) {
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Expr.Property p : body.properties()) {
      String key = p.name().orElse(null);
      if (key == null || key.equals("parent") || key.equals("scope") || key.equals("dependsOn")) {
        continue;
      }
      fields.put(key, eval(p.value()));
    }
    return new Value.Obj(fields);
  }

  private Object module(Decl.ModuleDecl m) {
    Object done = symbols.get(m.symbol());
    if (done != null) {
      return done;
    }
    symbols.put(m.symbol(), new Value.Unknown("cyclic reference to " + m.symbol()));
    Object result = expand(m.body(), body -> call(m, body), m.location());
    symbols.put(m.symbol(), result);
    return result;
  }

  private Object call(Decl.ModuleDecl m, Expr.ObjectExpr body) {
    if (depth >= MAX_MODULE_DEPTH) {
      return unknown("modules nested deeper than " + MAX_MODULE_DEPTH, m.location());
    }
    Optional<BicepFile> mod = files.module(file, m.path());
    if (mod.isEmpty()) {
      return unknown("module " + m.path() + " cannot be read", m.location());
    }
    Value.ScopeV sc = scope;
    Optional<Expr> scopeExpr = body.get("scope");
    if (scopeExpr.isPresent() && eval(scopeExpr.get()) instanceof Value.ScopeV sv) {
      sc = sv;
    }
    Map<String, Value> args = new LinkedHashMap<>();
    Optional<Expr> ps = body.get("params");
    if (ps.isPresent() && ps.get() instanceof Expr.ObjectExpr po) {
      for (Expr.Property p : po.properties()) {
        p.name().ifPresent(n -> args.put(n, eval(p.value())));
      }
    }
    String modFile = resolve(file, m.path());
    List<Location> via = new ArrayList<>(chain);
    via.add(loc(m.location()));
    Deployment child =
        new Deployment(
            modFile,
            mod.get(),
            sc,
            args,
            files,
            List.copyOf(via),
            depth + 1,
            instances,
            unresolved,
            steps);
    boolean wasConditional = conditional;
    child.conditional = wasConditional;
    int first = instances.size();
    child.evaluate();
    if (wasConditional) {
      // every instance the module created inherits the call's condition
      for (int i = first; i < instances.size(); i++) {
        instances.set(i, instances.get(i).asConditional());
      }
    }
    return new Value.Mod(child);
  }

  /**
   * {@code <symbol@file:line>} for a resource whose name is unknown; no '/', which separates child
   * names.
   */
  private String placeholder(String symbol, io.flgen.review.bicep.Location l) {
    return "<" + symbol + "@" + file.substring(file.lastIndexOf('/') + 1) + ":" + l.line() + ">";
  }

  /** Whether a resource's own name (its last segment) is a placeholder. */
  static boolean isPlaceholder(String name) {
    String leaf = name.substring(name.lastIndexOf('/') + 1);
    return leaf.startsWith("<") && leaf.endsWith(">") && leaf.contains("@");
  }

  static String resolve(String from, String path) {
    int slash = from.lastIndexOf('/');
    String dir = slash < 0 ? "" : from.substring(0, slash + 1);
    // normalised as text: a module path is the author's string (it may hold characters no file
    // system takes)
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String seg : (dir + path.replace('\\', '/')).split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
        parts.removeLast();
      } else {
        parts.addLast(seg);
      }
    }
    return String.join("/", parts);
  }

  // ---------------------------------------------------------------- expressions

  /** Fails the budget before a string of {@code length} characters is built. */
  static void text(long length) {
    if (length > MAX_TEXT) {
      throw new BudgetExceeded("a string of more than " + MAX_TEXT + " characters");
    }
  }

  Value eval(Expr e) {
    if (++steps[0] > MAX_STEPS) {
      throw new BudgetExceeded("more than " + MAX_STEPS + " evaluation steps");
    }
    if (instances.size() > MAX_ITEMS) {
      throw new BudgetExceeded("more than " + MAX_ITEMS + " resources");
    }
    Value v = eval0(e);
    if (v instanceof Value.Arr a && a.items().size() > MAX_ITEMS) {
      throw new BudgetExceeded("an array of more than " + MAX_ITEMS + " items");
    }
    if (v instanceof Value.Str str && str.v().length() > MAX_TEXT) {
      throw new BudgetExceeded("a string of more than " + MAX_TEXT + " characters");
    }
    return v;
  }

  private Value eval0(Expr e) {
    if (e instanceof Expr.StringLit s) {
      return string(s);
    }
    if (e instanceof Expr.IntLit i) {
      return new Value.Num(i.value());
    }
    if (e instanceof Expr.BoolLit b) {
      return new Value.Bool(b.value());
    }
    if (e instanceof Expr.NullLit) {
      return new Value.Null();
    }
    if (e instanceof Expr.ObjectExpr o) {
      return object(o);
    }
    if (e instanceof Expr.ArrayExpr a) {
      return new Value.Arr(a.items().stream().map(this::eval).toList());
    }
    if (e instanceof Expr.Ident id) {
      return ident(id);
    }
    if (e instanceof Expr.Member m) {
      return member(eval(m.target()), m.name(), m);
    }
    if (e instanceof Expr.Index ix) {
      return index(eval(ix.target()), eval(ix.index()));
    }
    if (e instanceof Expr.Ternary t) {
      return ternary(t);
    }
    if (e instanceof Expr.Unary u) {
      return unary(u.op(), eval(u.operand()));
    }
    if (e instanceof Expr.Binary b) {
      return binary(b);
    }
    if (e instanceof Expr.Call c) {
      return Functions.call(this, c);
    }
    if (e instanceof Expr.ForExpr f) {
      return loop(f, this::eval)
          .<Value>map(Value.Arr::new)
          .orElseGet(() -> new Value.Unknown("a loop over a value that is not known statically"));
    }
    if (e instanceof Expr.ResourceAccess ra) {
      return resourceAccess(ra);
    }
    return new Value.Unknown("an expression flgen does not evaluate");
  }

  /** An interpolated string keeps its known parts when a hole is not known statically. */
  private Value string(Expr.StringLit s) {
    PartialText out = new PartialText();
    for (Expr.StringPart part : s.parts()) {
      if (part instanceof Expr.Text t) {
        out.text(t.value());
      } else if (part instanceof Expr.Interpolation in) {
        out.value(eval(in.expr()));
      }
    }
    return out.result("an interpolated string with an unknown part");
  }

  private Value object(Expr.ObjectExpr o) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (Expr.Property p : o.properties()) {
      String k = p.name().orElseGet(() -> Value.shape(eval(p.key()))); // known parts, "<?>"
      if (k != null) {
        m.put(k, eval(p.value()));
      }
    }
    return new Value.Obj(m);
  }

  private static Value index(Value t, Value i) {
    if (t instanceof Value.Arr arr
        && i instanceof Value.Num n
        && n.v() >= 0
        && n.v() < arr.items().size()) {
      return arr.items().get((int) n.v());
    }
    if (t instanceof Value.Obj o && i instanceof Value.Str s) {
      return o.get(s.v());
    }
    return new Value.Unknown("an index that is not known statically");
  }

  private Value ternary(Expr.Ternary t) {
    if (eval(t.condition()) instanceof Value.Bool b) {
      return eval(b.v() ? t.whenTrue() : t.whenFalse());
    }
    return new Value.Unknown("a condition that is not known statically");
  }

  private static Value unary(String op, Value v) {
    if (op.equals("!") && v instanceof Value.Bool b) {
      return new Value.Bool(!b.v());
    }
    if (op.equals("-") && v instanceof Value.Num n) {
      return new Value.Num(-n.v());
    }
    return new Value.Unknown("an operand that is not known statically");
  }

  /** {@code parent::child}: the child declared inside the parent's body, made with the parent. */
  private Value resourceAccess(Expr.ResourceAccess ra) {
    if (eval(ra.target()) instanceof Value.Res parent
        && symbols.get(ra.name()) instanceof Instance child
        && child.name() != null
        && child.name().startsWith(parent.inst().name() + "/")) {
      return new Value.Res(child);
    }
    return new Value.Unknown("a nested resource accessor (::" + ra.name() + ")");
  }

  private Value ident(Expr.Ident id) {
    String n = id.name();
    if (locals.containsKey(n)) {
      return locals.get(n);
    }
    if (params.containsKey(n)) {
      return params.get(n);
    }
    if (vars.containsKey(n)) {
      return vars.get(n);
    }
    if (varDecls.containsKey(n)) {
      vars.put(n, new Value.Unknown("cyclic variable " + n));
      Value v = eval(varDecls.get(n).value());
      vars.put(n, v);
      return v;
    }
    Object sym =
        resourceDecls.containsKey(n)
            ? resource(resourceDecls.get(n))
            : moduleDecls.containsKey(n) ? module(moduleDecls.get(n)) : null;
    if (sym instanceof Instance inst) {
      return new Value.Res(inst);
    }
    if (sym instanceof Value v) {
      return v;
    }
    if (sym instanceof List<?> list) {
      List<Value> items = new ArrayList<>();
      for (Object o : list) {
        items.add(o instanceof Instance i ? new Value.Res(i) : (Value) o);
      }
      return new Value.Arr(items);
    }
    return new Value.Unknown("unknown symbol " + n);
  }

  private Value member(Value t, String name, Expr.Member m) {
    if (t instanceof Value.Obj o) {
      return o.get(name);
    }
    if (t instanceof Value.Mod mod) {
      if (name.equals("outputs")) {
        return new Value.Obj(mod.run().outputs);
      }
      return new Value.Unknown("module property " + name);
    }
    if (t instanceof Value.Res r) {
      Instance i = r.inst();
      return switch (name) {
        case "id" -> new Value.Str(i.id());
        case "name" ->
            isPlaceholder(i.name())
                ? new Value.Unknown(
                    "an unknown name", i.name().substring(i.name().lastIndexOf('/') + 1))
                : new Value.Str(i.name().substring(i.name().lastIndexOf('/') + 1));
        case "properties" -> resourceProperties(i);
        case "identity" -> identity(i);
        default -> i.body().get(name);
      };
    }
    if (t instanceof Value.ScopeV s) {
      return switch (name) {
        case "id" ->
            s.sub() == null
                ? new Value.Unknown(
                    "the deployment subscription",
                    "/subscriptions/<?>" + (s.rg() == null ? "" : "/resourceGroups/" + s.rg()))
                : new Value.Str(
                    "/subscriptions/"
                        + s.sub()
                        + (s.rg() == null ? "" : "/resourceGroups/" + s.rg()));
        case "subscriptionId" ->
            s.sub() == null
                ? new Value.Unknown("the deployment subscription")
                : new Value.Str(s.sub());
        case "tenantId" -> new Value.Unknown("the tenant id of the deployment");
        case "name" ->
            s.rg() == null ? new Value.Unknown("the subscription name") : new Value.Str(s.rg());
        case "location" -> new Value.Unknown("the resource group location");
        default -> new Value.Unknown("scope property " + name);
      };
    }
    return t instanceof Value.Unknown
        ? t
        : new Value.Unknown("property " + name + " of a value that has none");
  }

  /**
   * The properties of a resource as seen from outside: its body's properties plus the values ARM
   * assigns at deployment, which stand for themselves (a managed identity's principal id is a
   * {@link Value.PrincipalId}, so role assignments can be traced to it).
   */
  private Value resourceProperties(Instance i) {
    Map<String, Value> m = new LinkedHashMap<>();
    if (i.body().get("properties") instanceof Value.Obj o) {
      m.putAll(o.fields());
    }
    if (i.type().equalsIgnoreCase("Microsoft.ManagedIdentity/userAssignedIdentities")) {
      m.put("principalId", new Value.PrincipalId(Principal.Deployed.userAssigned(i)));
      m.put("clientId", new Value.Unknown("a client id assigned at deployment"));
    }
    if (i.type().equalsIgnoreCase("Microsoft.Network/virtualNetworks")
        && m.get("subnets") instanceof Value.Arr subnets) {
      List<Value> withIds = new ArrayList<>();
      for (Value s : subnets.items()) {
        if (s instanceof Value.Obj so && Value.text(so.get("name")) != null) {
          Map<String, Value> f = new LinkedHashMap<>(so.fields());
          f.put("id", new Value.Str(i.id() + "/subnets/" + Value.text(so.get("name"))));
          withIds.add(new Value.Obj(f));
        } else {
          withIds.add(s);
        }
      }
      m.put("subnets", new Value.Arr(withIds));
    }
    return new Value.Obj(m);
  }

  private Value identity(Instance i) {
    Map<String, Value> m = new LinkedHashMap<>();
    if (i.body().get("identity") instanceof Value.Obj o) {
      m.putAll(o.fields());
    }
    m.put("principalId", new Value.PrincipalId(Principal.Deployed.systemAssigned(i)));
    return new Value.Obj(m);
  }

  private Value binary(Expr.Binary b) {
    Value l = eval(b.left());
    Value r = eval(b.right());
    switch (b.op()) {
      case "==", "!=" -> {
        String a = Value.text(l);
        String c = Value.text(r);
        if (l instanceof Value.Null || r instanceof Value.Null) {
          boolean eq = l instanceof Value.Null && r instanceof Value.Null;
          return new Value.Bool(b.op().equals("==") == eq);
        }
        if (a == null || c == null) {
          return new Value.Unknown("a comparison with an unknown side");
        }
        return new Value.Bool(b.op().equals("==") == a.equals(c));
      }
      case "&&", "||" -> {
        if (l instanceof Value.Bool x && r instanceof Value.Bool y) {
          return new Value.Bool(b.op().equals("&&") ? x.v() && y.v() : x.v() || y.v());
        }
        return new Value.Unknown("a boolean with an unknown side");
      }
      case "<", "<=", ">", ">=", "+", "-", "*", "/", "%" -> {
        if (l instanceof Value.Num x && r instanceof Value.Num y) {
          long a = x.v();
          long c = y.v();
          return switch (b.op()) {
            case "<" -> new Value.Bool(a < c);
            case "<=" -> new Value.Bool(a <= c);
            case ">" -> new Value.Bool(a > c);
            case ">=" -> new Value.Bool(a >= c);
            case "+" -> new Value.Num(a + c);
            case "-" -> new Value.Num(a - c);
            case "*" -> new Value.Num(a * c);
            default ->
                c == 0
                    ? new Value.Unknown("division by zero")
                    : new Value.Num(b.op().equals("/") ? a / c : a % c);
          };
        }
        return new Value.Unknown("arithmetic on an unknown value");
      }
      case "??" -> {
        return l instanceof Value.Null ? r : l;
      }
      default -> {
        return new Value.Unknown("operator " + b.op());
      }
    }
  }
}
