package io.flgen.rules.ext;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.KubernetesPlan.NodePoolPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
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
@RuleId("FLG-EXT-001")
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
