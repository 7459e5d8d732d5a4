package io.flgen.live.audit;

import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import com.azure.resourcemanager.storage.fluent.models.StorageAccountInner;
import com.azure.resourcemanager.storage.models.DefaultAction;
import com.azure.resourcemanager.storage.models.PublicNetworkAccess;
import io.flgen.azure.BuiltInRoles;
import io.flgen.live.Arm;
import io.flgen.live.Checks;
import io.flgen.live.audit.AuditManifest.Grant;
import io.flgen.live.audit.AuditManifest.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a deployment with its manifest: the role assignments at, above and below every storage
 * account, registry, vault and workspace the manifest lists, against the planned access matrix; and
 * the security settings of the accounts flgen created against what it wrote. Read-only.
 */
public final class Audit {
  /** api-version of the managed identity read through the generic resource API. */
  static final String IDENTITY_API = "2023-01-31";

  static final String UNRESOLVED = "";

  /**
   * One line of the access matrix.
   *
   * @param status {@code ok}, {@code missing} (planned, not live), {@code extra} (live, not
   *     planned) or {@code not compared} (the manifest has no object id for the principal)
   * @param where for live grants: {@code at}, {@code above} or {@code below} the audited resource
   */
  public record Row(
      String principal,
      String role,
      String scope,
      String status,
      String where,
      boolean grantsKeys) {}

  /** A live setting that differs from what flgen wrote. */
  public record Drift(String account, String setting, String planned, String live) {}

  public record Outcome(List<Row> rows, List<Drift> drift, List<Checks.Inconclusive> inconclusive) {
    public long count(String status) {
      return rows.stream().filter(r -> r.status().equals(status)).count();
    }

    /** True when live matches the plan: no extra or missing grant and no drift. */
    public boolean clean() {
      return count("extra") == 0 && count("missing") == 0 && drift.isEmpty();
    }
  }

  private final AuditManifest manifest;
  private final Arm arm;
  private final Checks checks;
  private final Map<String, String> principalIds = new ConcurrentHashMap<>();
  private final Map<String, RoleAssignmentInner> live = new ConcurrentHashMap<>();
  private final List<Drift> drift = Collections.synchronizedList(new ArrayList<>());

  private Audit(AuditManifest manifest, Arm arm) {
    this.manifest = manifest;
    this.arm = arm;
    this.checks = new Checks(arm);
  }

  public static Outcome run(AuditManifest manifest, Arm arm) {
    Audit a = new Audit(manifest, arm);
    a.identityChecks();
    a.assignmentChecks();
    a.settingChecks();
    a.checks.run(null);
    return a.compare();
  }

  private static String subscription(String id) {
    String[] p = id.split("/");
    for (int i = 0; i + 1 < p.length; i++) {
      if (p[i].equalsIgnoreCase("subscriptions")) {
        return p[i + 1];
      }
    }
    return "";
  }

  private void identityChecks() {
    manifest
        .identities()
        .forEach(
            (name, ref) ->
                checks.add(
                    "managed identity principal id",
                    name,
                    () ->
                        arm.resources(null, ref.subscriptionId())
                            .genericResources()
                            .getByIdAsync(ref.id().substring(1), IDENTITY_API),
                    r -> {
                      Object id =
                          r.properties() instanceof Map<?, ?> m ? m.get("principalId") : null;
                      if (id != null) {
                        principalIds.put(name, id.toString());
                      }
                    },
                    () -> principalIds.put(name, UNRESOLVED)));
  }

  private void assignmentChecks() {
    for (Resource r : manifest.auditedScopes()) {
      // without $filter the list holds the assignments at, above and below the scope, in pages
      // joined by nextLink
      checks.add(
          "role assignments",
          r.name(),
          () ->
              arm.authorization(null, subscription(r.id()))
                  .roleServiceClient()
                  .getRoleAssignments()
                  .listForScopeAsync(r.id().substring(1))
                  .collectList(),
          list -> list.forEach(x -> live.putIfAbsent(x.id().toLowerCase(java.util.Locale.ROOT), x)),
          null);
    }
  }

  private void settingChecks() {
    for (Resource r : manifest.resources()) {
      if (!r.type().equals("Microsoft.Storage/storageAccounts") || r.existing()) {
        continue;
      }
      String[] p = r.id().split("/");
      String rg = p.length > 4 ? p[4] : "";
      checks.add(
          "storage account settings",
          r.name(),
          () ->
              arm.storage(null, subscription(r.id()))
                  .serviceClient()
                  .getStorageAccounts()
                  .getByResourceGroupAsync(rg, r.name()),
          a -> drift(r.name(), a),
          null);
    }
  }

  /**
   * flgen writes every account hardened; only the public ones of the plan keep a public endpoint.
   */
  private void drift(String name, StorageAccountInner a) {
    boolean planPublic = manifest.publicAccounts().contains(name);
    String pna = a.publicNetworkAccess() == null ? "Enabled" : a.publicNetworkAccess().toString();
    if (!planPublic && a.publicNetworkAccess() != PublicNetworkAccess.DISABLED) {
      drift.add(new Drift(name, "publicNetworkAccess", "Disabled", pna));
    }
    if (a.allowSharedKeyAccess() == null || a.allowSharedKeyAccess()) {
      drift.add(new Drift(name, "allowSharedKeyAccess", "false", "true"));
    }
    String tls = a.minimumTlsVersion() == null ? "TLS1_0" : a.minimumTlsVersion().toString();
    if (!"TLS1_2".equals(tls) && !"TLS1_3".equals(tls)) {
      drift.add(new Drift(name, "minimumTlsVersion", "TLS1_2", tls));
    }
    if (!planPublic
        && (a.networkRuleSet() == null
            || a.networkRuleSet().defaultAction() != DefaultAction.DENY)) {
      drift.add(new Drift(name, "networkAcls.defaultAction", "Deny", "Allow"));
    }
  }

