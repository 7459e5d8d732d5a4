package io.flgen.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a commented starting topology that validates at its own stage. On a terminal with no
 * options it asks for each setting; otherwise the options (or their defaults) decide.
 */
@Command(
    name = "init",
    description = {
      "Write a commented starting topology that validates at its own stage.",
      "With no options on a terminal it asks for each setting; without a terminal it uses the defaults.",
      "Subscription, tenant and object IDs are placeholders: replace them before you deploy."
    },
    exitCodeList = {
      "0:Success.",
      "2:Invalid input (an option value, or the file exists without --force).",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class InitCommand extends CliCommand {
  static final List<String> STAGES = List.of("crawl", "walk", "run");
  static final List<String> CLOUDS = List.of("public", "usgov", "china");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,30}[a-z0-9]");
  private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]{2,30}");

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the topology; '-' prints it (default: ${DEFAULT-VALUE}).",
      defaultValue = "topology.yaml")
  String output = "topology.yaml";

  @Option(names = "--force", description = "Overwrite FILE when it exists.")
  boolean force;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "metadata.name (default: fl-<stage>).")
  String name;

  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      description = "crawl, walk or run (default: crawl).")
  String stage;

  @Option(
      names = "--cloud",
      paramLabel = "CLOUD",
      description = "public, usgov or china (default: public).")
  String cloud;

  @Option(
      names = "--internal",
      paramLabel = "N",
      description = "Internal silos (default: 2 when no kind is given).")
  Integer internal;

  @Option(
      names = "--external",
      paramLabel = "N",
      description = "External silos on an Arc-enabled cluster (default: 0).")
  Integer external;

  @Option(
      names = "--cross-tenant",
      paramLabel = "N",
      description = "Cross-tenant silos (default: 0).")
  Integer crossTenant;

  @Option(
      names = "--regions",
      paramLabel = "REGION",
      split = ",",
      description =
          "Azure regions; the orchestrator takes the first, silos cycle through all (default: the cloud's first).")
  List<String> regions;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Rounds of the example job (default: 3).")
  Integer rounds;

  @Override
  int run(PrintWriter out, PrintWriter err) throws IOException {
    boolean noOptions =
        name == null
            && stage == null
            && cloud == null
            && internal == null
            && external == null
            && crossTenant == null
            && regions == null
            && rounds == null;
    Console console = System.console();
    if (noOptions && console != null && !"-".equals(output)) {
      ask(console);
    }
    Settings s;
    try {
      s = settings();
    } catch (IllegalArgumentException e) {
      return invalid(err, e.getMessage());
    }
    String text = render(s);
    if ("-".equals(output)) {
      out.print(text);
      return ExitCodes.OK;
    }
    Path file = Path.of(output);
    if (Files.exists(file) && !force) {
      err.println("flgen: " + file + " exists; pass --force to overwrite it");
      return ExitCodes.INVALID_INPUT;
    }
    // write beside the target and move into place, so a failure leaves no half-written file
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".flgen-init", ".yaml");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    out.println(
        "wrote "
            + file
            + " (stage "
            + s.stage
            + ", "
            + s.internal
            + " internal, "
            + s.external
            + " external, "
            + s.crossTenant
            + " cross-tenant silo(s)); next: flgen validate "
            + file);
    return ExitCodes.OK;
  }

  private void ask(Console c) {
    stage = prompt(c, "stage (crawl, walk, run)", "crawl");
    cloud = prompt(c, "cloud (public, usgov, china)", "public");
    internal = Integer.valueOf(prompt(c, "internal silos", "2"));
    external = Integer.valueOf(prompt(c, "external silos (Arc-enabled Kubernetes)", "0"));
    crossTenant = Integer.valueOf(prompt(c, "cross-tenant silos", "0"));
    String r = prompt(c, "regions, comma-separated", defaultRegion(cloud));
    regions = List.of(r.split(","));
    rounds = Integer.valueOf(prompt(c, "rounds of the example job", "3"));
  }

  private static String prompt(Console c, String question, String dflt) {
    String line = c.readLine("%s [%s]: ", question, dflt);
    return line == null || line.isBlank() ? dflt : line.trim();
  }

  /** The settings, checked; an IllegalArgumentException says which option is wrong. */
  record Settings(
      String name,
      String stage,
      String cloud,
      int internal,
      int external,
      int crossTenant,
      List<String> regions,
      int rounds) {}

  private Settings settings() {
    String st = stage == null ? "crawl" : stage.toLowerCase(Locale.ROOT);
    if (!STAGES.contains(st)) {
      throw new IllegalArgumentException(
          "--stage: expected one of crawl, walk, run; got '" + stage + "'");
    }
    String cl = cloud == null ? "public" : cloud.toLowerCase(Locale.ROOT);
    if (!CLOUDS.contains(cl)) {
      throw new IllegalArgumentException(
          "--cloud: expected one of public, usgov, china; got '" + cloud + "'");
    }
    int in = internal != null ? internal : external == null && crossTenant == null ? 2 : 0;
    int ex = external == null ? 0 : external;
    int ct = crossTenant == null ? 0 : crossTenant;
    if (in < 0 || ex < 0 || ct < 0) {
      throw new IllegalArgumentException(
          "--internal, --external and --cross-tenant take a number of silos, 0 or more");
    }
    if (in + ex + ct < 1 || in + ex + ct > 200) {
      throw new IllegalArgumentException("expected 1 to 200 silos in all; got " + (in + ex + ct));
    }
    List<String> rs = new ArrayList<>();
    for (String r : regions == null ? List.of(defaultRegion(cl)) : regions) {
      String v = r.trim().toLowerCase(Locale.ROOT);
      if (!REGION.matcher(v).matches()) {
        throw new IllegalArgumentException(
            "--regions: '" + r + "' is not an Azure region name (for example westeurope)");
      }
      rs.add(v);
    }
    if (rs.isEmpty()) {
      throw new IllegalArgumentException("--regions: expected at least one region");
    }
    int n = rounds == null ? 3 : rounds;
    if (n < 1 || n > 100) {
      throw new IllegalArgumentException("--rounds: expected 1 to 100; got " + n);
    }
    String nm = name == null ? "fl-" + st : name;
    if (!NAME.matcher(nm).matches()) {
      throw new IllegalArgumentException(
          "--name: expected 3-32 lowercase letters, digits and hyphens, starting with a "
              + "letter; got '"
              + nm
              + "'");
    }
    return new Settings(nm, st, cl, in, ex, ct, List.copyOf(rs), n);
  }

  static String defaultRegion(String cloud) {
    return switch (cloud == null ? "public" : cloud) {
      case "usgov" -> "usgovvirginia";
      case "china" -> "chinanorth3";
      default -> "westeurope";
    };
  }

  /** The topology text: plain string building, so every value is one the settings check allowed. */
  static String render(Settings s) {
    boolean crawl = s.stage.equals("crawl");
    boolean run = s.stage.equals("run");
    String siloNet = crawl ? "open" : "vnet";
    String sensitivity = run ? "sensitive" : "non-sensitive";
    StringBuilder y = new StringBuilder();
    header(y, s);
    orchestrator(y, s);
    y.append("\nsilos:\n");
    int i = 0;
    for (int k = 0; k < s.internal; k++, i++) {
      azureMlSilo(y, s, AzureMlSilo.INTERNAL, k, i, siloNet, sensitivity);
    }
    for (int k = 0; k < s.external; k++, i++) {
      externalSilo(y, s, k, i, sensitivity);
    }
    for (int k = 0; k < s.crossTenant; k++, i++) {
      azureMlSilo(y, s, AzureMlSilo.PARTNER, k, i, siloNet, sensitivity);
    }
    peopleAndJob(y, s);
    return y.toString();
  }

  /** The comments on top and metadata. */
  private static void header(StringBuilder y, Settings s) {
    String prefix = s.name.replace("-", "");
    prefix = prefix.substring(0, Math.min(prefix.length(), 10));
    y.append(
        "# yaml-language-server: $schema=https://flgen.invalid/schemas/topology.schema.json\n");
    y.append(
        "# Written by flgen init. Replace every 0000... ID with a real one before you deploy;\n");
    y.append("# then run: flgen validate THIS_FILE, and flgen render THIS_FILE -o out/")
        .append(s.name)
        .append("\n");
    y.append("apiVersion: flgen/v1\n\n");
    y.append("metadata:\n");
    y.append("  name: ").append(s.name).append("\n");
    y.append("  stage: ")
        .append(s.stage)
        .append("               # crawl | walk | run: how strict the security rules are\n");
    y.append("  cloud: ").append(s.cloud).append("\n");
    y.append("  naming:\n    prefix: ")
        .append(prefix)
        .append("          # every resource name starts from this\n\n");
  }

  /** The orchestrator: subscription, region, workspace, network, computes, key vault. */
  private static void orchestrator(StringBuilder y, Settings s) {
    boolean crawl = s.stage.equals("crawl");
    boolean run = s.stage.equals("run");
    String orchNet = crawl ? "open" : run ? "private" : "vnet";
    y.append("orchestrator:\n");
    y.append("  subscriptionId: 00000000-0000-4000-8000-000000000001   # placeholder\n");
    if (run || s.crossTenant > 0) {
      y.append(
          "  tenantId: 00000000-0000-4000-8000-0000000000a1         # placeholder: your Entra tenant\n");
    }
    y.append("  resourceGroup: rg-").append(s.name).append("\n");
    y.append("  region: ").append(s.regions.get(0)).append("\n");
    y.append("  workspace:\n    hbi: ")
        .append(run)
        .append("                  # high business impact: set at creation only\n");
    y.append("  network:\n    mode: ").append(orchNet).append("\n");
    if (!crawl) {
      y.append(
          "    addressSpace: 10.0.0.0/16      # the hub; silos must not overlap it or each other\n");
    }
    y.append(
        "  computes:\n    - name: orch-cpu             # the first orchestrator compute runs aggregation\n");
    y.append("      vmSize: Standard_D4s_v5\n      maxNodes: 2\n");
    if (run) {
      y.append(
          "  keyVault: {}                     # encrypts model updates in transit between silos\n");
    }
  }

  /** The k-th external silo (the i-th silo): an Arc-enabled cluster with local NFS data. */
  private static void externalSilo(StringBuilder y, Settings s, int k, int i, String sensitivity) {
    boolean crawl = s.stage.equals("crawl");
    String n = "external-" + (k + 1);
    silo(
        y,
        s,
        n,
        "external",
        "# your Arc-enabled Kubernetes cluster, outside Azure",
        i,
        null,
        sensitivity);
    y.append("    computes:\n      - name: ").append(compute("ex", k)).append("\n");
    y.append(
        "        vmSize: Standard_D4s_v5        # unused for attached Kubernetes; kept for capacity planning\n");
    y.append("    cluster:\n      type: arc\n      name: arc-")
        .append(n)
        .append("\n      resourceGroup: rg-")
        .append(n)
        .append("-arc   # where the cluster was connected; never created here\n");
    if (!crawl) {
      y.append(
          "    privatePath:                       # how the cluster reaches the hub privately\n");
      y.append("      via: vpn\n      dnsServer: 10.0.255.4\n");
    }
    y.append(
        "    instanceTypes:\n      - name: cpu-medium\n        cpu: \"4\"\n        memory: 16Gi\n");
    y.append("    localData:                         # the data stays on the cluster's nodes\n");
    y.append(
        "      type: nfs\n      server: nfs.example.internal      # placeholder: your NFS server\n");
    y.append("      path: /exports/fl\n      size: 500Gi\n      mountPath: /mnt/localdata\n");
    owners(y, i);
  }

  /** The people, the hub network at walk and run, and the example job. */
  private static void peopleAndJob(StringBuilder y, Settings s) {
    boolean crawl = s.stage.equals("crawl");
    boolean run = s.stage.equals("run");
    y.append("\npeople:\n  dataScientists:                  # who submits the job\n");
    y.append(
        "    - objectId: 00000000-0000-4000-8000-0000000000d1   # placeholder: an Entra group\n");
    y.append("      type: group\n      name: ").append(s.name).append("-data-scientists\n");
    if (!crawl) {
      y.append("\nnetwork:\n");
      y.append(
          run
              ? "  wayIn:                           # people reach the private endpoints through Bastion\n"
                  + "    kind: bastion\n"
              : "  peering: true\n");
    }
    y.append("\njob:                               # the example job: FedAvg over every silo\n");
    y.append("  rounds: ").append(s.rounds).append("\n");
    // the starter kit renders components that exist; your own go under job.components
    // (docs/components.md)
    y.append(
        "  example: digits                 # flgen renders aml/components/ (docs/components.md)\n");
    if (run) {
      y.append(
          "  differentialPrivacy:             # sensitive data: every train step uses DP-SGD\n");
      y.append("    epsilon: 6.0\n    delta: 0.00001\n    maxGradNorm: 1.0\n");
    }
  }

  private static void silo(
      StringBuilder y,
      Settings s,
      String n,
      String kind,
      String comment,
      int i,
      String net,
      String sensitivity) {
    y.append("  - name: ").append(n).append("\n");
    y.append("    kind: ").append(kind).append("   ").append(comment).append("\n");
    y.append("    region: ").append(s.regions.get(i % s.regions.size())).append("\n");
    y.append("    network:\n      mode: ")
        .append(net == null ? (s.stage.equals("crawl") ? "open" : "vnet") : net)
        .append("\n");
    if (net != null && !net.equals("open")) {
      y.append("      addressSpace: 10.").append(i + 1).append(".0.0/16\n");
    }
    y.append("    data:\n      sensitivity: ").append(sensitivity).append("\n");
  }

  /** The two kinds of silo that run on Azure ML compute: the k-th name, comment and compute. */
  private enum AzureMlSilo {
    INTERNAL("internal-", "internal", "# an Azure ML compute cluster in your tenant", "in"),
    PARTNER("partner-", "cross-tenant", "# a partner's subscription in another Entra tenant", "pt");

    final String namePrefix;
    final String kind;
    final String comment;
    final String computePrefix;

    AzureMlSilo(String namePrefix, String kind, String comment, String computePrefix) {
      this.namePrefix = namePrefix;
      this.kind = kind;
      this.comment = comment;
      this.computePrefix = computePrefix;
    }
  }

  /** The k-th silo of an Azure ML kind, the i-th silo in all; a partner's adds its tenant. */
  private static void azureMlSilo(
      StringBuilder y, Settings s, AzureMlSilo m, int k, int i, String net, String sensitivity) {
    String n = m.namePrefix + (k + 1);
    silo(y, s, n, m.kind, m.comment, i, net, sensitivity);
    if (m == AzureMlSilo.PARTNER) {
      y.append("    tenantId: 00000000-0000-4000-8000-0000000000b")
          .append(Integer.toHexString(k % 16))
          .append("   # placeholder: the partner's tenant\n");
      y.append("    subscriptionId: 00000000-0000-4000-8000-00000000c")
          .append(String.format("%03x", k))
          .append("   # placeholder\n");
      y.append("    resourceGroup: rg-").append(n).append("\n");
    }
    y.append("    computes:\n      - name: ")
        .append(compute(m.computePrefix, k))
        .append("\n        vmSize: Standard_D4s_v5\n");
    owners(y, i);
  }

  private static void owners(StringBuilder y, int i) {
    y.append(
        "    dataOwners:                        # upload this silo's data, to its own data container only\n");
    y.append("      - objectId: 00000000-0000-4000-8000-")
        .append(String.format("%012x", 0xe00 + i))
        .append("   # placeholder: an Entra group\n        type: group\n");
  }

  private static String compute(String kind, int k) {
    return kind + "-" + (k + 1) + "-cpu";
  }
}
