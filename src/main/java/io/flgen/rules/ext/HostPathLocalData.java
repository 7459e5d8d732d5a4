package io.flgen.rules.ext;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-EXT-003",
    name = "local-data-not-host-path",
    category = Category.EXT,
    title = "A silo's local data is a hostPath volume",
    crawl = Level.OFF,
    walk = Level.LOW,
    run = Level.LOW,
    rationale =
        "A hostPath volume reads the silo's training data from a folder on whichever node the job's pod "
            + "lands on: the data must be copied to every node, a node without it silently trains on an empty or stale "
            + "folder, and anything else scheduled on that node (other namespaces, DaemonSets, a compromised container "
            + "escaping to the host) can read the raw data the federation is meant to keep on the premises. Access "
            + "is governed by node file permissions rather than a storage system the silo's admin controls and audits.",
    fix =
        "Serve the silo's data from a share: set localData.type to nfs with the server and export path, or "
            + "provision a PersistentVolume through a CSI driver with access control on the storage side. Keep hostPath "
            + "for single-node test clusters, with a waiver.",
    references = RuleInfo.FL_SPECIFIC)
public final class HostPathLocalData implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.kubernetes().stream()
        .filter(k -> k.localData().isPresent() && "hostPath".equals(k.localData().get().type()))
        .map(
            k ->
                finding(
                    k.localData().get().name(),
                    k.owner().path() + ".localData",
                    k.localData().get().name()
                        + " (silo "
                        + k.owner().key()
                        + ") reads local data from hostPath "
                        + k.localData().get().path()
                        + " on whichever node the pod runs"));
  }
}
