package io.flgen.plan;

import io.flgen.azure.NameKind;
import io.flgen.diag.Codes;
import io.flgen.diag.Diagnostic;
import io.flgen.diag.Locator;
import io.flgen.model.Compute;
import io.flgen.model.ExternalSilo;
import io.flgen.model.InternalSilo;
import io.flgen.model.KubernetesCluster;
import io.flgen.model.Silo;
import io.flgen.model.Storage;
import io.flgen.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every resolved name against its Azure rule (FLG201) and against every other name of the
 * same kind (FLG202), before anything is rendered. The message shows the resolved value, what it
 * was built from, and the limit.
 */
public final class NameCheck {
  private final Topology t;
  private final Names n;
  private final Locator where;
  private final List<Diagnostic> out = new ArrayList<>();

  /** kind -> resolved name (lower case) -> path that claimed it first. */
  private final Map<NameKind, Map<String, String>> claimed = new HashMap<>();

  /** identity (by resource id) -> the party that claimed it first. */
  private final Map<ResourceRef, String> identities = new HashMap<>();

  private NameCheck(Topology t, Locator where) {
    this.t = t;
    this.n = new Names(t);
    this.where = where;
  }

  public static List<Diagnostic> check(Topology t, Locator where) {
    NameCheck c = new NameCheck(t, where);
    c.run();
    return c.out.stream().sorted().distinct().toList();
  }

  private String from(String part) {
    return " (built from prefix '"
        + n.prefix()
        + "'"
        + part
        + (n.uniqueSuffix().isEmpty() ? "" : " and suffix '" + n.uniqueSuffix() + "'")
        + ")";
  }

  private void run() {
    String prefixPath = "metadata.naming.prefix";
    String ws = "metadata.name";
    name(NameKind.AML_WORKSPACE, "workspace name", n.workspace(), ws, from(""));
    name(
        NameKind.STORAGE_ACCOUNT,
        "storage account name",
        n.orchestratorStorage(),
        prefixPath,
        from(" and 'orch'"));
    name(
        NameKind.CONTAINER_REGISTRY, "container registry name", n.registry(), prefixPath, from(""));
    name(NameKind.KEY_VAULT, "key vault name", n.workspaceKeyVault(), prefixPath, from(""));
    if (t.orchestrator().keyVault().isPresent()) {
      name(NameKind.KEY_VAULT, "key vault name", n.keyVault(), "orchestrator.keyVault", from(""));
    }
    if (rule(
        NameKind.USER_ASSIGNED_IDENTITY,
        "identity name",
        n.orchestratorIdentity(),
        prefixPath,
        from(""))) {
      identities.put(Planner.orchestratorIdentity(t), "the orchestrator");
    }
    name(NameKind.VIRTUAL_NETWORK, "VNet name", n.vnet(Names.ORCHESTRATOR), prefixPath, from(""));
    name(
        NameKind.DEPLOYMENT,
        "deployment name",
        n.deployment("orchestrator"),
        ws,
        " (built from metadata.name)");
    List<Compute> oc = t.orchestrator().computes();
    for (int j = 0; j < oc.size(); j++) {
      String p = "orchestrator.computes[" + j + "].name";
      name(NameKind.AML_COMPUTE_CLUSTER, "compute name", oc.get(j).name(), p, "");
    }
    for (int i = 0; i < t.silos().size(); i++) {
      silo(t.silos().get(i), "silos[" + i + "]");
    }
  }

