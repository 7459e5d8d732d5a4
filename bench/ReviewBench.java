// flgen review benchmark: times an in-process review of a folder (read, parse, evaluate, derive,
// rules, REVIEW.md) after a warm-up. Run: java -cp target/flgen.jar bench/ReviewBench.java DIR
import io.flgen.review.Review;
import io.flgen.review.ReviewMarkdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

public class ReviewBench {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long bicep;
    try (var s = Files.walk(dir)) {
      bicep = s.filter(p -> p.toString().endsWith(".bicep")).count();
    }
    long[] ms = new long[5];
    int sink = 0;
    for (int i = 0; i < 3 + ms.length; i++) {
      long t0 = System.nanoTime();
      var r = Review.run(dir, dir.toString(), Optional.empty(), true);
      sink += ReviewMarkdown.render(r).length();
      long t1 = System.nanoTime();
      if (i >= 3) {
        ms[i - 3] = (t1 - t0) / 1_000_000;
      }
    }
    Arrays.sort(ms);
    System.out.printf("review %s: %d Bicep file(s), first-run-excluded median %d ms (min %d, max %d)%n",
        dir.getFileName(), bicep, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    if (sink == 0) {
      System.out.println("(nothing rendered)");
    }
  }
}
