package io.flgen.plan;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A versioned Azure ML data asset ({@code uri_folder}) on a silo's data datastore, or on the
 * orchestrator's baseline datastore: the handle a pipeline step reads as {@code
 * azureml:<name>:<version>}, so a run records which version of each silo's data it used.
 *
 * @param name {@code <silo>-train} or {@code <silo>-test}; {@code baseline_train} or {@code
 *     baseline_test} for the pooled data (an underscore, which no silo name has, so they never
 *     collide)
 * @param version the topology's {@code data.version} (or {@code job.baseline.dataVersion}), 1 by
 *     default
 * @param owner the silo, or the orchestrator for the pooled baseline data
 * @param dataset {@code train} or {@code test}
 * @param datastore the datastore the asset's path is on
 * @param path the folder inside the datastore's container, ending with {@code /}
 * @param container the blob container behind the datastore
 * @param account the storage account behind the datastore
 * @param sensitivity {@code sensitive} or {@code non-sensitive}
 * @param stage the topology's stage
 * @param description the asset's description: the derived one, plus the topology's text if any
 * @param tags the asset's tags: the derived ones ({@link #derivedTags}), plus the topology's
 * @param source the topology path that declares the data
 */
public record DataAssetPlan(
    String name,
    String version,
    Party owner,
    String dataset,
    String datastore,
    String path,
    String container,
    String account,
    String sensitivity,
    String stage,
    String description,
    SortedMap<String, String> tags,
    String source) {
  public DataAssetPlan {
    tags = new TreeMap<>(tags);
  }

  /** The pipeline's reference to this version of the asset. */
  public String ref() {
    return "azureml:" + name + ":" + version;
  }

  /** The asset's path as a datastore URI. */
  public String uri() {
    return "azureml://datastores/" + datastore + "/paths/" + path;
  }

  /** The value of the {@code silo} tag: the silo name, or {@code pooled} for the baseline data. */
  public static String siloTag(Party owner) {
    return owner.silo() ? owner.key() : "pooled";
  }

  /**
   * The tags flgen derives from identifiers the schema validated: nothing in them says more than
   * the silo name, the sensitivity class, the stage and which dataset it is.
   */
  public static SortedMap<String, String> derivedTags(
      Party owner, String dataset, String sensitivity, String stage) {
    SortedMap<String, String> m = new TreeMap<>();
    m.put("dataset", dataset);
    m.put("sensitivity", sensitivity);
    m.put("silo", siloTag(owner));
    m.put("stage", stage);
    return m;
  }

  /** The description flgen derives: which dataset of which silo, nothing more. */
  public static String derivedDescription(Party owner, String dataset) {
    String what = "train".equals(dataset) ? "training" : "testing";
    return owner.silo()
        ? "The " + what + " data of silo " + owner.key()
        : "The pooled " + what + " data of the baseline";
  }

  /** Tags the topology added (or a hand edit changed): every tag not derived exactly. */
  public SortedMap<String, String> addedTags() {
    SortedMap<String, String> derived = derivedTags(owner, dataset, sensitivity, stage);
    SortedMap<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : tags.entrySet()) {
      if (!e.getValue().equals(derived.get(e.getKey()))) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** The name flgen derives for a dataset of an owner. */
  public static String derivedName(Party owner, String dataset) {
    return owner.silo() ? owner.key() + "-" + dataset : "baseline_" + dataset;
  }

  /**
   * Text the topology (or a hand edit) put in the description beyond the derived one; empty when
   * the description is the derived one or empty.
   */
  public String addedDescription() {
    String derived = derivedDescription(owner, dataset);
    if (description.isEmpty() || description.equals(derived)) {
      return "";
    }
    return description.startsWith(derived + ". ")
        ? description.substring(derived.length() + 2)
        : description;
  }
}