  private void silo(Silo s, String path) {
    String np = path + ".name";
    String built = from(" and silo name '" + s.name() + "'");
    boolean localOnly = s instanceof ExternalSilo e0 && e0.localData().isPresent();
    if (localOnly) {
      // the data stays on the cluster: no silo storage account is created
    } else if (s.storage() instanceof Storage.New) {
      name(NameKind.STORAGE_ACCOUNT, "storage account name", n.siloStorage(s.name()), np, built);
    } else if (s.storage() instanceof Storage.Existing e) {
      name(
          NameKind.STORAGE_ACCOUNT,
          "storage account name",
          e.accountName(),
          path + ".storage.existing.accountName",
          "");
    }
    identity(s, path, built);
    if (s.network().mode().isIsolated()) {
      name(NameKind.VIRTUAL_NETWORK, "VNet name", n.vnet(s.name()), np, built);
    }
    if (!localOnly) {
      name(NameKind.AML_DATASTORE, "datastore name", n.siloDataDatastore(s.name()), np, "");
    }
    name(NameKind.AML_DATASTORE, "datastore name", n.siloUpdatesDatastore(s.name()), np, "");
    name(
        NameKind.DEPLOYMENT,
        "deployment name",
        n.deployment("silo-" + s.name()),
        np,
        " (built from metadata.name and the silo name)");
    NameKind computeKind =
        s instanceof ExternalSilo ? NameKind.AML_ATTACHED_COMPUTE : NameKind.AML_COMPUTE_CLUSTER;
    for (int j = 0; j < s.computes().size(); j++) {
      name(
          computeKind,
          "compute name",
          s.computes().get(j).name(),
          path + ".computes[" + j + "].name",
          "");
    }
    if (s instanceof ExternalSilo e && e.cluster() instanceof KubernetesCluster.Aks) {
      name(NameKind.AKS_CLUSTER, "AKS cluster name", n.aksCluster(s.name()), np, built);
    }
    if (s instanceof InternalSilo && s.resourceGroup().isEmpty()) {
      name(
          NameKind.RESOURCE_GROUP,
          "resource group name",
          t.orchestrator().resourceGroup() + "-" + s.name(),
          np,
          " (built from orchestrator.resourceGroup and the silo name)");
    }
  }

  /**
   * A silo's identity must be its own. Identities are compared by resource id as Azure compares
   * them ({@link ResourceRef}): the same name in another resource group is another identity, while
   * a case variant of another party's identity in its resource group is that identity. Sharing one
   * is always an error, never a finding a waiver could accept (docs/decisions.md).
   */
  private void identity(Silo s, String path, String built) {
    ResourceRef ref = Planner.siloIdentity(t, s);
    boolean named = s.identity().name().isPresent();
    String p = named ? path + ".identity.name" : path + ".name";
    if (!named && !rule(NameKind.USER_ASSIGNED_IDENTITY, "identity name", ref.name(), p, built)) {
      return;
    }
    String first = identities.putIfAbsent(ref, "silo " + s.name() + " (" + path + ")");
    if (first != null) {
      ResourceRef other =
          identities.keySet().stream().filter(ref::equals).findFirst().orElseThrow();
      out.add(
          new Diagnostic(
              Codes.NAME_COLLISION,
              where.locate(p),
              p,
              "identity "
                  + ref.describe()
                  + (named ? "" : built)
                  + " is the same identity as "
                  + other.describe()
                  + ", the identity of "
                  + first
                  + ": Azure compares identity and resource group names case-insensitively, so both "
                  + "would run as one identity and hold each other's roles; expected an identity no other party uses "
                  + "(remove identity.name, or choose another name or resource group)"));
    }
  }

  /** Checks {@code value} against its Azure rule; false (and an error) when it breaks it. */
  private boolean rule(NameKind kind, String label, String value, String path, String builtFrom) {
    var v = kind.violation(value);
    if (v.isPresent()) {
      out.add(
          new Diagnostic(
              Codes.NAME_RULE,
              where.locate(path),
              path,
              label
                  + " '"
                  + value
                  + "'"
                  + builtFrom
                  + " "
                  + v.get()
                  + "; expected "
                  + kind.description()));
      return false;
    }
    return true;
  }

  private void name(NameKind kind, String label, String value, String path, String builtFrom) {
    if (!rule(kind, label, value, path, builtFrom)) {
      return;
    }
    String owner =
        path.startsWith("silos[") ? path.substring(0, path.indexOf(']') + 1) : "the orchestrator";
    String claim = owner + " (" + path + ")";
    String first =
        claimed
            .computeIfAbsent(kind, k -> new HashMap<>())
            .putIfAbsent(AzureName.key(value), claim);
    if (first != null && !first.equals(claim)) {
      out.add(
          new Diagnostic(
              Codes.NAME_COLLISION,
              where.locate(path),
              path,
              label
                  + " '"
                  + value
                  + "'"
                  + builtFrom
                  + " is also the "
                  + label
                  + " of "
                  + first
                  + "; rename one of them"));
    }
  }
}
