package io.flgen.load;

import io.flgen.diag.Codes;
import io.flgen.diag.Diagnostic;
import io.flgen.diag.Location;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a topology file into a JSON tree with positions. Every failure is a located diagnostic;
 * the cost is bounded on hostile input: file size, nesting depth, alias count and expanded node
 * count are all capped.
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
  /** Most keys in one mapping; the widest topology mapping has about 15 (tags and parameters: 50). */
  public static final int MAX_KEYS = 10_000;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The outcome: a document, or the diagnostics that prevented one. */
  public record Result(LoadedDocument document, List<Diagnostic> diagnostics) {
    public boolean ok() {
      return document != null && diagnostics.isEmpty();
    }
  }

  private YamlReader() {}

  /** Reads {@code file}; {@code display} is the name used in messages. */
  public static Result read(Path file, String display) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return fail(Codes.IO, display, 1, 1, "is a directory; expected a topology YAML file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return fail(
            Codes.LIMIT,
            display,
            1,
            1,
            "file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
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
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF
            && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);

    List<Diagnostic> tabs = tabIndentation(text, display);
    if (!tabs.isEmpty()) {
      return new Result(null, tabs);
    }

    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(options);
    Node root;
    try {
      Iterator<Node> docs = yaml.composeAll(new StringReader(text)).iterator();
      if (!docs.hasNext()) {
        return fail(Codes.DOCUMENT, display, 1, 1, "the file has no YAML content (it is empty or holds only comments); expected a topology mapping");
      }
      root = docs.next();
      if (docs.hasNext()) {
        Node second = docs.next();
        Mark m = second.getStartMark();
        return fail(
            Codes.DOCUMENT,
            display,
            m.getLine() + 1,
            m.getColumn() + 1,
            "a second YAML document; expected exactly one topology per file");
      }
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = m != null ? m.getLine() + 1 : 1;
      int col = m != null ? m.getColumn() + 1 : 1;
      String what = e.getProblem() != null ? e.getProblem() : e.getContext();
      Mark cm = e.getContextMark();
      String where =
          e.getProblem() != null && e.getContext() != null && cm != null && cm != m
              ? " (" + clean(e.getContext()) + " started at line " + (cm.getLine() + 1)
                  + ", column " + (cm.getColumn() + 1) + ")"
              : "";
      return fail(Codes.SYNTAX, display, line, col, "YAML syntax error: " + clean(what) + where);
    } catch (YAMLException e) {
      String msg = clean(e.getMessage());
      if (msg.contains("aliases")) {
        return fail(Codes.LIMIT, display, 1, 1,
            "more than " + MAX_ALIASES + " YAML aliases to lists or mappings; alias bombs are rejected");
      }
      if (msg.contains("Nesting")) {
        return fail(Codes.LIMIT, display, 1, 1,
            "document nested more than " + MAX_DEPTH + " levels deep; a topology needs about 8");
      }
      if (msg.contains("exceeds the limit")) {
        return fail(Codes.LIMIT, display, 1, 1,
            "document exceeds " + MAX_BYTES + " characters");
      }
      return fail(Codes.SYNTAX, display, 1, 1, "YAML rejected: " + msg);
    } catch (StackOverflowError e) {
      return fail(
          Codes.LIMIT, display, 1, 1, "document nested too deeply; the limit is " + MAX_DEPTH);
    }
    if (root == null) {
      return fail(Codes.DOCUMENT, display, 1, 1, "the file has no YAML content (it is empty or holds only comments); expected a topology mapping");
    }
    if (!(root instanceof MappingNode)) {
      Mark m = root.getStartMark();
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

    Converter(String file) {
      this.file = file;
      this.map = new SourceMap(file);
    }

    private Location loc(Mark m) {
      return new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }

    JsonNode convert(Node node, String path, int depth) {
      if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
        budgetExceeded = budgetExceeded || nodes > MAX_NODES;
        return F.nullNode();
      }
      Mark start = node.getStartMark();
      map.putValue(path, start.getLine() + 1, start.getColumn() + 1);
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
                  "mapping has " + mn.getValue().size() + " keys; the limit is " + MAX_KEYS
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
          if (k.getTag().equals(Tag.MERGE)) {
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
          Mark first = seen.putIfAbsent(key, k.getStartMark());
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
          map.putKey(child, k.getStartMark().getLine() + 1, k.getStartMark().getColumn() + 1);
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
      ScalarNode s = (ScalarNode) node;
      return scalar(s);
    }

    private JsonNode scalar(ScalarNode s) {
      Tag t = s.getTag();
      String v = s.getValue();
      try {
        if (t.equals(Tag.NULL)) {
          return F.nullNode();
        }
        if (t.equals(Tag.BOOL)) {
          String l = v.toLowerCase(java.util.Locale.ROOT);
          return F.booleanNode(l.equals("true") || l.equals("yes") || l.equals("on"));
        }
        if (t.equals(Tag.INT)) {
          String d = v.replace("_", "");
          BigInteger bi;
          if (d.startsWith("0x") || d.startsWith("-0x") || d.startsWith("+0x")) {
            bi = new BigInteger(d.replaceFirst("0x", ""), 16);
          } else if (d.startsWith("0o")) {
            bi = new BigInteger(d.substring(2), 8);
          } else {
            bi = new BigInteger(d);
          }
          return bi.bitLength() < 63 ? F.numberNode(bi.longValue()) : F.numberNode(bi);
        }
        if (t.equals(Tag.FLOAT)) {
          String d = v.replace("_", "");
          if (d.toLowerCase(java.util.Locale.ROOT).contains("inf")
              || d.toLowerCase(java.util.Locale.ROOT).contains("nan")) {
            return F.stringNode(v);
          }
          return F.numberNode(new BigDecimal(d).doubleValue());
        }
      } catch (NumberFormatException e) {
        return F.stringNode(v);
      }
      return F.stringNode(v);
    }
  }
}
