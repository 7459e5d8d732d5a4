package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, "review fails closed": every way an Owner grant used to vanish from a review with exit
 * 0 now either keeps the finding or makes the review incomplete (exit 1, or 2 for a file not read),
 * with the reason in Markdown, JSON and SARIF.
 */
class ReviewFailsClosedTest {
  static final Path OWNER = Path.of("src/test/resources/review/failclosed/owner/main.bicep");
  static final String SUBSCRIPTION_ROLE =
      "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')";
  static final String OWNER_FINDING =
      "has Owner on stsilodata01, a role that can list the storage account keys";

  /** The Owner fixture with its role id written as given, plus text before it. */
  static Path folder(Path tmp, String roleId, String before) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("reviewed"));
    String text = Files.readString(OWNER).replace("ROLE_ID", roleId);
    Files.writeString(dir.resolve("main.bicep"), before + text);
    return dir;
  }

  static JsonNode json(Path dir) {
    Run r = ValidateFixturesTest.run("review", dir.toString(), "--format", "json");
    JsonNode j = JsonMapper.shared().readTree(r.out());
    return JsonMapper.shared().createObjectNode().put("code", r.code()).set("doc", j);
  }

  static boolean ownerReported(JsonNode doc) {
    for (JsonNode f : doc.path("findings")) {
      if (f.path("ruleId").asString().equals("FLG-STO-001")
          && f.path("message").asString().contains(OWNER_FINDING)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theOwnerGrantIsReportedAtItsDeclaration(@TempDir Path tmp) throws IOException {
    JsonNode j = json(folder(tmp, SUBSCRIPTION_ROLE, ""));
    assertTrue(ownerReported(j.get("doc")), j.toString());
    JsonNode f = j.get("doc").get("findings").get(0);
    assertEquals(1, j.get("code").asInt());
    assertTrue(j.get("doc").get("complete").asBoolean(), j.toString());
    boolean atGrant = false;
    for (JsonNode x : j.get("doc").get("findings")) {
      atGrant |=
          x.path("message").asString().contains(OWNER_FINDING)
              && x.path("file").asString().equals("main.bicep")
              && x.path("line").asInt() == 27;
    }
    assertTrue(atGrant, f.toString());
  }

  @Test
  void aRoleIdWrittenAsAnInterpolatedStringResolves(@TempDir Path tmp) throws IOException {
    JsonNode j =
        json(
            folder(
                tmp,
                "'/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635'",
                ""));
    assertTrue(ownerReported(j.get("doc")), j.toString());
    assertEquals(1, j.get("code").asInt());
  }

  @Test
  void threeThousandChainedVariablesAreEvaluated(@TempDir Path tmp) throws IOException {
    StringBuilder vars = new StringBuilder("var v0 = 'owner'\n");
    for (int i = 1; i <= 3000; i++) {
      vars.append("var v").append(i).append(" = v").append(i - 1).append('\n');
    }
    vars.append("output last string = v3000\n");
    JsonNode j = json(folder(tmp, SUBSCRIPTION_ROLE, vars.toString()));
    assertTrue(ownerReported(j.get("doc")), j.toString());
    assertEquals(0, j.get("doc").get("incomplete").size(), j.toString());
  }

  @Test
  void oneLatin1ByteKeepsTheFindingAndMakesTheReviewIncomplete(@TempDir Path tmp)
      throws IOException {
    Path dir = folder(tmp, SUBSCRIPTION_ROLE, "");
    byte[] body = Files.readAllBytes(dir.resolve("main.bicep"));
    byte[] latin1 = "// caf\u00e9 owned by the data team\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[latin1.length + body.length];
    System.arraycopy(latin1, 0, all, 0, latin1.length);
    System.arraycopy(body, 0, all, latin1.length, body.length);
    Files.write(dir.resolve("main.bicep"), all);
    JsonNode j = json(dir);
    assertEquals(1, j.get("code").asInt());
    assertFalse(j.get("doc").get("complete").asBoolean());
    JsonNode why = j.get("doc").get("incomplete").get(0);
    assertEquals(
        "main.bicep:1:7 not parsed or evaluated in full",
        why.get("file").asString()
            + ":"
            + why.get("line").asInt()
            + ":"
            + why.get("column").asInt()
            + " "
            + why.get("kind").asString());
    assertTrue(why.get("message").asString().startsWith("not valid UTF-8"), why.toString());
  }

  @Test
  void aFileOverFourMebibytesIsNotReadAndTheExitIsTwo(@TempDir Path tmp) throws IOException {
    Path dir = folder(tmp, SUBSCRIPTION_ROLE, "// " + "x".repeat(4 * 1024 * 1024) + "\n");
    JsonNode j = json(dir);
    assertEquals(2, j.get("code").asInt());
    assertFalse(j.get("doc").get("complete").asBoolean());
    assertEquals(
        "not read: file is over 4194304 bytes; not read",
        j.get("doc").get("incomplete").get(0).get("kind").asString()
            + ": "
            + j.get("doc").get("incomplete").get(0).get("message").asString());
    for (String format : List.of("markdown", "sarif")) {
      Run r = ValidateFixturesTest.run("review", dir.toString(), "--format", format, "-o", "-");
      assertEquals(2, r.code(), format);
      assertTrue(
          r.out().contains("file is over 4194304 bytes; not read"), format + ":\n" + r.out());
    }
  }

  @Test
  void fiveThousandFilesThatSortFirstLeaveTheReviewIncomplete(@TempDir Path tmp)
      throws IOException {
    Path dir = folder(tmp, SUBSCRIPTION_ROLE, "");
    Files.move(dir.resolve("main.bicep"), dir.resolve("zz-main.bicep"));
    for (int i = 0; i < 5000; i++) {
      Files.writeString(dir.resolve(String.format("a%04d.bicep", i)), "");
    }
    JsonNode j = json(dir);
    assertEquals(2, j.get("code").asInt());
    assertEquals("zz-main.bicep", j.get("doc").get("incomplete").get(0).get("file").asString());
  }

  @Test
  void aGrowingReplaceChainExceedsTheBudgetAndSaysSo(@TempDir Path tmp) throws IOException {
    // 40 KB of variables, each replacing every 'a' with eight: the text would grow eightfold per
    // line
    StringBuilder vars = new StringBuilder("var r0 = 'ab'\n");
    int n = 0;
    while (vars.length() < 40_000) {
      n++;
      vars.append("var r")
          .append(n)
          .append(" = replace(r")
          .append(n - 1)
          .append(", 'a', 'aaaaaaaa')\n");
    }
    vars.append("output size int = length(r").append(n).append(")\n");
    Path dir = folder(tmp, SUBSCRIPTION_ROLE, vars.toString());
    JsonNode j = json(dir);
    assertEquals(1, j.get("code").asInt());
    assertTrue(ownerReported(j.get("doc")), "resources before the budget ran out are kept");
    assertTrue(
        j.get("doc")
            .get("incomplete")
            .get(0)
            .get("message")
            .asString()
            .startsWith(
                "too complex to evaluate statically (a string of more than 1000000 characters)"),
        j.toString());
  }

  @Test
  void crashesOfOldAreLocatedProblems(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("crashes"));
    Files.writeString(dir.resolve("emoji.bicep"), "var ok = 'fine'\nvar \uD83D\uDE00 = 1\n");
    Files.writeString(dir.resolve("nul.bicep"), "module m 'mod\u0000.bicep' = {\n  name: 'm'\n}\n");
    Files.writeString(dir.resolve("assert.bicep"), "param n int = 1\nassert positive = n > 0\n");
    Files.write(
        dir.resolve("latin1.bicep"),
        "param p string = 'gr\u00fc\u00df'\n".getBytes(StandardCharsets.ISO_8859_1));
    Run r = ValidateFixturesTest.run("review", dir.toString(), "--format", "json");
    assertEquals(1, r.code(), r.err());
    JsonNode j = JsonMapper.shared().readTree(r.out());
    StringBuilder files = new StringBuilder();
    j.get("incomplete")
        .forEach(
            x ->
                files
                    .append(x.get("file").asString())
                    .append(':')
                    .append(x.get("line").asInt())
                    .append(' '));
    assertEquals(
        "assert.bicep:2 emoji.bicep:2 latin1.bicep:1 nul.bicep:1 ",
        files.toString().replaceAll("(\\S+) \\1 ", "$1 "),
        j.get("incomplete").toString());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aPlantedReviewMdSymlinkIsReplacedNotFollowed(@TempDir Path tmp) throws IOException {
    Path dir = folder(tmp, SUBSCRIPTION_ROLE, "");
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious\n");
    Files.createSymbolicLink(dir.resolve("REVIEW.md"), victim);
    Run r = ValidateFixturesTest.run("review", dir.toString());
    assertEquals(1, r.code(), r.err());
    assertEquals("precious\n", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(dir.resolve("REVIEW.md")));
    assertTrue(Files.readString(dir.resolve("REVIEW.md")).contains(OWNER_FINDING));
  }

  @Test
  void aSymlinkLeavingTheFolderIsReportedAndNotFollowed(@TempDir Path tmp) throws IOException {
    Path outside = folder(tmp, SUBSCRIPTION_ROLE, "");
    Path dir = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(dir.resolve("empty.bicep"), "");
    Files.createSymbolicLink(dir.resolve("linked.bicep"), outside.resolve("main.bicep"));
    JsonNode j = json(dir);
    assertEquals(2, j.get("code").asInt());
    assertFalse(ownerReported(j.get("doc")), "the file outside the folder was read");
    assertEquals(
        "linked.bicep: a symbolic link to a path outside the reviewed folder (or to nothing); not followed",
        j.get("doc").get("incomplete").get(0).get("file").asString()
            + ": "
            + j.get("doc").get("incomplete").get(0).get("message").asString());
  }

  @Test
  void aFifoIsRefusedAtOnce(@TempDir Path tmp) throws IOException, InterruptedException {
    Path dir = folder(tmp, SUBSCRIPTION_ROLE, "");
    Process p = new ProcessBuilder("mkfifo", dir.resolve("pipe.bicep").toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo is available");
    JsonNode j = json(dir);
    assertEquals(2, j.get("code").asInt());
    assertEquals(
        "pipe.bicep: not a regular file (a FIFO, device or socket); refused",
        j.get("doc").get("incomplete").get(0).get("file").asString()
            + ": "
            + j.get("doc").get("incomplete").get(0).get("message").asString());
    Run r =
        ValidateFixturesTest.run(
            "review", dir.resolve("pipe.bicep").toString(), "--format", "sarif");
    assertEquals(2, r.code());
    JsonNode sarif = JsonMapper.shared().readTree(r.out());
    assertEquals(
        dir.resolve("pipe.bicep") + " is not a folder",
        sarif
            .get("runs")
            .get(0)
            .get("invocations")
            .get(0)
            .get("toolExecutionNotifications")
            .get(0)
            .get("message")
            .get("text")
            .asString()
            .replace("not read: ", ""));
  }

  /**
   * Acceptance of issue 10: a module in the shape of the Microsoft FL sample's msi_storage_rw.bicep
   * (an identity given storage roles on an existing account, in a loop over role ids written into
   * an interpolated roleDefinitionId), reviewed alone, reports its key-granting roles at the role
   * assignment, and says the review is incomplete (the account name and principal are parameters).
   */
  @Test
  void aStorageRoleModuleAloneReportsItsKeyGrantingRoles() {
    Run r =
        ValidateFixturesTest.run(
            "review", "src/test/resources/review/failclosed/msi-storage", "--format", "json");
    assertEquals(1, r.code(), r.err());
    JsonNode j = JsonMapper.shared().readTree(r.out());
    StringBuilder keys = new StringBuilder();
    for (JsonNode f : j.get("findings")) {
      if (f.get("ruleId").asString().equals("FLG-STO-001")) {
        keys.append(f.get("file").asString())
            .append(':')
            .append(f.get("line").asInt())
            .append(' ')
            .append(f.get("message").asString())
            .append('\n');
      }
    }
    assertEquals(
        """
        storage_roles.bicep:20 (unresolved principal) (owner not known) has Storage Account Contributor on <account@storage_roles.bicep:16>, \
        a role that can list the storage account keys
        storage_roles.bicep:20 (unresolved principal) (owner not known) has Storage Account Key Operator Service Role on \
        <account@storage_roles.bicep:16>, a role that can list the storage account keys
        """,
        keys.toString());
    assertFalse(j.get("complete").asBoolean());
    assertEquals(1, j.get("coverage").get("resourcesWithPlaceholders").asInt());
  }

  /**
   * Issue 13 item 8: locations relative to the folder, security-severity on the rule, coverage as
   * run properties.
   */
  @Test
  void sarifLocatesResultsInTheirFilesAndRatesItsRules(@TempDir Path tmp) throws IOException {
    Path dir = folder(tmp, SUBSCRIPTION_ROLE, "");
    Run r = ValidateFixturesTest.run("review", dir.toString(), "--format", "sarif");
    JsonNode run = JsonMapper.shared().readTree(r.out()).get("runs").get(0);
    String where = null;
    for (JsonNode res : run.get("results")) {
      if (res.get("message").get("text").asString().contains(OWNER_FINDING)) {
        JsonNode phys = res.get("locations").get(0).get("physicalLocation");
        where =
            phys.get("artifactLocation").get("uri").asString()
                + ":"
                + phys.get("region").get("startLine").asInt();
      }
    }
    assertEquals("main.bicep:27", where);
    String severity = null;
    for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
      if (rule.get("id").asString().equals("FLG-STO-001")) {
        severity = rule.get("properties").get("security-severity").asString();
      }
    }
    assertEquals("9.5", severity);
    assertEquals("main.bicep", run.get("artifacts").get(0).get("location").get("uri").asString());
    assertEquals(3, run.get("properties").get("coverage").get("resources").asInt());
    assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
  }

  /**
   * Issue 13 item 4: two independent entries that name the same account are two deployments, not a
   * collision, and a module nothing calls is reviewed as an entry instead of being skipped.
   */
  @Test
  void everyUncalledFileIsItsOwnDeployment() {
    Run r =
        ValidateFixturesTest.run(
            "review",
            "src/test/resources/review/entries",
            "--format",
            "json",
            "--allow-unresolved");
    JsonNode j = JsonMapper.shared().readTree(r.out());
    assertEquals(
        "[\"dev.bicep\",\"modules/keys.bicep\",\"prod.bicep\"]",
        j.get("coverage").get("entries").toString());
    assertTrue(j.get("coverage").get("entriesReviewedSeparately").asBoolean());
    StringBuilder keysAndNames = new StringBuilder();
    for (JsonNode f : j.get("findings")) {
      if (f.get("ruleId").asString().equals("FLG-STO-001")
          || f.get("ruleId").asString().equals("FLG-HYG-001")) {
        keysAndNames
            .append(f.get("ruleId").asString())
            .append(' ')
            .append(f.get("file").asString())
            .append(':')
            .append(f.get("line").asInt())
            .append('\n');
      }
    }
    assertEquals(
        "FLG-STO-001 modules/keys.bicep:8\n",
        keysAndNames.toString(),
        "no name collision between dev and prod");
  }

  /**
   * Issue 13 item 2: main.bicep takes its values from main.bicepparam, fromjson.bicep from
   * fromjson.parameters.json; bare.bicep has none, so its required parameters are listed and its
   * account is kept under a placeholder.
   */
  @Test
  void parametersFilesGiveTheEntriesTheirValues() {
    Run r =
        ValidateFixturesTest.run("review", "src/test/resources/review/params", "--format", "json");
    assertEquals(1, r.code(), r.err());
    JsonNode j = JsonMapper.shared().readTree(r.out());
    StringBuilder shared = new StringBuilder();
    for (JsonNode f : j.get("findings")) {
      if (f.get("ruleId").asString().equals("FLG-STO-002")) {
        shared
            .append(f.get("file").asString())
            .append(':')
            .append(f.get("line").asInt())
            .append(' ')
            .append(f.get("target").asString())
            .append('\n');
      }
    }
    assertEquals(
        "bare.bicep:5 <data@bare.bicep:5>\nfromjson.bicep:5 stjson01\nmain.bicep:5 stparam01\n",
        shared.toString());
    assertEquals(
        "[\"bare.bicep:2: parameter accountName has no value (no default, not in a parameters file)\","
            + "\"bare.bicep:3: parameter sharedKeys has no value (no default, not in a parameters file)\","
            + "\"bare.bicep:5: the name of data is not known statically; reviewed as <data@bare.bicep:5>\"]",
        j.get("unresolved").toString());
    Run chosen =
        ValidateFixturesTest.run(
            "review",
            "src/test/resources/review/params",
            "--format",
            "json",
            "--parameters",
            "fromjson.parameters.json");
    assertTrue(
        JsonMapper.shared().readTree(chosen.out()).get("unresolved").isEmpty(), chosen.out());
  }

  /**
   * Issue 13 item 8: a folder that cannot be reviewed still gets a valid SARIF log written to -o
   * FILE.
   */
  @Test
  void anUnreviewableFolderStillGetsASarifFile(@TempDir Path tmp) throws IOException {
    Path log = tmp.resolve("review.sarif");
    Run r =
        ValidateFixturesTest.run(
            "review", tmp.resolve("missing").toString(), "--format", "sarif", "-o", log.toString());
    assertEquals(2, r.code());
    JsonNode run = JsonMapper.shared().readTree(Files.readString(log)).get("runs").get(0);
    assertFalse(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
    assertEquals(
        "not read: " + tmp.resolve("missing") + " does not exist",
        run.get("invocations")
            .get(0)
            .get("toolExecutionNotifications")
            .get(0)
            .get("message")
            .get("text")
            .asString());
    assertEquals(0, run.get("results").size());
  }
}
