package io.flgen.live;

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

  /** Runs the checks added so far, at most 8 at a time, and waits for all of them. */
  public void run() {
    List<Mono<Void>> now = List.copyOf(pending);
    pending.clear();
    Flux.fromIterable(now).flatMap(m -> m, 8).blockLast();
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
