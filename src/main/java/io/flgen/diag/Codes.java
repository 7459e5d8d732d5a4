package io.flgen.diag;

/**
 * Stable diagnostic codes. Never reuse a retired code. Documented in docs/exit-codes.md (diagnostic
 * codes).
 */
public final class Codes {
  private Codes() {}

  /** The file cannot be read: missing, a directory, or unreadable. */
  public static final String IO = "FLG100";

  /** The file is not valid UTF-8. */
  public static final String ENCODING = "FLG101";

  /** The file or document exceeds a safety limit (size, depth, aliases, nodes). */
  public static final String LIMIT = "FLG102";

  /** YAML syntax error. */
  public static final String SYNTAX = "FLG103";

  /** A tab used for indentation. */
  public static final String TAB = "FLG104";

  /** A key appears twice in one mapping. */
  public static final String DUPLICATE_KEY = "FLG105";

  /** Not exactly one YAML document, or a non-mapping root. */
  public static final String DOCUMENT = "FLG106";

  /** An unknown key. */
  public static final String UNKNOWN_KEY = "FLG110";

  /** A required key is missing. */
  public static final String MISSING_KEY = "FLG111";

  /** A value of the wrong type. */
  public static final String TYPE = "FLG112";

  /** A value outside the allowed set, pattern or range. */
  public static final String VALUE = "FLG113";

  /** Two silos, computes or instance types share a name. */
  public static final String DUPLICATE_NAME = "FLG120";

  /** A CIDR is malformed or not aligned to its prefix. */
  public static final String CIDR = "FLG121";

  /** Two address spaces overlap. */
  public static final String OVERLAP = "FLG122";

  /** A subnet does not fit inside its VNet, or subnets overlap. */
  public static final String SUBNET = "FLG123";

  /** A region unknown in the chosen cloud. */
  public static final String REGION = "FLG124";

  /** A required setting for this kind or mode is missing or contradictory. */
  public static final String REQUIRED_SETTING = "FLG125";

  /** A waiver without justification, or expired. */
  public static final String WAIVER = "FLG126";

  /** A reference to something that does not exist (compute, silo). */
  public static final String REFERENCE = "FLG127";

  /** A key or value holds an Azure ML expression ({@code ${{...}}}). */
  public static final String EXPRESSION = "FLG128";

  /** A resolved resource name breaks Azure's naming rules. */
  public static final String NAME_RULE = "FLG201";

  /** Two resources resolve to the same name. */
  public static final String NAME_COLLISION = "FLG202";

  /** A private DNS zone the plan needs is missing from the hub's existing zones. */
  public static final String MISSING_ZONE = "FLG203";
}
