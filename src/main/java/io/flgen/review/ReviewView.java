package io.flgen.review;

import io.flgen.azure.BuiltInRoles;
import io.flgen.diag.Location;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.readiness.Readiness;
import io.flgen.readiness.ReadinessTable;
import io.flgen.render.Exposures;
import io.flgen.rules.Result;
import io.flgen.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What REVIEW.md says, decided before anything is printed: every count, grouping and condition of
 * its sections. {@link ReviewMarkdown} only prints it.
 *
 * @param complete whether the review may be signed off: it then says "nothing exposed" and "no
 *     findings" where that is so
 * @param findings the findings by entry, or one group without an entry when the folder is one
 *     deployment
 * @param drift what changed since generation; empty when the folder holds no manifest
 */
record ReviewView(
    String folder,
    boolean complete,
    Coverage coverage,
    Inventory inventory,
    Tally tally,
    List<AccessRow> access,
    List<ExposureRow> exposures,
    List<Boundary> boundaries,
    long crossingGrants,
    List<FindingGroup> findings,
    List<ReadinessTable.Row> readiness,
    long ready,
    String diagram,
    Optional<DriftView> drift,
    Gaps gaps) {

  /**
   * What was read and evaluated.
   *
   * @param entries the entries reviewed each as its own deployment; empty when the folder is one
   * @param unresolvedExpressions expressions not resolved statically, as the coverage counts them
   */
  record Coverage(
      int files,
      long bicepFiles,
      int unread,
      int problems,
      List<String> entries,
      int resources,
      int placeholders,
      int unresolvedExpressions) {}

  /** What the derived plan holds, checked at {@code stage}. */
  record Inventory(
      String stage,
      int storages,
      int identities,
      int grants,
      int privateEndpoints,
      int tenants,
      int exposures) {}

  /** The findings counted: open ones by severity, most severe first. */
  record Tally(long open, List<SeverityCount> bySeverity, long suppressed) {}

  record SeverityCount(long count, String label) {}

  /**
   * One role assignment.
   *
   * @param storeOwner who owns the data store and what it holds ({@code silo-a, silo}); null when
   *     the target is not a storage account of the plan
   * @param container the container the grant is scoped to; empty for the account
   * @param grantsKeys whether the role grants the account keys (full control, whatever the access)
   */
  record AccessRow(
      String principal,
      String principalOwner,
      String store,
      String storeOwner,
      String container,
      String role,
      boolean grantsKeys,
      String access) {}

  record ExposureRow(String name, String type, String owner, String exposure) {}

  /**
   * One tenant and what lives in it.
   *
   * @param home whether it is the orchestrator's tenant (which trusts no federated app)
   * @param trusts the federated apps of a partner tenant and the identity each trusts
   * @param awaitingApproval private endpoints into a partner tenant that it must approve
   */
  record Boundary(
      String tenant,
      boolean home,
      long storages,
      long grants,
      List<Trust> trusts,
      long awaitingApproval) {}

  record Trust(String app, String identity) {}

  /**
   * @param entry the entry the findings belong to; null when the folder is one deployment
   */
  record FindingGroup(String entry, List<FindingRow> rows) {}

  /**
   * @param via the module calls that reach the declaration, innermost first
   * @param waiver the justification of the waiver that suppresses it
   */
  record FindingRow(
      String severity,
      boolean suppressed,
      String ruleId,
      String target,
      Location where,
      List<Location> via,
      String message,
      Optional<String> waiver) {}

  /**
   * @param unchanged whether no file was edited, added or removed after generation
   * @param harmless whether files were edited or added but neither access nor exposure changed
   */
  record DriftView(
      ReviewResult.Drift files,
      boolean accessChanged,
      boolean exposureChanged,
      boolean unchanged,
      boolean harmless) {}

  /** What was not read, parsed, evaluated or resolved. */
  record Gaps(
      List<Location.Message> unread, List<Location.Message> problems, List<String> unresolved) {
    boolean none() {
      return unread.isEmpty() && problems.isEmpty() && unresolved.isEmpty();
    }
  }

  static ReviewView of(ReviewResult r, boolean allowUnresolved) {
    Plan p = r.plan();
    List<ExposureRow> exposures = exposures(p);
    List<ReadinessTable.Row> readiness = ReadinessTable.rows(Readiness.analyse(p));
    return new ReviewView(
        r.folder(),
        r.complete(allowUnresolved),
        coverage(r),
        new Inventory(
            r.report().stage().yamlName(),
            p.storages().size(),
            p.identities().size(),
            p.grants().size(),
            p.privateEndpoints().size(),
            p.tenants().size(),
            exposures.size()),
        tally(r),
        access(p),
        exposures,
        boundaries(p),
        crossingGrants(p),
        findings(r),
        readiness,
        readiness.stream().filter(ReadinessTable.Row::ready).count(),
        Mermaid.diagram(p),
        drift(r.drift()),
        new Gaps(r.unread(), r.problems(), r.unresolved()));
  }

  private static Coverage coverage(ReviewResult r) {
    return new Coverage(
        r.files().size(),
        r.files().stream().filter(f -> f.endsWith(".bicep")).count(),
        r.unread().size(),
        r.problems().size(),
        r.coverage().separate() ? r.coverage().entries() : List.of(),
        r.coverage().resources(),
        r.coverage().placeholders(),
        r.coverage().unresolved());
  }

  private static Tally tally(ReviewResult r) {
    long open = r.report().results().stream().filter(x -> !x.suppressed()).count();
    List<SeverityCount> bySeverity =
        List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW).stream()
            .map(s -> new SeverityCount(r.report().count(s, false), s.label()))
            .toList();
    return new Tally(open, bySeverity, r.report().results().size() - open);
  }

  private static List<AccessRow> access(Plan p) {
    Map<String, StoragePlan> byName =
        p.storages().stream().collect(Collectors.toMap(StoragePlan::name, s -> s, (a, b) -> a));
    List<AccessRow> rows = new ArrayList<>();
    for (RoleGrant g : p.grants()) {
      StoragePlan s = byName.get(g.target());
      rows.add(
          new AccessRow(
              g.principal(),
              g.principalOwner().key(),
              g.target(),
              s == null ? null : s.owner().key() + ", " + s.role().yamlName(),
              g.container(),
              g.roleName(),
              BuiltInRoles.byGuid(g.roleId()).map(role -> role.grantsKeys()).orElse(false),
              g.access()));
    }
    return rows;
  }

  private static List<ExposureRow> exposures(Plan p) {
    return Exposures.of(p).stream()
        .map(e -> new ExposureRow(e.name(), e.type(), e.owner(), e.exposure()))
        .toList();
  }

  private static List<Boundary> boundaries(Plan p) {
    List<Boundary> out = new ArrayList<>();
    for (String tenant : p.tenants()) {
      boolean home = tenant.equals(Scope.HOME);
      out.add(
          new Boundary(
              tenant,
              home,
              p.storages().stream().filter(s -> s.scope().tenant().equals(tenant)).count(),
              p.grants().stream().filter(g -> g.scope().tenant().equals(tenant)).count(),
              p.federations().stream()
                  .filter(f -> f.partnerTenant().equals(tenant))
                  .map(f -> new Trust(f.appName(), f.managedIdentity()))
                  .toList(),
              p.privateEndpoints().stream()
                  .filter(e -> e.targetScope().tenant().equals(tenant) && e.manualApproval())
                  .count()));
    }
    return out;
  }

  /** Role assignments whose principal is an identity of another tenant than the grant's. */
  private static long crossingGrants(Plan p) {
    return p.grants().stream().filter(g -> crossesTenants(p, g)).count();
  }

  private static boolean crossesTenants(Plan p, RoleGrant g) {
    for (IdentityPlan i : p.identities()) {
      if (i.name().equals(g.principal()) && !i.scope().tenant().equals(g.scope().tenant())) {
        return true;
      }
    }
    return false;
  }

  /** By entry (sorted) when the entries were reviewed as separate deployments; else one group. */
  private static List<FindingGroup> findings(ReviewResult r) {
    Map<String, List<FindingRow>> byEntry = new TreeMap<>();
    for (int i = 0; i < r.report().results().size(); i++) {
      String entry = r.coverage().separate() ? r.placement(i).entry() : "";
      byEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(finding(r, i));
    }
    return byEntry.entrySet().stream()
        .map(e -> new FindingGroup(r.coverage().separate() ? e.getKey() : null, e.getValue()))
        .toList();
  }

  private static FindingRow finding(ReviewResult r, int i) {
    Result x = r.report().results().get(i);
    List<Location> via = new ArrayList<>(r.placement(i).via());
    Collections.reverse(via);
    return new FindingRow(
        x.severity().label(),
        x.suppressed(),
        x.rule().id(),
        x.finding().target(),
        x.location(),
        via,
        x.finding().message(),
        x.suppression().map(Result.Suppression::justification));
  }

  private static Optional<DriftView> drift(ReviewResult.Drift d) {
    if (!d.manifest()) {
      return Optional.empty();
    }
    boolean accessChanged = !d.accessAdded().isEmpty() || !d.accessRemoved().isEmpty();
    boolean exposureChanged = !d.exposureAdded().isEmpty() || !d.exposureRemoved().isEmpty();
    return Optional.of(
        new DriftView(
            d,
            accessChanged,
            exposureChanged,
            d.edited().isEmpty() && d.missing().isEmpty() && d.added().isEmpty(),
            !(d.edited().isEmpty() && d.added().isEmpty()) && !accessChanged && !exposureChanged));
  }
}
