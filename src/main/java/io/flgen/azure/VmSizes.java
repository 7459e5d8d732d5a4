package io.flgen.azure;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Retired or retiring VM sizes that must not be used for Azure ML compute. */
public final class VmSizes {

  /**
   * A retirement: the size family, the date after which VMs are deallocated, and what to use
   * instead.
   */
  public record Retirement(String family, LocalDate date, String replacement, String source) {
    public Retirement {
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(source, "source");
    }

    /** Whether the size is already retired on {@code day}. */
    public boolean isRetiredOn(LocalDate day) {
      return !day.isBefore(date);
    }
  }

  // Source: "Migrate your NC and NC_Promo series virtual machines by September 6, 2023",
  // https://learn.microsoft.com/azure/virtual-machines/sizes/migration-guides/nc-series-retirement
  // (NVIDIA K80; "resize ... to another GPU Virtual Machine size").
  private static final Retirement NC =
      new Retirement(
          "NC (v1) / NC_Promo",
          LocalDate.of(2023, 9, 6),
          "NCasT4_v3 or NC A100 v4 (e.g. Standard_NC4as_T4_v3, Standard_NC24ads_A100_v4)",
          "https://learn.microsoft.com/azure/virtual-machines/sizes/migration-guides/nc-series-retirement");

  // Source: "Migrate your NCv2 series virtual machines by September 6, 2023",
  // https://learn.microsoft.com/azure/virtual-machines/sizes/migration-guides/ncv2-series-retirement
  private static final Retirement NCV2 =
      new Retirement(
          "NCv2",
          LocalDate.of(2023, 9, 6),
          "NC A100 v4 or NCasT4_v3 (e.g. Standard_NC24ads_A100_v4)",
          "https://learn.microsoft.com/azure/virtual-machines/sizes/migration-guides/ncv2-series-retirement");

  // Source: "Migrate your ND series virtual machines by September 6, 2023",
  // https://learn.microsoft.com/azure/virtual-machines/sizes/migration-guides/nd-series-retirement
  private static final Retirement ND =
      new Retirement(
          "ND",
          LocalDate.of(2023, 9, 6),
          "NC A100 v4 or ND A100 v4 (e.g. Standard_NC24ads_A100_v4)",
          "https://learn.microsoft.com/azure/virtual-machines/sizes/migration-guides/nd-series-retirement");

  // Source: "NV series retirement starting September 6, 2023" (NV and NV_Promo; NVv3/NVv4 not
  // affected),
  // https://learn.microsoft.com/azure/virtual-machines/sizes/migration-guides/nv-series-retirement
  private static final Retirement NV =
      new Retirement(
          "NV / NV_Promo",
          LocalDate.of(2023, 9, 6),
          "NVadsA10_v5 (e.g. Standard_NV36ads_A10_v5)",
          "https://learn.microsoft.com/azure/virtual-machines/sizes/migration-guides/nv-series-retirement");

  // Source: "Migrate your NCv3-series virtual machines by September 30, 2025" (NC6s_v3,
  // NC12s_v3, NC24s_v3 and NC24rs_v3),
  // https://learn.microsoft.com/azure/virtual-machines/ncv3-retirement
  // and https://learn.microsoft.com/azure/virtual-machines/ncv3-nc6s-nc12s-nc24s-retirement
  // (recommends NC A100 v4 / NCads H100 v5).
  private static final Retirement NCV3 =
      new Retirement(
          "NCv3",
          LocalDate.of(2025, 9, 30),
          "NC A100 v4 or NCads H100 v5 (e.g. Standard_NC24ads_A100_v4 for Standard_NC6s_v3)",
          "https://learn.microsoft.com/azure/virtual-machines/ncv3-retirement");

  private static final SortedMap<String, Retirement> BY_SIZE;

  static {
    SortedMap<String, Retirement> m = new TreeMap<>();
    put(
        m,
        NC,
        "Standard_NC6",
        "Standard_NC12",
        "Standard_NC24",
        "Standard_NC24r",
        "Standard_NC6_Promo",
        "Standard_NC12_Promo",
        "Standard_NC24_Promo",
        "Standard_NC24r_Promo");
    put(
        m,
        NCV2,
        "Standard_NC6s_v2",
        "Standard_NC12s_v2",
        "Standard_NC24s_v2",
        "Standard_NC24rs_v2");
    put(m, ND, "Standard_ND6s", "Standard_ND12s", "Standard_ND24s", "Standard_ND24rs");
    put(
        m,
        NV,
        "Standard_NV6",
        "Standard_NV12",
        "Standard_NV24",
        "Standard_NV6_Promo",
        "Standard_NV12_Promo",
        "Standard_NV24_Promo");
    put(
        m,
        NCV3,
        "Standard_NC6s_v3",
        "Standard_NC12s_v3",
        "Standard_NC24s_v3",
        "Standard_NC24rs_v3");
    BY_SIZE = Collections.unmodifiableSortedMap(m);
  }

  private VmSizes() {}

  private static void put(SortedMap<String, Retirement> m, Retirement r, String... sizes) {
    for (String s : sizes) {
      if (m.put(s.toLowerCase(Locale.ROOT), r) != null) {
        throw new IllegalStateException("duplicate size " + s);
      }
    }
  }

  /**
   * The retirement of {@code vmSize} ({@code Standard_NC6s_v3}), case-insensitive; the {@code
   * Standard_} prefix may be omitted. Empty for sizes not known to be retired or retiring.
   */
  public static Optional<Retirement> retirement(String vmSize) {
    if (vmSize == null) {
      return Optional.empty();
    }
    String key = vmSize.trim().toLowerCase(Locale.ROOT);
    if (!key.startsWith("standard_")) {
      key = "standard_" + key;
    }
    return Optional.ofNullable(BY_SIZE.get(key));
  }

  /** Every listed size (lowercase) with its retirement, sorted. */
  public static SortedMap<String, Retirement> all() {
    return BY_SIZE;
  }
}
