package io.flgen.plan;

import io.flgen.azure.AzureCloud;
import io.flgen.terms.Stage;
import io.flgen.terms.Waiver;
import java.util.List;

/**
 * The resolved topology: every resource, identity, grant and network object flgen renders. Rules
 * and templates read this and nothing else; every list is in a stable order.
 *
 * @param context what the topology declares about the federation as a whole: parties, stage, cloud,
 *     job settings and waivers (no rule, template or review reads the topology itself)
 * @param grants data-plane grants on storage (the access matrix), to identities, apps and people
 * @param serviceGrants grants on the registry, the workspace, AKS clusters and vaults
 * @param existingGroups resource groups the deployment references but never creates (they hold
 *     existing resources, or belong to another party's subscription)
 * @param wayIn how people reach private endpoints, when the topology asks for one
 */
public record Plan(
    PlanContext context,
    Names names,
    Scope home,
    List<Scope> resourceGroups,
    List<IdentityPlan> identities,
    List<StoragePlan> storages,
    WorkspacePlan workspace,
    RegistryPlan registry,
    List<KeyVaultPlan> keyVaults,
    List<ComputePlan> computes,
    List<AksPlan> aksClusters,
    List<VnetPlan> vnets,
    List<PeeringPlan> peerings,
    List<PrivateEndpointPlan> privateEndpoints,
    List<DnsZonePlan> dnsZones,
    List<RoleGrant> grants,
    List<RoleGrant> serviceGrants,
    List<Scope> existingGroups,
    java.util.Optional<WayInPlan> wayIn,
    List<DatastorePlan> datastores,
    PipelinePlan pipeline,
    List<OutputPlan> outputs,
    List<KubernetesPlan> kubernetes,
    List<FederationPlan> federations) {

  /**
   * The identities are copied (a no-op for an immutable list): {@link #identityOf} indexes them
   * once.
   */
  public Plan {
    identities = List.copyOf(identities);
  }

  /**
   * The same plan with other storage accounts (preflight substitutes the live settings of existing
   * ones).
   */
  public Plan withStorages(List<StoragePlan> other) {
    return copy(context, other);
  }

  /** The same plan with other waivers (tests attach waivers this way). */
  public Plan withWaivers(List<Waiver> waivers) {
    return copy(context.withWaivers(waivers), storages);
  }

  /** This plan with another context and other storage accounts, every other part shared. */
  private Plan copy(PlanContext ctx, List<StoragePlan> st) {
    return new Plan(
        ctx,
        names,
        home,
        resourceGroups,
        identities,
        st,
        workspace,
        registry,
        keyVaults,
        computes,
        aksClusters,
        vnets,
        peerings,
        privateEndpoints,
        dnsZones,
        grants,
        serviceGrants,
        existingGroups,
        wayIn,
        datastores,
        pipeline,
        outputs,
        kubernetes,
        federations);
  }

  /** The topology's stage: its severities apply unless a command asks for another. */
  public Stage stage() {
    return context.stage();
  }

  public AzureCloud cloud() {
    return context.cloud();
  }

  public List<Waiver> waivers() {
    return context.waivers();
  }

  /**
   * Every name the planner gave, with the topology path that decides it (see {@link NameCheck}).
   */
  public List<PlannedName> plannedNames() {
    return context.plannedNames();
  }

  /** The silos, in topology order. */
  public List<SiloPlan> silos() {
    return context.silos();
  }

  /** Every tenant key the plan touches, home first, then partner tenant ids sorted. */
  public List<String> tenants() {
    java.util.TreeSet<String> partners = new java.util.TreeSet<>();
    storages.forEach(s -> partners.add(s.scope().tenant()));
    grants.forEach(g -> partners.add(g.scope().tenant()));
    partners.remove(Scope.HOME);
    List<String> out = new java.util.ArrayList<>();
    out.add(Scope.HOME);
    out.addAll(partners);
    return out;
  }

  public StoragePlan storage(String name) {
    return storages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * The identity that a compute or grant of {@code user} names {@code name}: the identity of that
   * name (compared as {@link AzureName} says) owned by {@code user}, else the first of that name;
   * empty for apps and people. Names alone do not identify an identity (the same name in two
   * resource groups is two identities), so rules resolve names here and compare {@link
   * IdentityPlan#id()}.
   */
  public java.util.Optional<IdentityPlan> identityOf(Party user, String name) {
    List<IdentityPlan> named =
        IDENTITY_INDEX.get(identities).getOrDefault(AzureName.key(name), List.of());
    java.util.Optional<IdentityPlan> own =
        named.stream().filter(i -> i.owner().equals(user)).findFirst();
    return own.isPresent() ? own : named.stream().findFirst();
  }

  /**
   * The identities by {@link AzureName#key} of their name, in plan order, for the identity list
   * looked up last: {@link #identityOf} runs per compute and grant, and a scan per call was
   * quadratic in the silo count.
   */
  private static final LastMemo<List<IdentityPlan>, java.util.Map<String, List<IdentityPlan>>>
      IDENTITY_INDEX =
          new LastMemo<>(
              identities -> {
                java.util.Map<String, List<IdentityPlan>> byName = new java.util.HashMap<>();
                identities.forEach(
                    i ->
                        byName
                            .computeIfAbsent(
                                AzureName.key(i.name()), k -> new java.util.ArrayList<>())
                            .add(i));
                return byName;
              });
}
