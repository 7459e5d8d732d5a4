package io.flgen.live;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Points the SDK at a local WireMock HTTPS server, as it would be pointed at a sovereign cloud: a
 * custom AzureEnvironment whose endpoints are the server, a credential that hands out a fixed test
 * token, and an HTTP client that trusts WireMock's self-signed certificate. Nothing else differs
 * from production.
 */
public final class LocalArm {
  private LocalArm() {}

  public static Arm arm(WireMockServer server, String token, Duration timeout) {
    return arm(
        server,
        request -> Mono.just(new AccessToken(token, OffsetDateTime.now().plusHours(1))),
        timeout);
  }

  /** The same, signing in with another credential (one that fails, for example). */
  public static Arm arm(WireMockServer server, TokenCredential credential, Duration timeout) {
    String base = server.baseUrl() + "/";
    AzureEnvironment local =
        new AzureEnvironment(
            Map.of(
                "resourceManagerEndpointUrl",
                base,
                "managementEndpointUrl",
                base,
                "activeDirectoryEndpointUrl",
                base,
                "microsoftGraphResourceId",
                base));
    var http =
        new NettyAsyncHttpClientBuilder(
                reactor.netty.http.client.HttpClient.create()
                    .secure(
                        ssl -> {
                          try {
                            ssl.sslContext(
                                SslContextBuilder.forClient()
                                    .trustManager(InsecureTrustManagerFactory.INSTANCE)
                                    .build());
                          } catch (javax.net.ssl.SSLException e) {
                            throw new IllegalStateException(e);
                          }
                        }))
            .build();
    return new Arm(local, credential, http, timeout);
  }
}
