package io.flgen.terms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An IPv4 CIDR block. {@link #parse} explains what is wrong with a malformed one.
 *
 * @param base the network address as an unsigned 32-bit value
 * @param prefix the prefix length, 0-32
 */
public record Cidr(long base, int prefix) {

  /** The result of parsing: a block, or the reason it is not one. */
  public record Parsed(Optional<Cidr> cidr, String problem) {}

  public static Parsed parse(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return bad("missing '/prefix'");
    }
    String[] octets = s.substring(0, slash).split("\\.", -1);
    if (octets.length != 4) {
      return bad("expected 4 octets");
    }
    long v = 0;
    for (String o : octets) {
      if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Character::isDigit)) {
        return bad("octet '" + o + "' is not a number");
      }
      int n = Integer.parseInt(o);
      if (n > 255) {
        return bad("octet " + n + " is above 255");
      }
      v = (v << 8) | n;
    }
    String p = s.substring(slash + 1);
    if (p.isEmpty() || p.length() > 2 || !p.chars().allMatch(Character::isDigit)) {
      return bad("prefix '" + p + "' is not a number");
    }
    int prefix = Integer.parseInt(p);
    if (prefix > 32) {
      return bad("prefix /" + prefix + " is above /32");
    }
    Cidr c = new Cidr(v, prefix);
    if ((v & ~c.mask() & 0xffffffffL) != 0) {
      Cidr aligned = new Cidr(v & c.mask(), prefix);
      return bad("host bits are set; did you mean " + aligned + "?");
    }
    return new Parsed(Optional.of(c), "");
  }

  private static Parsed bad(String why) {
    return new Parsed(Optional.empty(), why);
  }

  public long mask() {
    return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
  }

  public long size() {
    return 1L << (32 - prefix);
  }

  public long last() {
    return base + size() - 1;
  }

  public boolean overlaps(Cidr o) {
    return base <= o.last() && o.base <= last();
  }

  public boolean contains(Cidr o) {
    return base <= o.base && o.last() <= last();
  }

  /** The {@code index}-th block of prefix {@code newPrefix} inside this one. */
  public Cidr subnet(int newPrefix, long index) {
    if (newPrefix < prefix || newPrefix > 32) {
      throw new IllegalArgumentException("prefix " + newPrefix + " does not fit in " + this);
    }
    long step = 1L << (32 - newPrefix);
    if ((index + 1) * step > size()) {
      throw new IllegalArgumentException("subnet index " + index + " outside " + this);
    }
    return new Cidr(base + index * step, newPrefix);
  }

  /**
   * Every overlapping pair among the blocks, as {@code {i, j}} positions with {@code i < j}, sorted
   * by {@code i} then {@code j}. A sorted sweep, not a test of every pair: two CIDR blocks overlap
   * only when one contains the other, so after sorting by start (larger block first) the blocks
   * still open at a start form a chain of nested blocks, each of which contains the new one. The
   * cost is O(n log n) plus the number of overlapping pairs.
   */
  public static List<int[]> overlappingPairs(List<Cidr> blocks) {
    Integer[] order = new Integer[blocks.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(i -> blocks.get(i).base())
            .thenComparingInt(i -> blocks.get(i).prefix())
            .thenComparingInt(i -> i));
    List<int[]> pairs = new ArrayList<>();
    ArrayDeque<Integer> open = new ArrayDeque<>();
    for (int i : order) {
      Cidr c = blocks.get(i);
      while (!open.isEmpty() && blocks.get(open.peek()).last() < c.base()) {
        open.pop();
      }
      for (int j : open) {
        pairs.add(new int[] {Math.min(i, j), Math.max(i, j)});
      }
      open.push(i);
    }
    pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
    return pairs;
  }

  @Override
  public String toString() {
    return ((base >> 24) & 255)
        + "."
        + ((base >> 16) & 255)
        + "."
        + ((base >> 8) & 255)
        + "."
        + (base & 255)
        + "/"
        + prefix;
  }
}
