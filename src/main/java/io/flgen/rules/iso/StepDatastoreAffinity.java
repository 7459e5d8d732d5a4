package io.flgen.rules.iso;

import io.flgen.plan.DataAssetPlan;
import io.flgen.plan.DatastorePlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.StepPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Lookup;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks every port of every pipeline step against the datastore it touches. A uri_folder port
 * names its datastore, or a data asset ({@code azureml:<name>:<version>}) whose path is on a
 * datastore (an asset not in the plan is reported); a binding {@code ${{parent.jobs.S.outputs.O}}}
 * reads the datastore that output O of step S writes. Allowed:
 *
 * <ul>
 *   <li>a silo step reads its own {@code data} and {@code updates} datastores and the {@code
 *       global-model} (the previous round's checkpoint), and writes only its own {@code data} and
 *       {@code updates} datastores;
 *   <li>an aggregate step reads only {@code updates} datastores and writes only {@code
 *       global-model};
 *   <li>a baseline step reads only the {@code baseline} datastore and writes only {@code
 *       global-model}.
 * </ul>
 *
 * A uri_folder port whose datastore is not in the plan is reported too.
 */
@RuleId("FLG-ISO-006")
public final class StepDatastoreAffinity implements Rule {
  private static final Set<DatastorePlan.Purpose> SILO_OWN =
      Set.of(DatastorePlan.Purpose.DATA, DatastorePlan.Purpose.UPDATES);

  @Override
  public Stream<Finding> check(Plan plan) {
    Map<String, DatastorePlan> stores = Lookup.byKey(plan.datastores(), DatastorePlan::name);
    List<StepPlan> all =
        Stream.concat(plan.pipeline().steps().stream(), plan.pipeline().baseline().stream())
            .toList();
    Map<String, StepPlan> byName = Lookup.byKey(all, StepPlan::name);
    List<Finding> out = new ArrayList<>();
    for (StepPlan step : all) {
      for (StepPlan.Port in : step.inputs()) {
        String store;
        String via;
        if (isAsset(in)) {
          Optional<DataAssetPlan> a = plan.pipeline().asset(in.value());
          String ref = in.value().substring("azureml:".length());
          if (a.isEmpty()) {
            out.add(
                finding(
                    step.name(),
                    origin(step),
                    who(step)
                        + " reads data asset "
                        + ref
                        + ", which is not in the plan, through input "
                        + in.name()));
            continue;
          }
          store = a.get().datastore();
          via =
              "input "
                  + in.name()
                  + " (data asset "
                  + ref
                  + " on container "
                  + a.get().container()
                  + ")";
        } else if (!in.datastore().isEmpty() || in.value().startsWith("azureml://datastores/")) {
          store = in.datastore();
          via = "input " + in.name();
        } else {
          Optional<String[]> b = bound(in, byName);
          if (b.isEmpty()) {
            continue;
          }
          store = b.get()[0];
          via = "input " + in.name() + " (bound to " + b.get()[1] + ")";
        }
        check(step, store, stores, false, via, out);
      }
      for (StepPlan.Port o : step.outputs()) {
        if (!o.datastore().isEmpty() || o.value().startsWith("azureml://datastores/")) {
          check(step, o.datastore(), stores, true, "output " + o.name(), out);
        }
      }
    }
    return out.stream();
  }

  /** An input naming a data asset, {@code azureml:<name>:<version>}, rather than a path. */
  private static boolean isAsset(StepPlan.Port in) {
    return in.data() && in.value().startsWith("azureml:") && !in.value().startsWith("azureml://");
  }

  /** The datastore a binding reads and a description of the bound output, when it resolves. */
  private static Optional<String[]> bound(StepPlan.Port in, Map<String, StepPlan> byName) {
    // read from the value, which a fixture's patch may rewrite
    Optional<StepPlan.Upstream> u =
        ("binding".equals(in.form()) ? StepPlan.Upstream.parse(in.value()) : in.upstream())
            .filter(x -> byName.containsKey(x.step()));
    if (u.isEmpty()) {
      return Optional.empty();
    }
    String step = u.get().step();
    String output = u.get().output();
    return byName.get(step).outputs().stream()
        .filter(o -> o.name().equals(output) && !o.datastore().isEmpty())
        .findFirst()
        .map(o -> new String[] {o.datastore(), step + "." + output});
  }

  private void check(
      StepPlan step,
      String store,
      Map<String, DatastorePlan> stores,
      boolean write,
      String via,
      List<Finding> out) {
    DatastorePlan d = stores.get(store);
    if (d == null) {
      out.add(touches(step, write, store + ", which is not in the plan,", via));
    } else if (!allowed(step, d, write)) {
      String what = d.name() + " (" + d.purpose() + " of " + Silos.describe(d.owner()) + ")";
      out.add(touches(step, write, what, via));
    }
  }

  /** "WHO reads (or writes) datastore WHAT through VIA", on the step. */
  private Finding touches(StepPlan step, boolean write, String what, String via) {
    String verb = write ? "writes" : "reads";
    return finding(
        step.name(),
        origin(step),
        who(step) + " " + verb + " datastore " + what + " through " + via);
  }

  private static boolean allowed(StepPlan step, DatastorePlan d, boolean write) {
    Party p = step.party();
    if (p.silo()) {
      boolean own =
          d.owner().key().equals(p.key()) && d.owner().silo() && SILO_OWN.contains(d.purpose());
      return own || (!write && d.purpose() == DatastorePlan.Purpose.GLOBAL_MODEL);
    }
    if (write) {
      return d.purpose() == DatastorePlan.Purpose.GLOBAL_MODEL;
    }
    return step.kind() == StepPlan.Kind.BASELINE
        ? d.purpose() == DatastorePlan.Purpose.BASELINE
        : d.purpose() == DatastorePlan.Purpose.UPDATES;
  }

  private static String who(StepPlan step) {
    return "step " + step.name() + " (" + Silos.describe(step.party()) + ")";
  }

  /** Silo steps trace back to their silo, orchestrator steps to the job. */
  private static String origin(StepPlan step) {
    if (step.party().silo()) {
      return step.party().path();
    }
    return step.kind() == StepPlan.Kind.BASELINE ? "job.baseline" : "job";
  }
}
