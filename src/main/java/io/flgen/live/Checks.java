package io.flgen.live;

import com.azure.core.credential.TokenRequestContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs read-only calls as named checks: in parallel, each within the time limit, a failure recorded
 * as an inconclusive check with its reason instead of thrown.
 */
public final class Checks {
  /** A check that could not run, and why. */
  public record Inconclusive(String check, String target, String reason) {}

  private final Arm arm;
  private final List<Mono<Void>> pending = new ArrayList<>();
  private final List<Inconclusive> inconclusive = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, List<String>> targets = new LinkedHashMap<>();

  public Checks(Arm arm) {
    this.arm = arm;
  }

  /**
   * Adds a check: the call, what to do with its answer, and what a 404 means (null: the check is
   * inconclusive like any other failure). The call is built lazily, so that even a failure to set
   * up the client (no credential) becomes an inconclusive check.
   */
  public <T> void add(
      String name, String target, Supplier<Mono<T>> call, Consumer<T> answer, Runnable notFound) {
    counts.merge(name, 1, Integer::sum);
    targets.computeIfAbsent(name, k -> new ArrayList<>()).add(target);
    pending.add(
        Mono.defer(call)
            .timeout(arm.timeout())
            .doOnNext(answer)
            .then()
            .onErrorResume(
                e -> {
                  if (notFound != null && Failures.status(e) == 404) {
                    notFound.run();
                  } else {
                    inconclusive.add(
                        new Inconclusive(name, target, Failures.reason(e, arm.timeout())));
                  }
                  return Mono.empty();
                }));
  }

  /**
   * Runs the checks added so far, at most 8 at a time, and waits for all of them. The sign-in comes
   * first, once: when no token for Resource Manager can be had within the time limit, no call is
   * made and every check is inconclusive with the sign-in's reason (instead of each check waiting
   * out its own time limit behind a credential that cannot answer).
   *
   * @param tenantId the tenant to sign in to, or null for the credential's own
   */
  public void run(String tenantId) {
    List<Mono<Void>> now = List.copyOf(pending);
    pending.clear();
    String failed = signIn(tenantId);
    if (failed != null) {
      counts.forEach(
          (name, n) -> {
            for (int i = 0; i < n; i++) {
              inconclusive.add(new Inconclusive(name, targets.get(name).get(i), failed));
            }
          });
      return;
    }
    Flux.fromIterable(now).flatMap(m -> m, 8).blockLast();
  }

  /** Null when a token for Resource Manager came within the time limit, else why not. */
  private String signIn(String tenantId) {
    TokenRequestContext context =
        new TokenRequestContext()
            .addScopes(arm.environment().getResourceManagerEndpoint() + ".default");
    if (tenantId != null) {
      context.setTenantId(tenantId);
    }
    try {
      Mono.defer(() -> arm.credential().getToken(context)).timeout(arm.timeout()).block();
      return null;
    } catch (RuntimeException e) {
      return "sign-in failed: " + Failures.reason(e, arm.timeout());
    }
  }

  /** The inconclusive checks, sorted by check and target. */
  public List<Inconclusive> inconclusive() {
    List<Inconclusive> open = new ArrayList<>(inconclusive);
    open.sort(Comparator.comparing(Inconclusive::check).thenComparing(Inconclusive::target));
    return List.copyOf(open);
  }

  /** How many checks ran, by name. */
  public Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }
}
