package io.flgen.render;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Swaps two folders in one atomic step, so no instant exists at which neither is in place: Linux
 * {@code renameat2(RENAME_EXCHANGE)} (kernel 3.15+, glibc 2.28+) or macOS {@code
 * renamex_np(RENAME_SWAP)}. The JDK has no such call, so it goes through JNA. Where neither exists
 * (other systems, or a file system without exchange support) {@link #exchange} says so and the
 * caller falls back to two renames, which {@link OutputFolder} repairs on the next run.
 */
final class AtomicSwap {
  private static final int AT_FDCWD = -100;
  private static final int RENAME_EXCHANGE = 2; // linux/fs.h
  private static final int RENAME_SWAP = 2; // macOS sys/stdio.h
  private static final int ENOSYS = 38;
  private static final int EINVAL = 22;
  private static final int ENOTSUP_LINUX = 95;
  private static final int ENOTSUP_MAC = 45;

  private AtomicSwap() {}

  /** glibc's renameat2. */
  interface LinuxC extends Library {
    int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags)
        throws LastErrorException;
  }

  /** macOS's renamex_np. */
  interface MacC extends Library {
    int renamex_np(String from, String to, int flags) throws LastErrorException;
  }

  /**
   * Exchanges {@code a} and {@code b} (both must exist) atomically. Returns false, having changed
   * nothing, when the system or file system cannot.
   *
   * @throws IOException when the exchange is supported but failed (permissions, missing folder)
   */
  static boolean exchange(Path a, Path b) throws IOException {
    try {
      if (Platform.isLinux()) {
        Native.load("c", LinuxC.class)
            .renameat2(AT_FDCWD, a.toString(), AT_FDCWD, b.toString(), RENAME_EXCHANGE);
        return true;
      }
      if (Platform.isMac()) {
        Native.load("c", MacC.class).renamex_np(a.toString(), b.toString(), RENAME_SWAP);
        return true;
      }
      return false;
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == ENOSYS || errno == EINVAL || errno == ENOTSUP_LINUX || errno == ENOTSUP_MAC) {
        return false;
      }
      throw new IOException("cannot swap " + a + " and " + b + ": " + e.getMessage());
    } catch (LinkageError e) {
      return false; // no native library, or no such function in this libc
    }
  }
}
