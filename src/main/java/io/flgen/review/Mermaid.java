package io.flgen.review;

import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.render.Exposures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid flowchart of a plan, as GitHub renders it: one subgraph per tenant and party,
 * identities and data stores as nodes, role grants as labelled edges, and the internet pointing at
 * everything publicly reachable.
 */
public final class Mermaid {
  private Mermaid() {}

  public static String diagram(Plan plan) {
    Map<String, String> ids = new LinkedHashMap<>();
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    Map<String, Map<String, List<String>>> byTenantParty = new LinkedHashMap<>();
    for (IdentityPlan i : plan.identities()) {
      String id = id(ids, "id", i.name());
      byTenantParty
          .computeIfAbsent(i.scope().tenant(), k -> new LinkedHashMap<>())
          .computeIfAbsent(i.owner().key(), k -> new ArrayList<>())
          .add(id + "([\"" + label(i.name()) + "\"])");
    }
    Set<String> principals = new LinkedHashSet<>();
    plan.identities().forEach(i -> principals.add(i.name()));
    for (RoleGrant g : plan.grants()) {
      if (!principals.contains(g.principal())) {
        principals.add(g.principal());
        String id = id(ids, "id", g.principal());
        byTenantParty
            .computeIfAbsent(g.scope().tenant(), k -> new LinkedHashMap<>())
            .computeIfAbsent(g.principalOwner().key(), k -> new ArrayList<>())
            .add(id + "{{\"" + label(g.principal()) + "\"}}");
      }
    }
    for (StoragePlan s : plan.storages()) {
      String id = id(ids, "st", s.name());
      byTenantParty
          .computeIfAbsent(s.scope().tenant(), k -> new LinkedHashMap<>())
          .computeIfAbsent(s.owner().key(), k -> new ArrayList<>())
          .add(id + "[(\"" + label(s.name() + (s.existing() ? " (existing)" : "")) + "\")]");
    }
    int t = 0;
    for (var tenant : byTenantParty.entrySet()) {
      String title =
          tenant.getKey().equals(Scope.HOME) ? "orchestrator tenant" : "tenant " + tenant.getKey();
      sb.append("  subgraph tenant").append(t++).append("[\"").append(label(title)).append("\"]\n");
      int p = 0;
      for (var party : tenant.getValue().entrySet()) {
        sb.append("    subgraph ")
            .append("t")
            .append(t)
            .append("p")
            .append(p++)
            .append("[\"")
            .append(label(party.getKey()))
            .append("\"]\n");
        for (String n : party.getValue()) {
          sb.append("      ").append(n).append('\n');
        }
        sb.append("    end\n");
      }
      sb.append("  end\n");
    }
    for (RoleGrant g : plan.grants()) {
      String edge =
          g.roleName().replace("Storage Blob Data ", "Blob ")
              + (g.container().isEmpty() ? "" : ": " + g.container());
      sb.append("  ")
          .append(ids.get("id:" + g.principal()))
          .append(" -- \"")
          .append(label(edge))
          .append("\" --> ")
          .append(ids.get("st:" + g.target()))
          .append('\n');
    }
    List<Exposures.Exposure> exposed = Exposures.of(plan);
    if (!exposed.isEmpty()) {
      sb.append("  internet((\"Internet\"))\n");
      for (Exposures.Exposure e : exposed) {
        String name = e.name();
        String target = ids.get("st:" + name);
        if (target == null) {
          target = id(ids, "x", name);
          sb.append("  ").append(target).append("[\"").append(label(name)).append("\"]\n");
        }
        sb.append("  internet -.-> ").append(target).append('\n');
      }
    }
    return sb.toString();
  }

  private static String id(Map<String, String> ids, String kind, String name) {
    return ids.computeIfAbsent(kind + ":" + name, k -> kind + ids.size());
  }

  /** Mermaid labels are quoted; quotes and angle brackets are replaced by entities. */
  static String label(String s) {
    return s.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }
}
