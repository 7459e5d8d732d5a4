package io.flgen.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What re-rendering and re-deploying a topology would change, read from two manifests: the one a
 * previous render wrote and the one a render of the topology now would write. Resources Azure
 * cannot change in place are marked replace, with the reason.
 *
 * @param added resources (type and id) the new deployment creates
 * @param removed resources it no longer declares (a complete-mode deployment would delete them)
 * @param replaced resources Azure must delete and create again, each with why
 * @param accessAdded access-matrix and service-access rows that appear
 * @param accessRemoved rows that disappear
 * @param exposureAdded internet exposure that appears
 * @param exposureRemoved exposure that disappears
 * @param filesChanged rendered files whose content changes (path, then added/removed/changed)
 * @param dataAssets data asset versions that appear, disappear or change ({@code name: version 1 ->
 *     2}): a new version is a new, immutable asset version to create
 */
public record ManifestDiff(
    List<String> added,
    List<String> removed,
    List<String> replaced,
    List<String> accessAdded,
    List<String> accessRemoved,
    List<String> exposureAdded,
    List<String> exposureRemoved,
    Map<String, String> filesChanged,
    List<String> dataAssets) {

  /** Whether a re-render would change nothing at all. */
  public boolean empty() {
    return added.isEmpty()
        && removed.isEmpty()
        && replaced.isEmpty()
        && accessAdded.isEmpty()
        && accessRemoved.isEmpty()
        && exposureAdded.isEmpty()
        && exposureRemoved.isEmpty()
        && filesChanged.isEmpty()
        && dataAssets.isEmpty();
  }

  /** This diff with {@code more} resources to replace (settings Azure cannot change in place). */
  public ManifestDiff withReplaced(List<String> more) {
    TreeSet<String> all = new TreeSet<>(replaced);
    all.addAll(more);
    return new ManifestDiff(
        added,
        removed,
        List.copyOf(all),
        accessAdded,
        accessRemoved,
        exposureAdded,
        exposureRemoved,
        filesChanged,
        dataAssets);
  }

  public static ManifestDiff of(JsonNode before, JsonNode after) {
    Map<String, JsonNode> was = byId(before.path("resources"));
    Map<String, JsonNode> now = byId(after.path("resources"));
    TreeSet<String> replaced = renamed(was, now);
    JsonNode tBefore = before.path("topologySource");
    JsonNode tAfter = after.path("topologySource");
    fixedAtCreation(tBefore, tAfter, was, now, replaced);
    return new ManifestDiff(
        onlyIn(now, was),
        onlyIn(was, now),
        List.copyOf(replaced),
        minus(rows(after), rows(before)),
        minus(rows(before), rows(after)),
        minus(exposure(after), exposure(before)),
        minus(exposure(before), exposure(after)),
        files(before, after),
        assets(before, after));
  }

  /** The labels of the resources of {@code these} whose id {@code others} lacks, in order. */
  private static List<String> onlyIn(Map<String, JsonNode> these, Map<String, JsonNode> others) {
    List<String> out = new ArrayList<>();
    these.forEach(
        (id, r) -> {
          if (!others.containsKey(id)) {
            out.add(label(r));
          }
        });
    return List.copyOf(out);
  }

  /**
   * A resource's name is part of its id: a new name of the same type and owner is a new resource.
   */
  private static TreeSet<String> renamed(Map<String, JsonNode> was, Map<String, JsonNode> now) {
    TreeSet<String> replaced = new TreeSet<>();
    for (JsonNode r : now.values()) {
      if (was.containsKey(r.path("id").asString(""))) {
        continue;
      }
      for (JsonNode o : was.values()) {
        if (!now.containsKey(o.path("id").asString(""))
            && same(o, r, "type")
            && same(o, r, "owner")) {
          replaced.add(
              label(o) + " -> " + r.path("name").asString("") + ": a name cannot change in place");
        }
      }
    }
    return replaced;
  }

  /** Each data asset whose version differs, appears or disappears, by name. */
  private static List<String> assets(JsonNode before, JsonNode after) {
    Map<String, String> a = versions(before);
    Map<String, String> b = versions(after);
    List<String> out = new ArrayList<>();
    b.forEach(
        (name, v) -> {
          if (!a.containsKey(name)) {
            out.add(name + ": new, version " + v);
          } else if (!a.get(name).equals(v)) {
            out.add(name + ": version " + a.get(name) + " -> " + v);
          }
        });
    a.forEach(
        (name, v) -> {
          if (!b.containsKey(name)) {
            out.add(name + ": no longer used (was version " + v + ")");
          }
        });
    return List.copyOf(out);
  }

  private static Map<String, String> versions(JsonNode manifest) {
    Map<String, String> m = new TreeMap<>();
    manifest
        .path("dataAssets")
        .forEach(x -> m.put(x.path("name").asString(""), x.path("version").asString("")));
    return m;
  }

  /**
   * Settings fixed at creation: the location of every resource flgen writes, and the workspace's
   * high-business-impact flag. A change of either replaces the resource.
   */
  private static void fixedAtCreation(
      JsonNode tBefore,
      JsonNode tAfter,
      Map<String, JsonNode> was,
      Map<String, JsonNode> now,
      TreeSet<String> replaced) {
    Map<String, String> regionBefore = regions(tBefore);
    Map<String, String> regionAfter = regions(tAfter);
    for (JsonNode r : was.values()) {
      String owner = r.path("owner").asString("");
      String a = regionBefore.get(owner);
      String b = regionAfter.get(owner);
      if (a != null
          && b != null
          && !a.equals(b)
          && now.containsKey(r.path("id").asString(""))
          && !r.path("existing").asBoolean(false)) {
        replaced.add(
            label(r) + ": region " + a + " -> " + b + " (a location cannot change in place)");
      }
    }
    JsonNode hbiA = tBefore.path("orchestrator").path("workspace").path("hbi");
    JsonNode hbiB = tAfter.path("orchestrator").path("workspace").path("hbi");
    if (!Objects.equals(hbiA.asString(""), hbiB.asString(""))
        && (hbiA.isBoolean() || hbiB.isBoolean())) {
      for (JsonNode r : now.values()) {
        if (r.path("type").asString("").equals("Microsoft.MachineLearningServices/workspaces")
            && was.containsKey(r.path("id").asString(""))) {
          replaced.add(
              label(r)
                  + ": hbi "
                  + hbiA.asString("false")
                  + " -> "
                  + hbiB.asString("false")
                  + " (the high-business-impact flag is set at creation only)");
        }
      }
    }
  }

  private static boolean same(JsonNode a, JsonNode b, String field) {
    return a.path(field).asString("").equals(b.path(field).asString(""));
  }

  private static String label(JsonNode r) {
    return r.path("type").asString("")
        + " "
        + r.path("name").asString("")
        + " ("
        + r.path("owner").asString("")
        + ")";
  }

  private static Map<String, JsonNode> byId(JsonNode list) {
    Map<String, JsonNode> m =
        new TreeMap<>(String.CASE_INSENSITIVE_ORDER); // Azure ids compare case-insensitively
    list.forEach(r -> m.put(r.path("id").asString(""), r));
    return m;
  }

  /** Region of each party: the orchestrator's, and each silo's by name. */
  private static Map<String, String> regions(JsonNode t) {
    Map<String, String> m = new LinkedHashMap<>();
    if (t.path("orchestrator").has("region")) {
      m.put("orchestrator", t.path("orchestrator").path("region").asString(""));
    }
    t.path("silos")
        .forEach(
            s -> {
              if (s.has("region")) {
                m.put(s.path("name").asString(""), s.path("region").asString(""));
              }
            });
    return m;
  }

  /** Each grant as one line: the access matrix's, then the service grants' with their kind. */
  private static TreeSet<String> rows(JsonNode manifest) {
    TreeSet<String> out = new TreeSet<>();
    manifest.path("accessMatrix").forEach(g -> out.add(row(g, "")));
    manifest
        .path("serviceAccess")
        .forEach(g -> out.add(row(g, g.path("targetKind").asString("") + " ")));
    return out;
  }

  private static String row(JsonNode g, String kind) {
    return String.join(
        " | ",
        g.path("principal").asString(""),
        g.path("role").asString(""),
        kind + g.path("target").asString(""),
        g.path("access").asString(""));
  }

  private static TreeSet<String> exposure(JsonNode manifest) {
    TreeSet<String> out = new TreeSet<>();
    manifest
        .path("exposure")
        .forEach(
            e -> out.add(e.path("name").asString("") + ": " + e.path("exposure").asString("")));
    return out;
  }

  private static List<String> minus(TreeSet<String> a, TreeSet<String> b) {
    List<String> out = new ArrayList<>(a);
    out.removeAll(b);
    return List.copyOf(out);
  }

  private static Map<String, String> files(JsonNode before, JsonNode after) {
    Map<String, String> out = new TreeMap<>();
    JsonNode a = before.path("files");
    JsonNode b = after.path("files");
    b.propertyNames()
        .forEach(
            p -> {
              if (!a.has(p)) {
                out.put(p, "added");
              } else if (!a.path(p).equals(b.path(p))) {
                out.put(p, "changed");
              }
            });
    a.propertyNames()
        .forEach(
            p -> {
              if (!b.has(p)) {
                out.put(p, "removed");
              }
            });
    return out;
  }
}
