// In-process benchmark of flgen validate and render.
//
// Run (Java 17 single-file source launch, with the shaded jar on the classpath):
//   java -Xmx512m -cp target/flgen.jar bench/Bench.java TOPOLOGY.yaml...
//
// For each file: 3 warm-up iterations, then 5 timed iterations of
//   validate = Compilation.of(bytes) (YAML + schema + bind + semantic checks, name and zone checks)
//   render   = Compilation.plan + RuleEngine.run (all rules, the topology's stage) + Renderer.render
//              (files kept in memory, nothing written), which is what `flgen render` does in memory
// -Dbench.warmup=N and -Dbench.runs=N change the iteration counts (defaults 3 and 5).
// and prints the medians, ms per silo and heap figures. The file is read once, outside the timing.
import io.flgen.compile.Compilation;
import io.flgen.diag.Diagnostic;
import io.flgen.model.Topology;
import io.flgen.plan.Plan;
import io.flgen.render.GeneratedFiles;
import io.flgen.render.Renderer;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

public class Bench {
  static final int WARMUP = Integer.getInteger("bench.warmup", 3);
  static final int RUNS = Integer.getInteger("bench.runs", 5);
  static final MemoryMXBean MEM = ManagementFactory.getMemoryMXBean();
  static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static final double MB = 1024.0 * 1024.0;
  static long sink; // keeps results observable so nothing is optimised away

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java -Xmx512m -cp target/flgen.jar bench/Bench.java TOPOLOGY.yaml...");
      System.exit(64);
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long maxHeap = Runtime.getRuntime().maxMemory();
    List<String> gcs = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs.add(gc.getName());
    }
    System.out.printf("JVM %s %s, %d CPU(s), max heap %.0f MB, GC %s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), maxHeap / MB, gcs);
    System.out.printf("warm-up %d, timed %d iterations per file; times are medians%n%n", WARMUP, RUNS);
    String header = String.format("%-22s %6s %7s %12s %10s %10s %8s %8s %9s %9s %10s %10s %9s",
        "file", "silos", "KB in", "validate ms", "render ms", "total ms", "ms/silo", "cpu ms", "cpu/silo", "files",
        "MB out", "heap max", "live MB");
    System.out.println(header);
    System.out.println("-".repeat(header.length()));
    boolean failed = false;
    for (String arg : args) {
      failed |= !bench(Path.of(arg), today);
    }
    System.out.println();
    System.out.println("heap max = highest heap in use (MemoryMXBean, sampled after every validate and render, no forced GC);");
    System.out.println("cpu ms   = CPU time of the benchmark thread for validate + render (median): unlike the wall times,");
    System.out.println("           it does not grow when other processes share the CPUs; GC and JIT threads are not in it.");
    System.out.println("live MB  = heap in use after a full GC while the topology, plan and rendered files are still referenced.");
    System.out.println("(sink " + (sink & 0xff) + ")");
    if (failed) {
      System.exit(2);
    }
  }

  static boolean bench(Path file, LocalDate today) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String display = file.toString();
    System.gc();
    long[] v = new long[RUNS];
    long[] r = new long[RUNS];
    long[] cpu = new long[RUNS];
    long heapMax = 0;
    Topology topology = null;
    GeneratedFiles files = null;
    Plan plan = null;
    for (int i = 0; i < WARMUP + RUNS; i++) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Compilation res = Compilation.of(bytes, display, today);
      List<Diagnostic> diags = res.diagnostics();
      long t1 = System.nanoTime();
      heapMax = Math.max(heapMax, MEM.getHeapMemoryUsage().getUsed());
      if (!res.ok()) {
        System.out.println(display + ": INVALID, " + diags.size() + " diagnostic(s):");
        diags.stream().limit(10).forEach(d -> System.out.println("  " + d));
        return false;
      }
      topology = res.topology();
      long t2 = System.nanoTime();
      plan = res.plan();
      sink += RuleEngine.run(RuleCatalog.ALL, plan, res.stage(), res.locator(), true).results().size();
      files = Renderer.render(plan, Renderer.GENERATOR, res.source());
      long t3 = System.nanoTime();
      long c3 = THREADS.getCurrentThreadCpuTime();
      heapMax = Math.max(heapMax, MEM.getHeapMemoryUsage().getUsed());
      sink += files.asMap().size();
      if (i >= WARMUP) {
        v[i - WARMUP] = t1 - t0;
        r[i - WARMUP] = t3 - t2;
        cpu[i - WARMUP] = c3 - c0;
      }
    }
    long outChars = 0;
    for (Map.Entry<String, String> e : files.asMap().entrySet()) {
      outChars += e.getValue().length();
    }
    System.gc();
    long live = MEM.getHeapMemoryUsage().getUsed();
    sink += topology.silos().size() + plan.grants().size() + files.asMap().size();

    int silos = topology.silos().size();
    double vms = median(v) / 1e6;
    double rms = median(r) / 1e6;
    String name = file.getFileName().toString();
    double cms = median(cpu) / 1e6;
    System.out.printf("%-22s %6d %7.0f %12.1f %10.1f %10.1f %8.3f %8.1f %9.3f %9d %10.1f %9.0fM %9.0f%n",
        name.length() > 22 ? name.substring(0, 22) : name, silos, bytes.length / 1024.0, vms, rms, vms + rms,
        (vms + rms) / silos, cms, cms / silos, files.asMap().size(), outChars / MB, heapMax / MB, live / MB);
    return true;
  }

  static double median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
  }
}
