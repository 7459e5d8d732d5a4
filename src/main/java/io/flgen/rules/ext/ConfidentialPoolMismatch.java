package io.flgen.rules.ext;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.KubernetesPlan.NodePoolPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A confidential node pool whose SGX device plugin or VM size family does not match its declared
 * technology. Size families: Intel SGX on DCsv2 ({@code Standard_DC<n>s_v2}, and {@code
 * Standard_DC8_v2}), DCsv3 and DCdsv3; AMD SEV-SNP on DCasv5/DCadsv5, ECasv5/ECadsv5, their
 * confidential-child {@code _cc_v5} variants, and DCasv6/DCadsv6/ECasv6/ECadsv6.
 */
@RuleInfo(
    id = "FLG-EXT-001",
    name = "confidential-pool-matches-technology",
    category = Category.EXT,
    title = "A confidential node pool's SGX plugin or VM size does not match its technology",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "A silo runs its training on a confidential pool so that its data stays encrypted in use, even from "
            + "the cloud operator and the cluster's other workloads. Intel SGX protects only code written for enclaves "
            + "and needs the SGX device plugin to hand enclave memory to pods; AMD SEV-SNP encrypts the whole VM and has "
            + "no use for the plugin. A pool whose VM size or plugin does not match the declared technology either fails "
            + "to schedule the silo's jobs or runs them without the protection the silo was promised.",
    fix =
        "Make cluster.confidentialNodePool.vmSize match technology: sgx with a DCsv2, DCsv3 or DCdsv3 size (for "
            + "example Standard_DC4s_v3), sev-snp with a DCasv5, DCadsv5, ECasv5, ECadsv5 or v6 size (for example "
            + "Standard_DC4as_v5). Let flgen set the SGX plugin: it enables the add-on for sgx pools only.",
    references = RuleInfo.FL_SPECIFIC)
public final class ConfidentialPoolMismatch implements Rule {
  private static final Map<String, Pattern> SIZES =
      Map.of(
          "sgx", Pattern.compile("standard_dc\\d+s?_v2|standard_dc\\d+d?s_v3"),
          "sev-snp",
              Pattern.compile("standard_[de]c\\d+a(d)?s(_cc)?_v5|standard_[de]c\\d+a(d)?s_v6"));

  private static final Map<String, String> FAMILIES =
      Map.of(
          "sgx", "DCsv2, DCsv3 or DCdsv3",
          "sev-snp", "DCasv5, DCadsv5, ECasv5 or ECadsv5 (v5, _cc_v5 or v6)");

  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.kubernetes().stream()
        .filter(k -> k.confidentialPool().isPresent())
        .flatMap(
            k ->
                problems(k, k.confidentialPool().get()).stream()
                    .map(m -> finding(k.clusterName(), k.origin() + ".confidentialNodePool", m)));
  }

  private static List<String> problems(KubernetesPlan k, NodePoolPlan pool) {
    String where = k.clusterName() + " (silo " + k.owner().key() + ")";
    List<String> out = new ArrayList<>();
    if ("sev-snp".equals(pool.technology()) && k.sgxPlugin()) {
      out.add(where + " enables the SGX device plugin for its AMD SEV-SNP pool " + pool.name());
    }
    if ("sgx".equals(pool.technology()) && !k.sgxPlugin()) {
      out.add(
          where
              + " has an Intel SGX pool "
              + pool.name()
              + " but the SGX device plugin is disabled");
    }
    Pattern p = SIZES.get(pool.technology());
    if (p != null && !p.matcher(pool.vmSize().toLowerCase(Locale.ROOT)).matches()) {
      out.add(
          where
              + " pool "
              + pool.name()
              + " declares technology "
              + pool.technology()
              + " on "
              + pool.vmSize()
              + ", which is not a "
              + FAMILIES.get(pool.technology())
              + " size");
    }
    return out;
  }
}
