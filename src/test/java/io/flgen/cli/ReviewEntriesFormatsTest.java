package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 items 4 and 5 in the three formats: findings grouped by entry, each at the declaration
 * in its module, with the module calls from the entry beside it.
 */
class ReviewEntriesFormatsTest {
  private static final String FIXTURE = "src/test/resources/review/locations";

  @Test
  void sarifCarriesTheEntryAndTheModuleCallsAsRelatedLocations() {
    Run r = ValidateFixturesTest.run("review", FIXTURE, "--format", "sarif", "-o", "-");
    JsonNode run = JsonMapper.shared().readTree(r.out()).get("runs").get(0);
    List<String> got = new ArrayList<>();
    List<String> fingerprints = new ArrayList<>();
    for (JsonNode res : run.get("results")) {
      if (!res.get("ruleId").asString().equals("FLG-STO-002")) {
        continue;
      }
      JsonNode phys = res.get("locations").get(0).get("physicalLocation");
      JsonNode call = res.get("relatedLocations").get(0).get("physicalLocation");
      got.add(
          phys.get("artifactLocation").get("uri").asString()
              + ":"
              + phys.get("region").get("startLine").asInt()
              + " entry "
              + res.get("properties").get("entry").asString()
              + " via "
              + call.get("artifactLocation").get("uri").asString()
              + ":"
              + call.get("region").get("startLine").asInt());
      fingerprints.add(res.get("partialFingerprints").get("flgenFinding/v1").asString());
    }
    assertEquals(
        List.of(
            "modules/store.bicep:4 entry app.bicep via app.bicep:7",
            "modules/store.bicep:4 entry ci.bicep via ci.bicep:2"),
        got);
    assertEquals(2, fingerprints.stream().distinct().count(), "one finding per entry");
  }

  @Test
  void jsonNamesTheEntryAndTheCalls() {
    Run r = ValidateFixturesTest.run("review", FIXTURE, "--format", "json", "-o", "-");
    JsonNode f = JsonMapper.shared().readTree(r.out()).get("findings").get(0);
    assertEquals("FLG-STO-001", f.get("ruleId").asString());
    assertEquals("modules/grant.bicep:9", f.get("file").asString() + ":" + f.get("line").asInt());
    assertEquals("app.bicep", f.get("entry").asString());
    assertEquals("[{\"file\":\"app.bicep\",\"line\":14,\"column\":1}]", f.get("via").toString());
  }

  @Test
  void markdownHasOneFindingsTablePerEntry(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("REVIEW.md");
    ValidateFixturesTest.run("review", FIXTURE, "-o", out.toString());
    String md = Files.readString(out);
    assertTrue(md.contains("### Entry `app.bicep` (4 finding(s))"), md);
    assertTrue(md.contains("### Entry `ci.bicep` (3 finding(s))"), md);
    assertTrue(md.contains("`modules/grant.bicep:9` ← `app.bicep:14`"), md);
  }
}
