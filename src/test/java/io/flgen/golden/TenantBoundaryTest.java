package io.flgen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.bind.TopologyLoader;
import io.flgen.plan.Plan;
import io.flgen.plan.Planner;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each tenant's Bicep bundle only assigns roles inside that tenant: the orchestrator tenant's
 * {@code infra/main.bicep} and each partner's {@code infra/tenants/<tenant>/main.bicep} scope every
 * role-assignment module to a resource group in a subscription of their own tenant, and together
 * they deploy every grant of the plan exactly once.
 */
class TenantBoundaryTest {

  static final String HOME_BUNDLE = "infra/main.bicep";
  static final Set<String> ROLE_ASSIGNMENT_MODULES =
      Set.of("modules/storage-role-assignment.bicep", "modules/container-role-assignment.bicep");

  /** A top-level module declaration: symbol, path and body up to the closing brace in column 0. */
  static final Pattern MODULE =
      Pattern.compile(
          "(?ms)^module\\s+(\\w+)\\s+'([^']+)'\\s*=\\s*(?:if\\s*\\([^\\n]*\\)\\s*)?\\{\\n(.*?)^\\}");

  /** The module's own scope line (two-space indent, so nested objects do not match). */
  static final Pattern RG_SCOPE =
      Pattern.compile("(?m)^  scope:\\s*resourceGroup\\('([^']*)',\\s*'([^']*)'\\)\\s*$");

  /** One role-assignment module of a bundle. */
  record RoleModule(
      String bundle,
      String symbol,
      String path,
      String subscription,
      String resourceGroup,
      String body) {
    String where() {
      return bundle + ": module " + symbol + " ('" + path + "')";
    }
  }

  static List<String> blueprints() {
    return Blueprints.renderable();
  }

  static Plan plan(String blueprint) {
    TopologyLoader.Result r = Blueprints.load(blueprint);
    assertTrue(r.ok(), () -> blueprint + " is invalid: " + r.diagnostics());
    return Planner.plan(r.topology());
  }

  /** The bundle file of a tenant key ({@code home} or a partner tenant id). */
  static String bundleOf(String tenant) {
    return Scope.HOME.equals(tenant) ? HOME_BUNDLE : "infra/tenants/" + tenant + "/main.bicep";
  }

  /**
   * Every role-assignment module of one bundle; a module without a literal resource-group scope is
   * a problem.
   */
  static List<RoleModule> roleModules(String bundle, String source, List<String> problems) {
    List<RoleModule> out = new ArrayList<>();
    Matcher m = MODULE.matcher(source);
    while (m.find()) {
      String symbol = m.group(1);
      String path = m.group(2);
      if (!ROLE_ASSIGNMENT_MODULES.contains(path)) {
        continue;
      }
      String body = m.group(3);
      Matcher s = RG_SCOPE.matcher(body);
      if (!s.find()) {
        problems.add(
            bundle
                + ": module "
                + symbol
                + " ('"
                + path
                + "') has no literal scope: resourceGroup('<subscription>', '<resource group>')");
        continue;
      }
      out.add(new RoleModule(bundle, symbol, path, s.group(1), s.group(2), body));
    }
    return out;
  }

  /**
   * Subscriptions the home bundle may assign roles in: its resource groups and home-tenant existing
   * storage.
   */
  static Set<String> homeSubscriptions(Plan plan) {
    Set<String> subs = new TreeSet<>();
    plan.resourceGroups().forEach(rg -> subs.add(rg.subscriptionId()));
    plan.storages().stream()
        .filter(StoragePlan::existing)
        .filter(s -> s.scope().isHome())
        .forEach(s -> subs.add(s.scope().subscriptionId()));
    return subs;
  }

