package io.flgen.plan;

import io.flgen.azure.NameKind;
import io.flgen.diag.Codes;
import io.flgen.diag.Diagnostic;
import io.flgen.diag.Locator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every name the plan gives ({@link Plan#plannedNames()}) against its Azure rule (FLG201)
 * and against every other name of the same kind (FLG202), before anything is rendered. The planner
 * decides the names and records where each comes from; this check only judges them. The message
 * shows the resolved value, what it was built from, and the limit.
 */
public final class NameCheck {
  private final Locator where;
  private final List<Diagnostic> out = new ArrayList<>();

  /** kind -> resolved name (lower case) -> the claim of the party that named it first. */
  private final Map<NameKind, Map<String, String>> claimed = new HashMap<>();

  /** identity (by resource id) -> the party that claimed it first. */
  private final Map<ResourceRef, String> identities = new HashMap<>();

  private NameCheck(Locator where) {
    this.where = where;
  }

  /** The name errors of {@code plan}, sorted, located through {@code where}. */
  public static List<Diagnostic> check(Plan plan, Locator where) {
    NameCheck c = new NameCheck(where);
    for (PlannedName p : plan.plannedNames()) {
      if (p.kind() == NameKind.USER_ASSIGNED_IDENTITY) {
        c.identity(p);
      } else {
        c.name(p);
      }
    }
    return c.out.stream().sorted().distinct().toList();
  }

  /** How diagnostics name a kind of name. */
  private static String label(NameKind kind) {
    return switch (kind) {
      case STORAGE_ACCOUNT -> "storage account name";
      case KEY_VAULT -> "key vault name";
      case AML_WORKSPACE -> "workspace name";
      case AML_COMPUTE_CLUSTER, AML_ATTACHED_COMPUTE -> "compute name";
      case AML_DATASTORE -> "datastore name";
      case CONTAINER_REGISTRY -> "container registry name";
      case USER_ASSIGNED_IDENTITY -> "identity name";
      case VIRTUAL_NETWORK -> "VNet name";
      case AKS_CLUSTER -> "AKS cluster name";
      case RESOURCE_GROUP -> "resource group name";
      case DEPLOYMENT -> "deployment name";
      default -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " name";
    };
  }

  /**
   * A party's identity must be its own. Identities are compared by resource id as Azure compares
   * them ({@link ResourceRef}): the same name in another resource group is another identity, while
   * a case variant of another party's identity in its resource group is that identity. Sharing one
   * is always an error, never a finding a waiver could accept (docs/decisions.md). A name the
   * topology gives has passed the schema's pattern, which is the Azure rule.
   */
  private void identity(PlannedName p) {
    boolean given = p.builtFrom().isEmpty();
    if (!given && !rule(p)) {
      return;
    }
    ResourceRef ref = p.identity();
    Party owner = p.owner();
    String claim =
        owner.silo() ? "silo " + owner.key() + " (" + owner.path() + ")" : "the orchestrator";
    String first = identities.putIfAbsent(ref, claim);
    if (first != null) {
      ResourceRef other =
          identities.keySet().stream().filter(ref::equals).findFirst().orElseThrow();
      out.add(
          new Diagnostic(
              Codes.NAME_COLLISION,
              where.locate(p.path()),
              p.path(),
              "identity "
                  + ref.describe()
                  + p.builtFrom()
                  + " is the same identity as "
                  + other.describe()
                  + ", the identity of "
                  + first
                  + ": Azure compares identity and resource group names case-insensitively, so both "
                  + "would run as one identity and hold each other's roles; expected an identity no other party uses "
                  + "(remove identity.name, or choose another name or resource group)"));
    }
  }

  /** Checks the name against its Azure rule; false (and an error) when it breaks it. */
  private boolean rule(PlannedName p) {
    NameKind kind = p.kind();
    var v = kind.violation(p.name());
    if (v.isPresent()) {
      out.add(
          new Diagnostic(
              Codes.NAME_RULE,
              where.locate(p.path()),
              p.path(),
              label(kind)
                  + " '"
                  + p.name()
                  + "'"
                  + p.builtFrom()
                  + " "
                  + v.get()
                  + "; expected "
                  + kind.description()));
      return false;
    }
    return true;
  }

  private void name(PlannedName p) {
    if (!rule(p)) {
      return;
    }
    String owner = p.owner().silo() ? p.owner().path() : "the orchestrator";
    String claim = owner + " (" + p.path() + ")";
    String first =
        claimed
            .computeIfAbsent(p.kind(), k -> new HashMap<>())
            .putIfAbsent(AzureName.key(p.name()), claim);
    if (first != null && !first.equals(claim)) {
      String label = label(p.kind());
      out.add(
          new Diagnostic(
              Codes.NAME_COLLISION,
              where.locate(p.path()),
              p.path(),
              label
                  + " '"
                  + p.name()
                  + "'"
                  + p.builtFrom()
                  + " is also the "
                  + label
                  + " of "
                  + first
                  + "; rename one of them"));
    }
  }
}
