package io.flgen.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AzureRegionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eastus",
        "westeurope",
        "swedencentral",
        "italynorth",
        "polandcentral",
        "spaincentral",
        "mexicocentral",
        "newzealandnorth",
        "israelcentral",
        "chilecentral",
        "indonesiacentral",
        "malaysiawest",
        "austriaeast",
        "belgiumcentral",
        "westus3",
        "qatarcentral"
      })
  void publicRegionsAreKnown(String region) {
    assertTrue(AzureRegions.isKnown(AzureCloud.PUBLIC, region), region);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eastusstg",
        "global",
        "unitedstates",
        "europe",
        "eastus2euap",
        "usgovvirginia",
        "chinanorth3",
        "West Europe",
        ""
      })
  void logicalStageAndForeignNamesAreNotPublic(String region) {
    assertFalse(AzureRegions.isKnown(AzureCloud.PUBLIC, region), region);
  }

  @Test
  void sovereignClouds() {
    assertTrue(AzureRegions.isKnown(AzureCloud.US_GOV, "usgovvirginia"));
    assertTrue(AzureRegions.isKnown(AzureCloud.US_GOV, "usdodeast"));
    assertFalse(AzureRegions.isKnown(AzureCloud.US_GOV, "eastus"));
    assertFalse(AzureRegions.isKnown(AzureCloud.US_GOV, "usgoviowa"));
    assertEquals(
        List.of(
            "chinaeast", "chinaeast2", "chinaeast3", "chinanorth", "chinanorth2", "chinanorth3"),
        new ArrayList<>(AzureRegions.of(AzureCloud.CHINA)));
  }

  @Test
  void caseIsIgnored() {
    assertTrue(AzureRegions.isKnown(AzureCloud.PUBLIC, "WestEurope"));
    assertFalse(AzureRegions.isKnown(AzureCloud.PUBLIC, null));
  }

  @Test
  void setsAreSortedAndUnmodifiable() {
    List<String> names = new ArrayList<>(AzureRegions.of(AzureCloud.PUBLIC));
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names);
    assertThrows(
        UnsupportedOperationException.class, () -> AzureRegions.of(AzureCloud.PUBLIC).add("x"));
    assertEquals(58, names.size());
  }

  @Test
  void suggestions() {
    assertEquals(Optional.of("westeurope"), AzureRegions.suggest(AzureCloud.PUBLIC, "westeuropa"));
    assertEquals(Optional.of("westeurope"), AzureRegions.suggest(AzureCloud.PUBLIC, "West Europe"));
    assertEquals(
        Optional.of("swedencentral"), AzureRegions.suggest(AzureCloud.PUBLIC, "swedencentrl"));
    assertEquals(
        Optional.of("usgovvirginia"), AzureRegions.suggest(AzureCloud.US_GOV, "usgovvirgina"));
    assertEquals(
        Optional.of("chinanorth3"), AzureRegions.suggest(AzureCloud.CHINA, "china-north-3"));
    assertEquals(Optional.of("eastus"), AzureRegions.suggest(AzureCloud.PUBLIC, "eastus"));
    assertEquals(Optional.empty(), AzureRegions.suggest(AzureCloud.PUBLIC, "narnia"));
    assertEquals(Optional.empty(), AzureRegions.suggest(AzureCloud.PUBLIC, ""));
    assertEquals(Optional.empty(), AzureRegions.suggest(AzureCloud.PUBLIC, null));
    // a public name is not offered for the wrong cloud
    assertEquals(Optional.empty(), AzureRegions.suggest(AzureCloud.CHINA, "westeurope"));
  }

  @Test
  void levenshtein() {
    assertEquals(1, AzureRegions.levenshtein("westeuropa", "westeurope", 9));
    assertEquals(3, AzureRegions.levenshtein("kitten", "sitting", 9));
    assertEquals(4, AzureRegions.levenshtein("abc", "abcdefgh", 4)); // capped
  }

  @Test
  void pairs() {
    assertEquals(
        Optional.of("northeurope"), AzureRegions.pairedRegion(AzureCloud.PUBLIC, "westeurope"));
    assertEquals(Optional.of("westus"), AzureRegions.pairedRegion(AzureCloud.PUBLIC, "eastus"));
    assertEquals(Optional.of("eastus"), AzureRegions.pairedRegion(AzureCloud.PUBLIC, "westus3"));
    assertEquals(
        Optional.of("southcentralus"), AzureRegions.pairedRegion(AzureCloud.PUBLIC, "brazilsouth"));
    assertEquals(
        Optional.of("swedensouth"), AzureRegions.pairedRegion(AzureCloud.PUBLIC, "swedencentral"));
    assertEquals(Optional.empty(), AzureRegions.pairedRegion(AzureCloud.PUBLIC, "italynorth"));
    assertEquals(Optional.empty(), AzureRegions.pairedRegion(AzureCloud.PUBLIC, "polandcentral"));
    assertEquals(
        Optional.of("usgovtexas"), AzureRegions.pairedRegion(AzureCloud.US_GOV, "usgovvirginia"));
    assertEquals(
        Optional.of("chinaeast3"), AzureRegions.pairedRegion(AzureCloud.CHINA, "chinanorth3"));
    for (AzureCloud c : AzureCloud.values()) {
      AzureRegions.pairs(c)
          .forEach(
              (k, v) -> {
                assertTrue(AzureRegions.isKnown(c, k));
                assertTrue(AzureRegions.isKnown(c, v));
              });
    }
  }
}
