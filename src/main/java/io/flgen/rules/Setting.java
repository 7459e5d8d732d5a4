package io.flgen.rules;

import io.flgen.plan.AksPlan;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.FederationPlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.RegistryPlan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.SubnetPlan;
import io.flgen.plan.VnetPlan;
import io.flgen.plan.WorkspacePlan;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A rule that judges one setting on one kind of resource (as Checkov's {@code
 * BaseResourceValueCheck}), declared as data in its area's {@code <Area>Rules.ALL}: its id, the
 * {@link Kind}, the bad value and the message. Each finding's target and origin are the resource's,
 * and its message is the resource's label followed by the rule's text.
 *
 * @param problem the rule's text after the resource's label, or empty when the resource is fine;
 *     judged against the rest of the plan where the setting depends on it (the silos' sensitivity,
 *     the orchestrator's network mode, the identity's owner)
 */
public record Setting<R>(String id, Kind<R> kind, BiFunction<Plan, R, Optional<String>> problem)
    implements Rule {

  /**
   * Flags every resource of {@code kind} for which {@code bad} holds in the plan, saying {@code
   * says}.
   */
  public Setting(
      String id, Kind<R> kind, BiPredicate<Plan, R> bad, BiFunction<Plan, R, String> says) {
    this(
        id,
        kind,
        (p, r) -> bad.test(p, r) ? Optional.of(says.apply(p, r)) : Optional.<String>empty());
  }

  /** The same, with a message that does not depend on the resource. */
  public Setting(String id, Kind<R> kind, BiPredicate<Plan, R> bad, String says) {
    this(id, kind, bad, (p, r) -> says);
  }

  /** Flags every resource of {@code kind} for which {@code bad} holds, saying {@code says}. */
  public Setting(String id, Kind<R> kind, Predicate<R> bad, Function<R, String> says) {
    this(id, kind, (p, r) -> bad.test(r), (p, r) -> says.apply(r));
  }

  /** The same, with a message that does not depend on the resource. */
  public Setting(String id, Kind<R> kind, Predicate<R> bad, String says) {
    this(id, kind, (p, r) -> bad.test(r), (p, r) -> says);
  }

  @Override
  public Stream<Finding> check(Plan plan) {
    return kind.all.apply(plan).stream()
        .flatMap(
            r ->
                problem.apply(plan, r).stream()
                    .map(
                        says ->
                            finding(
                                kind.name.apply(r),
                                kind.origin.apply(r),
                                kind.label.apply(r) + " " + says)));
  }

  /** A subnet with its VNet, which gives it its name ({@code vnet/subnet}) and origin. */
  public record Subnet(VnetPlan vnet, SubnetPlan subnet) {
    /** {@code vnet/subnet}. */
    public String path() {
      return vnet.name() + "/" + subnet.name();
    }

    /** Every subnet of every VNet of the plan, in plan order. */
    public static List<Subnet> all(Plan plan) {
      return plan.vnets().stream()
          .flatMap(v -> v.subnets().stream().map(s -> new Subnet(v, s)))
          .toList();
    }
  }

  /**
   * One kind of resource in the plan: where the plan lists it, its name and origin, and the label a
   * message starts with.
   */
  public record Kind<R>(
      Function<Plan, List<R>> all,
      Function<R, String> name,
      Function<R, String> origin,
      Function<R, String> label) {

    /** A kind whose label is the resource's name. */
    public Kind(Function<Plan, List<R>> all, Function<R, String> name, Function<R, String> origin) {
      this(all, name, origin, name);
    }

    /** The same kind, keeping only the resources for which {@code keep} holds. */
    public Kind<R> where(Predicate<R> keep) {
      return new Kind<>(p -> all.apply(p).stream().filter(keep).toList(), name, origin, label);
    }

    /** The same kind, labelled with the name and, in parentheses, what {@code what} says. */
    public Kind<R> qualified(Function<R, String> what) {
      return new Kind<>(all, name, origin, r -> name.apply(r) + " (" + what.apply(r) + ")");
    }

    /** Every storage account of the plan, created or existing. */
    public static final Kind<StoragePlan> STORAGE =
        new Kind<>(Plan::storages, StoragePlan::name, StoragePlan::origin);

    /** Storage accounts the deployment creates (an existing account's settings are not flgen's). */
    public static final Kind<StoragePlan> NEW_STORAGE = STORAGE.where(s -> !s.existing());

    /** Key Vaults, labelled with their purpose: {@code kv-x (workspace vault)}. */
    public static final Kind<KeyVaultPlan> KEY_VAULT =
        new Kind<>(Plan::keyVaults, KeyVaultPlan::name, KeyVaultPlan::origin)
            .qualified(k -> k.purpose() + " vault");

    /** Azure ML computes, labelled with their owner: {@code cpu-x (silo-a)}. */
    public static final Kind<ComputePlan> COMPUTE =
        new Kind<>(Plan::computes, ComputePlan::name, ComputePlan::origin)
            .qualified(c -> c.owner().key());

    /** AKS clusters, labelled with their silo: {@code aks-x (silo a)}. */
    public static final Kind<AksPlan> AKS =
        new Kind<>(Plan::aksClusters, AksPlan::name, AksPlan::origin)
            .qualified(a -> "silo " + a.owner().key());

    /** The container registry, when the plan has one. */
    public static final Kind<RegistryPlan> REGISTRY =
        new Kind<>(
            p -> p.registry() == null ? List.of() : List.of(p.registry()),
            RegistryPlan::name,
            RegistryPlan::origin);

    /** Subnets, named and labelled {@code vnet/subnet}, with their VNet's origin. */
    public static final Kind<Subnet> SUBNET =
        new Kind<>(Subnet::all, Subnet::path, s -> s.vnet().origin());

    /** Private endpoints, with their VNet's origin. */
    public static final Kind<PrivateEndpointPlan> PRIVATE_ENDPOINT =
        new Kind<>(Plan::privateEndpoints, PrivateEndpointPlan::name, e -> e.vnet().origin());

    /** Workload identity federations, labelled with their silo: {@code app-x (silo a)}. */
    public static final Kind<FederationPlan> FEDERATION =
        new Kind<>(Plan::federations, FederationPlan::appName, f -> f.owner().path())
            .qualified(f -> "silo " + f.owner().key());

    /** The workspace. */
    public static final Kind<WorkspacePlan> WORKSPACE =
        new Kind<>(p -> List.of(p.workspace()), WorkspacePlan::name, WorkspacePlan::origin);
  }
}
