package io.flgen.load;

import io.flgen.diag.Codes;
import io.flgen.diag.Diagnostic;
import io.flgen.diag.Location;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a topology file into a JSON tree with positions. Every failure is a located diagnostic; the
 * cost is bounded on hostile input: file size, nesting depth, alias count and expanded node count
 * are all capped, and reading is linear in the input (one long line included).
 *
 * <p>The YAML is read as YAML 1.2 with the core schema (snakeyaml-engine): {@code no}, {@code on}
 * and {@code yes} are strings, {@code true} and {@code false} are the only booleans, and {@code
 * 1_000} is a string. Merge keys ({@code <<}) are reported, not applied.
 */
public final class YamlReader {
  /** Largest file accepted. A 1000-silo topology is about 300 KB. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  /** Deepest nesting accepted; topologies need about 8. */
  public static final int MAX_DEPTH = 64;

  /** Most aliases to collections in one document (YAML alias bombs). */
  public static final int MAX_ALIASES = 50;

  /** Most nodes after alias expansion. */
  public static final int MAX_NODES = 1_000_000;

  /**
   * Most keys in one mapping; the widest topology mapping has about 15 (tags and parameters: 50).
   */
  public static final int MAX_KEYS = 10_000;

  /** Most digits in a number literal; the largest double, about 1.8e308, has 309. */
  public static final int MAX_NUMBER_DIGITS = 400;

