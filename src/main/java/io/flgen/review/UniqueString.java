package io.flgen.review;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Azure's {@code uniqueString()}: the arguments joined with '-', UTF-8 encoded, hashed to 64 bits
 * with the Murmur-based hash ARM uses (two 32-bit lanes, seed 0), and written as 13 characters of
 * the alphabet a-z, 2-7, five bits at a time from the top. Azure does not document the algorithm;
 * the test checks it against published values ({@code uniqueString('hello', 'world')} is {@code
 * a7wkljktk6wne}).
 */
final class UniqueString {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final int C1 = 0x239b961b;
  private static final int C2 = 0xab0e9789;

  private UniqueString() {}

  static String of(List<String> args) {
    long h = hash(String.join("-", args).getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder(13);
    for (int i = 0; i < 13; i++) {
      sb.append(ALPHABET.charAt((int) (h >>> 59)));
      h <<= 5;
    }
    return sb.toString();
  }

  static long hash(byte[] d) {
    int h1 = 0;
    int h2 = 0;
    int i = 0;
    for (; i + 8 <= d.length; i += 8) {
      h1 ^= lane1(le(d, i, 4));
      h1 = Integer.rotateLeft(h1, 19) + h2;
      h1 = h1 * 5 + 0x561ccd1b;
      h2 ^= lane2(le(d, i + 4, 4));
      h2 = Integer.rotateLeft(h2, 13) + h1;
      h2 = h2 * 5 + 0x0bcaa747;
    }
    int tail = d.length - i;
    if (tail > 0) {
      h1 ^= lane1(le(d, i, Math.min(tail, 4)));
      if (tail > 4) {
        h2 ^= lane2(le(d, i + 4, tail - 4));
      }
    }
    h1 ^= d.length;
    h2 ^= d.length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    return ((long) h2 << 32) | (h1 & 0xffffffffL);
  }

  private static int lane1(int k) {
    return Integer.rotateLeft(k * C1, 15) * C2;
  }

  private static int lane2(int k) {
    return Integer.rotateLeft(k * C2, 17) * C1;
  }

  /** Up to four bytes from {@code at}, little-endian. */
  private static int le(byte[] d, int at, int n) {
    int k = 0;
    for (int j = n - 1; j >= 0; j--) {
      k = (k << 8) | (d[at + j] & 0xff);
    }
    return k;
  }

  private static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