  private String objectId(String principal) {
    if (principal.matches(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      return principal.toLowerCase(java.util.Locale.ROOT);
    }
    String id = principalIds.get(principal);
    return id == null || id.isEmpty() ? null : id.toLowerCase(java.util.Locale.ROOT);
  }

  private static String guid(String roleDefinitionId) {
    return roleDefinitionId
        .substring(roleDefinitionId.lastIndexOf('/') + 1)
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static String roleName(String guid) {
    return BuiltInRoles.byGuid(guid).map(BuiltInRoles.Role::name).orElse(guid);
  }

  private static boolean grantsKeys(String guid) {
    return BuiltInRoles.byGuid(guid).map(BuiltInRoles.Role::grantsKeys).orElse(false);
  }

  private static boolean within(String scope, String ancestor) {
    String s = scope.toLowerCase(java.util.Locale.ROOT);
    String a = ancestor.toLowerCase(java.util.Locale.ROOT);
    return s.equals(a) || s.startsWith(a + "/");
  }

  /**
   * The audited resource a live assignment's scope is at or below, or the first one it is above.
   */
  private Optional<String[]> relation(String scope) {
    for (Resource r : manifest.auditedScopes()) {
      if (within(scope, r.id())) {
        return Optional.of(new String[] {r.id(), scope.equalsIgnoreCase(r.id()) ? "at" : "below"});
      }
    }
    for (Resource r : manifest.auditedScopes()) {
      if (within(r.id(), scope)) {
        return Optional.of(new String[] {r.id(), "above"});
      }
    }
    return Optional.empty();
  }

  private Outcome compare() {
    List<Row> rows = new ArrayList<>();
    List<RoleAssignmentInner> matched = new ArrayList<>();
    for (Grant g : manifest.grants()) {
      rows.add(planned(g, matched));
    }
    Map<String, String> names = new LinkedHashMap<>();
    principalIds.forEach((name, id) -> names.put(id.toLowerCase(java.util.Locale.ROOT), name));
    for (RoleAssignmentInner x : live.values()) {
      if (!matched.contains(x)) {
        extra(x, names).ifPresent(rows::add);
      }
    }
    rows.sort(
        Comparator.comparing(Row::status)
            .thenComparing(Row::scope)
            .thenComparing(Row::principal)
            .thenComparing(Row::role));
    List<Drift> d = new ArrayList<>(drift);
    d.sort(Comparator.comparing(Drift::account).thenComparing(Drift::setting));
    return new Outcome(List.copyOf(rows), List.copyOf(d), checks.inconclusive());
  }

  /**
   * The row of a planned grant: ok when a live assignment matches it (added to {@code matched}),
   * missing when none does, not compared without a scope or object id.
   */
  private Row planned(Grant g, List<RoleAssignmentInner> matched) {
    Optional<String> scope = manifest.scopeOf(g.target());
    String oid = objectId(g.principal());
    boolean keys = grantsKeys(g.roleDefinitionId());
    if (scope.isEmpty() || oid == null) {
      return new Row(g.principal(), g.role(), g.target(), "not compared", "", keys);
    }
    Optional<RoleAssignmentInner> hit =
        live.values().stream()
            .filter(
                x ->
                    oid.equalsIgnoreCase(x.principalId())
                        && guid(x.roleDefinitionId()).equals(g.roleDefinitionId())
                        && within(scope.get(), x.scope()))
            .findFirst();
    hit.ifPresent(matched::add);
    String status = hit.isPresent() ? "ok" : "missing";
    return new Row(g.principal(), g.role(), display(scope.get()), status, "", keys);
  }

  /**
   * The row of a live assignment nothing planned, if it is at, below or above an audited resource;
   * above one, only what reaches its data or its keys is reported: inherited Reader is noise.
   */
  private Optional<Row> extra(RoleAssignmentInner x, Map<String, String> names) {
    Optional<String[]> rel = relation(x.scope());
    if (rel.isEmpty()) {
      return Optional.empty();
    }
    String guid = guid(x.roleDefinitionId());
    boolean keys = grantsKeys(guid);
    boolean data = BuiltInRoles.byGuid(guid).map(BuiltInRoles.Role::dataPlane).orElse(false);
    if (rel.get()[1].equals("above") && !keys && !data) {
      return Optional.empty();
    }
    String who =
        names.getOrDefault(
            x.principalId().toLowerCase(java.util.Locale.ROOT),
            x.principalId() + (x.principalType() == null ? "" : " (" + x.principalType() + ")"));
    return Optional.of(
        new Row(who, roleName(guid), display(x.scope()), "extra", rel.get()[1], keys));
  }

  /**
   * A scope as people read it: the resource's name, with its container, or the group or
   * subscription.
   */
  static String display(String scope) {
    String[] p = scope.split("/");
    if (p.length >= 9) {
      String s = p[8];
      int c = java.util.Arrays.asList(p).indexOf("containers");
      return c > 0 && c + 1 < p.length ? s + "/" + p[c + 1] : s;
    }
    if (p.length >= 5) {
      return "resource group " + p[4];
    }
    if (p.length >= 3) {
      return "subscription " + p[2];
    }
    return scope;
  }
}
