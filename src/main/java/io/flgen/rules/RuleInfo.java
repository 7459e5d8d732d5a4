package io.flgen.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule says to people, kept once, as data: {@code rules/catalog.properties} (name, title,
 * levels, waivable: read on the first rule run) and {@code rules/prose.properties} (rationale, fix,
 * references, sources: read only when a page, {@code explain}, {@code rules --json} or SARIF asks).
 * docs/rules/ID.md is generated from it.
 *
 * <p>The severity is given per stage: a rule can be OFF in a crawl sandbox, a warning (LOW or
 * MEDIUM) at walk and an error (HIGH or CRITICAL) at run.
 */
public final class RuleInfo {
  static final String CATALOG = "rules/catalog.properties";
  static final String PROSE = "rules/prose.properties";

  private final String id;
  private final String name;
  private final String title;
  private final Level crawl;
  private final Level walk;
  private final Level run;
  private final boolean waivable;

  private RuleInfo(String id, String name, String title, Level[] levels, boolean waivable) {
    this.id = id;
    this.name = name;
    this.title = title;
    this.crawl = levels[0];
    this.walk = levels[1];
    this.run = levels[2];
    this.waivable = waivable;
  }

  /** The entry of rule {@code id}; an id the catalogue lacks is a programming error. */
  public static RuleInfo of(String id) {
    RuleInfo i = Catalog.BY_ID.get(id);
    if (i == null) {
      throw new IllegalStateException(id + " has no entry in " + CATALOG);
    }
    return i;
  }

  /** Every id the catalogue has an entry for, sorted. */
  public static Set<String> ids() {
    return new TreeSet<>(Catalog.BY_ID.keySet());
  }

  /** Opaque, never reused: FLG-AREA-NNN. */
  public String id() {
    return id;
  }

  /** Short kebab-case name for people, for example {@code orchestrator-no-silo-storage-role}. */
  public String name() {
    return name;
  }

  /** The area, the id's middle part: FLG-STO-010 is a {@link Category#STO} rule. */
  public Category category() {
    return Category.valueOf(id.substring(4, id.lastIndexOf('-')));
  }

  /** One line: what is wrong when the rule fires. */
  public String title() {
    return title;
  }

  public Level crawl() {
    return crawl;
  }

  public Level walk() {
    return walk;
  }

  public Level run() {
    return run;
  }

  /**
   * False for rules that say Azure will refuse the setup or the job cannot run: a waiver cannot
   * make that work, so waivers of such a rule are ignored and the finding stays open.
   */
  public boolean waivable() {
    return waivable;
  }

  /** Why it matters. */
  public String rationale() {
    return Prose.of(id).rationale();
  }

  /** How to fix it, in topology terms where possible. */
  public String fix() {
    return Prose.of(id).fix();
  }

  /**
   * Equivalent rules elsewhere: "PSRule: Azure.Storage.SecureTransfer", "Checkov: CKV_AZURE_3", ...
   */
  public String[] references() {
    return Prose.of(id).references().toArray(String[]::new);
  }

  /**
   * The platform documentation a rule enforces, each as {@code URL | the sentence it enforces}.
   * Every FLG-AML rule has at least one.
   */
  public String[] sources() {
    return Prose.of(id).sources().toArray(String[]::new);
  }

  @Override
  public String toString() {
    return id;
  }

  /** The long text of one rule. */
  record Prose(String rationale, String fix, List<String> references, List<String> sources) {
    static Prose of(String id) {
      Prose p = Texts.BY_ID.get(id);
      if (p == null) {
        throw new IllegalStateException(id + " has no entry in " + PROSE);
      }
      return p;
    }
  }

  /** Reads catalog.properties on first use. */
  private static final class Catalog {
    static final Map<String, RuleInfo> BY_ID = entries(load(CATALOG));
  }

  /** Reads prose.properties on first use. */
  private static final class Texts {
    static final Map<String, Prose> BY_ID = prose(load(PROSE));
  }

  static Properties load(String resource) {
    return io.flgen.azure.DataTable.properties(resource);
  }

  /** The catalogue's entries by id; throws on a missing or unknown field or a bad level. */
  static Map<String, RuleInfo> entries(Properties p) {
    Map<String, RuleInfo> out = new HashMap<>();
    Set<String> fields = Set.of("name", "title", "levels", "waivable");
    for (String id : CatalogFields.ids(p, CATALOG, fields, Set.of())) {
      CatalogFields f = new CatalogFields(p, id, CATALOG);
      out.put(
          id,
          new RuleInfo(
              id, f.required("name"), f.required("title"), f.levels(), f.flag("waivable", true)));
    }
    return out;
  }

  /** The prose entries by id; throws on a missing or unknown field or a gap in a list. */
  static Map<String, Prose> prose(Properties p) {
    Map<String, Prose> out = new HashMap<>();
    Set<String> lists = Set.of("reference", "source");
    for (String id : CatalogFields.ids(p, PROSE, Set.of("rationale", "fix"), lists)) {
      CatalogFields f = new CatalogFields(p, id, PROSE);
      out.put(
          id,
          new Prose(
              f.required("rationale"), f.required("fix"), f.list("reference"), f.list("source")));
    }
    return out;
  }
}
