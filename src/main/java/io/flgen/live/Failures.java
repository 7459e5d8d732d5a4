package io.flgen.live;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.management.exception.ManagementException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import reactor.core.Exceptions;

/**
 * Says in one line why a call to Azure failed, for the list of inconclusive checks. It names the
 * HTTP status and ARM's error code only: never the message body, the request or a header, so no
 * token or secret can reach the output.
 */
public final class Failures {
  private Failures() {}

  /** The HTTP status of a failed call, or 0 when there was no answer. */
  public static int status(Throwable e) {
    Throwable t = Exceptions.unwrap(e);
    return t instanceof HttpResponseException h && h.getResponse() != null
        ? h.getResponse().getStatusCode()
        : 0;
  }

  public static String reason(Throwable e, Duration timeout) {
    Throwable t = Exceptions.unwrap(e);
    if (t instanceof Arm.ForeignPage) {
      return "a page's nextLink leaves the resource manager endpoint: not followed, so the token "
          + "goes to no other host";
    }
    if (t instanceof TimeoutException) {
      return "no answer within " + timeout.toSeconds() + " s (--timeout)";
    }
    int status = status(t);
    if (status != 0) {
      String code =
          t instanceof ManagementException m
                  && m.getValue() != null
                  && m.getValue().getCode() != null
              ? " " + m.getValue().getCode().replaceAll("[^A-Za-z0-9.]", "")
              : "";
      if (status >= 200 && status < 300) {
        return "unreadable answer (HTTP " + status + " with a body that is not the expected JSON)";
      }
      return switch (status) {
        case 401 ->
            "not signed in, or the token was refused (HTTP 401" + code + "): sign in with az login";
        case 403 ->
            "permission denied (HTTP 403" + code + "): the signed-in identity may not read this";
        case 429 ->
            "throttled (HTTP 429"
                + code
                + ") and still throttled after the retries Retry-After asked for";
        default -> "HTTP " + status + code;
      };
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof java.io.IOException || c instanceof java.io.UncheckedIOException) {
        return "unreadable answer or broken connection (" + c.getClass().getSimpleName() + ")";
      }
      if (c instanceof com.azure.identity.CredentialUnavailableException
          || c instanceof com.azure.core.exception.ClientAuthenticationException) {
        return "no credential: sign in with az login, or set the AZURE_* environment variables";
      }
    }
    return "the call failed (" + t.getClass().getSimpleName() + ")";
  }
}
