package io.flgen.azure;

import java.util.List;

/**
 * The outbound traffic Azure ML compute needs from a subnet without default outbound access, as
 * service tags and ports, read once from {@value #FILE} with its source. The compute subnet's NSG
 * allows exactly these, and the subnet reaches them through a NAT gateway or the hub firewall.
 */
public final class AmlOutbound {
  static final String FILE = "azure/aml-outbound.properties";

  private AmlOutbound() {}

  /**
   * One required outbound allowance.
   *
   * @param tag the service tag
   * @param protocol {@code Tcp} or {@code Udp}
   * @param ports a port or a comma-separated list
   * @param why what Azure ML uses it for
   */
  public record Tag(String tag, String protocol, String ports, String why) {}

  /** Required by every Azure ML compute cluster in a VNet, in NSG priority order (the row ids). */
  public static final List<Tag> REQUIRED =
      DataTable.read(FILE, "tag", "protocol", "ports", "why").rows().values().stream()
          .map(r -> new Tag(r.get("tag"), r.get("protocol"), r.get("ports"), r.get("why")))
          .toList();
}
