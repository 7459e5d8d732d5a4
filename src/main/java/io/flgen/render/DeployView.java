package io.flgen.render;

import io.flgen.plan.Plan;
import java.util.List;

/**
 * The view of DEPLOY.md: the facts its header prints and the numbered steps, each with its title
 * and the data its body prints. {@link DeploySteps} decides which steps there are and numbers them;
 * the template prints them, by kind, and computes nothing. Public, as FreeMarker reads only public
 * records.
 *
 * @param tenantArg {@code --tenant <id>} for {@code az login} when the home tenant is known, else
 *     empty
 * @param deployArgs the parameters every run of main.bicep passes; a re-run adds its switches
 */
public record DeployView(
    String topology,
    String stage,
    String homeTenant,
    String tenantArg,
    String cloud,
    String subscription,
    String region,
    String deployment,
    String workspace,
    String resourceGroup,
    long grants,
    List<String> subscriptions,
    List<ExistingStorage> existingStorage,
    List<Partner> partners,
    List<Group> existingGroups,
    List<String> extensions,
    List<ArcCluster> arcClusters,
    List<String> providers,
    String deployArgs,
    String crossTenantArgs,
    String attachArgs,
    List<String> clientIds,
    List<Step> steps,
    boolean crawl) {

  static DeployView build(Plan plan, GeneratedFiles files) {
    return new DeploySteps(plan, files).view();
  }

  /**
   * One numbered step: {@code kind} names the template macro that prints {@code data}.
   *
   * @param data the step's own facts: a record of this class, a list, or null
   */
  public record Step(int number, String kind, String title, Object data) {}

  /** An existing home-tenant account the deployment adds role assignments to. */
  public record ExistingStorage(String account, String subscription, String resourceGroup) {}

  /** A resource group of another party the deployment deploys into. */
  public record Group(String resourceGroup, String subscription) {}

  /** A partner tenant: where its bundle deploys and the apps it consents to. */
  public record Partner(String tenant, String subscription, String region, List<App> apps) {}

  /** A federated app, with the bundle parameter that takes its service principal's id. */
  public record App(String silo, String app, String param) {}

  /** The trust script of one silo's app, handed to the admin of its tenant. */
  public record Trust(String silo, String app, String tenant) {}

  /** An Arc cluster its admin connects before the deployment (step 0). */
  public record ArcCluster(
      String silo, String cluster, String resourceGroup, String subscription, String region) {}

  /** The jumpbox of the way in, and its Bastion. */
  public record Jumpbox(String bastion, String vm, String resourceGroup) {}

  /** A private endpoint into an existing account, approved by the account's owner. */
  public record OwnerApproval(
      String endpoint, String account, String resourceGroup, String subscription) {}

  /**
   * A silo's cluster; {@code networkPolicyFile} is empty when none is written, {@code privatePath}
   * null when the silo declares none.
   */
  public record Cluster(
      String silo,
      String cluster,
      String resourceGroup,
      String subscription,
      String networkPolicyFile,
      PrivatePath privatePath) {}

  /** An Arc silo's own path to the hub, and the names that must resolve privately through it. */
  public record PrivatePath(String via, String dns, List<String> hosts, List<String> zones) {}

  /**
   * The upload step.
   *
   * @param directOnly the workspace cannot upload (run stage), so the note says so
   */
  public record Uploads(
      boolean directOnly,
      List<Upload> silos,
      List<BaselineUpload> baseline,
      String baselineWhere) {}

  /**
   * One silo's upload.
   *
   * @param tenant the partner tenant to sign in to, empty for the home tenant
   * @param studio the studio is offered as well (walk stage, with a data datastore)
   * @param viaJumpbox the data is copied to the jumpbox first
   */
  public record Upload(
      String silo,
      String account,
      String container,
      String training,
      String testing,
      String datastore,
      String where,
      String tenant,
      boolean studio,
      boolean viaJumpbox) {}

  /** A folder of the baseline's pooled data. */
  public record BaselineUpload(String account, String container, String path) {}
}
