package io.flgen.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, kept once, in code. docs/rules/ID.md is generated from it.
 *
 * <p>The severity is given per stage: a rule can be OFF in a crawl sandbox, a warning (LOW or
 * MEDIUM) at walk and an error (HIGH or CRITICAL) at run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Opaque, never reused: FLG-AREA-NNN. */
  String id();

  /** Short kebab-case name for people, for example {@code orchestrator-no-silo-storage-role}. */
  String name();

  Category category();

  /** One line: what is wrong when the rule fires. */
  String title();

  Level crawl();

  Level walk();

  Level run();

  /** Why it matters. */
  String rationale();

  /** How to fix it, in topology terms where possible. */
  String fix();

  /**
   * Equivalent rules elsewhere: "PSRule: Azure.Storage.SecureTransfer", "Checkov: CKV_AZURE_3", ...
   */
  String[] references() default {};

  /** The {@link #references()} of a rule only federated learning needs: nothing to point to. */
  String FL_SPECIFIC = "No general-purpose equivalent (FL-specific invariant)";

  /**
   * The platform documentation a rule enforces, each as {@code URL | the sentence it enforces}.
   * Every FLG-AML rule has at least one.
   */
  String[] sources() default {};

  /**
   * False for rules that say Azure will refuse the setup or the job cannot run: a waiver cannot
   * make that work, so waivers of such a rule are ignored and the finding stays open.
   */
  boolean waivable() default true;
}
