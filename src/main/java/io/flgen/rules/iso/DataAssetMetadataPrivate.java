package io.flgen.rules.iso;

import io.flgen.plan.DataAssetPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A data asset whose name, description or tags say more than flgen derives from identifiers the
 * schema validated (the silo name, the dataset, the sensitivity class, the stage). Applies to
 * assets of sensitive data and to every asset at run stage; findings name the tag keys and the
 * length of the added text, never the text itself.
 */
@RuleId("FLG-ISO-013")
public final class DataAssetMetadataPrivate implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (DataAssetPlan a : plan.pipeline().assets()) {
      if (!a.sensitivity().equals("sensitive") && !a.stage().equals("run")) {
        continue;
      }
      String who =
          "data asset "
              + a.name()
              + " ("
              + a.sensitivity()
              + " "
              + a.dataset()
              + " data of "
              + (a.owner().silo() ? "silo " + a.owner().key() : "the baseline")
              + ", "
              + a.stage()
              + " stage)";
      String expected = DataAssetPlan.derivedName(a.owner(), a.dataset());
      if (!a.name().equals(expected)) {
        out.add(finding(a.name(), a.source(), who + " is not named " + expected));
      }
      String added = a.addedDescription();
      if (!added.isEmpty()) {
        out.add(
            finding(
                a.name(),
                a.source(),
                who + " adds " + added.length() + " character(s) of free text to its description"));
      }
      if (!a.addedTags().isEmpty()) {
        out.add(
            finding(
                a.name(),
                a.source(),
                who
                    + " carries tag(s) "
                    + String.join(", ", a.addedTags().keySet())
                    + " beyond the derived silo, dataset, sensitivity and stage"));
      }
    }
    return out.stream();
  }
}