  /**
   * The largest integer magnitude accepted: the largest finite double, (2 - 2^-52) * 2^1023, which
   * is exactly 2^1024 - 2^971. Built from shifts rather than {@code new
   * BigDecimal(Double.MAX_VALUE)}: initialising BigDecimal costs about 16 ms of CPU at every start,
   * and no validate needs it.
   */
  static final BigInteger MAX_INTEGER =
      BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(971));

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The outcome: a document, or the diagnostics that prevented one. */
  public record Result(LoadedDocument document, List<Diagnostic> diagnostics) {
    public boolean ok() {
      return document != null && diagnostics.isEmpty();
    }
  }

  private YamlReader() {}

  /**
   * Reads {@code file}; {@code display} is the name used in messages. The file type is checked
   * before the file is opened, so a FIFO, a device such as {@code /dev/zero}, a socket or a folder
   * is refused at once instead of blocking or reading forever; and at most {@link #MAX_BYTES} + 1
   * bytes are ever read, whatever size the file claims.
   */
  public static Result read(Path file, String display) {
    byte[] bytes;
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.isDirectory()) {
        return fail(Codes.IO, display, 1, 1, "is a directory; expected a topology YAML file");
      }
      if (!attrs.isRegularFile()) {
        return fail(
            Codes.IO,
            display,
            1,
            1,
            "is not a regular file (a FIFO, device or socket); expected a topology YAML file");
      }
      if (attrs.size() > MAX_BYTES) {
        return fail(
            Codes.LIMIT,
            display,
            1,
            1,
            "file is " + attrs.size() + " bytes; the limit is " + MAX_BYTES + " bytes");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since
      }
    } catch (NoSuchFileException e) {
      return fail(Codes.IO, display, 1, 1, "file not found");
    } catch (IOException e) {
      return fail(Codes.IO, display, 1, 1, "cannot read file: " + e.getMessage());
    }
    return parse(bytes, display);
  }

  /** Parses topology bytes; {@code display} is the file name used in messages. */
  public static Result parse(byte[] bytes, String display) {
    if (bytes.length > MAX_BYTES) {
      return fail(
          Codes.LIMIT,
          display,
          1,
          1,
          "input is " + bytes.length + " bytes; the limit is " + MAX_BYTES + " bytes");
    }
    int bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return fail(
          Codes.ENCODING,
          display,
          line,
          bad - lineStart + 1,
          String.format(
              "not valid UTF-8 (byte 0x%02X at offset %d); expected a UTF-8 text file",
              bytes[bad] & 0xff, bad));
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);

    List<Diagnostic> tabs = tabIndentation(text, display);
    if (!tabs.isEmpty()) {
      return new Result(null, tabs);
    }

    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(display)
            .setSchema(CORE_WITHOUT_MERGE)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit((int) MAX_BYTES)
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(true) // reported by the converter, with its position
            // The whole text in one window: the reader's default 1 KiB window is copied again for
            // every 1 KiB of a token, which makes one long line (a comment) quadratic.
            .setBufferSize(text.length() + 1)
            .build();
    Node root;
    try {
      Composer composer =
          new Composer(
              settings,
              new DepthLimit(
                  new ParserImpl(settings, new StreamReader(settings, text)), MAX_DEPTH));
      if (!composer.hasNext()) {
        return fail(
            Codes.DOCUMENT,
            display,
            1,
            1,
            "the file has no YAML content (it is empty or holds only comments); expected a topology mapping");
      }
      root = composer.next();
      if (composer.hasNext()) {
        Node second = composer.next();
        Mark m = second.getStartMark().orElseThrow();
        return fail(
            Codes.DOCUMENT,
            display,
            m.getLine() + 1,
            m.getColumn() + 1,
            "a second YAML document; expected exactly one topology per file");
      }
    } catch (DepthLimit.Exceeded e) {
      return fail(
          Codes.LIMIT,
          display,
          1,
          1,
          "document nested more than " + MAX_DEPTH + " levels deep; a topology needs about 8");
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = m != null ? m.getLine() + 1 : 1;
      int col = m != null ? m.getColumn() + 1 : 1;
      String what = e.getProblem() != null ? e.getProblem() : e.getContext();
      Mark cm = e.getContextMark().orElse(null);
      String where =
          e.getProblem() != null && e.getContext() != null && cm != null && cm != m
              ? " ("
                  + clean(e.getContext())
                  + " started at line "
                  + (cm.getLine() + 1)
                  + ", column "
                  + (cm.getColumn() + 1)
                  + ")"
              : "";
      return fail(Codes.SYNTAX, display, line, col, "YAML syntax error: " + clean(what) + where);
    } catch (YamlEngineException e) {
      String msg = clean(e.getMessage());
      if (msg.contains("aliases")) {
        return fail(
            Codes.LIMIT,
            display,
            1,
            1,
            "more than "
                + MAX_ALIASES
                + " YAML aliases to lists or mappings; alias bombs are rejected");
      }
      if (msg.contains("exceeds the limit")) {
        return fail(Codes.LIMIT, display, 1, 1, "document exceeds " + MAX_BYTES + " characters");
      }
      return fail(Codes.SYNTAX, display, 1, 1, "YAML rejected: " + msg);
    } catch (StackOverflowError e) {
      return fail(
          Codes.LIMIT, display, 1, 1, "document nested too deeply; the limit is " + MAX_DEPTH);
    }
    if (root == null) {
      return fail(
          Codes.DOCUMENT,
          display,
          1,
          1,
          "the file has no YAML content (it is empty or holds only comments); expected a topology mapping");
    }
    if (!(root instanceof MappingNode)) {
      Mark m = root.getStartMark().orElseThrow();
      return fail(
          Codes.DOCUMENT,
          display,
          m.getLine() + 1,
          m.getColumn() + 1,
          "the document is a " + kind(root) + "; expected a topology mapping");
    }
    Converter c = new Converter(display);
    JsonNode json = c.convert(root, TopologyPath.ROOT, 0);
    if (c.budgetExceeded) {
      return fail(
          Codes.LIMIT,
          display,
          1,
          1,
          "document expands to more than " + MAX_NODES + " nodes (YAML aliases?)");
    }
    if (!c.diagnostics.isEmpty()) {
      return new Result(null, c.diagnostics.stream().sorted().toList());
    }
    return new Result(new LoadedDocument(display, json, c.map), List.of());
  }

  /**
   * The YAML 1.2 core schema, except that a plain {@code <<} key stays a string: the converter
   * reports merge keys instead of applying them.
   */
  private static final Schema CORE_WITHOUT_MERGE =
      new Schema() {
        private final ScalarResolver core = new CoreScalarResolver(true);

        @Override
        public ScalarResolver getScalarResolver() {
          return (value, implicit) ->
              implicit && "<<".equals(value) ? Tag.STR : core.resolve(value, implicit);
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
          return Map.of();
        }
      };

  /** Counts open collections as events stream past, and stops the parse past the limit. */
  private static final class DepthLimit implements Parser {
    static final class Exceeded extends RuntimeException {
      Exceeded() {
        super(null, null, false, false);
      }
    }

    private final Parser inner;
    private final int max;
    private int depth;

    DepthLimit(Parser inner, int max) {
      this.inner = inner;
      this.max = max;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return inner.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return inner.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return inner.hasNext();
    }

    @Override
    public Event next() {
      Event e = inner.next();
      switch (e.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (++depth > max) {
            throw new Exceeded();
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> {}
      }
      return e;
    }
  }

  private static String clean(String s) {
    if (s == null) {
      return "unknown problem";
    }
    return s.replace('\n', ' ').replaceAll("\\s+", " ").trim();
  }

  private static String kind(Node n) {
    if (n instanceof ScalarNode) {
      return "scalar";
    }
    return n instanceof SequenceNode ? "list" : "mapping";
  }

  private static Result fail(String code, String file, int line, int col, String msg) {
    return new Result(
        null, List.of(new Diagnostic(code, new Location(file, line, col), TopologyPath.ROOT, msg)));
  }

  private static List<Diagnostic> tabIndentation(String text, String display) {
    List<Diagnostic> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int col = 1;
      while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        if (text.charAt(i) == '\t') {
          // a tab in leading whitespace of a non-blank, non-comment line
          int j = i;
          while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
          }
          if (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r' && text.charAt(j) != '#') {
            out.add(
                new Diagnostic(
                    Codes.TAB,
                    new Location(display, line, col),
                    TopologyPath.ROOT,
                    "tab used for indentation; YAML indentation must use spaces"));
          }
          break;
        }
        i++;
        col++;
      }
      while (i < n && text.charAt(i) != '\n') {
        i++;
      }
      i++;
      line++;
    }
    return out;
  }

  /** Returns the offset of the first byte that breaks UTF-8, or -1. */
  static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int extra;
      int min;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + extra >= b.length) {
        return i;
      }
      int cp = c & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += extra + 1;
    }
    return -1;
  }

  /** Walks the composed YAML graph into JSON, recording positions and structural problems. */
  private static final class Converter {
    final String file;
    final SourceMap map;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    int nodes;
    boolean budgetExceeded;
    String currentPath = TopologyPath.ROOT;

    Converter(String file) {
      this.file = file;
      this.map = new SourceMap(file);
    }

    private Location loc(Optional<Mark> mark) {
      Mark m = mark.orElseThrow();
      return new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }

    JsonNode convert(Node node, String path, int depth) {
      if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
        budgetExceeded = budgetExceeded || nodes > MAX_NODES;
        return F.nullNode();
      }
      Optional<Mark> start = node.getStartMark();
      Mark s0 = start.orElseThrow();
      map.putValue(path, s0.getLine() + 1, s0.getColumn() + 1);
      String tag = node.getTag().getValue();
      if (!tag.startsWith(Tag.PREFIX)) {
        diagnostics.add(
            new Diagnostic(
                Codes.SYNTAX,
                loc(start),
                path,
                "custom YAML tag '" + tag + "' is not allowed; remove the tag"));
        return F.nullNode();
      }
      if (node instanceof MappingNode mn) {
        if (mn.getValue().size() > MAX_KEYS) {
          diagnostics.add(
              new Diagnostic(
                  Codes.LIMIT,
                  loc(start),
                  path,
                  "mapping has "
                      + mn.getValue().size()
                      + " keys; the limit is "
                      + MAX_KEYS
                      + " keys per mapping"));
          return F.objectNode();
        }
        ObjectNode obj = F.objectNode();
        Map<String, Mark> seen = new HashMap<>();
        for (NodeTuple t : mn.getValue()) {
          if (budgetExceeded) {
            break;
          }
          Node k = t.getKeyNode();
          if (k instanceof ScalarNode mk
              && mk.getScalarStyle() == ScalarStyle.PLAIN
              && "<<".equals(mk.getValue())) {
            diagnostics.add(
                new Diagnostic(
                    Codes.SYNTAX,
                    loc(k.getStartMark()),
                    path,
                    "YAML merge keys (<<) are not supported; write the keys out"));
            continue;
          }
          if (!(k instanceof ScalarNode ks)) {
            diagnostics.add(
                new Diagnostic(
                    Codes.SYNTAX,
                    loc(k.getStartMark()),
                    path,
                    "a " + kind(k) + " used as a mapping key; keys must be plain strings"));
            continue;
          }
          String key = ks.getValue();
          String child = TopologyPath.key(path, key);
          Mark here = k.getStartMark().orElseThrow();
          Mark first = seen.putIfAbsent(key, here);
          if (first != null) {
            diagnostics.add(
                new Diagnostic(
                    Codes.DUPLICATE_KEY,
                    loc(k.getStartMark()),
                    child,
                    "duplicate key '"
                        + key
                        + "' (first defined at line "
                        + (first.getLine() + 1)
                        + "); each key may appear once"));
            continue;
          }
          map.putKey(child, here.getLine() + 1, here.getColumn() + 1);
          obj.set(key, convert(t.getValueNode(), child, depth + 1));
        }
        return obj;
      }
      if (node instanceof SequenceNode sn) {
        ArrayNode arr = F.arrayNode();
        List<Node> items = sn.getValue();
        for (int i = 0; i < items.size() && !budgetExceeded; i++) {
          arr.add(convert(items.get(i), TopologyPath.index(path, i), depth + 1));
        }
        return arr;
      }
      currentPath = path;
      return scalar((ScalarNode) node);
    }

    private JsonNode scalar(ScalarNode s) {
      Tag t = s.getTag();
      String v = s.getValue();
      if (t.equals(Tag.NULL)) {
        return F.nullNode();
      }
      if (t.equals(Tag.BOOL)) {
        String l = v.toLowerCase(java.util.Locale.ROOT);
        return l.equals("true") || l.equals("false")
            ? F.booleanNode(l.equals("true"))
            : F.stringNode(v);
      }
      if (t.equals(Tag.INT)) {
        return integer(s, v);
      }
      if (t.equals(Tag.FLOAT)) {
        return floating(s, v);
      }
      return F.stringNode(v);
    }

    /**
     * An integer literal as a long, or as a BigInteger when it does not fit one. The digit count is
     * checked before any conversion, so a literal of a million digits costs nothing.
     */
    private JsonNode integer(ScalarNode s, String v) {
      String d = v;
      boolean negative = d.startsWith("-");
      if (negative || d.startsWith("+")) {
        d = d.substring(1);
      }
      int radix = 10;
      if (d.startsWith("0x")) {
        radix = 16;
        d = d.substring(2);
      } else if (d.startsWith("0o")) {
        radix = 8;
        d = d.substring(2);
      }
      if (d.isEmpty() || d.length() > MAX_NUMBER_DIGITS) {
        return tooLarge(s, v);
      }
      BigInteger bi;
      try {
        bi = new BigInteger(d, radix);
      } catch (NumberFormatException e) {
        return F.stringNode(v); // an explicit !!int tag on text
      }
      bi = negative ? bi.negate() : bi;
      if (bi.abs().compareTo(MAX_INTEGER) > 0) {
        return tooLarge(s, v);
      }
      return bi.bitLength() < 64 ? F.numberNode(bi.longValue()) : F.numberNode(bi);
    }

    /**
     * A float literal as a double. A value beyond the range of a long is integral (doubles above
     * 2^53 have no fraction), and is kept as the exact BigInteger, which the schema's integer
     * ranges compare without converting to a long.
     */
    private JsonNode floating(ScalarNode s, String v) {
      String l = v.toLowerCase(java.util.Locale.ROOT);
      if (l.contains("inf") || l.contains("nan")) {
        return F.stringNode(v);
      }
      double x;
      try {
        x = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return F.stringNode(v); // an explicit !!float tag on text
      }
      if (Double.isInfinite(x)) {
        return tooLarge(s, v);
      }
      if (Math.abs(x) >= 0x1p63) {
        return F.numberNode(new BigDecimal(x).toBigInteger());
      }
      return F.numberNode(x);
    }

    private JsonNode tooLarge(ScalarNode s, String v) {
      String shown =
          v.length() > 24 ? v.substring(0, 21) + "... (" + v.length() + " characters)" : v;
      diagnostics.add(
          new Diagnostic(
              Codes.LIMIT,
              loc(s.getStartMark()),
              currentPath,
              "number "
                  + shown
                  + " is beyond the largest number flgen reads (about 1.8e308, a "
                  + "64-bit float)"));
      return F.nullNode();
    }
  }
}