  /** Subscriptions of each partner tenant: where its storage accounts live. */
  static Map<String, Set<String>> partnerSubscriptions(Plan plan) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (StoragePlan s : plan.storages()) {
      if (!s.scope().isHome()) {
        out.computeIfAbsent(s.scope().tenant(), t -> new TreeSet<>())
            .add(s.scope().subscriptionId());
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void roleAssignmentsStayInTheirTenant(String blueprint) {
    Plan plan = plan(blueprint);
    Map<String, String> files = Blueprints.render(blueprint).asMap();
    Set<String> home = homeSubscriptions(plan);
    Map<String, Set<String>> partners = partnerSubscriptions(plan);
    List<String> problems = new ArrayList<>();

    Set<String> allPartnerSubs = new TreeSet<>();
    partners.values().forEach(allPartnerSubs::addAll);
    Set<String> shared = new TreeSet<>(home);
    shared.retainAll(allPartnerSubs);
    assertEquals(
        Set.of(),
        shared,
        blueprint
            + ": a subscription belongs to exactly one tenant, but these are "
            + "used by the home tenant and a partner tenant: "
            + shared);

    // Bundles: home plus one per partner tenant of the plan.
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    allowed.put(Scope.HOME, home);
    partners.forEach(allowed::put);
    for (String t : plan.tenants()) {
      allowed.putIfAbsent(t, Set.of());
    }

    int modules = 0;
    for (Map.Entry<String, Set<String>> e : allowed.entrySet()) {
      String tenant = e.getKey();
      String bundle = bundleOf(tenant);
      String source = files.get(bundle);
      if (source == null) {
        problems.add(bundle + " is missing: tenant " + tenant + " has resources in the plan");
        continue;
      }
      List<RoleModule> found = roleModules(bundle, source, problems);
      modules += found.size();
      for (RoleModule rm : found) {
        if (!e.getValue().contains(rm.subscription())) {
          problems.add(
              rm.where()
                  + " is scoped to subscription "
                  + rm.subscription()
                  + " (resource group "
                  + rm.resourceGroup()
                  + "), which is not a subscription of tenant "
                  + tenant
                  + " "
                  + e.getValue());
        }
        if (Scope.HOME.equals(tenant)) {
          for (String partnerSub : allPartnerSubs) {
            if (rm.body().contains(partnerSub)) {
              problems.add(rm.where() + " mentions partner subscription " + partnerSub);
            }
          }
        }
      }
      long expected = plan.grants().stream().filter(g -> g.scope().tenant().equals(tenant)).count();
      if (found.size() != expected) {
        problems.add(
            bundle
                + " has "
                + found.size()
                + " role-assignment modules, the plan has "
                + expected
                + " grants in tenant "
                + tenant);
      }
      if (!Scope.HOME.equals(tenant) && found.isEmpty()) {
        problems.add(
            bundle
                + " (partner tenant "
                + tenant
                + ") assigns no role: its federated app could not read its data");
      }
    }

    // No other bundle may exist under infra/tenants/ (home/ holds scripts only).
    for (String path : files.keySet()) {
      if (path.startsWith("infra/tenants/")
          && path.endsWith("/main.bicep")
          && !allowed.containsKey(
              path.substring("infra/tenants/".length(), path.length() - "/main.bicep".length()))) {
        problems.add(path + " is a bundle of a tenant the plan does not have");
      }
    }

    assertEquals(List.of(), problems, () -> blueprint + ":\n  " + String.join("\n  ", problems));
    assertTrue(modules > 0, blueprint + ": no role-assignment module found in any bundle");
    assertEquals(
        plan.grants().size(),
        modules,
        blueprint
            + ": role-assignment modules across all bundles must equal the plan's grants "
            + grantList(plan));
  }

  private static String grantList(Plan plan) {
    StringBuilder sb = new StringBuilder();
    for (RoleGrant g : plan.grants()) {
      sb.append("\n  ")
          .append(g.principal())
          .append(" -> ")
          .append(g.roleName())
          .append(" on ")
          .append(g.targetPath())
          .append(" [")
          .append(g.scope().tenant())
          .append(' ')
          .append(g.scope().subscriptionId())
          .append(']');
    }
    return sb.toString();
  }
}
