package io.flgen.live;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
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
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    // Netty, under the SDK's HTTP client, reaches for sun.misc.Unsafe and loads its native epoll
    // transport; on the JDK 25 the launcher prefers, each prints JVM warnings on stderr. A few ARM
    // calls need neither: the portable paths are used unless the user set these properties.
    for (String p : new String[] {"io.netty.noUnsafe", "io.netty.transport.noNative"}) {
      if (System.getProperty(p) == null) {
        System.setProperty(p, "true");
      }
    }
  }

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

  /** The SDK manager of one type, tenant and subscription: {@code make} builds it once. */
  private <M> M manager(
      Class<M> type, String tenantId, String subscriptionId, Function<AzureProfile, M> make) {
    return type.cast(
        managers.computeIfAbsent(
            type.getSimpleName() + "/" + tenantId + "/" + subscriptionId,
            k -> make.apply(profile(tenantId, subscriptionId))));
  }

  public ResourceManager resources(String tenantId, String subscriptionId) {
    return manager(
        ResourceManager.class,
        tenantId,
        subscriptionId,
        p ->
            configure(ResourceManager.configure())
                .authenticate(credential, p)
                .withSubscription(subscriptionId));
  }

  public StorageManager storage(String tenantId, String subscriptionId) {
    return manager(
        StorageManager.class,
        tenantId,
        subscriptionId,
        p -> configure(StorageManager.configure()).authenticate(credential, p));
  }

  public AuthorizationManager authorization(String tenantId, String subscriptionId) {
    return manager(
        AuthorizationManager.class,
        tenantId,
        subscriptionId,
        p -> configure(AuthorizationManager.configure()).authenticate(credential, p));
  }

  /**
   * An ARM operation that none of the SDK managers flgen depends on covers (Resource SKUs, Azure ML
   * usages, container registry names), sent through the same pipeline as theirs: the credential's
   * token, the SDK's retries after {@code Retry-After}, the HTTP client. The answer is ARM's JSON;
   * a list is followed through every {@code nextLink} page. A status of 400 or more fails with the
   * SDK's {@link ManagementException} (status and ARM's error code, as {@link Failures} reads
   * them); a body that is not JSON fails as an unreadable answer.
   *
   * @param path the path below the ARM endpoint, with its query ({@code
   *     /subscriptions/.../usages?api-version=...})
   * @param body the JSON body of a POST, or null for a GET
   */
  public Mono<JsonNode> call(String tenantId, String subscriptionId, String path, String body) {
    HttpPipeline pipeline = resources(tenantId, subscriptionId).httpPipeline();
    String endpoint = environment.getResourceManagerEndpoint();
    String url =
        (endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint) + path;
    return send(pipeline, url, body);
  }

  /** Every item of a paged ARM list ({@code value}, then each {@code nextLink} page). */
  public Flux<JsonNode> list(String tenantId, String subscriptionId, String path) {
    String endpoint = environment.getResourceManagerEndpoint();
    // a nextLink is followed only to the cloud's ARM host: the token goes to no other
    return call(tenantId, subscriptionId, path, null)
        .expand(
            page -> {
              JsonNode next = page.path("nextLink");
              if (!next.isString() || next.asString().isEmpty()) {
                return Mono.empty();
              }
              if (!sameHost(next.asString(), endpoint)) {
                return Mono.error(new ForeignPage());
              }
              return send(
                  resources(tenantId, subscriptionId).httpPipeline(), next.asString(), null);
            })
        .flatMapIterable(page -> page.path("value"));
  }

  /** Whether a URL has the scheme, host and port of the endpoint. */
  static boolean sameHost(String url, String endpoint) {
    try {
      java.net.URI u = java.net.URI.create(url);
      java.net.URI e = java.net.URI.create(endpoint);
      return "https".equalsIgnoreCase(u.getScheme())
          && u.getScheme().equalsIgnoreCase(e.getScheme())
          && u.getHost() != null
          && u.getHost().equalsIgnoreCase(e.getHost())
          && u.getPort() == e.getPort()
          && u.getUserInfo() == null;
    } catch (IllegalArgumentException ex) {
      return false;
    }
  }

  /** A list page whose nextLink leaves the cloud's resource manager endpoint: not followed. */
  static final class ForeignPage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ForeignPage() {
      super("nextLink outside the resource manager endpoint", null, false, false);
    }
  }

  private static Mono<JsonNode> send(HttpPipeline pipeline, String url, String body) {
    HttpRequest request =
        new HttpRequest(body == null ? HttpMethod.GET : HttpMethod.POST, url)
            .setHeader(HttpHeaderName.ACCEPT, "application/json");
    if (body != null) {
      request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(body);
    }
    return pipeline
        .send(request)
        .flatMap(
            response ->
                response
                    .getBodyAsString()
                    .defaultIfEmpty("")
                    .flatMap(text -> answer(response, text)));
  }

  private static Mono<JsonNode> answer(HttpResponse response, String text) {
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (JacksonException e) {
      json = null;
    }
    int status = response.getStatusCode();
    if (status >= 400) {
      JsonNode error = json == null ? null : json.path("error");
      ManagementError detail =
          error == null || !error.path("code").isString()
              ? null
              : new ManagementError(error.path("code").asString(), "");
      return Mono.error(new ManagementException("HTTP " + status, response, detail));
    }
    if (json == null || !json.isObject()) {
      return Mono.error(new HttpResponseException("not JSON", response));
    }
    return Mono.just(json);
  }

  public KeyVaultManager keyVault(String tenantId, String subscriptionId) {
    return manager(
        KeyVaultManager.class,
        tenantId,
        subscriptionId,
        p -> configure(KeyVaultManager.configure()).authenticate(credential, p));
  }
}
