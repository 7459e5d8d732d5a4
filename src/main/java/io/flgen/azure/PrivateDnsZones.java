package io.flgen.azure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Private DNS zone names per cloud, including the region-scoped AKS API server zone. */
public final class PrivateDnsZones {

  private static final Pattern REGION = Pattern.compile("[a-z0-9]+");

  // AKS private cluster API server ("management" sub-resource), region-scoped.
  // PUBLIC: privatelink.{regionName}.azmk8s.io , from "Azure Private Endpoint private DNS zone
  //   values", https://learn.microsoft.com/azure/private-link/private-endpoint-dns (Containers).
  // CHINA: privatelink.{region}.cx.prod.service.azk8s.cn , from the 21Vianet edition,
  //   https://docs.azure.cn/private-link/private-endpoint-dns (older table revision).
  // US_GOV: privatelink.{region}.cx.aks.containerservice.azure.us , NOT in the current public
  //   table; derived from the AKS API server FQDN suffix for Azure Government,
  //   *.hcp.<location>.cx.aks.containerservice.azure.us ("Outbound network and FQDN rules for AKS",
  //   https://learn.microsoft.com/azure/aks/outbound-rules-control-egress) and Azure samples.
  //   Newer Government clusters may use *.azmk8s.us instead: verify before relying on it.
  private static final Map<AzureCloud, String> AKS_SUFFIX = new EnumMap<>(AzureCloud.class);

  static {
    AKS_SUFFIX.put(AzureCloud.PUBLIC, ".azmk8s.io");
    AKS_SUFFIX.put(AzureCloud.US_GOV, ".cx.aks.containerservice.azure.us");
    AKS_SUFFIX.put(AzureCloud.CHINA, ".cx.prod.service.azk8s.cn");
  }

  private PrivateDnsZones() {}

  /** The recommended private DNS zone of {@code service} in {@code cloud}. */
  public static String zone(PrivateLinkService service, AzureCloud cloud) {
    return Objects.requireNonNull(service, "service").zone(Objects.requireNonNull(cloud, "cloud"));
  }

  /**
   * The distinct zones of {@code services} in {@code cloud}, sorted (AML's two zones both appear).
   */
  public static SortedSet<String> zones(AzureCloud cloud, List<PrivateLinkService> services) {
    SortedSet<String> out = new TreeSet<>();
    for (PrivateLinkService s : services) {
      out.add(zone(s, cloud));
    }
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * The private DNS zone of a private AKS cluster's API server in {@code region} (a programmatic
   * region name such as {@code westeurope}), e.g. {@code privatelink.westeurope.azmk8s.io}.
   *
   * @throws IllegalArgumentException if {@code region} is not lowercase letters and digits
   */
  public static String aksApiServer(AzureCloud cloud, String region) {
    Objects.requireNonNull(cloud, "cloud");
    if (region == null || !REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("not a programmatic region name: " + region);
    }
    return "privatelink." + region + AKS_SUFFIX.get(cloud);
  }
}
