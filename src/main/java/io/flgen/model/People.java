package io.flgen.model;

import java.util.List;

/**
 * People who take part in the FL setup.
 *
 * @param dataScientists who submit jobs to the orchestrator workspace
 */
public record People(List<Principal> dataScientists) {
  public static final People NONE = new People(List.of());

  public People {
    dataScientists = List.copyOf(dataScientists);
  }
}
