package io.flgen.azure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Programmatic Azure region names (the {@code name} column of {@code az account list-locations})
 * per cloud, and the regional pairs used to explain geo-replication.
 *
 * <p>Only physical regions are listed: stage and logical locations ({@code eastusstg}, {@code
 * global}, {@code unitedstates}, {@code europe}, ...) are deliberately absent.
 */
public final class AzureRegions {

  /** Suggestions further away than this (Levenshtein distance) are not offered. */
  public static final int MAX_SUGGESTION_DISTANCE = 3;

  // Source (public cloud names and pairs): "Azure regions list",
  // https://learn.microsoft.com/azure/reliability/regions-list
  // (MicrosoftDocs/azure-docs articles/reliability/regions-list.md, "Programmatic name" and
  // "Paired region" columns). swedensouth appears there as the pair of swedencentral.
  // jioindiacentral / jioindiawest are access-restricted regions that az account list-locations
  // returns but the table does not show.
  private static final String[] PUBLIC = {
    "australiacentral",
    "australiacentral2",
    "australiaeast",
    "australiasoutheast",
    "austriaeast",
    "belgiumcentral",
    "brazilsouth",
    "brazilsoutheast",
    "canadacentral",
    "canadaeast",
    "centralindia",
    "centralus",
    "chilecentral",
    "eastasia",
    "eastus",
    "eastus2",
    "francecentral",
    "francesouth",
    "germanynorth",
    "germanywestcentral",
    "indonesiacentral",
    "israelcentral",
    "italynorth",
    "japaneast",
    "japanwest",
    "jioindiacentral",
    "jioindiawest",
    "koreacentral",
    "koreasouth",
    "malaysiawest",
    "mexicocentral",
    "newzealandnorth",
    "northcentralus",
    "northeurope",
    "norwayeast",
    "norwaywest",
    "polandcentral",
    "qatarcentral",
    "southafricanorth",
    "southafricawest",
    "southcentralus",
    "southeastasia",
    "southindia",
    "spaincentral",
    "swedencentral",
    "swedensouth",
    "switzerlandnorth",
    "switzerlandwest",
    "uaecentral",
    "uaenorth",
    "uksouth",
    "ukwest",
    "westcentralus",
    "westeurope",
    "westindia",
    "westus",
    "westus2",
    "westus3",
  };

  // Source: Azure SDK location constants for Azure Government, e.g.
  // https://learn.microsoft.com/dotnet/api/azure.core.azurelocation.usgovtexas and
  // .../azure.core.azurelocation.usdodcentral ; usgoviowa is retired (its storage accounts were
  // moved to usgovtexas, see https://learn.microsoft.com/azure/storage/common/storage-redundancy)
  // and is not listed.
  private static final String[] US_GOV = {
    "usdodcentral", "usdodeast", "usgovarizona", "usgovtexas", "usgovvirginia",
  };

  // Source: "Azure regions list" for Azure operated by 21Vianet,
  // https://docs.azure.cn/en-us/reliability/regions-list ("Programmatic name" column).
  private static final String[] CHINA = {
    "chinaeast", "chinaeast2", "chinaeast3", "chinanorth", "chinanorth2", "chinanorth3",
  };

  // Source: "Paired region" column of https://learn.microsoft.com/azure/reliability/regions-list
  // and https://learn.microsoft.com/azure/reliability/regions-paired . Some pairs are one-way
  // (e.g. brazilsouth -> southcentralus, westus3 -> eastus, westindia -> southindia).
  private static final String[][] PUBLIC_PAIRS = {
    {"australiacentral", "australiacentral2"},
    {"australiacentral2", "australiacentral"},
    {"australiaeast", "australiasoutheast"},
    {"australiasoutheast", "australiaeast"},
    {"brazilsouth", "southcentralus"},
    {"brazilsoutheast", "brazilsouth"},
    {"canadacentral", "canadaeast"},
    {"canadaeast", "canadacentral"},
    {"centralindia", "southindia"},
    {"southindia", "centralindia"},
    {"westindia", "southindia"},
    {"centralus", "eastus2"},
    {"eastus2", "centralus"},
    {"eastasia", "southeastasia"},
    {"southeastasia", "eastasia"},
    {"eastus", "westus"},
    {"westus", "eastus"},
    {"westus3", "eastus"},
    {"francecentral", "francesouth"},
    {"francesouth", "francecentral"},
    {"germanynorth", "germanywestcentral"},
    {"germanywestcentral", "germanynorth"},
    {"japaneast", "japanwest"},
    {"japanwest", "japaneast"},
    {"koreacentral", "koreasouth"},
    {"koreasouth", "koreacentral"},
    {"northcentralus", "southcentralus"},
    {"southcentralus", "northcentralus"},
    {"northeurope", "westeurope"},
    {"westeurope", "northeurope"},
    {"norwayeast", "norwaywest"},
    {"norwaywest", "norwayeast"},
    {"southafricanorth", "southafricawest"},
    {"southafricawest", "southafricanorth"},
    {"swedencentral", "swedensouth"},
    {"swedensouth", "swedencentral"},
    {"switzerlandnorth", "switzerlandwest"},
    {"switzerlandwest", "switzerlandnorth"},
    {"uaecentral", "uaenorth"},
    {"uaenorth", "uaecentral"},
    {"uksouth", "ukwest"},
    {"ukwest", "uksouth"},
    {"westcentralus", "westus2"},
    {"westus2", "westcentralus"},
  };

