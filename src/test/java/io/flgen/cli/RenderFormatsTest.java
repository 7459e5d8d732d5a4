package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** render --format json, an unsupported --format, and a stale REVIEW.md (issue 15 item 7). */
class RenderFormatsTest {
  @TempDir Path tmp;

  private static final String CRAWL = "blueprints/crawl-sandbox.yaml";

  @Test
  void jsonPrintsResourcesGrantsFilesAndFindings() throws IOException {
    Path out = tmp.resolve("out");
    Run r = ValidateFixturesTest.run("render", CRAWL, "-o", out.toString(), "--format", "json");
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    JsonNode j = JsonMapper.shared().readTree(r.out());
    assertTrue(j.path("rendered").asBoolean(false), r.out());
    assertEquals(CRAWL, j.path("file").asString());
    assertEquals(out.toString(), j.path("output").asString());
    assertEquals(5, j.path("resources").path("storageAccounts").asInt());
    assertEquals(4, j.path("resources").path("identities").asInt());
    assertEquals(4, j.path("resources").path("computes").asInt());
    assertEquals(24, j.path("grants").asInt());
    long written;
    try (var s = Files.walk(out)) {
      written = s.filter(Files::isRegularFile).count();
    }
    assertEquals(written, j.path("files").path("total").asLong());
    long aml;
    try (var s = Files.walk(out.resolve("aml"))) {
      aml = s.filter(Files::isRegularFile).count();
    }
    assertEquals(aml, j.path("files").path("byFolder").path("aml").asLong());
    assertEquals("high", j.path("findings").path("failOn").asString());
    assertEquals(0, j.path("findings").path("failing").asInt());
    assertTrue(j.path("findings").path("findings").isArray());
    assertFalse(j.path("staleReviewRemoved").asBoolean(true));
    // one line of JSON, nothing else
    assertEquals(1, r.out().lines().count(), r.out());
  }

  @Test
  void jsonWhenFindingsStopTheRenderSaysSoAndWritesNothing() {
    Path out = tmp.resolve("out");
    Run r =
        ValidateFixturesTest.run(
            "render", CRAWL, "-o", out.toString(), "--format", "json", "--stage", "run");
    assertEquals(1, r.code(), r.out() + r.err());
    JsonNode j = JsonMapper.shared().readTree(r.out());
    assertFalse(j.path("rendered").asBoolean(true), r.out());
    assertTrue(j.path("findings").path("failing").asInt() > 0, r.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void jsonPrintsTopologyErrorsAsValidateDoesAndExits2() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad, Files.readString(Path.of(CRAWL)).replaceFirst("stage: crawl", "stage: sprint"));
    Path out = tmp.resolve("out");
    Run r =
        ValidateFixturesTest.run(
            "render", bad.toString(), "-o", out.toString(), "--format", "json");
    assertEquals(2, r.code(), r.out() + r.err());
    JsonNode j = JsonMapper.shared().readTree(r.out());
    assertFalse(j.path("valid").asBoolean(true), r.out());
    assertEquals(bad.toString(), j.path("file").asString());
    assertTrue(j.path("errorCount").asInt() > 0, r.out());
    assertEquals("metadata.stage", j.path("diagnostics").path(0).path("path").asString(), r.out());
    assertEquals(
        ValidateFixturesTest.run("validate", bad.toString(), "--format", "json").out(), r.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void sarifIsNotARenderFormat() {
    Path out = tmp.resolve("out");
    Run r = ValidateFixturesTest.run("render", CRAWL, "-o", out.toString(), "--format", "sarif");
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals(
        "flgen: render --format takes text or json; sarif is for validate and review findings\n",
        r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void aReRenderDropsTheReviewOfThePreviousRender() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, ValidateFixturesTest.run("render", CRAWL, "-o", out.toString()).code());
    Files.writeString(out.resolve("REVIEW.md"), "# review of the previous render\n");
    Files.writeString(out.resolve("notes.md"), "mine\n");
    Run r = ValidateFixturesTest.run("render", CRAWL, "-o", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "\n  removed REVIEW.md: it reviewed the previous render (run flgen review again)\n"),
        r.out());
    assertFalse(Files.exists(out.resolve("REVIEW.md")));
    assertEquals("mine\n", Files.readString(out.resolve("notes.md")));
    // nothing to drop the next time
    Run again = ValidateFixturesTest.run("render", CRAWL, "-o", out.toString());
    assertFalse(again.out().contains("removed REVIEW.md"), again.out());
  }
}
