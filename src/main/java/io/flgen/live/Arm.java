package io.flgen.live;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.keyvault.KeyVaultManager;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.storage.StorageManager;
import io.flgen.azure.AzureCloud;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where and how flgen talks to Azure Resource Manager: the cloud's endpoints, the credential, the
 * HTTP client and the time one check may take. The SDK's managers are made once per subscription.
 *
 * @param environment the cloud's endpoints (ARM, Entra ID)
 * @param credential signs every request; never printed
 * @param httpClient the HTTP client, or null for the SDK's default
 * @param timeout how long one check may take, retries included
 */
public record Arm(
    AzureEnvironment environment,
    TokenCredential credential,
    HttpClient httpClient,
    Duration timeout,
    Map<String, Object> managers) {

  public Arm(
      AzureEnvironment environment,
      TokenCredential credential,
      HttpClient httpClient,
      Duration timeout) {
    this(environment, credential, httpClient, timeout, new ConcurrentHashMap<>());
  }

  /**
   * The signed-in user of the topology's cloud: DefaultAzureCredential tries environment variables,
   * workload and managed identity, then the Azure CLI, Azure PowerShell and azd logins.
   */
  public static Arm signedIn(AzureCloud cloud, String tenantId, Duration timeout) {
    AzureEnvironment env = environment(cloud);
    DefaultAzureCredentialBuilder b =
        new DefaultAzureCredentialBuilder().authorityHost(env.getActiveDirectoryEndpoint());
    if (tenantId != null) {
      b.tenantId(tenantId);
    }
    // silos in other tenants are read with the same sign-in, asking that tenant for a token
    b.additionallyAllowedTenants("*");
    return new Arm(env, b.build(), null, timeout);
  }

  /** The SDK's endpoints of a cloud. */
  public static AzureEnvironment environment(AzureCloud cloud) {
    return switch (cloud) {
      case PUBLIC -> AzureEnvironment.AZURE;
      case US_GOV -> AzureEnvironment.AZURE_US_GOVERNMENT;
      case CHINA -> AzureEnvironment.AZURE_CHINA;
    };
  }

  private AzureProfile profile(String tenantId, String subscriptionId) {
    return new AzureProfile(tenantId, subscriptionId, environment);
  }

  private <T extends com.azure.resourcemanager.resources.fluentcore.arm.AzureConfigurable<T>>
      T configure(T c) {
    return httpClient == null ? c : c.withHttpClient(httpClient);
  }

  public ResourceManager resources(String tenantId, String subscriptionId) {
    return (ResourceManager)
        managers.computeIfAbsent(
            "resources/" + tenantId + "/" + subscriptionId,
            k ->
                configure(ResourceManager.configure())
                    .authenticate(credential, profile(tenantId, subscriptionId))
                    .withSubscription(subscriptionId));
  }

  public StorageManager storage(String tenantId, String subscriptionId) {
    return (StorageManager)
        managers.computeIfAbsent(
            "storage/" + tenantId + "/" + subscriptionId,
            k ->
                configure(StorageManager.configure())
                    .authenticate(credential, profile(tenantId, subscriptionId)));
  }

  public AuthorizationManager authorization(String tenantId, String subscriptionId) {
    return (AuthorizationManager)
        managers.computeIfAbsent(
            "authorization/" + tenantId + "/" + subscriptionId,
            k ->
                configure(AuthorizationManager.configure())
                    .authenticate(credential, profile(tenantId, subscriptionId)));
  }

  public KeyVaultManager keyVault(String tenantId, String subscriptionId) {
    return (KeyVaultManager)
        managers.computeIfAbsent(
            "keyvault/" + tenantId + "/" + subscriptionId,
            k ->
                configure(KeyVaultManager.configure())
                    .authenticate(credential, profile(tenantId, subscriptionId)));
  }
}
