package io.flgen.plan;

import io.flgen.model.Topology;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Resource naming. Names are built from the prefix, a role and the party name; globally unique
 * names get a deterministic suffix. Names are never truncated: a name that breaks its rule is an
 * error (FLG201) that shows the resolved value, so two silos can never silently share a name.
 */
public final class Names {
  /** Length of the deterministic suffix. */
  public static final int SUFFIX_LENGTH = 5;

  private final String prefix;
  private final String suffix;
  private final String topologyName;

  public Names(Topology t) {
    this(
        t.metadata().naming().prefix(),
        t.metadata().name(),
        t.metadata().naming().uniqueSuffix()
            ? suffix(
                t.orchestrator().subscriptionId().toLowerCase(Locale.ROOT)
                    + "/"
                    + t.metadata().name())
            : "");
  }

  /**
   * @param prefix the naming prefix
   * @param topologyName the topology's name
   * @param suffix the unique suffix, or empty
   */
  public Names(String prefix, String topologyName, String suffix) {
    this.prefix = prefix;
    this.topologyName = topologyName;
    this.suffix = suffix;
  }

  /**
   * A stable 5-character [a-z0-9] suffix from SHA-256 of the seed. Same seed, same suffix, on every
   * machine.
   */
  public static String suffix(String seed) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
      for (int i = 0; i < SUFFIX_LENGTH; i++) {
        sb.append(alphabet.charAt((h[i] & 0xff) % alphabet.length()));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * camelCase from words: ("identity", "silo-a", "principalId") gives identitySiloAPrincipalId. The
   * one spelling of identifiers flgen derives from names (Bicep symbols, output names).
   */
  public static String camel(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      for (String w : part.split("[^A-Za-z0-9]+")) {
        if (w.isEmpty()) {
          continue;
        }
        sb.append(
                sb.length() == 0
                    ? Character.toLowerCase(w.charAt(0))
                    : Character.toUpperCase(w.charAt(0)))
            .append(w.substring(1));
      }
    }
    return sb.toString();
  }

  public String prefix() {
    return prefix;
  }

  public String uniqueSuffix() {
    return suffix;
  }

  /**
   * How a diagnostic says what a generated name was built from: the prefix, {@code part}, and the
   * suffix when there is one.
   */
  public String builtFrom(String part) {
    return " (built from prefix '"
        + prefix
        + "'"
        + part
        + (suffix.isEmpty() ? "" : " and suffix '" + suffix + "'")
        + ")";
  }

  private static String alnum(String party) {
    return party.replace("-", "");
  }

  public String workspace() {
    return "mlw-" + prefix;
  }

  public String orchestratorStorage() {
    return "st" + prefix + "orch" + suffix;
  }

  /** The workspace's own account (code snapshots, logs). */
  public String workspaceStorage() {
    return "st" + prefix + "ws" + suffix;
  }

  public String siloStorage(String silo) {
    return "st" + prefix + alnum(silo) + suffix;
  }

  public String keyVault() {
    return "kv-" + prefix + (suffix.isEmpty() ? "" : "-" + suffix);
  }

  public String workspaceKeyVault() {
    return "kvw-" + prefix + (suffix.isEmpty() ? "" : "-" + suffix);
  }

  public String registry() {
    return "cr" + prefix + suffix;
  }

  public String appInsights() {
    return "appi-" + prefix;
  }

  public String logAnalytics() {
    return "log-" + prefix;
  }

  public String orchestratorIdentity() {
    return "id-" + prefix + "-orchestrator";
  }

  public String siloIdentity(String silo) {
    return "id-" + prefix + "-" + silo;
  }

  public String vnet(String party) {
    return "vnet-" + prefix + "-" + party;
  }

  public String nsg(String party) {
    return "nsg-" + prefix + "-" + party;
  }

  public String privateEndpoint(String resourceName, String groupId) {
    return "pe-" + resourceName + "-" + groupId;
  }

  /** The multi-tenant app registration a cross-tenant silo's compute federates with. */
  public String federatedApp(String silo) {
    return "app-" + prefix + "-" + silo;
  }

  /** The Kubernetes namespace an external silo's jobs and volumes live in. */
  public String namespace(String silo) {
    return "fl-" + silo;
  }

  public String aksCluster(String silo) {
    return "aks-" + prefix + "-" + silo;
  }

  /** Datastore of a silo's own data (in the silo storage). */
  public String siloDataDatastore(String silo) {
    return silo.replace("-", "_") + "_data";
  }

  /** Datastore of a silo's model updates (its container in the orchestrator storage). */
  public String siloUpdatesDatastore(String silo) {
    return silo.replace("-", "_") + "_updates";
  }

  public String globalModelDatastore() {
    return "global_model";
  }

  /** The container that receives one silo's model updates. */
  public String updatesContainer(String silo) {
    return "updates-" + silo;
  }

  public String globalModelContainer() {
    return "global-model";
  }

  public String deployment(String concern) {
    return "flgen-" + topologyName + "-" + concern;
  }

  /** The orchestrator party key used in names. */
  public static final String ORCHESTRATOR = "orch";
}
