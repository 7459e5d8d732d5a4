package io.flgen.review;

import io.flgen.diag.Location;
import io.flgen.review.bicep.BicepParser;
import io.flgen.review.bicep.ParseResult;
import io.flgen.review.bicep.SyntaxError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameter values of an entry (issue 13 item 2): {@code <entry>.bicepparam}, else {@code
 * <entry>.parameters.json}, else {@code main.parameters.json} beside it, or the file {@code
 * --parameters} names. A parameter the file does not set keeps its default, or stays a placeholder
 * when it has none. A Key Vault reference is unknown.
 */
final class ParameterFiles {
  private static final Pattern PARAM =
      Pattern.compile("(?m)^([ \\t]*)param[ \\t]+([A-Za-z_][A-Za-z0-9_]*)[ \\t]*=");
  private static final Pattern USING = Pattern.compile("(?m)^[ \\t]*using[ \\t][^\\n]*$");

  private ParameterFiles() {}

  static Map<String, Value> forEntry(
      String entry,
      SortedMap<String, String> files,
      Optional<String> chosen,
      Value.ScopeV scope,
      List<Location.Message> problems,
      List<String> unresolved) {
    Optional<String> file = chosen.isPresent() ? chosen : pick(entry, files);
    Map<String, Value> out = new LinkedHashMap<>();
    if (file.isEmpty()) {
      return out;
    }
    String text = files.get(file.get());
    if (text == null) {
      problems.add(
          new Location.Message(
              new Location(file.get(), 1, 1),
              "the parameters file is not in the folder; not used"));
      return out;
    }
    if (file.get().endsWith(".bicepparam")) {
      bicepparam(file.get(), text, scope, out, problems, unresolved);
    } else {
      json(file.get(), text, out, problems);
    }
    return out;
  }

  private static Optional<String> pick(String entry, SortedMap<String, String> files) {
    String base = entry.substring(0, entry.length() - ".bicep".length());
    int slash = entry.lastIndexOf('/');
    String dir = slash < 0 ? "" : entry.substring(0, slash + 1);
    for (String c :
        List.of(base + ".bicepparam", base + ".parameters.json", dir + "main.parameters.json")) {
      if (files.containsKey(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * A .bicepparam file read as Bicep: each {@code param x = ...} evaluated like a variable, {@code
   * using} ignored.
   */
  private static void bicepparam(
      String file,
      String text,
      Value.ScopeV scope,
      Map<String, Value> out,
      List<Location.Message> problems,
      List<String> unresolved) {
    List<String> names = new ArrayList<>();
    Matcher m = PARAM.matcher(text);
    while (m.find()) {
      names.add(m.group(2));
    }
    // same lines and columns as the file: 'using' becomes blank, 'param' becomes 'var  '
    StringBuilder src =
        new StringBuilder(
            PARAM.matcher(USING.matcher(text).replaceAll("")).replaceAll("$1var   $2 ="));
    src.append('\n');
    names.forEach(n -> src.append("output ").append(n).append(" object = ").append(n).append('\n'));
    ParseResult r = BicepParser.parse(src.toString(), file);
    for (SyntaxError e : r.errors()) {
      problems.add(new Location.Message(new Location(file, e.line(), e.column()), e.message()));
    }
    if (r.file().isEmpty()) {
      return;
    }
    Deployment d =
        Deployment.run(
            file,
            r.file().get(),
            scope,
            new LinkedHashMap<>(),
            (f, p) -> Optional.empty(),
            new ArrayList<>(),
            unresolved);
    out.putAll(d.outputs);
  }

  private static void json(
      String file, String text, Map<String, Value> out, List<Location.Message> problems) {
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(text);
    } catch (RuntimeException e) {
      problems.add(
          new Location.Message(
              new Location(file, 1, 1), "not valid JSON; its parameters are not used"));
      return;
    }
    root.path("parameters")
        .properties()
        .forEach(
            e -> {
              JsonNode v = e.getValue();
              out.put(
                  e.getKey(),
                  v.has("value")
                      ? value(v.get("value"))
                      : new Value.Unknown(
                          "parameter " + e.getKey() + " is a Key Vault reference in " + file));
            });
  }

  static Value value(JsonNode n) {
    if (n.isString()) {
      return new Value.Str(n.asString());
    }
    if (n.isIntegralNumber()) {
      return new Value.Num(n.asLong());
    }
    if (n.isBoolean()) {
      return new Value.Bool(n.asBoolean());
    }
    if (n.isArray()) {
      List<Value> items = new ArrayList<>();
      n.forEach(x -> items.add(value(x)));
      return new Value.Arr(items);
    }
    if (n.isObject()) {
      Map<String, Value> m = new LinkedHashMap<>();
      n.properties().forEach(e -> m.put(e.getKey(), value(e.getValue())));
      return new Value.Obj(m);
    }
    return n.isNull() ? new Value.Null() : new Value.Unknown("a value flgen does not read");
  }
}
