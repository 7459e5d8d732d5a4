package io.flgen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestTest {
  private static final List<String> KEYS =
      List.of("apiVersion", "metadata", "orchestrator", "silos", "network", "job", "waivers");

  @Test
  void typosFindTheKey() {
    assertEquals(Optional.of("metadata"), Suggest.closest("metdata", KEYS));
    assertEquals(
        Optional.of("orchestrator"), Suggest.closest("orchestartor", KEYS)); // transposition
    assertEquals(Optional.of("silos"), Suggest.closest("silo", KEYS));
    assertEquals(Optional.of("waivers"), Suggest.closest("Waivers", KEYS)); // case differs only
  }

  @Test
  void farWordsGetNoSuggestion() {
    assertEquals(Optional.empty(), Suggest.closest("region", KEYS));
    assertEquals(Optional.empty(), Suggest.closest("x", List.of("yz")));
    assertEquals(Optional.empty(), Suggest.closest("anything", List.of()));
  }

  @Test
  void exactMatchIsNotASuggestion() {
    assertEquals(Optional.empty(), Suggest.closest("job", KEYS));
  }

  @Test
  void limitIsAThirdOfTheWordBetweenOneAndThree() {
    // "ab" allows 1 edit
    assertEquals(Optional.of("ac"), Suggest.closest("ab", List.of("ac")));
    assertEquals(Optional.empty(), Suggest.closest("ab", List.of("cd")));
    // 12 letters allow 3 edits, never more
    assertEquals(
        Optional.of("abcdefghijkl"), Suggest.closest("abcdefghixyz", List.of("abcdefghijkl")));
    assertEquals(Optional.empty(), Suggest.closest("abcdefghwxyz", List.of("abcdefghijkl")));
  }

  @Test
  void tiesGoToTheAlphabeticallyFirstCandidate() {
    assertEquals(Optional.of("crawl"), Suggest.closest("crxwl", List.of("crewl", "crawl")));
  }

  @Test
  void distance() {
    assertEquals(0, Suggest.distance("", ""));
    assertEquals(3, Suggest.distance("", "abc"));
    assertEquals(1, Suggest.distance("ab", "ba"));
    assertEquals(3, Suggest.distance("kitten", "sitting"));
  }
}
