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
    subgraphs(sb, nodes(plan, ids));
    for (RoleGrant g : plan.grants()) {
      String edge =
          g.roleName().replace("Storage Blob Data ", "Blob ")
              + (g.container().isEmpty() ? "" : ": " + g.container());
      sb.append("  ").append(ids.get("id:" + g.principal()));
      sb.append(" -- \"").append(label(edge)).append("\" --> ");
      sb.append(ids.get("st:" + g.target())).append('\n');
    }
    internet(sb, plan, ids);
    return sb.toString();
  }

  /**
   * The node lines by tenant, then party: identities, the principals of grants that are not
   * identities of the plan, and storage accounts; {@code ids} gets each node's id.
   */
  private static Map<String, Map<String, List<String>>> nodes(Plan plan, Map<String, String> ids) {
    Map<String, Map<String, List<String>>> byTenantParty = new LinkedHashMap<>();
    Set<String> principals = new LinkedHashSet<>();
    for (IdentityPlan i : plan.identities()) {
      principals.add(i.name());
      String node = id(ids, "id", i.name()) + "([\"" + label(i.name()) + "\"])";
      add(byTenantParty, i.scope().tenant(), i.owner().key(), node);
    }
    for (RoleGrant g : plan.grants()) {
      if (principals.add(g.principal())) {
        String node = id(ids, "id", g.principal()) + "{{\"" + label(g.principal()) + "\"}}";
        add(byTenantParty, g.scope().tenant(), g.principalOwner().key(), node);
      }
    }
    for (StoragePlan s : plan.storages()) {
      String name = s.name() + (s.existing() ? " (existing)" : "");
      String node = id(ids, "st", s.name()) + "[(\"" + label(name) + "\")]";
      add(byTenantParty, s.scope().tenant(), s.owner().key(), node);
    }
    return byTenantParty;
  }

  private static void add(
      Map<String, Map<String, List<String>>> byTenantParty,
      String tenant,
      String party,
      String node) {
    byTenantParty
        .computeIfAbsent(tenant, k -> new LinkedHashMap<>())
        .computeIfAbsent(party, k -> new ArrayList<>())
        .add(node);
  }

  /** One subgraph a tenant, holding one subgraph a party. */
  private static void subgraphs(StringBuilder sb, Map<String, Map<String, List<String>>> nodes) {
    int t = 0;
    for (var tenant : nodes.entrySet()) {
      String title =
          tenant.getKey().equals(Scope.HOME) ? "orchestrator tenant" : "tenant " + tenant.getKey();
      sb.append("  subgraph tenant").append(t++).append("[\"").append(label(title)).append("\"]\n");
      int p = 0;
      for (var party : tenant.getValue().entrySet()) {
        sb.append("    subgraph t").append(t).append('p').append(p++);
        sb.append("[\"").append(label(party.getKey())).append("\"]\n");
        for (String n : party.getValue()) {
          sb.append("      ").append(n).append('\n');
        }
        sb.append("    end\n");
      }
      sb.append("  end\n");
    }
  }

  /** The internet, pointing at everything publicly reachable (a node of its own if need be). */
  private static void internet(StringBuilder sb, Plan plan, Map<String, String> ids) {
    List<Exposures.Exposure> exposed = Exposures.of(plan);
    if (exposed.isEmpty()) {
      return;
    }
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

  private static String id(Map<String, String> ids, String kind, String name) {
    return ids.computeIfAbsent(kind + ":" + name, k -> kind + ids.size());
  }

  /** Mermaid labels are quoted; quotes and angle brackets are replaced by entities. */
  static String label(String s) {
    return s.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }
}
