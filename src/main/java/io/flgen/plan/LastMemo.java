package io.flgen.plan;

import java.util.function.Function;

/**
 * The result of a function for the key it was last asked about, compared by identity. A plan and
 * its lists are immutable and one run asks about one plan many times (rules per party, readiness
 * per rule and per render), so an index or analysis built once for the last key serves them all
 * without holding on to older plans. Records hold no extra state, which is why this sits beside
 * them.
 */
public final class LastMemo<K, V> {
  private record Entry<K, V>(K key, V value) {}

  private final Function<K, V> compute;
  private volatile Entry<K, V> last;

  public LastMemo(Function<K, V> compute) {
    this.compute = compute;
  }

  public V get(K key) {
    Entry<K, V> e = last;
    if (e == null || e.key() != key) {
      e = new Entry<>(key, compute.apply(key));
      last = e;
    }
    return e.value();
  }
}
