package io.flgen.plan;

/**
 * Who owns a resource: the orchestrator or one silo. Rules use it to decide isolation.
 *
 * @param key {@code orchestrator} or the silo name
 * @param silo true for a silo
 * @param path the topology path that declares the party ({@code orchestrator}, {@code silos[2]})
 */
public record Party(String key, boolean silo, String path) {
  public static final Party ORCHESTRATOR = new Party("orchestrator", false, "orchestrator");

  /**
   * The owner of a hand-written resource the review cannot attribute; its key reads as words in
   * messages ({@code id-app (owner not known) has ...}).
   */
  public static final Party UNKNOWN = new Party("owner not known", false, "");

  public static Party silo(String name, int index) {
    return new Party(name, true, "silos[" + index + "]");
  }
}