  // Source: secondary-region table of "Azure Storage redundancy" for Azure Government
  // (https://learn.microsoft.com/azure/storage/common/storage-redundancy) and the US Government
  // rows of https://learn.microsoft.com/azure/reliability/regions-paired .
  private static final String[][] US_GOV_PAIRS = {
    {"usgovvirginia", "usgovtexas"},
    {"usgovtexas", "usgovarizona"},
    {"usgovarizona", "usgovtexas"},
    {"usdodeast", "usdodcentral"},
    {"usdodcentral", "usdodeast"},
  };

  // Source: "Paired region" column of https://docs.azure.cn/en-us/reliability/regions-list
  // (China North n <-> China East n).
  private static final String[][] CHINA_PAIRS = {
    {"chinaeast", "chinanorth"}, {"chinanorth", "chinaeast"},
    {"chinaeast2", "chinanorth2"}, {"chinanorth2", "chinaeast2"},
    {"chinaeast3", "chinanorth3"}, {"chinanorth3", "chinaeast3"},
  };

  private static final Map<AzureCloud, SortedSet<String>> REGIONS = new EnumMap<>(AzureCloud.class);
  private static final Map<AzureCloud, SortedMap<String, String>> PAIRS =
      new EnumMap<>(AzureCloud.class);

  static {
    register(AzureCloud.PUBLIC, PUBLIC, PUBLIC_PAIRS);
    register(AzureCloud.US_GOV, US_GOV, US_GOV_PAIRS);
    register(AzureCloud.CHINA, CHINA, CHINA_PAIRS);
  }

  private AzureRegions() {}

  private static void register(AzureCloud cloud, String[] names, String[][] pairs) {
    SortedSet<String> set = new TreeSet<>();
    Collections.addAll(set, names);
    SortedMap<String, String> pairMap = new TreeMap<>();
    for (String[] p : pairs) {
      if (!set.contains(p[0]) || !set.contains(p[1])) {
        throw new IllegalStateException("pair with unknown region: " + p[0] + " -> " + p[1]);
      }
      pairMap.put(p[0], p[1]);
    }
    REGIONS.put(cloud, Collections.unmodifiableSortedSet(set));
    PAIRS.put(cloud, Collections.unmodifiableSortedMap(pairMap));
  }

  /** The programmatic region names of {@code cloud}, sorted, unmodifiable. */
  public static Set<String> of(AzureCloud cloud) {
    return REGIONS.get(requireCloud(cloud));
  }

  /**
   * Whether {@code name} is a programmatic region name of {@code cloud}. ARM treats locations
   * case-insensitively, so case is ignored; display names such as {@code West Europe} are not
   * accepted (use {@link #suggest}).
   */
  public static boolean isKnown(AzureCloud cloud, String name) {
    return name != null && of(cloud).contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The known region of {@code cloud} closest to {@code name}, for "did you mean" messages. Case,
   * spaces, hyphens and underscores are ignored first (so {@code West Europe} gives {@code
   * westeurope}); otherwise the nearest name by Levenshtein distance, at most {@link
   * #MAX_SUGGESTION_DISTANCE}, ties going to the alphabetically first. A known name suggests
   * itself.
   */
  public static Optional<String> suggest(AzureCloud cloud, String name) {
    Set<String> known = of(cloud);
    if (name == null) {
      return Optional.empty();
    }
    String needle = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    if (needle.isEmpty()) {
      return Optional.empty();
    }
    if (known.contains(needle)) {
      return Optional.of(needle);
    }
    String best = null;
    int bestDistance = MAX_SUGGESTION_DISTANCE + 1;
    for (String candidate : known) { // sorted: the first of equal distance wins
      int d = levenshtein(needle, candidate, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The paired region of {@code region} in {@code cloud}, if it has one. */
  public static Optional<String> pairedRegion(AzureCloud cloud, String region) {
    if (region == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(PAIRS.get(requireCloud(cloud)).get(region.toLowerCase(Locale.ROOT)));
  }

  /** All region pairs of {@code cloud} (region to its pair), sorted, unmodifiable. */
  public static SortedMap<String, String> pairs(AzureCloud cloud) {
    return PAIRS.get(requireCloud(cloud));
  }

  private static AzureCloud requireCloud(AzureCloud cloud) {
    if (cloud == null) {
      throw new NullPointerException("cloud");
    }
    return cloud;
  }

  /** Levenshtein distance, giving up (returning {@code limit}) once it cannot be below it. */
  static int levenshtein(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], limit);
  }
}
